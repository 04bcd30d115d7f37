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
  /// The averaged weights, frozen, without the features updated fewer than `least_updates` times.
  detail::weight_table freeze(std::uint64_t least_updates = 1) const { return weights_.freeze(least_updates); }

 private:
  std::size_t classes_;
  averaged_table weights_;
};

}  // namespace newsgraph::parse::train
