#pragma once
// What counts a reading once: its article and its sentence's byte offsets, kept by an edge for
// every reading its weight counts (its evidence keeps only the first few readings whole).
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace newsgraph {

/// One reading as counted: the article, by the hash of its id, and the sentence's offsets.
struct reading_mark {
  std::uint64_t doc = 0;    ///< article_hash of the article's id
  std::uint32_t start = 0;  ///< the sentence's first byte (an offset past 2^32 - 1 is kept at it)
  std::uint32_t end = 0;    ///< one past the sentence's last byte, likewise

  friend auto operator<=>(const reading_mark&, const reading_mark&) = default;
};

/// A hash of an article id that is the same in every run and build (64-bit FNV-1a).
std::uint64_t article_hash(std::string_view doc);

/// The mark of a reading of the sentence [start, end) of article `doc`.
reading_mark mark_of(std::string_view doc, std::size_t start, std::size_t end);

/// A mark as files write it: "DOC@START-END", where `doc` is the article the mark's hash names.
std::string mark_text(std::string_view doc, const reading_mark& m);

/// The article id and mark of a "DOC@START-END" text, or nothing when `text` is not one.
std::optional<std::pair<std::string, reading_mark>> parse_mark(std::string_view text);

/// Adds `from`'s marks to `into` (both sorted and unique, and so left); returns how many of
/// them `into` held already.
std::size_t unite_marks(std::vector<reading_mark>& into, const std::vector<reading_mark>& from);

}  // namespace newsgraph
