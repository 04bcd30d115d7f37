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
  double weight = 1;        ///< how many times the edge was read: when counted, its readings' number
  double confidence = 0;    ///< 0 to 1, the highest over its readings
  /// Relation-specific qualifiers: action (calls-on), by (refers-to), of (accuses), role (represents).
  std::map<std::string, std::string> qualifiers;
  /// The first readings, in the order read; at most knowledge_graph::max_evidence of them.
  std::vector<provenance> evidence;
  std::vector<std::string> docs; ///< every article it was read from, sorted, unique
  /// Whether the weight counts known readings, by article and sentence offsets: those of the
  /// evidence and read_at (counted_marks), so that a reading met again adds nothing. When not,
  /// the weight is a bare number, which merges add.
  bool counted = false;
  /// The readings a counted weight counts beyond the evidence's, by article (one of docs) and
  /// sentence offsets, sorted, unique.
  std::vector<reading_mark> read_at;
  std::string first_date;        ///< the earliest article date among its readings
  std::string last_date;         ///< the latest article date among its readings

  /// The trigger of the first reading, or "" when there is none.
  const std::string& trigger() const;

  friend bool operator==(const edge&, const edge&) = default;
};

/// The mark of the reading a piece of evidence is.
reading_mark mark_of(const provenance& p);

/// Every reading a counted edge's weight counts: its evidence's and read_at, sorted, unique;
/// none when it is not counted.
std::vector<reading_mark> counted_marks(const edge& e);

}  // namespace newsgraph
