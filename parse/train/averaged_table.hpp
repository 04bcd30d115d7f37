#pragma once
// The weights of a linear classifier while it trains: an averaged perceptron, averaged lazily.
#include <cstdint>
#include <span>
#include <vector>

#include "parse/detail/weight_table.hpp"

namespace newsgraph::parse::train {

/// Feature key -> per-class weights, with the running sums that make their averages.
class averaged_table {
 public:
  /// Adds to scores[c] the current weight of class c of every key present.
  void add_scores(std::span<const std::uint64_t> keys, float* scores) const noexcept;
  /// Adds `delta` to the weight of class `cls` of every key; a positive `delta` counts as one
  /// update of each key's row (a perceptron's mistake moves one class up and one down).
  void update(std::span<const std::uint64_t> keys, std::uint16_t cls, float delta);
  /// Counts one training instance (the averaging's clock).
  void tick() noexcept { ++clock_; }
  /// The averaged weights of every feature.
  std::vector<detail::weight_row> averaged() const;
  /// The averaged weights frozen to 16 bits, the largest of them at full scale, dropping
  /// features updated fewer than `least_updates` times and weights that round below `least`.
  detail::weight_table freeze(std::uint64_t least_updates = 1, int least = 1) const;
  /// The number of features with a row.
  std::size_t size() const noexcept { return rows_.size(); }

 private:
  struct entry {
    std::uint16_t cls;
    float weight;
    double total;         ///< sum of the weight over the instances up to `stamp`
    std::uint64_t stamp;  ///< clock of the last change
  };
  struct row {
    std::uint64_t key;
    std::uint64_t updates;
    std::vector<entry> entries;
  };
  const row* find(std::uint64_t key) const noexcept;
  row& find_or_add(std::uint64_t key);
  void grow();

  std::vector<std::uint32_t> slots_;  ///< row index + 1; 0: empty
  std::vector<row> rows_;
  std::uint64_t clock_ = 1;
};

}  // namespace newsgraph::parse::train
