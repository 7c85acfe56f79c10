#!/usr/bin/env python3
"""How a pgadvisor build reads ../shared/corpus/logs-wild: every file with
its log_line_prefix inferred, and (the collector's prefix files) given.

usage: scripts/logs-wild-score.py [PGADVISOR_BIN]   (default target/release/pgadvisor)

A file is read right when `audit` reads it and every line it does not read
is another program's (reasons foreign_*). Prints one row per file and mode,
then the totals.
"""
import json
import os
import subprocess
import sys
import tempfile

here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
binary = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "target/release/pgadvisor")
wild = os.path.join(here, "..", "shared", "corpus", "logs-wild")
prefixes = json.load(open(os.path.join(wild, "collector", "PREFIXES.json")))["files"]

runs = []
for sub in ("collector", "dexter"):
    for f in sorted(os.listdir(os.path.join(wild, sub))):
        if f.endswith(".json") and f == "PREFIXES.json":
            continue
        runs.append((f"{sub}/{f}", None))
        given = prefixes.get(f, {}).get("log_line_prefix") if sub == "collector" else None
        if given:
            runs.append((f"{sub}/{f}", given))

right = 0
for path, given in runs:
    with tempfile.TemporaryDirectory() as out:
        args = [binary, "audit", os.path.join(wild, path), "--format", "json", "--out", out, "-q"]
        if given:
            args += ["--log-line-prefix", given]
        p = subprocess.run(args, capture_output=True, text=True)
        mode = "given" if given else "inferred"
        try:
            r = json.load(open(os.path.join(out, "report.json")))
            i = r["inputs"][0]
            bad = {k: v["count"] for k, v in i["unparsed"].items() if not k.startswith("foreign")}
            ok = not bad and not i.get("error")
            row = f"{i['format']:<18} events={i['events']:<3} unread={i['unparsed_lines']:<3} {bad or ''}"
        except (OSError, ValueError, KeyError, IndexError):
            ok = False
            row = "refused: " + p.stderr.strip().splitlines()[-1][:110] if p.stderr.strip() else "no report"
        right += ok
        print(f"{'ok ' if ok else 'BAD'} {path:<48} {mode:<8} {row}")
print(f"{right} of {len(runs)} runs read right")
