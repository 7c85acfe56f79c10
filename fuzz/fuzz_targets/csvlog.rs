#![no_main]
use libfuzzer_sys::fuzz_target;
use pgadvisor::input::csvlog;
use pgadvisor::model::workload::{AggregateOptions, Aggregator};

fuzz_target!(|data: &[u8]| {
    let opts = AggregateOptions::default();
    let mut agg = Aggregator::new(&opts);
    csvlog::parse(data, 1, &mut agg);
    let _ = agg.finish();
});
