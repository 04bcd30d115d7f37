#pragma once
// The small hand-made graph of the exporters' golden files and real-client tests: every node
// type, several relations in every mode, and awkward text: quotes, &, <, >, backslashes, a
// node labelled "node", non-ASCII names, a tab, a line break and control characters.
#include <map>
#include <random>
#include <string>
#include <vector>
#include <utility>

#include "graph/key.hpp"
#include "graph/knowledge_graph.hpp"

namespace newsgraph::fixture {

inline node make_node(node_type t, std::string id, std::string label, std::vector<std::string> aliases = {}) {
  node n;
  n.key = make_key(t, id);
  n.type = t;
  n.label = std::move(label);
  n.aliases = std::move(aliases);
  n.mentions = 1;
  return n;
}

inline edge make_edge(relation r, mode m, double confidence, std::string doc, std::string date,
                      std::string sentence, std::size_t start, std::string trigger,
                      std::map<std::string, std::string> qualifiers = {}) {
  edge e;
  e.qualifiers = std::move(qualifiers);
  e.rel = r;
  e.mod = m;
  e.confidence = confidence;
  e.docs = {doc};
  std::size_t end = start + sentence.size();
  e.evidence.push_back({std::move(doc), std::move(date), "", std::move(sentence), start, end, std::move(trigger)});
  return e;
}

/// The fixture graph: 10 nodes, 11 edges.
inline knowledge_graph graph() {
  knowledge_graph g;
  node china = make_node(node_type::state, "CHN", "China", {"Beijing", "China", "People's Republic of China"});
  china.wikidata = "Q148";
  china.iso3166 = "CHN";
  china.mentions = 4;
  g.add(china);

  node civ = make_node(node_type::state, "CIV", "Côte d'Ivoire", {"Côte d'Ivoire", "Ivory Coast"});
  civ.wikidata = "Q1008";
  civ.iso3166 = "CIV";
  g.add(civ);

  node prk = make_node(node_type::state, "PRK", "North Korea", {"DPRK", "N. Korea", "North Korea", "Pyongyang"});
  prk.wikidata = "Q423";
  prk.iso3166 = "PRK";
  prk.mentions = 3;
  g.add(prk);

  node xi = make_node(node_type::person, "习近平", "习近平", {"Xi Jinping", "习近平"});
  xi.title = "President of the People's Republic";
  xi.wikidata = "Q15031";
  g.add(xi);

  node unga = make_node(node_type::body, "UN General Assembly", "UN General Assembly",
                        {"General Assembly", "UN General Assembly"});
  unga.kind = "intergovernmental";
  unga.wikidata = "Q47423";
  g.add(unga);

  node court = make_node(node_type::body, "node", "node", {"node"});
  court.kind = "court";
  g.add(court);

  node ministry = make_node(node_type::body, "Ministry of Truth & Justice", "Ministry of \"Truth\" & <Justice>",
                            {"Ministry of \"Truth\" & <Justice>", "the 'ministry'"});
  ministry.kind = "government";
  g.add(ministry);

  node report = make_node(node_type::report, "final report 2024", "C:\\Reports\\2024 \"final\" report");
  report.attributes = {{"date", "2024-02-01"}};
  g.add(report);

  node resolution = make_node(node_type::resolution, "A/RES/78/218",
                              "UN General Assembly resolution on North Korea");
  resolution.attributes = {{"votes_for", "118"}, {"votes_against", "8"}, {"abstentions", "64"},
                           {"number", "A/RES/78/218"}, {"date", "2023-12-19"}};
  g.add(resolution);

  g.add(make_node(node_type::place, "The Hague", "The Hague", {"Den Haag", "The Hague"}));

  const std::string chn = china.key, ivory = civ.key, korea = prk.key, res = resolution.key;
  g.add(chn, res, make_edge(relation::votes_against, mode::asserted, 0.9, "doc-a", "2023-12-19",
                            "China & Russia voted against the \"measure\"\x01 on Tuesday.", 120, "voted against"));
  g.add(chn, res, make_edge(relation::votes_against, mode::asserted, 0.8, "doc-b", "2023-12-20",
                            "Beijing again voted against it.", 0, "voted against"));
  g.add(ivory, res, make_edge(relation::votes_for, mode::asserted, 0.85, "doc-a", "2023-12-19",
                              "Côte d'Ivoire voted for the text.", 200, "voted for"));
  g.add(unga.key, res, make_edge(relation::adopts, mode::asserted, 0.95, "doc-a", "2023-12-19",
                                 "The General Assembly adopted the resolution <A/RES/78/218>.", 0, "adopted"));
  g.add(chn, ministry.key, make_edge(relation::criticizes, mode::negated, 0.6, "doc-c", "2024-01-05",
                                     "China did not criticise the \"Ministry\"\tat all.", 40, "did not criticise"));
  g.add(xi.key, chn, make_edge(relation::represents, mode::asserted, 0.95, "doc-c", "2024-01-05",
                               "习近平, President of the People's Republic, spoke.", 0, "President of",
                               {{"role", "president"}}));
  g.add(korea, chn, make_edge(relation::allied_with, mode::asserted, 0.7, "doc-a", "2023-12-19",
                              "Pyongyang's main ally, Beijing, objected.", 300, "main ally"));
  g.add(xi.key, ivory, make_edge(relation::meets, mode::expected, 0.5, "doc-c", "2024-01-05",
                                 "Xi is expected to meet Ivorian leaders\nnext week.", 90, "expected to meet"));
  g.add(court.key, "place:the-hague", make_edge(relation::located_in, mode::asserted, 0.9, "doc-b", "2023-12-20",
                                                "The node court sits in The Hague.", 50, "sits in"));
  g.add(korea, court.key, make_edge(relation::refers_to, mode::proposed, 0.75, "doc-a", "2023-12-19",
                                    "The resolution calls for North Korea to be referred to the court.", 400,
                                    "referred to", {{"by", "UN General Assembly"}}));
  g.add(report.key, korea, make_edge(relation::accuses, mode::asserted, 0.8, "doc-b", "2023-12-20",
                                     "The report (C:\\Reports\\2024) accuses Pyongyang\x1b of abuses.", 500,
                                     "accuses", {{"of", "crimes against humanity & \"abuses\""}}));
  g.add(ministry.key, report.key, make_edge(relation::publishes, mode::asserted, 0.9, "doc-b", "2023-12-20",
                                            "The ministry published the report.", 600, "published"));
  return g;
}

/// Nodes labelled with DOT's keywords, every ASCII character, invalid UTF-8 and random bytes,
/// joined in a ring of edges whose evidence is the label too.
inline knowledge_graph hostile_graph() {
  std::vector<std::string> texts = {"node", "edge", "graph", "digraph", "subgraph", "strict", "",
                                    "-> -- ; { } [ ] = , : \"", "\\", "\\N \\G \\E \\L \\l \\r \\\"",
                                    "]]> <!-- --> <![CDATA[ &amp; &#0; &#x1;", "@id @context \"urn:x\"",
                                    "\xff\xfe bad", "\xc3", "\xef\xbf\xbe", "a\r\nb\rc\n"};
  std::string ascii;
  for (int c = 1; c < 128; ++c) ascii += static_cast<char>(c);
  texts.push_back(ascii);
  std::mt19937 random(20240201);
  for (int i = 0; i < 40; ++i) {
    std::string s;
    for (int n = random() % 24; n > 0; --n) s += static_cast<char>(1 + random() % 255);
    texts.push_back(s);
  }
  knowledge_graph g;
  std::vector<std::string> keys;
  for (std::size_t i = 0; i < texts.size(); ++i) {
    node n = make_node(all_node_types()[i % 6], std::string("n").append(std::to_string(i)), texts[i], {texts[i], "x"});
    n.title = texts[i];
    n.attributes = {{texts[i], texts[i]}, {"number", texts[i]}};
    keys.push_back(g[g.add(n)].key);
  }
  for (std::size_t i = 0; i < keys.size(); ++i) {
    edge e = make_edge(all_relations()[i % all_relations().size()], all_modes()[i % 4], 0.5, texts[i],
                                texts[i], texts[i], i, texts[i], {{"of", texts[i]}, {texts[i], "q"}});
    g.add(keys[i], keys[(i + 1) % keys.size()], e);
  }
  return g;
}

}  // namespace newsgraph::fixture
