#include "cli/pipeline.hpp"

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <unordered_map>
#include <vector>

#include "ingest/seen_articles.hpp"
#include "ingest/unique_ids.hpp"

namespace newsgraph::cli {
namespace {

// Thrown inside the reader's callback to stop reading when the run is cancelled.
struct cancelled {};

// Consecutive articles between reading and merging.
struct batch {
  std::vector<document> docs;
  std::size_t bytes = 0;                 // input bytes of the articles
  std::optional<knowledge_graph> graph;  // set by a worker when done: the batch's articles merged in order
  std::size_t failed = 0;                // articles whose extraction threw, left out of the graph
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
    result.repeated = repeated_;
    return result;
  }

 private:
  void stop(std::exception_ptr why) {
    std::lock_guard lock(mutex_);
    if (!failure_) failure_ = why;
    cancelled_ = true;
    space_.notify_all();
    work_ready_.notify_all();
    batch_done_.notify_all();
  }

  // The reader thread: every article into a batch, every full batch into a free slot, in input order.
  void read_all() {
    batch pending;
    seen_articles seen;
    unique_ids ids;
    const input_file* reading = nullptr;
    const auto add = [&](document&& doc, std::size_t bytes) {
      if (auto first = seen.repeats(doc)) {
        report_.warn(doc.id + ": the same " + first->same + " as " + first->first + ", read before; counted once");
        std::lock_guard lock(mutex_);
        ++repeated_;
        return;
      }
      if (auto renamed = ids.claim(doc, *reading))
        report_.warn(reading->name + ": article id '" + renamed->taken + "' is an article of " + renamed->earlier +
                     " too; read as '" + doc.id + "'");
      pending.docs.push_back(std::move(doc));
      pending.bytes += bytes;
      if (pending.docs.size() >= options_.batch_articles || pending.bytes >= options_.batch_bytes) {
        enqueue(std::move(pending));
        pending = {};
      }
    };
    try {
      for (const input_file& input : inputs_) {
        reading = &input;
        read_input(
            input, options_.ingest, add,
            [this](skipped_article&& s) {
              report_.warn(s.message);
              std::lock_guard lock(mutex_);
              ++skipped_;
            },
            [this](std::string&& warning) { report_.warn(warning); });
      }
      if (!pending.docs.empty()) enqueue(std::move(pending));
    } catch (const cancelled&) {
      return;
    } catch (...) {
      stop(std::current_exception());
      return;
    }
    std::lock_guard lock(mutex_);
    reading_done_ = true;
    work_ready_.notify_all();
    batch_done_.notify_all();
  }

  void enqueue(batch&& b) {
    std::unique_lock lock(mutex_);
    space_.wait(lock, [&] {
      return cancelled_ || (issued_ - merged_ < slots_.size() &&
                            (issued_ == merged_ || bytes_in_flight_ + b.bytes <= options_.in_flight_bytes));
    });
    if (cancelled_) throw cancelled{};
    bytes_in_flight_ += b.bytes;
    slots_[issued_ % slots_.size()] = std::move(b);
    work_.push_back(issued_++);
    work_ready_.notify_one();
  }

  // A worker thread: extract the articles of a batch and merge their graphs, batch after batch.
  void work() {
    for (;;) {
      std::size_t seq;
      const std::vector<document>* docs;
      {
        std::unique_lock lock(mutex_);
        work_ready_.wait(lock, [&] { return cancelled_ || !work_.empty() || reading_done_; });
        if (cancelled_ || work_.empty()) return;
        seq = work_.front();
        work_.pop_front();
        docs = &slots_[seq % slots_.size()].docs;  // the slot is not reused before it is merged
      }
      knowledge_graph merged;
      std::size_t failed = 0;
      for (const document& doc : *docs) {
        try {
          const extraction_notes notes = extractor_.extract_into(doc, merged);
          if (notes.pieces > 1)
            report_.warn(doc.id + ": an article of " + std::to_string(doc.text.size()) + " bytes, read in " +
                         std::to_string(notes.pieces) + " pieces of at most " + std::to_string(max_piece_bytes) +
                         " bytes (names and references do not carry from one piece to the next)");
          if (notes.sentences_cut > 0)
            report_.warn(doc.id + ": " + std::to_string(notes.sentences_cut) + " sentence" +
                         (notes.sentences_cut == 1 ? "" : "s") + " over " + std::to_string(max_sentence_tokens) +
                         " tokens, each read as pieces of at most that many");
        } catch (const std::exception& e) {
          report_.warn(doc.id + ": extraction failed: " + e.what() + "; skipped");
          ++failed;
        }
      }
      std::lock_guard lock(mutex_);
      batch& b = slots_[seq % slots_.size()];
      b.graph = std::move(merged);
      b.failed = failed;
      if (seq == merged_) batch_done_.notify_one();  // the merger waits for no other
    }
  }

  // The calling thread: merge each batch's graph as soon as it and all before it are done.
  void merge_all(pipeline_result& result) {
    for (;;) {
      batch done;
      {
        std::unique_lock lock(mutex_);
        batch_done_.wait(lock, [&] {
          return cancelled_ || (merged_ < issued_ && slots_[merged_ % slots_.size()].graph) ||
                 (reading_done_ && merged_ == issued_);
        });
        if (cancelled_ || merged_ == issued_) return;
        done = std::move(slots_[merged_ % slots_.size()]);
        slots_[merged_ % slots_.size()] = {};
        ++merged_;
        bytes_in_flight_ -= done.bytes;
        space_.notify_one();
      }
      report_.advance(done.docs.size(), done.bytes);
      result.graph.merge(std::move(*done.graph));
      result.articles += done.docs.size() - done.failed;
      result.skipped += done.failed;
      result.bytes += done.bytes;
    }
  }

  std::span<const input_file> inputs_;
  const extractor& extractor_;
  const pipeline_options& options_;
  progress& report_;

  std::mutex mutex_;
  std::condition_variable space_;       // a slot came free: the reader waits on it
  std::condition_variable work_ready_;  // a batch came to be extracted, or the reading ended: workers
  std::condition_variable batch_done_;  // the batch to merge next is done, or all are: the merger
  std::vector<batch> slots_;         // a ring: batch `seq` lives in slots_[seq % size]
  std::deque<std::size_t> work_;     // batches read, waiting for a worker
  std::size_t issued_ = 0, merged_ = 0, skipped_ = 0, repeated_ = 0;
  std::size_t bytes_in_flight_ = 0;  // input bytes of the batches issued and not yet merged
  bool reading_done_ = false, cancelled_ = false;
  std::exception_ptr failure_;
};

}  // namespace

pipeline_result build_graph(std::span<const input_file> inputs, const extractor& ex,
                            const pipeline_options& options, progress& report) {
  return corpus_loop(inputs, ex, options, report).run();
}

}  // namespace newsgraph::cli
