#include "extract/detail/json_reader.hpp"

#include <algorithm>
#include <cstdint>
#include <rapidjson/error/error.h>
#include <rapidjson/memorystream.h>
#include <rapidjson/reader.h>

namespace newsgraph::detail {

namespace {

// Turns byte offsets into lines and columns.
class line_index {
 public:
  // `skip` bytes at the start (a byte order mark) take no column.
  line_index(std::string_view text, std::size_t skip) : text_(text), skip_(skip) {
    starts_.push_back(0);
    for (std::size_t i = 0; i < text.size(); ++i)
      if (text[i] == '\n') starts_.push_back(i + 1);
  }

  // Counts from the place asked last when it is earlier on the same line: values come in text
  // order, so a whole document on one line is linear, not quadratic.
  text_position at(std::size_t offset) const {
    offset = std::min(offset, text_.size());
    auto next = std::upper_bound(starts_.begin(), starts_.end(), offset);
    std::size_t line = static_cast<std::size_t>(next - starts_.begin());
    std::size_t from = std::max(starts_[line - 1], std::min(skip_, offset));
    std::size_t column = 1;
    if (last_.line == line && last_offset_ >= from && last_offset_ <= offset) {
      from = last_offset_;
      column = last_.column;
    }
    for (std::size_t i = from; i < offset; ++i)
      if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++column;
    last_ = {line, column};
    last_offset_ = offset;
    return {line, column};
  }

 private:
  std::string_view text_;
  std::size_t skip_;
  std::vector<std::size_t> starts_;
  mutable text_position last_;  // line 0: none yet
  mutable std::size_t last_offset_ = 0;
};

std::string_view message(rapidjson::ParseErrorCode code) {
  switch (code) {
    case rapidjson::kParseErrorNone: return "no error";
    case rapidjson::kParseErrorDocumentEmpty: return "the document is empty";
    case rapidjson::kParseErrorDocumentRootNotSingular: return "text after the end of the document";
    case rapidjson::kParseErrorValueInvalid: return "invalid value";
    case rapidjson::kParseErrorObjectMissName: return "missing a member name in quotes";
    case rapidjson::kParseErrorObjectMissColon: return "missing a colon after a member name";
    case rapidjson::kParseErrorObjectMissCommaOrCurlyBracket: return "missing a comma or '}' after an object member";
    case rapidjson::kParseErrorArrayMissCommaOrSquareBracket: return "missing a comma or ']' after an array element";
    case rapidjson::kParseErrorStringUnicodeEscapeInvalidHex: return "invalid hex digit in a \\u escape";
    case rapidjson::kParseErrorStringUnicodeSurrogateInvalid: return "invalid surrogate pair in a \\u escape";
    case rapidjson::kParseErrorStringEscapeInvalid: return "invalid escape in a string";
    case rapidjson::kParseErrorStringMissQuotationMark: return "missing a closing quotation mark";
    case rapidjson::kParseErrorStringInvalidEncoding: return "invalid UTF-8 in a string";
    case rapidjson::kParseErrorNumberTooBig: return "number too big";
    case rapidjson::kParseErrorNumberMissFraction: return "missing the fraction of a number";
    case rapidjson::kParseErrorNumberMissExponent: return "missing the exponent of a number";
    case rapidjson::kParseErrorTermination: return "parsing stopped";
    case rapidjson::kParseErrorUnspecificSyntaxError: return "syntax error";
  }
  return "syntax error";
}

bool is_delimiter(char c) {
  return c == ',' || c == ':' || c == '[' || c == ']' || c == '{' || c == '}' || c == ' ' || c == '\t' ||
         c == '\n' || c == '\r' || c == '"' || c == '/';
}

// Builds the tree from SAX events. The stream's offset when an event arrives is just past
// the value (scalars, strings, keys) or just past the opening bracket (objects, arrays);
// the start of a scalar or string is found by scanning back from there. The capitalised
// member names are RapidJSON's Handler concept.
class tree_builder {
 public:
  using Ch = char;

  tree_builder(std::string_view text, const rapidjson::MemoryStream& stream, std::size_t base)
      : text_(text), stream_(stream), base_(base), lines_(text, base) {}

  bool Null() { return scalar(json_value{}); }
  bool Bool(bool b) {
    json_value v;
    v.type = json_value::kind::boolean;
    v.boolean = b;
    return scalar(std::move(v));
  }
  bool Int(int i) { return number(i); }
  bool Uint(unsigned u) { return number(u); }
  bool Int64(std::int64_t i) { return number(static_cast<double>(i)); }
  bool Uint64(std::uint64_t u) { return number(static_cast<double>(u)); }
  bool Double(double d) { return number(d); }
  bool RawNumber(const Ch*, rapidjson::SizeType, bool) { return false; }

  bool String(const Ch* s, rapidjson::SizeType length, bool) {
    json_value v;
    v.type = json_value::kind::string;
    v.text.assign(s, length);
    v.at = lines_.at(string_start());
    return add(std::move(v));
  }

  bool StartObject() { return open(json_value::kind::object); }
  bool Key(const Ch* s, rapidjson::SizeType length, bool) {
    json_value& object = *stack_.back();
    std::string key(s, length);
    text_position at = lines_.at(string_start());
    if (object.find(key)) return fail(at, "duplicate key \"" + key + "\"");
    object.members.push_back(json_member{std::move(key), at, {}});
    return true;
  }
  bool EndObject(rapidjson::SizeType) {
    stack_.pop_back();
    return true;
  }
  bool StartArray() { return open(json_value::kind::array); }
  bool EndArray(rapidjson::SizeType) {
    stack_.pop_back();
    return true;
  }

  json_value& root() { return root_; }
  bool failed() const { return failed_; }
  text_position failure_at() const { return failure_at_; }
  const std::string& failure() const { return failure_; }

 private:
  std::size_t here() const { return base_ + stream_.Tell(); }

  // The offset of the opening quote of the string that ends just before here().
  std::size_t string_start() const {
    std::size_t i = here() - 1;
    while (i > 0) {
      --i;
      if (text_[i] != '"') continue;
      std::size_t backslashes = 0;
      while (i >= backslashes + 1 && text_[i - backslashes - 1] == '\\') ++backslashes;
      if (backslashes % 2 == 0) return i;
    }
    return i;
  }

  // The offset of the first character of the literal or number that ends just before here().
  std::size_t scalar_start() const {
    std::size_t i = here();
    while (i > base_ && !is_delimiter(text_[i - 1])) --i;
    return i;
  }

  bool number(double d) {
    json_value v;
    v.type = json_value::kind::number;
    v.number = d;
    return scalar(std::move(v));
  }

  bool scalar(json_value v) {
    v.at = lines_.at(scalar_start());
    return add(std::move(v));
  }

  bool open(json_value::kind k) {
    json_value v;
    v.type = k;
    v.at = lines_.at(here() - 1);
    if (stack_.size() >= json_max_depth) return fail(v.at, "nested too deeply");
    json_value* placed = place(std::move(v));
    stack_.push_back(placed);
    return true;
  }

  bool add(json_value v) {
    place(std::move(v));
    return true;
  }

  json_value* place(json_value v) {
    if (stack_.empty()) {
      root_ = std::move(v);
      return &root_;
    }
    json_value& parent = *stack_.back();
    if (parent.type == json_value::kind::array) {
      parent.items.push_back(std::move(v));
      return &parent.items.back();
    }
    parent.members.back().value = std::move(v);
    return &parent.members.back().value;
  }

  bool fail(text_position at, std::string problem) {
    failed_ = true;
    failure_at_ = at;
    failure_ = std::move(problem);
    return false;
  }

  std::string_view text_;
  const rapidjson::MemoryStream& stream_;
  std::size_t base_;
  line_index lines_;
  json_value root_;
  std::vector<json_value*> stack_;
  bool failed_ = false;
  text_position failure_at_;
  std::string failure_;
};

}  // namespace

const json_member* json_value::find(std::string_view key) const noexcept {
  for (const json_member& m : members)
    if (m.key == key) return &m;
  return nullptr;
}

std::string_view name(json_value::kind k) noexcept {
  switch (k) {
    case json_value::kind::null: return "null";
    case json_value::kind::boolean: return "boolean";
    case json_value::kind::number: return "number";
    case json_value::kind::string: return "string";
    case json_value::kind::array: return "array";
    case json_value::kind::object: return "object";
  }
  return "value";
}

json_error::json_error(text_position at, const std::string& problem)
    : std::runtime_error(std::to_string(at.line) + ":" + std::to_string(at.column) + ": " + problem),
      at_(at), problem_(problem) {}

json_value parse_json(std::string_view text) {
  std::size_t base = text.starts_with("\xEF\xBB\xBF") ? 3 : 0;
  rapidjson::MemoryStream stream(text.data() + base, text.size() - base);
  tree_builder builder(text, stream, base);
  rapidjson::Reader reader;
  rapidjson::ParseResult result = reader.Parse<rapidjson::kParseValidateEncodingFlag>(stream, builder);
  if (builder.failed()) throw json_error(builder.failure_at(), builder.failure());
  if (result.IsError()) {
    line_index lines(text, base);
    throw json_error(lines.at(base + result.Offset()), std::string(message(result.Code())));
  }
  return std::move(builder.root());
}

}  // namespace newsgraph::detail
