#!/usr/bin/env bash
# Access control, billing and audit of a Latin-American platform, Portuguese
# and Spanish table names with their own plurals (acao/acoes, papel/papeis,
# item/itens, ciudad/ciudades, rol/roles) and no declared foreign keys.
source "$(dirname "$0")/../lib.sh"
scenario_start

quiet_psql <<'SQL'
CREATE TABLE acoes (id serial PRIMARY KEY, nome text NOT NULL UNIQUE, modulo text NOT NULL);
CREATE TABLE papeis (id serial PRIMARY KEY, nome text NOT NULL UNIQUE);
CREATE TABLE papel_acoes (papel_id integer NOT NULL, acao_id integer NOT NULL, PRIMARY KEY (papel_id, acao_id));
CREATE TABLE ciudades (id serial PRIMARY KEY, nombre text NOT NULL, provincia text NOT NULL);
CREATE TABLE cidades (id serial PRIMARY KEY, nome text NOT NULL, uf char(2) NOT NULL);
CREATE TABLE usuarios (
  id serial PRIMARY KEY, nome text NOT NULL, email text NOT NULL UNIQUE,
  papel_id integer NOT NULL, ciudad_id integer, ativo boolean NOT NULL DEFAULT true,
  criado_em timestamptz NOT NULL DEFAULT now());
CREATE TABLE clientes (id serial PRIMARY KEY, nombre text NOT NULL, cuit text NOT NULL UNIQUE, email text, condicion_iva text NOT NULL);
CREATE TABLE itens (id serial PRIMARY KEY, descricao text NOT NULL, preco numeric(12,2) NOT NULL, ativo boolean NOT NULL DEFAULT true);
CREATE TABLE facturas (
  id serial PRIMARY KEY, cliente_id integer NOT NULL, fecha date NOT NULL, total numeric(14,2) NOT NULL,
  estado text NOT NULL DEFAULT 'emitida', pedido_id bigint);
CREATE INDEX facturas_fecha_idx ON facturas (fecha);
CREATE INDEX facturas_cliente_id_idx ON facturas (cliente_id);
CREATE TABLE lineas_factura (
  id serial PRIMARY KEY, factura_id integer NOT NULL, item_id integer NOT NULL,
  cantidad integer NOT NULL, precio_unitario numeric(12,2) NOT NULL);
CREATE INDEX lineas_factura_factura_id_idx ON lineas_factura (factura_id);
CREATE TABLE roles (id serial PRIMARY KEY, nombre text NOT NULL UNIQUE);
CREATE TABLE permisos (id serial PRIMARY KEY, rol_id integer NOT NULL, recurso text NOT NULL, accion text NOT NULL);
CREATE TABLE entregas (
  id serial PRIMARY KEY, pedido_id bigint NOT NULL, cidade_id integer NOT NULL,
  fecha_entrega date, estado text NOT NULL DEFAULT 'pendente');
CREATE INDEX entregas_pedido_id_idx ON entregas (pedido_id);
CREATE TABLE auditoria (
  id bigserial PRIMARY KEY, usuario_id integer NOT NULL, acao text NOT NULL,
  tabela text NOT NULL, registro_id bigint NOT NULL, criado_em timestamptz NOT NULL DEFAULT now());
CREATE INDEX auditoria_tabela_registro_idx ON auditoria (tabela, registro_id);
CREATE INDEX auditoria_criado_em_idx ON auditoria (criado_em);

INSERT INTO acoes (nome, modulo)
SELECT m || '.' || a, m FROM unnest(ARRAY['usuarios','papeis','clientes','facturas','itens','entregas','relatorios','auditoria','configuracoes','estoque']) m,
     unnest(ARRAY['ver','criar','editar','excluir','exportar','aprovar','anular','imprimir','importar','arquivar','restaurar','compartilhar']) a;
INSERT INTO papeis (nome)
SELECT unnest(ARRAY['administrador','financeiro','vendedor','logistica','suporte','auditor','gerente','estagiario','contador','diretoria','operador','visitante','temporario']);
INSERT INTO papel_acoes (papel_id, acao_id)
SELECT p, a FROM generate_series(1, 13) p, generate_series(1, 120) a WHERE (a * 7 + p * 13) % 12 < 13 - p;
INSERT INTO ciudades (nombre, provincia)
SELECT 'Ciudad ' || g, (ARRAY['Buenos Aires','Córdoba','Santa Fe','Mendoza','Tucumán','Salta'])[1 + g % 6] FROM generate_series(1, 420) g;
INSERT INTO cidades (nome, uf)
SELECT 'Cidade ' || g, (ARRAY['SP','MG','RJ','PR','RS','BA','SC','GO'])[1 + g % 8] FROM generate_series(1, 5570) g;
INSERT INTO usuarios (nome, email, papel_id, ciudad_id, ativo, criado_em)
SELECT 'Usuário ' || g, 'usuario' || g || '@plataforma.com', CASE WHEN g % 50 = 0 THEN 13 ELSE 1 + (g * 7) % 12 END,
       CASE WHEN g % 4 = 0 THEN NULL ELSE 1 + (g * 31) % 420 END, g % 17 <> 0, now() - g * interval '3 hours'
FROM generate_series(1, 3000) g;
INSERT INTO clientes (nombre, cuit, email, condicion_iva)
SELECT 'Cliente ' || g || ' S.A.', '30-' || lpad(g::text, 8, '0') || '-' || (g % 10), 'compras' || g || '@cliente.com.ar',
       (ARRAY['responsable inscripto','monotributo','exento'])[1 + g % 3]
FROM generate_series(1, 8000) g;
INSERT INTO itens (descricao, preco)
SELECT 'Item ' || g || ' - ' || (ARRAY['licença','serviço','hardware','treinamento','suporte'])[1 + g % 5], 10 + (g * 37) % 5000
FROM generate_series(1, 3000) g;
INSERT INTO facturas (cliente_id, fecha, total, estado, pedido_id)
SELECT 1 + (g * 7717) % 8000, current_date - (60000 - g) / 55, 0,
       (ARRAY['emitida','pagada','pagada','pagada','anulada'])[1 + g % 5], 900000 + g * 3
FROM generate_series(1, 60000) g;
INSERT INTO lineas_factura (factura_id, item_id, cantidad, precio_unitario)
SELECT f, 1 + (f * 13 + k * 101) % 3000, 1 + (f + k) % 9, 10 + ((f * 13 + k * 101) % 3000 * 37) % 5000
FROM generate_series(1, 60000) f, generate_series(1, 4) k WHERE k <= 2 + f % 3;
UPDATE facturas f SET total = s.total
FROM (SELECT factura_id, sum(cantidad * precio_unitario) AS total FROM lineas_factura GROUP BY factura_id) s
WHERE s.factura_id = f.id;
-- leftovers the app never cleaned: a papel removed by hand (its users
-- stayed), old facturas purged without their lines
DELETE FROM papeis WHERE nome = 'temporario';
DELETE FROM facturas WHERE id % 997 = 0 AND id < 55000;
INSERT INTO roles (nombre)
SELECT unnest(ARRAY['facturacion_admin','facturacion_operador','cobranzas','consulta','contable','api_integracion','soporte_n2','auditoria_externa']);
INSERT INTO permisos (rol_id, recurso, accion)
SELECT r, rec, acc FROM generate_series(1, 8) r,
       unnest(ARRAY['facturas','clientes','lineas_factura','notas_credito','reportes']) rec,
       unnest(ARRAY['leer','crear','anular','exportar']) acc
WHERE (r + length(rec) + length(acc)) % 3 <> 0;
INSERT INTO entregas (pedido_id, cidade_id, fecha_entrega, estado)
SELECT 900000 + g * 3, 1 + (g * 53) % 5570, current_date - (60000 - g) / 55 + 4,
       CASE WHEN g > 59000 AND g % 3 = 0 THEN 'pendente' WHEN g > 59000 THEN 'em_transito' ELSE 'entregue' END
FROM generate_series(1, 60000) g WHERE g % 3 <> 1;
INSERT INTO auditoria (usuario_id, acao, tabela, registro_id, criado_em)
SELECT 1 + (g * 11) % 3000,
       (ARRAY['facturas.criar','facturas.anular','clientes.editar','usuarios.editar','facturas.imprimir'])[1 + g % 5],
       (ARRAY['facturas','facturas','clientes','usuarios','facturas'])[1 + g % 5],
       CASE g % 5 WHEN 2 THEN 1 + g % 8000 WHEN 3 THEN 1 + g % 3000 ELSE 1 + (g * 3) % 60000 END,
       now() - (120000 - g) * interval '4 minutes'
FROM generate_series(1, 120000) g;
VACUUM ANALYZE;
SQL
quiet_psql -c "SELECT pg_stat_reset()" >/dev/null

cat > "$tmp/permissoes.sql" <<'EOS'
\set u random(1, 3000)
SELECT id, nome, email, papel_id, ciudad_id FROM usuarios WHERE id = :u AND ativo \aset
\set papel random(1, 12)
SELECT a.nome FROM papel_acoes pa JOIN acoes a ON a.id = pa.acao_id WHERE pa.papel_id = :papel;
EOS

{
  echo "\\set dias random(5, 40)"
  echo "SELECT f.id, f.fecha, f.total, f.estado, c.nombre AS cliente FROM facturas f JOIN clientes c ON c.id = f.cliente_id WHERE f.fecha >= current_date - :dias::int ORDER BY f.fecha DESC, f.id DESC LIMIT 20;"
  for k in $(seq 1 20); do
    echo "\\set f random(55000, 60000)"
    echo "SELECT lf.id, lf.cantidad, lf.precio_unitario, i.descricao FROM lineas_factura lf JOIN itens i ON i.id = lf.item_id WHERE lf.factura_id = :f ORDER BY lf.id;"
  done
} > "$tmp/facturas.sql"

cat > "$tmp/cliente.sql" <<'EOS'
\set c random(1, 8000)
SELECT id, nombre, cuit, email, condicion_iva FROM clientes WHERE id = :c;
SELECT id, fecha, total, estado FROM facturas WHERE cliente_id = :c ORDER BY fecha DESC LIMIT 20;
EOS

cat > "$tmp/usuarios.sql" <<'EOS'
\set pagina random(0, 20)
SELECT u.id, u.nome, u.email, p.nome AS papel, c.nombre AS ciudad FROM usuarios u JOIN papeis p ON p.id = u.papel_id LEFT JOIN ciudades c ON c.id = u.ciudad_id WHERE u.ativo ORDER BY u.nome LIMIT 50 OFFSET :pagina * 50;
EOS

{
  echo "SELECT id, nome FROM papeis ORDER BY nome;"
  for p in $(seq 1 12); do
    echo "\\set p$p $p"
    echo "SELECT acao_id FROM papel_acoes WHERE papel_id = :p$p;"
  done
} > "$tmp/papeis.sql"

{
  echo "SELECT id, nombre FROM roles ORDER BY nombre;"
  for r in $(seq 1 8); do
    echo "\\set r$r $r"
    echo "SELECT recurso, accion FROM permisos WHERE rol_id = :r$r;"
  done
} > "$tmp/roles.sql"

cat > "$tmp/emitir.sql" <<'EOS'
\set c random(1, 8000)
\set u random(1, 3000)
\set pedido random(1000000, 2000000)
BEGIN;
INSERT INTO facturas (cliente_id, fecha, total, estado, pedido_id) VALUES (:c, current_date, 0, 'emitida', :pedido) RETURNING id AS factura \gset
\set i1 random(1, 3000)
INSERT INTO lineas_factura (factura_id, item_id, cantidad, precio_unitario) SELECT :factura::int, id, 2, preco FROM itens WHERE id = :i1;
\set i2 random(1, 3000)
INSERT INTO lineas_factura (factura_id, item_id, cantidad, precio_unitario) SELECT :factura::int, id, 1, preco FROM itens WHERE id = :i2;
UPDATE facturas SET total = (SELECT sum(cantidad * precio_unitario) FROM lineas_factura WHERE factura_id = :factura) WHERE id = :factura;
INSERT INTO auditoria (usuario_id, acao, tabela, registro_id) VALUES (:u, 'facturas.criar', 'facturas', :factura);
COMMIT;
EOS

cat > "$tmp/relatorios.sql" <<'EOS'
\set r random(1, 2)
\if :r = 1
SELECT f.id, f.fecha, f.total, e.estado, e.fecha_entrega, ci.nome AS cidade FROM facturas f JOIN entregas e ON e.pedido_id = f.pedido_id JOIN cidades ci ON ci.id = e.cidade_id WHERE f.fecha >= current_date - 30 AND e.estado <> 'entregue' ORDER BY f.fecha;
\else
SELECT a.criado_em, a.acao, u.nome AS usuario, f.id AS factura, f.total FROM auditoria a JOIN usuarios u ON u.id = a.usuario_id JOIN facturas f ON f.id = a.registro_id WHERE a.tabela = 'facturas' AND a.criado_em >= now() - interval '1 day' ORDER BY a.criado_em DESC LIMIT 50;
\endif
EOS

scenario_mark
PGAPPNAME=plataforma-web $PGBENCH -n -c 3 -j 2 -M extended -R 50 -t 950 \
  -f "$tmp/permissoes.sql@35" -f "$tmp/facturas.sql@20" -f "$tmp/cliente.sql@10" -f "$tmp/usuarios.sql@8" \
  -f "$tmp/papeis.sql@6" -f "$tmp/roles.sql@5" -f "$tmp/emitir.sql@8" -f "$tmp/relatorios.sql@8" >/dev/null
scenario_capture
