#!/usr/bin/env bash
# Quadro, gestão de projetos e tarefas (um Jira/Trello pequeno): API Node.js
# com node-postgres, protocolo estendido, pool de 4 conexões em autocommit.
# O migrador nunca criou chave estrangeira; quase nenhuma referência repete o
# nome da tabela (responsavel_id, criado_por, autor_id, dono_id, enviado_por
# apontam para usuarios; municipio_ibge para municipios.codigo_ibge). A página
# da equipe lista os membros e carrega as tarefas abertas de cada um, uma
# consulta por membro, em tarefas.responsavel_id sem índice; a página da
# tarefa carrega os comentários e depois o autor de cada um. Sósias: numero
# (o "#123" dentro do projeto), id_externo (issue do GitHub), proximo_numero
# (contador), codigo_convite.
source "$(dirname "$0")/../lib.sh"

scenario_start

quiet_psql >/dev/null <<'SQL'
CREATE ROLE quadro LOGIN;
CREATE DATABASE quadro OWNER quadro;
SQL

quiet_psql -d quadro >/dev/null <<'SQL'
SET ROLE quadro;
-- node-pg-migrate: só chaves primárias, alguns índices, nenhuma FK.
CREATE TABLE pgmigrations (
  id serial PRIMARY KEY,
  name varchar(255) NOT NULL,
  run_on timestamp NOT NULL
);
CREATE TABLE municipios (
  codigo_ibge integer PRIMARY KEY,
  nome varchar(80) NOT NULL,
  uf char(2) NOT NULL,
  capital boolean NOT NULL DEFAULT false
);
CREATE TABLE usuarios (
  id serial PRIMARY KEY,
  nome varchar(120) NOT NULL,
  email varchar(160) NOT NULL UNIQUE,
  senha_hash varchar(100) NOT NULL,
  avatar_url varchar(200),
  cargo varchar(60),
  fuso_horario varchar(40) NOT NULL DEFAULT 'America/Sao_Paulo',
  municipio_ibge integer,
  papel_global varchar(20) NOT NULL DEFAULT 'membro',
  ativo boolean NOT NULL DEFAULT true,
  criado_em timestamptz NOT NULL DEFAULT now(),
  ultimo_acesso timestamptz
);
CREATE TABLE equipes (
  id serial PRIMARY KEY,
  nome varchar(120) NOT NULL,
  codigo_convite integer NOT NULL UNIQUE,
  plano varchar(20) NOT NULL DEFAULT 'free',
  criado_em timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE equipe_membros (
  equipe_id integer NOT NULL,
  usuario_id integer NOT NULL,
  papel varchar(20) NOT NULL DEFAULT 'membro',
  entrou_em timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (equipe_id, usuario_id)
);
CREATE TABLE projetos (
  id serial PRIMARY KEY,
  equipe_id integer NOT NULL,
  nome varchar(120) NOT NULL,
  chave varchar(10) NOT NULL,
  descricao text,
  dono_id integer NOT NULL,
  proximo_numero integer NOT NULL DEFAULT 1,
  github_repo varchar(120),
  arquivado boolean NOT NULL DEFAULT false,
  criado_em timestamptz NOT NULL DEFAULT now(),
  atualizado_em timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX projetos_equipe_id_idx ON projetos (equipe_id);
CREATE TABLE tarefas (
  id serial PRIMARY KEY,
  projeto_id integer NOT NULL,
  numero integer NOT NULL,
  titulo varchar(200) NOT NULL,
  descricao text,
  status varchar(20) NOT NULL DEFAULT 'a_fazer',
  prioridade smallint NOT NULL DEFAULT 2,
  pontos smallint,
  responsavel_id integer,
  criado_por integer NOT NULL,
  prazo date,
  id_externo bigint,
  criado_em timestamptz NOT NULL DEFAULT now(),
  atualizado_em timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT tarefas_projeto_id_numero_key UNIQUE (projeto_id, numero),
  CONSTRAINT tarefas_id_externo_key UNIQUE (id_externo)
);
CREATE TABLE comentarios (
  id bigserial PRIMARY KEY,
  tarefa_id integer NOT NULL,
  autor_id integer NOT NULL,
  corpo text NOT NULL,
  criado_em timestamptz NOT NULL DEFAULT now(),
  editado_em timestamptz
);
CREATE INDEX comentarios_tarefa_id_idx ON comentarios (tarefa_id);
CREATE TABLE anexos (
  id serial PRIMARY KEY,
  tarefa_id integer NOT NULL,
  enviado_por integer NOT NULL,
  nome_arquivo varchar(200) NOT NULL,
  mime varchar(100) NOT NULL,
  tamanho_bytes bigint NOT NULL,
  storage_key varchar(200) NOT NULL,
  criado_em timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX anexos_tarefa_id_idx ON anexos (tarefa_id);

INSERT INTO pgmigrations (name, run_on)
SELECT v, timestamp '2023-03-01' + i * interval '19 days'
FROM unnest(ARRAY['1677600000000_inicial', '1679000000000_equipes', '1681000000000_projetos-tarefas',
                  '1684000000000_comentarios', '1689000000000_anexos', '1694000000000_municipios',
                  '1701000000000_id-externo-github', '1712000000000_pontos']) WITH ORDINALITY AS m(v, i);

-- Municípios com o código do IBGE (UF em dois dígitos, quatro do município,
-- um verificador): algumas capitais de verdade e o resto gerado por UF.
INSERT INTO municipios (codigo_ibge, nome, uf, capital) VALUES
  (3550308, 'São Paulo', 'SP', true), (3304557, 'Rio de Janeiro', 'RJ', true),
  (3106200, 'Belo Horizonte', 'MG', true), (4106902, 'Curitiba', 'PR', true),
  (4314902, 'Porto Alegre', 'RS', true), (2927408, 'Salvador', 'BA', true),
  (2611606, 'Recife', 'PE', true), (2304400, 'Fortaleza', 'CE', true),
  (5300108, 'Brasília', 'DF', true), (1302603, 'Manaus', 'AM', true),
  (5208707, 'Goiânia', 'GO', true), (1501402, 'Belém', 'PA', true),
  (4205407, 'Florianópolis', 'SC', true), (3509502, 'Campinas', 'SP', false);
INSERT INTO municipios (codigo_ibge, nome, uf)
SELECT u.cod * 100000 + (10 + k * (9900 / u.n)) * 10 + (k * 7) % 10,
       (ARRAY['São','Santa','Nova','Bom','Porto','Campo','Vila','Alto','Rio','Serra','Lagoa','Barra'])[1 + (k * 7 + u.cod) % 12] || ' ' ||
       (ARRAY['José','Maria','Esperança','Jardim','Alegre','Verde','Bonito','do Sul','da Serra','Grande','Formoso','Claro',
              'Feliz','Azul','dos Campos','do Norte'])[1 + (k * 13 + u.cod) % 16],
       u.uf
FROM (VALUES (11,'RO',52),(12,'AC',22),(13,'AM',62),(14,'RR',15),(15,'PA',144),(16,'AP',16),(17,'TO',139),
             (21,'MA',217),(22,'PI',224),(23,'CE',184),(24,'RN',167),(25,'PB',223),(26,'PE',185),(27,'AL',102),
             (28,'SE',75),(29,'BA',417),(31,'MG',853),(32,'ES',78),(33,'RJ',92),(35,'SP',645),(41,'PR',399),
             (42,'SC',295),(43,'RS',497),(50,'MS',79),(51,'MT',141),(52,'GO',246)) AS u(cod, uf, n),
     LATERAL generate_series(1, u.n) k
ON CONFLICT (codigo_ibge) DO NOTHING;
CREATE TEMP TABLE mun_n AS SELECT row_number() OVER (ORDER BY codigo_ibge) AS rn, codigo_ibge FROM municipios;

-- Usuário g é da equipe 1 + (g - 1) % 600: cada equipe tem 10 pessoas,
-- g = e, e + 600, ..., e + 5400.
INSERT INTO usuarios (nome, email, senha_hash, avatar_url, cargo, municipio_ibge, papel_global, ativo, criado_em, ultimo_acesso)
SELECT (ARRAY['Ana','Bruno','Camila','Diego','Eduarda','Felipe','Gabriela','Henrique','Isabela','João','Larissa','Lucas',
              'Mariana','Mateus','Natália','Otávio','Paula','Rafael','Sabrina','Thiago','Vanessa','Vinícius'])[1 + g % 22] || ' ' ||
       (ARRAY['Silva','Santos','Oliveira','Souza','Rodrigues','Ferreira','Alves','Pereira','Lima','Gomes','Costa',
              'Ribeiro','Martins','Carvalho','Rocha','Almeida','Nascimento','Araújo'])[1 + (g / 22) % 18],
       'usuario' || g || '@' || (ARRAY['gmail.com','empresa.com.br','outlook.com','agencia.com.br'])[1 + g % 4],
       '$2b$10$' || md5(g::text) || md5((g * 3)::text),
       CASE WHEN g % 3 = 0 THEN NULL ELSE 'https://cdn.quadro.app/avatars/' || md5(g::text) || '.jpg' END,
       (ARRAY['Desenvolvedora','Desenvolvedor','Designer','Product Manager','QA','Tech Lead','Analista de Dados','Gerente de Projetos'])[1 + (g * 7) % 8],
       CASE WHEN g % 10 = 0 THEN NULL
            WHEN g % 10 <= 6 THEN (ARRAY[3550308,3304557,3106200,4106902,4314902,2927408,2611606,2304400,5300108,1302603,
                                         5208707,1501402,4205407,3509502])[1 + (g * 7) % 14]
            ELSE (SELECT codigo_ibge FROM mun_n WHERE rn = 1 + (g * 7919) % 5500) END,
       CASE WHEN g <= 600 THEN 'admin' ELSE 'membro' END,
       g % 211 <> 0,
       timestamptz '2023-03-01' + (g % 700) * interval '1 day',
       now() - (g % 30) * interval '1 hour'
FROM generate_series(1, 6000) g;

INSERT INTO equipes (nome, codigo_convite, plano, criado_em)
SELECT (ARRAY['Padaria Pão Dourado','Agência Vento Sul','Construtora Alvorada','Clínica Sorriso','Loja Bela Moda','TechNova',
              'Lima & Souza Advogados','Transportadora Rápida','Estúdio Pixel','Cooperativa Vale Verde','Mercado Bom Preço',
              'Escola Saber','Fintech Cajú','Hotel Maré Alta','Editora Página'])[1 + e % 15] || ' — ' ||
       (ARRAY['Produto','Marketing','Operações','Financeiro','Tecnologia','Atendimento','Comercial','Dados'])[1 + (e / 15) % 8],
       100000 + (e * 7919) % 900000,
       (ARRAY['free','pro','pro','business'])[1 + e % 4],
       timestamptz '2023-03-01' + (e % 500) * interval '1 day'
FROM generate_series(1, 600) e;

INSERT INTO equipe_membros (equipe_id, usuario_id, papel, entrou_em)
SELECT 1 + (g - 1) % 600, g, CASE WHEN g <= 600 THEN 'admin' ELSE 'membro' END,
       timestamptz '2023-03-01' + (g % 700) * interval '1 day'
FROM generate_series(1, 6000) g;

-- Projeto p é da equipe 1 + (p - 1) % 600 (5 por equipe) e tem
-- 40 + (p * 37) % 121 tarefas, numeradas 1..n dentro do projeto.
INSERT INTO projetos (equipe_id, nome, chave, descricao, dono_id, proximo_numero, github_repo, criado_em, atualizado_em)
SELECT 1 + (p - 1) % 600,
       (ARRAY['Site institucional','App mobile','Migração para nuvem','Campanha Black Friday','Portal do cliente',
              'Integração ERP','Onboarding','Relatórios gerenciais','Checkout novo','Sprint contínuo'])[1 + (p / 600 * 3 + p) % 10],
       (ARRAY['SITE','APP','NUV','BF','PORT','ERP','ONB','REL','CHK','SPR'])[1 + (p / 600 * 3 + p) % 10],
       'Projeto acompanhado no quadro da equipe.',
       1 + (p - 1) % 600 + 600 * (p % 10),
       41 + (p * 37) % 121,
       CASE WHEN p % 5 = 0 THEN 'empresa/repo-' || p END,
       timestamptz '2023-06-01' + (p % 400) * interval '1 day',
       now() - (p % 20) * interval '1 hour'
FROM generate_series(1, 3000) p;

CREATE TEMP TABLE pt AS
SELECT id AS p, 1 + (id - 1) % 600 AS e, 40 + (id * 37) % 121 AS n,
       sum(40 + (id * 37) % 121) OVER (ORDER BY id) - (40 + (id * 37) % 121) AS off
FROM projetos;

-- Tarefa t (ids em ordem de projeto e número): responsável e autor são
-- membros da equipe do projeto; ~30% das tarefas estão abertas (as mais
-- novas de cada projeto); projetos com repositório têm id_externo (issue do
-- GitHub, na casa dos bilhões).
INSERT INTO tarefas (id, projeto_id, numero, titulo, descricao, status, prioridade, pontos, responsavel_id, criado_por,
                     prazo, id_externo, criado_em, atualizado_em)
SELECT x.t, x.p, x.k,
       (ARRAY['Corrigir','Implementar','Revisar','Atualizar','Criar','Remover','Documentar','Testar','Refatorar','Investigar'])[1 + x.t % 10] || ' ' ||
       (ARRAY['tela de login','relatório de vendas','integração com PIX','envio de e-mail','cadastro de clientes','exportação CSV',
              'filtro de busca','permissões de acesso','dashboard financeiro','notificações push','upload de arquivos','checkout'])[1 + (x.t / 10) % 12],
       CASE WHEN x.t % 5 < 3 THEN 'Conforme combinado na daily: ' ||
         (ARRAY['validar com o cliente antes de subir.','ver o erro no Sentry, acontece só no Safari.',
                'usar o layout aprovado no Figma.','conferir os valores com o financeiro.'])[1 + x.t % 4] END,
       CASE WHEN x.k * 10 <= x.n * 7 THEN 'concluida'
            ELSE (ARRAY['a_fazer','em_andamento','revisao'])[1 + x.k % 3] END,
       1 + (x.t * 7) % 4,
       CASE WHEN x.t % 6 = 0 THEN NULL ELSE (ARRAY[1,2,3,5,8])[1 + x.t % 5] END,
       CASE WHEN x.t % 11 = 0 THEN NULL ELSE x.e + 600 * ((x.t * 7) % 10) END,
       x.e + 600 * ((x.t * 3) % 10),
       CASE WHEN x.t % 4 = 0 THEN NULL
            WHEN x.k * 10 <= x.n * 7 THEN current_date - (x.n - x.k) - 3
            ELSE current_date + ((x.t * 13) % 40 - 10) END,
       CASE WHEN x.p % 5 = 0 THEN 2400000000 + x.p * 1187 + x.k * 3 END,
       now() - (x.n - x.k) * interval '1 day' - ((x.t * 37) % 1440) * interval '1 minute',
       now() - greatest(x.n - x.k - 2, 0) * interval '1 day' - ((x.t * 17) % 1440) * interval '1 minute'
FROM (SELECT (pt.off + k)::integer AS t, pt.p, pt.e, pt.n, k FROM pt, generate_series(1, pt.n) k) x;
SELECT setval('tarefas_id_seq', (SELECT max(id) FROM tarefas));

-- Uma tarefa em cada três tem comentários: 2 + (t / 3 * 13) % 9 deles, o j-ésimo
-- escrito pelo membro e + 600 * ((t + 3j) % 10) da equipe do projeto.
INSERT INTO comentarios (tarefa_id, autor_id, corpo, criado_em, editado_em)
SELECT t.id, pt.e + 600 * ((t.id + j * 3) % 10),
       (ARRAY['Pode revisar o PR?','Subi a correção em homologação.','O cliente pediu para mudar a cor do botão.',
              'Bloqueado esperando acesso à API do banco.','Testei aqui e funcionou, pode fechar.',
              'Acho que isso duplica a tarefa anterior.','Atualizei a estimativa para 5 pontos.'])[1 + (t.id + j) % 7],
       least(t.criado_em + (j + 1) * interval '5 hours', now() - interval '5 minutes'),
       CASE WHEN (t.id + j) % 17 = 0 THEN least(t.criado_em + (j + 1) * interval '6 hours', now()) END
FROM tarefas t JOIN pt ON pt.p = t.projeto_id, LATERAL generate_series(0, 1 + (t.id / 3 * 13) % 9) j
WHERE t.id % 3 = 0
ORDER BY t.id, j;

INSERT INTO anexos (tarefa_id, enviado_por, nome_arquivo, mime, tamanho_bytes, storage_key, criado_em)
SELECT t.id, t.criado_por,
       (ARRAY['print_erro.png','layout_v2.pdf','planilha_custos.xlsx','log_servidor.txt'])[1 + t.id % 4],
       (ARRAY['image/png','application/pdf','application/vnd.openxmlformats-officedocument.spreadsheetml.sheet','text/plain'])[1 + t.id % 4],
       20000 + (t.id::bigint * 7919) % 5000000,
       'anexos/' || to_char(t.criado_em, 'YYYY/MM') || '/' || md5(t.id::text),
       t.criado_em + interval '1 hour'
FROM tarefas t WHERE t.id % 6 = 0;
SQL
quiet_psql -d quadro -c "VACUUM ANALYZE" >/dev/null
quiet_psql -d quadro -c "SELECT pg_stat_reset()" >/dev/null

# Cada requisição da API: o usuário do JWT (membro k da equipe e) é carregado
# por id; depois a página. Projeto p da equipe e: e + 600 * j, j = 0..4.
auth='\set e random(1, 600)
\set k random(0, 9)
\set uid :e + 600 * :k
SELECT id, email, nome, fuso_horario, papel_global FROM usuarios WHERE id = :uid AND ativo;'
tarefa_do_projeto='\set p :e + 600 * random(0, 4)
\set n 40 + (:p * 37) % 121
\set num random(1, :n)'
minhas='SELECT id, projeto_id, numero, titulo, status, prioridade, prazo FROM tarefas WHERE responsavel_id = :m AND status <> '"'concluida'"' ORDER BY prazo NULLS LAST, prioridade DESC LIMIT 50;'

# Quadro (board) do projeto: cabeçalho com dono e equipe, tarefas abertas com
# o responsável.
cat > "$tmp/quadro.sql" <<EOF
$auth
\set p :e + 600 * random(0, 4)
SELECT p.id, p.nome, p.chave, p.proximo_numero, e.nome AS equipe, d.nome AS dono FROM projetos p JOIN equipes e ON e.id = p.equipe_id JOIN usuarios d ON d.id = p.dono_id WHERE p.id = :p;
SELECT t.id, t.numero, t.titulo, t.status, t.prioridade, t.prazo, t.pontos, u.id AS responsavel_id, u.nome AS responsavel_nome, u.avatar_url FROM tarefas t LEFT JOIN usuarios u ON u.id = t.responsavel_id WHERE t.projeto_id = :p AND t.status <> 'concluida' ORDER BY t.prioridade DESC, t.numero;
EOF

# Página da tarefa (/projetos/:p/tarefas/:numero): a tarefa pelo "#numero"
# dentro do projeto, anexos, comentários e depois o autor de cada comentário,
# um por um.
{
  echo "$auth"
  echo "$tarefa_do_projeto"
  echo 'SELECT id, nome, chave, equipe_id FROM projetos WHERE id = :p;'
  echo 'SELECT t.id, t.numero, t.titulo, t.status, t.prioridade, t.criado_em, r.nome AS responsavel_nome, c.nome AS criado_por_nome, t.descricao, t.pontos, t.prazo, t.id_externo, t.responsavel_id FROM tarefas t LEFT JOIN usuarios r ON r.id = t.responsavel_id JOIN usuarios c ON c.id = t.criado_por WHERE t.projeto_id = :p AND t.numero = :num'
  echo '\gset t_'
  echo 'SELECT a.id, a.nome_arquivo, a.mime, a.tamanho_bytes, a.criado_em, u.nome AS enviado_por_nome FROM anexos a JOIN usuarios u ON u.id = a.enviado_por WHERE a.tarefa_id = :t_id ORDER BY a.criado_em;'
  echo 'SELECT id, autor_id, corpo, criado_em, editado_em FROM comentarios WHERE tarefa_id = :t_id ORDER BY criado_em;'
  echo '\set nc CASE WHEN :t_id % 3 = 0 THEN 2 + (:t_id / 3 * 13) % 9 ELSE 0 END'
  for j in $(seq 0 9); do
    echo "\\if :nc > $j"
    echo "\\set a :e + 600 * ((:t_id + $((j * 3))) % 10)"
    echo 'SELECT id, nome, avatar_url FROM usuarios WHERE id = :a;'
    echo '\endif'
  done
} > "$tmp/tarefa.sql"

# Página da equipe: equipe, projetos, membros, e as tarefas abertas de cada
# membro (a mesma função de "minhas tarefas", chamada membro a membro).
{
  echo "$auth"
  echo 'SELECT id, nome, plano FROM equipes WHERE id = :e;'
  echo 'SELECT id, nome, chave FROM projetos WHERE equipe_id = :e AND NOT arquivado ORDER BY nome;'
  echo 'SELECT u.id, u.nome, u.avatar_url, u.cargo, em.papel FROM equipe_membros em JOIN usuarios u ON u.id = em.usuario_id WHERE em.equipe_id = :e ORDER BY u.nome;'
  for j in $(seq 0 9); do
    echo "\\set m :e + $((600 * j))"
    echo "$minhas"
  done
} > "$tmp/equipe.sql"

# Minhas tarefas: as do próprio usuário.
cat > "$tmp/minhas.sql" <<EOF
$auth
\set m :uid
$minhas
EOF

# Mover no quadro: a tarefa pelo número, depois o novo status.
for s in em_andamento concluida; do
  cat > "$tmp/mover_$s.sql" <<EOF
$auth
$tarefa_do_projeto
SELECT id, status FROM tarefas WHERE projeto_id = :p AND numero = :num
\gset m_
UPDATE tarefas SET status = '$s', atualizado_em = now() WHERE id = :m_id;
EOF
done

cat > "$tmp/comentar.sql" <<EOF
$auth
$tarefa_do_projeto
SELECT id, status FROM tarefas WHERE projeto_id = :p AND numero = :num
\gset c_
INSERT INTO comentarios (tarefa_id, autor_id, corpo) VALUES (:c_id, :uid, 'Atualizei a descrição com os critérios de aceite.') RETURNING id, criado_em;
UPDATE tarefas SET atualizado_em = now() WHERE id = :c_id;
EOF

# Criar tarefa: o próximo número do projeto (contador) e o INSERT, numa
# transação.
cat > "$tmp/criar.sql" <<EOF
$auth
\set p :e + 600 * random(0, 4)
\set resp :e + 600 * random(0, 9)
\set prio random(1, 4)
\set dias random(3, 30)
BEGIN;
UPDATE projetos SET proximo_numero = proximo_numero + 1, atualizado_em = now() WHERE id = :p RETURNING proximo_numero - 1 AS numero
\gset np_
INSERT INTO tarefas (projeto_id, numero, titulo, status, prioridade, responsavel_id, criado_por, prazo) VALUES (:p, :np_numero, 'Nova tarefa criada pelo quadro', 'a_fazer', :prio, :resp, :uid, current_date + CAST(:dias AS integer)) RETURNING id;
COMMIT;
EOF

# Perfil de um colega: cidade (municipios pelo código do IBGE), quantas
# tarefas abertas, últimos comentários.
cat > "$tmp/perfil.sql" <<EOF
$auth
\set v :e + 600 * random(0, 9)
SELECT u.id, u.nome, u.email, u.cargo, u.avatar_url, u.fuso_horario, m.nome AS municipio, m.uf FROM usuarios u LEFT JOIN municipios m ON m.codigo_ibge = u.municipio_ibge WHERE u.id = :v;
SELECT count(*) FROM tarefas WHERE responsavel_id = :v AND status <> 'concluida';
SELECT c.id, c.tarefa_id, c.corpo, c.criado_em FROM comentarios c WHERE c.autor_id = :v ORDER BY c.criado_em DESC LIMIT 10;
EOF

# Webhook do GitHub (sem usuário: assinatura HMAC): a issue aponta a tarefa
# pelo id_externo; um PR aberto a move para revisão.
cat > "$tmp/webhook.sql" <<'EOF'
\set p 5 * random(1, 600)
\set n 40 + (:p * 37) % 121
\set num random(1, :n)
\set ext 2400000000 + :p * 1187 + :num * 3
SELECT id, projeto_id, numero, status FROM tarefas WHERE id_externo = :ext
\gset w_
UPDATE tarefas SET status = 'revisao', atualizado_em = now() WHERE id = :w_id;
EOF

# Convite: a tela "entrar na equipe" pelo código de convite.
cat > "$tmp/convite.sql" <<EOF
$auth
\set ce random(1, 600)
\set cod 100000 + (:ce * 7919) % 900000
SELECT id, nome, plano FROM equipes WHERE codigo_convite = :cod;
SELECT count(*) FROM equipe_membros WHERE equipe_id = :ce;
EOF

# /health do balanceador, pelo mesmo pool.
echo 'SELECT 1;' > "$tmp/health.sql"

# Resumo diário por e-mail (job das 8h): uma agregação por equipe e
# responsável, outra por autor de comentário.
cat > "$tmp/resumo.sql" <<'EOF'
SELECT e.id AS equipe_id, e.nome AS equipe, u.id AS usuario_id, u.nome, r.concluidas_semana, r.abertas, r.atrasadas FROM (SELECT p.equipe_id, t.responsavel_id, count(*) FILTER (WHERE t.status = 'concluida' AND t.atualizado_em >= now() - interval '7 days') AS concluidas_semana, count(*) FILTER (WHERE t.status <> 'concluida') AS abertas, count(*) FILTER (WHERE t.status <> 'concluida' AND t.prazo < current_date) AS atrasadas FROM tarefas t JOIN projetos p ON p.id = t.projeto_id WHERE t.responsavel_id IS NOT NULL GROUP BY p.equipe_id, t.responsavel_id) r JOIN usuarios u ON u.id = r.responsavel_id JOIN equipes e ON e.id = r.equipe_id ORDER BY e.id, u.nome;
SELECT u.id, u.nome, u.email, count(*) AS comentarios FROM comentarios c JOIN usuarios u ON u.id = c.autor_id WHERE c.criado_em >= now() - interval '7 days' GROUP BY u.id, u.nome, u.email ORDER BY comentarios DESC LIMIT 50;
EOF

scenario_mark

( sleep 12; PGAPPNAME=resumo-diario psql -X -q -U quadro -d quadro -f "$tmp/resumo.sql" >/dev/null ) &
resumo=$!
PGAPPNAME=quadro-api $PGBENCH -n -c 4 -j 2 -M extended -t "${TX:-250}" -U quadro \
  -f "$tmp/quadro.sql@25" -f "$tmp/tarefa.sql@25" -f "$tmp/equipe.sql@10" -f "$tmp/minhas.sql@10" \
  -f "$tmp/mover_em_andamento.sql@5" -f "$tmp/mover_concluida.sql@5" -f "$tmp/comentar.sql@6" \
  -f "$tmp/criar.sql@4" -f "$tmp/perfil.sql@4" -f "$tmp/webhook.sql@3" -f "$tmp/convite.sql@1" \
  -f "$tmp/health.sql@2" quadro
wait "$resumo"

scenario_capture quadro
