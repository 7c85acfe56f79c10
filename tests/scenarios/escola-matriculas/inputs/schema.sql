--
-- PostgreSQL database dump
--

\restrict gzVOG1O0JYqQa5L8D2hyn594Hm2CFXrhiIv5fKhOa6KSd2hoELZV5P2xeZCKTgd

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
-- Name: escola_1; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA escola_1;


--
-- Name: escola_2; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA escola_2;


--
-- Name: escola_3; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA escola_3;


--
-- Name: escola_3_bkp_2024; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA escola_3_bkp_2024;


--
-- Name: escola_4; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA escola_4;


--
-- Name: escola_5; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA escola_5;


--
-- Name: escola_6; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA escola_6;


--
-- Name: escola_7; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA escola_7;


--
-- Name: escola_8; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA escola_8;


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: alunos; Type: TABLE; Schema: escola_1; Owner: -
--

CREATE TABLE escola_1.alunos (
    id integer NOT NULL,
    nome character varying(120) NOT NULL,
    data_nascimento date NOT NULL,
    ra character varying(20) NOT NULL,
    ativo boolean DEFAULT true NOT NULL,
    criado_em timestamp without time zone DEFAULT now() NOT NULL
);


--
-- Name: alunos_id_seq; Type: SEQUENCE; Schema: escola_1; Owner: -
--

CREATE SEQUENCE escola_1.alunos_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: alunos_id_seq; Type: SEQUENCE OWNED BY; Schema: escola_1; Owner: -
--

ALTER SEQUENCE escola_1.alunos_id_seq OWNED BY escola_1.alunos.id;


--
-- Name: matriculas; Type: TABLE; Schema: escola_1; Owner: -
--

CREATE TABLE escola_1.matriculas (
    id integer NOT NULL,
    aluno_id integer NOT NULL,
    turma_id integer NOT NULL,
    ano smallint NOT NULL,
    numero_chamada smallint NOT NULL,
    situacao character varying(20) DEFAULT 'ativa'::character varying NOT NULL,
    criado_em timestamp without time zone DEFAULT now() NOT NULL
);


--
-- Name: matriculas_id_seq; Type: SEQUENCE; Schema: escola_1; Owner: -
--

CREATE SEQUENCE escola_1.matriculas_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: matriculas_id_seq; Type: SEQUENCE OWNED BY; Schema: escola_1; Owner: -
--

ALTER SEQUENCE escola_1.matriculas_id_seq OWNED BY escola_1.matriculas.id;


--
-- Name: notas; Type: TABLE; Schema: escola_1; Owner: -
--

CREATE TABLE escola_1.notas (
    id integer NOT NULL,
    matricula_id integer NOT NULL,
    disciplina character varying(40) NOT NULL,
    bimestre smallint NOT NULL,
    valor numeric(4,2),
    lancado_em timestamp without time zone DEFAULT now() NOT NULL
);


--
-- Name: notas_id_seq; Type: SEQUENCE; Schema: escola_1; Owner: -
--

CREATE SEQUENCE escola_1.notas_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: notas_id_seq; Type: SEQUENCE OWNED BY; Schema: escola_1; Owner: -
--

ALTER SEQUENCE escola_1.notas_id_seq OWNED BY escola_1.notas.id;


--
-- Name: responsaveis; Type: TABLE; Schema: escola_1; Owner: -
--

CREATE TABLE escola_1.responsaveis (
    id integer NOT NULL,
    aluno_id integer NOT NULL,
    nome character varying(120) NOT NULL,
    parentesco character varying(20) NOT NULL,
    telefone character varying(20),
    email character varying(160),
    cpf character varying(14)
);


--
-- Name: responsaveis_id_seq; Type: SEQUENCE; Schema: escola_1; Owner: -
--

CREATE SEQUENCE escola_1.responsaveis_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: responsaveis_id_seq; Type: SEQUENCE OWNED BY; Schema: escola_1; Owner: -
--

ALTER SEQUENCE escola_1.responsaveis_id_seq OWNED BY escola_1.responsaveis.id;


--
-- Name: turmas; Type: TABLE; Schema: escola_1; Owner: -
--

CREATE TABLE escola_1.turmas (
    id integer NOT NULL,
    nome character varying(40) NOT NULL,
    serie smallint NOT NULL,
    turno character varying(10) NOT NULL,
    ano smallint NOT NULL,
    sala character varying(10)
);


--
-- Name: turmas_id_seq; Type: SEQUENCE; Schema: escola_1; Owner: -
--

CREATE SEQUENCE escola_1.turmas_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: turmas_id_seq; Type: SEQUENCE OWNED BY; Schema: escola_1; Owner: -
--

ALTER SEQUENCE escola_1.turmas_id_seq OWNED BY escola_1.turmas.id;


--
-- Name: alunos; Type: TABLE; Schema: escola_2; Owner: -
--

CREATE TABLE escola_2.alunos (
    id integer NOT NULL,
    nome character varying(120) NOT NULL,
    data_nascimento date NOT NULL,
    ra character varying(20) NOT NULL,
    ativo boolean DEFAULT true NOT NULL,
    criado_em timestamp without time zone DEFAULT now() NOT NULL
);


--
-- Name: alunos_id_seq; Type: SEQUENCE; Schema: escola_2; Owner: -
--

CREATE SEQUENCE escola_2.alunos_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: alunos_id_seq; Type: SEQUENCE OWNED BY; Schema: escola_2; Owner: -
--

ALTER SEQUENCE escola_2.alunos_id_seq OWNED BY escola_2.alunos.id;


--
-- Name: matriculas; Type: TABLE; Schema: escola_2; Owner: -
--

CREATE TABLE escola_2.matriculas (
    id integer NOT NULL,
    aluno_id integer NOT NULL,
    turma_id integer NOT NULL,
    ano smallint NOT NULL,
    numero_chamada smallint NOT NULL,
    situacao character varying(20) DEFAULT 'ativa'::character varying NOT NULL,
    criado_em timestamp without time zone DEFAULT now() NOT NULL
);


--
-- Name: matriculas_id_seq; Type: SEQUENCE; Schema: escola_2; Owner: -
--

CREATE SEQUENCE escola_2.matriculas_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: matriculas_id_seq; Type: SEQUENCE OWNED BY; Schema: escola_2; Owner: -
--

ALTER SEQUENCE escola_2.matriculas_id_seq OWNED BY escola_2.matriculas.id;


--
-- Name: notas; Type: TABLE; Schema: escola_2; Owner: -
--

CREATE TABLE escola_2.notas (
    id integer NOT NULL,
    matricula_id integer NOT NULL,
    disciplina character varying(40) NOT NULL,
    bimestre smallint NOT NULL,
    valor numeric(4,2),
    lancado_em timestamp without time zone DEFAULT now() NOT NULL
);


--
-- Name: notas_id_seq; Type: SEQUENCE; Schema: escola_2; Owner: -
--

CREATE SEQUENCE escola_2.notas_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: notas_id_seq; Type: SEQUENCE OWNED BY; Schema: escola_2; Owner: -
--

ALTER SEQUENCE escola_2.notas_id_seq OWNED BY escola_2.notas.id;


--
-- Name: responsaveis; Type: TABLE; Schema: escola_2; Owner: -
--

CREATE TABLE escola_2.responsaveis (
    id integer NOT NULL,
    aluno_id integer NOT NULL,
    nome character varying(120) NOT NULL,
    parentesco character varying(20) NOT NULL,
    telefone character varying(20),
    email character varying(160),
    cpf character varying(14)
);


--
-- Name: responsaveis_id_seq; Type: SEQUENCE; Schema: escola_2; Owner: -
--

CREATE SEQUENCE escola_2.responsaveis_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: responsaveis_id_seq; Type: SEQUENCE OWNED BY; Schema: escola_2; Owner: -
--

ALTER SEQUENCE escola_2.responsaveis_id_seq OWNED BY escola_2.responsaveis.id;


--
-- Name: turmas; Type: TABLE; Schema: escola_2; Owner: -
--

CREATE TABLE escola_2.turmas (
    id integer NOT NULL,
    nome character varying(40) NOT NULL,
    serie smallint NOT NULL,
    turno character varying(10) NOT NULL,
    ano smallint NOT NULL,
    sala character varying(10)
);


--
-- Name: turmas_id_seq; Type: SEQUENCE; Schema: escola_2; Owner: -
--

CREATE SEQUENCE escola_2.turmas_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: turmas_id_seq; Type: SEQUENCE OWNED BY; Schema: escola_2; Owner: -
--

ALTER SEQUENCE escola_2.turmas_id_seq OWNED BY escola_2.turmas.id;


--
-- Name: alunos; Type: TABLE; Schema: escola_3; Owner: -
--

CREATE TABLE escola_3.alunos (
    id integer NOT NULL,
    nome character varying(120) NOT NULL,
    data_nascimento date NOT NULL,
    ra character varying(20) NOT NULL,
    ativo boolean DEFAULT true NOT NULL,
    criado_em timestamp without time zone DEFAULT now() NOT NULL
);


--
-- Name: alunos_id_seq; Type: SEQUENCE; Schema: escola_3; Owner: -
--

CREATE SEQUENCE escola_3.alunos_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: alunos_id_seq; Type: SEQUENCE OWNED BY; Schema: escola_3; Owner: -
--

ALTER SEQUENCE escola_3.alunos_id_seq OWNED BY escola_3.alunos.id;


--
-- Name: matriculas; Type: TABLE; Schema: escola_3; Owner: -
--

CREATE TABLE escola_3.matriculas (
    id integer NOT NULL,
    aluno_id integer NOT NULL,
    turma_id integer NOT NULL,
    ano smallint NOT NULL,
    numero_chamada smallint NOT NULL,
    situacao character varying(20) DEFAULT 'ativa'::character varying NOT NULL,
    criado_em timestamp without time zone DEFAULT now() NOT NULL
);


--
-- Name: matriculas_id_seq; Type: SEQUENCE; Schema: escola_3; Owner: -
--

CREATE SEQUENCE escola_3.matriculas_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: matriculas_id_seq; Type: SEQUENCE OWNED BY; Schema: escola_3; Owner: -
--

ALTER SEQUENCE escola_3.matriculas_id_seq OWNED BY escola_3.matriculas.id;


--
-- Name: notas; Type: TABLE; Schema: escola_3; Owner: -
--

CREATE TABLE escola_3.notas (
    id integer NOT NULL,
    matricula_id integer NOT NULL,
    disciplina character varying(40) NOT NULL,
    bimestre smallint NOT NULL,
    valor numeric(4,2),
    lancado_em timestamp without time zone DEFAULT now() NOT NULL
);


--
-- Name: notas_id_seq; Type: SEQUENCE; Schema: escola_3; Owner: -
--

CREATE SEQUENCE escola_3.notas_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: notas_id_seq; Type: SEQUENCE OWNED BY; Schema: escola_3; Owner: -
--

ALTER SEQUENCE escola_3.notas_id_seq OWNED BY escola_3.notas.id;


--
-- Name: responsaveis; Type: TABLE; Schema: escola_3; Owner: -
--

CREATE TABLE escola_3.responsaveis (
    id integer NOT NULL,
    aluno_id integer NOT NULL,
    nome character varying(120) NOT NULL,
    parentesco character varying(20) NOT NULL,
    telefone character varying(20),
    email character varying(160),
    cpf character varying(14)
);


--
-- Name: responsaveis_id_seq; Type: SEQUENCE; Schema: escola_3; Owner: -
--

CREATE SEQUENCE escola_3.responsaveis_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: responsaveis_id_seq; Type: SEQUENCE OWNED BY; Schema: escola_3; Owner: -
--

ALTER SEQUENCE escola_3.responsaveis_id_seq OWNED BY escola_3.responsaveis.id;


--
-- Name: turmas; Type: TABLE; Schema: escola_3; Owner: -
--

CREATE TABLE escola_3.turmas (
    id integer NOT NULL,
    nome character varying(40) NOT NULL,
    serie smallint NOT NULL,
    turno character varying(10) NOT NULL,
    ano smallint NOT NULL,
    sala character varying(10)
);


--
-- Name: turmas_id_seq; Type: SEQUENCE; Schema: escola_3; Owner: -
--

CREATE SEQUENCE escola_3.turmas_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: turmas_id_seq; Type: SEQUENCE OWNED BY; Schema: escola_3; Owner: -
--

ALTER SEQUENCE escola_3.turmas_id_seq OWNED BY escola_3.turmas.id;


--
-- Name: alunos; Type: TABLE; Schema: escola_3_bkp_2024; Owner: -
--

CREATE TABLE escola_3_bkp_2024.alunos (
    id integer,
    nome character varying(120),
    data_nascimento date,
    ra character varying(20),
    ativo boolean,
    criado_em timestamp without time zone
);


--
-- Name: matriculas; Type: TABLE; Schema: escola_3_bkp_2024; Owner: -
--

CREATE TABLE escola_3_bkp_2024.matriculas (
    id integer,
    aluno_id integer,
    turma_id integer,
    ano smallint,
    numero_chamada smallint,
    situacao character varying(20),
    criado_em timestamp without time zone
);


--
-- Name: alunos; Type: TABLE; Schema: escola_4; Owner: -
--

CREATE TABLE escola_4.alunos (
    id integer NOT NULL,
    nome character varying(120) NOT NULL,
    data_nascimento date NOT NULL,
    ra character varying(20) NOT NULL,
    ativo boolean DEFAULT true NOT NULL,
    criado_em timestamp without time zone DEFAULT now() NOT NULL
);


--
-- Name: alunos_id_seq; Type: SEQUENCE; Schema: escola_4; Owner: -
--

CREATE SEQUENCE escola_4.alunos_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: alunos_id_seq; Type: SEQUENCE OWNED BY; Schema: escola_4; Owner: -
--

ALTER SEQUENCE escola_4.alunos_id_seq OWNED BY escola_4.alunos.id;


--
-- Name: matriculas; Type: TABLE; Schema: escola_4; Owner: -
--

CREATE TABLE escola_4.matriculas (
    id integer NOT NULL,
    aluno_id integer NOT NULL,
    turma_id integer NOT NULL,
    ano smallint NOT NULL,
    numero_chamada smallint NOT NULL,
    situacao character varying(20) DEFAULT 'ativa'::character varying NOT NULL,
    criado_em timestamp without time zone DEFAULT now() NOT NULL
);


--
-- Name: matriculas_id_seq; Type: SEQUENCE; Schema: escola_4; Owner: -
--

CREATE SEQUENCE escola_4.matriculas_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: matriculas_id_seq; Type: SEQUENCE OWNED BY; Schema: escola_4; Owner: -
--

ALTER SEQUENCE escola_4.matriculas_id_seq OWNED BY escola_4.matriculas.id;


--
-- Name: notas; Type: TABLE; Schema: escola_4; Owner: -
--

CREATE TABLE escola_4.notas (
    id integer NOT NULL,
    matricula_id integer NOT NULL,
    disciplina character varying(40) NOT NULL,
    bimestre smallint NOT NULL,
    valor numeric(4,2),
    lancado_em timestamp without time zone DEFAULT now() NOT NULL
);


--
-- Name: notas_id_seq; Type: SEQUENCE; Schema: escola_4; Owner: -
--

CREATE SEQUENCE escola_4.notas_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: notas_id_seq; Type: SEQUENCE OWNED BY; Schema: escola_4; Owner: -
--

ALTER SEQUENCE escola_4.notas_id_seq OWNED BY escola_4.notas.id;


--
-- Name: responsaveis; Type: TABLE; Schema: escola_4; Owner: -
--

CREATE TABLE escola_4.responsaveis (
    id integer NOT NULL,
    aluno_id integer NOT NULL,
    nome character varying(120) NOT NULL,
    parentesco character varying(20) NOT NULL,
    telefone character varying(20),
    email character varying(160),
    cpf character varying(14)
);


--
-- Name: responsaveis_id_seq; Type: SEQUENCE; Schema: escola_4; Owner: -
--

CREATE SEQUENCE escola_4.responsaveis_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: responsaveis_id_seq; Type: SEQUENCE OWNED BY; Schema: escola_4; Owner: -
--

ALTER SEQUENCE escola_4.responsaveis_id_seq OWNED BY escola_4.responsaveis.id;


--
-- Name: turmas; Type: TABLE; Schema: escola_4; Owner: -
--

CREATE TABLE escola_4.turmas (
    id integer NOT NULL,
    nome character varying(40) NOT NULL,
    serie smallint NOT NULL,
    turno character varying(10) NOT NULL,
    ano smallint NOT NULL,
    sala character varying(10)
);


--
-- Name: turmas_id_seq; Type: SEQUENCE; Schema: escola_4; Owner: -
--

CREATE SEQUENCE escola_4.turmas_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: turmas_id_seq; Type: SEQUENCE OWNED BY; Schema: escola_4; Owner: -
--

ALTER SEQUENCE escola_4.turmas_id_seq OWNED BY escola_4.turmas.id;


--
-- Name: alunos; Type: TABLE; Schema: escola_5; Owner: -
--

CREATE TABLE escola_5.alunos (
    id integer NOT NULL,
    nome character varying(120) NOT NULL,
    data_nascimento date NOT NULL,
    ra character varying(20) NOT NULL,
    ativo boolean DEFAULT true NOT NULL,
    criado_em timestamp without time zone DEFAULT now() NOT NULL
);


--
-- Name: alunos_id_seq; Type: SEQUENCE; Schema: escola_5; Owner: -
--

CREATE SEQUENCE escola_5.alunos_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: alunos_id_seq; Type: SEQUENCE OWNED BY; Schema: escola_5; Owner: -
--

ALTER SEQUENCE escola_5.alunos_id_seq OWNED BY escola_5.alunos.id;


--
-- Name: matriculas; Type: TABLE; Schema: escola_5; Owner: -
--

CREATE TABLE escola_5.matriculas (
    id integer NOT NULL,
    aluno_id integer NOT NULL,
    turma_id integer NOT NULL,
    ano smallint NOT NULL,
    numero_chamada smallint NOT NULL,
    situacao character varying(20) DEFAULT 'ativa'::character varying NOT NULL,
    criado_em timestamp without time zone DEFAULT now() NOT NULL
);


--
-- Name: matriculas_id_seq; Type: SEQUENCE; Schema: escola_5; Owner: -
--

CREATE SEQUENCE escola_5.matriculas_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: matriculas_id_seq; Type: SEQUENCE OWNED BY; Schema: escola_5; Owner: -
--

ALTER SEQUENCE escola_5.matriculas_id_seq OWNED BY escola_5.matriculas.id;


--
-- Name: notas; Type: TABLE; Schema: escola_5; Owner: -
--

CREATE TABLE escola_5.notas (
    id integer NOT NULL,
    matricula_id integer NOT NULL,
    disciplina character varying(40) NOT NULL,
    bimestre smallint NOT NULL,
    valor numeric(4,2),
    lancado_em timestamp without time zone DEFAULT now() NOT NULL
);


--
-- Name: notas_id_seq; Type: SEQUENCE; Schema: escola_5; Owner: -
--

CREATE SEQUENCE escola_5.notas_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: notas_id_seq; Type: SEQUENCE OWNED BY; Schema: escola_5; Owner: -
--

ALTER SEQUENCE escola_5.notas_id_seq OWNED BY escola_5.notas.id;


--
-- Name: responsaveis; Type: TABLE; Schema: escola_5; Owner: -
--

CREATE TABLE escola_5.responsaveis (
    id integer NOT NULL,
    aluno_id integer NOT NULL,
    nome character varying(120) NOT NULL,
    parentesco character varying(20) NOT NULL,
    telefone character varying(20),
    email character varying(160),
    cpf character varying(14)
);


--
-- Name: responsaveis_id_seq; Type: SEQUENCE; Schema: escola_5; Owner: -
--

CREATE SEQUENCE escola_5.responsaveis_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: responsaveis_id_seq; Type: SEQUENCE OWNED BY; Schema: escola_5; Owner: -
--

ALTER SEQUENCE escola_5.responsaveis_id_seq OWNED BY escola_5.responsaveis.id;


--
-- Name: turmas; Type: TABLE; Schema: escola_5; Owner: -
--

CREATE TABLE escola_5.turmas (
    id integer NOT NULL,
    nome character varying(40) NOT NULL,
    serie smallint NOT NULL,
    turno character varying(10) NOT NULL,
    ano smallint NOT NULL,
    sala character varying(10)
);


--
-- Name: turmas_id_seq; Type: SEQUENCE; Schema: escola_5; Owner: -
--

CREATE SEQUENCE escola_5.turmas_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: turmas_id_seq; Type: SEQUENCE OWNED BY; Schema: escola_5; Owner: -
--

ALTER SEQUENCE escola_5.turmas_id_seq OWNED BY escola_5.turmas.id;


--
-- Name: alunos; Type: TABLE; Schema: escola_6; Owner: -
--

CREATE TABLE escola_6.alunos (
    id integer NOT NULL,
    nome character varying(120) NOT NULL,
    data_nascimento date NOT NULL,
    ra character varying(20) NOT NULL,
    ativo boolean DEFAULT true NOT NULL,
    criado_em timestamp without time zone DEFAULT now() NOT NULL
);


--
-- Name: alunos_id_seq; Type: SEQUENCE; Schema: escola_6; Owner: -
--

CREATE SEQUENCE escola_6.alunos_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: alunos_id_seq; Type: SEQUENCE OWNED BY; Schema: escola_6; Owner: -
--

ALTER SEQUENCE escola_6.alunos_id_seq OWNED BY escola_6.alunos.id;


--
-- Name: matriculas; Type: TABLE; Schema: escola_6; Owner: -
--

CREATE TABLE escola_6.matriculas (
    id integer NOT NULL,
    aluno_id integer NOT NULL,
    turma_id integer NOT NULL,
    ano smallint NOT NULL,
    numero_chamada smallint NOT NULL,
    situacao character varying(20) DEFAULT 'ativa'::character varying NOT NULL,
    criado_em timestamp without time zone DEFAULT now() NOT NULL
);


--
-- Name: matriculas_id_seq; Type: SEQUENCE; Schema: escola_6; Owner: -
--

CREATE SEQUENCE escola_6.matriculas_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: matriculas_id_seq; Type: SEQUENCE OWNED BY; Schema: escola_6; Owner: -
--

ALTER SEQUENCE escola_6.matriculas_id_seq OWNED BY escola_6.matriculas.id;


--
-- Name: notas; Type: TABLE; Schema: escola_6; Owner: -
--

CREATE TABLE escola_6.notas (
    id integer NOT NULL,
    matricula_id integer NOT NULL,
    disciplina character varying(40) NOT NULL,
    bimestre smallint NOT NULL,
    valor numeric(4,2),
    lancado_em timestamp without time zone DEFAULT now() NOT NULL
);


--
-- Name: notas_id_seq; Type: SEQUENCE; Schema: escola_6; Owner: -
--

CREATE SEQUENCE escola_6.notas_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: notas_id_seq; Type: SEQUENCE OWNED BY; Schema: escola_6; Owner: -
--

ALTER SEQUENCE escola_6.notas_id_seq OWNED BY escola_6.notas.id;


--
-- Name: responsaveis; Type: TABLE; Schema: escola_6; Owner: -
--

CREATE TABLE escola_6.responsaveis (
    id integer NOT NULL,
    aluno_id integer NOT NULL,
    nome character varying(120) NOT NULL,
    parentesco character varying(20) NOT NULL,
    telefone character varying(20),
    email character varying(160),
    cpf character varying(14)
);


--
-- Name: responsaveis_id_seq; Type: SEQUENCE; Schema: escola_6; Owner: -
--

CREATE SEQUENCE escola_6.responsaveis_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: responsaveis_id_seq; Type: SEQUENCE OWNED BY; Schema: escola_6; Owner: -
--

ALTER SEQUENCE escola_6.responsaveis_id_seq OWNED BY escola_6.responsaveis.id;


--
-- Name: turmas; Type: TABLE; Schema: escola_6; Owner: -
--

CREATE TABLE escola_6.turmas (
    id integer NOT NULL,
    nome character varying(40) NOT NULL,
    serie smallint NOT NULL,
    turno character varying(10) NOT NULL,
    ano smallint NOT NULL,
    sala character varying(10)
);


--
-- Name: turmas_id_seq; Type: SEQUENCE; Schema: escola_6; Owner: -
--

CREATE SEQUENCE escola_6.turmas_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: turmas_id_seq; Type: SEQUENCE OWNED BY; Schema: escola_6; Owner: -
--

ALTER SEQUENCE escola_6.turmas_id_seq OWNED BY escola_6.turmas.id;


--
-- Name: alunos; Type: TABLE; Schema: escola_7; Owner: -
--

CREATE TABLE escola_7.alunos (
    id integer NOT NULL,
    nome character varying(120) NOT NULL,
    data_nascimento date NOT NULL,
    ra character varying(20) NOT NULL,
    ativo boolean DEFAULT true NOT NULL,
    criado_em timestamp without time zone DEFAULT now() NOT NULL
);


--
-- Name: alunos_id_seq; Type: SEQUENCE; Schema: escola_7; Owner: -
--

CREATE SEQUENCE escola_7.alunos_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: alunos_id_seq; Type: SEQUENCE OWNED BY; Schema: escola_7; Owner: -
--

ALTER SEQUENCE escola_7.alunos_id_seq OWNED BY escola_7.alunos.id;


--
-- Name: matriculas; Type: TABLE; Schema: escola_7; Owner: -
--

CREATE TABLE escola_7.matriculas (
    id integer NOT NULL,
    aluno_id integer NOT NULL,
    turma_id integer NOT NULL,
    ano smallint NOT NULL,
    numero_chamada smallint NOT NULL,
    situacao character varying(20) DEFAULT 'ativa'::character varying NOT NULL,
    criado_em timestamp without time zone DEFAULT now() NOT NULL
);


--
-- Name: matriculas_id_seq; Type: SEQUENCE; Schema: escola_7; Owner: -
--

CREATE SEQUENCE escola_7.matriculas_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: matriculas_id_seq; Type: SEQUENCE OWNED BY; Schema: escola_7; Owner: -
--

ALTER SEQUENCE escola_7.matriculas_id_seq OWNED BY escola_7.matriculas.id;


--
-- Name: notas; Type: TABLE; Schema: escola_7; Owner: -
--

CREATE TABLE escola_7.notas (
    id integer NOT NULL,
    matricula_id integer NOT NULL,
    disciplina character varying(40) NOT NULL,
    bimestre smallint NOT NULL,
    valor numeric(4,2),
    lancado_em timestamp without time zone DEFAULT now() NOT NULL
);


--
-- Name: notas_id_seq; Type: SEQUENCE; Schema: escola_7; Owner: -
--

CREATE SEQUENCE escola_7.notas_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: notas_id_seq; Type: SEQUENCE OWNED BY; Schema: escola_7; Owner: -
--

ALTER SEQUENCE escola_7.notas_id_seq OWNED BY escola_7.notas.id;


--
-- Name: responsaveis; Type: TABLE; Schema: escola_7; Owner: -
--

CREATE TABLE escola_7.responsaveis (
    id integer NOT NULL,
    aluno_id integer NOT NULL,
    nome character varying(120) NOT NULL,
    parentesco character varying(20) NOT NULL,
    telefone character varying(20),
    email character varying(160),
    cpf character varying(14)
);


--
-- Name: responsaveis_id_seq; Type: SEQUENCE; Schema: escola_7; Owner: -
--

CREATE SEQUENCE escola_7.responsaveis_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: responsaveis_id_seq; Type: SEQUENCE OWNED BY; Schema: escola_7; Owner: -
--

ALTER SEQUENCE escola_7.responsaveis_id_seq OWNED BY escola_7.responsaveis.id;


--
-- Name: turmas; Type: TABLE; Schema: escola_7; Owner: -
--

CREATE TABLE escola_7.turmas (
    id integer NOT NULL,
    nome character varying(40) NOT NULL,
    serie smallint NOT NULL,
    turno character varying(10) NOT NULL,
    ano smallint NOT NULL,
    sala character varying(10)
);


--
-- Name: turmas_id_seq; Type: SEQUENCE; Schema: escola_7; Owner: -
--

CREATE SEQUENCE escola_7.turmas_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: turmas_id_seq; Type: SEQUENCE OWNED BY; Schema: escola_7; Owner: -
--

ALTER SEQUENCE escola_7.turmas_id_seq OWNED BY escola_7.turmas.id;


--
-- Name: alunos; Type: TABLE; Schema: escola_8; Owner: -
--

CREATE TABLE escola_8.alunos (
    id integer NOT NULL,
    nome character varying(120) NOT NULL,
    data_nascimento date NOT NULL,
    ra character varying(20) NOT NULL,
    ativo boolean DEFAULT true NOT NULL,
    criado_em timestamp without time zone DEFAULT now() NOT NULL
);


--
-- Name: alunos_id_seq; Type: SEQUENCE; Schema: escola_8; Owner: -
--

CREATE SEQUENCE escola_8.alunos_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: alunos_id_seq; Type: SEQUENCE OWNED BY; Schema: escola_8; Owner: -
--

ALTER SEQUENCE escola_8.alunos_id_seq OWNED BY escola_8.alunos.id;


--
-- Name: matriculas; Type: TABLE; Schema: escola_8; Owner: -
--

CREATE TABLE escola_8.matriculas (
    id integer NOT NULL,
    aluno_id integer NOT NULL,
    turma_id integer NOT NULL,
    ano smallint NOT NULL,
    numero_chamada smallint NOT NULL,
    situacao character varying(20) DEFAULT 'ativa'::character varying NOT NULL,
    criado_em timestamp without time zone DEFAULT now() NOT NULL
);


--
-- Name: matriculas_id_seq; Type: SEQUENCE; Schema: escola_8; Owner: -
--

CREATE SEQUENCE escola_8.matriculas_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: matriculas_id_seq; Type: SEQUENCE OWNED BY; Schema: escola_8; Owner: -
--

ALTER SEQUENCE escola_8.matriculas_id_seq OWNED BY escola_8.matriculas.id;


--
-- Name: notas; Type: TABLE; Schema: escola_8; Owner: -
--

CREATE TABLE escola_8.notas (
    id integer NOT NULL,
    matricula_id integer NOT NULL,
    disciplina character varying(40) NOT NULL,
    bimestre smallint NOT NULL,
    valor numeric(4,2),
    lancado_em timestamp without time zone DEFAULT now() NOT NULL
);


--
-- Name: notas_id_seq; Type: SEQUENCE; Schema: escola_8; Owner: -
--

CREATE SEQUENCE escola_8.notas_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: notas_id_seq; Type: SEQUENCE OWNED BY; Schema: escola_8; Owner: -
--

ALTER SEQUENCE escola_8.notas_id_seq OWNED BY escola_8.notas.id;


--
-- Name: responsaveis; Type: TABLE; Schema: escola_8; Owner: -
--

CREATE TABLE escola_8.responsaveis (
    id integer NOT NULL,
    aluno_id integer NOT NULL,
    nome character varying(120) NOT NULL,
    parentesco character varying(20) NOT NULL,
    telefone character varying(20),
    email character varying(160),
    cpf character varying(14)
);


--
-- Name: responsaveis_id_seq; Type: SEQUENCE; Schema: escola_8; Owner: -
--

CREATE SEQUENCE escola_8.responsaveis_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: responsaveis_id_seq; Type: SEQUENCE OWNED BY; Schema: escola_8; Owner: -
--

ALTER SEQUENCE escola_8.responsaveis_id_seq OWNED BY escola_8.responsaveis.id;


--
-- Name: turmas; Type: TABLE; Schema: escola_8; Owner: -
--

CREATE TABLE escola_8.turmas (
    id integer NOT NULL,
    nome character varying(40) NOT NULL,
    serie smallint NOT NULL,
    turno character varying(10) NOT NULL,
    ano smallint NOT NULL,
    sala character varying(10)
);


--
-- Name: turmas_id_seq; Type: SEQUENCE; Schema: escola_8; Owner: -
--

CREATE SEQUENCE escola_8.turmas_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: turmas_id_seq; Type: SEQUENCE OWNED BY; Schema: escola_8; Owner: -
--

ALTER SEQUENCE escola_8.turmas_id_seq OWNED BY escola_8.turmas.id;


--
-- Name: escolas; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.escolas (
    id integer NOT NULL,
    nome character varying(120) NOT NULL,
    schema_nome character varying(40) NOT NULL,
    cidade character varying(80) NOT NULL,
    uf character(2) NOT NULL,
    plano character varying(20) DEFAULT 'padrao'::character varying NOT NULL,
    criado_em timestamp without time zone DEFAULT now() NOT NULL
);


--
-- Name: escolas_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.escolas_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: escolas_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.escolas_id_seq OWNED BY public.escolas.id;


--
-- Name: usuarios; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.usuarios (
    id integer NOT NULL,
    escola_id integer NOT NULL,
    nome character varying(120) NOT NULL,
    email character varying(160) NOT NULL,
    perfil character varying(20) NOT NULL,
    senha_hash character varying(100) NOT NULL,
    ativo boolean DEFAULT true NOT NULL
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
-- Name: alunos id; Type: DEFAULT; Schema: escola_1; Owner: -
--

ALTER TABLE ONLY escola_1.alunos ALTER COLUMN id SET DEFAULT nextval('escola_1.alunos_id_seq'::regclass);


--
-- Name: matriculas id; Type: DEFAULT; Schema: escola_1; Owner: -
--

ALTER TABLE ONLY escola_1.matriculas ALTER COLUMN id SET DEFAULT nextval('escola_1.matriculas_id_seq'::regclass);


--
-- Name: notas id; Type: DEFAULT; Schema: escola_1; Owner: -
--

ALTER TABLE ONLY escola_1.notas ALTER COLUMN id SET DEFAULT nextval('escola_1.notas_id_seq'::regclass);


--
-- Name: responsaveis id; Type: DEFAULT; Schema: escola_1; Owner: -
--

ALTER TABLE ONLY escola_1.responsaveis ALTER COLUMN id SET DEFAULT nextval('escola_1.responsaveis_id_seq'::regclass);


--
-- Name: turmas id; Type: DEFAULT; Schema: escola_1; Owner: -
--

ALTER TABLE ONLY escola_1.turmas ALTER COLUMN id SET DEFAULT nextval('escola_1.turmas_id_seq'::regclass);


--
-- Name: alunos id; Type: DEFAULT; Schema: escola_2; Owner: -
--

ALTER TABLE ONLY escola_2.alunos ALTER COLUMN id SET DEFAULT nextval('escola_2.alunos_id_seq'::regclass);


--
-- Name: matriculas id; Type: DEFAULT; Schema: escola_2; Owner: -
--

ALTER TABLE ONLY escola_2.matriculas ALTER COLUMN id SET DEFAULT nextval('escola_2.matriculas_id_seq'::regclass);


--
-- Name: notas id; Type: DEFAULT; Schema: escola_2; Owner: -
--

ALTER TABLE ONLY escola_2.notas ALTER COLUMN id SET DEFAULT nextval('escola_2.notas_id_seq'::regclass);


--
-- Name: responsaveis id; Type: DEFAULT; Schema: escola_2; Owner: -
--

ALTER TABLE ONLY escola_2.responsaveis ALTER COLUMN id SET DEFAULT nextval('escola_2.responsaveis_id_seq'::regclass);


--
-- Name: turmas id; Type: DEFAULT; Schema: escola_2; Owner: -
--

ALTER TABLE ONLY escola_2.turmas ALTER COLUMN id SET DEFAULT nextval('escola_2.turmas_id_seq'::regclass);


--
-- Name: alunos id; Type: DEFAULT; Schema: escola_3; Owner: -
--

ALTER TABLE ONLY escola_3.alunos ALTER COLUMN id SET DEFAULT nextval('escola_3.alunos_id_seq'::regclass);


--
-- Name: matriculas id; Type: DEFAULT; Schema: escola_3; Owner: -
--

ALTER TABLE ONLY escola_3.matriculas ALTER COLUMN id SET DEFAULT nextval('escola_3.matriculas_id_seq'::regclass);


--
-- Name: notas id; Type: DEFAULT; Schema: escola_3; Owner: -
--

ALTER TABLE ONLY escola_3.notas ALTER COLUMN id SET DEFAULT nextval('escola_3.notas_id_seq'::regclass);


--
-- Name: responsaveis id; Type: DEFAULT; Schema: escola_3; Owner: -
--

ALTER TABLE ONLY escola_3.responsaveis ALTER COLUMN id SET DEFAULT nextval('escola_3.responsaveis_id_seq'::regclass);


--
-- Name: turmas id; Type: DEFAULT; Schema: escola_3; Owner: -
--

ALTER TABLE ONLY escola_3.turmas ALTER COLUMN id SET DEFAULT nextval('escola_3.turmas_id_seq'::regclass);


--
-- Name: alunos id; Type: DEFAULT; Schema: escola_4; Owner: -
--

ALTER TABLE ONLY escola_4.alunos ALTER COLUMN id SET DEFAULT nextval('escola_4.alunos_id_seq'::regclass);


--
-- Name: matriculas id; Type: DEFAULT; Schema: escola_4; Owner: -
--

ALTER TABLE ONLY escola_4.matriculas ALTER COLUMN id SET DEFAULT nextval('escola_4.matriculas_id_seq'::regclass);


--
-- Name: notas id; Type: DEFAULT; Schema: escola_4; Owner: -
--

ALTER TABLE ONLY escola_4.notas ALTER COLUMN id SET DEFAULT nextval('escola_4.notas_id_seq'::regclass);


--
-- Name: responsaveis id; Type: DEFAULT; Schema: escola_4; Owner: -
--

ALTER TABLE ONLY escola_4.responsaveis ALTER COLUMN id SET DEFAULT nextval('escola_4.responsaveis_id_seq'::regclass);


--
-- Name: turmas id; Type: DEFAULT; Schema: escola_4; Owner: -
--

ALTER TABLE ONLY escola_4.turmas ALTER COLUMN id SET DEFAULT nextval('escola_4.turmas_id_seq'::regclass);


--
-- Name: alunos id; Type: DEFAULT; Schema: escola_5; Owner: -
--

ALTER TABLE ONLY escola_5.alunos ALTER COLUMN id SET DEFAULT nextval('escola_5.alunos_id_seq'::regclass);


--
-- Name: matriculas id; Type: DEFAULT; Schema: escola_5; Owner: -
--

ALTER TABLE ONLY escola_5.matriculas ALTER COLUMN id SET DEFAULT nextval('escola_5.matriculas_id_seq'::regclass);


--
-- Name: notas id; Type: DEFAULT; Schema: escola_5; Owner: -
--

ALTER TABLE ONLY escola_5.notas ALTER COLUMN id SET DEFAULT nextval('escola_5.notas_id_seq'::regclass);


--
-- Name: responsaveis id; Type: DEFAULT; Schema: escola_5; Owner: -
--

ALTER TABLE ONLY escola_5.responsaveis ALTER COLUMN id SET DEFAULT nextval('escola_5.responsaveis_id_seq'::regclass);


--
-- Name: turmas id; Type: DEFAULT; Schema: escola_5; Owner: -
--

ALTER TABLE ONLY escola_5.turmas ALTER COLUMN id SET DEFAULT nextval('escola_5.turmas_id_seq'::regclass);


--
-- Name: alunos id; Type: DEFAULT; Schema: escola_6; Owner: -
--

ALTER TABLE ONLY escola_6.alunos ALTER COLUMN id SET DEFAULT nextval('escola_6.alunos_id_seq'::regclass);


--
-- Name: matriculas id; Type: DEFAULT; Schema: escola_6; Owner: -
--

ALTER TABLE ONLY escola_6.matriculas ALTER COLUMN id SET DEFAULT nextval('escola_6.matriculas_id_seq'::regclass);


--
-- Name: notas id; Type: DEFAULT; Schema: escola_6; Owner: -
--

ALTER TABLE ONLY escola_6.notas ALTER COLUMN id SET DEFAULT nextval('escola_6.notas_id_seq'::regclass);


--
-- Name: responsaveis id; Type: DEFAULT; Schema: escola_6; Owner: -
--

ALTER TABLE ONLY escola_6.responsaveis ALTER COLUMN id SET DEFAULT nextval('escola_6.responsaveis_id_seq'::regclass);


--
-- Name: turmas id; Type: DEFAULT; Schema: escola_6; Owner: -
--

ALTER TABLE ONLY escola_6.turmas ALTER COLUMN id SET DEFAULT nextval('escola_6.turmas_id_seq'::regclass);


--
-- Name: alunos id; Type: DEFAULT; Schema: escola_7; Owner: -
--

ALTER TABLE ONLY escola_7.alunos ALTER COLUMN id SET DEFAULT nextval('escola_7.alunos_id_seq'::regclass);


--
-- Name: matriculas id; Type: DEFAULT; Schema: escola_7; Owner: -
--

ALTER TABLE ONLY escola_7.matriculas ALTER COLUMN id SET DEFAULT nextval('escola_7.matriculas_id_seq'::regclass);


--
-- Name: notas id; Type: DEFAULT; Schema: escola_7; Owner: -
--

ALTER TABLE ONLY escola_7.notas ALTER COLUMN id SET DEFAULT nextval('escola_7.notas_id_seq'::regclass);


--
-- Name: responsaveis id; Type: DEFAULT; Schema: escola_7; Owner: -
--

ALTER TABLE ONLY escola_7.responsaveis ALTER COLUMN id SET DEFAULT nextval('escola_7.responsaveis_id_seq'::regclass);


--
-- Name: turmas id; Type: DEFAULT; Schema: escola_7; Owner: -
--

ALTER TABLE ONLY escola_7.turmas ALTER COLUMN id SET DEFAULT nextval('escola_7.turmas_id_seq'::regclass);


--
-- Name: alunos id; Type: DEFAULT; Schema: escola_8; Owner: -
--

ALTER TABLE ONLY escola_8.alunos ALTER COLUMN id SET DEFAULT nextval('escola_8.alunos_id_seq'::regclass);


--
-- Name: matriculas id; Type: DEFAULT; Schema: escola_8; Owner: -
--

ALTER TABLE ONLY escola_8.matriculas ALTER COLUMN id SET DEFAULT nextval('escola_8.matriculas_id_seq'::regclass);


--
-- Name: notas id; Type: DEFAULT; Schema: escola_8; Owner: -
--

ALTER TABLE ONLY escola_8.notas ALTER COLUMN id SET DEFAULT nextval('escola_8.notas_id_seq'::regclass);


--
-- Name: responsaveis id; Type: DEFAULT; Schema: escola_8; Owner: -
--

ALTER TABLE ONLY escola_8.responsaveis ALTER COLUMN id SET DEFAULT nextval('escola_8.responsaveis_id_seq'::regclass);


--
-- Name: turmas id; Type: DEFAULT; Schema: escola_8; Owner: -
--

ALTER TABLE ONLY escola_8.turmas ALTER COLUMN id SET DEFAULT nextval('escola_8.turmas_id_seq'::regclass);


--
-- Name: escolas id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.escolas ALTER COLUMN id SET DEFAULT nextval('public.escolas_id_seq'::regclass);


--
-- Name: usuarios id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.usuarios ALTER COLUMN id SET DEFAULT nextval('public.usuarios_id_seq'::regclass);


--
-- Name: alunos alunos_pkey; Type: CONSTRAINT; Schema: escola_1; Owner: -
--

ALTER TABLE ONLY escola_1.alunos
    ADD CONSTRAINT alunos_pkey PRIMARY KEY (id);


--
-- Name: matriculas matriculas_pkey; Type: CONSTRAINT; Schema: escola_1; Owner: -
--

ALTER TABLE ONLY escola_1.matriculas
    ADD CONSTRAINT matriculas_pkey PRIMARY KEY (id);


--
-- Name: notas notas_pkey; Type: CONSTRAINT; Schema: escola_1; Owner: -
--

ALTER TABLE ONLY escola_1.notas
    ADD CONSTRAINT notas_pkey PRIMARY KEY (id);


--
-- Name: responsaveis responsaveis_pkey; Type: CONSTRAINT; Schema: escola_1; Owner: -
--

ALTER TABLE ONLY escola_1.responsaveis
    ADD CONSTRAINT responsaveis_pkey PRIMARY KEY (id);


--
-- Name: turmas turmas_pkey; Type: CONSTRAINT; Schema: escola_1; Owner: -
--

ALTER TABLE ONLY escola_1.turmas
    ADD CONSTRAINT turmas_pkey PRIMARY KEY (id);


--
-- Name: alunos alunos_pkey; Type: CONSTRAINT; Schema: escola_2; Owner: -
--

ALTER TABLE ONLY escola_2.alunos
    ADD CONSTRAINT alunos_pkey PRIMARY KEY (id);


--
-- Name: matriculas matriculas_pkey; Type: CONSTRAINT; Schema: escola_2; Owner: -
--

ALTER TABLE ONLY escola_2.matriculas
    ADD CONSTRAINT matriculas_pkey PRIMARY KEY (id);


--
-- Name: notas notas_pkey; Type: CONSTRAINT; Schema: escola_2; Owner: -
--

ALTER TABLE ONLY escola_2.notas
    ADD CONSTRAINT notas_pkey PRIMARY KEY (id);


--
-- Name: responsaveis responsaveis_pkey; Type: CONSTRAINT; Schema: escola_2; Owner: -
--

ALTER TABLE ONLY escola_2.responsaveis
    ADD CONSTRAINT responsaveis_pkey PRIMARY KEY (id);


--
-- Name: turmas turmas_pkey; Type: CONSTRAINT; Schema: escola_2; Owner: -
--

ALTER TABLE ONLY escola_2.turmas
    ADD CONSTRAINT turmas_pkey PRIMARY KEY (id);


--
-- Name: alunos alunos_pkey; Type: CONSTRAINT; Schema: escola_3; Owner: -
--

ALTER TABLE ONLY escola_3.alunos
    ADD CONSTRAINT alunos_pkey PRIMARY KEY (id);


--
-- Name: matriculas matriculas_pkey; Type: CONSTRAINT; Schema: escola_3; Owner: -
--

ALTER TABLE ONLY escola_3.matriculas
    ADD CONSTRAINT matriculas_pkey PRIMARY KEY (id);


--
-- Name: notas notas_pkey; Type: CONSTRAINT; Schema: escola_3; Owner: -
--

ALTER TABLE ONLY escola_3.notas
    ADD CONSTRAINT notas_pkey PRIMARY KEY (id);


--
-- Name: responsaveis responsaveis_pkey; Type: CONSTRAINT; Schema: escola_3; Owner: -
--

ALTER TABLE ONLY escola_3.responsaveis
    ADD CONSTRAINT responsaveis_pkey PRIMARY KEY (id);


--
-- Name: turmas turmas_pkey; Type: CONSTRAINT; Schema: escola_3; Owner: -
--

ALTER TABLE ONLY escola_3.turmas
    ADD CONSTRAINT turmas_pkey PRIMARY KEY (id);


--
-- Name: alunos alunos_pkey; Type: CONSTRAINT; Schema: escola_4; Owner: -
--

ALTER TABLE ONLY escola_4.alunos
    ADD CONSTRAINT alunos_pkey PRIMARY KEY (id);


--
-- Name: matriculas matriculas_pkey; Type: CONSTRAINT; Schema: escola_4; Owner: -
--

ALTER TABLE ONLY escola_4.matriculas
    ADD CONSTRAINT matriculas_pkey PRIMARY KEY (id);


--
-- Name: notas notas_pkey; Type: CONSTRAINT; Schema: escola_4; Owner: -
--

ALTER TABLE ONLY escola_4.notas
    ADD CONSTRAINT notas_pkey PRIMARY KEY (id);


--
-- Name: responsaveis responsaveis_pkey; Type: CONSTRAINT; Schema: escola_4; Owner: -
--

ALTER TABLE ONLY escola_4.responsaveis
    ADD CONSTRAINT responsaveis_pkey PRIMARY KEY (id);


--
-- Name: turmas turmas_pkey; Type: CONSTRAINT; Schema: escola_4; Owner: -
--

ALTER TABLE ONLY escola_4.turmas
    ADD CONSTRAINT turmas_pkey PRIMARY KEY (id);


--
-- Name: alunos alunos_pkey; Type: CONSTRAINT; Schema: escola_5; Owner: -
--

ALTER TABLE ONLY escola_5.alunos
    ADD CONSTRAINT alunos_pkey PRIMARY KEY (id);


--
-- Name: matriculas matriculas_pkey; Type: CONSTRAINT; Schema: escola_5; Owner: -
--

ALTER TABLE ONLY escola_5.matriculas
    ADD CONSTRAINT matriculas_pkey PRIMARY KEY (id);


--
-- Name: notas notas_pkey; Type: CONSTRAINT; Schema: escola_5; Owner: -
--

ALTER TABLE ONLY escola_5.notas
    ADD CONSTRAINT notas_pkey PRIMARY KEY (id);


--
-- Name: responsaveis responsaveis_pkey; Type: CONSTRAINT; Schema: escola_5; Owner: -
--

ALTER TABLE ONLY escola_5.responsaveis
    ADD CONSTRAINT responsaveis_pkey PRIMARY KEY (id);


--
-- Name: turmas turmas_pkey; Type: CONSTRAINT; Schema: escola_5; Owner: -
--

ALTER TABLE ONLY escola_5.turmas
    ADD CONSTRAINT turmas_pkey PRIMARY KEY (id);


--
-- Name: alunos alunos_pkey; Type: CONSTRAINT; Schema: escola_6; Owner: -
--

ALTER TABLE ONLY escola_6.alunos
    ADD CONSTRAINT alunos_pkey PRIMARY KEY (id);


--
-- Name: matriculas matriculas_pkey; Type: CONSTRAINT; Schema: escola_6; Owner: -
--

ALTER TABLE ONLY escola_6.matriculas
    ADD CONSTRAINT matriculas_pkey PRIMARY KEY (id);


--
-- Name: notas notas_pkey; Type: CONSTRAINT; Schema: escola_6; Owner: -
--

ALTER TABLE ONLY escola_6.notas
    ADD CONSTRAINT notas_pkey PRIMARY KEY (id);


--
-- Name: responsaveis responsaveis_pkey; Type: CONSTRAINT; Schema: escola_6; Owner: -
--

ALTER TABLE ONLY escola_6.responsaveis
    ADD CONSTRAINT responsaveis_pkey PRIMARY KEY (id);


--
-- Name: turmas turmas_pkey; Type: CONSTRAINT; Schema: escola_6; Owner: -
--

ALTER TABLE ONLY escola_6.turmas
    ADD CONSTRAINT turmas_pkey PRIMARY KEY (id);


--
-- Name: alunos alunos_pkey; Type: CONSTRAINT; Schema: escola_7; Owner: -
--

ALTER TABLE ONLY escola_7.alunos
    ADD CONSTRAINT alunos_pkey PRIMARY KEY (id);


--
-- Name: matriculas matriculas_pkey; Type: CONSTRAINT; Schema: escola_7; Owner: -
--

ALTER TABLE ONLY escola_7.matriculas
    ADD CONSTRAINT matriculas_pkey PRIMARY KEY (id);


--
-- Name: notas notas_pkey; Type: CONSTRAINT; Schema: escola_7; Owner: -
--

ALTER TABLE ONLY escola_7.notas
    ADD CONSTRAINT notas_pkey PRIMARY KEY (id);


--
-- Name: responsaveis responsaveis_pkey; Type: CONSTRAINT; Schema: escola_7; Owner: -
--

ALTER TABLE ONLY escola_7.responsaveis
    ADD CONSTRAINT responsaveis_pkey PRIMARY KEY (id);


--
-- Name: turmas turmas_pkey; Type: CONSTRAINT; Schema: escola_7; Owner: -
--

ALTER TABLE ONLY escola_7.turmas
    ADD CONSTRAINT turmas_pkey PRIMARY KEY (id);


--
-- Name: alunos alunos_pkey; Type: CONSTRAINT; Schema: escola_8; Owner: -
--

ALTER TABLE ONLY escola_8.alunos
    ADD CONSTRAINT alunos_pkey PRIMARY KEY (id);


--
-- Name: matriculas matriculas_pkey; Type: CONSTRAINT; Schema: escola_8; Owner: -
--

ALTER TABLE ONLY escola_8.matriculas
    ADD CONSTRAINT matriculas_pkey PRIMARY KEY (id);


--
-- Name: notas notas_pkey; Type: CONSTRAINT; Schema: escola_8; Owner: -
--

ALTER TABLE ONLY escola_8.notas
    ADD CONSTRAINT notas_pkey PRIMARY KEY (id);


--
-- Name: responsaveis responsaveis_pkey; Type: CONSTRAINT; Schema: escola_8; Owner: -
--

ALTER TABLE ONLY escola_8.responsaveis
    ADD CONSTRAINT responsaveis_pkey PRIMARY KEY (id);


--
-- Name: turmas turmas_pkey; Type: CONSTRAINT; Schema: escola_8; Owner: -
--

ALTER TABLE ONLY escola_8.turmas
    ADD CONSTRAINT turmas_pkey PRIMARY KEY (id);


--
-- Name: escolas escolas_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.escolas
    ADD CONSTRAINT escolas_pkey PRIMARY KEY (id);


--
-- Name: escolas escolas_schema_nome_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.escolas
    ADD CONSTRAINT escolas_schema_nome_key UNIQUE (schema_nome);


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
-- Name: matriculas_turma_ano_idx; Type: INDEX; Schema: escola_1; Owner: -
--

CREATE INDEX matriculas_turma_ano_idx ON escola_1.matriculas USING btree (turma_id, ano);


--
-- Name: notas_matricula_idx; Type: INDEX; Schema: escola_1; Owner: -
--

CREATE INDEX notas_matricula_idx ON escola_1.notas USING btree (matricula_id);


--
-- Name: matriculas_turma_ano_idx; Type: INDEX; Schema: escola_2; Owner: -
--

CREATE INDEX matriculas_turma_ano_idx ON escola_2.matriculas USING btree (turma_id, ano);


--
-- Name: notas_matricula_idx; Type: INDEX; Schema: escola_2; Owner: -
--

CREATE INDEX notas_matricula_idx ON escola_2.notas USING btree (matricula_id);


--
-- Name: matriculas_turma_ano_idx; Type: INDEX; Schema: escola_3; Owner: -
--

CREATE INDEX matriculas_turma_ano_idx ON escola_3.matriculas USING btree (turma_id, ano);


--
-- Name: notas_matricula_idx; Type: INDEX; Schema: escola_3; Owner: -
--

CREATE INDEX notas_matricula_idx ON escola_3.notas USING btree (matricula_id);


--
-- Name: matriculas_turma_ano_idx; Type: INDEX; Schema: escola_4; Owner: -
--

CREATE INDEX matriculas_turma_ano_idx ON escola_4.matriculas USING btree (turma_id, ano);


--
-- Name: notas_matricula_idx; Type: INDEX; Schema: escola_4; Owner: -
--

CREATE INDEX notas_matricula_idx ON escola_4.notas USING btree (matricula_id);


--
-- Name: matriculas_turma_ano_idx; Type: INDEX; Schema: escola_5; Owner: -
--

CREATE INDEX matriculas_turma_ano_idx ON escola_5.matriculas USING btree (turma_id, ano);


--
-- Name: notas_matricula_idx; Type: INDEX; Schema: escola_5; Owner: -
--

CREATE INDEX notas_matricula_idx ON escola_5.notas USING btree (matricula_id);


--
-- Name: matriculas_turma_ano_idx; Type: INDEX; Schema: escola_6; Owner: -
--

CREATE INDEX matriculas_turma_ano_idx ON escola_6.matriculas USING btree (turma_id, ano);


--
-- Name: notas_matricula_idx; Type: INDEX; Schema: escola_6; Owner: -
--

CREATE INDEX notas_matricula_idx ON escola_6.notas USING btree (matricula_id);


--
-- Name: matriculas_turma_ano_idx; Type: INDEX; Schema: escola_7; Owner: -
--

CREATE INDEX matriculas_turma_ano_idx ON escola_7.matriculas USING btree (turma_id, ano);


--
-- Name: notas_matricula_idx; Type: INDEX; Schema: escola_7; Owner: -
--

CREATE INDEX notas_matricula_idx ON escola_7.notas USING btree (matricula_id);


--
-- Name: matriculas_turma_ano_idx; Type: INDEX; Schema: escola_8; Owner: -
--

CREATE INDEX matriculas_turma_ano_idx ON escola_8.matriculas USING btree (turma_id, ano);


--
-- Name: notas_matricula_idx; Type: INDEX; Schema: escola_8; Owner: -
--

CREATE INDEX notas_matricula_idx ON escola_8.notas USING btree (matricula_id);


--
-- PostgreSQL database dump complete
--

\unrestrict gzVOG1O0JYqQa5L8D2hyn594Hm2CFXrhiIv5fKhOa6KSd2hoELZV5P2xeZCKTgd

