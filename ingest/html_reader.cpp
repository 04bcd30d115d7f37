#include "ingest/html_reader.hpp"

#include <algorithm>
#include <array>
#include <memory>
#include <utility>
#include <unordered_set>
#include <vector>

#include <gumbo.h>

#include "ingest/detail/html_nesting.hpp"
#include "ingest/normalize.hpp"

namespace newsgraph {
namespace {

// How text breaks between two pieces: nothing, a space, a line, a paragraph.
enum class gap { none, space, line, paragraph };

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// Appends text with HTML's whitespace collapsing and the breaks that elements ask for.
class text_builder {
 public:
  void request(gap g) { pending_ = std::max(pending_, g); }
  void enter_pre() { ++pre_; }
  void leave_pre() {
    if (pre_ > 0) --pre_;
  }

  void append(std::string_view t) {
    std::size_t i = 0;
    while (i < t.size()) {
      const char c = t[i];
      const bool nbsp = c == '\xC2' && i + 1 < t.size() && t[i + 1] == '\xA0';
      if (nbsp || (pre_ == 0 && is_space(c))) {
        request(gap::space);
        i += nbsp ? 2 : 1;
        continue;
      }
      std::size_t end = i + 1;  // a run of characters copied as they are
      while (end < t.size() && t[end] != '\xC2' && (pre_ > 0 || !is_space(t[end]))) ++end;
      flush();
      out_.append(t.data() + i, end - i);
      i = end;
    }
  }

  std::string take() { return std::move(out_); }

 private:
  void flush() {
    if (!out_.empty()) {
      switch (pending_) {
        case gap::none: break;
        case gap::space: out_ += ' '; break;
        case gap::line: out_ += '\n'; break;
        case gap::paragraph: out_ += "\n\n"; break;
      }
    }
    pending_ = gap::none;
  }

  std::string out_;
  gap pending_ = gap::none;
  int pre_ = 0;
};

const char* attribute(const GumboElement& e, const char* name) {
  const GumboAttribute* a = gumbo_get_attribute(&e.attributes, name);
  return a ? a->value : nullptr;
}

bool attribute_is(const GumboElement& e, const char* name, std::string_view value) {
  const char* v = attribute(e, name);
  if (!v) return false;
  std::string_view s(v);
  return s.size() == value.size() &&
         std::equal(s.begin(), s.end(), value.begin(), [](char a, char b) {
           return (a >= 'A' && a <= 'Z' ? a - 'A' + 'a' : a) == b;
         });
}

const GumboVector& children(const GumboNode& n) {
  return n.type == GUMBO_NODE_DOCUMENT ? n.v.document.children : n.v.element.children;
}

bool is_element(const GumboNode& n) { return n.type == GUMBO_NODE_ELEMENT || n.type == GUMBO_NODE_TEMPLATE; }

// Visits `root` and its descendants in document order, without recursion. `visit(node)`
// returns whether to descend into an element; `leave(node)` runs after its children.
template <class Visit, class Leave>
void walk(const GumboNode& root, Visit visit, Leave leave) {
  std::vector<std::pair<const GumboNode*, bool>> stack{{&root, false}};
  while (!stack.empty()) {
    auto [n, leaving] = stack.back();
    stack.pop_back();
    if (leaving) {
      leave(*n);
      continue;
    }
    if (!visit(*n) || !(is_element(*n) || n->type == GUMBO_NODE_DOCUMENT)) continue;
    stack.emplace_back(n, true);
    const GumboVector& kids = children(*n);
    for (unsigned i = kids.length; i-- > 0;) stack.emplace_back(static_cast<const GumboNode*>(kids.data[i]), false);
  }
}

// The elements with an <h1> among their descendants, found in one pass up from each <h1>.
class headline_ancestors {
 public:
  explicit headline_ancestors(const GumboNode& document) {
    walk(document, [&](const GumboNode& n) {
      if (is_element(n) && n.v.element.tag == GUMBO_TAG_H1)
        for (const GumboNode* up = n.parent; up && marked_.insert(up).second; up = up->parent) {
        }
      return true;
    }, [](const GumboNode&) {});
  }
  bool contains(const GumboNode& n) const { return marked_.count(&n) > 0; }

 private:
  std::unordered_set<const GumboNode*> marked_;
};

// Whether an element is boilerplate, not article text.
bool dropped(const GumboNode& n, const headline_ancestors& headlines) {
  if (!is_element(n)) return false;
  const GumboElement& e = n.v.element;
  switch (e.tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_NAV:
    case GUMBO_TAG_ASIDE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_IFRAME: case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH: case GUMBO_TAG_BUTTON: case GUMBO_TAG_INPUT: case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED: case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_AUDIO: case GUMBO_TAG_VIDEO: case GUMBO_TAG_FOOTER: case GUMBO_TAG_HEAD:
      return true;
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FORM:
      // A page-wide header or form (ASP.NET wraps whole pages in one) holds the headline.
      return !headlines.contains(n);
    default:
      break;
  }
  if (e.tag_namespace != GUMBO_NAMESPACE_HTML) return true;
  if (attribute(e, "hidden") || attribute_is(e, "aria-hidden", "true")) return true;
  static constexpr std::array<std::string_view, 7> boilerplate_roles{
      "navigation", "banner", "contentinfo", "complementary", "search", "menu", "dialog"};
  for (auto role : boilerplate_roles)
    if (attribute_is(e, "role", role)) return true;
  return false;
}

gap gap_around(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_BR: case GUMBO_TAG_TR:
      return gap::line;
    case GUMBO_TAG_TD: case GUMBO_TAG_TH:
      return gap::space;
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_BODY:
    case GUMBO_TAG_CAPTION: case GUMBO_TAG_CENTER: case GUMBO_TAG_DD: case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_DIR: case GUMBO_TAG_DIV: case GUMBO_TAG_DL: case GUMBO_TAG_DT:
    case GUMBO_TAG_FIELDSET: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_FIGURE: case GUMBO_TAG_H1:
    case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6:
    case GUMBO_TAG_HEADER: case GUMBO_TAG_HGROUP: case GUMBO_TAG_HR: case GUMBO_TAG_LI:
    case GUMBO_TAG_MAIN: case GUMBO_TAG_MENU: case GUMBO_TAG_OL: case GUMBO_TAG_P: case GUMBO_TAG_PRE:
    case GUMBO_TAG_SECTION: case GUMBO_TAG_SUMMARY: case GUMBO_TAG_TABLE: case GUMBO_TAG_UL:
    case GUMBO_TAG_FORM: case GUMBO_TAG_LEGEND:
      return gap::paragraph;
    default:
      return gap::none;
  }
}

// The text of the kept descendants of `root`, with `on_element` seeing each kept element.
template <class OnElement>
std::string text_of(const GumboNode& root, const headline_ancestors& headlines, OnElement on_element) {
  text_builder out;
  walk(root, [&](const GumboNode& n) {
    switch (n.type) {
      case GUMBO_NODE_TEXT: case GUMBO_NODE_WHITESPACE: case GUMBO_NODE_CDATA:
        out.append(n.v.text.text);
        return false;
      case GUMBO_NODE_ELEMENT: case GUMBO_NODE_TEMPLATE: case GUMBO_NODE_DOCUMENT:
        break;
      default:
        return false;
    }
    if (n.type == GUMBO_NODE_DOCUMENT) return true;
    if (dropped(n, headlines)) return false;
    on_element(n);
    out.request(gap_around(n.v.element.tag));
    if (n.v.element.tag == GUMBO_TAG_PRE) out.enter_pre();
    return true;
  }, [&](const GumboNode& n) {
    if (n.type == GUMBO_NODE_DOCUMENT) return;
    out.request(gap_around(n.v.element.tag));
    if (n.v.element.tag == GUMBO_TAG_PRE) out.leave_pre();
  });
  return out.take();
}

std::string plain_text_of(const GumboNode& root, const headline_ancestors& headlines) {
  return text_of(root, headlines, [](const GumboNode&) {});
}

struct page_metadata {
  std::string title, og_title, date, url, og_url;
  int date_rank = 0;  // which metadata gave `date`: lower is better, 0 none
  std::vector<const GumboNode*> content_roots;  // outermost <main> and <article> elements
  const GumboNode* body = nullptr;
};

void read_meta(const GumboElement& e, page_metadata& meta) {
  const char* content = attribute(e, "content");
  if (!content) return;
  static constexpr std::array<std::pair<const char*, std::string_view>, 6> date_sources{{
      {"property", "article:published_time"}, {"itemprop", "datepublished"}, {"name", "date"},
      {"name", "pubdate"}, {"name", "dc.date"}, {"name", "dcterms.date"}}};
  for (int rank = 1; const auto& [attr, value] : date_sources) {
    if (attribute_is(e, attr, value) && (meta.date_rank == 0 || rank < meta.date_rank)) {
      meta.date = content;
      meta.date_rank = rank;
    }
    ++rank;
  }
  if (attribute_is(e, "property", "og:title") && meta.og_title.empty()) meta.og_title = content;
  if (attribute_is(e, "property", "og:url") && meta.og_url.empty()) meta.og_url = content;
}

page_metadata read_metadata(const GumboNode& document, const headline_ancestors& headlines) {
  page_metadata meta;
  walk(document, [&](const GumboNode& n) {
    if (n.type == GUMBO_NODE_DOCUMENT) return true;
    if (!is_element(n)) return false;
    const GumboElement& e = n.v.element;
    switch (e.tag) {
      case GUMBO_TAG_HTML: case GUMBO_TAG_HEAD:
        return true;
      case GUMBO_TAG_BODY:
        meta.body = &n;
        return true;
      case GUMBO_TAG_TITLE:
        if (meta.title.empty()) meta.title = plain_text_of(n, headlines);
        return false;
      case GUMBO_TAG_META:
        read_meta(e, meta);
        return false;
      case GUMBO_TAG_LINK:
        if (attribute_is(e, "rel", "canonical") && meta.url.empty())
          if (const char* href = attribute(e, "href")) meta.url = href;
        return false;
      case GUMBO_TAG_MAIN: case GUMBO_TAG_ARTICLE:
        if (dropped(n, headlines)) return false;
        meta.content_roots.push_back(&n);
        return false;
      default:
        return !dropped(n, headlines);
    }
  }, [](const GumboNode&) {});
  return meta;
}

struct gumbo_deleter {
  void operator()(GumboOutput* out) const { gumbo_destroy_output(&kGumboDefaultOptions, out); }
};

std::string trimmed(std::string s) {
  const auto space = [](char c) { return c == ' ' || c == '\n' || c == '\t'; };
  while (!s.empty() && space(s.back())) s.pop_back();
  std::size_t b = 0;
  while (b < s.size() && space(s[b])) ++b;
  return s.substr(b);
}

}  // namespace

html_content read_html(std::string_view html) {
  std::string clean = normalize_text(html);
  if (auto flat = detail::limit_html_nesting(clean)) clean = std::move(*flat);

  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0;  // recording errors copies the stack of open elements each time
  std::unique_ptr<GumboOutput, gumbo_deleter> parsed(
      gumbo_parse_with_options(&options, clean.data(), clean.size()));

  const headline_ancestors headlines(*parsed->document);
  const page_metadata meta = read_metadata(*parsed->document, headlines);
  std::vector<const GumboNode*> roots = meta.content_roots;
  if (roots.empty() && meta.body) roots.push_back(meta.body);

  html_content page;
  std::string h1;
  std::string time;
  std::string body;
  for (const GumboNode* root : roots) {
    std::string part = text_of(*root, headlines, [&](const GumboNode& n) {
      const GumboElement& e = n.v.element;
      if (e.tag == GUMBO_TAG_H1 && h1.empty()) h1 = trimmed(plain_text_of(n, headlines));
      if (e.tag == GUMBO_TAG_TIME && time.empty())
        if (const char* datetime = attribute(e, "datetime")) time = datetime;
    });
    if (part.empty()) continue;
    if (!body.empty()) body += "\n\n";
    body += part;
  }

  page.title = !h1.empty() ? h1 : !meta.og_title.empty() ? trimmed(meta.og_title) : trimmed(meta.title);
  page.text = h1.empty() && !page.title.empty() ? page.title + (body.empty() ? "" : "\n\n") + body : std::move(body);
  page.text = normalize_text(page.text);
  page.title = normalize_text(page.title);
  page.date = normalize_text(!meta.date.empty() ? meta.date : time);
  page.url = normalize_text(!meta.url.empty() ? meta.url : meta.og_url);
  return page;
}

document html_document(std::string_view html, std::string id) {
  html_content page = read_html(html);
  return {std::move(id), std::move(page.title), std::move(page.date), std::move(page.url), std::move(page.text)};
}

}  // namespace newsgraph
