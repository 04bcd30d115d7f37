#include <unistd.h>

#include <cstdio>
#include <iostream>
#include <string>

#include "cli/commands.hpp"
#include "cli/errors.hpp"
#include "cli/outputs.hpp"
#include "cli/pipeline.hpp"
#include "cli/progress.hpp"
#include "cli/summary.hpp"
#include "extract/extractor.hpp"
#include "ingest/ingest.hpp"
#include "extract/lexicon.hpp"

namespace newsgraph::cli {
namespace {

std::string plural(std::size_t n, const char* word) {
  return std::to_string(n) + ' ' + word + (n == 1 ? "" : "s");
}

void print_summary(const pipeline_result& r, const knowledge_graph& g, double seconds,
                   const std::vector<std::string>& written) {
  char rates[96];
  std::snprintf(rates, sizeof rates, "%.1f articles/s, %s/s", seconds > 0 ? static_cast<double>(r.articles) / seconds : 0.0,
                human_bytes(seconds > 0 ? static_cast<double>(r.bytes) / seconds : 0.0).c_str());
  char time[32];
  std::snprintf(time, sizeof time, "%.2f s", seconds);
  std::cerr << "newsgraph: " << plural(r.articles, "article") << " (" << human_bytes(static_cast<double>(r.bytes))
            << (r.skipped ? ", " + std::to_string(r.skipped) + " skipped" : std::string())
            << (r.repeated ? ", " + std::to_string(r.repeated) + " read twice, counted once" : std::string()) << ") in " << time << ": "
            << rates << '\n';
  std::string graph = describe_graph(g);
  for (std::size_t at = 0; (at = graph.find('\n', at)) != std::string::npos; at += 12) graph.replace(at, 1, "\nnewsgraph: ");
  std::cerr << "newsgraph: " << graph << '\n';
  std::string files;
  for (const auto& w : written) files += (files.empty() ? "" : ", ") + w;
  std::cerr << "newsgraph: wrote " << files << '\n';
}

}  // namespace

int run_build(const build_options& o) {
  const std::vector<output_target> targets = plan_outputs(o.out.formats, o.out.output);
  const graph_filter filter = o.filter.resolve();
  const std::vector<input_file> inputs = list_inputs(o.inputs);

  lexicon lex = lexicon::builtin();
  for (const std::string& file : o.lexicons) lex.load_file(file);
  const extractor ex(lex, {.clauses = !o.fast});

  output_set outputs(targets, {.isolated_nodes = o.out.isolated_nodes});

  std::uintmax_t total = 0;
  for (const auto& in : inputs) {
    if (in.is_stdin()) {
      total = 0;
      break;
    }
    total += in.size;
  }
  progress report(std::cerr, !o.out.quiet && ::isatty(STDERR_FILENO), total);
  pipeline_options options;
  options.jobs = o.jobs;
  options.ingest.max_article_bytes = static_cast<std::size_t>(o.max_article_bytes);
  pipeline_result result = build_graph(inputs, ex, options, report);
  report.finish();

  if (result.articles == 0 && result.skipped > 0)
    throw bad_input("no article could be read (" + plural(result.skipped, "article") + " skipped); nothing written");
  if (o.strict && result.skipped > 0)
    throw bad_input(plural(result.skipped, "article") + " skipped and --strict given; nothing written");
  if (result.articles == 0) report.warn("no articles found in the inputs; writing an empty graph");

  const knowledge_graph graph = filter.active() ? filter_graph(result.graph, filter) : std::move(result.graph);
  outputs.write(graph);
  if (!o.out.quiet) print_summary(result, graph, report.elapsed(), outputs.names());
  return exit_success;
}

}  // namespace newsgraph::cli
