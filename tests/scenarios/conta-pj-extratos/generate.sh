#!/usr/bin/env bash
# Conta digital (PF e PJ): login por e-mail, extrato paginado, painel do
# lojista com totais por tipo de lançamento, PIX entrando o tempo todo e um
# worker que executa as transferências agendadas.
source "$(dirname "$0")/../lib.sh"
scenario_start

quiet_psql >/dev/null <<'SQL'
CREATE TABLE clientes (
  id          integer PRIMARY KEY,
  email       text NOT NULL,
  nome        text NOT NULL,
  documento   text NOT NULL,
  senha_hash  text NOT NULL,
  criado_em   timestamptz NOT NULL
);
CREATE TABLE contas (
  id          integer PRIMARY KEY,
  cliente_id  integer NOT NULL REFERENCES clientes (id),
  tipo        text NOT NULL,
  saldo       numeric(14,2) NOT NULL,
  aberta_em   date NOT NULL
);
CREATE INDEX contas_cliente_id_idx ON contas (cliente_id);
CREATE TABLE lancamentos (
  id          bigserial PRIMARY KEY,
  conta_id    integer NOT NULL,
  tipo        text NOT NULL,
  valor       numeric(14,2) NOT NULL,
  descricao   text NOT NULL,
  criado_em   timestamptz NOT NULL
);
CREATE TABLE transferencias_agendadas (
  id             bigserial PRIMARY KEY,
  conta_id       integer NOT NULL,
  valor          numeric(14,2) NOT NULL,
  chave_pix      text NOT NULL,
  status         text NOT NULL,
  agendada_para  timestamptz NOT NULL
);
CREATE INDEX transferencias_agendadas_conta_id_idx ON transferencias_agendadas (conta_id);

INSERT INTO clientes (id, email, nome, documento, senha_hash, criado_em)
SELECT g, 'cliente' || g || '@' || (ARRAY['gmail.com','hotmail.com','uol.com.br','empresa.com.br'])[1 + g % 4],
       (ARRAY['Ana','Bruno','Carla','Diego','Eduarda','Felipe','Gabriela','Heitor'])[1 + g % 8] || ' ' ||
       (ARRAY['Souza','Lima','Oliveira','Santos','Pereira','Costa'])[1 + (g / 8) % 6],
       lpad((g * 7919 % 99999999)::text, 11, '0'),
       md5(g::text) || md5((g * 3)::text),
       now() - interval '3 years' + g * interval '20 minutes'
FROM generate_series(1, 60000) g;

-- As contas 1..400 são de lojistas (PJ); as demais de pessoas físicas.
INSERT INTO contas (id, cliente_id, tipo, saldo, aberta_em)
SELECT g, g, CASE WHEN g <= 400 THEN 'PJ' ELSE 'PF' END, (g * 37 % 100000) / 10.0, date '2023-01-01' + g % 700
FROM generate_series(1, 60000) g;

-- 2,4 milhões de lançamentos de dois anos, na ordem em que aconteceram:
-- cinco de cada seis são de lojistas (~5 000 por conta PJ), intercalados.
INSERT INTO lancamentos (conta_id, tipo, valor, descricao, criado_em)
SELECT CASE WHEN g % 6 < 5 THEN 1 + (g::bigint * 7919) % 400 ELSE 401 + (g::bigint * 104729) % 59600 END,
       (ARRAY['pix_recebido','pix_enviado','boleto','cartao','tarifa','estorno'])[1 + (g::bigint * 31) % 6],
       ((g::bigint * 7919) % 500000) / 100.0,
       'Lançamento ' || g || ' ref ' || md5(g::text),
       now() - interval '2 years' + g * (interval '2 years' / 2400000)
FROM generate_series(1, 2400000) g;
CREATE INDEX lancamentos_conta_id_criado_em_idx ON lancamentos (conta_id, criado_em);

-- Agendamentos: quase todos já executados ou cancelados; ~1% na fila.
INSERT INTO transferencias_agendadas (conta_id, valor, chave_pix, status, agendada_para)
SELECT 1 + (g * 13) % 60000, (g % 90000) / 10.0, 'chave-' || g,
       CASE WHEN g % 100 = 0 THEN 'agendada' WHEN g % 33 = 0 THEN 'cancelada' ELSE 'concluida' END,
       CASE WHEN g % 100 = 0 THEN now() - interval '1 hour' + (g % 7200) * interval '1 second'
            ELSE now() - interval '400 days' + g * interval '2 minutes' END
FROM generate_series(1, 300000) g;
SQL
quiet_psql -c "VACUUM ANALYZE" -c "SELECT pg_stat_reset()" >/dev/null

w=$tmp/work
mkdir -p "$w"

# App (Node, node-postgres: protocolo estendido): login por e-mail e as
# contas do cliente.
cat > "$w/login.sql" <<'SQL'
\set c random(1, 60000)
SELECT id, nome, senha_hash FROM clientes WHERE email = 'cliente' || :c || '@' || (ARRAY['gmail.com','hotmail.com','uol.com.br','empresa.com.br'])[1 + :c % 4];
SELECT id, tipo, saldo FROM contas WHERE cliente_id = :c;
\sleep 150 ms
SQL

# Extrato paginado de uma conta (PF ou PJ): os 20 últimos lançamentos.
cat > "$w/extrato.sql" <<'SQL'
\set conta random(1, 60000)
SELECT id, saldo FROM contas WHERE id = :conta;
SELECT id, tipo, valor, descricao, criado_em FROM lancamentos WHERE conta_id = :conta ORDER BY criado_em DESC LIMIT 20;
\sleep 120 ms
SQL

# Painel do lojista: totais por tipo de lançamento de toda a história da conta.
cat > "$w/painel.sql" <<'SQL'
\set conta random(1, 400)
SELECT tipo, count(*) AS quantidade, sum(valor) AS total FROM lancamentos WHERE conta_id = :conta GROUP BY tipo ORDER BY tipo;
\sleep 250 ms
SQL

# PIX recebidos, um por requisição.
cat > "$w/pix.sql" <<'SQL'
\set conta random(1, 60000)
\set v random(100, 500000)
INSERT INTO lancamentos (conta_id, tipo, valor, descricao, criado_em) VALUES (:conta, 'pix_recebido', :v / 100.0, 'PIX recebido', now()) RETURNING id;
UPDATE contas SET saldo = saldo + :v / 100.0 WHERE id = :conta;
\sleep 80 ms
SQL

# Worker de agendamentos: a cada 200 ms pega o que venceu.
cat > "$w/agendador.sql" <<'SQL'
SELECT id, conta_id, valor, chave_pix FROM transferencias_agendadas WHERE status = 'agendada' AND agendada_para <= now() ORDER BY agendada_para LIMIT 50;
\sleep 200 ms
SQL

scenario_mark

PGAPPNAME=app-login $PGBENCH -n -c 2 -j 2 -t 150 -M extended -f "$w/login.sql" >/dev/null &
PGAPPNAME=app-extrato $PGBENCH -n -c 2 -j 2 -t 200 -M extended -f "$w/extrato.sql" >/dev/null &
PGAPPNAME=painel-lojista $PGBENCH -n -c 2 -j 2 -t 80 -M extended -f "$w/painel.sql" >/dev/null &
PGAPPNAME=pix $PGBENCH -n -c 1 -j 1 -t 300 -M extended -f "$w/pix.sql" >/dev/null &
PGAPPNAME=agendador $PGBENCH -n -c 1 -j 1 -t 150 -M extended -f "$w/agendador.sql" >/dev/null &
wait

scenario_capture
