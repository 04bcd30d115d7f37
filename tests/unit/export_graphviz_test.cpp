// What a Graphviz picture needs (issue 11): a legend that is not graph data, one colour per
// relation, isolated nodes left out only when asked, resolutions with their tally and date beside
// them, refers-to with the referring actor, and text sizes that read at 1000 pixels.
#include <gtest/gtest.h>

#include <map>
#include <sstream>

#include "exporters/detail/style.hpp"
#include "exporters/writer.hpp"
#include "tests/clients/fixture.hpp"

namespace newsgraph {
namespace {

std::string dot(const knowledge_graph& g, write_options options = {}) {
  std::ostringstream out;
  write(g, format::dot, out, options);
  return out.str();
}

// The lines of `text` that declare a node or an edge: those that start with a quoted id.
std::size_t statements(const std::string& text) {
  std::size_t n = 0;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);)
    if (line.starts_with("  \"")) ++n;
  return n;
}

TEST(ExportGraphviz, TheLegendIsTheGraphLabelNotNodes) {
  const knowledge_graph g = fixture::graph();
  const std::string text = dot(g);
  EXPECT_EQ(text.find("cluster_legend"), std::string::npos) << text;
  EXPECT_EQ(text.find("legend_"), std::string::npos) << text;
  EXPECT_EQ(statements(text), g.node_count() + g.edge_count()) << text;
  const std::string graph_line = text.substr(text.find("  graph ["), text.find('\n', text.find("  graph [")) - text.find("  graph ["));
  EXPECT_NE(graph_line.find("label=<<table"), std::string::npos) << graph_line;
  EXPECT_NE(graph_line.find("Articles of 2023-12-19 to 2024-01-05"), std::string::npos) << graph_line;
  EXPECT_NE(graph_line.find("refers-to</font>"), std::string::npos) << graph_line;
}

TEST(ExportGraphviz, AGraphWithoutEdgesHasALegendOfItsNodeTypesOnly) {
  knowledge_graph g;
  g.add(fixture::make_node(node_type::state, "FRA", "France"));
  for (const std::string& text : {dot(g), dot(g, {.isolated_nodes = false})}) {
    EXPECT_NE(text.find("<td bgcolor=\"#a6cee3\">State</td>"), std::string::npos) << text;
    EXPECT_EQ(text.find("cellspacing=\"1\"></table>"), std::string::npos) << text;  // no empty table
    EXPECT_EQ(text.find("asserted"), std::string::npos) << text;
  }
}

TEST(ExportGraphviz, EveryRelationHasAColourOfItsOwn) {
  std::map<std::string_view, relation> owner;
  for (relation r : all_relations()) {
    auto [it, fresh] = owner.emplace(detail::colour(r), r);
    EXPECT_TRUE(fresh) << name(r) << " and " << name(it->second) << " share " << detail::colour(r);
  }
}

TEST(ExportGraphviz, IsolatedNodesAreKeptUnlessAskedToLeaveThemOut) {
  knowledge_graph g = fixture::graph();
  g.add(fixture::make_node(node_type::state, "FRA", "France"));
  EXPECT_NE(dot(g).find("\"state:fra\" [label=\"France\""), std::string::npos);
  EXPECT_EQ(dot(g, {.isolated_nodes = false}).find("\"state:fra\""), std::string::npos);
  EXPECT_EQ(statements(dot(g, {.isolated_nodes = false})) + 1, statements(dot(g)));
}

TEST(ExportGraphviz, ResolutionsShowTheirTallyAndDate) {
  const std::string text = dot(fixture::graph());
  EXPECT_NE(text.find("[label=\"UN General Assembly resolution on North Korea\", type=\"Resolution\""), std::string::npos)
      << text;  // the label stays the node's
  EXPECT_NE(text.find(", xlabel=\"118-8-64, 2023-12-19\""), std::string::npos) << text;
  knowledge_graph g;
  node undated = fixture::make_node(node_type::resolution, "res", "A resolution");
  undated.attributes = {{"votes_for", "10"}, {"votes_against", "2"}};
  g.add(undated);
  node untallied = fixture::make_node(node_type::resolution, "other", "Another");
  untallied.attributes = {{"date", "2014-12-18"}};
  g.add(untallied);
  const std::string two = dot(g);
  EXPECT_NE(two.find("[label=\"A resolution\""), std::string::npos) << two;
  EXPECT_NE(two.find(", xlabel=\"10-2\""), std::string::npos) << two;
  EXPECT_NE(two.find(", xlabel=\"2014-12-18\""), std::string::npos) << two;
  EXPECT_EQ(two.find("xlabel=\"\""), std::string::npos) << two;
}

TEST(ExportGraphviz, RefersToSaysByWhom) {
  const std::string text = dot(fixture::graph());
  // Beside the label, which stays the relation (ONTOLOGY.md); the mode is in the dashes.
  EXPECT_NE(text.find("[label=\"refers-to\", xlabel=\"by UN General Assembly\", relation=\"refers-to\", mode=\"proposed\""),
            std::string::npos)
      << text;
}

TEST(ExportGraphviz, EdgesLinkToTheirArticle) {
  knowledge_graph g = fixture::graph();
  edge e = fixture::make_edge(relation::sanctions, mode::asserted, 1, "d", "2014-12-18", "s", 0, "t");
  e.evidence.front().url = "https://example.org/news?id=1&page=2#a<b>\"c\\d e\xC3\xA9";
  g.add("state:chn", "state:civ", e);
  const std::string text = dot(g);
  EXPECT_NE(text.find("label=\"sanctions\""), std::string::npos) << text;
  // Graphviz copies URL into the SVG as it is: what XML cannot hold is encoded.
  EXPECT_NE(text.find(", URL=\"https://example.org/news?id=1&amp;page=2#a%3Cb%3E%22c%5Cd%20e%C3%A9\", target=\"_blank\""),
            std::string::npos)
      << text;
  EXPECT_EQ(dot(fixture::graph()).find("URL="), std::string::npos);  // no url, no link
}

TEST(ExportGraphviz, TextReadsAtAThousandPixels) {
  const std::string text = dot(fixture::graph());
  EXPECT_NE(text.find("rankdir=\"TB\""), std::string::npos) << text;
  EXPECT_NE(text.find("node [style=\"filled\", fontname=\"Helvetica\", fontsize=\"14\""), std::string::npos) << text;
  EXPECT_NE(text.find("edge [fontname=\"Helvetica\", fontsize=\"12\""), std::string::npos) << text;
}

}  // namespace
}  // namespace newsgraph
