#pragma once
// The frozen weights of a linear classifier: feature key -> the classes it votes for, with
// 16-bit weights. An open-addressing table of 8-byte slots (32 bits of the key, 32 bits of
// where its row starts), probed linearly; rows are a count and then the (class, weight)
// pairs, the rows of the most often updated features first.
#include <cstdint>
#include <memory>
#include <span>
#include <utility>
#include <vector>

#include "parse/detail/binary_io.hpp"

namespace newsgraph::parse::detail {

/// One class a feature votes for, and how much; a row's first entry holds its count in `cls`.
struct weight_entry {
  std::uint16_t cls;
  std::int16_t weight;
};

/// A feature's averaged weights, as the trainer hands them over for freezing.
struct weight_row {
  std::uint64_t key;
  std::uint64_t updates;  ///< how often training changed the row: the hottest rows go first
  std::vector<std::pair<std::uint16_t, float>> weights;
};

/// Feature key -> weights of the classes, read-only once built; copies share the tables.
class weight_table {
 public:
  /// An empty table: every feature is absent.
  weight_table() = default;

  /// Freezes `rows`: weights scaled by `scale` and rounded to 16 bits, those below
  /// `least` in magnitude after rounding dropped, and rows left empty dropped. Keys must be
  /// distinct and non-zero.
  static weight_table build(std::vector<weight_row> rows, float scale, int least = 1);

  /// Adds to scores[c] the weight of every class c of every key present; at most 128 keys.
  void add_scores(std::span<const std::uint64_t> keys, std::int32_t* scores) const noexcept;

  /// The number of features kept.
  std::size_t size() const noexcept { return used_; }
  /// The number of weights kept.
  std::size_t weights() const noexcept { return entry_count_ - used_; }
  /// The bytes of the tables.
  std::size_t bytes() const noexcept { return slot_count_ * sizeof(std::uint64_t) + entry_count_ * sizeof(weight_entry); }
  /// The largest class id of any weight, plus one.
  std::size_t class_bound() const noexcept;

  /// Writes the table.
  void write(binary_writer& out) const;
  /// Reads a table that write wrote; throws format_error when it is inconsistent.
  static weight_table read(binary_reader& in);

 private:
  void allocate(std::size_t slots, std::size_t entries);
  const weight_entry* find(std::uint64_t key) const noexcept;

  std::shared_ptr<const std::byte> memory_;
  const std::uint64_t* slots_ = nullptr;  ///< fingerprint << 32 | first entry; 0: empty
  const weight_entry* entries_ = nullptr;
  std::size_t slot_count_ = 0, entry_count_ = 0, used_ = 0;
  std::uint64_t mask_ = 0;
};

}  // namespace newsgraph::parse::detail
