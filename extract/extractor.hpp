#pragma once
// The extractor: an article in, the knowledge graph of who did what to whom out.
#include <cstddef>
#include <iosfwd>
#include <memory>
#include <string>

#include "extract/document.hpp"
#include "extract/lexicon.hpp"
#include "graph/knowledge_graph.hpp"

namespace newsgraph {

/// How an extractor reads.
struct extractor_options {
  /// Read relations from clause roles (tagger and parser) before the trigger's window
  /// patterns; off: window patterns only, several times faster, fewer relations found.
  bool clauses = true;
};

/// The most tokens a sentence is read in one: a longer one (a list or a page without full stops)
/// is read as pieces of at most this many, which keeps reading linear in its length.
inline constexpr std::size_t max_sentence_tokens = 4096;

/// The most bytes of an article read in one: a longer one is read piece by piece, each cut at a
/// paragraph, line or sentence end, so that its working memory stays that of one piece (names
/// and references do not carry from one piece to the next).
inline constexpr std::size_t max_piece_bytes = std::size_t{1} << 20;

/// What reading an article changed of its text, for a warning that names it.
struct extraction_notes {
  std::size_t sentences_cut = 0;  ///< sentences over max_sentence_tokens, read as pieces
  std::size_t pieces = 1;         ///< pieces of at most max_piece_bytes the article was read in
};

/// Reads articles into graphs. Built once from a lexicon (the matchers are compiled then);
/// extract() and extract_into() are const and may be called from any number of threads at once.
class extractor {
 public:
  /// Throws parse::model_error when the shipped tagger and parser model cannot be read.
  explicit extractor(const lexicon& lex, extractor_options options = {});
  ~extractor();
  extractor(extractor&&) noexcept;
  extractor& operator=(extractor&&) noexcept;

  /// The graph of one article: its entities and relations, each edge with its evidence.
  knowledge_graph extract(const document& doc) const;
  /// Adds one article's entities and relations to `into`, as into.merge(extract(doc)) would,
  /// without building the article's own graph. If reading the article throws, `into` is as it was.
  extraction_notes extract_into(const document& doc, knowledge_graph& into) const;

  /// Every layer of one article, sentence by sentence, one item a line: the tokens with their
  /// tags, the mentions and their entities, the clause roles, and the readings with the rule
  /// that made each (`newsgraph explain`).
  std::string explain(const document& doc) const;
  /// Reads CoNLL-U from `in` (`name` for errors) and writes the same sentences and word lines
  /// to `out` with the tagger's UPOS and Penn tags and, in HEAD and DEPREL, the clause role
  /// each word fills (nsubj, nsubj:pass, obj, iobj, obl:agent; "_" where none); the roles the
  /// clause layer derives (shared, controlled, antecedent) go to DEPS. Throws
  /// std::runtime_error naming the file and line of a malformed line.
  void explain_conllu(std::istream& in, const std::string& name, std::ostream& out) const;

 private:
  struct impl;
  std::unique_ptr<impl> impl_;
};

}  // namespace newsgraph
