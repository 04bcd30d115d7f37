#pragma once
// The summary a run prints on standard error when it is done.
#include <string>

#include "graph/knowledge_graph.hpp"

namespace newsgraph::cli {

/// "45 nodes: 12 State, 10 Body, ..." (types in ontology order) and, on a second line,
/// "60 edges: 10 votes-against, 8 criticizes, ..." (most frequent first, ties by name).
std::string describe_graph(const knowledge_graph& g);

/// "3.4 MB", "812 kB", "17 B": decimal units, for people.
std::string human_bytes(double bytes);

}  // namespace newsgraph::cli
