//! `--format prom`: metrics.prom is read by Prometheus' own checker
//! (`promtool check metrics`, Debian's `prometheus`, which scripts/test.sh
//! installs) without a complaint, and its numbers are the report's: calls
//! per fingerprint and per dimension add up to the statements, findings by
//! rule and severity to the findings. Names a log carries (applications,
//! users) with quotes, backslashes and markup come out escaped.
use crate::common;

use std::collections::BTreeMap;
use std::path::Path;
use std::process::{Command, Stdio};

fn promtool() -> &'static str {
    let p = "/usr/bin/promtool";
    assert!(
        Path::new(p).exists(),
        "promtool is needed: apt-get install prometheus (scripts/test.sh installs it)"
    );
    p
}

/// `promtool check metrics` on `text`: its complaints, none when it is clean.
fn check(text: &str) -> String {
    use std::io::Write;
    let mut child = Command::new(promtool())
        .args(["check", "metrics"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run promtool");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(text.as_bytes())
        .unwrap();
    let o = child.wait_with_output().unwrap();
    let said = format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    );
    if o.status.success() {
        said
    } else {
        format!("exit {:?}: {said}", o.status.code())
    }
}

/// Samples by name: (labels as written, value).
fn samples(text: &str) -> BTreeMap<String, Vec<(String, f64)>> {
    let mut by: BTreeMap<String, Vec<(String, f64)>> = BTreeMap::new();
    for line in text.lines().filter(|l| !l.starts_with('#')) {
        let (series, value) = line.rsplit_once(' ').unwrap();
        let (name, labels) = match series.split_once('{') {
            Some((n, l)) => (n, l.trim_end_matches('}')),
            None => (series, ""),
        };
        by.entry(name.to_owned())
            .or_default()
            .push((labels.to_owned(), value.parse().unwrap()));
    }
    by
}

fn sum(s: &BTreeMap<String, Vec<(String, f64)>>, name: &str) -> f64 {
    s.get(name)
        .unwrap_or_else(|| panic!("no {name}"))
        .iter()
        .map(|(_, v)| v)
        .sum()
}

#[test]
fn samples_metrics_parse_and_add_up() {
    let work = tempfile::tempdir().unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = work.path().join("report");
    let report = common::audit(
        &[
            root.join("samples/logs").to_str().unwrap(),
            "--schema",
            root.join("samples/schema.sql").to_str().unwrap(),
            "--format",
            "prom,json",
        ],
        &out,
    );
    let text = std::fs::read_to_string(out.join("metrics.prom")).unwrap();
    assert_eq!(check(&text), "", "promtool complained");
    let s = samples(&text);
    let statements = report["summary"]["statements"].as_f64().unwrap();
    assert!(statements > 1000.0);
    assert_eq!(sum(&s, "pgadvisor_statements"), statements);
    assert_eq!(sum(&s, "pgadvisor_query_calls"), statements);
    for dim in ["database", "user", "application", "tenant"] {
        let calls = sum(&s, &format!("pgadvisor_{dim}_calls"));
        assert!(calls > 0.0 && calls <= statements, "{dim}: {calls}");
    }
    // Every statement ran in one database: its calls are all of them.
    assert_eq!(sum(&s, "pgadvisor_database_calls"), statements);
    let time = report["summary"]["total_duration_ms"].as_f64().unwrap() / 1000.0;
    assert!((sum(&s, "pgadvisor_database_time_seconds") - time).abs() < 0.001);
    assert_eq!(
        sum(&s, "pgadvisor_findings"),
        report["summary"]["findings"].as_f64().unwrap()
    );
    assert!(s["pgadvisor_findings"]
        .iter()
        .any(|(l, _)| l == "rule=\"n-plus-one\",severity=\"critical\""
            || l.starts_with("rule=\"n-plus-one\"")));
    // Five tenant schemas, each with its calls, and latency quantiles per fingerprint.
    assert_eq!(s["pgadvisor_tenant_calls"].len(), 5);
    let quantiles = &s["pgadvisor_query_latency_seconds"];
    assert!(quantiles
        .iter()
        .all(|(l, v)| l.contains("quantile=") && *v >= 0.0));
    assert_eq!(
        s["pgadvisor_query_latency_seconds_count"].len() * 3,
        quantiles.len()
    );
}

#[test]
fn hostile_names_are_escaped() {
    let work = tempfile::tempdir().unwrap();
    let log = work.path().join("hostile.log");
    std::fs::write(
        &log,
        concat!(
            "2026-11-23 10:00:00.000 UTC [101] app\"x@db/a\\\"b} LOG:  duration: 5.000 ms  statement: SELECT \"we\"\"ird\\\" FROM t WHERE id = 1\n",
            "2026-11-23 10:00:01.000 UTC [101] app\"x@db/a\\\"b} LOG:  duration: 7.000 ms  statement: SELECT 1\n",
            // A statement that never succeeds: its error still counts where it failed.
            "2026-11-23 10:00:02.000 UTC [101] app\"x@db/a\\\"b} ERROR:  column \"nope\" does not exist at character 8\n",
            "2026-11-23 10:00:02.000 UTC [101] app\"x@db/a\\\"b} STATEMENT:  SELECT nope FROM t\n",
        ),
    )
    .unwrap();
    let out = work.path().join("report");
    common::audit(
        &[
            log.to_str().unwrap(),
            "--log-line-prefix",
            "%m [%p] %u@%d/%a ",
            "--format",
            "prom,json",
        ],
        &out,
    );
    let text = std::fs::read_to_string(out.join("metrics.prom")).unwrap();
    assert_eq!(check(&text), "", "promtool complained:\n{text}");
    assert!(
        text.contains(r#"pgadvisor_application_calls{application="a\\\"b}"} 2"#),
        "{text}"
    );
    assert!(
        text.contains(r#"pgadvisor_user_calls{user="app\"x"} 2"#),
        "{text}"
    );
}
