#pragma once
// N-Triples terms.
#include <string>
#include <string_view>

#include "exporters/detail/rdf.hpp"

namespace newsgraph::detail {

/// `s` as the inside of an N-Triples string literal: backslash, quote, LF and CR escaped as
/// \\ \" \n \r, other control characters as \uXXXX.
std::string escape_ntriples(std::string_view s);

/// The canonical xsd:double form of a decimal number ("0.9" gives "9.0E-1", "2" gives "2.0E0"),
/// which is also what JSON-LD's toRdf makes of the number.
std::string canonical_double(std::string_view decimal);

/// The N-Triples form of a triple's object: <IRI>, "text", "5"^^xsd:integer or "5.0E-1"^^xsd:double.
std::string ntriples_term(const rdf_value& v);

}  // namespace newsgraph::detail
