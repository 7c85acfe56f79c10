//! Any pasted text (frames, quotes, prompts, cut lines, JSON in frames) is
//! read or refused without a panic, and the plans read are diagnosed.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Ok(plan) = pgadvisor::plan::parse(&text) {
        let _ = pgadvisor::rules::plan_rules::diagnose(&plan);
        let _ = plan.total_ms();
    }
});
