#pragma once
// The commands, run from parsed options. Each returns an exit_code or throws usage_error,
// bad_input, input_error, lexicon_error or read_error, which main() turns into one.
#include "cli/options.hpp"

namespace newsgraph::cli {

/// `newsgraph build`: inputs to one graph, filtered, in every format asked for.
int run_build(const build_options& o);

/// `newsgraph merge`: graphs newsgraph wrote to one graph, filtered, in every format asked for.
int run_merge(const merge_options& o);

/// `newsgraph explain`: each sentence's layers, or clause roles as CoNLL-U, to standard output.
int run_explain(const explain_options& o);

}  // namespace newsgraph::cli
