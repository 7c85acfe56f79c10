#!/usr/bin/env bash
# Online-course platform (Argentina/México), a Java/Spring service with
# Hibernate behind HikariCP: pgjdbc sends every statement with bind parameters
# over the extended protocol. Each course's forum page lists its 25 latest
# threads and then counts every thread's answers one query per thread; the catalogue lists 20 courses
# and counts each one's active enrollments (and their mean progress) one query
# per course; an instructor analytics page re-runs the same heavy 3-table
# aggregate every few seconds; a trickle of forum answers, progress updates and
# enrollments; HikariCP's SELECT 1 and Spring Security's remember-me login.
source "$(dirname "$0")/../lib.sh"

# A 2-vCPU database server: parallel query is off.
scenario_start "work_mem = '64MB'
max_parallel_workers_per_gather = 0"

quiet_psql >/dev/null <<'SQL'
CREATE TABLE categorias (
  id     smallint PRIMARY KEY,
  nombre text NOT NULL
);
CREATE TABLE cursos (
  id           integer PRIMARY KEY,
  categoria_id smallint NOT NULL,
  titulo       text NOT NULL,
  instructor   text NOT NULL,
  nivel        text NOT NULL,
  descripcion  text NOT NULL,
  precio       numeric(10,2) NOT NULL,
  moneda       char(3) NOT NULL,
  publicado    boolean NOT NULL DEFAULT true,
  creado_en    timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE alumnos (
  id            integer PRIMARY KEY,
  nombre        text NOT NULL,
  apellido      text NOT NULL,
  email         text NOT NULL,
  hash_clave    text NOT NULL,
  pais          char(2) NOT NULL,
  ciudad        text,
  creado_en     timestamptz NOT NULL DEFAULT now(),
  ultimo_acceso timestamptz
);
-- Spring Security's remember-me token store (its own DDL, kept as shipped).
CREATE TABLE persistent_logins (
  username  varchar(64) NOT NULL,
  series    varchar(64) PRIMARY KEY,
  token     varchar(64) NOT NULL,
  last_used timestamp NOT NULL
);
CREATE TABLE lecciones (
  id           integer PRIMARY KEY,
  curso_id     integer NOT NULL,
  orden        smallint NOT NULL,
  titulo       text NOT NULL,
  duracion_min smallint NOT NULL
);
CREATE TABLE inscripciones (
  id             bigserial PRIMARY KEY,
  alumno_id      integer NOT NULL,
  curso_id       integer NOT NULL,
  progreso       numeric(5,2) NOT NULL DEFAULT 0,
  estado         text NOT NULL DEFAULT 'activa',
  medio_pago     text NOT NULL,
  monto_pagado   numeric(10,2) NOT NULL,
  moneda         char(3) NOT NULL,
  codigo_cupon   text,
  datos_pago     jsonb,
  certificado_url text,
  creado_en      timestamptz NOT NULL DEFAULT now(),
  actualizado_en timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE calificaciones (
  id             bigserial PRIMARY KEY,
  inscripcion_id bigint NOT NULL,
  leccion_id     integer NOT NULL,
  nota           numeric(4,2) NOT NULL,
  creado_en      timestamptz NOT NULL
);
CREATE TABLE foro_hilos (
  id        integer PRIMARY KEY,
  curso_id  integer NOT NULL,
  alumno_id integer NOT NULL,
  titulo    text NOT NULL,
  cuerpo    text NOT NULL,
  creado_en timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE foro_respuestas (
  id        bigserial PRIMARY KEY,
  hilo_id   integer NOT NULL,
  alumno_id integer NOT NULL,
  cuerpo    text NOT NULL,
  votos     integer NOT NULL DEFAULT 0,
  creado_en timestamptz NOT NULL DEFAULT now()
);

SELECT setseed(0.42);
INSERT INTO categorias (id, nombre)
SELECT g, (ARRAY['Programación','Diseño','Marketing digital','Finanzas personales','Idiomas','Fotografía','Música',
                 'Ciencia de datos','Negocios','Salud y bienestar','Cocina','Desarrollo personal','Matemática',
                 'Docencia','Contabilidad'])[g]
FROM generate_series(1, 15) g;
-- 15 categories of 100 courses; within a category, newer courses have lower ids.
INSERT INTO cursos (id, categoria_id, titulo, instructor, nivel, descripcion, precio, moneda, creado_en)
SELECT g, 1 + (g - 1) / 100,
       (ARRAY['Introducción a','Curso completo de','Taller de','Masterclass de','Fundamentos de','Práctica avanzada de'])[1 + g % 6]
         || ' ' || (ARRAY['Python','Excel','Illustrator','SEO','inversiones','inglés','fotografía de producto','guitarra',
                          'SQL','emprendimiento','yoga','pastelería','oratoria','álgebra','didáctica','impuestos'])[1 + g % 16]
         || ' ' || g,
       (ARRAY['Lucía','Martín','Sofía','Diego','Valentina','Javier','Camila','Andrés','Florencia','Ricardo'])[1 + g % 10] || ' '
         || (ARRAY['González','Hernández','Rodríguez','López','Fernández','Martínez','Pérez','García'])[1 + g % 8],
       (ARRAY['inicial','intermedio','avanzado'])[1 + g % 3],
       repeat('Aprendé paso a paso con ejercicios prácticos, proyectos reales y acompañamiento del docente. ', 3),
       (ARRAY[9900, 14900, 24900, 499, 799, 1299])[1 + g % 6], CASE WHEN g % 2 = 0 THEN 'ARS' ELSE 'MXN' END,
       now() - g * interval '19 hours'
FROM generate_series(1, 1500) g;
INSERT INTO alumnos (id, nombre, apellido, email, hash_clave, pais, ciudad, creado_en, ultimo_acceso)
SELECT g, (ARRAY['María','José','Ana','Luis','Carmen','Juan','Laura','Carlos','Paula','Miguel','Daniela','Jorge'])[1 + g % 12],
       (ARRAY['Gómez','Díaz','Torres','Ramírez','Flores','Sánchez','Romero','Álvarez','Ruiz','Castro'])[1 + (g / 12) % 10],
       'alumno' || g || '@correo.example.com', '$2a$10$' || md5('clave' || g) || md5(g::text),
       CASE WHEN g % 5 < 3 THEN 'AR' ELSE 'MX' END,
       CASE WHEN g % 5 < 3 THEN (ARRAY['Buenos Aires','Córdoba','Rosario','Mendoza','La Plata'])[1 + g % 5]
            ELSE (ARRAY['CDMX','Guadalajara','Monterrey','Puebla','Querétaro'])[1 + g % 5] END,
       now() - (50000 - g) * interval '15 minutes' - interval '30 days', now() - (g % 60) * interval '1 day'
FROM generate_series(1, 50000) g;
INSERT INTO persistent_logins (username, series, token, last_used)
SELECT 'alumno' || g || '@correo.example.com', (1000000 + g)::text, md5('token' || g), now() - (g % 30) * interval '1 day'
FROM generate_series(1, 50000) g;
INSERT INTO lecciones (id, curso_id, orden, titulo, duracion_min)
SELECT g, 1 + (g - 1) / 20, 1 + (g - 1) % 20, 'Lección ' || (1 + (g - 1) % 20), 5 + g % 40
FROM generate_series(1, 30000) g;
-- Every student took 8 courses (about 267 students per course on average):
-- three in the popular categories 1-3 (programming, design, marketing: ~500
-- students per course), five elsewhere (~210). A student's enrollments are
-- stored together, so one course's are spread over the whole table.
INSERT INTO inscripciones (alumno_id, curso_id, progreso, estado, medio_pago, monto_pagado, moneda, codigo_cupon,
                           datos_pago, certificado_url, creado_en, actualizado_en)
SELECT a, c, CASE WHEN e = 'completada' THEN 100 ELSE round((random() * 99)::numeric, 2) END, e,
       (ARRAY['mercadopago','tarjeta','oxxo','transferencia'])[1 + (a + k) % 4], 499 + (a * 7 + k * 131) % 24000,
       CASE WHEN a % 5 < 3 THEN 'ARS' ELSE 'MXN' END, CASE WHEN (a + k) % 9 = 0 THEN 'PROMO' || (a % 50) END,
       jsonb_build_object('id', 50000000000 + a * 8 + k, 'status', 'approved', 'status_detail', 'accredited',
                          'payment_method_id', (ARRAY['visa','master','amex','oxxo'])[1 + (a + k) % 4],
                          'installments', 1 + (a + k) % 6, 'transaction_amount', 499 + (a * 7 + k * 131) % 24000,
                          'payer_email', 'alumno' || a || '@correo.example.com'),
       CASE WHEN e = 'completada' THEN 'https://certificados.example.com/c/' || md5(a::text || '-' || c) || '.pdf' END,
       t, t + interval '3 days'
FROM (SELECT a, k, CASE WHEN k < 3 THEN 1 + (a * 613 + k * 187) % 300 ELSE 301 + (a * 613 + k * 187) % 1200 END AS c,
             CASE WHEN (a * 31 + k * 7) % 20 < 13 THEN 'activa' WHEN (a * 31 + k * 7) % 20 < 18 THEN 'completada'
                  ELSE 'cancelada' END AS e,
             now() - ((a * 97 + k * 3301) % 400) * interval '1 day' - (a % 1440) * interval '1 minute' AS t
      FROM (SELECT 1 + (g - 1) / 8 AS a, (g - 1) % 8 AS k FROM generate_series(1, 400000) g) ak) s;
-- Three graded assignments per enrollment, over the 14 months since it started.
INSERT INTO calificaciones (inscripcion_id, leccion_id, nota, creado_en)
SELECT i.id, (i.curso_id - 1) * 20 + 1 + (q * 7 + i.id::int) % 20, round((3 + random() * 7)::numeric, 2),
       least(now() - interval '1 hour', i.creado_en + q * interval '11 days')
FROM inscripciones i, generate_series(1, 3) q
ORDER BY i.creado_en, q;
-- 25 to 55 threads per course (about 60 000); a course's threads have consecutive ids, oldest first.
INSERT INTO foro_hilos (id, curso_id, alumno_id, titulo, cuerpo, creado_en)
SELECT row_number() OVER (ORDER BY c, k), c, 1 + (c * 7919 + k * 104729) % 50000,
       (ARRAY['Duda con el ejercicio','No me carga el video de la','Consulta sobre la entrega de la','Error en el código de la',
              'Material extra para la'])[1 + (c + k) % 5] || ' lección ' || (1 + k % 20),
       'Hola a todos, tengo una consulta sobre la lección ' || (1 + k % 20) || '. ¿Alguien pudo resolverlo?',
       now() - (n - k + 1) * interval '5 days' - (c % 100) * interval '7 minutes'
FROM (SELECT c, 25 + (c * 7) % 31 AS n FROM generate_series(1, 1500) c) cs, LATERAL generate_series(1, cs.n) k;
-- 900 000 answers over the last ~7 months, in the order they were posted.
INSERT INTO foro_respuestas (hilo_id, alumno_id, cuerpo, votos, creado_en)
SELECT 1 + (g::bigint * 7919) % (SELECT count(*) FROM foro_hilos), 1 + (g::bigint * 104729) % 50000,
       (ARRAY['Gracias, me sirvió mucho la explicación.','A mí me pasó lo mismo, lo resolví reiniciando el entorno.',
              'Revisá la lección anterior, ahí está explicado con un ejemplo.','¿Podés compartir el código completo?',
              'Buenísimo el aporte, che.','Órale, ya me quedó, gracias.'])[1 + g % 6] || ' (' || g || ')',
       (g * 13) % 17, now() - (900000 - g) * interval '20 seconds'
FROM generate_series(1, 900000) g;
SELECT setval('foro_respuestas_id_seq', (SELECT max(id) FROM foro_respuestas));

CREATE UNIQUE INDEX alumnos_email_key ON alumnos (email);
CREATE INDEX cursos_categoria_id_idx ON cursos (categoria_id);
CREATE INDEX lecciones_curso_id_idx ON lecciones (curso_id);
CREATE INDEX inscripciones_alumno_id_idx ON inscripciones (alumno_id);
CREATE INDEX inscripciones_curso_id_idx ON inscripciones (curso_id);
CREATE INDEX calificaciones_inscripcion_id_idx ON calificaciones (inscripcion_id);
CREATE INDEX calificaciones_leccion_id_idx ON calificaciones (leccion_id);
CREATE INDEX foro_hilos_curso_id_idx ON foro_hilos (curso_id);
CREATE INDEX foro_hilos_alumno_id_idx ON foro_hilos (alumno_id);
CREATE INDEX foro_respuestas_hilo_id_idx ON foro_respuestas (hilo_id);
CREATE INDEX foro_respuestas_alumno_id_idx ON foro_respuestas (alumno_id);
ALTER TABLE cursos ADD FOREIGN KEY (categoria_id) REFERENCES categorias (id);
ALTER TABLE lecciones ADD FOREIGN KEY (curso_id) REFERENCES cursos (id);
ALTER TABLE inscripciones ADD FOREIGN KEY (alumno_id) REFERENCES alumnos (id);
ALTER TABLE inscripciones ADD FOREIGN KEY (curso_id) REFERENCES cursos (id);
ALTER TABLE calificaciones ADD FOREIGN KEY (inscripcion_id) REFERENCES inscripciones (id);
ALTER TABLE calificaciones ADD FOREIGN KEY (leccion_id) REFERENCES lecciones (id);
ALTER TABLE foro_hilos ADD FOREIGN KEY (curso_id) REFERENCES cursos (id);
ALTER TABLE foro_hilos ADD FOREIGN KEY (alumno_id) REFERENCES alumnos (id);
ALTER TABLE foro_respuestas ADD FOREIGN KEY (hilo_id) REFERENCES foro_hilos (id);
ALTER TABLE foro_respuestas ADD FOREIGN KEY (alumno_id) REFERENCES alumnos (id);
SQL
quiet_psql -c "VACUUM ANALYZE" -c "SELECT pg_stat_reset()" -c "SELECT pg_stat_statements_reset()" >/dev/null
nhilos=$(quiet_psql -At -c "SELECT count(*) FROM foro_hilos")
ninsc=$(quiet_psql -At -c "SELECT max(id) FROM inscripciones")

w=$tmp/work
mkdir -p "$w"

# Forum page of a course: HikariCP's test query, the student (cached id from the
# HTTP session), the course, its 25 latest threads, then each thread's answer
# count and last activity, one repository call per thread. A course's threads
# have consecutive ids, so the 25 listed are the last row's id and the 24 after it.
{
  echo '\set curso random_zipfian(1, 1500, 1.05)'
  echo '\set alumno random(1, 50000)'
  echo '\set lim 25'
  echo 'SELECT 1;'
  echo 'select a1_0.id,a1_0.apellido,a1_0.ciudad,a1_0.email,a1_0.nombre,a1_0.pais from alumnos a1_0 where a1_0.id=:alumno;'
  echo 'select c1_0.id,c1_0.categoria_id,c1_0.instructor,c1_0.nivel,c1_0.precio,c1_0.moneda,c1_0.titulo from cursos c1_0 where c1_0.id=:curso;'
  echo 'select h1_0.id,h1_0.alumno_id,h1_0.creado_en,h1_0.curso_id,h1_0.titulo from foro_hilos h1_0 where h1_0.curso_id=:curso order by h1_0.creado_en desc fetch first :lim rows only'
  echo '\aset h_'
  for k in $(seq 24 -1 0); do
    echo "\\set hilo :h_id + $k"
    echo 'select count(*),max(r1_0.creado_en) from foro_respuestas r1_0 where r1_0.hilo_id=:hilo;'
  done
  echo '\sleep 1100 ms'
} > "$w/foro.sql"

# Course catalogue: 20 courses of a category, newest first (a category's newer
# courses have lower ids), then each course's active students and mean progress.
{
  echo '\set cat random_zipfian(1, 15, 1.5)'
  echo '\set off random(0, 4) * 20'
  echo '\set lim 20'
  echo 'SELECT 1;'
  echo 'select c1_0.id,c1_0.categoria_id,c1_0.creado_en,c1_0.instructor,c1_0.nivel,c1_0.precio,c1_0.moneda,c1_0.titulo from cursos c1_0 where c1_0.categoria_id=:cat and c1_0.publicado order by c1_0.creado_en desc offset :off rows fetch first :lim rows only'
  echo '\aset c_'
  for k in $(seq 19 -1 0); do
    echo "\\set curso :c_id - $k"
    echo "select count(*),avg(i1_0.progreso) from inscripciones i1_0 where i1_0.curso_id=:curso and i1_0.estado='activa';"
  done
  echo '\sleep 900 ms'
} > "$w/catalogo.sql"

# Instructor analytics page (native query, no parameters): grades and progress
# per course and month over the last year.
cat > "$w/analitica.sql" <<'SQL'
SELECT 1;
SELECT c.id AS curso_id, c.titulo, c.instructor, date_trunc('month', ca.creado_en) AS mes, count(*) AS evaluaciones, round(avg(ca.nota), 2) AS nota_media, sum(CASE WHEN ca.nota >= 6 THEN 1 ELSE 0 END) AS aprobadas, round(avg(i.progreso), 1) AS progreso_medio FROM inscripciones i JOIN cursos c ON c.id = i.curso_id JOIN calificaciones ca ON ca.inscripcion_id = i.id WHERE i.estado <> 'cancelada' AND ca.creado_en >= date_trunc('month', now()) - interval '12 months' GROUP BY c.id, c.titulo, c.instructor, date_trunc('month', ca.creado_en) ORDER BY c.titulo, mes;
\sleep 1200 ms
SQL

# Remember-me login: Spring Security reads the token series, loads the student
# by e-mail and rotates the token.
cat > "$w/login.sql" <<'SQL'
\set serie random(1000001, 1050000)
\set token random(1, 2000000000)
SELECT 1;
select username,series,token,last_used from persistent_logins where series = :serie
\gset p_
select a1_0.id,a1_0.apellido,a1_0.ciudad,a1_0.email,a1_0.hash_clave,a1_0.nombre,a1_0.pais from alumnos a1_0 where a1_0.email=:p_username;
update persistent_logins set token = :token, last_used = now() where series = :serie;
\sleep 1500 ms
SQL

# New forum answers, a few per second.
cat > "$w/respuesta.sql" <<SQL
\\set hilo random(1, $nhilos)
\\set alumno random(1, 50000)
\\set cero 0
SELECT 1;
insert into foro_respuestas (alumno_id,creado_en,cuerpo,hilo_id,votos) values (:alumno,now(),:cuerpo,:hilo,:cero) RETURNING "id";
\\sleep 300 ms
SQL

# Lesson completed: the enrollment is loaded and its progress saved.
cat > "$w/progreso.sql" <<SQL
\\set insc random(1, $ninsc)
\\set prog random(1, 99)
SELECT 1;
BEGIN;
select i1_0.id,i1_0.alumno_id,i1_0.curso_id,i1_0.estado,i1_0.progreso,i1_0.actualizado_en from inscripciones i1_0 where i1_0.id=:insc;
update inscripciones set progreso=:prog,actualizado_en=now() where id=:insc;
COMMIT;
\\sleep 13 s
SQL

# A student enrolls in a course (checked first: not enrolled already).
cat > "$w/inscripcion.sql" <<'SQL'
\set alumno random(1, 50000)
\set curso random(1, 1500)
\set monto random(499, 24900)
\set cero 0
SELECT 1;
BEGIN;
select i1_0.id from inscripciones i1_0 where i1_0.alumno_id=:alumno and i1_0.curso_id=:curso;
insert into inscripciones (actualizado_en,alumno_id,creado_en,curso_id,estado,medio_pago,moneda,monto_pagado,progreso) values (now(),:alumno,now(),:curso,:estado,:medio,:moneda,:monto,:cero) RETURNING "id";
COMMIT;
\sleep 20 s
SQL

scenario_mark

app='PostgreSQL JDBC Driver'
dur=120
PGAPPNAME=$app $PGBENCH -n -c 2 -j 1 -T $dur -M extended -f "$w/foro.sql" >/dev/null &
PGAPPNAME=$app $PGBENCH -n -c 2 -j 1 -T $dur -M extended -f "$w/catalogo.sql" >/dev/null &
PGAPPNAME=$app $PGBENCH -n -c 1 -j 1 -t 40 -M extended -f "$w/analitica.sql" >/dev/null &
PGAPPNAME=$app $PGBENCH -n -c 1 -j 1 -T $dur -M extended -f "$w/login.sql" >/dev/null &
PGAPPNAME=$app $PGBENCH -n -c 1 -j 1 -T $dur -M extended -D 'cuerpo=Gracias profe, ahora sí me funcionó el ejercicio.' \
  -f "$w/respuesta.sql" >/dev/null &
PGAPPNAME=$app $PGBENCH -n -c 1 -j 1 -T $dur -M extended -f "$w/progreso.sql" >/dev/null &
PGAPPNAME=$app $PGBENCH -n -c 1 -j 1 -T $dur -M extended -D estado=activa -D medio=mercadopago -D moneda=ARS \
  -f "$w/inscripcion.sql" >/dev/null &
wait

scenario_capture
