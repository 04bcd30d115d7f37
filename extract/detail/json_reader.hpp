#pragma once
// A JSON reader that remembers where every value is: a small tree of values, each with the
// 1-based line and column of its first character, built from RapidJSON's SAX reader.
#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace newsgraph::detail {

/// A place in a text: 1-based line, and 1-based column counted in Unicode characters.
struct text_position {
  std::size_t line = 0;
  std::size_t column = 0;
};

struct json_member;

/// One JSON value and where it starts; numbers are kept as doubles.
struct json_value {
  enum class kind { null, boolean, number, string, array, object };

  kind type = kind::null;
  text_position at;
  bool boolean = false;
  double number = 0;
  std::string text;                    ///< the string, for kind::string
  std::vector<json_value> items;       ///< the elements, for kind::array
  std::vector<json_member> members;    ///< the members in text order, for kind::object

  /// The member called `key`, or nullptr.
  const json_member* find(std::string_view key) const noexcept;
};

/// One member of an object: its key, where the key starts, and its value.
struct json_member {
  std::string key;
  text_position key_at;
  json_value value;
};

/// The JSON name of a kind ("string", "array", ...), for messages.
std::string_view name(json_value::kind k) noexcept;

/// A text that is not JSON, or not JSON this reader accepts, and where.
class json_error : public std::runtime_error {
 public:
  json_error(text_position at, const std::string& problem);
  text_position at() const noexcept { return at_; }
  const std::string& problem() const noexcept { return problem_; }

 private:
  text_position at_;
  std::string problem_;
};

/// Maximum nesting of arrays and objects that parse_json accepts.
inline constexpr std::size_t json_max_depth = 64;

/// Parses one JSON document (strict JSON, UTF-8, an optional byte order mark). Throws
/// json_error for a syntax error, invalid UTF-8, a duplicate key or nesting beyond json_max_depth.
json_value parse_json(std::string_view text);

}  // namespace newsgraph::detail
