#include "ingest/unique_ids.hpp"

namespace newsgraph {

std::optional<renamed_article> unique_ids::claim(document& doc, const input_file& input) {
  auto [it, fresh] = inputs_.try_emplace(doc.id, input.name);
  if (fresh) return std::nullopt;
  renamed_article renamed{it->second, doc.id};
  std::string id = doc.id.starts_with(input.id) ? input.name + doc.id.substr(input.id.size()) : input.name + "#" + doc.id;
  std::string tried = id;
  for (int n = 2; inputs_.count(tried); ++n) tried = id + "~" + std::to_string(n);
  inputs_.emplace(tried, input.name);
  doc.id = std::move(tried);
  return renamed;
}

}  // namespace newsgraph
