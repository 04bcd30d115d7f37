// GraphML as ../shared/ONTOLOGY.md's last section says, streamed: each node and edge is
// written, escaped, into a buffer that goes out as soon as the element is complete. The
// layout and escaping are pugixml's (two-space indent; attributes escape & < " and control
// characters as &#NN;), so the reader and the schema check see what they always saw.
#include <algorithm>
#include <array>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <stdexcept>

#include "exporters/detail/fields.hpp"
#include "exporters/detail/reading_texts.hpp"
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
    articles_ = info.article_names;
    out_ << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
            "         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
            "         xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
            "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
    for (const field& f : node_fields) declare("node", f.name, graphml_type(f.type));
    declare("node", "mentioned_in", "string");
    for (const auto& a : info.attributes)
      declare("node", a.name, graphml_type(a.integral ? field_type::integer : field_type::string));
    for (const field& f : edge_fields) declare("edge", f.name, graphml_type(f.type));
    declare("edge", "read_at", "string");
    for (const auto& q : info.qualifiers) declare("edge", q, "string");
    out_ << "  <graph id=\"G\" edgedefault=\"directed\">\n";
  }

  void node(const newsgraph::node& n, std::size_t) override {
    if (!is_valid_key(n.key))
      throw std::invalid_argument("GraphML: node key '" + n.key + "' is not an XML NMTOKEN");
    buf_.assign("    <node id=\"");
    attribute(n.key);
    buf_ += "\">\n";
    data("n_label", n.label, true);
    data("n_type", name(n.type));
    data_list("n_aliases", n.aliases);
    data("n_wikidata", n.wikidata);
    data("n_iso3166", n.iso3166);
    data("n_title", n.title);
    data("n_kind", n.kind);
    data("n_mentions", std::to_string(n.mentions));
    data_list("n_mentioned_in", mention_texts(n, articles_));
    for (const auto& [attr, v] : exported(n.attributes, false)) data("n_" + attr, v);
    buf_ += "    </node>\n";
    out_ << buf_;
  }

  void edge(const newsgraph::node& s, const newsgraph::node& t, const newsgraph::edge& e) override {
    buf_.assign("    <edge id=\"e");
    buf_ += std::to_string(edges_++);
    buf_ += "\" source=\"";
    attribute(s.key);
    buf_ += "\" target=\"";
    attribute(t.key);
    buf_ += "\">\n";
    data("e_relation", name(e.rel));
    data("e_label", name(e.rel));  // the relation, for every mode (ONTOLOGY.md)
    data("e_mode", name(e.mod));
    data("e_weight", format_number(e.weight));
    data("e_confidence", format_number(e.confidence));
    if (!e.evidence.empty()) {
      const provenance& p = e.evidence.front();
      data("e_evidence", p.sentence);
      data("e_trigger", p.trigger);
      data("e_start", std::to_string(p.start));
      data("e_end", std::to_string(p.end));
      data("e_url", p.url);
    }
    data_list("e_doc", e.docs);
    data("e_first_date", e.first_date);
    data("e_last_date", e.last_date);
    data_list("e_read_at", mark_texts(e));
    for (const auto& [q, v] : exported(e.qualifiers, true)) data("e_" + q, v);
    buf_ += "    </edge>\n";
    out_ << buf_;
  }

  void end_graph() override {
    out_ << "  </graph>\n</graphml>\n";
    out_.flush();
  }

 private:
  void declare(std::string_view domain, std::string_view attr, std::string_view type) {
    buf_.assign("  <key id=\"");
    attribute(std::string(1, domain[0]) + "_" + std::string(attr));
    buf_ += "\" for=\"";
    attribute(domain);
    buf_ += "\" attr.name=\"";
    attribute(attr);
    buf_ += "\" attr.type=\"";
    attribute(type);
    buf_ += "\" />\n";
    out_ << buf_;
  }

  // Appends an attribute value, escaped.
  void attribute(std::string_view value) {
    if (std::none_of(value.begin(), value.end(), [](char c) {
          return c == '&' || c == '<' || c == '"' || static_cast<unsigned char>(c) < 0x20;
        })) {
      buf_ += value;
      return;
    }
    for (char c : value) {
      switch (c) {
        case '&': buf_ += "&amp;"; break;
        case '<': buf_ += "&lt;"; break;
        case '"': buf_ += "&quot;"; break;
        default:
          if (static_cast<unsigned char>(c) < 0x20) {
            auto code = static_cast<unsigned char>(c);
            buf_ += "&#";
            buf_ += static_cast<char>('0' + code / 10);
            buf_ += static_cast<char>('0' + code % 10);
            buf_ += ';';
          } else {
            buf_ += c;
          }
      }
    }
  }

  // A <data> child, unless `value` is empty and not `always` wanted; its text cleaned of what
  // XML cannot hold (clean_text) and escaped. Keys are ours or exported_name's, which need no
  // escaping.
  void data(std::string_view key, std::string_view value, bool always = false) {
    if (value.empty() && !always) return;
    open_data(key);
    const std::size_t mark = buf_.size();
    if (!append_text(value, false)) {
      buf_.resize(mark);
      append_text(clean_text(value), true);
    }
    buf_ += "</data>\n";
  }

  // As data(key, join_list(items, list_separator)), without building the joined string.
  void data_list(std::string_view key, const std::vector<std::string>& items) {
    if (items.empty()) return;
    open_data(key);
    const std::size_t mark = buf_.size();
    for (std::size_t i = 0; i < items.size(); ++i) {
      if (i) buf_ += list_separator;
      const bool plain = items[i].find_first_of(list_escapes) == std::string::npos;
      if (!plain || !append_text(items[i], false)) {  // escapes or cleaning needed: the general way
        buf_.resize(mark);
        append_text(clean_text(join_list(items, list_separator)), true);
        break;
      }
    }
    buf_ += "</data>\n";
  }

  // What join_list escapes in an item.
  static constexpr char list_escapes[] = {'\\', list_separator, '\0'};

  void open_data(std::string_view key) {
    buf_ += "      <data key=\"";
    buf_ += key;
    buf_ += "\">";
  }

  // Appends text with & < > escaped, in one pass. Text not yet `cleaned` must be printable
  // ASCII, tabs and newlines: at any other byte it returns false, having appended part of it.
  bool append_text(std::string_view text, bool cleaned) {
    static constexpr auto kinds = [] {
      std::array<unsigned char, 256> k{};  // 0: as is; 1: escaped; 2: to be cleaned first
      for (unsigned c = 0; c < 256; ++c) k[c] = (c < 0x20 && c != '\t' && c != '\n') || c >= 0x7F ? 2 : 0;
      k['&'] = k['<'] = k['>'] = 1;
      return k;
    }();
    std::size_t run = 0;  // the start of the text not yet copied
    for (std::size_t i = 0; i < text.size(); ++i) {
      const unsigned char kind = kinds[static_cast<unsigned char>(text[i])];
      if (kind == 0 || (kind == 2 && cleaned)) continue;
      if (kind == 2) return false;
      buf_.append(text.substr(run, i - run));
      buf_ += text[i] == '&' ? "&amp;" : text[i] == '<' ? "&lt;" : "&gt;";
      run = i + 1;
    }
    buf_.append(text.substr(run));
    return true;
  }

  std::ostream& out_;
  const std::unordered_map<std::uint64_t, std::string>* articles_ = nullptr;  // graph_info::article_names
  std::string buf_;  // the element being written
  std::size_t edges_ = 0;
};

}  // namespace

std::unique_ptr<graph_writer> make_graphml_writer(std::ostream& out) {
  return std::make_unique<graphml_writer>(out);
}

}  // namespace newsgraph::detail
