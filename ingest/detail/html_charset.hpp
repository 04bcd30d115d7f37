#pragma once
// The character encoding an HTML page declares, and the one besides UTF-8 that ingest decodes.
#include <string>
#include <string_view>

namespace newsgraph::detail {

/// The charset the first 1024 bytes of `html` declare in a <meta charset> or a <meta
/// http-equiv="Content-Type" content="...; charset=X">, lower-cased; empty if none.
std::string declared_charset(std::string_view html);

/// Whether `charset` is a label HTML reads as windows-1252 (iso-8859-1, latin1, us-ascii, ...).
bool is_windows_1252(std::string_view charset) noexcept;

/// `bytes` in windows-1252, as UTF-8.
std::string windows_1252_to_utf8(std::string_view bytes);

}  // namespace newsgraph::detail
