// Write, read back, compare: JSON-LD gives back the very graph; GraphML what it carries; and
// the readers' errors say where.
#include <gtest/gtest.h>

#include <sstream>

#include "exporters/detail/text.hpp"
#include "exporters/reader.hpp"
#include "exporters/writer.hpp"
#include "graph/dump.hpp"
#include "graph/reading_mark.hpp"
#include "tests/clients/fixture.hpp"

namespace newsgraph {
namespace {

std::string written(const knowledge_graph& g, format f) {
  std::ostringstream s;
  write(g, f, s);
  return s.str();
}

knowledge_graph read_text(format f, const std::string& text, std::string_view source = "test") {
  std::istringstream in(text);
  return read_graph(f, in, source);
}

knowledge_graph round_trip(const knowledge_graph& g, format f) { return read_text(f, written(g, f)); }

// `e` as the writers give it out: its evidence cleaned of control characters.
edge cleaned(edge e) {
  for (auto& p : e.evidence) p.sentence = detail::clean_text(p.sentence);
  return e;
}

// The edge of `h` that is edge `e` of `g`.
edge counterpart(const knowledge_graph& g, knowledge_graph::edge_id e, const knowledge_graph& h) {
  auto found = h.find(g.source(e).key, g[e].rel, g.target(e).key, g[e].mod);
  if (!found) {
    ADD_FAILURE() << "missing " << g.source(e).key << " " << name(g[e].rel) << " " << g.target(e).key;
    return {};
  }
  return h[*found];
}

TEST(ExportRoundTrip, JsonLdGivesBackTheSameGraph) {
  knowledge_graph g = fixture::graph();
  knowledge_graph back = round_trip(g, format::jsonld);
  EXPECT_EQ(dump_nodes(back), dump_nodes(g));
  EXPECT_EQ(dump_edges(back), dump_edges(g));
  ASSERT_EQ(back.node_count(), g.node_count());
  ASSERT_EQ(back.edge_count(), g.edge_count());
  for (auto v : g.nodes_in_order()) EXPECT_EQ(back[*back.find(g[v].key)], g[v]) << g[v].key;
  for (auto e : g.edges_in_order()) EXPECT_EQ(counterpart(g, e, back), cleaned(g[e])) << name(g[e].rel);
  EXPECT_EQ(written(back, format::jsonld), written(g, format::jsonld));
}

TEST(ExportRoundTrip, GraphmlKeepsNodesWhole) {
  knowledge_graph g = fixture::graph();
  knowledge_graph back = round_trip(g, format::graphml);
  EXPECT_EQ(dump_nodes(back), dump_nodes(g));
  EXPECT_EQ(dump_edges(back), dump_edges(g));
  ASSERT_EQ(back.node_count(), g.node_count());
  for (auto v : g.nodes_in_order()) EXPECT_EQ(back[*back.find(g[v].key)], g[v]) << g[v].key;
  EXPECT_EQ(written(back, format::graphml), written(g, format::graphml));
}

TEST(ExportRoundTrip, GraphmlKeepsTheFirstEvidenceOfEachEdge) {
  knowledge_graph g = fixture::graph();
  knowledge_graph back = round_trip(g, format::graphml);
  ASSERT_EQ(back.edge_count(), g.edge_count());
  for (auto e : g.edges_in_order()) {
    edge want = cleaned(g[e]);
    std::vector<reading_mark> beyond = counted_marks(want);  // GraphML keeps the others as read_at
    want.evidence.resize(1);
    want.evidence[0].date.clear();  // GraphML has the edge's dates, not each reading's
    std::erase(beyond, mark_of(want.evidence[0].doc, want.evidence[0].start, want.evidence[0].end));
    want.read_at = beyond;
    EXPECT_EQ(counterpart(g, e, back), want) << name(g[e].rel);
  }
  auto china = back.find("state:chn", relation::votes_against, "resolution:a-res-78-218", mode::asserted);
  ASSERT_TRUE(china);
  EXPECT_EQ(back[*china].weight, 2);
  EXPECT_EQ(back[*china].docs, (std::vector<std::string>{"doc-a", "doc-b"}));
  EXPECT_EQ(back[*china].first_date, "2023-12-19");
  EXPECT_EQ(back[*china].last_date, "2023-12-20");
}

TEST(ExportRoundTrip, MergingReadShardsEqualsMergingTheGraphs) {
  knowledge_graph a = fixture::graph();
  knowledge_graph b;
  b.add(fixture::make_node(node_type::state, "CHN", "China", {"PRC"}));
  b.add(fixture::make_node(node_type::state, "USA", "United States"));
  b.add("state:usa", "state:chn",
        fixture::make_edge(relation::criticizes, mode::asserted, 0.7, "doc-d", "2024-03-01", "Washington slammed Beijing.", 0, "slammed"));
  b.add("state:chn", "state:usa",
        fixture::make_edge(relation::criticizes, mode::negated, 0.5, "doc-d", "2024-03-01", "Beijing did not reply.", 30, "did not"));
  knowledge_graph whole = a;
  whole.merge(b);
  knowledge_graph shards = round_trip(a, format::jsonld);
  shards.merge(round_trip(b, format::jsonld));
  EXPECT_EQ(written(shards, format::jsonld), written(whole, format::jsonld));
  // A shard merged with itself counts each reading once: the same edges.
  knowledge_graph twice = round_trip(a, format::jsonld);
  twice.merge(round_trip(a, format::jsonld));
  auto china = twice.find("state:chn", relation::votes_against, "resolution:a-res-78-218", mode::asserted);
  ASSERT_TRUE(china);
  EXPECT_EQ(twice[*china].weight, 2);
  for (auto e : a.edges_in_order()) EXPECT_TRUE(counterpart(a, e, twice) == cleaned(a[e])) << name(a[e].rel);
}

TEST(ExportRoundTrip, JsonLdKeepsEveryReadingTheWeightCountsBeyondTheEvidence) {
  // Twelve readings of one edge keep eight pieces of evidence; a graph read back and merged
  // with itself still counts twelve, and a thirteenth reading in another shard makes 13.
  knowledge_graph g;
  for (node n : {fixture::make_node(node_type::state, "CHN", "China"),
                 fixture::make_node(node_type::state, "USA", "United States")}) {
    n.mentions = 3;
    n.mentioned_in = {{article_hash("doc-0"), 1}, {article_hash("doc-1"), 1}, {article_hash("doc-2"), 1}};
    g.add(n);
  }
  for (const char* doc : {"doc-0", "doc-1", "doc-2"}) g.name_article(doc);
  for (std::size_t i = 0; i < 12; ++i)
    g.add("state:usa", "state:chn",
          fixture::make_edge(relation::criticizes, mode::asserted, 0.7, "doc-" + std::to_string(i % 3), "2024-03-01",
                             "Washington slammed Beijing.", 100 * i, "slammed"));
  auto e = g.find("state:usa", relation::criticizes, "state:chn", mode::asserted);
  ASSERT_TRUE(e);
  ASSERT_EQ(g[*e].weight, 12);
  ASSERT_EQ(g[*e].evidence.size(), g.max_evidence());
  knowledge_graph twice = round_trip(g, format::jsonld);
  twice.merge(round_trip(g, format::jsonld));
  EXPECT_EQ(twice[*twice.find("state:usa", relation::criticizes, "state:chn", mode::asserted)].weight, 12);
  EXPECT_TRUE(written(twice, format::jsonld) == written(g, format::jsonld));
  knowledge_graph more;
  more.add(fixture::make_node(node_type::state, "CHN", "China"));
  more.add(fixture::make_node(node_type::state, "USA", "United States"));
  more.add("state:usa", "state:chn",
           fixture::make_edge(relation::criticizes, mode::asserted, 0.7, "doc-9", "2024-03-02",
                              "Washington slammed Beijing again.", 0, "slammed"));
  twice.merge(round_trip(more, format::jsonld));
  EXPECT_EQ(twice[*twice.find("state:usa", relation::criticizes, "state:chn", mode::asserted)].weight, 13);
}


// The message of the read_error that reading `text` as `f` throws, or "" when none.
std::string error_of(format f, const std::string& text, std::string_view source) {
  try {
    read_text(f, text, source);
  } catch (const read_error& e) {
    return e.what();
  }
  return "";
}

TEST(ExportRoundTrip, ReadAtMustNameTheEdgesOwnArticles) {
  knowledge_graph g;
  g.add(fixture::make_node(node_type::state, "CHN", "China"));
  g.add(fixture::make_node(node_type::state, "USA", "United States"));
  g.add("state:usa", "state:chn",
        fixture::make_edge(relation::criticizes, mode::asserted, 0.7, "doc-a", "", "Washington slammed Beijing.", 0, "slammed"));
  std::string text = written(g, format::jsonld);
  ASSERT_NE(text.find("\"doc-a@0-27\""), std::string::npos) << text;
  std::string other = text;
  other.replace(other.find("\"doc-a@0-27\""), 12, "\"doc-z@0-27\"");
  EXPECT_NE(error_of(format::jsonld, other, "g.jsonld").find("read_at 'doc-z@0-27' names an article that is not one of its doc"),
            std::string::npos);
  std::string bad = text;
  bad.replace(bad.find("\"doc-a@0-27\""), 12, "\"doc-a@0_27\"");
  EXPECT_NE(error_of(format::jsonld, bad, "g.jsonld").find("read_at is not ARTICLE@START-END: 'doc-a@0_27'"),
            std::string::npos);
}

TEST(ExportRoundTrip, AttributeNamesThatExportAlikeKeepTheFirst) {
  // "vote count" and "vote_count" are both written as vote_count: the first in key order keeps
  // the name, in every format, and the graph reads back unchanged (a fuzzer's finding).
  knowledge_graph g;
  node n;
  n.key = "resolution:r1";
  n.type = node_type::resolution;
  n.label = "R1";
  n.attributes = {{"vote count", "12"}, {"vote_count", "13"}};
  g.add(n);
  for (format f : {format::jsonld, format::graphml}) {
    knowledge_graph back = round_trip(g, f);
    ASSERT_EQ(back.node_count(), 1u) << name(f);
    const node& r = back[*back.find("resolution:r1")];
    EXPECT_EQ(r.attributes.size(), 1u) << name(f);
    EXPECT_EQ(r.attributes.count("vote_count") ? r.attributes.at("vote_count") : "", "12") << name(f);
    EXPECT_EQ(written(round_trip(back, f), f), written(back, f)) << name(f);
  }
}

TEST(ExportReadErrors, NameTheFileThePlaceAndTheProblem) {
  EXPECT_EQ(error_of(format::graphml, "<graphml>\n  <graph>\n    <node id='a'>\n  </graph>", "bad.graphml"),
            "bad.graphml:4:5: Start-end tags mismatch");
  EXPECT_EQ(error_of(format::graphml, "<gexf/>", "x.graphml"), "x.graphml:1:1: not GraphML: no <graphml> element");
  std::string graphml = written(fixture::graph(), format::graphml);
  std::string bad = graphml;
  bad.replace(bad.find("<data key=\"e_relation\">publishes"), 38, "<data key=\"e_relation\">likes</data>");
  bad.replace(bad.find("<data key=\"e_label\">publishes"), 35, "<data key=\"e_label\">likes</data>");
  std::string message = error_of(format::graphml, bad, "g.graphml");
  EXPECT_EQ(message, "g.graphml:114:5: edge e0: unknown relation 'likes'");
  bad = graphml;
  bad.replace(bad.find("target=\"report:final-report-2024\""), 33, "target=\"report:missing\"");
  EXPECT_NE(error_of(format::graphml, bad, "g.graphml").find("to 'report:missing': no such node"), std::string::npos);
  bad = graphml;
  bad.replace(bad.find("<data key=\"e_weight\">1"), 22, "<data key=\"e_weight\">one");
  EXPECT_NE(error_of(format::graphml, bad, "g.graphml").find("weight is not a number: 'one'"), std::string::npos);

  EXPECT_EQ(error_of(format::jsonld, "{\n  \"@graph\": [,]\n}", "bad.jsonld"), "bad.jsonld:2:14: Invalid value.");
  EXPECT_EQ(error_of(format::jsonld, "[]", "a.jsonld"), "a.jsonld: not newsgraph JSON-LD: no @graph array");
  std::string jsonld = written(fixture::graph(), format::jsonld);
  bad = jsonld;
  bad.replace(bad.find("\"mode\": \"asserted\""), 18, "\"mode\": \"maybe\"");
  message = error_of(format::jsonld, bad, "g.jsonld");
  EXPECT_EQ(message.substr(0, 20), "g.jsonld: @graph[11]") << message;
  EXPECT_NE(message.find("unknown mode 'maybe'"), std::string::npos) << message;
  bad = jsonld;
  bad.replace(bad.find("\"@id\": \"urn:newsgraph:state:chn\""), 32, "\"@id\": \"http://example.org/chn\"");
  EXPECT_NE(error_of(format::jsonld, bad, "g.jsonld").find("'http://example.org/chn' is not a newsgraph node IRI"),
            std::string::npos);

  EXPECT_EQ(error_of(format::dot, "digraph {}", "g.dot"), "g.dot: newsgraph reads GraphML and JSON-LD, not dot");
  EXPECT_THROW(read_graph_file("/nonexistent/graph.graphml"), read_error);
  try {
    read_graph_file("notes.txt");
    ADD_FAILURE() << "read a .txt";
  } catch (const read_error& e) {
    EXPECT_EQ(std::string(e.what()), "notes.txt: unknown format: name it .graphml, .jsonld or .json");
  }
}

}  // namespace
}  // namespace newsgraph
