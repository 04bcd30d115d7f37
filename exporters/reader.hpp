#pragma once
// Reading back what newsgraph wrote, for `newsgraph merge`: GraphML and JSON-LD.
#include <cstddef>
#include <functional>
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

/// The default limit on the size of one graph file read back: 1 GiB.
inline constexpr std::size_t default_max_graph_bytes = std::size_t{1} << 30;

/// The deepest nesting of arrays and objects a JSON-LD file may have (newsgraph writes 4).
inline constexpr std::size_t jsonld_max_depth = 256;

/// Receives a warning about a graph file read all the same, naming the file and the place.
using graph_warning_sink = std::function<void(std::string&& message)>;

/// Reads a graph that newsgraph wrote in format `f` (graphml or jsonld; others are a
/// read_error) from `in`; `source` names it in errors. JSON-LD gives back the graph that was
/// written; GraphML keeps only what it carries (the first evidence of each edge, no dates per
/// reading). Throws read_error, also for more than `max_bytes` of input (a file that never
/// ends, such as /dev/zero), for memory exhausted while reading, and for a weight or
/// confidence that is not a finite number. What is read but left out goes to `on_warning`: a
/// second <graph> element or "@graph" key, and an XML declaration of an encoding other than
/// UTF-8 (ISO 8859-1 is decoded from; any other is read as UTF-8).
knowledge_graph read_graph(format f, std::istream& in, std::string_view source,
                           std::size_t max_bytes = default_max_graph_bytes, const graph_warning_sink& on_warning = {});

/// Reads the graph in file `path`, in the format its extension names (see format_of_path).
/// Throws read_error, also when the file cannot be opened.
knowledge_graph read_graph_file(const std::string& path, std::size_t max_bytes = default_max_graph_bytes,
                                const graph_warning_sink& on_warning = {});

}  // namespace newsgraph
