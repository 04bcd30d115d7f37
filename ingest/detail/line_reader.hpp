#pragma once
// Reads a stream line by line in bounded memory: a line longer than the limit is skipped
// without being held, so a 1 GB line costs 64 KiB.
#include <cstddef>
#include <istream>
#include <string>
#include <string_view>

namespace newsgraph::detail {

/// Splits a stream into lines at LF (a CR before it is dropped). Not thread-safe.
class line_reader {
 public:
  /// Reads from `in`; lines over `max_line_bytes` are reported as too long, not returned.
  line_reader(std::istream& in, std::size_t max_line_bytes);

  enum class status { line, too_long, end };

  /// The next line into `line` (status::line), or the next line's being over the limit
  /// (status::too_long, `line` holds its first max_line_bytes bytes), or the end of the stream.
  /// Throws std::ios_base::failure when the stream fails other than at its end.
  status next(std::string& line);

  /// The next bytes of the stream, not yet returned (up to 64 KiB, read now if none are
  /// buffered), to sniff what the stream holds without consuming it.
  std::string_view peek();

  /// The 1-based number of the line last returned.
  std::size_t line_number() const noexcept { return line_number_; }
  /// The bytes of the line last returned, with its line ending.
  std::size_t line_bytes() const noexcept { return line_bytes_; }

 private:
  bool fill();

  std::istream& in_;
  std::size_t max_;
  std::string buffer_;
  std::size_t pos_ = 0;
  std::size_t line_number_ = 0;
  std::size_t line_bytes_ = 0;
};

}  // namespace newsgraph::detail
