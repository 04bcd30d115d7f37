// Who voted how, read off lists: the lists of a vote's record, as UN press releases print them
// after the tally ("In favour: A, B, C. Against: D. Abstaining: E."), and the lists of news
// prose that name some of those who voted so ("Those voting against included A and B", "with A
// among those abstaining", "Ten states abstained, among them A and B").
#include <algorithm>

#include "extract/detail/reader.hpp"

namespace newsgraph::detail {
namespace {

// A vote cast: for, against or abstaining (relations.cpp's is_vote counts a veto too).
bool is_ballot(relation r) { return r == relation::votes_for || r == relation::votes_against || r == relation::abstains; }

}  // namespace

// Each label (lexicon section vote_labels) opens a list of states that voted so on the
// resolution in question, up to the next label; a label alone on its line opens the list of
// the next sentence.
bool reader::read_vote_lists(std::size_t s) {
  const vote_label_entry* open = pending_vote_label_;
  std::string label = std::move(pending_vote_label_text_);  // as the text writes it: the trigger
  pending_vote_label_ = nullptr;
  if (current_resolution_ < 0) return false;  // a list with no resolution named says nothing we can draw
  const sentence& sen = a_.sentences[s];
  bool record = false;
  if (open && !mention_starting(s, sen.first)) open = nullptr;  // the list did not follow its label
  for (std::size_t k = sen.first; k < sen.last;) {
    // A label opens the sentence or follows a semicolon or a full stop, and a colon follows it.
    if (k == sen.first || is_punct(k - 1, ";") || is_punct(k - 1, ".")) {
      if (auto h = match(lx_.vote_label_phrases, k, sen.last, true); h && is_punct(h->last, ":")) {
        open = &lx_.vote_labels[h->values.front()];
        label = std::string(span_text(k, h->last));
        record = true;
        k = h->last + 1;
        if (k == sen.last) {
          pending_vote_label_ = open;
          pending_vote_label_text_ = label;
        }
        continue;
      }
    }
    if (!open) return record;  // text that is not a list
    if (const mention* m = mention_starting(s, k); m && type_of(m->ent) == node_type::state) {
      record = true;
      if (open->rel) emit(m->ent, current_resolution_, *open->rel, mode::asserted, s, label, 0.9, {}, "vote-list");
      k = m->last;
      continue;
    }
    ++k;
  }
  return record;
}

std::vector<int> reader::coordinated_before(std::size_t s, std::size_t i) const {
  const sentence& sen = a_.sentences[s];
  std::vector<int> out;
  const mention* m = mention_ending(s, i);
  while (m && !m->possessive) {
    out.insert(out.begin(), m->ent);
    std::size_t k = m->first;
    bool joiner = false;
    while (k > sen.first && (word(k - 1) == "," || folded(k - 1) == "and")) {
      joiner = true;
      --k;
    }
    m = joiner ? mention_ending(s, k) : nullptr;
  }
  return out;
}

void reader::read_vote_groups(std::size_t s) {
  const sentence& sen = a_.sentences[s];
  int res = current_resolution_;
  for (const auto& m : a_.mentions[s])
    if (type_of(m.ent) == node_type::resolution) res = m.ent;
  if (res < 0) return;
  auto states = [&](std::vector<int> xs) {
    xs.erase(std::remove_if(xs.begin(), xs.end(), [&](int x) { return type_of(x) != node_type::state; }), xs.end());
    return xs;
  };
  auto list_at = [&](std::size_t k) {
    std::vector<int> xs;
    if (k + 1 < sen.last && is_word(k, word_class::determiner) && !mention_starting(s, k)) ++k;  // "the United States"
    if (const mention* first = mention_starting(s, k)) {
      xs.push_back(first->ent);
      for (int x : coordinated_after(s, *first)) xs.push_back(x);
    }
    return states(std::move(xs));
  };
  for (std::size_t i = sen.first; i < sen.last; ++i) {
    // A vote trigger of the lexicon ("voting against", "abstaining", "abstained on").
    auto h = match(lx_.trigger_forms, i, sen.last, true);
    if (!h) continue;
    const trigger_entry* t = nullptr;
    for (auto v : h->values)
      if (is_ballot(lx_.triggers[v].rel) && !lx_.triggers[v].noun) t = &lx_.triggers[v];
    if (!t) continue;
    const std::string trig(span_text(i, h->last));
    std::vector<int> voters;
    // "Those voting against included A and B": the group, then who is in it.
    if (i > sen.first && folded(i - 1) == "those" && h->last < sen.last &&
        (folded(h->last) == "included" || folded(h->last) == "include" || folded(h->last) == "includes"))
      voters = list_at(h->last + 1);
    // "with A and B among those voting against": who, then the group.
    else if (i >= sen.first + 2 && folded(i - 1) == "those" && folded(i - 2) == "among")
      voters = states(coordinated_before(s, i - 2));
    // "Ten states abstained on the draft, among them A and B": a number of them, then which.
    else if (i > sen.first && !mention_ending(s, i))
      for (std::size_t k = h->last; k + 2 < sen.last && k < h->last + 12; ++k) {
        if (word(k) == ";" || word(k) == ".") break;
        if (word(k) == "," && folded(k + 1) == "among" && (folded(k + 2) == "them" || folded(k + 2) == "whom")) {
          voters = list_at(k + 3);
          break;
        }
      }
    for (int x : voters) emit(x, res, t->rel, mode_at(s, i), s, trig, 0.8, {}, "vote-list");
    i = h->last - 1;
  }
}

}  // namespace newsgraph::detail
