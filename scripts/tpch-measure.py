#!/usr/bin/env python3
"""Relative what-if cost of a set of indexes on the TPC-H workload.

usage: tpch-measure.py WORKLOAD.sql REPORT.json   (PG* environment names the database)

Plans every query of WORKLOAD.sql (statements separated by ';' at line end)
without and with the CREATE INDEX statements of the report's missing-index
findings, as HypoPG hypothetical indexes in one session, and prints the total
cost before, after, their ratio (in total and per query), the indexes and
their HypoPG size.
"""
import json
import subprocess
import sys


def statements(path):
    text = open(path).read()
    return [s.strip() for s in text.split(";\n") if s.strip() and not s.strip().startswith("--")]


def main():
    workload, report = sys.argv[1], sys.argv[2]
    queries = [q.rstrip(";") for q in statements(workload)]
    r = json.load(open(report))
    creates = [s for f in r["findings"] if f["rule"] == "missing-index" for s in f["sql"]
               if s.upper().startswith("CREATE")]
    lines = [
        "CREATE OR REPLACE FUNCTION pg_temp.cost(q text) RETURNS float8 LANGUAGE plpgsql AS $f$"
        " DECLARE j json; BEGIN EXECUTE 'EXPLAIN (FORMAT JSON) ' || q INTO j;"
        " RETURN (j->0->'Plan'->>'Total Cost')::float8; END $f$;",
        "SELECT hypopg_reset();",
    ]
    costs = ", ".join(f"pg_temp.cost($q${q}$q$)" for q in queries)
    lines.append(f"SELECT 'before', {costs};")
    for c in creates:
        lines.append(f"SELECT 'index', indexname FROM hypopg_create_index($i${c}$i$);")
    lines.append(f"SELECT 'after', {costs};")
    lines.append("SELECT 'size', coalesce(sum(hypopg_relation_size(indexrelid)), 0) FROM hypopg();")
    out = subprocess.run(["psql", "-XAtq", "-v", "ON_ERROR_STOP=1", "-F", "\t"],
                         input="\n".join(lines), capture_output=True, text=True)
    if out.returncode != 0:
        sys.exit(out.stderr)
    vals = {}
    for line in out.stdout.splitlines():
        k, _, v = line.partition("\t")
        vals.setdefault(k, []).append(v)
    per_before = [float(c) for c in vals["before"][0].split("\t")]
    per_after = [float(c) for c in vals["after"][0].split("\t")]
    before, after = sum(per_before), sum(per_after)
    size = int(float(vals["size"][0]))
    print(json.dumps({
        "queries": len(queries),
        "indexes": len(creates),
        "cost_before": round(before, 2),
        "cost_after": round(after, 2),
        "relative_cost": round(after / before, 3),
        "hypopg_size_bytes": size,
        "hypopg_size_gb": round(size / 1024 ** 3, 3),
        "per_query": [round(a / b, 3) for a, b in zip(per_after, per_before)],
        "per_query_cost_before": [round(b) for b in per_before],
        "statements": creates,
    }, indent=2))


if __name__ == "__main__":
    main()
