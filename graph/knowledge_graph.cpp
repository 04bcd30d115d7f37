#include "graph/knowledge_graph.hpp"

#include "graph/detail/make_room.hpp"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <optional>
#include <stdexcept>
#include <tuple>
#include <type_traits>
#include <utility>

namespace newsgraph {

namespace {

// Whether `m` is the mark of one of `evidence`.
bool in_evidence(const std::vector<provenance>& evidence, const reading_mark& m) {
  // Offsets first: the article's id is hashed only for a piece of evidence of the same sentence.
  return std::any_of(evidence.begin(), evidence.end(), [&](const provenance& p) {
    const reading_mark at = mark_of({}, p.start, p.end);
    return at.start == m.start && at.end == m.end && mark_of(p) == m;
  });
}

// Makes e.read_at the marks of `all` (sorted, unique) that e's evidence does not hold.
void keep_beyond_evidence(edge& e, std::vector<reading_mark> all) {
  std::erase_if(all, [&](const reading_mark& m) { return in_evidence(e.evidence, m); });
  detail::trim(all);
  e.read_at = std::move(all);
}

// Keeps at most `max_evidence` pieces of e's evidence; the readings of those dropped stay counted.
void cap_evidence(edge& e, std::size_t max_evidence) {
  if (e.evidence.size() <= max_evidence) return;
  std::vector<reading_mark> all = counted_marks(e);
  e.evidence.resize(max_evidence);
  if (e.counted) keep_beyond_evidence(e, std::move(all));
}

// The body of merge_into (From is `const edge&`: copies) and of add_between (From is `edge`: moves
// the evidence and article ids it keeps).
template <class From>
void merge_edge(edge& into, From&& from, std::size_t max_evidence) {
  constexpr bool movable = !std::is_lvalue_reference_v<From>;
  auto take = [](auto& value) -> decltype(auto) {
    if constexpr (movable) return std::move(value);
    else return std::as_const(value);
  };
  // A reading both count is counted once (the common case, one reading more, without building
  // the sets). Kept finite: two weights of 1.5e308 add up to max_weight, not to inf.
  const bool counted = into.counted && from.counted;
  double added = from.weight;
  std::optional<reading_mark> single;  // from's one reading, when new to into
  std::vector<reading_mark> united;    // otherwise every reading of both
  if (counted && from.read_at.empty() && from.evidence.size() == 1) {
    const reading_mark m = mark_of(from.evidence.front());
    if (in_evidence(into.evidence, m) || std::binary_search(into.read_at.begin(), into.read_at.end(), m))
      added = std::max(0.0, from.weight - 1);
    else
      single = m;
  } else if (counted) {
    const std::vector<reading_mark> a = counted_marks(into), b = counted_marks(from);
    united.reserve(a.size() + b.size());
    std::set_union(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(united));
    const std::size_t known = a.size() + b.size() - united.size();
    if (known > 0) added = std::max(0.0, from.weight - static_cast<double>(known));
  } else if (into.counted) {  // a bare number joins: the readings are no longer all known
    into.counted = false;
    into.read_at = {};
  }
  into.weight += added;
  if (!(std::abs(into.weight) <= max_weight)) into.weight = std::copysign(max_weight, into.weight);
  into.confidence = std::max(into.confidence, from.confidence);
  for (const auto& [k, v] : from.qualifiers) into.qualifiers.emplace(k, v);
  for (auto& p : from.evidence) {
    if (into.evidence.size() >= max_evidence) break;
    if (std::find(into.evidence.begin(), into.evidence.end(), p) == into.evidence.end()) {
      into.evidence.reserve(into.evidence.size() + 1);  // exactly: most edges keep a few, never more than max_evidence
      into.evidence.push_back(take(p));
    }
  }
  if (from.docs.size() == 1 && (into.docs.empty() || into.docs.back() < from.docs.front())) {
    into.docs.push_back(take(from.docs.front()));  // articles mostly come in the order of their ids
  } else if (from.docs.size() == 1) {  // one more article: insert in place
    auto at = std::lower_bound(into.docs.begin(), into.docs.end(), from.docs.front());
    if (at == into.docs.end() || *at != from.docs.front()) into.docs.insert(at, take(from.docs.front()));
  } else if (!from.docs.empty()) {
    std::vector<std::string> docs;
    docs.reserve(into.docs.size() + from.docs.size());
    std::set_union(into.docs.begin(), into.docs.end(), from.docs.begin(), from.docs.end(),
                   std::back_inserter(docs));
    into.docs = std::move(docs);
  }
  auto widen = [](std::string& first, std::string& last, const std::string& f, const std::string& l) {
    if (!f.empty() && (first.empty() || f < first)) first = f;
    if (!l.empty() && (last.empty() || l > last)) last = l;
  };
  widen(into.first_date, into.last_date, from.first_date, from.last_date);
  if (single && !in_evidence(into.evidence, *single)) {
    auto at = std::lower_bound(into.read_at.begin(), into.read_at.end(), *single);
    const auto offset = at - into.read_at.begin();
    detail::make_room(into.read_at);
    into.read_at.insert(into.read_at.begin() + offset, *single);
  } else if (counted && !single) {
    keep_beyond_evidence(into, std::move(united));
  }
}

// A new node's mentioned_in sorted by article, one entry each (the larger count).
void normalize_mentions(node& n) {
  auto& m = n.mentioned_in;
  if (m.size() < 2) return;
  std::sort(m.begin(), m.end(), [](const article_mentions& a, const article_mentions& b) {
    return a.doc < b.doc || (a.doc == b.doc && a.count > b.count);
  });
  m.erase(std::unique(m.begin(), m.end(), [](const article_mentions& a, const article_mentions& b) { return a.doc == b.doc; }),
          m.end());
}

// Whether a new edge is counted, and its read_at: given read_at (sorted, unique, only of its
// own named articles, docs), or derived when every reading is in the evidence (weight =
// evidence count); either way each piece of evidence must be of a named article of docs. A
// counted edge's weight is the number of its readings (two of one sentence are one).
void count_readings(edge& e, std::size_t max_evidence) {
  std::vector<std::uint64_t> articles;
  articles.reserve(e.docs.size());
  for (const auto& d : e.docs)
    if (!d.empty()) articles.push_back(article_hash(d));  // an article without an id cannot be told from another
  std::sort(articles.begin(), articles.end());
  const auto known = [&](std::uint64_t h) { return std::binary_search(articles.begin(), articles.end(), h); };
  const bool evidence_named = std::all_of(e.evidence.begin(), e.evidence.end(), [&](const provenance& p) {
    return !p.doc.empty() && known(article_hash(p.doc));
  });
  std::sort(e.read_at.begin(), e.read_at.end());
  e.read_at.erase(std::unique(e.read_at.begin(), e.read_at.end()), e.read_at.end());
  std::erase_if(e.read_at, [&](const reading_mark& m) { return !known(m.doc); });
  if (!e.read_at.empty())
    e.counted = evidence_named;
  else if (!e.evidence.empty() && e.weight == static_cast<double>(e.evidence.size()))
    e.counted = e.counted || evidence_named;
  e.counted = e.counted && evidence_named && !(e.evidence.empty() && e.read_at.empty());
  if (!e.counted) {
    e.read_at.clear();
    cap_evidence(e, max_evidence);
    return;
  }
  std::vector<reading_mark> all = counted_marks(e);
  e.weight = static_cast<double>(all.size());
  e.evidence.resize(std::min(e.evidence.size(), max_evidence));
  keep_beyond_evidence(e, std::move(all));
}

}  // namespace

void merge_into(edge& into, const edge& from, std::size_t max_evidence) { merge_edge(into, from, max_evidence); }

knowledge_graph::knowledge_graph(std::size_t max_evidence)
    : g_(std::make_unique<graph_type>()), max_evidence_(max_evidence) {}

knowledge_graph::knowledge_graph(const knowledge_graph& other)
    : g_(std::make_unique<graph_type>(*other.g_)), by_key_(other.by_key_), articles_(other.articles_),
      max_evidence_(other.max_evidence_) {
  // An edge descriptor points at its edge's properties, so other's index cannot be copied.
  for (auto [it, end] = boost::edges(*g_); it != end; ++it)
    by_edge_.insert(key_of(boost::source(*it, *g_), (*g_)[*it].rel, boost::target(*it, *g_), (*g_)[*it].mod), *it);
}

knowledge_graph& knowledge_graph::operator=(const knowledge_graph& other) {
  if (this != &other) *this = knowledge_graph(other);
  return *this;
}

knowledge_graph::knowledge_graph(knowledge_graph&& other)
    : g_(std::exchange(other.g_, std::make_unique<graph_type>())),
      by_key_(std::exchange(other.by_key_, {})),
      by_edge_(std::exchange(other.by_edge_, {})),
      articles_(std::exchange(other.articles_, {})),
      max_evidence_(other.max_evidence_) {}

knowledge_graph& knowledge_graph::operator=(knowledge_graph&& other) {
  if (this != &other) {
    g_ = std::exchange(other.g_, std::make_unique<graph_type>());
    by_key_ = std::exchange(other.by_key_, {});
    by_edge_ = std::exchange(other.by_edge_, {});
    articles_ = std::exchange(other.articles_, {});
    max_evidence_ = other.max_evidence_;
  }
  return *this;
}

knowledge_graph::~knowledge_graph() = default;

knowledge_graph::vertex_id knowledge_graph::add(node n) {
  const std::uint64_t h = detail::key_index::hash(n.key);
  return add_hashed(std::move(n), h);
}

knowledge_graph::vertex_id knowledge_graph::add_hashed(node&& n, std::uint64_t h) {
  std::int64_t known = by_key_.find(h, n.key, [&](std::uint64_t w) -> std::string_view { return (*g_)[w].key; });
  if (known >= 0) {
    merge_into((*g_)[static_cast<vertex_id>(known)], n);
    return static_cast<vertex_id>(known);
  }
  std::sort(n.aliases.begin(), n.aliases.end());
  n.aliases.erase(std::unique(n.aliases.begin(), n.aliases.end()), n.aliases.end());
  normalize_mentions(n);
  vertex_id v = boost::add_vertex(*g_);
  (*g_)[v] = std::move(n);
  by_key_.insert(h, v);
  return v;
}

knowledge_graph::edge_id knowledge_graph::add(std::string_view subject, std::string_view object, edge e) {
  auto s = find(subject);
  auto o = find(object);
  if (!s || !o)
    throw std::invalid_argument("knowledge_graph::add: no node keyed '" +
                                std::string(s ? object : subject) + "'");
  return add_between(*s, *o, std::move(e));
}

knowledge_graph::edge_id knowledge_graph::add_between(vertex_id s, vertex_id o, edge e) {
  if (is_symmetric(e.rel) && (*g_)[o].key < (*g_)[s].key) std::swap(s, o);
  std::sort(e.docs.begin(), e.docs.end());
  e.docs.erase(std::unique(e.docs.begin(), e.docs.end()), e.docs.end());
  for (const auto& p : e.evidence) {
    if (!p.date.empty() && (e.first_date.empty() || p.date < e.first_date)) e.first_date = p.date;
    if (!p.date.empty() && (e.last_date.empty() || p.date > e.last_date)) e.last_date = p.date;
  }
  count_readings(e, max_evidence_);
  return insert_between(s, o, std::move(e));
}

knowledge_graph::edge_id knowledge_graph::insert_between(vertex_id s, vertex_id o, edge&& e) {
  const edge_key k = key_of(s, e.rel, o, e.mod);
  if (const edge_id* known = by_edge_.find(k)) {
    merge_edge((*g_)[*known], std::move(e), max_evidence_);
    return *known;
  }
  auto [id, added] = boost::add_edge(s, o, *g_);  // Boost 1.74 would copy a property given here
  (*g_)[id] = std::move(e);
  by_edge_.insert(k, id);
  return id;
}

void knowledge_graph::name_article(std::string_view id) { articles_.try_emplace(article_hash(id), id); }

void knowledge_graph::merge(const knowledge_graph& other) {
  for (const auto& [h, id] : other.articles_) articles_.try_emplace(h, id);
  for (vertex_id v : other.nodes_in_order()) add(other[v]);
  for (edge_id e : other.edges_in_order()) add(other.source(e).key, other.target(e).key, other[e]);
}

namespace {

// Asks the processor for the `bytes` from `at`, a cache line at a time.
void prefetch(const void* at, std::size_t bytes) {
  const char* p = static_cast<const char*>(at);
  for (std::size_t i = 0; i < bytes; i += 64) __builtin_prefetch(p + i);
}

}  // namespace

void knowledge_graph::merge(knowledge_graph&& other) {
  if (&other == this) return;
  for (auto& [h, id] : other.articles_) articles_.try_emplace(h, std::move(id));
  // other's nodes have distinct keys and its edges distinct (subject, relation, object, mode),
  // so the order they are taken in changes no node's or edge's content, only vertex numbers.
  //
  // In a large graph each lookup misses the cache several times over: the index slot, then
  // the node or edge it names, then what that holds. So both loops look `ahead` items ahead
  // and ask for each step's memory one stage before it is needed; the merge itself is the
  // plain add.
  constexpr std::size_t ahead = 8;
  graph_type& from = *other.g_;
  const std::size_t n = other.node_count();
  std::vector<std::uint64_t> hashes(n);
  for (vertex_id v = 0; v < n; ++v) hashes[v] = detail::key_index::hash(from[v].key);
  std::vector<vertex_id> here(n);
  for (std::size_t i = 0; i < n + 2 * ahead; ++i) {
    if (i < n) by_key_.prefetch(hashes[i]);
    if (i >= ahead && i - ahead < n)
      if (std::int64_t v = by_key_.candidate(hashes[i - ahead]); v >= 0) {
        const node& known = (*g_)[static_cast<vertex_id>(v)];
        prefetch(&known, sizeof(node));
      }
    if (i >= 2 * ahead) {
      const std::size_t j = i - 2 * ahead;
      here[j] = add_hashed(std::move(from[j]), hashes[j]);
    }
  }

  struct item {
    vertex_id s, o;
    edge* e;
    edge_key k;
  };
  std::vector<item> items;
  items.reserve(other.edge_count());
  for (auto [it, end] = boost::edges(from); it != end; ++it) {
    vertex_id s = here[boost::source(*it, from)], o = here[boost::target(*it, from)];
    edge& e = from[*it];
    if (is_symmetric(e.rel) && (*g_)[o].key < (*g_)[s].key) std::swap(s, o);
    items.push_back({s, o, &e, key_of(s, e.rel, o, e.mod)});
  }
  by_edge_.reserve(by_edge_.size() + items.size());
  const std::size_t m = items.size();
  for (std::size_t i = 0; i < m + 4 * ahead; ++i) {
    if (i < m) by_edge_.prefetch(items[i].k);
    if (i >= ahead && i - ahead < m) {
      const item& t = items[i - ahead];
      if (const edge_id* known = by_edge_.find(t.k)) prefetch(known, sizeof(edge_id));
      // What the merge reads of the incoming edge, which another thread wrote.
      if (!t.e->docs.empty()) prefetch(t.e->docs.data(), sizeof(std::string));
      if (!t.e->evidence.empty()) prefetch(t.e->evidence.data(), sizeof(provenance));
    }
    if (i >= 2 * ahead && i - 2 * ahead < m) {
      const item& t = items[i - 2 * ahead];
      if (const edge_id* known = by_edge_.find(t.k)) {
        const edge& e = (*g_)[*known];
        prefetch(&e, sizeof(edge));
      }
    }
    if (i >= 3 * ahead && i - 3 * ahead < m) {
      const item& t = items[i - 3 * ahead];
      if (const edge_id* known = by_edge_.find(t.k)) {
        const edge& e = (*g_)[*known];
        if (!e.docs.empty()) prefetch(&e.docs.back(), sizeof(std::string));
        if (e.evidence.size() < max_evidence_ && !e.evidence.empty()) prefetch(e.evidence.data(), 64);
      }
    }
    if (i >= 4 * ahead) {
      // other's edges are as add_between leaves them (articles sorted, dates set), and
      // symmetric ones were turned above: only their evidence may exceed what this graph keeps.
      const item& t = items[i - 4 * ahead];
      cap_evidence(*t.e, max_evidence_);
      insert_between(t.s, t.o, std::move(*t.e));
    }
  }
  other = knowledge_graph(other.max_evidence_);
}

std::optional<knowledge_graph::vertex_id> knowledge_graph::find(std::string_view key) const {
  std::int64_t v = by_key_.find(key, [&](std::uint64_t w) -> std::string_view { return (*g_)[w].key; });
  if (v < 0) return std::nullopt;
  return static_cast<vertex_id>(v);
}

std::optional<knowledge_graph::edge_id> knowledge_graph::find(std::string_view subject, relation r,
                                                              std::string_view object, mode m) const {
  auto s = find(subject);
  auto o = find(object);
  if (!s || !o) return std::nullopt;
  if (is_symmetric(r) && (*g_)[*o].key < (*g_)[*s].key) std::swap(s, o);
  if (const edge_id* known = by_edge_.find(key_of(*s, r, *o, m))) return *known;
  return std::nullopt;
}

std::vector<knowledge_graph::vertex_id> knowledge_graph::nodes_in_order() const {
  std::vector<vertex_id> out(node_count());
  for (vertex_id v = 0; v < out.size(); ++v) out[v] = v;
  std::sort(out.begin(), out.end(), [&](vertex_id a, vertex_id b) { return (*g_)[a].key < (*g_)[b].key; });
  return out;
}

std::vector<knowledge_graph::edge_id> knowledge_graph::edges_in_order() const {
  // Nodes ranked by key once, then edges sorted by ranks: integers compare faster than keys.
  std::vector<std::uint32_t> rank(node_count());
  {
    const std::vector<vertex_id> nodes = nodes_in_order();
    for (std::size_t r = 0; r < nodes.size(); ++r) rank[nodes[r]] = static_cast<std::uint32_t>(r);
  }
  struct ranked {
    std::uint32_t source, rel, target, mod;
    edge_id id;
  };
  std::vector<ranked> all;
  all.reserve(edge_count());
  for (auto [it, end] = boost::edges(*g_); it != end; ++it) {
    const edge& e = (*g_)[*it];
    all.push_back({rank[boost::source(*it, *g_)], static_cast<std::uint32_t>(e.rel), rank[boost::target(*it, *g_)],
                   static_cast<std::uint32_t>(e.mod), *it});
  }
  std::sort(all.begin(), all.end(), [](const ranked& a, const ranked& b) {
    return std::tie(a.source, a.rel, a.target, a.mod) < std::tie(b.source, b.rel, b.target, b.mod);
  });
  std::vector<edge_id> out;
  out.reserve(all.size());
  for (const auto& r : all) out.push_back(r.id);
  return out;
}

}  // namespace newsgraph
