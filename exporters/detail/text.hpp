#pragma once
// Text helpers every writer and reader shares.
#include <string>
#include <string_view>
#include <vector>

namespace newsgraph::detail {

/// `s` made safe for every output format: invalid UTF-8 sequences become U+FFFD, CR LF and a
/// lone CR become LF, the C0 controls other than tab and LF are dropped, and so are U+FFFE and
/// U+FFFF (XML 1.0 forbids all of these).
std::string clean_text(std::string_view s);

/// `x` to 15 significant digits, the shortest way ("2", "0.85", "0.63" for 0.6299999999999999,
/// "1e-07"): every reader, including JSON-LD processors that print doubles to 16 digits, then
/// reads back the same value.
std::string format_number(double x);

/// Whether `s` is a decimal integer written canonically ("0", "118", "-3"; not "007", "+3",
/// "-0") that fits in 64 bits.
bool is_integer(std::string_view s);

/// `items` joined with `separator`.
std::string join(const std::vector<std::string>& items, std::string_view separator);

/// `s` split at every `separator`; empty pieces dropped.
std::vector<std::string> split(std::string_view s, char separator);

/// `items` as one list value of GraphML or GEXF: joined with `separator`, each '\' and
/// `separator` inside an item written with a '\' before it, so that split_list gives `items` back.
std::string join_list(const std::vector<std::string>& items, char separator);

/// The items of a list value join_list wrote: split at every `separator` without a '\'
/// before it, '\' taken off what it escapes; empty items dropped.
std::vector<std::string> split_list(std::string_view s, char separator);

/// Whether `key` can be a node id in XML (an NMTOKEN) and the end of an IRI: non-empty, made
/// of ASCII letters, digits, '.', '_', ':' and '-'.
bool is_valid_key(std::string_view key);

/// "LINE:COLUMN" (both from 1, the column in bytes) of byte `offset` in `text`.
std::string line_column(std::string_view text, std::size_t offset);

}  // namespace newsgraph::detail
