--
-- PostgreSQL database dump
--

\restrict Vp9rlHZNVi9S3qnlx5fzOcb6Dk9ief3m5mZlKrOjSId0DVMCzwY1ogc47etFMyb

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
-- Name: org_aurora; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA org_aurora;


--
-- Name: org_bandeirantes; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA org_bandeirantes;


--
-- Name: org_cerrado; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA org_cerrado;


--
-- Name: org_litoral; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA org_litoral;


--
-- Name: org_pantanal; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA org_pantanal;


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
-- Name: clientes; Type: TABLE; Schema: org_aurora; Owner: -
--

CREATE TABLE org_aurora.clientes (
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
-- Name: clientes_id_seq; Type: SEQUENCE; Schema: org_aurora; Owner: -
--

CREATE SEQUENCE org_aurora.clientes_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: clientes_id_seq; Type: SEQUENCE OWNED BY; Schema: org_aurora; Owner: -
--

ALTER SEQUENCE org_aurora.clientes_id_seq OWNED BY org_aurora.clientes.id;


--
-- Name: contatos; Type: TABLE; Schema: org_aurora; Owner: -
--

CREATE TABLE org_aurora.contatos (
    id integer NOT NULL,
    cliente_id integer NOT NULL,
    nome text NOT NULL,
    email text,
    cargo text
);


--
-- Name: contatos_id_seq; Type: SEQUENCE; Schema: org_aurora; Owner: -
--

CREATE SEQUENCE org_aurora.contatos_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: contatos_id_seq; Type: SEQUENCE OWNED BY; Schema: org_aurora; Owner: -
--

ALTER SEQUENCE org_aurora.contatos_id_seq OWNED BY org_aurora.contatos.id;


--
-- Name: interacoes; Type: TABLE; Schema: org_aurora; Owner: -
--

CREATE TABLE org_aurora.interacoes (
    id bigint NOT NULL,
    ticket_id integer NOT NULL,
    usuario_id integer,
    tipo text NOT NULL,
    texto text NOT NULL,
    criado_em timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: interacoes_id_seq; Type: SEQUENCE; Schema: org_aurora; Owner: -
--

CREATE SEQUENCE org_aurora.interacoes_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: interacoes_id_seq; Type: SEQUENCE OWNED BY; Schema: org_aurora; Owner: -
--

ALTER SEQUENCE org_aurora.interacoes_id_seq OWNED BY org_aurora.interacoes.id;


--
-- Name: notificacoes; Type: TABLE; Schema: org_aurora; Owner: -
--

CREATE TABLE org_aurora.notificacoes (
    id bigint NOT NULL,
    usuario_id integer NOT NULL,
    tipo text NOT NULL,
    referencia_id integer,
    lida boolean DEFAULT false NOT NULL,
    criada_em timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: notificacoes_id_seq; Type: SEQUENCE; Schema: org_aurora; Owner: -
--

CREATE SEQUENCE org_aurora.notificacoes_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: notificacoes_id_seq; Type: SEQUENCE OWNED BY; Schema: org_aurora; Owner: -
--

ALTER SEQUENCE org_aurora.notificacoes_id_seq OWNED BY org_aurora.notificacoes.id;


--
-- Name: tickets; Type: TABLE; Schema: org_aurora; Owner: -
--

CREATE TABLE org_aurora.tickets (
    id integer NOT NULL,
    cliente_id integer NOT NULL,
    responsavel_id integer,
    assunto text NOT NULL,
    origem text DEFAULT 'interno'::text NOT NULL,
    status text DEFAULT 'aberto'::text NOT NULL,
    prioridade smallint DEFAULT 3 NOT NULL,
    criado_em timestamp with time zone DEFAULT now() NOT NULL,
    atualizado_em timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: tickets_id_seq; Type: SEQUENCE; Schema: org_aurora; Owner: -
--

CREATE SEQUENCE org_aurora.tickets_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: tickets_id_seq; Type: SEQUENCE OWNED BY; Schema: org_aurora; Owner: -
--

ALTER SEQUENCE org_aurora.tickets_id_seq OWNED BY org_aurora.tickets.id;


--
-- Name: usuarios; Type: TABLE; Schema: org_aurora; Owner: -
--

CREATE TABLE org_aurora.usuarios (
    id integer NOT NULL,
    email text NOT NULL,
    nome text NOT NULL,
    papel text DEFAULT 'atendente'::text NOT NULL,
    ativo boolean DEFAULT true NOT NULL,
    ultimo_login timestamp with time zone
);


--
-- Name: usuarios_id_seq; Type: SEQUENCE; Schema: org_aurora; Owner: -
--

CREATE SEQUENCE org_aurora.usuarios_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: usuarios_id_seq; Type: SEQUENCE OWNED BY; Schema: org_aurora; Owner: -
--

ALTER SEQUENCE org_aurora.usuarios_id_seq OWNED BY org_aurora.usuarios.id;


--
-- Name: clientes; Type: TABLE; Schema: org_bandeirantes; Owner: -
--

CREATE TABLE org_bandeirantes.clientes (
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
-- Name: clientes_id_seq; Type: SEQUENCE; Schema: org_bandeirantes; Owner: -
--

CREATE SEQUENCE org_bandeirantes.clientes_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: clientes_id_seq; Type: SEQUENCE OWNED BY; Schema: org_bandeirantes; Owner: -
--

ALTER SEQUENCE org_bandeirantes.clientes_id_seq OWNED BY org_bandeirantes.clientes.id;


--
-- Name: contatos; Type: TABLE; Schema: org_bandeirantes; Owner: -
--

CREATE TABLE org_bandeirantes.contatos (
    id integer NOT NULL,
    cliente_id integer NOT NULL,
    nome text NOT NULL,
    email text,
    cargo text
);


--
-- Name: contatos_id_seq; Type: SEQUENCE; Schema: org_bandeirantes; Owner: -
--

CREATE SEQUENCE org_bandeirantes.contatos_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: contatos_id_seq; Type: SEQUENCE OWNED BY; Schema: org_bandeirantes; Owner: -
--

ALTER SEQUENCE org_bandeirantes.contatos_id_seq OWNED BY org_bandeirantes.contatos.id;


--
-- Name: interacoes; Type: TABLE; Schema: org_bandeirantes; Owner: -
--

CREATE TABLE org_bandeirantes.interacoes (
    id bigint NOT NULL,
    ticket_id integer NOT NULL,
    usuario_id integer,
    tipo text NOT NULL,
    texto text NOT NULL,
    criado_em timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: interacoes_id_seq; Type: SEQUENCE; Schema: org_bandeirantes; Owner: -
--

CREATE SEQUENCE org_bandeirantes.interacoes_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: interacoes_id_seq; Type: SEQUENCE OWNED BY; Schema: org_bandeirantes; Owner: -
--

ALTER SEQUENCE org_bandeirantes.interacoes_id_seq OWNED BY org_bandeirantes.interacoes.id;


--
-- Name: notificacoes; Type: TABLE; Schema: org_bandeirantes; Owner: -
--

CREATE TABLE org_bandeirantes.notificacoes (
    id bigint NOT NULL,
    usuario_id integer NOT NULL,
    tipo text NOT NULL,
    referencia_id integer,
    lida boolean DEFAULT false NOT NULL,
    criada_em timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: notificacoes_id_seq; Type: SEQUENCE; Schema: org_bandeirantes; Owner: -
--

CREATE SEQUENCE org_bandeirantes.notificacoes_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: notificacoes_id_seq; Type: SEQUENCE OWNED BY; Schema: org_bandeirantes; Owner: -
--

ALTER SEQUENCE org_bandeirantes.notificacoes_id_seq OWNED BY org_bandeirantes.notificacoes.id;


--
-- Name: tickets; Type: TABLE; Schema: org_bandeirantes; Owner: -
--

CREATE TABLE org_bandeirantes.tickets (
    id integer NOT NULL,
    cliente_id integer NOT NULL,
    responsavel_id integer,
    assunto text NOT NULL,
    origem text DEFAULT 'interno'::text NOT NULL,
    status text DEFAULT 'aberto'::text NOT NULL,
    prioridade smallint DEFAULT 3 NOT NULL,
    criado_em timestamp with time zone DEFAULT now() NOT NULL,
    atualizado_em timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: tickets_id_seq; Type: SEQUENCE; Schema: org_bandeirantes; Owner: -
--

CREATE SEQUENCE org_bandeirantes.tickets_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: tickets_id_seq; Type: SEQUENCE OWNED BY; Schema: org_bandeirantes; Owner: -
--

ALTER SEQUENCE org_bandeirantes.tickets_id_seq OWNED BY org_bandeirantes.tickets.id;


--
-- Name: usuarios; Type: TABLE; Schema: org_bandeirantes; Owner: -
--

CREATE TABLE org_bandeirantes.usuarios (
    id integer NOT NULL,
    email text NOT NULL,
    nome text NOT NULL,
    papel text DEFAULT 'atendente'::text NOT NULL,
    ativo boolean DEFAULT true NOT NULL,
    ultimo_login timestamp with time zone
);


--
-- Name: usuarios_id_seq; Type: SEQUENCE; Schema: org_bandeirantes; Owner: -
--

CREATE SEQUENCE org_bandeirantes.usuarios_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: usuarios_id_seq; Type: SEQUENCE OWNED BY; Schema: org_bandeirantes; Owner: -
--

ALTER SEQUENCE org_bandeirantes.usuarios_id_seq OWNED BY org_bandeirantes.usuarios.id;


--
-- Name: clientes; Type: TABLE; Schema: org_cerrado; Owner: -
--

CREATE TABLE org_cerrado.clientes (
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
-- Name: clientes_id_seq; Type: SEQUENCE; Schema: org_cerrado; Owner: -
--

CREATE SEQUENCE org_cerrado.clientes_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: clientes_id_seq; Type: SEQUENCE OWNED BY; Schema: org_cerrado; Owner: -
--

ALTER SEQUENCE org_cerrado.clientes_id_seq OWNED BY org_cerrado.clientes.id;


--
-- Name: contatos; Type: TABLE; Schema: org_cerrado; Owner: -
--

CREATE TABLE org_cerrado.contatos (
    id integer NOT NULL,
    cliente_id integer NOT NULL,
    nome text NOT NULL,
    email text,
    cargo text
);


--
-- Name: contatos_id_seq; Type: SEQUENCE; Schema: org_cerrado; Owner: -
--

CREATE SEQUENCE org_cerrado.contatos_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: contatos_id_seq; Type: SEQUENCE OWNED BY; Schema: org_cerrado; Owner: -
--

ALTER SEQUENCE org_cerrado.contatos_id_seq OWNED BY org_cerrado.contatos.id;


--
-- Name: interacoes; Type: TABLE; Schema: org_cerrado; Owner: -
--

CREATE TABLE org_cerrado.interacoes (
    id bigint NOT NULL,
    ticket_id integer NOT NULL,
    usuario_id integer,
    tipo text NOT NULL,
    texto text NOT NULL,
    criado_em timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: interacoes_id_seq; Type: SEQUENCE; Schema: org_cerrado; Owner: -
--

CREATE SEQUENCE org_cerrado.interacoes_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: interacoes_id_seq; Type: SEQUENCE OWNED BY; Schema: org_cerrado; Owner: -
--

ALTER SEQUENCE org_cerrado.interacoes_id_seq OWNED BY org_cerrado.interacoes.id;


--
-- Name: notificacoes; Type: TABLE; Schema: org_cerrado; Owner: -
--

CREATE TABLE org_cerrado.notificacoes (
    id bigint NOT NULL,
    usuario_id integer NOT NULL,
    tipo text NOT NULL,
    referencia_id integer,
    lida boolean DEFAULT false NOT NULL,
    criada_em timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: notificacoes_id_seq; Type: SEQUENCE; Schema: org_cerrado; Owner: -
--

CREATE SEQUENCE org_cerrado.notificacoes_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: notificacoes_id_seq; Type: SEQUENCE OWNED BY; Schema: org_cerrado; Owner: -
--

ALTER SEQUENCE org_cerrado.notificacoes_id_seq OWNED BY org_cerrado.notificacoes.id;


--
-- Name: tickets; Type: TABLE; Schema: org_cerrado; Owner: -
--

CREATE TABLE org_cerrado.tickets (
    id integer NOT NULL,
    cliente_id integer NOT NULL,
    responsavel_id integer,
    assunto text NOT NULL,
    origem text DEFAULT 'interno'::text NOT NULL,
    status text DEFAULT 'aberto'::text NOT NULL,
    prioridade smallint DEFAULT 3 NOT NULL,
    criado_em timestamp with time zone DEFAULT now() NOT NULL,
    atualizado_em timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: tickets_id_seq; Type: SEQUENCE; Schema: org_cerrado; Owner: -
--

CREATE SEQUENCE org_cerrado.tickets_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: tickets_id_seq; Type: SEQUENCE OWNED BY; Schema: org_cerrado; Owner: -
--

ALTER SEQUENCE org_cerrado.tickets_id_seq OWNED BY org_cerrado.tickets.id;


--
-- Name: usuarios; Type: TABLE; Schema: org_cerrado; Owner: -
--

CREATE TABLE org_cerrado.usuarios (
    id integer NOT NULL,
    email text NOT NULL,
    nome text NOT NULL,
    papel text DEFAULT 'atendente'::text NOT NULL,
    ativo boolean DEFAULT true NOT NULL,
    ultimo_login timestamp with time zone
);


--
-- Name: usuarios_id_seq; Type: SEQUENCE; Schema: org_cerrado; Owner: -
--

CREATE SEQUENCE org_cerrado.usuarios_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: usuarios_id_seq; Type: SEQUENCE OWNED BY; Schema: org_cerrado; Owner: -
--

ALTER SEQUENCE org_cerrado.usuarios_id_seq OWNED BY org_cerrado.usuarios.id;


--
-- Name: clientes; Type: TABLE; Schema: org_litoral; Owner: -
--

CREATE TABLE org_litoral.clientes (
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
-- Name: clientes_id_seq; Type: SEQUENCE; Schema: org_litoral; Owner: -
--

CREATE SEQUENCE org_litoral.clientes_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: clientes_id_seq; Type: SEQUENCE OWNED BY; Schema: org_litoral; Owner: -
--

ALTER SEQUENCE org_litoral.clientes_id_seq OWNED BY org_litoral.clientes.id;


--
-- Name: contatos; Type: TABLE; Schema: org_litoral; Owner: -
--

CREATE TABLE org_litoral.contatos (
    id integer NOT NULL,
    cliente_id integer NOT NULL,
    nome text NOT NULL,
    email text,
    cargo text
);


--
-- Name: contatos_id_seq; Type: SEQUENCE; Schema: org_litoral; Owner: -
--

CREATE SEQUENCE org_litoral.contatos_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: contatos_id_seq; Type: SEQUENCE OWNED BY; Schema: org_litoral; Owner: -
--

ALTER SEQUENCE org_litoral.contatos_id_seq OWNED BY org_litoral.contatos.id;


--
-- Name: interacoes; Type: TABLE; Schema: org_litoral; Owner: -
--

CREATE TABLE org_litoral.interacoes (
    id bigint NOT NULL,
    ticket_id integer NOT NULL,
    usuario_id integer,
    tipo text NOT NULL,
    texto text NOT NULL,
    criado_em timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: interacoes_id_seq; Type: SEQUENCE; Schema: org_litoral; Owner: -
--

CREATE SEQUENCE org_litoral.interacoes_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: interacoes_id_seq; Type: SEQUENCE OWNED BY; Schema: org_litoral; Owner: -
--

ALTER SEQUENCE org_litoral.interacoes_id_seq OWNED BY org_litoral.interacoes.id;


--
-- Name: notificacoes; Type: TABLE; Schema: org_litoral; Owner: -
--

CREATE TABLE org_litoral.notificacoes (
    id bigint NOT NULL,
    usuario_id integer NOT NULL,
    tipo text NOT NULL,
    referencia_id integer,
    lida boolean DEFAULT false NOT NULL,
    criada_em timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: notificacoes_id_seq; Type: SEQUENCE; Schema: org_litoral; Owner: -
--

CREATE SEQUENCE org_litoral.notificacoes_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: notificacoes_id_seq; Type: SEQUENCE OWNED BY; Schema: org_litoral; Owner: -
--

ALTER SEQUENCE org_litoral.notificacoes_id_seq OWNED BY org_litoral.notificacoes.id;


--
-- Name: tickets; Type: TABLE; Schema: org_litoral; Owner: -
--

CREATE TABLE org_litoral.tickets (
    id integer NOT NULL,
    cliente_id integer NOT NULL,
    responsavel_id integer,
    assunto text NOT NULL,
    origem text DEFAULT 'interno'::text NOT NULL,
    status text DEFAULT 'aberto'::text NOT NULL,
    prioridade smallint DEFAULT 3 NOT NULL,
    criado_em timestamp with time zone DEFAULT now() NOT NULL,
    atualizado_em timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: tickets_id_seq; Type: SEQUENCE; Schema: org_litoral; Owner: -
--

CREATE SEQUENCE org_litoral.tickets_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: tickets_id_seq; Type: SEQUENCE OWNED BY; Schema: org_litoral; Owner: -
--

ALTER SEQUENCE org_litoral.tickets_id_seq OWNED BY org_litoral.tickets.id;


--
-- Name: usuarios; Type: TABLE; Schema: org_litoral; Owner: -
--

CREATE TABLE org_litoral.usuarios (
    id integer NOT NULL,
    email text NOT NULL,
    nome text NOT NULL,
    papel text DEFAULT 'atendente'::text NOT NULL,
    ativo boolean DEFAULT true NOT NULL,
    ultimo_login timestamp with time zone
);


--
-- Name: usuarios_id_seq; Type: SEQUENCE; Schema: org_litoral; Owner: -
--

CREATE SEQUENCE org_litoral.usuarios_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: usuarios_id_seq; Type: SEQUENCE OWNED BY; Schema: org_litoral; Owner: -
--

ALTER SEQUENCE org_litoral.usuarios_id_seq OWNED BY org_litoral.usuarios.id;


--
-- Name: clientes; Type: TABLE; Schema: org_pantanal; Owner: -
--

CREATE TABLE org_pantanal.clientes (
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
-- Name: clientes_id_seq; Type: SEQUENCE; Schema: org_pantanal; Owner: -
--

CREATE SEQUENCE org_pantanal.clientes_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: clientes_id_seq; Type: SEQUENCE OWNED BY; Schema: org_pantanal; Owner: -
--

ALTER SEQUENCE org_pantanal.clientes_id_seq OWNED BY org_pantanal.clientes.id;


--
-- Name: contatos; Type: TABLE; Schema: org_pantanal; Owner: -
--

CREATE TABLE org_pantanal.contatos (
    id integer NOT NULL,
    cliente_id integer NOT NULL,
    nome text NOT NULL,
    email text,
    cargo text
);


--
-- Name: contatos_id_seq; Type: SEQUENCE; Schema: org_pantanal; Owner: -
--

CREATE SEQUENCE org_pantanal.contatos_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: contatos_id_seq; Type: SEQUENCE OWNED BY; Schema: org_pantanal; Owner: -
--

ALTER SEQUENCE org_pantanal.contatos_id_seq OWNED BY org_pantanal.contatos.id;


--
-- Name: interacoes; Type: TABLE; Schema: org_pantanal; Owner: -
--

CREATE TABLE org_pantanal.interacoes (
    id bigint NOT NULL,
    ticket_id integer NOT NULL,
    usuario_id integer,
    tipo text NOT NULL,
    texto text NOT NULL,
    criado_em timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: interacoes_id_seq; Type: SEQUENCE; Schema: org_pantanal; Owner: -
--

CREATE SEQUENCE org_pantanal.interacoes_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: interacoes_id_seq; Type: SEQUENCE OWNED BY; Schema: org_pantanal; Owner: -
--

ALTER SEQUENCE org_pantanal.interacoes_id_seq OWNED BY org_pantanal.interacoes.id;


--
-- Name: notificacoes; Type: TABLE; Schema: org_pantanal; Owner: -
--

CREATE TABLE org_pantanal.notificacoes (
    id bigint NOT NULL,
    usuario_id integer NOT NULL,
    tipo text NOT NULL,
    referencia_id integer,
    lida boolean DEFAULT false NOT NULL,
    criada_em timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: notificacoes_id_seq; Type: SEQUENCE; Schema: org_pantanal; Owner: -
--

CREATE SEQUENCE org_pantanal.notificacoes_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: notificacoes_id_seq; Type: SEQUENCE OWNED BY; Schema: org_pantanal; Owner: -
--

ALTER SEQUENCE org_pantanal.notificacoes_id_seq OWNED BY org_pantanal.notificacoes.id;


--
-- Name: tickets; Type: TABLE; Schema: org_pantanal; Owner: -
--

CREATE TABLE org_pantanal.tickets (
    id integer NOT NULL,
    cliente_id integer NOT NULL,
    responsavel_id integer,
    assunto text NOT NULL,
    origem text DEFAULT 'interno'::text NOT NULL,
    status text DEFAULT 'aberto'::text NOT NULL,
    prioridade smallint DEFAULT 3 NOT NULL,
    criado_em timestamp with time zone DEFAULT now() NOT NULL,
    atualizado_em timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: tickets_id_seq; Type: SEQUENCE; Schema: org_pantanal; Owner: -
--

CREATE SEQUENCE org_pantanal.tickets_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: tickets_id_seq; Type: SEQUENCE OWNED BY; Schema: org_pantanal; Owner: -
--

ALTER SEQUENCE org_pantanal.tickets_id_seq OWNED BY org_pantanal.tickets.id;


--
-- Name: usuarios; Type: TABLE; Schema: org_pantanal; Owner: -
--

CREATE TABLE org_pantanal.usuarios (
    id integer NOT NULL,
    email text NOT NULL,
    nome text NOT NULL,
    papel text DEFAULT 'atendente'::text NOT NULL,
    ativo boolean DEFAULT true NOT NULL,
    ultimo_login timestamp with time zone
);


--
-- Name: usuarios_id_seq; Type: SEQUENCE; Schema: org_pantanal; Owner: -
--

CREATE SEQUENCE org_pantanal.usuarios_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: usuarios_id_seq; Type: SEQUENCE OWNED BY; Schema: org_pantanal; Owner: -
--

ALTER SEQUENCE org_pantanal.usuarios_id_seq OWNED BY org_pantanal.usuarios.id;


--
-- Name: importacoes; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.importacoes (
    id integer NOT NULL,
    tenant_id smallint NOT NULL,
    arquivo text NOT NULL,
    status text DEFAULT 'pendente'::text NOT NULL,
    linhas integer,
    criada_em timestamp with time zone DEFAULT now() NOT NULL,
    concluida_em timestamp with time zone
);


--
-- Name: importacoes_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.importacoes_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: importacoes_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.importacoes_id_seq OWNED BY public.importacoes.id;


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
-- Name: clientes id; Type: DEFAULT; Schema: org_aurora; Owner: -
--

ALTER TABLE ONLY org_aurora.clientes ALTER COLUMN id SET DEFAULT nextval('org_aurora.clientes_id_seq'::regclass);


--
-- Name: contatos id; Type: DEFAULT; Schema: org_aurora; Owner: -
--

ALTER TABLE ONLY org_aurora.contatos ALTER COLUMN id SET DEFAULT nextval('org_aurora.contatos_id_seq'::regclass);


--
-- Name: interacoes id; Type: DEFAULT; Schema: org_aurora; Owner: -
--

ALTER TABLE ONLY org_aurora.interacoes ALTER COLUMN id SET DEFAULT nextval('org_aurora.interacoes_id_seq'::regclass);


--
-- Name: notificacoes id; Type: DEFAULT; Schema: org_aurora; Owner: -
--

ALTER TABLE ONLY org_aurora.notificacoes ALTER COLUMN id SET DEFAULT nextval('org_aurora.notificacoes_id_seq'::regclass);


--
-- Name: tickets id; Type: DEFAULT; Schema: org_aurora; Owner: -
--

ALTER TABLE ONLY org_aurora.tickets ALTER COLUMN id SET DEFAULT nextval('org_aurora.tickets_id_seq'::regclass);


--
-- Name: usuarios id; Type: DEFAULT; Schema: org_aurora; Owner: -
--

ALTER TABLE ONLY org_aurora.usuarios ALTER COLUMN id SET DEFAULT nextval('org_aurora.usuarios_id_seq'::regclass);


--
-- Name: clientes id; Type: DEFAULT; Schema: org_bandeirantes; Owner: -
--

ALTER TABLE ONLY org_bandeirantes.clientes ALTER COLUMN id SET DEFAULT nextval('org_bandeirantes.clientes_id_seq'::regclass);


--
-- Name: contatos id; Type: DEFAULT; Schema: org_bandeirantes; Owner: -
--

ALTER TABLE ONLY org_bandeirantes.contatos ALTER COLUMN id SET DEFAULT nextval('org_bandeirantes.contatos_id_seq'::regclass);


--
-- Name: interacoes id; Type: DEFAULT; Schema: org_bandeirantes; Owner: -
--

ALTER TABLE ONLY org_bandeirantes.interacoes ALTER COLUMN id SET DEFAULT nextval('org_bandeirantes.interacoes_id_seq'::regclass);


--
-- Name: notificacoes id; Type: DEFAULT; Schema: org_bandeirantes; Owner: -
--

ALTER TABLE ONLY org_bandeirantes.notificacoes ALTER COLUMN id SET DEFAULT nextval('org_bandeirantes.notificacoes_id_seq'::regclass);


--
-- Name: tickets id; Type: DEFAULT; Schema: org_bandeirantes; Owner: -
--

ALTER TABLE ONLY org_bandeirantes.tickets ALTER COLUMN id SET DEFAULT nextval('org_bandeirantes.tickets_id_seq'::regclass);


--
-- Name: usuarios id; Type: DEFAULT; Schema: org_bandeirantes; Owner: -
--

ALTER TABLE ONLY org_bandeirantes.usuarios ALTER COLUMN id SET DEFAULT nextval('org_bandeirantes.usuarios_id_seq'::regclass);


--
-- Name: clientes id; Type: DEFAULT; Schema: org_cerrado; Owner: -
--

ALTER TABLE ONLY org_cerrado.clientes ALTER COLUMN id SET DEFAULT nextval('org_cerrado.clientes_id_seq'::regclass);


--
-- Name: contatos id; Type: DEFAULT; Schema: org_cerrado; Owner: -
--

ALTER TABLE ONLY org_cerrado.contatos ALTER COLUMN id SET DEFAULT nextval('org_cerrado.contatos_id_seq'::regclass);


--
-- Name: interacoes id; Type: DEFAULT; Schema: org_cerrado; Owner: -
--

ALTER TABLE ONLY org_cerrado.interacoes ALTER COLUMN id SET DEFAULT nextval('org_cerrado.interacoes_id_seq'::regclass);


--
-- Name: notificacoes id; Type: DEFAULT; Schema: org_cerrado; Owner: -
--

ALTER TABLE ONLY org_cerrado.notificacoes ALTER COLUMN id SET DEFAULT nextval('org_cerrado.notificacoes_id_seq'::regclass);


--
-- Name: tickets id; Type: DEFAULT; Schema: org_cerrado; Owner: -
--

ALTER TABLE ONLY org_cerrado.tickets ALTER COLUMN id SET DEFAULT nextval('org_cerrado.tickets_id_seq'::regclass);


--
-- Name: usuarios id; Type: DEFAULT; Schema: org_cerrado; Owner: -
--

ALTER TABLE ONLY org_cerrado.usuarios ALTER COLUMN id SET DEFAULT nextval('org_cerrado.usuarios_id_seq'::regclass);


--
-- Name: clientes id; Type: DEFAULT; Schema: org_litoral; Owner: -
--

ALTER TABLE ONLY org_litoral.clientes ALTER COLUMN id SET DEFAULT nextval('org_litoral.clientes_id_seq'::regclass);


--
-- Name: contatos id; Type: DEFAULT; Schema: org_litoral; Owner: -
--

ALTER TABLE ONLY org_litoral.contatos ALTER COLUMN id SET DEFAULT nextval('org_litoral.contatos_id_seq'::regclass);


--
-- Name: interacoes id; Type: DEFAULT; Schema: org_litoral; Owner: -
--

ALTER TABLE ONLY org_litoral.interacoes ALTER COLUMN id SET DEFAULT nextval('org_litoral.interacoes_id_seq'::regclass);


--
-- Name: notificacoes id; Type: DEFAULT; Schema: org_litoral; Owner: -
--

ALTER TABLE ONLY org_litoral.notificacoes ALTER COLUMN id SET DEFAULT nextval('org_litoral.notificacoes_id_seq'::regclass);


--
-- Name: tickets id; Type: DEFAULT; Schema: org_litoral; Owner: -
--

ALTER TABLE ONLY org_litoral.tickets ALTER COLUMN id SET DEFAULT nextval('org_litoral.tickets_id_seq'::regclass);


--
-- Name: usuarios id; Type: DEFAULT; Schema: org_litoral; Owner: -
--

ALTER TABLE ONLY org_litoral.usuarios ALTER COLUMN id SET DEFAULT nextval('org_litoral.usuarios_id_seq'::regclass);


--
-- Name: clientes id; Type: DEFAULT; Schema: org_pantanal; Owner: -
--

ALTER TABLE ONLY org_pantanal.clientes ALTER COLUMN id SET DEFAULT nextval('org_pantanal.clientes_id_seq'::regclass);


--
-- Name: contatos id; Type: DEFAULT; Schema: org_pantanal; Owner: -
--

ALTER TABLE ONLY org_pantanal.contatos ALTER COLUMN id SET DEFAULT nextval('org_pantanal.contatos_id_seq'::regclass);


--
-- Name: interacoes id; Type: DEFAULT; Schema: org_pantanal; Owner: -
--

ALTER TABLE ONLY org_pantanal.interacoes ALTER COLUMN id SET DEFAULT nextval('org_pantanal.interacoes_id_seq'::regclass);


--
-- Name: notificacoes id; Type: DEFAULT; Schema: org_pantanal; Owner: -
--

ALTER TABLE ONLY org_pantanal.notificacoes ALTER COLUMN id SET DEFAULT nextval('org_pantanal.notificacoes_id_seq'::regclass);


--
-- Name: tickets id; Type: DEFAULT; Schema: org_pantanal; Owner: -
--

ALTER TABLE ONLY org_pantanal.tickets ALTER COLUMN id SET DEFAULT nextval('org_pantanal.tickets_id_seq'::regclass);


--
-- Name: usuarios id; Type: DEFAULT; Schema: org_pantanal; Owner: -
--

ALTER TABLE ONLY org_pantanal.usuarios ALTER COLUMN id SET DEFAULT nextval('org_pantanal.usuarios_id_seq'::regclass);


--
-- Name: importacoes id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.importacoes ALTER COLUMN id SET DEFAULT nextval('public.importacoes_id_seq'::regclass);


--
-- Name: clientes clientes_pkey; Type: CONSTRAINT; Schema: org_aurora; Owner: -
--

ALTER TABLE ONLY org_aurora.clientes
    ADD CONSTRAINT clientes_pkey PRIMARY KEY (id);


--
-- Name: contatos contatos_pkey; Type: CONSTRAINT; Schema: org_aurora; Owner: -
--

ALTER TABLE ONLY org_aurora.contatos
    ADD CONSTRAINT contatos_pkey PRIMARY KEY (id);


--
-- Name: interacoes interacoes_pkey; Type: CONSTRAINT; Schema: org_aurora; Owner: -
--

ALTER TABLE ONLY org_aurora.interacoes
    ADD CONSTRAINT interacoes_pkey PRIMARY KEY (id);


--
-- Name: notificacoes notificacoes_pkey; Type: CONSTRAINT; Schema: org_aurora; Owner: -
--

ALTER TABLE ONLY org_aurora.notificacoes
    ADD CONSTRAINT notificacoes_pkey PRIMARY KEY (id);


--
-- Name: tickets tickets_pkey; Type: CONSTRAINT; Schema: org_aurora; Owner: -
--

ALTER TABLE ONLY org_aurora.tickets
    ADD CONSTRAINT tickets_pkey PRIMARY KEY (id);


--
-- Name: usuarios usuarios_email_key; Type: CONSTRAINT; Schema: org_aurora; Owner: -
--

ALTER TABLE ONLY org_aurora.usuarios
    ADD CONSTRAINT usuarios_email_key UNIQUE (email);


--
-- Name: usuarios usuarios_pkey; Type: CONSTRAINT; Schema: org_aurora; Owner: -
--

ALTER TABLE ONLY org_aurora.usuarios
    ADD CONSTRAINT usuarios_pkey PRIMARY KEY (id);


--
-- Name: clientes clientes_pkey; Type: CONSTRAINT; Schema: org_bandeirantes; Owner: -
--

ALTER TABLE ONLY org_bandeirantes.clientes
    ADD CONSTRAINT clientes_pkey PRIMARY KEY (id);


--
-- Name: contatos contatos_pkey; Type: CONSTRAINT; Schema: org_bandeirantes; Owner: -
--

ALTER TABLE ONLY org_bandeirantes.contatos
    ADD CONSTRAINT contatos_pkey PRIMARY KEY (id);


--
-- Name: interacoes interacoes_pkey; Type: CONSTRAINT; Schema: org_bandeirantes; Owner: -
--

ALTER TABLE ONLY org_bandeirantes.interacoes
    ADD CONSTRAINT interacoes_pkey PRIMARY KEY (id);


--
-- Name: notificacoes notificacoes_pkey; Type: CONSTRAINT; Schema: org_bandeirantes; Owner: -
--

ALTER TABLE ONLY org_bandeirantes.notificacoes
    ADD CONSTRAINT notificacoes_pkey PRIMARY KEY (id);


--
-- Name: tickets tickets_pkey; Type: CONSTRAINT; Schema: org_bandeirantes; Owner: -
--

ALTER TABLE ONLY org_bandeirantes.tickets
    ADD CONSTRAINT tickets_pkey PRIMARY KEY (id);


--
-- Name: usuarios usuarios_email_key; Type: CONSTRAINT; Schema: org_bandeirantes; Owner: -
--

ALTER TABLE ONLY org_bandeirantes.usuarios
    ADD CONSTRAINT usuarios_email_key UNIQUE (email);


--
-- Name: usuarios usuarios_pkey; Type: CONSTRAINT; Schema: org_bandeirantes; Owner: -
--

ALTER TABLE ONLY org_bandeirantes.usuarios
    ADD CONSTRAINT usuarios_pkey PRIMARY KEY (id);


--
-- Name: clientes clientes_pkey; Type: CONSTRAINT; Schema: org_cerrado; Owner: -
--

ALTER TABLE ONLY org_cerrado.clientes
    ADD CONSTRAINT clientes_pkey PRIMARY KEY (id);


--
-- Name: contatos contatos_pkey; Type: CONSTRAINT; Schema: org_cerrado; Owner: -
--

ALTER TABLE ONLY org_cerrado.contatos
    ADD CONSTRAINT contatos_pkey PRIMARY KEY (id);


--
-- Name: interacoes interacoes_pkey; Type: CONSTRAINT; Schema: org_cerrado; Owner: -
--

ALTER TABLE ONLY org_cerrado.interacoes
    ADD CONSTRAINT interacoes_pkey PRIMARY KEY (id);


--
-- Name: notificacoes notificacoes_pkey; Type: CONSTRAINT; Schema: org_cerrado; Owner: -
--

ALTER TABLE ONLY org_cerrado.notificacoes
    ADD CONSTRAINT notificacoes_pkey PRIMARY KEY (id);


--
-- Name: tickets tickets_pkey; Type: CONSTRAINT; Schema: org_cerrado; Owner: -
--

ALTER TABLE ONLY org_cerrado.tickets
    ADD CONSTRAINT tickets_pkey PRIMARY KEY (id);


--
-- Name: usuarios usuarios_email_key; Type: CONSTRAINT; Schema: org_cerrado; Owner: -
--

ALTER TABLE ONLY org_cerrado.usuarios
    ADD CONSTRAINT usuarios_email_key UNIQUE (email);


--
-- Name: usuarios usuarios_pkey; Type: CONSTRAINT; Schema: org_cerrado; Owner: -
--

ALTER TABLE ONLY org_cerrado.usuarios
    ADD CONSTRAINT usuarios_pkey PRIMARY KEY (id);


--
-- Name: clientes clientes_pkey; Type: CONSTRAINT; Schema: org_litoral; Owner: -
--

ALTER TABLE ONLY org_litoral.clientes
    ADD CONSTRAINT clientes_pkey PRIMARY KEY (id);


--
-- Name: contatos contatos_pkey; Type: CONSTRAINT; Schema: org_litoral; Owner: -
--

ALTER TABLE ONLY org_litoral.contatos
    ADD CONSTRAINT contatos_pkey PRIMARY KEY (id);


--
-- Name: interacoes interacoes_pkey; Type: CONSTRAINT; Schema: org_litoral; Owner: -
--

ALTER TABLE ONLY org_litoral.interacoes
    ADD CONSTRAINT interacoes_pkey PRIMARY KEY (id);


--
-- Name: notificacoes notificacoes_pkey; Type: CONSTRAINT; Schema: org_litoral; Owner: -
--

ALTER TABLE ONLY org_litoral.notificacoes
    ADD CONSTRAINT notificacoes_pkey PRIMARY KEY (id);


--
-- Name: tickets tickets_pkey; Type: CONSTRAINT; Schema: org_litoral; Owner: -
--

ALTER TABLE ONLY org_litoral.tickets
    ADD CONSTRAINT tickets_pkey PRIMARY KEY (id);


--
-- Name: usuarios usuarios_email_key; Type: CONSTRAINT; Schema: org_litoral; Owner: -
--

ALTER TABLE ONLY org_litoral.usuarios
    ADD CONSTRAINT usuarios_email_key UNIQUE (email);


--
-- Name: usuarios usuarios_pkey; Type: CONSTRAINT; Schema: org_litoral; Owner: -
--

ALTER TABLE ONLY org_litoral.usuarios
    ADD CONSTRAINT usuarios_pkey PRIMARY KEY (id);


--
-- Name: clientes clientes_pkey; Type: CONSTRAINT; Schema: org_pantanal; Owner: -
--

ALTER TABLE ONLY org_pantanal.clientes
    ADD CONSTRAINT clientes_pkey PRIMARY KEY (id);


--
-- Name: contatos contatos_pkey; Type: CONSTRAINT; Schema: org_pantanal; Owner: -
--

ALTER TABLE ONLY org_pantanal.contatos
    ADD CONSTRAINT contatos_pkey PRIMARY KEY (id);


--
-- Name: interacoes interacoes_pkey; Type: CONSTRAINT; Schema: org_pantanal; Owner: -
--

ALTER TABLE ONLY org_pantanal.interacoes
    ADD CONSTRAINT interacoes_pkey PRIMARY KEY (id);


--
-- Name: notificacoes notificacoes_pkey; Type: CONSTRAINT; Schema: org_pantanal; Owner: -
--

ALTER TABLE ONLY org_pantanal.notificacoes
    ADD CONSTRAINT notificacoes_pkey PRIMARY KEY (id);


--
-- Name: tickets tickets_pkey; Type: CONSTRAINT; Schema: org_pantanal; Owner: -
--

ALTER TABLE ONLY org_pantanal.tickets
    ADD CONSTRAINT tickets_pkey PRIMARY KEY (id);


--
-- Name: usuarios usuarios_email_key; Type: CONSTRAINT; Schema: org_pantanal; Owner: -
--

ALTER TABLE ONLY org_pantanal.usuarios
    ADD CONSTRAINT usuarios_email_key UNIQUE (email);


--
-- Name: usuarios usuarios_pkey; Type: CONSTRAINT; Schema: org_pantanal; Owner: -
--

ALTER TABLE ONLY org_pantanal.usuarios
    ADD CONSTRAINT usuarios_pkey PRIMARY KEY (id);


--
-- Name: importacoes importacoes_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.importacoes
    ADD CONSTRAINT importacoes_pkey PRIMARY KEY (id);


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
-- Name: clientes_atualizado_em_idx; Type: INDEX; Schema: org_aurora; Owner: -
--

CREATE INDEX clientes_atualizado_em_idx ON org_aurora.clientes USING btree (atualizado_em);


--
-- Name: clientes_responsavel_id_idx; Type: INDEX; Schema: org_aurora; Owner: -
--

CREATE INDEX clientes_responsavel_id_idx ON org_aurora.clientes USING btree (responsavel_id);


--
-- Name: contatos_cliente_id_idx; Type: INDEX; Schema: org_aurora; Owner: -
--

CREATE INDEX contatos_cliente_id_idx ON org_aurora.contatos USING btree (cliente_id);


--
-- Name: interacoes_criado_em_idx; Type: INDEX; Schema: org_aurora; Owner: -
--

CREATE INDEX interacoes_criado_em_idx ON org_aurora.interacoes USING btree (criado_em);


--
-- Name: interacoes_ticket_id_idx; Type: INDEX; Schema: org_aurora; Owner: -
--

CREATE INDEX interacoes_ticket_id_idx ON org_aurora.interacoes USING btree (ticket_id);


--
-- Name: interacoes_usuario_id_idx; Type: INDEX; Schema: org_aurora; Owner: -
--

CREATE INDEX interacoes_usuario_id_idx ON org_aurora.interacoes USING btree (usuario_id);


--
-- Name: notificacoes_usuario_lida_idx; Type: INDEX; Schema: org_aurora; Owner: -
--

CREATE INDEX notificacoes_usuario_lida_idx ON org_aurora.notificacoes USING btree (usuario_id, lida);


--
-- Name: tickets_cliente_id_idx; Type: INDEX; Schema: org_aurora; Owner: -
--

CREATE INDEX tickets_cliente_id_idx ON org_aurora.tickets USING btree (cliente_id);


--
-- Name: tickets_criado_em_idx; Type: INDEX; Schema: org_aurora; Owner: -
--

CREATE INDEX tickets_criado_em_idx ON org_aurora.tickets USING btree (criado_em);


--
-- Name: tickets_responsavel_status_idx; Type: INDEX; Schema: org_aurora; Owner: -
--

CREATE INDEX tickets_responsavel_status_idx ON org_aurora.tickets USING btree (responsavel_id, status);


--
-- Name: tickets_status_idx; Type: INDEX; Schema: org_aurora; Owner: -
--

CREATE INDEX tickets_status_idx ON org_aurora.tickets USING btree (status);


--
-- Name: clientes_atualizado_em_idx; Type: INDEX; Schema: org_bandeirantes; Owner: -
--

CREATE INDEX clientes_atualizado_em_idx ON org_bandeirantes.clientes USING btree (atualizado_em);


--
-- Name: clientes_responsavel_id_idx; Type: INDEX; Schema: org_bandeirantes; Owner: -
--

CREATE INDEX clientes_responsavel_id_idx ON org_bandeirantes.clientes USING btree (responsavel_id);


--
-- Name: contatos_cliente_id_idx; Type: INDEX; Schema: org_bandeirantes; Owner: -
--

CREATE INDEX contatos_cliente_id_idx ON org_bandeirantes.contatos USING btree (cliente_id);


--
-- Name: interacoes_criado_em_idx; Type: INDEX; Schema: org_bandeirantes; Owner: -
--

CREATE INDEX interacoes_criado_em_idx ON org_bandeirantes.interacoes USING btree (criado_em);


--
-- Name: interacoes_ticket_id_idx; Type: INDEX; Schema: org_bandeirantes; Owner: -
--

CREATE INDEX interacoes_ticket_id_idx ON org_bandeirantes.interacoes USING btree (ticket_id);


--
-- Name: interacoes_usuario_id_idx; Type: INDEX; Schema: org_bandeirantes; Owner: -
--

CREATE INDEX interacoes_usuario_id_idx ON org_bandeirantes.interacoes USING btree (usuario_id);


--
-- Name: notificacoes_usuario_lida_idx; Type: INDEX; Schema: org_bandeirantes; Owner: -
--

CREATE INDEX notificacoes_usuario_lida_idx ON org_bandeirantes.notificacoes USING btree (usuario_id, lida);


--
-- Name: tickets_cliente_id_idx; Type: INDEX; Schema: org_bandeirantes; Owner: -
--

CREATE INDEX tickets_cliente_id_idx ON org_bandeirantes.tickets USING btree (cliente_id);


--
-- Name: tickets_criado_em_idx; Type: INDEX; Schema: org_bandeirantes; Owner: -
--

CREATE INDEX tickets_criado_em_idx ON org_bandeirantes.tickets USING btree (criado_em);


--
-- Name: tickets_responsavel_status_idx; Type: INDEX; Schema: org_bandeirantes; Owner: -
--

CREATE INDEX tickets_responsavel_status_idx ON org_bandeirantes.tickets USING btree (responsavel_id, status);


--
-- Name: tickets_status_idx; Type: INDEX; Schema: org_bandeirantes; Owner: -
--

CREATE INDEX tickets_status_idx ON org_bandeirantes.tickets USING btree (status);


--
-- Name: clientes_atualizado_em_idx; Type: INDEX; Schema: org_cerrado; Owner: -
--

CREATE INDEX clientes_atualizado_em_idx ON org_cerrado.clientes USING btree (atualizado_em);


--
-- Name: clientes_responsavel_id_idx; Type: INDEX; Schema: org_cerrado; Owner: -
--

CREATE INDEX clientes_responsavel_id_idx ON org_cerrado.clientes USING btree (responsavel_id);


--
-- Name: contatos_cliente_id_idx; Type: INDEX; Schema: org_cerrado; Owner: -
--

CREATE INDEX contatos_cliente_id_idx ON org_cerrado.contatos USING btree (cliente_id);


--
-- Name: interacoes_criado_em_idx; Type: INDEX; Schema: org_cerrado; Owner: -
--

CREATE INDEX interacoes_criado_em_idx ON org_cerrado.interacoes USING btree (criado_em);


--
-- Name: interacoes_ticket_id_idx; Type: INDEX; Schema: org_cerrado; Owner: -
--

CREATE INDEX interacoes_ticket_id_idx ON org_cerrado.interacoes USING btree (ticket_id);


--
-- Name: interacoes_usuario_id_idx; Type: INDEX; Schema: org_cerrado; Owner: -
--

CREATE INDEX interacoes_usuario_id_idx ON org_cerrado.interacoes USING btree (usuario_id);


--
-- Name: notificacoes_usuario_lida_idx; Type: INDEX; Schema: org_cerrado; Owner: -
--

CREATE INDEX notificacoes_usuario_lida_idx ON org_cerrado.notificacoes USING btree (usuario_id, lida);


--
-- Name: tickets_cliente_id_idx; Type: INDEX; Schema: org_cerrado; Owner: -
--

CREATE INDEX tickets_cliente_id_idx ON org_cerrado.tickets USING btree (cliente_id);


--
-- Name: tickets_criado_em_idx; Type: INDEX; Schema: org_cerrado; Owner: -
--

CREATE INDEX tickets_criado_em_idx ON org_cerrado.tickets USING btree (criado_em);


--
-- Name: tickets_responsavel_status_idx; Type: INDEX; Schema: org_cerrado; Owner: -
--

CREATE INDEX tickets_responsavel_status_idx ON org_cerrado.tickets USING btree (responsavel_id, status);


--
-- Name: tickets_status_idx; Type: INDEX; Schema: org_cerrado; Owner: -
--

CREATE INDEX tickets_status_idx ON org_cerrado.tickets USING btree (status);


--
-- Name: clientes_atualizado_em_idx; Type: INDEX; Schema: org_litoral; Owner: -
--

CREATE INDEX clientes_atualizado_em_idx ON org_litoral.clientes USING btree (atualizado_em);


--
-- Name: clientes_responsavel_id_idx; Type: INDEX; Schema: org_litoral; Owner: -
--

CREATE INDEX clientes_responsavel_id_idx ON org_litoral.clientes USING btree (responsavel_id);


--
-- Name: contatos_cliente_id_idx; Type: INDEX; Schema: org_litoral; Owner: -
--

CREATE INDEX contatos_cliente_id_idx ON org_litoral.contatos USING btree (cliente_id);


--
-- Name: interacoes_criado_em_idx; Type: INDEX; Schema: org_litoral; Owner: -
--

CREATE INDEX interacoes_criado_em_idx ON org_litoral.interacoes USING btree (criado_em);


--
-- Name: interacoes_ticket_id_idx; Type: INDEX; Schema: org_litoral; Owner: -
--

CREATE INDEX interacoes_ticket_id_idx ON org_litoral.interacoes USING btree (ticket_id);


--
-- Name: interacoes_usuario_id_idx; Type: INDEX; Schema: org_litoral; Owner: -
--

CREATE INDEX interacoes_usuario_id_idx ON org_litoral.interacoes USING btree (usuario_id);


--
-- Name: notificacoes_usuario_lida_idx; Type: INDEX; Schema: org_litoral; Owner: -
--

CREATE INDEX notificacoes_usuario_lida_idx ON org_litoral.notificacoes USING btree (usuario_id, lida);


--
-- Name: tickets_cliente_id_idx; Type: INDEX; Schema: org_litoral; Owner: -
--

CREATE INDEX tickets_cliente_id_idx ON org_litoral.tickets USING btree (cliente_id);


--
-- Name: tickets_criado_em_idx; Type: INDEX; Schema: org_litoral; Owner: -
--

CREATE INDEX tickets_criado_em_idx ON org_litoral.tickets USING btree (criado_em);


--
-- Name: tickets_responsavel_status_idx; Type: INDEX; Schema: org_litoral; Owner: -
--

CREATE INDEX tickets_responsavel_status_idx ON org_litoral.tickets USING btree (responsavel_id, status);


--
-- Name: tickets_status_idx; Type: INDEX; Schema: org_litoral; Owner: -
--

CREATE INDEX tickets_status_idx ON org_litoral.tickets USING btree (status);


--
-- Name: clientes_atualizado_em_idx; Type: INDEX; Schema: org_pantanal; Owner: -
--

CREATE INDEX clientes_atualizado_em_idx ON org_pantanal.clientes USING btree (atualizado_em);


--
-- Name: clientes_responsavel_id_idx; Type: INDEX; Schema: org_pantanal; Owner: -
--

CREATE INDEX clientes_responsavel_id_idx ON org_pantanal.clientes USING btree (responsavel_id);


--
-- Name: contatos_cliente_id_idx; Type: INDEX; Schema: org_pantanal; Owner: -
--

CREATE INDEX contatos_cliente_id_idx ON org_pantanal.contatos USING btree (cliente_id);


--
-- Name: interacoes_criado_em_idx; Type: INDEX; Schema: org_pantanal; Owner: -
--

CREATE INDEX interacoes_criado_em_idx ON org_pantanal.interacoes USING btree (criado_em);


--
-- Name: interacoes_ticket_id_idx; Type: INDEX; Schema: org_pantanal; Owner: -
--

CREATE INDEX interacoes_ticket_id_idx ON org_pantanal.interacoes USING btree (ticket_id);


--
-- Name: interacoes_usuario_id_idx; Type: INDEX; Schema: org_pantanal; Owner: -
--

CREATE INDEX interacoes_usuario_id_idx ON org_pantanal.interacoes USING btree (usuario_id);


--
-- Name: notificacoes_usuario_lida_idx; Type: INDEX; Schema: org_pantanal; Owner: -
--

CREATE INDEX notificacoes_usuario_lida_idx ON org_pantanal.notificacoes USING btree (usuario_id, lida);


--
-- Name: tickets_cliente_id_idx; Type: INDEX; Schema: org_pantanal; Owner: -
--

CREATE INDEX tickets_cliente_id_idx ON org_pantanal.tickets USING btree (cliente_id);


--
-- Name: tickets_criado_em_idx; Type: INDEX; Schema: org_pantanal; Owner: -
--

CREATE INDEX tickets_criado_em_idx ON org_pantanal.tickets USING btree (criado_em);


--
-- Name: tickets_responsavel_status_idx; Type: INDEX; Schema: org_pantanal; Owner: -
--

CREATE INDEX tickets_responsavel_status_idx ON org_pantanal.tickets USING btree (responsavel_id, status);


--
-- Name: tickets_status_idx; Type: INDEX; Schema: org_pantanal; Owner: -
--

CREATE INDEX tickets_status_idx ON org_pantanal.tickets USING btree (status);


--
-- Name: importacoes_pendentes_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX importacoes_pendentes_idx ON public.importacoes USING btree (id) WHERE (status = 'pendente'::text);


--
-- Name: importacoes_tenant_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX importacoes_tenant_id_idx ON public.importacoes USING btree (tenant_id);


--
-- Name: tenants_plano_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX tenants_plano_id_idx ON public.tenants USING btree (plano_id);


--
-- Name: clientes clientes_responsavel_id_fkey; Type: FK CONSTRAINT; Schema: org_aurora; Owner: -
--

ALTER TABLE ONLY org_aurora.clientes
    ADD CONSTRAINT clientes_responsavel_id_fkey FOREIGN KEY (responsavel_id) REFERENCES org_aurora.usuarios(id);


--
-- Name: contatos contatos_cliente_id_fkey; Type: FK CONSTRAINT; Schema: org_aurora; Owner: -
--

ALTER TABLE ONLY org_aurora.contatos
    ADD CONSTRAINT contatos_cliente_id_fkey FOREIGN KEY (cliente_id) REFERENCES org_aurora.clientes(id);


--
-- Name: interacoes interacoes_ticket_id_fkey; Type: FK CONSTRAINT; Schema: org_aurora; Owner: -
--

ALTER TABLE ONLY org_aurora.interacoes
    ADD CONSTRAINT interacoes_ticket_id_fkey FOREIGN KEY (ticket_id) REFERENCES org_aurora.tickets(id);


--
-- Name: interacoes interacoes_usuario_id_fkey; Type: FK CONSTRAINT; Schema: org_aurora; Owner: -
--

ALTER TABLE ONLY org_aurora.interacoes
    ADD CONSTRAINT interacoes_usuario_id_fkey FOREIGN KEY (usuario_id) REFERENCES org_aurora.usuarios(id);


--
-- Name: notificacoes notificacoes_usuario_id_fkey; Type: FK CONSTRAINT; Schema: org_aurora; Owner: -
--

ALTER TABLE ONLY org_aurora.notificacoes
    ADD CONSTRAINT notificacoes_usuario_id_fkey FOREIGN KEY (usuario_id) REFERENCES org_aurora.usuarios(id);


--
-- Name: tickets tickets_cliente_id_fkey; Type: FK CONSTRAINT; Schema: org_aurora; Owner: -
--

ALTER TABLE ONLY org_aurora.tickets
    ADD CONSTRAINT tickets_cliente_id_fkey FOREIGN KEY (cliente_id) REFERENCES org_aurora.clientes(id);


--
-- Name: tickets tickets_responsavel_id_fkey; Type: FK CONSTRAINT; Schema: org_aurora; Owner: -
--

ALTER TABLE ONLY org_aurora.tickets
    ADD CONSTRAINT tickets_responsavel_id_fkey FOREIGN KEY (responsavel_id) REFERENCES org_aurora.usuarios(id);


--
-- Name: clientes clientes_responsavel_id_fkey; Type: FK CONSTRAINT; Schema: org_bandeirantes; Owner: -
--

ALTER TABLE ONLY org_bandeirantes.clientes
    ADD CONSTRAINT clientes_responsavel_id_fkey FOREIGN KEY (responsavel_id) REFERENCES org_bandeirantes.usuarios(id);


--
-- Name: contatos contatos_cliente_id_fkey; Type: FK CONSTRAINT; Schema: org_bandeirantes; Owner: -
--

ALTER TABLE ONLY org_bandeirantes.contatos
    ADD CONSTRAINT contatos_cliente_id_fkey FOREIGN KEY (cliente_id) REFERENCES org_bandeirantes.clientes(id);


--
-- Name: interacoes interacoes_ticket_id_fkey; Type: FK CONSTRAINT; Schema: org_bandeirantes; Owner: -
--

ALTER TABLE ONLY org_bandeirantes.interacoes
    ADD CONSTRAINT interacoes_ticket_id_fkey FOREIGN KEY (ticket_id) REFERENCES org_bandeirantes.tickets(id);


--
-- Name: interacoes interacoes_usuario_id_fkey; Type: FK CONSTRAINT; Schema: org_bandeirantes; Owner: -
--

ALTER TABLE ONLY org_bandeirantes.interacoes
    ADD CONSTRAINT interacoes_usuario_id_fkey FOREIGN KEY (usuario_id) REFERENCES org_bandeirantes.usuarios(id);


--
-- Name: notificacoes notificacoes_usuario_id_fkey; Type: FK CONSTRAINT; Schema: org_bandeirantes; Owner: -
--

ALTER TABLE ONLY org_bandeirantes.notificacoes
    ADD CONSTRAINT notificacoes_usuario_id_fkey FOREIGN KEY (usuario_id) REFERENCES org_bandeirantes.usuarios(id);


--
-- Name: tickets tickets_cliente_id_fkey; Type: FK CONSTRAINT; Schema: org_bandeirantes; Owner: -
--

ALTER TABLE ONLY org_bandeirantes.tickets
    ADD CONSTRAINT tickets_cliente_id_fkey FOREIGN KEY (cliente_id) REFERENCES org_bandeirantes.clientes(id);


--
-- Name: tickets tickets_responsavel_id_fkey; Type: FK CONSTRAINT; Schema: org_bandeirantes; Owner: -
--

ALTER TABLE ONLY org_bandeirantes.tickets
    ADD CONSTRAINT tickets_responsavel_id_fkey FOREIGN KEY (responsavel_id) REFERENCES org_bandeirantes.usuarios(id);


--
-- Name: clientes clientes_responsavel_id_fkey; Type: FK CONSTRAINT; Schema: org_cerrado; Owner: -
--

ALTER TABLE ONLY org_cerrado.clientes
    ADD CONSTRAINT clientes_responsavel_id_fkey FOREIGN KEY (responsavel_id) REFERENCES org_cerrado.usuarios(id);


--
-- Name: contatos contatos_cliente_id_fkey; Type: FK CONSTRAINT; Schema: org_cerrado; Owner: -
--

ALTER TABLE ONLY org_cerrado.contatos
    ADD CONSTRAINT contatos_cliente_id_fkey FOREIGN KEY (cliente_id) REFERENCES org_cerrado.clientes(id);


--
-- Name: interacoes interacoes_ticket_id_fkey; Type: FK CONSTRAINT; Schema: org_cerrado; Owner: -
--

ALTER TABLE ONLY org_cerrado.interacoes
    ADD CONSTRAINT interacoes_ticket_id_fkey FOREIGN KEY (ticket_id) REFERENCES org_cerrado.tickets(id);


--
-- Name: interacoes interacoes_usuario_id_fkey; Type: FK CONSTRAINT; Schema: org_cerrado; Owner: -
--

ALTER TABLE ONLY org_cerrado.interacoes
    ADD CONSTRAINT interacoes_usuario_id_fkey FOREIGN KEY (usuario_id) REFERENCES org_cerrado.usuarios(id);


--
-- Name: notificacoes notificacoes_usuario_id_fkey; Type: FK CONSTRAINT; Schema: org_cerrado; Owner: -
--

ALTER TABLE ONLY org_cerrado.notificacoes
    ADD CONSTRAINT notificacoes_usuario_id_fkey FOREIGN KEY (usuario_id) REFERENCES org_cerrado.usuarios(id);


--
-- Name: tickets tickets_cliente_id_fkey; Type: FK CONSTRAINT; Schema: org_cerrado; Owner: -
--

ALTER TABLE ONLY org_cerrado.tickets
    ADD CONSTRAINT tickets_cliente_id_fkey FOREIGN KEY (cliente_id) REFERENCES org_cerrado.clientes(id);


--
-- Name: tickets tickets_responsavel_id_fkey; Type: FK CONSTRAINT; Schema: org_cerrado; Owner: -
--

ALTER TABLE ONLY org_cerrado.tickets
    ADD CONSTRAINT tickets_responsavel_id_fkey FOREIGN KEY (responsavel_id) REFERENCES org_cerrado.usuarios(id);


--
-- Name: clientes clientes_responsavel_id_fkey; Type: FK CONSTRAINT; Schema: org_litoral; Owner: -
--

ALTER TABLE ONLY org_litoral.clientes
    ADD CONSTRAINT clientes_responsavel_id_fkey FOREIGN KEY (responsavel_id) REFERENCES org_litoral.usuarios(id);


--
-- Name: contatos contatos_cliente_id_fkey; Type: FK CONSTRAINT; Schema: org_litoral; Owner: -
--

ALTER TABLE ONLY org_litoral.contatos
    ADD CONSTRAINT contatos_cliente_id_fkey FOREIGN KEY (cliente_id) REFERENCES org_litoral.clientes(id);


--
-- Name: interacoes interacoes_ticket_id_fkey; Type: FK CONSTRAINT; Schema: org_litoral; Owner: -
--

ALTER TABLE ONLY org_litoral.interacoes
    ADD CONSTRAINT interacoes_ticket_id_fkey FOREIGN KEY (ticket_id) REFERENCES org_litoral.tickets(id);


--
-- Name: interacoes interacoes_usuario_id_fkey; Type: FK CONSTRAINT; Schema: org_litoral; Owner: -
--

ALTER TABLE ONLY org_litoral.interacoes
    ADD CONSTRAINT interacoes_usuario_id_fkey FOREIGN KEY (usuario_id) REFERENCES org_litoral.usuarios(id);


--
-- Name: notificacoes notificacoes_usuario_id_fkey; Type: FK CONSTRAINT; Schema: org_litoral; Owner: -
--

ALTER TABLE ONLY org_litoral.notificacoes
    ADD CONSTRAINT notificacoes_usuario_id_fkey FOREIGN KEY (usuario_id) REFERENCES org_litoral.usuarios(id);


--
-- Name: tickets tickets_cliente_id_fkey; Type: FK CONSTRAINT; Schema: org_litoral; Owner: -
--

ALTER TABLE ONLY org_litoral.tickets
    ADD CONSTRAINT tickets_cliente_id_fkey FOREIGN KEY (cliente_id) REFERENCES org_litoral.clientes(id);


--
-- Name: tickets tickets_responsavel_id_fkey; Type: FK CONSTRAINT; Schema: org_litoral; Owner: -
--

ALTER TABLE ONLY org_litoral.tickets
    ADD CONSTRAINT tickets_responsavel_id_fkey FOREIGN KEY (responsavel_id) REFERENCES org_litoral.usuarios(id);


--
-- Name: clientes clientes_responsavel_id_fkey; Type: FK CONSTRAINT; Schema: org_pantanal; Owner: -
--

ALTER TABLE ONLY org_pantanal.clientes
    ADD CONSTRAINT clientes_responsavel_id_fkey FOREIGN KEY (responsavel_id) REFERENCES org_pantanal.usuarios(id);


--
-- Name: contatos contatos_cliente_id_fkey; Type: FK CONSTRAINT; Schema: org_pantanal; Owner: -
--

ALTER TABLE ONLY org_pantanal.contatos
    ADD CONSTRAINT contatos_cliente_id_fkey FOREIGN KEY (cliente_id) REFERENCES org_pantanal.clientes(id);


--
-- Name: interacoes interacoes_ticket_id_fkey; Type: FK CONSTRAINT; Schema: org_pantanal; Owner: -
--

ALTER TABLE ONLY org_pantanal.interacoes
    ADD CONSTRAINT interacoes_ticket_id_fkey FOREIGN KEY (ticket_id) REFERENCES org_pantanal.tickets(id);


--
-- Name: interacoes interacoes_usuario_id_fkey; Type: FK CONSTRAINT; Schema: org_pantanal; Owner: -
--

ALTER TABLE ONLY org_pantanal.interacoes
    ADD CONSTRAINT interacoes_usuario_id_fkey FOREIGN KEY (usuario_id) REFERENCES org_pantanal.usuarios(id);


--
-- Name: notificacoes notificacoes_usuario_id_fkey; Type: FK CONSTRAINT; Schema: org_pantanal; Owner: -
--

ALTER TABLE ONLY org_pantanal.notificacoes
    ADD CONSTRAINT notificacoes_usuario_id_fkey FOREIGN KEY (usuario_id) REFERENCES org_pantanal.usuarios(id);


--
-- Name: tickets tickets_cliente_id_fkey; Type: FK CONSTRAINT; Schema: org_pantanal; Owner: -
--

ALTER TABLE ONLY org_pantanal.tickets
    ADD CONSTRAINT tickets_cliente_id_fkey FOREIGN KEY (cliente_id) REFERENCES org_pantanal.clientes(id);


--
-- Name: tickets tickets_responsavel_id_fkey; Type: FK CONSTRAINT; Schema: org_pantanal; Owner: -
--

ALTER TABLE ONLY org_pantanal.tickets
    ADD CONSTRAINT tickets_responsavel_id_fkey FOREIGN KEY (responsavel_id) REFERENCES org_pantanal.usuarios(id);


--
-- Name: importacoes importacoes_tenant_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.importacoes
    ADD CONSTRAINT importacoes_tenant_id_fkey FOREIGN KEY (tenant_id) REFERENCES public.tenants(id);


--
-- Name: tenants tenants_plano_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tenants
    ADD CONSTRAINT tenants_plano_id_fkey FOREIGN KEY (plano_id) REFERENCES public.planos(id);


--
-- PostgreSQL database dump complete
--

\unrestrict Vp9rlHZNVi9S3qnlx5fzOcb6Dk9ief3m5mZlKrOjSId0DVMCzwY1ogc47etFMyb

