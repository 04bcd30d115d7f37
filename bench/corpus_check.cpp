// corpus_check: compares a graph built from a generated corpus with the generator's record of
// what it put in: node counts by type, edge counts by relation, then the very keys and edges.
//
//   corpus_check --record record.json --graph corpus.graphml     a graph newsgraph wrote
//   corpus_check --record record.json --corpus corpus.jsonl      built here with the library
// Exit status 0 when they agree, 1 when they differ (the differences are printed), 2 on usage.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

#include <CLI/CLI.hpp>
#include <rapidjson/document.h>

#include "exporters/reader.hpp"
#include "extract/extractor.hpp"
#include "ingest/ingest.hpp"
#include "extract/lexicon.hpp"
#include "graph/knowledge_graph.hpp"

using namespace newsgraph;

namespace {

using edge_tuple = std::tuple<std::string, std::string, std::string, std::string>;
using node_pair = std::pair<std::string, std::string>;  // (type, key)

struct contents {
  std::set<node_pair> nodes;
  std::set<edge_tuple> edges;
};

contents read_record(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::stringstream buf;
  buf << in.rdbuf();
  rapidjson::Document doc;
  doc.Parse(buf.str().c_str());
  if (doc.HasParseError() || !doc.IsObject() || !doc.HasMember("nodes") || !doc.HasMember("edges"))
    throw std::runtime_error(path + ": not a make_corpus record");
  contents c;
  for (const auto& [type, keys] : doc["nodes"].GetObject())
    for (const auto& k : keys.GetArray()) c.nodes.emplace(type.GetString(), k.GetString());
  for (const auto& e : doc["edges"].GetArray())
    c.edges.emplace(e[0].GetString(), e[1].GetString(), e[2].GetString(), e[3].GetString());
  return c;
}

contents contents_of(const knowledge_graph& g) {
  contents c;
  for (auto v : g.nodes_in_order()) c.nodes.emplace(std::string(name(g[v].type)), g[v].key);
  for (auto e : g.edges_in_order())
    c.edges.emplace(g.source(e).key, std::string(name(g[e].rel)), g.target(e).key, std::string(name(g[e].mod)));
  return c;
}

knowledge_graph build_with_library(const std::string& corpus) {
  const lexicon lex = lexicon::builtin();
  const extractor ex(lex);
  knowledge_graph g;
  std::vector<std::string> names{corpus};
  for (const auto& in : list_inputs(names))
    read_input(
        in, ingest_options{}, [&](document&& d, std::size_t) { ex.extract_into(d, g); },
        [](skipped_article&& s) { std::cerr << "corpus_check: skipped " << s.message << '\n'; });
  return g;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Checks a graph built from a make_corpus corpus against the generator's record."};
  std::string record_path, graph_path, corpus_path;
  app.add_option("--record", record_path, "the record make_corpus wrote")->required();
  auto* graph_opt = app.add_option("--graph", graph_path, "a graph newsgraph built (GraphML or JSON-LD)");
  auto* corpus_opt = app.add_option("--corpus", corpus_path, "the corpus, to build the graph here with the library");
  graph_opt->excludes(corpus_opt);
  CLI11_PARSE(app, argc, argv);
  if (graph_path.empty() == corpus_path.empty()) {
    std::cerr << "corpus_check: give --graph or --corpus\n";
    return 2;
  }
  try {
    const contents want = read_record(record_path);
    const contents got = contents_of(corpus_path.empty() ? read_graph_file(graph_path) : build_with_library(corpus_path));

    // Counts first: the figures the issue asks for.
    std::map<std::string, std::pair<std::size_t, std::size_t>> by_type, by_rel;
    for (const auto& n : want.nodes) ++by_type[n.first].first;
    for (const auto& n : got.nodes) ++by_type[n.first].second;
    for (const auto& e : want.edges) ++by_rel[std::get<1>(e)].first;
    for (const auto& e : got.edges) ++by_rel[std::get<1>(e)].second;
    bool ok = true;
    std::printf("%-16s %9s %9s\n", "nodes", "record", "graph");
    for (const auto& [t, n] : by_type) {
      std::printf("%-16s %9zu %9zu%s\n", t.c_str(), n.first, n.second, n.first == n.second ? "" : "  <-- differs");
      ok &= n.first == n.second;
    }
    std::printf("%-16s %9s %9s\n", "edges", "record", "graph");
    for (const auto& [r, n] : by_rel) {
      std::printf("%-16s %9zu %9zu%s\n", r.c_str(), n.first, n.second, n.first == n.second ? "" : "  <-- differs");
      ok &= n.first == n.second;
    }
    std::printf("%-16s %9zu %9zu\n%-16s %9zu %9zu\n", "all nodes", want.nodes.size(), got.nodes.size(), "all edges",
                want.edges.size(), got.edges.size());

    // Then the very keys and edges, which equal counts could still hide.
    std::size_t shown = 0, differ = 0;
    auto report = [&](const std::string& line) {
      ++differ;
      if (++shown <= 30) std::cout << "  " << line << '\n';
    };
    for (const auto& n : want.nodes)
      if (!got.nodes.count(n)) report("missing node " + n.first + " " + n.second);
    for (const auto& n : got.nodes)
      if (!want.nodes.count(n)) report("extra node   " + n.first + " " + n.second);
    auto show = [](const edge_tuple& e) {
      return std::get<0>(e) + " " + std::get<1>(e) + " " + std::get<2>(e) + " [" + std::get<3>(e) + "]";
    };
    for (const auto& e : want.edges)
      if (!got.edges.count(e)) report("missing edge " + show(e));
    for (const auto& e : got.edges)
      if (!want.edges.count(e)) report("extra edge   " + show(e));
    if (differ > shown) std::cout << "  ... and " << differ - shown << " more\n";
    ok &= differ == 0;
    std::cout << (ok ? "corpus_check: the graph holds exactly what the generator put in\n"
                     : "corpus_check: the graph differs from the generator's record\n");
    return ok ? 0 : 1;
  } catch (const std::exception& e) {
    std::cerr << "corpus_check: " << e.what() << '\n';
    return 1;
  }
}
