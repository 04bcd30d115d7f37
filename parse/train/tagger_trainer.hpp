#pragma once
// Trains the tagger: an averaged perceptron, greedy left to right on its own previous tags.
#include <cstddef>
#include <vector>

#include "parse/detail/weight_table.hpp"
#include "parse/train/averaged_table.hpp"
#include "parse/train/treebank.hpp"

namespace newsgraph::parse::train {

/// The tagger being trained over `classes` tag classes.
class tagger_trainer {
 public:
  /// A trainer with no weights yet.
  explicit tagger_trainer(std::size_t classes) : classes_(classes) {}
  /// One pass over `sentences` in the given order; returns the words tagged right.
  std::size_t train_epoch(const std::vector<const training_sentence*>& sentences);
  /// The averaged weights, frozen.
  detail::weight_table freeze() const { return weights_.freeze(); }

 private:
  std::size_t classes_;
  averaged_table weights_;
};

}  // namespace newsgraph::parse::train
