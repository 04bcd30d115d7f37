#include "extract/detail/grammar.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <initializer_list>
#include <string>

namespace newsgraph::detail {
namespace {

bool in(std::initializer_list<std::string_view> list, std::string_view w) {
  return std::find(list.begin(), list.end(), w) != list.end();
}

}  // namespace

bool is(word_class c, std::string_view w) {
  switch (c) {
    case word_class::preposition:
      return in({"of", "by", "in", "from", "with", "to", "against", "on", "over", "for", "at", "about", "into",
                 "under", "between", "among", "amid", "after", "before", "during", "since", "toward", "towards",
                 "through", "across", "within", "without", "near", "upon", "via", "including", "like", "than",
                 "despite", "behind", "beyond", "outside", "inside", "throughout", "onto", "alongside",
                 "regarding", "concerning", "per"},
                w);
    case word_class::determiner:
      return in({"the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those", "our", "all",
                 "some", "any", "both", "each", "every", "such", "my", "your", "another", "other"},
                w);
    case word_class::be:
      return in({"is", "was", "were", "are", "be", "been", "being", "am", "'s"}, w);
    case word_class::clause_opener:
      return in({"that", "which", "who", "whom", "whose", "while", "but", "because", "although", "though",
                 "when", "where", "whereas", "if", "unless", "so", "whether"},
                w);
    case word_class::actor_noun:
      return in({"officials", "official", "government", "governments", "authorities", "leadership", "leaders",
                 "diplomats", "diplomat", "military", "forces", "troops", "army", "navy", "regime", "delegation",
                 "side", "administration", "negotiators", "counterparts", "police", "envoys", "state", "junta",
                 "soldiers", "warplanes", "jets", "drones", "missiles", "lawmakers", "parliamentarians",
                 "security", "intelligence", "embassy", "mission", "allies", "members", "member", "states",
                 "coalition", "prosecutors", "courts", "judiciary", "cabinet", "presidency"},
                w);
    case word_class::person_noun:
      return in({"journalist", "activist", "lawyer", "blogger", "dissident", "politician", "leader", "official",
                 "diplomat", "spokesman", "spokeswoman", "spokesperson", "minister", "general", "commander",
                 "candidate", "president", "businessman", "businesswoman", "reporter", "editor", "photographer",
                 "writer", "academic", "professor", "researcher", "scholar", "student", "author", "artist",
                 "economist", "analyst", "lawmaker", "senator", "ambassador", "envoy", "prosecutor", "judge",
                 "cleric", "priest", "citizen", "national", "resident", "worker", "member", "founder", "head",
                 "chief", "director", "chairman", "chairwoman", "opponent", "critic", "campaigner", "defender",
                 "correspondent", "filmmaker", "poet", "novelist", "singer", "athlete", "officer", "colonel",
                 "soldier", "pilot", "doctor", "nurse", "aid", "humanitarian", "negotiator", "adviser", "advisor"},
                w);
    case word_class::speech_verb:
      return in({"said", "says", "told", "added", "stated", "warned", "noted", "wrote", "announced", "insisted",
                 "argued", "stressed", "declared", "tweeted", "explained", "asserted", "claimed", "remarked"},
                w);
    case word_class::event_noun:
      return in({"call", "calls", "proposal", "proposals", "plan", "plans", "decision", "move", "moves", "bid",
                 "demand", "demands", "request", "policy", "policies", "actions", "action", "conduct",
                 "behaviour", "behavior", "treatment", "statement", "remarks", "comments", "stance", "position",
                 "push", "efforts", "effort", "attempt", "attempts", "initiative", "handling", "response",
                 "decisions", "threats", "campaign", "crackdown", "role"},
                w);
    case word_class::wrongdoing:
      return in({"abuses", "abuse", "crimes", "crime", "violations", "violation", "atrocities", "genocide",
                 "torture", "repression", "killings", "persecution", "corruption", "interference", "aggression",
                 "violating", "committing", "committed", "responsible", "violated", "breaching", "breached",
                 "cleansing", "massacres", "massacre", "executions", "disappearances", "abducting", "torturing",
                 "killing", "targeting", "wrongdoing", "fraud", "rigging", "rigged", "complicit", "guilty"},
                w);
    case word_class::honorific:
      return in({"mr", "mrs", "ms", "dr", "prof", "mr.", "mrs.", "ms.", "dr.", "sir", "dame", "madam"}, w);
    case word_class::calendar:
      return in({"january", "february", "march", "april", "may", "june", "july", "august", "september",
                 "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
                 "saturday", "sunday", "jan", "feb", "aug", "sept", "oct", "nov", "dec"},
                w);
    case word_class::name_particle:
      return in({"de", "da", "van", "von", "bin", "al", "el", "der", "den", "la", "le", "du", "dos", "das",
                 "ibn", "ben", "di", "del", "y", "abu", "bint"},
                w);
    case word_class::org_head:
      return in({"assembly", "council", "court", "commission", "committee", "ministry", "department", "agency",
                 "organization", "organisation", "union", "party", "front", "movement", "service", "bank",
                 "fund", "office", "parliament", "congress", "senate", "tribunal", "authority", "institute",
                 "foundation", "association", "federation", "league", "alliance", "corporation", "company",
                 "bureau", "guard", "army", "forces", "police", "cabinet", "coalition", "group", "network",
                 "watch", "airlines", "airways", "brigade", "brigades", "directorate", "secretariat", "board",
                 "force", "inc", "ltd", "corp", "mission", "programme", "program", "panel", "center", "centre"},
                w);
    case word_class::state_noun:
      return in({"country", "nation", "kingdom", "republic", "regime", "government", "state", "emirate",
                 "island", "monarchy", "authorities"},
                w);
    case word_class::resolution_noun:
      return in({"resolution", "measure", "motion", "draft", "bill", "text"}, w);
    case word_class::report_noun:
      return in({"report", "study", "dossier", "assessment", "findings"}, w);
    case word_class::leader_noun:
      return in({"regime", "administration", "government", "presidency"}, w);
    case word_class::adverb:
      return in({"also", "strongly", "widely", "firmly", "again", "repeatedly", "already", "further", "still",
                 "publicly", "sharply", "swiftly", "quickly", "formally", "jointly", "unanimously", "overwhelmingly",
                 "reportedly", "allegedly", "officially", "previously", "recently", "later", "then", "now",
                 "today", "yesterday", "fully", "immediately", "unconditionally", "individually", "collectively",
                 "vehemently", "roundly", "fiercely", "openly", "once", "twice", "narrowly", "overwhelming",
                 "last", "on", "friday", "monday", "tuesday", "wednesday", "thursday", "saturday", "sunday",
                 "week", "month", "year", "night", "morning", "evening", "afternoon", "this", "late", "early",
                 "even", "just", "only", "quietly", "effectively", "ultimately", "reluctantly"},
                w);
    case word_class::pronoun_it:
      return in({"it", "its"}, w);
    case word_class::pronoun_he:
      return in({"he", "his", "him", "she", "her"}, w);
    case word_class::pronoun_we:
      return in({"we", "our", "us"}, w);
    case word_class::pronoun_they:
      return in({"they", "their", "them"}, w);
    case word_class::number_word:
      return number_value(w) >= 0;
  }
  return false;
}

long number_value(std::string_view w) {
  static constexpr std::array<std::string_view, 21> words{
      "none", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
      "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"};
  for (std::size_t i = 0; i < words.size(); ++i)
    if (w == words[i]) return static_cast<long>(i);
  if (w == "zero" || w == "no") return 0;
  std::string digits;
  for (char c : w)
    if (c != ',') digits += c;
  long v = -1;
  if (!digits.empty() && digits.size() < 10) {
    auto [p, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), v);
    if (ec != std::errc() || p != digits.data() + digits.size()) return -1;
  }
  return v;
}

}  // namespace newsgraph::detail
