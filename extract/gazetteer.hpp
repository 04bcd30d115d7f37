#pragma once
// A phrase matcher over tokens: built once (add, then compile), then shared read-only.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extract/tokenizer.hpp"

namespace newsgraph {

/// Folded words and their ids, which several gazetteers may share so that a text's tokens are
/// looked up once for all of them.
class vocabulary {
 public:
  /// The id of a folded word, or no_word.
  std::uint32_t id(std::string_view folded) const;
  /// The id of a folded word, added if new.
  std::uint32_t add(std::string_view folded);
  /// How many words it holds; their ids are 0 to size() - 1.
  std::size_t size() const { return words_.size(); }
  static constexpr std::uint32_t no_word = UINT32_MAX;

 private:
  // An open-addressing table (a lookup per token of every text is its whole use), probed
  // linearly from the word's hash. A slot holds a word's id + 1 (0: free) and the hash's high
  // half, so that a probe compares words only when their hashes agree.
  struct slot {
    std::uint32_t id_plus_one = 0;
    std::uint32_t tag = 0;
  };
  static std::uint64_t hash(std::string_view w);
  std::size_t slot_of(std::string_view w, std::uint64_t h) const;  // the slot holding w, or the free one where it would go
  void place(std::string_view w, std::uint32_t id);
  std::vector<std::string> words_;
  std::vector<slot> slots_;
};

/// A token trie of phrases, each with a value. Phrases are tokenized as article text is, and
/// matched with ASCII case folded; a phrase added with `exact_case` matches only as written
/// (unless the caller asks to ignore case, as for all-capital headlines). Thread-safe for
/// concurrent find() once compile() has run.
class gazetteer {
 public:
  /// A gazetteer with its own vocabulary, or one shared with other gazetteers.
  explicit gazetteer(std::shared_ptr<vocabulary> words = std::make_shared<vocabulary>()) : words_(std::move(words)) {}

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
                                  std::span<const std::string_view> folded = {}) const;

  /// The vocabulary its word ids come from.
  const vocabulary& words() const { return *words_; }

  /// longest_at over the tokens' ids in words() (vocabulary::id), looked up once per text.
  std::optional<match> longest_at_ids(std::string_view text, std::span<const token> tokens,
                                      std::span<const std::uint32_t> ids, std::size_t i, std::size_t end,
                                      bool ignore_case = false) const;

  /// Whether some phrase starts with the word of this id in words() (from compile() on): a
  /// test callers can make before asking for a match.
  bool may_start(std::uint32_t word) const { return word < starts_.size() && starts_[word]; }

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
    bool any_exact = false;                 // filled by compile(): some entry is exact_case
  };
  std::uint32_t word_id(std::string_view folded) const { return words_->id(folded); }
  template <class WordId>
  std::optional<match> longest(std::string_view text, std::span<const token> tokens, std::size_t i, std::size_t end,
                               bool ignore_case, WordId&& id_of) const;

  std::shared_ptr<vocabulary> words_;
  std::unordered_map<std::uint64_t, std::uint32_t> children_;  // (node << 32 | word) -> node
  // children_ as an open-addressing table, filled by compile(): the lookups of longest() are
  // most of its time, and a node-based map makes each one a chase of pointers.
  std::vector<bool> starts_;  // by word id: some phrase starts with it (compile())
  std::vector<std::uint64_t> flat_keys_;
  std::vector<std::uint32_t> flat_nodes_;
  unsigned flat_shift_ = 64;
  static constexpr std::uint64_t no_key = ~std::uint64_t{0};
  std::size_t slot(std::uint64_t key) const { return static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ull) >> flat_shift_); }
  std::uint32_t child(std::uint64_t key) const;  // the node, or 0 (the root is nobody's child)
  std::vector<node_data> nodes_{1};
  std::size_t phrases_ = 0;
};

}  // namespace newsgraph
