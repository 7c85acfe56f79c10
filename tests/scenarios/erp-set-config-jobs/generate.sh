#!/usr/bin/env bash
# ERP (Spring Boot + Hibernate, HikariCP de 8 conexões, pgjdbc com sentencias
# preparadas) con un esquema por empresa (empresa_andina, empresa_pampa,
# empresa_sierra, empresa_litoral, idénticos). El filtro de tenant busca la
# empresa en public.empresas y corre SELECT set_config('search_path', $1, false)
# en la conexión de la petición. El módulo de reportes (@Async, JdbcTemplate)
# corre sus transacciones sin fijar el esquema y sin calificar las tablas, en
# la conexión que el pool le dé. Dos terminales de punto de venta sincronizan
# ventas, cada una con su propia conexión fijada a su empresa al conectar.
source "$(dirname "$0")/../lib.sh"
scenario_start

# esquema:id:clientes:productos:facturas
empresas="andina:1:6000:3000:60000 pampa:2:2500:1200:20000 sierra:3:800:600:6000 litoral:4:150:200:1200"

{
  cat <<'SQL'
-- Entidades globales (mapeadas con @Table(schema = "public")).
CREATE TABLE planes (
  id            smallint PRIMARY KEY,
  nombre        text NOT NULL UNIQUE,
  max_usuarios  integer NOT NULL
);
INSERT INTO planes VALUES (1, 'basico', 5), (2, 'profesional', 30), (3, 'corporativo', 200);
CREATE TABLE empresas (
  id                      integer PRIMARY KEY,
  razon_social            text NOT NULL,
  esquema                 text NOT NULL UNIQUE,
  plan_id                 smallint NOT NULL REFERENCES planes (id),
  activa                  boolean NOT NULL DEFAULT true,
  resumen_actualizado_en  timestamptz
);
CREATE INDEX empresas_plan_id_idx ON empresas (plan_id);
INSERT INTO empresas (id, razon_social, esquema, plan_id) VALUES
  (1, 'Distribuidora Andina S.A.S.', 'empresa_andina', 3),
  (2, 'Agropecuaria La Pampa S.A.', 'empresa_pampa', 2),
  (3, 'Ferretería Sierra Nevada Ltda.', 'empresa_sierra', 2),
  (4, 'Confecciones del Litoral', 'empresa_litoral', 1);
CREATE TABLE usuarios (
  id          serial PRIMARY KEY,
  empresa_id  integer NOT NULL REFERENCES empresas (id),
  email       text NOT NULL UNIQUE,
  nombre      text NOT NULL,
  rol         text NOT NULL DEFAULT 'vendedor'
);
CREATE INDEX usuarios_empresa_id_idx ON usuarios (empresa_id);
INSERT INTO usuarios (empresa_id, email, nombre, rol)
SELECT e, 'usuario' || g || '@empresa' || e || '.com', 'Usuario ' || g,
       CASE WHEN g % 10 = 1 THEN 'administrador' ELSE 'vendedor' END
FROM generate_series(1, 4) e, generate_series(1, 40) g;
CREATE TABLE alertas_stock (
  id           bigserial PRIMARY KEY,
  empresa_id   integer NOT NULL REFERENCES empresas (id),
  producto_id  integer NOT NULL,
  stock        integer NOT NULL,
  creada_en    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX alertas_stock_empresa_id_idx ON alertas_stock (empresa_id);
SQL
  for e in $empresas; do
    IFS=: read -r nombre eid nc np nf <<<"$e"
    s=empresa_$nombre
    cat <<SQL
CREATE SCHEMA $s;
CREATE TABLE $s.clientes (
  id            serial PRIMARY KEY,
  razon_social  text NOT NULL,
  nit           text NOT NULL UNIQUE,
  ciudad        text NOT NULL,
  creado_en     timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE $s.productos (
  id            serial PRIMARY KEY,
  codigo        text NOT NULL UNIQUE,
  descripcion   text NOT NULL,
  precio        numeric(12,2) NOT NULL,
  stock         integer NOT NULL,
  stock_minimo  integer NOT NULL
);
CREATE TABLE $s.facturas (
  id          bigserial PRIMARY KEY,
  numero      integer NOT NULL UNIQUE,
  cliente_id  integer NOT NULL REFERENCES $s.clientes (id),
  fecha       timestamptz NOT NULL DEFAULT now(),
  estado      text NOT NULL DEFAULT 'emitida',
  subtotal    numeric(14,2) NOT NULL,
  iva         numeric(14,2) NOT NULL,
  total       numeric(14,2) NOT NULL
);
CREATE SEQUENCE $s.facturas_numero_seq;
CREATE INDEX facturas_fecha_idx ON $s.facturas (fecha);
CREATE INDEX facturas_cliente_id_idx ON $s.facturas (cliente_id);
CREATE TABLE $s.lineas_factura (
  id               bigserial PRIMARY KEY,
  factura_id       bigint NOT NULL REFERENCES $s.facturas (id),
  producto_id      integer NOT NULL REFERENCES $s.productos (id),
  cantidad         integer NOT NULL,
  precio_unitario  numeric(12,2) NOT NULL
);
CREATE INDEX lineas_factura_factura_id_idx ON $s.lineas_factura (factura_id);
CREATE INDEX lineas_factura_producto_id_idx ON $s.lineas_factura (producto_id);
CREATE TABLE $s.movimientos_stock (
  id           bigserial PRIMARY KEY,
  producto_id  integer NOT NULL REFERENCES $s.productos (id),
  tipo         text NOT NULL,
  cantidad     integer NOT NULL,
  factura_id   bigint REFERENCES $s.facturas (id),
  creado_en    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX movimientos_stock_producto_id_idx ON $s.movimientos_stock (producto_id);
CREATE INDEX movimientos_stock_factura_id_idx ON $s.movimientos_stock (factura_id);
CREATE INDEX movimientos_stock_creado_en_idx ON $s.movimientos_stock (creado_en);
CREATE TABLE $s.resumen_ventas (
  dia                date PRIMARY KEY,
  cantidad_facturas  integer NOT NULL,
  total              numeric(14,2) NOT NULL,
  generado_en        timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE $s.ventas_pos (
  id           bigserial PRIMARY KEY,
  terminal     text NOT NULL,
  producto_id  integer NOT NULL REFERENCES $s.productos (id),
  cantidad     integer NOT NULL,
  total        numeric(12,2) NOT NULL,
  vendido_en   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX ventas_pos_producto_id_idx ON $s.ventas_pos (producto_id);
INSERT INTO $s.clientes (razon_social, nit, ciudad, creado_en)
SELECT 'Cliente ' || g || ' ' || (ARRAY['S.A.S.','Ltda.','S.A.','E.U.'])[1 + g % 4],
       (800000000 + g * 37)::text || '-' || (g % 10),
       (ARRAY['Bogotá','Medellín','Cali','Barranquilla','Bucaramanga','Pereira'])[1 + g % 6],
       now() - (g % 1000) * interval '1 day'
FROM generate_series(1, $nc) g;
INSERT INTO $s.productos (codigo, descripcion, precio, stock, stock_minimo)
SELECT 'P-' || lpad(g::text, 6, '0'), 'Producto ' || g, 1000 + (g::bigint * 7919) % 250000, (g * 13) % 400, 10 + g % 30
FROM generate_series(1, $np) g;
INSERT INTO $s.facturas (numero, cliente_id, fecha, estado, subtotal, iva, total)
SELECT g, 1 + (g * 31) % $nc, now() - interval '730 days' + g * (interval '730 days' / $nf),
       CASE WHEN g % 40 = 0 THEN 'anulada' WHEN g % 5 = 0 THEN 'emitida' ELSE 'pagada' END,
       s, round(s * 0.19, 2), round(s * 1.19, 2)
FROM generate_series(1, $nf) g, LATERAL (SELECT (20000 + (g::bigint * 104729) % 3000000)::numeric AS s) x;
SELECT setval('$s.facturas_numero_seq', $nf);
INSERT INTO $s.lineas_factura (factura_id, producto_id, cantidad, precio_unitario)
SELECT f.id, 1 + (f.id * 17 + i * 101) % $np, 1 + (f.id + i) % 6, 1000 + (f.id * i * 7) % 90000
FROM $s.facturas f, LATERAL generate_series(1, 1 + f.id % 5) i;
INSERT INTO $s.movimientos_stock (producto_id, tipo, cantidad, factura_id, creado_en)
SELECT l.producto_id, 'salida', l.cantidad, l.factura_id, f.fecha
FROM $s.lineas_factura l JOIN $s.facturas f ON f.id = l.factura_id;
SQL
  done
} | quiet_psql >/dev/null
quiet_psql -c "VACUUM ANALYZE" -c "SELECT pg_stat_reset()" >/dev/null

w=$tmp/work
mkdir -p "$w"

# Cada petición web: el filtro de tenant lee la empresa (public), fija el
# search_path con set_config en la conexión y valida el usuario; luego el
# controlador (SQL de Hibernate 6).
cat > "$w/web.sql" <<'SQL'
\set r random(1, 100)
\set eid CASE WHEN :r <= 45 THEN 1 WHEN :r <= 75 THEN 2 WHEN :r <= 92 THEN 3 ELSE 4 END
\set nc CASE WHEN :eid = 1 THEN 6000 WHEN :eid = 2 THEN 2500 WHEN :eid = 3 THEN 800 ELSE 150 END
\set np CASE WHEN :eid = 1 THEN 3000 WHEN :eid = 2 THEN 1200 WHEN :eid = 3 THEN 600 ELSE 200 END
\set nf CASE WHEN :eid = 1 THEN 60000 WHEN :eid = 2 THEN 20000 WHEN :eid = 3 THEN 6000 ELSE 1200 END
\set uid 40 * (:eid - 1) + random(1, 40)
\set tipo random(1, 100)
\set off 20 * random(0, 5)
\set cid random(1, :nc)
\set fid random(greatest(1, :nf - 3000), :nf)
\set p1 random(1, :np)
\set p2 random(1, :np)
\set q1 random(1, 5)
\set q2 random(1, 5)
select e1_0.id,e1_0.esquema,e1_0.activa,e1_0.plan_id from public.empresas e1_0 where e1_0.id=:eid
\gset emp_
SELECT set_config('search_path', :emp_esquema, false);
select u1_0.id,u1_0.email,u1_0.nombre,u1_0.rol from public.usuarios u1_0 where u1_0.id=:uid and u1_0.empresa_id=:eid;
\if :tipo <= 32
select f1_0.id,f1_0.numero,f1_0.fecha,f1_0.estado,f1_0.total,c1_0.razon_social from facturas f1_0 join clientes c1_0 on c1_0.id=f1_0.cliente_id order by f1_0.fecha desc offset :off rows fetch first 20 rows only;
\elif :tipo <= 54
select f1_0.id,f1_0.numero,f1_0.fecha,f1_0.estado,f1_0.subtotal,f1_0.iva,f1_0.total,f1_0.cliente_id from facturas f1_0 where f1_0.id=:fid;
select l1_0.id,l1_0.cantidad,l1_0.precio_unitario,p1_0.codigo,p1_0.descripcion from lineas_factura l1_0 join productos p1_0 on p1_0.id=l1_0.producto_id where l1_0.factura_id=:fid;
\elif :tipo <= 68
BEGIN;
select nextval('facturas_numero_seq')
\gset num_
insert into facturas (numero,cliente_id,fecha,estado,subtotal,iva,total) values (:num_nextval,:cid,now(),'emitida',:q1*15000+:q2*8000,round((:q1*15000+:q2*8000)*0.19,2),round((:q1*15000+:q2*8000)*1.19,2)) returning id
\gset fac_
insert into lineas_factura (factura_id,producto_id,cantidad,precio_unitario) values (:fac_id,:p1,:q1,15000),(:fac_id,:p2,:q2,8000);
insert into movimientos_stock (producto_id,tipo,cantidad,factura_id) values (:p1,'salida',:q1,:fac_id),(:p2,'salida',:q2,:fac_id);
update productos set stock=stock-:q1 where id=:p1;
update productos set stock=stock-:q2 where id=:p2;
COMMIT;
\elif :tipo <= 84
select p1_0.id,p1_0.codigo,p1_0.descripcion,p1_0.precio,p1_0.stock,p1_0.stock_minimo from productos p1_0 where p1_0.id=:p1;
select m1_0.id,m1_0.tipo,m1_0.cantidad,m1_0.creado_en from movimientos_stock m1_0 where m1_0.producto_id=:p1 order by m1_0.creado_en desc fetch first 15 rows only;
\else
select c1_0.id,c1_0.razon_social,c1_0.nit,c1_0.ciudad from clientes c1_0 where c1_0.id=:cid;
select f1_0.id,f1_0.numero,f1_0.fecha,f1_0.estado,f1_0.total from facturas f1_0 where f1_0.cliente_id=:cid order by f1_0.fecha desc fetch first 10 rows only;
\endif
SQL

# Módulo de reportes (@Async + JdbcTemplate, misma DataSource): el hilo del
# executor no hereda el TenantContext, así que nadie llama a set_config. Sabe
# la empresa (la escribe en public), pero lee y escribe sin esquema.
cat > "$w/reporte_ventas.sql" <<'SQL'
\set r random(1, 100)
\set eid CASE WHEN :r <= 45 THEN 1 WHEN :r <= 75 THEN 2 WHEN :r <= 92 THEN 3 ELSE 4 END
BEGIN;
SELECT fecha::date AS dia, count(*) AS cantidad, sum(total) AS total FROM facturas WHERE fecha >= current_date - 7 AND estado <> 'anulada' GROUP BY fecha::date ORDER BY dia;
INSERT INTO resumen_ventas (dia, cantidad_facturas, total, generado_en) SELECT fecha::date, count(*), sum(total), now() FROM facturas WHERE fecha >= current_date - 7 AND estado <> 'anulada' GROUP BY fecha::date ON CONFLICT (dia) DO UPDATE SET cantidad_facturas = excluded.cantidad_facturas, total = excluded.total, generado_en = excluded.generado_en;
UPDATE public.empresas SET resumen_actualizado_en = now() WHERE id = :eid;
COMMIT;
SQL

cat > "$w/reporte_stock.sql" <<'SQL'
\set r random(1, 100)
\set eid CASE WHEN :r <= 45 THEN 1 WHEN :r <= 75 THEN 2 WHEN :r <= 92 THEN 3 ELSE 4 END
BEGIN;
SELECT id, codigo, descripcion, stock, stock_minimo FROM productos WHERE stock < stock_minimo ORDER BY stock - stock_minimo LIMIT 100;
SELECT producto_id, sum(cantidad) AS vendidos_30d FROM movimientos_stock WHERE tipo = 'salida' AND creado_en >= now() - interval '30 days' GROUP BY producto_id ORDER BY vendidos_30d DESC LIMIT 50;
DELETE FROM public.alertas_stock WHERE empresa_id = :eid;
INSERT INTO public.alertas_stock (empresa_id, producto_id, stock) SELECT :eid, id, stock FROM productos WHERE stock < stock_minimo;
COMMIT;
SQL

# Terminales de punto de venta: una conexión por terminal, fijada a su empresa
# al conectar; una venta cada ~0,4 s (literales: el cliente interpola).
pos() { # $1 = empresa, $2 = terminal, $3 = productos, $4 = semilla
  python3 - "$@" <<'PY' | PGAPPNAME=erp-pos-sync psql -X -q >/dev/null
import random, sys
emp, term, np, seed = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
rnd = random.Random(seed)
print(f"SELECT set_config('search_path', 'empresa_{emp}', false);")
for i in range(150):
    p, q = rnd.randint(1, np), rnd.randint(1, 3)
    print("BEGIN;")
    print(f"INSERT INTO ventas_pos (terminal, producto_id, cantidad, total) SELECT '{term}', id, {q}, precio * {q} FROM productos WHERE id = {p};")
    print(f"UPDATE productos SET stock = stock - {q} WHERE id = {p};")
    print("COMMIT;")
    print(f"\\! sleep {rnd.uniform(0.25, 0.55):.2f}")
PY
}

scenario_mark

pos pampa caja-01 1200 11 &
pos sierra caja-07 600 22 &
# HikariCP: 8 conexiones; pgjdbc con currentSchema=empresa_andina en la URL
# (de cuando el ERP tenía un solo cliente), que no aparece en el log.
PGOPTIONS='-c search_path=empresa_andina' PGAPPNAME=erp-web $PGBENCH -n -c 8 -j 2 -R 45 -t 380 -M prepared \
  -f "$w/web.sql@88" -f "$w/reporte_ventas.sql@7" -f "$w/reporte_stock.sql@5" >/dev/null
wait

scenario_capture
