#include "ingest/seen_articles.hpp"

#include <functional>
#include <string_view>

namespace newsgraph {
namespace {

std::pair<std::uint64_t, std::uint64_t> text_hash(std::string_view text) {
  std::uint64_t fnv = 14695981039346656037ull;
  for (unsigned char c : text) {
    fnv ^= c;
    fnv *= 1099511628211ull;
  }
  return {std::hash<std::string_view>{}(text), fnv};
}

}  // namespace

std::optional<repeated_article> seen_articles::repeats(const document& doc) {
  if (!doc.url.empty())
    if (auto it = by_url_.find(doc.url); it != by_url_.end()) return repeated_article{it->second, "url"};
  std::optional<std::pair<std::uint64_t, std::uint64_t>> h;
  if (!doc.text.empty()) {
    h = text_hash(doc.text);
    if (auto it = by_text_.find(*h); it != by_text_.end()) return repeated_article{it->second, "text"};
  }
  if (!doc.url.empty()) by_url_.emplace(doc.url, doc.id);
  if (h) by_text_.emplace(*h, doc.id);
  return std::nullopt;
}

}  // namespace newsgraph
