#include "graph/edge.hpp"

namespace newsgraph {

const std::string& edge::trigger() const {
  static const std::string none;
  return evidence.empty() ? none : evidence.front().trigger;
}

}  // namespace newsgraph
