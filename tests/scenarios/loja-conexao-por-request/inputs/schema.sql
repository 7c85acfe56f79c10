--
-- PostgreSQL database dump
--

\restrict 3bbaq8hGxD8l44xBr142n23slSDY0pmx3rlFyOAbOzJ6TIkGGlWl1IhyGqZ097T

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
-- Name: loja; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA loja;


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
-- Name: auditoria; Type: TABLE; Schema: loja; Owner: -
--

CREATE TABLE loja.auditoria (
    id bigint NOT NULL,
    evento character varying(40) NOT NULL,
    cliente_id integer,
    dados jsonb DEFAULT '{}'::jsonb NOT NULL,
    ip inet,
    criado_em timestamp without time zone DEFAULT now() NOT NULL
);


--
-- Name: auditoria_id_seq; Type: SEQUENCE; Schema: loja; Owner: -
--

CREATE SEQUENCE loja.auditoria_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: auditoria_id_seq; Type: SEQUENCE OWNED BY; Schema: loja; Owner: -
--

ALTER SEQUENCE loja.auditoria_id_seq OWNED BY loja.auditoria.id;


--
-- Name: categorias; Type: TABLE; Schema: loja; Owner: -
--

CREATE TABLE loja.categorias (
    id integer NOT NULL,
    nome character varying(80) NOT NULL,
    slug character varying(80) NOT NULL
);


--
-- Name: categorias_id_seq; Type: SEQUENCE; Schema: loja; Owner: -
--

CREATE SEQUENCE loja.categorias_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: categorias_id_seq; Type: SEQUENCE OWNED BY; Schema: loja; Owner: -
--

ALTER SEQUENCE loja.categorias_id_seq OWNED BY loja.categorias.id;


--
-- Name: clientes; Type: TABLE; Schema: loja; Owner: -
--

CREATE TABLE loja.clientes (
    id integer NOT NULL,
    email character varying(200) NOT NULL,
    nome character varying(200) NOT NULL,
    senha_hash character varying(100) NOT NULL,
    criado_em timestamp without time zone DEFAULT now() NOT NULL
);


--
-- Name: clientes_id_seq; Type: SEQUENCE; Schema: loja; Owner: -
--

CREATE SEQUENCE loja.clientes_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: clientes_id_seq; Type: SEQUENCE OWNED BY; Schema: loja; Owner: -
--

ALTER SEQUENCE loja.clientes_id_seq OWNED BY loja.clientes.id;


--
-- Name: itens_pedido; Type: TABLE; Schema: loja; Owner: -
--

CREATE TABLE loja.itens_pedido (
    id integer NOT NULL,
    pedido_id integer NOT NULL,
    produto_id integer NOT NULL,
    qtd integer NOT NULL,
    preco_unit numeric(10,2) NOT NULL
);


--
-- Name: itens_pedido_id_seq; Type: SEQUENCE; Schema: loja; Owner: -
--

CREATE SEQUENCE loja.itens_pedido_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: itens_pedido_id_seq; Type: SEQUENCE OWNED BY; Schema: loja; Owner: -
--

ALTER SEQUENCE loja.itens_pedido_id_seq OWNED BY loja.itens_pedido.id;


--
-- Name: pedidos; Type: TABLE; Schema: loja; Owner: -
--

CREATE TABLE loja.pedidos (
    id integer NOT NULL,
    cliente_id integer NOT NULL,
    status character varying(30) NOT NULL,
    total numeric(12,2) DEFAULT 0 NOT NULL,
    criado_em timestamp without time zone DEFAULT now() NOT NULL
);


--
-- Name: pedidos_id_seq; Type: SEQUENCE; Schema: loja; Owner: -
--

CREATE SEQUENCE loja.pedidos_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: pedidos_id_seq; Type: SEQUENCE OWNED BY; Schema: loja; Owner: -
--

ALTER SEQUENCE loja.pedidos_id_seq OWNED BY loja.pedidos.id;


--
-- Name: produtos; Type: TABLE; Schema: loja; Owner: -
--

CREATE TABLE loja.produtos (
    id integer NOT NULL,
    sku character varying(20) NOT NULL,
    nome character varying(200) NOT NULL,
    categoria_id integer NOT NULL,
    preco numeric(10,2) NOT NULL,
    estoque integer DEFAULT 0 NOT NULL,
    ativo boolean DEFAULT true NOT NULL,
    criado_em timestamp without time zone DEFAULT now() NOT NULL
);


--
-- Name: produtos_id_seq; Type: SEQUENCE; Schema: loja; Owner: -
--

CREATE SEQUENCE loja.produtos_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: produtos_id_seq; Type: SEQUENCE OWNED BY; Schema: loja; Owner: -
--

ALTER SEQUENCE loja.produtos_id_seq OWNED BY loja.produtos.id;


--
-- Name: auditoria id; Type: DEFAULT; Schema: loja; Owner: -
--

ALTER TABLE ONLY loja.auditoria ALTER COLUMN id SET DEFAULT nextval('loja.auditoria_id_seq'::regclass);


--
-- Name: categorias id; Type: DEFAULT; Schema: loja; Owner: -
--

ALTER TABLE ONLY loja.categorias ALTER COLUMN id SET DEFAULT nextval('loja.categorias_id_seq'::regclass);


--
-- Name: clientes id; Type: DEFAULT; Schema: loja; Owner: -
--

ALTER TABLE ONLY loja.clientes ALTER COLUMN id SET DEFAULT nextval('loja.clientes_id_seq'::regclass);


--
-- Name: itens_pedido id; Type: DEFAULT; Schema: loja; Owner: -
--

ALTER TABLE ONLY loja.itens_pedido ALTER COLUMN id SET DEFAULT nextval('loja.itens_pedido_id_seq'::regclass);


--
-- Name: pedidos id; Type: DEFAULT; Schema: loja; Owner: -
--

ALTER TABLE ONLY loja.pedidos ALTER COLUMN id SET DEFAULT nextval('loja.pedidos_id_seq'::regclass);


--
-- Name: produtos id; Type: DEFAULT; Schema: loja; Owner: -
--

ALTER TABLE ONLY loja.produtos ALTER COLUMN id SET DEFAULT nextval('loja.produtos_id_seq'::regclass);


--
-- Name: auditoria auditoria_pkey; Type: CONSTRAINT; Schema: loja; Owner: -
--

ALTER TABLE ONLY loja.auditoria
    ADD CONSTRAINT auditoria_pkey PRIMARY KEY (id);


--
-- Name: categorias categorias_pkey; Type: CONSTRAINT; Schema: loja; Owner: -
--

ALTER TABLE ONLY loja.categorias
    ADD CONSTRAINT categorias_pkey PRIMARY KEY (id);


--
-- Name: categorias categorias_slug_key; Type: CONSTRAINT; Schema: loja; Owner: -
--

ALTER TABLE ONLY loja.categorias
    ADD CONSTRAINT categorias_slug_key UNIQUE (slug);


--
-- Name: clientes clientes_email_key; Type: CONSTRAINT; Schema: loja; Owner: -
--

ALTER TABLE ONLY loja.clientes
    ADD CONSTRAINT clientes_email_key UNIQUE (email);


--
-- Name: clientes clientes_pkey; Type: CONSTRAINT; Schema: loja; Owner: -
--

ALTER TABLE ONLY loja.clientes
    ADD CONSTRAINT clientes_pkey PRIMARY KEY (id);


--
-- Name: itens_pedido itens_pedido_pkey; Type: CONSTRAINT; Schema: loja; Owner: -
--

ALTER TABLE ONLY loja.itens_pedido
    ADD CONSTRAINT itens_pedido_pkey PRIMARY KEY (id);


--
-- Name: pedidos pedidos_pkey; Type: CONSTRAINT; Schema: loja; Owner: -
--

ALTER TABLE ONLY loja.pedidos
    ADD CONSTRAINT pedidos_pkey PRIMARY KEY (id);


--
-- Name: produtos produtos_pkey; Type: CONSTRAINT; Schema: loja; Owner: -
--

ALTER TABLE ONLY loja.produtos
    ADD CONSTRAINT produtos_pkey PRIMARY KEY (id);


--
-- Name: produtos produtos_sku_key; Type: CONSTRAINT; Schema: loja; Owner: -
--

ALTER TABLE ONLY loja.produtos
    ADD CONSTRAINT produtos_sku_key UNIQUE (sku);


--
-- Name: itens_pedido_pedido_id_idx; Type: INDEX; Schema: loja; Owner: -
--

CREATE INDEX itens_pedido_pedido_id_idx ON loja.itens_pedido USING btree (pedido_id);


--
-- Name: itens_pedido_produto_id_idx; Type: INDEX; Schema: loja; Owner: -
--

CREATE INDEX itens_pedido_produto_id_idx ON loja.itens_pedido USING btree (produto_id);


--
-- Name: pedidos_cliente_id_idx; Type: INDEX; Schema: loja; Owner: -
--

CREATE INDEX pedidos_cliente_id_idx ON loja.pedidos USING btree (cliente_id);


--
-- Name: pedidos_criado_em_idx; Type: INDEX; Schema: loja; Owner: -
--

CREATE INDEX pedidos_criado_em_idx ON loja.pedidos USING btree (criado_em);


--
-- Name: pedidos_status_criado_em_idx; Type: INDEX; Schema: loja; Owner: -
--

CREATE INDEX pedidos_status_criado_em_idx ON loja.pedidos USING btree (status, criado_em);


--
-- Name: produtos_categoria_id_nome_idx; Type: INDEX; Schema: loja; Owner: -
--

CREATE INDEX produtos_categoria_id_nome_idx ON loja.produtos USING btree (categoria_id, nome);


--
-- Name: itens_pedido itens_pedido_pedido_id_fkey; Type: FK CONSTRAINT; Schema: loja; Owner: -
--

ALTER TABLE ONLY loja.itens_pedido
    ADD CONSTRAINT itens_pedido_pedido_id_fkey FOREIGN KEY (pedido_id) REFERENCES loja.pedidos(id);


--
-- Name: itens_pedido itens_pedido_produto_id_fkey; Type: FK CONSTRAINT; Schema: loja; Owner: -
--

ALTER TABLE ONLY loja.itens_pedido
    ADD CONSTRAINT itens_pedido_produto_id_fkey FOREIGN KEY (produto_id) REFERENCES loja.produtos(id);


--
-- Name: pedidos pedidos_cliente_id_fkey; Type: FK CONSTRAINT; Schema: loja; Owner: -
--

ALTER TABLE ONLY loja.pedidos
    ADD CONSTRAINT pedidos_cliente_id_fkey FOREIGN KEY (cliente_id) REFERENCES loja.clientes(id);


--
-- Name: produtos produtos_categoria_id_fkey; Type: FK CONSTRAINT; Schema: loja; Owner: -
--

ALTER TABLE ONLY loja.produtos
    ADD CONSTRAINT produtos_categoria_id_fkey FOREIGN KEY (categoria_id) REFERENCES loja.categorias(id);


--
-- PostgreSQL database dump complete
--

\unrestrict 3bbaq8hGxD8l44xBr142n23slSDY0pmx3rlFyOAbOzJ6TIkGGlWl1IhyGqZ097T

