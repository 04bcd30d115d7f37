// The extractor's layers made visible: `newsgraph explain`, and the clause roles of a
// treebank's sentences for ../shared/eval/roles.py.
#include <istream>
#include <ostream>
#include <string>
#include <vector>

#include "extract/detail/clauses.hpp"
#include "extract/detail/extractor_impl.hpp"
#include "extract/detail/reader.hpp"
#include "extract/detail/text.hpp"
#include "graph/ontology.hpp"
#include "parse/detail/conllu.hpp"

namespace newsgraph {
namespace {

// A predicate whose derived roles a treebank would count: not a noun ("China's opposition":
// the possessor is the clause layer's subject, not the treebank's).
bool verbal(parse::upos t) { return t != parse::upos::noun && t != parse::upos::propn && t != parse::upos::pron; }

}  // namespace

std::string extractor::explain(const document& doc) const {
  detail::article a;
  a.doc = &doc;
  detail::reader r(impl_->index, impl_->clause_layer(), a);
  r.read();
  std::string out = "article " + doc.id + '\n';
  std::vector<std::string_view> words, folded;
  detail::clause_analysis c;
  for (std::size_t s = 0; s < a.sentences.size(); ++s) {
    const auto& sen = a.sentences[s];
    out += "sentence " + std::to_string(s + 1) + ": " + std::string(a.text.substr(sen.begin, sen.end - sen.begin)) + '\n';
    r.parser_input(s, words, folded);
    impl_->clauses.analyse(words, folded, c);
    out += "  tokens:";
    for (std::size_t w = 0; w < words.size(); ++w)
      out += ' ' + std::to_string(w + 1) + ':' + std::string(words[w]) + '/' + std::string(parse::upos_name(c.parse[w].tag));
    out += '\n';
    for (const auto& m : a.mentions[s]) {
      const auto& n = a.entities[static_cast<std::size_t>(m.ent)].n;
      out += "  mention " + std::to_string(m.first - sen.first + 1) + '-' + std::to_string(m.last - sen.first) + ' ' +
             std::string(a.text.substr(a.tokens[m.first].begin, a.tokens[m.last - 1].end - a.tokens[m.first].begin)) +
             " = " + n.key + ' ' + std::string(name(n.type)) + (m.possessive ? " possessive" : "") +
             (m.modifier ? " modifier" : "") + '\n';
    }
    const std::string roles = detail::dump(c, words);
    for (std::size_t at = 0; at < roles.size();) {
      const std::size_t nl = roles.find('\n', at);
      out += "  role " + roles.substr(at, nl - at) + '\n';
      at = nl + 1;
    }
    for (const auto& r : a.readings)
      if (r.sentence == s)
        out += "  reading " + a.entities[static_cast<std::size_t>(r.subject)].n.key + ' ' + std::string(name(r.rel)) + ' ' +
               a.entities[static_cast<std::size_t>(r.object)].n.key + " (" + std::string(name(r.mod)) + ") trigger \"" +
               r.trigger + "\" rule " + std::string(r.rule) + '\n';
  }
  return out;
}

void extractor::explain_conllu(std::istream& in, const std::string& name, std::ostream& out) const {
  std::size_t line_number = 0;
  std::vector<std::string_view> words, folded;
  std::vector<std::string> folded_words;
  detail::clause_analysis c;
  while (auto s = parse::detail::read_conllu(in, name, line_number)) {
    words.clear();
    folded_words.clear();
    for (const auto& w : s->words) {
      words.push_back(w.form);
      folded_words.push_back(detail::fold(w.form));
    }
    folded.assign(folded_words.begin(), folded_words.end());
    impl_->clauses.analyse(words, folded, c);
    // Per word: the role it fills in the parse (HEAD, DEPREL), and every role (DEPS).
    std::vector<std::string> head(words.size(), "_"), rel(words.size(), "_"), deps(words.size());
    for (std::uint32_t p = 0; p < c.args.size(); ++p) {
      for (const auto& arg : c.args[p]) {
        if (arg.kind == detail::role::oblique || (arg.derived && !verbal(c.parse[p].tag))) continue;
        const std::string h = std::to_string(p + 1), r(detail::role_name(arg.kind));
        if (!arg.derived && rel[arg.word] == "_") {
          head[arg.word] = h;
          rel[arg.word] = r;
        }
        deps[arg.word] += (deps[arg.word].empty() ? "" : "|") + h + ':' + r;
      }
    }
    std::size_t next = 0;
    for (std::size_t i = 0; i < s->lines.size(); ++i) {
      if (next >= s->words.size() || s->words[next].line != i) {
        out << s->lines[i] << '\n';
        continue;
      }
      const std::size_t w = next++;
      auto fields = parse::detail::split_tabs(s->lines[i]);
      fields[3] = parse::upos_name(c.parse[w].tag);
      fields[4] = impl_->model.xpos_name(c.parse[w].xpos);
      fields[6] = head[w];
      fields[7] = rel[w];
      fields[8] = deps[w].empty() ? std::string_view("_") : std::string_view(deps[w]);
      for (std::size_t f = 0; f < fields.size(); ++f) out << (f ? "\t" : "") << fields[f];
      out << '\n';
    }
    out << '\n';
  }
}

}  // namespace newsgraph
