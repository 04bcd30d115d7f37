#pragma once
// The articles a run has read, by address and by text, so that an article met twice (the same
// file named twice, a page saved twice, a record repeated in two dumps) is read once.
#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>

#include "extract/document.hpp"

namespace newsgraph {

/// The earlier article that one repeats, and what they share.
struct repeated_article {
  std::string first;  ///< the id of the article read first
  std::string same;   ///< "url" or "text"
};

/// Remembers every article it is shown; not thread-safe.
class seen_articles {
 public:
  /// The article read before that `doc` repeats (the same non-empty url, or the same
  /// non-empty text), or nothing, and then `doc` is remembered as read.
  std::optional<repeated_article> repeats(const document& doc);

 private:
  struct pair_hash {
    std::size_t operator()(const std::pair<std::uint64_t, std::uint64_t>& h) const noexcept { return h.first ^ h.second; }
  };
  // Urls and texts by their 64-bit hash and length (kept instead of them: a corpus's texts may
  // be gigabytes), with the id of the article that had them.
  std::unordered_map<std::pair<std::uint64_t, std::uint64_t>, std::string, pair_hash> by_url_;
  std::unordered_map<std::pair<std::uint64_t, std::uint64_t>, std::string, pair_hash> by_text_;
};

}  // namespace newsgraph
