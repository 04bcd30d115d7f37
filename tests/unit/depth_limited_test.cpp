// The one depth-limited JSON handler that the JSON Lines and JSON-LD readers share.
#include <gtest/gtest.h>

#include <string>

#include <rapidjson/memorystream.h>
#include <rapidjson/reader.h>

#include "graph/detail/depth_limited.hpp"

namespace newsgraph {
namespace {

// Whether `text` parses through depth_limited<max_depth>, and whether it stopped as too deep.
template <std::size_t max_depth>
std::pair<bool, bool> parse(const std::string& text) {
  rapidjson::Document doc;
  bool too_deep = false;
  bool ok = false;
  auto generate = [&](rapidjson::Document& d) {
    rapidjson::MemoryStream stream(text.data(), text.size());
    detail::depth_limited<max_depth> handler{d};
    rapidjson::Reader reader;
    ok = !reader.Parse<rapidjson::kParseIterativeFlag>(stream, handler).IsError();
    too_deep = handler.too_deep;
    return ok;
  };
  doc.Populate(generate);
  return {ok, too_deep};
}

TEST(DepthLimited, TheLimitIsTheTemplateArgument) {
  EXPECT_EQ(parse<3>(R"([{"a": [1, 2.5, "x", true, null]}])"), std::make_pair(true, false));
  EXPECT_EQ(parse<3>("[[[[1]]]]"), std::make_pair(false, true));
  EXPECT_EQ(parse<4>("[[[[1]]]]"), std::make_pair(true, false));
  EXPECT_EQ(parse<2>("[[1], [2], {\"k\": 3}]"), std::make_pair(true, false));  // siblings do not add up
  EXPECT_EQ(parse<8>("[1,"), std::make_pair(false, false));                   // a syntax error is not depth
}

TEST(DepthLimited, ADeepFileIsAnErrorNotAStackOverflow) {
  const std::string deep = std::string(1'000'000, '[') + std::string(1'000'000, ']');
  EXPECT_EQ(parse<256>(deep), std::make_pair(false, true));
}

}  // namespace
}  // namespace newsgraph
