#pragma once
// Reading a stream up to a size limit, for every reader of files that may be too big or never
// end (articles, lexicons, graphs): one byte past the limit tells the caller it is over.
#include <algorithm>
#include <cstddef>
#include <istream>
#include <string>

namespace newsgraph::detail {

/// Appends to `text` what `in` holds, stopping once `text` is over `max_bytes` (so at most
/// max_bytes + 1 bytes); false when the stream failed while reading, true at its end or the limit.
inline bool read_capped(std::istream& in, std::size_t max_bytes, std::string& text) {
  char buffer[std::size_t{1} << 16];
  while (text.size() <= max_bytes) {
    const std::size_t want = std::min(sizeof buffer, max_bytes + 1 - text.size());
    in.read(buffer, static_cast<std::streamsize>(want));
    const auto got = static_cast<std::size_t>(in.gcount());
    text.append(buffer, got);
    if (in.bad()) return false;
    if (got < want) break;
  }
  return true;
}

}  // namespace newsgraph::detail
