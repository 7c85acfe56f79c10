#!/usr/bin/env bash
# Gestão escolar, um schema por escola (escola_1..escola_8, escola_3 dez vezes
# maior), Flask + psycopg2: protocolo simples, BEGIN/COMMIT por requisição,
# pool de 4 conexões. O diário de classe carrega as notas matrícula por
# matrícula; o portal dos pais busca responsáveis por aluno_id; nenhuma chave
# estrangeira em lugar nenhum; o job do boletim mensal faz uma agregação por
# turma com pausas longas; um schema de backup esquecido (escola_3_bkp_2024).
source "$(dirname "$0")/../lib.sh"

scenario_start

quiet_psql >/dev/null <<'SQL'
CREATE ROLE diario LOGIN;
CREATE DATABASE diario_escolar OWNER diario;
SQL

# alunos matriculados em 2025 por escola
sizes=(0 700 520 6400 640 380 820 450 560)
# peso de cada escola no tráfego
weights=(0 7 5 40 6 4 8 5 5)

{
  echo "SET ROLE diario;"
  cat <<'SQL'
CREATE TABLE public.escolas (
  id serial PRIMARY KEY,
  nome varchar(120) NOT NULL,
  schema_nome varchar(40) NOT NULL UNIQUE,
  cidade varchar(80) NOT NULL,
  uf char(2) NOT NULL,
  plano varchar(20) NOT NULL DEFAULT 'padrao',
  criado_em timestamp NOT NULL DEFAULT now()
);
CREATE TABLE public.usuarios (
  id serial PRIMARY KEY,
  escola_id integer NOT NULL,
  nome varchar(120) NOT NULL,
  email varchar(160) NOT NULL UNIQUE,
  perfil varchar(20) NOT NULL,
  senha_hash varchar(100) NOT NULL,
  ativo boolean NOT NULL DEFAULT true
);
INSERT INTO public.escolas (nome, schema_nome, cidade, uf, plano) VALUES
  ('Colégio Santa Clara', 'escola_1', 'Ribeirão Preto', 'SP', 'padrao'),
  ('Escola Monteiro Lobato', 'escola_2', 'Franca', 'SP', 'padrao'),
  ('Rede Educacional Horizonte', 'escola_3', 'Uberaba', 'MG', 'rede'),
  ('Colégio São José', 'escola_4', 'Araraquara', 'SP', 'padrao'),
  ('Escola Pequeno Príncipe', 'escola_5', 'Poços de Caldas', 'MG', 'basico'),
  ('Instituto Educacional Ipê', 'escola_6', 'São Carlos', 'SP', 'padrao'),
  ('Colégio Dom Bosco', 'escola_7', 'Varginha', 'MG', 'basico'),
  ('Escola Nova Geração', 'escola_8', 'Bauru', 'SP', 'padrao');
-- usuário g pertence à escola 1 + (g - 1) % 8: professores e secretaria nos
-- primeiros, responsáveis depois
INSERT INTO public.usuarios (escola_id, nome, email, perfil, senha_hash)
SELECT 1 + (g - 1) % 8,
       (ARRAY['Ana','Bruno','Camila','Daniel','Elaine','Fernando','Giovana','Hugo','Irene','Júlio','Larissa','Marcos'])[1 + g % 12]
       || ' ' || (ARRAY['Silva','Souza','Oliveira','Santos','Pereira','Lima','Costa','Ribeiro','Almeida','Carvalho'])[1 + (g / 12) % 10],
       'usuario' || g || '@diarioescolar.com.br',
       CASE WHEN g <= 400 THEN 'professor' WHEN g <= 480 THEN 'secretaria' ELSE 'responsavel' END,
       '$2b$12$' || md5(g::text) || md5((g * 7)::text)
FROM generate_series(1, 8000) g;
SQL
  for e in $(seq 1 8); do
    n=${sizes[$e]}
    s=escola_$e
    cat <<SQL
CREATE SCHEMA $s;
CREATE TABLE $s.alunos (
  id serial PRIMARY KEY,
  nome varchar(120) NOT NULL,
  data_nascimento date NOT NULL,
  ra varchar(20) NOT NULL,
  ativo boolean NOT NULL DEFAULT true,
  criado_em timestamp NOT NULL DEFAULT now()
);
CREATE TABLE $s.turmas (
  id serial PRIMARY KEY,
  nome varchar(40) NOT NULL,
  serie smallint NOT NULL,
  turno varchar(10) NOT NULL,
  ano smallint NOT NULL,
  sala varchar(10)
);
CREATE TABLE $s.matriculas (
  id serial PRIMARY KEY,
  aluno_id integer NOT NULL,
  turma_id integer NOT NULL,
  ano smallint NOT NULL,
  numero_chamada smallint NOT NULL,
  situacao varchar(20) NOT NULL DEFAULT 'ativa',
  criado_em timestamp NOT NULL DEFAULT now()
);
CREATE INDEX matriculas_turma_ano_idx ON $s.matriculas (turma_id, ano);
CREATE TABLE $s.notas (
  id serial PRIMARY KEY,
  matricula_id integer NOT NULL,
  disciplina varchar(40) NOT NULL,
  bimestre smallint NOT NULL,
  valor numeric(4,2),
  lancado_em timestamp NOT NULL DEFAULT now()
);
CREATE INDEX notas_matricula_idx ON $s.notas (matricula_id);
CREATE TABLE $s.responsaveis (
  id serial PRIMARY KEY,
  aluno_id integer NOT NULL,
  nome varchar(120) NOT NULL,
  parentesco varchar(20) NOT NULL,
  telefone varchar(20),
  email varchar(160),
  cpf varchar(14)
);
INSERT INTO $s.alunos (nome, data_nascimento, ra, criado_em)
SELECT (ARRAY['Ana','Beatriz','Carlos','Davi','Eduarda','Felipe','Gabriel','Helena','Isadora','João','Lara','Lucas',
              'Maria','Miguel','Nicole','Pedro','Rafael','Sofia','Theo','Valentina'])[1 + g % 20] || ' ' ||
       (ARRAY['Silva','Santos','Oliveira','Souza','Rodrigues','Ferreira','Alves','Pereira','Lima','Gomes',
              'Costa','Ribeiro','Martins','Carvalho','Rocha'])[1 + (g / 20) % 15],
       date '2010-01-01' + (g * 37) % 3200, 'RA$e' || lpad(g::text, 6, '0'),
       timestamp '2019-01-15' + (g % 1800) * interval '1 day'
FROM generate_series(1, $n) g;
-- turmas de 25 a 34 alunos; em 2024 estudavam os alunos 1..85% (na ordem),
-- em 2025 todos, redistribuídos
CREATE TEMP TABLE plano AS
WITH anos AS (SELECT 2024 AS ano, $n * 85 / 100 AS m UNION ALL SELECT 2025, $n),
     sz AS (SELECT a.ano, a.m, k, 25 + (k * 7) % 10 AS s FROM anos a, generate_series(1, 400) k),
     cum AS (SELECT ano, m, k, s, sum(s) OVER (PARTITION BY ano ORDER BY k) - s AS ini FROM sz)
SELECT row_number() OVER (ORDER BY ano, k) AS turma_id, ano, m, k, ini, least(s, m - ini) AS tam
FROM cum WHERE ini < m;
INSERT INTO $s.turmas (id, nome, serie, turno, ano, sala)
SELECT turma_id, (1 + (k - 1) % 9) || 'º ano ' || chr(65 + ((k - 1) / 9) % 26), 1 + (k - 1) % 9,
       CASE WHEN k % 2 = 0 THEN 'tarde' ELSE 'manhã' END, ano, 'S' || (100 + k % 40)
FROM plano;
SELECT setval('$s.turmas_id_seq', (SELECT max(id) FROM $s.turmas));
INSERT INTO $s.matriculas (id, aluno_id, turma_id, ano, numero_chamada, situacao, criado_em)
SELECT row_number() OVER (ORDER BY p.turma_id, c),
       CASE WHEN p.ano = 2024 THEN p.ini + c ELSE 1 + ((p.ini + c - 1) * 7919) % $n END,
       p.turma_id, p.ano, c,
       CASE WHEN p.ano = 2024 THEN 'concluida' WHEN (p.ini + c) % 97 = 0 THEN 'transferida' ELSE 'ativa' END,
       make_timestamp(p.ano::int - 1, 12, (1 + c % 20)::int, 9, 0, 0)
FROM plano p, LATERAL generate_series(1, p.tam) c;
SELECT setval('$s.matriculas_id_seq', (SELECT max(id) FROM $s.matriculas));
INSERT INTO $s.notas (matricula_id, disciplina, bimestre, valor, lancado_em)
SELECT m.id, d.nome, b, 4 + ((m.id * 37 + d.i * 11 + b * 7) % 61) / 10.0,
       make_timestamp(m.ano::int, 2 + b * 2, (10 + d.i)::int, 14, 0, 0)
FROM $s.matriculas m,
     LATERAL (SELECT i, nome FROM unnest(ARRAY['Português','Matemática','Ciências','História','Geografia',
                                              'Inglês','Artes','Educação Física']) WITH ORDINALITY AS x(nome, i)) d,
     LATERAL generate_series(1, CASE WHEN m.ano = 2024 THEN 4 ELSE 3 END) b;
INSERT INTO $s.responsaveis (aluno_id, nome, parentesco, telefone, email, cpf)
SELECT a.id, (ARRAY['Cláudia','Roberto','Patrícia','Marcelo','Fernanda','Ricardo'])[1 + (a.id + r) % 6] || ' ' ||
       split_part(a.nome, ' ', 2),
       CASE WHEN r = 1 THEN 'mãe' ELSE 'pai' END,
       '(16) 9' || lpad(((a.id * 7919 + r) % 100000000)::text, 8, '0'),
       'resp' || a.id || '_' || r || '@email.com.br',
       lpad(((a.id * 104729 + r) % 1000000000)::text, 9, '0') || '-' || lpad((a.id % 100)::text, 2, '0')
FROM $s.alunos a, LATERAL generate_series(1, CASE WHEN a.id % 3 = 0 THEN 2 ELSE 1 END) r;
DROP TABLE plano;
SQL
  done
  cat <<'SQL'
-- a cópia feita antes da rematrícula de 2024, esquecida
CREATE SCHEMA escola_3_bkp_2024;
CREATE TABLE escola_3_bkp_2024.alunos AS SELECT * FROM escola_3.alunos WHERE id <= 5440;
CREATE TABLE escola_3_bkp_2024.matriculas AS SELECT * FROM escola_3.matriculas WHERE ano = 2024;
RESET ROLE;
SQL
} > "$tmp/load.sql"
quiet_psql -d diario_escolar -f "$tmp/load.sql" >/dev/null
quiet_psql -d diario_escolar -c "VACUUM ANALYZE" >/dev/null
quiet_psql -d diario_escolar -c "SELECT pg_stat_reset()" >/dev/null

# Um script por escola: o schema faz parte do texto da consulta.
scripts=()
for e in $(seq 1 8); do
  n=${sizes[$e]}
  s=escola_$e
  read -r tmin tmax mmin mmax < <(quiet_psql -At -F ' ' -d diario_escolar -c \
    "SELECT min(t.id), max(t.id), (SELECT min(id) FROM $s.matriculas WHERE ano = 2025), (SELECT max(id) FROM $s.matriculas WHERE ano = 2025) FROM $s.turmas t WHERE t.ano = 2025")
  f=$tmp/$s.sql
  {
    echo "\\set r random(1, 100)"
    echo "\\set k random(0, 49)"
    echo "\\set prof :k * 8 + $e"
    echo "\\set k2 random(60, 999)"
    echo "\\set resp :k2 * 8 + $e"
    echo "\\set turma random($tmin, $tmax)"
    echo "\\set aluno random(1, $n)"
    echo "\\if :r <= 65"
    # Diário de classe: a turma com o total de alunos, a lista de chamada, e as
    # notas de cada matrícula da lista, uma consulta por matrícula. As
    # matrículas de uma turma têm ids consecutivos, na ordem da chamada.
    echo "BEGIN;"
    echo "SELECT id, nome, email, perfil, escola_id FROM public.usuarios WHERE id = :prof AND ativo;"
    echo "SELECT t.id, t.nome, t.serie, t.turno, t.sala, (SELECT count(*) FROM $s.matriculas m WHERE m.turma_id = t.id AND m.ano = 2025) AS alunos FROM $s.turmas t WHERE t.id = :turma"
    echo "\\gset tu_"
    echo "SELECT m.id, m.numero_chamada, m.situacao, a.id AS aluno_id, a.nome, a.ra FROM $s.matriculas m JOIN $s.alunos a ON a.id = m.aluno_id WHERE m.turma_id = :turma AND m.ano = 2025 ORDER BY m.numero_chamada"
    echo "\\aset ma_"
    for i in $(seq 0 33); do
      echo "\\if :tu_alunos > $i"
      echo "\\set mid :ma_id - :tu_alunos + $((i + 1))"
      echo "SELECT id, disciplina, bimestre, valor FROM $s.notas WHERE matricula_id = :mid ORDER BY disciplina, bimestre;"
      echo "\\endif"
    done
    echo "COMMIT;"
    echo "\\elif :r <= 90"
    # Portal dos pais: o responsável logado, os responsáveis do aluno, o
    # aluno, a matrícula de 2025 e as notas dela.
    echo "BEGIN;"
    echo "SELECT id, nome, email, perfil, escola_id FROM public.usuarios WHERE id = :resp AND ativo;"
    echo "SELECT id, nome, parentesco, telefone, email FROM $s.responsaveis WHERE aluno_id = :aluno;"
    echo "SELECT id, nome, data_nascimento, ra FROM $s.alunos WHERE id = :aluno;"
    echo "SELECT m.id, m.turma_id, m.numero_chamada, t.nome AS turma, t.turno FROM $s.matriculas m JOIN $s.turmas t ON t.id = m.turma_id WHERE m.aluno_id = :aluno AND m.ano = 2025"
    echo "\\gset mt_"
    echo "SELECT id, disciplina, bimestre, valor FROM $s.notas WHERE matricula_id = :mt_id ORDER BY disciplina, bimestre;"
    echo "COMMIT;"
    echo "\\else"
    # Lançamento: o professor corrige uma nota do 3º bimestre.
    echo "\\set mid random($mmin, $mmax)"
    echo "\\set v random(4, 9)"
    echo "BEGIN;"
    echo "SELECT id, nome, email, perfil, escola_id FROM public.usuarios WHERE id = :prof AND ativo;"
    echo "UPDATE $s.notas SET valor = :v.5, lancado_em = now() WHERE matricula_id = :mid AND disciplina = 'Matemática' AND bimestre = 3;"
    echo "COMMIT;"
    echo "\\endif"
  } > "$f"
  scripts+=(-f "$f@${weights[$e]}")
done

# Boletim mensal da escola 3: a lista das turmas de 2025, depois uma agregação
# por turma; entre uma e outra o job gera e envia o PDF (1,5 s).
read -r bmin bmax < <(quiet_psql -At -F ' ' -d diario_escolar -c "SELECT min(id), max(id) FROM escola_3.turmas WHERE ano = 2025")
{
  echo "SELECT id, nome, serie, turno FROM escola_3.turmas WHERE ano = 2025 ORDER BY id;"
  for t in $(seq "$bmin" $((bmin + 37))); do
    echo "BEGIN;"
    echo "SELECT a.id, a.nome, n.disciplina, round(avg(n.valor), 2) AS media, count(*) FILTER (WHERE n.valor < 6) AS notas_abaixo FROM escola_3.matriculas m JOIN escola_3.alunos a ON a.id = m.aluno_id JOIN escola_3.notas n ON n.matricula_id = m.id WHERE m.turma_id = $t AND m.ano = 2025 GROUP BY a.id, a.nome, n.disciplina ORDER BY a.nome, n.disciplina;"
    echo "COMMIT;"
    echo "\\! sleep 1.5"
  done
} > "$tmp/boletim.sql"

scenario_mark

PGAPPNAME=boletim-mensal psql -X -q -U diario -d diario_escolar -f "$tmp/boletim.sql" >/dev/null &
boletim=$!
PGAPPNAME=diario-web $PGBENCH -n -c 4 -j 2 -M simple -R 8 -t 110 -U diario "${scripts[@]}" diario_escolar >/dev/null
wait "$boletim"

scenario_capture diario_escolar
