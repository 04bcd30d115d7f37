#include "extract/detail/tally.hpp"

#include <gtest/gtest.h>

namespace newsgraph::detail {
namespace {

struct tally_case {
  const char* sentence;  // folded, as the reader passes it
  long in_favour, against, abstentions;
};

class Tally : public ::testing::TestWithParam<tally_case> {};

TEST_P(Tally, ReadsTheFigures) {
  const tally_case& c = GetParam();
  tally t = find_tally(c.sentence);
  EXPECT_EQ(t.in_favour, c.in_favour) << c.sentence;
  EXPECT_EQ(t.against, c.against) << c.sentence;
  EXPECT_EQ(t.abstentions, c.abstentions) << c.sentence;
}

INSTANTIATE_TEST_SUITE_P(
    Phrasings, Tally,
    ::testing::Values(
        tally_case{"the assembly adopted the text by 116 votes to 4, with 12 abstentions.", 116, 4, 12},
        tally_case{"it passed 13 to none with two abstentions", 13, 0, 2},
        tally_case{"the resolution was approved by a vote of 1,200 in favour to 3 against.", 1200, 3, -1},
        tally_case{"members voted 99 in favor, to 7", 99, 7, -1},
        tally_case{"the measure passed 12 - 0, with 3 countries abstaining.", 12, 0, 3},
        tally_case{"the draft failed, nine votes against six, with no abstentions", 9, 6, 0},
        tally_case{"a vote of 14 for to 1 against", 14, 1, -1},
        tally_case{"the council voted 13 \xE2\x80\x93 2 to adopt it", 13, 2, -1},
        // Not tallies: a count must start a word and be followed by one.
        tally_case{"someone to two of them spoke", -1, -1, -1},
        tally_case{"the 2024 vote to 15x members", -1, -1, -1},
        tally_case{"it was adopted by consensus", -1, -1, -1},
        tally_case{"five members abstaining and the rest in favour", -1, -1, 5},
        tally_case{"", -1, -1, -1}));

}  // namespace
}  // namespace newsgraph::detail
