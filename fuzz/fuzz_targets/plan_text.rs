//! EXPLAIN text plans (and psql framing) never panic, and diagnosing them never does.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Ok(plan) = pgadvisor::plan::text::parse(&text) {
        let _ = pgadvisor::rules::plan_rules::diagnose(&plan);
    }
});
