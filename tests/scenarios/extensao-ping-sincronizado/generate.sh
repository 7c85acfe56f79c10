#!/usr/bin/env bash
# SaaS de campanhas de WhatsApp: a extensão do navegador de cada atendente
# consulta as notificações não lidas a cada 10 s, alinhada ao relógio, pela
# extensao-api (pool de 50 conexões, prepared statements): as 50 consultas
# chegam juntas a cada 10 s. Em paralelo, o painel (painel-api) e os webhooks
# do provedor de WhatsApp em ritmo aleatório.
source "$(dirname "$0")/../lib.sh"
scenario_start

quiet_psql <<'SQL'
CREATE TABLE contas (
  id         serial PRIMARY KEY,
  nome       text NOT NULL,
  plano      text NOT NULL DEFAULT 'basico',
  ativa      boolean NOT NULL DEFAULT true,
  criada_em  timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE usuarios (
  id           serial PRIMARY KEY,
  conta_id     integer NOT NULL REFERENCES contas (id),
  email        text NOT NULL UNIQUE,
  nome         text NOT NULL,
  senha_hash   text NOT NULL,
  ativo        boolean NOT NULL DEFAULT true,
  ultimo_login timestamptz
);
CREATE INDEX usuarios_conta_id_idx ON usuarios (conta_id);
CREATE TABLE campanhas (
  id         serial PRIMARY KEY,
  conta_id   integer NOT NULL REFERENCES contas (id),
  nome       text NOT NULL,
  status     text NOT NULL DEFAULT 'rascunho',
  criada_em  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX campanhas_conta_id_criada_em_idx ON campanhas (conta_id, criada_em DESC);
CREATE TABLE contatos (
  id         bigserial PRIMARY KEY,
  conta_id   integer NOT NULL REFERENCES contas (id),
  telefone   text NOT NULL,
  nome       text,
  criado_em  timestamptz NOT NULL DEFAULT now(),
  UNIQUE (conta_id, telefone)
);
CREATE TABLE mensagens (
  id          bigserial PRIMARY KEY,
  campanha_id integer NOT NULL REFERENCES campanhas (id),
  contato_id  bigint NOT NULL REFERENCES contatos (id),
  status      text NOT NULL DEFAULT 'fila',
  enviada_em  timestamptz,
  criada_em   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX mensagens_campanha_id_idx ON mensagens (campanha_id);
CREATE INDEX mensagens_contato_id_idx ON mensagens (contato_id);
CREATE TABLE notificacoes (
  id          bigserial PRIMARY KEY,
  usuario_id  integer NOT NULL REFERENCES usuarios (id),
  tipo        text NOT NULL,
  titulo      text NOT NULL,
  corpo       text,
  campanha_id integer REFERENCES campanhas (id),
  lida        boolean NOT NULL DEFAULT false,
  criada_em   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX notificacoes_nao_lidas_idx ON notificacoes (usuario_id, criada_em DESC) WHERE NOT lida;
CREATE INDEX notificacoes_campanha_id_idx ON notificacoes (campanha_id);

INSERT INTO contas (nome, plano, criada_em)
SELECT 'Empresa ' || g, (ARRAY['basico','pro','pro','enterprise'])[1 + g % 4], now() - (g % 500) * interval '1 day'
FROM generate_series(1, 150) g;
-- 3000 atendentes, 20 por conta.
INSERT INTO usuarios (conta_id, email, nome, senha_hash, ultimo_login)
SELECT 1 + (g - 1) / 20, 'atendente' || g || '@empresa' || (1 + (g - 1) / 20) || '.com.br',
       (ARRAY['Ana','Bruno','Carla','Diego','Eduarda','Felipe','Gabriela','Henrique','Isabela','Joao'])[1 + g % 10] || ' ' || g,
       '$2a$10$' || md5(g::text), now() - (g % 30) * interval '1 day'
FROM generate_series(1, 3000) g;
-- 40 campanhas por conta.
INSERT INTO campanhas (conta_id, nome, status, criada_em)
SELECT 1 + (g - 1) / 40, 'Campanha ' || g, (ARRAY['enviada','enviada','enviada','agendada','rascunho'])[1 + g % 5],
       now() - (6000 - g) * interval '2 hours'
FROM generate_series(1, 6000) g;
-- 1000 contatos por conta.
INSERT INTO contatos (conta_id, telefone, nome)
SELECT 1 + (g - 1) / 1000, '+5511' || lpad((900000000 + g)::text, 9, '0'), 'Contato ' || g
FROM generate_series(1, 150000) g;
-- 600 mil mensagens enviadas.
INSERT INTO mensagens (campanha_id, contato_id, status, enviada_em, criada_em)
SELECT c, (1 + (c - 1) / 40 - 1) * 1000 + 1 + (g::bigint * 7919) % 1000,
       (ARRAY['entregue','entregue','lida','lida','lida','falhou'])[1 + g % 6],
       now() - (600000 - g) * interval '20 seconds', now() - (600000 - g) * interval '20 seconds'
FROM generate_series(1, 600000) g, LATERAL (SELECT 1 + (g * 13) % 6000 AS c) x;
-- 600 mil notificações (respostas de contatos, falhas de envio, fim de campanha);
-- as antigas foram lidas, as recentes em parte não.
INSERT INTO notificacoes (usuario_id, tipo, titulo, corpo, campanha_id, lida, criada_em)
SELECT u, t, CASE t WHEN 'resposta' THEN 'Nova resposta de contato' WHEN 'falha' THEN 'Falha no envio'
                    ELSE 'Campanha concluída' END,
       'Mensagem ' || g, 1 + ((u - 1) / 20) * 40 + g % 40,
       g < 588000 OR g % 3 = 0, now() - (600000 - g) * interval '20 seconds'
FROM generate_series(1, 600000) g,
     LATERAL (SELECT 1 + (g * 7) % 3000 AS u,
                     (ARRAY['resposta','resposta','resposta','falha','concluida'])[1 + g % 5] AS t) x;
SQL
quiet_psql -c "VACUUM ANALYZE" -c "SELECT pg_stat_reset()" >/dev/null

w=$tmp/work
mkdir -p "$w"

# Extensão: cada conexão do pool da extensao-api atende o poll de um atendente
# (o JWT é validado na API, sem banco), e a extensão dorme até o próximo
# múltiplo de 10 s do relógio.
cat > "$w/poll.sql" <<'SQL'
\set uid 1 + (:client_id * 59) % 3000
SELECT n.id, n.tipo, n.titulo, n.corpo, n.criada_em, c.nome AS campanha FROM notificacoes n LEFT JOIN campanhas c ON c.id = n.campanha_id WHERE n.usuario_id = :uid AND n.lida = false ORDER BY n.criada_em DESC LIMIT 20;
\sleep 10 s
SQL

# Painel web (painel-api, node-postgres, protocolo estendido): logins, lista
# de campanhas, relatório de uma campanha, contato, marcar notificações lidas,
# disparo de uma mensagem.
cat > "$w/painel.sql" <<'SQL'
\set tipo random(1, 100)
\set uid random(1, 3000)
\set conta 1 + (:uid - 1) / 20
\set camp (:conta - 1) * 40 + random(1, 40)
\set ctt (:conta - 1) * 1000 + random(1, 1000)
\if :tipo <= 15
SELECT id, conta_id, nome, senha_hash, ativo FROM usuarios WHERE email = 'atendente' || :uid || '@empresa' || :conta || '.com.br';
UPDATE usuarios SET ultimo_login = now() WHERE id = :uid;
\elif :tipo <= 45
SELECT id, nome, status, criada_em FROM campanhas WHERE conta_id = :conta ORDER BY criada_em DESC LIMIT 20;
\elif :tipo <= 60
SELECT status, count(*) FROM mensagens WHERE campanha_id = :camp GROUP BY status;
\elif :tipo <= 72
SELECT id, telefone, nome FROM contatos WHERE conta_id = :conta AND telefone = '+5511' || lpad((900000000 + :ctt)::text, 9, '0');
\elif :tipo <= 82
UPDATE notificacoes SET lida = true WHERE usuario_id = :uid AND NOT lida;
\else
BEGIN;
INSERT INTO mensagens (campanha_id, contato_id, status, criada_em) VALUES (:camp, :ctt, 'fila', now()) RETURNING id;
UPDATE campanhas SET status = 'enviando' WHERE id = :camp;
COMMIT;
\endif
SQL

# Webhooks do provedor de WhatsApp: status de entrega e respostas, que viram
# notificação para o atendente dono da campanha.
cat > "$w/webhook.sql" <<'SQL'
\set tipo random(1, 10)
\set msg random(1, 600000)
\set uid random(1, 3000)
\set camp (1 + (:uid - 1) / 20 - 1) * 40 + random(1, 40)
\if :tipo <= 7
UPDATE mensagens SET status = 'entregue', enviada_em = now() WHERE id = :msg;
\else
INSERT INTO notificacoes (usuario_id, tipo, titulo, corpo, campanha_id) VALUES (:uid, 'resposta', 'Nova resposta de contato', 'Mensagem recebida', :camp);
\endif
SQL

scenario_mark

# As extensões acordam no próximo múltiplo de 10 s do relógio.
sleep "$(python3 -c 'import time; print(10 - time.time() % 10 + 0.2)')"
PGAPPNAME=painel-api $PGBENCH -n -c 6 -j 2 -M extended -R 20 -T 100 -f "$w/painel.sql" >/dev/null &
PGAPPNAME=whatsapp-webhook $PGBENCH -n -c 2 -j 1 -M extended -R 8 -T 100 -f "$w/webhook.sql" >/dev/null &
PGAPPNAME=extensao-api $PGBENCH -n -c 50 -j 4 -M prepared -t 10 -f "$w/poll.sql" >/dev/null
wait

scenario_capture
