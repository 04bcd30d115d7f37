#pragma once
// The command line: what `newsgraph build` and `newsgraph merge` accept, and their help.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "cli/filter.hpp"

namespace newsgraph::cli {

/// -f, -o, --quiet and --drop-isolated, shared by both commands.
struct output_options {
  std::vector<std::string> formats;  ///< as given; see plan_outputs
  std::string output;                ///< file, stem or "-"; empty: standard output
  bool quiet = false;                ///< no progress bar, no summary
  bool isolated_nodes = true;        ///< DOT: draw nodes without an edge (false: --drop-isolated)
};

/// --min-weight, --types, --relations and --top, shared by both commands.
struct filter_options {
  std::optional<double> min_weight;
  std::vector<std::string> types;
  std::vector<std::string> relations;
  std::optional<std::size_t> top;

  /// The filter these options name. Throws usage_error for an unknown type or relation.
  graph_filter resolve() const;
};

/// Everything `newsgraph build` takes.
struct build_options {
  output_options out;
  filter_options filter;
  std::vector<std::string> inputs;
  std::vector<std::string> lexicons;    ///< --lexicon files, loaded after the built-in lexicons in order
  unsigned jobs = 1;                    ///< -j; set to the number of cores by add_build_command
  std::uint64_t max_article_bytes = 0;  ///< set to the default by add_build_command
  bool strict = false;                  ///< a skipped article fails the run
  bool fast = false;                    ///< --fast: no clause layer, window patterns only
};

/// Everything `newsgraph merge` takes.
struct merge_options {
  output_options out;
  filter_options filter;
  std::vector<std::string> graphs;
  std::uint64_t max_graph_bytes = 0;  ///< set to the default by add_merge_command
};

/// Everything `newsgraph explain` takes.
struct explain_options {
  std::vector<std::string> inputs;
  std::vector<std::string> lexicons;  ///< --lexicon files, as for build
  bool conllu = false;                ///< the inputs are CoNLL-U: write the clause roles as CoNLL-U
};

/// The top-level description, examples and exit codes of `newsgraph --help`.
void describe_app(CLI::App& app);
/// Adds `newsgraph build` to `app`, parsing into `o`.
CLI::App* add_build_command(CLI::App& app, build_options& o);
/// Adds `newsgraph merge` to `app`, parsing into `o`.
CLI::App* add_merge_command(CLI::App& app, merge_options& o);
/// Adds `newsgraph explain` to `app`, parsing into `o`.
CLI::App* add_explain_command(CLI::App& app, explain_options& o);

}  // namespace newsgraph::cli
