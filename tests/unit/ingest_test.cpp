#include <gtest/gtest.h>

#include <sys/stat.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "ingest/detail/html_nesting.hpp"
#include "ingest/detail/line_reader.hpp"
#include "ingest/detail/utf8.hpp"
#include "extract/extractor.hpp"
#include "ingest/html_reader.hpp"
#include "ingest/html_sniff.hpp"
#include "ingest/ingest.hpp"
#include "ingest/jsonl_reader.hpp"
#include "ingest/normalize.hpp"
#include "ingest/seen_articles.hpp"
#include "ingest/unique_ids.hpp"
#include "ingest/text_reader.hpp"

namespace newsgraph {
namespace {
namespace fs = std::filesystem;

const fs::path data_dir = fs::path(NEWSGRAPH_SOURCE_DIR) / "tests" / "data" / "ingest";

bool contains(const std::string& text, std::string_view part) { return text.find(part) != std::string::npos; }

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// Everything read_input gives for the named inputs.
struct ingested {
  std::vector<document> docs;
  std::vector<skipped_article> skipped;
};

ingested ingest(const std::vector<std::string>& inputs, ingest_options options = {}) {
  ingested out;
  for (const auto& file : list_inputs(inputs))
    read_input(file, options, [&](document&& d, std::size_t) { out.docs.push_back(std::move(d)); },
               [&](skipped_article&& s) { out.skipped.push_back(std::move(s)); });
  return out;
}

// A scratch directory, removed at the end of the test.
class scratch {
 public:
  scratch() : dir_(fs::temp_directory_path() / ("newsgraph-ingest-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) + "-" + ::testing::UnitTest::GetInstance()->current_test_info()->name())) {
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  ~scratch() { fs::remove_all(dir_); }
  std::string write(const std::string& name, std::string_view bytes) const {
    std::ofstream(dir_ / name, std::ios::binary).write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    return (dir_ / name).string();
  }
  const fs::path& dir() const { return dir_; }

 private:
  fs::path dir_;
};

TEST(TextReader, TitleIsTheFirstNonEmptyLine) {
  const document d = text_document("\xEF\xBB\xBF\r\n  \r\n  UN votes on North Korea \r\nBody.\r\n", "x.txt");
  EXPECT_EQ(d.id, "x.txt");
  EXPECT_EQ(d.title, "UN votes on North Korea");
  EXPECT_EQ(d.text, "\n  \n  UN votes on North Korea \nBody.\n");
  EXPECT_EQ(text_document("", "e").title, "");
  const std::string long_line(5000, 'x');
  EXPECT_EQ(text_document(long_line, "l").title.size(), max_title_bytes);
}

TEST(HtmlReader, KeepsTheArticleAndDropsBoilerplate) {
  std::ifstream in(data_dir / "page.html");
  std::stringstream buffer;
  buffer << in.rdbuf();
  const html_content page = read_html(buffer.str());

  EXPECT_EQ(page.title, "UN assembly condemns North Korea's abuses");
  EXPECT_EQ(page.date, "2023-12-19T10:00:00Z");
  EXPECT_EQ(page.url, "https://news.example.org/2023/12/19/un-assembly");
  for (const char* kept : {"UN assembly condemns North Korea's abuses\n\n",
                           "The U.N. General Assembly on Tuesday adopted a resolution condemning North Korea’s human "
                           "rights record & urged action.\n\n",
                           "China and Russia voted against the measure.\nBelarus did too.", "\n\nReactions\n\n",
                           "Japan welcomed the vote.\n\nCuba criticised it.", "line one\n  line two"})
    EXPECT_TRUE(contains(page.text, kept)) << "missing: " << kept << "\nin:\n" << page.text;
  for (const char* gone : {"STYLE", "SCRIPT", "SITE HEADER", "NAV ITEM", "ASIDE", "FORM", "INPUT", "BUTTON", "HIDDEN",
                           "ROLE NAV", "NOSCRIPT", "FOOTER", "OUTSIDE MAIN", "Example News"})
    EXPECT_FALSE(contains(page.text, gone)) << "kept: " << gone << "\nin:\n" << page.text;
  EXPECT_TRUE(page.text.starts_with("UN assembly condemns North Korea's abuses"));
}

TEST(HtmlReader, WithoutMainOrArticleReadsTheBodyAndStartsWithTheTitle) {
  const html_content page = read_html(
      "<title> Sanctions  extended </title><body><div>EU ministers <b>extended</b> sanctions.</div>"
      "<div><table><tr><td>Vote</td><td>120</td></tr><tr><td>Against</td><td>9</td></tr></table></div></body>");
  EXPECT_EQ(page.title, "Sanctions extended");
  EXPECT_EQ(page.text, "Sanctions extended\n\nEU ministers extended sanctions.\n\nVote 120\nAgainst 9");
  EXPECT_EQ(page.date, "");
  EXPECT_EQ(html_document("", "empty.html").text, "");
}

TEST(HtmlReader, PageWideFormWithTheHeadlineIsKept) {
  const html_content page = read_html(
      "<body><form id=aspnetForm><h1>Talks resume</h1><p>Envoys met in Geneva.</p></form>"
      "<form><p>Subscribe</p></form></body>");
  EXPECT_EQ(page.text, "Talks resume\n\nEnvoys met in Geneva.");
}

TEST(HtmlReader, HundredThousandNestedElementsTakeLinearTime) {
  for (const char* tag : {"div", "b", "table", "span", "section"}) {
    std::string html = "<html><body>";
    const int depth = 100000;
    for (int i = 0; i < depth; ++i) html += std::string("<") + tag + ">";
    html += "China condemned the test.";
    for (int i = 0; i < depth; ++i) html += std::string("</") + tag + ">";
    html += "<p>After.</p></body></html>";
    const auto start = std::chrono::steady_clock::now();
    const html_content page = read_html(html);
    const double seconds = seconds_since(start);
    EXPECT_TRUE(contains(page.text, "China condemned the test.")) << tag;
    EXPECT_TRUE(contains(page.text, "After.")) << tag;
    EXPECT_LT(seconds, 5.0) << tag;  // about 0.1 s; gumbo alone needs minutes for 100k <div>s
  }
}

TEST(HtmlReader, HugeTextNodeIsReadInLinearTime) {
  std::string words;
  while (words.size() < 20u * 1024 * 1024) words += "word and word without any punctuation at all ";
  const auto start = std::chrono::steady_clock::now();
  const html_content page = read_html("<p>" + words + "</p>");
  EXPECT_LT(seconds_since(start), 60.0);  // 0.5 s in a release build, 5 s with sanitizers; quadratic: hours
  EXPECT_EQ(page.text.size(), words.size() - 1);  // the trailing space collapses away
}

TEST(HtmlNesting, LeavesOrdinaryPagesAloneAndFlattensDeepOnes) {
  EXPECT_FALSE(detail::limit_html_nesting("<div><p>a<p>b<ul><li>c<li>d</ul><br><img src=x></div>", 3));
  EXPECT_FALSE(detail::limit_html_nesting("<div><script>'<div><div><div><div>'</script></div>", 1));
  EXPECT_FALSE(detail::limit_html_nesting("<div><!-- <div><div><div> --><span title=\"<div><div>\">x</span></div>", 2));
  const auto flat = detail::limit_html_nesting("<div><div><div><div>x</div></div></div></div>", 2);
  ASSERT_TRUE(flat);
  EXPECT_EQ(*flat, "<div><div>x</div></div>");
  const auto svg = detail::limit_html_nesting("<div><svg><path/><path/><path/></svg></div>", 2);
  EXPECT_FALSE(svg);
}

TEST(JsonlReader, ReadsRecordsAndNamesWhatIsWrong) {
  const jsonl_record good = parse_jsonl_record(
      R"({"id": "x", "title": "T", "date": "2024-01-02", "url": "u", "text": "Line\r\nTwo\u0000", "extra": [1]})", "f:1");
  ASSERT_TRUE(good.doc);
  EXPECT_EQ(*good.doc, (document{"x", "T", "2024-01-02", "u", "T\n\nLine\nTwo"}));
  EXPECT_TRUE(good.id_given);

  const jsonl_record html = parse_jsonl_record(R"({"html": "<title>Page</title><p>Russia vetoed it.</p>"})", "f:2");
  ASSERT_TRUE(html.doc);
  EXPECT_EQ(*html.doc, (document{"f:2", "Page", "", "", "Page\n\nRussia vetoed it."}));
  EXPECT_FALSE(html.id_given);

  const jsonl_record number_id = parse_jsonl_record(R"({"id": 42, "text": "t"})", "f:3");
  ASSERT_TRUE(number_id.doc);
  EXPECT_EQ(number_id.doc->id, "42");

  EXPECT_EQ(parse_jsonl_record(R"({"id": "a" "text": "t"})", "f").problem,
            "column 12: bad JSON: Missing a comma or '}' after an object member.");
  EXPECT_EQ(parse_jsonl_record(R"({"text": "t"} {})", "f").problem,
            "column 15: bad JSON: The document root must not be followed by other values.");
  EXPECT_EQ(parse_jsonl_record("[1]", "f").problem, "column 1: not a JSON object");
  EXPECT_EQ(parse_jsonl_record(R"({"id": "a"})", "f").problem, "no \"text\" or \"html\" field");
  EXPECT_EQ(parse_jsonl_record(R"({"text": ["a"]})", "f").problem, "\"text\" is not a string");
}

TEST(JsonlReader, TitleIsTextOfTheArticle) {
  // A speaker the headline alone names is read, as from a plain-text file's first line.
  const jsonl_record r = parse_jsonl_record(
      R"({"title": " Arstotzka condemns Kolechia ", "text": "The statement came on Monday."})", "f:1");
  ASSERT_TRUE(r.doc);
  EXPECT_EQ(r.doc->title, "Arstotzka condemns Kolechia");
  EXPECT_EQ(r.doc->text, "Arstotzka condemns Kolechia\n\nThe statement came on Monday.");
  // A text that starts with its headline already keeps it once.
  const jsonl_record again = parse_jsonl_record(
      R"({"title": "Arstotzka condemns Kolechia", "text": "Arstotzka condemns Kolechia\n\nBody."})", "f:2");
  ASSERT_TRUE(again.doc);
  EXPECT_EQ(again.doc->text, "Arstotzka condemns Kolechia\n\nBody.");
  // An empty title adds nothing; a page's own headline gives way to the record's.
  EXPECT_EQ(parse_jsonl_record(R"({"title": " ", "text": "Body."})", "f:3").doc->text, "Body.");
  const jsonl_record page = parse_jsonl_record(R"({"title": "Given", "html": "<h1>Own</h1><p>Body.</p>"})", "f:4");
  ASSERT_TRUE(page.doc);
  EXPECT_EQ(page.doc->title, "Given");
  EXPECT_EQ(page.doc->text, "Given\n\nOwn\n\nBody.");
}

TEST(JsonlReader, AHeadlineSpeakerIsRead) {
  const jsonl_record r = parse_jsonl_record(R"({"title": "China criticises Japan", "text": "No more was said."})", "f:1");
  ASSERT_TRUE(r.doc);
  const knowledge_graph g = extractor(lexicon::builtin()).extract(*r.doc);
  EXPECT_TRUE(g.find("state:chn", relation::criticizes, "state:jpn", mode::asserted));
}

TEST(Ingest, JsonLinesFileGoesOnAfterBadLines) {
  const ingested got = ingest({(data_dir / "corpus.jsonl").string()});
  std::vector<std::string> ids;
  for (const auto& d : got.docs) ids.push_back(d.id);
  EXPECT_EQ(ids, (std::vector<std::string>{"a1", "a2", "6", "corpus.jsonl:9"}));
  ASSERT_EQ(got.docs.size(), 4u);
  EXPECT_EQ(got.docs[0], (document{"a1", "Vote in New York", "2023-12-19", "https://example.org/a1",
                                   "Vote in New York\n\nThe General Assembly adopted the resolution.\nChina voted against it."}));
  EXPECT_EQ(got.docs[1].title, "Headline on line one");
  EXPECT_EQ(got.docs[2].title, "Page six");
  EXPECT_FALSE(contains(got.docs[2].text, "menu"));

  const std::string file = (data_dir / "corpus.jsonl").string();
  ASSERT_EQ(got.skipped.size(), 4u);
  EXPECT_EQ(got.skipped[0].message, file + ":4: column 40: bad JSON: Missing a comma or '}' after an object member.");
  EXPECT_EQ(got.skipped[0].source, file + ":4");
  EXPECT_EQ(got.skipped[1].message, file + ":5: column 1: not a JSON object");
  EXPECT_EQ(got.skipped[2].message, file + ":6: no \"text\" or \"html\" field");
  EXPECT_EQ(got.skipped[3].message, file + ":8: \"text\" is not a string");
}

TEST(Ingest, AnIdOneJsonLinesFileGivesTwiceIsQualifiedTheSecondTime) {
  // An id one file gives twice is warned of, with both lines, and the second record gets an
  // id of its own; ids of two files are unique_ids' to tell apart.
  scratch tmp;
  const std::string a = tmp.write("a.jsonl", "{\"id\": \"7\", \"text\": \"Arstotzka voted.\"}\n");
  const std::string b = tmp.write("b.jsonl", "{\"id\": 7, \"text\": \"Kolechia voted.\"}\n\n{\"id\": \"7\", \"text\": \"Again.\"}\n");
  std::vector<std::string> ids, warnings;
  for (const auto& file : list_inputs(std::vector<std::string>{a, b}))
    read_input(
        file, {}, [&](document&& d, std::size_t) { ids.push_back(d.id); }, [](skipped_article&&) {},
        [&](std::string&& w) { warnings.push_back(std::move(w)); });
  EXPECT_EQ(ids, (std::vector<std::string>{"7", "7", "b.jsonl:3#7"}));
  EXPECT_EQ(warnings, (std::vector<std::string>{b + ":3: id '7' is line 1's too; read as 'b.jsonl:3#7'"}));
}

TEST(UniqueIds, AnIdAnEarlierInputGaveIsQualifiedByTheInput) {
  unique_ids ids;
  const input_file a{"d1/news.jsonl", "d1/news.jsonl", "news.jsonl", input_kind::jsonl, 0};
  const input_file b{"d2/news.jsonl", "d2/news.jsonl", "news.jsonl", input_kind::jsonl, 0};
  const input_file t{"d2/a.txt", "d2/a.txt", "a.txt", input_kind::text, 0};
  document first{"7", "", "", "", "x"}, again{"7", "", "", "", "y"}, line{"news.jsonl:4", "", "", "", "z"},
      same_line{"news.jsonl:4", "", "", "", "w"}, text{"a.txt", "", "", "", "v"}, text_again{"a.txt", "", "", "", "u"};
  EXPECT_FALSE(ids.claim(first, a));
  EXPECT_FALSE(ids.claim(line, a));
  EXPECT_FALSE(ids.claim(text, t));
  auto renamed = ids.claim(again, b);
  ASSERT_TRUE(renamed);
  EXPECT_EQ(renamed->earlier, "d1/news.jsonl");
  EXPECT_EQ(renamed->taken, "7");
  EXPECT_EQ(again.id, "d2/news.jsonl#7");
  ASSERT_TRUE(ids.claim(same_line, b));
  EXPECT_EQ(same_line.id, "d2/news.jsonl:4");
  ASSERT_TRUE(ids.claim(text_again, t));
  EXPECT_EQ(text_again.id, "d2/a.txt");
  EXPECT_EQ(first.id, "7");
}

TEST(SeenArticles, AnArticleIsKnownByItsUrlOrItsText) {
  seen_articles seen;
  EXPECT_FALSE(seen.repeats(document{"a.txt", "", "", "", "Arstotzka voted."}));
  EXPECT_FALSE(seen.repeats(document{"r.jsonl#1", "", "", "https://example.org/1", "Kolechia voted."}));
  auto text = seen.repeats(document{"copy/a.txt", "", "", "", "Arstotzka voted."});
  ASSERT_TRUE(text);
  EXPECT_EQ(text->first, "a.txt");
  EXPECT_EQ(text->same, "text");
  auto url = seen.repeats(document{"s.jsonl#9", "", "", "https://example.org/1", "Kolechia voted, said a later edition."});
  ASSERT_TRUE(url);
  EXPECT_EQ(url->first, "r.jsonl#1");
  EXPECT_EQ(url->same, "url");
  EXPECT_FALSE(seen.repeats(document{"e1", "", "", "", ""}));
  EXPECT_FALSE(seen.repeats(document{"e2", "", "", "", ""}));  // empty articles share no text
  EXPECT_FALSE(seen.repeats(document{"b.txt", "", "", "", "Arstotzka voted!"}));
}

TEST(HtmlSniff, APageIsKnownByItsDoctypeOrHtmlTag) {
  EXPECT_TRUE(looks_like_html("<!DOCTYPE html><html><body><p>x</p></body></html>"));
  EXPECT_TRUE(looks_like_html("\xEF\xBB\xBF\n  <!doctype HTML>\n<p>x</p>"));
  EXPECT_TRUE(looks_like_html("<html lang=\"en\"><p>x</p>"));
  EXPECT_TRUE(looks_like_html("<HTML>"));
  EXPECT_TRUE(looks_like_html("<?xml version=\"1.0\"?>\n<!-- saved page -->\n<html xmlns=\"http://www.w3.org/1999/xhtml\">"));
  EXPECT_FALSE(looks_like_html("Arstotzka condemned Kolechia. <html> is a tag."));
  EXPECT_FALSE(looks_like_html("<htmlish> not a page"));
  EXPECT_FALSE(looks_like_html("<!-- a comment that never ends <html>"));
  EXPECT_FALSE(looks_like_html("<!DOCTYPE note>"));
  EXPECT_FALSE(looks_like_html(""));
}

TEST(Ingest, HtmlOnStandardInputIsReadAsAPage) {
  const std::string page = "<!DOCTYPE html>\n<html><head><title>Vote</title></head><body><nav>Home | World</nav>"
                           "<p>Arstotzka condemned Kolechia.</p></body></html>\n";
  for (const std::string& in : {page, std::string("Arstotzka condemned Kolechia.\n")}) {
    std::istringstream stream(in);
    std::streambuf* old = std::cin.rdbuf(stream.rdbuf());
    std::vector<document> docs;
    for (const auto& file : list_inputs(std::vector<std::string>{"-"}))
      read_input(file, {}, [&](document&& d, std::size_t) { docs.push_back(std::move(d)); }, [](skipped_article&&) {});
    std::cin.rdbuf(old);
    ASSERT_EQ(docs.size(), 1u);
    EXPECT_EQ(docs[0].id, "stdin");
    EXPECT_FALSE(contains(docs[0].text, "<")) << docs[0].text;
    EXPECT_FALSE(contains(docs[0].text, "Home")) << docs[0].text;
    EXPECT_TRUE(contains(docs[0].text, "Arstotzka condemned Kolechia.")) << docs[0].text;
  }
}

TEST(Ingest, JsonLinesWithCrlfAndNoFinalNewline) {
  const ingested got = ingest({(data_dir / "crlf.jsonl").string()});
  ASSERT_EQ(got.docs.size(), 2u);
  EXPECT_EQ(got.docs[0].text, "first");
  EXPECT_EQ(got.docs[1].text, "second");
  EXPECT_TRUE(got.skipped.empty());
}

TEST(Ingest, DirectoriesAreWalkedRecursivelyInSortedOrder) {
  const ingested got = ingest({(data_dir / "tree").string()});
  std::vector<std::string> ids, titles;
  for (const auto& d : got.docs) {
    ids.push_back(d.id);
    titles.push_back(d.title);
  }
  EXPECT_EQ(ids, (std::vector<std::string>{"Z.txt", "a.txt", "sub/b.html", "c1"}));
  EXPECT_EQ(titles, (std::vector<std::string>{"Zeta.", "Alpha headline", "Beta", "Gamma."}));
  EXPECT_TRUE(got.skipped.empty());

  const auto files = list_inputs(std::vector<std::string>{(data_dir / "tree" / "a.txt").string(), "-"});
  ASSERT_EQ(files.size(), 2u);
  EXPECT_EQ(files[0].id, "a.txt");
  EXPECT_EQ(files[0].size, 28u);
  EXPECT_TRUE(files[1].is_stdin());
  EXPECT_EQ(files[1].id, "stdin");
}

TEST(Ingest, MissingInputIsAnErrorNamingIt) {
  const std::string missing = (data_dir / "no-such-file.txt").string();
  try {
    list_inputs(std::vector<std::string>{(data_dir / "tree").string(), missing});
    FAIL() << "no error";
  } catch (const input_error& e) {
    EXPECT_EQ(e.name(), missing);
    EXPECT_EQ(std::string(e.what()), missing + ": no such file or directory");
  }
}

TEST(Ingest, BinaryFilesAreReportedAndSkipped) {
  scratch tmp;
  const std::string png = tmp.write("image.txt", std::string("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16));
  const std::string jsonl = tmp.write("data.jsonl", std::string("{\"text\": \"\0\0\"}", 15));
  const std::string good = tmp.write("good.txt", "Fine.");
  const ingested got = ingest({png, jsonl, good});
  ASSERT_EQ(got.skipped.size(), 2u);
  EXPECT_EQ(got.skipped[0].message, "not text: " + png);
  EXPECT_EQ(got.skipped[1].message, "not text: " + jsonl);
  ASSERT_EQ(got.docs.size(), 1u);
  EXPECT_EQ(got.docs[0].text, "Fine.");
}

TEST(Ingest, ArticlesOverTheSizeLimitAreSkippedAndTheRestGoesOn) {
  scratch tmp;
  const std::string big = tmp.write("big.txt", std::string(2000, 'x'));
  const std::string small = tmp.write("small.txt", "Small.");
  const std::string lines = tmp.write("lines.jsonl", "{\"text\": \"" + std::string(2000, 'y') + "\"}\n{\"id\": \"ok\", \"text\": \"ok\"}\n");
  const ingested got = ingest({big, small, lines}, ingest_options{1000});
  ASSERT_EQ(got.skipped.size(), 2u);
  EXPECT_EQ(got.skipped[0].message, big + ": article of 2000 bytes is over the size limit of 1000 bytes; skipped");
  EXPECT_EQ(got.skipped[1].message,
            lines + ":1: article of more than 1000 bytes is over the size limit of 1000 bytes; skipped");
  ASSERT_EQ(got.docs.size(), 2u);
  EXPECT_EQ(got.docs[0].id, "small.txt");
  EXPECT_EQ(got.docs[1].id, "ok");
}

TEST(Ingest, InvalidUtf8IsReplacedAndUtf16Decoded) {
  scratch tmp;
  const std::string latin1 = tmp.write("latin1.txt", "Fran\xE7ois Hollande\r\nsaid.");
  const std::string utf16 = tmp.write("utf16.txt", std::string("\xFF\xFEO\0k\0 \0\xAC\x20", 10));
  const ingested got = ingest({latin1, utf16});
  ASSERT_EQ(got.docs.size(), 2u);
  EXPECT_EQ(got.docs[0].text, "Fran\xEF\xBF\xBDois Hollande\nsaid.");
  EXPECT_EQ(got.docs[0].title, "Fran\xEF\xBF\xBDois Hollande");
  EXPECT_EQ(got.docs[1].text, "Ok €");
}

TEST(Ingest, EmptyFileIsAnEmptyArticle) {
  scratch tmp;
  const ingested got = ingest({tmp.write("empty.txt", "")});
  ASSERT_EQ(got.docs.size(), 1u);
  EXPECT_EQ(got.docs[0], (document{"empty.txt", "", "", "", ""}));
}

TEST(Ingest, EdgeOffsetsPointIntoTheNormalisedText) {
  scratch tmp;
  const std::string file = tmp.write("vote.txt",
      "UN vote\r\n\r\nThe \xFFUnited Nations General Assembly adopted a resolution on North Korea.\x01 "
      "China and Russia voted against the resolution.\r\nJapan welcomed it.\r\n");
  const ingested got = ingest({file});
  ASSERT_EQ(got.docs.size(), 1u);
  const document& doc = got.docs[0];
  const knowledge_graph g = extractor(lexicon::builtin()).extract(doc);
  if (g.edge_count() == 0) GTEST_SKIP() << "the extractor finds no edges yet";
  for (auto e : g.edges_in_order())
    for (const provenance& p : g[e].evidence) {
      EXPECT_EQ(p.doc, "vote.txt");
      ASSERT_LE(p.end, doc.text.size());
      ASSERT_LE(p.start, p.end);
      EXPECT_EQ(doc.text.substr(p.start, p.end - p.start), p.sentence);
    }
}

TEST(Ingest, JsonLinesFromAPipeNeedNoSeeking) {
  scratch tmp;
  const std::string fifo = (tmp.dir() / "feed.jsonl").string();
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  std::thread writer([&] { std::ofstream(fifo) << "{\"id\": \"p1\", \"text\": \"Piped.\"}\n"; });
  const ingested got = ingest({fifo});
  writer.join();
  ASSERT_EQ(got.docs.size(), 1u);
  EXPECT_EQ(got.docs[0].id, "p1");
  EXPECT_TRUE(got.skipped.empty());
}

TEST(LineReader, SkipsLongLinesInBoundedMemory) {
  std::istringstream in("short\r\n" + std::string(200000, 'z') + "\n\nlast");
  detail::line_reader lines(in, 100);
  std::string line;
  EXPECT_EQ(lines.peek().substr(0, 7), "short\r\n");
  EXPECT_EQ(lines.next(line), detail::line_reader::status::line);
  EXPECT_EQ(line, "short");
  EXPECT_EQ(lines.line_bytes(), 7u);
  EXPECT_EQ(lines.next(line), detail::line_reader::status::too_long);
  EXPECT_EQ(line.size(), 100u);
  EXPECT_EQ(lines.line_number(), 2u);
  EXPECT_EQ(lines.line_bytes(), 200001u);
  EXPECT_EQ(lines.next(line), detail::line_reader::status::line);
  EXPECT_EQ(line, "");
  EXPECT_EQ(lines.next(line), detail::line_reader::status::line);
  EXPECT_EQ(line, "last");
  EXPECT_EQ(lines.line_number(), 4u);
  EXPECT_EQ(lines.next(line), detail::line_reader::status::end);
}

}  // namespace
}  // namespace newsgraph
