// Reads one sentence with the installed lexicons and prints the graph's edges, one a line.
#include <iostream>

#include "extract/extractor.hpp"
#include "graph/dump.hpp"

int main() {
  const newsgraph::lexicon lex = newsgraph::lexicon::builtin();
  const newsgraph::extractor x(lex);
  newsgraph::document d;
  d.id = "client";
  d.text = "China criticised the UN call to send North Korea to the International Criminal Court.";
  std::cout << newsgraph::dump_edges(x.extract(d)) << '\n';
}
