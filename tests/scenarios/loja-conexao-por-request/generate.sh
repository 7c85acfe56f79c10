#!/usr/bin/env bash
# Loja virtual em PHP (PDO pgsql, sem conexões persistentes, prepares
# emulados: protocolo simples com literais): cada requisição abre uma conexão
# nova e o Database::boot() confere o schema loja em pg_namespace, três
# tabelas com to_regclass, a auditoria em pg_tables e ainda roda CREATE TABLE
# IF NOT EXISTS loja.auditoria antes do trabalho da página. O painel
# administrativo (Django, conexão persistente) usa o mesmo banco sem checagem.
source "$(dirname "$0")/../lib.sh"
scenario_start

auditoria_ddl="CREATE TABLE IF NOT EXISTS loja.auditoria (id bigserial PRIMARY KEY, evento varchar(40) NOT NULL, cliente_id integer, dados jsonb NOT NULL DEFAULT '{}', ip inet, criado_em timestamp NOT NULL DEFAULT now())"

quiet_psql >/dev/null <<SQL
CREATE SCHEMA loja;
CREATE TABLE loja.categorias (
  id    serial PRIMARY KEY,
  nome  varchar(80) NOT NULL,
  slug  varchar(80) NOT NULL UNIQUE
);
CREATE TABLE loja.produtos (
  id           serial PRIMARY KEY,
  sku          varchar(20) NOT NULL UNIQUE,
  nome         varchar(200) NOT NULL,
  categoria_id integer NOT NULL REFERENCES loja.categorias (id),
  preco        numeric(10,2) NOT NULL,
  estoque      integer NOT NULL DEFAULT 0,
  ativo        boolean NOT NULL DEFAULT true,
  criado_em    timestamp NOT NULL DEFAULT now()
);
CREATE INDEX produtos_categoria_id_nome_idx ON loja.produtos (categoria_id, nome);
CREATE TABLE loja.clientes (
  id         serial PRIMARY KEY,
  email      varchar(200) NOT NULL UNIQUE,
  nome       varchar(200) NOT NULL,
  senha_hash varchar(100) NOT NULL,
  criado_em  timestamp NOT NULL DEFAULT now()
);
CREATE TABLE loja.pedidos (
  id         serial PRIMARY KEY,
  cliente_id integer NOT NULL REFERENCES loja.clientes (id),
  status     varchar(30) NOT NULL,
  total      numeric(12,2) NOT NULL DEFAULT 0,
  criado_em  timestamp NOT NULL DEFAULT now()
);
CREATE INDEX pedidos_cliente_id_idx ON loja.pedidos (cliente_id);
CREATE INDEX pedidos_status_criado_em_idx ON loja.pedidos (status, criado_em);
CREATE INDEX pedidos_criado_em_idx ON loja.pedidos (criado_em);
CREATE TABLE loja.itens_pedido (
  id         serial PRIMARY KEY,
  pedido_id  integer NOT NULL REFERENCES loja.pedidos (id),
  produto_id integer NOT NULL REFERENCES loja.produtos (id),
  qtd        integer NOT NULL,
  preco_unit numeric(10,2) NOT NULL
);
CREATE INDEX itens_pedido_pedido_id_idx ON loja.itens_pedido (pedido_id);
CREATE INDEX itens_pedido_produto_id_idx ON loja.itens_pedido (produto_id);
$auditoria_ddl;

INSERT INTO loja.categorias (nome, slug)
SELECT c, lower(replace(c, ' ', '-')) || '-' || g
FROM generate_series(1, 40) g,
     LATERAL (SELECT (ARRAY['Celulares','Notebooks','Fones','Cozinha','Cama e Banho','Ferramentas','Brinquedos','Esporte'])[1 + g % 8] || ' ' || g AS c) x;
INSERT INTO loja.produtos (sku, nome, categoria_id, preco, estoque, ativo, criado_em)
SELECT 'SKU' || lpad(g::text, 6, '0'),
       (ARRAY['Kit','Conjunto','Capa','Carregador','Panela','Jogo de lençol','Furadeira','Bola','Boneca','Mochila'])[1 + g % 10] || ' modelo ' || g,
       1 + g % 40, 9.9 + (g * 7919 % 300000) / 100.0, g % 120, g % 23 <> 0, now() - (g % 900) * interval '1 day'
FROM generate_series(1, 20000) g;
INSERT INTO loja.clientes (email, nome, senha_hash, criado_em)
SELECT 'cliente' || g || '@exemplo.com.br',
       (ARRAY['Ana','Bruno','Carla','Diego','Elaine','Fábio','Gisele','Hugo','Iara','João'])[1 + g % 10] || ' ' ||
       (ARRAY['Silva','Souza','Oliveira','Lima','Costa','Pereira','Almeida'])[1 + g % 7],
       '\$2y\$10\$' || md5(g::text) || md5((g * 3)::text), now() - (g % 800) * interval '1 day'
FROM generate_series(1, 30000) g;
INSERT INTO loja.pedidos (cliente_id, status, total, criado_em)
SELECT 1 + (g * 7717) % 30000,
       (ARRAY['entregue','entregue','entregue','entregue','enviado','pago','cancelado','aguardando_pagamento'])[1 + g % 8],
       0, now() - (80000 - g) * interval '13 minutes'
FROM generate_series(1, 80000) g;
INSERT INTO loja.itens_pedido (pedido_id, produto_id, qtd, preco_unit)
SELECT p.id, 1 + (p.id * 31 + k * 977) % 20000, 1 + (p.id + k) % 3, 9.9 + ((p.id * 31 + k * 977) % 20000 * 7919 % 300000) / 100.0
FROM loja.pedidos p, LATERAL generate_series(1, 1 + p.id % 4) k;
UPDATE loja.pedidos p SET total = s.total
FROM (SELECT pedido_id, sum(qtd * preco_unit) AS total FROM loja.itens_pedido GROUP BY pedido_id) s WHERE s.pedido_id = p.id;
INSERT INTO loja.auditoria (evento, cliente_id, dados, ip, criado_em)
SELECT (ARRAY['login','login','login','pedido_criado'])[1 + g % 4], 1 + (g * 13) % 30000, '{"origem": "web"}',
       ('189.40.' || (g % 250) || '.' || (g * 7 % 250))::inet, now() - (150000 - g) * interval '7 minutes'
FROM generate_series(1, 150000) g;
SQL
quiet_psql -c "VACUUM ANALYZE" -c "SELECT pg_stat_reset()" >/dev/null

w=$tmp/work
mkdir -p "$w"

# Uma requisição do site (PHP-FPM): conexão nova, Database::boot() com as
# checagens, o menu de categorias e a página: 50% listagem de categoria, 28%
# página de produto, 10% login (grava auditoria), 7% meus pedidos, 5% fechar
# pedido (transação, grava auditoria).
cat > "$w/web.sql" <<SQL
\\set tipo random(1, 100)
\\set cat random(1, 40)
\\set off 24 * random(0, 4)
\\set prod random(1, 20000)
\\set p2 random(1, 20000)
\\set cli random(1, 30000)
\\set q random(1, 3)
\\set ipa random(1, 250)
\\set ipb random(1, 250)
SELECT COUNT(*) FROM pg_catalog.pg_namespace WHERE nspname = 'loja';
SELECT to_regclass('loja.produtos');
SELECT to_regclass('loja.clientes');
SELECT to_regclass('loja.pedidos');
SELECT 1 FROM pg_catalog.pg_tables WHERE schemaname = 'loja' AND tablename = 'auditoria';
$auditoria_ddl;
SELECT id, nome, slug FROM loja.categorias ORDER BY nome;
\\if :tipo <= 50
SELECT id, sku, nome, preco, estoque FROM loja.produtos WHERE categoria_id = :cat AND ativo = true ORDER BY nome LIMIT 24 OFFSET :off;
SELECT COUNT(*) FROM loja.produtos WHERE categoria_id = :cat AND ativo = true;
\\elif :tipo <= 78
SELECT p.id, p.sku, p.nome, p.preco, p.estoque, c.nome AS categoria, c.slug FROM loja.produtos p INNER JOIN loja.categorias c ON c.id = p.categoria_id WHERE p.id = :prod;
SELECT id, nome, preco FROM loja.produtos WHERE categoria_id = (SELECT categoria_id FROM loja.produtos WHERE id = :prod) AND ativo = true AND id <> :prod ORDER BY nome LIMIT 4;
\\elif :tipo <= 88
SELECT id, nome, senha_hash FROM loja.clientes WHERE email = 'cliente:cli@exemplo.com.br' LIMIT 1;
INSERT INTO loja.auditoria (evento, cliente_id, dados, ip) VALUES ('login', :cli, '{"origem": "web"}', '189.40.:ipa.:ipb');
\\elif :tipo <= 95
SELECT id, status, total, criado_em FROM loja.pedidos WHERE cliente_id = :cli ORDER BY criado_em DESC LIMIT 10;
\\else
BEGIN;
INSERT INTO loja.pedidos (cliente_id, status, total) VALUES (:cli, 'aguardando_pagamento', 0) RETURNING id
\\gset ped_
INSERT INTO loja.itens_pedido (pedido_id, produto_id, qtd, preco_unit) SELECT :ped_id, id, :q, preco FROM loja.produtos WHERE id IN (:prod, :p2);
UPDATE loja.produtos SET estoque = estoque - :q WHERE id IN (:prod, :p2) AND estoque >= :q;
UPDATE loja.pedidos SET total = (SELECT SUM(qtd * preco_unit) FROM loja.itens_pedido WHERE pedido_id = :ped_id) WHERE id = :ped_id;
INSERT INTO loja.auditoria (evento, cliente_id, dados, ip) VALUES ('pedido_criado', :cli, '{"pedido_id": :ped_id}', '189.40.:ipa.:ipb');
COMMIT;
\\endif
SQL

# Painel administrativo (Django admin, psycopg2, CONN_MAX_AGE: a conexão fica
# aberta): pedidos pagos a despachar, detalhe de um pedido, marcar como
# enviado, relatório de vendas dos últimos 30 dias.
cat > "$w/admin.sql" <<'SQL'
\set tipo random(1, 100)
\set ped random(70000, 80000)
\if :tipo <= 40
SELECT "loja"."pedidos"."id", "loja"."pedidos"."status", "loja"."pedidos"."total", "loja"."pedidos"."criado_em", "loja"."clientes"."nome", "loja"."clientes"."email" FROM "loja"."pedidos" INNER JOIN "loja"."clientes" ON ("loja"."pedidos"."cliente_id" = "loja"."clientes"."id") WHERE "loja"."pedidos"."status" = 'pago' ORDER BY "loja"."pedidos"."criado_em" DESC LIMIT 50;
\elif :tipo <= 70
SELECT "loja"."pedidos"."id", "loja"."pedidos"."cliente_id", "loja"."pedidos"."status", "loja"."pedidos"."total", "loja"."pedidos"."criado_em" FROM "loja"."pedidos" WHERE "loja"."pedidos"."id" = :ped LIMIT 21;
SELECT "loja"."itens_pedido"."id", "loja"."itens_pedido"."qtd", "loja"."itens_pedido"."preco_unit", "loja"."produtos"."sku", "loja"."produtos"."nome" FROM "loja"."itens_pedido" INNER JOIN "loja"."produtos" ON ("loja"."itens_pedido"."produto_id" = "loja"."produtos"."id") WHERE "loja"."itens_pedido"."pedido_id" = :ped;
\elif :tipo <= 90
UPDATE "loja"."pedidos" SET "status" = 'enviado' WHERE ("loja"."pedidos"."id" = :ped AND "loja"."pedidos"."status" = 'pago');
\else
SELECT date_trunc('day', "loja"."pedidos"."criado_em") AS "dia", COUNT(*) AS "pedidos", SUM("loja"."pedidos"."total") AS "receita" FROM "loja"."pedidos" WHERE ("loja"."pedidos"."criado_em" >= (now() - interval '30 days') AND NOT ("loja"."pedidos"."status" = 'cancelado')) GROUP BY 1 ORDER BY 1;
\endif
SQL

scenario_mark

PGAPPNAME=loja-admin $PGBENCH -n -c 2 -j 1 -R 3 -t 95 -M simple -f "$w/admin.sql" >/dev/null &
admin=$!
PGOPTIONS="-c client_min_messages=warning" PGAPPNAME=loja-web $PGBENCH -n -C -c 8 -j 2 -R 12 -t 90 -M simple -f "$w/web.sql" >/dev/null
wait $admin

scenario_capture
