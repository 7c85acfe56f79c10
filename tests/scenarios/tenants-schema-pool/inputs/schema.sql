--
-- PostgreSQL database dump
--

\restrict LjJ60xifig2hEJrWh33RQusQEfJVq9bdvd3PwUZq0avPyECfjnNhbUlTEZDGNoZ

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
-- Name: tenant_1; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA tenant_1;


--
-- Name: tenant_10; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA tenant_10;


--
-- Name: tenant_11; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA tenant_11;


--
-- Name: tenant_12; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA tenant_12;


--
-- Name: tenant_13; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA tenant_13;


--
-- Name: tenant_14; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA tenant_14;


--
-- Name: tenant_15; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA tenant_15;


--
-- Name: tenant_16; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA tenant_16;


--
-- Name: tenant_17; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA tenant_17;


--
-- Name: tenant_18; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA tenant_18;


--
-- Name: tenant_19; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA tenant_19;


--
-- Name: tenant_2; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA tenant_2;


--
-- Name: tenant_20; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA tenant_20;


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
-- Name: tenant_6; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA tenant_6;


--
-- Name: tenant_7; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA tenant_7;


--
-- Name: tenant_8; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA tenant_8;


--
-- Name: tenant_9; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA tenant_9;


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
-- Name: customers; Type: TABLE; Schema: tenant_1; Owner: -
--

CREATE TABLE tenant_1.customers (
    id integer NOT NULL,
    name text NOT NULL,
    email text,
    phone text,
    created_at timestamp with time zone DEFAULT now() NOT NULL
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
    customer_id integer NOT NULL,
    name text NOT NULL,
    address text,
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
-- Name: skills; Type: TABLE; Schema: tenant_1; Owner: -
--

CREATE TABLE tenant_1.skills (
    id integer NOT NULL,
    user_id integer NOT NULL,
    name text NOT NULL
);


--
-- Name: skills_id_seq; Type: SEQUENCE; Schema: tenant_1; Owner: -
--

CREATE SEQUENCE tenant_1.skills_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: skills_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_1; Owner: -
--

ALTER SEQUENCE tenant_1.skills_id_seq OWNED BY tenant_1.skills.id;


--
-- Name: tickets; Type: TABLE; Schema: tenant_1; Owner: -
--

CREATE TABLE tenant_1.tickets (
    id integer NOT NULL,
    customer_id integer NOT NULL,
    subject text NOT NULL,
    status text DEFAULT 'open'::text NOT NULL,
    priority smallint DEFAULT 2 NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone
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
-- Name: users; Type: TABLE; Schema: tenant_1; Owner: -
--

CREATE TABLE tenant_1.users (
    id integer NOT NULL,
    name text NOT NULL,
    email text NOT NULL,
    role text DEFAULT 'agent'::text NOT NULL,
    active boolean DEFAULT true NOT NULL
);


--
-- Name: users_id_seq; Type: SEQUENCE; Schema: tenant_1; Owner: -
--

CREATE SEQUENCE tenant_1.users_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: users_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_1; Owner: -
--

ALTER SEQUENCE tenant_1.users_id_seq OWNED BY tenant_1.users.id;


--
-- Name: customers; Type: TABLE; Schema: tenant_10; Owner: -
--

CREATE TABLE tenant_10.customers (
    id integer NOT NULL,
    name text NOT NULL,
    email text,
    phone text,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: customers_id_seq; Type: SEQUENCE; Schema: tenant_10; Owner: -
--

CREATE SEQUENCE tenant_10.customers_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: customers_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_10; Owner: -
--

ALTER SEQUENCE tenant_10.customers_id_seq OWNED BY tenant_10.customers.id;


--
-- Name: locations; Type: TABLE; Schema: tenant_10; Owner: -
--

CREATE TABLE tenant_10.locations (
    id integer NOT NULL,
    customer_id integer NOT NULL,
    name text NOT NULL,
    address text,
    city text
);


--
-- Name: locations_id_seq; Type: SEQUENCE; Schema: tenant_10; Owner: -
--

CREATE SEQUENCE tenant_10.locations_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: locations_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_10; Owner: -
--

ALTER SEQUENCE tenant_10.locations_id_seq OWNED BY tenant_10.locations.id;


--
-- Name: skills; Type: TABLE; Schema: tenant_10; Owner: -
--

CREATE TABLE tenant_10.skills (
    id integer NOT NULL,
    user_id integer NOT NULL,
    name text NOT NULL
);


--
-- Name: skills_id_seq; Type: SEQUENCE; Schema: tenant_10; Owner: -
--

CREATE SEQUENCE tenant_10.skills_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: skills_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_10; Owner: -
--

ALTER SEQUENCE tenant_10.skills_id_seq OWNED BY tenant_10.skills.id;


--
-- Name: tickets; Type: TABLE; Schema: tenant_10; Owner: -
--

CREATE TABLE tenant_10.tickets (
    id integer NOT NULL,
    customer_id integer NOT NULL,
    subject text NOT NULL,
    status text DEFAULT 'open'::text NOT NULL,
    priority smallint DEFAULT 2 NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone
);


--
-- Name: tickets_id_seq; Type: SEQUENCE; Schema: tenant_10; Owner: -
--

CREATE SEQUENCE tenant_10.tickets_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: tickets_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_10; Owner: -
--

ALTER SEQUENCE tenant_10.tickets_id_seq OWNED BY tenant_10.tickets.id;


--
-- Name: users; Type: TABLE; Schema: tenant_10; Owner: -
--

CREATE TABLE tenant_10.users (
    id integer NOT NULL,
    name text NOT NULL,
    email text NOT NULL,
    role text DEFAULT 'agent'::text NOT NULL,
    active boolean DEFAULT true NOT NULL
);


--
-- Name: users_id_seq; Type: SEQUENCE; Schema: tenant_10; Owner: -
--

CREATE SEQUENCE tenant_10.users_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: users_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_10; Owner: -
--

ALTER SEQUENCE tenant_10.users_id_seq OWNED BY tenant_10.users.id;


--
-- Name: customers; Type: TABLE; Schema: tenant_11; Owner: -
--

CREATE TABLE tenant_11.customers (
    id integer NOT NULL,
    name text NOT NULL,
    email text,
    phone text,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: customers_id_seq; Type: SEQUENCE; Schema: tenant_11; Owner: -
--

CREATE SEQUENCE tenant_11.customers_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: customers_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_11; Owner: -
--

ALTER SEQUENCE tenant_11.customers_id_seq OWNED BY tenant_11.customers.id;


--
-- Name: locations; Type: TABLE; Schema: tenant_11; Owner: -
--

CREATE TABLE tenant_11.locations (
    id integer NOT NULL,
    customer_id integer NOT NULL,
    name text NOT NULL,
    address text,
    city text
);


--
-- Name: locations_id_seq; Type: SEQUENCE; Schema: tenant_11; Owner: -
--

CREATE SEQUENCE tenant_11.locations_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: locations_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_11; Owner: -
--

ALTER SEQUENCE tenant_11.locations_id_seq OWNED BY tenant_11.locations.id;


--
-- Name: skills; Type: TABLE; Schema: tenant_11; Owner: -
--

CREATE TABLE tenant_11.skills (
    id integer NOT NULL,
    user_id integer NOT NULL,
    name text NOT NULL
);


--
-- Name: skills_id_seq; Type: SEQUENCE; Schema: tenant_11; Owner: -
--

CREATE SEQUENCE tenant_11.skills_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: skills_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_11; Owner: -
--

ALTER SEQUENCE tenant_11.skills_id_seq OWNED BY tenant_11.skills.id;


--
-- Name: tickets; Type: TABLE; Schema: tenant_11; Owner: -
--

CREATE TABLE tenant_11.tickets (
    id integer NOT NULL,
    customer_id integer NOT NULL,
    subject text NOT NULL,
    status text DEFAULT 'open'::text NOT NULL,
    priority smallint DEFAULT 2 NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone
);


--
-- Name: tickets_id_seq; Type: SEQUENCE; Schema: tenant_11; Owner: -
--

CREATE SEQUENCE tenant_11.tickets_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: tickets_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_11; Owner: -
--

ALTER SEQUENCE tenant_11.tickets_id_seq OWNED BY tenant_11.tickets.id;


--
-- Name: users; Type: TABLE; Schema: tenant_11; Owner: -
--

CREATE TABLE tenant_11.users (
    id integer NOT NULL,
    name text NOT NULL,
    email text NOT NULL,
    role text DEFAULT 'agent'::text NOT NULL,
    active boolean DEFAULT true NOT NULL
);


--
-- Name: users_id_seq; Type: SEQUENCE; Schema: tenant_11; Owner: -
--

CREATE SEQUENCE tenant_11.users_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: users_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_11; Owner: -
--

ALTER SEQUENCE tenant_11.users_id_seq OWNED BY tenant_11.users.id;


--
-- Name: customers; Type: TABLE; Schema: tenant_12; Owner: -
--

CREATE TABLE tenant_12.customers (
    id integer NOT NULL,
    name text NOT NULL,
    email text,
    phone text,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: customers_id_seq; Type: SEQUENCE; Schema: tenant_12; Owner: -
--

CREATE SEQUENCE tenant_12.customers_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: customers_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_12; Owner: -
--

ALTER SEQUENCE tenant_12.customers_id_seq OWNED BY tenant_12.customers.id;


--
-- Name: locations; Type: TABLE; Schema: tenant_12; Owner: -
--

CREATE TABLE tenant_12.locations (
    id integer NOT NULL,
    customer_id integer NOT NULL,
    name text NOT NULL,
    address text,
    city text
);


--
-- Name: locations_id_seq; Type: SEQUENCE; Schema: tenant_12; Owner: -
--

CREATE SEQUENCE tenant_12.locations_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: locations_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_12; Owner: -
--

ALTER SEQUENCE tenant_12.locations_id_seq OWNED BY tenant_12.locations.id;


--
-- Name: skills; Type: TABLE; Schema: tenant_12; Owner: -
--

CREATE TABLE tenant_12.skills (
    id integer NOT NULL,
    user_id integer NOT NULL,
    name text NOT NULL
);


--
-- Name: skills_id_seq; Type: SEQUENCE; Schema: tenant_12; Owner: -
--

CREATE SEQUENCE tenant_12.skills_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: skills_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_12; Owner: -
--

ALTER SEQUENCE tenant_12.skills_id_seq OWNED BY tenant_12.skills.id;


--
-- Name: tickets; Type: TABLE; Schema: tenant_12; Owner: -
--

CREATE TABLE tenant_12.tickets (
    id integer NOT NULL,
    customer_id integer NOT NULL,
    subject text NOT NULL,
    status text DEFAULT 'open'::text NOT NULL,
    priority smallint DEFAULT 2 NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone
);


--
-- Name: tickets_id_seq; Type: SEQUENCE; Schema: tenant_12; Owner: -
--

CREATE SEQUENCE tenant_12.tickets_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: tickets_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_12; Owner: -
--

ALTER SEQUENCE tenant_12.tickets_id_seq OWNED BY tenant_12.tickets.id;


--
-- Name: users; Type: TABLE; Schema: tenant_12; Owner: -
--

CREATE TABLE tenant_12.users (
    id integer NOT NULL,
    name text NOT NULL,
    email text NOT NULL,
    role text DEFAULT 'agent'::text NOT NULL,
    active boolean DEFAULT true NOT NULL
);


--
-- Name: users_id_seq; Type: SEQUENCE; Schema: tenant_12; Owner: -
--

CREATE SEQUENCE tenant_12.users_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: users_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_12; Owner: -
--

ALTER SEQUENCE tenant_12.users_id_seq OWNED BY tenant_12.users.id;


--
-- Name: customers; Type: TABLE; Schema: tenant_13; Owner: -
--

CREATE TABLE tenant_13.customers (
    id integer NOT NULL,
    name text NOT NULL,
    email text,
    phone text,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: customers_id_seq; Type: SEQUENCE; Schema: tenant_13; Owner: -
--

CREATE SEQUENCE tenant_13.customers_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: customers_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_13; Owner: -
--

ALTER SEQUENCE tenant_13.customers_id_seq OWNED BY tenant_13.customers.id;


--
-- Name: skills; Type: TABLE; Schema: tenant_13; Owner: -
--

CREATE TABLE tenant_13.skills (
    id integer NOT NULL,
    user_id integer NOT NULL,
    name text NOT NULL
);


--
-- Name: skills_id_seq; Type: SEQUENCE; Schema: tenant_13; Owner: -
--

CREATE SEQUENCE tenant_13.skills_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: skills_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_13; Owner: -
--

ALTER SEQUENCE tenant_13.skills_id_seq OWNED BY tenant_13.skills.id;


--
-- Name: tickets; Type: TABLE; Schema: tenant_13; Owner: -
--

CREATE TABLE tenant_13.tickets (
    id integer NOT NULL,
    customer_id integer NOT NULL,
    subject text NOT NULL,
    status text DEFAULT 'open'::text NOT NULL,
    priority smallint DEFAULT 2 NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone
);


--
-- Name: tickets_id_seq; Type: SEQUENCE; Schema: tenant_13; Owner: -
--

CREATE SEQUENCE tenant_13.tickets_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: tickets_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_13; Owner: -
--

ALTER SEQUENCE tenant_13.tickets_id_seq OWNED BY tenant_13.tickets.id;


--
-- Name: users; Type: TABLE; Schema: tenant_13; Owner: -
--

CREATE TABLE tenant_13.users (
    id integer NOT NULL,
    name text NOT NULL,
    email text NOT NULL,
    role text DEFAULT 'agent'::text NOT NULL,
    active boolean DEFAULT true NOT NULL
);


--
-- Name: users_id_seq; Type: SEQUENCE; Schema: tenant_13; Owner: -
--

CREATE SEQUENCE tenant_13.users_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: users_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_13; Owner: -
--

ALTER SEQUENCE tenant_13.users_id_seq OWNED BY tenant_13.users.id;


--
-- Name: customers; Type: TABLE; Schema: tenant_14; Owner: -
--

CREATE TABLE tenant_14.customers (
    id integer NOT NULL,
    name text NOT NULL,
    email text,
    phone text,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: customers_id_seq; Type: SEQUENCE; Schema: tenant_14; Owner: -
--

CREATE SEQUENCE tenant_14.customers_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: customers_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_14; Owner: -
--

ALTER SEQUENCE tenant_14.customers_id_seq OWNED BY tenant_14.customers.id;


--
-- Name: locations; Type: TABLE; Schema: tenant_14; Owner: -
--

CREATE TABLE tenant_14.locations (
    id integer NOT NULL,
    customer_id integer NOT NULL,
    name text NOT NULL,
    address text,
    city text
);


--
-- Name: locations_id_seq; Type: SEQUENCE; Schema: tenant_14; Owner: -
--

CREATE SEQUENCE tenant_14.locations_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: locations_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_14; Owner: -
--

ALTER SEQUENCE tenant_14.locations_id_seq OWNED BY tenant_14.locations.id;


--
-- Name: skills; Type: TABLE; Schema: tenant_14; Owner: -
--

CREATE TABLE tenant_14.skills (
    id integer NOT NULL,
    user_id integer NOT NULL,
    name text NOT NULL
);


--
-- Name: skills_id_seq; Type: SEQUENCE; Schema: tenant_14; Owner: -
--

CREATE SEQUENCE tenant_14.skills_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: skills_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_14; Owner: -
--

ALTER SEQUENCE tenant_14.skills_id_seq OWNED BY tenant_14.skills.id;


--
-- Name: tickets; Type: TABLE; Schema: tenant_14; Owner: -
--

CREATE TABLE tenant_14.tickets (
    id integer NOT NULL,
    customer_id integer NOT NULL,
    subject text NOT NULL,
    status text DEFAULT 'open'::text NOT NULL,
    priority smallint DEFAULT 2 NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone
);


--
-- Name: tickets_id_seq; Type: SEQUENCE; Schema: tenant_14; Owner: -
--

CREATE SEQUENCE tenant_14.tickets_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: tickets_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_14; Owner: -
--

ALTER SEQUENCE tenant_14.tickets_id_seq OWNED BY tenant_14.tickets.id;


--
-- Name: users; Type: TABLE; Schema: tenant_14; Owner: -
--

CREATE TABLE tenant_14.users (
    id integer NOT NULL,
    name text NOT NULL,
    email text NOT NULL,
    role text DEFAULT 'agent'::text NOT NULL,
    active boolean DEFAULT true NOT NULL
);


--
-- Name: users_id_seq; Type: SEQUENCE; Schema: tenant_14; Owner: -
--

CREATE SEQUENCE tenant_14.users_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: users_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_14; Owner: -
--

ALTER SEQUENCE tenant_14.users_id_seq OWNED BY tenant_14.users.id;


--
-- Name: customers; Type: TABLE; Schema: tenant_15; Owner: -
--

CREATE TABLE tenant_15.customers (
    id integer NOT NULL,
    name text NOT NULL,
    email text,
    phone text,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: customers_id_seq; Type: SEQUENCE; Schema: tenant_15; Owner: -
--

CREATE SEQUENCE tenant_15.customers_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: customers_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_15; Owner: -
--

ALTER SEQUENCE tenant_15.customers_id_seq OWNED BY tenant_15.customers.id;


--
-- Name: locations; Type: TABLE; Schema: tenant_15; Owner: -
--

CREATE TABLE tenant_15.locations (
    id integer NOT NULL,
    customer_id integer NOT NULL,
    name text NOT NULL,
    address text,
    city text
);


--
-- Name: locations_id_seq; Type: SEQUENCE; Schema: tenant_15; Owner: -
--

CREATE SEQUENCE tenant_15.locations_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: locations_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_15; Owner: -
--

ALTER SEQUENCE tenant_15.locations_id_seq OWNED BY tenant_15.locations.id;


--
-- Name: skills; Type: TABLE; Schema: tenant_15; Owner: -
--

CREATE TABLE tenant_15.skills (
    id integer NOT NULL,
    user_id integer NOT NULL,
    name text NOT NULL
);


--
-- Name: skills_id_seq; Type: SEQUENCE; Schema: tenant_15; Owner: -
--

CREATE SEQUENCE tenant_15.skills_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: skills_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_15; Owner: -
--

ALTER SEQUENCE tenant_15.skills_id_seq OWNED BY tenant_15.skills.id;


--
-- Name: tickets; Type: TABLE; Schema: tenant_15; Owner: -
--

CREATE TABLE tenant_15.tickets (
    id integer NOT NULL,
    customer_id integer NOT NULL,
    subject text NOT NULL,
    status text DEFAULT 'open'::text NOT NULL,
    priority smallint DEFAULT 2 NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone
);


--
-- Name: tickets_id_seq; Type: SEQUENCE; Schema: tenant_15; Owner: -
--

CREATE SEQUENCE tenant_15.tickets_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: tickets_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_15; Owner: -
--

ALTER SEQUENCE tenant_15.tickets_id_seq OWNED BY tenant_15.tickets.id;


--
-- Name: users; Type: TABLE; Schema: tenant_15; Owner: -
--

CREATE TABLE tenant_15.users (
    id integer NOT NULL,
    name text NOT NULL,
    email text NOT NULL,
    role text DEFAULT 'agent'::text NOT NULL,
    active boolean DEFAULT true NOT NULL
);


--
-- Name: users_id_seq; Type: SEQUENCE; Schema: tenant_15; Owner: -
--

CREATE SEQUENCE tenant_15.users_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: users_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_15; Owner: -
--

ALTER SEQUENCE tenant_15.users_id_seq OWNED BY tenant_15.users.id;


--
-- Name: customers; Type: TABLE; Schema: tenant_16; Owner: -
--

CREATE TABLE tenant_16.customers (
    id integer NOT NULL,
    name text NOT NULL,
    email text,
    phone text,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: customers_id_seq; Type: SEQUENCE; Schema: tenant_16; Owner: -
--

CREATE SEQUENCE tenant_16.customers_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: customers_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_16; Owner: -
--

ALTER SEQUENCE tenant_16.customers_id_seq OWNED BY tenant_16.customers.id;


--
-- Name: locations; Type: TABLE; Schema: tenant_16; Owner: -
--

CREATE TABLE tenant_16.locations (
    id integer NOT NULL,
    customer_id integer NOT NULL,
    name text NOT NULL,
    address text,
    city text
);


--
-- Name: locations_id_seq; Type: SEQUENCE; Schema: tenant_16; Owner: -
--

CREATE SEQUENCE tenant_16.locations_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: locations_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_16; Owner: -
--

ALTER SEQUENCE tenant_16.locations_id_seq OWNED BY tenant_16.locations.id;


--
-- Name: skills; Type: TABLE; Schema: tenant_16; Owner: -
--

CREATE TABLE tenant_16.skills (
    id integer NOT NULL,
    user_id integer NOT NULL,
    name text NOT NULL
);


--
-- Name: skills_id_seq; Type: SEQUENCE; Schema: tenant_16; Owner: -
--

CREATE SEQUENCE tenant_16.skills_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: skills_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_16; Owner: -
--

ALTER SEQUENCE tenant_16.skills_id_seq OWNED BY tenant_16.skills.id;


--
-- Name: tickets; Type: TABLE; Schema: tenant_16; Owner: -
--

CREATE TABLE tenant_16.tickets (
    id integer NOT NULL,
    customer_id integer NOT NULL,
    subject text NOT NULL,
    status text DEFAULT 'open'::text NOT NULL,
    priority smallint DEFAULT 2 NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone
);


--
-- Name: tickets_id_seq; Type: SEQUENCE; Schema: tenant_16; Owner: -
--

CREATE SEQUENCE tenant_16.tickets_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: tickets_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_16; Owner: -
--

ALTER SEQUENCE tenant_16.tickets_id_seq OWNED BY tenant_16.tickets.id;


--
-- Name: users; Type: TABLE; Schema: tenant_16; Owner: -
--

CREATE TABLE tenant_16.users (
    id integer NOT NULL,
    name text NOT NULL,
    email text NOT NULL,
    role text DEFAULT 'agent'::text NOT NULL,
    active boolean DEFAULT true NOT NULL
);


--
-- Name: users_id_seq; Type: SEQUENCE; Schema: tenant_16; Owner: -
--

CREATE SEQUENCE tenant_16.users_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: users_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_16; Owner: -
--

ALTER SEQUENCE tenant_16.users_id_seq OWNED BY tenant_16.users.id;


--
-- Name: customers; Type: TABLE; Schema: tenant_17; Owner: -
--

CREATE TABLE tenant_17.customers (
    id integer NOT NULL,
    name text NOT NULL,
    email text,
    phone text,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: customers_id_seq; Type: SEQUENCE; Schema: tenant_17; Owner: -
--

CREATE SEQUENCE tenant_17.customers_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: customers_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_17; Owner: -
--

ALTER SEQUENCE tenant_17.customers_id_seq OWNED BY tenant_17.customers.id;


--
-- Name: locations; Type: TABLE; Schema: tenant_17; Owner: -
--

CREATE TABLE tenant_17.locations (
    id integer NOT NULL,
    customer_id integer NOT NULL,
    name text NOT NULL,
    address text,
    city text
);


--
-- Name: locations_id_seq; Type: SEQUENCE; Schema: tenant_17; Owner: -
--

CREATE SEQUENCE tenant_17.locations_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: locations_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_17; Owner: -
--

ALTER SEQUENCE tenant_17.locations_id_seq OWNED BY tenant_17.locations.id;


--
-- Name: skills; Type: TABLE; Schema: tenant_17; Owner: -
--

CREATE TABLE tenant_17.skills (
    id integer NOT NULL,
    user_id integer NOT NULL,
    name text NOT NULL
);


--
-- Name: skills_id_seq; Type: SEQUENCE; Schema: tenant_17; Owner: -
--

CREATE SEQUENCE tenant_17.skills_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: skills_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_17; Owner: -
--

ALTER SEQUENCE tenant_17.skills_id_seq OWNED BY tenant_17.skills.id;


--
-- Name: tickets; Type: TABLE; Schema: tenant_17; Owner: -
--

CREATE TABLE tenant_17.tickets (
    id integer NOT NULL,
    customer_id integer NOT NULL,
    subject text NOT NULL,
    status text DEFAULT 'open'::text NOT NULL,
    priority smallint DEFAULT 2 NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone
);


--
-- Name: tickets_id_seq; Type: SEQUENCE; Schema: tenant_17; Owner: -
--

CREATE SEQUENCE tenant_17.tickets_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: tickets_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_17; Owner: -
--

ALTER SEQUENCE tenant_17.tickets_id_seq OWNED BY tenant_17.tickets.id;


--
-- Name: users; Type: TABLE; Schema: tenant_17; Owner: -
--

CREATE TABLE tenant_17.users (
    id integer NOT NULL,
    name text NOT NULL,
    email text NOT NULL,
    role text DEFAULT 'agent'::text NOT NULL,
    active boolean DEFAULT true NOT NULL
);


--
-- Name: users_id_seq; Type: SEQUENCE; Schema: tenant_17; Owner: -
--

CREATE SEQUENCE tenant_17.users_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: users_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_17; Owner: -
--

ALTER SEQUENCE tenant_17.users_id_seq OWNED BY tenant_17.users.id;


--
-- Name: customers; Type: TABLE; Schema: tenant_18; Owner: -
--

CREATE TABLE tenant_18.customers (
    id integer NOT NULL,
    name text NOT NULL,
    email text,
    phone text,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: customers_id_seq; Type: SEQUENCE; Schema: tenant_18; Owner: -
--

CREATE SEQUENCE tenant_18.customers_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: customers_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_18; Owner: -
--

ALTER SEQUENCE tenant_18.customers_id_seq OWNED BY tenant_18.customers.id;


--
-- Name: locations; Type: TABLE; Schema: tenant_18; Owner: -
--

CREATE TABLE tenant_18.locations (
    id integer NOT NULL,
    customer_id integer NOT NULL,
    name text NOT NULL,
    address text,
    city text
);


--
-- Name: locations_id_seq; Type: SEQUENCE; Schema: tenant_18; Owner: -
--

CREATE SEQUENCE tenant_18.locations_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: locations_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_18; Owner: -
--

ALTER SEQUENCE tenant_18.locations_id_seq OWNED BY tenant_18.locations.id;


--
-- Name: skills; Type: TABLE; Schema: tenant_18; Owner: -
--

CREATE TABLE tenant_18.skills (
    id integer NOT NULL,
    user_id integer NOT NULL,
    name text NOT NULL
);


--
-- Name: skills_id_seq; Type: SEQUENCE; Schema: tenant_18; Owner: -
--

CREATE SEQUENCE tenant_18.skills_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: skills_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_18; Owner: -
--

ALTER SEQUENCE tenant_18.skills_id_seq OWNED BY tenant_18.skills.id;


--
-- Name: tickets; Type: TABLE; Schema: tenant_18; Owner: -
--

CREATE TABLE tenant_18.tickets (
    id integer NOT NULL,
    customer_id integer NOT NULL,
    subject text NOT NULL,
    status text DEFAULT 'open'::text NOT NULL,
    priority smallint DEFAULT 2 NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone
);


--
-- Name: tickets_id_seq; Type: SEQUENCE; Schema: tenant_18; Owner: -
--

CREATE SEQUENCE tenant_18.tickets_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: tickets_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_18; Owner: -
--

ALTER SEQUENCE tenant_18.tickets_id_seq OWNED BY tenant_18.tickets.id;


--
-- Name: users; Type: TABLE; Schema: tenant_18; Owner: -
--

CREATE TABLE tenant_18.users (
    id integer NOT NULL,
    name text NOT NULL,
    email text NOT NULL,
    role text DEFAULT 'agent'::text NOT NULL,
    active boolean DEFAULT true NOT NULL
);


--
-- Name: users_id_seq; Type: SEQUENCE; Schema: tenant_18; Owner: -
--

CREATE SEQUENCE tenant_18.users_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: users_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_18; Owner: -
--

ALTER SEQUENCE tenant_18.users_id_seq OWNED BY tenant_18.users.id;


--
-- Name: customers; Type: TABLE; Schema: tenant_19; Owner: -
--

CREATE TABLE tenant_19.customers (
    id integer NOT NULL,
    name text NOT NULL,
    email text,
    phone text,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: customers_id_seq; Type: SEQUENCE; Schema: tenant_19; Owner: -
--

CREATE SEQUENCE tenant_19.customers_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: customers_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_19; Owner: -
--

ALTER SEQUENCE tenant_19.customers_id_seq OWNED BY tenant_19.customers.id;


--
-- Name: locations; Type: TABLE; Schema: tenant_19; Owner: -
--

CREATE TABLE tenant_19.locations (
    id integer NOT NULL,
    customer_id integer NOT NULL,
    name text NOT NULL,
    address text,
    city text
);


--
-- Name: locations_id_seq; Type: SEQUENCE; Schema: tenant_19; Owner: -
--

CREATE SEQUENCE tenant_19.locations_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: locations_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_19; Owner: -
--

ALTER SEQUENCE tenant_19.locations_id_seq OWNED BY tenant_19.locations.id;


--
-- Name: skills; Type: TABLE; Schema: tenant_19; Owner: -
--

CREATE TABLE tenant_19.skills (
    id integer NOT NULL,
    user_id integer NOT NULL,
    name text NOT NULL
);


--
-- Name: skills_id_seq; Type: SEQUENCE; Schema: tenant_19; Owner: -
--

CREATE SEQUENCE tenant_19.skills_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: skills_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_19; Owner: -
--

ALTER SEQUENCE tenant_19.skills_id_seq OWNED BY tenant_19.skills.id;


--
-- Name: tickets; Type: TABLE; Schema: tenant_19; Owner: -
--

CREATE TABLE tenant_19.tickets (
    id integer NOT NULL,
    customer_id integer NOT NULL,
    subject text NOT NULL,
    status text DEFAULT 'open'::text NOT NULL,
    priority smallint DEFAULT 2 NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone
);


--
-- Name: tickets_id_seq; Type: SEQUENCE; Schema: tenant_19; Owner: -
--

CREATE SEQUENCE tenant_19.tickets_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: tickets_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_19; Owner: -
--

ALTER SEQUENCE tenant_19.tickets_id_seq OWNED BY tenant_19.tickets.id;


--
-- Name: users; Type: TABLE; Schema: tenant_19; Owner: -
--

CREATE TABLE tenant_19.users (
    id integer NOT NULL,
    name text NOT NULL,
    email text NOT NULL,
    role text DEFAULT 'agent'::text NOT NULL,
    active boolean DEFAULT true NOT NULL
);


--
-- Name: users_id_seq; Type: SEQUENCE; Schema: tenant_19; Owner: -
--

CREATE SEQUENCE tenant_19.users_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: users_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_19; Owner: -
--

ALTER SEQUENCE tenant_19.users_id_seq OWNED BY tenant_19.users.id;


--
-- Name: customers; Type: TABLE; Schema: tenant_2; Owner: -
--

CREATE TABLE tenant_2.customers (
    id integer NOT NULL,
    name text NOT NULL,
    email text,
    phone text,
    created_at timestamp with time zone DEFAULT now() NOT NULL
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
    customer_id integer NOT NULL,
    name text NOT NULL,
    address text,
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
-- Name: skills; Type: TABLE; Schema: tenant_2; Owner: -
--

CREATE TABLE tenant_2.skills (
    id integer NOT NULL,
    user_id integer NOT NULL,
    name text NOT NULL
);


--
-- Name: skills_id_seq; Type: SEQUENCE; Schema: tenant_2; Owner: -
--

CREATE SEQUENCE tenant_2.skills_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: skills_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_2; Owner: -
--

ALTER SEQUENCE tenant_2.skills_id_seq OWNED BY tenant_2.skills.id;


--
-- Name: tickets; Type: TABLE; Schema: tenant_2; Owner: -
--

CREATE TABLE tenant_2.tickets (
    id integer NOT NULL,
    customer_id integer NOT NULL,
    subject text NOT NULL,
    status text DEFAULT 'open'::text NOT NULL,
    priority smallint DEFAULT 2 NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone
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
-- Name: users; Type: TABLE; Schema: tenant_2; Owner: -
--

CREATE TABLE tenant_2.users (
    id integer NOT NULL,
    name text NOT NULL,
    email text NOT NULL,
    role text DEFAULT 'agent'::text NOT NULL,
    active boolean DEFAULT true NOT NULL
);


--
-- Name: users_id_seq; Type: SEQUENCE; Schema: tenant_2; Owner: -
--

CREATE SEQUENCE tenant_2.users_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: users_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_2; Owner: -
--

ALTER SEQUENCE tenant_2.users_id_seq OWNED BY tenant_2.users.id;


--
-- Name: customers; Type: TABLE; Schema: tenant_20; Owner: -
--

CREATE TABLE tenant_20.customers (
    id integer NOT NULL,
    name text NOT NULL,
    email text,
    phone text,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: customers_id_seq; Type: SEQUENCE; Schema: tenant_20; Owner: -
--

CREATE SEQUENCE tenant_20.customers_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: customers_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_20; Owner: -
--

ALTER SEQUENCE tenant_20.customers_id_seq OWNED BY tenant_20.customers.id;


--
-- Name: locations; Type: TABLE; Schema: tenant_20; Owner: -
--

CREATE TABLE tenant_20.locations (
    id integer NOT NULL,
    customer_id integer NOT NULL,
    name text NOT NULL,
    address text,
    city text
);


--
-- Name: locations_id_seq; Type: SEQUENCE; Schema: tenant_20; Owner: -
--

CREATE SEQUENCE tenant_20.locations_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: locations_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_20; Owner: -
--

ALTER SEQUENCE tenant_20.locations_id_seq OWNED BY tenant_20.locations.id;


--
-- Name: skills; Type: TABLE; Schema: tenant_20; Owner: -
--

CREATE TABLE tenant_20.skills (
    id integer NOT NULL,
    user_id integer NOT NULL,
    name text NOT NULL
);


--
-- Name: skills_id_seq; Type: SEQUENCE; Schema: tenant_20; Owner: -
--

CREATE SEQUENCE tenant_20.skills_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: skills_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_20; Owner: -
--

ALTER SEQUENCE tenant_20.skills_id_seq OWNED BY tenant_20.skills.id;


--
-- Name: tickets; Type: TABLE; Schema: tenant_20; Owner: -
--

CREATE TABLE tenant_20.tickets (
    id integer NOT NULL,
    customer_id integer NOT NULL,
    subject text NOT NULL,
    status text DEFAULT 'open'::text NOT NULL,
    priority smallint DEFAULT 2 NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone
);


--
-- Name: tickets_id_seq; Type: SEQUENCE; Schema: tenant_20; Owner: -
--

CREATE SEQUENCE tenant_20.tickets_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: tickets_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_20; Owner: -
--

ALTER SEQUENCE tenant_20.tickets_id_seq OWNED BY tenant_20.tickets.id;


--
-- Name: users; Type: TABLE; Schema: tenant_20; Owner: -
--

CREATE TABLE tenant_20.users (
    id integer NOT NULL,
    name text NOT NULL,
    email text NOT NULL,
    role text DEFAULT 'agent'::text NOT NULL,
    active boolean DEFAULT true NOT NULL
);


--
-- Name: users_id_seq; Type: SEQUENCE; Schema: tenant_20; Owner: -
--

CREATE SEQUENCE tenant_20.users_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: users_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_20; Owner: -
--

ALTER SEQUENCE tenant_20.users_id_seq OWNED BY tenant_20.users.id;


--
-- Name: customers; Type: TABLE; Schema: tenant_3; Owner: -
--

CREATE TABLE tenant_3.customers (
    id integer NOT NULL,
    name text NOT NULL,
    email text,
    phone text,
    created_at timestamp with time zone DEFAULT now() NOT NULL
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
-- Name: locations; Type: TABLE; Schema: tenant_3; Owner: -
--

CREATE TABLE tenant_3.locations (
    id integer NOT NULL,
    customer_id integer NOT NULL,
    name text NOT NULL,
    address text,
    city text
);


--
-- Name: locations_id_seq; Type: SEQUENCE; Schema: tenant_3; Owner: -
--

CREATE SEQUENCE tenant_3.locations_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: locations_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_3; Owner: -
--

ALTER SEQUENCE tenant_3.locations_id_seq OWNED BY tenant_3.locations.id;


--
-- Name: skills; Type: TABLE; Schema: tenant_3; Owner: -
--

CREATE TABLE tenant_3.skills (
    id integer NOT NULL,
    user_id integer NOT NULL,
    name text NOT NULL
);


--
-- Name: skills_id_seq; Type: SEQUENCE; Schema: tenant_3; Owner: -
--

CREATE SEQUENCE tenant_3.skills_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: skills_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_3; Owner: -
--

ALTER SEQUENCE tenant_3.skills_id_seq OWNED BY tenant_3.skills.id;


--
-- Name: tickets; Type: TABLE; Schema: tenant_3; Owner: -
--

CREATE TABLE tenant_3.tickets (
    id integer NOT NULL,
    customer_id integer NOT NULL,
    subject text NOT NULL,
    status text DEFAULT 'open'::text NOT NULL,
    priority smallint DEFAULT 2 NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone
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
-- Name: users; Type: TABLE; Schema: tenant_3; Owner: -
--

CREATE TABLE tenant_3.users (
    id integer NOT NULL,
    name text NOT NULL,
    email text NOT NULL,
    role text DEFAULT 'agent'::text NOT NULL,
    active boolean DEFAULT true NOT NULL
);


--
-- Name: users_id_seq; Type: SEQUENCE; Schema: tenant_3; Owner: -
--

CREATE SEQUENCE tenant_3.users_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: users_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_3; Owner: -
--

ALTER SEQUENCE tenant_3.users_id_seq OWNED BY tenant_3.users.id;


--
-- Name: customers; Type: TABLE; Schema: tenant_4; Owner: -
--

CREATE TABLE tenant_4.customers (
    id integer NOT NULL,
    name text NOT NULL,
    email text,
    phone text,
    created_at timestamp with time zone DEFAULT now() NOT NULL
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
-- Name: locations; Type: TABLE; Schema: tenant_4; Owner: -
--

CREATE TABLE tenant_4.locations (
    id integer NOT NULL,
    customer_id integer NOT NULL,
    name text NOT NULL,
    address text,
    city text
);


--
-- Name: locations_id_seq; Type: SEQUENCE; Schema: tenant_4; Owner: -
--

CREATE SEQUENCE tenant_4.locations_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: locations_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_4; Owner: -
--

ALTER SEQUENCE tenant_4.locations_id_seq OWNED BY tenant_4.locations.id;


--
-- Name: skills; Type: TABLE; Schema: tenant_4; Owner: -
--

CREATE TABLE tenant_4.skills (
    id integer NOT NULL,
    user_id integer NOT NULL,
    name text NOT NULL
);


--
-- Name: skills_id_seq; Type: SEQUENCE; Schema: tenant_4; Owner: -
--

CREATE SEQUENCE tenant_4.skills_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: skills_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_4; Owner: -
--

ALTER SEQUENCE tenant_4.skills_id_seq OWNED BY tenant_4.skills.id;


--
-- Name: tickets; Type: TABLE; Schema: tenant_4; Owner: -
--

CREATE TABLE tenant_4.tickets (
    id integer NOT NULL,
    customer_id integer NOT NULL,
    subject text NOT NULL,
    status text DEFAULT 'open'::text NOT NULL,
    priority smallint DEFAULT 2 NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone
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
-- Name: users; Type: TABLE; Schema: tenant_4; Owner: -
--

CREATE TABLE tenant_4.users (
    id integer NOT NULL,
    name text NOT NULL,
    email text NOT NULL,
    role text DEFAULT 'agent'::text NOT NULL,
    active boolean DEFAULT true NOT NULL
);


--
-- Name: users_id_seq; Type: SEQUENCE; Schema: tenant_4; Owner: -
--

CREATE SEQUENCE tenant_4.users_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: users_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_4; Owner: -
--

ALTER SEQUENCE tenant_4.users_id_seq OWNED BY tenant_4.users.id;


--
-- Name: customers; Type: TABLE; Schema: tenant_5; Owner: -
--

CREATE TABLE tenant_5.customers (
    id integer NOT NULL,
    name text NOT NULL,
    email text,
    phone text,
    created_at timestamp with time zone DEFAULT now() NOT NULL
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
-- Name: locations; Type: TABLE; Schema: tenant_5; Owner: -
--

CREATE TABLE tenant_5.locations (
    id integer NOT NULL,
    customer_id integer NOT NULL,
    name text NOT NULL,
    address text,
    city text
);


--
-- Name: locations_id_seq; Type: SEQUENCE; Schema: tenant_5; Owner: -
--

CREATE SEQUENCE tenant_5.locations_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: locations_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_5; Owner: -
--

ALTER SEQUENCE tenant_5.locations_id_seq OWNED BY tenant_5.locations.id;


--
-- Name: skills; Type: TABLE; Schema: tenant_5; Owner: -
--

CREATE TABLE tenant_5.skills (
    id integer NOT NULL,
    user_id integer NOT NULL,
    name text NOT NULL
);


--
-- Name: skills_id_seq; Type: SEQUENCE; Schema: tenant_5; Owner: -
--

CREATE SEQUENCE tenant_5.skills_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: skills_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_5; Owner: -
--

ALTER SEQUENCE tenant_5.skills_id_seq OWNED BY tenant_5.skills.id;


--
-- Name: tickets; Type: TABLE; Schema: tenant_5; Owner: -
--

CREATE TABLE tenant_5.tickets (
    id integer NOT NULL,
    customer_id integer NOT NULL,
    subject text NOT NULL,
    status text DEFAULT 'open'::text NOT NULL,
    priority smallint DEFAULT 2 NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone
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
-- Name: users; Type: TABLE; Schema: tenant_5; Owner: -
--

CREATE TABLE tenant_5.users (
    id integer NOT NULL,
    name text NOT NULL,
    email text NOT NULL,
    role text DEFAULT 'agent'::text NOT NULL,
    active boolean DEFAULT true NOT NULL
);


--
-- Name: users_id_seq; Type: SEQUENCE; Schema: tenant_5; Owner: -
--

CREATE SEQUENCE tenant_5.users_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: users_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_5; Owner: -
--

ALTER SEQUENCE tenant_5.users_id_seq OWNED BY tenant_5.users.id;


--
-- Name: customers; Type: TABLE; Schema: tenant_6; Owner: -
--

CREATE TABLE tenant_6.customers (
    id integer NOT NULL,
    name text NOT NULL,
    email text,
    phone text,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: customers_id_seq; Type: SEQUENCE; Schema: tenant_6; Owner: -
--

CREATE SEQUENCE tenant_6.customers_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: customers_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_6; Owner: -
--

ALTER SEQUENCE tenant_6.customers_id_seq OWNED BY tenant_6.customers.id;


--
-- Name: locations; Type: TABLE; Schema: tenant_6; Owner: -
--

CREATE TABLE tenant_6.locations (
    id integer NOT NULL,
    customer_id integer NOT NULL,
    name text NOT NULL,
    address text,
    city text
);


--
-- Name: locations_id_seq; Type: SEQUENCE; Schema: tenant_6; Owner: -
--

CREATE SEQUENCE tenant_6.locations_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: locations_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_6; Owner: -
--

ALTER SEQUENCE tenant_6.locations_id_seq OWNED BY tenant_6.locations.id;


--
-- Name: skills; Type: TABLE; Schema: tenant_6; Owner: -
--

CREATE TABLE tenant_6.skills (
    id integer NOT NULL,
    user_id integer NOT NULL,
    name text NOT NULL
);


--
-- Name: skills_id_seq; Type: SEQUENCE; Schema: tenant_6; Owner: -
--

CREATE SEQUENCE tenant_6.skills_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: skills_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_6; Owner: -
--

ALTER SEQUENCE tenant_6.skills_id_seq OWNED BY tenant_6.skills.id;


--
-- Name: tickets; Type: TABLE; Schema: tenant_6; Owner: -
--

CREATE TABLE tenant_6.tickets (
    id integer NOT NULL,
    customer_id integer NOT NULL,
    subject text NOT NULL,
    status text DEFAULT 'open'::text NOT NULL,
    priority smallint DEFAULT 2 NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone
);


--
-- Name: tickets_id_seq; Type: SEQUENCE; Schema: tenant_6; Owner: -
--

CREATE SEQUENCE tenant_6.tickets_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: tickets_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_6; Owner: -
--

ALTER SEQUENCE tenant_6.tickets_id_seq OWNED BY tenant_6.tickets.id;


--
-- Name: users; Type: TABLE; Schema: tenant_6; Owner: -
--

CREATE TABLE tenant_6.users (
    id integer NOT NULL,
    name text NOT NULL,
    email text NOT NULL,
    role text DEFAULT 'agent'::text NOT NULL,
    active boolean DEFAULT true NOT NULL
);


--
-- Name: users_id_seq; Type: SEQUENCE; Schema: tenant_6; Owner: -
--

CREATE SEQUENCE tenant_6.users_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: users_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_6; Owner: -
--

ALTER SEQUENCE tenant_6.users_id_seq OWNED BY tenant_6.users.id;


--
-- Name: customers; Type: TABLE; Schema: tenant_7; Owner: -
--

CREATE TABLE tenant_7.customers (
    id integer NOT NULL,
    name text NOT NULL,
    email text,
    phone text,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: customers_id_seq; Type: SEQUENCE; Schema: tenant_7; Owner: -
--

CREATE SEQUENCE tenant_7.customers_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: customers_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_7; Owner: -
--

ALTER SEQUENCE tenant_7.customers_id_seq OWNED BY tenant_7.customers.id;


--
-- Name: skills; Type: TABLE; Schema: tenant_7; Owner: -
--

CREATE TABLE tenant_7.skills (
    id integer NOT NULL,
    user_id integer NOT NULL,
    name text NOT NULL
);


--
-- Name: skills_id_seq; Type: SEQUENCE; Schema: tenant_7; Owner: -
--

CREATE SEQUENCE tenant_7.skills_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: skills_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_7; Owner: -
--

ALTER SEQUENCE tenant_7.skills_id_seq OWNED BY tenant_7.skills.id;


--
-- Name: tickets; Type: TABLE; Schema: tenant_7; Owner: -
--

CREATE TABLE tenant_7.tickets (
    id integer NOT NULL,
    customer_id integer NOT NULL,
    subject text NOT NULL,
    status text DEFAULT 'open'::text NOT NULL,
    priority smallint DEFAULT 2 NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone
);


--
-- Name: tickets_id_seq; Type: SEQUENCE; Schema: tenant_7; Owner: -
--

CREATE SEQUENCE tenant_7.tickets_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: tickets_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_7; Owner: -
--

ALTER SEQUENCE tenant_7.tickets_id_seq OWNED BY tenant_7.tickets.id;


--
-- Name: users; Type: TABLE; Schema: tenant_7; Owner: -
--

CREATE TABLE tenant_7.users (
    id integer NOT NULL,
    name text NOT NULL,
    email text NOT NULL,
    role text DEFAULT 'agent'::text NOT NULL,
    active boolean DEFAULT true NOT NULL
);


--
-- Name: users_id_seq; Type: SEQUENCE; Schema: tenant_7; Owner: -
--

CREATE SEQUENCE tenant_7.users_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: users_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_7; Owner: -
--

ALTER SEQUENCE tenant_7.users_id_seq OWNED BY tenant_7.users.id;


--
-- Name: customers; Type: TABLE; Schema: tenant_8; Owner: -
--

CREATE TABLE tenant_8.customers (
    id integer NOT NULL,
    name text NOT NULL,
    email text,
    phone text,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: customers_id_seq; Type: SEQUENCE; Schema: tenant_8; Owner: -
--

CREATE SEQUENCE tenant_8.customers_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: customers_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_8; Owner: -
--

ALTER SEQUENCE tenant_8.customers_id_seq OWNED BY tenant_8.customers.id;


--
-- Name: locations; Type: TABLE; Schema: tenant_8; Owner: -
--

CREATE TABLE tenant_8.locations (
    id integer NOT NULL,
    customer_id integer NOT NULL,
    name text NOT NULL,
    address text,
    city text
);


--
-- Name: locations_id_seq; Type: SEQUENCE; Schema: tenant_8; Owner: -
--

CREATE SEQUENCE tenant_8.locations_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: locations_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_8; Owner: -
--

ALTER SEQUENCE tenant_8.locations_id_seq OWNED BY tenant_8.locations.id;


--
-- Name: skills; Type: TABLE; Schema: tenant_8; Owner: -
--

CREATE TABLE tenant_8.skills (
    id integer NOT NULL,
    user_id integer NOT NULL,
    name text NOT NULL
);


--
-- Name: skills_id_seq; Type: SEQUENCE; Schema: tenant_8; Owner: -
--

CREATE SEQUENCE tenant_8.skills_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: skills_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_8; Owner: -
--

ALTER SEQUENCE tenant_8.skills_id_seq OWNED BY tenant_8.skills.id;


--
-- Name: tickets; Type: TABLE; Schema: tenant_8; Owner: -
--

CREATE TABLE tenant_8.tickets (
    id integer NOT NULL,
    customer_id integer NOT NULL,
    subject text NOT NULL,
    status text DEFAULT 'open'::text NOT NULL,
    priority smallint DEFAULT 2 NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone
);


--
-- Name: tickets_id_seq; Type: SEQUENCE; Schema: tenant_8; Owner: -
--

CREATE SEQUENCE tenant_8.tickets_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: tickets_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_8; Owner: -
--

ALTER SEQUENCE tenant_8.tickets_id_seq OWNED BY tenant_8.tickets.id;


--
-- Name: users; Type: TABLE; Schema: tenant_8; Owner: -
--

CREATE TABLE tenant_8.users (
    id integer NOT NULL,
    name text NOT NULL,
    email text NOT NULL,
    role text DEFAULT 'agent'::text NOT NULL,
    active boolean DEFAULT true NOT NULL
);


--
-- Name: users_id_seq; Type: SEQUENCE; Schema: tenant_8; Owner: -
--

CREATE SEQUENCE tenant_8.users_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: users_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_8; Owner: -
--

ALTER SEQUENCE tenant_8.users_id_seq OWNED BY tenant_8.users.id;


--
-- Name: customers; Type: TABLE; Schema: tenant_9; Owner: -
--

CREATE TABLE tenant_9.customers (
    id integer NOT NULL,
    name text NOT NULL,
    email text,
    phone text,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: customers_id_seq; Type: SEQUENCE; Schema: tenant_9; Owner: -
--

CREATE SEQUENCE tenant_9.customers_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: customers_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_9; Owner: -
--

ALTER SEQUENCE tenant_9.customers_id_seq OWNED BY tenant_9.customers.id;


--
-- Name: locations; Type: TABLE; Schema: tenant_9; Owner: -
--

CREATE TABLE tenant_9.locations (
    id integer NOT NULL,
    customer_id integer NOT NULL,
    name text NOT NULL,
    address text,
    city text
);


--
-- Name: locations_id_seq; Type: SEQUENCE; Schema: tenant_9; Owner: -
--

CREATE SEQUENCE tenant_9.locations_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: locations_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_9; Owner: -
--

ALTER SEQUENCE tenant_9.locations_id_seq OWNED BY tenant_9.locations.id;


--
-- Name: skills; Type: TABLE; Schema: tenant_9; Owner: -
--

CREATE TABLE tenant_9.skills (
    id integer NOT NULL,
    user_id integer NOT NULL,
    name text NOT NULL
);


--
-- Name: skills_id_seq; Type: SEQUENCE; Schema: tenant_9; Owner: -
--

CREATE SEQUENCE tenant_9.skills_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: skills_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_9; Owner: -
--

ALTER SEQUENCE tenant_9.skills_id_seq OWNED BY tenant_9.skills.id;


--
-- Name: tickets; Type: TABLE; Schema: tenant_9; Owner: -
--

CREATE TABLE tenant_9.tickets (
    id integer NOT NULL,
    customer_id integer NOT NULL,
    subject text NOT NULL,
    status text DEFAULT 'open'::text NOT NULL,
    priority smallint DEFAULT 2 NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone
);


--
-- Name: tickets_id_seq; Type: SEQUENCE; Schema: tenant_9; Owner: -
--

CREATE SEQUENCE tenant_9.tickets_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: tickets_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_9; Owner: -
--

ALTER SEQUENCE tenant_9.tickets_id_seq OWNED BY tenant_9.tickets.id;


--
-- Name: users; Type: TABLE; Schema: tenant_9; Owner: -
--

CREATE TABLE tenant_9.users (
    id integer NOT NULL,
    name text NOT NULL,
    email text NOT NULL,
    role text DEFAULT 'agent'::text NOT NULL,
    active boolean DEFAULT true NOT NULL
);


--
-- Name: users_id_seq; Type: SEQUENCE; Schema: tenant_9; Owner: -
--

CREATE SEQUENCE tenant_9.users_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: users_id_seq; Type: SEQUENCE OWNED BY; Schema: tenant_9; Owner: -
--

ALTER SEQUENCE tenant_9.users_id_seq OWNED BY tenant_9.users.id;


--
-- Name: customers id; Type: DEFAULT; Schema: tenant_1; Owner: -
--

ALTER TABLE ONLY tenant_1.customers ALTER COLUMN id SET DEFAULT nextval('tenant_1.customers_id_seq'::regclass);


--
-- Name: locations id; Type: DEFAULT; Schema: tenant_1; Owner: -
--

ALTER TABLE ONLY tenant_1.locations ALTER COLUMN id SET DEFAULT nextval('tenant_1.locations_id_seq'::regclass);


--
-- Name: skills id; Type: DEFAULT; Schema: tenant_1; Owner: -
--

ALTER TABLE ONLY tenant_1.skills ALTER COLUMN id SET DEFAULT nextval('tenant_1.skills_id_seq'::regclass);


--
-- Name: tickets id; Type: DEFAULT; Schema: tenant_1; Owner: -
--

ALTER TABLE ONLY tenant_1.tickets ALTER COLUMN id SET DEFAULT nextval('tenant_1.tickets_id_seq'::regclass);


--
-- Name: users id; Type: DEFAULT; Schema: tenant_1; Owner: -
--

ALTER TABLE ONLY tenant_1.users ALTER COLUMN id SET DEFAULT nextval('tenant_1.users_id_seq'::regclass);


--
-- Name: customers id; Type: DEFAULT; Schema: tenant_10; Owner: -
--

ALTER TABLE ONLY tenant_10.customers ALTER COLUMN id SET DEFAULT nextval('tenant_10.customers_id_seq'::regclass);


--
-- Name: locations id; Type: DEFAULT; Schema: tenant_10; Owner: -
--

ALTER TABLE ONLY tenant_10.locations ALTER COLUMN id SET DEFAULT nextval('tenant_10.locations_id_seq'::regclass);


--
-- Name: skills id; Type: DEFAULT; Schema: tenant_10; Owner: -
--

ALTER TABLE ONLY tenant_10.skills ALTER COLUMN id SET DEFAULT nextval('tenant_10.skills_id_seq'::regclass);


--
-- Name: tickets id; Type: DEFAULT; Schema: tenant_10; Owner: -
--

ALTER TABLE ONLY tenant_10.tickets ALTER COLUMN id SET DEFAULT nextval('tenant_10.tickets_id_seq'::regclass);


--
-- Name: users id; Type: DEFAULT; Schema: tenant_10; Owner: -
--

ALTER TABLE ONLY tenant_10.users ALTER COLUMN id SET DEFAULT nextval('tenant_10.users_id_seq'::regclass);


--
-- Name: customers id; Type: DEFAULT; Schema: tenant_11; Owner: -
--

ALTER TABLE ONLY tenant_11.customers ALTER COLUMN id SET DEFAULT nextval('tenant_11.customers_id_seq'::regclass);


--
-- Name: locations id; Type: DEFAULT; Schema: tenant_11; Owner: -
--

ALTER TABLE ONLY tenant_11.locations ALTER COLUMN id SET DEFAULT nextval('tenant_11.locations_id_seq'::regclass);


--
-- Name: skills id; Type: DEFAULT; Schema: tenant_11; Owner: -
--

ALTER TABLE ONLY tenant_11.skills ALTER COLUMN id SET DEFAULT nextval('tenant_11.skills_id_seq'::regclass);


--
-- Name: tickets id; Type: DEFAULT; Schema: tenant_11; Owner: -
--

ALTER TABLE ONLY tenant_11.tickets ALTER COLUMN id SET DEFAULT nextval('tenant_11.tickets_id_seq'::regclass);


--
-- Name: users id; Type: DEFAULT; Schema: tenant_11; Owner: -
--

ALTER TABLE ONLY tenant_11.users ALTER COLUMN id SET DEFAULT nextval('tenant_11.users_id_seq'::regclass);


--
-- Name: customers id; Type: DEFAULT; Schema: tenant_12; Owner: -
--

ALTER TABLE ONLY tenant_12.customers ALTER COLUMN id SET DEFAULT nextval('tenant_12.customers_id_seq'::regclass);


--
-- Name: locations id; Type: DEFAULT; Schema: tenant_12; Owner: -
--

ALTER TABLE ONLY tenant_12.locations ALTER COLUMN id SET DEFAULT nextval('tenant_12.locations_id_seq'::regclass);


--
-- Name: skills id; Type: DEFAULT; Schema: tenant_12; Owner: -
--

ALTER TABLE ONLY tenant_12.skills ALTER COLUMN id SET DEFAULT nextval('tenant_12.skills_id_seq'::regclass);


--
-- Name: tickets id; Type: DEFAULT; Schema: tenant_12; Owner: -
--

ALTER TABLE ONLY tenant_12.tickets ALTER COLUMN id SET DEFAULT nextval('tenant_12.tickets_id_seq'::regclass);


--
-- Name: users id; Type: DEFAULT; Schema: tenant_12; Owner: -
--

ALTER TABLE ONLY tenant_12.users ALTER COLUMN id SET DEFAULT nextval('tenant_12.users_id_seq'::regclass);


--
-- Name: customers id; Type: DEFAULT; Schema: tenant_13; Owner: -
--

ALTER TABLE ONLY tenant_13.customers ALTER COLUMN id SET DEFAULT nextval('tenant_13.customers_id_seq'::regclass);


--
-- Name: skills id; Type: DEFAULT; Schema: tenant_13; Owner: -
--

ALTER TABLE ONLY tenant_13.skills ALTER COLUMN id SET DEFAULT nextval('tenant_13.skills_id_seq'::regclass);


--
-- Name: tickets id; Type: DEFAULT; Schema: tenant_13; Owner: -
--

ALTER TABLE ONLY tenant_13.tickets ALTER COLUMN id SET DEFAULT nextval('tenant_13.tickets_id_seq'::regclass);


--
-- Name: users id; Type: DEFAULT; Schema: tenant_13; Owner: -
--

ALTER TABLE ONLY tenant_13.users ALTER COLUMN id SET DEFAULT nextval('tenant_13.users_id_seq'::regclass);


--
-- Name: customers id; Type: DEFAULT; Schema: tenant_14; Owner: -
--

ALTER TABLE ONLY tenant_14.customers ALTER COLUMN id SET DEFAULT nextval('tenant_14.customers_id_seq'::regclass);


--
-- Name: locations id; Type: DEFAULT; Schema: tenant_14; Owner: -
--

ALTER TABLE ONLY tenant_14.locations ALTER COLUMN id SET DEFAULT nextval('tenant_14.locations_id_seq'::regclass);


--
-- Name: skills id; Type: DEFAULT; Schema: tenant_14; Owner: -
--

ALTER TABLE ONLY tenant_14.skills ALTER COLUMN id SET DEFAULT nextval('tenant_14.skills_id_seq'::regclass);


--
-- Name: tickets id; Type: DEFAULT; Schema: tenant_14; Owner: -
--

ALTER TABLE ONLY tenant_14.tickets ALTER COLUMN id SET DEFAULT nextval('tenant_14.tickets_id_seq'::regclass);


--
-- Name: users id; Type: DEFAULT; Schema: tenant_14; Owner: -
--

ALTER TABLE ONLY tenant_14.users ALTER COLUMN id SET DEFAULT nextval('tenant_14.users_id_seq'::regclass);


--
-- Name: customers id; Type: DEFAULT; Schema: tenant_15; Owner: -
--

ALTER TABLE ONLY tenant_15.customers ALTER COLUMN id SET DEFAULT nextval('tenant_15.customers_id_seq'::regclass);


--
-- Name: locations id; Type: DEFAULT; Schema: tenant_15; Owner: -
--

ALTER TABLE ONLY tenant_15.locations ALTER COLUMN id SET DEFAULT nextval('tenant_15.locations_id_seq'::regclass);


--
-- Name: skills id; Type: DEFAULT; Schema: tenant_15; Owner: -
--

ALTER TABLE ONLY tenant_15.skills ALTER COLUMN id SET DEFAULT nextval('tenant_15.skills_id_seq'::regclass);


--
-- Name: tickets id; Type: DEFAULT; Schema: tenant_15; Owner: -
--

ALTER TABLE ONLY tenant_15.tickets ALTER COLUMN id SET DEFAULT nextval('tenant_15.tickets_id_seq'::regclass);


--
-- Name: users id; Type: DEFAULT; Schema: tenant_15; Owner: -
--

ALTER TABLE ONLY tenant_15.users ALTER COLUMN id SET DEFAULT nextval('tenant_15.users_id_seq'::regclass);


--
-- Name: customers id; Type: DEFAULT; Schema: tenant_16; Owner: -
--

ALTER TABLE ONLY tenant_16.customers ALTER COLUMN id SET DEFAULT nextval('tenant_16.customers_id_seq'::regclass);


--
-- Name: locations id; Type: DEFAULT; Schema: tenant_16; Owner: -
--

ALTER TABLE ONLY tenant_16.locations ALTER COLUMN id SET DEFAULT nextval('tenant_16.locations_id_seq'::regclass);


--
-- Name: skills id; Type: DEFAULT; Schema: tenant_16; Owner: -
--

ALTER TABLE ONLY tenant_16.skills ALTER COLUMN id SET DEFAULT nextval('tenant_16.skills_id_seq'::regclass);


--
-- Name: tickets id; Type: DEFAULT; Schema: tenant_16; Owner: -
--

ALTER TABLE ONLY tenant_16.tickets ALTER COLUMN id SET DEFAULT nextval('tenant_16.tickets_id_seq'::regclass);


--
-- Name: users id; Type: DEFAULT; Schema: tenant_16; Owner: -
--

ALTER TABLE ONLY tenant_16.users ALTER COLUMN id SET DEFAULT nextval('tenant_16.users_id_seq'::regclass);


--
-- Name: customers id; Type: DEFAULT; Schema: tenant_17; Owner: -
--

ALTER TABLE ONLY tenant_17.customers ALTER COLUMN id SET DEFAULT nextval('tenant_17.customers_id_seq'::regclass);


--
-- Name: locations id; Type: DEFAULT; Schema: tenant_17; Owner: -
--

ALTER TABLE ONLY tenant_17.locations ALTER COLUMN id SET DEFAULT nextval('tenant_17.locations_id_seq'::regclass);


--
-- Name: skills id; Type: DEFAULT; Schema: tenant_17; Owner: -
--

ALTER TABLE ONLY tenant_17.skills ALTER COLUMN id SET DEFAULT nextval('tenant_17.skills_id_seq'::regclass);


--
-- Name: tickets id; Type: DEFAULT; Schema: tenant_17; Owner: -
--

ALTER TABLE ONLY tenant_17.tickets ALTER COLUMN id SET DEFAULT nextval('tenant_17.tickets_id_seq'::regclass);


--
-- Name: users id; Type: DEFAULT; Schema: tenant_17; Owner: -
--

ALTER TABLE ONLY tenant_17.users ALTER COLUMN id SET DEFAULT nextval('tenant_17.users_id_seq'::regclass);


--
-- Name: customers id; Type: DEFAULT; Schema: tenant_18; Owner: -
--

ALTER TABLE ONLY tenant_18.customers ALTER COLUMN id SET DEFAULT nextval('tenant_18.customers_id_seq'::regclass);


--
-- Name: locations id; Type: DEFAULT; Schema: tenant_18; Owner: -
--

ALTER TABLE ONLY tenant_18.locations ALTER COLUMN id SET DEFAULT nextval('tenant_18.locations_id_seq'::regclass);


--
-- Name: skills id; Type: DEFAULT; Schema: tenant_18; Owner: -
--

ALTER TABLE ONLY tenant_18.skills ALTER COLUMN id SET DEFAULT nextval('tenant_18.skills_id_seq'::regclass);


--
-- Name: tickets id; Type: DEFAULT; Schema: tenant_18; Owner: -
--

ALTER TABLE ONLY tenant_18.tickets ALTER COLUMN id SET DEFAULT nextval('tenant_18.tickets_id_seq'::regclass);


--
-- Name: users id; Type: DEFAULT; Schema: tenant_18; Owner: -
--

ALTER TABLE ONLY tenant_18.users ALTER COLUMN id SET DEFAULT nextval('tenant_18.users_id_seq'::regclass);


--
-- Name: customers id; Type: DEFAULT; Schema: tenant_19; Owner: -
--

ALTER TABLE ONLY tenant_19.customers ALTER COLUMN id SET DEFAULT nextval('tenant_19.customers_id_seq'::regclass);


--
-- Name: locations id; Type: DEFAULT; Schema: tenant_19; Owner: -
--

ALTER TABLE ONLY tenant_19.locations ALTER COLUMN id SET DEFAULT nextval('tenant_19.locations_id_seq'::regclass);


--
-- Name: skills id; Type: DEFAULT; Schema: tenant_19; Owner: -
--

ALTER TABLE ONLY tenant_19.skills ALTER COLUMN id SET DEFAULT nextval('tenant_19.skills_id_seq'::regclass);


--
-- Name: tickets id; Type: DEFAULT; Schema: tenant_19; Owner: -
--

ALTER TABLE ONLY tenant_19.tickets ALTER COLUMN id SET DEFAULT nextval('tenant_19.tickets_id_seq'::regclass);


--
-- Name: users id; Type: DEFAULT; Schema: tenant_19; Owner: -
--

ALTER TABLE ONLY tenant_19.users ALTER COLUMN id SET DEFAULT nextval('tenant_19.users_id_seq'::regclass);


--
-- Name: customers id; Type: DEFAULT; Schema: tenant_2; Owner: -
--

ALTER TABLE ONLY tenant_2.customers ALTER COLUMN id SET DEFAULT nextval('tenant_2.customers_id_seq'::regclass);


--
-- Name: locations id; Type: DEFAULT; Schema: tenant_2; Owner: -
--

ALTER TABLE ONLY tenant_2.locations ALTER COLUMN id SET DEFAULT nextval('tenant_2.locations_id_seq'::regclass);


--
-- Name: skills id; Type: DEFAULT; Schema: tenant_2; Owner: -
--

ALTER TABLE ONLY tenant_2.skills ALTER COLUMN id SET DEFAULT nextval('tenant_2.skills_id_seq'::regclass);


--
-- Name: tickets id; Type: DEFAULT; Schema: tenant_2; Owner: -
--

ALTER TABLE ONLY tenant_2.tickets ALTER COLUMN id SET DEFAULT nextval('tenant_2.tickets_id_seq'::regclass);


--
-- Name: users id; Type: DEFAULT; Schema: tenant_2; Owner: -
--

ALTER TABLE ONLY tenant_2.users ALTER COLUMN id SET DEFAULT nextval('tenant_2.users_id_seq'::regclass);


--
-- Name: customers id; Type: DEFAULT; Schema: tenant_20; Owner: -
--

ALTER TABLE ONLY tenant_20.customers ALTER COLUMN id SET DEFAULT nextval('tenant_20.customers_id_seq'::regclass);


--
-- Name: locations id; Type: DEFAULT; Schema: tenant_20; Owner: -
--

ALTER TABLE ONLY tenant_20.locations ALTER COLUMN id SET DEFAULT nextval('tenant_20.locations_id_seq'::regclass);


--
-- Name: skills id; Type: DEFAULT; Schema: tenant_20; Owner: -
--

ALTER TABLE ONLY tenant_20.skills ALTER COLUMN id SET DEFAULT nextval('tenant_20.skills_id_seq'::regclass);


--
-- Name: tickets id; Type: DEFAULT; Schema: tenant_20; Owner: -
--

ALTER TABLE ONLY tenant_20.tickets ALTER COLUMN id SET DEFAULT nextval('tenant_20.tickets_id_seq'::regclass);


--
-- Name: users id; Type: DEFAULT; Schema: tenant_20; Owner: -
--

ALTER TABLE ONLY tenant_20.users ALTER COLUMN id SET DEFAULT nextval('tenant_20.users_id_seq'::regclass);


--
-- Name: customers id; Type: DEFAULT; Schema: tenant_3; Owner: -
--

ALTER TABLE ONLY tenant_3.customers ALTER COLUMN id SET DEFAULT nextval('tenant_3.customers_id_seq'::regclass);


--
-- Name: locations id; Type: DEFAULT; Schema: tenant_3; Owner: -
--

ALTER TABLE ONLY tenant_3.locations ALTER COLUMN id SET DEFAULT nextval('tenant_3.locations_id_seq'::regclass);


--
-- Name: skills id; Type: DEFAULT; Schema: tenant_3; Owner: -
--

ALTER TABLE ONLY tenant_3.skills ALTER COLUMN id SET DEFAULT nextval('tenant_3.skills_id_seq'::regclass);


--
-- Name: tickets id; Type: DEFAULT; Schema: tenant_3; Owner: -
--

ALTER TABLE ONLY tenant_3.tickets ALTER COLUMN id SET DEFAULT nextval('tenant_3.tickets_id_seq'::regclass);


--
-- Name: users id; Type: DEFAULT; Schema: tenant_3; Owner: -
--

ALTER TABLE ONLY tenant_3.users ALTER COLUMN id SET DEFAULT nextval('tenant_3.users_id_seq'::regclass);


--
-- Name: customers id; Type: DEFAULT; Schema: tenant_4; Owner: -
--

ALTER TABLE ONLY tenant_4.customers ALTER COLUMN id SET DEFAULT nextval('tenant_4.customers_id_seq'::regclass);


--
-- Name: locations id; Type: DEFAULT; Schema: tenant_4; Owner: -
--

ALTER TABLE ONLY tenant_4.locations ALTER COLUMN id SET DEFAULT nextval('tenant_4.locations_id_seq'::regclass);


--
-- Name: skills id; Type: DEFAULT; Schema: tenant_4; Owner: -
--

ALTER TABLE ONLY tenant_4.skills ALTER COLUMN id SET DEFAULT nextval('tenant_4.skills_id_seq'::regclass);


--
-- Name: tickets id; Type: DEFAULT; Schema: tenant_4; Owner: -
--

ALTER TABLE ONLY tenant_4.tickets ALTER COLUMN id SET DEFAULT nextval('tenant_4.tickets_id_seq'::regclass);


--
-- Name: users id; Type: DEFAULT; Schema: tenant_4; Owner: -
--

ALTER TABLE ONLY tenant_4.users ALTER COLUMN id SET DEFAULT nextval('tenant_4.users_id_seq'::regclass);


--
-- Name: customers id; Type: DEFAULT; Schema: tenant_5; Owner: -
--

ALTER TABLE ONLY tenant_5.customers ALTER COLUMN id SET DEFAULT nextval('tenant_5.customers_id_seq'::regclass);


--
-- Name: locations id; Type: DEFAULT; Schema: tenant_5; Owner: -
--

ALTER TABLE ONLY tenant_5.locations ALTER COLUMN id SET DEFAULT nextval('tenant_5.locations_id_seq'::regclass);


--
-- Name: skills id; Type: DEFAULT; Schema: tenant_5; Owner: -
--

ALTER TABLE ONLY tenant_5.skills ALTER COLUMN id SET DEFAULT nextval('tenant_5.skills_id_seq'::regclass);


--
-- Name: tickets id; Type: DEFAULT; Schema: tenant_5; Owner: -
--

ALTER TABLE ONLY tenant_5.tickets ALTER COLUMN id SET DEFAULT nextval('tenant_5.tickets_id_seq'::regclass);


--
-- Name: users id; Type: DEFAULT; Schema: tenant_5; Owner: -
--

ALTER TABLE ONLY tenant_5.users ALTER COLUMN id SET DEFAULT nextval('tenant_5.users_id_seq'::regclass);


--
-- Name: customers id; Type: DEFAULT; Schema: tenant_6; Owner: -
--

ALTER TABLE ONLY tenant_6.customers ALTER COLUMN id SET DEFAULT nextval('tenant_6.customers_id_seq'::regclass);


--
-- Name: locations id; Type: DEFAULT; Schema: tenant_6; Owner: -
--

ALTER TABLE ONLY tenant_6.locations ALTER COLUMN id SET DEFAULT nextval('tenant_6.locations_id_seq'::regclass);


--
-- Name: skills id; Type: DEFAULT; Schema: tenant_6; Owner: -
--

ALTER TABLE ONLY tenant_6.skills ALTER COLUMN id SET DEFAULT nextval('tenant_6.skills_id_seq'::regclass);


--
-- Name: tickets id; Type: DEFAULT; Schema: tenant_6; Owner: -
--

ALTER TABLE ONLY tenant_6.tickets ALTER COLUMN id SET DEFAULT nextval('tenant_6.tickets_id_seq'::regclass);


--
-- Name: users id; Type: DEFAULT; Schema: tenant_6; Owner: -
--

ALTER TABLE ONLY tenant_6.users ALTER COLUMN id SET DEFAULT nextval('tenant_6.users_id_seq'::regclass);


--
-- Name: customers id; Type: DEFAULT; Schema: tenant_7; Owner: -
--

ALTER TABLE ONLY tenant_7.customers ALTER COLUMN id SET DEFAULT nextval('tenant_7.customers_id_seq'::regclass);


--
-- Name: skills id; Type: DEFAULT; Schema: tenant_7; Owner: -
--

ALTER TABLE ONLY tenant_7.skills ALTER COLUMN id SET DEFAULT nextval('tenant_7.skills_id_seq'::regclass);


--
-- Name: tickets id; Type: DEFAULT; Schema: tenant_7; Owner: -
--

ALTER TABLE ONLY tenant_7.tickets ALTER COLUMN id SET DEFAULT nextval('tenant_7.tickets_id_seq'::regclass);


--
-- Name: users id; Type: DEFAULT; Schema: tenant_7; Owner: -
--

ALTER TABLE ONLY tenant_7.users ALTER COLUMN id SET DEFAULT nextval('tenant_7.users_id_seq'::regclass);


--
-- Name: customers id; Type: DEFAULT; Schema: tenant_8; Owner: -
--

ALTER TABLE ONLY tenant_8.customers ALTER COLUMN id SET DEFAULT nextval('tenant_8.customers_id_seq'::regclass);


--
-- Name: locations id; Type: DEFAULT; Schema: tenant_8; Owner: -
--

ALTER TABLE ONLY tenant_8.locations ALTER COLUMN id SET DEFAULT nextval('tenant_8.locations_id_seq'::regclass);


--
-- Name: skills id; Type: DEFAULT; Schema: tenant_8; Owner: -
--

ALTER TABLE ONLY tenant_8.skills ALTER COLUMN id SET DEFAULT nextval('tenant_8.skills_id_seq'::regclass);


--
-- Name: tickets id; Type: DEFAULT; Schema: tenant_8; Owner: -
--

ALTER TABLE ONLY tenant_8.tickets ALTER COLUMN id SET DEFAULT nextval('tenant_8.tickets_id_seq'::regclass);


--
-- Name: users id; Type: DEFAULT; Schema: tenant_8; Owner: -
--

ALTER TABLE ONLY tenant_8.users ALTER COLUMN id SET DEFAULT nextval('tenant_8.users_id_seq'::regclass);


--
-- Name: customers id; Type: DEFAULT; Schema: tenant_9; Owner: -
--

ALTER TABLE ONLY tenant_9.customers ALTER COLUMN id SET DEFAULT nextval('tenant_9.customers_id_seq'::regclass);


--
-- Name: locations id; Type: DEFAULT; Schema: tenant_9; Owner: -
--

ALTER TABLE ONLY tenant_9.locations ALTER COLUMN id SET DEFAULT nextval('tenant_9.locations_id_seq'::regclass);


--
-- Name: skills id; Type: DEFAULT; Schema: tenant_9; Owner: -
--

ALTER TABLE ONLY tenant_9.skills ALTER COLUMN id SET DEFAULT nextval('tenant_9.skills_id_seq'::regclass);


--
-- Name: tickets id; Type: DEFAULT; Schema: tenant_9; Owner: -
--

ALTER TABLE ONLY tenant_9.tickets ALTER COLUMN id SET DEFAULT nextval('tenant_9.tickets_id_seq'::regclass);


--
-- Name: users id; Type: DEFAULT; Schema: tenant_9; Owner: -
--

ALTER TABLE ONLY tenant_9.users ALTER COLUMN id SET DEFAULT nextval('tenant_9.users_id_seq'::regclass);


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
-- Name: skills skills_pkey; Type: CONSTRAINT; Schema: tenant_1; Owner: -
--

ALTER TABLE ONLY tenant_1.skills
    ADD CONSTRAINT skills_pkey PRIMARY KEY (id);


--
-- Name: tickets tickets_pkey; Type: CONSTRAINT; Schema: tenant_1; Owner: -
--

ALTER TABLE ONLY tenant_1.tickets
    ADD CONSTRAINT tickets_pkey PRIMARY KEY (id);


--
-- Name: users users_email_key; Type: CONSTRAINT; Schema: tenant_1; Owner: -
--

ALTER TABLE ONLY tenant_1.users
    ADD CONSTRAINT users_email_key UNIQUE (email);


--
-- Name: users users_pkey; Type: CONSTRAINT; Schema: tenant_1; Owner: -
--

ALTER TABLE ONLY tenant_1.users
    ADD CONSTRAINT users_pkey PRIMARY KEY (id);


--
-- Name: customers customers_pkey; Type: CONSTRAINT; Schema: tenant_10; Owner: -
--

ALTER TABLE ONLY tenant_10.customers
    ADD CONSTRAINT customers_pkey PRIMARY KEY (id);


--
-- Name: locations locations_pkey; Type: CONSTRAINT; Schema: tenant_10; Owner: -
--

ALTER TABLE ONLY tenant_10.locations
    ADD CONSTRAINT locations_pkey PRIMARY KEY (id);


--
-- Name: skills skills_pkey; Type: CONSTRAINT; Schema: tenant_10; Owner: -
--

ALTER TABLE ONLY tenant_10.skills
    ADD CONSTRAINT skills_pkey PRIMARY KEY (id);


--
-- Name: tickets tickets_pkey; Type: CONSTRAINT; Schema: tenant_10; Owner: -
--

ALTER TABLE ONLY tenant_10.tickets
    ADD CONSTRAINT tickets_pkey PRIMARY KEY (id);


--
-- Name: users users_email_key; Type: CONSTRAINT; Schema: tenant_10; Owner: -
--

ALTER TABLE ONLY tenant_10.users
    ADD CONSTRAINT users_email_key UNIQUE (email);


--
-- Name: users users_pkey; Type: CONSTRAINT; Schema: tenant_10; Owner: -
--

ALTER TABLE ONLY tenant_10.users
    ADD CONSTRAINT users_pkey PRIMARY KEY (id);


--
-- Name: customers customers_pkey; Type: CONSTRAINT; Schema: tenant_11; Owner: -
--

ALTER TABLE ONLY tenant_11.customers
    ADD CONSTRAINT customers_pkey PRIMARY KEY (id);


--
-- Name: locations locations_pkey; Type: CONSTRAINT; Schema: tenant_11; Owner: -
--

ALTER TABLE ONLY tenant_11.locations
    ADD CONSTRAINT locations_pkey PRIMARY KEY (id);


--
-- Name: skills skills_pkey; Type: CONSTRAINT; Schema: tenant_11; Owner: -
--

ALTER TABLE ONLY tenant_11.skills
    ADD CONSTRAINT skills_pkey PRIMARY KEY (id);


--
-- Name: tickets tickets_pkey; Type: CONSTRAINT; Schema: tenant_11; Owner: -
--

ALTER TABLE ONLY tenant_11.tickets
    ADD CONSTRAINT tickets_pkey PRIMARY KEY (id);


--
-- Name: users users_email_key; Type: CONSTRAINT; Schema: tenant_11; Owner: -
--

ALTER TABLE ONLY tenant_11.users
    ADD CONSTRAINT users_email_key UNIQUE (email);


--
-- Name: users users_pkey; Type: CONSTRAINT; Schema: tenant_11; Owner: -
--

ALTER TABLE ONLY tenant_11.users
    ADD CONSTRAINT users_pkey PRIMARY KEY (id);


--
-- Name: customers customers_pkey; Type: CONSTRAINT; Schema: tenant_12; Owner: -
--

ALTER TABLE ONLY tenant_12.customers
    ADD CONSTRAINT customers_pkey PRIMARY KEY (id);


--
-- Name: locations locations_pkey; Type: CONSTRAINT; Schema: tenant_12; Owner: -
--

ALTER TABLE ONLY tenant_12.locations
    ADD CONSTRAINT locations_pkey PRIMARY KEY (id);


--
-- Name: skills skills_pkey; Type: CONSTRAINT; Schema: tenant_12; Owner: -
--

ALTER TABLE ONLY tenant_12.skills
    ADD CONSTRAINT skills_pkey PRIMARY KEY (id);


--
-- Name: tickets tickets_pkey; Type: CONSTRAINT; Schema: tenant_12; Owner: -
--

ALTER TABLE ONLY tenant_12.tickets
    ADD CONSTRAINT tickets_pkey PRIMARY KEY (id);


--
-- Name: users users_email_key; Type: CONSTRAINT; Schema: tenant_12; Owner: -
--

ALTER TABLE ONLY tenant_12.users
    ADD CONSTRAINT users_email_key UNIQUE (email);


--
-- Name: users users_pkey; Type: CONSTRAINT; Schema: tenant_12; Owner: -
--

ALTER TABLE ONLY tenant_12.users
    ADD CONSTRAINT users_pkey PRIMARY KEY (id);


--
-- Name: customers customers_pkey; Type: CONSTRAINT; Schema: tenant_13; Owner: -
--

ALTER TABLE ONLY tenant_13.customers
    ADD CONSTRAINT customers_pkey PRIMARY KEY (id);


--
-- Name: skills skills_pkey; Type: CONSTRAINT; Schema: tenant_13; Owner: -
--

ALTER TABLE ONLY tenant_13.skills
    ADD CONSTRAINT skills_pkey PRIMARY KEY (id);


--
-- Name: tickets tickets_pkey; Type: CONSTRAINT; Schema: tenant_13; Owner: -
--

ALTER TABLE ONLY tenant_13.tickets
    ADD CONSTRAINT tickets_pkey PRIMARY KEY (id);


--
-- Name: users users_email_key; Type: CONSTRAINT; Schema: tenant_13; Owner: -
--

ALTER TABLE ONLY tenant_13.users
    ADD CONSTRAINT users_email_key UNIQUE (email);


--
-- Name: users users_pkey; Type: CONSTRAINT; Schema: tenant_13; Owner: -
--

ALTER TABLE ONLY tenant_13.users
    ADD CONSTRAINT users_pkey PRIMARY KEY (id);


--
-- Name: customers customers_pkey; Type: CONSTRAINT; Schema: tenant_14; Owner: -
--

ALTER TABLE ONLY tenant_14.customers
    ADD CONSTRAINT customers_pkey PRIMARY KEY (id);


--
-- Name: locations locations_pkey; Type: CONSTRAINT; Schema: tenant_14; Owner: -
--

ALTER TABLE ONLY tenant_14.locations
    ADD CONSTRAINT locations_pkey PRIMARY KEY (id);


--
-- Name: skills skills_pkey; Type: CONSTRAINT; Schema: tenant_14; Owner: -
--

ALTER TABLE ONLY tenant_14.skills
    ADD CONSTRAINT skills_pkey PRIMARY KEY (id);


--
-- Name: tickets tickets_pkey; Type: CONSTRAINT; Schema: tenant_14; Owner: -
--

ALTER TABLE ONLY tenant_14.tickets
    ADD CONSTRAINT tickets_pkey PRIMARY KEY (id);


--
-- Name: users users_email_key; Type: CONSTRAINT; Schema: tenant_14; Owner: -
--

ALTER TABLE ONLY tenant_14.users
    ADD CONSTRAINT users_email_key UNIQUE (email);


--
-- Name: users users_pkey; Type: CONSTRAINT; Schema: tenant_14; Owner: -
--

ALTER TABLE ONLY tenant_14.users
    ADD CONSTRAINT users_pkey PRIMARY KEY (id);


--
-- Name: customers customers_pkey; Type: CONSTRAINT; Schema: tenant_15; Owner: -
--

ALTER TABLE ONLY tenant_15.customers
    ADD CONSTRAINT customers_pkey PRIMARY KEY (id);


--
-- Name: locations locations_pkey; Type: CONSTRAINT; Schema: tenant_15; Owner: -
--

ALTER TABLE ONLY tenant_15.locations
    ADD CONSTRAINT locations_pkey PRIMARY KEY (id);


--
-- Name: skills skills_pkey; Type: CONSTRAINT; Schema: tenant_15; Owner: -
--

ALTER TABLE ONLY tenant_15.skills
    ADD CONSTRAINT skills_pkey PRIMARY KEY (id);


--
-- Name: tickets tickets_pkey; Type: CONSTRAINT; Schema: tenant_15; Owner: -
--

ALTER TABLE ONLY tenant_15.tickets
    ADD CONSTRAINT tickets_pkey PRIMARY KEY (id);


--
-- Name: users users_email_key; Type: CONSTRAINT; Schema: tenant_15; Owner: -
--

ALTER TABLE ONLY tenant_15.users
    ADD CONSTRAINT users_email_key UNIQUE (email);


--
-- Name: users users_pkey; Type: CONSTRAINT; Schema: tenant_15; Owner: -
--

ALTER TABLE ONLY tenant_15.users
    ADD CONSTRAINT users_pkey PRIMARY KEY (id);


--
-- Name: customers customers_pkey; Type: CONSTRAINT; Schema: tenant_16; Owner: -
--

ALTER TABLE ONLY tenant_16.customers
    ADD CONSTRAINT customers_pkey PRIMARY KEY (id);


--
-- Name: locations locations_pkey; Type: CONSTRAINT; Schema: tenant_16; Owner: -
--

ALTER TABLE ONLY tenant_16.locations
    ADD CONSTRAINT locations_pkey PRIMARY KEY (id);


--
-- Name: skills skills_pkey; Type: CONSTRAINT; Schema: tenant_16; Owner: -
--

ALTER TABLE ONLY tenant_16.skills
    ADD CONSTRAINT skills_pkey PRIMARY KEY (id);


--
-- Name: tickets tickets_pkey; Type: CONSTRAINT; Schema: tenant_16; Owner: -
--

ALTER TABLE ONLY tenant_16.tickets
    ADD CONSTRAINT tickets_pkey PRIMARY KEY (id);


--
-- Name: users users_email_key; Type: CONSTRAINT; Schema: tenant_16; Owner: -
--

ALTER TABLE ONLY tenant_16.users
    ADD CONSTRAINT users_email_key UNIQUE (email);


--
-- Name: users users_pkey; Type: CONSTRAINT; Schema: tenant_16; Owner: -
--

ALTER TABLE ONLY tenant_16.users
    ADD CONSTRAINT users_pkey PRIMARY KEY (id);


--
-- Name: customers customers_pkey; Type: CONSTRAINT; Schema: tenant_17; Owner: -
--

ALTER TABLE ONLY tenant_17.customers
    ADD CONSTRAINT customers_pkey PRIMARY KEY (id);


--
-- Name: locations locations_pkey; Type: CONSTRAINT; Schema: tenant_17; Owner: -
--

ALTER TABLE ONLY tenant_17.locations
    ADD CONSTRAINT locations_pkey PRIMARY KEY (id);


--
-- Name: skills skills_pkey; Type: CONSTRAINT; Schema: tenant_17; Owner: -
--

ALTER TABLE ONLY tenant_17.skills
    ADD CONSTRAINT skills_pkey PRIMARY KEY (id);


--
-- Name: tickets tickets_pkey; Type: CONSTRAINT; Schema: tenant_17; Owner: -
--

ALTER TABLE ONLY tenant_17.tickets
    ADD CONSTRAINT tickets_pkey PRIMARY KEY (id);


--
-- Name: users users_email_key; Type: CONSTRAINT; Schema: tenant_17; Owner: -
--

ALTER TABLE ONLY tenant_17.users
    ADD CONSTRAINT users_email_key UNIQUE (email);


--
-- Name: users users_pkey; Type: CONSTRAINT; Schema: tenant_17; Owner: -
--

ALTER TABLE ONLY tenant_17.users
    ADD CONSTRAINT users_pkey PRIMARY KEY (id);


--
-- Name: customers customers_pkey; Type: CONSTRAINT; Schema: tenant_18; Owner: -
--

ALTER TABLE ONLY tenant_18.customers
    ADD CONSTRAINT customers_pkey PRIMARY KEY (id);


--
-- Name: locations locations_pkey; Type: CONSTRAINT; Schema: tenant_18; Owner: -
--

ALTER TABLE ONLY tenant_18.locations
    ADD CONSTRAINT locations_pkey PRIMARY KEY (id);


--
-- Name: skills skills_pkey; Type: CONSTRAINT; Schema: tenant_18; Owner: -
--

ALTER TABLE ONLY tenant_18.skills
    ADD CONSTRAINT skills_pkey PRIMARY KEY (id);


--
-- Name: tickets tickets_pkey; Type: CONSTRAINT; Schema: tenant_18; Owner: -
--

ALTER TABLE ONLY tenant_18.tickets
    ADD CONSTRAINT tickets_pkey PRIMARY KEY (id);


--
-- Name: users users_email_key; Type: CONSTRAINT; Schema: tenant_18; Owner: -
--

ALTER TABLE ONLY tenant_18.users
    ADD CONSTRAINT users_email_key UNIQUE (email);


--
-- Name: users users_pkey; Type: CONSTRAINT; Schema: tenant_18; Owner: -
--

ALTER TABLE ONLY tenant_18.users
    ADD CONSTRAINT users_pkey PRIMARY KEY (id);


--
-- Name: customers customers_pkey; Type: CONSTRAINT; Schema: tenant_19; Owner: -
--

ALTER TABLE ONLY tenant_19.customers
    ADD CONSTRAINT customers_pkey PRIMARY KEY (id);


--
-- Name: locations locations_pkey; Type: CONSTRAINT; Schema: tenant_19; Owner: -
--

ALTER TABLE ONLY tenant_19.locations
    ADD CONSTRAINT locations_pkey PRIMARY KEY (id);


--
-- Name: skills skills_pkey; Type: CONSTRAINT; Schema: tenant_19; Owner: -
--

ALTER TABLE ONLY tenant_19.skills
    ADD CONSTRAINT skills_pkey PRIMARY KEY (id);


--
-- Name: tickets tickets_pkey; Type: CONSTRAINT; Schema: tenant_19; Owner: -
--

ALTER TABLE ONLY tenant_19.tickets
    ADD CONSTRAINT tickets_pkey PRIMARY KEY (id);


--
-- Name: users users_email_key; Type: CONSTRAINT; Schema: tenant_19; Owner: -
--

ALTER TABLE ONLY tenant_19.users
    ADD CONSTRAINT users_email_key UNIQUE (email);


--
-- Name: users users_pkey; Type: CONSTRAINT; Schema: tenant_19; Owner: -
--

ALTER TABLE ONLY tenant_19.users
    ADD CONSTRAINT users_pkey PRIMARY KEY (id);


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
-- Name: skills skills_pkey; Type: CONSTRAINT; Schema: tenant_2; Owner: -
--

ALTER TABLE ONLY tenant_2.skills
    ADD CONSTRAINT skills_pkey PRIMARY KEY (id);


--
-- Name: tickets tickets_pkey; Type: CONSTRAINT; Schema: tenant_2; Owner: -
--

ALTER TABLE ONLY tenant_2.tickets
    ADD CONSTRAINT tickets_pkey PRIMARY KEY (id);


--
-- Name: users users_email_key; Type: CONSTRAINT; Schema: tenant_2; Owner: -
--

ALTER TABLE ONLY tenant_2.users
    ADD CONSTRAINT users_email_key UNIQUE (email);


--
-- Name: users users_pkey; Type: CONSTRAINT; Schema: tenant_2; Owner: -
--

ALTER TABLE ONLY tenant_2.users
    ADD CONSTRAINT users_pkey PRIMARY KEY (id);


--
-- Name: customers customers_pkey; Type: CONSTRAINT; Schema: tenant_20; Owner: -
--

ALTER TABLE ONLY tenant_20.customers
    ADD CONSTRAINT customers_pkey PRIMARY KEY (id);


--
-- Name: locations locations_pkey; Type: CONSTRAINT; Schema: tenant_20; Owner: -
--

ALTER TABLE ONLY tenant_20.locations
    ADD CONSTRAINT locations_pkey PRIMARY KEY (id);


--
-- Name: skills skills_pkey; Type: CONSTRAINT; Schema: tenant_20; Owner: -
--

ALTER TABLE ONLY tenant_20.skills
    ADD CONSTRAINT skills_pkey PRIMARY KEY (id);


--
-- Name: tickets tickets_pkey; Type: CONSTRAINT; Schema: tenant_20; Owner: -
--

ALTER TABLE ONLY tenant_20.tickets
    ADD CONSTRAINT tickets_pkey PRIMARY KEY (id);


--
-- Name: users users_email_key; Type: CONSTRAINT; Schema: tenant_20; Owner: -
--

ALTER TABLE ONLY tenant_20.users
    ADD CONSTRAINT users_email_key UNIQUE (email);


--
-- Name: users users_pkey; Type: CONSTRAINT; Schema: tenant_20; Owner: -
--

ALTER TABLE ONLY tenant_20.users
    ADD CONSTRAINT users_pkey PRIMARY KEY (id);


--
-- Name: customers customers_pkey; Type: CONSTRAINT; Schema: tenant_3; Owner: -
--

ALTER TABLE ONLY tenant_3.customers
    ADD CONSTRAINT customers_pkey PRIMARY KEY (id);


--
-- Name: locations locations_pkey; Type: CONSTRAINT; Schema: tenant_3; Owner: -
--

ALTER TABLE ONLY tenant_3.locations
    ADD CONSTRAINT locations_pkey PRIMARY KEY (id);


--
-- Name: skills skills_pkey; Type: CONSTRAINT; Schema: tenant_3; Owner: -
--

ALTER TABLE ONLY tenant_3.skills
    ADD CONSTRAINT skills_pkey PRIMARY KEY (id);


--
-- Name: tickets tickets_pkey; Type: CONSTRAINT; Schema: tenant_3; Owner: -
--

ALTER TABLE ONLY tenant_3.tickets
    ADD CONSTRAINT tickets_pkey PRIMARY KEY (id);


--
-- Name: users users_email_key; Type: CONSTRAINT; Schema: tenant_3; Owner: -
--

ALTER TABLE ONLY tenant_3.users
    ADD CONSTRAINT users_email_key UNIQUE (email);


--
-- Name: users users_pkey; Type: CONSTRAINT; Schema: tenant_3; Owner: -
--

ALTER TABLE ONLY tenant_3.users
    ADD CONSTRAINT users_pkey PRIMARY KEY (id);


--
-- Name: customers customers_pkey; Type: CONSTRAINT; Schema: tenant_4; Owner: -
--

ALTER TABLE ONLY tenant_4.customers
    ADD CONSTRAINT customers_pkey PRIMARY KEY (id);


--
-- Name: locations locations_pkey; Type: CONSTRAINT; Schema: tenant_4; Owner: -
--

ALTER TABLE ONLY tenant_4.locations
    ADD CONSTRAINT locations_pkey PRIMARY KEY (id);


--
-- Name: skills skills_pkey; Type: CONSTRAINT; Schema: tenant_4; Owner: -
--

ALTER TABLE ONLY tenant_4.skills
    ADD CONSTRAINT skills_pkey PRIMARY KEY (id);


--
-- Name: tickets tickets_pkey; Type: CONSTRAINT; Schema: tenant_4; Owner: -
--

ALTER TABLE ONLY tenant_4.tickets
    ADD CONSTRAINT tickets_pkey PRIMARY KEY (id);


--
-- Name: users users_email_key; Type: CONSTRAINT; Schema: tenant_4; Owner: -
--

ALTER TABLE ONLY tenant_4.users
    ADD CONSTRAINT users_email_key UNIQUE (email);


--
-- Name: users users_pkey; Type: CONSTRAINT; Schema: tenant_4; Owner: -
--

ALTER TABLE ONLY tenant_4.users
    ADD CONSTRAINT users_pkey PRIMARY KEY (id);


--
-- Name: customers customers_pkey; Type: CONSTRAINT; Schema: tenant_5; Owner: -
--

ALTER TABLE ONLY tenant_5.customers
    ADD CONSTRAINT customers_pkey PRIMARY KEY (id);


--
-- Name: locations locations_pkey; Type: CONSTRAINT; Schema: tenant_5; Owner: -
--

ALTER TABLE ONLY tenant_5.locations
    ADD CONSTRAINT locations_pkey PRIMARY KEY (id);


--
-- Name: skills skills_pkey; Type: CONSTRAINT; Schema: tenant_5; Owner: -
--

ALTER TABLE ONLY tenant_5.skills
    ADD CONSTRAINT skills_pkey PRIMARY KEY (id);


--
-- Name: tickets tickets_pkey; Type: CONSTRAINT; Schema: tenant_5; Owner: -
--

ALTER TABLE ONLY tenant_5.tickets
    ADD CONSTRAINT tickets_pkey PRIMARY KEY (id);


--
-- Name: users users_email_key; Type: CONSTRAINT; Schema: tenant_5; Owner: -
--

ALTER TABLE ONLY tenant_5.users
    ADD CONSTRAINT users_email_key UNIQUE (email);


--
-- Name: users users_pkey; Type: CONSTRAINT; Schema: tenant_5; Owner: -
--

ALTER TABLE ONLY tenant_5.users
    ADD CONSTRAINT users_pkey PRIMARY KEY (id);


--
-- Name: customers customers_pkey; Type: CONSTRAINT; Schema: tenant_6; Owner: -
--

ALTER TABLE ONLY tenant_6.customers
    ADD CONSTRAINT customers_pkey PRIMARY KEY (id);


--
-- Name: locations locations_pkey; Type: CONSTRAINT; Schema: tenant_6; Owner: -
--

ALTER TABLE ONLY tenant_6.locations
    ADD CONSTRAINT locations_pkey PRIMARY KEY (id);


--
-- Name: skills skills_pkey; Type: CONSTRAINT; Schema: tenant_6; Owner: -
--

ALTER TABLE ONLY tenant_6.skills
    ADD CONSTRAINT skills_pkey PRIMARY KEY (id);


--
-- Name: tickets tickets_pkey; Type: CONSTRAINT; Schema: tenant_6; Owner: -
--

ALTER TABLE ONLY tenant_6.tickets
    ADD CONSTRAINT tickets_pkey PRIMARY KEY (id);


--
-- Name: users users_email_key; Type: CONSTRAINT; Schema: tenant_6; Owner: -
--

ALTER TABLE ONLY tenant_6.users
    ADD CONSTRAINT users_email_key UNIQUE (email);


--
-- Name: users users_pkey; Type: CONSTRAINT; Schema: tenant_6; Owner: -
--

ALTER TABLE ONLY tenant_6.users
    ADD CONSTRAINT users_pkey PRIMARY KEY (id);


--
-- Name: customers customers_pkey; Type: CONSTRAINT; Schema: tenant_7; Owner: -
--

ALTER TABLE ONLY tenant_7.customers
    ADD CONSTRAINT customers_pkey PRIMARY KEY (id);


--
-- Name: skills skills_pkey; Type: CONSTRAINT; Schema: tenant_7; Owner: -
--

ALTER TABLE ONLY tenant_7.skills
    ADD CONSTRAINT skills_pkey PRIMARY KEY (id);


--
-- Name: tickets tickets_pkey; Type: CONSTRAINT; Schema: tenant_7; Owner: -
--

ALTER TABLE ONLY tenant_7.tickets
    ADD CONSTRAINT tickets_pkey PRIMARY KEY (id);


--
-- Name: users users_email_key; Type: CONSTRAINT; Schema: tenant_7; Owner: -
--

ALTER TABLE ONLY tenant_7.users
    ADD CONSTRAINT users_email_key UNIQUE (email);


--
-- Name: users users_pkey; Type: CONSTRAINT; Schema: tenant_7; Owner: -
--

ALTER TABLE ONLY tenant_7.users
    ADD CONSTRAINT users_pkey PRIMARY KEY (id);


--
-- Name: customers customers_pkey; Type: CONSTRAINT; Schema: tenant_8; Owner: -
--

ALTER TABLE ONLY tenant_8.customers
    ADD CONSTRAINT customers_pkey PRIMARY KEY (id);


--
-- Name: locations locations_pkey; Type: CONSTRAINT; Schema: tenant_8; Owner: -
--

ALTER TABLE ONLY tenant_8.locations
    ADD CONSTRAINT locations_pkey PRIMARY KEY (id);


--
-- Name: skills skills_pkey; Type: CONSTRAINT; Schema: tenant_8; Owner: -
--

ALTER TABLE ONLY tenant_8.skills
    ADD CONSTRAINT skills_pkey PRIMARY KEY (id);


--
-- Name: tickets tickets_pkey; Type: CONSTRAINT; Schema: tenant_8; Owner: -
--

ALTER TABLE ONLY tenant_8.tickets
    ADD CONSTRAINT tickets_pkey PRIMARY KEY (id);


--
-- Name: users users_email_key; Type: CONSTRAINT; Schema: tenant_8; Owner: -
--

ALTER TABLE ONLY tenant_8.users
    ADD CONSTRAINT users_email_key UNIQUE (email);


--
-- Name: users users_pkey; Type: CONSTRAINT; Schema: tenant_8; Owner: -
--

ALTER TABLE ONLY tenant_8.users
    ADD CONSTRAINT users_pkey PRIMARY KEY (id);


--
-- Name: customers customers_pkey; Type: CONSTRAINT; Schema: tenant_9; Owner: -
--

ALTER TABLE ONLY tenant_9.customers
    ADD CONSTRAINT customers_pkey PRIMARY KEY (id);


--
-- Name: locations locations_pkey; Type: CONSTRAINT; Schema: tenant_9; Owner: -
--

ALTER TABLE ONLY tenant_9.locations
    ADD CONSTRAINT locations_pkey PRIMARY KEY (id);


--
-- Name: skills skills_pkey; Type: CONSTRAINT; Schema: tenant_9; Owner: -
--

ALTER TABLE ONLY tenant_9.skills
    ADD CONSTRAINT skills_pkey PRIMARY KEY (id);


--
-- Name: tickets tickets_pkey; Type: CONSTRAINT; Schema: tenant_9; Owner: -
--

ALTER TABLE ONLY tenant_9.tickets
    ADD CONSTRAINT tickets_pkey PRIMARY KEY (id);


--
-- Name: users users_email_key; Type: CONSTRAINT; Schema: tenant_9; Owner: -
--

ALTER TABLE ONLY tenant_9.users
    ADD CONSTRAINT users_email_key UNIQUE (email);


--
-- Name: users users_pkey; Type: CONSTRAINT; Schema: tenant_9; Owner: -
--

ALTER TABLE ONLY tenant_9.users
    ADD CONSTRAINT users_pkey PRIMARY KEY (id);


--
-- Name: tickets_status_created_at_idx; Type: INDEX; Schema: tenant_1; Owner: -
--

CREATE INDEX tickets_status_created_at_idx ON tenant_1.tickets USING btree (status, created_at);


--
-- Name: tickets_status_created_at_idx; Type: INDEX; Schema: tenant_10; Owner: -
--

CREATE INDEX tickets_status_created_at_idx ON tenant_10.tickets USING btree (status, created_at);


--
-- Name: tickets_status_created_at_idx; Type: INDEX; Schema: tenant_11; Owner: -
--

CREATE INDEX tickets_status_created_at_idx ON tenant_11.tickets USING btree (status, created_at);


--
-- Name: tickets_status_created_at_idx; Type: INDEX; Schema: tenant_12; Owner: -
--

CREATE INDEX tickets_status_created_at_idx ON tenant_12.tickets USING btree (status, created_at);


--
-- Name: tickets_status_created_at_idx; Type: INDEX; Schema: tenant_13; Owner: -
--

CREATE INDEX tickets_status_created_at_idx ON tenant_13.tickets USING btree (status, created_at);


--
-- Name: tickets_status_created_at_idx; Type: INDEX; Schema: tenant_14; Owner: -
--

CREATE INDEX tickets_status_created_at_idx ON tenant_14.tickets USING btree (status, created_at);


--
-- Name: tickets_status_created_at_idx; Type: INDEX; Schema: tenant_15; Owner: -
--

CREATE INDEX tickets_status_created_at_idx ON tenant_15.tickets USING btree (status, created_at);


--
-- Name: tickets_status_created_at_idx; Type: INDEX; Schema: tenant_16; Owner: -
--

CREATE INDEX tickets_status_created_at_idx ON tenant_16.tickets USING btree (status, created_at);


--
-- Name: tickets_status_created_at_idx; Type: INDEX; Schema: tenant_17; Owner: -
--

CREATE INDEX tickets_status_created_at_idx ON tenant_17.tickets USING btree (status, created_at);


--
-- Name: tickets_status_created_at_idx; Type: INDEX; Schema: tenant_18; Owner: -
--

CREATE INDEX tickets_status_created_at_idx ON tenant_18.tickets USING btree (status, created_at);


--
-- Name: tickets_status_created_at_idx; Type: INDEX; Schema: tenant_19; Owner: -
--

CREATE INDEX tickets_status_created_at_idx ON tenant_19.tickets USING btree (status, created_at);


--
-- Name: tickets_status_created_at_idx; Type: INDEX; Schema: tenant_2; Owner: -
--

CREATE INDEX tickets_status_created_at_idx ON tenant_2.tickets USING btree (status, created_at);


--
-- Name: tickets_status_created_at_idx; Type: INDEX; Schema: tenant_20; Owner: -
--

CREATE INDEX tickets_status_created_at_idx ON tenant_20.tickets USING btree (status, created_at);


--
-- Name: tickets_status_created_at_idx; Type: INDEX; Schema: tenant_3; Owner: -
--

CREATE INDEX tickets_status_created_at_idx ON tenant_3.tickets USING btree (status, created_at);


--
-- Name: tickets_status_created_at_idx; Type: INDEX; Schema: tenant_4; Owner: -
--

CREATE INDEX tickets_status_created_at_idx ON tenant_4.tickets USING btree (status, created_at);


--
-- Name: tickets_status_created_at_idx; Type: INDEX; Schema: tenant_5; Owner: -
--

CREATE INDEX tickets_status_created_at_idx ON tenant_5.tickets USING btree (status, created_at);


--
-- Name: tickets_status_created_at_idx; Type: INDEX; Schema: tenant_6; Owner: -
--

CREATE INDEX tickets_status_created_at_idx ON tenant_6.tickets USING btree (status, created_at);


--
-- Name: tickets_status_created_at_idx; Type: INDEX; Schema: tenant_7; Owner: -
--

CREATE INDEX tickets_status_created_at_idx ON tenant_7.tickets USING btree (status, created_at);


--
-- Name: tickets_status_created_at_idx; Type: INDEX; Schema: tenant_8; Owner: -
--

CREATE INDEX tickets_status_created_at_idx ON tenant_8.tickets USING btree (status, created_at);


--
-- Name: tickets_status_created_at_idx; Type: INDEX; Schema: tenant_9; Owner: -
--

CREATE INDEX tickets_status_created_at_idx ON tenant_9.tickets USING btree (status, created_at);


--
-- PostgreSQL database dump complete
--

\unrestrict LjJ60xifig2hEJrWh33RQusQEfJVq9bdvd3PwUZq0avPyECfjnNhbUlTEZDGNoZ

