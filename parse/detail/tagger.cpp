#include "parse/detail/tagger.hpp"

#include <span>

#include "parse/detail/hash.hpp"
#include "parse/detail/weight_table.hpp"

namespace newsgraph::parse::detail {

void tagger_features(const word_keys* w, std::size_t i, int prev, int prev2, std::uint64_t* out) noexcept {
  const word_keys* at = w + i;  // the sentence is padded with two words each side: at[-2] .. at[2]
  const word_keys& here = *at;
  const std::uint64_t p1 = static_cast<std::uint64_t>(prev + 2), p2 = static_cast<std::uint64_t>(prev2 + 2);
  const std::uint64_t first = i == 0 ? 1 : 2;
  std::size_t k = 0;
  out[k++] = feature_key(0, 0);
  out[k++] = feature_key(1, here.lower);
  out[k++] = feature_key(2, here.suffix[2]);
  out[k++] = feature_key(3, here.suffix[1]);
  out[k++] = feature_key(4, here.suffix[0]);
  out[k++] = feature_key(5, here.prefix);
  out[k++] = feature_key(6, here.shape);
  out[k++] = feature_key(7, here.flags);
  out[k++] = feature_key(8, p1);
  out[k++] = feature_key(9, p2);
  out[k++] = feature_key(10, p1, p2);
  out[k++] = feature_key(11, p1, here.lower);
  out[k++] = feature_key(12, at[-1].lower);
  out[k++] = feature_key(13, at[-1].suffix[2]);
  out[k++] = feature_key(14, at[-2].lower);
  out[k++] = feature_key(15, at[1].lower);
  out[k++] = feature_key(16, at[1].suffix[2]);
  out[k++] = feature_key(17, at[2].lower);
  out[k++] = feature_key(18, here.form);
  out[k++] = feature_key(19, at[1].shape);
  out[k++] = feature_key(20, at[-1].shape);
  out[k++] = feature_key(21, here.lower, at[1].lower);
  out[k++] = feature_key(22, at[-1].lower, here.lower);
  out[k++] = feature_key(23, p1, here.suffix[2]);
  out[k++] = feature_key(24, here.flags, first);
  out[k++] = feature_key(25, p1, at[1].lower);
  out[k++] = feature_key(26, here.suffix[3]);
  out[k++] = feature_key(27, at[1].lower, at[2].lower);
  out[k++] = feature_key(28, p1, p2, here.lower);
  out[k++] = feature_key(29, here.prefix2);
  out[k++] = feature_key(30, here.prefix3);
  out[k++] = feature_key(31, at[1].suffix[1]);
  out[k++] = feature_key(32, at[2].suffix[2]);
  out[k++] = feature_key(33, p1, here.shape);
  out[k++] = feature_key(34, at[-1].lower, at[1].lower);
  out[k++] = feature_key(35, at[1].flags, here.flags);
  out[k++] = feature_key(36, p1, at[1].suffix[2]);
}

void tagger2_features(const word_keys* w, const std::uint8_t* first, std::size_t n, std::size_t i, int prev,
                      int prev2, std::uint64_t* out) noexcept {
  tagger_features(w, i, prev, prev2, out);
  const word_keys* at = w + i;  // the sentence is padded with two words each side: at[-2] .. at[2]
  const word_keys& here = *at;
  auto f = [&](std::size_t j) -> std::uint64_t { return j < n ? first[j] + 2u : 1u; };
  const std::uint64_t p1 = static_cast<std::uint64_t>(prev + 2);
  const std::uint64_t f0 = f(i), f1 = f(i + 1), f2 = f(i + 2);
  std::size_t k = tagger_feature_count;
  out[k++] = feature_key(40, f0);
  out[k++] = feature_key(41, f1);
  out[k++] = feature_key(42, f2);
  out[k++] = feature_key(43, f1, f2);
  out[k++] = feature_key(44, f0, f1);
  out[k++] = feature_key(45, p1, f1);
  out[k++] = feature_key(46, f1, here.lower);
  out[k++] = feature_key(47, f1, here.suffix[2]);
  out[k++] = feature_key(48, f0, here.lower);
  out[k++] = feature_key(49, p1, f0, f1);
}

namespace {

template <std::size_t count, class Features>
void tag_greedy(const weight_table& weights, std::size_t classes, std::size_t n, std::uint8_t* out,
                Features features) noexcept {
  std::uint64_t keys[count];
  std::int32_t scores[256];
  int prev = no_tag, prev2 = no_tag;
  for (std::size_t i = 0; i < n; ++i) {
    features(i, prev, prev2, keys);
    for (std::size_t c = 0; c < classes; ++c) scores[c] = 0;
    weights.add_scores(std::span<const std::uint64_t>(keys, count), scores);
    std::size_t best = 0;
    for (std::size_t c = 1; c < classes; ++c)
      if (scores[c] > scores[best]) best = c;
    out[i] = static_cast<std::uint8_t>(best);
    prev2 = prev;
    prev = static_cast<int>(best);
  }
}

}  // namespace

void tag_words(const weight_table& weights, std::size_t classes, const word_keys* words, std::size_t n,
               std::uint8_t* out) noexcept {
  tag_greedy<tagger_feature_count>(weights, classes, n, out, [&](std::size_t i, int prev, int prev2, std::uint64_t* keys) {
    tagger_features(words, i, prev, prev2, keys);
  });
}

void tag_words2(const weight_table& weights, std::size_t classes, const word_keys* words, const std::uint8_t* first,
                std::size_t n, std::uint8_t* out) noexcept {
  tag_greedy<tagger2_feature_count>(weights, classes, n, out, [&](std::size_t i, int prev, int prev2, std::uint64_t* keys) {
    tagger2_features(words, first, n, i, prev, prev2, keys);
  });
}

}  // namespace newsgraph::parse::detail
