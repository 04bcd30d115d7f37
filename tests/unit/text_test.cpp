// The tokenizer, the sentence splitter and folding on the shapes news text takes.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extract/detail/text.hpp"
#include "extract/sentence_splitter.hpp"
#include "extract/tokenizer.hpp"

namespace newsgraph {
namespace {

std::vector<std::string> words(std::string_view text) {
  std::vector<std::string> out;
  for (const auto& t : tokenize(text)) out.emplace_back(t.in(text));
  return out;
}

std::vector<std::string> sentences(std::string_view text) {
  auto toks = tokenize(text);
  std::vector<std::string> out;
  for (const auto& s : split_sentences(text, toks)) out.emplace_back(text.substr(s.begin, s.end - s.begin));
  return out;
}

using list = std::vector<std::string>;

TEST(Tokenizer, KeepsAbbreviationsNumbersAndHyphensAndSplitsPossessives) {
  EXPECT_EQ(words("China's U.N. envoy"), (list{"China", "'s", "U.N.", "envoy"}));
  EXPECT_EQ(words("N. Korea"), (list{"N.", "Korea"}));
  EXPECT_EQ(words("120,000 people, 3.5 per cent"), (list{"120,000", "people", ",", "3.5", "per", "cent"}));
  EXPECT_EQ(words("counter-intelligence (DGCIM)"), (list{"counter-intelligence", "(", "DGCIM", ")"}));
  EXPECT_EQ(words("Côte d'Ivoire’s"), (list{"Côte", "d'Ivoire", "’s"}));
  EXPECT_EQ(words("\xE2\x80\x9CNo\xE2\x80\x9D \xE2\x80\x94 he"), (list{"\xE2\x80\x9C", "No", "\xE2\x80\x9D", "\xE2\x80\x94", "he"}));
}

TEST(Tokenizer, OffsetsPointIntoTheTextAndMarkLinesAndParagraphs) {
  std::string text = "One two.\nThree.\n\nFour";
  auto toks = tokenize(text);
  ASSERT_EQ(toks.size(), 6u);
  EXPECT_EQ(toks[3].in(text), "Three");
  EXPECT_TRUE(toks[3].line_start);
  EXPECT_FALSE(toks[3].paragraph_start);
  EXPECT_TRUE(toks[5].paragraph_start);
  EXPECT_TRUE(tokenize("").empty());
  EXPECT_EQ(words("a\xFF" "b"), (list{"a", "\xFF", "b"}));  // an invalid byte is punctuation
}

TEST(SentenceSplitter, AbbreviationsAndInitialsDoNotEndSentences) {
  EXPECT_EQ(sentences("The U.N. Security Council met. It voted."),
            (list{"The U.N. Security Council met.", "It voted."}));
  EXPECT_EQ(sentences("N. Korea fired a missile. Mr. Kim said so."),
            (list{"N. Korea fired a missile.", "Mr. Kim said so."}));
  EXPECT_EQ(sentences("On Feb. 3 the council met. Then it voted."),
            (list{"On Feb. 3 the council met.", "Then it voted."}));
  EXPECT_EQ(sentences("Sanctions were imposed by the U.S. The move angered Moscow."),
            (list{"Sanctions were imposed by the U.S.", "The move angered Moscow."}));
}

TEST(SentenceSplitter, QuotesGoWithTheirSentence) {
  EXPECT_EQ(sentences("He said: \"We will act.\" Then he left."),
            (list{"He said: \"We will act.\"", "Then he left."}));
  EXPECT_EQ(sentences("It fired in self-defence. \"We do not want war,\" she said."),
            (list{"It fired in self-defence.", "\"We do not want war,\" she said."}));
}

TEST(SentenceSplitter, LinesEndSentencesUnlessTheyBreakAPhrase) {
  EXPECT_EQ(sentences("China criticises call to send N. Korea to International Criminal Court\nUnited Nations logo."),
            (list{"China criticises call to send N. Korea to International Criminal Court", "United Nations logo."}));
  EXPECT_EQ(sentences("the council will\ndiscuss it."), (list{"the council will\ndiscuss it."}));
  EXPECT_EQ(sentences("First paragraph\n\nsecond one."), (list{"First paragraph", "second one."}));
}

TEST(SentenceSplitter, ADatelineIsASentenceOfItsOwn) {
  EXPECT_EQ(sentences("Valdor, 3 May 2011 (NPA) -- Gondor and Arnor ended their talks."),
            (list{"Valdor, 3 May 2011 (NPA) --", "Gondor and Arnor ended their talks."}));
  EXPECT_EQ(sentences("VALDOR (NPA) \u2014 The council met."), (list{"VALDOR (NPA) \u2014", "The council met."}));
  EXPECT_EQ(sentences("Title\nVALDOR - The council met."), (list{"Title", "VALDOR -", "The council met."}));
  EXPECT_EQ(sentences("VALDOR, Gondor \u2014 Talks began."), (list{"VALDOR, Gondor \u2014", "Talks began."}));
  // Not datelines: no comma, number, bracket or capitals; a lower-case word; a dash mid-sentence.
  EXPECT_EQ(sentences("Gondor - Arnor talks collapse"), (list{"Gondor - Arnor talks collapse"}));
  EXPECT_EQ(sentences("Your daily news - The best of it"), (list{"Your daily news - The best of it"}));
  EXPECT_EQ(sentences("The envoy, Mr. Ban - He spoke."), (list{"The envoy, Mr. Ban - He spoke."}));
  EXPECT_EQ(sentences("He met them. VALDOR (NPA) - Talks."), (list{"He met them.", "VALDOR (NPA) - Talks."}));
}

TEST(Fold, LowerCasesAsciiAndStraightensApostrophesOnly) {
  EXPECT_EQ(detail::fold("China\u2019s U.N. Envoy"), "china's u.n. envoy");
  EXPECT_EQ(detail::fold("\u2018Côte d\u2019Ivoire\u2019"), "'côte d'ivoire'");  // non-ASCII letters as they are
  EXPECT_EQ(detail::fold("\u201CQuoted\u201D \u2014 DASH"), "\u201Cquoted\u201D \u2014 dash");  // other typography kept
  std::string out = "keep ";
  detail::fold_into("ABC\u2019s", out);
  EXPECT_EQ(out, "keep abc's");
  char buf[16];
  EXPECT_EQ(std::string(buf, detail::fold_to("X\u2019Y", buf)), "x'y");
}

}  // namespace
}  // namespace newsgraph
