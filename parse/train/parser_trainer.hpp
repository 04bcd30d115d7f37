#pragma once
// Trains the parser: an averaged perceptron over arc-eager transitions, taught by the dynamic
// oracle, following its own mistakes with some probability once it has seen the data.
#include <cstddef>
#include <cstdint>
#include <random>
#include <vector>

#include "parse/detail/parser_features.hpp"
#include "parse/detail/transition_system.hpp"
#include "parse/detail/weight_table.hpp"
#include "parse/train/averaged_table.hpp"
#include "parse/train/treebank.hpp"

namespace newsgraph::parse::train {

/// The parser being trained over `labels` relations, `root` the root's.
class parser_trainer {
 public:
  /// A trainer with no weights yet, over tag classes of `kinds`.
  parser_trainer(std::size_t labels, std::size_t root, const detail::class_kinds& kinds)
      : labels_(labels), root_(root), kinds_(kinds) {}
  /// One pass over the sentence `s`, whose words carry the tag classes `tags`; with
  /// probability `explore` a mistake is followed rather than the oracle's best transition.
  /// Returns the transitions the model chose right.
  std::size_t train_sentence(const training_sentence& s, const std::uint8_t* tags, double explore,
                             std::mt19937_64& random);
  /// The averaged weights, frozen, without the features updated fewer than `least_updates` times.
  detail::weight_table freeze(std::uint64_t least_updates = 1) const { return weights_.freeze(least_updates); }

 private:
  std::size_t labels_, root_;
  detail::class_kinds kinds_;
  averaged_table weights_;
  std::vector<detail::token_state> tokens_;
  std::vector<std::int32_t> stack_;
  std::vector<std::uint32_t> counts_;
};

}  // namespace newsgraph::parse::train
