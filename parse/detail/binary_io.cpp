#include "parse/detail/binary_io.hpp"

namespace newsgraph::parse::detail {

void binary_writer::put_string(std::string_view s) {
  put(static_cast<std::uint32_t>(s.size()));
  bytes_.append(s);
}

std::string binary_reader::get_string() {
  const auto n = get<std::uint32_t>();
  return std::string(take(n, "a name"), n);
}

const char* binary_reader::take(std::size_t n, const char* what) {
  if (n > bytes_.size() - at_)
    throw format_error("truncated: " + std::to_string(n) + " bytes of " + what + " wanted at offset " +
                       std::to_string(at_) + ", " + std::to_string(bytes_.size() - at_) + " left");
  const char* p = bytes_.data() + at_;
  at_ += n;
  return p;
}

}  // namespace newsgraph::parse::detail
