#pragma once
// The parser: greedy arc-eager transitions chosen by an averaged perceptron.
#include <cstddef>
#include <cstdint>

#include "parse/detail/transition_system.hpp"
#include "parse/detail/word_keys.hpp"

namespace newsgraph::parse::detail {

class weight_table;

/// Parses words[0, n) tagged `tags` (whose count_before is `counts`) with `labels` relations of which `root` is the root's;
/// tokens[0, n] and stack[0, n) are caller-owned room. Afterwards tokens[i].head is the
/// head of word i, n for a root.
void parse_words(const weight_table& weights, std::size_t labels, std::size_t root, const word_keys* words,
                 const std::uint8_t* tags, const std::uint32_t* counts, std::size_t n, token_state* tokens,
                 std::int32_t* stack) noexcept;

/// The best allowed transition of `c` by `scores` (one per class id).
template <class Score>
std::size_t best_transition(const configuration& c, const Score* scores, std::size_t labels, std::size_t root) noexcept {
  const bool shift = c.can(move::shift), right = c.can(move::right), left = c.can(move::left),
             reduce = c.can(move::reduce);
  const bool root_front = static_cast<std::size_t>(c.front()) == c.size();
  std::size_t best = 0;
  bool found = false;
  auto consider = [&](std::size_t id) {
    if (!found || scores[id] > scores[best]) best = id, found = true;
  };
  if (shift) consider(transition_id(move::shift));
  if (reduce) consider(transition_id(move::reduce));
  if (left) {
    if (root_front) {
      consider(transition_id(move::left, root));
    } else {
      for (std::size_t l = 0; l < labels; ++l)
        if (l != root) consider(transition_id(move::left, l));
    }
  }
  if (right)
    for (std::size_t l = 0; l < labels; ++l)
      if (l != root) consider(transition_id(move::right, l));
  return best;
}

}  // namespace newsgraph::parse::detail
