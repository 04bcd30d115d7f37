// Every writer on the fixture graph (tests/clients/fixture.hpp) against its golden file in
// tests/golden/, which a person has read line by line. After a deliberate change of output,
// rewrite them with `newsgraph_write_fixture tests/golden`, then read the diff before committing.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "exporters/writer.hpp"
#include "tests/clients/fixture.hpp"

namespace newsgraph {
namespace {

std::string golden(format f) {
  std::string path = std::string(NEWSGRAPH_SOURCE_DIR) + "/tests/golden/fixture" + std::string(extension(f));
  std::ifstream in(path, std::ios::binary);
  EXPECT_TRUE(in) << "cannot open " << path;
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// The first line where `a` and `b` differ, for a readable failure.
std::string first_difference(const std::string& a, const std::string& b) {
  std::istringstream x(a), y(b);
  std::string l, r;
  for (int line = 1;; ++line) {
    bool more_l = static_cast<bool>(std::getline(x, l)), more_r = static_cast<bool>(std::getline(y, r));
    if (!more_l && !more_r) return "no difference";
    if (l != r || more_l != more_r)
      return "line " + std::to_string(line) + ":\n  written: " + l + "\n  golden:  " + r;
  }
}

class ExportGolden : public testing::TestWithParam<format> {};

TEST_P(ExportGolden, FixtureMatchesGoldenFile) {
  std::ostringstream out;
  write(fixture::graph(), GetParam(), out);
  std::string want = golden(GetParam());
  ASSERT_FALSE(want.empty());
  EXPECT_TRUE(out.str() == want) << first_difference(out.str(), want);
}

TEST_P(ExportGolden, OutputDoesNotDependOnInsertionOrder) {
  knowledge_graph g = fixture::graph();
  knowledge_graph reversed;
  auto nodes = g.nodes_in_order();
  for (auto it = nodes.rbegin(); it != nodes.rend(); ++it) reversed.add(g[*it]);
  auto edges = g.edges_in_order();
  for (auto it = edges.rbegin(); it != edges.rend(); ++it) reversed.add(g.source(*it).key, g.target(*it).key, g[*it]);
  std::ostringstream a, b;
  write(g, GetParam(), a);
  write(reversed, GetParam(), b);
  EXPECT_EQ(a.str(), b.str());
}

INSTANTIATE_TEST_SUITE_P(AllFormats, ExportGolden,
                         testing::Values(format::graphml, format::jsonld, format::dot, format::ntriples, format::gexf),
                         [](const auto& info) { return std::string(name(info.param)); });

}  // namespace
}  // namespace newsgraph
