#pragma once
// The article ids of a run, so that two articles never share one: two inputs whose names end
// alike (d1/news.jsonl and d2/news.jsonl, both "news.jsonl") would otherwise give their
// articles one id, and one resolution node.
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "ingest/ingest.hpp"

namespace newsgraph {

/// An id an article of an earlier input had already, and what this article is called instead.
struct renamed_article {
  std::string earlier;  ///< the earlier input's name (input_file::name)
  std::string taken;    ///< the id it had
};

/// Every article id of a run met so far, with its input; not thread-safe.
class unique_ids {
 public:
  /// Keeps `doc`'s id when no earlier article had it; else gives it one of its own (its
  /// input's name in place of the input's id at its start, then "~2", "~3"... while taken)
  /// and says which input had it.
  std::optional<renamed_article> claim(document& doc, const input_file& input);

 private:
  std::unordered_map<std::string, std::size_t> inputs_;  // id -> the input that gave it, in names_
  std::vector<std::string> names_;                       // the inputs' names, in the order met
};

}  // namespace newsgraph
