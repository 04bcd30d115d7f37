#include "extract/extractor.hpp"

namespace newsgraph {

struct extractor::impl {};

extractor::extractor(const lexicon&) : impl_(std::make_unique<impl>()) {}
extractor::~extractor() = default;
extractor::extractor(extractor&&) noexcept = default;
extractor& extractor::operator=(extractor&&) noexcept = default;

knowledge_graph extractor::extract(const document&) const { return {}; }

}  // namespace newsgraph
