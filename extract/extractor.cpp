#include "extract/extractor.hpp"

#include <vector>

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

extraction_notes extractor::extract_into(const document& doc, knowledge_graph& g) const {
  detail::article a;
  a.doc = &doc;
  detail::reader(impl_->index, impl_->clause_layer(), a).read();

  std::vector<char> used(a.entities.size(), 0);
  for (const auto& r : a.readings) used[r.subject] = used[r.object] = 1;
  std::vector<knowledge_graph::vertex_id> vertex(a.entities.size());
  for (std::size_t i = 0; i < a.entities.size(); ++i)
    if (a.entities[i].n.mentions > 0 || used[i]) vertex[i] = g.add(std::move(a.entities[i].n));
  for (const auto& r : a.readings) {
    const auto& sen = a.sentences[r.sentence];
    edge e;
    e.rel = r.rel;
    e.mod = r.mod;
    e.confidence = r.confidence;
    e.qualifiers = r.qualifiers;
    e.docs = {doc.id};
    e.evidence.push_back({doc.id, doc.date, doc.url, std::string(a.text.substr(sen.begin, sen.end - sen.begin)),
                          sen.begin, sen.end, r.trigger});
    g.add(vertex[r.subject], vertex[r.object], std::move(e));
  }
  return {.sentences_cut = a.sentences_cut};
}

}  // namespace newsgraph
