// The HTML reader over any bytes: an article whose every field is valid UTF-8.
#include "ingest/html_reader.hpp"
#include "support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using newsgraph::fuzz::valid_utf8;
  auto page = newsgraph::read_html(std::string_view(reinterpret_cast<const char*>(data), size));
  FUZZ_CHECK(valid_utf8(page.text) && valid_utf8(page.title) && valid_utf8(page.date) && valid_utf8(page.url));
  return 0;
}
