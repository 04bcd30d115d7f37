#include "parse/detail/weight_table.hpp"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>

#include "parse/detail/page_memory.hpp"

namespace newsgraph::parse::detail {

static_assert(std::endian::native == std::endian::little, "the model file is little-endian");

namespace {

constexpr std::uint64_t fingerprint(std::uint64_t key) noexcept {
  const std::uint64_t f = key >> 32;
  return f == 0 ? 1 : f;
}

}  // namespace

void weight_table::allocate(std::size_t slots, std::size_t entries) {
  auto memory = allocate_pages(slots * sizeof(std::uint64_t) + entries * sizeof(weight_entry));
  slots_ = reinterpret_cast<const std::uint64_t*>(memory.get());
  entries_ = reinterpret_cast<const weight_entry*>(memory.get() + slots * sizeof(std::uint64_t));
  memory_ = std::shared_ptr<const std::byte>(memory.release(), page_deleter{});
  slot_count_ = slots;
  entry_count_ = entries;
  mask_ = slots ? slots - 1 : 0;
}

weight_table weight_table::build(std::vector<weight_row> rows, float scale, int least) {
  std::vector<weight_entry> entries;
  std::vector<std::pair<std::uint64_t, std::uint32_t>> starts;
  std::stable_sort(rows.begin(), rows.end(), [](const weight_row& a, const weight_row& b) { return a.updates > b.updates; });
  for (const auto& row : rows) {
    const std::size_t header = entries.size();
    entries.push_back({0, 0});
    for (const auto& [cls, w] : row.weights) {
      const float q = std::clamp(std::round(w * scale), -32767.0f, 32767.0f);
      if (std::fabs(q) >= static_cast<float>(least)) entries.push_back({cls, static_cast<std::int16_t>(q)});
    }
    const std::size_t count = entries.size() - header - 1;
    if (count == 0) {
      entries.pop_back();
      continue;
    }
    entries[header].cls = static_cast<std::uint16_t>(count);
    starts.emplace_back(row.key, static_cast<std::uint32_t>(header));
  }
  weight_table t;
  if (starts.empty()) return t;
  const std::size_t slots = std::bit_ceil(starts.size() + starts.size() / 2 + 16);
  t.allocate(slots, entries.size());
  auto* slot = const_cast<std::uint64_t*>(t.slots_);
  for (const auto& [key, first] : starts) {
    std::uint64_t i = key & t.mask_;
    while (slot[i] != 0) i = (i + 1) & t.mask_;
    slot[i] = fingerprint(key) << 32 | first;
  }
  std::memcpy(const_cast<weight_entry*>(t.entries_), entries.data(), entries.size() * sizeof(weight_entry));
  t.used_ = starts.size();
  return t;
}

const weight_entry* weight_table::find(std::uint64_t key) const noexcept {
  const std::uint64_t f = fingerprint(key);
  for (std::uint64_t i = key & mask_;; i = (i + 1) & mask_) {
    const std::uint64_t s = slots_[i];
    if (s >> 32 == f) return entries_ + static_cast<std::uint32_t>(s);
    if (s == 0) return nullptr;
  }
}

void weight_table::add_scores(std::span<const std::uint64_t> keys, std::int32_t* scores) const noexcept {
  if (slot_count_ == 0) return;
  constexpr std::size_t most = 128;
  const std::size_t n = std::min(keys.size(), most);
  for (std::size_t k = 0; k < n; ++k) __builtin_prefetch(&slots_[keys[k] & mask_]);
  const weight_entry* found[most];
  std::size_t m = 0;
  for (std::size_t k = 0; k < n; ++k)
    if (const weight_entry* row = find(keys[k])) {
      __builtin_prefetch(row);
      found[m++] = row;
    }
  for (std::size_t k = 0; k < m; ++k) {
    const weight_entry* e = found[k];
    for (std::uint32_t j = 1, c = e[0].cls; j <= c; ++j) scores[e[j].cls] += e[j].weight;
  }
}

std::size_t weight_table::class_bound() const noexcept {
  std::size_t bound = 0;
  for (std::size_t i = 0; i < entry_count_;) {
    const std::size_t count = entries_[i].cls;
    for (std::size_t j = i + 1; j <= i + count; ++j) bound = std::max<std::size_t>(bound, entries_[j].cls + 1u);
    i += count + 1;
  }
  return bound;
}

void weight_table::write(binary_writer& out) const {
  out.put(static_cast<std::uint64_t>(used_));
  out.put(static_cast<std::uint64_t>(slot_count_));
  out.put(static_cast<std::uint64_t>(entry_count_));
  out.put_bytes(slots_, slot_count_ * sizeof(std::uint64_t));
  out.put_bytes(entries_, entry_count_ * sizeof(weight_entry));
}

weight_table weight_table::read(binary_reader& in) {
  weight_table t;
  const auto used = in.get<std::uint64_t>();
  const auto slots = in.get<std::uint64_t>();
  const auto entries = in.get<std::uint64_t>();
  if (slots == 0) {
    if (used != 0 || entries != 0) throw format_error("a weight table without slots holds weights");
    return t;
  }
  if (!std::has_single_bit(slots) || used >= slots) throw format_error("bad slot count in a weight table");
  if (entries > 0xffffffffu) throw format_error("too many weights in a weight table");
  const std::size_t slot_bytes = slots * sizeof(std::uint64_t), entry_bytes = entries * sizeof(weight_entry);
  if (slots > in.left() / sizeof(std::uint64_t) || slot_bytes + entry_bytes > in.left())
    throw format_error("truncated in a weight table");
  t.allocate(slots, entries);
  std::memcpy(const_cast<std::uint64_t*>(t.slots_), in.take_bytes(slot_bytes, "the feature slots"), slot_bytes);
  std::memcpy(const_cast<weight_entry*>(t.entries_), in.take_bytes(entry_bytes, "the weights"), entry_bytes);
  // Every row must lie inside the weights, and every slot must start a row.
  std::vector<char> starts(entries + 1, 0);
  std::size_t rows = 0;
  for (std::size_t i = 0; i < entries; ++rows) {
    starts[i] = 1;
    i += std::size_t{t.entries_[i].cls} + 1;
    if (i > entries) throw format_error("a row of weights runs past the end of the table");
  }
  std::size_t seen = 0;
  for (std::size_t i = 0; i < slots; ++i) {
    const std::uint64_t s = t.slots_[i];
    if (s == 0) continue;
    ++seen;
    const std::uint32_t first = static_cast<std::uint32_t>(s);
    if (first >= entries || !starts[first]) throw format_error("a feature slot points inside a row");
  }
  if (seen != used || rows != used) throw format_error("the feature count does not match the slots");
  t.used_ = used;
  return t;
}

}  // namespace newsgraph::parse::detail
