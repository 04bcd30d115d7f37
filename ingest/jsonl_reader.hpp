#pragma once
// JSON Lines corpora: one article a line, as scrapers and dataset tools write them.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "extract/document.hpp"

namespace newsgraph {

/// One JSON Lines record read as an article, or why it could not be.
struct jsonl_record {
  std::optional<document> doc;  ///< the article, when the record is one
  bool id_given = false;        ///< whether its id is the record's "id" (else default_id)
  std::string problem;          ///< otherwise what is wrong with it ("3: missing a comma ..." gives the column)
};

/// The deepest nesting of arrays and objects a record may have (the fields read are at depth 1).
inline constexpr std::size_t jsonl_max_depth = 256;

/// Reads one line: a JSON object with "text" (plain text) or "html" (a page, read with
/// read_html), and optional string fields "id" (a number is accepted too), "title", "date" and
/// "url"; other fields are ignored. Given fields win over what the page says; without "id" the
/// article is `default_id`. A "title" is text of the article (set_title: its first paragraph,
/// unless the text starts with it); without one the title is the first non-empty line of its text.
/// The problem of a bad line names the column ("column 12: ..."), not the file or line; nesting
/// deeper than jsonl_max_depth is a problem at the bracket that goes too deep.
jsonl_record parse_jsonl_record(std::string_view line, std::string default_id);

}  // namespace newsgraph
