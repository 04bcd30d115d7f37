#pragma once
// An article as the extractor reads it: plain data, filled by the readers in ingest.
#include <string>

namespace newsgraph {

/// One article. `text` is normalised UTF-8 (see normalize_text); every offset newsgraph
/// reports is a byte offset into it.
struct document {
  std::string id;     ///< unique in a corpus: a file name, or the id a JSON Lines record gives
  std::string title;  ///< may be empty
  std::string date;   ///< as given, ISO 8601 where known; may be empty
  std::string url;    ///< may be empty
  std::string text;   ///< the article body, normalised

  friend bool operator==(const document&, const document&) = default;
};

}  // namespace newsgraph
