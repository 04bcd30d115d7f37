#pragma once
// Ingest: the inputs a user names (files, directories, standard input) as a stream of
// articles, each with its id, title, date, url and normalised text.
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <span>
#include <stdexcept>
#include <string>
#include <vector>

#include "extract/document.hpp"

namespace newsgraph {

/// How an input file is read.
enum class input_kind {
  text,   ///< one plain-text article (.txt, any file named directly), or standard input: HTML when it starts as a page does (looks_like_html)
  html,   ///< one HTML page (.html, .htm)
  jsonl,  ///< JSON Lines, one article a line (.jsonl, .ndjson)
};

/// One file to read: a named file, a file found in a named directory, or standard input.
struct input_file {
  std::filesystem::path path;  ///< empty for standard input
  std::string name;            ///< how messages name it: the path as the user wrote it, joined
  std::string id;              ///< its article's id: the path relative to the named directory, the file name of a file, "stdin"
  input_kind kind = input_kind::text;
  std::uintmax_t size = 0;     ///< bytes; 0 for standard input, whose size is unknown

  bool is_stdin() const noexcept { return path.empty(); }
};

/// An input that cannot be read at all (missing, unreadable): the run cannot go on.
class input_error : public std::runtime_error {
 public:
  input_error(std::string name, const std::string& problem);
  /// The input as the user named it.
  const std::string& name() const noexcept { return name_; }

 private:
  std::string name_;
};

/// An article read but not used, and why: reported, then skipped; the rest goes on.
struct skipped_article {
  std::string source;   ///< the file, or "FILE:LINE" for a JSON Lines record
  std::string message;  ///< the whole message: "not text: FILE", "FILE:LINE: column 3: bad JSON: ..."
};

/// The default of ingest_options::max_article_bytes: 10 MiB.
inline constexpr std::size_t default_max_article_bytes = 10u * 1024 * 1024;

/// How to read inputs.
struct ingest_options {
  std::size_t max_article_bytes = default_max_article_bytes;  ///< bigger articles are skipped
};

/// The kind a file's extension names; anything else is plain text.
input_kind kind_of(const std::filesystem::path& file);

/// Whether a directory walk reads this file: .txt, .html, .htm, .jsonl, .ndjson, not hidden.
bool is_article_file(const std::filesystem::path& file);

/// The files the named inputs stand for, in order: a file as it is, "-" as standard input, a
/// directory as every article file under it (recursively, hidden entries skipped, sorted by
/// relative path byte by byte). Throws input_error naming the first input that does not
/// exist or cannot be listed.
std::vector<input_file> list_inputs(std::span<const std::string> inputs);

/// Receives each article read, with the number of input bytes it came from.
using document_sink = std::function<void(document&& doc, std::size_t input_bytes)>;
/// Receives each article skipped.
using skip_sink = std::function<void(skipped_article&& skipped)>;
/// Receives each warning about an article that is read all the same, the place named.
using warning_sink = std::function<void(std::string&& message)>;

/// Reads every article of `input` in order: binary files ("not text: FILE"), articles over
/// the size limit and bad JSON Lines records go to `on_skip`, the rest to `on_document`.
/// An id a JSON Lines file gives twice is, the second time, `FILE:LINE#ID` (FILE as
/// input_file::id), with a warning to `on_warning` naming both lines; ids two inputs share are
/// the caller's to tell apart (unique_ids). An HTML page that declares windows-1252 or ISO
/// 8859-1 (and is not valid UTF-8) is decoded from it; one that declares another charset is
/// read as UTF-8, with a warning to `on_warning`.
/// Throws input_error when the file cannot be opened or read, or memory runs out reading it.
void read_input(const input_file& input, const ingest_options& options, const document_sink& on_document,
                const skip_sink& on_skip, const warning_sink& on_warning = {});

}  // namespace newsgraph
