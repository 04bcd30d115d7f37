// Reads back the JSON-LD that jsonld_writer.cpp writes: node objects, statements and readings
// in one @graph, compact IRIs under the prefixes of jsonld.hpp (full IRIs are read too).
#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <map>
#include <set>
#include <type_traits>

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/memorystream.h>
#include <rapidjson/reader.h>

#include "exporters/detail/jsonld.hpp"
#include "exporters/detail/readers.hpp"
#include "exporters/detail/text.hpp"
#include "exporters/reader.hpp"
#include "graph/detail/depth_limited.hpp"

namespace newsgraph::detail {
namespace {

using json = rapidjson::Value;

constexpr std::array<std::string_view, 10> node_terms{"label",   "name",  "alternateName", "sameAs",   "wikidata",
                                                      "iso3166", "title", "kind",          "mentions", "mentioned_in"};
constexpr std::array<std::string_view, 16> statement_terms{
    "subject", "predicate", "object", "mode",  "weight",     "confidence", "evidence", "trigger",
    "start",   "end",       "url",    "doc",   "first_date", "last_date",  "reading",  "read_at"};

template <std::size_t N>
bool contains(const std::array<std::string_view, N>& a, std::string_view s) {
  return std::find(a.begin(), a.end(), s) != a.end();
}

class jsonld_reader {
 public:
  jsonld_reader(std::string_view text, std::string_view source, const graph_warning_sink& on_warning)
      : text_(text), source_(source), on_warning_(on_warning) {}

  knowledge_graph read() {
    // Iterative and depth-limited: a file nested a million deep is an error, not a stack overflow.
    rapidjson::ParseResult result;
    bool too_deep = false;
    auto parse = [&](rapidjson::Document& d) {
      rapidjson::MemoryStream stream(text_.data(), text_.size());
      depth_limited<jsonld_max_depth> handler{d};
      rapidjson::Reader reader;
      result = reader.Parse<rapidjson::kParseIterativeFlag>(stream, handler);
      too_deep = handler.too_deep;
      return !result.IsError();
    };
    doc_.Populate(parse);
    if (too_deep)
      throw read_error(std::string(source_) + ":" + line_column(text_, result.Offset()) +
                       ": nested more than " + std::to_string(jsonld_max_depth) + " deep");
    if (result.IsError())
      throw read_error(std::string(source_) + ":" + line_column(text_, result.Offset()) + ": " +
                       rapidjson::GetParseError_En(result.Code()));
    if (!doc_.IsObject() || !doc_.HasMember("@graph") || !doc_["@graph"].IsArray())
      throw read_error(std::string(source_) + ": not newsgraph JSON-LD: no @graph array");
    if (on_warning_ && std::count_if(doc_.MemberBegin(), doc_.MemberEnd(), [](const auto& m) {
          return std::string_view(m.name.GetString(), m.name.GetStringLength()) == "@graph";
        }) > 1)
      on_warning_(std::string(source_) + ": a second \"@graph\" key, left out (newsgraph reads the first)");
    const json& items = doc_["@graph"];
    std::vector<std::pair<std::size_t, const json*>> statements;
    for (rapidjson::SizeType i = 0; i < items.Size(); ++i) {
      const json& item = items[i];
      if (!item.IsObject()) fail(i, "not an object");
      auto types = types_of(i, item);
      if (types.count(std::string(ns::rdf) + "Statement")) {
        statements.emplace_back(i, &item);
      } else if (types.count(std::string(ns::vocab) + "Reading")) {
        readings_[string(i, item, "@id")] = &item;
      } else if (!types.empty()) {
        nodes_.emplace_back(i, &item);
      }
    }
    knowledge_graph g;
    for (auto [i, item] : nodes_) g.add(read_node(i, *item, types_of(i, *item), g));
    for (auto [i, item] : statements) {
      std::string s = key_of(i, string(i, *item, "subject")), o = key_of(i, string(i, *item, "object"));
      if (!g.find(s) || !g.find(o)) fail(i, "statement about '" + s + "' and '" + o + "': no such node");
      g.add(s, o, read_statement(i, *item));
    }
    return g;
  }

 private:
  [[noreturn]] void fail(std::size_t i, const std::string& problem) const {
    throw read_error(std::string(source_) + ": @graph[" + std::to_string(i) + "]: " + problem);
  }

  // The full IRIs of the object's @type.
  std::set<std::string> types_of(std::size_t i, const json& item) const {
    std::set<std::string> out;
    if (!item.HasMember("@type")) return out;
    for (const auto& t : values(item["@type"])) {
      if (!t->IsString()) fail(i, "@type is not a string");
      out.insert(expand_iri(t->GetString()));
    }
    return out;
  }

  static std::vector<const json*> values(const json& v) {
    std::vector<const json*> out;
    if (v.IsArray())
      for (const auto& x : v.GetArray()) out.push_back(&x);
    else
      out.push_back(&v);
    return out;
  }

  // The text of a string, integer or @value member; "" when absent.
  std::string text(std::size_t i, const json& v, std::string_view name) const {
    if (v.IsString()) return std::string(v.GetString(), v.GetStringLength());
    if (v.IsInt64()) return std::to_string(v.GetInt64());
    if (v.IsUint64()) return std::to_string(v.GetUint64());
    if (v.IsDouble()) return format_number(v.GetDouble());
    if (v.IsObject() && v.HasMember("@value")) return text(i, v["@value"], name);
    if (v.IsObject() && v.HasMember("@id")) return text(i, v["@id"], name);
    fail(i, std::string(name) + " is neither a string nor a number");
  }

  std::string string(std::size_t i, const json& item, const char* name) const {
    auto m = item.FindMember(name);
    if (m == item.MemberEnd()) return {};
    if (!m->value.IsArray()) return text(i, m->value, name);
    if (m->value.Size() != 1) fail(i, std::string(name) + " has " + std::to_string(m->value.Size()) + " values, not one");
    return text(i, m->value[0], name);
  }

  std::vector<std::string> strings(std::size_t i, const json& item, const char* name) const {
    std::vector<std::string> out;
    auto m = item.FindMember(name);
    if (m != item.MemberEnd())
      for (const json* v : values(m->value)) out.push_back(text(i, *v, name));
    return out;
  }

  template <class T>
  T number(std::size_t i, const json& item, const char* name, T fallback) const {
    std::string s = string(i, item, name);
    if (s.empty()) return fallback;
    T value{};
    auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
    if (ec != std::errc{} || end != s.data() + s.size()) fail(i, std::string(name) + " is not a number: '" + s + "'");
    if constexpr (std::is_floating_point_v<T>)
      if (!std::isfinite(value)) fail(i, std::string(name) + " is not a finite number: '" + s + "'");
    return value;
  }

  std::string key_of(std::size_t i, const std::string& iri) const {
    if (!iri.starts_with(ns::resource) || !is_valid_key(iri.substr(ns::resource.size())))
      fail(i, "'" + iri + "' is not a newsgraph node IRI");
    return iri.substr(ns::resource.size());
  }

  // A node object; the articles of its mentioned_in are named in `g`.
  newsgraph::node read_node(std::size_t i, const json& item, const std::set<std::string>& types, knowledge_graph& g) const {
    newsgraph::node n;
    n.key = key_of(i, string(i, item, "@id"));
    bool typed = false;
    for (auto t : all_node_types())
      if (types.count(std::string(ns::vocab) + std::string(name(t)))) n.type = t, typed = true;
    if (!typed) fail(i, "'" + n.key + "' has no node type of the ontology");
    n.label = string(i, item, "label");
    if (n.label.empty()) n.label = string(i, item, "name");
    n.aliases = strings(i, item, "alternateName");
    n.wikidata = string(i, item, "wikidata");
    if (std::string same = string(i, item, "sameAs"); same.starts_with(ns::wikidata))
      n.wikidata = same.substr(ns::wikidata.size());
    n.iso3166 = string(i, item, "iso3166");
    n.title = string(i, item, "title");
    n.kind = string(i, item, "kind");
    n.mentions = number<std::uint64_t>(i, item, "mentions", 0);
    for (const auto& m : strings(i, item, "mentioned_in")) {
      const std::size_t at = m.rfind('@');
      std::uint64_t count = 0;
      const char* end = m.data() + m.size();
      if (at == std::string::npos || at + 1 == m.size() || std::from_chars(m.data() + at + 1, end, count).ptr != end)
        fail(i, "mentioned_in is not ARTICLE@COUNT: '" + m + "'");
      const std::string_view doc = std::string_view(m).substr(0, at);
      g.name_article(doc);
      n.mentioned_in.push_back({article_hash(doc), count});
    }
    for (const auto& m : item.GetObject()) {
      std::string_view term(m.name.GetString(), m.name.GetStringLength());
      if (term.starts_with('@') || contains(node_terms, term) || parse_relation(term)) continue;
      n.attributes.emplace(term, text(i, m.value, term));
    }
    return n;
  }

  provenance read_reading(std::size_t i, const json& item) const {
    provenance p;
    p.sentence = string(i, item, "evidence");
    p.trigger = string(i, item, "trigger");
    p.start = number<std::size_t>(i, item, "start", 0);
    p.end = number<std::size_t>(i, item, "end", 0);
    p.url = string(i, item, "url");
    p.doc = string(i, item, "doc");
    p.date = string(i, item, "date");
    return p;
  }

  newsgraph::edge read_statement(std::size_t i, const json& item) const {
    newsgraph::edge e;
    std::string predicate = expand_iri(string(i, item, "predicate"));
    auto r = predicate.starts_with(ns::vocab) ? parse_relation(std::string_view(predicate).substr(ns::vocab.size()))
                                               : std::nullopt;
    if (!r) fail(i, "unknown relation '" + predicate + "'");
    e.rel = *r;
    std::string m = string(i, item, "mode");
    auto md = m.empty() ? mode::asserted : parse_mode(m);
    if (!md) fail(i, "unknown mode '" + m + "'");
    e.mod = *md;
    e.weight = number<double>(i, item, "weight", 1);
    e.confidence = number<double>(i, item, "confidence", 0);
    for (const auto& id : strings(i, item, "reading")) {
      auto it = readings_.find(id);
      if (it == readings_.end()) fail(i, "no reading '" + id + "'");
      e.evidence.push_back(read_reading(i, *it->second));
    }
    if (e.evidence.empty() && item.HasMember("evidence")) e.evidence.push_back(read_reading(i, item));
    e.docs = strings(i, item, "doc");
    std::vector<std::string> articles = e.docs;
    std::sort(articles.begin(), articles.end());
    for (const auto& m : strings(i, item, "read_at")) {
      auto mark = parse_mark(m);
      if (!mark) fail(i, "read_at is not ARTICLE@START-END: '" + m + "'");
      if (!std::binary_search(articles.begin(), articles.end(), mark->first))
        fail(i, "read_at '" + m + "' names an article that is not one of its doc");
      e.read_at.push_back(mark->second);
    }
    e.first_date = string(i, item, "first_date");
    e.last_date = string(i, item, "last_date");
    for (const auto& mem : item.GetObject()) {
      std::string_view term(mem.name.GetString(), mem.name.GetStringLength());
      if (term.starts_with('@') || contains(statement_terms, term)) continue;
      e.qualifiers.emplace(term, text(i, mem.value, term));
    }
    return e;
  }

  std::string_view text_;
  std::string_view source_;
  const graph_warning_sink& on_warning_;
  rapidjson::Document doc_;
  std::vector<std::pair<std::size_t, const json*>> nodes_;
  std::map<std::string, const json*> readings_;
};

}  // namespace

knowledge_graph read_jsonld(std::string_view text, std::string_view source, const graph_warning_sink& on_warning) {
  return jsonld_reader(text, source, on_warning).read();
}

}  // namespace newsgraph::detail
