//! `metrics.prom`: the report as Prometheus text exposition (format 0.0.4),
//! for a nightly job to hand to node_exporter's textfile collector or a
//! Pushgateway, both of which read this format and not OpenMetrics'.
//!
//! Every value describes the analysed window (the log's first to last
//! timestamp), not a process that keeps counting: counts are gauges, so a
//! dashboard plots one point per run instead of a `rate()` that has no
//! meaning across separate logs. Latency per fingerprint is a summary of the
//! percentiles the report has; per database, user, application and tenant
//! the report keeps calls and time (each statement's time split by its
//! executions there, as the HTML breakdowns do), so the mean latency there
//! is `time_seconds / calls`; errors there are counted as they fail.
use super::json::{QueryEntry, Report};
use super::shares::{split, Dimension, Totals};
use std::collections::BTreeMap;
use std::fmt::Write;

/// Query text kept in `pgadvisor_query_info`: enough to recognise a
/// statement on a dashboard, short enough for a label.
const QUERY_LABEL_CHARS: usize = 160;

/// Fingerprints exported, the costliest first: each is ten series, and a
/// log of ORM-generated statements has tens of thousands, more than a
/// Prometheus server should take from one job. The rest are counted in
/// `pgadvisor_fingerprints_not_exported`; the dimensions and totals still
/// cover every statement.
const MAX_FINGERPRINTS: usize = 500;

/// The whole exposition.
pub(crate) fn render(r: &Report) -> String {
    let mut out = Exposition::default();
    run(&mut out, r);
    queries(&mut out, r);
    dimensions(&mut out, r);
    findings(&mut out, r);
    out.text
}

#[derive(Default)]
struct Exposition {
    text: String,
}

impl Exposition {
    fn family(&mut self, name: &str, kind: &str, help: &str) {
        // HELP text escapes only backslash and newline.
        let help = help.replace('\\', "\\\\").replace('\n', "\\n");
        let _ = writeln!(self.text, "# HELP {name} {help}");
        let _ = writeln!(self.text, "# TYPE {name} {kind}");
    }

    fn sample(&mut self, name: &str, labels: &[(&str, &str)], value: f64) {
        self.text.push_str(name);
        if !labels.is_empty() {
            self.text.push('{');
            for (i, (k, v)) in labels.iter().enumerate() {
                if i > 0 {
                    self.text.push(',');
                }
                let _ = write!(self.text, "{k}=\"{}\"", label_value(v));
            }
            self.text.push('}');
        }
        let _ = writeln!(self.text, " {}", number(value));
    }

    /// One family of one sample per key.
    fn per_key<'a>(
        &mut self,
        name: &str,
        help: &str,
        label: &str,
        values: impl IntoIterator<Item = (&'a str, f64)>,
    ) {
        self.family(name, "gauge", help);
        for (k, v) in values {
            self.sample(name, &[(label, k)], v);
        }
    }
}

/// A label value as the text format wants it: backslash, double quote and
/// newline escaped.
fn label_value(v: &str) -> String {
    let mut s = String::with_capacity(v.len());
    for c in v.chars() {
        match c {
            '\\' => s.push_str("\\\\"),
            '"' => s.push_str("\\\""),
            '\n' => s.push_str("\\n"),
            c => s.push(c),
        }
    }
    s
}

/// Rust prints finite floats without exponent, which Go's parser reads; the
/// rest are spelled as the format spells them.
fn number(v: f64) -> String {
    if v.is_nan() {
        "NaN".into()
    } else if v.is_infinite() {
        if v > 0.0 { "+Inf" } else { "-Inf" }.into()
    } else if v == v.trunc() && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        format!("{v}")
    }
}

/// Milliseconds as seconds, to the microsecond the logs give (no binary
/// fraction noise such as 0.24228899999999998).
fn seconds(ms: f64) -> f64 {
    (ms * 1000.0).round() / 1e6
}

fn unix_seconds(ts: Option<&str>) -> Option<f64> {
    let t = chrono::DateTime::parse_from_rfc3339(ts?).ok()?;
    Some(t.timestamp_millis() as f64 / 1000.0)
}

fn run(out: &mut Exposition, r: &Report) {
    let s = &r.summary;
    out.family(
        "pgadvisor_info",
        "gauge",
        "The pgadvisor run that wrote these metrics (always 1).",
    );
    out.sample(
        "pgadvisor_info",
        &[
            ("version", &r.tool.version),
            ("fingerprint_version", &s.fingerprint_version.to_string()),
        ],
        1.0,
    );
    let window = [
        (
            "pgadvisor_window_start_timestamp_seconds",
            "The first timestamp of the analysed logs, in Unix seconds.",
            s.first_ts.as_deref(),
        ),
        (
            "pgadvisor_window_end_timestamp_seconds",
            "The last timestamp of the analysed logs, in Unix seconds.",
            s.last_ts.as_deref(),
        ),
    ];
    for (name, help, ts) in window {
        if let Some(t) = unix_seconds(ts) {
            out.family(name, "gauge", help);
            out.sample(name, &[], t);
        }
    }
    let totals = [
        (
            "pgadvisor_statements",
            "Statement executions in the analysed window.",
            s.statements as f64,
        ),
        (
            "pgadvisor_statements_time_seconds",
            "Time the statements of the analysed window took.",
            seconds(s.total_duration_ms),
        ),
        (
            "pgadvisor_fingerprints",
            "Distinct statements after normalization.",
            s.queries as f64,
        ),
        (
            "pgadvisor_sessions",
            "Sessions seen in the analysed window.",
            s.sessions as f64,
        ),
        (
            "pgadvisor_unparsed_lines",
            "Input lines no reader understood (report.json says why, per input).",
            s.unparsed_lines as f64,
        ),
        (
            "pgadvisor_log_errors",
            "Server messages at ERROR, FATAL or PANIC.",
            ["ERROR", "FATAL", "PANIC"]
                .iter()
                .filter_map(|k| r.events.by_severity.get(*k))
                .sum::<u64>() as f64,
        ),
        (
            "pgadvisor_temp_bytes",
            "Bytes written to temporary files.",
            r.events.temp_bytes as f64,
        ),
    ];
    for (name, help, v) in totals {
        out.family(name, "gauge", help);
        out.sample(name, &[], v);
    }
}

fn short_query(q: &QueryEntry) -> String {
    let flat: String = q
        .normalized
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    match flat.char_indices().nth(QUERY_LABEL_CHARS) {
        Some((cut, _)) => format!("{}…", &flat[..cut]),
        None => flat,
    }
}

fn queries(out: &mut Exposition, r: &Report) {
    // report.json lists them costliest first.
    let exported = &r.queries[..r.queries.len().min(MAX_FINGERPRINTS)];
    out.family(
        "pgadvisor_fingerprints_not_exported",
        "gauge",
        "Fingerprints left out of the per-fingerprint metrics (only the costliest are exported).",
    );
    out.sample(
        "pgadvisor_fingerprints_not_exported",
        &[],
        (r.queries.len() - exported.len()) as f64,
    );
    out.family(
        "pgadvisor_query_info",
        "gauge",
        "A fingerprint's statement kind and normalized text, shortened (always 1).",
    );
    for q in exported {
        out.sample(
            "pgadvisor_query_info",
            &[
                ("fingerprint", &q.id),
                ("kind", &q.kind),
                ("query", &short_query(q)),
            ],
            1.0,
        );
    }
    type Pick = fn(&QueryEntry) -> f64;
    let per_query: [(&str, &str, Pick); 4] = [
        (
            "pgadvisor_query_calls",
            "Executions of the fingerprint in the analysed window.",
            |q| q.calls as f64,
        ),
        (
            "pgadvisor_query_time_seconds",
            "Time the fingerprint's executions took.",
            |q| seconds(q.total_ms),
        ),
        (
            "pgadvisor_query_errors",
            "Executions of the fingerprint that ended in an error.",
            |q| q.errors as f64,
        ),
        (
            "pgadvisor_query_temp_bytes",
            "Bytes the fingerprint wrote to temporary files.",
            |q| q.temp_bytes as f64,
        ),
    ];
    for (name, help, pick) in per_query {
        out.family(name, "gauge", help);
        for q in exported {
            out.sample(name, &[("fingerprint", &q.id)], pick(q));
        }
    }
    let name = "pgadvisor_query_latency_seconds";
    out.family(
        name,
        "summary",
        "Latency of the fingerprint's timed executions (quantiles estimated from mean and stddev for pg_stat_statements).",
    );
    for q in exported.iter().filter(|q| q.timed_calls > 0) {
        for (quantile, ms) in [("0.5", q.p50_ms), ("0.95", q.p95_ms), ("0.99", q.p99_ms)] {
            out.sample(
                name,
                &[("fingerprint", &q.id), ("quantile", quantile)],
                seconds(ms),
            );
        }
        out.sample(
            "pgadvisor_query_latency_seconds_sum",
            &[("fingerprint", &q.id)],
            seconds(q.mean_ms * q.timed_calls as f64),
        );
        out.sample(
            "pgadvisor_query_latency_seconds_count",
            &[("fingerprint", &q.id)],
            q.timed_calls as f64,
        );
    }
}

fn dimensions(out: &mut Exposition, r: &Report) {
    for dim in Dimension::ALL {
        let by = split(r, dim);
        if by.is_empty() {
            continue;
        }
        let what = match dim {
            Dimension::Database => "database",
            Dimension::User => "user (role)",
            Dimension::Application => "application_name",
            Dimension::Tenant => "tenant schema",
        };
        let errors_help =
            format!("Failed executions per {what}, where the log line or its session names it.");
        type Value = fn(&Totals) -> f64;
        let rows: [(&str, String, Value); 4] = [
            ("calls", format!("Statement executions per {what}."), |t| t.calls as f64),
            (
                "time_seconds",
                format!("Statement time per {what}: each statement's time split by its executions there."),
                |t| seconds(t.time_ms),
            ),
            ("errors", errors_help, |t| t.errors),
            (
                "temp_bytes",
                format!("Temporary file bytes per {what}: each statement's split by its executions there."),
                |t| t.temp_bytes.round(),
            ),
        ];
        let label = dim.name();
        for (metric, help, value) in rows {
            let name = format!("pgadvisor_{label}_{metric}");
            out.per_key(
                &name,
                &help,
                label,
                by.iter().map(|(k, t)| (k.as_str(), value(t))),
            );
        }
    }
}

fn findings(out: &mut Exposition, r: &Report) {
    let mut count: BTreeMap<(String, String), u64> = BTreeMap::new();
    let mut gain: BTreeMap<String, f64> = BTreeMap::new();
    for f in &r.findings {
        let rule = f.rule.to_string();
        let severity = serde_json::to_value(f.severity)
            .ok()
            .and_then(|v| v.as_str().map(str::to_owned))
            .unwrap_or_default();
        *count.entry((rule.clone(), severity)).or_default() += 1;
        *gain.entry(rule).or_default() += f.impact_ms.max(0.0);
    }
    let name = "pgadvisor_findings";
    out.family(name, "gauge", "Findings by rule and severity.");
    for ((rule, severity), n) in &count {
        out.sample(name, &[("rule", rule), ("severity", severity)], *n as f64);
    }
    out.per_key(
        "pgadvisor_findings_impact_seconds",
        "Time the rule's findings would save, summed (findings on one statement overlap).",
        "rule",
        gain.iter().map(|(k, v)| (k.as_str(), seconds(*v))),
    );
    out.family(
        "pgadvisor_gain_seconds",
        "gauge",
        "Time all findings save together, each statement counted once.",
    );
    out.sample("pgadvisor_gain_seconds", &[], seconds(r.summary.gain_ms));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_costliest_fingerprints_are_exported() {
        let mut r = super::super::json::tests::report(1000.0);
        r.queries = (0..MAX_FINGERPRINTS + 20)
            .map(|i| super::super::json::tests::query(&format!("{i:016x}"), 1.0))
            .collect();
        let text = render(&r);
        let info = text
            .lines()
            .filter(|l| l.starts_with("pgadvisor_query_info{"))
            .count();
        assert_eq!(info, MAX_FINGERPRINTS);
        assert!(
            text.contains("\npgadvisor_fingerprints_not_exported 20\n"),
            "{text}"
        );
    }

    #[test]
    fn labels_and_numbers_are_written_as_the_format_reads_them() {
        assert_eq!(label_value("a\"b\\c\nd"), "a\\\"b\\\\c\\nd");
        assert_eq!(number(3.0), "3");
        assert_eq!(number(0.25), "0.25");
        assert_eq!(number(f64::NAN), "NaN");
        assert_eq!(number(1e-7), "0.0000001");
    }
}
