#!/usr/bin/env bash
# TPC-H index-advice benchmark (issue 7; ../shared/bench/tpch/README.md):
# all 22 queries as the workload (scored on them and on the 19 without Q2, Q17,
# Q20), primary keys only, at 250 MB, 500 MB, 1 GB and 2 GB; pgadvisor
# advises with HypoPG (live) and without a database (offline: schema dump +
# stats export); each advice is measured as the relative what-if cost of the
# workload (HypoPG) and the size of its indexes.
#
# usage: scripts/tpch-bench.sh [SCALE]        (default 1; needs tpchgen-cli: cargo install tpchgen-cli)
# The loaded cluster stays in $TPCH_DIR (default /tmp/pgadvisor-tpch) for later runs;
# `scripts/pg-cluster.sh stop $TPCH_DIR` stops it.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
sf=${1:-1}
dir=${TPCH_DIR:-/tmp/pgadvisor-tpch}
port=${TPCH_PORT:-5477}
bench=$here/../shared/bench/tpch
export PGHOST=$dir PGPORT=$port PGUSER=postgres PGDATABASE=postgres
command -v tpchgen-cli >/dev/null || { echo "tpchgen-cli missing: cargo install tpchgen-cli" >&2; exit 2; }
# PGADVISOR_BIN: another build to measure (an earlier commit's, to compare).
if [ -z "${PGADVISOR_BIN:-}" ]; then
  cargo build --release --quiet --manifest-path "$here/Cargo.toml"
fi
bin=${PGADVISOR_BIN:-$here/target/release/pgadvisor}

if [ ! -f "$dir/loaded-sf$sf" ]; then
  [ -d "$dir/data" ] && "$here/scripts/pg-cluster.sh" stop "$dir" 2>/dev/null || true
  rm -rf "$dir"
  "$here/scripts/pg-cluster.sh" start "$dir" "$port" "shared_buffers = 512MB
max_wal_size = 8GB
log_min_duration_statement = -1
maintenance_work_mem = 512MB
autovacuum = off"
  echo "generating TPC-H SF$sf" >&2
  mkdir -p "$dir/tbl" && chmod 777 "$dir/tbl"
  tpchgen-cli csv -s "$sf" --output-dir="$dir/tbl" >/dev/null
  psql -X -q -v ON_ERROR_STOP=1 -f "$bench/schema.sql"
  for t in region nation part supplier partsupp customer orders lineitem; do
    echo "loading $t" >&2
    psql -X -q -v ON_ERROR_STOP=1 -c "\\copy $t FROM '$dir/tbl/$t.csv' WITH (FORMAT csv, HEADER true)"
  done
  # The state the other advisors' figures match (every 1- and 2-column index at once
  # gives 0.653 here, 0.656 in their README): tables vacuumed, so the visibility map is
  # set and index-only scans count; autovacuum off, so costs do not drift between runs.
  # (The commits must reach the WAL first: the cluster runs with synchronous_commit off.)
  psql -X -q -v ON_ERROR_STOP=1 -f "$bench/keys.sql" -c "CHECKPOINT" -c "VACUUM ANALYZE" -c "CREATE EXTENSION hypopg"
  # One pass may leave pages not all-visible (commits not yet flushed when it
  # looked): vacuum until the visibility map covers every table.
  for _ in 1 2 3; do
    left=$(psql -XAt -c "SELECT count(*) FROM pg_class WHERE relkind = 'r' AND relnamespace = 'public'::regnamespace AND relallvisible < relpages")
    [ "$left" = 0 ] && break
    psql -X -q -c "CHECKPOINT" -c "VACUUM"
  done
  touch "$dir/loaded-sf$sf"
elif ! pg_isready -q; then
  bindir=$(pg_config --bindir 2>/dev/null || ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  runuser -u postgres -- "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w start >/dev/null
fi

# The workload as a user has it: all 22 queries, one statement each (Q20
# alone is most of the planner cost). Scores are given on the 22 and on the
# 19 without Q2, Q17 and Q20 that the other advisors' figures use.
work=$dir/workload.sql
: > "$work"
for q in "$bench"/queries/*.sql; do
  sed -e 's/;[[:space:]]*$//' "$q" >> "$work"; printf ';\n' >> "$work"
done
subset=1,3,4,5,6,7,8,9,10,11,12,13,14,15,16,18,19,21,22

pg_dump --schema-only > "$dir/schema.sql"
psql -XAt -f "$here/scripts/stats.sql" > "$dir/stats.json"
budgets=${TPCH_BUDGETS:-250MB 500MB 1GB 2GB}
results=$dir/results.tsv
printf 'mode\tbudget\tindexes\tunused\tsize_gb\trel_22\trel_19\tseconds\twhatif_plans\n' > "$results"
for budget in $budgets; do
  for mode in live offline; do
    out=$dir/$mode-$budget
    case $mode in
      live) src=(--db "host=$dir port=$port user=postgres dbname=postgres");;
      offline) src=(--schema "$dir/schema.sql" --stats "$dir/stats.json");;
    esac
    start=$(date +%s.%N)
    "$bin" audit "$work" "${src[@]}" --index-budget "$budget" --out "$out" -q >/dev/null || [ $? -le 2 ]
    end=$(date +%s.%N)
    python3 "$here/scripts/tpch-measure.py" "$work" "$out/report.json" --subset "$subset" > "$out/measure.json"
    plans=$(grep -o '[0-9]* what-if plans' "$out/report.json" | head -1 | cut -d' ' -f1 || true)
    python3 - "$out/measure.json" "$mode" "$budget" "$(echo "$end - $start" | bc)" "${plans:--}" >> "$results" <<'PY'
import json, sys
m = json.load(open(sys.argv[1]))
print("\t".join([sys.argv[2], sys.argv[3], str(m["indexes"]), str(m["unused_indexes"]),
                 str(m["hypopg_size_gb"]), str(m["relative_cost"]), str(m["relative_cost_subset"]),
                 "%.1f" % float(sys.argv[4]), sys.argv[5]]))
PY
  done
done
column -t -s $'\t' "$results"
echo "(other advisors, 19 queries given, relative cost on the 19: Extend 1 GB 0.698; AutoAdmin 0.675; DB2Advis 0.722; see $bench/README.md)"
