#!/usr/bin/env bash
# Logs a real PostgreSQL cluster under a dense OLTP load until the log holds
# SIZE_MB: every statement logged, the way log_min_duration_statement = 0
# writes it (pgbench: 24 clients select-only, 8 the TPC-B-like script, a
# worker connecting per transaction).
# usage: scripts/dense-log.sh OUT_LOG [SIZE_MB=1024]
#   DENSE_PROTOCOL=extended|simple|prepared   (default extended: parse, bind
#     and execute lines with their parameters; simple: values inline)
#   DENSE_LOGGING=duration|statement          (statement: log_statement = 'all'
#     and log_duration, durations on lines of their own)
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
out=$1 size_mb=${2:-1024}
protocol=${DENSE_PROTOCOL:-extended}
logging=${DENSE_LOGGING:-duration}
tmp=$(mktemp -d /tmp/pgadvisor-dense.XXXXXX)
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
bindir=$(pg_config --bindir 2>/dev/null || ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
cleanup() { kill $(jobs -p) 2>/dev/null || true; "$here/scripts/pg-cluster.sh" stop "$tmp" 2>/dev/null || true; rm -rf "$tmp"; }
trap cleanup EXIT
conf="log_destination = 'stderr'
log_checkpoints = off
log_autovacuum_min_duration = -1
max_connections = 100"
if [ "$logging" = statement ]; then
  conf="$conf
log_min_duration_statement = -1
log_statement = 'all'
log_duration = on"
fi
"$here/scripts/pg-cluster.sh" start "$tmp" "$port" "$conf"
export PGHOST=$tmp PGPORT=$port PGUSER=postgres PGDATABASE=postgres
PGOPTIONS='-c log_min_duration_statement=-1 -c log_statement=none' "$bindir/pgbench" -q -i -s 5 >/dev/null 2>&1
# Long enough for any size; stopped once the log is big enough.
PGAPPNAME=api "$bindir/pgbench" -n -c 24 -j 1 -T 3600 -M "$protocol" -S >/dev/null 2>&1 &
PGAPPNAME=orders "$bindir/pgbench" -n -c 8 -j 1 -T 3600 -M "$protocol" >/dev/null 2>&1 &
PGAPPNAME=worker "$bindir/pgbench" -n -C -c 2 -j 1 -R 15 -T 3600 -M "$protocol" -S >/dev/null 2>&1 &
log="$tmp/log/postgresql.log"
while [ "$(stat -c %s "$log" 2>/dev/null || echo 0)" -lt $((size_mb * 1000000)) ]; do sleep 1; done
kill $(jobs -p) 2>/dev/null || true
wait 2>/dev/null || true
"$here/scripts/pg-cluster.sh" stop "$tmp"
# The last line may be cut where the clients were stopped.
head -c $((size_mb * 1000000)) "$log" | sed '$d' > "$out"
