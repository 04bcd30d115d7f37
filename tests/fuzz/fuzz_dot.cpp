// The DOT writer, fed a graph of fuzzed text: Graphviz's own parser (cgraph) reads it, with
// every node and edge of the graph (isolated nodes too) and nothing else.
#include <graphviz/cgraph.h>

#include "support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace newsgraph;
  knowledge_graph g = fuzz::fuzzed_graph(data, size);
  std::string dot = fuzz::written(g, format::dot);
  Agraph_t* parsed = agmemread(dot.c_str());
  FUZZ_CHECK(parsed != nullptr);
  std::size_t nodes = 0, edges = 0;
  for (Agnode_t* n = agfstnode(parsed); n; n = agnxtnode(parsed, n)) {
    ++nodes;
    for (Agedge_t* e = agfstout(parsed, n); e; e = agnxtout(parsed, e)) ++edges;
  }
  agclose(parsed);
  FUZZ_CHECK(nodes == g.node_count() && edges == g.edge_count());
  return 0;
}
