#!/usr/bin/env python3
"""Regression floors of the shipped parser model on the UD test treebanks.

    check_roles.py TOOL[,ARG...] SHARED_DIR NAME:ROLES_F1:UPOS ...

Runs TOOL (newsgraph_parse_conllu, or "newsgraph,explain,--conllu": the command and its
arguments joined by commas) on SHARED_DIR/data/ud/en_NAME-ud-test.conllu for
each NAME, scores the output with SHARED_DIR/eval/roles.py, and fails when the labelled
roles F1 or the UPOS accuracy falls below its floor. Exits 77 (skipped) when the shared
data is absent, as in a clone of the repository alone.
"""
import json
import os
import subprocess
import sys
import tempfile


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    tool, shared, checks = sys.argv[1].split(","), sys.argv[2], sys.argv[3:]
    ud = os.path.join(shared, "data", "ud")
    scorer = os.path.join(shared, "eval", "roles.py")
    if not os.path.isdir(ud) or not os.path.isfile(scorer):
        print(f"check_roles: skipped, no treebanks at {ud} or no scorer at {scorer}")
        return 77
    failed = False
    with tempfile.TemporaryDirectory() as scratch:
        for check in checks:
            name, f1_floor, upos_floor = check.split(":")
            gold = os.path.join(ud, f"en_{name}-ud-test.conllu")
            pred = os.path.join(scratch, f"{name}.conllu")
            with open(pred, "w", encoding="utf-8") as out:
                subprocess.run(tool + [gold], stdout=out, check=True)
            result = subprocess.run([sys.executable, scorer, gold, pred, "--json"], capture_output=True,
                                    text=True, check=True)
            summary = json.loads(result.stdout)
            f1, upos = summary["labelled"]["f1"], summary["upos"]["accuracy"]
            ok = f1 >= float(f1_floor) and upos >= float(upos_floor)
            failed |= not ok
            print(f"{name}: roles F1 {f1:.3f} (floor {f1_floor}), UPOS {upos:.3f} (floor {upos_floor})"
                  f"{'' if ok else '  BELOW THE FLOOR'}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
