#pragma once
// DOT quoting, shared by the DOT writer and its tests.
#include <cstddef>
#include <string>
#include <string_view>

namespace newsgraph::detail {

/// `s` as a quoted DOT string that Graphviz displays as `s`: control characters stripped (see
/// clean_text), backslash and quote escaped, a line break written as Graphviz's centred line
/// break \n, and an '&' that Graphviz would take for the start of an HTML entity ("&#1;",
/// "&amp;") written as "&amp;". A string too long for Graphviz is cut at a character, so that the
/// quoted string stays under dot_max_quoted bytes, and ends in an ellipsis, "…".
std::string dot_quote(std::string_view s);

/// The longest quoted string dot_quote writes, quotes included: Graphviz's scanner refuses a
/// string of 16384 bytes or more ("longer than 16384?").
inline constexpr std::size_t dot_max_quoted = 16000;

}  // namespace newsgraph::detail
