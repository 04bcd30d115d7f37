#pragma once
// The knowledge graph: a Boost.Graph adjacency_list with bundled node and edge properties,
// which merges entities by canonical key and edges by (subject, relation, object, mode).
#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <boost/graph/adjacency_list.hpp>

#include "graph/detail/edge_index.hpp"
#include "graph/detail/key_index.hpp"
#include "graph/edge.hpp"
#include "graph/node.hpp"

namespace newsgraph {

/// A directed multigraph of entities and relations. Nodes are never removed, so vertex and
/// edge descriptors stay valid for the graph's lifetime. Not thread-safe for writing; any
/// number of readers may share a graph nobody writes.
class knowledge_graph {
 public:
  using graph_type = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, node, edge>;
  using vertex_id = graph_type::vertex_descriptor;
  using edge_id = graph_type::edge_descriptor;

  /// How many readings of one edge keep their evidence; weight and docs count them all.
  static constexpr std::size_t default_max_evidence = 8;

  knowledge_graph() : knowledge_graph(default_max_evidence) {}
  /// A graph that keeps at most `max_evidence` pieces of evidence per edge.
  explicit knowledge_graph(std::size_t max_evidence);
  /// A deep copy.
  knowledge_graph(const knowledge_graph& other);
  knowledge_graph& operator=(const knowledge_graph& other);
  /// Takes other's nodes and edges without copying them; other is left empty.
  knowledge_graph(knowledge_graph&& other);
  knowledge_graph& operator=(knowledge_graph&& other);
  ~knowledge_graph();

  /// Adds `n`, or merges it into the node with the same key; returns that node.
  vertex_id add(node n);

  /// Adds `e` from the node keyed `subject` to the node keyed `object` (both must exist), or
  /// merges it into the edge with the same (subject, relation, object, mode): weights add (a
  /// sum past max_weight stays at it), evidence is appended, docs united, confidence is
  /// the highest. A symmetric relation is stored once, from the smaller key to the larger.
  edge_id add(std::string_view subject, std::string_view object, edge e);
  /// As add(subject, object, e), between two nodes already in this graph.
  edge_id add(vertex_id subject, vertex_id object, edge e) { return add_between(subject, object, std::move(e)); }

  /// Merges every node and edge of `other` into this graph, as add() would one by one.
  void merge(const knowledge_graph& other);
  /// As merge(const knowledge_graph&), moving rather than copying what other holds (every node
  /// and edge ends up the same; only vertex numbering may differ); other is left empty.
  void merge(knowledge_graph&& other);

  /// The node with this key, if any.
  std::optional<vertex_id> find(std::string_view key) const;
  /// The edge (subject, relation, object, mode), if any.
  std::optional<edge_id> find(std::string_view subject, relation r, std::string_view object,
                              mode m) const;

  const node& operator[](vertex_id v) const { return (*g_)[v]; }
  const edge& operator[](edge_id e) const { return (*g_)[e]; }
  /// Mutable access for the extractor's finishing touches; a node's key must not change.
  node& operator[](vertex_id v) { return (*g_)[v]; }

  const node& source(edge_id e) const { return (*g_)[boost::source(e, *g_)]; }
  const node& target(edge_id e) const { return (*g_)[boost::target(e, *g_)]; }

  std::size_t node_count() const { return boost::num_vertices(*g_); }
  std::size_t edge_count() const { return boost::num_edges(*g_); }
  bool empty() const { return node_count() == 0; }

  /// The nodes sorted by key: the canonical order every exporter writes.
  std::vector<vertex_id> nodes_in_order() const;
  /// The edges sorted by (source key, relation, target key, mode): the canonical order.
  std::vector<edge_id> edges_in_order() const;

  /// Remembers the id of an article, so that nodes' mentioned_in, which hold its article_hash,
  /// can be named.
  void name_article(std::string_view id);
  /// Every article id remembered (name_article, and those of the graphs merged in), by article_hash.
  const std::unordered_map<std::uint64_t, std::string>& article_names() const { return articles_; }

  /// The underlying Boost graph, for Boost.Graph algorithms.
  const graph_type& graph() const { return *g_; }
  std::size_t max_evidence() const { return max_evidence_; }

 private:
  using edge_key = detail::edge_index<edge_id>::key;
  static edge_key key_of(vertex_id s, relation r, vertex_id o, mode m) {
    return {s, o, static_cast<std::uint32_t>(r) << 8 | static_cast<std::uint32_t>(m)};
  }
  edge_id add_between(vertex_id s, vertex_id o, edge e);
  edge_id insert_between(vertex_id s, vertex_id o, edge&& e);  // add_between for an edge that needs no normalising
  vertex_id add_hashed(node&& n, std::uint64_t key_hash);

  std::unique_ptr<graph_type> g_;  // behind a pointer: Boost 1.74's adjacency_list cannot move
  detail::key_index by_key_;
  detail::edge_index<edge_id> by_edge_;
  std::unordered_map<std::uint64_t, std::string> articles_;  // article_hash -> article id
  std::size_t max_evidence_ = default_max_evidence;
};

/// Folds the readings of `from` into `into` (same subject, relation, object and mode),
/// keeping at most `max_evidence` pieces of evidence.
void merge_into(edge& into, const edge& from, std::size_t max_evidence);

}  // namespace newsgraph
