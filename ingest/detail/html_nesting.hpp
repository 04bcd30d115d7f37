#pragma once
// A guard in front of the HTML parser: gumbo 0.10 spends time quadratic in the nesting depth
// (every start tag scans the stack of open elements), so 100k nested <div>s would take minutes.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace newsgraph::detail {

/// The nesting depth HTML may reach before limit_html_nesting flattens it; browsers stop at 512.
inline constexpr std::size_t max_html_nesting = 512;

/// `html` with the start tags that would nest deeper than `max_depth`, and their end tags,
/// removed (their text stays), or nullopt when it nests no deeper. One linear pass with a
/// lexer that knows comments, raw-text elements (script, style, ...), quoted attributes, void
/// elements and elements whose end tag may be left out (p, li, td, ...); its depth is an
/// estimate, never lower than the parser's for the elements it counts.
std::optional<std::string> limit_html_nesting(std::string_view html, std::size_t max_depth = max_html_nesting);

}  // namespace newsgraph::detail
