#include "ingest/detail/html_charset.hpp"

#include <array>

#include "ingest/detail/utf8.hpp"

namespace newsgraph::detail {
namespace {

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// The value after "charset" at `at` (past '=', spaces and an opening quote), lower-cased.
std::string charset_value(std::string_view s, std::size_t at) {
  while (at < s.size() && is_space(s[at])) ++at;
  if (at >= s.size() || s[at] != '=') return {};
  ++at;
  while (at < s.size() && (is_space(s[at]) || s[at] == '"' || s[at] == '\'')) ++at;
  std::string out;
  while (at < s.size() && !is_space(s[at]) && s[at] != '"' && s[at] != '\'' && s[at] != ';' && s[at] != '>' &&
         s[at] != '/')
    out += lower(s[at++]);
  return out;
}

}  // namespace

std::string declared_charset(std::string_view html) {
  std::string head(html.substr(0, 1024));
  for (char& c : head) c = lower(c);
  for (std::size_t meta = head.find("<meta"); meta != std::string::npos; meta = head.find("<meta", meta + 5)) {
    const std::size_t end = head.find('>', meta);
    const std::string_view tag = std::string_view(head).substr(meta, end == std::string::npos ? std::string::npos : end - meta);
    if (const std::size_t at = tag.find("charset"); at != std::string_view::npos)
      if (std::string value = charset_value(tag, at + 7); !value.empty()) return value;
  }
  return {};
}

bool is_windows_1252(std::string_view charset) noexcept {
  static constexpr std::array<std::string_view, 12> labels{
      "windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1",
      "l1",           "ascii",  "us-ascii", "iso-ir-100", "cp819"};
  for (std::string_view l : labels)
    if (charset == l) return true;
  return false;
}

std::string windows_1252_to_utf8(std::string_view bytes) {
  // 0x80-0x9F, where windows-1252 differs from ISO 8859-1; 0 where it leaves a byte undefined.
  static constexpr std::array<char32_t, 32> c1{
      0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
      0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
      0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 8);
  for (char ch : bytes) {
    const auto b = static_cast<unsigned char>(ch);
    if (b < 0x80) {
      out += ch;
    } else {
      const char32_t cp = b < 0xA0 ? c1[b - 0x80] : b;
      append_utf8(out, cp ? cp : U'\uFFFD');
    }
  }
  return out;
}

}  // namespace newsgraph::detail
