#pragma once
// HTML pages as articles, through gumbo, a real HTML5 parser.
#include <string>
#include <string_view>

#include "extract/document.hpp"

namespace newsgraph {

/// What an HTML page says about its article.
struct html_content {
  std::string title;  ///< the first <h1> of the article, else og:title, else <title>
  std::string text;   ///< the article text, normalised (see read_html)
  std::string date;   ///< article:published_time, datePublished, date or pubdate metadata, or the first <time datetime>
  std::string url;    ///< <link rel="canonical">, else og:url
};

/// The article text of an HTML page. Kept: headings, paragraphs, list items, tables, quotes,
/// inside the page's <main> and <article> elements when it has any, else its whole body.
/// Dropped: script, style, template, nav, aside, form, noscript, iframe, svg, math, buttons
/// and inputs, footer, header outside <article>/<main>, elements that are `hidden`,
/// aria-hidden or whose role is navigation, banner, contentinfo, complementary, search or
/// menu. Block elements become paragraph breaks ("\n\n"), <br> and table rows line breaks,
/// other whitespace collapses to one space (kept as is in <pre>), U+00A0 becomes a space.
/// When the kept text has no <h1>, the title is its first paragraph. Never recursive, and
/// linear in the size of the page however deeply it nests (see limit_html_nesting).
html_content read_html(std::string_view html);

/// An article from an HTML page: `id` as given, the rest from read_html.
document html_document(std::string_view html, std::string id);

}  // namespace newsgraph
