#!/usr/bin/python3
"""Runs newsgraph on the construction inventory and the precision suite.

    constructions.py NEWSGRAPH FILE [--lexicon JSON] [--min-pass F] [--max-dirty F] [-v]

FILE is tests/data/constructions/relations.txt or precision.txt (their header comments
say the format). Each block's text is written to a file of its own and read by
`NEWSGRAPH build --quiet -f graphml -o OUT.graphml TEXT` (with `--lexicon JSON` when
given); the GraphML's edges
(subject label, relation, object label, mode) are compared with the block's expected
edges.

- Recall: the share of expected edges found, per construction and in all.
- False edges: edges the block does not list (optional '? ' edges aside). Structural
  edges (part-of, located-in, represents, member-of) that are not listed are counted
  apart, and as false only in a block marked '# strict'. meets and allied-with match in
  either direction.
- Dirty share: the share of blocks that list no required edge and yet give an edge of
  any kind that they do not list (the measure of precision.txt, whose blocks list none).
- Nodes: a block's line '#! persons: A; B' (after its text) lists the labels of every
  Person node it must give ('#! persons:' alone: none), '#! bodies: A; B' those of every
  Body node; each such block that gives others is a node error, and any node error
  fails the run.

Exit status: 0; 1 when recall < --min-pass, the dirty share > --max-dirty, a block
gives other nodes than its '#! persons:' or '#! bodies:' line lists, or a run of newsgraph fails; 2 on a malformed FILE or bad usage. Standard library only.
"""

import argparse
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections import OrderedDict

RELATIONS = {
    "criticizes", "opposes", "supports", "votes-for", "votes-against", "abstains", "adopts",
    "vetoes", "calls-on", "refers-to", "accuses", "sanctions", "allied-with", "represents",
    "part-of", "member-of", "publishes", "discusses", "located-in", "meets", "attacks",
    "threatens", "detains",
}
MODES = {"asserted", "proposed", "expected", "negated"}
SYMMETRIC = {"meets", "allied-with"}
STRUCTURAL = {"part-of", "located-in", "represents", "member-of"}

# Words that name a Report or a Resolution: an expected label holding one of them matches
# a node of that type by its other words (or as the only such node of the sentence).
REPORT_NOUNS = {"report", "reports", "study", "finding", "findings", "document", "survey"}
RESOLUTION_NOUNS = {"resolution", "resolutions", "draft", "text", "measure", "motion", "bill",
                    "treaty", "proposal"}
STOPWORDS = {"the", "a", "an", "of", "on", "in", "for", "by", "to", "and", "s", "its",
             "condemning", "demanding", "against", "about", "new"}

# Forms folded to one spelling before labels are compared: demonyms to their state, short
# forms to the canonical name. Only for comparing labels; it adds no knowledge of its own.
FOLD = {
    "u.s.": "united states", "us": "united states", "usa": "united states",
    "american": "united states", "britain": "united kingdom", "uk": "united kingdom",
    "u.k.": "united kingdom", "british": "united kingdom", "u.n.": "un",
    "united nations": "un", "chinese": "china", "french": "france", "german": "germany",
    "russian": "russia", "russian federation": "russia", "ukrainian": "ukraine",
    "iranian": "iran", "israeli": "israel", "indian": "india", "japanese": "japan",
    "afghan": "afghanistan", "pakistani": "pakistan", "lebanese": "lebanon",
    "venezuelan": "venezuela", "colombian": "colombia", "angolan": "angola",
    "finnish": "finland", "north korean": "north korea", "south korean": "south korea",
    "republic of korea": "south korea", "turkish": "turkey", "türkiye": "turkey",
    "spanish": "spain", "egyptian": "egypt", "syrian": "syria", "myanmar's": "myanmar",
    "burmese": "myanmar", "kenyan": "kenya", "nigerian": "nigeria", "ghanaian": "ghana",
    "ethiopian": "ethiopia", "zambian": "zambia", "belarusian": "belarus",
    "polish": "poland", "lithuanian": "lithuania", "georgian": "georgia",
    "armenian": "armenia", "azerbaijani": "azerbaijan", "saudi": "saudi arabia",
    "south african": "south africa", "mexican": "mexico", "brazilian": "brazil",
    "dutch": "netherlands", "the netherlands": "netherlands", "swedish": "sweden",
    "danish": "denmark", "norwegian": "norway", "italian": "italy", "greek": "greece",
    "organization": "organisation", "defense": "defence", "the gambia": "gambia",
    "houthi": "houthis", "fsb": "federal security service",
}
_FOLD_KEYS = sorted(FOLD, key=len, reverse=True)
_FOLD_RE = re.compile(r"(?<![\w.])(" + "|".join(re.escape(k) for k in _FOLD_KEYS) + r")(?![\w])")


def norm(text):
    """A label as compared: lower case, straight apostrophes, no possessive, folded forms."""
    t = (text or "").lower().replace("\u2019", "'").replace("\u2018", "'")
    t = re.sub(r"'s\b", "", t)
    t = re.sub(r"\s+", " ", t).strip()
    t = _FOLD_RE.sub(lambda m: FOLD[m.group(1)], t)
    t = re.sub(r"^the ", "", t)
    t = re.sub(r"[^\w\s-]", " ", t)
    return re.sub(r"\s+", " ", t).strip()


def words(text):
    return set(norm(text).replace("-", " ").split())


# The '#! NAME:' lines a block may have, and the node type each lists.
NODE_LINES = {"persons": "Person", "bodies": "Body"}


class Block:
    def __init__(self, lineno, group, strict):
        self.lineno = lineno
        self.group = group
        self.strict = strict
        self.text = None
        self.expected = []   # (subjects, relations, objects, mode, optional, line)
        self.nodes = {}  # node type -> the labels its '#! persons:' or '#! bodies:' line lists


def parse_file(path):
    """The blocks of FILE; raises ValueError naming the line of a malformed one."""
    blocks = []
    group = "(none)"
    strict = False
    current = None
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    for n, raw in enumerate(lines, 1):
        line = raw.strip()
        if not line:
            if current is not None:
                blocks.append(current)
                current = None
            continue
        m = re.match(r"#!\s*(\w+):(.*)$", line)
        if m:
            if m.group(1) not in NODE_LINES:
                raise ValueError(f"{path}:{n}: unknown line '#! {m.group(1)}:' (known: {', '.join(NODE_LINES)})")
            if current is None:
                raise ValueError(f"{path}:{n}: '#! {m.group(1)}:' belongs after a block's text")
            current.nodes[NODE_LINES[m.group(1)]] = sorted(x.strip() for x in m.group(2).split(";") if x.strip())
            continue
        if line.startswith("#"):
            m = re.match(r"#\s*(construction|kind)\s*:\s*(.+)$", line)
            if m:
                group = m.group(2).strip()
            elif re.match(r"#\s*strict\s*$", line):
                strict = True
            continue
        if current is None:
            current = Block(n, group, strict)
            strict = False
            current.text = line.replace("\\n", "\n")  # "\n" in a text is a line break
            continue
        optional = False
        if line.startswith("?"):
            optional = True
            line = line[1:].strip()
        parts = [p.strip() for p in line.split("|")]
        if len(parts) != 4:
            raise ValueError(f"{path}:{n}: an edge is 'SUBJECT | relation | OBJECT | mode': {raw!r}")
        subj = [a.strip() for a in parts[0].split(" / ") if a.strip()]
        rels = [a.strip() for a in parts[1].split("/") if a.strip()]
        objs = [a.strip() for a in parts[2].split(" / ") if a.strip()]
        mode = parts[3]
        bad = [r for r in rels if r not in RELATIONS]
        if bad or not rels:
            raise ValueError(f"{path}:{n}: unknown relation {bad or parts[1]!r}")
        if mode not in MODES:
            raise ValueError(f"{path}:{n}: unknown mode {mode!r}")
        if not subj or not objs:
            raise ValueError(f"{path}:{n}: empty subject or object")
        current.expected.append((subj, rels, objs, mode, optional, n))
    if current is not None:
        blocks.append(current)
    return blocks


def read_graphml(path):
    """Nodes {id: (label, type, aliases)} and edges [(source, target, relation, mode)]."""
    root = ET.parse(path).getroot()
    ns = ""
    if root.tag.startswith("{"):
        ns = root.tag[: root.tag.index("}") + 1]
    keys = {}
    for k in root.iter(ns + "key"):
        keys[(k.get("for"), k.get("id"))] = k.get("attr.name")

    def data(el, kind):
        out = {}
        for d in el.findall(ns + "data"):
            name = keys.get((kind, d.get("key"))) or keys.get(("all", d.get("key"))) or d.get("key")
            out[name] = d.text or ""
        return out

    nodes = {}
    for n in root.iter(ns + "node"):
        d = data(n, "node")
        aliases = [a for a in d.get("aliases", "").split("|") if a]
        nodes[n.get("id")] = (d.get("label", n.get("id")), d.get("type", ""), aliases)
    edges = []
    for e in root.iter(ns + "edge"):
        d = data(e, "edge")
        edges.append((e.get("source"), e.get("target"), d.get("relation", ""), d.get("mode", "asserted")))
    return nodes, edges


def doc_family(label):
    w = words(label)
    if w & REPORT_NOUNS:
        return "Report"
    if w & RESOLUTION_NOUNS:
        return "Resolution"
    return None


def label_matches(alt, node_id, nodes):
    label, ntype, aliases = nodes[node_id]
    a = norm(alt)
    if a == norm(label) or any(a == norm(x) for x in aliases):
        return True
    family = doc_family(alt)
    if family is None:
        return False
    allowed = {family, "Resolution", "Report"} if "treaty" in words(alt) else {family}
    if ntype not in allowed:
        return False
    content = words(alt) - REPORT_NOUNS - RESOLUTION_NOUNS - STOPWORDS
    have = set()
    for x in [label] + aliases:
        have |= words(x)
    if content and content <= have:
        return True
    # The only node of that type in the sentence is the one meant.
    return sum(1 for v in nodes.values() if v[1] == ntype) == 1


def edge_matches(exp, edge, nodes):
    subj, rels, objs, mode, _, _ = exp
    s, t, rel, m = edge
    if rel not in rels or m != mode:
        return False
    def fits(a, b):
        return any(label_matches(x, a, nodes) for x in subj) and any(label_matches(y, b, nodes) for y in objs)
    if fits(s, t):
        return True
    return rel in SYMMETRIC and fits(t, s)


def show_edge(edge, nodes):
    s, t, rel, m = edge
    return f"{nodes[s][0]} | {rel} | {nodes[t][0]} | {m}"


def show_exp(exp):
    subj, rels, objs, mode, optional, _ = exp
    return ("? " if optional else "") + f"{' / '.join(subj)} | {'/'.join(rels)} | {' / '.join(objs)} | {mode}"


def run_block(newsgraph, block, workdir, index, lexicon=None):
    txt = os.path.join(workdir, f"b{index}.txt")
    out = os.path.join(workdir, f"b{index}.graphml")
    with open(txt, "w", encoding="utf-8") as f:
        f.write(block.text + "\n")
    if os.path.exists(out):
        os.remove(out)
    extra = ["--lexicon", lexicon] if lexicon else []
    proc = subprocess.run([newsgraph, "build", "--quiet", *extra, "-f", "graphml", "-o", out, txt],
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=60)
    if proc.returncode != 0 or not os.path.exists(out):
        raise RuntimeError(f"newsgraph exit {proc.returncode}: {proc.stderr.decode(errors='replace').strip()}")
    return read_graphml(out)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("newsgraph")
    ap.add_argument("file")
    ap.add_argument("--min-pass", type=float, default=None, help="fail when recall is below F")
    ap.add_argument("--max-dirty", type=float, default=None, help="fail when the dirty share is above F")
    ap.add_argument("-v", "--verbose", action="store_true", help="list misses, false edges and dirty sentences")
    ap.add_argument("--only", default=None, help="only the blocks of this construction or kind")
    ap.add_argument("--lexicon", default=None, help="a lexicon file newsgraph loads beside its own")
    args = ap.parse_args()

    try:
        blocks = parse_file(args.file)
    except (OSError, ValueError) as e:
        print(e, file=sys.stderr)
        return 2
    if args.only:
        blocks = [b for b in blocks if b.group == args.only]
    if not blocks:
        print(f"{args.file}: no blocks", file=sys.stderr)
        return 2

    groups = OrderedDict()
    failures = 0
    node_errors = 0
    totals = dict(cases=0, expected=0, found=0, false=0, structural=0, clean_cases=0, dirty=0)
    details = []
    with tempfile.TemporaryDirectory(prefix="constructions-") as work:
        for i, b in enumerate(blocks):
            g = groups.setdefault(b.group, dict(cases=0, expected=0, found=0, false=0, structural=0,
                                                clean_cases=0, dirty=0))
            g["cases"] += 1
            totals["cases"] += 1
            try:
                nodes, edges = run_block(args.newsgraph, b, work, i, args.lexicon)
            except (RuntimeError, subprocess.TimeoutExpired, ET.ParseError) as e:
                failures += 1
                print(f"{args.file}:{b.lineno}: {e}\n  {b.text}", file=sys.stderr)
                continue
            required = [x for x in b.expected if not x[4]]
            missed = []
            for exp in required:
                g["expected"] += 1
                totals["expected"] += 1
                if any(edge_matches(exp, e, nodes) for e in edges):
                    g["found"] += 1
                    totals["found"] += 1
                else:
                    missed.append(exp)
            false, structural = [], []
            for e in edges:
                if any(edge_matches(x, e, nodes) for x in b.expected):
                    continue
                if e[2] in STRUCTURAL and not b.strict:
                    structural.append(e)
                else:
                    false.append(e)
            g["false"] += len(false)
            g["structural"] += len(structural)
            totals["false"] += len(false)
            totals["structural"] += len(structural)
            if not required:
                g["clean_cases"] += 1
                totals["clean_cases"] += 1
                if false or structural:
                    g["dirty"] += 1
                    totals["dirty"] += 1
            nodes_wrong = {}
            for t, want in b.nodes.items():
                got = sorted(v[0] for v in nodes.values() if v[1] == t)
                if [norm(x) for x in got] != sorted(norm(x) for x in want):
                    nodes_wrong[t] = got
            node_errors += bool(nodes_wrong)
            if missed or false or (not required and structural) or nodes_wrong:
                details.append((b, missed, false, structural, edges, nodes, nodes_wrong))

    has_expected = totals["expected"] > 0
    recall = totals["found"] / totals["expected"] if has_expected else 1.0
    dirty_share = totals["dirty"] / totals["clean_cases"] if totals["clean_cases"] else 0.0

    if args.verbose:
        for b, missed, false, structural, edges, nodes, nodes_wrong in details:
            print(f"--- {args.file}:{b.lineno} [{b.group}]")
            print(f"    {b.text}")
            for t, got in nodes_wrong.items():
                print(f"    {t} nodes: {'; '.join(got) or '(none)'}, not {'; '.join(b.nodes[t]) or '(none)'}")
            if b.expected or missed:
                for exp in missed:
                    print(f"    missed: {show_exp(exp)}")
                for e in false:
                    print(f"    false:  {show_edge(e, nodes)}")
                for e in structural:
                    print(f"    extra structural: {show_edge(e, nodes)}")
                if missed:
                    for e in edges:
                        print(f"    got:    {show_edge(e, nodes)}")
                    if not edges:
                        print("    got:    (no edge)")
            else:
                for e in edges:
                    print(f"    edge:   {show_edge(e, nodes)}")
        print()

    name_w = max(len("construction"), max(len(k) for k in groups))
    if has_expected:
        print(f"{'construction':<{name_w}}  cases  expected  found  recall  false  structural")
        for k, g in groups.items():
            r = g["found"] / g["expected"] if g["expected"] else 1.0
            print(f"{k:<{name_w}}  {g['cases']:5d}  {g['expected']:8d}  {g['found']:5d}  {r:6.3f}  {g['false']:5d}  {g['structural']:10d}")
        print(f"{'TOTAL':<{name_w}}  {totals['cases']:5d}  {totals['expected']:8d}  {totals['found']:5d}  {recall:6.3f}  {totals['false']:5d}  {totals['structural']:10d}")
    if totals["clean_cases"]:
        if has_expected:
            print()
        print(f"{'kind':<{name_w}}  sentences  dirty  clean share")
        for k, g in groups.items():
            if g["clean_cases"]:
                c = 1 - g["dirty"] / g["clean_cases"]
                print(f"{k:<{name_w}}  {g['clean_cases']:9d}  {g['dirty']:5d}  {c:11.3f}")
        print(f"{'TOTAL':<{name_w}}  {totals['clean_cases']:9d}  {totals['dirty']:5d}  {1 - dirty_share:11.3f}"
              f"   (dirty share {dirty_share:.3f})")

    if node_errors:
        print(f"nodes: {node_errors} block(s) give other persons or bodies than they list")
    status = 0
    if node_errors:
        print(f"FAIL: {node_errors} block(s) give other nodes than their '#! persons:' or '#! bodies:' line", file=sys.stderr)
        status = 1
    if failures:
        print(f"FAIL: {failures} run(s) of newsgraph failed", file=sys.stderr)
        status = 1
    if args.min_pass is not None and has_expected and recall < args.min_pass:
        print(f"FAIL: recall {recall:.3f} < --min-pass {args.min_pass}", file=sys.stderr)
        status = 1
    if args.max_dirty is not None and dirty_share > args.max_dirty:
        print(f"FAIL: dirty share {dirty_share:.3f} > --max-dirty {args.max_dirty}", file=sys.stderr)
        status = 1
    return status


if __name__ == "__main__":
    sys.exit(main())
