// JSON-LD: the triples of rdf.hpp in compact form, under an inline @context that defines
// every term, written with RapidJSON as a stream of node objects in one @graph.
#include <cstdlib>

#include <rapidjson/ostreamwrapper.h>
#include <rapidjson/prettywriter.h>

#include "exporters/detail/jsonld.hpp"
#include "exporters/detail/writers.hpp"

namespace newsgraph::detail {

std::string compact_iri(std::string_view iri) {
  for (const auto& [prefix, ns] : jsonld_prefixes)
    if (iri.starts_with(ns) && iri.size() > ns.size())
      return std::string(prefix) + ":" + std::string(iri.substr(ns.size()));
  return std::string(iri);
}

std::string expand_iri(std::string_view iri) {
  for (const auto& [prefix, ns] : jsonld_prefixes)
    if (iri.size() > prefix.size() && iri.starts_with(prefix) && iri[prefix.size()] == ':')
      return std::string(ns) + std::string(iri.substr(prefix.size() + 1));
  return std::string(iri);
}

namespace {

class jsonld_writer final : public graph_writer {
 public:
  explicit jsonld_writer(std::ostream& out) : stream_(out), json_(stream_) { json_.SetIndent(' ', 2); }

  void begin_graph(const graph_info& info) override {
    articles_ = info.article_names;
    json_.StartObject();
    key("@context");
    json_.StartObject();
    for (const auto& [prefix, ns] : jsonld_prefixes) {
      key(prefix);
      string(ns);
    }
    for (const auto& t : terms(info)) {
      key(t.name);
      if (t.kind == value_kind::iri || t.kind == value_kind::real) {
        std::string definition = "{\"@id\": \"" + compact_iri(t.iri) + "\", \"@type\": \"" +
                                 (t.kind == value_kind::iri ? "@id" : "xsd:double") + "\"}";
        json_.RawValue(definition.data(), definition.size(), rapidjson::kObjectType);
      } else {
        string(compact_iri(t.iri));
      }
    }
    json_.EndObject();
    key("@graph");
    json_.StartArray();
  }

  void node(const newsgraph::node& n, std::size_t) override { put(describe_node(n, articles_)); }

  void edge(const newsgraph::node& s, const newsgraph::node& t, const newsgraph::edge& e) override {
    for (const auto& r : describe_edge(s, t, e)) put(r);
  }

  void end_graph() override {
    json_.EndArray();
    json_.EndObject();
    stream_.Flush();
  }

 private:
  void key(std::string_view s) { json_.Key(s.data(), static_cast<rapidjson::SizeType>(s.size())); }
  void string(std::string_view s) { json_.String(s.data(), static_cast<rapidjson::SizeType>(s.size())); }

  void value(const rdf_value& v) {
    switch (v.kind) {
      case value_kind::iri: string(compact_iri(v.text)); break;
      case value_kind::integer: json_.RawValue(v.text.data(), v.text.size(), rapidjson::kNumberType); break;
      case value_kind::real: json_.Double(std::strtod(v.text.c_str(), nullptr)); break;
      case value_kind::string: string(v.text); break;
    }
  }

  void put(const rdf_resource& r) {
    json_.StartObject();
    key("@id");
    string(r.id);
    if (r.types.size() == 1) {
      key("@type");
      string(compact_iri(r.types.front()));
    } else if (!r.types.empty()) {
      key("@type");
      json_.StartArray();
      for (const auto& t : r.types) string(compact_iri(t));
      json_.EndArray();
    }
    for (const auto& p : r.properties) {
      key(p.term);
      bool list = p.list || p.values.size() > 1;
      if (list) json_.StartArray();
      for (const auto& v : p.values) value(v);
      if (list) json_.EndArray();
    }
    json_.EndObject();
  }

  rapidjson::OStreamWrapper stream_;
  rapidjson::PrettyWriter<rapidjson::OStreamWrapper> json_;
  const std::unordered_map<std::uint64_t, std::string>* articles_ = nullptr;  // graph_info::article_names
};

}  // namespace

std::unique_ptr<graph_writer> make_jsonld_writer(std::ostream& out) {
  return std::make_unique<jsonld_writer>(out);
}

}  // namespace newsgraph::detail
