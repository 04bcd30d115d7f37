#include "parse/train/treebank.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <set>
#include <stdexcept>

namespace newsgraph::parse::train {

namespace {

constexpr std::array<std::string_view, 13> kept_subtypes = {
    "nsubj:pass", "obl:agent", "nmod:poss", "acl:relcl", "aux:pass", "compound:prt", "csubj:pass",
    "obl:tmod", "obl:npmod", "nmod:tmod", "det:predet", "cc:preconj", "expl:pv"};

int index_of(const std::vector<std::string>& names, std::string_view name) noexcept {
  const auto it = std::find(names.begin(), names.end(), name);
  return it == names.end() ? -1 : static_cast<int>(it - names.begin());
}

}  // namespace

std::string normalise_relation(std::string_view deprel) {
  if (std::find(kept_subtypes.begin(), kept_subtypes.end(), deprel) != kept_subtypes.end()) return std::string(deprel);
  return std::string(deprel.substr(0, deprel.find(':')));
}

std::optional<upos> upos_from_name(std::string_view name) noexcept {
  for (std::size_t i = 0; i < upos_count; ++i)
    if (upos_name(static_cast<upos>(i)) == name) return static_cast<upos>(i);
  return std::nullopt;
}

int inventory::tag_class_of(std::string_view upos_tag, std::string_view xpos) const noexcept {
  const auto tag = upos_from_name(upos_tag);
  const int x = index_of(xpos_names, xpos);
  if (!tag || x < 0) return -1;
  for (std::size_t c = 0; c < tag_classes.size(); ++c)
    if (tag_classes[c].tag == *tag && tag_classes[c].xpos == x) return static_cast<int>(c);
  return -1;
}

int inventory::rel_of(std::string_view rel) const noexcept { return index_of(rel_names, rel); }

inventory build_inventory(const std::vector<const detail::conllu_sentence*>& sentences) {
  std::set<std::string> xpos, rels;
  std::set<std::pair<std::string, std::string>> pairs;
  for (const auto* s : sentences)
    for (const auto& w : s->words) {
      if (!upos_from_name(w.upos)) throw std::runtime_error("unknown UPOS '" + w.upos + "'");
      xpos.insert(w.xpos);
      pairs.emplace(w.upos, w.xpos);
      rels.insert(normalise_relation(w.deprel));
    }
  inventory inv;
  inv.xpos_names.assign(xpos.begin(), xpos.end());
  inv.rel_names.assign(rels.begin(), rels.end());
  if (inv.xpos_names.size() > 255 || pairs.size() > 254 || inv.rel_names.size() > 64)
    throw std::runtime_error("too many tags or relations for the model");
  for (const auto& [u, x] : pairs)
    inv.tag_classes.push_back({*upos_from_name(u), static_cast<std::uint8_t>(index_of(inv.xpos_names, x))});
  const int root = inv.rel_of("root");
  if (root < 0) throw std::runtime_error("the training files have no root relation");
  inv.root_rel = static_cast<std::uint8_t>(root);
  int extra = inv.rel_of("parataxis");
  if (extra < 0) extra = inv.rel_of("dep");
  inv.extra_root_rel = static_cast<std::uint8_t>(extra < 0 ? root : extra);
  return inv;
}

std::optional<training_sentence> make_training_sentence(const detail::conllu_sentence& s, const inventory& inv) {
  training_sentence t;
  const std::size_t n = s.words.size();
  if (n == 0) return std::nullopt;
  t.padded_keys.reserve(n + 4);
  t.padded_keys.assign(2, detail::boundary_keys());
  int roots = 0;
  for (const auto& w : s.words) {
    const int c = inv.tag_class_of(w.upos, w.xpos);
    const int r = inv.rel_of(normalise_relation(w.deprel));
    if (c < 0 || r < 0 || w.head >= static_cast<std::int32_t>(n)) return std::nullopt;
    if (w.head < 0 && w.deprel != "root") return std::nullopt;
    roots += w.head < 0;
    t.padded_keys.push_back(detail::make_word_keys(w.form));
    t.classes.push_back(static_cast<std::uint8_t>(c));
    t.heads.push_back(w.head < 0 ? static_cast<std::int32_t>(n) : w.head);
    t.labels.push_back(static_cast<std::uint8_t>(r));
  }
  if (roots != 1) return std::nullopt;
  t.padded_keys.push_back(detail::boundary_keys());
  t.padded_keys.push_back(detail::boundary_keys());
  return t;
}

}  // namespace newsgraph::parse::train
