#include "exporters/reader.hpp"

#include <fstream>
#include <new>

#include "exporters/detail/readers.hpp"
#include "graph/detail/read_capped.hpp"

namespace newsgraph {

knowledge_graph read_graph(format f, std::istream& in, std::string_view source, std::size_t max_bytes,
                           const graph_warning_sink& on_warning) {
  if (f != format::graphml && f != format::jsonld)
    throw read_error(std::string(source) + ": newsgraph reads GraphML and JSON-LD, not " +
                     std::string(name(f)));
  try {
    std::string text;
    if (!detail::read_capped(in, max_bytes, text)) throw read_error(std::string(source) + ": cannot read");
    if (text.size() > max_bytes)
      throw read_error(std::string(source) + ": bigger than the limit of " + std::to_string(max_bytes) +
                       " bytes (--max-graph-bytes)");
    return f == format::graphml ? detail::read_graphml(text, source, on_warning)
                                : detail::read_jsonld(text, source, on_warning);
  } catch (const std::bad_alloc&) {
    throw read_error(std::string(source) + ": out of memory while reading it");
  }
}

knowledge_graph read_graph_file(const std::string& path, std::size_t max_bytes, const graph_warning_sink& on_warning) {
  auto f = format_of_path(path);
  if (!f)
    throw read_error(path + ": unknown format: name it .graphml, .jsonld or .json");
  std::ifstream in(path, std::ios::binary);
  if (!in) throw read_error(path + ": cannot open");
  return read_graph(*f, in, path, max_bytes, on_warning);
}

}  // namespace newsgraph
