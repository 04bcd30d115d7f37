#include "ingest/unique_ids.hpp"

namespace newsgraph {

std::optional<renamed_article> unique_ids::claim(document& doc, const input_file& input) {
  if (names_.empty() || names_.back() != input.name) names_.push_back(input.name);
  const std::size_t here = names_.size() - 1;
  auto [it, fresh] = inputs_.try_emplace(doc.id, here);
  if (fresh) return std::nullopt;
  renamed_article renamed{names_[it->second], doc.id};
  std::string id = doc.id.starts_with(input.id) ? input.name + doc.id.substr(input.id.size()) : input.name + "#" + doc.id;
  std::string tried = id;
  for (int n = 2; inputs_.count(tried); ++n) tried = id + "~" + std::to_string(n);
  inputs_.emplace(tried, here);
  doc.id = std::move(tried);
  return renamed;
}

}  // namespace newsgraph
