#pragma once
// The JSON-LD spelling of rdf.hpp's IRIs, shared by the JSON-LD writer and reader.
#include <array>
#include <string>
#include <string_view>
#include <utility>

#include "exporters/detail/rdf.hpp"

namespace newsgraph::detail {

/// The prefixes the @context declares, with their namespaces.
inline constexpr std::array<std::pair<std::string_view, std::string_view>, 5> jsonld_prefixes{{
    {"ng", ns::vocab}, {"schema", ns::schema}, {"rdf", ns::rdf}, {"rdfs", ns::rdfs}, {"xsd", ns::xsd}}};

/// `iri` with a declared namespace replaced by its prefix ("ng:votes-against").
std::string compact_iri(std::string_view iri);

/// The inverse of compact_iri: a compact IRI with a declared prefix made full.
std::string expand_iri(std::string_view iri);

}  // namespace newsgraph::detail
