#include "parse/detail/parser_features.hpp"

#include <algorithm>

#include "parse/detail/hash.hpp"

namespace newsgraph::parse::detail {

namespace {

constexpr std::uint64_t none_word = 0x6e6f6e65ULL;
constexpr std::uint64_t root_word = 0x726f6f74ULL;
constexpr std::uint64_t root_tag = 255;

// What the features read of one position; absent positions read as "none".
struct view {
  std::uint64_t w = none_word, p = 0, l = 0, wp = none_word;
};

// 0, 1, 2, 3 or more.
constexpr std::uint64_t few(std::uint32_t x) noexcept { return x < 3 ? x : 3; }

}  // namespace

class_kinds kinds_of(const std::vector<tag_class>& classes) {
  class_kinds k{};
  for (std::size_t i = 0; i < classes.size() && i < k.size(); ++i) {
    const upos t = classes[i].tag;
    k[i] = static_cast<std::uint8_t>((t == upos::verb || t == upos::aux ? 1 : 0) | (t == upos::punct ? 2 : 0));
  }
  return k;
}

void count_before(const std::uint8_t* tags, std::size_t n, const class_kinds& kinds, std::uint32_t* counts) noexcept {
  std::uint32_t verbs = 0, puncts = 0;
  for (std::size_t i = 0; i < n; ++i) {
    counts[i] = puncts << 16 | verbs;
    const std::uint8_t k = kinds[tags[i]];
    if ((k & 1) && verbs < 0xffff) ++verbs;
    if ((k & 2) && puncts < 0xffff) ++puncts;
  }
  counts[n] = puncts << 16 | verbs;
}

void parser_features(const configuration& c, const word_keys* words, const std::uint8_t* tags,
                     const std::uint32_t* counts, std::uint64_t* out) noexcept {
  const auto n = static_cast<std::int32_t>(c.size());
  auto at = [&](std::int32_t x) {
    view v;
    if (x < 0) return v;
    if (x == n) {
      v.w = root_word;
      v.p = root_tag;
    } else {
      v.w = words[x].lower;
      v.p = tags[x] + 1u;
      const token_state& t = c.token(x);
      if (t.head >= 0) v.l = t.label + 1u;
    }
    v.wp = v.w + v.p * 0x9e3779b97f4a7c15ULL;
    return v;
  };
  const std::int32_t s0i = c.stack(0), s1i = c.stack(1), s2i = c.stack(2), b0i = c.front();
  const std::int32_t b1i = b0i + 1 <= n ? b0i + 1 : -1, b2i = b0i + 2 <= n ? b0i + 2 : -1;
  const std::int32_t b3i = b0i + 3 <= n ? b0i + 3 : -1;
  const token_state none{};
  const token_state& s0t = s0i >= 0 ? c.token(s0i) : none;
  const token_state& b0t = c.token(b0i);
  const std::int32_t s0hi = s0t.head;
  const std::int32_t s0h2i = s0hi >= 0 && s0hi < n ? c.token(s0hi).head : -1;
  const view s0 = at(s0i), s1 = at(s1i), s2 = at(s2i), b0 = at(b0i), b1 = at(b1i), b2 = at(b2i), b3 = at(b3i);
  // The words next to s0 and b0 in the sentence: after s0, before b0.
  const view s0next = at(s0i >= 0 && s0i + 1 < b0i ? s0i + 1 : -1);
  const view b0prev = at(b0i - 1 > s0i ? b0i - 1 : -1);
  const view s0h = at(s0hi), s0h2 = at(s0h2i);
  const view s0l = at(s0t.left[0]), s0l2 = at(s0t.left[1]), s0r = at(s0t.right[0]), s0r2 = at(s0t.right[1]);
  const view b0l = at(b0t.left[0]), b0l2 = at(b0t.left[1]);
  const std::int32_t gap = s0i >= 0 ? b0i - s0i : 0;
  const std::uint64_t d = gap <= 4 ? static_cast<std::uint64_t>(gap) : gap <= 7 ? 5 : gap <= 12 ? 6 : 7;
  const std::uint64_t s0vl = std::min<std::uint16_t>(s0t.left_count, 6), s0vr = std::min<std::uint16_t>(s0t.right_count, 6);
  const std::uint64_t b0vl = std::min<std::uint16_t>(b0t.left_count, 6);
  const std::uint64_t s0sl = s0t.left_labels, s0sr = s0t.right_labels, b0sl = b0t.left_labels;
  const std::uint64_t s0has = s0i >= 0 && s0t.head >= 0 ? 2 : 1;
  // Verbs and punctuation strictly between s0 and b0.
  std::uint64_t vb = 0, pb = 0;
  if (s0i >= 0) {
    const std::uint32_t from = counts[s0i + 1], to = counts[b0i];
    vb = few((to & 0xffff) - (from & 0xffff));
    pb = few((to >> 16) - (from >> 16));
  }
  const std::uint64_t s0suf = s0i >= 0 && s0i < n ? words[s0i].suffix[2] : none_word;
  const std::uint64_t b0suf = b0i < n ? words[b0i].suffix[2] : root_word;
  const std::uint64_t b0flags = b0i < n ? words[b0i].flags : 0x100;

  std::size_t k = 0;
  out[k++] = feature_key(1, s0.w);
  out[k++] = feature_key(2, s0.p);
  out[k++] = feature_key(3, s0.wp);
  out[k++] = feature_key(4, b0.w);
  out[k++] = feature_key(5, b0.p);
  out[k++] = feature_key(6, b0.wp);
  out[k++] = feature_key(7, b1.w);
  out[k++] = feature_key(8, b1.p);
  out[k++] = feature_key(9, b1.wp);
  out[k++] = feature_key(10, b2.w);
  out[k++] = feature_key(11, b2.p);
  out[k++] = feature_key(12, b2.wp);
  out[k++] = feature_key(13, s0.wp, b0.wp);
  out[k++] = feature_key(14, s0.wp, b0.w);
  out[k++] = feature_key(15, s0.w, b0.wp);
  out[k++] = feature_key(16, s0.wp, b0.p);
  out[k++] = feature_key(17, s0.p, b0.wp);
  out[k++] = feature_key(18, s0.w, b0.w);
  out[k++] = feature_key(19, s0.p, b0.p);
  out[k++] = feature_key(20, b0.p, b1.p);
  out[k++] = feature_key(21, b0.p, b1.p, b2.p);
  out[k++] = feature_key(22, s0.p, b0.p, b1.p);
  out[k++] = feature_key(23, s0h.p, s0.p, b0.p);
  out[k++] = feature_key(24, s0.p, s0l.p, b0.p);
  out[k++] = feature_key(25, s0.p, s0r.p, b0.p);
  out[k++] = feature_key(26, s0.p, b0.p, b0l.p);
  out[k++] = feature_key(27, s0.w, d);
  out[k++] = feature_key(28, s0.p, d);
  out[k++] = feature_key(29, b0.w, d);
  out[k++] = feature_key(30, b0.p, d);
  out[k++] = feature_key(31, s0.w, b0.w, d);
  out[k++] = feature_key(32, s0.p, b0.p, d);
  out[k++] = feature_key(33, s0.w, s0vr);
  out[k++] = feature_key(34, s0.p, s0vr);
  out[k++] = feature_key(35, s0.w, s0vl);
  out[k++] = feature_key(36, s0.p, s0vl);
  out[k++] = feature_key(37, b0.w, b0vl);
  out[k++] = feature_key(38, b0.p, b0vl);
  out[k++] = feature_key(39, s0h.w);
  out[k++] = feature_key(40, s0h.p);
  out[k++] = feature_key(41, s0.l);
  out[k++] = feature_key(42, s0l.w);
  out[k++] = feature_key(43, s0l.p);
  out[k++] = feature_key(44, s0l.l);
  out[k++] = feature_key(45, s0r.w);
  out[k++] = feature_key(46, s0r.p);
  out[k++] = feature_key(47, s0r.l);
  out[k++] = feature_key(48, b0l.w);
  out[k++] = feature_key(49, b0l.p);
  out[k++] = feature_key(50, b0l.l);
  out[k++] = feature_key(51, s0h2.w);
  out[k++] = feature_key(52, s0h2.p);
  out[k++] = feature_key(53, s0h.l);
  out[k++] = feature_key(54, s0l2.w);
  out[k++] = feature_key(55, s0l2.p);
  out[k++] = feature_key(56, s0l2.l);
  out[k++] = feature_key(57, s0r2.w);
  out[k++] = feature_key(58, s0r2.p);
  out[k++] = feature_key(59, s0r2.l);
  out[k++] = feature_key(60, b0l2.w);
  out[k++] = feature_key(61, b0l2.p);
  out[k++] = feature_key(62, b0l2.l);
  out[k++] = feature_key(63, s0.p, s0l.p, s0l2.p);
  out[k++] = feature_key(64, s0.p, s0r.p, s0r2.p);
  out[k++] = feature_key(65, s0.p, s0h.p, s0h2.p);
  out[k++] = feature_key(66, b0.p, b0l.p, b0l2.p);
  out[k++] = feature_key(67, s0.w, s0sr);
  out[k++] = feature_key(68, s0.p, s0sr);
  out[k++] = feature_key(69, s0.w, s0sl);
  out[k++] = feature_key(70, s0.p, s0sl);
  out[k++] = feature_key(71, b0.w, b0sl);
  out[k++] = feature_key(72, b0.p, b0sl);
  out[k++] = feature_key(73, s1.w);
  out[k++] = feature_key(74, s1.p);
  out[k++] = feature_key(75, s1.p, s0.p, b0.p);
  out[k++] = feature_key(76, s1.p, s0.p);
  out[k++] = feature_key(77, s0has, s0.p, b0.p);
  out[k++] = feature_key(78, s0.p, s0next.p, b0.p);
  out[k++] = feature_key(79, s0.p, b0prev.p, b0.p);
  out[k++] = feature_key(80, s0next.w, s0.p);
  out[k++] = feature_key(81, b0prev.w, b0.p);
  out[k++] = feature_key(82, s2.p, s1.p, s0.p);
  out[k++] = feature_key(83, s0.l, s0.p, b0.p);
  out[k++] = feature_key(84, s0.p, b0.p, vb);
  out[k++] = feature_key(85, s0.p, b0.p, pb);
  out[k++] = feature_key(86, s0.w, b0.p, vb);
  out[k++] = feature_key(87, s0.p, b0.w, vb);
  out[k++] = feature_key(88, s0.p, b0.p, vb << 8 | pb << 4 | d);
  out[k++] = feature_key(89, b0.w, b1.w);
  out[k++] = feature_key(90, b0.p, b1.w);
  out[k++] = feature_key(91, b0.w, b1.p);
  out[k++] = feature_key(92, s0.w, b0.p, b1.p);
  out[k++] = feature_key(93, s0.p, b0.w, b1.p);
  out[k++] = feature_key(94, b1.p, b2.p, b3.p);
  out[k++] = feature_key(95, s0.l, s0h.p, b0.p);
  out[k++] = feature_key(96, s0suf, b0.p);
  out[k++] = feature_key(97, s0.p, b0suf);
  out[k++] = feature_key(98, s0.p, b0.p, b0flags);
  out[k++] = feature_key(99, s0.p, s0l.l, s0r.l);
  out[k++] = feature_key(100, b0.p, b0l.l, b0l2.l);
  out[k++] = feature_key(101, s0.p, b0.p, b0sl);
  out[k++] = feature_key(102, s0.p, b0.p, s0sl);
  out[k++] = feature_key(103, s0.p, b0.p, s0sr);
  out[k++] = feature_key(104, s0.w, b0.w, b1.p);
  out[k++] = feature_key(105, s1.w, s0.p, b0.p);
}

}  // namespace newsgraph::parse::detail
