// The reader's first half: what a sentence names, and which entity each name is.
#include <algorithm>

#include "extract/detail/reader.hpp"
#include "extract/detail/tally.hpp"
#include "extract/detail/text.hpp"
#include "graph/key.hpp"

namespace newsgraph::detail {

bool reader::is_actor(int e) const {
  auto t = type_of(e);
  return t == node_type::state || t == node_type::body || t == node_type::person;
}

int reader::focus_state() const {
  for (auto it = subject_history_.rbegin(); it != subject_history_.rend(); ++it)
    if (type_of(*it) == node_type::state) return *it;
  return topic_state();
}

int reader::topic_state() const {
  int best = -1;
  for (std::size_t i = 0; i < a_.entities.size(); ++i)
    if (a_.entities[i].n.type == node_type::state &&
        (best < 0 || a_.entities[i].n.mentions > a_.entities[best].n.mentions))
      best = static_cast<int>(i);
  return best;
}

// The state an unowned ministry belongs to: one named earlier in the sentence ("In a statement
// issued in Naypyitaw, the foreign ministry"), else the article's focus.
int reader::owner_state(std::size_t s, std::size_t i, const std::vector<mention>& out, bool sentence_only) {
  for (auto it = out.rbegin(); it != out.rend(); ++it) {
    if (it->first < a_.sentences[s].first || it->last > i) continue;
    if (type_of(it->ent) == node_type::state) return it->ent;
    const entity& e = a_.entities[it->ent];
    if (type_of(it->ent) == node_type::place && e.state_index >= 0) return entity_for_state(e.state_index);
  }
  return sentence_only ? -1 : focus_state();
}

// A state, body or a state's office named at token i ("the French foreign ministry",
// "Amnesty International", "Russia"), or -1.
int reader::named_owner_at(std::size_t s, std::size_t i) {
  const sentence& sen = a_.sentences[s];
  if (i < sen.last && is_word(i, word_class::determiner)) ++i;
  auto g = match(lx_.names, i, sen.last);
  if (!g) return -1;
  const entity_ref& r = lx_.refs[g->values.front()];
  if (r.kind == ref_kind::body) return entity_for_body(r.index);
  if (r.kind != ref_kind::state && r.kind != ref_kind::demonym) return -1;
  int st = entity_for_state(r.index);
  if (auto of = match(lx_.office_names, g->last, sen.last, true))
    if (lx_.offices[of->values.front()].name != "government")
      return office_entity(st, lx_.offices[of->values.front()], "");
  return st;
}

namespace {
bool has_word(std::string_view title, std::string_view w) {
  for (std::size_t at = title.find(w); at != std::string_view::npos; at = title.find(w, at + 1)) {
    const bool starts = at == 0 || title[at - 1] == ' ' || title[at - 1] == '-';
    const std::size_t end = at + w.size();
    if (starts && (end == title.size() || title[end] == ' ' || title[end] == '-')) return true;
  }
  return false;
}
// A title held at a posting: a body named with it is where the holder serves, not whom the
// holder speaks for ("the UN ambassador" is some state's ambassador to the UN).
bool posting_role(std::string_view title) {
  return has_word(title, "ambassador") || has_word(title, "permanent representative") || has_word(title, "consul") ||
         has_word(title, "affaires") || has_word(title, "diplomat") || has_word(title, "delegate");
}
// A title whose holder a state sends: a state named before a body speaks for both ("Russia's UN
// envoy" is Russia's envoy to the UN).
bool sent_role(std::string_view title) {
  return posting_role(title) || has_word(title, "envoy") || has_word(title, "representative");
}
// A title whose "for Y" names a portfolio, not an owner ("special envoy for Syria").
bool portfolio_role(std::string_view title) {
  return has_word(title, "envoy") || has_word(title, "representative") || has_word(title, "rapporteur") ||
         has_word(title, "coordinator") || has_word(title, "commissioner") || has_word(title, "expert");
}
// A title no state holds: a demonym before it is the holder's nationality ("Belarusian
// opposition leader", "an Iranian lawyer"); a body before it is still the holder's.
bool private_role(std::string_view title) {
  static constexpr std::string_view words[] = {"opposition", "rebel", "lawyer", "editor", "editor-in-chief",
                                               "publisher", "founder", "co-founder", "owner", "militia", "gang",
                                               "former", "journalist", "activist"};
  for (auto w : words)
    if (has_word(title, w)) return true;
  return false;
}
}  // namespace

// The actor a phrase at token k names, as the sentence's own finders read it ("the Chinese
// foreign ministry", "the Cairo Centre for Legal Aid", "China's defence ministry", "the
// group"), or -1: the owner after a title ("director of ...", "spokesman for ...").
int reader::owner_at(std::size_t s, std::size_t k, const std::vector<mention>& out) {
  const sentence& sen = a_.sentences[s];
  std::vector<mention> scratch(out);
  const std::size_t start = k;
  if (k < sen.last && is_word(k, word_class::determiner)) ++k;
  for (int guard = 0; guard < 4 && k < sen.last; ++guard) {
    const std::size_t before = scratch.size();
    std::size_t used = 0;
    for (auto step : {&reader::try_named_instrument, &reader::try_acronym_body, &reader::try_office, &reader::try_named_body, &reader::try_gazetteer,
                      &reader::try_described_group}) {
      used = (this->*step)(s, k, scratch);
      if (used) break;
    }
    if (!used && guard == 0) used = try_reference(s, start, scratch);
    if (!used || scratch.size() == before) return -1;
    const mention& m = scratch.back();
    if (!m.possessive && !m.modifier) return is_actor(m.ent) ? m.ent : -1;
    k = m.last;
    if (m.possessive) ++k;
  }
  return -1;
}

// The owner named just before token i: "China's", "Chinese", "UN" (as in "UN Secretary-General").
int reader::owner_before(std::size_t i, const std::vector<mention>& out) const {
  if (out.empty()) return -1;
  const mention& m = out.back();
  std::size_t at = i;
  if (at > 0 && word(at - 1) == "'s") --at;
  if (at > 0 && (word(at - 1) == "'s" || word(at - 1) == "\u2019s")) --at;
  if (m.last == at || m.last == i) return m.ent;
  return -1;
}

// Whether token i alone is a state's, body's or people's name (not a capital or place, which
// people's names share: "Sofia Sapega", "Georgia Smith").
bool reader::known_actor_name(std::size_t i) const {
  auto g = match(lx_.names, i, i + 1);
  if (!g) return false;
  for (auto v : g->values)
    if (lx_.refs[v].kind == ref_kind::state || lx_.refs[v].kind == ref_kind::body || lx_.refs[v].kind == ref_kind::demonym)
      return true;
  return false;
}

// How many tokens from i form a personal name: capitalised words not known as anything
// else, with particles between them (at most five tokens).
std::size_t reader::name_length(std::size_t i, std::size_t end) const {
  std::size_t n = 0, words = 0;
  while (i + n < end && n < 6) {
    std::size_t k = i + n;
    if (a_.skip[k] || a_.tokens[k].kind != token_kind::word) break;
    word_view w = word(k);
    word_view f = folded(k);
    // "In Rabat, ...", "But Isaac Herzog": a capitalised function word starts no name.
    if (n == 0 && (is_word(k, word_class::preposition) || is_word(k, word_class::clause_opener) || f == "and" ||
                   f == "or" || f == "as" || f == "yet" || f == "however" || f == "meanwhile"))
      break;
    bool particle_joined = (f.starts_with("al-") || f.starts_with("el-") || f.starts_with("ad-") || f.starts_with("as-")) &&
                           w.size() > 3 && is_capitalized(w.substr(3));
    bool initial = w.size() == 2 && w[1] == '.' && w[0] >= 'A' && w[0] <= 'Z' && words > 0 && k + 1 < end &&
                   is_capitalized(word(k + 1));  // "Thomas R. Hadley"
    if ((is_capitalized(w) || (particle_joined && words > 0)) && !is_word(k, word_class::calendar) &&
        !is_word(k, word_class::org_head) && !is_word(k, word_class::honorific) && (w.back() != '.' || initial) &&
        !known_actor_name(k) &&
        !match(lx_.role_names, k, end) &&
        !(is_word(k, word_class::determiner) && (n == 0 && (k == 0 || a_.tokens[k].line_start || word(k - 1) == ".")))) {
      ++n;
      ++words;
      continue;
    }
    // "van den Broek", "von der Leyen", "bin Rashid": particles before a capitalised word.
    if (words > 0 && is_word(k, word_class::name_particle)) {
      std::size_t q = k + 1;
      while (q < end && q < k + 3 && is_word(q, word_class::name_particle) && !is_capitalized(word(q))) ++q;
      if (q < end && is_capitalized(word(q)) && a_.tokens[q].kind == token_kind::word) {
        n = q - i;
        continue;
      }
    }
    break;
  }
  while (n > 0 && is_word(i + n - 1, word_class::name_particle)) --n;
  return n;
}

std::pair<int, bool> reader::named_body(std::string_view name, std::string_view kind, std::vector<std::string> heads) {
  if (auto k = known_names_.find(name); k != known_names_.end()) return {k->second, false};
  entity e;
  e.n.key = make_key(node_type::body, name);
  e.n.type = node_type::body;
  e.n.label = std::string(name);
  e.n.kind = std::string(kind);
  add_alias(e.n, name);
  const int id = add_entity(std::move(e), heads);
  remember_name(name, id, false);
  return {id, true};
}

bool reader::adjective_before_noun(std::size_t s, std::size_t k) {
  const sentence& sen = a_.sentences[s];
  return clause_layer_ && k + 1 < sen.last && a_.tokens[k + 1].kind == token_kind::word && !is_capitalized(word(k + 1)) &&
         clauses_of(s).parse[k - sen.first].tag == parse::upos::adj;
}

bool reader::office_after(std::size_t s, std::size_t k) {
  auto m = match(lx_.office_names, k, a_.sentences[s].last, true);
  if (!m || lx_.offices[m->values.front()].name == "government") return false;
  // "Peruvian military bases": an adjective, and the demonym's state is what is named.
  return !(m->last == k + 1 && adjective_before_noun(s, k));
}

void reader::refer_by_head(int id, std::string_view head) {
  auto it = a_.by_head.find(head);
  if (it == a_.by_head.end()) it = a_.by_head.emplace(std::string(head), std::vector<int>{}).first;
  if (std::find(it->second.begin(), it->second.end(), id) == it->second.end()) it->second.push_back(id);
}

int reader::person_entity(std::size_t first, std::size_t last, std::string_view title) {
  std::string name(span_text(first, last));
  int id;
  if (auto k = known_names_.find(name); k != known_names_.end() && type_of(k->second) == node_type::person) {
    id = k->second;
  } else if (auto sur = surnames_.find(name); last - first == 1 && sur != surnames_.end()) {
    id = sur->second;
  } else {
    entity e;
    e.n.key = make_key(node_type::person, name);
    e.n.type = node_type::person;
    e.n.label = name;
    add_alias(e.n, name);
    id = add_entity(std::move(e));
    remember_name(name, id, true);
  }
  // A surname alone means the latest person of that name: "Hale" after "Robert Hale" and
  // "Daniel Hale" is Daniel, until Robert is named again.
  if (last - first >= 2) surnames_.insert_or_assign(std::string(word(last - 1)), id);
  if (!title.empty() && a_.entities[id].n.title.empty()) a_.entities[id].n.title = std::string(title);
  // "the Chairperson", "the minister": a title's head refers back to its latest holder.
  if (!title.empty()) refer_by_head(id, fold(title.substr(title.rfind(' ') + 1)));
  last_person_ = id;
  return id;
}

std::size_t reader::leader_phrase(std::size_t s, int state, std::vector<mention>& out) {
  const sentence& sen = a_.sentences[s];
  mention& person = out.back();
  std::size_t k = person.last;
  if (k + 1 < sen.last && (word(k) == "'s" || word(k) == "\u2019s")) ++k;
  if (k >= sen.last || !is_word(k, word_class::leader_noun)) return person.last;
  person.possessive = k > person.last;
  person.modifier = true;
  out.push_back({k, k + 1, state});
  return k + 1;
}

std::vector<std::string_view> reader::name_words(std::size_t first, std::size_t last) const {
  std::vector<std::string_view> words;
  for (std::size_t k = first; k < last; ++k)
    if (a_.tokens[k].kind == token_kind::word) words.push_back(folded(k));
  return words;
}

int reader::known_office(std::size_t first, std::size_t last, std::string_view title, std::string* held) {
  if (lx_.people.empty()) return -1;
  const std::vector<std::uint32_t> people = lx_.people_named(name_words(first, last));
  if (people.empty()) return -1;
  // The title as the roles lexicon matched it, hyphens as spaces ("Secretary-General" is
  // "secretary general"): "former president" and "vice president" are other titles.
  std::string wanted(title);
  std::replace(wanted.begin(), wanted.end(), '-', ' ');
  auto title_fits = [&](std::string have) {
    std::replace(have.begin(), have.end(), '-', ' ');
    return wanted.empty() || have == wanted;
  };
  int year = 0;
  if (a_.doc && a_.doc->date.size() >= 4 &&
      std::all_of(a_.doc->date.begin(), a_.doc->date.begin() + 4, [](char c) { return c >= '0' && c <= '9'; }))
    year = std::stoi(a_.doc->date.substr(0, 4));
  std::string_view of;
  for (std::uint32_t p : people)
    for (const office_term& t : lx_.people[p].held) {
      if (!title_fits(t.title) || (wanted.empty() && t.of.size() != 3)) continue;
      if (year != 0 && (year < t.from || (t.to != 0 && year > t.to))) continue;
      if (!of.empty() && of != t.of) return -1;
      of = t.of;
      if (held) *held = t.title;
    }
  if (of.empty()) return -1;
  if (auto st = lx_.state_by_id.find(std::string(of)); st != lx_.state_by_id.end()) return entity_for_state(st->second);
  if (auto b = lx_.body_by_id.find(std::string(of)); b != lx_.body_by_id.end()) return entity_for_body(b->second);
  return -1;
}

// "the military counter-intelligence (DGCIM) unit", "Petroleos de Venezuela, S.A. (PdVSA)":
// an acronym in brackets names the phrase before it.
std::size_t reader::try_acronym_body(std::size_t s, std::size_t i, std::vector<mention>& out) {
  const sentence& sen = a_.sentences[s];
  if (!brackets_) return 0;
  // Look ahead for "( ACRONYM )" ending a phrase that starts at i.
  std::size_t j = i;
  while (j < sen.last && j < i + 8 && !is_punct(j, "(") && !a_.skip[j]) {
    word_view w = word(j);
    bool ok = a_.tokens[j].kind == token_kind::word || (w == "," && j + 1 < sen.last && word(j + 1).find('.') != std::string_view::npos);
    if (!ok) return 0;
    ++j;
  }
  if (j == i || j + 2 >= sen.last || !is_punct(j, "(") || !is_punct(j + 2, ")")) return 0;
  word_view acr = word(j + 1);
  if (!is_acronym(acr)) return 0;
  // The phrase: from i; only when i starts it (after a determiner, preposition or comma).
  if (i > sen.first && !(is_word(i - 1, word_class::determiner) || is_word(i - 1, word_class::preposition) ||
                         word(i - 1) == "," || is_word(i - 1, word_class::adverb)))
    return 0;
  if (is_word(i, word_class::determiner)) return 0;
  // A known name in brackets after its own name is the gazetteer's ("International Criminal
  // Court (ICC)"); after another phrase the article defines it anew ("Rapid Support Forces (RSF)").
  if (match(lx_.names, j + 1, j + 2)) {
    auto whole = match(lx_.names, i, j);
    if (whole && whole->last == j) return 0;
    for (std::size_t k = i; k < j; ++k)
      if (auto g = match(lx_.names, k, j); g && g->last == j) return 0;
  }
  std::size_t p = i;
  while (p < j && !is_capitalized(word(p)) && p + 1 < j && !is_capitalized(word(p + 1)) &&
         (word(p).find('-') == std::string_view::npos) && p + 2 < j)
    ++p;  // drop leading adjectives ("brutal special actions force")
  std::string phrase(span_text(p, j));
  const int id = named_body(acr, "other", {}).first;
  add_alias(a_.entities[id].n, phrase);
  out.push_back({i, j + 3, id});
  // "the military counter-intelligence (DGCIM) unit": the head after the bracket belongs to it.
  std::size_t end = j + 3;
  if (end < sen.last && (folded(end) == "unit" || folded(end) == "force" || folded(end) == "agency"))
    out.back().last = ++end;
  return end - i;
}

// "foreign ministry spokesman Qin Gang", "North Korea's deputy ambassador An Myong Hun",
// "Ireland's ambassador to the U.N. Geraldine Byrne Nason", "Interim President Juan Guaido".
std::size_t reader::try_role_person(std::size_t s, std::size_t i, std::vector<mention>& out) {
  const sentence& sen = a_.sentences[s];
  if (all_caps_) {
    // "STATEMENT BY FOREIGN MINISTER X Y": a byline in capitals, the name running to its end.
    if (i > sen.first && folded(i - 1) != "by") return 0;
    auto r = match(lx_.role_names, i, sen.last, true);
    if (!r) return 0;
    const std::size_t n = name_length(r->last, sen.last), end = r->last + n;
    if (n < 2 || n > 3 || !(end >= sen.last || word(end) == ":" || word(end) == ".")) return 0;
    const std::string title = fold(span_text(i, r->last));
    const int person = person_entity(r->last, end, title);
    out.push_back({r->last, end, person});
    if (int org = known_office(r->last, end, title); org >= 0)
      emit(person, org, relation::represents, mode::asserted, s, title, 0.7, {{"role", title}}, "people");
    return end - i;
  }
  auto role = match(lx_.role_names, i, sen.last, true);
  int titled_body = -1;
  if (!role) {
    // "UN High Commissioner for Human Rights X": a body the lexicon names by its head's title,
    // then the head's name.
    auto g = match(lx_.names, i, sen.last);
    if (!g || lx_.refs[g->values.front()].kind != ref_kind::body || name_length(g->last, sen.last) < 2) return 0;
    for (std::size_t k = i + 1; k < g->last && !role; ++k)
      if (auto r = match(lx_.role_names, k, g->last, true); r && r->last == g->last) role = r;
    if (!role) return 0;
    titled_body = entity_for_body(lx_.refs[g->values.front()].index);
    role->first = i;
  }
  const std::size_t role_first = titled_body >= 0 ? i : role->first;
  std::size_t j = role->last;
  int posted_to = -1, of_owner = -1;
  // "ambassador to the U.N.", "chairperson of the AU Commission", "ambassador in Geneva":
  // a posting or an owner between the role and the name.
  if (j < sen.last && (folded(j) == "to" || folded(j) == "for" || folded(j) == "of" || folded(j) == "in" ||
                       folded(j) == "at" || folded(j) == "on")) {
    word_view prep = folded(j);
    std::size_t k = j + 1;
    int found = -1;
    while (k < sen.last && k < j + 8 && word(k) != "," && a_.tokens[k].kind != token_kind::punct &&
           a_.tokens[k].kind != token_kind::number && folded(k) != "and" && !is_word(k, word_class::speech_verb)) {
      if (found < 0) {
        if (auto g = match(lx_.names, k, sen.last)) {
          const entity_ref& r = lx_.refs[g->values.front()];
          if (r.kind == ref_kind::body) found = entity_for_body(r.index);
          else if (r.kind == ref_kind::state) found = entity_for_state(r.index);
          if (found >= 0) a_.entities[found].n.mentions++;
          k = g->last;
          continue;
        }
      }
      if (is_capitalized(word(k)) && name_length(k, sen.last) >= 2 && k > j + 1 && found >= 0) break;
      ++k;
    }
    if (prep == "of" || prep == "for") of_owner = found;
    else posted_to = found;
    // The phrase must lead to the name: a comma before it, or the name itself.
    if (k >= sen.last || (word(k) != "," && name_length(k, sen.last) < 2)) return 0;
    j = k;
  }
  // "Sudan's ambassador, Hassan Eltayeb, told": the name after a comma.
  bool comma_name = false;
  // Ranks and honorifics before the name: "spokesman Major General Wichai Sombat", "Colonel
  // Amadou Garba", "the Secretary General of NATO, Dr Javier Solana", "H.E. Moussa Faki".
  auto skip_ranks = [&](std::size_t k) {
    for (int guard = 0; guard < 3 && k < sen.last && is_capitalized(word(k)); ++guard) {
      if (is_word(k, word_class::honorific) || (word(k).size() <= 4 && word(k).back() == '.' && is_all_caps(word(k)))) {
        std::size_t h = k + 1 + (k + 1 < sen.last && word(k + 1) == "." ? 1 : 0);
        if (name_length(h, sen.last) < 2) break;
        k = h;
        continue;
      }
      auto r2 = match(lx_.role_names, k, sen.last, true);
      if (!r2 || name_length(r2->last, sen.last) < 2) break;
      for (std::size_t q = k; q < r2->last; ++q)
        if (!is_capitalized(word(q))) return k;
      k = r2->last;
    }
    return k;
  };
  if (j < sen.last && word(j) == ",") {
    j = skip_ranks(j + 1) - 1;
    std::size_t n = name_length(j + 1, sen.last);
    std::size_t after = j + 1 + n;
    // The name ends before a comma, the sentence's end, a verb of speech or any word in lower
    // case ("..., Dr Javier Solana on behalf of").
    if (n >= 2 && (after >= sen.last || word(after) == "," || word(after) == "." || is_word(after, word_class::speech_verb) ||
                   (a_.tokens[after].kind == token_kind::word && !is_capitalized(word(after)))))
      comma_name = true;
    if (!comma_name) return 0;  // "the foreign minister, who ..."
    ++j;
  }
  if (!comma_name) j = skip_ranks(j);
  std::size_t n = name_length(j, sen.last);
  if (n == 0 || (comma_name && n < 2)) return 0;
  const role_entry* re = &lx_.roles[role->values.front()];
  std::string title(span_text(role_first, role->last));
  std::string folded_title = fold(title);
  // The owner before the title: "China's", "Chinese", "NATO". A state before a body before a
  // title a state sends is the state's ("America's U.N. Ambassador", "Russian UN envoy"); a body
  // alone before a posting is where the holder serves ("UN Ambassador X").
  int owner = titled_body >= 0 ? titled_body : owner_before(i, out);
  if (owner >= 0 && !is_actor(owner)) owner = -1;
  if (owner < 0 && titled_body < 0 && !out.empty()) {
    // "UN human rights chief X", "Amnesty International's Middle East director, X": words
    // that say what of the owner's the title covers stand between the owner and the title.
    const mention* m = &out.back();
    if (type_of(m->ent) == node_type::place && m->last == i && out.size() >= 2 && out[out.size() - 2].possessive &&
        out[out.size() - 2].last + 1 == m->first) {
      owner = out[out.size() - 2].ent;
      out.back().modifier = true;
    }
    std::size_t at = m->last + (m->possessive ? 1 : 0);
    // After a possessive, coordinated words too ("Kenya's outspoken and popular minister X").
    bool plain = at < i && i <= at + (m->possessive ? 4 : 3) && is_actor(m->ent) && type_of(m->ent) != node_type::person &&
                 !m->modifier;
    for (std::size_t k = at; k < i && plain; ++k)
      plain = a_.tokens[k].kind == token_kind::word && (m->possessive || !is_capitalized(word(k))) &&
              !is_word(k, word_class::determiner) && !is_word(k, word_class::preposition) && !is_word(k, word_class::be) &&
              !is_word(k, word_class::clause_opener) && !is_word(k, word_class::speech_verb) &&
              ((folded(k) != "and" && folded(k) != "or") || (m->possessive && k > at && k + 1 < i)) &&
              !is_word(k, word_class::adverb) && !match(lx_.trigger_forms, k, k + 1, true);
    if (owner < 0 && plain) {
      owner = m->ent;
      if (!m->possessive) out.back().modifier = true;
    }
  }
  // "Vatican Foreign Minister X": the owner's name is an adjective here, not an actor.
  if (titled_body < 0 && owner >= 0 && !out.empty() && out.back().ent == owner && !out.back().possessive)
    out.back().modifier = true;
  if (titled_body < 0 && owner >= 0 && type_of(owner) == node_type::body && sent_role(folded_title)) {
    int state = -1;
    if (out.size() >= 2) {
      const mention& b = out.back();
      const mention& st = out[out.size() - 2];
      std::size_t at = b.first;
      if (at > 0 && (word(at - 1) == "'s" || word(at - 1) == "\u2019s")) --at;
      if (st.last == at && type_of(st.ent) == node_type::state) state = st.ent;
    }
    if (state >= 0 || posting_role(folded_title)) {
      posted_to = owner;
      owner = state;
    }
  }
  std::size_t end = j + n;
  // "President X of France", "Foreign Minister X of Japan": the owner after the name.
  if (owner < 0 && of_owner < 0 && end + 1 < sen.last && folded(end) == "of") of_owner = owner_at(s, end + 1, out);
  if (owner < 0) owner = of_owner;
  // "Cambodia's defence ministry said ... ministry spokeswoman X": a head noun before the title
  // refers back to the body the article named by it.
  if (owner < 0 && titled_body < 0 && i > sen.first && a_.tokens[i - 1].kind == token_kind::word &&
      !is_capitalized(word(i - 1)) && (out.empty() || out.back().last < i))
    if (int back = latest_with_head(folded(i - 1)); back >= 0 && type_of(back) == node_type::body) owner = back;
  // "a Chinese foreign ministry spokesperson said ... Spokesperson Guo Jiakun": a title alone
  // names the one an earlier sentence described by that title with its owner, and no name.
  if (owner < 0 && titled_body < 0) {
    const std::string_view head = std::string_view(re->title).substr(re->title.rfind(' ') + 1);
    for (std::size_t t = s; t-- > 0 && owner < 0;)
      for (auto it = a_.mentions[t].rbegin(); it != a_.mentions[t].rend(); ++it) {
        if (!is_actor(it->ent) || type_of(it->ent) == node_type::person) continue;
        std::size_t q = it->last;
        if (q < a_.sentences[t].last && (word(q) == "'s" || word(q) == "\u2019s")) ++q;
        auto r = match(lx_.role_names, q, a_.sentences[t].last, true);
        if (!r || name_length(r->last, a_.sentences[t].last) >= 2) continue;
        const role_entry& earlier = lx_.roles[r->values.front()];
        if (std::string_view(earlier.title).substr(earlier.title.rfind(' ') + 1) != head) continue;
        owner = it->ent;
        re = &earlier;
        folded_title = earlier.title;
        break;
      }
  }
  // "Belarusian opposition leader X": a nationality, not an owner.
  if (owner >= 0 && type_of(owner) == node_type::state && private_role(folded_title)) owner = -1;
  int org = owner;
  // "foreign ministry spokesman X" speaks for that ministry: of the owner state or, as a
  // ministry named alone, of the state the article is about; "foreign minister X" speaks for
  // the state, and only one the text names.
  if (!re->body.empty() && folded_title.find(fold(re->body)) != std::string::npos) {
    int st = owner >= 0 && type_of(owner) == node_type::state ? owner : (owner < 0 ? owner_state(s, i, out) : -1);
    if (st >= 0)
      for (std::uint32_t k = 0; k < lx_.offices.size(); ++k)
        if (lx_.offices[k].name == re->body) {
          org = office_entity(st, lx_.offices[k], "");
          a_.entities[org].n.mentions++;
          break;
        }
  }
  if (org < 0 && posted_to >= 0 && type_of(posted_to) == node_type::body &&
      a_.entities[posted_to].n.kind == "intergovernmental" && !sent_role(folded_title))
    org = posted_to;
  int person = person_entity(j, j + n, title);
  if (titled_body >= 0) out.push_back({i, role->last, titled_body, false, true});
  out.push_back({j, j + n, person});
  if (org >= 0 && org != person) emit(person, org, relation::represents, mode::asserted, s, title, 0.8, {{"role", title}});
  // "President Lula", "Foreign Minister Lavrov": a title with no owner, held by someone the
  // lexicon's people know.
  if (org < 0 && posted_to < 0 && owner < 0)
    if (int known = known_office(j, j + n, folded_title); known >= 0) {
      emit(person, known, relation::represents, mode::asserted, s, title, 0.7, {{"role", title}}, "people");
      org = known;
    }
  if (org >= 0 && type_of(org) == node_type::state) return leader_phrase(s, org, out) - i;
  return j + n - i;
}

int reader::office_entity(int state, const office_entry& of, std::string_view surface) {
  const entity& se = a_.entities[state];
  entity e;
  e.n.key = make_key(node_type::body, (se.n.iso3166.empty() ? se.n.label : se.n.iso3166) + " " + of.name);
  e.n.type = node_type::body;
  std::string demonym = se.state_index >= 0 && !lx_.states[se.state_index].demonyms.empty()
                            ? lx_.states[se.state_index].demonyms.front()
                            : se.n.label;
  e.n.label = demonym + " " + of.name;
  e.n.kind = of.kind.empty() ? "government" : of.kind;
  add_alias(e.n, surface.empty() ? std::string_view(of.name) : surface);
  e.part_of = se.n.key;
  auto space = of.name.rfind(' ');
  const std::string head = fold(space == std::string::npos ? of.name : of.name.substr(space + 1));
  return add_entity(std::move(e), {&head, 1});
}

// "China's foreign ministry", "the Chinese foreign ministry", "the foreign ministry".
std::size_t reader::try_office(std::size_t s, std::size_t i, std::vector<mention>& out) {
  const sentence& sen = a_.sentences[s];
  auto m = match(lx_.office_names, i, sen.last, true);
  if (!m) return 0;
  // A role that starts with the office ("foreign ministry spokesman") is the role's.
  if (auto role = match(lx_.role_names, i, sen.last, true); role && role->last > m->last)
    return 0;
  const office_entry& of = lx_.offices[m->values.front()];
  int owner = owner_before(i, out);
  std::size_t end = m->last;
  if (owner < 0 && end + 1 < sen.last && folded(end) == "of") {
    auto g = match(lx_.names, end + 1, sen.last);
    if (g && lx_.refs[g->values.front()].kind == ref_kind::state) {
      owner = entity_for_state(lx_.refs[g->values.front()].index);
      a_.entities[owner].n.mentions++;
      end = g->last;
    }
  }
  if (owner >= 0 && type_of(owner) != node_type::state) owner = -1;
  // Without an owner, only a ministry is taken to be the article's state's ("the foreign
  // ministry said"); "the military" or "the supreme court" could be anyone's.
  if (owner < 0 && (of.name.find("ministry") != std::string::npos || of.name.find("department") != std::string::npos)) {
    // "China criticised Japan, the foreign ministry said": the ministry that speaks after a
    // comma is the subject's, not that of the state named last.
    const std::size_t before = i > sen.first && is_word(i - 1, word_class::determiner) ? i - 1 : i;
    if (before > sen.first && word(before - 1) == "," && end < sen.last && is_word(end, word_class::speech_verb))
      for (const mention& x : out)
        if (type_of(x.ent) == node_type::state && !x.modifier && !x.possessive && !in_prepositional_phrase(s, x)) {
          owner = x.ent;
          break;
        }
    if (owner < 0) owner = owner_state(s, i, out);
  }
  // "Myanmar's military government": the state itself, not an office.
  if (m->last < sen.last && (folded(m->last) == "government" || folded(m->last) == "regime" ||
                             folded(m->last) == "junta" || folded(m->last) == "authorities"))
    return 0;
  if (owner < 0) return 0;
  if (of.name == "government") {  // "the Chinese government", "Myanmar's military government": the state
    out.push_back({i, end, owner});
    return end - i;
  }
  // "military support": an adjective, not the office.
  if (m->last == i + 1 && adjective_before_noun(s, i)) return 0;
  // The text's name for it: with the demonym or possessive before it ("Kenyan armed forces").
  std::size_t from = i;
  if (!out.empty() && out.back().ent == owner && (out.back().last == i || (out.back().possessive && out.back().last + 1 == i)))
    from = out.back().first;
  int id = office_entity(owner, of,
                         std::string(span_text(from, m->last)));
  out.push_back({i, end, id});
  return end - i;
}

// "the Constituent Assembly", "the Department of Treasury", "Wagner Group": capitalised
// names ending (or starting) in an organisation's head noun, unknown to the lexicon.
// Groups named by what they are: "the rights group Cristosal", "the M23 rebel group", "the
// armed group Viv Ansanm". Names the lexicon knows are the gazetteer's.
std::size_t reader::try_described_group(std::size_t s, std::size_t i, std::vector<mention>& out) {
  const sentence& sen = a_.sentences[s];
  if (all_caps_) return 0;
  std::size_t name_first = 0, name_last = 0, end = 0;
  bool ngo = false;
  if (is_word(i, word_class::group_kind) && !is_capitalized(word(i)) && i + 2 < sen.last &&
      is_word(i + 1, word_class::group_head) && is_capitalized(word(i + 2)) && a_.tokens[i + 2].kind == token_kind::word) {
    // "the rights group Cristosal": up to three capitalised words after the head.
    name_first = i + 2;
    name_last = name_first;
    while (name_last < sen.last && name_last < name_first + 3 && a_.tokens[name_last].kind == token_kind::word &&
           is_capitalized(word(name_last)) && !is_word(name_last, word_class::calendar))
      ++name_last;
    end = name_last;
    word_view kind = folded(i);
    ngo = kind == "rights" || kind == "advocacy" || kind == "campaign" || kind == "watchdog" || kind == "aid";
  } else if (is_capitalized(word(i)) && a_.tokens[i].kind == token_kind::word && i + 2 < sen.last &&
             !is_word(i, word_class::determiner) && is_word(i + 1, word_class::group_kind) &&
             !is_capitalized(word(i + 1)) && is_word(i + 2, word_class::group_head)) {
    // "the M23 rebel group": one name word before what the group is.
    name_first = i;
    name_last = i + 1;
    end = i + 3;
  } else {
    return 0;
  }
  if (name_last <= name_first || match(lx_.names, name_first, name_last, true)) return 0;
  std::string name(span_text(name_first, name_last));
  out.push_back({i, end, named_body(name, ngo ? "ngo" : "other", {"group"}).first});
  return end - i;
}

std::size_t reader::try_named_instrument(std::size_t s, std::size_t i, std::vector<mention>& out) {
  const sentence& sen = a_.sentences[s];
  if (all_caps_ || a_.tokens[i].kind != token_kind::word || !is_capitalized(word(i)) ||
      is_word(i, word_class::determiner))
    return 0;
  auto connector = [&](std::size_t k) {
    word_view f = folded(k);
    return f == "of" || f == "on" || f == "for" || f == "against" || f == "the";
  };
  std::size_t j = i, head = 0;
  while (j < sen.last && j < i + 12 && a_.tokens[j].kind == token_kind::word) {
    if (is_capitalized(word(j)) && !is_word(j, word_class::calendar)) {
      if (is_word(j, word_class::instrument_head) && j > i) head = j + 1;
      ++j;
    } else if (connector(j) && j + 1 < sen.last && (is_capitalized(word(j + 1)) || connector(j + 1))) {
      ++j;
    } else {
      break;
    }
  }
  while (j > i && connector(j - 1)) --j;
  bool head_first = is_word(i, word_class::instrument_head);
  // "Chapter VII of the Charter": the name starts after the part it cites; and a cited
  // instrument ("under the Charter", "Article 5 of the Treaty") is a legal basis, not an actor's object.
  if (!head_first && head > 0)
    for (std::size_t k = i; k < head; ++k)
      if (connector(k)) return 0;
  std::size_t before = i;
  if (before > sen.first && folded(before - 1) == "the") --before;
  if (before > sen.first) {
    word_view p = folded(before - 1);
    if (p == "under" || p == "with" ||
        (p == "of" && before >= sen.first + 2 &&
         (a_.tokens[before - 2].kind == token_kind::number || is_all_caps(word(before - 2)))))
      return 0;
  }
  std::size_t end = head;
  if (head_first) {
    // "Convention on the Law of the Sea", "Treaty of Rome": the head, then what it is on.
    if (j <= i + 2 || !connector(i + 1)) return 0;
    end = j;
  } else if (head == 0) {
    return 0;
  } else if (head < j && connector(head) && !title_case_) {
    end = j;  // "United Nations Convention on the Law of the Sea"
  }
  // A headline in title case capitalises every word: only "Name Head" reads there, and only
  // when the word before the head is a name the lexicon knows ("Tehran Declaration").
  if (title_case_) {
    if (head_first || end != i + 2 || !match(lx_.names, i, i + 1)) return 0;
  }
  std::string name(span_text(i, end));
  entity e;
  e.n.key = make_key(node_type::resolution, name);
  e.n.type = node_type::resolution;
  e.n.label = name;
  e.named = true;
  const std::string heads[] = {std::string(folded(head_first ? i : head - 1))};
  int id = add_entity(std::move(e), heads);
  out.push_back({i, end, id, end < sen.last && (word(end) == "'s" || word(end) == "\u2019s")});
  return end - i;
}

std::size_t reader::try_named_body(std::size_t s, std::size_t i, std::vector<mention>& out) {
  const sentence& sen = a_.sentences[s];
  if (all_caps_ || !is_capitalized(word(i)) || a_.tokens[i].kind != token_kind::word) return 0;
  if (is_word(i, word_class::determiner) || folded(i).ends_with("ing")) return 0;
  if (auto dash = word(i).find('-'); dash != std::string_view::npos && !is_capitalized(word(i).substr(dash + 1)))
    return 0;  // "Algeria-backed Polisario Front": the name starts after the modifier
  std::size_t j = i, last_head = 0;
  bool head_first = is_word(i, word_class::org_head);
  while (j < sen.last && j < i + 10 && a_.tokens[j].kind == token_kind::word) {
    word_view f = folded(j);
    if (auto dash = word(j).rfind('-'); dash != std::string_view::npos && !is_capitalized(word(j).substr(dash + 1)))
      return 0;  // "the New York-based Committee ...": the name starts after the modifier
    if (is_capitalized(word(j)) && !is_word(j, word_class::calendar)) {
      if (is_word(j, word_class::org_head)) last_head = j + 1;
      ++j;
    } else if ((f == "of" || f == "for" || f == "and" || f == "on") && j + 1 < sen.last &&
               (is_capitalized(word(j + 1)) ||
                (folded(j + 1) == "the" && f != "and" && j + 2 < sen.last && is_capitalized(word(j + 2))))) {
      ++j;
    } else if (f == "the" && j > i && (folded(j - 1) == "of" || folded(j - 1) == "for" || folded(j - 1) == "on") &&
               j + 1 < sen.last && is_capitalized(word(j + 1))) {
      ++j;
    } else {
      break;
    }
  }
  while (j > i && (folded(j - 1) == "of" || folded(j - 1) == "for" || folded(j - 1) == "and" ||
                   folded(j - 1) == "on" || folded(j - 1) == "the"))
    --j;  // a run cut short ends on its last name word, not on a connector
  std::size_t end = head_first ? j : last_head;
  // "National Council for the Safeguard of the Homeland": the name goes on after its head.
  if (!head_first && last_head > 0 && last_head < j && (folded(last_head) == "for" || folded(last_head) == "of") &&
      !match(lx_.names, last_head + 1, j))
    end = j;
  if (end <= i + 1) return 0;
  // A headline in title case capitalises every word, so a run of capitals there is no name
  // of its own where it holds or follows the headline's verb ("Kenya Condemns Attack on
  // Mission", "Council Extends Mandate of Mission") or holds a body the lexicon knows
  // ("Council Grants Mandate to Mission"): the known body is read, not the run around it.
  if (title_case_ && clause_layer_) {
    const auto& tags = clauses_of(s).parse;
    for (std::size_t k = i > sen.first ? i - 1 : i; k < end; ++k)
      if (tags[k - sen.first].tag == parse::upos::verb) return 0;
  }
  if (title_case_)
    for (std::size_t k = i; k < end; ++k)
      if (auto g = match(lx_.names, k, end); g && g->last > k + 1 &&
          std::any_of(g->values.begin(), g->values.end(), [&](auto v) { return lx_.refs[v].kind == ref_kind::body; }))
        return 0;
  // Names the lexicon knows are the gazetteer's, whole; "Prosecutor of the International
  // Criminal Court" is someone of a known body, not a body of its own.
  if (auto g = match(lx_.names, i, sen.last); g && g->last >= end) return 0;
  for (std::size_t k = i + 1; k < end; ++k)
    if (auto g = match(lx_.names, k, sen.last); g && g->last >= end && !is_capitalized(word(k - 1)))
      return 0;
  std::string name(span_text(i, end));
  // "Department Spokesperson": a title, not a body ("Office of the Prosecutor" is a body).
  bool connected = false;
  for (std::size_t k = i; k < end; ++k) connected |= folded(k) == "of" || folded(k) == "for";
  if (!connected && match(lx_.role_names, end - 1, end, true)) return 0;
  // "a State Party to the Rome Statute", "Member States": the UN's common nouns, capitalised.
  {
    bool common = true;
    for (std::size_t k = i; k < end && common; ++k) {
      word_view w = folded(k);
      common = w == "state" || w == "states" || w == "party" || w == "parties" || w == "member" || w == "members";
    }
    if (common) return 0;
  }
  // "Government of the Sudan": the state itself.
  if (folded(i) == "government" && end > i + 2) return 0;
  const std::string head(folded(head_first ? i : end - 1));
  const char* kind = head == "court" || head == "tribunal" ? "court"
                     : head == "party" || head == "front" || head == "movement" ? "party"
                     : head == "company" || head == "corporation" || head == "airlines" || head == "airways" ||
                             head == "inc" || head == "ltd" || head == "corp"
                         ? "company"
                     : head == "commission" ? "commission"
                     : head == "ministry" || head == "department" || head == "parliament" || head == "congress" ||
                             head == "senate" || head == "assembly" || head == "cabinet" || head == "directorate"
                         ? "government"
                         : "other";
  auto [id, created] = named_body(name, kind, {head});
  if (created) {
    int owner = owner_before(i, out);
    // "the Israeli Cabinet", "the Chinese Foreign Ministry": an organ named with its state's
    // demonym belongs to that state; a party or a company so named does not.
    if (owner < 0 && (std::string_view(kind) == "government" || std::string_view(kind) == "court"))
      if (auto g = match(lx_.names, i, i + 1); g && lx_.refs[g->values.front()].kind == ref_kind::demonym)
        owner = entity_for_state(lx_.refs[g->values.front()].index);
    if (owner >= 0 && type_of(owner) == node_type::state) a_.entities[id].part_of = a_.entities[owner].n.key;
  }
  out.push_back({i, end, id});
  return end - i;
}

// States, demonyms, capitals, bodies and places the lexicon knows.
std::size_t reader::try_gazetteer(std::size_t s, std::size_t i, std::vector<mention>& out) {
  const sentence& sen = a_.sentences[s];
  if (i > sen.first && word(i - 1).ends_with("-") && a_.tokens[i - 1].end == a_.tokens[i].begin) return 0;
  // "the Government of the Sudan", "the authorities of Belarus": the state itself.
  if (is_word(i, word_class::actor_noun) && i + 2 < sen.last && folded(i + 1) == "of") {
    std::size_t k = i + 2 + (folded(i + 2) == "the" ? 1 : 0);
    auto g = match(lx_.names, k, sen.last, all_caps_);
    if (g && lx_.refs[g->values.front()].kind == ref_kind::state) {
      out.push_back({i, g->last, entity_for_state(lx_.refs[g->values.front()].index)});
      return g->last - i;
    }
  }
  auto g = match(lx_.names, i, sen.last, all_caps_);
  if (!g) return 0;
  // Prefer a body over a state over a place over a capital over a demonym.
  auto rank = [](ref_kind k) {
    switch (k) {
      case ref_kind::body: return 0;
      case ref_kind::state: return 1;
      case ref_kind::place: return 2;
      case ref_kind::capital: return 3;
      case ref_kind::demonym: return 4;
      case ref_kind::shared: return 1;
    }
    return 5;
  };
  entity_ref best = lx_.refs[g->values.front()];
  for (auto v : g->values)
    if (rank(lx_.refs[v].kind) < rank(best.kind)) best = lx_.refs[v];
  if (best.kind == ref_kind::shared) best = {ref_kind::state, state_sharing(best.index)};
  std::size_t end = g->last;
  word_view prev = i > sen.first ? folded(i - 1) : word_view();
  // "the Rome Statute", "Sofia Sapega", "Minsk Agreements": a place's name inside another name.
  if ((best.kind == ref_kind::capital || best.kind == ref_kind::place) && !all_caps_ && end < sen.last &&
      a_.tokens[end].kind == token_kind::word && is_capitalized(word(end)) &&
      !match(lx_.names, end, sen.last) && !match(lx_.role_names, end, sen.last, true))
    return 0;
  // "between Athens and Vilnius": a capital joined to a place is a place too.
  bool after_place = !out.empty() && type_of(out.back().ent) == node_type::place && out.back().last + 1 == i &&
                     (prev == "and" || prev == "or" || prev == ",");
  int id = -1;
  bool modifier = false;
  switch (best.kind) {
    case ref_kind::state:
    case ref_kind::shared:  // turned into its state above
      id = entity_for_state(best.index);
      break;
    case ref_kind::body:
      id = entity_for_body(best.index);
      break;
    case ref_kind::place:
      id = entity_for_place(lx_.places[best.index].name, lx_.places[best.index].state);
      break;
    case ref_kind::capital: {
      // A capital names its government ("Beijing said", "the Pyongyang leadership") unless it
      // is a location ("talks in Beijing", "Minsk, Belarus").
      // After "in", "at", "from", ... a capital is a location; after "with", "against", "by"
      // it is a government ("talks with Beijing"); after "to", a location only when something
      // travels there ("flew to Minsk", not "ambassador to Paris").
      bool place_prep = is(word_class::preposition, prev) && prev != "with" && prev != "against" && prev != "by" &&
                        prev != "of" && prev != "to" && prev != "for" && prev != "on" && prev != "over";
      if (prev == "to") {
        for (std::size_t k = i - 1; k > sen.first && k + 4 > i; --k) {
          word_view w = folded(k - 1);
          if (w.starts_with("flew") || w.starts_with("fly") || w.starts_with("travel") || w.starts_with("went") ||
              w.starts_with("return") || w.starts_with("arriv") || w.starts_with("divert") || w.starts_with("trip") ||
              w.starts_with("visit") || w.starts_with("head") || w.starts_with("came") || w.starts_with("move") ||
              w.starts_with("sent") || w.starts_with("flight") || w.starts_with("route") || w.starts_with("deport") ||
              w.starts_with("fled") || w.starts_with("march") || w.starts_with("drove") || w.starts_with("journey") ||
              w.starts_with("dispatch") || w.starts_with("deploy") || w.starts_with("mission") || w.starts_with("deliver"))
            place_prep = true;
        }
      }
      bool location = place_prep || after_place ||
                      (end + 1 < sen.last && word(end) == "," && match(lx_.names, end + 1, sen.last));
      if (location) {
        const state_entry& st = lx_.states[best.index];
        std::string name(span_text(i, end));
        for (const auto& c : st.capitals)
          if (fold(c) == fold(name)) name = c;
        id = entity_for_place(name, st.id);
        a_.entities[id].capital = true;
      } else {
        id = entity_for_state(best.index);
      }
      break;
    }
    case ref_kind::demonym: {
      // "Chinese officials", "the North Korean government": the state; "North Korean exiles",
      // "a Belarusian journalist": only a modifier.
      if (end < sen.last && is_word(end, word_class::actor_noun) && !office_after(s, end)) {
        id = entity_for_state(best.index);
        ++end;
      } else if (end < sen.last && is_word(end, word_class::state_claim)) {
        id = entity_for_state(best.index);  // "recognised Moroccan sovereignty": the state, by its own word
      } else {
        id = entity_for_state(best.index);
        modifier = true;
      }
      break;
    }
  }
  if (id < 0) return 0;
  // "UN member states", "NATO member countries": the members, not the body.
  if (type_of(id) == node_type::body && end + 1 < sen.last && folded(end) == "member" &&
      a_.tokens[end + 1].kind == token_kind::word && !is_capitalized(word(end + 1)) &&
      !is_word(end + 1, word_class::preposition))
    modifier = true;
  // "NATO Allies", "EU officials", "Russian forces": the actor noun belongs to the name.
  if (!modifier && end < sen.last && type_of(id) != node_type::place && is_word(end, word_class::actor_noun) &&
      is_capitalized(word(end)) == is_capitalized(word(end - 1)) && folded(end) != "members")
    ++end;
  bool possessive = end < sen.last && (word(end) == "'s" || word(end) == "\u2019s");
  // "the European Union's delegation", "Russia's officials": the actor itself; "Russia's
  // army", an office of the state (try_office), is a body of its own.
  if (possessive && !modifier && end + 1 < sen.last && is_word(end + 1, word_class::actor_noun) &&
      type_of(id) != node_type::place && !(end + 2 < sen.last && (word(end + 2) == "'s" || word(end + 2) == "\u2019s")) &&
      !(type_of(id) == node_type::state && (office_after(s, end + 1) || relational_noun(end + 1)))) {
    end += 2;
    possessive = false;
  }
  // "Peru's army ... the army", "Turkish troops ... the troops": the actor noun refers
  // back to the state.
  if (!modifier && type_of(id) == node_type::state && is_word(end - 1, word_class::actor_noun))
    refer_by_head(id, folded(end - 1));
  out.push_back({i, end, id, possessive, modifier});
  return end - i;
}

// "Helen Marwick, Britain's deputy ambassador", "Lucía Herrera, the group's deputy director",
// "X, the French president", "X, U.N. director at Human Rights Watch", "X, who heads Y":
// tokens [i, end) name a person whose role follows in apposition, its owner before or after it.
// Adds the person's mention and represents edge and returns true when there is such a role.
bool reader::apposed_role(std::size_t s, std::size_t i, std::size_t end, std::vector<mention>& out) {
  const sentence& sen = a_.sentences[s];
  if (end + 2 >= sen.last || word(end) != ",") return false;
  std::size_t k = end + 1;
  // "X, who heads the commission": the head of what follows.
  if (folded(k) == "who" && k + 2 < sen.last &&
      (folded(k + 1) == "heads" || folded(k + 1) == "headed" || folded(k + 1) == "leads" || folded(k + 1) == "led" ||
       folded(k + 1) == "chairs" || folded(k + 1) == "chaired" || folded(k + 1) == "directs" || folded(k + 1) == "runs")) {
    int owner = owner_at(s, k + 2, out);
    if (owner < 0 || type_of(owner) == node_type::person) return false;
    int id = person_entity(i, end, "head");
    out.push_back({i, end, id});
    emit(id, owner, relation::represents, mode::asserted, s, "head", 0.7, {{"role", "head"}});
    return true;
  }
  if (is_word(k, word_class::determiner)) ++k;
  // The owner before the role: "Britain's", "the Beninese government's", "the group's"; or a
  // name before it, "the French president", "the EU foreign policy chief", "U.N. director".
  int owner = -1;
  bool possessive = false;
  std::size_t owner_end = k;
  auto g = match(lx_.names, k, sen.last);
  std::size_t g_end = g ? g->last : k;
  if (g && lx_.refs[g->values.front()].kind == ref_kind::demonym && g_end < sen.last && is_word(g_end, word_class::actor_noun))
    ++g_end;  // "the Beninese government's"
  auto actor_of = [&](const entity_ref& r) {
    if (r.kind == ref_kind::state || r.kind == ref_kind::capital || r.kind == ref_kind::demonym) return entity_for_state(r.index);
    if (r.kind == ref_kind::body) return entity_for_body(r.index);
    return -1;
  };
  if (g && g_end < sen.last && (word(g_end) == "'s" || word(g_end) == "\u2019s")) {
    owner = actor_of(lx_.refs[g->values.front()]);
    possessive = owner >= 0;
    owner_end = g_end + 1;
  } else if (k + 1 < sen.last && word(k + 1) == "'s") {
    // "the group's": the entity that head noun refers back to.
    owner = latest_with_head(folded(k));
    possessive = owner >= 0;
    owner_end = k + 2;
  } else if (g && match(lx_.role_names, g->last, sen.last, true)) {
    owner = actor_of(lx_.refs[g->values.front()]);
    owner_end = g->last;
  }
  // "the group's deputy director", "a senior official": a modifier or two before the role.
  auto role = match(lx_.role_names, owner_end, sen.last, true);
  for (std::size_t q = owner_end + 1; !role && q < owner_end + 3 && q < sen.last &&
                                      (possessive || !is_capitalized(word(q - 1))) &&
                                      a_.tokens[q - 1].kind == token_kind::word && !is_word(q - 1, word_class::speech_verb);
       ++q)
    if ((role = match(lx_.role_names, q, sen.last, true))) owner_end = q;
  if (!role) return false;
  std::string title(span_text(owner_end, role->last));
  const std::string folded_title = fold(title);
  int id = person_entity(i, end, title);
  out.push_back({i, end, id});
  // "a spokesman for the French foreign ministry", "director of Amnesty International", "a
  // minister in the Israeli cabinet": an owner after the role outweighs a name before it that
  // is not possessive ("the Swedish head of the EU mission"); "envoy for Syria" is a portfolio.
  if (!possessive && role->last + 1 < sen.last) {
    word_view prep = folded(role->last);
    if (prep == "for" || prep == "of" || prep == "at" || prep == "in") {
      int after = owner_at(s, role->last + 1, out);
      if (after >= 0 && prep == "for" && type_of(after) == node_type::state && portfolio_role(folded_title)) after = -1;
      if (after >= 0 && type_of(after) != node_type::person) owner = after;
    }
  }
  if (owner >= 0 && type_of(owner) == node_type::state && private_role(folded_title)) owner = -1;
  if (owner >= 0 && !possessive && type_of(owner) == node_type::body && posting_role(folded_title)) owner = -1;
  if (owner >= 0) {
    a_.entities[owner].n.mentions++;
    emit(id, owner, relation::represents, mode::asserted, s, title, 0.7, {{"role", title}});
  }
  return true;
}

// People named without a role: "Mr. Pratasevich", "Raman Pratasevich, a prominent journalist",
// "Sofia Sapega" coordinated with a person, "John Smith said", "the Maduro regime", and
// surnames of people already met.
std::size_t reader::try_person(std::size_t s, std::size_t i, std::vector<mention>& out) {
  const sentence& sen = a_.sentences[s];
  if (all_caps_ || !is_capitalized(word(i))) return 0;
  if (is_word(i, word_class::honorific)) {
    std::size_t j = i + 1;
    if (j < sen.last && word(j) == ".") ++j;
    std::size_t n = name_length(j, sen.last);
    if (n == 0) return 0;
    int id = person_entity(j, j + n, "");
    out.push_back({i, j + n, id});
    return j + n - i;
  }
  std::size_t n = name_length(i, sen.last);
  if (n == 0) return 0;
  std::string name(span_text(i, i + n));
  // "Liberation Front of Upper Nile": the end of another name, not a person.
  if (i > sen.first + 2 && (folded(i - 1) == "of" || folded(i - 1) == "for") && is_capitalized(word(i - 2)) &&
      a_.tokens[i - 2].kind == token_kind::word && !known_names_.count(name))
    return 0;
  if (auto k = known_names_.find(name); k != known_names_.end()) {
    if (type_of(k->second) == node_type::person && apposed_role(s, i, i + n, out)) return n;
    out.push_back({i, i + n, k->second});
    if (type_of(k->second) != node_type::person) return n;
    last_person_ = k->second;
    // "the Maduro regime" again: the state its leader's office names.
    if (int known = known_office(i, i + n, ""); known >= 0) return leader_phrase(s, known, out) - i;
    return n;
  }
  if (n == 1) {
    if (auto sur = surnames_.find(name); sur != surnames_.end()) {
      out.push_back({i, i + 1, sur->second});
      last_person_ = sur->second;
      return 1;
    }
  }
  std::size_t end = i + n;
  bool sentence_start = i == sen.first || is_punct(i - 1, "\"") || is_punct(i - 1, "\u201C");
  // "the Maduro regime": a leader's name before regime / administration; "Angela Merkel's
  // government" when the lexicon's people know the name.
  const bool possessive = end + 1 < sen.last && (word(end) == "'s" || word(end) == "\u2019s");
  const std::size_t leader = possessive ? end + 1 : end;
  if (n <= 2 && leader < sen.last && is_word(leader, word_class::leader_noun) &&
      (possessive ? !lx_.people_named(name_words(i, end)).empty()
                  : i > sen.first && (is_word(i - 1, word_class::determiner) || is_word(i - 1, word_class::adverb) ||
                                      !is_capitalized(word(i - 1))))) {
    int id = person_entity(i, end, "");
    out.push_back({i, end, id, possessive});
    std::string held;
    if (int known = known_office(i, end, "", &held); known >= 0) {
      emit(id, known, relation::represents, mode::asserted, s, word(leader), 0.7, {{"role", held}}, "people");
      return leader_phrase(s, known, out) - i;
    }
    return n;
  }
  if (n < 2) return 0;
  bool person = false;
  if (apposed_role(s, i, end, out)) return n;
  // "Vladimir Putin met Xi Jinping": a name right before or after a verb of the relations,
  // unless it reads as an institution ("Islamic State", "National Guard").
  {
    static constexpr std::string_view institutional[] = {
        "islamic", "national", "democratic", "popular", "free", "new", "united", "supreme", "federal", "central",
        "revolutionary", "republican", "people's", "royal", "state", "west", "east", "north", "south",
        // what a text or a place of learning is called, never a person: "the Framework Agreement endorsed by"
        "agreement", "agreements", "accord", "accords", "treaty", "convention", "charter", "statute", "protocol",
        "declaration", "plan", "initiative", "university", "college", "school", "academy", "hospital", "institute"};
    bool institution = false;
    for (std::size_t k = i; k < end; ++k)
      for (auto w : institutional) institution |= folded(k) == w;
    auto verb_at = [&](std::size_t k) {
      if (k >= sen.last || a_.tokens[k].kind != token_kind::word || is_capitalized(word(k))) return false;
      auto h = match(lx_.trigger_forms, k, sen.last, true);
      return h && !lx_.triggers[h->values.front()].noun;
    };
    bool verb_before = i > sen.first && !is_capitalized(word(i - 1)) && a_.tokens[i - 1].kind == token_kind::word &&
                       match(lx_.trigger_forms, i - 1, i, true).has_value();
    if (!institution && n >= 2 && (verb_at(end) || verb_before)) person = true;
    // "His son, Thomas Miller, criticised ...": a name set off by commas before such a verb.
    if (!institution && n >= 2 && i > sen.first && word(i - 1) == "," && end + 1 < sen.last && word(end) == "," &&
        (verb_at(end + 1) || is_word(end + 1, word_class::speech_verb)))
      person = true;
  }
  // "the journalist Tavro Melikan", "activist Nasrin Sotoudeh"
  if (i > sen.first && is_word(i - 1, word_class::person_noun) && !is_capitalized(word(i - 1))) person = true;
  // "his son Daniel Hale", "her husband, Omar Said": kin.
  {
    std::size_t k = i > sen.first && word(i - 1) == "," ? i - 1 : i;
    static constexpr std::string_view kin[] = {"son", "daughter", "wife", "husband", "brother", "sister", "father",
                                               "mother", "nephew", "niece", "cousin", "widow", "uncle", "aunt"};
    if (k > sen.first && !is_capitalized(word(k - 1)))
      for (auto w : kin) person |= folded(k - 1) == w;
  }
  // "John Smith said", "said John Smith"
  if (end < sen.last && is_word(end, word_class::speech_verb)) person = true;
  if (i > sen.first && is_word(i - 1, word_class::speech_verb)) person = true;
  // "Raman Pratasevich, a prominent Belarusian journalist"
  if (end + 1 < sen.last && word(end) == ",") {
    for (std::size_t k = end + 1; k < sen.last && k < end + 8; ++k) {
      if (word(k) == "," || word(k) == ".") break;
      if (is_word(k, word_class::person_noun) || match(lx_.role_names, k, sen.last, true)) {
        person = k > end + 1 && (is_word(end + 1, word_class::determiner) || is_word(end + 1, word_class::adverb));
        break;
      }
    }
  }
  // "... and Sofia Sapega" after a person
  if (!person && i > sen.first && (folded(i - 1) == "and" || word(i - 1) == ",") && last_person_ >= 0) {
    for (auto it = out.rbegin(); it != out.rend() && it->last + 16 > i; ++it)
      if (type_of(it->ent) == node_type::person) {
        person = true;
        break;
      }
  }
  // "the arrest of Raman Pratasevich": after a noun of detention or support.
  if (!person && i > sen.first + 1 && folded(i - 1) == "of") {
    word_view before = folded(i - 2);
    if (before == "arrest" || before == "detention" || before == "release" || before == "killing" ||
        before == "imprisonment" || before == "murder" || before == "removal" || before == "abduction")
      person = true;
  }
  if (!person || (sentence_start && n < 2)) return 0;
  int id = person_entity(i, end, "");
  out.push_back({i, end, id});
  return n;
}

// A UN document symbol at token k: series letters, then '/'-joined parts written without a
// space, one with a digit ("A/78/L.12", "S/RES/2728 (2024)", "A/HRC/55/L.3"). Its text, and the
// token after it; an empty text when there is none.
std::pair<std::string, std::size_t> reader::document_symbol_at(std::size_t s, std::size_t k) const {
  const sentence& sen = a_.sentences[s];
  const word_view series = k < sen.last ? word(k) : word_view();
  if (series.empty() || series.size() > 4 ||
      !std::all_of(series.begin(), series.end(), [](char c) { return c >= 'A' && c <= 'Z'; }))
    return {};
  auto joined = [&](std::size_t j) { return j < sen.last && a_.tokens[j].begin == a_.tokens[j - 1].end; };
  std::size_t j = k + 1;
  bool slash = false, digit = false;
  while (joined(j)) {
    const word_view w = word(j);
    if (w == "/") slash = true;
    else if (!std::all_of(w.begin(), w.end(), [](char c) {
               return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-';
             }))
      break;
    digit = digit || std::any_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
    ++j;
  }
  if (word(j - 1) == "." || word(j - 1) == "/") --j;  // the sentence's full stop
  if (!slash || !digit || j <= k + 2) return {};
  return {std::string(span_text(k, j)), j};
}

// Resolutions and reports: "resolution 1593 (2005)", "the General Assembly's non-binding
// measure", "a draft resolution", "A UN report", "a report by the commission of inquiry".
std::size_t reader::try_document_noun(std::size_t s, std::size_t i, std::vector<mention>& out) {
  const sentence& sen = a_.sentences[s];
  if (a_.tokens[i].kind != token_kind::word ||
      !(is_word(i, word_class::resolution_noun) || is_word(i, word_class::report_noun)))
    return 0;
  word_view f = folded(i);
  word_view prev = i > sen.first ? folded(i - 1) : word_view();
  bool after_verb_slot = prev == "to" || prev == "will" || prev == "would" || prev == "not" || prev == "did" ||
                         (i > sen.first && (is_word(i - 1, word_class::pronoun_they) || is_word(i - 1, word_class::pronoun_we)));
  if (is_word(i, word_class::resolution_noun)) {
    if (after_verb_slot) return 0;
    std::size_t head_end = i + 1;
    if (f == "draft" && head_end < sen.last && folded(head_end) == "resolution") ++head_end;
    const auto [symbol, symbol_end] = document_symbol_at(s, head_end);
    bool weak = f != "resolution" && symbol.empty();
    if (weak && !vote_context_) return 0;
    if (f == "text" && current_resolution_ < 0) return 0;
    bool definite = prev == "the" || prev == "this" || prev == "that" || is(word_class::pronoun_it, prev) ||
                    prev == "'s";
    if (weak && !definite && i + 1 < sen.last && is_word(i + 1, word_class::preposition) && folded(i + 1) == "of")
      return 0;  // "a measure of support"
    int id = resolution_for(s, i, out, definite, symbol);
    if (id < 0) return 0;
    std::size_t end = symbol.empty() ? head_end : symbol_end;
    if (end < sen.last && symbol.empty() && a_.tokens[end].kind == token_kind::number) {
      ++end;
      if (end + 2 < sen.last && is_punct(end, "(") && a_.tokens[end + 1].kind == token_kind::number &&
          is_punct(end + 2, ")"))
        end += 3;
    }
    out.push_back({i, end, id});
    read_tally(s, id);
    return end - i;
  }
  if (is_word(i, word_class::report_noun)) {
    if (after_verb_slot || (i + 1 < sen.last && folded(i + 1) == "to")) return 0;  // "report to the council"
    if (f != "report" && !(prev == "the" || prev == "a" || prev == "its" || prev == "their")) return 0;
    int id = report_for(s, i, out);
    if (id < 0) return 0;
    out.push_back({i, i + 1, id});
    return 1;
  }
  return 0;
}

int reader::resolution_for(std::size_t s, std::size_t i, const std::vector<mention>& out, bool definite,
                           const std::string& symbol) {
  const sentence& sen = a_.sentences[s];
  // What names the text: its number ("resolution 1593") or its document symbol ("draft
  // resolution A/78/L.12"), under that attribute.
  std::string number = symbol;
  const std::string id_attribute = symbol.empty() ? "number" : "symbol";
  std::size_t k = i + 1;
  if (k < sen.last && folded(k) == "resolution") ++k;
  if (symbol.empty() && k < sen.last && a_.tokens[k].kind == token_kind::number) number = std::string(word(k));
  // The body: "the General Assembly's measure", "a Security Council resolution".
  int body = -1;
  for (auto it = out.rbegin(); it != out.rend(); ++it) {
    if (it->last + 4 < i) break;
    bool adjacent = true;
    // "a Security Council resolution", "the General Assembly's non-binding measure"; not "the
    // ministry rejected the resolution".
    if (it->last + 3 < i) adjacent = false;
    for (std::size_t t = it->last; t < i && adjacent; ++t) {
      if (word(t) == "'s" || word(t) == "\u2019s") continue;
      if (a_.tokens[t].kind != token_kind::word || is_word(t, word_class::preposition) || is_word(t, word_class::be) ||
          is_word(t, word_class::determiner) || folded(t).ends_with("ed"))
        adjacent = false;
    }
    if (adjacent && type_of(it->ent) == node_type::body) body = it->ent;
    break;
  }
  // The topic: "a resolution on North Korea", "a measure condemning Russia", "a resolution on
  // cooperation with Somalia".
  std::string topic;
  {
    std::size_t t = i + 1;
    while (t < sen.last && t < i + 4 && (a_.tokens[t].kind == token_kind::number || is_punct(t, "(") || is_punct(t, ")") ||
                                         folded(t) == "resolution"))
      ++t;
    if (t + 1 < sen.last && (folded(t) == "on" || folded(t) == "condemning" || folded(t) == "against" ||
                             folded(t) == "concerning" || folded(t) == "regarding")) {
      for (std::size_t u = t + 1; u < sen.last && u < t + 6 && topic.empty(); ++u) {
        if (word(u) == "," || word(u) == ";") break;
        if (auto g = match(lx_.names, u, sen.last)) {
          const entity_ref& ref = lx_.refs[g->values.front()];
          if (ref.kind == ref_kind::state || ref.kind == ref_kind::demonym || ref.kind == ref_kind::capital)
            topic = lx_.states[ref.index].name;
          else if (ref.kind == ref_kind::place)
            topic = lx_.places[ref.index].name;
        }
      }
    }
  }
  int found = -1;
  for (std::size_t e = 0; e < a_.entities.size(); ++e) {
    const entity& en = a_.entities[e];
    if (en.n.type != node_type::resolution) continue;
    if (!topic.empty() && !en.topic.empty() && en.topic != topic) continue;  // two resolutions, two subjects
    auto num = en.n.attributes.find(id_attribute);
    if (!number.empty()) {
      if (num != en.n.attributes.end() && num->second == number) found = static_cast<int>(e);
      continue;
    }
    if (body >= 0 && !en.publisher.empty() && en.publisher != a_.entities[body].n.key) continue;
    found = static_cast<int>(e);
  }
  if (!number.empty() && found < 0 && current_resolution_ >= 0 &&
      !a_.entities[current_resolution_].n.attributes.count(id_attribute) && definite)
    found = current_resolution_;
  if (number.empty() && current_resolution_ >= 0 && found < 0 && definite) found = current_resolution_;
  if (found >= 0 && number.empty() && body < 0 && current_resolution_ >= 0 &&
      (topic.empty() || a_.entities[current_resolution_].topic.empty() || a_.entities[current_resolution_].topic == topic))
    found = current_resolution_;
  // "Also this afternoon, the Council adopted a resolution on Somalia": a new text on a new
  // subject once the one before has been voted on.
  if (found >= 0 && !definite && number.empty() && !topic.empty() && a_.entities[found].topic != topic) {
    bool settled = a_.entities[found].n.attributes.count("votes_for") > 0;
    for (const auto& rd : a_.readings) settled |= rd.object == found;
    if (settled) found = -1;
  }
  if (found < 0) {
    entity e;
    std::size_t count = 0;
    for (const auto& en : a_.entities) count += en.n.type == node_type::resolution;
    e.n.key = make_key(node_type::resolution, number.empty() ? a_.doc->id + " " + std::to_string(count + 1) : "un " + number);
    e.n.type = node_type::resolution;
    if (!number.empty()) e.n.attributes[id_attribute] = number;
    found = add_entity(std::move(e));
  }
  entity& r = a_.entities[found];
  if (!number.empty() && !r.n.attributes.count(id_attribute)) r.n.attributes[id_attribute] = number;
  if (body >= 0 && r.publisher.empty()) r.publisher = a_.entities[body].n.key;
  if (r.topic.empty()) r.topic = topic;
  current_resolution_ = found;
  return found;
}

int reader::report_for(std::size_t s, std::size_t i, const std::vector<mention>& out) {
  const sentence& sen = a_.sentences[s];
  if (current_report_ < 0) {
    entity e;
    e.n.key = make_key(node_type::report, a_.doc->id + " report");
    e.n.type = node_type::report;
    current_report_ = add_entity(std::move(e));
  }
  // The publisher: "A UN report", "Amnesty's report", "a report by the commission of inquiry".
  // (The report is looked up afresh each time: naming a publisher may add entities.)
  auto set_publisher = [&](int body) {
    if (body < 0 || !is_actor(body)) return;
    std::string& publisher = a_.entities[current_report_].publisher;
    // The most specific publisher names the report: a body that is part of the one known.
    if (publisher.empty() || a_.entities[body].part_of == publisher) publisher = a_.entities[body].n.key;
    emit(body, current_report_, relation::publishes, mode::asserted, s, "report", 0.7);
  };
  if (!out.empty()) {
    const mention& m = out.back();
    bool adjacent = m.last == i || (m.last + 1 == i && (word(m.last) == "'s" || word(m.last) == "\u2019s"));
    if (!adjacent && m.last + 2 == i && a_.tokens[m.last].kind == token_kind::word &&
        word(m.last).find('-') != std::string_view::npos && m.first > sen.first && is_word(m.first - 1, word_class::determiner))
      adjacent = true;  // "a UN human-rights report"
    if (adjacent) set_publisher(m.ent);
  }
  // "Human Rights Watch said in a report": the speaker published it.
  if (i >= sen.first + 3 && is_word(i - 1, word_class::determiner) && folded(i - 2) == "in" &&
      is_word(i - 3, word_class::speech_verb))
    if (const mention* sp = out.empty() ? nullptr : &out.back(); sp && sp->last + 1 >= i - 3 && sp->last <= i - 3)
      set_publisher(sp->ent);
  std::size_t k = i + 1;
  while (k < sen.last && k < i + 4 && !(folded(k) == "by" || folded(k) == "from")) {
    if (word(k) == "," || word(k) == ".") break;
    ++k;
  }
  if (k + 1 < sen.last && (folded(k) == "by" || folded(k) == "from")) {
    std::size_t u = k + 1;
    if (u < sen.last && folded(u) == "the") ++u;
    auto g = match(lx_.names, u, sen.last);
    if (g && lx_.refs[g->values.front()].kind == ref_kind::body) {
      set_publisher(entity_for_body(lx_.refs[g->values.front()].index));
    }
  }
  return current_report_;
}

// "by a vote of 116 to 20, with 53 abstentions", "11 in favour, none against with 4 abstentions".
void reader::read_tally(std::size_t s, int resolution) {
  const sentence& sen = a_.sentences[s];
  const auto& known = a_.entities[resolution].n.attributes;
  if (known.count("votes_for") && known.count("abstentions")) return;
  bool figures = false;
  for (std::size_t i = sen.first; i < sen.last && !figures; ++i) figures = is_word(i, word_class::number_word);
  if (!figures) return;
  std::string_view text = folded_sentence(s);
  if (text.find("vote") == std::string::npos && text.find("favour") == std::string::npos &&
      text.find("favor") == std::string::npos && text.find("abstention") == std::string::npos)
    return;
  auto& attrs = a_.entities[resolution].n.attributes;
  const tally t = find_tally(text);
  if (t.in_favour >= 0 && !attrs.count("votes_for")) {
    attrs["votes_for"] = std::to_string(t.in_favour);
    attrs["votes_against"] = std::to_string(t.against);
  }
  if (t.abstentions >= 0 && !attrs.count("abstentions")) attrs["abstentions"] = std::to_string(t.abstentions);
}

// The pair "the two sides" or "both countries" means: two actors this sentence has named
// together ("Thailand and Cambodia") before token i; else the two states the article has named
// most, when no third comes close (a bilateral story's parties); else the last two named
// together in the three sentences before; else the two named most. Empty without two.
std::vector<int> reader::latest_pair(std::size_t s, std::size_t i, const std::vector<mention>& out) const {
  auto pair_in = [&](const std::vector<mention>& ms, std::size_t before) -> std::vector<int> {
    for (std::size_t k = ms.size(); k >= 2; --k) {
      const mention& a = ms[k - 2];
      const mention& b = ms[k - 1];
      if (b.last > before || a.ent == b.ent || !is_actor(a.ent) || !is_actor(b.ent) || a.possessive || a.modifier ||
          b.possessive || b.modifier)
        continue;
      bool joined = b.first > a.last && b.first <= a.last + 2, conjunction = false;
      for (std::size_t t = a.last; t < b.first && joined; ++t) {
        conjunction |= folded(t) == "and";
        joined = folded(t) == "and" || word(t) == ",";
      }
      if (joined && conjunction) return {a.ent, b.ent};
    }
    return {};
  };
  if (auto here = pair_in(out, i); !here.empty()) return here;
  std::vector<int> states;  // by mentions, most first
  for (std::size_t e = 0; e < a_.entities.size(); ++e)
    if (a_.entities[e].n.type == node_type::state && a_.entities[e].n.mentions > 0) states.push_back(static_cast<int>(e));
  std::stable_sort(states.begin(), states.end(),
                   [&](int x, int y) { return a_.entities[x].n.mentions > a_.entities[y].n.mentions; });
  auto count = [&](std::size_t k) { return k < states.size() ? a_.entities[states[k]].n.mentions : 0; };
  if (states.size() >= 2 && count(1) > count(2)) return {states[0], states[1]};
  for (std::size_t back = 1; back <= 3 && back <= s; ++back)
    if (auto there = pair_in(a_.mentions[s - back], SIZE_MAX); !there.empty()) return there;
  if (states.size() >= 2) return {states[0], states[1]};
  return {};
}

// Words that point back: "the council", "the country", "the measure", "it", "he", "we".
std::size_t reader::try_reference(std::size_t s, std::size_t i, std::vector<mention>& out) {
  const sentence& sen = a_.sentences[s];
  word_view f = folded(i);
  if (a_.tokens[i].kind != token_kind::word) return 0;
  // Pronouns as subjects: "It calls on ...", "He said ...", "We support ...".
  bool subject_slot = i + 1 < sen.last && a_.tokens[i + 1].kind == token_kind::word &&
                      !is_word(i + 1, word_class::preposition) && !is_word(i + 1, word_class::determiner);
  if ((f == "it" || f == "its") && (subject_slot || f == "its")) {
    if (f == "its" && (i + 1 >= sen.last || a_.tokens[i + 1].kind != token_kind::word)) return 0;
    int ref = -1;
    if (f == "its" && !out.empty() && out.back().last + 12 > i && type_of(out.back().ent) != node_type::person &&
        type_of(out.back().ent) != node_type::place && !out.back().modifier)
      ref = out.back().ent;
    // "The ministry said it would ...": the one who said it, named earlier in this sentence.
    if (ref < 0 && f == "it" && i > sen.first && is_word(i - 1, word_class::speech_verb))
      for (const auto& m : out)
        if (m.last < i && (is_actor(m.ent) && type_of(m.ent) != node_type::person) && !m.modifier) {
          ref = m.ent;
          break;
        }
    if (ref < 0)
      for (int p : previous_subjects_)
        if (type_of(p) != node_type::person && type_of(p) != node_type::place) {
          ref = p;
          break;
        }
    if (ref < 0) return 0;
    out.push_back({i, i + 1, ref, f == "its", f == "its"});
    return 1;
  }
  // "it" as an object ("protested to China and called on it to stop", "urged the OAS to suspend
  // it"): the latest state, body or document this sentence named that is neither its first
  // subject nor the subject of the infinitive "it" is the object of.
  if (f == "it" && !subject_slot && i > sen.first && !out.empty() && !is_quote_inside(s, i)) {
    const mention* first_subject = nullptr;
    for (const mention& m : out)
      if (!m.possessive && !m.modifier) {
        first_subject = &m;
        break;
      }
    int ref = -1;
    for (auto it = out.rbegin(); it != out.rend() && ref < 0; ++it) {
      if (&*it == first_subject || it->possessive || it->modifier || type_of(it->ent) == node_type::person ||
          type_of(it->ent) == node_type::place)
        continue;
      if (it->last + 2 <= i && folded(it->last) == "to") {
        bool verb_between = true;  // "the OAS to suspend it"
        for (std::size_t q = it->last + 1; q < i && verb_between; ++q)
          verb_between = a_.tokens[q].kind == token_kind::word && !is_capitalized(word(q)) &&
                         !is_word(q, word_class::determiner);
        if (verb_between) continue;
      }
      ref = it->ent;
    }
    if (ref < 0) return 0;
    out.push_back({i, i + 1, ref});
    return 1;
  }
  // "the two sides", "both countries": a pair (latest_pair).
  {
    std::size_t j = 0;
    if (f == "both" && i + 1 < sen.last) j = i + 1 + (folded(i + 1) == "the" ? 1 : 0);
    if (f == "the" && i + 2 < sen.last && folded(i + 1) == "two") j = i + 2;
    if (j > 0 && j < sen.last && is_word(j, word_class::group_noun)) {
      std::vector<int> pair = latest_pair(s, i, out);
      if (pair.size() != 2) return 0;
      mention m{i, j + 1, pair[0]};
      m.also = {pair[1]};
      out.push_back(std::move(m));
      return j + 1 - i;
    }
  }
  // "China and Russia voted against it. They argued that ...": the group named before.
  if ((f == "they" && subject_slot) || f == "them") {
    // "them" after objects named earlier in the sentence means those ("sanctions on A and B,
    // accusing them"); otherwise the last sentence's subjects.
    std::vector<int> group = previous_group_;
    if (f == "them" && !out.empty()) {
      // The last list of names in this sentence: "A and B", "A, B and C".
      std::vector<int> listed{out.back().ent};
      for (std::size_t k = out.size() - 1; k > 0; --k) {
        const mention& a = out[k - 1];
        const mention& b = out[k];
        bool joined = true;
        for (std::size_t t = a.last; t < b.first && joined; ++t) joined = word(t) == "," || folded(t) == "and";
        if (!joined || a.possessive || a.modifier) break;
        listed.insert(listed.begin(), a.ent);
      }
      if (listed.size() >= 2) group = listed;
    }
    if (group.size() < 2 || is_quote_inside(s, i)) return 0;
    mention m{i, i + 1, group.front()};
    m.also.assign(group.begin() + 1, group.end());
    out.push_back(std::move(m));
    return 1;
  }
  if ((f == "he" || f == "she") && subject_slot && last_person_ >= 0) {
    out.push_back({i, i + 1, last_person_});
    return 1;
  }
  // "we", "our" and a statement's "I", "my Office": its author.
  if ((f == "we" || f == "our" || (f == "i" && word(i) == "I") || f == "my") && speaker_ >= 0 && !all_caps_ &&
      !is_quote_inside(s, i)) {
    bool owner = f == "our" || f == "my";
    std::size_t end = i + 1;
    if (f == "my" && end < sen.last && (folded(end) == "office" || folded(end) == "government" || folded(end) == "country"))
      owner = false, ++end;
    out.push_back({i, end, speaker_, owner, owner});
    return end - i;
  }
  // Definite descriptions: "the council", "the Court", "the reclusive communist country".
  // "his delegation had abstained", "her country": the state its speaker represents.
  if ((f == "his" || f == "her" || f == "their" || f == "our" || f == "its") && i + 1 < sen.last) {
    word_view noun = folded(i + 1);
    if (noun == "delegation" || noun == "country" || noun == "government" || noun == "nation") {
      int st = -1;
      for (auto it = out.rbegin(); it != out.rend() && st < 0; ++it)
        if (type_of(it->ent) == node_type::state) st = it->ent;
      if (st < 0 && (f == "our" || f == "its")) return 0;
      if (st < 0) st = focus_state();
      if (st < 0) return 0;
      out.push_back({i, i + 2, st});
      return 2;
    }
  }
  bool det = (f == "the" || f == "this" || f == "that") && !(i + 1 < sen.last && is_word(i + 1, word_class::determiner));
  std::size_t j = det ? i + 1 : i;
  // Without a determiner only a capitalised head refers back ("the Council ... Council members",
  // "Allies stand ..."); at a sentence's start only to an entity the article already named.
  bool named_head = false;
  if (!det && i == sen.first && is_capitalized(word(i))) named_head = latest_with_head(f) >= 0;
  if (!det && !(is_capitalized(word(i)) && (i > sen.first || named_head))) return 0;
  std::size_t adjectives = 0;
  while (det && j + 1 < sen.last && j < i + 4 && is_capitalized(word(j)) && a_.tokens[j].kind == token_kind::word &&
         (word(j).ends_with("-based") || word(j + 1).ends_with("-based"))) {
    ++j;  // "the New York-based organisation"
    ++adjectives;
  }
  // The words before the head are one noun phrase's: a conjunction, a preposition or another
  // determiner ends it ("the shelling and the rebels" is two).
  while (det && j < sen.last && j < i + 6 && a_.tokens[j].kind == token_kind::word && !is_capitalized(word(j)) &&
         !is_word(j, word_class::state_noun) && !match(lx_.names, j, j + 1)) {
    word_view w = folded(j);
    if (w == "and" || w == "or" || is_word(j, word_class::determiner) || is_word(j, word_class::preposition)) return 0;
    bool head_here = a_.by_head.count(w) > 0;
    if (head_here || is_word(j, word_class::resolution_noun) || is_word(j, word_class::report_noun)) break;
    ++j;
    ++adjectives;
  }
  if (j >= sen.last || a_.tokens[j].kind != token_kind::word) return 0;
  // "the (entire) international community" names no one, whatever bodies "community" heads.
  if (folded(j) == "community" && j > i + 1 && folded(j - 1) == "international") return 0;
  // "The Organization of American States": a name, which the gazetteer or the named bodies read.
  if (is_capitalized(word(j)) && (match(lx_.names, j, sen.last, all_caps_) ||
                                  (j + 2 < sen.last && (folded(j + 1) == "of" || folded(j + 1) == "for") &&
                                   is_capitalized(word(j + 2)))))
    return 0;
  word_view head = folded(j);
  if (j + 1 < sen.last && is_word(j + 1, word_class::org_head) && !det) return 0;
  int best = -1;
  // "the military government in Niamey", "the authorities in Minsk": that capital's state.
  if ((head == "government" || head == "regime" || head == "authorities" || head == "junta") && j + 2 < sen.last &&
      (folded(j + 1) == "in" || folded(j + 1) == "of")) {
    std::size_t k = j + 2 + (folded(j + 2) == "the" ? 1 : 0);
    if (auto g = match(lx_.names, k, sen.last)) {
      const entity_ref& r = lx_.refs[g->values.front()];
      if (r.kind == ref_kind::capital || r.kind == ref_kind::state) {
        out.push_back({i, g->last, entity_for_state(r.index)});
        return g->last - i;
      }
    }
  }
  // "the country", "the authorities of torture" (not "the government of X", which names X).
  bool of_name = j + 2 < sen.last && folded(j + 1) == "of" &&
                 (match(lx_.names, j + 2, sen.last) || (folded(j + 2) == "the" && match(lx_.names, j + 3, sen.last)));
  if (is_word(j, word_class::state_noun) && det && !of_name) {
    if (head == "state" || head == "government" || head == "regime" || head == "authorities") {
      if (adjectives > 0) return 0;
    }
    // A place this sentence has just named ("the delegation in Bishkek ... the authorities"):
    // its state.
    for (auto it = out.rbegin(); it != out.rend() && best < 0; ++it)
      if (type_of(it->ent) == node_type::place && a_.entities[it->ent].state_index >= 0 && it->last + 20 > i)
        best = entity_for_state(static_cast<std::uint32_t>(a_.entities[it->ent].state_index));
    // Else a state this sentence named, not as a modifier ("condemned the coup in Niger and
    // suspended aid to the country"), the latest.
    for (auto it = out.rbegin(); it != out.rend() && best < 0; ++it)
      if (type_of(it->ent) == node_type::state && !it->modifier && !it->possessive) best = it->ent;
    // Else the state most recently named.
    const bool placed = best >= 0;
    std::size_t latest = 0;
    for (std::size_t e = 0; e < a_.entities.size() && !placed; ++e)
      if (a_.entities[e].n.type == node_type::state && a_.entities[e].n.mentions > 0 &&
          a_.entities[e].last_seen >= latest) {
        latest = a_.entities[e].last_seen;
        best = static_cast<int>(e);
      }
  } else {
    best = latest_with_head(head);
    if (best < 0 && (det || is_capitalized(word(j)))) {
      // The lexicon knows which body a head noun usually means in this article's company:
      // "the Council" in an article on the UN.
      auto it = lx_.bodies_by_head.find(head);
      if (it != lx_.bodies_by_head.end() && is_capitalized(word(j)))
        for (auto b : it->second) {
          // A body whose parent the article named ("the Council" beside the UN), or whose
          // organ it named ("Allies" beside the North Atlantic Council).
          const body_entry& be = lx_.bodies[b];
          auto parent = a_.by_key.find(make_key(node_type::body, be.part_of));
          bool family = parent != a_.by_key.end() && a_.entities[parent->second].n.mentions > 0;
          std::string key = make_key(node_type::body, be.id);
          for (std::size_t e = 0; e < a_.entities.size() && !family; ++e)
            family = a_.entities[e].part_of == key && a_.entities[e].n.mentions > 0;
          if (family) {
            best = entity_for_body(b);
            break;
          }
        }
    }
  }
  if (best < 0) return 0;
  if (!det && adjectives == 0 && !is_capitalized(word(j))) return 0;
  // A title refers back to its holder only as "the Chairperson", "the minister".
  if (type_of(best) == node_type::person && (!det || adjectives > 0)) return 0;
  std::size_t end = j + 1;
  if (end < sen.last && folded(end) == "members" && type_of(best) == node_type::body) return 0;
  bool possessive = end < sen.last && (word(end) == "'s" || word(end) == "\u2019s");
  out.push_back({i, end, best, possessive});
  return end - i;
}

reader::line_case reader::line_case_of(std::size_t s) const {
  const sentence& sen = a_.sentences[s];
  std::size_t letters = 0, upper = 0, capitals = 0;
  for (std::size_t i = sen.first; i < sen.last; ++i)
    if (a_.tokens[i].kind == token_kind::word) {
      ++letters;
      upper += is_all_caps(word(i)) || word(i).size() == 1;
      capitals += is_capitalized(word(i));
    }
  return {letters >= 4 && upper * 10 >= letters * 9, letters >= 4 && capitals * 4 >= letters * 3};
}

void reader::find_mentions(std::size_t s) {
  const sentence& sen = a_.sentences[s];
  std::vector<mention> out;
  const line_case lc = line_case_of(s);
  all_caps_ = lc.all_caps;
  title_case_ = lc.title_case;
  brackets_ = false;
  for (std::size_t i = sen.first; i < sen.last && !brackets_; ++i) brackets_ = is_punct(i, "(");
  for (std::size_t i = sen.first; i < sen.last;) {
    if (a_.skip[i] || a_.tokens[i].kind == token_kind::punct) {
      ++i;
      continue;
    }
    // An acronym this article defined ("(RSF)") means what the article said, not the lexicon.
    if (int k = known_token(word(i)); k >= 0 && is_acronym(word(i)) && type_of(k) == node_type::body) {
      out.push_back({i, i + 1, k});
      ++i;
      continue;
    }
    // Most words start no mention: a lower-case word that no lexicon phrase holds and that is
    // of no closed class can only begin a bracketed acronym's phrase; nor can one outside
    // lexicon_index::lower_case_starts, which can still be a name the article defined.
    if (!is_capitalized(word(i))) {
      const std::uint32_t id = word_ids_[i];
      if (id == vocabulary::no_word && a_.classes[i] == 0) {
        std::size_t used = try_acronym_body(s, i, out);
        i += used ? used : 1;
        continue;
      }
      if (!brackets_ && (id >= lx_.lower_case_starts.size() || !lx_.lower_case_starts[id])) {
        if (int k = known_token(word(i)); k >= 0) out.push_back({i, i + 1, k});
        ++i;
        continue;
      }
    }
    std::size_t used = 0;
    for (auto step : {&reader::try_named_instrument, &reader::try_acronym_body, &reader::try_role_person, &reader::try_office,
                      &reader::try_named_body, &reader::try_gazetteer, &reader::try_place_phrase, &reader::try_described_group,
                      &reader::try_document_noun, &reader::try_person, &reader::try_reference}) {
      used = (this->*step)(s, i, out);
      if (used) break;
    }
    if (!used) {
      // A dynamically defined name ("SEBIN" after "(SEBIN)").
      if (int k = known_token(word(i)); k >= 0) {
        out.push_back({i, i + 1, k});
        used = 1;
      }
    }
    i += used ? used : 1;
  }
  std::sort(out.begin(), out.end(), [](const mention& x, const mention& y) { return x.first < y.first; });
  // "International Criminal Court (ICC)": one mention.
  for (std::size_t k = 0; k + 1 < out.size(); ++k) {
    mention& m = out[k];
    const mention& n = out[k + 1];
    if (n.ent == m.ent && n.first == m.last + 1 && is_punct(m.last, "(") && is_punct(n.last, ")")) {
      m.last = n.last + 1;
      m.possessive = m.last < sen.last && (word(m.last) == "'s" || word(m.last) == "\u2019s");
      out.erase(out.begin() + static_cast<long>(k) + 1);
    }
  }
  // "Kofi Mensah, the head of the AU Commission, criticised ...": the body a title in
  // apposition belongs to names the person's owner, not an actor of the sentence.
  for (mention& m : out) {
    if (m.modifier || m.possessive || type_of(m.ent) == node_type::person) continue;
    std::size_t p = m.first;
    if (p > sen.first && is_word(p - 1, word_class::determiner)) --p;
    // "X, U.N. director at Human Rights Watch": a name before the title.
    if (p > sen.first && word(p - 1) == "," && match(lx_.role_names, m.last, sen.last, true)) {
      for (const mention& x : out)
        if (x.last == p - 1 && type_of(x.ent) == node_type::person) m.modifier = true;
      continue;
    }
    std::size_t close = m.last;  // "the EU observer mission,": the phrase ends at the comma
    while (close < sen.last && close < m.last + 3 && a_.tokens[close].kind == token_kind::word && !is_capitalized(word(close)))
      ++close;
    if (p < sen.first + 4 || !(close >= sen.last || word(close) == "," || word(close) == ".")) continue;
    std::size_t comma = 0;
    word_view prep = folded(p - 1);
    if (prep == "heads" || prep == "leads" || prep == "chairs") {
      if (folded(p - 2) == "who" && word(p - 3) == ",") comma = p - 3;
    } else if (prep == "of" || prep == "for" || prep == "at" || prep == "in") {
      for (std::size_t q = p - 1; q-- > sen.first && q + 7 > p && comma == 0;) {
        auto r = match(lx_.role_names, q, p - 1, true);
        if (!r || r->last != p - 1) continue;
        for (std::size_t c = q; c-- > sen.first && c + 5 > q;)
          if (word(c) == ",") {
            comma = c;
            break;
          }
      }
    }
    if (comma == 0) continue;
    for (const mention& x : out)
      if (x.last == comma && type_of(x.ent) == node_type::person) m.modifier = true;
  }
  for (const auto& m : out) {
    entity& e = a_.entities[m.ent];
    if (!m.modifier) e.n.mentions++, e.last_head = m.first;
    e.last_seen = m.first;
    if (e.n.type != node_type::resolution && e.n.type != node_type::report) {
      std::string_view surface =
          span_text(m.first, m.last);
      // Not a pronoun ("it", "he", "we"), nor a description ("the council", "this country").
      bool pronoun = m.last - m.first == 1 && (is_word(m.first, word_class::pronoun_it) ||
                                               is_word(m.first, word_class::pronoun_he) ||
                                               is_word(m.first, word_class::pronoun_we));
      bool described = false;
      if (m.last - m.first > 1) {
        std::string f = fold(surface.substr(0, 5));
        described = f.starts_with("the ") || f.starts_with("this ") || f.starts_with("that ");
      }
      if (!pronoun && !described && !all_caps_) add_alias(e.n, surface);
    }
  }
  a_.mentions[s] = std::move(out);
}

}  // namespace newsgraph::detail
