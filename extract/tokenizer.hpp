#pragma once
// Splits normalised article text into word, number and punctuation tokens with byte offsets.
#include <cstddef>
#include <string_view>
#include <vector>

namespace newsgraph {

/// What a token is.
enum class token_kind { word, number, punct };

/// One token: bytes [begin, end) of the text it was read from.
struct token {
  std::size_t begin = 0;
  std::size_t end = 0;
  token_kind kind = token_kind::word;
  bool line_start = false;       ///< first token after a line break (or of the text)
  bool paragraph_start = false;  ///< first token after a blank line (or of the text)

  /// The token's text in `text`, the string it was read from.
  std::string_view in(std::string_view text) const { return text.substr(begin, end - begin); }
};

/// The tokens of UTF-8 `text`, in order. Words keep inner hyphens and dotted abbreviations
/// ("U.N.", "N."), split off possessive "'s"; typographic quotes and dashes are punctuation.
/// Linear in the size of the text.
std::vector<token> tokenize(std::string_view text);

}  // namespace newsgraph
