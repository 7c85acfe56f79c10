#!/usr/bin/env bash
# One database, one login role per tenant (field reports 002/004): a fleet-
# management SaaS whose tables are shared and isolated by row-level security
# on cliente = current_user. Each customer's API container connects with its
# own role. Transportes Bandeirantes' ERP sync opens a transaction, claims a
# finished trip, calls the ERP over HTTP for a few seconds while the
# transaction sits idle, then marks the trip and commits. Cerrado Grãos runs a
# mileage report now and then (window functions over two weeks of GPS points,
# seconds each). The other tenants are normal.
source "$(dirname "$0")/../lib.sh"
scenario_start "random_page_cost = 1.1"

# role veiculos pontos-gps-por-dia api-rate(req/s) api-pool
tenants=(
  "frota_andrade 300 40 11 6"
  "frota_bandeirantes 160 40 6 3"
  "frota_cerrado 120 900 4 2"
  "frota_delta 180 40 6 4"
  "frota_estrela 110 40 5 3"
)

quiet_psql -c "CREATE DATABASE frota"
{
  cat <<'SQL'
CREATE TABLE veiculos (
  id          serial PRIMARY KEY,
  cliente     name NOT NULL DEFAULT current_user,
  placa       text NOT NULL,
  modelo      text NOT NULL,
  ano         smallint NOT NULL,
  hodometro   integer NOT NULL DEFAULT 0,
  ativo       boolean NOT NULL DEFAULT true,
  UNIQUE (cliente, placa)
);
CREATE TABLE motoristas (
  id          serial PRIMARY KEY,
  cliente     name NOT NULL DEFAULT current_user,
  nome        text NOT NULL,
  cnh         text NOT NULL,
  ativo       boolean NOT NULL DEFAULT true,
  UNIQUE (cliente, cnh)
);
CREATE TABLE viagens (
  id              bigserial PRIMARY KEY,
  cliente         name NOT NULL DEFAULT current_user,
  veiculo_id      integer NOT NULL REFERENCES veiculos (id),
  motorista_id    integer NOT NULL REFERENCES motoristas (id),
  origem          text NOT NULL,
  destino         text NOT NULL,
  inicio          timestamptz NOT NULL,
  fim             timestamptz,
  km              numeric(8,1),
  status          text NOT NULL DEFAULT 'em_andamento',
  sincronizada_em timestamptz
);
CREATE INDEX viagens_veiculo_inicio_idx ON viagens (veiculo_id, inicio);
CREATE INDEX viagens_motorista_idx ON viagens (motorista_id);
CREATE INDEX viagens_pendentes_erp_idx ON viagens (cliente, fim) WHERE status = 'concluida' AND sincronizada_em IS NULL;
CREATE TABLE abastecimentos (
  id          bigserial PRIMARY KEY,
  cliente     name NOT NULL DEFAULT current_user,
  veiculo_id  integer NOT NULL REFERENCES veiculos (id),
  quando      timestamptz NOT NULL DEFAULT now(),
  litros      numeric(6,2) NOT NULL,
  valor       numeric(8,2) NOT NULL,
  hodometro   integer NOT NULL,
  posto       text
);
CREATE INDEX abastecimentos_veiculo_quando_idx ON abastecimentos (veiculo_id, quando);
CREATE TABLE posicoes (
  id            bigserial PRIMARY KEY,
  cliente       name NOT NULL DEFAULT current_user,
  veiculo_id    integer NOT NULL,
  registrado_em timestamptz NOT NULL,
  lat           double precision NOT NULL,
  lon           double precision NOT NULL,
  velocidade    smallint NOT NULL
);
CREATE INDEX posicoes_veiculo_registrado_idx ON posicoes (veiculo_id, registrado_em);
SQL
  for t in "${tenants[@]}"; do
    read -r role nv ppd rate pool <<<"$t"
    cat <<SQL
CREATE ROLE $role LOGIN;
INSERT INTO veiculos (cliente, placa, modelo, ano, hodometro)
SELECT '$role', upper(substr(md5('$role' || g), 1, 3)) || '-' || (1000 + g),
       (ARRAY['VW Delivery 11.180','Mercedes Accelo 1016','Scania R450','Volvo FH 540','Fiat Ducato','Iveco Daily'])[1 + g % 6],
       2014 + g % 11, 40000 + g * 937 % 400000
FROM generate_series(1, $nv) g;
INSERT INTO motoristas (cliente, nome, cnh)
SELECT '$role', (ARRAY['Adão','Benedito','Cícero','Damião','Edson','Francisco','Gilmar','Hélio'])[1 + g % 8] || ' ' || g, lpad((g * 7919 + length('$role'))::text, 11, '0')
FROM generate_series(1, $nv + $nv / 5) g;
-- a year of trips, about one a day per vehicle
INSERT INTO viagens (cliente, veiculo_id, motorista_id, origem, destino, inicio, fim, km, status, sincronizada_em)
SELECT '$role', v.id, m0 + (v.id * 7 + d) % ($nv + $nv / 5),
       (ARRAY['Goiânia','Anápolis','Rio Verde','Uberlândia','Brasília','Campinas'])[1 + (v.id + d) % 6],
       (ARRAY['Santos','Paranaguá','São Paulo','Cuiabá','Belo Horizonte','Rondonópolis'])[1 + (v.id * d) % 6],
       now() - d * interval '1 day' - (v.id % 10) * interval '1 hour',
       now() - d * interval '1 day' + (4 + v.id % 6) * interval '1 hour',
       50 + (v.id * 31 + d * 7) % 900,
       CASE WHEN d = 0 THEN 'em_andamento' ELSE 'concluida' END,
       CASE WHEN d > 2 THEN now() - d * interval '1 day' + interval '12 hours' END
FROM veiculos v, generate_series(0, 330) d, (SELECT min(id) AS m0 FROM motoristas WHERE cliente = '$role') mm
WHERE v.cliente = '$role' AND (v.id + d) % 7 <> 0;
INSERT INTO abastecimentos (cliente, veiculo_id, quando, litros, valor, hodometro, posto)
SELECT '$role', v.id, now() - d * interval '3 days', 80 + (v.id + d) % 220, (80 + (v.id + d) % 220) * 5.89,
       v.hodometro - d * 600, (ARRAY['Posto Trevo','Graal','Petrobras BR-153','Ipiranga Anel Viário'])[1 + d % 4]
FROM veiculos v, generate_series(1, 110) d WHERE v.cliente = '$role';
-- the last two weeks of GPS points
INSERT INTO posicoes (cliente, veiculo_id, registrado_em, lat, lon, velocidade)
SELECT '$role', v.id, now() - interval '14 days' + k * (interval '14 days' / (14 * $ppd)),
       -16.68 + sin(k / 50.0 + v.id) * 2, -49.25 + cos(k / 70.0 + v.id) * 3, (k * 7 + v.id) % 110
FROM veiculos v, generate_series(1, 14 * $ppd) k WHERE v.cliente = '$role';
SQL
  done
  cat <<'SQL'
ALTER TABLE veiculos ENABLE ROW LEVEL SECURITY;
ALTER TABLE motoristas ENABLE ROW LEVEL SECURITY;
ALTER TABLE viagens ENABLE ROW LEVEL SECURITY;
ALTER TABLE abastecimentos ENABLE ROW LEVEL SECURITY;
ALTER TABLE posicoes ENABLE ROW LEVEL SECURITY;
CREATE POLICY por_cliente ON veiculos USING (cliente = current_user);
CREATE POLICY por_cliente ON motoristas USING (cliente = current_user);
CREATE POLICY por_cliente ON viagens USING (cliente = current_user);
CREATE POLICY por_cliente ON abastecimentos USING (cliente = current_user);
CREATE POLICY por_cliente ON posicoes USING (cliente = current_user);
SQL
  for t in "${tenants[@]}"; do
    read -r role nv ppd rate pool <<<"$t"
    echo "GRANT SELECT, INSERT, UPDATE ON ALL TABLES IN SCHEMA public TO $role;"
    echo "GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO $role;"
  done
} | quiet_psql -d frota >/dev/null
quiet_psql -d frota -c "VACUUM ANALYZE" -c "SELECT pg_stat_reset()" >/dev/null

# frota-api: the same API image for every customer, one container per
# customer connecting with the customer's role (Node, node-postgres pool,
# extended protocol). Vehicle and driver ids are the customer's own.
v0=1 m0=1
for t in "${tenants[@]}"; do
  read -r role nv ppd rate pool <<<"$t"
  v1=$((v0 + nv - 1)) m1=$((m0 + nv + nv / 5 - 1))
  cat > "$tmp/api_$role.sql" <<SQL
\\set r random(1, 100)
\\set v random($v0, $v1)
\\if :r <= 30
\\set pag random(0, $(( (nv - 1) / 50 )))
SELECT id, placa, modelo, ano, hodometro FROM veiculos WHERE ativo ORDER BY placa LIMIT 50 OFFSET :pag * 50;
\\elif :r <= 50
SELECT registrado_em, lat, lon, velocidade FROM posicoes WHERE veiculo_id = :v ORDER BY registrado_em DESC LIMIT 1;
\\elif :r <= 70
SELECT vi.id, vi.origem, vi.destino, vi.inicio, vi.fim, vi.km, vi.status, m.nome AS motorista FROM viagens vi JOIN motoristas m ON m.id = vi.motorista_id WHERE vi.veiculo_id = :v ORDER BY vi.inicio DESC LIMIT 20;
\\elif :r <= 85
\\set vel random(0, 100)
INSERT INTO posicoes (veiculo_id, registrado_em, lat, lon, velocidade) VALUES (:v, now() - interval '4 minutes', -16.7, -49.3, :vel), (:v, now() - interval '3 minutes', -16.7, -49.3, :vel), (:v, now() - interval '2 minutes', -16.7, -49.3, :vel), (:v, now() - interval '1 minute', -16.7, -49.3, :vel);
\\elif :r <= 95
\\set litros random(60, 300)
BEGIN;
INSERT INTO abastecimentos (veiculo_id, litros, valor, hodometro, posto) VALUES (:v, :litros, :litros * 5.89, 0, 'Posto Trevo') RETURNING id;
UPDATE veiculos SET hodometro = hodometro + 350 WHERE id = :v RETURNING hodometro;
COMMIT;
\\else
SELECT sum(litros) AS litros, sum(valor) AS gasto, count(*) AS abastecimentos FROM abastecimentos WHERE veiculo_id = :v AND quando >= now() - interval '90 days';
\\endif
SQL
  v0=$((v1 + 1)) m0=$((m1 + 1))
done

# Bandeirantes' ERP sync (two workers): claims the oldest finished trip not
# yet sent, posts it to the ERP's HTTP API while the transaction stays open
# (1.5 to 7.5 s, the ERP is slow), marks it sent and commits.
cat > "$tmp/erp_sync.sql" <<'SQL'
\set pausa random(1500, 7500)
BEGIN;
SELECT id, veiculo_id, motorista_id, origem, destino, inicio, fim, km FROM viagens WHERE status = 'concluida' AND sincronizada_em IS NULL ORDER BY fim LIMIT 1 FOR UPDATE SKIP LOCKED \gset t_
\sleep :pausa ms
UPDATE viagens SET sincronizada_em = now() WHERE id = :t_id;
COMMIT;
\sleep 800 ms
SQL

# Cerrado's mileage and consumption report: each vehicle's km per day from two
# weeks of GPS points, with its fuel; opened by their fleet manager a few times.
cat > "$tmp/relatorio.sql" <<'SQL'
WITH p AS (
  SELECT veiculo_id, registrado_em, lat, lon, velocidade,
         lag(lat) OVER w AS lat0, lag(lon) OVER w AS lon0, lag(registrado_em) OVER w AS t0
  FROM posicoes
  WHERE registrado_em >= now() - interval '14 days'
  WINDOW w AS (PARTITION BY veiculo_id ORDER BY registrado_em)
), dia AS (
  SELECT veiculo_id, date_trunc('day', registrado_em) AS dia,
         sum(111.045 * sqrt(power(lat - lat0, 2) + power((lon - lon0) * cos(radians(lat)), 2))) AS km,
         max(velocidade) AS vel_max,
         count(*) FILTER (WHERE velocidade > 90) AS excessos,
         sum(extract(epoch FROM registrado_em - t0)) FILTER (WHERE velocidade > 5) / 3600 AS horas_rodando
  FROM p GROUP BY 1, 2
)
SELECT v.placa, v.modelo, d.dia, round(d.km::numeric, 1) AS km, d.vel_max, d.excessos,
       round(d.horas_rodando::numeric, 1) AS horas_rodando,
       round((sum(a.litros) / nullif(d.km, 0) * 100)::numeric, 1) AS litros_100km
FROM dia d
JOIN veiculos v ON v.id = d.veiculo_id
LEFT JOIN abastecimentos a ON a.veiculo_id = d.veiculo_id AND a.quando >= d.dia AND a.quando < d.dia + interval '1 day'
GROUP BY v.placa, v.modelo, d.dia, d.km, d.vel_max, d.excessos, d.horas_rodando
ORDER BY v.placa, d.dia;
SQL

scenario_mark
pids=()
for t in "${tenants[@]}"; do
  read -r role nv ppd rate pool <<<"$t"
  PGAPPNAME=frota-api $PGBENCH -n -c "$pool" -j 1 -M extended -R "$rate" -T 120 \
    -U "$role" -f "$tmp/api_$role.sql" frota >/dev/null &
  pids+=($!)
done
PGAPPNAME=erp-sync $PGBENCH -n -c 2 -j 1 -M extended -T 118 -U frota_bandeirantes -f "$tmp/erp_sync.sql" frota >/dev/null &
pids+=($!)
# the report runs in Cerrado's API container (its own small pool of one)
{
  sleep 12
  for i in 1 2 3 4 5; do
    cat "$tmp/relatorio.sql"
    sleep $(( 18 + RANDOM % 8 ))
  done
} | PGAPPNAME=frota-relatorios psql -X -q -U frota_cerrado -d frota >/dev/null &
pids+=($!)
for p in "${pids[@]}"; do wait "$p"; done
scenario_capture frota
