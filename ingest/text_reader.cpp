#include "ingest/text_reader.hpp"

#include "ingest/detail/utf8.hpp"
#include "ingest/normalize.hpp"

namespace newsgraph {

std::string first_line_title(std::string_view text) {
  const auto blank = [](char c) { return c == ' ' || c == '\t'; };
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(pos, end - pos);
    while (!line.empty() && blank(line.front())) line.remove_prefix(1);
    while (!line.empty() && blank(line.back())) line.remove_suffix(1);
    if (!line.empty()) {
      line = detail::utf8_prefix(line, max_title_bytes);
      while (!line.empty() && blank(line.back())) line.remove_suffix(1);
      return std::string(line);
    }
    pos = end + 1;
  }
  return {};
}

void set_title(document& doc, std::string_view title) {
  std::string t = normalize_text(title);
  const std::size_t blank = t.find_first_not_of(" \t\n");
  if (blank == std::string::npos) return;
  t.erase(0, blank);
  t.erase(t.find_last_not_of(" \t\n") + 1);
  if (first_line_title(doc.text) != first_line_title(t)) doc.text = t + (doc.text.empty() ? "" : "\n\n") + doc.text;
  doc.title = first_line_title(t);
}

document text_document(std::string_view text, std::string id) {
  document doc;
  doc.id = std::move(id);
  doc.text = normalize_text(text);
  doc.title = first_line_title(doc.text);
  return doc;
}

}  // namespace newsgraph
