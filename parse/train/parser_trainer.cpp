#include "parse/train/parser_trainer.hpp"

#include <span>

#include "parse/detail/dependency_parser.hpp"
#include "parse/detail/parser_features.hpp"
#include "parse/train/arc_eager_oracle.hpp"

namespace newsgraph::parse::train {

std::size_t parser_trainer::train_sentence(const training_sentence& s, const std::uint8_t* tags, double explore,
                                           std::mt19937_64& random) {
  const std::size_t n = s.size();
  tokens_.resize(n + 1);
  stack_.resize(n + 1);
  counts_.resize(n + 1);
  detail::count_before(tags, n, kinds_, counts_.data());
  detail::configuration c(n, tokens_.data(), stack_.data());
  arc_eager_oracle oracle(s.heads.data(), s.labels.data(), n);
  std::uint64_t keys[detail::parser_feature_count];
  const std::span<const std::uint64_t> features(keys, detail::parser_feature_count);
  const std::size_t classes = detail::transition_count(labels_);
  std::vector<float> scores(classes);
  std::vector<int> costs(classes);
  std::uniform_real_distribution<double> coin(0.0, 1.0);
  std::size_t right = 0;
  while (!c.terminal()) {
    detail::parser_features(c, s.keys(), tags, counts_.data(), keys);
    std::fill(scores.begin(), scores.end(), 0.0f);
    weights_.add_scores(features, scores.data());
    oracle.costs(c, labels_, root_, costs.data());
    const std::size_t predicted = detail::best_transition(c, scores.data(), labels_, root_);
    int least = -1;
    for (std::size_t id = 0; id < classes; ++id)
      if (costs[id] >= 0 && (least < 0 || costs[id] < least)) least = costs[id];
    std::size_t best = classes;
    for (std::size_t id = 0; id < classes; ++id)
      if (costs[id] == least && (best == classes || scores[id] > scores[best])) best = id;
    std::size_t next = best;
    if (costs[predicted] > least) {
      weights_.update(features, static_cast<std::uint16_t>(best), 1.0f);
      weights_.update(features, static_cast<std::uint16_t>(predicted), -1.0f);
      if (explore > 0 && coin(random) < explore) next = predicted;
    } else {
      ++right;
      next = predicted;
    }
    weights_.tick();
    c.apply(next);
  }
  return right;
}

}  // namespace newsgraph::parse::train
