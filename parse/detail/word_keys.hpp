#pragma once
// What the tagger and the parser know of a word by itself, hashed once per word.
#include <cstdint>
#include <string_view>

namespace newsgraph::parse::detail {

/// The hashed views of one word.
struct word_keys {
  std::uint64_t form = 0;       ///< the word as written
  std::uint64_t lower = 0;      ///< ASCII lower case
  std::uint64_t shape = 0;      ///< letters as X/x, digits as d, runs shortened ("Xx", "d,d")
  std::uint64_t prefix = 0;     ///< the first byte, lower case
  std::uint64_t prefix2 = 0, prefix3 = 0;  ///< the first 2 and 3 bytes, lower case (the whole word if shorter)
  std::uint64_t suffix[4] = {}; ///< the last 1 to 4 bytes, lower case (the whole word if shorter)
  std::uint8_t flags = 0;       ///< word_flag bits
};

/// Properties of a word's spelling, bits of word_keys::flags.
enum word_flag : std::uint8_t {
  has_upper = 1,     ///< some ASCII upper-case letter
  first_upper = 2,   ///< begins with an upper-case letter
  has_digit = 4,     ///< some digit
  has_hyphen = 8,    ///< some '-'
  all_upper = 16,    ///< letters all upper case, at least one
  non_ascii = 32,    ///< some byte above 127
};

/// The keys of `word`; no allocation, any bytes.
word_keys make_word_keys(std::string_view word) noexcept;

/// The keys that stand for a position outside the sentence (before the first word, after the last).
word_keys boundary_keys() noexcept;

}  // namespace newsgraph::parse::detail
