#pragma once
// The parser's features: words, tags, labels, distance and valency around the top of the
// stack and the front of the buffer (after Zhang and Nivre 2011).
#include <cstddef>
#include <cstdint>

#include "parse/detail/transition_system.hpp"
#include "parse/detail/word_keys.hpp"

namespace newsgraph::parse::detail {

/// The number of features parser_features writes.
inline constexpr std::size_t parser_feature_count = 83;

/// Writes the feature keys of configuration `c` over words[0, n) tagged with tag classes `tags`.
void parser_features(const configuration& c, const word_keys* words, const std::uint8_t* tags,
                     std::uint64_t* out) noexcept;

}  // namespace newsgraph::parse::detail
