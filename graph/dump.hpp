#pragma once
// A canonical, human-readable rendering of a graph for tests and debugging.
#include <string>
#include <string_view>

#include "graph/knowledge_graph.hpp"

namespace newsgraph {

/// One line per edge, sorted: "China votes-against UN General Assembly resolution" and, for
/// any mode but asserted, " [proposed]" after it. Lines are joined with `separator`.
std::string dump_edges(const knowledge_graph& g, std::string_view separator = "\n");

/// One line per node, sorted: "State China" (type, then label).
std::string dump_nodes(const knowledge_graph& g, std::string_view separator = "\n");

}  // namespace newsgraph
