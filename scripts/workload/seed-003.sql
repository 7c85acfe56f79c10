-- Seed 003 (../shared/seeds/003_*.md): a customer-onboarding tracker whose
-- dashboard recomputes every project's progress over checklist_items on each
-- request, and a timeline_log that grows forever.
-- psql -v rows=1050000 -f seed-003.sql   (rows: timeline_log rows, default 1 050 000)
\if :{?rows}
\else
  \set rows 1050000
\endif
CREATE TABLE implantacoes (
  id serial PRIMARY KEY,
  nome_empresa text NOT NULL,
  usuario_cs text NOT NULL,
  status text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO implantacoes (nome_empresa, usuario_cs, status, created_at)
  SELECT 'empresa ' || g, 'cs' || (g % 20) || '@example.com',
         (ARRAY['nova','andamento','parada','finalizada','finalizada','finalizada','finalizada','cancelada'])[1 + g % 8],
         now() - (g % 700) * interval '1 day'
  FROM generate_series(1, 2000) g;
CREATE INDEX idx_status ON implantacoes (status);

CREATE TABLE checklist_items (
  id serial PRIMARY KEY,
  implantacao_id int NOT NULL REFERENCES implantacoes,
  tipo_item text NOT NULL,
  titulo text NOT NULL,
  completed boolean NOT NULL DEFAULT false
);
INSERT INTO checklist_items (implantacao_id, tipo_item, titulo, completed)
  SELECT 1 + g % 2000, CASE WHEN g % 5 = 0 THEN 'tarefa' ELSE 'subtarefa' END, 'item ' || g, g % 3 = 0
  FROM generate_series(1, 60000) g;
CREATE INDEX idx_checklist_impl ON checklist_items (implantacao_id);

CREATE TABLE timeline_log (
  id serial PRIMARY KEY,
  implantacao_id int NOT NULL REFERENCES implantacoes,
  tipo text NOT NULL,
  descricao text,
  created_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO timeline_log (implantacao_id, tipo, descricao, created_at)
  SELECT 1 + g % 2000, (ARRAY['nota','status','tarefa','email'])[1 + g % 4], 'evento ' || g,
         now() - interval '730 days' + g * (interval '730 days' / :rows)
  FROM generate_series(1, :rows) g;
CREATE INDEX idx_timeline_impl ON timeline_log (implantacao_id);
