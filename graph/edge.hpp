#pragma once
// An edge of the knowledge graph: one (subject, relation, object, mode), plain data.
#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "graph/ontology.hpp"
#include "graph/reading_mark.hpp"

namespace newsgraph {

/// Where one reading of an edge came from.
struct provenance {
  std::string doc;       ///< the article's id
  std::string date;      ///< the article's date as given (ISO 8601 where known), may be empty
  std::string url;       ///< the article's address, may be empty
  std::string sentence;  ///< the evidence: the sentence as it appears in the text
  std::size_t start = 0; ///< byte offset of the sentence in the normalised article text
  std::size_t end = 0;   ///< byte offset one past the sentence's end
  std::string trigger;   ///< the word or phrase that signalled the relation

  friend bool operator==(const provenance&, const provenance&) = default;
};

/// The largest weight an edge keeps: sums of weights stop there, short of infinity, at a
/// value every format writes and reads back exactly ("1e+308").
inline constexpr double max_weight = 1e308;

/// One relation between two nodes in one mode, with every reading of it.
struct edge {
  relation rel = relation::criticizes;
  mode mod = mode::asserted;
  double weight = 1;        ///< how many times the edge was read: each reading of read_at once
  double confidence = 0;    ///< 0 to 1, the highest over its readings
  /// Relation-specific qualifiers: action (calls-on), by (refers-to), of (accuses), role (represents).
  std::map<std::string, std::string> qualifiers;
  /// The first readings, in the order read; at most knowledge_graph::max_evidence of them.
  std::vector<provenance> evidence;
  std::vector<std::string> docs; ///< every article it was read from, sorted, unique
  /// Every reading the weight counts, by article (one of docs) and sentence offsets, sorted,
  /// unique: a reading met again adds nothing. Empty when the readings are not known.
  std::vector<reading_mark> read_at;
  std::string first_date;        ///< the earliest article date among its readings
  std::string last_date;         ///< the latest article date among its readings

  /// The trigger of the first reading, or "" when there is none.
  const std::string& trigger() const;

  friend bool operator==(const edge&, const edge&) = default;
};

}  // namespace newsgraph
