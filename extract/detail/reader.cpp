#include "extract/detail/reader.hpp"

#include <algorithm>
#include <array>
#include <cassert>
#include <cstdint>
#include <utility>
#include <vector>

#include "extract/detail/long_sentences.hpp"
#include "extract/detail/text.hpp"
#include "extract/extractor.hpp"
#include "graph/key.hpp"

namespace newsgraph::detail {
namespace {

// Phrases that mark a line as page furniture rather than article text.
constexpr std::string_view boilerplate[] = {
    "sign up", "signing up", "newsletter", "privacy policy", "terms and conditions", "terms of use",
    "more about", "read more", "all rights reserved", "copyright", "click here", "follow us",
    "subscribe", "delivered straight to your inbox", "cookie", "advertisement",
    "share this article", "related stories", "related articles", "recommended for you", "\xC2\xA9"};

constexpr bool at_least_two_bytes() {
  for (auto b : boilerplate)
    if (b.size() < 2) return false;
  return true;
}
static_assert(at_least_two_bytes(), "furniture_finder keys each phrase by its first two bytes");

// Tells whether a boilerplate phrase starts at an offset of a folded text: tables of the
// phrases' first two bytes, and of their second and third, turn away almost every offset
// before any comparison.
class furniture_finder {
 public:
  furniture_finder() {
    for (auto b : boilerplate) {
      unsigned k = pair(b[0], b[1]);
      first_two_.set(k);
      if (b.size() == 2) two_byte_.set(k);
      else next_two_.set(pair(b[1], b[2]));
      by_first_two_.push_back({k, b});
    }
  }
  /// Whether a phrase may start with a token folded to `w` (false: none does).
  bool may_start(std::string_view w) const {
    if (w.size() < 2 || !first_two_.test(pair(w[0], w[1]))) return false;
    return w.size() == 2 || two_byte_.test(pair(w[0], w[1])) || next_two_.test(pair(w[1], w[2]));
  }
  /// Whether a phrase starts at text[p].
  bool starts_at(std::string_view text, std::size_t p) const {
    if (p + 1 >= text.size()) return false;
    const unsigned k = pair(text[p], text[p + 1]);
    if (!first_two_.test(k)) return false;
    if (!two_byte_.test(k) && (p + 2 >= text.size() || !next_two_.test(pair(text[p + 1], text[p + 2])))) return false;
    for (const auto& [key, phrase] : by_first_two_)
      if (key == k && text.compare(p, phrase.size(), phrase) == 0) return true;
    return false;
  }

 private:
  // A set of byte pairs.
  class pair_set {
   public:
    void set(unsigned k) { bits_[k >> 6] |= std::uint64_t{1} << (k & 63); }
    bool test(unsigned k) const { return (bits_[k >> 6] >> (k & 63)) & 1; }

   private:
    std::array<std::uint64_t, 0x10000 / 64> bits_{};
  };
  static unsigned pair(char a, char b) { return static_cast<unsigned char>(a) << 8 | static_cast<unsigned char>(b); }
  pair_set first_two_, next_two_, two_byte_;
  std::vector<std::pair<unsigned, std::string_view>> by_first_two_;
};

}  // namespace

void reader::read() {
  a_.text = a_.doc->text;
  a_.tokens = tokenize(a_.text);
  fold_tokens();
  a_.sentences = split_sentences(a_.text, a_.tokens);
  a_.sentences_cut = cut_long_sentences(a_.sentences, a_.tokens, a_.text, max_sentence_tokens);
  a_.folded_sentences.assign(a_.sentences.size(), {});
  a_.skip.assign(a_.tokens.size(), false);
  a_.mentions.assign(a_.sentences.size(), {});
  a_.entities.reserve(32);  // most articles name fewer: no moves of entities as they come
  mark_boilerplate();
  for (std::size_t i = 0; i < a_.tokens.size() && !vote_context_; ++i) {
    word_view w = folded(i);
    if (w.size() < 4 || !(w[0] == 'v' || w[0] == 'a' || w[0] == 'r' || w[0] == 'd')) continue;
    if (w == "vote" || w == "voted" || w == "votes" || w == "adopted" || w == "resolution" || w == "vetoed" ||
        w == "veto" || w == "abstained" || w == "abstentions" || w == "approved" || w == "draft")
      vote_context_ = true;
  }
  for (std::size_t s = 0; s < a_.sentences.size(); ++s) {
    find_mentions(s);
    assert(mentions_in_order(s));
    find_relations(s);
  }
  finish();
}

// Each token folded (into one buffer), its id in the shared vocabulary and its word classes.
void reader::fold_tokens() {
  // Folding never lengthens and tokens do not overlap, so every token's fold fits in a buffer
  // of the text's size.
  a_.folded_tokens.resize(a_.text.size());
  a_.folded.resize(a_.tokens.size());
  word_ids_.resize(a_.tokens.size());
  a_.classes.assign(a_.tokens.size(), 0);
  char* out = a_.folded_tokens.data();
  for (std::size_t i = 0; i < a_.tokens.size(); ++i) {
    char* start = out;
    out = fold_to(word(i), out);
    const std::string_view f(start, static_cast<std::size_t>(out - start));
    a_.folded[i] = f;
    const std::uint32_t id = lx_.words->id(f);
    word_ids_[i] = id;
    if (a_.tokens[i].kind == token_kind::punct) continue;
    if (id < lx_.word_classes.size()) a_.classes[i] = lx_.word_classes[id];
    if (!f.empty() && f[0] >= '0' && f[0] <= '9' && number_value(f) >= 0) a_.classes[i] |= class_bit(word_class::number_word);
  }
}

// Drops datelines ("BEIJING -", "UNITED NATIONS (Agency) -") and lines of page furniture.
void reader::mark_boilerplate() {
  // A short sentence with a phrase of page furniture goes whole. A phrase counts where a
  // token starts ("read more", not "spread more"); it is looked for in the folded sentence,
  // whose offsets are the text's less two bytes for each curly apostrophe before.
  static const furniture_finder furniture;
  for (std::size_t s = 0; s < a_.sentences.size(); ++s) {
    const sentence& sen = a_.sentences[s];
    if (sen.last - sen.first > 40) continue;
    std::string_view folded;
    bool shorter = false;
    std::size_t shift = 0, scanned = sen.begin;
    for (std::size_t i = sen.first; i < sen.last; ++i) {
      if (!furniture.may_start(a_.folded[i])) continue;
      if (folded.empty()) {
        folded = folded_sentence(s);
        shorter = folded.size() != sen.end - sen.begin;
      }
      const std::size_t at = a_.tokens[i].begin;
      if (shorter)
        for (; scanned < at; ++scanned)
          if (is_curly_apostrophe(a_.text, scanned)) shift += 2, scanned += 2;
      if (furniture.starts_at(folded, at - sen.begin - shift)) {
        std::fill(a_.skip.begin() + sen.first, a_.skip.begin() + sen.last, true);
        break;
      }
    }
  }
  for (std::size_t s = 0; s < a_.sentences.size(); ++s) {
    const sentence& sen = a_.sentences[s];
    if (!a_.tokens[sen.first].line_start) continue;
    // A dateline: capitals (and a bracketed agency or a date) up to a dash near the start.
    std::size_t i = sen.first;
    bool caps = false;
    while (i < sen.last && i < sen.first + 8) {
      word_view w = word(i);
      if (a_.tokens[i].kind == token_kind::word && is_all_caps(w)) {
        caps = true;
        ++i;
      } else if (w == "," || a_.tokens[i].kind == token_kind::number ||
                 (caps && a_.tokens[i].kind == token_kind::word && is(word_class::calendar, fold(w)))) {
        ++i;
      } else if (w == "(") {
        while (i < sen.last && word(i) != ")") ++i;
        ++i;
      } else {
        break;
      }
    }
    if (caps && i < sen.last && i + 1 < sen.last &&
        (word(i) == "-" || word(i) == "\u2013" || word(i) == "\u2014" || word(i) == ":"))
      std::fill(a_.skip.begin() + sen.first, a_.skip.begin() + i + 1, true);
  }
}

int reader::add_entity(entity e, std::span<const std::string> heads) {
  const int id = static_cast<int>(a_.entities.size());
  auto [it, fresh] = a_.by_key.try_emplace(e.n.key, id);
  if (!fresh) return it->second;
  a_.entities.push_back(std::move(e));
  for (const auto& h : heads) refer_by_head(id, h);
  return id;
}


bool reader::relational_noun(std::size_t i) const {
  if (!is_word(i, word_class::actor_noun)) return false;
  const auto hit = match(lx_.trigger_forms, i, i + 1, true);
  return hit && std::any_of(hit->values.begin(), hit->values.end(), [&](auto t) { return lx_.triggers[t].noun; });
}

int reader::latest_with_head(std::string_view head) const {
  auto it = a_.by_head.find(head);
  if (it == a_.by_head.end()) return -1;
  int best = -1;
  for (int e : it->second)
    if (a_.entities[e].n.mentions > 0 && (best < 0 || a_.entities[e].last_head >= a_.entities[best].last_head)) best = e;
  return best;
}

int reader::entity_for_state(std::uint32_t index) {
  if (state_entity_.empty()) state_entity_.assign(lx_.states.size(), -1);
  if (state_entity_[index] >= 0) return state_entity_[index];
  entity e;
  e.n = lx_.state_nodes[index];
  e.state_index = static_cast<int>(index);
  static const std::string heads[] = {"country", "nation"};
  return state_entity_[index] = add_entity(std::move(e), heads);
}

std::uint32_t reader::state_sharing(std::uint32_t shared) {
  const std::vector<std::uint32_t>& states = lx_.shared_names[shared];
  for (std::uint32_t st : states)
    if (!state_entity_.empty() && state_entity_[st] >= 0 && a_.entities[state_entity_[st]].n.mentions > 0) return st;
  if (states_named_.empty()) {
    states_named_.assign(lx_.states.size(), false);
    for (std::size_t i = 0; i < a_.tokens.size();) {
      auto g = match(lx_.names, i, a_.tokens.size());
      if (!g) {
        ++i;
        continue;
      }
      for (auto v : g->values)
        if (const entity_ref& r = lx_.refs[v];
            r.kind == ref_kind::state || r.kind == ref_kind::capital || r.kind == ref_kind::demonym)
          states_named_[r.index] = true;
      i = g->last;
    }
  }
  for (std::uint32_t st : states)
    if (states_named_[st]) return st;
  return states.front();
}

int reader::entity_for_body(std::uint32_t index) {
  if (body_entity_.empty()) body_entity_.assign(lx_.bodies.size(), -1);
  if (body_entity_[index] >= 0) return body_entity_[index];
  entity e;
  e.n = lx_.body_nodes[index];
  e.body_index = static_cast<int>(index);
  e.part_of = lx_.body_parents[index];
  return body_entity_[index] = add_entity(std::move(e), lx_.body_heads[index]);
}

int reader::entity_for_place(std::string_view name, std::string_view state_id) {
  entity e;
  e.n.key = make_key(node_type::place, name);
  e.n.type = node_type::place;
  e.n.label = std::string(name);
  add_alias(e.n, name);
  int id = add_entity(std::move(e));
  if (!state_id.empty() && a_.entities[id].located_in.empty()) {
    a_.entities[id].located_in = make_key(node_type::state, state_id);
    if (auto st = lx_.state_by_id.find(std::string(state_id)); st != lx_.state_by_id.end())
      a_.entities[id].state_index = static_cast<int>(st->second);
  }
  return id;
}

void reader::emit(int s, int o, relation r, mode m, std::size_t sent, std::string_view trigger, double confidence,
                  std::map<std::string, std::string> qualifiers, std::string_view rule) {
  if (s < 0 || o < 0 || s == o) return;
  if (!allowed(r, s, o)) return;
  // Readings come sentence by sentence: a repeat can only be among this sentence's.
  for (auto it = a_.readings.rbegin(); it != a_.readings.rend() && it->sentence == sent; ++it)
    if (it->subject == s && it->object == o && it->rel == r && it->mod == m) return;
  a_.readings.push_back({s, o, r, m, sent, std::string(trigger), confidence, std::move(qualifiers), rule});
}

// Completes what only the whole article tells: labels of resolutions and reports, the
// part-of and located-in edges the lexicon knows, and mention counts.
void reader::finish() {
  // Each entity's first mention, and the sentences where each pair of entities first meet.
  constexpr std::size_t none = static_cast<std::size_t>(-1);
  std::vector<std::size_t> first(a_.entities.size(), none);
  for (std::size_t k = 0; k < a_.mentions.size(); ++k)
    for (const auto& m : a_.mentions[k])
      if (m.ent >= 0 && first[static_cast<std::size_t>(m.ent)] == none) first[static_cast<std::size_t>(m.ent)] = k;
  auto together = [&](int s, int o) {
    for (std::size_t k = std::max(first[static_cast<std::size_t>(s)], first[static_cast<std::size_t>(o)]);
         k < a_.mentions.size(); ++k) {
      bool has_s = false, has_o = false;
      for (const auto& m : a_.mentions[k]) {
        has_s |= m.ent == s;
        has_o |= m.ent == o;
      }
      if (has_s && has_o) return k;
    }
    return none;
  };
  auto structural = [&](int s, int o, relation r) {
    for (const auto& old : a_.readings)
      if (old.subject == s && old.object == o && old.rel == r) return;
    // Structural edges cite the first sentence that names both; else the later of the two
    // first mentions; else the sentence that named the one of them the article names (the
    // Afghan foreign ministry implies Afghanistan without naming it).
    std::size_t fs = first[static_cast<std::size_t>(s)], fo = first[static_cast<std::size_t>(o)];
    std::size_t sent = fs != none && fo != none ? together(s, o) : none;
    if (sent == none) sent = fs == none ? fo : fo == none ? fs : std::max(fs, fo);
    if (sent == none) sent = a_.sentences.empty() ? 0 : a_.sentences.size() - 1;
    emit(s, o, r, mode::asserted, sent, "", 0.6, {}, "structure");
  };
  for (std::size_t i = 0; i < a_.entities.size(); ++i) {
    entity& e = a_.entities[i];
    if (!e.part_of.empty()) {
      // A lexicon body is part of the highest body above it that the article names ("UN Human
      // Rights Council" part-of "United Nations", not of the General Assembly in between); of
      // its state only when the article names no body between.
      std::string parent = e.part_of;
      int chosen = -1;
      for (int depth = 0; !parent.empty() && depth < 8; ++depth) {
        auto it = a_.by_key.find(parent);
        // Not past a body to its state: the Treasury's office is part of the Treasury.
        if (chosen >= 0 && it != a_.by_key.end() && type_of(chosen) == node_type::body &&
            a_.entities[it->second].n.type == node_type::state)
          break;
        if (it != a_.by_key.end() && (a_.entities[it->second].n.mentions > 0 || e.body_index < 0)) chosen = it->second;
        const entity* pe = it != a_.by_key.end() ? &a_.entities[it->second] : nullptr;
        std::string next;
        if (pe) {
          next = pe->part_of;
        } else if (auto up = lx_.parent_of.find(parent); up != lx_.parent_of.end()) {
          next = up->second;
        }
        parent = next;
      }
      if (chosen >= 0) structural(static_cast<int>(i), chosen, relation::part_of);
    }
    // Not a capital named as a location: "talks in Doha" does not say where Doha is, and the
    // lexicon's knowing it makes no reading. A region or town is placed ("fighting in Kharkiv").
    if (!e.located_in.empty() && !e.capital) {
      auto it = a_.by_key.find(e.located_in);
      if (it != a_.by_key.end() && a_.entities[it->second].n.mentions > 0)
        structural(static_cast<int>(i), it->second, relation::located_in);
    }
  }
  // Resolutions and reports: a readable label from their body, number and topic.
  for (auto& e : a_.entities) {
    if ((e.n.type != node_type::resolution && e.n.type != node_type::report) || e.named) continue;
    std::string by;
    if (!e.publisher.empty()) {
      auto it = a_.by_key.find(e.publisher);
      if (it != a_.by_key.end()) by = a_.entities[it->second].n.label;
    }
    std::string label = by.empty() ? std::string() : by + " ";
    if (e.n.type == node_type::resolution) {
      label += "resolution";
      auto num = e.n.attributes.find("number");
      if (num == e.n.attributes.end()) num = e.n.attributes.find("symbol");
      if (num != e.n.attributes.end()) label += " " + num->second;
    } else {
      label += "report";
    }
    if (!e.topic.empty()) label += " on " + e.topic;
    if (by.empty() && e.topic.empty() && !e.n.attributes.count("number") && !e.n.attributes.count("symbol")) {
      label[0] = static_cast<char>(label[0] - 'a' + 'A');
      label += " (" + (a_.doc->title.empty() ? a_.doc->id : a_.doc->title) + ")";
    }
    e.n.label = label;
    add_alias(e.n, label);
  }
}

}  // namespace newsgraph::detail
