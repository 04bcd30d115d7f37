#pragma once
// The index of a knowledge_graph's nodes by key: an open-addressing table of vertex numbers
// and their keys' hashes. The keys themselves stay in the nodes; a lookup compares one only
// when its hash matches.
#include <cstddef>
#include <cstdint>
#include <functional>
#include <string_view>
#include <vector>

#include "graph/detail/same_text.hpp"

namespace newsgraph::detail {

/// Vertex numbers by key; the caller gives the key of a vertex number (key_of) when asked.
class key_index {
 public:
  /// The vertex whose key is `key`, or -1; key_of(v) gives vertex v's key.
  template <class KeyOf>
  std::int64_t find(std::string_view key, KeyOf&& key_of) const {
    return find(hash(key), key, key_of);
  }
  /// As find(key, key_of), given hash(key).
  template <class KeyOf>
  std::int64_t find(std::uint64_t h, std::string_view key, KeyOf&& key_of) const {
    if (slots_.empty()) return -1;
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = h & mask; slots_[i].vertex_plus_one != 0; i = (i + 1) & mask)
      if (slots_[i].hash == h && same_text(key_of(slots_[i].vertex_plus_one - 1), key))
        return static_cast<std::int64_t>(slots_[i].vertex_plus_one - 1);
    return -1;
  }

  /// Records vertex v under `key`, which must be new.
  void insert(std::string_view key, std::uint64_t v) { insert(hash(key), v); }
  /// As insert(key, v), given hash(key).
  void insert(std::uint64_t h, std::uint64_t v) {
    if ((size_ + 1) * 2 > slots_.size()) grow();
    place({h, v + 1});
    ++size_;
  }

  /// Asks the processor for the slot where a key hashed `h` starts its probe.
  void prefetch(std::uint64_t h) const {
    if (!slots_.empty()) __builtin_prefetch(&slots_[h & (slots_.size() - 1)]);
  }
  /// The first vertex whose key hashes to `h`, or -1: most likely the one keyed so.
  std::int64_t candidate(std::uint64_t h) const {
    if (slots_.empty()) return -1;
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = h & mask; slots_[i].vertex_plus_one != 0; i = (i + 1) & mask)
      if (slots_[i].hash == h) return static_cast<std::int64_t>(slots_[i].vertex_plus_one - 1);
    return -1;
  }

  /// The hash every lookup uses.
  static std::uint64_t hash(std::string_view key) { return std::hash<std::string_view>{}(key); }

  std::size_t size() const { return size_; }

 private:
  struct slot {
    std::uint64_t hash = 0;
    std::uint64_t vertex_plus_one = 0;  // 0: free
  };
  void place(const slot& s) {
    const std::size_t mask = slots_.size() - 1;
    std::size_t i = s.hash & mask;
    while (slots_[i].vertex_plus_one != 0) i = (i + 1) & mask;
    slots_[i] = s;
  }
  void grow() {
    std::vector<slot> old = std::move(slots_);
    slots_.assign(old.empty() ? 64 : old.size() * 2, slot{});
    for (const slot& s : old)
      if (s.vertex_plus_one != 0) place(s);
  }

  std::vector<slot> slots_;
  std::size_t size_ = 0;
};

}  // namespace newsgraph::detail
