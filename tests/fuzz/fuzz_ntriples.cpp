// The N-Triples writer, fed a graph of fuzzed text: valid UTF-8, every line a triple of the
// N-Triples grammar (checked here by hand, with the lexical forms of xsd:integer and
// xsd:double), and one rdf:Statement per edge.
#include <cctype>
#include <string>
#include <string_view>

#include "support.hpp"

namespace {

using newsgraph::fuzz::next_code_point;

struct line_parser {
  std::string_view s;
  std::size_t i = 0;

  bool eat(char c) { return i < s.size() && s[i] == c ? (++i, true) : false; }
  void spaces() { while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i; }
  bool hex(std::size_t n, char32_t* value) {
    char32_t v = 0;
    for (std::size_t k = 0; k < n; ++k, ++i) {
      if (i >= s.size() || !std::isxdigit(static_cast<unsigned char>(s[i]))) return false;
      v = v * 16 + static_cast<char32_t>(std::isdigit(static_cast<unsigned char>(s[i])) ? s[i] - '0' : (s[i] | 0x20) - 'a' + 10);
    }
    *value = v;
    return v <= 0x10FFFF && (v < 0xD800 || v > 0xDFFF);
  }
  // UCHAR after its backslash.
  bool uchar() {
    char32_t v;
    if (eat('u')) return hex(4, &v);
    return eat('U') && hex(8, &v);
  }
  // IRIREF, absolute (a scheme, then ':'); its text in *out.
  bool iri(std::string* out = nullptr) {
    std::size_t begin = i;
    if (!eat('<')) return false;
    while (i < s.size() && s[i] != '>') {
      unsigned char c = static_cast<unsigned char>(s[i]);
      if (c <= 0x20 || std::string_view("<\"{}|^`").find(static_cast<char>(c)) != std::string_view::npos) return false;
      if (c == '\\') {
        ++i;
        if (!uchar()) return false;
        continue;
      }
      char32_t cp;
      if (!next_code_point(s, i, cp)) return false;
    }
    if (!eat('>')) return false;
    std::string_view text = s.substr(begin + 1, i - begin - 2);
    std::size_t colon = text.find(':');
    if (colon == std::string_view::npos || colon == 0 || !std::isalpha(static_cast<unsigned char>(text[0]))) return false;
    for (char c : text.substr(0, colon))
      if (!std::isalnum(static_cast<unsigned char>(c)) && c != '+' && c != '-' && c != '.') return false;
    if (out) *out = text;
    return true;
  }
  bool blank() {
    if (!eat('_') || !eat(':')) return false;
    std::size_t begin = i;
    while (i < s.size() && (std::isalnum(static_cast<unsigned char>(s[i])) || s[i] == '_' || s[i] == '-' || s[i] == '.')) ++i;
    return i > begin && s[begin] != '-' && s[begin] != '.' && s[i - 1] != '.';
  }
  // A literal, with its lexical form checked against its datatype where we know it.
  bool literal() {
    if (!eat('"')) return false;
    std::size_t begin = i;
    bool escapes = false;
    while (i < s.size() && s[i] != '"') {
      if (s[i] == '\n' || s[i] == '\r') return false;
      if (s[i] == '\\') {
        escapes = true;
        ++i;
        if (i < s.size() && std::string_view("tbnrf\"'\\").find(s[i]) != std::string_view::npos) ++i;
        else if (!uchar()) return false;
        continue;
      }
      char32_t cp;
      if (!next_code_point(s, i, cp)) return false;
    }
    std::string_view form = s.substr(begin, i - begin);
    if (!eat('"')) return false;
    if (eat('@')) {
      std::size_t tag = i;
      while (i < s.size() && (std::isalnum(static_cast<unsigned char>(s[i])) || s[i] == '-')) ++i;
      return i > tag && std::isalpha(static_cast<unsigned char>(s[tag]));
    }
    if (!eat('^')) return true;
    std::string type;
    if (!eat('^') || !iri(&type)) return false;
    if (type == "http://www.w3.org/2001/XMLSchema#integer") return !escapes && is_integer(form);
    if (type == "http://www.w3.org/2001/XMLSchema#double") return !escapes && is_double(form);
    return true;
  }
  static bool digits(std::string_view& f) {
    std::size_t n = 0;
    while (n < f.size() && f[n] >= '0' && f[n] <= '9') ++n;
    f.remove_prefix(n);
    return n > 0;
  }
  static bool is_integer(std::string_view f) {
    if (!f.empty() && (f[0] == '+' || f[0] == '-')) f.remove_prefix(1);
    return digits(f) && f.empty();
  }
  static bool is_double(std::string_view f) {
    if (f == "INF" || f == "+INF" || f == "-INF" || f == "NaN") return true;
    if (!f.empty() && (f[0] == '+' || f[0] == '-')) f.remove_prefix(1);
    bool whole = digits(f), fraction = false;
    if (!f.empty() && f[0] == '.') {
      f.remove_prefix(1);
      fraction = digits(f);
    }
    if (!whole && !fraction) return false;
    if (!f.empty() && (f[0] == 'e' || f[0] == 'E')) {
      f.remove_prefix(1);
      if (!f.empty() && (f[0] == '+' || f[0] == '-')) f.remove_prefix(1);
      if (!digits(f)) return false;
    }
    return f.empty();
  }
  // triple ::= subject predicate object '.'
  bool triple(std::string* object) {
    spaces();
    if (!(iri() || blank())) return false;
    spaces();
    if (!iri()) return false;
    spaces();
    std::size_t begin = i;
    if (!(iri() || blank() || literal())) return false;
    *object = s.substr(begin, i - begin);
    spaces();
    if (!eat('.')) return false;
    spaces();
    return i == s.size();
  }
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace newsgraph;
  knowledge_graph g = fuzz::fuzzed_graph(data, size);
  std::string nt = fuzz::written(g, format::ntriples);
  FUZZ_CHECK(nt.empty() || nt.back() == '\n');
  std::size_t statements = 0;
  for (std::size_t begin = 0; begin < nt.size();) {
    std::size_t end = nt.find('\n', begin);
    line_parser line{std::string_view(nt).substr(begin, end - begin)};
    std::string object;
    if (!line.triple(&object)) {
      std::fprintf(stderr, "not an N-Triples line: %s\n", std::string(line.s).c_str());
      FUZZ_CHECK(false);
    }
    statements += object == "<http://www.w3.org/1999/02/22-rdf-syntax-ns#Statement>";
    begin = end + 1;
  }
  FUZZ_CHECK(statements == g.edge_count());
  return 0;
}
