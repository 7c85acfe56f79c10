--
-- PostgreSQL database dump
--

\restrict WGMLdZxadX3U8VQja5Hyh2ENDDUKyEPLz0XICFsuDXYM9VMBBmqddrbpcAQxYe0

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
-- Name: empresa_andina; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA empresa_andina;


--
-- Name: empresa_litoral; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA empresa_litoral;


--
-- Name: empresa_pampa; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA empresa_pampa;


--
-- Name: empresa_sierra; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA empresa_sierra;


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
-- Name: clientes; Type: TABLE; Schema: empresa_andina; Owner: -
--

CREATE TABLE empresa_andina.clientes (
    id integer NOT NULL,
    razon_social text NOT NULL,
    nit text NOT NULL,
    ciudad text NOT NULL,
    creado_en timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: clientes_id_seq; Type: SEQUENCE; Schema: empresa_andina; Owner: -
--

CREATE SEQUENCE empresa_andina.clientes_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: clientes_id_seq; Type: SEQUENCE OWNED BY; Schema: empresa_andina; Owner: -
--

ALTER SEQUENCE empresa_andina.clientes_id_seq OWNED BY empresa_andina.clientes.id;


--
-- Name: facturas; Type: TABLE; Schema: empresa_andina; Owner: -
--

CREATE TABLE empresa_andina.facturas (
    id bigint NOT NULL,
    numero integer NOT NULL,
    cliente_id integer NOT NULL,
    fecha timestamp with time zone DEFAULT now() NOT NULL,
    estado text DEFAULT 'emitida'::text NOT NULL,
    subtotal numeric(14,2) NOT NULL,
    iva numeric(14,2) NOT NULL,
    total numeric(14,2) NOT NULL
);


--
-- Name: facturas_id_seq; Type: SEQUENCE; Schema: empresa_andina; Owner: -
--

CREATE SEQUENCE empresa_andina.facturas_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: facturas_id_seq; Type: SEQUENCE OWNED BY; Schema: empresa_andina; Owner: -
--

ALTER SEQUENCE empresa_andina.facturas_id_seq OWNED BY empresa_andina.facturas.id;


--
-- Name: facturas_numero_seq; Type: SEQUENCE; Schema: empresa_andina; Owner: -
--

CREATE SEQUENCE empresa_andina.facturas_numero_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: lineas_factura; Type: TABLE; Schema: empresa_andina; Owner: -
--

CREATE TABLE empresa_andina.lineas_factura (
    id bigint NOT NULL,
    factura_id bigint NOT NULL,
    producto_id integer NOT NULL,
    cantidad integer NOT NULL,
    precio_unitario numeric(12,2) NOT NULL
);


--
-- Name: lineas_factura_id_seq; Type: SEQUENCE; Schema: empresa_andina; Owner: -
--

CREATE SEQUENCE empresa_andina.lineas_factura_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: lineas_factura_id_seq; Type: SEQUENCE OWNED BY; Schema: empresa_andina; Owner: -
--

ALTER SEQUENCE empresa_andina.lineas_factura_id_seq OWNED BY empresa_andina.lineas_factura.id;


--
-- Name: movimientos_stock; Type: TABLE; Schema: empresa_andina; Owner: -
--

CREATE TABLE empresa_andina.movimientos_stock (
    id bigint NOT NULL,
    producto_id integer NOT NULL,
    tipo text NOT NULL,
    cantidad integer NOT NULL,
    factura_id bigint,
    creado_en timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: movimientos_stock_id_seq; Type: SEQUENCE; Schema: empresa_andina; Owner: -
--

CREATE SEQUENCE empresa_andina.movimientos_stock_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: movimientos_stock_id_seq; Type: SEQUENCE OWNED BY; Schema: empresa_andina; Owner: -
--

ALTER SEQUENCE empresa_andina.movimientos_stock_id_seq OWNED BY empresa_andina.movimientos_stock.id;


--
-- Name: productos; Type: TABLE; Schema: empresa_andina; Owner: -
--

CREATE TABLE empresa_andina.productos (
    id integer NOT NULL,
    codigo text NOT NULL,
    descripcion text NOT NULL,
    precio numeric(12,2) NOT NULL,
    stock integer NOT NULL,
    stock_minimo integer NOT NULL
);


--
-- Name: productos_id_seq; Type: SEQUENCE; Schema: empresa_andina; Owner: -
--

CREATE SEQUENCE empresa_andina.productos_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: productos_id_seq; Type: SEQUENCE OWNED BY; Schema: empresa_andina; Owner: -
--

ALTER SEQUENCE empresa_andina.productos_id_seq OWNED BY empresa_andina.productos.id;


--
-- Name: resumen_ventas; Type: TABLE; Schema: empresa_andina; Owner: -
--

CREATE TABLE empresa_andina.resumen_ventas (
    dia date NOT NULL,
    cantidad_facturas integer NOT NULL,
    total numeric(14,2) NOT NULL,
    generado_en timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: ventas_pos; Type: TABLE; Schema: empresa_andina; Owner: -
--

CREATE TABLE empresa_andina.ventas_pos (
    id bigint NOT NULL,
    terminal text NOT NULL,
    producto_id integer NOT NULL,
    cantidad integer NOT NULL,
    total numeric(12,2) NOT NULL,
    vendido_en timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: ventas_pos_id_seq; Type: SEQUENCE; Schema: empresa_andina; Owner: -
--

CREATE SEQUENCE empresa_andina.ventas_pos_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: ventas_pos_id_seq; Type: SEQUENCE OWNED BY; Schema: empresa_andina; Owner: -
--

ALTER SEQUENCE empresa_andina.ventas_pos_id_seq OWNED BY empresa_andina.ventas_pos.id;


--
-- Name: clientes; Type: TABLE; Schema: empresa_litoral; Owner: -
--

CREATE TABLE empresa_litoral.clientes (
    id integer NOT NULL,
    razon_social text NOT NULL,
    nit text NOT NULL,
    ciudad text NOT NULL,
    creado_en timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: clientes_id_seq; Type: SEQUENCE; Schema: empresa_litoral; Owner: -
--

CREATE SEQUENCE empresa_litoral.clientes_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: clientes_id_seq; Type: SEQUENCE OWNED BY; Schema: empresa_litoral; Owner: -
--

ALTER SEQUENCE empresa_litoral.clientes_id_seq OWNED BY empresa_litoral.clientes.id;


--
-- Name: facturas; Type: TABLE; Schema: empresa_litoral; Owner: -
--

CREATE TABLE empresa_litoral.facturas (
    id bigint NOT NULL,
    numero integer NOT NULL,
    cliente_id integer NOT NULL,
    fecha timestamp with time zone DEFAULT now() NOT NULL,
    estado text DEFAULT 'emitida'::text NOT NULL,
    subtotal numeric(14,2) NOT NULL,
    iva numeric(14,2) NOT NULL,
    total numeric(14,2) NOT NULL
);


--
-- Name: facturas_id_seq; Type: SEQUENCE; Schema: empresa_litoral; Owner: -
--

CREATE SEQUENCE empresa_litoral.facturas_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: facturas_id_seq; Type: SEQUENCE OWNED BY; Schema: empresa_litoral; Owner: -
--

ALTER SEQUENCE empresa_litoral.facturas_id_seq OWNED BY empresa_litoral.facturas.id;


--
-- Name: facturas_numero_seq; Type: SEQUENCE; Schema: empresa_litoral; Owner: -
--

CREATE SEQUENCE empresa_litoral.facturas_numero_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: lineas_factura; Type: TABLE; Schema: empresa_litoral; Owner: -
--

CREATE TABLE empresa_litoral.lineas_factura (
    id bigint NOT NULL,
    factura_id bigint NOT NULL,
    producto_id integer NOT NULL,
    cantidad integer NOT NULL,
    precio_unitario numeric(12,2) NOT NULL
);


--
-- Name: lineas_factura_id_seq; Type: SEQUENCE; Schema: empresa_litoral; Owner: -
--

CREATE SEQUENCE empresa_litoral.lineas_factura_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: lineas_factura_id_seq; Type: SEQUENCE OWNED BY; Schema: empresa_litoral; Owner: -
--

ALTER SEQUENCE empresa_litoral.lineas_factura_id_seq OWNED BY empresa_litoral.lineas_factura.id;


--
-- Name: movimientos_stock; Type: TABLE; Schema: empresa_litoral; Owner: -
--

CREATE TABLE empresa_litoral.movimientos_stock (
    id bigint NOT NULL,
    producto_id integer NOT NULL,
    tipo text NOT NULL,
    cantidad integer NOT NULL,
    factura_id bigint,
    creado_en timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: movimientos_stock_id_seq; Type: SEQUENCE; Schema: empresa_litoral; Owner: -
--

CREATE SEQUENCE empresa_litoral.movimientos_stock_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: movimientos_stock_id_seq; Type: SEQUENCE OWNED BY; Schema: empresa_litoral; Owner: -
--

ALTER SEQUENCE empresa_litoral.movimientos_stock_id_seq OWNED BY empresa_litoral.movimientos_stock.id;


--
-- Name: productos; Type: TABLE; Schema: empresa_litoral; Owner: -
--

CREATE TABLE empresa_litoral.productos (
    id integer NOT NULL,
    codigo text NOT NULL,
    descripcion text NOT NULL,
    precio numeric(12,2) NOT NULL,
    stock integer NOT NULL,
    stock_minimo integer NOT NULL
);


--
-- Name: productos_id_seq; Type: SEQUENCE; Schema: empresa_litoral; Owner: -
--

CREATE SEQUENCE empresa_litoral.productos_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: productos_id_seq; Type: SEQUENCE OWNED BY; Schema: empresa_litoral; Owner: -
--

ALTER SEQUENCE empresa_litoral.productos_id_seq OWNED BY empresa_litoral.productos.id;


--
-- Name: resumen_ventas; Type: TABLE; Schema: empresa_litoral; Owner: -
--

CREATE TABLE empresa_litoral.resumen_ventas (
    dia date NOT NULL,
    cantidad_facturas integer NOT NULL,
    total numeric(14,2) NOT NULL,
    generado_en timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: ventas_pos; Type: TABLE; Schema: empresa_litoral; Owner: -
--

CREATE TABLE empresa_litoral.ventas_pos (
    id bigint NOT NULL,
    terminal text NOT NULL,
    producto_id integer NOT NULL,
    cantidad integer NOT NULL,
    total numeric(12,2) NOT NULL,
    vendido_en timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: ventas_pos_id_seq; Type: SEQUENCE; Schema: empresa_litoral; Owner: -
--

CREATE SEQUENCE empresa_litoral.ventas_pos_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: ventas_pos_id_seq; Type: SEQUENCE OWNED BY; Schema: empresa_litoral; Owner: -
--

ALTER SEQUENCE empresa_litoral.ventas_pos_id_seq OWNED BY empresa_litoral.ventas_pos.id;


--
-- Name: clientes; Type: TABLE; Schema: empresa_pampa; Owner: -
--

CREATE TABLE empresa_pampa.clientes (
    id integer NOT NULL,
    razon_social text NOT NULL,
    nit text NOT NULL,
    ciudad text NOT NULL,
    creado_en timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: clientes_id_seq; Type: SEQUENCE; Schema: empresa_pampa; Owner: -
--

CREATE SEQUENCE empresa_pampa.clientes_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: clientes_id_seq; Type: SEQUENCE OWNED BY; Schema: empresa_pampa; Owner: -
--

ALTER SEQUENCE empresa_pampa.clientes_id_seq OWNED BY empresa_pampa.clientes.id;


--
-- Name: facturas; Type: TABLE; Schema: empresa_pampa; Owner: -
--

CREATE TABLE empresa_pampa.facturas (
    id bigint NOT NULL,
    numero integer NOT NULL,
    cliente_id integer NOT NULL,
    fecha timestamp with time zone DEFAULT now() NOT NULL,
    estado text DEFAULT 'emitida'::text NOT NULL,
    subtotal numeric(14,2) NOT NULL,
    iva numeric(14,2) NOT NULL,
    total numeric(14,2) NOT NULL
);


--
-- Name: facturas_id_seq; Type: SEQUENCE; Schema: empresa_pampa; Owner: -
--

CREATE SEQUENCE empresa_pampa.facturas_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: facturas_id_seq; Type: SEQUENCE OWNED BY; Schema: empresa_pampa; Owner: -
--

ALTER SEQUENCE empresa_pampa.facturas_id_seq OWNED BY empresa_pampa.facturas.id;


--
-- Name: facturas_numero_seq; Type: SEQUENCE; Schema: empresa_pampa; Owner: -
--

CREATE SEQUENCE empresa_pampa.facturas_numero_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: lineas_factura; Type: TABLE; Schema: empresa_pampa; Owner: -
--

CREATE TABLE empresa_pampa.lineas_factura (
    id bigint NOT NULL,
    factura_id bigint NOT NULL,
    producto_id integer NOT NULL,
    cantidad integer NOT NULL,
    precio_unitario numeric(12,2) NOT NULL
);


--
-- Name: lineas_factura_id_seq; Type: SEQUENCE; Schema: empresa_pampa; Owner: -
--

CREATE SEQUENCE empresa_pampa.lineas_factura_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: lineas_factura_id_seq; Type: SEQUENCE OWNED BY; Schema: empresa_pampa; Owner: -
--

ALTER SEQUENCE empresa_pampa.lineas_factura_id_seq OWNED BY empresa_pampa.lineas_factura.id;


--
-- Name: movimientos_stock; Type: TABLE; Schema: empresa_pampa; Owner: -
--

CREATE TABLE empresa_pampa.movimientos_stock (
    id bigint NOT NULL,
    producto_id integer NOT NULL,
    tipo text NOT NULL,
    cantidad integer NOT NULL,
    factura_id bigint,
    creado_en timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: movimientos_stock_id_seq; Type: SEQUENCE; Schema: empresa_pampa; Owner: -
--

CREATE SEQUENCE empresa_pampa.movimientos_stock_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: movimientos_stock_id_seq; Type: SEQUENCE OWNED BY; Schema: empresa_pampa; Owner: -
--

ALTER SEQUENCE empresa_pampa.movimientos_stock_id_seq OWNED BY empresa_pampa.movimientos_stock.id;


--
-- Name: productos; Type: TABLE; Schema: empresa_pampa; Owner: -
--

CREATE TABLE empresa_pampa.productos (
    id integer NOT NULL,
    codigo text NOT NULL,
    descripcion text NOT NULL,
    precio numeric(12,2) NOT NULL,
    stock integer NOT NULL,
    stock_minimo integer NOT NULL
);


--
-- Name: productos_id_seq; Type: SEQUENCE; Schema: empresa_pampa; Owner: -
--

CREATE SEQUENCE empresa_pampa.productos_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: productos_id_seq; Type: SEQUENCE OWNED BY; Schema: empresa_pampa; Owner: -
--

ALTER SEQUENCE empresa_pampa.productos_id_seq OWNED BY empresa_pampa.productos.id;


--
-- Name: resumen_ventas; Type: TABLE; Schema: empresa_pampa; Owner: -
--

CREATE TABLE empresa_pampa.resumen_ventas (
    dia date NOT NULL,
    cantidad_facturas integer NOT NULL,
    total numeric(14,2) NOT NULL,
    generado_en timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: ventas_pos; Type: TABLE; Schema: empresa_pampa; Owner: -
--

CREATE TABLE empresa_pampa.ventas_pos (
    id bigint NOT NULL,
    terminal text NOT NULL,
    producto_id integer NOT NULL,
    cantidad integer NOT NULL,
    total numeric(12,2) NOT NULL,
    vendido_en timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: ventas_pos_id_seq; Type: SEQUENCE; Schema: empresa_pampa; Owner: -
--

CREATE SEQUENCE empresa_pampa.ventas_pos_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: ventas_pos_id_seq; Type: SEQUENCE OWNED BY; Schema: empresa_pampa; Owner: -
--

ALTER SEQUENCE empresa_pampa.ventas_pos_id_seq OWNED BY empresa_pampa.ventas_pos.id;


--
-- Name: clientes; Type: TABLE; Schema: empresa_sierra; Owner: -
--

CREATE TABLE empresa_sierra.clientes (
    id integer NOT NULL,
    razon_social text NOT NULL,
    nit text NOT NULL,
    ciudad text NOT NULL,
    creado_en timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: clientes_id_seq; Type: SEQUENCE; Schema: empresa_sierra; Owner: -
--

CREATE SEQUENCE empresa_sierra.clientes_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: clientes_id_seq; Type: SEQUENCE OWNED BY; Schema: empresa_sierra; Owner: -
--

ALTER SEQUENCE empresa_sierra.clientes_id_seq OWNED BY empresa_sierra.clientes.id;


--
-- Name: facturas; Type: TABLE; Schema: empresa_sierra; Owner: -
--

CREATE TABLE empresa_sierra.facturas (
    id bigint NOT NULL,
    numero integer NOT NULL,
    cliente_id integer NOT NULL,
    fecha timestamp with time zone DEFAULT now() NOT NULL,
    estado text DEFAULT 'emitida'::text NOT NULL,
    subtotal numeric(14,2) NOT NULL,
    iva numeric(14,2) NOT NULL,
    total numeric(14,2) NOT NULL
);


--
-- Name: facturas_id_seq; Type: SEQUENCE; Schema: empresa_sierra; Owner: -
--

CREATE SEQUENCE empresa_sierra.facturas_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: facturas_id_seq; Type: SEQUENCE OWNED BY; Schema: empresa_sierra; Owner: -
--

ALTER SEQUENCE empresa_sierra.facturas_id_seq OWNED BY empresa_sierra.facturas.id;


--
-- Name: facturas_numero_seq; Type: SEQUENCE; Schema: empresa_sierra; Owner: -
--

CREATE SEQUENCE empresa_sierra.facturas_numero_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: lineas_factura; Type: TABLE; Schema: empresa_sierra; Owner: -
--

CREATE TABLE empresa_sierra.lineas_factura (
    id bigint NOT NULL,
    factura_id bigint NOT NULL,
    producto_id integer NOT NULL,
    cantidad integer NOT NULL,
    precio_unitario numeric(12,2) NOT NULL
);


--
-- Name: lineas_factura_id_seq; Type: SEQUENCE; Schema: empresa_sierra; Owner: -
--

CREATE SEQUENCE empresa_sierra.lineas_factura_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: lineas_factura_id_seq; Type: SEQUENCE OWNED BY; Schema: empresa_sierra; Owner: -
--

ALTER SEQUENCE empresa_sierra.lineas_factura_id_seq OWNED BY empresa_sierra.lineas_factura.id;


--
-- Name: movimientos_stock; Type: TABLE; Schema: empresa_sierra; Owner: -
--

CREATE TABLE empresa_sierra.movimientos_stock (
    id bigint NOT NULL,
    producto_id integer NOT NULL,
    tipo text NOT NULL,
    cantidad integer NOT NULL,
    factura_id bigint,
    creado_en timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: movimientos_stock_id_seq; Type: SEQUENCE; Schema: empresa_sierra; Owner: -
--

CREATE SEQUENCE empresa_sierra.movimientos_stock_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: movimientos_stock_id_seq; Type: SEQUENCE OWNED BY; Schema: empresa_sierra; Owner: -
--

ALTER SEQUENCE empresa_sierra.movimientos_stock_id_seq OWNED BY empresa_sierra.movimientos_stock.id;


--
-- Name: productos; Type: TABLE; Schema: empresa_sierra; Owner: -
--

CREATE TABLE empresa_sierra.productos (
    id integer NOT NULL,
    codigo text NOT NULL,
    descripcion text NOT NULL,
    precio numeric(12,2) NOT NULL,
    stock integer NOT NULL,
    stock_minimo integer NOT NULL
);


--
-- Name: productos_id_seq; Type: SEQUENCE; Schema: empresa_sierra; Owner: -
--

CREATE SEQUENCE empresa_sierra.productos_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: productos_id_seq; Type: SEQUENCE OWNED BY; Schema: empresa_sierra; Owner: -
--

ALTER SEQUENCE empresa_sierra.productos_id_seq OWNED BY empresa_sierra.productos.id;


--
-- Name: resumen_ventas; Type: TABLE; Schema: empresa_sierra; Owner: -
--

CREATE TABLE empresa_sierra.resumen_ventas (
    dia date NOT NULL,
    cantidad_facturas integer NOT NULL,
    total numeric(14,2) NOT NULL,
    generado_en timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: ventas_pos; Type: TABLE; Schema: empresa_sierra; Owner: -
--

CREATE TABLE empresa_sierra.ventas_pos (
    id bigint NOT NULL,
    terminal text NOT NULL,
    producto_id integer NOT NULL,
    cantidad integer NOT NULL,
    total numeric(12,2) NOT NULL,
    vendido_en timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: ventas_pos_id_seq; Type: SEQUENCE; Schema: empresa_sierra; Owner: -
--

CREATE SEQUENCE empresa_sierra.ventas_pos_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: ventas_pos_id_seq; Type: SEQUENCE OWNED BY; Schema: empresa_sierra; Owner: -
--

ALTER SEQUENCE empresa_sierra.ventas_pos_id_seq OWNED BY empresa_sierra.ventas_pos.id;


--
-- Name: alertas_stock; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.alertas_stock (
    id bigint NOT NULL,
    empresa_id integer NOT NULL,
    producto_id integer NOT NULL,
    stock integer NOT NULL,
    creada_en timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: alertas_stock_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.alertas_stock_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: alertas_stock_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.alertas_stock_id_seq OWNED BY public.alertas_stock.id;


--
-- Name: empresas; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.empresas (
    id integer NOT NULL,
    razon_social text NOT NULL,
    esquema text NOT NULL,
    plan_id smallint NOT NULL,
    activa boolean DEFAULT true NOT NULL,
    resumen_actualizado_en timestamp with time zone
);


--
-- Name: planes; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.planes (
    id smallint NOT NULL,
    nombre text NOT NULL,
    max_usuarios integer NOT NULL
);


--
-- Name: usuarios; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.usuarios (
    id integer NOT NULL,
    empresa_id integer NOT NULL,
    email text NOT NULL,
    nombre text NOT NULL,
    rol text DEFAULT 'vendedor'::text NOT NULL
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
-- Name: clientes id; Type: DEFAULT; Schema: empresa_andina; Owner: -
--

ALTER TABLE ONLY empresa_andina.clientes ALTER COLUMN id SET DEFAULT nextval('empresa_andina.clientes_id_seq'::regclass);


--
-- Name: facturas id; Type: DEFAULT; Schema: empresa_andina; Owner: -
--

ALTER TABLE ONLY empresa_andina.facturas ALTER COLUMN id SET DEFAULT nextval('empresa_andina.facturas_id_seq'::regclass);


--
-- Name: lineas_factura id; Type: DEFAULT; Schema: empresa_andina; Owner: -
--

ALTER TABLE ONLY empresa_andina.lineas_factura ALTER COLUMN id SET DEFAULT nextval('empresa_andina.lineas_factura_id_seq'::regclass);


--
-- Name: movimientos_stock id; Type: DEFAULT; Schema: empresa_andina; Owner: -
--

ALTER TABLE ONLY empresa_andina.movimientos_stock ALTER COLUMN id SET DEFAULT nextval('empresa_andina.movimientos_stock_id_seq'::regclass);


--
-- Name: productos id; Type: DEFAULT; Schema: empresa_andina; Owner: -
--

ALTER TABLE ONLY empresa_andina.productos ALTER COLUMN id SET DEFAULT nextval('empresa_andina.productos_id_seq'::regclass);


--
-- Name: ventas_pos id; Type: DEFAULT; Schema: empresa_andina; Owner: -
--

ALTER TABLE ONLY empresa_andina.ventas_pos ALTER COLUMN id SET DEFAULT nextval('empresa_andina.ventas_pos_id_seq'::regclass);


--
-- Name: clientes id; Type: DEFAULT; Schema: empresa_litoral; Owner: -
--

ALTER TABLE ONLY empresa_litoral.clientes ALTER COLUMN id SET DEFAULT nextval('empresa_litoral.clientes_id_seq'::regclass);


--
-- Name: facturas id; Type: DEFAULT; Schema: empresa_litoral; Owner: -
--

ALTER TABLE ONLY empresa_litoral.facturas ALTER COLUMN id SET DEFAULT nextval('empresa_litoral.facturas_id_seq'::regclass);


--
-- Name: lineas_factura id; Type: DEFAULT; Schema: empresa_litoral; Owner: -
--

ALTER TABLE ONLY empresa_litoral.lineas_factura ALTER COLUMN id SET DEFAULT nextval('empresa_litoral.lineas_factura_id_seq'::regclass);


--
-- Name: movimientos_stock id; Type: DEFAULT; Schema: empresa_litoral; Owner: -
--

ALTER TABLE ONLY empresa_litoral.movimientos_stock ALTER COLUMN id SET DEFAULT nextval('empresa_litoral.movimientos_stock_id_seq'::regclass);


--
-- Name: productos id; Type: DEFAULT; Schema: empresa_litoral; Owner: -
--

ALTER TABLE ONLY empresa_litoral.productos ALTER COLUMN id SET DEFAULT nextval('empresa_litoral.productos_id_seq'::regclass);


--
-- Name: ventas_pos id; Type: DEFAULT; Schema: empresa_litoral; Owner: -
--

ALTER TABLE ONLY empresa_litoral.ventas_pos ALTER COLUMN id SET DEFAULT nextval('empresa_litoral.ventas_pos_id_seq'::regclass);


--
-- Name: clientes id; Type: DEFAULT; Schema: empresa_pampa; Owner: -
--

ALTER TABLE ONLY empresa_pampa.clientes ALTER COLUMN id SET DEFAULT nextval('empresa_pampa.clientes_id_seq'::regclass);


--
-- Name: facturas id; Type: DEFAULT; Schema: empresa_pampa; Owner: -
--

ALTER TABLE ONLY empresa_pampa.facturas ALTER COLUMN id SET DEFAULT nextval('empresa_pampa.facturas_id_seq'::regclass);


--
-- Name: lineas_factura id; Type: DEFAULT; Schema: empresa_pampa; Owner: -
--

ALTER TABLE ONLY empresa_pampa.lineas_factura ALTER COLUMN id SET DEFAULT nextval('empresa_pampa.lineas_factura_id_seq'::regclass);


--
-- Name: movimientos_stock id; Type: DEFAULT; Schema: empresa_pampa; Owner: -
--

ALTER TABLE ONLY empresa_pampa.movimientos_stock ALTER COLUMN id SET DEFAULT nextval('empresa_pampa.movimientos_stock_id_seq'::regclass);


--
-- Name: productos id; Type: DEFAULT; Schema: empresa_pampa; Owner: -
--

ALTER TABLE ONLY empresa_pampa.productos ALTER COLUMN id SET DEFAULT nextval('empresa_pampa.productos_id_seq'::regclass);


--
-- Name: ventas_pos id; Type: DEFAULT; Schema: empresa_pampa; Owner: -
--

ALTER TABLE ONLY empresa_pampa.ventas_pos ALTER COLUMN id SET DEFAULT nextval('empresa_pampa.ventas_pos_id_seq'::regclass);


--
-- Name: clientes id; Type: DEFAULT; Schema: empresa_sierra; Owner: -
--

ALTER TABLE ONLY empresa_sierra.clientes ALTER COLUMN id SET DEFAULT nextval('empresa_sierra.clientes_id_seq'::regclass);


--
-- Name: facturas id; Type: DEFAULT; Schema: empresa_sierra; Owner: -
--

ALTER TABLE ONLY empresa_sierra.facturas ALTER COLUMN id SET DEFAULT nextval('empresa_sierra.facturas_id_seq'::regclass);


--
-- Name: lineas_factura id; Type: DEFAULT; Schema: empresa_sierra; Owner: -
--

ALTER TABLE ONLY empresa_sierra.lineas_factura ALTER COLUMN id SET DEFAULT nextval('empresa_sierra.lineas_factura_id_seq'::regclass);


--
-- Name: movimientos_stock id; Type: DEFAULT; Schema: empresa_sierra; Owner: -
--

ALTER TABLE ONLY empresa_sierra.movimientos_stock ALTER COLUMN id SET DEFAULT nextval('empresa_sierra.movimientos_stock_id_seq'::regclass);


--
-- Name: productos id; Type: DEFAULT; Schema: empresa_sierra; Owner: -
--

ALTER TABLE ONLY empresa_sierra.productos ALTER COLUMN id SET DEFAULT nextval('empresa_sierra.productos_id_seq'::regclass);


--
-- Name: ventas_pos id; Type: DEFAULT; Schema: empresa_sierra; Owner: -
--

ALTER TABLE ONLY empresa_sierra.ventas_pos ALTER COLUMN id SET DEFAULT nextval('empresa_sierra.ventas_pos_id_seq'::regclass);


--
-- Name: alertas_stock id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.alertas_stock ALTER COLUMN id SET DEFAULT nextval('public.alertas_stock_id_seq'::regclass);


--
-- Name: usuarios id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.usuarios ALTER COLUMN id SET DEFAULT nextval('public.usuarios_id_seq'::regclass);


--
-- Name: clientes clientes_nit_key; Type: CONSTRAINT; Schema: empresa_andina; Owner: -
--

ALTER TABLE ONLY empresa_andina.clientes
    ADD CONSTRAINT clientes_nit_key UNIQUE (nit);


--
-- Name: clientes clientes_pkey; Type: CONSTRAINT; Schema: empresa_andina; Owner: -
--

ALTER TABLE ONLY empresa_andina.clientes
    ADD CONSTRAINT clientes_pkey PRIMARY KEY (id);


--
-- Name: facturas facturas_numero_key; Type: CONSTRAINT; Schema: empresa_andina; Owner: -
--

ALTER TABLE ONLY empresa_andina.facturas
    ADD CONSTRAINT facturas_numero_key UNIQUE (numero);


--
-- Name: facturas facturas_pkey; Type: CONSTRAINT; Schema: empresa_andina; Owner: -
--

ALTER TABLE ONLY empresa_andina.facturas
    ADD CONSTRAINT facturas_pkey PRIMARY KEY (id);


--
-- Name: lineas_factura lineas_factura_pkey; Type: CONSTRAINT; Schema: empresa_andina; Owner: -
--

ALTER TABLE ONLY empresa_andina.lineas_factura
    ADD CONSTRAINT lineas_factura_pkey PRIMARY KEY (id);


--
-- Name: movimientos_stock movimientos_stock_pkey; Type: CONSTRAINT; Schema: empresa_andina; Owner: -
--

ALTER TABLE ONLY empresa_andina.movimientos_stock
    ADD CONSTRAINT movimientos_stock_pkey PRIMARY KEY (id);


--
-- Name: productos productos_codigo_key; Type: CONSTRAINT; Schema: empresa_andina; Owner: -
--

ALTER TABLE ONLY empresa_andina.productos
    ADD CONSTRAINT productos_codigo_key UNIQUE (codigo);


--
-- Name: productos productos_pkey; Type: CONSTRAINT; Schema: empresa_andina; Owner: -
--

ALTER TABLE ONLY empresa_andina.productos
    ADD CONSTRAINT productos_pkey PRIMARY KEY (id);


--
-- Name: resumen_ventas resumen_ventas_pkey; Type: CONSTRAINT; Schema: empresa_andina; Owner: -
--

ALTER TABLE ONLY empresa_andina.resumen_ventas
    ADD CONSTRAINT resumen_ventas_pkey PRIMARY KEY (dia);


--
-- Name: ventas_pos ventas_pos_pkey; Type: CONSTRAINT; Schema: empresa_andina; Owner: -
--

ALTER TABLE ONLY empresa_andina.ventas_pos
    ADD CONSTRAINT ventas_pos_pkey PRIMARY KEY (id);


--
-- Name: clientes clientes_nit_key; Type: CONSTRAINT; Schema: empresa_litoral; Owner: -
--

ALTER TABLE ONLY empresa_litoral.clientes
    ADD CONSTRAINT clientes_nit_key UNIQUE (nit);


--
-- Name: clientes clientes_pkey; Type: CONSTRAINT; Schema: empresa_litoral; Owner: -
--

ALTER TABLE ONLY empresa_litoral.clientes
    ADD CONSTRAINT clientes_pkey PRIMARY KEY (id);


--
-- Name: facturas facturas_numero_key; Type: CONSTRAINT; Schema: empresa_litoral; Owner: -
--

ALTER TABLE ONLY empresa_litoral.facturas
    ADD CONSTRAINT facturas_numero_key UNIQUE (numero);


--
-- Name: facturas facturas_pkey; Type: CONSTRAINT; Schema: empresa_litoral; Owner: -
--

ALTER TABLE ONLY empresa_litoral.facturas
    ADD CONSTRAINT facturas_pkey PRIMARY KEY (id);


--
-- Name: lineas_factura lineas_factura_pkey; Type: CONSTRAINT; Schema: empresa_litoral; Owner: -
--

ALTER TABLE ONLY empresa_litoral.lineas_factura
    ADD CONSTRAINT lineas_factura_pkey PRIMARY KEY (id);


--
-- Name: movimientos_stock movimientos_stock_pkey; Type: CONSTRAINT; Schema: empresa_litoral; Owner: -
--

ALTER TABLE ONLY empresa_litoral.movimientos_stock
    ADD CONSTRAINT movimientos_stock_pkey PRIMARY KEY (id);


--
-- Name: productos productos_codigo_key; Type: CONSTRAINT; Schema: empresa_litoral; Owner: -
--

ALTER TABLE ONLY empresa_litoral.productos
    ADD CONSTRAINT productos_codigo_key UNIQUE (codigo);


--
-- Name: productos productos_pkey; Type: CONSTRAINT; Schema: empresa_litoral; Owner: -
--

ALTER TABLE ONLY empresa_litoral.productos
    ADD CONSTRAINT productos_pkey PRIMARY KEY (id);


--
-- Name: resumen_ventas resumen_ventas_pkey; Type: CONSTRAINT; Schema: empresa_litoral; Owner: -
--

ALTER TABLE ONLY empresa_litoral.resumen_ventas
    ADD CONSTRAINT resumen_ventas_pkey PRIMARY KEY (dia);


--
-- Name: ventas_pos ventas_pos_pkey; Type: CONSTRAINT; Schema: empresa_litoral; Owner: -
--

ALTER TABLE ONLY empresa_litoral.ventas_pos
    ADD CONSTRAINT ventas_pos_pkey PRIMARY KEY (id);


--
-- Name: clientes clientes_nit_key; Type: CONSTRAINT; Schema: empresa_pampa; Owner: -
--

ALTER TABLE ONLY empresa_pampa.clientes
    ADD CONSTRAINT clientes_nit_key UNIQUE (nit);


--
-- Name: clientes clientes_pkey; Type: CONSTRAINT; Schema: empresa_pampa; Owner: -
--

ALTER TABLE ONLY empresa_pampa.clientes
    ADD CONSTRAINT clientes_pkey PRIMARY KEY (id);


--
-- Name: facturas facturas_numero_key; Type: CONSTRAINT; Schema: empresa_pampa; Owner: -
--

ALTER TABLE ONLY empresa_pampa.facturas
    ADD CONSTRAINT facturas_numero_key UNIQUE (numero);


--
-- Name: facturas facturas_pkey; Type: CONSTRAINT; Schema: empresa_pampa; Owner: -
--

ALTER TABLE ONLY empresa_pampa.facturas
    ADD CONSTRAINT facturas_pkey PRIMARY KEY (id);


--
-- Name: lineas_factura lineas_factura_pkey; Type: CONSTRAINT; Schema: empresa_pampa; Owner: -
--

ALTER TABLE ONLY empresa_pampa.lineas_factura
    ADD CONSTRAINT lineas_factura_pkey PRIMARY KEY (id);


--
-- Name: movimientos_stock movimientos_stock_pkey; Type: CONSTRAINT; Schema: empresa_pampa; Owner: -
--

ALTER TABLE ONLY empresa_pampa.movimientos_stock
    ADD CONSTRAINT movimientos_stock_pkey PRIMARY KEY (id);


--
-- Name: productos productos_codigo_key; Type: CONSTRAINT; Schema: empresa_pampa; Owner: -
--

ALTER TABLE ONLY empresa_pampa.productos
    ADD CONSTRAINT productos_codigo_key UNIQUE (codigo);


--
-- Name: productos productos_pkey; Type: CONSTRAINT; Schema: empresa_pampa; Owner: -
--

ALTER TABLE ONLY empresa_pampa.productos
    ADD CONSTRAINT productos_pkey PRIMARY KEY (id);


--
-- Name: resumen_ventas resumen_ventas_pkey; Type: CONSTRAINT; Schema: empresa_pampa; Owner: -
--

ALTER TABLE ONLY empresa_pampa.resumen_ventas
    ADD CONSTRAINT resumen_ventas_pkey PRIMARY KEY (dia);


--
-- Name: ventas_pos ventas_pos_pkey; Type: CONSTRAINT; Schema: empresa_pampa; Owner: -
--

ALTER TABLE ONLY empresa_pampa.ventas_pos
    ADD CONSTRAINT ventas_pos_pkey PRIMARY KEY (id);


--
-- Name: clientes clientes_nit_key; Type: CONSTRAINT; Schema: empresa_sierra; Owner: -
--

ALTER TABLE ONLY empresa_sierra.clientes
    ADD CONSTRAINT clientes_nit_key UNIQUE (nit);


--
-- Name: clientes clientes_pkey; Type: CONSTRAINT; Schema: empresa_sierra; Owner: -
--

ALTER TABLE ONLY empresa_sierra.clientes
    ADD CONSTRAINT clientes_pkey PRIMARY KEY (id);


--
-- Name: facturas facturas_numero_key; Type: CONSTRAINT; Schema: empresa_sierra; Owner: -
--

ALTER TABLE ONLY empresa_sierra.facturas
    ADD CONSTRAINT facturas_numero_key UNIQUE (numero);


--
-- Name: facturas facturas_pkey; Type: CONSTRAINT; Schema: empresa_sierra; Owner: -
--

ALTER TABLE ONLY empresa_sierra.facturas
    ADD CONSTRAINT facturas_pkey PRIMARY KEY (id);


--
-- Name: lineas_factura lineas_factura_pkey; Type: CONSTRAINT; Schema: empresa_sierra; Owner: -
--

ALTER TABLE ONLY empresa_sierra.lineas_factura
    ADD CONSTRAINT lineas_factura_pkey PRIMARY KEY (id);


--
-- Name: movimientos_stock movimientos_stock_pkey; Type: CONSTRAINT; Schema: empresa_sierra; Owner: -
--

ALTER TABLE ONLY empresa_sierra.movimientos_stock
    ADD CONSTRAINT movimientos_stock_pkey PRIMARY KEY (id);


--
-- Name: productos productos_codigo_key; Type: CONSTRAINT; Schema: empresa_sierra; Owner: -
--

ALTER TABLE ONLY empresa_sierra.productos
    ADD CONSTRAINT productos_codigo_key UNIQUE (codigo);


--
-- Name: productos productos_pkey; Type: CONSTRAINT; Schema: empresa_sierra; Owner: -
--

ALTER TABLE ONLY empresa_sierra.productos
    ADD CONSTRAINT productos_pkey PRIMARY KEY (id);


--
-- Name: resumen_ventas resumen_ventas_pkey; Type: CONSTRAINT; Schema: empresa_sierra; Owner: -
--

ALTER TABLE ONLY empresa_sierra.resumen_ventas
    ADD CONSTRAINT resumen_ventas_pkey PRIMARY KEY (dia);


--
-- Name: ventas_pos ventas_pos_pkey; Type: CONSTRAINT; Schema: empresa_sierra; Owner: -
--

ALTER TABLE ONLY empresa_sierra.ventas_pos
    ADD CONSTRAINT ventas_pos_pkey PRIMARY KEY (id);


--
-- Name: alertas_stock alertas_stock_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.alertas_stock
    ADD CONSTRAINT alertas_stock_pkey PRIMARY KEY (id);


--
-- Name: empresas empresas_esquema_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.empresas
    ADD CONSTRAINT empresas_esquema_key UNIQUE (esquema);


--
-- Name: empresas empresas_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.empresas
    ADD CONSTRAINT empresas_pkey PRIMARY KEY (id);


--
-- Name: planes planes_nombre_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.planes
    ADD CONSTRAINT planes_nombre_key UNIQUE (nombre);


--
-- Name: planes planes_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.planes
    ADD CONSTRAINT planes_pkey PRIMARY KEY (id);


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
-- Name: facturas_cliente_id_idx; Type: INDEX; Schema: empresa_andina; Owner: -
--

CREATE INDEX facturas_cliente_id_idx ON empresa_andina.facturas USING btree (cliente_id);


--
-- Name: facturas_fecha_idx; Type: INDEX; Schema: empresa_andina; Owner: -
--

CREATE INDEX facturas_fecha_idx ON empresa_andina.facturas USING btree (fecha);


--
-- Name: lineas_factura_factura_id_idx; Type: INDEX; Schema: empresa_andina; Owner: -
--

CREATE INDEX lineas_factura_factura_id_idx ON empresa_andina.lineas_factura USING btree (factura_id);


--
-- Name: lineas_factura_producto_id_idx; Type: INDEX; Schema: empresa_andina; Owner: -
--

CREATE INDEX lineas_factura_producto_id_idx ON empresa_andina.lineas_factura USING btree (producto_id);


--
-- Name: movimientos_stock_creado_en_idx; Type: INDEX; Schema: empresa_andina; Owner: -
--

CREATE INDEX movimientos_stock_creado_en_idx ON empresa_andina.movimientos_stock USING btree (creado_en);


--
-- Name: movimientos_stock_factura_id_idx; Type: INDEX; Schema: empresa_andina; Owner: -
--

CREATE INDEX movimientos_stock_factura_id_idx ON empresa_andina.movimientos_stock USING btree (factura_id);


--
-- Name: movimientos_stock_producto_id_idx; Type: INDEX; Schema: empresa_andina; Owner: -
--

CREATE INDEX movimientos_stock_producto_id_idx ON empresa_andina.movimientos_stock USING btree (producto_id);


--
-- Name: ventas_pos_producto_id_idx; Type: INDEX; Schema: empresa_andina; Owner: -
--

CREATE INDEX ventas_pos_producto_id_idx ON empresa_andina.ventas_pos USING btree (producto_id);


--
-- Name: facturas_cliente_id_idx; Type: INDEX; Schema: empresa_litoral; Owner: -
--

CREATE INDEX facturas_cliente_id_idx ON empresa_litoral.facturas USING btree (cliente_id);


--
-- Name: facturas_fecha_idx; Type: INDEX; Schema: empresa_litoral; Owner: -
--

CREATE INDEX facturas_fecha_idx ON empresa_litoral.facturas USING btree (fecha);


--
-- Name: lineas_factura_factura_id_idx; Type: INDEX; Schema: empresa_litoral; Owner: -
--

CREATE INDEX lineas_factura_factura_id_idx ON empresa_litoral.lineas_factura USING btree (factura_id);


--
-- Name: lineas_factura_producto_id_idx; Type: INDEX; Schema: empresa_litoral; Owner: -
--

CREATE INDEX lineas_factura_producto_id_idx ON empresa_litoral.lineas_factura USING btree (producto_id);


--
-- Name: movimientos_stock_creado_en_idx; Type: INDEX; Schema: empresa_litoral; Owner: -
--

CREATE INDEX movimientos_stock_creado_en_idx ON empresa_litoral.movimientos_stock USING btree (creado_en);


--
-- Name: movimientos_stock_factura_id_idx; Type: INDEX; Schema: empresa_litoral; Owner: -
--

CREATE INDEX movimientos_stock_factura_id_idx ON empresa_litoral.movimientos_stock USING btree (factura_id);


--
-- Name: movimientos_stock_producto_id_idx; Type: INDEX; Schema: empresa_litoral; Owner: -
--

CREATE INDEX movimientos_stock_producto_id_idx ON empresa_litoral.movimientos_stock USING btree (producto_id);


--
-- Name: ventas_pos_producto_id_idx; Type: INDEX; Schema: empresa_litoral; Owner: -
--

CREATE INDEX ventas_pos_producto_id_idx ON empresa_litoral.ventas_pos USING btree (producto_id);


--
-- Name: facturas_cliente_id_idx; Type: INDEX; Schema: empresa_pampa; Owner: -
--

CREATE INDEX facturas_cliente_id_idx ON empresa_pampa.facturas USING btree (cliente_id);


--
-- Name: facturas_fecha_idx; Type: INDEX; Schema: empresa_pampa; Owner: -
--

CREATE INDEX facturas_fecha_idx ON empresa_pampa.facturas USING btree (fecha);


--
-- Name: lineas_factura_factura_id_idx; Type: INDEX; Schema: empresa_pampa; Owner: -
--

CREATE INDEX lineas_factura_factura_id_idx ON empresa_pampa.lineas_factura USING btree (factura_id);


--
-- Name: lineas_factura_producto_id_idx; Type: INDEX; Schema: empresa_pampa; Owner: -
--

CREATE INDEX lineas_factura_producto_id_idx ON empresa_pampa.lineas_factura USING btree (producto_id);


--
-- Name: movimientos_stock_creado_en_idx; Type: INDEX; Schema: empresa_pampa; Owner: -
--

CREATE INDEX movimientos_stock_creado_en_idx ON empresa_pampa.movimientos_stock USING btree (creado_en);


--
-- Name: movimientos_stock_factura_id_idx; Type: INDEX; Schema: empresa_pampa; Owner: -
--

CREATE INDEX movimientos_stock_factura_id_idx ON empresa_pampa.movimientos_stock USING btree (factura_id);


--
-- Name: movimientos_stock_producto_id_idx; Type: INDEX; Schema: empresa_pampa; Owner: -
--

CREATE INDEX movimientos_stock_producto_id_idx ON empresa_pampa.movimientos_stock USING btree (producto_id);


--
-- Name: ventas_pos_producto_id_idx; Type: INDEX; Schema: empresa_pampa; Owner: -
--

CREATE INDEX ventas_pos_producto_id_idx ON empresa_pampa.ventas_pos USING btree (producto_id);


--
-- Name: facturas_cliente_id_idx; Type: INDEX; Schema: empresa_sierra; Owner: -
--

CREATE INDEX facturas_cliente_id_idx ON empresa_sierra.facturas USING btree (cliente_id);


--
-- Name: facturas_fecha_idx; Type: INDEX; Schema: empresa_sierra; Owner: -
--

CREATE INDEX facturas_fecha_idx ON empresa_sierra.facturas USING btree (fecha);


--
-- Name: lineas_factura_factura_id_idx; Type: INDEX; Schema: empresa_sierra; Owner: -
--

CREATE INDEX lineas_factura_factura_id_idx ON empresa_sierra.lineas_factura USING btree (factura_id);


--
-- Name: lineas_factura_producto_id_idx; Type: INDEX; Schema: empresa_sierra; Owner: -
--

CREATE INDEX lineas_factura_producto_id_idx ON empresa_sierra.lineas_factura USING btree (producto_id);


--
-- Name: movimientos_stock_creado_en_idx; Type: INDEX; Schema: empresa_sierra; Owner: -
--

CREATE INDEX movimientos_stock_creado_en_idx ON empresa_sierra.movimientos_stock USING btree (creado_en);


--
-- Name: movimientos_stock_factura_id_idx; Type: INDEX; Schema: empresa_sierra; Owner: -
--

CREATE INDEX movimientos_stock_factura_id_idx ON empresa_sierra.movimientos_stock USING btree (factura_id);


--
-- Name: movimientos_stock_producto_id_idx; Type: INDEX; Schema: empresa_sierra; Owner: -
--

CREATE INDEX movimientos_stock_producto_id_idx ON empresa_sierra.movimientos_stock USING btree (producto_id);


--
-- Name: ventas_pos_producto_id_idx; Type: INDEX; Schema: empresa_sierra; Owner: -
--

CREATE INDEX ventas_pos_producto_id_idx ON empresa_sierra.ventas_pos USING btree (producto_id);


--
-- Name: alertas_stock_empresa_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX alertas_stock_empresa_id_idx ON public.alertas_stock USING btree (empresa_id);


--
-- Name: empresas_plan_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX empresas_plan_id_idx ON public.empresas USING btree (plan_id);


--
-- Name: usuarios_empresa_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX usuarios_empresa_id_idx ON public.usuarios USING btree (empresa_id);


--
-- Name: facturas facturas_cliente_id_fkey; Type: FK CONSTRAINT; Schema: empresa_andina; Owner: -
--

ALTER TABLE ONLY empresa_andina.facturas
    ADD CONSTRAINT facturas_cliente_id_fkey FOREIGN KEY (cliente_id) REFERENCES empresa_andina.clientes(id);


--
-- Name: lineas_factura lineas_factura_factura_id_fkey; Type: FK CONSTRAINT; Schema: empresa_andina; Owner: -
--

ALTER TABLE ONLY empresa_andina.lineas_factura
    ADD CONSTRAINT lineas_factura_factura_id_fkey FOREIGN KEY (factura_id) REFERENCES empresa_andina.facturas(id);


--
-- Name: lineas_factura lineas_factura_producto_id_fkey; Type: FK CONSTRAINT; Schema: empresa_andina; Owner: -
--

ALTER TABLE ONLY empresa_andina.lineas_factura
    ADD CONSTRAINT lineas_factura_producto_id_fkey FOREIGN KEY (producto_id) REFERENCES empresa_andina.productos(id);


--
-- Name: movimientos_stock movimientos_stock_factura_id_fkey; Type: FK CONSTRAINT; Schema: empresa_andina; Owner: -
--

ALTER TABLE ONLY empresa_andina.movimientos_stock
    ADD CONSTRAINT movimientos_stock_factura_id_fkey FOREIGN KEY (factura_id) REFERENCES empresa_andina.facturas(id);


--
-- Name: movimientos_stock movimientos_stock_producto_id_fkey; Type: FK CONSTRAINT; Schema: empresa_andina; Owner: -
--

ALTER TABLE ONLY empresa_andina.movimientos_stock
    ADD CONSTRAINT movimientos_stock_producto_id_fkey FOREIGN KEY (producto_id) REFERENCES empresa_andina.productos(id);


--
-- Name: ventas_pos ventas_pos_producto_id_fkey; Type: FK CONSTRAINT; Schema: empresa_andina; Owner: -
--

ALTER TABLE ONLY empresa_andina.ventas_pos
    ADD CONSTRAINT ventas_pos_producto_id_fkey FOREIGN KEY (producto_id) REFERENCES empresa_andina.productos(id);


--
-- Name: facturas facturas_cliente_id_fkey; Type: FK CONSTRAINT; Schema: empresa_litoral; Owner: -
--

ALTER TABLE ONLY empresa_litoral.facturas
    ADD CONSTRAINT facturas_cliente_id_fkey FOREIGN KEY (cliente_id) REFERENCES empresa_litoral.clientes(id);


--
-- Name: lineas_factura lineas_factura_factura_id_fkey; Type: FK CONSTRAINT; Schema: empresa_litoral; Owner: -
--

ALTER TABLE ONLY empresa_litoral.lineas_factura
    ADD CONSTRAINT lineas_factura_factura_id_fkey FOREIGN KEY (factura_id) REFERENCES empresa_litoral.facturas(id);


--
-- Name: lineas_factura lineas_factura_producto_id_fkey; Type: FK CONSTRAINT; Schema: empresa_litoral; Owner: -
--

ALTER TABLE ONLY empresa_litoral.lineas_factura
    ADD CONSTRAINT lineas_factura_producto_id_fkey FOREIGN KEY (producto_id) REFERENCES empresa_litoral.productos(id);


--
-- Name: movimientos_stock movimientos_stock_factura_id_fkey; Type: FK CONSTRAINT; Schema: empresa_litoral; Owner: -
--

ALTER TABLE ONLY empresa_litoral.movimientos_stock
    ADD CONSTRAINT movimientos_stock_factura_id_fkey FOREIGN KEY (factura_id) REFERENCES empresa_litoral.facturas(id);


--
-- Name: movimientos_stock movimientos_stock_producto_id_fkey; Type: FK CONSTRAINT; Schema: empresa_litoral; Owner: -
--

ALTER TABLE ONLY empresa_litoral.movimientos_stock
    ADD CONSTRAINT movimientos_stock_producto_id_fkey FOREIGN KEY (producto_id) REFERENCES empresa_litoral.productos(id);


--
-- Name: ventas_pos ventas_pos_producto_id_fkey; Type: FK CONSTRAINT; Schema: empresa_litoral; Owner: -
--

ALTER TABLE ONLY empresa_litoral.ventas_pos
    ADD CONSTRAINT ventas_pos_producto_id_fkey FOREIGN KEY (producto_id) REFERENCES empresa_litoral.productos(id);


--
-- Name: facturas facturas_cliente_id_fkey; Type: FK CONSTRAINT; Schema: empresa_pampa; Owner: -
--

ALTER TABLE ONLY empresa_pampa.facturas
    ADD CONSTRAINT facturas_cliente_id_fkey FOREIGN KEY (cliente_id) REFERENCES empresa_pampa.clientes(id);


--
-- Name: lineas_factura lineas_factura_factura_id_fkey; Type: FK CONSTRAINT; Schema: empresa_pampa; Owner: -
--

ALTER TABLE ONLY empresa_pampa.lineas_factura
    ADD CONSTRAINT lineas_factura_factura_id_fkey FOREIGN KEY (factura_id) REFERENCES empresa_pampa.facturas(id);


--
-- Name: lineas_factura lineas_factura_producto_id_fkey; Type: FK CONSTRAINT; Schema: empresa_pampa; Owner: -
--

ALTER TABLE ONLY empresa_pampa.lineas_factura
    ADD CONSTRAINT lineas_factura_producto_id_fkey FOREIGN KEY (producto_id) REFERENCES empresa_pampa.productos(id);


--
-- Name: movimientos_stock movimientos_stock_factura_id_fkey; Type: FK CONSTRAINT; Schema: empresa_pampa; Owner: -
--

ALTER TABLE ONLY empresa_pampa.movimientos_stock
    ADD CONSTRAINT movimientos_stock_factura_id_fkey FOREIGN KEY (factura_id) REFERENCES empresa_pampa.facturas(id);


--
-- Name: movimientos_stock movimientos_stock_producto_id_fkey; Type: FK CONSTRAINT; Schema: empresa_pampa; Owner: -
--

ALTER TABLE ONLY empresa_pampa.movimientos_stock
    ADD CONSTRAINT movimientos_stock_producto_id_fkey FOREIGN KEY (producto_id) REFERENCES empresa_pampa.productos(id);


--
-- Name: ventas_pos ventas_pos_producto_id_fkey; Type: FK CONSTRAINT; Schema: empresa_pampa; Owner: -
--

ALTER TABLE ONLY empresa_pampa.ventas_pos
    ADD CONSTRAINT ventas_pos_producto_id_fkey FOREIGN KEY (producto_id) REFERENCES empresa_pampa.productos(id);


--
-- Name: facturas facturas_cliente_id_fkey; Type: FK CONSTRAINT; Schema: empresa_sierra; Owner: -
--

ALTER TABLE ONLY empresa_sierra.facturas
    ADD CONSTRAINT facturas_cliente_id_fkey FOREIGN KEY (cliente_id) REFERENCES empresa_sierra.clientes(id);


--
-- Name: lineas_factura lineas_factura_factura_id_fkey; Type: FK CONSTRAINT; Schema: empresa_sierra; Owner: -
--

ALTER TABLE ONLY empresa_sierra.lineas_factura
    ADD CONSTRAINT lineas_factura_factura_id_fkey FOREIGN KEY (factura_id) REFERENCES empresa_sierra.facturas(id);


--
-- Name: lineas_factura lineas_factura_producto_id_fkey; Type: FK CONSTRAINT; Schema: empresa_sierra; Owner: -
--

ALTER TABLE ONLY empresa_sierra.lineas_factura
    ADD CONSTRAINT lineas_factura_producto_id_fkey FOREIGN KEY (producto_id) REFERENCES empresa_sierra.productos(id);


--
-- Name: movimientos_stock movimientos_stock_factura_id_fkey; Type: FK CONSTRAINT; Schema: empresa_sierra; Owner: -
--

ALTER TABLE ONLY empresa_sierra.movimientos_stock
    ADD CONSTRAINT movimientos_stock_factura_id_fkey FOREIGN KEY (factura_id) REFERENCES empresa_sierra.facturas(id);


--
-- Name: movimientos_stock movimientos_stock_producto_id_fkey; Type: FK CONSTRAINT; Schema: empresa_sierra; Owner: -
--

ALTER TABLE ONLY empresa_sierra.movimientos_stock
    ADD CONSTRAINT movimientos_stock_producto_id_fkey FOREIGN KEY (producto_id) REFERENCES empresa_sierra.productos(id);


--
-- Name: ventas_pos ventas_pos_producto_id_fkey; Type: FK CONSTRAINT; Schema: empresa_sierra; Owner: -
--

ALTER TABLE ONLY empresa_sierra.ventas_pos
    ADD CONSTRAINT ventas_pos_producto_id_fkey FOREIGN KEY (producto_id) REFERENCES empresa_sierra.productos(id);


--
-- Name: alertas_stock alertas_stock_empresa_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.alertas_stock
    ADD CONSTRAINT alertas_stock_empresa_id_fkey FOREIGN KEY (empresa_id) REFERENCES public.empresas(id);


--
-- Name: empresas empresas_plan_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.empresas
    ADD CONSTRAINT empresas_plan_id_fkey FOREIGN KEY (plan_id) REFERENCES public.planes(id);


--
-- Name: usuarios usuarios_empresa_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.usuarios
    ADD CONSTRAINT usuarios_empresa_id_fkey FOREIGN KEY (empresa_id) REFERENCES public.empresas(id);


--
-- PostgreSQL database dump complete
--

\unrestrict WGMLdZxadX3U8VQja5Hyh2ENDDUKyEPLz0XICFsuDXYM9VMBBmqddrbpcAQxYe0

