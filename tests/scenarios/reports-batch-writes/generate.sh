#!/usr/bin/env bash
# Finance back office: a monthly report run month by month (12 aggregates in a
# session), a cursor export fetched 1000 rows at a time, a purge deleting 50 ids
# per statement, and a POS importer inserting its 300 lines one per statement.
source "$(dirname "$0")/../lib.sh"
scenario_start

quiet_psql <<'SQL'
CREATE TABLE lojas (
  id      integer PRIMARY KEY,
  nome    text NOT NULL,
  cidade  text NOT NULL,
  uf      char(2) NOT NULL,
  ativa   boolean NOT NULL DEFAULT true
);

CREATE TABLE vendas (
  id              bigserial PRIMARY KEY,
  loja_id         integer NOT NULL REFERENCES lojas (id),
  sale_date       date NOT NULL,
  valor           numeric(12,2) NOT NULL,
  forma_pagamento text NOT NULL,
  nsu             text,
  created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX vendas_sale_date_idx ON vendas (sale_date);
CREATE INDEX vendas_loja_id_sale_date_idx ON vendas (loja_id, sale_date);

CREATE TABLE lotes_importacao (
  id            integer PRIMARY KEY,
  loja_id       integer NOT NULL REFERENCES lojas (id),
  arquivo       text NOT NULL,
  total_linhas  integer NOT NULL,
  status        text NOT NULL DEFAULT 'pendente',
  recebido_em   timestamptz NOT NULL DEFAULT now(),
  importado_em  timestamptz
);
CREATE INDEX lotes_importacao_loja_id_idx ON lotes_importacao (loja_id);

CREATE TABLE vendas_staging (
  id              bigserial PRIMARY KEY,
  lote_id         integer NOT NULL REFERENCES lotes_importacao (id),
  linha           integer NOT NULL,
  sale_date       date NOT NULL,
  valor           numeric(12,2) NOT NULL,
  forma_pagamento text NOT NULL,
  nsu             text,
  importado_em    timestamptz NOT NULL DEFAULT now(),
  consolidado     boolean NOT NULL DEFAULT false
);
CREATE INDEX vendas_staging_lote_id_idx ON vendas_staging (lote_id);

SELECT setseed(0.42) AS seed \gset
INSERT INTO lojas (id, nome, cidade, uf)
SELECT g, 'Loja ' || c || ' ' || lpad(g::text, 3, '0'), c, u
FROM generate_series(1, 120) g,
     LATERAL (SELECT (ARRAY['Sao Paulo','Campinas','Curitiba','Belo Horizonte','Porto Alegre','Recife','Salvador','Goiania'])[1 + g % 8] AS c,
                     (ARRAY['SP','SP','PR','MG','RS','PE','BA','GO'])[1 + g % 8] AS u) x;

-- ~1M sales over 2024-2025 (about 1370 a day).
INSERT INTO vendas (loja_id, sale_date, valor, forma_pagamento, nsu, created_at)
SELECT 1 + (g::bigint * 7919) % 120, d,
       round((8 + random() * 400)::numeric, 2),
       (ARRAY['credito','debito','pix','dinheiro','voucher'])[1 + (g % 5)],
       lpad((g::bigint * 31)::text, 12, '0'),
       d + interval '9 hours' + (g % 43200) * interval '1 second'
FROM generate_series(1, 1000000) g,
     LATERAL (SELECT date '2024-01-01' + (g::bigint * 731 / 1000001)::int AS d) x;

-- 600 old batches of 50 lines, consolidated; 3 pending ones arrive today.
INSERT INTO lotes_importacao (id, loja_id, arquivo, total_linhas, status, recebido_em, importado_em)
SELECT g, 1 + g % 120, 'pdv_' || lpad((1 + g % 120)::text, 3, '0') || '_' || g || '.csv', 50, 'consolidado',
       now() - (600 - g) * interval '3 hours' - interval '1 day', now() - (600 - g) * interval '3 hours' - interval '1 day'
FROM generate_series(1, 600) g;
INSERT INTO lotes_importacao (id, loja_id, arquivo, total_linhas, status, recebido_em)
VALUES (601, 17, 'pdv_017_601.csv', 300, 'pendente', now() - interval '5 minutes'),
       (602, 42, 'pdv_042_602.csv', 300, 'pendente', now() - interval '4 minutes'),
       (603, 88, 'pdv_088_603.csv', 300, 'pendente', now() - interval '3 minutes');
INSERT INTO vendas_staging (lote_id, linha, sale_date, valor, forma_pagamento, nsu, importado_em, consolidado)
SELECT l.id, n, (l.recebido_em)::date, round((8 + random() * 400)::numeric, 2),
       (ARRAY['credito','debito','pix','dinheiro','voucher'])[1 + (n % 5)],
       lpad((l.id * 1000 + n)::text, 12, '0'), l.importado_em, true
FROM lotes_importacao l, generate_series(1, 50) n
WHERE l.status = 'consolidado'
ORDER BY l.id, n;
SQL
quiet_psql -c "VACUUM ANALYZE" -c "SELECT pg_stat_reset()" >/dev/null

w=$tmp/work
mkdir -p "$w"

# Monthly report (JDBC, extended protocol): store list, then the same
# aggregate for each month of the year, one after the other.
{
  echo "SELECT id, nome, cidade, uf FROM lojas WHERE ativa ORDER BY nome;"
  for m in 01 02 03 04 05 06 07 08 09 10 11 12; do
    n=$(printf '%02d' $((10#$m + 1)))
    echo "SELECT loja_id, sum(valor), count(*) FROM vendas WHERE sale_date >= :m$m AND sale_date < :m$n GROUP BY loja_id;"
    echo "\\sleep 300 ms"
  done
} > "$w/relatorio.sql"
relatorio() {
  local y=$1 defs=()
  for m in $(seq 1 12); do defs+=(-D "m$(printf '%02d' "$m")=$y-$(printf '%02d' "$m")-01"); done
  defs+=(-D "m13=$((y + 1))-01-01")
  PGAPPNAME=relatorio-mensal $PGBENCH -n -c 1 -j 1 -t 1 -M extended "${defs[@]}" -f "$w/relatorio.sql" >/dev/null
}

# Back-office screens: the last sales of one store.
cat > "$w/retaguarda.sql" <<'SQL'
\set loja random(1, 120)
\set pausa random(200, 600)
SELECT nome, cidade, uf FROM lojas WHERE id = :loja;
SELECT id, sale_date, valor, forma_pagamento, nsu FROM vendas WHERE loja_id = :loja ORDER BY sale_date DESC LIMIT 50;
\sleep :pausa ms
SQL

# Accountant's export (psycopg2 named cursor), 1000 rows per FETCH.
exportador() {
  python3 - <<'PY' | PGAPPNAME=exportador-contabil psql -X -q >/dev/null
import time
print("BEGIN;")
print('DECLARE "exportacao_vendas" CURSOR WITHOUT HOLD FOR SELECT v.id, v.sale_date, v.loja_id, l.nome, v.valor, '
      "v.forma_pagamento, v.nsu FROM vendas v JOIN lojas l ON l.id = v.loja_id "
      "WHERE v.sale_date >= '2025-11-01' AND v.sale_date < '2025-12-01' ORDER BY v.id;", flush=True)
for i in range(43):
    print('FETCH FORWARD 1000 FROM "exportacao_vendas";', flush=True)
    time.sleep(0.25)
print('CLOSE "exportacao_vendas";')
print("COMMIT;", flush=True)
PY
}

# Staging purge: old consolidated rows, 50 ids per DELETE, a pause between.
limpeza() {
  python3 - <<'PY' | PGAPPNAME=limpeza-staging psql -X -q >/dev/null
import time
print("SELECT id FROM vendas_staging WHERE consolidado AND importado_em < now() - interval '60 days' "
      "ORDER BY id LIMIT 1000;", flush=True)
for b in range(20):
    ids = ", ".join(str(i) for i in range(1 + b * 50, 51 + b * 50))
    print(f"DELETE FROM vendas_staging WHERE id IN ({ids});", flush=True)
    time.sleep(0.5)
PY
}

# POS importer (psycopg2, literals): header, then one INSERT per file line.
importador() {
  python3 - <<'PY' | PGAPPNAME=importador-pdv psql -X -q >/dev/null
import random, time
rnd = random.Random(7)
formas = ['credito', 'debito', 'pix', 'dinheiro', 'voucher']
for lote in (601, 602, 603):
    print("BEGIN;")
    print("SELECT id, loja_id, arquivo, total_linhas FROM lotes_importacao "
          "WHERE status = 'pendente' ORDER BY recebido_em LIMIT 1 FOR UPDATE;", flush=True)
    time.sleep(0.05)
    for n in range(1, 301):
        valor = round(rnd.uniform(8, 400), 2)
        print("INSERT INTO vendas_staging (lote_id, linha, sale_date, valor, forma_pagamento, nsu) "
              f"VALUES ({lote}, {n}, '2025-12-02', {valor:.2f}, '{rnd.choice(formas)}', "
              f"'{rnd.randint(10**11, 10**12 - 1)}');", flush=True)
        time.sleep(rnd.uniform(0.001, 0.004))
    print(f"UPDATE lotes_importacao SET status = 'importado', importado_em = now() WHERE id = {lote};")
    print("COMMIT;", flush=True)
    time.sleep(14)
PY
}

scenario_mark

PGAPPNAME=retaguarda-web $PGBENCH -n -c 2 -j 2 -t 110 -M extended -f "$w/retaguarda.sql" >/dev/null &
sleep 1; relatorio 2024 &
sleep 3; importador &
sleep 4; exportador &
sleep 14; limpeza &
sleep 8; relatorio 2025 &
wait

scenario_capture
