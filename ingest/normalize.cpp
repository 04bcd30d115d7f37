#include "ingest/normalize.hpp"

#include "ingest/detail/utf8.hpp"

namespace newsgraph {
namespace {

constexpr char32_t replacement = 0xFFFD;

bool is_utf16_bom(std::string_view bytes, bool& little_endian) noexcept {
  if (bytes.size() < 2) return false;
  const auto a = static_cast<unsigned char>(bytes[0]), b = static_cast<unsigned char>(bytes[1]);
  if (a == 0xFF && b == 0xFE) {
    little_endian = true;
    return true;
  }
  if (a == 0xFE && b == 0xFF) {
    little_endian = false;
    return true;
  }
  return false;
}

// Plain printable ASCII, copied in runs.
bool plain(unsigned char c) noexcept { return c >= 0x20 && c < 0x7F; }

}  // namespace

std::string normalize_text(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t i = 0;
  const std::size_t n = text.size();
  while (i < n) {
    std::size_t run = i;
    while (run < n && plain(static_cast<unsigned char>(text[run]))) ++run;
    out.append(text.data() + i, run - i);
    i = run;
    if (i >= n) break;
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      ++i;
      switch (c) {
        case '\t':
        case '\n':
          out += static_cast<char>(c);
          break;
        case '\r':
          out += '\n';
          if (i < n && text[i] == '\n') ++i;
          break;
        case '\v':
        case '\f':
          out += '\n';
          break;
        default:
          break;  // NUL, the other C0 controls and DEL are dropped
      }
      continue;
    }
    const detail::utf8_step step = detail::decode_utf8(text.substr(i));
    const char32_t cp = step.code_point;
    if (!step.valid || cp == 0xFFFE || cp == 0xFFFF) {
      detail::append_utf8(out, replacement);
    } else if (cp == 0x85 || cp == 0x2028 || cp == 0x2029) {
      out += '\n';
    } else if (cp == 0xFEFF || (cp >= 0x80 && cp <= 0x9F)) {
      // byte order marks and C1 controls are dropped
    } else {
      out.append(text.data() + i, step.length);
    }
    i += step.length;
  }
  return out;
}

bool looks_binary(std::string_view bytes) noexcept {
  bool little_endian = false;
  if (is_utf16_bom(bytes, little_endian)) return false;
  const std::string_view head = bytes.substr(0, binary_sniff_bytes);
  std::size_t controls = 0;
  for (const char ch : head) {
    const auto c = static_cast<unsigned char>(ch);
    if (c == 0) return true;
    if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1B) || c == 0x7F) ++controls;
  }
  return controls * 10 > head.size();
}

std::string decode_input(std::string&& bytes) {
  bool little_endian = false;
  if (!is_utf16_bom(bytes, little_endian)) return std::move(bytes);
  return detail::utf16_to_utf8(std::string_view(bytes).substr(2), little_endian);
}

}  // namespace newsgraph
