#pragma once
// A RapidJSON Document as a SAX handler that stops at nesting deeper than a limit, for the
// readers of JSON (extract's JSON Lines, exporters' JSON-LD): parsed iteratively through it, a
// file nested a million deep is an error, not a stack overflow. Needs RapidJSON, which the
// graph library itself does not use; only .cpp files of libraries that have it include this.
#include <cstddef>
#include <cstdint>

#include <rapidjson/document.h>

namespace newsgraph::detail {

/// Builds `doc` from SAX events, failing (too_deep set) at an object or array nested deeper
/// than `max_depth`. The capitalised member names are RapidJSON's Handler concept.
template <std::size_t max_depth>
struct depth_limited {
  using Ch = char;
  rapidjson::Document& doc;
  std::size_t depth = 0;
  bool too_deep = false;  ///< whether the parse stopped because of the nesting

  bool Null() { return doc.Null(); }
  bool Bool(bool b) { return doc.Bool(b); }
  bool Int(int i) { return doc.Int(i); }
  bool Uint(unsigned u) { return doc.Uint(u); }
  bool Int64(std::int64_t i) { return doc.Int64(i); }
  bool Uint64(std::uint64_t u) { return doc.Uint64(u); }
  bool Double(double d) { return doc.Double(d); }
  bool RawNumber(const Ch* s, rapidjson::SizeType n, bool copy) { return doc.RawNumber(s, n, copy); }
  bool String(const Ch* s, rapidjson::SizeType n, bool copy) { return doc.String(s, n, copy); }
  bool Key(const Ch* s, rapidjson::SizeType n, bool copy) { return doc.Key(s, n, copy); }
  bool StartObject() { return open() && doc.StartObject(); }
  bool EndObject(rapidjson::SizeType n) { return --depth, doc.EndObject(n); }
  bool StartArray() { return open() && doc.StartArray(); }
  bool EndArray(rapidjson::SizeType n) { return --depth, doc.EndArray(n); }

  /// One level deeper: false, with too_deep set, past max_depth.
  bool open() {
    if (++depth <= max_depth) return true;
    too_deep = true;
    return false;
  }
};

}  // namespace newsgraph::detail
