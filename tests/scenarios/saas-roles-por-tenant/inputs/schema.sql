--
-- PostgreSQL database dump
--

\restrict LZHQHNI4CdbnO6afcXa4s5H7wID7O9wNpptsRuLPCSbdK3WdRffVqUhFueZjmMT

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
-- Name: abastecimentos; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.abastecimentos (
    id bigint NOT NULL,
    cliente name DEFAULT CURRENT_USER NOT NULL,
    veiculo_id integer NOT NULL,
    quando timestamp with time zone DEFAULT now() NOT NULL,
    litros numeric(6,2) NOT NULL,
    valor numeric(8,2) NOT NULL,
    hodometro integer NOT NULL,
    posto text
);


--
-- Name: abastecimentos_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.abastecimentos_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: abastecimentos_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.abastecimentos_id_seq OWNED BY public.abastecimentos.id;


--
-- Name: motoristas; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.motoristas (
    id integer NOT NULL,
    cliente name DEFAULT CURRENT_USER NOT NULL,
    nome text NOT NULL,
    cnh text NOT NULL,
    ativo boolean DEFAULT true NOT NULL
);


--
-- Name: motoristas_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.motoristas_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: motoristas_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.motoristas_id_seq OWNED BY public.motoristas.id;


--
-- Name: posicoes; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.posicoes (
    id bigint NOT NULL,
    cliente name DEFAULT CURRENT_USER NOT NULL,
    veiculo_id integer NOT NULL,
    registrado_em timestamp with time zone NOT NULL,
    lat double precision NOT NULL,
    lon double precision NOT NULL,
    velocidade smallint NOT NULL
);


--
-- Name: posicoes_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.posicoes_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: posicoes_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.posicoes_id_seq OWNED BY public.posicoes.id;


--
-- Name: veiculos; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.veiculos (
    id integer NOT NULL,
    cliente name DEFAULT CURRENT_USER NOT NULL,
    placa text NOT NULL,
    modelo text NOT NULL,
    ano smallint NOT NULL,
    hodometro integer DEFAULT 0 NOT NULL,
    ativo boolean DEFAULT true NOT NULL
);


--
-- Name: veiculos_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.veiculos_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: veiculos_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.veiculos_id_seq OWNED BY public.veiculos.id;


--
-- Name: viagens; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.viagens (
    id bigint NOT NULL,
    cliente name DEFAULT CURRENT_USER NOT NULL,
    veiculo_id integer NOT NULL,
    motorista_id integer NOT NULL,
    origem text NOT NULL,
    destino text NOT NULL,
    inicio timestamp with time zone NOT NULL,
    fim timestamp with time zone,
    km numeric(8,1),
    status text DEFAULT 'em_andamento'::text NOT NULL,
    sincronizada_em timestamp with time zone
);


--
-- Name: viagens_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.viagens_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: viagens_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.viagens_id_seq OWNED BY public.viagens.id;


--
-- Name: abastecimentos id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.abastecimentos ALTER COLUMN id SET DEFAULT nextval('public.abastecimentos_id_seq'::regclass);


--
-- Name: motoristas id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.motoristas ALTER COLUMN id SET DEFAULT nextval('public.motoristas_id_seq'::regclass);


--
-- Name: posicoes id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.posicoes ALTER COLUMN id SET DEFAULT nextval('public.posicoes_id_seq'::regclass);


--
-- Name: veiculos id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.veiculos ALTER COLUMN id SET DEFAULT nextval('public.veiculos_id_seq'::regclass);


--
-- Name: viagens id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.viagens ALTER COLUMN id SET DEFAULT nextval('public.viagens_id_seq'::regclass);


--
-- Name: abastecimentos abastecimentos_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.abastecimentos
    ADD CONSTRAINT abastecimentos_pkey PRIMARY KEY (id);


--
-- Name: motoristas motoristas_cliente_cnh_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.motoristas
    ADD CONSTRAINT motoristas_cliente_cnh_key UNIQUE (cliente, cnh);


--
-- Name: motoristas motoristas_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.motoristas
    ADD CONSTRAINT motoristas_pkey PRIMARY KEY (id);


--
-- Name: posicoes posicoes_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.posicoes
    ADD CONSTRAINT posicoes_pkey PRIMARY KEY (id);


--
-- Name: veiculos veiculos_cliente_placa_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.veiculos
    ADD CONSTRAINT veiculos_cliente_placa_key UNIQUE (cliente, placa);


--
-- Name: veiculos veiculos_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.veiculos
    ADD CONSTRAINT veiculos_pkey PRIMARY KEY (id);


--
-- Name: viagens viagens_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.viagens
    ADD CONSTRAINT viagens_pkey PRIMARY KEY (id);


--
-- Name: abastecimentos_veiculo_quando_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX abastecimentos_veiculo_quando_idx ON public.abastecimentos USING btree (veiculo_id, quando);


--
-- Name: posicoes_veiculo_registrado_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX posicoes_veiculo_registrado_idx ON public.posicoes USING btree (veiculo_id, registrado_em);


--
-- Name: viagens_motorista_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX viagens_motorista_idx ON public.viagens USING btree (motorista_id);


--
-- Name: viagens_pendentes_erp_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX viagens_pendentes_erp_idx ON public.viagens USING btree (cliente, fim) WHERE ((status = 'concluida'::text) AND (sincronizada_em IS NULL));


--
-- Name: viagens_veiculo_inicio_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX viagens_veiculo_inicio_idx ON public.viagens USING btree (veiculo_id, inicio);


--
-- Name: abastecimentos abastecimentos_veiculo_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.abastecimentos
    ADD CONSTRAINT abastecimentos_veiculo_id_fkey FOREIGN KEY (veiculo_id) REFERENCES public.veiculos(id);


--
-- Name: viagens viagens_motorista_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.viagens
    ADD CONSTRAINT viagens_motorista_id_fkey FOREIGN KEY (motorista_id) REFERENCES public.motoristas(id);


--
-- Name: viagens viagens_veiculo_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.viagens
    ADD CONSTRAINT viagens_veiculo_id_fkey FOREIGN KEY (veiculo_id) REFERENCES public.veiculos(id);


--
-- Name: abastecimentos; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.abastecimentos ENABLE ROW LEVEL SECURITY;

--
-- Name: motoristas; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.motoristas ENABLE ROW LEVEL SECURITY;

--
-- Name: abastecimentos por_cliente; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY por_cliente ON public.abastecimentos USING ((cliente = CURRENT_USER));


--
-- Name: motoristas por_cliente; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY por_cliente ON public.motoristas USING ((cliente = CURRENT_USER));


--
-- Name: posicoes por_cliente; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY por_cliente ON public.posicoes USING ((cliente = CURRENT_USER));


--
-- Name: veiculos por_cliente; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY por_cliente ON public.veiculos USING ((cliente = CURRENT_USER));


--
-- Name: viagens por_cliente; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY por_cliente ON public.viagens USING ((cliente = CURRENT_USER));


--
-- Name: posicoes; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.posicoes ENABLE ROW LEVEL SECURITY;

--
-- Name: veiculos; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.veiculos ENABLE ROW LEVEL SECURITY;

--
-- Name: viagens; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.viagens ENABLE ROW LEVEL SECURITY;

--
-- PostgreSQL database dump complete
--

\unrestrict LZHQHNI4CdbnO6afcXa4s5H7wID7O9wNpptsRuLPCSbdK3WdRffVqUhFueZjmMT

