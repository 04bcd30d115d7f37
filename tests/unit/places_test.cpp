// The places lexicon: extract/lexicon/places.json and the "places" section of lexicon files.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <set>
#include <string>

#include "extract/lexicon.hpp"
#include "lexicon_support.hpp"

namespace newsgraph {
namespace {

const std::filesystem::path& data_dir = test::lexicon_data_dir;
using test::shipped;

const place_entry* find_place(const lexicon& lex, std::string_view id) {
  for (const place_entry& p : lex.places())
    if (p.id == id) return &p;
  return nullptr;
}

bool has_alias(const place_entry& p, const std::string& alias) {
  return std::find(p.aliases.begin(), p.aliases.end(), alias) != p.aliases.end();
}

using test::load_error;
using test::text_error;

TEST(PlacesLexicon, builtin_has_at_least_250_places) { EXPECT_GE(shipped().places().size(), 250u); }

TEST(PlacesLexicon, spot_checks) {
  const lexicon& lex = shipped();
  const place_entry* crimea = find_place(lex, "crimea");
  ASSERT_NE(crimea, nullptr);
  EXPECT_EQ(crimea->name, "Crimea");
  EXPECT_EQ(crimea->state, "UKR");
  EXPECT_EQ(crimea->wikidata, "Q7835");

  const place_entry* darfur = find_place(lex, "darfur");
  ASSERT_NE(darfur, nullptr);
  EXPECT_EQ(darfur->name, "Darfur");
  EXPECT_EQ(darfur->state, "SDN");

  const place_entry* hague = find_place(lex, "the-hague");
  ASSERT_NE(hague, nullptr);
  EXPECT_EQ(hague->name, "The Hague");
  EXPECT_EQ(hague->state, "NLD");

  const place_entry* gaza = find_place(lex, "gaza-strip");
  ASSERT_NE(gaza, nullptr);
  EXPECT_EQ(gaza->name, "Gaza Strip");
  EXPECT_EQ(gaza->state, "PSE");
  EXPECT_TRUE(has_alias(*gaza, "Gaza"));

  const place_entry* hong_kong = find_place(lex, "hong-kong");
  ASSERT_NE(hong_kong, nullptr);
  EXPECT_EQ(hong_kong->state, "CHN");

  // Seas and places several states share or contest have no state.
  for (const char* id : {"south-china-sea", "sahel", "kashmir", "spratly-islands", "western-sahara"}) {
    const place_entry* p = find_place(lex, id);
    ASSERT_NE(p, nullptr) << id;
    EXPECT_TRUE(p->state.empty()) << id;
  }
}

TEST(PlacesLexicon, every_state_is_a_known_state_id) {
  const lexicon& lex = shipped();
  std::set<std::string> states;
  for (const state_entry& s : lex.states()) states.insert(s.id);
  for (const place_entry& p : lex.places()) {
    if (p.state.empty()) continue;
    EXPECT_TRUE(states.contains(p.state)) << p.id << " lies in " << p.state;
  }
}

TEST(PlacesLexicon, no_place_is_a_state_or_a_capital) {
  const lexicon& lex = shipped();
  std::set<std::string> taken;
  for (const state_entry& s : lex.states()) {
    taken.insert(s.name);
    taken.insert(s.aliases.begin(), s.aliases.end());
    taken.insert(s.capitals.begin(), s.capitals.end());
  }
  for (const place_entry& p : lex.places()) {
    EXPECT_FALSE(taken.contains(p.name)) << p.id << ": " << p.name;
    for (const std::string& alias : p.aliases) EXPECT_FALSE(taken.contains(alias)) << p.id << ": " << alias;
  }
}

TEST(PlacesLexicon, ids_names_and_aliases_are_unique) {
  std::set<std::string> ids, names;
  for (const place_entry& p : shipped().places()) {
    EXPECT_TRUE(ids.insert(p.id).second) << p.id;
    EXPECT_TRUE(names.insert(p.name).second) << p.id << ": " << p.name;
    for (const std::string& alias : p.aliases) EXPECT_TRUE(names.insert(alias).second) << p.id << ": " << alias;
  }
}

TEST(PlacesLexicon, a_later_file_extends_a_place_by_id) {
  lexicon lex;
  lex.load_text(R"({"places": [{"id": "fh", "name": "Freedonia Harbour", "aliases": ["the Harbour"]}]})", "one");
  lex.load_text(R"({"places": [{"id": "fh", "name": "Port Freedonia", "state": "FRE", "wikidata": "Q42",
                                "aliases": ["Freedonia Docks"], "comment": "ignored"}]})",
                "two");
  ASSERT_EQ(lex.places().size(), 1u);
  const place_entry& p = lex.places()[0];
  EXPECT_EQ(p.name, "Port Freedonia");
  EXPECT_EQ(p.state, "FRE");
  EXPECT_EQ(p.wikidata, "Q42");
  EXPECT_EQ(p.aliases, (std::vector<std::string>{"the Harbour", "Freedonia Harbour", "Freedonia Docks"}));
}

TEST(PlacesLexicon, bad_places_name_file_line_and_column) {
  const std::string dir = (data_dir / "").string();
  EXPECT_EQ(load_error("bad-place-missing-name.json"),
            dir + "bad-place-missing-name.json:4:5: missing \"name\" in a place");
  EXPECT_EQ(load_error("bad-place-state.json"),
            dir + "bad-place-state.json:3:65: \"state\" must be a state's alpha-3 code like \"UKR\", not \"xx\"");
  EXPECT_EQ(text_error(R"({"places": [{"id": "a", "name": "A"}, {"id": "a", "name": "B"}]})"),
            "inline:1:46: duplicate place id \"a\" (first at line 1)");
  EXPECT_EQ(text_error(R"({"places": [{"id": "a", "name": "A", "state": "ukr"}]})"),
            "inline:1:47: \"state\" must be a state's alpha-3 code like \"UKR\", not \"ukr\"");
  EXPECT_EQ(text_error(R"({"places": [{"id": "a", "name": "A", "country": "UKR"}]})"),
            "inline:1:38: unknown field \"country\" in a place");
  EXPECT_EQ(text_error(R"({"places": [{"id": "a", "name": "A", "wikidata": "7835"}]})"),
            "inline:1:50: \"wikidata\" must be a QID like \"Q148\"");
  EXPECT_EQ(text_error(R"({"places": {}})"), "inline:1:12: \"places\" must be an array, not object");
}

}  // namespace
}  // namespace newsgraph
