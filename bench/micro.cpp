// Google Benchmark figures for the stages of reading an article: the tokenizer, the sentence
// splitter, the gazetteer, relation matching (whole-article extraction on text dense with
// relations against text with none), the merge of article graphs and the JSON Lines reader.
// Articles come from the corpus generator (bench/corpus.hpp), so the figures are repeatable.
#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "bench/corpus.hpp"
#include "extract/extractor.hpp"
#include "extract/gazetteer.hpp"
#include "ingest/jsonl_reader.hpp"
#include "extract/lexicon.hpp"
#include "ingest/normalize.hpp"
#include "extract/sentence_splitter.hpp"
#include "extract/tokenizer.hpp"
#include "graph/knowledge_graph.hpp"

namespace nb = newsgraph::bench;
using namespace newsgraph;

namespace {

const lexicon& lex() {
  static const lexicon l = lexicon::builtin();
  return l;
}

const extractor& ex() {
  static const extractor x(lex());
  return x;
}

// 200 generated articles (about 600 KB): the mix of make_corpus.
const std::vector<document>& articles() {
  static const std::vector<document> docs = [] {
    nb::corpus_generator gen(lex(), nb::corpus_options{});
    std::vector<document> out;
    for (int i = 0; i < 200; ++i) out.push_back(gen.next());
    return out;
  }();
  return docs;
}

// Articles made only of template sentences (every sentence has entities and relations) or only
// of filler (words, no entity): the difference is what mentions and relations cost.
const std::vector<document>& dense_articles(double share) {
  static std::vector<document> dense, filler;
  auto& docs = share > 0.5 ? dense : filler;
  if (docs.empty()) {
    nb::corpus_options o;
    o.template_share = share;
    nb::corpus_generator gen(lex(), o);
    for (int i = 0; i < 200; ++i) docs.push_back(gen.next());
  }
  return docs;
}

std::size_t total_bytes(const std::vector<document>& docs) {
  std::size_t n = 0;
  for (const auto& d : docs) n += d.text.size();
  return n;
}

void BM_tokenize(benchmark::State& state) {
  const auto& docs = articles();
  std::size_t tokens = 0;
  for (auto _ : state)
    for (const auto& d : docs) {
      auto t = tokenize(d.text);
      tokens += t.size();
      benchmark::DoNotOptimize(t.data());
    }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * total_bytes(docs)));
  state.counters["tokens/s"] = benchmark::Counter(static_cast<double>(tokens), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_tokenize)->Unit(benchmark::kMillisecond);

void BM_split_sentences(benchmark::State& state) {
  const auto& docs = articles();
  std::vector<std::vector<token>> toks;
  for (const auto& d : docs) toks.push_back(tokenize(d.text));
  for (auto _ : state)
    for (std::size_t i = 0; i < docs.size(); ++i) benchmark::DoNotOptimize(split_sentences(docs[i].text, toks[i]).data());
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * total_bytes(docs)));
}
BENCHMARK(BM_split_sentences)->Unit(benchmark::kMillisecond);

void BM_normalize(benchmark::State& state) {
  const auto& docs = articles();
  for (auto _ : state)
    for (const auto& d : docs) benchmark::DoNotOptimize(normalize_text(d.text).data());
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * total_bytes(docs)));
}
BENCHMARK(BM_normalize)->Unit(benchmark::kMillisecond);

// The gazetteer of every state and body name, alias, demonym and capital, asked for the
// longest phrase at every token of the articles, as the extractor does.
void BM_gazetteer_longest_at(benchmark::State& state) {
  gazetteer g;
  std::uint32_t v = 0;
  for (const auto& s : lex().states()) {
    g.add(s.name, v);
    for (const auto& a : s.aliases) g.add(a, v);
    for (const auto& d : s.demonyms) g.add(d, v);
    for (const auto& c : s.capitals) g.add(c, v);
    ++v;
  }
  for (const auto& b : lex().bodies()) {
    g.add(b.name, v);
    for (const auto& a : b.aliases) g.add(a, v);
    ++v;
  }
  g.compile();
  const auto& docs = articles();
  std::vector<std::vector<token>> toks;
  std::size_t lookups = 0;
  for (const auto& d : docs) toks.push_back(tokenize(d.text));
  std::size_t found = 0;
  for (auto _ : state)
    for (std::size_t i = 0; i < docs.size(); ++i) {
      const auto& t = toks[i];
      for (std::size_t k = 0; k < t.size(); ++k) {
        auto m = g.longest_at(docs[i].text, t, k, t.size());
        found += m.has_value();
      }
      lookups += t.size();
    }
  benchmark::DoNotOptimize(found);
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * total_bytes(docs)));
  state.counters["lookups/s"] = benchmark::Counter(static_cast<double>(lookups), benchmark::Counter::kIsRate);
  state.counters["phrases"] = static_cast<double>(g.size());
}
BENCHMARK(BM_gazetteer_longest_at)->Unit(benchmark::kMillisecond);

void extract_all(benchmark::State& state, const std::vector<document>& docs) {
  std::size_t edges = 0;
  for (auto _ : state)
    for (const auto& d : docs) edges += ex().extract(d).edge_count();
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * total_bytes(docs)));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * docs.size()));
  state.counters["edges/article"] =
      static_cast<double>(edges) / static_cast<double>(state.iterations() * docs.size());
}

// Whole-article extraction (tokens, sentences, mentions, relations) on the corpus mix ...
void BM_extract_article(benchmark::State& state) { extract_all(state, articles()); }
BENCHMARK(BM_extract_article)->Unit(benchmark::kMillisecond);
// ... on text where every sentence names entities and relations: relation matching at its
// densest ...
void BM_extract_relations_dense(benchmark::State& state) { extract_all(state, dense_articles(1.0)); }
BENCHMARK(BM_extract_relations_dense)->Unit(benchmark::kMillisecond);
// ... and on text without any entity: the floor of tokens, sentences and lookups.
void BM_extract_no_entities(benchmark::State& state) { extract_all(state, dense_articles(0.0)); }
BENCHMARK(BM_extract_no_entities)->Unit(benchmark::kMillisecond);

// Merging the article graphs into one corpus graph.
void BM_merge(benchmark::State& state) {
  std::vector<knowledge_graph> graphs;
  for (const auto& d : articles()) graphs.push_back(ex().extract(d));
  for (auto _ : state) {
    knowledge_graph all;
    for (const auto& g : graphs) all.merge(g);
    benchmark::DoNotOptimize(all.edge_count());
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * graphs.size()));
}
BENCHMARK(BM_merge)->Unit(benchmark::kMillisecond);

// Parsing JSON Lines records into articles.
void BM_jsonl_record(benchmark::State& state) {
  std::vector<std::string> lines;
  std::size_t bytes = 0;
  for (const auto& d : articles()) {
    lines.push_back("{\"id\":\"" + nb::json_escape(d.id) + "\",\"title\":\"" + nb::json_escape(d.title) +
                    "\",\"date\":\"" + d.date + "\",\"url\":\"" + nb::json_escape(d.url) + "\",\"text\":\"" +
                    nb::json_escape(d.text) + "\"}");
    bytes += lines.back().size();
  }
  for (auto _ : state)
    for (const auto& l : lines) benchmark::DoNotOptimize(parse_jsonl_record(l, "x").doc->text.data());
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
}
BENCHMARK(BM_jsonl_record)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
