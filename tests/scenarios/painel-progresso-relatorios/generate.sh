#!/usr/bin/env bash
# Onboarding tracker the morning after its migration: the database was
# re-loaded from the old server's dump (400k checklist items, in template
# order) and only ANALYZEd, statistics not reset. Then ~2 minutes of traffic:
# the dashboard's progress query once per listed implantação (N+1), a heavy
# per-client/status/month management report re-run with the same text, a
# trickle of checklist ticks and comments, health checks and login lookups.
# Flask + psycopg2 (parameters interpolated client-side: simple protocol),
# gunicorn workers each holding a persistent connection. The small
# shared_buffers keeps the 166 MB checklist table mostly out of PostgreSQL's
# cache, as on the production VM; work_mem keeps the report's sort in memory.
source "$(dirname "$0")/../lib.sh"
scenario_start "shared_buffers = '32MB'
work_mem = '96MB'"

quiet_psql <<'SQL'
CREATE TABLE usuarios (
  id           serial PRIMARY KEY,
  email        text NOT NULL UNIQUE,
  nome         text NOT NULL,
  perfil       text NOT NULL DEFAULT 'cs',
  senha_hash   text NOT NULL,
  ativo        boolean NOT NULL DEFAULT true,
  ultimo_login timestamptz
);
CREATE TABLE clientes (
  id           serial PRIMARY KEY,
  razao_social text NOT NULL,
  cnpj         text NOT NULL UNIQUE,
  segmento     text NOT NULL,
  uf           char(2) NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE implantacoes (
  id               serial PRIMARY KEY,
  cliente_id       integer NOT NULL REFERENCES clientes (id),
  usuario_cs       text NOT NULL,
  status           text NOT NULL DEFAULT 'nova',
  tipo             text NOT NULL DEFAULT 'completa',
  data_criacao     timestamptz NOT NULL DEFAULT now(),
  data_inicio      date,
  data_finalizacao date
);
CREATE TABLE checklist_items (
  id             serial PRIMARY KEY,
  implantacao_id integer NOT NULL REFERENCES implantacoes (id),
  tipo_item      text NOT NULL,
  ordem          smallint NOT NULL DEFAULT 0,
  titulo         text NOT NULL,
  descricao      text,
  responsavel    text,
  completed      boolean NOT NULL DEFAULT false,
  completed_at   timestamptz,
  created_at     timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE comentarios (
  id             serial PRIMARY KEY,
  implantacao_id integer NOT NULL REFERENCES implantacoes (id),
  autor          text NOT NULL,
  texto          text NOT NULL,
  created_at     timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE timeline_log (
  id             bigserial PRIMARY KEY,
  implantacao_id integer NOT NULL REFERENCES implantacoes (id),
  usuario_cs     text NOT NULL,
  tipo           text NOT NULL,
  descricao      text,
  created_at     timestamptz NOT NULL DEFAULT now()
);

SELECT setseed(0.42) AS seed \gset
-- 25 CS analysts (cs1..cs25) and 5 managers
INSERT INTO usuarios (email, nome, perfil, senha_hash)
SELECT CASE WHEN g <= 25 THEN 'cs' || g ELSE 'gestor' || (g - 25) END || '@conectaerp.com.br',
       (ARRAY['Ana','Bruno','Carla','Diego','Elisa','Felipe','Gabriela','Henrique','Isabela','Joao'])[1 + g % 10] || ' ' ||
       (ARRAY['Souza','Lima','Pereira','Almeida','Costa','Ribeiro','Carvalho'])[1 + g % 7],
       CASE WHEN g <= 25 THEN 'cs' ELSE 'gestor' END,
       'pbkdf2:sha256:600000$' || md5(g::text)
FROM generate_series(1, 30) g;

INSERT INTO clientes (razao_social, cnpj, segmento, uf, created_at)
SELECT (ARRAY['Distribuidora','Comercial','Industria','Transportes','Supermercado','Farmacia','Construtora','Agropecuaria'])[1 + g % 8]
       || ' ' || (ARRAY['Sao Jorge','Boa Vista','Santa Clara','Ipiranga','Tres Rios','Vale Verde','Bom Jesus','Horizonte','Aurora','Serra Azul'])[1 + (g / 8) % 10]
       || ' Ltda ' || g,
       lpad((g * 7919)::text, 8, '0') || '0001' || lpad((g % 97)::text, 2, '0'),
       (ARRAY['varejo','industria','servicos','logistica','saude','agro'])[1 + g % 6],
       (ARRAY['SP','RJ','MG','PR','SC','RS','BA','GO','PE','CE'])[1 + g % 10],
       now() - interval '5 years' + g * interval '21 hours'
FROM generate_series(1, 2000) g;

-- 6000 implantações over ~4 years (three per client); the last thousand are
-- the current ones, 80% of them active. Analyst cs<n> owns the ids with
-- id % 25 = n - 1.
INSERT INTO implantacoes (id, cliente_id, usuario_cs, status, tipo, data_criacao, data_inicio, data_finalizacao)
SELECT g, 1 + (g * 7) % 2000,
       'cs' || (1 + g % 25) || '@conectaerp.com.br',
       CASE WHEN g <= 5000 THEN (CASE WHEN g % 10 = 0 THEN 'cancelada' ELSE 'concluida' END)
            ELSE (ARRAY['nova','andamento','andamento','andamento','parada','concluida','andamento','nova','andamento','cancelada'])[1 + (g * 7) % 10] END,
       (ARRAY['completa','modulo','migracao'])[1 + g % 3],
       now() - (6000 - g) * interval '6 hours',
       (now() - (6000 - g) * interval '6 hours')::date + 2,
       CASE WHEN g <= 5000 THEN (now() - (6000 - g) * interval '6 hours')::date + 75 END
FROM generate_series(1, 6000) g;
SELECT setval('implantacoes_id_seq', 6000) AS ultimo \gset

-- Checklists: the current template has 300 items (60 tarefas with 4
-- subtarefas each); concluded implantações kept their 20 summary items. The
-- old system's export wrote them by template position, so one implantação's
-- items are spread over the whole table. Ids: k <= 20 -> (k-1)*6000 + i;
-- k > 20 -> 120000 + (k-21)*1000 + (i-5000).
INSERT INTO checklist_items (id, implantacao_id, tipo_item, ordem, titulo, descricao, responsavel, completed, completed_at, created_at)
SELECT CASE WHEN k <= 20 THEN (k - 1) * 6000 + i ELSE 120000 + (k - 21) * 1000 + (i - 5000) END,
       i, CASE WHEN k % 5 = 1 THEN 'tarefa' ELSE 'subtarefa' END, k,
       'Item ' || k || ' - ' || (ARRAY['Cadastro de produtos','Parametrizacao fiscal','Treinamento da equipe','Migracao de saldos','Integracao bancaria','Configuracao de usuarios'])[1 + k % 6],
       'Validar com o cliente a etapa ' || k || ' conforme o escopo aprovado no kickoff, conferir os cadastros importados, '
         || 'registrar as pendencias no portal do cliente e anexar as evidencias (prints, planilhas de conferencia e o aceite do responsavel) antes de marcar o item como concluido.',
       (ARRAY['Ana Souza','Bruno Lima','Carla Pereira','Diego Almeida','Elisa Costa','Felipe Ribeiro','Gabriela Carvalho','Henrique Souza','Isabela Lima','Joao Pereira','cliente'])[1 + (i * 3 + k) % 11],
       done, CASE WHEN done THEN d + (k % 60) * interval '1 day' + (i % 17) * interval '1 hour' END, d
FROM generate_series(1, 300) k, generate_series(1, 6000) i,
     LATERAL (SELECT now() - (6000 - i) * interval '6 hours' AS d,
                     i <= 5000 OR (k * 37 + i) % 100 < 45 AS done) x
WHERE k <= CASE WHEN i > 5000 THEN 300 ELSE 20 END
ORDER BY 1;
SELECT setval('checklist_items_id_seq', 400000) AS ultimo \gset

INSERT INTO comentarios (implantacao_id, autor, texto, created_at)
SELECT least(6000, 1 + (g / 5) + (g * 13) % 40), 'cs' || (1 + g % 25) || '@conectaerp.com.br',
       'Cliente retornou sobre a etapa ' || (g % 60) || ', aguardando documentos', now() - (30000 - g) * interval '70 minutes'
FROM generate_series(1, 30000) g;

INSERT INTO timeline_log (implantacao_id, usuario_cs, tipo, descricao, created_at)
SELECT least(6000, 1 + (g * 6000::bigint / 150000)::int + (g * 7919) % 300)::int, 'cs' || (1 + g % 25) || '@conectaerp.com.br',
       (ARRAY['comentario','status','email','item_concluido','item_concluido','reuniao'])[1 + g % 6],
       'Registro ' || g || ' da implantacao', now() - interval '4 years' + g * (interval '4 years' / 150000)
FROM generate_series(1, 150000) g;

CREATE INDEX idx_implantacoes_usuario_cs ON implantacoes (usuario_cs);
CREATE INDEX idx_implantacoes_cliente ON implantacoes (cliente_id);
CREATE INDEX idx_checklist_items_implantacao ON checklist_items (implantacao_id);
CREATE INDEX idx_comentarios_implantacao ON comentarios (implantacao_id, created_at);
CREATE INDEX idx_timeline_log_implantacao ON timeline_log (implantacao_id, created_at);
SQL
# The migration ends with ANALYZE; nobody resets the statistics, so the
# activity counters still hold the load.
quiet_psql -c "ANALYZE"

w=$tmp/work
mkdir -p "$w"

# Flask-Login's user_loader, at the top of every request.
loader='SELECT id, email, nome, perfil FROM usuarios WHERE id = :u AND ativo \gset'

# Dashboard (auto-refreshes): the analyst's 30 newest active implantações,
# then _get_progress(impl_id) for each row, in list order. Analyst u owns ids
# with id % 25 = u - 1; status is inactive when (id * 7) % 10 is 5 or 9.
{
  echo '\set u random(1, 25)'
  echo "$loader"
  echo "SELECT id, cliente_id, status, tipo, data_inicio FROM implantacoes WHERE usuario_cs = ':email' AND status IN ('nova', 'andamento', 'parada') ORDER BY data_inicio DESC, id DESC LIMIT 30;"
  echo '\set g 5976 + (:u + 23) % 25'
  echo '\set n 0'
  for k in $(seq 1 40); do
    echo '\if :n < 30 AND (:g * 7) % 10 <> 5 AND (:g * 7) % 10 <> 9'
    echo "SELECT count(ci.id), sum(CASE WHEN ci.completed THEN 1 ELSE 0 END) FROM checklist_items ci WHERE ci.implantacao_id = :g AND ci.tipo_item = 'subtarefa';"
    echo '\set n :n + 1'
    echo '\endif'
    echo '\set g :g - 25'
  done
} > "$w/dashboard.sql"

# The implantação page.
cat > "$w/pagina.sql" <<EOS
\\set u random(1, 25)
\\set impl random(5001, 6000)
$loader
SELECT id, cliente_id, usuario_cs, status, tipo, data_inicio, data_finalizacao FROM implantacoes WHERE id = :impl \\gset p_
SELECT id, razao_social, cnpj, segmento, uf FROM clientes WHERE id = :p_cliente_id;
SELECT id, tipo_item, ordem, titulo, responsavel, completed, completed_at FROM checklist_items WHERE implantacao_id = :impl ORDER BY ordem;
SELECT id, autor, texto, created_at FROM comentarios WHERE implantacao_id = :impl ORDER BY created_at DESC LIMIT 20;
SELECT id, tipo, descricao, usuario_cs, created_at FROM timeline_log WHERE implantacao_id = :impl ORDER BY created_at DESC LIMIT 20;
EOS

# Ticking a checklist item of a current implantação.
cat > "$w/marcar.sql" <<EOS
\\set u random(1, 25)
\\set item random(120001, 400000)
\\set impl 5001 + (:item - 120001) % 1000
$loader
BEGIN;
UPDATE checklist_items SET completed = true, completed_at = now() WHERE id = :item;
INSERT INTO timeline_log (implantacao_id, usuario_cs, tipo, descricao) VALUES (:impl, ':email', 'item_concluido', 'Item do checklist concluido');
COMMIT;
EOS

cat > "$w/comentario.sql" <<EOS
\\set u random(1, 25)
\\set impl random(5001, 6000)
$loader
BEGIN;
INSERT INTO comentarios (implantacao_id, autor, texto) VALUES (:impl, ':email', 'Cliente enviou os documentos pendentes');
INSERT INTO timeline_log (implantacao_id, usuario_cs, tipo, descricao) VALUES (:impl, ':email', 'comentario', 'Novo comentario do analista');
COMMIT;
EOS

# POST /login (the e-mail of whoever the worker served last).
cat > "$w/login.sql" <<'EOS'
SELECT id, email, nome, perfil, senha_hash FROM usuarios WHERE email = ':email' AND ativo;
UPDATE usuarios SET ultimo_login = now() WHERE id = :id;
EOS

# Management report ("Relatórios > Andamento por cliente"), same SQL every time.
cat > "$w/relatorio.sql" <<EOS
\\set u random(26, 30)
\\set pausa random(5000, 9000)
\\sleep :pausa ms
$loader
SELECT c.razao_social, i.status, date_trunc('month', ci.created_at) AS mes, count(*) AS itens, count(*) FILTER (WHERE ci.completed) AS concluidos, round(100.0 * count(*) FILTER (WHERE ci.completed) / count(*), 1) AS pct_concluido, count(DISTINCT ci.responsavel) AS responsaveis, avg(ci.completed_at - ci.created_at) FILTER (WHERE ci.completed) AS tempo_medio, percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM ci.completed_at - ci.created_at) / 86400) AS mediana_dias, percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM ci.completed_at - ci.created_at) / 86400) AS p90_dias FROM clientes c JOIN implantacoes i ON i.cliente_id = c.id JOIN checklist_items ci ON ci.implantacao_id = i.id GROUP BY c.razao_social, i.status, date_trunc('month', ci.created_at) ORDER BY c.razao_social, i.status, mes;
EOS

# The load balancer's health check, once a second.
printf 'SELECT 1;\n\\sleep 1 s\n' > "$w/health.sql"

scenario_mark

# ~2 minutes: 4 dashboard workers (~18 dashboards/s), 2 workers for the other
# pages and the writes, 2 managers re-opening the report, the health check.
export PGAPPNAME=implantacoes-web
$PGBENCH -n -c 4 -j 2 -M simple -R 18 -t 580 -f "$w/dashboard.sql" >/dev/null &
$PGBENCH -n -c 2 -j 1 -M simple -R 1.5 -t 98 -D email=cs7@conectaerp.com.br -D id=7 \
  -f "$w/pagina.sql@55" -f "$w/marcar.sql@30" -f "$w/comentario.sql@10" -f "$w/login.sql@5" >/dev/null &
$PGBENCH -n -c 2 -j 1 -M simple -t 15 -f "$w/relatorio.sql" >/dev/null &
$PGBENCH -n -c 1 -j 1 -M simple -t 130 -f "$w/health.sql" >/dev/null &
wait

scenario_capture
