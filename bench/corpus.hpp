#pragma once
// A deterministic generator of news corpora for benchmarks and tests: articles composed from
// the built-in lexicons (states, bodies, role titles), sentence templates that the extractor
// reads exactly, invented people and neutral filler sentences, with the generator's own record
// of every entity and edge it put in.
#include <cstddef>
#include <cstdint>
#include <map>
#include <ostream>
#include <random>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "extract/document.hpp"
#include "extract/lexicon.hpp"
#include "graph/ontology.hpp"

namespace newsgraph::bench {

/// xoshiro256** seeded by splitmix64: the same numbers on every platform and library, unlike
/// the distributions of <random>.
class rng {
 public:
  explicit rng(std::uint64_t seed);
  std::uint64_t next();
  /// Uniform in [0, n); n > 0.
  std::size_t below(std::size_t n);
  /// Uniform in [lo, hi].
  std::size_t between(std::size_t lo, std::size_t hi) { return lo + below(hi - lo + 1); }
  /// True with probability p.
  bool chance(double p);
  /// Skewed towards small values in [0, n): a few are common, most are rare (news mentions
  /// a few states every day and the rest now and then).
  std::size_t skewed(std::size_t n);

 private:
  std::uint64_t s_[4];
};

/// One edge as the graph keys it: subject key, relation, object key, mode. Symmetric relations
/// are stored from the smaller key to the larger, as knowledge_graph does.
using edge_tuple = std::tuple<std::string, relation, std::string, mode>;

/// What a generated corpus holds: every distinct node (key and type) and edge.
struct corpus_record {
  std::uint64_t seed = 0;
  std::size_t articles = 0;
  std::uint64_t bytes = 0;      ///< bytes of article text
  std::set<std::pair<std::string, node_type>> nodes;
  std::set<edge_tuple> edges;

  /// As JSON: seed, articles, bytes, nodes_by_type and edges_by_relation (counts), nodes
  /// (type -> sorted keys) and edges ([subject, relation, object, mode], sorted).
  void write_json(std::ostream& out) const;
};

/// A sentence template: text with slots and the edges it must give, as the lead sentence of an
/// article of its own. Slots: {A} {B} {C} states by name, {a} {b} their demonyms, {X} an actor
/// body, {V} a body that votes and adopts, {P} {Q} people, {R} a numbered resolution ("2741").
/// Edges: "A votes-against R; B votes-against R", a mode in brackets ("A supports R [negated]"),
/// FA / FB for the foreign ministry of A / B, @id for a fixed lexicon body ("@icc").
struct sentence_template {
  std::string_view name;
  std::string_view text;
  std::string_view edges;
  /// State slots that take only names without "the" (a workaround for an extractor bug:
  /// "Canada and the United States voted against ..." loses Canada).
  std::string_view bare = {};
};

/// The templates the generator uses (every one checked against the extractor: see
/// make_corpus --check).
const std::vector<sentence_template>& templates();
/// Filler sentences: no entity, no relation, any order.
const std::vector<std::string_view>& fillers();

struct corpus_options {
  std::uint64_t seed = 1;
  std::size_t min_bytes = 2048;  ///< article text size, drawn uniformly in [min, max]
  std::size_t max_bytes = 4096;
  double template_share = 0.3;   ///< share of sentences that are templates
};

/// One template filled in: its text and the nodes and edges it says.
struct filled_sentence {
  std::string text;
  std::vector<std::pair<std::string, node_type>> nodes;
  std::vector<edge_tuple> edges;
};

/// Makes articles one after another; article i is the same for a given lexicon and seed
/// however many are made.
class corpus_generator {
 public:
  corpus_generator(const lexicon& lex, corpus_options options);

  /// The next article (ids gen-0000001, ...), its nodes and edges added to the record.
  document next();
  const corpus_record& record() const { return record_; }
  /// The nodes and edges of the last article alone.
  const corpus_record& last_article() const { return last_; }

  /// The states and bodies the generator names (chosen from the lexicon as unambiguous).
  struct state_choice { std::string id, name, demonym; bool bare; };
  struct body_choice { std::string id, text; bool votes; };
  const std::vector<state_choice>& states() const { return states_; }
  const std::vector<body_choice>& bodies() const { return bodies_; }

  /// Fills template `t` with the given choices (indices into states(), bodies(), people
  /// names and a resolution number): for checking templates one by one.
  filled_sentence fill(const sentence_template& t, const std::vector<std::size_t>& states,
                       const std::vector<std::size_t>& bodies, const std::vector<std::string>& people,
                       const std::string& resolution) const;

  /// An invented full name ("Tavro Melikan"), distinct for distinct n.
  static std::string person_name(std::size_t n);

 private:
  filled_sentence random_sentence(const sentence_template& t);
  std::size_t zipf_state(rng& r) const;
  std::size_t home_state(std::size_t person) const;

  corpus_options options_;
  rng rng_;
  std::vector<state_choice> states_;
  std::vector<double> state_cdf_;  ///< Zipf's law over states_
  std::map<std::string, std::string> parent_of_;  ///< lexicon part_of, by node key
  std::vector<body_choice> bodies_;
  std::vector<std::size_t> voting_bodies_, actor_bodies_;
  std::size_t people_ = 0;        ///< people introduced so far
  std::set<std::size_t> article_people_;  ///< people named in the current article
  std::size_t resolutions_ = 0;   ///< resolution numbers introduced so far
  std::size_t index_ = 0;
  corpus_record record_;
  corpus_record last_;
};

/// Escapes `s` as the contents of a JSON string.
std::string json_escape(std::string_view s);

}  // namespace newsgraph::bench
