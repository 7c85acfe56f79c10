--
-- PostgreSQL database dump
--

\restrict PbLtcYbgXh2S3467BwGN7bMf1p3SNt4M5fo0GIG5IzaUNar5U7MGV3jGPenRqlm

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
-- Name: escola_aurora; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA escola_aurora;


--
-- Name: escola_ipe; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA escola_ipe;


--
-- Name: escola_jatoba; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA escola_jatoba;


--
-- Name: escola_pitanga; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA escola_pitanga;


--
-- Name: escola_sao_bento; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA escola_sao_bento;


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
-- Name: alunos; Type: TABLE; Schema: escola_aurora; Owner: -
--

CREATE TABLE escola_aurora.alunos (
    id integer NOT NULL,
    nome text NOT NULL,
    ra text NOT NULL,
    data_nascimento date NOT NULL,
    responsavel text NOT NULL,
    telefone text
);


--
-- Name: alunos_id_seq; Type: SEQUENCE; Schema: escola_aurora; Owner: -
--

CREATE SEQUENCE escola_aurora.alunos_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: alunos_id_seq; Type: SEQUENCE OWNED BY; Schema: escola_aurora; Owner: -
--

ALTER SEQUENCE escola_aurora.alunos_id_seq OWNED BY escola_aurora.alunos.id;


--
-- Name: frequencias; Type: TABLE; Schema: escola_aurora; Owner: -
--

CREATE TABLE escola_aurora.frequencias (
    id bigint NOT NULL,
    matricula_id integer NOT NULL,
    dia date NOT NULL,
    presente boolean NOT NULL
);


--
-- Name: frequencias_id_seq; Type: SEQUENCE; Schema: escola_aurora; Owner: -
--

CREATE SEQUENCE escola_aurora.frequencias_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: frequencias_id_seq; Type: SEQUENCE OWNED BY; Schema: escola_aurora; Owner: -
--

ALTER SEQUENCE escola_aurora.frequencias_id_seq OWNED BY escola_aurora.frequencias.id;


--
-- Name: matriculas; Type: TABLE; Schema: escola_aurora; Owner: -
--

CREATE TABLE escola_aurora.matriculas (
    id integer NOT NULL,
    aluno_id integer NOT NULL,
    turma_id integer NOT NULL,
    ano smallint NOT NULL,
    situacao text DEFAULT 'ativa'::text NOT NULL
);


--
-- Name: matriculas_id_seq; Type: SEQUENCE; Schema: escola_aurora; Owner: -
--

CREATE SEQUENCE escola_aurora.matriculas_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: matriculas_id_seq; Type: SEQUENCE OWNED BY; Schema: escola_aurora; Owner: -
--

ALTER SEQUENCE escola_aurora.matriculas_id_seq OWNED BY escola_aurora.matriculas.id;


--
-- Name: notas; Type: TABLE; Schema: escola_aurora; Owner: -
--

CREATE TABLE escola_aurora.notas (
    id integer NOT NULL,
    matricula_id integer NOT NULL,
    disciplina text NOT NULL,
    bimestre smallint NOT NULL,
    valor numeric(4,2) NOT NULL
);


--
-- Name: notas_id_seq; Type: SEQUENCE; Schema: escola_aurora; Owner: -
--

CREATE SEQUENCE escola_aurora.notas_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: notas_id_seq; Type: SEQUENCE OWNED BY; Schema: escola_aurora; Owner: -
--

ALTER SEQUENCE escola_aurora.notas_id_seq OWNED BY escola_aurora.notas.id;


--
-- Name: professores; Type: TABLE; Schema: escola_aurora; Owner: -
--

CREATE TABLE escola_aurora.professores (
    id integer NOT NULL,
    nome text NOT NULL,
    email text NOT NULL,
    papel text NOT NULL,
    ativo boolean DEFAULT true NOT NULL
);


--
-- Name: professores_id_seq; Type: SEQUENCE; Schema: escola_aurora; Owner: -
--

CREATE SEQUENCE escola_aurora.professores_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: professores_id_seq; Type: SEQUENCE OWNED BY; Schema: escola_aurora; Owner: -
--

ALTER SEQUENCE escola_aurora.professores_id_seq OWNED BY escola_aurora.professores.id;


--
-- Name: turmas; Type: TABLE; Schema: escola_aurora; Owner: -
--

CREATE TABLE escola_aurora.turmas (
    id integer NOT NULL,
    nome text NOT NULL,
    serie smallint NOT NULL,
    turno text NOT NULL,
    ano smallint NOT NULL
);


--
-- Name: turmas_id_seq; Type: SEQUENCE; Schema: escola_aurora; Owner: -
--

CREATE SEQUENCE escola_aurora.turmas_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: turmas_id_seq; Type: SEQUENCE OWNED BY; Schema: escola_aurora; Owner: -
--

ALTER SEQUENCE escola_aurora.turmas_id_seq OWNED BY escola_aurora.turmas.id;


--
-- Name: alunos; Type: TABLE; Schema: escola_ipe; Owner: -
--

CREATE TABLE escola_ipe.alunos (
    id integer NOT NULL,
    nome text NOT NULL,
    ra text NOT NULL,
    data_nascimento date NOT NULL,
    responsavel text NOT NULL,
    telefone text
);


--
-- Name: alunos_id_seq; Type: SEQUENCE; Schema: escola_ipe; Owner: -
--

CREATE SEQUENCE escola_ipe.alunos_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: alunos_id_seq; Type: SEQUENCE OWNED BY; Schema: escola_ipe; Owner: -
--

ALTER SEQUENCE escola_ipe.alunos_id_seq OWNED BY escola_ipe.alunos.id;


--
-- Name: frequencias; Type: TABLE; Schema: escola_ipe; Owner: -
--

CREATE TABLE escola_ipe.frequencias (
    id bigint NOT NULL,
    matricula_id integer NOT NULL,
    dia date NOT NULL,
    presente boolean NOT NULL
);


--
-- Name: frequencias_id_seq; Type: SEQUENCE; Schema: escola_ipe; Owner: -
--

CREATE SEQUENCE escola_ipe.frequencias_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: frequencias_id_seq; Type: SEQUENCE OWNED BY; Schema: escola_ipe; Owner: -
--

ALTER SEQUENCE escola_ipe.frequencias_id_seq OWNED BY escola_ipe.frequencias.id;


--
-- Name: matriculas; Type: TABLE; Schema: escola_ipe; Owner: -
--

CREATE TABLE escola_ipe.matriculas (
    id integer NOT NULL,
    aluno_id integer NOT NULL,
    turma_id integer NOT NULL,
    ano smallint NOT NULL,
    situacao text DEFAULT 'ativa'::text NOT NULL
);


--
-- Name: matriculas_id_seq; Type: SEQUENCE; Schema: escola_ipe; Owner: -
--

CREATE SEQUENCE escola_ipe.matriculas_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: matriculas_id_seq; Type: SEQUENCE OWNED BY; Schema: escola_ipe; Owner: -
--

ALTER SEQUENCE escola_ipe.matriculas_id_seq OWNED BY escola_ipe.matriculas.id;


--
-- Name: notas; Type: TABLE; Schema: escola_ipe; Owner: -
--

CREATE TABLE escola_ipe.notas (
    id integer NOT NULL,
    matricula_id integer NOT NULL,
    disciplina text NOT NULL,
    bimestre smallint NOT NULL,
    valor numeric(4,2) NOT NULL
);


--
-- Name: notas_id_seq; Type: SEQUENCE; Schema: escola_ipe; Owner: -
--

CREATE SEQUENCE escola_ipe.notas_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: notas_id_seq; Type: SEQUENCE OWNED BY; Schema: escola_ipe; Owner: -
--

ALTER SEQUENCE escola_ipe.notas_id_seq OWNED BY escola_ipe.notas.id;


--
-- Name: professores; Type: TABLE; Schema: escola_ipe; Owner: -
--

CREATE TABLE escola_ipe.professores (
    id integer NOT NULL,
    nome text NOT NULL,
    email text NOT NULL,
    papel text NOT NULL,
    ativo boolean DEFAULT true NOT NULL
);


--
-- Name: professores_id_seq; Type: SEQUENCE; Schema: escola_ipe; Owner: -
--

CREATE SEQUENCE escola_ipe.professores_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: professores_id_seq; Type: SEQUENCE OWNED BY; Schema: escola_ipe; Owner: -
--

ALTER SEQUENCE escola_ipe.professores_id_seq OWNED BY escola_ipe.professores.id;


--
-- Name: turmas; Type: TABLE; Schema: escola_ipe; Owner: -
--

CREATE TABLE escola_ipe.turmas (
    id integer NOT NULL,
    nome text NOT NULL,
    serie smallint NOT NULL,
    turno text NOT NULL,
    ano smallint NOT NULL
);


--
-- Name: turmas_id_seq; Type: SEQUENCE; Schema: escola_ipe; Owner: -
--

CREATE SEQUENCE escola_ipe.turmas_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: turmas_id_seq; Type: SEQUENCE OWNED BY; Schema: escola_ipe; Owner: -
--

ALTER SEQUENCE escola_ipe.turmas_id_seq OWNED BY escola_ipe.turmas.id;


--
-- Name: alunos; Type: TABLE; Schema: escola_jatoba; Owner: -
--

CREATE TABLE escola_jatoba.alunos (
    id integer NOT NULL,
    nome text NOT NULL,
    ra text NOT NULL,
    data_nascimento date NOT NULL,
    responsavel text NOT NULL,
    telefone text
);


--
-- Name: alunos_id_seq; Type: SEQUENCE; Schema: escola_jatoba; Owner: -
--

CREATE SEQUENCE escola_jatoba.alunos_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: alunos_id_seq; Type: SEQUENCE OWNED BY; Schema: escola_jatoba; Owner: -
--

ALTER SEQUENCE escola_jatoba.alunos_id_seq OWNED BY escola_jatoba.alunos.id;


--
-- Name: frequencias; Type: TABLE; Schema: escola_jatoba; Owner: -
--

CREATE TABLE escola_jatoba.frequencias (
    id bigint NOT NULL,
    matricula_id integer NOT NULL,
    dia date NOT NULL,
    presente boolean NOT NULL
);


--
-- Name: frequencias_id_seq; Type: SEQUENCE; Schema: escola_jatoba; Owner: -
--

CREATE SEQUENCE escola_jatoba.frequencias_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: frequencias_id_seq; Type: SEQUENCE OWNED BY; Schema: escola_jatoba; Owner: -
--

ALTER SEQUENCE escola_jatoba.frequencias_id_seq OWNED BY escola_jatoba.frequencias.id;


--
-- Name: matriculas; Type: TABLE; Schema: escola_jatoba; Owner: -
--

CREATE TABLE escola_jatoba.matriculas (
    id integer NOT NULL,
    aluno_id integer NOT NULL,
    turma_id integer NOT NULL,
    ano smallint NOT NULL,
    situacao text DEFAULT 'ativa'::text NOT NULL
);


--
-- Name: matriculas_id_seq; Type: SEQUENCE; Schema: escola_jatoba; Owner: -
--

CREATE SEQUENCE escola_jatoba.matriculas_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: matriculas_id_seq; Type: SEQUENCE OWNED BY; Schema: escola_jatoba; Owner: -
--

ALTER SEQUENCE escola_jatoba.matriculas_id_seq OWNED BY escola_jatoba.matriculas.id;


--
-- Name: notas; Type: TABLE; Schema: escola_jatoba; Owner: -
--

CREATE TABLE escola_jatoba.notas (
    id integer NOT NULL,
    matricula_id integer NOT NULL,
    disciplina text NOT NULL,
    bimestre smallint NOT NULL,
    valor numeric(4,2) NOT NULL
);


--
-- Name: notas_id_seq; Type: SEQUENCE; Schema: escola_jatoba; Owner: -
--

CREATE SEQUENCE escola_jatoba.notas_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: notas_id_seq; Type: SEQUENCE OWNED BY; Schema: escola_jatoba; Owner: -
--

ALTER SEQUENCE escola_jatoba.notas_id_seq OWNED BY escola_jatoba.notas.id;


--
-- Name: professores; Type: TABLE; Schema: escola_jatoba; Owner: -
--

CREATE TABLE escola_jatoba.professores (
    id integer NOT NULL,
    nome text NOT NULL,
    email text NOT NULL,
    papel text NOT NULL,
    ativo boolean DEFAULT true NOT NULL
);


--
-- Name: professores_id_seq; Type: SEQUENCE; Schema: escola_jatoba; Owner: -
--

CREATE SEQUENCE escola_jatoba.professores_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: professores_id_seq; Type: SEQUENCE OWNED BY; Schema: escola_jatoba; Owner: -
--

ALTER SEQUENCE escola_jatoba.professores_id_seq OWNED BY escola_jatoba.professores.id;


--
-- Name: turmas; Type: TABLE; Schema: escola_jatoba; Owner: -
--

CREATE TABLE escola_jatoba.turmas (
    id integer NOT NULL,
    nome text NOT NULL,
    serie smallint NOT NULL,
    turno text NOT NULL,
    ano smallint NOT NULL
);


--
-- Name: turmas_id_seq; Type: SEQUENCE; Schema: escola_jatoba; Owner: -
--

CREATE SEQUENCE escola_jatoba.turmas_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: turmas_id_seq; Type: SEQUENCE OWNED BY; Schema: escola_jatoba; Owner: -
--

ALTER SEQUENCE escola_jatoba.turmas_id_seq OWNED BY escola_jatoba.turmas.id;


--
-- Name: alunos; Type: TABLE; Schema: escola_pitanga; Owner: -
--

CREATE TABLE escola_pitanga.alunos (
    id integer NOT NULL,
    nome text NOT NULL,
    ra text NOT NULL,
    data_nascimento date NOT NULL,
    responsavel text NOT NULL,
    telefone text
);


--
-- Name: alunos_id_seq; Type: SEQUENCE; Schema: escola_pitanga; Owner: -
--

CREATE SEQUENCE escola_pitanga.alunos_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: alunos_id_seq; Type: SEQUENCE OWNED BY; Schema: escola_pitanga; Owner: -
--

ALTER SEQUENCE escola_pitanga.alunos_id_seq OWNED BY escola_pitanga.alunos.id;


--
-- Name: frequencias; Type: TABLE; Schema: escola_pitanga; Owner: -
--

CREATE TABLE escola_pitanga.frequencias (
    id bigint NOT NULL,
    matricula_id integer NOT NULL,
    dia date NOT NULL,
    presente boolean NOT NULL
);


--
-- Name: frequencias_id_seq; Type: SEQUENCE; Schema: escola_pitanga; Owner: -
--

CREATE SEQUENCE escola_pitanga.frequencias_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: frequencias_id_seq; Type: SEQUENCE OWNED BY; Schema: escola_pitanga; Owner: -
--

ALTER SEQUENCE escola_pitanga.frequencias_id_seq OWNED BY escola_pitanga.frequencias.id;


--
-- Name: matriculas; Type: TABLE; Schema: escola_pitanga; Owner: -
--

CREATE TABLE escola_pitanga.matriculas (
    id integer NOT NULL,
    aluno_id integer NOT NULL,
    turma_id integer NOT NULL,
    ano smallint NOT NULL,
    situacao text DEFAULT 'ativa'::text NOT NULL
);


--
-- Name: matriculas_id_seq; Type: SEQUENCE; Schema: escola_pitanga; Owner: -
--

CREATE SEQUENCE escola_pitanga.matriculas_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: matriculas_id_seq; Type: SEQUENCE OWNED BY; Schema: escola_pitanga; Owner: -
--

ALTER SEQUENCE escola_pitanga.matriculas_id_seq OWNED BY escola_pitanga.matriculas.id;


--
-- Name: notas; Type: TABLE; Schema: escola_pitanga; Owner: -
--

CREATE TABLE escola_pitanga.notas (
    id integer NOT NULL,
    matricula_id integer NOT NULL,
    disciplina text NOT NULL,
    bimestre smallint NOT NULL,
    valor numeric(4,2) NOT NULL
);


--
-- Name: notas_id_seq; Type: SEQUENCE; Schema: escola_pitanga; Owner: -
--

CREATE SEQUENCE escola_pitanga.notas_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: notas_id_seq; Type: SEQUENCE OWNED BY; Schema: escola_pitanga; Owner: -
--

ALTER SEQUENCE escola_pitanga.notas_id_seq OWNED BY escola_pitanga.notas.id;


--
-- Name: professores; Type: TABLE; Schema: escola_pitanga; Owner: -
--

CREATE TABLE escola_pitanga.professores (
    id integer NOT NULL,
    nome text NOT NULL,
    email text NOT NULL,
    papel text NOT NULL,
    ativo boolean DEFAULT true NOT NULL
);


--
-- Name: professores_id_seq; Type: SEQUENCE; Schema: escola_pitanga; Owner: -
--

CREATE SEQUENCE escola_pitanga.professores_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: professores_id_seq; Type: SEQUENCE OWNED BY; Schema: escola_pitanga; Owner: -
--

ALTER SEQUENCE escola_pitanga.professores_id_seq OWNED BY escola_pitanga.professores.id;


--
-- Name: turmas; Type: TABLE; Schema: escola_pitanga; Owner: -
--

CREATE TABLE escola_pitanga.turmas (
    id integer NOT NULL,
    nome text NOT NULL,
    serie smallint NOT NULL,
    turno text NOT NULL,
    ano smallint NOT NULL
);


--
-- Name: turmas_id_seq; Type: SEQUENCE; Schema: escola_pitanga; Owner: -
--

CREATE SEQUENCE escola_pitanga.turmas_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: turmas_id_seq; Type: SEQUENCE OWNED BY; Schema: escola_pitanga; Owner: -
--

ALTER SEQUENCE escola_pitanga.turmas_id_seq OWNED BY escola_pitanga.turmas.id;


--
-- Name: alunos; Type: TABLE; Schema: escola_sao_bento; Owner: -
--

CREATE TABLE escola_sao_bento.alunos (
    id integer NOT NULL,
    nome text NOT NULL,
    ra text NOT NULL,
    data_nascimento date NOT NULL,
    responsavel text NOT NULL,
    telefone text
);


--
-- Name: alunos_id_seq; Type: SEQUENCE; Schema: escola_sao_bento; Owner: -
--

CREATE SEQUENCE escola_sao_bento.alunos_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: alunos_id_seq; Type: SEQUENCE OWNED BY; Schema: escola_sao_bento; Owner: -
--

ALTER SEQUENCE escola_sao_bento.alunos_id_seq OWNED BY escola_sao_bento.alunos.id;


--
-- Name: frequencias; Type: TABLE; Schema: escola_sao_bento; Owner: -
--

CREATE TABLE escola_sao_bento.frequencias (
    id bigint NOT NULL,
    matricula_id integer NOT NULL,
    dia date NOT NULL,
    presente boolean NOT NULL
);


--
-- Name: frequencias_id_seq; Type: SEQUENCE; Schema: escola_sao_bento; Owner: -
--

CREATE SEQUENCE escola_sao_bento.frequencias_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: frequencias_id_seq; Type: SEQUENCE OWNED BY; Schema: escola_sao_bento; Owner: -
--

ALTER SEQUENCE escola_sao_bento.frequencias_id_seq OWNED BY escola_sao_bento.frequencias.id;


--
-- Name: matriculas; Type: TABLE; Schema: escola_sao_bento; Owner: -
--

CREATE TABLE escola_sao_bento.matriculas (
    id integer NOT NULL,
    aluno_id integer NOT NULL,
    turma_id integer NOT NULL,
    ano smallint NOT NULL,
    situacao text DEFAULT 'ativa'::text NOT NULL
);


--
-- Name: matriculas_id_seq; Type: SEQUENCE; Schema: escola_sao_bento; Owner: -
--

CREATE SEQUENCE escola_sao_bento.matriculas_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: matriculas_id_seq; Type: SEQUENCE OWNED BY; Schema: escola_sao_bento; Owner: -
--

ALTER SEQUENCE escola_sao_bento.matriculas_id_seq OWNED BY escola_sao_bento.matriculas.id;


--
-- Name: notas; Type: TABLE; Schema: escola_sao_bento; Owner: -
--

CREATE TABLE escola_sao_bento.notas (
    id integer NOT NULL,
    matricula_id integer NOT NULL,
    disciplina text NOT NULL,
    bimestre smallint NOT NULL,
    valor numeric(4,2) NOT NULL
);


--
-- Name: notas_id_seq; Type: SEQUENCE; Schema: escola_sao_bento; Owner: -
--

CREATE SEQUENCE escola_sao_bento.notas_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: notas_id_seq; Type: SEQUENCE OWNED BY; Schema: escola_sao_bento; Owner: -
--

ALTER SEQUENCE escola_sao_bento.notas_id_seq OWNED BY escola_sao_bento.notas.id;


--
-- Name: professores; Type: TABLE; Schema: escola_sao_bento; Owner: -
--

CREATE TABLE escola_sao_bento.professores (
    id integer NOT NULL,
    nome text NOT NULL,
    email text NOT NULL,
    papel text NOT NULL,
    ativo boolean DEFAULT true NOT NULL
);


--
-- Name: professores_id_seq; Type: SEQUENCE; Schema: escola_sao_bento; Owner: -
--

CREATE SEQUENCE escola_sao_bento.professores_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: professores_id_seq; Type: SEQUENCE OWNED BY; Schema: escola_sao_bento; Owner: -
--

ALTER SEQUENCE escola_sao_bento.professores_id_seq OWNED BY escola_sao_bento.professores.id;


--
-- Name: turmas; Type: TABLE; Schema: escola_sao_bento; Owner: -
--

CREATE TABLE escola_sao_bento.turmas (
    id integer NOT NULL,
    nome text NOT NULL,
    serie smallint NOT NULL,
    turno text NOT NULL,
    ano smallint NOT NULL
);


--
-- Name: turmas_id_seq; Type: SEQUENCE; Schema: escola_sao_bento; Owner: -
--

CREATE SEQUENCE escola_sao_bento.turmas_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: turmas_id_seq; Type: SEQUENCE OWNED BY; Schema: escola_sao_bento; Owner: -
--

ALTER SEQUENCE escola_sao_bento.turmas_id_seq OWNED BY escola_sao_bento.turmas.id;


--
-- Name: escolas; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.escolas (
    id smallint NOT NULL,
    nome text NOT NULL,
    schema text NOT NULL,
    cidade text NOT NULL,
    plano text NOT NULL,
    ativa boolean DEFAULT true NOT NULL
);


--
-- Name: logins; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.logins (
    email text NOT NULL,
    escola_id smallint NOT NULL,
    usuario_id integer NOT NULL
);


--
-- Name: alunos id; Type: DEFAULT; Schema: escola_aurora; Owner: -
--

ALTER TABLE ONLY escola_aurora.alunos ALTER COLUMN id SET DEFAULT nextval('escola_aurora.alunos_id_seq'::regclass);


--
-- Name: frequencias id; Type: DEFAULT; Schema: escola_aurora; Owner: -
--

ALTER TABLE ONLY escola_aurora.frequencias ALTER COLUMN id SET DEFAULT nextval('escola_aurora.frequencias_id_seq'::regclass);


--
-- Name: matriculas id; Type: DEFAULT; Schema: escola_aurora; Owner: -
--

ALTER TABLE ONLY escola_aurora.matriculas ALTER COLUMN id SET DEFAULT nextval('escola_aurora.matriculas_id_seq'::regclass);


--
-- Name: notas id; Type: DEFAULT; Schema: escola_aurora; Owner: -
--

ALTER TABLE ONLY escola_aurora.notas ALTER COLUMN id SET DEFAULT nextval('escola_aurora.notas_id_seq'::regclass);


--
-- Name: professores id; Type: DEFAULT; Schema: escola_aurora; Owner: -
--

ALTER TABLE ONLY escola_aurora.professores ALTER COLUMN id SET DEFAULT nextval('escola_aurora.professores_id_seq'::regclass);


--
-- Name: turmas id; Type: DEFAULT; Schema: escola_aurora; Owner: -
--

ALTER TABLE ONLY escola_aurora.turmas ALTER COLUMN id SET DEFAULT nextval('escola_aurora.turmas_id_seq'::regclass);


--
-- Name: alunos id; Type: DEFAULT; Schema: escola_ipe; Owner: -
--

ALTER TABLE ONLY escola_ipe.alunos ALTER COLUMN id SET DEFAULT nextval('escola_ipe.alunos_id_seq'::regclass);


--
-- Name: frequencias id; Type: DEFAULT; Schema: escola_ipe; Owner: -
--

ALTER TABLE ONLY escola_ipe.frequencias ALTER COLUMN id SET DEFAULT nextval('escola_ipe.frequencias_id_seq'::regclass);


--
-- Name: matriculas id; Type: DEFAULT; Schema: escola_ipe; Owner: -
--

ALTER TABLE ONLY escola_ipe.matriculas ALTER COLUMN id SET DEFAULT nextval('escola_ipe.matriculas_id_seq'::regclass);


--
-- Name: notas id; Type: DEFAULT; Schema: escola_ipe; Owner: -
--

ALTER TABLE ONLY escola_ipe.notas ALTER COLUMN id SET DEFAULT nextval('escola_ipe.notas_id_seq'::regclass);


--
-- Name: professores id; Type: DEFAULT; Schema: escola_ipe; Owner: -
--

ALTER TABLE ONLY escola_ipe.professores ALTER COLUMN id SET DEFAULT nextval('escola_ipe.professores_id_seq'::regclass);


--
-- Name: turmas id; Type: DEFAULT; Schema: escola_ipe; Owner: -
--

ALTER TABLE ONLY escola_ipe.turmas ALTER COLUMN id SET DEFAULT nextval('escola_ipe.turmas_id_seq'::regclass);


--
-- Name: alunos id; Type: DEFAULT; Schema: escola_jatoba; Owner: -
--

ALTER TABLE ONLY escola_jatoba.alunos ALTER COLUMN id SET DEFAULT nextval('escola_jatoba.alunos_id_seq'::regclass);


--
-- Name: frequencias id; Type: DEFAULT; Schema: escola_jatoba; Owner: -
--

ALTER TABLE ONLY escola_jatoba.frequencias ALTER COLUMN id SET DEFAULT nextval('escola_jatoba.frequencias_id_seq'::regclass);


--
-- Name: matriculas id; Type: DEFAULT; Schema: escola_jatoba; Owner: -
--

ALTER TABLE ONLY escola_jatoba.matriculas ALTER COLUMN id SET DEFAULT nextval('escola_jatoba.matriculas_id_seq'::regclass);


--
-- Name: notas id; Type: DEFAULT; Schema: escola_jatoba; Owner: -
--

ALTER TABLE ONLY escola_jatoba.notas ALTER COLUMN id SET DEFAULT nextval('escola_jatoba.notas_id_seq'::regclass);


--
-- Name: professores id; Type: DEFAULT; Schema: escola_jatoba; Owner: -
--

ALTER TABLE ONLY escola_jatoba.professores ALTER COLUMN id SET DEFAULT nextval('escola_jatoba.professores_id_seq'::regclass);


--
-- Name: turmas id; Type: DEFAULT; Schema: escola_jatoba; Owner: -
--

ALTER TABLE ONLY escola_jatoba.turmas ALTER COLUMN id SET DEFAULT nextval('escola_jatoba.turmas_id_seq'::regclass);


--
-- Name: alunos id; Type: DEFAULT; Schema: escola_pitanga; Owner: -
--

ALTER TABLE ONLY escola_pitanga.alunos ALTER COLUMN id SET DEFAULT nextval('escola_pitanga.alunos_id_seq'::regclass);


--
-- Name: frequencias id; Type: DEFAULT; Schema: escola_pitanga; Owner: -
--

ALTER TABLE ONLY escola_pitanga.frequencias ALTER COLUMN id SET DEFAULT nextval('escola_pitanga.frequencias_id_seq'::regclass);


--
-- Name: matriculas id; Type: DEFAULT; Schema: escola_pitanga; Owner: -
--

ALTER TABLE ONLY escola_pitanga.matriculas ALTER COLUMN id SET DEFAULT nextval('escola_pitanga.matriculas_id_seq'::regclass);


--
-- Name: notas id; Type: DEFAULT; Schema: escola_pitanga; Owner: -
--

ALTER TABLE ONLY escola_pitanga.notas ALTER COLUMN id SET DEFAULT nextval('escola_pitanga.notas_id_seq'::regclass);


--
-- Name: professores id; Type: DEFAULT; Schema: escola_pitanga; Owner: -
--

ALTER TABLE ONLY escola_pitanga.professores ALTER COLUMN id SET DEFAULT nextval('escola_pitanga.professores_id_seq'::regclass);


--
-- Name: turmas id; Type: DEFAULT; Schema: escola_pitanga; Owner: -
--

ALTER TABLE ONLY escola_pitanga.turmas ALTER COLUMN id SET DEFAULT nextval('escola_pitanga.turmas_id_seq'::regclass);


--
-- Name: alunos id; Type: DEFAULT; Schema: escola_sao_bento; Owner: -
--

ALTER TABLE ONLY escola_sao_bento.alunos ALTER COLUMN id SET DEFAULT nextval('escola_sao_bento.alunos_id_seq'::regclass);


--
-- Name: frequencias id; Type: DEFAULT; Schema: escola_sao_bento; Owner: -
--

ALTER TABLE ONLY escola_sao_bento.frequencias ALTER COLUMN id SET DEFAULT nextval('escola_sao_bento.frequencias_id_seq'::regclass);


--
-- Name: matriculas id; Type: DEFAULT; Schema: escola_sao_bento; Owner: -
--

ALTER TABLE ONLY escola_sao_bento.matriculas ALTER COLUMN id SET DEFAULT nextval('escola_sao_bento.matriculas_id_seq'::regclass);


--
-- Name: notas id; Type: DEFAULT; Schema: escola_sao_bento; Owner: -
--

ALTER TABLE ONLY escola_sao_bento.notas ALTER COLUMN id SET DEFAULT nextval('escola_sao_bento.notas_id_seq'::regclass);


--
-- Name: professores id; Type: DEFAULT; Schema: escola_sao_bento; Owner: -
--

ALTER TABLE ONLY escola_sao_bento.professores ALTER COLUMN id SET DEFAULT nextval('escola_sao_bento.professores_id_seq'::regclass);


--
-- Name: turmas id; Type: DEFAULT; Schema: escola_sao_bento; Owner: -
--

ALTER TABLE ONLY escola_sao_bento.turmas ALTER COLUMN id SET DEFAULT nextval('escola_sao_bento.turmas_id_seq'::regclass);


--
-- Name: alunos alunos_pkey; Type: CONSTRAINT; Schema: escola_aurora; Owner: -
--

ALTER TABLE ONLY escola_aurora.alunos
    ADD CONSTRAINT alunos_pkey PRIMARY KEY (id);


--
-- Name: alunos alunos_ra_key; Type: CONSTRAINT; Schema: escola_aurora; Owner: -
--

ALTER TABLE ONLY escola_aurora.alunos
    ADD CONSTRAINT alunos_ra_key UNIQUE (ra);


--
-- Name: frequencias frequencias_matricula_id_dia_key; Type: CONSTRAINT; Schema: escola_aurora; Owner: -
--

ALTER TABLE ONLY escola_aurora.frequencias
    ADD CONSTRAINT frequencias_matricula_id_dia_key UNIQUE (matricula_id, dia);


--
-- Name: frequencias frequencias_pkey; Type: CONSTRAINT; Schema: escola_aurora; Owner: -
--

ALTER TABLE ONLY escola_aurora.frequencias
    ADD CONSTRAINT frequencias_pkey PRIMARY KEY (id);


--
-- Name: matriculas matriculas_pkey; Type: CONSTRAINT; Schema: escola_aurora; Owner: -
--

ALTER TABLE ONLY escola_aurora.matriculas
    ADD CONSTRAINT matriculas_pkey PRIMARY KEY (id);


--
-- Name: matriculas matriculas_turma_id_aluno_id_key; Type: CONSTRAINT; Schema: escola_aurora; Owner: -
--

ALTER TABLE ONLY escola_aurora.matriculas
    ADD CONSTRAINT matriculas_turma_id_aluno_id_key UNIQUE (turma_id, aluno_id);


--
-- Name: notas notas_matricula_id_disciplina_bimestre_key; Type: CONSTRAINT; Schema: escola_aurora; Owner: -
--

ALTER TABLE ONLY escola_aurora.notas
    ADD CONSTRAINT notas_matricula_id_disciplina_bimestre_key UNIQUE (matricula_id, disciplina, bimestre);


--
-- Name: notas notas_pkey; Type: CONSTRAINT; Schema: escola_aurora; Owner: -
--

ALTER TABLE ONLY escola_aurora.notas
    ADD CONSTRAINT notas_pkey PRIMARY KEY (id);


--
-- Name: professores professores_email_key; Type: CONSTRAINT; Schema: escola_aurora; Owner: -
--

ALTER TABLE ONLY escola_aurora.professores
    ADD CONSTRAINT professores_email_key UNIQUE (email);


--
-- Name: professores professores_pkey; Type: CONSTRAINT; Schema: escola_aurora; Owner: -
--

ALTER TABLE ONLY escola_aurora.professores
    ADD CONSTRAINT professores_pkey PRIMARY KEY (id);


--
-- Name: turmas turmas_pkey; Type: CONSTRAINT; Schema: escola_aurora; Owner: -
--

ALTER TABLE ONLY escola_aurora.turmas
    ADD CONSTRAINT turmas_pkey PRIMARY KEY (id);


--
-- Name: alunos alunos_pkey; Type: CONSTRAINT; Schema: escola_ipe; Owner: -
--

ALTER TABLE ONLY escola_ipe.alunos
    ADD CONSTRAINT alunos_pkey PRIMARY KEY (id);


--
-- Name: alunos alunos_ra_key; Type: CONSTRAINT; Schema: escola_ipe; Owner: -
--

ALTER TABLE ONLY escola_ipe.alunos
    ADD CONSTRAINT alunos_ra_key UNIQUE (ra);


--
-- Name: frequencias frequencias_matricula_id_dia_key; Type: CONSTRAINT; Schema: escola_ipe; Owner: -
--

ALTER TABLE ONLY escola_ipe.frequencias
    ADD CONSTRAINT frequencias_matricula_id_dia_key UNIQUE (matricula_id, dia);


--
-- Name: frequencias frequencias_pkey; Type: CONSTRAINT; Schema: escola_ipe; Owner: -
--

ALTER TABLE ONLY escola_ipe.frequencias
    ADD CONSTRAINT frequencias_pkey PRIMARY KEY (id);


--
-- Name: matriculas matriculas_pkey; Type: CONSTRAINT; Schema: escola_ipe; Owner: -
--

ALTER TABLE ONLY escola_ipe.matriculas
    ADD CONSTRAINT matriculas_pkey PRIMARY KEY (id);


--
-- Name: matriculas matriculas_turma_id_aluno_id_key; Type: CONSTRAINT; Schema: escola_ipe; Owner: -
--

ALTER TABLE ONLY escola_ipe.matriculas
    ADD CONSTRAINT matriculas_turma_id_aluno_id_key UNIQUE (turma_id, aluno_id);


--
-- Name: notas notas_matricula_id_disciplina_bimestre_key; Type: CONSTRAINT; Schema: escola_ipe; Owner: -
--

ALTER TABLE ONLY escola_ipe.notas
    ADD CONSTRAINT notas_matricula_id_disciplina_bimestre_key UNIQUE (matricula_id, disciplina, bimestre);


--
-- Name: notas notas_pkey; Type: CONSTRAINT; Schema: escola_ipe; Owner: -
--

ALTER TABLE ONLY escola_ipe.notas
    ADD CONSTRAINT notas_pkey PRIMARY KEY (id);


--
-- Name: professores professores_email_key; Type: CONSTRAINT; Schema: escola_ipe; Owner: -
--

ALTER TABLE ONLY escola_ipe.professores
    ADD CONSTRAINT professores_email_key UNIQUE (email);


--
-- Name: professores professores_pkey; Type: CONSTRAINT; Schema: escola_ipe; Owner: -
--

ALTER TABLE ONLY escola_ipe.professores
    ADD CONSTRAINT professores_pkey PRIMARY KEY (id);


--
-- Name: turmas turmas_pkey; Type: CONSTRAINT; Schema: escola_ipe; Owner: -
--

ALTER TABLE ONLY escola_ipe.turmas
    ADD CONSTRAINT turmas_pkey PRIMARY KEY (id);


--
-- Name: alunos alunos_pkey; Type: CONSTRAINT; Schema: escola_jatoba; Owner: -
--

ALTER TABLE ONLY escola_jatoba.alunos
    ADD CONSTRAINT alunos_pkey PRIMARY KEY (id);


--
-- Name: alunos alunos_ra_key; Type: CONSTRAINT; Schema: escola_jatoba; Owner: -
--

ALTER TABLE ONLY escola_jatoba.alunos
    ADD CONSTRAINT alunos_ra_key UNIQUE (ra);


--
-- Name: frequencias frequencias_matricula_id_dia_key; Type: CONSTRAINT; Schema: escola_jatoba; Owner: -
--

ALTER TABLE ONLY escola_jatoba.frequencias
    ADD CONSTRAINT frequencias_matricula_id_dia_key UNIQUE (matricula_id, dia);


--
-- Name: frequencias frequencias_pkey; Type: CONSTRAINT; Schema: escola_jatoba; Owner: -
--

ALTER TABLE ONLY escola_jatoba.frequencias
    ADD CONSTRAINT frequencias_pkey PRIMARY KEY (id);


--
-- Name: matriculas matriculas_pkey; Type: CONSTRAINT; Schema: escola_jatoba; Owner: -
--

ALTER TABLE ONLY escola_jatoba.matriculas
    ADD CONSTRAINT matriculas_pkey PRIMARY KEY (id);


--
-- Name: matriculas matriculas_turma_id_aluno_id_key; Type: CONSTRAINT; Schema: escola_jatoba; Owner: -
--

ALTER TABLE ONLY escola_jatoba.matriculas
    ADD CONSTRAINT matriculas_turma_id_aluno_id_key UNIQUE (turma_id, aluno_id);


--
-- Name: notas notas_matricula_id_disciplina_bimestre_key; Type: CONSTRAINT; Schema: escola_jatoba; Owner: -
--

ALTER TABLE ONLY escola_jatoba.notas
    ADD CONSTRAINT notas_matricula_id_disciplina_bimestre_key UNIQUE (matricula_id, disciplina, bimestre);


--
-- Name: notas notas_pkey; Type: CONSTRAINT; Schema: escola_jatoba; Owner: -
--

ALTER TABLE ONLY escola_jatoba.notas
    ADD CONSTRAINT notas_pkey PRIMARY KEY (id);


--
-- Name: professores professores_email_key; Type: CONSTRAINT; Schema: escola_jatoba; Owner: -
--

ALTER TABLE ONLY escola_jatoba.professores
    ADD CONSTRAINT professores_email_key UNIQUE (email);


--
-- Name: professores professores_pkey; Type: CONSTRAINT; Schema: escola_jatoba; Owner: -
--

ALTER TABLE ONLY escola_jatoba.professores
    ADD CONSTRAINT professores_pkey PRIMARY KEY (id);


--
-- Name: turmas turmas_pkey; Type: CONSTRAINT; Schema: escola_jatoba; Owner: -
--

ALTER TABLE ONLY escola_jatoba.turmas
    ADD CONSTRAINT turmas_pkey PRIMARY KEY (id);


--
-- Name: alunos alunos_pkey; Type: CONSTRAINT; Schema: escola_pitanga; Owner: -
--

ALTER TABLE ONLY escola_pitanga.alunos
    ADD CONSTRAINT alunos_pkey PRIMARY KEY (id);


--
-- Name: alunos alunos_ra_key; Type: CONSTRAINT; Schema: escola_pitanga; Owner: -
--

ALTER TABLE ONLY escola_pitanga.alunos
    ADD CONSTRAINT alunos_ra_key UNIQUE (ra);


--
-- Name: frequencias frequencias_matricula_id_dia_key; Type: CONSTRAINT; Schema: escola_pitanga; Owner: -
--

ALTER TABLE ONLY escola_pitanga.frequencias
    ADD CONSTRAINT frequencias_matricula_id_dia_key UNIQUE (matricula_id, dia);


--
-- Name: frequencias frequencias_pkey; Type: CONSTRAINT; Schema: escola_pitanga; Owner: -
--

ALTER TABLE ONLY escola_pitanga.frequencias
    ADD CONSTRAINT frequencias_pkey PRIMARY KEY (id);


--
-- Name: matriculas matriculas_pkey; Type: CONSTRAINT; Schema: escola_pitanga; Owner: -
--

ALTER TABLE ONLY escola_pitanga.matriculas
    ADD CONSTRAINT matriculas_pkey PRIMARY KEY (id);


--
-- Name: matriculas matriculas_turma_id_aluno_id_key; Type: CONSTRAINT; Schema: escola_pitanga; Owner: -
--

ALTER TABLE ONLY escola_pitanga.matriculas
    ADD CONSTRAINT matriculas_turma_id_aluno_id_key UNIQUE (turma_id, aluno_id);


--
-- Name: notas notas_matricula_id_disciplina_bimestre_key; Type: CONSTRAINT; Schema: escola_pitanga; Owner: -
--

ALTER TABLE ONLY escola_pitanga.notas
    ADD CONSTRAINT notas_matricula_id_disciplina_bimestre_key UNIQUE (matricula_id, disciplina, bimestre);


--
-- Name: notas notas_pkey; Type: CONSTRAINT; Schema: escola_pitanga; Owner: -
--

ALTER TABLE ONLY escola_pitanga.notas
    ADD CONSTRAINT notas_pkey PRIMARY KEY (id);


--
-- Name: professores professores_email_key; Type: CONSTRAINT; Schema: escola_pitanga; Owner: -
--

ALTER TABLE ONLY escola_pitanga.professores
    ADD CONSTRAINT professores_email_key UNIQUE (email);


--
-- Name: professores professores_pkey; Type: CONSTRAINT; Schema: escola_pitanga; Owner: -
--

ALTER TABLE ONLY escola_pitanga.professores
    ADD CONSTRAINT professores_pkey PRIMARY KEY (id);


--
-- Name: turmas turmas_pkey; Type: CONSTRAINT; Schema: escola_pitanga; Owner: -
--

ALTER TABLE ONLY escola_pitanga.turmas
    ADD CONSTRAINT turmas_pkey PRIMARY KEY (id);


--
-- Name: alunos alunos_pkey; Type: CONSTRAINT; Schema: escola_sao_bento; Owner: -
--

ALTER TABLE ONLY escola_sao_bento.alunos
    ADD CONSTRAINT alunos_pkey PRIMARY KEY (id);


--
-- Name: alunos alunos_ra_key; Type: CONSTRAINT; Schema: escola_sao_bento; Owner: -
--

ALTER TABLE ONLY escola_sao_bento.alunos
    ADD CONSTRAINT alunos_ra_key UNIQUE (ra);


--
-- Name: frequencias frequencias_matricula_id_dia_key; Type: CONSTRAINT; Schema: escola_sao_bento; Owner: -
--

ALTER TABLE ONLY escola_sao_bento.frequencias
    ADD CONSTRAINT frequencias_matricula_id_dia_key UNIQUE (matricula_id, dia);


--
-- Name: frequencias frequencias_pkey; Type: CONSTRAINT; Schema: escola_sao_bento; Owner: -
--

ALTER TABLE ONLY escola_sao_bento.frequencias
    ADD CONSTRAINT frequencias_pkey PRIMARY KEY (id);


--
-- Name: matriculas matriculas_pkey; Type: CONSTRAINT; Schema: escola_sao_bento; Owner: -
--

ALTER TABLE ONLY escola_sao_bento.matriculas
    ADD CONSTRAINT matriculas_pkey PRIMARY KEY (id);


--
-- Name: matriculas matriculas_turma_id_aluno_id_key; Type: CONSTRAINT; Schema: escola_sao_bento; Owner: -
--

ALTER TABLE ONLY escola_sao_bento.matriculas
    ADD CONSTRAINT matriculas_turma_id_aluno_id_key UNIQUE (turma_id, aluno_id);


--
-- Name: notas notas_matricula_id_disciplina_bimestre_key; Type: CONSTRAINT; Schema: escola_sao_bento; Owner: -
--

ALTER TABLE ONLY escola_sao_bento.notas
    ADD CONSTRAINT notas_matricula_id_disciplina_bimestre_key UNIQUE (matricula_id, disciplina, bimestre);


--
-- Name: notas notas_pkey; Type: CONSTRAINT; Schema: escola_sao_bento; Owner: -
--

ALTER TABLE ONLY escola_sao_bento.notas
    ADD CONSTRAINT notas_pkey PRIMARY KEY (id);


--
-- Name: professores professores_email_key; Type: CONSTRAINT; Schema: escola_sao_bento; Owner: -
--

ALTER TABLE ONLY escola_sao_bento.professores
    ADD CONSTRAINT professores_email_key UNIQUE (email);


--
-- Name: professores professores_pkey; Type: CONSTRAINT; Schema: escola_sao_bento; Owner: -
--

ALTER TABLE ONLY escola_sao_bento.professores
    ADD CONSTRAINT professores_pkey PRIMARY KEY (id);


--
-- Name: turmas turmas_pkey; Type: CONSTRAINT; Schema: escola_sao_bento; Owner: -
--

ALTER TABLE ONLY escola_sao_bento.turmas
    ADD CONSTRAINT turmas_pkey PRIMARY KEY (id);


--
-- Name: escolas escolas_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.escolas
    ADD CONSTRAINT escolas_pkey PRIMARY KEY (id);


--
-- Name: escolas escolas_schema_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.escolas
    ADD CONSTRAINT escolas_schema_key UNIQUE (schema);


--
-- Name: logins logins_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.logins
    ADD CONSTRAINT logins_pkey PRIMARY KEY (email);


--
-- Name: matriculas_aluno_idx; Type: INDEX; Schema: escola_aurora; Owner: -
--

CREATE INDEX matriculas_aluno_idx ON escola_aurora.matriculas USING btree (aluno_id);


--
-- Name: matriculas_aluno_idx; Type: INDEX; Schema: escola_ipe; Owner: -
--

CREATE INDEX matriculas_aluno_idx ON escola_ipe.matriculas USING btree (aluno_id);


--
-- Name: matriculas_aluno_idx; Type: INDEX; Schema: escola_jatoba; Owner: -
--

CREATE INDEX matriculas_aluno_idx ON escola_jatoba.matriculas USING btree (aluno_id);


--
-- Name: matriculas_aluno_idx; Type: INDEX; Schema: escola_pitanga; Owner: -
--

CREATE INDEX matriculas_aluno_idx ON escola_pitanga.matriculas USING btree (aluno_id);


--
-- Name: matriculas_aluno_idx; Type: INDEX; Schema: escola_sao_bento; Owner: -
--

CREATE INDEX matriculas_aluno_idx ON escola_sao_bento.matriculas USING btree (aluno_id);


--
-- Name: frequencias frequencias_matricula_id_fkey; Type: FK CONSTRAINT; Schema: escola_aurora; Owner: -
--

ALTER TABLE ONLY escola_aurora.frequencias
    ADD CONSTRAINT frequencias_matricula_id_fkey FOREIGN KEY (matricula_id) REFERENCES escola_aurora.matriculas(id);


--
-- Name: matriculas matriculas_aluno_id_fkey; Type: FK CONSTRAINT; Schema: escola_aurora; Owner: -
--

ALTER TABLE ONLY escola_aurora.matriculas
    ADD CONSTRAINT matriculas_aluno_id_fkey FOREIGN KEY (aluno_id) REFERENCES escola_aurora.alunos(id);


--
-- Name: matriculas matriculas_turma_id_fkey; Type: FK CONSTRAINT; Schema: escola_aurora; Owner: -
--

ALTER TABLE ONLY escola_aurora.matriculas
    ADD CONSTRAINT matriculas_turma_id_fkey FOREIGN KEY (turma_id) REFERENCES escola_aurora.turmas(id);


--
-- Name: notas notas_matricula_id_fkey; Type: FK CONSTRAINT; Schema: escola_aurora; Owner: -
--

ALTER TABLE ONLY escola_aurora.notas
    ADD CONSTRAINT notas_matricula_id_fkey FOREIGN KEY (matricula_id) REFERENCES escola_aurora.matriculas(id);


--
-- Name: frequencias frequencias_matricula_id_fkey; Type: FK CONSTRAINT; Schema: escola_ipe; Owner: -
--

ALTER TABLE ONLY escola_ipe.frequencias
    ADD CONSTRAINT frequencias_matricula_id_fkey FOREIGN KEY (matricula_id) REFERENCES escola_ipe.matriculas(id);


--
-- Name: matriculas matriculas_aluno_id_fkey; Type: FK CONSTRAINT; Schema: escola_ipe; Owner: -
--

ALTER TABLE ONLY escola_ipe.matriculas
    ADD CONSTRAINT matriculas_aluno_id_fkey FOREIGN KEY (aluno_id) REFERENCES escola_ipe.alunos(id);


--
-- Name: matriculas matriculas_turma_id_fkey; Type: FK CONSTRAINT; Schema: escola_ipe; Owner: -
--

ALTER TABLE ONLY escola_ipe.matriculas
    ADD CONSTRAINT matriculas_turma_id_fkey FOREIGN KEY (turma_id) REFERENCES escola_ipe.turmas(id);


--
-- Name: notas notas_matricula_id_fkey; Type: FK CONSTRAINT; Schema: escola_ipe; Owner: -
--

ALTER TABLE ONLY escola_ipe.notas
    ADD CONSTRAINT notas_matricula_id_fkey FOREIGN KEY (matricula_id) REFERENCES escola_ipe.matriculas(id);


--
-- Name: frequencias frequencias_matricula_id_fkey; Type: FK CONSTRAINT; Schema: escola_jatoba; Owner: -
--

ALTER TABLE ONLY escola_jatoba.frequencias
    ADD CONSTRAINT frequencias_matricula_id_fkey FOREIGN KEY (matricula_id) REFERENCES escola_jatoba.matriculas(id);


--
-- Name: matriculas matriculas_aluno_id_fkey; Type: FK CONSTRAINT; Schema: escola_jatoba; Owner: -
--

ALTER TABLE ONLY escola_jatoba.matriculas
    ADD CONSTRAINT matriculas_aluno_id_fkey FOREIGN KEY (aluno_id) REFERENCES escola_jatoba.alunos(id);


--
-- Name: matriculas matriculas_turma_id_fkey; Type: FK CONSTRAINT; Schema: escola_jatoba; Owner: -
--

ALTER TABLE ONLY escola_jatoba.matriculas
    ADD CONSTRAINT matriculas_turma_id_fkey FOREIGN KEY (turma_id) REFERENCES escola_jatoba.turmas(id);


--
-- Name: notas notas_matricula_id_fkey; Type: FK CONSTRAINT; Schema: escola_jatoba; Owner: -
--

ALTER TABLE ONLY escola_jatoba.notas
    ADD CONSTRAINT notas_matricula_id_fkey FOREIGN KEY (matricula_id) REFERENCES escola_jatoba.matriculas(id);


--
-- Name: frequencias frequencias_matricula_id_fkey; Type: FK CONSTRAINT; Schema: escola_pitanga; Owner: -
--

ALTER TABLE ONLY escola_pitanga.frequencias
    ADD CONSTRAINT frequencias_matricula_id_fkey FOREIGN KEY (matricula_id) REFERENCES escola_pitanga.matriculas(id);


--
-- Name: matriculas matriculas_aluno_id_fkey; Type: FK CONSTRAINT; Schema: escola_pitanga; Owner: -
--

ALTER TABLE ONLY escola_pitanga.matriculas
    ADD CONSTRAINT matriculas_aluno_id_fkey FOREIGN KEY (aluno_id) REFERENCES escola_pitanga.alunos(id);


--
-- Name: matriculas matriculas_turma_id_fkey; Type: FK CONSTRAINT; Schema: escola_pitanga; Owner: -
--

ALTER TABLE ONLY escola_pitanga.matriculas
    ADD CONSTRAINT matriculas_turma_id_fkey FOREIGN KEY (turma_id) REFERENCES escola_pitanga.turmas(id);


--
-- Name: notas notas_matricula_id_fkey; Type: FK CONSTRAINT; Schema: escola_pitanga; Owner: -
--

ALTER TABLE ONLY escola_pitanga.notas
    ADD CONSTRAINT notas_matricula_id_fkey FOREIGN KEY (matricula_id) REFERENCES escola_pitanga.matriculas(id);


--
-- Name: frequencias frequencias_matricula_id_fkey; Type: FK CONSTRAINT; Schema: escola_sao_bento; Owner: -
--

ALTER TABLE ONLY escola_sao_bento.frequencias
    ADD CONSTRAINT frequencias_matricula_id_fkey FOREIGN KEY (matricula_id) REFERENCES escola_sao_bento.matriculas(id);


--
-- Name: matriculas matriculas_aluno_id_fkey; Type: FK CONSTRAINT; Schema: escola_sao_bento; Owner: -
--

ALTER TABLE ONLY escola_sao_bento.matriculas
    ADD CONSTRAINT matriculas_aluno_id_fkey FOREIGN KEY (aluno_id) REFERENCES escola_sao_bento.alunos(id);


--
-- Name: matriculas matriculas_turma_id_fkey; Type: FK CONSTRAINT; Schema: escola_sao_bento; Owner: -
--

ALTER TABLE ONLY escola_sao_bento.matriculas
    ADD CONSTRAINT matriculas_turma_id_fkey FOREIGN KEY (turma_id) REFERENCES escola_sao_bento.turmas(id);


--
-- Name: notas notas_matricula_id_fkey; Type: FK CONSTRAINT; Schema: escola_sao_bento; Owner: -
--

ALTER TABLE ONLY escola_sao_bento.notas
    ADD CONSTRAINT notas_matricula_id_fkey FOREIGN KEY (matricula_id) REFERENCES escola_sao_bento.matriculas(id);


--
-- Name: logins logins_escola_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.logins
    ADD CONSTRAINT logins_escola_id_fkey FOREIGN KEY (escola_id) REFERENCES public.escolas(id);


--
-- PostgreSQL database dump complete
--

\unrestrict PbLtcYbgXh2S3467BwGN7bMf1p3SNt4M5fo0GIG5IzaUNar5U7MGV3jGPenRqlm

