#pragma once
// The extractor: an article in, the knowledge graph of who did what to whom out.
#include <memory>

#include "extract/document.hpp"
#include "extract/lexicon.hpp"
#include "graph/knowledge_graph.hpp"

namespace newsgraph {

/// Reads articles into graphs. Built once from a lexicon (the matchers are compiled then);
/// extract() and extract_into() are const and may be called from any number of threads at once.
class extractor {
 public:
  explicit extractor(const lexicon& lex);
  ~extractor();
  extractor(extractor&&) noexcept;
  extractor& operator=(extractor&&) noexcept;

  /// The graph of one article: its entities and relations, each edge with its evidence.
  knowledge_graph extract(const document& doc) const;
  /// Adds one article's entities and relations to `into`, as into.merge(extract(doc)) would,
  /// without building the article's own graph. If reading the article throws, `into` is as it was.
  void extract_into(const document& doc, knowledge_graph& into) const;

 private:
  struct impl;
  std::unique_ptr<impl> impl_;
};

}  // namespace newsgraph
