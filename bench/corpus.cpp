#include "bench/corpus.hpp"

#include <algorithm>
#include <array>
#include <cstdio>
#include <map>
#include <stdexcept>
#include <unordered_map>
#include <unordered_set>

#include "graph/key.hpp"

namespace newsgraph::bench {
namespace {

std::uint64_t splitmix64(std::uint64_t& x) {
  std::uint64_t z = (x += 0x9e3779b97f4a7c15ull);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
  return z ^ (z >> 31);
}

std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

}  // namespace

rng::rng(std::uint64_t seed) {
  for (auto& s : s_) s = splitmix64(seed);
}

std::uint64_t rng::next() {
  const std::uint64_t result = rotl(s_[1] * 5, 7) * 9;
  const std::uint64_t t = s_[1] << 17;
  s_[2] ^= s_[0];
  s_[3] ^= s_[1];
  s_[1] ^= s_[2];
  s_[0] ^= s_[3];
  s_[2] ^= t;
  s_[3] = rotl(s_[3], 45);
  return result;
}

std::size_t rng::below(std::size_t n) {
  // Lemire's multiply-shift; the bias is below 2^-40 for the sizes used here.
  return static_cast<std::size_t>((static_cast<unsigned __int128>(next()) * n) >> 64);
}

bool rng::chance(double p) { return static_cast<double>(next() >> 11) * 0x1.0p-53 < p; }

std::size_t rng::skewed(std::size_t n) {
  // The smaller of two uniform draws, twice: density falling towards n.
  std::size_t a = std::min(below(n), below(n));
  return std::min(a, std::max(below(n), below(n)));
}

// ---------------------------------------------------------------------------------------------
// Templates and fillers.

const std::vector<sentence_template>& templates() {
  static const std::vector<sentence_template> list = {
      {"votes-against", "{A} and {B} voted against resolution {R}.", "A votes-against R; B votes-against R", "B"},
      {"votes-for", "{A} voted in favour of resolution {R}.", "A votes-for R"},
      {"abstains", "{A} abstained on resolution {R}.", "A abstains R"},
      {"adopts", "{V} adopted resolution {R}.", "V adopts R"},
      {"vetoes", "{A} vetoed resolution {R}.", "A vetoes R"},
      {"supports-negated", "{A} did not support resolution {R}.", "A supports R [negated]"},
      {"votes-expected", "{A} is expected to vote against resolution {R}.", "A votes-against R [expected]"},
      {"calls-on-release", "{X} called on {A} to release {P}, a prominent journalist.", "X calls-on A"},
      {"spokesman-criticizes", "The {a} foreign ministry spokesman {P} criticised {B}.",
       "P criticizes B; P represents FA; FA part-of A"},
      {"sanctions", "{A} imposed sanctions on {B}.", "A sanctions B"},
      {"accuses", "{A} accused {B} of war crimes.", "A accuses B"},
      {"body-criticizes", "{X} condemned {A}.", "X criticizes A"},
      {"discusses-expected", "{V} will discuss {A} on Monday.", "V discusses A [expected]"},
      {"detains", "{A} arrested {P}, a prominent journalist.", "A detains P"},
      {"meets", "{A} held talks with {B}.", "A meets B"},
      {"threatens", "{A} threatened {B} with retaliation.", "A threatens B"},
      {"attacks", "{A} launched air strikes on {B}.", "A attacks B"},
      {"supports", "{A} expressed support for {B}.", "A supports B"},
      {"opposes", "{A} rejected {B}'s proposal.", "A opposes B"},
      {"refers-proposed", "{X} urged {A} to refer {B} to the International Criminal Court.",
       "X calls-on A; B refers-to @icc [proposed]"},
      {"allied-with", "{B}, {A}'s closest ally, criticised the decision.", "B allied-with A"},
      {"ambassador", "{P}, {A}'s ambassador, criticised {B}.", "P represents A; P criticizes B"},
      {"ministers-meet", "{a} Foreign Minister {P} met {b} Foreign Minister {Q}.",
       "P meets Q; P represents A; Q represents B"},
      {"calls-on-withdraw", "{A} urged {B} to withdraw its troops.", "A calls-on B"},
      {"denounces", "{A} denounced {B}.", "A criticizes B"},
  };
  return list;
}

const std::vector<std::string_view>& fillers() {
  static const std::vector<std::string_view> list = {
      "Trading volumes on regional markets were modest for most of the week.",
      "Heavy rain delayed flights and closed several roads in the north.",
      "The price of wheat rose by about three percent in the past month.",
      "Analysts pointed to higher fuel costs and a weaker currency.",
      "Shipping companies reported longer waiting times at several ports.",
      "Farmers in the south expect a smaller harvest after a dry summer.",
      "Tourism numbers recovered slowly after two difficult seasons.",
      "The stock index closed slightly higher after a volatile session.",
      "Inflation eased for the third month in a row, according to the latest figures.",
      "Engineers finished repairs on a bridge that had been closed since spring.",
      "Hospitals in the capital reported a rise in seasonal infections.",
      "Exports of electronics grew faster than expected in the second quarter.",
      "Observers described the mood in the hall as tense but orderly.",
      "Negotiations on technical details went on late into the night.",
      "Schools reopened after a two-week holiday.",
      "The talks were held behind closed doors, and few details emerged.",
      "Thousands of people gathered in the main square on Sunday afternoon.",
      "Fuel shortages led to long queues at petrol stations in several towns.",
      "The currency fell to its lowest level in almost a decade.",
      "Aid convoys reached remote villages after days of delays.",
      "Power cuts affected large parts of the coast for several hours.",
      "Prices for rice and cooking oil have nearly doubled since January.",
      "Local markets reopened after the curfew was lifted.",
      "Road traffic returned to normal levels by the evening.",
      "Residents described long nights without electricity or running water.",
      "Fishing boats stayed in port because of strong winds.",
      "Many families moved in with relatives in safer areas.",
      "The central bank kept interest rates unchanged at its regular meeting.",
      "Construction of a new railway line is about two years behind schedule.",
      "Mobile phone networks were disrupted for much of the day.",
      "Grain stocks are sufficient for roughly four months, experts estimated.",
      "Unemployment among young people remains stubbornly high.",
      "A spell of unusually hot weather is forecast for the coming days.",
      "Ticket sales for the national football league rose sharply this season.",
      "The harvest festival drew large crowds despite the rain.",
      "Several airlines added flights to meet rising demand over the holidays.",
      "Water levels in the main reservoir fell below the seasonal average.",
      "Rents in the largest cities rose faster than wages last year.",
      "Volunteers distributed blankets and food at the border crossing.",
      "Manufacturing output grew modestly, helped by stronger orders from abroad.",
  };
  return list;
}

// ---------------------------------------------------------------------------------------------
// People: invented names from syllables, distinct surnames for distinct n.

std::string corpus_generator::person_name(std::size_t n) {
  static constexpr std::array<std::string_view, 32> sur = {
      "ka", "lo", "mi", "ren", "do", "va", "ti", "sor", "ba", "ne", "qu", "ri", "zan", "ho", "fe", "gul",
      "mar", "pe", "sa", "tov", "ulu", "wen", "yar", "ze", "bri", "cal", "dun", "esk", "fol", "gir", "hask", "ilm"};
  static constexpr std::array<std::string_view, 24> given = {
      "Ta", "Mi", "Ko", "Ari", "Be", "Da", "Eli", "Fa", "Gu", "Ha", "Ilo", "Ju",
      "Ke", "La", "Mo", "Na", "Osa", "Pe", "Ra", "Si", "Tu", "Ve", "Ya", "Zo"};
  static constexpr std::array<std::string_view, 16> given_end = {
      "vro", "ren", "lin", "dar", "mek", "sul", "rio", "nas", "ket", "bon", "ral", "vik", "tam", "zel", "run", "dos"};
  // Surname: n in base 32, at least three syllables, and a fixed ending that no English word has.
  std::string s;
  std::size_t m = n;
  int syllables = 0;
  do {
    s += sur[m % sur.size()];
    m /= sur.size();
    ++syllables;
  } while (m > 0 || syllables < 3);
  s += "vek";
  s[0] = static_cast<char>(s[0] - 'a' + 'A');
  std::uint64_t h = n * 0x9e3779b97f4a7c15ull;
  h ^= h >> 29;
  std::string first = std::string(given[h % given.size()]) + std::string(given_end[(h >> 8) % given_end.size()]);
  return first + " " + s;
}

// ---------------------------------------------------------------------------------------------
// The generator.

namespace {

bool plain_name(std::string_view s) {
  if (s.empty() || s[0] < 'A' || s[0] > 'Z') return false;
  for (char c : s)
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == ' ')) return false;
  return true;
}

// The bodies named, as running text writes them; `votes` for those that adopt resolutions.
struct body_text {
  const char* id;
  const char* text;
  bool votes;
};
constexpr body_text body_texts[] = {
    {"unsc", "the UN Security Council", true},
    {"unga", "the UN General Assembly", true},
    {"unhrc", "the UN Human Rights Council", true},
    {"eu", "the European Union", false},
    {"au", "the African Union", false},
    {"amnesty", "Amnesty International", false},
    {"hrw", "Human Rights Watch", false},
    {"icrc", "the International Committee of the Red Cross", false},
    // Acronyms: after any other body, "The Organization of American States" and "The
    // Organization for Security and Co-operation in Europe" are read as "the organization"
    // referring back to that body (an extractor bug), so the generator writes "the OAS".
    // The same for "committee" after the International Committee of the Red Cross.
    {"oas", "the OAS", false},
    {"arab_league", "the Arab League", false},
    {"nato", "NATO", false},
    {"asean", "ASEAN", false},
    {"who", "the World Health Organization", false},
    {"oxfam", "Oxfam", false},
    {"greenpeace", "Greenpeace", false},
    {"freedom_house", "Freedom House", false},
    {"crisis_group", "the International Crisis Group", false},
    {"rsf", "Reporters Without Borders", false},
    {"cpj", "the CPJ", false},  // likewise "The Committee to Protect Journalists" after the ICRC
    {"gcc", "the Gulf Cooperation Council", false},
    {"ecowas", "ECOWAS", false},
    {"imf", "the International Monetary Fund", false},
    {"world_bank", "the World Bank", false},
    {"osce", "the OSCE", false},
};

void capitalize(std::string& s) {
  if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
}

std::string civil_date(long days) {
  // Days since 1970-01-01 to Y-M-D (Howard Hinnant's civil_from_days).
  days += 719468;
  long era = (days >= 0 ? days : days - 146096) / 146097;
  long doe = days - era * 146097;
  long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long y = yoe + era * 400;
  long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  long mp = (5 * doy + 2) / 153;
  long d = doy - (153 * mp + 2) / 5 + 1;
  long m = mp < 10 ? mp + 3 : mp - 9;
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", static_cast<int>((y + (m <= 2)) % 10000), static_cast<int>(m),
                static_cast<int>(d));
  return buf;
}

}  // namespace

corpus_generator::corpus_generator(const lexicon& lex, corpus_options options)
    : options_(options), rng_(options.seed) {
  record_.seed = options.seed;
  // States whose name and demonym the text can use without doubt: plain ASCII, no "and" or
  // "of" inside (coordination and nested names), no name or demonym that another state, body
  // or place shares.
  std::unordered_map<std::string, int> uses;
  for (const auto& s : lex.states()) {
    std::unordered_set<std::string> own{s.name};
    for (const auto& a : s.aliases) own.insert(a);
    for (const auto& d : s.demonyms) own.insert(d);
    for (const auto& c : s.capitals) own.insert(c);
    for (const auto& n : own) ++uses[n];
  }
  for (const auto& b : lex.bodies()) {
    std::unordered_set<std::string> own{b.name};
    for (const auto& a : b.aliases) own.insert(a);
    for (const auto& n : own) ++uses[n];
  }
  for (const auto& p : lex.places()) {
    std::unordered_set<std::string> own{p.name};
    for (const auto& a : p.aliases) own.insert(a);
    for (const auto& n : own) ++uses[n];
  }
  for (const auto& s : lex.states()) {
    if (s.id.size() != 3 || !plain_name(s.name) || uses[s.name] != 1) continue;
    if (s.name.find(" and ") != std::string::npos || s.name.find(" of ") != std::string::npos ||
        s.name.find(" the ") != std::string::npos)
      continue;
    std::string demonym;
    for (const auto& d : s.demonyms)
      // "Vatican Foreign Minister X met ..." is read as the Holy See meeting (an extractor bug).
      if (plain_name(d) && d.find(' ') == std::string::npos && uses[d] == 1 && d != "Vatican") {
        demonym = d;
        break;
      }
    if (demonym.empty()) continue;
    std::string name = s.name;
    // "the United States", "the Philippines", "the Czech Republic".
    bool article = name.starts_with("United ") || name.ends_with(" Republic") || name.ends_with(" Islands") ||
                   name == "Netherlands" || name == "Philippines" || name == "Bahamas" || name == "Gambia" ||
                   name == "Maldives" || name == "Seychelles" || name == "Comoros";
    if (article) name = "the " + name;
    states_.push_back({s.id, name, demonym, !article});
  }
  // Which body or state each lexicon body is part of, by key.
  std::unordered_set<std::string> state_ids;
  for (const auto& st : lex.states()) state_ids.insert(st.id);
  for (const auto& b : lex.bodies())
    if (!b.part_of.empty())
      parent_of_.emplace(make_key(node_type::body, b.id),
                         make_key(state_ids.count(b.part_of) ? node_type::state : node_type::body, b.part_of));
  for (const auto& bt : body_texts) {
    bool known = std::any_of(lex.bodies().begin(), lex.bodies().end(), [&](const body_entry& b) { return b.id == bt.id; });
    if (!known) continue;
    (bt.votes ? voting_bodies_ : actor_bodies_).push_back(bodies_.size());
    bodies_.push_back({bt.id, bt.text, bt.votes});
  }
  if (states_.size() < 10 || voting_bodies_.empty() || actor_bodies_.empty())
    throw std::runtime_error("the lexicon has too few unambiguous states and bodies to make a corpus");
  // A fixed shuffle, so that the common states are not the alphabetically first; then news
  // mentions them by Zipf's law: the k-th most common in proportion to 1/k.
  rng order(0x5eed);
  for (std::size_t i = states_.size(); i > 1; --i) std::swap(states_[i - 1], states_[order.below(i)]);
  double sum = 0;
  for (std::size_t k = 0; k < states_.size(); ++k) state_cdf_.push_back(sum += 1.0 / static_cast<double>(k + 1));
  for (auto& c : state_cdf_) c /= sum;
}

filled_sentence corpus_generator::fill(const sentence_template& t, const std::vector<std::size_t>& states,
                                       const std::vector<std::size_t>& bodies, const std::vector<std::string>& people,
                                       const std::string& resolution) const {
  filled_sentence out;
  auto state_of = [&](char c) -> const state_choice& {
    std::size_t k = static_cast<std::size_t>(c - 'A');
    if (k >= states.size()) throw std::logic_error("template needs more states: " + std::string(t.name));
    return states_[states[k]];
  };
  auto body_of = [&](char c) -> const body_choice& {
    std::size_t k = c == 'X' ? 0 : 1;  // X: bodies[0], V: bodies[1]
    if (k >= bodies.size()) throw std::logic_error("template needs more bodies: " + std::string(t.name));
    return bodies_[bodies[k]];
  };
  auto person_of = [&](char c) -> const std::string& {
    std::size_t k = static_cast<std::size_t>(c - 'P');
    if (k >= people.size()) throw std::logic_error("template needs more people: " + std::string(t.name));
    return people[k];
  };
  // The key and type a symbol stands for.
  auto entity = [&](std::string_view sym) -> std::pair<std::string, node_type> {
    if (sym.size() == 2 && sym[0] == 'F') {
      return {make_key(node_type::body, state_of(sym[1]).id + " foreign ministry"), node_type::body};
    }
    if (!sym.empty() && sym[0] == '@') return {make_key(node_type::body, sym.substr(1)), node_type::body};
    if (sym.size() != 1) throw std::logic_error("bad symbol in template " + std::string(t.name));
    char c = sym[0];
    if (c == 'A' || c == 'B' || c == 'C') return {make_key(node_type::state, state_of(c).id), node_type::state};
    if (c == 'a' || c == 'b') {
      char up = static_cast<char>(c - 'a' + 'A');
      return {make_key(node_type::state, state_of(up).id), node_type::state};
    }
    if (c == 'X') return {make_key(node_type::body, body_of('X').id), node_type::body};
    if (c == 'V') return {make_key(node_type::body, body_of('V').id), node_type::body};
    if (c == 'P' || c == 'Q') return {make_key(node_type::person, person_of(c)), node_type::person};
    if (c == 'R') return {make_key(node_type::resolution, "un " + resolution), node_type::resolution};
    throw std::logic_error("bad symbol in template " + std::string(t.name));
  };
  // The text, and a node for every slot in it.
  std::string_view text = t.text;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '{') {
      out.text += text[i];
      continue;
    }
    std::size_t close = text.find('}', i);
    std::string_view sym = text.substr(i + 1, close - i - 1);
    i = close;
    char c = sym[0];
    std::string surface;
    if (c == 'A' || c == 'B' || c == 'C') surface = state_of(c).name;
    else if (c == 'a' || c == 'b') surface = state_of(static_cast<char>(c - 'a' + 'A')).demonym;
    else if (c == 'X') surface = body_of('X').text;
    else if (c == 'V') surface = body_of('V').text;
    else if (c == 'P' || c == 'Q') surface = person_of(c);
    else if (c == 'R') surface = resolution;
    out.nodes.push_back(entity(sym));
    out.text += surface;
  }
  capitalize(out.text);
  // The edges, and the nodes they name.
  std::string_view spec = t.edges;
  while (!spec.empty()) {
    std::size_t semi = spec.find(';');
    std::string_view one = spec.substr(0, semi);
    spec = semi == std::string_view::npos ? std::string_view() : spec.substr(semi + 1);
    while (!one.empty() && one.front() == ' ') one.remove_prefix(1);
    std::vector<std::string_view> words;
    while (!one.empty()) {
      std::size_t sp = one.find(' ');
      if (sp != 0) words.push_back(one.substr(0, sp));
      one = sp == std::string_view::npos ? std::string_view() : one.substr(sp + 1);
    }
    if (words.size() != 3 && words.size() != 4) throw std::logic_error("bad edge in template " + std::string(t.name));
    auto rel = parse_relation(words[1]);
    mode m = mode::asserted;
    if (words.size() == 4) {
      auto pm = parse_mode(words[3].substr(1, words[3].size() - 2));
      if (!pm) throw std::logic_error("bad mode in template " + std::string(t.name));
      m = *pm;
    }
    if (!rel) throw std::logic_error("bad relation in template " + std::string(t.name));
    auto s = entity(words[0]);
    auto o = entity(words[2]);
    out.nodes.push_back(s);
    out.nodes.push_back(o);
    std::string sk = s.first, ok = o.first;
    if (is_symmetric(*rel) && ok < sk) std::swap(sk, ok);
    out.edges.emplace_back(sk, *rel, ok, m);
  }
  return out;
}

std::size_t corpus_generator::zipf_state(rng& r) const {
  double u = static_cast<double>(r.next() >> 11) * 0x1.0p-53;
  auto it = std::upper_bound(state_cdf_.begin(), state_cdf_.end(), u);
  return std::min(static_cast<std::size_t>(it - state_cdf_.begin()), states_.size() - 1);
}

std::size_t corpus_generator::home_state(std::size_t person) const {
  rng r(options_.seed * 0x9e3779b97f4a7c15ull + person);
  return zipf_state(r);
}

filled_sentence corpus_generator::random_sentence(const sentence_template& t) {
  // People: now and then someone new, mostly someone recently in the news; nobody twice in one
  // article (a person named again later in an article loses the role in apposition there, an
  // extractor bug). Everyone has a home state, which their templates name as A (B for Q): the
  // ambassador of, the spokesman of, detained by.
  const std::size_t wanted =
      (t.text.find("{P}") != std::string_view::npos) + (t.text.find("{Q}") != std::string_view::npos);
  std::vector<std::string> people;
  std::vector<std::size_t> states;
  for (std::size_t tries = 0; people.size() < wanted; ++tries) {
    std::size_t id;
    if (people_ == 0 || tries >= 8 || rng_.chance(0.15)) id = people_++;
    else id = people_ - 1 - rng_.skewed(people_);
    if (article_people_.count(id)) continue;
    std::size_t home = home_state(id);
    if (std::find(states.begin(), states.end(), home) != states.end()) continue;
    article_people_.insert(id);
    people.push_back(person_name(id));
    states.push_back(home);
  }
  // The other states: distinct, a few of them in most of the news (Zipf).
  while (states.size() < 3) {
    std::size_t s = zipf_state(rng_);
    char slot = static_cast<char>('A' + states.size());
    if (!states_[s].bare && t.bare.find(slot) != std::string_view::npos) continue;
    if (std::find(states.begin(), states.end(), s) == states.end()) states.push_back(s);
  }
  // A voting body for V and an actor body for X.
  std::vector<std::size_t> bodies = {actor_bodies_[rng_.skewed(actor_bodies_.size())],
                                     voting_bodies_[rng_.below(voting_bodies_.size())]};
  // Resolutions: a few new ones a day, the recent ones voted on again and again.
  std::string resolution;
  if (t.text.find("{R}") != std::string_view::npos) {
    std::size_t r;
    if (resolutions_ == 0 || rng_.chance(0.01)) r = resolutions_++;
    else r = resolutions_ - 1 - rng_.skewed(resolutions_);
    resolution = std::to_string(2000 + r);
  }
  return fill(t, states, bodies, people, resolution);
}

document corpus_generator::next() {
  ++index_;
  char id[32];
  std::snprintf(id, sizeof id, "gen-%07zu", index_);
  document d;
  d.id = id;
  last_ = corpus_record{};
  article_people_.clear();
  last_.seed = options_.seed;
  last_.articles = 1;
  d.title = "World news digest " + std::to_string(index_);
  d.date = civil_date(19723 + static_cast<long>((index_ - 1) / 200));  // 2024-01-01, 200 articles a day
  d.url = "https://news.example.org/" + d.id;
  const std::size_t target = rng_.between(options_.min_bytes, options_.max_bytes);
  const auto& ts = templates();
  const auto& fs = fillers();
  while (d.text.size() < target) {
    if (!d.text.empty()) d.text += "\n\n";
    std::size_t n = rng_.between(2, 5);
    for (std::size_t k = 0; k < n; ++k) {
      if (k) d.text += ' ';
      if (rng_.chance(options_.template_share)) {
        filled_sentence s = random_sentence(ts[rng_.below(ts.size())]);
        d.text += s.text;
        for (const auto& node : s.nodes) last_.nodes.insert(node);
        for (const auto& e : s.edges) last_.edges.insert(e);
        for (auto& node : s.nodes) record_.nodes.insert(std::move(node));
        for (auto& e : s.edges) record_.edges.insert(std::move(e));
      } else {
        d.text += fs[rng_.below(fs.size())];
      }
    }
  }
  d.text += '\n';
  // What the lexicon knows: a body is part of the highest body or state above it that the
  // article names ("UN Human Rights Council" part-of "UN General Assembly" when both are named).
  std::set<std::string> named;
  for (const auto& n : last_.nodes) named.insert(n.first);
  for (const auto& [key, type] : last_.nodes) {
    if (type != node_type::body) continue;
    std::string chosen;
    auto up = parent_of_.find(key);
    for (int depth = 0; up != parent_of_.end() && depth < 8; ++depth) {
      if (named.count(up->second)) chosen = up->second;
      up = parent_of_.find(up->second);
    }
    if (!chosen.empty()) {
      edge_tuple e{key, relation::part_of, chosen, mode::asserted};
      last_.edges.insert(e);
      record_.edges.insert(std::move(e));
    }
  }
  ++record_.articles;
  record_.bytes += d.text.size();
  last_.bytes = d.text.size();
  return d;
}

// ---------------------------------------------------------------------------------------------
// The record as JSON.

std::string json_escape(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 8);
  for (char ch : s) {
    unsigned char c = static_cast<unsigned char>(ch);
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      case '\r': out += "\\r"; break;
      default:
        if (c < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          out += buf;
        } else {
          out += ch;
        }
    }
  }
  return out;
}

void corpus_record::write_json(std::ostream& out) const {
  std::map<node_type, std::vector<std::string>> by_type;
  for (const auto& [key, type] : nodes) by_type[type].push_back(key);
  std::map<relation, std::size_t> by_rel;
  for (const auto& e : edges) ++by_rel[std::get<1>(e)];
  out << "{\n  \"seed\": " << seed << ",\n  \"articles\": " << articles << ",\n  \"bytes\": " << bytes
      << ",\n  \"node_count\": " << nodes.size() << ",\n  \"edge_count\": " << edges.size() << ",\n  \"nodes_by_type\": {";
  bool first = true;
  for (const auto& [type, keys] : by_type) {
    out << (first ? "" : ",") << "\n    \"" << name(type) << "\": " << keys.size();
    first = false;
  }
  out << "\n  },\n  \"edges_by_relation\": {";
  first = true;
  for (const auto& [rel, n] : by_rel) {
    out << (first ? "" : ",") << "\n    \"" << name(rel) << "\": " << n;
    first = false;
  }
  out << "\n  },\n  \"nodes\": {";
  first = true;
  for (const auto& [type, keys] : by_type) {
    out << (first ? "" : ",") << "\n    \"" << name(type) << "\": [";
    for (std::size_t i = 0; i < keys.size(); ++i) out << (i ? ", " : "") << '"' << json_escape(keys[i]) << '"';
    out << ']';
    first = false;
  }
  out << "\n  },\n  \"edges\": [";
  first = true;
  for (const auto& [s, r, o, m] : edges) {
    out << (first ? "" : ",") << "\n    [\"" << json_escape(s) << "\", \"" << name(r) << "\", \"" << json_escape(o)
        << "\", \"" << name(m) << "\"]";
    first = false;
  }
  out << "\n  ]\n}\n";
}

}  // namespace newsgraph::bench
