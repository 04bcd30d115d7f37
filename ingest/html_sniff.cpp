#include "ingest/html_sniff.hpp"

#include <cstddef>

namespace newsgraph {
namespace {

// Whether `text` at `at` starts with lower-case ASCII `word`, in any case.
bool starts_with_folded(std::string_view text, std::size_t at, std::string_view word) {
  if (text.size() - at < word.size()) return false;
  for (std::size_t i = 0; i < word.size(); ++i) {
    char c = text[at + i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != word[i]) return false;
  }
  return true;
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

}  // namespace

bool looks_like_html(std::string_view text) noexcept {
  std::size_t at = text.starts_with("\xEF\xBB\xBF") ? 3 : 0;
  for (;;) {
    while (at < text.size() && is_space(text[at])) ++at;
    std::string_view skip_to;
    if (text.substr(at).starts_with("<?")) skip_to = "?>";
    else if (text.substr(at).starts_with("<!--")) skip_to = "-->";
    else break;
    const std::size_t end = text.find(skip_to, at);
    if (end == std::string_view::npos) return false;
    at = end + skip_to.size();
  }
  const bool doctype = starts_with_folded(text, at, "<!doctype") && at + 9 < text.size() && is_space(text[at + 9]);
  if (doctype) {
    at += 9;
    while (at < text.size() && is_space(text[at])) ++at;
    return starts_with_folded(text, at, "html");
  }
  return starts_with_folded(text, at, "<html") &&
         (at + 5 == text.size() || is_space(text[at + 5]) || text[at + 5] == '>');
}

}  // namespace newsgraph
