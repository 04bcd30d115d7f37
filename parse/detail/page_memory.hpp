#pragma once
// Memory for large read-only tables, asked for in huge pages where the system has them, so
// that random lookups do not miss the TLB as often.
#include <cstddef>
#include <memory>

namespace newsgraph::parse::detail {

/// Frees what allocate_pages returned.
struct page_deleter {
  void operator()(std::byte* p) const noexcept;
};

/// `bytes` bytes (at least 1), zeroed, aligned to 2 MiB when large; throws std::bad_alloc.
std::unique_ptr<std::byte[], page_deleter> allocate_pages(std::size_t bytes);

}  // namespace newsgraph::parse::detail
