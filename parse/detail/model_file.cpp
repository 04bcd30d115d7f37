#include "parse/detail/model_file.hpp"

#include <cstring>

#include "parse/detail/parser_features.hpp"
#include "parse/detail/transition_system.hpp"

namespace newsgraph::parse::detail {

namespace {

constexpr char magic[8] = {'N', 'G', 'P', 'A', 'R', 'S', 'E', '\0'};

void put_names(binary_writer& out, const std::vector<std::string>& names) {
  out.put(static_cast<std::uint32_t>(names.size()));
  for (const auto& name : names) out.put_string(name);
}

std::vector<std::string> get_names(binary_reader& in, std::size_t most, const char* what) {
  const auto n = in.get<std::uint32_t>();
  if (n > most) throw format_error(std::string("too many ") + what + ": " + std::to_string(n));
  std::vector<std::string> names;
  names.reserve(n);
  for (std::uint32_t i = 0; i < n; ++i) names.push_back(in.get_string());
  return names;
}

void expect_magic(binary_reader& in, const char* where) {
  char got[sizeof magic];
  for (char& c : got) c = in.get<char>();
  if (std::memcmp(got, magic, sizeof magic) != 0)
    throw format_error(std::string("bad magic ") + where + " (not a newsgraph parser model)");
}

}  // namespace

std::string write_model(const model_data& data) {
  binary_writer out;
  for (char c : magic) out.put(c);
  out.put(model_version);
  put_names(out, data.xpos_names);
  put_names(out, data.rel_names);
  out.put(static_cast<std::uint32_t>(data.tag_classes.size()));
  for (const auto& t : data.tag_classes) {
    out.put(static_cast<std::uint8_t>(t.tag));
    out.put(t.xpos);
  }
  out.put(data.root_rel);
  out.put(data.extra_root_rel);
  data.tagger.write(out);
  data.tagger2.write(out);
  data.parser.write(out);
  for (char c : magic) out.put(c);
  return out.bytes();
}

model_data read_model(std::string_view bytes) {
  binary_reader in(bytes);
  if (bytes.size() < sizeof magic) throw format_error("truncated: shorter than the magic number");
  expect_magic(in, "at the start");
  const auto version = in.get<std::uint32_t>();
  if (version != model_version)
    throw format_error("unsupported version " + std::to_string(version) + " (this build reads version " +
                       std::to_string(model_version) + ")");
  model_data d;
  d.xpos_names = get_names(in, 255, "Penn tags");
  d.rel_names = get_names(in, 64, "relations");
  const auto classes = in.get<std::uint32_t>();
  if (classes == 0 || classes > 254) throw format_error("bad tag class count " + std::to_string(classes));
  for (std::uint32_t i = 0; i < classes; ++i) {
    const auto tag = in.get<std::uint8_t>();
    const auto xpos = in.get<std::uint8_t>();
    if (tag >= upos_count || xpos >= d.xpos_names.size()) throw format_error("a tag class out of range");
    d.tag_classes.push_back({static_cast<upos>(tag), xpos});
  }
  d.class_kinds = kinds_of(d.tag_classes);
  d.root_rel = in.get<std::uint8_t>();
  d.extra_root_rel = in.get<std::uint8_t>();
  if (d.rel_names.size() < 2 || d.root_rel >= d.rel_names.size() || d.extra_root_rel >= d.rel_names.size())
    throw format_error("bad relation inventory");
  d.tagger = weight_table::read(in);
  d.tagger2 = weight_table::read(in);
  d.parser = weight_table::read(in);
  if (d.tagger.class_bound() > d.tag_classes.size() || d.tagger2.class_bound() > d.tag_classes.size() ||
      d.parser.class_bound() > transition_count(d.rel_names.size()))
    throw format_error("a weight names a class the model does not have");
  expect_magic(in, "at the end");
  if (!in.at_end()) throw format_error("trailing bytes after the model");
  return d;
}

}  // namespace newsgraph::parse::detail
