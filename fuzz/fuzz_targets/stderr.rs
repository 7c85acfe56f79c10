//! stderr reader with an inferred prefix (the prefix inference is fuzzed too).
#![no_main]
use libfuzzer_sys::fuzz_target;
use pgadvisor::input::{prefix, stderr};
use pgadvisor::model::workload::{AggregateOptions, Aggregator};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let p = prefix::infer_all(text.lines()).map(|(p, _)| p).unwrap_or_else(|| prefix::Prefix::parse("%m [%p] ").unwrap());
    let opts = AggregateOptions::default();
    let mut agg = Aggregator::new(&opts);
    stderr::parse(data, 1, &p, &mut agg);
    let _ = agg.finish();
});
