#pragma once
// Reading back what newsgraph wrote, for `newsgraph merge`: GraphML and JSON-LD.
#include <istream>
#include <stdexcept>
#include <string>
#include <string_view>

#include "exporters/writer.hpp"
#include "graph/knowledge_graph.hpp"

namespace newsgraph {

/// A file that cannot be read as a graph; what() names the file, where and the problem
/// ("out.graphml:12:7: edge e3: unknown relation 'likes'").
class read_error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// Reads a graph that newsgraph wrote in format `f` (graphml or jsonld; others are a
/// read_error) from `in`; `source` names it in errors. JSON-LD gives back the graph that was
/// written; GraphML keeps only what it carries (the first evidence of each edge, no dates per
/// reading). Throws read_error.
knowledge_graph read_graph(format f, std::istream& in, std::string_view source);

/// Reads the graph in file `path`, in the format its extension names (see format_of_path).
/// Throws read_error, also when the file cannot be opened.
knowledge_graph read_graph_file(const std::string& path);

}  // namespace newsgraph
