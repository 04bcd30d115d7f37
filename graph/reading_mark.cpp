#include "graph/reading_mark.hpp"

#include "graph/detail/make_room.hpp"

#include <algorithm>
#include <charconv>
#include <iterator>
#include <limits>

namespace newsgraph {
namespace {

std::uint32_t offset(std::size_t at) {
  return static_cast<std::uint32_t>(std::min<std::size_t>(at, std::numeric_limits<std::uint32_t>::max()));
}

bool read_number(std::string_view s, std::uint32_t& out) {
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return !s.empty() && ec == std::errc{} && end == s.data() + s.size();
}

}  // namespace

std::uint64_t article_hash(std::string_view doc) {
  std::uint64_t h = 14695981039346656037ull;
  for (unsigned char c : doc) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

reading_mark mark_of(std::string_view doc, std::size_t start, std::size_t end) {
  return {article_hash(doc), offset(start), offset(end)};
}

std::string mark_text(std::string_view doc, const reading_mark& m) {
  std::string out(doc);
  out += '@';
  out += std::to_string(m.start);
  out += '-';
  out += std::to_string(m.end);
  return out;
}

std::optional<std::pair<std::string, reading_mark>> parse_mark(std::string_view text) {
  // Read from the right: an article id may hold '@' and '-', the offsets never do.
  const std::size_t at = text.rfind('@');
  if (at == std::string_view::npos) return std::nullopt;
  const std::string_view span = text.substr(at + 1);
  const std::size_t dash = span.find('-');
  std::uint32_t start = 0, end = 0;
  if (dash == std::string_view::npos || !read_number(span.substr(0, dash), start) ||
      !read_number(span.substr(dash + 1), end))
    return std::nullopt;
  std::string doc(text.substr(0, at));
  reading_mark m{article_hash(doc), start, end};
  return std::pair{std::move(doc), m};
}

std::size_t unite_marks(std::vector<reading_mark>& into, const std::vector<reading_mark>& from) {
  if (from.empty()) return 0;
  if (from.size() == 1) {  // one reading more, the common case: insert in place
    auto at = std::lower_bound(into.begin(), into.end(), from.front());
    if (at != into.end() && *at == from.front()) return 1;
    const auto offset = at - into.begin();
    detail::make_room(into);
    into.insert(into.begin() + offset, from.front());
    return 0;
  }
  std::vector<reading_mark> united;
  united.reserve(into.size() + from.size());
  std::set_union(into.begin(), into.end(), from.begin(), from.end(), std::back_inserter(united));
  const std::size_t known = into.size() + from.size() - united.size();
  detail::trim(united);
  into = std::move(united);
  return known;
}

}  // namespace newsgraph
