#include "exporters/detail/rdf.hpp"

#include <algorithm>
#include <cstdint>
#include <set>
#include <stdexcept>
#include <utility>

#include "exporters/detail/reading_texts.hpp"
#include "exporters/detail/text.hpp"

namespace newsgraph::detail {
namespace {

// The terms whose IRI is not ng:TERM, and the terms whose values are not plain literals.
struct special_term {
  std::string_view name;
  std::string_view ns;
  value_kind kind;
};
constexpr special_term special_terms[] = {
    {"label", ns::rdfs, value_kind::string},     {"name", ns::schema, value_kind::string},
    {"alternateName", ns::schema, value_kind::string}, {"sameAs", ns::schema, value_kind::iri},
    {"subject", ns::rdf, value_kind::iri},       {"predicate", ns::rdf, value_kind::iri},
    {"object", ns::rdf, value_kind::iri},        {"reading", ns::vocab, value_kind::iri},
    {"weight", ns::vocab, value_kind::real},     {"confidence", ns::vocab, value_kind::real},
};

// The plain terms of nodes, statements and readings, in the order the context lists them.
constexpr std::string_view plain_terms[] = {"iso3166", "wikidata", "title",    "kind",
                                            "mentions", "mentioned_in", "mode", "evidence",
                                            "trigger",  "start",   "end",      "url",
                                            "doc",      "date",    "first_date", "last_date",
                                            "read_at"};

bool is_qid(std::string_view s) {
  return s.size() > 1 && s[0] == 'Q' &&
         std::all_of(s.begin() + 1, s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

class builder {
 public:
  explicit builder(std::string id, std::vector<std::string> types = {}) {
    r_.id = std::move(id);
    r_.types = std::move(types);
  }
  // Adds a value of `term`; an empty string only when `always`.
  builder& add(std::string term, value_kind kind, std::string_view text, bool always = false) {
    if (text.empty() && kind == value_kind::string && !always) return *this;
    std::string value = kind == value_kind::iri ? std::string(text) : clean_text(text);
    if (r_.properties.empty() || r_.properties.back().term != term)
      r_.properties.push_back({std::move(term), {}});
    r_.properties.back().values.push_back({kind, std::move(value)});
    return *this;
  }
  builder& add(std::string term, std::string_view text) { return add(std::move(term), value_kind::string, text); }
  // Every one of `texts` as values of `term`, a set.
  builder& add_set(const std::string& term, const std::vector<std::string>& texts,
                   value_kind kind = value_kind::string) {
    for (const auto& t : texts) add(term, kind, t);
    if (!r_.properties.empty() && r_.properties.back().term == term) r_.properties.back().list = true;
    return *this;
  }
  builder& add(std::string term, std::size_t n) {
    return add(std::move(term), value_kind::integer, std::to_string(n));
  }
  builder& add_real(std::string term, double x) {
    return add(std::move(term), value_kind::real, format_number(x));
  }
  builder& add_reading(const provenance& p) {
    add("evidence", p.sentence).add("trigger", p.trigger).add("start", p.start).add("end", p.end);
    return add("url", p.url);
  }
  rdf_resource done() { return std::move(r_); }

 private:
  rdf_resource r_;
};

std::string vocab(std::string_view name) { return std::string(ns::vocab) + std::string(name); }

}  // namespace

std::string term_iri(std::string_view term) {
  for (const auto& s : special_terms)
    if (s.name == term) return std::string(s.ns) + std::string(term);
  return vocab(term);
}

std::vector<rdf_term> terms(const graph_info& info) {
  std::vector<rdf_term> out;
  std::set<std::string> named;
  auto add = [&](std::string_view name, std::string iri, value_kind kind) {
    if (named.emplace(name).second) out.push_back({std::string(name), std::move(iri), kind});
  };
  for (const auto& s : special_terms) add(s.name, term_iri(s.name), s.kind);
  for (auto t : plain_terms) add(t, vocab(t), value_kind::string);
  for (const auto& a : info.attributes) add(a.name, vocab(a.name), a.integral ? value_kind::integer : value_kind::string);
  for (const auto& q : info.qualifiers) add(q, vocab(q), value_kind::string);
  for (auto r : all_relations()) add(name(r), vocab(name(r)), value_kind::iri);
  return out;
}

std::string node_iri(std::string_view key) { return std::string(ns::resource) + std::string(key); }

rdf_resource describe_node(const node& n, const std::unordered_map<std::uint64_t, std::string>* articles) {
  if (!is_valid_key(n.key))
    throw std::invalid_argument("RDF: node key '" + n.key + "' cannot end an IRI");
  builder b(node_iri(n.key), {vocab(name(n.type)),
                              std::string(ns::schema) + std::string(schema_org_class(n.type, n.kind))});
  b.add("label", value_kind::string, n.label, true).add("name", value_kind::string, n.label, true);
  b.add_set("alternateName", n.aliases);
  if (is_qid(n.wikidata))
    b.add("sameAs", value_kind::iri, std::string(ns::wikidata) + n.wikidata);
  else
    b.add("wikidata", n.wikidata);
  b.add("iso3166", n.iso3166).add("title", n.title).add("kind", n.kind).add("mentions", n.mentions);
  b.add_set("mentioned_in", mention_texts(n, articles));
  for (const auto& [term, v] : exported(n.attributes, false))
    b.add(term, is_integer(v) ? value_kind::integer : value_kind::string, v);
  return b.done();
}

std::vector<rdf_resource> describe_edge(const node& source, const node& target, const edge& e) {
  std::vector<rdf_resource> out;
  std::string s = node_iri(source.key), o = node_iri(target.key);
  if (e.mod == mode::asserted)
    out.push_back(builder(s).add(std::string(name(e.rel)), value_kind::iri, o).done());
  std::string id = s + "/" + std::string(name(e.rel)) + "/" + target.key + "/" + std::string(name(e.mod));
  builder b(id, {std::string(ns::rdf) + "Statement"});
  b.add("subject", value_kind::iri, s)
      .add("predicate", value_kind::iri, vocab(name(e.rel)))
      .add("object", value_kind::iri, o)
      .add("mode", name(e.mod))
      .add_real("weight", e.weight)
      .add_real("confidence", e.confidence);
  if (!e.evidence.empty()) b.add_reading(e.evidence.front());
  b.add_set("doc", e.docs);
  b.add_set("read_at", mark_texts(e));
  b.add("first_date", e.first_date).add("last_date", e.last_date);
  for (const auto& [term, v] : exported(e.qualifiers, true)) b.add(term, v);
  std::vector<std::string> reading_ids;
  std::vector<rdf_resource> readings;
  for (std::size_t i = 0; i < e.evidence.size(); ++i) {
    reading_ids.push_back(id + "#" + std::to_string(i + 1));
    const provenance& p = e.evidence[i];
    readings.push_back(
        builder(reading_ids.back(), {vocab("Reading")}).add_reading(p).add("doc", p.doc).add("date", p.date).done());
  }
  b.add_set("reading", reading_ids, value_kind::iri);
  out.push_back(b.done());
  for (auto& r : readings) out.push_back(std::move(r));
  return out;
}

}  // namespace newsgraph::detail
