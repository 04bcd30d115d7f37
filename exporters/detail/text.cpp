#include "exporters/detail/text.hpp"

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <cstdint>

namespace newsgraph::detail {
namespace {

// The length of the well-formed UTF-8 sequence at s[i] (RFC 3629: no overlong forms, no
// surrogates, nothing above U+10FFFF) and its code point; 0 when there is none.
std::size_t decode(std::string_view s, std::size_t i, std::uint32_t& cp) {
  auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char b = byte(i);
  std::size_t len;
  std::uint32_t min;
  if (b < 0x80) {
    cp = b;
    return 1;
  } else if (b >= 0xC2 && b <= 0xDF) {
    len = 2, min = 0x80, cp = b & 0x1F;
  } else if (b >= 0xE0 && b <= 0xEF) {
    len = 3, min = 0x800, cp = b & 0x0F;
  } else if (b >= 0xF0 && b <= 0xF4) {
    len = 4, min = 0x10000, cp = b & 0x07;
  } else {
    return 0;
  }
  if (i + len > s.size()) return 0;
  for (std::size_t k = 1; k < len; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (byte(i + k) & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return len;
}

}  // namespace

std::string clean_text(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    std::size_t plain = i;  // a run of printable ASCII, tab and newline goes as it is
    while (plain < s.size() && (static_cast<unsigned char>(s[plain]) - 0x20u < 0x60u || s[plain] == '\t' || s[plain] == '\n')) ++plain;
    out.append(s.substr(i, plain - i));
    if ((i = plain) == s.size()) break;
    std::uint32_t cp = 0;
    std::size_t len = decode(s, i, cp);
    if (len == 0) {
      out += "\xEF\xBF\xBD";
      ++i;
      continue;
    }
    if (cp == '\r') {
      out += '\n';
      i += (i + 1 < s.size() && s[i + 1] == '\n') ? 2 : 1;
      continue;
    }
    bool forbidden = (cp < 0x20 && cp != '\t' && cp != '\n') || cp == 0xFFFE || cp == 0xFFFF;
    if (!forbidden) out.append(s.substr(i, len));
    i += len;
  }
  return out;
}

std::string format_number(double x) {
  char buf[32];
  // A whole number below 10^15 (a weight, a count) is what %.15g writes of it: its digits.
  if (x > 0 && x < 1e15 && x == static_cast<double>(static_cast<std::int64_t>(x))) {
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf, static_cast<std::int64_t>(x));
    return std::string(buf, end);
  }
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, x, std::chars_format::general, 15);  // printf's %.15g
  return ec == std::errc{} ? std::string(buf, end) : std::string("0");
}

bool is_integer(std::string_view s) {
  std::string_view digits = s.substr(!s.empty() && s[0] == '-' ? 1 : 0);
  if (digits.empty() || (digits[0] == '0' && (digits.size() > 1 || s[0] == '-'))) return false;
  std::int64_t v = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  return ec == std::errc{} && end == s.data() + s.size();
}

std::string join(const std::vector<std::string>& items, std::string_view separator) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i) out += separator;
    out += items[i];
  }
  return out;
}

std::vector<std::string> split(std::string_view s, char separator) {
  std::vector<std::string> out;
  while (!s.empty()) {
    auto at = s.find(separator);
    auto piece = s.substr(0, at);
    if (!piece.empty()) out.emplace_back(piece);
    if (at == std::string_view::npos) break;
    s.remove_prefix(at + 1);
  }
  return out;
}

std::string join_list(const std::vector<std::string>& items, char separator) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i) out += separator;
    for (char c : items[i]) {
      if (c == '\\' || c == separator) out += '\\';
      out += c;
    }
  }
  return out;
}

std::vector<std::string> split_list(std::string_view s, char separator) {
  std::vector<std::string> out;
  std::string item;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\\' && i + 1 < s.size()) {
      item += s[++i];
    } else if (s[i] == separator) {
      if (!item.empty()) out.push_back(std::move(item));
      item.clear();
    } else {
      item += s[i];
    }
  }
  if (!item.empty()) out.push_back(std::move(item));
  return out;
}

bool is_valid_key(std::string_view key) {
  if (key.empty()) return false;
  for (char c : key) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
              c == '.' || c == '_' || c == ':' || c == '-';
    if (!ok) return false;
  }
  return true;
}

std::string line_column(std::string_view text, std::size_t offset) {
  offset = std::min(offset, text.size());
  std::size_t line = 1, line_start = 0;
  for (std::size_t i = 0; i < offset; ++i)
    if (text[i] == '\n') ++line, line_start = i + 1;
  return std::to_string(line) + ":" + std::to_string(offset - line_start + 1);
}

}  // namespace newsgraph::detail
