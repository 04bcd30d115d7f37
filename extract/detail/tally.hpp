#pragma once
// Vote tallies as news and UN records write them: "adopted by 116 votes to 4, with 12
// abstentions", "passed 13-0"... read from a sentence's folded text.
#include <string_view>

namespace newsgraph::detail {

/// The figures of one vote; -1 where the sentence gives none.
struct tally {
  long in_favour = -1;
  long against = -1;
  long abstentions = -1;
};

/// The first "N (votes) (in favour|for|yes) (,) to|against|-|– M" and the first "N abstentions"
/// (or "N abstaining", "N countries abstaining") in `folded`, a sentence in lower case.
tally find_tally(std::string_view folded);

}  // namespace newsgraph::detail
