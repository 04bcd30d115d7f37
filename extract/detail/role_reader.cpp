// Relations read off the clause layer: before a trigger's window patterns are tried, the
// roles of its predicate in the sentence's parse name who did it and to whom.
#include <algorithm>
#include <map>
#include <string>

#include "extract/detail/reader.hpp"
#include "extract/detail/text.hpp"

namespace newsgraph::detail {
namespace {

// Prepositions that mark what a nominal trigger is done to ("opposition to X", "sanctions
// on X", "support for X"); "of" is ambiguous between doer and undergoer and is left out.
bool undergoer_marker(std::string_view f) {
  return f == "against" || f == "on" || f == "to" || f == "for" || f == "with" || f == "upon" || f == "toward" ||
         f == "towards";
}

}  // namespace

const clause_analysis& reader::clauses_of(std::size_t s) {
  if (clauses_sentence_ != s) {
    parser_input(s, sentence_words_, sentence_folded_);
    clause_layer_->analyse(sentence_words_, sentence_folded_, clauses_);
    clauses_sentence_ = s;
  }
  return clauses_;
}

void reader::parser_input(std::size_t s, std::vector<std::string_view>& words, std::vector<std::string_view>& folded_words) const {
  const sentence& sen = a_.sentences[s];
  words.clear();
  folded_words.clear();
  // A headline in title case capitalises its verbs and common nouns too, which the tagger
  // would read as names: the parser sees such a line as a sentence would be written, with
  // the capitals kept only on its first word, its acronyms and the names the lexicon knows.
  const bool title = line_case_of(s).title_case;
  std::size_t name_end = sen.first;
  for (std::size_t k = sen.first; k < sen.last; ++k) {
    if (title && k >= name_end)
      if (auto g = match(lx_.names, k, sen.last)) name_end = g->last;
    const bool lower = title && k > sen.first && k >= name_end && !is_all_caps(word(k));
    words.push_back(lower ? folded(k) : word(k));
    folded_words.push_back(folded(k));
  }
}

std::vector<int> reader::phrase_entities(std::size_t s, std::uint32_t w, owner_counts owner) const {
  const std::size_t base = a_.sentences[s].first;
  std::vector<int> out;
  auto add = [&](const mention& m) {
    out.push_back(m.ent);
    out.insert(out.end(), m.also.begin(), m.also.end());
  };
  // A person's or a government's title names its owner ("Egypt's foreign minister", "the
  // Chinese authorities"); what is criticised is its owner's ("Iran's decision").
  const auto owned_head = [&](std::size_t k) {
    return (is_word(k, word_class::actor_noun) && !relational_noun(k)) || is_word(k, word_class::person_noun) ||
           match(lx_.role_names, k, k + 1, true).has_value();
  };
  for (std::uint32_t c : clauses_.with_conjuncts(w)) {
    const mention* at = mention_at(s, base + c);
    // A description with a name in apposition is the name: "the journalist, Sophie Laurent",
    // "the rights group Lumen Watch".
    if (!at || is_word(at->first, word_class::determiner)) {
      bool named = false;
      for (std::uint32_t k : clauses_.kids[c])
        if (const mention* m = mention_at(s, base + k);
            m && m != at && !m->possessive && !m->modifier && is_capitalized(word(m->first)) &&
            (clauses_.links[k] == link::apposition || (clauses_.links[k] == link::other && m->first == base + c + 1))) {
            add(*m);
            named = true;
          }
      if (named) continue;
    }
    if (at && at->modifier && !at->possessive) continue;  // a demonym the parse took for a noun
    // The phrase's head is the name itself, possessive or not ("China's" as the doer of "China's
    // opposition").
    if (at) {
      add(*at);
      // "Nepal and China voted": a list the parse broke (a name it tagged as an adjective).
      if (at->first > a_.sentences[s].first)
        if (const word_view j = folded(at->first - 1); j == "and" || j == "or" || j == "nor")
          for (int e : coordinated_before(s, *at)) out.push_back(e);
      continue;
    }
    // A title the parse made the head of its holder's name ("the German spokesman Tavro
    // Kakakavek", "Deputy Prime Minister Ana Ruiz"): the person, not the state.
    const auto title = match(lx_.role_names, base + c, a_.sentences[s].last, true);
    const mention* next = mention_starting(s, title ? title->last : base + c + 1);
    if (!next || type_of(next->ent) != node_type::person) next = mention_starting(s, base + c + 1);
    if (next && type_of(next->ent) == node_type::person) {
      add(*next);
      continue;
    }
    bool person = false;
    for (std::uint32_t k : clauses_.kids[c])
      if (const mention* m = mention_at(s, base + k); m && type_of(m->ent) == node_type::person) person = true;
    if (person) continue;
    // The noun's possessors and modifiers, and the modifiers of a lower-case modifier that names
    // none ("a Hamas weapons depot" parsed as Hamas -> weapons -> depot).
    std::vector<std::uint32_t> owners = clauses_.kids[c];
    for (std::uint32_t k : clauses_.kids[c])
      if (clauses_.links[k] == link::modifier && k < c && !mention_at(s, base + k) && !is_capitalized(word(base + k)))
        for (std::uint32_t g : clauses_.kids[k])
          if (clauses_.links[g] == link::modifier && g < k) owners.push_back(g);
    for (std::uint32_t k : owners) {
      const link l = clauses_.links[k];
      if (l != link::possessor && l != link::modifier) continue;
      const mention* m = mention_at(s, base + k);
      // A name the parse hangs on a noun as its modifier, before the noun's own words: "a
      // Hezbollah command centre", "a UN convoy".
      const auto compound = [&] {
        if (!m || l != link::modifier || m->last > base + c) return false;
        for (std::size_t q = m->last; q < base + c; ++q)
          if (a_.tokens[q].kind != token_kind::word || is_capitalized(word(q))) return false;
        return true;
      };
      if (!m || !(m->possessive || m->modifier || compound())) continue;
      if (owned_head(base + c) || owner == owner_counts::always ||
          (owner == owner_counts::possessor && (l == link::possessor || is_word(base + c, word_class::event_noun))))
        add(*m);
    }
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

void reader::read_evaluations(std::size_t s) {
  if (!clause_layer_ || a_.mentions[s].size() < 2 || lx_.evaluations.empty()) return;
  const sentence& sen = a_.sentences[s];
  const auto base = static_cast<std::uint32_t>(sen.first);
  for (std::size_t k = sen.first; k < sen.last; ++k) {
    auto hit = match(lx_.evaluation_phrases, k, sen.last, true);
    if (!hit) continue;
    const clause_analysis& c = clauses_of(s);  // parsed once per sentence
    const auto w = static_cast<std::uint32_t>(hit->last - 1 - base);
    if (c.parse[w].tag != parse::upos::adj) continue;
    // The actors a phrase names; a judged phrase also by the name before its head ("the US
    // decision", "the EU sanctions").
    auto phrase_actors = [&](std::uint32_t p, owner_counts owner) {
      std::vector<int> out;
      // "it is unacceptable": what "it" is, a guess at the salient actor, is not judged.
      if (owner == owner_counts::possessor &&
          is_any(base + p, class_bit(word_class::pronoun_it) | class_bit(word_class::pronoun_they) |
                               class_bit(word_class::pronoun_he)))
        return out;
      for (int x : phrase_entities(s, p, owner))
        if (is_actor(x)) out.push_back(x);
      if (out.empty() && owner == owner_counts::possessor)
        for (std::uint32_t q : c.kids[p])
          if (const mention* m = mention_at(s, base + q);
              m && q < p && (c.links[q] == link::modifier || c.links[q] == link::possessor) && is_actor(m->ent) &&
              type_of(m->ent) != node_type::person)
            out.push_back(m->ent);
      return out;
    };
    auto entities_of = [&](std::uint32_t head, role r, owner_counts owner, std::int64_t before) {
      std::vector<int> out;
      for (const argument& a : c.args[head])
        if ((a.kind == r || (r == role::subject && a.kind == role::agent)) && !a.no_one &&
            static_cast<std::int64_t>(a.word) < before)
          for (int x : phrase_actors(a.word, owner)) out.push_back(x);
      return out;
    };
    std::vector<int> judged, judges;
    const std::int32_t h = c.parse[w].head;
    // "called the move illegal": the verb's object, judged by its subject.
    if (h >= 0 && c.parse[h].tag == parse::upos::verb && static_cast<std::uint32_t>(h) < w) {
      judged = entities_of(static_cast<std::uint32_t>(h), role::object, owner_counts::possessor, w);
      if (!judged.empty()) judges = entities_of(static_cast<std::uint32_t>(h), role::subject, owner_counts::never, w);
    }
    // "called the tariffs unjustified" parsed as the object's modifier: the same.
    if (judged.empty() && h >= 0 && static_cast<std::uint32_t>(h) < w && c.parse[h].tag == parse::upos::noun) {
      const std::int32_t v = c.parse[h].head;
      if (v >= 0 && c.parse[v].tag == parse::upos::verb &&
          std::any_of(c.args[v].begin(), c.args[v].end(), [&](const argument& a) {
            return a.kind == role::object && a.word == static_cast<std::uint32_t>(h);
          })) {
        judged = phrase_actors(static_cast<std::uint32_t>(h), owner_counts::possessor);
        if (!judged.empty()) judges = entities_of(static_cast<std::uint32_t>(v), role::subject, owner_counts::never, w);
      }
    }
    // "said the sanctions were unjustified": the adjective's subject, judged by whoever says so.
    if (judged.empty()) {
      judged = entities_of(w, role::subject, owner_counts::possessor, w);
      for (std::int32_t up = h, steps = 0; !judged.empty() && up >= 0 && steps < 3; up = c.parse[up].head, ++steps)
        if (is_word(base + static_cast<std::uint32_t>(up), word_class::speech_verb)) {
          judges = entities_of(static_cast<std::uint32_t>(up), role::subject, owner_counts::never, sen.last - base);
          break;
        }
    }
    if (judged.empty() || judges.empty()) continue;
    const evaluation_entry& e = lx_.evaluations[hit->values.front()];
    const mode m = c.negated[w] ? mode::negated : mode_at(s, k);
    const std::string trig(span_text(k, hit->last));
    for (int x : judges)
      for (int y : judged)
        if (x != y) emit(x, y, e.rel, m, s, trig, 0.5, {}, "evaluation");
    k = hit->last - 1;
  }
}

void reader::read_obligations(std::size_t s) {
  if (!clause_layer_ || a_.mentions[s].size() < 2) return;
  const sentence& sen = a_.sentences[s];
  const auto base = static_cast<std::uint32_t>(sen.first);
  for (std::size_t k = sen.first; k < sen.last; ++k) {
    if (const word_view f = folded(k); f != "must" && f != "should") continue;
    const clause_analysis& c = clauses_of(s);  // parsed once per sentence
    const std::int32_t v = c.parse[k - base].head;
    if (v < 0 || c.parse[static_cast<std::uint32_t>(v)].tag != parse::upos::verb || c.passive[static_cast<std::uint32_t>(v)])
      continue;
    const auto verb = static_cast<std::uint32_t>(v);
    // Who must act: the clause's own subject, named ("Serbia must", "the Government of Kenya
    // should"), not a pronoun's guess.
    std::vector<int> obliged;
    for (const argument& a : c.args[verb])
      if (a.kind == role::subject && !a.derived && !a.no_one && static_cast<std::size_t>(base + a.word) < k &&
          !is_any(base + a.word, class_bit(word_class::pronoun_it) | class_bit(word_class::pronoun_they) |
                                     class_bit(word_class::pronoun_he) | class_bit(word_class::pronoun_we)))
        for (int x : phrase_entities(s, a.word, owner_counts::never))
          if (is_actor(x)) obliged.push_back(x);
    if (obliged.empty()) continue;
    // Who says so: the subject of the speech verb the clause hangs from.
    std::vector<int> speakers;
    for (std::int32_t up = c.parse[verb].head, steps = 0; up >= 0 && steps < 2 && speakers.empty();
         up = c.parse[static_cast<std::uint32_t>(up)].head, ++steps) {
      const auto u = static_cast<std::uint32_t>(up);
      if (!is_word(base + u, word_class::speech_verb) || c.negated[u]) continue;
      for (const argument& a : c.args[u])
        if (a.kind == role::subject && !a.no_one)
          for (int x : doer_entities(s, a.word))
            if (is_actor(x)) speakers.push_back(x);
    }
    if (speakers.empty()) continue;
    const std::size_t from = base + verb, stop = clause_end(s, from);
    std::map<std::string, std::string> q;
    if (from < stop)
      q["action"] = std::string(trim(span_text(from, stop)));
    const std::string trig(span_text(k, k + 1));
    for (int x : speakers)
      for (int y : obliged)
        if (x != y) emit(x, y, relation::calls_on, mode::asserted, s, trig, 0.5, q, "obligation");
  }
}

std::vector<int> reader::doer_entities(std::size_t s, std::uint32_t w) const {
  std::vector<int> out = phrase_entities(s, w, owner_counts::never);
  if (!out.empty()) return out;
  const std::size_t base = a_.sentences[s].first;
  if (!is_word(base + w, word_class::actor_noun) || mention_at(s, base + w)) return out;
  // "senior officials from Japan", "members of the council", "diplomats at a summit of the
  // AU": whom the officials are of; through one noun that names none ("a summit of").
  auto of_phrases = [&](std::uint32_t head, auto&& self, int depth) -> void {
    for (const argument& a : clauses_.args[head]) {
      if (a.kind != role::oblique || a.marker < 0) continue;
      const word_view prep = folded(base + static_cast<std::uint32_t>(a.marker));
      if (prep != "of" && prep != "from" && prep != "at") continue;
      std::vector<int> xs = phrase_entities(s, a.word, owner_counts::never);
      for (int x : xs)
        if (is_actor(x) && type_of(x) != node_type::person) out.push_back(x);
      if (xs.empty() && depth == 0 && !mention_at(s, base + a.word)) self(a.word, self, 1);
    }
  };
  of_phrases(w, of_phrases, 0);
  return out;
}

std::vector<int> reader::role_subjects(std::size_t s, std::size_t first, std::size_t last) {
  std::vector<int> out;
  if (!clause_layer_ || a_.mentions[s].size() < 2) return out;
  const clause_analysis& c = clauses_of(s);
  const std::uint32_t p = trigger_head(s, first, last);
  if (c.parse[p].tag != parse::upos::verb || c.passive[p]) return out;
  for (const argument& a : c.args[p])
    if (a.kind == role::subject)
      for (int x : doer_entities(s, a.word))
        if (is_actor(x)) out.push_back(x);
  return out;
}

// The trigger's word whose head lies outside it ("held" in "held talks with"), as a word
// index of the sentence.
std::uint32_t reader::trigger_head(std::size_t s, std::size_t first, std::size_t last) const {
  const auto base = a_.sentences[s].first;
  const auto lo = static_cast<std::int64_t>(first - base), hi = static_cast<std::int64_t>(last - base);
  for (std::int64_t k = lo; k < hi; ++k)
    if (const std::int64_t h = clauses_.parse[static_cast<std::size_t>(k)].head; h < lo || h >= hi)
      return static_cast<std::uint32_t>(k);
  return static_cast<std::uint32_t>(lo);
}

bool reader::clause_negated(std::size_t s, std::size_t first, std::size_t last) {
  if (!clause_layer_ || a_.mentions[s].size() < 2) return false;
  return clauses_of(s).negated[trigger_head(s, first, last)] != 0;
}

bool reader::read_by_roles(std::size_t s, std::size_t first, std::size_t last, const trigger_entry& t) {
  if (!clause_layer_ || a_.mentions[s].size() < 2) return false;
  const sentence& sen = a_.sentences[s];
  const clause_analysis& c = clauses_of(s);
  const auto base = static_cast<std::uint32_t>(sen.first);
  const auto lo = static_cast<std::int64_t>(first - base), hi = static_cast<std::int64_t>(last - base);
  const auto in_trigger = [&](std::int64_t w) { return w >= lo && w < hi; };
  const std::uint32_t p = trigger_head(s, first, last);
  const parse::upos tag = c.parse[p].tag;
  const bool noun = tag == parse::upos::noun || tag == parse::upos::propn;
  // A participle the parse tags as an adjective ("is closely allied with") is the verb's.
  const bool participle = tag == parse::upos::adj && folded(base + p).ends_with("ed");
  if (t.noun != noun || (!noun && tag != parse::upos::verb && !participle)) return false;
  // Whose the undergoer is counts as who undergoes it: "criticised Iran's decision", "strikes
  // on Ukrainian cities".
  const owner_counts owner = t.rel == relation::attacks ? owner_counts::always
                            : t.rel == relation::criticizes || t.rel == relation::opposes || t.rel == relation::supports
                                ? owner_counts::possessor
                                : owner_counts::never;
  auto marker_of = [&](const argument& a) {
    return a.marker >= 0 ? folded(base + static_cast<std::uint32_t>(a.marker)) : std::string_view();
  };

  std::vector<std::uint32_t> doers, undergoers;
  // Who does it: the subject of an active verb, the agent of a passive one; a noun's possessor,
  // its "by" phrase, the name before it ("US sanctions").
  auto doers_of = [&](std::uint32_t v, bool nominal) {
    for (const argument& a : c.args[v])
      if ((a.kind == role::subject && (nominal || !c.passive[v])) || a.kind == role::agent ||
          (nominal && a.kind == role::oblique && marker_of(a) == "by"))
        doers.push_back(a.word);
    if (nominal)
      for (std::uint32_t k : c.kids[v])
        if (c.links[k] == link::modifier)
          if (const mention* m = mention_at(s, base + k); m && m->modifier) doers.push_back(k);
  };
  // To whom: the object, the passive subject, the phrase of the trigger's own preposition
  // ("called on X", "talks with X"), a noun's "against X", "on X", "to X".
  auto undergoers_of = [&](std::uint32_t v, bool nominal) {
    for (const argument& a : c.args[v]) {
      if (in_trigger(a.word)) continue;
      // "called for X": what is called for; who is called on ("called for X to act") is the
      // window pattern's to read.
      if (t.rel == relation::calls_on && a.kind == role::oblique && marker_of(a) == "for") continue;
      if ((a.kind == role::object && !nominal) || (a.kind == role::passive_subject && !nominal) ||
          (a.kind == role::oblique && (in_trigger(a.marker) || (nominal && undergoer_marker(marker_of(a))))))
        undergoers.push_back(a.word);
    }
  };
  bool light = false;  // a noun trigger that is the object of a light verb ("imposed sanctions on")
  if (t.frame()) {
    // A frame: "broke off relations with X", "imposed an embargo on X", the object one of its
    // nouns; a frame without nouns, whatever its object: "celebrated the holiday with X".
    if (noun) return false;
    const auto listed = [](const std::vector<std::string>& list, std::string_view w) {
      return std::find(list.begin(), list.end(), w) != list.end();
    };
    if (!t.as_words.empty()) {
      // "listed X as a terrorist organisation", "X, designated as a terror group by Y": the
      // object, when the "as" phrase holds one of the frame's words.
      bool as = false;
      for (const argument& a : c.args[p])
        if (a.kind == role::oblique && marker_of(a) == "as") {
          as = as || listed(t.as_words, folded(base + a.word));
          for (std::uint32_t k : c.kids[a.word]) as = as || listed(t.as_words, folded(base + k));
          // "as a terrorist group by X": the agent the parse hung on the "as" phrase.
          if (c.passive[p])
            for (const argument& b : c.args[a.word])
              if (b.kind == role::oblique && marker_of(b) == "by") doers.push_back(b.word);
        }
      if (!as) return false;
      doers_of(p, false);
      for (const argument& a : c.args[p])
        if (a.kind == role::object || a.kind == role::passive_subject) undergoers.push_back(a.word);
      // "financing X, listed as ...": the name right before the participle's comma, when the
      // parse hung it on another word.
      if (c.passive[p] && p >= 2 && word(base + p - 1) == "," &&
          std::none_of(undergoers.begin(), undergoers.end(), [&](std::uint32_t u) { return !phrase_entities(s, u, owner).empty(); }))
        if (const mention* m = mention_ending(s, base + p - 1); m && !m->possessive && !m->modifier)
          undergoers.push_back(static_cast<std::uint32_t>(m->first - base));
    } else {
      std::vector<std::uint32_t> phrases{p};
      if (t.frame_nouns.empty()) {
        // The parse may hang the phrase on any of the verb's own ("the holiday in Paris with X").
        for (const argument& a : c.args[p])
          if (a.kind == role::object || a.kind == role::oblique) phrases.push_back(a.word);
      } else {
        std::int64_t object = -1;
        for (const argument& a : c.args[p])
          if ((a.kind == role::object || a.kind == role::passive_subject) && listed(t.frame_nouns, folded(base + a.word)))
            object = a.word;
        if (object < 0) return false;
        phrases.push_back(static_cast<std::uint32_t>(object));
      }
      doers_of(p, false);
      // "hosted X to celebrate the holiday with Y": who celebrates with whom, an infinitive's
      // controller the parse guessed, is not said.
      if (t.frame_nouns.empty() && p > 0 && folded(base + p - 1) == "to")
        doers.erase(std::remove_if(doers.begin(), doers.end(), [&](std::uint32_t d) {
                      return std::any_of(c.args[p].begin(), c.args[p].end(),
                                         [&](const argument& a) { return a.word == d && a.derived; });
                    }),
                    doers.end());
      for (std::uint32_t v : phrases)
        for (const argument& a : c.args[v])
          if (a.kind == role::oblique && listed(t.prepositions, marker_of(a))) undergoers.push_back(a.word);
    }
  } else if (noun) {
    // "postponed their meeting", "called off the strikes": no such event is said to happen.
    if (const std::int32_t v = c.parse[p].head;
        v >= 0 && std::any_of(c.args[static_cast<std::uint32_t>(v)].begin(), c.args[static_cast<std::uint32_t>(v)].end(),
                              [&](const argument& a) { return a.word == p && a.kind == role::object; }))
      if (auto hit = match(lx_.mode_phrases, base + static_cast<std::uint32_t>(v), sen.last, true))
        for (auto i : hit->values)
          if (lx_.modality[i].called_off) return true;
    doers_of(p, true);
    undergoers_of(p, true);
    // "condemned X's strike on a camp": a phrase right after the noun that the parse hung on
    // the noun's verb is the noun's.
    if (const std::int32_t h = c.parse[p].head; undergoers.empty() && h >= 0)
      for (const argument& a : c.args[static_cast<std::uint32_t>(h)])
        if (a.kind == role::oblique && a.marker == hi && undergoer_marker(marker_of(a))) undergoers.push_back(a.word);
    // "meetings of the trade committee with X": the parse hangs "with" on what meets.
    if (t.rel == relation::meets)
      for (const argument& a : c.args[p])
        if (a.kind == role::oblique && marker_of(a) == "of")
          for (const argument& b : c.args[a.word])
            if (b.kind == role::oblique && marker_of(b) == "with") undergoers.push_back(b.word);
    // A light verb ("imposed sanctions on", "voiced opposition to"): the noun's verb says who.
    const std::int32_t v = c.parse[p].head;
    light = v >= 0 && c.parse[static_cast<std::uint32_t>(v)].tag == parse::upos::verb &&
                       is_word(base + static_cast<std::uint32_t>(v), word_class::light_verb) &&
                       std::any_of(c.args[static_cast<std::uint32_t>(v)].begin(), c.args[static_cast<std::uint32_t>(v)].end(),
                                   [&](const argument& a) {
                                     return a.word == p && (a.kind == role::object || a.kind == role::passive_subject);
                                   });
    // A participle after the noun ("the sanctions imposed by X on Y") says who and to whom.
    for (std::uint32_t k : c.kids[p])
      if (c.passive[k] && std::any_of(c.args[k].begin(), c.args[k].end(), [&](const argument& a) {
            return a.word == p && a.kind == role::passive_subject;
          })) {
        doers_of(k, false);
        for (const argument& a : c.args[k])
          if (a.kind == role::oblique && undergoer_marker(marker_of(a))) undergoers.push_back(a.word);
      }
    // "arrived in Beijing for talks with China", "sent a delegation for talks with Y": talks
    // someone travels or sends for are their own.
    if (doers.empty() && t.rel == relation::meets && v >= 0 &&
        c.parse[static_cast<std::uint32_t>(v)].tag == parse::upos::verb &&
        std::any_of(c.args[static_cast<std::uint32_t>(v)].begin(), c.args[static_cast<std::uint32_t>(v)].end(),
                    [&](const argument& a) { return a.word == p && a.kind == role::oblique && marker_of(a) == "for"; }))
      doers_of(static_cast<std::uint32_t>(v), false);
    if (light) {
      const auto vu = static_cast<std::uint32_t>(v);
      if (doers.empty()) doers_of(vu, false);
      for (const argument& a : c.args[vu])
        if (a.kind == role::oblique && (in_trigger(a.marker) || undergoer_marker(marker_of(a)))) undergoers.push_back(a.word);
    }
  } else {
    doers_of(p, false);
    for (std::int64_t k = lo; k < hi; ++k) undergoers_of(static_cast<std::uint32_t>(k), false);
    // "X is allied with Y": a symmetric participle with no agent holds between its subject
    // and its phrase.
    if (is_symmetric(t.rel) && c.passive[p] && doers.empty())
      for (const argument& a : c.args[p])
        if (a.kind == role::passive_subject) {
          doers.push_back(a.word);
          undergoers.erase(std::remove(undergoers.begin(), undergoers.end(), a.word), undergoers.end());
        }
  }
  // A noun's "of X" is what it is done to once someone else does it ("Poland's detention of X",
  // "the condemnation of X by Y", "X is not a member of Y"); alone it may be either.
  if (noun && !doers.empty())
    for (const argument& a : c.args[p])
      if (a.kind == role::oblique && marker_of(a) == "of") undergoers.push_back(a.word);
  // Two subjects, a description and the name right after it ("the rights group Lumen Watch"
  // parsed as two): the name.
  if (doers.size() >= 2)
    doers.erase(std::remove_if(doers.begin(), doers.end(), [&](std::uint32_t d) {
                  const mention* m = mention_at(s, base + d);
                  if (!m || !is_word(m->first, word_class::determiner)) return false;
                  const mention* next = mention_starting(s, m->last);
                  return next && std::find_if(doers.begin(), doers.end(), [&](std::uint32_t e) {
                                   return mention_at(s, base + e) == next;
                                 }) != doers.end();
                }),
                doers.end());
  // "No state voted against it", "none was detained": no one did it or had it done, and no
  // window pattern may find someone.
  if (std::any_of(c.args[p].begin(), c.args[p].end(), [](const argument& a) {
        return a.no_one && (a.kind == role::subject || a.kind == role::passive_subject || a.kind == role::agent);
      }))
    return true;
  // "struck a rebel camp in X", "X's strike on a base in Y": an attack on what names no one,
  // in a state's territory, is an attack on that state (a sea or a region named alone is
  // where, not whom: below).
  if (t.rel == relation::attacks && !undergoers.empty() &&
      std::none_of(undergoers.begin(), undergoers.end(), [&](std::uint32_t u) { return !phrase_entities(s, u, owner).empty(); })) {
    std::vector<std::uint32_t> territory;
    for (std::uint32_t v : undergoers)
      for (const argument& a : c.args[v])
        if (a.kind == role::oblique && marker_of(a) == "in") {
          const std::vector<int> xs = phrase_entities(s, a.word, owner_counts::never);
          if (!xs.empty() && std::all_of(xs.begin(), xs.end(), [&](int x) { return type_of(x) == node_type::state; }))
            territory.push_back(a.word);
        }
    undergoers.insert(undergoers.end(), territory.begin(), territory.end());
  }
  // "attacked ships in the Red Sea": what it was done to names no entity, and the place after
  // it says where, not to whom.
  if (!noun && !undergoers.empty()) {
    bool named = false, located = false;
    auto locative = [&](std::uint32_t v) {
      for (const argument& a : c.args[v]) {
        const std::string_view prep = marker_of(a);
        if (a.kind != role::oblique || !(prep == "in" || prep == "at" || prep == "near" || prep == "off")) continue;
        const std::vector<int> xs = phrase_entities(s, a.word, owner_counts::never);
        located = located || (!xs.empty() && std::all_of(xs.begin(), xs.end(), [&](int x) {
                                return type_of(x) == node_type::place;
                              }));
      }
    };
    for (std::uint32_t u : undergoers) {
      named = named || !phrase_entities(s, u, owner).empty();
      locative(u);
    }
    locative(p);
    if (!named && located) return true;
    // "urged the interim authorities to ...": the one it was done to is an actor the text does
    // not name, and no name further on is that one.
    if (!named && std::any_of(undergoers.begin(), undergoers.end(), [&](std::uint32_t u) {
          const std::size_t at = base + u;
          if (!(is_word(at, word_class::actor_noun) || is_word(at, word_class::person_noun) ||
                is_word(at, word_class::group_head)))
            return false;
          // Nothing named between the trigger and that noun ("the Rapid Support Forces group").
          for (const mention& m : a_.mentions[s])
            if (m.last > last && m.first <= at) return false;
          return true;
        }))
      return true;
    // "condemned the attack and called on Y": a second verb's phrases are its own, when the
    // object and the first verb name no one in their phrases either ("condemned the coup in
    // Niger", "the actions of X" do).
    bool inner = false;
    std::vector<std::uint32_t> own = undergoers;
    own.push_back(p);
    for (std::uint32_t u : own)
      for (const argument& a : c.args[u])
        inner = inner || (a.kind == role::oblique && !phrase_entities(s, a.word, owner_counts::never).empty());
    if (!named && !inner && std::any_of(c.kids[p].begin(), c.kids[p].end(), [&](std::uint32_t k) {
          return c.links[k] == link::conjunct && c.parse[k].tag == parse::upos::verb;
        }))
      return true;
  }
  // A noun that is the object of another verb with nothing of its own, not even a phrase
  // after it that the parse hung elsewhere ("condemned the attack and called on Y"), or with no
  // doer where the verb is no light verb ("condemned the attack on a convoy in X"): who did
  // it is not said, and no window may guess it across the clause.
  // A "by" phrase after the noun, which the parse may have hung on the verb ("condemned the
  // arrest of X by Y"), may still name the doer.
  const auto by_after = [&] {
    for (std::size_t k = last; k < sen.last && !is_punct(k, ",") && !is_punct(k, ";"); ++k) {
      if (folded(k) == "by") return true;
      if (c.parse[k - base].tag == parse::upos::verb) return false;
    }
    return false;
  };
  if (noun && doers.empty() && c.parse[p].head >= 0 &&
      ((undergoers.empty() && !(last < sen.last && is_word(last, word_class::preposition))) ||
       (!light && !by_after() &&
        std::none_of(undergoers.begin(), undergoers.end(),
                     [&](std::uint32_t u) { return !phrase_entities(s, u, owner).empty(); }))) &&
      std::any_of(c.args[static_cast<std::uint32_t>(c.parse[p].head)].begin(),
                  c.args[static_cast<std::uint32_t>(c.parse[p].head)].end(),
                  [&](const argument& a) { return a.word == p && a.kind == role::object; }))
    return true;
  // A noun's mode, and that of a verb of occurrence it is the subject of: "a meeting ... is
  // planned", "the talks will resume", "the summit did not take place".
  const mode noun_mode = [&] {
    const mode md = c.negated[p] ? mode::negated : mode_at(s, first);
    if (!noun || c.parse[p].head < 0) return md;
    const auto v = static_cast<std::uint32_t>(c.parse[p].head);
    const bool subject = c.parse[v].tag == parse::upos::verb &&
                         std::any_of(c.args[v].begin(), c.args[v].end(), [&](const argument& a) {
                           return a.word == p && (a.kind == role::subject || a.kind == role::passive_subject);
                         });
    const auto hit = subject ? match(lx_.mode_phrases, base + v, sen.last, true) : std::nullopt;
    if (!hit || std::none_of(hit->values.begin(), hit->values.end(), [&](auto i) { return lx_.modality[i].occurrence; }))
      return md;
    return stronger(md, c.negated[v] ? mode::negated : mode_at(s, base + v + 1));
  }();
  // Each pair of the actors some phrases name, for a symmetric noun: whether any was read.
  const auto emit_pairs = [&](const std::vector<std::uint32_t>& phrases) {
    std::vector<int> sides;
    for (std::uint32_t phrase : phrases) {
      std::vector<int> xs = phrase_entities(s, phrase, owner_counts::never);
      // The rest of a list the parse broke at a title ("between President X and Chancellor Y").
      if (const mention* at = mention_at(s, base + phrase); at && !at->possessive && !at->modifier)
        for (int y : coordinated_after(s, *at)) xs.push_back(y);
      for (int x : xs)
        if (is_actor(x) && std::find(sides.begin(), sides.end(), x) == sides.end()) sides.push_back(x);
    }
    const std::size_t before = a_.readings.size();
    const std::string trig(span_text(first, last));
    for (std::size_t i = 0; i < sides.size(); ++i)
      for (std::size_t j = i + 1; j < sides.size(); ++j)
        emit(sides[i], sides[j], t.rel, noun_mode, s, trig, 0.6, {}, "roles");
    return a_.readings.size() != before;
  };
  // "A and B played down their meeting": a symmetric noun whose "their" is its verb's
  // coordinated subject holds between those.
  if (noun && is_symmetric(t.rel) && c.parse[p].head >= 0 &&
      std::all_of(undergoers.begin(), undergoers.end(), [&](std::uint32_t u) { return phrase_entities(s, u, owner).empty(); }) &&
      std::any_of(doers.begin(), doers.end(), [&](std::uint32_t d) { return is_word(base + d, word_class::pronoun_they); })) {
    std::vector<std::uint32_t> subjects;
    for (const argument& a : c.args[static_cast<std::uint32_t>(c.parse[p].head)])
      if (a.kind == role::subject || a.kind == role::passive_subject) subjects.push_back(a.word);
    if (emit_pairs(subjects)) return true;
  }
  // "talks between X and Y", "a summit among A, B and C": a symmetric noun holds between those
  // its phrase names.
  if (noun && is_symmetric(t.rel)) {
    std::vector<std::uint32_t> between;
    for (const argument& a : c.args[p])
      if (a.kind == role::oblique && (marker_of(a) == "between" || marker_of(a) == "among")) between.push_back(a.word);
    if (emit_pairs(between)) return true;
  }
  // The parse found who or to whom of a noun: what it says settles the trigger, even when the
  // phrases name no entity ("the attack on Israel" with no attacker named). A verb's window
  // patterns are still tried: they read more of what the parse gets wrong.
  if (doers.empty() && undergoers.empty()) return false;
  if (doers.empty() || undergoers.empty()) return noun;

  const mode m = noun_mode;
  std::string trig(span_text(first, last));
  // "accused X of Y": what of, to the end of the clause.
  std::map<std::string, std::string> q;
  if (t.rel == relation::accuses)
    for (const argument& a : c.args[p])
      if (a.kind == role::oblique && marker_of(a) == "of") {
        const std::size_t from = base + static_cast<std::uint32_t>(a.marker) + 1, stop = clause_end(s, from);
        if (from < stop)
          q["of"] = std::string(trim(span_text(from, stop)));
        break;
      }
  std::vector<int> subjects;
  for (std::uint32_t d : doers)
    for (int x : doer_entities(s, d)) subjects.push_back(x);
  const std::size_t before = a_.readings.size();
  std::vector<int> objects;
  for (std::uint32_t u : undergoers) {
    // A name itself ("hosted Gondor", "hosted the Gondorian president"), not a noun of
    // someone's ("hosted Gondorian troops").
    if (t.named_object) {
      const mention* at = mention_at(s, base + u);
      const bool titled = is_word(base + u, word_class::person_noun) || match(lx_.role_names, base + u, base + u + 1, true);
      if (at && !at->possessive && !at->modifier && (is_capitalized(word(at->last - 1)) || titled)) {
        objects.push_back(at->ent);
        objects.insert(objects.end(), at->also.begin(), at->also.end());
      } else if (titled) {
        for (int y : phrase_entities(s, u, owner_counts::always)) objects.push_back(y);
      }
      continue;
    }
    for (int y : phrase_entities(s, u, owner)) objects.push_back(y);
    // A list the parse broke at a long name or a bracketed acronym ("Boko Haram, the Islamic
    // State West Africa Province (ISWAP), the ADF"): the names listed after the head's.
    if (const mention* at = mention_at(s, base + u); at && !at->possessive && !at->modifier)
      for (int y : coordinated_after(s, *at)) objects.push_back(y);
  }
  std::sort(objects.begin(), objects.end());
  objects.erase(std::unique(objects.begin(), objects.end()), objects.end());
  for (int x : subjects)
    for (int y : objects)
      if (t.objects.empty() || std::find(t.objects.begin(), t.objects.end(), type_of(y)) != t.objects.end())
        emit(x, y, t.rel, m, s, trig, 0.6, q, "roles");
  if (a_.readings.size() == before) return noun;
  // As the window patterns do: the subjects are the sentence's latest ("they" next), and the
  // body that adopted or issued a document names it (not the states that drafted it).
  last_subjects_ = subjects;
  if (t.rel == relation::adopts || t.rel == relation::publishes)
    for (std::size_t k = before; k < a_.readings.size(); ++k) {
      entity& o = a_.entities[static_cast<std::size_t>(a_.readings[k].object)];
      if ((o.n.type == node_type::resolution || o.n.type == node_type::report) && o.publisher.empty() &&
          type_of(a_.readings[k].subject) == node_type::body)
        o.publisher = a_.entities[static_cast<std::size_t>(a_.readings[k].subject)].n.key;
    }
  return true;
}

}  // namespace newsgraph::detail
