--
-- PostgreSQL database dump
--

\restrict ARRfcAYV0pvdzANRKDnEfKKBr9WkPDgtpkecIwG2JZDXGvVkCSyWjKx9jhwEhbe

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
-- Name: entregadores; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.entregadores (
    id integer NOT NULL,
    nome text NOT NULL,
    vehiculo text NOT NULL,
    ciudad text NOT NULL,
    disponible boolean DEFAULT true NOT NULL,
    lat double precision,
    lng double precision,
    ultima_ubicacion_em timestamp with time zone
);


--
-- Name: itens_pedido; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.itens_pedido (
    id bigint NOT NULL,
    pedido_id bigint NOT NULL,
    descricao text NOT NULL,
    quantidade integer NOT NULL,
    preco_unit numeric(10,2) NOT NULL,
    observacion text
);


--
-- Name: itens_pedido_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.itens_pedido_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: itens_pedido_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.itens_pedido_id_seq OWNED BY public.itens_pedido.id;


--
-- Name: pedidos; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.pedidos (
    id bigint NOT NULL,
    restaurante_id integer NOT NULL,
    entregador_id integer,
    status text DEFAULT 'recebido'::text NOT NULL,
    total numeric(10,2) NOT NULL,
    direccion_entrega text NOT NULL,
    criado_em timestamp with time zone DEFAULT now() NOT NULL,
    atualizado_em timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT pedidos_status_check CHECK ((status = ANY (ARRAY['recebido'::text, 'aceito'::text, 'preparando'::text, 'en_camino'::text, 'entregue'::text, 'cancelado'::text])))
);


--
-- Name: pedidos_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.pedidos_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: pedidos_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.pedidos_id_seq OWNED BY public.pedidos.id;


--
-- Name: restaurantes; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.restaurantes (
    id integer NOT NULL,
    nombre text NOT NULL,
    ciudad text NOT NULL,
    pais character(2) NOT NULL,
    moneda character(3) NOT NULL,
    activo boolean DEFAULT true NOT NULL,
    criado_em timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: itens_pedido id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.itens_pedido ALTER COLUMN id SET DEFAULT nextval('public.itens_pedido_id_seq'::regclass);


--
-- Name: pedidos id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.pedidos ALTER COLUMN id SET DEFAULT nextval('public.pedidos_id_seq'::regclass);


--
-- Name: entregadores entregadores_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.entregadores
    ADD CONSTRAINT entregadores_pkey PRIMARY KEY (id);


--
-- Name: itens_pedido itens_pedido_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.itens_pedido
    ADD CONSTRAINT itens_pedido_pkey PRIMARY KEY (id);


--
-- Name: pedidos pedidos_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.pedidos
    ADD CONSTRAINT pedidos_pkey PRIMARY KEY (id);


--
-- Name: restaurantes restaurantes_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.restaurantes
    ADD CONSTRAINT restaurantes_pkey PRIMARY KEY (id);


--
-- Name: itens_pedido_pedido_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX itens_pedido_pedido_id_idx ON public.itens_pedido USING btree (pedido_id);


--
-- Name: pedidos_entregador_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX pedidos_entregador_id_idx ON public.pedidos USING btree (entregador_id);


--
-- Name: pedidos_restaurante_id_criado_em_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX pedidos_restaurante_id_criado_em_idx ON public.pedidos USING btree (restaurante_id, criado_em);


--
-- Name: itens_pedido itens_pedido_pedido_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.itens_pedido
    ADD CONSTRAINT itens_pedido_pedido_id_fkey FOREIGN KEY (pedido_id) REFERENCES public.pedidos(id);


--
-- Name: pedidos pedidos_entregador_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.pedidos
    ADD CONSTRAINT pedidos_entregador_id_fkey FOREIGN KEY (entregador_id) REFERENCES public.entregadores(id);


--
-- Name: pedidos pedidos_restaurante_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.pedidos
    ADD CONSTRAINT pedidos_restaurante_id_fkey FOREIGN KEY (restaurante_id) REFERENCES public.restaurantes(id);


--
-- PostgreSQL database dump complete
--

\unrestrict ARRfcAYV0pvdzANRKDnEfKKBr9WkPDgtpkecIwG2JZDXGvVkCSyWjKx9jhwEhbe

