#include "ingest/ingest.hpp"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <istream>
#include <new>
#include <unordered_map>

#include "ingest/detail/html_charset.hpp"
#include "ingest/detail/line_reader.hpp"
#include "ingest/detail/utf8.hpp"
#include "ingest/html_reader.hpp"
#include "ingest/html_sniff.hpp"
#include "ingest/jsonl_reader.hpp"
#include "ingest/normalize.hpp"
#include "ingest/text_reader.hpp"
#include "graph/detail/read_capped.hpp"

namespace newsgraph {
namespace fs = std::filesystem;

namespace {

constexpr const char* stdin_name = "<stdin>";

std::string lower_extension(const fs::path& file) {
  std::string ext = file.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return ext;
}

bool hidden(const fs::path& p) {
  const std::string name = p.filename().string();
  return !name.empty() && name[0] == '.';
}

std::string over_limit(const std::string& source, std::uintmax_t bytes, std::size_t limit, bool at_least) {
  return source + ": article of " + (at_least ? "more than " : "") + std::to_string(bytes) +
         " bytes is over the size limit of " + std::to_string(limit) + " bytes; skipped";
}

std::ifstream open(const input_file& input) {
  std::ifstream in(input.path, std::ios::binary);
  if (!in) throw input_error(input.name, std::string("cannot open: ") + std::strerror(errno));
  return in;
}

// An HTML page's text in UTF-8: as it is when it is UTF-8 or declares it, else decoded from the
// windows-1252 it declares; another charset is read as UTF-8, with a warning.
std::string decode_declared(std::string&& text, const std::string& name, const warning_sink& on_warning) {
  const std::string charset = detail::declared_charset(text);
  if (charset.empty() || charset == "utf-8" || charset == "utf8" || detail::is_valid_utf8(text)) return std::move(text);
  if (detail::is_windows_1252(charset)) return detail::windows_1252_to_utf8(text);
  if (on_warning)
    on_warning(name + ": declares charset " + charset +
              ", which newsgraph does not decode; read as UTF-8 (bytes that are not UTF-8 become U+FFFD)");
  return std::move(text);
}

void read_article(const input_file& input, std::istream& in, const ingest_options& options,
                  const document_sink& on_document, const skip_sink& on_skip, const warning_sink& on_warning) {
  std::string bytes;
  if (!detail::read_capped(in, options.max_article_bytes, bytes)) throw input_error(input.name, "read error");
  if (bytes.size() > options.max_article_bytes) {
    on_skip({input.name, over_limit(input.name, options.max_article_bytes, options.max_article_bytes, true)});
    return;
  }
  if (looks_binary(bytes)) {
    on_skip({input.name, "not text: " + input.name});
    return;
  }
  const std::size_t size = bytes.size();
  std::string text = decode_input(std::move(bytes));
  // Standard input has no extension to go by: a page is known by its start.
  const bool html = input.kind == input_kind::html || (input.is_stdin() && looks_like_html(text));
  if (html) text = decode_declared(std::move(text), input.name, on_warning);
  on_document(html ? html_document(text, input.id) : text_document(text, input.id), size);
}

void read_jsonl(const input_file& input, std::istream& in, const ingest_options& options,
                const document_sink& on_document, const skip_sink& on_skip, const warning_sink& on_warning) {
  detail::line_reader lines(in, options.max_article_bytes);
  std::string line;
  std::unordered_map<std::string, std::size_t> id_lines;  // the line that gave each id first
  try {
    if (looks_binary(lines.peek())) {
      on_skip({input.name, "not text: " + input.name});
      return;
    }
    for (;;) {
      const auto status = lines.next(line);
      if (status == detail::line_reader::status::end) break;
      const std::string where = input.name + ":" + std::to_string(lines.line_number());
      if (status == detail::line_reader::status::too_long) {
        on_skip({where, over_limit(where, options.max_article_bytes, options.max_article_bytes, true)});
        continue;
      }
      std::string_view record = line;
      if (lines.line_number() == 1 && record.substr(0, 3) == "\xEF\xBB\xBF") record.remove_prefix(3);
      if (record.find_first_not_of(" \t\r") == std::string_view::npos) continue;
      jsonl_record parsed = parse_jsonl_record(record, input.id + ":" + std::to_string(lines.line_number()));
      if (parsed.doc) {
        if (parsed.id_given) {
          const std::size_t at = lines.line_number();
          auto [first, fresh] = id_lines.try_emplace(parsed.doc->id, at);
          if (!fresh) {
            std::string qualified = input.id;
            qualified.append(":").append(std::to_string(at)).append("#").append(parsed.doc->id);
            if (on_warning)
              on_warning(where + ": id '" + parsed.doc->id + "' is line " + std::to_string(first->second) +
                         "'s too; read as '" + qualified + "'");
            parsed.doc->id = std::move(qualified);
          }
        }
        on_document(std::move(*parsed.doc), lines.line_bytes());
      } else {
        on_skip({where, where + ": " + parsed.problem});
      }
    }
  } catch (const std::ios_base::failure&) {
    throw input_error(input.name, "read error");
  }
}

}  // namespace

input_error::input_error(std::string name, const std::string& problem)
    : std::runtime_error(name + ": " + problem), name_(std::move(name)) {}

input_kind kind_of(const fs::path& file) {
  const std::string ext = lower_extension(file);
  if (ext == ".html" || ext == ".htm") return input_kind::html;
  if (ext == ".jsonl" || ext == ".ndjson") return input_kind::jsonl;
  return input_kind::text;
}

bool is_article_file(const fs::path& file) {
  if (hidden(file)) return false;
  const std::string ext = lower_extension(file);
  return ext == ".txt" || ext == ".html" || ext == ".htm" || ext == ".jsonl" || ext == ".ndjson";
}

std::vector<input_file> list_inputs(std::span<const std::string> inputs) {
  std::vector<input_file> files;
  for (const std::string& named : inputs) {
    if (named == "-") {
      files.push_back({{}, stdin_name, "stdin", input_kind::text, 0});
      continue;
    }
    const fs::path root(named);
    std::error_code ec;
    const fs::file_status status = fs::status(root, ec);
    if (!fs::exists(status)) throw input_error(named, "no such file or directory");
    if (ec) throw input_error(named, ec.message());
    if (!fs::is_directory(status)) {
      const std::uintmax_t size = fs::is_regular_file(status) ? fs::file_size(root, ec) : 0;
      files.push_back({root, named, root.filename().string(), kind_of(root), ec ? 0 : size});
      continue;
    }
    std::vector<input_file> found;
    fs::recursive_directory_iterator it(root, ec), end;
    if (ec) throw input_error(named, ec.message());
    // An entry that cannot be read is named, not the directory named on the command line: the
    // increment that fails is the one that enters the entry before it (or reads on in its parent).
    fs::path entered;
    for (; it != end; it.increment(ec)) {
      if (ec) throw input_error(entered.string(), ec.message());
      const fs::path& p = it->path();
      entered = it->is_directory(ec) ? p : p.parent_path();
      if (hidden(p)) {
        if (it->is_directory(ec)) it.disable_recursion_pending();
        continue;
      }
      if (!it->is_regular_file(ec) || !is_article_file(p)) continue;
      const std::string relative = p.lexically_relative(root).generic_string();
      const std::uintmax_t size = it->file_size(ec);
      found.push_back({p, p.string(), relative, kind_of(p), ec ? 0 : size});
    }
    if (ec) throw input_error(entered.string(), ec.message());
    std::sort(found.begin(), found.end(), [](const input_file& a, const input_file& b) { return a.id < b.id; });
    std::move(found.begin(), found.end(), std::back_inserter(files));
  }
  return files;
}

void read_input(const input_file& input, const ingest_options& options, const document_sink& on_document,
                const skip_sink& on_skip, const warning_sink& on_warning) {
  if (input.is_stdin()) {
    try {
      read_article(input, std::cin, options, on_document, on_skip, on_warning);
    } catch (const std::bad_alloc&) {
      throw input_error(input.name, "out of memory while reading it");
    }
    return;
  }
  if (input.kind != input_kind::jsonl && input.size > options.max_article_bytes) {
    on_skip({input.name, over_limit(input.name, input.size, options.max_article_bytes, false)});
    return;
  }
  std::ifstream in = open(input);
  try {
    if (input.kind == input_kind::jsonl) {
      read_jsonl(input, in, options, on_document, on_skip, on_warning);
    } else {
      read_article(input, in, options, on_document, on_skip, on_warning);
    }
  } catch (const std::bad_alloc&) {
    throw input_error(input.name, "out of memory while reading it");
  }
}

}  // namespace newsgraph
