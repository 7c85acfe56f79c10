--
-- PostgreSQL database dump
--

\restrict 1RVCRUhDDncnz59637fjTF75oMJfJ1gczDoGer2TfoqyhS4OqFWgm9brljDCLSb

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
-- Name: tenant_aurora; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA tenant_aurora;


--
-- Name: tenant_boavista; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA tenant_boavista;


--
-- Name: tenant_cedro; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA tenant_cedro;


--
-- Name: tenant_delta; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA tenant_delta;


--
-- Name: tenant_estrela; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA tenant_estrela;


--
-- Name: tenant_fenix; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA tenant_fenix;


--
-- Name: tenant_girassol; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA tenant_girassol;


--
-- Name: tenant_horizonte; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA tenant_horizonte;


--
-- Name: tenant_ipe; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA tenant_ipe;


--
-- Name: tenant_jatoba; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA tenant_jatoba;


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
-- Name: tenants; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.tenants (
    id integer NOT NULL,
    slug text NOT NULL,
    nome text NOT NULL,
    schema_nome text NOT NULL,
    plano text NOT NULL,
    ativo boolean DEFAULT true NOT NULL,
    criado_em timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: tenants_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.tenants_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: tenants_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.tenants_id_seq OWNED BY public.tenants.id;


--
-- Name: agentes; Type: TABLE; Schema: tenant_aurora; Owner: -
--

CREATE TABLE tenant_aurora.agentes (
    id integer NOT NULL,
    nome text NOT NULL,
    email text NOT NULL,
    papel text DEFAULT 'agente'::text NOT NULL,
    ativo boolean DEFAULT true NOT NULL
);


--
-- Name: agentes_id_seq; Type: SEQUENCE; Schema: tenant_aurora; Owner: -
--

CREATE SEQUENCE tenant_aurora.agentes_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: agentes_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_aurora; Owner: -
--

ALTER SEQUENCE tenant_aurora.agentes_id_seq OWNED BY tenant_aurora.agentes.id;


--
-- Name: anexos; Type: TABLE; Schema: tenant_aurora; Owner: -
--

CREATE TABLE tenant_aurora.anexos (
    id integer NOT NULL,
    ticket_id integer NOT NULL,
    nome_arquivo text NOT NULL,
    tamanho_bytes integer NOT NULL,
    url text NOT NULL,
    criado_em timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: anexos_id_seq; Type: SEQUENCE; Schema: tenant_aurora; Owner: -
--

CREATE SEQUENCE tenant_aurora.anexos_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: anexos_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_aurora; Owner: -
--

ALTER SEQUENCE tenant_aurora.anexos_id_seq OWNED BY tenant_aurora.anexos.id;


--
-- Name: clientes; Type: TABLE; Schema: tenant_aurora; Owner: -
--

CREATE TABLE tenant_aurora.clientes (
    id integer NOT NULL,
    nome text NOT NULL,
    email text NOT NULL,
    empresa text,
    telefone text,
    criado_em timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: clientes_id_seq; Type: SEQUENCE; Schema: tenant_aurora; Owner: -
--

CREATE SEQUENCE tenant_aurora.clientes_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: clientes_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_aurora; Owner: -
--

ALTER SEQUENCE tenant_aurora.clientes_id_seq OWNED BY tenant_aurora.clientes.id;


--
-- Name: mensagens; Type: TABLE; Schema: tenant_aurora; Owner: -
--

CREATE TABLE tenant_aurora.mensagens (
    id integer NOT NULL,
    ticket_id integer NOT NULL,
    autor_tipo text NOT NULL,
    autor_id integer NOT NULL,
    corpo text NOT NULL,
    criado_em timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: mensagens_id_seq; Type: SEQUENCE; Schema: tenant_aurora; Owner: -
--

CREATE SEQUENCE tenant_aurora.mensagens_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: mensagens_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_aurora; Owner: -
--

ALTER SEQUENCE tenant_aurora.mensagens_id_seq OWNED BY tenant_aurora.mensagens.id;


--
-- Name: tickets; Type: TABLE; Schema: tenant_aurora; Owner: -
--

CREATE TABLE tenant_aurora.tickets (
    id integer NOT NULL,
    cliente_id integer NOT NULL,
    agente_id integer,
    assunto text NOT NULL,
    status text DEFAULT 'aberto'::text NOT NULL,
    prioridade smallint DEFAULT 2 NOT NULL,
    criado_em timestamp with time zone DEFAULT now() NOT NULL,
    atualizado_em timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: tickets_id_seq; Type: SEQUENCE; Schema: tenant_aurora; Owner: -
--

CREATE SEQUENCE tenant_aurora.tickets_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: tickets_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_aurora; Owner: -
--

ALTER SEQUENCE tenant_aurora.tickets_id_seq OWNED BY tenant_aurora.tickets.id;


--
-- Name: agentes; Type: TABLE; Schema: tenant_boavista; Owner: -
--

CREATE TABLE tenant_boavista.agentes (
    id integer NOT NULL,
    nome text NOT NULL,
    email text NOT NULL,
    papel text DEFAULT 'agente'::text NOT NULL,
    ativo boolean DEFAULT true NOT NULL
);


--
-- Name: agentes_id_seq; Type: SEQUENCE; Schema: tenant_boavista; Owner: -
--

CREATE SEQUENCE tenant_boavista.agentes_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: agentes_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_boavista; Owner: -
--

ALTER SEQUENCE tenant_boavista.agentes_id_seq OWNED BY tenant_boavista.agentes.id;


--
-- Name: anexos; Type: TABLE; Schema: tenant_boavista; Owner: -
--

CREATE TABLE tenant_boavista.anexos (
    id integer NOT NULL,
    ticket_id integer NOT NULL,
    nome_arquivo text NOT NULL,
    tamanho_bytes integer NOT NULL,
    url text NOT NULL,
    criado_em timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: anexos_id_seq; Type: SEQUENCE; Schema: tenant_boavista; Owner: -
--

CREATE SEQUENCE tenant_boavista.anexos_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: anexos_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_boavista; Owner: -
--

ALTER SEQUENCE tenant_boavista.anexos_id_seq OWNED BY tenant_boavista.anexos.id;


--
-- Name: clientes; Type: TABLE; Schema: tenant_boavista; Owner: -
--

CREATE TABLE tenant_boavista.clientes (
    id integer NOT NULL,
    nome text NOT NULL,
    email text NOT NULL,
    empresa text,
    telefone text,
    criado_em timestamp with time zone DEFAULT now() NOT NULL
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
-- Name: mensagens; Type: TABLE; Schema: tenant_boavista; Owner: -
--

CREATE TABLE tenant_boavista.mensagens (
    id integer NOT NULL,
    ticket_id integer NOT NULL,
    autor_tipo text NOT NULL,
    autor_id integer NOT NULL,
    corpo text NOT NULL,
    criado_em timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: mensagens_id_seq; Type: SEQUENCE; Schema: tenant_boavista; Owner: -
--

CREATE SEQUENCE tenant_boavista.mensagens_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: mensagens_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_boavista; Owner: -
--

ALTER SEQUENCE tenant_boavista.mensagens_id_seq OWNED BY tenant_boavista.mensagens.id;


--
-- Name: tickets; Type: TABLE; Schema: tenant_boavista; Owner: -
--

CREATE TABLE tenant_boavista.tickets (
    id integer NOT NULL,
    cliente_id integer NOT NULL,
    agente_id integer,
    assunto text NOT NULL,
    status text DEFAULT 'aberto'::text NOT NULL,
    prioridade smallint DEFAULT 2 NOT NULL,
    criado_em timestamp with time zone DEFAULT now() NOT NULL,
    atualizado_em timestamp with time zone DEFAULT now() NOT NULL
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
-- Name: agentes; Type: TABLE; Schema: tenant_cedro; Owner: -
--

CREATE TABLE tenant_cedro.agentes (
    id integer NOT NULL,
    nome text NOT NULL,
    email text NOT NULL,
    papel text DEFAULT 'agente'::text NOT NULL,
    ativo boolean DEFAULT true NOT NULL
);


--
-- Name: agentes_id_seq; Type: SEQUENCE; Schema: tenant_cedro; Owner: -
--

CREATE SEQUENCE tenant_cedro.agentes_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: agentes_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_cedro; Owner: -
--

ALTER SEQUENCE tenant_cedro.agentes_id_seq OWNED BY tenant_cedro.agentes.id;


--
-- Name: anexos; Type: TABLE; Schema: tenant_cedro; Owner: -
--

CREATE TABLE tenant_cedro.anexos (
    id integer NOT NULL,
    ticket_id integer NOT NULL,
    nome_arquivo text NOT NULL,
    tamanho_bytes integer NOT NULL,
    url text NOT NULL,
    criado_em timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: anexos_id_seq; Type: SEQUENCE; Schema: tenant_cedro; Owner: -
--

CREATE SEQUENCE tenant_cedro.anexos_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: anexos_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_cedro; Owner: -
--

ALTER SEQUENCE tenant_cedro.anexos_id_seq OWNED BY tenant_cedro.anexos.id;


--
-- Name: clientes; Type: TABLE; Schema: tenant_cedro; Owner: -
--

CREATE TABLE tenant_cedro.clientes (
    id integer NOT NULL,
    nome text NOT NULL,
    email text NOT NULL,
    empresa text,
    telefone text,
    criado_em timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: clientes_id_seq; Type: SEQUENCE; Schema: tenant_cedro; Owner: -
--

CREATE SEQUENCE tenant_cedro.clientes_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: clientes_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_cedro; Owner: -
--

ALTER SEQUENCE tenant_cedro.clientes_id_seq OWNED BY tenant_cedro.clientes.id;


--
-- Name: mensagens; Type: TABLE; Schema: tenant_cedro; Owner: -
--

CREATE TABLE tenant_cedro.mensagens (
    id integer NOT NULL,
    ticket_id integer NOT NULL,
    autor_tipo text NOT NULL,
    autor_id integer NOT NULL,
    corpo text NOT NULL,
    criado_em timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: mensagens_id_seq; Type: SEQUENCE; Schema: tenant_cedro; Owner: -
--

CREATE SEQUENCE tenant_cedro.mensagens_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: mensagens_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_cedro; Owner: -
--

ALTER SEQUENCE tenant_cedro.mensagens_id_seq OWNED BY tenant_cedro.mensagens.id;


--
-- Name: tickets; Type: TABLE; Schema: tenant_cedro; Owner: -
--

CREATE TABLE tenant_cedro.tickets (
    id integer NOT NULL,
    cliente_id integer NOT NULL,
    agente_id integer,
    assunto text NOT NULL,
    status text DEFAULT 'aberto'::text NOT NULL,
    prioridade smallint DEFAULT 2 NOT NULL,
    criado_em timestamp with time zone DEFAULT now() NOT NULL,
    atualizado_em timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: tickets_id_seq; Type: SEQUENCE; Schema: tenant_cedro; Owner: -
--

CREATE SEQUENCE tenant_cedro.tickets_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: tickets_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_cedro; Owner: -
--

ALTER SEQUENCE tenant_cedro.tickets_id_seq OWNED BY tenant_cedro.tickets.id;


--
-- Name: agentes; Type: TABLE; Schema: tenant_delta; Owner: -
--

CREATE TABLE tenant_delta.agentes (
    id integer NOT NULL,
    nome text NOT NULL,
    email text NOT NULL,
    papel text DEFAULT 'agente'::text NOT NULL,
    ativo boolean DEFAULT true NOT NULL
);


--
-- Name: agentes_id_seq; Type: SEQUENCE; Schema: tenant_delta; Owner: -
--

CREATE SEQUENCE tenant_delta.agentes_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: agentes_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_delta; Owner: -
--

ALTER SEQUENCE tenant_delta.agentes_id_seq OWNED BY tenant_delta.agentes.id;


--
-- Name: anexos; Type: TABLE; Schema: tenant_delta; Owner: -
--

CREATE TABLE tenant_delta.anexos (
    id integer NOT NULL,
    ticket_id integer NOT NULL,
    nome_arquivo text NOT NULL,
    tamanho_bytes integer NOT NULL,
    url text NOT NULL,
    criado_em timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: anexos_id_seq; Type: SEQUENCE; Schema: tenant_delta; Owner: -
--

CREATE SEQUENCE tenant_delta.anexos_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: anexos_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_delta; Owner: -
--

ALTER SEQUENCE tenant_delta.anexos_id_seq OWNED BY tenant_delta.anexos.id;


--
-- Name: clientes; Type: TABLE; Schema: tenant_delta; Owner: -
--

CREATE TABLE tenant_delta.clientes (
    id integer NOT NULL,
    nome text NOT NULL,
    email text NOT NULL,
    empresa text,
    telefone text,
    criado_em timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: clientes_id_seq; Type: SEQUENCE; Schema: tenant_delta; Owner: -
--

CREATE SEQUENCE tenant_delta.clientes_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: clientes_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_delta; Owner: -
--

ALTER SEQUENCE tenant_delta.clientes_id_seq OWNED BY tenant_delta.clientes.id;


--
-- Name: mensagens; Type: TABLE; Schema: tenant_delta; Owner: -
--

CREATE TABLE tenant_delta.mensagens (
    id integer NOT NULL,
    ticket_id integer NOT NULL,
    autor_tipo text NOT NULL,
    autor_id integer NOT NULL,
    corpo text NOT NULL,
    criado_em timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: mensagens_id_seq; Type: SEQUENCE; Schema: tenant_delta; Owner: -
--

CREATE SEQUENCE tenant_delta.mensagens_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: mensagens_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_delta; Owner: -
--

ALTER SEQUENCE tenant_delta.mensagens_id_seq OWNED BY tenant_delta.mensagens.id;


--
-- Name: tickets; Type: TABLE; Schema: tenant_delta; Owner: -
--

CREATE TABLE tenant_delta.tickets (
    id integer NOT NULL,
    cliente_id integer NOT NULL,
    agente_id integer,
    assunto text NOT NULL,
    status text DEFAULT 'aberto'::text NOT NULL,
    prioridade smallint DEFAULT 2 NOT NULL,
    criado_em timestamp with time zone DEFAULT now() NOT NULL,
    atualizado_em timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: tickets_id_seq; Type: SEQUENCE; Schema: tenant_delta; Owner: -
--

CREATE SEQUENCE tenant_delta.tickets_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: tickets_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_delta; Owner: -
--

ALTER SEQUENCE tenant_delta.tickets_id_seq OWNED BY tenant_delta.tickets.id;


--
-- Name: agentes; Type: TABLE; Schema: tenant_estrela; Owner: -
--

CREATE TABLE tenant_estrela.agentes (
    id integer NOT NULL,
    nome text NOT NULL,
    email text NOT NULL,
    papel text DEFAULT 'agente'::text NOT NULL,
    ativo boolean DEFAULT true NOT NULL
);


--
-- Name: agentes_id_seq; Type: SEQUENCE; Schema: tenant_estrela; Owner: -
--

CREATE SEQUENCE tenant_estrela.agentes_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: agentes_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_estrela; Owner: -
--

ALTER SEQUENCE tenant_estrela.agentes_id_seq OWNED BY tenant_estrela.agentes.id;


--
-- Name: anexos; Type: TABLE; Schema: tenant_estrela; Owner: -
--

CREATE TABLE tenant_estrela.anexos (
    id integer NOT NULL,
    ticket_id integer NOT NULL,
    nome_arquivo text NOT NULL,
    tamanho_bytes integer NOT NULL,
    url text NOT NULL,
    criado_em timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: anexos_id_seq; Type: SEQUENCE; Schema: tenant_estrela; Owner: -
--

CREATE SEQUENCE tenant_estrela.anexos_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: anexos_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_estrela; Owner: -
--

ALTER SEQUENCE tenant_estrela.anexos_id_seq OWNED BY tenant_estrela.anexos.id;


--
-- Name: clientes; Type: TABLE; Schema: tenant_estrela; Owner: -
--

CREATE TABLE tenant_estrela.clientes (
    id integer NOT NULL,
    nome text NOT NULL,
    email text NOT NULL,
    empresa text,
    telefone text,
    criado_em timestamp with time zone DEFAULT now() NOT NULL
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
-- Name: mensagens; Type: TABLE; Schema: tenant_estrela; Owner: -
--

CREATE TABLE tenant_estrela.mensagens (
    id integer NOT NULL,
    ticket_id integer NOT NULL,
    autor_tipo text NOT NULL,
    autor_id integer NOT NULL,
    corpo text NOT NULL,
    criado_em timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: mensagens_id_seq; Type: SEQUENCE; Schema: tenant_estrela; Owner: -
--

CREATE SEQUENCE tenant_estrela.mensagens_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: mensagens_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_estrela; Owner: -
--

ALTER SEQUENCE tenant_estrela.mensagens_id_seq OWNED BY tenant_estrela.mensagens.id;


--
-- Name: tickets; Type: TABLE; Schema: tenant_estrela; Owner: -
--

CREATE TABLE tenant_estrela.tickets (
    id integer NOT NULL,
    cliente_id integer NOT NULL,
    agente_id integer,
    assunto text NOT NULL,
    status text DEFAULT 'aberto'::text NOT NULL,
    prioridade smallint DEFAULT 2 NOT NULL,
    criado_em timestamp with time zone DEFAULT now() NOT NULL,
    atualizado_em timestamp with time zone DEFAULT now() NOT NULL
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
-- Name: agentes; Type: TABLE; Schema: tenant_fenix; Owner: -
--

CREATE TABLE tenant_fenix.agentes (
    id integer NOT NULL,
    nome text NOT NULL,
    email text NOT NULL,
    papel text DEFAULT 'agente'::text NOT NULL,
    ativo boolean DEFAULT true NOT NULL
);


--
-- Name: agentes_id_seq; Type: SEQUENCE; Schema: tenant_fenix; Owner: -
--

CREATE SEQUENCE tenant_fenix.agentes_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: agentes_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_fenix; Owner: -
--

ALTER SEQUENCE tenant_fenix.agentes_id_seq OWNED BY tenant_fenix.agentes.id;


--
-- Name: anexos; Type: TABLE; Schema: tenant_fenix; Owner: -
--

CREATE TABLE tenant_fenix.anexos (
    id integer NOT NULL,
    ticket_id integer NOT NULL,
    nome_arquivo text NOT NULL,
    tamanho_bytes integer NOT NULL,
    url text NOT NULL,
    criado_em timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: anexos_id_seq; Type: SEQUENCE; Schema: tenant_fenix; Owner: -
--

CREATE SEQUENCE tenant_fenix.anexos_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: anexos_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_fenix; Owner: -
--

ALTER SEQUENCE tenant_fenix.anexos_id_seq OWNED BY tenant_fenix.anexos.id;


--
-- Name: clientes; Type: TABLE; Schema: tenant_fenix; Owner: -
--

CREATE TABLE tenant_fenix.clientes (
    id integer NOT NULL,
    nome text NOT NULL,
    email text NOT NULL,
    empresa text,
    telefone text,
    criado_em timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: clientes_id_seq; Type: SEQUENCE; Schema: tenant_fenix; Owner: -
--

CREATE SEQUENCE tenant_fenix.clientes_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: clientes_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_fenix; Owner: -
--

ALTER SEQUENCE tenant_fenix.clientes_id_seq OWNED BY tenant_fenix.clientes.id;


--
-- Name: mensagens; Type: TABLE; Schema: tenant_fenix; Owner: -
--

CREATE TABLE tenant_fenix.mensagens (
    id integer NOT NULL,
    ticket_id integer NOT NULL,
    autor_tipo text NOT NULL,
    autor_id integer NOT NULL,
    corpo text NOT NULL,
    criado_em timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: mensagens_id_seq; Type: SEQUENCE; Schema: tenant_fenix; Owner: -
--

CREATE SEQUENCE tenant_fenix.mensagens_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: mensagens_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_fenix; Owner: -
--

ALTER SEQUENCE tenant_fenix.mensagens_id_seq OWNED BY tenant_fenix.mensagens.id;


--
-- Name: tickets; Type: TABLE; Schema: tenant_fenix; Owner: -
--

CREATE TABLE tenant_fenix.tickets (
    id integer NOT NULL,
    cliente_id integer NOT NULL,
    agente_id integer,
    assunto text NOT NULL,
    status text DEFAULT 'aberto'::text NOT NULL,
    prioridade smallint DEFAULT 2 NOT NULL,
    criado_em timestamp with time zone DEFAULT now() NOT NULL,
    atualizado_em timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: tickets_id_seq; Type: SEQUENCE; Schema: tenant_fenix; Owner: -
--

CREATE SEQUENCE tenant_fenix.tickets_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: tickets_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_fenix; Owner: -
--

ALTER SEQUENCE tenant_fenix.tickets_id_seq OWNED BY tenant_fenix.tickets.id;


--
-- Name: agentes; Type: TABLE; Schema: tenant_girassol; Owner: -
--

CREATE TABLE tenant_girassol.agentes (
    id integer NOT NULL,
    nome text NOT NULL,
    email text NOT NULL,
    papel text DEFAULT 'agente'::text NOT NULL,
    ativo boolean DEFAULT true NOT NULL
);


--
-- Name: agentes_id_seq; Type: SEQUENCE; Schema: tenant_girassol; Owner: -
--

CREATE SEQUENCE tenant_girassol.agentes_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: agentes_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_girassol; Owner: -
--

ALTER SEQUENCE tenant_girassol.agentes_id_seq OWNED BY tenant_girassol.agentes.id;


--
-- Name: anexos; Type: TABLE; Schema: tenant_girassol; Owner: -
--

CREATE TABLE tenant_girassol.anexos (
    id integer NOT NULL,
    ticket_id integer NOT NULL,
    nome_arquivo text NOT NULL,
    tamanho_bytes integer NOT NULL,
    url text NOT NULL,
    criado_em timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: anexos_id_seq; Type: SEQUENCE; Schema: tenant_girassol; Owner: -
--

CREATE SEQUENCE tenant_girassol.anexos_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: anexos_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_girassol; Owner: -
--

ALTER SEQUENCE tenant_girassol.anexos_id_seq OWNED BY tenant_girassol.anexos.id;


--
-- Name: clientes; Type: TABLE; Schema: tenant_girassol; Owner: -
--

CREATE TABLE tenant_girassol.clientes (
    id integer NOT NULL,
    nome text NOT NULL,
    email text NOT NULL,
    empresa text,
    telefone text,
    criado_em timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: clientes_id_seq; Type: SEQUENCE; Schema: tenant_girassol; Owner: -
--

CREATE SEQUENCE tenant_girassol.clientes_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: clientes_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_girassol; Owner: -
--

ALTER SEQUENCE tenant_girassol.clientes_id_seq OWNED BY tenant_girassol.clientes.id;


--
-- Name: mensagens; Type: TABLE; Schema: tenant_girassol; Owner: -
--

CREATE TABLE tenant_girassol.mensagens (
    id integer NOT NULL,
    ticket_id integer NOT NULL,
    autor_tipo text NOT NULL,
    autor_id integer NOT NULL,
    corpo text NOT NULL,
    criado_em timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: mensagens_id_seq; Type: SEQUENCE; Schema: tenant_girassol; Owner: -
--

CREATE SEQUENCE tenant_girassol.mensagens_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: mensagens_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_girassol; Owner: -
--

ALTER SEQUENCE tenant_girassol.mensagens_id_seq OWNED BY tenant_girassol.mensagens.id;


--
-- Name: tickets; Type: TABLE; Schema: tenant_girassol; Owner: -
--

CREATE TABLE tenant_girassol.tickets (
    id integer NOT NULL,
    cliente_id integer NOT NULL,
    agente_id integer,
    assunto text NOT NULL,
    status text DEFAULT 'aberto'::text NOT NULL,
    prioridade smallint DEFAULT 2 NOT NULL,
    criado_em timestamp with time zone DEFAULT now() NOT NULL,
    atualizado_em timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: tickets_id_seq; Type: SEQUENCE; Schema: tenant_girassol; Owner: -
--

CREATE SEQUENCE tenant_girassol.tickets_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: tickets_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_girassol; Owner: -
--

ALTER SEQUENCE tenant_girassol.tickets_id_seq OWNED BY tenant_girassol.tickets.id;


--
-- Name: agentes; Type: TABLE; Schema: tenant_horizonte; Owner: -
--

CREATE TABLE tenant_horizonte.agentes (
    id integer NOT NULL,
    nome text NOT NULL,
    email text NOT NULL,
    papel text DEFAULT 'agente'::text NOT NULL,
    ativo boolean DEFAULT true NOT NULL
);


--
-- Name: agentes_id_seq; Type: SEQUENCE; Schema: tenant_horizonte; Owner: -
--

CREATE SEQUENCE tenant_horizonte.agentes_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: agentes_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_horizonte; Owner: -
--

ALTER SEQUENCE tenant_horizonte.agentes_id_seq OWNED BY tenant_horizonte.agentes.id;


--
-- Name: anexos; Type: TABLE; Schema: tenant_horizonte; Owner: -
--

CREATE TABLE tenant_horizonte.anexos (
    id integer NOT NULL,
    ticket_id integer NOT NULL,
    nome_arquivo text NOT NULL,
    tamanho_bytes integer NOT NULL,
    url text NOT NULL,
    criado_em timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: anexos_id_seq; Type: SEQUENCE; Schema: tenant_horizonte; Owner: -
--

CREATE SEQUENCE tenant_horizonte.anexos_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: anexos_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_horizonte; Owner: -
--

ALTER SEQUENCE tenant_horizonte.anexos_id_seq OWNED BY tenant_horizonte.anexos.id;


--
-- Name: clientes; Type: TABLE; Schema: tenant_horizonte; Owner: -
--

CREATE TABLE tenant_horizonte.clientes (
    id integer NOT NULL,
    nome text NOT NULL,
    email text NOT NULL,
    empresa text,
    telefone text,
    criado_em timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: clientes_id_seq; Type: SEQUENCE; Schema: tenant_horizonte; Owner: -
--

CREATE SEQUENCE tenant_horizonte.clientes_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: clientes_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_horizonte; Owner: -
--

ALTER SEQUENCE tenant_horizonte.clientes_id_seq OWNED BY tenant_horizonte.clientes.id;


--
-- Name: mensagens; Type: TABLE; Schema: tenant_horizonte; Owner: -
--

CREATE TABLE tenant_horizonte.mensagens (
    id integer NOT NULL,
    ticket_id integer NOT NULL,
    autor_tipo text NOT NULL,
    autor_id integer NOT NULL,
    corpo text NOT NULL,
    criado_em timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: mensagens_id_seq; Type: SEQUENCE; Schema: tenant_horizonte; Owner: -
--

CREATE SEQUENCE tenant_horizonte.mensagens_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: mensagens_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_horizonte; Owner: -
--

ALTER SEQUENCE tenant_horizonte.mensagens_id_seq OWNED BY tenant_horizonte.mensagens.id;


--
-- Name: tickets; Type: TABLE; Schema: tenant_horizonte; Owner: -
--

CREATE TABLE tenant_horizonte.tickets (
    id integer NOT NULL,
    cliente_id integer NOT NULL,
    agente_id integer,
    assunto text NOT NULL,
    status text DEFAULT 'aberto'::text NOT NULL,
    prioridade smallint DEFAULT 2 NOT NULL,
    criado_em timestamp with time zone DEFAULT now() NOT NULL,
    atualizado_em timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: tickets_id_seq; Type: SEQUENCE; Schema: tenant_horizonte; Owner: -
--

CREATE SEQUENCE tenant_horizonte.tickets_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: tickets_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_horizonte; Owner: -
--

ALTER SEQUENCE tenant_horizonte.tickets_id_seq OWNED BY tenant_horizonte.tickets.id;


--
-- Name: agentes; Type: TABLE; Schema: tenant_ipe; Owner: -
--

CREATE TABLE tenant_ipe.agentes (
    id integer NOT NULL,
    nome text NOT NULL,
    email text NOT NULL,
    papel text DEFAULT 'agente'::text NOT NULL,
    ativo boolean DEFAULT true NOT NULL
);


--
-- Name: agentes_id_seq; Type: SEQUENCE; Schema: tenant_ipe; Owner: -
--

CREATE SEQUENCE tenant_ipe.agentes_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: agentes_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_ipe; Owner: -
--

ALTER SEQUENCE tenant_ipe.agentes_id_seq OWNED BY tenant_ipe.agentes.id;


--
-- Name: anexos; Type: TABLE; Schema: tenant_ipe; Owner: -
--

CREATE TABLE tenant_ipe.anexos (
    id integer NOT NULL,
    ticket_id integer NOT NULL,
    nome_arquivo text NOT NULL,
    tamanho_bytes integer NOT NULL,
    url text NOT NULL,
    criado_em timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: anexos_id_seq; Type: SEQUENCE; Schema: tenant_ipe; Owner: -
--

CREATE SEQUENCE tenant_ipe.anexos_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: anexos_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_ipe; Owner: -
--

ALTER SEQUENCE tenant_ipe.anexos_id_seq OWNED BY tenant_ipe.anexos.id;


--
-- Name: clientes; Type: TABLE; Schema: tenant_ipe; Owner: -
--

CREATE TABLE tenant_ipe.clientes (
    id integer NOT NULL,
    nome text NOT NULL,
    email text NOT NULL,
    empresa text,
    telefone text,
    criado_em timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: clientes_id_seq; Type: SEQUENCE; Schema: tenant_ipe; Owner: -
--

CREATE SEQUENCE tenant_ipe.clientes_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: clientes_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_ipe; Owner: -
--

ALTER SEQUENCE tenant_ipe.clientes_id_seq OWNED BY tenant_ipe.clientes.id;


--
-- Name: mensagens; Type: TABLE; Schema: tenant_ipe; Owner: -
--

CREATE TABLE tenant_ipe.mensagens (
    id integer NOT NULL,
    ticket_id integer NOT NULL,
    autor_tipo text NOT NULL,
    autor_id integer NOT NULL,
    corpo text NOT NULL,
    criado_em timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: mensagens_id_seq; Type: SEQUENCE; Schema: tenant_ipe; Owner: -
--

CREATE SEQUENCE tenant_ipe.mensagens_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: mensagens_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_ipe; Owner: -
--

ALTER SEQUENCE tenant_ipe.mensagens_id_seq OWNED BY tenant_ipe.mensagens.id;


--
-- Name: tickets; Type: TABLE; Schema: tenant_ipe; Owner: -
--

CREATE TABLE tenant_ipe.tickets (
    id integer NOT NULL,
    cliente_id integer NOT NULL,
    agente_id integer,
    assunto text NOT NULL,
    status text DEFAULT 'aberto'::text NOT NULL,
    prioridade smallint DEFAULT 2 NOT NULL,
    criado_em timestamp with time zone DEFAULT now() NOT NULL,
    atualizado_em timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: tickets_id_seq; Type: SEQUENCE; Schema: tenant_ipe; Owner: -
--

CREATE SEQUENCE tenant_ipe.tickets_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: tickets_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_ipe; Owner: -
--

ALTER SEQUENCE tenant_ipe.tickets_id_seq OWNED BY tenant_ipe.tickets.id;


--
-- Name: agentes; Type: TABLE; Schema: tenant_jatoba; Owner: -
--

CREATE TABLE tenant_jatoba.agentes (
    id integer NOT NULL,
    nome text NOT NULL,
    email text NOT NULL,
    papel text DEFAULT 'agente'::text NOT NULL,
    ativo boolean DEFAULT true NOT NULL
);


--
-- Name: agentes_id_seq; Type: SEQUENCE; Schema: tenant_jatoba; Owner: -
--

CREATE SEQUENCE tenant_jatoba.agentes_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: agentes_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_jatoba; Owner: -
--

ALTER SEQUENCE tenant_jatoba.agentes_id_seq OWNED BY tenant_jatoba.agentes.id;


--
-- Name: anexos; Type: TABLE; Schema: tenant_jatoba; Owner: -
--

CREATE TABLE tenant_jatoba.anexos (
    id integer NOT NULL,
    ticket_id integer NOT NULL,
    nome_arquivo text NOT NULL,
    tamanho_bytes integer NOT NULL,
    url text NOT NULL,
    criado_em timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: anexos_id_seq; Type: SEQUENCE; Schema: tenant_jatoba; Owner: -
--

CREATE SEQUENCE tenant_jatoba.anexos_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: anexos_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_jatoba; Owner: -
--

ALTER SEQUENCE tenant_jatoba.anexos_id_seq OWNED BY tenant_jatoba.anexos.id;


--
-- Name: clientes; Type: TABLE; Schema: tenant_jatoba; Owner: -
--

CREATE TABLE tenant_jatoba.clientes (
    id integer NOT NULL,
    nome text NOT NULL,
    email text NOT NULL,
    empresa text,
    telefone text,
    criado_em timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: clientes_id_seq; Type: SEQUENCE; Schema: tenant_jatoba; Owner: -
--

CREATE SEQUENCE tenant_jatoba.clientes_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: clientes_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_jatoba; Owner: -
--

ALTER SEQUENCE tenant_jatoba.clientes_id_seq OWNED BY tenant_jatoba.clientes.id;


--
-- Name: mensagens; Type: TABLE; Schema: tenant_jatoba; Owner: -
--

CREATE TABLE tenant_jatoba.mensagens (
    id integer NOT NULL,
    ticket_id integer NOT NULL,
    autor_tipo text NOT NULL,
    autor_id integer NOT NULL,
    corpo text NOT NULL,
    criado_em timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: mensagens_id_seq; Type: SEQUENCE; Schema: tenant_jatoba; Owner: -
--

CREATE SEQUENCE tenant_jatoba.mensagens_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: mensagens_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_jatoba; Owner: -
--

ALTER SEQUENCE tenant_jatoba.mensagens_id_seq OWNED BY tenant_jatoba.mensagens.id;


--
-- Name: tickets; Type: TABLE; Schema: tenant_jatoba; Owner: -
--

CREATE TABLE tenant_jatoba.tickets (
    id integer NOT NULL,
    cliente_id integer NOT NULL,
    agente_id integer,
    assunto text NOT NULL,
    status text DEFAULT 'aberto'::text NOT NULL,
    prioridade smallint DEFAULT 2 NOT NULL,
    criado_em timestamp with time zone DEFAULT now() NOT NULL,
    atualizado_em timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: tickets_id_seq; Type: SEQUENCE; Schema: tenant_jatoba; Owner: -
--

CREATE SEQUENCE tenant_jatoba.tickets_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: tickets_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_jatoba; Owner: -
--

ALTER SEQUENCE tenant_jatoba.tickets_id_seq OWNED BY tenant_jatoba.tickets.id;


--
-- Name: tenants id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tenants ALTER COLUMN id SET DEFAULT nextval('public.tenants_id_seq'::regclass);


--
-- Name: agentes id; Type: DEFAULT; Schema: tenant_aurora; Owner: -
--

ALTER TABLE ONLY tenant_aurora.agentes ALTER COLUMN id SET DEFAULT nextval('tenant_aurora.agentes_id_seq'::regclass);


--
-- Name: anexos id; Type: DEFAULT; Schema: tenant_aurora; Owner: -
--

ALTER TABLE ONLY tenant_aurora.anexos ALTER COLUMN id SET DEFAULT nextval('tenant_aurora.anexos_id_seq'::regclass);


--
-- Name: clientes id; Type: DEFAULT; Schema: tenant_aurora; Owner: -
--

ALTER TABLE ONLY tenant_aurora.clientes ALTER COLUMN id SET DEFAULT nextval('tenant_aurora.clientes_id_seq'::regclass);


--
-- Name: mensagens id; Type: DEFAULT; Schema: tenant_aurora; Owner: -
--

ALTER TABLE ONLY tenant_aurora.mensagens ALTER COLUMN id SET DEFAULT nextval('tenant_aurora.mensagens_id_seq'::regclass);


--
-- Name: tickets id; Type: DEFAULT; Schema: tenant_aurora; Owner: -
--

ALTER TABLE ONLY tenant_aurora.tickets ALTER COLUMN id SET DEFAULT nextval('tenant_aurora.tickets_id_seq'::regclass);


--
-- Name: agentes id; Type: DEFAULT; Schema: tenant_boavista; Owner: -
--

ALTER TABLE ONLY tenant_boavista.agentes ALTER COLUMN id SET DEFAULT nextval('tenant_boavista.agentes_id_seq'::regclass);


--
-- Name: anexos id; Type: DEFAULT; Schema: tenant_boavista; Owner: -
--

ALTER TABLE ONLY tenant_boavista.anexos ALTER COLUMN id SET DEFAULT nextval('tenant_boavista.anexos_id_seq'::regclass);


--
-- Name: clientes id; Type: DEFAULT; Schema: tenant_boavista; Owner: -
--

ALTER TABLE ONLY tenant_boavista.clientes ALTER COLUMN id SET DEFAULT nextval('tenant_boavista.clientes_id_seq'::regclass);


--
-- Name: mensagens id; Type: DEFAULT; Schema: tenant_boavista; Owner: -
--

ALTER TABLE ONLY tenant_boavista.mensagens ALTER COLUMN id SET DEFAULT nextval('tenant_boavista.mensagens_id_seq'::regclass);


--
-- Name: tickets id; Type: DEFAULT; Schema: tenant_boavista; Owner: -
--

ALTER TABLE ONLY tenant_boavista.tickets ALTER COLUMN id SET DEFAULT nextval('tenant_boavista.tickets_id_seq'::regclass);


--
-- Name: agentes id; Type: DEFAULT; Schema: tenant_cedro; Owner: -
--

ALTER TABLE ONLY tenant_cedro.agentes ALTER COLUMN id SET DEFAULT nextval('tenant_cedro.agentes_id_seq'::regclass);


--
-- Name: anexos id; Type: DEFAULT; Schema: tenant_cedro; Owner: -
--

ALTER TABLE ONLY tenant_cedro.anexos ALTER COLUMN id SET DEFAULT nextval('tenant_cedro.anexos_id_seq'::regclass);


--
-- Name: clientes id; Type: DEFAULT; Schema: tenant_cedro; Owner: -
--

ALTER TABLE ONLY tenant_cedro.clientes ALTER COLUMN id SET DEFAULT nextval('tenant_cedro.clientes_id_seq'::regclass);


--
-- Name: mensagens id; Type: DEFAULT; Schema: tenant_cedro; Owner: -
--

ALTER TABLE ONLY tenant_cedro.mensagens ALTER COLUMN id SET DEFAULT nextval('tenant_cedro.mensagens_id_seq'::regclass);


--
-- Name: tickets id; Type: DEFAULT; Schema: tenant_cedro; Owner: -
--

ALTER TABLE ONLY tenant_cedro.tickets ALTER COLUMN id SET DEFAULT nextval('tenant_cedro.tickets_id_seq'::regclass);


--
-- Name: agentes id; Type: DEFAULT; Schema: tenant_delta; Owner: -
--

ALTER TABLE ONLY tenant_delta.agentes ALTER COLUMN id SET DEFAULT nextval('tenant_delta.agentes_id_seq'::regclass);


--
-- Name: anexos id; Type: DEFAULT; Schema: tenant_delta; Owner: -
--

ALTER TABLE ONLY tenant_delta.anexos ALTER COLUMN id SET DEFAULT nextval('tenant_delta.anexos_id_seq'::regclass);


--
-- Name: clientes id; Type: DEFAULT; Schema: tenant_delta; Owner: -
--

ALTER TABLE ONLY tenant_delta.clientes ALTER COLUMN id SET DEFAULT nextval('tenant_delta.clientes_id_seq'::regclass);


--
-- Name: mensagens id; Type: DEFAULT; Schema: tenant_delta; Owner: -
--

ALTER TABLE ONLY tenant_delta.mensagens ALTER COLUMN id SET DEFAULT nextval('tenant_delta.mensagens_id_seq'::regclass);


--
-- Name: tickets id; Type: DEFAULT; Schema: tenant_delta; Owner: -
--

ALTER TABLE ONLY tenant_delta.tickets ALTER COLUMN id SET DEFAULT nextval('tenant_delta.tickets_id_seq'::regclass);


--
-- Name: agentes id; Type: DEFAULT; Schema: tenant_estrela; Owner: -
--

ALTER TABLE ONLY tenant_estrela.agentes ALTER COLUMN id SET DEFAULT nextval('tenant_estrela.agentes_id_seq'::regclass);


--
-- Name: anexos id; Type: DEFAULT; Schema: tenant_estrela; Owner: -
--

ALTER TABLE ONLY tenant_estrela.anexos ALTER COLUMN id SET DEFAULT nextval('tenant_estrela.anexos_id_seq'::regclass);


--
-- Name: clientes id; Type: DEFAULT; Schema: tenant_estrela; Owner: -
--

ALTER TABLE ONLY tenant_estrela.clientes ALTER COLUMN id SET DEFAULT nextval('tenant_estrela.clientes_id_seq'::regclass);


--
-- Name: mensagens id; Type: DEFAULT; Schema: tenant_estrela; Owner: -
--

ALTER TABLE ONLY tenant_estrela.mensagens ALTER COLUMN id SET DEFAULT nextval('tenant_estrela.mensagens_id_seq'::regclass);


--
-- Name: tickets id; Type: DEFAULT; Schema: tenant_estrela; Owner: -
--

ALTER TABLE ONLY tenant_estrela.tickets ALTER COLUMN id SET DEFAULT nextval('tenant_estrela.tickets_id_seq'::regclass);


--
-- Name: agentes id; Type: DEFAULT; Schema: tenant_fenix; Owner: -
--

ALTER TABLE ONLY tenant_fenix.agentes ALTER COLUMN id SET DEFAULT nextval('tenant_fenix.agentes_id_seq'::regclass);


--
-- Name: anexos id; Type: DEFAULT; Schema: tenant_fenix; Owner: -
--

ALTER TABLE ONLY tenant_fenix.anexos ALTER COLUMN id SET DEFAULT nextval('tenant_fenix.anexos_id_seq'::regclass);


--
-- Name: clientes id; Type: DEFAULT; Schema: tenant_fenix; Owner: -
--

ALTER TABLE ONLY tenant_fenix.clientes ALTER COLUMN id SET DEFAULT nextval('tenant_fenix.clientes_id_seq'::regclass);


--
-- Name: mensagens id; Type: DEFAULT; Schema: tenant_fenix; Owner: -
--

ALTER TABLE ONLY tenant_fenix.mensagens ALTER COLUMN id SET DEFAULT nextval('tenant_fenix.mensagens_id_seq'::regclass);


--
-- Name: tickets id; Type: DEFAULT; Schema: tenant_fenix; Owner: -
--

ALTER TABLE ONLY tenant_fenix.tickets ALTER COLUMN id SET DEFAULT nextval('tenant_fenix.tickets_id_seq'::regclass);


--
-- Name: agentes id; Type: DEFAULT; Schema: tenant_girassol; Owner: -
--

ALTER TABLE ONLY tenant_girassol.agentes ALTER COLUMN id SET DEFAULT nextval('tenant_girassol.agentes_id_seq'::regclass);


--
-- Name: anexos id; Type: DEFAULT; Schema: tenant_girassol; Owner: -
--

ALTER TABLE ONLY tenant_girassol.anexos ALTER COLUMN id SET DEFAULT nextval('tenant_girassol.anexos_id_seq'::regclass);


--
-- Name: clientes id; Type: DEFAULT; Schema: tenant_girassol; Owner: -
--

ALTER TABLE ONLY tenant_girassol.clientes ALTER COLUMN id SET DEFAULT nextval('tenant_girassol.clientes_id_seq'::regclass);


--
-- Name: mensagens id; Type: DEFAULT; Schema: tenant_girassol; Owner: -
--

ALTER TABLE ONLY tenant_girassol.mensagens ALTER COLUMN id SET DEFAULT nextval('tenant_girassol.mensagens_id_seq'::regclass);


--
-- Name: tickets id; Type: DEFAULT; Schema: tenant_girassol; Owner: -
--

ALTER TABLE ONLY tenant_girassol.tickets ALTER COLUMN id SET DEFAULT nextval('tenant_girassol.tickets_id_seq'::regclass);


--
-- Name: agentes id; Type: DEFAULT; Schema: tenant_horizonte; Owner: -
--

ALTER TABLE ONLY tenant_horizonte.agentes ALTER COLUMN id SET DEFAULT nextval('tenant_horizonte.agentes_id_seq'::regclass);


--
-- Name: anexos id; Type: DEFAULT; Schema: tenant_horizonte; Owner: -
--

ALTER TABLE ONLY tenant_horizonte.anexos ALTER COLUMN id SET DEFAULT nextval('tenant_horizonte.anexos_id_seq'::regclass);


--
-- Name: clientes id; Type: DEFAULT; Schema: tenant_horizonte; Owner: -
--

ALTER TABLE ONLY tenant_horizonte.clientes ALTER COLUMN id SET DEFAULT nextval('tenant_horizonte.clientes_id_seq'::regclass);


--
-- Name: mensagens id; Type: DEFAULT; Schema: tenant_horizonte; Owner: -
--

ALTER TABLE ONLY tenant_horizonte.mensagens ALTER COLUMN id SET DEFAULT nextval('tenant_horizonte.mensagens_id_seq'::regclass);


--
-- Name: tickets id; Type: DEFAULT; Schema: tenant_horizonte; Owner: -
--

ALTER TABLE ONLY tenant_horizonte.tickets ALTER COLUMN id SET DEFAULT nextval('tenant_horizonte.tickets_id_seq'::regclass);


--
-- Name: agentes id; Type: DEFAULT; Schema: tenant_ipe; Owner: -
--

ALTER TABLE ONLY tenant_ipe.agentes ALTER COLUMN id SET DEFAULT nextval('tenant_ipe.agentes_id_seq'::regclass);


--
-- Name: anexos id; Type: DEFAULT; Schema: tenant_ipe; Owner: -
--

ALTER TABLE ONLY tenant_ipe.anexos ALTER COLUMN id SET DEFAULT nextval('tenant_ipe.anexos_id_seq'::regclass);


--
-- Name: clientes id; Type: DEFAULT; Schema: tenant_ipe; Owner: -
--

ALTER TABLE ONLY tenant_ipe.clientes ALTER COLUMN id SET DEFAULT nextval('tenant_ipe.clientes_id_seq'::regclass);


--
-- Name: mensagens id; Type: DEFAULT; Schema: tenant_ipe; Owner: -
--

ALTER TABLE ONLY tenant_ipe.mensagens ALTER COLUMN id SET DEFAULT nextval('tenant_ipe.mensagens_id_seq'::regclass);


--
-- Name: tickets id; Type: DEFAULT; Schema: tenant_ipe; Owner: -
--

ALTER TABLE ONLY tenant_ipe.tickets ALTER COLUMN id SET DEFAULT nextval('tenant_ipe.tickets_id_seq'::regclass);


--
-- Name: agentes id; Type: DEFAULT; Schema: tenant_jatoba; Owner: -
--

ALTER TABLE ONLY tenant_jatoba.agentes ALTER COLUMN id SET DEFAULT nextval('tenant_jatoba.agentes_id_seq'::regclass);


--
-- Name: anexos id; Type: DEFAULT; Schema: tenant_jatoba; Owner: -
--

ALTER TABLE ONLY tenant_jatoba.anexos ALTER COLUMN id SET DEFAULT nextval('tenant_jatoba.anexos_id_seq'::regclass);


--
-- Name: clientes id; Type: DEFAULT; Schema: tenant_jatoba; Owner: -
--

ALTER TABLE ONLY tenant_jatoba.clientes ALTER COLUMN id SET DEFAULT nextval('tenant_jatoba.clientes_id_seq'::regclass);


--
-- Name: mensagens id; Type: DEFAULT; Schema: tenant_jatoba; Owner: -
--

ALTER TABLE ONLY tenant_jatoba.mensagens ALTER COLUMN id SET DEFAULT nextval('tenant_jatoba.mensagens_id_seq'::regclass);


--
-- Name: tickets id; Type: DEFAULT; Schema: tenant_jatoba; Owner: -
--

ALTER TABLE ONLY tenant_jatoba.tickets ALTER COLUMN id SET DEFAULT nextval('tenant_jatoba.tickets_id_seq'::regclass);


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
-- Name: tenants tenants_slug_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tenants
    ADD CONSTRAINT tenants_slug_key UNIQUE (slug);


--
-- Name: agentes agentes_email_key; Type: CONSTRAINT; Schema: tenant_aurora; Owner: -
--

ALTER TABLE ONLY tenant_aurora.agentes
    ADD CONSTRAINT agentes_email_key UNIQUE (email);


--
-- Name: agentes agentes_pkey; Type: CONSTRAINT; Schema: tenant_aurora; Owner: -
--

ALTER TABLE ONLY tenant_aurora.agentes
    ADD CONSTRAINT agentes_pkey PRIMARY KEY (id);


--
-- Name: anexos anexos_pkey; Type: CONSTRAINT; Schema: tenant_aurora; Owner: -
--

ALTER TABLE ONLY tenant_aurora.anexos
    ADD CONSTRAINT anexos_pkey PRIMARY KEY (id);


--
-- Name: clientes clientes_email_key; Type: CONSTRAINT; Schema: tenant_aurora; Owner: -
--

ALTER TABLE ONLY tenant_aurora.clientes
    ADD CONSTRAINT clientes_email_key UNIQUE (email);


--
-- Name: clientes clientes_pkey; Type: CONSTRAINT; Schema: tenant_aurora; Owner: -
--

ALTER TABLE ONLY tenant_aurora.clientes
    ADD CONSTRAINT clientes_pkey PRIMARY KEY (id);


--
-- Name: mensagens mensagens_pkey; Type: CONSTRAINT; Schema: tenant_aurora; Owner: -
--

ALTER TABLE ONLY tenant_aurora.mensagens
    ADD CONSTRAINT mensagens_pkey PRIMARY KEY (id);


--
-- Name: tickets tickets_pkey; Type: CONSTRAINT; Schema: tenant_aurora; Owner: -
--

ALTER TABLE ONLY tenant_aurora.tickets
    ADD CONSTRAINT tickets_pkey PRIMARY KEY (id);


--
-- Name: agentes agentes_email_key; Type: CONSTRAINT; Schema: tenant_boavista; Owner: -
--

ALTER TABLE ONLY tenant_boavista.agentes
    ADD CONSTRAINT agentes_email_key UNIQUE (email);


--
-- Name: agentes agentes_pkey; Type: CONSTRAINT; Schema: tenant_boavista; Owner: -
--

ALTER TABLE ONLY tenant_boavista.agentes
    ADD CONSTRAINT agentes_pkey PRIMARY KEY (id);


--
-- Name: anexos anexos_pkey; Type: CONSTRAINT; Schema: tenant_boavista; Owner: -
--

ALTER TABLE ONLY tenant_boavista.anexos
    ADD CONSTRAINT anexos_pkey PRIMARY KEY (id);


--
-- Name: clientes clientes_email_key; Type: CONSTRAINT; Schema: tenant_boavista; Owner: -
--

ALTER TABLE ONLY tenant_boavista.clientes
    ADD CONSTRAINT clientes_email_key UNIQUE (email);


--
-- Name: clientes clientes_pkey; Type: CONSTRAINT; Schema: tenant_boavista; Owner: -
--

ALTER TABLE ONLY tenant_boavista.clientes
    ADD CONSTRAINT clientes_pkey PRIMARY KEY (id);


--
-- Name: mensagens mensagens_pkey; Type: CONSTRAINT; Schema: tenant_boavista; Owner: -
--

ALTER TABLE ONLY tenant_boavista.mensagens
    ADD CONSTRAINT mensagens_pkey PRIMARY KEY (id);


--
-- Name: tickets tickets_pkey; Type: CONSTRAINT; Schema: tenant_boavista; Owner: -
--

ALTER TABLE ONLY tenant_boavista.tickets
    ADD CONSTRAINT tickets_pkey PRIMARY KEY (id);


--
-- Name: agentes agentes_email_key; Type: CONSTRAINT; Schema: tenant_cedro; Owner: -
--

ALTER TABLE ONLY tenant_cedro.agentes
    ADD CONSTRAINT agentes_email_key UNIQUE (email);


--
-- Name: agentes agentes_pkey; Type: CONSTRAINT; Schema: tenant_cedro; Owner: -
--

ALTER TABLE ONLY tenant_cedro.agentes
    ADD CONSTRAINT agentes_pkey PRIMARY KEY (id);


--
-- Name: anexos anexos_pkey; Type: CONSTRAINT; Schema: tenant_cedro; Owner: -
--

ALTER TABLE ONLY tenant_cedro.anexos
    ADD CONSTRAINT anexos_pkey PRIMARY KEY (id);


--
-- Name: clientes clientes_email_key; Type: CONSTRAINT; Schema: tenant_cedro; Owner: -
--

ALTER TABLE ONLY tenant_cedro.clientes
    ADD CONSTRAINT clientes_email_key UNIQUE (email);


--
-- Name: clientes clientes_pkey; Type: CONSTRAINT; Schema: tenant_cedro; Owner: -
--

ALTER TABLE ONLY tenant_cedro.clientes
    ADD CONSTRAINT clientes_pkey PRIMARY KEY (id);


--
-- Name: mensagens mensagens_pkey; Type: CONSTRAINT; Schema: tenant_cedro; Owner: -
--

ALTER TABLE ONLY tenant_cedro.mensagens
    ADD CONSTRAINT mensagens_pkey PRIMARY KEY (id);


--
-- Name: tickets tickets_pkey; Type: CONSTRAINT; Schema: tenant_cedro; Owner: -
--

ALTER TABLE ONLY tenant_cedro.tickets
    ADD CONSTRAINT tickets_pkey PRIMARY KEY (id);


--
-- Name: agentes agentes_email_key; Type: CONSTRAINT; Schema: tenant_delta; Owner: -
--

ALTER TABLE ONLY tenant_delta.agentes
    ADD CONSTRAINT agentes_email_key UNIQUE (email);


--
-- Name: agentes agentes_pkey; Type: CONSTRAINT; Schema: tenant_delta; Owner: -
--

ALTER TABLE ONLY tenant_delta.agentes
    ADD CONSTRAINT agentes_pkey PRIMARY KEY (id);


--
-- Name: anexos anexos_pkey; Type: CONSTRAINT; Schema: tenant_delta; Owner: -
--

ALTER TABLE ONLY tenant_delta.anexos
    ADD CONSTRAINT anexos_pkey PRIMARY KEY (id);


--
-- Name: clientes clientes_email_key; Type: CONSTRAINT; Schema: tenant_delta; Owner: -
--

ALTER TABLE ONLY tenant_delta.clientes
    ADD CONSTRAINT clientes_email_key UNIQUE (email);


--
-- Name: clientes clientes_pkey; Type: CONSTRAINT; Schema: tenant_delta; Owner: -
--

ALTER TABLE ONLY tenant_delta.clientes
    ADD CONSTRAINT clientes_pkey PRIMARY KEY (id);


--
-- Name: mensagens mensagens_pkey; Type: CONSTRAINT; Schema: tenant_delta; Owner: -
--

ALTER TABLE ONLY tenant_delta.mensagens
    ADD CONSTRAINT mensagens_pkey PRIMARY KEY (id);


--
-- Name: tickets tickets_pkey; Type: CONSTRAINT; Schema: tenant_delta; Owner: -
--

ALTER TABLE ONLY tenant_delta.tickets
    ADD CONSTRAINT tickets_pkey PRIMARY KEY (id);


--
-- Name: agentes agentes_email_key; Type: CONSTRAINT; Schema: tenant_estrela; Owner: -
--

ALTER TABLE ONLY tenant_estrela.agentes
    ADD CONSTRAINT agentes_email_key UNIQUE (email);


--
-- Name: agentes agentes_pkey; Type: CONSTRAINT; Schema: tenant_estrela; Owner: -
--

ALTER TABLE ONLY tenant_estrela.agentes
    ADD CONSTRAINT agentes_pkey PRIMARY KEY (id);


--
-- Name: anexos anexos_pkey; Type: CONSTRAINT; Schema: tenant_estrela; Owner: -
--

ALTER TABLE ONLY tenant_estrela.anexos
    ADD CONSTRAINT anexos_pkey PRIMARY KEY (id);


--
-- Name: clientes clientes_email_key; Type: CONSTRAINT; Schema: tenant_estrela; Owner: -
--

ALTER TABLE ONLY tenant_estrela.clientes
    ADD CONSTRAINT clientes_email_key UNIQUE (email);


--
-- Name: clientes clientes_pkey; Type: CONSTRAINT; Schema: tenant_estrela; Owner: -
--

ALTER TABLE ONLY tenant_estrela.clientes
    ADD CONSTRAINT clientes_pkey PRIMARY KEY (id);


--
-- Name: mensagens mensagens_pkey; Type: CONSTRAINT; Schema: tenant_estrela; Owner: -
--

ALTER TABLE ONLY tenant_estrela.mensagens
    ADD CONSTRAINT mensagens_pkey PRIMARY KEY (id);


--
-- Name: tickets tickets_pkey; Type: CONSTRAINT; Schema: tenant_estrela; Owner: -
--

ALTER TABLE ONLY tenant_estrela.tickets
    ADD CONSTRAINT tickets_pkey PRIMARY KEY (id);


--
-- Name: agentes agentes_email_key; Type: CONSTRAINT; Schema: tenant_fenix; Owner: -
--

ALTER TABLE ONLY tenant_fenix.agentes
    ADD CONSTRAINT agentes_email_key UNIQUE (email);


--
-- Name: agentes agentes_pkey; Type: CONSTRAINT; Schema: tenant_fenix; Owner: -
--

ALTER TABLE ONLY tenant_fenix.agentes
    ADD CONSTRAINT agentes_pkey PRIMARY KEY (id);


--
-- Name: anexos anexos_pkey; Type: CONSTRAINT; Schema: tenant_fenix; Owner: -
--

ALTER TABLE ONLY tenant_fenix.anexos
    ADD CONSTRAINT anexos_pkey PRIMARY KEY (id);


--
-- Name: clientes clientes_email_key; Type: CONSTRAINT; Schema: tenant_fenix; Owner: -
--

ALTER TABLE ONLY tenant_fenix.clientes
    ADD CONSTRAINT clientes_email_key UNIQUE (email);


--
-- Name: clientes clientes_pkey; Type: CONSTRAINT; Schema: tenant_fenix; Owner: -
--

ALTER TABLE ONLY tenant_fenix.clientes
    ADD CONSTRAINT clientes_pkey PRIMARY KEY (id);


--
-- Name: mensagens mensagens_pkey; Type: CONSTRAINT; Schema: tenant_fenix; Owner: -
--

ALTER TABLE ONLY tenant_fenix.mensagens
    ADD CONSTRAINT mensagens_pkey PRIMARY KEY (id);


--
-- Name: tickets tickets_pkey; Type: CONSTRAINT; Schema: tenant_fenix; Owner: -
--

ALTER TABLE ONLY tenant_fenix.tickets
    ADD CONSTRAINT tickets_pkey PRIMARY KEY (id);


--
-- Name: agentes agentes_email_key; Type: CONSTRAINT; Schema: tenant_girassol; Owner: -
--

ALTER TABLE ONLY tenant_girassol.agentes
    ADD CONSTRAINT agentes_email_key UNIQUE (email);


--
-- Name: agentes agentes_pkey; Type: CONSTRAINT; Schema: tenant_girassol; Owner: -
--

ALTER TABLE ONLY tenant_girassol.agentes
    ADD CONSTRAINT agentes_pkey PRIMARY KEY (id);


--
-- Name: anexos anexos_pkey; Type: CONSTRAINT; Schema: tenant_girassol; Owner: -
--

ALTER TABLE ONLY tenant_girassol.anexos
    ADD CONSTRAINT anexos_pkey PRIMARY KEY (id);


--
-- Name: clientes clientes_email_key; Type: CONSTRAINT; Schema: tenant_girassol; Owner: -
--

ALTER TABLE ONLY tenant_girassol.clientes
    ADD CONSTRAINT clientes_email_key UNIQUE (email);


--
-- Name: clientes clientes_pkey; Type: CONSTRAINT; Schema: tenant_girassol; Owner: -
--

ALTER TABLE ONLY tenant_girassol.clientes
    ADD CONSTRAINT clientes_pkey PRIMARY KEY (id);


--
-- Name: mensagens mensagens_pkey; Type: CONSTRAINT; Schema: tenant_girassol; Owner: -
--

ALTER TABLE ONLY tenant_girassol.mensagens
    ADD CONSTRAINT mensagens_pkey PRIMARY KEY (id);


--
-- Name: tickets tickets_pkey; Type: CONSTRAINT; Schema: tenant_girassol; Owner: -
--

ALTER TABLE ONLY tenant_girassol.tickets
    ADD CONSTRAINT tickets_pkey PRIMARY KEY (id);


--
-- Name: agentes agentes_email_key; Type: CONSTRAINT; Schema: tenant_horizonte; Owner: -
--

ALTER TABLE ONLY tenant_horizonte.agentes
    ADD CONSTRAINT agentes_email_key UNIQUE (email);


--
-- Name: agentes agentes_pkey; Type: CONSTRAINT; Schema: tenant_horizonte; Owner: -
--

ALTER TABLE ONLY tenant_horizonte.agentes
    ADD CONSTRAINT agentes_pkey PRIMARY KEY (id);


--
-- Name: anexos anexos_pkey; Type: CONSTRAINT; Schema: tenant_horizonte; Owner: -
--

ALTER TABLE ONLY tenant_horizonte.anexos
    ADD CONSTRAINT anexos_pkey PRIMARY KEY (id);


--
-- Name: clientes clientes_email_key; Type: CONSTRAINT; Schema: tenant_horizonte; Owner: -
--

ALTER TABLE ONLY tenant_horizonte.clientes
    ADD CONSTRAINT clientes_email_key UNIQUE (email);


--
-- Name: clientes clientes_pkey; Type: CONSTRAINT; Schema: tenant_horizonte; Owner: -
--

ALTER TABLE ONLY tenant_horizonte.clientes
    ADD CONSTRAINT clientes_pkey PRIMARY KEY (id);


--
-- Name: mensagens mensagens_pkey; Type: CONSTRAINT; Schema: tenant_horizonte; Owner: -
--

ALTER TABLE ONLY tenant_horizonte.mensagens
    ADD CONSTRAINT mensagens_pkey PRIMARY KEY (id);


--
-- Name: tickets tickets_pkey; Type: CONSTRAINT; Schema: tenant_horizonte; Owner: -
--

ALTER TABLE ONLY tenant_horizonte.tickets
    ADD CONSTRAINT tickets_pkey PRIMARY KEY (id);


--
-- Name: agentes agentes_email_key; Type: CONSTRAINT; Schema: tenant_ipe; Owner: -
--

ALTER TABLE ONLY tenant_ipe.agentes
    ADD CONSTRAINT agentes_email_key UNIQUE (email);


--
-- Name: agentes agentes_pkey; Type: CONSTRAINT; Schema: tenant_ipe; Owner: -
--

ALTER TABLE ONLY tenant_ipe.agentes
    ADD CONSTRAINT agentes_pkey PRIMARY KEY (id);


--
-- Name: anexos anexos_pkey; Type: CONSTRAINT; Schema: tenant_ipe; Owner: -
--

ALTER TABLE ONLY tenant_ipe.anexos
    ADD CONSTRAINT anexos_pkey PRIMARY KEY (id);


--
-- Name: clientes clientes_email_key; Type: CONSTRAINT; Schema: tenant_ipe; Owner: -
--

ALTER TABLE ONLY tenant_ipe.clientes
    ADD CONSTRAINT clientes_email_key UNIQUE (email);


--
-- Name: clientes clientes_pkey; Type: CONSTRAINT; Schema: tenant_ipe; Owner: -
--

ALTER TABLE ONLY tenant_ipe.clientes
    ADD CONSTRAINT clientes_pkey PRIMARY KEY (id);


--
-- Name: mensagens mensagens_pkey; Type: CONSTRAINT; Schema: tenant_ipe; Owner: -
--

ALTER TABLE ONLY tenant_ipe.mensagens
    ADD CONSTRAINT mensagens_pkey PRIMARY KEY (id);


--
-- Name: tickets tickets_pkey; Type: CONSTRAINT; Schema: tenant_ipe; Owner: -
--

ALTER TABLE ONLY tenant_ipe.tickets
    ADD CONSTRAINT tickets_pkey PRIMARY KEY (id);


--
-- Name: agentes agentes_email_key; Type: CONSTRAINT; Schema: tenant_jatoba; Owner: -
--

ALTER TABLE ONLY tenant_jatoba.agentes
    ADD CONSTRAINT agentes_email_key UNIQUE (email);


--
-- Name: agentes agentes_pkey; Type: CONSTRAINT; Schema: tenant_jatoba; Owner: -
--

ALTER TABLE ONLY tenant_jatoba.agentes
    ADD CONSTRAINT agentes_pkey PRIMARY KEY (id);


--
-- Name: anexos anexos_pkey; Type: CONSTRAINT; Schema: tenant_jatoba; Owner: -
--

ALTER TABLE ONLY tenant_jatoba.anexos
    ADD CONSTRAINT anexos_pkey PRIMARY KEY (id);


--
-- Name: clientes clientes_email_key; Type: CONSTRAINT; Schema: tenant_jatoba; Owner: -
--

ALTER TABLE ONLY tenant_jatoba.clientes
    ADD CONSTRAINT clientes_email_key UNIQUE (email);


--
-- Name: clientes clientes_pkey; Type: CONSTRAINT; Schema: tenant_jatoba; Owner: -
--

ALTER TABLE ONLY tenant_jatoba.clientes
    ADD CONSTRAINT clientes_pkey PRIMARY KEY (id);


--
-- Name: mensagens mensagens_pkey; Type: CONSTRAINT; Schema: tenant_jatoba; Owner: -
--

ALTER TABLE ONLY tenant_jatoba.mensagens
    ADD CONSTRAINT mensagens_pkey PRIMARY KEY (id);


--
-- Name: tickets tickets_pkey; Type: CONSTRAINT; Schema: tenant_jatoba; Owner: -
--

ALTER TABLE ONLY tenant_jatoba.tickets
    ADD CONSTRAINT tickets_pkey PRIMARY KEY (id);


--
-- Name: anexos_ticket_id_idx; Type: INDEX; Schema: tenant_aurora; Owner: -
--

CREATE INDEX anexos_ticket_id_idx ON tenant_aurora.anexos USING btree (ticket_id);


--
-- Name: mensagens_ticket_id_idx; Type: INDEX; Schema: tenant_aurora; Owner: -
--

CREATE INDEX mensagens_ticket_id_idx ON tenant_aurora.mensagens USING btree (ticket_id);


--
-- Name: tickets_agente_id_idx; Type: INDEX; Schema: tenant_aurora; Owner: -
--

CREATE INDEX tickets_agente_id_idx ON tenant_aurora.tickets USING btree (agente_id);


--
-- Name: tickets_cliente_id_idx; Type: INDEX; Schema: tenant_aurora; Owner: -
--

CREATE INDEX tickets_cliente_id_idx ON tenant_aurora.tickets USING btree (cliente_id);


--
-- Name: tickets_status_atualizado_em_idx; Type: INDEX; Schema: tenant_aurora; Owner: -
--

CREATE INDEX tickets_status_atualizado_em_idx ON tenant_aurora.tickets USING btree (status, atualizado_em);


--
-- Name: anexos_ticket_id_idx; Type: INDEX; Schema: tenant_boavista; Owner: -
--

CREATE INDEX anexos_ticket_id_idx ON tenant_boavista.anexos USING btree (ticket_id);


--
-- Name: mensagens_ticket_id_idx; Type: INDEX; Schema: tenant_boavista; Owner: -
--

CREATE INDEX mensagens_ticket_id_idx ON tenant_boavista.mensagens USING btree (ticket_id);


--
-- Name: tickets_agente_id_idx; Type: INDEX; Schema: tenant_boavista; Owner: -
--

CREATE INDEX tickets_agente_id_idx ON tenant_boavista.tickets USING btree (agente_id);


--
-- Name: tickets_cliente_id_idx; Type: INDEX; Schema: tenant_boavista; Owner: -
--

CREATE INDEX tickets_cliente_id_idx ON tenant_boavista.tickets USING btree (cliente_id);


--
-- Name: tickets_status_atualizado_em_idx; Type: INDEX; Schema: tenant_boavista; Owner: -
--

CREATE INDEX tickets_status_atualizado_em_idx ON tenant_boavista.tickets USING btree (status, atualizado_em);


--
-- Name: anexos_ticket_id_idx; Type: INDEX; Schema: tenant_cedro; Owner: -
--

CREATE INDEX anexos_ticket_id_idx ON tenant_cedro.anexos USING btree (ticket_id);


--
-- Name: mensagens_ticket_id_idx; Type: INDEX; Schema: tenant_cedro; Owner: -
--

CREATE INDEX mensagens_ticket_id_idx ON tenant_cedro.mensagens USING btree (ticket_id);


--
-- Name: tickets_agente_id_idx; Type: INDEX; Schema: tenant_cedro; Owner: -
--

CREATE INDEX tickets_agente_id_idx ON tenant_cedro.tickets USING btree (agente_id);


--
-- Name: tickets_cliente_id_idx; Type: INDEX; Schema: tenant_cedro; Owner: -
--

CREATE INDEX tickets_cliente_id_idx ON tenant_cedro.tickets USING btree (cliente_id);


--
-- Name: tickets_status_atualizado_em_idx; Type: INDEX; Schema: tenant_cedro; Owner: -
--

CREATE INDEX tickets_status_atualizado_em_idx ON tenant_cedro.tickets USING btree (status, atualizado_em);


--
-- Name: anexos_ticket_id_idx; Type: INDEX; Schema: tenant_delta; Owner: -
--

CREATE INDEX anexos_ticket_id_idx ON tenant_delta.anexos USING btree (ticket_id);


--
-- Name: mensagens_ticket_id_idx; Type: INDEX; Schema: tenant_delta; Owner: -
--

CREATE INDEX mensagens_ticket_id_idx ON tenant_delta.mensagens USING btree (ticket_id);


--
-- Name: tickets_agente_id_idx; Type: INDEX; Schema: tenant_delta; Owner: -
--

CREATE INDEX tickets_agente_id_idx ON tenant_delta.tickets USING btree (agente_id);


--
-- Name: tickets_cliente_id_idx; Type: INDEX; Schema: tenant_delta; Owner: -
--

CREATE INDEX tickets_cliente_id_idx ON tenant_delta.tickets USING btree (cliente_id);


--
-- Name: tickets_status_atualizado_em_idx; Type: INDEX; Schema: tenant_delta; Owner: -
--

CREATE INDEX tickets_status_atualizado_em_idx ON tenant_delta.tickets USING btree (status, atualizado_em);


--
-- Name: anexos_ticket_id_idx; Type: INDEX; Schema: tenant_estrela; Owner: -
--

CREATE INDEX anexos_ticket_id_idx ON tenant_estrela.anexos USING btree (ticket_id);


--
-- Name: mensagens_ticket_id_idx; Type: INDEX; Schema: tenant_estrela; Owner: -
--

CREATE INDEX mensagens_ticket_id_idx ON tenant_estrela.mensagens USING btree (ticket_id);


--
-- Name: tickets_agente_id_idx; Type: INDEX; Schema: tenant_estrela; Owner: -
--

CREATE INDEX tickets_agente_id_idx ON tenant_estrela.tickets USING btree (agente_id);


--
-- Name: tickets_cliente_id_idx; Type: INDEX; Schema: tenant_estrela; Owner: -
--

CREATE INDEX tickets_cliente_id_idx ON tenant_estrela.tickets USING btree (cliente_id);


--
-- Name: tickets_status_atualizado_em_idx; Type: INDEX; Schema: tenant_estrela; Owner: -
--

CREATE INDEX tickets_status_atualizado_em_idx ON tenant_estrela.tickets USING btree (status, atualizado_em);


--
-- Name: anexos_ticket_id_idx; Type: INDEX; Schema: tenant_fenix; Owner: -
--

CREATE INDEX anexos_ticket_id_idx ON tenant_fenix.anexos USING btree (ticket_id);


--
-- Name: mensagens_ticket_id_idx; Type: INDEX; Schema: tenant_fenix; Owner: -
--

CREATE INDEX mensagens_ticket_id_idx ON tenant_fenix.mensagens USING btree (ticket_id);


--
-- Name: tickets_agente_id_idx; Type: INDEX; Schema: tenant_fenix; Owner: -
--

CREATE INDEX tickets_agente_id_idx ON tenant_fenix.tickets USING btree (agente_id);


--
-- Name: tickets_cliente_id_idx; Type: INDEX; Schema: tenant_fenix; Owner: -
--

CREATE INDEX tickets_cliente_id_idx ON tenant_fenix.tickets USING btree (cliente_id);


--
-- Name: tickets_status_atualizado_em_idx; Type: INDEX; Schema: tenant_fenix; Owner: -
--

CREATE INDEX tickets_status_atualizado_em_idx ON tenant_fenix.tickets USING btree (status, atualizado_em);


--
-- Name: anexos_ticket_id_idx; Type: INDEX; Schema: tenant_girassol; Owner: -
--

CREATE INDEX anexos_ticket_id_idx ON tenant_girassol.anexos USING btree (ticket_id);


--
-- Name: mensagens_ticket_id_idx; Type: INDEX; Schema: tenant_girassol; Owner: -
--

CREATE INDEX mensagens_ticket_id_idx ON tenant_girassol.mensagens USING btree (ticket_id);


--
-- Name: tickets_agente_id_idx; Type: INDEX; Schema: tenant_girassol; Owner: -
--

CREATE INDEX tickets_agente_id_idx ON tenant_girassol.tickets USING btree (agente_id);


--
-- Name: tickets_cliente_id_idx; Type: INDEX; Schema: tenant_girassol; Owner: -
--

CREATE INDEX tickets_cliente_id_idx ON tenant_girassol.tickets USING btree (cliente_id);


--
-- Name: tickets_status_atualizado_em_idx; Type: INDEX; Schema: tenant_girassol; Owner: -
--

CREATE INDEX tickets_status_atualizado_em_idx ON tenant_girassol.tickets USING btree (status, atualizado_em);


--
-- Name: anexos_ticket_id_idx; Type: INDEX; Schema: tenant_horizonte; Owner: -
--

CREATE INDEX anexos_ticket_id_idx ON tenant_horizonte.anexos USING btree (ticket_id);


--
-- Name: mensagens_ticket_id_idx; Type: INDEX; Schema: tenant_horizonte; Owner: -
--

CREATE INDEX mensagens_ticket_id_idx ON tenant_horizonte.mensagens USING btree (ticket_id);


--
-- Name: tickets_agente_id_idx; Type: INDEX; Schema: tenant_horizonte; Owner: -
--

CREATE INDEX tickets_agente_id_idx ON tenant_horizonte.tickets USING btree (agente_id);


--
-- Name: tickets_cliente_id_idx; Type: INDEX; Schema: tenant_horizonte; Owner: -
--

CREATE INDEX tickets_cliente_id_idx ON tenant_horizonte.tickets USING btree (cliente_id);


--
-- Name: tickets_status_atualizado_em_idx; Type: INDEX; Schema: tenant_horizonte; Owner: -
--

CREATE INDEX tickets_status_atualizado_em_idx ON tenant_horizonte.tickets USING btree (status, atualizado_em);


--
-- Name: anexos_ticket_id_idx; Type: INDEX; Schema: tenant_ipe; Owner: -
--

CREATE INDEX anexos_ticket_id_idx ON tenant_ipe.anexos USING btree (ticket_id);


--
-- Name: mensagens_ticket_id_idx; Type: INDEX; Schema: tenant_ipe; Owner: -
--

CREATE INDEX mensagens_ticket_id_idx ON tenant_ipe.mensagens USING btree (ticket_id);


--
-- Name: tickets_agente_id_idx; Type: INDEX; Schema: tenant_ipe; Owner: -
--

CREATE INDEX tickets_agente_id_idx ON tenant_ipe.tickets USING btree (agente_id);


--
-- Name: tickets_cliente_id_idx; Type: INDEX; Schema: tenant_ipe; Owner: -
--

CREATE INDEX tickets_cliente_id_idx ON tenant_ipe.tickets USING btree (cliente_id);


--
-- Name: tickets_status_atualizado_em_idx; Type: INDEX; Schema: tenant_ipe; Owner: -
--

CREATE INDEX tickets_status_atualizado_em_idx ON tenant_ipe.tickets USING btree (status, atualizado_em);


--
-- Name: anexos_ticket_id_idx; Type: INDEX; Schema: tenant_jatoba; Owner: -
--

CREATE INDEX anexos_ticket_id_idx ON tenant_jatoba.anexos USING btree (ticket_id);


--
-- Name: mensagens_ticket_id_idx; Type: INDEX; Schema: tenant_jatoba; Owner: -
--

CREATE INDEX mensagens_ticket_id_idx ON tenant_jatoba.mensagens USING btree (ticket_id);


--
-- Name: tickets_agente_id_idx; Type: INDEX; Schema: tenant_jatoba; Owner: -
--

CREATE INDEX tickets_agente_id_idx ON tenant_jatoba.tickets USING btree (agente_id);


--
-- Name: tickets_cliente_id_idx; Type: INDEX; Schema: tenant_jatoba; Owner: -
--

CREATE INDEX tickets_cliente_id_idx ON tenant_jatoba.tickets USING btree (cliente_id);


--
-- Name: tickets_status_atualizado_em_idx; Type: INDEX; Schema: tenant_jatoba; Owner: -
--

CREATE INDEX tickets_status_atualizado_em_idx ON tenant_jatoba.tickets USING btree (status, atualizado_em);


--
-- Name: anexos anexos_ticket_id_fkey; Type: FK CONSTRAINT; Schema: tenant_aurora; Owner: -
--

ALTER TABLE ONLY tenant_aurora.anexos
    ADD CONSTRAINT anexos_ticket_id_fkey FOREIGN KEY (ticket_id) REFERENCES tenant_aurora.tickets(id);


--
-- Name: mensagens mensagens_ticket_id_fkey; Type: FK CONSTRAINT; Schema: tenant_aurora; Owner: -
--

ALTER TABLE ONLY tenant_aurora.mensagens
    ADD CONSTRAINT mensagens_ticket_id_fkey FOREIGN KEY (ticket_id) REFERENCES tenant_aurora.tickets(id);


--
-- Name: tickets tickets_agente_id_fkey; Type: FK CONSTRAINT; Schema: tenant_aurora; Owner: -
--

ALTER TABLE ONLY tenant_aurora.tickets
    ADD CONSTRAINT tickets_agente_id_fkey FOREIGN KEY (agente_id) REFERENCES tenant_aurora.agentes(id);


--
-- Name: tickets tickets_cliente_id_fkey; Type: FK CONSTRAINT; Schema: tenant_aurora; Owner: -
--

ALTER TABLE ONLY tenant_aurora.tickets
    ADD CONSTRAINT tickets_cliente_id_fkey FOREIGN KEY (cliente_id) REFERENCES tenant_aurora.clientes(id);


--
-- Name: anexos anexos_ticket_id_fkey; Type: FK CONSTRAINT; Schema: tenant_boavista; Owner: -
--

ALTER TABLE ONLY tenant_boavista.anexos
    ADD CONSTRAINT anexos_ticket_id_fkey FOREIGN KEY (ticket_id) REFERENCES tenant_boavista.tickets(id);


--
-- Name: mensagens mensagens_ticket_id_fkey; Type: FK CONSTRAINT; Schema: tenant_boavista; Owner: -
--

ALTER TABLE ONLY tenant_boavista.mensagens
    ADD CONSTRAINT mensagens_ticket_id_fkey FOREIGN KEY (ticket_id) REFERENCES tenant_boavista.tickets(id);


--
-- Name: tickets tickets_agente_id_fkey; Type: FK CONSTRAINT; Schema: tenant_boavista; Owner: -
--

ALTER TABLE ONLY tenant_boavista.tickets
    ADD CONSTRAINT tickets_agente_id_fkey FOREIGN KEY (agente_id) REFERENCES tenant_boavista.agentes(id);


--
-- Name: tickets tickets_cliente_id_fkey; Type: FK CONSTRAINT; Schema: tenant_boavista; Owner: -
--

ALTER TABLE ONLY tenant_boavista.tickets
    ADD CONSTRAINT tickets_cliente_id_fkey FOREIGN KEY (cliente_id) REFERENCES tenant_boavista.clientes(id);


--
-- Name: anexos anexos_ticket_id_fkey; Type: FK CONSTRAINT; Schema: tenant_cedro; Owner: -
--

ALTER TABLE ONLY tenant_cedro.anexos
    ADD CONSTRAINT anexos_ticket_id_fkey FOREIGN KEY (ticket_id) REFERENCES tenant_cedro.tickets(id);


--
-- Name: mensagens mensagens_ticket_id_fkey; Type: FK CONSTRAINT; Schema: tenant_cedro; Owner: -
--

ALTER TABLE ONLY tenant_cedro.mensagens
    ADD CONSTRAINT mensagens_ticket_id_fkey FOREIGN KEY (ticket_id) REFERENCES tenant_cedro.tickets(id);


--
-- Name: tickets tickets_agente_id_fkey; Type: FK CONSTRAINT; Schema: tenant_cedro; Owner: -
--

ALTER TABLE ONLY tenant_cedro.tickets
    ADD CONSTRAINT tickets_agente_id_fkey FOREIGN KEY (agente_id) REFERENCES tenant_cedro.agentes(id);


--
-- Name: tickets tickets_cliente_id_fkey; Type: FK CONSTRAINT; Schema: tenant_cedro; Owner: -
--

ALTER TABLE ONLY tenant_cedro.tickets
    ADD CONSTRAINT tickets_cliente_id_fkey FOREIGN KEY (cliente_id) REFERENCES tenant_cedro.clientes(id);


--
-- Name: anexos anexos_ticket_id_fkey; Type: FK CONSTRAINT; Schema: tenant_delta; Owner: -
--

ALTER TABLE ONLY tenant_delta.anexos
    ADD CONSTRAINT anexos_ticket_id_fkey FOREIGN KEY (ticket_id) REFERENCES tenant_delta.tickets(id);


--
-- Name: mensagens mensagens_ticket_id_fkey; Type: FK CONSTRAINT; Schema: tenant_delta; Owner: -
--

ALTER TABLE ONLY tenant_delta.mensagens
    ADD CONSTRAINT mensagens_ticket_id_fkey FOREIGN KEY (ticket_id) REFERENCES tenant_delta.tickets(id);


--
-- Name: tickets tickets_agente_id_fkey; Type: FK CONSTRAINT; Schema: tenant_delta; Owner: -
--

ALTER TABLE ONLY tenant_delta.tickets
    ADD CONSTRAINT tickets_agente_id_fkey FOREIGN KEY (agente_id) REFERENCES tenant_delta.agentes(id);


--
-- Name: tickets tickets_cliente_id_fkey; Type: FK CONSTRAINT; Schema: tenant_delta; Owner: -
--

ALTER TABLE ONLY tenant_delta.tickets
    ADD CONSTRAINT tickets_cliente_id_fkey FOREIGN KEY (cliente_id) REFERENCES tenant_delta.clientes(id);


--
-- Name: anexos anexos_ticket_id_fkey; Type: FK CONSTRAINT; Schema: tenant_estrela; Owner: -
--

ALTER TABLE ONLY tenant_estrela.anexos
    ADD CONSTRAINT anexos_ticket_id_fkey FOREIGN KEY (ticket_id) REFERENCES tenant_estrela.tickets(id);


--
-- Name: mensagens mensagens_ticket_id_fkey; Type: FK CONSTRAINT; Schema: tenant_estrela; Owner: -
--

ALTER TABLE ONLY tenant_estrela.mensagens
    ADD CONSTRAINT mensagens_ticket_id_fkey FOREIGN KEY (ticket_id) REFERENCES tenant_estrela.tickets(id);


--
-- Name: tickets tickets_agente_id_fkey; Type: FK CONSTRAINT; Schema: tenant_estrela; Owner: -
--

ALTER TABLE ONLY tenant_estrela.tickets
    ADD CONSTRAINT tickets_agente_id_fkey FOREIGN KEY (agente_id) REFERENCES tenant_estrela.agentes(id);


--
-- Name: tickets tickets_cliente_id_fkey; Type: FK CONSTRAINT; Schema: tenant_estrela; Owner: -
--

ALTER TABLE ONLY tenant_estrela.tickets
    ADD CONSTRAINT tickets_cliente_id_fkey FOREIGN KEY (cliente_id) REFERENCES tenant_estrela.clientes(id);


--
-- Name: anexos anexos_ticket_id_fkey; Type: FK CONSTRAINT; Schema: tenant_fenix; Owner: -
--

ALTER TABLE ONLY tenant_fenix.anexos
    ADD CONSTRAINT anexos_ticket_id_fkey FOREIGN KEY (ticket_id) REFERENCES tenant_fenix.tickets(id);


--
-- Name: mensagens mensagens_ticket_id_fkey; Type: FK CONSTRAINT; Schema: tenant_fenix; Owner: -
--

ALTER TABLE ONLY tenant_fenix.mensagens
    ADD CONSTRAINT mensagens_ticket_id_fkey FOREIGN KEY (ticket_id) REFERENCES tenant_fenix.tickets(id);


--
-- Name: tickets tickets_agente_id_fkey; Type: FK CONSTRAINT; Schema: tenant_fenix; Owner: -
--

ALTER TABLE ONLY tenant_fenix.tickets
    ADD CONSTRAINT tickets_agente_id_fkey FOREIGN KEY (agente_id) REFERENCES tenant_fenix.agentes(id);


--
-- Name: tickets tickets_cliente_id_fkey; Type: FK CONSTRAINT; Schema: tenant_fenix; Owner: -
--

ALTER TABLE ONLY tenant_fenix.tickets
    ADD CONSTRAINT tickets_cliente_id_fkey FOREIGN KEY (cliente_id) REFERENCES tenant_fenix.clientes(id);


--
-- Name: anexos anexos_ticket_id_fkey; Type: FK CONSTRAINT; Schema: tenant_girassol; Owner: -
--

ALTER TABLE ONLY tenant_girassol.anexos
    ADD CONSTRAINT anexos_ticket_id_fkey FOREIGN KEY (ticket_id) REFERENCES tenant_girassol.tickets(id);


--
-- Name: mensagens mensagens_ticket_id_fkey; Type: FK CONSTRAINT; Schema: tenant_girassol; Owner: -
--

ALTER TABLE ONLY tenant_girassol.mensagens
    ADD CONSTRAINT mensagens_ticket_id_fkey FOREIGN KEY (ticket_id) REFERENCES tenant_girassol.tickets(id);


--
-- Name: tickets tickets_agente_id_fkey; Type: FK CONSTRAINT; Schema: tenant_girassol; Owner: -
--

ALTER TABLE ONLY tenant_girassol.tickets
    ADD CONSTRAINT tickets_agente_id_fkey FOREIGN KEY (agente_id) REFERENCES tenant_girassol.agentes(id);


--
-- Name: tickets tickets_cliente_id_fkey; Type: FK CONSTRAINT; Schema: tenant_girassol; Owner: -
--

ALTER TABLE ONLY tenant_girassol.tickets
    ADD CONSTRAINT tickets_cliente_id_fkey FOREIGN KEY (cliente_id) REFERENCES tenant_girassol.clientes(id);


--
-- Name: anexos anexos_ticket_id_fkey; Type: FK CONSTRAINT; Schema: tenant_horizonte; Owner: -
--

ALTER TABLE ONLY tenant_horizonte.anexos
    ADD CONSTRAINT anexos_ticket_id_fkey FOREIGN KEY (ticket_id) REFERENCES tenant_horizonte.tickets(id);


--
-- Name: mensagens mensagens_ticket_id_fkey; Type: FK CONSTRAINT; Schema: tenant_horizonte; Owner: -
--

ALTER TABLE ONLY tenant_horizonte.mensagens
    ADD CONSTRAINT mensagens_ticket_id_fkey FOREIGN KEY (ticket_id) REFERENCES tenant_horizonte.tickets(id);


--
-- Name: tickets tickets_agente_id_fkey; Type: FK CONSTRAINT; Schema: tenant_horizonte; Owner: -
--

ALTER TABLE ONLY tenant_horizonte.tickets
    ADD CONSTRAINT tickets_agente_id_fkey FOREIGN KEY (agente_id) REFERENCES tenant_horizonte.agentes(id);


--
-- Name: tickets tickets_cliente_id_fkey; Type: FK CONSTRAINT; Schema: tenant_horizonte; Owner: -
--

ALTER TABLE ONLY tenant_horizonte.tickets
    ADD CONSTRAINT tickets_cliente_id_fkey FOREIGN KEY (cliente_id) REFERENCES tenant_horizonte.clientes(id);


--
-- Name: anexos anexos_ticket_id_fkey; Type: FK CONSTRAINT; Schema: tenant_ipe; Owner: -
--

ALTER TABLE ONLY tenant_ipe.anexos
    ADD CONSTRAINT anexos_ticket_id_fkey FOREIGN KEY (ticket_id) REFERENCES tenant_ipe.tickets(id);


--
-- Name: mensagens mensagens_ticket_id_fkey; Type: FK CONSTRAINT; Schema: tenant_ipe; Owner: -
--

ALTER TABLE ONLY tenant_ipe.mensagens
    ADD CONSTRAINT mensagens_ticket_id_fkey FOREIGN KEY (ticket_id) REFERENCES tenant_ipe.tickets(id);


--
-- Name: tickets tickets_agente_id_fkey; Type: FK CONSTRAINT; Schema: tenant_ipe; Owner: -
--

ALTER TABLE ONLY tenant_ipe.tickets
    ADD CONSTRAINT tickets_agente_id_fkey FOREIGN KEY (agente_id) REFERENCES tenant_ipe.agentes(id);


--
-- Name: tickets tickets_cliente_id_fkey; Type: FK CONSTRAINT; Schema: tenant_ipe; Owner: -
--

ALTER TABLE ONLY tenant_ipe.tickets
    ADD CONSTRAINT tickets_cliente_id_fkey FOREIGN KEY (cliente_id) REFERENCES tenant_ipe.clientes(id);


--
-- Name: anexos anexos_ticket_id_fkey; Type: FK CONSTRAINT; Schema: tenant_jatoba; Owner: -
--

ALTER TABLE ONLY tenant_jatoba.anexos
    ADD CONSTRAINT anexos_ticket_id_fkey FOREIGN KEY (ticket_id) REFERENCES tenant_jatoba.tickets(id);


--
-- Name: mensagens mensagens_ticket_id_fkey; Type: FK CONSTRAINT; Schema: tenant_jatoba; Owner: -
--

ALTER TABLE ONLY tenant_jatoba.mensagens
    ADD CONSTRAINT mensagens_ticket_id_fkey FOREIGN KEY (ticket_id) REFERENCES tenant_jatoba.tickets(id);


--
-- Name: tickets tickets_agente_id_fkey; Type: FK CONSTRAINT; Schema: tenant_jatoba; Owner: -
--

ALTER TABLE ONLY tenant_jatoba.tickets
    ADD CONSTRAINT tickets_agente_id_fkey FOREIGN KEY (agente_id) REFERENCES tenant_jatoba.agentes(id);


--
-- Name: tickets tickets_cliente_id_fkey; Type: FK CONSTRAINT; Schema: tenant_jatoba; Owner: -
--

ALTER TABLE ONLY tenant_jatoba.tickets
    ADD CONSTRAINT tickets_cliente_id_fkey FOREIGN KEY (cliente_id) REFERENCES tenant_jatoba.clientes(id);


--
-- PostgreSQL database dump complete
--

\unrestrict 1RVCRUhDDncnz59637fjTF75oMJfJ1gczDoGer2TfoqyhS4OqFWgm9brljDCLSb

