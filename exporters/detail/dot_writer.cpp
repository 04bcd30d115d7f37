// Graphviz DOT of our own: every id and value quoted, shapes and colours from style.hpp, edge
// labels, and a legend of the node types and relations present. Graph data rides along as
// attributes Graphviz keeps but ignores (type, relation, mode), so tools reading the DOT get it.
#include <algorithm>
#include <cmath>

#include "exporters/detail/dot.hpp"
#include "exporters/detail/style.hpp"
#include "exporters/detail/text.hpp"
#include "exporters/detail/writers.hpp"

namespace newsgraph::detail {
namespace {

// Whether `s` starts with what Graphviz would read as an HTML entity: &#...; or &name;.
bool is_entity(std::string_view s) {
  std::size_t i = 1;
  bool numeric = i < s.size() && s[i] == '#';
  if (numeric) ++i;
  std::size_t first = i;
  while (i < s.size() && ((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z') || (s[i] >= '0' && s[i] <= '9')))
    ++i;
  return numeric || (i > first && i < s.size() && s[i] == ';');
}

}  // namespace

std::string dot_quote(std::string_view s) {
  std::string text = clean_text(s);
  std::string out = "\"";
  // Room for the longest piece of one character ("&amp;", 4 bytes of UTF-8), the ellipsis and the quote.
  constexpr std::size_t room = 16;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (out.size() + room > dot_max_quoted && (static_cast<unsigned char>(c) & 0xC0) != 0x80) {
      out += "\xE2\x80\xA6";
      break;
    }
    switch (c) {
      case '&':
        out += is_entity(std::string_view(text).substr(i)) ? "&amp;" : "&";
        break;
      case '\\': out += "\\\\"; break;
      case '"': out += "\\\""; break;
      case '\n': out += "\\n"; break;
      default: out += c;
    }
  }
  out += '"';
  return out;
}

namespace {

constexpr std::string_view font = "Helvetica";

class dot_writer final : public graph_writer {
 public:
  explicit dot_writer(std::ostream& out) : out_(out) {}

  void begin_graph(const graph_info& info) override {
    out_ << "digraph newsgraph {\n"
         << "  graph [charset=\"UTF-8\", rankdir=\"LR\", fontname=\"" << font
         << "\", overlap=\"false\", splines=\"true\", nodesep=\"0.3\", ranksep=\"0.8\"];\n"
         << "  node [style=\"filled\", fontname=\"" << font << "\", fontsize=\"11\", penwidth=\"0.8\"];\n"
         << "  edge [fontname=\"" << font << "\", fontsize=\"9\", arrowsize=\"0.7\"];\n";
    legend(info);
  }

  void node(const newsgraph::node& n, std::size_t) override {
    auto look = detail::look(n.type);
    std::string tooltip = std::string(name(n.type)) + ": " + n.label;
    if (!n.title.empty()) tooltip += ", " + n.title;
    if (!n.aliases.empty()) tooltip += "\nalso: " + join(n.aliases, "; ");
    out_ << "  " << dot_quote(n.key) << " [label=" << dot_quote(n.label)
         << ", type=" << dot_quote(name(n.type)) << ", shape=\"" << look.shape << "\"";
    if (n.type == node_type::body) out_ << ", style=\"filled,rounded\"";
    out_ << ", fillcolor=\"" << look.fill << "\", tooltip=" << dot_quote(tooltip) << "];\n";
  }

  void edge(const newsgraph::node& s, const newsgraph::node& t, const newsgraph::edge& e) override {
    std::string label = edge_label(e);
    auto colour = detail::colour(e.rel);
    double width = std::min(1.0 + std::log2(std::max(e.weight, 1.0)), 5.0);
    out_ << "  " << dot_quote(s.key) << " -> " << dot_quote(t.key) << " [label=" << dot_quote(label)
         << ", relation=\"" << name(e.rel) << "\", mode=\"" << name(e.mod) << "\", color=\"" << colour
         << "\", fontcolor=\"" << colour << "\", style=\"" << line_style(e.mod)
         << "\", penwidth=\"" << format_number(width) << "\"";
    if (e.mod == mode::negated) out_ << ", arrowhead=\"tee\"";
    if (is_symmetric(e.rel)) out_ << ", dir=\"both\"";
    if (!e.evidence.empty()) out_ << ", tooltip=" << dot_quote(e.evidence.front().sentence);
    out_ << "];\n";
  }

  void end_graph() override {
    out_ << "}\n";
    out_.flush();
  }

 private:
  // A cluster with one sample node per node type present and one table of the relations and
  // modes present, drawn in their colours and styles. Its ids all start with legend_prefix.
  void legend(const graph_info& info) {
    if (info.node_types.empty()) return;
    out_ << "  subgraph \"cluster_legend\" {\n"
         << "    label=\"Legend\"; fontsize=\"12\"; style=\"rounded\"; color=\"#aaaaaa\";\n"
         << "    node [fontsize=\"9\", height=\"0.3\", margin=\"0.05\"];\n";
    for (auto t : info.node_types) {
      auto look = detail::look(t);
      out_ << "    \"" << legend_prefix << name(t) << "\" [label=\"" << name(t) << "\", shape=\""
           << look.shape << "\"" << (t == node_type::body ? ", style=\"filled,rounded\"" : "")
           << ", fillcolor=\"" << look.fill << "\"];\n";
    }
    if (!info.relations.empty()) {
      out_ << "    \"" << legend_prefix << "edges\" [shape=\"plaintext\", style=\"\", label=<"
           << "<table border=\"0\" cellborder=\"0\" cellspacing=\"1\">";
      for (auto r : info.relations)
        out_ << "<tr><td align=\"left\"><font color=\"" << colour(r) << "\">&#x2500;&#x2500;&#x25B6; "
             << name(r) << "</font></td></tr>";
      for (auto m : info.modes) {
        std::string_view sample = m == mode::proposed   ? "- - -&#x25B6;"
                                  : m == mode::expected ? "&#xB7; &#xB7; &#xB7;&#x25B6;"
                                  : m == mode::negated  ? "&#x2500;&#x2500;&#x2524;"
                                                        : "&#x2500;&#x2500;&#x25B6;";
        out_ << "<tr><td align=\"left\">" << sample << " " << name(m) << "</td></tr>";
      }
      out_ << "</table>>];\n";
    }
    out_ << "  }\n";
  }

  std::ostream& out_;
};

}  // namespace

std::unique_ptr<graph_writer> make_dot_writer(std::ostream& out) {
  return std::make_unique<dot_writer>(out);
}

}  // namespace newsgraph::detail
