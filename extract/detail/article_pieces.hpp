#pragma once
// Where a very long article is cut, so that it is read piece by piece in bounded memory.
#include <cstddef>
#include <string_view>

namespace newsgraph::detail {

/// The end of the piece of `text` that begins at `begin` and is at most `max` bytes long (the
/// end of the text if it is nearer): after the last paragraph break in the piece's second half,
/// else the last line break there, else the last sentence end (". ", "? ", "! "), else the last
/// space; with none of these, `max` bytes on, moved back to the start of a UTF-8 character.
std::size_t piece_end(std::string_view text, std::size_t begin, std::size_t max);

}  // namespace newsgraph::detail
