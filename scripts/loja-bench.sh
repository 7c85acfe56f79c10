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

if [ ! -f "$dir/loaded" ]; then
  [ -d "$dir/data" ] && "$here/scripts/pg-cluster.sh" stop "$dir" 2>/dev/null || true
  rm -rf "$dir"
  "$here/scripts/pg-cluster.sh" start "$dir" "$port" "shared_buffers = 512MB
max_wal_size = 8GB
log_min_duration_statement = -1
maintenance_work_mem = 512MB
autovacuum = off"
  echo "loading benches/loja" >&2
  psql -X -q -v ON_ERROR_STOP=1 -f "$bench/schema.sql" -f "$bench/data.sql"
  psql -X -q -v ON_ERROR_STOP=1 -c "CHECKPOINT" -c "VACUUM ANALYZE" -c "CREATE EXTENSION hypopg"
  # One pass may leave pages not all-visible (commits not yet flushed when it
  # looked): vacuum until the visibility map covers every table.
  for _ in 1 2 3; do
    left=$(psql -XAt -c "SELECT count(*) FROM pg_class WHERE relkind = 'r' AND relnamespace = 'public'::regnamespace AND relallvisible < relpages")
    [ "$left" = 0 ] && break
    psql -X -q -c "CHECKPOINT" -c "VACUUM"
  done
  touch "$dir/loaded"
elif ! pg_isready -q; then
  bindir=$(pg_config --bindir 2>/dev/null || ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  runuser -u postgres -- "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w start >/dev/null
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

pg_dump --schema-only > "$dir/schema.sql"
psql -XAt -f "$here/scripts/stats.sql" > "$dir/stats.json"
budgets=${LOJA_BUDGETS:-250MB 500MB 1GB 2GB}
results=$dir/results.tsv
printf 'mode\tbudget\tindexes\tunused\tsize_gb\trelative_cost\tseconds\twhatif_plans\n' > "$results"
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
    python3 "$here/scripts/tpch-measure.py" "$work" "$out/report.json" > "$out/measure.json"
    plans=$(grep -o '[0-9]* what-if plans' "$out/report.json" | head -1 | cut -d' ' -f1 || true)
    python3 - "$out/measure.json" "$mode" "$budget" "$(echo "$end - $start" | bc)" "${plans:--}" >> "$results" <<'PY'
import json, sys
m = json.load(open(sys.argv[1]))
print("\t".join([sys.argv[2], sys.argv[3], str(m["indexes"]), str(m["unused_indexes"]),
                 str(m["hypopg_size_gb"]), str(m["relative_cost"]), "%.1f" % float(sys.argv[4]), sys.argv[5]]))
PY
  done
done
column -t -s $'\t' "$results"
