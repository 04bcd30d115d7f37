#pragma once
// Writing a knowledge graph out: one small event interface (begin_graph, node, edge,
// end_graph) with one writer per format behind it, each writing to a std::ostream.
#include <cstddef>
#include <memory>
#include <optional>
#include <utility>
#include <map>
#include <ostream>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "graph/knowledge_graph.hpp"

namespace newsgraph {

/// The formats newsgraph writes.
enum class format { graphml, jsonld, dot, ntriples, gexf };

/// The format's name as the command line spells it: "graphml", "jsonld", "dot", "nt", "gexf".
std::string_view name(format f) noexcept;
/// The format called `s`, in any case: a name(format), or "ntriples" or "json-ld".
std::optional<format> parse_format(std::string_view s) noexcept;
/// The file extension of the format, with its dot: ".graphml", ".jsonld", ".dot", ".nt", ".gexf".
std::string_view extension(format f) noexcept;
/// The format whose extension(format) ends `path`, in any case, if any (".json" counts as JSON-LD).
std::optional<format> format_of_path(std::string_view path) noexcept;

/// A node attribute (node::attributes) as the graph carries it.
struct attribute_info {
  std::string name;       ///< as the writers spell it: see exported_name()
  bool integral = false;  ///< whether every value of it in the graph is a decimal integer

  friend bool operator==(const attribute_info&, const attribute_info&) = default;
};

/// What a writer learns before the first node: enough to declare attributes and draw a legend.
struct graph_info {
  std::size_t node_count = 0;
  std::size_t edge_count = 0;
  std::vector<node_type> node_types;         ///< the node types present, in declaration order
  std::vector<relation> relations;           ///< the relations present, in declaration order
  std::vector<mode> modes;                   ///< the modes present, in declaration order
  std::vector<attribute_info> attributes;    ///< node attributes present, sorted by name
  std::vector<std::string> qualifiers;       ///< edge qualifiers: action, by, of, role and any other present, sorted
  std::size_t max_degree = 0;                ///< the highest degree (in + out) of any node
  std::string first_date;                    ///< the earliest edge first_date, "" when no edge has one
  std::string last_date;                     ///< the latest edge last_date, "" when no edge has one
  /// The ids of the articles nodes' mentioned_in hold by hash (knowledge_graph::article_names);
  /// none: mentions per article are not written.
  const std::unordered_map<std::uint64_t, std::string>* article_names = nullptr;
};

/// Receives a graph as events: begin_graph once, node for every node, edge for every edge
/// (after all nodes; both ends were given to node before), then end_graph once. A writer
/// writes to the stream it was made with; the output is complete only after end_graph.
class graph_writer {
 public:
  virtual ~graph_writer() = default;
  /// Starts the graph; `info` describes all that follows.
  virtual void begin_graph(const graph_info& info) = 0;
  /// One node, with its degree (edges in and out).
  virtual void node(const newsgraph::node& n, std::size_t degree) = 0;
  /// One edge from `source` to `target`.
  virtual void edge(const newsgraph::node& source, const newsgraph::node& target,
                    const newsgraph::edge& e) = 0;
  /// Finishes the graph and flushes the output.
  virtual void end_graph() = 0;
};

/// How the pictures are drawn; the formats that are data (GraphML, GEXF, JSON-LD, N-Triples)
/// always hold the whole graph, and so does DOT unless asked to leave nodes out.
struct write_options {
  bool isolated_nodes = true;  ///< DOT: draw the nodes that have no edge (false leaves them out of the picture)
};

/// A writer of format `f` to `out`, which must outlive it.
std::unique_ptr<graph_writer> make_writer(format f, std::ostream& out, const write_options& options = {});

/// What a graph carries, as write() tells it to begin_graph.
graph_info describe(const knowledge_graph& g);

/// Feeds `g` to `w` in the canonical order: nodes by key, then edges by (source key, relation,
/// target key, mode).
void write(const knowledge_graph& g, graph_writer& w);

/// Writes `g` to `out` in format `f`.
void write(const knowledge_graph& g, format f, std::ostream& out, const write_options& options = {});

/// The name under which a node attribute or edge qualifier is written: letters, digits, '_',
/// '-' and '.' kept, anything else made '_', a leading non-letter prefixed with "a_"; nullopt
/// when it would collide with a field every writer writes (a node attribute called "label", a
/// relation name, a qualifier called "mode"...), which is then not written.
std::optional<std::string> exported_name(std::string_view name, bool qualifier);

/// A node's attributes (or an edge's qualifiers) under their exported names, in key order. When
/// two names export alike ("a b", "a_b") the first keeps the name, so every written name has
/// one value and the graph reads back as it was written.
std::vector<std::pair<std::string, std::string_view>> exported(const std::map<std::string, std::string>& values,
                                                               bool qualifier);

}  // namespace newsgraph
