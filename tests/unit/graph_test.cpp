#include <gtest/gtest.h>

#include "graph/dump.hpp"
#include "graph/key.hpp"
#include "graph/knowledge_graph.hpp"
#include "graph/ontology.hpp"

namespace newsgraph {
namespace {

TEST(Ontology, EveryNameParsesBackToItsValue) {
  for (auto t : all_node_types()) EXPECT_EQ(parse_node_type(name(t)), t) << name(t);
  for (auto r : all_relations()) EXPECT_EQ(parse_relation(name(r)), r) << name(r);
  for (auto m : all_modes()) EXPECT_EQ(parse_mode(name(m)), m) << name(m);
  EXPECT_EQ(all_relations().size(), 23u);
}

TEST(Ontology, NamesAreTheContractsSpelling) {
  EXPECT_EQ(name(relation::votes_against), "votes-against");
  EXPECT_EQ(name(relation::calls_on), "calls-on");
  EXPECT_EQ(name(node_type::resolution), "Resolution");
  EXPECT_FALSE(parse_relation("votes_against"));
  EXPECT_FALSE(parse_node_type("state"));
  EXPECT_TRUE(is_symmetric(relation::meets));
  EXPECT_FALSE(is_symmetric(relation::opposes));
  EXPECT_EQ(schema_org_class(node_type::body, "court"), "GovernmentOrganization");
  EXPECT_EQ(schema_org_class(node_type::body, "ngo"), "Organization");
}

TEST(Key, FoldsCaseAccentsAndPunctuation) {
  EXPECT_EQ(make_key(node_type::state, "CHN"), "state:chn");
  EXPECT_EQ(make_key(node_type::person, "Juan Guaidó"), "person:juan-guaido");
  EXPECT_EQ(make_key(node_type::state, "Côte d'Ivoire"), "state:cote-divoire");
  EXPECT_EQ(make_key(node_type::body, "U.N."), "body:un");
  EXPECT_EQ(slug("  Qin   Gang! "), "qin-gang");
  EXPECT_EQ(slug("习近平"), "u4e60-u8fd1-u5e73");
  EXPECT_EQ(slug("a\xff" "b"), "a-xff-b");
}

node make(node_type t, std::string id, std::string label) {
  node n;
  n.key = make_key(t, id);
  n.type = t;
  n.label = std::move(label);
  n.aliases = {n.label};
  n.mentions = 1;
  return n;
}

edge reading(relation r, mode m, std::string doc, std::string sentence) {
  edge e;
  e.rel = r;
  e.mod = m;
  e.confidence = 0.5;
  e.docs = {doc};
  e.evidence.push_back({doc, "2024-02-01", "", std::move(sentence), 0, 10, "voted against"});
  return e;
}

TEST(KnowledgeGraph, SameEntityTwiceIsOneNode) {
  knowledge_graph g;
  auto a = g.add(make(node_type::state, "CHN", "China"));
  node again = make(node_type::state, "CHN", "China");
  again.aliases = {"Beijing"};
  again.wikidata = "Q148";
  auto b = g.add(again);
  EXPECT_EQ(a, b);
  EXPECT_EQ(g.node_count(), 1u);
  EXPECT_EQ(g[a].mentions, 2u);
  EXPECT_EQ(g[a].aliases, (std::vector<std::string>{"Beijing", "China"}));
  EXPECT_EQ(g[a].wikidata, "Q148");
}

TEST(KnowledgeGraph, SameEdgeTwiceHasWeightTwoAndBothEvidence) {
  knowledge_graph g;
  g.add(make(node_type::state, "CHN", "China"));
  g.add(make(node_type::resolution, "r1", "R1"));
  g.add("state:chn", "resolution:r1", reading(relation::votes_against, mode::asserted, "a", "one"));
  g.add("state:chn", "resolution:r1", reading(relation::votes_against, mode::asserted, "b", "two"));
  g.add("state:chn", "resolution:r1", reading(relation::votes_against, mode::negated, "b", "three"));
  ASSERT_EQ(g.edge_count(), 2u);
  auto e = g.find("state:chn", relation::votes_against, "resolution:r1", mode::asserted);
  ASSERT_TRUE(e);
  EXPECT_EQ(g[*e].weight, 2);
  ASSERT_EQ(g[*e].evidence.size(), 2u);
  EXPECT_EQ(g[*e].evidence[0].sentence, "one");
  EXPECT_EQ(g[*e].evidence[1].sentence, "two");
  EXPECT_EQ(g[*e].docs, (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(g[*e].trigger(), "voted against");
  EXPECT_EQ(dump_edges(g, "; "), "China votes-against R1; China votes-against R1 [negated]");
}

TEST(KnowledgeGraph, SymmetricRelationIsStoredOnce) {
  knowledge_graph g;
  g.add(make(node_type::state, "RUS", "Russia"));
  g.add(make(node_type::state, "CHN", "China"));
  g.add("state:rus", "state:chn", reading(relation::meets, mode::asserted, "a", "x"));
  g.add("state:chn", "state:rus", reading(relation::meets, mode::asserted, "a", "y"));
  ASSERT_EQ(g.edge_count(), 1u);
  EXPECT_EQ(dump_edges(g), "China meets Russia");
  EXPECT_TRUE(g.find("state:rus", relation::meets, "state:chn", mode::asserted));
}

TEST(KnowledgeGraph, EdgeToAMissingNodeIsRefused) {
  knowledge_graph g;
  g.add(make(node_type::state, "CHN", "China"));
  EXPECT_THROW(g.add("state:chn", "state:xxx", reading(relation::opposes, mode::asserted, "a", "x")),
               std::invalid_argument);
}

TEST(KnowledgeGraph, MergeIsTheSameAsAddingEverything) {
  knowledge_graph a, b, whole;
  for (auto* g : {&a, &whole}) {
    g->add(make(node_type::state, "CHN", "China"));
    g->add(make(node_type::state, "RUS", "Russia"));
    g->add("state:chn", "state:rus", reading(relation::allied_with, mode::asserted, "d1", "s1"));
  }
  for (auto* g : {&b, &whole}) {
    g->add(make(node_type::state, "RUS", "Russia"));
    g->add(make(node_type::state, "UKR", "Ukraine"));
    g->add(make(node_type::state, "CHN", "China"));
    g->add("state:rus", "state:ukr", reading(relation::attacks, mode::asserted, "d2", "s2"));
    g->add("state:rus", "state:chn", reading(relation::allied_with, mode::asserted, "d2", "s3"));
  }
  a.merge(b);
  EXPECT_EQ(dump_nodes(a), dump_nodes(whole));
  EXPECT_EQ(dump_edges(a), dump_edges(whole));
  auto e = a.find("state:chn", relation::allied_with, "state:rus", mode::asserted);
  ASSERT_TRUE(e);
  EXPECT_EQ(a[*e].weight, 2);
  EXPECT_EQ(a[*e].docs, (std::vector<std::string>{"d1", "d2"}));
  EXPECT_EQ(a[*a.find("state:rus")].mentions, 2u);
}

TEST(KnowledgeGraph, MergingAGraphItMayTakeEqualsCopyingIt) {
  knowledge_graph base, shard;
  base.add(make(node_type::state, "CHN", "China"));
  base.add(make(node_type::state, "RUS", "Russia"));
  base.add("state:chn", "state:rus", reading(relation::allied_with, mode::asserted, "d1", "s1"));
  shard.add(make(node_type::state, "RUS", "Russia"));
  shard.add(make(node_type::state, "CHN", "China"));
  shard.add(make(node_type::state, "UKR", "Ukraine"));
  shard.add("state:rus", "state:chn", reading(relation::allied_with, mode::asserted, "d2", "s2"));
  shard.add("state:rus", "state:ukr", reading(relation::attacks, mode::asserted, "d2", "s3"));
  knowledge_graph copied = base, moved = base;
  copied.merge(shard);
  moved.merge(knowledge_graph(shard));
  ASSERT_EQ(moved.node_count(), copied.node_count());
  ASSERT_EQ(moved.edge_count(), copied.edge_count());
  auto cn = copied.nodes_in_order(), mn = moved.nodes_in_order();
  for (std::size_t i = 0; i < cn.size(); ++i) EXPECT_EQ(moved[mn[i]], copied[cn[i]]);
  auto ce = copied.edges_in_order(), me = moved.edges_in_order();
  for (std::size_t i = 0; i < ce.size(); ++i) {
    EXPECT_EQ(moved[me[i]], copied[ce[i]]);
    EXPECT_EQ(moved.source(me[i]).key, copied.source(ce[i]).key);
  }
  // The copy was deep: the base graph is as it was.
  EXPECT_EQ(base.node_count(), 2u);
  EXPECT_EQ(base[*base.find("state:chn", relation::allied_with, "state:rus", mode::asserted)].weight, 1);
}

TEST(KnowledgeGraph, FindsEveryEdgeOfALargeGraphAndOfItsCopy) {
  knowledge_graph g;
  const int n = 120;  // 120 * 119 edges of each of two relations: the index grows many times
  auto id = [](int i) { return std::string("S").append(std::to_string(i)); };
  for (int i = 0; i < n; ++i) g.add(make(node_type::state, id(i), std::string("State ").append(std::to_string(i))));
  auto key = [&](int i) { return make_key(node_type::state, id(i)); };
  for (int i = 0; i < n; ++i)
    for (int j = 0; j < n; ++j)
      if (i != j) {
        g.add(key(i), key(j), reading(relation::criticizes, mode::asserted, "d", "s"));
        g.add(key(i), key(j), reading(relation::sanctions, mode::proposed, "d", "s"));
      }
  ASSERT_EQ(g.edge_count(), 2u * n * (n - 1));
  const knowledge_graph copy = g;
  for (const knowledge_graph* x : {static_cast<const knowledge_graph*>(&g), &copy})
    for (int i = 0; i < n; i += 7)
      for (int j = 0; j < n; j += 5) {
        EXPECT_EQ(x->find(key(i), relation::criticizes, key(j), mode::asserted).has_value(), i != j);
        EXPECT_EQ(x->find(key(i), relation::sanctions, key(j), mode::proposed).has_value(), i != j);
        EXPECT_FALSE(x->find(key(i), relation::sanctions, key(j), mode::asserted));
      }
}

TEST(KnowledgeGraph, AMovedFromGraphIsEmptyAndUsable) {
  knowledge_graph g(3);
  g.add(make(node_type::state, "CHN", "China"));
  knowledge_graph taken = std::move(g);
  EXPECT_EQ(taken.node_count(), 1u);
  EXPECT_TRUE(g.empty());  // NOLINT(bugprone-use-after-move): the contract under test
  EXPECT_FALSE(g.find("state:chn"));
  g.add(make(node_type::state, "RUS", "Russia"));
  EXPECT_EQ(g.node_count(), 1u);
  knowledge_graph other;
  other.add(make(node_type::state, "USA", "United States"));
  taken.merge(std::move(other));
  EXPECT_TRUE(other.empty());  // NOLINT(bugprone-use-after-move)
  EXPECT_EQ(taken.node_count(), 2u);
  EXPECT_EQ(taken.max_evidence(), 3u);
}

TEST(KnowledgeGraph, AReadingMetAgainIsCountedOnce) {
  // The same article and sentence gives the same reading however often it is added: twice
  // from one sentence (two triggers), or the whole article again.
  knowledge_graph g;
  g.add(make(node_type::state, "CHN", "China"));
  g.add(make(node_type::resolution, "r1", "R1"));
  edge first = reading(relation::votes_against, mode::asserted, "a", "one");
  edge other_trigger = first;
  other_trigger.evidence[0].trigger = "opposed";
  g.add("state:chn", "resolution:r1", first);
  g.add("state:chn", "resolution:r1", other_trigger);
  g.add("state:chn", "resolution:r1", first);
  auto e = g.find("state:chn", relation::votes_against, "resolution:r1", mode::asserted);
  ASSERT_TRUE(e);
  EXPECT_EQ(g[*e].weight, 1);
  EXPECT_EQ(g[*e].evidence.size(), 2u);  // both triggers are kept as evidence
  EXPECT_TRUE(g[*e].counted);
  EXPECT_EQ(counted_marks(g[*e]), std::vector<reading_mark>{mark_of("a", 0, 10)});
  EXPECT_TRUE(g[*e].read_at.empty());  // the evidence holds it
  edge later = reading(relation::votes_against, mode::asserted, "a", "two");
  later.evidence[0].start = 20;
  later.evidence[0].end = 30;
  g.add("state:chn", "resolution:r1", later);
  EXPECT_EQ(g[*e].weight, 2);
}

TEST(KnowledgeGraph, AGraphMergedWithItselfIsTheSameGraph) {
  knowledge_graph g;
  node china = make(node_type::state, "CHN", "China");
  china.mentions = 5;
  china.mentioned_in = {{article_hash("b"), 3}, {article_hash("a"), 2}};
  g.add(china);
  node r1 = make(node_type::resolution, "r1", "R1");
  r1.mentioned_in = {{article_hash("a"), 1}};
  g.add(r1);
  for (const char* doc : {"a", "b"}) g.add("state:chn", "resolution:r1", reading(relation::votes_against, mode::asserted, doc, doc));
  g.add("state:chn", "resolution:r1", reading(relation::votes_against, mode::negated, "b", "three"));
  const knowledge_graph before = g;
  g.merge(before);
  for (auto v : before.nodes_in_order()) EXPECT_EQ(g[*g.find(before[v].key)], before[v]) << before[v].key;
  for (auto e : before.edges_in_order())
    EXPECT_EQ(g[*g.find(before.source(e).key, before[e].rel, before.target(e).key, before[e].mod)], before[e]);
  EXPECT_EQ(g[*g.find("state:chn")].mentions, 5u);
  knowledge_graph moved = before;
  moved.merge(knowledge_graph(before));
  EXPECT_EQ(moved[*moved.find("state:chn")].mentions, 5u);
  EXPECT_EQ(moved[*moved.find("state:chn", relation::votes_against, "resolution:r1", mode::asserted)].weight, 2);

  // Another article adds its mentions and readings.
  node again = make(node_type::state, "CHN", "China");
  again.mentions = 4;
  again.mentioned_in = {{article_hash("c"), 4}};
  g.add(again);
  EXPECT_EQ(g[*g.find("state:chn")].mentions, 9u);
}

TEST(KnowledgeGraph, ReadingsBeyondTheKeptEvidenceStayCounted) {
  knowledge_graph g(2);
  g.add(make(node_type::state, "CHN", "China"));
  g.add(make(node_type::state, "USA", "United States"));
  for (char i = '0'; i < '5'; ++i)
    g.add("state:usa", "state:chn", reading(relation::sanctions, mode::asserted, std::string{'d', i}, std::string{'s', i}));
  const knowledge_graph before = g;
  auto e = *g.find("state:usa", relation::sanctions, "state:chn", mode::asserted);
  EXPECT_EQ(g[e].read_at.size(), 3u);
  g.merge(before);
  EXPECT_EQ(g[e].weight, 5);
  knowledge_graph moved(2);
  moved.merge(knowledge_graph(before));
  moved.merge(knowledge_graph(before));
  EXPECT_EQ(moved[*moved.find("state:usa", relation::sanctions, "state:chn", mode::asserted)], before[e]);
}

TEST(KnowledgeGraph, EvidenceIsCappedButWeightCountsEveryReading) {
  knowledge_graph g(2);
  g.add(make(node_type::state, "CHN", "China"));
  g.add(make(node_type::state, "USA", "United States"));
  for (char i = '0'; i < '5'; ++i)
    g.add("state:usa", "state:chn",
          reading(relation::sanctions, mode::asserted, std::string{'d', i}, std::string{'s', i}));
  auto e = *g.find("state:usa", relation::sanctions, "state:chn", mode::asserted);
  EXPECT_EQ(g[e].weight, 5);
  EXPECT_EQ(g[e].evidence.size(), 2u);
  EXPECT_EQ(g[e].docs.size(), 5u);
  EXPECT_EQ(g[e].first_date, "2024-02-01");
}

}  // namespace
}  // namespace newsgraph
