--
-- PostgreSQL database dump
--

\restrict dATxZO0tIcdbLRZiNzI44kHjEqz0AtaFijeh84rOzqqfnMk0UjfYzb9ExZ5a4nR

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
-- Name: cambios_precio; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.cambios_precio (
    id bigint NOT NULL,
    tienda_id smallint NOT NULL,
    producto_id integer NOT NULL,
    precio_nuevo numeric(12,2) NOT NULL,
    vigente_desde timestamp with time zone NOT NULL,
    creado_en timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: cambios_precio_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.cambios_precio_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: cambios_precio_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.cambios_precio_id_seq OWNED BY public.cambios_precio.id;


--
-- Name: dispositivos; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.dispositivos (
    id integer NOT NULL,
    tienda_id smallint NOT NULL,
    tipo text NOT NULL,
    serial text NOT NULL,
    version_app text NOT NULL,
    activo boolean DEFAULT true NOT NULL,
    visto_en timestamp with time zone,
    CONSTRAINT dispositivos_tipo_check CHECK ((tipo = ANY (ARRAY['caja'::text, 'balanza'::text, 'kiosco'::text])))
);


--
-- Name: dispositivos_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.dispositivos_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: dispositivos_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.dispositivos_id_seq OWNED BY public.dispositivos.id;


--
-- Name: inventario; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.inventario (
    tienda_id smallint NOT NULL,
    producto_id integer NOT NULL,
    existencias integer NOT NULL
);


--
-- Name: precios; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.precios (
    tienda_id smallint NOT NULL,
    producto_id integer NOT NULL,
    precio numeric(12,2) NOT NULL,
    actualizado_en timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: productos; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.productos (
    id integer NOT NULL,
    codigo_barras text NOT NULL,
    nombre text NOT NULL,
    categoria text NOT NULL,
    activo boolean DEFAULT true NOT NULL
);


--
-- Name: productos_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.productos_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: productos_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.productos_id_seq OWNED BY public.productos.id;


--
-- Name: tiendas; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.tiendas (
    id smallint NOT NULL,
    nombre text NOT NULL,
    ciudad text NOT NULL,
    activa boolean DEFAULT true NOT NULL
);


--
-- Name: ventas; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.ventas (
    id bigint NOT NULL,
    tienda_id smallint NOT NULL,
    dispositivo_id integer NOT NULL,
    total numeric(12,2) NOT NULL,
    medio_pago text NOT NULL,
    creada_en timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: ventas_detalle; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.ventas_detalle (
    id bigint NOT NULL,
    venta_id bigint NOT NULL,
    producto_id integer NOT NULL,
    cantidad integer NOT NULL,
    precio numeric(12,2) NOT NULL
);


--
-- Name: ventas_detalle_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.ventas_detalle_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: ventas_detalle_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.ventas_detalle_id_seq OWNED BY public.ventas_detalle.id;


--
-- Name: ventas_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.ventas_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: ventas_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.ventas_id_seq OWNED BY public.ventas.id;


--
-- Name: cambios_precio id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cambios_precio ALTER COLUMN id SET DEFAULT nextval('public.cambios_precio_id_seq'::regclass);


--
-- Name: dispositivos id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.dispositivos ALTER COLUMN id SET DEFAULT nextval('public.dispositivos_id_seq'::regclass);


--
-- Name: productos id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.productos ALTER COLUMN id SET DEFAULT nextval('public.productos_id_seq'::regclass);


--
-- Name: ventas id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ventas ALTER COLUMN id SET DEFAULT nextval('public.ventas_id_seq'::regclass);


--
-- Name: ventas_detalle id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ventas_detalle ALTER COLUMN id SET DEFAULT nextval('public.ventas_detalle_id_seq'::regclass);


--
-- Name: cambios_precio cambios_precio_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cambios_precio
    ADD CONSTRAINT cambios_precio_pkey PRIMARY KEY (id);


--
-- Name: dispositivos dispositivos_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.dispositivos
    ADD CONSTRAINT dispositivos_pkey PRIMARY KEY (id);


--
-- Name: dispositivos dispositivos_serial_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.dispositivos
    ADD CONSTRAINT dispositivos_serial_key UNIQUE (serial);


--
-- Name: inventario inventario_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.inventario
    ADD CONSTRAINT inventario_pkey PRIMARY KEY (tienda_id, producto_id);


--
-- Name: precios precios_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.precios
    ADD CONSTRAINT precios_pkey PRIMARY KEY (tienda_id, producto_id);


--
-- Name: productos productos_codigo_barras_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.productos
    ADD CONSTRAINT productos_codigo_barras_key UNIQUE (codigo_barras);


--
-- Name: productos productos_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.productos
    ADD CONSTRAINT productos_pkey PRIMARY KEY (id);


--
-- Name: tiendas tiendas_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tiendas
    ADD CONSTRAINT tiendas_pkey PRIMARY KEY (id);


--
-- Name: ventas_detalle ventas_detalle_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ventas_detalle
    ADD CONSTRAINT ventas_detalle_pkey PRIMARY KEY (id);


--
-- Name: ventas ventas_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ventas
    ADD CONSTRAINT ventas_pkey PRIMARY KEY (id);


--
-- Name: cambios_precio_producto_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX cambios_precio_producto_id_idx ON public.cambios_precio USING btree (producto_id);


--
-- Name: cambios_precio_tienda_id_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX cambios_precio_tienda_id_id_idx ON public.cambios_precio USING btree (tienda_id, id);


--
-- Name: dispositivos_tienda_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX dispositivos_tienda_id_idx ON public.dispositivos USING btree (tienda_id);


--
-- Name: ventas_creada_en_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ventas_creada_en_idx ON public.ventas USING btree (creada_en);


--
-- Name: ventas_detalle_producto_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ventas_detalle_producto_id_idx ON public.ventas_detalle USING btree (producto_id);


--
-- Name: ventas_detalle_venta_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ventas_detalle_venta_id_idx ON public.ventas_detalle USING btree (venta_id);


--
-- Name: ventas_dispositivo_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ventas_dispositivo_id_idx ON public.ventas USING btree (dispositivo_id);


--
-- Name: ventas_tienda_id_creada_en_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ventas_tienda_id_creada_en_idx ON public.ventas USING btree (tienda_id, creada_en);


--
-- Name: cambios_precio cambios_precio_producto_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cambios_precio
    ADD CONSTRAINT cambios_precio_producto_id_fkey FOREIGN KEY (producto_id) REFERENCES public.productos(id);


--
-- Name: cambios_precio cambios_precio_tienda_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cambios_precio
    ADD CONSTRAINT cambios_precio_tienda_id_fkey FOREIGN KEY (tienda_id) REFERENCES public.tiendas(id);


--
-- Name: dispositivos dispositivos_tienda_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.dispositivos
    ADD CONSTRAINT dispositivos_tienda_id_fkey FOREIGN KEY (tienda_id) REFERENCES public.tiendas(id);


--
-- Name: inventario inventario_producto_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.inventario
    ADD CONSTRAINT inventario_producto_id_fkey FOREIGN KEY (producto_id) REFERENCES public.productos(id);


--
-- Name: inventario inventario_tienda_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.inventario
    ADD CONSTRAINT inventario_tienda_id_fkey FOREIGN KEY (tienda_id) REFERENCES public.tiendas(id);


--
-- Name: precios precios_producto_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.precios
    ADD CONSTRAINT precios_producto_id_fkey FOREIGN KEY (producto_id) REFERENCES public.productos(id);


--
-- Name: precios precios_tienda_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.precios
    ADD CONSTRAINT precios_tienda_id_fkey FOREIGN KEY (tienda_id) REFERENCES public.tiendas(id);


--
-- Name: ventas_detalle ventas_detalle_producto_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ventas_detalle
    ADD CONSTRAINT ventas_detalle_producto_id_fkey FOREIGN KEY (producto_id) REFERENCES public.productos(id);


--
-- Name: ventas_detalle ventas_detalle_venta_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ventas_detalle
    ADD CONSTRAINT ventas_detalle_venta_id_fkey FOREIGN KEY (venta_id) REFERENCES public.ventas(id);


--
-- Name: ventas ventas_dispositivo_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ventas
    ADD CONSTRAINT ventas_dispositivo_id_fkey FOREIGN KEY (dispositivo_id) REFERENCES public.dispositivos(id);


--
-- Name: ventas ventas_tienda_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ventas
    ADD CONSTRAINT ventas_tienda_id_fkey FOREIGN KEY (tienda_id) REFERENCES public.tiendas(id);


--
-- PostgreSQL database dump complete
--

\unrestrict dATxZO0tIcdbLRZiNzI44kHjEqz0AtaFijeh84rOzqqfnMk0UjfYzb9ExZ5a4nR

