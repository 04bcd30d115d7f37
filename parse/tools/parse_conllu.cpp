// newsgraph_parse_conllu: tags and parses the sentences of a CoNLL-U file with a model.
//
//   newsgraph_parse_conllu [--model FILE] [INPUT.conllu|-] [> OUTPUT.conllu]
//
// Writes the same comment and word lines, with the model's UPOS, Penn tag, head and relation
// in columns 4, 5, 7 and 8; the other columns as given. Range lines (1-2) and empty nodes
// (8.1) are copied through and not analysed. With --time, prints the words per second of
// the analysis alone (the thread's CPU time in model::analyse) to stderr.
#include <cstdio>
#include <ctime>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "parse/detail/conllu.hpp"
#include "parse/parser.hpp"

namespace {

using namespace newsgraph::parse;

double thread_seconds() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
}

void write_sentence(std::ostream& out, const detail::conllu_sentence& s, const model& m,
                    const std::vector<word_analysis>& analysis) {
  std::size_t next = 0;
  for (std::size_t i = 0; i < s.lines.size(); ++i) {
    if (next < s.words.size() && s.words[next].line == i) {
      const word_analysis& a = analysis[next++];
      auto fields = detail::split_tabs(s.lines[i]);
      const std::string head = std::to_string(a.head + 1);
      fields[3] = upos_name(a.tag);
      fields[4] = m.xpos_name(a.xpos);
      fields[6] = head;
      fields[7] = m.rel_name(a.rel);
      for (std::size_t f = 0; f < fields.size(); ++f) {
        if (f) out << '\t';
        out << fields[f];
      }
      out << '\n';
    } else {
      out << s.lines[i] << '\n';
    }
  }
  out << '\n';
}

}  // namespace

int main(int argc, char** argv) try {
  std::string model_file, input = "-";
  bool timing = false;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--model" && i + 1 < argc) {
      model_file = argv[++i];
    } else if (arg == "--time") {
      timing = true;
    } else if (arg == "-h" || arg == "--help") {
      std::cout << "usage: newsgraph_parse_conllu [--model FILE] [--time] [INPUT.conllu|-]\n";
      return 0;
    } else {
      input = arg;
    }
  }
  const model m = model_file.empty() ? model::builtin() : model::load(model_file);
  std::ifstream file;
  if (input != "-") {
    file.open(input, std::ios::binary);
    if (!file) throw std::runtime_error(input + ": cannot open");
  }
  std::istream& in = input == "-" ? std::cin : file;
  std::ios::sync_with_stdio(false);
  std::size_t line_number = 0, words_done = 0;
  double busy = 0;
  std::vector<std::string_view> words;
  std::vector<word_analysis> analysis;
  while (auto s = detail::read_conllu(in, input, line_number)) {
    words.clear();
    for (const auto& w : s->words) words.push_back(w.form);
    const double start = timing ? thread_seconds() : 0;
    m.analyse(words, analysis);
    if (timing) busy += thread_seconds() - start;
    words_done += words.size();
    write_sentence(std::cout, *s, m, analysis);
  }
  std::cout.flush();
  if (timing)
    std::fprintf(stderr, "%zu words in %.3f s of CPU: %.0f words/s\n", words_done, busy, busy > 0 ? words_done / busy : 0.0);
  return std::cout ? 0 : 1;
} catch (const std::exception& e) {
  std::cerr << "newsgraph_parse_conllu: " << e.what() << "\n";
  return 1;
}
