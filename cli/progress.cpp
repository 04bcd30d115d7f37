#include "cli/progress.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace newsgraph::cli {

namespace {
constexpr auto redraw_interval = std::chrono::milliseconds(100);
constexpr int bar_width = 24;
}  // namespace

std::string clock_time(double seconds) {
  const auto s = static_cast<long long>(std::max(0.0, std::round(seconds)));
  char buffer[32];
  if (s >= 3600)
    std::snprintf(buffer, sizeof buffer, "%lld:%02lld:%02lld", s / 3600, s / 60 % 60, s % 60);
  else
    std::snprintf(buffer, sizeof buffer, "%lld:%02lld", s / 60, s % 60);
  return buffer;
}

std::string progress_line(std::size_t articles, std::uintmax_t bytes, std::uintmax_t total_bytes, double seconds) {
  std::string line;
  char buffer[64];
  if (total_bytes > 0) {
    const double done = std::min(1.0, static_cast<double>(bytes) / static_cast<double>(total_bytes));
    const int filled = static_cast<int>(done * bar_width);
    line += '[';
    line += std::string(static_cast<std::size_t>(filled), '#');
    line += std::string(static_cast<std::size_t>(bar_width - filled), '.');
    std::snprintf(buffer, sizeof buffer, "] %3d%%  ", static_cast<int>(done * 100));
    line += buffer;
  }
  line += std::to_string(articles) + (articles == 1 ? " article" : " articles");
  if (seconds > 0) {
    std::snprintf(buffer, sizeof buffer, "  %.1f/s", static_cast<double>(articles) / seconds);
    line += buffer;
  }
  if (total_bytes > 0 && bytes > 0 && seconds > 0) {
    const double left = seconds * static_cast<double>(total_bytes - std::min(bytes, total_bytes)) / static_cast<double>(bytes);
    line += "  ETA " + clock_time(left);
  }
  return line;
}

progress::progress(std::ostream& err, bool show_bar, std::uintmax_t total_bytes)
    : err_(err), show_bar_(show_bar), total_bytes_(total_bytes),
      start_(std::chrono::steady_clock::now()), last_draw_(start_) {}

double progress::elapsed() const {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
}

void progress::warn(std::string_view message) {
  std::lock_guard lock(mutex_);
  clear_locked();
  err_ << "newsgraph: warning: " << message << '\n';
  err_.flush();
}

void progress::advance(std::size_t articles, std::uintmax_t bytes) {
  std::lock_guard lock(mutex_);
  articles_ += articles;
  bytes_ += bytes;
  if (!show_bar_) return;
  const auto now = std::chrono::steady_clock::now();
  if (drawn_ && now - last_draw_ < redraw_interval) return;
  last_draw_ = now;
  draw_locked();
}

void progress::finish() {
  std::lock_guard lock(mutex_);
  clear_locked();
  show_bar_ = false;
}

void progress::draw_locked() {
  err_ << "\r\033[K" << progress_line(articles_, bytes_, total_bytes_, elapsed());
  err_.flush();
  drawn_ = true;
}

void progress::clear_locked() {
  if (!drawn_) return;
  err_ << "\r\033[K";
  err_.flush();
  drawn_ = false;
}

}  // namespace newsgraph::cli
