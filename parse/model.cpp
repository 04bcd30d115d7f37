#include "parse/parser.hpp"

#include <array>
#include <cerrno>
#include <cstring>
#include <fstream>

#include "parse/detail/dependency_parser.hpp"
#include "parse/detail/model_data.hpp"
#include "parse/detail/model_file.hpp"
#include "parse/detail/parser_features.hpp"
#include "parse/detail/tagger.hpp"

namespace newsgraph::parse {

namespace {

constexpr std::array<std::string_view, upos_count> upos_names = {
    "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM",
    "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X"};

constexpr const char* model_file_name = "en_news.model";

// Room for one sentence's analysis, kept by each thread and grown, never shrunk.
struct workspace {
  std::vector<detail::word_keys> words;
  std::vector<std::uint8_t> tags, first;
  std::vector<detail::token_state> tokens;
  std::vector<std::int32_t> stack;
  std::vector<std::uint32_t> counts;
};

std::string read_file(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary | std::ios::ate);
  if (!in) throw model_error(file.string(), std::string("cannot open: ") + std::strerror(errno));
  const std::streamoff size = in.tellg();
  if (size < 0) throw model_error(file.string(), "cannot tell the file's size");
  std::string bytes(static_cast<std::size_t>(size), '\0');
  in.seekg(0);
  if (!in.read(bytes.data(), size)) throw model_error(file.string(), "cannot read the file");
  return bytes;
}

int find_name(const std::vector<std::string>& names, std::string_view name) noexcept {
  for (std::size_t i = 0; i < names.size(); ++i)
    if (names[i] == name) return static_cast<int>(i);
  return -1;
}

}  // namespace

std::string_view upos_name(upos tag) noexcept {
  const auto i = static_cast<std::size_t>(tag);
  return i < upos_count ? upos_names[i] : upos_names.back();
}

model_error::model_error(std::string file, const std::string& problem)
    : std::runtime_error(file + ": " + problem), file_(std::move(file)) {}

model::model(std::shared_ptr<const detail::model_data> data) noexcept : data_(std::move(data)) {}

model model::load(const std::filesystem::path& file) {
  const std::string bytes = read_file(file);
  try {
    return model(std::make_shared<const detail::model_data>(detail::read_model(bytes)));
  } catch (const detail::format_error& e) {
    throw model_error(file.string(), e.what());
  }
}

model model::builtin(const std::filesystem::path& dir) {
  if (!dir.empty()) return load(dir / model_file_name);
  std::error_code ec;
  const std::filesystem::path installed = std::filesystem::path(NEWSGRAPH_MODEL_INSTALL_DIR) / model_file_name;
  if (std::filesystem::is_regular_file(installed, ec)) return load(installed);
  return load(std::filesystem::path(NEWSGRAPH_MODEL_SOURCE_DIR) / model_file_name);
}

void model::analyse(std::span<const std::string_view> words, std::vector<word_analysis>& out) const {
  const std::size_t n = words.size();
  out.resize(n);
  if (n == 0) return;
  thread_local workspace ws;
  const detail::model_data& d = *data_;
  if (ws.words.size() < n + 4) {
    ws.words.resize(n + 4);
    ws.tags.resize(n + 1);
    ws.first.resize(n + 1);
    ws.tokens.resize(n + 1);
    ws.stack.resize(n + 1);
    ws.counts.resize(n + 1);
  }
  detail::word_keys* keys = ws.words.data() + 2;
  keys[-2] = keys[-1] = keys[n] = keys[n + 1] = detail::boundary_keys();
  for (std::size_t i = 0; i < n; ++i) keys[i] = detail::make_word_keys(words[i]);
  if (d.tagger2.size() == 0) {
    detail::tag_words(d.tagger, d.tag_classes.size(), keys, n, ws.tags.data());
  } else {
    detail::tag_words(d.tagger, d.tag_classes.size(), keys, n, ws.first.data());
    detail::tag_words2(d.tagger2, d.tag_classes.size(), keys, ws.first.data(), n, ws.tags.data());
  }
  detail::count_before(ws.tags.data(), n, d.class_kinds, ws.counts.data());
  detail::parse_words(d.parser, d.rel_names.size(), d.root_rel, keys, ws.tags.data(), ws.counts.data(), n,
                      ws.tokens.data(), ws.stack.data());
  std::int32_t root = -1;
  for (std::size_t i = 0; i < n; ++i) {
    const detail::tag_class& t = d.tag_classes[ws.tags[i]];
    const detail::token_state& s = ws.tokens[i];
    word_analysis& a = out[i];
    a.tag = t.tag;
    a.xpos = t.xpos;
    a.rel = s.label;
    a.head = s.head;
    if (static_cast<std::size_t>(s.head) == n) {
      if (root < 0) {
        root = static_cast<std::int32_t>(i);
        a.head = -1;
        a.rel = d.root_rel;
      } else {
        a.head = root;
        a.rel = d.extra_root_rel;
      }
    }
  }
}

std::string_view model::rel_name(std::uint8_t id) const noexcept {
  return id < data_->rel_names.size() ? std::string_view(data_->rel_names[id]) : std::string_view();
}
int model::rel_id(std::string_view name) const noexcept { return find_name(data_->rel_names, name); }
std::size_t model::rel_count() const noexcept { return data_->rel_names.size(); }

std::string_view model::xpos_name(std::uint8_t id) const noexcept {
  return id < data_->xpos_names.size() ? std::string_view(data_->xpos_names[id]) : std::string_view();
}
int model::xpos_id(std::string_view name) const noexcept { return find_name(data_->xpos_names, name); }
std::size_t model::xpos_count() const noexcept { return data_->xpos_names.size(); }

}  // namespace newsgraph::parse
