#pragma once
// The dynamic oracle of the arc-eager system (Goldberg and Nivre 2012): what each
// transition costs, in gold arcs it puts out of reach.
#include <cstddef>
#include <cstdint>
#include <vector>

#include "parse/detail/transition_system.hpp"

namespace newsgraph::parse::train {

/// Costs of the transitions of one configuration against a gold tree.
class arc_eager_oracle {
 public:
  /// An oracle for gold heads (n for the root) and relations of n words.
  arc_eager_oracle(const std::int32_t* heads, const std::uint8_t* labels, std::size_t n);
  /// Writes into costs[id] the cost of every transition class id allowed in `c`, and -1 for
  /// the others; `labels` relations, `root` the root's.
  void costs(const detail::configuration& c, std::size_t labels, std::size_t root, int* costs);

 private:
  const std::int32_t* heads_;
  const std::uint8_t* labels_;
  std::size_t n_;
  std::vector<char> on_stack_;
};

}  // namespace newsgraph::parse::train
