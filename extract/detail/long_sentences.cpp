#include "extract/detail/long_sentences.hpp"

#include <utility>

namespace newsgraph::detail {

std::size_t cut_long_sentences(std::vector<sentence>& sentences, const std::vector<token>& tokens,
                               std::string_view text, std::size_t max_tokens) {
  std::size_t cut = 0;
  for (const sentence& s : sentences) cut += s.last - s.first > max_tokens;
  if (cut == 0 || max_tokens == 0) return 0;
  std::vector<sentence> out;
  out.reserve(sentences.size() + cut);
  for (const sentence& s : sentences) {
    std::size_t first = s.first;
    while (s.last - first > max_tokens) {
      std::size_t end = first + max_tokens;
      for (std::size_t k = end; k > first + max_tokens / 2; --k)
        if (const std::string_view w = tokens[k - 1].in(text); w == "," || w == ";") {
          end = k;
          break;
        }
      out.push_back({first, end, tokens[first].begin, tokens[end - 1].end});
      first = end;
    }
    out.push_back({first, s.last, first == s.first ? s.begin : tokens[first].begin, s.end});
  }
  sentences = std::move(out);
  return cut;
}

}  // namespace newsgraph::detail
