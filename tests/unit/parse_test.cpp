#include "parse/parser.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

namespace newsgraph::parse {
namespace {

const std::filesystem::path model_dir = std::filesystem::path(NEWSGRAPH_SOURCE_DIR) / "parse" / "model";

const model& shipped() {
  static const model m = model::builtin(model_dir);
  return m;
}

// Words split at spaces.
std::vector<std::string_view> words_of(std::string_view text) {
  std::vector<std::string_view> words;
  while (!text.empty()) {
    const auto space = text.find(' ');
    if (space != 0) words.push_back(text.substr(0, space));
    if (space == std::string_view::npos) break;
    text.remove_prefix(space + 1);
  }
  return words;
}

std::vector<word_analysis> analyse(std::span<const std::string_view> words) {
  std::vector<word_analysis> out;
  shipped().analyse(words, out);
  return out;
}

// Every head is -1 or a word of the sentence, exactly one word is the root, and every word
// reaches it.
void expect_tree(const std::vector<word_analysis>& a) {
  const auto n = static_cast<std::int32_t>(a.size());
  int roots = 0;
  for (std::int32_t i = 0; i < n; ++i) {
    ASSERT_TRUE(a[i].head == -1 || (a[i].head >= 0 && a[i].head < n && a[i].head != i)) << "word " << i;
    roots += a[i].head == -1;
    ASSERT_LT(a[i].rel, shipped().rel_count());
    ASSERT_LT(a[i].xpos, shipped().xpos_count());
    ASSERT_LT(static_cast<std::size_t>(a[i].tag), upos_count);
  }
  if (n > 0) {
    EXPECT_EQ(roots, 1);
  }
  for (std::int32_t i = 0; i < n; ++i) {
    std::int32_t at = i, steps = 0;
    while (a[at].head != -1 && steps <= n) at = a[at].head, ++steps;
    ASSERT_LE(steps, n) << "word " << i << " is on a cycle";
  }
}

// The relation of word `dependent` if its head is word `head` (-1: the root), else "".
std::string_view rel_if_head(const std::vector<word_analysis>& a, std::size_t dependent, std::int32_t head) {
  return a.at(dependent).head == head ? shipped().rel_name(a[dependent].rel) : std::string_view();
}

std::string load_error(const std::filesystem::path& file) {
  try {
    model::load(file);
  } catch (const model_error& e) {
    EXPECT_EQ(e.file(), file.string());
    return e.what();
  }
  return "no error";
}

std::filesystem::path scratch_file(const std::string& name, const std::string& bytes) {
  const auto path = std::filesystem::temp_directory_path() / ("newsgraph_parse_test_" + name);
  std::ofstream(path, std::ios::binary) << bytes;
  return path;
}

std::string shipped_bytes() {
  std::ifstream in(model_dir / "en_news.model", std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

TEST(ParseModel, MissingFileIsNamed) {
  const auto file = std::filesystem::path("/nonexistent/dir/en_news.model");
  const std::string message = load_error(file);
  EXPECT_NE(message.find("/nonexistent/dir/en_news.model"), std::string::npos) << message;
  EXPECT_NE(message.find("cannot open"), std::string::npos) << message;
  EXPECT_THROW(model::builtin("/nonexistent/dir"), model_error);
}

TEST(ParseModel, GarbageIsBadMagic) {
  const auto file = scratch_file("garbage.model", "this is not a model at all, just some text\n");
  const std::string message = load_error(file);
  EXPECT_NE(message.find(file.string()), std::string::npos) << message;
  EXPECT_NE(message.find("bad magic"), std::string::npos) << message;
  std::filesystem::remove(file);
}

TEST(ParseModel, EmptyAndTruncatedFilesAreTruncated) {
  const std::string bytes = shipped_bytes();
  ASSERT_GT(bytes.size(), 1000u);
  for (std::size_t keep : {std::size_t{0}, std::size_t{5}, std::size_t{12}, std::size_t{100}, bytes.size() / 2,
                           bytes.size() - 1}) {
    const auto file = scratch_file("truncated.model", bytes.substr(0, keep));
    const std::string message = load_error(file);
    EXPECT_NE(message.find(file.string()), std::string::npos) << message;
    EXPECT_NE(message.find("truncated"), std::string::npos) << "keeping " << keep << " bytes: " << message;
    std::filesystem::remove(file);
  }
}

TEST(ParseModel, OtherVersionIsRefused) {
  std::string bytes = shipped_bytes();
  ASSERT_GT(bytes.size(), 12u);
  bytes[8] = 99;
  const auto file = scratch_file("version.model", bytes);
  const std::string message = load_error(file);
  EXPECT_NE(message.find("unsupported version 99"), std::string::npos) << message;
  std::filesystem::remove(file);
}

TEST(ParseModel, CorruptWeightsAreRefusedNotTrusted) {
  std::string bytes = shipped_bytes();
  // The tail of the file is the parser's weights: make a row's count overrun the table.
  for (std::size_t i = bytes.size() - 64; i < bytes.size() - 8; ++i) bytes[i] = '\xff';
  const auto file = scratch_file("corrupt.model", bytes);
  const std::string message = load_error(file);
  EXPECT_NE(message.find(file.string()), std::string::npos) << message;
  EXPECT_NE(message, "no error");
  std::filesystem::remove(file);
}

TEST(ParseModel, Inventories) {
  const model& m = shipped();
  for (const char* rel : {"root", "nsubj", "nsubj:pass", "obj", "iobj", "obl:agent", "nmod:poss", "acl:relcl",
                          "aux:pass", "compound:prt", "flat", "punct"}) {
    const int id = m.rel_id(rel);
    ASSERT_GE(id, 0) << rel;
    EXPECT_EQ(m.rel_name(static_cast<std::uint8_t>(id)), rel);
  }
  EXPECT_EQ(m.rel_id("flat:name"), -1);  // subtypes outside the kept list become their base
  EXPECT_EQ(m.rel_id("obl:unmarked"), -1);
  EXPECT_EQ(m.rel_id("no such relation"), -1);
  EXPECT_EQ(m.rel_name(255), "");
  for (const char* tag : {"NN", "NNP", "VBD", "VBN", "IN", "DT", ",", "POS"}) {
    const int id = m.xpos_id(tag);
    ASSERT_GE(id, 0) << tag;
    EXPECT_EQ(m.xpos_name(static_cast<std::uint8_t>(id)), tag);
  }
  EXPECT_EQ(m.xpos_id("NOT-A-TAG"), -1);
  EXPECT_EQ(upos_name(upos::adj), "ADJ");
  EXPECT_EQ(upos_name(upos::propn), "PROPN");
  EXPECT_EQ(upos_name(upos::x), "X");
}

TEST(ParseAnalyse, EmptySentence) {
  std::vector<word_analysis> out(3);
  shipped().analyse({}, out);
  EXPECT_TRUE(out.empty());
}

TEST(ParseAnalyse, OneWord) {
  const std::vector<std::string_view> words = {"Hello"};
  const auto a = analyse(words);
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].head, -1);
  EXPECT_EQ(shipped().rel_name(a[0].rel), "root");
}

TEST(ParseAnalyse, VeryLongSentence) {
  const auto pattern = words_of("the minister , who met the envoys of 12 states in Geneva , said that talks had failed and");
  std::vector<std::string_view> words;
  while (words.size() < 5000) words.insert(words.end(), pattern.begin(), pattern.end());
  words.resize(5000);
  const auto a = analyse(words);
  ASSERT_EQ(a.size(), 5000u);
  expect_tree(a);
}

TEST(ParseAnalyse, OddBytes) {
  const std::string zero("a\0b", 3);
  const std::vector<std::string_view> words = {"", "\xff\xfe", zero, "\xc3\xa9t\xc3\xa9", "\x80", "::::", "\t", ""};
  const auto a = analyse(words);
  ASSERT_EQ(a.size(), words.size());
  expect_tree(a);
}

TEST(ParseAnalyse, EveryTreeIsATree) {
  for (const char* text : {
           "Biologist Nick Bos tells Wikinews about ants",
           "It was n't the U.S. that paid $ 2,000 for Al-Shabaab 's weapons .",
           "Yes .",
           ". . . , , ,",
           "He said : \" We will not go . \" Then he left , and they stayed .",
           "the the the the the the the the the the",
       }) {
    const auto a = analyse(words_of(text));
    expect_tree(a);
  }
}

TEST(ParseAnalyse, PassiveWithAgent) {
  // 0 The 1 bill 2 was 3 passed 4 by 5 the 6 Senate 7 .
  const auto a = analyse(words_of("The bill was passed by the Senate ."));
  EXPECT_EQ(rel_if_head(a, 3, -1), "root");
  EXPECT_EQ(rel_if_head(a, 1, 3), "nsubj:pass");
  EXPECT_EQ(rel_if_head(a, 2, 3), "aux:pass");
  EXPECT_EQ(rel_if_head(a, 6, 3), "obl:agent");
  EXPECT_EQ(a[3].tag, upos::verb);
  EXPECT_EQ(shipped().xpos_name(a[3].xpos), "VBN");
}

TEST(ParseAnalyse, SubjectObjectAndIndirectObject) {
  // 0 Russia 1 gave 2 Ukraine 3 an 4 ultimatum 5 .
  const auto a = analyse(words_of("Russia gave Ukraine an ultimatum ."));
  EXPECT_EQ(rel_if_head(a, 1, -1), "root");
  EXPECT_EQ(rel_if_head(a, 0, 1), "nsubj");
  EXPECT_EQ(rel_if_head(a, 2, 1), "iobj");
  EXPECT_EQ(rel_if_head(a, 4, 1), "obj");
  EXPECT_EQ(a[0].tag, upos::propn);
  EXPECT_EQ(a[5].tag, upos::punct);
}

TEST(ParseAnalyse, ClauseOfSaying) {
  // 0 The 1 foreign 2 ministry 3 said 4 China 5 had 6 criticised 7 Japan 8 's 9 decision 10 .
  const auto a = analyse(words_of("The foreign ministry said China had criticised Japan 's decision ."));
  EXPECT_EQ(rel_if_head(a, 3, -1), "root");
  EXPECT_EQ(rel_if_head(a, 2, 3), "nsubj");
  EXPECT_EQ(rel_if_head(a, 6, 3), "ccomp");
  EXPECT_EQ(rel_if_head(a, 4, 6), "nsubj");
  EXPECT_EQ(rel_if_head(a, 9, 6), "obj");
  EXPECT_EQ(rel_if_head(a, 7, 9), "nmod:poss");
  EXPECT_EQ(a[8].tag, upos::part);
}

TEST(ParseAnalyse, SameFromManyThreads) {
  const std::vector<std::string> texts = {
      "The bill was passed by the Senate .", "Russia gave Ukraine an ultimatum .",
      "The foreign ministry said China had criticised Japan 's decision .",
      "Talks between the two sides , which began in Doha last week , broke down on Sunday ."};
  std::vector<std::vector<word_analysis>> expected;
  for (const auto& t : texts) expected.push_back(analyse(words_of(t)));
  std::vector<std::thread> threads;
  std::vector<int> mismatches(4, 0);
  for (int k = 0; k < 4; ++k)
    threads.emplace_back([&, k] {
      std::vector<word_analysis> out;
      for (int round = 0; round < 200; ++round)
        for (std::size_t t = 0; t < texts.size(); ++t) {
          shipped().analyse(words_of(texts[t]), out);
          for (std::size_t i = 0; i < out.size(); ++i)
            mismatches[k] += out[i].head != expected[t][i].head || out[i].rel != expected[t][i].rel ||
                             out[i].tag != expected[t][i].tag;
        }
    });
  for (auto& t : threads) t.join();
  for (int k = 0; k < 4; ++k) EXPECT_EQ(mismatches[k], 0) << "thread " << k;
}

}  // namespace
}  // namespace newsgraph::parse
