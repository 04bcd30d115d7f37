#include "cli/outputs.hpp"

#include <algorithm>
#include <iostream>

#include "cli/errors.hpp"

namespace newsgraph::cli {
namespace {

// The extension of the last component of `path`, with its dot (".svg"), or "" when it has none.
std::string_view extension_of(std::string_view path) {
  const auto slash = path.find_last_of('/');
  const std::string_view file = slash == std::string_view::npos ? path : path.substr(slash + 1);
  const auto dot = file.find_last_of('.');
  if (dot == std::string_view::npos || dot == 0 || dot + 1 == file.size()) return {};
  return file.substr(dot);
}

// The formats' names joined: "graphml", "graphml and dot", "graphml, dot and nt".
std::string names_of(const std::vector<format>& formats) {
  std::string out;
  for (std::size_t i = 0; i < formats.size(); ++i) {
    if (i) out += i + 1 == formats.size() ? " and " : ", ";
    out += name(formats[i]);
  }
  return out;
}

// Throws usage_error when `output`'s extension names a format that is not among `chosen`.
void check_extension(const std::string& output, const std::vector<format>& chosen) {
  const auto by_extension = format_of_path(output);
  if (!by_extension || std::find(chosen.begin(), chosen.end(), *by_extension) != chosen.end()) return;
  throw usage_error(output + ": the extension says " + std::string(name(*by_extension)) + " but -f says " +
                    names_of(chosen) + "; drop -f or change the file name");
}

}  // namespace

std::vector<output_target> plan_outputs(const std::vector<std::string>& formats, const std::string& output) {
  std::vector<format> chosen;
  for (const std::string& name : formats) {
    const auto f = parse_format(name);
    if (!f) throw usage_error("unknown format '" + name + "': use graphml, jsonld, dot, nt or gexf");
    if (std::find(chosen.begin(), chosen.end(), *f) == chosen.end()) chosen.push_back(*f);
  }
  const bool to_stdout = output.empty() || output == "-";
  if (chosen.empty()) {
    const auto by_extension = to_stdout ? std::nullopt : format_of_path(output);
    if (!by_extension && !to_stdout && !extension_of(output).empty())
      throw usage_error(output + ": '" + std::string(extension_of(output)) +
                        "' is not a format newsgraph writes (.graphml, .jsonld, .dot, .nt, .gexf); give -f FORMAT");
    chosen.push_back(by_extension ? *by_extension : format::graphml);
  }
  if (!to_stdout) check_extension(output, chosen);
  if (chosen.size() == 1) return {{chosen.front(), to_stdout ? std::string() : output}};
  if (to_stdout) throw usage_error("several formats need -o PATH, the stem of their file names");

  std::string stem = output;
  for (format f : chosen)
    if (stem.ends_with(extension(f)) && stem.size() > extension(f).size()) {
      stem.resize(stem.size() - extension(f).size());
      break;
    }
  std::vector<output_target> targets;
  for (format f : chosen) targets.push_back({f, stem + std::string(extension(f))});
  return targets;
}

output_set::output_set(const std::vector<output_target>& targets, const write_options& options)
    : targets_(targets), options_(options) {
  for (const auto& t : targets_) files_.push_back(t.path.empty() ? nullptr : std::make_unique<atomic_file>(t.path));
}

void output_set::write(const knowledge_graph& g) {
  for (std::size_t i = 0; i < targets_.size(); ++i) {
    std::ostream& out = files_[i] ? files_[i]->stream() : std::cout;
    try {
      newsgraph::write(g, targets_[i].fmt, out, options_);
    } catch (const std::exception& e) {
      throw bad_input((targets_[i].path.empty() ? std::string("standard output") : targets_[i].path) +
                      ": cannot write " + std::string(name(targets_[i].fmt)) + ": " + e.what());
    }
    if (!files_[i]) {
      out.flush();
      if (!out) throw bad_input("standard output: cannot write");
    }
  }
  for (auto& f : files_)
    if (f) f->commit();
}

std::vector<std::string> output_set::names() const {
  std::vector<std::string> out;
  for (const auto& t : targets_) out.push_back(t.path.empty() ? "standard output" : t.path);
  return out;
}

}  // namespace newsgraph::cli
