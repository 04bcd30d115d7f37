// The exporters' shared pieces: formats, names, the description of a graph, the event order,
// and the text helpers every writer relies on.
#include <gtest/gtest.h>

#include <sstream>

#include "exporters/detail/dot.hpp"
#include "exporters/detail/ntriples.hpp"
#include "exporters/detail/text.hpp"
#include "exporters/writer.hpp"
#include "tests/clients/fixture.hpp"

namespace newsgraph {
namespace {

TEST(ExportFormat, NamesParseBackAndExtensionsFindTheFormat) {
  for (auto f : {format::graphml, format::jsonld, format::dot, format::ntriples, format::gexf}) {
    EXPECT_EQ(parse_format(name(f)), f) << name(f);
    EXPECT_EQ(format_of_path("out/graph" + std::string(extension(f))), f) << extension(f);
  }
  EXPECT_EQ(name(format::ntriples), "nt");
  EXPECT_EQ(parse_format("ntriples"), format::ntriples);
  EXPECT_EQ(parse_format("json-ld"), format::jsonld);
  EXPECT_EQ(parse_format("GraphML"), format::graphml);  // names in any case
  EXPECT_EQ(parse_format("N-Triples"), std::nullopt);
  EXPECT_EQ(parse_format("JSON-LD"), format::jsonld);
  EXPECT_FALSE(parse_format("graphmlx"));
  EXPECT_EQ(format_of_path("out/G.DOT"), format::dot);
  EXPECT_EQ(format_of_path("shard.json"), format::jsonld);
  EXPECT_FALSE(format_of_path("graph.txt"));
  EXPECT_FALSE(format_of_path("graphml"));
}

TEST(ExportGraphml, ListsAndTextAreEscapedAndCleanedAsOneJoinedText) {
  knowledge_graph g;
  node a;
  a.key = "state:aaa";
  a.label = "A <north>";
  a.aliases = {"A & B", "x\x01y"};
  node b;
  b.key = "state:bbb";
  b.label = "B";
  g.add(a);
  g.add(b);
  edge e;
  e.docs = {"d<1>", "d2"};
  e.evidence.push_back({"d<1>", "", "", "Tab\there & <there>", 0, 5, ""});
  g.add("state:aaa", "state:bbb", e);
  std::ostringstream out;
  write(g, format::graphml, out);
  const std::string xml = out.str();
  EXPECT_NE(xml.find(">A &lt;north&gt;</data>"), std::string::npos) << xml;
  EXPECT_NE(xml.find(">A &amp; B|xy</data>"), std::string::npos) << xml;  // the control character dropped
  EXPECT_NE(xml.find(">d2|d&lt;1&gt;</data>"), std::string::npos) << xml;  // docs sorted
  EXPECT_NE(xml.find(">Tab\there &amp; &lt;there&gt;</data>"), std::string::npos) << xml;
}

TEST(ExportNames, AttributeNamesAreSanitisedAndFieldsReserved) {
  EXPECT_EQ(exported_name("votes_for", false), "votes_for");
  EXPECT_EQ(exported_name("vote count", false), "vote_count");
  EXPECT_EQ(exported_name("2nd", false), "a_2nd");
  EXPECT_EQ(exported_name("@id", false), "a__id");
  EXPECT_EQ(exported_name("", true), "a_");
  EXPECT_EQ(exported_name("date", false), "date");   // a node attribute; readings' date is the same kind
  EXPECT_FALSE(exported_name("label", false));
  EXPECT_FALSE(exported_name("mentions", false));
  EXPECT_FALSE(exported_name("sameAs", false));
  EXPECT_FALSE(exported_name("votes-against", false));  // a relation's term
  EXPECT_FALSE(exported_name("mode", true));
  EXPECT_FALSE(exported_name("reading", true));
  EXPECT_EQ(exported_name("action", true), "action");
  EXPECT_EQ(exported_name("label", true), std::nullopt);
}

TEST(ExportDescribe, SaysWhatTheFixtureCarries) {
  graph_info info = describe(fixture::graph());
  EXPECT_EQ(info.node_count, 10u);
  EXPECT_EQ(info.edge_count, 11u);
  EXPECT_EQ(info.node_types, std::vector<node_type>(all_node_types().begin(), all_node_types().end()));
  EXPECT_EQ(info.modes, std::vector<mode>(all_modes().begin(), all_modes().end()));
  EXPECT_EQ(info.relations.size(), 11u);
  EXPECT_EQ(info.relations.front(), relation::criticizes);
  EXPECT_EQ(info.attributes, (std::vector<attribute_info>{{"abstentions", true}, {"date", false}, {"number", false},
                                                          {"votes_against", true}, {"votes_for", true}}));
  EXPECT_EQ(info.qualifiers, (std::vector<std::string>{"action", "by", "of", "role"}));
  EXPECT_EQ(info.max_degree, 4u);  // China: represents, criticizes, votes-against, allied-with
  EXPECT_EQ(info.first_date, "2023-12-19");
  EXPECT_EQ(info.last_date, "2024-01-05");
}

// Records the events a writer receives.
class recorder final : public graph_writer {
 public:
  void begin_graph(const graph_info& info) override { log += "begin " + std::to_string(info.node_count) + "\n"; }
  void node(const newsgraph::node& n, std::size_t degree) override {
    log += "node " + n.key + " " + std::to_string(degree) + "\n";
  }
  void edge(const newsgraph::node& s, const newsgraph::node& t, const newsgraph::edge& e) override {
    log += "edge " + s.key + " " + std::string(name(e.rel)) + " " + t.key + "\n";
  }
  void end_graph() override { log += "end\n"; }
  std::string log;
};

TEST(ExportWrite, FeedsEventsInCanonicalOrder) {
  knowledge_graph g;
  g.add(fixture::make_node(node_type::state, "PRK", "North Korea"));
  g.add(fixture::make_node(node_type::state, "CHN", "China"));
  g.add(fixture::make_node(node_type::body, "UN", "UN"));
  g.add("state:prk", "state:chn", fixture::make_edge(relation::opposes, mode::asserted, 1, "d", "", "s", 0, "t"));
  g.add("state:chn", "body:un", fixture::make_edge(relation::supports, mode::asserted, 1, "d", "", "s", 0, "t"));
  g.add("state:chn", "body:un", fixture::make_edge(relation::criticizes, mode::asserted, 1, "d", "", "s", 0, "t"));
  recorder r;
  write(g, r);
  EXPECT_EQ(r.log,
            "begin 3\n"
            "node body:un 2\n"
            "node state:chn 3\n"
            "node state:prk 1\n"
            "edge state:chn criticizes body:un\n"
            "edge state:chn supports body:un\n"
            "edge state:prk opposes state:chn\n"
            "end\n");
}

TEST(ExportWrite, AnEmptyGraphIsACompleteDocumentInEveryFormat) {
  knowledge_graph g;
  std::ostringstream graphml, jsonld, dot, nt, gexf;
  write(g, format::graphml, graphml);
  write(g, format::jsonld, jsonld);
  write(g, format::dot, dot);
  write(g, format::ntriples, nt);
  write(g, format::gexf, gexf);
  EXPECT_NE(graphml.str().find("<graph id=\"G\" edgedefault=\"directed\">\n  </graph>\n</graphml>\n"), std::string::npos);
  EXPECT_NE(jsonld.str().find("\"@graph\": []"), std::string::npos);
  EXPECT_EQ(dot.str().substr(dot.str().size() - 2), "}\n");
  EXPECT_EQ(dot.str().find("cluster_legend"), std::string::npos);
  EXPECT_EQ(nt.str(), "");
  EXPECT_NE(gexf.str().find("<nodes>\n    </nodes>\n    <edges>\n    </edges>\n  </graph>\n</gexf>\n"), std::string::npos);
  EXPECT_NE(gexf.str().find("mode=\"static\""), std::string::npos);
}

TEST(ExportWrite, AKeyThatCannotBeAnXmlIdIsAnError) {
  knowledge_graph g;
  node n = fixture::make_node(node_type::state, "x", "X");
  n.key = "state x";
  g.add(n);
  std::ostringstream out;
  EXPECT_THROW(write(g, format::graphml, out), std::invalid_argument);
  EXPECT_THROW(write(g, format::gexf, out), std::invalid_argument);
  EXPECT_THROW(write(g, format::ntriples, out), std::invalid_argument);
  EXPECT_NO_THROW(write(g, format::dot, out));  // DOT quotes any id
}

TEST(ExportText, CleanTextRepairsUtf8AndDropsWhatXmlForbids) {
  using detail::clean_text;
  EXPECT_EQ(clean_text("Côte d'Ivoire 习近平"), "Côte d'Ivoire 习近平");
  EXPECT_EQ(clean_text("a\x01" "b\x1b" "c\x7f" "d"), "abc\x7f" "d");
  EXPECT_EQ(clean_text("tab\there\nline"), "tab\there\nline");
  EXPECT_EQ(clean_text("a\r\nb\rc"), "a\nb\nc");
  EXPECT_EQ(clean_text(std::string("nul\0!", 5)), "nul!");
  EXPECT_EQ(clean_text("bad \xff byte"), "bad \xEF\xBF\xBD byte");
  EXPECT_EQ(clean_text("cut \xe4\xb9"), "cut \xEF\xBF\xBD\xEF\xBF\xBD");
  EXPECT_EQ(clean_text("overlong \xc0\xaf"), "overlong \xEF\xBF\xBD\xEF\xBF\xBD");
  EXPECT_EQ(clean_text("surrogate \xed\xa0\x80"), "surrogate \xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
  EXPECT_EQ(clean_text("nonchar \xef\xbf\xbe\xef\xbf\xbf."), "nonchar .");
  EXPECT_EQ(clean_text("astral \xf0\x9f\x8c\x8d"), "astral \xf0\x9f\x8c\x8d");
}

TEST(ExportText, NumbersAndIntegers) {
  using detail::format_number;
  EXPECT_EQ(format_number(2), "2");
  EXPECT_EQ(format_number(0.85), "0.85");
  EXPECT_EQ(format_number(0.7 * 0.9), "0.63");
  EXPECT_EQ(format_number(1e-7), "1e-07");
  // Whole numbers as %.15g writes them, on both sides of 10^15.
  EXPECT_EQ(format_number(753211), "753211");
  EXPECT_EQ(format_number(999999999999999.0), "999999999999999");
  EXPECT_EQ(format_number(1e15), "1e+15");
  EXPECT_EQ(format_number(0), "0");
  EXPECT_EQ(format_number(-4), "-4");
  EXPECT_TRUE(detail::is_integer("118"));
  EXPECT_TRUE(detail::is_integer("-3"));
  EXPECT_TRUE(detail::is_integer("0"));
  for (const char* s : {"", "-", "007", "-0", "+3", "1.5", "12a", "99999999999999999999"})
    EXPECT_FALSE(detail::is_integer(s)) << s;
}

TEST(ExportText, SplitJoinAndPositions) {
  EXPECT_EQ(detail::split("a||b|", '|'), (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(detail::join({"a", "b"}, "|"), "a|b");
  EXPECT_EQ(detail::line_column("ab\ncd\nef", 4), "2:2");
  EXPECT_EQ(detail::line_column("ab", 99), "1:3");
  EXPECT_TRUE(detail::is_valid_key("state:chn"));
  EXPECT_FALSE(detail::is_valid_key("state chn"));
  EXPECT_FALSE(detail::is_valid_key(""));
}

TEST(ExportText, NTriplesEscaping) {
  EXPECT_EQ(detail::escape_ntriples("a\\b \"q\"\n\r\t\x01 é"), "a\\u005Cb \\\"q\\\"\\n\\r\\u0009\\u0001 é");
  EXPECT_EQ(detail::canonical_double("0.9"), "9.0E-1");
  EXPECT_EQ(detail::canonical_double("2"), "2.0E0");
  EXPECT_EQ(detail::canonical_double("0.63"), "6.3E-1");
  EXPECT_EQ(detail::canonical_double("1234.5"), "1.2345E3");
  EXPECT_EQ(detail::canonical_double("0"), "0.0E0");
}

TEST(ExportText, DotQuoting) {
  EXPECT_EQ(detail::dot_quote("node"), "\"node\"");
  EXPECT_EQ(detail::dot_quote("C:\\x \"y\""), "\"C:\\\\x \\\"y\\\"\"");
  EXPECT_EQ(detail::dot_quote("two\nlines\tand\x01"), "\"two\\nlines\tand\"");
}

}  // namespace
}  // namespace newsgraph
