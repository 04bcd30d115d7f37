#pragma once
// How nodes and edges look in the pictures (DOT, GEXF): one place for shapes and colours.
#include <string>
#include <string_view>

#include "graph/edge.hpp"
#include "graph/ontology.hpp"

namespace newsgraph::detail {

/// The look of a node type.
struct node_look {
  std::string_view shape;  ///< a Graphviz shape
  std::string_view fill;   ///< "#rrggbb"
};

/// The look of a node of type `t`.
node_look look(node_type t) noexcept;

/// The colour ("#rrggbb") of an edge of relation `r`, no two relations alike: hostile ones red,
/// orange or brown, supportive ones green, procedural ones blue or purple, structural ones grey.
std::string_view colour(relation r) noexcept;

/// The Graphviz line style of an edge in mode `m`: solid, dashed (proposed), dotted (expected);
/// negated edges are solid and end in a tee instead of an arrow.
std::string_view line_style(mode m) noexcept;

/// The opacity (0 to 1) of an edge in mode `m`: 1 for asserted edges, less for the others, so a
/// proposed, expected or negated edge never looks like a fact.
double opacity(mode m) noexcept;

/// The GEXF label of an edge: its relation, followed by " (mode)" when it is not asserted
/// ("supports (negated)"). GEXF only: GraphML and DOT label an edge with its relation alone, in
/// every mode (ONTOLOGY.md, "What every exporter writes").
std::string edge_label(const edge& e);

}  // namespace newsgraph::detail
