#pragma once
// The fixed fields every writer writes for a node and an edge, with their types: the GraphML
// and GEXF key declarations, and the names a node attribute or edge qualifier may not take.
#include <array>
#include <string_view>

namespace newsgraph::detail {

/// The type of a field's values.
enum class field_type { string, integer, real };

/// One fixed field: its name in every format and the type of its values.
struct field {
  std::string_view name;
  field_type type;
};

/// The fields written for every node, in declaration order (attributes follow).
inline constexpr std::array node_fields{
    field{"label", field_type::string},   field{"type", field_type::string},
    field{"aliases", field_type::string}, field{"wikidata", field_type::string},
    field{"iso3166", field_type::string}, field{"title", field_type::string},
    field{"kind", field_type::string},    field{"mentions", field_type::integer}};

/// The fields written for every edge, in declaration order (qualifiers follow). `evidence`,
/// `trigger`, `start`, `end` and `url` are the first reading's; `doc` joins every article.
inline constexpr std::array edge_fields{
    field{"relation", field_type::string},   field{"label", field_type::string},
    field{"mode", field_type::string},       field{"weight", field_type::real},
    field{"confidence", field_type::real},   field{"evidence", field_type::string},
    field{"trigger", field_type::string},    field{"start", field_type::integer},
    field{"end", field_type::integer},       field{"url", field_type::string},
    field{"doc", field_type::string},        field{"first_date", field_type::string},
    field{"last_date", field_type::string}};

/// The qualifiers the ontology names; always declared.
inline constexpr std::array<std::string_view, 4> ontology_qualifiers{"action", "by", "of", "role"};

/// The separator of lists (aliases, docs) inside one GraphML or GEXF value; a '|' or '\' inside
/// an item has a '\' before it (join_list, split_list).
inline constexpr char list_separator = '|';

}  // namespace newsgraph::detail
