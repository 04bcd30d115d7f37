#pragma once
// The arc-eager transition system, with the root as an extra token after the last word
// (index n), and what the parser's features read of a configuration.
#include <cstddef>
#include <cstdint>

namespace newsgraph::parse::detail {

/// The four kinds of transition; a class id is kind for shift and reduce, and
/// 2 + 2 * label (left) or 3 + 2 * label (right) for the arcs.
enum class move : std::uint8_t { shift, reduce, left, right };

/// The class id of a transition.
constexpr std::size_t transition_id(move m, std::size_t label = 0) noexcept {
  return m == move::shift ? 0 : m == move::reduce ? 1 : m == move::left ? 2 + 2 * label : 3 + 2 * label;
}
/// The kind of a class id.
constexpr move transition_move(std::size_t id) noexcept {
  return id == 0 ? move::shift : id == 1 ? move::reduce : id % 2 == 0 ? move::left : move::right;
}
/// The label of an arc's class id.
constexpr std::size_t transition_label(std::size_t id) noexcept { return (id - 2) / 2; }
/// The number of class ids with `labels` relations.
constexpr std::size_t transition_count(std::size_t labels) noexcept { return 2 + 2 * labels; }

/// What the configuration knows of one token (a word, or the root at index n).
struct token_state {
  std::int32_t head = -1;        ///< -1: none yet
  std::int32_t left[2] = {-1, -1};   ///< leftmost and second leftmost dependents
  std::int32_t right[2] = {-1, -1};  ///< rightmost and second rightmost dependents
  std::uint16_t left_count = 0, right_count = 0;
  std::uint8_t label = 0;
  std::uint64_t left_labels = 0, right_labels = 0;  ///< bit l: a dependent with label l
};

/// A configuration over caller-owned arrays: tokens[0, n] (n is the root) and a stack of
/// room for n entries. Stack and buffer are disjoint; the buffer is [front, n].
class configuration {
 public:
  /// The initial configuration of n words.
  configuration(std::size_t n, token_state* tokens, std::int32_t* stack) noexcept;

  /// Whether the parse is complete (empty stack, only the root left).
  bool terminal() const noexcept { return depth_ == 0 && static_cast<std::size_t>(front_) == n_; }
  /// Whether `m` may be applied (labels aside).
  bool can(move m) const noexcept;
  /// Whether the transition of class id `id` may be applied; `root` is the root's relation,
  /// the only one of an arc to the root and never that of another arc.
  bool can(std::size_t id, std::size_t root) const noexcept;
  /// Applies the transition of class id `id`, which must be allowed.
  void apply(std::size_t id) noexcept;

  std::size_t size() const noexcept { return n_; }
  std::int32_t front() const noexcept { return front_; }
  std::size_t depth() const noexcept { return depth_; }
  /// The i-th entry from the top of the stack, -1 when there is none.
  std::int32_t stack(std::size_t i) const noexcept { return i < depth_ ? stack_[depth_ - 1 - i] : -1; }
  /// The stack from the bottom.
  const std::int32_t* stack_data() const noexcept { return stack_; }
  const token_state& token(std::int32_t i) const noexcept { return tokens_[i]; }
  /// Whether token i is on the stack.
  bool on_stack(std::int32_t i) const noexcept;

 private:
  void add_arc(std::int32_t head, std::int32_t dependent, std::uint8_t label) noexcept;

  std::size_t n_;
  token_state* tokens_;
  std::int32_t* stack_;
  std::size_t depth_ = 0;
  std::int32_t front_ = 0;
};

}  // namespace newsgraph::parse::detail
