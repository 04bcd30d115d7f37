// newsgraph_train_parser: trains the tagger and the parser on CoNLL-U treebanks and writes
// the model file.
//
//   newsgraph_train_parser --train A.conllu [--train B.conllu ...] --dev D.conllu [...] -o OUT
//       [--tagger-epochs N] [--parser-epochs N] [--folds K] [--explore P] [--min-updates N] [--seed S]
//       [--select las|roles|roles-mean] [--tagger-passes 1|2]
//
// A training file given twice counts twice (its sentences are seen twice an epoch). Prints
// the dev accuracy (and the clause roles F1 of ../shared/eval/roles.py) after every epoch; keeps
// the tagger epoch of the best dev UPOS and the parser epoch of the best dev figure --select names.
// With --tagger-passes 2 a second tagger pass, which sees the first pass's tags of the words to
// its right, is trained on the first pass's jackknifed tags.
// Deterministic: the same files and options give the same model.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include "parse/detail/model_file.hpp"
#include "parse/detail/parser_features.hpp"
#include "parse/detail/tagger.hpp"
#include "parse/train/evaluation.hpp"
#include "parse/train/parser_trainer.hpp"
#include "parse/train/tagger_trainer.hpp"
#include "parse/train/treebank.hpp"

namespace {

using namespace newsgraph::parse;

struct options {
  std::vector<std::string> train, dev;
  std::string output;
  int tagger_epochs = 10, parser_epochs = 15, folds = 4, min_updates = 2, tagger_passes = 1;
  double explore = 0.9;
  unsigned long long seed = 1;
  std::string select = "las";  ///< las, roles (pooled dev roles F1) or roles-mean (mean over the dev files)
};

[[noreturn]] void usage(const std::string& problem) {
  std::cerr << "newsgraph_train_parser: " << problem << "\n"
            << "usage: newsgraph_train_parser --train FILE... --dev FILE... -o MODEL [--tagger-epochs N]\n"
               "       [--parser-epochs N] [--folds K] [--explore P] [--min-updates N] [--seed S]\n"
               "       [--select las|roles|roles-mean] [--tagger-passes 1|2]\n"
               "A training file given twice counts twice. --select: the parser epoch kept is the one of the\n"
               "best dev LAS (las, the default), dev roles F1 (roles) or mean of the dev files' roles F1.\n";
  std::exit(2);
}

options parse_options(int argc, char** argv) {
  options o;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= argc) usage(arg + " needs a value");
      return argv[++i];
    };
    if (arg == "--train") o.train.push_back(value());
    else if (arg == "--dev") o.dev.push_back(value());
    else if (arg == "-o" || arg == "--output") o.output = value();
    else if (arg == "--tagger-epochs") o.tagger_epochs = std::stoi(value());
    else if (arg == "--parser-epochs") o.parser_epochs = std::stoi(value());
    else if (arg == "--folds") o.folds = std::stoi(value());
    else if (arg == "--explore") o.explore = std::stod(value());
    else if (arg == "--min-updates") o.min_updates = std::stoi(value());
    else if (arg == "--seed") o.seed = std::stoull(value());
    else if (arg == "--select") o.select = value();
    else if (arg == "--tagger-passes") o.tagger_passes = std::stoi(value());
    else usage("unknown argument " + arg);
  }
  if (o.train.empty() || o.output.empty()) usage("--train and -o are required");
  if (o.tagger_passes != 1 && o.tagger_passes != 2) usage("--tagger-passes is 1 or 2");
  if (o.select != "las" && o.select != "roles" && o.select != "roles-mean") usage("--select is las, roles or roles-mean");
  return o;
}

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

struct dev_set {
  std::string name;
  std::vector<detail::conllu_sentence> sentences;
};

// The tagger trained on `sentences`, shuffled by `random` before each of `epochs` passes;
// `report` is called after each epoch with the frozen weights.
template <class Report>
detail::weight_table train_tagger(std::vector<train::tagger_input> sentences, std::size_t classes,
                                  int epochs, std::uint64_t least_updates, std::mt19937_64& random, Report report) {
  train::tagger_trainer t(classes);
  for (int e = 1; e <= epochs; ++e) {
    std::shuffle(sentences.begin(), sentences.end(), random);
    t.train_epoch(sentences);
    report(e, t);
  }
  return t.freeze(least_updates);
}

}  // namespace

int main(int argc, char** argv) try {
  const options opt = parse_options(argc, argv);
  const auto start = std::chrono::steady_clock::now();
  std::mt19937_64 random(opt.seed);

  // Each file once, with the number of times it was given.
  std::vector<std::pair<std::string, int>> files;
  for (const auto& f : opt.train) {
    auto it = std::find_if(files.begin(), files.end(), [&](const auto& x) { return x.first == f; });
    if (it == files.end()) files.emplace_back(f, 1);
    else ++it->second;
  }
  std::vector<detail::conllu_sentence> train_conllu;
  std::vector<int> conllu_repeat;
  for (const auto& [f, times] : files) {
    auto s = detail::read_conllu_file(f);
    std::cout << f << ": " << s.size() << " sentences, seen " << times << " times an epoch\n";
    conllu_repeat.insert(conllu_repeat.end(), s.size(), times);
    train_conllu.insert(train_conllu.end(), std::make_move_iterator(s.begin()), std::make_move_iterator(s.end()));
  }
  std::vector<dev_set> devs;
  for (const auto& f : opt.dev) devs.push_back({f, detail::read_conllu_file(f)});

  std::vector<const detail::conllu_sentence*> all;
  for (const auto& s : train_conllu) all.push_back(&s);
  const train::inventory inv = train::build_inventory(all);
  std::vector<train::training_sentence> sentences;
  std::vector<int> repeat;
  for (std::size_t i = 0; i < train_conllu.size(); ++i)
    if (auto t = train::make_training_sentence(train_conllu[i], inv)) {
      sentences.push_back(std::move(*t));
      repeat.push_back(conllu_repeat[i]);
    }
  std::size_t words = 0;
  for (const auto& s : sentences) words += s.size();
  std::cout << sentences.size() << " training sentences (" << train_conllu.size() - sentences.size()
            << " left out), " << words << " words; " << inv.tag_classes.size() << " tag classes, "
            << inv.xpos_names.size() << " Penn tags, " << inv.rel_names.size() << " relations\n";

  auto data = std::make_shared<detail::model_data>();
  data->xpos_names = inv.xpos_names;
  data->rel_names = inv.rel_names;
  data->tag_classes = inv.tag_classes;
  data->root_rel = inv.root_rel;
  data->extra_root_rel = inv.extra_root_rel;
  data->class_kinds = detail::kinds_of(inv.tag_classes);
  const std::size_t classes = inv.tag_classes.size();

  double mean_roles = 0;  // of the last evaluate_all
  auto evaluate_all = [&](const detail::model_data& d) {
    const model m(std::make_shared<const detail::model_data>(d));
    train::accuracy total;
    mean_roles = 0;
    for (const auto& dev : devs) {
      const auto a = train::evaluate(m, dev.sentences);
      std::printf("  %s: UPOS %.4f XPOS %.4f UAS %.4f LAS %.4f roles F1 %.4f\n", dev.name.c_str(), a.upos_rate(),
                  a.xpos_rate(), a.uas(), a.las(), a.roles_f1());
      total += a;
      mean_roles += a.roles_f1() / static_cast<double>(devs.size());
    }
    return total;
  };

  // Tags for training the parser, each sentence tagged by a tagger that did not see it; with
  // two passes, the second pass is trained on (and jackknifed over) the first pass's
  // jackknifed classes.
  std::vector<std::vector<std::uint8_t>> tags(sentences.size()), first(sentences.size());
  auto inputs = [&](auto keep) {
    std::vector<train::tagger_input> in;
    for (std::size_t i = 0; i < sentences.size(); ++i)
      if (keep(i))
        in.insert(in.end(), repeat[i], train::tagger_input{&sentences[i], first[i].empty() ? nullptr : first[i].data()});
    return in;
  };
  auto jackknife = [&](bool second) {
    for (int f = 0; f < opt.folds; ++f) {
      const auto rest = inputs([&](std::size_t i) { return static_cast<int>(i % opt.folds) != f; });
      const auto fold_tagger = train_tagger(rest, classes, opt.tagger_epochs, opt.min_updates, random, [](int, auto&) {});
      std::size_t right = 0, seen = 0;
      for (std::size_t i = f; i < sentences.size(); i += opt.folds) {
        tags[i].resize(sentences[i].size());
        if (second)
          detail::tag_words2(fold_tagger, classes, sentences[i].keys(), first[i].data(), sentences[i].size(), tags[i].data());
        else
          detail::tag_words(fold_tagger, classes, sentences[i].keys(), sentences[i].size(), tags[i].data());
        for (std::size_t k = 0; k < tags[i].size(); ++k) right += tags[i][k] == sentences[i].classes[k];
        seen += tags[i].size();
      }
      std::printf("jackknife%s fold %d/%d: class accuracy %.4f (%.0f s)\n", second ? " (second pass)" : "", f + 1,
                  opt.folds, static_cast<double>(right) / seen, seconds_since(start));
      std::fflush(stdout);
    }
  };
  if (opt.folds >= 2) jackknife(false);

  auto train_final = [&](detail::weight_table& table, const char* name) {
    double best_upos = -1;
    detail::weight_table best;
    table = train_tagger(inputs([](std::size_t) { return true; }), classes, opt.tagger_epochs, opt.min_updates, random,
                         [&](int e, const train::tagger_trainer& t) {
      table = t.freeze(opt.min_updates);
      std::printf("%s epoch %d (%.0f s)\n", name, e, seconds_since(start));
      std::fflush(stdout);
      const auto a = evaluate_all(*data);
      if (a.upos_rate() >= best_upos) {
        best_upos = a.upos_rate();
        best = table;
      }
    });
    table = best;
  };
  train_final(data->tagger, "tagger");
  if (opt.folds < 2)
    for (std::size_t i = 0; i < sentences.size(); ++i) {
      tags[i].resize(sentences[i].size());
      detail::tag_words(data->tagger, classes, sentences[i].keys(), sentences[i].size(), tags[i].data());
    }
  if (opt.tagger_passes == 2) {
    first = tags;
    if (opt.folds >= 2) jackknife(true);
    train_final(data->tagger2, "tagger second pass");
    if (opt.folds < 2)
      for (std::size_t i = 0; i < sentences.size(); ++i)
        detail::tag_words2(data->tagger2, classes, sentences[i].keys(), first[i].data(), sentences[i].size(), tags[i].data());
  }

  train::parser_trainer parser(inv.rel_names.size(), inv.root_rel, data->class_kinds);
  std::vector<std::size_t> indices;
  for (std::size_t i = 0; i < sentences.size(); ++i) indices.insert(indices.end(), repeat[i], i);
  double best_las = -1, best_score = -1;
  int best_epoch = 0;
  detail::weight_table best_parser;
  for (int e = 1; e <= opt.parser_epochs; ++e) {
    std::shuffle(indices.begin(), indices.end(), random);
    const double explore = e > 1 ? opt.explore : 0.0;
    std::size_t right = 0;
    for (std::size_t i : indices) right += parser.train_sentence(sentences[i], tags[i].data(), explore, random);
    data->parser = parser.freeze(opt.min_updates);
    std::printf("parser epoch %d: %zu features, %zu weights (%.0f s)\n", e, data->parser.size(),
                data->parser.weights(), seconds_since(start));
    const auto a = evaluate_all(*data);
    std::printf("  all dev: UPOS %.4f UAS %.4f LAS %.4f roles F1 %.4f (mean %.4f)\n", a.upos_rate(), a.uas(), a.las(),
                a.roles_f1(), mean_roles);
    const double score = opt.select == "las" ? a.las() : opt.select == "roles" ? a.roles_f1() : mean_roles;
    if (score >= best_score) {
      best_score = score;
      best_las = a.las();
      best_epoch = e;
      best_parser = data->parser;
    }
    std::fflush(stdout);
  }
  data->parser = best_parser;
  const std::string bytes = detail::write_model(*data);
  std::ofstream out(opt.output, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  out.close();
  if (!out) throw std::runtime_error(opt.output + ": cannot write");
  std::printf("wrote %s (%zu bytes), parser of epoch %d (dev LAS %.4f, %s %.4f), in %.0f s\n", opt.output.c_str(),
              bytes.size(), best_epoch, best_las, opt.select.c_str(), best_score, seconds_since(start));
  return 0;
} catch (const std::exception& e) {
  std::cerr << "newsgraph_train_parser: " << e.what() << "\n";
  return 1;
}
