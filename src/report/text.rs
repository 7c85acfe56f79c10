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

/// A fix as the report shows it: each statement terminated, the ones the
/// script does not run (application rewrites, session settings) commented
/// with who runs them.
pub(crate) fn fix_text(fix: &crate::sqlgen::Fix) -> String {
    use crate::sqlgen::Role;
    fix.steps
        .iter()
        .map(|s| {
            let t = s.sql.trim_end();
            let t = if t.ends_with(';') {
                t.to_owned()
            } else {
                format!("{t};")
            };
            // A statement written for `tenant_*` is the script's work, in
            // each tenant schema, written once when the schemas are not known.
            let note = if s.pattern
                && !matches!(s.role, Role::ApplicationRewrite | Role::SessionSetting)
            {
                Some("in each tenant schema, with tenant_* replaced by its name:")
            } else {
                s.runs().note()
            };
            match note {
                Some(note) => format!("-- {note}\n{t}"),
                None => t,
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// `ran \`SELECT 1\` twice` as text and code spans: the HTML sets the code
/// in `<code>`, report.md in backticks; each part escaped its own way.
pub(crate) fn code_spans(s: &str) -> Vec<(bool, String)> {
    s.split('`')
        .enumerate()
        .filter(|(_, part)| !part.is_empty())
        .map(|(i, part)| (i % 2 == 1, part.to_owned()))
        .collect()
}

/// Text safe inside an HTML element (not an attribute: quotes are left).
pub(crate) fn escape_html(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// What a finding costs, as people read it: its time when it has one;
/// otherwise what its rule measures instead (errors, storage), or that
/// time does not measure it (integrity), never a bare dash or "0.00ms".
pub(crate) fn impact_label(f: &crate::findings::Finding) -> String {
    if f.rule == crate::rules::RuleId::TenantSchemaDrift {
        // Its time is that of statements that fail: counted as failures.
        let failed: f64 = f
            .evidence
            .get("failed_executions_by_tenant")
            .and_then(|v| v.as_object())
            .map(|m| m.values().filter_map(|v| v.as_f64()).sum())
            .unwrap_or(0.0);
        return if failed > 0.0 {
            format!("{} failed statements", thousands(failed as u64))
        } else {
            "tenant schemas that differ (not measured in time)".into()
        };
    }
    if f.impact_ms >= 0.005 {
        return fmt_ms(f.impact_ms);
    }
    let num = |k: &str| f.evidence.get(k).and_then(|v| v.as_f64());
    match f.rule {
        crate::rules::RuleId::ErrorBurst => match (num("count"), num("share_of_statements")) {
            (Some(n), Some(share)) => format!(
                "{} failed statements ({:.1} % of all)",
                thousands(n as u64),
                share * 100.0
            ),
            (Some(n), None) => format!("{} failed statements", thousands(n as u64)),
            _ => "failed statements".into(),
        },
        crate::rules::RuleId::RedundantIndex | crate::rules::RuleId::UnusedIndex => {
            match num("size_bytes") {
                Some(b) => format!(
                    "{} of storage, and its cost on every write",
                    fmt_bytes(b as u64)
                ),
                None => "storage, and its cost on every write".into(),
            }
        }
        crate::rules::RuleId::MissingForeignKey => "data integrity (not measured in time)".into(),
        _ => "not measured in time".into(),
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
