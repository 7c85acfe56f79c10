#!/usr/bin/env bash
# CRM com um schema por cliente (tenant_alvorada ... tenant_estrela, idênticos)
# atrás de um pool node-postgres de 5 conexões, protocolo estendido. Quase toda
# rota passa por getTenantDb(), que roda SET search_path TO tenant_x, public no
# início da requisição; o dashboard (três contagens) e o badge de notificações
# não passam por ela e rodam consultas sem schema na conexão que o pool der,
# com o search_path que a requisição anterior deixou. O public ainda tem as
# tabelas vazias da versão single-tenant. Um worker de SLA consulta cada
# tenant com o nome do schema escrito na consulta.
source "$(dirname "$0")/../lib.sh"
scenario_start

# nome:id:clientes:usuarios:peso das requisições
tenants="alvorada:1:9000:48:26 boavista:2:3200:22:18 caravela:3:900:11:15 duna:4:240:6:9 estrela:5:35:3:5"

tabelas_crm() { # $1 = schema
  cat <<SQL
CREATE TABLE $1.usuarios (
  id           serial PRIMARY KEY,
  email        text NOT NULL UNIQUE,
  nome         text NOT NULL,
  papel        text NOT NULL DEFAULT 'atendente',
  ativo        boolean NOT NULL DEFAULT true,
  ultimo_login timestamptz
);
CREATE TABLE $1.clientes (
  id             serial PRIMARY KEY,
  nome           text NOT NULL,
  documento      text NOT NULL,
  email          text,
  telefone       text,
  responsavel_id integer REFERENCES $1.usuarios (id),
  ativo          boolean NOT NULL DEFAULT true,
  criado_em      timestamptz NOT NULL DEFAULT now(),
  atualizado_em  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX clientes_atualizado_em_idx ON $1.clientes (atualizado_em);
CREATE INDEX clientes_responsavel_id_idx ON $1.clientes (responsavel_id);
CREATE TABLE $1.contatos (
  id          serial PRIMARY KEY,
  cliente_id  integer NOT NULL REFERENCES $1.clientes (id),
  nome        text NOT NULL,
  email       text,
  cargo       text
);
CREATE INDEX contatos_cliente_id_idx ON $1.contatos (cliente_id);
CREATE TABLE $1.tickets (
  id             serial PRIMARY KEY,
  cliente_id     integer NOT NULL REFERENCES $1.clientes (id),
  responsavel_id integer REFERENCES $1.usuarios (id),
  assunto        text NOT NULL,
  status         text NOT NULL DEFAULT 'aberto',
  prioridade     smallint NOT NULL DEFAULT 3,
  criado_em      timestamptz NOT NULL DEFAULT now(),
  atualizado_em  timestamptz NOT NULL DEFAULT now(),
  sla_vence_em   timestamptz NOT NULL
);
CREATE INDEX tickets_cliente_id_idx ON $1.tickets (cliente_id);
CREATE INDEX tickets_responsavel_status_idx ON $1.tickets (responsavel_id, status);
CREATE INDEX tickets_status_sla_idx ON $1.tickets (status, sla_vence_em);
CREATE TABLE $1.interacoes (
  id          bigserial PRIMARY KEY,
  ticket_id   integer NOT NULL REFERENCES $1.tickets (id),
  usuario_id  integer REFERENCES $1.usuarios (id),
  tipo        text NOT NULL,
  texto       text NOT NULL,
  criado_em   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX interacoes_ticket_id_idx ON $1.interacoes (ticket_id);
CREATE INDEX interacoes_usuario_id_idx ON $1.interacoes (usuario_id);
CREATE TABLE $1.oportunidades (
  id                  serial PRIMARY KEY,
  cliente_id          integer NOT NULL REFERENCES $1.clientes (id),
  etapa               text NOT NULL,
  valor               numeric(12,2) NOT NULL,
  previsao_fechamento date
);
CREATE INDEX oportunidades_cliente_id_idx ON $1.oportunidades (cliente_id);
CREATE TABLE $1.notificacoes (
  id             bigserial PRIMARY KEY,
  usuario_id     integer NOT NULL REFERENCES $1.usuarios (id),
  tipo           text NOT NULL,
  referencia_id  integer,
  lida           boolean NOT NULL DEFAULT false,
  criada_em      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX notificacoes_usuario_lida_idx ON $1.notificacoes (usuario_id, lida);
SQL
}

{
  cat <<'SQL'
-- Cadastro do SaaS em public.
CREATE TABLE planos (
  id              smallint PRIMARY KEY,
  nome            text NOT NULL UNIQUE,
  limite_usuarios integer NOT NULL,
  preco_mensal    numeric(10,2) NOT NULL
);
INSERT INTO planos VALUES (1, 'starter', 5, 149.00), (2, 'pro', 25, 590.00), (3, 'business', 100, 1890.00);
CREATE TABLE tenants (
  id          smallint PRIMARY KEY,
  nome        text NOT NULL,
  schema_nome text NOT NULL UNIQUE,
  plano_id    smallint NOT NULL REFERENCES planos (id),
  ativo       boolean NOT NULL DEFAULT true,
  criado_em   timestamptz NOT NULL DEFAULT now()
);
INSERT INTO tenants (id, nome, schema_nome, plano_id) VALUES
  (1, 'Alvorada Seguros', 'tenant_alvorada', 3),
  (2, 'Boa Vista Imóveis', 'tenant_boavista', 2),
  (3, 'Caravela Turismo', 'tenant_caravela', 2),
  (4, 'Duna Energia Solar', 'tenant_duna', 1),
  (5, 'Estrela Contabilidade', 'tenant_estrela', 1);
SQL
  # As tabelas da versão single-tenant ficaram no public, vazias, desde a
  # migração para um schema por cliente.
  tabelas_crm public
  for t in $tenants; do
    IFS=: read -r nome tid nc nu peso <<<"$t"
    s=tenant_$nome
    echo "CREATE SCHEMA $s;"
    tabelas_crm "$s"
    cat <<SQL
INSERT INTO $s.usuarios (email, nome, papel, ultimo_login)
SELECT 'usuario' || g || '@$nome.com.br',
       (ARRAY['Ana','Bruno','Carla','Diego','Elaine','Fábio','Gisele','Hugo','Íris','João'])[1 + g % 10] || ' ' || g,
       CASE WHEN g = 1 THEN 'admin' WHEN g % 7 = 0 THEN 'gestor' ELSE 'atendente' END,
       now() - (g % 20) * interval '1 day'
FROM generate_series(1, $nu) g;
INSERT INTO $s.clientes (nome, documento, email, telefone, responsavel_id, ativo, criado_em, atualizado_em)
SELECT 'Cliente ' || g || ' $nome', lpad((g * 7919 % 99999999)::text, 8, '0') || '/0001-' || lpad((g % 97)::text, 2, '0'),
       'contato' || g || '@cliente' || (g % 50) || '.com.br', '+55 11 9' || lpad((g * 4481 % 100000000)::text, 8, '0'),
       1 + g % $nu, g % 23 <> 0,
       now() - interval '900 days' + g * (interval '880 days' / $nc),
       now() - interval '400 days' + g * (interval '399 days' / $nc)
FROM generate_series(1, $nc) g;
INSERT INTO $s.contatos (cliente_id, nome, email, cargo)
SELECT 1 + g % $nc, 'Contato ' || g, 'pessoa' || g || '@cliente' || (g % 50) || '.com.br',
       (ARRAY['Compras','Financeiro','Diretoria','TI'])[1 + g % 4]
FROM generate_series(1, 2 * $nc) g;
INSERT INTO $s.tickets (cliente_id, responsavel_id, assunto, status, prioridade, criado_em, atualizado_em, sla_vence_em)
SELECT 1 + (g * 31) % $nc, 1 + g % $nu, 'Chamado ' || g,
       (ARRAY['fechado','fechado','fechado','fechado','resolvido','aberto','em_andamento','aguardando_cliente'])[1 + g % 8],
       1 + g % 4,
       now() - interval '700 days' + g * (interval '700 days' / (3 * $nc)),
       now() - interval '690 days' + g * (interval '690 days' / (3 * $nc)),
       now() - interval '690 days' + g * (interval '700 days' / (3 * $nc))
FROM generate_series(1, 3 * $nc) g;
INSERT INTO $s.interacoes (ticket_id, usuario_id, tipo, texto, criado_em)
SELECT 1 + g % (3 * $nc), 1 + g % $nu, (ARRAY['nota','resposta','ligacao'])[1 + g % 3], 'Interação ' || g,
       now() - interval '700 days' + g * (interval '700 days' / (6 * $nc))
FROM generate_series(1, 6 * $nc) g;
INSERT INTO $s.oportunidades (cliente_id, etapa, valor, previsao_fechamento)
SELECT 1 + (g * 17) % $nc, (ARRAY['prospeccao','qualificacao','proposta','negociacao','ganha','perdida'])[1 + g % 6],
       500 + (g * 7919) % 90000 / 2.0, current_date + (g % 180) - 60
FROM generate_series(1, $nc / 2 + 5) g;
INSERT INTO $s.notificacoes (usuario_id, tipo, referencia_id, lida, criada_em)
SELECT 1 + g % $nu, (ARRAY['ticket_atribuido','ticket_atualizado','sla_vencendo','mencao'])[1 + g % 4], g,
       g % 9 <> 0, now() - (120 * $nu - g) * interval '20 minutes'
FROM generate_series(1, 120 * $nu) g;
SQL
  done
} | quiet_psql >/dev/null
quiet_psql -c "VACUUM ANALYZE" -c "SELECT pg_stat_reset()" >/dev/null

w=$tmp/work
mkdir -p "$w"

# Requisições que passam por getTenantDb(): o middleware confere o tenant do
# token (public.tenants + planos, sem schema na consulta), a getTenantDb() fixa
# o search_path, o usuário logado é lido; depois a rota.
scripts=()
for t in $tenants; do
  IFS=: read -r nome tid nc nu peso <<<"$t"
  cat > "$w/api_$nome.sql" <<SQL
\\set tid $tid
\\set uid random(1, $nu)
\\set cid random(1, $nc)
\\set tk random(1, $((3 * nc)))
\\set off 20 * random(0, 4)
\\set tipo random(1, 100)
SELECT t.id, t.schema_nome, t.ativo, p.nome AS plano, p.limite_usuarios FROM tenants t JOIN planos p ON p.id = t.plano_id WHERE t.id = :tid;
SET search_path TO tenant_$nome, public;
SELECT id, nome, email, papel FROM usuarios WHERE id = :uid AND ativo;
\\if :tipo <= 30
SELECT c.id, c.nome, c.documento, c.telefone, u.nome AS responsavel, c.atualizado_em FROM clientes c LEFT JOIN usuarios u ON u.id = c.responsavel_id WHERE c.ativo ORDER BY c.atualizado_em DESC LIMIT 20 OFFSET :off;
SELECT count(*) FROM clientes WHERE ativo;
\\elif :tipo <= 48
SELECT id, nome, documento, email, telefone, responsavel_id, criado_em FROM clientes WHERE id = :cid;
SELECT id, nome, email, cargo FROM contatos WHERE cliente_id = :cid ORDER BY nome;
SELECT id, assunto, status, prioridade, atualizado_em FROM tickets WHERE cliente_id = :cid ORDER BY criado_em DESC LIMIT 10;
SELECT id, etapa, valor, previsao_fechamento FROM oportunidades WHERE cliente_id = :cid AND etapa <> 'perdida';
\\elif :tipo <= 70
SELECT t.id, t.assunto, t.status, t.prioridade, t.sla_vence_em, c.nome AS cliente FROM tickets t JOIN clientes c ON c.id = t.cliente_id WHERE t.responsavel_id = :uid AND t.status IN ('aberto', 'em_andamento') ORDER BY t.sla_vence_em LIMIT 25;
\\elif :tipo <= 85
BEGIN;
SELECT id, cliente_id, responsavel_id, status FROM tickets WHERE id = :tk FOR UPDATE
\\gset tk_
INSERT INTO interacoes (ticket_id, usuario_id, tipo, texto) VALUES (:tk, :uid, 'resposta', 'Retorno enviado ao cliente');
UPDATE tickets SET status = 'em_andamento', atualizado_em = now() WHERE id = :tk;
INSERT INTO notificacoes (usuario_id, tipo, referencia_id) VALUES (:tk_responsavel_id, 'ticket_atualizado', :tk);
COMMIT;
\\elif :tipo <= 93
SELECT etapa, count(*) AS quantidade, sum(valor) AS total FROM oportunidades GROUP BY etapa ORDER BY etapa;
\\else
UPDATE usuarios SET ultimo_login = now() WHERE id = :uid;
\\endif
SQL
  scripts+=(-f "$w/api_$nome.sql@$peso")
done

# O dashboard (rota antiga, escrita antes da getTenantDb()): confere o tenant
# do token e roda as três contagens direto no pool.
cat > "$w/dashboard.sql" <<'SQL'
\set r random(1, 100)
\set tid CASE WHEN :r <= 36 THEN 1 WHEN :r <= 61 THEN 2 WHEN :r <= 82 THEN 3 WHEN :r <= 94 THEN 4 ELSE 5 END
SELECT t.id, t.schema_nome, t.ativo, p.nome AS plano, p.limite_usuarios FROM tenants t JOIN planos p ON p.id = t.plano_id WHERE t.id = :tid;
SELECT count(*) AS total_clientes FROM clientes;
SELECT count(*) AS tickets_abertos FROM tickets WHERE status IN ('aberto', 'em_andamento');
SELECT count(*) AS usuarios_ativos FROM usuarios WHERE ativo;
SQL

# O badge de notificações (módulo de notificações, outro time): o front pede a
# contagem de não lidas; às vezes o usuário abre a lista.
cat > "$w/badge.sql" <<'SQL'
\set uid random(1, 20)
\set abre random(1, 10)
SELECT count(*) AS nao_lidas FROM notificacoes WHERE usuario_id = :uid AND NOT lida;
\if :abre <= 3
SELECT id, tipo, referencia_id, criada_em FROM notificacoes WHERE usuario_id = :uid ORDER BY criada_em DESC LIMIT 8;
\endif
SQL

# Worker de SLA (cron a cada 3 s, uma conexão, consultas com o schema escrito).
{
  for i in $(seq 1 18); do
    for t in $tenants; do
      s=tenant_${t%%:*}
      echo "SELECT count(*) AS vencidos FROM $s.tickets WHERE status IN ('aberto', 'em_andamento') AND sla_vence_em < now();"
      echo "UPDATE $s.tickets SET prioridade = 1 WHERE status = 'aberto' AND sla_vence_em < now() + interval '2 hours' AND prioridade > 1;"
    done
    echo "\\! sleep 3"
  done
} > "$w/sla.sql"

scenario_mark

PGAPPNAME=crm-sla-worker psql -X -q -f "$w/sla.sql" >/dev/null &
sla=$!
PGAPPNAME=crm-api $PGBENCH -n -c 5 -j 2 -R 45 -t 500 -M extended \
  "${scripts[@]}" -f "$w/dashboard.sql@15" -f "$w/badge.sql@12" >/dev/null
wait "$sla"

scenario_capture
