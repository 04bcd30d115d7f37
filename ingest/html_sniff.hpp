#pragma once
// Telling an HTML page from plain text by its start, for input that has no file name to go
// by (standard input).
#include <string_view>

namespace newsgraph {

/// Whether `text` starts as an HTML page does: after a byte order mark, white space, an XML
/// declaration and comments, `<!DOCTYPE html` or an `<html` tag, in any case.
bool looks_like_html(std::string_view text) noexcept;

}  // namespace newsgraph
