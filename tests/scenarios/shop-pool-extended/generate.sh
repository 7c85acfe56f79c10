#!/usr/bin/env bash
# An e-commerce API behind a connection pool (4 long-lived connections, extended
# protocol): order history pages that load each order's items one query at a
# time, product pages, cart updates, and a load balancer health check.
source "$(dirname "$0")/../lib.sh"

scenario_start

quiet_psql >/dev/null <<'SQL'
CREATE TABLE users (
  id bigserial PRIMARY KEY,
  email text NOT NULL UNIQUE,
  password_hash text NOT NULL,
  full_name text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_login_at timestamptz
);
CREATE TABLE customers (
  id bigserial PRIMARY KEY,
  user_id bigint NOT NULL UNIQUE REFERENCES users (id),
  phone text,
  default_address text,
  loyalty_points integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now()
);
-- Written by the session middleware: the token a browser holds, the e-mail it belongs to.
CREATE TABLE sessions (
  id bigint PRIMARY KEY,
  user_email text NOT NULL,
  data jsonb NOT NULL DEFAULT '{}',
  expires_at timestamptz NOT NULL
);
CREATE TABLE products (
  id bigserial PRIMARY KEY,
  sku text NOT NULL UNIQUE,
  name text NOT NULL,
  description text NOT NULL,
  price_cents integer NOT NULL,
  stock integer NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE reviews (
  id bigserial PRIMARY KEY,
  product_id bigint NOT NULL REFERENCES products (id),
  customer_id bigint NOT NULL REFERENCES customers (id),
  rating smallint NOT NULL,
  body text,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX reviews_product_id_idx ON reviews (product_id);
CREATE INDEX reviews_customer_id_idx ON reviews (customer_id);
CREATE TABLE carts (
  id bigserial PRIMARY KEY,
  customer_id bigint NOT NULL UNIQUE REFERENCES customers (id),
  item_count integer NOT NULL DEFAULT 0,
  subtotal_cents integer NOT NULL DEFAULT 0,
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE orders (
  id bigserial PRIMARY KEY,
  customer_id bigint NOT NULL REFERENCES customers (id),
  status text NOT NULL,
  total_cents integer NOT NULL,
  shipping_address text NOT NULL,
  created_at timestamptz NOT NULL
);
CREATE INDEX orders_customer_id_created_at_idx ON orders (customer_id, created_at DESC);
-- The migration declared the key to orders but nobody added its index.
CREATE TABLE order_items (
  id bigserial PRIMARY KEY,
  order_id bigint NOT NULL REFERENCES orders (id),
  product_id bigint NOT NULL REFERENCES products (id),
  quantity integer NOT NULL,
  unit_price_cents integer NOT NULL
);
CREATE INDEX order_items_product_id_idx ON order_items (product_id);

INSERT INTO users (email, password_hash, full_name, created_at, last_login_at)
SELECT 'customer' || g || '@mail.example.com', md5('pw' || g), 'Customer ' || g,
       timestamptz '2021-01-01' + g * interval '2 hours', now() - (g % 90) * interval '1 day'
FROM generate_series(1, 12000) g;
INSERT INTO customers (user_id, phone, default_address, loyalty_points, created_at)
SELECT g, '+1-555-' || lpad((g * 37 % 10000)::text, 4, '0'), g || ' Main Street, Springfield',
       g * 13 % 900, timestamptz '2021-01-01' + g * interval '2 hours'
FROM generate_series(1, 12000) g;
INSERT INTO sessions (id, user_email, data, expires_at)
SELECT 5000000 + g, 'customer' || g || '@mail.example.com', jsonb_build_object('locale', 'en-US', 'cart_open', g % 2 = 0),
       now() + interval '7 days'
FROM generate_series(1, 12000) g;
INSERT INTO products (sku, name, description, price_cents, stock)
SELECT 'SKU-' || lpad(g::text, 6, '0'), 'Product ' || g, repeat('A fine product. ', 8), 199 + g * 7919 % 20000, g * 31 % 400
FROM generate_series(1, 5000) g;
INSERT INTO reviews (product_id, customer_id, rating, body)
SELECT 1 + (g * 7919) % 5000, 1 + (g::bigint * 104729) % 12000, 1 + g % 5, 'Review text ' || g
FROM generate_series(1, 40000) g;
INSERT INTO carts (customer_id, item_count, subtotal_cents)
SELECT g, g % 4, (g % 4) * 1500 FROM generate_series(1, 12000) g;
-- Regular buyers (customers 1-1500) have 20 to 45 orders; the others up to 6.
-- A customer's orders were placed one after the other, so their ids follow their dates.
INSERT INTO orders (id, customer_id, status, total_cents, shipping_address, created_at)
SELECT row_number() OVER (ORDER BY c, k), c,
       CASE WHEN k = n THEN 'processing' WHEN k % 17 = 0 THEN 'refunded' ELSE 'delivered' END,
       1000 + (c * 31 + k * 97) % 30000, c || ' Main Street, Springfield',
       timestamptz '2022-01-01' + (k * 600 / greatest(n, 1)) * interval '1 day' + (c % 24) * interval '1 hour'
FROM (SELECT c, CASE WHEN c <= 1500 THEN 20 + (c * 37) % 26 ELSE (c * 13) % 7 END AS n
      FROM generate_series(1, 12000) c) cs,
     LATERAL generate_series(1, cs.n) k;
SELECT setval('orders_id_seq', (SELECT max(id) FROM orders));
INSERT INTO order_items (order_id, product_id, quantity, unit_price_cents)
SELECT o.id, 1 + (o.id * 7 + i * 1013) % 5000, 1 + (o.id + i) % 3, 199 + (o.id * 13 + i) % 20000
FROM orders o, LATERAL generate_series(1, 1 + (o.id * 7) % 4) i;
VACUUM ANALYZE;
SELECT pg_stat_reset();
SQL


# Order history: the session token names the e-mail, the user is loaded by it,
# then the last 20 orders, then each order's items one query per order. A
# customer's order ids are consecutive, so the 20 listed are the oldest one
# listed (the last row) and the 19 after it; the page renders newest first.
{
  echo '\set uid random(1, 1500)'
  echo '\set sid 5000000 + :uid'
  echo 'SELECT user_email, data, expires_at FROM sessions WHERE id = :sid AND expires_at > now()'
  echo '\gset s_'
  echo 'SELECT u.id, u.email, u.full_name, c.id AS customer_id FROM users u JOIN customers c ON c.user_id = u.id WHERE u.email = :s_user_email'
  echo '\gset u_'
  echo 'SELECT id, status, total_cents, created_at FROM orders WHERE customer_id = :u_customer_id ORDER BY created_at DESC LIMIT 20'
  echo '\aset o_'
  for k in $(seq 19 -1 0); do
    echo "\\set oid :o_id + $k"
    echo 'SELECT id, product_id, quantity, unit_price_cents FROM order_items WHERE order_id = :oid;'
  done
} > "$tmp/order_history.sql"

# Product page: anonymous; one product and how many reviews it has.
cat > "$tmp/product_page.sql" <<'EOF2'
\set pid random_zipfian(1, 5000, 1.2)
SELECT id, sku, name, description, price_cents, stock FROM products WHERE id = :pid;
SELECT count(*) FROM reviews WHERE product_id = :pid;
EOF2

# Cart update: authenticate, price the product, bump the cart.
cat > "$tmp/cart_update.sql" <<'EOF2'
\set uid random(1, 12000)
\set sid 5000000 + :uid
\set pid random_zipfian(1, 5000, 1.2)
SELECT user_email, data, expires_at FROM sessions WHERE id = :sid AND expires_at > now()
\gset s_
SELECT u.id, u.email, u.full_name, c.id AS customer_id FROM users u JOIN customers c ON c.user_id = u.id WHERE u.email = :s_user_email
\gset u_
SELECT id, price_cents, stock FROM products WHERE id = :pid
\gset p_
UPDATE carts SET item_count = item_count + 1, subtotal_cents = subtotal_cents + :p_price_cents, updated_at = now() WHERE customer_id = :u_customer_id;
EOF2

echo 'SELECT 1;' > "$tmp/health.sql"

scenario_mark

# The load balancer probes the database every ~200 ms on its own connection.
PGAPPNAME=healthcheck $PGBENCH -n -c 1 -j 1 -R 5 -t 250 -M simple -f "$tmp/health.sql" >/dev/null 2>&1 &
health=$!
PGAPPNAME=shop-api $PGBENCH -n -c 4 -j 2 -t 110 -M extended \
  -f "$tmp/order_history.sql@3" -f "$tmp/product_page.sql@5" -f "$tmp/cart_update.sql@2" >/dev/null
wait "$health"

scenario_capture
