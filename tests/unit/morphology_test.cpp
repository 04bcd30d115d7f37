#include "extract/detail/morphology.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace newsgraph::detail {
namespace {

struct verb_case {
  const char* lemma;
  std::vector<std::string> forms;
};

TEST(morphology, verb_forms) {
  const verb_case cases[] = {
      {"criticise", {"criticise", "criticises", "criticised", "criticising"}},
      {"criticize", {"criticize", "criticizes", "criticized", "criticizing"}},
      {"slam", {"slam", "slams", "slammed", "slamming"}},
      {"ban", {"ban", "bans", "banned", "banning"}},
      {"stop", {"stop", "stops", "stopped", "stopping"}},
      {"urge", {"urge", "urges", "urged", "urging"}},
      {"veto", {"veto", "vetoes", "vetoed", "vetoing"}},
      {"ally", {"ally", "allies", "allied", "allying"}},
      {"deny", {"deny", "denies", "denied", "denying"}},
      {"play", {"play", "plays", "played", "playing"}},
      {"accuse", {"accuse", "accuses", "accused", "accusing"}},
      {"impose", {"impose", "imposes", "imposed", "imposing"}},
      {"push for", {"push for", "pushes for", "pushed for", "pushing for"}},
      {"object to", {"object to", "objects to", "objected to", "objecting to"}},
      {"call on", {"call on", "calls on", "called on", "calling on"}},
      {"back", {"back", "backs", "backed", "backing"}},
      {"blast", {"blast", "blasts", "blasted", "blasting"}},
      {"visit", {"visit", "visits", "visited", "visiting"}},
      {"threaten", {"threaten", "threatens", "threatened", "threatening"}},
      {"tie", {"tie", "ties", "tied", "tying"}},
      {"agree", {"agree", "agrees", "agreed", "agreeing"}},
      {"fix", {"fix", "fixes", "fixed", "fixing"}},
      {"row", {"row", "rows", "rowed", "rowing"}},
      {"impose sanctions on", {"impose sanctions on", "imposes sanctions on", "imposed sanctions on",
                               "imposing sanctions on"}},
  };
  for (const verb_case& c : cases) EXPECT_EQ(verb_forms(c.lemma), c.forms) << c.lemma;
}

TEST(morphology, verb_forms_are_lower_case_with_single_spaces) {
  EXPECT_EQ(verb_forms("  Push   FOR "),
            (std::vector<std::string>{"push for", "pushes for", "pushed for", "pushing for"}));
  EXPECT_TRUE(verb_forms("   ").empty());
}

TEST(morphology, noun_forms) {
  const verb_case cases[] = {
      {"criticism", {"criticism", "criticisms"}},
      {"condemnation", {"condemnation", "condemnations"}},
      {"embargo", {"embargo", "embargoes"}},
      {"policy", {"policy", "policies"}},
      {"crisis", {"crisis", "crises"}},
      {"approach", {"approach", "approaches"}},
      {"delay", {"delay", "delays"}},
      {"arms embargo", {"arms embargo", "arms embargoes"}},
      {"call for", {"call for", "calls for"}},
      {"condemnation of", {"condemnation of", "condemnations of"}},
      {"vote against", {"vote against", "votes against"}},
  };
  for (const verb_case& c : cases) EXPECT_EQ(noun_forms(c.lemma), c.forms) << c.lemma;
}

TEST(morphology, single_inflections) {
  EXPECT_EQ(third_person("pass"), "passes");
  EXPECT_EQ(third_person("reach"), "reaches");
  EXPECT_EQ(past_tense("rebuke"), "rebuked");
  EXPECT_EQ(past_tense("snub"), "snubbed");
  EXPECT_EQ(past_tense("obey"), "obeyed");
  EXPECT_EQ(present_participle("see"), "seeing");
  EXPECT_EQ(present_participle("die"), "dying");
  EXPECT_EQ(plural("sanction"), "sanctions");
  EXPECT_EQ(plural("tax"), "taxes");
}

TEST(morphology, lower_ascii_leaves_other_bytes) {
  EXPECT_EQ(lower_ascii("Côte D'Ivoire"), "côte d'ivoire");
}

}  // namespace
}  // namespace newsgraph::detail
