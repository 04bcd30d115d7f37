#include "cli/options.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <thread>

#include "exporters/reader.hpp"
#include "ingest/ingest.hpp"

namespace newsgraph::cli {
namespace {

constexpr const char* exit_codes_help =
    "Exit codes:\n"
    "  0  success: the graph was written\n"
    "  1  bad input: a missing or unreadable input, a bad --lexicon file, an output that cannot be\n"
    "     written, or no article that could be read; the message names the file. No output file is\n"
    "     created or replaced.\n"
    "  2  usage: the command line is wrong (unknown option, bad value, missing argument)\n";

constexpr const char* output_help =
    "Output: -f may be repeated (-f graphml -f dot) or comma-separated (-f graphml,dot), in any case;\n"
    "a format named twice is written once. Without -f the format is the one -o's extension names\n"
    "(.graphml, .jsonld, .dot, .nt, .gexf), GraphML when -o has no extension; another extension\n"
    "(-o g.svg) is an error, and so is one that names another format than -f (-o g.dot -f graphml).\n"
    "With one format, -o names the file (none, or -o -, is standard output). With several formats,\n"
    "-o is a path stem and each format gets its extension: -o out/week -f graphml -f dot writes\n"
    "out/week.graphml and out/week.dot. Every file is written to a temporary file in the same\n"
    "directory and renamed into place when all are complete: a failed run never leaves a\n"
    "half-written file, and never replaces a good one.\n"
    "\n"
    "Filters (applied to the finished graph, in this order): --types keeps nodes of those types and\n"
    "the edges between them; --relations and --min-weight keep those edges and drop the nodes they\n"
    "leave without one; --top N keeps the N nodes of highest degree and the edges between them.\n";

// A whole number of at least 1 (after any unit was applied), with a message that says so.
const CLI::Validator at_least_one(
    [](std::string& value) -> std::string {
      const bool digits = !value.empty() && value.find_first_not_of("0123456789") == std::string::npos;
      if (!digits || value.find_first_not_of('0') == std::string::npos) return "must be a whole number of at least 1";
      return {};
    },
    "");

// A finite number: "nan" and "inf" would keep no edge, or every one, without saying so.
const CLI::Validator finite_number(
    [](std::string& value) -> std::string {
      double x = 0;
      const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), x);
      if (ec != std::errc{} || end != value.data() + value.size() || !std::isfinite(x)) return "must be a finite number";
      return {};
    },
    "");

void add_output_options(CLI::App& cmd, output_options& o) {
  cmd.add_option("-f,--format", o.formats, "Output format: graphml (default), jsonld, dot, nt, gexf; repeatable")
      ->type_name("FORMAT")
      ->delimiter(',')
      ->expected(1)
      ->allow_extra_args(false)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll)
      ->check(CLI::IsMember({"graphml", "jsonld", "json-ld", "dot", "nt", "ntriples", "gexf"}, CLI::ignore_case));
  cmd.add_option("-o,--output", o.output, "Output file; with several formats, the path stem of the files")
      ->type_name("PATH");
  cmd.add_flag("-q,--quiet", o.quiet, "No progress bar and no summary on standard error (warnings remain)");
  cmd.add_flag_callback("--drop-isolated", [&o] { o.isolated_nodes = false; },
                        "DOT: leave the nodes that have no edge out of the picture (kept by default, as in every format)");
}

void add_filter_options(CLI::App& cmd, filter_options& o) {
  cmd.add_option_function<double>("--min-weight", [&o](const double& w) { o.min_weight = w; },
                                   "Keep edges read at least N times")
      ->type_name("N")
      ->check(finite_number);
  cmd.add_option("--types", o.types, "Keep nodes of these types: State, Body, Person, Report, Resolution, Place")
      ->type_name("TYPE,...")
      ->delimiter(',')
      ->expected(1)
      ->allow_extra_args(false)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  cmd.add_option("--relations", o.relations, "Keep edges of these relations (criticizes, votes-against, ...)")
      ->type_name("RELATION,...")
      ->delimiter(',')
      ->expected(1)
      ->allow_extra_args(false)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  cmd.add_option_function<std::size_t>("--top", [&o](const std::size_t& n) { o.top = n; },
                                       "Keep the N nodes of highest degree")
      ->type_name("N")
      ->check(at_least_one);
}

}  // namespace

graph_filter filter_options::resolve() const {
  graph_filter f;
  f.min_weight = min_weight;
  f.types = parse_node_types(types);
  f.relations = parse_relations(relations);
  f.top = top;
  return f;
}

void describe_app(CLI::App& app) {
  app.description(
      "newsgraph reads news articles about international affairs and builds a knowledge graph of\n"
      "who did what to whom (states, bodies, people, reports, resolutions; criticizes, votes-against,\n"
      "calls-on, sanctions, ...), written as GraphML, JSON-LD, DOT, N-Triples or GEXF.");
  app.footer(std::string(
                 "Examples:\n"
                 "  newsgraph build article.txt > article.graphml\n"
                 "  newsgraph build -o week.graphml news/           every .txt, .html and .jsonl under news/\n"
                 "  newsgraph build -f graphml,jsonld,dot -o out/week news/\n"
                 "  newsgraph build -f dot - < article.txt | dot -Tsvg > article.svg\n"
                 "  newsgraph merge -o all.graphml shard1.graphml shard2.jsonld\n"
                 "\n"
                 "Run 'newsgraph build --help' or 'newsgraph merge --help' for their options.\n\n") +
             exit_codes_help);
}

CLI::App* add_build_command(CLI::App& app, build_options& o) {
  o.jobs = std::max(1u, std::thread::hardware_concurrency());
  o.max_article_bytes = default_max_article_bytes;
  CLI::App* cmd = app.add_subcommand("build", "Build one graph from articles (files, directories, standard input)");
  add_output_options(*cmd, o.out);
  cmd->add_option("--lexicon", o.lexicons,
                  "Extra lexicon file (JSON, same format as the built-in ones), loaded after them; repeatable")
      ->type_name("FILE")
      ->expected(1)
      ->allow_extra_args(false)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  cmd->add_option("-j,--jobs", o.jobs, "Extraction threads (default: the number of cores); the output is the same for any N")
      ->type_name("N")
      ->check(CLI::Range(1u, 1024u));
  cmd->add_flag("--fast", o.fast,
                "Read relations with the trigger's window patterns only, not the clause layer (tagger and\n"
                "parser): several times faster, fewer relations found");
  cmd->add_option("--max-article-bytes", o.max_article_bytes,
                  "Skip (and report) articles bigger than this; units k, M, G are 1024-based (default 10M)")
      ->type_name("SIZE")
      ->transform(CLI::AsSizeValue(false))
      ->check(at_least_one);
  cmd->add_flag("--strict", o.strict, "Fail (exit 1, nothing written) if any article is skipped");
  add_filter_options(*cmd, o.filter);
  cmd->add_option("INPUT", o.inputs,
                  "A .txt article, an .html/.htm page, a .jsonl file (one article a line), a directory\n"
                  "(walked recursively for those, in sorted order) or - for one article on standard\n"
                  "input: an HTML page when it starts with a doctype or <html>, else plain text")
      ->type_name("")
      ->required();
  cmd->footer(std::string(
                  "Articles: a plain-text file is one article, its id the file name (relative to a named\n"
                  "directory), its title its first line. An HTML page keeps its headings, paragraphs and\n"
                  "lists and drops scripts, navigation, headers, footers, asides and forms. A JSON Lines\n"
                  "record has \"text\" or \"html\" and optional \"id\", \"title\", \"date\", \"url\". Text is\n"
                  "normalised (invalid UTF-8 becomes U+FFFD, line ends LF, control characters dropped); the\n"
                  "offsets in the output count bytes of that normalised text. Several inputs make one\n"
                  "graph: the same entity is one node, the same edge one edge whose weight counts its readings,\n"
                  "each (article, sentence) once. An article read twice (the same text, or the same url) is\n"
                  "read once, with a warning that names both.\n"
                  "\n"
                  "Articles that cannot be used (a binary file: \"not text: FILE\"; one over --max-article-bytes;\n"
                  "a bad JSON Lines record, named by file and line) are reported on standard error and skipped;\n"
                  "the rest is built and the exit code is 0, unless --strict or nothing could be read (exit 1).\n"
                  "A missing input or a bad --lexicon file stops the run before anything is written.\n"
                  "\n"
                  "Progress: a bar on standard error when it is a terminal (articles, articles/s, time left),\n"
                  "then a summary (articles, nodes by type, edges by relation, time); --quiet silences both.\n"
                  "\n") +
              output_help +
              "\n"
              "Examples:\n"
              "  newsgraph build article.txt                      GraphML on standard output\n"
              "  newsgraph build -o corpus.jsonld news/           JSON-LD, chosen by the extension\n"
              "  newsgraph build -f graphml -f gexf -o out/week -j 4 news/ extra.jsonl\n"
              "  newsgraph build --lexicon my-actors.json --types State,Body --min-weight 2 -o g.dot news/\n"
              "\n" +
              exit_codes_help);
  return cmd;
}

CLI::App* add_merge_command(CLI::App& app, merge_options& o) {
  CLI::App* cmd = app.add_subcommand(
      "merge", "Merge graphs that newsgraph wrote (GraphML or JSON-LD) into one: the reduce step of sharded runs");
  add_output_options(*cmd, o.out);
  add_filter_options(*cmd, o.filter);
  o.max_graph_bytes = default_max_graph_bytes;
  cmd->add_option("--max-graph-bytes", o.max_graph_bytes,
                  "Refuse a graph file bigger than this; units k, M, G are 1024-based (default 1G)")
      ->type_name("SIZE")
      ->transform(CLI::AsSizeValue(false))
      ->check(at_least_one);
  cmd->add_option("GRAPH", o.graphs, "A .graphml, .jsonld or .json file that newsgraph build or merge wrote")
      ->type_name("")
      ->required();
  cmd->footer(std::string(
                  "The graphs are merged in the order given, as build merges articles: one node per entity,\n"
                  "one edge per (subject, relation, object, mode) with the weights added, each reading (its\n"
                  "article and sentence offsets) counted once: a graph merged with itself is itself. Merging\n"
                  "is associative, so a corpus can be split into shards, built apart and merged. JSON-LD keeps\n"
                  "everything build knew; GraphML keeps the first evidence of each edge only. An article's\n"
                  "id is its path relative to the directory named to build (a file named directly: its\n"
                  "file name; JSON Lines: its \"id\"; an id an earlier input gave too is qualified by the\n"
                  "input, with a warning), so shards built from the directories (or files) the whole build\n"
                  "would name merge into exactly the graph of the whole.\n"
                  "\n") +
              output_help +
              "\n"
              "Examples:\n"
              "  newsgraph build -f jsonld -o part1.jsonld news/2024-01/\n"
              "  newsgraph build -f jsonld -o part2.jsonld news/2024-02/\n"
              "  newsgraph merge -f graphml -f gexf -o out/q1 part1.jsonld part2.jsonld\n"
              "\n" +
              exit_codes_help);
  return cmd;
}

CLI::App* add_explain_command(CLI::App& app, explain_options& o) {
  CLI::App* cmd = app.add_subcommand("explain", "Show how articles are read: each sentence's layers, one item a line");
  cmd->add_option("--lexicon", o.lexicons, "Extra lexicon file, as for build; repeatable")->type_name("FILE");
  cmd->add_flag("--conllu", o.conllu,
                "The inputs are CoNLL-U: write the same sentences with our tags (UPOS, XPOS) and the clause roles\n"
                "in HEAD and DEPREL (nsubj, nsubj:pass, obj, iobj, obl:agent; _ where none), derived roles in DEPS");
  cmd->add_option("INPUT", o.inputs, "Article files (as for build), or CoNLL-U files with --conllu; - is standard input")
      ->type_name("")
      ->required();
  cmd->footer(
      "For each sentence: its tokens with their tags; the mentions and the entities they resolve to;\n"
      "the clause roles (PREDICATE role WORD, by word number; * marks a role the parse leaves implicit);\n"
      "and the readings, each with its trigger and the rule that made it (window: the trigger's\n"
      "patterns; roles: the clause layer; structure: the lexicon's part-of and located-in).\n"
      "\n"
      "Examples:\n"
      "  newsgraph explain article.txt\n"
      "  newsgraph explain --conllu en_gum-news-ud-test.conllu > roles.conllu\n");
  return cmd;
}

}  // namespace newsgraph::cli
