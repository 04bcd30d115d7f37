// newsgraph: the command. Parses the command line, runs build, merge or explain, and turns every
// failure into a message that names the file and an exit code (see cli/errors.hpp).
#include <iostream>
#include <string_view>

#include <CLI/CLI.hpp>

#include "cli/commands.hpp"
#include "cli/errors.hpp"
#include "cli/options.hpp"
#include "exporters/reader.hpp"
#include "ingest/ingest.hpp"
#include "extract/lexicon.hpp"

int main(int argc, char** argv) {
  using namespace newsgraph;
  using namespace newsgraph::cli;

  CLI::App app;
  app.name("newsgraph");
  describe_app(app);
  app.set_version_flag("--version", "newsgraph " NEWSGRAPH_VERSION);
  app.require_subcommand(1);
  build_options build;
  merge_options merge;
  explain_options explain;
  CLI::App* build_command = add_build_command(app, build);
  CLI::App* merge_command = add_merge_command(app, merge);
  add_explain_command(app, explain);

  if (argc > 1 && argv[1][0] != '-' && std::string_view(argv[1]) != "build" && std::string_view(argv[1]) != "merge" &&
      std::string_view(argv[1]) != "explain") {
    std::cerr << "newsgraph: error: unknown command '" << argv[1] << "': use build, merge or explain\n"
              << "Run 'newsgraph --help' for usage.\n";
    return exit_usage;
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    if (e.get_exit_code() == static_cast<int>(CLI::ExitCodes::Success)) return app.exit(e);
    std::cerr << "newsgraph: error: " << e.what() << "\nRun 'newsgraph --help' for usage.\n";
    return exit_usage;
  }

  auto fail = [](const char* what, int code) {
    std::cerr << "newsgraph: error: " << what << '\n';
    return code;
  };
  try {
    if (build_command->parsed()) return run_build(build);
    return merge_command->parsed() ? run_merge(merge) : run_explain(explain);
  } catch (const usage_error& e) {
    std::cerr << "newsgraph: error: " << e.what() << "\nRun 'newsgraph --help' for usage.\n";
    return exit_usage;
  } catch (const bad_input& e) {
    return fail(e.what(), exit_bad_input);
  } catch (const input_error& e) {
    return fail(e.what(), exit_bad_input);
  } catch (const lexicon_error& e) {
    return fail(e.what(), exit_bad_input);
  } catch (const read_error& e) {
    return fail(e.what(), exit_bad_input);
  } catch (const std::exception& e) {
    return fail(e.what(), exit_bad_input);
  }
}
