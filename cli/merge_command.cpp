#include <chrono>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <string>
#include <unordered_map>

#include "cli/commands.hpp"
#include "cli/errors.hpp"
#include "cli/outputs.hpp"
#include "cli/summary.hpp"
#include "exporters/reader.hpp"

namespace newsgraph::cli {

int run_merge(const merge_options& o) {
  const auto start = std::chrono::steady_clock::now();
  const std::vector<output_target> targets = plan_outputs(o.out.formats, o.out.output);
  const graph_filter filter = o.filter.resolve();
  for (const std::string& path : o.graphs) {
    std::error_code ec;
    if (!std::filesystem::exists(path, ec)) throw bad_input(path + ": no such file or directory");
    const auto f = format_of_path(path);
    if (!f || (*f != format::graphml && *f != format::jsonld))
      throw bad_input(path + ": cannot merge it: newsgraph reads back .graphml, .jsonld and .json files");
  }

  output_set outputs(targets, {.isolated_nodes = o.out.isolated_nodes});
  knowledge_graph merged;
  std::unordered_map<std::string, std::string> typed_in;  // node key -> the input its type was taken from
  for (const std::string& path : o.graphs) {
    knowledge_graph g = read_graph_file(path, static_cast<std::size_t>(o.max_graph_bytes), [](std::string&& message) {
      std::cerr << "newsgraph: warning: " << message << '\n';
    });
    for (const auto v : g.nodes_in_order()) {
      const node& n = g[v];
      const auto kept = merged.find(n.key);
      if (!kept) {
        typed_in.emplace(n.key, path);
      } else if (const node_type t = merged[*kept].type; t != n.type) {
        std::cerr << "newsgraph: warning: " << path << ": node " << n.key << " is a " << name(n.type) << " here and a "
                  << name(t) << " in " << typed_in[n.key] << "; it stays a " << name(t) << '\n';
      }
    }
    merged.merge(std::move(g));
  }

  const knowledge_graph graph = filter.active() ? filter_graph(merged, filter) : std::move(merged);
  outputs.write(graph);
  if (!o.out.quiet) {
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    char time[32];
    std::snprintf(time, sizeof time, "%.2f s", seconds);
    std::string described = describe_graph(graph);
    described.replace(described.find('\n'), 1, "\nnewsgraph: ");
    std::string files;
    for (const auto& w : outputs.names()) files += (files.empty() ? "" : ", ") + w;
    std::cerr << "newsgraph: merged " << o.graphs.size() << (o.graphs.size() == 1 ? " graph" : " graphs") << " in "
              << time << '\n'
              << "newsgraph: " << described << '\n'
              << "newsgraph: wrote " << files << '\n';
  }
  return exit_success;
}

}  // namespace newsgraph::cli
