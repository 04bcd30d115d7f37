#pragma once
// The writer of each format; make_writer chooses among them.
#include <memory>
#include <ostream>

#include "exporters/writer.hpp"

namespace newsgraph::detail {

/// GraphML, built with pugixml (graphml_writer.cpp).
std::unique_ptr<graph_writer> make_graphml_writer(std::ostream& out);
/// Graphviz DOT with a legend as the graph's label, drawn as `options` say (dot_writer.cpp).
std::unique_ptr<graph_writer> make_dot_writer(std::ostream& out, const write_options& options);
/// JSON-LD with an inline context, built with RapidJSON (jsonld_writer.cpp).
std::unique_ptr<graph_writer> make_jsonld_writer(std::ostream& out);
/// N-Triples, the same triples as the JSON-LD (ntriples_writer.cpp).
std::unique_ptr<graph_writer> make_ntriples_writer(std::ostream& out);
/// GEXF 1.3 with viz colours, sizes and time spells (gexf_writer.cpp).
std::unique_ptr<graph_writer> make_gexf_writer(std::ostream& out);

}  // namespace newsgraph::detail
