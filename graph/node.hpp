#pragma once
// A node of the knowledge graph: one real-world entity, plain data.
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "graph/ontology.hpp"
#include "graph/reading_mark.hpp"

namespace newsgraph {

/// How many times one article mentions an entity.
struct article_mentions {
  std::uint64_t doc = 0;    ///< article_hash of the article's id (knowledge_graph::article_names names it)
  std::uint64_t count = 0;  ///< its mentions of the entity

  friend bool operator==(const article_mentions&, const article_mentions&) = default;
};

/// One entity. `key` identifies it across articles and graphs (see make_key); the rest is
/// what the texts said of it.
struct node {
  std::string key;                  ///< canonical key, unique in a graph, usable as an XML NMTOKEN
  node_type type = node_type::state;
  std::string label;                ///< canonical display name
  std::vector<std::string> aliases; ///< every surface form seen and gazetteer alternatives, sorted, unique
  std::string wikidata;             ///< Wikidata QID ("Q148"), only where known to be right
  std::string iso3166;              ///< ISO 3166-1 alpha-3, states only
  std::string title;                ///< people: the role as written ("foreign ministry spokesman")
  std::string kind;                 ///< bodies: intergovernmental, government, court, commission, ngo, party, company, other
  std::uint64_t mentions = 0;       ///< how many times the entity is mentioned
  /// The mentions per article, sorted by doc, where known: an article met again adds nothing.
  std::vector<article_mentions> mentioned_in;
  /// Further figures: resolutions and reports carry votes_for, votes_against, abstentions, date, number, symbol.
  std::map<std::string, std::string> attributes;

  friend bool operator==(const node&, const node&) = default;
};

/// Adds `alias` to `n.aliases`, keeping them sorted and unique; empty strings are ignored.
void add_alias(node& n, std::string_view alias);

/// Folds what `from` says of the same entity into `into`: aliases united, mentions summed
/// (an article of mentioned_in that both name counted once, at the larger count), attributes
/// and empty fields filled from `from` where `into` has none.
void merge_into(node& into, const node& from);

}  // namespace newsgraph
