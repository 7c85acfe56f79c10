--
-- PostgreSQL database dump
--

\restrict fTT7t1GWp28eNqsc8Oh4B1Sdv92mjiTn2wIpfC0FrzPhctaAhHjpl6s3nqqIHva

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
-- Name: tenant_alvorada; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA tenant_alvorada;


--
-- Name: tenant_boavista; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA tenant_boavista;


--
-- Name: tenant_caravela; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA tenant_caravela;


--
-- Name: tenant_duna; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA tenant_duna;


--
-- Name: tenant_estrela; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA tenant_estrela;


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
    documento text NOT NULL,
    email text,
    telefone text,
    responsavel_id integer,
    ativo boolean DEFAULT true NOT NULL,
    criado_em timestamp with time zone DEFAULT now() NOT NULL,
    atualizado_em timestamp with time zone DEFAULT now() NOT NULL
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
-- Name: contatos; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.contatos (
    id integer NOT NULL,
    cliente_id integer NOT NULL,
    nome text NOT NULL,
    email text,
    cargo text
);


--
-- Name: contatos_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.contatos_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: contatos_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.contatos_id_seq OWNED BY public.contatos.id;


--
-- Name: interacoes; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.interacoes (
    id bigint NOT NULL,
    ticket_id integer NOT NULL,
    usuario_id integer,
    tipo text NOT NULL,
    texto text NOT NULL,
    criado_em timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: interacoes_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.interacoes_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: interacoes_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.interacoes_id_seq OWNED BY public.interacoes.id;


--
-- Name: notificacoes; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.notificacoes (
    id bigint NOT NULL,
    usuario_id integer NOT NULL,
    tipo text NOT NULL,
    referencia_id integer,
    lida boolean DEFAULT false NOT NULL,
    criada_em timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: notificacoes_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.notificacoes_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: notificacoes_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.notificacoes_id_seq OWNED BY public.notificacoes.id;


--
-- Name: oportunidades; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.oportunidades (
    id integer NOT NULL,
    cliente_id integer NOT NULL,
    etapa text NOT NULL,
    valor numeric(12,2) NOT NULL,
    previsao_fechamento date
);


--
-- Name: oportunidades_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.oportunidades_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: oportunidades_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.oportunidades_id_seq OWNED BY public.oportunidades.id;


--
-- Name: planos; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.planos (
    id smallint NOT NULL,
    nome text NOT NULL,
    limite_usuarios integer NOT NULL,
    preco_mensal numeric(10,2) NOT NULL
);


--
-- Name: tenants; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.tenants (
    id smallint NOT NULL,
    nome text NOT NULL,
    schema_nome text NOT NULL,
    plano_id smallint NOT NULL,
    ativo boolean DEFAULT true NOT NULL,
    criado_em timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: tickets; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.tickets (
    id integer NOT NULL,
    cliente_id integer NOT NULL,
    responsavel_id integer,
    assunto text NOT NULL,
    status text DEFAULT 'aberto'::text NOT NULL,
    prioridade smallint DEFAULT 3 NOT NULL,
    criado_em timestamp with time zone DEFAULT now() NOT NULL,
    atualizado_em timestamp with time zone DEFAULT now() NOT NULL,
    sla_vence_em timestamp with time zone NOT NULL
);


--
-- Name: tickets_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.tickets_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: tickets_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.tickets_id_seq OWNED BY public.tickets.id;


--
-- Name: usuarios; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.usuarios (
    id integer NOT NULL,
    email text NOT NULL,
    nome text NOT NULL,
    papel text DEFAULT 'atendente'::text NOT NULL,
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
-- Name: clientes; Type: TABLE; Schema: tenant_alvorada; Owner: -
--

CREATE TABLE tenant_alvorada.clientes (
    id integer NOT NULL,
    nome text NOT NULL,
    documento text NOT NULL,
    email text,
    telefone text,
    responsavel_id integer,
    ativo boolean DEFAULT true NOT NULL,
    criado_em timestamp with time zone DEFAULT now() NOT NULL,
    atualizado_em timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: clientes_id_seq; Type: SEQUENCE; Schema: tenant_alvorada; Owner: -
--

CREATE SEQUENCE tenant_alvorada.clientes_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: clientes_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_alvorada; Owner: -
--

ALTER SEQUENCE tenant_alvorada.clientes_id_seq OWNED BY tenant_alvorada.clientes.id;


--
-- Name: contatos; Type: TABLE; Schema: tenant_alvorada; Owner: -
--

CREATE TABLE tenant_alvorada.contatos (
    id integer NOT NULL,
    cliente_id integer NOT NULL,
    nome text NOT NULL,
    email text,
    cargo text
);


--
-- Name: contatos_id_seq; Type: SEQUENCE; Schema: tenant_alvorada; Owner: -
--

CREATE SEQUENCE tenant_alvorada.contatos_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: contatos_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_alvorada; Owner: -
--

ALTER SEQUENCE tenant_alvorada.contatos_id_seq OWNED BY tenant_alvorada.contatos.id;


--
-- Name: interacoes; Type: TABLE; Schema: tenant_alvorada; Owner: -
--

CREATE TABLE tenant_alvorada.interacoes (
    id bigint NOT NULL,
    ticket_id integer NOT NULL,
    usuario_id integer,
    tipo text NOT NULL,
    texto text NOT NULL,
    criado_em timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: interacoes_id_seq; Type: SEQUENCE; Schema: tenant_alvorada; Owner: -
--

CREATE SEQUENCE tenant_alvorada.interacoes_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: interacoes_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_alvorada; Owner: -
--

ALTER SEQUENCE tenant_alvorada.interacoes_id_seq OWNED BY tenant_alvorada.interacoes.id;


--
-- Name: notificacoes; Type: TABLE; Schema: tenant_alvorada; Owner: -
--

CREATE TABLE tenant_alvorada.notificacoes (
    id bigint NOT NULL,
    usuario_id integer NOT NULL,
    tipo text NOT NULL,
    referencia_id integer,
    lida boolean DEFAULT false NOT NULL,
    criada_em timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: notificacoes_id_seq; Type: SEQUENCE; Schema: tenant_alvorada; Owner: -
--

CREATE SEQUENCE tenant_alvorada.notificacoes_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: notificacoes_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_alvorada; Owner: -
--

ALTER SEQUENCE tenant_alvorada.notificacoes_id_seq OWNED BY tenant_alvorada.notificacoes.id;


--
-- Name: oportunidades; Type: TABLE; Schema: tenant_alvorada; Owner: -
--

CREATE TABLE tenant_alvorada.oportunidades (
    id integer NOT NULL,
    cliente_id integer NOT NULL,
    etapa text NOT NULL,
    valor numeric(12,2) NOT NULL,
    previsao_fechamento date
);


--
-- Name: oportunidades_id_seq; Type: SEQUENCE; Schema: tenant_alvorada; Owner: -
--

CREATE SEQUENCE tenant_alvorada.oportunidades_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: oportunidades_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_alvorada; Owner: -
--

ALTER SEQUENCE tenant_alvorada.oportunidades_id_seq OWNED BY tenant_alvorada.oportunidades.id;


--
-- Name: tickets; Type: TABLE; Schema: tenant_alvorada; Owner: -
--

CREATE TABLE tenant_alvorada.tickets (
    id integer NOT NULL,
    cliente_id integer NOT NULL,
    responsavel_id integer,
    assunto text NOT NULL,
    status text DEFAULT 'aberto'::text NOT NULL,
    prioridade smallint DEFAULT 3 NOT NULL,
    criado_em timestamp with time zone DEFAULT now() NOT NULL,
    atualizado_em timestamp with time zone DEFAULT now() NOT NULL,
    sla_vence_em timestamp with time zone NOT NULL
);


--
-- Name: tickets_id_seq; Type: SEQUENCE; Schema: tenant_alvorada; Owner: -
--

CREATE SEQUENCE tenant_alvorada.tickets_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: tickets_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_alvorada; Owner: -
--

ALTER SEQUENCE tenant_alvorada.tickets_id_seq OWNED BY tenant_alvorada.tickets.id;


--
-- Name: usuarios; Type: TABLE; Schema: tenant_alvorada; Owner: -
--

CREATE TABLE tenant_alvorada.usuarios (
    id integer NOT NULL,
    email text NOT NULL,
    nome text NOT NULL,
    papel text DEFAULT 'atendente'::text NOT NULL,
    ativo boolean DEFAULT true NOT NULL,
    ultimo_login timestamp with time zone
);


--
-- Name: usuarios_id_seq; Type: SEQUENCE; Schema: tenant_alvorada; Owner: -
--

CREATE SEQUENCE tenant_alvorada.usuarios_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: usuarios_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_alvorada; Owner: -
--

ALTER SEQUENCE tenant_alvorada.usuarios_id_seq OWNED BY tenant_alvorada.usuarios.id;


--
-- Name: clientes; Type: TABLE; Schema: tenant_boavista; Owner: -
--

CREATE TABLE tenant_boavista.clientes (
    id integer NOT NULL,
    nome text NOT NULL,
    documento text NOT NULL,
    email text,
    telefone text,
    responsavel_id integer,
    ativo boolean DEFAULT true NOT NULL,
    criado_em timestamp with time zone DEFAULT now() NOT NULL,
    atualizado_em timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: clientes_id_seq; Type: SEQUENCE; Schema: tenant_boavista; Owner: -
--

CREATE SEQUENCE tenant_boavista.clientes_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: clientes_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_boavista; Owner: -
--

ALTER SEQUENCE tenant_boavista.clientes_id_seq OWNED BY tenant_boavista.clientes.id;


--
-- Name: contatos; Type: TABLE; Schema: tenant_boavista; Owner: -
--

CREATE TABLE tenant_boavista.contatos (
    id integer NOT NULL,
    cliente_id integer NOT NULL,
    nome text NOT NULL,
    email text,
    cargo text
);


--
-- Name: contatos_id_seq; Type: SEQUENCE; Schema: tenant_boavista; Owner: -
--

CREATE SEQUENCE tenant_boavista.contatos_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: contatos_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_boavista; Owner: -
--

ALTER SEQUENCE tenant_boavista.contatos_id_seq OWNED BY tenant_boavista.contatos.id;


--
-- Name: interacoes; Type: TABLE; Schema: tenant_boavista; Owner: -
--

CREATE TABLE tenant_boavista.interacoes (
    id bigint NOT NULL,
    ticket_id integer NOT NULL,
    usuario_id integer,
    tipo text NOT NULL,
    texto text NOT NULL,
    criado_em timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: interacoes_id_seq; Type: SEQUENCE; Schema: tenant_boavista; Owner: -
--

CREATE SEQUENCE tenant_boavista.interacoes_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: interacoes_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_boavista; Owner: -
--

ALTER SEQUENCE tenant_boavista.interacoes_id_seq OWNED BY tenant_boavista.interacoes.id;


--
-- Name: notificacoes; Type: TABLE; Schema: tenant_boavista; Owner: -
--

CREATE TABLE tenant_boavista.notificacoes (
    id bigint NOT NULL,
    usuario_id integer NOT NULL,
    tipo text NOT NULL,
    referencia_id integer,
    lida boolean DEFAULT false NOT NULL,
    criada_em timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: notificacoes_id_seq; Type: SEQUENCE; Schema: tenant_boavista; Owner: -
--

CREATE SEQUENCE tenant_boavista.notificacoes_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: notificacoes_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_boavista; Owner: -
--

ALTER SEQUENCE tenant_boavista.notificacoes_id_seq OWNED BY tenant_boavista.notificacoes.id;


--
-- Name: oportunidades; Type: TABLE; Schema: tenant_boavista; Owner: -
--

CREATE TABLE tenant_boavista.oportunidades (
    id integer NOT NULL,
    cliente_id integer NOT NULL,
    etapa text NOT NULL,
    valor numeric(12,2) NOT NULL,
    previsao_fechamento date
);


--
-- Name: oportunidades_id_seq; Type: SEQUENCE; Schema: tenant_boavista; Owner: -
--

CREATE SEQUENCE tenant_boavista.oportunidades_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: oportunidades_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_boavista; Owner: -
--

ALTER SEQUENCE tenant_boavista.oportunidades_id_seq OWNED BY tenant_boavista.oportunidades.id;


--
-- Name: tickets; Type: TABLE; Schema: tenant_boavista; Owner: -
--

CREATE TABLE tenant_boavista.tickets (
    id integer NOT NULL,
    cliente_id integer NOT NULL,
    responsavel_id integer,
    assunto text NOT NULL,
    status text DEFAULT 'aberto'::text NOT NULL,
    prioridade smallint DEFAULT 3 NOT NULL,
    criado_em timestamp with time zone DEFAULT now() NOT NULL,
    atualizado_em timestamp with time zone DEFAULT now() NOT NULL,
    sla_vence_em timestamp with time zone NOT NULL
);


--
-- Name: tickets_id_seq; Type: SEQUENCE; Schema: tenant_boavista; Owner: -
--

CREATE SEQUENCE tenant_boavista.tickets_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: tickets_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_boavista; Owner: -
--

ALTER SEQUENCE tenant_boavista.tickets_id_seq OWNED BY tenant_boavista.tickets.id;


--
-- Name: usuarios; Type: TABLE; Schema: tenant_boavista; Owner: -
--

CREATE TABLE tenant_boavista.usuarios (
    id integer NOT NULL,
    email text NOT NULL,
    nome text NOT NULL,
    papel text DEFAULT 'atendente'::text NOT NULL,
    ativo boolean DEFAULT true NOT NULL,
    ultimo_login timestamp with time zone
);


--
-- Name: usuarios_id_seq; Type: SEQUENCE; Schema: tenant_boavista; Owner: -
--

CREATE SEQUENCE tenant_boavista.usuarios_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: usuarios_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_boavista; Owner: -
--

ALTER SEQUENCE tenant_boavista.usuarios_id_seq OWNED BY tenant_boavista.usuarios.id;


--
-- Name: clientes; Type: TABLE; Schema: tenant_caravela; Owner: -
--

CREATE TABLE tenant_caravela.clientes (
    id integer NOT NULL,
    nome text NOT NULL,
    documento text NOT NULL,
    email text,
    telefone text,
    responsavel_id integer,
    ativo boolean DEFAULT true NOT NULL,
    criado_em timestamp with time zone DEFAULT now() NOT NULL,
    atualizado_em timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: clientes_id_seq; Type: SEQUENCE; Schema: tenant_caravela; Owner: -
--

CREATE SEQUENCE tenant_caravela.clientes_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: clientes_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_caravela; Owner: -
--

ALTER SEQUENCE tenant_caravela.clientes_id_seq OWNED BY tenant_caravela.clientes.id;


--
-- Name: contatos; Type: TABLE; Schema: tenant_caravela; Owner: -
--

CREATE TABLE tenant_caravela.contatos (
    id integer NOT NULL,
    cliente_id integer NOT NULL,
    nome text NOT NULL,
    email text,
    cargo text
);


--
-- Name: contatos_id_seq; Type: SEQUENCE; Schema: tenant_caravela; Owner: -
--

CREATE SEQUENCE tenant_caravela.contatos_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: contatos_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_caravela; Owner: -
--

ALTER SEQUENCE tenant_caravela.contatos_id_seq OWNED BY tenant_caravela.contatos.id;


--
-- Name: interacoes; Type: TABLE; Schema: tenant_caravela; Owner: -
--

CREATE TABLE tenant_caravela.interacoes (
    id bigint NOT NULL,
    ticket_id integer NOT NULL,
    usuario_id integer,
    tipo text NOT NULL,
    texto text NOT NULL,
    criado_em timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: interacoes_id_seq; Type: SEQUENCE; Schema: tenant_caravela; Owner: -
--

CREATE SEQUENCE tenant_caravela.interacoes_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: interacoes_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_caravela; Owner: -
--

ALTER SEQUENCE tenant_caravela.interacoes_id_seq OWNED BY tenant_caravela.interacoes.id;


--
-- Name: notificacoes; Type: TABLE; Schema: tenant_caravela; Owner: -
--

CREATE TABLE tenant_caravela.notificacoes (
    id bigint NOT NULL,
    usuario_id integer NOT NULL,
    tipo text NOT NULL,
    referencia_id integer,
    lida boolean DEFAULT false NOT NULL,
    criada_em timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: notificacoes_id_seq; Type: SEQUENCE; Schema: tenant_caravela; Owner: -
--

CREATE SEQUENCE tenant_caravela.notificacoes_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: notificacoes_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_caravela; Owner: -
--

ALTER SEQUENCE tenant_caravela.notificacoes_id_seq OWNED BY tenant_caravela.notificacoes.id;


--
-- Name: oportunidades; Type: TABLE; Schema: tenant_caravela; Owner: -
--

CREATE TABLE tenant_caravela.oportunidades (
    id integer NOT NULL,
    cliente_id integer NOT NULL,
    etapa text NOT NULL,
    valor numeric(12,2) NOT NULL,
    previsao_fechamento date
);


--
-- Name: oportunidades_id_seq; Type: SEQUENCE; Schema: tenant_caravela; Owner: -
--

CREATE SEQUENCE tenant_caravela.oportunidades_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: oportunidades_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_caravela; Owner: -
--

ALTER SEQUENCE tenant_caravela.oportunidades_id_seq OWNED BY tenant_caravela.oportunidades.id;


--
-- Name: tickets; Type: TABLE; Schema: tenant_caravela; Owner: -
--

CREATE TABLE tenant_caravela.tickets (
    id integer NOT NULL,
    cliente_id integer NOT NULL,
    responsavel_id integer,
    assunto text NOT NULL,
    status text DEFAULT 'aberto'::text NOT NULL,
    prioridade smallint DEFAULT 3 NOT NULL,
    criado_em timestamp with time zone DEFAULT now() NOT NULL,
    atualizado_em timestamp with time zone DEFAULT now() NOT NULL,
    sla_vence_em timestamp with time zone NOT NULL
);


--
-- Name: tickets_id_seq; Type: SEQUENCE; Schema: tenant_caravela; Owner: -
--

CREATE SEQUENCE tenant_caravela.tickets_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: tickets_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_caravela; Owner: -
--

ALTER SEQUENCE tenant_caravela.tickets_id_seq OWNED BY tenant_caravela.tickets.id;


--
-- Name: usuarios; Type: TABLE; Schema: tenant_caravela; Owner: -
--

CREATE TABLE tenant_caravela.usuarios (
    id integer NOT NULL,
    email text NOT NULL,
    nome text NOT NULL,
    papel text DEFAULT 'atendente'::text NOT NULL,
    ativo boolean DEFAULT true NOT NULL,
    ultimo_login timestamp with time zone
);


--
-- Name: usuarios_id_seq; Type: SEQUENCE; Schema: tenant_caravela; Owner: -
--

CREATE SEQUENCE tenant_caravela.usuarios_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: usuarios_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_caravela; Owner: -
--

ALTER SEQUENCE tenant_caravela.usuarios_id_seq OWNED BY tenant_caravela.usuarios.id;


--
-- Name: clientes; Type: TABLE; Schema: tenant_duna; Owner: -
--

CREATE TABLE tenant_duna.clientes (
    id integer NOT NULL,
    nome text NOT NULL,
    documento text NOT NULL,
    email text,
    telefone text,
    responsavel_id integer,
    ativo boolean DEFAULT true NOT NULL,
    criado_em timestamp with time zone DEFAULT now() NOT NULL,
    atualizado_em timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: clientes_id_seq; Type: SEQUENCE; Schema: tenant_duna; Owner: -
--

CREATE SEQUENCE tenant_duna.clientes_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: clientes_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_duna; Owner: -
--

ALTER SEQUENCE tenant_duna.clientes_id_seq OWNED BY tenant_duna.clientes.id;


--
-- Name: contatos; Type: TABLE; Schema: tenant_duna; Owner: -
--

CREATE TABLE tenant_duna.contatos (
    id integer NOT NULL,
    cliente_id integer NOT NULL,
    nome text NOT NULL,
    email text,
    cargo text
);


--
-- Name: contatos_id_seq; Type: SEQUENCE; Schema: tenant_duna; Owner: -
--

CREATE SEQUENCE tenant_duna.contatos_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: contatos_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_duna; Owner: -
--

ALTER SEQUENCE tenant_duna.contatos_id_seq OWNED BY tenant_duna.contatos.id;


--
-- Name: interacoes; Type: TABLE; Schema: tenant_duna; Owner: -
--

CREATE TABLE tenant_duna.interacoes (
    id bigint NOT NULL,
    ticket_id integer NOT NULL,
    usuario_id integer,
    tipo text NOT NULL,
    texto text NOT NULL,
    criado_em timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: interacoes_id_seq; Type: SEQUENCE; Schema: tenant_duna; Owner: -
--

CREATE SEQUENCE tenant_duna.interacoes_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: interacoes_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_duna; Owner: -
--

ALTER SEQUENCE tenant_duna.interacoes_id_seq OWNED BY tenant_duna.interacoes.id;


--
-- Name: notificacoes; Type: TABLE; Schema: tenant_duna; Owner: -
--

CREATE TABLE tenant_duna.notificacoes (
    id bigint NOT NULL,
    usuario_id integer NOT NULL,
    tipo text NOT NULL,
    referencia_id integer,
    lida boolean DEFAULT false NOT NULL,
    criada_em timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: notificacoes_id_seq; Type: SEQUENCE; Schema: tenant_duna; Owner: -
--

CREATE SEQUENCE tenant_duna.notificacoes_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: notificacoes_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_duna; Owner: -
--

ALTER SEQUENCE tenant_duna.notificacoes_id_seq OWNED BY tenant_duna.notificacoes.id;


--
-- Name: oportunidades; Type: TABLE; Schema: tenant_duna; Owner: -
--

CREATE TABLE tenant_duna.oportunidades (
    id integer NOT NULL,
    cliente_id integer NOT NULL,
    etapa text NOT NULL,
    valor numeric(12,2) NOT NULL,
    previsao_fechamento date
);


--
-- Name: oportunidades_id_seq; Type: SEQUENCE; Schema: tenant_duna; Owner: -
--

CREATE SEQUENCE tenant_duna.oportunidades_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: oportunidades_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_duna; Owner: -
--

ALTER SEQUENCE tenant_duna.oportunidades_id_seq OWNED BY tenant_duna.oportunidades.id;


--
-- Name: tickets; Type: TABLE; Schema: tenant_duna; Owner: -
--

CREATE TABLE tenant_duna.tickets (
    id integer NOT NULL,
    cliente_id integer NOT NULL,
    responsavel_id integer,
    assunto text NOT NULL,
    status text DEFAULT 'aberto'::text NOT NULL,
    prioridade smallint DEFAULT 3 NOT NULL,
    criado_em timestamp with time zone DEFAULT now() NOT NULL,
    atualizado_em timestamp with time zone DEFAULT now() NOT NULL,
    sla_vence_em timestamp with time zone NOT NULL
);


--
-- Name: tickets_id_seq; Type: SEQUENCE; Schema: tenant_duna; Owner: -
--

CREATE SEQUENCE tenant_duna.tickets_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: tickets_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_duna; Owner: -
--

ALTER SEQUENCE tenant_duna.tickets_id_seq OWNED BY tenant_duna.tickets.id;


--
-- Name: usuarios; Type: TABLE; Schema: tenant_duna; Owner: -
--

CREATE TABLE tenant_duna.usuarios (
    id integer NOT NULL,
    email text NOT NULL,
    nome text NOT NULL,
    papel text DEFAULT 'atendente'::text NOT NULL,
    ativo boolean DEFAULT true NOT NULL,
    ultimo_login timestamp with time zone
);


--
-- Name: usuarios_id_seq; Type: SEQUENCE; Schema: tenant_duna; Owner: -
--

CREATE SEQUENCE tenant_duna.usuarios_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: usuarios_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_duna; Owner: -
--

ALTER SEQUENCE tenant_duna.usuarios_id_seq OWNED BY tenant_duna.usuarios.id;


--
-- Name: clientes; Type: TABLE; Schema: tenant_estrela; Owner: -
--

CREATE TABLE tenant_estrela.clientes (
    id integer NOT NULL,
    nome text NOT NULL,
    documento text NOT NULL,
    email text,
    telefone text,
    responsavel_id integer,
    ativo boolean DEFAULT true NOT NULL,
    criado_em timestamp with time zone DEFAULT now() NOT NULL,
    atualizado_em timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: clientes_id_seq; Type: SEQUENCE; Schema: tenant_estrela; Owner: -
--

CREATE SEQUENCE tenant_estrela.clientes_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: clientes_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_estrela; Owner: -
--

ALTER SEQUENCE tenant_estrela.clientes_id_seq OWNED BY tenant_estrela.clientes.id;


--
-- Name: contatos; Type: TABLE; Schema: tenant_estrela; Owner: -
--

CREATE TABLE tenant_estrela.contatos (
    id integer NOT NULL,
    cliente_id integer NOT NULL,
    nome text NOT NULL,
    email text,
    cargo text
);


--
-- Name: contatos_id_seq; Type: SEQUENCE; Schema: tenant_estrela; Owner: -
--

CREATE SEQUENCE tenant_estrela.contatos_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: contatos_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_estrela; Owner: -
--

ALTER SEQUENCE tenant_estrela.contatos_id_seq OWNED BY tenant_estrela.contatos.id;


--
-- Name: interacoes; Type: TABLE; Schema: tenant_estrela; Owner: -
--

CREATE TABLE tenant_estrela.interacoes (
    id bigint NOT NULL,
    ticket_id integer NOT NULL,
    usuario_id integer,
    tipo text NOT NULL,
    texto text NOT NULL,
    criado_em timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: interacoes_id_seq; Type: SEQUENCE; Schema: tenant_estrela; Owner: -
--

CREATE SEQUENCE tenant_estrela.interacoes_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: interacoes_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_estrela; Owner: -
--

ALTER SEQUENCE tenant_estrela.interacoes_id_seq OWNED BY tenant_estrela.interacoes.id;


--
-- Name: notificacoes; Type: TABLE; Schema: tenant_estrela; Owner: -
--

CREATE TABLE tenant_estrela.notificacoes (
    id bigint NOT NULL,
    usuario_id integer NOT NULL,
    tipo text NOT NULL,
    referencia_id integer,
    lida boolean DEFAULT false NOT NULL,
    criada_em timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: notificacoes_id_seq; Type: SEQUENCE; Schema: tenant_estrela; Owner: -
--

CREATE SEQUENCE tenant_estrela.notificacoes_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: notificacoes_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_estrela; Owner: -
--

ALTER SEQUENCE tenant_estrela.notificacoes_id_seq OWNED BY tenant_estrela.notificacoes.id;


--
-- Name: oportunidades; Type: TABLE; Schema: tenant_estrela; Owner: -
--

CREATE TABLE tenant_estrela.oportunidades (
    id integer NOT NULL,
    cliente_id integer NOT NULL,
    etapa text NOT NULL,
    valor numeric(12,2) NOT NULL,
    previsao_fechamento date
);


--
-- Name: oportunidades_id_seq; Type: SEQUENCE; Schema: tenant_estrela; Owner: -
--

CREATE SEQUENCE tenant_estrela.oportunidades_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: oportunidades_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_estrela; Owner: -
--

ALTER SEQUENCE tenant_estrela.oportunidades_id_seq OWNED BY tenant_estrela.oportunidades.id;


--
-- Name: tickets; Type: TABLE; Schema: tenant_estrela; Owner: -
--

CREATE TABLE tenant_estrela.tickets (
    id integer NOT NULL,
    cliente_id integer NOT NULL,
    responsavel_id integer,
    assunto text NOT NULL,
    status text DEFAULT 'aberto'::text NOT NULL,
    prioridade smallint DEFAULT 3 NOT NULL,
    criado_em timestamp with time zone DEFAULT now() NOT NULL,
    atualizado_em timestamp with time zone DEFAULT now() NOT NULL,
    sla_vence_em timestamp with time zone NOT NULL
);


--
-- Name: tickets_id_seq; Type: SEQUENCE; Schema: tenant_estrela; Owner: -
--

CREATE SEQUENCE tenant_estrela.tickets_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: tickets_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_estrela; Owner: -
--

ALTER SEQUENCE tenant_estrela.tickets_id_seq OWNED BY tenant_estrela.tickets.id;


--
-- Name: usuarios; Type: TABLE; Schema: tenant_estrela; Owner: -
--

CREATE TABLE tenant_estrela.usuarios (
    id integer NOT NULL,
    email text NOT NULL,
    nome text NOT NULL,
    papel text DEFAULT 'atendente'::text NOT NULL,
    ativo boolean DEFAULT true NOT NULL,
    ultimo_login timestamp with time zone
);


--
-- Name: usuarios_id_seq; Type: SEQUENCE; Schema: tenant_estrela; Owner: -
--

CREATE SEQUENCE tenant_estrela.usuarios_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: usuarios_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_estrela; Owner: -
--

ALTER SEQUENCE tenant_estrela.usuarios_id_seq OWNED BY tenant_estrela.usuarios.id;


--
-- Name: clientes id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.clientes ALTER COLUMN id SET DEFAULT nextval('public.clientes_id_seq'::regclass);


--
-- Name: contatos id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.contatos ALTER COLUMN id SET DEFAULT nextval('public.contatos_id_seq'::regclass);


--
-- Name: interacoes id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.interacoes ALTER COLUMN id SET DEFAULT nextval('public.interacoes_id_seq'::regclass);


--
-- Name: notificacoes id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.notificacoes ALTER COLUMN id SET DEFAULT nextval('public.notificacoes_id_seq'::regclass);


--
-- Name: oportunidades id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.oportunidades ALTER COLUMN id SET DEFAULT nextval('public.oportunidades_id_seq'::regclass);


--
-- Name: tickets id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tickets ALTER COLUMN id SET DEFAULT nextval('public.tickets_id_seq'::regclass);


--
-- Name: usuarios id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.usuarios ALTER COLUMN id SET DEFAULT nextval('public.usuarios_id_seq'::regclass);


--
-- Name: clientes id; Type: DEFAULT; Schema: tenant_alvorada; Owner: -
--

ALTER TABLE ONLY tenant_alvorada.clientes ALTER COLUMN id SET DEFAULT nextval('tenant_alvorada.clientes_id_seq'::regclass);


--
-- Name: contatos id; Type: DEFAULT; Schema: tenant_alvorada; Owner: -
--

ALTER TABLE ONLY tenant_alvorada.contatos ALTER COLUMN id SET DEFAULT nextval('tenant_alvorada.contatos_id_seq'::regclass);


--
-- Name: interacoes id; Type: DEFAULT; Schema: tenant_alvorada; Owner: -
--

ALTER TABLE ONLY tenant_alvorada.interacoes ALTER COLUMN id SET DEFAULT nextval('tenant_alvorada.interacoes_id_seq'::regclass);


--
-- Name: notificacoes id; Type: DEFAULT; Schema: tenant_alvorada; Owner: -
--

ALTER TABLE ONLY tenant_alvorada.notificacoes ALTER COLUMN id SET DEFAULT nextval('tenant_alvorada.notificacoes_id_seq'::regclass);


--
-- Name: oportunidades id; Type: DEFAULT; Schema: tenant_alvorada; Owner: -
--

ALTER TABLE ONLY tenant_alvorada.oportunidades ALTER COLUMN id SET DEFAULT nextval('tenant_alvorada.oportunidades_id_seq'::regclass);


--
-- Name: tickets id; Type: DEFAULT; Schema: tenant_alvorada; Owner: -
--

ALTER TABLE ONLY tenant_alvorada.tickets ALTER COLUMN id SET DEFAULT nextval('tenant_alvorada.tickets_id_seq'::regclass);


--
-- Name: usuarios id; Type: DEFAULT; Schema: tenant_alvorada; Owner: -
--

ALTER TABLE ONLY tenant_alvorada.usuarios ALTER COLUMN id SET DEFAULT nextval('tenant_alvorada.usuarios_id_seq'::regclass);


--
-- Name: clientes id; Type: DEFAULT; Schema: tenant_boavista; Owner: -
--

ALTER TABLE ONLY tenant_boavista.clientes ALTER COLUMN id SET DEFAULT nextval('tenant_boavista.clientes_id_seq'::regclass);


--
-- Name: contatos id; Type: DEFAULT; Schema: tenant_boavista; Owner: -
--

ALTER TABLE ONLY tenant_boavista.contatos ALTER COLUMN id SET DEFAULT nextval('tenant_boavista.contatos_id_seq'::regclass);


--
-- Name: interacoes id; Type: DEFAULT; Schema: tenant_boavista; Owner: -
--

ALTER TABLE ONLY tenant_boavista.interacoes ALTER COLUMN id SET DEFAULT nextval('tenant_boavista.interacoes_id_seq'::regclass);


--
-- Name: notificacoes id; Type: DEFAULT; Schema: tenant_boavista; Owner: -
--

ALTER TABLE ONLY tenant_boavista.notificacoes ALTER COLUMN id SET DEFAULT nextval('tenant_boavista.notificacoes_id_seq'::regclass);


--
-- Name: oportunidades id; Type: DEFAULT; Schema: tenant_boavista; Owner: -
--

ALTER TABLE ONLY tenant_boavista.oportunidades ALTER COLUMN id SET DEFAULT nextval('tenant_boavista.oportunidades_id_seq'::regclass);


--
-- Name: tickets id; Type: DEFAULT; Schema: tenant_boavista; Owner: -
--

ALTER TABLE ONLY tenant_boavista.tickets ALTER COLUMN id SET DEFAULT nextval('tenant_boavista.tickets_id_seq'::regclass);


--
-- Name: usuarios id; Type: DEFAULT; Schema: tenant_boavista; Owner: -
--

ALTER TABLE ONLY tenant_boavista.usuarios ALTER COLUMN id SET DEFAULT nextval('tenant_boavista.usuarios_id_seq'::regclass);


--
-- Name: clientes id; Type: DEFAULT; Schema: tenant_caravela; Owner: -
--

ALTER TABLE ONLY tenant_caravela.clientes ALTER COLUMN id SET DEFAULT nextval('tenant_caravela.clientes_id_seq'::regclass);


--
-- Name: contatos id; Type: DEFAULT; Schema: tenant_caravela; Owner: -
--

ALTER TABLE ONLY tenant_caravela.contatos ALTER COLUMN id SET DEFAULT nextval('tenant_caravela.contatos_id_seq'::regclass);


--
-- Name: interacoes id; Type: DEFAULT; Schema: tenant_caravela; Owner: -
--

ALTER TABLE ONLY tenant_caravela.interacoes ALTER COLUMN id SET DEFAULT nextval('tenant_caravela.interacoes_id_seq'::regclass);


--
-- Name: notificacoes id; Type: DEFAULT; Schema: tenant_caravela; Owner: -
--

ALTER TABLE ONLY tenant_caravela.notificacoes ALTER COLUMN id SET DEFAULT nextval('tenant_caravela.notificacoes_id_seq'::regclass);


--
-- Name: oportunidades id; Type: DEFAULT; Schema: tenant_caravela; Owner: -
--

ALTER TABLE ONLY tenant_caravela.oportunidades ALTER COLUMN id SET DEFAULT nextval('tenant_caravela.oportunidades_id_seq'::regclass);


--
-- Name: tickets id; Type: DEFAULT; Schema: tenant_caravela; Owner: -
--

ALTER TABLE ONLY tenant_caravela.tickets ALTER COLUMN id SET DEFAULT nextval('tenant_caravela.tickets_id_seq'::regclass);


--
-- Name: usuarios id; Type: DEFAULT; Schema: tenant_caravela; Owner: -
--

ALTER TABLE ONLY tenant_caravela.usuarios ALTER COLUMN id SET DEFAULT nextval('tenant_caravela.usuarios_id_seq'::regclass);


--
-- Name: clientes id; Type: DEFAULT; Schema: tenant_duna; Owner: -
--

ALTER TABLE ONLY tenant_duna.clientes ALTER COLUMN id SET DEFAULT nextval('tenant_duna.clientes_id_seq'::regclass);


--
-- Name: contatos id; Type: DEFAULT; Schema: tenant_duna; Owner: -
--

ALTER TABLE ONLY tenant_duna.contatos ALTER COLUMN id SET DEFAULT nextval('tenant_duna.contatos_id_seq'::regclass);


--
-- Name: interacoes id; Type: DEFAULT; Schema: tenant_duna; Owner: -
--

ALTER TABLE ONLY tenant_duna.interacoes ALTER COLUMN id SET DEFAULT nextval('tenant_duna.interacoes_id_seq'::regclass);


--
-- Name: notificacoes id; Type: DEFAULT; Schema: tenant_duna; Owner: -
--

ALTER TABLE ONLY tenant_duna.notificacoes ALTER COLUMN id SET DEFAULT nextval('tenant_duna.notificacoes_id_seq'::regclass);


--
-- Name: oportunidades id; Type: DEFAULT; Schema: tenant_duna; Owner: -
--

ALTER TABLE ONLY tenant_duna.oportunidades ALTER COLUMN id SET DEFAULT nextval('tenant_duna.oportunidades_id_seq'::regclass);


--
-- Name: tickets id; Type: DEFAULT; Schema: tenant_duna; Owner: -
--

ALTER TABLE ONLY tenant_duna.tickets ALTER COLUMN id SET DEFAULT nextval('tenant_duna.tickets_id_seq'::regclass);


--
-- Name: usuarios id; Type: DEFAULT; Schema: tenant_duna; Owner: -
--

ALTER TABLE ONLY tenant_duna.usuarios ALTER COLUMN id SET DEFAULT nextval('tenant_duna.usuarios_id_seq'::regclass);


--
-- Name: clientes id; Type: DEFAULT; Schema: tenant_estrela; Owner: -
--

ALTER TABLE ONLY tenant_estrela.clientes ALTER COLUMN id SET DEFAULT nextval('tenant_estrela.clientes_id_seq'::regclass);


--
-- Name: contatos id; Type: DEFAULT; Schema: tenant_estrela; Owner: -
--

ALTER TABLE ONLY tenant_estrela.contatos ALTER COLUMN id SET DEFAULT nextval('tenant_estrela.contatos_id_seq'::regclass);


--
-- Name: interacoes id; Type: DEFAULT; Schema: tenant_estrela; Owner: -
--

ALTER TABLE ONLY tenant_estrela.interacoes ALTER COLUMN id SET DEFAULT nextval('tenant_estrela.interacoes_id_seq'::regclass);


--
-- Name: notificacoes id; Type: DEFAULT; Schema: tenant_estrela; Owner: -
--

ALTER TABLE ONLY tenant_estrela.notificacoes ALTER COLUMN id SET DEFAULT nextval('tenant_estrela.notificacoes_id_seq'::regclass);


--
-- Name: oportunidades id; Type: DEFAULT; Schema: tenant_estrela; Owner: -
--

ALTER TABLE ONLY tenant_estrela.oportunidades ALTER COLUMN id SET DEFAULT nextval('tenant_estrela.oportunidades_id_seq'::regclass);


--
-- Name: tickets id; Type: DEFAULT; Schema: tenant_estrela; Owner: -
--

ALTER TABLE ONLY tenant_estrela.tickets ALTER COLUMN id SET DEFAULT nextval('tenant_estrela.tickets_id_seq'::regclass);


--
-- Name: usuarios id; Type: DEFAULT; Schema: tenant_estrela; Owner: -
--

ALTER TABLE ONLY tenant_estrela.usuarios ALTER COLUMN id SET DEFAULT nextval('tenant_estrela.usuarios_id_seq'::regclass);


--
-- Name: clientes clientes_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.clientes
    ADD CONSTRAINT clientes_pkey PRIMARY KEY (id);


--
-- Name: contatos contatos_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.contatos
    ADD CONSTRAINT contatos_pkey PRIMARY KEY (id);


--
-- Name: interacoes interacoes_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.interacoes
    ADD CONSTRAINT interacoes_pkey PRIMARY KEY (id);


--
-- Name: notificacoes notificacoes_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.notificacoes
    ADD CONSTRAINT notificacoes_pkey PRIMARY KEY (id);


--
-- Name: oportunidades oportunidades_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.oportunidades
    ADD CONSTRAINT oportunidades_pkey PRIMARY KEY (id);


--
-- Name: planos planos_nome_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.planos
    ADD CONSTRAINT planos_nome_key UNIQUE (nome);


--
-- Name: planos planos_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.planos
    ADD CONSTRAINT planos_pkey PRIMARY KEY (id);


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
-- Name: tickets tickets_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tickets
    ADD CONSTRAINT tickets_pkey PRIMARY KEY (id);


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
-- Name: clientes clientes_pkey; Type: CONSTRAINT; Schema: tenant_alvorada; Owner: -
--

ALTER TABLE ONLY tenant_alvorada.clientes
    ADD CONSTRAINT clientes_pkey PRIMARY KEY (id);


--
-- Name: contatos contatos_pkey; Type: CONSTRAINT; Schema: tenant_alvorada; Owner: -
--

ALTER TABLE ONLY tenant_alvorada.contatos
    ADD CONSTRAINT contatos_pkey PRIMARY KEY (id);


--
-- Name: interacoes interacoes_pkey; Type: CONSTRAINT; Schema: tenant_alvorada; Owner: -
--

ALTER TABLE ONLY tenant_alvorada.interacoes
    ADD CONSTRAINT interacoes_pkey PRIMARY KEY (id);


--
-- Name: notificacoes notificacoes_pkey; Type: CONSTRAINT; Schema: tenant_alvorada; Owner: -
--

ALTER TABLE ONLY tenant_alvorada.notificacoes
    ADD CONSTRAINT notificacoes_pkey PRIMARY KEY (id);


--
-- Name: oportunidades oportunidades_pkey; Type: CONSTRAINT; Schema: tenant_alvorada; Owner: -
--

ALTER TABLE ONLY tenant_alvorada.oportunidades
    ADD CONSTRAINT oportunidades_pkey PRIMARY KEY (id);


--
-- Name: tickets tickets_pkey; Type: CONSTRAINT; Schema: tenant_alvorada; Owner: -
--

ALTER TABLE ONLY tenant_alvorada.tickets
    ADD CONSTRAINT tickets_pkey PRIMARY KEY (id);


--
-- Name: usuarios usuarios_email_key; Type: CONSTRAINT; Schema: tenant_alvorada; Owner: -
--

ALTER TABLE ONLY tenant_alvorada.usuarios
    ADD CONSTRAINT usuarios_email_key UNIQUE (email);


--
-- Name: usuarios usuarios_pkey; Type: CONSTRAINT; Schema: tenant_alvorada; Owner: -
--

ALTER TABLE ONLY tenant_alvorada.usuarios
    ADD CONSTRAINT usuarios_pkey PRIMARY KEY (id);


--
-- Name: clientes clientes_pkey; Type: CONSTRAINT; Schema: tenant_boavista; Owner: -
--

ALTER TABLE ONLY tenant_boavista.clientes
    ADD CONSTRAINT clientes_pkey PRIMARY KEY (id);


--
-- Name: contatos contatos_pkey; Type: CONSTRAINT; Schema: tenant_boavista; Owner: -
--

ALTER TABLE ONLY tenant_boavista.contatos
    ADD CONSTRAINT contatos_pkey PRIMARY KEY (id);


--
-- Name: interacoes interacoes_pkey; Type: CONSTRAINT; Schema: tenant_boavista; Owner: -
--

ALTER TABLE ONLY tenant_boavista.interacoes
    ADD CONSTRAINT interacoes_pkey PRIMARY KEY (id);


--
-- Name: notificacoes notificacoes_pkey; Type: CONSTRAINT; Schema: tenant_boavista; Owner: -
--

ALTER TABLE ONLY tenant_boavista.notificacoes
    ADD CONSTRAINT notificacoes_pkey PRIMARY KEY (id);


--
-- Name: oportunidades oportunidades_pkey; Type: CONSTRAINT; Schema: tenant_boavista; Owner: -
--

ALTER TABLE ONLY tenant_boavista.oportunidades
    ADD CONSTRAINT oportunidades_pkey PRIMARY KEY (id);


--
-- Name: tickets tickets_pkey; Type: CONSTRAINT; Schema: tenant_boavista; Owner: -
--

ALTER TABLE ONLY tenant_boavista.tickets
    ADD CONSTRAINT tickets_pkey PRIMARY KEY (id);


--
-- Name: usuarios usuarios_email_key; Type: CONSTRAINT; Schema: tenant_boavista; Owner: -
--

ALTER TABLE ONLY tenant_boavista.usuarios
    ADD CONSTRAINT usuarios_email_key UNIQUE (email);


--
-- Name: usuarios usuarios_pkey; Type: CONSTRAINT; Schema: tenant_boavista; Owner: -
--

ALTER TABLE ONLY tenant_boavista.usuarios
    ADD CONSTRAINT usuarios_pkey PRIMARY KEY (id);


--
-- Name: clientes clientes_pkey; Type: CONSTRAINT; Schema: tenant_caravela; Owner: -
--

ALTER TABLE ONLY tenant_caravela.clientes
    ADD CONSTRAINT clientes_pkey PRIMARY KEY (id);


--
-- Name: contatos contatos_pkey; Type: CONSTRAINT; Schema: tenant_caravela; Owner: -
--

ALTER TABLE ONLY tenant_caravela.contatos
    ADD CONSTRAINT contatos_pkey PRIMARY KEY (id);


--
-- Name: interacoes interacoes_pkey; Type: CONSTRAINT; Schema: tenant_caravela; Owner: -
--

ALTER TABLE ONLY tenant_caravela.interacoes
    ADD CONSTRAINT interacoes_pkey PRIMARY KEY (id);


--
-- Name: notificacoes notificacoes_pkey; Type: CONSTRAINT; Schema: tenant_caravela; Owner: -
--

ALTER TABLE ONLY tenant_caravela.notificacoes
    ADD CONSTRAINT notificacoes_pkey PRIMARY KEY (id);


--
-- Name: oportunidades oportunidades_pkey; Type: CONSTRAINT; Schema: tenant_caravela; Owner: -
--

ALTER TABLE ONLY tenant_caravela.oportunidades
    ADD CONSTRAINT oportunidades_pkey PRIMARY KEY (id);


--
-- Name: tickets tickets_pkey; Type: CONSTRAINT; Schema: tenant_caravela; Owner: -
--

ALTER TABLE ONLY tenant_caravela.tickets
    ADD CONSTRAINT tickets_pkey PRIMARY KEY (id);


--
-- Name: usuarios usuarios_email_key; Type: CONSTRAINT; Schema: tenant_caravela; Owner: -
--

ALTER TABLE ONLY tenant_caravela.usuarios
    ADD CONSTRAINT usuarios_email_key UNIQUE (email);


--
-- Name: usuarios usuarios_pkey; Type: CONSTRAINT; Schema: tenant_caravela; Owner: -
--

ALTER TABLE ONLY tenant_caravela.usuarios
    ADD CONSTRAINT usuarios_pkey PRIMARY KEY (id);


--
-- Name: clientes clientes_pkey; Type: CONSTRAINT; Schema: tenant_duna; Owner: -
--

ALTER TABLE ONLY tenant_duna.clientes
    ADD CONSTRAINT clientes_pkey PRIMARY KEY (id);


--
-- Name: contatos contatos_pkey; Type: CONSTRAINT; Schema: tenant_duna; Owner: -
--

ALTER TABLE ONLY tenant_duna.contatos
    ADD CONSTRAINT contatos_pkey PRIMARY KEY (id);


--
-- Name: interacoes interacoes_pkey; Type: CONSTRAINT; Schema: tenant_duna; Owner: -
--

ALTER TABLE ONLY tenant_duna.interacoes
    ADD CONSTRAINT interacoes_pkey PRIMARY KEY (id);


--
-- Name: notificacoes notificacoes_pkey; Type: CONSTRAINT; Schema: tenant_duna; Owner: -
--

ALTER TABLE ONLY tenant_duna.notificacoes
    ADD CONSTRAINT notificacoes_pkey PRIMARY KEY (id);


--
-- Name: oportunidades oportunidades_pkey; Type: CONSTRAINT; Schema: tenant_duna; Owner: -
--

ALTER TABLE ONLY tenant_duna.oportunidades
    ADD CONSTRAINT oportunidades_pkey PRIMARY KEY (id);


--
-- Name: tickets tickets_pkey; Type: CONSTRAINT; Schema: tenant_duna; Owner: -
--

ALTER TABLE ONLY tenant_duna.tickets
    ADD CONSTRAINT tickets_pkey PRIMARY KEY (id);


--
-- Name: usuarios usuarios_email_key; Type: CONSTRAINT; Schema: tenant_duna; Owner: -
--

ALTER TABLE ONLY tenant_duna.usuarios
    ADD CONSTRAINT usuarios_email_key UNIQUE (email);


--
-- Name: usuarios usuarios_pkey; Type: CONSTRAINT; Schema: tenant_duna; Owner: -
--

ALTER TABLE ONLY tenant_duna.usuarios
    ADD CONSTRAINT usuarios_pkey PRIMARY KEY (id);


--
-- Name: clientes clientes_pkey; Type: CONSTRAINT; Schema: tenant_estrela; Owner: -
--

ALTER TABLE ONLY tenant_estrela.clientes
    ADD CONSTRAINT clientes_pkey PRIMARY KEY (id);


--
-- Name: contatos contatos_pkey; Type: CONSTRAINT; Schema: tenant_estrela; Owner: -
--

ALTER TABLE ONLY tenant_estrela.contatos
    ADD CONSTRAINT contatos_pkey PRIMARY KEY (id);


--
-- Name: interacoes interacoes_pkey; Type: CONSTRAINT; Schema: tenant_estrela; Owner: -
--

ALTER TABLE ONLY tenant_estrela.interacoes
    ADD CONSTRAINT interacoes_pkey PRIMARY KEY (id);


--
-- Name: notificacoes notificacoes_pkey; Type: CONSTRAINT; Schema: tenant_estrela; Owner: -
--

ALTER TABLE ONLY tenant_estrela.notificacoes
    ADD CONSTRAINT notificacoes_pkey PRIMARY KEY (id);


--
-- Name: oportunidades oportunidades_pkey; Type: CONSTRAINT; Schema: tenant_estrela; Owner: -
--

ALTER TABLE ONLY tenant_estrela.oportunidades
    ADD CONSTRAINT oportunidades_pkey PRIMARY KEY (id);


--
-- Name: tickets tickets_pkey; Type: CONSTRAINT; Schema: tenant_estrela; Owner: -
--

ALTER TABLE ONLY tenant_estrela.tickets
    ADD CONSTRAINT tickets_pkey PRIMARY KEY (id);


--
-- Name: usuarios usuarios_email_key; Type: CONSTRAINT; Schema: tenant_estrela; Owner: -
--

ALTER TABLE ONLY tenant_estrela.usuarios
    ADD CONSTRAINT usuarios_email_key UNIQUE (email);


--
-- Name: usuarios usuarios_pkey; Type: CONSTRAINT; Schema: tenant_estrela; Owner: -
--

ALTER TABLE ONLY tenant_estrela.usuarios
    ADD CONSTRAINT usuarios_pkey PRIMARY KEY (id);


--
-- Name: clientes_atualizado_em_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX clientes_atualizado_em_idx ON public.clientes USING btree (atualizado_em);


--
-- Name: clientes_responsavel_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX clientes_responsavel_id_idx ON public.clientes USING btree (responsavel_id);


--
-- Name: contatos_cliente_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX contatos_cliente_id_idx ON public.contatos USING btree (cliente_id);


--
-- Name: interacoes_ticket_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX interacoes_ticket_id_idx ON public.interacoes USING btree (ticket_id);


--
-- Name: interacoes_usuario_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX interacoes_usuario_id_idx ON public.interacoes USING btree (usuario_id);


--
-- Name: notificacoes_usuario_lida_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX notificacoes_usuario_lida_idx ON public.notificacoes USING btree (usuario_id, lida);


--
-- Name: oportunidades_cliente_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX oportunidades_cliente_id_idx ON public.oportunidades USING btree (cliente_id);


--
-- Name: tickets_cliente_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX tickets_cliente_id_idx ON public.tickets USING btree (cliente_id);


--
-- Name: tickets_responsavel_status_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX tickets_responsavel_status_idx ON public.tickets USING btree (responsavel_id, status);


--
-- Name: tickets_status_sla_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX tickets_status_sla_idx ON public.tickets USING btree (status, sla_vence_em);


--
-- Name: clientes_atualizado_em_idx; Type: INDEX; Schema: tenant_alvorada; Owner: -
--

CREATE INDEX clientes_atualizado_em_idx ON tenant_alvorada.clientes USING btree (atualizado_em);


--
-- Name: clientes_responsavel_id_idx; Type: INDEX; Schema: tenant_alvorada; Owner: -
--

CREATE INDEX clientes_responsavel_id_idx ON tenant_alvorada.clientes USING btree (responsavel_id);


--
-- Name: contatos_cliente_id_idx; Type: INDEX; Schema: tenant_alvorada; Owner: -
--

CREATE INDEX contatos_cliente_id_idx ON tenant_alvorada.contatos USING btree (cliente_id);


--
-- Name: interacoes_ticket_id_idx; Type: INDEX; Schema: tenant_alvorada; Owner: -
--

CREATE INDEX interacoes_ticket_id_idx ON tenant_alvorada.interacoes USING btree (ticket_id);


--
-- Name: interacoes_usuario_id_idx; Type: INDEX; Schema: tenant_alvorada; Owner: -
--

CREATE INDEX interacoes_usuario_id_idx ON tenant_alvorada.interacoes USING btree (usuario_id);


--
-- Name: notificacoes_usuario_lida_idx; Type: INDEX; Schema: tenant_alvorada; Owner: -
--

CREATE INDEX notificacoes_usuario_lida_idx ON tenant_alvorada.notificacoes USING btree (usuario_id, lida);


--
-- Name: oportunidades_cliente_id_idx; Type: INDEX; Schema: tenant_alvorada; Owner: -
--

CREATE INDEX oportunidades_cliente_id_idx ON tenant_alvorada.oportunidades USING btree (cliente_id);


--
-- Name: tickets_cliente_id_idx; Type: INDEX; Schema: tenant_alvorada; Owner: -
--

CREATE INDEX tickets_cliente_id_idx ON tenant_alvorada.tickets USING btree (cliente_id);


--
-- Name: tickets_responsavel_status_idx; Type: INDEX; Schema: tenant_alvorada; Owner: -
--

CREATE INDEX tickets_responsavel_status_idx ON tenant_alvorada.tickets USING btree (responsavel_id, status);


--
-- Name: tickets_status_sla_idx; Type: INDEX; Schema: tenant_alvorada; Owner: -
--

CREATE INDEX tickets_status_sla_idx ON tenant_alvorada.tickets USING btree (status, sla_vence_em);


--
-- Name: clientes_atualizado_em_idx; Type: INDEX; Schema: tenant_boavista; Owner: -
--

CREATE INDEX clientes_atualizado_em_idx ON tenant_boavista.clientes USING btree (atualizado_em);


--
-- Name: clientes_responsavel_id_idx; Type: INDEX; Schema: tenant_boavista; Owner: -
--

CREATE INDEX clientes_responsavel_id_idx ON tenant_boavista.clientes USING btree (responsavel_id);


--
-- Name: contatos_cliente_id_idx; Type: INDEX; Schema: tenant_boavista; Owner: -
--

CREATE INDEX contatos_cliente_id_idx ON tenant_boavista.contatos USING btree (cliente_id);


--
-- Name: interacoes_ticket_id_idx; Type: INDEX; Schema: tenant_boavista; Owner: -
--

CREATE INDEX interacoes_ticket_id_idx ON tenant_boavista.interacoes USING btree (ticket_id);


--
-- Name: interacoes_usuario_id_idx; Type: INDEX; Schema: tenant_boavista; Owner: -
--

CREATE INDEX interacoes_usuario_id_idx ON tenant_boavista.interacoes USING btree (usuario_id);


--
-- Name: notificacoes_usuario_lida_idx; Type: INDEX; Schema: tenant_boavista; Owner: -
--

CREATE INDEX notificacoes_usuario_lida_idx ON tenant_boavista.notificacoes USING btree (usuario_id, lida);


--
-- Name: oportunidades_cliente_id_idx; Type: INDEX; Schema: tenant_boavista; Owner: -
--

CREATE INDEX oportunidades_cliente_id_idx ON tenant_boavista.oportunidades USING btree (cliente_id);


--
-- Name: tickets_cliente_id_idx; Type: INDEX; Schema: tenant_boavista; Owner: -
--

CREATE INDEX tickets_cliente_id_idx ON tenant_boavista.tickets USING btree (cliente_id);


--
-- Name: tickets_responsavel_status_idx; Type: INDEX; Schema: tenant_boavista; Owner: -
--

CREATE INDEX tickets_responsavel_status_idx ON tenant_boavista.tickets USING btree (responsavel_id, status);


--
-- Name: tickets_status_sla_idx; Type: INDEX; Schema: tenant_boavista; Owner: -
--

CREATE INDEX tickets_status_sla_idx ON tenant_boavista.tickets USING btree (status, sla_vence_em);


--
-- Name: clientes_atualizado_em_idx; Type: INDEX; Schema: tenant_caravela; Owner: -
--

CREATE INDEX clientes_atualizado_em_idx ON tenant_caravela.clientes USING btree (atualizado_em);


--
-- Name: clientes_responsavel_id_idx; Type: INDEX; Schema: tenant_caravela; Owner: -
--

CREATE INDEX clientes_responsavel_id_idx ON tenant_caravela.clientes USING btree (responsavel_id);


--
-- Name: contatos_cliente_id_idx; Type: INDEX; Schema: tenant_caravela; Owner: -
--

CREATE INDEX contatos_cliente_id_idx ON tenant_caravela.contatos USING btree (cliente_id);


--
-- Name: interacoes_ticket_id_idx; Type: INDEX; Schema: tenant_caravela; Owner: -
--

CREATE INDEX interacoes_ticket_id_idx ON tenant_caravela.interacoes USING btree (ticket_id);


--
-- Name: interacoes_usuario_id_idx; Type: INDEX; Schema: tenant_caravela; Owner: -
--

CREATE INDEX interacoes_usuario_id_idx ON tenant_caravela.interacoes USING btree (usuario_id);


--
-- Name: notificacoes_usuario_lida_idx; Type: INDEX; Schema: tenant_caravela; Owner: -
--

CREATE INDEX notificacoes_usuario_lida_idx ON tenant_caravela.notificacoes USING btree (usuario_id, lida);


--
-- Name: oportunidades_cliente_id_idx; Type: INDEX; Schema: tenant_caravela; Owner: -
--

CREATE INDEX oportunidades_cliente_id_idx ON tenant_caravela.oportunidades USING btree (cliente_id);


--
-- Name: tickets_cliente_id_idx; Type: INDEX; Schema: tenant_caravela; Owner: -
--

CREATE INDEX tickets_cliente_id_idx ON tenant_caravela.tickets USING btree (cliente_id);


--
-- Name: tickets_responsavel_status_idx; Type: INDEX; Schema: tenant_caravela; Owner: -
--

CREATE INDEX tickets_responsavel_status_idx ON tenant_caravela.tickets USING btree (responsavel_id, status);


--
-- Name: tickets_status_sla_idx; Type: INDEX; Schema: tenant_caravela; Owner: -
--

CREATE INDEX tickets_status_sla_idx ON tenant_caravela.tickets USING btree (status, sla_vence_em);


--
-- Name: clientes_atualizado_em_idx; Type: INDEX; Schema: tenant_duna; Owner: -
--

CREATE INDEX clientes_atualizado_em_idx ON tenant_duna.clientes USING btree (atualizado_em);


--
-- Name: clientes_responsavel_id_idx; Type: INDEX; Schema: tenant_duna; Owner: -
--

CREATE INDEX clientes_responsavel_id_idx ON tenant_duna.clientes USING btree (responsavel_id);


--
-- Name: contatos_cliente_id_idx; Type: INDEX; Schema: tenant_duna; Owner: -
--

CREATE INDEX contatos_cliente_id_idx ON tenant_duna.contatos USING btree (cliente_id);


--
-- Name: interacoes_ticket_id_idx; Type: INDEX; Schema: tenant_duna; Owner: -
--

CREATE INDEX interacoes_ticket_id_idx ON tenant_duna.interacoes USING btree (ticket_id);


--
-- Name: interacoes_usuario_id_idx; Type: INDEX; Schema: tenant_duna; Owner: -
--

CREATE INDEX interacoes_usuario_id_idx ON tenant_duna.interacoes USING btree (usuario_id);


--
-- Name: notificacoes_usuario_lida_idx; Type: INDEX; Schema: tenant_duna; Owner: -
--

CREATE INDEX notificacoes_usuario_lida_idx ON tenant_duna.notificacoes USING btree (usuario_id, lida);


--
-- Name: oportunidades_cliente_id_idx; Type: INDEX; Schema: tenant_duna; Owner: -
--

CREATE INDEX oportunidades_cliente_id_idx ON tenant_duna.oportunidades USING btree (cliente_id);


--
-- Name: tickets_cliente_id_idx; Type: INDEX; Schema: tenant_duna; Owner: -
--

CREATE INDEX tickets_cliente_id_idx ON tenant_duna.tickets USING btree (cliente_id);


--
-- Name: tickets_responsavel_status_idx; Type: INDEX; Schema: tenant_duna; Owner: -
--

CREATE INDEX tickets_responsavel_status_idx ON tenant_duna.tickets USING btree (responsavel_id, status);


--
-- Name: tickets_status_sla_idx; Type: INDEX; Schema: tenant_duna; Owner: -
--

CREATE INDEX tickets_status_sla_idx ON tenant_duna.tickets USING btree (status, sla_vence_em);


--
-- Name: clientes_atualizado_em_idx; Type: INDEX; Schema: tenant_estrela; Owner: -
--

CREATE INDEX clientes_atualizado_em_idx ON tenant_estrela.clientes USING btree (atualizado_em);


--
-- Name: clientes_responsavel_id_idx; Type: INDEX; Schema: tenant_estrela; Owner: -
--

CREATE INDEX clientes_responsavel_id_idx ON tenant_estrela.clientes USING btree (responsavel_id);


--
-- Name: contatos_cliente_id_idx; Type: INDEX; Schema: tenant_estrela; Owner: -
--

CREATE INDEX contatos_cliente_id_idx ON tenant_estrela.contatos USING btree (cliente_id);


--
-- Name: interacoes_ticket_id_idx; Type: INDEX; Schema: tenant_estrela; Owner: -
--

CREATE INDEX interacoes_ticket_id_idx ON tenant_estrela.interacoes USING btree (ticket_id);


--
-- Name: interacoes_usuario_id_idx; Type: INDEX; Schema: tenant_estrela; Owner: -
--

CREATE INDEX interacoes_usuario_id_idx ON tenant_estrela.interacoes USING btree (usuario_id);


--
-- Name: notificacoes_usuario_lida_idx; Type: INDEX; Schema: tenant_estrela; Owner: -
--

CREATE INDEX notificacoes_usuario_lida_idx ON tenant_estrela.notificacoes USING btree (usuario_id, lida);


--
-- Name: oportunidades_cliente_id_idx; Type: INDEX; Schema: tenant_estrela; Owner: -
--

CREATE INDEX oportunidades_cliente_id_idx ON tenant_estrela.oportunidades USING btree (cliente_id);


--
-- Name: tickets_cliente_id_idx; Type: INDEX; Schema: tenant_estrela; Owner: -
--

CREATE INDEX tickets_cliente_id_idx ON tenant_estrela.tickets USING btree (cliente_id);


--
-- Name: tickets_responsavel_status_idx; Type: INDEX; Schema: tenant_estrela; Owner: -
--

CREATE INDEX tickets_responsavel_status_idx ON tenant_estrela.tickets USING btree (responsavel_id, status);


--
-- Name: tickets_status_sla_idx; Type: INDEX; Schema: tenant_estrela; Owner: -
--

CREATE INDEX tickets_status_sla_idx ON tenant_estrela.tickets USING btree (status, sla_vence_em);


--
-- Name: clientes clientes_responsavel_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.clientes
    ADD CONSTRAINT clientes_responsavel_id_fkey FOREIGN KEY (responsavel_id) REFERENCES public.usuarios(id);


--
-- Name: contatos contatos_cliente_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.contatos
    ADD CONSTRAINT contatos_cliente_id_fkey FOREIGN KEY (cliente_id) REFERENCES public.clientes(id);


--
-- Name: interacoes interacoes_ticket_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.interacoes
    ADD CONSTRAINT interacoes_ticket_id_fkey FOREIGN KEY (ticket_id) REFERENCES public.tickets(id);


--
-- Name: interacoes interacoes_usuario_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.interacoes
    ADD CONSTRAINT interacoes_usuario_id_fkey FOREIGN KEY (usuario_id) REFERENCES public.usuarios(id);


--
-- Name: notificacoes notificacoes_usuario_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.notificacoes
    ADD CONSTRAINT notificacoes_usuario_id_fkey FOREIGN KEY (usuario_id) REFERENCES public.usuarios(id);


--
-- Name: oportunidades oportunidades_cliente_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.oportunidades
    ADD CONSTRAINT oportunidades_cliente_id_fkey FOREIGN KEY (cliente_id) REFERENCES public.clientes(id);


--
-- Name: tenants tenants_plano_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tenants
    ADD CONSTRAINT tenants_plano_id_fkey FOREIGN KEY (plano_id) REFERENCES public.planos(id);


--
-- Name: tickets tickets_cliente_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tickets
    ADD CONSTRAINT tickets_cliente_id_fkey FOREIGN KEY (cliente_id) REFERENCES public.clientes(id);


--
-- Name: tickets tickets_responsavel_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tickets
    ADD CONSTRAINT tickets_responsavel_id_fkey FOREIGN KEY (responsavel_id) REFERENCES public.usuarios(id);


--
-- Name: clientes clientes_responsavel_id_fkey; Type: FK CONSTRAINT; Schema: tenant_alvorada; Owner: -
--

ALTER TABLE ONLY tenant_alvorada.clientes
    ADD CONSTRAINT clientes_responsavel_id_fkey FOREIGN KEY (responsavel_id) REFERENCES tenant_alvorada.usuarios(id);


--
-- Name: contatos contatos_cliente_id_fkey; Type: FK CONSTRAINT; Schema: tenant_alvorada; Owner: -
--

ALTER TABLE ONLY tenant_alvorada.contatos
    ADD CONSTRAINT contatos_cliente_id_fkey FOREIGN KEY (cliente_id) REFERENCES tenant_alvorada.clientes(id);


--
-- Name: interacoes interacoes_ticket_id_fkey; Type: FK CONSTRAINT; Schema: tenant_alvorada; Owner: -
--

ALTER TABLE ONLY tenant_alvorada.interacoes
    ADD CONSTRAINT interacoes_ticket_id_fkey FOREIGN KEY (ticket_id) REFERENCES tenant_alvorada.tickets(id);


--
-- Name: interacoes interacoes_usuario_id_fkey; Type: FK CONSTRAINT; Schema: tenant_alvorada; Owner: -
--

ALTER TABLE ONLY tenant_alvorada.interacoes
    ADD CONSTRAINT interacoes_usuario_id_fkey FOREIGN KEY (usuario_id) REFERENCES tenant_alvorada.usuarios(id);


--
-- Name: notificacoes notificacoes_usuario_id_fkey; Type: FK CONSTRAINT; Schema: tenant_alvorada; Owner: -
--

ALTER TABLE ONLY tenant_alvorada.notificacoes
    ADD CONSTRAINT notificacoes_usuario_id_fkey FOREIGN KEY (usuario_id) REFERENCES tenant_alvorada.usuarios(id);


--
-- Name: oportunidades oportunidades_cliente_id_fkey; Type: FK CONSTRAINT; Schema: tenant_alvorada; Owner: -
--

ALTER TABLE ONLY tenant_alvorada.oportunidades
    ADD CONSTRAINT oportunidades_cliente_id_fkey FOREIGN KEY (cliente_id) REFERENCES tenant_alvorada.clientes(id);


--
-- Name: tickets tickets_cliente_id_fkey; Type: FK CONSTRAINT; Schema: tenant_alvorada; Owner: -
--

ALTER TABLE ONLY tenant_alvorada.tickets
    ADD CONSTRAINT tickets_cliente_id_fkey FOREIGN KEY (cliente_id) REFERENCES tenant_alvorada.clientes(id);


--
-- Name: tickets tickets_responsavel_id_fkey; Type: FK CONSTRAINT; Schema: tenant_alvorada; Owner: -
--

ALTER TABLE ONLY tenant_alvorada.tickets
    ADD CONSTRAINT tickets_responsavel_id_fkey FOREIGN KEY (responsavel_id) REFERENCES tenant_alvorada.usuarios(id);


--
-- Name: clientes clientes_responsavel_id_fkey; Type: FK CONSTRAINT; Schema: tenant_boavista; Owner: -
--

ALTER TABLE ONLY tenant_boavista.clientes
    ADD CONSTRAINT clientes_responsavel_id_fkey FOREIGN KEY (responsavel_id) REFERENCES tenant_boavista.usuarios(id);


--
-- Name: contatos contatos_cliente_id_fkey; Type: FK CONSTRAINT; Schema: tenant_boavista; Owner: -
--

ALTER TABLE ONLY tenant_boavista.contatos
    ADD CONSTRAINT contatos_cliente_id_fkey FOREIGN KEY (cliente_id) REFERENCES tenant_boavista.clientes(id);


--
-- Name: interacoes interacoes_ticket_id_fkey; Type: FK CONSTRAINT; Schema: tenant_boavista; Owner: -
--

ALTER TABLE ONLY tenant_boavista.interacoes
    ADD CONSTRAINT interacoes_ticket_id_fkey FOREIGN KEY (ticket_id) REFERENCES tenant_boavista.tickets(id);


--
-- Name: interacoes interacoes_usuario_id_fkey; Type: FK CONSTRAINT; Schema: tenant_boavista; Owner: -
--

ALTER TABLE ONLY tenant_boavista.interacoes
    ADD CONSTRAINT interacoes_usuario_id_fkey FOREIGN KEY (usuario_id) REFERENCES tenant_boavista.usuarios(id);


--
-- Name: notificacoes notificacoes_usuario_id_fkey; Type: FK CONSTRAINT; Schema: tenant_boavista; Owner: -
--

ALTER TABLE ONLY tenant_boavista.notificacoes
    ADD CONSTRAINT notificacoes_usuario_id_fkey FOREIGN KEY (usuario_id) REFERENCES tenant_boavista.usuarios(id);


--
-- Name: oportunidades oportunidades_cliente_id_fkey; Type: FK CONSTRAINT; Schema: tenant_boavista; Owner: -
--

ALTER TABLE ONLY tenant_boavista.oportunidades
    ADD CONSTRAINT oportunidades_cliente_id_fkey FOREIGN KEY (cliente_id) REFERENCES tenant_boavista.clientes(id);


--
-- Name: tickets tickets_cliente_id_fkey; Type: FK CONSTRAINT; Schema: tenant_boavista; Owner: -
--

ALTER TABLE ONLY tenant_boavista.tickets
    ADD CONSTRAINT tickets_cliente_id_fkey FOREIGN KEY (cliente_id) REFERENCES tenant_boavista.clientes(id);


--
-- Name: tickets tickets_responsavel_id_fkey; Type: FK CONSTRAINT; Schema: tenant_boavista; Owner: -
--

ALTER TABLE ONLY tenant_boavista.tickets
    ADD CONSTRAINT tickets_responsavel_id_fkey FOREIGN KEY (responsavel_id) REFERENCES tenant_boavista.usuarios(id);


--
-- Name: clientes clientes_responsavel_id_fkey; Type: FK CONSTRAINT; Schema: tenant_caravela; Owner: -
--

ALTER TABLE ONLY tenant_caravela.clientes
    ADD CONSTRAINT clientes_responsavel_id_fkey FOREIGN KEY (responsavel_id) REFERENCES tenant_caravela.usuarios(id);


--
-- Name: contatos contatos_cliente_id_fkey; Type: FK CONSTRAINT; Schema: tenant_caravela; Owner: -
--

ALTER TABLE ONLY tenant_caravela.contatos
    ADD CONSTRAINT contatos_cliente_id_fkey FOREIGN KEY (cliente_id) REFERENCES tenant_caravela.clientes(id);


--
-- Name: interacoes interacoes_ticket_id_fkey; Type: FK CONSTRAINT; Schema: tenant_caravela; Owner: -
--

ALTER TABLE ONLY tenant_caravela.interacoes
    ADD CONSTRAINT interacoes_ticket_id_fkey FOREIGN KEY (ticket_id) REFERENCES tenant_caravela.tickets(id);


--
-- Name: interacoes interacoes_usuario_id_fkey; Type: FK CONSTRAINT; Schema: tenant_caravela; Owner: -
--

ALTER TABLE ONLY tenant_caravela.interacoes
    ADD CONSTRAINT interacoes_usuario_id_fkey FOREIGN KEY (usuario_id) REFERENCES tenant_caravela.usuarios(id);


--
-- Name: notificacoes notificacoes_usuario_id_fkey; Type: FK CONSTRAINT; Schema: tenant_caravela; Owner: -
--

ALTER TABLE ONLY tenant_caravela.notificacoes
    ADD CONSTRAINT notificacoes_usuario_id_fkey FOREIGN KEY (usuario_id) REFERENCES tenant_caravela.usuarios(id);


--
-- Name: oportunidades oportunidades_cliente_id_fkey; Type: FK CONSTRAINT; Schema: tenant_caravela; Owner: -
--

ALTER TABLE ONLY tenant_caravela.oportunidades
    ADD CONSTRAINT oportunidades_cliente_id_fkey FOREIGN KEY (cliente_id) REFERENCES tenant_caravela.clientes(id);


--
-- Name: tickets tickets_cliente_id_fkey; Type: FK CONSTRAINT; Schema: tenant_caravela; Owner: -
--

ALTER TABLE ONLY tenant_caravela.tickets
    ADD CONSTRAINT tickets_cliente_id_fkey FOREIGN KEY (cliente_id) REFERENCES tenant_caravela.clientes(id);


--
-- Name: tickets tickets_responsavel_id_fkey; Type: FK CONSTRAINT; Schema: tenant_caravela; Owner: -
--

ALTER TABLE ONLY tenant_caravela.tickets
    ADD CONSTRAINT tickets_responsavel_id_fkey FOREIGN KEY (responsavel_id) REFERENCES tenant_caravela.usuarios(id);


--
-- Name: clientes clientes_responsavel_id_fkey; Type: FK CONSTRAINT; Schema: tenant_duna; Owner: -
--

ALTER TABLE ONLY tenant_duna.clientes
    ADD CONSTRAINT clientes_responsavel_id_fkey FOREIGN KEY (responsavel_id) REFERENCES tenant_duna.usuarios(id);


--
-- Name: contatos contatos_cliente_id_fkey; Type: FK CONSTRAINT; Schema: tenant_duna; Owner: -
--

ALTER TABLE ONLY tenant_duna.contatos
    ADD CONSTRAINT contatos_cliente_id_fkey FOREIGN KEY (cliente_id) REFERENCES tenant_duna.clientes(id);


--
-- Name: interacoes interacoes_ticket_id_fkey; Type: FK CONSTRAINT; Schema: tenant_duna; Owner: -
--

ALTER TABLE ONLY tenant_duna.interacoes
    ADD CONSTRAINT interacoes_ticket_id_fkey FOREIGN KEY (ticket_id) REFERENCES tenant_duna.tickets(id);


--
-- Name: interacoes interacoes_usuario_id_fkey; Type: FK CONSTRAINT; Schema: tenant_duna; Owner: -
--

ALTER TABLE ONLY tenant_duna.interacoes
    ADD CONSTRAINT interacoes_usuario_id_fkey FOREIGN KEY (usuario_id) REFERENCES tenant_duna.usuarios(id);


--
-- Name: notificacoes notificacoes_usuario_id_fkey; Type: FK CONSTRAINT; Schema: tenant_duna; Owner: -
--

ALTER TABLE ONLY tenant_duna.notificacoes
    ADD CONSTRAINT notificacoes_usuario_id_fkey FOREIGN KEY (usuario_id) REFERENCES tenant_duna.usuarios(id);


--
-- Name: oportunidades oportunidades_cliente_id_fkey; Type: FK CONSTRAINT; Schema: tenant_duna; Owner: -
--

ALTER TABLE ONLY tenant_duna.oportunidades
    ADD CONSTRAINT oportunidades_cliente_id_fkey FOREIGN KEY (cliente_id) REFERENCES tenant_duna.clientes(id);


--
-- Name: tickets tickets_cliente_id_fkey; Type: FK CONSTRAINT; Schema: tenant_duna; Owner: -
--

ALTER TABLE ONLY tenant_duna.tickets
    ADD CONSTRAINT tickets_cliente_id_fkey FOREIGN KEY (cliente_id) REFERENCES tenant_duna.clientes(id);


--
-- Name: tickets tickets_responsavel_id_fkey; Type: FK CONSTRAINT; Schema: tenant_duna; Owner: -
--

ALTER TABLE ONLY tenant_duna.tickets
    ADD CONSTRAINT tickets_responsavel_id_fkey FOREIGN KEY (responsavel_id) REFERENCES tenant_duna.usuarios(id);


--
-- Name: clientes clientes_responsavel_id_fkey; Type: FK CONSTRAINT; Schema: tenant_estrela; Owner: -
--

ALTER TABLE ONLY tenant_estrela.clientes
    ADD CONSTRAINT clientes_responsavel_id_fkey FOREIGN KEY (responsavel_id) REFERENCES tenant_estrela.usuarios(id);


--
-- Name: contatos contatos_cliente_id_fkey; Type: FK CONSTRAINT; Schema: tenant_estrela; Owner: -
--

ALTER TABLE ONLY tenant_estrela.contatos
    ADD CONSTRAINT contatos_cliente_id_fkey FOREIGN KEY (cliente_id) REFERENCES tenant_estrela.clientes(id);


--
-- Name: interacoes interacoes_ticket_id_fkey; Type: FK CONSTRAINT; Schema: tenant_estrela; Owner: -
--

ALTER TABLE ONLY tenant_estrela.interacoes
    ADD CONSTRAINT interacoes_ticket_id_fkey FOREIGN KEY (ticket_id) REFERENCES tenant_estrela.tickets(id);


--
-- Name: interacoes interacoes_usuario_id_fkey; Type: FK CONSTRAINT; Schema: tenant_estrela; Owner: -
--

ALTER TABLE ONLY tenant_estrela.interacoes
    ADD CONSTRAINT interacoes_usuario_id_fkey FOREIGN KEY (usuario_id) REFERENCES tenant_estrela.usuarios(id);


--
-- Name: notificacoes notificacoes_usuario_id_fkey; Type: FK CONSTRAINT; Schema: tenant_estrela; Owner: -
--

ALTER TABLE ONLY tenant_estrela.notificacoes
    ADD CONSTRAINT notificacoes_usuario_id_fkey FOREIGN KEY (usuario_id) REFERENCES tenant_estrela.usuarios(id);


--
-- Name: oportunidades oportunidades_cliente_id_fkey; Type: FK CONSTRAINT; Schema: tenant_estrela; Owner: -
--

ALTER TABLE ONLY tenant_estrela.oportunidades
    ADD CONSTRAINT oportunidades_cliente_id_fkey FOREIGN KEY (cliente_id) REFERENCES tenant_estrela.clientes(id);


--
-- Name: tickets tickets_cliente_id_fkey; Type: FK CONSTRAINT; Schema: tenant_estrela; Owner: -
--

ALTER TABLE ONLY tenant_estrela.tickets
    ADD CONSTRAINT tickets_cliente_id_fkey FOREIGN KEY (cliente_id) REFERENCES tenant_estrela.clientes(id);


--
-- Name: tickets tickets_responsavel_id_fkey; Type: FK CONSTRAINT; Schema: tenant_estrela; Owner: -
--

ALTER TABLE ONLY tenant_estrela.tickets
    ADD CONSTRAINT tickets_responsavel_id_fkey FOREIGN KEY (responsavel_id) REFERENCES tenant_estrela.usuarios(id);


--
-- PostgreSQL database dump complete
--

\unrestrict fTT7t1GWp28eNqsc8Oh4B1Sdv92mjiTn2wIpfC0FrzPhctaAhHjpl6s3nqqIHva

