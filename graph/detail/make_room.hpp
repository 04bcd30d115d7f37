#pragma once
// Growing the many small per-article lists of a large graph (an edge's reading marks, a node's
// mentions per article) by a quarter rather than doubling: doubled, up to half of each is unused.
#include <vector>

namespace newsgraph::detail {

/// Makes room in `v` for one element more, a quarter more than it holds when it is full.
template <class T>
void make_room(std::vector<T>& v) {
  if (v.size() == v.capacity()) v.reserve(v.size() + v.size() / 4 + 1);
}

/// Gives back what `v` holds beyond a quarter more than its elements.
template <class T>
void trim(std::vector<T>& v) {
  if (v.capacity() > v.size() + v.size() / 4 + 1) v.shrink_to_fit();
}

}  // namespace newsgraph::detail
