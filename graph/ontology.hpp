#pragma once
// The ontology of ../shared/ONTOLOGY.md as enums, with the one place that maps them to and
// from their names. The names are a contract with every reader of newsgraph's output.
#include <optional>
#include <span>
#include <string_view>

namespace newsgraph {

/// What a node is.
enum class node_type { state, body, person, report, resolution, place };

/// What an edge says, read "subject RELATION object".
enum class relation {
  criticizes, opposes, supports, votes_for, votes_against, abstains, adopts, vetoes,
  calls_on, refers_to, accuses, sanctions, allied_with, represents, part_of, member_of,
  publishes, discusses, located_in, meets, attacks, threatens, detains
};

/// How the text holds the relation.
enum class mode { asserted, proposed, expected, negated };

/// The ontology's name of a node type ("State", "Body", ...).
std::string_view name(node_type t) noexcept;
/// The ontology's name of a relation ("votes-against", ...).
std::string_view name(relation r) noexcept;
/// The ontology's name of a mode ("asserted", ...).
std::string_view name(mode m) noexcept;

/// The node type called `s`, if there is one (exact spelling).
std::optional<node_type> parse_node_type(std::string_view s) noexcept;
/// The relation called `s`, if there is one (exact spelling).
std::optional<relation> parse_relation(std::string_view s) noexcept;
/// The mode called `s`, if there is one (exact spelling).
std::optional<mode> parse_mode(std::string_view s) noexcept;

/// The schema.org class of a node, without prefix ("Country", "GovernmentOrganization", ...);
/// for bodies it depends on their `kind` (intergovernmental, government, court and commission
/// bodies are GovernmentOrganization, the rest Organization).
std::string_view schema_org_class(node_type t, std::string_view kind = {}) noexcept;
/// Whether the relation reads the same both ways (allied-with, meets).
bool is_symmetric(relation r) noexcept;

/// Every node type, in declaration order.
std::span<const node_type> all_node_types() noexcept;
/// Every relation, in declaration order.
std::span<const relation> all_relations() noexcept;
/// Every mode, in declaration order.
std::span<const mode> all_modes() noexcept;

}  // namespace newsgraph
