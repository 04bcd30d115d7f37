#include "parse/detail/conllu.hpp"

#include <charconv>
#include <fstream>
#include <stdexcept>

namespace newsgraph::parse::detail {

std::vector<std::string_view> split_tabs(std::string_view line) {
  std::vector<std::string_view> fields;
  std::size_t start = 0;
  for (;;) {
    const std::size_t tab = line.find('\t', start);
    fields.push_back(line.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start));
    if (tab == std::string_view::npos) return fields;
    start = tab + 1;
  }
}

std::optional<conllu_sentence> read_conllu(std::istream& in, const std::string& name, std::size_t& line_number) {
  conllu_sentence s;
  std::string line;
  auto fail = [&](const std::string& problem) {
    throw std::runtime_error(name + ":" + std::to_string(line_number) + ": " + problem);
  };
  while (std::getline(in, line)) {
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) {
      if (s.lines.empty()) continue;
      return s;
    }
    s.lines.push_back(line);
    if (line.front() == '#') continue;
    const auto fields = split_tabs(line);
    if (fields.size() != 10) fail("not a CoNLL-U word line (" + std::to_string(fields.size()) + " fields)");
    if (fields[0].find_first_of("-.") != std::string_view::npos) continue;
    conllu_word w;
    w.line = s.lines.size() - 1;
    w.form = fields[1];
    w.upos = fields[3];
    w.xpos = fields[4];
    w.deprel = fields[7];
    int head = 0;
    const auto h = fields[6];
    if (h != "_" && (std::from_chars(h.data(), h.data() + h.size(), head).ec != std::errc() || head < 0))
      fail("bad HEAD '" + std::string(h) + "'");
    w.head = h == "_" ? -1 : head - 1;
    s.words.push_back(std::move(w));
  }
  if (s.lines.empty()) return std::nullopt;
  return s;
}

std::vector<conllu_sentence> read_conllu_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error(path + ": cannot open");
  std::vector<conllu_sentence> out;
  std::size_t line_number = 0;
  while (auto s = read_conllu(in, path, line_number)) out.push_back(std::move(*s));
  return out;
}

}  // namespace newsgraph::parse::detail
