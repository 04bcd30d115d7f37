#pragma once
// What the command tells the user on standard error while it works: a progress bar when
// standard error is a terminal, and warnings, without the two garbling each other.
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <mutex>
#include <ostream>
#include <string>
#include <string_view>

namespace newsgraph::cli {

/// Progress and warnings on one stream. warn() may be called from any thread; advance() and
/// finish() from one thread at a time.
class progress {
 public:
  /// Draws a bar on `err` if `show_bar`; `total_bytes` is the input size, 0 when unknown.
  progress(std::ostream& err, bool show_bar, std::uintmax_t total_bytes);

  /// Prints "newsgraph: warning: MESSAGE" on a line of its own.
  void warn(std::string_view message);

  /// Counts `articles` more articles done, read from `bytes` bytes of input; redraws at most 10
  /// times a second.
  void advance(std::size_t articles, std::uintmax_t bytes);

  /// Clears the bar for good.
  void finish();

  std::size_t articles() const noexcept { return articles_; }
  std::uintmax_t bytes() const noexcept { return bytes_; }
  /// Seconds since construction.
  double elapsed() const;

 private:
  void draw_locked();
  void clear_locked();

  std::ostream& err_;
  bool show_bar_;
  std::uintmax_t total_bytes_;
  std::size_t articles_ = 0;
  std::uintmax_t bytes_ = 0;
  std::chrono::steady_clock::time_point start_, last_draw_;
  bool drawn_ = false;
  std::mutex mutex_;
};

/// "1:05" or "1:02:03" for a number of seconds.
std::string clock_time(double seconds);

/// The progress line without terminal controls: a bar and percentage when `total_bytes` is
/// known, the articles done, articles per second and the time left.
std::string progress_line(std::size_t articles, std::uintmax_t bytes, std::uintmax_t total_bytes, double seconds);

}  // namespace newsgraph::cli
