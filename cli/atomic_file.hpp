#pragma once
// Output files that appear whole or not at all.
#include <filesystem>
#include <fstream>
#include <vector>

namespace newsgraph::cli {

/// A file written in full or not at all. Everything goes to a temporary file beside the target
/// (same directory, so the rename is atomic); commit() renames it over the target. Until then
/// the target is untouched, and the temporary file is removed by the destructor, or by a
/// SIGINT, SIGTERM or SIGHUP handler when the run is interrupted.
class atomic_file {
 public:
  /// Creates the temporary file now, so that an unwritable target fails before any work.
  /// Throws bad_input naming the target.
  explicit atomic_file(std::filesystem::path target);
  ~atomic_file();
  atomic_file(const atomic_file&) = delete;
  atomic_file& operator=(const atomic_file&) = delete;

  /// Where to write the content.
  std::ostream& stream() { return out_; }
  /// Flushes, syncs and renames the temporary file over the target. Throws bad_input.
  void commit();

  const std::filesystem::path& target() const noexcept { return target_; }

 private:
  std::filesystem::path target_, temporary_;
  std::vector<char> buffer_;  // the stream's: large, so that a big graph goes out in few writes
  std::ofstream out_;
  int slot_ = -1;  // its place in the table the signal handler cleans up
  bool committed_ = false;
};

}  // namespace newsgraph::cli
