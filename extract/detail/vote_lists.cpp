// The lists of a vote's record, as UN press releases print them after the tally: "In favour:
// A, B, C. Against: D. Abstaining: E." Each label (lexicon section vote_labels) opens a list of
// states that voted so on the resolution in question, up to the next label; a label alone on
// its line opens the list of the next sentence.
#include "extract/detail/reader.hpp"

namespace newsgraph::detail {

bool reader::read_vote_lists(std::size_t s) {
  const vote_label_entry* open = pending_vote_label_;
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
        record = true;
        k = h->last + 1;
        if (k == sen.last) pending_vote_label_ = open;
        continue;
      }
    }
    if (!open) return record;  // text that is not a list
    if (const mention* m = mention_starting(s, k); m && type_of(m->ent) == node_type::state) {
      record = true;
      if (open->rel) emit(m->ent, current_resolution_, *open->rel, mode::asserted, s, open->phrase, 0.9, {}, "vote-list");
      k = m->last;
      continue;
    }
    ++k;
  }
  return record;
}

}  // namespace newsgraph::detail
