#include "parse/detail/transition_system.hpp"

namespace newsgraph::parse::detail {

configuration::configuration(std::size_t n, token_state* tokens, std::int32_t* stack) noexcept
    : n_(n), tokens_(tokens), stack_(stack) {
  for (std::size_t i = 0; i <= n; ++i) tokens_[i] = token_state{};
}

bool configuration::can(move m) const noexcept {
  const bool real_front = static_cast<std::size_t>(front_) < n_;
  switch (m) {
    case move::shift: return real_front;
    case move::right: return real_front && depth_ > 0;
    case move::left: return depth_ > 0 && tokens_[stack_[depth_ - 1]].head < 0;
    case move::reduce: return depth_ > 0 && tokens_[stack_[depth_ - 1]].head >= 0;
  }
  return false;
}

bool configuration::can(std::size_t id, std::size_t root) const noexcept {
  const move m = transition_move(id);
  if (!can(m)) return false;
  if (m == move::left) return (transition_label(id) == root) == (static_cast<std::size_t>(front_) == n_);
  if (m == move::right) return transition_label(id) != root;
  return true;
}

bool configuration::on_stack(std::int32_t i) const noexcept {
  for (std::size_t k = 0; k < depth_; ++k)
    if (stack_[k] == i) return true;
  return false;
}

void configuration::add_arc(std::int32_t head, std::int32_t dependent, std::uint8_t label) noexcept {
  token_state& d = tokens_[dependent];
  token_state& h = tokens_[head];
  d.head = head;
  d.label = label;
  if (dependent < head) {
    if (h.left[0] < 0 || dependent < h.left[0]) {
      h.left[1] = h.left[0];
      h.left[0] = dependent;
    } else if (h.left[1] < 0 || dependent < h.left[1]) {
      h.left[1] = dependent;
    }
    if (h.left_count < 0xffff) ++h.left_count;
    h.left_labels |= std::uint64_t{1} << (label & 63);
  } else {
    if (h.right[0] < 0 || dependent > h.right[0]) {
      h.right[1] = h.right[0];
      h.right[0] = dependent;
    } else if (h.right[1] < 0 || dependent > h.right[1]) {
      h.right[1] = dependent;
    }
    if (h.right_count < 0xffff) ++h.right_count;
    h.right_labels |= std::uint64_t{1} << (label & 63);
  }
}

void configuration::apply(std::size_t id) noexcept {
  switch (transition_move(id)) {
    case move::shift:
      stack_[depth_++] = front_++;
      break;
    case move::reduce:
      --depth_;
      break;
    case move::left:
      add_arc(front_, stack_[--depth_], static_cast<std::uint8_t>(transition_label(id)));
      break;
    case move::right:
      add_arc(stack_[depth_ - 1], front_, static_cast<std::uint8_t>(transition_label(id)));
      stack_[depth_++] = front_++;
      break;
  }
}

}  // namespace newsgraph::parse::detail
