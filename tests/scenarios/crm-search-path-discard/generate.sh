#!/usr/bin/env bash
# CRM com um schema por cliente (org_aurora ... org_pantanal, idênticos) e
# quatro aplicações, cada uma isolando o tenant do seu jeito:
# - crm-api (node-postgres, pool de 5, protocolo estendido): BEGIN; SET LOCAL
#   search_path TO org_x, public; ...; COMMIT. O dashboard e o badge de
#   notificações escrevem o schema do tenant nas consultas (org_x.clientes).
# - crm-portal (portal do cliente em PHP atrás do pgbouncer em session pooling,
#   server_reset_query = DISCARD ALL; protocolo simples): SET search_path no
#   começo da sessão do cliente, DISCARD ALL quando o pgbouncer devolve a
#   conexão ao pool.
# - crm-relatorios (2 conexões, protocolo estendido): set_config(..., true)
#   dentro da transação do relatório.
# - crm-importador (uma conexão): SET search_path por importação e RESET
#   search_path no fim; entre importações lê a fila em public.
source "$(dirname "$0")/../lib.sh"
scenario_start

# nome:id:clientes:usuarios:peso
tenants="aurora:1:7000:40:34 bandeirantes:2:2600:18:25 cerrado:3:700:9:20 litoral:4:180:5:13 pantanal:5:40:3:8"

{
  cat <<'SQL'
CREATE TABLE planos (
  id              smallint PRIMARY KEY,
  nome            text NOT NULL UNIQUE,
  limite_usuarios integer NOT NULL,
  preco_mensal    numeric(10,2) NOT NULL
);
INSERT INTO planos VALUES (1, 'essencial', 5, 129.00), (2, 'equipe', 25, 490.00), (3, 'empresa', 100, 1590.00);
CREATE TABLE tenants (
  id          smallint PRIMARY KEY,
  nome        text NOT NULL,
  schema_nome text NOT NULL UNIQUE,
  plano_id    smallint NOT NULL REFERENCES planos (id),
  ativo       boolean NOT NULL DEFAULT true,
  criado_em   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX tenants_plano_id_idx ON tenants (plano_id);
INSERT INTO tenants (id, nome, schema_nome, plano_id) VALUES
  (1, 'Aurora Telecom', 'org_aurora', 3),
  (2, 'Bandeirantes Logística', 'org_bandeirantes', 2),
  (3, 'Cerrado Agro', 'org_cerrado', 2),
  (4, 'Litoral Imóveis', 'org_litoral', 1),
  (5, 'Pantanal Ecoturismo', 'org_pantanal', 1);
-- Fila do importador de planilhas (global).
CREATE TABLE importacoes (
  id          serial PRIMARY KEY,
  tenant_id   smallint NOT NULL REFERENCES tenants (id),
  arquivo     text NOT NULL,
  status      text NOT NULL DEFAULT 'pendente',
  linhas      integer,
  criada_em   timestamptz NOT NULL DEFAULT now(),
  concluida_em timestamptz
);
CREATE INDEX importacoes_tenant_id_idx ON importacoes (tenant_id);
CREATE INDEX importacoes_pendentes_idx ON importacoes (id) WHERE status = 'pendente';
INSERT INTO importacoes (tenant_id, arquivo, status, linhas, criada_em, concluida_em)
SELECT 1 + g % 5, 'planilha_' || g || '.csv', 'concluida', 50, now() - (3000 - g) * interval '1 hour', now() - (3000 - g) * interval '1 hour' + interval '1 minute'
FROM generate_series(1, 3000) g;
INSERT INTO importacoes (tenant_id, arquivo, criada_em)
SELECT 1 + (g * 3) % 5, 'planilha_nova_' || g || '.csv', now() - interval '10 minutes' + g * interval '1 second'
FROM generate_series(1, 80) g;
SQL
  for t in $tenants; do
    IFS=: read -r nome tid nc nu peso <<<"$t"
    s=org_$nome
    cat <<SQL
CREATE SCHEMA $s;
CREATE TABLE $s.usuarios (
  id           serial PRIMARY KEY,
  email        text NOT NULL UNIQUE,
  nome         text NOT NULL,
  papel        text NOT NULL DEFAULT 'atendente',
  ativo        boolean NOT NULL DEFAULT true,
  ultimo_login timestamptz
);
CREATE TABLE $s.clientes (
  id             serial PRIMARY KEY,
  nome           text NOT NULL,
  documento      text NOT NULL,
  email          text,
  telefone       text,
  responsavel_id integer REFERENCES $s.usuarios (id),
  ativo          boolean NOT NULL DEFAULT true,
  criado_em      timestamptz NOT NULL DEFAULT now(),
  atualizado_em  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX clientes_atualizado_em_idx ON $s.clientes (atualizado_em);
CREATE INDEX clientes_responsavel_id_idx ON $s.clientes (responsavel_id);
CREATE TABLE $s.contatos (
  id          serial PRIMARY KEY,
  cliente_id  integer NOT NULL REFERENCES $s.clientes (id),
  nome        text NOT NULL,
  email       text,
  cargo       text
);
CREATE INDEX contatos_cliente_id_idx ON $s.contatos (cliente_id);
CREATE TABLE $s.tickets (
  id             serial PRIMARY KEY,
  cliente_id     integer NOT NULL REFERENCES $s.clientes (id),
  responsavel_id integer REFERENCES $s.usuarios (id),
  assunto        text NOT NULL,
  origem         text NOT NULL DEFAULT 'interno',
  status         text NOT NULL DEFAULT 'aberto',
  prioridade     smallint NOT NULL DEFAULT 3,
  criado_em      timestamptz NOT NULL DEFAULT now(),
  atualizado_em  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX tickets_cliente_id_idx ON $s.tickets (cliente_id);
CREATE INDEX tickets_responsavel_status_idx ON $s.tickets (responsavel_id, status);
CREATE INDEX tickets_status_idx ON $s.tickets (status);
CREATE INDEX tickets_criado_em_idx ON $s.tickets (criado_em);
CREATE TABLE $s.interacoes (
  id          bigserial PRIMARY KEY,
  ticket_id   integer NOT NULL REFERENCES $s.tickets (id),
  usuario_id  integer REFERENCES $s.usuarios (id),
  tipo        text NOT NULL,
  texto       text NOT NULL,
  criado_em   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX interacoes_ticket_id_idx ON $s.interacoes (ticket_id);
CREATE INDEX interacoes_usuario_id_idx ON $s.interacoes (usuario_id);
CREATE INDEX interacoes_criado_em_idx ON $s.interacoes (criado_em);
CREATE TABLE $s.notificacoes (
  id             bigserial PRIMARY KEY,
  usuario_id     integer NOT NULL REFERENCES $s.usuarios (id),
  tipo           text NOT NULL,
  referencia_id  integer,
  lida           boolean NOT NULL DEFAULT false,
  criada_em      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX notificacoes_usuario_lida_idx ON $s.notificacoes (usuario_id, lida);
INSERT INTO $s.usuarios (email, nome, papel, ultimo_login)
SELECT 'usuario' || g || '@$nome.com.br',
       (ARRAY['Ana','Bruno','Carla','Diego','Elaine','Fábio','Gisele','Hugo','Íris','João'])[1 + g % 10] || ' ' || g,
       CASE WHEN g = 1 THEN 'admin' WHEN g % 7 = 0 THEN 'gestor' ELSE 'atendente' END,
       now() - (g % 20) * interval '1 day'
FROM generate_series(1, $nu) g;
INSERT INTO $s.clientes (nome, documento, email, telefone, responsavel_id, ativo, criado_em, atualizado_em)
SELECT 'Cliente ' || g || ' $nome', lpad((g * 7919 % 99999999)::text, 8, '0') || '/0001-' || lpad((g % 97)::text, 2, '0'),
       'contato' || g || '@cliente' || (g % 50) || '.com.br', '+55 61 9' || lpad((g * 4481 % 100000000)::text, 8, '0'),
       1 + g % $nu, g % 23 <> 0,
       now() - interval '900 days' + g * (interval '880 days' / $nc),
       now() - interval '400 days' + g * (interval '399 days' / $nc)
FROM generate_series(1, $nc) g;
INSERT INTO $s.contatos (cliente_id, nome, email, cargo)
SELECT 1 + g % $nc, 'Contato ' || g, 'pessoa' || g || '@cliente' || (g % 50) || '.com.br',
       (ARRAY['Compras','Financeiro','Diretoria','TI'])[1 + g % 4]
FROM generate_series(1, 2 * $nc) g;
INSERT INTO $s.tickets (cliente_id, responsavel_id, assunto, origem, status, prioridade, criado_em, atualizado_em)
SELECT 1 + (g * 31) % $nc, 1 + g % $nu, 'Chamado ' || g, (ARRAY['interno','portal','email'])[1 + g % 3],
       (ARRAY['fechado','fechado','fechado','fechado','resolvido','aberto','em_andamento','aguardando_cliente'])[1 + g % 8],
       1 + g % 4,
       now() - interval '700 days' + g * (interval '700 days' / (3 * $nc)),
       now() - interval '690 days' + g * (interval '690 days' / (3 * $nc))
FROM generate_series(1, 3 * $nc) g;
INSERT INTO $s.interacoes (ticket_id, usuario_id, tipo, texto, criado_em)
SELECT 1 + g % (3 * $nc), 1 + g % $nu, (ARRAY['nota','resposta','ligacao'])[1 + g % 3], 'Interação ' || g,
       now() - interval '700 days' + g * (interval '700 days' / (6 * $nc))
FROM generate_series(1, 6 * $nc) g;
INSERT INTO $s.notificacoes (usuario_id, tipo, referencia_id, lida, criada_em)
SELECT 1 + g % $nu, (ARRAY['ticket_atribuido','ticket_atualizado','mencao'])[1 + g % 3], g,
       g % 9 <> 0, now() - (120 * $nu - g) * interval '20 minutes'
FROM generate_series(1, 120 * $nu) g;
SQL
  done
} | quiet_psql >/dev/null
quiet_psql -c "VACUUM ANALYZE" -c "SELECT pg_stat_reset()" >/dev/null

w=$tmp/work
mkdir -p "$w"

api=() portal=() rel=()
for t in $tenants; do
  IFS=: read -r nome tid nc nu peso <<<"$t"
  s=org_$nome
  # crm-api: a rota abre a transação e fixa o search_path só para ela.
  cat > "$w/api_$nome.sql" <<SQL
\\set tid $tid
\\set uid random(1, $nu)
\\set cid random(1, $nc)
\\set tk random(1, $((3 * nc)))
\\set off 20 * random(0, 4)
\\set tipo random(1, 100)
SELECT t.id, t.schema_nome, t.ativo, p.nome AS plano, p.limite_usuarios FROM tenants t JOIN planos p ON p.id = t.plano_id WHERE t.id = :tid;
BEGIN;
SET LOCAL search_path TO $s, public;
SELECT id, nome, email, papel FROM usuarios WHERE id = :uid AND ativo;
\\if :tipo <= 32
SELECT c.id, c.nome, c.documento, c.telefone, u.nome AS responsavel, c.atualizado_em FROM clientes c LEFT JOIN usuarios u ON u.id = c.responsavel_id WHERE c.ativo ORDER BY c.atualizado_em DESC LIMIT 20 OFFSET :off;
SELECT count(*) FROM clientes WHERE ativo;
\\elif :tipo <= 52
SELECT id, nome, documento, email, telefone, responsavel_id, criado_em FROM clientes WHERE id = :cid;
SELECT id, nome, email, cargo FROM contatos WHERE cliente_id = :cid ORDER BY nome;
SELECT id, assunto, status, prioridade, atualizado_em FROM tickets WHERE cliente_id = :cid ORDER BY criado_em DESC LIMIT 10;
\\elif :tipo <= 76
SELECT t.id, t.assunto, t.status, t.prioridade, t.atualizado_em, c.nome AS cliente FROM tickets t JOIN clientes c ON c.id = t.cliente_id WHERE t.responsavel_id = :uid AND t.status IN ('aberto', 'em_andamento') ORDER BY t.atualizado_em LIMIT 25;
\\elif :tipo <= 93
SELECT id, cliente_id, responsavel_id, status FROM tickets WHERE id = :tk FOR UPDATE
\\gset tk_
INSERT INTO interacoes (ticket_id, usuario_id, tipo, texto) VALUES (:tk, :uid, 'resposta', 'Retorno enviado ao cliente');
UPDATE tickets SET status = 'em_andamento', atualizado_em = now() WHERE id = :tk;
INSERT INTO notificacoes (usuario_id, tipo, referencia_id) VALUES (:tk_responsavel_id, 'ticket_atualizado', :tk);
\\else
UPDATE usuarios SET ultimo_login = now() WHERE id = :uid;
\\endif
COMMIT;
SQL
  # Dashboard e badge: sem transação, com o schema do tenant (validado contra
  # public.tenants) escrito na consulta.
  cat > "$w/dash_$nome.sql" <<SQL
\\set tid $tid
SELECT t.id, t.schema_nome, t.ativo, p.nome AS plano, p.limite_usuarios FROM tenants t JOIN planos p ON p.id = t.plano_id WHERE t.id = :tid;
SELECT count(*) AS total_clientes FROM $s.clientes;
SELECT count(*) AS tickets_abertos FROM $s.tickets WHERE status IN ('aberto', 'em_andamento');
SELECT count(*) AS usuarios_ativos FROM $s.usuarios WHERE ativo;
SQL
  cat > "$w/badge_$nome.sql" <<SQL
\\set uid random(1, $nu)
\\set abre random(1, 10)
SELECT count(*) AS nao_lidas FROM $s.notificacoes WHERE usuario_id = :uid AND NOT lida;
\\if :abre <= 3
SELECT id, tipo, referencia_id, criada_em FROM $s.notificacoes WHERE usuario_id = :uid ORDER BY criada_em DESC LIMIT 8;
\\endif
SQL
  api+=(-f "$w/api_$nome.sql@$((peso * 7))" -f "$w/dash_$nome.sql@$((peso * 2))" -f "$w/badge_$nome.sql@$peso")
  # crm-portal: uma sessão do cliente final (o pgbouncer devolve a conexão com
  # DISCARD ALL quando o PHP desconecta).
  cat > "$w/portal_$nome.sql" <<SQL
\\set cid random(1, $nc)
\\set acao random(1, 10)
SET search_path TO $s, public;
SELECT id, nome, email, telefone FROM clientes WHERE id = :cid AND ativo;
SELECT id, assunto, status, atualizado_em FROM tickets WHERE cliente_id = :cid ORDER BY criado_em DESC LIMIT 10;
\\if :acao <= 2
INSERT INTO tickets (cliente_id, assunto, origem) VALUES (:cid, 'Solicitação pelo portal', 'portal');
\\endif
DISCARD ALL;
SQL
  portal+=(-f "$w/portal_$nome.sql@$peso")
  # crm-relatorios: relatório semanal do tenant numa transação.
  cat > "$w/rel_$nome.sql" <<SQL
\\set tid $tid
SELECT schema_nome FROM tenants WHERE id = :tid
\\gset t_
BEGIN;
SELECT set_config('search_path', :t_schema_nome, true);
SELECT date_trunc('week', criado_em) AS semana, status, count(*) AS quantidade FROM tickets WHERE criado_em >= now() - interval '90 days' GROUP BY 1, 2 ORDER BY 1, 2;
SELECT u.nome, count(*) AS interacoes FROM interacoes i JOIN usuarios u ON u.id = i.usuario_id WHERE i.criado_em >= now() - interval '30 days' GROUP BY u.nome ORDER BY 2 DESC;
COMMIT;
SQL
  rel+=(-f "$w/rel_$nome.sql@$peso")
done

# crm-importador: pega a próxima planilha da fila, importa no schema do tenant
# e devolve a conexão limpa.
{
  tn=(x aurora bandeirantes cerrado litoral pantanal)
  for i in $(seq 1 55); do
    tid=$((1 + (i * 3) % 5)); s=org_${tn[$tid]}
    echo "SELECT id, tenant_id, arquivo FROM importacoes WHERE status = 'pendente' ORDER BY id LIMIT 1;"
    echo "SET search_path TO $s, public;"
    echo "BEGIN;"
    echo "INSERT INTO clientes (nome, documento, email, responsavel_id) SELECT 'Importado ' || g || ' lote $i', lpad((g * 131 + $i)::text, 8, '0') || '/0001-01', 'importado' || g || '.$i@exemplo.com.br', 1 FROM generate_series(1, 40) g;"
    echo "UPDATE importacoes SET status = 'concluida', linhas = 40, concluida_em = now() WHERE id = (SELECT min(id) FROM importacoes WHERE status = 'pendente');"
    echo "COMMIT;"
    echo "RESET search_path;"
    echo "\\! sleep 1.$((RANDOM % 4))"
  done
} > "$w/importador.sql"

scenario_mark

PGAPPNAME=crm-importador psql -X -q -f "$w/importador.sql" >/dev/null &
PGAPPNAME=crm-relatorios $PGBENCH -n -c 2 -j 1 -R 0.6 -t 18 -M extended "${rel[@]}" >/dev/null &
PGAPPNAME=crm-portal $PGBENCH -n -c 3 -j 1 -R 12 -t 230 -M simple "${portal[@]}" >/dev/null &
PGAPPNAME=crm-api $PGBENCH -n -c 5 -j 2 -R 40 -t 440 -M extended "${api[@]}" >/dev/null
wait

scenario_capture
