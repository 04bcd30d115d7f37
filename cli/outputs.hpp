#pragma once
// Where the graph goes: which formats, which files, standard output.
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "cli/atomic_file.hpp"
#include "exporters/writer.hpp"
#include "graph/knowledge_graph.hpp"

namespace newsgraph::cli {

/// One output: a format and a file, or standard output when `path` is empty.
struct output_target {
  format fmt = format::graphml;
  std::string path;
};

/// The outputs that -f and -o ask for (format names in any case, a repeated one counted once).
/// No -f: the format -o's extension names, GraphML when -o has no extension. One format: -o
/// names the file; no -o, or "-o -", is standard output. Several formats: -o is a path stem,
/// each format's file is the stem plus its extension (a format extension already on the stem
/// is dropped first: -o g.graphml -f graphml -f dot gives g.graphml and g.dot). Throws
/// usage_error for an unknown format, several formats without -o, an -o extension that names
/// another format than -f, or (without -f) an -o extension that names no format.
std::vector<output_target> plan_outputs(const std::vector<std::string>& formats, const std::string& output);

/// The outputs of a run, opened before the work so an unwritable path fails first, then
/// written all at once: none is renamed into place unless all were written.
class output_set {
 public:
  /// Opens the temporary files of every file target, to be written as `options` say. Throws
  /// bad_input naming the file.
  explicit output_set(const std::vector<output_target>& targets, const write_options& options = {});

  /// Writes `g` to every target, then renames every file into place. Throws bad_input; then no
  /// file target was replaced (standard output may have been written).
  void write(const knowledge_graph& g);

  /// The files written, as named, or "standard output".
  std::vector<std::string> names() const;

 private:
  std::vector<output_target> targets_;
  write_options options_;
  std::vector<std::unique_ptr<atomic_file>> files_;  // one per target; null for standard output
};

}  // namespace newsgraph::cli
