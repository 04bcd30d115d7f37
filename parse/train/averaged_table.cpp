#include "parse/train/averaged_table.hpp"

#include <algorithm>
#include <cmath>

namespace newsgraph::parse::train {

const averaged_table::row* averaged_table::find(std::uint64_t key) const noexcept {
  if (slots_.empty()) return nullptr;
  const std::uint64_t mask = slots_.size() - 1;
  for (std::uint64_t i = key & mask;; i = (i + 1) & mask) {
    const std::uint32_t r = slots_[i];
    if (r == 0) return nullptr;
    if (rows_[r - 1].key == key) return &rows_[r - 1];
  }
}

void averaged_table::grow() {
  std::vector<std::uint32_t> bigger(std::max<std::size_t>(1024, slots_.size() * 2), 0);
  const std::uint64_t mask = bigger.size() - 1;
  for (std::size_t r = 0; r < rows_.size(); ++r) {
    std::uint64_t i = rows_[r].key & mask;
    while (bigger[i] != 0) i = (i + 1) & mask;
    bigger[i] = static_cast<std::uint32_t>(r + 1);
  }
  slots_.swap(bigger);
}

averaged_table::row& averaged_table::find_or_add(std::uint64_t key) {
  if ((rows_.size() + 1) * 2 > slots_.size()) grow();
  const std::uint64_t mask = slots_.size() - 1;
  std::uint64_t i = key & mask;
  for (;; i = (i + 1) & mask) {
    const std::uint32_t r = slots_[i];
    if (r == 0) break;
    if (rows_[r - 1].key == key) return rows_[r - 1];
  }
  rows_.push_back(row{key, 0, {}});
  slots_[i] = static_cast<std::uint32_t>(rows_.size());
  return rows_.back();
}

void averaged_table::add_scores(std::span<const std::uint64_t> keys, float* scores) const noexcept {
  for (std::uint64_t key : keys)
    if (const row* r = find(key))
      for (const entry& e : r->entries) scores[e.cls] += e.weight;
}

void averaged_table::update(std::span<const std::uint64_t> keys, std::uint16_t cls, float delta) {
  for (std::uint64_t key : keys) {
    row& r = find_or_add(key);
    r.updates += delta > 0;
    auto it = std::find_if(r.entries.begin(), r.entries.end(), [cls](const entry& e) { return e.cls == cls; });
    if (it == r.entries.end()) {
      r.entries.push_back(entry{cls, 0, 0, clock_});
      it = r.entries.end() - 1;
    }
    it->total += static_cast<double>(clock_ - it->stamp) * it->weight;
    it->stamp = clock_;
    it->weight += delta;
  }
}

std::vector<detail::weight_row> averaged_table::averaged() const {
  std::vector<detail::weight_row> out;
  out.reserve(rows_.size());
  const double clock = static_cast<double>(clock_);
  for (const row& r : rows_) {
    detail::weight_row w{r.key, r.updates, {}};
    for (const entry& e : r.entries) {
      const double total = e.total + static_cast<double>(clock_ - e.stamp) * e.weight;
      const auto avg = static_cast<float>(total / clock);
      if (avg != 0) w.weights.emplace_back(e.cls, avg);
    }
    if (!w.weights.empty()) out.push_back(std::move(w));
  }
  return out;
}

detail::weight_table averaged_table::freeze(std::uint64_t least_updates, int least) const {
  auto rows = averaged();
  float most = 0;
  for (const auto& r : rows)
    for (const auto& [cls, w] : r.weights) most = std::max(most, std::fabs(w));
  std::erase_if(rows, [&](const detail::weight_row& r) { return r.updates < least_updates; });
  return detail::weight_table::build(std::move(rows), most > 0 ? 32767.0f / most : 1.0f, least);
}

}  // namespace newsgraph::parse::train
