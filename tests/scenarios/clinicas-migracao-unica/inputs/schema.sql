--
-- PostgreSQL database dump
--

\restrict oanlKScDYbgxoozTED4OZBu3zCTsYrKdpannCliVJzgKlWYYDZ3wtltqcQ7CgIW

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
-- Name: clinica_bem_estar; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA clinica_bem_estar;


--
-- Name: clinica_cardio_ritmo; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA clinica_cardio_ritmo;


--
-- Name: clinica_derma_pele; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA clinica_derma_pele;


--
-- Name: clinica_fisio_movimento; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA clinica_fisio_movimento;


--
-- Name: clinica_nutri_saude; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA clinica_nutri_saude;


--
-- Name: clinica_odonto_sorriso; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA clinica_odonto_sorriso;


--
-- Name: clinica_orto_passos; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA clinica_orto_passos;


--
-- Name: clinica_pediatria_crescer; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA clinica_pediatria_crescer;


--
-- Name: clinica_psico_equilibrio; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA clinica_psico_equilibrio;


--
-- Name: clinica_santa_clara; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA clinica_santa_clara;


--
-- Name: clinica_sao_lucas; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA clinica_sao_lucas;


--
-- Name: clinica_vida_plena; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA clinica_vida_plena;


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
-- Name: agendamentos; Type: TABLE; Schema: clinica_bem_estar; Owner: -
--

CREATE TABLE clinica_bem_estar.agendamentos (
    id integer NOT NULL,
    paciente_id integer NOT NULL,
    profissional_id integer NOT NULL,
    inicio timestamp with time zone NOT NULL,
    fim timestamp with time zone NOT NULL,
    status text DEFAULT 'agendado'::text NOT NULL,
    canal text DEFAULT 'presencial'::text NOT NULL
);


--
-- Name: agendamentos_id_seq; Type: SEQUENCE; Schema: clinica_bem_estar; Owner: -
--

CREATE SEQUENCE clinica_bem_estar.agendamentos_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: agendamentos_id_seq; Type: SEQUENCE OWNED BY; Schema: clinica_bem_estar; Owner: -
--

ALTER SEQUENCE clinica_bem_estar.agendamentos_id_seq OWNED BY clinica_bem_estar.agendamentos.id;


--
-- Name: evolucoes; Type: TABLE; Schema: clinica_bem_estar; Owner: -
--

CREATE TABLE clinica_bem_estar.evolucoes (
    id integer NOT NULL,
    paciente_id integer NOT NULL,
    profissional_id integer NOT NULL,
    agendamento_id integer,
    texto text NOT NULL,
    criado_em timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: evolucoes_id_seq; Type: SEQUENCE; Schema: clinica_bem_estar; Owner: -
--

CREATE SEQUENCE clinica_bem_estar.evolucoes_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: evolucoes_id_seq; Type: SEQUENCE OWNED BY; Schema: clinica_bem_estar; Owner: -
--

ALTER SEQUENCE clinica_bem_estar.evolucoes_id_seq OWNED BY clinica_bem_estar.evolucoes.id;


--
-- Name: pacientes; Type: TABLE; Schema: clinica_bem_estar; Owner: -
--

CREATE TABLE clinica_bem_estar.pacientes (
    id integer NOT NULL,
    nome text NOT NULL,
    cpf character(11) NOT NULL,
    data_nascimento date NOT NULL,
    telefone text,
    email text
);


--
-- Name: pacientes_id_seq; Type: SEQUENCE; Schema: clinica_bem_estar; Owner: -
--

CREATE SEQUENCE clinica_bem_estar.pacientes_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: pacientes_id_seq; Type: SEQUENCE OWNED BY; Schema: clinica_bem_estar; Owner: -
--

ALTER SEQUENCE clinica_bem_estar.pacientes_id_seq OWNED BY clinica_bem_estar.pacientes.id;


--
-- Name: profissionais; Type: TABLE; Schema: clinica_bem_estar; Owner: -
--

CREATE TABLE clinica_bem_estar.profissionais (
    id integer NOT NULL,
    nome text NOT NULL,
    especialidade text NOT NULL,
    registro text NOT NULL,
    ativo boolean DEFAULT true NOT NULL
);


--
-- Name: profissionais_id_seq; Type: SEQUENCE; Schema: clinica_bem_estar; Owner: -
--

CREATE SEQUENCE clinica_bem_estar.profissionais_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: profissionais_id_seq; Type: SEQUENCE OWNED BY; Schema: clinica_bem_estar; Owner: -
--

ALTER SEQUENCE clinica_bem_estar.profissionais_id_seq OWNED BY clinica_bem_estar.profissionais.id;


--
-- Name: teleconsultas; Type: TABLE; Schema: clinica_bem_estar; Owner: -
--

CREATE TABLE clinica_bem_estar.teleconsultas (
    id integer NOT NULL,
    agendamento_id integer NOT NULL,
    provedor text DEFAULT 'jitsi'::text NOT NULL,
    link_sala text NOT NULL,
    criado_em timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: teleconsultas_id_seq; Type: SEQUENCE; Schema: clinica_bem_estar; Owner: -
--

CREATE SEQUENCE clinica_bem_estar.teleconsultas_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: teleconsultas_id_seq; Type: SEQUENCE OWNED BY; Schema: clinica_bem_estar; Owner: -
--

ALTER SEQUENCE clinica_bem_estar.teleconsultas_id_seq OWNED BY clinica_bem_estar.teleconsultas.id;


--
-- Name: agendamentos; Type: TABLE; Schema: clinica_cardio_ritmo; Owner: -
--

CREATE TABLE clinica_cardio_ritmo.agendamentos (
    id integer NOT NULL,
    paciente_id integer NOT NULL,
    profissional_id integer NOT NULL,
    inicio timestamp with time zone NOT NULL,
    fim timestamp with time zone NOT NULL,
    status text DEFAULT 'agendado'::text NOT NULL,
    canal text DEFAULT 'presencial'::text NOT NULL
);


--
-- Name: agendamentos_id_seq; Type: SEQUENCE; Schema: clinica_cardio_ritmo; Owner: -
--

CREATE SEQUENCE clinica_cardio_ritmo.agendamentos_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: agendamentos_id_seq; Type: SEQUENCE OWNED BY; Schema: clinica_cardio_ritmo; Owner: -
--

ALTER SEQUENCE clinica_cardio_ritmo.agendamentos_id_seq OWNED BY clinica_cardio_ritmo.agendamentos.id;


--
-- Name: evolucoes; Type: TABLE; Schema: clinica_cardio_ritmo; Owner: -
--

CREATE TABLE clinica_cardio_ritmo.evolucoes (
    id integer NOT NULL,
    paciente_id integer NOT NULL,
    profissional_id integer NOT NULL,
    agendamento_id integer,
    texto text NOT NULL,
    criado_em timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: evolucoes_id_seq; Type: SEQUENCE; Schema: clinica_cardio_ritmo; Owner: -
--

CREATE SEQUENCE clinica_cardio_ritmo.evolucoes_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: evolucoes_id_seq; Type: SEQUENCE OWNED BY; Schema: clinica_cardio_ritmo; Owner: -
--

ALTER SEQUENCE clinica_cardio_ritmo.evolucoes_id_seq OWNED BY clinica_cardio_ritmo.evolucoes.id;


--
-- Name: pacientes; Type: TABLE; Schema: clinica_cardio_ritmo; Owner: -
--

CREATE TABLE clinica_cardio_ritmo.pacientes (
    id integer NOT NULL,
    nome text NOT NULL,
    cpf character(11) NOT NULL,
    data_nascimento date NOT NULL,
    telefone text,
    email text
);


--
-- Name: pacientes_id_seq; Type: SEQUENCE; Schema: clinica_cardio_ritmo; Owner: -
--

CREATE SEQUENCE clinica_cardio_ritmo.pacientes_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: pacientes_id_seq; Type: SEQUENCE OWNED BY; Schema: clinica_cardio_ritmo; Owner: -
--

ALTER SEQUENCE clinica_cardio_ritmo.pacientes_id_seq OWNED BY clinica_cardio_ritmo.pacientes.id;


--
-- Name: profissionais; Type: TABLE; Schema: clinica_cardio_ritmo; Owner: -
--

CREATE TABLE clinica_cardio_ritmo.profissionais (
    id integer NOT NULL,
    nome text NOT NULL,
    especialidade text NOT NULL,
    registro text NOT NULL,
    ativo boolean DEFAULT true NOT NULL
);


--
-- Name: profissionais_id_seq; Type: SEQUENCE; Schema: clinica_cardio_ritmo; Owner: -
--

CREATE SEQUENCE clinica_cardio_ritmo.profissionais_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: profissionais_id_seq; Type: SEQUENCE OWNED BY; Schema: clinica_cardio_ritmo; Owner: -
--

ALTER SEQUENCE clinica_cardio_ritmo.profissionais_id_seq OWNED BY clinica_cardio_ritmo.profissionais.id;


--
-- Name: teleconsultas; Type: TABLE; Schema: clinica_cardio_ritmo; Owner: -
--

CREATE TABLE clinica_cardio_ritmo.teleconsultas (
    id integer NOT NULL,
    agendamento_id integer NOT NULL,
    provedor text DEFAULT 'jitsi'::text NOT NULL,
    link_sala text NOT NULL,
    criado_em timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: teleconsultas_id_seq; Type: SEQUENCE; Schema: clinica_cardio_ritmo; Owner: -
--

CREATE SEQUENCE clinica_cardio_ritmo.teleconsultas_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: teleconsultas_id_seq; Type: SEQUENCE OWNED BY; Schema: clinica_cardio_ritmo; Owner: -
--

ALTER SEQUENCE clinica_cardio_ritmo.teleconsultas_id_seq OWNED BY clinica_cardio_ritmo.teleconsultas.id;


--
-- Name: agendamentos; Type: TABLE; Schema: clinica_derma_pele; Owner: -
--

CREATE TABLE clinica_derma_pele.agendamentos (
    id integer NOT NULL,
    paciente_id integer NOT NULL,
    profissional_id integer NOT NULL,
    inicio timestamp with time zone NOT NULL,
    fim timestamp with time zone NOT NULL,
    status text DEFAULT 'agendado'::text NOT NULL,
    canal text DEFAULT 'presencial'::text NOT NULL
);


--
-- Name: agendamentos_id_seq; Type: SEQUENCE; Schema: clinica_derma_pele; Owner: -
--

CREATE SEQUENCE clinica_derma_pele.agendamentos_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: agendamentos_id_seq; Type: SEQUENCE OWNED BY; Schema: clinica_derma_pele; Owner: -
--

ALTER SEQUENCE clinica_derma_pele.agendamentos_id_seq OWNED BY clinica_derma_pele.agendamentos.id;


--
-- Name: evolucoes; Type: TABLE; Schema: clinica_derma_pele; Owner: -
--

CREATE TABLE clinica_derma_pele.evolucoes (
    id integer NOT NULL,
    paciente_id integer NOT NULL,
    profissional_id integer NOT NULL,
    agendamento_id integer,
    texto text NOT NULL,
    criado_em timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: evolucoes_id_seq; Type: SEQUENCE; Schema: clinica_derma_pele; Owner: -
--

CREATE SEQUENCE clinica_derma_pele.evolucoes_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: evolucoes_id_seq; Type: SEQUENCE OWNED BY; Schema: clinica_derma_pele; Owner: -
--

ALTER SEQUENCE clinica_derma_pele.evolucoes_id_seq OWNED BY clinica_derma_pele.evolucoes.id;


--
-- Name: pacientes; Type: TABLE; Schema: clinica_derma_pele; Owner: -
--

CREATE TABLE clinica_derma_pele.pacientes (
    id integer NOT NULL,
    nome text NOT NULL,
    cpf character(11) NOT NULL,
    data_nascimento date NOT NULL,
    telefone text,
    email text
);


--
-- Name: pacientes_id_seq; Type: SEQUENCE; Schema: clinica_derma_pele; Owner: -
--

CREATE SEQUENCE clinica_derma_pele.pacientes_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: pacientes_id_seq; Type: SEQUENCE OWNED BY; Schema: clinica_derma_pele; Owner: -
--

ALTER SEQUENCE clinica_derma_pele.pacientes_id_seq OWNED BY clinica_derma_pele.pacientes.id;


--
-- Name: profissionais; Type: TABLE; Schema: clinica_derma_pele; Owner: -
--

CREATE TABLE clinica_derma_pele.profissionais (
    id integer NOT NULL,
    nome text NOT NULL,
    especialidade text NOT NULL,
    registro text NOT NULL,
    ativo boolean DEFAULT true NOT NULL
);


--
-- Name: profissionais_id_seq; Type: SEQUENCE; Schema: clinica_derma_pele; Owner: -
--

CREATE SEQUENCE clinica_derma_pele.profissionais_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: profissionais_id_seq; Type: SEQUENCE OWNED BY; Schema: clinica_derma_pele; Owner: -
--

ALTER SEQUENCE clinica_derma_pele.profissionais_id_seq OWNED BY clinica_derma_pele.profissionais.id;


--
-- Name: teleconsultas; Type: TABLE; Schema: clinica_derma_pele; Owner: -
--

CREATE TABLE clinica_derma_pele.teleconsultas (
    id integer NOT NULL,
    agendamento_id integer NOT NULL,
    provedor text DEFAULT 'jitsi'::text NOT NULL,
    link_sala text NOT NULL,
    criado_em timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: teleconsultas_id_seq; Type: SEQUENCE; Schema: clinica_derma_pele; Owner: -
--

CREATE SEQUENCE clinica_derma_pele.teleconsultas_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: teleconsultas_id_seq; Type: SEQUENCE OWNED BY; Schema: clinica_derma_pele; Owner: -
--

ALTER SEQUENCE clinica_derma_pele.teleconsultas_id_seq OWNED BY clinica_derma_pele.teleconsultas.id;


--
-- Name: agendamentos; Type: TABLE; Schema: clinica_fisio_movimento; Owner: -
--

CREATE TABLE clinica_fisio_movimento.agendamentos (
    id integer NOT NULL,
    paciente_id integer NOT NULL,
    profissional_id integer NOT NULL,
    inicio timestamp with time zone NOT NULL,
    fim timestamp with time zone NOT NULL,
    status text DEFAULT 'agendado'::text NOT NULL,
    canal text DEFAULT 'presencial'::text NOT NULL
);


--
-- Name: agendamentos_id_seq; Type: SEQUENCE; Schema: clinica_fisio_movimento; Owner: -
--

CREATE SEQUENCE clinica_fisio_movimento.agendamentos_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: agendamentos_id_seq; Type: SEQUENCE OWNED BY; Schema: clinica_fisio_movimento; Owner: -
--

ALTER SEQUENCE clinica_fisio_movimento.agendamentos_id_seq OWNED BY clinica_fisio_movimento.agendamentos.id;


--
-- Name: evolucoes; Type: TABLE; Schema: clinica_fisio_movimento; Owner: -
--

CREATE TABLE clinica_fisio_movimento.evolucoes (
    id integer NOT NULL,
    paciente_id integer NOT NULL,
    profissional_id integer NOT NULL,
    agendamento_id integer,
    texto text NOT NULL,
    criado_em timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: evolucoes_id_seq; Type: SEQUENCE; Schema: clinica_fisio_movimento; Owner: -
--

CREATE SEQUENCE clinica_fisio_movimento.evolucoes_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: evolucoes_id_seq; Type: SEQUENCE OWNED BY; Schema: clinica_fisio_movimento; Owner: -
--

ALTER SEQUENCE clinica_fisio_movimento.evolucoes_id_seq OWNED BY clinica_fisio_movimento.evolucoes.id;


--
-- Name: pacientes; Type: TABLE; Schema: clinica_fisio_movimento; Owner: -
--

CREATE TABLE clinica_fisio_movimento.pacientes (
    id integer NOT NULL,
    nome text NOT NULL,
    cpf character(11) NOT NULL,
    data_nascimento date NOT NULL,
    telefone text,
    email text
);


--
-- Name: pacientes_id_seq; Type: SEQUENCE; Schema: clinica_fisio_movimento; Owner: -
--

CREATE SEQUENCE clinica_fisio_movimento.pacientes_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: pacientes_id_seq; Type: SEQUENCE OWNED BY; Schema: clinica_fisio_movimento; Owner: -
--

ALTER SEQUENCE clinica_fisio_movimento.pacientes_id_seq OWNED BY clinica_fisio_movimento.pacientes.id;


--
-- Name: profissionais; Type: TABLE; Schema: clinica_fisio_movimento; Owner: -
--

CREATE TABLE clinica_fisio_movimento.profissionais (
    id integer NOT NULL,
    nome text NOT NULL,
    especialidade text NOT NULL,
    registro text NOT NULL,
    ativo boolean DEFAULT true NOT NULL
);


--
-- Name: profissionais_id_seq; Type: SEQUENCE; Schema: clinica_fisio_movimento; Owner: -
--

CREATE SEQUENCE clinica_fisio_movimento.profissionais_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: profissionais_id_seq; Type: SEQUENCE OWNED BY; Schema: clinica_fisio_movimento; Owner: -
--

ALTER SEQUENCE clinica_fisio_movimento.profissionais_id_seq OWNED BY clinica_fisio_movimento.profissionais.id;


--
-- Name: teleconsultas; Type: TABLE; Schema: clinica_fisio_movimento; Owner: -
--

CREATE TABLE clinica_fisio_movimento.teleconsultas (
    id integer NOT NULL,
    agendamento_id integer NOT NULL,
    provedor text DEFAULT 'jitsi'::text NOT NULL,
    link_sala text NOT NULL,
    criado_em timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: teleconsultas_id_seq; Type: SEQUENCE; Schema: clinica_fisio_movimento; Owner: -
--

CREATE SEQUENCE clinica_fisio_movimento.teleconsultas_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: teleconsultas_id_seq; Type: SEQUENCE OWNED BY; Schema: clinica_fisio_movimento; Owner: -
--

ALTER SEQUENCE clinica_fisio_movimento.teleconsultas_id_seq OWNED BY clinica_fisio_movimento.teleconsultas.id;


--
-- Name: agendamentos; Type: TABLE; Schema: clinica_nutri_saude; Owner: -
--

CREATE TABLE clinica_nutri_saude.agendamentos (
    id integer NOT NULL,
    paciente_id integer NOT NULL,
    profissional_id integer NOT NULL,
    inicio timestamp with time zone NOT NULL,
    fim timestamp with time zone NOT NULL,
    status text DEFAULT 'agendado'::text NOT NULL,
    canal text DEFAULT 'presencial'::text NOT NULL
);


--
-- Name: agendamentos_id_seq; Type: SEQUENCE; Schema: clinica_nutri_saude; Owner: -
--

CREATE SEQUENCE clinica_nutri_saude.agendamentos_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: agendamentos_id_seq; Type: SEQUENCE OWNED BY; Schema: clinica_nutri_saude; Owner: -
--

ALTER SEQUENCE clinica_nutri_saude.agendamentos_id_seq OWNED BY clinica_nutri_saude.agendamentos.id;


--
-- Name: evolucoes; Type: TABLE; Schema: clinica_nutri_saude; Owner: -
--

CREATE TABLE clinica_nutri_saude.evolucoes (
    id integer NOT NULL,
    paciente_id integer NOT NULL,
    profissional_id integer NOT NULL,
    agendamento_id integer,
    texto text NOT NULL,
    criado_em timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: evolucoes_id_seq; Type: SEQUENCE; Schema: clinica_nutri_saude; Owner: -
--

CREATE SEQUENCE clinica_nutri_saude.evolucoes_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: evolucoes_id_seq; Type: SEQUENCE OWNED BY; Schema: clinica_nutri_saude; Owner: -
--

ALTER SEQUENCE clinica_nutri_saude.evolucoes_id_seq OWNED BY clinica_nutri_saude.evolucoes.id;


--
-- Name: pacientes; Type: TABLE; Schema: clinica_nutri_saude; Owner: -
--

CREATE TABLE clinica_nutri_saude.pacientes (
    id integer NOT NULL,
    nome text NOT NULL,
    cpf character(11) NOT NULL,
    data_nascimento date NOT NULL,
    telefone text,
    email text
);


--
-- Name: pacientes_id_seq; Type: SEQUENCE; Schema: clinica_nutri_saude; Owner: -
--

CREATE SEQUENCE clinica_nutri_saude.pacientes_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: pacientes_id_seq; Type: SEQUENCE OWNED BY; Schema: clinica_nutri_saude; Owner: -
--

ALTER SEQUENCE clinica_nutri_saude.pacientes_id_seq OWNED BY clinica_nutri_saude.pacientes.id;


--
-- Name: profissionais; Type: TABLE; Schema: clinica_nutri_saude; Owner: -
--

CREATE TABLE clinica_nutri_saude.profissionais (
    id integer NOT NULL,
    nome text NOT NULL,
    especialidade text NOT NULL,
    registro text NOT NULL,
    ativo boolean DEFAULT true NOT NULL
);


--
-- Name: profissionais_id_seq; Type: SEQUENCE; Schema: clinica_nutri_saude; Owner: -
--

CREATE SEQUENCE clinica_nutri_saude.profissionais_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: profissionais_id_seq; Type: SEQUENCE OWNED BY; Schema: clinica_nutri_saude; Owner: -
--

ALTER SEQUENCE clinica_nutri_saude.profissionais_id_seq OWNED BY clinica_nutri_saude.profissionais.id;


--
-- Name: teleconsultas; Type: TABLE; Schema: clinica_nutri_saude; Owner: -
--

CREATE TABLE clinica_nutri_saude.teleconsultas (
    id integer NOT NULL,
    agendamento_id integer NOT NULL,
    provedor text DEFAULT 'jitsi'::text NOT NULL,
    link_sala text NOT NULL,
    criado_em timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: teleconsultas_id_seq; Type: SEQUENCE; Schema: clinica_nutri_saude; Owner: -
--

CREATE SEQUENCE clinica_nutri_saude.teleconsultas_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: teleconsultas_id_seq; Type: SEQUENCE OWNED BY; Schema: clinica_nutri_saude; Owner: -
--

ALTER SEQUENCE clinica_nutri_saude.teleconsultas_id_seq OWNED BY clinica_nutri_saude.teleconsultas.id;


--
-- Name: agendamentos; Type: TABLE; Schema: clinica_odonto_sorriso; Owner: -
--

CREATE TABLE clinica_odonto_sorriso.agendamentos (
    id integer NOT NULL,
    paciente_id integer NOT NULL,
    profissional_id integer NOT NULL,
    inicio timestamp with time zone NOT NULL,
    fim timestamp with time zone NOT NULL,
    status text DEFAULT 'agendado'::text NOT NULL,
    canal text DEFAULT 'presencial'::text NOT NULL
);


--
-- Name: agendamentos_id_seq; Type: SEQUENCE; Schema: clinica_odonto_sorriso; Owner: -
--

CREATE SEQUENCE clinica_odonto_sorriso.agendamentos_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: agendamentos_id_seq; Type: SEQUENCE OWNED BY; Schema: clinica_odonto_sorriso; Owner: -
--

ALTER SEQUENCE clinica_odonto_sorriso.agendamentos_id_seq OWNED BY clinica_odonto_sorriso.agendamentos.id;


--
-- Name: evolucoes; Type: TABLE; Schema: clinica_odonto_sorriso; Owner: -
--

CREATE TABLE clinica_odonto_sorriso.evolucoes (
    id integer NOT NULL,
    paciente_id integer NOT NULL,
    profissional_id integer NOT NULL,
    agendamento_id integer,
    texto text NOT NULL,
    criado_em timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: evolucoes_id_seq; Type: SEQUENCE; Schema: clinica_odonto_sorriso; Owner: -
--

CREATE SEQUENCE clinica_odonto_sorriso.evolucoes_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: evolucoes_id_seq; Type: SEQUENCE OWNED BY; Schema: clinica_odonto_sorriso; Owner: -
--

ALTER SEQUENCE clinica_odonto_sorriso.evolucoes_id_seq OWNED BY clinica_odonto_sorriso.evolucoes.id;


--
-- Name: pacientes; Type: TABLE; Schema: clinica_odonto_sorriso; Owner: -
--

CREATE TABLE clinica_odonto_sorriso.pacientes (
    id integer NOT NULL,
    nome text NOT NULL,
    cpf character(11) NOT NULL,
    data_nascimento date NOT NULL,
    telefone text,
    email text
);


--
-- Name: pacientes_id_seq; Type: SEQUENCE; Schema: clinica_odonto_sorriso; Owner: -
--

CREATE SEQUENCE clinica_odonto_sorriso.pacientes_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: pacientes_id_seq; Type: SEQUENCE OWNED BY; Schema: clinica_odonto_sorriso; Owner: -
--

ALTER SEQUENCE clinica_odonto_sorriso.pacientes_id_seq OWNED BY clinica_odonto_sorriso.pacientes.id;


--
-- Name: profissionais; Type: TABLE; Schema: clinica_odonto_sorriso; Owner: -
--

CREATE TABLE clinica_odonto_sorriso.profissionais (
    id integer NOT NULL,
    nome text NOT NULL,
    especialidade text NOT NULL,
    registro text NOT NULL,
    ativo boolean DEFAULT true NOT NULL
);


--
-- Name: profissionais_id_seq; Type: SEQUENCE; Schema: clinica_odonto_sorriso; Owner: -
--

CREATE SEQUENCE clinica_odonto_sorriso.profissionais_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: profissionais_id_seq; Type: SEQUENCE OWNED BY; Schema: clinica_odonto_sorriso; Owner: -
--

ALTER SEQUENCE clinica_odonto_sorriso.profissionais_id_seq OWNED BY clinica_odonto_sorriso.profissionais.id;


--
-- Name: teleconsultas; Type: TABLE; Schema: clinica_odonto_sorriso; Owner: -
--

CREATE TABLE clinica_odonto_sorriso.teleconsultas (
    id integer NOT NULL,
    agendamento_id integer NOT NULL,
    provedor text DEFAULT 'jitsi'::text NOT NULL,
    link_sala text NOT NULL,
    criado_em timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: teleconsultas_id_seq; Type: SEQUENCE; Schema: clinica_odonto_sorriso; Owner: -
--

CREATE SEQUENCE clinica_odonto_sorriso.teleconsultas_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: teleconsultas_id_seq; Type: SEQUENCE OWNED BY; Schema: clinica_odonto_sorriso; Owner: -
--

ALTER SEQUENCE clinica_odonto_sorriso.teleconsultas_id_seq OWNED BY clinica_odonto_sorriso.teleconsultas.id;


--
-- Name: agendamentos; Type: TABLE; Schema: clinica_orto_passos; Owner: -
--

CREATE TABLE clinica_orto_passos.agendamentos (
    id integer NOT NULL,
    paciente_id integer NOT NULL,
    profissional_id integer NOT NULL,
    inicio timestamp with time zone NOT NULL,
    fim timestamp with time zone NOT NULL,
    status text DEFAULT 'agendado'::text NOT NULL,
    canal text DEFAULT 'presencial'::text NOT NULL
);


--
-- Name: agendamentos_id_seq; Type: SEQUENCE; Schema: clinica_orto_passos; Owner: -
--

CREATE SEQUENCE clinica_orto_passos.agendamentos_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: agendamentos_id_seq; Type: SEQUENCE OWNED BY; Schema: clinica_orto_passos; Owner: -
--

ALTER SEQUENCE clinica_orto_passos.agendamentos_id_seq OWNED BY clinica_orto_passos.agendamentos.id;


--
-- Name: evolucoes; Type: TABLE; Schema: clinica_orto_passos; Owner: -
--

CREATE TABLE clinica_orto_passos.evolucoes (
    id integer NOT NULL,
    paciente_id integer NOT NULL,
    profissional_id integer NOT NULL,
    agendamento_id integer,
    texto text NOT NULL,
    criado_em timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: evolucoes_id_seq; Type: SEQUENCE; Schema: clinica_orto_passos; Owner: -
--

CREATE SEQUENCE clinica_orto_passos.evolucoes_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: evolucoes_id_seq; Type: SEQUENCE OWNED BY; Schema: clinica_orto_passos; Owner: -
--

ALTER SEQUENCE clinica_orto_passos.evolucoes_id_seq OWNED BY clinica_orto_passos.evolucoes.id;


--
-- Name: pacientes; Type: TABLE; Schema: clinica_orto_passos; Owner: -
--

CREATE TABLE clinica_orto_passos.pacientes (
    id integer NOT NULL,
    nome text NOT NULL,
    cpf character(11) NOT NULL,
    data_nascimento date NOT NULL,
    telefone text,
    email text
);


--
-- Name: pacientes_id_seq; Type: SEQUENCE; Schema: clinica_orto_passos; Owner: -
--

CREATE SEQUENCE clinica_orto_passos.pacientes_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: pacientes_id_seq; Type: SEQUENCE OWNED BY; Schema: clinica_orto_passos; Owner: -
--

ALTER SEQUENCE clinica_orto_passos.pacientes_id_seq OWNED BY clinica_orto_passos.pacientes.id;


--
-- Name: profissionais; Type: TABLE; Schema: clinica_orto_passos; Owner: -
--

CREATE TABLE clinica_orto_passos.profissionais (
    id integer NOT NULL,
    nome text NOT NULL,
    especialidade text NOT NULL,
    registro text NOT NULL,
    ativo boolean DEFAULT true NOT NULL
);


--
-- Name: profissionais_id_seq; Type: SEQUENCE; Schema: clinica_orto_passos; Owner: -
--

CREATE SEQUENCE clinica_orto_passos.profissionais_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: profissionais_id_seq; Type: SEQUENCE OWNED BY; Schema: clinica_orto_passos; Owner: -
--

ALTER SEQUENCE clinica_orto_passos.profissionais_id_seq OWNED BY clinica_orto_passos.profissionais.id;


--
-- Name: teleconsultas; Type: TABLE; Schema: clinica_orto_passos; Owner: -
--

CREATE TABLE clinica_orto_passos.teleconsultas (
    id integer NOT NULL,
    agendamento_id integer NOT NULL,
    provedor text DEFAULT 'jitsi'::text NOT NULL,
    link_sala text NOT NULL,
    criado_em timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: teleconsultas_id_seq; Type: SEQUENCE; Schema: clinica_orto_passos; Owner: -
--

CREATE SEQUENCE clinica_orto_passos.teleconsultas_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: teleconsultas_id_seq; Type: SEQUENCE OWNED BY; Schema: clinica_orto_passos; Owner: -
--

ALTER SEQUENCE clinica_orto_passos.teleconsultas_id_seq OWNED BY clinica_orto_passos.teleconsultas.id;


--
-- Name: agendamentos; Type: TABLE; Schema: clinica_pediatria_crescer; Owner: -
--

CREATE TABLE clinica_pediatria_crescer.agendamentos (
    id integer NOT NULL,
    paciente_id integer NOT NULL,
    profissional_id integer NOT NULL,
    inicio timestamp with time zone NOT NULL,
    fim timestamp with time zone NOT NULL,
    status text DEFAULT 'agendado'::text NOT NULL,
    canal text DEFAULT 'presencial'::text NOT NULL
);


--
-- Name: agendamentos_id_seq; Type: SEQUENCE; Schema: clinica_pediatria_crescer; Owner: -
--

CREATE SEQUENCE clinica_pediatria_crescer.agendamentos_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: agendamentos_id_seq; Type: SEQUENCE OWNED BY; Schema: clinica_pediatria_crescer; Owner: -
--

ALTER SEQUENCE clinica_pediatria_crescer.agendamentos_id_seq OWNED BY clinica_pediatria_crescer.agendamentos.id;


--
-- Name: evolucoes; Type: TABLE; Schema: clinica_pediatria_crescer; Owner: -
--

CREATE TABLE clinica_pediatria_crescer.evolucoes (
    id integer NOT NULL,
    paciente_id integer NOT NULL,
    profissional_id integer NOT NULL,
    agendamento_id integer,
    texto text NOT NULL,
    criado_em timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: evolucoes_id_seq; Type: SEQUENCE; Schema: clinica_pediatria_crescer; Owner: -
--

CREATE SEQUENCE clinica_pediatria_crescer.evolucoes_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: evolucoes_id_seq; Type: SEQUENCE OWNED BY; Schema: clinica_pediatria_crescer; Owner: -
--

ALTER SEQUENCE clinica_pediatria_crescer.evolucoes_id_seq OWNED BY clinica_pediatria_crescer.evolucoes.id;


--
-- Name: pacientes; Type: TABLE; Schema: clinica_pediatria_crescer; Owner: -
--

CREATE TABLE clinica_pediatria_crescer.pacientes (
    id integer NOT NULL,
    nome text NOT NULL,
    cpf character(11) NOT NULL,
    data_nascimento date NOT NULL,
    telefone text,
    email text
);


--
-- Name: pacientes_id_seq; Type: SEQUENCE; Schema: clinica_pediatria_crescer; Owner: -
--

CREATE SEQUENCE clinica_pediatria_crescer.pacientes_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: pacientes_id_seq; Type: SEQUENCE OWNED BY; Schema: clinica_pediatria_crescer; Owner: -
--

ALTER SEQUENCE clinica_pediatria_crescer.pacientes_id_seq OWNED BY clinica_pediatria_crescer.pacientes.id;


--
-- Name: profissionais; Type: TABLE; Schema: clinica_pediatria_crescer; Owner: -
--

CREATE TABLE clinica_pediatria_crescer.profissionais (
    id integer NOT NULL,
    nome text NOT NULL,
    especialidade text NOT NULL,
    registro text NOT NULL,
    ativo boolean DEFAULT true NOT NULL
);


--
-- Name: profissionais_id_seq; Type: SEQUENCE; Schema: clinica_pediatria_crescer; Owner: -
--

CREATE SEQUENCE clinica_pediatria_crescer.profissionais_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: profissionais_id_seq; Type: SEQUENCE OWNED BY; Schema: clinica_pediatria_crescer; Owner: -
--

ALTER SEQUENCE clinica_pediatria_crescer.profissionais_id_seq OWNED BY clinica_pediatria_crescer.profissionais.id;


--
-- Name: teleconsultas; Type: TABLE; Schema: clinica_pediatria_crescer; Owner: -
--

CREATE TABLE clinica_pediatria_crescer.teleconsultas (
    id integer NOT NULL,
    agendamento_id integer NOT NULL,
    provedor text DEFAULT 'jitsi'::text NOT NULL,
    link_sala text NOT NULL,
    criado_em timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: teleconsultas_id_seq; Type: SEQUENCE; Schema: clinica_pediatria_crescer; Owner: -
--

CREATE SEQUENCE clinica_pediatria_crescer.teleconsultas_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: teleconsultas_id_seq; Type: SEQUENCE OWNED BY; Schema: clinica_pediatria_crescer; Owner: -
--

ALTER SEQUENCE clinica_pediatria_crescer.teleconsultas_id_seq OWNED BY clinica_pediatria_crescer.teleconsultas.id;


--
-- Name: agendamentos; Type: TABLE; Schema: clinica_psico_equilibrio; Owner: -
--

CREATE TABLE clinica_psico_equilibrio.agendamentos (
    id integer NOT NULL,
    paciente_id integer NOT NULL,
    profissional_id integer NOT NULL,
    inicio timestamp with time zone NOT NULL,
    fim timestamp with time zone NOT NULL,
    status text DEFAULT 'agendado'::text NOT NULL,
    canal text DEFAULT 'presencial'::text NOT NULL
);


--
-- Name: agendamentos_id_seq; Type: SEQUENCE; Schema: clinica_psico_equilibrio; Owner: -
--

CREATE SEQUENCE clinica_psico_equilibrio.agendamentos_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: agendamentos_id_seq; Type: SEQUENCE OWNED BY; Schema: clinica_psico_equilibrio; Owner: -
--

ALTER SEQUENCE clinica_psico_equilibrio.agendamentos_id_seq OWNED BY clinica_psico_equilibrio.agendamentos.id;


--
-- Name: evolucoes; Type: TABLE; Schema: clinica_psico_equilibrio; Owner: -
--

CREATE TABLE clinica_psico_equilibrio.evolucoes (
    id integer NOT NULL,
    paciente_id integer NOT NULL,
    profissional_id integer NOT NULL,
    agendamento_id integer,
    texto text NOT NULL,
    criado_em timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: evolucoes_id_seq; Type: SEQUENCE; Schema: clinica_psico_equilibrio; Owner: -
--

CREATE SEQUENCE clinica_psico_equilibrio.evolucoes_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: evolucoes_id_seq; Type: SEQUENCE OWNED BY; Schema: clinica_psico_equilibrio; Owner: -
--

ALTER SEQUENCE clinica_psico_equilibrio.evolucoes_id_seq OWNED BY clinica_psico_equilibrio.evolucoes.id;


--
-- Name: pacientes; Type: TABLE; Schema: clinica_psico_equilibrio; Owner: -
--

CREATE TABLE clinica_psico_equilibrio.pacientes (
    id integer NOT NULL,
    nome text NOT NULL,
    cpf character(11) NOT NULL,
    data_nascimento date NOT NULL,
    telefone text,
    email text
);


--
-- Name: pacientes_id_seq; Type: SEQUENCE; Schema: clinica_psico_equilibrio; Owner: -
--

CREATE SEQUENCE clinica_psico_equilibrio.pacientes_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: pacientes_id_seq; Type: SEQUENCE OWNED BY; Schema: clinica_psico_equilibrio; Owner: -
--

ALTER SEQUENCE clinica_psico_equilibrio.pacientes_id_seq OWNED BY clinica_psico_equilibrio.pacientes.id;


--
-- Name: profissionais; Type: TABLE; Schema: clinica_psico_equilibrio; Owner: -
--

CREATE TABLE clinica_psico_equilibrio.profissionais (
    id integer NOT NULL,
    nome text NOT NULL,
    especialidade text NOT NULL,
    registro text NOT NULL,
    ativo boolean DEFAULT true NOT NULL
);


--
-- Name: profissionais_id_seq; Type: SEQUENCE; Schema: clinica_psico_equilibrio; Owner: -
--

CREATE SEQUENCE clinica_psico_equilibrio.profissionais_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: profissionais_id_seq; Type: SEQUENCE OWNED BY; Schema: clinica_psico_equilibrio; Owner: -
--

ALTER SEQUENCE clinica_psico_equilibrio.profissionais_id_seq OWNED BY clinica_psico_equilibrio.profissionais.id;


--
-- Name: teleconsultas; Type: TABLE; Schema: clinica_psico_equilibrio; Owner: -
--

CREATE TABLE clinica_psico_equilibrio.teleconsultas (
    id integer NOT NULL,
    agendamento_id integer NOT NULL,
    provedor text DEFAULT 'jitsi'::text NOT NULL,
    link_sala text NOT NULL,
    criado_em timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: teleconsultas_id_seq; Type: SEQUENCE; Schema: clinica_psico_equilibrio; Owner: -
--

CREATE SEQUENCE clinica_psico_equilibrio.teleconsultas_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: teleconsultas_id_seq; Type: SEQUENCE OWNED BY; Schema: clinica_psico_equilibrio; Owner: -
--

ALTER SEQUENCE clinica_psico_equilibrio.teleconsultas_id_seq OWNED BY clinica_psico_equilibrio.teleconsultas.id;


--
-- Name: agendamentos; Type: TABLE; Schema: clinica_santa_clara; Owner: -
--

CREATE TABLE clinica_santa_clara.agendamentos (
    id integer NOT NULL,
    paciente_id integer NOT NULL,
    profissional_id integer NOT NULL,
    inicio timestamp with time zone NOT NULL,
    fim timestamp with time zone NOT NULL,
    status text DEFAULT 'agendado'::text NOT NULL,
    canal text DEFAULT 'presencial'::text NOT NULL
);


--
-- Name: agendamentos_id_seq; Type: SEQUENCE; Schema: clinica_santa_clara; Owner: -
--

CREATE SEQUENCE clinica_santa_clara.agendamentos_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: agendamentos_id_seq; Type: SEQUENCE OWNED BY; Schema: clinica_santa_clara; Owner: -
--

ALTER SEQUENCE clinica_santa_clara.agendamentos_id_seq OWNED BY clinica_santa_clara.agendamentos.id;


--
-- Name: evolucoes; Type: TABLE; Schema: clinica_santa_clara; Owner: -
--

CREATE TABLE clinica_santa_clara.evolucoes (
    id integer NOT NULL,
    paciente_id integer NOT NULL,
    profissional_id integer NOT NULL,
    agendamento_id integer,
    texto text NOT NULL,
    criado_em timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: evolucoes_id_seq; Type: SEQUENCE; Schema: clinica_santa_clara; Owner: -
--

CREATE SEQUENCE clinica_santa_clara.evolucoes_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: evolucoes_id_seq; Type: SEQUENCE OWNED BY; Schema: clinica_santa_clara; Owner: -
--

ALTER SEQUENCE clinica_santa_clara.evolucoes_id_seq OWNED BY clinica_santa_clara.evolucoes.id;


--
-- Name: pacientes; Type: TABLE; Schema: clinica_santa_clara; Owner: -
--

CREATE TABLE clinica_santa_clara.pacientes (
    id integer NOT NULL,
    nome text NOT NULL,
    cpf character(11) NOT NULL,
    data_nascimento date NOT NULL,
    telefone text,
    email text
);


--
-- Name: pacientes_id_seq; Type: SEQUENCE; Schema: clinica_santa_clara; Owner: -
--

CREATE SEQUENCE clinica_santa_clara.pacientes_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: pacientes_id_seq; Type: SEQUENCE OWNED BY; Schema: clinica_santa_clara; Owner: -
--

ALTER SEQUENCE clinica_santa_clara.pacientes_id_seq OWNED BY clinica_santa_clara.pacientes.id;


--
-- Name: profissionais; Type: TABLE; Schema: clinica_santa_clara; Owner: -
--

CREATE TABLE clinica_santa_clara.profissionais (
    id integer NOT NULL,
    nome text NOT NULL,
    especialidade text NOT NULL,
    registro text NOT NULL,
    ativo boolean DEFAULT true NOT NULL
);


--
-- Name: profissionais_id_seq; Type: SEQUENCE; Schema: clinica_santa_clara; Owner: -
--

CREATE SEQUENCE clinica_santa_clara.profissionais_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: profissionais_id_seq; Type: SEQUENCE OWNED BY; Schema: clinica_santa_clara; Owner: -
--

ALTER SEQUENCE clinica_santa_clara.profissionais_id_seq OWNED BY clinica_santa_clara.profissionais.id;


--
-- Name: teleconsultas; Type: TABLE; Schema: clinica_santa_clara; Owner: -
--

CREATE TABLE clinica_santa_clara.teleconsultas (
    id integer NOT NULL,
    agendamento_id integer NOT NULL,
    provedor text DEFAULT 'jitsi'::text NOT NULL,
    link_sala text NOT NULL,
    criado_em timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: teleconsultas_id_seq; Type: SEQUENCE; Schema: clinica_santa_clara; Owner: -
--

CREATE SEQUENCE clinica_santa_clara.teleconsultas_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: teleconsultas_id_seq; Type: SEQUENCE OWNED BY; Schema: clinica_santa_clara; Owner: -
--

ALTER SEQUENCE clinica_santa_clara.teleconsultas_id_seq OWNED BY clinica_santa_clara.teleconsultas.id;


--
-- Name: agendamentos; Type: TABLE; Schema: clinica_sao_lucas; Owner: -
--

CREATE TABLE clinica_sao_lucas.agendamentos (
    id integer NOT NULL,
    paciente_id integer NOT NULL,
    profissional_id integer NOT NULL,
    inicio timestamp with time zone NOT NULL,
    fim timestamp with time zone NOT NULL,
    status text DEFAULT 'agendado'::text NOT NULL,
    canal text DEFAULT 'presencial'::text NOT NULL
);


--
-- Name: agendamentos_id_seq; Type: SEQUENCE; Schema: clinica_sao_lucas; Owner: -
--

CREATE SEQUENCE clinica_sao_lucas.agendamentos_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: agendamentos_id_seq; Type: SEQUENCE OWNED BY; Schema: clinica_sao_lucas; Owner: -
--

ALTER SEQUENCE clinica_sao_lucas.agendamentos_id_seq OWNED BY clinica_sao_lucas.agendamentos.id;


--
-- Name: evolucoes; Type: TABLE; Schema: clinica_sao_lucas; Owner: -
--

CREATE TABLE clinica_sao_lucas.evolucoes (
    id integer NOT NULL,
    paciente_id integer NOT NULL,
    profissional_id integer NOT NULL,
    agendamento_id integer,
    texto text NOT NULL,
    criado_em timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: evolucoes_id_seq; Type: SEQUENCE; Schema: clinica_sao_lucas; Owner: -
--

CREATE SEQUENCE clinica_sao_lucas.evolucoes_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: evolucoes_id_seq; Type: SEQUENCE OWNED BY; Schema: clinica_sao_lucas; Owner: -
--

ALTER SEQUENCE clinica_sao_lucas.evolucoes_id_seq OWNED BY clinica_sao_lucas.evolucoes.id;


--
-- Name: pacientes; Type: TABLE; Schema: clinica_sao_lucas; Owner: -
--

CREATE TABLE clinica_sao_lucas.pacientes (
    id integer NOT NULL,
    nome text NOT NULL,
    cpf character(11) NOT NULL,
    data_nascimento date NOT NULL,
    telefone text,
    email text
);


--
-- Name: pacientes_id_seq; Type: SEQUENCE; Schema: clinica_sao_lucas; Owner: -
--

CREATE SEQUENCE clinica_sao_lucas.pacientes_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: pacientes_id_seq; Type: SEQUENCE OWNED BY; Schema: clinica_sao_lucas; Owner: -
--

ALTER SEQUENCE clinica_sao_lucas.pacientes_id_seq OWNED BY clinica_sao_lucas.pacientes.id;


--
-- Name: profissionais; Type: TABLE; Schema: clinica_sao_lucas; Owner: -
--

CREATE TABLE clinica_sao_lucas.profissionais (
    id integer NOT NULL,
    nome text NOT NULL,
    especialidade text NOT NULL,
    registro text NOT NULL,
    ativo boolean DEFAULT true NOT NULL
);


--
-- Name: profissionais_id_seq; Type: SEQUENCE; Schema: clinica_sao_lucas; Owner: -
--

CREATE SEQUENCE clinica_sao_lucas.profissionais_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: profissionais_id_seq; Type: SEQUENCE OWNED BY; Schema: clinica_sao_lucas; Owner: -
--

ALTER SEQUENCE clinica_sao_lucas.profissionais_id_seq OWNED BY clinica_sao_lucas.profissionais.id;


--
-- Name: teleconsultas; Type: TABLE; Schema: clinica_sao_lucas; Owner: -
--

CREATE TABLE clinica_sao_lucas.teleconsultas (
    id integer NOT NULL,
    agendamento_id integer NOT NULL,
    provedor text DEFAULT 'jitsi'::text NOT NULL,
    link_sala text NOT NULL,
    criado_em timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: teleconsultas_id_seq; Type: SEQUENCE; Schema: clinica_sao_lucas; Owner: -
--

CREATE SEQUENCE clinica_sao_lucas.teleconsultas_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: teleconsultas_id_seq; Type: SEQUENCE OWNED BY; Schema: clinica_sao_lucas; Owner: -
--

ALTER SEQUENCE clinica_sao_lucas.teleconsultas_id_seq OWNED BY clinica_sao_lucas.teleconsultas.id;


--
-- Name: agendamentos; Type: TABLE; Schema: clinica_vida_plena; Owner: -
--

CREATE TABLE clinica_vida_plena.agendamentos (
    id integer NOT NULL,
    paciente_id integer NOT NULL,
    profissional_id integer NOT NULL,
    inicio timestamp with time zone NOT NULL,
    fim timestamp with time zone NOT NULL,
    status text DEFAULT 'agendado'::text NOT NULL,
    canal text DEFAULT 'presencial'::text NOT NULL
);


--
-- Name: agendamentos_id_seq; Type: SEQUENCE; Schema: clinica_vida_plena; Owner: -
--

CREATE SEQUENCE clinica_vida_plena.agendamentos_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: agendamentos_id_seq; Type: SEQUENCE OWNED BY; Schema: clinica_vida_plena; Owner: -
--

ALTER SEQUENCE clinica_vida_plena.agendamentos_id_seq OWNED BY clinica_vida_plena.agendamentos.id;


--
-- Name: evolucoes; Type: TABLE; Schema: clinica_vida_plena; Owner: -
--

CREATE TABLE clinica_vida_plena.evolucoes (
    id integer NOT NULL,
    paciente_id integer NOT NULL,
    profissional_id integer NOT NULL,
    agendamento_id integer,
    texto text NOT NULL,
    criado_em timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: evolucoes_id_seq; Type: SEQUENCE; Schema: clinica_vida_plena; Owner: -
--

CREATE SEQUENCE clinica_vida_plena.evolucoes_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: evolucoes_id_seq; Type: SEQUENCE OWNED BY; Schema: clinica_vida_plena; Owner: -
--

ALTER SEQUENCE clinica_vida_plena.evolucoes_id_seq OWNED BY clinica_vida_plena.evolucoes.id;


--
-- Name: pacientes; Type: TABLE; Schema: clinica_vida_plena; Owner: -
--

CREATE TABLE clinica_vida_plena.pacientes (
    id integer NOT NULL,
    nome text NOT NULL,
    cpf character(11) NOT NULL,
    data_nascimento date NOT NULL,
    telefone text,
    email text
);


--
-- Name: pacientes_id_seq; Type: SEQUENCE; Schema: clinica_vida_plena; Owner: -
--

CREATE SEQUENCE clinica_vida_plena.pacientes_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: pacientes_id_seq; Type: SEQUENCE OWNED BY; Schema: clinica_vida_plena; Owner: -
--

ALTER SEQUENCE clinica_vida_plena.pacientes_id_seq OWNED BY clinica_vida_plena.pacientes.id;


--
-- Name: profissionais; Type: TABLE; Schema: clinica_vida_plena; Owner: -
--

CREATE TABLE clinica_vida_plena.profissionais (
    id integer NOT NULL,
    nome text NOT NULL,
    especialidade text NOT NULL,
    registro text NOT NULL,
    ativo boolean DEFAULT true NOT NULL
);


--
-- Name: profissionais_id_seq; Type: SEQUENCE; Schema: clinica_vida_plena; Owner: -
--

CREATE SEQUENCE clinica_vida_plena.profissionais_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: profissionais_id_seq; Type: SEQUENCE OWNED BY; Schema: clinica_vida_plena; Owner: -
--

ALTER SEQUENCE clinica_vida_plena.profissionais_id_seq OWNED BY clinica_vida_plena.profissionais.id;


--
-- Name: teleconsultas; Type: TABLE; Schema: clinica_vida_plena; Owner: -
--

CREATE TABLE clinica_vida_plena.teleconsultas (
    id integer NOT NULL,
    agendamento_id integer NOT NULL,
    provedor text DEFAULT 'jitsi'::text NOT NULL,
    link_sala text NOT NULL,
    criado_em timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: teleconsultas_id_seq; Type: SEQUENCE; Schema: clinica_vida_plena; Owner: -
--

CREATE SEQUENCE clinica_vida_plena.teleconsultas_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: teleconsultas_id_seq; Type: SEQUENCE OWNED BY; Schema: clinica_vida_plena; Owner: -
--

ALTER SEQUENCE clinica_vida_plena.teleconsultas_id_seq OWNED BY clinica_vida_plena.teleconsultas.id;


--
-- Name: clinicas; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.clinicas (
    id integer NOT NULL,
    nome text NOT NULL,
    schema_nome text NOT NULL,
    plano text NOT NULL,
    ativo boolean DEFAULT true NOT NULL
);


--
-- Name: clinicas_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.clinicas_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: clinicas_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.clinicas_id_seq OWNED BY public.clinicas.id;


--
-- Name: migracoes; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.migracoes (
    schema_nome text NOT NULL,
    versao text NOT NULL,
    aplicada_em timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: agendamentos id; Type: DEFAULT; Schema: clinica_bem_estar; Owner: -
--

ALTER TABLE ONLY clinica_bem_estar.agendamentos ALTER COLUMN id SET DEFAULT nextval('clinica_bem_estar.agendamentos_id_seq'::regclass);


--
-- Name: evolucoes id; Type: DEFAULT; Schema: clinica_bem_estar; Owner: -
--

ALTER TABLE ONLY clinica_bem_estar.evolucoes ALTER COLUMN id SET DEFAULT nextval('clinica_bem_estar.evolucoes_id_seq'::regclass);


--
-- Name: pacientes id; Type: DEFAULT; Schema: clinica_bem_estar; Owner: -
--

ALTER TABLE ONLY clinica_bem_estar.pacientes ALTER COLUMN id SET DEFAULT nextval('clinica_bem_estar.pacientes_id_seq'::regclass);


--
-- Name: profissionais id; Type: DEFAULT; Schema: clinica_bem_estar; Owner: -
--

ALTER TABLE ONLY clinica_bem_estar.profissionais ALTER COLUMN id SET DEFAULT nextval('clinica_bem_estar.profissionais_id_seq'::regclass);


--
-- Name: teleconsultas id; Type: DEFAULT; Schema: clinica_bem_estar; Owner: -
--

ALTER TABLE ONLY clinica_bem_estar.teleconsultas ALTER COLUMN id SET DEFAULT nextval('clinica_bem_estar.teleconsultas_id_seq'::regclass);


--
-- Name: agendamentos id; Type: DEFAULT; Schema: clinica_cardio_ritmo; Owner: -
--

ALTER TABLE ONLY clinica_cardio_ritmo.agendamentos ALTER COLUMN id SET DEFAULT nextval('clinica_cardio_ritmo.agendamentos_id_seq'::regclass);


--
-- Name: evolucoes id; Type: DEFAULT; Schema: clinica_cardio_ritmo; Owner: -
--

ALTER TABLE ONLY clinica_cardio_ritmo.evolucoes ALTER COLUMN id SET DEFAULT nextval('clinica_cardio_ritmo.evolucoes_id_seq'::regclass);


--
-- Name: pacientes id; Type: DEFAULT; Schema: clinica_cardio_ritmo; Owner: -
--

ALTER TABLE ONLY clinica_cardio_ritmo.pacientes ALTER COLUMN id SET DEFAULT nextval('clinica_cardio_ritmo.pacientes_id_seq'::regclass);


--
-- Name: profissionais id; Type: DEFAULT; Schema: clinica_cardio_ritmo; Owner: -
--

ALTER TABLE ONLY clinica_cardio_ritmo.profissionais ALTER COLUMN id SET DEFAULT nextval('clinica_cardio_ritmo.profissionais_id_seq'::regclass);


--
-- Name: teleconsultas id; Type: DEFAULT; Schema: clinica_cardio_ritmo; Owner: -
--

ALTER TABLE ONLY clinica_cardio_ritmo.teleconsultas ALTER COLUMN id SET DEFAULT nextval('clinica_cardio_ritmo.teleconsultas_id_seq'::regclass);


--
-- Name: agendamentos id; Type: DEFAULT; Schema: clinica_derma_pele; Owner: -
--

ALTER TABLE ONLY clinica_derma_pele.agendamentos ALTER COLUMN id SET DEFAULT nextval('clinica_derma_pele.agendamentos_id_seq'::regclass);


--
-- Name: evolucoes id; Type: DEFAULT; Schema: clinica_derma_pele; Owner: -
--

ALTER TABLE ONLY clinica_derma_pele.evolucoes ALTER COLUMN id SET DEFAULT nextval('clinica_derma_pele.evolucoes_id_seq'::regclass);


--
-- Name: pacientes id; Type: DEFAULT; Schema: clinica_derma_pele; Owner: -
--

ALTER TABLE ONLY clinica_derma_pele.pacientes ALTER COLUMN id SET DEFAULT nextval('clinica_derma_pele.pacientes_id_seq'::regclass);


--
-- Name: profissionais id; Type: DEFAULT; Schema: clinica_derma_pele; Owner: -
--

ALTER TABLE ONLY clinica_derma_pele.profissionais ALTER COLUMN id SET DEFAULT nextval('clinica_derma_pele.profissionais_id_seq'::regclass);


--
-- Name: teleconsultas id; Type: DEFAULT; Schema: clinica_derma_pele; Owner: -
--

ALTER TABLE ONLY clinica_derma_pele.teleconsultas ALTER COLUMN id SET DEFAULT nextval('clinica_derma_pele.teleconsultas_id_seq'::regclass);


--
-- Name: agendamentos id; Type: DEFAULT; Schema: clinica_fisio_movimento; Owner: -
--

ALTER TABLE ONLY clinica_fisio_movimento.agendamentos ALTER COLUMN id SET DEFAULT nextval('clinica_fisio_movimento.agendamentos_id_seq'::regclass);


--
-- Name: evolucoes id; Type: DEFAULT; Schema: clinica_fisio_movimento; Owner: -
--

ALTER TABLE ONLY clinica_fisio_movimento.evolucoes ALTER COLUMN id SET DEFAULT nextval('clinica_fisio_movimento.evolucoes_id_seq'::regclass);


--
-- Name: pacientes id; Type: DEFAULT; Schema: clinica_fisio_movimento; Owner: -
--

ALTER TABLE ONLY clinica_fisio_movimento.pacientes ALTER COLUMN id SET DEFAULT nextval('clinica_fisio_movimento.pacientes_id_seq'::regclass);


--
-- Name: profissionais id; Type: DEFAULT; Schema: clinica_fisio_movimento; Owner: -
--

ALTER TABLE ONLY clinica_fisio_movimento.profissionais ALTER COLUMN id SET DEFAULT nextval('clinica_fisio_movimento.profissionais_id_seq'::regclass);


--
-- Name: teleconsultas id; Type: DEFAULT; Schema: clinica_fisio_movimento; Owner: -
--

ALTER TABLE ONLY clinica_fisio_movimento.teleconsultas ALTER COLUMN id SET DEFAULT nextval('clinica_fisio_movimento.teleconsultas_id_seq'::regclass);


--
-- Name: agendamentos id; Type: DEFAULT; Schema: clinica_nutri_saude; Owner: -
--

ALTER TABLE ONLY clinica_nutri_saude.agendamentos ALTER COLUMN id SET DEFAULT nextval('clinica_nutri_saude.agendamentos_id_seq'::regclass);


--
-- Name: evolucoes id; Type: DEFAULT; Schema: clinica_nutri_saude; Owner: -
--

ALTER TABLE ONLY clinica_nutri_saude.evolucoes ALTER COLUMN id SET DEFAULT nextval('clinica_nutri_saude.evolucoes_id_seq'::regclass);


--
-- Name: pacientes id; Type: DEFAULT; Schema: clinica_nutri_saude; Owner: -
--

ALTER TABLE ONLY clinica_nutri_saude.pacientes ALTER COLUMN id SET DEFAULT nextval('clinica_nutri_saude.pacientes_id_seq'::regclass);


--
-- Name: profissionais id; Type: DEFAULT; Schema: clinica_nutri_saude; Owner: -
--

ALTER TABLE ONLY clinica_nutri_saude.profissionais ALTER COLUMN id SET DEFAULT nextval('clinica_nutri_saude.profissionais_id_seq'::regclass);


--
-- Name: teleconsultas id; Type: DEFAULT; Schema: clinica_nutri_saude; Owner: -
--

ALTER TABLE ONLY clinica_nutri_saude.teleconsultas ALTER COLUMN id SET DEFAULT nextval('clinica_nutri_saude.teleconsultas_id_seq'::regclass);


--
-- Name: agendamentos id; Type: DEFAULT; Schema: clinica_odonto_sorriso; Owner: -
--

ALTER TABLE ONLY clinica_odonto_sorriso.agendamentos ALTER COLUMN id SET DEFAULT nextval('clinica_odonto_sorriso.agendamentos_id_seq'::regclass);


--
-- Name: evolucoes id; Type: DEFAULT; Schema: clinica_odonto_sorriso; Owner: -
--

ALTER TABLE ONLY clinica_odonto_sorriso.evolucoes ALTER COLUMN id SET DEFAULT nextval('clinica_odonto_sorriso.evolucoes_id_seq'::regclass);


--
-- Name: pacientes id; Type: DEFAULT; Schema: clinica_odonto_sorriso; Owner: -
--

ALTER TABLE ONLY clinica_odonto_sorriso.pacientes ALTER COLUMN id SET DEFAULT nextval('clinica_odonto_sorriso.pacientes_id_seq'::regclass);


--
-- Name: profissionais id; Type: DEFAULT; Schema: clinica_odonto_sorriso; Owner: -
--

ALTER TABLE ONLY clinica_odonto_sorriso.profissionais ALTER COLUMN id SET DEFAULT nextval('clinica_odonto_sorriso.profissionais_id_seq'::regclass);


--
-- Name: teleconsultas id; Type: DEFAULT; Schema: clinica_odonto_sorriso; Owner: -
--

ALTER TABLE ONLY clinica_odonto_sorriso.teleconsultas ALTER COLUMN id SET DEFAULT nextval('clinica_odonto_sorriso.teleconsultas_id_seq'::regclass);


--
-- Name: agendamentos id; Type: DEFAULT; Schema: clinica_orto_passos; Owner: -
--

ALTER TABLE ONLY clinica_orto_passos.agendamentos ALTER COLUMN id SET DEFAULT nextval('clinica_orto_passos.agendamentos_id_seq'::regclass);


--
-- Name: evolucoes id; Type: DEFAULT; Schema: clinica_orto_passos; Owner: -
--

ALTER TABLE ONLY clinica_orto_passos.evolucoes ALTER COLUMN id SET DEFAULT nextval('clinica_orto_passos.evolucoes_id_seq'::regclass);


--
-- Name: pacientes id; Type: DEFAULT; Schema: clinica_orto_passos; Owner: -
--

ALTER TABLE ONLY clinica_orto_passos.pacientes ALTER COLUMN id SET DEFAULT nextval('clinica_orto_passos.pacientes_id_seq'::regclass);


--
-- Name: profissionais id; Type: DEFAULT; Schema: clinica_orto_passos; Owner: -
--

ALTER TABLE ONLY clinica_orto_passos.profissionais ALTER COLUMN id SET DEFAULT nextval('clinica_orto_passos.profissionais_id_seq'::regclass);


--
-- Name: teleconsultas id; Type: DEFAULT; Schema: clinica_orto_passos; Owner: -
--

ALTER TABLE ONLY clinica_orto_passos.teleconsultas ALTER COLUMN id SET DEFAULT nextval('clinica_orto_passos.teleconsultas_id_seq'::regclass);


--
-- Name: agendamentos id; Type: DEFAULT; Schema: clinica_pediatria_crescer; Owner: -
--

ALTER TABLE ONLY clinica_pediatria_crescer.agendamentos ALTER COLUMN id SET DEFAULT nextval('clinica_pediatria_crescer.agendamentos_id_seq'::regclass);


--
-- Name: evolucoes id; Type: DEFAULT; Schema: clinica_pediatria_crescer; Owner: -
--

ALTER TABLE ONLY clinica_pediatria_crescer.evolucoes ALTER COLUMN id SET DEFAULT nextval('clinica_pediatria_crescer.evolucoes_id_seq'::regclass);


--
-- Name: pacientes id; Type: DEFAULT; Schema: clinica_pediatria_crescer; Owner: -
--

ALTER TABLE ONLY clinica_pediatria_crescer.pacientes ALTER COLUMN id SET DEFAULT nextval('clinica_pediatria_crescer.pacientes_id_seq'::regclass);


--
-- Name: profissionais id; Type: DEFAULT; Schema: clinica_pediatria_crescer; Owner: -
--

ALTER TABLE ONLY clinica_pediatria_crescer.profissionais ALTER COLUMN id SET DEFAULT nextval('clinica_pediatria_crescer.profissionais_id_seq'::regclass);


--
-- Name: teleconsultas id; Type: DEFAULT; Schema: clinica_pediatria_crescer; Owner: -
--

ALTER TABLE ONLY clinica_pediatria_crescer.teleconsultas ALTER COLUMN id SET DEFAULT nextval('clinica_pediatria_crescer.teleconsultas_id_seq'::regclass);


--
-- Name: agendamentos id; Type: DEFAULT; Schema: clinica_psico_equilibrio; Owner: -
--

ALTER TABLE ONLY clinica_psico_equilibrio.agendamentos ALTER COLUMN id SET DEFAULT nextval('clinica_psico_equilibrio.agendamentos_id_seq'::regclass);


--
-- Name: evolucoes id; Type: DEFAULT; Schema: clinica_psico_equilibrio; Owner: -
--

ALTER TABLE ONLY clinica_psico_equilibrio.evolucoes ALTER COLUMN id SET DEFAULT nextval('clinica_psico_equilibrio.evolucoes_id_seq'::regclass);


--
-- Name: pacientes id; Type: DEFAULT; Schema: clinica_psico_equilibrio; Owner: -
--

ALTER TABLE ONLY clinica_psico_equilibrio.pacientes ALTER COLUMN id SET DEFAULT nextval('clinica_psico_equilibrio.pacientes_id_seq'::regclass);


--
-- Name: profissionais id; Type: DEFAULT; Schema: clinica_psico_equilibrio; Owner: -
--

ALTER TABLE ONLY clinica_psico_equilibrio.profissionais ALTER COLUMN id SET DEFAULT nextval('clinica_psico_equilibrio.profissionais_id_seq'::regclass);


--
-- Name: teleconsultas id; Type: DEFAULT; Schema: clinica_psico_equilibrio; Owner: -
--

ALTER TABLE ONLY clinica_psico_equilibrio.teleconsultas ALTER COLUMN id SET DEFAULT nextval('clinica_psico_equilibrio.teleconsultas_id_seq'::regclass);


--
-- Name: agendamentos id; Type: DEFAULT; Schema: clinica_santa_clara; Owner: -
--

ALTER TABLE ONLY clinica_santa_clara.agendamentos ALTER COLUMN id SET DEFAULT nextval('clinica_santa_clara.agendamentos_id_seq'::regclass);


--
-- Name: evolucoes id; Type: DEFAULT; Schema: clinica_santa_clara; Owner: -
--

ALTER TABLE ONLY clinica_santa_clara.evolucoes ALTER COLUMN id SET DEFAULT nextval('clinica_santa_clara.evolucoes_id_seq'::regclass);


--
-- Name: pacientes id; Type: DEFAULT; Schema: clinica_santa_clara; Owner: -
--

ALTER TABLE ONLY clinica_santa_clara.pacientes ALTER COLUMN id SET DEFAULT nextval('clinica_santa_clara.pacientes_id_seq'::regclass);


--
-- Name: profissionais id; Type: DEFAULT; Schema: clinica_santa_clara; Owner: -
--

ALTER TABLE ONLY clinica_santa_clara.profissionais ALTER COLUMN id SET DEFAULT nextval('clinica_santa_clara.profissionais_id_seq'::regclass);


--
-- Name: teleconsultas id; Type: DEFAULT; Schema: clinica_santa_clara; Owner: -
--

ALTER TABLE ONLY clinica_santa_clara.teleconsultas ALTER COLUMN id SET DEFAULT nextval('clinica_santa_clara.teleconsultas_id_seq'::regclass);


--
-- Name: agendamentos id; Type: DEFAULT; Schema: clinica_sao_lucas; Owner: -
--

ALTER TABLE ONLY clinica_sao_lucas.agendamentos ALTER COLUMN id SET DEFAULT nextval('clinica_sao_lucas.agendamentos_id_seq'::regclass);


--
-- Name: evolucoes id; Type: DEFAULT; Schema: clinica_sao_lucas; Owner: -
--

ALTER TABLE ONLY clinica_sao_lucas.evolucoes ALTER COLUMN id SET DEFAULT nextval('clinica_sao_lucas.evolucoes_id_seq'::regclass);


--
-- Name: pacientes id; Type: DEFAULT; Schema: clinica_sao_lucas; Owner: -
--

ALTER TABLE ONLY clinica_sao_lucas.pacientes ALTER COLUMN id SET DEFAULT nextval('clinica_sao_lucas.pacientes_id_seq'::regclass);


--
-- Name: profissionais id; Type: DEFAULT; Schema: clinica_sao_lucas; Owner: -
--

ALTER TABLE ONLY clinica_sao_lucas.profissionais ALTER COLUMN id SET DEFAULT nextval('clinica_sao_lucas.profissionais_id_seq'::regclass);


--
-- Name: teleconsultas id; Type: DEFAULT; Schema: clinica_sao_lucas; Owner: -
--

ALTER TABLE ONLY clinica_sao_lucas.teleconsultas ALTER COLUMN id SET DEFAULT nextval('clinica_sao_lucas.teleconsultas_id_seq'::regclass);


--
-- Name: agendamentos id; Type: DEFAULT; Schema: clinica_vida_plena; Owner: -
--

ALTER TABLE ONLY clinica_vida_plena.agendamentos ALTER COLUMN id SET DEFAULT nextval('clinica_vida_plena.agendamentos_id_seq'::regclass);


--
-- Name: evolucoes id; Type: DEFAULT; Schema: clinica_vida_plena; Owner: -
--

ALTER TABLE ONLY clinica_vida_plena.evolucoes ALTER COLUMN id SET DEFAULT nextval('clinica_vida_plena.evolucoes_id_seq'::regclass);


--
-- Name: pacientes id; Type: DEFAULT; Schema: clinica_vida_plena; Owner: -
--

ALTER TABLE ONLY clinica_vida_plena.pacientes ALTER COLUMN id SET DEFAULT nextval('clinica_vida_plena.pacientes_id_seq'::regclass);


--
-- Name: profissionais id; Type: DEFAULT; Schema: clinica_vida_plena; Owner: -
--

ALTER TABLE ONLY clinica_vida_plena.profissionais ALTER COLUMN id SET DEFAULT nextval('clinica_vida_plena.profissionais_id_seq'::regclass);


--
-- Name: teleconsultas id; Type: DEFAULT; Schema: clinica_vida_plena; Owner: -
--

ALTER TABLE ONLY clinica_vida_plena.teleconsultas ALTER COLUMN id SET DEFAULT nextval('clinica_vida_plena.teleconsultas_id_seq'::regclass);


--
-- Name: clinicas id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.clinicas ALTER COLUMN id SET DEFAULT nextval('public.clinicas_id_seq'::regclass);


--
-- Name: agendamentos agendamentos_pkey; Type: CONSTRAINT; Schema: clinica_bem_estar; Owner: -
--

ALTER TABLE ONLY clinica_bem_estar.agendamentos
    ADD CONSTRAINT agendamentos_pkey PRIMARY KEY (id);


--
-- Name: evolucoes evolucoes_pkey; Type: CONSTRAINT; Schema: clinica_bem_estar; Owner: -
--

ALTER TABLE ONLY clinica_bem_estar.evolucoes
    ADD CONSTRAINT evolucoes_pkey PRIMARY KEY (id);


--
-- Name: pacientes pacientes_cpf_key; Type: CONSTRAINT; Schema: clinica_bem_estar; Owner: -
--

ALTER TABLE ONLY clinica_bem_estar.pacientes
    ADD CONSTRAINT pacientes_cpf_key UNIQUE (cpf);


--
-- Name: pacientes pacientes_pkey; Type: CONSTRAINT; Schema: clinica_bem_estar; Owner: -
--

ALTER TABLE ONLY clinica_bem_estar.pacientes
    ADD CONSTRAINT pacientes_pkey PRIMARY KEY (id);


--
-- Name: profissionais profissionais_pkey; Type: CONSTRAINT; Schema: clinica_bem_estar; Owner: -
--

ALTER TABLE ONLY clinica_bem_estar.profissionais
    ADD CONSTRAINT profissionais_pkey PRIMARY KEY (id);


--
-- Name: profissionais profissionais_registro_key; Type: CONSTRAINT; Schema: clinica_bem_estar; Owner: -
--

ALTER TABLE ONLY clinica_bem_estar.profissionais
    ADD CONSTRAINT profissionais_registro_key UNIQUE (registro);


--
-- Name: teleconsultas teleconsultas_agendamento_id_key; Type: CONSTRAINT; Schema: clinica_bem_estar; Owner: -
--

ALTER TABLE ONLY clinica_bem_estar.teleconsultas
    ADD CONSTRAINT teleconsultas_agendamento_id_key UNIQUE (agendamento_id);


--
-- Name: teleconsultas teleconsultas_pkey; Type: CONSTRAINT; Schema: clinica_bem_estar; Owner: -
--

ALTER TABLE ONLY clinica_bem_estar.teleconsultas
    ADD CONSTRAINT teleconsultas_pkey PRIMARY KEY (id);


--
-- Name: agendamentos agendamentos_pkey; Type: CONSTRAINT; Schema: clinica_cardio_ritmo; Owner: -
--

ALTER TABLE ONLY clinica_cardio_ritmo.agendamentos
    ADD CONSTRAINT agendamentos_pkey PRIMARY KEY (id);


--
-- Name: evolucoes evolucoes_pkey; Type: CONSTRAINT; Schema: clinica_cardio_ritmo; Owner: -
--

ALTER TABLE ONLY clinica_cardio_ritmo.evolucoes
    ADD CONSTRAINT evolucoes_pkey PRIMARY KEY (id);


--
-- Name: pacientes pacientes_cpf_key; Type: CONSTRAINT; Schema: clinica_cardio_ritmo; Owner: -
--

ALTER TABLE ONLY clinica_cardio_ritmo.pacientes
    ADD CONSTRAINT pacientes_cpf_key UNIQUE (cpf);


--
-- Name: pacientes pacientes_pkey; Type: CONSTRAINT; Schema: clinica_cardio_ritmo; Owner: -
--

ALTER TABLE ONLY clinica_cardio_ritmo.pacientes
    ADD CONSTRAINT pacientes_pkey PRIMARY KEY (id);


--
-- Name: profissionais profissionais_pkey; Type: CONSTRAINT; Schema: clinica_cardio_ritmo; Owner: -
--

ALTER TABLE ONLY clinica_cardio_ritmo.profissionais
    ADD CONSTRAINT profissionais_pkey PRIMARY KEY (id);


--
-- Name: profissionais profissionais_registro_key; Type: CONSTRAINT; Schema: clinica_cardio_ritmo; Owner: -
--

ALTER TABLE ONLY clinica_cardio_ritmo.profissionais
    ADD CONSTRAINT profissionais_registro_key UNIQUE (registro);


--
-- Name: teleconsultas teleconsultas_agendamento_id_key; Type: CONSTRAINT; Schema: clinica_cardio_ritmo; Owner: -
--

ALTER TABLE ONLY clinica_cardio_ritmo.teleconsultas
    ADD CONSTRAINT teleconsultas_agendamento_id_key UNIQUE (agendamento_id);


--
-- Name: teleconsultas teleconsultas_pkey; Type: CONSTRAINT; Schema: clinica_cardio_ritmo; Owner: -
--

ALTER TABLE ONLY clinica_cardio_ritmo.teleconsultas
    ADD CONSTRAINT teleconsultas_pkey PRIMARY KEY (id);


--
-- Name: agendamentos agendamentos_pkey; Type: CONSTRAINT; Schema: clinica_derma_pele; Owner: -
--

ALTER TABLE ONLY clinica_derma_pele.agendamentos
    ADD CONSTRAINT agendamentos_pkey PRIMARY KEY (id);


--
-- Name: evolucoes evolucoes_pkey; Type: CONSTRAINT; Schema: clinica_derma_pele; Owner: -
--

ALTER TABLE ONLY clinica_derma_pele.evolucoes
    ADD CONSTRAINT evolucoes_pkey PRIMARY KEY (id);


--
-- Name: pacientes pacientes_cpf_key; Type: CONSTRAINT; Schema: clinica_derma_pele; Owner: -
--

ALTER TABLE ONLY clinica_derma_pele.pacientes
    ADD CONSTRAINT pacientes_cpf_key UNIQUE (cpf);


--
-- Name: pacientes pacientes_pkey; Type: CONSTRAINT; Schema: clinica_derma_pele; Owner: -
--

ALTER TABLE ONLY clinica_derma_pele.pacientes
    ADD CONSTRAINT pacientes_pkey PRIMARY KEY (id);


--
-- Name: profissionais profissionais_pkey; Type: CONSTRAINT; Schema: clinica_derma_pele; Owner: -
--

ALTER TABLE ONLY clinica_derma_pele.profissionais
    ADD CONSTRAINT profissionais_pkey PRIMARY KEY (id);


--
-- Name: profissionais profissionais_registro_key; Type: CONSTRAINT; Schema: clinica_derma_pele; Owner: -
--

ALTER TABLE ONLY clinica_derma_pele.profissionais
    ADD CONSTRAINT profissionais_registro_key UNIQUE (registro);


--
-- Name: teleconsultas teleconsultas_agendamento_id_key; Type: CONSTRAINT; Schema: clinica_derma_pele; Owner: -
--

ALTER TABLE ONLY clinica_derma_pele.teleconsultas
    ADD CONSTRAINT teleconsultas_agendamento_id_key UNIQUE (agendamento_id);


--
-- Name: teleconsultas teleconsultas_pkey; Type: CONSTRAINT; Schema: clinica_derma_pele; Owner: -
--

ALTER TABLE ONLY clinica_derma_pele.teleconsultas
    ADD CONSTRAINT teleconsultas_pkey PRIMARY KEY (id);


--
-- Name: agendamentos agendamentos_pkey; Type: CONSTRAINT; Schema: clinica_fisio_movimento; Owner: -
--

ALTER TABLE ONLY clinica_fisio_movimento.agendamentos
    ADD CONSTRAINT agendamentos_pkey PRIMARY KEY (id);


--
-- Name: evolucoes evolucoes_pkey; Type: CONSTRAINT; Schema: clinica_fisio_movimento; Owner: -
--

ALTER TABLE ONLY clinica_fisio_movimento.evolucoes
    ADD CONSTRAINT evolucoes_pkey PRIMARY KEY (id);


--
-- Name: pacientes pacientes_cpf_key; Type: CONSTRAINT; Schema: clinica_fisio_movimento; Owner: -
--

ALTER TABLE ONLY clinica_fisio_movimento.pacientes
    ADD CONSTRAINT pacientes_cpf_key UNIQUE (cpf);


--
-- Name: pacientes pacientes_pkey; Type: CONSTRAINT; Schema: clinica_fisio_movimento; Owner: -
--

ALTER TABLE ONLY clinica_fisio_movimento.pacientes
    ADD CONSTRAINT pacientes_pkey PRIMARY KEY (id);


--
-- Name: profissionais profissionais_pkey; Type: CONSTRAINT; Schema: clinica_fisio_movimento; Owner: -
--

ALTER TABLE ONLY clinica_fisio_movimento.profissionais
    ADD CONSTRAINT profissionais_pkey PRIMARY KEY (id);


--
-- Name: profissionais profissionais_registro_key; Type: CONSTRAINT; Schema: clinica_fisio_movimento; Owner: -
--

ALTER TABLE ONLY clinica_fisio_movimento.profissionais
    ADD CONSTRAINT profissionais_registro_key UNIQUE (registro);


--
-- Name: teleconsultas teleconsultas_agendamento_id_key; Type: CONSTRAINT; Schema: clinica_fisio_movimento; Owner: -
--

ALTER TABLE ONLY clinica_fisio_movimento.teleconsultas
    ADD CONSTRAINT teleconsultas_agendamento_id_key UNIQUE (agendamento_id);


--
-- Name: teleconsultas teleconsultas_pkey; Type: CONSTRAINT; Schema: clinica_fisio_movimento; Owner: -
--

ALTER TABLE ONLY clinica_fisio_movimento.teleconsultas
    ADD CONSTRAINT teleconsultas_pkey PRIMARY KEY (id);


--
-- Name: agendamentos agendamentos_pkey; Type: CONSTRAINT; Schema: clinica_nutri_saude; Owner: -
--

ALTER TABLE ONLY clinica_nutri_saude.agendamentos
    ADD CONSTRAINT agendamentos_pkey PRIMARY KEY (id);


--
-- Name: evolucoes evolucoes_pkey; Type: CONSTRAINT; Schema: clinica_nutri_saude; Owner: -
--

ALTER TABLE ONLY clinica_nutri_saude.evolucoes
    ADD CONSTRAINT evolucoes_pkey PRIMARY KEY (id);


--
-- Name: pacientes pacientes_cpf_key; Type: CONSTRAINT; Schema: clinica_nutri_saude; Owner: -
--

ALTER TABLE ONLY clinica_nutri_saude.pacientes
    ADD CONSTRAINT pacientes_cpf_key UNIQUE (cpf);


--
-- Name: pacientes pacientes_pkey; Type: CONSTRAINT; Schema: clinica_nutri_saude; Owner: -
--

ALTER TABLE ONLY clinica_nutri_saude.pacientes
    ADD CONSTRAINT pacientes_pkey PRIMARY KEY (id);


--
-- Name: profissionais profissionais_pkey; Type: CONSTRAINT; Schema: clinica_nutri_saude; Owner: -
--

ALTER TABLE ONLY clinica_nutri_saude.profissionais
    ADD CONSTRAINT profissionais_pkey PRIMARY KEY (id);


--
-- Name: profissionais profissionais_registro_key; Type: CONSTRAINT; Schema: clinica_nutri_saude; Owner: -
--

ALTER TABLE ONLY clinica_nutri_saude.profissionais
    ADD CONSTRAINT profissionais_registro_key UNIQUE (registro);


--
-- Name: teleconsultas teleconsultas_agendamento_id_key; Type: CONSTRAINT; Schema: clinica_nutri_saude; Owner: -
--

ALTER TABLE ONLY clinica_nutri_saude.teleconsultas
    ADD CONSTRAINT teleconsultas_agendamento_id_key UNIQUE (agendamento_id);


--
-- Name: teleconsultas teleconsultas_pkey; Type: CONSTRAINT; Schema: clinica_nutri_saude; Owner: -
--

ALTER TABLE ONLY clinica_nutri_saude.teleconsultas
    ADD CONSTRAINT teleconsultas_pkey PRIMARY KEY (id);


--
-- Name: agendamentos agendamentos_pkey; Type: CONSTRAINT; Schema: clinica_odonto_sorriso; Owner: -
--

ALTER TABLE ONLY clinica_odonto_sorriso.agendamentos
    ADD CONSTRAINT agendamentos_pkey PRIMARY KEY (id);


--
-- Name: evolucoes evolucoes_pkey; Type: CONSTRAINT; Schema: clinica_odonto_sorriso; Owner: -
--

ALTER TABLE ONLY clinica_odonto_sorriso.evolucoes
    ADD CONSTRAINT evolucoes_pkey PRIMARY KEY (id);


--
-- Name: pacientes pacientes_cpf_key; Type: CONSTRAINT; Schema: clinica_odonto_sorriso; Owner: -
--

ALTER TABLE ONLY clinica_odonto_sorriso.pacientes
    ADD CONSTRAINT pacientes_cpf_key UNIQUE (cpf);


--
-- Name: pacientes pacientes_pkey; Type: CONSTRAINT; Schema: clinica_odonto_sorriso; Owner: -
--

ALTER TABLE ONLY clinica_odonto_sorriso.pacientes
    ADD CONSTRAINT pacientes_pkey PRIMARY KEY (id);


--
-- Name: profissionais profissionais_pkey; Type: CONSTRAINT; Schema: clinica_odonto_sorriso; Owner: -
--

ALTER TABLE ONLY clinica_odonto_sorriso.profissionais
    ADD CONSTRAINT profissionais_pkey PRIMARY KEY (id);


--
-- Name: profissionais profissionais_registro_key; Type: CONSTRAINT; Schema: clinica_odonto_sorriso; Owner: -
--

ALTER TABLE ONLY clinica_odonto_sorriso.profissionais
    ADD CONSTRAINT profissionais_registro_key UNIQUE (registro);


--
-- Name: teleconsultas teleconsultas_agendamento_id_key; Type: CONSTRAINT; Schema: clinica_odonto_sorriso; Owner: -
--

ALTER TABLE ONLY clinica_odonto_sorriso.teleconsultas
    ADD CONSTRAINT teleconsultas_agendamento_id_key UNIQUE (agendamento_id);


--
-- Name: teleconsultas teleconsultas_pkey; Type: CONSTRAINT; Schema: clinica_odonto_sorriso; Owner: -
--

ALTER TABLE ONLY clinica_odonto_sorriso.teleconsultas
    ADD CONSTRAINT teleconsultas_pkey PRIMARY KEY (id);


--
-- Name: agendamentos agendamentos_pkey; Type: CONSTRAINT; Schema: clinica_orto_passos; Owner: -
--

ALTER TABLE ONLY clinica_orto_passos.agendamentos
    ADD CONSTRAINT agendamentos_pkey PRIMARY KEY (id);


--
-- Name: evolucoes evolucoes_pkey; Type: CONSTRAINT; Schema: clinica_orto_passos; Owner: -
--

ALTER TABLE ONLY clinica_orto_passos.evolucoes
    ADD CONSTRAINT evolucoes_pkey PRIMARY KEY (id);


--
-- Name: pacientes pacientes_cpf_key; Type: CONSTRAINT; Schema: clinica_orto_passos; Owner: -
--

ALTER TABLE ONLY clinica_orto_passos.pacientes
    ADD CONSTRAINT pacientes_cpf_key UNIQUE (cpf);


--
-- Name: pacientes pacientes_pkey; Type: CONSTRAINT; Schema: clinica_orto_passos; Owner: -
--

ALTER TABLE ONLY clinica_orto_passos.pacientes
    ADD CONSTRAINT pacientes_pkey PRIMARY KEY (id);


--
-- Name: profissionais profissionais_pkey; Type: CONSTRAINT; Schema: clinica_orto_passos; Owner: -
--

ALTER TABLE ONLY clinica_orto_passos.profissionais
    ADD CONSTRAINT profissionais_pkey PRIMARY KEY (id);


--
-- Name: profissionais profissionais_registro_key; Type: CONSTRAINT; Schema: clinica_orto_passos; Owner: -
--

ALTER TABLE ONLY clinica_orto_passos.profissionais
    ADD CONSTRAINT profissionais_registro_key UNIQUE (registro);


--
-- Name: teleconsultas teleconsultas_agendamento_id_key; Type: CONSTRAINT; Schema: clinica_orto_passos; Owner: -
--

ALTER TABLE ONLY clinica_orto_passos.teleconsultas
    ADD CONSTRAINT teleconsultas_agendamento_id_key UNIQUE (agendamento_id);


--
-- Name: teleconsultas teleconsultas_pkey; Type: CONSTRAINT; Schema: clinica_orto_passos; Owner: -
--

ALTER TABLE ONLY clinica_orto_passos.teleconsultas
    ADD CONSTRAINT teleconsultas_pkey PRIMARY KEY (id);


--
-- Name: agendamentos agendamentos_pkey; Type: CONSTRAINT; Schema: clinica_pediatria_crescer; Owner: -
--

ALTER TABLE ONLY clinica_pediatria_crescer.agendamentos
    ADD CONSTRAINT agendamentos_pkey PRIMARY KEY (id);


--
-- Name: evolucoes evolucoes_pkey; Type: CONSTRAINT; Schema: clinica_pediatria_crescer; Owner: -
--

ALTER TABLE ONLY clinica_pediatria_crescer.evolucoes
    ADD CONSTRAINT evolucoes_pkey PRIMARY KEY (id);


--
-- Name: pacientes pacientes_cpf_key; Type: CONSTRAINT; Schema: clinica_pediatria_crescer; Owner: -
--

ALTER TABLE ONLY clinica_pediatria_crescer.pacientes
    ADD CONSTRAINT pacientes_cpf_key UNIQUE (cpf);


--
-- Name: pacientes pacientes_pkey; Type: CONSTRAINT; Schema: clinica_pediatria_crescer; Owner: -
--

ALTER TABLE ONLY clinica_pediatria_crescer.pacientes
    ADD CONSTRAINT pacientes_pkey PRIMARY KEY (id);


--
-- Name: profissionais profissionais_pkey; Type: CONSTRAINT; Schema: clinica_pediatria_crescer; Owner: -
--

ALTER TABLE ONLY clinica_pediatria_crescer.profissionais
    ADD CONSTRAINT profissionais_pkey PRIMARY KEY (id);


--
-- Name: profissionais profissionais_registro_key; Type: CONSTRAINT; Schema: clinica_pediatria_crescer; Owner: -
--

ALTER TABLE ONLY clinica_pediatria_crescer.profissionais
    ADD CONSTRAINT profissionais_registro_key UNIQUE (registro);


--
-- Name: teleconsultas teleconsultas_agendamento_id_key; Type: CONSTRAINT; Schema: clinica_pediatria_crescer; Owner: -
--

ALTER TABLE ONLY clinica_pediatria_crescer.teleconsultas
    ADD CONSTRAINT teleconsultas_agendamento_id_key UNIQUE (agendamento_id);


--
-- Name: teleconsultas teleconsultas_pkey; Type: CONSTRAINT; Schema: clinica_pediatria_crescer; Owner: -
--

ALTER TABLE ONLY clinica_pediatria_crescer.teleconsultas
    ADD CONSTRAINT teleconsultas_pkey PRIMARY KEY (id);


--
-- Name: agendamentos agendamentos_pkey; Type: CONSTRAINT; Schema: clinica_psico_equilibrio; Owner: -
--

ALTER TABLE ONLY clinica_psico_equilibrio.agendamentos
    ADD CONSTRAINT agendamentos_pkey PRIMARY KEY (id);


--
-- Name: evolucoes evolucoes_pkey; Type: CONSTRAINT; Schema: clinica_psico_equilibrio; Owner: -
--

ALTER TABLE ONLY clinica_psico_equilibrio.evolucoes
    ADD CONSTRAINT evolucoes_pkey PRIMARY KEY (id);


--
-- Name: pacientes pacientes_cpf_key; Type: CONSTRAINT; Schema: clinica_psico_equilibrio; Owner: -
--

ALTER TABLE ONLY clinica_psico_equilibrio.pacientes
    ADD CONSTRAINT pacientes_cpf_key UNIQUE (cpf);


--
-- Name: pacientes pacientes_pkey; Type: CONSTRAINT; Schema: clinica_psico_equilibrio; Owner: -
--

ALTER TABLE ONLY clinica_psico_equilibrio.pacientes
    ADD CONSTRAINT pacientes_pkey PRIMARY KEY (id);


--
-- Name: profissionais profissionais_pkey; Type: CONSTRAINT; Schema: clinica_psico_equilibrio; Owner: -
--

ALTER TABLE ONLY clinica_psico_equilibrio.profissionais
    ADD CONSTRAINT profissionais_pkey PRIMARY KEY (id);


--
-- Name: profissionais profissionais_registro_key; Type: CONSTRAINT; Schema: clinica_psico_equilibrio; Owner: -
--

ALTER TABLE ONLY clinica_psico_equilibrio.profissionais
    ADD CONSTRAINT profissionais_registro_key UNIQUE (registro);


--
-- Name: teleconsultas teleconsultas_agendamento_id_key; Type: CONSTRAINT; Schema: clinica_psico_equilibrio; Owner: -
--

ALTER TABLE ONLY clinica_psico_equilibrio.teleconsultas
    ADD CONSTRAINT teleconsultas_agendamento_id_key UNIQUE (agendamento_id);


--
-- Name: teleconsultas teleconsultas_pkey; Type: CONSTRAINT; Schema: clinica_psico_equilibrio; Owner: -
--

ALTER TABLE ONLY clinica_psico_equilibrio.teleconsultas
    ADD CONSTRAINT teleconsultas_pkey PRIMARY KEY (id);


--
-- Name: agendamentos agendamentos_pkey; Type: CONSTRAINT; Schema: clinica_santa_clara; Owner: -
--

ALTER TABLE ONLY clinica_santa_clara.agendamentos
    ADD CONSTRAINT agendamentos_pkey PRIMARY KEY (id);


--
-- Name: evolucoes evolucoes_pkey; Type: CONSTRAINT; Schema: clinica_santa_clara; Owner: -
--

ALTER TABLE ONLY clinica_santa_clara.evolucoes
    ADD CONSTRAINT evolucoes_pkey PRIMARY KEY (id);


--
-- Name: pacientes pacientes_cpf_key; Type: CONSTRAINT; Schema: clinica_santa_clara; Owner: -
--

ALTER TABLE ONLY clinica_santa_clara.pacientes
    ADD CONSTRAINT pacientes_cpf_key UNIQUE (cpf);


--
-- Name: pacientes pacientes_pkey; Type: CONSTRAINT; Schema: clinica_santa_clara; Owner: -
--

ALTER TABLE ONLY clinica_santa_clara.pacientes
    ADD CONSTRAINT pacientes_pkey PRIMARY KEY (id);


--
-- Name: profissionais profissionais_pkey; Type: CONSTRAINT; Schema: clinica_santa_clara; Owner: -
--

ALTER TABLE ONLY clinica_santa_clara.profissionais
    ADD CONSTRAINT profissionais_pkey PRIMARY KEY (id);


--
-- Name: profissionais profissionais_registro_key; Type: CONSTRAINT; Schema: clinica_santa_clara; Owner: -
--

ALTER TABLE ONLY clinica_santa_clara.profissionais
    ADD CONSTRAINT profissionais_registro_key UNIQUE (registro);


--
-- Name: teleconsultas teleconsultas_agendamento_id_key; Type: CONSTRAINT; Schema: clinica_santa_clara; Owner: -
--

ALTER TABLE ONLY clinica_santa_clara.teleconsultas
    ADD CONSTRAINT teleconsultas_agendamento_id_key UNIQUE (agendamento_id);


--
-- Name: teleconsultas teleconsultas_pkey; Type: CONSTRAINT; Schema: clinica_santa_clara; Owner: -
--

ALTER TABLE ONLY clinica_santa_clara.teleconsultas
    ADD CONSTRAINT teleconsultas_pkey PRIMARY KEY (id);


--
-- Name: agendamentos agendamentos_pkey; Type: CONSTRAINT; Schema: clinica_sao_lucas; Owner: -
--

ALTER TABLE ONLY clinica_sao_lucas.agendamentos
    ADD CONSTRAINT agendamentos_pkey PRIMARY KEY (id);


--
-- Name: evolucoes evolucoes_pkey; Type: CONSTRAINT; Schema: clinica_sao_lucas; Owner: -
--

ALTER TABLE ONLY clinica_sao_lucas.evolucoes
    ADD CONSTRAINT evolucoes_pkey PRIMARY KEY (id);


--
-- Name: pacientes pacientes_cpf_key; Type: CONSTRAINT; Schema: clinica_sao_lucas; Owner: -
--

ALTER TABLE ONLY clinica_sao_lucas.pacientes
    ADD CONSTRAINT pacientes_cpf_key UNIQUE (cpf);


--
-- Name: pacientes pacientes_pkey; Type: CONSTRAINT; Schema: clinica_sao_lucas; Owner: -
--

ALTER TABLE ONLY clinica_sao_lucas.pacientes
    ADD CONSTRAINT pacientes_pkey PRIMARY KEY (id);


--
-- Name: profissionais profissionais_pkey; Type: CONSTRAINT; Schema: clinica_sao_lucas; Owner: -
--

ALTER TABLE ONLY clinica_sao_lucas.profissionais
    ADD CONSTRAINT profissionais_pkey PRIMARY KEY (id);


--
-- Name: profissionais profissionais_registro_key; Type: CONSTRAINT; Schema: clinica_sao_lucas; Owner: -
--

ALTER TABLE ONLY clinica_sao_lucas.profissionais
    ADD CONSTRAINT profissionais_registro_key UNIQUE (registro);


--
-- Name: teleconsultas teleconsultas_agendamento_id_key; Type: CONSTRAINT; Schema: clinica_sao_lucas; Owner: -
--

ALTER TABLE ONLY clinica_sao_lucas.teleconsultas
    ADD CONSTRAINT teleconsultas_agendamento_id_key UNIQUE (agendamento_id);


--
-- Name: teleconsultas teleconsultas_pkey; Type: CONSTRAINT; Schema: clinica_sao_lucas; Owner: -
--

ALTER TABLE ONLY clinica_sao_lucas.teleconsultas
    ADD CONSTRAINT teleconsultas_pkey PRIMARY KEY (id);


--
-- Name: agendamentos agendamentos_pkey; Type: CONSTRAINT; Schema: clinica_vida_plena; Owner: -
--

ALTER TABLE ONLY clinica_vida_plena.agendamentos
    ADD CONSTRAINT agendamentos_pkey PRIMARY KEY (id);


--
-- Name: evolucoes evolucoes_pkey; Type: CONSTRAINT; Schema: clinica_vida_plena; Owner: -
--

ALTER TABLE ONLY clinica_vida_plena.evolucoes
    ADD CONSTRAINT evolucoes_pkey PRIMARY KEY (id);


--
-- Name: pacientes pacientes_cpf_key; Type: CONSTRAINT; Schema: clinica_vida_plena; Owner: -
--

ALTER TABLE ONLY clinica_vida_plena.pacientes
    ADD CONSTRAINT pacientes_cpf_key UNIQUE (cpf);


--
-- Name: pacientes pacientes_pkey; Type: CONSTRAINT; Schema: clinica_vida_plena; Owner: -
--

ALTER TABLE ONLY clinica_vida_plena.pacientes
    ADD CONSTRAINT pacientes_pkey PRIMARY KEY (id);


--
-- Name: profissionais profissionais_pkey; Type: CONSTRAINT; Schema: clinica_vida_plena; Owner: -
--

ALTER TABLE ONLY clinica_vida_plena.profissionais
    ADD CONSTRAINT profissionais_pkey PRIMARY KEY (id);


--
-- Name: profissionais profissionais_registro_key; Type: CONSTRAINT; Schema: clinica_vida_plena; Owner: -
--

ALTER TABLE ONLY clinica_vida_plena.profissionais
    ADD CONSTRAINT profissionais_registro_key UNIQUE (registro);


--
-- Name: teleconsultas teleconsultas_agendamento_id_key; Type: CONSTRAINT; Schema: clinica_vida_plena; Owner: -
--

ALTER TABLE ONLY clinica_vida_plena.teleconsultas
    ADD CONSTRAINT teleconsultas_agendamento_id_key UNIQUE (agendamento_id);


--
-- Name: teleconsultas teleconsultas_pkey; Type: CONSTRAINT; Schema: clinica_vida_plena; Owner: -
--

ALTER TABLE ONLY clinica_vida_plena.teleconsultas
    ADD CONSTRAINT teleconsultas_pkey PRIMARY KEY (id);


--
-- Name: clinicas clinicas_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.clinicas
    ADD CONSTRAINT clinicas_pkey PRIMARY KEY (id);


--
-- Name: clinicas clinicas_schema_nome_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.clinicas
    ADD CONSTRAINT clinicas_schema_nome_key UNIQUE (schema_nome);


--
-- Name: migracoes migracoes_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.migracoes
    ADD CONSTRAINT migracoes_pkey PRIMARY KEY (schema_nome, versao);


--
-- Name: agendamentos_paciente_id_idx; Type: INDEX; Schema: clinica_bem_estar; Owner: -
--

CREATE INDEX agendamentos_paciente_id_idx ON clinica_bem_estar.agendamentos USING btree (paciente_id);


--
-- Name: agendamentos_profissional_id_inicio_idx; Type: INDEX; Schema: clinica_bem_estar; Owner: -
--

CREATE INDEX agendamentos_profissional_id_inicio_idx ON clinica_bem_estar.agendamentos USING btree (profissional_id, inicio);


--
-- Name: evolucoes_agendamento_id_idx; Type: INDEX; Schema: clinica_bem_estar; Owner: -
--

CREATE INDEX evolucoes_agendamento_id_idx ON clinica_bem_estar.evolucoes USING btree (agendamento_id);


--
-- Name: evolucoes_paciente_id_criado_em_idx; Type: INDEX; Schema: clinica_bem_estar; Owner: -
--

CREATE INDEX evolucoes_paciente_id_criado_em_idx ON clinica_bem_estar.evolucoes USING btree (paciente_id, criado_em);


--
-- Name: evolucoes_profissional_id_idx; Type: INDEX; Schema: clinica_bem_estar; Owner: -
--

CREATE INDEX evolucoes_profissional_id_idx ON clinica_bem_estar.evolucoes USING btree (profissional_id);


--
-- Name: agendamentos_paciente_id_idx; Type: INDEX; Schema: clinica_cardio_ritmo; Owner: -
--

CREATE INDEX agendamentos_paciente_id_idx ON clinica_cardio_ritmo.agendamentos USING btree (paciente_id);


--
-- Name: agendamentos_profissional_id_inicio_idx; Type: INDEX; Schema: clinica_cardio_ritmo; Owner: -
--

CREATE INDEX agendamentos_profissional_id_inicio_idx ON clinica_cardio_ritmo.agendamentos USING btree (profissional_id, inicio);


--
-- Name: evolucoes_agendamento_id_idx; Type: INDEX; Schema: clinica_cardio_ritmo; Owner: -
--

CREATE INDEX evolucoes_agendamento_id_idx ON clinica_cardio_ritmo.evolucoes USING btree (agendamento_id);


--
-- Name: evolucoes_paciente_id_criado_em_idx; Type: INDEX; Schema: clinica_cardio_ritmo; Owner: -
--

CREATE INDEX evolucoes_paciente_id_criado_em_idx ON clinica_cardio_ritmo.evolucoes USING btree (paciente_id, criado_em);


--
-- Name: evolucoes_profissional_id_idx; Type: INDEX; Schema: clinica_cardio_ritmo; Owner: -
--

CREATE INDEX evolucoes_profissional_id_idx ON clinica_cardio_ritmo.evolucoes USING btree (profissional_id);


--
-- Name: agendamentos_paciente_id_idx; Type: INDEX; Schema: clinica_derma_pele; Owner: -
--

CREATE INDEX agendamentos_paciente_id_idx ON clinica_derma_pele.agendamentos USING btree (paciente_id);


--
-- Name: agendamentos_profissional_id_inicio_idx; Type: INDEX; Schema: clinica_derma_pele; Owner: -
--

CREATE INDEX agendamentos_profissional_id_inicio_idx ON clinica_derma_pele.agendamentos USING btree (profissional_id, inicio);


--
-- Name: evolucoes_agendamento_id_idx; Type: INDEX; Schema: clinica_derma_pele; Owner: -
--

CREATE INDEX evolucoes_agendamento_id_idx ON clinica_derma_pele.evolucoes USING btree (agendamento_id);


--
-- Name: evolucoes_paciente_id_criado_em_idx; Type: INDEX; Schema: clinica_derma_pele; Owner: -
--

CREATE INDEX evolucoes_paciente_id_criado_em_idx ON clinica_derma_pele.evolucoes USING btree (paciente_id, criado_em);


--
-- Name: evolucoes_profissional_id_idx; Type: INDEX; Schema: clinica_derma_pele; Owner: -
--

CREATE INDEX evolucoes_profissional_id_idx ON clinica_derma_pele.evolucoes USING btree (profissional_id);


--
-- Name: agendamentos_paciente_id_idx; Type: INDEX; Schema: clinica_fisio_movimento; Owner: -
--

CREATE INDEX agendamentos_paciente_id_idx ON clinica_fisio_movimento.agendamentos USING btree (paciente_id);


--
-- Name: agendamentos_profissional_id_inicio_idx; Type: INDEX; Schema: clinica_fisio_movimento; Owner: -
--

CREATE INDEX agendamentos_profissional_id_inicio_idx ON clinica_fisio_movimento.agendamentos USING btree (profissional_id, inicio);


--
-- Name: evolucoes_agendamento_id_idx; Type: INDEX; Schema: clinica_fisio_movimento; Owner: -
--

CREATE INDEX evolucoes_agendamento_id_idx ON clinica_fisio_movimento.evolucoes USING btree (agendamento_id);


--
-- Name: evolucoes_paciente_id_criado_em_idx; Type: INDEX; Schema: clinica_fisio_movimento; Owner: -
--

CREATE INDEX evolucoes_paciente_id_criado_em_idx ON clinica_fisio_movimento.evolucoes USING btree (paciente_id, criado_em);


--
-- Name: evolucoes_profissional_id_idx; Type: INDEX; Schema: clinica_fisio_movimento; Owner: -
--

CREATE INDEX evolucoes_profissional_id_idx ON clinica_fisio_movimento.evolucoes USING btree (profissional_id);


--
-- Name: agendamentos_paciente_id_idx; Type: INDEX; Schema: clinica_nutri_saude; Owner: -
--

CREATE INDEX agendamentos_paciente_id_idx ON clinica_nutri_saude.agendamentos USING btree (paciente_id);


--
-- Name: agendamentos_profissional_id_inicio_idx; Type: INDEX; Schema: clinica_nutri_saude; Owner: -
--

CREATE INDEX agendamentos_profissional_id_inicio_idx ON clinica_nutri_saude.agendamentos USING btree (profissional_id, inicio);


--
-- Name: evolucoes_agendamento_id_idx; Type: INDEX; Schema: clinica_nutri_saude; Owner: -
--

CREATE INDEX evolucoes_agendamento_id_idx ON clinica_nutri_saude.evolucoes USING btree (agendamento_id);


--
-- Name: evolucoes_paciente_id_criado_em_idx; Type: INDEX; Schema: clinica_nutri_saude; Owner: -
--

CREATE INDEX evolucoes_paciente_id_criado_em_idx ON clinica_nutri_saude.evolucoes USING btree (paciente_id, criado_em);


--
-- Name: evolucoes_profissional_id_idx; Type: INDEX; Schema: clinica_nutri_saude; Owner: -
--

CREATE INDEX evolucoes_profissional_id_idx ON clinica_nutri_saude.evolucoes USING btree (profissional_id);


--
-- Name: agendamentos_paciente_id_idx; Type: INDEX; Schema: clinica_odonto_sorriso; Owner: -
--

CREATE INDEX agendamentos_paciente_id_idx ON clinica_odonto_sorriso.agendamentos USING btree (paciente_id);


--
-- Name: agendamentos_profissional_id_inicio_idx; Type: INDEX; Schema: clinica_odonto_sorriso; Owner: -
--

CREATE INDEX agendamentos_profissional_id_inicio_idx ON clinica_odonto_sorriso.agendamentos USING btree (profissional_id, inicio);


--
-- Name: evolucoes_agendamento_id_idx; Type: INDEX; Schema: clinica_odonto_sorriso; Owner: -
--

CREATE INDEX evolucoes_agendamento_id_idx ON clinica_odonto_sorriso.evolucoes USING btree (agendamento_id);


--
-- Name: evolucoes_paciente_id_criado_em_idx; Type: INDEX; Schema: clinica_odonto_sorriso; Owner: -
--

CREATE INDEX evolucoes_paciente_id_criado_em_idx ON clinica_odonto_sorriso.evolucoes USING btree (paciente_id, criado_em);


--
-- Name: evolucoes_profissional_id_idx; Type: INDEX; Schema: clinica_odonto_sorriso; Owner: -
--

CREATE INDEX evolucoes_profissional_id_idx ON clinica_odonto_sorriso.evolucoes USING btree (profissional_id);


--
-- Name: agendamentos_paciente_id_idx; Type: INDEX; Schema: clinica_orto_passos; Owner: -
--

CREATE INDEX agendamentos_paciente_id_idx ON clinica_orto_passos.agendamentos USING btree (paciente_id);


--
-- Name: agendamentos_profissional_id_inicio_idx; Type: INDEX; Schema: clinica_orto_passos; Owner: -
--

CREATE INDEX agendamentos_profissional_id_inicio_idx ON clinica_orto_passos.agendamentos USING btree (profissional_id, inicio);


--
-- Name: evolucoes_agendamento_id_idx; Type: INDEX; Schema: clinica_orto_passos; Owner: -
--

CREATE INDEX evolucoes_agendamento_id_idx ON clinica_orto_passos.evolucoes USING btree (agendamento_id);


--
-- Name: evolucoes_paciente_id_criado_em_idx; Type: INDEX; Schema: clinica_orto_passos; Owner: -
--

CREATE INDEX evolucoes_paciente_id_criado_em_idx ON clinica_orto_passos.evolucoes USING btree (paciente_id, criado_em);


--
-- Name: evolucoes_profissional_id_idx; Type: INDEX; Schema: clinica_orto_passos; Owner: -
--

CREATE INDEX evolucoes_profissional_id_idx ON clinica_orto_passos.evolucoes USING btree (profissional_id);


--
-- Name: agendamentos_paciente_id_idx; Type: INDEX; Schema: clinica_pediatria_crescer; Owner: -
--

CREATE INDEX agendamentos_paciente_id_idx ON clinica_pediatria_crescer.agendamentos USING btree (paciente_id);


--
-- Name: agendamentos_profissional_id_inicio_idx; Type: INDEX; Schema: clinica_pediatria_crescer; Owner: -
--

CREATE INDEX agendamentos_profissional_id_inicio_idx ON clinica_pediatria_crescer.agendamentos USING btree (profissional_id, inicio);


--
-- Name: evolucoes_agendamento_id_idx; Type: INDEX; Schema: clinica_pediatria_crescer; Owner: -
--

CREATE INDEX evolucoes_agendamento_id_idx ON clinica_pediatria_crescer.evolucoes USING btree (agendamento_id);


--
-- Name: evolucoes_paciente_id_criado_em_idx; Type: INDEX; Schema: clinica_pediatria_crescer; Owner: -
--

CREATE INDEX evolucoes_paciente_id_criado_em_idx ON clinica_pediatria_crescer.evolucoes USING btree (paciente_id, criado_em);


--
-- Name: evolucoes_profissional_id_idx; Type: INDEX; Schema: clinica_pediatria_crescer; Owner: -
--

CREATE INDEX evolucoes_profissional_id_idx ON clinica_pediatria_crescer.evolucoes USING btree (profissional_id);


--
-- Name: agendamentos_paciente_id_idx; Type: INDEX; Schema: clinica_psico_equilibrio; Owner: -
--

CREATE INDEX agendamentos_paciente_id_idx ON clinica_psico_equilibrio.agendamentos USING btree (paciente_id);


--
-- Name: agendamentos_profissional_id_inicio_idx; Type: INDEX; Schema: clinica_psico_equilibrio; Owner: -
--

CREATE INDEX agendamentos_profissional_id_inicio_idx ON clinica_psico_equilibrio.agendamentos USING btree (profissional_id, inicio);


--
-- Name: evolucoes_agendamento_id_idx; Type: INDEX; Schema: clinica_psico_equilibrio; Owner: -
--

CREATE INDEX evolucoes_agendamento_id_idx ON clinica_psico_equilibrio.evolucoes USING btree (agendamento_id);


--
-- Name: evolucoes_paciente_id_criado_em_idx; Type: INDEX; Schema: clinica_psico_equilibrio; Owner: -
--

CREATE INDEX evolucoes_paciente_id_criado_em_idx ON clinica_psico_equilibrio.evolucoes USING btree (paciente_id, criado_em);


--
-- Name: evolucoes_profissional_id_idx; Type: INDEX; Schema: clinica_psico_equilibrio; Owner: -
--

CREATE INDEX evolucoes_profissional_id_idx ON clinica_psico_equilibrio.evolucoes USING btree (profissional_id);


--
-- Name: agendamentos_paciente_id_idx; Type: INDEX; Schema: clinica_santa_clara; Owner: -
--

CREATE INDEX agendamentos_paciente_id_idx ON clinica_santa_clara.agendamentos USING btree (paciente_id);


--
-- Name: agendamentos_profissional_id_inicio_idx; Type: INDEX; Schema: clinica_santa_clara; Owner: -
--

CREATE INDEX agendamentos_profissional_id_inicio_idx ON clinica_santa_clara.agendamentos USING btree (profissional_id, inicio);


--
-- Name: evolucoes_agendamento_id_idx; Type: INDEX; Schema: clinica_santa_clara; Owner: -
--

CREATE INDEX evolucoes_agendamento_id_idx ON clinica_santa_clara.evolucoes USING btree (agendamento_id);


--
-- Name: evolucoes_paciente_id_criado_em_idx; Type: INDEX; Schema: clinica_santa_clara; Owner: -
--

CREATE INDEX evolucoes_paciente_id_criado_em_idx ON clinica_santa_clara.evolucoes USING btree (paciente_id, criado_em);


--
-- Name: evolucoes_profissional_id_idx; Type: INDEX; Schema: clinica_santa_clara; Owner: -
--

CREATE INDEX evolucoes_profissional_id_idx ON clinica_santa_clara.evolucoes USING btree (profissional_id);


--
-- Name: agendamentos_paciente_id_idx; Type: INDEX; Schema: clinica_sao_lucas; Owner: -
--

CREATE INDEX agendamentos_paciente_id_idx ON clinica_sao_lucas.agendamentos USING btree (paciente_id);


--
-- Name: agendamentos_profissional_id_inicio_idx; Type: INDEX; Schema: clinica_sao_lucas; Owner: -
--

CREATE INDEX agendamentos_profissional_id_inicio_idx ON clinica_sao_lucas.agendamentos USING btree (profissional_id, inicio);


--
-- Name: evolucoes_agendamento_id_idx; Type: INDEX; Schema: clinica_sao_lucas; Owner: -
--

CREATE INDEX evolucoes_agendamento_id_idx ON clinica_sao_lucas.evolucoes USING btree (agendamento_id);


--
-- Name: evolucoes_paciente_id_criado_em_idx; Type: INDEX; Schema: clinica_sao_lucas; Owner: -
--

CREATE INDEX evolucoes_paciente_id_criado_em_idx ON clinica_sao_lucas.evolucoes USING btree (paciente_id, criado_em);


--
-- Name: evolucoes_profissional_id_idx; Type: INDEX; Schema: clinica_sao_lucas; Owner: -
--

CREATE INDEX evolucoes_profissional_id_idx ON clinica_sao_lucas.evolucoes USING btree (profissional_id);


--
-- Name: agendamentos_paciente_id_idx; Type: INDEX; Schema: clinica_vida_plena; Owner: -
--

CREATE INDEX agendamentos_paciente_id_idx ON clinica_vida_plena.agendamentos USING btree (paciente_id);


--
-- Name: agendamentos_profissional_id_inicio_idx; Type: INDEX; Schema: clinica_vida_plena; Owner: -
--

CREATE INDEX agendamentos_profissional_id_inicio_idx ON clinica_vida_plena.agendamentos USING btree (profissional_id, inicio);


--
-- Name: evolucoes_agendamento_id_idx; Type: INDEX; Schema: clinica_vida_plena; Owner: -
--

CREATE INDEX evolucoes_agendamento_id_idx ON clinica_vida_plena.evolucoes USING btree (agendamento_id);


--
-- Name: evolucoes_paciente_id_criado_em_idx; Type: INDEX; Schema: clinica_vida_plena; Owner: -
--

CREATE INDEX evolucoes_paciente_id_criado_em_idx ON clinica_vida_plena.evolucoes USING btree (paciente_id, criado_em);


--
-- Name: evolucoes_profissional_id_idx; Type: INDEX; Schema: clinica_vida_plena; Owner: -
--

CREATE INDEX evolucoes_profissional_id_idx ON clinica_vida_plena.evolucoes USING btree (profissional_id);


--
-- Name: agendamentos agendamentos_paciente_id_fkey; Type: FK CONSTRAINT; Schema: clinica_bem_estar; Owner: -
--

ALTER TABLE ONLY clinica_bem_estar.agendamentos
    ADD CONSTRAINT agendamentos_paciente_id_fkey FOREIGN KEY (paciente_id) REFERENCES clinica_bem_estar.pacientes(id);


--
-- Name: agendamentos agendamentos_profissional_id_fkey; Type: FK CONSTRAINT; Schema: clinica_bem_estar; Owner: -
--

ALTER TABLE ONLY clinica_bem_estar.agendamentos
    ADD CONSTRAINT agendamentos_profissional_id_fkey FOREIGN KEY (profissional_id) REFERENCES clinica_bem_estar.profissionais(id);


--
-- Name: evolucoes evolucoes_agendamento_id_fkey; Type: FK CONSTRAINT; Schema: clinica_bem_estar; Owner: -
--

ALTER TABLE ONLY clinica_bem_estar.evolucoes
    ADD CONSTRAINT evolucoes_agendamento_id_fkey FOREIGN KEY (agendamento_id) REFERENCES clinica_bem_estar.agendamentos(id);


--
-- Name: evolucoes evolucoes_paciente_id_fkey; Type: FK CONSTRAINT; Schema: clinica_bem_estar; Owner: -
--

ALTER TABLE ONLY clinica_bem_estar.evolucoes
    ADD CONSTRAINT evolucoes_paciente_id_fkey FOREIGN KEY (paciente_id) REFERENCES clinica_bem_estar.pacientes(id);


--
-- Name: evolucoes evolucoes_profissional_id_fkey; Type: FK CONSTRAINT; Schema: clinica_bem_estar; Owner: -
--

ALTER TABLE ONLY clinica_bem_estar.evolucoes
    ADD CONSTRAINT evolucoes_profissional_id_fkey FOREIGN KEY (profissional_id) REFERENCES clinica_bem_estar.profissionais(id);


--
-- Name: teleconsultas teleconsultas_agendamento_id_fkey; Type: FK CONSTRAINT; Schema: clinica_bem_estar; Owner: -
--

ALTER TABLE ONLY clinica_bem_estar.teleconsultas
    ADD CONSTRAINT teleconsultas_agendamento_id_fkey FOREIGN KEY (agendamento_id) REFERENCES clinica_bem_estar.agendamentos(id);


--
-- Name: agendamentos agendamentos_paciente_id_fkey; Type: FK CONSTRAINT; Schema: clinica_cardio_ritmo; Owner: -
--

ALTER TABLE ONLY clinica_cardio_ritmo.agendamentos
    ADD CONSTRAINT agendamentos_paciente_id_fkey FOREIGN KEY (paciente_id) REFERENCES clinica_cardio_ritmo.pacientes(id);


--
-- Name: agendamentos agendamentos_profissional_id_fkey; Type: FK CONSTRAINT; Schema: clinica_cardio_ritmo; Owner: -
--

ALTER TABLE ONLY clinica_cardio_ritmo.agendamentos
    ADD CONSTRAINT agendamentos_profissional_id_fkey FOREIGN KEY (profissional_id) REFERENCES clinica_cardio_ritmo.profissionais(id);


--
-- Name: evolucoes evolucoes_agendamento_id_fkey; Type: FK CONSTRAINT; Schema: clinica_cardio_ritmo; Owner: -
--

ALTER TABLE ONLY clinica_cardio_ritmo.evolucoes
    ADD CONSTRAINT evolucoes_agendamento_id_fkey FOREIGN KEY (agendamento_id) REFERENCES clinica_cardio_ritmo.agendamentos(id);


--
-- Name: evolucoes evolucoes_paciente_id_fkey; Type: FK CONSTRAINT; Schema: clinica_cardio_ritmo; Owner: -
--

ALTER TABLE ONLY clinica_cardio_ritmo.evolucoes
    ADD CONSTRAINT evolucoes_paciente_id_fkey FOREIGN KEY (paciente_id) REFERENCES clinica_cardio_ritmo.pacientes(id);


--
-- Name: evolucoes evolucoes_profissional_id_fkey; Type: FK CONSTRAINT; Schema: clinica_cardio_ritmo; Owner: -
--

ALTER TABLE ONLY clinica_cardio_ritmo.evolucoes
    ADD CONSTRAINT evolucoes_profissional_id_fkey FOREIGN KEY (profissional_id) REFERENCES clinica_cardio_ritmo.profissionais(id);


--
-- Name: teleconsultas teleconsultas_agendamento_id_fkey; Type: FK CONSTRAINT; Schema: clinica_cardio_ritmo; Owner: -
--

ALTER TABLE ONLY clinica_cardio_ritmo.teleconsultas
    ADD CONSTRAINT teleconsultas_agendamento_id_fkey FOREIGN KEY (agendamento_id) REFERENCES clinica_cardio_ritmo.agendamentos(id);


--
-- Name: agendamentos agendamentos_paciente_id_fkey; Type: FK CONSTRAINT; Schema: clinica_derma_pele; Owner: -
--

ALTER TABLE ONLY clinica_derma_pele.agendamentos
    ADD CONSTRAINT agendamentos_paciente_id_fkey FOREIGN KEY (paciente_id) REFERENCES clinica_derma_pele.pacientes(id);


--
-- Name: agendamentos agendamentos_profissional_id_fkey; Type: FK CONSTRAINT; Schema: clinica_derma_pele; Owner: -
--

ALTER TABLE ONLY clinica_derma_pele.agendamentos
    ADD CONSTRAINT agendamentos_profissional_id_fkey FOREIGN KEY (profissional_id) REFERENCES clinica_derma_pele.profissionais(id);


--
-- Name: evolucoes evolucoes_agendamento_id_fkey; Type: FK CONSTRAINT; Schema: clinica_derma_pele; Owner: -
--

ALTER TABLE ONLY clinica_derma_pele.evolucoes
    ADD CONSTRAINT evolucoes_agendamento_id_fkey FOREIGN KEY (agendamento_id) REFERENCES clinica_derma_pele.agendamentos(id);


--
-- Name: evolucoes evolucoes_paciente_id_fkey; Type: FK CONSTRAINT; Schema: clinica_derma_pele; Owner: -
--

ALTER TABLE ONLY clinica_derma_pele.evolucoes
    ADD CONSTRAINT evolucoes_paciente_id_fkey FOREIGN KEY (paciente_id) REFERENCES clinica_derma_pele.pacientes(id);


--
-- Name: evolucoes evolucoes_profissional_id_fkey; Type: FK CONSTRAINT; Schema: clinica_derma_pele; Owner: -
--

ALTER TABLE ONLY clinica_derma_pele.evolucoes
    ADD CONSTRAINT evolucoes_profissional_id_fkey FOREIGN KEY (profissional_id) REFERENCES clinica_derma_pele.profissionais(id);


--
-- Name: teleconsultas teleconsultas_agendamento_id_fkey; Type: FK CONSTRAINT; Schema: clinica_derma_pele; Owner: -
--

ALTER TABLE ONLY clinica_derma_pele.teleconsultas
    ADD CONSTRAINT teleconsultas_agendamento_id_fkey FOREIGN KEY (agendamento_id) REFERENCES clinica_derma_pele.agendamentos(id);


--
-- Name: agendamentos agendamentos_paciente_id_fkey; Type: FK CONSTRAINT; Schema: clinica_fisio_movimento; Owner: -
--

ALTER TABLE ONLY clinica_fisio_movimento.agendamentos
    ADD CONSTRAINT agendamentos_paciente_id_fkey FOREIGN KEY (paciente_id) REFERENCES clinica_fisio_movimento.pacientes(id);


--
-- Name: agendamentos agendamentos_profissional_id_fkey; Type: FK CONSTRAINT; Schema: clinica_fisio_movimento; Owner: -
--

ALTER TABLE ONLY clinica_fisio_movimento.agendamentos
    ADD CONSTRAINT agendamentos_profissional_id_fkey FOREIGN KEY (profissional_id) REFERENCES clinica_fisio_movimento.profissionais(id);


--
-- Name: evolucoes evolucoes_agendamento_id_fkey; Type: FK CONSTRAINT; Schema: clinica_fisio_movimento; Owner: -
--

ALTER TABLE ONLY clinica_fisio_movimento.evolucoes
    ADD CONSTRAINT evolucoes_agendamento_id_fkey FOREIGN KEY (agendamento_id) REFERENCES clinica_fisio_movimento.agendamentos(id);


--
-- Name: evolucoes evolucoes_paciente_id_fkey; Type: FK CONSTRAINT; Schema: clinica_fisio_movimento; Owner: -
--

ALTER TABLE ONLY clinica_fisio_movimento.evolucoes
    ADD CONSTRAINT evolucoes_paciente_id_fkey FOREIGN KEY (paciente_id) REFERENCES clinica_fisio_movimento.pacientes(id);


--
-- Name: evolucoes evolucoes_profissional_id_fkey; Type: FK CONSTRAINT; Schema: clinica_fisio_movimento; Owner: -
--

ALTER TABLE ONLY clinica_fisio_movimento.evolucoes
    ADD CONSTRAINT evolucoes_profissional_id_fkey FOREIGN KEY (profissional_id) REFERENCES clinica_fisio_movimento.profissionais(id);


--
-- Name: teleconsultas teleconsultas_agendamento_id_fkey; Type: FK CONSTRAINT; Schema: clinica_fisio_movimento; Owner: -
--

ALTER TABLE ONLY clinica_fisio_movimento.teleconsultas
    ADD CONSTRAINT teleconsultas_agendamento_id_fkey FOREIGN KEY (agendamento_id) REFERENCES clinica_fisio_movimento.agendamentos(id);


--
-- Name: agendamentos agendamentos_paciente_id_fkey; Type: FK CONSTRAINT; Schema: clinica_nutri_saude; Owner: -
--

ALTER TABLE ONLY clinica_nutri_saude.agendamentos
    ADD CONSTRAINT agendamentos_paciente_id_fkey FOREIGN KEY (paciente_id) REFERENCES clinica_nutri_saude.pacientes(id);


--
-- Name: agendamentos agendamentos_profissional_id_fkey; Type: FK CONSTRAINT; Schema: clinica_nutri_saude; Owner: -
--

ALTER TABLE ONLY clinica_nutri_saude.agendamentos
    ADD CONSTRAINT agendamentos_profissional_id_fkey FOREIGN KEY (profissional_id) REFERENCES clinica_nutri_saude.profissionais(id);


--
-- Name: evolucoes evolucoes_agendamento_id_fkey; Type: FK CONSTRAINT; Schema: clinica_nutri_saude; Owner: -
--

ALTER TABLE ONLY clinica_nutri_saude.evolucoes
    ADD CONSTRAINT evolucoes_agendamento_id_fkey FOREIGN KEY (agendamento_id) REFERENCES clinica_nutri_saude.agendamentos(id);


--
-- Name: evolucoes evolucoes_paciente_id_fkey; Type: FK CONSTRAINT; Schema: clinica_nutri_saude; Owner: -
--

ALTER TABLE ONLY clinica_nutri_saude.evolucoes
    ADD CONSTRAINT evolucoes_paciente_id_fkey FOREIGN KEY (paciente_id) REFERENCES clinica_nutri_saude.pacientes(id);


--
-- Name: evolucoes evolucoes_profissional_id_fkey; Type: FK CONSTRAINT; Schema: clinica_nutri_saude; Owner: -
--

ALTER TABLE ONLY clinica_nutri_saude.evolucoes
    ADD CONSTRAINT evolucoes_profissional_id_fkey FOREIGN KEY (profissional_id) REFERENCES clinica_nutri_saude.profissionais(id);


--
-- Name: teleconsultas teleconsultas_agendamento_id_fkey; Type: FK CONSTRAINT; Schema: clinica_nutri_saude; Owner: -
--

ALTER TABLE ONLY clinica_nutri_saude.teleconsultas
    ADD CONSTRAINT teleconsultas_agendamento_id_fkey FOREIGN KEY (agendamento_id) REFERENCES clinica_nutri_saude.agendamentos(id);


--
-- Name: agendamentos agendamentos_paciente_id_fkey; Type: FK CONSTRAINT; Schema: clinica_odonto_sorriso; Owner: -
--

ALTER TABLE ONLY clinica_odonto_sorriso.agendamentos
    ADD CONSTRAINT agendamentos_paciente_id_fkey FOREIGN KEY (paciente_id) REFERENCES clinica_odonto_sorriso.pacientes(id);


--
-- Name: agendamentos agendamentos_profissional_id_fkey; Type: FK CONSTRAINT; Schema: clinica_odonto_sorriso; Owner: -
--

ALTER TABLE ONLY clinica_odonto_sorriso.agendamentos
    ADD CONSTRAINT agendamentos_profissional_id_fkey FOREIGN KEY (profissional_id) REFERENCES clinica_odonto_sorriso.profissionais(id);


--
-- Name: evolucoes evolucoes_agendamento_id_fkey; Type: FK CONSTRAINT; Schema: clinica_odonto_sorriso; Owner: -
--

ALTER TABLE ONLY clinica_odonto_sorriso.evolucoes
    ADD CONSTRAINT evolucoes_agendamento_id_fkey FOREIGN KEY (agendamento_id) REFERENCES clinica_odonto_sorriso.agendamentos(id);


--
-- Name: evolucoes evolucoes_paciente_id_fkey; Type: FK CONSTRAINT; Schema: clinica_odonto_sorriso; Owner: -
--

ALTER TABLE ONLY clinica_odonto_sorriso.evolucoes
    ADD CONSTRAINT evolucoes_paciente_id_fkey FOREIGN KEY (paciente_id) REFERENCES clinica_odonto_sorriso.pacientes(id);


--
-- Name: evolucoes evolucoes_profissional_id_fkey; Type: FK CONSTRAINT; Schema: clinica_odonto_sorriso; Owner: -
--

ALTER TABLE ONLY clinica_odonto_sorriso.evolucoes
    ADD CONSTRAINT evolucoes_profissional_id_fkey FOREIGN KEY (profissional_id) REFERENCES clinica_odonto_sorriso.profissionais(id);


--
-- Name: teleconsultas teleconsultas_agendamento_id_fkey; Type: FK CONSTRAINT; Schema: clinica_odonto_sorriso; Owner: -
--

ALTER TABLE ONLY clinica_odonto_sorriso.teleconsultas
    ADD CONSTRAINT teleconsultas_agendamento_id_fkey FOREIGN KEY (agendamento_id) REFERENCES clinica_odonto_sorriso.agendamentos(id);


--
-- Name: agendamentos agendamentos_paciente_id_fkey; Type: FK CONSTRAINT; Schema: clinica_orto_passos; Owner: -
--

ALTER TABLE ONLY clinica_orto_passos.agendamentos
    ADD CONSTRAINT agendamentos_paciente_id_fkey FOREIGN KEY (paciente_id) REFERENCES clinica_orto_passos.pacientes(id);


--
-- Name: agendamentos agendamentos_profissional_id_fkey; Type: FK CONSTRAINT; Schema: clinica_orto_passos; Owner: -
--

ALTER TABLE ONLY clinica_orto_passos.agendamentos
    ADD CONSTRAINT agendamentos_profissional_id_fkey FOREIGN KEY (profissional_id) REFERENCES clinica_orto_passos.profissionais(id);


--
-- Name: evolucoes evolucoes_agendamento_id_fkey; Type: FK CONSTRAINT; Schema: clinica_orto_passos; Owner: -
--

ALTER TABLE ONLY clinica_orto_passos.evolucoes
    ADD CONSTRAINT evolucoes_agendamento_id_fkey FOREIGN KEY (agendamento_id) REFERENCES clinica_orto_passos.agendamentos(id);


--
-- Name: evolucoes evolucoes_paciente_id_fkey; Type: FK CONSTRAINT; Schema: clinica_orto_passos; Owner: -
--

ALTER TABLE ONLY clinica_orto_passos.evolucoes
    ADD CONSTRAINT evolucoes_paciente_id_fkey FOREIGN KEY (paciente_id) REFERENCES clinica_orto_passos.pacientes(id);


--
-- Name: evolucoes evolucoes_profissional_id_fkey; Type: FK CONSTRAINT; Schema: clinica_orto_passos; Owner: -
--

ALTER TABLE ONLY clinica_orto_passos.evolucoes
    ADD CONSTRAINT evolucoes_profissional_id_fkey FOREIGN KEY (profissional_id) REFERENCES clinica_orto_passos.profissionais(id);


--
-- Name: teleconsultas teleconsultas_agendamento_id_fkey; Type: FK CONSTRAINT; Schema: clinica_orto_passos; Owner: -
--

ALTER TABLE ONLY clinica_orto_passos.teleconsultas
    ADD CONSTRAINT teleconsultas_agendamento_id_fkey FOREIGN KEY (agendamento_id) REFERENCES clinica_orto_passos.agendamentos(id);


--
-- Name: agendamentos agendamentos_paciente_id_fkey; Type: FK CONSTRAINT; Schema: clinica_pediatria_crescer; Owner: -
--

ALTER TABLE ONLY clinica_pediatria_crescer.agendamentos
    ADD CONSTRAINT agendamentos_paciente_id_fkey FOREIGN KEY (paciente_id) REFERENCES clinica_pediatria_crescer.pacientes(id);


--
-- Name: agendamentos agendamentos_profissional_id_fkey; Type: FK CONSTRAINT; Schema: clinica_pediatria_crescer; Owner: -
--

ALTER TABLE ONLY clinica_pediatria_crescer.agendamentos
    ADD CONSTRAINT agendamentos_profissional_id_fkey FOREIGN KEY (profissional_id) REFERENCES clinica_pediatria_crescer.profissionais(id);


--
-- Name: evolucoes evolucoes_agendamento_id_fkey; Type: FK CONSTRAINT; Schema: clinica_pediatria_crescer; Owner: -
--

ALTER TABLE ONLY clinica_pediatria_crescer.evolucoes
    ADD CONSTRAINT evolucoes_agendamento_id_fkey FOREIGN KEY (agendamento_id) REFERENCES clinica_pediatria_crescer.agendamentos(id);


--
-- Name: evolucoes evolucoes_paciente_id_fkey; Type: FK CONSTRAINT; Schema: clinica_pediatria_crescer; Owner: -
--

ALTER TABLE ONLY clinica_pediatria_crescer.evolucoes
    ADD CONSTRAINT evolucoes_paciente_id_fkey FOREIGN KEY (paciente_id) REFERENCES clinica_pediatria_crescer.pacientes(id);


--
-- Name: evolucoes evolucoes_profissional_id_fkey; Type: FK CONSTRAINT; Schema: clinica_pediatria_crescer; Owner: -
--

ALTER TABLE ONLY clinica_pediatria_crescer.evolucoes
    ADD CONSTRAINT evolucoes_profissional_id_fkey FOREIGN KEY (profissional_id) REFERENCES clinica_pediatria_crescer.profissionais(id);


--
-- Name: teleconsultas teleconsultas_agendamento_id_fkey; Type: FK CONSTRAINT; Schema: clinica_pediatria_crescer; Owner: -
--

ALTER TABLE ONLY clinica_pediatria_crescer.teleconsultas
    ADD CONSTRAINT teleconsultas_agendamento_id_fkey FOREIGN KEY (agendamento_id) REFERENCES clinica_pediatria_crescer.agendamentos(id);


--
-- Name: agendamentos agendamentos_paciente_id_fkey; Type: FK CONSTRAINT; Schema: clinica_psico_equilibrio; Owner: -
--

ALTER TABLE ONLY clinica_psico_equilibrio.agendamentos
    ADD CONSTRAINT agendamentos_paciente_id_fkey FOREIGN KEY (paciente_id) REFERENCES clinica_psico_equilibrio.pacientes(id);


--
-- Name: agendamentos agendamentos_profissional_id_fkey; Type: FK CONSTRAINT; Schema: clinica_psico_equilibrio; Owner: -
--

ALTER TABLE ONLY clinica_psico_equilibrio.agendamentos
    ADD CONSTRAINT agendamentos_profissional_id_fkey FOREIGN KEY (profissional_id) REFERENCES clinica_psico_equilibrio.profissionais(id);


--
-- Name: evolucoes evolucoes_agendamento_id_fkey; Type: FK CONSTRAINT; Schema: clinica_psico_equilibrio; Owner: -
--

ALTER TABLE ONLY clinica_psico_equilibrio.evolucoes
    ADD CONSTRAINT evolucoes_agendamento_id_fkey FOREIGN KEY (agendamento_id) REFERENCES clinica_psico_equilibrio.agendamentos(id);


--
-- Name: evolucoes evolucoes_paciente_id_fkey; Type: FK CONSTRAINT; Schema: clinica_psico_equilibrio; Owner: -
--

ALTER TABLE ONLY clinica_psico_equilibrio.evolucoes
    ADD CONSTRAINT evolucoes_paciente_id_fkey FOREIGN KEY (paciente_id) REFERENCES clinica_psico_equilibrio.pacientes(id);


--
-- Name: evolucoes evolucoes_profissional_id_fkey; Type: FK CONSTRAINT; Schema: clinica_psico_equilibrio; Owner: -
--

ALTER TABLE ONLY clinica_psico_equilibrio.evolucoes
    ADD CONSTRAINT evolucoes_profissional_id_fkey FOREIGN KEY (profissional_id) REFERENCES clinica_psico_equilibrio.profissionais(id);


--
-- Name: teleconsultas teleconsultas_agendamento_id_fkey; Type: FK CONSTRAINT; Schema: clinica_psico_equilibrio; Owner: -
--

ALTER TABLE ONLY clinica_psico_equilibrio.teleconsultas
    ADD CONSTRAINT teleconsultas_agendamento_id_fkey FOREIGN KEY (agendamento_id) REFERENCES clinica_psico_equilibrio.agendamentos(id);


--
-- Name: agendamentos agendamentos_paciente_id_fkey; Type: FK CONSTRAINT; Schema: clinica_santa_clara; Owner: -
--

ALTER TABLE ONLY clinica_santa_clara.agendamentos
    ADD CONSTRAINT agendamentos_paciente_id_fkey FOREIGN KEY (paciente_id) REFERENCES clinica_santa_clara.pacientes(id);


--
-- Name: agendamentos agendamentos_profissional_id_fkey; Type: FK CONSTRAINT; Schema: clinica_santa_clara; Owner: -
--

ALTER TABLE ONLY clinica_santa_clara.agendamentos
    ADD CONSTRAINT agendamentos_profissional_id_fkey FOREIGN KEY (profissional_id) REFERENCES clinica_santa_clara.profissionais(id);


--
-- Name: evolucoes evolucoes_agendamento_id_fkey; Type: FK CONSTRAINT; Schema: clinica_santa_clara; Owner: -
--

ALTER TABLE ONLY clinica_santa_clara.evolucoes
    ADD CONSTRAINT evolucoes_agendamento_id_fkey FOREIGN KEY (agendamento_id) REFERENCES clinica_santa_clara.agendamentos(id);


--
-- Name: evolucoes evolucoes_paciente_id_fkey; Type: FK CONSTRAINT; Schema: clinica_santa_clara; Owner: -
--

ALTER TABLE ONLY clinica_santa_clara.evolucoes
    ADD CONSTRAINT evolucoes_paciente_id_fkey FOREIGN KEY (paciente_id) REFERENCES clinica_santa_clara.pacientes(id);


--
-- Name: evolucoes evolucoes_profissional_id_fkey; Type: FK CONSTRAINT; Schema: clinica_santa_clara; Owner: -
--

ALTER TABLE ONLY clinica_santa_clara.evolucoes
    ADD CONSTRAINT evolucoes_profissional_id_fkey FOREIGN KEY (profissional_id) REFERENCES clinica_santa_clara.profissionais(id);


--
-- Name: teleconsultas teleconsultas_agendamento_id_fkey; Type: FK CONSTRAINT; Schema: clinica_santa_clara; Owner: -
--

ALTER TABLE ONLY clinica_santa_clara.teleconsultas
    ADD CONSTRAINT teleconsultas_agendamento_id_fkey FOREIGN KEY (agendamento_id) REFERENCES clinica_santa_clara.agendamentos(id);


--
-- Name: agendamentos agendamentos_paciente_id_fkey; Type: FK CONSTRAINT; Schema: clinica_sao_lucas; Owner: -
--

ALTER TABLE ONLY clinica_sao_lucas.agendamentos
    ADD CONSTRAINT agendamentos_paciente_id_fkey FOREIGN KEY (paciente_id) REFERENCES clinica_sao_lucas.pacientes(id);


--
-- Name: agendamentos agendamentos_profissional_id_fkey; Type: FK CONSTRAINT; Schema: clinica_sao_lucas; Owner: -
--

ALTER TABLE ONLY clinica_sao_lucas.agendamentos
    ADD CONSTRAINT agendamentos_profissional_id_fkey FOREIGN KEY (profissional_id) REFERENCES clinica_sao_lucas.profissionais(id);


--
-- Name: evolucoes evolucoes_agendamento_id_fkey; Type: FK CONSTRAINT; Schema: clinica_sao_lucas; Owner: -
--

ALTER TABLE ONLY clinica_sao_lucas.evolucoes
    ADD CONSTRAINT evolucoes_agendamento_id_fkey FOREIGN KEY (agendamento_id) REFERENCES clinica_sao_lucas.agendamentos(id);


--
-- Name: evolucoes evolucoes_paciente_id_fkey; Type: FK CONSTRAINT; Schema: clinica_sao_lucas; Owner: -
--

ALTER TABLE ONLY clinica_sao_lucas.evolucoes
    ADD CONSTRAINT evolucoes_paciente_id_fkey FOREIGN KEY (paciente_id) REFERENCES clinica_sao_lucas.pacientes(id);


--
-- Name: evolucoes evolucoes_profissional_id_fkey; Type: FK CONSTRAINT; Schema: clinica_sao_lucas; Owner: -
--

ALTER TABLE ONLY clinica_sao_lucas.evolucoes
    ADD CONSTRAINT evolucoes_profissional_id_fkey FOREIGN KEY (profissional_id) REFERENCES clinica_sao_lucas.profissionais(id);


--
-- Name: teleconsultas teleconsultas_agendamento_id_fkey; Type: FK CONSTRAINT; Schema: clinica_sao_lucas; Owner: -
--

ALTER TABLE ONLY clinica_sao_lucas.teleconsultas
    ADD CONSTRAINT teleconsultas_agendamento_id_fkey FOREIGN KEY (agendamento_id) REFERENCES clinica_sao_lucas.agendamentos(id);


--
-- Name: agendamentos agendamentos_paciente_id_fkey; Type: FK CONSTRAINT; Schema: clinica_vida_plena; Owner: -
--

ALTER TABLE ONLY clinica_vida_plena.agendamentos
    ADD CONSTRAINT agendamentos_paciente_id_fkey FOREIGN KEY (paciente_id) REFERENCES clinica_vida_plena.pacientes(id);


--
-- Name: agendamentos agendamentos_profissional_id_fkey; Type: FK CONSTRAINT; Schema: clinica_vida_plena; Owner: -
--

ALTER TABLE ONLY clinica_vida_plena.agendamentos
    ADD CONSTRAINT agendamentos_profissional_id_fkey FOREIGN KEY (profissional_id) REFERENCES clinica_vida_plena.profissionais(id);


--
-- Name: evolucoes evolucoes_agendamento_id_fkey; Type: FK CONSTRAINT; Schema: clinica_vida_plena; Owner: -
--

ALTER TABLE ONLY clinica_vida_plena.evolucoes
    ADD CONSTRAINT evolucoes_agendamento_id_fkey FOREIGN KEY (agendamento_id) REFERENCES clinica_vida_plena.agendamentos(id);


--
-- Name: evolucoes evolucoes_paciente_id_fkey; Type: FK CONSTRAINT; Schema: clinica_vida_plena; Owner: -
--

ALTER TABLE ONLY clinica_vida_plena.evolucoes
    ADD CONSTRAINT evolucoes_paciente_id_fkey FOREIGN KEY (paciente_id) REFERENCES clinica_vida_plena.pacientes(id);


--
-- Name: evolucoes evolucoes_profissional_id_fkey; Type: FK CONSTRAINT; Schema: clinica_vida_plena; Owner: -
--

ALTER TABLE ONLY clinica_vida_plena.evolucoes
    ADD CONSTRAINT evolucoes_profissional_id_fkey FOREIGN KEY (profissional_id) REFERENCES clinica_vida_plena.profissionais(id);


--
-- Name: teleconsultas teleconsultas_agendamento_id_fkey; Type: FK CONSTRAINT; Schema: clinica_vida_plena; Owner: -
--

ALTER TABLE ONLY clinica_vida_plena.teleconsultas
    ADD CONSTRAINT teleconsultas_agendamento_id_fkey FOREIGN KEY (agendamento_id) REFERENCES clinica_vida_plena.agendamentos(id);


--
-- PostgreSQL database dump complete
--

\unrestrict oanlKScDYbgxoozTED4OZBu3zCTsYrKdpannCliVJzgKlWYYDZ3wtltqcQ7CgIW

