#pragma once
// Small text helpers shared by the extractor's stages.
#include <string>
#include <string_view>

namespace newsgraph::detail {

/// `s` with ASCII letters lower-cased and typographic apostrophes as ASCII ones.
std::string fold(std::string_view s);
/// Appends fold(s) to `out`.
void fold_into(std::string_view s, std::string& out);
/// `s` with typographic apostrophes and quotes as ASCII ones.
std::string canonical_quotes(std::string_view s);
/// Whether `s` starts with an ASCII capital letter (or a non-ASCII letter, taken as one).
bool is_capitalized(std::string_view s);
/// Whether `s` has at least two letters and no lower-case ASCII letter ("UN", "SEBIN").
bool is_all_caps(std::string_view s);
/// Whether `s` reads as an acronym: 2 to 10 characters, at least two capitals, no spaces,
/// mostly capitals ("ICC", "PdVSA", "U.N.").
bool is_acronym(std::string_view s);
/// `s` without leading and trailing ASCII white space.
std::string_view trim(std::string_view s);

}  // namespace newsgraph::detail
