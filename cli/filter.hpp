#pragma once
// Filters for graphs too big to look at: the command's --min-weight, --types, --relations, --top.
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "graph/knowledge_graph.hpp"
#include "graph/ontology.hpp"

namespace newsgraph::cli {

/// What to keep of a graph; an empty field keeps everything.
struct graph_filter {
  std::optional<double> min_weight;  ///< keep edges of at least this weight
  std::vector<node_type> types;      ///< keep nodes of these types (and the edges between them)
  std::vector<relation> relations;   ///< keep edges of these relations
  std::optional<std::size_t> top;    ///< keep the N nodes of highest degree (and the edges between them)

  /// Whether the filter removes anything at all from some graph.
  bool active() const { return min_weight || !types.empty() || !relations.empty() || top; }
};

/// A new graph with what `f` keeps of `g`, in this order: nodes of the listed types; edges
/// between them of the listed relations and weight; when --min-weight or --relations is given,
/// only nodes left with an edge; then the `top` nodes by degree (edges in and out, ties by key)
/// and the edges between them. Nodes and edges keep every attribute.
knowledge_graph filter_graph(const knowledge_graph& g, const graph_filter& f);

/// The node types named in `names` ("State", or "state"). Throws usage_error naming an unknown one.
std::vector<node_type> parse_node_types(const std::vector<std::string>& names);
/// The relations named in `names` ("votes-against", "Votes-Against", "votes_against"). Throws usage_error.
std::vector<relation> parse_relations(const std::vector<std::string>& names);

}  // namespace newsgraph::cli
