#include "extract/tokenizer.hpp"

#include <cstdint>

namespace newsgraph {
namespace {

// Decodes the code point at text[i] (invalid bytes count as U+FFFD of length 1).
std::uint32_t code_point(std::string_view s, std::size_t i, std::size_t& len) {
  auto b = static_cast<unsigned char>(s[i]);
  len = b < 0x80 ? 1 : (b >> 5) == 6 ? 2 : (b >> 4) == 14 ? 3 : (b >> 3) == 30 ? 4 : 0;
  if (len == 0 || i + len > s.size()) {
    len = 1;
    return 0xFFFD;
  }
  std::uint32_t cp = len == 1 ? b : len == 2 ? (b & 0x1F) : len == 3 ? (b & 0x0F) : (b & 0x07);
  for (std::size_t k = 1; k < len; ++k) {
    auto c = static_cast<unsigned char>(s[i + k]);
    if ((c >> 6) != 2) {
      len = 1;
      return 0xFFFD;
    }
    cp = (cp << 6) | (c & 0x3F);
  }
  return cp;
}

bool is_space(std::uint32_t cp) {
  return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v' ||
         cp == 0xA0 || cp == 0x2009 || cp == 0x200A || cp == 0x202F || cp == 0x3000 ||
         (cp >= 0x2000 && cp <= 0x2008);
}

bool is_apostrophe(std::uint32_t cp) { return cp == '\'' || cp == 0x2019; }

// Letters: ASCII letters and every non-ASCII code point that is not space or punctuation.
bool is_letter(std::uint32_t cp) {
  if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
  if (is_space(cp)) return false;
  if (cp >= 0x2010 && cp <= 0x205E) return false;  // general punctuation: dashes, quotes, ...
  if (cp == 0xAB || cp == 0xBB || cp == 0xB7 || cp == 0xA9 || cp == 0xAE || cp == 0xB0) return false;
  if (cp >= 0x3000 && cp <= 0x303F) return false;  // CJK punctuation
  if (cp == 0xFFFD) return false;
  return true;
}

bool is_digit(std::uint32_t cp) { return cp >= '0' && cp <= '9'; }

}  // namespace

std::vector<token> tokenize(std::string_view text) {
  std::vector<token> out;
  out.reserve(text.size() / 5);  // news English runs about six bytes a token
  bool line_start = true, paragraph_start = true;
  std::size_t newlines = 2;
  std::size_t i = 0;
  auto peek = [&](std::size_t at, std::size_t& len) -> std::uint32_t {
    if (at >= text.size()) {
      len = 0;
      return 0;
    }
    return code_point(text, at, len);
  };
  auto push = [&](std::size_t b, std::size_t e, token_kind k) {
    out.push_back({b, e, k, line_start, paragraph_start});
    line_start = paragraph_start = false;
    newlines = 0;
  };
  while (i < text.size()) {
    if (text[i] == ' ') {  // the common case, without decoding
      ++i;
      continue;
    }
    if (const auto b = static_cast<unsigned char>(text[i]);
        b > ' ' && b < 0x7F && b != '\'' && !((b | 0x20) >= 'a' && (b | 0x20) <= 'z') && !(b >= '0' && b <= '9')) {
      push(i, i + 1, token_kind::punct);  // ASCII punctuation, without decoding
      ++i;
      continue;
    }
    std::size_t len = 1;
    std::uint32_t cp = static_cast<unsigned char>(text[i]);
    // An ASCII letter or digit starts a word without decoding; the rest is decoded.
    const bool ascii_alnum = ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z') || (cp >= '0' && cp <= '9');
    if (!ascii_alnum) {
      cp = peek(i, len);
      if (is_space(cp)) {
        if (cp == '\n') {
          ++newlines;
          line_start = true;
          if (newlines >= 2) paragraph_start = true;
        }
        i += len;
        continue;
      }
    }
    std::size_t start = i;
    if (ascii_alnum || is_letter(cp) || is_digit(cp)) {
      bool digits_only = true;
      std::size_t j = i;
      // A word: letters and digits, joined by single inner hyphens, apostrophes (not a
      // possessive 's), periods between digits, and dotted abbreviations (U.N., N.).
      while (j < text.size()) {
        const char b = text[j];
        if ((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z')) {  // the common case, without decoding
          digits_only = false;
          ++j;
          continue;
        }
        if (b >= '0' && b <= '9') {
          ++j;
          continue;
        }
        if (b == ' ' || b == '\n') break;  // white space joins nothing
        std::size_t l = 0;
        std::uint32_t c = peek(j, l);
        if (is_letter(c) || is_digit(c)) {
          if (!is_digit(c)) digits_only = false;
          j += l;
          continue;
        }
        std::size_t l2 = 0;
        std::uint32_t next = peek(j + l, l2);
        bool next_alnum = l2 && (is_letter(next) || is_digit(next));
        if ((c == '-' || c == 0x2011) && next_alnum) {
          j += l;
          continue;
        }
        if ((c == ',' || c == '.') && digits_only && j > i && l2 && is_digit(next)) {
          j += l;  // 120,000 and 3.5
          continue;
        }
        if (is_apostrophe(c) && next_alnum) {
          // "China's" -> "China" "'s"; "don't" stays whole; "N'Djamena" stays whole.
          std::size_t l3 = 0;
          std::uint32_t after = peek(j + l + l2, l3);
          bool possessive = (next == 's' || next == 'S') && !(l3 && (is_letter(after) || is_digit(after)));
          if (possessive) break;
          j += l;
          continue;
        }
        if (c == '.' && !digits_only) {
          // A dotted abbreviation: single letters each followed by a period ("U.S.", "N.").
          std::string_view w = text.substr(i, j - i);
          bool single_letters = true;
          for (std::size_t k = 0; k < w.size(); ++k) {
            bool letter_pos = (k % 2 == 0);
            char ch = w[k];
            if (letter_pos ? !((ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z')) : ch != '.') {
              single_letters = false;
              break;
            }
          }
          if (single_letters && w.size() % 2 == 1 && w[0] >= 'A' && w[0] <= 'Z') {
            j += l;  // take the period
            std::size_t l4 = 0;
            std::uint32_t after = peek(j, l4);
            if (l4 && is_letter(after) && after < 0x80) {
              std::size_t l5 = 0;
              std::uint32_t after2 = peek(j + l4, l5);
              if (after2 == '.') continue;  // U.N.
            }
            break;
          }
        }
        break;
      }
      push(start, j, digits_only ? token_kind::number : token_kind::word);
      i = j;
      continue;
    }
    if (is_apostrophe(cp)) {
      std::size_t l2 = 0;
      std::uint32_t next = peek(i + len, l2);
      std::size_t l3 = 0;
      std::uint32_t after = peek(i + len + l2, l3);
      if ((next == 's' || next == 'S') && !(l3 && (is_letter(after) || is_digit(after))) && !out.empty() &&
          out.back().end == i) {
        push(i, i + len + l2, token_kind::word);  // possessive 's
        i += len + l2;
        continue;
      }
    }
    push(i, i + len, token_kind::punct);
    i += len;
  }
  return out;
}

}  // namespace newsgraph
