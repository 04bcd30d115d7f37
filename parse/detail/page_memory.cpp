#include "parse/detail/page_memory.hpp"

#include <algorithm>
#include <cstddef>
#include <cstdlib>
#include <cstring>
#include <new>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace newsgraph::parse::detail {

namespace {
constexpr std::size_t huge_page = std::size_t{2} << 20;
}

void page_deleter::operator()(std::byte* p) const noexcept { std::free(p); }

std::unique_ptr<std::byte[], page_deleter> allocate_pages(std::size_t bytes) {
  const std::size_t alignment = bytes >= huge_page ? huge_page : alignof(std::max_align_t);
  const std::size_t rounded = (std::max<std::size_t>(bytes, 1) + alignment - 1) / alignment * alignment;
  void* p = std::aligned_alloc(alignment, rounded);
  if (!p) throw std::bad_alloc();
#if defined(__linux__) && defined(MADV_HUGEPAGE)
  if (alignment == huge_page) ::madvise(p, rounded, MADV_HUGEPAGE);
#endif
  std::memset(p, 0, rounded);
  return std::unique_ptr<std::byte[], page_deleter>(static_cast<std::byte*>(p));
}

}  // namespace newsgraph::parse::detail
