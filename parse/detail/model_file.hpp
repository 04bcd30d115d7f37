#pragma once
// The binary model file: magic "NGPARSE\0", a version, the inventories, the two weight
// tables, and the magic again at the end.
#include <cstdint>
#include <string>
#include <string_view>

#include "parse/detail/model_data.hpp"

namespace newsgraph::parse::detail {

/// The version this code writes and reads.
inline constexpr std::uint32_t model_version = 1;

/// The bytes of the model file of `data`.
std::string write_model(const model_data& data);

/// The model in `bytes`; throws format_error saying what is wrong with them.
model_data read_model(std::string_view bytes);

}  // namespace newsgraph::parse::detail
