#!/usr/bin/env bash
# Schema-per-tenant school management (field reports 002/004, the look-alike):
# five identical escola_* schemas in one database, one application role, the
# schema written into every query. Escola São Bento is simply big: about 60%
# of the requests, the same pages as everybody; the four others are small.
# No errors, no heavy statement, no idle transaction.
source "$(dirname "$0")/../lib.sh"
scenario_start "random_page_cost = 1.1"

# schema id alunos turmas professores weight
escolas=(
  "escola_sao_bento 1 3000 90 150 60"
  "escola_aurora 2 520 18 30 10"
  "escola_ipe 3 480 16 28 10"
  "escola_jatoba 4 450 16 26 10"
  "escola_pitanga 5 500 18 30 10"
)

{
  cat <<'SQL'
CREATE ROLE diario_app LOGIN;
CREATE TABLE escolas (
  id        smallint PRIMARY KEY,
  nome      text NOT NULL,
  schema    text NOT NULL UNIQUE,
  cidade    text NOT NULL,
  plano     text NOT NULL,
  ativa     boolean NOT NULL DEFAULT true
);
-- login e-mail -> school, read once at login by the auth service (not in this window)
CREATE TABLE logins (
  email      text PRIMARY KEY,
  escola_id  smallint NOT NULL REFERENCES escolas (id),
  usuario_id integer NOT NULL
);
INSERT INTO escolas VALUES
  (1, 'Colégio São Bento', 'escola_sao_bento', 'Ribeirão Preto', 'rede'),
  (2, 'Escola Aurora', 'escola_aurora', 'Franca', 'padrao'),
  (3, 'Escola Ipê Amarelo', 'escola_ipe', 'Batatais', 'padrao'),
  (4, 'Colégio Jatobá', 'escola_jatoba', 'Sertãozinho', 'padrao'),
  (5, 'Escola Pitanga', 'escola_pitanga', 'Jardinópolis', 'padrao');
SQL
  for e in "${escolas[@]}"; do
    read -r s eid na nt np w <<<"$e"
    cat <<SQL
CREATE SCHEMA $s;
CREATE TABLE $s.professores (
  id     serial PRIMARY KEY,
  nome   text NOT NULL,
  email  text NOT NULL UNIQUE,
  papel  text NOT NULL,
  ativo  boolean NOT NULL DEFAULT true
);
CREATE TABLE $s.turmas (
  id       serial PRIMARY KEY,
  nome     text NOT NULL,
  serie    smallint NOT NULL,
  turno    text NOT NULL,
  ano      smallint NOT NULL
);
CREATE TABLE $s.alunos (
  id              serial PRIMARY KEY,
  nome            text NOT NULL,
  ra              text NOT NULL UNIQUE,
  data_nascimento date NOT NULL,
  responsavel     text NOT NULL,
  telefone        text
);
CREATE TABLE $s.matriculas (
  id       serial PRIMARY KEY,
  aluno_id integer NOT NULL REFERENCES $s.alunos (id),
  turma_id integer NOT NULL REFERENCES $s.turmas (id),
  ano      smallint NOT NULL,
  situacao text NOT NULL DEFAULT 'ativa',
  UNIQUE (turma_id, aluno_id)
);
CREATE INDEX matriculas_aluno_idx ON $s.matriculas (aluno_id);
CREATE TABLE $s.notas (
  id           serial PRIMARY KEY,
  matricula_id integer NOT NULL REFERENCES $s.matriculas (id),
  disciplina   text NOT NULL,
  bimestre     smallint NOT NULL,
  valor        numeric(4,2) NOT NULL,
  UNIQUE (matricula_id, disciplina, bimestre)
);
CREATE TABLE $s.frequencias (
  id           bigserial PRIMARY KEY,
  matricula_id integer NOT NULL REFERENCES $s.matriculas (id),
  dia          date NOT NULL,
  presente     boolean NOT NULL,
  UNIQUE (matricula_id, dia)
);
INSERT INTO $s.professores (nome, email, papel)
SELECT (ARRAY['Adriana','Beatriz','Cláudio','Denise','Eduardo','Fátima','Gustavo','Heloísa'])[1 + g % 8] || ' ' || g,
       'prof' || g || '@$s.edu.br', CASE WHEN g % 15 = 0 THEN 'secretaria' ELSE 'professor' END
FROM generate_series(1, $np) g;
INSERT INTO public.logins SELECT email, $eid, id FROM $s.professores;
INSERT INTO $s.turmas (nome, serie, turno, ano)
SELECT (1 + (g - 1) % 9) || 'º ano ' || chr(65 + (g - 1) / 9), 1 + (g - 1) % 9,
       CASE WHEN g % 2 = 0 THEN 'manhã' ELSE 'tarde' END, 2026
FROM generate_series(1, $nt) g;
INSERT INTO $s.alunos (nome, ra, data_nascimento, responsavel, telefone)
SELECT (ARRAY['Alice','Bernardo','Cecília','Davi','Elisa','Felipe','Giovana','Heitor','Isadora','Joaquim'])[1 + g % 10] || ' ' ||
       (ARRAY['Almeida','Barbosa','Cardoso','Dias','Esteves','Freitas','Gonçalves'])[1 + (g / 10) % 7],
       '$s-' || lpad(g::text, 6, '0'), date '2011-01-01' + (g * 17) % 3300,
       'Responsável ' || g, '(16) 9' || lpad((g * 7919 % 100000000)::text, 8, '0')
FROM generate_series(1, $na) g;
INSERT INTO $s.matriculas (aluno_id, turma_id, ano)
SELECT g, 1 + (g - 1) % $nt, 2026 FROM generate_series(1, $na) g;
INSERT INTO $s.notas (matricula_id, disciplina, bimestre, valor)
SELECT m.id, d, b, round((4 + (m.id * 7 + b * 3 + length(d)) % 60 / 10.0)::numeric, 1)
FROM $s.matriculas m,
     unnest(ARRAY['Português','Matemática','Ciências','História','Geografia','Inglês','Artes','Educação Física']) d,
     generate_series(1, 2) b;
-- the school year so far: about 60 school days
INSERT INTO $s.frequencias (matricula_id, dia, presente)
SELECT m.id, current_date - k, (m.id + k) % 17 <> 0
FROM $s.matriculas m, generate_series(1, 84) k
WHERE extract(isodow FROM current_date - k) < 6;
GRANT USAGE ON SCHEMA $s TO diario_app;
GRANT SELECT, INSERT, UPDATE ON ALL TABLES IN SCHEMA $s TO diario_app;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA $s TO diario_app;
SQL
  done
  echo "GRANT SELECT ON escolas, logins TO diario_app;"
} | quiet_psql >/dev/null
quiet_psql -c "VACUUM ANALYZE" -c "SELECT pg_stat_reset()" >/dev/null

# diario-api: the teachers' app (Go, pgx, extended protocol, pool of 4). The
# school's schema is written into the query text; values are parameters.
# portal-pais: the parents' portal (same data layer, pool of 2).
dscripts=() pscripts=()
for e in "${escolas[@]}"; do
  read -r s eid na nt np w <<<"$e"
  cat > "$tmp/diario_$s.sql" <<SQL
\\set u random(1, $np)
\\set turma random(1, $nt)
\\set r random(1, 100)
SELECT id, nome, papel FROM $s.professores WHERE id = :u AND ativo;
\\if :r <= 45
SELECT id, nome, serie, turno FROM $s.turmas WHERE id = :turma;
SELECT m.id AS matricula_id, a.id, a.nome, a.ra FROM $s.matriculas m JOIN $s.alunos a ON a.id = m.aluno_id WHERE m.turma_id = :turma AND m.situacao = 'ativa' ORDER BY a.nome;
SELECT f.matricula_id, f.presente FROM $s.frequencias f JOIN $s.matriculas m ON m.id = f.matricula_id WHERE m.turma_id = :turma AND f.dia = current_date - 1;
\\elif :r <= 70
\\set bim random(1, 2)
SELECT m.id AS matricula_id, a.nome, n.disciplina, n.valor FROM $s.matriculas m JOIN $s.alunos a ON a.id = m.aluno_id LEFT JOIN $s.notas n ON n.matricula_id = m.id AND n.bimestre = :bim AND n.disciplina = 'Matemática' WHERE m.turma_id = :turma ORDER BY a.nome;
\\elif :r <= 85
\\set mat random(1, $na)
\\set v random(40, 100)
INSERT INTO $s.notas (matricula_id, disciplina, bimestre, valor) VALUES (:mat, 'Matemática', 3, :v / 10.0) ON CONFLICT (matricula_id, disciplina, bimestre) DO UPDATE SET valor = excluded.valor;
\\else
INSERT INTO $s.frequencias (matricula_id, dia, presente) SELECT m.id, current_date, true FROM $s.matriculas m WHERE m.turma_id = :turma AND m.situacao = 'ativa' ON CONFLICT (matricula_id, dia) DO NOTHING;
\\endif
SQL
  cat > "$tmp/portal_$s.sql" <<SQL
\\set aluno random(1, $na)
SELECT a.id, a.nome, a.ra, t.nome AS turma, m.id AS matricula_id FROM $s.alunos a JOIN $s.matriculas m ON m.aluno_id = a.id AND m.ano = 2026 JOIN $s.turmas t ON t.id = m.turma_id WHERE a.id = :aluno;
SELECT n.disciplina, n.bimestre, n.valor FROM $s.notas n JOIN $s.matriculas m ON m.id = n.matricula_id WHERE m.aluno_id = :aluno ORDER BY n.disciplina, n.bimestre;
SELECT count(*) FILTER (WHERE NOT f.presente) AS faltas, count(*) AS aulas FROM $s.frequencias f JOIN $s.matriculas m ON m.id = f.matricula_id WHERE m.aluno_id = :aluno;
SQL
  dscripts+=(-f "$tmp/diario_$s.sql@$w")
  pscripts+=(-f "$tmp/portal_$s.sql@$w")
done

scenario_mark
PGAPPNAME=diario-api $PGBENCH -n -c 4 -j 1 -M extended -R 22 -T 100 -U diario_app "${dscripts[@]}" >/dev/null &
d=$!
PGAPPNAME=portal-pais $PGBENCH -n -c 2 -j 1 -M extended -R 8 -T 100 -U diario_app "${pscripts[@]}" >/dev/null &
p=$!
wait $d
wait $p
scenario_capture
