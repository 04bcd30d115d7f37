#pragma once
// 64-bit hashing of words and of feature keys built from hashed parts.
#include <bit>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace newsgraph::parse::detail {

/// Mixes the bits of `x` thoroughly (the finaliser of SplitMix64).
constexpr std::uint64_t mix(std::uint64_t x) noexcept {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  x ^= x >> 31;
  return x;
}

/// The hash of a byte string (FNV-1a, then mixed).
inline std::uint64_t hash_bytes(std::string_view s) noexcept {
  std::uint64_t h = 0xcbf29ce484222325ULL;
  for (unsigned char c : s) h = (h ^ c) * 0x100000001b3ULL;
  return mix(h);
}

/// A feature key: the template id and up to three values; never 0 (the empty slot).
constexpr std::uint64_t feature_key(std::uint64_t templ, std::uint64_t a, std::uint64_t b = 0,
                                    std::uint64_t c = 0) noexcept {
  const std::uint64_t x = templ * 0x9e3779b97f4a7c15ULL ^ a * 0xc2b2ae3d27d4eb4fULL ^
                          std::rotl(b * 0x165667b19e3779f9ULL, 21) ^ std::rotl(c * 0xd6e8feb86659fd93ULL, 42);
  return mix(x) | 1;
}

}  // namespace newsgraph::parse::detail
