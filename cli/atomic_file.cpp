#include "cli/atomic_file.hpp"

#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <mutex>
#include <string>

#include "cli/errors.hpp"

namespace newsgraph::cli {
namespace {

// Temporary files the signal handler removes: paths written before `used` is set, so the
// handler reads only complete paths, with nothing but async-signal-safe calls.
struct pending_file {
  std::atomic<bool> used{false};
  std::array<char, 4096> path{};
};
std::array<pending_file, 32> pending;
std::mutex pending_mutex;

extern "C" void remove_pending_and_reraise(int sig) {
  for (auto& p : pending)
    if (p.used.load()) ::unlink(p.path.data());
  std::signal(sig, SIG_DFL);
  std::raise(sig);
}

int register_pending(const std::string& path) {
  static std::once_flag handlers;
  std::call_once(handlers, [] {
    for (int sig : {SIGINT, SIGTERM, SIGHUP}) std::signal(sig, remove_pending_and_reraise);
  });
  if (path.size() >= std::tuple_size_v<decltype(pending_file::path)>) return -1;
  std::lock_guard lock(pending_mutex);
  for (std::size_t i = 0; i < pending.size(); ++i) {
    if (pending[i].used.load()) continue;
    std::memcpy(pending[i].path.data(), path.c_str(), path.size() + 1);
    pending[i].used.store(true);
    return static_cast<int>(i);
  }
  return -1;
}

void unregister_pending(int slot) {
  if (slot < 0) return;
  std::lock_guard lock(pending_mutex);
  pending[static_cast<std::size_t>(slot)].used.store(false);
}

std::string problem(const std::filesystem::path& file, const std::string& what) {
  return file.string() + ": " + what;
}

}  // namespace

atomic_file::atomic_file(std::filesystem::path target) : target_(std::move(target)) {
  std::error_code ec;
  if (std::filesystem::is_directory(target_, ec)) throw bad_input(problem(target_, "is a directory"));
  const std::filesystem::path dir = target_.parent_path().empty() ? "." : target_.parent_path();
  std::string hidden_name(1, '.');
  hidden_name += target_.filename().string();
  hidden_name += ".tmp-XXXXXX";
  std::string pattern = (dir / hidden_name).string();
  // No signal between creating the file and registering it for removal.
  sigset_t block, previous;
  sigemptyset(&block);
  for (int sig : {SIGINT, SIGTERM, SIGHUP}) sigaddset(&block, sig);
  ::pthread_sigmask(SIG_BLOCK, &block, &previous);
  const int fd = ::mkstemp(pattern.data());
  const int create_errno = errno;
  if (fd >= 0) slot_ = register_pending(pattern);
  ::pthread_sigmask(SIG_SETMASK, &previous, nullptr);
  if (fd < 0) throw bad_input(problem(target_, std::string("cannot write: ") + std::strerror(create_errno)));
  temporary_ = pattern;
  // The permissions a new file would get, or those of the file it replaces.
  struct stat existing {};
  mode_t mode;
  if (::stat(target_.c_str(), &existing) == 0) {
    mode = existing.st_mode & 07777;
  } else {
    const mode_t mask = ::umask(0);
    ::umask(mask);
    mode = 0666 & ~mask;
  }
  ::fchmod(fd, mode);
  ::close(fd);
  buffer_.resize(std::size_t{1} << 20);
  out_.rdbuf()->pubsetbuf(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));  // before open()
  out_.open(temporary_, std::ios::binary | std::ios::trunc);
  if (!out_) {
    ::unlink(temporary_.c_str());
    unregister_pending(slot_);
    throw bad_input(problem(target_, std::string("cannot write: ") + std::strerror(errno)));
  }
}

atomic_file::~atomic_file() {
  if (committed_) return;
  out_.close();
  ::unlink(temporary_.c_str());
  unregister_pending(slot_);
}

void atomic_file::commit() {
  errno = 0;
  out_.flush();
  const bool written = static_cast<bool>(out_);
  const int write_errno = errno;
  out_.close();
  if (!written || out_.fail())
    throw bad_input(problem(target_, std::string("cannot write: ") +
                                         (write_errno ? std::strerror(write_errno) : "write failed")));
  if (const int fd = ::open(temporary_.c_str(), O_RDONLY); fd >= 0) {
    ::fsync(fd);
    ::close(fd);
  }
  if (::rename(temporary_.c_str(), target_.c_str()) != 0)
    throw bad_input(problem(target_, std::string("cannot write: ") + std::strerror(errno)));
  committed_ = true;
  unregister_pending(slot_);
}

}  // namespace newsgraph::cli
