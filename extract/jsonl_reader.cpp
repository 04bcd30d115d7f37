#include "extract/jsonl_reader.hpp"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include "extract/html_reader.hpp"
#include "extract/normalize.hpp"
#include "extract/text_reader.hpp"

namespace newsgraph {
namespace {

jsonl_record failure(std::string problem) { return {std::nullopt, std::move(problem)}; }

}  // namespace

jsonl_record parse_jsonl_record(std::string_view line, std::string default_id) {
  // Parsed in place, in a copy of the line: the strings are then views of that copy.
  std::string buffer(line);
  rapidjson::Document json;
  json.ParseInsitu(buffer.data());
  if (json.HasParseError())
    return failure("column " + std::to_string(json.GetErrorOffset() + 1) + ": bad JSON: " +
                   rapidjson::GetParseError_En(json.GetParseError()));
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
  doc.id = present[0] && !fields[0].empty() ? normalize_text(fields[0]) : std::move(default_id);
  if (present[1]) doc.title = normalize_text(fields[1]);
  if (present[2]) doc.date = normalize_text(fields[2]);
  if (present[3]) doc.url = normalize_text(fields[3]);
  return {std::move(doc), {}};
}

}  // namespace newsgraph
