// The GraphML writer, fed a graph of fuzzed text: well-formed XML of XML characters only, one
// <graph> with every node and edge, which read_graph reads back with every node and edge.
// GraphML loses some things (an alias with '|' comes back as two) and the writers clean text
// (a value of control characters only comes back empty, then absent), so what must hold is
// that after two rounds of writing and reading, a third changes nothing.
#include <iterator>
#include <sstream>
#include <utility>

#include <pugixml.hpp>

#include "exporters/reader.hpp"
#include "support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace newsgraph;
  knowledge_graph g = fuzz::fuzzed_graph(data, size);
  std::string xml = fuzz::written(g, format::graphml);
  FUZZ_CHECK(fuzz::valid_xml_chars(xml));
  pugi::xml_document doc;
  FUZZ_CHECK(doc.load_buffer(xml.data(), xml.size()));
  auto graphs = doc.child("graphml").children("graph");
  FUZZ_CHECK(std::distance(graphs.begin(), graphs.end()) == 1);
  auto nodes = graphs.begin()->children("node"), edges = graphs.begin()->children("edge");
  FUZZ_CHECK(static_cast<std::size_t>(std::distance(nodes.begin(), nodes.end())) == g.node_count());
  FUZZ_CHECK(static_cast<std::size_t>(std::distance(edges.begin(), edges.end())) == g.edge_count());
  auto round_trip = [](const std::string& text) {
    std::istringstream in(text);
    knowledge_graph back = read_graph(format::graphml, in, "fuzz.graphml");
    return std::pair(back.node_count() + back.edge_count(), fuzz::written(back, format::graphml));
  };
  auto [count, once] = round_trip(xml);
  FUZZ_CHECK(count == g.node_count() + g.edge_count());
  std::string twice = round_trip(once).second;
  FUZZ_CHECK(round_trip(twice).second == twice);
  return 0;
}
