#!/usr/bin/env bash
# Database-per-tenant clinics (field report 002): five clinic databases made
# with createdb from the same migration, each owned by and reached through its
# own login role, on one 2-core server. Every clinic runs the same web app
# (agenda-web, pooled, extended protocol) at a rate proportional to its size.
# Clínica Litoral, a mid-sized one, also has an analyst running heavy ad-hoc
# exports (whole-table joins, sorts, seconds each) from a BI tool and a broken
# lab integration retrying, every ~250 ms, an INSERT that violates a unique
# constraint.
source "$(dirname "$0")/../lib.sh"
scenario_start

# database pacientes profissionais agendamentos web-rate(req/s) web-pool
clinics=(
  "clinica_vitoria 24000 70 140000 14 8"
  "clinica_serra 12000 36 70000 8 5"
  "clinica_litoral 12000 30 90000 5 3"
  "clinica_vale 6000 20 36000 3.5 3"
  "clinica_centro 4000 12 24000 2.5 2"
)

for c in "${clinics[@]}"; do
  read -r db np nprof na rate pool <<<"$c"
  role=${db}_app
  quiet_psql -c "CREATE ROLE $role LOGIN"
  PGOPTIONS=$QUIET "$bindir/createdb" -O "$role" "$db"
  quiet_psql -d "$db" <<SQL
SET ROLE $role;
CREATE TABLE profissionais (
  id            serial PRIMARY KEY,
  nome          text NOT NULL,
  conselho      text NOT NULL UNIQUE,
  especialidade text NOT NULL,
  ativo         boolean NOT NULL DEFAULT true
);
CREATE TABLE pacientes (
  id              serial PRIMARY KEY,
  nome            text NOT NULL,
  cpf             text NOT NULL UNIQUE,
  data_nascimento date,
  telefone        text,
  convenio        text NOT NULL DEFAULT 'particular',
  criado_em       timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE agendamentos (
  id              serial PRIMARY KEY,
  paciente_id     integer NOT NULL REFERENCES pacientes (id),
  profissional_id integer NOT NULL REFERENCES profissionais (id),
  inicio          timestamp NOT NULL,
  status          text NOT NULL DEFAULT 'agendado',
  convenio        text NOT NULL,
  valor           numeric(10,2) NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX agendamentos_profissional_inicio_key ON agendamentos (profissional_id, inicio);
CREATE INDEX agendamentos_paciente_idx ON agendamentos (paciente_id, inicio);
CREATE TABLE procedimentos (
  id             bigserial PRIMARY KEY,
  agendamento_id integer NOT NULL REFERENCES agendamentos (id),
  codigo_tuss    text NOT NULL,
  descricao      text NOT NULL,
  valor          numeric(10,2) NOT NULL
);
CREATE INDEX procedimentos_agendamento_idx ON procedimentos (agendamento_id);
CREATE TABLE evolucoes (
  id             serial PRIMARY KEY,
  agendamento_id integer NOT NULL UNIQUE REFERENCES agendamentos (id),
  texto          text NOT NULL,
  criado_em      timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE resultados_exames (
  id            bigserial PRIMARY KEY,
  paciente_id   integer NOT NULL REFERENCES pacientes (id),
  protocolo_lab text NOT NULL,
  codigo_exame  text NOT NULL,
  resultado     text NOT NULL,
  recebido_em   timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT resultados_exames_protocolo_exame_key UNIQUE (protocolo_lab, codigo_exame)
);
CREATE INDEX resultados_exames_paciente_idx ON resultados_exames (paciente_id, recebido_em);

INSERT INTO profissionais (nome, conselho, especialidade)
SELECT (ARRAY['Dra. Ana','Dr. Bruno','Dra. Camila','Dr. Daniel','Dra. Elisa','Dr. Fernando','Dra. Helena'])[1 + g % 7] || ' ' || g,
       (ARRAY['CRM-ES ','CRP-ES ','CREFITO-ES '])[1 + g % 3] || (30000 + g),
       (ARRAY['clínica geral','pediatria','cardiologia','psicologia','fisioterapia','dermatologia','ginecologia'])[1 + g % 7]
FROM generate_series(1, $nprof) g;
INSERT INTO pacientes (nome, cpf, data_nascimento, telefone, convenio, criado_em)
SELECT (ARRAY['Maria','José','Ana','João','Francisca','Antônio','Luiza','Carlos','Paula','Pedro'])[1 + g % 10] || ' ' ||
       (ARRAY['Silva','Santos','Oliveira','Souza','Lima','Pereira','Ferreira','Costa'])[1 + (g / 10) % 8] || ' ' || g,
       lpad(g::text, 11, '0'), date '1945-01-01' + (g * 37) % 28000,
       '(27) 9' || lpad((g * 7919 % 100000000)::text, 8, '0'),
       (ARRAY['Unimed','particular','SulAmérica','Bradesco Saúde','Amil','Unimed'])[1 + g % 6],
       now() - ((g * 13) % 1500) * interval '1 day'
FROM generate_series(1, $np) g;
-- fifteen months of agenda (fourteen past, one ahead), 30-minute slots
INSERT INTO agendamentos (paciente_id, profissional_id, inicio, status, convenio, valor)
SELECT 1 + (g * 7717) % $np, 1 + g % $nprof,
       date_trunc('day', now() - interval '420 days') + (g::bigint * 450 / $na) * interval '1 day'
         + interval '7 hours' + ((g / $nprof) % 20) * interval '30 minutes',
       CASE WHEN g::bigint * 450 / $na >= 420 THEN 'agendado' WHEN g % 13 = 0 THEN 'faltou' ELSE 'realizado' END,
       (ARRAY['Unimed','particular','SulAmérica','Bradesco Saúde','Amil','Unimed'])[1 + ((g * 7717) % $np) % 6],
       80 + (g * 31) % 40 * 5
FROM generate_series(1, $na) g;
INSERT INTO procedimentos (agendamento_id, codigo_tuss, descricao, valor)
SELECT a.id, '1010' || lpad(((a.id * 7 + k) % 90)::text, 4, '0'),
       (ARRAY['Consulta em consultório','Sessão de fisioterapia','Eletrocardiograma','Curativo simples','Avaliação psicológica','Retorno'])[1 + (a.id + k) % 6],
       40 + (a.id * k) % 30 * 7
FROM agendamentos a, generate_series(1, 1 + a.id % 3) k
WHERE a.status = 'realizado';
INSERT INTO evolucoes (agendamento_id, texto, criado_em)
SELECT a.id,
       'Paciente comparece ' || (ARRAY['acompanhada','sozinho','com familiar'])[1 + a.id % 3] ||
       '. Refere ' || (ARRAY['melhora parcial dos sintomas','dor lombar há duas semanas','cefaleia recorrente','ansiedade no trabalho','tosse seca persistente'])[1 + a.id % 5] ||
       '. Conduta: ' || (ARRAY['manter tratamento','solicitar exames','encaminhar ao especialista','ajustar dose','retorno em 30 dias'])[1 + a.id % 5] ||
       '. Obs: ' || md5(a.id::text) || md5((a.id * 3)::text) || md5((a.id * 7)::text),
       a.inicio + interval '40 minutes'
FROM agendamentos a WHERE a.status = 'realizado';
INSERT INTO resultados_exames (paciente_id, protocolo_lab, codigo_exame, resultado, recebido_em)
SELECT 1 + (g * 389) % $np, 'LAB-' || (500000 + g / 3), (ARRAY['HEMOGRAMA','GLICEMIA','TSH'])[1 + g % 3],
       'dentro da normalidade', now() - (g % 400) * interval '1 day'
FROM generate_series(1, $np) g;
RESET ROLE;
VACUUM ANALYZE;
SQL
  quiet_psql -d "$db" -c "SELECT pg_stat_reset()" >/dev/null
done

# agenda-web (PHP-FPM behind a pooler, extended protocol): the same pages in
# every clinic.
for c in "${clinics[@]}"; do
  read -r db np nprof na rate pool <<<"$c"
  cat > "$tmp/web_$db.sql" <<SQL
\\set r random(1, 100)
\\set prof random(1, $nprof)
\\set pac random(1, $np)
\\if :r <= 35
\\set dia random(-2, 5)
SELECT id, nome, especialidade FROM profissionais WHERE id = :prof;
SELECT a.id, a.inicio, a.status, p.id AS paciente_id, p.nome, p.telefone, a.convenio FROM agendamentos a JOIN pacientes p ON p.id = a.paciente_id WHERE a.profissional_id = :prof AND a.inicio >= current_date + :dia::int AND a.inicio < current_date + :dia::int + 1 ORDER BY a.inicio;
\\elif :r <= 60
SELECT id, nome, cpf, data_nascimento, telefone, convenio FROM pacientes WHERE id = :pac;
SELECT a.id, a.inicio, a.status, pr.nome AS profissional, e.texto FROM agendamentos a JOIN profissionais pr ON pr.id = a.profissional_id LEFT JOIN evolucoes e ON e.agendamento_id = a.id WHERE a.paciente_id = :pac ORDER BY a.inicio DESC LIMIT 20;
SELECT protocolo_lab, codigo_exame, resultado, recebido_em FROM resultados_exames WHERE paciente_id = :pac ORDER BY recebido_em DESC LIMIT 10;
\\elif :r <= 75
SELECT id, nome, data_nascimento, convenio FROM pacientes WHERE cpf = lpad(:pac::text, 11, '0');
\\elif :r <= 90
\\set slot random(0, 19)
\\set dias random(1, 30)
BEGIN;
SELECT count(*) FROM agendamentos WHERE profissional_id = :prof AND inicio = date_trunc('day', now()) + :dias::int * interval '1 day' + interval '7 hours' + :slot::int * interval '30 minutes';
INSERT INTO agendamentos (paciente_id, profissional_id, inicio, convenio, valor) VALUES (:pac, :prof, date_trunc('day', now()) + :dias::int * interval '1 day' + interval '7 hours' + :slot::int * interval '30 minutes', 'Unimed', 150) ON CONFLICT DO NOTHING RETURNING id;
COMMIT;
\\else
\\set ag random(1, $na)
BEGIN;
INSERT INTO evolucoes (agendamento_id, texto) VALUES (:ag, 'Evolução registrada no atendimento') ON CONFLICT (agendamento_id) DO NOTHING;
UPDATE agendamentos SET status = 'realizado' WHERE id = :ag AND status = 'agendado';
COMMIT;
\\endif
SQL
done

# The analyst's ad-hoc exports for the insurers and the BI spreadsheet (run by
# hand from a BI tool, one connection, one after another with pauses).
# A: the production pivot table for the insurers (every total and subtotal)
cat > "$tmp/export_a.sql" <<'SQL'
SELECT a.convenio, pr.especialidade, pr.nome AS profissional, date_trunc('month', a.inicio) AS mes,
       count(DISTINCT a.id) AS atendimentos, count(DISTINCT a.paciente_id) AS pacientes,
       count(*) AS procedimentos, sum(p.valor) AS faturado
FROM agendamentos a
JOIN procedimentos p ON p.agendamento_id = a.id
JOIN profissionais pr ON pr.id = a.profissional_id
WHERE a.status = 'realizado'
GROUP BY CUBE (a.convenio, pr.especialidade, pr.nome, date_trunc('month', a.inicio))
ORDER BY 1, 2, 3, 4;
SQL
# B: the most frequent complaints per month, from the clinical notes
cat > "$tmp/export_b.sql" <<'SQL'
SELECT date_trunc('month', a.inicio) AS mes, w.palavra, count(*) AS n, count(DISTINCT a.paciente_id) AS pacientes
FROM evolucoes e
JOIN agendamentos a ON a.id = e.agendamento_id,
     regexp_split_to_table(lower(e.texto), '[^[:alpha:]]+') AS w(palavra)
WHERE length(w.palavra) > 3
GROUP BY 1, 2
ORDER BY 1, n DESC;
SQL
# C: every procedure of the year with the patient's visit count and interval
cat > "$tmp/export_c.sql" <<'SQL'
SELECT pa.nome, pa.cpf, a.inicio, a.convenio, p.codigo_tuss, p.descricao, p.valor,
       row_number() OVER (PARTITION BY pa.id ORDER BY a.inicio) AS n_atendimento,
       a.inicio - lag(a.inicio) OVER (PARTITION BY pa.id ORDER BY a.inicio) AS intervalo,
       sum(p.valor) OVER (PARTITION BY a.convenio, date_trunc('month', a.inicio)) AS total_mes_convenio,
       e.texto
FROM agendamentos a
JOIN pacientes pa ON pa.id = a.paciente_id
JOIN procedimentos p ON p.agendamento_id = a.id
LEFT JOIN evolucoes e ON e.agendamento_id = a.id
WHERE to_char(a.inicio, 'YYYY') >= to_char(now() - interval '1 year', 'YYYY')
ORDER BY a.convenio, pa.nome, a.inicio;
SQL

scenario_mark
# Litoral's analyst runs the three exports by hand, one after another, from a
# BI tool holding one connection with the clinic's credentials.
{
  sleep 10
  for i in 1 2 3 4 5 6 7 8 9 10 11 12; do
    f=$(printf 'a\nb\nc\n' | sed -n "$(( (i % 3) + 1 ))p")
    cat "$tmp/export_$f.sql"
    sleep $(( 4 + RANDOM % 5 ))
  done
} | PGAPPNAME=relatorios-bi psql -X -q -U clinica_litoral_app -d clinica_litoral >/dev/null &
bi=$!

# The lab integration's queue is stuck on one result it already delivered:
# it looks the patient up and retries the same INSERT about four times a second.
python3 - <<'PY' | PGAPPNAME=integracao-lab psql -X -q -U clinica_litoral_app -d clinica_litoral >/dev/null 2>&1 &
import random, sys, time
rnd = random.Random(7)
t0 = time.time()
while time.time() - t0 < 118:
    print("SELECT id FROM pacientes WHERE cpf = '00000004217';")
    print("INSERT INTO resultados_exames (paciente_id, protocolo_lab, codigo_exame, resultado) "
          "VALUES (4217, 'LAB-501402', 'GLICEMIA', '98 mg/dL');", flush=True)
    time.sleep(rnd.uniform(0.2, 0.3))
PY
lab=$!
pids=()
for c in "${clinics[@]}"; do
  read -r db np nprof na rate pool <<<"$c"
  PGAPPNAME=agenda-web $PGBENCH -n -c "$pool" -j 1 -M extended -R "$rate" -T 120 \
    -U "${db}_app" -f "$tmp/web_$db.sql" "$db" >/dev/null &
  pids+=($!)
done
for p in "${pids[@]}"; do wait "$p"; done
wait $lab || true
wait $bi || true
scenario_capture clinica_litoral
