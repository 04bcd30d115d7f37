#include "extract/lexicon.hpp"

namespace newsgraph {

struct lexicon::data {
  std::vector<state_entry> states;
  std::vector<body_entry> bodies;
  std::vector<role_entry> roles;
  std::vector<office_entry> offices;
  std::vector<trigger_entry> triggers;
  std::vector<modality_entry> modality;
};

lexicon_error::lexicon_error(std::string file, std::size_t line, std::size_t column, const std::string& problem)
    : std::runtime_error(file + ":" + std::to_string(line) + ":" + std::to_string(column) + ": " + problem),
      file_(std::move(file)), line_(line), column_(column) {}

lexicon::lexicon() : data_(std::make_unique<data>()) {}
lexicon::~lexicon() = default;
lexicon::lexicon(lexicon&&) noexcept = default;
lexicon& lexicon::operator=(lexicon&&) noexcept = default;

lexicon lexicon::builtin(const std::filesystem::path&) { return {}; }
void lexicon::load_file(const std::filesystem::path&) {}
void lexicon::load_text(std::string_view, const std::string&) {}

const std::vector<state_entry>& lexicon::states() const { return data_->states; }
const std::vector<body_entry>& lexicon::bodies() const { return data_->bodies; }
const std::vector<role_entry>& lexicon::roles() const { return data_->roles; }
const std::vector<office_entry>& lexicon::offices() const { return data_->offices; }
const std::vector<trigger_entry>& lexicon::triggers() const { return data_->triggers; }
const std::vector<modality_entry>& lexicon::modality() const { return data_->modality; }

}  // namespace newsgraph
