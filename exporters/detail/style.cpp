#include "exporters/detail/style.hpp"

namespace newsgraph::detail {

node_look look(node_type t) noexcept {
  switch (t) {
    case node_type::state: return {"ellipse", "#a6cee3"};
    case node_type::body: return {"box", "#fdbf6f"};
    case node_type::person: return {"octagon", "#cab2d6"};
    case node_type::report: return {"note", "#ffff99"};
    case node_type::resolution: return {"tab", "#b2df8a"};
    case node_type::place: return {"house", "#d9d9d9"};
  }
  return {"ellipse", "#ffffff"};
}

std::string_view colour(relation r) noexcept {
  switch (r) {
    case relation::criticizes:
    case relation::opposes:
    case relation::accuses: return "#d7301f";
    case relation::votes_against:
    case relation::vetoes: return "#f16913";
    case relation::sanctions:
    case relation::threatens:
    case relation::attacks:
    case relation::detains: return "#7f0000";
    case relation::supports:
    case relation::allied_with: return "#238b45";
    case relation::votes_for:
    case relation::adopts: return "#41ab5d";
    case relation::abstains: return "#969696";
    case relation::calls_on:
    case relation::refers_to:
    case relation::discusses: return "#2171b5";
    case relation::meets: return "#6baed6";
    case relation::publishes: return "#6a51a3";
    case relation::represents:
    case relation::part_of:
    case relation::member_of:
    case relation::located_in: return "#636363";
  }
  return "#000000";
}

std::string_view line_style(mode m) noexcept {
  switch (m) {
    case mode::asserted: return "solid";
    case mode::proposed: return "dashed";
    case mode::expected: return "dotted";
    case mode::negated: return "solid";
  }
  return "solid";
}

double opacity(mode m) noexcept { return m == mode::asserted ? 1.0 : 0.45; }

std::string edge_label(const edge& e) {
  std::string label(name(e.rel));
  if (e.mod != mode::asserted) label.append(" (").append(name(e.mod)).append(")");
  return label;
}

}  // namespace newsgraph::detail
