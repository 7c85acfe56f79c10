//! The binary as a user runs it: exit codes, messages, report.json, digest/merge.
use crate::common;

use common::{pgadvisor, report};

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn repo(p: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join(p)
        .display()
        .to_string()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn audit_of_the_bundled_samples() {
    let out = tempfile::tempdir().unwrap();
    let o = pgadvisor(&[
        "audit",
        &repo("samples/logs"),
        "--out",
        out.path().to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let stdout = String::from_utf8_lossy(&o.stdout);
    assert!(stdout.contains("Top queries by total time"), "{stdout}");
    let r = report(out.path());
    assert_eq!(r["schema_version"], 1);
    assert_eq!(r["tool"]["name"], "pgadvisor");
    assert_eq!(r["inputs"][0]["format"], "stderr");
    assert_eq!(r["inputs"][0]["unparsed_lines"], 0);
    assert!(r["summary"]["statements"].as_u64().unwrap() > 1000);
    let q = r["queries"].as_array().unwrap();
    assert!(q.len() > 20);
    // Sorted by total time, with the contract's fields.
    let totals: Vec<f64> = q.iter().map(|x| x["total_ms"].as_f64().unwrap()).collect();
    assert!(totals.windows(2).all(|w| w[0] >= w[1]));
    for key in [
        "id",
        "normalized",
        "calls",
        "total_ms",
        "mean_ms",
        "p95_ms",
        "max_ms",
        "databases",
        "users",
        "applications",
        "tenants",
    ] {
        assert!(q[0].get(key).is_some(), "queries[0].{key} missing");
    }
    // The N+1 child query folds five tenants into one fingerprint.
    let child = q
        .iter()
        .find(|x| {
            x["normalized"]
                .as_str()
                .unwrap()
                .contains("whatsapp_logs WHERE campaign_id = $1")
        })
        .unwrap();
    assert_eq!(child["tenants"].as_object().unwrap().len(), 5, "{child}");
    assert_eq!(
        child["applications"].as_object().unwrap().len(),
        3,
        "simple, extended, prepared: {child}"
    );
    assert_eq!(r["summary"]["queries_not_analysed"], 0);
    // A statement no parser understands keeps its statistics and says why it is not analysed.
    let log = out.path().join("do.log");
    std::fs::write(
        &log,
        "2026-11-24 01:00:00.000 UTC [7] app@db/web LOG:  duration: 3.500 ms  statement: DO $$ BEGIN PERFORM 1; END $$\n",
    )
    .unwrap();
    let o = pgadvisor(&[
        "audit",
        log.to_str().unwrap(),
        "--out",
        out.path().to_str().unwrap(),
        "-q",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let r = report(out.path());
    let q = r["queries"].as_array().unwrap();
    let d = q.iter().find(|x| x["normalized"] == "DO $1").unwrap();
    assert_eq!(d["analysed"], false);
    assert!(
        d["not_analysed_reason"].as_str().unwrap().contains("DO"),
        "{d}"
    );
    assert_eq!(d["calls"], 1);
    assert!(r["summary"]["queries_not_analysed"].as_u64().unwrap() >= 1);
}

#[test]
fn audit_with_a_schema_dump_reports_findings_and_the_graph() {
    let out = tempfile::tempdir().unwrap();
    let o = pgadvisor(&[
        "audit",
        &repo("samples/logs"),
        "--schema",
        &repo("samples/schema.sql"),
        "--out",
        out.path().to_str().unwrap(),
        "-q",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let r = report(out.path());
    let f = r["findings"].as_array().unwrap();
    // The N+1 child joins campaigns → whatsapp_logs without a key, in every tenant schema.
    let logs = f
        .iter()
        .find(|x| x["rule"] == "missing-foreign-key" && x["subject"]["table"] == "whatsapp_logs")
        .unwrap();
    assert_eq!(logs["subject"]["schema"], "tenant_*");
    // The index it needs serves lookups holding a good part of the
    // workload's time (a reseller's reports take a quarter of it).
    assert_eq!(logs["severity"], "warning");
    assert!(logs["impact_ms"].as_f64().unwrap() >= 1000.0, "{logs:#}");
    assert_eq!(logs["evidence"]["schemas"].as_array().unwrap().len(), 5);
    assert_eq!(
        logs["sql"].as_array().unwrap().len(),
        20,
        "4 statements per tenant schema"
    );
    // Sorted by severity then impact.
    let sev: Vec<&str> = f.iter().map(|x| x["severity"].as_str().unwrap()).collect();
    assert!(
        sev.windows(2)
            .all(|w| !(w[0] == "info" && w[1] == "warning")),
        "{sev:?}"
    );
    let edges = r["schema_graph"]["edges"].as_array().unwrap();
    assert!(edges
        .iter()
        .any(|e| e["to"] == "tenant_4.campaigns" || e["observed_calls"].as_u64().unwrap() > 0));
    assert_eq!(r["schema"]["failed"].as_array().unwrap().len(), 0);
    let o = pgadvisor(&[
        "audit",
        &repo("samples/logs"),
        "--schema",
        &repo("samples/logs/postgresql.log"),
    ]);
    assert_eq!(o.status.code(), Some(2), "a log is not a schema dump");
    assert!(
        stderr(&o).contains("pg_dump --schema-only"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn unknown_prefix_names_the_file_and_shows_a_line() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("weird.log");
    std::fs::write(&f, "this is not\na postgres log at all\n").unwrap();
    let o = pgadvisor(&[
        "audit",
        f.to_str().unwrap(),
        "--out",
        dir.path().join("r").to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(2));
    let e = stderr(&o);
    assert!(
        e.contains("weird.log") && e.contains("log_line_prefix") && e.contains("this is not"),
        "{e}"
    );
    assert!(
        !dir.path().join("r/report.json").exists(),
        "no empty report"
    );
}

#[test]
fn explicit_prefix_and_bad_flags() {
    let dir = tempfile::tempdir().unwrap();
    let log = common::shared_dir().join("corpus/pgbadger-fixtures/pg-timezones.log");
    let o = pgadvisor(&[
        "audit",
        log.to_str().unwrap(),
        "--log-line-prefix",
        "%t:%h:%u@%d:[%p]:",
        "--out",
        dir.path().to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let r = report(dir.path());
    assert_eq!(r["summary"]["statements"], 2);
    assert_eq!(r["queries"][0]["users"]["user"], 1);
    let o = pgadvisor(&["audit", log.to_str().unwrap(), "--log-line-prefix", "%z"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("unknown escape %z"), "{}", stderr(&o));
    let o = pgadvisor(&["audit", "/nonexistent/x.log"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("/nonexistent/x.log"), "{}", stderr(&o));
    let o = pgadvisor(&["audit", log.to_str().unwrap(), "--format", "pdf"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("pdf"), "{}", stderr(&o));
}

#[test]
fn pgbouncer_logs_are_named_as_such() {
    let log = common::shared_dir().join("corpus/pgbadger-fixtures/pgbouncer.log.gz");
    let o = pgadvisor(&[
        "audit",
        log.to_str().unwrap(),
        "--out",
        tempfile::tempdir().unwrap().path().to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("pgbouncer log"), "{}", stderr(&o));
}

#[test]
fn empty_file_gives_an_empty_but_valid_report() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("empty.log");
    std::fs::write(&f, "").unwrap();
    let o = pgadvisor(&[
        "audit",
        f.to_str().unwrap(),
        "--out",
        dir.path().to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(report(dir.path())["summary"]["events"], 0);
}

#[test]
fn merged_digests_equal_one_audit_of_all_logs() {
    let dir = tempfile::tempdir().unwrap();
    let d = |n: &str| dir.path().join(n).display().to_string();
    let host1 = repo("samples/logs/postgresql.log");
    let host2 = common::shared_dir()
        .join("corpus/pgbadger-fixtures/rds.log.bz2")
        .display()
        .to_string();
    for (input, out) in [(&host1, d("h1.json")), (&host2, d("h2.json"))] {
        let o = pgadvisor(&["digest", input, "-o", &out]);
        assert!(o.status.success(), "{}", stderr(&o));
    }
    let o = pgadvisor(&[
        "merge",
        &d("h1.json"),
        &d("h2.json"),
        "--out",
        &d("merged"),
        "-q",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let o = pgadvisor(&["audit", &host1, &host2, "--out", &d("all"), "-q"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let (m, a) = (
        report(&PathBuf::from(d("merged"))),
        report(&PathBuf::from(d("all"))),
    );
    assert_eq!(m["queries"], a["queries"]);
    assert_eq!(m["events"], a["events"]);
    assert_eq!(m["inputs"], a["inputs"]);
    assert_eq!(m["summary"], a["summary"]);
    let o = pgadvisor(&["merge", &host1]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("not a pgadvisor digest"),
        "{}",
        stderr(&o)
    );
}

/// A digest finds loops on the host: with the thresholds the user set in
/// `pgadvisor.toml`, not the defaults.
#[test]
fn digest_finds_loops_with_the_configured_thresholds() {
    let dir = tempfile::tempdir().unwrap();
    let d = |n: &str| dir.path().join(n).display().to_string();
    let log = repo("samples/logs/postgresql.log");
    let bursts = |out: &str| -> usize {
        let v: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(out).unwrap()).unwrap();
        v["workload"]["loop_bursts"].as_array().map_or(0, Vec::len)
    };
    let o = pgadvisor(&["digest", &log, "-o", &d("default.json")]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(bursts(&d("default.json")) > 0, "the samples hold loops");
    std::fs::write(
        d("pgadvisor.toml"),
        "[rules.n-plus-one]\nmin_repetitions = 100000\n",
    )
    .unwrap();
    let o = pgadvisor(&[
        "digest",
        &log,
        "-o",
        &d("strict.json"),
        "--config",
        &d("pgadvisor.toml"),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(bursts(&d("strict.json")), 0, "no loop repeats 100000 times");
}

#[test]
fn tenant_schemas_without_a_known_name_are_detected() {
    let dir = tempfile::tempdir().unwrap();
    let mut log = String::new();
    for (i, s) in ["acme", "globex", "initech", "acme"].iter().enumerate() {
        log.push_str(&format!(
            "2024-01-01 10:00:0{i}.000 UTC [7] web@app LOG:  duration: 1.500 ms  statement: SELECT * FROM {s}.orders WHERE id = {i}\n"
        ));
    }
    log.push_str("2024-01-01 10:00:09.000 UTC [7] web@app LOG:  duration: 1.000 ms  statement: SELECT * FROM public.orders WHERE id = 1\n");
    let f = dir.path().join("t.log");
    std::fs::write(&f, log).unwrap();
    let out = dir.path().join("r");
    let o = pgadvisor(&[
        "audit",
        f.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
        "-q",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let r = report(&out);
    assert_eq!(
        r["summary"]["tenant_schemas_detected"],
        serde_json::json!(["acme", "globex", "initech"])
    );
    let q = r["queries"].as_array().unwrap();
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[0]["calls"], 4);
    assert_eq!(
        q[0]["tenants"],
        serde_json::json!({"acme": 2, "globex": 1, "initech": 1})
    );
    assert_eq!(
        q[0]["normalized"],
        "SELECT * FROM \"tenant_*\".orders WHERE id = $1"
    );
    // An explicit pattern says what tenants are: no detection.
    let o = pgadvisor(&[
        "audit",
        f.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
        "-q",
        "--tenant-pattern",
        "^t[0-9]+$",
    ]);
    assert!(o.status.success());
    assert_eq!(report(&out)["queries"].as_array().unwrap().len(), 4);
}

#[test]
fn standard_input_compressed_or_not() {
    use std::io::Write;
    let dir = tempfile::tempdir().unwrap();
    let log = std::fs::read(repo("samples/logs/postgresql.log")).unwrap();
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    gz.write_all(&log).unwrap();
    for (name, bytes) in [("plain", log.clone()), ("gzip", gz.finish().unwrap())] {
        let out = dir.path().join(name);
        let mut child = Command::new(env!("CARGO_BIN_EXE_pgadvisor"))
            .args(["audit", "-", "--out", out.to_str().unwrap(), "-q"])
            .stdin(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        child.stdin.take().unwrap().write_all(&bytes).unwrap();
        let o = child.wait_with_output().unwrap();
        assert!(o.status.success(), "{name}: {}", stderr(&o));
        let r = report(&out);
        assert_eq!(r["inputs"][0]["path"], "-");
        assert!(
            r["summary"]["statements"].as_u64().unwrap() > 1000,
            "{name}"
        );
    }
}
