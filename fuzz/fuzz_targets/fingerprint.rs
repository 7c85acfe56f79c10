//! Fingerprinting and the readable text never panic, whatever the statement.
#![no_main]
use libfuzzer_sys::fuzz_target;
use pgadvisor::model::fingerprint::{Normalizer, TenantPattern};

fuzz_target!(|data: &[u8]| {
    let sql = String::from_utf8_lossy(data);
    let mut n = Normalizer::new(TenantPattern::default());
    let _ = n.fingerprint(&sql);
    let text = n.normalized(&sql);
    assert!(text.len() <= pgadvisor::model::fingerprint::MAX_NORMALIZED + 64);
});
