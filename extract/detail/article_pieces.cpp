#include "extract/detail/article_pieces.hpp"

namespace newsgraph::detail {

std::size_t piece_end(std::string_view text, std::size_t begin, std::size_t max) {
  if (text.size() - begin <= max) return text.size();
  const std::size_t limit = begin + max, half = begin + max / 2;
  const std::string_view window = text.substr(half, limit - half);
  if (const std::size_t at = window.rfind("\n\n"); at != std::string_view::npos) return half + at + 2;
  if (const std::size_t at = window.rfind('\n'); at != std::string_view::npos) return half + at + 1;
  for (std::size_t k = window.size(); k-- > 1;)
    if (window[k] == ' ' && (window[k - 1] == '.' || window[k - 1] == '?' || window[k - 1] == '!')) return half + k + 1;
  if (const std::size_t at = window.rfind(' '); at != std::string_view::npos) return half + at + 1;
  std::size_t end = limit;
  while (end > begin + 1 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  return end;
}

}  // namespace newsgraph::detail
