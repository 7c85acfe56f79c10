#!/usr/bin/env bash
# Taskboard API on Sequelize 6 (pg driver, extended protocol, pool of 4):
# quoted camelCase tables, no foreign keys on "Tasks"."projectId" and
# "TaskEvents"."taskId", no index on "TaskEvents"."taskId" (~500k rows). The
# board fetches each task's last events one query per task (a sequential scan
# each); a health probe runs SELECT 1+1 every 500 ms on its own connection.
source "$(dirname "$0")/../lib.sh"

scenario_start

quiet_psql >/dev/null <<'SQL'
CREATE ROLE taskboard LOGIN;
CREATE DATABASE taskboard OWNER taskboard;
SQL

# The tables as the team's hand-written Sequelize migrations created them.
quiet_psql -d taskboard >/dev/null <<'SQL'
SET ROLE taskboard;
CREATE TABLE "SequelizeMeta" ("name" VARCHAR(255) NOT NULL UNIQUE PRIMARY KEY);
CREATE TABLE "Users" (
  "id" SERIAL PRIMARY KEY,
  "email" VARCHAR(255) NOT NULL UNIQUE,
  "name" VARCHAR(255) NOT NULL,
  "passwordHash" VARCHAR(255) NOT NULL,
  "role" VARCHAR(255) NOT NULL DEFAULT 'member',
  "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL,
  "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE TABLE "Projects" (
  "id" SERIAL PRIMARY KEY,
  "name" VARCHAR(255) NOT NULL,
  "ownerId" INTEGER NOT NULL REFERENCES "Users" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
  "archived" BOOLEAN NOT NULL DEFAULT false,
  "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL,
  "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX "projects_owner_id" ON "Projects" ("ownerId");
CREATE TYPE "public"."enum_Tasks_status" AS ENUM('todo', 'doing', 'review', 'done');
-- "projectId" was declared as a plain INTEGER: the migration forgot references:
CREATE TABLE "Tasks" (
  "id" SERIAL PRIMARY KEY,
  "projectId" INTEGER NOT NULL,
  "assigneeId" INTEGER REFERENCES "Users" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
  "title" VARCHAR(255) NOT NULL,
  "description" TEXT,
  "status" "public"."enum_Tasks_status" NOT NULL DEFAULT 'todo',
  "position" INTEGER NOT NULL DEFAULT 0,
  "dueAt" TIMESTAMP WITH TIME ZONE,
  "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL,
  "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX "tasks_project_id" ON "Tasks" ("projectId");
CREATE INDEX "tasks_assignee_id" ON "Tasks" ("assigneeId");
-- Neither references: nor addIndex for "taskId".
CREATE TABLE "TaskEvents" (
  "id" SERIAL PRIMARY KEY,
  "taskId" INTEGER NOT NULL,
  "kind" VARCHAR(255) NOT NULL,
  "payload" JSONB,
  "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL,
  "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL
);

INSERT INTO "SequelizeMeta" ("name")
SELECT to_char(timestamp '2023-02-01' + g * interval '11 days 5 hours', 'YYYYMMDDHH24MISS') || '-' ||
       (ARRAY['create-users','create-projects','create-tasks','create-task-events','add-due-at','add-archived',
              'add-position','add-role'])[1 + g % 8] || '.js'
FROM generate_series(1, 23) g;
INSERT INTO "Users" ("email", "name", "passwordHash", "role", "createdAt", "updatedAt")
SELECT lower(f) || '.' || lower(l) || g || '@' || d, f || ' ' || l,
       '$2b$10$' || md5(g::text) || md5((g * 7)::text), CASE WHEN g % 25 = 0 THEN 'admin' ELSE 'member' END,
       timestamptz '2023-02-01' + g * interval '3 hours', timestamptz '2023-02-01' + g * interval '3 hours'
FROM generate_series(1, 3000) g,
     LATERAL (SELECT (ARRAY['Lucía','Mateo','Valentina','Santiago','Camila','Diego','Martina','Joaquín','Sofía','Tomás'])[1 + g % 10] AS f,
                     (ARRAY['García','Fernández','López','Martínez','González','Rodríguez','Pérez','Sánchez'])[1 + (g / 10) % 8] AS l,
                     (ARRAY['agencia.com','estudio.io','gmail.com','outlook.com'])[1 + g % 4] AS d) n;
INSERT INTO "Projects" ("name", "ownerId", "archived", "createdAt", "updatedAt")
SELECT (ARRAY['Website redesign','Mobile app','Q3 campaign','Brand refresh','Onboarding flow','Data migration'])[1 + g % 6] || ' #' || g,
       1 + (g * 7) % 3000, g % 11 = 0,
       timestamptz '2023-03-01' + g * interval '14 hours', timestamptz '2024-06-01' + g * interval '5 hours'
FROM generate_series(1, 1200) g;
-- A project's tasks were created together, in board order: the ids of project
-- p are (p - 1) * 25 + 1, + 2, ... (the gaps are tasks deleted since).
INSERT INTO "Tasks" ("id", "projectId", "assigneeId", "title", "description", "status", "position", "dueAt", "createdAt", "updatedAt")
SELECT (p - 1) * 25 + k, p, CASE WHEN k % 5 = 0 THEN NULL ELSE 1 + (p * 31 + k * 17) % 3000 END,
       (ARRAY['Wireframes','Copy review','API endpoint','QA pass','Deploy','Client feedback','Fix layout bug'])[1 + (p + k) % 7] || ' ' || k,
       'Details for task ' || k || ' of project ' || p,
       (ARRAY['todo','doing','review','done','done'])[1 + (p * k) % 5]::"enum_Tasks_status", k * 1000,
       timestamptz '2025-01-01' + ((p * 13 + k * 3) % 200) * interval '1 day',
       timestamptz '2023-03-01' + p * interval '14 hours', timestamptz '2024-06-01' + (p + k) * interval '2 hours'
FROM (SELECT p, 4 + (p * 7) % 22 AS n FROM generate_series(1, 1200) p) ps, LATERAL generate_series(1, ps.n) k;
SELECT setval('"Tasks_id_seq"', (SELECT max("id") FROM "Tasks"));
-- Events are appended as they happen: all tasks' histories interleaved in time.
INSERT INTO "TaskEvents" ("taskId", "kind", "payload", "createdAt", "updatedAt")
SELECT t, kind, payload, at, at FROM (
  SELECT t."id" AS t,
         (ARRAY['created','moved','assigned','commented','due_changed','commented','moved'])[CASE WHEN e = 1 THEN 1 ELSE 2 + (t."id" + e) % 6 END] AS kind,
         jsonb_build_object('by', 1 + (t."id" * 3 + e) % 3000, 'seq', e) AS payload,
         t."createdAt" + e * interval '7 hours' + (t."id" % 97) * interval '1 minute' AS at
  FROM "Tasks" t, LATERAL generate_series(1, 5 + (t."id" * 13) % 50) e
) ev ORDER BY at;
RESET ROLE;
VACUUM ANALYZE;
SQL
quiet_psql -d taskboard -c "SELECT pg_stat_reset()" >/dev/null

# What a new pool connection runs; the first one also loads the type parsers
# and the enums and runs authenticate().
boot() {
  cat <<'EOF2'
\if :booted = 0
SET client_min_messages TO warning;
SET TIME ZONE INTERVAL '+00:00' HOUR TO MINUTE;
\if :client_id = 0
SELECT typname, typtype, oid, typarray FROM pg_type WHERE (typtype = 'b' AND typname IN ('hstore', 'geometry', 'geography')) OR (typtype = 'r' AND typname IN ('tsrange', 'tstzrange', 'int4range', 'int8range', 'numrange', 'daterange'));
SELECT t.typname enum_name, array_agg(e.enumlabel ORDER BY enumsortorder) enum_value FROM pg_type t JOIN pg_enum e ON t.oid = e.enumtypid JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public' GROUP BY 1;
SELECT 1+1 AS result;
\endif
\set booted 1
\endif
EOF2
}

auth() {
  echo 'SELECT "id", "email", "name", "role" FROM "Users" AS "User" WHERE "User"."id" = :uid;'
}

# Board: the project, findAndCountAll of its tasks (count, then the list with
# the assignee), then each card's last 5 events, one query per task, in board
# order.
{
  boot
  echo '\set uid random(1, 3000)'
  echo '\set pid random(1, 1200)'
  auth
  echo 'SELECT "id", "name", "ownerId", "archived", "createdAt", "updatedAt" FROM "Projects" AS "Project" WHERE "Project"."id" = :pid;'
  echo 'SELECT count("Task"."id") AS "count" FROM "Tasks" AS "Task" WHERE "Task"."projectId" = :pid'
  echo '\gset tc_'
  echo 'SELECT "Task"."id", "Task"."title", "Task"."status", "Task"."position", "Task"."dueAt", "assignee"."id" AS "assignee.id", "assignee"."name" AS "assignee.name" FROM "Tasks" AS "Task" LEFT OUTER JOIN "Users" AS "assignee" ON "Task"."assigneeId" = "assignee"."id" WHERE "Task"."projectId" = :pid ORDER BY "Task"."position" ASC LIMIT 50;'
  for i in $(seq 0 24); do
    echo "\\if :tc_count > $i"
    echo "\\set tid (:pid - 1) * 25 + $((i + 1))"
    echo 'SELECT "id", "kind", "createdAt" FROM "TaskEvents" AS "TaskEvent" WHERE "TaskEvent"."taskId" = :tid ORDER BY "TaskEvent"."createdAt" DESC LIMIT 5;'
    echo '\endif'
  done
} > "$tmp/board.sql"

# Task detail: the task with its project, its last 50 events.
{
  boot
  echo '\set uid random(1, 3000)'
  echo '\set tp random(1, 1200)'
  echo '\set tid (:tp - 1) * 25 + random(1, 4)'
  auth
  echo 'SELECT "Task"."id", "Task"."projectId", "Task"."assigneeId", "Task"."title", "Task"."description", "Task"."status", "Task"."position", "Task"."dueAt", "Task"."createdAt", "Task"."updatedAt", "project"."id" AS "project.id", "project"."name" AS "project.name" FROM "Tasks" AS "Task" INNER JOIN "Projects" AS "project" ON "Task"."projectId" = "project"."id" WHERE "Task"."id" = :tid;'
  echo 'SELECT "id", "kind", "payload", "createdAt" FROM "TaskEvents" AS "TaskEvent" WHERE "TaskEvent"."taskId" = :tid ORDER BY "TaskEvent"."createdAt" DESC LIMIT 50;'
} > "$tmp/task.sql"

# Move a task: a managed transaction, update then append an event.
{
  boot
  echo '\set uid random(1, 3000)'
  echo '\set tp random(1, 1200)'
  echo '\set tid (:tp - 1) * 25 + random(1, 4)'
  auth
  echo 'START TRANSACTION;'
  echo 'SELECT "id", "projectId", "status", "position" FROM "Tasks" AS "Task" WHERE "Task"."id" = :tid;'
  echo 'UPDATE "Tasks" SET "status"=:status,"updatedAt"=:ts WHERE "id" = :tid;'
  echo 'INSERT INTO "TaskEvents" ("id","taskId","kind","payload","createdAt","updatedAt") VALUES (DEFAULT,:tid,:kind,:payload,:ts,:ts) RETURNING "id","taskId","kind","payload","createdAt","updatedAt";'
  echo 'COMMIT;'
} > "$tmp/move.sql"

# My projects, and my tasks by status.
{
  boot
  echo '\set uid random(1, 3000)'
  auth
  echo 'SELECT "id", "name", "ownerId", "archived", "createdAt", "updatedAt" FROM "Projects" AS "Project" WHERE "Project"."ownerId" = :uid AND "Project"."archived" = false ORDER BY "Project"."updatedAt" DESC;'
  echo 'SELECT "status", count("id") AS "count" FROM "Tasks" AS "Task" WHERE "Task"."assigneeId" = :uid GROUP BY "status";'
} > "$tmp/projects.sql"

echo 'SELECT 1+1 AS result;' > "$tmp/health.sql"

scenario_mark

# The probe every 500 ms, on the health handler's own connection.
PGAPPNAME=taskboard-api $PGBENCH -n -c 1 -j 1 -R 2 -t 130 -M extended -U taskboard -f "$tmp/health.sql" taskboard >/dev/null 2>&1 &
health=$!
PGAPPNAME=taskboard-api $PGBENCH -n -c 4 -j 2 -t 60 -M extended -U taskboard \
  -D booted=0 -D status=review -D kind=moved -D 'payload={"from":"doing","to":"review"}' \
  -D 'ts=2025-03-11 14:22:05.318 +00:00' \
  -f "$tmp/board.sql@45" -f "$tmp/task.sql@20" -f "$tmp/move.sql@15" -f "$tmp/projects.sql@20" \
  taskboard >/dev/null
wait "$health"

scenario_capture taskboard
