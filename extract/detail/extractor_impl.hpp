#pragma once
// What an extractor holds: the lexicon's compiled matchers and the parser model, built once
// and shared read-only by every article.
#include "extract/detail/clauses.hpp"
#include "extract/detail/lexicon_index.hpp"
#include "extract/extractor.hpp"
#include "parse/parser.hpp"

namespace newsgraph {

struct extractor::impl {
  impl(const lexicon& lex, extractor_options o)
      : index(lex), model(parse::model::builtin()), clauses(model), options(o) {}
  detail::lexicon_index index;
  parse::model model;              ///< the tagger and parser under the clause layer
  detail::clause_parser clauses;   ///< the clause layer over `model`
  extractor_options options;
  /// The clause layer the reader reads with: none when clauses are off.
  const detail::clause_parser* clause_layer() const { return options.clauses ? &clauses : nullptr; }
};

}  // namespace newsgraph
