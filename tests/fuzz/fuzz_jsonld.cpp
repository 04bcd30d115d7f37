// The JSON-LD writer, fed a graph of fuzzed text: strict JSON in valid UTF-8, which read_graph
// reads back with every node and edge. The writers clean text (a value of control characters
// only comes back empty, then absent), so what must hold is that after two rounds of writing
// and reading, a third changes nothing.
#include <sstream>
#include <utility>

#include <rapidjson/document.h>

#include "exporters/reader.hpp"
#include "support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace newsgraph;
  knowledge_graph g = fuzz::fuzzed_graph(data, size);
  std::string json = fuzz::written(g, format::jsonld);
  rapidjson::Document doc;
  doc.Parse<rapidjson::kParseValidateEncodingFlag>(json.data(), json.size());
  FUZZ_CHECK(!doc.HasParseError() && doc.IsObject());
  auto round_trip = [](const std::string& text) {
    std::istringstream in(text);
    knowledge_graph back = read_graph(format::jsonld, in, "fuzz.jsonld");
    return std::pair(back.node_count() + back.edge_count(), fuzz::written(back, format::jsonld));
  };
  auto [count, once] = round_trip(json);
  FUZZ_CHECK(count == g.node_count() + g.edge_count());
  std::string twice = round_trip(once).second;
  FUZZ_CHECK(round_trip(twice).second == twice);
  return 0;
}
