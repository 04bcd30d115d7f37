#include "ingest/detail/line_reader.hpp"

namespace newsgraph::detail {

namespace {
constexpr std::size_t chunk_bytes = 64 * 1024;
}

line_reader::line_reader(std::istream& in, std::size_t max_line_bytes) : in_(in), max_(max_line_bytes) {}

bool line_reader::fill() {
  buffer_.resize(chunk_bytes);
  in_.read(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
  const auto got = static_cast<std::size_t>(in_.gcount());
  if (in_.bad()) throw std::ios_base::failure("read error");
  buffer_.resize(got);
  pos_ = 0;
  return got > 0;
}

std::string_view line_reader::peek() {
  if (pos_ >= buffer_.size()) fill();
  return std::string_view(buffer_).substr(pos_);
}

line_reader::status line_reader::next(std::string& line) {
  line.clear();
  line_bytes_ = 0;
  bool over = false, any = false;
  for (;;) {
    if (pos_ >= buffer_.size() && !fill()) break;
    any = true;
    const std::size_t nl = buffer_.find('\n', pos_);
    const std::size_t end = nl == std::string::npos ? buffer_.size() : nl;
    const std::size_t take = end - pos_;
    line_bytes_ += take;
    if (!over) {
      if (line.size() + take > max_ + 1) {  // + 1: room for a CR before the LF
        line.append(buffer_, pos_, max_ - std::min(max_, line.size()));
        over = true;
      } else {
        line.append(buffer_, pos_, take);
      }
    }
    if (nl == std::string::npos) {
      pos_ = buffer_.size();
      continue;
    }
    pos_ = nl + 1;
    ++line_bytes_;
    break;
  }
  if (!any) return status::end;
  ++line_number_;
  if (!over && !line.empty() && line.back() == '\r') line.pop_back();
  if (!over && line.size() > max_) {
    line.resize(max_);
    over = true;
  }
  return over ? status::too_long : status::line;
}

}  // namespace newsgraph::detail
