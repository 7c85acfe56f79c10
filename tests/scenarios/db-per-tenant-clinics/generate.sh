#!/usr/bin/env bash
# Database-per-tenant clinics (field report 002): four clinic databases with
# the same schema on one server; the agenda loads each consulta's
# prescriptions one at a time; consultas.paciente_id is a declared foreign key
# with no index; clinica_norte has ten times the traffic of each other clinic;
# a nightly report runs once in clinica_norte.
source "$(dirname "$0")/../lib.sh"
scenario_start

# clinic, patients, doctors, consultas
clinics=("clinica_norte 30000 60 200000" "clinica_sul 6000 15 40000" "clinica_leste 5000 12 32000" "clinica_oeste 7000 16 45000")

for c in "${clinics[@]}"; do
  read -r db np nm nc <<<"$c"
  quiet_psql -c "CREATE DATABASE $db"
  quiet_psql -d "$db" <<SQL
CREATE TABLE pacientes (
  id serial PRIMARY KEY,
  nome text NOT NULL,
  cpf char(11) NOT NULL UNIQUE,
  data_nascimento date,
  telefone text,
  convenio text
);
CREATE TABLE medicos (
  id serial PRIMARY KEY,
  nome text NOT NULL,
  crm text NOT NULL UNIQUE,
  especialidade text NOT NULL,
  ativo boolean NOT NULL DEFAULT true
);
CREATE TABLE consultas (
  id serial PRIMARY KEY,
  paciente_id integer NOT NULL REFERENCES pacientes (id),
  medico_id integer NOT NULL REFERENCES medicos (id),
  data timestamp NOT NULL,
  status text NOT NULL DEFAULT 'agendada',
  observacoes text
);
CREATE INDEX consultas_medico_data_idx ON consultas (medico_id, data);
CREATE TABLE prescricoes (
  id serial PRIMARY KEY,
  consulta_id integer NOT NULL REFERENCES consultas (id),
  medicamento text NOT NULL,
  posologia text NOT NULL,
  dias smallint NOT NULL DEFAULT 7
);
CREATE INDEX prescricoes_consulta_id_idx ON prescricoes (consulta_id);

INSERT INTO pacientes (nome, cpf, data_nascimento, telefone, convenio)
SELECT 'Paciente ' || g, lpad(g::text, 11, '0'), date '1940-01-01' + (g * 37) % 29000,
       '(31) 9' || lpad((g * 7919 % 100000000)::text, 8, '0'),
       (ARRAY['Unimed','particular','SulAmérica','Bradesco Saúde','SUS'])[1 + g % 5]
FROM generate_series(1, $np) g;
INSERT INTO medicos (nome, crm, especialidade)
SELECT 'Dr(a). Médico ' || g, 'CRM-MG ' || (40000 + g),
       (ARRAY['clínica geral','pediatria','cardiologia','dermatologia','ortopedia','ginecologia'])[1 + g % 6]
FROM generate_series(1, $nm) g;
-- fourteen months of agenda: thirteen past, one ahead
INSERT INTO consultas (paciente_id, medico_id, data, status)
SELECT 1 + (g * 7717) % $np, 1 + g % $nm,
       date_trunc('day', now() - interval '400 days' + g * (interval '430 days' / $nc))
         + interval '8 hours' + ((g / $nm) % 20) * interval '30 minutes',
       CASE WHEN g < $nc * 400 / 430 THEN (CASE WHEN g % 11 = 0 THEN 'faltou' ELSE 'realizada' END) ELSE 'agendada' END
FROM generate_series(1, $nc) g;
INSERT INTO prescricoes (consulta_id, medicamento, posologia, dias)
SELECT c.id, (ARRAY['Dipirona 500mg','Amoxicilina 500mg','Losartana 50mg','Omeprazol 20mg','Ibuprofeno 400mg'])[1 + (c.id + k) % 5],
       (ARRAY['1 comprimido de 8/8h','1 comprimido ao dia','1 cápsula em jejum'])[1 + (c.id * k) % 3], 5 + (c.id % 3) * 5
FROM consultas c, generate_series(1, 2) k
WHERE c.status = 'realizada' AND (k = 1 OR c.id % 3 = 0);
VACUUM ANALYZE;
SELECT pg_stat_reset() \gset
SQL
done

for c in "${clinics[@]}"; do
  read -r db np nm nc <<<"$c"
  nm_p=$nm np_p=$np nc_p=$nc
  {
    echo "\\set r random(1, 100)"
    echo "\\set medico random(1, $nm_p)"
    echo "\\if :r <= 50"
    # the doctor's agenda of a day, then each consulta's prescriptions
    echo "\\set dia random(-3, 3)"
    echo "SELECT id, nome, crm, especialidade FROM medicos WHERE id = :medico;"
    echo "SELECT c.id, c.data, c.status, p.id AS paciente_id, p.nome, p.telefone, p.convenio FROM consultas c JOIN pacientes p ON p.id = c.paciente_id WHERE c.medico_id = :medico AND c.data >= current_date + :dia::int AND c.data < current_date + :dia::int + 1 ORDER BY c.data;"
    echo "\\set n random(8, 16)"
    for k in $(seq 1 16); do
      [ "$k" -gt 8 ] && echo "\\if :n >= $k"
      echo "\\set consulta random(1, $nc_p)"
      echo "SELECT id, medicamento, posologia, dias FROM prescricoes WHERE consulta_id = :consulta ORDER BY id;"
      [ "$k" -gt 8 ] && echo "\\endif"
    done
    echo "\\elif :r <= 75"
    # patient record
    echo "\\set paciente random(1, $np_p)"
    echo "SELECT id, nome, cpf, data_nascimento, telefone, convenio FROM pacientes WHERE id = :paciente;"
    echo "SELECT c.id, c.data, c.status, m.nome AS medico, m.especialidade FROM consultas c JOIN medicos m ON m.id = c.medico_id WHERE c.paciente_id = :paciente ORDER BY c.data DESC LIMIT 30;"
    echo "\\elif :r <= 90"
    # booking
    echo "\\set paciente random(1, $np_p)"
    echo "\\set slot random(1, 20)"
    echo "BEGIN;"
    echo "INSERT INTO consultas (paciente_id, medico_id, data, status) VALUES (:paciente, :medico, date_trunc('day', now()) + interval '7 days' + :slot::int * interval '30 minutes', 'agendada') RETURNING id;"
    echo "COMMIT;"
    echo "\\else"
    # prescription written during a consulta
    echo "\\set consulta random(1, $nc_p)"
    echo "BEGIN;"
    echo "INSERT INTO prescricoes (consulta_id, medicamento, posologia, dias) VALUES (:consulta, 'Dipirona 500mg', '1 comprimido de 6/6h se dor', 5);"
    echo "UPDATE consultas SET status = 'realizada' WHERE id = :consulta;"
    echo "COMMIT;"
    echo "\\endif"
  } > "$tmp/$db.sql"
done

scenario_mark
pids=()
PGAPPNAME=agenda $PGBENCH -n -c 2 -j 1 -M prepared -R 20 -t 600 -f "$tmp/clinica_norte.sql" clinica_norte >/dev/null &
pids+=($!)
for db in clinica_sul clinica_leste clinica_oeste; do
  PGAPPNAME=agenda $PGBENCH -n -c 1 -j 1 -M prepared -R 2 -t 120 -f "$tmp/$db.sql" "$db" >/dev/null &
  pids+=($!)
done
# the nightly management report, once, in Norte's database
sleep 25
PGAPPNAME=relatorio-noturno psql -X -q -d clinica_norte >/dev/null <<'SQL'
SELECT m.especialidade, date_trunc('month', c.data) AS mes, count(*) AS consultas,
       count(DISTINCT c.paciente_id) AS pacientes, count(pr.id) AS prescricoes,
       round(100.0 * count(*) FILTER (WHERE c.status = 'faltou') / count(*), 1) AS pct_faltas
FROM consultas c
JOIN medicos m ON m.id = c.medico_id
LEFT JOIN prescricoes pr ON pr.consulta_id = c.id
WHERE c.data >= date_trunc('year', current_date) - interval '1 year'
GROUP BY m.especialidade, date_trunc('month', c.data)
ORDER BY m.especialidade, mes;
SQL
for p in "${pids[@]}"; do wait "$p"; done
scenario_capture clinica_norte
