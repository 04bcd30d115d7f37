#include "extract/detail/grammar.hpp"
#include "extract/lexicon.hpp"
#include "lexicon_support.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>

namespace newsgraph {
namespace {

const std::filesystem::path& builtin_dir = test::builtin_lexicon_dir;
const std::filesystem::path& data_dir = test::lexicon_data_dir;
using test::shipped;

template <typename T>
bool contains(const std::vector<T>& v, const T& x) {
  return std::find(v.begin(), v.end(), x) != v.end();
}

bool contains(const std::vector<std::string>& v, const char* x) { return contains(v, std::string(x)); }

const state_entry* find_state(const lexicon& lex, std::string_view id) {
  for (const state_entry& s : lex.states())
    if (s.id == id) return &s;
  return nullptr;
}

const body_entry* find_body(const lexicon& lex, std::string_view id) {
  for (const body_entry& b : lex.bodies())
    if (b.id == id) return &b;
  return nullptr;
}

const trigger_entry* find_trigger(const lexicon& lex, std::string_view lemma, bool noun = false) {
  for (const trigger_entry& t : lex.triggers())
    if (t.lemma == lemma && t.noun == noun) return &t;
  return nullptr;
}

using test::load_error;
using test::text_error;

// Makes an empty temporary directory, removed at the end of the test.
class temp_dir {
 public:
  explicit temp_dir(const std::string& name)
      : path_(std::filesystem::temp_directory_path() / ("newsgraph-lexicon-test-" + name)) {
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
  }
  ~temp_dir() { std::filesystem::remove_all(path_); }
  const std::filesystem::path& path() const { return path_; }
  void write(const std::string& file, const std::string& text) const { std::ofstream(path_ / file) << text; }

 private:
  std::filesystem::path path_;
};

TEST(lexicon_builtin, loads_every_kind) {
  const lexicon& lex = shipped();
  // 193 UN members, the two observer states (Holy See, Palestine), Taiwan and Kosovo.
  EXPECT_GE(lex.states().size(), 197u);
  EXPECT_GE(lex.bodies().size(), 150u);
  EXPECT_GE(lex.roles().size(), 40u);
  EXPECT_GE(lex.offices().size(), 15u);
  EXPECT_FALSE(lex.triggers().empty());
  EXPECT_FALSE(lex.modality().empty());
  for (const char* id : {"VAT", "PSE", "TWN", "XKX"}) EXPECT_NE(find_state(lex, id), nullptr) << id;
}

TEST(lexicon_builtin, every_un_member_of_the_shared_table_is_a_state) {
  const std::filesystem::path shared_dir(NEWSGRAPH_SHARED_DIR);
  if (!std::filesystem::is_directory(shared_dir))
    GTEST_SKIP() << "SKIPPED: ../shared not found (" << shared_dir.string() << ": it holds data/countries.tsv)";
  std::ifstream tsv(shared_dir / "data" / "countries.tsv");
  ASSERT_TRUE(tsv) << "../shared is there but has no data/countries.tsv";
  std::string line;
  std::size_t members = 0;
  while (std::getline(tsv, line)) {
    if (line.empty() || line[0] == '#' || line.starts_with("alpha2")) continue;
    std::vector<std::string> cells;
    std::stringstream row(line);
    for (std::string cell; std::getline(row, cell, '\t');) cells.push_back(cell);
    if (cells.size() < 3 || cells[2] != "Yes") continue;
    ++members;
    EXPECT_NE(find_state(shipped(), cells[1]), nullptr) << cells[1];
  }
  EXPECT_GE(members, 195u) << "193 UN members, the Holy See and Taiwan";
}

TEST(lexicon_builtin, china_facts) {
  const state_entry* chn = find_state(shipped(), "CHN");
  ASSERT_NE(chn, nullptr);
  EXPECT_EQ(chn->name, "China");
  EXPECT_EQ(chn->wikidata, "Q148");
  EXPECT_TRUE(contains(chn->aliases, "People's Republic of China"));
  EXPECT_TRUE(contains(chn->aliases, "PRC"));
  EXPECT_TRUE(contains(chn->demonyms, "Chinese"));
  EXPECT_TRUE(contains(chn->capitals, "Beijing"));
}

TEST(lexicon_builtin, short_forms_demonyms_and_capitals) {
  const lexicon& lex = shipped();
  const state_entry* prk = find_state(lex, "PRK");
  ASSERT_NE(prk, nullptr);
  EXPECT_EQ(prk->name, "North Korea");
  EXPECT_TRUE(contains(prk->aliases, "N. Korea"));
  EXPECT_TRUE(contains(prk->aliases, "DPRK"));
  EXPECT_TRUE(contains(prk->aliases, "Democratic People's Republic of Korea"));
  EXPECT_TRUE(contains(prk->demonyms, "North Korean"));
  EXPECT_TRUE(contains(prk->capitals, "Pyongyang"));

  const state_entry* usa = find_state(lex, "USA");
  ASSERT_NE(usa, nullptr);
  EXPECT_EQ(usa->name, "United States");
  for (const char* alias : {"U.S.", "US", "USA", "America", "United States of America"})
    EXPECT_TRUE(contains(usa->aliases, alias)) << alias;
  EXPECT_TRUE(contains(usa->demonyms, "American"));
  EXPECT_TRUE(contains(usa->capitals, "Washington"));

  const state_entry* gbr = find_state(lex, "GBR");
  ASSERT_NE(gbr, nullptr);
  for (const char* alias : {"UK", "U.K.", "Britain", "Great Britain"}) EXPECT_TRUE(contains(gbr->aliases, alias)) << alias;
  EXPECT_TRUE(contains(gbr->demonyms, "British"));

  const state_entry* ukr = find_state(lex, "UKR");
  ASSERT_NE(ukr, nullptr);
  EXPECT_TRUE(contains(ukr->capitals, "Kyiv"));
  EXPECT_TRUE(contains(ukr->capitals, "Kiev"));

  const state_entry* rus = find_state(lex, "RUS");
  ASSERT_NE(rus, nullptr);
  EXPECT_EQ(rus->name, "Russia");
  EXPECT_TRUE(contains(rus->aliases, "Russian Federation"));

  const state_entry* xkx = find_state(lex, "XKX");
  ASSERT_NE(xkx, nullptr);
  EXPECT_EQ(xkx->name, "Kosovo");
  EXPECT_EQ(xkx->wikidata, "Q1246");

  const state_entry* civ = find_state(lex, "CIV");
  ASSERT_NE(civ, nullptr);
  EXPECT_TRUE(contains(civ->aliases, "Côte d'Ivoire"));
  EXPECT_TRUE(contains(civ->aliases, "Cote d'Ivoire"));
}

TEST(lexicon_builtin, every_state_is_complete) {
  // Their demonym is the same word as another state's ("Dominican", "Congolese").
  const std::set<std::string> without_demonym{"COG", "DMA"};
  for (const state_entry& s : shipped().states()) {
    EXPECT_EQ(s.id.size(), 3u) << s.id;
    EXPECT_TRUE(std::all_of(s.id.begin(), s.id.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) << s.id;
    EXPECT_FALSE(s.name.empty()) << s.id;
    EXPECT_FALSE(s.wikidata.empty()) << s.id;
    EXPECT_EQ(s.demonyms.empty(), without_demonym.contains(s.id)) << s.id;
  }
}

TEST(lexicon_builtin, shared_names_are_listed_by_every_state_that_shares_them) {
  const lexicon lex = lexicon::builtin(NEWSGRAPH_SOURCE_DIR "/extract/lexicon");
  std::map<std::string, std::vector<std::string>> sharers;
  for (const state_entry& st : lex.states())
    for (const std::string& n : st.shared_names) sharers[n].push_back(st.id);
  ASSERT_TRUE(sharers.count("Congo"));
  EXPECT_EQ(sharers["Congo"], (std::vector<std::string>{"COD", "COG"}));
  for (const auto& [name, ids] : sharers) EXPECT_GE(ids.size(), 2u) << name << " is shared by one state only";
}

TEST(lexicon_builtin, no_name_belongs_to_two_states) {
  std::map<std::string, std::string> owner;
  for (const state_entry& s : shipped().states()) {
    std::vector<std::string> forms{s.name};
    forms.insert(forms.end(), s.aliases.begin(), s.aliases.end());
    forms.insert(forms.end(), s.demonyms.begin(), s.demonyms.end());
    forms.insert(forms.end(), s.capitals.begin(), s.capitals.end());
    for (const std::string& form : forms) {
      auto [it, fresh] = owner.emplace(form, s.id);
      EXPECT_TRUE(fresh || it->second == s.id) << form << " names " << it->second << " and " << s.id;
    }
  }
  EXPECT_EQ(owner.count("Congo"), 0u) << "ambiguous between COG and COD";
}

TEST(lexicon_builtin, body_facts) {
  const lexicon& lex = shipped();
  const body_entry* icc = find_body(lex, "icc");
  ASSERT_NE(icc, nullptr);
  EXPECT_EQ(icc->name, "International Criminal Court");
  EXPECT_EQ(icc->kind, "court");
  EXPECT_EQ(icc->seat, "The Hague");
  EXPECT_TRUE(contains(icc->aliases, "ICC"));
  EXPECT_TRUE(contains(icc->heads, "court"));

  const body_entry* unsc = find_body(lex, "unsc");
  ASSERT_NE(unsc, nullptr);
  EXPECT_EQ(unsc->name, "UN Security Council");
  EXPECT_EQ(unsc->part_of, "un");
  EXPECT_EQ(unsc->wikidata, "Q37470");
  for (const char* alias : {"Security Council", "U.N. Security Council", "United Nations Security Council", "UNSC"})
    EXPECT_TRUE(contains(unsc->aliases, alias)) << alias;
  EXPECT_TRUE(contains(unsc->heads, "council"));

  const body_entry* unga = find_body(lex, "unga");
  ASSERT_NE(unga, nullptr);
  for (const char* alias : {"General Assembly", "U.N. General Assembly", "United Nations General Assembly"})
    EXPECT_TRUE(contains(unga->aliases, alias)) << alias;

  const body_entry* un = find_body(lex, "un");
  ASSERT_NE(un, nullptr);
  EXPECT_EQ(un->name, "United Nations");
  EXPECT_TRUE(contains(un->aliases, "U.N."));

  const body_entry* nac = find_body(lex, "nac");
  ASSERT_NE(nac, nullptr);
  EXPECT_EQ(nac->part_of, "nato");

  const body_entry* state_department = find_body(lex, "us_state_department");
  ASSERT_NE(state_department, nullptr);
  EXPECT_EQ(state_department->kind, "government");
  EXPECT_EQ(state_department->part_of, "USA");

  for (const char* id : {"unga", "unhrc", "ohchr", "unhcr", "unicef", "who", "wfp", "iaea", "icj", "echr", "eu",
                         "european_commission", "council_of_the_eu", "nato", "au", "asean", "oas", "arab_league",
                         "gcc", "osce", "amnesty", "hrw", "icrc", "un_coi"})
    EXPECT_NE(find_body(lex, id), nullptr) << id;
}

TEST(lexicon_builtin, every_part_of_resolves_and_kinds_are_the_ontologys) {
  const lexicon& lex = shipped();
  const std::set<std::string> kinds{"intergovernmental", "government", "court", "commission",
                                    "ngo",               "party",      "company", "other"};
  std::set<std::string> ids;
  for (const body_entry& b : lex.bodies()) EXPECT_TRUE(ids.insert(b.id).second) << "duplicate " << b.id;
  for (const body_entry& b : lex.bodies()) {
    EXPECT_TRUE(kinds.contains(b.kind)) << b.id << ": " << b.kind;
    if (!b.part_of.empty()) {
      EXPECT_TRUE(ids.contains(b.part_of) || find_state(lex, b.part_of)) << b.id << " part_of " << b.part_of;
    }
  }
}

TEST(lexicon_builtin, no_body_name_belongs_to_two_bodies_or_a_state) {
  const lexicon& lex = shipped();
  std::map<std::string, std::string> state_forms;
  for (const state_entry& s : lex.states()) {
    state_forms.emplace(s.name, s.id);
    for (const std::string& a : s.aliases) state_forms.emplace(a, s.id);
    for (const std::string& d : s.demonyms) state_forms.emplace(d, s.id);
  }
  std::map<std::string, std::string> owner;
  for (const body_entry& b : lex.bodies()) {
    std::vector<std::string> forms{b.name};
    forms.insert(forms.end(), b.aliases.begin(), b.aliases.end());
    for (const std::string& form : forms) {
      auto [it, fresh] = owner.emplace(form, b.id);
      EXPECT_TRUE(fresh || it->second == b.id) << form << " names " << it->second << " and " << b.id;
      EXPECT_FALSE(state_forms.contains(form)) << form << " names body " << b.id << " and a state";
    }
  }
}

TEST(lexicon_builtin, roles_name_known_offices) {
  const lexicon& lex = shipped();
  std::set<std::string> offices;
  for (const office_entry& o : lex.offices()) offices.insert(o.name);
  bool spokesman = false;
  for (const role_entry& r : lex.roles()) {
    EXPECT_TRUE(std::none_of(r.title.begin(), r.title.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) << r.title;
    if (!r.body.empty()) {
      EXPECT_TRUE(offices.contains(r.body)) << r.title << " -> " << r.body;
    }
    if (r.title == "foreign ministry spokesman") {
      spokesman = true;
      EXPECT_EQ(r.body, "foreign ministry");
    }
  }
  EXPECT_TRUE(spokesman);
  for (const char* title : {"deputy ambassador", "secretary-general", "high representative", "prime minister"})
    EXPECT_TRUE(std::any_of(lex.roles().begin(), lex.roles().end(), [&](const role_entry& r) { return r.title == title; }))
        << title;
  auto foreign = std::find_if(lex.offices().begin(), lex.offices().end(),
                              [](const office_entry& o) { return o.name == "foreign ministry"; });
  ASSERT_NE(foreign, lex.offices().end());
  EXPECT_EQ(foreign->kind, "government");
  EXPECT_TRUE(contains(foreign->aliases, "ministry of foreign affairs"));
}

TEST(lexicon_triggers, verbs_get_their_forms_and_exceptions_keep_theirs) {
  lexicon lex;
  lex.load_file(data_dir / "minimal-triggers.json");
  const trigger_entry* slam = find_trigger(lex, "slam");
  ASSERT_NE(slam, nullptr);
  EXPECT_EQ(slam->rel, relation::criticizes);
  EXPECT_FALSE(slam->noun);
  EXPECT_EQ(slam->forms, (std::vector<std::string>{"slam", "slams", "slammed", "slamming"}));

  const trigger_entry* refer = find_trigger(lex, "refer");
  ASSERT_NE(refer, nullptr);
  EXPECT_EQ(refer->rel, relation::refers_to);
  EXPECT_EQ(refer->forms, (std::vector<std::string>{"refer", "refers", "referred", "referring"}));

  const trigger_entry* object_to = find_trigger(lex, "object to");
  ASSERT_NE(object_to, nullptr);
  EXPECT_EQ(object_to->rel, relation::opposes);
  EXPECT_TRUE(contains(object_to->forms, "objected to"));

  const trigger_entry* condemnation = find_trigger(lex, "condemnation", true);
  ASSERT_NE(condemnation, nullptr);
  EXPECT_EQ(condemnation->forms, (std::vector<std::string>{"condemnation", "condemnations"}));
  EXPECT_TRUE(condemnation->objects.empty());

  const trigger_entry* overrun = find_trigger(lex, "overrun");
  ASSERT_NE(overrun, nullptr);
  EXPECT_EQ(overrun->rel, relation::attacks);
  EXPECT_EQ(overrun->objects, (std::vector<node_type>{node_type::state, node_type::place}));
}

TEST(lexicon_triggers, frames_get_their_verb_forms_nouns_and_prepositions) {
  const lexicon& lex = shipped();
  const trigger_entry* sever = nullptr;
  for (const auto& t : lex.triggers())
    if (t.lemma == "sever" && !t.frame_nouns.empty()) sever = &t;
  ASSERT_NE(sever, nullptr);
  EXPECT_EQ(sever->rel, relation::opposes);
  EXPECT_FALSE(sever->noun);
  EXPECT_NE(std::find(sever->forms.begin(), sever->forms.end(), "severed"), sever->forms.end());
  EXPECT_NE(std::find(sever->frame_nouns.begin(), sever->frame_nouns.end(), "ties"), sever->frame_nouns.end());
  EXPECT_EQ(sever->prepositions, (std::vector<std::string>{"with"}));
}

TEST(lexicon_triggers, a_frame_without_nouns_takes_any_object_and_named_object_is_kept) {
  lexicon lex;
  lex.load_text(R"({"triggers": [
    {"relation": "meets", "frames": [{"verbs": ["celebrate"], "prepositions": ["with"]}]},
    {"relation": "meets", "verbs": ["host"], "named_object": true},
    {"relation": "meets", "verbs": ["greet"]},
    {"relation": "sanctions", "frames": [{"verbs": ["list"], "as": ["Terrorist"]}]}]})",
                "frames.json");
  const trigger_entry* list = find_trigger(lex, "list");
  ASSERT_NE(list, nullptr);
  EXPECT_TRUE(list->frame());
  EXPECT_TRUE(list->prepositions.empty());
  EXPECT_EQ(list->as_words, (std::vector<std::string>{"terrorist"}));
  const trigger_entry* celebrate = find_trigger(lex, "celebrate");
  const trigger_entry* host = find_trigger(lex, "host");
  const trigger_entry* greet = find_trigger(lex, "greet");
  ASSERT_NE(celebrate, nullptr);
  ASSERT_NE(host, nullptr);
  ASSERT_NE(greet, nullptr);
  EXPECT_TRUE(celebrate->frame());
  EXPECT_TRUE(celebrate->frame_nouns.empty());
  EXPECT_EQ(celebrate->prepositions, (std::vector<std::string>{"with"}));
  EXPECT_FALSE(host->frame());
  EXPECT_TRUE(host->named_object);
  EXPECT_FALSE(greet->named_object);
}

TEST(lexicon_triggers, called_off_phrases_are_not_modes) {
  lexicon lex;
  lex.load_text(R"({"modality": {"called off": ["Postponed", "called off"], "negated": ["did not"]}})", "called-off.json");
  std::map<std::string, bool> called_off;
  for (const modality_entry& m : lex.modality()) called_off.emplace(m.phrase, m.called_off);
  EXPECT_EQ(called_off, (std::map<std::string, bool>{{"called off", true}, {"did not", false}, {"postponed", true}}));
}

TEST(lexicon_triggers, occurrence_phrases_are_not_modes) {
  lexicon lex;
  lex.load_text(R"({"modality": {"occurrence": ["Took place"], "called off": ["postponed"], "expected": ["will"]}})",
                "occurrence.json");
  std::map<std::string, std::pair<bool, bool>> kinds;
  for (const modality_entry& m : lex.modality()) kinds.emplace(m.phrase, std::pair{m.occurrence, m.called_off});
  EXPECT_EQ(kinds, (std::map<std::string, std::pair<bool, bool>>{
                       {"postponed", {false, true}}, {"took place", {true, false}}, {"will", {false, false}}}));
}

TEST(lexicon_triggers, modality_phrases_get_their_mode) {
  lexicon lex;
  lex.load_file(data_dir / "minimal-triggers.json");
  std::map<std::string, mode> modes;
  for (const modality_entry& m : lex.modality()) modes.emplace(m.phrase, m.mod);
  EXPECT_EQ(modes.size(), 5u);
  EXPECT_EQ(modes.at("call for"), mode::proposed);
  EXPECT_EQ(modes.at("urge"), mode::proposed);
  EXPECT_EQ(modes.at("expected to"), mode::expected);
  EXPECT_EQ(modes.at("by no means"), mode::negated);
}

// The forms a trigger of `rel` with lemma `lemma` has, or none.
std::vector<std::string> forms_of(const lexicon& lex, relation rel, const std::string& lemma) {
  for (const trigger_entry& t : lex.triggers())
    if (t.rel == rel && t.lemma == lemma) return t.forms;
  return {};
}

bool has_form(const std::vector<std::string>& forms, const std::string& f) {
  return std::find(forms.begin(), forms.end(), f) != forms.end();
}

TEST(lexicon_verbs, irregular_forms_reach_triggers_and_frames_loaded_before_or_after) {
  lexicon before, after;
  const std::string triggers = R"({"triggers": [{"relation": "opposes", "verbs": ["break with", {"lemma": "quit", "forms": ["quits"]}],
      "frames": [{"verbs": ["cut"], "nouns": ["ties"], "prepositions": ["with"]}]}]})";
  const std::string verbs = R"({"irregular_verbs": {"break": ["broke", "broken"], "cut": ["cut"], "quit": ["quit"]}})";
  before.load_text(verbs, "verbs");
  before.load_text(triggers, "triggers");
  after.load_text(triggers, "triggers");
  after.load_text(verbs, "verbs");
  for (const lexicon* lex : {&before, &after}) {
    const auto breaks = forms_of(*lex, relation::opposes, "break with");
    EXPECT_TRUE(has_form(breaks, "broke with"));
    EXPECT_TRUE(has_form(breaks, "broken with"));
    EXPECT_TRUE(has_form(breaks, "breaks with"));
    EXPECT_EQ(forms_of(*lex, relation::opposes, "quit"), (std::vector<std::string>{"quit", "quits"}));  // listed forms stay exact
    bool frame_has_cut = false;
    for (const trigger_entry& t : lex->triggers())
      if (!t.frame_nouns.empty() && t.lemma == "cut") frame_has_cut = has_form(t.forms, "cut") && has_form(t.forms, "cutting");
    EXPECT_TRUE(frame_has_cut);
  }
}

TEST(lexicon_verbs, the_builtin_table_gives_common_irregular_pasts) {
  const lexicon lex = lexicon::builtin();
  bool held = false, broken_off = false;
  for (const trigger_entry& t : lex.triggers()) {
    held = held || (t.rel == relation::meets && has_form(t.forms, "held"));
    broken_off = broken_off || (t.rel == relation::opposes && has_form(t.forms, "broken off"));
  }
  EXPECT_TRUE(held);
  EXPECT_TRUE(broken_off);
}

TEST(lexicon_verbs, bad_irregular_verbs_name_line_and_column) {
  EXPECT_EQ(text_error(R"({"irregular_verbs": {"break off": ["broke off"]}})"),
            "inline:1:22: an irregular verb must be one word, not \"break off\"");
  EXPECT_EQ(text_error(R"({"irregular_verbs": {"go": "went"}})"), "inline:1:28: \"go\" must be an array of strings, not string");
}

TEST(lexicon_word_classes, bad_word_classes_name_line_and_column) {
  EXPECT_EQ(text_error(R"({"word_classes": {"town_noun": ["burgh"]}})"),
            "inline:1:19: unknown word class \"town_noun\" (expected preposition, determiner, be, clause_opener, "
            "actor_noun, person_noun, speech_verb, event_noun, wrongdoing, honorific, calendar, name_particle, org_head, "
            "state_noun, resolution_noun, report_noun, leader_noun, adverb, pronoun_it, pronoun_he, pronoun_we, "
            "pronoun_they, number_word, harm_noun, compound_head, group_noun, group_kind, group_head, state_claim, "
            "instrument_head, light_verb, statement_noun, place_noun, place_preposition)");
  EXPECT_EQ(text_error(R"({"word_classes": {"place_noun": ["river delta"]}})"),
            "inline:1:19: a class word must be one word, not \"river delta\"");
  EXPECT_EQ(text_error(R"({"word_classes": {"place_noun": "city"}})"),
            "inline:1:33: \"place_noun\" must be an array of strings, not string");
}

TEST(lexicon_word_classes, files_add_words_to_a_class_each_once) {
  lexicon lex;
  lex.load_text(R"({"word_classes": {"place_noun": ["Favela", "barrio"]}})", "a");
  lex.load_text(R"({"word_classes": {"place_noun": ["favela"]}})", "b");
  const std::vector<std::string> expected{"favela", "barrio"};
  ASSERT_EQ(lex.word_classes().count("place_noun"), 1u);
  EXPECT_EQ(lex.word_classes().at("place_noun"), expected);
}

// Every word class has words: the grammar's closed ones in grammar.cpp, the open ones in the
// built-in lexicon's word_classes section; a class left with none would silently read nothing.
TEST(lexicon_word_classes, every_class_has_words_in_the_grammar_or_the_builtin_lexicon) {
  const lexicon lex = lexicon::builtin();
  std::set<std::string> with_words;
  for (const auto& [name, words] : lex.word_classes())
    if (!words.empty()) with_words.insert(name);
  for (auto w : newsgraph::detail::class_words())
    for (std::size_t c = 0; c < 64; ++c)
      if (newsgraph::detail::classes_of(w) & (newsgraph::detail::class_set{1} << c)) with_words.insert(std::to_string(c));
  std::stringstream names(newsgraph::detail::class_names());
  std::string name;
  std::size_t index = 0;
  while (std::getline(names, name, ',')) {
    if (name.front() == ' ') name.erase(0, 1);
    EXPECT_TRUE(with_words.count(name) || with_words.count(std::to_string(index))) << name << " has no words";
    ++index;
  }
  EXPECT_EQ(index, 34u);
  // An open class is the lexicon's alone: the grammar does not list it too.
  EXPECT_FALSE(newsgraph::detail::is(newsgraph::detail::word_class::actor_noun, "officials"));
  EXPECT_TRUE(newsgraph::detail::is(newsgraph::detail::word_class::preposition, "against"));
}

TEST(lexicon_votes, vote_labels_get_their_relation_or_close_the_lists) {
  lexicon lex;
  lex.load_text(R"({"vote_labels": {"votes-for": ["In Favour", "yes"], "votes-against": ["against"],
                    "abstains": ["abstaining"], "none": ["absent"], "comment": "x"}})",
                "inline");
  std::map<std::string, std::optional<relation>> labels;
  for (const vote_label_entry& v : lex.vote_labels()) labels.emplace(v.phrase, v.rel);
  EXPECT_EQ(labels.size(), 5u);
  EXPECT_EQ(labels.at("in favour"), relation::votes_for);
  EXPECT_EQ(labels.at("yes"), relation::votes_for);
  EXPECT_EQ(labels.at("against"), relation::votes_against);
  EXPECT_EQ(labels.at("abstaining"), relation::abstains);
  EXPECT_EQ(labels.at("absent"), std::nullopt);
}

TEST(lexicon_votes, the_builtin_labels_cover_the_un_record) {
  const lexicon lex = lexicon::builtin();
  std::map<std::string, std::optional<relation>> labels;
  for (const vote_label_entry& v : lex.vote_labels()) labels.emplace(v.phrase, v.rel);
  EXPECT_EQ(labels.at("in favour"), relation::votes_for);
  EXPECT_EQ(labels.at("against"), relation::votes_against);
  EXPECT_EQ(labels.at("abstain"), relation::abstains);
  EXPECT_EQ(labels.at("absent"), std::nullopt);
}

TEST(lexicon_votes, bad_vote_labels_name_line_and_column) {
  EXPECT_EQ(text_error(R"({"vote_labels": {"criticizes": ["boo"]}})"),
            "inline:1:18: unknown vote label key \"criticizes\" (expected votes-for, votes-against, abstains or none)");
  EXPECT_EQ(text_error(R"({"vote_labels": {"votes-for": "yes"}})"),
            "inline:1:31: \"votes-for\" must be an array of strings, not string");
  EXPECT_EQ(text_error(R"({"vote_labels": {"votes-for": [""]}})"), "inline:1:32: a phrase must not be empty");
  EXPECT_EQ(text_error(R"({"vote_labels": ["yes"]})"),
            "inline:1:17: \"vote_labels\" must be an object from relation to phrases, not array");
}

TEST(lexicon_evaluations, adjectives_get_their_relation_and_bad_keys_name_the_place) {
  lexicon lex;
  lex.load_text(R"({"evaluations": {"criticizes": ["Unacceptable", "null and void"], "supports": ["constructive"]}})", "inline");
  std::map<std::string, relation> got;
  for (const evaluation_entry& e : lex.evaluations()) got.emplace(e.phrase, e.rel);
  EXPECT_EQ(got, (std::map<std::string, relation>{{"unacceptable", relation::criticizes},
                                                  {"null and void", relation::criticizes},
                                                  {"constructive", relation::supports}}));
  EXPECT_EQ(text_error(R"({"evaluations": {"attacks": ["brutal"]}})"),
            "inline:1:18: unknown evaluation key \"attacks\" (expected criticizes, opposes or supports)");
  EXPECT_EQ(text_error(R"({"evaluations": ["brutal"]})"),
            "inline:1:17: \"evaluations\" must be an object from relation to phrases, not array");
}

TEST(lexicon_people, people_keep_their_names_and_offices_and_later_files_add_to_them) {
  lexicon lex;
  lex.load_text(R"({"people": [{"name": "Ana Ruiz", "aliases": ["Ana M. Ruiz"], "surnames": ["Ruiz"],
                    "held": [{"title": "Foreign Minister", "of": "ESP", "from": 2001, "to": 2004}]}]})",
                "one");
  lex.load_text(R"({"people": [{"name": "Ana Ruiz", "surnames": ["Ruiz Gil"],
                    "held": [{"title": "secretary-general", "of": "un", "from": 2010, "to": 0},
                             {"title": "foreign minister", "of": "ESP", "from": 2001, "to": 2004}]}]})",
                "two");
  ASSERT_EQ(lex.people().size(), 1u);
  const person_entry& p = lex.people().front();
  EXPECT_EQ(p.name, "Ana Ruiz");
  EXPECT_EQ(p.aliases, std::vector<std::string>{"Ana M. Ruiz"});
  EXPECT_EQ(p.surnames, (std::vector<std::string>{"Ruiz", "Ruiz Gil"}));
  ASSERT_EQ(p.held.size(), 2u);  // the repeated term once
  EXPECT_EQ(p.held[0], (office_term{"foreign minister", "ESP", 2001, 2004}));
  EXPECT_EQ(p.held[1], (office_term{"secretary-general", "un", 2010, 0}));
}

TEST(lexicon_people, a_person_may_have_a_wikidata_qid_and_a_later_file_may_give_it) {
  lexicon lex;
  lex.load_text(R"({"people": [{"name": "Ana Ruiz", "wikidata": "Q900000001",
                    "held": [{"title": "foreign minister", "of": "ESP", "from": 2001, "to": 2004}]},
                   {"name": "Berta Gil", "held": [{"title": "president", "of": "CHL", "from": 2006, "to": 2010}]}]})",
                "one");
  lex.load_text(R"({"people": [{"name": "Berta Gil", "wikidata": "Q900000002", "held": []}]})", "two");
  ASSERT_EQ(lex.people().size(), 2u);
  EXPECT_EQ(lex.people()[0].wikidata, "Q900000001");
  EXPECT_EQ(lex.people()[1].wikidata, "Q900000002");
  EXPECT_EQ(text_error(R"({"people": [{"name": "A B", "wikidata": "Obama", "held": [{"title": "king", "of": "ESP", "from": 1990, "to": 0}]}]})"),
            "inline:1:41: \"wikidata\" must be a QID like \"Q76\"");
}

TEST(lexicon_builtin, the_main_bodies_have_their_wikidata_qids) {
  const lexicon& lex = shipped();
  std::map<std::string, std::string> qid;
  for (const body_entry& b : lex.bodies()) qid[b.id] = b.wikidata;
  EXPECT_EQ(qid["unhrc"], "Q205650");
  EXPECT_EQ(qid["iaea"], "Q41984");
  EXPECT_EQ(qid["osce"], "Q81299");
  EXPECT_EQ(qid["ecowas"], "Q193272");
  EXPECT_EQ(qid["oas"], "Q123759");
  EXPECT_EQ(qid["icrc"], "Q5987345");  // it had Geneva's, Q71
  std::map<std::string, std::string> holder;  // no QID names two entries
  auto unique = [&](const std::string& q, const std::string& id) {
    if (q.empty()) return;
    auto [it, fresh] = holder.emplace(q, id);
    EXPECT_TRUE(fresh) << q << ": " << it->second << " and " << id;
  };
  for (const body_entry& b : lex.bodies()) unique(b.wikidata, b.id);
  for (const state_entry& s : lex.states()) unique(s.wikidata, s.id);
  for (const place_entry& p : lex.places()) unique(p.wikidata, p.id);
}

TEST(lexicon_people, every_builtin_office_names_a_builtin_state_or_body) {
  const lexicon lex = lexicon::builtin();
  std::set<std::string> ids;
  for (const state_entry& st : lex.states()) ids.insert(st.id);
  for (const body_entry& b : lex.bodies()) ids.insert(b.id);
  ASSERT_FALSE(lex.people().empty());
  for (const person_entry& p : lex.people())
    for (const office_term& t : p.held) EXPECT_TRUE(ids.count(t.of)) << p.name << " holds an office of unknown " << t.of;
}

TEST(lexicon_people, bad_people_name_line_and_column) {
  EXPECT_EQ(text_error(R"({"people": [{"name": "A B"}]})"), "inline:1:13: a person needs \"held\": the offices that make them news");
  EXPECT_EQ(text_error(R"({"people": [{"name": "A B", "held": [{"title": "king", "of": "Spain", "from": 1990, "to": 0}]}]})"),
            "inline:1:62: \"of\" must be a state's alpha-3 code like \"USA\" or a body id like \"nato\", not \"Spain\"");
  EXPECT_EQ(text_error(R"({"people": [{"name": "A B", "held": [{"title": "king", "of": "ESP", "from": 1990.5, "to": 0}]}]})"),
            "inline:1:77: \"from\" must be a year");
  EXPECT_EQ(text_error(R"({"people": [{"name": "A B", "held": [{"title": "king", "of": "ESP", "from": 1990, "to": 1980}]}]})"),
            "inline:1:89: \"to\" must not be before \"from\"");
  EXPECT_EQ(text_error(R"({"people": [{"name": "A B", "held": [{"title": "king", "of": "ESP", "to": 0}]}]})"),
            "inline:1:38: missing \"from\" in an office");
  EXPECT_EQ(text_error(R"({"people": [{"name": "A B", "held": [{"title": "king", "of": "ESP", "from": 1990, "to": 0}]},
                                      {"name": "A B", "held": [{"title": "king", "of": "ESP", "from": 1990, "to": 0}]}]})"),
            "inline:2:48: duplicate person \"A B\" (first at line 1)");
}

TEST(lexicon_errors, bad_files_name_file_line_and_column) {
  const std::string dir = (data_dir / "").string();
  const std::pair<const char*, std::string> cases[] = {
      {"bad-syntax.json", "4:5: missing a comma or ']' after an array element"},
      {"bad-relation.json", "4:18: unknown relation \"criticises\""},
      {"bad-missing-name.json", "4:7: missing \"name\" in a state"},
      {"bad-kind.json", "4:14: unknown body kind \"military\" (expected intergovernmental, government, court, "
                        "commission, ngo, party, company or other)"},
      {"bad-duplicate.json", "5:12: duplicate body id \"fdc\" (first at line 3)"},
      {"bad-type.json", "3:51: \"aliases\" must be an array of strings, not string"},
      {"bad-section.json",
       "3:3: unknown section \"countries\" (expected states, bodies, places, roles, offices, people, triggers, modality, evaluations, "
       "vote_labels, irregular_verbs, word_classes or comment)"},
      {"bad-field.json", "3:40: unknown field \"capital\" in a state"},
      {"bad-verb-form.json", "3:74: \"forms\" must hold strings, not number"},
      {"bad-mode.json", "2:38: unknown mode \"hoped\" (expected asserted, proposed, expected, negated, called off or occurrence)"},
      {"bad-utf8-column.json", "3:47: \"wikidata\" must be a QID like \"Q148\""},
      {"bad-objects.json", "3:63: unknown node type \"Town\" in \"objects\""},
      {"bad-objects-twice.json", "4:39: \"capture\" is listed for attacks already, with other \"objects\""},
      {"bad-frame-nouns.json", "3:70: \"nouns\" must be an array of strings, not string"},
      {"bad-named-object.json", "3:62: \"named_object\" must be true or false, not string"},
      {"bad-frame-field.json", "3:79: unknown field \"preposition\" in a frame"},
  };
  for (const auto& [file, where_and_problem] : cases)
    EXPECT_EQ(load_error(file), dir + file + ":" + where_and_problem);
}

TEST(lexicon_errors, the_error_carries_its_parts) {
  lexicon lex;
  try {
    lex.load_file(data_dir / "bad-relation.json");
    FAIL() << "no error";
  } catch (const lexicon_error& e) {
    EXPECT_EQ(e.file(), (data_dir / "bad-relation.json").string());
    EXPECT_EQ(e.line(), 4u);
    EXPECT_EQ(e.column(), 18u);
  }
}

TEST(lexicon_errors, json_that_is_not_a_lexicon) {
  EXPECT_EQ(text_error(""), "inline:1:1: the document is empty");
  EXPECT_EQ(text_error("[]"), "inline:1:1: a lexicon file must hold a JSON object, not array");
  EXPECT_EQ(text_error(R"({"states": [], "states": []})"), "inline:1:16: duplicate key \"states\"");
  EXPECT_EQ(text_error(R"({"states": {}})"), "inline:1:12: \"states\" must be an array, not object");
  EXPECT_EQ(text_error("{\"states\": [{\"id\": \"\", \"name\": \"X\"}]}"), "inline:1:20: \"id\" must not be empty");
  EXPECT_EQ(text_error("{\"states\": [\"FRE\"]}"), "inline:1:13: a state must be an object, not string");
  EXPECT_EQ(text_error("{\"roles\": [{\"title\": \"envoy\"}]} x"), "inline:1:33: text after the end of the document");
  EXPECT_EQ(text_error("{\"roles\": [{\"title\": \"\xff\"}]}"), "inline:1:23: invalid UTF-8 in a string");
  EXPECT_EQ(text_error(R"({"states": [{"id": "A\"B", "name": 5}]})"), "inline:1:36: \"name\" must be a string, not number");
  EXPECT_EQ(text_error(R"({"states": [{"id": "A\\", "name": ""}]})"), "inline:1:35: \"name\" must not be empty");
  std::string deep = "{\"states\": " + std::string(100, '[') + std::string(100, ']') + "}";
  EXPECT_EQ(text_error(deep), "inline:1:75: nested too deeply");
}

TEST(lexicon_errors, byte_order_mark_takes_no_column) {
  EXPECT_EQ(text_error("\xEF\xBB\xBF{\"roles\": [{\"title\": 5}]}"), "inline:1:22: \"title\" must be a string, not number");
  lexicon lex;
  lex.load_text("\xEF\xBB\xBF{\"roles\": [{\"title\": \"Envoy\"}]}", "inline");
  ASSERT_EQ(lex.roles().size(), 1u);
  EXPECT_EQ(lex.roles()[0].title, "envoy");
}

TEST(lexicon_errors, missing_file_and_directories) {
  EXPECT_EQ(load_error("no-such-file.json"),
            (data_dir / "no-such-file.json").string() + ": cannot open: No such file or directory");
  const std::filesystem::path missing = data_dir / "no-such-directory";
  try {
    lexicon::builtin(missing);
    FAIL() << "no error";
  } catch (const lexicon_error& e) {
    EXPECT_EQ(std::string(e.what()), missing.string() + ": no such lexicon directory");
    EXPECT_EQ(e.line(), 0u);
  }
  temp_dir empty("empty");
  empty.write("notes.txt", "not a lexicon");
  try {
    lexicon::builtin(empty.path());
    FAIL() << "no error";
  } catch (const lexicon_error& e) {
    EXPECT_EQ(std::string(e.what()), empty.path().string() + ": no *.json lexicon files in the directory");
  }
}

TEST(lexicon_errors, a_failed_file_adds_nothing) {
  lexicon lex = lexicon::builtin(builtin_dir);
  const std::size_t bodies = lex.bodies().size();
  EXPECT_THROW(lex.load_file(data_dir / "bad-duplicate.json"), lexicon_error);
  EXPECT_EQ(lex.bodies().size(), bodies);
  EXPECT_EQ(find_body(lex, "sfl"), nullptr);
}

TEST(lexicon_user, a_user_file_is_merged_with_the_builtin) {
  lexicon lex = lexicon::builtin(builtin_dir);
  const std::size_t states = lex.states().size();
  const std::size_t bodies = lex.bodies().size();
  lex.load_file(data_dir / "user.json");

  EXPECT_EQ(lex.states().size(), states + 1);
  const state_entry* fre = find_state(lex, "FRE");
  ASSERT_NE(fre, nullptr);
  EXPECT_EQ(fre->name, "Freedonia");
  EXPECT_EQ(fre->aliases, std::vector<std::string>{"Grand Duchy of Freedonia"});
  EXPECT_EQ(fre->demonyms, std::vector<std::string>{"Freedonian"});
  EXPECT_EQ(fre->capitals, std::vector<std::string>{"Fredonia City"});

  const state_entry* chn = find_state(lex, "CHN");
  ASSERT_NE(chn, nullptr);
  EXPECT_EQ(chn->name, "China");
  EXPECT_EQ(chn->wikidata, "Q148");
  EXPECT_TRUE(contains(chn->aliases, "Middle Kingdom"));
  EXPECT_TRUE(contains(chn->aliases, "People's Republic of China"));

  EXPECT_EQ(lex.bodies().size(), bodies + 1);
  const body_entry* fdc = find_body(lex, "fdc");
  ASSERT_NE(fdc, nullptr);
  EXPECT_EQ(fdc->part_of, "FRE");
  EXPECT_EQ(fdc->heads, std::vector<std::string>{"council"});

  const trigger_entry* upbraid = find_trigger(lex, "upbraid");
  ASSERT_NE(upbraid, nullptr);
  EXPECT_EQ(upbraid->rel, relation::criticizes);
  EXPECT_EQ(upbraid->forms, (std::vector<std::string>{"upbraid", "upbraids", "upbraided", "upbraiding"}));
  const trigger_entry* bemoan = find_trigger(lex, "bemoan");
  ASSERT_NE(bemoan, nullptr);
  EXPECT_EQ(bemoan->forms, (std::vector<std::string>{"bemoan", "bemoans", "bemoaned"}));
  const trigger_entry* reproach = find_trigger(lex, "reproach", true);
  ASSERT_NE(reproach, nullptr);
  EXPECT_EQ(reproach->forms, (std::vector<std::string>{"reproach", "reproaches"}));

  EXPECT_TRUE(std::any_of(lex.modality().begin(), lex.modality().end(), [](const modality_entry& m) {
    return m.phrase == "declined to" && m.mod == mode::negated;
  }));
}

TEST(lexicon_user, a_later_name_replaces_and_the_old_one_stays_an_alias) {
  lexicon lex;
  lex.load_text(R"({"states": [{"id": "FRE", "name": "Freedonia", "wikidata": "Q1"}]})", "first");
  lex.load_text(R"({"states": [{"id": "FRE", "name": "Republic of Freedonia", "aliases": ["Freedonia"]}],
                    "bodies": [{"id": "fdc", "name": "Council", "kind": "government"}]})",
                "second");
  lex.load_text(R"({"bodies": [{"id": "fdc", "kind": "party", "part_of": "FRE"}]})", "third");
  ASSERT_EQ(lex.states().size(), 1u);
  EXPECT_EQ(lex.states()[0].name, "Republic of Freedonia");
  EXPECT_EQ(lex.states()[0].aliases, std::vector<std::string>{"Freedonia"});
  EXPECT_EQ(lex.states()[0].wikidata, "Q1");
  ASSERT_EQ(lex.bodies().size(), 1u);
  EXPECT_EQ(lex.bodies()[0].name, "Council");
  EXPECT_EQ(lex.bodies()[0].kind, "party");
  EXPECT_EQ(lex.bodies()[0].part_of, "FRE");
}

TEST(lexicon_builtin, the_environment_names_the_directory) {
  temp_dir dir("env");
  dir.write("a.json", R"({"states": [{"id": "FRE", "name": "Freedonia"}]})");
  dir.write("b.json", R"({"states": [{"id": "FRE", "aliases": ["Fredonia"]}]})");
  ::setenv("NEWSGRAPH_LEXICON_DIR", dir.path().c_str(), 1);
  lexicon lex = lexicon::builtin();
  ::unsetenv("NEWSGRAPH_LEXICON_DIR");
  ASSERT_EQ(lex.states().size(), 1u);
  EXPECT_EQ(lex.states()[0].aliases, std::vector<std::string>{"Fredonia"});
}

}  // namespace
}  // namespace newsgraph
