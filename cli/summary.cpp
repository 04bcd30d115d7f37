#include "cli/summary.hpp"

#include <algorithm>
#include <cstdio>
#include <map>
#include <vector>

namespace newsgraph::cli {

std::string describe_graph(const knowledge_graph& g) {
  std::map<node_type, std::size_t> types;
  for (auto v : g.nodes_in_order()) ++types[g[v].type];
  std::map<relation, std::size_t> relations;
  for (auto e : g.edges_in_order()) ++relations[g[e].rel];

  std::string out = std::to_string(g.node_count()) + (g.node_count() == 1 ? " node" : " nodes");
  const char* sep = ": ";
  for (node_type t : all_node_types())
    if (auto it = types.find(t); it != types.end()) {
      out += sep + std::to_string(it->second) + ' ' + std::string(name(t));
      sep = ", ";
    }
  out += '\n';
  out += std::to_string(g.edge_count()) + (g.edge_count() == 1 ? " edge" : " edges");
  std::vector<std::pair<relation, std::size_t>> by_count(relations.begin(), relations.end());
  std::stable_sort(by_count.begin(), by_count.end(), [](const auto& a, const auto& b) {
    return a.second != b.second ? a.second > b.second : name(a.first) < name(b.first);
  });
  sep = ": ";
  for (const auto& [r, n] : by_count) {
    out += sep + std::to_string(n) + ' ' + std::string(name(r));
    sep = ", ";
  }
  return out;
}

std::string human_bytes(double bytes) {
  static const char* units[] = {"B", "kB", "MB", "GB", "TB"};
  int u = 0;
  while (bytes >= 1000 && u < 4) {
    bytes /= 1000;
    ++u;
  }
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, u == 0 ? "%.0f %s" : "%.1f %s", bytes, units[u]);
  return buffer;
}

}  // namespace newsgraph::cli
