#!/usr/bin/env bash
# Food-delivery dispatch (Brazil and Argentina), dinner peak: orders stream in
# (~4 a second, items in one multi-row INSERT), their status is updated four
# times on the way to the customer, drivers ping their position. Kitchen
# tablets poll a per-restaurant status count (thousands of cheap, must-be-fresh
# reads), the order page sums one order's items, and finance runs the heavy
# reconciliation report twice. Look-alikes for materialized views, counter
# caches and N+1; nothing here needs fixing.
source "$(dirname "$0")/../lib.sh"
scenario_start

quiet_psql <<'SQL'
CREATE TABLE restaurantes (
  id         integer PRIMARY KEY,
  nombre     text NOT NULL,
  ciudad     text NOT NULL,
  pais       char(2) NOT NULL,
  moneda     char(3) NOT NULL,
  activo     boolean NOT NULL DEFAULT true,
  criado_em  timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE entregadores (
  id                  integer PRIMARY KEY,
  nome                text NOT NULL,
  vehiculo            text NOT NULL,
  ciudad              text NOT NULL,
  disponible          boolean NOT NULL DEFAULT true,
  lat                 double precision,
  lng                 double precision,
  ultima_ubicacion_em timestamptz
);
CREATE TABLE pedidos (
  id                bigserial PRIMARY KEY,
  restaurante_id    integer NOT NULL REFERENCES restaurantes (id),
  entregador_id     integer REFERENCES entregadores (id),
  status            text NOT NULL DEFAULT 'recebido'
                    CHECK (status IN ('recebido', 'aceito', 'preparando', 'en_camino', 'entregue', 'cancelado')),
  total             numeric(10,2) NOT NULL,
  direccion_entrega text NOT NULL,
  criado_em         timestamptz NOT NULL DEFAULT now(),
  atualizado_em     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX pedidos_restaurante_id_criado_em_idx ON pedidos (restaurante_id, criado_em);
CREATE INDEX pedidos_entregador_id_idx ON pedidos (entregador_id);
CREATE TABLE itens_pedido (
  id          bigserial PRIMARY KEY,
  pedido_id   bigint NOT NULL REFERENCES pedidos (id),
  descricao   text NOT NULL,
  quantidade  integer NOT NULL,
  preco_unit  numeric(10,2) NOT NULL,
  observacion text
);
CREATE INDEX itens_pedido_pedido_id_idx ON itens_pedido (pedido_id);

SELECT setseed(0.42) AS seed \gset
INSERT INTO restaurantes (id, nombre, ciudad, pais, moneda, criado_em)
SELECT g,
       (ARRAY['Pizzaria','Parrilla','Lanchonete','Cantina','Hamburgueseria','Sushi','Empanadas','Acai','Rotiseria','Boteco'])[1 + g % 10]
         || ' ' || (ARRAY['do Ze','La Esquina','Bella Napoli','Don Julio','Sabor Mineiro','El Gaucho','Tres Hermanos',
                          'Vila Nova','San Telmo','Copacabana','La Boca','Pampulha'])[1 + (g / 10) % 12] || ' ' || g,
       c, CASE WHEN g % 3 = 0 THEN 'AR' ELSE 'BR' END, CASE WHEN g % 3 = 0 THEN 'ARS' ELSE 'BRL' END,
       now() - (g % 700) * interval '1 day'
FROM generate_series(1, 800) g,
     LATERAL (SELECT CASE WHEN g % 3 = 0 THEN (ARRAY['Buenos Aires','Cordoba','Rosario'])[1 + (g / 3) % 3]
                          ELSE (ARRAY['Sao Paulo','Rio de Janeiro','Belo Horizonte','Curitiba','Porto Alegre'])[1 + g % 5] END AS c) x;
INSERT INTO entregadores (id, nome, vehiculo, ciudad, disponible, lat, lng, ultima_ubicacion_em)
SELECT g,
       (ARRAY['Joao','Matias','Lucas','Santiago','Gabriel','Tomas','Rafael','Facundo','Bruna','Camila','Agustina','Thiago'])[1 + g % 12]
         || ' ' || (ARRAY['Silva','Gonzalez','Souza','Rodriguez','Oliveira','Fernandez','Costa','Lopez','Pereira','Martinez'])[1 + (g / 12) % 10],
       (ARRAY['moto','moto','bici','auto'])[1 + g % 4],
       CASE WHEN g % 3 = 0 THEN 'Buenos Aires' ELSE 'Sao Paulo' END,
       g % 5 <> 0, -23.5 - (g % 100) / 1000.0, -46.6 - (g % 97) / 1000.0, now() - (g % 600) * interval '1 second'
FROM generate_series(1, 2000) g;

-- 300k orders of the last 96 hours (one every 1.15 s on average), popular
-- restaurants (low ids) far busier; the last ~hour still in progress.
INSERT INTO pedidos (id, restaurante_id, entregador_id, status, total, direccion_entrega, criado_em, atualizado_em)
SELECT g, r,
       CASE WHEN s IN ('en_camino', 'entregue') THEN 1 + (g::bigint * 7919) % 2000 END,
       s,
       (SELECT sum((1 + (g + k) % 3) * (5 + (g * 31 + k * 17) % 60)) FROM generate_series(1, 2 + g % 3) k)
         - CASE WHEN g % 997 = 0 THEN 1.50 ELSE 0 END,
       (ARRAY['Rua','Calle','Avenida','Av.'])[1 + g % 4] || ' ' || (ARRAY['Augusta','Corrientes','Paulista','Santa Fe',
             'Rivadavia','Consolacao','Cabildo','Afonso Pena'])[1 + (g / 4) % 8] || ' ' || (10 + g % 3000),
       t, t + interval '35 minutes'
FROM generate_series(1, 300000) g,
     LATERAL (SELECT now() - (300000 - g) * interval '1152 milliseconds' AS t,
                     1 + least(799, floor(800 * power(random(), 2)))::int AS r,
                     CASE WHEN g > 297000 THEN (ARRAY['recebido','aceito','preparando','en_camino','entregue'])[1 + g % 5]
                          WHEN g % 20 = 0 THEN 'cancelado' ELSE 'entregue' END AS s) x;
SELECT setval('pedidos_id_seq', 300000) AS s \gset

-- 2 to 4 items per order: 900k.
INSERT INTO itens_pedido (pedido_id, descricao, quantidade, preco_unit)
SELECT g,
       (ARRAY['Pizza muzzarella','Empanada de carne','X-Burguer','Milanesa napolitana','Acai 500ml','Feijoada',
              'Choripan','Pastel de queijo','Coca-Cola 600ml','Guarana lata','Medialunas x6','Coxinha'])[1 + (g * 31 + k * 17) % 12],
       1 + (g + k) % 3, 5 + (g * 31 + k * 17) % 60
FROM generate_series(1, 300000) g, generate_series(1, 2 + g % 3) k
ORDER BY g, k;
SQL
quiet_psql -c "VACUUM ANALYZE" -c "SELECT pg_stat_reset()" >/dev/null

w=$tmp/work
mkdir -p "$w"
T=130

# The dispatch API (Node.js, node-postgres pool, bind parameters). Each pooled
# connection also runs SET application_name once when the pool opens it.
pool_init='\if :iniciado = 0
SET application_name = '"'"'despacho-api'"'"';
\set iniciado 1
\endif'

# New order from the customer app: restaurant check, the order, its items in
# one multi-row INSERT, in one transaction.
{
  echo "$pool_init"
  cat <<'SQL'
\set r random_exponential(1, 800, 4.0)
\set n random(2, 4)
\set q1 random(1, 3)
\set q2 random(1, 3)
\set q3 random(1, 3)
\set q4 random(1, 3)
\set p1 random(5, 64)
\set p2 random(5, 64)
\set p3 random(5, 64)
\set p4 random(5, 64)
\set total :q1 * :p1 + :q2 * :p2 + case when :n >= 3 then :q3 * :p3 else 0 end + case when :n >= 4 then :q4 * :p4 else 0 end
BEGIN;
SELECT id, nombre, moneda, activo FROM restaurantes WHERE id = :r;
INSERT INTO pedidos (restaurante_id, status, total, direccion_entrega, criado_em, atualizado_em) VALUES (:r, 'recebido', :total, :direccion, now(), now()) RETURNING id
\gset novo_
\if :n = 2
INSERT INTO itens_pedido (pedido_id, descricao, quantidade, preco_unit) VALUES (:novo_id, 'Pizza muzzarella', :q1, :p1), (:novo_id, 'Guarana lata', :q2, :p2);
\elif :n = 3
INSERT INTO itens_pedido (pedido_id, descricao, quantidade, preco_unit) VALUES (:novo_id, 'X-Burguer', :q1, :p1), (:novo_id, 'Empanada de carne', :q2, :p2), (:novo_id, 'Coca-Cola 600ml', :q3, :p3);
\else
INSERT INTO itens_pedido (pedido_id, descricao, quantidade, preco_unit) VALUES (:novo_id, 'Milanesa napolitana', :q1, :p1), (:novo_id, 'Choripan', :q2, :p2), (:novo_id, 'Medialunas x6', :q3, :p3), (:novo_id, 'Coxinha', :q4, :p4);
\endif
COMMIT;
SQL
} > "$w/novo_pedido.sql"

# Status changes: the kitchen tablet accepts and starts preparing, the driver
# app picks up and delivers. Orders of the last hour or so.
for s in aceito preparando; do
  {
    echo "$pool_init"
    echo '\set id random(297000, 300500)'
    echo "UPDATE pedidos SET status = '$s', atualizado_em = now() WHERE id = :id;"
  } > "$w/status_$s.sql"
done
{
  echo "$pool_init"
  cat <<'SQL'
\set id random(297000, 300500)
\set e random(1, 2000)
BEGIN;
UPDATE pedidos SET status = 'en_camino', entregador_id = :e, atualizado_em = now() WHERE id = :id;
UPDATE entregadores SET disponible = false WHERE id = :e;
COMMIT;
SQL
} > "$w/status_en_camino.sql"
{
  echo "$pool_init"
  cat <<'SQL'
\set id random(297000, 300500)
\set e random(1, 2000)
BEGIN;
UPDATE pedidos SET status = 'entregue', atualizado_em = now() WHERE id = :id;
UPDATE entregadores SET disponible = true WHERE id = :e;
COMMIT;
SQL
} > "$w/status_entregue.sql"

# Kitchen screen: ~50 kitchens' tablets, each polling every 2 seconds.
{
  echo "$pool_init"
  cat <<'SQL'
\set r 1 + 16 * random(0, 49)
SELECT status, count(*) FROM pedidos WHERE restaurante_id = :r AND criado_em > now() - interval '2 hours' GROUP BY status;
SQL
} > "$w/cocina.sql"

# Order page (customer or support): the order header, then its item count and subtotal.
{
  echo "$pool_init"
  cat <<'SQL'
\set id random(290000, 300000)
SELECT p.id, p.status, p.total, p.criado_em, p.entregador_id, r.nombre, r.moneda FROM pedidos p JOIN restaurantes r ON r.id = p.restaurante_id WHERE p.id = :id;
SELECT count(*), sum(quantidade * preco_unit) FROM itens_pedido WHERE pedido_id = :id;
SQL
} > "$w/detalle.sql"

# Driver app: position pings, and the driver's orders on the way.
{
  echo "$pool_init"
  cat <<'SQL'
\set e random(1, 2000)
\set dlat random(0, 999)
\set dlng random(0, 999)
UPDATE entregadores SET lat = -23.5 - :dlat / 10000.0, lng = -46.6 - :dlng / 10000.0, ultima_ubicacion_em = now() WHERE id = :e;
SQL
} > "$w/ubicacion.sql"
{
  echo "$pool_init"
  cat <<'SQL'
\set e random(1, 2000)
SELECT id, nome, vehiculo, disponible FROM entregadores WHERE id = :e;
SELECT id, restaurante_id, status, total, direccion_entrega FROM pedidos WHERE entregador_id = :e AND status = 'en_camino';
SQL
} > "$w/mis_pedidos.sql"

# Load balancer health check.
echo 'SELECT 1;' > "$w/health.sql"

# Finance's reconciliation (run by hand from psql): delivered orders' totals
# against the sum of their items, per restaurant.
read -r -d '' CONCILIACION <<'SQL' || true
SELECT r.pais, p.restaurante_id, r.nombre, count(*) AS pedidos, sum(p.total) AS total_pedidos, sum(i.total_itens) AS total_itens, sum(p.total - i.total_itens) AS diferencia FROM pedidos p JOIN restaurantes r ON r.id = p.restaurante_id JOIN (SELECT pedido_id, sum(quantidade * preco_unit) AS total_itens FROM itens_pedido GROUP BY pedido_id) i ON i.pedido_id = p.id WHERE p.status = 'entregue' GROUP BY r.pais, p.restaurante_id, r.nombre ORDER BY diferencia DESC;
SQL
conciliacion() {
  PGAPPNAME=conciliacion-finanzas psql -X -q -c "SET work_mem = '64MB'" -c "$CONCILIACION" >/dev/null
}

scenario_mark

api() { PGAPPNAME=despacho-api $PGBENCH -n -T $T -M extended -D iniciado=0 -D "direccion=Av. Corrientes 1234, CABA" "$@" >/dev/null; }
api -c 2 -j 1 -R 4 --random-seed=101 -f "$w/novo_pedido.sql" &
api -c 3 -j 1 -R 16 --random-seed=202 -f "$w/status_aceito.sql" -f "$w/status_preparando.sql" \
    -f "$w/status_en_camino.sql" -f "$w/status_entregue.sql" &
api -c 4 -j 1 -R 25 --random-seed=303 -f "$w/cocina.sql" &
api -c 1 -j 1 -R 2 --random-seed=404 -f "$w/detalle.sql" &
api -c 2 -j 1 -R 5 --random-seed=505 -f "$w/ubicacion.sql@3" -f "$w/mis_pedidos.sql@2" &
PGAPPNAME=lb-health $PGBENCH -n -T $T -M simple -c 1 -j 1 -R 1 --random-seed=606 -f "$w/health.sql" >/dev/null &
sleep 25; conciliacion
sleep 70; conciliacion
wait

scenario_capture
