#!/usr/bin/env bash
# Regenerates samples/seed-003 from a real PostgreSQL running the seed 003
# workload (scripts/workload/seed-003.sql): the dashboard's progress query on
# every request, the list of active projects, each project's recent timeline,
# appends to the timeline and a few checklist updates. Writes the server log,
# a schema dump and a scripts/stats.sql export (statistics reset after the
# data load, so the activity counters cover the workload only).
# usage: scripts/make-seed-003-sample.sh [OUT_DIR]
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-$here/samples/seed-003}
tmp=$(mktemp -d /tmp/pgadvisor-seed003.XXXXXX)
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
bindir=$(pg_config --bindir 2>/dev/null || ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
cleanup() { "$here/scripts/pg-cluster.sh" stop "$tmp" 2>/dev/null || true; rm -rf "$tmp"; }
trap cleanup EXIT
"$here/scripts/pg-cluster.sh" start "$tmp" "$port" "max_wal_size = '1GB'"
export PGHOST=$tmp PGPORT=$port PGUSER=postgres PGDATABASE=postgres
psql -X -q -v ON_ERROR_STOP=1 -f "$here/scripts/workload/seed-003.sql"
psql -X -q -c "CHECKPOINT" -c "VACUUM ANALYZE"
psql -X -q -c "SELECT pg_stat_reset()" >/dev/null

cat > "$tmp/dashboard.sql" <<'SQL'
\set cs random(0, 19)
SELECT 'cs' || :cs || '@example.com' AS email \gset
SELECT i.id, i.nome_empresa, count(ci.id) AS total_tarefas,
       sum(CASE WHEN ci.completed THEN 1 ELSE 0 END) AS concluidas,
       round(100.0 * sum(CASE WHEN ci.completed THEN 1 ELSE 0 END) / count(ci.id)) AS progresso
  FROM implantacoes i LEFT JOIN checklist_items ci ON ci.implantacao_id = i.id
 WHERE ci.tipo_item = 'subtarefa' AND i.usuario_cs = :email
 GROUP BY i.id ORDER BY i.id;
SELECT id, nome_empresa, usuario_cs, status FROM implantacoes WHERE status = 'andamento';
SQL
cat > "$tmp/timeline.sql" <<'SQL'
\set i random(1, 2000)
SELECT id, tipo, descricao, created_at FROM timeline_log
 WHERE implantacao_id = :i AND created_at >= now() - interval '30 days' ORDER BY created_at DESC LIMIT 50;
SQL
cat > "$tmp/write.sql" <<'SQL'
\set i random(1, 2000)
\set c random(1, 60000)
INSERT INTO timeline_log (implantacao_id, tipo, descricao) VALUES (:i, 'nota', 'atualizado pelo CS');
UPDATE checklist_items SET completed = true WHERE id = :c;
SQL
PGAPPNAME=dashboard "$bindir/pgbench" -n -c 2 -j 2 -t 150 -M extended \
  -f "$tmp/dashboard.sql@20" -f "$tmp/timeline.sql@8" -f "$tmp/write.sql@1" >/dev/null
mkdir -p "$out/logs"
"$bindir/pg_dump" --schema-only --no-owner --no-privileges -f "$out/schema.sql"
psql -XAt -f "$here/scripts/stats.sql" > "$out/stats.json"
"$here/scripts/pg-cluster.sh" stop "$tmp"
# The data load and the export are not the workload: keep the log from the
# statistics reset to the schema dump.
awk '/pg_stat_reset/ { keep = 1 } /\/pg_dump / { exit } keep' "$tmp/log/postgresql.log" | gzip -9 -n > "$out/logs/postgresql.log.gz"
