#include "cli/filter.hpp"

#include <algorithm>

#include "cli/errors.hpp"

namespace newsgraph::cli {
namespace {

// Lower case, '_' as '-': the spelling names are compared in.
std::string folded(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c == '_') c = '-';
  }
  return out;
}

template <class T>
bool listed(const std::vector<T>& list, T value) {
  return list.empty() || std::find(list.begin(), list.end(), value) != list.end();
}

template <class T, class Range>
std::vector<T> parse_names(const std::vector<std::string>& names, Range all, const char* what) {
  std::vector<T> out;
  for (const std::string& n : names) {
    const auto it = std::find_if(all.begin(), all.end(), [&](T v) { return folded(name(v)) == folded(n); });
    if (it == all.end()) {
      std::string known;
      for (T v : all) known += (known.empty() ? "" : ", ") + std::string(name(v));
      throw usage_error("unknown " + std::string(what) + " '" + n + "': use " + known);
    }
    if (std::find(out.begin(), out.end(), *it) == out.end()) out.push_back(*it);
  }
  return out;
}

}  // namespace

knowledge_graph filter_graph(const knowledge_graph& g, const graph_filter& f) {
  using vertex_id = knowledge_graph::vertex_id;
  const std::vector<vertex_id> nodes = g.nodes_in_order();
  const std::vector<knowledge_graph::edge_id> all_edges = g.edges_in_order();
  const auto& bg = g.graph();

  std::vector<bool> keep_node(g.node_count(), false);
  for (vertex_id v : nodes) keep_node[v] = listed(f.types, g[v].type);

  std::vector<knowledge_graph::edge_id> edges;
  for (auto e : all_edges) {
    const vertex_id s = boost::source(e, bg), t = boost::target(e, bg);
    if (keep_node[s] && keep_node[t] && listed(f.relations, g[e].rel) && (!f.min_weight || g[e].weight >= *f.min_weight))
      edges.push_back(e);
  }

  std::vector<std::size_t> degree(g.node_count(), 0);
  for (auto e : edges) {
    ++degree[boost::source(e, bg)];
    ++degree[boost::target(e, bg)];
  }
  if (f.min_weight || !f.relations.empty())
    for (vertex_id v : nodes) keep_node[v] = keep_node[v] && degree[v] > 0;

  if (f.top) {
    std::vector<vertex_id> ranked;
    for (vertex_id v : nodes)
      if (keep_node[v]) ranked.push_back(v);
    std::stable_sort(ranked.begin(), ranked.end(), [&](vertex_id a, vertex_id b) { return degree[a] > degree[b]; });
    for (std::size_t i = *f.top; i < ranked.size(); ++i) keep_node[ranked[i]] = false;
  }

  knowledge_graph out(g.max_evidence());
  for (const auto& [hash, id] : g.article_names()) out.name_article(id);  // what the kept nodes' mentioned_in names
  for (vertex_id v : nodes)
    if (keep_node[v]) out.add(g[v]);
  for (auto e : edges)
    if (keep_node[boost::source(e, bg)] && keep_node[boost::target(e, bg)])
      out.add(g.source(e).key, g.target(e).key, g[e]);
  return out;
}

std::vector<node_type> parse_node_types(const std::vector<std::string>& names) {
  return parse_names<node_type>(names, all_node_types(), "node type");
}

std::vector<relation> parse_relations(const std::vector<std::string>& names) {
  return parse_names<relation>(names, all_relations(), "relation");
}

}  // namespace newsgraph::cli
