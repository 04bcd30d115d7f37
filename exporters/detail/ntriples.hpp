#pragma once
// N-Triples terms.
#include <string>
#include <string_view>

#include "exporters/detail/rdf.hpp"

namespace newsgraph::detail {

/// `s` as the inside of an N-Triples string literal: quote, LF and CR escaped as \" \n \r,
/// backslash and the other control characters as \uXXXX. A backslash is \u005C rather than a
/// doubled backslash because rdflib 6's N-Triples reader undoes doubled backslashes only after
/// \n, \r, \t..., so it would read a backslash followed by "r" back as a carriage return.
std::string escape_ntriples(std::string_view s);

/// The canonical xsd:double form of a decimal number ("0.9" gives "9.0E-1", "2" gives "2.0E0"),
/// which is also what JSON-LD's toRdf makes of the number.
std::string canonical_double(std::string_view decimal);

/// The N-Triples form of a triple's object: <IRI>, "text", "5"^^xsd:integer or "5.0E-1"^^xsd:double.
std::string ntriples_term(const rdf_value& v);

}  // namespace newsgraph::detail
