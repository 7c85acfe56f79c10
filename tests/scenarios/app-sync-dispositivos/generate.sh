#!/usr/bin/env bash
# Cadena de supermercados: las 48 terminales (cajas, balanzas, kioscos) de las
# 6 tiendas sincronizan cada 15 s, a los segundos :00/:15/:30/:45 del reloj,
# con la sync-api (PHP-FPM, 48 workers con conexión persistente): latido en
# dispositivos y cambios de precio pendientes, 48 sesiones a la vez. Alrededor,
# ventas, consultas de precio en kioscos, cambios de precio del backoffice y un
# tablero que recalcula las ventas del día cada 20 s.
source "$(dirname "$0")/../lib.sh"
scenario_start

quiet_psql <<'SQL'
CREATE TABLE tiendas (
  id        smallint PRIMARY KEY,
  nombre    text NOT NULL,
  ciudad    text NOT NULL,
  activa    boolean NOT NULL DEFAULT true
);
CREATE TABLE dispositivos (
  id          serial PRIMARY KEY,
  tienda_id   smallint NOT NULL REFERENCES tiendas (id),
  tipo        text NOT NULL CHECK (tipo IN ('caja', 'balanza', 'kiosco')),
  serial      text NOT NULL UNIQUE,
  version_app text NOT NULL,
  activo      boolean NOT NULL DEFAULT true,
  visto_en    timestamptz
);
CREATE INDEX dispositivos_tienda_id_idx ON dispositivos (tienda_id);
CREATE TABLE productos (
  id            serial PRIMARY KEY,
  codigo_barras text NOT NULL UNIQUE,
  nombre        text NOT NULL,
  categoria     text NOT NULL,
  activo        boolean NOT NULL DEFAULT true
);
CREATE TABLE precios (
  tienda_id      smallint NOT NULL REFERENCES tiendas (id),
  producto_id    integer NOT NULL REFERENCES productos (id),
  precio         numeric(12,2) NOT NULL,
  actualizado_en timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tienda_id, producto_id)
);
CREATE TABLE cambios_precio (
  id            bigserial PRIMARY KEY,
  tienda_id     smallint NOT NULL REFERENCES tiendas (id),
  producto_id   integer NOT NULL REFERENCES productos (id),
  precio_nuevo  numeric(12,2) NOT NULL,
  vigente_desde timestamptz NOT NULL,
  creado_en     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX cambios_precio_tienda_id_id_idx ON cambios_precio (tienda_id, id);
CREATE INDEX cambios_precio_producto_id_idx ON cambios_precio (producto_id);
CREATE TABLE inventario (
  tienda_id   smallint NOT NULL REFERENCES tiendas (id),
  producto_id integer NOT NULL REFERENCES productos (id),
  existencias integer NOT NULL,
  PRIMARY KEY (tienda_id, producto_id)
);
CREATE TABLE ventas (
  id             bigserial PRIMARY KEY,
  tienda_id      smallint NOT NULL REFERENCES tiendas (id),
  dispositivo_id integer NOT NULL REFERENCES dispositivos (id),
  total          numeric(12,2) NOT NULL,
  medio_pago     text NOT NULL,
  creada_en      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX ventas_tienda_id_creada_en_idx ON ventas (tienda_id, creada_en);
CREATE INDEX ventas_creada_en_idx ON ventas (creada_en);
CREATE INDEX ventas_dispositivo_id_idx ON ventas (dispositivo_id);
CREATE TABLE ventas_detalle (
  id          bigserial PRIMARY KEY,
  venta_id    bigint NOT NULL REFERENCES ventas (id),
  producto_id integer NOT NULL REFERENCES productos (id),
  cantidad    integer NOT NULL,
  precio      numeric(12,2) NOT NULL
);
CREATE INDEX ventas_detalle_venta_id_idx ON ventas_detalle (venta_id);
CREATE INDEX ventas_detalle_producto_id_idx ON ventas_detalle (producto_id);

INSERT INTO tiendas VALUES
  (1, 'Supermercado Los Andes Chapinero', 'Bogotá', true),
  (2, 'Supermercado Los Andes Suba', 'Bogotá', true),
  (3, 'Supermercado Los Andes Kennedy', 'Bogotá', true),
  (4, 'Supermercado Los Andes Usaquén', 'Bogotá', true),
  (5, 'Supermercado Los Andes Chía', 'Chía', true),
  (6, 'Supermercado Los Andes Soacha', 'Soacha', true);
-- 8 terminales por tienda (5 cajas, 2 balanzas, 1 kiosco) y 12 dadas de baja.
INSERT INTO dispositivos (tienda_id, tipo, serial, version_app, activo, visto_en)
SELECT 1 + (g - 1) / 8, (ARRAY['caja','caja','caja','caja','caja','balanza','balanza','kiosco'])[1 + (g - 1) % 8],
       'TRM-' || lpad(g::text, 5, '0'), '4.2.1', true, now() - interval '20 seconds'
FROM generate_series(1, 48) g;
INSERT INTO dispositivos (tienda_id, tipo, serial, version_app, activo, visto_en)
SELECT 1 + g % 6, 'caja', 'TRM-' || lpad((100 + g)::text, 5, '0'), '3.9.0', false, now() - interval '200 days'
FROM generate_series(1, 12) g;
INSERT INTO productos (codigo_barras, nombre, categoria)
SELECT '770' || lpad(g::text, 10, '0'),
       (ARRAY['Arroz','Leche','Café','Panela','Aceite','Arepa','Queso','Huevos','Azúcar','Jabón'])[1 + g % 10] || ' ' || g,
       (ARRAY['abarrotes','lácteos','bebidas','aseo','frescos'])[1 + g % 5]
FROM generate_series(1, 20000) g;
INSERT INTO precios (tienda_id, producto_id, precio)
SELECT t, p, 1000 + (p * 37 + t * 11) % 40000
FROM generate_series(1, 6) t, generate_series(1, 20000) p;
INSERT INTO inventario (tienda_id, producto_id, existencias)
SELECT t, p, 20 + (p * 7 + t) % 300
FROM generate_series(1, 6) t, generate_series(1, 20000) p;
-- 60 mil cambios de precio de los últimos meses, en orden de id.
INSERT INTO cambios_precio (tienda_id, producto_id, precio_nuevo, vigente_desde, creado_en)
SELECT 1 + g % 6, 1 + (g * 7919) % 20000, 1000 + (g * 31) % 40000,
       now() - (60000 - g) * interval '3 minutes', now() - (60000 - g) * interval '3 minutes'
FROM generate_series(1, 60000) g;
-- 300 mil ventas de los últimos 30 días, 3 líneas cada una.
INSERT INTO ventas (tienda_id, dispositivo_id, total, medio_pago, creada_en)
SELECT 1 + (d - 1) / 8, d, 5000 + (g * 173) % 250000,
       (ARRAY['efectivo','tarjeta','tarjeta','nequi'])[1 + g % 4], now() - (300000 - g) * interval '8.6 seconds'
FROM generate_series(1, 300000) g, LATERAL (SELECT 1 + ((g * 5) % 48) / 8 * 8 + g % 5 AS d) x;
INSERT INTO ventas_detalle (venta_id, producto_id, cantidad, precio)
SELECT v, 1 + (v * 7 + i * 4001) % 20000, 1 + (v + i) % 4, 1000 + (v * 13 + i) % 40000
FROM generate_series(1, 300000) v, generate_series(1, 3) i;
SQL
quiet_psql -c "VACUUM ANALYZE" -c "SELECT pg_stat_reset()" >/dev/null

w=$tmp/work
mkdir -p "$w"

# Sincronización de una terminal (sync-api, PDO con prepares del servidor): un
# worker de PHP-FPM por terminal en cada ráfaga. Latido y cambios de precio de
# su tienda posteriores al último que aplicó; luego duerme hasta el próximo
# cuarto de minuto.
cat > "$w/sync.sql" <<'SQL'
\set disp 1 + :client_id
\set tienda 1 + :client_id / 8
\set ultimo random(59000, 60000)
UPDATE dispositivos SET visto_en = now(), version_app = '4.2.1' WHERE id = :disp;
SELECT id, producto_id, precio_nuevo, vigente_desde FROM cambios_precio WHERE tienda_id = :tienda AND id > :ultimo ORDER BY id LIMIT 100;
\sleep 15 s
SQL

# Ventas de las cajas (pos-ventas, pool de 4): cabecera, tres líneas y el
# descuento de inventario, en una transacción.
cat > "$w/venta.sql" <<'SQL'
\set tienda random(1, 6)
\set disp (:tienda - 1) * 8 + random(1, 5)
\set p1 random(1, 20000)
\set p2 random(1, 20000)
\set p3 random(1, 20000)
\set c1 random(1, 4)
BEGIN;
INSERT INTO ventas (tienda_id, dispositivo_id, total, medio_pago) VALUES (:tienda, :disp, :c1 * 4500 + 12300, 'tarjeta') RETURNING id \gset v_
INSERT INTO ventas_detalle (venta_id, producto_id, cantidad, precio) VALUES (:v_id, :p1, :c1, 4500), (:v_id, :p2, 1, 8200), (:v_id, :p3, 1, 4100);
UPDATE inventario SET existencias = existencias - 1 WHERE tienda_id = :tienda AND producto_id IN (:p1, :p2, :p3);
COMMIT;
SQL

# Consulta de precio en los kioscos y en las cajas (consulta-precios).
cat > "$w/precio.sql" <<'SQL'
\set tienda random(1, 6)
\set prod random(1, 20000)
SELECT p.id, p.nombre, pr.precio FROM productos p JOIN precios pr ON pr.producto_id = p.id AND pr.tienda_id = :tienda WHERE p.codigo_barras = '770' || lpad(:prod::text, 10, '0');
SQL

# Backoffice: un jefe de categoría cambia un precio de vez en cuando.
cat > "$w/backoffice.sql" <<'SQL'
\set tienda random(1, 6)
\set prod random(1, 20000)
\set precio random(1000, 40000)
BEGIN;
UPDATE precios SET precio = :precio, actualizado_en = now() WHERE tienda_id = :tienda AND producto_id = :prod;
INSERT INTO cambios_precio (tienda_id, producto_id, precio_nuevo, vigente_desde) VALUES (:tienda, :prod, :precio, now());
COMMIT;
SQL

# Tablero de la gerencia: un proceso recalcula las ventas del día cada 20 s.
cat > "$w/tablero.sql" <<'SQL'
SELECT tienda_id, count(*) AS ventas, sum(total) AS total FROM ventas WHERE creada_en >= date_trunc('day', now()) GROUP BY tienda_id ORDER BY tienda_id;
\sleep 20 s
SQL

scenario_mark

# Las terminales sincronizan a los segundos :00, :15, :30 y :45.
sleep "$(python3 -c 'import time; print(15 - time.time() % 15 + 0.1)')"
PGAPPNAME=pos-ventas $PGBENCH -n -c 4 -j 1 -M extended -R 6 -T 120 -f "$w/venta.sql" >/dev/null &
PGAPPNAME=consulta-precios $PGBENCH -n -c 3 -j 1 -M extended -R 9 -T 120 -f "$w/precio.sql" >/dev/null &
PGAPPNAME=backoffice $PGBENCH -n -c 1 -j 1 -M extended -R 0.4 -T 120 -f "$w/backoffice.sql" >/dev/null &
(sleep 7; PGAPPNAME=tablero-ventas $PGBENCH -n -c 1 -j 1 -M simple -t 6 -f "$w/tablero.sql" >/dev/null) &
PGAPPNAME=sync-api $PGBENCH -n -c 48 -j 4 -M extended -t 8 -f "$w/sync.sql" >/dev/null
wait

scenario_capture
