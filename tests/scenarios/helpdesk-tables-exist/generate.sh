#!/usr/bin/env bash
# Helpdesk SaaS com um schema por empresa cliente (tenant_aurora … tenant_jatoba,
# idênticos): a API Node/TypeScript (Drizzle, pool de 8 conexões, protocolo
# estendido) chama getTenantDb() em toda requisição, que confere o schema no
# information_schema, roda CREATE SCHEMA IF NOT EXISTS e confere as quatro
# tabelas principais uma a uma (tablesExist) antes das consultas de verdade;
# o detalhe do ticket ainda garante a tabela anexos com CREATE TABLE IF NOT
# EXISTS e a resposta confere mensagens/anexos com um IN.
source "$(dirname "$0")/../lib.sh"
scenario_start

# slug:clientes:peso
tenants="aurora:9000:25 boavista:6000:15 cedro:5000:12 delta:3500:9 estrela:2500:7 fenix:2000:6 girassol:1500:5 horizonte:1200:4 ipe:800:3 jatoba:500:2"

anexos_ddl() {
  echo "CREATE TABLE IF NOT EXISTS \"$1\".\"anexos\" (\"id\" serial PRIMARY KEY, \"ticket_id\" integer NOT NULL REFERENCES \"$1\".\"tickets\" (\"id\"), \"nome_arquivo\" text NOT NULL, \"tamanho_bytes\" integer NOT NULL, \"url\" text NOT NULL, \"criado_em\" timestamptz NOT NULL DEFAULT now());"
}

{
  cat <<'SQL'
CREATE TABLE tenants (
  id          serial PRIMARY KEY,
  slug        text NOT NULL UNIQUE,
  nome        text NOT NULL,
  schema_nome text NOT NULL UNIQUE,
  plano       text NOT NULL,
  ativo       boolean NOT NULL DEFAULT true,
  criado_em   timestamptz NOT NULL DEFAULT now()
);
SQL
  i=0
  for t in $tenants; do
    IFS=: read -r slug nc w <<<"$t"
    i=$((i + 1))
    s=tenant_$slug
    na=$((5 + nc / 300))
    nt=$((3 * nc))
    cat <<SQL
INSERT INTO tenants (slug, nome, schema_nome, plano) VALUES
  ('$slug', initcap('$slug') || ' Serviços Ltda', '$s', (ARRAY['enterprise','pro','pro','basico'])[1 + $i % 4]);
CREATE SCHEMA $s;
CREATE TABLE $s.clientes (
  id        serial PRIMARY KEY,
  nome      text NOT NULL,
  email     text NOT NULL UNIQUE,
  empresa   text,
  telefone  text,
  criado_em timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE $s.agentes (
  id     serial PRIMARY KEY,
  nome   text NOT NULL,
  email  text NOT NULL UNIQUE,
  papel  text NOT NULL DEFAULT 'agente',
  ativo  boolean NOT NULL DEFAULT true
);
CREATE TABLE $s.tickets (
  id            serial PRIMARY KEY,
  cliente_id    integer NOT NULL REFERENCES $s.clientes (id),
  agente_id     integer REFERENCES $s.agentes (id),
  assunto       text NOT NULL,
  status        text NOT NULL DEFAULT 'aberto',
  prioridade    smallint NOT NULL DEFAULT 2,
  criado_em     timestamptz NOT NULL DEFAULT now(),
  atualizado_em timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX tickets_status_atualizado_em_idx ON $s.tickets (status, atualizado_em);
CREATE INDEX tickets_cliente_id_idx ON $s.tickets (cliente_id);
CREATE INDEX tickets_agente_id_idx ON $s.tickets (agente_id);
CREATE TABLE $s.mensagens (
  id         serial PRIMARY KEY,
  ticket_id  integer NOT NULL REFERENCES $s.tickets (id),
  autor_tipo text NOT NULL,
  autor_id   integer NOT NULL,
  corpo      text NOT NULL,
  criado_em  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX mensagens_ticket_id_idx ON $s.mensagens (ticket_id);
$(anexos_ddl "$s")
CREATE INDEX anexos_ticket_id_idx ON $s.anexos (ticket_id);
INSERT INTO $s.clientes (nome, email, empresa, telefone, criado_em)
SELECT (ARRAY['Ana','Bruno','Carla','Diego','Elaine','Fábio','Gisele','Hugo','Iara','João'])[1 + g % 10] || ' ' ||
       (ARRAY['Silva','Souza','Oliveira','Lima','Costa','Pereira','Almeida'])[1 + g % 7],
       'cliente' || g || '@empresa' || (g % 211) || '.com.br', 'Empresa ' || (g % 211),
       '+55 11 9' || lpad((g * 7919 % 100000000)::text, 8, '0'), now() - (g % 700) * interval '1 day'
FROM generate_series(1, $nc) g;
INSERT INTO $s.agentes (nome, email, papel, ativo)
SELECT 'Agente ' || g, 'agente' || g || '@$slug.helpdesk.app', CASE WHEN g <= 2 THEN 'admin' ELSE 'agente' END, g % 17 <> 0
FROM generate_series(1, $na) g;
INSERT INTO $s.tickets (cliente_id, agente_id, assunto, status, prioridade, criado_em, atualizado_em)
SELECT 1 + (g * 7717) % $nc, 1 + g % $na, 'Chamado ' || g || ': ' || (ARRAY['erro no login','nota fiscal','troca de plano','integração','lentidão','dúvida'])[1 + g % 6],
       CASE WHEN g > $nt - $nt / 20 THEN (ARRAY['aberto','pendente'])[1 + g % 2]
            ELSE (ARRAY['fechado','fechado','fechado','resolvido'])[1 + g % 4] END, 1 + g % 3,
       now() - ($nt - g) * interval '6 minutes', now() - ($nt - g) * interval '5 minutes'
FROM generate_series(1, $nt) g;
INSERT INTO $s.mensagens (ticket_id, autor_tipo, autor_id, corpo, criado_em)
SELECT t.id, CASE WHEN k % 2 = 1 THEN 'cliente' ELSE 'agente' END, CASE WHEN k % 2 = 1 THEN t.cliente_id ELSE t.agente_id END,
       'Mensagem ' || k || ' do chamado ' || t.id || repeat(' texto', 20), t.criado_em + k * interval '20 minutes'
FROM $s.tickets t, LATERAL generate_series(1, 2 + t.id % 5) k;
INSERT INTO $s.anexos (ticket_id, nome_arquivo, tamanho_bytes, url)
SELECT t.id, 'print_' || t.id || '.png', 20000 + t.id % 500000, 'https://files.helpdesk.app/$slug/' || md5(t.id::text) || '.png'
FROM $s.tickets t WHERE t.id % 4 = 0;
SQL
  done
} > "$tmp/load.sql"
quiet_psql -f "$tmp/load.sql" >/dev/null
quiet_psql -c "VACUUM ANALYZE" -c "SELECT pg_stat_reset()" >/dev/null

w=$tmp/work
mkdir -p "$w"

# Uma requisição da API: o authMiddleware resolve o tenant do token em
# public.tenants; getTenantDb(schema) confere o schema (information_schema),
# CREATE SCHEMA IF NOT EXISTS e tablesExist() das quatro tabelas, uma consulta
# por tabela; depois o agente logado e a rota: 45% caixa de entrada, 30%
# detalhe do ticket (garante anexos com CREATE TABLE IF NOT EXISTS), 15%
# resposta (confere mensagens/anexos de uma vez, grava), 10% página do cliente.
scripts=()
defs=(-D tb1=clientes -D tb2=agentes -D tb3=tickets -D tb4=mensagens)
for t in $tenants; do
  IFS=: read -r slug nc wt <<<"$t"
  s=tenant_$slug
  na=$((5 + nc / 300))
  nt=$((3 * nc))
  defs+=(-D "slug_$slug=$slug" -D "s_$slug=$s")
  {
    echo '\set tipo random(1, 100)'
    echo "\\set ag random(1, $na)"
    echo "\\set tk random($((nt - nt / 5)), $nt)"
    echo "\\set cl random(1, $nc)"
    echo '\set pagina random(0, 3)'
    echo '\set prio random(1, 3)'
    echo "SELECT \"id\", \"slug\", \"schema_nome\", \"plano\", \"ativo\" FROM \"tenants\" WHERE \"tenants\".\"slug\" = :slug_$slug LIMIT 1;"
    echo "SELECT EXISTS (SELECT 1 FROM information_schema.schemata WHERE schema_name = :s_$slug) AS \"existe\";"
    echo "CREATE SCHEMA IF NOT EXISTS \"$s\";"
    for k in 1 2 3 4; do
      echo "SELECT EXISTS (SELECT 1 FROM information_schema.tables WHERE table_schema = :s_$slug AND table_name = :tb$k) AS \"existe\";"
    done
    echo "SELECT \"id\", \"nome\", \"email\", \"papel\" FROM \"$s\".\"agentes\" WHERE (\"agentes\".\"id\" = :ag AND \"agentes\".\"ativo\" = true) LIMIT 1;"
    echo '\if :tipo <= 45'
    echo "SELECT \"tickets\".\"id\", \"tickets\".\"assunto\", \"tickets\".\"status\", \"tickets\".\"prioridade\", \"tickets\".\"atualizado_em\", \"clientes\".\"nome\" AS \"cliente\" FROM \"$s\".\"tickets\" INNER JOIN \"$s\".\"clientes\" ON \"tickets\".\"cliente_id\" = \"clientes\".\"id\" WHERE \"tickets\".\"status\" IN ('aberto', 'pendente') ORDER BY \"tickets\".\"atualizado_em\" DESC LIMIT 25 OFFSET :pagina * 25;"
    echo "SELECT \"status\", count(*) AS \"total\" FROM \"$s\".\"tickets\" WHERE \"tickets\".\"status\" IN ('aberto', 'pendente') GROUP BY \"tickets\".\"status\";"
    echo '\elif :tipo <= 75'
    echo "SELECT \"tickets\".\"id\", \"tickets\".\"assunto\", \"tickets\".\"status\", \"tickets\".\"prioridade\", \"tickets\".\"criado_em\", \"clientes\".\"id\" AS \"cliente_id\", \"clientes\".\"nome\", \"clientes\".\"email\" FROM \"$s\".\"tickets\" INNER JOIN \"$s\".\"clientes\" ON \"tickets\".\"cliente_id\" = \"clientes\".\"id\" WHERE \"tickets\".\"id\" = :tk LIMIT 1;"
    echo "SELECT \"id\", \"autor_tipo\", \"autor_id\", \"corpo\", \"criado_em\" FROM \"$s\".\"mensagens\" WHERE \"mensagens\".\"ticket_id\" = :tk ORDER BY \"mensagens\".\"criado_em\";"
    anexos_ddl "$s"
    echo "SELECT \"id\", \"nome_arquivo\", \"tamanho_bytes\", \"url\" FROM \"$s\".\"anexos\" WHERE \"anexos\".\"ticket_id\" = :tk;"
    echo '\elif :tipo <= 90'
    echo "SELECT count(*) AS \"n\" FROM information_schema.tables WHERE table_schema = :s_$slug AND table_name IN ('mensagens', 'anexos');"
    echo 'BEGIN;'
    echo "INSERT INTO \"$s\".\"mensagens\" (\"ticket_id\", \"autor_tipo\", \"autor_id\", \"corpo\", \"criado_em\") VALUES (:tk, 'agente', :ag, 'Olá! Estamos verificando o seu chamado e retornamos em breve.', now()) RETURNING \"id\";"
    echo "UPDATE \"$s\".\"tickets\" SET \"status\" = 'pendente', \"agente_id\" = :ag, \"atualizado_em\" = now() WHERE \"tickets\".\"id\" = :tk;"
    echo 'COMMIT;'
    echo '\else'
    echo "SELECT \"id\", \"nome\", \"email\", \"empresa\", \"telefone\" FROM \"$s\".\"clientes\" WHERE \"clientes\".\"id\" = :cl LIMIT 1;"
    echo "SELECT \"id\", \"assunto\", \"status\", \"criado_em\" FROM \"$s\".\"tickets\" WHERE \"tickets\".\"cliente_id\" = :cl ORDER BY \"tickets\".\"criado_em\" DESC LIMIT 20;"
    echo '\endif'
  } > "$w/$slug.sql"
  scripts+=(-f "$w/$slug.sql@$wt")
done

scenario_mark

PGOPTIONS="-c client_min_messages=warning" PGAPPNAME=helpdesk-api $PGBENCH -n -c 8 -j 2 -R 30 -t 250 -M extended "${defs[@]}" "${scripts[@]}" >/dev/null

scenario_capture
