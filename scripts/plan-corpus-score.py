#!/usr/bin/env python3
"""How many plans of ../shared/corpus/plans a pgadvisor build reads right.

usage: scripts/plan-corpus-score.py [PGADVISOR_BIN]   (default target/release/pgadvisor)

Runs `pgadvisor explain --format json` on every file of tests/corpus/plans.json
and compares with it: a plan must be read with the stated root and node
count (and execution time when stated), a refusal must be an error. Prints
the counts and the files read wrong.
"""
import json
import os
import subprocess
import sys

here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
binary = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "target/release/pgadvisor")
corpus = os.path.join(here, "..", "shared", "corpus", "plans")
manifest = json.load(open(os.path.join(here, "tests", "corpus", "plans.json")))

right, wrong = 0, []
for e in manifest:
    out = subprocess.run([binary, "explain", "--format", "json", os.path.join(corpus, e["file"])],
                         capture_output=True, text=True)
    if e["expect"] == "error":
        ok = out.returncode != 0
        why = "accepted"
    elif out.returncode != 0:
        ok, why = False, "refused: " + out.stderr.strip()[:100]
    else:
        r = json.loads(out.stdout)
        label = r["nodes"][0]["label"] if r["nodes"] else ""
        ok = len(r["nodes"]) == e["nodes"] and label.startswith(e["root"])
        if e.get("execution_ms") is not None and r.get("execution_ms") != e["execution_ms"]:
            ok = False
        why = f"read {label[:40]!r} with {len(r['nodes'])} nodes, execution {r.get('execution_ms')}"
    if ok:
        right += 1
    else:
        wrong.append(f"{e['file']}: {why}")
print(f"{right} of {len(manifest)} plans read right")
for w in wrong:
    print("  " + w)
