#pragma once
// What the fuzz targets share: checks that trap on failure, UTF-8 and XML character checks,
// and a small graph whose text comes from the fuzzer's bytes.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include <fuzzer/FuzzedDataProvider.h>

#include "exporters/writer.hpp"
#include "graph/key.hpp"
#include "graph/knowledge_graph.hpp"

/// Stops the run with a finding (libFuzzer saves the input) when `cond` is false.
#define FUZZ_CHECK(cond)                                                                  \
  do {                                                                                    \
    if (!(cond)) {                                                                        \
      std::fprintf(stderr, "%s:%d: fuzz check failed: %s\n", __FILE__, __LINE__, #cond); \
      __builtin_trap();                                                                   \
    }                                                                                     \
  } while (0)

namespace newsgraph::fuzz {

/// Decodes the UTF-8 character at `s[i]` into `cp` and advances `i`; false when ill-formed
/// (overlong, surrogate, above U+10FFFF, truncated).
inline bool next_code_point(std::string_view s, std::size_t& i, char32_t& cp) {
  auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char c = b(i);
  std::size_t n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
  if (n == 0 || i + n > s.size()) return false;
  cp = n == 1 ? c : n == 2 ? (c & 0x1F) : n == 3 ? (c & 0x0F) : (c & 0x07);
  for (std::size_t k = 1; k < n; ++k) {
    if ((b(i + k) & 0xC0) != 0x80) return false;
    cp = (cp << 6) | (b(i + k) & 0x3F);
  }
  static constexpr char32_t least[] = {0, 0, 0x80, 0x800, 0x10000};
  if (cp < least[n] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
  i += n;
  return true;
}

inline bool valid_utf8(std::string_view s) {
  char32_t cp;
  for (std::size_t i = 0; i < s.size();)
    if (!next_code_point(s, i, cp)) return false;
  return true;
}

/// XML 1.0's Char production.
inline bool xml_char(char32_t c) {
  return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) ||
         (c >= 0x10000 && c <= 0x10FFFF);
}

/// Whether `s` is well-formed UTF-8 made of XML 1.0 characters only, character references
/// (&#N; &#xH;) included: what pugixml does not check and xmllint does.
inline bool valid_xml_chars(std::string_view s) {
  char32_t cp;
  for (std::size_t i = 0; i < s.size();) {
    if (s.substr(i, 2) == "&#") {
      bool hex = s.substr(i, 3) == "&#x";
      std::size_t j = i + (hex ? 3 : 2);
      char32_t v = 0;
      std::size_t digits = 0;
      for (; j < s.size() && s[j] != ';'; ++j, ++digits) {
        char c = s[j];
        int d = c >= '0' && c <= '9' ? c - '0' : hex && c >= 'a' && c <= 'f' ? c - 'a' + 10 : hex && c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
        if (d < 0 || digits > 8) return false;
        v = v * (hex ? 16 : 10) + static_cast<char32_t>(d);
      }
      if (j == s.size() || digits == 0 || !xml_char(v)) return false;
      i = j + 1;
      continue;
    }
    if (!next_code_point(s, i, cp) || !xml_char(cp)) return false;
  }
  return true;
}

/// A small graph (up to 4 nodes and 6 edges, every node type, relation and mode reachable)
/// whose keys, labels, aliases, titles, attributes, qualifiers and evidence are fuzzed text.
inline knowledge_graph fuzzed_graph(const std::uint8_t* data, std::size_t size) {
  FuzzedDataProvider in(data, size);
  auto text = [&] { return in.ConsumeRandomLengthString(64); };
  knowledge_graph g;
  std::vector<std::string> keys;
  for (int i = in.ConsumeIntegralInRange(1, 4); i > 0; --i) {
    node n;
    n.type = all_node_types()[in.ConsumeIntegralInRange<std::size_t>(0, all_node_types().size() - 1)];
    n.key = make_key(n.type, text());
    n.label = text();
    for (int a = in.ConsumeIntegralInRange(0, 3); a > 0; --a) add_alias(n, text());
    if (in.ConsumeBool()) n.wikidata = text();
    if (in.ConsumeBool()) n.iso3166 = text();
    if (in.ConsumeBool()) n.title = text();
    if (in.ConsumeBool()) n.kind = text();
    n.mentions = in.ConsumeIntegral<std::uint32_t>();
    for (int a = in.ConsumeIntegralInRange(0, 3); a > 0; --a) {
      static constexpr const char* known[] = {"votes_for", "votes_against", "abstentions", "date", "number"};
      std::string name = in.ConsumeBool() ? known[in.ConsumeIntegralInRange(0, 4)] : text();
      n.attributes[name] = text();
    }
    keys.push_back(g[g.add(std::move(n))].key);
  }
  for (int i = in.ConsumeIntegralInRange(0, 6); i > 0 && in.remaining_bytes() > 0; --i) {
    edge e;
    e.rel = all_relations()[in.ConsumeIntegralInRange<std::size_t>(0, all_relations().size() - 1)];
    e.mod = all_modes()[in.ConsumeIntegralInRange<std::size_t>(0, all_modes().size() - 1)];
    e.weight = in.ConsumeIntegralInRange(1, 1000);
    e.confidence = in.ConsumeProbability<double>();
    for (int q = in.ConsumeIntegralInRange(0, 2); q > 0; --q) {
      static constexpr const char* known[] = {"action", "by", "of", "role"};
      std::string name = in.ConsumeBool() ? known[in.ConsumeIntegralInRange(0, 3)] : text();
      e.qualifiers[name] = text();
    }
    for (int r = in.ConsumeIntegralInRange(1, 2); r > 0; --r) {
      provenance p;
      p.doc = text();
      p.date = text();
      if (in.ConsumeBool()) p.url = text();
      p.sentence = text();
      p.start = in.ConsumeIntegral<std::uint16_t>();
      p.end = p.start + p.sentence.size();
      p.trigger = text();
      e.docs.push_back(p.doc);
      if (e.first_date.empty() || p.date < e.first_date) e.first_date = p.date;
      if (p.date > e.last_date) e.last_date = p.date;
      e.evidence.push_back(std::move(p));
    }
    std::sort(e.docs.begin(), e.docs.end());
    e.docs.erase(std::unique(e.docs.begin(), e.docs.end()), e.docs.end());
    const std::string& s = keys[in.ConsumeIntegralInRange<std::size_t>(0, keys.size() - 1)];
    const std::string& o = keys[in.ConsumeIntegralInRange<std::size_t>(0, keys.size() - 1)];
    g.add(s, o, std::move(e));
  }
  return g;
}

/// `g` written in format `f`, as `options` say.
inline std::string written(const knowledge_graph& g, format f, const write_options& options = {}) {
  std::ostringstream out;
  write(g, f, out, options);
  return std::move(out).str();
}

}  // namespace newsgraph::fuzz
