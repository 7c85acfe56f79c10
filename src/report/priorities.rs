//! The top of every report: the workload in one line, then "Do these
//! first", the fixes that give back the most time. Fixes of one statement
//! overlap (an index and a materialized view for the same query save its
//! time once), so each pick is the finding that adds the most to what the
//! ones before it save, not the largest impact: five findings on one query
//! do not fill the list. Critical findings time does not measure (failing
//! statements, data integrity) follow, since no time ranking can place
//! them.
use super::json::{DoFirst, Report};
use super::shares::Dimension;
use super::text::{fmt_ms, thousands};
use crate::findings::{Finding, Severity};
use crate::model::stats::split_by;
use crate::rules::RuleId;

/// Fixes ranked by time saved.
const TIMED: usize = 5;
/// Critical findings not ranked by time, after them.
const UNTIMED: usize = 3;
/// A fix worth doing first gives back at least this share of the workload's
/// time, or a second: below it, the list would rank noise.
const MIN_SHARE: f64 = 0.01;
const MIN_GAIN_MS: f64 = 1000.0;

/// What a fix gives back. A foreign key's impact is the time of the
/// statements that join on or look up by its column; when its index was
/// weighed (`also_missing_index`), what the index gives back of that time.
pub(crate) fn saved_ms(f: &Finding) -> f64 {
    let index_gain = f
        .evidence
        .get("also_missing_index")
        .and_then(|a| a.get("estimated_gain_ms"))
        .and_then(|v| v.as_f64());
    match (f.rule, index_gain) {
        (RuleId::MissingForeignKey | RuleId::UnindexedForeignKey, Some(g)) => g.min(f.impact_ms),
        // Its time is that of the statements that fail: the fix makes them
        // run, it saves nothing.
        (RuleId::TenantSchemaDrift, _) => 0.0,
        _ => f.impact_ms,
    }
}

/// The findings with [`saved_ms`] as their impact.
pub(crate) fn by_saving(findings: &[Finding]) -> Vec<Finding> {
    findings
        .iter()
        .map(|f| {
            let mut g = f.clone();
            g.impact_ms = saved_ms(f);
            g
        })
        .collect()
}

/// The findings to act on first, in order.
pub(crate) fn rank(r: &Report) -> Vec<DoFirst> {
    // Ranked by what each gives back, not by the time it concerns.
    let findings = by_saving(&r.findings);
    let st = super::narrative::Statements::of(r);
    let time_ms = |q: &str| st.time_ms(q);
    let workload = r.summary.total_duration_ms;
    let mut picked: Vec<&Finding> = Vec::new();
    let mut out = Vec::new();
    let mut saved = 0.0;
    while out.len() < TIMED {
        let best = findings
            .iter()
            .filter(|f| f.impact_ms > 0.0 && !picked.iter().any(|p| p.id == f.id))
            .map(|f| {
                let with = crate::findings::total_gain(picked.iter().copied().chain([f]), &time_ms);
                (f, with - saved)
            })
            .max_by(|a, b| {
                a.1.total_cmp(&b.1)
                    .then(a.0.severity.cmp(&b.0.severity))
                    .then_with(|| b.0.id.cmp(&a.0.id))
            });
        let Some((f, gain)) = best else { break };
        if gain < MIN_GAIN_MS && (workload <= 0.0 || gain < MIN_SHARE * workload) {
            break;
        }
        saved += gain;
        picked.push(f);
        out.push(entry(f, gain, workload, &st));
    }
    // Every critical finding the time ranking left out: failing
    // statements, integrity, whatever its time.
    let rest: Vec<DoFirst> = findings
        .iter()
        .filter(|f| f.severity == Severity::Critical && !picked.iter().any(|p| p.id == f.id))
        .take(UNTIMED)
        .map(|f| {
            let mut d = entry(f, 0.0, workload, &st);
            d.share = None;
            d
        })
        .collect();
    out.extend(rest);
    out
}

/// The first sentence of the finding's conclusion: why it matters, in a line.
fn why(f: &Finding, st: &super::narrative::Statements<'_>) -> String {
    let c = super::narrative::of(f, st).conclusion;
    let first = c
        .split_inclusive(". ")
        .next()
        .unwrap_or("")
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .trim_end_matches('.');
    if first.is_empty() {
        crate::rules::about(f.rule).summary.to_owned()
    } else {
        first.to_owned()
    }
}

/// A share of the statements' time only for a gain in statement time:
/// connection setup or lock waits are outside it, and a log without
/// durations has none.
fn entry(
    f: &Finding,
    gain_ms: f64,
    workload_ms: f64,
    st: &super::narrative::Statements<'_>,
) -> DoFirst {
    let in_statements = f
        .queries
        .iter()
        .any(|q| st.time_ms(q).is_some_and(|t| t > 0.0));
    DoFirst {
        finding: f.id.clone(),
        gain_ms: crate::model::stats::r3(gain_ms),
        share: (in_statements && workload_ms > 0.0)
            .then(|| crate::model::stats::r3((gain_ms / workload_ms).min(1.0))),
        why: why(f, st),
    }
}

/// "saves 1.36s (17.1 % of the statements' time)", or what the finding
/// costs when its gain is not time.
pub(crate) fn gain_label(d: &DoFirst, f: &Finding) -> String {
    match (d.gain_ms > 0.0, d.share) {
        (true, Some(share)) => format!(
            "saves {} ({:.1} % of the statements' time)",
            fmt_ms(d.gain_ms),
            share * 100.0
        ),
        (true, None) => format!("saves {} outside statement time", fmt_ms(d.gain_ms)),
        (false, _) if saved_ms(f) > 0.0 => format!(
            "about {} on its own, time the fixes above already give back",
            fmt_ms(saved_ms(f))
        ),
        (false, _) => super::text::impact_label(f),
    }
}

/// `3.1 min of log · 3 483 statements in 7.95 s · 27 distinct · 1 database
/// · applications: sender 27 %, …`.
pub(crate) fn workload_line(r: &Report) -> String {
    let s = &r.summary;
    let mut parts = Vec::new();
    if let Some(ms) = s.window_ms() {
        parts.push(format!("{} of log", fmt_ms(ms)));
    }
    parts.push(format!(
        "{} {} taking {}",
        thousands(s.statements),
        if s.statements == 1 {
            "statement"
        } else {
            "statements"
        },
        fmt_ms(s.total_duration_ms)
    ));
    parts.push(format!("{} distinct", thousands(s.queries)));
    let total = s.total_duration_ms.max(f64::MIN_POSITIVE);
    for dim in [
        Dimension::Database,
        Dimension::Application,
        Dimension::Tenant,
    ] {
        let by = split_by(r.queries.iter().map(|q| (dim.counter(q), q.total_ms)));
        if by.is_empty() {
            continue;
        }
        let mut rows: Vec<(&String, f64)> = by.iter().map(|(k, v)| (k, v.total_ms)).collect();
        rows.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(b.0)));
        let top: Vec<String> = rows
            .iter()
            .take(3)
            .map(|(k, ms)| format!("{k} {:.0} %", 100.0 * ms / total))
            .collect();
        let more = if rows.len() > 3 { ", …" } else { "" };
        let plural = if rows.len() == 1 { "" } else { "s" };
        parts.push(format!(
            "{} {}{plural} ({}{more})",
            rows.len(),
            dim.name(),
            top.join(", ")
        ));
    }
    parts.join(" · ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::findings::Subject;
    use crate::rules::RuleId;

    fn finding(id: &str, queries: &[&str], impact: f64, severity: Severity) -> Finding {
        let subject = Subject {
            schema: String::new(),
            table: id.into(),
            columns: Vec::new(),
        };
        let mut f = Finding::new(RuleId::MissingIndex, severity, id.into(), subject, id);
        f.queries = queries.iter().map(|q| q.to_string()).collect();
        f.impact_ms = impact;
        f
    }

    #[test]
    fn overlapping_fixes_do_not_fill_the_list() {
        let mut r = super::super::json::tests::report(10000.0);
        let q = super::super::json::tests::query;
        r.queries = vec![q("a", 6000.0), q("b", 3000.0)];
        r.findings = vec![
            finding("index-a", &["a"], 5000.0, Severity::Warning),
            finding("view-a", &["a"], 4500.0, Severity::Warning),
            finding("index-b", &["b"], 2500.0, Severity::Info),
            finding("tiny", &["b"], 50.0, Severity::Info),
            finding("errors", &[], 0.0, Severity::Critical),
            finding("drift", &["b"], 100.0, Severity::Critical),
        ];
        r.findings[5].rule = RuleId::TenantSchemaDrift;
        let ranked = rank(&r);
        let order: Vec<(String, f64)> = ranked
            .iter()
            .map(|d| (d.finding.clone(), d.gain_ms))
            .collect();
        let id = |t: &str| r.findings.iter().find(|f| f.title == t).unwrap().id.clone();
        // The view adds only the second left of query a, the index on b its
        // 2.5 s: b's index comes second; the tiny fix is noise.
        assert_eq!(
            order,
            vec![
                (id("index-a"), 5000.0),
                (id("index-b"), 2500.0),
                (id("view-a"), 1000.0),
                (id("errors"), 0.0),
                (id("drift"), 0.0),
            ]
        );
        // A critical finding with a little time is not left out, and a gain
        // outside statement time has no share of it.
        assert_eq!(ranked[0].share, Some(0.5));
        assert_eq!(ranked[3].share, None);
    }
}
