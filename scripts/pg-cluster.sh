#!/usr/bin/env bash
# Start or stop a throwaway PostgreSQL cluster for scripts (tests use tests/it/common).
# usage: pg-cluster.sh start DIR PORT [extra postgresql.conf lines]   |   pg-cluster.sh stop DIR
# initdb/postgres refuse to run as root: as root, they run as the postgres user.
set -euo pipefail
bindir=$(pg_config --bindir 2>/dev/null || true)
[ -x "$bindir/initdb" ] || bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
cmd=$1 dir=$2
case "$cmd" in
start)
  port=$3 extra=${4:-}
  mkdir -p "$dir"
  [ "$(id -u)" = 0 ] && chown postgres:postgres "$dir"
  as_pg "$bindir/initdb" -D "$dir/data" -A trust -U postgres -E UTF8 --locale=C --no-sync >/dev/null
  cat >> "$dir/data/postgresql.conf" <<CONF
port = $port
listen_addresses = ''
unix_socket_directories = '$dir'
fsync = off
synchronous_commit = off
shared_buffers = 64MB
lc_messages = 'C'
logging_collector = on
log_directory = '$dir/log'
log_filename = 'postgresql.log'
log_destination = 'stderr,csvlog'
log_min_duration_statement = 0
log_line_prefix = '%m [%p] %q%u@%d/%a '
log_connections = on
log_disconnections = on
log_lock_waits = on
log_temp_files = 0
log_checkpoints = on
log_autovacuum_min_duration = 0
shared_preload_libraries = 'pg_stat_statements'
$extra
CONF
  as_pg "$bindir/pg_ctl" -D "$dir/data" -l "$dir/start.log" -w -t 60 start >/dev/null
  ;;
stop)
  as_pg "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
  ;;
*) echo "usage: $0 start DIR PORT [conf] | stop DIR" >&2; exit 2 ;;
esac
