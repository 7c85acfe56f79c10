--
-- PostgreSQL database dump
--

\restrict 1l2bPfP4hn3hJdAzzk0IktpOsVXV2N2EWwqHXgxk0vT94LhKm2fklcmck44OaBN

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
-- Name: clientes; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.clientes (
    id integer NOT NULL,
    email text NOT NULL,
    nome text NOT NULL,
    documento text NOT NULL,
    senha_hash text NOT NULL,
    criado_em timestamp with time zone NOT NULL
);


--
-- Name: contas; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.contas (
    id integer NOT NULL,
    cliente_id integer NOT NULL,
    tipo text NOT NULL,
    saldo numeric(14,2) NOT NULL,
    aberta_em date NOT NULL
);


--
-- Name: lancamentos; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.lancamentos (
    id bigint NOT NULL,
    conta_id integer NOT NULL,
    tipo text NOT NULL,
    valor numeric(14,2) NOT NULL,
    descricao text NOT NULL,
    criado_em timestamp with time zone NOT NULL
);


--
-- Name: lancamentos_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.lancamentos_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: lancamentos_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.lancamentos_id_seq OWNED BY public.lancamentos.id;


--
-- Name: transferencias_agendadas; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transferencias_agendadas (
    id bigint NOT NULL,
    conta_id integer NOT NULL,
    valor numeric(14,2) NOT NULL,
    chave_pix text NOT NULL,
    status text NOT NULL,
    agendada_para timestamp with time zone NOT NULL
);


--
-- Name: transferencias_agendadas_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.transferencias_agendadas_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: transferencias_agendadas_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.transferencias_agendadas_id_seq OWNED BY public.transferencias_agendadas.id;


--
-- Name: lancamentos id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.lancamentos ALTER COLUMN id SET DEFAULT nextval('public.lancamentos_id_seq'::regclass);


--
-- Name: transferencias_agendadas id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transferencias_agendadas ALTER COLUMN id SET DEFAULT nextval('public.transferencias_agendadas_id_seq'::regclass);


--
-- Name: clientes clientes_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.clientes
    ADD CONSTRAINT clientes_pkey PRIMARY KEY (id);


--
-- Name: contas contas_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.contas
    ADD CONSTRAINT contas_pkey PRIMARY KEY (id);


--
-- Name: lancamentos lancamentos_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.lancamentos
    ADD CONSTRAINT lancamentos_pkey PRIMARY KEY (id);


--
-- Name: transferencias_agendadas transferencias_agendadas_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transferencias_agendadas
    ADD CONSTRAINT transferencias_agendadas_pkey PRIMARY KEY (id);


--
-- Name: contas_cliente_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX contas_cliente_id_idx ON public.contas USING btree (cliente_id);


--
-- Name: lancamentos_conta_id_criado_em_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX lancamentos_conta_id_criado_em_idx ON public.lancamentos USING btree (conta_id, criado_em);


--
-- Name: transferencias_agendadas_conta_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transferencias_agendadas_conta_id_idx ON public.transferencias_agendadas USING btree (conta_id);


--
-- Name: contas contas_cliente_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.contas
    ADD CONSTRAINT contas_cliente_id_fkey FOREIGN KEY (cliente_id) REFERENCES public.clientes(id);


--
-- PostgreSQL database dump complete
--

\unrestrict 1l2bPfP4hn3hJdAzzk0IktpOsVXV2N2EWwqHXgxk0vT94LhKm2fklcmck44OaBN

