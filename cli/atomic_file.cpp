#include "cli/atomic_file.hpp"

#include <dirent.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <string>

#include "cli/errors.hpp"

namespace newsgraph::cli {
namespace {

// The signals that remove the temporary files before they end the run. SIGXFSZ is what
// `ulimit -f` sends when a file grows past the limit.
constexpr std::array<int, 4> cleanup_signals{SIGINT, SIGTERM, SIGHUP, SIGXFSZ};

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
    for (int sig : cleanup_signals) {
      // A signal the caller ignores stays ignored (nohup; SIGXFSZ ignored makes a write fail
      // with EFBIG, reported with its reason, instead of ending the run).
      struct sigaction old {};
      if (::sigaction(sig, nullptr, &old) == 0 && old.sa_handler == SIG_IGN) continue;
      std::signal(sig, remove_pending_and_reraise);
    }
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

// The start of the names of the temporary files of `name` ("g.graphml"): ".g.graphml.tmp-".
// Each is that, the writer's process id, '-' and six characters of mkstemp.
std::string temporary_prefix(const std::string& name) { return "." + name + ".tmp-"; }

// Removes the temporary files of `name` in `dir` that a run killed without a chance to clean up
// (kill -9, a crash) left: those whose process no longer exists.
void remove_stale(const std::filesystem::path& dir, const std::string& name) {
  const std::string prefix = temporary_prefix(name);
  DIR* d = ::opendir(dir.c_str());
  if (!d) return;
  while (const dirent* entry = ::readdir(d)) {
    std::string_view file(entry->d_name);
    if (!file.starts_with(prefix)) continue;
    std::string_view rest = file.substr(prefix.size());
    const auto dash = rest.find('-');
    if (dash == 0 || dash == std::string_view::npos || rest.size() != dash + 7) continue;
    if (rest.substr(0, dash).find_first_not_of("0123456789") != std::string_view::npos) continue;
    const long pid = std::strtol(std::string(rest.substr(0, dash)).c_str(), nullptr, 10);
    if (pid <= 0 || pid == ::getpid()) continue;
    if (::kill(static_cast<pid_t>(pid), 0) == 0 || errno != ESRCH) continue;  // alive, or not ours to judge
    struct stat st {};
    const std::filesystem::path path = dir / std::string(file);
    if (::lstat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode) && st.st_uid == ::geteuid()) ::unlink(path.c_str());
  }
  ::closedir(d);
}

}  // namespace

int fd_buffer::overflow(int c) {
  if (!drain()) return traits_type::eof();
  if (c != traits_type::eof()) {
    *pptr() = traits_type::to_char_type(c);
    pbump(1);
  }
  return traits_type::not_eof(c);
}

int fd_buffer::sync() { return drain() ? 0 : -1; }

void fd_buffer::open(int fd, std::size_t size) {
  fd_ = fd;
  buffer_.resize(size);
  setp(buffer_.data(), buffer_.data() + buffer_.size());
}

bool fd_buffer::drain() {
  if (error_ != 0 || fd_ < 0) {
    if (error_ == 0) error_ = EBADF;
    return false;
  }
  const char* p = pbase();
  while (p < pptr()) {
    const ssize_t n = ::write(fd_, p, static_cast<std::size_t>(pptr() - p));
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      error_ = n < 0 ? errno : EIO;
      return false;
    }
    p += n;
  }
  setp(buffer_.data(), buffer_.data() + buffer_.size());
  return true;
}

atomic_file::atomic_file(std::filesystem::path target) : target_(std::move(target)), out_(&buffer_) {
  std::error_code ec;
  if (std::filesystem::is_directory(target_, ec)) throw bad_input(problem(target_, "is a directory"));
  // A target that is not a regular file (a terminal, /dev/null, a FIFO, or a link to one) is
  // written straight through: renaming over it would replace the device or pipe.
  struct stat existing {};
  const bool exists = ::stat(target_.c_str(), &existing) == 0;
  if (exists && !S_ISREG(existing.st_mode)) {
    if (!S_ISCHR(existing.st_mode) && !S_ISFIFO(existing.st_mode))
      throw bad_input(problem(target_, "cannot write: not a regular file, a character device or a FIFO"));
    const int fd = ::open(target_.c_str(), O_WRONLY | O_CLOEXEC);
    if (fd < 0) throw bad_input(problem(target_, std::string("cannot write: ") + std::strerror(errno)));
    direct_ = true;
    buffer_.open(fd, std::size_t{1} << 16);
    return;
  }
  // A symbolic link to a regular file: the file it names is replaced, and the link kept.
  destination_ = target_;
  struct stat link {};
  if (exists && ::lstat(target_.c_str(), &link) == 0 && S_ISLNK(link.st_mode)) {
    destination_ = std::filesystem::canonical(target_, ec);
    if (ec) throw bad_input(problem(target_, "cannot write: " + ec.message()));
  }
  const std::filesystem::path dir = destination_.parent_path().empty() ? "." : destination_.parent_path();
  remove_stale(dir, destination_.filename().string());
  // The temporary file comes when writing starts; a directory it cannot be made in fails now.
  if (::access(dir.c_str(), W_OK | X_OK) != 0)
    throw bad_input(problem(target_, std::string("cannot write: ") + std::strerror(errno)));
  mode_ = exists ? existing.st_mode & 07777 : 0;
  replaces_ = exists;
}

std::ostream& atomic_file::stream() {
  if (!direct_ && temporary_.empty()) create_temporary();
  return out_;
}

void atomic_file::create_temporary() {
  const std::filesystem::path dir = destination_.parent_path().empty() ? "." : destination_.parent_path();
  const std::string name = destination_.filename().string();
  std::string pattern = (dir / (temporary_prefix(name) + std::to_string(::getpid()) + "-XXXXXX")).string();
  // No signal between creating the file and registering it for removal.
  sigset_t block, previous;
  sigemptyset(&block);
  for (int sig : cleanup_signals) sigaddset(&block, sig);
  ::pthread_sigmask(SIG_BLOCK, &block, &previous);
  const int fd = ::mkostemp(pattern.data(), O_CLOEXEC);
  const int create_errno = errno;
  if (fd >= 0) slot_ = register_pending(pattern);
  ::pthread_sigmask(SIG_SETMASK, &previous, nullptr);
  if (fd < 0) throw bad_input(problem(target_, std::string("cannot write: ") + std::strerror(create_errno)));
  temporary_ = pattern;
  // The permissions a new file would get, or those of the file it replaces.
  mode_t mode = mode_;
  if (!replaces_) {
    const mode_t mask = ::umask(0);
    ::umask(mask);
    mode = 0666 & ~mask;
  }
  ::fchmod(fd, mode);
  // Large, so that a big graph goes out in few writes.
  buffer_.open(fd, std::size_t{1} << 20);
}

atomic_file::~atomic_file() {
  if (committed_) return;
  if (buffer_.fd() >= 0) ::close(buffer_.fd());
  if (direct_ || temporary_.empty()) return;
  ::unlink(temporary_.c_str());
  unregister_pending(slot_);
}

void atomic_file::commit() {
  stream();
  out_.flush();
  const int fd = buffer_.fd();
  auto failed = [&](int error) {
    return bad_input(problem(target_, std::string("cannot write: ") + std::strerror(error ? error : EIO)));
  };
  if (buffer_.error() != 0 || !out_) throw failed(buffer_.error());
  if (direct_) {
    committed_ = true;
    ::close(fd);
    buffer_.open(-1, 0);
    return;
  }
  if (::fsync(fd) != 0 && errno != EINVAL) throw failed(errno);
  const int closed = ::close(fd);
  const int close_errno = errno;
  buffer_.open(-1, 0);
  if (closed != 0) throw failed(close_errno);
  if (::rename(temporary_.c_str(), destination_.c_str()) != 0) throw failed(errno);
  committed_ = true;
  unregister_pending(slot_);
}

}  // namespace newsgraph::cli
