--
-- PostgreSQL database dump
--

\restrict iJC9ApH7kSsJwt85vbQTsgtnZAIn5DX3MQKoEawUEMkmqSAv9agUab60mRG14su

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
-- Name: lojas; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.lojas (
    id integer NOT NULL,
    nome text NOT NULL,
    cidade text NOT NULL,
    uf character(2) NOT NULL,
    ativa boolean DEFAULT true NOT NULL
);


--
-- Name: lotes_importacao; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.lotes_importacao (
    id integer NOT NULL,
    loja_id integer NOT NULL,
    arquivo text NOT NULL,
    total_linhas integer NOT NULL,
    status text DEFAULT 'pendente'::text NOT NULL,
    recebido_em timestamp with time zone DEFAULT now() NOT NULL,
    importado_em timestamp with time zone
);


--
-- Name: vendas; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.vendas (
    id bigint NOT NULL,
    loja_id integer NOT NULL,
    sale_date date NOT NULL,
    valor numeric(12,2) NOT NULL,
    forma_pagamento text NOT NULL,
    nsu text,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: vendas_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.vendas_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: vendas_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.vendas_id_seq OWNED BY public.vendas.id;


--
-- Name: vendas_staging; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.vendas_staging (
    id bigint NOT NULL,
    lote_id integer NOT NULL,
    linha integer NOT NULL,
    sale_date date NOT NULL,
    valor numeric(12,2) NOT NULL,
    forma_pagamento text NOT NULL,
    nsu text,
    importado_em timestamp with time zone DEFAULT now() NOT NULL,
    consolidado boolean DEFAULT false NOT NULL
);


--
-- Name: vendas_staging_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.vendas_staging_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: vendas_staging_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.vendas_staging_id_seq OWNED BY public.vendas_staging.id;


--
-- Name: vendas id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.vendas ALTER COLUMN id SET DEFAULT nextval('public.vendas_id_seq'::regclass);


--
-- Name: vendas_staging id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.vendas_staging ALTER COLUMN id SET DEFAULT nextval('public.vendas_staging_id_seq'::regclass);


--
-- Name: lojas lojas_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.lojas
    ADD CONSTRAINT lojas_pkey PRIMARY KEY (id);


--
-- Name: lotes_importacao lotes_importacao_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.lotes_importacao
    ADD CONSTRAINT lotes_importacao_pkey PRIMARY KEY (id);


--
-- Name: vendas vendas_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.vendas
    ADD CONSTRAINT vendas_pkey PRIMARY KEY (id);


--
-- Name: vendas_staging vendas_staging_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.vendas_staging
    ADD CONSTRAINT vendas_staging_pkey PRIMARY KEY (id);


--
-- Name: lotes_importacao_loja_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX lotes_importacao_loja_id_idx ON public.lotes_importacao USING btree (loja_id);


--
-- Name: vendas_loja_id_sale_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX vendas_loja_id_sale_date_idx ON public.vendas USING btree (loja_id, sale_date);


--
-- Name: vendas_sale_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX vendas_sale_date_idx ON public.vendas USING btree (sale_date);


--
-- Name: vendas_staging_lote_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX vendas_staging_lote_id_idx ON public.vendas_staging USING btree (lote_id);


--
-- Name: lotes_importacao lotes_importacao_loja_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.lotes_importacao
    ADD CONSTRAINT lotes_importacao_loja_id_fkey FOREIGN KEY (loja_id) REFERENCES public.lojas(id);


--
-- Name: vendas vendas_loja_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.vendas
    ADD CONSTRAINT vendas_loja_id_fkey FOREIGN KEY (loja_id) REFERENCES public.lojas(id);


--
-- Name: vendas_staging vendas_staging_lote_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.vendas_staging
    ADD CONSTRAINT vendas_staging_lote_id_fkey FOREIGN KEY (lote_id) REFERENCES public.lotes_importacao(id);


--
-- PostgreSQL database dump complete
--

\unrestrict iJC9ApH7kSsJwt85vbQTsgtnZAIn5DX3MQKoEawUEMkmqSAv9agUab60mRG14su

