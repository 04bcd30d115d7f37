#pragma once
// Everything a trained model holds: its tag and relation inventories and its classifiers (the
// tagger, the optional second pass of the tagger, the parser).
#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "parse/detail/weight_table.hpp"
#include "parse/parser.hpp"

namespace newsgraph::parse::detail {

/// A tagger class: one (UPOS, Penn tag) pair seen in training.
struct tag_class {
  upos tag;
  std::uint8_t xpos;
};

/// A model's contents; a model shares one, read-only.
struct model_data {
  std::vector<std::string> xpos_names;  ///< Penn tags, by id
  std::vector<std::string> rel_names;   ///< relations, by id; at most 64
  std::vector<tag_class> tag_classes;   ///< tagger classes, at most 254
  std::uint8_t root_rel = 0;            ///< the id of "root"
  std::uint8_t extra_root_rel = 0;      ///< the relation given to a root beyond the first ("parataxis")
  weight_table tagger;                  ///< classes: tag_classes
  weight_table tagger2;                 ///< the second pass, classes: tag_classes; empty: one pass
  weight_table parser;                  ///< classes: transition ids (transition_system.hpp)
  /// Derived from tag_classes, not stored: bit 0 a verb class, bit 1 punctuation (parser_features.hpp).
  std::array<std::uint8_t, 256> class_kinds{};
};

}  // namespace newsgraph::parse::detail
