#pragma once
// Text normalisation: every reader passes an article's text through normalize_text, and every
// offset newsgraph reports (sentence start and end in edge provenance) is a byte offset into
// the normalised text, never into the bytes of the input file.
#include <cstddef>
#include <string>
#include <string_view>

namespace newsgraph {

/// `text` as clean UTF-8, in one linear pass: each ill-formed UTF-8 sequence (maximal subpart)
/// becomes U+FFFD, as do U+FFFE and U+FFFF; CRLF and CR become LF, and so do VT, FF, U+0085,
/// U+2028 and U+2029; every other C0 control but TAB and LF, DEL, the C1 controls and every
/// U+FEFF (byte order mark, zero-width no-break space) are removed.
std::string normalize_text(std::string_view text);

/// How many leading bytes looks_binary() inspects.
inline constexpr std::size_t binary_sniff_bytes = 8 * 1024;

/// Whether bytes that should be text look like a binary file: within the first
/// binary_sniff_bytes, a NUL byte, or more than one byte in ten a control character other than
/// TAB, LF, CR, FF and ESC. UTF-16 with a byte order mark counts as text (see decode_input).
bool looks_binary(std::string_view bytes) noexcept;

/// The raw bytes of a text input as UTF-8 (not yet normalised): UTF-16 with a byte order
/// mark is converted, anything else is returned as it is.
std::string decode_input(std::string&& bytes);

}  // namespace newsgraph
