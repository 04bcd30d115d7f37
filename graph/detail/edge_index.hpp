#pragma once
// The index of a knowledge_graph's edges by (subject, relation, object, mode): an
// open-addressing table, because merging a corpus looks an edge up for every reading and a
// node-based map makes each lookup a chase of pointers through a large heap.
#include <cstddef>
#include <cstdint>
#include <vector>

namespace newsgraph::detail {

/// Maps a packed edge key to a value (the graph's edge descriptor). Keys are never removed.
template <class Value>
class edge_index {
 public:
  /// The key of (subject, relation, object, mode): vertices below 2^28, relation and mode below 256.
  struct key {
    std::uint64_t subject = 0, object = 0;
    std::uint32_t kind = 0;  // relation << 8 | mode
    friend bool operator==(const key&, const key&) = default;
  };

  /// The value stored under k, or nullptr.
  const Value* find(const key& k) const {
    if (slots_.empty()) return nullptr;
    const slot& s = slots_[position(k)];
    return s.used ? &s.value : nullptr;
  }

  /// Stores v under k, which must be new.
  void insert(const key& k, const Value& v) {
    if ((size_ + 1) * 2 > slots_.size()) grow();
    slot& s = slots_[position(k)];
    s = {k, v, true};
    ++size_;
  }

  std::size_t size() const { return size_; }

 private:
  struct slot {
    key k;
    Value value{};
    bool used = false;
  };
  static std::size_t hash(const key& k) {
    std::uint64_t h = k.subject * 0x9E3779B97F4A7C15ull;
    h ^= (k.object + 0x7F4A7C15ull) * 0xC2B2AE3D27D4EB4Full;
    h ^= std::uint64_t{k.kind} * 0x165667B19E3779F9ull;
    return static_cast<std::size_t>(h ^ (h >> 29));
  }
  // The slot holding k, or the free one where it would go.
  std::size_t position(const key& k) const {
    const std::size_t mask = slots_.size() - 1;
    std::size_t i = hash(k) & mask;
    while (slots_[i].used && !(slots_[i].k == k)) i = (i + 1) & mask;
    return i;
  }
  void grow() {
    std::vector<slot> old = std::move(slots_);
    slots_.assign(old.empty() ? 64 : old.size() * 2, slot{});
    for (const slot& s : old)
      if (s.used) slots_[position(s.k)] = s;
  }

  std::vector<slot> slots_;
  std::size_t size_ = 0;
};

}  // namespace newsgraph::detail
