#!/usr/bin/python3
"""Tests of the newsgraph command, one case per run: cli_test.py CASE.

ctest runs each case as its own test with NEWSGRAPH (the binary), NEWSGRAPH_SOURCE_DIR and
NEWSGRAPH_SHARED_DIR in the environment. Exit 0 is a pass, 77 a skip (ctest SKIP_RETURN_CODE),
anything else a failure with the reason on standard error.
"""
import json
import os
import pty
import re
import select
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET

NEWSGRAPH = os.environ["NEWSGRAPH"]
SOURCE = os.environ["NEWSGRAPH_SOURCE_DIR"]
SAMPLES = os.path.join(SOURCE, "samples")
INGEST_DATA = os.path.join(SOURCE, "tests", "data", "ingest")
GRAPHML = "{http://graphml.graphdrawing.org/xmlns}"
FORMATS = {"graphml": ".graphml", "jsonld": ".jsonld", "dot": ".dot", "nt": ".nt", "gexf": ".gexf"}


class Skip(Exception):
    pass


def run(*args, stdin=b"", cwd=None, timeout=300):
    """Runs newsgraph with ARGS; returns (exit code, stdout bytes, stderr text)."""
    p = subprocess.run([NEWSGRAPH, *args], input=stdin, capture_output=True, cwd=cwd, timeout=timeout)
    return p.returncode, p.stdout, p.stderr.decode("utf-8", "replace")


def measured(*args, timeout=300):
    """Runs newsgraph with ARGS; returns (exit code, stderr text, CPU seconds, peak RSS in MB)."""
    with tempfile.TemporaryFile() as err:
        p = subprocess.Popen([NEWSGRAPH, *args], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=err)
        deadline = time.time() + timeout
        while True:
            pid, status, usage = os.wait4(p.pid, os.WNOHANG)
            if pid:
                break
            if time.time() > deadline:
                p.kill()
                p.wait()
                raise AssertionError(f"newsgraph {' '.join(args)}: over {timeout} s")
            time.sleep(0.05)
        p.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        return (p.returncode, err.read().decode("utf-8", "replace"), usage.ru_utime + usage.ru_stime,
                usage.ru_maxrss / 1024)


def sanitized():
    """Whether NEWSGRAPH is built with AddressSanitizer, whose memory is not a release build's."""
    with open(NEWSGRAPH, "rb") as f:
        return b"__asan_init" in f.read()


def check(condition, message):
    if not condition:
        raise AssertionError(message)


def expect_exit(result, code, what):
    rc, out, err = result
    check(rc == code, f"{what}: exit {rc}, expected {code}\nstderr:\n{err}")
    return out, err


def graphml_graph(data):
    """(nodes {id: {key: value}}, edges [(source, target, {key: value})]) of GraphML bytes."""
    root = ET.fromstring(data)
    keys = {k.get("id"): k.get("attr.name") for k in root.iter(GRAPHML + "key")}
    graphs = root.findall(GRAPHML + "graph")
    check(len(graphs) == 1, f"{len(graphs)} <graph> elements")
    nodes, edges = {}, []
    for n in graphs[0].iter(GRAPHML + "node"):
        nodes[n.get("id")] = {keys[d.get("key")]: d.text or "" for d in n.findall(GRAPHML + "data")}
    for e in graphs[0].iter(GRAPHML + "edge"):
        edges.append((e.get("source"), e.get("target"),
                      {keys[d.get("key")]: d.text or "" for d in e.findall(GRAPHML + "data")}))
    return nodes, edges


def sample_articles():
    files = sorted(f for f in os.listdir(SAMPLES) if f.endswith(".txt"))
    if len(files) < 4:
        raise Skip(f"only {len(files)} sample articles in {SAMPLES}")
    return [os.path.join(SAMPLES, f) for f in files]


def make_corpus(dir):
    """A directory of a few dozen articles of every kind: the samples as plain text in text/,
    as HTML pages in html/, and as JSON Lines records in jsonl/records.jsonl. Returns its path."""
    corpus = os.path.join(dir, "corpus")
    for sub in ("text", "html", "jsonl"):
        os.makedirs(os.path.join(corpus, sub))
    records = []
    for i, path in enumerate(sample_articles()):
        name = os.path.splitext(os.path.basename(path))[0]
        text = open(path, encoding="utf-8").read()
        shutil.copy(path, os.path.join(corpus, "text", name + ".txt"))
        paragraphs = "".join(f"<p>{p}</p>\n" for p in text.replace("&", "&amp;").split("\n\n"))
        with open(os.path.join(corpus, "html", name + ".html"), "w", encoding="utf-8") as f:
            f.write(f"<html><head><title>{name}</title></head><body><nav>Home | World</nav>"
                    f"<article>{paragraphs}</article><footer>Copyright</footer></body></html>\n")
        records.append({"id": f"jsonl-{name}", "title": name, "date": f"2024-01-{i % 28 + 1:02d}",
                        "url": f"https://example.org/{name}", "text": text})
    with open(os.path.join(corpus, "jsonl", "records.jsonl"), "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r) + "\n")
    return corpus


def require_edges(graphml_bytes, what):
    nodes, edges = graphml_graph(graphml_bytes)
    if not edges:
        raise Skip(f"the extractor finds no edges in {what}, so the comparison would prove nothing")
    return nodes, edges


def listing(dir):
    return sorted(os.listdir(dir))


# ---- the cases ---------------------------------------------------------------------------

def case_help(tmp):
    for args in (["--help"], ["build", "--help"], ["merge", "--help"]):
        out, _ = expect_exit(run(*args), 0, " ".join(args))
        text = out.decode()
        check("Exit codes" in text, f"{args}: no exit codes in help")
        for line in ("0  success", "1  bad input", "2  usage"):
            check(line in text, f"{args}: help does not document '{line}'")
        check("Examples" in text, f"{args}: no examples in help")
    out, _ = expect_exit(run("build", "--help"), 0, "build --help")
    for option in ("-f,--format", "-o,--output", "--lexicon", "-j,--jobs", "--quiet", "--max-article-bytes",
                   "--min-weight", "--types", "--relations", "--top"):
        check(option in out.decode(), f"build --help does not mention {option}")
    out, _ = expect_exit(run("--version"), 0, "--version")
    check(out.decode().startswith("newsgraph "), "--version")


def case_usage(tmp):
    article = sample_articles()[0]
    for args, mentions in ((["build", "--bogus", article], "--bogus"),
                           ([], "subcommand"),
                           (["frobnicate"], "frobnicate"),
                           (["build"], "INPUT"),
                           (["build", "-j", "0", article], "jobs"),
                           (["build", "-f", "xml", article], "xml"),
                           (["build", "-f", "graphml", "-f", "dot", article], "-o"),
                           (["build", "--types", "Country", article], "Country"),
                           (["build", "--relations", "likes", article], "likes"),
                           (["build", "--max-article-bytes", "lots", article], "lots"),
                           (["build", "--max-article-bytes", "0", article], "at least 1"),
                           (["build", "--top", "0", article], "at least 1"),
                           (["merge"], "GRAPH")):
        _, err = expect_exit(run(*args), 2, " ".join(args) or "(no arguments)")
        check(mentions in err, f"{args}: stderr does not mention {mentions!r}:\n{err}")


def case_missing_file(tmp):
    article = sample_articles()[0]
    missing = os.path.join(tmp, "no-such-article.txt")
    out_file = os.path.join(tmp, "out.graphml")
    out, err = expect_exit(run("build", "-o", out_file, article, missing), 1, "missing input")
    check(missing in err, f"stderr does not name {missing}:\n{err}")
    check(listing(tmp) == [], f"files left behind: {listing(tmp)}")
    _, err = expect_exit(run("merge", missing.replace(".txt", ".graphml")), 1, "merge of a missing graph")
    check("no-such-article.graphml" in err, err)


def case_empty_article(tmp):
    empty = os.path.join(tmp, "empty.txt")
    open(empty, "w").close()
    out, _ = expect_exit(run("build", "--quiet", empty), 0, "empty article")
    nodes, edges = graphml_graph(out)
    check(nodes == {} and edges == [], f"empty article gave {len(nodes)} nodes, {len(edges)} edges")
    out, _ = expect_exit(run("build", "--quiet", "-f", "jsonld", "-"), 0, "empty standard input")
    json.loads(out)
    blank = os.path.join(tmp, "blank.txt")
    with open(blank, "w") as f:
        f.write("\n\n   \n")
    expect_exit(run("build", "--quiet", "-o", os.path.join(tmp, "g.gexf"), blank), 0, "blank article")
    ET.parse(os.path.join(tmp, "g.gexf"))


def case_binary(tmp):
    binary = os.path.join(tmp, "photo.txt")
    with open(binary, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)
    out_file = os.path.join(tmp, "out.graphml")
    # Alone: nothing could be read, so the run fails and writes nothing.
    _, err = expect_exit(run("build", "-o", out_file, binary), 1, "binary input alone")
    check(f"not text: {binary}" in err, f"stderr lacks 'not text: {binary}':\n{err}")
    check(not os.path.exists(out_file), "output written for a failed run")
    # With good articles: reported, skipped, the rest is built.
    article = sample_articles()[0]
    _, err = expect_exit(run("build", "-o", out_file, binary, article), 0, "binary with a good article")
    check(f"not text: {binary}" in err, f"stderr lacks 'not text: {binary}':\n{err}")
    expected, _ = expect_exit(run("build", "--quiet", article), 0, "good article alone")
    check(open(out_file, "rb").read() == expected, "the skipped binary changed the graph")
    # --strict makes any skipped article a failure.
    os.remove(out_file)
    expect_exit(run("build", "--strict", "-o", out_file, binary, article), 1, "--strict with a binary")
    check(not os.path.exists(out_file), "--strict run wrote output")


def case_atomic_output(tmp):
    article = sample_articles()[0]
    out_dir = os.path.join(tmp, "out")
    os.mkdir(out_dir)
    good = os.path.join(out_dir, "graph.graphml")
    expect_exit(run("build", "--quiet", "-o", good, article), 0, "good run")
    before = open(good, "rb").read()
    check(len(before) > 0, "good run wrote nothing")
    bad_lexicon = os.path.join(tmp, "bad.json")
    with open(bad_lexicon, "w") as f:
        f.write('{"states": [\n  {"id": "XYZ", "name": "Xanadu"\n}\n')
    binary = os.path.join(tmp, "b.txt")
    with open(binary, "wb") as f:
        f.write(b"\x00\x01\x02" * 100)
    failing = (["build", "-o", good, article, os.path.join(tmp, "missing.txt")],
               ["build", "-o", good, "--lexicon", bad_lexicon, article],
               ["build", "-o", good, binary],
               ["build", "-f", "graphml", "-f", "dot", "-o", os.path.join(out_dir, "graph"), binary],
               ["merge", "-o", good, bad_lexicon.replace(".json", ".graphml")])
    for args in failing:
        expect_exit(run(*args), 1, " ".join(args))
        check(open(good, "rb").read() == before, f"{args} changed the good file")
        check(listing(out_dir) == ["graph.graphml"], f"{args} left {listing(out_dir)}")
    # A merge whose input is not a graph fails while reading, after the outputs were opened.
    not_graph = os.path.join(tmp, "broken.graphml")
    with open(not_graph, "w") as f:
        f.write("<graphml><graph><node id='x'>")
    _, err = expect_exit(run("merge", "-o", good, good, not_graph), 1, "merge of a broken graph")
    check(not_graph in err, f"stderr does not name {not_graph}:\n{err}")
    check(open(good, "rb").read() == before, "failed merge changed the good file")
    check(listing(out_dir) == ["graph.graphml"], f"failed merge left {listing(out_dir)}")
    # An output directory that does not exist fails before any work.
    _, err = expect_exit(run("build", "-o", os.path.join(tmp, "nowhere", "g.graphml"), article), 1, "missing dir")
    check("nowhere" in err, err)


def case_interrupted(tmp):
    """A run killed while it works leaves neither a half-written file nor its temporary file."""
    out_dir = os.path.join(tmp, "out")
    os.mkdir(out_dir)
    good = os.path.join(out_dir, "graph.graphml")
    with open(good, "w") as f:
        f.write("<graphml>previous good graph</graphml>\n")
    before = open(good, "rb").read()
    for sig in (signal.SIGTERM, signal.SIGINT):
        p = subprocess.Popen([NEWSGRAPH, "build", "--quiet", "-o", good, "-"], stdin=subprocess.PIPE,
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        # While it reads there is no temporary file yet (it is made when writing starts; a
        # signal while writing is cleaned up as in case_file_size_limit's SIGXFSZ).
        time.sleep(0.5)
        check(p.poll() is None and listing(out_dir) == ["graph.graphml"],
              f"a temporary file while reading: {listing(out_dir)}")
        p.stdin.write(b"China condemned the vote. " * 1000)
        p.stdin.flush()
        p.send_signal(sig)
        p.wait(timeout=30)
        p.stdin.close()
        check(p.returncode == -sig, f"exit {p.returncode} after signal {sig}")
        check(listing(out_dir) == ["graph.graphml"], f"signal {sig} left {listing(out_dir)}")
        check(open(good, "rb").read() == before, f"signal {sig} changed the good file")


def case_vanishing_input(tmp):
    """An input that disappears after the run started stops it (exit 1, named), with the extraction
    threads stopped and nothing written."""
    gone = os.path.join(tmp, "gone.txt")
    with open(gone, "w") as f:
        f.write("Russia vetoed the draft.\n")
    out_file = os.path.join(tmp, "g.graphml")
    for jobs in ("1", "4"):
        p = subprocess.Popen([NEWSGRAPH, "build", "-j", jobs, "-o", out_file, "-", gone], stdin=subprocess.PIPE,
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.time() + 30
        while not any(f.startswith(".g.graphml.tmp") for f in listing(tmp)) and time.time() < deadline:
            time.sleep(0.02)
        os.rename(gone, gone + ".moved")  # the reader is still waiting for standard input
        _, err = p.communicate(b"China condemned the vote.\n", timeout=60)
        os.rename(gone + ".moved", gone)
        check(p.returncode == 1, f"-j {jobs}: exit {p.returncode}")
        check(f"{gone}: cannot open" in err.decode(), f"-j {jobs}: stderr does not name {gone}:\n{err.decode()}")
        check(listing(tmp) == ["gone.txt"], f"-j {jobs}: files left: {listing(tmp)}")


def case_jobs_identical(tmp):
    corpus = make_corpus(tmp)
    outputs = {}
    for jobs in ("1", "2", "3", "8"):
        stem = os.path.join(tmp, "j" + jobs)
        expect_exit(run("build", "--quiet", "-j", jobs, "-f", "graphml,jsonld,dot,nt,gexf", "-o", stem, corpus),
                    0, f"-j {jobs}")
        outputs[jobs] = {f: open(stem + ext, "rb").read() for f, ext in FORMATS.items()}
    require_edges(outputs["1"]["graphml"], "the corpus")
    for jobs in ("2", "3", "8"):
        for f in FORMATS:
            check(outputs[jobs][f] == outputs["1"][f], f"-j {jobs} {f} differs from -j 1")


def case_merge_shards(tmp):
    corpus = make_corpus(tmp)
    # An article's id is its path relative to the directory named on the command line, so the
    # whole and the shards name the same directories (or files directly inside them).
    roots = [os.path.join(corpus, sub) for sub in ("text", "html", "jsonl")]
    whole_stem = os.path.join(tmp, "whole")
    expect_exit(run("build", "--quiet", "-f", "graphml,jsonld,dot,nt,gexf", "-o", whole_stem, *roots), 0, "whole")
    whole = {f: open(whole_stem + ext, "rb").read() for f, ext in FORMATS.items()}
    require_edges(whole["graphml"], "the corpus")

    texts = sorted(os.path.join(roots[0], f) for f in os.listdir(roots[0]))
    half = len(texts) // 2
    shards = [texts[:half], texts[half:] + [roots[1]], [roots[2]]]
    for kind in ("jsonld", "graphml"):
        parts = []
        for i, inputs in enumerate(shards):
            part = os.path.join(tmp, f"shard{i}.{kind}")
            expect_exit(run("build", "--quiet", "-o", part, *inputs), 0, f"shard {i}")
            parts.append(part)
        merged_stem = os.path.join(tmp, "merged-" + kind)
        expect_exit(run("merge", "--quiet", "-f", "graphml,jsonld,dot,nt,gexf", "-o", merged_stem, *parts), 0,
                    f"merge of {kind} shards")
        # JSON-LD carries everything; GraphML keeps one evidence per edge, so it is compared as GraphML.
        for f in (FORMATS if kind == "jsonld" else ["graphml"]):
            merged = open(merged_stem + FORMATS[f], "rb").read()
            check(merged == whole[f], f"merge of {kind} shards differs from the whole build in {f}")
        # Associative: (0 + 1) + 2 == 0 + (1 + 2).
        left, right = os.path.join(tmp, "left." + kind), os.path.join(tmp, "right." + kind)
        expect_exit(run("merge", "--quiet", "-o", left, parts[0], parts[1]), 0, "0 + 1")
        expect_exit(run("merge", "--quiet", "-o", right, parts[1], parts[2]), 0, "1 + 2")
        a, b = os.path.join(tmp, "a." + kind), os.path.join(tmp, "b." + kind)
        expect_exit(run("merge", "--quiet", "-o", a, left, parts[2]), 0, "(0 + 1) + 2")
        expect_exit(run("merge", "--quiet", "-o", b, parts[0], right), 0, "0 + (1 + 2)")
        check(open(a, "rb").read() == open(b, "rb").read(), f"merge of {kind} is not associative")


def case_formats_stem(tmp):
    article = sample_articles()[0]
    stem = os.path.join(tmp, "out", "week")
    os.mkdir(os.path.join(tmp, "out"))
    out, _ = expect_exit(run("build", "--quiet", "-f", "graphml", "-f", "jsonld", "-f", "dot", "-f", "nt",
                             "-f", "gexf", "-o", stem, article), 0, "five formats")
    check(out == b"", "several formats also wrote to standard output")
    check(listing(os.path.join(tmp, "out")) == sorted("week" + e for e in FORMATS.values()),
          f"files: {listing(os.path.join(tmp, 'out'))}")
    nodes, edges = graphml_graph(open(stem + ".graphml", "rb").read())
    json.load(open(stem + ".jsonld", encoding="utf-8"))
    ET.parse(stem + ".gexf")
    check(open(stem + ".dot", encoding="utf-8").read().lstrip().startswith("digraph"), "DOT file")
    triple = re.compile(r'^(<[^>]+>|_:\S+) <[^>]+> (<[^>]+>|_:\S+|".*"(\^\^<[^>]+>|@[a-zA-Z-]+)?) \.$')
    for line in open(stem + ".nt", encoding="utf-8"):
        check(triple.match(line.rstrip("\n")), f"not an N-Triples line: {line!r}")
    # Each file is what the one-format run writes.
    for f, ext in FORMATS.items():
        single, _ = expect_exit(run("build", "--quiet", "-f", f, article), 0, f"-f {f}")
        check(open(stem + ext, "rb").read() == single, f"{f} from the stem differs from -f {f} alone")
    # A format extension on the stem is dropped; -o's extension picks the format when -f is absent.
    expect_exit(run("build", "--quiet", "-f", "graphml,dot", "-o", os.path.join(tmp, "g.graphml"), article), 0, "")
    check(os.path.exists(os.path.join(tmp, "g.graphml")) and os.path.exists(os.path.join(tmp, "g.dot")),
          f"stem with extension: {listing(tmp)}")
    expect_exit(run("build", "--quiet", "-o", os.path.join(tmp, "h.jsonld"), article), 0, "")
    json.load(open(os.path.join(tmp, "h.jsonld"), encoding="utf-8"))


def case_format_choice(tmp):
    article = sample_articles()[0]
    graphml_alone, _ = expect_exit(run("build", "--quiet", "-f", "graphml", article), 0, "-f graphml")
    dot_alone, _ = expect_exit(run("build", "--quiet", "-f", "dot", article), 0, "-f dot")
    # Without -f, the extension names the format, in any case.
    for name in ("x.dot", "y.DOT"):
        path = os.path.join(tmp, name)
        expect_exit(run("build", "--quiet", "-o", path, article), 0, f"-o {name}")
        check(open(path, "rb").read() == dot_alone, f"-o {name} did not write DOT")
    # An extension that contradicts -f is an error naming the file and both formats.
    path = os.path.join(tmp, "z.dot")
    _, err = expect_exit(run("build", "--quiet", "-o", path, "-f", "graphml", article), 2, "-o z.dot -f graphml")
    check(path in err and "dot" in err and "graphml" in err, f"the error does not name {path}, dot and graphml:\n{err}")
    stem = os.path.join(tmp, "s.nt")
    _, err = expect_exit(run("build", "--quiet", "-o", stem, "-f", "graphml,dot", article), 2, "-o s.nt -f graphml,dot")
    check(stem in err and "nt" in err and "graphml and dot" in err, f"the error does not name {stem} and the formats:\n{err}")
    # An extension that names no format, without -f, is an error rather than GraphML in a .svg.
    path = os.path.join(tmp, "picture.svg")
    _, err = expect_exit(run("build", "--quiet", "-o", path, article), 2, "-o picture.svg")
    check(path in err and ".svg" in err, f"the error does not name {path} and .svg:\n{err}")
    check(not os.path.exists(path), "picture.svg was written")
    # No extension at all is GraphML, as before.
    path = os.path.join(tmp, "plain")
    expect_exit(run("build", "--quiet", "-o", path, article), 0, "-o plain")
    check(open(path, "rb").read() == graphml_alone, "-o plain did not write GraphML")
    # Format names in any case; a format named twice is one output.
    out, _ = expect_exit(run("build", "--quiet", "-f", "GraphML", article), 0, "-f GraphML")
    check(out == graphml_alone, "-f GraphML differs from -f graphml")
    os.mkdir(os.path.join(tmp, "twice"))
    path = os.path.join(tmp, "twice", "g")
    expect_exit(run("build", "--quiet", "-f", "dot", "-f", "DOT", "-o", path, article), 0, "-f dot -f DOT")
    check(listing(os.path.join(tmp, "twice")) == ["g"], f"-f dot -f DOT -o g wrote {listing(os.path.join(tmp, 'twice'))}")
    check(open(path, "rb").read() == dot_alone, "-f dot -f DOT did not write the DOT")
    out, _ = expect_exit(run("build", "--quiet", "-f", "dot", "-f", "dot", article), 0, "-f dot -f dot to standard output")
    check(out == dot_alone, "-f dot -f dot to standard output is not one DOT graph")


def case_isolated_nodes(tmp):
    graph = one_edge_graph(tmp, "graphml")
    text = open(graph, encoding="utf-8").read()
    lone = '<node id="state:fra"><data key="n_label">France</data><data key="n_type">State</data></node>\n'
    with open(graph, "w", encoding="utf-8") as f:
        f.write(text.replace("<edge ", lone + "<edge ", 1))
    kept, _ = expect_exit(run("merge", "--quiet", "-f", "dot", graph), 0, "merge -f dot")
    check(b'"state:fra" [label="France"' in kept, "the DOT lost the node without an edge")
    drawn, _ = expect_exit(run("merge", "--quiet", "--drop-isolated", "-f", "dot", graph), 0, "--drop-isolated")
    check(b'"state:fra"' not in drawn, "--drop-isolated kept the node without an edge")
    check(b'"state:chn"' in drawn and b'"state:prk"' in drawn, "--drop-isolated dropped the nodes of the edge")
    data, _ = expect_exit(run("merge", "--quiet", "-f", "graphml", graph), 0, "merge -f graphml")
    check("state:fra" in graphml_graph(data)[0], "GraphML lost the node without an edge")


def case_svg_links(tmp):
    if shutil.which("dot") is None:
        raise Skip("Graphviz's dot is not installed")
    url = 'https://example.org/n?id=1&p=<2>"x y'
    jsonl = os.path.join(tmp, "a.jsonl")
    with open(jsonl, "w", encoding="utf-8") as f:
        f.write(json.dumps({"id": "a", "url": url, "date": "2014-12-18", "text": "China condemned North Korea."}) + "\n")
    drawn, _ = expect_exit(run("build", "--quiet", "-f", "dot", jsonl), 0, "-f dot")
    svg = subprocess.run(["dot", "-Tsvg"], input=drawn, capture_output=True)
    check(svg.returncode == 0, f"dot -Tsvg: {svg.stderr.decode()}")
    try:
        root = ET.fromstring(svg.stdout)
    except ET.ParseError as e:
        raise AssertionError(f"the SVG is not XML: {e}")
    links = {a.get("{http://www.w3.org/1999/xlink}href") for a in root.iter("{http://www.w3.org/2000/svg}a")} - {None}
    check(links == {"https://example.org/n?id=1&p=%3C2%3E%22x%20y"}, f"the SVG links to {links}, not the article")


def case_lexicon_sections(tmp):
    article = sample_articles()[0]
    bad = os.path.join(tmp, "mine.json")
    with open(bad, "w") as f:
        f.write('{"peoples": []}\n')
    _, err = expect_exit(run("build", "--quiet", "--lexicon", bad, article), 1, "unknown section")
    listed = re.search(r"\(expected ([^)]*)\)", err)
    check(listed and bad in err, f"the error does not name {bad} and list the sections:\n{err}")
    named = set(re.split(r", | or ", listed.group(1)))
    accepted = {"states", "bodies", "places", "roles", "offices", "people", "triggers", "modality", "evaluations", "vote_labels", "irregular_verbs", "word_classes", "comment"}
    check(named == accepted, f"the error lists {sorted(named)}, the lexicon accepts {sorted(accepted)}")
    for section in sorted(accepted):
        with open(bad, "w") as f:
            f.write(json.dumps({section: "a note" if section == "comment" else ({} if section in ("modality", "evaluations", "vote_labels", "irregular_verbs", "word_classes") else [])}))
        expect_exit(run("build", "--quiet", "--lexicon", bad, article), 0, f"a lexicon with only {section}")


def case_filters(tmp):
    corpus = make_corpus(tmp)
    full, _ = expect_exit(run("build", "--quiet", corpus), 0, "unfiltered")
    nodes, edges = require_edges(full, "the corpus")

    def filtered(*args):
        out, _ = expect_exit(run("build", "--quiet", *args, corpus), 0, " ".join(args))
        return graphml_graph(out)

    def edge_set(es):
        return sorted((s, t, d["relation"], d.get("mode", "")) for s, t, d in es)

    keep = {"State", "Body"}
    n, e = filtered("--types", "State,Body")
    check(n == {k: v for k, v in nodes.items() if v["type"] in keep}, "--types nodes")
    check(edge_set(e) == edge_set(x for x in edges if nodes[x[0]]["type"] in keep and nodes[x[1]]["type"] in keep),
          "--types edges")

    relation = max({d["relation"] for _, _, d in edges}, key=lambda r: sum(d["relation"] == r for _, _, d in edges))
    n, e = filtered("--relations", relation)
    kept = [x for x in edges if x[2]["relation"] == relation]
    check(edge_set(e) == edge_set(kept), "--relations edges")
    check(set(n) == {x[0] for x in kept} | {x[1] for x in kept}, "--relations nodes")

    weights = sorted({float(d["weight"]) for _, _, d in edges})
    threshold = weights[len(weights) // 2]
    n, e = filtered("--min-weight", str(threshold))
    kept = [x for x in edges if float(x[2]["weight"]) >= threshold]
    check(edge_set(e) == edge_set(kept), f"--min-weight {threshold} edges")
    check(set(n) == {x[0] for x in kept} | {x[1] for x in kept}, "--min-weight nodes")

    degree = {k: 0 for k in nodes}
    for s, t, _ in edges:
        degree[s] += 1
        degree[t] += 1
    top = sorted(nodes, key=lambda k: (-degree[k], k))[:5]
    n, e = filtered("--top", "5")
    check(sorted(n) == sorted(top), f"--top 5 kept {sorted(n)}, expected {sorted(top)}")
    check(edge_set(e) == edge_set(x for x in edges if x[0] in top and x[1] in top), "--top edges")

    # Filters work the same on merge.
    expect_exit(run("build", "--quiet", "-o", os.path.join(tmp, "all.jsonld"), corpus), 0, "jsonld")
    out, _ = expect_exit(run("merge", "--quiet", "--types", "State,Body", os.path.join(tmp, "all.jsonld")), 0, "")
    n, _ = graphml_graph(out)
    check(n == {k: v for k, v in nodes.items() if v["type"] in keep}, "merge --types nodes")


def case_size_limit(tmp):
    big = os.path.join(tmp, "big.txt")
    with open(big, "w") as f:
        f.write("China condemned the vote. " * 100)
    small = os.path.join(tmp, "small.txt")
    with open(small, "w") as f:
        f.write("Russia vetoed the draft.\n")
    records = os.path.join(tmp, "r.jsonl")
    with open(records, "w") as f:
        f.write(json.dumps({"id": "long", "text": "x" * 5000}) + "\n")
        f.write(json.dumps({"id": "short", "text": "Japan welcomed it."}) + "\n")
    _, err = expect_exit(run("build", "--max-article-bytes", "1k", "-o", os.path.join(tmp, "g.graphml"),
                             big, small, records), 0, "size limit")
    check(f"{big}: article of 2600 bytes is over the size limit of 1024 bytes" in err, err)
    check(f"{records}:1: article of more than 1024 bytes" in err, err)
    check("2 articles" in err and "2 skipped" in err, f"summary does not count 2 articles, 2 skipped:\n{err}")


def case_jsonl(tmp):
    corpus = os.path.join(INGEST_DATA, "corpus.jsonl")
    _, err = expect_exit(run("build", "-o", os.path.join(tmp, "g.graphml"), corpus), 0, "JSON Lines")
    for line in (4, 5, 6, 8):
        check(f"{corpus}:{line}: " in err, f"no warning for line {line}:\n{err}")
    check("4 articles" in err and "4 skipped" in err, err)
    ET.parse(os.path.join(tmp, "g.graphml"))


def weights(jsonld_bytes):
    """{statement id: weight} of a JSON-LD graph."""
    return {item["@id"]: item["weight"] for item in json.loads(jsonld_bytes)["@graph"] if "weight" in item}


def case_read_once(tmp):
    """An article read twice (named twice, copied, or its url given again) and a graph merged
    with itself count each reading once."""
    text = ("China criticised Japan on Monday.\n\nJapan condemned China's decision, and China "
            "criticised Japan again.\n")
    article = os.path.join(tmp, "a.txt")
    with open(article, "w") as f:
        f.write(text)
    once, _ = expect_exit(run("build", "--quiet", "-f", "jsonld", article), 0, "once")
    if not any(w >= 1 for w in weights(once).values()):
        raise Skip("the extractor finds no edges in the article")
    twice, err = expect_exit(run("build", "-f", "jsonld", article, article), 0, "the same file twice")
    check(twice == once, "an article named twice changes the graph")
    check("read twice, counted once" in err, f"no word of the repeat:\n{err}")
    copy = os.path.join(tmp, "copy.txt")
    shutil.copy(article, copy)
    copied, err = expect_exit(run("build", "-f", "jsonld", article, copy), 0, "a copy")
    check(weights(copied) == weights(once), f"a copy changes the weights: {weights(copied)} vs {weights(once)}")
    check("copy.txt: the same text as a.txt, read before; counted once" in err, f"no warning naming both:\n{err}")
    records = os.path.join(tmp, "r.jsonl")
    with open(records, "w") as f:
        f.write(json.dumps({"id": "1", "url": "https://example.org/1", "text": text}) + "\n")
        f.write(json.dumps({"id": "2", "url": "https://example.org/1", "text": text + "Updated.\n"}) + "\n")
    _, err = expect_exit(run("build", "-f", "jsonld", records), 0, "one url twice")
    check("2: the same url as 1, read before" in err, f"no warning for the url read twice:\n{err}")

    graph = os.path.join(tmp, "a.jsonld")
    with open(graph, "wb") as f:
        f.write(once)
    merged, _ = expect_exit(run("merge", "--quiet", "-f", "jsonld", graph, graph), 0, "merge a a")
    check(merged == once, "merge of a graph with itself is not the graph")
    other = os.path.join(tmp, "b.txt")
    with open(other, "w") as f:
        f.write("China criticised Japan on Friday.\n")
    both = os.path.join(tmp, "both.jsonld")
    expect_exit(run("build", "--quiet", "-o", both, article, other), 0, "a and b")
    shard = os.path.join(tmp, "b.jsonld")
    expect_exit(run("build", "--quiet", "-o", shard, other), 0, "b")
    merged, _ = expect_exit(run("merge", "--quiet", "-f", "jsonld", graph, both, shard, graph), 0, "overlapping shards")
    check(merged == open(both, "rb").read(), "overlapping shards do not merge to the graph of their articles")

    # GraphML carries the same marks: a graph merged with itself, or with its JSON-LD, is itself.
    as_graphml, _ = expect_exit(run("build", "--quiet", "-f", "graphml", article), 0, "once as GraphML")
    check(b"read_at" in as_graphml and b"mentioned_in" in as_graphml, "GraphML without read_at or mentioned_in")
    gml = os.path.join(tmp, "a.graphml")
    with open(gml, "wb") as f:
        f.write(as_graphml)
    for inputs in ((gml,), (gml, gml), (gml, graph)):
        merged, _ = expect_exit(run("merge", "--quiet", "-f", "graphml", *inputs), 0, "merge " + " ".join(inputs))
        check(merged == as_graphml, f"merging {' and '.join(os.path.basename(i) for i in inputs)} is not the graph")


def case_jsonl_ids(tmp):
    """The same JSON Lines id in two files names two articles: their resolutions stay two nodes."""
    os.makedirs(os.path.join(tmp, "d1"))
    os.makedirs(os.path.join(tmp, "d2"))
    files = []
    for sub, body, state in (("d1", "UN General Assembly", "China"), ("d2", "UN Human Rights Council", "Russia")):
        files.append(os.path.join(tmp, sub, "news.jsonl"))
        with open(files[-1], "w") as f:
            f.write(json.dumps({"id": "1", "text": f"The {body} adopted a resolution on Arstotzka on Tuesday. "
                                                   f"{state} voted against the resolution."}) + "\n")
    out, err = expect_exit(run("build", "-f", "jsonld", *files), 0, "two files, one id")
    graph = json.loads(out)["@graph"]
    resolutions = [n["@id"] for n in graph if "ng:Resolution" in n.get("@type", [])]
    check(len(resolutions) == 2, f"resolutions: {resolutions}")
    docs = set(json_values(graph, "doc"))
    check(len(docs) == 2, f"articles: {docs}")
    check(f"{files[1]}: article id '1' is an article of {files[0]} too; read as '{files[1]}#1'" in err,
          f"no warning naming both files:\n{err}")


def case_jsonl_title(tmp):
    """A JSON Lines title is text of the article: a speaker it alone names is read."""
    records = os.path.join(tmp, "r.jsonl")
    with open(records, "w") as f:
        f.write(json.dumps({"id": "1", "title": "China criticises Japan", "text": "Nothing more was said."}) + "\n")
    text = os.path.join(tmp, "r.txt")
    with open(text, "w") as f:
        f.write("China criticises Japan\n\nNothing more was said.\n")
    from_text, _ = expect_exit(run("build", "--quiet", "-f", "graphml", text), 0, "as text")
    if not graphml_graph(from_text)[1]:
        raise Skip("the extractor reads no edge in the headline")
    out, _ = expect_exit(run("build", "--quiet", "-f", "graphml", records), 0, "as JSON Lines")
    nodes, edges = graphml_graph(out)
    check([(s, t, e["relation"]) for s, t, e in edges] == [(s, t, e["relation"]) for s, t, e in graphml_graph(from_text)[1]],
          f"edges from the record: {edges}")


def case_wikidata(tmp):
    """Every lexicon entry with a QID exports it: states, bodies, places, and people a --lexicon adds."""
    lexicon = os.path.join(tmp, "people.json")
    with open(lexicon, "w") as f:
        json.dump({"people": [{"name": "Ana Ruiz", "wikidata": "Q900000001", "surnames": ["Ruiz"],
                               "held": [{"title": "foreign minister", "of": "ESP", "from": 2001, "to": 2004}]}]}, f)
    article = os.path.join(tmp, "a.txt")
    with open(article, "w") as f:
        f.write("Foreign Minister Ana Ruiz criticised the OSCE over the shelling of Kharkiv.\n")
    out, _ = expect_exit(run("build", "--quiet", "--lexicon", lexicon, "-f", "jsonld", article), 0, "build")
    same = {n["@id"]: n.get("sameAs") for n in json.loads(out)["@graph"] if "@type" in n and "sameAs" in n}
    want = {"urn:newsgraph:person:ana-ruiz": "http://www.wikidata.org/entity/Q900000001",
            "urn:newsgraph:place:kharkiv": "http://www.wikidata.org/entity/Q42308",
            "urn:newsgraph:body:osce": "http://www.wikidata.org/entity/Q81299"}
    for node, qid in want.items():
        check(same.get(node) == qid, f"{node}: sameAs {same.get(node)}, expected {qid}; all: {same}")
    out, _ = expect_exit(run("build", "--quiet", "--lexicon", lexicon, "-f", "graphml", article), 0, "GraphML")
    nodes, _ = graphml_graph(out)
    check(nodes.get("place:kharkiv", {}).get("wikidata") == "Q42308", f"GraphML nodes: {nodes}")


def json_values(node, key):
    """Every value stored under KEY anywhere in a JSON tree, lists flattened."""
    found = []
    if isinstance(node, dict):
        for k, v in node.items():
            if k == key:
                found.extend(v if isinstance(v, list) else [v])
            found.extend(json_values(v, key))
    elif isinstance(node, list):
        for v in node:
            found.extend(json_values(v, key))
    return found


def case_provenance(tmp):
    """Every article's id, date and url reach the provenance of its edges, from JSON Lines and HTML."""
    sentence = "China and Russia voted against the resolution, which the UN General Assembly adopted."
    records = os.path.join(tmp, "news.jsonl")
    with open(records, "w") as f:
        f.write(json.dumps({"id": "wire-17", "date": "2024-03-05", "url": "https://example.org/wire-17",
                            "text": sentence}) + "\n")
    page = os.path.join(tmp, "page.html")
    with open(page, "w") as f:
        f.write('<html><head><meta property="article:published_time" content="2024-04-01">'
                '<link rel="canonical" href="https://example.org/page"></head>'
                f"<body><nav>World</nav><h1>Vote in New York</h1><p>{sentence}</p></body></html>")
    out, _ = expect_exit(run("build", "--quiet", "-f", "jsonld", records, page), 0, "provenance")
    graph = json.loads(out)
    if not json_values(graph, "evidence") and not json_values(graph, "start"):
        raise Skip("the extractor finds no edges in the sentence")
    docs = set(json_values(graph, "doc"))
    check({"wire-17", "page.html"} <= docs, f"article ids in the output: {docs}")
    urls = set(json_values(graph, "url"))
    check({"https://example.org/wire-17", "https://example.org/page"} <= urls, f"urls: {urls}")
    dates = set(json_values(graph, "date"))
    check({"2024-03-05", "2024-04-01"} <= dates, f"dates: {dates}")


def case_explain(tmp):
    article = os.path.join(tmp, "a.txt")
    with open(article, "w") as f:
        f.write("Germany condemned Russia on Monday.\n\nThe weather was mild.\n")
    out, _ = expect_exit(run("explain", article), 0, "explain an article")
    text = out.decode()
    check(text.startswith("article a.txt\nsentence 1: Germany condemned Russia on Monday.\n"), text)
    check("  role 2:condemned nsubj 1:Germany\n" in text and "  role 2:condemned obj 3:Russia\n" in text, text)
    check(re.search(r"  reading state:deu criticizes state:rus \(asserted\) trigger \"condemned\" rule \w+\n", text), text)
    check("sentence 2: The weather was mild.\n" in text, text)
    check(text.count("  reading ") == 1, f"a sentence that states nothing gave a reading:\n{text}")
    conllu = os.path.join(tmp, "s.conllu")
    with open(conllu, "w") as f:
        f.write("# sent_id = 1\n"
                "1\tTurkey\t_\t_\t_\t_\t0\troot\t_\t_\n"
                "2\twas\t_\t_\t_\t_\t0\troot\t_\t_\n"
                "3\tcriticised\t_\t_\t_\t_\t0\troot\t_\t_\n"
                "4\tby\t_\t_\t_\t_\t0\troot\t_\t_\n"
                "5\tIran\t_\t_\t_\t_\t0\troot\t_\t_\n"
                "6\t.\t_\t_\t_\t_\t0\troot\t_\t_\n\n")
    out, _ = expect_exit(run("explain", "--conllu", conllu), 0, "explain CoNLL-U")
    lines = out.decode().split("\n")
    check(lines[0] == "# sent_id = 1", out)
    rows = [l.split("\t") for l in lines if l and not l.startswith("#")]
    check(len(rows) == 6 and all(len(r) == 10 for r in rows), out)
    check(rows[0][6:8] == ["3", "nsubj:pass"] and rows[4][6:8] == ["3", "obl:agent"], out)
    check(rows[1][6:8] == ["_", "_"], f"a word that fills no role has a head: {rows[1]}")
    fast, _ = expect_exit(run("build", "--quiet", "--fast", "-f", "nt", article), 0, "build --fast")
    check(b"criticizes" in fast, f"--fast (window patterns only) lost a plain transitive reading:\n{fast.decode()}")
    bad = os.path.join(tmp, "bad.conllu")
    with open(bad, "w") as f:
        f.write("1\tTurkey\t_\n")
    _, err = expect_exit(run("explain", "--conllu", bad), 1, "malformed CoNLL-U")
    check(bad + ":1: " in err, err)


def case_lexicon(tmp):
    article = sample_articles()[0]
    bad = os.path.join(tmp, "mine.json")
    with open(bad, "w") as f:
        f.write('{"states": [\n  {"id": "XYZ" "name": "Xanadu"}\n]}\n')
    out_file = os.path.join(tmp, "g.graphml")
    out, err = expect_exit(run("build", "-o", out_file, "--lexicon", bad, article), 1, "bad lexicon")
    check(re.search(re.escape(bad) + r":2:\d+: ", err), f"stderr does not say {bad}:2:COLUMN:\n{err}")
    check(listing(tmp) == ["mine.json"], f"files after a bad lexicon: {listing(tmp)}")
    out, err = expect_exit(run("build", "--lexicon", bad, article), 1, "bad lexicon to standard output")
    check(out == b"", "a bad lexicon still wrote to standard output")
    _, err = expect_exit(run("build", "--lexicon", os.path.join(tmp, "none.json"), article), 1, "missing lexicon")
    check("none.json" in err, err)


def case_stdin(tmp):
    article = sample_articles()[0]
    text = open(article, "rb").read()
    from_stdin, _ = expect_exit(run("build", "--quiet", "-f", "nt", "-", stdin=text), 0, "standard input")
    copy = os.path.join(tmp, "stdin")
    with open(copy, "wb") as f:
        f.write(text)
    from_file, _ = expect_exit(run("build", "--quiet", "-f", "nt", copy), 0, "the same text as a file")
    check(from_stdin == from_file, "standard input and a file named 'stdin' give different graphs")


def case_stdin_html(tmp):
    """A page on standard input is read as HTML, as the same page in a file is: its menu dropped."""
    page = ("<!DOCTYPE html>\n<html><head><title>Council vote</title></head><body>"
            "<nav><a href='/'>China criticised Japan</a></nav>"
            "<article><p>Russia condemned Ukraine on Monday.</p></article></body></html>\n")
    path = os.path.join(tmp, "page.html")
    with open(path, "w") as f:
        f.write(page)
    from_file, _ = expect_exit(run("build", "--quiet", "-f", "graphml", path), 0, "a page in a file")
    from_stdin, _ = expect_exit(run("build", "--quiet", "-f", "graphml", "-", stdin=page.encode()), 0, "a page on stdin")
    def edges(data):
        return sorted((s, t, e["relation"], e["mode"], e.get("evidence", "")) for s, t, e in graphml_graph(data)[1])
    check(edges(from_stdin) == edges(from_file), f"stdin: {edges(from_stdin)}\nfile: {edges(from_file)}")
    check(sorted(graphml_graph(from_stdin)[0]) == sorted(graphml_graph(from_file)[0]), "the nodes differ")
    check(b"<nav>" not in from_stdin and b"&lt;nav&gt;" not in from_stdin, "markup read as text")


def case_pathological(tmp):
    line = os.path.join(tmp, "line.txt")
    with open(line, "w") as f:
        words = "the council and the ministry said that the states and the bodies "
        f.write(words * (20 * 1024 * 1024 // len(words)))
    names = os.path.join(tmp, "names.txt")
    with open(names, "w") as f:
        f.write("China condemned North Korea. " * 100000)
    nested = os.path.join(tmp, "nested.html")
    with open(nested, "w") as f:
        f.write("<html><body>" + "<div>" * 100000 + "<p>Russia vetoed the draft.</p>" + "</div>" * 100000)
    # Speed is the benchmark's to measure; here each input only has to finish (a hang or a
    # blow-up past the generous limit fails) and give a valid graph.
    for path in (line, names, nested):
        start = time.time()
        _, err = expect_exit(run("build", "--quiet", "--max-article-bytes", "32M", "-o", path + ".graphml", path,
                                 timeout=780), 0, path)
        graphml_graph(open(path + ".graphml", "rb").read())
        seconds = time.time() - start
        print(f"{os.path.basename(path)}: {os.path.getsize(path) / 1e6:.1f} MB in {seconds:.2f} s")


def case_progress(tmp):
    corpus = make_corpus(tmp)
    # Standard error not a terminal: a summary, no bar.
    _, err = expect_exit(run("build", "-o", os.path.join(tmp, "g.graphml"), corpus), 0, "summary")
    check("\r" not in err and "\033[" not in err, "progress bar drawn on a pipe")
    check(re.search(r"newsgraph: \d+ articles .* in [\d.]+ s", err), f"no article summary:\n{err}")
    check(re.search(r"newsgraph: \d+ nodes", err) and re.search(r"newsgraph: \d+ edges", err), err)
    check("wrote " + os.path.join(tmp, "g.graphml") in err, err)
    # --quiet: nothing at all.
    _, err = expect_exit(run("build", "--quiet", "-o", os.path.join(tmp, "q.graphml"), corpus), 0, "quiet")
    check(err == "", f"--quiet printed: {err!r}")
    # Standard error a terminal: the bar, redrawn in place, then cleared before the summary.
    master, slave = pty.openpty()
    p = subprocess.Popen([NEWSGRAPH, "build", "-o", os.path.join(tmp, "t.graphml"), corpus],
                         stdout=subprocess.DEVNULL, stderr=slave)
    os.close(slave)
    seen = b""
    while True:
        ready, _, _ = select.select([master], [], [], 60)
        if not ready:
            break
        try:
            chunk = os.read(master, 4096)
        except OSError:
            break
        if not chunk:
            break
        seen += chunk
    p.wait(timeout=60)
    os.close(master)
    text = seen.decode("utf-8", "replace")
    check(p.returncode == 0, f"exit {p.returncode} on a terminal")
    check("\r\033[K" in text, f"no progress bar on a terminal: {text!r}")
    check(re.search(r"\] +\d+%  \d+ articles?", text), f"no bar with articles: {text!r}")
    expect_exit(run("build", "--quiet", "-o", os.path.join(tmp, "q2.graphml"), corpus), 0, "")
    check(open(os.path.join(tmp, "t.graphml"), "rb").read() == open(os.path.join(tmp, "q2.graphml"), "rb").read(),
          "the graph depends on the progress bar")


# Hostile input and faults (issue 13). The pathological inputs are generated here, not committed.

def case_deep_nesting(tmp):
    """JSON nested far deeper than any real record: an error at the place, never a crash."""
    good = json.dumps({"id": "good", "text": "China condemned North Korea."})
    jsonl = os.path.join(tmp, "deep.jsonl")
    with open(jsonl, "w") as f:
        f.write("[" * 200000 + "\n" + good + "\n" + '{"a":' * 200000 + "\n" + "[" * 200000 + "]" * 200000 + "\n")
    out_file = os.path.join(tmp, "g.graphml")
    _, err = expect_exit(run("build", "--quiet", "-o", out_file, jsonl), 0, "deep JSON Lines")
    for line, column in ((1, 257), (3, 5 * 256 + 1), (4, 257)):
        check(f"{jsonl}:{line}: column {column}: bad JSON: nested more than 256 deep" in err,
              f"line {line} not reported at column {column}:\n{err}")
    nodes, _ = graphml_graph(open(out_file, "rb").read())
    check("state:chn" in nodes, "the good record between the deep ones was lost")
    # JSON-LD for merge: arrays and objects, closed or not.
    for name, text in (("arrays.jsonld", "[" * 1000000), ("objects.jsonld", '{"@graph":' * 1000000),
                       ("closed.jsonld", "[" * 300000 + "]" * 300000)):
        path = os.path.join(tmp, name)
        with open(path, "w") as f:
            f.write(text)
        column = 257 if name != "objects.jsonld" else 10 * 256 + 1
        _, err = expect_exit(run("merge", "-o", out_file, path), 1, name)
        check(f"{path}:1:{column}: nested more than 256 deep" in err, f"{name} not reported at 1:{column}:\n{err}")
    check(sorted(listing(tmp)) == ["arrays.jsonld", "closed.jsonld", "deep.jsonl", "g.graphml", "objects.jsonld"],
          f"files left: {listing(tmp)}")


def one_edge_graph(tmp, fmt):
    """The path of a graph of one edge (China criticizes North Korea) in format FMT."""
    article = os.path.join(tmp, "article.txt")
    with open(article, "w") as f:
        f.write("China condemned North Korea.\n")
    path = os.path.join(tmp, "one" + FORMATS[fmt])
    expect_exit(run("build", "--quiet", "-o", path, article), 0, "one edge")
    return path


def case_non_finite(tmp):
    """Weights that are not finite numbers are refused at read with the place; sums stay finite."""
    graphml = one_edge_graph(tmp, "graphml")
    text = open(graphml).read()
    check('<data key="e_weight">1</data>' in text, "no weight of 1 in the GraphML")
    line = text[:text.index('<data key="e_weight">')].count("\n") + 1
    for bad in ("nan", "inf", "-inf", "NaN", "1e999"):
        path = os.path.join(tmp, f"bad-{bad}.graphml")
        with open(path, "w") as f:
            f.write(text.replace('<data key="e_weight">1</data>', f'<data key="e_weight">{bad}</data>'))
        _, err = expect_exit(run("merge", "-o", os.path.join(tmp, "m.jsonld"), path), 1, f"weight {bad}")
        check(re.search(rf"{re.escape(path)}:\d+:\d+: edge e0: weight is not a (finite )?number: '{bad}'", err) or
              re.search(rf"{re.escape(path)}:\d+:\d+: weight is not a (finite )?number: '{bad}'", err),
              f"weight {bad} not reported with its place:\n{err}")
    jsonld = one_edge_graph(tmp, "jsonld")
    text = open(jsonld).read()
    check('"weight": 1.0' in text, "no weight of 1 in the JSON-LD")
    huge = os.path.join(tmp, "huge.jsonld")
    with open(huge, "w") as f:
        f.write(text.replace('"weight": 1.0', '"weight": 1.5e308'))
    for bad in ('"nan"', '"inf"'):
        path = os.path.join(tmp, "bad.jsonld")
        with open(path, "w") as f:
            f.write(text.replace('"weight": 1.0', f'"weight": {bad}'))
        _, err = expect_exit(run("merge", "-o", os.path.join(tmp, "m.jsonld"), path), 1, f"JSON-LD weight {bad}")
        check(re.search(rf"{re.escape(path)}: @graph\[\d+\]: weight is not a finite number", err), err)
    stem = os.path.join(tmp, "sum")
    expect_exit(run("merge", "--quiet", "-f", "jsonld,graphml,gexf,nt,dot", "-o", stem, huge, huge), 0, "1.5e308 twice")
    data = json.load(open(stem + ".jsonld"))  # fails on "weight": ,
    weights = [w for item in data["@graph"] for w in json_values(item, "weight")]
    check(weights and all(isinstance(w, (int, float)) and abs(w) < float("inf") for w in weights), f"weights {weights}")
    numbers = {".graphml": r'key="e_weight">([^<]*)<', ".gexf": r' weight="([^"]*)"', ".nt": r'#weight> "([^"]*)"',
               ".dot": r'penwidth="([^"]*)"'}
    for ext, pattern in numbers.items():
        found = re.findall(pattern, open(stem + ext).read())
        check(found and all(abs(float(x)) < float("inf") for x in found), f"{ext} weights {found}")
    # The finite sum reads back, and adds up to the same.
    expect_exit(run("merge", "--quiet", "-o", stem + "2.jsonld", stem + ".jsonld", stem + ".graphml"), 0, "read back")
    for bad in ("nan", "inf", "-inf", "NaN"):
        _, err = expect_exit(run("merge", "--min-weight", bad, "-o", os.path.join(tmp, "f.graphml"), graphml), 2,
                             f"--min-weight {bad}")
        check("--min-weight" in err and "finite" in err, err)


def case_dot_long_strings(tmp):
    """A sentence over 16 KB: every DOT string stays under Graphviz's 16384 bytes, cut with an ellipsis."""
    article = os.path.join(tmp, "long.txt")
    with open(article, "w") as f:  # long words, so that even a piece of max_sentence_tokens is over 16 KB
        f.write("China condemned North Korea " + "and the \"war-torn-and-long-suffering-border-region\" & the \\ strife, " *
                1200 + "über alles.\n")
    out_file = os.path.join(tmp, "g.dot")
    expect_exit(run("build", "--quiet", "-o", out_file, article), 0, "long sentence")
    text = open(out_file, encoding="utf-8").read()
    strings = re.findall(r'"(?:[^"\\]|\\.)*"', text)
    longest = max(len(s.encode()) for s in strings)
    check(longest < 16384, f"a DOT string of {longest} bytes")
    check(any(s.endswith('\u2026"') for s in strings), "no string cut with an ellipsis")
    if shutil.which("dot"):
        p = subprocess.run(["dot", "-Tsvg", out_file], capture_output=True, timeout=300)
        check(p.returncode == 0, f"Graphviz refused the DOT: {p.stderr.decode()[:500]}")


def case_list_separator(tmp):
    """An article id or alias with '|' (or '\\') reads back from GraphML exactly."""
    jsonl = os.path.join(tmp, "a.jsonl")
    ids = ["left|right", "back\\slash|", "\\|plain"]
    with open(jsonl, "w") as f:
        for n, i in enumerate(ids):  # three articles: texts of their own, or they are one read thrice
            f.write(json.dumps({"id": i, "text": f"China condemned North Korea on day {n + 1}."}) + "\n")
    lexicon = os.path.join(tmp, "lex.json")
    with open(lexicon, "w") as f:
        json.dump({"bodies": [{"id": "pipe", "name": "Pipe Council", "kind": "intergovernmental",
                               "aliases": ["Council of A|B", "Back\\Slash Council"]}]}, f)
    with open(os.path.join(tmp, "b.txt"), "w") as f:
        f.write("The Pipe Council condemned North Korea.\n")
    graphml = os.path.join(tmp, "g.graphml")
    expect_exit(run("build", "--quiet", "--lexicon", lexicon, "-o", graphml, jsonl, os.path.join(tmp, "b.txt")), 0,
                "build")
    back = os.path.join(tmp, "back.jsonld")
    expect_exit(run("merge", "--quiet", "-o", back, graphml), 0, "merge")
    data = json.load(open(back))
    docs = set()
    aliases = set()
    for item in data["@graph"]:
        docs.update(json_values(item, "doc"))
        aliases.update(json_values(item, "alternateName"))
    check(set(ids) <= docs, f"article ids read back as {sorted(docs)}")
    check({"Council of A|B", "Back\\Slash Council"} <= aliases, f"aliases read back as {sorted(aliases)}")


def case_special_outputs(tmp):
    """-o naming a character device, a FIFO or a link to one is written straight through, never replaced."""
    article = one_edge_graph(tmp, "graphml").replace("one.graphml", "article.txt")
    expected = run("build", "--quiet", article)[1]
    # A FIFO, and a symbolic link to one, read by another process.
    fifo = os.path.join(tmp, "fifo.graphml")
    os.mkfifo(fifo)
    link = os.path.join(tmp, "link.graphml")
    os.symlink(fifo, link)
    for target in (fifo, link):
        reader = subprocess.Popen(["cat", fifo], stdout=subprocess.PIPE)
        try:
            expect_exit(run("build", "--quiet", "-o", target, article, timeout=60), 0, f"-o {target}")
            check(stat.S_ISFIFO(os.lstat(fifo).st_mode), f"-o {target}: the FIFO was replaced")
            got = reader.communicate(timeout=60)[0]
            check(got == expected, f"-o {target}: the reader got {len(got)} bytes, not the graph")
        finally:
            reader.kill()
            reader.wait()
    check(os.path.islink(link) and os.path.realpath(link) == fifo, "the link was replaced")
    check(stat.S_ISFIFO(os.lstat(fifo).st_mode), "the FIFO was replaced")
    # A link to standard output (/proc/self/fd/1): the graph goes to the pipe.
    stdout_link = os.path.join(tmp, "stdout.graphml")
    os.symlink("/proc/self/fd/1", stdout_link)
    rc, out, err = run("build", "--quiet", "-o", stdout_link, article)
    check(rc == 0 and out == expected, f"-o a link to standard output: exit {rc}, {len(out)} bytes\n{err}")
    check(os.path.islink(stdout_link), "the link to standard output was replaced")
    # /dev/null stays the device.
    if os.access("/dev/null", os.W_OK):
        expect_exit(run("build", "--quiet", "-o", "/dev/null", article), 0, "-o /dev/null")
        check(stat.S_ISCHR(os.stat("/dev/null").st_mode), "/dev/null is no longer a character device")
    # A link to a regular file stays a link; the file it names gets the graph.
    real = os.path.join(tmp, "real.graphml")
    with open(real, "w") as f:
        f.write("old")
    to_real = os.path.join(tmp, "to-real.graphml")
    os.symlink(real, to_real)
    expect_exit(run("build", "--quiet", "-o", to_real, article), 0, "-o a link to a file")
    check(os.path.islink(to_real), "the link to a regular file was replaced by a file")
    check(open(real, "rb").read() == expected, "the file the link names did not get the graph")
    check(not [f for f in listing(tmp) if ".tmp-" in f], f"temporary files left: {listing(tmp)}")


def case_file_size_limit(tmp):
    """ulimit -f: no temporary file left behind; with SIGXFSZ ignored, the message says why. A
    temporary file left by a run killed with -9 is removed by the next run."""
    import resource
    article = one_edge_graph(tmp, "graphml").replace("one.graphml", "article.txt")
    out_dir = os.path.join(tmp, "out")
    os.mkdir(out_dir)
    out_file = os.path.join(out_dir, "g.graphml")

    def limited(ignore):
        def setup():
            resource.setrlimit(resource.RLIMIT_FSIZE, (1000, 1000))
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN if ignore else signal.SIG_DFL)
        return setup

    p = subprocess.run([NEWSGRAPH, "build", "--quiet", "-o", out_file, article], preexec_fn=limited(False),
                       capture_output=True, timeout=60)
    check(p.returncode == -signal.SIGXFSZ, f"exit {p.returncode} past ulimit -f")
    check(listing(out_dir) == [], f"past ulimit -f, left {listing(out_dir)}")
    p = subprocess.run([NEWSGRAPH, "build", "--quiet", "-o", out_file, article], preexec_fn=limited(True),
                       capture_output=True, timeout=60)
    err = p.stderr.decode()
    check(p.returncode == 1, f"exit {p.returncode} past ulimit -f with SIGXFSZ ignored")
    check(f"{out_file}: cannot write: File too large" in err, f"no reason given:\n{err}")
    check(listing(out_dir) == [], f"with SIGXFSZ ignored, left {listing(out_dir)}")
    # While the articles are read (standard input held open) there is no temporary file yet:
    # it is made when writing starts, so a kill -9 then leaves nothing.
    p = subprocess.Popen([NEWSGRAPH, "build", "--quiet", "-o", out_file, "-"], stdin=subprocess.PIPE,
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(1.5)
    check(p.poll() is None, "newsgraph did not wait for standard input")
    check(listing(out_dir) == [], f"a temporary file before writing started: {listing(out_dir)}")
    p.kill()
    p.wait(timeout=30)
    p.stdin.close()
    check(listing(out_dir) == [], f"after kill -9 while reading: {listing(out_dir)}")
    # The temporary file of a run killed while writing (its process gone) is removed by the next
    # run that writes the same target; another target's, and a live process's, are not touched.
    dead = subprocess.Popen(["true"])
    dead.wait()
    stale = os.path.join(out_dir, f".g.graphml.tmp-{dead.pid}-abcdef")
    live = os.path.join(out_dir, f".g.graphml.tmp-{os.getpid()}-abcdef")
    other = os.path.join(out_dir, ".other.graphml.tmp-1-abcdef")
    for path in (stale, live, other):
        open(path, "w").close()
    expect_exit(run("build", "--quiet", "-o", out_file, article), 0, "the run after kill -9")
    check(sorted(listing(out_dir)) == sorted(["g.graphml", os.path.basename(live), os.path.basename(other)]),
          f"the next run left {listing(out_dir)}")


def case_endless_inputs(tmp):
    """A graph or lexicon that never ends (/dev/zero) stops at a size limit, with the file named."""
    if not os.path.exists("/dev/zero"):
        raise Skip("no /dev/zero")
    out_file = os.path.join(tmp, "g.graphml")
    for name in ("zero.graphml", "zero.jsonld"):
        path = os.path.join(tmp, name)
        os.symlink("/dev/zero", path)
        _, err = expect_exit(run("merge", "--max-graph-bytes", "4M", "-o", out_file, path, timeout=120), 1, name)
        check(f"{path}: bigger than the limit of 4194304 bytes" in err, f"{name}:\n{err}")
    big = os.path.join(tmp, "big.graphml")
    with open(big, "w") as f:
        f.write(" " * (2 * 1024 * 1024 + 1))
    _, err = expect_exit(run("merge", "--max-graph-bytes", "2M", "-o", out_file, big), 1, "a graph over the limit")
    check(f"{big}: bigger than the limit" in err, err)
    article = one_edge_graph(tmp, "graphml").replace("one.graphml", "article.txt")
    _, err = expect_exit(run("build", "--lexicon", "/dev/zero", "-o", out_file, article, timeout=120), 1,
                         "--lexicon /dev/zero")
    check("/dev/zero: bigger than the limit of 67108864 bytes for a lexicon" in err, err)
    check(not os.path.exists(out_file), "output written")
    # Limits raised past the memory there is (ulimit -v): running out of it names the file.
    import resource

    def little_memory():
        resource.setrlimit(resource.RLIMIT_AS, (700 * 2**20, 700 * 2**20))

    for command in (["merge", "--max-graph-bytes", "4G", "-o", out_file, os.path.join(tmp, "zero.jsonld")],
                    ["build", "--max-article-bytes", "4G", "-o", out_file, os.path.join(tmp, "zero.txt")]):
        if command[0] == "build":
            os.symlink("/dev/zero", command[-1])
        p = subprocess.run([NEWSGRAPH, *command], capture_output=True, timeout=120, preexec_fn=little_memory)
        err = p.stderr.decode()
        if "AddressSanitizer" in err and "ulimit -v" in err:  # its shadow memory does not fit: not this check's
            print(f"{command[0]} out of memory: not checked under AddressSanitizer")
            continue
        check(p.returncode == 1 and f"{command[-1]}: out of memory while reading it" in err,
              f"{command[0]} out of memory: exit {p.returncode}\n{err}")


def case_long_lexicon_line(tmp):
    """A lexicon of 100,000 bodies on one line loads in linear time (quadratic: hours; the
    ctest TIMEOUT is the guard), and its errors still name the right column."""
    bodies = [{"id": f"b{i}", "name": f"Body Number {i}", "kind": "intergovernmental"} for i in range(100000)]
    bodies[0]["name"] = "Bureau \u00e9\u00e9\u00e9"  # columns count characters, not bytes
    text = json.dumps({"bodies": bodies}, separators=(",", ":"), ensure_ascii=False)
    path = os.path.join(tmp, "one-line.json")
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    with open(os.path.join(tmp, "a.txt"), "w") as f:
        f.write("Body Number 99999 condemned North Korea.\n")
    out_file = os.path.join(tmp, "g.graphml")
    expect_exit(run("build", "--quiet", "--lexicon", path, "-o", out_file, os.path.join(tmp, "a.txt"), timeout=580), 0,
                "one-line lexicon")
    nodes, _ = graphml_graph(open(out_file, "rb").read())
    check(any("b99999" in k for k in nodes), f"the last body was not loaded: {sorted(nodes)}")
    bad = text[:-2] + ',{"id":"b1","name":"Again"}]}'
    with open(path, "w", encoding="utf-8") as f:
        f.write(bad)
    _, err = expect_exit(run("build", "--lexicon", path, "-o", out_file, os.path.join(tmp, "a.txt"), timeout=580), 1,
                         "duplicate body")
    column = len(text[:-2]) + 8  # the duplicate id, "b1", in characters
    check(f'{path}:1:{column}: duplicate body id "b1"' in err, f"not at column {column} of line 1:\n{err}")


def case_long_sentence(tmp):
    """One sentence of many mentions, 1 and 4 MB: read in time linear in its length (it was
    quadratic: 1 MB in 68 s, 4 MB over 300 s), with a warning that names the article."""
    unit = "China condemned North Korea and Russia criticised Japan, "
    seconds = {}
    for mb in (1, 4):
        path = os.path.join(tmp, f"sentence-{mb}.txt")
        with open(path, "w") as f:
            f.write(unit * (mb * 1024 * 1024 // len(unit)) + "the end.\n")
        out_file = os.path.join(tmp, f"g{mb}.graphml")
        rc, err, seconds[mb], rss = measured("build", "--quiet", "-j", "1", "-o", out_file, path, timeout=240)
        print(f"{mb} MB sentence: {seconds[mb]:.2f} s CPU, {rss:.0f} MB peak")
        check(rc == 0, f"{mb} MB sentence: exit {rc}\n{err}")
        check(re.search(rf"{re.escape(os.path.basename(path))}: \d+ sentences? over 4096 tokens, each read as pieces", err),
              f"no warning naming the article:\n{err}")
        _, edges = graphml_graph(open(out_file, "rb").read())
        check(("state:chn", "state:prk") in {(a, b) for a, b, _ in edges}, f"{mb} MB: China criticizes North Korea lost")
    check(seconds[4] < 8 * seconds[1], f"4 MB took {seconds[4]:.1f} s, 1 MB {seconds[1]:.1f} s: not linear")


def case_large_article(tmp):
    """An 8 MiB article of dense mentions is read in pieces of 1 MiB: peak memory at most 10
    times the article over a small one's (it was 22 times, 2.2 GB for 100 MB; not checked under
    AddressSanitizer), with a warning, every sentence read and the offsets of a sentence in the
    last piece right."""
    small = os.path.join(tmp, "small.txt")
    with open(small, "w") as f:
        f.write("China condemned North Korea.\n")
    rc, err, _, base = measured("build", "--quiet", "-j", "1", "-o", os.path.join(tmp, "small.graphml"), small)
    check(rc == 0, err)
    unit, count = "China condemned North Korea. ", 8 * 1024 * 1024 // 29
    last = "Russia condemned Japan."
    text = (unit * count + "\n\n" + last + "\n").encode()
    big = os.path.join(tmp, "big.txt")
    with open(big, "wb") as f:
        f.write(text)
    out_file = os.path.join(tmp, "big.graphml")
    rc, err, seconds, peak = measured("build", "--quiet", "-j", "1", "--max-article-bytes", "32M", "-o", out_file, big,
                                      timeout=500)
    print(f"{len(text) / 2**20:.0f} MiB article: {seconds:.1f} s CPU, peak {peak:.0f} MB ({base:.0f} MB for a small one)")
    check(rc == 0, f"exit {rc}\n{err}")
    check(f"big.txt: an article of {len(text)} bytes, read in 9 pieces of at most 1048576 bytes" in err,
          f"no warning of the pieces:\n{err}")
    check(sanitized() or peak - base <= 10 * len(text) / 2**20, f"peak {peak:.0f} MB, {base:.0f} MB for a small article")
    _, edges = graphml_graph(open(out_file, "rb").read())
    by_pair = {(a, b): d for a, b, d in edges}
    check(by_pair.get(("state:chn", "state:prk"), {}).get("weight") == str(count),
          f"China criticizes North Korea: weight {by_pair.get(('state:chn', 'state:prk'), {}).get('weight')}, not {count}")
    russia = by_pair.get(("state:rus", "state:jpn"))
    check(russia, "the last piece's sentence was not read")
    start, end = int(russia["start"]), int(russia["end"])
    check(text[start:end] == last.encode(), f"offsets {start}-{end} give {text[start:end]!r}")


def case_silent_surprises(tmp):
    """What used to pass in silence is told: a JSON Lines id given twice, a node typed
    differently by two merge inputs, a second <graph> or "@graph", a charset or XML encoding
    other than UTF-8 (windows-1252 and ISO 8859-1 decoded), a part_of cycle of several steps."""
    jsonl = os.path.join(tmp, "dup.jsonl")
    with open(jsonl, "w") as f:
        f.write(json.dumps({"id": "a", "text": "China condemned North Korea."}) + "\n" +
                json.dumps({"id": "a", "text": "Russia condemned Japan."}) + "\n")
    _, err = expect_exit(run("build", "--quiet", "-o", os.path.join(tmp, "dup.graphml"), jsonl), 0, "duplicate ids")
    check(f"{jsonl}:2: id 'a' is line 1's too; read as " in err, f"duplicate id not told:\n{err}")
    # merge: a node typed Body in the second input, a second <graph>, a second "@graph" key.
    graphml = one_edge_graph(tmp, "graphml")
    text = open(graphml, encoding="utf-8").read()
    body = os.path.join(tmp, "body.graphml")
    with open(body, "w") as f:
        f.write(text.replace('<data key="n_type">State</data>', '<data key="n_type">Body</data>'))
    out_file = os.path.join(tmp, "m.jsonld")
    _, err = expect_exit(run("merge", "--quiet", "-o", out_file, graphml, body), 0, "types")
    check(f"{body}: node state:chn is a Body here and a State in {graphml}; it stays a State" in err,
          f"type conflict not told:\n{err}")
    start, end = text.index("<graph "), text.index("</graph>") + len("</graph>")
    two = os.path.join(tmp, "two.graphml")
    with open(two, "w") as f:
        f.write(text[:end] + "\n" + text[start:end] + text[end:])
    _, err = expect_exit(run("merge", "--quiet", "-o", out_file, two), 0, "two graphs")
    line = (text[:end] + "\n").count("\n") + 1
    check(f"{two}:{line}:1: a second <graph> element, left out" in err, f"second <graph> not told:\n{err}")
    jsonld = one_edge_graph(tmp, "jsonld")
    keys = os.path.join(tmp, "keys.jsonld")
    with open(keys, "w") as f:
        f.write(open(jsonld).read().rstrip()[:-1] + ', "@graph": []}\n')
    _, err = expect_exit(run("merge", "--quiet", "-o", out_file, keys), 0, "two @graph keys")
    check(f'{keys}: a second "@graph" key, left out' in err, f"second @graph not told:\n{err}")
    # Encodings: ISO 8859-1 GraphML and windows-1252 HTML decoded; others told.
    latin = os.path.join(tmp, "latin.graphml")
    with open(latin, "wb") as f:
        f.write(text.replace('encoding="UTF-8"', 'encoding="ISO-8859-1"')
                .replace('<data key="n_label">China</data>', '<data key="n_label">Chin\u00e9</data>').encode("latin-1"))
    expect_exit(run("merge", "--quiet", "-o", out_file, latin), 0, "ISO 8859-1 GraphML")
    labels = [v for item in json.load(open(out_file))["@graph"] for v in json_values(item, "label")]
    check("Chin\u00e9" in labels, f"ISO 8859-1 not decoded: {labels}")
    sjis = os.path.join(tmp, "sjis.graphml")
    with open(sjis, "w") as f:
        f.write(text.replace('encoding="UTF-8"', 'encoding="Shift_JIS"'))
    _, err = expect_exit(run("merge", "--quiet", "-o", out_file, sjis), 0, "Shift_JIS GraphML")
    check(f"{sjis}:1:31: encoding shift_jis is not one newsgraph decodes; read as UTF-8" in err, err)
    page = os.path.join(tmp, "page.html")
    with open(page, "wb") as f:
        f.write(b'<html><head><meta charset="iso-8859-1"></head><body><p>China condemned North Korea '
                b'\x96 the \xe9lite said so.</p></body></html>')
    out, err = expect_exit(run("build", "--quiet", "-f", "jsonld", page), 0, "windows-1252 page")
    evidence = [v for item in json.loads(out)["@graph"] for v in json_values(item, "evidence")]
    check("China condemned North Korea \u2013 the \u00e9lite said so." in evidence, f"not decoded: {evidence}")
    page2 = os.path.join(tmp, "page2.html")
    with open(page2, "wb") as f:
        f.write(b'<html><head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"></head>'
                b'<body><p>China condemned North Korea \x82\xa0.</p></body></html>')
    _, err = expect_exit(run("build", "--quiet", "-o", os.path.join(tmp, "p.graphml"), page2), 0, "Shift_JIS page")
    check(f"{page2}: declares charset shift_jis, which newsgraph does not decode" in err, err)
    # A part_of cycle of three bodies stops the run with the place.
    lexicon = os.path.join(tmp, "cycle.json")
    with open(lexicon, "w") as f:
        f.write('{"bodies": [{"id": "ba", "name": "Alpha Council", "kind": "other", "part_of": "bb"},\n'
                '  {"id": "bb", "name": "Beta Council", "kind": "other", "part_of": "bc"},\n'
                '  {"id": "bc", "name": "Gamma Council", "kind": "other", "part_of": "ba"}]}\n')
    article = graphml.replace("one.graphml", "article.txt")
    _, err = expect_exit(run("build", "--lexicon", lexicon, "-o", os.path.join(tmp, "c.graphml"), article), 1, "cycle")
    check(f"{lexicon}:3:" in err and "part_of makes a cycle: bc -> ba -> bb -> bc" in err, f"cycle not told:\n{err}")


def case_unreadable_subdirectory(tmp):
    """A subdirectory that cannot be read is named in the error, not the directory given."""
    top = os.path.join(tmp, "top")
    sub = os.path.join(top, "sub")
    os.makedirs(sub)
    for path, text in ((os.path.join(top, "a.txt"), "China condemned North Korea.\n"),
                       (os.path.join(sub, "b.txt"), "Russia condemned Japan.\n")):
        with open(path, "w") as f:
            f.write(text)
    command = [NEWSGRAPH, "build", "--quiet", top]
    if os.geteuid() == 0:  # root reads any directory: run as nobody
        if not shutil.which("setpriv"):
            raise Skip("running as root without setpriv")
        command = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] + command
        os.chmod(tmp, 0o755)
        os.chmod(top, 0o755)
        os.chmod(os.path.join(top, "a.txt"), 0o644)
    os.chmod(sub, 0)
    try:
        p = subprocess.run(command, capture_output=True, timeout=60)
    finally:
        os.chmod(sub, 0o755)
    err = p.stderr.decode()
    check(p.returncode == 1, f"exit {p.returncode}\n{err}")
    check(f"newsgraph: error: {sub}: Permission denied" in err, f"the subdirectory is not named:\n{err}")


def main():
    if len(sys.argv) != 2 or "case_" + sys.argv[1] not in globals():
        cases = sorted(k[5:] for k in globals() if k.startswith("case_"))
        sys.exit(f"usage: cli_test.py CASE, one of {', '.join(cases)}")
    with tempfile.TemporaryDirectory(prefix="newsgraph-cli-") as tmp:
        try:
            globals()["case_" + sys.argv[1]](tmp)
        except Skip as why:
            print(f"skipped: {why}")
            sys.exit(77)
        except AssertionError as why:
            print(f"FAILED: {why}", file=sys.stderr)
            sys.exit(1)
    print("passed")


if __name__ == "__main__":
    main()
