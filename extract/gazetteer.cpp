#include "extract/gazetteer.hpp"

#include <algorithm>

#include "extract/detail/text.hpp"
#include "graph/detail/same_text.hpp"

namespace newsgraph {

// Words are short: up to 16 bytes are read as two (overlapping) loads rather than byte by byte.
std::uint64_t vocabulary::hash(std::string_view w) {
  constexpr std::uint64_t k0 = 0x9E3779B97F4A7C15ull, k1 = 0xC2B2AE3D27D4EB4Full, k2 = 0x165667B19E3779F9ull;
  const char* p = w.data();
  const std::size_t n = w.size();
  std::uint64_t a = 0, b = 0;
  if (n > 16) {
    std::uint64_t h = n * k0;
    std::size_t i = 0;
    for (; i + 16 < n; i += 8) h = (h ^ detail::load8(p + i)) * k1, h ^= h >> 29;
    a = detail::load8(p + i) ^ h;
    b = detail::load8(p + n - 8);
  } else if (n >= 8) {
    a = detail::load8(p);
    b = detail::load8(p + n - 8);
  } else if (n >= 4) {
    a = detail::load4(p);
    b = detail::load4(p + n - 4);
  } else if (n > 0) {
    a = std::uint64_t{static_cast<unsigned char>(p[0])} << 16 | std::uint64_t{static_cast<unsigned char>(p[n / 2])} << 8 |
        static_cast<unsigned char>(p[n - 1]);
  }
  std::uint64_t h = (a ^ n * k0) * k1;
  h ^= h >> 32;
  h = (h ^ b) * k2;
  return h ^ (h >> 29);
}

std::size_t vocabulary::slot_of(std::string_view w, std::uint64_t h) const {
  const std::size_t mask = slots_.size() - 1;
  const auto t = static_cast<std::uint32_t>(h >> 32);
  for (std::size_t i = h & mask;; i = (i + 1) & mask)
    if (slots_[i].id_plus_one == 0 || (slots_[i].tag == t && detail::same_text(words_[slots_[i].id_plus_one - 1], w)))
      return i;
}

std::uint32_t vocabulary::id(std::string_view folded) const {
  if (slots_.empty()) return no_word;
  return slots_[slot_of(folded, hash(folded))].id_plus_one - 1;  // 0 - 1: no_word
}

std::uint32_t vocabulary::add(std::string_view folded) {
  if (std::uint32_t known = id(folded); known != no_word) return known;
  if ((words_.size() + 1) * 2 > slots_.size()) {  // keep it at most half full
    slots_.assign(std::max<std::size_t>(64, slots_.size() * 2), slot{});
    for (std::uint32_t k = 0; k < words_.size(); ++k) place(words_[k], k);
  }
  words_.emplace_back(folded);
  place(folded, static_cast<std::uint32_t>(words_.size() - 1));
  return static_cast<std::uint32_t>(words_.size() - 1);
}

void vocabulary::place(std::string_view w, std::uint32_t id) {
  const std::uint64_t h = hash(w);
  slots_[slot_of(w, h)] = {id + 1, static_cast<std::uint32_t>(h >> 32)};
}

void gazetteer::add(std::string_view phrase, std::uint32_t value, bool exact_case) {
  auto toks = tokenize(phrase);
  if (toks.empty()) return;
  std::uint32_t at = 0;
  entry e{value, exact_case, {}};
  for (const auto& t : toks) {
    std::string folded = detail::fold(t.in(phrase));
    std::uint64_t k = (std::uint64_t{at} << 32) | words_->add(folded);
    auto cit = children_.find(k);
    if (cit == children_.end()) {
      nodes_.emplace_back();
      cit = children_.emplace(k, static_cast<std::uint32_t>(nodes_.size() - 1)).first;
    }
    at = cit->second;
    if (exact_case) e.exact.emplace_back(detail::canonical_quotes(t.in(phrase)));
  }
  auto& entries = nodes_[at].entries;
  for (const auto& old : entries)
    if (old.value == value && old.exact_case == exact_case && old.exact == e.exact) return;
  entries.push_back(std::move(e));
  ++phrases_;
}

std::uint32_t gazetteer::child(std::uint64_t key) const {
  if (flat_keys_.empty()) return 0;
  for (std::size_t i = slot(key);; i = (i + 1) & (flat_keys_.size() - 1)) {
    if (flat_keys_[i] == key) return flat_nodes_[i];
    if (flat_keys_[i] == no_key) return 0;
  }
}

void gazetteer::compile() {
  std::size_t size = 16;
  flat_shift_ = 60;
  while (size < children_.size() * 2) size *= 2, --flat_shift_;  // at most half full
  flat_keys_.assign(size, no_key);
  flat_nodes_.assign(size, 0);
  starts_.clear();
  for (const auto& [key, node] : children_) {
    if (key >> 32 == 0) {  // a child of the root: a first word
      auto word = static_cast<std::uint32_t>(key);
      if (starts_.size() <= word) starts_.resize(word + 1, false);
      starts_[word] = true;
    }
    std::size_t i = slot(key);
    while (flat_keys_[i] != no_key) i = (i + 1) & (size - 1);
    flat_keys_[i] = key;
    flat_nodes_[i] = node;
  }
  for (auto& n : nodes_) {
    n.all_values.clear();
    for (const auto& e : n.entries) n.all_values.push_back(e.value);
    n.any_exact = std::any_of(n.entries.begin(), n.entries.end(), [](const entry& e) { return e.exact_case; });
  }
}

namespace {

// Whether `written` reads as `exact` once curly quotes are straightened (see canonical_quotes),
// without building the straightened string.
bool same_as_written(std::string_view written, std::string_view exact) {
  if (written.size() == exact.size()) return written == exact;
  return detail::canonical_quotes(written) == exact;
}

}  // namespace

template <class WordId>
std::optional<gazetteer::match> gazetteer::longest(std::string_view text, std::span<const token> tokens, std::size_t i,
                                                   std::size_t end, bool ignore_case, WordId&& id_of) const {
  // The deepest trie node with an entry that matches, and (for exact-case entries) which.
  std::uint32_t at = 0, best_at = 0;
  std::size_t best_last = 0;
  bool best_filtered = false;
  std::vector<std::uint32_t> best_values;
  for (std::size_t j = i; j < end && j < tokens.size(); ++j) {
    std::uint32_t w = id_of(j);
    if (w == vocabulary::no_word) break;
    at = child((std::uint64_t{at} << 32) | w);
    if (at == 0) break;
    const node_data& n = nodes_[at];
    if (n.entries.empty()) continue;
    if (!n.any_exact || ignore_case) {
      best_at = at, best_last = j + 1, best_filtered = false;
      continue;
    }
    std::vector<std::uint32_t> values;
    for (const auto& e : n.entries) {
      bool ok = !e.exact_case;
      for (std::size_t k = 0; !ok && k < e.exact.size(); ++k) {
        if (!same_as_written(tokens[i + k].in(text), e.exact[k])) break;
        ok = k + 1 == e.exact.size();
      }
      if (ok) values.push_back(e.value);
    }
    if (values.empty()) continue;
    best_at = at, best_last = j + 1, best_filtered = true;
    best_values = std::move(values);
  }
  if (best_last == 0) return std::nullopt;
  return match{i, best_last, best_filtered ? std::move(best_values) : nodes_[best_at].all_values};
}

std::optional<gazetteer::match> gazetteer::longest_at(std::string_view text, std::span<const token> tokens,
                                                      std::size_t i, std::size_t end, bool ignore_case,
                                                      std::span<const std::string_view> folded) const {
  std::string buf;
  return longest(text, tokens, i, end, ignore_case, [&](std::size_t j) {
    if (j < folded.size()) return word_id(folded[j]);
    buf.clear();
    detail::fold_into(tokens[j].in(text), buf);
    return word_id(buf);
  });
}

std::optional<gazetteer::match> gazetteer::longest_at_ids(std::string_view text, std::span<const token> tokens,
                                                          std::span<const std::uint32_t> ids, std::size_t i,
                                                          std::size_t end, bool ignore_case) const {
  return longest(text, tokens, i, end, ignore_case, [&](std::size_t j) { return j < ids.size() ? ids[j] : vocabulary::no_word; });
}

}  // namespace newsgraph
