#pragma once
// Output files that appear whole or not at all.
#include <sys/types.h>

#include <cstddef>
#include <filesystem>
#include <ostream>
#include <streambuf>
#include <vector>

namespace newsgraph::cli {

/// A stream buffer that writes to a file descriptor and keeps the errno of the first write that
/// failed, so that the message can say why ("File too large", "No space left on device").
class fd_buffer : public std::streambuf {
 public:
  /// Writes to `fd` (not owned; -1 for none) through a buffer of `size` bytes.
  void open(int fd, std::size_t size);
  int fd() const noexcept { return fd_; }
  /// The errno of the first failed write; 0 when none failed.
  int error() const noexcept { return error_; }

 protected:
  int overflow(int c) override;
  int sync() override;

 private:
  bool drain();

  int fd_ = -1;
  int error_ = 0;
  std::vector<char> buffer_;
};

/// A file written in full or not at all. Everything goes to a temporary file beside the target
/// (same directory, so the rename is atomic), named ".NAME.tmp-PID-XXXXXX" and made when writing
/// starts, not while the articles are read; commit() renames it
/// over the target. Until then the target is untouched, and the temporary file is removed by the
/// destructor, or by a SIGINT, SIGTERM, SIGHUP or SIGXFSZ handler when the run is interrupted;
/// those of a run that was killed outright (kill -9) are removed by the next run that writes
/// the same target. A target that is a character device or a FIFO (/dev/null, a terminal, a
/// pipe, or a symbolic link to one) is written straight through instead, never replaced; a
/// symbolic link to a regular file stays, and the file it names is replaced.
class atomic_file {
 public:
  /// Checks now that the target can be written (a directory it cannot be made in fails before
  /// any work) and removes the stale temporaries of dead runs; the temporary file itself is
  /// made when writing starts (the first stream()). Throws bad_input naming the target.
  explicit atomic_file(std::filesystem::path target);
  ~atomic_file();
  atomic_file(const atomic_file&) = delete;
  atomic_file& operator=(const atomic_file&) = delete;

  /// Where to write the content; the first call makes the temporary file (throws bad_input
  /// naming the target when it cannot).
  std::ostream& stream();
  /// Flushes, syncs and renames the temporary file over the target. Throws bad_input with the
  /// reason of the failed write.
  void commit();

  const std::filesystem::path& target() const noexcept { return target_; }

 private:
  std::filesystem::path target_, destination_, temporary_;  // destination_: the file renamed over
  fd_buffer buffer_;
  std::ostream out_;
  void create_temporary();

  int slot_ = -1;  // its place in the table the signal handler cleans up
  mode_t mode_ = 0;        // the permissions of the file replaced, if replaces_
  bool replaces_ = false;  // whether the target exists (else a new file's permissions)
  bool direct_ = false;  // written straight to the target, which is not a regular file
  bool committed_ = false;
};

}  // namespace newsgraph::cli
