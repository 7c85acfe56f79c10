-- A small multi-tenant SaaS modelled on the field reports in ../shared/seeds:
-- schema-per-tenant tables without foreign keys, a users table looked up by
-- email without an index (and two indexes nobody uses, one a prefix of the
-- other), campaigns whose logs are fetched one by one, an outbox matched to
-- contacts by phone without an index, a per-account counter every sender updates, and an
-- audit log that only grows (1.2 M rows over two years).
CREATE EXTENSION IF NOT EXISTS pg_stat_statements;
CREATE TABLE accounts (id serial PRIMARY KEY, name text NOT NULL, plan text NOT NULL DEFAULT 'free',
                       messages_sent int NOT NULL DEFAULT 0);
-- The one declared foreign key, without an index on users.account_id.
CREATE TABLE users (id serial PRIMARY KEY, account_id int NOT NULL REFERENCES accounts (id), email text NOT NULL, name text,
                    created_at timestamptz NOT NULL DEFAULT now());
CREATE INDEX users_name_idx ON users (name);
CREATE INDEX users_name_created_at_idx ON users (name, created_at);
CREATE TABLE audit_log (id bigserial PRIMARY KEY, account_id int NOT NULL, user_id int, action text NOT NULL,
                        created_at timestamptz NOT NULL DEFAULT now());
CREATE INDEX audit_log_created_at_idx ON audit_log (created_at);
INSERT INTO audit_log (account_id, user_id, action, created_at)
  SELECT g % 200 + 1, g % 20000 + 1, (ARRAY['login', 'view', 'export', 'update'])[g % 4 + 1],
         now() - interval '730 days' + g * interval '730 days' / 1200000
  FROM generate_series(1, 1200000) g;
INSERT INTO accounts (name, plan) SELECT 'account ' || g, CASE WHEN g % 10 = 0 THEN 'pro' ELSE 'free' END
  FROM generate_series(1, 200) g;
INSERT INTO users (account_id, email, name) SELECT (g - 1) % 200 + 1, 'user' || g || '@example.com', 'User ' || g
  FROM generate_series(1, 20000) g;
DO $$
BEGIN
  FOR t IN 1..5 LOOP
    EXECUTE format('CREATE SCHEMA tenant_%s', t);
    EXECUTE format('CREATE TABLE tenant_%s.customers (id serial PRIMARY KEY, account_id int NOT NULL, name text,
                      status text NOT NULL DEFAULT ''ativo'', deleted_at timestamptz)', t);
    EXECUTE format('CREATE TABLE tenant_%s.tickets (id serial PRIMARY KEY, customer_id int NOT NULL, status text NOT NULL,
                      created_at timestamptz NOT NULL DEFAULT now())', t);
    EXECUTE format('CREATE TABLE tenant_%s.campaigns (id serial PRIMARY KEY, account_id int NOT NULL, name text,
                      created_at timestamptz NOT NULL DEFAULT now())', t);
    EXECUTE format('CREATE TABLE tenant_%s.whatsapp_logs (id bigserial PRIMARY KEY, campaign_id int NOT NULL, phone text,
                      status text NOT NULL, sent_at timestamptz NOT NULL DEFAULT now())', t);
    EXECUTE format('CREATE TABLE tenant_%s.activity_log (id bigserial PRIMARY KEY, customer_id int, action text, payload jsonb,
                      created_at timestamptz NOT NULL DEFAULT now())', t);
    EXECUTE format('INSERT INTO tenant_%s.customers (account_id, name, deleted_at)
                      SELECT (g - 1) %% 200 + 1, ''Customer '' || g, CASE WHEN g %% 20 = 0 THEN now() END
                      FROM generate_series(1, 2000) g', t);
    EXECUTE format('INSERT INTO tenant_%s.tickets (customer_id, status, created_at)
                      SELECT (g - 1) %% 2000 + 1, (ARRAY[''nova'',''andamento'',''fechado'',''fechado'',''fechado''])[g %% 5 + 1],
                             now() - (g || '' minutes'')::interval FROM generate_series(1, 10000) g', t);
    EXECUTE format('INSERT INTO tenant_%s.campaigns (account_id, name) SELECT (g - 1) %% 200 + 1, ''Campaign '' || g
                      FROM generate_series(1, 1000) g', t);
    EXECUTE format('INSERT INTO tenant_%s.whatsapp_logs (campaign_id, phone, status, sent_at)
                      SELECT (g - 1) %% 1000 + 1, ''+5511'' || (900000000 + g %% 7919), (ARRAY[''sent'',''delivered'',''read''])[g %% 3 + 1],
                             now() - (g || '' seconds'')::interval FROM generate_series(1, 50000) g', t);
    EXECUTE format('INSERT INTO tenant_%s.activity_log (customer_id, action, payload, created_at)
                      SELECT (g - 1) %% 2000 + 1, ''view'', ''{"page":"dashboard"}'', now() - (g || '' minutes'')::interval
                      FROM generate_series(1, 50000) g', t);
    EXECUTE format('CREATE TABLE tenant_%s.outbox (id bigserial PRIMARY KEY, campaign_id int NOT NULL, phone text NOT NULL,
                      status text NOT NULL, queued_at timestamptz NOT NULL DEFAULT now())', t);
    EXECUTE format('INSERT INTO tenant_%s.outbox (campaign_id, phone, status, queued_at)
                      SELECT (g - 1) %% 1000 + 1, ''+5511'' || (900000000 + g %% 2000 + 1), ''sent'', now() - (g || '' minutes'')::interval
                      FROM generate_series(1, 20000) g', t);
    EXECUTE format('CREATE TABLE tenant_%s.contacts (id int PRIMARY KEY, phone text NOT NULL, name text)', t);
    EXECUTE format('INSERT INTO tenant_%s.contacts SELECT g, ''+5511'' || (900000000 + g), ''Contact '' || g
                      FROM generate_series(1, 2000) g', t);
    IF t <= 2 THEN
      -- Only the first tenants got the locations migration (seed 000: 42P01 in other tenants).
      EXECUTE format('CREATE TABLE tenant_%s.locations (id serial PRIMARY KEY, customer_id int, city text)', t);
    END IF;
  END LOOP;
END $$;
-- The application's roles: the web app, the background jobs, the back office.
CREATE ROLE app LOGIN;
CREATE ROLE worker LOGIN;
CREATE ROLE admin LOGIN;
-- The CRM's API: a pool whose connections start in the first tenant's schema
-- (its pool's default) and switch tenant per request.
CREATE ROLE crm LOGIN;
ALTER ROLE crm SET search_path = tenant_1, public;
-- The resellers' API: each reseller logs in with a role of its own.
CREATE ROLE revenda_norte LOGIN;
CREATE ROLE revenda_sul LOGIN;
CREATE ROLE revenda_oeste LOGIN;
DO $$
DECLARE s text;
BEGIN
  FOR s IN SELECT nspname FROM pg_namespace WHERE nspname = 'public' OR nspname LIKE 'tenant\_%' LOOP
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO app, worker, admin, crm, revenda_norte, revenda_sul, revenda_oeste', s);
    EXECUTE format('GRANT ALL ON ALL TABLES IN SCHEMA %I TO app, worker, admin, crm, revenda_norte, revenda_sul, revenda_oeste', s);
    EXECUTE format('GRANT ALL ON ALL SEQUENCES IN SCHEMA %I TO app, worker, admin, crm, revenda_norte, revenda_sul, revenda_oeste', s);
  END LOOP;
END $$;
-- As after a night's autovacuum: visibility maps set, statistics fresh.
VACUUM ANALYZE;
