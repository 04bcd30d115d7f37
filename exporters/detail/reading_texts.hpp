#pragma once
// What counts a reading or a mention once, as the files write it: the marks and mention
// counts that JSON-LD, N-Triples and GraphML carry so that a merge of a graph with itself
// adds nothing.
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "graph/edge.hpp"
#include "graph/node.hpp"

namespace newsgraph::detail {

/// "DOC@COUNT" for each article of a node's mentioned_in that `articles` names, sorted; none
/// without `articles`.
std::vector<std::string> mention_texts(const node& n, const std::unordered_map<std::uint64_t, std::string>* articles);

/// "DOC@START-END" for each reading a counted edge counts (counted_marks) whose article is
/// one of its docs, in the marks' order.
std::vector<std::string> mark_texts(const edge& e);

}  // namespace newsgraph::detail
