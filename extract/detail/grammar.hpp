#pragma once
// The word classes of news English that the reader's patterns are written in terms of. The
// grammar's closed classes (prepositions, determiners, forms of "be", pronouns, clause
// openers, honorifics, months, name particles, number words) are listed in grammar.cpp; the
// open ones (actor and person nouns, speech verbs, event nouns, ...) are data, in the
// lexicon's word_classes section (extract/lexicon/word_classes.json), which --lexicon extends.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace newsgraph::detail {

/// Word classes, each tested on a folded (lower-case) word.
enum class word_class {
  preposition,     ///< of, by, in, from, with, to, against, ...
  determiner,      ///< the, a, an, its, their, this, all, ...
  be,              ///< is, was, were, are, be, been, being
  clause_opener,   ///< that, which, who, while, but, because, although, ...
  actor_noun,      ///< officials, government, authorities, leadership, forces, ... (after a state)
  person_noun,     ///< journalist, activist, lawyer, opposition leader, ... (apposition of a person)
  speech_verb,     ///< said, told, added, warned, ...
  event_noun,      ///< call, proposal, decision, move, plan, ... ("a call by X": X is the target)
  wrongdoing,      ///< abuses, crimes, violations, atrocities, torture, ...
  honorific,       ///< mr, mrs, ms, dr, prof
  calendar,        ///< months and weekdays
  name_particle,   ///< de, da, van, von, bin, al, ...
  org_head,        ///< assembly, council, court, ministry, department, agency, party, ...
  state_noun,      ///< country, nation, state, kingdom, republic, regime, government
  resolution_noun, ///< resolution, measure, motion, draft, bill, text
  report_noun,     ///< report, study
  leader_noun,     ///< regime, administration, government (after a leader's name: "the Maduro regime")
  adverb,          ///< also, strongly, widely, firmly, ... (skipped between subject and verb)
  pronoun_it,      ///< it, its
  pronoun_he,      ///< he, his, him, she, her
  pronoun_we,      ///< we, our, us
  pronoun_they,    ///< they, their, them
  number_word,     ///< none, zero, one, ... twenty
  harm_noun,       ///< arrest, detention, killing, sentencing, ... (what is done to someone: "the arrest of X")
  compound_head,   ///< warrant, centre, facility, camp, ... (after an event noun, names a thing: "arrest warrant")
  group_noun,      ///< sides, countries, neighbours, parties, ... (counted: "the two sides", "both countries")
  group_kind,      ///< rights, rebel, armed, jihadist, ... (what a group is: "the rights group X", "the M23 rebel group")
  group_head,      ///< group, militia, movement, faction (after group_kind words)
  state_claim,     ///< sovereignty, independence, claims, position, interests (what a state holds: "Moroccan sovereignty")
  instrument_head, ///< declaration, treaty, accord, convention, charter, statute, ... (the head of a named instrument)
  light_verb,      ///< impose, launch, voice, express, hold, carry, ... (whose object noun says what is done: "launched strikes on")
  statement_noun,  ///< statement, remarks, communique, ... (a heading's "Statement by X" names who speaks as "we")
  place_noun,      ///< city, town, province, district, island, ... ("the city of X", "the X district")
  place_preposition,  ///< in, at, near, outside, ... (before where something is: "in X, Ukraine")
};

/// A word's closed classes, one bit per word_class.
using class_set = std::uint64_t;

/// The lower-case words that refer back to entities already named ("it", "the two sides",
/// "their delegation", "the council"): with the lexicon's phrases and a few classes, the only
/// lower-case words a mention may start at (lexicon_index::lower_case_starts). A word the
/// reader newly reads as a reference belongs here.
inline constexpr std::string_view referring_words[] = {
    "it", "its", "both", "the", "this", "that", "they", "them", "their", "he", "she", "his", "her", "we", "our", "my"};

/// Whether the folded word `w` belongs to the closed class `c` (one grammar.cpp lists; an open
/// class is the lexicon's: ask lexicon_index::word_classes).
bool is(word_class c, std::string_view w);

/// The bit of class `c` in a set returned by classes_of.
constexpr class_set class_bit(word_class c) { return class_set{1} << static_cast<unsigned>(c); }
static_assert(static_cast<unsigned>(word_class::place_preposition) < 64, "a class's bit must fit a word's class_set");

/// The class a lexicon's word_classes section calls `name` ("place_noun"), if any.
std::optional<word_class> class_named(std::string_view name);
/// Every class name class_named accepts, comma-separated, for error messages.
std::string class_names();

/// Every closed class the folded word `w` belongs to, as a bit set (one hash lookup).
class_set classes_of(std::string_view w);

/// Every word of a closed class (numerals aside), each once; the open classes' words are the lexicon's.
std::vector<std::string_view> class_words();

/// The value of a number word or numeral ("none" -> 0, "four" -> 4, "116" -> 116), or -1.
long number_value(std::string_view w);

}  // namespace newsgraph::detail
