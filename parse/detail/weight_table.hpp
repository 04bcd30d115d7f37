#pragma once
// The frozen weights of a linear classifier: feature key -> the classes it votes for, with
// 16-bit weights, in an open-addressing table probed linearly.
#include <cstdint>
#include <span>
#include <utility>
#include <vector>

#include "parse/detail/binary_io.hpp"

namespace newsgraph::parse::detail {

/// One class a feature votes for, and how much.
struct weight_entry {
  std::uint16_t cls;
  std::int16_t weight;
};

/// A feature's averaged weights, as the trainer hands them over for freezing.
struct weight_row {
  std::uint64_t key;
  std::vector<std::pair<std::uint16_t, float>> weights;
};

/// Feature key -> weights of the classes, read-only once built.
class weight_table {
 public:
  /// An empty table: every feature is absent.
  weight_table() = default;

  /// Freezes `rows` with weights scaled by `scale` and rounded to 16 bits; entries that round
  /// to 0 and rows left empty are dropped. Keys must be distinct and non-zero.
  static weight_table build(const std::vector<weight_row>& rows, float scale);

  /// Adds to scores[c] the weight of every class c of every key present; at most 128 keys.
  void add_scores(std::span<const std::uint64_t> keys, std::int32_t* scores) const noexcept;

  /// The number of features kept.
  std::size_t size() const noexcept { return used_; }
  /// The number of weights kept.
  std::size_t weights() const noexcept { return entries_.size(); }
  /// The largest class id of any weight, plus one.
  std::size_t class_bound() const noexcept;

  /// Writes the table.
  void write(binary_writer& out) const;
  /// Reads a table that write wrote; throws format_error when it is inconsistent.
  static weight_table read(binary_reader& in);

 private:
  struct slot {
    std::uint64_t key;   ///< 0: empty
    std::uint32_t first; ///< index of the first entry
    std::uint32_t count; ///< number of entries
  };
  const slot* find(std::uint64_t key) const noexcept;

  std::vector<slot> slots_;
  std::vector<weight_entry> entries_;
  std::uint64_t mask_ = 0;
  std::size_t used_ = 0;
};

}  // namespace newsgraph::parse::detail
