#include "parse/train/tagger_trainer.hpp"

#include <span>

#include "parse/detail/tagger.hpp"

namespace newsgraph::parse::train {

std::size_t tagger_trainer::train_epoch(const std::vector<tagger_input>& sentences) {
  std::uint64_t keys[detail::tagger2_feature_count];
  std::vector<float> scores(classes_);
  std::size_t right = 0;
  for (const auto& [s, first] : sentences) {
    const std::span<const std::uint64_t> features(keys, first ? detail::tagger2_feature_count : detail::tagger_feature_count);
    int prev = detail::no_tag, prev2 = detail::no_tag;
    for (std::size_t i = 0; i < s->size(); ++i) {
      if (first) detail::tagger2_features(s->keys(), first, s->size(), i, prev, prev2, keys);
      else detail::tagger_features(s->keys(), i, prev, prev2, keys);
      std::fill(scores.begin(), scores.end(), 0.0f);
      weights_.add_scores(features, scores.data());
      std::size_t best = 0;
      for (std::size_t c = 1; c < classes_; ++c)
        if (scores[c] > scores[best]) best = c;
      const std::size_t gold = s->classes[i];
      if (best != gold) {
        weights_.update(features, static_cast<std::uint16_t>(gold), 1.0f);
        weights_.update(features, static_cast<std::uint16_t>(best), -1.0f);
      } else {
        ++right;
      }
      weights_.tick();
      prev2 = prev;
      prev = static_cast<int>(best);
    }
  }
  return right;
}

}  // namespace newsgraph::parse::train
