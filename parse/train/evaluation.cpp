#include "parse/train/evaluation.hpp"

#include "parse/train/treebank.hpp"

namespace newsgraph::parse::train {

namespace {

bool is_role(std::string_view rel) noexcept {
  return rel == "nsubj" || rel == "nsubj:pass" || rel == "obj" || rel == "iobj" || rel == "obl:agent";
}

}  // namespace

accuracy evaluate(const model& m, const std::vector<detail::conllu_sentence>& gold) {
  accuracy a;
  std::vector<std::string_view> words;
  std::vector<word_analysis> out;
  for (const auto& s : gold) {
    words.clear();
    for (const auto& w : s.words) words.push_back(w.form);
    m.analyse(words, out);
    for (std::size_t i = 0; i < s.words.size(); ++i) {
      const auto& g = s.words[i];
      ++a.words;
      a.upos += upos_name(out[i].tag) == g.upos;
      a.xpos += m.xpos_name(out[i].xpos) == g.xpos;
      const std::string_view rel = m.rel_name(out[i].rel);
      const bool gold_role = is_role(g.deprel), predicted_role = is_role(rel);
      a.roles_gold += gold_role;
      a.roles_predicted += predicted_role;
      a.roles_right += gold_role && predicted_role && rel == g.deprel && out[i].head == g.head;
      if (out[i].head == g.head) {
        ++a.heads;
        a.labelled += m.rel_name(out[i].rel) == normalise_relation(g.deprel);
      }
    }
  }
  return a;
}

}  // namespace newsgraph::parse::train
