// The JSON-LD reader (newsgraph merge's input) over any bytes: a graph, or a read_error.
#include <sstream>

#include "exporters/reader.hpp"
#include "support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
  try {
    newsgraph::read_graph(newsgraph::format::jsonld, in, "fuzz.jsonld");
  } catch (const newsgraph::read_error&) {
  }
  return 0;
}
