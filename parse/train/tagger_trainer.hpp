#pragma once
// Trains the tagger: an averaged perceptron, greedy left to right on its own previous tags.
#include <cstddef>
#include <vector>

#include "parse/detail/weight_table.hpp"
#include "parse/train/averaged_table.hpp"
#include "parse/train/treebank.hpp"

namespace newsgraph::parse::train {

/// A sentence to train on and, for the tagger's second pass, the classes the first pass gave it
/// (nullptr for the first pass).
struct tagger_input {
  const training_sentence* sentence;
  const std::uint8_t* first = nullptr;
};

/// The tagger (first or second pass) being trained over `classes` tag classes.
class tagger_trainer {
 public:
  /// A trainer with no weights yet.
  explicit tagger_trainer(std::size_t classes) : classes_(classes) {}
  /// One pass over `sentences` in the given order, with the second pass's features when they
  /// carry first-pass classes; returns the words tagged right.
  std::size_t train_epoch(const std::vector<tagger_input>& sentences);
  /// The averaged weights, frozen, without the features updated fewer than `least_updates` times.
  detail::weight_table freeze(std::uint64_t least_updates = 1) const { return weights_.freeze(least_updates); }

 private:
  std::size_t classes_;
  averaged_table weights_;
};

}  // namespace newsgraph::parse::train
