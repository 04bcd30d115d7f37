#pragma once
// Plain-text articles.
#include <cstddef>
#include <string>
#include <string_view>

#include "extract/document.hpp"

namespace newsgraph {

/// How many bytes of its first line a title keeps at most (cut at a character boundary).
inline constexpr std::size_t max_title_bytes = 300;

/// An article from plain text: `id` as given, the text normalised (normalize_text), the
/// title its first non-empty line, trimmed, at most max_title_bytes.
document text_document(std::string_view text, std::string id);

/// Gives `doc` the normalised `title` (when not empty) and makes it text of the article, as a
/// plain-text file's first line is: its first paragraph, unless the text's first non-empty
/// line is the title already. Every offset into the text moves by what is put before it.
void set_title(document& doc, std::string_view title);

/// The first non-empty line of normalised `text`, trimmed, at most max_title_bytes.
std::string first_line_title(std::string_view text);

}  // namespace newsgraph
