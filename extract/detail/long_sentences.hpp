#pragma once
// Over-long sentences cut into pieces, so that reading a sentence stays linear in its length.
#include <cstddef>
#include <string_view>
#include <vector>

#include "extract/sentence_splitter.hpp"
#include "extract/tokenizer.hpp"

namespace newsgraph::detail {

/// Replaces every sentence of more than `max_tokens` tokens by consecutive pieces of at most
/// that many, each ending after the last comma or semicolon of its second half when there is
/// one; returns how many sentences were cut.
std::size_t cut_long_sentences(std::vector<sentence>& sentences, const std::vector<token>& tokens,
                               std::string_view text, std::size_t max_tokens);

}  // namespace newsgraph::detail
