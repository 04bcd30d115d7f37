#include "exporters/reader.hpp"

#include <fstream>
#include <iterator>

#include "exporters/detail/readers.hpp"

namespace newsgraph {

knowledge_graph read_graph(format f, std::istream& in, std::string_view source) {
  std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  if (in.bad()) throw read_error(std::string(source) + ": cannot read");
  switch (f) {
    case format::graphml: return detail::read_graphml(text, source);
    case format::jsonld: return detail::read_jsonld(text, source);
    case format::dot:
    case format::ntriples:
    case format::gexf: break;
  }
  throw read_error(std::string(source) + ": newsgraph reads GraphML and JSON-LD, not " +
                   std::string(name(f)));
}

knowledge_graph read_graph_file(const std::string& path) {
  auto f = format_of_path(path);
  if (!f)
    throw read_error(path + ": unknown format: name it .graphml, .jsonld or .json");
  std::ifstream in(path, std::ios::binary);
  if (!in) throw read_error(path + ": cannot open");
  return read_graph(*f, in, path);
}

}  // namespace newsgraph
