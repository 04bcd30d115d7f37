#pragma once
// What an extractor holds: the lexicon's compiled matchers and the parser model, built once
// and shared read-only by every article.
#include "extract/detail/lexicon_index.hpp"
#include "extract/extractor.hpp"
#include "parse/parser.hpp"

namespace newsgraph {

struct extractor::impl {
  explicit impl(const lexicon& lex) : index(lex), model(parse::model::builtin()) {}
  detail::lexicon_index index;
  parse::model model;  ///< the tagger and parser under the clause layer
};

}  // namespace newsgraph
