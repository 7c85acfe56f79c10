#!/usr/bin/env bash
# Backend de telemetria IoT: eventos append-only (3 milhões de linhas em 18
# meses, em ordem de tempo) só com a chave primária; painéis que leem os
# últimos 7 dias de um dispositivo e contam eventos por dia num intervalo;
# ingestão de um evento por requisição; um DELETE de retenção.
source "$(dirname "$0")/../lib.sh"
scenario_start

quiet_psql >/dev/null <<'SQL'
CREATE TABLE dispositivos (
  id              integer PRIMARY KEY,
  numero_serie    text NOT NULL,
  conta_id        integer NOT NULL,
  nome            text NOT NULL,
  modelo          text NOT NULL,
  firmware        text NOT NULL,
  ativo           boolean NOT NULL DEFAULT true,
  instalado_em    date NOT NULL,
  CONSTRAINT dispositivos_numero_serie_key UNIQUE (numero_serie)
);
CREATE TABLE tipos_evento (
  id          smallint PRIMARY KEY,
  codigo      text NOT NULL,
  descricao   text NOT NULL,
  severidade  smallint NOT NULL
);
CREATE TABLE eventos (
  id              bigserial PRIMARY KEY,
  dispositivo_id  integer NOT NULL,
  tipo            smallint NOT NULL,
  payload         jsonb NOT NULL,
  criado_em       timestamptz NOT NULL DEFAULT now()
);

INSERT INTO dispositivos (id, numero_serie, conta_id, nome, modelo, firmware, ativo, instalado_em)
SELECT g, 'SN-2023-' || lpad((g * 7919 % 1000000)::text, 6, '0'),
       1 + g % 12,
       (ARRAY['Câmara fria','Freezer','Estufa','Galpão','Silo','Caldeira','Tanque','Subestação'])[1 + g % 8] || ' ' || g,
       (ARRAY['TX-100','TX-200','TH-50','GW-3'])[1 + g % 4],
       (ARRAY['1.4.2','1.5.0','2.0.1'])[1 + g % 3],
       g % 40 <> 0,
       date '2023-01-15' + (g * 3)
FROM generate_series(1, 200) g;

INSERT INTO tipos_evento (id, codigo, descricao, severidade)
SELECT g, c, 'Evento ' || c, CASE WHEN g <= 12 THEN 0 WHEN g <= 17 THEN 1 ELSE 2 END
FROM generate_series(1, 20) g,
     LATERAL (SELECT (ARRAY['leitura_temperatura','leitura_umidade','leitura_pressao','leitura_energia','heartbeat',
                            'porta_aberta','porta_fechada','bateria','sinal','gps','reinicio','config_ok',
                            'temperatura_alta','umidade_alta','bateria_baixa','sem_sinal','porta_esquecida',
                            'falha_sensor','falha_energia','violacao'])[g] AS c) x;

-- Três milhões de eventos de 18 meses e 5 dias atrás até agora, inseridos na
-- ordem em que chegaram; 80% leituras periódicas, o resto heartbeats e alertas.
INSERT INTO eventos (dispositivo_id, tipo, payload, criado_em)
SELECT 1 + (g::bigint * 7919) % 200,
       t,
       CASE WHEN t <= 4 THEN jsonb_build_object('valor', round((18 + (g % 170) / 10.0)::numeric, 1), 'unidade', 'C', 'fw', '1.5.0')
            ELSE jsonb_build_object('codigo', t, 'bateria', 20 + g % 80, 'rssi', -40 - g % 60) END,
       now() - interval '18 months 5 days' + g * ((interval '18 months 5 days' - interval '10 minutes') / 3000000)
FROM generate_series(1, 3000000) g,
     LATERAL (SELECT CASE WHEN g % 10 < 8 THEN 1 + g % 4 ELSE 5 + (g::bigint * 31) % 16 END AS t) x;
SQL
quiet_psql -c "VACUUM ANALYZE" -c "SELECT pg_stat_reset()" >/dev/null

w=$tmp/work
mkdir -p "$w"
agora=$(date +%s)

# Ingestão (serviço Go, pgx: protocolo estendido): cada requisição HTTP de um
# gateway traz um evento; o serviço confere o dispositivo e grava o evento.
cat > "$w/ingestao.sql" <<'SQL'
\set d random(1, 200)
\set t random(1, 20)
\set v random(150, 330)
\set b random(20, 100)
\set pausa random(40, 160)
SELECT id, conta_id, ativo FROM dispositivos WHERE id = :d;
INSERT INTO eventos (dispositivo_id, tipo, payload, criado_em) VALUES (:d, :t, jsonb_build_object('valor', :v::numeric / 10, 'bateria', :b::integer), now()) RETURNING id;
\sleep :pausa ms
SQL

# Painel de uma conta: seus dispositivos, os tipos de alerta e os últimos
# 7 dias do dispositivo aberto.
cat > "$w/painel.sql" <<'SQL'
\set conta random(1, 12)
\set d 12 * random(1, 15) + :conta - 1
\set sev random(1, 2)
SELECT id, nome, modelo, firmware, ativo FROM dispositivos WHERE conta_id = :conta ORDER BY nome;
SELECT id, codigo, descricao, severidade FROM tipos_evento WHERE severidade >= :sev ORDER BY severidade DESC, codigo;
SELECT id, tipo, payload, criado_em FROM eventos WHERE dispositivo_id = :d AND criado_em >= now() - interval '7 days' ORDER BY criado_em DESC LIMIT 100;
\sleep 300 ms
SQL

# Gráfico diário: eventos por dia num intervalo de 7 a 30 dias (a API recebe
# as datas em epoch).
cat > "$w/grafico.sql" <<'SQL'
\set dias random(7, 30)
\set fim :agora - 86400 * random(0, 60)
\set ini :fim - 86400 * :dias
SELECT date_trunc('day', criado_em) AS dia, count(*) AS eventos FROM eventos WHERE criado_em >= to_timestamp(:ini) AND criado_em < to_timestamp(:fim) GROUP BY 1 ORDER BY 1;
\sleep 500 ms
SQL

scenario_mark

PGAPPNAME=ingestor $PGBENCH -n -c 2 -j 2 -t 450 -M extended -f "$w/ingestao.sql" >/dev/null &
PGAPPNAME=painel $PGBENCH -n -c 2 -j 2 -t 40 -M extended -D agora=$agora \
  -f "$w/painel.sql@3" -f "$w/grafico.sql@1" >/dev/null &
# A retenção (cron noturno, psql) roda uma vez no meio da janela.
sleep 20
PGAPPNAME=retencao psql -X -q -c "DELETE FROM eventos WHERE criado_em < now() - interval '18 months'" >/dev/null
wait

scenario_capture
