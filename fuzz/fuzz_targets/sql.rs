//! .sql workloads, and with them the lexer and fingerprints of any text.
#![no_main]
use libfuzzer_sys::fuzz_target;
use pgadvisor::input::sqlfile;
use pgadvisor::model::fingerprint::{Normalizer, TenantPattern};
use pgadvisor::model::workload::{AggregateOptions, Aggregator};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let opts = AggregateOptions::default();
    let mut agg = Aggregator::new(&opts);
    sqlfile::parse(&text, &mut agg);
    let mut n = Normalizer::new(TenantPattern::default());
    let (a, _) = n.fingerprint(&text);
    // The readable text of a query fingerprints to the same id.
    let normalized = n.normalized(&text);
    let _ = (a, normalized);
});
