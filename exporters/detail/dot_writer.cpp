// Graphviz DOT of our own: every id and value quoted, shapes and colours from style.hpp, edge
// labels, and a legend of the node types and relations present that is the graph's label, not
// nodes of it. Graph data rides along as attributes Graphviz keeps but ignores (type, relation,
// mode), so tools reading the DOT get it. Nodes without an edge are left out unless asked for.
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

// The value of attribute `key` of `n`, or "".
std::string_view attribute(const newsgraph::node& n, const std::string& key) {
  auto it = n.attributes.find(key);
  return it == n.attributes.end() ? std::string_view() : std::string_view(it->second);
}

// What the picture says beside a resolution: its tally (for-against-abstentions) and date where
// known ("118-8-64, 2023-12-19"); "" for other nodes. Beside, not in, the label, so that the
// label stays the node's label for the tools that read the DOT.
std::string resolution_caption(const newsgraph::node& n) {
  if (n.type != node_type::resolution) return {};
  std::string tally;
  auto yes = attribute(n, "votes_for"), no = attribute(n, "votes_against"), abstain = attribute(n, "abstentions");
  if (!yes.empty() && !no.empty()) {
    tally.append(yes).append("-").append(no);
    if (!abstain.empty()) tally.append("-").append(abstain);
  }
  auto date = attribute(n, "date");
  if (!tally.empty() && !date.empty()) tally += ", ";
  return tally.append(date);
}

// `url` as a quoted DOT string for URL=, or "" when it is empty or too long to link to.
// Graphviz copies URL into SVG attributes without escaping, so everything but the characters
// URLs are made of is percent-encoded ('<', '"', spaces, UTF-8 bytes...), and '&' is written
// "&amp;", which the SVG reads back as '&'. Not dot_quote: it would escape that '&' again.
std::string quoted_link(std::string_view url) {
  constexpr std::size_t longest = 4096;
  constexpr std::string_view kept = "-._~:/?#[]@!$'()*+,;=%";
  if (url.empty() || url.size() > longest) return {};
  static constexpr char hex[] = "0123456789ABCDEF";
  std::string out = "\"";
  for (char c : url) {
    auto byte = static_cast<unsigned char>(c);
    bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                 kept.find(c) != std::string_view::npos;
    if (c == '&') out += "&amp;";
    else if (plain) out += c;
    else out.append({'%', hex[byte >> 4], hex[byte & 15]});
  }
  return out += '"';
}

class dot_writer final : public graph_writer {
 public:
  dot_writer(std::ostream& out, const write_options& options) : out_(out), options_(options) {}

  void begin_graph(const graph_info& info) override {
    out_ << "digraph newsgraph {\n"
         << "  graph [charset=\"UTF-8\", rankdir=\"TB\", fontname=\"" << font
         << "\", fontsize=\"14\", overlap=\"false\", splines=\"true\", nodesep=\"0.4\", ranksep=\"1\", pad=\"0.3\"";
    legend(info);
    out_ << "];\n"
         << "  node [style=\"filled\", fontname=\"" << font << "\", fontsize=\"14\", penwidth=\"0.8\"];\n"
         << "  edge [fontname=\"" << font << "\", fontsize=\"12\", arrowsize=\"0.8\"];\n";
  }

  void node(const newsgraph::node& n, std::size_t degree) override {
    if (degree == 0 && !options_.isolated_nodes) return;
    auto look = detail::look(n.type);
    std::string tooltip = std::string(name(n.type)) + ": " + n.label;
    if (!n.title.empty()) tooltip += ", " + n.title;
    if (!n.aliases.empty()) tooltip += "\nalso: " + join(n.aliases, "; ");
    out_ << "  " << dot_quote(n.key) << " [label=" << dot_quote(n.label)
         << ", type=" << dot_quote(name(n.type)) << ", shape=\"" << look.shape << "\"";
    if (n.type == node_type::body) out_ << ", style=\"filled,rounded\"";
    if (auto caption = resolution_caption(n); !caption.empty()) out_ << ", xlabel=" << dot_quote(caption);
    out_ << ", fillcolor=\"" << look.fill << "\", tooltip=" << dot_quote(tooltip) << "];\n";
  }

  void edge(const newsgraph::node& s, const newsgraph::node& t, const newsgraph::edge& e) override {
    // The label is the relation whatever the mode, as in GraphML and JSON-LD (ONTOLOGY.md):
    // the mode shows in the line style and arrowhead; who refers goes beside it (xlabel).
    auto colour = detail::colour(e.rel);
    double width = std::min(1.0 + std::log2(std::max(e.weight, 1.0)), 5.0);
    out_ << "  " << dot_quote(s.key) << " -> " << dot_quote(t.key) << " [label=" << dot_quote(name(e.rel));
    if (auto by = e.qualifiers.find("by"); e.rel == relation::refers_to && by != e.qualifiers.end() && !by->second.empty())
      out_ << ", xlabel=" << dot_quote("by " + by->second);
    out_ << ", relation=\"" << name(e.rel) << "\", mode=\"" << name(e.mod) << "\", color=\"" << colour
         << "\", fontcolor=\"" << colour << "\", style=\"" << line_style(e.mod)
         << "\", penwidth=\"" << format_number(width) << "\"";
    if (e.mod == mode::negated) out_ << ", arrowhead=\"tee\"";
    if (is_symmetric(e.rel)) out_ << ", dir=\"both\"";
    if (!e.evidence.empty()) out_ << ", tooltip=" << dot_quote(e.evidence.front().sentence);
    if (auto link = e.evidence.empty() ? std::string() : quoted_link(e.evidence.front().url); !link.empty())
      out_ << ", URL=" << link << ", target=\"_blank\"";
    out_ << "];\n";
  }

  void end_graph() override {
    out_ << "}\n";
    out_.flush();
  }

 private:
  // The graph's label, below the picture: a caption (the dates of the articles, where known)
  // over tables of the node types, relations and modes present, drawn in their colours and
  // styles. A label, not nodes: readers of the DOT see no legend in the data.
  void legend(const graph_info& info) {
    if (info.node_types.empty()) return;
    out_ << ", labelloc=\"b\", labeljust=\"l\", label=<<table border=\"0\" cellborder=\"0\" cellspacing=\"2\">"
         << (info.first_date.empty() ? std::string() : "<tr><td align=\"left\" colspan=\"3\">" + caption(info) + "</td></tr>")
         << "<tr><td align=\"left\" valign=\"top\">"
         << "<table border=\"0\" cellborder=\"1\" cellspacing=\"2\">";
    for (auto t : info.node_types)
      out_ << "<tr><td bgcolor=\"" << look(t).fill << "\">" << name(t) << "</td></tr>";
    out_ << "</table></td>";
    if (info.relations.empty()) {  // nodes and no edge: Graphviz refuses an empty table
      out_ << "</tr></table>>";
      return;
    }
    out_ << "<td align=\"left\" valign=\"top\"><table border=\"0\" cellborder=\"0\" cellspacing=\"1\">";
    for (auto r : info.relations)
      out_ << "<tr><td align=\"left\"><font color=\"" << colour(r) << "\">&#x2500;&#x2500;&#x25B6; " << name(r)
           << "</font></td></tr>";
    out_ << "</table></td><td align=\"left\" valign=\"top\"><table border=\"0\" cellborder=\"0\" cellspacing=\"1\">";
    for (auto m : info.modes) {
      std::string_view sample = m == mode::proposed   ? "- - -&#x25B6;"
                                : m == mode::expected ? "&#xB7; &#xB7; &#xB7;&#x25B6;"
                                : m == mode::negated  ? "&#x2500;&#x2500;&#x2524;"
                                                      : "&#x2500;&#x2500;&#x25B6;";
      out_ << "<tr><td align=\"left\">" << sample << " " << name(m) << "</td></tr>";
    }
    out_ << "</table></td></tr></table>>";
  }

  // "Articles of 2023-12-19 to 2024-01-05" (or of one date), HTML-escaped: the dates are the
  // articles' as given.
  static std::string caption(const graph_info& info) {
    std::string text = "Articles of " + info.first_date;
    if (info.last_date != info.first_date) text += " to " + info.last_date;
    std::string html;
    for (char c : clean_text(text)) {
      switch (c) {
        case '&': html += "&amp;"; break;
        case '<': html += "&lt;"; break;
        case '>': html += "&gt;"; break;
        case '"': html += "&quot;"; break;
        default: html += c;
      }
    }
    return html;
  }

  std::ostream& out_;
  write_options options_;
};

}  // namespace

std::unique_ptr<graph_writer> make_dot_writer(std::ostream& out, const write_options& options) {
  return std::make_unique<dot_writer>(out, options);
}

}  // namespace newsgraph::detail
