#include "graph/dump.hpp"

#include <algorithm>
#include <vector>

namespace newsgraph {
namespace {

std::string join_sorted(std::vector<std::string> lines, std::string_view separator) {
  std::sort(lines.begin(), lines.end());
  std::string out;
  for (const auto& l : lines) {
    if (!out.empty()) out += separator;
    out += l;
  }
  return out;
}

}  // namespace

std::string dump_edges(const knowledge_graph& g, std::string_view separator) {
  std::vector<std::string> lines;
  for (auto e : g.edges_in_order()) {
    std::string line = g.source(e).label;
    line += ' ';
    line += name(g[e].rel);
    line += ' ';
    line += g.target(e).label;
    if (g[e].mod != mode::asserted) {
      line += " [";
      line += name(g[e].mod);
      line += ']';
    }
    lines.push_back(std::move(line));
  }
  return join_sorted(std::move(lines), separator);
}

std::string dump_nodes(const knowledge_graph& g, std::string_view separator) {
  std::vector<std::string> lines;
  for (auto v : g.nodes_in_order()) lines.push_back(std::string(name(g[v].type)) + ' ' + g[v].label);
  return join_sorted(std::move(lines), separator);
}

}  // namespace newsgraph
