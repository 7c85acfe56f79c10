#![no_main]
use libfuzzer_sys::fuzz_target;
use pgadvisor::input::pgss;
use pgadvisor::model::workload::{AggregateOptions, Aggregator};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let opts = AggregateOptions::default();
    let mut agg = Aggregator::new(&opts);
    pgss::parse_csv(&text, &mut agg);
    pgss::parse_json(&text, &mut agg);
    let _ = agg.finish();
});
