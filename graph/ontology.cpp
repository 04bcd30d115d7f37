#include "graph/ontology.hpp"

#include <array>

namespace newsgraph {
namespace {

constexpr std::array node_types{node_type::state,  node_type::body,       node_type::person,
                                node_type::report, node_type::resolution, node_type::place};

constexpr std::array relations{
    relation::criticizes, relation::opposes,     relation::supports,   relation::votes_for,
    relation::votes_against, relation::abstains, relation::adopts,     relation::vetoes,
    relation::calls_on,   relation::refers_to,   relation::accuses,    relation::sanctions,
    relation::allied_with, relation::represents, relation::part_of,    relation::member_of,
    relation::publishes,  relation::discusses,   relation::located_in, relation::meets,
    relation::attacks,    relation::threatens,   relation::detains};

constexpr std::array modes{mode::asserted, mode::proposed, mode::expected, mode::negated};

template <class Enum, std::size_t N>
std::optional<Enum> parse(const std::array<Enum, N>& all, std::string_view s) noexcept {
  for (Enum e : all)
    if (name(e) == s) return e;
  return std::nullopt;
}

}  // namespace

std::string_view name(node_type t) noexcept {
  switch (t) {
    case node_type::state: return "State";
    case node_type::body: return "Body";
    case node_type::person: return "Person";
    case node_type::report: return "Report";
    case node_type::resolution: return "Resolution";
    case node_type::place: return "Place";
  }
  return "";
}

std::string_view name(relation r) noexcept {
  switch (r) {
    case relation::criticizes: return "criticizes";
    case relation::opposes: return "opposes";
    case relation::supports: return "supports";
    case relation::votes_for: return "votes-for";
    case relation::votes_against: return "votes-against";
    case relation::abstains: return "abstains";
    case relation::adopts: return "adopts";
    case relation::vetoes: return "vetoes";
    case relation::calls_on: return "calls-on";
    case relation::refers_to: return "refers-to";
    case relation::accuses: return "accuses";
    case relation::sanctions: return "sanctions";
    case relation::allied_with: return "allied-with";
    case relation::represents: return "represents";
    case relation::part_of: return "part-of";
    case relation::member_of: return "member-of";
    case relation::publishes: return "publishes";
    case relation::discusses: return "discusses";
    case relation::located_in: return "located-in";
    case relation::meets: return "meets";
    case relation::attacks: return "attacks";
    case relation::threatens: return "threatens";
    case relation::detains: return "detains";
  }
  return "";
}

std::string_view name(mode m) noexcept {
  switch (m) {
    case mode::asserted: return "asserted";
    case mode::proposed: return "proposed";
    case mode::expected: return "expected";
    case mode::negated: return "negated";
  }
  return "";
}

std::optional<node_type> parse_node_type(std::string_view s) noexcept { return parse(node_types, s); }
std::optional<relation> parse_relation(std::string_view s) noexcept { return parse(relations, s); }
std::optional<mode> parse_mode(std::string_view s) noexcept { return parse(modes, s); }

std::string_view schema_org_class(node_type t, std::string_view kind) noexcept {
  switch (t) {
    case node_type::state: return "Country";
    case node_type::body:
      return kind == "intergovernmental" || kind == "government" || kind == "court" ||
                     kind == "commission"
                 ? "GovernmentOrganization"
                 : "Organization";
    case node_type::person: return "Person";
    case node_type::report: return "Report";
    case node_type::resolution: return "Legislation";
    case node_type::place: return "Place";
  }
  return "";
}

bool is_symmetric(relation r) noexcept {
  return r == relation::allied_with || r == relation::meets;
}

std::span<const node_type> all_node_types() noexcept { return node_types; }
std::span<const relation> all_relations() noexcept { return relations; }
std::span<const mode> all_modes() noexcept { return modes; }

}  // namespace newsgraph
