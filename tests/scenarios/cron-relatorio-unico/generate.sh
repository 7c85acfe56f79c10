#!/usr/bin/env bash
# Loja virtual: a página de produto chega de 24 conexões da loja-web em
# instantes aleatórios (Poisson); ao lado, um cron que recalcula o relatório de
# vendas das últimas 24 h a cada 20 s (uma sessão), um worker que tira e-mails
# da fila a cada 2 s (uma sessão), três workers de rastreio com pausas
# aleatórias e o health check do balanceador.
source "$(dirname "$0")/../lib.sh"
scenario_start

quiet_psql <<'SQL'
CREATE TABLE categorias (
  id    serial PRIMARY KEY,
  nome  text NOT NULL,
  slug  text NOT NULL UNIQUE
);
CREATE TABLE produtos (
  id           serial PRIMARY KEY,
  categoria_id integer NOT NULL REFERENCES categorias (id),
  sku          text NOT NULL UNIQUE,
  nome         text NOT NULL,
  descricao    text,
  preco        numeric(10,2) NOT NULL,
  ativo        boolean NOT NULL DEFAULT true,
  criado_em    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX produtos_categoria_id_preco_idx ON produtos (categoria_id, preco);
CREATE TABLE estoque (
  produto_id  integer PRIMARY KEY REFERENCES produtos (id),
  quantidade  integer NOT NULL,
  reservado   integer NOT NULL DEFAULT 0
);
CREATE TABLE clientes (
  id        serial PRIMARY KEY,
  email     text NOT NULL UNIQUE,
  nome      text NOT NULL,
  criado_em timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE pedidos (
  id          bigserial PRIMARY KEY,
  cliente_id  integer NOT NULL REFERENCES clientes (id),
  status      text NOT NULL DEFAULT 'pago',
  total       numeric(12,2) NOT NULL,
  criado_em   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX pedidos_cliente_id_idx ON pedidos (cliente_id);
CREATE INDEX pedidos_criado_em_idx ON pedidos (criado_em);
CREATE TABLE pedido_itens (
  id          bigserial PRIMARY KEY,
  pedido_id   bigint NOT NULL REFERENCES pedidos (id),
  produto_id  integer NOT NULL REFERENCES produtos (id),
  quantidade  integer NOT NULL,
  preco       numeric(10,2) NOT NULL
);
CREATE INDEX pedido_itens_pedido_id_idx ON pedido_itens (pedido_id);
CREATE INDEX pedido_itens_produto_id_idx ON pedido_itens (produto_id);
CREATE TABLE fila_emails (
  id           bigserial PRIMARY KEY,
  destinatario text NOT NULL,
  assunto      text NOT NULL,
  corpo        text NOT NULL,
  criado_em    timestamptz NOT NULL DEFAULT now(),
  enviado_em   timestamptz
);
CREATE INDEX fila_emails_pendentes_idx ON fila_emails (id) WHERE enviado_em IS NULL;
CREATE TABLE rastreios (
  id               bigserial PRIMARY KEY,
  pedido_id        bigint NOT NULL REFERENCES pedidos (id),
  codigo           text NOT NULL,
  situacao         text NOT NULL DEFAULT 'postado',
  proxima_consulta timestamptz NOT NULL,
  atualizado_em    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX rastreios_proxima_consulta_idx ON rastreios (proxima_consulta) WHERE situacao <> 'entregue';
CREATE INDEX rastreios_pedido_id_idx ON rastreios (pedido_id);

INSERT INTO categorias (nome, slug)
SELECT n, lower(n) FROM unnest(ARRAY['Celulares','Informatica','Eletrodomesticos','Moveis','Esporte',
  'Brinquedos','Livros','Beleza','Ferramentas','Moda']) n;
INSERT INTO produtos (categoria_id, sku, nome, descricao, preco, criado_em)
SELECT 1 + g % 10, 'SKU' || lpad(g::text, 6, '0'), 'Produto ' || g, 'Descrição do produto ' || g,
       9.90 + (g * 7919) % 300000 / 100.0, now() - (g % 700) * interval '1 day'
FROM generate_series(1, 30000) g;
INSERT INTO estoque (produto_id, quantidade) SELECT id, id % 120 FROM produtos;
INSERT INTO clientes (email, nome, criado_em)
SELECT 'cliente' || g || '@email.com.br', 'Cliente ' || g, now() - (g % 900) * interval '1 day'
FROM generate_series(1, 80000) g;
-- 200 mil pedidos nos últimos 90 dias.
INSERT INTO pedidos (cliente_id, status, total, criado_em)
SELECT 1 + (g * 31) % 80000, (ARRAY['pago','enviado','entregue','entregue','cancelado'])[1 + g % 5],
       30 + (g * 17) % 3000, now() - (200000 - g) * interval '38.8 seconds'
FROM generate_series(1, 200000) g;
INSERT INTO pedido_itens (pedido_id, produto_id, quantidade, preco)
SELECT p, 1 + (p * 13 + i * 7001) % 30000, 1 + (p + i) % 3, 9.90 + (p * 7 + i) % 2000
FROM generate_series(1, 200000) p, generate_series(1, 2) i;
INSERT INTO rastreios (pedido_id, codigo, situacao, proxima_consulta, atualizado_em)
SELECT p, 'BR' || lpad(p::text, 9, '0') || 'BR', CASE WHEN p < 196000 THEN 'entregue' ELSE 'em_transito' END,
       now() - interval '1 hour' + (p - 196000) * interval '3 seconds', now() - (200000 - p) * interval '38.8 seconds'
FROM generate_series(1, 200000, 2) p;
INSERT INTO fila_emails (destinatario, assunto, corpo, criado_em, enviado_em)
SELECT 'cliente' || (1 + g % 80000) || '@email.com.br', 'Seu pedido foi confirmado', 'Olá!',
       now() - (100000 - g) * interval '70 seconds', now() - (100000 - g) * interval '70 seconds' + interval '3 seconds'
FROM generate_series(1, 100000) g;
SQL
quiet_psql -c "VACUUM ANALYZE" -c "SELECT pg_stat_reset()" >/dev/null

w=$tmp/work
mkdir -p "$w"

# Loja (loja-web, pool de 24 conexões, protocolo estendido): a página de
# produto é a maior parte do tráfego; listagem por categoria, carrinho e
# finalização de pedido (que põe um e-mail na fila).
cat > "$w/loja.sql" <<'SQL'
\set tipo random(1, 100)
\set prod random_exponential(1, 30000, 4)
\set cat random(1, 10)
\set cli random(1, 80000)
\set preco_max random(50, 2000)
\if :tipo <= 70
SELECT p.id, p.nome, p.descricao, p.preco, e.quantidade - e.reservado AS disponivel FROM produtos p JOIN estoque e ON e.produto_id = p.id WHERE p.id = :prod AND p.ativo;
\elif :tipo <= 88
SELECT id, nome, preco FROM produtos WHERE categoria_id = :cat AND preco <= :preco_max AND ativo ORDER BY preco DESC LIMIT 24;
\elif :tipo <= 95
SELECT p.id, p.status, p.total, p.criado_em FROM pedidos p WHERE p.cliente_id = :cli ORDER BY p.criado_em DESC LIMIT 10;
\else
BEGIN;
INSERT INTO pedidos (cliente_id, total) VALUES (:cli, 199.90) RETURNING id \gset ped_
INSERT INTO pedido_itens (pedido_id, produto_id, quantidade, preco) VALUES (:ped_id, :prod, 1, 199.90);
UPDATE estoque SET reservado = reservado + 1 WHERE produto_id = :prod;
INSERT INTO fila_emails (destinatario, assunto, corpo) VALUES ('cliente' || :cli || '@email.com.br', 'Seu pedido foi confirmado', 'Olá!');
COMMIT;
\endif
SQL

# Cron do relatório de vendas das últimas 24 h (uma sessão, a cada 20 s).
cat > "$w/relatorio.sql" <<'SQL'
SELECT date_trunc('hour', criado_em) AS hora, count(*) AS pedidos, sum(total) AS faturamento FROM pedidos WHERE criado_em >= now() - interval '24 hours' AND status <> 'cancelado' GROUP BY 1 ORDER BY 1;
\sleep 20 s
SQL

# Worker de e-mails (uma sessão): reserva até 10 pendentes a cada 2 s.
cat > "$w/emails.sql" <<'SQL'
UPDATE fila_emails SET enviado_em = now() WHERE id IN (SELECT id FROM fila_emails WHERE enviado_em IS NULL ORDER BY id LIMIT 10 FOR UPDATE SKIP LOCKED) RETURNING id, destinatario, assunto;
\sleep 2 s
SQL

# Workers de rastreio (3 processos, pausas aleatórias de 4 a 6 s): consultam
# os Correios para os rastreios vencidos e reagendam.
cat > "$w/rastreio.sql" <<'SQL'
\set pausa random(4000, 6000)
\sleep :pausa ms
UPDATE rastreios SET proxima_consulta = now() + interval '30 minutes', atualizado_em = now() WHERE id IN (SELECT id FROM rastreios WHERE situacao <> 'entregue' AND proxima_consulta <= now() ORDER BY proxima_consulta LIMIT 5 FOR UPDATE SKIP LOCKED) RETURNING id, pedido_id, codigo;
SQL

# Health check do balanceador, uma vez por segundo.
cat > "$w/health.sql" <<'SQL'
SELECT 1;
\sleep 1 s
SQL

scenario_mark

PGAPPNAME=lb-health $PGBENCH -n -c 1 -j 1 -M simple -T 120 -f "$w/health.sql" >/dev/null &
PGAPPNAME=relatorio-vendas $PGBENCH -n -c 1 -j 1 -M extended -T 120 -f "$w/relatorio.sql" >/dev/null &
PGAPPNAME=worker-emails $PGBENCH -n -c 1 -j 1 -M extended -T 120 -f "$w/emails.sql" >/dev/null &
PGAPPNAME=worker-rastreio $PGBENCH -n -c 3 -j 1 -M extended -T 120 -f "$w/rastreio.sql" >/dev/null &
PGAPPNAME=loja-web $PGBENCH -n -c 24 -j 2 -M extended -R 40 -T 120 -f "$w/loja.sql" >/dev/null
wait

scenario_capture
