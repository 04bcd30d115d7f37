#include "graph/node.hpp"

#include <algorithm>

namespace newsgraph {

void add_alias(node& n, std::string_view alias) {
  if (alias.empty()) return;
  auto it = std::lower_bound(n.aliases.begin(), n.aliases.end(), alias);
  if (it == n.aliases.end() || *it != alias) n.aliases.emplace(it, alias);
}

void merge_into(node& into, const node& from) {
  // Both alias lists are sorted; most often from's are all known already, which one linear
  // pass tells.
  if (!std::includes(into.aliases.begin(), into.aliases.end(), from.aliases.begin(), from.aliases.end()))
    for (const auto& a : from.aliases) add_alias(into, a);
  into.mentions += from.mentions;
  auto fill = [](std::string& to, const std::string& value) {
    if (to.empty()) to = value;
  };
  fill(into.label, from.label);
  fill(into.wikidata, from.wikidata);
  fill(into.iso3166, from.iso3166);
  fill(into.title, from.title);
  fill(into.kind, from.kind);
  for (const auto& [k, v] : from.attributes) into.attributes.emplace(k, v);
}

}  // namespace newsgraph
