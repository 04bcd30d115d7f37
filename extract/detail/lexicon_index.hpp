#pragma once
// The lexicon compiled into matchers: built once per extractor, then shared read-only.
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extract/detail/grammar.hpp"
#include "extract/gazetteer.hpp"
#include "extract/lexicon.hpp"
#include "graph/node.hpp"

namespace newsgraph::detail {

/// A hash of strings that also takes string_views, for lookups without a copy.
struct text_hash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
};

/// What a name in the entity gazetteer stands for.
enum class ref_kind : std::uint8_t { state, demonym, capital, body, place, shared };

/// One meaning of a matched name: the kind and the index into the lexicon's list of it
/// (states for state, demonym and capital; bodies for body; places() for place;
/// lexicon_index::shared_names for shared).
struct entity_ref {
  ref_kind kind;
  std::uint32_t index;
};

/// Matchers over the lexicon's names, roles, offices, triggers, modality phrases and vote labels.
struct lexicon_index {
  explicit lexicon_index(const lexicon& lex);

  std::vector<state_entry> states;
  std::vector<body_entry> bodies;
  std::vector<role_entry> roles;
  std::vector<office_entry> offices;
  std::vector<trigger_entry> triggers;
  std::vector<modality_entry> modality;
  std::vector<vote_label_entry> vote_labels;
  std::vector<evaluation_entry> evaluations;
  std::vector<place_entry> places;  ///< the lexicon's places, then bodies' seats it lacks
  std::vector<person_entry> people;

  std::shared_ptr<vocabulary> words = std::make_shared<vocabulary>();  ///< shared by every matcher below
  gazetteer names{words};      ///< states, demonyms, capitals, bodies, places -> index into refs
  std::vector<entity_ref> refs;
  /// Per name that several states share ("Congo"): those states, in lexicon order.
  std::vector<std::vector<std::uint32_t>> shared_names;
  gazetteer role_names{words};     ///< -> index into roles
  gazetteer office_names{words};   ///< -> index into offices
  gazetteer trigger_forms{words};  ///< -> index into triggers
  gazetteer mode_phrases{words};   ///< -> index into modality
  gazetteer vote_label_phrases{words};  ///< -> index into vote_labels
  gazetteer evaluation_phrases{words};  ///< -> index into evaluations
  /// Per word id of `words`: the word's closed classes (grammar.hpp); every class word has an id.
  std::vector<class_set> word_classes;
  /// Per word id of `words`: whether a mention may start at a lower-case token of the word (it
  /// starts a lexicon name, role or office, is of a class that starts a description, or
  /// refers back); at any other lower-case word the reader tries only bracketed acronyms.
  std::vector<std::uint8_t> lower_case_starts;

  std::unordered_map<std::string, std::uint32_t> state_by_id;  ///< alpha-3 -> states index
  std::unordered_map<std::string, std::uint32_t> body_by_id;   ///< body id -> bodies index
  std::unordered_map<std::string, std::uint32_t> place_by_name;
  /// A lexicon body's key -> the key of the body or state it is part of.
  std::unordered_map<std::string, std::string> parent_of;
  /// Per state and per body: the node an article makes of it (key, label, sorted aliases, ...),
  /// built once here and copied by each article that names it.
  std::vector<node> state_nodes;
  std::vector<node> body_nodes;
  /// The Wikidata QID of a place's or a known person's node, by its key (a place by its name, a
  /// person by its full name and each alias; not by a surname alone), for those the lexicon gives one.
  std::unordered_map<std::string, std::string> wikidata_by_key;
  std::vector<std::string> body_parents;            ///< per body: parent_of its key, or ""
  std::vector<std::vector<std::string>> body_heads;  ///< per body: its head nouns, folded (and "body" for organisations, commissions, courts)
  /// The people a name written with `words` (folded, without punctuation) may be: one word is
  /// a surname of theirs; more are all words of one of their full forms. In lexicon order.
  std::vector<std::uint32_t> people_named(std::span<const std::string_view> words) const;
  /// Folded word of a person's full forms or surnames -> those people, in lexicon order.
  std::unordered_map<std::string, std::vector<std::uint32_t>, text_hash, std::equal_to<>> people_by_word;
  /// Per person: the folded words of each full form, and each surname folded.
  std::vector<std::vector<std::vector<std::string>>> person_forms;
  std::vector<std::vector<std::string>> person_surnames;
  /// Folded head noun ("council") -> the bodies that take it, in lexicon order.
  std::unordered_map<std::string, std::vector<std::uint32_t>, text_hash, std::equal_to<>> bodies_by_head;
};

}  // namespace newsgraph::detail
