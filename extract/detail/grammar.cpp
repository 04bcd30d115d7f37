#include "extract/detail/grammar.hpp"

#include <algorithm>
#include <array>
#include <string>
#include <unordered_map>
#include <vector>

namespace newsgraph::detail {
namespace {

struct class_words {
  word_class c;
  std::vector<std::string_view> words;
};

// The closed classes, each a list of folded words.
const std::vector<class_words>& class_lists() {
  static const std::vector<class_words> lists{
      {word_class::preposition, {"of", "by", "in", "from", "with", "to", "against", "on", "over", "for", "at", "about", "into", "under", "between", "among", "amid", "after", "before", "during", "since", "toward", "towards", "through", "across", "within", "without", "near", "upon", "via", "including", "like", "than", "despite", "behind", "beyond", "outside", "inside", "throughout", "onto", "alongside", "regarding", "concerning", "per"}},
      {word_class::determiner, {"the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those", "our", "all", "some", "any", "both", "each", "every", "such", "my", "your", "another", "other"}},
      {word_class::be, {"is", "was", "were", "are", "be", "been", "being", "am", "'s"}},
      {word_class::clause_opener, {"that", "which", "who", "whom", "whose", "while", "but", "because", "although", "though", "when", "where", "whereas", "if", "unless", "so", "whether"}},
      {word_class::honorific, {"mr", "mrs", "ms", "dr", "prof", "mr.", "mrs.", "ms.", "dr.", "sir", "dame", "madam"}},
      {word_class::calendar, {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "jan", "feb", "aug", "sept", "oct", "nov", "dec"}},
      {word_class::name_particle, {"de", "da", "van", "von", "bin", "al", "el", "der", "den", "la", "le", "du", "dos", "das", "ibn", "ben", "di", "del", "y", "abu", "bint"}},
      {word_class::pronoun_it, {"it", "its"}},
      {word_class::pronoun_he, {"he", "his", "him", "she", "her"}},
      {word_class::pronoun_we, {"we", "our", "us"}},
      {word_class::pronoun_they, {"they", "their", "them"}},
      {word_class::place_preposition, {"in", "at", "near", "outside", "around", "from", "across", "inside", "throughout"}},
  };
  return lists;
}

// The number words, "none" to "twenty" at their values, then the other words for zero.
constexpr std::array<std::string_view, 23> number_words() {
  return {"none", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
          "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
          "zero", "no"};
}

}  // namespace

class_set classes_of(std::string_view w) {
  static const std::unordered_map<std::string_view, class_set> table = [] {
    std::unordered_map<std::string_view, class_set> t;
    for (const auto& list : class_lists())
      for (auto word : list.words) t[word] |= class_bit(list.c);
    for (auto word : number_words()) t[word] |= class_bit(word_class::number_word);
    return t;
  }();
  class_set bits = 0;
  if (auto it = table.find(w); it != table.end()) bits = it->second;
  if (!w.empty() && w[0] >= '0' && w[0] <= '9' && number_value(w) >= 0) bits |= class_bit(word_class::number_word);
  return bits;
}

std::vector<std::string_view> class_words() {
  std::vector<std::string_view> words;
  for (const auto& list : class_lists()) words.insert(words.end(), list.words.begin(), list.words.end());
  for (auto word : number_words()) words.push_back(word);
  std::sort(words.begin(), words.end());
  words.erase(std::unique(words.begin(), words.end()), words.end());
  return words;
}

namespace {

// Each class's name in a lexicon's word_classes section, in the order of word_class.
constexpr std::array<std::string_view, 34> class_name_list{
    "preposition", "determiner", "be", "clause_opener", "actor_noun", "person_noun", "speech_verb", "event_noun",
    "wrongdoing", "honorific", "calendar", "name_particle", "org_head", "state_noun", "resolution_noun",
    "report_noun", "leader_noun", "adverb", "pronoun_it", "pronoun_he", "pronoun_we", "pronoun_they", "number_word",
    "harm_noun", "compound_head", "group_noun", "group_kind", "group_head", "state_claim", "instrument_head",
    "light_verb", "statement_noun", "place_noun", "place_preposition"};
static_assert(class_name_list.size() == static_cast<std::size_t>(word_class::place_preposition) + 1,
              "every word class has a name");

}  // namespace

std::optional<word_class> class_named(std::string_view name) {
  for (std::size_t i = 0; i < class_name_list.size(); ++i)
    if (class_name_list[i] == name) return static_cast<word_class>(i);
  return std::nullopt;
}

std::string class_names() {
  std::string out;
  for (auto n : class_name_list) out += (out.empty() ? "" : ", ") + std::string(n);
  return out;
}

bool is(word_class c, std::string_view w) { return (classes_of(w) & class_bit(c)) != 0; }

long number_value(std::string_view w) {
  const auto& words = number_words();
  for (std::size_t i = 0; i < words.size(); ++i)
    if (w == words[i]) return i < 21 ? static_cast<long>(i) : 0;
  // A numeral, with thousands separators: "116", "120,000".
  long v = 0;
  int digits = 0;
  for (char c : w) {
    if (c == ',') continue;
    if (c < '0' || c > '9' || ++digits > 9) return -1;
    v = v * 10 + (c - '0');
  }
  return digits > 0 ? v : -1;
}

}  // namespace newsgraph::detail
