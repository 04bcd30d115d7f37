#pragma once
// Little-endian reading and writing of the model file's fields.
#include <cstdint>
#include <cstring>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace newsgraph::parse::detail {

/// Bytes that are not a well-formed model: what() says how (the caller adds the file).
class format_error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// Appends fields to a byte string.
class binary_writer {
 public:
  /// Appends a trivially copyable value as its bytes.
  template <class T>
  void put(const T& value) {
    static_assert(std::is_trivially_copyable_v<T>);
    bytes_.append(reinterpret_cast<const char*>(&value), sizeof value);
  }
  /// Appends a length (uint32) and the bytes of `s`.
  void put_string(std::string_view s);
  /// Appends a count (uint64) and the elements of `v`.
  template <class T>
  void put_vector(const std::vector<T>& v) {
    static_assert(std::is_trivially_copyable_v<T>);
    put(static_cast<std::uint64_t>(v.size()));
    bytes_.append(reinterpret_cast<const char*>(v.data()), v.size() * sizeof(T));
  }
  /// Appends `n` raw bytes.
  void put_bytes(const void* p, std::size_t n) { bytes_.append(static_cast<const char*>(p), n); }
  /// The bytes written so far.
  const std::string& bytes() const noexcept { return bytes_; }

 private:
  std::string bytes_;
};

/// Reads fields from bytes in order; throws format_error("truncated ...") past the end.
class binary_reader {
 public:
  /// Reads from `bytes`, which must outlive the reader.
  explicit binary_reader(std::string_view bytes) noexcept : bytes_(bytes) {}
  /// Reads a trivially copyable value.
  template <class T>
  T get() {
    static_assert(std::is_trivially_copyable_v<T>);
    T value;
    std::memcpy(&value, take(sizeof value, "a field"), sizeof value);
    return value;
  }
  /// Reads a string written by put_string.
  std::string get_string();
  /// Reads a vector written by put_vector.
  template <class T>
  std::vector<T> get_vector(const char* what) {
    const auto n = get<std::uint64_t>();
    if (n > (bytes_.size() - at_) / sizeof(T)) throw format_error(std::string("truncated in ") + what);
    std::vector<T> v(n);
    std::memcpy(v.data(), take(n * sizeof(T), what), n * sizeof(T));
    return v;
  }
  /// The next `n` bytes; `what` names them in the error when fewer are left.
  const char* take_bytes(std::size_t n, const char* what) { return take(n, what); }
  /// The number of bytes not read yet.
  std::size_t left() const noexcept { return bytes_.size() - at_; }
  /// Whether every byte has been read.
  bool at_end() const noexcept { return at_ == bytes_.size(); }

 private:
  const char* take(std::size_t n, const char* what);
  std::string_view bytes_;
  std::size_t at_ = 0;
};

}  // namespace newsgraph::parse::detail
