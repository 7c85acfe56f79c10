#!/usr/bin/env python3
"""Relative what-if cost of the indexes a report recommends, on a workload.

usage: tpch-measure.py WORKLOAD.sql REPORT.json [--subset 1,3,...] [--real]
       (PG* environment names the database)

Plans every statement of WORKLOAD.sql (separated by ';' at line end) without
and with every CREATE INDEX the report's fixes hold (all rules: the whole
recommendations.sql, not only missing-index), as HypoPG hypothetical indexes
in one session, and prints as JSON: the total cost before and after and
their ratio on all statements and on the subset (1-based positions; TPC-H's
19 queries without Q2, Q17 and Q20), per statement, the indexes, their
HypoPG size beside the report's own estimate, and the indexes no plan uses.

--real builds the indexes for real inside a transaction it rolls back
(minutes on a large table, and a lock on it meanwhile): HypoPG 1.3 ignores a
hypothetical partial index on a table that is not the first in FROM, so a
partial index a join would use counts as unused under HypoPG alone.
"""
import re
import json
import subprocess
import sys


def statements(path):
    text = open(path).read()
    return [s.strip() for s in text.split(";\n") if s.strip() and not s.strip().startswith("--")]


def plans(lines):
    out = subprocess.run(["psql", "-XAtq", "-v", "ON_ERROR_STOP=1", "-F", "\t"],
                         input="\n".join(lines), capture_output=True, text=True)
    if out.returncode != 0:
        sys.exit(out.stderr)
    return out.stdout


def index_names(node, acc):
    if "Index Name" in node:
        acc.add(node["Index Name"])
    for c in node.get("Plans", []):
        index_names(c, acc)
    return acc


def main():
    args = sys.argv[1:]
    subset = None
    real = "--real" in args
    if real:
        args.remove("--real")
    if "--subset" in args:
        k = args.index("--subset")
        subset = [int(x) for x in args[k + 1].split(",")]
        del args[k:k + 2]
    workload, report = args
    queries = [q.rstrip(";") for q in statements(workload)]
    r = json.load(open(report))
    creates = []  # (rule, statement, the report's size estimate or None)
    for f in r["findings"]:
        for s in f["sql"]:
            # The script writes a statement two findings share once.
            if s.upper().startswith("CREATE") and " INDEX " in s.upper() \
                    and s not in [c[1] for c in creates]:
                est = f.get("evidence", {}).get("estimated_size_bytes")
                creates.append((f["rule"], s, est))
    fn = ("CREATE OR REPLACE FUNCTION pg_temp.plan(q text) RETURNS text LANGUAGE plpgsql AS $f$"
          " DECLARE j json; BEGIN EXECUTE 'EXPLAIN (FORMAT JSON) ' || q INTO j;"
          " RETURN replace(j::text, chr(10), ' '); END $f$;")
    lines = [fn, "BEGIN;" if real else "SELECT hypopg_reset();"]
    for q in queries:
        lines.append(f"SELECT 'before', pg_temp.plan($q${q}$q$);")
    for _, c, _ in creates:
        if real:
            m = re.search(r"INDEX\s+(?:CONCURRENTLY\s+)?(?:IF NOT EXISTS\s+)?(\S+)\s+ON\s+(?:ONLY\s+)?"
                          r"(?:(\S+?)\.)?\S+\s", c, re.I)
            if not m:
                sys.exit(f"cannot read the index name of: {c}")
            name, schema = m.group(1), m.group(2) or "public"
            lines.append(re.sub(r"\s+CONCURRENTLY\b", "", c, flags=re.I).rstrip(";") + ";")
            lines.append(f"SELECT 'index', '{name}', pg_relation_size('{schema}.{name}'::regclass);")
        else:
            lines.append(f"SELECT 'index', indexname, hypopg_relation_size(indexrelid) "
                         f"FROM hypopg_create_index($i${c}$i$);")
    for q in queries:
        lines.append(f"SELECT 'after', pg_temp.plan($q${q}$q$);")
    if real:
        lines.append("ROLLBACK;")
    vals = {"before": [], "after": [], "index": []}
    for line in plans(lines).splitlines():
        k, _, v = line.partition("\t")
        if k in vals:
            vals[k].append(v)
    before = [json.loads(p)[0]["Plan"]["Total Cost"] for p in vals["before"]]
    after_plans = [json.loads(p)[0]["Plan"] for p in vals["after"]]
    after = [p["Total Cost"] for p in after_plans]
    used = set()
    for p in after_plans:
        index_names(p, used)
    indexes = []
    for (rule, stmt, est), row in zip(creates, vals["index"]):
        name, _, size = row.partition("\t")
        indexes.append({"rule": rule, "statement": stmt, "size_bytes": int(float(size)),
                        "estimated_size_bytes": est, "used": name in used})
    size = sum(i["size_bytes"] for i in indexes)
    sub = subset or list(range(1, len(queries) + 1))
    sb = sum(before[i - 1] for i in sub)
    sa = sum(after[i - 1] for i in sub)
    print(json.dumps({
        "measured_with": "real indexes" if real else "hypopg",
        "queries": len(queries),
        "indexes": len(indexes),
        "unused_indexes": sum(1 for i in indexes if not i["used"]),
        "cost_before": round(sum(before), 2),
        "cost_after": round(sum(after), 2),
        "relative_cost": round(sum(after) / sum(before), 3),
        "subset": sub,
        "relative_cost_subset": round(sa / sb, 3),
        "size_bytes": size,
        "size_gb": round(size / 1024 ** 3, 3),
        "per_query": [round(a / b, 3) for a, b in zip(after, before)],
        "per_query_cost_before": [round(b) for b in before],
        "index_list": indexes,
    }, indent=2))


if __name__ == "__main__":
    main()
