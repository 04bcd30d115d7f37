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
    case relation::criticizes: return "#e31a1c";
    case relation::opposes: return "#fb6a4a";
    case relation::accuses: return "#a50f15";
    case relation::votes_against: return "#f16913";
    case relation::vetoes: return "#d94801";
    case relation::sanctions: return "#7f0000";
    case relation::threatens: return "#ce1256";
    case relation::attacks: return "#8c2d04";
    case relation::detains: return "#bf812d";
    case relation::supports: return "#238b45";
    case relation::allied_with: return "#00441b";
    case relation::votes_for: return "#41ab5d";
    case relation::adopts: return "#1b9e77";
    case relation::abstains: return "#bdbdbd";
    case relation::calls_on: return "#2171b5";
    case relation::refers_to: return "#08306b";
    case relation::discusses: return "#6baed6";
    case relation::meets: return "#17becf";
    case relation::publishes: return "#6a51a3";
    case relation::represents: return "#525252";
    case relation::part_of: return "#252525";
    case relation::member_of: return "#7a7a7a";
    case relation::located_in: return "#a39171";
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
