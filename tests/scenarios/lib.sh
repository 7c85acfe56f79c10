# Shared by every tests/scenarios/<name>/generate.sh: a throwaway PostgreSQL
# cluster that logs as a production server configured for pgadvisor would
# (every statement with its duration, sessions, connections, lock waits, temp
# files), and the capture of what a user would hand pgadvisor afterwards:
# the log (compressed), `pg_dump --schema-only`, a scripts/stats.sql export.
#
# A generator sources this file, calls `scenario_start [postgresql.conf lines]`,
# loads its schema and data with `quiet_psql` (not logged: a user's log starts
# after the load), calls `scenario_mark` where the captured log begins, runs
# its workload with `$PGBENCH`/`psql`, then `scenario_capture`. Outputs go to
# inputs/ beside the generator; nothing else is written there.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
scenario_dir=$(cd "$(dirname "$0")" && pwd)
scenario=$(basename "$scenario_dir")
bindir=$(pg_config --bindir 2>/dev/null || true)
[ -x "$bindir/pgbench" ] || bindir=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
PGBENCH=$bindir/pgbench
PG_DUMP=$bindir/pg_dump
tmp=$(mktemp -d "/tmp/pgadvisor-scenario-$scenario.XXXXXX")
chmod 755 "$tmp"
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
export PGHOST=$tmp PGPORT=$port PGUSER=postgres PGDATABASE=postgres
QUIET='-c log_min_duration_statement=-1 -c log_statement=none -c auto_explain.log_min_duration=-1'
# Scenario generators are deterministic where they can be: pgbench's random
# seed is fixed, and bash's $RANDOM too.
export PGBENCH_RANDOM_SEED=${PGBENCH_RANDOM_SEED:-42}
RANDOM=42

scenario_cleanup() {
  kill $(jobs -p) 2>/dev/null || true
  "$here/scripts/pg-cluster.sh" stop "$tmp" 2>/dev/null || true
  rm -rf "$tmp"
}
trap scenario_cleanup EXIT

# scenario_start [extra postgresql.conf lines]
scenario_start() {
  "$here/scripts/pg-cluster.sh" start "$tmp" "$port" "max_wal_size = '2GB'
log_destination = 'stderr'
${1:-}"
  PGOPTIONS=$QUIET psql -X -q -c "CREATE EXTENSION IF NOT EXISTS pg_stat_statements" >/dev/null
}

# quiet_psql ARGS...: psql whose statements are not logged (loads, exports).
quiet_psql() { PGOPTIONS=$QUIET psql -X -q -v ON_ERROR_STOP=1 "$@"; }

# scenario_mark: the captured log starts at the next statement.
scenario_mark() {
  psql -X -q -c "SELECT 'pgadvisor-scenario-start'" >/dev/null
}

# scenario_capture [DB ...]: writes inputs/postgresql.log.gz (from the mark),
# inputs/schema.sql (pg_dump of the first DB, default postgres) and
# inputs/stats.json (scripts/stats.sql run in that database).
scenario_capture() {
  local db=${1:-postgres}
  local out=$scenario_dir/inputs
  rm -rf "$out"
  mkdir -p "$out"
  PGOPTIONS=$QUIET "$PG_DUMP" --schema-only --no-owner --no-privileges -d "$db" -f "$out/schema.sql"
  PGOPTIONS=$QUIET psql -X -q -At -d "$db" -f "$here/scripts/stats.sql" > "$out/stats.json"
  "$here/scripts/pg-cluster.sh" stop "$tmp"
  awk '/pgadvisor-scenario-start/ { keep = 1; next } keep' "$tmp/log/postgresql.log" | gzip -9 -n > "$out/postgresql.log.gz"
  chmod 644 "$out"/*
  echo "$scenario: $(zcat "$out/postgresql.log.gz" | wc -l) log lines, $(du -sh "$out" | cut -f1)" >&2
}
