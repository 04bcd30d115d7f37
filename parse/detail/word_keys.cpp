#include "parse/detail/word_keys.hpp"

#include "parse/detail/hash.hpp"

namespace newsgraph::parse::detail {

namespace {

constexpr std::uint64_t fnv_basis = 0xcbf29ce484222325ULL;
constexpr std::uint64_t fnv_prime = 0x100000001b3ULL;

char lower_ascii(char c) noexcept { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

char shape_of(char c) noexcept {
  if (c >= 'A' && c <= 'Z') return 'X';
  if (c >= 'a' && c <= 'z') return 'x';
  if (c >= '0' && c <= '9') return 'd';
  if (static_cast<unsigned char>(c) >= 128) return 'u';
  return c;
}

std::uint64_t hash_lower_tail(std::string_view word, std::size_t n) noexcept {
  const std::size_t start = word.size() > n ? word.size() - n : 0;
  std::uint64_t h = fnv_basis ^ n;
  for (std::size_t i = start; i < word.size(); ++i) h = (h ^ static_cast<unsigned char>(lower_ascii(word[i]))) * fnv_prime;
  return mix(h);
}

std::uint64_t hash_lower_head(std::string_view word, std::size_t n) noexcept {
  const std::size_t end = word.size() < n ? word.size() : n;
  std::uint64_t h = fnv_basis ^ (n << 8);
  for (std::size_t i = 0; i < end; ++i) h = (h ^ static_cast<unsigned char>(lower_ascii(word[i]))) * fnv_prime;
  return mix(h ^ 0x3c6ef372);
}

}  // namespace

word_keys make_word_keys(std::string_view word) noexcept {
  word_keys k;
  std::uint64_t form = fnv_basis, lower = fnv_basis, shape = fnv_basis;
  char last_shape = 0;
  int run = 0, shape_length = 0;
  bool any_letter = false, any_lower = false;
  for (char c : word) {
    const auto u = static_cast<unsigned char>(c);
    form = (form ^ u) * fnv_prime;
    lower = (lower ^ static_cast<unsigned char>(lower_ascii(c))) * fnv_prime;
    const char s = shape_of(c);
    run = s == last_shape ? run + 1 : 1;
    last_shape = s;
    if (run <= 2 && shape_length < 12) {
      shape = (shape ^ static_cast<unsigned char>(s)) * fnv_prime;
      ++shape_length;
    }
    if (s == 'X') { k.flags |= has_upper; any_letter = true; }
    if (s == 'x') { any_lower = true; any_letter = true; }
    if (s == 'd') k.flags |= has_digit;
    if (s == 'u') k.flags |= non_ascii;
    if (c == '-') k.flags |= has_hyphen;
  }
  if (!word.empty() && word.front() >= 'A' && word.front() <= 'Z') k.flags |= first_upper;
  if (any_letter && !any_lower) k.flags |= all_upper;
  k.form = mix(form);
  k.lower = mix(lower ^ 0x5bd1e995);
  k.shape = mix(shape ^ 0x27d4eb2f);
  k.prefix = word.empty() ? 0 : mix(static_cast<unsigned char>(lower_ascii(word.front())) + 0x1000);
  for (std::size_t n = 1; n <= 4; ++n) k.suffix[n - 1] = hash_lower_tail(word, n);
  k.prefix2 = hash_lower_head(word, 2);
  k.prefix3 = hash_lower_head(word, 3);
  return k;
}

word_keys boundary_keys() noexcept {
  word_keys k;
  k.form = k.lower = k.shape = k.prefix = k.prefix2 = k.prefix3 = mix(0xb0b0b0b0ULL);
  for (auto& s : k.suffix) s = k.form;
  return k;
}

}  // namespace newsgraph::parse::detail
