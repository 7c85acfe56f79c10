#!/usr/bin/env bash
# Onboarding-projects app (field report 003): dashboard with a per-card
# progress query (N+1 on checklist_items), timeline page reading the last 30
# days of a 2-million-row append-only log, appends and checklist ticks.
source "$(dirname "$0")/../lib.sh"
scenario_start

quiet_psql <<'SQL'
CREATE TABLE usuarios (
  id serial PRIMARY KEY,
  email text NOT NULL UNIQUE,
  nome text NOT NULL,
  perfil text NOT NULL DEFAULT 'cs',
  ativo boolean NOT NULL DEFAULT true
);
CREATE TABLE implantacoes (
  id serial PRIMARY KEY,
  nome_empresa text NOT NULL,
  usuario_cs text NOT NULL,
  status text NOT NULL DEFAULT 'nova',
  tipo text NOT NULL DEFAULT 'completa',
  data_criacao timestamptz NOT NULL DEFAULT now(),
  data_inicio date,
  data_finalizacao date
);
CREATE TABLE checklist_items (
  id serial PRIMARY KEY,
  implantacao_id integer NOT NULL,
  parent_id integer,
  tipo_item text NOT NULL,
  titulo text NOT NULL,
  ordem smallint NOT NULL DEFAULT 0,
  completed boolean NOT NULL DEFAULT false,
  completed_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE timeline_log (
  id bigserial PRIMARY KEY,
  implantacao_id integer NOT NULL,
  usuario_cs text NOT NULL,
  tipo text NOT NULL,
  descricao text,
  created_at timestamptz NOT NULL DEFAULT now()
);

INSERT INTO usuarios (email, nome, perfil)
SELECT 'cs' || g || '@onboard.com.br', 'Analista CS ' || g, CASE WHEN g <= 25 THEN 'cs' ELSE 'gestor' END
FROM generate_series(1, 32) g;

-- 5000 implantações over four years; the last thousand are the recent ones,
-- where the active statuses are.
INSERT INTO implantacoes (nome_empresa, usuario_cs, status, tipo, data_criacao, data_inicio, data_finalizacao)
SELECT 'Empresa ' || g || ' Ltda',
       'cs' || (1 + g % 25) || '@onboard.com.br',
       CASE WHEN g <= 4000 THEN (CASE WHEN g % 10 = 0 THEN 'cancelada' ELSE 'concluida' END)
            ELSE (ARRAY['nova','andamento','andamento','andamento','parada','concluida','andamento','nova','andamento','cancelada'])[1 + (g * 7) % 10] END,
       (ARRAY['completa','modulo','migracao'])[1 + g % 3],
       now() - (5000 - g) * interval '7 hours',
       (now() - (5000 - g) * interval '7 hours')::date,
       CASE WHEN g <= 4000 THEN (now() - (5000 - g) * interval '7 hours' + interval '60 days')::date END
FROM generate_series(1, 5000) g;

-- 60 checklist items each: 12 tarefas with 4 subtarefas apiece
INSERT INTO checklist_items (implantacao_id, parent_id, tipo_item, titulo, ordem, completed, completed_at, created_at)
SELECT i, NULL, CASE WHEN k % 5 = 1 THEN 'tarefa' ELSE 'subtarefa' END,
       'Item ' || k || ' da implantação ' || i, k,
       i <= 4000 OR (k * 37 + i) % 100 < 45,
       CASE WHEN i <= 4000 OR (k * 37 + i) % 100 < 45 THEN now() - (5000 - i) * interval '7 hours' + k * interval '1 day' END,
       now() - (5000 - i) * interval '7 hours'
FROM generate_series(1, 5000) i, generate_series(1, 60) k;

-- two million history lines over three years, in time order; each line
-- belongs to one of the implantações open at that time
INSERT INTO timeline_log (implantacao_id, usuario_cs, tipo, descricao, created_at)
SELECT least(5000, 1250 + (g * 3150::bigint / 2000000)::int + (g::bigint * 7919) % 700)::int,
       'cs' || (1 + g % 25) || '@onboard.com.br',
       (ARRAY['comentario','status','email','item_concluido','item_concluido','reuniao'])[1 + g % 6],
       'Registro ' || g || ': atualização da implantação',
       now() - interval '3 years' + g * (interval '3 years' / 2000000)
FROM generate_series(1, 2000000) g;

-- the "basic indexes" of last month
CREATE INDEX idx_implantacoes_usuario_cs ON implantacoes (usuario_cs);
CREATE INDEX idx_implantacoes_status ON implantacoes (status);
CREATE INDEX idx_checklist_items_implantacao ON checklist_items (implantacao_id);
CREATE INDEX idx_timeline_log_created_at ON timeline_log (created_at);
SQL
quiet_psql -c "VACUUM ANALYZE"
quiet_psql -c "SELECT pg_stat_reset()" >/dev/null

# Every request loads the logged-in analyst first (Flask-Login).
login='\set u random(1, 25)
SELECT id, email, nome, perfil FROM usuarios WHERE id = :u AND ativo \gset'

{
  echo "$login"
  echo "SELECT id, nome_empresa, status, tipo, data_inicio FROM implantacoes WHERE usuario_cs = :email AND status IN ('nova', 'andamento', 'parada') ORDER BY status, data_inicio;"
  # one progress query per card (between 28 and 40 active cards per analyst)
  echo "\\set cards random(28, 40)"
  for k in $(seq 1 40); do
    [ "$k" -gt 28 ] && echo "\\if :cards >= $k"
    echo "\\set impl random(4001, 5000)"
    echo "SELECT count(ci.id), sum(CASE WHEN ci.completed THEN 1 ELSE 0 END) FROM checklist_items ci WHERE ci.implantacao_id = :impl AND ci.tipo_item = 'subtarefa';"
    [ "$k" -gt 28 ] && echo "\\endif"
  done
} > "$tmp/dashboard.sql"

cat > "$tmp/timeline.sql" <<EOS
$login
\\set impl random(4001, 5000)
SELECT id, nome_empresa, status, usuario_cs, tipo, data_inicio FROM implantacoes WHERE id = :impl;
SELECT id, tipo, descricao, usuario_cs, created_at FROM timeline_log WHERE implantacao_id = :impl AND created_at >= now() - interval '30 days' ORDER BY created_at DESC;
EOS

cat > "$tmp/comentario.sql" <<EOS
$login
\\set impl random(4001, 5000)
BEGIN;
INSERT INTO timeline_log (implantacao_id, usuario_cs, tipo, descricao, created_at) VALUES (:impl, :email, 'comentario', 'Cliente retornou o contato', now());
COMMIT;
EOS

cat > "$tmp/checklist.sql" <<EOS
$login
\\set impl random(4001, 5000)
\\set item random(1, 60)
BEGIN;
UPDATE checklist_items SET completed = true, completed_at = now() WHERE id = (:impl - 1) * 60 + :item;
INSERT INTO timeline_log (implantacao_id, usuario_cs, tipo, descricao, created_at) VALUES (:impl, :email, 'item_concluido', 'Item do checklist concluído', now());
COMMIT;
EOS

scenario_mark
PGAPPNAME=implantacoes-web $PGBENCH -n -c 3 -j 2 -M extended -R 22 -t 420 \
  -f "$tmp/dashboard.sql@52" -f "$tmp/timeline.sql@20" -f "$tmp/comentario.sql@18" -f "$tmp/checklist.sql@10" >/dev/null
scenario_capture
