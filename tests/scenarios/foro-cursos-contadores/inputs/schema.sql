--
-- PostgreSQL database dump
--

\restrict 5SCRFwL2gFBNtNECT36uJN6VwIqyeNKdurrKgsdU2zRNsSlW33P4JA6HJo1PtzH

-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: pg_stat_statements; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS pg_stat_statements WITH SCHEMA public;


--
-- Name: EXTENSION pg_stat_statements; Type: COMMENT; Schema: -; Owner: -
--

COMMENT ON EXTENSION pg_stat_statements IS 'track planning and execution statistics of all SQL statements executed';


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: alumnos; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.alumnos (
    id integer NOT NULL,
    nombre text NOT NULL,
    apellido text NOT NULL,
    email text NOT NULL,
    hash_clave text NOT NULL,
    pais character(2) NOT NULL,
    ciudad text,
    creado_en timestamp with time zone DEFAULT now() NOT NULL,
    ultimo_acceso timestamp with time zone
);


--
-- Name: calificaciones; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.calificaciones (
    id bigint NOT NULL,
    inscripcion_id bigint NOT NULL,
    leccion_id integer NOT NULL,
    nota numeric(4,2) NOT NULL,
    creado_en timestamp with time zone NOT NULL
);


--
-- Name: calificaciones_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.calificaciones_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: calificaciones_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.calificaciones_id_seq OWNED BY public.calificaciones.id;


--
-- Name: categorias; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.categorias (
    id smallint NOT NULL,
    nombre text NOT NULL
);


--
-- Name: cursos; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.cursos (
    id integer NOT NULL,
    categoria_id smallint NOT NULL,
    titulo text NOT NULL,
    instructor text NOT NULL,
    nivel text NOT NULL,
    descripcion text NOT NULL,
    precio numeric(10,2) NOT NULL,
    moneda character(3) NOT NULL,
    publicado boolean DEFAULT true NOT NULL,
    creado_en timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: foro_hilos; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.foro_hilos (
    id integer NOT NULL,
    curso_id integer NOT NULL,
    alumno_id integer NOT NULL,
    titulo text NOT NULL,
    cuerpo text NOT NULL,
    creado_en timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: foro_respuestas; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.foro_respuestas (
    id bigint NOT NULL,
    hilo_id integer NOT NULL,
    alumno_id integer NOT NULL,
    cuerpo text NOT NULL,
    votos integer DEFAULT 0 NOT NULL,
    creado_en timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: foro_respuestas_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.foro_respuestas_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: foro_respuestas_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.foro_respuestas_id_seq OWNED BY public.foro_respuestas.id;


--
-- Name: inscripciones; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.inscripciones (
    id bigint NOT NULL,
    alumno_id integer NOT NULL,
    curso_id integer NOT NULL,
    progreso numeric(5,2) DEFAULT 0 NOT NULL,
    estado text DEFAULT 'activa'::text NOT NULL,
    medio_pago text NOT NULL,
    monto_pagado numeric(10,2) NOT NULL,
    moneda character(3) NOT NULL,
    codigo_cupon text,
    datos_pago jsonb,
    certificado_url text,
    creado_en timestamp with time zone DEFAULT now() NOT NULL,
    actualizado_en timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: inscripciones_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.inscripciones_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: inscripciones_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.inscripciones_id_seq OWNED BY public.inscripciones.id;


--
-- Name: lecciones; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.lecciones (
    id integer NOT NULL,
    curso_id integer NOT NULL,
    orden smallint NOT NULL,
    titulo text NOT NULL,
    duracion_min smallint NOT NULL
);


--
-- Name: persistent_logins; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.persistent_logins (
    username character varying(64) NOT NULL,
    series character varying(64) NOT NULL,
    token character varying(64) NOT NULL,
    last_used timestamp without time zone NOT NULL
);


--
-- Name: calificaciones id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.calificaciones ALTER COLUMN id SET DEFAULT nextval('public.calificaciones_id_seq'::regclass);


--
-- Name: foro_respuestas id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.foro_respuestas ALTER COLUMN id SET DEFAULT nextval('public.foro_respuestas_id_seq'::regclass);


--
-- Name: inscripciones id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.inscripciones ALTER COLUMN id SET DEFAULT nextval('public.inscripciones_id_seq'::regclass);


--
-- Name: alumnos alumnos_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.alumnos
    ADD CONSTRAINT alumnos_pkey PRIMARY KEY (id);


--
-- Name: calificaciones calificaciones_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.calificaciones
    ADD CONSTRAINT calificaciones_pkey PRIMARY KEY (id);


--
-- Name: categorias categorias_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.categorias
    ADD CONSTRAINT categorias_pkey PRIMARY KEY (id);


--
-- Name: cursos cursos_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cursos
    ADD CONSTRAINT cursos_pkey PRIMARY KEY (id);


--
-- Name: foro_hilos foro_hilos_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.foro_hilos
    ADD CONSTRAINT foro_hilos_pkey PRIMARY KEY (id);


--
-- Name: foro_respuestas foro_respuestas_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.foro_respuestas
    ADD CONSTRAINT foro_respuestas_pkey PRIMARY KEY (id);


--
-- Name: inscripciones inscripciones_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.inscripciones
    ADD CONSTRAINT inscripciones_pkey PRIMARY KEY (id);


--
-- Name: lecciones lecciones_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.lecciones
    ADD CONSTRAINT lecciones_pkey PRIMARY KEY (id);


--
-- Name: persistent_logins persistent_logins_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.persistent_logins
    ADD CONSTRAINT persistent_logins_pkey PRIMARY KEY (series);


--
-- Name: alumnos_email_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX alumnos_email_key ON public.alumnos USING btree (email);


--
-- Name: calificaciones_inscripcion_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX calificaciones_inscripcion_id_idx ON public.calificaciones USING btree (inscripcion_id);


--
-- Name: calificaciones_leccion_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX calificaciones_leccion_id_idx ON public.calificaciones USING btree (leccion_id);


--
-- Name: cursos_categoria_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX cursos_categoria_id_idx ON public.cursos USING btree (categoria_id);


--
-- Name: foro_hilos_alumno_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX foro_hilos_alumno_id_idx ON public.foro_hilos USING btree (alumno_id);


--
-- Name: foro_hilos_curso_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX foro_hilos_curso_id_idx ON public.foro_hilos USING btree (curso_id);


--
-- Name: foro_respuestas_alumno_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX foro_respuestas_alumno_id_idx ON public.foro_respuestas USING btree (alumno_id);


--
-- Name: foro_respuestas_hilo_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX foro_respuestas_hilo_id_idx ON public.foro_respuestas USING btree (hilo_id);


--
-- Name: inscripciones_alumno_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX inscripciones_alumno_id_idx ON public.inscripciones USING btree (alumno_id);


--
-- Name: inscripciones_curso_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX inscripciones_curso_id_idx ON public.inscripciones USING btree (curso_id);


--
-- Name: lecciones_curso_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX lecciones_curso_id_idx ON public.lecciones USING btree (curso_id);


--
-- Name: calificaciones calificaciones_inscripcion_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.calificaciones
    ADD CONSTRAINT calificaciones_inscripcion_id_fkey FOREIGN KEY (inscripcion_id) REFERENCES public.inscripciones(id);


--
-- Name: calificaciones calificaciones_leccion_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.calificaciones
    ADD CONSTRAINT calificaciones_leccion_id_fkey FOREIGN KEY (leccion_id) REFERENCES public.lecciones(id);


--
-- Name: cursos cursos_categoria_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cursos
    ADD CONSTRAINT cursos_categoria_id_fkey FOREIGN KEY (categoria_id) REFERENCES public.categorias(id);


--
-- Name: foro_hilos foro_hilos_alumno_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.foro_hilos
    ADD CONSTRAINT foro_hilos_alumno_id_fkey FOREIGN KEY (alumno_id) REFERENCES public.alumnos(id);


--
-- Name: foro_hilos foro_hilos_curso_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.foro_hilos
    ADD CONSTRAINT foro_hilos_curso_id_fkey FOREIGN KEY (curso_id) REFERENCES public.cursos(id);


--
-- Name: foro_respuestas foro_respuestas_alumno_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.foro_respuestas
    ADD CONSTRAINT foro_respuestas_alumno_id_fkey FOREIGN KEY (alumno_id) REFERENCES public.alumnos(id);


--
-- Name: foro_respuestas foro_respuestas_hilo_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.foro_respuestas
    ADD CONSTRAINT foro_respuestas_hilo_id_fkey FOREIGN KEY (hilo_id) REFERENCES public.foro_hilos(id);


--
-- Name: inscripciones inscripciones_alumno_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.inscripciones
    ADD CONSTRAINT inscripciones_alumno_id_fkey FOREIGN KEY (alumno_id) REFERENCES public.alumnos(id);


--
-- Name: inscripciones inscripciones_curso_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.inscripciones
    ADD CONSTRAINT inscripciones_curso_id_fkey FOREIGN KEY (curso_id) REFERENCES public.cursos(id);


--
-- Name: lecciones lecciones_curso_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.lecciones
    ADD CONSTRAINT lecciones_curso_id_fkey FOREIGN KEY (curso_id) REFERENCES public.cursos(id);


--
-- PostgreSQL database dump complete
--

\unrestrict 5SCRFwL2gFBNtNECT36uJN6VwIqyeNKdurrKgsdU2zRNsSlW33P4JA6HJo1PtzH

