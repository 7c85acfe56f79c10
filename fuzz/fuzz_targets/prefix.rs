//! A log_line_prefix given by the user compiles or is refused, inference over
//! any lines never panics, and a prefix matches any line without panicking.
#![no_main]
use libfuzzer_sys::fuzz_target;
use pgadvisor::input::prefix::{self, Prefix};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let (spec, lines) = text.split_once('\n').unwrap_or((&text, ""));
    if let Ok(p) = Prefix::parse(spec) {
        for l in lines.lines() {
            let _ = p.match_line(l);
        }
    }
    if let Some((p, _)) = prefix::infer_all(lines.lines()) {
        for l in lines.lines() {
            let _ = p.match_line(l);
        }
    }
    for l in lines.lines() {
        let _ = prefix::synthesize(l);
    }
});
