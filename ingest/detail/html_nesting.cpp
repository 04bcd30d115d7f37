#include "ingest/detail/html_nesting.hpp"

#include <algorithm>
#include <array>
#include <unordered_map>

namespace newsgraph::detail {
namespace {

bool is_alpha(char c) noexcept { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
char lower(char c) noexcept { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }
bool is_space(char c) noexcept { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

template <std::size_t N>
bool one_of(std::string_view name, const std::array<std::string_view, N>& names) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

// Elements that never have content.
constexpr std::array<std::string_view, 16> void_elements{
    "area", "base", "br", "col", "embed", "hr", "img", "input",
    "link", "meta", "param", "source", "track", "wbr", "keygen", "frame"};
// Elements whose end tag may be omitted: the parser closes them itself, so they do not nest.
constexpr std::array<std::string_view, 19> implied_end{
    "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "rb", "rt", "rtc", "rp",
    "thead", "tbody", "tfoot", "colgroup", "caption", "html"};
// Elements whose content is raw text up to their end tag.
constexpr std::array<std::string_view, 9> raw_text{
    "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext"};

// Case-insensitive search for `needle` (lower case) in `s` from `from`.
std::size_t find_lower(std::string_view s, std::string_view needle, std::size_t from) {
  auto it = std::search(s.begin() + static_cast<std::ptrdiff_t>(std::min(from, s.size())), s.end(),
                        needle.begin(), needle.end(), [](char a, char b) { return lower(a) == b; });
  return it == s.end() ? std::string_view::npos : static_cast<std::size_t>(it - s.begin());
}

}  // namespace

std::optional<std::string> limit_html_nesting(std::string_view html, std::size_t max_depth) {
  std::string out;
  bool flattened = false;
  std::size_t copied = 0;  // html[0, copied) has been appended to out
  auto drop = [&](std::size_t begin, std::size_t end) {
    if (!flattened) {
      out.reserve(html.size());
      flattened = true;
    }
    out.append(html.data() + copied, begin - copied);
    copied = end;
  };

  std::unordered_map<std::string, std::size_t> dropped;  // start tags removed, by name, not yet closed
  std::size_t depth = 0, foreign = 0;
  std::size_t i = 0;
  std::string name;
  while ((i = html.find('<', i)) != std::string_view::npos) {
    const std::size_t tag = i;
    if (html.substr(i, 4) == "<!--") {
      const std::size_t end = html.find("-->", i + 4);
      i = end == std::string_view::npos ? html.size() : end + 3;
      continue;
    }
    const bool closing = i + 1 < html.size() && html[i + 1] == '/';
    std::size_t p = i + (closing ? 2 : 1);
    if (p >= html.size() || !is_alpha(html[p])) {
      if (p < html.size() && (html[p] == '!' || html[p] == '?')) {
        const std::size_t end = html.find('>', p);
        i = end == std::string_view::npos ? html.size() : end + 1;
      } else {
        i = p;
      }
      continue;
    }
    name.clear();
    while (p < html.size() && !is_space(html[p]) && html[p] != '/' && html[p] != '>') name += lower(html[p++]);
    // The end of the tag, skipping quoted attribute values.
    char quote = 0;
    while (p < html.size() && (quote || html[p] != '>')) {
      if (quote) {
        if (html[p] == quote) quote = 0;
      } else if ((html[p] == '"' || html[p] == '\'') && p > 0 && (html[p - 1] == '=' || is_space(html[p - 1]))) {
        quote = html[p];
      }
      ++p;
    }
    const std::size_t end = p < html.size() ? p + 1 : html.size();
    const bool self_closing = !closing && p > tag && html[p - 1] == '/';
    i = end;

    if (closing) {
      if (auto it = dropped.find(name); it != dropped.end() && it->second > 0) {
        --it->second;
        drop(tag, end);
      } else if (!one_of(name, void_elements) && !one_of(name, implied_end) && !one_of(name, raw_text)) {
        if (depth > 0) --depth;
        if ((name == "svg" || name == "math") && foreign > 0) --foreign;
      }
      continue;
    }
    if (one_of(name, raw_text)) {
      const std::size_t close = find_lower(html, "</" + name, end);
      i = close == std::string_view::npos ? html.size() : close;
      continue;  // raw text cannot nest: never counted, never dropped
    }
    if (one_of(name, void_elements) || one_of(name, implied_end) || (self_closing && foreign > 0)) continue;
    if (depth >= max_depth) {
      ++dropped[name];
      drop(tag, end);
      continue;
    }
    ++depth;
    if (name == "svg" || name == "math") ++foreign;
  }
  if (!flattened) return std::nullopt;
  out.append(html.data() + copied, html.size() - copied);
  return out;
}

}  // namespace newsgraph::detail
