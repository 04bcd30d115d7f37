#pragma once
// The parser's features: words, tags, labels, distance and valency around the top of the
// stack and the front of the buffer (after Zhang and Nivre 2011).
#include <array>
#include <cstddef>
#include <cstdint>
#include <vector>

#include "parse/detail/model_data.hpp"
#include "parse/detail/transition_system.hpp"
#include "parse/detail/word_keys.hpp"

namespace newsgraph::parse::detail {

/// The number of features parser_features writes.
inline constexpr std::size_t parser_feature_count = 105;

/// What the features between s0 and b0 count of each tag class: bit 0 a verb (VERB, AUX),
/// bit 1 punctuation.
using class_kinds = std::array<std::uint8_t, 256>;
class_kinds kinds_of(const std::vector<tag_class>& classes);

/// counts[i] for i in [0, n]: the verbs among words[0, i) in the low 16 bits, the
/// punctuation in the high 16 (both saturating), of words tagged `tags` with classes of `kinds`.
void count_before(const std::uint8_t* tags, std::size_t n, const class_kinds& kinds, std::uint32_t* counts) noexcept;

/// Writes the feature keys of configuration `c` over words[0, n) tagged with tag classes
/// `tags`, whose count_before is `counts`.
void parser_features(const configuration& c, const word_keys* words, const std::uint8_t* tags,
                     const std::uint32_t* counts, std::uint64_t* out) noexcept;

}  // namespace newsgraph::parse::detail
