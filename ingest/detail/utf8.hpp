#pragma once
// UTF-8 decoding and encoding for the readers: byte-exact, no locale, no allocation.
#include <cstddef>
#include <string>
#include <string_view>

namespace newsgraph::detail {

/// One step of decoding: a code point, or an ill-formed sequence to replace by U+FFFD.
struct utf8_step {
  char32_t code_point = 0;  ///< the decoded code point; U+FFFD when !valid
  std::size_t length = 0;   ///< bytes consumed, at least 1 on non-empty input
  bool valid = false;       ///< whether the bytes were a well-formed sequence
};

/// Decodes the code point at the start of non-empty `s`. An ill-formed sequence consumes its
/// maximal subpart (Unicode 15, section 3.9: one U+FFFD per maximal subpart), at least 1 byte.
utf8_step decode_utf8(std::string_view s) noexcept;

/// Appends the UTF-8 encoding of `cp` (a Unicode scalar value) to `out`.
void append_utf8(std::string& out, char32_t cp);

/// Whether `s` is well-formed UTF-8 throughout.
bool is_valid_utf8(std::string_view s) noexcept;

/// The longest prefix of `s` of at most `max_bytes` bytes that does not end inside a
/// well-formed multi-byte sequence.
std::string_view utf8_prefix(std::string_view s, std::size_t max_bytes) noexcept;

/// UTF-16 text (little- or big-endian, without its byte order mark) as UTF-8; unpaired
/// surrogates and a trailing odd byte become U+FFFD.
std::string utf16_to_utf8(std::string_view bytes, bool little_endian);

}  // namespace newsgraph::detail
