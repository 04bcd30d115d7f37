#include "extract/sentence_splitter.hpp"

#include <algorithm>
#include <array>

#include "extract/detail/text.hpp"

namespace newsgraph {
namespace {

// Abbreviations that a period follows without ending the sentence.
constexpr std::array<std::string_view, 40> abbreviations{
    "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Lt", "Col", "Capt", "Cmdr", "Sgt", "Maj", "Adm",
    "Sen", "Rep", "Gov", "Amb", "Rev", "St", "Jr", "Sr", "Jan", "Feb", "Aug", "Sep", "Sept",
    "Oct", "Nov", "Dec", "No", "Nos", "vs", "etc", "approx", "Corp", "Inc", "Ltd", "Co", "Mt", "Ft"};

// Words that, after a dotted acronym ("U.S."), show that a new sentence began.
constexpr std::array<std::string_view, 16> sentence_openers{
    "The", "It", "He", "She", "They", "We", "This", "That", "But", "In", "On", "A", "An", "Its", "His", "Her"};

bool contains(auto const& list, std::string_view w) { return std::find(list.begin(), list.end(), w) != list.end(); }

bool is_upper_start(std::string_view w) {
  if (w.empty()) return false;
  auto c = static_cast<unsigned char>(w[0]);
  return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

bool is_closing(std::string_view p) {
  return p == "\"" || p == "'" || p == ")" || p == "]" || p == "\u201D" || p == "\u2019";
}

bool is_opening(std::string_view p) { return p == "\"" || p == "\u201C" || p == "(" || p == "'" || p == "\u2018"; }

// Whether a line ending with token `t` reads as unfinished, so a line break after it is not
// a sentence boundary (hard-wrapped text).
bool ends_mid_phrase(std::string_view text, const token& t) {
  std::string_view w = t.in(text);
  if (t.kind == token_kind::punct) return w == "," || w == "-" || w == "(";
  if (t.kind == token_kind::number) return false;
  auto c = static_cast<unsigned char>(w[0]);
  return c >= 'a' && c <= 'z';
}

// The end of a dateline that opens a paragraph at token `first` ("PLACE, DATE (AGENCY) --",
// "PLACE (AGENCY) -", "PLACE, REGION -"): the token after its dashes, or 0 if none opens it.
// A dateline is capitalised words, numbers and , . ( ) / before a dash, with a comma, a
// number, a bracket or an all-capital word among them, so "Russia - Ukraine talks" is none.
std::size_t dateline_end(std::string_view text, const std::vector<token>& tokens, std::size_t first) {
  constexpr std::size_t max_tokens = 16;
  bool marked = false;
  std::size_t words = 0;
  for (std::size_t i = first; i < tokens.size() && i < first + max_tokens; ++i) {
    const token& t = tokens[i];
    std::string_view w = t.in(text);
    if (i > first && t.line_start) return 0;
    if (t.kind == token_kind::punct && detail::is_dash(w)) {
      std::size_t j = i + 1;
      while (j < tokens.size() && tokens[j].kind == token_kind::punct && detail::is_dash(tokens[j].in(text))) ++j;
      if (words == 0 || !marked || j >= tokens.size() || tokens[j].line_start) return 0;
      return is_upper_start(tokens[j].in(text)) || is_opening(tokens[j].in(text)) ? j : 0;
    }
    if (t.kind == token_kind::number) {
      marked = true;
    } else if (t.kind == token_kind::punct) {
      if (w != "," && w != "." && w != "(" && w != ")" && w != "/") return 0;
      marked = marked || w != ".";
    } else {
      if (!is_upper_start(w)) return 0;
      ++words;
      marked = marked || (w.size() > 1 && std::none_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; }));
    }
  }
  return 0;
}

}  // namespace

std::vector<sentence> split_sentences(std::string_view text, const std::vector<token>& tokens) {
  std::vector<sentence> out;
  std::size_t first = 0;
  auto close = [&](std::size_t last) {
    if (last > first) out.push_back({first, last, tokens[first].begin, tokens[last - 1].end});
    first = last;
  };
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const token& t = tokens[i];
    if (i > first && (t.paragraph_start || (t.line_start && !ends_mid_phrase(text, tokens[i - 1])))) {
      close(i);
    }
    if (i == first && (i == 0 || t.line_start)) {
      if (std::size_t end = dateline_end(text, tokens, i); end > 0) {
        close(end);
        i = end - 1;
        continue;
      }
    }
    std::string_view w = t.in(text);
    bool dotted_acronym = t.kind == token_kind::word && w.size() > 2 && w.back() == '.';
    bool terminal = t.kind == token_kind::punct && (w == "." || w == "!" || w == "?" || w == "\u2026");
    if (!terminal && !dotted_acronym) continue;
    if (terminal && w == "." && i > 0 && tokens[i - 1].end == t.begin) {
      std::string_view prev = tokens[i - 1].in(text);
      if (contains(abbreviations, prev)) continue;
    }
    std::size_t j = i + 1;
    // Closing quotes and brackets stay with the sentence; a straight quote only when it touches
    // what it closes (a spaced one opens the next sentence).
    while (j < tokens.size() && tokens[j].kind == token_kind::punct && is_closing(tokens[j].in(text)) &&
           !tokens[j].line_start && (tokens[j].begin == tokens[j - 1].end || !is_opening(tokens[j].in(text))))
      ++j;
    if (j >= tokens.size()) continue;
    if (tokens[j].line_start) continue;  // the line break closes it
    std::string_view next = tokens[j].in(text);
    if (dotted_acronym) {
      if (contains(sentence_openers, next)) close(j);
      continue;
    }
    if (is_upper_start(next) || is_opening(next)) close(j);
  }
  close(tokens.size());
  return out;
}

}  // namespace newsgraph
