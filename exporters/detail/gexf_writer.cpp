// GEXF 1.3, Gephi's own format, streamed like the GraphML: declared node and edge attributes,
// viz:color by node type and relation (fainter and dashed or dotted when not asserted),
// viz:size by degree, edge kind (so Gephi keeps parallel edges of different relations apart)
// and one spell per reading date so Gephi's timeline plays the corpus.
#include <cmath>
#include <set>
#include <stdexcept>

#include <pugixml.hpp>

#include "exporters/detail/fields.hpp"
#include "exporters/detail/style.hpp"
#include "exporters/detail/text.hpp"
#include "exporters/detail/writers.hpp"

namespace newsgraph::detail {
namespace {

// The first ten characters of `date` when they are a date as GEXF's timeformat "date" wants
// (yyyy-mm-dd), else "".
std::string gexf_date(std::string_view date) {
  if (date.size() < 10) return {};
  for (std::size_t i = 0; i < 10; ++i) {
    bool dash = i == 4 || i == 7;
    if (dash ? date[i] != '-' : (date[i] < '0' || date[i] > '9')) return {};
  }
  return std::string(date.substr(0, 10));
}

std::string_view gexf_type(field_type t) {
  switch (t) {
    case field_type::string: return "string";
    case field_type::integer: return "long";
    case field_type::real: return "double";
  }
  return "string";
}

// The GEXF name of an edge field: the evidence offsets are renamed so that Gephi does not
// take them for the edge's time interval.
std::string_view gexf_edge_field(std::string_view f) {
  return f == "start" ? "evidence_start" : f == "end" ? "evidence_end" : f;
}

// A viz:color child of `el`, with an alpha channel when `alpha` is below 1.
void set_colour(pugi::xml_node el, std::string_view hex, double alpha = 1) {
  static constexpr const char* channels[] = {"r", "g", "b"};
  auto c = el.append_child("viz:color");
  for (std::size_t i = 0; i < 3; ++i)
    c.append_attribute(channels[i]) = std::stoi(std::string(hex.substr(1 + 2 * i, 2)), nullptr, 16);
  if (alpha < 1) c.append_attribute("a") = format_number(alpha).c_str();
}

// The GEXF dates an edge was read on, sorted, unique: its first and last dates and those of
// the readings it keeps (a graph keeps at most max_evidence readings of an edge).
std::set<std::string> reading_dates(const newsgraph::edge& e) {
  std::set<std::string> dates;
  for (std::string_view d : {std::string_view(e.first_date), std::string_view(e.last_date)})
    if (auto day = gexf_date(d); !day.empty()) dates.insert(day);
  for (const provenance& p : e.evidence)
    if (auto day = gexf_date(p.date); !day.empty()) dates.insert(day);
  return dates;
}

// The GEXF edge kind, which Gephi takes for the edge type and keeps parallel edges of
// different types apart by: the relation, and the mode when it is not asserted, so that
// "supports" and "supports (negated)" between the same ends stay two edges.
std::string edge_kind(const newsgraph::edge& e) {
  std::string kind(name(e.rel));
  if (e.mod != mode::asserted) kind.append("-").append(name(e.mod));
  return kind;
}

class gexf_writer final : public graph_writer {
 public:
  explicit gexf_writer(std::ostream& out) : out_(out) {}

  void begin_graph(const graph_info& info) override {
    max_degree_ = info.max_degree;
    bool dynamic = !gexf_date(info.first_date).empty() || !gexf_date(info.last_date).empty();
    out_ << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\"\n"
            "      xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
            "      xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" version=\"1.3\">\n"
            "  <meta>\n"
            "    <creator>newsgraph</creator>\n"
            "    <description>entities and relations read from news articles</description>\n"
            "  </meta>\n"
         << "  <graph defaultedgetype=\"directed\" mode=\"" << (dynamic ? "dynamic\" timeformat=\"date" : "static")
         << "\">\n"
            "    <attributes class=\"node\">\n";
    for (const field& f : node_fields)
      if (f.name != "label") declare(f.name, gexf_type(f.type));
    for (const auto& a : info.attributes)
      declare(a.name, gexf_type(a.integral ? field_type::integer : field_type::string));
    out_ << "    </attributes>\n"
            "    <attributes class=\"edge\">\n";
    for (const field& f : edge_fields)
      if (f.name != "label" && f.name != "weight") declare(gexf_edge_field(f.name), gexf_type(f.type));
    for (const auto& q : info.qualifiers) declare(q, "string");
    out_ << "    </attributes>\n"
            "    <nodes>\n";
  }

  void node(const newsgraph::node& n, std::size_t degree) override {
    if (!is_valid_key(n.key))
      throw std::invalid_argument("GEXF: node key '" + n.key + "' is not an XML NMTOKEN");
    auto el = start("node");
    el.append_attribute("id") = n.key.c_str();
    el.append_attribute("label") = clean_text(n.label).c_str();
    auto values = el.append_child("attvalues");
    value(values, "type", name(n.type));
    value(values, "aliases", join_list(n.aliases, list_separator));
    value(values, "wikidata", n.wikidata);
    value(values, "iso3166", n.iso3166);
    value(values, "title", n.title);
    value(values, "kind", n.kind);
    value(values, "mentions", std::to_string(n.mentions));
    for (const auto& [attr, v] : exported(n.attributes, false)) value(values, attr, v);
    set_colour(el, look(n.type).fill);
    double share = max_degree_ ? std::sqrt(static_cast<double>(degree) / max_degree_) : 0;
    el.append_child("viz:size").append_attribute("value") = format_number(std::round(100 + 300 * share) / 10).c_str();
    print(el);
  }

  void edge(const newsgraph::node& s, const newsgraph::node& t, const newsgraph::edge& e) override {
    if (!in_edges_) {
      out_ << "    </nodes>\n    <edges>\n";
      in_edges_ = true;
    }
    auto el = start("edge");
    el.append_attribute("id") = std::string("e").append(std::to_string(edges_++)).c_str();
    el.append_attribute("source") = s.key.c_str();
    el.append_attribute("target") = t.key.c_str();
    el.append_attribute("kind") = edge_kind(e).c_str();
    el.append_attribute("label") = edge_label(e).c_str();
    el.append_attribute("weight") = format_number(e.weight).c_str();
    auto values = el.append_child("attvalues");
    value(values, "relation", name(e.rel));
    value(values, "mode", name(e.mod));
    value(values, "confidence", format_number(e.confidence));
    if (!e.evidence.empty()) {
      const provenance& p = e.evidence.front();
      value(values, "evidence", p.sentence);
      value(values, "trigger", p.trigger);
      value(values, "evidence_start", std::to_string(p.start));
      value(values, "evidence_end", std::to_string(p.end));
      value(values, "url", p.url);
    }
    value(values, "doc", join_list(e.docs, list_separator));
    value(values, "first_date", e.first_date);
    value(values, "last_date", e.last_date);
    for (const auto& [q, v] : exported(e.qualifiers, true)) value(values, q, v);
    if (auto dates = reading_dates(e); !dates.empty()) {
      auto spells = el.append_child("spells");
      for (const std::string& d : dates) {
        auto spell = spells.append_child("spell");
        spell.append_attribute("start") = d.c_str();
        spell.append_attribute("end") = d.c_str();
      }
    }
    set_colour(el, colour(e.rel), opacity(e.mod));
    if (auto style = line_style(e.mod); style != "solid") el.append_child("viz:shape").append_attribute("value") = std::string(style).c_str();
    print(el);
  }

  void end_graph() override {
    out_ << (in_edges_ ? "    </edges>\n" : "    </nodes>\n    <edges>\n    </edges>\n")
         << "  </graph>\n</gexf>\n";
    out_.flush();
  }

 private:
  pugi::xml_node start(const char* element) {
    doc_.reset();
    return doc_.append_child(element);
  }

  void print(const pugi::xml_node& el) { el.print(out_, "  ", pugi::format_indent, pugi::encoding_utf8, 3); }

  void declare(std::string_view id, std::string_view type) {
    auto el = start("attribute");
    el.append_attribute("id") = std::string(id).c_str();
    el.append_attribute("title") = std::string(id).c_str();
    el.append_attribute("type") = std::string(type).c_str();
    print(el);
  }

  static void value(pugi::xml_node& values, std::string_view id, std::string_view v) {
    if (v.empty()) return;
    auto el = values.append_child("attvalue");
    el.append_attribute("for") = std::string(id).c_str();
    el.append_attribute("value") = clean_text(v).c_str();
  }

  std::ostream& out_;
  pugi::xml_document doc_;
  std::size_t max_degree_ = 0;
  std::size_t edges_ = 0;
  bool in_edges_ = false;
};

}  // namespace

std::unique_ptr<graph_writer> make_gexf_writer(std::ostream& out) {
  return std::make_unique<gexf_writer>(out);
}

}  // namespace newsgraph::detail
