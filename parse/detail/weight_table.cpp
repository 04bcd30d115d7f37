#include "parse/detail/weight_table.hpp"

#include <algorithm>
#include <bit>
#include <cmath>

namespace newsgraph::parse::detail {

static_assert(std::endian::native == std::endian::little, "the model file is little-endian");

weight_table weight_table::build(const std::vector<weight_row>& rows, float scale) {
  weight_table t;
  std::vector<std::pair<std::uint64_t, std::vector<weight_entry>>> kept;
  kept.reserve(rows.size());
  for (const auto& row : rows) {
    std::vector<weight_entry> entries;
    for (const auto& [cls, w] : row.weights) {
      const float q = std::clamp(std::round(w * scale), -32767.0f, 32767.0f);
      if (q != 0) entries.push_back({cls, static_cast<std::int16_t>(q)});
    }
    if (!entries.empty()) kept.emplace_back(row.key, std::move(entries));
  }
  const std::size_t capacity = std::bit_ceil(std::max<std::size_t>(16, kept.size() * 2));
  t.slots_.assign(capacity, slot{0, 0, 0});
  t.mask_ = capacity - 1;
  for (auto& [key, entries] : kept) {
    std::uint64_t i = key & t.mask_;
    while (t.slots_[i].key != 0) i = (i + 1) & t.mask_;
    t.slots_[i] = slot{key, static_cast<std::uint32_t>(t.entries_.size()), static_cast<std::uint32_t>(entries.size())};
    t.entries_.insert(t.entries_.end(), entries.begin(), entries.end());
  }
  t.used_ = kept.size();
  return t;
}

const weight_table::slot* weight_table::find(std::uint64_t key) const noexcept {
  if (slots_.empty()) return nullptr;
  for (std::uint64_t i = key & mask_;; i = (i + 1) & mask_) {
    const slot& s = slots_[i];
    if (s.key == key) return &s;
    if (s.key == 0) return nullptr;
  }
}

void weight_table::add_scores(std::span<const std::uint64_t> keys, std::int32_t* scores) const noexcept {
  if (slots_.empty()) return;
  constexpr std::size_t most = 128;
  const std::size_t n = std::min(keys.size(), most);
  for (std::size_t k = 0; k < n; ++k) __builtin_prefetch(&slots_[keys[k] & mask_]);
  const slot* found[most];
  std::size_t m = 0;
  for (std::size_t k = 0; k < n; ++k)
    if (const slot* s = find(keys[k])) {
      __builtin_prefetch(&entries_[s->first]);
      found[m++] = s;
    }
  for (std::size_t k = 0; k < m; ++k) {
    const weight_entry* e = &entries_[found[k]->first];
    for (std::uint32_t j = 0, c = found[k]->count; j < c; ++j) scores[e[j].cls] += e[j].weight;
  }
}

std::size_t weight_table::class_bound() const noexcept {
  std::size_t bound = 0;
  for (const auto& e : entries_) bound = std::max<std::size_t>(bound, e.cls + 1u);
  return bound;
}

void weight_table::write(binary_writer& out) const {
  out.put(static_cast<std::uint64_t>(used_));
  out.put_vector(slots_);
  out.put_vector(entries_);
}

weight_table weight_table::read(binary_reader& in) {
  weight_table t;
  t.used_ = in.get<std::uint64_t>();
  t.slots_ = in.get_vector<slot>("the feature slots");
  t.entries_ = in.get_vector<weight_entry>("the weights");
  if (t.slots_.empty()) {
    if (t.used_ != 0 || !t.entries_.empty()) throw format_error("a weight table without slots holds weights");
    return t;
  }
  if (!std::has_single_bit(t.slots_.size())) throw format_error("the slot count is not a power of two");
  t.mask_ = t.slots_.size() - 1;
  std::size_t used = 0;
  for (const auto& s : t.slots_) {
    if (s.key == 0) continue;
    ++used;
    if (s.first > t.entries_.size() || s.count > t.entries_.size() - s.first)
      throw format_error("a feature's weights lie outside the table");
  }
  if (used != t.used_ || used >= t.slots_.size()) throw format_error("the feature count does not match the slots");
  return t;
}

}  // namespace newsgraph::parse::detail
