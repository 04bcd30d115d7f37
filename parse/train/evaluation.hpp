#pragma once
// Accuracy of a model on a treebank: tags, heads and relations of every word.
#include <cstddef>
#include <vector>

#include "parse/detail/conllu.hpp"
#include "parse/parser.hpp"

namespace newsgraph::parse::train {

/// Counts of words analysed and of those right.
struct accuracy {
  std::size_t words = 0, upos = 0, xpos = 0, heads = 0, labelled = 0;
  double upos_rate() const noexcept { return words ? static_cast<double>(upos) / words : 0; }
  double xpos_rate() const noexcept { return words ? static_cast<double>(xpos) / words : 0; }
  double uas() const noexcept { return words ? static_cast<double>(heads) / words : 0; }
  double las() const noexcept { return words ? static_cast<double>(labelled) / words : 0; }
};

/// Analyses every sentence of `gold` with `m` and counts what matches (relations normalised
/// as in training).
accuracy evaluate(const model& m, const std::vector<detail::conllu_sentence>& gold);

}  // namespace newsgraph::parse::train
