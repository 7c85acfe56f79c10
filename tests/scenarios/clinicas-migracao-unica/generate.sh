#!/usr/bin/env bash
# SaaS de clínicas, um schema por clínica (clinica_*, idênticos). A janela
# começa no deploy: o migrador roda uma vez, clínica por clínica (confere o
# schema e as tabelas no information_schema, CREATE SCHEMA/TABLE IF NOT
# EXISTS da nova teleconsultas, confere e adiciona a coluna canal), e termina;
# depois só o tráfego normal da API .NET (Npgsql, pool, protocolo estendido;
# cada instância carrega os tipos do banco uma vez, ao abrir a primeira
# conexão) e o agente de monitoramento lendo pg_stat_activity e
# pg_stat_database a cada 5 segundos.
source "$(dirname "$0")/../lib.sh"
scenario_start

# slug:pacientes:profissionais:peso
clinicas="sao_lucas:12000:40:22 bem_estar:8000:25:15 vida_plena:6000:20:12 santa_clara:5000:18:10 odonto_sorriso:3000:8:8 fisio_movimento:2500:10:7 pediatria_crescer:2500:9:7 cardio_ritmo:2000:6:5 derma_pele:1800:5:5 orto_passos:1500:6:4 psico_equilibrio:900:7:3 nutri_saude:700:4:2"

{
  cat <<'SQL'
CREATE TABLE clinicas (
  id          serial PRIMARY KEY,
  nome        text NOT NULL,
  schema_nome text NOT NULL UNIQUE,
  plano       text NOT NULL,
  ativo       boolean NOT NULL DEFAULT true
);
CREATE TABLE migracoes (
  schema_nome text NOT NULL,
  versao      text NOT NULL,
  aplicada_em timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (schema_nome, versao)
);
SQL
  for c in $clinicas; do
    IFS=: read -r slug np nprof w <<<"$c"
    s=clinica_$slug
    na=$((np * 4))
    cat <<SQL
INSERT INTO clinicas (nome, schema_nome, plano) VALUES ('Clínica ' || initcap(replace('$slug', '_', ' ')), '$s', CASE WHEN $np > 4000 THEN 'premium' ELSE 'essencial' END);
CREATE SCHEMA $s;
CREATE TABLE $s.profissionais (
  id            serial PRIMARY KEY,
  nome          text NOT NULL,
  especialidade text NOT NULL,
  registro      text NOT NULL UNIQUE,
  ativo         boolean NOT NULL DEFAULT true
);
CREATE TABLE $s.pacientes (
  id              serial PRIMARY KEY,
  nome            text NOT NULL,
  cpf             char(11) NOT NULL UNIQUE,
  data_nascimento date NOT NULL,
  telefone        text,
  email           text
);
CREATE TABLE $s.agendamentos (
  id              serial PRIMARY KEY,
  paciente_id     integer NOT NULL REFERENCES $s.pacientes (id),
  profissional_id integer NOT NULL REFERENCES $s.profissionais (id),
  inicio          timestamptz NOT NULL,
  fim             timestamptz NOT NULL,
  status          text NOT NULL DEFAULT 'agendado'
);
CREATE INDEX agendamentos_profissional_id_inicio_idx ON $s.agendamentos (profissional_id, inicio);
CREATE INDEX agendamentos_paciente_id_idx ON $s.agendamentos (paciente_id);
CREATE TABLE $s.evolucoes (
  id              serial PRIMARY KEY,
  paciente_id     integer NOT NULL REFERENCES $s.pacientes (id),
  profissional_id integer NOT NULL REFERENCES $s.profissionais (id),
  agendamento_id  integer REFERENCES $s.agendamentos (id),
  texto           text NOT NULL,
  criado_em       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX evolucoes_paciente_id_criado_em_idx ON $s.evolucoes (paciente_id, criado_em);
CREATE INDEX evolucoes_profissional_id_idx ON $s.evolucoes (profissional_id);
CREATE INDEX evolucoes_agendamento_id_idx ON $s.evolucoes (agendamento_id);
INSERT INTO $s.profissionais (nome, especialidade, registro, ativo)
SELECT (ARRAY['Dra. Ana','Dr. Bruno','Dra. Carla','Dr. Diego','Dra. Elaine','Dr. Fábio'])[1 + g % 6] || ' ' || g,
       (ARRAY['clínica geral','pediatria','cardiologia','dermatologia','ortopedia','psicologia','nutrição','fisioterapia'])[1 + g % 8],
       'CRM-SP ' || (100000 + g * 37) || '-$slug', g % 11 <> 0
FROM generate_series(1, $nprof) g;
INSERT INTO $s.pacientes (nome, cpf, data_nascimento, telefone, email)
SELECT (ARRAY['Maria','José','Ana','João','Francisca','Antônio','Adriana','Carlos','Juliana','Paulo'])[1 + g % 10] || ' ' ||
       (ARRAY['Silva','Santos','Oliveira','Souza','Rodrigues','Ferreira','Alves'])[1 + g % 7] || ' ' || g,
       lpad((g * 7919 + 10000000)::text, 11, '0'), date '1950-01-01' + (g * 37 % 25000),
       '+55 11 9' || lpad((g * 104729 % 100000000)::text, 8, '0'), 'paciente' || g || '@email.com.br'
FROM generate_series(1, $np) g;
-- agenda de 300 dias atrás até 30 dias à frente, em horários de 30 minutos
INSERT INTO $s.agendamentos (paciente_id, profissional_id, inicio, fim, status)
SELECT 1 + (g * 7717) % $np, 1 + g % $nprof, x.inicio, x.inicio + interval '30 minutes',
       CASE WHEN x.inicio > now() THEN 'agendado' WHEN g % 9 = 0 THEN 'faltou' WHEN g % 13 = 0 THEN 'cancelado' ELSE 'realizado' END
FROM generate_series(1, $na) g,
     LATERAL (SELECT date_trunc('day', now()) - interval '300 days' + ((g / $nprof) * 330 / ($na / $nprof + 1)) * interval '1 day'
                     + interval '8 hours' + (g % 20) * interval '30 minutes' AS inicio) x;
INSERT INTO $s.evolucoes (paciente_id, profissional_id, agendamento_id, texto, criado_em)
SELECT a.paciente_id, a.profissional_id, a.id, 'Paciente relata melhora. Conduta mantida.' || repeat(' Observações.', 10), a.fim
FROM $s.agendamentos a WHERE a.status = 'realizado';
INSERT INTO migracoes (schema_nome, versao, aplicada_em)
SELECT '$s', v, now() - interval '200 days' + n * interval '30 days'
FROM unnest(ARRAY['20260301_inicial', '20260415_evolucoes', '20260610_indices_agenda']) WITH ORDINALITY AS m(v, n);
SQL
  done
} > "$tmp/load.sql"
quiet_psql -f "$tmp/load.sql" >/dev/null
quiet_psql -c "VACUUM ANALYZE" -c "SELECT pg_stat_reset()" >/dev/null

w=$tmp/work
mkdir -p "$w"

# O migrador do deploy (Node, uma conexão): trava, lista as clínicas e aplica
# a versão 20261204_teleconsultas em cada uma, numa transação por clínica.
{
  echo "SELECT pg_try_advisory_lock(727001) AS travado;"
  echo "SELECT schema_nome FROM public.clinicas WHERE ativo ORDER BY id;"
  for c in $clinicas; do
    IFS=: read -r slug np nprof wt <<<"$c"
    s=clinica_$slug
    cat <<SQL
SELECT versao FROM public.migracoes WHERE schema_nome = '$s' ORDER BY versao DESC LIMIT 1;
BEGIN;
SELECT EXISTS (SELECT 1 FROM information_schema.schemata WHERE schema_name = '$s') AS existe;
CREATE SCHEMA IF NOT EXISTS $s;
SELECT table_name FROM information_schema.tables WHERE table_schema = '$s' AND table_name IN ('profissionais', 'pacientes', 'agendamentos', 'evolucoes');
CREATE TABLE IF NOT EXISTS $s.teleconsultas (id serial PRIMARY KEY, agendamento_id integer NOT NULL UNIQUE REFERENCES $s.agendamentos (id), provedor text NOT NULL DEFAULT 'jitsi', link_sala text NOT NULL, criado_em timestamptz NOT NULL DEFAULT now());
SELECT column_name FROM information_schema.columns WHERE table_schema = '$s' AND table_name = 'agendamentos' AND column_name = 'canal';
ALTER TABLE $s.agendamentos ADD COLUMN IF NOT EXISTS canal text NOT NULL DEFAULT 'presencial';
INSERT INTO public.migracoes (schema_nome, versao) VALUES ('$s', '20261204_teleconsultas');
COMMIT;
SQL
  done
  echo "SELECT pg_advisory_unlock(727001);"
} > "$w/migracao.sql"

# A API (.NET 8, Npgsql; 2 instâncias com pool de 4 conexões, protocolo
# estendido). A primeira conexão de cada instância carrega os tipos do banco
# (uma vez); cada requisição: o profissional logado, depois 45% agenda do dia,
# 25% ficha do paciente, 15% novo agendamento (um terço teleconsulta), 15%
# registrar evolução.
scripts=()
for c in $clinicas; do
  IFS=: read -r slug np nprof wt <<<"$c"
  s=clinica_$slug
  {
    echo "\\set prof random(1, $nprof)"
    echo "\\set pac random(1, $np)"
    echo "\\set ag random(1, $((np * 4)))"
    echo '\set tipo random(1, 100)'
    echo '\set dia random(-3, 10)'
    echo '\set slot random(0, 19)'
    echo '\if :tipos_carregados = 0 and :client_id % 4 = 0'
    echo 'SELECT version();'
    echo "SELECT ns.nspname, t.oid, t.typname, t.typtype, t.typnotnull, t.elemtypoid FROM (SELECT typ.oid, typ.typnamespace, typ.typname, typ.typtype, typ.typnotnull, CASE WHEN typ.typtype = 'r' THEN rng.rngsubtype WHEN typ.typtype = 'd' THEN typ.typbasetype WHEN typ.typelem <> 0 AND proc.proname = 'array_recv' THEN typ.typelem END AS elemtypoid FROM pg_type AS typ LEFT JOIN pg_class AS cls ON cls.oid = typ.typrelid LEFT JOIN pg_proc AS proc ON proc.oid = typ.typreceive LEFT JOIN pg_range AS rng ON rng.rngtypid = typ.oid WHERE typ.typtype IN ('b', 'r', 'm', 'e', 'd') OR (typ.typtype = 'c' AND cls.relkind = 'c')) AS t JOIN pg_namespace AS ns ON ns.oid = t.typnamespace ORDER BY CASE WHEN t.typtype IN ('b', 'e') THEN 0 WHEN t.typtype = 'r' THEN 1 WHEN t.typtype = 'c' THEN 2 WHEN t.typtype = 'd' AND t.elemtypoid IS NULL THEN 3 ELSE 4 END;"
    echo "SELECT typ.oid, att.attname, att.atttypid FROM pg_type AS typ JOIN pg_namespace AS ns ON ns.oid = typ.typnamespace JOIN pg_class AS cls ON cls.oid = typ.typrelid JOIN pg_attribute AS att ON att.attrelid = typ.typrelid WHERE typ.typtype = 'c' AND cls.relkind = 'c' AND attnum > 0 AND NOT attisdropped ORDER BY typ.oid, att.attnum;"
    echo "SELECT pg_type.oid, enumlabel FROM pg_enum JOIN pg_type ON pg_type.oid = enumtypid ORDER BY oid, enumsortorder;"
    echo '\endif'
    echo '\set tipos_carregados 1'
    echo "SELECT id, nome, especialidade, registro FROM $s.profissionais WHERE id = :prof AND ativo;"
    echo '\if :tipo <= 45'
    echo "SELECT a.id, a.inicio, a.fim, a.status, a.canal, p.id AS paciente_id, p.nome, p.telefone FROM $s.agendamentos a JOIN $s.pacientes p ON p.id = a.paciente_id WHERE a.profissional_id = :prof AND a.inicio >= date_trunc('day', now()) + :dia * interval '1 day' AND a.inicio < date_trunc('day', now()) + (:dia + 1) * interval '1 day' ORDER BY a.inicio;"
    echo '\elif :tipo <= 70'
    echo "SELECT id, nome, cpf, data_nascimento, telefone, email FROM $s.pacientes WHERE id = :pac;"
    echo "SELECT e.id, e.texto, e.criado_em, pr.nome AS profissional FROM $s.evolucoes e JOIN $s.profissionais pr ON pr.id = e.profissional_id WHERE e.paciente_id = :pac ORDER BY e.criado_em DESC LIMIT 10;"
    echo '\elif :tipo <= 85'
    echo 'BEGIN;'
    echo "SELECT count(*) AS conflitos FROM $s.agendamentos WHERE profissional_id = :prof AND inicio = date_trunc('day', now()) + (:dia + 1) * interval '1 day' + interval '8 hours' + :slot * interval '30 minutes' AND status <> 'cancelado';"
    echo "INSERT INTO $s.agendamentos (paciente_id, profissional_id, inicio, fim, status, canal) VALUES (:pac, :prof, date_trunc('day', now()) + (:dia + 1) * interval '1 day' + interval '8 hours' + :slot * interval '30 minutes', date_trunc('day', now()) + (:dia + 1) * interval '1 day' + interval '8 hours 30 minutes' + :slot * interval '30 minutes', 'agendado', CASE WHEN :slot % 3 = 0 THEN 'online' ELSE 'presencial' END) RETURNING id"
    echo '\gset novo_'
    echo '\if :slot % 3 = 0'
    echo "INSERT INTO $s.teleconsultas (agendamento_id, link_sala) VALUES (:novo_id, 'https://meet.clinicas.app/sala-' || :novo_id);"
    echo '\endif'
    echo 'COMMIT;'
    echo '\else'
    echo 'BEGIN;'
    echo "INSERT INTO $s.evolucoes (paciente_id, profissional_id, agendamento_id, texto) VALUES (:pac, :prof, :ag, 'Retorno em 30 dias. Exames solicitados.');"
    echo "UPDATE $s.agendamentos SET status = 'realizado' WHERE id = :ag;"
    echo 'COMMIT;'
    echo '\endif'
  } > "$w/$slug.sql"
  scripts+=(-f "$w/$slug.sql@$wt")
done

# Agente de monitoramento (Zabbix agent 2, plugin PostgreSQL): uma conexão,
# a cada 5 segundos.
cat > "$w/monitor.sql" <<'SQL'
SELECT state, count(*) FROM pg_stat_activity WHERE datname = current_database() GROUP BY state;
SELECT coalesce(max(extract(epoch FROM now() - xact_start)), 0) AS max_xact_seg FROM pg_stat_activity WHERE state <> 'idle' AND backend_type = 'client backend';
SELECT numbackends, xact_commit, xact_rollback, blks_read, blks_hit, tup_returned, tup_fetched, tup_inserted, tup_updated, tup_deleted, conflicts, temp_files, temp_bytes, deadlocks FROM pg_stat_database WHERE datname = current_database();
SELECT pg_database_size(current_database());
\sleep 5 s
SQL

scenario_mark

PGAPPNAME=zabbix-agent2 $PGBENCH -n -c 1 -j 1 -t 16 -M simple -f "$w/monitor.sql" >/dev/null &
mon=$!
sleep 1
PGAPPNAME=clinicas-migrate psql -X -q -v ON_ERROR_STOP=1 -f "$w/migracao.sql" >/dev/null
sleep 1
PGAPPNAME=clinicas-api $PGBENCH -n -c 8 -j 2 -R 35 -t 250 -M extended -D tipos_carregados=0 "${scripts[@]}" >/dev/null
wait $mon

scenario_capture
