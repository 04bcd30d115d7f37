#pragma once
// What an extractor holds: the lexicon's compiled matchers and the parser model, built once
// and shared read-only by every article.
#include "extract/detail/lexicon_index.hpp"
#include "extract/extractor.hpp"
#include "parse/parser.hpp"

namespace newsgraph {

struct extractor::impl {
  impl(const lexicon& lex, extractor_options o) : index(lex), model(parse::model::builtin()), options(o) {}
  detail::lexicon_index index;
  parse::model model;  ///< the tagger and parser under the clause layer
  extractor_options options;
  /// The model the reader reads clauses with: none when clauses are off.
  const parse::model* clause_model() const { return options.clauses ? &model : nullptr; }
};

}  // namespace newsgraph
