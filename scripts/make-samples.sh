#!/usr/bin/env bash
# Regenerates samples/ from a real PostgreSQL running the workload of
# scripts/workload: a throwaway cluster, three minutes of pgbench (the web app
# in the simple, extended and prepared protocols, a sender holding a hot row,
# the back office), a worker that connects per job, a campaign imported in
# bulk, a DBA looking at two slow pages with auto_explain, and in the last
# minute a CRM pool that leaves one tenant's search_path to the next request
# and checks its tables on every request, extensions polling in step, and
# three resellers with a login role each, one of them running a consumption
# report every few seconds. Then the log,
# a pg_stat_statements export, a schema dump and a scripts/stats.sql export.
# usage: scripts/make-samples.sh [OUT_DIR]     (SECONDS_PER_PHASE=N, default 60)
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-$here/samples}
phase=${SECONDS_PER_PHASE:-60}
tmp=$(mktemp -d /tmp/pgadvisor-samples.XXXXXX)
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
bindir=$(pg_config --bindir 2>/dev/null || ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
cleanup() { kill $(jobs -p) 2>/dev/null || true; "$here/scripts/pg-cluster.sh" stop "$tmp" 2>/dev/null || true; rm -rf "$tmp"; }
trap cleanup EXIT
# Plans of statements slower than 10 ms (verbose: relations with their
# schema), as a production server would log them; lock waits from 100 ms.
"$here/scripts/pg-cluster.sh" start "$tmp" "$port" "max_wal_size = '1GB'
session_preload_libraries = 'auto_explain'
auto_explain.log_min_duration = '10ms'
auto_explain.log_analyze = on
auto_explain.log_verbose = on
auto_explain.log_buffers = on
deadlock_timeout = '100ms'"
export PGHOST=$tmp PGPORT=$port PGUSER=postgres PGDATABASE=postgres
# The data load and the exports are not the workload: they are not logged.
quiet='-c log_min_duration_statement=-1 -c auto_explain.log_min_duration=-1'
PGOPTIONS=$quiet psql -X -q -v ON_ERROR_STOP=1 -f "$here/scripts/workload/schema.sql"
PGOPTIONS=$quiet psql -X -q -c "SELECT pg_stat_reset(), pg_stat_statements_reset()" >/dev/null

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
\set acc random(1, 200)
INSERT INTO tenant_$t.activity_log (customer_id, action, payload) VALUES (:c, 'view', '{"page": "dashboard"}');
UPDATE tenant_$t.tickets SET status = 'fechado' WHERE id = :tk;
INSERT INTO audit_log (account_id, user_id, action) VALUES (:acc, :c, 'update');
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
# The sender bumps its account's counter, then calls the messaging API inside
# the transaction (the client sleeps, idle in transaction): the row stays locked.
cat > "$tmp/sender.sql" <<'SQL'
\set acc random(1, 3)
BEGIN;
UPDATE accounts SET messages_sent = messages_sent + 1 WHERE id = :acc;
\sleep 250 ms
COMMIT;
SQL
cat > "$tmp/admin.sql" <<'SQL'
\set acc random(1, 200)
SELECT action, created_at FROM audit_log WHERE account_id = :acc AND created_at >= now() - interval '30 days'
 ORDER BY created_at DESC LIMIT 50;
SELECT count(*) FROM audit_log WHERE created_at > now() - interval '1 hour';
SQL
web=()
for t in 1 2 3 4 5; do
  web+=(-f "$tmp/dashboard_$t.sql@3" -f "$tmp/campaign_logs_$t.sql@3" -f "$tmp/write_$t.sql@2" -f "$tmp/report_$t.sql@1")
done
web+=(-f "$tmp/login.sql@10")

# The worker: a new connection per job. Jobs read the locations of a tenant
# (three tenants never got that table: 42P01, as in seed 000) and import
# contacts from a CRM by trying the insert and catching duplicates (23505).
worker() {
  local end=$((SECONDS + 3 * phase)) i=0
  while [ $SECONDS -lt $end ]; do
    i=$((i + 1))
    PGAPPNAME=worker psql -X -q -U worker -c "SELECT city FROM tenant_$((RANDOM % 5 + 1)).locations WHERE customer_id = $((RANDOM % 2000 + 1))" >/dev/null 2>&1 || true
    if [ $((i % 4)) = 0 ]; then
      local id=$((RANDOM % 2400 + 1))
      PGAPPNAME=worker psql -X -q -U worker -c "INSERT INTO tenant_1.contacts (id, phone, name) VALUES ($id, '+5511$((910000000 + id))', 'Contact $id')" >/dev/null 2>&1 || true
    fi
    sleep 0.2
  done
}
worker &
PGAPPNAME=admin "$bindir/pgbench" -n -U admin -c 1 -R 1 -T $((3 * phase)) -M extended -f "$tmp/admin.sql" >/dev/null &
PGAPPNAME=sender "$bindir/pgbench" -n -U app -c 3 -R 2 -T "$phase" -M prepared -f "$tmp/sender.sql" >/dev/null &

# Phase 1: the web app, simple protocol.
PGAPPNAME=web-simple "$bindir/pgbench" -n -U app -c 4 -j 2 -R 3 -T "$phase" -M simple "${web[@]}" >/dev/null
# Phase 2: extended protocol; a campaign of 4 000 messages is queued in bulk
# and its delivery report (each message with its latest contact) run before
# autovacuum has analysed the outbox: the planner expects one queued message,
# and the contact lookup scans the contacts once per message.
PGAPPNAME=web-extended "$bindir/pgbench" -n -U app -c 4 -j 2 -R 5 -T "$phase" -M extended "${web[@]}" >/dev/null &
extended=$!
sleep 5
PGAPPNAME=campaigns psql -X -q -U app -v ON_ERROR_STOP=1 <<'SQL'
INSERT INTO tenant_1.campaigns (id, account_id, name) VALUES (1001, 7, 'Black Friday');
INSERT INTO tenant_1.outbox (campaign_id, phone, status)
  SELECT 1001, '+5511' || (900000000 + g % 2000 + 1), 'queued' FROM generate_series(1, 4000) g;
SQL
for _ in 1 2 3; do
  PGAPPNAME=campaigns psql -X -q -U app -c "SELECT o.id, o.status, o.queued_at, ct.name FROM tenant_1.outbox o
  LEFT JOIN LATERAL (SELECT c.name FROM tenant_1.contacts c WHERE c.phone = o.phone ORDER BY c.id DESC LIMIT 1) ct ON true
 WHERE o.campaign_id = 1001 AND o.status = 'queued'" >/dev/null
  sleep 10
done
# The back office's events widget: 30 000 events of the mobile app imported
# since the last vacuum, so the index-only scan still visits the table.
PGAPPNAME=worker psql -X -q -U worker -c "INSERT INTO audit_log (account_id, user_id, action, created_at)
  SELECT g % 200 + 1, g % 20000 + 1, 'mobile', now() - (g % 3000) * interval '1 second' FROM generate_series(1, 30000) g"
wait $extended
# A DBA looks at the two pages users complain about, with their plans.
PGAPPNAME=psql psql -X -q <<'SQL' >/dev/null
SET auto_explain.log_min_duration = 0;
SELECT id, account_id, name FROM users WHERE email = 'user4242@example.com';
SELECT count(*) FROM audit_log WHERE created_at > now() - interval '1 hour';
SQL
# Meanwhile the CRM's API on a pool of 3: each tenant request sets the
# tenant's search_path and makes sure its table exists before reading it;
# the home page's badge (one request in five) sets nothing and reads
# whatever tenant the connection last served (seed 000). And the browser
# extension: 12 clients polling every 10 s, started together (seed 001).
for t in 1 2 3 4 5; do
  cat > "$tmp/crm_$t.sql" <<SQL
\set c random(1, 2000)
\set v random(1, 2)
SET search_path TO tenant_$t, public;
SELECT EXISTS (SELECT 1 FROM information_schema.tables WHERE table_schema = 'tenant_$t' AND table_name = 'tickets');
\if :v = 1
SELECT id, status, created_at FROM tickets WHERE id = :c;
\else
SELECT id, name, status FROM customers WHERE id = :c;
\endif
SQL
done
cat > "$tmp/crm_badge.sql" <<'SQL'
\set c random(1, 2000)
SELECT name FROM customers WHERE id = :c;
SELECT status FROM tickets WHERE id = :c;
SQL
cat > "$tmp/extension.sql" <<'SQL'
\set c random(1, 2000)
SELECT id, status FROM tenant_2.tickets WHERE id = :c;
\sleep 10 s
SQL
PGAPPNAME=crm-api "$bindir/pgbench" -n -U crm -c 3 -j 1 -R 12 -T "$phase" -M extended \
  -f "$tmp/crm_1.sql@2" -f "$tmp/crm_2.sql@2" -f "$tmp/crm_3.sql" -f "$tmp/crm_4.sql" -f "$tmp/crm_5.sql" -f "$tmp/crm_badge.sql@2" >/dev/null &
PGAPPNAME=extension "$bindir/pgbench" -n -U app -c 12 -j 1 -T $((phase - 5)) -M prepared -f "$tmp/extension.sql" >/dev/null &
# The resellers' API, one login role per reseller and a pool of its own;
# Oeste's analyst also reruns last year's consumption report every 2 s (seed 002: one
# tenant loading the server for the others).
cat > "$tmp/revenda.sql" <<'SQL'
\set a random(1, 200)
\set u random(1, 20000)
SELECT id, name, plan, messages_sent FROM accounts WHERE id = :a;
SELECT id, email, name, created_at FROM users WHERE id = :u;
SQL
cat > "$tmp/revenda_report.sql" <<'SQL'
SELECT a.plan, date_trunc('month', l.created_at) AS month, count(*) FROM audit_log l
  JOIN accounts a ON a.id = l.account_id WHERE l.action = 'export' AND l.created_at >= now() - interval '1 year'
 GROUP BY 1, 2 ORDER BY 1, 2;
\sleep 2 s
SQL
for r in norte:2 sul:2 oeste:1; do
  PGAPPNAME=revenda-api "$bindir/pgbench" -n -U "revenda_${r%%:*}" -c "${r##*:}" -j 1 -R 3 -T "$phase" -M extended -f "$tmp/revenda.sql" >/dev/null &
done
PGAPPNAME=revenda-relatorios "$bindir/pgbench" -n -U revenda_oeste -c 1 -j 1 -T "$phase" -f "$tmp/revenda_report.sql" >/dev/null &
# Phase 3: prepared statements.
PGAPPNAME=web-prepared "$bindir/pgbench" -n -U app -c 4 -j 2 -R 4 -T "$phase" -M prepared "${web[@]}" >/dev/null
wait

mkdir -p "$out"
PGOPTIONS=$quiet psql -X -q -c "\copy (SELECT d.datname, r.rolname, s.* FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid JOIN pg_roles r ON r.oid = s.userid ORDER BY s.total_exec_time DESC) TO '$out/pg_stat_statements.csv' CSV HEADER"
PGOPTIONS=$quiet "$bindir/pg_dump" --schema-only --no-owner --no-privileges -f "$out/schema.sql"
PGOPTIONS=$quiet psql -XAt -f "$here/scripts/stats.sql" > "$out/stats.json"
"$here/scripts/pg-cluster.sh" stop "$tmp"
mkdir -p "$out/logs" "$out/csvlog"
cp "$tmp/log/postgresql.log" "$out/logs/postgresql.log"
chmod 644 "$out/logs/postgresql.log"
gzip -9 -n -c "$tmp/log/postgresql.csv" > "$out/csvlog/postgresql.csv.gz"
ls -lR "$out"
