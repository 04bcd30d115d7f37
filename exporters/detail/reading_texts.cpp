#include "exporters/detail/reading_texts.hpp"

#include <algorithm>
#include <utility>

#include "graph/reading_mark.hpp"

namespace newsgraph::detail {

std::vector<std::string> mention_texts(const node& n, const std::unordered_map<std::uint64_t, std::string>* articles) {
  std::vector<std::string> out;
  if (!articles) return out;
  for (const auto& m : n.mentioned_in)
    if (auto it = articles->find(m.doc); it != articles->end()) out.push_back(it->second + "@" + std::to_string(m.count));
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<std::string> mark_texts(const edge& e) {
  std::vector<std::pair<std::uint64_t, const std::string*>> articles;
  for (const auto& d : e.docs) articles.emplace_back(article_hash(d), &d);
  std::sort(articles.begin(), articles.end());
  std::vector<std::string> out;
  for (const auto& m : counted_marks(e)) {
    auto at = std::lower_bound(articles.begin(), articles.end(), std::pair<std::uint64_t, const std::string*>{m.doc, nullptr});
    if (at != articles.end() && at->first == m.doc) out.push_back(mark_text(*at->second, m));
  }
  return out;
}

}  // namespace newsgraph::detail
