#include "extract/detail/clauses.hpp"

#include <algorithm>

#include "extract/detail/grammar.hpp"

namespace newsgraph::detail {
namespace {

constexpr std::uint32_t none = static_cast<std::uint32_t>(-1);

bool is_relative_pronoun(std::string_view f) { return f == "who" || f == "which" || f == "that" || f == "whom"; }
bool is_negation(std::string_view f) { return f == "not" || f == "n't" || f == "never" || f == "neither"; }
// A subject or object that says no one did it or had it done: "neither" ("neither side",
// "recognised neither X nor Y"), "none", "nobody", "no" ("no state objected").
bool is_negative_quantifier(std::string_view f) { return f == "neither" || f == "none" || f == "nobody" || f == "no"; }

bool has(const std::vector<argument>& args, role r) {
  return std::any_of(args.begin(), args.end(), [r](const argument& a) { return a.kind == r; });
}

// The first argument of a role, if any.
const argument* first_of(const std::vector<argument>& args, role r) {
  for (const auto& a : args)
    if (a.kind == r) return &a;
  return nullptr;
}

}  // namespace

std::string_view role_name(role r) noexcept {
  switch (r) {
    case role::subject: return "nsubj";
    case role::passive_subject: return "nsubj:pass";
    case role::object: return "obj";
    case role::indirect_object: return "iobj";
    case role::agent: return "obl:agent";
    case role::oblique: return "obl";
  }
  return "obl";
}

std::vector<std::uint32_t> clause_analysis::with_conjuncts(std::uint32_t w) const {
  std::vector<std::uint32_t> out{w};
  // Conjuncts hang from the first one, and from each other in a chain: follow both.
  for (std::size_t k = 0; k < out.size() && out.size() <= parse.size(); ++k)
    for (std::uint32_t c : kids[out[k]])
      if (links[c] == link::conjunct) out.push_back(c);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

clause_parser::ids clause_parser::look_up(const parse::model& m) {
  return {m.rel_id("nsubj"),    m.rel_id("nsubj:pass"), m.rel_id("obj"),       m.rel_id("iobj"),     m.rel_id("obl"),
          m.rel_id("obl:agent"), m.rel_id("nmod"),      m.rel_id("nmod:poss"), m.rel_id("case"),     m.rel_id("aux:pass"),
          m.rel_id("conj"),     m.rel_id("xcomp"),      m.rel_id("advcl"),     m.rel_id("acl"),      m.rel_id("acl:relcl"),
          m.rel_id("mark"),     m.rel_id("appos"),      m.rel_id("compound"),  m.rel_id("amod"),     m.xpos_id("VBN"),
          m.xpos_id("VBG")};
}

clause_parser::clause_parser(const parse::model& m) : model_(m), rel_(look_up(m)) {}

void clause_parser::analyse(std::span<const std::string_view> words, std::span<const std::string_view> folded,
                            clause_analysis& out) const {
  const ids& rel = rel_;
  const std::uint32_t n = static_cast<std::uint32_t>(words.size());
  model_.analyse(words, out.parse);
  out.args.assign(n, {});
  out.passive.assign(n, 0);
  out.negated.assign(n, 0);
  out.links.assign(n, link::other);
  out.kids.assign(n, {});
  auto rel_of = [&](std::uint32_t w) { return static_cast<int>(out.parse[w].rel); };
  auto head_of = [&](std::uint32_t w) {
    return out.parse[w].head < 0 ? none : static_cast<std::uint32_t>(out.parse[w].head);
  };
  auto penn_is = [&](std::uint32_t w, int tag) { return static_cast<int>(out.parse[w].xpos) == tag; };

  // The preposition of each phrase ("on" in "on Russia"), and the marks of clauses ("to").
  std::vector<std::int32_t> marker(n, -1);
  std::vector<std::uint8_t> to_mark(n, 0);
  for (std::uint32_t w = 0; w < n; ++w) {
    const std::uint32_t h = head_of(w);
    if (h == none) continue;
    const int r = rel_of(w);
    if (r == rel.case_ && marker[h] < 0) marker[h] = static_cast<std::int32_t>(w);
    if (r == rel.mark && folded[w] == "to") to_mark[h] = 1;
    if (r == rel.aux_pass || r == rel.nsubj_pass || r == rel.obl_agent) out.passive[h] = 1;
    if (is_negation(folded[w])) out.negated[h] = 1;
    if (r == rel.conj) out.links[w] = link::conjunct;
    else if (r == rel.appos) out.links[w] = link::apposition;
    else if (r == rel.nmod_poss) out.links[w] = link::possessor;
    else if (r == rel.compound || r == rel.amod) out.links[w] = link::modifier;
    out.kids[h].push_back(w);
  }
  // A participle modifying a noun is passive in the past ("the sanctions imposed by X").
  for (std::uint32_t w = 0; w < n; ++w)
    if (rel_of(w) == rel.acl && penn_is(w, rel.past_participle)) out.passive[w] = 1;

  // The phrases that say no one: "no state", "none of them", "neither side"; but "no fewer
  // than 30 states" and "13 votes to none" are numbers, "by no means" and "no longer" adverbs.
  auto says_no_one = [&](std::uint32_t k) {
    if (!is_negative_quantifier(folded[k])) return false;
    if (k > 0 && folded[k] == "none" && folded[k - 1] == "to") return false;
    const std::string_view next = k + 1 < n ? folded[k + 1] : std::string_view();
    return !(next == "fewer" || next == "less" || next == "more" || next == "means" || next == "longer");
  };
  // Both negate the predicate they fill a role of; "Neither X nor Y" names X and Y all the same.
  std::vector<std::uint8_t> no_one(n, 0), negates(n, 0);
  for (std::uint32_t w = 0; w < n; ++w) {
    const bool coordinated =
        std::any_of(out.kids[w].begin(), out.kids[w].end(), [&](std::uint32_t k) { return rel_of(k) == rel.conj; });
    auto mark = [&](std::uint32_t k) {
      if (!says_no_one(k)) return;
      negates[w] = 1;
      if (!(coordinated && folded[k] == "neither")) no_one[w] = 1;
    };
    mark(w);
    for (std::uint32_t k : out.kids[w])
      if (k < w) mark(k);
  }

  // The roles the parse states.
  for (std::uint32_t w = 0; w < n; ++w) {
    const std::uint32_t h = head_of(w);
    if (h == none) continue;
    const int r = rel_of(w);
    argument a{w, role::subject, -1, false, false};
    if (r == rel.nsubj || r == rel.nsubj_pass || r == rel.obj) {
      a.kind = r == rel.nsubj ? role::subject : r == rel.obj ? role::object : role::passive_subject;
      a.no_one = no_one[w] != 0;
      if (negates[w]) out.negated[h] = 1;
    } else if (r == rel.iobj) {
      a.kind = role::indirect_object;
    } else if (r == rel.obl_agent) {
      a.kind = role::agent;
      a.marker = marker[w];
    } else if (r == rel.obl || r == rel.nmod) {
      a.marker = marker[w];
      if (a.marker < 0) continue;
      // "by X" after a passive verb is its agent, though the parse may call it an oblique.
      a.kind = folded[static_cast<std::uint32_t>(a.marker)] == "by" && out.passive[h] ? role::agent : role::oblique;
      a.derived = a.kind == role::agent;
    } else if (r == rel.nmod_poss) {
      a.kind = role::subject;  // "China's opposition": the possessor of a nominal predicate
      a.derived = true;
    } else {
      continue;
    }
    out.args[h].push_back(a);
  }

  // The roles the parse leaves implicit, heads before their dependents.
  std::vector<std::uint32_t> order;  // breadth first from the roots: every head before its dependents
  order.reserve(n);
  for (std::uint32_t w = 0; w < n; ++w)
    if (head_of(w) == none) order.push_back(w);
  for (std::size_t k = 0; k < order.size(); ++k)
    for (std::uint32_t c : out.kids[order[k]]) order.push_back(c);
  auto add = [&](std::uint32_t w, std::uint32_t filler, role kind) {
    if (filler == w) return;
    for (const auto& a : out.args[w])
      if (a.word == filler && a.kind == kind) return;
    out.args[w].push_back({filler, kind, -1, true, no_one[filler] != 0});
    if (negates[filler] && (kind == role::subject || kind == role::passive_subject || kind == role::object)) out.negated[w] = 1;
  };
  auto grammatical_subject = [&](std::uint32_t h) -> const argument* {
    if (const argument* s = first_of(out.args[h], role::subject); s && !(s->derived && rel_of(s->word) == rel.nmod_poss))
      return s;
    return first_of(out.args[h], role::passive_subject);
  };
  for (std::uint32_t w : order) {
    const std::uint32_t h = head_of(w);
    if (h == none) continue;
    const int r = rel_of(w);
    auto& args = out.args[w];
    const role subject_role = out.passive[w] ? role::passive_subject : role::subject;
    const bool has_subject = has(args, role::subject) || has(args, role::passive_subject);
    if (r == rel.relcl) {
      // "the state that vetoed it", "the resolution which Russia vetoed": the relative
      // pronoun stands for the noun the clause modifies.
      bool replaced = false;
      for (std::size_t k = 0, count = args.size(); k < count; ++k)
        if (!args[k].derived && is_relative_pronoun(folded[args[k].word])) {
          replaced = true;
          add(w, h, args[k].kind);
        }
      if (!replaced) {
        if (!has_subject) add(w, h, subject_role);
        else if (!out.passive[w] && !has(args, role::object)) add(w, h, role::object);
      }
    } else if (r == rel.acl) {
      // "the sanctions imposed by X": the noun undergoes a past participle, does a present one.
      if (!has_subject && (penn_is(w, rel.past_participle) || penn_is(w, rel.present_participle))) add(w, h, subject_role);
      // "Chile's refusal to sanction X", "Iran's decision to expel": whose the noun is, does it.
      else if (!has_subject && to_mark[w])
        for (const argument& a : out.args[h])
          if (a.kind == role::subject && a.derived && rel_of(a.word) == rel.nmod_poss) {
            add(w, a.word, subject_role);
            break;
          }
    } else if (r == rel.conj && !has_subject) {
      // "X condemned the attack and called on Y": the second verb shares the first's subject.
      if (const argument* s = grammatical_subject(h); s && (out.parse[w].tag == parse::upos::verb || !args.empty()))
        add(w, s->word, subject_role);
    } else if (r == rel.xcomp && (out.parse[w].tag == parse::upos::propn || out.parse[w].tag == parse::upos::noun) &&
               w == h + 1 && !has(out.args[h], role::object)) {
      add(h, w, role::object);  // "blamed Armenia" parsed as a predicate complement right after it: its object
    } else if ((r == rel.xcomp || (r == rel.advcl && to_mark[w])) && !has_subject) {
      // "urged Russia to withdraw", "called on Japan to withdraw": the object controls the
      // infinitive (whether the parse calls it xcomp or advcl); "decided to act": the subject,
      // also past a date ("vowed on Monday to act").
      const argument* c = first_of(out.args[h], role::object);
      if (!c) c = first_of(out.args[h], role::indirect_object);  // "urged the OAS to act" parsed as ditransitive
      if (!c)
        for (const auto& a : out.args[h])
          if (a.kind == role::oblique && a.marker >= 0 && !is(word_class::calendar, folded[a.word]) &&
              (folded[static_cast<std::uint32_t>(a.marker)] == "on" || folded[static_cast<std::uint32_t>(a.marker)] == "upon")) {
            c = &a;
            break;
          }
      if (!c) c = grammatical_subject(h);
      if (c) add(w, c->word, subject_role);
    }
    // "X condemned, and Y denounced, the annexation": the object after the second verb is
    // the first's too.
    if (r == rel.conj && h + 1 < n && words[h + 1] == "," && !has(out.args[h], role::object))
      if (const argument* o = first_of(args, role::object); o && o->word > w) add(h, o->word, role::object);
  }
}

std::string dump(const clause_analysis& a, std::span<const std::string_view> words) {
  std::string out;
  for (std::uint32_t w = 0; w < a.args.size(); ++w) {
    if (a.passive[w]) out += std::to_string(w + 1) + ':' + std::string(words[w]) + " passive\n";
    if (a.negated[w]) out += std::to_string(w + 1) + ':' + std::string(words[w]) + " negated\n";
    for (const auto& arg : a.args[w]) {
      out += std::to_string(w + 1) + ':' + std::string(words[w]) + ' ' + std::string(role_name(arg.kind));
      if (arg.kind == role::oblique && arg.marker >= 0) out += ':' + std::string(words[static_cast<std::uint32_t>(arg.marker)]);
      if (arg.derived) out += '*';
      out += ' ' + std::to_string(arg.word + 1) + ':' + std::string(words[arg.word]);
      out += arg.no_one ? "!\n" : "\n";
    }
  }
  return out;
}

}  // namespace newsgraph::detail
