#include <gtest/gtest.h>

#include <chrono>
#include <cstdint>
#include <string>

#include "ingest/detail/utf8.hpp"
#include "ingest/normalize.hpp"

namespace newsgraph {
namespace {

const std::string fffd = "\xEF\xBF\xBD";

TEST(NormalizeText, ReplacesEachMaximalSubpartOfInvalidUtf8) {
  EXPECT_EQ(normalize_text("a\xFF" "b"), "a" + fffd + "b");
  EXPECT_EQ(normalize_text("caf\xE9 noir"), "caf" + fffd + " noir");  // Latin-1
  EXPECT_EQ(normalize_text("\xE2\x82"), fffd);                         // truncated euro sign
  EXPECT_EQ(normalize_text("\xE2\x82X"), fffd + "X");
  EXPECT_EQ(normalize_text("\xC0\xAF"), fffd + fffd);                   // overlong '/'
  EXPECT_EQ(normalize_text("\xED\xA0\x80"), fffd + fffd + fffd);        // encoded surrogate
  EXPECT_EQ(normalize_text("\xF4\x90\x80\x80"), fffd + fffd + fffd + fffd);  // above U+10FFFF
  EXPECT_EQ(normalize_text("\xEF\xBF\xBE"), fffd);                      // noncharacter U+FFFE
}

TEST(NormalizeText, KeepsWellFormedText) {
  const std::string text = "Côte d’Ivoire, 習近平 and Зеленский 😀\tsaid:\n\"no\" & <yes>\\";
  EXPECT_EQ(normalize_text(text), text);
}

TEST(NormalizeText, MakesEveryLineEndingLf) {
  EXPECT_EQ(normalize_text("a\r\nb\rc\nd"), "a\nb\nc\nd");
  EXPECT_EQ(normalize_text("\r\r\n"), "\n\n");
  EXPECT_EQ(normalize_text("a\fb\vc"), "a\nb\nc");
  EXPECT_EQ(normalize_text("a\xC2\x85" "b\xE2\x80\xA8" "c\xE2\x80\xA9" "d"), "a\nb\nc\nd");
}

TEST(NormalizeText, DropsByteOrderMarksAndControls) {
  EXPECT_EQ(normalize_text("\xEF\xBB\xBFHello"), "Hello");
  EXPECT_EQ(normalize_text(std::string("a\0b\x01" "c\td\x7F" "e\x1B", 10)), "abc\tde");
  EXPECT_EQ(normalize_text("a\xC2\x80" "b\xC2\x9F" "c"), "abc");  // C1 controls
  EXPECT_EQ(normalize_text(""), "");
}

// A deterministic stream of awkward bytes: ASCII, controls, CR, stray UTF-8 pieces.
std::string awkward_bytes(std::uint32_t seed, std::size_t n) {
  static const unsigned char pieces[] = {'a', ' ', '\r', '\n', 0, 0x01, 0x7F, 0x80, 0xBF, 0xC2,
                                         0xC3, 0xA9, 0xE2, 0x82, 0xAC, 0xED, 0xF0, 0x9F, 0x98, 0xFF};
  std::string s;
  for (std::size_t i = 0; i < n; ++i) {
    seed = seed * 1664525u + 1013904223u;
    s += static_cast<char>(pieces[(seed >> 16) % sizeof pieces]);
  }
  return s;
}

TEST(NormalizeText, OutputIsCleanUtf8AndNormalisingAgainChangesNothing) {
  // Offsets into the normalised text stay valid for anyone who normalises it again.
  for (std::uint32_t seed = 1; seed <= 500; ++seed) {
    const std::string once = normalize_text(awkward_bytes(seed, 64));
    EXPECT_TRUE(detail::is_valid_utf8(once)) << seed;
    EXPECT_EQ(normalize_text(once), once) << seed;
    for (char c : once) {
      const auto u = static_cast<unsigned char>(c);
      EXPECT_TRUE(u >= 0x20 || c == '\n' || c == '\t') << "seed " << seed << " control " << int(u);
    }
  }
}

TEST(NormalizeText, OffsetsOfTheNormalisedTextPointAtTheSameWords) {
  const std::string raw = "Caf\xE9\r\nChina \x01" "condemned\xFF the vote.";
  const std::string text = normalize_text(raw);
  EXPECT_EQ(text, "Caf" + fffd + "\nChina condemned" + fffd + " the vote.");
  const std::size_t china = text.find("China");
  ASSERT_NE(china, std::string::npos);
  EXPECT_EQ(china, 3 + fffd.size() + 1);
  EXPECT_EQ(text.substr(china, 15), "China condemned");
}

TEST(NormalizeText, IsLinearOnATwentyMegabyteLine) {
  std::string line;
  while (line.size() < 20u * 1024 * 1024) line += "word Wörter and more words without punctuation ";
  const auto start = std::chrono::steady_clock::now();
  const std::string text = normalize_text(line);
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_EQ(text, line);
  EXPECT_LT(seconds, 3.0);  // about 0.05 s in a release build; a quadratic pass would take hours
}

TEST(LooksBinary, TellsBinaryFromText) {
  EXPECT_FALSE(looks_binary("China condemned the vote.\n"));
  EXPECT_FALSE(looks_binary(""));
  EXPECT_FALSE(looks_binary("caf\xE9 cr\xE8me, Latin-1 is text\r\n"));
  EXPECT_FALSE(looks_binary(std::string_view("\xFF\xFEH\0i\0", 6)));  // UTF-16LE with its byte order mark
  EXPECT_TRUE(looks_binary(std::string("text with one NUL\0 byte", 23)));
  EXPECT_TRUE(looks_binary(std::string("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16)));
  EXPECT_TRUE(looks_binary("\x01\x02\x03\x04 abc \x05\x06\x07\x08 def \x0E\x0F"));  // controls, no NUL
  std::string late_nul(binary_sniff_bytes, 'a');
  late_nul += '\0';  // past the bytes sniffed
  EXPECT_FALSE(looks_binary(late_nul));
}

TEST(DecodeInput, ConvertsUtf16WithByteOrderMark) {
  EXPECT_EQ(decode_input(std::string("\xFF\xFEH\0i\0 \0\xAC\x20", 10)), "Hi €");
  EXPECT_EQ(decode_input(std::string("\xFE\xFF\0H\0i\xD8\x3D\xDE\x00", 10)), "Hi😀");
  EXPECT_EQ(decode_input(std::string("\xFF\xFE\x00\xD8x", 5)), fffd + fffd);  // lone surrogate, odd byte
  EXPECT_EQ(decode_input("plain"), "plain");
}

TEST(Utf8, PrefixNeverSplitsACharacter) {
  EXPECT_EQ(detail::utf8_prefix("ab€cd", 3), "ab");
  EXPECT_EQ(detail::utf8_prefix("ab€cd", 5), "ab€");
  EXPECT_EQ(detail::utf8_prefix("ab", 5), "ab");
}

}  // namespace
}  // namespace newsgraph
