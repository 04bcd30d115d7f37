#pragma once
// Equality of two short strings without a call to memcmp, and the unaligned loads it and the
// vocabulary's hash read words with: the hash tables of words and keys compare one candidate
// per lookup, and most keys are a few bytes long.
#include <cstdint>
#include <cstring>
#include <string_view>

namespace newsgraph::detail {

/// The 8 bytes from `at`, as one number (any alignment).
inline std::uint64_t load8(const char* at) {
  std::uint64_t v;
  std::memcpy(&v, at, sizeof v);
  return v;
}
/// The 4 bytes from `at`, as one number (any alignment).
inline std::uint64_t load4(const char* at) {
  std::uint32_t v;
  std::memcpy(&v, at, sizeof v);
  return v;
}

/// Whether a and b hold the same bytes.
inline bool same_text(std::string_view a, std::string_view b) {
  const std::size_t n = a.size();
  if (n != b.size()) return false;
  const char* p = a.data();
  const char* q = b.data();
  if (n >= 8) {
    if (n > 16) return std::memcmp(p, q, n) == 0;
    return load8(p) == load8(q) && load8(p + n - 8) == load8(q + n - 8);  // two loads that overlap
  }
  if (n >= 4) return load4(p) == load4(q) && load4(p + n - 4) == load4(q + n - 4);
  for (std::size_t i = 0; i < n; ++i)
    if (p[i] != q[i]) return false;
  return true;
}

}  // namespace newsgraph::detail
