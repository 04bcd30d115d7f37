#pragma once
// Small text helpers shared by the extractor's stages.
#include <cstddef>
#include <string>
#include <string_view>

namespace newsgraph::detail {

/// A string_view whose comparison with a string literal checks the length first and then
/// compares a length known when compiling, which the compiler turns into a few instructions;
/// the reader compares words with literals all the time.
struct word_view : std::string_view {
  using std::string_view::string_view;
  constexpr word_view(std::string_view s) noexcept : std::string_view(s) {}
  template <std::size_t N>
  constexpr bool operator==(const char (&literal)[N]) const noexcept {
    return size() == N - 1 && std::char_traits<char>::compare(data(), literal, N - 1) == 0;
  }
};

/// Whether a punctuation token is a dash: "-", "--", an en dash or an em dash.
inline bool is_dash(std::string_view w) { return w == "-" || w == "--" || w == "\u2013" || w == "\u2014"; }

/// Whether s[at] starts a typographic apostrophe (U+2018, U+2019), which folds from three
/// bytes to one.
inline bool is_curly_apostrophe(std::string_view s, std::size_t at) {
  return at + 2 < s.size() && s[at] == '\xE2' && s[at + 1] == '\x80' && (s[at + 2] == '\x98' || s[at + 2] == '\x99');
}
/// `s` with ASCII letters lower-cased and typographic apostrophes as ASCII ones.
std::string fold(std::string_view s);
/// Appends fold(s) to `out`.
void fold_into(std::string_view s, std::string& out);
/// Writes fold(s) from `out`, which has room for s.size() bytes (folding never lengthens);
/// returns the end of what it wrote. Inline: the reader folds every token with it.
inline char* fold_to(std::string_view s, char* out) {
  char* const first = out;
  bool quotes = false;
  for (char c : s) {
    *out++ = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    quotes |= c == '\xE2';
  }
  if (!quotes) return out;
  // Curly apostrophes become ASCII ones, three bytes to one: the general way, rarely taken.
  out = first;
  for (std::size_t i = 0; i < s.size();) {
    if (is_curly_apostrophe(s, i)) {
      *out++ = '\'';
      i += 3;
    } else {
      const char c = s[i++];
      *out++ = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
  }
  return out;
}

/// `s` with typographic apostrophes and quotes as ASCII ones.
std::string canonical_quotes(std::string_view s);
/// Whether `s` starts with an ASCII capital letter (or, taken as one, a two-byte Latin letter from À to Ş).
inline bool is_capitalized(std::string_view s) {
  if (s.empty()) return false;
  auto c = static_cast<unsigned char>(s[0]);
  return (c >= 'A' && c <= 'Z') || (c >= 0xC3 && c <= 0xC5 && s.size() > 1 &&
                                    static_cast<unsigned char>(s[1]) >= 0x80 && static_cast<unsigned char>(s[1]) <= 0x9E);
}
/// Whether `s` has at least two letters and no lower-case ASCII letter ("UN", "SEBIN").
bool is_all_caps(std::string_view s);
/// Whether `s` reads as an acronym: 2 to 10 characters, at least two capitals, no spaces,
/// mostly capitals ("ICC", "PdVSA", "U.N.").
bool is_acronym(std::string_view s);
/// `s` without leading and trailing ASCII white space.
std::string_view trim(std::string_view s);

}  // namespace newsgraph::detail
