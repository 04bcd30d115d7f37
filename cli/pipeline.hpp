#pragma once
// The corpus loop: read articles on one thread, extract them on N, merge their graphs in
// input order on the calling thread, so the graph is the same for any N.
#include <cstddef>
#include <span>

#include "cli/progress.hpp"
#include "extract/extractor.hpp"
#include "ingest/ingest.hpp"
#include "graph/knowledge_graph.hpp"

namespace newsgraph::cli {

/// How to run the corpus loop.
struct pipeline_options {
  unsigned jobs = 1;                     ///< extraction threads, at least 1
  ingest_options ingest;                 ///< how articles are read
  std::size_t in_flight = 0;             ///< batches read but not yet merged, at most; 0: 4 per job + 4
  std::size_t in_flight_bytes = 64u << 20;  ///< input bytes read but not yet merged, at most (one batch may be more)
  std::size_t batch_articles = 64;       ///< consecutive articles a worker extracts and merges together
  std::size_t batch_bytes = 1u << 20;    ///< a batch ends once its input reaches this many bytes
};

/// What the corpus loop made.
struct pipeline_result {
  knowledge_graph graph;
  std::size_t articles = 0;       ///< articles extracted and merged
  std::size_t skipped = 0;        ///< articles reported and skipped
  std::size_t repeated = 0;       ///< articles left out, with a warning, as repeats of one read before
  std::uintmax_t bytes = 0;       ///< input bytes of the articles merged
};

/// Reads every article of `inputs` (ingest's read_input), leaves out with a warning an article
/// that repeats one read before (the same url or text: seen_articles), renames with a warning
/// one whose id an article of an earlier input had (unique_ids), extracts each with `ex` on
/// `options.jobs` threads and merges the graphs in input order: a worker merges the graphs of a
/// batch of consecutive articles, the calling thread merges the batches in order (merging is
/// associative, so this is the graph of merging article by article, whatever the number of
/// threads). At most `in_flight` batches and their graphs, and `in_flight_bytes` of input (or one
/// batch), are held at once. Skipped articles, and articles whose extraction threw,
/// are reported through `report.warn` and counted. Throws input_error when an input cannot be
/// read at all (the other threads are stopped and joined first).
pipeline_result build_graph(std::span<const input_file> inputs, const extractor& ex,
                            const pipeline_options& options, progress& report);

}  // namespace newsgraph::cli
