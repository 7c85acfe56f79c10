//! A statistics export (JSON or CSV) of any shape is applied or refused
//! with its line, without a panic, over a schema that has tables.
#![no_main]
use libfuzzer_sys::fuzz_target;
use pgadvisor::input::{schema_dump, stats_dump};

const SCHEMA: &str = "CREATE TABLE public.orders (id bigint PRIMARY KEY, customer_id bigint, created_at timestamptz);\n\
CREATE INDEX orders_customer_id_idx ON public.orders (customer_id);\n";

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let (mut schema, _) = schema_dump::parse(SCHEMA);
    let _ = stats_dump::parse(&text, &mut schema, "fuzz");
});
