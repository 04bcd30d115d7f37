#include "parse/detail/dependency_parser.hpp"

#include <span>

#include "parse/detail/parser_features.hpp"
#include "parse/detail/weight_table.hpp"

namespace newsgraph::parse::detail {

void parse_words(const weight_table& weights, std::size_t labels, std::size_t root, const word_keys* words,
                 const std::uint8_t* tags, const std::uint32_t* counts, std::size_t n, token_state* tokens,
                 std::int32_t* stack) noexcept {
  configuration c(n, tokens, stack);
  std::uint64_t keys[parser_feature_count];
  std::int32_t scores[transition_count(64)];
  const std::size_t classes = transition_count(labels);
  while (!c.terminal()) {
    parser_features(c, words, tags, counts, keys);
    for (std::size_t k = 0; k < classes; ++k) scores[k] = 0;
    weights.add_scores(std::span<const std::uint64_t>(keys, parser_feature_count), scores);
    c.apply(best_transition(c, scores, labels, root));
  }
}

}  // namespace newsgraph::parse::detail
