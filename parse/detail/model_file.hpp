#pragma once
// The binary model file: magic "NGPARSE\0", a version, the inventories, the three weight
// tables (tagger, tagger's second pass, parser), and the magic again at the end.
#include <cstdint>
#include <string>
#include <string_view>

#include "parse/detail/model_data.hpp"

namespace newsgraph::parse::detail {

/// The version this code writes and reads. Version 2: more features (parser_features.hpp,
/// tagger.hpp) and a third weight table, the tagger's second pass, between the other two.
inline constexpr std::uint32_t model_version = 2;

/// The bytes of the model file of `data`.
std::string write_model(const model_data& data);

/// The model in `bytes`; throws format_error saying what is wrong with them.
model_data read_model(std::string_view bytes);

}  // namespace newsgraph::parse::detail
