//! Any schema dump is read (what is not understood is counted) without a
//! panic, and statistics of any shape apply to what it gave.
#![no_main]
use libfuzzer_sys::fuzz_target;
use pgadvisor::input::{schema_dump, stats_dump};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let (mut schema, _) = schema_dump::parse(&text);
    let _ = stats_dump::parse(&text, &mut schema, "fuzz");
});
