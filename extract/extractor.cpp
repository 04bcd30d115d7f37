#include "extract/extractor.hpp"

#include <vector>

#include "extract/detail/article_pieces.hpp"
#include "extract/detail/extractor_impl.hpp"
#include "extract/detail/reader.hpp"

namespace newsgraph {

extractor::extractor(const lexicon& lex, extractor_options options) : impl_(std::make_unique<impl>(lex, options)) {}
extractor::~extractor() = default;
extractor::extractor(extractor&&) noexcept = default;
extractor& extractor::operator=(extractor&&) noexcept = default;

knowledge_graph extractor::extract(const document& doc) const {
  knowledge_graph g;
  extract_into(doc, g);
  return g;
}

namespace {

// Reads `doc`, a piece of an article that begins `offset` bytes into it, into `g`; returns how
// many sentences were cut.
std::size_t read_piece(const detail::lexicon_index& index, const detail::clause_parser* clauses, const document& doc,
                       std::size_t offset, knowledge_graph& g) {
  detail::article a;
  a.doc = &doc;
  detail::reader(index, clauses, a).read();

  std::vector<char> used(a.entities.size(), 0);
  for (const auto& r : a.readings) used[r.subject] = used[r.object] = 1;
  std::vector<knowledge_graph::vertex_id> vertex(a.entities.size());
  g.name_article(doc.id);
  for (std::size_t i = 0; i < a.entities.size(); ++i) {
    node& n = a.entities[i].n;
    if (n.mentions > 0) n.mentioned_in = {{article_hash(doc.id), n.mentions}};  // the article counts once however often it is read
    if (n.wikidata.empty())
      if (auto q = index.wikidata_by_key.find(n.key); q != index.wikidata_by_key.end()) n.wikidata = q->second;
    if (n.mentions > 0 || used[i]) vertex[i] = g.add(std::move(n));
  }
  for (const auto& r : a.readings) {
    const auto& sen = a.sentences[r.sentence];
    edge e;
    e.rel = r.rel;
    e.mod = r.mod;
    e.confidence = r.confidence;
    e.qualifiers = r.qualifiers;
    e.docs = {doc.id};
    e.evidence.push_back({doc.id, doc.date, doc.url, std::string(a.text.substr(sen.begin, sen.end - sen.begin)),
                          offset + sen.begin, offset + sen.end, r.trigger});
    g.add(vertex[r.subject], vertex[r.object], std::move(e));
  }
  return a.sentences_cut;
}

}  // namespace

extraction_notes extractor::extract_into(const document& doc, knowledge_graph& g) const {
  if (doc.text.size() <= max_piece_bytes) return {.sentences_cut = read_piece(impl_->index, impl_->clause_layer(), doc, 0, g)};
  extraction_notes notes{.pieces = 0};
  knowledge_graph pieces(g.max_evidence());
  document piece{doc.id, doc.title, doc.date, doc.url, {}};
  for (std::size_t begin = 0; begin < doc.text.size(); ++notes.pieces) {
    const std::size_t end = detail::piece_end(doc.text, begin, max_piece_bytes);
    piece.text.assign(doc.text, begin, end - begin);
    notes.sentences_cut += read_piece(impl_->index, impl_->clause_layer(), piece, begin, pieces);
    begin = end;
  }
  g.merge(std::move(pieces));
  return notes;
}

}  // namespace newsgraph
