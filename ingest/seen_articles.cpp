#include "ingest/seen_articles.hpp"

#include <functional>
#include <string_view>

namespace newsgraph {
namespace {

// A text's hash and length: two texts that agree on both are taken to be one.
std::pair<std::uint64_t, std::uint64_t> hash_of(std::string_view text) {
  return {std::hash<std::string_view>{}(text), text.size()};
}

}  // namespace

std::optional<repeated_article> seen_articles::repeats(const document& doc) {
  std::optional<std::pair<std::uint64_t, std::uint64_t>> u, t;
  if (!doc.url.empty()) {
    u = hash_of(doc.url);
    if (auto it = by_url_.find(*u); it != by_url_.end()) return repeated_article{it->second, "url"};
  }
  if (!doc.text.empty()) {
    t = hash_of(doc.text);
    if (auto it = by_text_.find(*t); it != by_text_.end()) return repeated_article{it->second, "text"};
  }
  if (u) by_url_.emplace(*u, doc.id);
  if (t) by_text_.emplace(*t, doc.id);
  return std::nullopt;
}

}  // namespace newsgraph
