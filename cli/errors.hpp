#pragma once
// The command's exit codes and the two kinds of failure that choose them.
#include <stdexcept>

namespace newsgraph::cli {

/// What `newsgraph` returns to the shell; documented in --help and the README.
enum exit_code : int {
  exit_success = 0,    ///< the graph was written
  exit_bad_input = 1,  ///< an input, lexicon or output could not be used; the message names it
  exit_usage = 2,      ///< the command line itself is wrong
};

/// A command line that cannot be run as written (exit 2).
class usage_error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// A file that cannot be used, named in what() (exit 1).
class bad_input : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

}  // namespace newsgraph::cli
