#!/usr/bin/env bash
# The second index-advice benchmark (issue 22): a Brazilian marketplace's
# analytics schema (benches/loja: 11 tables, primary keys only, 2 M orders,
# 4 M order items) and 100 statements of distinct shapes drawn with a fixed
# seed (benches/loja/queries.py): star joins, date windows, skewed statuses,
# groupings, and the lookups an application makes. Another schema and other
# query shapes than TPC-H's, so that no constant is tuned on one benchmark.
# Each advice (live with HypoPG, offline from a schema dump and a stats
# export) is the whole recommendations.sql measured with HypoPG: relative
# what-if cost of the workload, indexes no plan uses, size, advice time and
# what-if plans, at 250 MB, 500 MB, 1 GB and 2 GB.
#
# usage: scripts/loja-bench.sh      (LOJA_DIR, default /tmp/pgadvisor-loja, keeps the loaded cluster)
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
dir=${LOJA_DIR:-/tmp/pgadvisor-loja}
port=${LOJA_PORT:-5478}
bench=$here/benches/loja
export PGHOST=$dir PGPORT=$port PGUSER=postgres PGDATABASE=postgres
if [ -z "${PGADVISOR_BIN:-}" ]; then
  cargo build --release --quiet --manifest-path "$here/Cargo.toml"
fi
bin=${PGADVISOR_BIN:-$here/target/release/pgadvisor}

. "$here/scripts/index-bench.sh"
if [ ! -f "$dir/loaded" ]; then
  bench_start_cluster
  echo "loading benches/loja" >&2
  psql -X -q -v ON_ERROR_STOP=1 -f "$bench/schema.sql" -f "$bench/data.sql"
  bench_settle
  touch "$dir/loaded"
else
  bench_ensure_running
fi

work=$dir/workload.sql
python3 "$bench/queries.py" 100 > "$work"
# Every statement must plan: the grammar writes only valid SQL.
python3 - "$work" <<'PY'
import subprocess, sys
qs = [q for q in open(sys.argv[1]).read().split(";\n") if q.strip()]
sql = "\n".join(f"EXPLAIN {q};" for q in qs)
p = subprocess.run(["psql", "-XAtq", "-v", "ON_ERROR_STOP=1"], input=sql, capture_output=True, text=True)
if p.returncode:
    sys.exit("a statement of the workload does not plan: " + p.stderr)
PY

bench_measure "$bin" "$work" "${LOJA_BUDGETS:-250MB 500MB 1GB 2GB}"
