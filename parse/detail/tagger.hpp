#pragma once
// The tagger: a greedy left-to-right averaged perceptron over (UPOS, Penn tag) classes, in
// one pass or in two, the second seeing the first's classes of the words to the right.
#include <cstddef>
#include <cstdint>

#include "parse/detail/word_keys.hpp"

namespace newsgraph::parse::detail {

class weight_table;

/// The number of features tagger_features writes.
inline constexpr std::size_t tagger_feature_count = 37;

/// The tag value of a position before the sentence, for tagger_features' `prev` arguments.
inline constexpr int no_tag = -1;

/// Writes the feature keys of word `i`; `words[-2]` to `words[n + 1]` must be valid (the
/// ends padded with boundary_keys), `prev` and `prev2` are the classes given to words
/// i-1 and i-2, or no_tag.
void tagger_features(const word_keys* words, std::size_t i, int prev, int prev2, std::uint64_t* out) noexcept;

/// Tags words[0, n) with the classes of `weights` (`classes` of them), padded as above.
void tag_words(const weight_table& weights, std::size_t classes, const word_keys* words, std::size_t n,
               std::uint8_t* out) noexcept;

/// The number of features tagger2_features writes.
inline constexpr std::size_t tagger2_feature_count = tagger_feature_count + 10;

/// The features of the second pass, which also sees the classes `first` that the first pass
/// gave words[0, n), those after word i included: tagger_features' and more.
void tagger2_features(const word_keys* words, const std::uint8_t* first, std::size_t n, std::size_t i, int prev,
                      int prev2, std::uint64_t* out) noexcept;

/// Tags words[0, n) again with the second pass's `weights`, given the first pass's `first`.
void tag_words2(const weight_table& weights, std::size_t classes, const word_keys* words, const std::uint8_t* first,
                std::size_t n, std::uint8_t* out) noexcept;

}  // namespace newsgraph::parse::detail
