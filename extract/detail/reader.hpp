#pragma once
// Reads one article: finds the mentions sentence by sentence, resolves them to entities, and
// reads the relations between them. One reader per article; the lexicon index is shared.
#include <algorithm>
#include <iterator>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "extract/detail/article.hpp"
#include "extract/detail/clauses.hpp"
#include "extract/detail/grammar.hpp"
#include "extract/detail/text.hpp"

namespace newsgraph::detail {

/// Fills an article from its document. Usage: reader(index, model, a).read(); without a
/// model (nullptr) the clause layer is not read.
class reader {
 public:
  reader(const lexicon_index& lx, const clause_parser* clauses, article& a) : lx_(lx), clause_layer_(clauses), a_(a) {}
  /// Tokenizes, splits, finds mentions and relations, and completes labels and keys.
  void read();
  /// The words of sentence s as the clause parser is given them, and their folded forms.
  void parser_input(std::size_t s, std::vector<std::string_view>& words, std::vector<std::string_view>& folded_words) const;

 private:
  // reader.cpp: the driver and the end of the article.
  void fold_tokens();
  void mark_boilerplate();
  void finish();
  // Adds e, unless an entity has its key (then that one); `heads` are the folded nouns that
  // refer back to a new one ("council").
  int add_entity(entity e, std::span<const std::string> heads = {});
  int latest_with_head(std::string_view head) const;
  /// Whether the parse tags token k of sentence s an adjective before a word in lower case
  /// ("military support"); false without the clause layer.
  bool adjective_before_noun(std::size_t s, std::size_t k);
  /// Whether an office of a state other than its government starts at token k of sentence s
  /// ("army" in "Egypt's army said"; not "military" as an adjective, "military bases").
  bool office_after(std::size_t s, std::size_t k);
  /// From now on the folded noun `head` may refer back to entity id ("the army", "the minister").
  void refer_by_head(int id, std::string_view head);
  int entity_for_state(std::uint32_t state_index);
  // The state a name that several share means here (lexicon_index::shared_names[shared]): the
  // one the article has named so far, else the one it names anywhere, else the lexicon's first.
  std::uint32_t state_sharing(std::uint32_t shared);
  int entity_for_body(std::uint32_t body_index);
  int entity_for_place(std::string_view name, std::string_view state_id);
  void emit(int s, int o, relation r, mode m, std::size_t sent, std::string_view trigger, double confidence,
            std::map<std::string, std::string> qualifiers = {}, std::string_view rule = "window");

  // mentions.cpp: what the sentence names.
  void find_mentions(std::size_t s);
  std::size_t try_acronym_body(std::size_t s, std::size_t i, std::vector<mention>& out);
  std::size_t try_role_person(std::size_t s, std::size_t i, std::vector<mention>& out);
  std::size_t try_office(std::size_t s, std::size_t i, std::vector<mention>& out);
  std::size_t try_named_body(std::size_t s, std::size_t i, std::vector<mention>& out);
  /// A named instrument ("the Tehran Declaration", "Convention on the Law of the Sea"): a
  /// capitalised name whose head is an instrument_head word becomes a Resolution of that name.
  std::size_t try_named_instrument(std::size_t s, std::size_t i, std::vector<mention>& out);
  std::size_t try_described_group(std::size_t s, std::size_t i, std::vector<mention>& out);
  std::size_t try_gazetteer(std::size_t s, std::size_t i, std::vector<mention>& out);
  std::size_t try_person(std::size_t s, std::size_t i, std::vector<mention>& out);

  // place_phrases.cpp: places named by their kind, and where the text says they are.
  /// A place the construction at token i names ("the X district", "the city of X", "X, the
  /// Kenyan capital", "in X, Ukraine", "based in X", "the X-based council"); its length.
  std::size_t try_place_phrase(std::size_t s, std::size_t i, std::vector<mention>& out);
  /// Sentence s's located-in readings from those constructions (rule "place").
  void read_place_links(std::size_t s);
  /// The place (or state) named by tokens [first, k] without the last `cut` bytes ("Geneva" of
  /// "Geneva-based"), or -1.
  int seat_entity(std::size_t first, std::size_t k, std::size_t cut);
  /// The place tokens [first, last) name, new unless the article named it so; -1 when the
  /// article uses that name for something else.
  int new_place(std::size_t first, std::size_t last);
  /// Whether token i is a possessive 's.
  bool possessive_at(std::size_t i) const;
  bool apposed_role(std::size_t s, std::size_t i, std::size_t end, std::vector<mention>& out);
  std::size_t try_document_noun(std::size_t s, std::size_t i, std::vector<mention>& out);
  std::size_t try_reference(std::size_t s, std::size_t i, std::vector<mention>& out);
  std::vector<int> latest_pair(std::size_t s, std::size_t i, const std::vector<mention>& out) const;
  std::size_t name_length(std::size_t i, std::size_t end) const;
  bool known_actor_name(std::size_t i) const;
  /// The body this article calls `name`: the one it named so before, else a new one of this kind
  /// and these head nouns; and whether it is new.
  std::pair<int, bool> named_body(std::string_view name, std::string_view kind, std::vector<std::string> heads);
  int person_entity(std::size_t first, std::size_t last, std::string_view title);
  /// "President X's government", "the X administration": after the mention of a person who
  /// leads `state` (out's last), the leader noun is a mention of the state; the token after
  /// the phrase (after the person's mention when no leader noun follows).
  std::size_t leader_phrase(std::size_t s, int state, std::vector<mention>& out);
  /// The folded words of tokens [first, last), without punctuation.
  std::vector<std::string_view> name_words(std::size_t first, std::size_t last) const;
  /// What the person named at tokens [first, last) speaks for as the lexicon's people know
  /// them: the state or body of their office with `title` (folded; empty: any office of a
  /// state) in the article's year (any year when it has no date), when exactly one; else -1.
  /// `held`, when given, gets the office's title.
  int known_office(std::size_t first, std::size_t last, std::string_view title, std::string* held = nullptr);
  int office_entity(int state, const office_entry& office, std::string_view surface);
  int owner_before(std::size_t i, const std::vector<mention>& out) const;
  /// The actor the phrase at token k names, read by the mention finders ("the Chinese foreign
  /// ministry", "the Cairo Centre for Legal Aid"), or -1: the owner after a title.
  int owner_at(std::size_t s, std::size_t k, const std::vector<mention>& out);
  int named_owner_at(std::size_t s, std::size_t i);
  int focus_state() const;  ///< the state latest the subject of a sentence, else topic_state()
  int topic_state() const;  ///< the state named most so far (the first of equals), or -1
  int owner_state(std::size_t s, std::size_t i, const std::vector<mention>& out, bool sentence_only = false);
  /// The resolution that the noun at token i names: the one of that number or `symbol` (from
  /// document_symbol_at), else the one in question, else a new one.
  int resolution_for(std::size_t s, std::size_t i, const std::vector<mention>& out, bool definite,
                     const std::string& symbol);
  /// A UN document symbol at token k of sentence s ("A/78/L.12"): its text and the token after
  /// it; an empty text when none starts there.
  std::pair<std::string, std::size_t> document_symbol_at(std::size_t s, std::size_t k) const;
  int report_for(std::size_t s, std::size_t i, const std::vector<mention>& out);
  void read_tally(std::size_t s, int resolution);

  // relations.cpp: who did what to whom.
  void find_relations(std::size_t s);
  void read_trigger(std::size_t s, std::size_t first, std::size_t last, const trigger_entry& t);
  void read_static_patterns(std::size_t s);
  /// "A and B accused each other", "the two sides met with one another": each side did it to
  /// the others. True when trigger t at [first, last) has such an object (read, or naming
  /// fewer than two sides, nothing).
  bool read_reciprocal(std::size_t s, std::size_t first, std::size_t last, const trigger_entry& t);
  // vote_lists.cpp: "In favour: A, B. Against: C. Abstaining: D." after a tally.
  /// Reads sentence s as part of a vote's record; true when it is one (a label or the list
  /// after a label), which states nothing else.
  bool read_vote_lists(std::size_t s);
  /// Sentence s's lists of some who voted so: "Those voting against included A and B", "with A
  /// among those abstaining", "Ten states abstained, among them A and B".
  void read_vote_groups(std::size_t s);
  /// The mentions coordinated up to the one that ends at token i ("A, B and C" before "among").
  std::vector<int> coordinated_before(std::size_t s, std::size_t i) const;

  // role_reader.cpp: relations read off the clause layer, before the trigger's window patterns.
  /// Reads trigger t at tokens [first, last) of sentence s from the roles of its predicate;
  /// true when the roles settle it (a reading, or a noun whose parse names who or to whom,
  /// whether or not those phrases name entities), so that the window patterns must not guess.
  bool read_by_roles(std::size_t s, std::size_t first, std::size_t last, const trigger_entry& t);
  /// The actors the clause roles make the subject of the active verb at tokens [first, last),
  /// its own or shared by coordination; empty without a parse.
  std::vector<int> role_subjects(std::size_t s, std::size_t first, std::size_t last);
  /// Sentence s's evaluations of an actor's doing: "X called the move illegal" (the verb's
  /// subject of its object), "X said Y's sanctions were unjustified" (a speech verb's subject
  /// of the adjective's subject), with the relation the evaluations lexicon gives.
  void read_evaluations(std::size_t s);
  /// Sentence s's reported obligations: "X said Y must withdraw", "the court ruled that Y
  /// should act" (a speech verb's subject calls on the subject of the clause with "must" or
  /// "should"; rule `obligation`).
  void read_obligations(std::size_t s);
  /// The word of trigger tokens [first, last) that heads the others, as a word index of sentence
  /// s (whose analysis clauses_of made).
  std::uint32_t trigger_head(std::size_t s, std::size_t first, std::size_t last) const;
  /// Sentence s's clause analysis, made the first time it is asked for.
  const clause_analysis& clauses_of(std::size_t s);
  /// How sentence s is capitalised: nine in ten of its words in capitals, or three in four
  /// capitalised (a headline in title case).
  struct line_case {
    bool all_caps = false;
    bool title_case = false;
  };
  line_case line_case_of(std::size_t s) const;
  /// True when the clause layer is on and the parse negates the predicate of trigger tokens
  /// [first, last) of sentence s ("imposed no sanctions", "Neither X nor Y voted"): what the
  /// window patterns read of it is negated too.
  bool clause_negated(std::size_t s, std::size_t first, std::size_t last);
  /// When the owner of a phrase's head stands for the phrase: a title's always ("Egypt's
  /// foreign minister"); else `never`, a `possessor` or an event's ("criticised Iran's
  /// decision", "the US decision"), or `always` ("strikes on Ukrainian cities").
  enum class owner_counts { never, possessor, always };
  /// The entities the phrase headed by word w of sentence s names, with its conjuncts and,
  /// as `owner` says, the owner of its head.
  std::vector<int> phrase_entities(std::size_t s, std::uint32_t w, owner_counts owner) const;
  /// The entities a doer's phrase headed by word w names: phrase_entities, else, for an actor
  /// noun that names none, those it is "of", "from" or "at" ("officials from Japan").
  std::vector<int> doer_entities(std::size_t s, std::uint32_t w) const;
  std::vector<int> subjects_before(std::size_t s, std::size_t i, relation r, bool nominal = false) const;
  std::vector<int> objects_after(std::size_t s, std::size_t i, relation r, std::size_t* end = nullptr) const;
  std::vector<int> examples_after(std::size_t s, std::size_t i, relation r, std::size_t* end = nullptr) const;
  std::vector<int> coordinated_after(std::size_t s, const mention& m, std::size_t* end = nullptr) const;
  std::vector<int> coordinated_before(std::size_t s, const mention& m) const;
  int main_subject_after(std::size_t s, std::size_t i) const;
  int implicit_subject() const;
  /// The author a heading names among the article's first sentences ("Statement by the
  /// Ministry of Foreign Affairs of X", "Remarks by Foreign Minister Y"), who is "we" in what
  /// follows: a state or body, or what the person it names represents there; else -1.
  int byline_author(std::size_t s) const;
  bool operative_paragraph(std::size_t s) const;
  mode mode_at(std::size_t s, std::size_t i) const;
  /// Where the object of a verb ending before token i begins when two clauses share it ("A
  /// criticised, and B condemned, X"): after the second verb's comma; else i.
  std::size_t shared_object_at(std::size_t s, std::size_t i) const;
  /// The mode that says more of two (negated, then proposed, then expected, then asserted).
  static mode stronger(mode a, mode b);
  std::size_t clause_end(std::size_t s, std::size_t i) const;
  bool allowed(relation r, int subject, int object) const;
  bool is_quote_inside(std::size_t s, std::size_t i) const;

  // token helpers
  [[gnu::always_inline]] word_view word(std::size_t i) const { return a_.tokens[i].in(a_.text); }
  /// The text of tokens [first, last), with what lies between them; last > first.
  std::string_view span_text(std::size_t first, std::size_t last) const {
    return a_.text.substr(a_.tokens[first].begin, a_.tokens[last - 1].end - a_.tokens[first].begin);
  }
  [[gnu::always_inline]] word_view folded(std::size_t i) const { return a_.folded[i]; }
  /// Sentence s's text folded; folded the first time it is asked for (few sentences are).
  std::string_view folded_sentence(std::size_t s) const {
    std::string& f = a_.folded_sentences[s];
    if (f.empty()) fold_into(a_.text.substr(a_.sentences[s].begin, a_.sentences[s].end - a_.sentences[s].begin), f);
    return f;
  }
  /// g's longest phrase at token i, before token end.
  std::optional<gazetteer::match> match(const gazetteer& g, std::size_t i, std::size_t end,
                                        bool ignore_case = false) const {
    if (&g.words() == lx_.words.get()) {  // the tokens' ids are known: most words start no phrase
      if (i >= end || i >= word_ids_.size() || !g.may_start(word_ids_[i])) return std::nullopt;
      return g.longest_at_ids(a_.text, a_.tokens, word_ids_, i, end, ignore_case);
    }
    return g.longest_at(a_.text, a_.tokens, i, end, ignore_case, a_.folded);
  }
  /// Whether token i is of any of the classes in `bits` (class_bit values or-ed).
  bool is_any(std::size_t i, class_set bits) const { return i < a_.tokens.size() && (a_.classes[i] & bits) != 0; }
  bool is_word(std::size_t i, word_class c) const { return is_any(i, class_bit(c)); }
  /// Whether token i is an actor noun that names a relation to its owner, a trigger noun
  /// ("Iran's allies", "its partners"): the owner's others, not the owner.
  bool relational_noun(std::size_t i) const;
  /// Whether token i is an adverb: listed, or a lower-case word in -ly ("sharply").
  bool is_adverb(std::size_t i) const {
    return is_word(i, word_class::adverb) ||
           (folded(i).size() > 4 && folded(i).ends_with("ly") && !is_capitalized(word(i)));
  }
  template <std::size_t N>
  bool is_punct(std::size_t i, const char (&p)[N]) const {
    return i < a_.tokens.size() && a_.tokens[i].kind == token_kind::punct && word(i) == p;
  }
  /// Sentence s's mention that holds, starts at or ends before token i, if any. A sentence's
  /// mentions are in token order and do not overlap (mentions_in_order), so each lookup is a
  /// binary search: a sentence of many mentions stays linear to read.
  const mention* mention_at(std::size_t s, std::size_t i) const {
    const auto& ms = a_.mentions[s];
    auto it = std::upper_bound(ms.begin(), ms.end(), i, [](std::size_t k, const mention& m) { return k < m.first; });
    return it != ms.begin() && i < std::prev(it)->last ? &*std::prev(it) : nullptr;
  }
  const mention* mention_starting(std::size_t s, std::size_t i) const {
    const auto& ms = a_.mentions[s];
    auto it = std::lower_bound(ms.begin(), ms.end(), i, [](const mention& m, std::size_t k) { return m.first < k; });
    return it != ms.end() && it->first == i ? &*it : nullptr;
  }
  const mention* mention_ending(std::size_t s, std::size_t last) const {
    const auto& ms = a_.mentions[s];
    auto it = std::lower_bound(ms.begin(), ms.end(), last, [](const mention& m, std::size_t k) { return m.last < k; });
    return it != ms.end() && it->last == last ? &*it : nullptr;
  }
  /// Whether sentence s's mentions are in token order, each non-empty and ending before the next begins.
  bool mentions_in_order(std::size_t s) const {
    const auto& ms = a_.mentions[s];
    for (std::size_t k = 0; k < ms.size(); ++k)
      if (ms[k].first >= ms[k].last || (k > 0 && ms[k - 1].last > ms[k].first)) return false;
    return true;
  }
  /// The entity of a one-token name this article defined, if the token `w` is one; else -1.
  int known_token(std::string_view w) const {
    if (one_word_names_ == 0) return -1;
    auto k = known_names_.find(w);
    return k != known_names_.end() ? k->second : -1;
  }
  /// Records that `name` means entity `id` in this article (replacing what it meant, if asked).
  void remember_name(std::string_view name, int id, bool replace) {
    auto [at, added] = known_names_.try_emplace(std::string(name), id);
    if (!added && replace) at->second = id;
    if (added && name.find(' ') == std::string_view::npos) ++one_word_names_;
  }
  bool in_prepositional_phrase(std::size_t s, const mention& m) const;
  node_type type_of(int e) const { return a_.entities[e].n.type; }
  bool is_actor(int e) const;

  struct control {
    std::size_t first, last;  // tokens the controller governs
    std::vector<int> controllers;
    mode mod;
  };

  const lexicon_index& lx_;
  const clause_parser* clause_layer_;  // the clause layer; none with --fast
  article& a_;
  clause_analysis clauses_;            // of sentence clauses_sentence_
  std::size_t clauses_sentence_ = static_cast<std::size_t>(-1);
  std::vector<std::string_view> sentence_words_, sentence_folded_;  // clauses_of's input
  std::vector<control> controls_;  // of the current sentence
  std::map<std::string, int> surnames_;     // a person's last name -> entity
  std::map<std::string, int, std::less<>> known_names_;  // names this article defined (acronyms, people, bodies) -> entity
  std::size_t one_word_names_ = 0;  // how many of known_names_ have no space: the only ones a token can be
  std::vector<int> state_entity_;  // lexicon state index -> its entity here, or -1
  std::vector<int> body_entity_;   // lexicon body index -> its entity here, or -1
  std::vector<bool> states_named_;  // per lexicon state: the article names it (its name, capital or people); filled once asked
  int current_resolution_ = -1;
  const vote_label_entry* pending_vote_label_ = nullptr;  // a label that ended the last sentence
  std::string pending_vote_label_text_;                   // and its words as written
  int current_report_ = -1;
  int last_person_ = -1;
  std::vector<int> previous_subjects_;
  std::vector<int> last_subjects_;  // of the latest verb read in the current sentence
  std::vector<int> previous_group_;  // the last sentence's subjects when they were several ("they")
  std::vector<int> subject_history_;  // main subjects of sentences, in order
  int speaker_ = -1;                    // who "we" is in a statement
  bool vote_context_ = false;
  bool all_caps_ = false;               // the current sentence is in capitals
  bool title_case_ = false;             // three in four of the current sentence's words are capitalised (a headline)
  bool brackets_ = false;               // the current sentence has an opening bracket
  std::vector<std::uint32_t> word_ids_;  // each token's id in the lexicon's shared vocabulary
};

}  // namespace newsgraph::detail
