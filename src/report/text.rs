//! Small text helpers shared by the renderers.
use crate::findings::Severity;

/// `12.50ms`, `3.20s`, `4.1min`, `2.3h`.
pub fn fmt_ms(ms: f64) -> String {
    if ms >= 3_600_000.0 {
        format!("{:.1}h", ms / 3_600_000.0)
    } else if ms >= 60_000.0 {
        format!("{:.1}min", ms / 60_000.0)
    } else if ms >= 1000.0 {
        format!("{:.2}s", ms / 1000.0)
    } else {
        format!("{ms:.2}ms")
    }
}

/// Whitespace folded, cut to `width` characters with an ellipsis.
pub fn one_line(s: &str, width: usize) -> String {
    let flat: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() > width {
        let mut t: String = flat.chars().take(width.saturating_sub(1)).collect();
        t.push('…');
        t
    } else {
        flat
    }
}

/// `512 kB`, `3.2 MB`, `1.5 GB`.
pub fn fmt_bytes(b: u64) -> String {
    match b {
        b if b >= 1 << 30 => format!("{:.1} GB", b as f64 / (1u64 << 30) as f64),
        b if b >= 1 << 20 => format!("{:.1} MB", b as f64 / (1u64 << 20) as f64),
        b => format!("{:.0} kB", b as f64 / 1024.0),
    }
}

pub fn severity_name(s: Severity) -> &'static str {
    match s {
        Severity::Info => "info",
        Severity::Warning => "warning",
        Severity::Critical => "critical",
    }
}

/// `1 234 567`: counts readable at a glance.
pub fn thousands(n: u64) -> String {
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
pub fn mask_quoted(s: &str) -> String {
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
