#!/usr/bin/env bash
# MakerHub, a Rails 7 community site on Puma (4 threads = 4 connections,
# ActiveRecord prepared statements): member profiles whose post cards count
# each post's likes (no counter cache, likes.post_id unindexed) and load each
# post's polymorphic comments one post at a time; post and photo pages, likes
# and comments created inside savepoints, a few post deletions, and the
# boot-time schema_migrations / schema cache queries of each connection.
source "$(dirname "$0")/../lib.sh"

scenario_start

quiet_psql >/dev/null <<'SQL'
CREATE ROLE makerhub LOGIN;
CREATE DATABASE makerhub_production OWNER makerhub;
SQL

# The schema as db/schema.rb builds it: bigint ids, timestamp(6), an index per
# t.references unless told otherwise, foreign keys where foreign_key: true.
quiet_psql -d makerhub_production >/dev/null <<'SQL'
SET ROLE makerhub;
CREATE TABLE schema_migrations (version character varying PRIMARY KEY);
CREATE TABLE ar_internal_metadata (
  key character varying PRIMARY KEY,
  value character varying,
  created_at timestamp(6) NOT NULL,
  updated_at timestamp(6) NOT NULL
);
CREATE TABLE users (
  id bigserial PRIMARY KEY,
  email character varying NOT NULL DEFAULT '',
  encrypted_password character varying NOT NULL DEFAULT '',
  username character varying NOT NULL,
  name character varying,
  bio text,
  created_at timestamp(6) NOT NULL,
  updated_at timestamp(6) NOT NULL
);
CREATE UNIQUE INDEX index_users_on_email ON users (email);
CREATE UNIQUE INDEX index_users_on_username ON users (username);
CREATE TABLE posts (
  id bigserial PRIMARY KEY,
  user_id bigint NOT NULL,
  title character varying NOT NULL,
  body text,
  created_at timestamp(6) NOT NULL,
  updated_at timestamp(6) NOT NULL
);
CREATE INDEX index_posts_on_user_id ON posts (user_id);
CREATE TABLE photos (
  id bigserial PRIMARY KEY,
  user_id bigint NOT NULL,
  caption character varying,
  image_key character varying NOT NULL,
  created_at timestamp(6) NOT NULL,
  updated_at timestamp(6) NOT NULL
);
CREATE INDEX index_photos_on_user_id ON photos (user_id);
CREATE TABLE comments (
  id bigserial PRIMARY KEY,
  commentable_type character varying NOT NULL,
  commentable_id bigint NOT NULL,
  user_id bigint NOT NULL,
  body text NOT NULL,
  created_at timestamp(6) NOT NULL,
  updated_at timestamp(6) NOT NULL
);
CREATE INDEX index_comments_on_commentable ON comments (commentable_type, commentable_id);
CREATE INDEX index_comments_on_user_id ON comments (user_id);
-- t.references :post, foreign_key: true, index: false  ("the unique index covers it")
CREATE TABLE likes (
  id bigserial PRIMARY KEY,
  post_id bigint NOT NULL,
  user_id bigint NOT NULL,
  created_at timestamp(6) NOT NULL,
  updated_at timestamp(6) NOT NULL
);
CREATE UNIQUE INDEX index_likes_on_user_id_and_post_id ON likes (user_id, post_id);
CREATE TABLE tags (
  id bigserial PRIMARY KEY,
  name character varying NOT NULL,
  taggings_count integer DEFAULT 0,
  created_at timestamp(6) NOT NULL,
  updated_at timestamp(6) NOT NULL
);
CREATE UNIQUE INDEX index_tags_on_name ON tags (name);
CREATE TABLE taggings (
  id bigserial PRIMARY KEY,
  tag_id bigint NOT NULL,
  taggable_type character varying NOT NULL,
  taggable_id bigint NOT NULL,
  created_at timestamp(6) NOT NULL
);
CREATE INDEX index_taggings_on_tag_id ON taggings (tag_id);
CREATE INDEX index_taggings_on_taggable ON taggings (taggable_type, taggable_id);
CREATE TABLE notifications (
  id bigserial PRIMARY KEY,
  user_id bigint NOT NULL,
  kind character varying NOT NULL,
  payload jsonb NOT NULL DEFAULT '{}',
  read_at timestamp(6),
  created_at timestamp(6) NOT NULL,
  updated_at timestamp(6) NOT NULL
);
CREATE INDEX index_notifications_on_user_id_and_read_at ON notifications (user_id, read_at);

INSERT INTO schema_migrations (version)
SELECT to_char(timestamp '2022-03-01 09:00' + g * interval '9 days 3 hours 17 minutes', 'YYYYMMDDHH24MISS')
FROM generate_series(1, 58) g;
INSERT INTO ar_internal_metadata VALUES
  ('environment', 'production', '2022-03-01 09:12:44', '2022-03-01 09:12:44'),
  ('schema_sha1', 'b1d3c0a8e1f94e6bb6a1f0b8c2bd2a9e0c1f7d42', '2022-03-01 09:12:44', '2024-11-20 18:02:10');

-- Members 1-2000 post regularly, 2001-6000 rarely, 6001-6400 signed up this week.
INSERT INTO users (email, encrypted_password, username, name, bio, created_at, updated_at)
SELECT 'maker' || g || '@' || (ARRAY['gmail.com','proton.me','outlook.com','fastmail.com'])[1 + g % 4],
       '$2a$12$' || md5(g::text) || md5((g * 3)::text), 'maker_' || g,
       (ARRAY['Alex','Sam','Jordan','Taylor','Morgan','Casey','Riley','Jamie','Robin','Quinn'])[1 + g % 10] || ' ' ||
       (ARRAY['Parker','Reed','Hayes','Brooks','Foster','Grant','Hughes','Lane'])[1 + (g / 10) % 8],
       CASE WHEN g % 3 = 0 THEN 'Woodworking, electronics and the occasional 3D print.' END,
       timestamp '2022-03-01' + g * interval '2 hours', timestamp '2022-03-01' + g * interval '2 hours'
FROM generate_series(1, 6400) g;
-- A member's posts were written one after the other: consecutive ids, in date order.
INSERT INTO posts (id, user_id, title, body, created_at, updated_at)
SELECT row_number() OVER (ORDER BY u, k), u,
       (ARRAY['Walnut desk build','ESP32 weather station','Restoring a bandsaw','Laser-cut lamp',
              'Keyboard from scratch','Raised garden beds','Tube amp, part ' || k])[1 + (u + k) % 7],
       repeat('Notes on the build, the mistakes and the fixes. ', 1 + (u * k) % 6),
       timestamp '2023-01-01' + (k * 700 / n) * interval '1 day' + (u % 24) * interval '1 hour',
       timestamp '2023-01-01' + (k * 700 / n) * interval '1 day' + (u % 24) * interval '1 hour'
FROM (SELECT u, CASE WHEN u <= 2000 THEN 12 + (u * 37) % 29 ELSE (u * 13) % 5 END AS n
      FROM generate_series(1, 6000) u) us,
     LATERAL generate_series(1, us.n) k;
SELECT setval('posts_id_seq', (SELECT max(id) FROM posts));
INSERT INTO photos (user_id, caption, image_key, created_at, updated_at)
SELECT 1 + (g * 7) % 6000, 'Work in progress #' || g, md5('photo' || g),
       timestamp '2023-01-01' + g * interval '50 minutes', timestamp '2023-01-01' + g * interval '50 minutes'
FROM generate_series(1, 20000) g;
INSERT INTO likes (post_id, user_id, created_at, updated_at)
SELECT p.id, 1 + (p.id * 7 + i * 997) % 6000, p.created_at + i * interval '3 hours', p.created_at + i * interval '3 hours'
FROM posts p, LATERAL generate_series(1, CASE WHEN p.id % 10 = 0 THEN 20 + p.id % 23 ELSE (p.id * 7) % 9 END) i;
INSERT INTO comments (commentable_type, commentable_id, user_id, body, created_at, updated_at)
SELECT 'Post', p.id, 1 + (p.id * 11 + i * 389) % 6000,
       (ARRAY['Great build!','What finish did you use?','Love the joinery.','Which board is that?',
              'Thanks for the write-up, saved for later.'])[1 + (p.id + i) % 5],
       p.created_at + i * interval '5 hours', p.created_at + i * interval '5 hours'
FROM posts p, LATERAL generate_series(1, (p.id * 13) % 9) i;
INSERT INTO comments (commentable_type, commentable_id, user_id, body, created_at, updated_at)
SELECT 'Photo', ph.id, 1 + (ph.id * 17 + i * 211) % 6000, 'Nice shot!', ph.created_at + i * interval '2 hours',
       ph.created_at + i * interval '2 hours'
FROM photos ph, LATERAL generate_series(1, ph.id % 4) i;
INSERT INTO tags (name, taggings_count, created_at, updated_at)
SELECT (ARRAY['woodworking','electronics','3dprinting','arduino','cnc','restoration','garden','audio'])[1 + g % 8] || '-' || g,
       0, timestamp '2022-03-01', timestamp '2022-03-01'
FROM generate_series(1, 800) g;
INSERT INTO taggings (tag_id, taggable_type, taggable_id, created_at)
SELECT 1 + (p.id * 31 + i * 97) % 800, 'Post', p.id, p.created_at
FROM posts p, LATERAL generate_series(1, p.id % 4) i;
INSERT INTO taggings (tag_id, taggable_type, taggable_id, created_at)
SELECT 1 + (ph.id * 29 + i * 89) % 800, 'Photo', ph.id, ph.created_at
FROM photos ph, LATERAL generate_series(1, ph.id % 3) i;
UPDATE tags t SET taggings_count = s.n FROM (SELECT tag_id, count(*) AS n FROM taggings GROUP BY tag_id) s WHERE s.tag_id = t.id;
INSERT INTO notifications (user_id, kind, payload, read_at, created_at, updated_at)
SELECT 1 + (g * 13) % 6400, (ARRAY['like','comment','follow'])[1 + g % 3], jsonb_build_object('ref', g),
       CASE WHEN g % 10 <> 0 THEN timestamp '2024-01-01' + g * interval '4 minutes' END,
       timestamp '2024-01-01' + g * interval '4 minutes', timestamp '2024-01-01' + g * interval '4 minutes'
FROM generate_series(1, 120000) g;

ALTER TABLE posts ADD CONSTRAINT fk_rails_5b5ddfd518 FOREIGN KEY (user_id) REFERENCES users (id);
ALTER TABLE photos ADD CONSTRAINT fk_rails_c79d76afc0 FOREIGN KEY (user_id) REFERENCES users (id);
ALTER TABLE comments ADD CONSTRAINT fk_rails_03de2dc08c FOREIGN KEY (user_id) REFERENCES users (id);
ALTER TABLE likes ADD CONSTRAINT fk_rails_87a8aac469 FOREIGN KEY (post_id) REFERENCES posts (id);
ALTER TABLE likes ADD CONSTRAINT fk_rails_1e09b5dabf FOREIGN KEY (user_id) REFERENCES users (id);
ALTER TABLE taggings ADD CONSTRAINT fk_rails_9fcd2e236b FOREIGN KEY (tag_id) REFERENCES tags (id);
ALTER TABLE notifications ADD CONSTRAINT fk_rails_b080fb4855 FOREIGN KEY (user_id) REFERENCES users (id);
RESET ROLE;
VACUUM ANALYZE;
SQL
quiet_psql -d makerhub_production -c "SELECT pg_stat_reset()" >/dev/null

# Posts of members 1-2000 (the ones whose pages are read) and the last post id.
read -r nact nmax < <(quiet_psql -At -F ' ' -d makerhub_production -c \
  "SELECT max(id) FILTER (WHERE user_id <= 2000), max(id) FROM posts")

# What each new connection runs before its first request: the adapter's
# session settings and type map; the first one also checks pending migrations
# and fills the schema cache.
boot() {
  cat <<'EOF2'
\if :booted = 0
SET client_min_messages TO 'warning';
SET standard_conforming_strings = on;
SET intervalstyle = iso_8601;
SET SESSION timezone TO 'UTC';
SELECT t.oid, t.typname FROM pg_type as t WHERE t.typname IN ('int2', 'int4', 'int8', 'oid', 'float4', 'float8', 'numeric', 'bool', 'timestamp', 'timestamptz');
SELECT t.oid, t.typname, t.typelem, t.typdelim, t.typinput, r.rngsubtype, t.typtype, t.typbasetype FROM pg_type as t LEFT JOIN pg_range as r ON oid = rngtypid WHERE t.typtype IN ('r', 'e', 'd') OR t.typinput = 'array_in(cstring,oid,integer)'::regprocedure OR t.typelem != 0;
\if :client_id = 0
SELECT "schema_migrations"."version" FROM "schema_migrations" ORDER BY "schema_migrations"."version" ASC;
SELECT "ar_internal_metadata"."value" FROM "ar_internal_metadata" WHERE "ar_internal_metadata"."key" = :envkey LIMIT :one;
EOF2
  for t in users notifications posts tags taggings likes comments photos; do
    echo "SELECT a.attname, format_type(a.atttypid, a.atttypmod), pg_get_expr(d.adbin, d.adrelid), a.attnotnull, a.atttypid, a.atttypmod, c.collname, col_description(a.attrelid, a.attnum) AS comment, attgenerated as attgenerated FROM pg_attribute a LEFT JOIN pg_attrdef d ON a.attrelid = d.adrelid AND a.attnum = d.adnum LEFT JOIN pg_type t ON a.atttypid = t.oid LEFT JOIN pg_collation c ON a.attcollation = c.oid AND a.attcollation <> t.typcollation WHERE a.attrelid = '\"$t\"'::regclass AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum;"
    echo "SELECT a.attname FROM (SELECT indrelid, indkey, generate_subscripts(indkey, 1) idx FROM pg_index WHERE indrelid = '\"$t\"'::regclass AND indisprimary) i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[i.idx] ORDER BY i.idx;"
  done
  cat <<'EOF2'
\endif
\set booted 1
\endif
EOF2
}

# current_user (Devise, from the session) and the navbar's unread badge.
current_user() {
  cat <<'EOF2'
SELECT "users".* FROM "users" WHERE "users"."id" = :uid LIMIT :one;
SELECT 1 AS one FROM "notifications" WHERE "notifications"."user_id" = :uid AND "notifications"."read_at" IS NULL LIMIT :one;
EOF2
}

# Member profile: the member, their 10 latest posts (tags preloaded), then the
# post card partial per post: post.likes.count and post.comments. A member's
# post ids are consecutive: the 10 listed are the oldest one listed (the last
# row) and the 9 after it; the page renders newest first.
{
  boot
  echo '\set uid random(1, 6000)'
  echo '\set member random(1, 2000)'
  current_user
  echo 'SELECT "users".* FROM "users" WHERE "users"."id" = :member LIMIT :one;'
  echo 'SELECT "posts".* FROM "posts" WHERE "posts"."user_id" = :member ORDER BY "posts"."created_at" DESC LIMIT :ten'
  echo '\aset p_'
  for k in $(seq 0 9); do echo "\\set q$k :p_id + $k"; done
  echo 'SELECT "taggings".* FROM "taggings" WHERE "taggings"."taggable_type" = :ptype AND "taggings"."taggable_id" IN (:q9, :q8, :q7, :q6, :q5, :q4, :q3, :q2, :q1, :q0);'
  for k in 1 2 3 4 5; do echo "\\set t$k random(1, 800)"; done
  echo 'SELECT "tags".* FROM "tags" WHERE "tags"."id" IN (:t1, :t2, :t3, :t4, :t5);'
  for k in $(seq 9 -1 0); do
    echo 'SELECT COUNT(*) FROM "likes" WHERE "likes"."post_id" = :q'$k';'
    echo 'SELECT "comments".* FROM "comments" WHERE "comments"."commentable_id" = :q'$k' AND "comments"."commentable_type" = :ptype;'
  done
} > "$tmp/profile.sql"

# Post page: the post, its author, its like count, "did I like it", its
# comments with their authors preloaded.
{
  boot
  echo '\set uid random(1, 6000)'
  echo '\set pid random(1, :nact)'
  current_user
  echo 'SELECT "posts".* FROM "posts" WHERE "posts"."id" = :pid LIMIT :one'
  echo '\gset po_'
  echo 'SELECT "users".* FROM "users" WHERE "users"."id" = :po_user_id LIMIT :one;'
  echo 'SELECT COUNT(*) FROM "likes" WHERE "likes"."post_id" = :pid;'
  echo 'SELECT 1 AS one FROM "likes" WHERE "likes"."user_id" = :uid AND "likes"."post_id" = :pid LIMIT :one;'
  echo 'SELECT "comments".* FROM "comments" WHERE "comments"."commentable_id" = :pid AND "comments"."commentable_type" = :ptype ORDER BY "comments"."created_at" ASC;'
  for k in 1 2 3 4; do echo "\\set a$k random(1, 6000)"; done
  echo 'SELECT "users".* FROM "users" WHERE "users"."id" IN (:a1, :a2, :a3, :a4);'
} > "$tmp/post.sql"

# Photo page: the photo, its author, its tags, its comments (authors preloaded).
{
  boot
  echo '\set uid random(1, 6000)'
  echo '\set phid random(1, 20000)'
  current_user
  echo 'SELECT "photos".* FROM "photos" WHERE "photos"."id" = :phid LIMIT :one'
  echo '\gset ph_'
  echo 'SELECT "users".* FROM "users" WHERE "users"."id" = :ph_user_id LIMIT :one;'
  echo 'SELECT "tags".* FROM "tags" INNER JOIN "taggings" ON "tags"."id" = "taggings"."tag_id" WHERE "taggings"."taggable_id" = :phid AND "taggings"."taggable_type" = :phtype;'
  echo 'SELECT "comments".* FROM "comments" WHERE "comments"."commentable_id" = :phid AND "comments"."commentable_type" = :phtype;'
  for k in 1 2 3; do echo "\\set a$k random(1, 6000)"; done
  echo 'SELECT "users".* FROM "users" WHERE "users"."id" IN (:a1, :a2, :a3);'
} > "$tmp/photo.sql"

# Like: Like.transaction { Like.create_or_find_by!(...) (a savepoint, with the
# uniqueness validation's exists? check); Notification.create! }, then the
# button is re-rendered with the new count. Likes come from this week's
# sign-ups, who have liked nothing yet.
{
  boot
  echo '\set uid random(6001, 6400)'
  echo '\set pid random(1, :nact)'
  current_user
  echo 'SELECT "posts".* FROM "posts" WHERE "posts"."id" = :pid LIMIT :one'
  echo '\gset po_'
  echo 'BEGIN;'
  echo 'SAVEPOINT active_record_1;'
  echo 'SELECT 1 AS one FROM "likes" WHERE "likes"."user_id" = :uid AND "likes"."post_id" = :pid LIMIT :one;'
  echo 'INSERT INTO "likes" ("post_id", "user_id", "created_at", "updated_at") VALUES (:pid, :uid, :ts, :ts) RETURNING "id";'
  echo 'RELEASE SAVEPOINT active_record_1;'
  echo 'INSERT INTO "notifications" ("user_id", "kind", "payload", "created_at", "updated_at") VALUES (:po_user_id, :kind_like, :payload, :ts, :ts) RETURNING "id";'
  echo 'COMMIT;'
  echo 'SELECT COUNT(*) FROM "likes" WHERE "likes"."post_id" = :pid;'
} > "$tmp/like.sql"

# Comment: created in a nested transaction (savepoint), the post touched,
# the author notified.
{
  boot
  echo '\set uid random(1, 6000)'
  echo '\set pid random(1, :nact)'
  current_user
  echo 'SELECT "posts".* FROM "posts" WHERE "posts"."id" = :pid LIMIT :one'
  echo '\gset po_'
  echo 'BEGIN;'
  echo 'SAVEPOINT active_record_1;'
  echo 'INSERT INTO "comments" ("commentable_type", "commentable_id", "user_id", "body", "created_at", "updated_at") VALUES (:ptype, :pid, :uid, :body, :ts, :ts) RETURNING "id";'
  echo 'UPDATE "posts" SET "updated_at" = :ts WHERE "posts"."id" = :pid;'
  echo 'RELEASE SAVEPOINT active_record_1;'
  echo 'INSERT INTO "notifications" ("user_id", "kind", "payload", "created_at", "updated_at") VALUES (:po_user_id, :kind_comment, :payload, :ts, :ts) RETURNING "id";'
  echo 'COMMIT;'
} > "$tmp/comment.sql"

# A member deletes an old post: dependent: :delete_all on likes, comments and
# taggings, then the post (whose foreign key check scans likes again).
{
  boot
  echo '\set uid random(2001, 6000)'
  echo "\\set pid random($((nact + 1)), $nmax)"
  current_user
  echo 'SELECT "posts".* FROM "posts" WHERE "posts"."id" = :pid LIMIT :one;'
  echo 'BEGIN;'
  echo 'DELETE FROM "likes" WHERE "likes"."post_id" = :pid;'
  echo 'DELETE FROM "comments" WHERE "comments"."commentable_id" = :pid AND "comments"."commentable_type" = :ptype;'
  echo 'DELETE FROM "taggings" WHERE "taggings"."taggable_id" = :pid AND "taggings"."taggable_type" = :ptype;'
  echo 'DELETE FROM "posts" WHERE "posts"."id" = :pid;'
  echo 'COMMIT;'
} > "$tmp/destroy.sql"

scenario_mark

PGAPPNAME=makerhub-web $PGBENCH -n -c 4 -j 2 -t 115 -M prepared -U makerhub \
  -D booted=0 -D one=1 -D ten=10 -D ptype=Post -D phtype=Photo -D envkey=environment \
  -D kind_like=like -D kind_comment=comment -D 'payload={"via":"web"}' \
  -D ts=2025-03-11T14:22:05.318422 -D 'body=Great build, thanks for sharing the plans!' \
  -D nact="$nact" \
  -f "$tmp/profile.sql@40" -f "$tmp/post.sql@30" -f "$tmp/photo.sql@10" \
  -f "$tmp/like.sql@11" -f "$tmp/comment.sql@8" -f "$tmp/destroy.sql@1" \
  makerhub_production >/dev/null

scenario_capture makerhub_production
