// The GEXF writer, fed a graph of fuzzed text: well-formed XML of XML characters only, one
// <graph> with every node and edge.
#include <iterator>

#include <pugixml.hpp>

#include "support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace newsgraph;
  knowledge_graph g = fuzz::fuzzed_graph(data, size);
  std::string xml = fuzz::written(g, format::gexf);
  FUZZ_CHECK(fuzz::valid_xml_chars(xml));
  pugi::xml_document doc;
  FUZZ_CHECK(doc.load_buffer(xml.data(), xml.size()));
  auto graphs = doc.child("gexf").children("graph");
  FUZZ_CHECK(std::distance(graphs.begin(), graphs.end()) == 1);
  auto nodes = graphs.begin()->child("nodes").children("node");
  auto edges = graphs.begin()->child("edges").children("edge");
  FUZZ_CHECK(static_cast<std::size_t>(std::distance(nodes.begin(), nodes.end())) == g.node_count());
  FUZZ_CHECK(static_cast<std::size_t>(std::distance(edges.begin(), edges.end())) == g.edge_count());
  return 0;
}
