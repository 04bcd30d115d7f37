// N-Triples: the triples of rdf.hpp, one a line.
#include <charconv>
#include <cstdlib>

#include "exporters/detail/ntriples.hpp"
#include "exporters/detail/writers.hpp"

namespace newsgraph::detail {

std::string escape_ntriples(std::string_view s) {
  static constexpr char hex[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    auto u = static_cast<unsigned char>(c);
    switch (c) {
      case '\\': out += "\\u005C"; break;
      case '"': out += "\\\""; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      default:
        if (u < 0x20 || u == 0x7F) {
          out += "\\u00";
          out += hex[u >> 4];
          out += hex[u & 15];
        } else {
          out += c;
        }
    }
  }
  return out;
}

std::string canonical_double(std::string_view decimal) {
  double x = std::strtod(std::string(decimal).c_str(), nullptr);
  char buf[40];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, x, std::chars_format::scientific);
  if (ec != std::errc{}) return "0.0E0";
  std::string_view text(buf, end - buf);
  auto e = text.find('e');
  std::string out(text.substr(0, e));
  if (out.find('.') == std::string::npos) out += ".0";
  out += 'E';
  std::string_view exponent = text.substr(e + 1);
  if (exponent[0] == '-') out += '-';
  if (exponent[0] == '-' || exponent[0] == '+') exponent.remove_prefix(1);
  while (exponent.size() > 1 && exponent[0] == '0') exponent.remove_prefix(1);
  out += exponent;
  return out;
}

std::string ntriples_term(const rdf_value& v) {
  std::string out(1, v.kind == value_kind::iri ? '<' : '"');
  switch (v.kind) {
    case value_kind::iri: return out.append(v.text).append(">");
    case value_kind::string: return out.append(escape_ntriples(v.text)).append("\"");
    case value_kind::integer: return out.append(v.text).append("\"^^<").append(ns::xsd).append("integer>");
    case value_kind::real:
      return out.append(canonical_double(v.text)).append("\"^^<").append(ns::xsd).append("double>");
  }
  return out;
}

namespace {

class ntriples_writer final : public graph_writer {
 public:
  explicit ntriples_writer(std::ostream& out) : out_(out) {}

  void begin_graph(const graph_info& info) override { articles_ = info.article_names; }
  void node(const newsgraph::node& n, std::size_t) override { put(describe_node(n, articles_)); }
  void edge(const newsgraph::node& s, const newsgraph::node& t, const newsgraph::edge& e) override {
    for (const auto& r : describe_edge(s, t, e)) put(r);
  }
  void end_graph() override { out_.flush(); }

 private:
  void put(const rdf_resource& r) {
    for (const auto& t : r.types) out_ << '<' << r.id << "> <" << ns::rdf << "type> <" << t << "> .\n";
    for (const auto& p : r.properties) {
      std::string predicate = term_iri(p.term);
      for (const auto& v : p.values)
        out_ << '<' << r.id << "> <" << predicate << "> " << ntriples_term(v) << " .\n";
    }
  }

  std::ostream& out_;
  const std::unordered_map<std::uint64_t, std::string>* articles_ = nullptr;  // graph_info::article_names
};

}  // namespace

std::unique_ptr<graph_writer> make_ntriples_writer(std::ostream& out) {
  return std::make_unique<ntriples_writer>(out);
}

}  // namespace newsgraph::detail
