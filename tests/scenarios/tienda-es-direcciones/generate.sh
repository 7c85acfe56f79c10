#!/usr/bin/env bash
# Tienda en línea (México) detrás de un pool de 4 conexiones, protocolo
# extendido: "mis pedidos" carga las líneas de cada pedido una por una sobre una
# llave foránea sin índice, checkout con un INSERT multi-fila de las líneas,
# catálogo por categoría; direcciones y productos sin llaves foráneas.
source "$(dirname "$0")/../lib.sh"
scenario_start

quiet_psql >/dev/null <<'SQL'
CREATE TABLE ciudades (
  id        integer PRIMARY KEY,
  nombre    text NOT NULL,
  estado    text NOT NULL
);
CREATE TABLE clientes (
  id            bigserial PRIMARY KEY,
  correo        text NOT NULL,
  nombre        text NOT NULL,
  telefono      text,
  password_hash text NOT NULL,
  creado_en     timestamptz NOT NULL DEFAULT now(),
  ultimo_acceso timestamptz
);
CREATE UNIQUE INDEX clientes_correo_key ON clientes (correo);
-- La sesión del sitio (manejador de sesiones propio en PostgreSQL): el token
-- del navegador y el correo del cliente que inició sesión.
CREATE TABLE sesiones (
  id         bigint PRIMARY KEY,
  correo     text NOT NULL,
  datos      jsonb NOT NULL DEFAULT '{}',
  expira_en  timestamptz NOT NULL
);
-- Sin llaves foráneas: la migración original de direcciones no las declaró.
CREATE TABLE direcciones (
  id             bigserial PRIMARY KEY,
  cliente_id     bigint NOT NULL,
  calle          text NOT NULL,
  colonia        text NOT NULL,
  codigo_postal  text NOT NULL,
  ciudad_id      integer NOT NULL,
  principal      boolean NOT NULL DEFAULT false
);
CREATE INDEX direcciones_cliente_id_idx ON direcciones (cliente_id);
CREATE TABLE categorias (
  id      integer PRIMARY KEY,
  nombre  text NOT NULL,
  slug    text NOT NULL UNIQUE
);
CREATE TABLE marcas (
  id      integer PRIMARY KEY,
  nombre  text NOT NULL
);
CREATE TABLE productos (
  id            bigserial PRIMARY KEY,
  sku           text NOT NULL UNIQUE,
  nombre        text NOT NULL,
  descripcion   text NOT NULL,
  precio        numeric(10,2) NOT NULL,
  existencias   integer NOT NULL DEFAULT 0,
  categoria_id  integer NOT NULL,
  marca_id      integer NOT NULL,
  activo        boolean NOT NULL DEFAULT true
);
CREATE INDEX productos_categoria_id_nombre_idx ON productos (categoria_id, nombre);
CREATE TABLE pedidos (
  id            bigserial PRIMARY KEY,
  cliente_id    bigint NOT NULL REFERENCES clientes (id),
  direccion_id  bigint NOT NULL REFERENCES direcciones (id),
  estado        text NOT NULL DEFAULT 'pendiente',
  total         numeric(12,2) NOT NULL,
  creado_en     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX pedidos_cliente_id_creado_en_idx ON pedidos (cliente_id, creado_en DESC);
CREATE INDEX pedidos_direccion_id_idx ON pedidos (direccion_id);
-- La llave hacia pedidos se declaró, su índice nunca se creó.
CREATE TABLE lineas_pedido (
  id               bigserial PRIMARY KEY,
  pedido_id        bigint NOT NULL REFERENCES pedidos (id),
  producto_id      bigint NOT NULL REFERENCES productos (id),
  cantidad         integer NOT NULL,
  precio_unitario  numeric(10,2) NOT NULL
);
CREATE INDEX lineas_pedido_producto_id_idx ON lineas_pedido (producto_id);

INSERT INTO ciudades (id, nombre, estado)
SELECT g,
       CASE WHEN g <= 24 THEN (ARRAY['Ciudad de México','Guadalajara','Monterrey','Puebla','Tijuana','León','Querétaro',
                                      'Mérida','Zapopan','San Luis Potosí','Aguascalientes','Hermosillo','Saltillo',
                                      'Mexicali','Culiacán','Chihuahua','Morelia','Toluca','Cancún','Veracruz',
                                      'Oaxaca','Tuxtla Gutiérrez','Durango','Xalapa'])[g]
            ELSE 'Municipio ' || g END,
       (ARRAY['CDMX','Jalisco','Nuevo León','Puebla','Baja California','Guanajuato','Querétaro','Yucatán',
              'Jalisco','San Luis Potosí','Aguascalientes','Sonora','Coahuila','Baja California','Sinaloa',
              'Chihuahua','Michoacán','Estado de México','Quintana Roo','Veracruz','Oaxaca','Chiapas',
              'Durango','Veracruz'])[1 + (g - 1) % 24]
FROM generate_series(1, 250) g;

INSERT INTO clientes (correo, nombre, telefono, password_hash, creado_en, ultimo_acceso)
SELECT lower(f) || '.' || lower(l) || g || '@' || d, f || ' ' || l,
       '+52 55 ' || lpad((g * 7919 % 100000000)::text, 8, '0'),
       '$2y$10$' || md5(g::text) || md5((g * 3)::text),
       timestamptz '2021-03-01' + g * interval '45 minutes', now() - (g % 120) * interval '1 day'
FROM generate_series(1, 30000) g,
     LATERAL (SELECT (ARRAY['José','María','Juan','Guadalupe','Luis','Fernanda','Carlos','Sofía','Jorge','Valeria',
                            'Miguel','Ximena','Alejandro','Daniela','Ricardo','Andrea','Eduardo','Paola'])[1 + g % 18] AS f,
                     (ARRAY['Hernández','García','Martínez','López','González','Pérez','Rodríguez','Sánchez',
                            'Ramírez','Cruz','Flores','Gómez','Morales','Vázquez','Reyes','Jiménez'])[1 + (g / 18) % 16] AS l,
                     (ARRAY['gmail.com','hotmail.com','outlook.com','yahoo.com.mx'])[1 + g % 4] AS d) n;

INSERT INTO sesiones (id, correo, datos, expira_en)
SELECT 9100000 + c.id, c.correo, jsonb_build_object('locale', 'es-MX', 'carrito', c.id % 5), now() + interval '14 days'
FROM clientes c;

-- Dirección principal de cada cliente (id = id del cliente) y una segunda
-- dirección para uno de cada tres.
INSERT INTO direcciones (id, cliente_id, calle, colonia, codigo_postal, ciudad_id, principal)
SELECT g, g, 'Calle ' || (ARRAY['Hidalgo','Juárez','Morelos','Reforma','Independencia','Allende','Zaragoza','Madero'])[1 + g % 8]
             || ' ' || (10 + g % 990),
       'Col. ' || (ARRAY['Centro','Del Valle','Roma Norte','Providencia','Chapultepec','Las Águilas','San Ángel'])[1 + g % 7],
       lpad(((g * 37) % 99000 + 1000)::text, 5, '0'), 1 + (g * 7) % 250, true
FROM generate_series(1, 30000) g;
INSERT INTO direcciones (id, cliente_id, calle, colonia, codigo_postal, ciudad_id, principal)
SELECT 30000 + g, g, 'Av. Insurgentes ' || (100 + g % 3000), 'Col. Oficina', lpad(((g * 53) % 99000 + 1000)::text, 5, '0'),
       1 + (g * 11) % 250, false
FROM generate_series(3, 30000, 3) g;
SELECT setval('direcciones_id_seq', 60000);

INSERT INTO categorias (id, nombre, slug)
SELECT g, n, lower(replace(n, ' ', '-')) || '-' || g
FROM generate_series(1, 40) g,
     LATERAL (SELECT (ARRAY['Celulares','Laptops','Tabletas','Audífonos','Televisores','Cocina','Refrigeradores','Lavadoras',
                            'Muebles','Colchones','Juguetes','Deportes','Ropa Hombre','Ropa Mujer','Calzado','Belleza',
                            'Perfumes','Relojes','Herramientas','Jardín','Mascotas','Bebés','Libros','Videojuegos',
                            'Consolas','Cámaras','Impresoras','Oficina','Papelería','Automotriz','Iluminación','Baños',
                            'Decoración','Maletas','Salud','Suplementos','Bicicletas','Camping','Música','Electrodomésticos'])[g] AS n) x;
INSERT INTO marcas (id, nombre)
SELECT g, CASE WHEN g <= 20 THEN (ARRAY['Samsung','Apple','Xiaomi','Motorola','LG','Sony','Mabe','Whirlpool','Oster','T-fal',
                                          'Nike','Adidas','Puma','Lego','Mattel','Hasbro','Truper','Philips','HP','Lenovo'])[g]
                 ELSE 'Marca ' || g END
FROM generate_series(1, 150) g;
INSERT INTO productos (sku, nombre, descripcion, precio, existencias, categoria_id, marca_id, activo)
SELECT 'MX-' || lpad(g::text, 6, '0'),
       (ARRAY['Paquete','Set','Modelo','Edición','Kit','Combo'])[1 + g % 6] || ' ' || g || ' ' ||
       (ARRAY['Plus','Pro','Lite','Max','Mini','Clásico','2024'])[1 + (g * 3) % 7],
       repeat('Producto de excelente calidad con garantía de 12 meses. ', 3),
       49 + (g * 7919) % 24000 + 0.90, (g * 31) % 250, 1 + (g * 13) % 40, 1 + (g * 17) % 150, g % 25 <> 0
FROM generate_series(1, 8000) g;

-- Clientes frecuentes (1-3000) con 12 a 40 pedidos; los demás con 0 a 3.
-- Los pedidos de un cliente se hicieron uno tras otro: sus ids siguen sus fechas.
INSERT INTO pedidos (id, cliente_id, direccion_id, estado, total, creado_en)
SELECT row_number() OVER (ORDER BY c, k), c,
       CASE WHEN c % 3 = 0 AND k % 2 = 0 THEN 30000 + c ELSE c END,
       CASE WHEN k = n THEN 'enviado' WHEN k % 19 = 0 THEN 'cancelado' ELSE 'entregado' END,
       199 + (c * 31 + k * 97) % 9000,
       timestamptz '2022-01-10' + (k * 900 / greatest(n, 1)) * interval '1 day' + (c % 24) * interval '1 hour'
FROM (SELECT c, CASE WHEN c <= 3000 THEN 12 + (c * 37) % 29 ELSE (c * 13) % 4 END AS n
      FROM generate_series(1, 30000) c) cs,
     LATERAL generate_series(1, cs.n) k;
SELECT setval('pedidos_id_seq', (SELECT max(id) FROM pedidos));
INSERT INTO lineas_pedido (pedido_id, producto_id, cantidad, precio_unitario)
SELECT p.id, 1 + (p.id * 7 + i * 1013) % 8000, 1 + (p.id + i) % 3, 49 + (p.id * 13 + i) % 5000 + 0.90
FROM pedidos p, LATERAL generate_series(1, 1 + (p.id * 7) % 4) i;
SQL
quiet_psql -c "VACUUM ANALYZE" -c "SELECT pg_stat_reset()" >/dev/null

w=$tmp/work
mkdir -p "$w"

# Cada petición autenticada empieza igual: la sesión por su token, el cliente
# por su correo (índice único).
auth() {
  echo "\\set sid 9100000 + :cid"
  echo 'SELECT correo, datos, expira_en FROM sesiones WHERE id = :sid AND expira_en > now()'
  echo '\gset s_'
  echo 'SELECT id, correo, nombre, telefono, password_hash FROM clientes WHERE correo = :s_correo LIMIT 1'
  echo '\gset u_'
}

# "Mis pedidos": los 10 pedidos más recientes del cliente frecuente, con su
# dirección de envío, y luego las líneas de cada pedido, una consulta por
# pedido (la relación se carga perezosamente en la plantilla). Los ids de los
# pedidos de un cliente son consecutivos: los 10 listados son el último de la
# lista (\aset guarda la última fila) y los 9 siguientes.
{
  echo '\set cid random(1, 3000)'
  auth
  echo 'SELECT p.id, p.estado, p.total, p.creado_en, d.calle, d.colonia, d.codigo_postal, c.nombre AS ciudad FROM pedidos p JOIN direcciones d ON d.id = p.direccion_id JOIN ciudades c ON c.id = d.ciudad_id WHERE p.cliente_id = :u_id ORDER BY p.creado_en DESC LIMIT 10'
  echo '\aset o_'
  for k in $(seq 9 -1 0); do
    echo "\\set pid :o_id + $k"
    echo 'SELECT id, producto_id, cantidad, precio_unitario FROM lineas_pedido WHERE pedido_id = :pid;'
  done
} > "$w/mis_pedidos.sql"

# Checkout (1 a 4 productos): direcciones del cliente (la principal al final:
# la que queda seleccionada), precios de los
# productos del carrito en una consulta, y en una transacción el pedido y
# todas sus líneas en un solo INSERT multi-fila. Clientes no frecuentes, para
# no mover los ids de los pedidos que "mis pedidos" recorre.
for n in 1 2 3 4; do
  {
    echo '\set cid random(3001, 30000)'
    for i in $(seq 1 $n); do
      echo "\\set p$i random_zipfian(1, 8000, 1.1)"
      echo "\\set q$i random(1, 3)"
      echo "\\set pr$i random(49, 9000)"
    done
    auth
    echo 'SELECT d.id, d.calle, d.colonia, d.codigo_postal, d.principal, c.nombre AS ciudad, c.estado FROM direcciones d JOIN ciudades c ON c.id = d.ciudad_id WHERE d.cliente_id = :u_id ORDER BY d.principal, d.id'
    echo '\aset d_'
    ids=$(seq -s ', ' -f ':p%g' 1 $n)
    echo "SELECT id, sku, nombre, precio, existencias FROM productos WHERE id IN ($ids) AND activo;"
    tot=""
    for i in $(seq 1 $n); do tot="$tot${tot:+ + }:pr$i * :q$i"; done
    echo "\\set total $tot"
    echo 'BEGIN;'
    echo "INSERT INTO pedidos (cliente_id, direccion_id, estado, total, creado_en) VALUES (:u_id, :d_id, 'pendiente', :total, now()) RETURNING id"
    echo '\gset n_'
    vals=""
    for i in $(seq 1 $n); do vals="$vals${vals:+, }(:n_id, :p$i, :q$i, :pr$i)"; done
    echo "INSERT INTO lineas_pedido (pedido_id, producto_id, cantidad, precio_unitario) VALUES $vals;"
    echo 'COMMIT;'
  } > "$w/checkout_$n.sql"
done

# Catálogo (anónimo): el encabezado de la categoría y 24 productos por nombre,
# con su marca, por páginas.
cat > "$w/catalogo.sql" <<'SQL'
\set cat random(1, 40)
\set off 24 * random(0, 3)
SELECT id, nombre, slug FROM categorias WHERE id = :cat;
SELECT p.id, p.sku, p.nombre, p.precio, p.existencias, m.nombre AS marca FROM productos p JOIN marcas m ON m.id = p.marca_id WHERE p.categoria_id = :cat AND p.activo ORDER BY p.nombre LIMIT 24 OFFSET :off;
SQL

scenario_mark

PGAPPNAME=tienda-api $PGBENCH -n -c 4 -j 2 -t 160 -M extended \
  -f "$w/mis_pedidos.sql@6" -f "$w/catalogo.sql@10" \
  -f "$w/checkout_1.sql@1" -f "$w/checkout_2.sql@2" -f "$w/checkout_3.sql@1" -f "$w/checkout_4.sql@1" >/dev/null

scenario_capture
