#pragma once
// Treebank sentences as the trainers use them: word keys, gold tag classes, heads and
// relations, over an inventory of tags and relations built from the training files.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "parse/detail/conllu.hpp"
#include "parse/detail/model_data.hpp"
#include "parse/detail/word_keys.hpp"

namespace newsgraph::parse::train {

/// UD's relation with the subtypes the model keeps; any other subtype becomes its base
/// relation ("flat:name" -> "flat", "nsubj:pass" stays).
std::string normalise_relation(std::string_view deprel);

/// The tag named `name` ("NOUN"), or nothing.
std::optional<upos> upos_from_name(std::string_view name) noexcept;

/// The Penn tags, tag classes and relations of the training files.
struct inventory {
  std::vector<std::string> xpos_names;
  std::vector<std::string> rel_names;
  std::vector<detail::tag_class> tag_classes;
  std::uint8_t root_rel = 0, extra_root_rel = 0;

  /// The class of a (UPOS, Penn) pair, -1 when training never had it.
  int tag_class_of(std::string_view upos_tag, std::string_view xpos) const noexcept;
  /// The id of a (normalised) relation, -1 when training never had it.
  int rel_of(std::string_view rel) const noexcept;
};

/// The inventory of every word of `treebanks`; throws std::runtime_error when it is unusable
/// (more than 254 classes or 64 relations, no "root", an unknown UPOS).
inventory build_inventory(const std::vector<const detail::conllu_sentence*>& sentences);

/// A sentence with everything training needs, over an inventory.
struct training_sentence {
  std::vector<detail::word_keys> padded_keys;  ///< two boundary keys, the words, two boundary keys
  std::vector<std::uint8_t> classes;           ///< gold tag classes
  std::vector<std::int32_t> heads;             ///< gold heads; n (the word count) for the root
  std::vector<std::uint8_t> labels;            ///< gold relations

  std::size_t size() const noexcept { return classes.size(); }
  const detail::word_keys* keys() const noexcept { return padded_keys.data() + 2; }
};

/// The training form of `s`; nothing when a word has a class, relation or head outside the
/// inventory or the sentence has no root.
std::optional<training_sentence> make_training_sentence(const detail::conllu_sentence& s, const inventory& inv);

}  // namespace newsgraph::parse::train
