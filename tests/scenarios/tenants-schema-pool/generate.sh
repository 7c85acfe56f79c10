#!/usr/bin/env bash
# Schema-per-tenant helpdesk: 20 tenant schemas (locations missing in tenant_7
# and tenant_13), a 4-connection pool serving dashboards, ticket inboxes with a
# per-ticket customer lookup, customer pages and agent pages; a browser still
# polling the dropped tenant_99.
source "$(dirname "$0")/../lib.sh"
scenario_start

# customers per tenant: a few big tenants, a long tail of small ones
sizes=(0 12000 8000 6000 4000 3000 2500 3000 1500 1400 1200 1000 800 1200 600 500 450 400 350 300 300)
# pgbench weight of each tenant's requests
weights=(0 25 15 10 7 6 5 5 3 3 3 2 2 3 1 1 1 1 1 1 1)

{
  for t in $(seq 1 20); do
    n=${sizes[$t]}
    s=tenant_$t
    cat <<SQL
CREATE SCHEMA $s;
CREATE TABLE $s.customers (
  id serial PRIMARY KEY,
  name text NOT NULL,
  email text,
  phone text,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE $s.tickets (
  id serial PRIMARY KEY,
  customer_id integer NOT NULL,
  subject text NOT NULL,
  status text NOT NULL DEFAULT 'open',
  priority smallint NOT NULL DEFAULT 2,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz
);
CREATE INDEX tickets_status_created_at_idx ON $s.tickets (status, created_at);
CREATE TABLE $s.users (
  id serial PRIMARY KEY,
  name text NOT NULL,
  email text NOT NULL UNIQUE,
  role text NOT NULL DEFAULT 'agent',
  active boolean NOT NULL DEFAULT true
);
CREATE TABLE $s.skills (
  id serial PRIMARY KEY,
  user_id integer NOT NULL,
  name text NOT NULL
);
INSERT INTO $s.customers (name, email, phone, created_at)
SELECT 'Cliente ' || g, 'contato' || g || '@empresa' || (g % 97) || '.com.br',
       '+55 11 9' || lpad((g * 7919 % 100000000)::text, 8, '0'),
       now() - (g % 900) * interval '1 day'
FROM generate_series(1, $n) g;
-- some tickets point to customers that were deleted since (ids above $n)
INSERT INTO $s.tickets (customer_id, subject, status, priority, created_at, updated_at)
SELECT 1 + (g * 7717) % ($n + $n / 50),
       'Chamado ' || g,
       (ARRAY['closed','closed','closed','closed','closed','open','pending','in_progress'])[1 + g % 8],
       1 + g % 3,
       now() - ((4 * $n - g) * interval '3 minutes'),
       now() - ((4 * $n - g) * interval '2 minutes')
FROM generate_series(1, 4 * $n) g;
INSERT INTO $s.users (name, email, role, active)
SELECT 'Agente ' || g, 'agente' || g || '@$s.helpdesk.app',
       CASE WHEN g % 10 = 0 THEN 'admin' ELSE 'agent' END, g % 13 <> 0
FROM generate_series(1, 10 + $n / 200) g;
INSERT INTO $s.skills (user_id, name)
SELECT 1 + g % (10 + $n / 200), (ARRAY['billing','hardware','network','onboarding','english','spanish'])[1 + g % 6]
FROM generate_series(1, 3 * (10 + $n / 200)) g;
SQL
    if [ "$t" != 7 ] && [ "$t" != 13 ]; then
      cat <<SQL
CREATE TABLE $s.locations (
  id serial PRIMARY KEY,
  customer_id integer NOT NULL,
  name text NOT NULL,
  address text,
  city text
);
INSERT INTO $s.locations (customer_id, name, address, city)
SELECT 1 + (g * 31) % $n, 'Unidade ' || g, 'Rua ' || (g % 500) || ', ' || (g % 2000),
       (ARRAY['São Paulo','Campinas','Belo Horizonte','Curitiba','Recife','Porto Alegre'])[1 + g % 6]
FROM generate_series(1, $n + $n / 5) g;
SQL
    fi
  done
} > "$tmp/load.sql"
quiet_psql -f "$tmp/load.sql"
quiet_psql -c "VACUUM ANALYZE"
quiet_psql -c "SELECT pg_stat_reset()" >/dev/null

# One pgbench script per tenant: the schema is part of the query text.
scripts=()
for t in $(seq 1 20); do
  n=${sizes[$t]}
  s=tenant_$t
  f=$tmp/$s.sql
  {
    echo "\\set r random(1, 100)"
    echo "\\set cust random(1, $n)"
    echo "\\set page random(0, 3)"
    echo "\\if :r <= 40"
    echo "SELECT count(*) AS customers FROM $s.customers;"
    echo "SELECT count(*) AS open_tickets FROM $s.tickets WHERE status <> 'closed';"
    echo "SELECT count(*) AS agents FROM $s.users WHERE active;"
    echo "\\elif :r <= 72"
    echo "SELECT id, customer_id, subject, status, priority, created_at FROM $s.tickets WHERE status IN ('open', 'pending') ORDER BY created_at DESC LIMIT 12 OFFSET :page * 12;"
    for i in $(seq 1 12); do
      echo "\\set c$i random(1, $n)"
      echo "SELECT id, name, email, phone FROM $s.customers WHERE id = :c$i;"
    done
    if [ "$t" != 7 ] && [ "$t" != 13 ]; then
      echo "\\elif :r <= 90"
      echo "SELECT c.id, c.name, c.email, t.id AS ticket_id, t.subject, t.status FROM $s.customers c LEFT JOIN $s.tickets t ON t.customer_id = c.id WHERE c.id = :cust ORDER BY t.created_at DESC LIMIT 50;"
      echo "SELECT id, name, address, city FROM $s.locations WHERE customer_id = :cust;"
    fi
    echo "\\else"
    echo "SELECT u.id, u.name, u.role, string_agg(s.name, ', ' ORDER BY s.name) AS skills FROM $s.users u LEFT JOIN $s.skills s ON s.user_id = u.id WHERE u.active GROUP BY u.id, u.name, u.role ORDER BY u.name;"
    echo "\\endif"
  } > "$f"
  scripts+=(-f "$f@${weights[$t]}")
done

# tenant_7 and tenant_13 customer pages (their locations query fails) and the
# dropped tenant_99's dashboard polling: the same API, its other connection.
{
  for i in $(seq 1 330); do
    r=$((RANDOM % 100))
    if [ $r -lt 75 ]; then
      if [ $r -lt 42 ]; then t=7; n=3000; else t=13; n=1200; fi
      c=$((1 + RANDOM % n))
      echo "SELECT c.id, c.name, c.email, t.id AS ticket_id, t.subject, t.status FROM tenant_$t.customers c LEFT JOIN tenant_$t.tickets t ON t.customer_id = c.id WHERE c.id = $c ORDER BY t.created_at DESC LIMIT 50;"
      echo "SELECT id, name, address, city FROM tenant_$t.locations WHERE customer_id = $c;"
    else
      echo "SELECT count(*) AS customers FROM tenant_99.customers;"
    fi
    echo "\\! sleep 0.12"
  done
} > "$tmp/side.sql"

scenario_mark
PGAPPNAME=helpdesk-api psql -X -q -f "$tmp/side.sql" >/dev/null 2>&1 &
side=$!
PGAPPNAME=helpdesk-api $PGBENCH -n -c 4 -j 2 -M extended -R 70 -t 800 "${scripts[@]}" >/dev/null
wait $side || true
scenario_capture
