#include "exporters/reader.hpp"

#include <algorithm>
#include <fstream>
#include <new>
#include <vector>

#include "exporters/detail/readers.hpp"

namespace newsgraph {

namespace {

// At most max_bytes + 1 bytes of `in`: one more than the limit says that it is over.
std::string read_capped(std::istream& in, std::size_t max_bytes, std::string_view source) {
  std::string text;
  std::vector<char> buffer(std::size_t{1} << 16);
  while (text.size() <= max_bytes) {
    const std::size_t want = std::min(buffer.size(), max_bytes + 1 - text.size());
    in.read(buffer.data(), static_cast<std::streamsize>(want));
    const auto got = static_cast<std::size_t>(in.gcount());
    text.append(buffer.data(), got);
    if (in.bad()) throw read_error(std::string(source) + ": cannot read");
    if (got < want) break;
  }
  return text;
}

}  // namespace

knowledge_graph read_graph(format f, std::istream& in, std::string_view source, std::size_t max_bytes) {
  if (f != format::graphml && f != format::jsonld)
    throw read_error(std::string(source) + ": newsgraph reads GraphML and JSON-LD, not " +
                     std::string(name(f)));
  try {
    const std::string text = read_capped(in, max_bytes, source);
    if (text.size() > max_bytes)
      throw read_error(std::string(source) + ": bigger than the limit of " + std::to_string(max_bytes) +
                       " bytes (--max-graph-bytes)");
    return f == format::graphml ? detail::read_graphml(text, source) : detail::read_jsonld(text, source);
  } catch (const std::bad_alloc&) {
    throw read_error(std::string(source) + ": out of memory while reading it");
  }
}

knowledge_graph read_graph_file(const std::string& path, std::size_t max_bytes) {
  auto f = format_of_path(path);
  if (!f)
    throw read_error(path + ": unknown format: name it .graphml, .jsonld or .json");
  std::ifstream in(path, std::ios::binary);
  if (!in) throw read_error(path + ": cannot open");
  return read_graph(*f, in, path, max_bytes);
}

}  // namespace newsgraph
