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

. "$here/scripts/index-bench.sh"
if [ ! -f "$dir/loaded-sf$sf" ]; then
  bench_start_cluster
  echo "generating TPC-H SF$sf" >&2
  mkdir -p "$dir/tbl" && chmod 777 "$dir/tbl"
  tpchgen-cli csv -s "$sf" --output-dir="$dir/tbl" >/dev/null
  psql -X -q -v ON_ERROR_STOP=1 -f "$bench/schema.sql"
  for t in region nation part supplier partsupp customer orders lineitem; do
    echo "loading $t" >&2
    psql -X -q -v ON_ERROR_STOP=1 -c "\\copy $t FROM '$dir/tbl/$t.csv' WITH (FORMAT csv, HEADER true)"
  done
  # The state the other advisors' figures match (every 1- and 2-column index at once
  # gives 0.653 here, 0.656 in their README).
  psql -X -q -v ON_ERROR_STOP=1 -f "$bench/keys.sql"
  bench_settle
  touch "$dir/loaded-sf$sf"
else
  bench_ensure_running
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

# rel_all is on the 22, rel_subset on the 19.
bench_measure "$bin" "$work" "${TPCH_BUDGETS:-250MB 500MB 1GB 2GB}" "$subset"
echo "(other advisors, 19 queries given, relative cost on the 19: Extend 1 GB 0.698; AutoAdmin 0.675; DB2Advis 0.722; see $bench/README.md)"
