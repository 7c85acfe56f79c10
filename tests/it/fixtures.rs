//! The fast tier: `tests/fixtures/<rule-id>/<case>/` holds a small input
//! (logs, and `schema.sql`, `stats.json`, `pgadvisor.toml` when the case
//! needs them) and `expected.snap`, what the rule says about it. One runner
//! audits every case as a user would (the binary, offline) and compares.
//!
//! A case named `reports-…` must give at least one finding of its rule; a
//! case named `silent-…` must give none, on a workload that was read. So no
//! snapshot can pass empty. Review a changed snapshot with `cargo insta review`.
use crate::common;

use std::path::{Path, PathBuf};

/// Rules that have no case yet. It may only shrink: a new rule comes with
/// its fixture.
const WITHOUT_FIXTURES: &[&str] = &[];

/// Files of a case that are not workload inputs.
const NOT_INPUTS: &[&str] = &[
    "schema.sql",
    "stats.json",
    "pgadvisor.toml",
    "expected.snap",
    "README.md",
];

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

fn dirs(p: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(p)
        .unwrap_or_else(|e| panic!("{}: {e}", p.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_dir())
        .collect();
    v.sort();
    v
}

fn name(p: &Path) -> String {
    p.file_name().unwrap().to_string_lossy().into_owned()
}

/// What the rule says about one case, as the snapshot holds it.
fn audit(rule: &str, case: &Path) -> String {
    let mut inputs: Vec<String> = std::fs::read_dir(case)
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file() && !NOT_INPUTS.contains(&name(p).as_str()))
        .map(|p| p.display().to_string())
        .collect();
    inputs.sort();
    assert!(!inputs.is_empty(), "{}: no input", case.display());
    let mut args: Vec<String> = inputs;
    for (flag, file) in [
        ("--schema", "schema.sql"),
        ("--stats", "stats.json"),
        ("--config", "pgadvisor.toml"),
    ] {
        if case.join(file).is_file() {
            args.push(flag.into());
            args.push(case.join(file).display().to_string());
        }
    }
    let out = tempfile::tempdir().unwrap();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let r = common::audit(&args, out.path());
    let label = format!("{rule}/{}", name(case));
    for i in r["inputs"].as_array().unwrap() {
        assert_eq!(i["unparsed_lines"], 0, "{label}: every line is read: {i}");
    }
    let findings = common::findings(&r, rule);
    let diagnostics: Vec<&str> = r["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|d| d.as_str())
        .filter(|d| d.starts_with(&format!("{rule}:")))
        .collect();
    let mut text = String::new();
    if name(case).starts_with("reports-") {
        assert!(!findings.is_empty(), "{label}: no {rule} finding");
    } else if name(case).starts_with("silent-") {
        assert!(
            findings.is_empty(),
            "{label}: a {rule} finding on a look-alike"
        );
        let statements = r["summary"]["statements"].as_u64().unwrap_or(0);
        assert!(statements > 0, "{label}: nothing was read");
        text.push_str(&format!("no {rule} finding on {statements} statements\n"));
    } else {
        panic!("{label}: a case is named reports-… or silent-…");
    }
    for f in findings {
        text.push_str(&format!(
            "[{}] {}\n  subject: {}.{} ({})\n  impact_ms: {}\n",
            f["severity"].as_str().unwrap(),
            f["title"].as_str().unwrap(),
            f["subject"]["schema"].as_str().unwrap(),
            f["subject"]["table"].as_str().unwrap(),
            f["subject"]["columns"]
                .as_array()
                .unwrap()
                .iter()
                .filter_map(|c| c.as_str())
                .collect::<Vec<_>>()
                .join(", "),
            f["impact_ms"],
        ));
        // Each statement under what it is for and what it locks, so a
        // role or lock that changes shows here.
        for step in f["steps"].as_array().unwrap() {
            let on = step["on"]
                .as_str()
                .map(|t| format!(" on {t}"))
                .unwrap_or_default();
            let created = if step["created_here"] == true {
                " (created here)"
            } else {
                ""
            };
            let also = match step["also_locks"].as_object() {
                Some(a) => format!(
                    " and {} on {}",
                    a["lock"].as_str().unwrap(),
                    a["on"].as_str().unwrap()
                ),
                None => String::new(),
            };
            text.push_str(&format!(
                "  - {}: {}{on}{created}{also}, transaction {}\n",
                step["role"].as_str().unwrap(),
                step["lock"].as_str().unwrap(),
                step["transaction"].as_str().unwrap(),
            ));
            for l in step["sql"].as_str().unwrap().lines() {
                text.push_str(&format!("  | {l}\n"));
            }
        }
    }
    for d in diagnostics {
        text.push_str(&format!("diagnostic: {d}\n"));
    }
    text
}

#[test]
fn every_case_says_what_its_snapshot_says() {
    let known: Vec<String> = pgadvisor::rules::catalog()
        .map(|r| r.id.as_str().to_owned())
        .collect();
    let mut covered = Vec::new();
    for rule_dir in dirs(&root()) {
        let rule = name(&rule_dir);
        assert!(known.contains(&rule), "tests/fixtures/{rule}: no such rule");
        let cases = dirs(&rule_dir);
        assert!(!cases.is_empty(), "tests/fixtures/{rule}: no case");
        for case in cases {
            let text = audit(&rule, &case);
            insta::with_settings!({
                snapshot_path => case.clone(),
                prepend_module_to_snapshot => false,
                omit_expression => true,
                description => format!("{rule}/{}", name(&case)),
            }, {
                insta::assert_snapshot!("expected", text);
            });
        }
        covered.push(rule);
    }
    let missing: Vec<&String> = known
        .iter()
        .filter(|r| !covered.contains(r) && !WITHOUT_FIXTURES.contains(&r.as_str()))
        .collect();
    assert!(
        missing.is_empty(),
        "rules without a fixture under tests/fixtures/: {missing:?}"
    );
    let stale: Vec<&&str> = WITHOUT_FIXTURES
        .iter()
        .filter(|r| covered.iter().any(|c| c == *r))
        .collect();
    assert!(
        stale.is_empty(),
        "listed as without fixtures but they have one: {stale:?}"
    );
}
