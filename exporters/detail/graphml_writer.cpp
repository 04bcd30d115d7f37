// GraphML as ../shared/ONTOLOGY.md's last section says, streamed: each node and edge is built
// as a small pugixml tree (which escapes the text) and printed as soon as it is complete.
#include <stdexcept>

#include <pugixml.hpp>

#include "exporters/detail/fields.hpp"
#include "exporters/detail/text.hpp"
#include "exporters/detail/writers.hpp"

namespace newsgraph::detail {
namespace {

std::string_view graphml_type(field_type t) {
  switch (t) {
    case field_type::string: return "string";
    case field_type::integer: return "long";
    case field_type::real: return "double";
  }
  return "string";
}

class graphml_writer final : public graph_writer {
 public:
  explicit graphml_writer(std::ostream& out) : out_(out) {}

  void begin_graph(const graph_info& info) override {
    out_ << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
            "         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
            "         xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
            "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
    for (const field& f : node_fields) declare("node", f.name, graphml_type(f.type));
    for (const auto& a : info.attributes)
      declare("node", a.name, graphml_type(a.integral ? field_type::integer : field_type::string));
    for (const field& f : edge_fields) declare("edge", f.name, graphml_type(f.type));
    for (const auto& q : info.qualifiers) declare("edge", q, "string");
    out_ << "  <graph id=\"G\" edgedefault=\"directed\">\n";
  }

  void node(const newsgraph::node& n, std::size_t) override {
    if (!is_valid_key(n.key))
      throw std::invalid_argument("GraphML: node key '" + n.key + "' is not an XML NMTOKEN");
    auto el = start("node");
    el.append_attribute("id") = n.key.c_str();
    data(el, "n_label", n.label, true);
    data(el, "n_type", name(n.type));
    data(el, "n_aliases", join(n.aliases, std::string(1, list_separator)));
    data(el, "n_wikidata", n.wikidata);
    data(el, "n_iso3166", n.iso3166);
    data(el, "n_title", n.title);
    data(el, "n_kind", n.kind);
    data(el, "n_mentions", std::to_string(n.mentions));
    for (const auto& [attr, v] : exported(n.attributes, false)) data(el, "n_" + attr, v);
    print(el);
  }

  void edge(const newsgraph::node& s, const newsgraph::node& t, const newsgraph::edge& e) override {
    auto el = start("edge");
    el.append_attribute("id") = std::string("e").append(std::to_string(edges_++)).c_str();
    el.append_attribute("source") = s.key.c_str();
    el.append_attribute("target") = t.key.c_str();
    data(el, "e_relation", name(e.rel));
    data(el, "e_label", name(e.rel));
    data(el, "e_mode", name(e.mod));
    data(el, "e_weight", format_number(e.weight));
    data(el, "e_confidence", format_number(e.confidence));
    if (!e.evidence.empty()) {
      const provenance& p = e.evidence.front();
      data(el, "e_evidence", p.sentence);
      data(el, "e_trigger", p.trigger);
      data(el, "e_start", std::to_string(p.start));
      data(el, "e_end", std::to_string(p.end));
      data(el, "e_url", p.url);
    }
    data(el, "e_doc", join(e.docs, std::string(1, list_separator)));
    data(el, "e_first_date", e.first_date);
    data(el, "e_last_date", e.last_date);
    for (const auto& [q, v] : exported(e.qualifiers, true)) data(el, "e_" + q, v);
    print(el);
  }

  void end_graph() override {
    out_ << "  </graph>\n</graphml>\n";
    out_.flush();
  }

 private:
  pugi::xml_node start(const char* element) {
    doc_.reset();
    return doc_.append_child(element);
  }

  void print(const pugi::xml_node& el) { el.print(out_, "  ", pugi::format_indent, pugi::encoding_utf8, 2); }

  void declare(std::string_view domain, std::string_view attr, std::string_view type) {
    auto el = start("key");
    std::string id = std::string(1, domain[0]) + "_" + std::string(attr);
    el.append_attribute("id") = id.c_str();
    el.append_attribute("for") = std::string(domain).c_str();
    el.append_attribute("attr.name") = std::string(attr).c_str();
    el.append_attribute("attr.type") = std::string(type).c_str();
    el.print(out_, "  ", pugi::format_indent, pugi::encoding_utf8, 1);
  }

  // A <data> child of `el`, unless `value` is empty and not `always` wanted.
  static void data(pugi::xml_node& el, const std::string& key, std::string_view value, bool always = false) {
    if (value.empty() && !always) return;
    auto d = el.append_child("data");
    d.append_attribute("key") = key.c_str();
    d.text() = clean_text(value).c_str();
  }

  std::ostream& out_;
  pugi::xml_document doc_;
  std::size_t edges_ = 0;
};

}  // namespace

std::unique_ptr<graph_writer> make_graphml_writer(std::ostream& out) {
  return std::make_unique<graphml_writer>(out);
}

}  // namespace newsgraph::detail
