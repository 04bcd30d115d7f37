#pragma once
// A part-of-speech tagger and a dependency parser for English, trained on Universal
// Dependencies: an averaged-perceptron tagger and a greedy arc-eager transition parser.
#include <cstdint>
#include <filesystem>
#include <memory>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace newsgraph::parse {

namespace detail {
struct model_data;
}

/// The universal part-of-speech tags of Universal Dependencies, in UD's alphabetical order.
enum class upos : std::uint8_t { adj, adp, adv, aux, cconj, det, intj, noun, num, part, pron, propn, punct, sconj, sym, verb, x };

/// The number of universal tags.
inline constexpr std::size_t upos_count = 17;

/// UD's name of a tag ("ADJ", "PROPN"); "X" for a value outside the enumeration.
std::string_view upos_name(upos tag) noexcept;

/// The analysis of one word of a sentence.
struct word_analysis {
  upos tag = upos::x;      ///< universal part of speech
  std::uint8_t xpos = 0;   ///< Penn Treebank tag, an id of model::xpos_name
  std::int32_t head = -1;  ///< index of the head word in the sentence, -1 for the root
  std::uint8_t rel = 0;    ///< dependency relation to the head, an id of model::rel_name
};

/// A model file that cannot be used: what() is "file: problem".
class model_error : public std::runtime_error {
 public:
  /// An error about `file` saying `problem`.
  model_error(std::string file, const std::string& problem);
  /// The file the error is about.
  const std::string& file() const noexcept { return file_; }

 private:
  std::string file_;
};

/// A trained tagger and parser, immutable once loaded; copies share the same data.
class model {
 public:
  /// Reads a model file; throws model_error naming the file and the problem (cannot open, bad
  /// magic, unsupported version, truncated, inconsistent).
  static model load(const std::filesystem::path& file);

  /// The model shipped with newsgraph, en_news.model in `dir`; when `dir` is empty, the
  /// installed data directory if it holds the file, else the source tree's parse/model.
  /// Throws model_error as load does.
  static model builtin(const std::filesystem::path& dir = {});

  /// Tags and parses one sentence of words as written in the text (original case, tokens
  /// such as "'s", "n't", "U.S."): `out` gets one analysis per word, exactly one of them the
  /// root. Linear time; any bytes are accepted; const and safe to call from many threads.
  void analyse(std::span<const std::string_view> words, std::vector<word_analysis>& out) const;

  /// The name of a relation id ("nsubj:pass"); empty for an id the model does not have.
  std::string_view rel_name(std::uint8_t id) const noexcept;
  /// The id of a relation name, -1 when the model has none of that name.
  int rel_id(std::string_view name) const noexcept;
  /// The number of relation ids.
  std::size_t rel_count() const noexcept;

  /// The name of a Penn tag id ("NNP"); empty for an id the model does not have.
  std::string_view xpos_name(std::uint8_t id) const noexcept;
  /// The id of a Penn tag name, -1 when the model has none of that name.
  int xpos_id(std::string_view name) const noexcept;
  /// The number of Penn tag ids.
  std::size_t xpos_count() const noexcept;

  /// Wraps data already built (used by the trainer).
  explicit model(std::shared_ptr<const detail::model_data> data) noexcept;

 private:
  std::shared_ptr<const detail::model_data> data_;
};

}  // namespace newsgraph::parse
