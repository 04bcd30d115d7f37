#pragma once
// Reading and writing CoNLL-U, keeping every line so that a sentence can be written back
// with some columns replaced.
#include <cstdint>
#include <istream>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace newsgraph::parse::detail {

/// A word line's fields.
struct conllu_word {
  std::size_t line = 0;  ///< index into conllu_sentence::lines
  std::string form, upos, xpos, deprel;
  std::int32_t head = -1;  ///< 0-based index of the head word, -1 for the root or when not given
};

/// One sentence: all its lines as read, and the word lines among them (ranges and empty
/// nodes are lines but not words).
struct conllu_sentence {
  std::vector<std::string> lines;
  std::vector<conllu_word> words;
};

/// Reads the next sentence of `in`, or nothing at the end; `name` and `line_number` (the
/// lines read so far, updated) make the std::runtime_error thrown for a malformed line.
std::optional<conllu_sentence> read_conllu(std::istream& in, const std::string& name, std::size_t& line_number);

/// Reads a whole file; throws std::runtime_error naming the file.
std::vector<conllu_sentence> read_conllu_file(const std::string& path);

/// Splits a line at tabs.
std::vector<std::string_view> split_tabs(std::string_view line);

}  // namespace newsgraph::parse::detail
