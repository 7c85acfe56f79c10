#!/usr/bin/env bash
# Regenerates samples/ from a real PostgreSQL running the workload of
# scripts/workload: a throwaway cluster, pgbench in the simple, extended and
# prepared protocols, then the logs, a pg_stat_statements export and a schema dump.
# usage: scripts/make-samples.sh [OUT_DIR]     (SCALE=N multiplies the transactions)
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-$here/samples}
scale=${SCALE:-1}
tmp=$(mktemp -d /tmp/pgadvisor-samples.XXXXXX)
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
bindir=$(pg_config --bindir 2>/dev/null || ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
cleanup() { "$here/scripts/pg-cluster.sh" stop "$tmp" 2>/dev/null || true; rm -rf "$tmp"; }
trap cleanup EXIT
"$here/scripts/pg-cluster.sh" start "$tmp" "$port"
export PGHOST=$tmp PGPORT=$port PGUSER=postgres PGDATABASE=postgres
psql -X -q -v ON_ERROR_STOP=1 -f "$here/scripts/workload/schema.sql"

# One pgbench script per tenant and kind of page (identifiers cannot be parameters).
for t in 1 2 3 4 5; do
  cat > "$tmp/dashboard_$t.sql" <<SQL
\set acc random(1, 200)
SELECT count(*) FROM tenant_$t.customers WHERE account_id = :acc AND deleted_at IS NULL;
SELECT t.status, count(*) FROM tenant_$t.tickets t JOIN tenant_$t.customers c ON c.id = t.customer_id
 WHERE c.account_id = :acc AND t.status IN ('nova', 'andamento') GROUP BY t.status;
SELECT c.id, c.name, count(l.id) AS sent, count(l.id) FILTER (WHERE l.status = 'read') AS read
  FROM tenant_$t.campaigns c LEFT JOIN tenant_$t.whatsapp_logs l ON l.campaign_id = c.id
 WHERE c.account_id = :acc GROUP BY c.id, c.name;
SQL
  # The N+1 of seed 001: the campaigns, then the logs of each campaign one by one.
  cat > "$tmp/campaign_logs_$t.sql" <<SQL
\set acc random(1, 200)
\set c2 :acc + 200
\set c3 :acc + 400
\set c4 :acc + 600
\set c5 :acc + 800
SELECT id, name FROM tenant_$t.campaigns WHERE account_id = :acc ORDER BY id;
SELECT id, phone, status, sent_at FROM tenant_$t.whatsapp_logs WHERE campaign_id = :acc;
SELECT id, phone, status, sent_at FROM tenant_$t.whatsapp_logs WHERE campaign_id = :c2;
SELECT id, phone, status, sent_at FROM tenant_$t.whatsapp_logs WHERE campaign_id = :c3;
SELECT id, phone, status, sent_at FROM tenant_$t.whatsapp_logs WHERE campaign_id = :c4;
SELECT id, phone, status, sent_at FROM tenant_$t.whatsapp_logs WHERE campaign_id = :c5;
SQL
  cat > "$tmp/write_$t.sql" <<SQL
\set c random(1, 2000)
\set tk random(1, 10000)
INSERT INTO tenant_$t.activity_log (customer_id, action, payload) VALUES (:c, 'view', '{"page": "dashboard"}');
UPDATE tenant_$t.tickets SET status = 'fechado' WHERE id = :tk;
SQL
  cat > "$tmp/report_$t.sql" <<SQL
SET work_mem = '64kB';
SELECT date_trunc('day', created_at) AS day, count(*) FROM tenant_$t.activity_log
 WHERE created_at > now() - interval '30 days' GROUP BY 1 ORDER BY 1;
SELECT phone, count(*) FROM tenant_$t.whatsapp_logs GROUP BY phone ORDER BY 2 DESC LIMIT 20;
RESET work_mem;
SQL
done
cat > "$tmp/login.sql" <<'SQL'
\set u random(1, 20000)
SELECT id, account_id, name FROM users WHERE email = 'user' || :u || '@example.com';
SQL
scripts=()
for t in 1 2 3 4 5; do
  scripts+=(-f "$tmp/dashboard_$t.sql@3" -f "$tmp/campaign_logs_$t.sql@3" -f "$tmp/write_$t.sql@2" -f "$tmp/report_$t.sql@1")
done
scripts+=(-f "$tmp/login.sql@10")
for mode in simple extended prepared; do
  PGAPPNAME="web-$mode" "$bindir/pgbench" -n -c 4 -j 2 -t $((60 * scale)) -M "$mode" "${scripts[@]}" >/dev/null
done
# Tenants without the locations table fail (42P01), as in seed 000.
for t in 1 2 3 4 5; do
  PGAPPNAME=worker psql -X -q -c "SELECT city FROM tenant_$t.locations WHERE customer_id = 7" >/dev/null 2>&1 || true
done
mkdir -p "$out"
psql -X -q -c "\copy (SELECT d.datname, r.rolname, s.* FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid JOIN pg_roles r ON r.oid = s.userid ORDER BY s.total_exec_time DESC) TO '$out/pg_stat_statements.csv' CSV HEADER"
"$bindir/pg_dump" --schema-only --no-owner --no-privileges -f "$out/schema.sql"
"$here/scripts/pg-cluster.sh" stop "$tmp"
mkdir -p "$out/logs" "$out/csvlog"
cp "$tmp/log/postgresql.log" "$out/logs/postgresql.log"
chmod 644 "$out/logs/postgresql.log"
gzip -c "$tmp/log/postgresql.csv" > "$out/csvlog/postgresql.csv.gz"
ls -lR "$out"
