#include <fstream>
#include <iostream>

#include "cli/commands.hpp"
#include "cli/errors.hpp"
#include "extract/extractor.hpp"
#include "ingest/ingest.hpp"
#include "extract/lexicon.hpp"

namespace newsgraph::cli {

int run_explain(const explain_options& o) {
  lexicon lex = lexicon::builtin();
  for (const std::string& file : o.lexicons) lex.load_file(file);
  const extractor ex(lex);
  std::ios::sync_with_stdio(false);
  if (o.conllu) {
    for (const std::string& path : o.inputs) {
      if (path == "-") {
        ex.explain_conllu(std::cin, "standard input", std::cout);
        continue;
      }
      std::ifstream in(path, std::ios::binary);
      if (!in) throw bad_input(path + ": cannot open");
      try {
        ex.explain_conllu(in, path, std::cout);
      } catch (const std::runtime_error& e) {
        throw bad_input(e.what());
      }
    }
  } else {
    for (const input_file& input : list_inputs(o.inputs))
      read_input(
          input, {}, [&](document&& doc, std::size_t) { std::cout << ex.explain(doc); },
          [](skipped_article&& skipped) { std::cerr << "newsgraph: warning: skipped " << skipped.message << '\n'; },
          [](std::string&& message) { std::cerr << "newsgraph: warning: " << message << '\n'; });
  }
  std::cout.flush();
  if (!std::cout) throw bad_input("standard output: write error");
  return exit_success;
}

}  // namespace newsgraph::cli
