#pragma once
// The readers of each format read_graph reads.
#include <string>
#include <string_view>

#include "graph/knowledge_graph.hpp"

namespace newsgraph::detail {

/// The graph in `text`, GraphML as newsgraph writes it; `source` names it in errors.
knowledge_graph read_graphml(std::string_view text, std::string_view source);
/// The graph in `text`, JSON-LD as newsgraph writes it; `source` names it in errors.
knowledge_graph read_jsonld(std::string_view text, std::string_view source);

}  // namespace newsgraph::detail
