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
  /// Clause roles (nsubj, nsubj:pass, obj, iobj, obl:agent; same word, head and label), as
  /// ../shared/eval/roles.py counts them: right, predicted, in the treebank.
  std::size_t roles_right = 0, roles_predicted = 0, roles_gold = 0;
  double upos_rate() const noexcept { return words ? static_cast<double>(upos) / words : 0; }
  double xpos_rate() const noexcept { return words ? static_cast<double>(xpos) / words : 0; }
  double uas() const noexcept { return words ? static_cast<double>(heads) / words : 0; }
  double las() const noexcept { return words ? static_cast<double>(labelled) / words : 0; }
  double roles_f1() const noexcept {
    return roles_predicted + roles_gold ? 2.0 * static_cast<double>(roles_right) / static_cast<double>(roles_predicted + roles_gold) : 0;
  }
  /// Adds the counts of `other`.
  accuracy& operator+=(const accuracy& other) noexcept {
    words += other.words, upos += other.upos, xpos += other.xpos, heads += other.heads, labelled += other.labelled;
    roles_right += other.roles_right, roles_predicted += other.roles_predicted, roles_gold += other.roles_gold;
    return *this;
  }
};

/// Analyses every sentence of `gold` with `m` and counts what matches (relations normalised
/// as in training).
accuracy evaluate(const model& m, const std::vector<detail::conllu_sentence>& gold);

}  // namespace newsgraph::parse::train
