// The extractor over any bytes, read as the command line reads a text file: valid UTF-8 text
// that normalising again leaves alone, and every edge's evidence the sentence at its offsets.
#include "extract/extractor.hpp"
#include "ingest/normalize.hpp"
#include "ingest/text_reader.hpp"
#include "support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace newsgraph;
  static const lexicon lex = lexicon::builtin();
  static const extractor ex(lex);
  document doc = text_document(decode_input(std::string(reinterpret_cast<const char*>(data), size)), "fuzz");
  FUZZ_CHECK(fuzz::valid_utf8(doc.text) && normalize_text(doc.text) == doc.text);
  knowledge_graph g = ex.extract(doc);
  for (auto e : g.edges_in_order())
    for (const provenance& p : g[e].evidence)
      FUZZ_CHECK(p.start <= p.end && p.end <= doc.text.size() && doc.text.substr(p.start, p.end - p.start) == p.sentence);
  return 0;
}
