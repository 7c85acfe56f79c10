--
-- PostgreSQL database dump
--

\restrict 4mf8PQGcbfAlOgkQRdsa6xT2jDljtdAGyAf7pbeALtY5GAxVxtQZA79m7X3tJ94

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
-- Name: tenant_1; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA tenant_1;


--
-- Name: tenant_2; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA tenant_2;


--
-- Name: tenant_3; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA tenant_3;


--
-- Name: tenant_4; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA tenant_4;


--
-- Name: tenant_5; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA tenant_5;


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
-- Name: accounts; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.accounts (
    id integer NOT NULL,
    name text NOT NULL,
    plan text DEFAULT 'free'::text NOT NULL,
    messages_sent integer DEFAULT 0 NOT NULL
);


--
-- Name: accounts_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.accounts_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: accounts_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.accounts_id_seq OWNED BY public.accounts.id;


--
-- Name: audit_log; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.audit_log (
    id bigint NOT NULL,
    account_id integer NOT NULL,
    user_id integer,
    action text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: audit_log_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.audit_log_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: audit_log_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.audit_log_id_seq OWNED BY public.audit_log.id;


--
-- Name: users; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.users (
    id integer NOT NULL,
    account_id integer NOT NULL,
    email text NOT NULL,
    name text,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: users_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.users_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: users_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.users_id_seq OWNED BY public.users.id;


--
-- Name: activity_log; Type: TABLE; Schema: tenant_1; Owner: -
--

CREATE TABLE tenant_1.activity_log (
    id bigint NOT NULL,
    customer_id integer,
    action text,
    payload jsonb,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: activity_log_id_seq; Type: SEQUENCE; Schema: tenant_1; Owner: -
--

CREATE SEQUENCE tenant_1.activity_log_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: activity_log_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_1; Owner: -
--

ALTER SEQUENCE tenant_1.activity_log_id_seq OWNED BY tenant_1.activity_log.id;


--
-- Name: campaigns; Type: TABLE; Schema: tenant_1; Owner: -
--

CREATE TABLE tenant_1.campaigns (
    id integer NOT NULL,
    account_id integer NOT NULL,
    name text,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: campaigns_id_seq; Type: SEQUENCE; Schema: tenant_1; Owner: -
--

CREATE SEQUENCE tenant_1.campaigns_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: campaigns_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_1; Owner: -
--

ALTER SEQUENCE tenant_1.campaigns_id_seq OWNED BY tenant_1.campaigns.id;


--
-- Name: contacts; Type: TABLE; Schema: tenant_1; Owner: -
--

CREATE TABLE tenant_1.contacts (
    id integer NOT NULL,
    phone text NOT NULL,
    name text
);


--
-- Name: customers; Type: TABLE; Schema: tenant_1; Owner: -
--

CREATE TABLE tenant_1.customers (
    id integer NOT NULL,
    account_id integer NOT NULL,
    name text,
    status text DEFAULT 'ativo'::text NOT NULL,
    deleted_at timestamp with time zone
);


--
-- Name: customers_id_seq; Type: SEQUENCE; Schema: tenant_1; Owner: -
--

CREATE SEQUENCE tenant_1.customers_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: customers_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_1; Owner: -
--

ALTER SEQUENCE tenant_1.customers_id_seq OWNED BY tenant_1.customers.id;


--
-- Name: locations; Type: TABLE; Schema: tenant_1; Owner: -
--

CREATE TABLE tenant_1.locations (
    id integer NOT NULL,
    customer_id integer,
    city text
);


--
-- Name: locations_id_seq; Type: SEQUENCE; Schema: tenant_1; Owner: -
--

CREATE SEQUENCE tenant_1.locations_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: locations_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_1; Owner: -
--

ALTER SEQUENCE tenant_1.locations_id_seq OWNED BY tenant_1.locations.id;


--
-- Name: outbox; Type: TABLE; Schema: tenant_1; Owner: -
--

CREATE TABLE tenant_1.outbox (
    id bigint NOT NULL,
    campaign_id integer NOT NULL,
    phone text NOT NULL,
    status text NOT NULL,
    queued_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: outbox_id_seq; Type: SEQUENCE; Schema: tenant_1; Owner: -
--

CREATE SEQUENCE tenant_1.outbox_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: outbox_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_1; Owner: -
--

ALTER SEQUENCE tenant_1.outbox_id_seq OWNED BY tenant_1.outbox.id;


--
-- Name: tickets; Type: TABLE; Schema: tenant_1; Owner: -
--

CREATE TABLE tenant_1.tickets (
    id integer NOT NULL,
    customer_id integer NOT NULL,
    status text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: tickets_id_seq; Type: SEQUENCE; Schema: tenant_1; Owner: -
--

CREATE SEQUENCE tenant_1.tickets_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: tickets_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_1; Owner: -
--

ALTER SEQUENCE tenant_1.tickets_id_seq OWNED BY tenant_1.tickets.id;


--
-- Name: whatsapp_logs; Type: TABLE; Schema: tenant_1; Owner: -
--

CREATE TABLE tenant_1.whatsapp_logs (
    id bigint NOT NULL,
    campaign_id integer NOT NULL,
    phone text,
    status text NOT NULL,
    sent_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: whatsapp_logs_id_seq; Type: SEQUENCE; Schema: tenant_1; Owner: -
--

CREATE SEQUENCE tenant_1.whatsapp_logs_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: whatsapp_logs_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_1; Owner: -
--

ALTER SEQUENCE tenant_1.whatsapp_logs_id_seq OWNED BY tenant_1.whatsapp_logs.id;


--
-- Name: activity_log; Type: TABLE; Schema: tenant_2; Owner: -
--

CREATE TABLE tenant_2.activity_log (
    id bigint NOT NULL,
    customer_id integer,
    action text,
    payload jsonb,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: activity_log_id_seq; Type: SEQUENCE; Schema: tenant_2; Owner: -
--

CREATE SEQUENCE tenant_2.activity_log_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: activity_log_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_2; Owner: -
--

ALTER SEQUENCE tenant_2.activity_log_id_seq OWNED BY tenant_2.activity_log.id;


--
-- Name: campaigns; Type: TABLE; Schema: tenant_2; Owner: -
--

CREATE TABLE tenant_2.campaigns (
    id integer NOT NULL,
    account_id integer NOT NULL,
    name text,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: campaigns_id_seq; Type: SEQUENCE; Schema: tenant_2; Owner: -
--

CREATE SEQUENCE tenant_2.campaigns_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: campaigns_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_2; Owner: -
--

ALTER SEQUENCE tenant_2.campaigns_id_seq OWNED BY tenant_2.campaigns.id;


--
-- Name: contacts; Type: TABLE; Schema: tenant_2; Owner: -
--

CREATE TABLE tenant_2.contacts (
    id integer NOT NULL,
    phone text NOT NULL,
    name text
);


--
-- Name: customers; Type: TABLE; Schema: tenant_2; Owner: -
--

CREATE TABLE tenant_2.customers (
    id integer NOT NULL,
    account_id integer NOT NULL,
    name text,
    status text DEFAULT 'ativo'::text NOT NULL,
    deleted_at timestamp with time zone
);


--
-- Name: customers_id_seq; Type: SEQUENCE; Schema: tenant_2; Owner: -
--

CREATE SEQUENCE tenant_2.customers_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: customers_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_2; Owner: -
--

ALTER SEQUENCE tenant_2.customers_id_seq OWNED BY tenant_2.customers.id;


--
-- Name: locations; Type: TABLE; Schema: tenant_2; Owner: -
--

CREATE TABLE tenant_2.locations (
    id integer NOT NULL,
    customer_id integer,
    city text
);


--
-- Name: locations_id_seq; Type: SEQUENCE; Schema: tenant_2; Owner: -
--

CREATE SEQUENCE tenant_2.locations_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: locations_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_2; Owner: -
--

ALTER SEQUENCE tenant_2.locations_id_seq OWNED BY tenant_2.locations.id;


--
-- Name: outbox; Type: TABLE; Schema: tenant_2; Owner: -
--

CREATE TABLE tenant_2.outbox (
    id bigint NOT NULL,
    campaign_id integer NOT NULL,
    phone text NOT NULL,
    status text NOT NULL,
    queued_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: outbox_id_seq; Type: SEQUENCE; Schema: tenant_2; Owner: -
--

CREATE SEQUENCE tenant_2.outbox_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: outbox_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_2; Owner: -
--

ALTER SEQUENCE tenant_2.outbox_id_seq OWNED BY tenant_2.outbox.id;


--
-- Name: tickets; Type: TABLE; Schema: tenant_2; Owner: -
--

CREATE TABLE tenant_2.tickets (
    id integer NOT NULL,
    customer_id integer NOT NULL,
    status text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: tickets_id_seq; Type: SEQUENCE; Schema: tenant_2; Owner: -
--

CREATE SEQUENCE tenant_2.tickets_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: tickets_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_2; Owner: -
--

ALTER SEQUENCE tenant_2.tickets_id_seq OWNED BY tenant_2.tickets.id;


--
-- Name: whatsapp_logs; Type: TABLE; Schema: tenant_2; Owner: -
--

CREATE TABLE tenant_2.whatsapp_logs (
    id bigint NOT NULL,
    campaign_id integer NOT NULL,
    phone text,
    status text NOT NULL,
    sent_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: whatsapp_logs_id_seq; Type: SEQUENCE; Schema: tenant_2; Owner: -
--

CREATE SEQUENCE tenant_2.whatsapp_logs_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: whatsapp_logs_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_2; Owner: -
--

ALTER SEQUENCE tenant_2.whatsapp_logs_id_seq OWNED BY tenant_2.whatsapp_logs.id;


--
-- Name: activity_log; Type: TABLE; Schema: tenant_3; Owner: -
--

CREATE TABLE tenant_3.activity_log (
    id bigint NOT NULL,
    customer_id integer,
    action text,
    payload jsonb,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: activity_log_id_seq; Type: SEQUENCE; Schema: tenant_3; Owner: -
--

CREATE SEQUENCE tenant_3.activity_log_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: activity_log_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_3; Owner: -
--

ALTER SEQUENCE tenant_3.activity_log_id_seq OWNED BY tenant_3.activity_log.id;


--
-- Name: campaigns; Type: TABLE; Schema: tenant_3; Owner: -
--

CREATE TABLE tenant_3.campaigns (
    id integer NOT NULL,
    account_id integer NOT NULL,
    name text,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: campaigns_id_seq; Type: SEQUENCE; Schema: tenant_3; Owner: -
--

CREATE SEQUENCE tenant_3.campaigns_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: campaigns_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_3; Owner: -
--

ALTER SEQUENCE tenant_3.campaigns_id_seq OWNED BY tenant_3.campaigns.id;


--
-- Name: contacts; Type: TABLE; Schema: tenant_3; Owner: -
--

CREATE TABLE tenant_3.contacts (
    id integer NOT NULL,
    phone text NOT NULL,
    name text
);


--
-- Name: customers; Type: TABLE; Schema: tenant_3; Owner: -
--

CREATE TABLE tenant_3.customers (
    id integer NOT NULL,
    account_id integer NOT NULL,
    name text,
    status text DEFAULT 'ativo'::text NOT NULL,
    deleted_at timestamp with time zone
);


--
-- Name: customers_id_seq; Type: SEQUENCE; Schema: tenant_3; Owner: -
--

CREATE SEQUENCE tenant_3.customers_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: customers_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_3; Owner: -
--

ALTER SEQUENCE tenant_3.customers_id_seq OWNED BY tenant_3.customers.id;


--
-- Name: outbox; Type: TABLE; Schema: tenant_3; Owner: -
--

CREATE TABLE tenant_3.outbox (
    id bigint NOT NULL,
    campaign_id integer NOT NULL,
    phone text NOT NULL,
    status text NOT NULL,
    queued_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: outbox_id_seq; Type: SEQUENCE; Schema: tenant_3; Owner: -
--

CREATE SEQUENCE tenant_3.outbox_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: outbox_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_3; Owner: -
--

ALTER SEQUENCE tenant_3.outbox_id_seq OWNED BY tenant_3.outbox.id;


--
-- Name: tickets; Type: TABLE; Schema: tenant_3; Owner: -
--

CREATE TABLE tenant_3.tickets (
    id integer NOT NULL,
    customer_id integer NOT NULL,
    status text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: tickets_id_seq; Type: SEQUENCE; Schema: tenant_3; Owner: -
--

CREATE SEQUENCE tenant_3.tickets_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: tickets_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_3; Owner: -
--

ALTER SEQUENCE tenant_3.tickets_id_seq OWNED BY tenant_3.tickets.id;


--
-- Name: whatsapp_logs; Type: TABLE; Schema: tenant_3; Owner: -
--

CREATE TABLE tenant_3.whatsapp_logs (
    id bigint NOT NULL,
    campaign_id integer NOT NULL,
    phone text,
    status text NOT NULL,
    sent_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: whatsapp_logs_id_seq; Type: SEQUENCE; Schema: tenant_3; Owner: -
--

CREATE SEQUENCE tenant_3.whatsapp_logs_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: whatsapp_logs_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_3; Owner: -
--

ALTER SEQUENCE tenant_3.whatsapp_logs_id_seq OWNED BY tenant_3.whatsapp_logs.id;


--
-- Name: activity_log; Type: TABLE; Schema: tenant_4; Owner: -
--

CREATE TABLE tenant_4.activity_log (
    id bigint NOT NULL,
    customer_id integer,
    action text,
    payload jsonb,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: activity_log_id_seq; Type: SEQUENCE; Schema: tenant_4; Owner: -
--

CREATE SEQUENCE tenant_4.activity_log_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: activity_log_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_4; Owner: -
--

ALTER SEQUENCE tenant_4.activity_log_id_seq OWNED BY tenant_4.activity_log.id;


--
-- Name: campaigns; Type: TABLE; Schema: tenant_4; Owner: -
--

CREATE TABLE tenant_4.campaigns (
    id integer NOT NULL,
    account_id integer NOT NULL,
    name text,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: campaigns_id_seq; Type: SEQUENCE; Schema: tenant_4; Owner: -
--

CREATE SEQUENCE tenant_4.campaigns_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: campaigns_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_4; Owner: -
--

ALTER SEQUENCE tenant_4.campaigns_id_seq OWNED BY tenant_4.campaigns.id;


--
-- Name: contacts; Type: TABLE; Schema: tenant_4; Owner: -
--

CREATE TABLE tenant_4.contacts (
    id integer NOT NULL,
    phone text NOT NULL,
    name text
);


--
-- Name: customers; Type: TABLE; Schema: tenant_4; Owner: -
--

CREATE TABLE tenant_4.customers (
    id integer NOT NULL,
    account_id integer NOT NULL,
    name text,
    status text DEFAULT 'ativo'::text NOT NULL,
    deleted_at timestamp with time zone
);


--
-- Name: customers_id_seq; Type: SEQUENCE; Schema: tenant_4; Owner: -
--

CREATE SEQUENCE tenant_4.customers_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: customers_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_4; Owner: -
--

ALTER SEQUENCE tenant_4.customers_id_seq OWNED BY tenant_4.customers.id;


--
-- Name: outbox; Type: TABLE; Schema: tenant_4; Owner: -
--

CREATE TABLE tenant_4.outbox (
    id bigint NOT NULL,
    campaign_id integer NOT NULL,
    phone text NOT NULL,
    status text NOT NULL,
    queued_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: outbox_id_seq; Type: SEQUENCE; Schema: tenant_4; Owner: -
--

CREATE SEQUENCE tenant_4.outbox_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: outbox_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_4; Owner: -
--

ALTER SEQUENCE tenant_4.outbox_id_seq OWNED BY tenant_4.outbox.id;


--
-- Name: tickets; Type: TABLE; Schema: tenant_4; Owner: -
--

CREATE TABLE tenant_4.tickets (
    id integer NOT NULL,
    customer_id integer NOT NULL,
    status text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: tickets_id_seq; Type: SEQUENCE; Schema: tenant_4; Owner: -
--

CREATE SEQUENCE tenant_4.tickets_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: tickets_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_4; Owner: -
--

ALTER SEQUENCE tenant_4.tickets_id_seq OWNED BY tenant_4.tickets.id;


--
-- Name: whatsapp_logs; Type: TABLE; Schema: tenant_4; Owner: -
--

CREATE TABLE tenant_4.whatsapp_logs (
    id bigint NOT NULL,
    campaign_id integer NOT NULL,
    phone text,
    status text NOT NULL,
    sent_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: whatsapp_logs_id_seq; Type: SEQUENCE; Schema: tenant_4; Owner: -
--

CREATE SEQUENCE tenant_4.whatsapp_logs_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: whatsapp_logs_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_4; Owner: -
--

ALTER SEQUENCE tenant_4.whatsapp_logs_id_seq OWNED BY tenant_4.whatsapp_logs.id;


--
-- Name: activity_log; Type: TABLE; Schema: tenant_5; Owner: -
--

CREATE TABLE tenant_5.activity_log (
    id bigint NOT NULL,
    customer_id integer,
    action text,
    payload jsonb,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: activity_log_id_seq; Type: SEQUENCE; Schema: tenant_5; Owner: -
--

CREATE SEQUENCE tenant_5.activity_log_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: activity_log_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_5; Owner: -
--

ALTER SEQUENCE tenant_5.activity_log_id_seq OWNED BY tenant_5.activity_log.id;


--
-- Name: campaigns; Type: TABLE; Schema: tenant_5; Owner: -
--

CREATE TABLE tenant_5.campaigns (
    id integer NOT NULL,
    account_id integer NOT NULL,
    name text,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: campaigns_id_seq; Type: SEQUENCE; Schema: tenant_5; Owner: -
--

CREATE SEQUENCE tenant_5.campaigns_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: campaigns_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_5; Owner: -
--

ALTER SEQUENCE tenant_5.campaigns_id_seq OWNED BY tenant_5.campaigns.id;


--
-- Name: contacts; Type: TABLE; Schema: tenant_5; Owner: -
--

CREATE TABLE tenant_5.contacts (
    id integer NOT NULL,
    phone text NOT NULL,
    name text
);


--
-- Name: customers; Type: TABLE; Schema: tenant_5; Owner: -
--

CREATE TABLE tenant_5.customers (
    id integer NOT NULL,
    account_id integer NOT NULL,
    name text,
    status text DEFAULT 'ativo'::text NOT NULL,
    deleted_at timestamp with time zone
);


--
-- Name: customers_id_seq; Type: SEQUENCE; Schema: tenant_5; Owner: -
--

CREATE SEQUENCE tenant_5.customers_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: customers_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_5; Owner: -
--

ALTER SEQUENCE tenant_5.customers_id_seq OWNED BY tenant_5.customers.id;


--
-- Name: outbox; Type: TABLE; Schema: tenant_5; Owner: -
--

CREATE TABLE tenant_5.outbox (
    id bigint NOT NULL,
    campaign_id integer NOT NULL,
    phone text NOT NULL,
    status text NOT NULL,
    queued_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: outbox_id_seq; Type: SEQUENCE; Schema: tenant_5; Owner: -
--

CREATE SEQUENCE tenant_5.outbox_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: outbox_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_5; Owner: -
--

ALTER SEQUENCE tenant_5.outbox_id_seq OWNED BY tenant_5.outbox.id;


--
-- Name: tickets; Type: TABLE; Schema: tenant_5; Owner: -
--

CREATE TABLE tenant_5.tickets (
    id integer NOT NULL,
    customer_id integer NOT NULL,
    status text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: tickets_id_seq; Type: SEQUENCE; Schema: tenant_5; Owner: -
--

CREATE SEQUENCE tenant_5.tickets_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: tickets_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_5; Owner: -
--

ALTER SEQUENCE tenant_5.tickets_id_seq OWNED BY tenant_5.tickets.id;


--
-- Name: whatsapp_logs; Type: TABLE; Schema: tenant_5; Owner: -
--

CREATE TABLE tenant_5.whatsapp_logs (
    id bigint NOT NULL,
    campaign_id integer NOT NULL,
    phone text,
    status text NOT NULL,
    sent_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: whatsapp_logs_id_seq; Type: SEQUENCE; Schema: tenant_5; Owner: -
--

CREATE SEQUENCE tenant_5.whatsapp_logs_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: whatsapp_logs_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_5; Owner: -
--

ALTER SEQUENCE tenant_5.whatsapp_logs_id_seq OWNED BY tenant_5.whatsapp_logs.id;


--
-- Name: accounts id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.accounts ALTER COLUMN id SET DEFAULT nextval('public.accounts_id_seq'::regclass);


--
-- Name: audit_log id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_log ALTER COLUMN id SET DEFAULT nextval('public.audit_log_id_seq'::regclass);


--
-- Name: users id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.users ALTER COLUMN id SET DEFAULT nextval('public.users_id_seq'::regclass);


--
-- Name: activity_log id; Type: DEFAULT; Schema: tenant_1; Owner: -
--

ALTER TABLE ONLY tenant_1.activity_log ALTER COLUMN id SET DEFAULT nextval('tenant_1.activity_log_id_seq'::regclass);


--
-- Name: campaigns id; Type: DEFAULT; Schema: tenant_1; Owner: -
--

ALTER TABLE ONLY tenant_1.campaigns ALTER COLUMN id SET DEFAULT nextval('tenant_1.campaigns_id_seq'::regclass);


--
-- Name: customers id; Type: DEFAULT; Schema: tenant_1; Owner: -
--

ALTER TABLE ONLY tenant_1.customers ALTER COLUMN id SET DEFAULT nextval('tenant_1.customers_id_seq'::regclass);


--
-- Name: locations id; Type: DEFAULT; Schema: tenant_1; Owner: -
--

ALTER TABLE ONLY tenant_1.locations ALTER COLUMN id SET DEFAULT nextval('tenant_1.locations_id_seq'::regclass);


--
-- Name: outbox id; Type: DEFAULT; Schema: tenant_1; Owner: -
--

ALTER TABLE ONLY tenant_1.outbox ALTER COLUMN id SET DEFAULT nextval('tenant_1.outbox_id_seq'::regclass);


--
-- Name: tickets id; Type: DEFAULT; Schema: tenant_1; Owner: -
--

ALTER TABLE ONLY tenant_1.tickets ALTER COLUMN id SET DEFAULT nextval('tenant_1.tickets_id_seq'::regclass);


--
-- Name: whatsapp_logs id; Type: DEFAULT; Schema: tenant_1; Owner: -
--

ALTER TABLE ONLY tenant_1.whatsapp_logs ALTER COLUMN id SET DEFAULT nextval('tenant_1.whatsapp_logs_id_seq'::regclass);


--
-- Name: activity_log id; Type: DEFAULT; Schema: tenant_2; Owner: -
--

ALTER TABLE ONLY tenant_2.activity_log ALTER COLUMN id SET DEFAULT nextval('tenant_2.activity_log_id_seq'::regclass);


--
-- Name: campaigns id; Type: DEFAULT; Schema: tenant_2; Owner: -
--

ALTER TABLE ONLY tenant_2.campaigns ALTER COLUMN id SET DEFAULT nextval('tenant_2.campaigns_id_seq'::regclass);


--
-- Name: customers id; Type: DEFAULT; Schema: tenant_2; Owner: -
--

ALTER TABLE ONLY tenant_2.customers ALTER COLUMN id SET DEFAULT nextval('tenant_2.customers_id_seq'::regclass);


--
-- Name: locations id; Type: DEFAULT; Schema: tenant_2; Owner: -
--

ALTER TABLE ONLY tenant_2.locations ALTER COLUMN id SET DEFAULT nextval('tenant_2.locations_id_seq'::regclass);


--
-- Name: outbox id; Type: DEFAULT; Schema: tenant_2; Owner: -
--

ALTER TABLE ONLY tenant_2.outbox ALTER COLUMN id SET DEFAULT nextval('tenant_2.outbox_id_seq'::regclass);


--
-- Name: tickets id; Type: DEFAULT; Schema: tenant_2; Owner: -
--

ALTER TABLE ONLY tenant_2.tickets ALTER COLUMN id SET DEFAULT nextval('tenant_2.tickets_id_seq'::regclass);


--
-- Name: whatsapp_logs id; Type: DEFAULT; Schema: tenant_2; Owner: -
--

ALTER TABLE ONLY tenant_2.whatsapp_logs ALTER COLUMN id SET DEFAULT nextval('tenant_2.whatsapp_logs_id_seq'::regclass);


--
-- Name: activity_log id; Type: DEFAULT; Schema: tenant_3; Owner: -
--

ALTER TABLE ONLY tenant_3.activity_log ALTER COLUMN id SET DEFAULT nextval('tenant_3.activity_log_id_seq'::regclass);


--
-- Name: campaigns id; Type: DEFAULT; Schema: tenant_3; Owner: -
--

ALTER TABLE ONLY tenant_3.campaigns ALTER COLUMN id SET DEFAULT nextval('tenant_3.campaigns_id_seq'::regclass);


--
-- Name: customers id; Type: DEFAULT; Schema: tenant_3; Owner: -
--

ALTER TABLE ONLY tenant_3.customers ALTER COLUMN id SET DEFAULT nextval('tenant_3.customers_id_seq'::regclass);


--
-- Name: outbox id; Type: DEFAULT; Schema: tenant_3; Owner: -
--

ALTER TABLE ONLY tenant_3.outbox ALTER COLUMN id SET DEFAULT nextval('tenant_3.outbox_id_seq'::regclass);


--
-- Name: tickets id; Type: DEFAULT; Schema: tenant_3; Owner: -
--

ALTER TABLE ONLY tenant_3.tickets ALTER COLUMN id SET DEFAULT nextval('tenant_3.tickets_id_seq'::regclass);


--
-- Name: whatsapp_logs id; Type: DEFAULT; Schema: tenant_3; Owner: -
--

ALTER TABLE ONLY tenant_3.whatsapp_logs ALTER COLUMN id SET DEFAULT nextval('tenant_3.whatsapp_logs_id_seq'::regclass);


--
-- Name: activity_log id; Type: DEFAULT; Schema: tenant_4; Owner: -
--

ALTER TABLE ONLY tenant_4.activity_log ALTER COLUMN id SET DEFAULT nextval('tenant_4.activity_log_id_seq'::regclass);


--
-- Name: campaigns id; Type: DEFAULT; Schema: tenant_4; Owner: -
--

ALTER TABLE ONLY tenant_4.campaigns ALTER COLUMN id SET DEFAULT nextval('tenant_4.campaigns_id_seq'::regclass);


--
-- Name: customers id; Type: DEFAULT; Schema: tenant_4; Owner: -
--

ALTER TABLE ONLY tenant_4.customers ALTER COLUMN id SET DEFAULT nextval('tenant_4.customers_id_seq'::regclass);


--
-- Name: outbox id; Type: DEFAULT; Schema: tenant_4; Owner: -
--

ALTER TABLE ONLY tenant_4.outbox ALTER COLUMN id SET DEFAULT nextval('tenant_4.outbox_id_seq'::regclass);


--
-- Name: tickets id; Type: DEFAULT; Schema: tenant_4; Owner: -
--

ALTER TABLE ONLY tenant_4.tickets ALTER COLUMN id SET DEFAULT nextval('tenant_4.tickets_id_seq'::regclass);


--
-- Name: whatsapp_logs id; Type: DEFAULT; Schema: tenant_4; Owner: -
--

ALTER TABLE ONLY tenant_4.whatsapp_logs ALTER COLUMN id SET DEFAULT nextval('tenant_4.whatsapp_logs_id_seq'::regclass);


--
-- Name: activity_log id; Type: DEFAULT; Schema: tenant_5; Owner: -
--

ALTER TABLE ONLY tenant_5.activity_log ALTER COLUMN id SET DEFAULT nextval('tenant_5.activity_log_id_seq'::regclass);


--
-- Name: campaigns id; Type: DEFAULT; Schema: tenant_5; Owner: -
--

ALTER TABLE ONLY tenant_5.campaigns ALTER COLUMN id SET DEFAULT nextval('tenant_5.campaigns_id_seq'::regclass);


--
-- Name: customers id; Type: DEFAULT; Schema: tenant_5; Owner: -
--

ALTER TABLE ONLY tenant_5.customers ALTER COLUMN id SET DEFAULT nextval('tenant_5.customers_id_seq'::regclass);


--
-- Name: outbox id; Type: DEFAULT; Schema: tenant_5; Owner: -
--

ALTER TABLE ONLY tenant_5.outbox ALTER COLUMN id SET DEFAULT nextval('tenant_5.outbox_id_seq'::regclass);


--
-- Name: tickets id; Type: DEFAULT; Schema: tenant_5; Owner: -
--

ALTER TABLE ONLY tenant_5.tickets ALTER COLUMN id SET DEFAULT nextval('tenant_5.tickets_id_seq'::regclass);


--
-- Name: whatsapp_logs id; Type: DEFAULT; Schema: tenant_5; Owner: -
--

ALTER TABLE ONLY tenant_5.whatsapp_logs ALTER COLUMN id SET DEFAULT nextval('tenant_5.whatsapp_logs_id_seq'::regclass);


--
-- Name: accounts accounts_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.accounts
    ADD CONSTRAINT accounts_pkey PRIMARY KEY (id);


--
-- Name: audit_log audit_log_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_log
    ADD CONSTRAINT audit_log_pkey PRIMARY KEY (id);


--
-- Name: users users_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_pkey PRIMARY KEY (id);


--
-- Name: activity_log activity_log_pkey; Type: CONSTRAINT; Schema: tenant_1; Owner: -
--

ALTER TABLE ONLY tenant_1.activity_log
    ADD CONSTRAINT activity_log_pkey PRIMARY KEY (id);


--
-- Name: campaigns campaigns_pkey; Type: CONSTRAINT; Schema: tenant_1; Owner: -
--

ALTER TABLE ONLY tenant_1.campaigns
    ADD CONSTRAINT campaigns_pkey PRIMARY KEY (id);


--
-- Name: contacts contacts_pkey; Type: CONSTRAINT; Schema: tenant_1; Owner: -
--

ALTER TABLE ONLY tenant_1.contacts
    ADD CONSTRAINT contacts_pkey PRIMARY KEY (id);


--
-- Name: customers customers_pkey; Type: CONSTRAINT; Schema: tenant_1; Owner: -
--

ALTER TABLE ONLY tenant_1.customers
    ADD CONSTRAINT customers_pkey PRIMARY KEY (id);


--
-- Name: locations locations_pkey; Type: CONSTRAINT; Schema: tenant_1; Owner: -
--

ALTER TABLE ONLY tenant_1.locations
    ADD CONSTRAINT locations_pkey PRIMARY KEY (id);


--
-- Name: outbox outbox_pkey; Type: CONSTRAINT; Schema: tenant_1; Owner: -
--

ALTER TABLE ONLY tenant_1.outbox
    ADD CONSTRAINT outbox_pkey PRIMARY KEY (id);


--
-- Name: tickets tickets_pkey; Type: CONSTRAINT; Schema: tenant_1; Owner: -
--

ALTER TABLE ONLY tenant_1.tickets
    ADD CONSTRAINT tickets_pkey PRIMARY KEY (id);


--
-- Name: whatsapp_logs whatsapp_logs_pkey; Type: CONSTRAINT; Schema: tenant_1; Owner: -
--

ALTER TABLE ONLY tenant_1.whatsapp_logs
    ADD CONSTRAINT whatsapp_logs_pkey PRIMARY KEY (id);


--
-- Name: activity_log activity_log_pkey; Type: CONSTRAINT; Schema: tenant_2; Owner: -
--

ALTER TABLE ONLY tenant_2.activity_log
    ADD CONSTRAINT activity_log_pkey PRIMARY KEY (id);


--
-- Name: campaigns campaigns_pkey; Type: CONSTRAINT; Schema: tenant_2; Owner: -
--

ALTER TABLE ONLY tenant_2.campaigns
    ADD CONSTRAINT campaigns_pkey PRIMARY KEY (id);


--
-- Name: contacts contacts_pkey; Type: CONSTRAINT; Schema: tenant_2; Owner: -
--

ALTER TABLE ONLY tenant_2.contacts
    ADD CONSTRAINT contacts_pkey PRIMARY KEY (id);


--
-- Name: customers customers_pkey; Type: CONSTRAINT; Schema: tenant_2; Owner: -
--

ALTER TABLE ONLY tenant_2.customers
    ADD CONSTRAINT customers_pkey PRIMARY KEY (id);


--
-- Name: locations locations_pkey; Type: CONSTRAINT; Schema: tenant_2; Owner: -
--

ALTER TABLE ONLY tenant_2.locations
    ADD CONSTRAINT locations_pkey PRIMARY KEY (id);


--
-- Name: outbox outbox_pkey; Type: CONSTRAINT; Schema: tenant_2; Owner: -
--

ALTER TABLE ONLY tenant_2.outbox
    ADD CONSTRAINT outbox_pkey PRIMARY KEY (id);


--
-- Name: tickets tickets_pkey; Type: CONSTRAINT; Schema: tenant_2; Owner: -
--

ALTER TABLE ONLY tenant_2.tickets
    ADD CONSTRAINT tickets_pkey PRIMARY KEY (id);


--
-- Name: whatsapp_logs whatsapp_logs_pkey; Type: CONSTRAINT; Schema: tenant_2; Owner: -
--

ALTER TABLE ONLY tenant_2.whatsapp_logs
    ADD CONSTRAINT whatsapp_logs_pkey PRIMARY KEY (id);


--
-- Name: activity_log activity_log_pkey; Type: CONSTRAINT; Schema: tenant_3; Owner: -
--

ALTER TABLE ONLY tenant_3.activity_log
    ADD CONSTRAINT activity_log_pkey PRIMARY KEY (id);


--
-- Name: campaigns campaigns_pkey; Type: CONSTRAINT; Schema: tenant_3; Owner: -
--

ALTER TABLE ONLY tenant_3.campaigns
    ADD CONSTRAINT campaigns_pkey PRIMARY KEY (id);


--
-- Name: contacts contacts_pkey; Type: CONSTRAINT; Schema: tenant_3; Owner: -
--

ALTER TABLE ONLY tenant_3.contacts
    ADD CONSTRAINT contacts_pkey PRIMARY KEY (id);


--
-- Name: customers customers_pkey; Type: CONSTRAINT; Schema: tenant_3; Owner: -
--

ALTER TABLE ONLY tenant_3.customers
    ADD CONSTRAINT customers_pkey PRIMARY KEY (id);


--
-- Name: outbox outbox_pkey; Type: CONSTRAINT; Schema: tenant_3; Owner: -
--

ALTER TABLE ONLY tenant_3.outbox
    ADD CONSTRAINT outbox_pkey PRIMARY KEY (id);


--
-- Name: tickets tickets_pkey; Type: CONSTRAINT; Schema: tenant_3; Owner: -
--

ALTER TABLE ONLY tenant_3.tickets
    ADD CONSTRAINT tickets_pkey PRIMARY KEY (id);


--
-- Name: whatsapp_logs whatsapp_logs_pkey; Type: CONSTRAINT; Schema: tenant_3; Owner: -
--

ALTER TABLE ONLY tenant_3.whatsapp_logs
    ADD CONSTRAINT whatsapp_logs_pkey PRIMARY KEY (id);


--
-- Name: activity_log activity_log_pkey; Type: CONSTRAINT; Schema: tenant_4; Owner: -
--

ALTER TABLE ONLY tenant_4.activity_log
    ADD CONSTRAINT activity_log_pkey PRIMARY KEY (id);


--
-- Name: campaigns campaigns_pkey; Type: CONSTRAINT; Schema: tenant_4; Owner: -
--

ALTER TABLE ONLY tenant_4.campaigns
    ADD CONSTRAINT campaigns_pkey PRIMARY KEY (id);


--
-- Name: contacts contacts_pkey; Type: CONSTRAINT; Schema: tenant_4; Owner: -
--

ALTER TABLE ONLY tenant_4.contacts
    ADD CONSTRAINT contacts_pkey PRIMARY KEY (id);


--
-- Name: customers customers_pkey; Type: CONSTRAINT; Schema: tenant_4; Owner: -
--

ALTER TABLE ONLY tenant_4.customers
    ADD CONSTRAINT customers_pkey PRIMARY KEY (id);


--
-- Name: outbox outbox_pkey; Type: CONSTRAINT; Schema: tenant_4; Owner: -
--

ALTER TABLE ONLY tenant_4.outbox
    ADD CONSTRAINT outbox_pkey PRIMARY KEY (id);


--
-- Name: tickets tickets_pkey; Type: CONSTRAINT; Schema: tenant_4; Owner: -
--

ALTER TABLE ONLY tenant_4.tickets
    ADD CONSTRAINT tickets_pkey PRIMARY KEY (id);


--
-- Name: whatsapp_logs whatsapp_logs_pkey; Type: CONSTRAINT; Schema: tenant_4; Owner: -
--

ALTER TABLE ONLY tenant_4.whatsapp_logs
    ADD CONSTRAINT whatsapp_logs_pkey PRIMARY KEY (id);


--
-- Name: activity_log activity_log_pkey; Type: CONSTRAINT; Schema: tenant_5; Owner: -
--

ALTER TABLE ONLY tenant_5.activity_log
    ADD CONSTRAINT activity_log_pkey PRIMARY KEY (id);


--
-- Name: campaigns campaigns_pkey; Type: CONSTRAINT; Schema: tenant_5; Owner: -
--

ALTER TABLE ONLY tenant_5.campaigns
    ADD CONSTRAINT campaigns_pkey PRIMARY KEY (id);


--
-- Name: contacts contacts_pkey; Type: CONSTRAINT; Schema: tenant_5; Owner: -
--

ALTER TABLE ONLY tenant_5.contacts
    ADD CONSTRAINT contacts_pkey PRIMARY KEY (id);


--
-- Name: customers customers_pkey; Type: CONSTRAINT; Schema: tenant_5; Owner: -
--

ALTER TABLE ONLY tenant_5.customers
    ADD CONSTRAINT customers_pkey PRIMARY KEY (id);


--
-- Name: outbox outbox_pkey; Type: CONSTRAINT; Schema: tenant_5; Owner: -
--

ALTER TABLE ONLY tenant_5.outbox
    ADD CONSTRAINT outbox_pkey PRIMARY KEY (id);


--
-- Name: tickets tickets_pkey; Type: CONSTRAINT; Schema: tenant_5; Owner: -
--

ALTER TABLE ONLY tenant_5.tickets
    ADD CONSTRAINT tickets_pkey PRIMARY KEY (id);


--
-- Name: whatsapp_logs whatsapp_logs_pkey; Type: CONSTRAINT; Schema: tenant_5; Owner: -
--

ALTER TABLE ONLY tenant_5.whatsapp_logs
    ADD CONSTRAINT whatsapp_logs_pkey PRIMARY KEY (id);


--
-- Name: audit_log_created_at_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_log_created_at_idx ON public.audit_log USING btree (created_at);


--
-- Name: users_name_created_at_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX users_name_created_at_idx ON public.users USING btree (name, created_at);


--
-- Name: users_name_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX users_name_idx ON public.users USING btree (name);


--
-- Name: users users_account_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_account_id_fkey FOREIGN KEY (account_id) REFERENCES public.accounts(id);


--
-- PostgreSQL database dump complete
--

\unrestrict 4mf8PQGcbfAlOgkQRdsa6xT2jDljtdAGyAf7pbeALtY5GAxVxtQZA79m7X3tJ94

