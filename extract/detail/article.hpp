#pragma once
// The working state of one article while it is read: tokens, sentences, the entities met so
// far and the relations read. Plain data; the reader (reader.cpp, mentions.cpp,
// relations.cpp) fills it, and the extractor turns it into a knowledge_graph.
#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extract/detail/lexicon_index.hpp"
#include "extract/document.hpp"
#include "extract/sentence_splitter.hpp"
#include "extract/tokenizer.hpp"
#include "graph/node.hpp"

namespace newsgraph::detail {

/// An entity of the article: the node it becomes, and what the reader knows of it.
struct entity {
  node n;
  std::string part_of;      ///< key of the body or state it belongs to, may be empty
  std::string located_in;   ///< key of the place or state it lies in, may be empty
  std::string publisher;    ///< reports and resolutions: key of the body that issued or adopted it
  std::string topic;        ///< resolutions and reports: label of what they are about
  int state_index = -1;     ///< into lexicon_index::states: the state itself, or the one a place lies in
  int body_index = -1;      ///< into lexicon_index::bodies, for lexicon bodies
  bool named = false;       ///< resolutions: a named instrument ("the Tehran Declaration"), whose label is its name
  bool capital = false;     ///< a place that is a state's capital, named as a location ("talks in Doha")
  std::size_t last_seen = 0;  ///< the token index of its latest mention
  std::size_t last_head = 0;  ///< the token index of its latest mention that is not a modifier
};

/// One mention of an entity: tokens [first, last).
struct mention {
  std::size_t first = 0;
  std::size_t last = 0;
  int ent = -1;
  bool possessive = false;  ///< followed by 's
  bool modifier = false;    ///< names something else's owner or nationality ("Chinese exiles", "UN report")
  std::vector<int> also{};  ///< further entities it stands for ("they" after "China and Russia")
};

/// One relation read from a sentence.
struct reading {
  int subject = -1;
  int object = -1;
  relation rel = relation::criticizes;
  mode mod = mode::asserted;
  std::size_t sentence = 0;
  std::string trigger;
  double confidence = 0.5;
  std::map<std::string, std::string> qualifiers;
  std::string_view rule;  ///< what read it: "window" (the trigger's patterns), "roles" (the clause layer), "structure"
};

/// Everything read from one article.
struct article {
  const document* doc = nullptr;
  std::string_view text;
  std::vector<token> tokens;
  std::vector<char> folded_tokens;   ///< every token folded, one after another
  std::vector<std::string_view> folded;  ///< per token: its text folded (lower case, ASCII apostrophes), in folded_tokens
  std::vector<class_set> classes;  ///< per token: the bit set of its word classes
  std::vector<sentence> sentences;
  std::vector<std::string> folded_sentences;  ///< per sentence: its text folded, once asked for (reader::folded_sentence)
  std::vector<bool> skip;            ///< per token: dateline or boilerplate, not content
  std::vector<entity> entities;
  std::unordered_map<std::string, int, text_hash, std::equal_to<>> by_key;
  std::unordered_map<std::string, std::vector<int>, text_hash, std::equal_to<>> by_head;  ///< head noun -> entities it refers back to
  std::vector<std::vector<mention>> mentions;  ///< per sentence, in token order
  std::vector<reading> readings;
  std::size_t sentences_cut = 0;  ///< sentences over max_sentence_tokens, read as pieces
};

}  // namespace newsgraph::detail
