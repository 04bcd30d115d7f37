#include "ingest/jsonl_reader.hpp"

#include <cstdint>

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/reader.h>

#include "ingest/html_reader.hpp"
#include "ingest/normalize.hpp"
#include "ingest/text_reader.hpp"
#include "graph/detail/depth_limited.hpp"

namespace newsgraph {
namespace {

jsonl_record failure(std::string problem) { return {std::nullopt, false, std::move(problem)}; }

}  // namespace

jsonl_record parse_jsonl_record(std::string_view line, std::string default_id) {
  // Parsed in place, in a copy of the line: the strings are then views of that copy.
  std::string buffer(line);
  // Iterative and depth-limited: a record nested 200,000 deep is an error, not a stack overflow.
  rapidjson::Document json;
  rapidjson::ParseResult result;
  bool too_deep = false;
  auto parse = [&](rapidjson::Document& d) {
    rapidjson::InsituStringStream stream(buffer.data());
    detail::depth_limited<jsonl_max_depth> handler{d};
    rapidjson::Reader reader;
    result = reader.Parse<rapidjson::kParseInsituFlag | rapidjson::kParseIterativeFlag>(stream, handler);
    too_deep = handler.too_deep;
    return !result.IsError();
  };
  json.Populate(parse);
  if (too_deep)
    return failure("column " + std::to_string(result.Offset() + 1) + ": bad JSON: nested more than " +
                   std::to_string(jsonl_max_depth) + " deep");
  if (result.IsError())
    return failure("column " + std::to_string(result.Offset() + 1) + ": bad JSON: " +
                   rapidjson::GetParseError_En(result.Code()));
  if (!json.IsObject()) return failure("column 1: not a JSON object");

  std::string_view fields[6];  // id, title, date, url, text, html
  std::string number;          // an id given as a number
  bool present[6] = {};
  static constexpr const char* names[6] = {"id", "title", "date", "url", "text", "html"};
  for (int i = 0; i < 6; ++i) {
    auto it = json.FindMember(names[i]);
    if (it == json.MemberEnd() || it->value.IsNull()) continue;
    present[i] = true;
    if (it->value.IsString()) {
      fields[i] = std::string_view(it->value.GetString(), it->value.GetStringLength());
    } else if (i == 0 && it->value.IsNumber()) {
      number = it->value.IsInt64()    ? std::to_string(it->value.GetInt64())
               : it->value.IsUint64() ? std::to_string(it->value.GetUint64())
                                      : std::to_string(it->value.GetDouble());
      fields[i] = number;
    } else {
      return failure(std::string("\"") + names[i] + "\" is not a string");
    }
  }
  if (!present[4] && !present[5]) return failure("no \"text\" or \"html\" field");

  document doc;
  if (present[4]) {
    doc = text_document(fields[4], {});
  } else {
    doc = html_document(fields[5], {});
  }
  const bool id_given = present[0] && !fields[0].empty();
  doc.id = id_given ? normalize_text(fields[0]) : std::move(default_id);
  if (present[1]) set_title(doc, fields[1]);
  if (present[2]) doc.date = normalize_text(fields[2]);
  if (present[3]) doc.url = normalize_text(fields[3]);
  return {std::move(doc), id_given, {}};
}

}  // namespace newsgraph
