#include "graph/node.hpp"

#include <algorithm>

#include "graph/detail/make_room.hpp"

namespace newsgraph {

void add_alias(node& n, std::string_view alias) {
  if (alias.empty()) return;
  auto it = std::lower_bound(n.aliases.begin(), n.aliases.end(), alias);
  if (it == n.aliases.end() || *it != alias) n.aliases.emplace(it, alias);
}

namespace {

// Adds from's mentions to into's, each article of from.mentioned_in once.
void merge_mentions(node& into, const node& from) {
  std::uint64_t attributed = 0;
  for (const auto& m : from.mentioned_in) attributed += m.count;
  into.mentions += from.mentions - std::min(attributed, from.mentions);  // those of no known article
  for (const auto& m : from.mentioned_in) {
    auto at = std::lower_bound(into.mentioned_in.begin(), into.mentioned_in.end(), m.doc,
                               [](const article_mentions& a, std::uint64_t doc) { return a.doc < doc; });
    if (at == into.mentioned_in.end() || at->doc != m.doc) {
      const auto offset = at - into.mentioned_in.begin();
      detail::make_room(into.mentioned_in);
      into.mentioned_in.insert(into.mentioned_in.begin() + offset, m);
      into.mentions += m.count;
    } else if (m.count > at->count) {
      into.mentions += m.count - at->count;
      at->count = m.count;
    }
  }
}

}  // namespace

void merge_into(node& into, const node& from) {
  // Both alias lists are sorted; most often from's are all known already, which one linear
  // pass tells.
  if (!std::includes(into.aliases.begin(), into.aliases.end(), from.aliases.begin(), from.aliases.end()))
    for (const auto& a : from.aliases) add_alias(into, a);
  merge_mentions(into, from);
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
