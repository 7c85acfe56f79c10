//! Small text helpers shared by the renderers.
use crate::findings::Severity;

pub(crate) use crate::vocab::{fmt_bytes, fmt_ms, one_line};

pub(crate) fn severity_name(s: Severity) -> &'static str {
    match s {
        Severity::Info => "info",
        Severity::Warning => "warning",
        Severity::Critical => "critical",
    }
}

/// `1 234 567`: counts readable at a glance.
pub(crate) fn thousands(n: u64) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i) % 3 == 0 {
            out.push(' ');
        }
        out.push(c);
    }
    out
}

/// Quoted literals (`'2024-01-01'`, `'active'::text`) replaced by `'…'`:
/// plan conditions and the titles quoting them show no data by default.
pub(crate) fn mask_quoted(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut in_quote = false;
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if in_quote {
            if c == '\'' {
                if chars.peek() == Some(&'\'') {
                    chars.next();
                } else {
                    in_quote = false;
                    out.push_str("…'");
                }
            }
        } else {
            out.push(c);
            in_quote = c == '\'';
        }
    }
    if in_quote {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn masks_quoted_literals() {
        assert_eq!(
            super::mask_quoted("(status = 'it''s'::text) AND (x = 'a')"),
            "(status = '…'::text) AND (x = '…')"
        );
        assert_eq!(super::mask_quoted("a 'open"), "a '…");
        assert_eq!(super::thousands(1234567), "1 234 567");
    }
}
