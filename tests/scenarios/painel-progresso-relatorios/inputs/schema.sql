--
-- PostgreSQL database dump
--

\restrict W57s6xT2gIDt01hjqemJcdqhsgasLOX2Ghy362XWL6yutMfSsY4pmfd3Xxnkh5c

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
-- Name: checklist_items; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.checklist_items (
    id integer NOT NULL,
    implantacao_id integer NOT NULL,
    tipo_item text NOT NULL,
    ordem smallint DEFAULT 0 NOT NULL,
    titulo text NOT NULL,
    descricao text,
    responsavel text,
    completed boolean DEFAULT false NOT NULL,
    completed_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL
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
-- Name: clientes; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.clientes (
    id integer NOT NULL,
    razao_social text NOT NULL,
    cnpj text NOT NULL,
    segmento text NOT NULL,
    uf character(2) NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: clientes_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.clientes_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: clientes_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.clientes_id_seq OWNED BY public.clientes.id;


--
-- Name: comentarios; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.comentarios (
    id integer NOT NULL,
    implantacao_id integer NOT NULL,
    autor text NOT NULL,
    texto text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: comentarios_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.comentarios_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: comentarios_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.comentarios_id_seq OWNED BY public.comentarios.id;


--
-- Name: implantacoes; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.implantacoes (
    id integer NOT NULL,
    cliente_id integer NOT NULL,
    usuario_cs text NOT NULL,
    status text DEFAULT 'nova'::text NOT NULL,
    tipo text DEFAULT 'completa'::text NOT NULL,
    data_criacao timestamp with time zone DEFAULT now() NOT NULL,
    data_inicio date,
    data_finalizacao date
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
    id bigint NOT NULL,
    implantacao_id integer NOT NULL,
    usuario_cs text NOT NULL,
    tipo text NOT NULL,
    descricao text,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: timeline_log_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.timeline_log_id_seq
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
-- Name: usuarios; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.usuarios (
    id integer NOT NULL,
    email text NOT NULL,
    nome text NOT NULL,
    perfil text DEFAULT 'cs'::text NOT NULL,
    senha_hash text NOT NULL,
    ativo boolean DEFAULT true NOT NULL,
    ultimo_login timestamp with time zone
);


--
-- Name: usuarios_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.usuarios_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: usuarios_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.usuarios_id_seq OWNED BY public.usuarios.id;


--
-- Name: checklist_items id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.checklist_items ALTER COLUMN id SET DEFAULT nextval('public.checklist_items_id_seq'::regclass);


--
-- Name: clientes id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.clientes ALTER COLUMN id SET DEFAULT nextval('public.clientes_id_seq'::regclass);


--
-- Name: comentarios id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.comentarios ALTER COLUMN id SET DEFAULT nextval('public.comentarios_id_seq'::regclass);


--
-- Name: implantacoes id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.implantacoes ALTER COLUMN id SET DEFAULT nextval('public.implantacoes_id_seq'::regclass);


--
-- Name: timeline_log id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.timeline_log ALTER COLUMN id SET DEFAULT nextval('public.timeline_log_id_seq'::regclass);


--
-- Name: usuarios id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.usuarios ALTER COLUMN id SET DEFAULT nextval('public.usuarios_id_seq'::regclass);


--
-- Name: checklist_items checklist_items_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.checklist_items
    ADD CONSTRAINT checklist_items_pkey PRIMARY KEY (id);


--
-- Name: clientes clientes_cnpj_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.clientes
    ADD CONSTRAINT clientes_cnpj_key UNIQUE (cnpj);


--
-- Name: clientes clientes_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.clientes
    ADD CONSTRAINT clientes_pkey PRIMARY KEY (id);


--
-- Name: comentarios comentarios_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.comentarios
    ADD CONSTRAINT comentarios_pkey PRIMARY KEY (id);


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
-- Name: usuarios usuarios_email_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.usuarios
    ADD CONSTRAINT usuarios_email_key UNIQUE (email);


--
-- Name: usuarios usuarios_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.usuarios
    ADD CONSTRAINT usuarios_pkey PRIMARY KEY (id);


--
-- Name: idx_checklist_items_implantacao; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_checklist_items_implantacao ON public.checklist_items USING btree (implantacao_id);


--
-- Name: idx_comentarios_implantacao; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_comentarios_implantacao ON public.comentarios USING btree (implantacao_id, created_at);


--
-- Name: idx_implantacoes_cliente; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_implantacoes_cliente ON public.implantacoes USING btree (cliente_id);


--
-- Name: idx_implantacoes_usuario_cs; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_implantacoes_usuario_cs ON public.implantacoes USING btree (usuario_cs);


--
-- Name: idx_timeline_log_implantacao; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_timeline_log_implantacao ON public.timeline_log USING btree (implantacao_id, created_at);


--
-- Name: checklist_items checklist_items_implantacao_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.checklist_items
    ADD CONSTRAINT checklist_items_implantacao_id_fkey FOREIGN KEY (implantacao_id) REFERENCES public.implantacoes(id);


--
-- Name: comentarios comentarios_implantacao_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.comentarios
    ADD CONSTRAINT comentarios_implantacao_id_fkey FOREIGN KEY (implantacao_id) REFERENCES public.implantacoes(id);


--
-- Name: implantacoes implantacoes_cliente_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.implantacoes
    ADD CONSTRAINT implantacoes_cliente_id_fkey FOREIGN KEY (cliente_id) REFERENCES public.clientes(id);


--
-- Name: timeline_log timeline_log_implantacao_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.timeline_log
    ADD CONSTRAINT timeline_log_implantacao_id_fkey FOREIGN KEY (implantacao_id) REFERENCES public.implantacoes(id);


--
-- PostgreSQL database dump complete
--

\unrestrict W57s6xT2gIDt01hjqemJcdqhsgasLOX2Ghy362XWL6yutMfSsY4pmfd3Xxnkh5c

