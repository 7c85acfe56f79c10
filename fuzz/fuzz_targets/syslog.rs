#![no_main]
use libfuzzer_sys::fuzz_target;
use pgadvisor::input::{prefix::Prefix, syslog};
use pgadvisor::model::workload::{AggregateOptions, Aggregator};

fuzz_target!(|data: &[u8]| {
    let p = Prefix::parse("db=%d,user=%u,app=%a,client=%h ").unwrap();
    let opts = AggregateOptions::default();
    let mut agg = Aggregator::new(&opts);
    syslog::parse(data, 1, &p, 2024, &mut agg);
    let _ = agg.finish();
});
