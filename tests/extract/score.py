#!/usr/bin/python3
"""Scores newsgraph's extraction with ../shared/eval/score.py and fails below the floors.

    score.py NEWSGRAPH GOLD_DIR ENTITY_FLOOR RELATION_FLOOR [--doc NAME ENTITY_FLOOR RELATION_FLOOR]...

Runs `NEWSGRAPH build -f graphml` on every GOLD_DIR/NAME.txt that has a NAME.gold.json,
scores the whole set, and fails when the entity or relation F1 of the set (or of a named
document) is below its floor. The floors are regression guards, a little below the measured
figures; they are lower bounds, never the figures expected, nor the issues' targets.

Exits 77 (skipped, ctest's SKIP_RETURN_CODE) when ../shared, which holds the scorer, is not
beside the clone (NEWSGRAPH_SHARED_DIR overrides where it is looked for). When ../shared is
there, a missing scorer or gold directory is a failure. Run it with /usr/bin/python3.
"""
import json
import os
import subprocess
import sys
import tempfile

here = os.path.dirname(os.path.abspath(__file__))
shared = os.environ.get("NEWSGRAPH_SHARED_DIR", os.path.join(here, "..", "..", "..", "shared"))
scorer = os.path.join(shared, "eval", "score.py")


def main():
    args = sys.argv[1:]
    if len(args) < 4:
        sys.exit(__doc__)
    binary, gold_dir, ent_floor, rel_floor = args[0], args[1], float(args[2]), float(args[3])
    docs = {}
    rest = args[4:]
    while rest:
        if rest[0] != "--doc" or len(rest) < 4:
            sys.exit(__doc__)
        docs[rest[1]] = (float(rest[2]), float(rest[3]))
        rest = rest[4:]
    if not os.path.isdir(shared):
        print(f"SKIPPED: ../shared not found (no {os.path.abspath(shared)}: it holds the scorer, eval/score.py)")
        sys.exit(77)
    if not os.path.isfile(scorer):
        sys.exit(f"FAILED: no scorer at {scorer}")
    if not os.path.isdir(gold_dir):
        sys.exit(f"FAILED: no gold directory {gold_dir}")
    with tempfile.TemporaryDirectory() as out:
        names = sorted(f[: -len(".gold.json")] for f in os.listdir(gold_dir) if f.endswith(".gold.json"))
        for name in names:
            text = os.path.join(gold_dir, name + ".txt")
            subprocess.run([binary, "build", "--quiet", "-f", "graphml", "-o", os.path.join(out, name + ".graphml"), text],
                           check=True)
        res = subprocess.run([sys.executable, scorer, "--gold-dir", gold_dir, "--pred-dir", out, "--json"],
                             check=True, capture_output=True, text=True)
        summary = json.loads(res.stdout)
    ent, rel = summary["entities"]["f1"], summary["relations"]["f1"]
    print(f"{gold_dir}: {len(names)} articles, entity F1 {ent:.3f} (floor {ent_floor}), relation F1 {rel:.3f} (floor {rel_floor})")
    failed = ent < ent_floor or rel < rel_floor
    for name, (ef, rf) in docs.items():
        d = summary["per_doc"].get(name + ".gold.json")
        if d is None:
            print(f"  {name}: not scored")
            failed = True
            continue
        print(f"  {name}: entity F1 {d['entity_f1']:.3f} (floor {ef}), relation F1 {d['relation_f1']:.3f} (floor {rf})")
        failed |= d["entity_f1"] < ef or d["relation_f1"] < rf
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
