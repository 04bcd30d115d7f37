#pragma once
// The RDF description of a graph, shared by the JSON-LD and N-Triples writers so that both
// carry exactly the same triples, and read by the JSON-LD reader.
//
// A node is <urn:newsgraph:KEY>, typed with the ontology's class (ng:State...) and the
// schema.org class. An edge is an rdf:Statement <urn:newsgraph:SOURCE/RELATION/TARGET/MODE>
// with its mode, weight, confidence, qualifiers and first evidence, and one ng:Reading
// <...#N> per piece of evidence; an asserted edge is also the direct triple
// <SOURCE> ng:RELATION <TARGET>. Proposed, expected and negated edges are not asserted in RDF:
// they exist only as statements, as rdf:Statement intends.
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "exporters/writer.hpp"

namespace newsgraph::detail {

/// The namespaces of the RDF output.
namespace ns {
inline constexpr std::string_view resource = "urn:newsgraph:";
inline constexpr std::string_view vocab = "urn:newsgraph:vocab#";
inline constexpr std::string_view schema = "https://schema.org/";
inline constexpr std::string_view rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
inline constexpr std::string_view rdfs = "http://www.w3.org/2000/01/rdf-schema#";
inline constexpr std::string_view xsd = "http://www.w3.org/2001/XMLSchema#";
inline constexpr std::string_view wikidata = "http://www.wikidata.org/entity/";
}  // namespace ns

/// What a value is.
enum class value_kind { iri, string, integer, real };

/// One object of a triple: an IRI, or a literal's lexical form and kind.
struct rdf_value {
  value_kind kind = value_kind::string;
  std::string text;
};

/// The values of one property; `term` is its name in the JSON-LD context (see term_iri).
struct rdf_property {
  std::string term;
  std::vector<rdf_value> values;
  bool list = false;  ///< a set of values (aliases, docs, readings), written as an array even when single
};

/// A subject with its types (full IRIs) and properties.
struct rdf_resource {
  std::string id;
  std::vector<std::string> types;
  std::vector<rdf_property> properties;
};

/// A term of the JSON-LD context.
struct rdf_term {
  std::string name;
  std::string iri;
  value_kind kind;  ///< iri and real terms are coerced in the context; the others are not
};

/// The full IRI of a property term: label is rdfs:label; name, alternateName and sameAs are
/// schema.org's; subject, predicate and object are rdf's; every other term is ng:TERM.
std::string term_iri(std::string_view term);

/// Every term a graph described by `info` uses, in a fixed order.
std::vector<rdf_term> terms(const graph_info& info);

/// The IRI of a node's key.
std::string node_iri(std::string_view key);

/// The description of a node; `articles` names the articles of its mentioned_in (graph_info::article_names).
rdf_resource describe_node(const node& n, const std::unordered_map<std::uint64_t, std::string>* articles = nullptr);

/// The description of an edge: the direct triple (asserted edges only), the statement, and
/// one reading per piece of evidence.
std::vector<rdf_resource> describe_edge(const node& source, const node& target, const edge& e);

}  // namespace newsgraph::detail
