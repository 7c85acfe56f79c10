//! Fingerprinting and the readable text never panic, whatever the statement,
//! and a fingerprinter that has seen other texts (its shape cache warm)
//! keys a statement as a fresh one does, its placeholders in the same
//! order of the key.
#![no_main]
use libfuzzer_sys::fuzz_target;
use pgadvisor::model::fingerprint::{Normalizer, TenantPattern};

fuzz_target!(|data: &[u8]| {
    let sql = String::from_utf8_lossy(data);
    let mut n = Normalizer::new(TenantPattern::default());
    let fresh = n.fingerprint(&sql).0.id;
    let fresh_constants: Vec<(u32, String)> =
        n.constants(&sql).map(|(p, c)| (p, c.to_owned())).collect();
    let fresh_order = n.placeholder_order().to_vec();
    // The same text with its digits changed: one shape, other values.
    let other: String = sql
        .chars()
        .map(|c| if c.is_ascii_digit() { char::from(b'0' + (c as u8 - b'0' + 3) % 10) } else { c })
        .collect();
    let mut warm = Normalizer::new(TenantPattern::default());
    let _ = warm.fingerprint(&other);
    assert_eq!(warm.fingerprint(&sql).0.id, fresh, "{sql:?} after {other:?}");
    assert_eq!(warm.placeholder_order(), fresh_order, "{sql:?} after {other:?}");
    // The very text keyed just before gives no constants again (by design:
    // they were counted once); another text of its shape gives its own.
    if other != *sql {
        let warm_constants: Vec<(u32, String)> =
            warm.constants(&sql).map(|(p, c)| (p, c.to_owned())).collect();
        assert_eq!(warm_constants, fresh_constants, "{sql:?} after {other:?}");
    }
    let text = n.normalized(&sql);
    assert!(text.len() <= pgadvisor::model::fingerprint::MAX_NORMALIZED + 64);
});
