// The reader's second half: who did what to whom in a sentence, read from triggers and the
// mentions around them.
#include <algorithm>

#include "extract/detail/reader.hpp"
#include "extract/detail/text.hpp"

namespace newsgraph::detail {
namespace {

bool is_quote(std::string_view w) {
  return w == "\"" || w == "\u201C" || w == "\u201D";
}

bool is_vote(relation r) {
  return r == relation::votes_for || r == relation::votes_against || r == relation::abstains || r == relation::vetoes;
}

}  // namespace

// Whether token i lies inside quotation marks (someone else's words, not the statement's). A
// quotation opened in an earlier sentence of the paragraph is not tracked.
bool reader::is_quote_inside(std::size_t s, std::size_t i) const {
  const sentence& sen = a_.sentences[s];
  int quotes = 0;
  for (std::size_t k = sen.first; k < i; ++k) quotes += is_quote(word(k));
  return quotes % 2 == 1;
}

bool reader::allowed(relation r, int s, int o) const {
  node_type st = type_of(s), ot = type_of(o);
  bool s_actor = is_actor(s), o_actor = is_actor(o);
  bool o_doc = ot == node_type::resolution || ot == node_type::report;
  switch (r) {
    case relation::criticizes:
    case relation::opposes:
    case relation::supports:
      return (s_actor || st == node_type::report || st == node_type::resolution) && (o_actor || o_doc);
    case relation::votes_for:
    case relation::votes_against:
    case relation::abstains:
      return (st == node_type::state || st == node_type::body) && ot == node_type::resolution;
    case relation::adopts:
      return (st == node_type::body || st == node_type::state) && ot == node_type::resolution;
    case relation::vetoes:
      return st == node_type::state && ot == node_type::resolution;
    case relation::calls_on:
      return (s_actor || st == node_type::resolution || st == node_type::report) && o_actor;
    case relation::refers_to:
      return (s_actor || st == node_type::place) && ot == node_type::body;
    case relation::accuses:
      return (s_actor || o_doc || st == node_type::report || st == node_type::resolution) && o_actor;
    case relation::sanctions:
      return (s_actor || st == node_type::resolution) && o_actor;
    case relation::allied_with:
      return (st == node_type::state || st == node_type::body) && (ot == node_type::state || ot == node_type::body);
    case relation::represents:
      return st == node_type::person && (ot == node_type::state || ot == node_type::body);
    case relation::part_of:
      return st == node_type::body && (ot == node_type::body || ot == node_type::state);
    case relation::member_of:
      return (st == node_type::state || st == node_type::person) && ot == node_type::body;
    case relation::publishes:
      return s_actor && o_doc;
    case relation::discusses:
      return s_actor && ot != node_type::place;
    case relation::located_in:
      return (st == node_type::body || st == node_type::place) && (ot == node_type::place || ot == node_type::state);
    case relation::meets:
    case relation::threatens:
      return s_actor && o_actor;
    case relation::attacks:
      return s_actor && (o_actor || ot == node_type::place) && ot != node_type::person;
    case relation::detains:
      return (st == node_type::state || st == node_type::body) && ot == node_type::person;
  }
  return false;
}

bool reader::in_prepositional_phrase(std::size_t s, const mention& m) const {
  const sentence& sen = a_.sentences[s];
  std::size_t k = m.first;
  int skipped = 0;
  while (k > sen.first && skipped < 4) {
    --k;
    // "for the French foreign ministry", "of China's army": owners and nationalities inside the phrase.
    if (word(k) == "'s" || word(k) == "\u2019s") continue;
    if (const mention* p = mention_ending(s, k + 1); p && (p->modifier || p->possessive)) {
      k = p->first;
      ++skipped;
      continue;
    }
    if (a_.tokens[k].kind == token_kind::number || is_word(k, word_class::determiner)) {
      ++skipped;
      continue;
    }
    if (is_word(k, word_class::preposition)) {
      // "after ECOWAS imposed sanctions": a conjunction opening a clause, not a preposition.
      word_view f = folded(k);
      bool conj = f == "after" || f == "before" || f == "since" || f == "until" || f == "as";
      if (conj && m.last < sen.last && a_.tokens[m.last].kind == token_kind::word && !is_capitalized(word(m.last)) &&
          !is_word(m.last, word_class::preposition) && !is_word(m.last, word_class::determiner) && folded(m.last) != "and")
        return false;
      return true;
    }
    if (a_.tokens[k].kind == token_kind::word && !is_capitalized(word(k)) && skipped < 2 &&
        !is_word(k, word_class::be) && !is_word(k, word_class::clause_opener) && folded(k) != "and") {
      ++skipped;
      continue;
    }
    return false;
  }
  return false;
}

std::size_t reader::clause_end(std::size_t s, std::size_t i) const {
  const sentence& sen = a_.sentences[s];
  for (std::size_t k = i; k < sen.last; ++k)
    if (word(k) == ";" || word(k) == "." || word(k) == ":" || is_quote(word(k))) return k;
  return sen.last;
}

std::vector<int> reader::coordinated_before(std::size_t s, const mention& m) const {
  const sentence& sen = a_.sentences[s];
  std::vector<int> out;
  std::size_t at = m.first;
  // "... and Vietnamese Prime Minister Tran Quoc Minh": the person's title and its owner belong
  // to the name.
  auto title_start = [&](std::size_t first) {
    for (std::size_t k = first > sen.first + 5 ? first - 5 : sen.first; k < first; ++k)
      if (auto role = match(lx_.role_names, k, first, true); role && role->last == first) {
        if (const mention* owner = mention_ending(s, k); owner && (owner->modifier || owner->possessive))
          return owner->first;
        return k;
      }
    return first;
  };
  if (type_of(m.ent) == node_type::person) at = title_start(at);
  while (at > sen.first) {
    std::size_t k = at - 1;
    if (k > sen.first && is_word(k, word_class::determiner) && (folded(k - 1) == "and" || word(k - 1) == "," ||
                                                                 folded(k - 1) == "or"))
      --k;  // "Canada and the United States"
    bool joiner = false;
    if (folded(k) == "and" || folded(k) == "or" || word(k) == "," || folded(k) == "nor") {
      joiner = true;
      if (k > sen.first && word(k - 1) == "," && folded(k) != ",") --k;
    }
    if (k > sen.first && k >= 2 && folded(k) == "as" && folded(k - 1) == "well" && folded(k - 2) == "as") {
      joiner = true;
      k -= 2;
    }
    // "China - Pyongyang's main ally - and Russia": skip the aside.
    if (joiner && k > sen.first && (is_dash(word(k - 1)) || word(k - 1) == ",") && !mention_ending(s, k)) {
      word_view close = word(k - 1);
      for (std::size_t q = k - 1; q > sen.first && q + 12 > k; --q) {
        if (word(q - 1) == close || (is_dash(close) && is_dash(word(q - 1)))) {
          k = q;
          break;
        }
      }
      --k;
    } else if (!joiner) {
      // A list that lost a comma ("as did Belarus Cuba, Iran"): states only, inside a list ("UN
      // Office of ..." is a name and its owner, not two actors).
      const mention* p = mention_ending(s, at);
      bool in_list = m.last < sen.last && (word(m.last) == "," || folded(m.last) == "and");
      if (!p || p->possessive || p->modifier || type_of(p->ent) != type_of(m.ent) || type_of(m.ent) != node_type::state ||
          !in_list)
        break;
      out.push_back(p->ent);
      at = p->first;
      continue;
    }
    const mention* p = mention_ending(s, k);
    if (!p || p->possessive || p->modifier) break;
    out.push_back(p->ent);
    at = type_of(p->ent) == node_type::person ? title_start(p->first) : p->first;
  }
  return out;
}

std::vector<int> reader::coordinated_after(std::size_t s, const mention& m, std::size_t* end) const {
  const sentence& sen = a_.sentences[s];
  std::vector<int> out;
  std::size_t at = m.last;
  while (at < sen.last) {
    std::size_t k = at;
    // An apposition: ", a prominent Belarusian journalist travelling on board," (not one more
    // name of the list: ", the Allied Democratic Forces").
    const mention* listed = k + 2 < sen.last ? mention_starting(s, k + 2) : nullptr;
    if (word(k) == "," && k + 1 < sen.last && is_word(k + 1, word_class::determiner) && !mention_starting(s, k + 1) &&
        !(listed && !listed->possessive && !listed->modifier)) {
      std::size_t q = k + 1;
      while (q < sen.last && q < k + 12 && word(q) != "," && word(q) != "." && word(q) != ";") ++q;
      if (q < sen.last && word(q) == ",") k = q;
    }
    bool joiner = false;
    while (k < sen.last && (word(k) == "," || folded(k) == "and" || folded(k) == "or" || folded(k) == "nor")) {
      joiner = true;
      ++k;
    }
    if (k + 2 < sen.last && folded(k) == "as" && folded(k + 1) == "well" && folded(k + 2) == "as") {
      joiner = true;
      k += 3;
    }
    const mention* n = mention_starting(s, k);
    if (!n && joiner && k < sen.last && is_word(k, word_class::determiner)) {
      std::size_t q = k + 1;
      while (!mention_starting(s, q) && q < sen.last && q < k + 3 && a_.tokens[q].kind == token_kind::word &&
             !is_capitalized(word(q)) && !is_word(q, word_class::preposition))
        ++q;  // "and the paramilitary Rapid Support Forces"
      n = mention_starting(s, q);
    }
    if (!n && !joiner) n = mention_starting(s, k);
    // "and German Chancellor X", "and Prime Minister X": a titled person, when a person was listed.
    if (joiner && type_of(m.ent) == node_type::person && (!n || n->modifier)) {
      std::size_t q = n ? n->last : k;
      if (auto title = match(lx_.role_names, q, sen.last, true))
        if (const mention* held = mention_starting(s, title->last); held && type_of(held->ent) == node_type::person)
          n = held;
    }
    // ", the Dagolathi news agency": a demonym's noun, not one more of the list.
    if (!n || n->possessive || n->modifier || (!joiner && type_of(n->ent) != type_of(m.ent))) break;
    // ", the United Nations said": who speaks, not one more of the list.
    if (n->last < sen.last && is_word(n->last, word_class::speech_verb)) break;
    out.push_back(n->ent);
    at = n->last;
  }
  if (end) *end = at;
  return out;
}

std::vector<int> reader::subjects_before(std::size_t s, std::size_t i, relation r, bool nominal) const {
  for (const auto& c : controls_)
    if (c.first <= i && i < c.last) return c.controllers;
  const sentence& sen = a_.sentences[s];
  // "Sweden's bid to join NATO", "Russia's decision to invade": the possessor of the plan.
  if (i >= sen.first + 3 && folded(i - 1) == "to" && is_word(i - 2, word_class::event_noun)) {
    std::size_t k = i - 2;
    if (k > sen.first && (word(k - 1) == "'s" || word(k - 1) == "\u2019s")) --k;
    if (const mention* m = mention_ending(s, k); m && m->possessive) return {m->ent};
  }
  // ", accusing X of ...", "responded by imposing sanctions on X": a participle after a comma,
  // or a gerund after "by", takes the sentence's subject.
  if (!nominal && i > sen.first && (word(i - 1) == "," || folded(i - 1) == "by") && folded(i).ends_with("ing")) {
    // The subject of the clause it follows: "X apologised, but Y was not satisfied, calling for ...".
    std::size_t from = sen.first;
    for (std::size_t k = sen.first; k < i; ++k)
      if (const word_view f = folded(k); f == "but" || f == "while" || f == "whereas" || f == "although" || f == "though")
        from = k + 1;
    for (const auto& m : a_.mentions[s]) {
      if (m.first >= i) break;
      if (m.first < from) continue;
      if (m.possessive || m.modifier || !is_actor(m.ent) || in_prepositional_phrase(s, m)) continue;
      std::vector<int> out = coordinated_before(s, m);
      out.push_back(m.ent);
      for (int more : coordinated_after(s, m)) out.push_back(more);
      return out;
    }
  }
  // "X urged A to ... and called on B": coordinated verbs share their subject.
  if (!nominal) {
    std::size_t k = i;
    while (k > sen.first && is_word(k - 1, word_class::adverb)) --k;
    if (k > sen.first && folded(k - 1) == "and" && !last_subjects_.empty() && !mention_ending(s, k - 1))
      return last_subjects_;
  }
  std::size_t j = i;
  int steps = 0;
  while (j > sen.first && steps < 40) {
    --j;
    ++steps;
    word_view w = word(j);
    if (w == ";" || w == ":" || is_quote(w)) break;
    // "X, which sanctioned Y last year, urged ...": a relative clause between the subject and
    // the verb is passed over.
    if (w == "," && !nominal) {
      bool adjacent = true;  // only adverbs between the comma and the verb
      for (std::size_t q = j + 1; q < i && adjacent; ++q) adjacent = is_adverb(q);
      std::size_t open = j;
      for (std::size_t q = j; adjacent && q-- > sen.first && q + 20 > j;)
        if (word(q) == ",") {
          if (const word_view f = folded(q + 1); f == "which" || f == "who" || f == "whose") open = q;
          break;
        }
      if (open != j) {
        j = open;
        continue;
      }
    }
    if (is_word(j, word_class::clause_opener)) {
      word_view f = folded(j);
      // "India and Japan were among the countries that abstained"
      if ((f == "that" || f == "which" || f == "who") && j >= sen.first + 3 && folded(j - 2) == "the" &&
          folded(j - 3) == "among") {
        j -= 3;
        continue;
      }
      if ((f == "which" || f == "who" || f == "that") && !nominal) {
        std::size_t k = j;
        if (k > sen.first && word(k - 1) == ",") --k;
        if (const mention* m = mention_ending(s, k); m && !m->possessive) {
          std::vector<int> out = coordinated_before(s, *m);
          out.push_back(m->ent);
          return out;
        }
      }
      break;
    }
    const mention* m = mention_ending(s, j + 1);
    if (!m) continue;
    j = m->first;
    if (m->possessive || m->modifier) continue;
    bool pp = in_prepositional_phrase(s, *m);
    if (pp && is_vote(r) && m->first > sen.first) {
      std::size_t k = m->first;
      while (k > sen.first && (mention_ending(s, k) || word(k - 1) == "," || folded(k - 1) == "and" ||
                               is_word(k - 1, word_class::determiner))) {
        if (const mention* p = mention_ending(s, k)) k = p->first;
        else --k;
      }
      if (k > sen.first && folded(k - 1) == "with") pp = false;  // "with X and Y abstaining"
    }
    if (pp) {
      // "Foreign ministers of the Group of Seven", "leaders of the bloc": its people speak for it.
      std::size_t k = m->first;
      while (k > sen.first && is_word(k - 1, word_class::determiner)) --k;
      if (k >= sen.first + 2 && folded(k - 1) == "of" &&
          (is_word(k - 2, word_class::actor_noun) || match(lx_.role_names, k - 2, k - 1, true) ||
           folded(k - 2) == "ministers" || folded(k - 2) == "representatives"))
        pp = false;
    }
    if (pp) continue;
    node_type t = type_of(m->ent);
    bool ok = is_actor(m->ent) || ((t == node_type::resolution || t == node_type::report) &&
                                   (r == relation::calls_on || r == relation::accuses || r == relation::criticizes ||
                                    r == relation::sanctions || r == relation::supports || r == relation::opposes));
    if (!ok) continue;
    std::vector<int> out = coordinated_before(s, *m);
    out.push_back(m->ent);
    out.insert(out.end(), m->also.begin(), m->also.end());
    // "Australia and Israel joined the United States in voting against it"
    std::size_t k = m->first;
    if (k > sen.first && is_word(k - 1, word_class::determiner)) --k;
    if (k > sen.first && (folded(k - 1) == "joined" || folded(k - 1) == "joins")) {
      for (int more : subjects_before(s, k - 1, r)) out.push_back(more);
    }
    return out;
  }
  // A participial opening ("Adopting resolution 1593 ..., the Council decided"): the main
  // clause's subject.
  std::size_t lead = sen.first;
  while (lead < i && (a_.skip[lead] || is_word(lead, word_class::adverb) || a_.tokens[lead].kind != token_kind::word))
    ++lead;
  if (lead == i || (lead < sen.last && word(lead).ends_with("ing"))) {
    int m = main_subject_after(s, i);
    if (m >= 0) return {m};
  }
  // An operative paragraph of a communiqué or resolution ("the Council: ... 2. Strongly
  // condemns ...; 4. Urges ..."): a sentence that opens with a verb in the third person has
  // the body that spoke last as its subject.
  if (lead == i && !nominal && operative_paragraph(s)) {
    int implicit = implicit_subject();
    if (implicit >= 0) return {implicit};
  }
  return {};
}

// Whether sentence s is an operative paragraph: numbered ("2. Strongly condemns ...") or after
// one that ended in a colon or semicolon, and opening with a verb in the third person.
bool reader::operative_paragraph(std::size_t s) const {
  const sentence& sen = a_.sentences[s];
  std::size_t lead = sen.first;
  bool numbered = false;
  while (lead < sen.last && (a_.skip[lead] || a_.tokens[lead].kind != token_kind::word || is_word(lead, word_class::adverb))) {
    numbered |= a_.tokens[lead].kind == token_kind::number;
    ++lead;
  }
  if (lead >= sen.last || mention_starting(s, lead) || !is_capitalized(word(lead)) || !folded(lead).ends_with("s") ||
      folded(lead).ends_with("ss"))
    return false;
  if (numbered) return true;
  if (s == 0) return false;
  const sentence& prev = a_.sentences[s - 1];
  word_view last = word(prev.last - 1);
  bool prev_number = prev.last - prev.first <= 2 && a_.tokens[prev.first].kind == token_kind::number;
  return last == ":" || last == ";" || prev_number;
}

int reader::byline_author(std::size_t s) const {
  const sentence& sen = a_.sentences[s];
  if (s >= 3) return -1;
  std::size_t k = sen.first;
  while (k < sen.last && k < sen.first + 4 && (a_.skip[k] || !is_word(k, word_class::statement_noun))) ++k;
  if (k + 1 >= sen.last || !is_word(k, word_class::statement_noun) || folded(k + 1) != "by") return -1;
  const mention* m = mention_starting(s, k + 2);
  if (!m && k + 3 < sen.last && is_word(k + 2, word_class::determiner)) m = mention_starting(s, k + 3);
  if (!m && k + 2 < sen.last)
    for (const mention& x : a_.mentions[s])  // "by Foreign Minister X": the name after the title
      if (x.first > k + 2 && x.first <= k + 6 && type_of(x.ent) == node_type::person) m = &x;
  if (!m || !is_actor(m->ent)) return -1;
  if (type_of(m->ent) != node_type::person) return m->ent;
  // A person speaks as "we" for what they represent, where the byline says it.
  for (const reading& r : a_.readings)
    if (r.sentence == s && r.subject == m->ent && r.rel == relation::represents) return r.object;
  return -1;
}

int reader::implicit_subject() const {
  for (auto it = subject_history_.rbegin(); it != subject_history_.rend(); ++it)
    if (type_of(*it) == node_type::body || type_of(*it) == node_type::state) return *it;
  return speaker_;
}

int reader::main_subject_after(std::size_t s, std::size_t i) const {
  const sentence& sen = a_.sentences[s];
  for (const auto& m : a_.mentions[s]) {
    if (m.first <= i || m.last >= sen.last || m.possessive) continue;
    std::size_t k = m.first;
    if (k > sen.first && is_word(k - 1, word_class::determiner)) --k;
    if (k == sen.first || word(k - 1) != ",") continue;
    if (a_.tokens[m.last].kind == token_kind::word && !is_capitalized(word(m.last)) &&
        !is_word(m.last, word_class::preposition) && folded(m.last) != "and" && is_actor(m.ent))
      return m.ent;
  }
  return -1;
}

// The examples a group is given by, after i: "dozens of protesters, among them X and Y",
// "several journalists, including X", "officials such as X". Empty when there is none.
std::vector<int> reader::examples_after(std::size_t s, std::size_t i, relation r, std::size_t* end) const {
  const sentence& sen = a_.sentences[s];
  const bool stance = r == relation::criticizes || r == relation::opposes || r == relation::accuses;
  for (std::size_t k = i; k + 1 < sen.last && k < i + 12; ++k) {
    word_view w = word(k);
    if (w == ";" || w == "." || w == ":" || is_quote(w) || mention_starting(s, k)) break;
    if (is_word(k, word_class::clause_opener) || is_word(k, word_class::be)) break;
    // "condemned the arrest of dozens, among them X": X suffered what was condemned.
    if (stance && is_word(k, word_class::harm_noun) && folded(k + 1) == "of") break;
    std::size_t from = 0;
    if (folded(k) == "including") from = k + 1;
    else if (folded(k) == "among" && (folded(k + 1) == "them" || folded(k + 1) == "whom")) from = k + 2;
    else if (folded(k) == "such" && folded(k + 1) == "as") from = k + 2;
    if (from) return objects_after(s, from, r, end);
  }
  return {};
}

std::size_t reader::shared_object_at(std::size_t s, std::size_t i) const {
  const sentence& sen = a_.sentences[s];
  if (i + 1 >= sen.last || word(i) != ",") return i;
  const auto joins = [&](std::size_t k) { return folded(k) == "and" || folded(k) == "but"; };
  // After the first verb: ", and B (adverbs) condemned, X".
  if (joins(i + 1))
    if (const mention* b = mention_starting(s, i + 2); b && !b->possessive) {
      std::size_t q = b->last;
      while (q < sen.last && is_adverb(q)) ++q;
      if (q + 1 < sen.last && a_.tokens[q].kind == token_kind::word && !is_capitalized(word(q)) &&
          folded(q).ends_with("ed") && word(q + 1) == ",")
        return q + 2;
    }
  // After the second: "A criticised, and B (adverbs) condemned, X".
  std::size_t q = i;
  while (q > sen.first && is_adverb(q - 2)) --q;
  if (q >= sen.first + 2)
    if (const mention* b = mention_ending(s, q - 1); b && b->first >= sen.first + 3 && joins(b->first - 1) &&
                                                     word(b->first - 2) == ",")
      return i + 1;
  return i;
}

std::vector<int> reader::objects_after(std::size_t s, std::size_t i, relation r, std::size_t* end) const {
  const sentence& sen = a_.sentences[s];
  i = shared_object_at(s, i);
  bool victims = false;  // after "the arrest of", "the killing of", ...: the people named suffered it
  for (std::size_t k = i; k < sen.last && k < i + 16; ++k) {
    word_view w = word(k);
    if (w == ";" || w == "." || w == ":" || w == "?" || w == "!" || is_quote(w)) break;
    if (is_word(k, word_class::clause_opener) && !(folded(k) == "that" && k > i && folded(k - 1) == "such")) break;
    if (w == "," && !mention_ending(s, k) && !(victims && k + 1 < sen.last &&
                                               (folded(k + 1) == "among" || folded(k + 1) == "including")))
      break;
    if (k + 1 < sen.last && folded(k + 1) == "of" && is_word(k, word_class::harm_noun)) victims = true;
    const mention* m = mention_starting(s, k);
    if (!m) continue;
    if (victims && (r == relation::criticizes || r == relation::opposes || r == relation::accuses) &&
        type_of(m->ent) == node_type::person) {
      k = m->last - 1;
      continue;
    }
    // A nationality ("Chinese exiles"), or a name the next mention heads ("the Merkel government").
    if (m->modifier && (type_of(m->ent) == node_type::state ||
                        mention_starting(s, m->last + (m->possessive ? 1 : 0)) != nullptr)) {
      k = m->last - 1;
      continue;
    }
    bool ok = true;
    // Only the relation's kind of object; a place passed on the way is not one.
    node_type t = type_of(m->ent);
    if (t == node_type::place && r != relation::attacks && r != relation::located_in) ok = false;
    if (m->possessive && !(r == relation::criticizes || r == relation::opposes || r == relation::supports ||
                           r == relation::accuses || r == relation::sanctions))
      ok = false;
    if (!ok) {
      k = m->last - 1;
      continue;
    }
    std::vector<int> out{m->ent};
    out.insert(out.end(), m->also.begin(), m->also.end());
    std::size_t plain = out.size();
    for (int more : coordinated_after(s, *m, end)) out.push_back(more);
    if (end && out.size() == plain) *end = m->last;
    return out;
  }
  return {};
}

mode reader::stronger(mode a, mode b) {
  auto rank = [](mode m) { return m == mode::negated ? 3 : m == mode::proposed ? 2 : m == mode::expected ? 1 : 0; };
  return rank(b) > rank(a) ? b : a;
}

mode reader::mode_at(std::size_t s, std::size_t i) const {
  const sentence& sen = a_.sentences[s];
  mode found = mode::asserted;
  auto consider = [&](mode m) { found = stronger(found, m); };
  for (const auto& c : controls_)
    if (c.first <= i && i < c.last) consider(c.mod);
  // "a call to send X to the court", "a bid to refer X": what is proposed.
  // Not "X plans to join", where the sentence's clause roles, if made, give the word a subject
  // of its own (not a possessor's: "Togo's offer to meet").
  const auto predicate = [&](std::size_t k) {
    if (clauses_sentence_ != s) return false;
    const auto& args = clauses_.args[k - sen.first];
    return std::any_of(args.begin(), args.end(), [](const argument& a) { return a.kind == role::subject && !a.derived; });
  };
  if (i >= sen.first + 2 && folded(i - 1) == "to" && is_word(i - 2, word_class::event_noun) && !predicate(i - 2))
    consider(mode::proposed);
  // "vowed on Monday to act": a date between the verb and its "to".
  if (i >= sen.first + 3 && folded(i - 1) == "to") {
    std::size_t k = i - 1;  // the first word of the date, once found
    while (k > sen.first + 1 && i - k < 5 &&
           (is_word(k - 1, word_class::calendar) || folded(k - 1) == "on" || a_.tokens[k - 1].kind == token_kind::number))
      --k;
    if (k + 1 < i) {
      const std::string phrase = std::string(folded(k - 1)) + " to";
      for (const modality_entry& e : lx_.modality)
        if (!e.called_off && e.phrase == phrase) consider(e.mod);
    }
  }
  std::size_t from = i > sen.first + 7 ? i - 7 : sen.first;
  for (std::size_t k = i; k > from;) {
    --k;
    word_view w = word(k);
    if (w == "," || w == ";" || is_quote(w)) break;
    if (const mention* m = mention_ending(s, k + 1); m && !m->possessive) break;
    word_view f = folded(k);
    if (f == "not" || f == "never" || f.ends_with("n't") || f == "cannot") consider(mode::negated);
    if (auto p = match(lx_.mode_phrases, k, i, true))
      for (auto v : p->values)
        if (!lx_.modality[v].called_off) consider(lx_.modality[v].mod);
  }
  return found;
}

bool reader::read_reciprocal(std::size_t s, std::size_t first, std::size_t last, const trigger_entry& t) {
  const sentence& sen = a_.sentences[s];
  if (t.noun) return false;
  std::size_t k = last;
  if (k < sen.last && is_word(k, word_class::preposition)) ++k;  // "met with each other"
  if (k + 1 >= sen.last || !((folded(k) == "each" && folded(k + 1) == "other") ||
                             (folded(k) == "one" && folded(k + 1) == "another")))
    return false;
  const std::vector<int> sides = subjects_before(s, first, t.rel);
  if (sides.size() < 2) return true;  // who the others are is not said
  std::string trig(span_text(first, last));
  const mode m = clause_negated(s, first, last) ? mode::negated : mode_at(s, first);
  for (int a : sides)
    for (int b : sides)
      if (a != b && (t.objects.empty() || std::find(t.objects.begin(), t.objects.end(), type_of(b)) != t.objects.end()))
        emit(a, b, t.rel, m, s, trig, 0.6, {}, "reciprocal");
  last_subjects_ = sides;
  return true;
}

void reader::read_trigger(std::size_t s, std::size_t first, std::size_t last, const trigger_entry& t) {
  const sentence& sen = a_.sentences[s];
  std::string trig(span_text(first, last));
  std::string form = fold(trig);
  relation r = t.rel;
  mode m = clause_negated(s, first, last) ? mode::negated : mode_at(s, first);
  // A trigger limited to objects of some types reads no relation to others ("captured Goma" is
  // an attack; "captured the journalist" is not, but another entry of the form may take it).
  auto emit_to = [&](int a, int b, relation rel, mode md, double conf, const std::map<std::string, std::string>& q) {
    if (t.objects.empty() || std::find(t.objects.begin(), t.objects.end(), type_of(b)) != t.objects.end())
      emit(a, b, rel, md, s, trig, conf, q);
  };
  auto emit_all = [&](const std::vector<int>& subs, const std::vector<int>& objs, mode md, double conf,
                      std::map<std::string, std::string> q = {}) {
    for (int a : subs)
      for (int b : objs) emit_to(a, b, r, md, conf, q);
  };
  // Passive: "was adopted by", "were detained", "the resolution, vetoed by Russia".
  std::size_t before = first;
  // Adverbs between, also joined ("was widely and sharply criticised").
  while (before > sen.first &&
         (is_adverb(before - 1) || (before - 1 > sen.first && folded(before - 1) == "and" && is_adverb(before - 2) &&
                                    before < first && is_adverb(before))))
    --before;
  bool participle = !t.noun && !form.ends_with("ing") && form != t.lemma && !(form.ends_with("s") && !form.ends_with("ss"));
  // ... or a participle right after a name and a comma, and before a preposition: "Hamas,
  // designated as ... by X" (not "Oman, a neighbour of Yemen, praised Kenya").
  const mention* reduced = before > sen.first + 1 && word(before - 1) == "," && last < sen.last &&
                                   (is_word(last, word_class::preposition) || folded(last) == "as")
                               ? mention_ending(s, before - 1)
                               : nullptr;
  bool passive = participle && ((before > sen.first && is_word(before - 1, word_class::be)) ||
                                (last < sen.last && folded(last) == "by") || (reduced && !reduced->possessive));

  if (r == relation::calls_on) {
    if (t.noun) return;
    // The subject first: a later "and called on ..." shares it even when this call names no one.
    // The clause roles know it across a relative clause or a first verb ("X sanctioned Y and
    // urged Z to ..."); else the window's.
    const bool controlled = std::any_of(controls_.begin(), controls_.end(),
                                        [&](const control& c) { return c.first <= first && first < c.last; });
    std::vector<int> subs = controlled ? std::vector<int>{} : role_subjects(s, first, last);
    if (subs.empty()) subs = subjects_before(s, first, r);
    if (!subs.empty()) last_subjects_ = subs;
    std::size_t k = last;
    bool that_clause = false;
    auto skip_to_mention = [&](std::size_t limit) {
      while (k < sen.last && k < limit && !mention_starting(s, k) && folded(k) != "that") {
        if (is_word(k, word_class::determiner) || is_word(k, word_class::adverb) ||
            a_.tokens[k].kind == token_kind::number) {
          ++k;
        } else if (auto role = match(lx_.role_names, k, sen.last, true);
                   role && role->last < sen.last && folded(role->last) == "of") {
          k = role->last + 1;  // "the Chairperson of the AU Commission": the body
          limit = k + 2;
        } else {
          break;
        }
      }
    };
    skip_to_mention(last + 4);
    if (k < sen.last && folded(k) == "that") {
      that_clause = true;
      ++k;
      skip_to_mention(k + 3);
    }
    if (t.lemma == "decide" && !that_clause) return;
    // "urged X to halt ... and Y to release ...": a later addressee, with its own infinitive,
    // in [from, stop); also where the first is no one the text names ("the army to stop").
    const auto called_after = [&](std::size_t from, std::size_t stop) {
      for (std::size_t a = from; a + 3 < stop; ++a) {
        if (folded(a) != "and") continue;
        const mention* later = mention_starting(s, a + 1);
        if (!later && is_word(a + 1, word_class::determiner)) later = mention_starting(s, a + 2);
        if (!later || later->possessive || !is_actor(later->ent)) continue;
        const std::size_t to = later->last;
        if (to + 1 >= stop || folded(to) != "to" || a_.tokens[to + 1].kind != token_kind::word || is_capitalized(word(to + 1)))
          continue;
        std::map<std::string, std::string> q;
        q["action"] = std::string(detail::trim(span_text(to + 1, stop)));
        emit_all(subs, {later->ent}, m, 0.8, q);
        controls_.push_back({to, stop, {later->ent}, mode::proposed});
      }
    };
    const mention* addressee = mention_starting(s, k);
    if (!addressee || !is_actor(addressee->ent)) {
      // "urged the army to stop ... and Y to ...": a first addressee the text does not name.
      std::size_t to = k;
      while (to < sen.last && to < k + 4 && a_.tokens[to].kind == token_kind::word && folded(to) != "to") ++to;
      if (!addressee && !that_clause && to < sen.last && folded(to) == "to") called_after(to + 1, clause_end(s, to));
      return;
    }
    std::size_t end = addressee->last;
    std::vector<int> addressees{addressee->ent};
    addressees.insert(addressees.end(), addressee->also.begin(), addressee->also.end());  // "the two sides"
    for (int more : coordinated_after(s, *addressee, &end)) addressees.push_back(more);
    // "called for X to be referred": X is what is to be done, not who is called on.
    if (t.lemma == "call for" && end + 1 < sen.last && folded(end) == "to" && folded(end + 1) == "be") return;
    if (that_clause) {
      bool modal = false;
      for (std::size_t q = end; q < sen.last && q < end + 16; ++q) {
        word_view f = folded(q);
        if (f == "would" || f == "should" || f == "shall" || f == "must" || f == "to") modal = true;
      }
      // "demanded that X (immediately) withdraw": a verb in its base form right after.
      std::size_t q = end;
      while (q < sen.last && is_adverb(q)) ++q;
      if (q < sen.last && a_.tokens[q].kind == token_kind::word && !is_capitalized(word(q))) {
        const word_view f = folded(q);
        const bool base_form = f == "be" || (!f.ends_with("s") && !f.ends_with("ed") && !is_word(q, word_class::preposition) &&
                                             !is_word(q, word_class::determiner) && f != "and" && f != "or" &&
                                             !is_word(q, word_class::speech_verb) && f != "had" && f != "did" &&
                                             f != "would" && f != "could" && f != "might" && f != "will" && f != "can");
        if (base_form && clause_layer_) {
          const parse::upos tag = clauses_of(s).parse[q - sen.first].tag;
          modal = modal || (tag != parse::upos::noun && tag != parse::upos::propn && tag != parse::upos::adj &&
                            tag != parse::upos::num && tag != parse::upos::pron);
        }
      }
      if (!modal) return;
    } else if (!(end < sen.last && (folded(end) == "to" || word(end) == ","))) {
      if (t.lemma != "call on" && t.lemma != "call upon" && t.lemma != "appeal to" && t.lemma != "urge" &&
          t.lemma != "press")
        return;
    }
    std::size_t stop = clause_end(s, end);
    // The control reaches to the clause's comma, or to "and" before a verb in the governing
    // verb's tense ("urged X to let ... and called on Y": the second verb is the subject's).
    std::size_t control_end = end + 1;
    while (control_end < stop && word(control_end) != ",") {
      if (folded(control_end) == "and" && control_end + 1 < stop) {
        word_view next = folded(control_end + 1);
        bool same_tense = (form.ends_with("ed") && next.ends_with("ed")) ||
                          (form.ends_with("s") && next.ends_with("s") && !next.ends_with("ss"));
        if (same_tense) break;
      }
      ++control_end;
    }
    std::string action;
    if (end < stop) {
      std::size_t from = end;
      if (folded(from) == "to" || word(from) == ",") ++from;
      if (from < stop)
        action = std::string(detail::trim(span_text(from, stop)));
    }
    std::map<std::string, std::string> q;
    if (!action.empty()) q["action"] = action;
    emit_all(subs, addressees, m, 0.8, q);
    controls_.push_back({end, control_end, addressees, mode::proposed});
    called_after(end + 1, stop);
    return;
  }

  if (r == relation::refers_to) {
    std::vector<int> patients;
    std::size_t goal_from = last;
    std::vector<int> by;
    mode md = m;
    if (t.noun && form.ends_with("against")) {
      // "brought a case against Myanmar at the International Court of Justice"
      for (std::size_t k = last; k < sen.last && k < last + 3; ++k)
        if (const mention* p = mention_starting(s, k)) {
          patients.push_back(p->ent);
          goal_from = p->last;
          break;
        }
      by = subjects_before(s, first, r, true);
    } else if (t.noun) {
      if (last + 1 < sen.last && folded(last) == "of")
        if (const mention* p = mention_starting(s, last + 1 + (is_word(last + 1, word_class::determiner) ? 1 : 0))) {
          patients.push_back(p->ent);
          goal_from = p->last;
        }
    } else if (passive || (before > sen.first + 1 && folded(before - 1) == "be")) {
      for (std::size_t k = first; k > sen.first;) {
        --k;
        if (const mention* p = mention_ending(s, k + 1); p && !p->possessive) {
          patients.push_back(p->ent);
          std::size_t q = p->first;
          while (q > sen.first && is_word(q - 1, word_class::determiner)) --q;
          if (q > sen.first && folded(q - 1) == "for") md = mode::proposed;  // "a call for X to be referred"
          break;
        }
        if (word(k) == "," || word(k) == ";") break;
      }
      // The referring actor: "by X" after, or "a call by X" before.
      if (last + 1 < sen.last && folded(last) == "by")
        if (const mention* p = mention_starting(s, last + 1 + (is_word(last + 1, word_class::determiner) ? 1 : 0)))
          by.push_back(p->ent);
      if (by.empty())
        for (const auto& mm : a_.mentions[s]) {
          if (mm.first >= first) break;
          std::size_t q = mm.first;
          while (q > sen.first && is_word(q - 1, word_class::determiner)) --q;
          if (q > sen.first && folded(q - 1) == "by" && is_actor(mm.ent)) by.push_back(mm.ent);
        }
      for (const auto& c : controls_)
        if (c.first <= first && first < c.last && by.empty()) by = c.controllers;
    } else {
      for (std::size_t k = last; k < sen.last && k < last + 12; ++k) {
        if (folded(k) == "to" || word(k) == "," || word(k) == ";") break;
        const mention* p = mention_starting(s, k);
        if (!p) continue;
        if (type_of(p->ent) == node_type::resolution || type_of(p->ent) == node_type::report) break;
        patients.push_back(p->ent);
        goal_from = p->last;
        if (p->possessive) patients.pop_back();
        // "Darfur, Sudan": the place is the case, the state its location.
        break;
      }
      by = subjects_before(s, first, r);
    }
    if (patients.empty()) return;
    int goal = -1;
    for (std::size_t k = goal_from; k < sen.last && k < goal_from + 12; ++k) {
      if (folded(k) != "to" && folded(k) != "before" && folded(k) != "at" && folded(k) != "with") continue;
      for (std::size_t q = k + 1; q < sen.last && q < k + 8; ++q) {
        const mention* g = mention_starting(s, q);
        if (g && type_of(g->ent) == node_type::body) {
          goal = g->ent;
          break;
        }
        if (word(q) == "," || word(q) == ";") break;
      }
      break;
    }
    if (goal < 0) return;
    const entity& ge = a_.entities[goal];
    if (t.lemma == "send" && ge.n.kind != "court") return;
    std::map<std::string, std::string> q;
    if (!by.empty()) q["by"] = a_.entities[by.front()].n.label;
    for (int p : patients) emit_to(p, goal, r, md, 0.8, q);
    return;
  }

  if (is_vote(r) && !passive) {
    // "13 votes in favour": a tally, not anyone voting.
    if (!t.noun && first > sen.first && (a_.tokens[first - 1].kind == token_kind::number ||
                                         is_word(first - 1, word_class::number_word)))
      return;
    std::vector<int> subs;
    if (t.noun) {
      // "4 abstentions (Algeria, Brazil, China, United States)", "abstentions from A and B"
      std::size_t k = last;
      if (k < sen.last && (word(k) == "(" || folded(k) == "from")) {
        if (const mention* p = mention_starting(s, k + 1)) {
          subs.push_back(p->ent);
          for (int more : coordinated_after(s, *p)) subs.push_back(more);
        }
      }
    } else {
      subs = subjects_before(s, first, r);
      if (!subs.empty()) last_subjects_ = subs;
    }
    if (subs.empty()) return;
    std::vector<int> objs;
    for (int o : objects_after(s, last, r))
      if (type_of(o) == node_type::resolution) objs.push_back(o);
    if (objs.empty()) {
      for (const auto& mm : a_.mentions[s])
        if (type_of(mm.ent) == node_type::resolution) objs = {mm.ent};
    }
    if (objs.empty() && current_resolution_ >= 0 && vote_context_) objs = {current_resolution_};
    emit_all(subs, objs, m, 0.8);
    return;
  }

  if (r == relation::allied_with && t.noun) {
    // "China - Pyongyang's main ally -", "X, a close ally of Y", "X is Y's closest ally".
    int owner = -1, other = -1;
    std::size_t k = first;
    while (k > sen.first && k + 4 > first && a_.tokens[k - 1].kind == token_kind::word && !mention_ending(s, k) &&
           word(k - 1) != "'s" && !is_word(k - 1, word_class::be))
      --k;
    if (k > sen.first && (word(k - 1) == "'s" || word(k - 1) == "\u2019s")) --k;
    bool owner_before = false;
    if (const mention* p = mention_ending(s, k); p && p->possessive) {
      owner = p->ent;
      k = p->first;
      owner_before = true;
    } else if (last + 1 < sen.last && folded(last) == "of") {
      if (const mention* q = mention_starting(s, last + 1 + (is_word(last + 1, word_class::determiner) ? 1 : 0)))
        owner = q->ent;
      while (k > sen.first && is_word(k - 1, word_class::determiner)) --k;
    }
    if (owner < 0) return;
    while (k > sen.first && (is_word(k - 1, word_class::determiner) || is_word(k - 1, word_class::adverb))) --k;
    if (k > sen.first && (is_dash(word(k - 1)) || word(k - 1) == "," || word(k - 1) == "(")) {
      if (const mention* p = mention_ending(s, k - 1); p && !p->possessive) other = p->ent;
    } else if (k > sen.first && is_word(k - 1, word_class::be)) {
      auto subs = subjects_before(s, k - 1, r);
      if (!subs.empty()) other = subs.back();
    }
    if (other >= 0 && other != owner) emit_to(other, owner, r, m, 0.8, {});
    // "its ally South Korea", "Iran's allies Syria and Hezbollah": the names in apposition.
    if (other < 0 && owner_before)
      if (const mention* named = mention_starting(s, last); named && !named->possessive && !named->modifier) {
        std::vector<int> allies{named->ent};
        for (int more : coordinated_after(s, *named)) allies.push_back(more);
        for (int a : allies)
          if (a != owner) emit_to(owner, a, r, m, 0.8, {});
      }
    return;
  }

  if (t.noun && last < sen.last && a_.tokens[last].kind == token_kind::word && !is_capitalized(word(last)) &&
      folded(last).ends_with("s") && !is_word(last, word_class::preposition) && !is_word(last, word_class::be) &&
      !is_word(last, word_class::determiner) && !is_word(last, word_class::adverb) && !form.ends_with("s"))
    return;  // "attack drones", "strike aircraft": the noun names a kind of thing, not an event
  if (t.noun && is_word(last, word_class::compound_head))
    return;  // "an arrest warrant", "a detention centre": a thing, not the event
  if (t.noun) {
    // Nominal frames: "Russia's invasion of Ukraine", "the arrest of X", "sanctions against X",
    // "its support of X", "U.S. sanctions on X".
    std::vector<int> patients;
    std::size_t k = last;
    std::size_t pend = last;
    // "the bombardment by the army of two villages": the agent first, then the patient.
    std::vector<int> early_agents;
    if (k + 1 < sen.last && folded(k) == "by") {
      std::size_t q = k + 1 + (is_word(k + 1, word_class::determiner) ? 1 : 0);
      if (const mention* p = mention_starting(s, q); p && is_actor(p->ent) && p->last < sen.last && folded(p->last) == "of") {
        early_agents.push_back(p->ent);
        k = p->last;
      }
    }
    // "the detention, without charge or trial, of X": a parenthesis before the object.
    if (k + 1 < sen.last && word(k) == "," && early_agents.empty()) {
      std::size_t close = k + 1;
      while (close < sen.last && close < k + 8 && word(close) != ",") ++close;
      if (close + 1 < sen.last && word(close) == "," && folded(close + 1) == "of") k = close + 1;
    }
    while (k < sen.last && k < last + 3 + (early_agents.empty() ? 0 : 8) && !is_word(k, word_class::preposition)) ++k;
    if (k < sen.last && is_word(k, word_class::preposition) && folded(k) != "by") {
      word_view prep = folded(k);
      bool fits = prep == "of" || prep == "on" || prep == "against" || prep == "for" || prep == "with" ||
                  prep == "to" || prep == "over" || prep == "toward" || prep == "towards" || prep == "in";
      if (fits) patients = objects_after(s, k + 1, r, &pend);
      // "the arrest of dozens of protesters, among them X and Y": the ones the text names.
      if (fits && patients.empty() && prep == "of") patients = examples_after(s, k + 1, r, &pend);
      if (!patients.empty() && prep == "in" && r != relation::attacks) patients.clear();
    }
    if (patients.empty()) return;
    std::vector<int> agents = early_agents;
    std::size_t q = first;
    while (q > sen.first && q + 3 > first && a_.tokens[q - 1].kind == token_kind::word && !mention_ending(s, q) &&
           !is_word(q - 1, word_class::determiner) && !is_word(q - 1, word_class::preposition) && word(q - 1) != "'s")
      --q;
    if (q > sen.first && (word(q - 1) == "'s" || word(q - 1) == "\u2019s")) --q;
    if (const mention* p = mention_ending(s, q); agents.empty() && p && (p->possessive || p->modifier || p->last == first || p->last == q))
      if (is_actor(p->ent) || type_of(p->ent) == node_type::resolution) agents.push_back(p->ent);
    if (agents.empty() && pend + 1 < sen.last && folded(pend) == "by")
      if (const mention* p = mention_starting(s, pend + 1 + (is_word(pend + 1, word_class::determiner) ? 1 : 0)))
        agents.push_back(p->ent);
    // The subject of the verb that governs the noun is its agent ("Russia stepped up its
    // bombardment of ..."), but not of an arrest: whoever "condemned the arrest of X" did not
    // make it.
    if (agents.empty() && r != relation::detains) agents = subjects_before(s, first, r, true);
    if (agents.empty() && r == relation::detains) {
      // "the arrest of X" with no agent: the state the sentence names as where it happened ("in
      // Minsk, Belarus", after the noun); never the article's state, which no word here names.
      for (const auto& mm : a_.mentions[s])
        if (mm.first >= last && type_of(mm.ent) == node_type::state &&
            std::find(patients.begin(), patients.end(), mm.ent) == patients.end()) {
          agents.push_back(mm.ent);
          break;
        }
    }
    emit_all(agents, patients, m, 0.6);
    return;
  }

  if (passive) {
    std::vector<int> patients;
    for (std::size_t k = before; k > sen.first;) {
      --k;
      if (word(k) == ";" || is_quote(word(k))) break;
      if (const mention* p = mention_ending(s, k + 1); p && !p->possessive && !p->modifier) {
        patients = coordinated_before(s, *p);
        patients.push_back(p->ent);
        break;
      }
    }
    std::vector<int> agents;
    if (last + 1 < sen.last && folded(last) == "by") {
      std::size_t q = last + 1;
      if (q < sen.last && is_word(q, word_class::determiner)) ++q;
      if (q + 1 < sen.last && !mention_starting(s, q) &&
          (is_word(q, word_class::actor_noun) || is_word(q, word_class::person_noun) || folded(q) == "officers" ||
           folded(q) == "agents") &&
          folded(q + 1) == "of")
        q += 2 + (q + 2 < sen.last && is_word(q + 2, word_class::determiner) ? 1 : 0);  // "by officers of the committee"
      if (const mention* p = mention_starting(s, q)) {
        agents.push_back(p->ent);
        for (int more : coordinated_after(s, *p)) agents.push_back(more);
      }
    }
    if (agents.empty() && r == relation::adopts)
      for (int p : patients)
        if (type_of(p) == node_type::resolution && !a_.entities[p].publisher.empty())
          if (auto it = a_.by_key.find(a_.entities[p].publisher); it != a_.by_key.end()) agents.push_back(it->second);
    // "Resolution 2819 Adopted by 13 Votes in Favour": the body the article is about adopted it.
    if (agents.empty() && r == relation::adopts && implicit_subject() >= 0 && type_of(implicit_subject()) == node_type::body)
      agents.push_back(implicit_subject());
    emit_all(agents, patients, m, 0.7);
    return;
  }

  std::vector<int> subs = subjects_before(s, first, r);
  if (subs.empty() && r == relation::detains) {
    // "police arrested X in Minsk, Belarus": forces the text leaves unnamed are those of the
    // state it names as where they acted, after the verb; never the article's state.
    std::size_t k = first;
    while (k > sen.first && is_word(k - 1, word_class::adverb)) --k;
    if (k > sen.first && is_word(k - 1, word_class::actor_noun) && !mention_ending(s, k) &&
        !(k > sen.first + 1 && mention_ending(s, k - 1)))
      for (const auto& mm : a_.mentions[s])
        if (mm.first >= last && type_of(mm.ent) == node_type::state) {
          subs = {mm.ent};
          break;
        }
  }
  if (!subs.empty()) last_subjects_ = subs;
  std::size_t oend = last;
  std::vector<int> objs = objects_after(s, last, r, &oend);
  if (objs.empty()) objs = examples_after(s, last, r, &oend);  // "arrested several journalists, including X"
  if (objs.empty() && (r == relation::criticizes || r == relation::opposes)) {
    // "condemns the sentencing of X by Y", "deplored the arrest of X by Y": whoever did it, when
    // the text names them; unnamed, no one.
    for (std::size_t k = last; k + 1 < sen.last && k < last + 25; ++k) {
      word_view w = word(k);
      if (w == ";" || w == ":" || is_quote(w) || (is_word(k, word_class::clause_opener) && folded(k) != "that")) break;
      if (!is_word(k, word_class::harm_noun) || folded(k + 1) != "of") continue;
      if (mention_ending(s, k)) break;  // "Iran's arrest of X" is the object already
      int doer = -1;
      for (std::size_t q = k + 2; q + 1 < sen.last && q < k + 14 && doer < 0; ++q) {
        if (word(q) == ";" || is_word(q, word_class::clause_opener)) break;
        if (folded(q) == "by")
          if (const mention* p = mention_starting(s, q + 1 + (is_word(q + 1, word_class::determiner) ? 1 : 0));
              p && is_actor(p->ent))
            doer = p->ent;
      }
      if (doer >= 0) objs = {doer};
      break;
    }
  }
  // "met X", "met with X": the other party follows at once ("met today at the request of X" is
  // no meeting with X).
  if (r == relation::meets && !objs.empty()) {
    std::size_t k = last;
    while (k < sen.last && (is_word(k, word_class::determiner) || folded(k) == "with")) ++k;
    if (!mention_starting(s, k)) objs.clear();
  }
  if (objs.empty()) {
    // "the text, which France and the UAE had put forward": the relative pronoun's antecedent.
    for (std::size_t k = first; k > sen.first + 1 && k + 10 > first;) {
      --k;
      word_view f = folded(k);
      if (f == "which" || f == "that") {
        std::size_t q = k;
        if (word(q - 1) == ",") --q;
        if (const mention* p = mention_ending(s, q); p && !p->possessive) objs = {p->ent};
        break;
      }
      if (word(k) == "," || word(k) == ";") break;
    }
  }
  if (r == relation::adopts && subs.empty()) {
    // "The General Assembly's measure approved Thursday": the measure's own body.
    for (std::size_t k = first; k > sen.first && k + 4 > first;) {
      --k;
      if (const mention* p = mention_ending(s, k + 1)) {
        if (type_of(p->ent) == node_type::resolution && !a_.entities[p->ent].publisher.empty())
          if (auto it = a_.by_key.find(a_.entities[p->ent].publisher); it != a_.by_key.end()) {
            subs = {it->second};
            objs = {p->ent};
          }
        break;
      }
    }
  }
  if (r == relation::adopts || r == relation::publishes) {  // the body that adopted or issued it names it
    for (int o : objs)
      if ((type_of(o) == node_type::resolution || type_of(o) == node_type::report) && a_.entities[o].publisher.empty() &&
          !subs.empty() && is_actor(subs.front()))
        a_.entities[o].publisher = a_.entities[subs.front()].n.key;
  }
  // "Villareal and Tran held talks", "the two leaders met": a meeting among the subjects.
  if (r == relation::meets && objs.empty() && subs.size() >= 2 && (t.lemma == "meet" || t.lemma == "hold talks")) {
    for (std::size_t k = 1; k < subs.size(); ++k) emit(subs[0], subs[k], r, m, s, trig, 0.6);
    return;
  }
  std::map<std::string, std::string> q;
  if (r == relation::accuses && oend + 1 < sen.last && folded(oend) == "of") {
    std::size_t stop = clause_end(s, oend + 1);
    q["of"] = std::string(trim(span_text(oend + 1, stop)));
  }
  double conf = (!subs.empty() && !objs.empty()) ? 0.8 : 0.5;
  emit_all(subs, objs, m, conf, q);
}

void reader::read_static_patterns(std::size_t s) {
  const sentence& sen = a_.sentences[s];
  const auto& ms = a_.mentions[s];
  for (std::size_t k = 0; k < ms.size(); ++k) {
    const mention& m = ms[k];
    node_type t = type_of(m.ent);
    // "the ICC in The Hague"; not "the European Union's delegation in Bishkek" nor "the UN mission
    // in Kabul", where what is in the place is the body's organ, named by the mention's last word.
    const bool organ = m.last > m.first + 1 && (is_word(m.last - 1, word_class::actor_noun) ||
                                                word(m.last - 2) == "'s" || word(m.last - 2) == "\u2019s");
    if ((t == node_type::body || t == node_type::place) && !organ && m.last + 1 < sen.last && folded(m.last) == "in") {
      std::size_t q = m.last + 1;
      if (q < sen.last && folded(q) == "the" && !mention_starting(s, q)) ++q;
      if (const mention* n = mention_starting(s, q))
        if (type_of(n->ent) == node_type::place || (t == node_type::place && type_of(n->ent) == node_type::state))
          emit(m.ent, n->ent, relation::located_in, mode::asserted, s, "in", 0.7);
    }
    // "Minsk, Belarus", "Darfur, Sudan"
    if (t == node_type::place && m.last + 1 < sen.last && word(m.last) == ",")
      if (const mention* n = mention_starting(s, m.last + 1); n && type_of(n->ent) == node_type::state) {
        bool np_end = n->last >= sen.last || a_.tokens[n->last].kind == token_kind::punct ||
                      is_word(n->last, word_class::preposition) || folded(n->last) == "and";
        if (np_end) emit(m.ent, n->ent, relation::located_in, mode::asserted, s, ",", 0.7);
      }
  }
  // "the Algeria-backed Polisario Front", "Iran-backed rebels": support from a state.
  for (std::size_t i = sen.first; i + 1 < sen.last; ++i) {
    word_view w = word(i);
    if (w.size() < 8 || (w.back() != 'd' && w.back() != 'D')) continue;  // "-backed", ... "-allied"
    auto dash = w.rfind('-');
    if (dash == std::string_view::npos) continue;
    std::string tail = fold(w.substr(dash + 1));
    if (tail != "backed" && tail != "supported" && tail != "sponsored" && tail != "allied") continue;
    std::string head(w.substr(0, dash));
    auto toks = tokenize(head);
    auto g = lx_.names.longest_at(head, toks, 0, toks.size());
    if (!g || g->last != toks.size()) continue;
    const entity_ref& ref = lx_.refs[g->values.front()];
    if (ref.kind != ref_kind::state && ref.kind != ref_kind::demonym && ref.kind != ref_kind::body) continue;
    const mention* target = mention_starting(s, i + 1);
    if (!target) continue;
    int backer = ref.kind == ref_kind::body ? entity_for_body(ref.index) : entity_for_state(ref.index);
    a_.entities[backer].n.mentions++;
    add_alias(a_.entities[backer].n, head);
    if (backer >= 0)
      emit(backer, target->ent, tail == "allied" ? relation::allied_with : relation::supports, mode::asserted, s,
           std::string(w), 0.6);
  }
  // "10 against (Belarus, Cuba, ...)", "13 in favour (...)", "1 abstention (China)", "by 141 votes
  // to 5 (...)": who voted how.
  for (std::size_t i = sen.first; i + 2 < sen.last; ++i) {
    if (!is_punct(i + 1, "(")) continue;
    word_view v = folded(i);
    relation r;
    // "by 141 votes to 5 (...)": the second figure counts those against.
    const bool second_figure = a_.tokens[i].kind == token_kind::number && i >= sen.first + 2 && folded(i - 1) == "to" &&
                               (folded(i - 2) == "votes" || a_.tokens[i - 2].kind == token_kind::number);
    if (v == "against" || second_figure) r = relation::votes_against;
    else if (v == "favour" || v == "favor") r = relation::votes_for;
    else continue;  // abstentions are the trigger's own ("4 abstentions (...)")
    const mention* first = mention_starting(s, i + 2);
    if (!first) continue;
    std::vector<int> voters{first->ent};
    for (int x : coordinated_after(s, *first)) voters.push_back(x);
    int res = -1;
    for (const auto& mm : a_.mentions[s])
      if (type_of(mm.ent) == node_type::resolution) res = mm.ent;
    if (res < 0) res = current_resolution_;
    for (int x : voters) emit(x, res, r, mode::asserted, s, std::string(word(i)), 0.8);
  }
  // "Voting against were Bolivia, Burundi and China", "Abstaining were ...": who voted how.
  for (std::size_t i = sen.first; i + 2 < sen.last; ++i) {
    word_view v = folded(i);
    if (v != "voting" && v != "abstaining") continue;
    relation r = relation::abstains;
    std::size_t k = i + 1;
    if (v == "voting") {
      if (folded(k) == "against") r = relation::votes_against, ++k;
      else if (folded(k) == "for") r = relation::votes_for, ++k;
      else if (folded(k) == "in" && k + 1 < sen.last && (folded(k + 1) == "favour" || folded(k + 1) == "favor"))
        r = relation::votes_for, k += 2;
      else continue;
    }
    if (k >= sen.last || !is_word(k, word_class::be)) continue;
    const mention* first = mention_starting(s, k + 1);
    if (!first) continue;
    std::vector<int> voters{first->ent};
    for (int x : coordinated_after(s, *first)) voters.push_back(x);
    int res = current_resolution_;
    for (const auto& mm : a_.mentions[s])
      if (type_of(mm.ent) == node_type::resolution) res = mm.ent;
    for (int x : voters) emit(x, res, r, mode::asserted, s, std::string(word(i)), 0.8);
  }
  // "as did Belarus, Cuba, Iran, Syria and Venezuela": the same relation for more subjects.
  for (std::size_t i = sen.first; i + 2 < sen.last; ++i) {
    word_view v = folded(i + 1);
    bool as_did = folded(i) == "as" && (v == "did" || v == "have" || v == "had" || v == "do" || v == "does");
    bool joined_by = (folded(i) == "joined" || folded(i) == "followed") && v == "by";
    if (!as_did && !joined_by) continue;
    const mention* first = mention_starting(s, i + 2);
    if (!first) continue;
    std::vector<int> more{first->ent};
    for (int x : coordinated_after(s, *first)) more.push_back(x);
    std::vector<reading> copies;
    for (const auto& rd : a_.readings)
      if (rd.sentence == s)
        for (int x : more) {
          reading c = rd;
          c.subject = x;
          copies.push_back(c);
        }
    for (auto& c : copies) emit(c.subject, c.object, c.rel, c.mod, s, c.trigger, c.confidence, c.qualifiers);
  }
  // "Belarus must immediately release Mr. Pratasevich": in a statement, a demand of its author
  // (one said by someone the sentence names is read_obligations').
  bool reported = false;
  for (std::size_t k = sen.first; k < sen.last && !reported; ++k) reported = is_word(k, word_class::speech_verb);
  if (speaker_ >= 0 && !reported) {
    for (const auto& m : ms) {
      if (m.possessive || m.modifier || !is_actor(m.ent) || m.ent == speaker_ || in_prepositional_phrase(s, m)) continue;
      std::size_t k = m.last;
      while (k < sen.last && is_word(k, word_class::adverb)) ++k;
      if (k + 1 < sen.last && (folded(k) == "must" || folded(k) == "should") && a_.tokens[k + 1].kind == token_kind::word &&
          !is_word(k + 1, word_class::be) && folded(k + 1) != "not" && !is_quote_inside(s, m.first))
        emit(speaker_, m.ent, relation::calls_on, mode::asserted, s, std::string(word(k)), 0.5);
      break;  // only the sentence's subject
    }
  }
  // "The council met at the request of Romania", "at Cambodia's request": a call on the subject.
  for (std::size_t i = sen.first; i + 2 < sen.last; ++i) {
    if (folded(i) != "at") continue;
    int asker = -1;
    std::size_t k = i + 1;
    if (folded(k) == "the" && folded(k + 1) == "request" && k + 3 < sen.last && folded(k + 2) == "of") {
      std::size_t q = k + 3 + (is_word(k + 3, word_class::determiner) ? 1 : 0);
      if (const mention* m = mention_starting(s, q)) asker = m->ent;
    } else if (const mention* m = mention_starting(s, k); m && m->possessive && m->last + 1 < sen.last &&
                                                           folded(m->last + 1) == "request") {
      asker = m->ent;
    }
    if (asker < 0 || !is_actor(asker)) continue;
    for (int x : subjects_before(s, i, relation::calls_on))
      emit(asker, x, relation::calls_on, mode::asserted, s, "at the request of", 0.6);
  }
  // "concluded that North Korea was committing abuses": an accusation.
  for (std::size_t i = sen.first; i + 2 < sen.last; ++i) {
    word_view v = folded(i);
    if (!(v == "concluded" || v == "found" || v == "determined" || v == "established" || v == "concludes" ||
          v == "finds" || v == "documented") || folded(i + 1) != "that")
      continue;
    const mention* target = nullptr;
    std::size_t q = i + 2;
    if (q < sen.last && is_word(q, word_class::determiner)) ++q;
    target = mention_starting(s, q);
    if (!target || !is_actor(target->ent)) continue;
    bool wrong = false;
    for (std::size_t k = target->last; k < sen.last && k < target->last + 10; ++k)
      if (is_word(k, word_class::wrongdoing)) wrong = true;
    if (!wrong) continue;
    std::vector<int> subs = subjects_before(s, i, relation::accuses);
    std::size_t stop = clause_end(s, target->last);
    std::string of = target->last < stop
                         ? std::string(trim(span_text(target->last, stop)))
                         : std::string();
    for (int x : subs) emit(x, target->ent, relation::accuses, mode_at(s, i), s, std::string(v) + " that", 0.7, {{"of", of}});
  }
}

void reader::find_relations(std::size_t s) {
  const sentence& sen = a_.sentences[s];
  controls_.clear();
  last_subjects_.clear();
  if (read_vote_lists(s)) return;  // a vote's record: who voted how, and no subject to remember
  struct hit {
    std::size_t first, last;
    std::vector<std::uint32_t> values;
  };
  std::vector<hit> hits;
  // Every relation needs a mention in its sentence, but for an operative paragraph's, whose
  // subject is the resolution's author: a sentence without one is only remembered.
  const bool none = a_.mentions[s].empty() && !operative_paragraph(s);
  for (std::size_t i = sen.first; i < sen.last && !none;) {
    if (a_.skip[i] || mention_at(s, i)) {
      ++i;
      continue;
    }
    auto h = match(lx_.trigger_forms, i, sen.last, true);
    if (!h) {
      ++i;
      continue;
    }
    bool inside = false;
    for (std::size_t k = h->first; k < h->last; ++k) inside |= mention_at(s, k) != nullptr;
    if (!inside) hits.push_back({h->first, h->last, h->values});
    i = h->last;
  }
  auto pick = [&](const hit& h) -> const trigger_entry* {
    // A word that is both a verb and a noun ("support", "attack") is a noun after a
    // determiner or possessive, and before "of".
    word_view prev = h.first > sen.first ? folded(h.first - 1) : word_view();
    if (prev == "that") prev = {};  // "the countries that abstained": a relative pronoun
    // "have all backed", "A and B both condemned": a quantifier floated after the subject or
    // an auxiliary, not a determiner.
    if ((prev == "all" || prev == "both" || prev == "each") && h.first >= sen.first + 2) {
      const word_view before = folded(h.first - 2);
      if (is_word(h.first - 2, word_class::be) || before == "have" || before == "has" || before == "had" ||
          mention_ending(s, h.first - 1))
        prev = {};
    }
    bool nounish = is(word_class::determiner, prev) || prev == "'s" || prev == "\u2019s" ||
                   (h.first > sen.first && mention_ending(s, h.first) && mention_ending(s, h.first)->modifier) ||
                   (h.last < sen.last && folded(h.last) == "of");
    const trigger_entry* verb = nullptr;
    const trigger_entry* noun = nullptr;
    for (auto v : h.values) (lx_.triggers[v].noun ? noun : verb) = &lx_.triggers[v];
    if (noun && (nounish || !verb)) return noun;
    if (verb && is(word_class::determiner, prev)) return nullptr;
    return verb ? verb : noun;
  };
  // The clause roles first; where they find neither who nor to whom, the window patterns. A
  // call is read by its window pattern first, which also marks what it calls for as proposed
  // (controls_); so is an "ally", whose apposition ("its ally X") the parse takes for anything.
  auto read = [&](const hit& h, const trigger_entry& t) {
    if (t.frame() || t.named_object) {  // read from clause roles only
      read_by_roles(s, h.first, h.last, t);
      return;
    }
    if (read_reciprocal(s, h.first, h.last, t)) return;
    const std::size_t before = a_.readings.size();
    if (t.rel == relation::calls_on || (t.rel == relation::allied_with && t.noun)) read_trigger(s, h.first, h.last, t);
    if (a_.readings.size() != before) return;
    if (read_by_roles(s, h.first, h.last, t)) return;
    // A form that is a noun too ("for talks with X"), read as a verb where the parse calls it a
    // noun: the noun's roles, when they give a reading; else the verb's window patterns.
    if (!t.noun)
      for (std::uint32_t v : h.values)
        if (const trigger_entry& u = lx_.triggers[v]; u.noun && u.rel == t.rel && !u.frame()) {
          read_by_roles(s, h.first, h.last, u);
          if (a_.readings.size() != before) return;
        }
    if (t.rel != relation::calls_on) read_trigger(s, h.first, h.last, t);
  };
  // A form that several entries share ("captured Goma", "captured the journalist"; "pressed X
  // to act", "pressed charges against X") is read once for each entry of the part of speech
  // picked, the calls first.
  const auto read_each = [&](const hit& h, bool calls) {
    const trigger_entry* t = pick(h);
    if (!t) return;
    for (std::uint32_t v : h.values)
      if (const trigger_entry& u = lx_.triggers[v]; &u != t && u.noun == t->noun && (u.rel == relation::calls_on) == calls)
        read(h, u);
    if ((t->rel == relation::calls_on) == calls) read(h, *t);
  };
  for (const auto& h : hits) read_each(h, true);
  for (const auto& h : hits) read_each(h, false);
  if (!none) {
    read_static_patterns(s);
    read_place_links(s);
    read_vote_groups(s);
    read_evaluations(s);
    read_obligations(s);
  }

  // Remember the sentence's subject, for "it", the focus state and the statement's voice.
  previous_subjects_.clear();
  if (operative_paragraph(s) && implicit_subject() >= 0) {
    previous_subjects_.push_back(implicit_subject());
    subject_history_.push_back(implicit_subject());
  }
  for (const auto& m : a_.mentions[s]) {
    if (!previous_subjects_.empty()) break;
    if (m.possessive || m.modifier || in_prepositional_phrase(s, m)) continue;
    previous_subjects_.push_back(m.ent);
    subject_history_.push_back(m.ent);
  }
  if (last_subjects_.size() >= 2) previous_group_ = last_subjects_;
  if (speaker_ < 0) speaker_ = byline_author(s);
  // "We" in a statement is its author: the first state or body that is the subject of a verb
  // (a headline's nominal "the detention of X" names no author).
  if (speaker_ < 0)
    for (int x : last_subjects_)
      if (is_actor(x) && type_of(x) != node_type::person) {
        speaker_ = x;
        break;
      }
}

}  // namespace newsgraph::detail
