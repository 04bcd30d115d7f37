#pragma once
// A phrase matcher over tokens: built once (add, then compile), then shared read-only.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extract/tokenizer.hpp"

namespace newsgraph {

/// A token trie of phrases, each with a value. Phrases are tokenized as article text is, and
/// matched with ASCII case folded; a phrase added with `exact_case` matches only as written
/// (unless the caller asks to ignore case, as for all-capital headlines). Thread-safe for
/// concurrent find() once compile() has run.
class gazetteer {
 public:
  /// A match: tokens [first, last) hold the phrase; `values` are every value added for it.
  struct match {
    std::size_t first = 0;
    std::size_t last = 0;
    std::vector<std::uint32_t> values;
  };

  /// Adds `phrase` with `value`. Empty phrases are ignored.
  void add(std::string_view phrase, std::uint32_t value, bool exact_case = false);
  /// Ends the adding; find() may be called from then on.
  void compile();

  /// The longest phrase that starts at tokens[i] and ends before tokens[end], if any.
  /// `folded`, when given, holds each token's text already folded (one string per token).
  std::optional<match> longest_at(std::string_view text, std::span<const token> tokens, std::size_t i,
                                  std::size_t end, bool ignore_case = false,
                                  std::span<const std::string> folded = {}) const;

  /// The id of each folded token in this matcher's vocabulary (a word it does not know gets
  /// no_word), for longest_at_ids: one lookup per token instead of one per attempt.
  std::vector<std::uint32_t> word_ids(std::span<const std::string> folded) const;
  static constexpr std::uint32_t no_word = UINT32_MAX;

  /// longest_at over word ids from word_ids().
  std::optional<match> longest_at_ids(std::string_view text, std::span<const token> tokens,
                                      std::span<const std::uint32_t> ids, std::size_t i, std::size_t end,
                                      bool ignore_case = false) const;

  /// How many phrases were added.
  std::size_t size() const { return phrases_; }

 private:
  struct entry {
    std::uint32_t value;
    bool exact_case;
    std::vector<std::string> exact;  // the phrase's tokens as written, when exact_case
  };
  struct node_data {
    std::vector<entry> entries;
    std::vector<std::uint32_t> all_values;  // filled by compile()
  };
  struct word_hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
  };

  std::uint32_t word_id(std::string_view folded) const;
  template <class WordId>
  std::optional<match> longest(std::string_view text, std::span<const token> tokens, std::size_t i, std::size_t end,
                               bool ignore_case, WordId&& id_of) const;

  std::unordered_map<std::string, std::uint32_t, word_hash, std::equal_to<>> words_;
  std::unordered_map<std::uint64_t, std::uint32_t> children_;  // (node << 32 | word) -> node
  std::vector<node_data> nodes_{1};
  std::size_t phrases_ = 0;
};

}  // namespace newsgraph
