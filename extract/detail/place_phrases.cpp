// Places named by their kind, and where the text says they are: "the city of X", "the X
// district of Y", "X, the Kenyan capital", "X, Ukraine's second city", "in X, Ukraine",
// "based in X", "the X-based council". The kinds are the lexicon's place_noun words.
#include "extract/detail/reader.hpp"

namespace newsgraph::detail {
namespace {

// The length of the suffix that makes folded word w say where something sits ("geneva-based"),
// or 0.
std::size_t seat_suffix(std::string_view w) {
  for (std::string_view suffix : {std::string_view("-based"), std::string_view("-headquartered")})
    if (w.size() > suffix.size() + 1 && w.ends_with(suffix)) return suffix.size();
  return 0;
}

bool is_seat_participle(std::string_view w) { return w == "based" || w == "headquartered" || w == "located"; }

}  // namespace

bool reader::possessive_at(std::size_t i) const {
  return i < a_.tokens.size() && (word(i) == "'s" || word(i) == "\u2019s");
}

int reader::new_place(std::size_t first, std::size_t last) {
  std::string name(span_text(first, last));
  if (auto k = known_names_.find(name); k != known_names_.end())
    return type_of(k->second) == node_type::place ? k->second : -1;
  const int id = entity_for_place(name, "");
  remember_name(name, id, false);
  return id;
}

int reader::seat_entity(std::size_t first, std::size_t k, std::size_t cut) {
  std::vector<token> name(a_.tokens.begin() + static_cast<long>(first), a_.tokens.begin() + static_cast<long>(k) + 1);
  name.back().end -= cut;
  if (auto g = lx_.names.longest_at(a_.text, name, 0, name.size()); g && g->last == name.size()) {
    entity_ref best = lx_.refs[g->values.front()];
    for (auto v : g->values)
      if (lx_.refs[v].kind == ref_kind::place || lx_.refs[v].kind == ref_kind::capital) best = lx_.refs[v];
    switch (best.kind) {
      case ref_kind::place:
        return entity_for_place(lx_.places[best.index].name, lx_.places[best.index].state);
      case ref_kind::capital: {
        const state_entry& st = lx_.states[best.index];
        const std::string written(a_.text.substr(name.front().begin, name.back().end - name.front().begin));
        std::string label = written;
        for (const auto& c : st.capitals)
          if (fold(c) == fold(written)) label = c;
        const int id = entity_for_place(label, st.id);
        a_.entities[id].capital = true;
        return id;
      }
      case ref_kind::state:
        return entity_for_state(best.index);
      case ref_kind::shared:
        return entity_for_state(state_sharing(best.index));
      default:
        return -1;
    }
  }
  // An unknown one-word name ("Lorvenne-based"): a place of that name.
  if (k != first) return -1;
  std::string_view prefix = word(k).substr(0, word(k).size() - cut);
  if (prefix.size() < 3 || !is_capitalized(prefix) || prefix.find_first_of("-.") != std::string_view::npos) return -1;
  if (int known = known_token(prefix); known >= 0) return type_of(known) == node_type::place ? known : -1;
  const int id = entity_for_place(prefix, "");
  remember_name(prefix, id, false);
  return id;
}

std::size_t reader::try_place_phrase(std::size_t s, std::size_t i, std::vector<mention>& out) {
  const sentence& sen = a_.sentences[s];
  if (all_caps_ || title_case_ || a_.tokens[i].kind != token_kind::word || !is_capitalized(word(i))) return 0;
  // "the Geneva-based council", "a New York-based group": where what follows sits.
  for (std::size_t k = i; k < sen.last && k < i + 3 && a_.tokens[k].kind == token_kind::word; ++k) {
    const std::size_t cut = seat_suffix(folded(k));
    if (cut == 0) {
      if (!is_capitalized(word(k))) break;
      continue;
    }
    const int id = seat_entity(i, k, cut);
    if (id < 0) return 0;
    const bool place = type_of(id) == node_type::place;
    out.push_back({i, k + 1, id, false, !place});
    return k + 1 - i;
  }
  const std::size_t n = name_length(i, sen.last);
  if (n == 0 || n > 4) return 0;
  const std::size_t end = i + n;
  const std::string name(span_text(i, end));
  if (known_names_.count(name) || match(lx_.names, i, sen.last) || !lx_.people_named(name_words(i, end)).empty())
    return 0;
  const word_view prev = i > sen.first ? folded(i - 1) : word_view();
  const word_view prev2 = i > sen.first + 1 ? folded(i - 2) : word_view();
  bool place = false;
  std::size_t last = end;
  // "the X district", "Japan's X island": the name, then its kind in lower case.
  if (end < sen.last && is_word(end, word_class::place_noun) && !is_capitalized(word(end)) &&
      (prev == "the" || possessive_at(i - 1))) {
    place = true;
    last = end + 1;
  }
  // "the city of X", "the western French port of X".
  if (!place && prev == "of" && i >= sen.first + 3 && is_word(i - 2, word_class::place_noun)) {
    for (std::size_t k = i - 2; k-- > sen.first && k + 6 > i;)
      if (folded(k) == "the" || possessive_at(k)) {
        place = true;
        break;
      }
  }
  // "based in X", "headquartered in X".
  if (!place && prev == "in" && is_seat_participle(prev2)) place = true;
  // "X, the Kenyan capital,", "X, Ukraine's second city", "X, a port in Y".
  if (!place && end + 2 < sen.last && word(end) == ",") {
    for (std::size_t k = end + 1; k < sen.last && k < end + 6; ++k) {
      if (a_.tokens[k].kind != token_kind::word) break;
      if (is_word(k, word_class::place_noun) && !is_capitalized(word(k))) {
        const bool phrase_end = k + 1 >= sen.last || (a_.tokens[k + 1].kind == token_kind::punct && !possessive_at(k + 1)) ||
                                folded(k + 1) == "of" || folded(k + 1) == "in" || folded(k + 1) == "near";
        place = phrase_end && k > end + 1 &&
                (is_word(end + 1, word_class::determiner) || match(lx_.names, end + 1, sen.last));
        break;
      }
    }
  }
  // "in X, Ukraine": a name between a preposition of place and a state's.
  if (!place && is_word(i - 1, word_class::place_preposition) && end + 1 < sen.last && word(end) == ",") {
    if (auto g = match(lx_.names, end + 1, sen.last)) {
      const ref_kind kind = lx_.refs[g->values.front()].kind;
      const std::size_t after = g->last;
      place = (kind == ref_kind::state || kind == ref_kind::shared) &&
              (after >= sen.last || (a_.tokens[after].kind == token_kind::punct && !possessive_at(after)) ||
               is_word(after, word_class::preposition) || folded(after) == "and");
    }
  }
  if (!place) return 0;
  const int id = new_place(i, end);
  if (id < 0) return 0;
  out.push_back({i, last, id});
  return last - i;
}

void reader::read_place_links(std::size_t s) {
  const sentence& sen = a_.sentences[s];
  const auto& ms = a_.mentions[s];
  auto state_or_place = [&](int e) { return type_of(e) == node_type::state || type_of(e) == node_type::place; };
  auto located = [&](int what, int where, std::string_view trigger) {
    if (what >= 0 && where >= 0 && state_or_place(where) &&
        (type_of(what) == node_type::place || type_of(what) == node_type::body))
      emit(what, where, relation::located_in, mode::asserted, s, trigger, 0.7, {}, "place");
  };
  for (std::size_t k = 0; k < ms.size(); ++k) {
    const mention& m = ms[k];
    const mention* next = k + 1 < ms.size() ? &ms[k + 1] : nullptr;
    // "the Geneva-based council": the body after the compound sits there.
    if (seat_suffix(folded(m.last - 1)) && next && next->first >= m.last && next->first < m.last + 4 &&
        type_of(next->ent) == node_type::body) {
      bool words_between = true;
      for (std::size_t q = m.last; q < next->first; ++q) words_between &= a_.tokens[q].kind == token_kind::word;
      if (words_between) located(next->ent, m.ent, word(m.last - 1));
    }
    // "the court, based in The Hague", "a group headquartered in X".
    if (type_of(m.ent) == node_type::body && !m.modifier && !m.possessive) {
      std::size_t q = m.last;
      if (q < sen.last && word(q) == ",") ++q;
      if (q + 1 < sen.last && is_seat_participle(folded(q)) && folded(q + 1) == "in") {
        std::size_t at = q + 2;
        if (at < sen.last && folded(at) == "the" && !mention_starting(s, at)) ++at;
        if (const mention* n = mention_starting(s, at)) located(m.ent, n->ent, word(q));
      }
    }
    if (type_of(m.ent) != node_type::place) continue;
    // "X, the Kenyan capital", "X, Ukraine's second city", "X, a town in Y".
    if (m.last + 2 < sen.last && word(m.last) == ",") {
      for (std::size_t q = m.last + 1; q < sen.last && q < m.last + 7; ++q) {
        if (a_.tokens[q].kind != token_kind::word && !possessive_at(q)) break;
        if (const mention* n = mention_starting(s, q); n && type_of(n->ent) == node_type::state) {
          std::size_t after = n->last + (n->possessive ? 1 : 0);
          while (after < sen.last && after < n->last + 4 && !is_word(after, word_class::place_noun) &&
                 a_.tokens[after].kind == token_kind::word)
            ++after;
          if (after < sen.last && is_word(after, word_class::place_noun)) located(m.ent, n->ent, word(after));
          break;
        }
        if (is_word(q, word_class::place_noun)) {
          if (q + 1 < sen.last && folded(q + 1) == "in")
            if (const mention* n = mention_starting(s, q + 2 + (folded(q + 2) == "the" ? 1 : 0)))
              located(m.ent, n->ent, word(q));
          break;
        }
      }
    }
    // "the X district of Y", "the X area of Y".
    if (m.last + 1 < sen.last && is_word(m.last - 1, word_class::place_noun) && folded(m.last) == "of") {
      std::size_t at = m.last + 1;
      if (at < sen.last && folded(at) == "the" && !mention_starting(s, at)) ++at;
      if (const mention* n = mention_starting(s, at)) located(m.ent, n->ent, word(m.last - 1));
    }
    // "Japan's X island": the state before it.
    if (k > 0 && ms[k - 1].possessive && ms[k - 1].last + 1 == m.first && is_word(m.last - 1, word_class::place_noun))
      located(m.ent, ms[k - 1].ent, word(m.last - 1));
    // "the western French city of X", "Peru's port of X": the state that names the kind.
    if (m.first >= sen.first + 2 && folded(m.first - 1) == "of" && is_word(m.first - 2, word_class::place_noun)) {
      for (std::size_t j = k; j-- > 0;) {
        const mention& d = ms[j];
        if (d.last > m.first - 2 || d.first + 6 < m.first) break;
        if (type_of(d.ent) == node_type::state) {
          located(m.ent, d.ent, word(m.first - 2));
          break;
        }
      }
    }
  }
}

}  // namespace newsgraph::detail
