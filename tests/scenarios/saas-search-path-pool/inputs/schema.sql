--
-- PostgreSQL database dump
--

\restrict U9VuFRhNqMklNjeZroEz6t9nNN8PG5RQg94KtjsNa0aiFYL8NHnOhl1Y9H5Hdbz

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
-- Name: cliente_acme; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA cliente_acme;


--
-- Name: cliente_beta; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA cliente_beta;


--
-- Name: cliente_delta; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA cliente_delta;


--
-- Name: cliente_gama; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA cliente_gama;


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
-- Name: itens; Type: TABLE; Schema: cliente_acme; Owner: -
--

CREATE TABLE cliente_acme.itens (
    id bigint NOT NULL,
    pedido_id bigint NOT NULL,
    sku text NOT NULL,
    qtd integer NOT NULL,
    preco numeric(10,2) NOT NULL
);


--
-- Name: itens_id_seq; Type: SEQUENCE; Schema: cliente_acme; Owner: -
--

CREATE SEQUENCE cliente_acme.itens_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: itens_id_seq; Type: SEQUENCE OWNED BY; Schema: cliente_acme; Owner: -
--

ALTER SEQUENCE cliente_acme.itens_id_seq OWNED BY cliente_acme.itens.id;


--
-- Name: pedidos; Type: TABLE; Schema: cliente_acme; Owner: -
--

CREATE TABLE cliente_acme.pedidos (
    id bigint NOT NULL,
    status text DEFAULT 'aberto'::text NOT NULL,
    total numeric(12,2) DEFAULT 0 NOT NULL,
    criado_em timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: pedidos_id_seq; Type: SEQUENCE; Schema: cliente_acme; Owner: -
--

CREATE SEQUENCE cliente_acme.pedidos_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: pedidos_id_seq; Type: SEQUENCE OWNED BY; Schema: cliente_acme; Owner: -
--

ALTER SEQUENCE cliente_acme.pedidos_id_seq OWNED BY cliente_acme.pedidos.id;


--
-- Name: usuarios; Type: TABLE; Schema: cliente_acme; Owner: -
--

CREATE TABLE cliente_acme.usuarios (
    id integer NOT NULL,
    email text NOT NULL,
    nome text NOT NULL,
    papel text DEFAULT 'vendedor'::text NOT NULL,
    ativo boolean DEFAULT true NOT NULL,
    criado_em timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: usuarios_id_seq; Type: SEQUENCE; Schema: cliente_acme; Owner: -
--

CREATE SEQUENCE cliente_acme.usuarios_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: usuarios_id_seq; Type: SEQUENCE OWNED BY; Schema: cliente_acme; Owner: -
--

ALTER SEQUENCE cliente_acme.usuarios_id_seq OWNED BY cliente_acme.usuarios.id;


--
-- Name: itens; Type: TABLE; Schema: cliente_beta; Owner: -
--

CREATE TABLE cliente_beta.itens (
    id bigint NOT NULL,
    pedido_id bigint NOT NULL,
    sku text NOT NULL,
    qtd integer NOT NULL,
    preco numeric(10,2) NOT NULL
);


--
-- Name: itens_id_seq; Type: SEQUENCE; Schema: cliente_beta; Owner: -
--

CREATE SEQUENCE cliente_beta.itens_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: itens_id_seq; Type: SEQUENCE OWNED BY; Schema: cliente_beta; Owner: -
--

ALTER SEQUENCE cliente_beta.itens_id_seq OWNED BY cliente_beta.itens.id;


--
-- Name: pedidos; Type: TABLE; Schema: cliente_beta; Owner: -
--

CREATE TABLE cliente_beta.pedidos (
    id bigint NOT NULL,
    status text DEFAULT 'aberto'::text NOT NULL,
    total numeric(12,2) DEFAULT 0 NOT NULL,
    criado_em timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: pedidos_id_seq; Type: SEQUENCE; Schema: cliente_beta; Owner: -
--

CREATE SEQUENCE cliente_beta.pedidos_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: pedidos_id_seq; Type: SEQUENCE OWNED BY; Schema: cliente_beta; Owner: -
--

ALTER SEQUENCE cliente_beta.pedidos_id_seq OWNED BY cliente_beta.pedidos.id;


--
-- Name: usuarios; Type: TABLE; Schema: cliente_beta; Owner: -
--

CREATE TABLE cliente_beta.usuarios (
    id integer NOT NULL,
    email text NOT NULL,
    nome text NOT NULL,
    papel text DEFAULT 'vendedor'::text NOT NULL,
    ativo boolean DEFAULT true NOT NULL,
    criado_em timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: usuarios_id_seq; Type: SEQUENCE; Schema: cliente_beta; Owner: -
--

CREATE SEQUENCE cliente_beta.usuarios_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: usuarios_id_seq; Type: SEQUENCE OWNED BY; Schema: cliente_beta; Owner: -
--

ALTER SEQUENCE cliente_beta.usuarios_id_seq OWNED BY cliente_beta.usuarios.id;


--
-- Name: itens; Type: TABLE; Schema: cliente_delta; Owner: -
--

CREATE TABLE cliente_delta.itens (
    id bigint NOT NULL,
    pedido_id bigint NOT NULL,
    sku text NOT NULL,
    qtd integer NOT NULL,
    preco numeric(10,2) NOT NULL
);


--
-- Name: itens_id_seq; Type: SEQUENCE; Schema: cliente_delta; Owner: -
--

CREATE SEQUENCE cliente_delta.itens_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: itens_id_seq; Type: SEQUENCE OWNED BY; Schema: cliente_delta; Owner: -
--

ALTER SEQUENCE cliente_delta.itens_id_seq OWNED BY cliente_delta.itens.id;


--
-- Name: pedidos; Type: TABLE; Schema: cliente_delta; Owner: -
--

CREATE TABLE cliente_delta.pedidos (
    id bigint NOT NULL,
    status text DEFAULT 'aberto'::text NOT NULL,
    total numeric(12,2) DEFAULT 0 NOT NULL,
    criado_em timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: pedidos_id_seq; Type: SEQUENCE; Schema: cliente_delta; Owner: -
--

CREATE SEQUENCE cliente_delta.pedidos_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: pedidos_id_seq; Type: SEQUENCE OWNED BY; Schema: cliente_delta; Owner: -
--

ALTER SEQUENCE cliente_delta.pedidos_id_seq OWNED BY cliente_delta.pedidos.id;


--
-- Name: usuarios; Type: TABLE; Schema: cliente_delta; Owner: -
--

CREATE TABLE cliente_delta.usuarios (
    id integer NOT NULL,
    email text NOT NULL,
    nome text NOT NULL,
    papel text DEFAULT 'vendedor'::text NOT NULL,
    ativo boolean DEFAULT true NOT NULL,
    criado_em timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: usuarios_id_seq; Type: SEQUENCE; Schema: cliente_delta; Owner: -
--

CREATE SEQUENCE cliente_delta.usuarios_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: usuarios_id_seq; Type: SEQUENCE OWNED BY; Schema: cliente_delta; Owner: -
--

ALTER SEQUENCE cliente_delta.usuarios_id_seq OWNED BY cliente_delta.usuarios.id;


--
-- Name: itens; Type: TABLE; Schema: cliente_gama; Owner: -
--

CREATE TABLE cliente_gama.itens (
    id bigint NOT NULL,
    pedido_id bigint NOT NULL,
    sku text NOT NULL,
    qtd integer NOT NULL,
    preco numeric(10,2) NOT NULL
);


--
-- Name: itens_id_seq; Type: SEQUENCE; Schema: cliente_gama; Owner: -
--

CREATE SEQUENCE cliente_gama.itens_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: itens_id_seq; Type: SEQUENCE OWNED BY; Schema: cliente_gama; Owner: -
--

ALTER SEQUENCE cliente_gama.itens_id_seq OWNED BY cliente_gama.itens.id;


--
-- Name: pedidos; Type: TABLE; Schema: cliente_gama; Owner: -
--

CREATE TABLE cliente_gama.pedidos (
    id bigint NOT NULL,
    status text DEFAULT 'aberto'::text NOT NULL,
    total numeric(12,2) DEFAULT 0 NOT NULL,
    criado_em timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: pedidos_id_seq; Type: SEQUENCE; Schema: cliente_gama; Owner: -
--

CREATE SEQUENCE cliente_gama.pedidos_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: pedidos_id_seq; Type: SEQUENCE OWNED BY; Schema: cliente_gama; Owner: -
--

ALTER SEQUENCE cliente_gama.pedidos_id_seq OWNED BY cliente_gama.pedidos.id;


--
-- Name: usuarios; Type: TABLE; Schema: cliente_gama; Owner: -
--

CREATE TABLE cliente_gama.usuarios (
    id integer NOT NULL,
    email text NOT NULL,
    nome text NOT NULL,
    papel text DEFAULT 'vendedor'::text NOT NULL,
    ativo boolean DEFAULT true NOT NULL,
    criado_em timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: usuarios_id_seq; Type: SEQUENCE; Schema: cliente_gama; Owner: -
--

CREATE SEQUENCE cliente_gama.usuarios_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: usuarios_id_seq; Type: SEQUENCE OWNED BY; Schema: cliente_gama; Owner: -
--

ALTER SEQUENCE cliente_gama.usuarios_id_seq OWNED BY cliente_gama.usuarios.id;


--
-- Name: tenants; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.tenants (
    id smallint NOT NULL,
    nome text NOT NULL,
    schema_nome text NOT NULL,
    plano text NOT NULL,
    ativo boolean DEFAULT true NOT NULL,
    criado_em timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: itens id; Type: DEFAULT; Schema: cliente_acme; Owner: -
--

ALTER TABLE ONLY cliente_acme.itens ALTER COLUMN id SET DEFAULT nextval('cliente_acme.itens_id_seq'::regclass);


--
-- Name: pedidos id; Type: DEFAULT; Schema: cliente_acme; Owner: -
--

ALTER TABLE ONLY cliente_acme.pedidos ALTER COLUMN id SET DEFAULT nextval('cliente_acme.pedidos_id_seq'::regclass);


--
-- Name: usuarios id; Type: DEFAULT; Schema: cliente_acme; Owner: -
--

ALTER TABLE ONLY cliente_acme.usuarios ALTER COLUMN id SET DEFAULT nextval('cliente_acme.usuarios_id_seq'::regclass);


--
-- Name: itens id; Type: DEFAULT; Schema: cliente_beta; Owner: -
--

ALTER TABLE ONLY cliente_beta.itens ALTER COLUMN id SET DEFAULT nextval('cliente_beta.itens_id_seq'::regclass);


--
-- Name: pedidos id; Type: DEFAULT; Schema: cliente_beta; Owner: -
--

ALTER TABLE ONLY cliente_beta.pedidos ALTER COLUMN id SET DEFAULT nextval('cliente_beta.pedidos_id_seq'::regclass);


--
-- Name: usuarios id; Type: DEFAULT; Schema: cliente_beta; Owner: -
--

ALTER TABLE ONLY cliente_beta.usuarios ALTER COLUMN id SET DEFAULT nextval('cliente_beta.usuarios_id_seq'::regclass);


--
-- Name: itens id; Type: DEFAULT; Schema: cliente_delta; Owner: -
--

ALTER TABLE ONLY cliente_delta.itens ALTER COLUMN id SET DEFAULT nextval('cliente_delta.itens_id_seq'::regclass);


--
-- Name: pedidos id; Type: DEFAULT; Schema: cliente_delta; Owner: -
--

ALTER TABLE ONLY cliente_delta.pedidos ALTER COLUMN id SET DEFAULT nextval('cliente_delta.pedidos_id_seq'::regclass);


--
-- Name: usuarios id; Type: DEFAULT; Schema: cliente_delta; Owner: -
--

ALTER TABLE ONLY cliente_delta.usuarios ALTER COLUMN id SET DEFAULT nextval('cliente_delta.usuarios_id_seq'::regclass);


--
-- Name: itens id; Type: DEFAULT; Schema: cliente_gama; Owner: -
--

ALTER TABLE ONLY cliente_gama.itens ALTER COLUMN id SET DEFAULT nextval('cliente_gama.itens_id_seq'::regclass);


--
-- Name: pedidos id; Type: DEFAULT; Schema: cliente_gama; Owner: -
--

ALTER TABLE ONLY cliente_gama.pedidos ALTER COLUMN id SET DEFAULT nextval('cliente_gama.pedidos_id_seq'::regclass);


--
-- Name: usuarios id; Type: DEFAULT; Schema: cliente_gama; Owner: -
--

ALTER TABLE ONLY cliente_gama.usuarios ALTER COLUMN id SET DEFAULT nextval('cliente_gama.usuarios_id_seq'::regclass);


--
-- Name: itens itens_pkey; Type: CONSTRAINT; Schema: cliente_acme; Owner: -
--

ALTER TABLE ONLY cliente_acme.itens
    ADD CONSTRAINT itens_pkey PRIMARY KEY (id);


--
-- Name: pedidos pedidos_pkey; Type: CONSTRAINT; Schema: cliente_acme; Owner: -
--

ALTER TABLE ONLY cliente_acme.pedidos
    ADD CONSTRAINT pedidos_pkey PRIMARY KEY (id);


--
-- Name: usuarios usuarios_email_key; Type: CONSTRAINT; Schema: cliente_acme; Owner: -
--

ALTER TABLE ONLY cliente_acme.usuarios
    ADD CONSTRAINT usuarios_email_key UNIQUE (email);


--
-- Name: usuarios usuarios_pkey; Type: CONSTRAINT; Schema: cliente_acme; Owner: -
--

ALTER TABLE ONLY cliente_acme.usuarios
    ADD CONSTRAINT usuarios_pkey PRIMARY KEY (id);


--
-- Name: itens itens_pkey; Type: CONSTRAINT; Schema: cliente_beta; Owner: -
--

ALTER TABLE ONLY cliente_beta.itens
    ADD CONSTRAINT itens_pkey PRIMARY KEY (id);


--
-- Name: pedidos pedidos_pkey; Type: CONSTRAINT; Schema: cliente_beta; Owner: -
--

ALTER TABLE ONLY cliente_beta.pedidos
    ADD CONSTRAINT pedidos_pkey PRIMARY KEY (id);


--
-- Name: usuarios usuarios_email_key; Type: CONSTRAINT; Schema: cliente_beta; Owner: -
--

ALTER TABLE ONLY cliente_beta.usuarios
    ADD CONSTRAINT usuarios_email_key UNIQUE (email);


--
-- Name: usuarios usuarios_pkey; Type: CONSTRAINT; Schema: cliente_beta; Owner: -
--

ALTER TABLE ONLY cliente_beta.usuarios
    ADD CONSTRAINT usuarios_pkey PRIMARY KEY (id);


--
-- Name: itens itens_pkey; Type: CONSTRAINT; Schema: cliente_delta; Owner: -
--

ALTER TABLE ONLY cliente_delta.itens
    ADD CONSTRAINT itens_pkey PRIMARY KEY (id);


--
-- Name: pedidos pedidos_pkey; Type: CONSTRAINT; Schema: cliente_delta; Owner: -
--

ALTER TABLE ONLY cliente_delta.pedidos
    ADD CONSTRAINT pedidos_pkey PRIMARY KEY (id);


--
-- Name: usuarios usuarios_email_key; Type: CONSTRAINT; Schema: cliente_delta; Owner: -
--

ALTER TABLE ONLY cliente_delta.usuarios
    ADD CONSTRAINT usuarios_email_key UNIQUE (email);


--
-- Name: usuarios usuarios_pkey; Type: CONSTRAINT; Schema: cliente_delta; Owner: -
--

ALTER TABLE ONLY cliente_delta.usuarios
    ADD CONSTRAINT usuarios_pkey PRIMARY KEY (id);


--
-- Name: itens itens_pkey; Type: CONSTRAINT; Schema: cliente_gama; Owner: -
--

ALTER TABLE ONLY cliente_gama.itens
    ADD CONSTRAINT itens_pkey PRIMARY KEY (id);


--
-- Name: pedidos pedidos_pkey; Type: CONSTRAINT; Schema: cliente_gama; Owner: -
--

ALTER TABLE ONLY cliente_gama.pedidos
    ADD CONSTRAINT pedidos_pkey PRIMARY KEY (id);


--
-- Name: usuarios usuarios_email_key; Type: CONSTRAINT; Schema: cliente_gama; Owner: -
--

ALTER TABLE ONLY cliente_gama.usuarios
    ADD CONSTRAINT usuarios_email_key UNIQUE (email);


--
-- Name: usuarios usuarios_pkey; Type: CONSTRAINT; Schema: cliente_gama; Owner: -
--

ALTER TABLE ONLY cliente_gama.usuarios
    ADD CONSTRAINT usuarios_pkey PRIMARY KEY (id);


--
-- Name: tenants tenants_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tenants
    ADD CONSTRAINT tenants_pkey PRIMARY KEY (id);


--
-- Name: tenants tenants_schema_nome_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tenants
    ADD CONSTRAINT tenants_schema_nome_key UNIQUE (schema_nome);


--
-- Name: pedidos_criado_em_idx; Type: INDEX; Schema: cliente_acme; Owner: -
--

CREATE INDEX pedidos_criado_em_idx ON cliente_acme.pedidos USING btree (criado_em);


--
-- Name: pedidos_criado_em_idx; Type: INDEX; Schema: cliente_beta; Owner: -
--

CREATE INDEX pedidos_criado_em_idx ON cliente_beta.pedidos USING btree (criado_em);


--
-- Name: pedidos_criado_em_idx; Type: INDEX; Schema: cliente_delta; Owner: -
--

CREATE INDEX pedidos_criado_em_idx ON cliente_delta.pedidos USING btree (criado_em);


--
-- Name: pedidos_criado_em_idx; Type: INDEX; Schema: cliente_gama; Owner: -
--

CREATE INDEX pedidos_criado_em_idx ON cliente_gama.pedidos USING btree (criado_em);


--
-- PostgreSQL database dump complete
--

\unrestrict U9VuFRhNqMklNjeZroEz6t9nNN8PG5RQg94KtjsNa0aiFYL8NHnOhl1Y9H5Hdbz

