#!/usr/bin/env bash
# Background-job queue polled by 3 workers with FOR UPDATE SKIP LOCKED on a
# 300k-row jobs table that has only its primary key; login traffic, a health
# check and a metrics scraper alongside.
source "$(dirname "$0")/../lib.sh"
scenario_start

quiet_psql <<'SQL'
CREATE TABLE accounts (
  id            bigserial PRIMARY KEY,
  email         text NOT NULL,
  nome          text NOT NULL,
  senha_hash    text NOT NULL,
  ativo         boolean NOT NULL DEFAULT true,
  created_at    timestamptz NOT NULL DEFAULT now(),
  last_login_at timestamptz
);
CREATE UNIQUE INDEX accounts_email_key ON accounts (email);

CREATE TABLE jobs (
  id          bigserial PRIMARY KEY,
  kind        text NOT NULL,
  payload     jsonb NOT NULL DEFAULT '{}',
  status      text NOT NULL DEFAULT 'queued'
              CHECK (status IN ('queued', 'running', 'done', 'failed')),
  run_at      timestamptz NOT NULL DEFAULT now(),
  attempts    integer NOT NULL DEFAULT 0,
  last_error  text,
  created_at  timestamptz NOT NULL DEFAULT now(),
  started_at  timestamptz,
  finished_at timestamptz
);

CREATE TABLE job_results (
  job_id      bigint PRIMARY KEY REFERENCES jobs (id),
  output      jsonb NOT NULL,
  duration_ms integer NOT NULL,
  finished_at timestamptz NOT NULL DEFAULT now()
);

-- 40k accounts; e-mails built the same way the traffic generator builds them.
INSERT INTO accounts (email, nome, senha_hash, created_at, last_login_at)
SELECT lower(f) || '.' || lower(l) || g || '@' || d, f || ' ' || l,
       '$2a$12$' || md5(g::text) || md5((g * 7)::text),
       now() - (g % 900) * interval '1 day', now() - (g % 60) * interval '1 day'
FROM generate_series(1, 40000) g,
     LATERAL (SELECT (ARRAY['Ana','Bruno','Carla','Diego','Eduarda','Felipe','Gabriela','Henrique',
                            'Isabela','Joao','Karina','Lucas','Mariana','Nicolas','Olivia','Pedro',
                            'Rafaela','Sergio','Tatiana','Vinicius'])[1 + g % 20] AS f,
                     (ARRAY['Silva','Santos','Oliveira','Souza','Rodrigues','Ferreira','Alves','Pereira',
                            'Lima','Gomes','Costa','Ribeiro','Martins','Carvalho','Almeida'])[1 + (g / 20) % 15] AS l,
                     (ARRAY['gmail.com','hotmail.com','outlook.com','empresa.com.br'])[1 + g % 4] AS d) n;

-- 300k jobs over ~86 days: 98.5% done, 0.5% failed, 1% queued (the last
-- 3000, a backlog whose run_at has passed, except 500 scheduled retries).
INSERT INTO jobs (kind, payload, status, run_at, attempts, last_error, created_at, started_at, finished_at)
SELECT k, jsonb_build_object('account_id', 1 + g % 40000, 'ref', md5(g::text), 'tentativa', 1),
       s,
       CASE WHEN g <= 297000 THEN now() - interval '87 days' + g * interval '25 seconds'
            WHEN g <= 299500 THEN now() - interval '2 hours' + (g - 297000) * interval '2 seconds'
            ELSE now() + (g - 299500) * interval '10 seconds' END,
       CASE WHEN s = 'failed' THEN 5 WHEN s = 'done' THEN 1 ELSE 0 END,
       CASE WHEN s = 'failed' THEN 'timeout contacting ' || k END,
       now() - interval '87 days' + g * interval '25 seconds',
       CASE WHEN s IN ('done', 'failed') THEN now() - interval '87 days' + g * interval '25 seconds' END,
       CASE WHEN s IN ('done', 'failed') THEN now() - interval '87 days' + g * interval '25 seconds' + interval '2 seconds' END
FROM generate_series(1, 300000) g,
     LATERAL (SELECT (ARRAY['send_email','generate_invoice_pdf','sync_crm','webhook_delivery','resize_avatar'])[1 + g % 5] AS k,
                     CASE WHEN g > 297000 THEN 'queued' WHEN g % 200 = 0 THEN 'failed' ELSE 'done' END AS s) x;

INSERT INTO job_results (job_id, output, duration_ms, finished_at)
SELECT id, '{"ok": true}', 20 + id % 900, finished_at FROM jobs WHERE status = 'done';
SQL
quiet_psql -c "VACUUM ANALYZE" -c "SELECT pg_stat_reset()" >/dev/null

w=$tmp/work
mkdir -p "$w"

# Worker loop (Go, pgx: extended protocol). Poll, claim, run, record, sleep.
cat > "$w/worker.sql" <<'SQL'
\set pause random(100, 300)
\set work random(10, 60)
BEGIN;
SELECT id, kind, payload FROM jobs WHERE status = 'queued' AND run_at <= now() ORDER BY run_at LIMIT 1 FOR UPDATE SKIP LOCKED \gset job_
UPDATE jobs SET status = 'running', started_at = now(), attempts = attempts + 1 WHERE id = :job_id;
COMMIT;
\sleep :work ms
BEGIN;
INSERT INTO job_results (job_id, output, duration_ms) VALUES (:job_id, '{"ok": true}', :work);
UPDATE jobs SET status = 'done', finished_at = now() WHERE id = :job_id;
COMMIT;
\sleep :pause ms
SQL

cat > "$w/health.sql" <<'SQL'
SELECT 1;
\sleep 500 ms
SQL

cat > "$w/metrics.sql" <<'SQL'
SELECT count(*) FROM jobs WHERE status = 'failed';
\sleep 1000 ms
SQL

# Rails API logins (prepared_statements: false, so literals), one connection
# of the pool per process; a login every 30-120 ms on each.
web() {
  python3 - "$1" "$2" <<'PY' | PGAPPNAME=web-api psql -X -q >/dev/null
import random, sys, time
seed, n = int(sys.argv[1]), int(sys.argv[2])
rnd = random.Random(seed)
F = ['Ana','Bruno','Carla','Diego','Eduarda','Felipe','Gabriela','Henrique','Isabela','Joao',
     'Karina','Lucas','Mariana','Nicolas','Olivia','Pedro','Rafaela','Sergio','Tatiana','Vinicius']
L = ['Silva','Santos','Oliveira','Souza','Rodrigues','Ferreira','Alves','Pereira','Lima','Gomes',
     'Costa','Ribeiro','Martins','Carvalho','Almeida']
D = ['gmail.com','hotmail.com','outlook.com','empresa.com.br']
for i in range(n):
    g = rnd.randint(1, 40000)
    email = f"{F[g % 20].lower()}.{L[(g // 20) % 15].lower()}{g}@{D[g % 4]}"
    out = ["BEGIN;",
           f"SELECT id, nome, senha_hash, ativo FROM accounts WHERE email = '{email}' LIMIT 1;",
           f"UPDATE accounts SET last_login_at = now() WHERE id = {g};"]
    if rnd.random() < 0.2:
        out.append("INSERT INTO jobs (kind, payload, status, run_at) VALUES "
                   f"('send_email', '{{\"template\": \"alerta_login\", \"account_id\": {g}}}', 'queued', now()) RETURNING id;")
    out.append("COMMIT;")
    print("\n".join(out), flush=True)
    time.sleep(rnd.uniform(0.03, 0.12))
PY
}

scenario_mark

PGAPPNAME=job-worker $PGBENCH -n -c 3 -j 2 -t 220 -M extended -f "$w/worker.sql" >/dev/null &
PGAPPNAME=lb-health $PGBENCH -n -c 1 -j 1 -t 120 -M simple -f "$w/health.sql" >/dev/null &
PGAPPNAME=prometheus-exporter $PGBENCH -n -c 1 -j 1 -t 60 -M extended -f "$w/metrics.sql" >/dev/null &
web 101 700 &
web 202 700 &
wait

scenario_capture
