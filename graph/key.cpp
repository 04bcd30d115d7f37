#include "graph/key.hpp"

#include <cstdint>

namespace newsgraph {
namespace {

// The unaccented ASCII letter of a Latin-1 Supplement or Latin Extended-A letter, or 0.
char fold_latin(std::uint32_t cp) {
  static constexpr char latin1[] =  // U+00C0 .. U+00FF; 0 for the signs x and /
      "aaaaaaaceeeeiiiidnooooo\0ouuuuytsaaaaaaaceeeeiiiidnooooo\0ouuuuyty";
  static constexpr char ext_a[] =  // U+0100 .. U+017F
      "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkkllllllllllnnnnnnnnn"
      "oooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";
  static_assert(sizeof latin1 == 64 + 1 && sizeof ext_a == 128 + 1);
  if (cp >= 0xC0 && cp <= 0xFF) return latin1[cp - 0xC0];
  if (cp >= 0x100 && cp <= 0x17F) return ext_a[cp - 0x100];
  return 0;
}

// Decodes one UTF-8 code point at s[i]; returns its length, or 0 for an invalid sequence.
std::size_t decode(std::string_view s, std::size_t i, std::uint32_t& cp) {
  auto b = static_cast<unsigned char>(s[i]);
  std::size_t len = b < 0x80 ? 1 : (b >> 5) == 6 ? 2 : (b >> 4) == 14 ? 3 : (b >> 3) == 30 ? 4 : 0;
  if (len == 0 || i + len > s.size()) return 0;
  cp = len == 1 ? b : len == 2 ? (b & 0x1F) : len == 3 ? (b & 0x0F) : (b & 0x07);
  for (std::size_t k = 1; k < len; ++k) {
    auto c = static_cast<unsigned char>(s[i + k]);
    if ((c >> 6) != 2) return 0;
    cp = (cp << 6) | (c & 0x3F);
  }
  return len;
}

}  // namespace

std::string slug(std::string_view text) {
  static constexpr char hex[] = "0123456789abcdef";
  std::string out;
  bool dash = false;
  auto put = [&](char c) {
    if (dash && !out.empty()) out += '-';
    dash = false;
    out += c;
  };
  for (std::size_t i = 0; i < text.size();) {
    std::uint32_t cp = 0;
    std::size_t len = decode(text, i, cp);
    if (len == 0) {
      auto b = static_cast<unsigned char>(text[i]);
      dash = true;
      put('x');
      out += hex[b >> 4];
      out += hex[b & 15];
      dash = true;
      ++i;
      continue;
    }
    i += len;
    if (cp < 0x80) {
      char c = static_cast<char>(cp);
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        put(c);
      } else if (c != '\'' && c != '.') {  // "Côte d'Ivoire", "U.N." keep their letters together
        dash = true;
      }
    } else if (char f = fold_latin(cp)) {
      put(f);
    } else if (cp == 0x2019) {  // right single quotation mark, as an apostrophe
    } else {
      dash = true;
      put('u');
      std::string h;
      for (; cp; cp >>= 4) h.insert(h.begin(), hex[cp & 15]);
      out += h;
      dash = true;
    }
  }
  return out;
}

std::string make_key(node_type t, std::string_view id) {
  std::string key;
  for (char c : name(t)) key += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  key += ':';
  key += slug(id);
  return key;
}

}  // namespace newsgraph
