#!/usr/bin/env bash
# SaaS de pedidos com um schema por cliente (cliente_acme, cliente_beta,
# cliente_gama, cliente_delta, idênticos): cada requisição no pool começa com
# SET search_path TO cliente_x, public e roda consultas sem schema; a tela de
# pedidos carrega os itens de cada pedido um a um, sem índice nem FK.
source "$(dirname "$0")/../lib.sh"
scenario_start

tenants="acme:1:60:30000 beta:2:25:12000 gama:3:40:20000 delta:4:12:5000"

{
  cat <<'SQL'
-- O cadastro de clientes do SaaS fica em public; os dados de cada um no seu schema.
CREATE TABLE tenants (
  id          smallint PRIMARY KEY,
  nome        text NOT NULL,
  schema_nome text NOT NULL UNIQUE,
  plano       text NOT NULL,
  ativo       boolean NOT NULL DEFAULT true,
  criado_em   timestamptz NOT NULL DEFAULT now()
);
INSERT INTO tenants (id, nome, schema_nome, plano) VALUES
  (1, 'Acme Distribuidora Ltda', 'cliente_acme', 'enterprise'),
  (2, 'Beta Comércio de Alimentos', 'cliente_beta', 'pro'),
  (3, 'Gama Materiais Elétricos', 'cliente_gama', 'pro'),
  (4, 'Delta Papelaria', 'cliente_delta', 'basico');
SQL
  for t in $tenants; do
    IFS=: read -r nome tid nu np <<<"$t"
    s=cliente_$nome
    cat <<SQL
CREATE SCHEMA $s;
CREATE TABLE $s.usuarios (
  id         serial PRIMARY KEY,
  email      text NOT NULL UNIQUE,
  nome       text NOT NULL,
  papel      text NOT NULL DEFAULT 'vendedor',
  ativo      boolean NOT NULL DEFAULT true,
  criado_em  timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE $s.pedidos (
  id         bigserial PRIMARY KEY,
  status     text NOT NULL DEFAULT 'aberto',
  total      numeric(12,2) NOT NULL DEFAULT 0,
  criado_em  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX pedidos_criado_em_idx ON $s.pedidos (criado_em);
CREATE TABLE $s.itens (
  id         bigserial PRIMARY KEY,
  pedido_id  bigint NOT NULL,
  sku        text NOT NULL,
  qtd        integer NOT NULL,
  preco      numeric(10,2) NOT NULL
);
INSERT INTO $s.usuarios (email, nome, papel)
SELECT 'usuario' || g || '@$nome.com.br', (ARRAY['Ana','Bruno','Carla','Diego','Elaine','Fábio','Gisele','Hugo'])[1 + g % 8] || ' ' || g,
       CASE WHEN g <= 2 THEN 'admin' ELSE 'vendedor' END
FROM generate_series(1, $nu) g;
-- Pedidos em ordem de criação nos últimos dois anos: os ids seguem as datas.
INSERT INTO $s.pedidos (status, total, criado_em)
SELECT (ARRAY['faturado','faturado','entregue','entregue','entregue','cancelado','aberto'])[1 + (g * 7) % 7],
       50 + (g * 7919) % 20000 / 10.0,
       now() - interval '730 days' + g * (interval '730 days' / $np)
FROM generate_series(1, $np) g;
INSERT INTO $s.itens (pedido_id, sku, qtd, preco)
SELECT p.id, 'SKU-' || lpad(((p.id * 31 + i * 977) % 4000)::text, 5, '0'), 1 + (p.id + i) % 5, 5 + (p.id * 13 + i) % 900 / 10.0
FROM $s.pedidos p, LATERAL generate_series(1, 1 + (p.id * 7) % 5) i;
SQL
  done
} | quiet_psql >/dev/null
quiet_psql -c "VACUUM ANALYZE" -c "SELECT pg_stat_reset()" >/dev/null

w=$tmp/work
mkdir -p "$w"

# Uma requisição da API (Node.js, pool de 4 conexões, protocolo estendido):
# o middleware fixa o search_path do tenant do token, confere o tenant e o
# usuário; depois, 65% tela de pedidos (15 pedidos por página e os itens de
# cada um, uma consulta por pedido), 25% detalhe de um pedido, 10% pedido novo.
for t in $tenants; do
  IFS=: read -r nome tid nu np <<<"$t"
  {
    echo "\\set uid random(1, $nu)"
    echo '\set tipo random(1, 20)'
    echo '\set off 15 * random(0, 3)'
    echo "\\set pid random($((np - 2000)), $np)"
    echo "SET search_path TO cliente_$nome, public;"
    echo "SELECT id, nome, plano, ativo FROM tenants WHERE id = $tid;"
    echo 'SELECT id, nome, email, papel FROM usuarios WHERE id = :uid AND ativo;'
    echo '\if :tipo <= 13'
    echo 'SELECT id, status, total, criado_em FROM pedidos ORDER BY criado_em DESC LIMIT 15 OFFSET :off'
    echo '\aset p_'
    for k in $(seq 14 -1 0); do
      echo "\\set item_pid :p_id + $k"
      echo 'SELECT id, sku, qtd, preco FROM itens WHERE pedido_id = :item_pid;'
    done
    echo '\elif :tipo <= 18'
    echo 'SELECT id, status, total, criado_em FROM pedidos WHERE id = :pid;'
    echo 'SELECT id, sku, qtd, preco FROM itens WHERE pedido_id = :pid;'
    echo '\else'
    echo '\set q1 random(1, 5)'
    echo '\set q2 random(1, 5)'
    echo '\set s1 random(1, 3999)'
    echo '\set s2 random(1, 3999)'
    echo 'BEGIN;'
    echo "INSERT INTO pedidos (status, total, criado_em) VALUES ('aberto', :q1 * 19.9 + :q2 * 7.5, now()) RETURNING id"
    echo '\gset n_'
    echo "INSERT INTO itens (pedido_id, sku, qtd, preco) VALUES (:n_id, 'SKU-' || lpad(:s1::text, 5, '0'), :q1, 19.9), (:n_id, 'SKU-' || lpad(:s2::text, 5, '0'), :q2, 7.5);"
    echo 'COMMIT;'
    echo '\endif'
  } > "$w/api_$nome.sql"
done

scenario_mark

PGAPPNAME=pedidos-api $PGBENCH -n -c 4 -j 2 -t 250 -M extended \
  -f "$w/api_acme.sql@4" -f "$w/api_beta.sql@2" -f "$w/api_gama.sql@3" -f "$w/api_delta.sql@1" >/dev/null

scenario_capture
