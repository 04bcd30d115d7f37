// The JSON Lines reader over any bytes, as one line: an article whose every field is valid
// UTF-8, or a problem that says what is wrong.
#include "ingest/jsonl_reader.hpp"
#include "support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using newsgraph::fuzz::valid_utf8;
  auto r = newsgraph::parse_jsonl_record(std::string_view(reinterpret_cast<const char*>(data), size), "fuzz:1");
  FUZZ_CHECK(r.doc ? valid_utf8(r.doc->id) && valid_utf8(r.doc->title) && valid_utf8(r.doc->date) &&
                         valid_utf8(r.doc->url) && valid_utf8(r.doc->text)
                   : !r.problem.empty());
  return 0;
}
