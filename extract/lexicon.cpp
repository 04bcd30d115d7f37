#include "extract/lexicon.hpp"

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <map>
#include <new>
#include <sstream>
#include <unordered_map>

#include "extract/detail/grammar.hpp"
#include "extract/detail/json_reader.hpp"
#include "extract/detail/morphology.hpp"
#include "graph/detail/read_capped.hpp"

namespace newsgraph {

namespace {

using detail::json_member;
using detail::json_value;
using detail::text_position;

constexpr std::array body_kinds{"intergovernmental", "government", "court", "commission",
                                "ngo",               "party",      "company", "other"};

bool is_body_kind(std::string_view kind) {
  return std::find(body_kinds.begin(), body_kinds.end(), kind) != body_kinds.end();
}

bool is_alpha3(std::string_view s) {
  return s.size() == 3 && std::all_of(s.begin(), s.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

bool is_qid(std::string_view s) {
  return s.size() >= 2 && s[0] == 'Q' && s[1] != '0' &&
         std::all_of(s.begin() + 1, s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::string in_quotes(std::string_view s) { return "\"" + std::string(s) + "\""; }

void add_unique(std::vector<std::string>& to, const std::string& value) {
  if (!value.empty() && std::find(to.begin(), to.end(), value) == to.end()) to.push_back(value);
}

void add_unique(std::vector<std::string>& to, const std::vector<std::string>& values) {
  for (const std::string& v : values) add_unique(to, v);
}

// Reads the members of one object of a lexicon file, reporting every problem at its place.
// A member called "comment" is allowed everywhere and ignored.
class object_reader {
 public:
  object_reader(const std::string& file, const json_value& value, std::string_view what,
                std::initializer_list<std::string_view> fields)
      : file_(file), object_(value), what_(what) {
    if (value.type != json_value::kind::object)
      fail(value.at, std::string("a ") + std::string(what) + " must be an object, not " +
                         std::string(detail::name(value.type)));
    for (const json_member& m : value.members) {
      if (m.key == "comment" || std::find(fields.begin(), fields.end(), m.key) != fields.end()) continue;
      fail(m.key_at, "unknown field " + in_quotes(m.key) + " in a " + std::string(what));
    }
  }

  [[noreturn]] void fail(text_position at, const std::string& problem) const {
    throw lexicon_error(file_, at.line, at.column, problem);
  }

  const json_value& object() const { return object_; }

  /// The member `key`, or nullptr when it is absent.
  const json_value* find(std::string_view key) const {
    const json_member* m = object_.find(key);
    return m ? &m->value : nullptr;
  }

  /// The non-empty string `key`; "" when absent and not required.
  std::string string(std::string_view key, bool required) const {
    const json_value* v = find(key);
    if (!v) {
      if (required) fail(object_.at, "missing " + in_quotes(key) + " in a " + std::string(what_));
      return {};
    }
    return string_value(*v, key);
  }

  /// The position of member `key`'s value, or of the object when it is absent.
  text_position at(std::string_view key) const {
    const json_value* v = find(key);
    return v ? v->at : object_.at;
  }

  std::string string_value(const json_value& v, std::string_view key) const {
    if (v.type != json_value::kind::string)
      fail(v.at, in_quotes(key) + " must be a string, not " + std::string(detail::name(v.type)));
    if (v.text.empty()) fail(v.at, in_quotes(key) + " must not be empty");
    return v.text;
  }

  /// The boolean `key`, false when absent.
  bool flag(std::string_view key) const {
    const json_value* v = find(key);
    if (v && v->type != json_value::kind::boolean)
      fail(v->at, in_quotes(key) + " must be true or false, not " + std::string(detail::name(v->type)));
    return v && v->boolean;
  }

  /// The array of non-empty strings `key`, empty when absent.
  std::vector<std::string> strings(std::string_view key) const {
    std::vector<std::string> out;
    const json_value* v = find(key);
    if (!v) return out;
    if (v->type != json_value::kind::array)
      fail(v->at, in_quotes(key) + " must be an array of strings, not " + std::string(detail::name(v->type)));
    for (const json_value& item : v->items) {
      if (item.type != json_value::kind::string)
        fail(item.at, in_quotes(key) + " must hold strings, not " + std::string(detail::name(item.type)));
      add_unique(out, string_value(item, key));
    }
    return out;
  }

 private:
  const std::string& file_;
  const json_value& object_;
  std::string_view what_;
};

std::vector<std::string> lowered(std::vector<std::string> values) {
  std::vector<std::string> out;
  for (const std::string& v : values) add_unique(out, detail::lower_ascii(v));
  return out;
}

// Ids seen so far in one file, to report a second entry with the same id.
class id_registry {
 public:
  id_registry(const std::string& file, std::string_view what) : file_(file), what_(what) {}

  void add(const std::string& id, text_position at) {
    auto [it, fresh] = seen_.emplace(id, at);
    if (!fresh)
      throw lexicon_error(file_, at.line, at.column,
                          "duplicate " + std::string(what_) + " " + in_quotes(id) + " (first at line " +
                              std::to_string(it->second.line) + ")");
  }

 private:
  const std::string& file_;
  std::string_view what_;
  std::unordered_map<std::string, text_position> seen_;
};

}  // namespace

struct lexicon::data {
  std::vector<state_entry> states;
  std::vector<body_entry> bodies;
  std::vector<place_entry> places;
  std::vector<role_entry> roles;
  std::vector<office_entry> offices;
  std::vector<person_entry> people;
  std::vector<trigger_entry> triggers;
  std::vector<modality_entry> modality;
  std::vector<vote_label_entry> vote_labels;
  std::vector<evaluation_entry> evaluations;
  /// Words added to closed word classes: class name -> its lower-case words, each once.
  std::map<std::string, std::vector<std::string>> word_classes;
  /// Irregular verbs: lemma -> its past and participle forms ("break" -> "broke", "broken").
  std::unordered_map<std::string, std::vector<std::string>> irregular_verbs;
  /// The triggers whose forms were inflected from their lemma (a verb given as a string, a
  /// frame's verb): an irregular verb loaded later adds its forms to them.
  std::vector<std::size_t> inflected_triggers;

  std::unordered_map<std::string, std::size_t> state_index, body_index, place_index, role_index, office_index, person_index;
  std::unordered_map<std::string, std::size_t> trigger_index, modality_index, vote_label_index, evaluation_index;

  void load(const json_value& root, const std::string& file);

 private:
  void load_states(const json_value& section, const std::string& file);
  void load_bodies(const json_value& section, const std::string& file);
  void load_places(const json_value& section, const std::string& file);
  void load_roles(const json_value& section, const std::string& file);
  void load_offices(const json_value& section, const std::string& file);
  void load_people(const json_value& section, const std::string& file);
  void load_triggers(const json_value& section, const std::string& file);
  void load_modality(const json_value& section, const std::string& file);
  void load_vote_labels(const json_value& section, const std::string& file);
  void load_evaluations(const json_value& section, const std::string& file);
  void load_irregular_verbs(const json_value& section, const std::string& file);
  void load_word_classes(const json_value& section, const std::string& file);
  /// A verb phrase's forms: the regular ones and, for an irregular first word, its own.
  std::vector<std::string> inflect(const std::string& lemma) const;
  void load_frame(relation rel, const json_value& item, const std::vector<node_type>& objects, const std::string& file);
  /// Adds or extends the trigger `item` names; returns its index.
  std::size_t add_trigger(relation rel, const json_value& item, bool noun, const std::vector<node_type>& objects,
                          const std::string& file);
};

namespace {

const std::vector<json_value>& array_section(const json_value& section, const std::string& file, std::string_view key) {
  if (section.type != json_value::kind::array)
    throw lexicon_error(file, section.at.line, section.at.column,
                        in_quotes(key) + " must be an array, not " + std::string(detail::name(section.type)));
  return section.items;
}

// Replaces `name` by `renamed` when it is given and differs, keeping the old name as an alias.
void rename(std::string& name, std::vector<std::string>& aliases, const std::string& renamed) {
  if (renamed.empty() || renamed == name) return;
  if (!name.empty()) add_unique(aliases, name);
  name = renamed;
  std::erase(aliases, renamed);
}

}  // namespace

void lexicon::data::load(const json_value& root, const std::string& file) {
  if (root.type != json_value::kind::object)
    throw lexicon_error(file, root.at.line, root.at.column,
                        "a lexicon file must hold a JSON object, not " + std::string(detail::name(root.type)));
  for (const json_member& m : root.members) {
    if (m.key == "states") load_states(m.value, file);
    else if (m.key == "bodies") load_bodies(m.value, file);
    else if (m.key == "places") load_places(m.value, file);
    else if (m.key == "roles") load_roles(m.value, file);
    else if (m.key == "offices") load_offices(m.value, file);
    else if (m.key == "people") load_people(m.value, file);
    else if (m.key == "triggers") load_triggers(m.value, file);
    else if (m.key == "modality") load_modality(m.value, file);
    else if (m.key == "vote_labels") load_vote_labels(m.value, file);
    else if (m.key == "evaluations") load_evaluations(m.value, file);
    else if (m.key == "irregular_verbs") load_irregular_verbs(m.value, file);
    else if (m.key == "word_classes") load_word_classes(m.value, file);
    else if (m.key != "comment")
      throw lexicon_error(file, m.key_at.line, m.key_at.column,
                          "unknown section " + in_quotes(m.key) +
                              " (expected states, bodies, places, roles, offices, people, triggers, modality, evaluations, vote_labels, "
                              "irregular_verbs, word_classes or comment)");
  }
}

void lexicon::data::load_states(const json_value& section, const std::string& file) {
  id_registry ids(file, "state id");
  for (const json_value& item : array_section(section, file, "states")) {
    object_reader r(file, item, "state", {"id", "name", "wikidata", "aliases", "demonyms", "capitals", "shared_names"});
    std::string id = r.string("id", true);
    ids.add(id, r.at("id"));
    auto known = state_index.find(id);
    std::string name = r.string("name", known == state_index.end());
    std::string wikidata = r.string("wikidata", false);
    if (!wikidata.empty() && !is_qid(wikidata)) r.fail(r.at("wikidata"), "\"wikidata\" must be a QID like \"Q148\"");
    if (known == state_index.end()) {
      state_index.emplace(id, states.size());
      states.push_back(state_entry{id, name, {}, {}, {}, {}, {}});
    }
    state_entry& s = states[state_index.at(id)];
    rename(s.name, s.aliases, name);
    if (!wikidata.empty()) s.wikidata = wikidata;
    for (const std::string& alias : r.strings("aliases"))
      if (alias != s.name) add_unique(s.aliases, alias);
    add_unique(s.demonyms, r.strings("demonyms"));
    add_unique(s.capitals, r.strings("capitals"));
    add_unique(s.shared_names, r.strings("shared_names"));
  }
}

void lexicon::data::load_bodies(const json_value& section, const std::string& file) {
  id_registry ids(file, "body id");
  for (const json_value& item : array_section(section, file, "bodies")) {
    object_reader r(file, item, "body", {"id", "name", "kind", "wikidata", "aliases", "part_of", "seat", "heads"});
    std::string id = r.string("id", true);
    ids.add(id, r.at("id"));
    auto known = body_index.find(id);
    bool fresh = known == body_index.end();
    std::string name = r.string("name", fresh);
    std::string kind = r.string("kind", fresh);
    if (!kind.empty() && !is_body_kind(kind))
      r.fail(r.at("kind"), "unknown body kind " + in_quotes(kind) +
                               " (expected intergovernmental, government, court, commission, ngo, party, company or other)");
    std::string wikidata = r.string("wikidata", false);
    if (!wikidata.empty() && !is_qid(wikidata)) r.fail(r.at("wikidata"), "\"wikidata\" must be a QID like \"Q148\"");
    std::string part_of = r.string("part_of", false);
    if (part_of == id) r.fail(r.at("part_of"), "a body cannot be part of itself");
    std::string seat = r.string("seat", false);
    if (fresh) {
      body_index.emplace(id, bodies.size());
      bodies.push_back(body_entry{id, name, kind, {}, {}, {}, {}, {}});
    }
    body_entry& b = bodies[body_index.at(id)];
    rename(b.name, b.aliases, name);
    if (!kind.empty()) b.kind = kind;
    if (!wikidata.empty()) b.wikidata = wikidata;
    if (!part_of.empty()) {
      b.part_of = part_of;
      // "a part of b, b part of c, c part of a": a cycle of any length, as of itself.
      std::string chain = id;
      std::string at = part_of;
      for (std::size_t steps = 0; !at.empty() && steps <= bodies.size(); ++steps) {
        chain += " -> " + at;
        if (at == id) r.fail(r.at("part_of"), "part_of makes a cycle: " + chain);
        const auto next = body_index.find(at);
        if (next == body_index.end()) break;
        at = bodies[next->second].part_of;
      }
    }
    if (!seat.empty()) b.seat = seat;
    for (const std::string& alias : r.strings("aliases"))
      if (alias != b.name) add_unique(b.aliases, alias);
    add_unique(b.heads, lowered(r.strings("heads")));
  }
}

void lexicon::data::load_places(const json_value& section, const std::string& file) {
  id_registry ids(file, "place id");
  for (const json_value& item : array_section(section, file, "places")) {
    object_reader r(file, item, "place", {"id", "name", "aliases", "state", "wikidata"});
    std::string id = r.string("id", true);
    ids.add(id, r.at("id"));
    auto known = place_index.find(id);
    std::string name = r.string("name", known == place_index.end());
    std::string state = r.string("state", false);
    if (!state.empty() && !is_alpha3(state))
      r.fail(r.at("state"), "\"state\" must be a state's alpha-3 code like \"UKR\", not " + in_quotes(state));
    std::string wikidata = r.string("wikidata", false);
    if (!wikidata.empty() && !is_qid(wikidata)) r.fail(r.at("wikidata"), "\"wikidata\" must be a QID like \"Q148\"");
    if (known == place_index.end()) {
      place_index.emplace(id, places.size());
      places.push_back(place_entry{id, name, {}, {}, {}});
    }
    place_entry& p = places[place_index.at(id)];
    rename(p.name, p.aliases, name);
    if (!state.empty()) p.state = state;
    if (!wikidata.empty()) p.wikidata = wikidata;
    for (const std::string& alias : r.strings("aliases"))
      if (alias != p.name) add_unique(p.aliases, alias);
  }
}

void lexicon::data::load_roles(const json_value& section, const std::string& file) {
  id_registry titles(file, "role");
  for (const json_value& item : array_section(section, file, "roles")) {
    object_reader r(file, item, "role", {"title", "body"});
    std::string title = detail::lower_ascii(r.string("title", true));
    titles.add(title, r.at("title"));
    std::string body = detail::lower_ascii(r.string("body", false));
    auto [it, fresh] = role_index.emplace(title, roles.size());
    if (fresh) roles.push_back(role_entry{title, body});
    else if (!body.empty()) roles[it->second].body = body;
  }
}

void lexicon::data::load_offices(const json_value& section, const std::string& file) {
  id_registry names(file, "office");
  for (const json_value& item : array_section(section, file, "offices")) {
    object_reader r(file, item, "office", {"name", "aliases", "kind"});
    std::string name = detail::lower_ascii(r.string("name", true));
    names.add(name, r.at("name"));
    std::string kind = r.string("kind", false);
    if (!kind.empty() && !is_body_kind(kind))
      r.fail(r.at("kind"), "unknown body kind " + in_quotes(kind) +
                               " (expected intergovernmental, government, court, commission, ngo, party, company or other)");
    auto [it, fresh] = office_index.emplace(name, offices.size());
    if (fresh) offices.push_back(office_entry{name, {}, kind.empty() ? "government" : kind});
    office_entry& o = offices[it->second];
    if (!kind.empty()) o.kind = kind;
    for (const std::string& alias : lowered(r.strings("aliases")))
      if (alias != o.name) add_unique(o.aliases, alias);
  }
}

namespace {

// A year of an office's term: a whole number from 1800 to 2200, or 0 where `zero_ok`.
int year_value(const object_reader& r, const json_value& term, std::string_view key, bool zero_ok) {
  const json_member* m = term.find(key);
  if (!m) r.fail(term.at, "missing " + in_quotes(key) + " in an office");
  const json_value& v = m->value;
  // The range first: converting a number past int's range (-2147483649) is undefined.
  if (v.type != json_value::kind::number || !((v.number >= 1800 && v.number <= 2200) || (zero_ok && v.number == 0)) ||
      v.number != static_cast<double>(static_cast<int>(v.number)))
    r.fail(v.at, in_quotes(key) + " must be a year" + std::string(zero_ok ? " (or 0: not ended)" : ""));
  return static_cast<int>(v.number);
}

bool is_body_id(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
  });
}

}  // namespace

void lexicon::data::load_people(const json_value& section, const std::string& file) {
  id_registry names(file, "person");
  for (const json_value& item : array_section(section, file, "people")) {
    object_reader r(file, item, "person", {"name", "aliases", "surnames", "held", "wikidata"});
    std::string name = r.string("name", true);
    names.add(name, r.at("name"));
    std::string wikidata = r.string("wikidata", false);
    if (!wikidata.empty() && !is_qid(wikidata)) r.fail(r.at("wikidata"), "\"wikidata\" must be a QID like \"Q76\"");
    std::vector<office_term> held;
    if (const json_value* list = r.find("held")) {
      if (list->type != json_value::kind::array)
        r.fail(list->at, "\"held\" must be an array of offices, not " + std::string(detail::name(list->type)));
      for (const json_value& term : list->items) {
        object_reader t(file, term, "office", {"title", "of", "from", "to"});
        office_term o{detail::lower_ascii(t.string("title", true)), t.string("of", true), year_value(t, term, "from", false),
                      year_value(t, term, "to", true)};
        if (!is_alpha3(o.of) && !is_body_id(o.of))
          t.fail(t.at("of"), "\"of\" must be a state's alpha-3 code like \"USA\" or a body id like \"nato\", not " +
                                 in_quotes(o.of));
        if (o.to != 0 && o.to < o.from) t.fail(t.at("to"), "\"to\" must not be before \"from\"");
        held.push_back(std::move(o));
      }
    }
    auto [it, fresh] = person_index.emplace(name, people.size());
    if (fresh && held.empty()) r.fail(r.at("held"), "a person needs \"held\": the offices that make them news");
    if (fresh) people.push_back(person_entry{name, {}, {}, {}, {}});
    person_entry& p = people[it->second];
    if (!wikidata.empty()) p.wikidata = wikidata;
    for (const std::string& alias : r.strings("aliases"))
      if (alias != p.name) add_unique(p.aliases, alias);
    add_unique(p.surnames, r.strings("surnames"));
    for (office_term& o : held)
      if (std::find(p.held.begin(), p.held.end(), o) == p.held.end()) p.held.push_back(std::move(o));
  }
}

void lexicon::data::load_triggers(const json_value& section, const std::string& file) {
  for (const json_value& item : array_section(section, file, "triggers")) {
    object_reader r(file, item, "trigger", {"relation", "verbs", "nouns", "objects", "named_object", "frames"});
    std::string relation_name = r.string("relation", true);
    std::optional<relation> rel = parse_relation(relation_name);
    if (!rel) r.fail(r.at("relation"), "unknown relation " + in_quotes(relation_name));
    std::vector<node_type> objects;
    r.strings("objects");  // an array of strings, if there
    if (const json_value* list = r.find("objects"))
      for (const json_value& type : list->items) {
        std::optional<node_type> t = parse_node_type(type.text);
        if (!t) r.fail(type.at, "unknown node type " + in_quotes(type.text) + " in \"objects\"");
        objects.push_back(*t);
      }
    std::sort(objects.begin(), objects.end());
    objects.erase(std::unique(objects.begin(), objects.end()), objects.end());
    const bool named_object = r.flag("named_object");
    for (std::string_view key : {"verbs", "nouns"}) {
      const json_value* words = r.find(key);
      if (!words) continue;
      if (words->type != json_value::kind::array)
        r.fail(words->at, in_quotes(key) + " must be an array, not " + std::string(detail::name(words->type)));
      for (const json_value& word : words->items) {
        const std::size_t at = add_trigger(*rel, word, key == "nouns", objects, file);
        if (named_object) triggers[at].named_object = true;
      }
    }
    if (const json_value* frames = r.find("frames")) {
      if (frames->type != json_value::kind::array)
        r.fail(frames->at, "\"frames\" must be an array, not " + std::string(detail::name(frames->type)));
      for (const json_value& frame : frames->items) load_frame(*rel, frame, objects, file);
    }
  }
}

void lexicon::data::load_frame(relation rel, const json_value& item, const std::vector<node_type>& objects,
                               const std::string& file) {
  object_reader r(file, item, "frame", {"verbs", "nouns", "prepositions", "as"});
  const std::vector<std::string> nouns = lowered(r.strings("nouns")), prepositions = lowered(r.strings("prepositions")),
                                 as_words = lowered(r.strings("as"));
  if (prepositions.empty() && as_words.empty())
    r.fail(r.at("prepositions"), "a frame needs \"prepositions\" (those before whom it is done to) or \"as\"");
  const json_value* verbs = r.find("verbs");
  if (!verbs || verbs->type != json_value::kind::array || verbs->items.empty())
    r.fail(r.at("verbs"), "a frame needs \"verbs\": an array of verbs");
  std::vector<std::string> noun_forms;
  for (const std::string& n : nouns) add_unique(noun_forms, detail::noun_forms(n));
  std::string frame_key;
  for (const std::string& n : nouns) frame_key += '|' + n;
  for (const std::string& a : as_words) frame_key += "|as " + a;
  for (const json_value& verb : verbs->items) {
    if (verb.type != json_value::kind::string || verb.text.empty())
      r.fail(verb.at, "a frame's verb must be a non-empty string");
    const std::string lemma = detail::lower_ascii(verb.text);
    std::string key = std::string(name(rel)) + "|f|" + lemma + frame_key;
    auto [it, fresh] = trigger_index.emplace(key, triggers.size());
    if (fresh) {
      inflected_triggers.push_back(triggers.size());
      triggers.push_back(trigger_entry{rel, lemma, inflect(lemma), false, objects, false, noun_forms, {}, {}});
    }
    add_unique(triggers[it->second].prepositions, prepositions);
    add_unique(triggers[it->second].as_words, as_words);
  }
}

std::size_t lexicon::data::add_trigger(relation rel, const json_value& item, bool noun, const std::vector<node_type>& objects,
                                const std::string& file) {
  std::string lemma;
  std::vector<std::string> forms;
  if (item.type == json_value::kind::object) {
    object_reader r(file, item, noun ? "noun" : "verb", {"lemma", "forms"});
    lemma = detail::lower_ascii(r.string("lemma", true));
    add_unique(forms, lemma);
    add_unique(forms, lowered(r.strings("forms")));
  } else if (item.type == json_value::kind::string) {
    if (item.text.empty())
      throw lexicon_error(file, item.at.line, item.at.column, std::string(noun ? "a noun" : "a verb") + " must not be empty");
    lemma = detail::lower_ascii(item.text);
    forms = noun ? detail::noun_forms(lemma) : inflect(lemma);
  } else {
    throw lexicon_error(file, item.at.line, item.at.column,
                        std::string(noun ? "a noun" : "a verb") + " must be a string or an object with \"lemma\" and \"forms\", not " +
                            std::string(detail::name(item.type)));
  }
  std::string key = std::string(name(rel)) + (noun ? "|n|" : "|v|") + lemma;
  auto [it, fresh] = trigger_index.emplace(key, triggers.size());
  if (fresh && !noun && item.type == json_value::kind::string) inflected_triggers.push_back(triggers.size());
  if (fresh) triggers.push_back(trigger_entry{rel, lemma, {}, noun, objects, false, {}, {}, {}});
  else if (triggers[it->second].objects != objects)
    throw lexicon_error(file, item.at.line, item.at.column,
                        in_quotes(lemma) + " is listed for " + std::string(name(rel)) + " already, with other \"objects\"");
  add_unique(triggers[it->second].forms, forms);
  return it->second;
}

namespace {

// `form` in place of the first word of the phrase `lemma` ("broke" in "break off" -> "broke off").
std::string with_first_word(const std::string& form, const std::string& lemma) {
  const std::size_t space = lemma.find(' ');
  return space == std::string::npos ? form : form + lemma.substr(space);
}

// A section that maps keys to arrays of phrases ("modality": mode -> phrases): calls
// add(member, phrase in lower case) for each, after checking the shape.
template <class Add>
void load_phrase_lists(const json_value& section, const std::string& file, std::string_view section_name,
                       std::string_view keys, Add add) {
  if (section.type != json_value::kind::object)
    throw lexicon_error(file, section.at.line, section.at.column,
                        in_quotes(section_name) + " must be an object from " + std::string(keys) + " to phrases, not " +
                            std::string(detail::name(section.type)));
  for (const json_member& m : section.members) {
    if (m.key == "comment") continue;
    if (m.value.type != json_value::kind::array)
      throw lexicon_error(file, m.value.at.line, m.value.at.column,
                          in_quotes(m.key) + " must be an array of strings, not " + std::string(detail::name(m.value.type)));
    for (const json_value& phrase : m.value.items) {
      if (phrase.type != json_value::kind::string)
        throw lexicon_error(file, phrase.at.line, phrase.at.column,
                            in_quotes(m.key) + " must be an array of strings, not of " + std::string(detail::name(phrase.type)));
      if (phrase.text.empty()) throw lexicon_error(file, phrase.at.line, phrase.at.column, "a phrase must not be empty");
      add(m, detail::lower_ascii(phrase.text));
    }
  }
}

}  // namespace

void lexicon::data::load_modality(const json_value& section, const std::string& file) {
  load_phrase_lists(section, file, "modality", "mode", [&](const json_member& m, std::string text) {
    if (m.key == "called off") {
      if (modality_index.emplace("called off|" + text, modality.size()).second)
        modality.push_back(modality_entry{mode::negated, std::move(text), true});
      return;
    }
    if (m.key == "occurrence") {
      if (modality_index.emplace("occurrence|" + text, modality.size()).second)
        modality.push_back(modality_entry{mode::asserted, std::move(text), false, true});
      return;
    }
    std::optional<mode> mod = parse_mode(m.key);
    if (!mod)
      throw lexicon_error(file, m.key_at.line, m.key_at.column,
                          "unknown mode " + in_quotes(m.key) +
                              " (expected asserted, proposed, expected, negated, called off or occurrence)");
    if (modality_index.emplace(std::string(name(*mod)) + "|" + text, modality.size()).second)
      modality.push_back(modality_entry{*mod, std::move(text)});
  });
}

void lexicon::data::load_irregular_verbs(const json_value& section, const std::string& file) {
  load_phrase_lists(section, file, "irregular_verbs", "verb", [&](const json_member& m, std::string form) {
    const std::string lemma = detail::lower_ascii(m.key);
    if (lemma.empty() || lemma.find(' ') != std::string::npos)
      throw lexicon_error(file, m.key_at.line, m.key_at.column, "an irregular verb must be one word, not " + in_quotes(m.key));
    add_unique(irregular_verbs[lemma], form);
    // Triggers loaded before, inflected as if the verb were regular, get the form too.
    for (std::size_t t : inflected_triggers) {
      trigger_entry& e = triggers[t];
      if (e.lemma.substr(0, e.lemma.find(' ')) == lemma) add_unique(e.forms, with_first_word(form, e.lemma));
    }
  });
}

void lexicon::data::load_word_classes(const json_value& section, const std::string& file) {
  load_phrase_lists(section, file, "word_classes", "class names", [&](const json_member& m, std::string word) {
    if (!detail::class_named(m.key))
      throw lexicon_error(file, m.key_at.line, m.key_at.column,
                          "unknown word class " + in_quotes(m.key) + " (expected " + detail::class_names() + ")");
    if (word.find(' ') != std::string::npos)
      throw lexicon_error(file, m.key_at.line, m.key_at.column, "a class word must be one word, not " + in_quotes(word));
    add_unique(word_classes[m.key], std::move(word));
  });
}

std::vector<std::string> lexicon::data::inflect(const std::string& lemma) const {
  std::vector<std::string> forms = detail::verb_forms(lemma);
  if (auto it = irregular_verbs.find(lemma.substr(0, lemma.find(' '))); it != irregular_verbs.end())
    for (const std::string& form : it->second) add_unique(forms, with_first_word(form, lemma));
  return forms;
}

void lexicon::data::load_vote_labels(const json_value& section, const std::string& file) {
  load_phrase_lists(section, file, "vote_labels", "relation", [&](const json_member& m, std::string text) {
    std::optional<relation> rel = parse_relation(m.key);
    if (m.key != "none" &&
        (!rel || (*rel != relation::votes_for && *rel != relation::votes_against && *rel != relation::abstains)))
      throw lexicon_error(file, m.key_at.line, m.key_at.column,
                          "unknown vote label key " + in_quotes(m.key) + " (expected votes-for, votes-against, abstains or none)");
    if (m.key == "none") rel.reset();
    if (vote_label_index.emplace(m.key + "|" + text, vote_labels.size()).second)
      vote_labels.push_back(vote_label_entry{rel, std::move(text)});
  });
}

void lexicon::data::load_evaluations(const json_value& section, const std::string& file) {
  load_phrase_lists(section, file, "evaluations", "relation", [&](const json_member& m, std::string text) {
    std::optional<relation> rel = parse_relation(m.key);
    if (!rel || (*rel != relation::criticizes && *rel != relation::opposes && *rel != relation::supports))
      throw lexicon_error(file, m.key_at.line, m.key_at.column,
                          "unknown evaluation key " + in_quotes(m.key) + " (expected criticizes, opposes or supports)");
    if (evaluation_index.emplace(m.key + "|" + text, evaluations.size()).second)
      evaluations.push_back(evaluation_entry{*rel, std::move(text)});
  });
}

namespace {

std::string position_prefix(const std::string& file, std::size_t line, std::size_t column) {
  if (line == 0) return file;
  return file + ":" + std::to_string(line) + ":" + std::to_string(column);
}

std::filesystem::path default_lexicon_dir() {
  if (const char* env = std::getenv("NEWSGRAPH_LEXICON_DIR"); env && *env) return env;
  std::error_code ec;
  if (std::filesystem::is_directory(NEWSGRAPH_LEXICON_INSTALL_DIR, ec)) return NEWSGRAPH_LEXICON_INSTALL_DIR;
  return NEWSGRAPH_LEXICON_SOURCE_DIR;
}

}  // namespace

lexicon_error::lexicon_error(std::string file, std::size_t line, std::size_t column, const std::string& problem)
    : std::runtime_error(position_prefix(file, line, column) + ": " + problem),
      file_(std::move(file)), line_(line), column_(column) {}

lexicon::lexicon() : data_(std::make_unique<data>()) {}
lexicon::~lexicon() = default;
lexicon::lexicon(lexicon&&) noexcept = default;
lexicon& lexicon::operator=(lexicon&&) noexcept = default;

lexicon lexicon::builtin(const std::filesystem::path& dir) {
  std::filesystem::path chosen = dir.empty() ? default_lexicon_dir() : dir;
  std::error_code ec;
  if (!std::filesystem::is_directory(chosen, ec))
    throw lexicon_error(chosen.string(), 0, 0, "no such lexicon directory");
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(chosen, ec))
    if (entry.path().extension() == ".json" && entry.is_regular_file(ec)) files.push_back(entry.path());
  if (ec) throw lexicon_error(chosen.string(), 0, 0, "cannot list the directory: " + ec.message());
  if (files.empty()) throw lexicon_error(chosen.string(), 0, 0, "no *.json lexicon files in the directory");
  std::sort(files.begin(), files.end());
  lexicon lex;
  for (const auto& file : files) lex.load_file(file);
  return lex;
}

void lexicon::load_file(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw lexicon_error(file.string(), 0, 0, std::string("cannot open: ") + std::strerror(errno));
  std::string text;
  try {
    if (!detail::read_capped(in, max_lexicon_bytes, text))
      throw lexicon_error(file.string(), 0, 0, "cannot read the file");
  } catch (const std::bad_alloc&) {
    throw lexicon_error(file.string(), 0, 0, "out of memory while reading it");
  }
  if (text.size() > max_lexicon_bytes)
    throw lexicon_error(file.string(), 0, 0,
                        "bigger than the limit of " + std::to_string(max_lexicon_bytes) + " bytes for a lexicon");
  load_text(text, file.string());
}

void lexicon::load_text(std::string_view json, const std::string& name) {
  detail::json_value root;
  try {
    root = detail::parse_json(json);
  } catch (const detail::json_error& e) {
    throw lexicon_error(name, e.at().line, e.at().column, e.problem());
  }
  data staged = *data_;
  staged.load(root, name);
  *data_ = std::move(staged);
}

const std::vector<state_entry>& lexicon::states() const { return data_->states; }
const std::vector<body_entry>& lexicon::bodies() const { return data_->bodies; }
const std::vector<place_entry>& lexicon::places() const { return data_->places; }
const std::vector<role_entry>& lexicon::roles() const { return data_->roles; }
const std::vector<office_entry>& lexicon::offices() const { return data_->offices; }
const std::vector<person_entry>& lexicon::people() const { return data_->people; }
const std::vector<trigger_entry>& lexicon::triggers() const { return data_->triggers; }
const std::vector<modality_entry>& lexicon::modality() const { return data_->modality; }
const std::vector<vote_label_entry>& lexicon::vote_labels() const { return data_->vote_labels; }
const std::vector<evaluation_entry>& lexicon::evaluations() const { return data_->evaluations; }
const std::map<std::string, std::vector<std::string>>& lexicon::word_classes() const { return data_->word_classes; }

}  // namespace newsgraph
