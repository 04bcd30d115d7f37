#include "extract/detail/text.hpp"

namespace newsgraph::detail {

void fold_into(std::string_view s, std::string& out) {
  const std::size_t at = out.size();
  out.resize(at + s.size());
  out.resize(static_cast<std::size_t>(fold_to(s, out.data() + at) - out.data()));
}

std::string fold(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  fold_into(s, out);
  return out;
}

std::string canonical_quotes(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\xE2' && i + 2 < s.size() && s[i + 1] == '\x80') {
      char c = s[i + 2];
      if (c == '\x98' || c == '\x99') {
        out += '\'';
        i += 2;
        continue;
      }
      if (c == '\x9C' || c == '\x9D') {
        out += '"';
        i += 2;
        continue;
      }
    }
    out += s[i];
  }
  return out;
}

bool is_all_caps(std::string_view s) {
  int letters = 0;
  for (char c : s) {
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 'A' && c <= 'Z') ++letters;
  }
  return letters >= 2;
}

bool is_acronym(std::string_view s) {
  if (s.size() < 2 || s.size() > 10) return false;
  int upper = 0, lower = 0;
  for (char c : s) {
    if (c >= 'A' && c <= 'Z') ++upper;
    else if (c >= 'a' && c <= 'z') ++lower;
    else if (c != '.' && c != '&' && c != '-' && !(c >= '0' && c <= '9')) return false;
  }
  return upper >= 2 && upper > lower && s[0] >= 'A' && s[0] <= 'Z';
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\n' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\n' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

}  // namespace newsgraph::detail
