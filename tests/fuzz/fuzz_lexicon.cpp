// The lexicon loader over any bytes: entries, or a lexicon_error naming file, line and column.
#include "extract/lexicon.hpp"
#include "support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  try {
    newsgraph::lexicon{}.load_text(std::string_view(reinterpret_cast<const char*>(data), size), "fuzz.json");
  } catch (const newsgraph::lexicon_error& e) {
    FUZZ_CHECK(e.file() == "fuzz.json");
  }
  return 0;
}
