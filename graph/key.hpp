#pragma once
// Canonical node keys: the identity of an entity across articles, graphs and formats.
#include <string>
#include <string_view>

#include "graph/ontology.hpp"

namespace newsgraph {

/// The key of an entity of type `t` identified by `id`: "<type>:<slug>", e.g.
/// make_key(state, "CHN") == "state:chn", make_key(person, "Juan Guaidó") == "person:juan-guaido".
/// The slug is lower-case ASCII letters, digits and '-': Latin letters lose their accents,
/// other characters become "u" and their hexadecimal code point, so a key is a valid XML
/// NMTOKEN, IRI segment and DOT identifier. Equal ids give equal keys.
std::string make_key(node_type t, std::string_view id);

/// The slug part of make_key, for any UTF-8 text (invalid bytes become "x" and their hex value).
std::string slug(std::string_view text);

}  // namespace newsgraph
