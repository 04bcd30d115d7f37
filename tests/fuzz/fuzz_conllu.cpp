// The clause layer's CoNLL-U reader and writer (newsgraph explain --conllu) over any bytes: a
// malformed line is an error naming the line; otherwise every line comes back, word lines
// with ten fields.
#include <sstream>
#include <stdexcept>
#include <string>

#include "extract/extractor.hpp"
#include "support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace newsgraph;
  static const lexicon lex = lexicon::builtin();
  static const extractor ex(lex);
  const std::string input(reinterpret_cast<const char*>(data), size);
  std::istringstream in(input);
  std::ostringstream out;
  try {
    ex.explain_conllu(in, "fuzz", out);
  } catch (const std::runtime_error& e) {
    FUZZ_CHECK(std::string(e.what()).rfind("fuzz:", 0) == 0);
    return 0;
  }
  std::istringstream written(out.str());
  for (std::string line; std::getline(written, line);) {
    if (line.empty() || line[0] == '#') continue;
    std::size_t tabs = 0;
    for (char c : line) tabs += c == '\t';
    FUZZ_CHECK(tabs == 9);
  }
  return 0;
}
