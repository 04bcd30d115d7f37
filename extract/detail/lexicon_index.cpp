#include "extract/detail/lexicon_index.hpp"

#include <algorithm>

#include "extract/detail/grammar.hpp"
#include "extract/detail/text.hpp"
#include "graph/key.hpp"

namespace newsgraph::detail {
namespace {

// Single words and acronyms match only as written ("Chad", "US"); longer names in any case
// ("commission of inquiry").
bool needs_exact_case(std::string_view phrase) {
  auto toks = tokenize(phrase);
  if (toks.size() <= 1) return true;
  for (const auto& t : toks)
    if (is_acronym(t.in(phrase))) return true;
  return false;
}

}  // namespace

lexicon_index::lexicon_index(const lexicon& lex)
    : states(lex.states()), bodies(lex.bodies()), roles(lex.roles()), offices(lex.offices()),
      triggers(lex.triggers()), modality(lex.modality()), vote_labels(lex.vote_labels()), evaluations(lex.evaluations()), places(lex.places()),
      people(lex.people()) {
  auto add_name = [&](std::string_view phrase, ref_kind k, std::uint32_t index) {
    if (trim(phrase).empty()) return;
    refs.push_back({k, index});
    names.add(phrase, static_cast<std::uint32_t>(refs.size() - 1), needs_exact_case(phrase));
  };
  auto add_place = [&](const std::string& name, const std::string& state) {
    if (name.empty() || place_by_name.count(name)) return;
    place_entry p;
    p.id = name;
    p.name = name;
    p.state = state;
    places.push_back(std::move(p));
    place_by_name.emplace(name, static_cast<std::uint32_t>(places.size() - 1));
    add_name(name, ref_kind::place, static_cast<std::uint32_t>(places.size() - 1));
  };
  for (std::uint32_t i = 0; i < places.size(); ++i) {
    place_by_name.emplace(places[i].name, i);
    add_name(places[i].name, ref_kind::place, i);
    for (const auto& a : places[i].aliases) add_name(a, ref_kind::place, i);
  }
  for (std::uint32_t i = 0; i < states.size(); ++i) {
    const auto& s = states[i];
    state_by_id.emplace(s.id, i);
    add_name(s.name, ref_kind::state, i);
    for (const auto& a : s.aliases) add_name(a, ref_kind::state, i);
    for (const auto& d : s.demonyms) add_name(d, ref_kind::demonym, i);
    for (const auto& c : s.capitals) add_name(c, ref_kind::capital, i);
  }
  std::unordered_map<std::string, std::uint32_t> shared_index;  // folded shared name -> shared_names
  for (std::uint32_t i = 0; i < states.size(); ++i)
    for (const auto& n : states[i].shared_names) {
      auto [it, fresh] = shared_index.try_emplace(fold(n), static_cast<std::uint32_t>(shared_names.size()));
      if (fresh) {
        shared_names.emplace_back();
        add_name(n, ref_kind::shared, it->second);
      }
      shared_names[it->second].push_back(i);
    }
  for (std::uint32_t i = 0; i < bodies.size(); ++i) {
    const auto& b = bodies[i];
    body_by_id.emplace(b.id, i);
    add_name(b.name, ref_kind::body, i);
    for (const auto& a : b.aliases) add_name(a, ref_kind::body, i);
    for (const auto& h : b.heads) bodies_by_head[fold(h)].push_back(i);
    if (!b.part_of.empty())
      parent_of.emplace(make_key(node_type::body, b.id), make_key(state_by_id.count(b.part_of) ? node_type::state : node_type::body,
                                                                  b.part_of));
  }
  names.compile();
  for (const auto& b : bodies) {
    if (b.seat.empty() || names.longest_at(b.seat, tokenize(b.seat), 0, SIZE_MAX, true)) continue;
    std::string state;
    if (b.part_of.size() == 3 && state_by_id.count(b.part_of)) state = b.part_of;
    add_place(b.seat, state);
  }
  for (std::uint32_t i = 0; i < roles.size(); ++i) role_names.add(roles[i].title, i);
  for (std::uint32_t i = 0; i < offices.size(); ++i) {
    office_names.add(offices[i].name, i);
    for (const auto& a : offices[i].aliases) office_names.add(a, i);
  }
  for (std::uint32_t i = 0; i < triggers.size(); ++i)
    for (const auto& f : triggers[i].forms) trigger_forms.add(f, i);
  for (std::uint32_t i = 0; i < modality.size(); ++i) mode_phrases.add(modality[i].phrase, i);
  for (std::uint32_t i = 0; i < vote_labels.size(); ++i) vote_label_phrases.add(vote_labels[i].phrase, i);
  for (std::uint32_t i = 0; i < evaluations.size(); ++i) evaluation_phrases.add(evaluations[i].phrase, i);
  names.compile();
  role_names.compile();
  office_names.compile();
  trigger_forms.compile();
  mode_phrases.compile();
  vote_label_phrases.compile();
  evaluation_phrases.compile();
  for (const auto& st : states) {
    node n;
    n.key = make_key(node_type::state, st.id);
    n.type = node_type::state;
    n.label = st.name;
    n.wikidata = st.wikidata;
    if (st.id.size() == 3) n.iso3166 = st.id;
    add_alias(n, st.name);
    for (const auto& al : st.aliases) add_alias(n, al);
    for (const auto& c : st.capitals) add_alias(n, c);
    state_nodes.push_back(std::move(n));
  }
  for (const auto& b : bodies) {
    node n;
    n.key = make_key(node_type::body, b.id);
    n.type = node_type::body;
    n.label = b.name;
    n.kind = b.kind;
    n.wikidata = b.wikidata;
    add_alias(n, b.name);
    for (const auto& al : b.aliases) add_alias(n, al);
    auto up = parent_of.find(n.key);
    body_parents.push_back(up != parent_of.end() ? up->second : std::string());
    body_nodes.push_back(std::move(n));
    body_heads.emplace_back();
    for (const auto& h : b.heads) body_heads.back().push_back(fold(h));
    // "The body", like "the council", refers back to an organisation the article has named.
    if (b.kind == "intergovernmental" || b.kind == "commission" || b.kind == "court") body_heads.back().push_back("body");
  }
  for (const auto& p : places)
    if (!p.wikidata.empty()) wikidata_by_key.emplace(make_key(node_type::place, p.name), p.wikidata);
  for (const auto& p : people)
    if (!p.wikidata.empty()) {
      wikidata_by_key.emplace(make_key(node_type::person, p.name), p.wikidata);
      for (const auto& a : p.aliases) wikidata_by_key.emplace(make_key(node_type::person, a), p.wikidata);
    }
  for (std::uint32_t i = 0; i < people.size(); ++i) {
    auto words_of = [](std::string_view phrase) {
      std::vector<std::string> out;
      for (const auto& t : tokenize(phrase))
        if (t.kind == token_kind::word) out.push_back(fold(t.in(phrase)));
      return out;
    };
    std::vector<std::vector<std::string>>& forms = person_forms.emplace_back();
    forms.push_back(words_of(people[i].name));
    for (const auto& a : people[i].aliases) forms.push_back(words_of(a));
    std::vector<std::string>& surnames = person_surnames.emplace_back();
    for (const auto& sn : people[i].surnames) surnames.push_back(fold(sn));
    auto index = [&](const std::string& w) {
      std::vector<std::uint32_t>& list = people_by_word[w];
      if (list.empty() || list.back() != i) list.push_back(i);
    };
    for (const auto& f : forms)
      for (const auto& w : f) index(w);
    for (const auto& sn : surnames) index(sn);
  }
  for (auto w : class_words()) {
    std::uint32_t id = words->add(w);
    if (word_classes.size() <= id) word_classes.resize(id + 1, 0);
    word_classes[id] = classes_of(w);
  }
  for (const auto& [name, list] : lex.word_classes())
    if (auto c = class_named(name))
      for (const auto& w : list) {
        std::uint32_t id = words->add(w);
        if (word_classes.size() <= id) word_classes.resize(id + 1, 0);
        word_classes[id] |= class_bit(*c);
      }
  const class_set starters = class_bit(word_class::actor_noun) | class_bit(word_class::group_kind) |
                                 class_bit(word_class::resolution_noun) | class_bit(word_class::report_noun);
  lower_case_starts.assign(words->size(), 0);
  for (std::uint32_t id = 0; id < words->size(); ++id)
    lower_case_starts[id] = names.may_start(id) || role_names.may_start(id) || office_names.may_start(id) ||
                            (id < word_classes.size() && (word_classes[id] & starters) != 0);
  for (auto w : referring_words)
    if (std::uint32_t id = words->id(w); id != vocabulary::no_word) lower_case_starts[id] = 1;
}

std::vector<std::uint32_t> lexicon_index::people_named(std::span<const std::string_view> words) const {
  std::vector<std::uint32_t> out;
  if (words.empty()) return out;
  if (words.size() == 1) {
    std::string_view one = words.front();
    auto it = people_by_word.find(one);
    if (it == people_by_word.end()) return out;
    for (std::uint32_t p : it->second)
      if (std::find(person_surnames[p].begin(), person_surnames[p].end(), one) != person_surnames[p].end()) out.push_back(p);
    return out;
  }
  auto it = people_by_word.find(words.front());
  if (it == people_by_word.end()) return out;
  for (std::uint32_t p : it->second)
    for (const auto& form : person_forms[p]) {
      bool all = true;
      for (std::string_view w : words) all = all && std::find(form.begin(), form.end(), w) != form.end();
      if (all) {
        out.push_back(p);
        break;
      }
    }
  return out;
}

}  // namespace newsgraph::detail
