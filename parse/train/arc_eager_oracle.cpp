#include "parse/train/arc_eager_oracle.hpp"

namespace newsgraph::parse::train {

using detail::move;
using detail::transition_id;

arc_eager_oracle::arc_eager_oracle(const std::int32_t* heads, const std::uint8_t* labels, std::size_t n)
    : heads_(heads), labels_(labels), n_(n), on_stack_(n + 1, 0) {}

void arc_eager_oracle::costs(const detail::configuration& c, std::size_t labels, std::size_t root, int* costs) {
  const std::size_t classes = detail::transition_count(labels);
  for (std::size_t id = 0; id < classes; ++id) costs[id] = -1;
  const auto n = static_cast<std::int32_t>(n_);
  const std::int32_t b = c.front(), s0 = c.stack(0);
  const std::int32_t* stack = c.stack_data();
  const std::size_t depth = c.depth();
  for (std::size_t k = 0; k < depth; ++k) on_stack_[stack[k]] = 1;

  // Dependents of s0 still in the buffer, out of reach once s0 leaves the stack.
  int s0_buffer_children = 0;
  if (s0 >= 0)
    for (std::int32_t k = b; k < n; ++k) s0_buffer_children += heads_[k] == s0;

  if (c.can(move::shift) || c.can(move::right)) {
    // b's gold head on the stack, and b's headless gold dependents on the stack.
    int head_on_stack = 0, children_on_stack = 0;
    for (std::size_t k = 0; k < depth; ++k) {
      const std::int32_t x = stack[k];
      head_on_stack += heads_[b] == x;
      children_on_stack += heads_[x] == b && c.token(x).head < 0;
    }
    if (c.can(move::shift)) costs[transition_id(move::shift)] = head_on_stack + children_on_stack;
    if (c.can(move::right)) {
      const std::int32_t h = heads_[b];
      const int base = children_on_stack + (h != s0 && (h > b || on_stack_[h]));
      for (std::size_t l = 0; l < labels; ++l)
        if (l != root) costs[transition_id(move::right, l)] = base + (h == s0 && labels_[b] != l);
    }
  }
  if (c.can(move::left)) {
    const std::int32_t h = heads_[s0];
    const int base = s0_buffer_children + (h != b && h > b);
    if (b == n) {
      costs[transition_id(move::left, root)] = base;
    } else {
      for (std::size_t l = 0; l < labels; ++l)
        if (l != root) costs[transition_id(move::left, l)] = base + (h == b && labels_[s0] != l);
    }
  }
  if (c.can(move::reduce)) costs[transition_id(move::reduce)] = s0_buffer_children;

  for (std::size_t k = 0; k < depth; ++k) on_stack_[stack[k]] = 0;
}

}  // namespace newsgraph::parse::train
