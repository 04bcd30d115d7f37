#pragma once
// Small text helpers shared by the extractor's stages.
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

/// `s` with ASCII letters lower-cased and typographic apostrophes as ASCII ones.
std::string fold(std::string_view s);
/// Appends fold(s) to `out`.
void fold_into(std::string_view s, std::string& out);
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
