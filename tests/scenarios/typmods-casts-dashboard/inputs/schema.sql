--
-- PostgreSQL database dump
--

\restrict paIKaBgTvxyZScHoyfzVkH25AVg2fwkjYhvxGWOLPrAYLmsGPdwj0KrlcKXRFzN

-- Dumped from database version 15.20 (Debian 15.20-0+deb12u1)
-- Dumped by pg_dump version 15.20 (Debian 15.20-0+deb12u1)

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
-- Name: clientes; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.clientes (
    id integer NOT NULL,
    nome text NOT NULL,
    plano text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: metricas; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.metricas (
    id bigint NOT NULL,
    sensor_id integer NOT NULL,
    cliente_id integer NOT NULL,
    valor double precision NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: metricas_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.metricas_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: metricas_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.metricas_id_seq OWNED BY public.metricas.id;


--
-- Name: sensores; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.sensores (
    id integer NOT NULL,
    cliente_id integer NOT NULL,
    nome text NOT NULL,
    tipo text NOT NULL
);


--
-- Name: metricas id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.metricas ALTER COLUMN id SET DEFAULT nextval('public.metricas_id_seq'::regclass);


--
-- Name: clientes clientes_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.clientes
    ADD CONSTRAINT clientes_pkey PRIMARY KEY (id);


--
-- Name: metricas metricas_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.metricas
    ADD CONSTRAINT metricas_pkey PRIMARY KEY (id);


--
-- Name: sensores sensores_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sensores
    ADD CONSTRAINT sensores_pkey PRIMARY KEY (id);


--
-- Name: metricas_cliente_id_created_at_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX metricas_cliente_id_created_at_idx ON public.metricas USING btree (cliente_id, created_at);


--
-- Name: metricas_sensor_id_created_at_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX metricas_sensor_id_created_at_idx ON public.metricas USING btree (sensor_id, created_at);


--
-- Name: sensores_cliente_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX sensores_cliente_id_idx ON public.sensores USING btree (cliente_id);


--
-- Name: metricas metricas_cliente_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.metricas
    ADD CONSTRAINT metricas_cliente_id_fkey FOREIGN KEY (cliente_id) REFERENCES public.clientes(id);


--
-- Name: metricas metricas_sensor_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.metricas
    ADD CONSTRAINT metricas_sensor_id_fkey FOREIGN KEY (sensor_id) REFERENCES public.sensores(id);


--
-- Name: sensores sensores_cliente_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sensores
    ADD CONSTRAINT sensores_cliente_id_fkey FOREIGN KEY (cliente_id) REFERENCES public.clientes(id);


--
-- PostgreSQL database dump complete
--

\unrestrict paIKaBgTvxyZScHoyfzVkH25AVg2fwkjYhvxGWOLPrAYLmsGPdwj0KrlcKXRFzN

