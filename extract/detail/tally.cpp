#include "extract/detail/tally.hpp"

#include <algorithm>
#include <array>
#include <vector>

#include "extract/detail/grammar.hpp"

namespace newsgraph::detail {
namespace {

// The number words a tally is written with.
constexpr std::array<std::string_view, 16> count_words{
    "none", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen"};

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_word_char(char c) { return is_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// A small backtracking matcher over the text: each step lists where it may end, preferred first,
// as a regular expression's greedy and optional parts would.
class matcher {
 public:
  explicit matcher(std::string_view t) : t_(t) {}

  // Ends of a count at p: a numeral ("116", "1,200"; greedy, then shorter) or a count word;
  // with `no_counts`, also "no" ("no abstentions").
  std::vector<std::size_t> count(std::size_t p, bool no_counts) const {
    std::vector<std::size_t> ends;
    if (p > 0 && is_word_char(t_[p - 1])) return ends;  // a count starts a word
    if (p < t_.size() && is_digit(t_[p])) {
      std::size_t e = p + 1;
      while (e < t_.size() && (is_digit(t_[e]) || t_[e] == ',')) ++e;
      for (; e > p; --e) ends.push_back(e);
      return ends;
    }
    for (auto w : count_words)
      if (t_.substr(p).starts_with(w)) return {p + w.size()};
    if (no_counts && t_.substr(p).starts_with("no")) return {p + 2};
    return ends;
  }
  // Ends of a run of white space at p, at least `min` long, longest first.
  std::vector<std::size_t> spaces(std::size_t p, std::size_t min) const {
    std::size_t e = p;
    while (e < t_.size() && is_space(t_[e])) ++e;
    std::vector<std::size_t> ends;
    for (std::size_t x = e; x >= p + min; --x) {
      ends.push_back(x);
      if (x == p) break;
    }
    return ends;
  }
  bool word_at(std::size_t p, std::string_view w) const { return t_.substr(p).starts_with(w); }
  bool boundary(std::size_t p) const {
    bool before = p > 0 && is_word_char(t_[p - 1]);
    bool after = p < t_.size() && is_word_char(t_[p]);
    return before != after;
  }
  std::string_view text() const { return t_; }

 private:
  std::string_view t_;
};

// "N (votes) (in favour|for|yes) (,) to|-|–|against M": on success, the two counts' spans.
bool for_against_at(const matcher& m, std::size_t p, std::string_view& yes, std::string_view& no) {
  for (std::size_t a : m.count(p, false)) {
    for (std::size_t b : m.spaces(a, 0)) {
      std::vector<std::size_t> after_votes;
      if (m.word_at(b, "votes"))
        for (std::size_t c : m.spaces(b + 5, 0)) after_votes.push_back(c);
      after_votes.push_back(b);
      for (std::size_t c : after_votes) {
        std::vector<std::size_t> after_side;
        if (m.word_at(c, "in"))
          for (std::size_t d : m.spaces(c + 2, 1)) {
            if (m.word_at(d, "favour")) after_side.push_back(d + 6);
            else if (m.word_at(d, "favor")) after_side.push_back(d + 5);
          }
        if (m.word_at(c, "for")) after_side.push_back(c + 3);
        if (m.word_at(c, "yes")) after_side.push_back(c + 3);
        after_side.push_back(c);
        for (std::size_t d : after_side) {
          for (std::size_t e : m.spaces(d, 0)) {
            std::vector<std::size_t> before_sep;
            if (e < m.text().size() && m.text()[e] == ',')
              for (std::size_t f : m.spaces(e + 1, 0)) before_sep.push_back(f);
            for (std::size_t f : m.spaces(e, 1)) before_sep.push_back(f);
            before_sep.push_back(e);
            for (std::size_t f : before_sep) {
              std::size_t g = 0;
              if (m.word_at(f, "to")) g = f + 2;
              else if (m.word_at(f, "-")) g = f + 1;
              else if (m.word_at(f, "\u2013")) g = f + 3;
              else if (m.word_at(f, "against")) g = f + 7;
              else continue;
              for (std::size_t h : m.spaces(g, 1))
                for (std::size_t k : m.count(h, false))
                  if (m.boundary(k)) {
                    yes = m.text().substr(p, a - p);
                    no = m.text().substr(h, k - h);
                    return true;
                  }
            }
          }
        }
      }
    }
  }
  return false;
}

// "N abstentions", "N abstaining", "N countries abstaining": on success, the count's span.
bool abstentions_at(const matcher& m, std::size_t p, std::string_view& n) {
  for (std::size_t a : m.count(p, true))
    for (std::size_t b : m.spaces(a, 1)) {
      bool ok = m.word_at(b, "abstention") || m.word_at(b, "abstaining");
      for (std::string_view who : {"countries", "members"})
        if (!ok && m.word_at(b, who))
          for (std::size_t c : m.spaces(b + who.size(), 1)) ok = ok || m.word_at(c, "abstaining");
      if (ok) {
        n = m.text().substr(p, a - p);
        return true;
      }
    }
  return false;
}

}  // namespace

tally find_tally(std::string_view folded) {
  tally t;
  matcher m(folded);
  bool votes_read = false, abstentions_read = false;  // the first of each counts, valid or not
  for (std::size_t p = 0; p < folded.size() && !(votes_read && abstentions_read); ++p) {
    std::string_view yes, no, abstaining;
    if (!votes_read && for_against_at(m, p, yes, no)) {
      votes_read = true;
      long y = number_value(yes), n = number_value(no);
      if (y >= 0 && n >= 0) t.in_favour = y, t.against = n;
    }
    if (!abstentions_read && abstentions_at(m, p, abstaining)) {
      abstentions_read = true;
      t.abstentions = number_value(abstaining);
    }
  }
  return t;
}

}  // namespace newsgraph::detail
