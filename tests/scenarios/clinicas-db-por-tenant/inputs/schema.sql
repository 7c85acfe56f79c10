--
-- PostgreSQL database dump
--

\restrict eeEhedxh1ueuq0w5sfc4kC7tyya8dyD2CvZRo056eiAcycUVFM6S0a0SQaZXHsj

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
-- Name: agendamentos; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.agendamentos (
    id integer NOT NULL,
    paciente_id integer NOT NULL,
    profissional_id integer NOT NULL,
    inicio timestamp without time zone NOT NULL,
    status text DEFAULT 'agendado'::text NOT NULL,
    convenio text NOT NULL,
    valor numeric(10,2) DEFAULT 0 NOT NULL
);


--
-- Name: agendamentos_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.agendamentos_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: agendamentos_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.agendamentos_id_seq OWNED BY public.agendamentos.id;


--
-- Name: evolucoes; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.evolucoes (
    id integer NOT NULL,
    agendamento_id integer NOT NULL,
    texto text NOT NULL,
    criado_em timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: evolucoes_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.evolucoes_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: evolucoes_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.evolucoes_id_seq OWNED BY public.evolucoes.id;


--
-- Name: pacientes; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.pacientes (
    id integer NOT NULL,
    nome text NOT NULL,
    cpf text NOT NULL,
    data_nascimento date,
    telefone text,
    convenio text DEFAULT 'particular'::text NOT NULL,
    criado_em timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: pacientes_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.pacientes_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: pacientes_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.pacientes_id_seq OWNED BY public.pacientes.id;


--
-- Name: procedimentos; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.procedimentos (
    id bigint NOT NULL,
    agendamento_id integer NOT NULL,
    codigo_tuss text NOT NULL,
    descricao text NOT NULL,
    valor numeric(10,2) NOT NULL
);


--
-- Name: procedimentos_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.procedimentos_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: procedimentos_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.procedimentos_id_seq OWNED BY public.procedimentos.id;


--
-- Name: profissionais; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.profissionais (
    id integer NOT NULL,
    nome text NOT NULL,
    conselho text NOT NULL,
    especialidade text NOT NULL,
    ativo boolean DEFAULT true NOT NULL
);


--
-- Name: profissionais_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.profissionais_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: profissionais_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.profissionais_id_seq OWNED BY public.profissionais.id;


--
-- Name: resultados_exames; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.resultados_exames (
    id bigint NOT NULL,
    paciente_id integer NOT NULL,
    protocolo_lab text NOT NULL,
    codigo_exame text NOT NULL,
    resultado text NOT NULL,
    recebido_em timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: resultados_exames_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.resultados_exames_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: resultados_exames_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.resultados_exames_id_seq OWNED BY public.resultados_exames.id;


--
-- Name: agendamentos id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.agendamentos ALTER COLUMN id SET DEFAULT nextval('public.agendamentos_id_seq'::regclass);


--
-- Name: evolucoes id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evolucoes ALTER COLUMN id SET DEFAULT nextval('public.evolucoes_id_seq'::regclass);


--
-- Name: pacientes id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.pacientes ALTER COLUMN id SET DEFAULT nextval('public.pacientes_id_seq'::regclass);


--
-- Name: procedimentos id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.procedimentos ALTER COLUMN id SET DEFAULT nextval('public.procedimentos_id_seq'::regclass);


--
-- Name: profissionais id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.profissionais ALTER COLUMN id SET DEFAULT nextval('public.profissionais_id_seq'::regclass);


--
-- Name: resultados_exames id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resultados_exames ALTER COLUMN id SET DEFAULT nextval('public.resultados_exames_id_seq'::regclass);


--
-- Name: agendamentos agendamentos_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.agendamentos
    ADD CONSTRAINT agendamentos_pkey PRIMARY KEY (id);


--
-- Name: evolucoes evolucoes_agendamento_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evolucoes
    ADD CONSTRAINT evolucoes_agendamento_id_key UNIQUE (agendamento_id);


--
-- Name: evolucoes evolucoes_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evolucoes
    ADD CONSTRAINT evolucoes_pkey PRIMARY KEY (id);


--
-- Name: pacientes pacientes_cpf_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.pacientes
    ADD CONSTRAINT pacientes_cpf_key UNIQUE (cpf);


--
-- Name: pacientes pacientes_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.pacientes
    ADD CONSTRAINT pacientes_pkey PRIMARY KEY (id);


--
-- Name: procedimentos procedimentos_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.procedimentos
    ADD CONSTRAINT procedimentos_pkey PRIMARY KEY (id);


--
-- Name: profissionais profissionais_conselho_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.profissionais
    ADD CONSTRAINT profissionais_conselho_key UNIQUE (conselho);


--
-- Name: profissionais profissionais_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.profissionais
    ADD CONSTRAINT profissionais_pkey PRIMARY KEY (id);


--
-- Name: resultados_exames resultados_exames_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resultados_exames
    ADD CONSTRAINT resultados_exames_pkey PRIMARY KEY (id);


--
-- Name: resultados_exames resultados_exames_protocolo_exame_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resultados_exames
    ADD CONSTRAINT resultados_exames_protocolo_exame_key UNIQUE (protocolo_lab, codigo_exame);


--
-- Name: agendamentos_paciente_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX agendamentos_paciente_idx ON public.agendamentos USING btree (paciente_id, inicio);


--
-- Name: agendamentos_profissional_inicio_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX agendamentos_profissional_inicio_key ON public.agendamentos USING btree (profissional_id, inicio);


--
-- Name: procedimentos_agendamento_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX procedimentos_agendamento_idx ON public.procedimentos USING btree (agendamento_id);


--
-- Name: resultados_exames_paciente_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resultados_exames_paciente_idx ON public.resultados_exames USING btree (paciente_id, recebido_em);


--
-- Name: agendamentos agendamentos_paciente_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.agendamentos
    ADD CONSTRAINT agendamentos_paciente_id_fkey FOREIGN KEY (paciente_id) REFERENCES public.pacientes(id);


--
-- Name: agendamentos agendamentos_profissional_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.agendamentos
    ADD CONSTRAINT agendamentos_profissional_id_fkey FOREIGN KEY (profissional_id) REFERENCES public.profissionais(id);


--
-- Name: evolucoes evolucoes_agendamento_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evolucoes
    ADD CONSTRAINT evolucoes_agendamento_id_fkey FOREIGN KEY (agendamento_id) REFERENCES public.agendamentos(id);


--
-- Name: procedimentos procedimentos_agendamento_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.procedimentos
    ADD CONSTRAINT procedimentos_agendamento_id_fkey FOREIGN KEY (agendamento_id) REFERENCES public.agendamentos(id);


--
-- Name: resultados_exames resultados_exames_paciente_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resultados_exames
    ADD CONSTRAINT resultados_exames_paciente_id_fkey FOREIGN KEY (paciente_id) REFERENCES public.pacientes(id);


--
-- PostgreSQL database dump complete
--

\unrestrict eeEhedxh1ueuq0w5sfc4kC7tyya8dyD2CvZRo056eiAcycUVFM6S0a0SQaZXHsj

