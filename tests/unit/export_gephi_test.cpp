// What Gephi needs of a graph (issue 11): parallel edges of different relations kept apart by
// their GEXF kind, the mode visible in GEXF labels and colours (GraphML and DOT labels stay the
// relation), and one time spell per reading date.
#include <gtest/gtest.h>

#include <sstream>

#include "exporters/writer.hpp"
#include "tests/clients/fixture.hpp"

namespace newsgraph {
namespace {

// China and the US with three edges between them: opposes and calls-on (asserted) and
// supports (negated); opposes read on two dates, the second of them twice.
knowledge_graph parallel_edges() {
  knowledge_graph g;
  g.add(fixture::make_node(node_type::state, "CHN", "China"));
  g.add(fixture::make_node(node_type::state, "USA", "United States"));
  g.add("state:chn", "state:usa", fixture::make_edge(relation::opposes, mode::asserted, 1, "a", "2014-12-18", "s1", 0, "t"));
  g.add("state:chn", "state:usa", fixture::make_edge(relation::opposes, mode::asserted, 1, "b", "2014-12-20", "s2", 0, "t"));
  g.add("state:chn", "state:usa", fixture::make_edge(relation::opposes, mode::asserted, 1, "c", "2014-12-20", "s3", 0, "t"));
  g.add("state:chn", "state:usa", fixture::make_edge(relation::calls_on, mode::asserted, 1, "a", "2014-12-18", "s4", 0, "t"));
  g.add("state:chn", "state:usa", fixture::make_edge(relation::supports, mode::negated, 1, "a", "2014-12-18", "s5", 0, "t"));
  return g;
}

std::string written(const knowledge_graph& g, format f) {
  std::ostringstream out;
  write(g, f, out);
  return out.str();
}

// The opening tag of the GEXF edge labelled `label`, or "" when there is none.
std::string gexf_edge(const std::string& gexf, const std::string& label) {
  auto at = gexf.find("label=\"" + label + "\" weight=");
  if (at == std::string::npos) return {};
  auto open = gexf.rfind("<edge ", at);
  return gexf.substr(open, gexf.find("</edge>", at) - open);
}

TEST(ExportGephi, GexfEdgesCarryTheirRelationAsKind) {
  const std::string gexf = written(parallel_edges(), format::gexf);
  EXPECT_NE(gexf_edge(gexf, "opposes").find("kind=\"opposes\""), std::string::npos) << gexf;
  EXPECT_NE(gexf_edge(gexf, "calls-on").find("kind=\"calls-on\""), std::string::npos) << gexf;
  // The same relation in another mode is another edge for Gephi too.
  EXPECT_NE(gexf_edge(gexf, "supports (negated)").find("kind=\"supports-negated\""), std::string::npos) << gexf;
}

TEST(ExportGephi, GexfLabelsSayTheModeWhenNotAsserted) {
  const std::string gexf = written(parallel_edges(), format::gexf);
  EXPECT_FALSE(gexf_edge(gexf, "supports (negated)").empty()) << gexf;
  EXPECT_FALSE(gexf_edge(gexf, "opposes").empty()) << gexf;
  EXPECT_EQ(gexf.find("label=\"supports\" "), std::string::npos) << gexf;
}

// ONTOLOGY.md: the GraphML label is the relation, and DOT carries the same labels, in every mode.
TEST(ExportGephi, GraphmlAndDotLabelsAreTheRelationInEveryMode) {
  const knowledge_graph g = parallel_edges();
  const std::string graphml = written(g, format::graphml);
  EXPECT_NE(graphml.find("<data key=\"e_relation\">supports</data>\n      <data key=\"e_label\">supports</data>\n"
                         "      <data key=\"e_mode\">negated</data>"),
            std::string::npos)
      << graphml;
  EXPECT_NE(graphml.find("<data key=\"e_label\">opposes</data>"), std::string::npos) << graphml;
  EXPECT_EQ(graphml.find("(negated)"), std::string::npos) << graphml;
  const std::string dot = written(g, format::dot);
  EXPECT_NE(dot.find("[label=\"supports\", relation=\"supports\", mode=\"negated\""), std::string::npos) << dot;
  EXPECT_EQ(dot.find("(negated)"), std::string::npos) << dot;
}

TEST(ExportGephi, NonAssertedGexfEdgesAreFaintAndDashedOrDotted) {
  knowledge_graph g = parallel_edges();
  g.add("state:usa", "state:chn", fixture::make_edge(relation::sanctions, mode::proposed, 1, "a", "", "s6", 0, "t"));
  const std::string gexf = written(g, format::gexf);
  const std::string negated = gexf_edge(gexf, "supports (negated)");
  EXPECT_NE(negated.find("a=\"0.45\""), std::string::npos) << negated;
  const std::string proposed = gexf_edge(gexf, "sanctions (proposed)");
  EXPECT_NE(proposed.find("a=\"0.45\""), std::string::npos) << proposed;
  EXPECT_NE(proposed.find("<viz:shape value=\"dashed\""), std::string::npos) << proposed;
  const std::string fact = gexf_edge(gexf, "opposes");
  EXPECT_NE(fact.find("<viz:color "), std::string::npos) << fact;
  EXPECT_EQ(fact.find(" a=\""), std::string::npos) << fact;
  EXPECT_EQ(fact.find("<viz:shape"), std::string::npos) << fact;
}

TEST(ExportGephi, GexfEdgesHaveOneSpellPerReadingDate) {
  const std::string opposes = gexf_edge(written(parallel_edges(), format::gexf), "opposes");
  EXPECT_NE(opposes.find("<spells>\n"
                         "          <spell start=\"2014-12-18\" end=\"2014-12-18\" />\n"
                         "          <spell start=\"2014-12-20\" end=\"2014-12-20\" />\n"
                         "        </spells>"),
            std::string::npos)
      << opposes;
  EXPECT_EQ(opposes.find("start=\"2014-12-18\" end=\"2014-12-20\""), std::string::npos) << opposes;
  EXPECT_EQ(opposes.find("2014-12-19"), std::string::npos) << opposes;
}

TEST(ExportGephi, AnEdgeWithoutADateHasNoSpell) {
  knowledge_graph g = parallel_edges();
  g.add("state:usa", "state:chn", fixture::make_edge(relation::sanctions, mode::proposed, 1, "a", "", "s6", 0, "t"));
  const std::string undated = gexf_edge(written(g, format::gexf), "sanctions (proposed)");
  ASSERT_FALSE(undated.empty());
  EXPECT_EQ(undated.find("spell"), std::string::npos) << undated;
}

}  // namespace
}  // namespace newsgraph
