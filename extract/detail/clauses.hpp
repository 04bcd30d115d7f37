#pragma once
// The clause layer: who fills which role of each predicate of a sentence, read off the
// sentence's dependency parse (parse/), with the roles the parse leaves implicit made
// explicit: the subject shared by coordinated verbs, the controller of a to-infinitive, the
// antecedent of a relative pronoun, the noun a participle modifies.
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "parse/parser.hpp"

namespace newsgraph::detail {

/// The role a word plays for a predicate.
enum class role : std::uint8_t {
  subject,          ///< "China condemned": the doer of an active verb
  passive_subject,  ///< "Russia was condemned": the undergoer of a passive verb
  object,           ///< "condemned Russia"
  indirect_object,  ///< "gave Iran a deadline"
  agent,            ///< "condemned by China": the doer of a passive verb
  oblique,          ///< a prepositional argument; argument::marker is the preposition
};

/// The name of a role as Universal Dependencies writes it ("nsubj:pass"; "obl" for oblique).
std::string_view role_name(role r) noexcept;

/// One argument of a predicate: the head word of the phrase that fills the role.
struct argument {
  std::uint32_t word = 0;       ///< index of the phrase's head word in the sentence
  role kind = role::subject;
  std::int32_t marker = -1;     ///< obliques: index of the preposition ("on", "against"), else -1
  bool derived = false;         ///< not in the parse itself: shared, controlled, antecedent
  bool no_one = false;          ///< the phrase says no one: "no state", "none of them", "neither side"
};

/// How a word hangs from its head, where the clause layer cares.
enum class link : std::uint8_t {
  other,
  conjunct,     ///< "France" in "Germany and France"
  apposition,   ///< "Sophie Laurent" in "the journalist, Sophie Laurent"
  possessor,    ///< "Iran" in "Iran's decision"
  modifier,     ///< "US" in "US sanctions", "Chinese" in "Chinese officials"
};

/// The clause analysis of one sentence: its parse and, per word, the arguments of the
/// predicate it heads (empty for words that head none).
struct clause_analysis {
  std::vector<parse::word_analysis> parse;     ///< one per word, from parse::model::analyse
  std::vector<std::vector<argument>> args;     ///< one list per word
  std::vector<std::uint8_t> passive;           ///< per word: 1 when it is a passive verb
  std::vector<std::uint8_t> negated;           ///< per word: 1 when "not", "n't", "never" or "neither" modifies it, or its subject or object is "none", "no ...", "neither ..."
  std::vector<std::vector<std::uint32_t>> kids;  ///< per word: the words whose head it is, in order

  std::vector<link> links;                     ///< per word: how it hangs from its head
  /// w and the words coordinated with it ("Germany and France": both), in order.
  std::vector<std::uint32_t> with_conjuncts(std::uint32_t w) const;
};

/// The clause layer over one tagger and parser model: the ids of the dependency relations and
/// tags it reads are looked up once, at construction; then const and shared by every thread.
class clause_parser {
 public:
  /// `m` must outlive the parser.
  explicit clause_parser(const parse::model& m);

  /// Reads the clause roles of `words` (as written in the text); `folded` holds the same words
  /// in lower case. Linear in the number of words.
  void analyse(std::span<const std::string_view> words, std::span<const std::string_view> folded,
               clause_analysis& out) const;

 private:
  // The model's ids of the dependency relations and Penn tags the analysis reads.
  struct ids {
    int nsubj, nsubj_pass, obj, iobj, obl, obl_agent, nmod, nmod_poss, case_, aux_pass, conj, xcomp, advcl, acl, relcl,
        mark, appos, compound, amod;
    int past_participle, present_participle;  // VBN, VBG
  };
  static ids look_up(const parse::model& m);

  const parse::model& model_;
  ids rel_;
};

/// The canonical dump of an analysis, one line per role: "HEAD_WORD role WORD" with word
/// numbers from 1 ("3:condemned nsubj 1:China"), derived roles marked with "*", obliques with
/// their preposition ("obl:on"), "!" after a phrase that says no one; and "3:condemned passive",
/// "3:condemned negated".
std::string dump(const clause_analysis& a, std::span<const std::string_view> words);

}  // namespace newsgraph::detail
