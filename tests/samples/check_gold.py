#!/usr/bin/python3
"""Check the hand-made gold annotations in samples/ (python3, standard library only).

    tests/samples/check_gold.py [SAMPLES_DIR] [--shared DIR] [-q]

For every samples/NAME.txt there must be a samples/NAME.gold.json in the scorer's gold
format (../shared/eval/score.py), and the reverse. Each gold file is checked for:
  - valid JSON with `doc`, `entities`, `relations`, `optional_relations`;
  - node types and relation names exactly as ../shared/ONTOLOGY.md spells them, modes
    among asserted/proposed/expected/negated;
  - every `s`/`o` id declared; subject and object types allowed by the ontology's table;
  - no normalised name shared by two entities (the scorer would match only the first);
  - every non-optional entity has a name or keyword that occurs in the article;
  - a self-score: a prediction built from the gold itself (one node per entity, one edge
    per relation, with its mode) scores 1.0 with the real scorer, so that every required
    relation can be met by its own distinct edge and optional ones are neutral.
Exit status 1 if any error was found. Warnings do not fail.
"""
import argparse
import importlib.util
import json
import os
import re
import sys
from itertools import product

TYPES = {"State", "Body", "Person", "Report", "Resolution", "Place"}
MODES = {"asserted", "proposed", "expected", "negated"}
ACTOR = {"State", "Body", "Person"}
ANY = set(TYPES)
# subject types, object types, from ONTOLOGY.md's relation table
RELATIONS = {
    "criticizes": (ACTOR, ANY), "opposes": (ANY, ANY), "supports": (ANY, ANY),
    "votes-for": ({"State", "Body"}, {"Resolution"}),
    "votes-against": ({"State", "Body"}, {"Resolution"}),
    "abstains": ({"State", "Body"}, {"Resolution"}),
    "adopts": ({"Body"}, {"Resolution"}),
    "vetoes": ({"State"}, {"Resolution"}),
    "calls-on": (ACTOR | {"Resolution"}, ACTOR),
    "refers-to": ({"State", "Person", "Place", "Body"}, {"Body", "Person"}),
    "accuses": (ACTOR | {"Report"}, ACTOR),
    "sanctions": (ACTOR | {"Resolution"}, ACTOR),
    "allied-with": (ACTOR, ACTOR),
    "represents": ({"Person"}, {"State", "Body"}),
    "part-of": ({"Body"}, {"Body", "State"}),
    "member-of": ({"State", "Person"}, {"Body"}),
    "publishes": (ACTOR, {"Report", "Resolution"}),
    "discusses": ({"Body"}, ANY),
    "located-in": ({"Body", "Place"}, {"Place", "State"}),
    "meets": (ACTOR, ACTOR),
    "attacks": (ACTOR, ACTOR | {"Place"}),
    "threatens": (ACTOR, ACTOR),
    "detains": (ACTOR, {"Person"}),
}


def as_list(v):
    return v if isinstance(v, list) else [v]


def load_scorer(shared):
    path = os.path.join(shared, "eval", "score.py")
    if not os.path.exists(path):
        return None
    spec = importlib.util.spec_from_file_location("newsgraph_score", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def fallback_norm(s):
    s = s.lower().replace("\u2019", "'")
    s = re.sub(r"'s\b", "", s).replace("'", "").replace(".", "")
    s = re.sub(r"[^\w]+", " ", s).strip()
    return re.sub(r"^(the|mr|mrs|ms|dr|prof) ", "", s)


class Checker:
    def __init__(self, scorer, quiet):
        self.scorer = scorer
        self.norm = scorer.norm if scorer else fallback_norm
        self.quiet = quiet
        self.errors = 0
        self.warnings = 0

    def err(self, where, msg):
        self.errors += 1
        print(f"ERROR {where}: {msg}")

    def warn(self, where, msg):
        self.warnings += 1
        if not self.quiet:
            print(f"warning {where}: {msg}")

    def check(self, gold_path, text_path):
        name = os.path.basename(gold_path)
        errors_before = self.errors
        try:
            with open(gold_path, encoding="utf-8") as f:
                g = json.load(f)
        except (OSError, json.JSONDecodeError) as e:
            self.err(name, f"not valid JSON: {e}")
            return
        for key in ("doc", "entities", "relations", "optional_relations"):
            if key not in g:
                self.err(name, f"missing key '{key}'")
        if g.get("doc") != os.path.basename(text_path):
            self.err(name, f"doc is {g.get('doc')!r}, expected {os.path.basename(text_path)!r}")
        ents = g.get("entities", {})
        text = open(text_path, encoding="utf-8").read()
        words = len(text.split())
        if not os.path.basename(text_path).startswith("seed") and not 150 <= words <= 450:
            self.warn(name, f"article has {words} words; samples are meant to be 150-450")
        ntext = " " + self.norm(text) + " "
        owner = {}
        for eid, e in ents.items():
            where = f"{name} entity {eid}"
            if e.get("type") not in TYPES:
                self.err(where, f"type {e.get('type')!r} is not an ontology node type")
            has_names, has_kw = "names" in e, "keywords" in e
            if has_names == has_kw:
                self.err(where, "needs exactly one of names / keywords")
            vals = e.get("names") or e.get("keywords") or []
            if not isinstance(vals, list) or not vals or not all(isinstance(v, str) and v.strip() for v in vals):
                self.err(where, "names/keywords must be a non-empty list of strings")
                continue
            if "optional" in e and not isinstance(e["optional"], bool):
                self.err(where, "optional must be true or false")
            for n in e.get("names", []):
                k = self.norm(n)
                if k in owner and owner[k] != eid:
                    self.err(where, f"name {n!r} also belongs to {owner[k]} (the scorer matches only one)")
                owner.setdefault(k, eid)
            if not e.get("optional") and not any(" " + self.norm(v) + " " in ntext for v in vals):
                self.err(where, f"no name or keyword of this required entity occurs in {os.path.basename(text_path)}")
        for kind in ("relations", "optional_relations"):
            for i, r in enumerate(g.get(kind, [])):
                where = f"{name} {kind}[{i}]"
                for k in ("s", "p", "o"):
                    if k not in r:
                        self.err(where, f"missing '{k}'")
                        break
                else:
                    self.check_relation(where, r, ents, kind == "relations")
        if self.scorer and self.errors == errors_before:
            self.self_score(name, gold_path, g)

    def check_relation(self, where, r, ents, required):
        for p in as_list(r["p"]):
            if p not in RELATIONS:
                self.err(where, f"relation {p!r} is not an ontology relation")
                return
        if "mode" in r and r["mode"] not in MODES:
            self.err(where, f"mode {r['mode']!r} is not one of {sorted(MODES)}")
        for k in ("s", "o"):
            for eid in as_list(r[k]):
                if eid not in ents:
                    self.err(where, f"{k} {eid!r} is not a declared entity")
                    return
        report = self.err if required else self.warn
        for p in as_list(r["p"]):
            stypes, otypes = RELATIONS[p]
            for s in as_list(r["s"]):
                if ents[s]["type"] not in stypes:
                    report(where, f"{p}: subject {s} is a {ents[s]['type']}")
            for o in as_list(r["o"]):
                if ents[o]["type"] not in otypes:
                    report(where, f"{p}: object {o} is a {ents[o]['type']}")
        if required:
            for k in ("s", "o"):
                if all(ents[e].get("optional") for e in as_list(r[k])):
                    self.warn(where, f"every {k} alternative is an optional entity")

    def self_score(self, name, gold_path, g):
        sc = self.scorer
        gold = sc.Gold(gold_path)
        ents = g["entities"]
        nodes, nid = {}, {}
        for i, (eid, e) in enumerate(ents.items()):
            label = (e.get("names") or e.get("keywords"))[0]
            nodes[f"n{i}"] = {"label": label, "type": e["type"], "aliases": []}
            nid[eid] = f"n{i}"
        edges, used = [], set()

        def pref(ids):
            return sorted(as_list(ids), key=lambda x: bool(ents[x].get("optional")))

        for i, r in enumerate(g["relations"]):
            mode = r.get("mode", "asserted")
            for s, p, o in product(pref(r["s"]), as_list(r["p"]), pref(r["o"])):
                key = (s, p, o, mode)
                if key not in used and (p not in sc.SYMMETRIC or (o, p, s, mode) not in used):
                    used.add(key)
                    edges.append({"s": nid[s], "o": nid[o], "p": p, "mode": mode})
                    break
            else:
                self.err(f"{name} relations[{i}]", "no distinct edge can satisfy this relation (an earlier one takes every choice)")
        for r in g["optional_relations"]:
            for s, p, o in product(as_list(r["s"]), as_list(r["p"]), as_list(r["o"])):
                edges.append({"s": nid[s], "o": nid[o], "p": p, "mode": "asserted"})
        misses = []
        counts, rel, (mode_ok, mode_total) = sc.score_doc(gold, nodes, edges, misses)
        ent_fp = sum(c["fp"] for c in counts.values())
        ent_fn = sum(c["fn"] for c in counts.values())
        if ent_fp or ent_fn or rel["fp"] or rel["fn"] or mode_ok != mode_total:
            self.err(name, f"self-score is not perfect: entity fp={ent_fp} fn={ent_fn}, relation fp={rel['fp']} "
                           f"fn={rel['fn']}, modes {mode_ok}/{mode_total}\n" + "\n".join(misses))


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(os.path.dirname(here))
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("samples", nargs="?", default=os.path.join(root, "samples"))
    ap.add_argument("--shared", default=os.environ.get("NEWSGRAPH_SHARED", os.path.join(root, "..", "shared")))
    ap.add_argument("-q", action="store_true", help="errors only")
    a = ap.parse_args()
    scorer = load_scorer(a.shared)
    ck = Checker(scorer, a.q)
    if scorer is None:
        ck.warn("setup", f"no score.py under {a.shared}: names are normalised by a copy of its rule and the self-score is skipped")
    files = sorted(os.listdir(a.samples))
    stems = {f[:-4] for f in files if f.endswith(".txt")}
    golds = {f[:-len(".gold.json")] for f in files if f.endswith(".gold.json")}
    for s in sorted(stems - golds):
        ck.err(s + ".txt", "has no .gold.json")
    for s in sorted(golds - stems):
        ck.err(s + ".gold.json", "has no .txt")
    for s in sorted(stems & golds):
        ck.check(os.path.join(a.samples, s + ".gold.json"), os.path.join(a.samples, s + ".txt"))
    n = len(stems & golds)
    print(f"{n} gold files checked: {ck.errors} errors, {ck.warnings} warnings")
    return 1 if ck.errors else 0


if __name__ == "__main__":
    sys.exit(main())
