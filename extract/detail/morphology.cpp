#include "extract/detail/morphology.hpp"

#include <algorithm>
#include <array>

namespace newsgraph::detail {

namespace {

bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

// Whether the letter at `i` acts as a vowel: a, e, i, o, u (not the u of "qu"), and y after a consonant.
bool vowel_at(std::string_view w, std::size_t i) {
  char c = w[i];
  if (c == 'u' && i > 0 && w[i - 1] == 'q') return false;
  if (c == 'y') return i > 0 && !is_vowel(w[i - 1]);
  return is_vowel(c);
}

bool is_letter(char c) { return c >= 'a' && c <= 'z'; }

std::size_t syllables(std::string_view w) {
  std::size_t groups = 0;
  bool in_vowels = false;
  for (std::size_t i = 0; i < w.size(); ++i) {
    bool v = vowel_at(w, i);
    if (v && !in_vowels) ++groups;
    in_vowels = v;
  }
  return groups;
}

bool ends_with_consonant_then(std::string_view w, char last) {
  return w.size() >= 2 && w.back() == last && is_letter(w[w.size() - 2]) && !is_vowel(w[w.size() - 2]);
}

bool sibilant_ending(std::string_view w) {
  return w.ends_with('s') || w.ends_with('x') || w.ends_with('z') || w.ends_with("ch") || w.ends_with("sh");
}

// One-syllable words that end consonant-vowel-consonant double the consonant before -ed
// and -ing (slam -> slammed, ban -> banning); w, x and y are never doubled.
bool doubles_final_consonant(std::string_view w) {
  std::size_t n = w.size();
  if (n < 3 || syllables(w) != 1) return false;
  char last = w[n - 1];
  if (!is_letter(last) || is_vowel(last) || last == 'w' || last == 'x' || last == 'y') return false;
  return vowel_at(w, n - 2) && w[n - 2] != 'y' && !vowel_at(w, n - 3);
}

std::vector<std::string> split_words(std::string_view phrase) {
  std::vector<std::string> words;
  std::string word;
  for (char c : phrase) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      if (!word.empty()) words.push_back(std::move(word));
      word.clear();
    } else {
      word += c;
    }
  }
  if (!word.empty()) words.push_back(std::move(word));
  return words;
}

std::string join_words(const std::vector<std::string>& words) {
  std::string out;
  for (const std::string& w : words) {
    if (!out.empty()) out += ' ';
    out += w;
  }
  return out;
}

void add_unique(std::vector<std::string>& forms, std::string form) {
  if (!form.empty() && std::find(forms.begin(), forms.end(), form) == forms.end()) forms.push_back(std::move(form));
}

constexpr std::array prepositions{"about", "against", "at", "by",   "for",  "from",   "in",      "into",
                                  "of",    "on",      "over", "to", "toward", "towards", "upon", "with"};

bool is_preposition(std::string_view w) {
  return std::find(prepositions.begin(), prepositions.end(), w) != prepositions.end();
}

}  // namespace

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

std::string third_person(std::string_view verb) {
  std::string w(verb);
  if (w.empty()) return w;
  if (sibilant_ending(w) || ends_with_consonant_then(w, 'o')) return w + "es";
  if (ends_with_consonant_then(w, 'y')) return w.substr(0, w.size() - 1) + "ies";
  return w + "s";
}

std::string past_tense(std::string_view verb) {
  std::string w(verb);
  if (w.empty()) return w;
  if (w.ends_with('e')) return w + "d";
  if (ends_with_consonant_then(w, 'y')) return w.substr(0, w.size() - 1) + "ied";
  if (doubles_final_consonant(w)) return w + w.back() + "ed";
  return w + "ed";
}

std::string present_participle(std::string_view verb) {
  std::string w(verb);
  if (w.empty()) return w;
  if (w.ends_with("ie")) return w.substr(0, w.size() - 2) + "ying";
  if (w.size() > 2 && w.ends_with('e') && !w.ends_with("ee") && !w.ends_with("oe") && !w.ends_with("ye"))
    return w.substr(0, w.size() - 1) + "ing";
  if (doubles_final_consonant(w)) return w + w.back() + "ing";
  return w + "ing";
}

std::string plural(std::string_view noun) {
  std::string w(noun);
  if (w.empty()) return w;
  if (w.size() > 3 && w.ends_with("is")) return w.substr(0, w.size() - 2) + "es";
  if (sibilant_ending(w) || ends_with_consonant_then(w, 'o')) return w + "es";
  if (ends_with_consonant_then(w, 'y')) return w.substr(0, w.size() - 1) + "ies";
  return w + "s";
}

std::vector<std::string> verb_forms(std::string_view lemma) {
  std::vector<std::string> words = split_words(lower_ascii(lemma));
  std::vector<std::string> forms;
  if (words.empty()) return forms;
  add_unique(forms, join_words(words));
  const std::string head = words.front();
  for (std::string inflected : {third_person(head), past_tense(head), present_participle(head)}) {
    words.front() = std::move(inflected);
    add_unique(forms, join_words(words));
  }
  return forms;
}

std::vector<std::string> noun_forms(std::string_view lemma) {
  std::vector<std::string> words = split_words(lower_ascii(lemma));
  std::vector<std::string> forms;
  if (words.empty()) return forms;
  add_unique(forms, join_words(words));
  std::size_t head = words.size() - 1;
  for (std::size_t i = 1; i < words.size(); ++i) {
    if (is_preposition(words[i])) {
      head = i - 1;
      break;
    }
  }
  words[head] = plural(words[head]);
  add_unique(forms, join_words(words));
  return forms;
}

}  // namespace newsgraph::detail
