#include "cli/pipeline.hpp"

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace newsgraph::cli {
namespace {

// Thrown inside the reader's callback to stop reading when the run is cancelled.
struct cancelled {};

// One article between reading and merging.
struct slot {
  document doc;
  std::size_t bytes = 0;
  std::optional<knowledge_graph> graph;  // set by a worker when done
  bool failed = false;                   // extraction threw; the graph is empty
};

class corpus_loop {
 public:
  corpus_loop(std::span<const input_file> inputs, const extractor& ex, const pipeline_options& options,
              progress& report)
      : inputs_(inputs), extractor_(ex), options_(options), report_(report),
        slots_(options.in_flight > 0 ? options.in_flight : 4 * std::size_t{options.jobs} + 4) {}

  pipeline_result run() {
    std::vector<std::thread> threads;
    pipeline_result result;
    try {
      threads.emplace_back([this] { read_all(); });
      for (unsigned i = 0; i < std::max(1u, options_.jobs); ++i) threads.emplace_back([this] { work(); });
      merge_all(result);
    } catch (...) {
      stop(std::current_exception());
    }
    for (auto& t : threads) t.join();
    if (failure_) std::rethrow_exception(failure_);
    result.skipped += skipped_;
    return result;
  }

 private:
  void stop(std::exception_ptr why) {
    std::lock_guard lock(mutex_);
    if (!failure_) failure_ = why;
    cancelled_ = true;
    changed_.notify_all();
  }

  // The reader thread: every article into a free slot, in input order.
  void read_all() {
    try {
      for (const input_file& input : inputs_) {
        read_input(input, options_.ingest, [this](document&& doc, std::size_t bytes) { enqueue(std::move(doc), bytes); },
                   [this](skipped_article&& s) {
                     report_.warn(s.message);
                     std::lock_guard lock(mutex_);
                     ++skipped_;
                   });
      }
    } catch (const cancelled&) {
      return;
    } catch (...) {
      stop(std::current_exception());
      return;
    }
    std::lock_guard lock(mutex_);
    reading_done_ = true;
    changed_.notify_all();
  }

  void enqueue(document&& doc, std::size_t bytes) {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] { return cancelled_ || issued_ - merged_ < slots_.size(); });
    if (cancelled_) throw cancelled{};
    slot& s = slots_[issued_ % slots_.size()];
    s.doc = std::move(doc);
    s.bytes = bytes;
    s.graph.reset();
    work_.push_back(issued_++);
    changed_.notify_all();
  }

  // A worker thread: extract articles in the order they were read, until there are no more.
  void work() {
    for (;;) {
      std::size_t seq;
      const document* doc;
      {
        std::unique_lock lock(mutex_);
        changed_.wait(lock, [&] { return cancelled_ || !work_.empty() || reading_done_; });
        if (cancelled_ || work_.empty()) return;
        seq = work_.front();
        work_.pop_front();
        doc = &slots_[seq % slots_.size()].doc;  // the slot is not reused before it is merged
      }
      knowledge_graph g;
      bool failed = false;
      try {
        g = extractor_.extract(*doc);
      } catch (const std::exception& e) {
        report_.warn(doc->id + ": extraction failed: " + e.what() + "; skipped");
        failed = true;
      }
      std::lock_guard lock(mutex_);
      slot& s = slots_[seq % slots_.size()];
      s.graph = std::move(g);
      s.failed = failed;
      changed_.notify_all();
    }
  }

  // The calling thread: merge each article's graph as soon as it and all before it are done.
  void merge_all(pipeline_result& result) {
    for (;;) {
      knowledge_graph g;
      std::size_t bytes;
      bool failed;
      {
        std::unique_lock lock(mutex_);
        changed_.wait(lock, [&] {
          return cancelled_ || (merged_ < issued_ && slots_[merged_ % slots_.size()].graph) ||
                 (reading_done_ && merged_ == issued_);
        });
        if (cancelled_ || merged_ == issued_) return;
        slot& s = slots_[merged_ % slots_.size()];
        g = std::move(*s.graph);
        s.graph.reset();
        s.doc = {};
        bytes = s.bytes;
        failed = s.failed;
        ++merged_;
        changed_.notify_all();
      }
      report_.advance(bytes);
      if (failed) {
        ++result.skipped;
        continue;
      }
      result.graph.merge(g);
      ++result.articles;
      result.bytes += bytes;
    }
  }

  std::span<const input_file> inputs_;
  const extractor& extractor_;
  const pipeline_options& options_;
  progress& report_;

  std::mutex mutex_;
  std::condition_variable changed_;  // any state change below; everyone waits on it
  std::vector<slot> slots_;          // a ring: article `seq` lives in slots_[seq % size]
  std::deque<std::size_t> work_;     // articles read, waiting for a worker
  std::size_t issued_ = 0, merged_ = 0, skipped_ = 0;
  bool reading_done_ = false, cancelled_ = false;
  std::exception_ptr failure_;
};

}  // namespace

pipeline_result build_graph(std::span<const input_file> inputs, const extractor& ex,
                            const pipeline_options& options, progress& report) {
  return corpus_loop(inputs, ex, options, report).run();
}

}  // namespace newsgraph::cli
