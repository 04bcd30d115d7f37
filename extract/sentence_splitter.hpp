#pragma once
// Splits a token sequence into sentences, around abbreviations, quotes and line structure.
#include <cstddef>
#include <string_view>
#include <vector>

#include "extract/tokenizer.hpp"

namespace newsgraph {

/// One sentence: tokens [first, last) and bytes [begin, end) of the text.
struct sentence {
  std::size_t first = 0;
  std::size_t last = 0;
  std::size_t begin = 0;
  std::size_t end = 0;
};

/// The sentences of `text`, whose tokens are `tokens`. A sentence ends at . ! ? (and any
/// closing quotes or brackets after it) before a capital, digit or opening quote, except
/// after an abbreviation (Mr., Feb., a single initial); at a blank line; and at a line
/// break unless the line before ends mid-phrase (a lower-case word, comma, hyphen, "of").
/// A dateline that opens a line ("PLACE, DATE (AGENCY) --") is a sentence of its own.
std::vector<sentence> split_sentences(std::string_view text, const std::vector<token>& tokens);

}  // namespace newsgraph
