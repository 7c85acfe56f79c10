--
-- PostgreSQL database dump
--

\restrict TCfQP1MgNd3eOYnIDRwQp0kTptwL00FagAvQbFwRVTjlPj2gU1UfilpWUM8nS63

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

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: checklist_items; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.checklist_items (
    id integer NOT NULL,
    implantacao_id integer NOT NULL,
    tipo_item text NOT NULL,
    titulo text NOT NULL,
    completed boolean DEFAULT false NOT NULL
);


--
-- Name: checklist_items_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.checklist_items_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: checklist_items_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.checklist_items_id_seq OWNED BY public.checklist_items.id;


--
-- Name: implantacoes; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.implantacoes (
    id integer NOT NULL,
    nome_empresa text NOT NULL,
    usuario_cs text NOT NULL,
    status text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: implantacoes_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.implantacoes_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: implantacoes_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.implantacoes_id_seq OWNED BY public.implantacoes.id;


--
-- Name: timeline_log; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.timeline_log (
    id integer NOT NULL,
    implantacao_id integer NOT NULL,
    tipo text NOT NULL,
    descricao text,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: timeline_log_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.timeline_log_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: timeline_log_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.timeline_log_id_seq OWNED BY public.timeline_log.id;


--
-- Name: checklist_items id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.checklist_items ALTER COLUMN id SET DEFAULT nextval('public.checklist_items_id_seq'::regclass);


--
-- Name: implantacoes id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.implantacoes ALTER COLUMN id SET DEFAULT nextval('public.implantacoes_id_seq'::regclass);


--
-- Name: timeline_log id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.timeline_log ALTER COLUMN id SET DEFAULT nextval('public.timeline_log_id_seq'::regclass);


--
-- Name: checklist_items checklist_items_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.checklist_items
    ADD CONSTRAINT checklist_items_pkey PRIMARY KEY (id);


--
-- Name: implantacoes implantacoes_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.implantacoes
    ADD CONSTRAINT implantacoes_pkey PRIMARY KEY (id);


--
-- Name: timeline_log timeline_log_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.timeline_log
    ADD CONSTRAINT timeline_log_pkey PRIMARY KEY (id);


--
-- Name: idx_checklist_impl; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_checklist_impl ON public.checklist_items USING btree (implantacao_id);


--
-- Name: idx_status; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_status ON public.implantacoes USING btree (status);


--
-- Name: idx_timeline_impl; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_timeline_impl ON public.timeline_log USING btree (implantacao_id);


--
-- Name: checklist_items checklist_items_implantacao_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.checklist_items
    ADD CONSTRAINT checklist_items_implantacao_id_fkey FOREIGN KEY (implantacao_id) REFERENCES public.implantacoes(id);


--
-- Name: timeline_log timeline_log_implantacao_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.timeline_log
    ADD CONSTRAINT timeline_log_implantacao_id_fkey FOREIGN KEY (implantacao_id) REFERENCES public.implantacoes(id);


--
-- PostgreSQL database dump complete
--

\unrestrict TCfQP1MgNd3eOYnIDRwQp0kTptwL00FagAvQbFwRVTjlPj2gU1UfilpWUM8nS63

