#pragma once
// The readers of each format read_graph reads.
#include <string>
#include <string_view>

#include "exporters/reader.hpp"
#include "graph/knowledge_graph.hpp"

namespace newsgraph::detail {

/// The graph in `text`, GraphML as newsgraph writes it; `source` names it in errors and warnings.
knowledge_graph read_graphml(std::string_view text, std::string_view source, const graph_warning_sink& on_warning);
/// The graph in `text`, JSON-LD as newsgraph writes it; `source` names it in errors and warnings.
knowledge_graph read_jsonld(std::string_view text, std::string_view source, const graph_warning_sink& on_warning);

}  // namespace newsgraph::detail
