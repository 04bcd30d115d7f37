#include "exporters/writer.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <set>

#include <boost/range/iterator_range.hpp>

#include "exporters/detail/fields.hpp"
#include "exporters/detail/text.hpp"
#include "exporters/detail/writers.hpp"

namespace newsgraph {
namespace {

constexpr std::array formats{format::graphml, format::jsonld, format::dot, format::ntriples,
                             format::gexf};

// Names that RDF terms of a node or statement already use, beyond the fixed GraphML fields.
constexpr std::array<std::string_view, 11> node_terms{
    "id", "key", "name", "alternateName", "sameAs", "subject", "predicate", "object", "reading",
    "weight", "confidence"};
constexpr std::array<std::string_view, 8> edge_terms{"id",     "key",     "subject", "predicate",
                                                     "object", "reading", "date",    "sentence"};

bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// Whether `s` ends with `suffix`, ASCII letters compared in any case.
bool ends_with_any_case(std::string_view s, std::string_view suffix) {
  if (s.size() < suffix.size()) return false;
  s.remove_prefix(s.size() - suffix.size());
  return std::equal(s.begin(), s.end(), suffix.begin(), [](char a, char b) { return ascii_lower(a) == ascii_lower(b); });
}

// Whether `a` and `b` are the same, ASCII letters compared in any case.
bool equal_any_case(std::string_view a, std::string_view b) { return a.size() == b.size() && ends_with_any_case(a, b); }

template <std::size_t N>
bool contains(const std::array<std::string_view, N>& names, std::string_view s) {
  return std::find(names.begin(), names.end(), s) != names.end();
}

template <std::size_t N>
bool is_field(const std::array<detail::field, N>& fields, std::string_view s) {
  return std::any_of(fields.begin(), fields.end(), [&](const detail::field& f) { return f.name == s; });
}

}  // namespace

std::string_view name(format f) noexcept {
  switch (f) {
    case format::graphml: return "graphml";
    case format::jsonld: return "jsonld";
    case format::dot: return "dot";
    case format::ntriples: return "nt";
    case format::gexf: return "gexf";
  }
  return "";
}

std::optional<format> parse_format(std::string_view s) noexcept {
  if (equal_any_case(s, "ntriples")) return format::ntriples;
  if (equal_any_case(s, "json-ld")) return format::jsonld;
  for (format f : formats)
    if (equal_any_case(s, name(f))) return f;
  return std::nullopt;
}

std::string_view extension(format f) noexcept {
  switch (f) {
    case format::graphml: return ".graphml";
    case format::jsonld: return ".jsonld";
    case format::dot: return ".dot";
    case format::ntriples: return ".nt";
    case format::gexf: return ".gexf";
  }
  return "";
}

std::optional<format> format_of_path(std::string_view path) noexcept {
  if (ends_with_any_case(path, ".json")) return format::jsonld;
  for (format f : formats)
    if (ends_with_any_case(path, extension(f))) return f;
  return std::nullopt;
}

std::optional<std::string> exported_name(std::string_view name, bool qualifier) {
  std::string out;
  for (char c : name) {
    bool keep = is_letter(c) || (c >= '0' && c <= '9') || c == '_' || c == '-' || c == '.';
    out += keep ? c : '_';
  }
  if (out.empty() || !is_letter(out[0])) out.insert(0, "a_");
  bool taken = qualifier ? is_field(detail::edge_fields, out) || contains(edge_terms, out)
                         : is_field(detail::node_fields, out) || contains(node_terms, out) ||
                               parse_relation(out).has_value();
  if (taken)
    return std::nullopt;
  return out;
}

std::vector<std::pair<std::string, std::string_view>> exported(const std::map<std::string, std::string>& values,
                                                               bool qualifier) {
  std::vector<std::pair<std::string, std::string_view>> out;
  std::set<std::string> used;
  for (const auto& [k, v] : values)
    if (auto name = exported_name(k, qualifier); name && used.insert(*name).second) out.emplace_back(*name, v);
  return out;
}

graph_info describe(const knowledge_graph& g) {
  graph_info info;
  info.node_count = g.node_count();
  info.edge_count = g.edge_count();
  info.article_names = &g.article_names();
  std::set<node_type> types;
  std::map<std::string, bool> attributes;  // name -> every value integral
  // Sets, extremes and conjunctions: no need for the canonical order here.
  for (auto v : boost::make_iterator_range(boost::vertices(g.graph()))) {
    const node& n = g[v];
    types.insert(n.type);
    for (const auto& [k, value] : n.attributes) {
      auto name = exported_name(k, false);
      if (!name) continue;
      auto [it, added] = attributes.emplace(*name, true);
      it->second = it->second && detail::is_integer(value);
    }
    info.max_degree = std::max(info.max_degree, boost::in_degree(v, g.graph()) +
                                                    boost::out_degree(v, g.graph()));
  }
  std::set<relation> relations;
  std::set<mode> modes;
  std::set<std::string> qualifiers(detail::ontology_qualifiers.begin(),
                                   detail::ontology_qualifiers.end());
  for (auto e : boost::make_iterator_range(boost::edges(g.graph()))) {
    const edge& d = g[e];
    relations.insert(d.rel);
    modes.insert(d.mod);
    for (const auto& q : d.qualifiers)
      if (auto name = exported_name(q.first, true)) qualifiers.insert(*name);
    if (!d.first_date.empty() && (info.first_date.empty() || d.first_date < info.first_date))
      info.first_date = d.first_date;
    if (!d.last_date.empty() && d.last_date > info.last_date) info.last_date = d.last_date;
  }
  info.node_types.assign(types.begin(), types.end());
  info.relations.assign(relations.begin(), relations.end());
  info.modes.assign(modes.begin(), modes.end());
  for (const auto& [name, integral] : attributes) info.attributes.push_back({name, integral});
  info.qualifiers.assign(qualifiers.begin(), qualifiers.end());
  return info;
}

void write(const knowledge_graph& g, graph_writer& w) {
  w.begin_graph(describe(g));
  for (auto v : g.nodes_in_order())
    w.node(g[v], boost::in_degree(v, g.graph()) + boost::out_degree(v, g.graph()));
  // The canonical order visits edges all over memory: each edge, then what it holds, is
  // asked for a few edges before it is written.
  constexpr std::size_t ahead = 8;
  const auto edges = g.edges_in_order();
  for (std::size_t i = 0; i < edges.size(); ++i) {
    if (i + 2 * ahead < edges.size()) __builtin_prefetch(&g[edges[i + 2 * ahead]]);
    if (i + ahead < edges.size()) {
      const edge& next = g[edges[i + ahead]];
      if (!next.evidence.empty()) {
        __builtin_prefetch(next.evidence.data());
        __builtin_prefetch(next.evidence.front().sentence.data());
      }
      if (!next.docs.empty()) __builtin_prefetch(next.docs.data());
    }
    w.edge(g.source(edges[i]), g.target(edges[i]), g[edges[i]]);
  }
  w.end_graph();
}

void write(const knowledge_graph& g, format f, std::ostream& out, const write_options& options) {
  write(g, *make_writer(f, out, options));
}

std::unique_ptr<graph_writer> make_writer(format f, std::ostream& out, const write_options& options) {
  switch (f) {
    case format::graphml: return detail::make_graphml_writer(out);
    case format::jsonld: return detail::make_jsonld_writer(out);
    case format::dot: return detail::make_dot_writer(out, options);
    case format::ntriples: return detail::make_ntriples_writer(out);
    case format::gexf: return detail::make_gexf_writer(out);
  }
  return nullptr;
}

}  // namespace newsgraph
