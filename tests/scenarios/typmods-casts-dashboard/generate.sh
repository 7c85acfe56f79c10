#!/usr/bin/env bash
# Telemetry dashboard full of casts with type modifiers (numeric(10,2),
# varchar(20), timestamp(0), char(3)): a heavy aggregate Metabase re-runs ~40
# times with the same text on a table that barely changes, point lookups from
# the panel API, and a trickle of new readings.
source "$(dirname "$0")/../lib.sh"
scenario_start

quiet_psql <<'SQL'
CREATE TABLE clientes (
  id         integer PRIMARY KEY,
  nome       text NOT NULL,
  plano      text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE sensores (
  id         integer PRIMARY KEY,
  cliente_id integer NOT NULL REFERENCES clientes (id),
  nome       text NOT NULL,
  tipo       text NOT NULL
);
CREATE INDEX sensores_cliente_id_idx ON sensores (cliente_id);
CREATE TABLE metricas (
  id         bigserial PRIMARY KEY,
  sensor_id  integer NOT NULL REFERENCES sensores (id),
  cliente_id integer NOT NULL REFERENCES clientes (id),
  valor      double precision NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX metricas_sensor_id_created_at_idx ON metricas (sensor_id, created_at);
CREATE INDEX metricas_cliente_id_created_at_idx ON metricas (cliente_id, created_at);

SELECT setseed(0.42) AS seed \gset
INSERT INTO clientes (id, nome, plano, created_at)
SELECT g, (ARRAY['Metalurgica','Laticinios','Frigorifico','Usina','Ceramica','Textil','Moinho','Vidraria'])[1 + g % 8]
          || ' ' || (ARRAY['Sao Jorge','Boa Vista','Santa Clara','Ipiranga','Tres Rios','Vale Verde','Bom Jesus','Horizonte',
                          'Aurora','Serra Azul'])[1 + (g / 8) % 10] || ' Ltda ' || g,
       (ARRAY['basico','profissional','enterprise'])[1 + g % 3], now() - g * interval '3 days'
FROM generate_series(1, 200) g;
INSERT INTO sensores (id, cliente_id, nome, tipo)
SELECT g, 1 + g % 200, (ARRAY['temperatura','pressao','vazao','vibracao','umidade'])[1 + g % 5] || '-' || lpad(g::text, 4, '0'),
       (ARRAY['temperatura','pressao','vazao','vibracao','umidade'])[1 + g % 5]
FROM generate_series(1, 2000) g;
-- 500k readings over the last ~29 days.
INSERT INTO metricas (sensor_id, cliente_id, valor, created_at)
SELECT s, 1 + s % 200, 20 + 10 * sin(g / 500.0) + random() * 5, now() - (500000 - g) * interval '5 seconds'
FROM generate_series(1, 500000) g, LATERAL (SELECT 1 + g % 2000 AS s) x;
SQL
quiet_psql -c "VACUUM ANALYZE" -c "SELECT pg_stat_reset()" >/dev/null

w=$tmp/work
mkdir -p "$w"

# Metabase card (simple protocol, literal SQL), refreshed about every second.
cat > "$w/metabase.sql" <<'SQL'
SELECT c.nome::varchar(20) AS cliente, date_trunc('day', m.created_at)::timestamp(0) AS dia, avg(m.valor)::numeric(10,2) AS media, max(m.valor)::numeric(10,2) AS pico, CAST(stddev(m.valor) AS numeric(5,2)) AS desvio, count(*) AS leituras FROM metricas m JOIN clientes c ON c.id = m.cliente_id WHERE m.created_at >= now() - interval '30 days' GROUP BY 1, 2 ORDER BY 1, 2;
\sleep 700 ms
SQL

# Panel API (node-postgres, extended protocol): one sensor per request.
cat > "$w/painel.sql" <<'SQL'
\set sensor random(1, 2000)
\set pausa random(40, 140)
SELECT s.nome::varchar(40) AS sensor, m.valor::numeric(12,4) AS valor, m.created_at::timestamp(0) AS lido_em FROM metricas m JOIN sensores s ON s.id = m.sensor_id WHERE m.sensor_id = :sensor ORDER BY m.created_at DESC LIMIT 1;
SELECT count(*) AS leituras_24h, CAST(avg(valor) AS numeric(5,2)) AS media_24h, CAST(max(valor) AS numeric(5,2)) AS pico_24h FROM metricas WHERE sensor_id = :sensor AND created_at >= now() - interval '1 day';
SELECT c.id, c.nome::varchar(60) AS nome, c.plano::char(3) AS plano, 'BRL'::char(3) AS moeda FROM clientes c JOIN sensores s ON s.cliente_id = c.id WHERE s.id = :sensor;
\sleep :pausa ms
SQL

# Ingestion: a couple of readings a second.
cat > "$w/ingestao.sql" <<'SQL'
\set sensor random(1, 2000)
\set leitura random(1500, 3500)
INSERT INTO metricas (sensor_id, cliente_id, valor, created_at) SELECT id, cliente_id, :leitura / 100.0, now() FROM sensores WHERE id = :sensor;
\sleep 500 ms
SQL

scenario_mark

PGAPPNAME=Metabase $PGBENCH -n -c 1 -j 1 -t 40 -M simple -f "$w/metabase.sql" >/dev/null &
PGAPPNAME=painel-api $PGBENCH -n -c 2 -j 2 -t 450 -M extended -f "$w/painel.sql" >/dev/null &
PGAPPNAME=coletor-leituras $PGBENCH -n -c 1 -j 1 -t 110 -M prepared -f "$w/ingestao.sql" >/dev/null &
wait

scenario_capture
