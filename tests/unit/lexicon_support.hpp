#pragma once
// Test helpers shared by the lexicon tests: where the lexicons are, the shipped lexicon loaded
// once, and the message a bad lexicon file or text throws.
#include <filesystem>
#include <string>
#include <string_view>

#include "extract/lexicon.hpp"

namespace newsgraph::test {

/// Where the lexicons newsgraph ships live.
inline const std::filesystem::path builtin_lexicon_dir =
    std::filesystem::path(NEWSGRAPH_SOURCE_DIR) / "extract" / "lexicon";

/// Where the test lexicons (good and bad) live.
inline const std::filesystem::path lexicon_data_dir =
    std::filesystem::path(NEWSGRAPH_SOURCE_DIR) / "tests" / "data" / "lexicon";

/// The shipped lexicon, loaded once.
inline const lexicon& shipped() {
  static const lexicon lex = lexicon::builtin(builtin_lexicon_dir);
  return lex;
}

/// The message of the lexicon_error that loading `file` from lexicon_data_dir throws, or "no error".
inline std::string load_error(const std::string& file) {
  lexicon lex;
  try {
    lex.load_file(lexicon_data_dir / file);
  } catch (const lexicon_error& e) {
    return e.what();
  }
  return "no error";
}

/// The message of the lexicon_error that loading `json` (named "inline") throws, or "no error".
inline std::string text_error(std::string_view json) {
  lexicon lex;
  try {
    lex.load_text(json, "inline");
  } catch (const lexicon_error& e) {
    return e.what();
  }
  return "no error";
}

}  // namespace newsgraph::test
