#!/usr/bin/env bash
# ERP de pedidos (Brasil): pool de 3 conexões, protocolo simples, cada requisição
# em BEGIN/COMMIT. A tela de pedidos busca os itens pedido por pedido; nenhuma
# chave estrangeira foi criada pelo ORM; um painel conta pedidos novos a cada segundo.
source "$(dirname "$0")/../lib.sh"

scenario_start

quiet_psql >/dev/null <<'SQL'
CREATE TABLE vendedores (
  id serial PRIMARY KEY,
  nome varchar(120) NOT NULL,
  email varchar(160) NOT NULL,
  regional varchar(40) NOT NULL,
  comissao_pct numeric(5,2) NOT NULL,
  ativo boolean NOT NULL DEFAULT true
);
CREATE TABLE clientes (
  id serial PRIMARY KEY,
  razao_social varchar(160) NOT NULL,
  nome_fantasia varchar(120),
  cnpj varchar(18) NOT NULL,
  cidade varchar(80) NOT NULL,
  uf char(2) NOT NULL,
  limite_credito numeric(12,2) NOT NULL DEFAULT 0,
  criado_em timestamp NOT NULL DEFAULT now()
);
CREATE TABLE produtos (
  id serial PRIMARY KEY,
  codigo varchar(20) NOT NULL,
  descricao varchar(200) NOT NULL,
  ncm varchar(10) NOT NULL,
  unidade varchar(4) NOT NULL,
  preco numeric(12,2) NOT NULL,
  estoque integer NOT NULL
);
CREATE SEQUENCE pedidos_numero_seq START 100000;
-- The ORM ("constraints: false" since the first migration) created the id
-- columns and some indexes, never a foreign key.
CREATE TABLE pedidos (
  id serial PRIMARY KEY,
  numero bigint NOT NULL,
  cliente_id integer NOT NULL,
  status varchar(20) NOT NULL,
  condicao_pagamento varchar(40) NOT NULL,
  valor_total numeric(14,2) NOT NULL DEFAULT 0,
  emitido_em timestamp NOT NULL,
  criado_por varchar(60) NOT NULL
);
CREATE INDEX pedidos_cliente_id_emitido_em ON pedidos (cliente_id, emitido_em);
CREATE INDEX pedidos_emitido_em ON pedidos (emitido_em);
CREATE INDEX pedidos_status ON pedidos (status);
CREATE TABLE itens_pedido (
  id serial PRIMARY KEY,
  pedido_id integer NOT NULL,
  produto_id integer NOT NULL,
  quantidade integer NOT NULL,
  preco_unitario numeric(12,2) NOT NULL,
  desconto numeric(12,2) NOT NULL DEFAULT 0
);
CREATE INDEX itens_pedido_pedido_id ON itens_pedido (pedido_id);

INSERT INTO vendedores (nome, email, regional, comissao_pct)
SELECT (ARRAY['Ana','Bruno','Carla','Diego','Eduarda','Fábio','Gabriela','Heitor','Isabela','João'])[1 + g % 10]
       || ' ' || (ARRAY['Silva','Souza','Oliveira','Santos','Pereira','Lima','Costa','Ribeiro'])[1 + g % 8],
       'vendedor' || g || '@distribuidora.com.br',
       (ARRAY['Sul','Sudeste','Nordeste','Centro-Oeste'])[1 + g % 4], 2.5 + (g % 5)
FROM generate_series(1, 40) g;
INSERT INTO clientes (razao_social, nome_fantasia, cnpj, cidade, uf, limite_credito, criado_em)
SELECT 'Comercial ' || (ARRAY['Alvorada','Boa Vista','Central','Dom Pedro','Esperança','Flor de Lis'])[1 + g % 6] || ' ' || g || ' Ltda',
       'Loja ' || g,
       lpad((g * 7919 % 100000000)::text, 8, '0') || '/0001-' || lpad((g % 100)::text, 2, '0'),
       (ARRAY['São Paulo','Campinas','Curitiba','Belo Horizonte','Porto Alegre','Recife','Goiânia'])[1 + g % 7],
       (ARRAY['SP','SP','PR','MG','RS','PE','GO'])[1 + g % 7],
       5000 + (g % 20) * 2500, timestamp '2020-01-01' + g * interval '5 hours'
FROM generate_series(1, 4000) g;
INSERT INTO produtos (codigo, descricao, ncm, unidade, preco, estoque)
SELECT 'P' || lpad(g::text, 6, '0'),
       (ARRAY['Parafuso','Arruela','Porca','Cabo','Disjuntor','Tomada','Luva','Fita'])[1 + g % 8] || ' modelo ' || g,
       '8536' || lpad((g % 10000)::text, 4, '0'), (ARRAY['UN','CX','M','PC'])[1 + g % 4],
       round((2 + (g * 7919 % 50000) / 100.0)::numeric, 2), g * 31 % 900
FROM generate_series(1, 3000) g;
-- Each cliente's pedidos were issued one after the other: consecutive ids, in date order.
INSERT INTO pedidos (id, numero, cliente_id, status, condicao_pagamento, emitido_em, criado_por)
SELECT row_number() OVER (ORDER BY c, k), 0, c,
       CASE WHEN k = n AND c % 7 = 0 THEN 'novo' WHEN k = n THEN 'faturado'
            WHEN k % 23 = 0 THEN 'cancelado' ELSE 'entregue' END,
       (ARRAY['à vista','30 dias','30/60','30/60/90'])[1 + (c + k) % 4],
       timestamp '2023-01-01' + (k * 700 / n) * interval '1 day' + (c % 10) * interval '1 hour',
       'vendedor' || (1 + (c * 3 + k) % 40)
FROM (SELECT c, 1 + (c * 37) % 30 AS n FROM generate_series(1, 4000) c) cs,
     LATERAL generate_series(1, cs.n) k;
UPDATE pedidos SET numero = 100000 + id;
SELECT setval('pedidos_id_seq', (SELECT max(id) FROM pedidos));
SELECT setval('pedidos_numero_seq', (SELECT max(numero) FROM pedidos));
INSERT INTO itens_pedido (pedido_id, produto_id, quantidade, preco_unitario, desconto)
SELECT pe.id, 1 + (pe.id * 7 + i * 389) % 3000, 1 + (pe.id + i) % 12,
       round((2 + ((pe.id * 7 + i * 389) % 3000 * 7919 % 50000) / 100.0)::numeric, 2),
       CASE WHEN i = 1 AND pe.id % 5 = 0 THEN 1.50 ELSE 0 END
FROM pedidos pe, LATERAL generate_series(1, 1 + (pe.id * 7) % 5) i;
UPDATE pedidos pe SET valor_total = s.total
FROM (SELECT pedido_id, sum(quantidade * preco_unitario - desconto) AS total FROM itens_pedido GROUP BY pedido_id) s
WHERE s.pedido_id = pe.id;
VACUUM ANALYZE;
SELECT pg_stat_reset();
SQL

# Tela de pedidos: o vendedor logado, os 15 pedidos mais recentes do cliente
# (com o total para a paginação), e os itens de cada pedido da página, um SELECT
# por pedido. Os ids dos pedidos de um cliente são consecutivos: a página vai do
# mais antigo listado (a última linha) até ele + linhas - 1.
{
  echo '\set vid random(1, 40)'
  echo '\set cid random(1, 3000)'
  echo 'BEGIN;'
  echo 'SELECT id, nome, email, regional, comissao_pct FROM vendedores WHERE id = :vid AND ativo;'
  echo 'SELECT pe.id, pe.numero, pe.status, pe.valor_total, pe.emitido_em, c.razao_social, count(*) OVER () AS total FROM pedidos pe JOIN clientes c ON c.id = pe.cliente_id WHERE pe.cliente_id = :cid ORDER BY pe.emitido_em DESC LIMIT 15'
  echo '\aset pe_'
  echo '\set n least(:pe_total, 15)'
  for k in $(seq 14 -1 0); do
    echo "\\if :n > $k"
    echo "\\set pid :pe_id + $k"
    echo 'SELECT id, produto_id, quantidade, preco_unitario, desconto FROM itens_pedido WHERE pedido_id = :pid;'
    echo '\endif'
  done
  echo 'COMMIT;'
} > "$tmp/tela_pedidos.sql"

# Novo pedido (clientes 3001-4000 são os que compram pelo televendas hoje):
# itens gravados num INSERT só.
cat > "$tmp/novo_pedido.sql" <<'EOF2'
\set vid random(1, 40)
\set cid random(3001, 4000)
\set p1 random(1, 3000)
\set p2 random(1, 3000)
\set p3 random(1, 3000)
BEGIN;
SELECT id, nome, email, regional, comissao_pct FROM vendedores WHERE id = :vid AND ativo;
SELECT id, razao_social, cnpj, limite_credito FROM clientes WHERE id = :cid;
SELECT id, codigo, preco, estoque FROM produtos WHERE id IN (:p1, :p2, :p3);
INSERT INTO pedidos (numero, cliente_id, status, condicao_pagamento, emitido_em, criado_por) VALUES (nextval('pedidos_numero_seq'), :cid, 'novo', '30 dias', now(), 'vendedor:vid') RETURNING id
\gset novo_
INSERT INTO itens_pedido (pedido_id, produto_id, quantidade, preco_unitario) SELECT :novo_id, p.id, 1 + p.id % 4, p.preco FROM produtos p WHERE p.id IN (:p1, :p2, :p3);
UPDATE pedidos SET valor_total = (SELECT sum(quantidade * preco_unitario - desconto) FROM itens_pedido WHERE pedido_id = :novo_id) WHERE id = :novo_id;
COMMIT;
EOF2

# Relatório semanal de vendas por produto.
cat > "$tmp/relatorio.sql" <<'EOF2'
\set vid random(1, 40)
\set dia random(0, 690)
BEGIN;
SELECT id, nome, email, regional, comissao_pct FROM vendedores WHERE id = :vid AND ativo;
SELECT pr.codigo, pr.descricao, sum(i.quantidade) AS quantidade, sum(i.quantidade * i.preco_unitario - i.desconto) AS faturamento FROM itens_pedido i JOIN pedidos pe ON pe.id = i.pedido_id JOIN produtos pr ON pr.id = i.produto_id WHERE pe.emitido_em >= date '2023-01-01' + :dia AND pe.emitido_em < date '2023-01-01' + :dia + 7 AND pe.status <> 'cancelado' GROUP BY pr.codigo, pr.descricao ORDER BY faturamento DESC LIMIT 20;
COMMIT;
EOF2

echo "SELECT count(*) FROM pedidos WHERE status = 'novo';" > "$tmp/painel.sql"

scenario_mark

# O painel da expedição pergunta quantos pedidos novos há, uma vez por segundo.
PGAPPNAME=painel-expedicao $PGBENCH -n -c 1 -j 1 -R 1 -t 50 -M simple -f "$tmp/painel.sql" >/dev/null 2>&1 &
painel=$!
PGAPPNAME=erp-vendas $PGBENCH -n -c 3 -j 2 -R 22 -t 330 -M simple \
  -f "$tmp/tela_pedidos.sql@6" -f "$tmp/novo_pedido.sql@3" -f "$tmp/relatorio.sql@1" >/dev/null
wait "$painel"

scenario_capture
