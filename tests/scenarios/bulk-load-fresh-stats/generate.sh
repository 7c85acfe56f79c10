#!/usr/bin/env bash
# Nightly catalog load captured in the log (migration, COPY, INSERT ... SELECT,
# CREATE INDEX, ANALYZE), then a minute of storefront traffic; statistics are
# NOT reset, so the export right after mostly counts the load.
source "$(dirname "$0")/../lib.sh"
scenario_start "session_preload_libraries = 'auto_explain'
auto_explain.log_min_duration = '50ms'
auto_explain.log_analyze = on"

quiet_psql <<'SQL'
CREATE TABLE categorias (
  id       integer PRIMARY KEY,
  nome     text NOT NULL,
  pai_id   integer REFERENCES categorias (id)
);
CREATE INDEX categorias_pai_id_idx ON categorias (pai_id);
INSERT INTO categorias (id, nome, pai_id)
SELECT g, (ARRAY['Cozinha','Banho','Cama','Decoracao','Jardim','Ferramentas','Iluminacao','Moveis','Limpeza','Organizacao'])[1 + g % 10]
          || ' ' || g, CASE WHEN g > 10 THEN 1 + g % 10 END
FROM generate_series(1, 500) g;
VACUUM ANALYZE categorias;
SQL

w=$tmp/work
mkdir -p "$w"

# The ERP file: 500k products (csv), deterministic.
python3 - > "$w/produtos.csv" <<'PY'
import random
rnd = random.Random(42)
tipos = ['Panela', 'Jogo de Toalhas', 'Lencol', 'Luminaria', 'Vaso', 'Furadeira', 'Cadeira', 'Organizador',
         'Tapete', 'Cortina', 'Faqueiro', 'Edredom', 'Prateleira', 'Mangueira', 'Espelho']
marcas = ['Tramontina', 'Karsten', 'Santista', 'Buddemeyer', 'Bosch', 'Tok', 'Oxford', 'Brinox', 'Coza', 'Ordene']
for i in range(1, 500001):
    t, m = tipos[i % 15], marcas[(i // 15) % 10]
    print(f"{i},{7890000000000 + i},{t} {m} {rnd.randint(100, 9999)},{1 + (i * 37) % 500},{m},"
          f"{rnd.uniform(9.9, 2500):.2f},{'t' if i % 50 else 'f'}")
PY

cat > "$w/produto.sql" <<'SQL'
\set sku 7890000000000 + random(1, 500000)
\set pausa random(20, 100)
SELECT id, sku, nome, categoria_id, marca, preco FROM produtos WHERE sku = :sku \gset p_
SELECT deposito_id, quantidade FROM estoque WHERE produto_id = :p_id;
\sleep :pausa ms
SQL
cat > "$w/categoria.sql" <<'SQL'
\set cat random(1, 500)
\set pausa random(20, 100)
SELECT id, sku, nome, preco FROM produtos WHERE categoria_id = :cat AND ativo ORDER BY nome LIMIT 24;
\sleep :pausa ms
SQL
cat > "$w/abaixo_minimo.sql" <<'SQL'
\set dep random(1, 40)
\set pausa random(20, 100)
SELECT produto_id, quantidade, estoque_minimo FROM estoque WHERE deposito_id = :dep AND quantidade < estoque_minimo ORDER BY quantidade LIMIT 100;
\sleep :pausa ms
SQL

scenario_mark

# The night job: migration, load, indexes, constraint, ANALYZE (one session).
{
  cat <<'SQL'
CREATE TABLE produtos (
  id            bigint PRIMARY KEY,
  sku           text NOT NULL,
  nome          text NOT NULL,
  categoria_id  integer NOT NULL,
  marca         text NOT NULL,
  preco         numeric(10,2) NOT NULL,
  ativo         boolean NOT NULL DEFAULT true,
  atualizado_em timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE estoque (
  id             bigserial PRIMARY KEY,
  produto_id     bigint NOT NULL,
  deposito_id    integer NOT NULL,
  quantidade     integer NOT NULL,
  estoque_minimo integer NOT NULL,
  atualizado_em  timestamptz NOT NULL DEFAULT now()
);
COPY produtos (id, sku, nome, categoria_id, marca, preco, ativo) FROM STDIN WITH (FORMAT csv);
SQL
  cat "$w/produtos.csv"
  cat <<'SQL'
\.
INSERT INTO estoque (produto_id, deposito_id, quantidade, estoque_minimo)
SELECT 1 + (g - 1) / 2, 1 + ((g - 1) / 2 * 13 + ((g - 1) % 2) * 20) % 40, abs(hashint4(g)) % 200, 5 + abs(hashint4(g + 7)) % 10
FROM generate_series(1, 1000000) g;
CREATE UNIQUE INDEX produtos_sku_key ON produtos (sku);
CREATE INDEX produtos_categoria_id_idx ON produtos (categoria_id);
CREATE INDEX produtos_marca_idx ON produtos (marca);
CREATE INDEX estoque_produto_id_idx ON estoque (produto_id);
ALTER TABLE produtos ADD CONSTRAINT produtos_categoria_id_fkey FOREIGN KEY (categoria_id) REFERENCES categorias (id);
ALTER TABLE estoque ADD CONSTRAINT estoque_produto_id_fkey FOREIGN KEY (produto_id) REFERENCES produtos (id);
ANALYZE produtos;
ANALYZE estoque;
SQL
} | PGAPPNAME=carga-catalogo psql -X -q -v ON_ERROR_STOP=1

sleep 2
PGAPPNAME=catalogo-api $PGBENCH -n -c 3 -j 2 -t 450 -M extended \
  -f "$w/produto.sql@80" -f "$w/categoria.sql@4" -f "$w/abaixo_minimo.sql@16" >/dev/null

scenario_capture
