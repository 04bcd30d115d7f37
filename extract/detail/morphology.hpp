#pragma once
// Regular English inflection, enough to expand the lexicons' trigger lemmas into the forms
// that appear in news text. Irregular verbs are data (the lexicon section irregular_verbs,
// extract/lexicon/verbs.json), not guessed here.
#include <string>
#include <string_view>
#include <vector>

namespace newsgraph::detail {

/// Third person singular present of a one-word verb: urge -> urges, push -> pushes, deny -> denies, veto -> vetoes.
std::string third_person(std::string_view verb);
/// Past tense and past participle of a regular one-word verb: urge -> urged, deny -> denied, slam -> slammed.
std::string past_tense(std::string_view verb);
/// Present participle of a one-word verb: urge -> urging, slam -> slamming, deny -> denying, tie -> tying.
std::string present_participle(std::string_view verb);
/// Plural of a one-word noun: criticism -> criticisms, sanction -> sanctions, embargo -> embargoes, policy -> policies.
std::string plural(std::string_view noun);

/// A verb phrase and its regular forms, first word inflected, lower case, without repeats:
/// "push for" -> {"push for", "pushes for", "pushed for", "pushing for"}.
std::vector<std::string> verb_forms(std::string_view lemma);
/// A noun phrase and its plural, lower case: the head word is pluralised, which is the word
/// before the first preposition if there is one, else the last ("call for" -> "calls for",
/// "arms embargo" -> "arms embargoes").
std::vector<std::string> noun_forms(std::string_view lemma);

/// ASCII lower case of `s`, other bytes unchanged.
std::string lower_ascii(std::string_view s);

}  // namespace newsgraph::detail
