// Every format carries the same nodes and edges, also when labels hold anything at all:
// each output is parsed back by an independent reader (pugixml for GraphML and GEXF,
// RapidJSON with UTF-8 validation for JSON-LD, Graphviz's own cgraph for DOT, a strict line
// parser for N-Triples) and must give the same (key, label) pairs and edge count.
#include <gtest/gtest.h>

#include <graphviz/cgraph.h>

#include <map>
#include <sstream>

#include <pugixml.hpp>
#include <rapidjson/document.h>

#include "exporters/detail/dot.hpp"
#include "exporters/detail/text.hpp"
#include "exporters/reader.hpp"
#include "exporters/writer.hpp"
#include "ingest/detail/utf8.hpp"
#include "tests/clients/fixture.hpp"

namespace newsgraph {
namespace {

using labels = std::map<std::string, std::string>;  // key -> label

// What a reader of one format saw.
struct seen {
  labels nodes;
  std::size_t edges = 0;
};

std::string written(const knowledge_graph& g, format f) {
  std::ostringstream s;
  write(g, f, s);
  return s.str();
}

seen expected(const knowledge_graph& g) {
  seen s;
  for (auto v : g.nodes_in_order()) s.nodes[g[v].key] = detail::clean_text(g[v].label);
  s.edges = g.edge_count();
  return s;
}

seen from_graphml(const std::string& text) {
  pugi::xml_document doc;
  auto result = doc.load_string(text.c_str());
  EXPECT_TRUE(result) << result.description() << " at " << result.offset;
  seen s;
  auto graph = doc.child("graphml").child("graph");
  for (auto n : graph.children("node"))
    s.nodes[n.attribute("id").value()] = n.find_child_by_attribute("data", "key", "n_label").text().get();
  for ([[maybe_unused]] auto e : graph.children("edge")) ++s.edges;
  return s;
}

seen from_gexf(const std::string& text) {
  pugi::xml_document doc;
  auto result = doc.load_string(text.c_str());
  EXPECT_TRUE(result) << result.description() << " at " << result.offset;
  seen s;
  auto graph = doc.child("gexf").child("graph");
  for (auto n : graph.child("nodes").children("node")) s.nodes[n.attribute("id").value()] = n.attribute("label").value();
  for ([[maybe_unused]] auto e : graph.child("edges").children("edge")) ++s.edges;
  return s;
}

seen from_jsonld(const std::string& text) {
  rapidjson::Document doc;
  doc.Parse<rapidjson::kParseValidateEncodingFlag>(text.c_str());
  EXPECT_FALSE(doc.HasParseError()) << doc.GetParseError() << " at " << doc.GetErrorOffset();
  seen s;
  if (doc.HasParseError()) return s;
  for (const auto& item : doc["@graph"].GetArray()) {
    std::string id = item["@id"].GetString();
    if (item.HasMember("@type") && item["@type"].IsArray())  // a node: its two classes; no label when empty
      s.nodes[id.substr(std::string_view("urn:newsgraph:").size())] = item.HasMember("label") ? item["label"].GetString() : "";
    if (item.HasMember("@type") && item["@type"].IsString() && item["@type"].GetString() == std::string("rdf:Statement"))
      ++s.edges;
  }
  return s;
}


// One N-Triples line split into subject, predicate and object (IRIs unbracketed, literals
// unescaped, datatypes dropped); fails the test on anything the grammar does not allow.
struct triple {
  std::string s, p, o;
};

triple parse_ntriples_line(const std::string& line) {
  triple t;
  std::size_t i = 0;
  auto iri = [&](std::string& out) {
    EXPECT_EQ(line[i], '<') << line;
    auto close = line.find('>', i);
    out = line.substr(i + 1, close - i - 1);
    EXPECT_EQ(out.find_first_of(" \"{}|^`\\"), std::string::npos) << line;
    i = close + 1;
    EXPECT_EQ(line[i], ' ') << line;
    ++i;
  };
  iri(t.s);
  iri(t.p);
  if (line[i] == '<') {
    iri(t.o);
  } else {
    EXPECT_EQ(line[i], '"') << line;
    for (++i; i < line.size() && line[i] != '"'; ++i) {
      unsigned char c = line[i];
      EXPECT_GE(c, 0x20) << "raw control character in " << line;
      if (c != '\\') {
        t.o += line[i];
        continue;
      }
      char e = line[++i];
      switch (e) {
        case 'n': t.o += '\n'; break;
        case 'r': t.o += '\r'; break;
        case 't': t.o += '\t'; break;
        case '"': t.o += '"'; break;
        case '\\': t.o += '\\'; break;
        case 'u': detail::append_utf8(t.o, std::stoul(line.substr(i + 1, 4), nullptr, 16)), i += 4; break;
        default: ADD_FAILURE() << "bad escape \\" << e << " in " << line;
      }
    }
    ++i;
    if (line.compare(i, 3, "^^<") == 0) i = line.find('>', i) + 2;
    else ++i;
  }
  EXPECT_EQ(line.substr(i - 1), " .") << line;
  return t;
}

seen from_ntriples(const std::string& text) {
  seen s;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) {
    triple t = parse_ntriples_line(line);
    std::string key = t.s.substr(std::string_view("urn:newsgraph:").size());
    if (t.p == "http://www.w3.org/2000/01/rdf-schema#label") s.nodes[key] = t.o;
    if (t.o.starts_with("urn:newsgraph:vocab#") && t.p.ends_with("#type") && !t.o.ends_with("#Reading"))
      s.nodes.emplace(key, "");  // a node: no label triple when the label is empty
    if (t.o == "http://www.w3.org/1999/02/22-rdf-syntax-ns#Statement") ++s.edges;
  }
  return s;
}

// A DOT string as Graphviz hands it over (quotes unescaped) back to the text it displays:
// backslash escapes undone, "&amp;" made "&".
std::string dot_display(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\\' && i + 1 < s.size()) {
      ++i;
      out += s[i] == 'n' ? '\n' : s[i];
    } else if (s.substr(i, 5) == "&amp;") {
      out += '&';
      i += 4;
    } else {
      out += s[i];
    }
  }
  return out;
}

seen from_dot(const std::string& text) {
  seen s;
  Agraph_t* g = agmemread(text.c_str());
  EXPECT_NE(g, nullptr) << "cgraph cannot read the DOT";
  if (!g) return s;
  for (Agnode_t* n = agfstnode(g); n; n = agnxtnode(g, n)) {
    std::string id = agnameof(n);
    s.nodes[id] = dot_display(agget(n, const_cast<char*>("label")));
    for (Agedge_t* e = agfstout(g, n); e; e = agnxtout(g, e)) ++s.edges;
  }
  agclose(g);
  return s;
}

void expect_agreement(const knowledge_graph& g) {
  seen want = expected(g);
  std::map<std::string, seen> got{{"graphml", from_graphml(written(g, format::graphml))},
                                  {"gexf", from_gexf(written(g, format::gexf))},
                                  {"jsonld", from_jsonld(written(g, format::jsonld))},
                                  {"nt", from_ntriples(written(g, format::ntriples))},
                                  {"dot", from_dot(written(g, format::dot))}};
  for (const auto& [f, s] : got) {
    EXPECT_EQ(s.nodes, want.nodes) << f;
    EXPECT_EQ(s.edges, want.edges) << f;
  }
  for (format f : {format::graphml, format::jsonld}) {
    std::istringstream in(written(g, f));
    knowledge_graph back = read_graph(f, in, "test");
    EXPECT_EQ(expected(back).nodes, want.nodes) << name(f);
    EXPECT_EQ(back.edge_count(), want.edges) << name(f);
  }
}

TEST(ExportAgreement, FixtureIsTheSameGraphInEveryFormat) { expect_agreement(fixture::graph()); }

TEST(ExportAgreement, AnyTextInLabelsStillGivesTheSameGraphInEveryFormat) { expect_agreement(fixture::hostile_graph()); }

TEST(ExportAgreement, AHostileGraphValidatesAsGraphmlStructure) {
  std::string text = written(fixture::hostile_graph(), format::graphml);
  pugi::xml_document doc;
  ASSERT_TRUE(doc.load_string(text.c_str()));
  for (auto key : doc.child("graphml").children("key")) {
    std::string name = key.attribute("attr.name").value();
    EXPECT_EQ(name.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-."),
              std::string::npos)
        << name;
  }
}

}  // namespace
}  // namespace newsgraph
