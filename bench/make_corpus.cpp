// make_corpus: writes a deterministic generated news corpus as JSON Lines (and optionally one
// .txt file per article), with a record of every entity and edge put in; or, with --check,
// verifies the generator's templates and fillers against the extractor.
//
//   make_corpus -n 10000 --seed 1 -o corpus.jsonl --record record.json [--txt-dir DIR]
//   make_corpus --check [-n 2000]
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "bench/corpus.hpp"
#include "extract/extractor.hpp"
#include "extract/lexicon.hpp"

namespace nb = newsgraph::bench;
using newsgraph::document;
using newsgraph::knowledge_graph;

namespace {

std::string show(const nb::edge_tuple& e) {
  return std::get<0>(e) + " " + std::string(newsgraph::name(std::get<1>(e))) + " " + std::get<2>(e) +
         (std::get<3>(e) == newsgraph::mode::asserted ? "" : " [" + std::string(newsgraph::name(std::get<3>(e))) + "]");
}

struct graph_sets {
  std::set<std::pair<std::string, newsgraph::node_type>> nodes;
  std::set<nb::edge_tuple> edges;
};

graph_sets sets_of(const knowledge_graph& g) {
  graph_sets out;
  for (auto v : g.nodes_in_order()) out.nodes.emplace(g[v].key, g[v].type);
  for (auto e : g.edges_in_order()) out.edges.emplace(g.source(e).key, g[e].rel, g.target(e).key, g[e].mod);
  return out;
}

// Differences between what was meant and what was read, one line each; empty when equal.
std::vector<std::string> differences(const std::set<std::pair<std::string, newsgraph::node_type>>& want_nodes,
                                     const std::set<nb::edge_tuple>& want_edges, const graph_sets& got) {
  std::vector<std::string> out;
  for (const auto& e : want_edges)
    if (!got.edges.count(e)) out.push_back("missing edge " + show(e));
  for (const auto& e : got.edges)
    if (!want_edges.count(e)) out.push_back("extra edge   " + show(e));
  for (const auto& n : want_nodes)
    if (!got.nodes.count(n)) out.push_back("missing node " + n.first);
  for (const auto& n : got.nodes)
    if (!want_nodes.count(n)) out.push_back("extra node   " + n.first);
  return out;
}

// Every template with every chosen state in its first two state slots and every body in its
// body slots, each sentence as an article of its own; every filler alone; then `articles`
// whole generated articles, each compared with the generator's record of it.
int check(const newsgraph::lexicon& lex, std::size_t articles, std::uint64_t seed) {
  const newsgraph::extractor ex(lex);
  nb::corpus_options options;
  options.seed = seed;
  nb::corpus_generator gen(lex, options);
  const auto& states = gen.states();
  const auto& bodies = gen.bodies();
  std::vector<std::size_t> actor, voting;
  for (std::size_t i = 0; i < bodies.size(); ++i) (bodies[i].votes ? voting : actor).push_back(i);
  std::cout << "make_corpus --check: " << states.size() << " states, " << bodies.size() << " bodies, "
            << nb::templates().size() << " templates, " << nb::fillers().size() << " fillers\n";
  int failures = 0;
  auto read = [&](const std::string& text, const std::string& id) {
    document d;
    d.id = id;
    d.text = text;
    return sets_of(ex.extract(d));
  };
  for (const auto& t : nb::templates()) {
    std::size_t fills = 0, bad = 0;
    std::map<std::string, std::size_t> bad_names;
    std::vector<std::string> shown;
    const std::size_t n = states.size();
    for (std::size_t i = 0; i < 2 * n; ++i) {
      std::size_t a = i < n ? i : (i * 7 + 3) % n;
      std::size_t b = i < n ? (i * 11 + 5) % n : i - n;
      auto bare_ok = [&](std::size_t k, char slot) { return states[k].bare || t.bare.find(slot) == std::string_view::npos; };
      while (!bare_ok(a, 'A')) a = (a + 1) % n;
      while (a == b || !bare_ok(b, 'B')) b = (b + 1) % n;
      std::size_t c = (std::max(a, b) + 1) % n;
      while (c == a || c == b) c = (c + 1) % n;
      std::vector<std::size_t> bs = {actor[i % actor.size()], voting[i % voting.size()]};
      std::vector<std::string> people = {nb::corpus_generator::person_name(i * 37),
                                         nb::corpus_generator::person_name(i * 37 + 1)};
      auto s = gen.fill(t, {a, b, c}, bs, people, std::to_string(2000 + i));
      auto diff = differences({s.nodes.begin(), s.nodes.end()}, {s.edges.begin(), s.edges.end()}, read(s.text, "check"));
      ++fills;
      if (diff.empty()) continue;
      ++bad;
      ++bad_names[states[a].name];
      ++bad_names[states[b].name];
      if (shown.size() < 3) {
        std::string lines = "    \"" + s.text + "\"";
        for (const auto& d : diff) lines += "\n      " + d;
        shown.push_back(lines);
      }
    }
    std::printf("  %-22s %4zu/%zu read exactly  %s\n", std::string(t.name).c_str(), fills - bad, fills,
                std::string(t.text).c_str());
    if (bad) {
      ++failures;
      for (const auto& s : shown) std::cout << s << '\n';
      std::cout << "    states in failing sentences:";
      for (const auto& [name, k] : bad_names) std::cout << ' ' << name << " (" << k << ")";
      std::cout << '\n';
    }
  }
  std::size_t bad_fillers = 0;
  for (const auto& f : nb::fillers()) {
    auto got = read(std::string(f), "check");
    if (!got.nodes.empty() || !got.edges.empty()) {
      ++bad_fillers;
      std::cout << "  filler with content: \"" << f << "\"\n";
    }
  }
  std::printf("  fillers: %zu/%zu give an empty graph\n", nb::fillers().size() - bad_fillers, nb::fillers().size());
  failures += bad_fillers > 0;
  std::size_t bad_articles = 0;
  for (std::size_t i = 0; i < articles; ++i) {
    document d = gen.next();
    auto diff = differences(gen.last_article().nodes, gen.last_article().edges, sets_of(ex.extract(d)));
    if (diff.empty()) continue;
    if (++bad_articles <= 5) {
      std::cout << "  article " << d.id << " differs:\n";
      for (const auto& line : diff) std::cout << "      " << line << '\n';
    }
  }
  std::printf("  whole articles: %zu/%zu read exactly\n", articles - bad_articles, articles);
  failures += bad_articles > 0;
  std::cout << (failures ? "make_corpus --check: FAILED\n" : "make_corpus --check: ok\n");
  return failures ? 1 : 0;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Writes a deterministic generated news corpus (JSON Lines) and the record of what it holds."};
  std::size_t articles = 10000;
  std::uint64_t seed = 1;
  std::string output, record_path, txt_dir, lexicon_dir;
  std::size_t min_bytes = 2048, max_bytes = 4096;
  double template_share = nb::corpus_options{}.template_share;
  bool check_mode = false;
  app.add_option("-n,--articles", articles, "how many articles")->capture_default_str();
  app.add_option("--seed", seed, "the seed: the same seed gives the same corpus")->capture_default_str();
  app.add_option("-o,--output", output, "the JSON Lines file to write ('-' for standard output)");
  app.add_option("--record", record_path, "where to write the record (JSON) of the entities and edges put in");
  app.add_option("--txt-dir", txt_dir, "also write each article as DIR/ID.txt");
  app.add_option("--min-bytes", min_bytes, "smallest article text")->capture_default_str();
  app.add_option("--max-bytes", max_bytes, "largest article text")->capture_default_str();
  app.add_option("--template-share", template_share, "share of sentences that name entities (the rest is filler)")
      ->capture_default_str()
      ->check(CLI::Range(0.0, 1.0));
  app.add_option("--lexicon-dir", lexicon_dir, "the built-in lexicon directory (default: newsgraph's)");
  app.add_flag("--check", check_mode,
               "check every template and filler against the extractor, then -n whole articles (default 2000)");
  CLI11_PARSE(app, argc, argv);

  try {
    const newsgraph::lexicon lex = newsgraph::lexicon::builtin(lexicon_dir);
    if (check_mode) return check(lex, app.count("-n") ? articles : 2000, seed);
    if (output.empty() && record_path.empty()) {
      std::cerr << "make_corpus: nothing to write: give -o and/or --record\n";
      return 2;
    }
    if (min_bytes > max_bytes) {
      std::cerr << "make_corpus: --min-bytes is larger than --max-bytes\n";
      return 2;
    }
    nb::corpus_options options;
    options.seed = seed;
    options.min_bytes = min_bytes;
    options.max_bytes = max_bytes;
    options.template_share = template_share;
    nb::corpus_generator gen(lex, options);

    std::ofstream file;
    std::ostream* out = nullptr;
    if (output == "-") {
      out = &std::cout;
    } else if (!output.empty()) {
      file.open(output, std::ios::binary);
      if (!file) throw std::runtime_error("cannot write " + output);
      out = &file;
    }
    if (!txt_dir.empty()) std::filesystem::create_directories(txt_dir);
    std::string line;
    for (std::size_t i = 0; i < articles; ++i) {
      document d = gen.next();
      if (out) {
        line.clear();
        line += "{\"id\":\"" + nb::json_escape(d.id) + "\",\"title\":\"" + nb::json_escape(d.title) + "\",\"date\":\"" +
                d.date + "\",\"url\":\"" + nb::json_escape(d.url) + "\",\"text\":\"" + nb::json_escape(d.text) + "\"}\n";
        *out << line;
      }
      if (!txt_dir.empty()) {
        std::ofstream txt(std::filesystem::path(txt_dir) / (d.id + ".txt"), std::ios::binary);
        txt << d.title << "\n\n" << d.text;
        if (!txt) throw std::runtime_error("cannot write into " + txt_dir);
      }
    }
    if (out) {
      out->flush();
      if (!*out) throw std::runtime_error("cannot write " + output);
    }
    if (!record_path.empty()) {
      std::ofstream rec(record_path, std::ios::binary);
      gen.record().write_json(rec);
      if (!rec) throw std::runtime_error("cannot write " + record_path);
    }
    const auto& r = gen.record();
    std::cerr << "make_corpus: " << r.articles << " articles, " << r.bytes << " bytes of text, " << r.nodes.size()
              << " nodes, " << r.edges.size() << " edges\n";
  } catch (const std::exception& e) {
    std::cerr << "make_corpus: " << e.what() << '\n';
    return 1;
  }
  return 0;
}
