#pragma once
// The index of a knowledge_graph's edges by (subject, relation, object, mode): an
// open-addressing table of 16-byte slots, because merging a corpus looks an edge up for every
// reading, and a node-based map makes each lookup a chase of pointers through a large heap.
#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <vector>

namespace newsgraph::detail {

/// Maps an edge key to a value (the graph's edge descriptor). Keys are never removed.
template <class Value>
class edge_index {
 public:
  /// The key of (subject, relation, object, mode), with relation << 8 | mode as its kind.
  struct key {
    std::uint64_t subject = 0, object = 0;
    std::uint32_t kind = 0;
  };

  /// The value stored under k, or nullptr.
  const Value* find(const key& k) const {
    if (slots_.empty() || k.subject > limit || k.object > limit) return nullptr;
    const slot& s = slots_[position(k)];
    return s.number != 0 ? &values_[s.number - 1] : nullptr;
  }

  /// Stores v under k, which must be new. Throws std::length_error past 2^32 - 1 vertices or edges.
  void insert(const key& k, const Value& v) {
    if (k.subject > limit || k.object > limit || values_.size() >= limit)
      throw std::length_error("knowledge_graph: more than 2^32 - 1 vertices or edges");
    if ((values_.size() + 1) * 2 > slots_.size()) grow();
    values_.push_back(v);
    slots_[position(k)] = {static_cast<std::uint32_t>(k.subject), static_cast<std::uint32_t>(k.object), k.kind,
                           static_cast<std::uint32_t>(values_.size())};
  }

  std::size_t size() const { return values_.size(); }

  /// Makes room for `n` values in all, so that inserting up to there moves no slot.
  void reserve(std::size_t n) {
    std::size_t size = slots_.empty() ? 64 : slots_.size();
    while (n * 2 > size) size *= 2;
    if (size != slots_.size()) rehash(size);
  }

  /// Asks the processor for the slot where k's probe starts.
  void prefetch(const key& k) const {
    if (!slots_.empty()) __builtin_prefetch(&slots_[hash(k.subject, k.object, k.kind) & (slots_.size() - 1)]);
  }

 private:
  static constexpr std::uint64_t limit = 0xFFFFFFFFu;
  struct slot {
    std::uint32_t subject = 0, object = 0, kind = 0;
    std::uint32_t number = 0;  // 1 + the value's place in values_; 0: free
  };
  static std::size_t hash(std::uint64_t subject, std::uint64_t object, std::uint32_t kind) {
    std::uint64_t h = subject * 0x9E3779B97F4A7C15ull;
    h ^= (object + 0x7F4A7C15ull) * 0xC2B2AE3D27D4EB4Full;
    h ^= std::uint64_t{kind} * 0x165667B19E3779F9ull;
    return static_cast<std::size_t>(h ^ (h >> 29));
  }
  // The slot holding k, or the free one where it would go.
  std::size_t position(const key& k) const {
    const std::size_t mask = slots_.size() - 1;
    std::size_t i = hash(k.subject, k.object, k.kind) & mask;
    while (slots_[i].number != 0 &&
           !(slots_[i].subject == k.subject && slots_[i].object == k.object && slots_[i].kind == k.kind))
      i = (i + 1) & mask;
    return i;
  }
  void grow() { rehash(slots_.empty() ? 64 : slots_.size() * 2); }
  void rehash(std::size_t size) {
    std::vector<slot> old = std::move(slots_);
    slots_.assign(size, slot{});
    for (const slot& s : old)
      if (s.number != 0) slots_[position({s.subject, s.object, s.kind})] = s;
  }

  std::vector<slot> slots_;
  std::vector<Value> values_;
};

}  // namespace newsgraph::detail
