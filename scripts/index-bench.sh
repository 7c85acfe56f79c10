# What scripts/tpch-bench.sh and scripts/loja-bench.sh share, sourced by both:
# the benchmark cluster, settled as the figures need it, and the measurement
# of pgadvisor's advice at each budget, live and offline.
# The caller sets: here (the repository), dir, port (the cluster) and exports PG*.

# A fresh cluster tuned for loading, with autovacuum off so that costs do
# not drift between runs.
bench_start_cluster() {
  [ -d "$dir/data" ] && "$here/scripts/pg-cluster.sh" stop "$dir" 2>/dev/null || true
  rm -rf "$dir"
  "$here/scripts/pg-cluster.sh" start "$dir" "$port" "shared_buffers = 512MB
max_wal_size = 8GB
log_min_duration_statement = -1
maintenance_work_mem = 512MB
autovacuum = off"
}

# Tables vacuumed, so the visibility map is set and index-only scans count.
# (The commits must reach the WAL first: the cluster runs with synchronous_commit
# off, and one pass may leave pages not all-visible: vacuum until it covers every table.)
bench_settle() {
  psql -X -q -v ON_ERROR_STOP=1 -c "CHECKPOINT" -c "VACUUM ANALYZE" -c "CREATE EXTENSION hypopg"
  for _ in 1 2 3; do
    left=$(psql -XAt -c "SELECT count(*) FROM pg_class WHERE relkind = 'r' AND relnamespace = 'public'::regnamespace AND relallvisible < relpages")
    [ "$left" = 0 ] && break
    psql -X -q -c "CHECKPOINT" -c "VACUUM"
  done
}

# The loaded cluster of an earlier run, started again if it stopped.
bench_ensure_running() {
  pg_isready -q && return
  bindir=$(pg_config --bindir 2>/dev/null || ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  runuser -u postgres -- "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w start >/dev/null
}

# bench_measure BIN WORKLOAD BUDGETS [SUBSET]: pgadvisor's advice on WORKLOAD
# at each budget, live (HypoPG) and offline (schema dump + stats export), the
# whole recommendations.sql measured by scripts/tpch-measure.py; with SUBSET
# (1-based positions) the relative cost on it too. Prints the table and
# leaves it in $dir/results.tsv.
bench_measure() {
  local bin=$1 work=$2 budgets=$3 subset=${4:-}
  pg_dump --schema-only > "$dir/schema.sql"
  psql -XAt -f "$here/scripts/stats.sql" > "$dir/stats.json"
  local results=$dir/results.tsv
  if [ -n "$subset" ]; then
    printf 'mode\tbudget\tindexes\tunused\tunused_real\tsize_gb\trel_all\trel_subset\tseconds\twhatif_plans\n' > "$results"
  else
    printf 'mode\tbudget\tindexes\tunused\tunused_real\tsize_gb\trelative_cost\tseconds\twhatif_plans\n' > "$results"
  fi
  local budget mode out start end plans src
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
      python3 "$here/scripts/tpch-measure.py" "$work" "$out/report.json" ${subset:+--subset "$subset"} > "$out/measure.json"
      # BENCH_REAL=1: the indexes HypoPG calls unused, checked again built for real.
      if [ -n "${BENCH_REAL:-}" ]; then
        python3 "$here/scripts/tpch-measure.py" "$work" "$out/report.json" --real ${subset:+--subset "$subset"} > "$out/measure-real.json"
      else
        rm -f "$out/measure-real.json"
      fi
      plans=$(grep -o '[0-9]* what-if plans' "$out/report.json" | head -1 | cut -d' ' -f1 || true)
      python3 - "$out/measure.json" "$mode" "$budget" "$(echo "$end - $start" | bc)" "${plans:--}" "$subset" "$out/measure-real.json" >> "$results" <<'PY'
import json, os, sys
m = json.load(open(sys.argv[1]))
real = json.load(open(sys.argv[7]))["unused_indexes"] if os.path.exists(sys.argv[7]) else "-"
rel = [str(m["relative_cost"])] + ([str(m["relative_cost_subset"])] if sys.argv[6] else [])
print("\t".join([sys.argv[2], sys.argv[3], str(m["indexes"]), str(m["unused_indexes"]), str(real),
                 str(m["size_gb"])] + rel + ["%.1f" % float(sys.argv[4]), sys.argv[5]]))
PY
    done
  done
  column -t -s $'\t' "$results"
}
