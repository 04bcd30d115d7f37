#include "graph/edge.hpp"

#include <algorithm>
#include <cstddef>

namespace newsgraph {

const std::string& edge::trigger() const {
  static const std::string none;
  return evidence.empty() ? none : evidence.front().trigger;
}

reading_mark mark_of(const provenance& p) { return mark_of(p.doc, p.start, p.end); }

std::vector<reading_mark> counted_marks(const edge& e) {
  std::vector<reading_mark> out;
  if (!e.counted) return out;
  out.reserve(e.evidence.size() + e.read_at.size());
  for (const auto& p : e.evidence) out.push_back(mark_of(p));
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  const std::size_t evidence = out.size();
  out.insert(out.end(), e.read_at.begin(), e.read_at.end());
  std::inplace_merge(out.begin(), out.begin() + static_cast<std::ptrdiff_t>(evidence), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace newsgraph
