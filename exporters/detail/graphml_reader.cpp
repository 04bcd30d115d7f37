// Reads back the GraphML that graphml_writer.cpp writes.
#include <algorithm>
#include <charconv>
#include <cmath>
#include <map>
#include <stdexcept>
#include <type_traits>

#include <pugixml.hpp>

#include "exporters/detail/fields.hpp"
#include "exporters/detail/readers.hpp"
#include "exporters/detail/text.hpp"
#include "exporters/reader.hpp"
#include "graph/reading_mark.hpp"

namespace newsgraph::detail {
namespace {

class graphml_reader {
 public:
  graphml_reader(std::string_view text, std::string_view source, const graph_warning_sink& on_warning)
      : text_(text), source_(source), on_warning_(on_warning) {}

  knowledge_graph read() {
    auto result = doc_.load_buffer(text_.data(), text_.size(), pugi::parse_default, declared_encoding());
    if (!result) fail(static_cast<std::size_t>(result.offset), result.description());
    auto root = doc_.child("graphml");
    if (!root) fail(0, "not GraphML: no <graphml> element");
    for (auto key : root.children("key")) {
      std::string id = key.attribute("id").value();
      std::string domain = key.attribute("for").value();
      std::string attr = key.attribute("attr.name").value();
      (domain == "edge" ? edge_keys_ : node_keys_)[id] = attr.empty() ? id : attr;
    }
    auto graph = root.child("graph");
    if (!graph) fail(root, "no <graph> element");
    if (auto second = graph.next_sibling("graph")) warn(second, "a second <graph> element, left out (newsgraph reads the first)");
    knowledge_graph g;
    for (auto n : graph.children("node")) g.add(read_node(n, g));
    for (auto e : graph.children("edge")) {
      std::string s = e.attribute("source").value(), t = e.attribute("target").value();
      if (!g.find(s) || !g.find(t))
        fail(e, std::string("edge ") + e.attribute("id").value() + " from '" + s + "' to '" + t + "': no such node");
      g.add(s, t, read_edge(e));
    }
    return g;
  }

 private:
  // The encoding to read the text in: UTF-8, or ISO 8859-1 where the XML declaration says so; any
  // other declared encoding is read as UTF-8, with a warning.
  pugi::xml_encoding declared_encoding() const {
    const std::string_view head = text_.substr(0, text_.find("?>"));
    if (!head.starts_with("<?xml")) return pugi::encoding_utf8;
    const std::size_t at = head.find("encoding");
    if (at == std::string_view::npos) return pugi::encoding_utf8;
    const std::size_t open = head.find_first_of("\"'", at);
    const std::size_t close = open == std::string_view::npos ? open : head.find(head[open], open + 1);
    if (close == std::string_view::npos) return pugi::encoding_utf8;
    std::string name(head.substr(open + 1, close - open - 1));
    for (char& c : name) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    if (name == "utf-8" || name == "utf8") return pugi::encoding_utf8;
    if (name == "iso-8859-1" || name == "latin1" || name == "iso_8859-1") return pugi::encoding_latin1;
    if (on_warning_)
      on_warning_(std::string(source_) + ":" + line_column(text_, open + 1) + ": encoding " + name +
                  " is not one newsgraph decodes; read as UTF-8");
    return pugi::encoding_utf8;
  }
  void warn(const pugi::xml_node& at, const std::string& problem) const {
    if (!on_warning_) return;
    auto offset = at.offset_debug() < 0 ? std::size_t{0} : static_cast<std::size_t>(at.offset_debug());
    if (offset > 0 && text_[offset - 1] == '<') --offset;
    on_warning_(std::string(source_) + ":" + line_column(text_, offset) + ": " + problem);
  }
  [[noreturn]] void fail(std::size_t offset, const std::string& problem) const {
    throw read_error(std::string(source_) + ":" + line_column(text_, offset) + ": " + problem);
  }
  // Fails at element `at`: pugixml gives the offset of its name, the message that of its '<'.
  [[noreturn]] void fail(const pugi::xml_node& at, const std::string& problem) const {
    auto offset = at.offset_debug() < 0 ? std::size_t{0} : static_cast<std::size_t>(at.offset_debug());
    if (offset > 0 && text_[offset - 1] == '<') --offset;
    fail(offset, problem);
  }

  // The data of `el` by attribute name, under the keys `keys` declares.
  std::map<std::string, std::string> data(const pugi::xml_node& el,
                                          const std::map<std::string, std::string>& keys) const {
    std::map<std::string, std::string> out;
    for (auto d : el.children("data")) {
      auto k = keys.find(d.attribute("key").value());
      if (k == keys.end()) fail(d, std::string("undeclared key '") + d.attribute("key").value() + "'");
      out[k->second] = d.text().get();
    }
    return out;
  }

  template <class T>
  T number(const pugi::xml_node& at, const std::string& field, const std::string& text) const {
    T value{};
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc{} || end != text.data() + text.size())
      fail(at, field + " is not a number: '" + text + "'");
    if constexpr (std::is_floating_point_v<T>)
      if (!std::isfinite(value)) fail(at, field + " is not a finite number: '" + text + "'");
    return value;
  }

  static std::string take(std::map<std::string, std::string>& d, const std::string& name) {
    auto it = d.find(name);
    if (it == d.end()) return {};
    std::string v = std::move(it->second);
    d.erase(it);
    return v;
  }

  newsgraph::node read_node(const pugi::xml_node& el, knowledge_graph& g) const {
    newsgraph::node n;
    n.key = el.attribute("id").value();
    if (n.key.empty()) fail(el, "node without id");
    auto d = data(el, node_keys_);
    std::string type = take(d, "type");
    auto t = parse_node_type(type);
    if (!t) fail(el, "node '" + n.key + "': unknown type '" + type + "'");
    n.type = *t;
    n.label = take(d, "label");
    n.aliases = split_list(take(d, "aliases"), list_separator);
    n.wikidata = take(d, "wikidata");
    n.iso3166 = take(d, "iso3166");
    n.title = take(d, "title");
    n.kind = take(d, "kind");
    if (auto m = take(d, "mentions"); !m.empty()) n.mentions = number<std::uint64_t>(el, "mentions", m);
    for (const auto& m : split_list(take(d, "mentioned_in"), list_separator)) {
      const std::size_t at = m.rfind('@');
      std::uint64_t count = 0;
      const char* end = m.data() + m.size();
      if (at == std::string::npos || at + 1 == m.size() || std::from_chars(m.data() + at + 1, end, count).ptr != end)
        fail(el, "node '" + n.key + "': mentioned_in is not ARTICLE@COUNT: '" + m + "'");
      const std::string_view doc = std::string_view(m).substr(0, at);
      g.name_article(doc);
      n.mentioned_in.push_back({article_hash(doc), count});
    }
    n.attributes = std::move(d);
    return n;
  }

  newsgraph::edge read_edge(const pugi::xml_node& el) const {
    newsgraph::edge e;
    auto d = data(el, edge_keys_);
    std::string rel = take(d, "relation");
    std::string label = take(d, "label");
    if (rel.empty()) rel = label;
    auto r = parse_relation(rel);
    std::string id = std::string("edge ") + el.attribute("id").value();
    if (!r) fail(el, id + ": unknown relation '" + rel + "'");
    e.rel = *r;
    std::string m = take(d, "mode");
    auto md = m.empty() ? mode::asserted : parse_mode(m);
    if (!md) fail(el, id + ": unknown mode '" + m + "'");
    e.mod = *md;
    if (auto w = take(d, "weight"); !w.empty()) e.weight = number<double>(el, "weight", w);
    if (auto c = take(d, "confidence"); !c.empty()) e.confidence = number<double>(el, "confidence", c);
    provenance p;
    p.sentence = take(d, "evidence");
    p.trigger = take(d, "trigger");
    p.url = take(d, "url");
    if (auto s = take(d, "start"); !s.empty()) p.start = number<std::size_t>(el, "start", s);
    if (auto s = take(d, "end"); !s.empty()) p.end = number<std::size_t>(el, "end", s);
    if (!p.sentence.empty() || !p.trigger.empty()) e.evidence.push_back(std::move(p));
    e.docs = split_list(take(d, "doc"), list_separator);
    // The readings a counted weight counts; the evidence is the one of them at its offsets.
    for (const auto& m : split_list(take(d, "read_at"), list_separator)) {
      auto mark = parse_mark(m);
      if (!mark) fail(el, id + ": read_at is not ARTICLE@START-END: '" + m + "'");
      if (mark->first.empty()) continue;  // an article without an id, as XML's text rules may leave one, counts nothing
      if (std::find(e.docs.begin(), e.docs.end(), mark->first) == e.docs.end())
        fail(el, id + ": read_at '" + m + "' names an article that is not one of its doc");
      if (!e.evidence.empty() && e.evidence.front().doc.empty() && mark->second == mark_of(mark->first, e.evidence.front().start, e.evidence.front().end))
        e.evidence.front().doc = mark->first;
      e.read_at.push_back(mark->second);
    }
    e.first_date = take(d, "first_date");
    e.last_date = take(d, "last_date");
    e.qualifiers = std::move(d);
    return e;
  }

  std::string_view text_;
  std::string_view source_;
  const graph_warning_sink& on_warning_;
  pugi::xml_document doc_;
  std::map<std::string, std::string> node_keys_, edge_keys_;
};

}  // namespace

knowledge_graph read_graphml(std::string_view text, std::string_view source, const graph_warning_sink& on_warning) {
  return graphml_reader(text, source, on_warning).read();
}

}  // namespace newsgraph::detail
