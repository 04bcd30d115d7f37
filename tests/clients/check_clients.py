#!/usr/bin/python3
"""Checks newsgraph's exports with the real clients that will read them.

    check_clients.py CHECK[,CHECK...] BASE [--nodes N --edges N]

BASE names the files BASE.graphml, BASE.dot, BASE.jsonld, BASE.nt and BASE.gexf of one graph.
CHECK is one of
  schema     the GraphML schema validates the GraphML (../shared/eval/validate-graphml.sh)
  graphml    networkx and igraph read the GraphML with the counts its elements give
  dot        `dot -Tsvg` renders it with those counts, and no node or edge that is not the graph's
  rdf        rdflib reads the N-Triples and the JSON-LD, pyld turns the JSON-LD into RDF: all
             three give the same triples, and one rdf:Statement per edge
  gexf       the GEXF 1.3 structure holds (declared attributes, ids, viz, dates), and
             networkx reads it (as GEXF 1.2, the last version it knows) with the same counts
  agreement  every format gives the same nodes (id, label, type) and the same edges
             (source, relation, target, mode), and GraphML, RDF and GEXF the same weight and
             evidence
  all        all of the above
--nodes and --edges give the counts every client must see.
Needs Debian's python3-networkx, python3-igraph, python3-rdflib, python3-pyld, graphviz and
libxml2-utils; run it with /usr/bin/python3. Exits 1 with the differences on a failure, and
77 (skipped) when a check asked for needs ../shared (the schema does) and ../shared is not
beside the clone; NEWSGRAPH_SHARED_DIR says where it is.
"""
import argparse
import collections
import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

RESOURCE = "urn:newsgraph:"
VOCAB = "urn:newsgraph:vocab#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
GRAPHML = "{http://graphml.graphdrawing.org/xmlns}"
GEXF = "{http://gexf.net/1.3}"
VIZ = "{http://gexf.net/1.3/viz}"
NODE_TYPES = {"State", "Body", "Person", "Report", "Resolution", "Place"}


class Failure(Exception):
    pass


SHARED = os.environ.get("NEWSGRAPH_SHARED_DIR", os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../../shared"))


def expect(cond, message):
    if not cond:
        raise Failure(message)


def same(what, values):
    """values: {client: value}; all must be equal."""
    items = list(values.items())
    first_client, first = items[0]
    for client, value in items[1:]:
        if value != first:
            raise Failure(f"{what}: {first_client} and {client} differ:\n{diff(first, value)}")


def gexf_edge_label(relation, mode):
    """The label GEXF gives an edge: its relation, and its mode when not asserted. GraphML and DOT
    label it with the relation alone, in every mode (ONTOLOGY.md, "What every exporter writes")."""
    return relation if mode == "asserted" else f"{relation} ({mode})"


def diff(a, b):
    if isinstance(a, (set, dict, collections.Counter)) and isinstance(b, type(a)):
        if isinstance(a, dict):
            keys = sorted(set(a) | set(b), key=str)
            lines = [f"  {k!r}: {a.get(k)!r} != {b.get(k)!r}" for k in keys if a.get(k) != b.get(k)]
        else:
            lines = [f"  only in first: {x!r}" for x in sorted(set(a) - set(b), key=str)]
            lines += [f"  only in second: {x!r}" for x in sorted(set(b) - set(a), key=str)]
        return "\n".join(lines[:20])
    return f"  {a!r}\n  {b!r}"


# ---------------------------------------------------------------- GraphML

def graphml_counts(path):
    root = ET.parse(path).getroot()
    graph = root.find(GRAPHML + "graph")
    expect(graph is not None, f"{path}: no <graph>")
    expect(len(root.findall(GRAPHML + "graph")) == 1, f"{path}: more than one <graph>")
    expect(graph.get("edgedefault") == "directed", f"{path}: edgedefault is not directed")
    for key in root.findall(GRAPHML + "key"):
        expect(key.get("for") in ("node", "edge"), f"{path}: key {key.get('id')} is for {key.get('for')}")
        expect(key.get("attr.name") and " " not in key.get("attr.name"), f"{path}: key {key.get('id')}: bad attr.name")
        expect(key.get("attr.type"), f"{path}: key {key.get('id')} has no attr.type")
    return len(graph.findall(GRAPHML + "node")), len(graph.findall(GRAPHML + "edge"))


def check_schema(base, counts):
    """The GraphML schema (../shared/eval/validate-graphml.sh, offline) validates BASE.graphml."""
    path = base + ".graphml"
    validator = os.path.join(SHARED, "eval", "validate-graphml.sh")
    expect(os.path.isfile(validator), f"no {validator}")
    run = subprocess.run([validator, path], capture_output=True, text=True)
    expect(run.returncode == 0, f"validate-graphml.sh {path}:\n{run.stderr}")
    found = {"elements": graphml_counts(path)}
    if counts:
        found["expected"] = counts
    same("GraphML (nodes, edges)", found)
    return found["elements"]


def check_graphml(base, counts):
    path = base + ".graphml"
    import networkx
    import igraph
    g = networkx.read_graphml(path)
    ig = igraph.Graph.Read_GraphML(path)
    found = {"elements": graphml_counts(path),
             "networkx": (g.number_of_nodes(), g.number_of_edges()),
             "igraph": (ig.vcount(), ig.ecount())}
    if counts:
        found["expected"] = counts
    same("GraphML (nodes, edges)", found)
    for _, data in g.nodes(data=True):  # networkx leaves out empty values, such as an empty label
        expect(data.get("type") in NODE_TYPES, f"{path}: node without a type: {data}")
    for v in ig.vs:
        expect(v["label"] is not None and v["type"] in NODE_TYPES, f"{path}: igraph sees a node without label or type")
    for e in ig.es:
        expect(e["relation"] and e["mode"], f"{path}: igraph sees an edge without relation")
        expect(e["label"] == e["relation"], f"{path}: edge label {e['label']!r} is not its relation {e['relation']!r}")
    return found["networkx"]


def graphml_graph(base):
    import networkx
    g = networkx.read_graphml(base + ".graphml")
    nodes = {n: (d.get("label", ""), d["type"]) for n, d in g.nodes(data=True)}
    edges = collections.Counter((s, d["relation"], t, d["mode"]) for s, t, d in g.edges(data=True))
    details = {(s, d["relation"], t, d["mode"]): (float(d["weight"]), d.get("evidence", ""))
               for s, t, d in g.edges(data=True)}
    return nodes, edges, details


# ---------------------------------------------------------------- DOT

def dot_unescape(s):
    """A DOT string as Graphviz displays it: backslash escapes undone, &amp; made &."""
    s = re.sub(r"\\(.)", lambda m: "\n" if m.group(1) == "n" else m.group(1), s, flags=re.S)
    return s.replace("&amp;", "&")


def check_dot(base, counts):
    path = base + ".dot"
    run = subprocess.run(["dot", "-Tsvg", path], capture_output=True, text=True)
    expect(run.returncode == 0, f"dot -Tsvg {path}:\n{run.stderr}")
    expect("Warning" not in run.stderr and "Error" not in run.stderr, f"dot -Tsvg {path}:\n{run.stderr}")
    svg = ET.fromstring(run.stdout)
    nodes = edges = 0
    for g in svg.iter("{http://www.w3.org/2000/svg}g"):
        if g.get("class") == "node":
            nodes += 1
        elif g.get("class") == "edge":
            edges += 1
    found = {"svg": (nodes, edges), "dot -Tjson": tuple(len(x) for x in dot_graph(base)[:2])}
    if counts:
        found["expected"] = counts
    same("DOT (nodes, edges)", found)
    return found["svg"]


def dot_graph(base):
    run = subprocess.run(["dot", "-Tjson0", base + ".dot"], capture_output=True, text=True)
    expect(run.returncode == 0, f"dot -Tjson0 {base}.dot:\n{run.stderr}")
    d = json.loads(run.stdout)
    names = {}
    nodes = {}
    for o in d.get("objects", []):
        if "nodes" in o:
            continue
        names[o["_gvid"]] = o["name"]
        nodes[o["name"]] = (dot_unescape(o["label"]), o["type"])
    edges = collections.Counter()
    for e in d.get("edges", []):
        expect(dot_unescape(e.get("label", "")) == e["relation"],
               f"{base}.dot: edge label {e.get('label')!r} is not its relation {e['relation']!r}")
        if e["tail"] in names and e["head"] in names:
            edges[(names[e["tail"]], e["relation"], names[e["head"]], e["mode"])] += 1
    return nodes, edges, None


# ---------------------------------------------------------------- RDF

def rdf_graphs(base):
    import rdflib
    from pyld import jsonld
    nt = rdflib.Graph().parse(base + ".nt", format="nt")
    js = rdflib.Graph().parse(base + ".jsonld", format="json-ld")
    with open(base + ".jsonld", encoding="utf-8") as f:
        dataset = jsonld.to_rdf(json.load(f))
    pyld = rdflib.Graph()
    for t in dataset.get("@default", []):
        pyld.add(tuple(pyld_term(t[k]) for k in ("subject", "predicate", "object")))
    return {"N-Triples (rdflib)": nt, "JSON-LD (rdflib)": js, "JSON-LD (pyld)": pyld}


def pyld_term(term):
    """An rdflib term from one of pyld's (the RDF dataset it returns, not its N-Quads text,
    which rdflib 6 misreads where a literal holds a backslash)."""
    import rdflib
    if term["type"] == "IRI":
        return rdflib.URIRef(term["value"])
    expect(term["type"] == "literal", f"pyld made a blank node: {term}")
    datatype = term.get("datatype")
    if datatype == "http://www.w3.org/2001/XMLSchema#string":
        return rdflib.Literal(term["value"])
    return rdflib.Literal(term["value"], datatype=rdflib.URIRef(datatype))


def check_rdf(base, counts):
    import rdflib
    graphs = rdf_graphs(base)
    same("RDF triples", {name: set(g) for name, g in graphs.items()})
    for name, g in graphs.items():
        expect(not any(isinstance(t, rdflib.BNode) for triple in g for t in triple), f"{name}: blank nodes")
    nodes, edges, _ = rdf_graph(graphs["N-Triples (rdflib)"])
    relations = {name: {(s, p, o) for s, p, o in g if str(p).startswith(VOCAB) and isinstance(o, rdflib.URIRef)
                        and str(o).startswith(RESOURCE) and not str(p).endswith("#reading")}
                 for name, g in graphs.items()}
    same("direct relation triples", relations)
    asserted = sum(n for (s, r, o, m), n in edges.items() if m == "asserted")
    expect(len(relations["N-Triples (rdflib)"]) == asserted,
           f"{len(relations['N-Triples (rdflib)'])} direct relation triples for {asserted} asserted edges")
    found = {"N-Triples statements": (len(nodes), sum(edges.values()))}
    if counts:
        found["expected"] = counts
    same("RDF (nodes, statements)", found)
    return found["N-Triples statements"]


def rdf_graph(g):
    import rdflib
    RDF_ = rdflib.Namespace(RDF)
    V = rdflib.Namespace(VOCAB)

    def key(iri):
        expect(str(iri).startswith(RESOURCE), f"{iri} is not a newsgraph node")
        return str(iri)[len(RESOURCE):]

    nodes = {}
    for s, _, t in g.triples((None, RDF_.type, None)):
        if str(t).startswith(VOCAB) and str(t)[len(VOCAB):] in NODE_TYPES:
            nodes[key(s)] = (str(g.value(s, rdflib.URIRef(RDFS + "label"))), str(t)[len(VOCAB):])
    edges = collections.Counter()
    details = {}
    for st in g.subjects(RDF_.type, RDF_.Statement):
        e = (key(g.value(st, RDF_.subject)), str(g.value(st, RDF_.predicate))[len(VOCAB):],
             key(g.value(st, RDF_.object)), str(g.value(st, V.mode)))
        edges[e] += 1
        details[e] = (float(g.value(st, V.weight)), str(g.value(st, V.evidence) or ""))
    return nodes, edges, details


# ---------------------------------------------------------------- GEXF

def check_gexf(base, counts):
    path = base + ".gexf"
    root = ET.parse(path).getroot()
    expect(root.tag == GEXF + "gexf" and root.get("version") == "1.3", f"{path}: not GEXF 1.3")
    graph = root.find(GEXF + "graph")
    expect(graph is not None and graph.get("defaultedgetype") == "directed", f"{path}: no directed <graph>")
    dynamic = graph.get("mode") == "dynamic"
    expect(not dynamic or graph.get("timeformat") == "date", f"{path}: dynamic without timeformat date")
    declared = {}
    for attrs in graph.findall(GEXF + "attributes"):
        cls = attrs.get("class")
        for a in attrs.findall(GEXF + "attribute"):
            expect(a.get("type") in ("string", "long", "double", "integer", "float", "boolean"),
                   f"{path}: attribute {a.get('id')} of type {a.get('type')}")
            declared.setdefault(cls, {})[a.get("id")] = a.get("type")
    ids = set()
    nodes = graph.find(GEXF + "nodes").findall(GEXF + "node")
    for n in nodes:
        expect(n.get("id") not in ids, f"{path}: node id {n.get('id')} twice")
        ids.add(n.get("id"))
        check_attvalues(path, n, declared.get("node", {}))
        colour = n.find(VIZ + "color")
        expect(colour is not None and all(0 <= int(colour.get(c)) <= 255 for c in "rgb"), f"{path}: node without viz:color")
        size = n.find(VIZ + "size")
        expect(size is not None and float(size.get("value")) > 0, f"{path}: node without viz:size")
    edges = graph.find(GEXF + "edges").findall(GEXF + "edge")
    date = re.compile(r"^\d{4}-\d{2}-\d{2}$")
    for e in edges:
        expect(e.get("source") in ids and e.get("target") in ids, f"{path}: edge {e.get('id')} to an unknown node")
        check_attvalues(path, e, declared.get("edge", {}))
        float(e.get("weight"))
        values = {v.get("for"): v.get("value") for v in e.iter(GEXF + "attvalue")}
        expected_kind = values["relation"] if values["mode"] == "asserted" else f"{values['relation']}-{values['mode']}"
        expect(e.get("kind") == expected_kind, f"{path}: edge {e.get('id')}: kind {e.get('kind')!r}, not {expected_kind!r}")
        colour = e.find(VIZ + "color")
        faint = colour is not None and colour.get("a") is not None and float(colour.get("a")) < 1
        expect(faint == (values["mode"] != "asserted"), f"{path}: edge {e.get('id')}: {values['mode']} but alpha {colour.get('a') if colour is not None else None}")
        expect(e.get("start") is None and e.get("end") is None, f"{path}: edge {e.get('id')}: one span instead of spells")
        spells = [(s.get("start"), s.get("end")) for s in e.iter(GEXF + "spell")]
        for start, end in spells:
            expect(dynamic and date.match(start) and start == end, f"{path}: edge {e.get('id')}: bad spell {start}..{end}")
        expect(spells == sorted(set(spells)), f"{path}: edge {e.get('id')}: spells not sorted and unique")
    import networkx
    with open(path, encoding="utf-8") as f:
        text = f.read().replace("http://gexf.net/1.3/viz", "http://www.gexf.net/1.2draft/viz")
    text = text.replace("http://gexf.net/1.3", "http://www.gexf.net/1.2draft").replace('version="1.3"', 'version="1.2"')
    import io
    g = networkx.read_gexf(io.BytesIO(text.encode("utf-8")))
    found = {"elements": (len(nodes), len(edges)), "networkx": (g.number_of_nodes(), g.number_of_edges())}
    if counts:
        found["expected"] = counts
    same("GEXF (nodes, edges)", found)
    return found["elements"]


def check_attvalues(path, el, declared):
    values = el.find(GEXF + "attvalues")
    for v in (values.findall(GEXF + "attvalue") if values is not None else []):
        kind = declared.get(v.get("for"))
        expect(kind is not None, f"{path}: {el.get('id')}: undeclared attribute {v.get('for')}")
        if kind in ("long", "integer"):
            int(v.get("value"))
        elif kind in ("double", "float"):
            float(v.get("value"))


def gexf_graph(base):
    root = ET.parse(base + ".gexf").getroot()
    graph = root.find(GEXF + "graph")

    def attvalues(el):
        values = el.find(GEXF + "attvalues")
        return {v.get("for"): v.get("value") for v in (values if values is not None else [])}

    nodes = {n.get("id"): (n.get("label"), attvalues(n)["type"]) for n in graph.iter(GEXF + "node")}
    edges = collections.Counter()
    details = {}
    for e in graph.iter(GEXF + "edge"):
        a = attvalues(e)
        key = (e.get("source"), a["relation"], e.get("target"), a["mode"])
        expect(e.get("label") == gexf_edge_label(a["relation"], a["mode"]), f"GEXF edge {e.get('id')}: label does not say its relation and mode")
        edges[key] += 1
        details[key] = (float(e.get("weight")), a.get("evidence", ""))
    return nodes, edges, details


# ---------------------------------------------------------------- agreement

def check_agreement(base, counts):
    rdf = rdf_graphs(base)
    read = {"GraphML (networkx)": graphml_graph(base), "DOT (dot -Tjson)": dot_graph(base),
            "JSON-LD (pyld)": rdf_graph(rdf["JSON-LD (pyld)"]), "JSON-LD (rdflib)": rdf_graph(rdf["JSON-LD (rdflib)"]),
            "N-Triples (rdflib)": rdf_graph(rdf["N-Triples (rdflib)"]), "GEXF": gexf_graph(base)}
    same("nodes (id: label, type)", {k: v[0] for k, v in read.items()})
    same("edges (source, relation, target, mode)", {k: v[1] for k, v in read.items()})
    same("edge weight and evidence", {k: v[2] for k, v in read.items() if v[2] is not None})
    nodes, edges, _ = read["GraphML (networkx)"]
    found = {"agreement": (len(nodes), sum(edges.values()))}
    if counts:
        found["expected"] = counts
    same("(nodes, edges)", found)
    return found["agreement"]


CHECKS = {"schema": check_schema, "graphml": check_graphml, "dot": check_dot, "rdf": check_rdf, "gexf": check_gexf,
          "agreement": check_agreement}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("check", help="one of " + ", ".join(list(CHECKS) + ["all"]) + ", or several joined by commas")
    ap.add_argument("base")
    ap.add_argument("--nodes", type=int)
    ap.add_argument("--edges", type=int)
    a = ap.parse_args()
    names = list(CHECKS) if a.check == "all" else a.check.split(",")
    for name in names:
        if name not in CHECKS:
            ap.error(f"no check {name!r}")
    if "schema" in names and not os.path.isdir(SHARED):
        print(f"SKIPPED: ../shared not found (no {os.path.abspath(SHARED)}: it holds the GraphML schema "
              "and eval/validate-graphml.sh)")
        return 77
    counts = (a.nodes, a.edges) if a.nodes is not None and a.edges is not None else None
    failed = False
    for name in names:
        try:
            n, e = CHECKS[name](a.base, counts)
            print(f"{name}: {a.base}: {n} nodes, {e} edges: ok")
        except (Failure, ET.ParseError, OSError, ValueError, KeyError) as err:
            print(f"{name}: {a.base}: FAILED: {type(err).__name__}: {err}", file=sys.stderr)
            failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
