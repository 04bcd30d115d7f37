// The clause layer against tests/data/clauses/roles.txt: constructions with the role lines
// their analysis must hold and must not hold.
#include <gtest/gtest.h>

#include <fstream>
#include <string>
#include <vector>

#include "extract/detail/clauses.hpp"
#include "extract/detail/text.hpp"
#include "extract/tokenizer.hpp"
#include "parse/parser.hpp"

namespace {

using namespace newsgraph;

struct roles_case {
  int line = 0;
  std::string sentence;
  std::vector<std::string> present, absent;
};

std::vector<roles_case> read_cases(const std::string& path) {
  std::ifstream in(path);
  std::vector<roles_case> out;
  std::string line;
  for (int n = 1; std::getline(in, line); ++n) {
    if (line.empty() || line[0] == '#') continue;
    if (line.rfind("  ", 0) == 0) {
      if (out.empty()) ADD_FAILURE() << path << ":" << n << ": an expected line before any sentence";
      else if (line[2] == '!') out.back().absent.push_back(line.substr(3));
      else out.back().present.push_back(line.substr(2));
    } else {
      out.push_back({n, line, {}, {}});
    }
  }
  return out;
}

TEST(clauses, constructions_give_their_roles) {
  const std::string path = NEWSGRAPH_SOURCE_DIR "/tests/data/clauses/roles.txt";
  const auto cases = read_cases(path);
  ASSERT_GE(cases.size(), 10u) << path;
  const parse::model model = parse::model::builtin();
  const detail::clause_parser parser(model);
  detail::clause_analysis analysis;
  for (const auto& c : cases) {
    ASSERT_FALSE(c.present.empty() && c.absent.empty()) << path << ":" << c.line << ": a case that expects nothing";
    const auto tokens = tokenize(c.sentence);
    std::vector<std::string> folded_words;
    std::vector<std::string_view> words, folded;
    for (const auto& t : tokens) {
      words.push_back(t.in(c.sentence));
      folded_words.push_back(detail::fold(words.back()));
    }
    folded.assign(folded_words.begin(), folded_words.end());
    parser.analyse(words, folded, analysis);
    const std::string dump = detail::dump(analysis, words);
    for (const auto& want : c.present)
      EXPECT_NE(dump.find(want + '\n'), std::string::npos) << path << ":" << c.line << ": " << c.sentence
                                                            << "\nmissing: " << want << "\ndump:\n" << dump;
    for (const auto& not_want : c.absent)
      EXPECT_EQ(dump.find(not_want + '\n'), std::string::npos) << path << ":" << c.line << ": " << c.sentence
                                                                << "\nmust not hold: " << not_want << "\ndump:\n" << dump;
  }
}

TEST(clauses, conjuncts_follow_the_chain) {
  const std::string s = "Germany, France and Italy condemned the attack.";
  const auto tokens = tokenize(s);
  std::vector<std::string> folded_words;
  std::vector<std::string_view> words, folded;
  for (const auto& t : tokens) {
    words.push_back(t.in(s));
    folded_words.push_back(detail::fold(words.back()));
  }
  folded.assign(folded_words.begin(), folded_words.end());
  const parse::model model = parse::model::builtin();
  detail::clause_analysis a;
  detail::clause_parser(model).analyse(words, folded, a);
  EXPECT_EQ(a.with_conjuncts(0), (std::vector<std::uint32_t>{0, 2, 4}));
}

TEST(clauses, empty_sentence_gives_nothing) {
  const parse::model model = parse::model::builtin();
  detail::clause_analysis a;
  detail::clause_parser(model).analyse({}, {}, a);
  EXPECT_TRUE(a.args.empty());
  EXPECT_EQ(detail::dump(a, {}), "");
}

}  // namespace
