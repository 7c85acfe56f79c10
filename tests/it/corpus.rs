//! Every real log of ../shared/corpus is read, and every line is accounted for.
use crate::common;

use pgadvisor::app;
use pgadvisor::error::Error;
use pgadvisor::input::ReadOptions;
use std::collections::BTreeMap;
use std::fmt::Write;
use std::path::PathBuf;

fn corpus() -> PathBuf {
    common::shared_dir().join("corpus/pgbadger-fixtures")
}

/// Unparsed lines that are expected, with the reason they are not log records.
fn allowed(file: &str) -> &'static [(&'static str, u64)] {
    match file {
        // `pg_ctl: could not start server` / `Examine the log output.` written into the log.
        "pg_rawcsv.log" => &[("no_prefix", 2)],
        // CloudNativePG operator messages interleaved with PostgreSQL records.
        "cnpg.log.gz" => &[("foreign_json", 43)],
        // systemd lines in the syslog stream.
        "pg-syslog.1.bz2" | "pg-syslog.2.gz" => &[("foreign_syslog", 3)],
        _ => &[],
    }
}

#[test]
fn every_fixture_is_read_with_every_line_explained() {
    let dir = corpus();
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("shared corpus present")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file() && p.extension().is_none_or(|e| e != "md"))
        .collect();
    files.sort();
    assert!(files.len() >= 20, "corpus has {} files", files.len());
    let mut table = String::new();
    for f in files {
        let name = f.file_name().unwrap().to_string_lossy().into_owned();
        match pgadvisor::model::workload::read_path(
            &f,
            &ReadOptions::default(),
            &Default::default(),
            Box::new(|_| {}),
        ) {
            Ok((w, s)) => {
                assert!(s.error.is_none(), "{name}: {:?}", s.error);
                assert!(s.lines > 0 && s.events > 0, "{name}: nothing read");
                let got: BTreeMap<&str, u64> = s
                    .unparsed
                    .iter()
                    .map(|(k, v)| (k.as_str(), v.count))
                    .collect();
                let want: BTreeMap<&str, u64> = allowed(&name).iter().copied().collect();
                assert_eq!(got, want, "{name}: unparsed lines {:?}", s.unparsed_samples);
                writeln!(
                    table,
                    "{name}: {:?} prefix={:?} lines={} events={} unparsed={} statements={} queries={} errors={} temp_files={} autovacuum={}",
                    s.format.unwrap(),
                    s.log_line_prefix.unwrap_or_default(),
                    s.lines,
                    s.events,
                    s.unparsed_lines,
                    w.statements(),
                    w.queries.len(),
                    w.events.errors.values().map(|e| e.count).sum::<u64>(),
                    w.events.temp_files,
                    w.events.autovacuum + w.events.autoanalyze,
                )
                .unwrap();
            }
            Err(Error::NotAPostgresLog { reason, .. }) => {
                assert!(name.starts_with("pgbouncer"), "{name}: {reason}");
                assert!(reason.contains("pgbouncer"));
                writeln!(table, "{name}: not a PostgreSQL log: {reason}").unwrap();
            }
            Err(e) => panic!("{name}: {e}"),
        }
    }
    insta::assert_snapshot!(table);
}

#[test]
fn statement_kinds_match_pgbadger_expectations() {
    // exp/stmt_type.out counts one each of SELECT, INSERT, UPDATE, DELETE, COPY FROM,
    // COPY TO, CTE (a WITH … DELETE), DDL, two TCL and two CURSOR statements.
    let (w, _) = app::read_inputs(
        &[corpus().join("stmt_type.log")],
        &ReadOptions::default(),
        &Default::default(),
    )
    .unwrap();
    let mut kinds: BTreeMap<&str, u64> = BTreeMap::new();
    for q in w.queries.values() {
        *kinds.entry(q.kind.as_str()).or_default() += q.calls;
    }
    let want: BTreeMap<&str, u64> = [
        ("select", 1),
        ("insert", 1),
        ("update", 1),
        ("delete", 2),
        ("copy", 2),
        ("ddl", 1),
        ("tcl", 2),
        ("cursor", 2),
    ]
    .into();
    assert_eq!(kinds, want);
}

#[test]
fn multiline_bind_parameters_stay_with_their_statement() {
    let (w, s) = app::read_inputs(
        &[corpus().join("multiline_param.log")],
        &ReadOptions::default(),
        &Default::default(),
    )
    .unwrap();
    assert_eq!(s[0].unparsed_lines, 0);
    let q = w
        .queries
        .values()
        .find(|q| q.normalized.contains("pg_type t"))
        .expect("the pg_type query");
    assert_eq!(q.calls, 2, "two executes; parse/bind are not calls");
    assert!(q.parse_bind_us > 0);
}

#[test]
fn all_fixtures_at_once_as_a_directory() {
    // pgbouncer files are reported, the rest are read: the run goes on.
    let (w, s) =
        app::read_inputs(&[corpus()], &ReadOptions::default(), &Default::default()).unwrap();
    assert!(s
        .iter()
        .filter(|i| i.error.is_some())
        .all(|i| i.path.contains("pgbouncer") || i.path.ends_with(".md")));
    assert!(w.statements() > 230_000);
}

/// The log lines of pganalyze's collector tests, one file per
/// `log_line_prefix` (`../shared/corpus/logs-wild/collector/PREFIXES.json`).
fn collector_logs() -> (PathBuf, serde_json::Value) {
    let dir = common::shared_dir().join("corpus/logs-wild/collector");
    let prefixes = std::fs::read_to_string(dir.join("PREFIXES.json")).expect("PREFIXES.json");
    (
        dir,
        serde_json::from_str(&prefixes).expect("PREFIXES.json is JSON"),
    )
}

/// How a prefix file is read: `Ok(unparsed lines)` or the error.
fn read_with(path: &std::path::Path, prefix: Option<&str>) -> Result<u64, String> {
    let opts = ReadOptions {
        prefix: prefix
            .map(|p| pgadvisor::input::prefix::Prefix::parse(p).expect("prefix compiles")),
        ..ReadOptions::default()
    };
    app::read_inputs(&[path.to_owned()], &opts, &Default::default())
        .map(|(_, s)| s[0].unparsed_lines)
        .map_err(|e| e.to_string())
}

/// Every collector prefix file is read with its prefix given and with it
/// inferred, every line accounted for, except the gaps listed here (issue
/// 23): the list only shrinks, and a file that starts to pass must leave it.
#[test]
fn collector_prefix_files_read_given_and_inferred() {
    // (file, mode): what still goes wrong.
    const GAPS: &[(&str, &str)] = &[];
    let (dir, prefixes) = collector_logs();
    let files = prefixes["files"].as_object().expect("files");
    assert!(
        files
            .keys()
            .filter(|f| f.starts_with("parse_test__"))
            .count()
            >= 20
    );
    let mut wrong = Vec::new();
    // The drain frames and diagnostic records carry no prefix of their own.
    for (file, about) in files.iter().filter(|(f, _)| f.starts_with("parse_test__")) {
        let given = about["log_line_prefix"].as_str().expect("prefix");
        for (mode, prefix) in [("given", Some(given)), ("inferred", None)] {
            let ok = read_with(&dir.join(file), prefix) == Ok(0);
            let gap = GAPS.contains(&(file.as_str(), mode));
            if ok == gap {
                wrong.push(format!(
                    "{file} ({mode}): {}",
                    if ok {
                        "now read: take it off GAPS"
                    } else {
                        "no longer read"
                    }
                ));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// The other records of the collector's tests and dexter's workload files:
/// read whole, each unread line with its reason.
#[test]
fn drains_diagnostic_records_and_workload_files_are_read() {
    let wild = common::shared_dir().join("corpus/logs-wild");
    // (file, format, statements, unparsed lines by reason)
    type Case<'a> = (&'a str, &'a str, u64, &'a [(&'a str, u64)]);
    let cases: &[Case] = &[
        // Heroku's own metrics frames (heroku-postgres, heroku-redis) share the drain.
        (
            "collector/heroku_logplex_http_drain.log",
            "syslog",
            1,
            &[("foreign_syslog", 2)],
        ),
        // Flexible and Single Server records, two prefixes in one export.
        (
            "collector/azure_diagnostic_records.jsonl",
            "azure_diagnostic",
            2,
            &[],
        ),
        ("collector/otel_vector_cnpg.log", "cloudnativepg", 1, &[]),
        ("dexter/queries.log", "stderr", 1, &[]),
        ("dexter/queries.csv", "csvlog", 1, &[]),
        ("dexter/queries14.csv", "csvlog", 1, &[]),
        ("dexter/queries.json", "jsonlog", 1, &[]),
    ];
    for (file, format, statements, unparsed) in cases {
        let path = wild.join(file);
        let (w, s) = app::read_inputs(
            std::slice::from_ref(&path),
            &ReadOptions::default(),
            &Default::default(),
        )
        .unwrap_or_else(|e| panic!("{file}: {e}"));
        let s = &s[0];
        assert_eq!(
            s.format.map(|f| f.name()).as_deref(),
            Some(*format),
            "{file}"
        );
        let got: BTreeMap<&str, u64> = s
            .unparsed
            .iter()
            .map(|(k, v)| (k.as_str(), v.count))
            .collect();
        let want: BTreeMap<&str, u64> = unparsed.iter().copied().collect();
        assert_eq!(got, want, "{file}");
        let calls: u64 = w.queries.values().map(|q| q.calls).sum();
        assert_eq!(calls, *statements, "{file}");
    }
}

/// An RDS log exported from CloudWatch Logs to S3 (each line after
/// CloudWatch's ISO 8601 stamp, gzip) reads as the log it came from: the
/// same statements, sessions and findings, not one session per line.
#[test]
fn a_cloudwatch_export_reads_like_the_log_it_came_from() {
    use std::io::Write;
    let dir = tempfile::tempdir().unwrap();
    let log = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("samples/logs/postgresql.log");
    let text = std::fs::read_to_string(&log).unwrap();
    let mut stamped = String::new();
    for (i, line) in text.lines().enumerate() {
        if !line.starts_with('\t') && !line.is_empty() {
            stamped.push_str(&format!(
                "2026-11-24T01:{:02}:{:02}.{:03}Z ",
                i / 60_000 % 60,
                i / 1000 % 60,
                i % 1000
            ));
        }
        stamped.push_str(line);
        stamped.push('\n');
    }
    let export = dir.path().join("000000.gz");
    let mut gz = flate2::write::GzEncoder::new(
        std::fs::File::create(&export).unwrap(),
        flate2::Compression::fast(),
    );
    gz.write_all(stamped.as_bytes()).unwrap();
    gz.finish().unwrap();
    let summary = |r: &serde_json::Value| {
        let s = &r["summary"];
        (
            s["statements"].clone(),
            s["sessions"].clone(),
            s["queries"].clone(),
            s["unparsed_lines"].clone(),
        )
    };
    let rules = |r: &serde_json::Value| {
        let mut v: Vec<String> = r["findings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| format!("{} {}", f["rule"], f["id"]))
            .collect();
        v.sort();
        v
    };
    let original = common::audit(
        &[log.to_str().unwrap(), "--format", "json"],
        &dir.path().join("a"),
    );
    let exported = common::audit(
        &[export.to_str().unwrap(), "--format", "json"],
        &dir.path().join("b"),
    );
    assert_eq!(exported["inputs"][0]["format"], "cloudwatch_export");
    assert_eq!(
        exported["inputs"][0]["log_line_prefix"],
        original["inputs"][0]["log_line_prefix"]
    );
    assert_eq!(summary(&exported), summary(&original));
    assert!(!rules(&original).is_empty());
    assert_eq!(rules(&exported), rules(&original));
}

/// CloudWatch's own JSON (`aws logs get-log-events`) and Logs Insights'
/// CSV are refused by name, with the way to get the log out of them.
#[test]
fn cloudwatch_json_and_insights_exports_are_refused_by_name() {
    let dir = tempfile::tempdir().unwrap();
    let cli = dir.path().join("events.json");
    std::fs::write(&cli, r#"{
    "events": [
        {
            "timestamp": 1709287200123,
            "message": "2024-03-01 10:00:00 UTC:10.0.1.5(40112):app@shop:[4242]:LOG:  duration: 1.2 ms  statement: SELECT 1",
            "ingestionTime": 1709287201000
        }
    ],
    "nextForwardToken": "f/1"
}
"#).unwrap();
    let insights = dir.path().join("insights.csv");
    std::fs::write(
        &insights,
        "@timestamp,@message\n2024-03-01 10:00:00.123,\"2024-03-01 10:00:00 UTC::@:[1]:LOG:  x\"\n",
    )
    .unwrap();
    for (f, says) in [
        (&cli, "jq -r '.events[].message'"),
        (&insights, "Logs Insights"),
    ] {
        let o = common::pgadvisor(&[
            "audit",
            f.to_str().unwrap(),
            "--out",
            dir.path().join("r").to_str().unwrap(),
            "-q",
        ]);
        let err = String::from_utf8_lossy(&o.stderr);
        assert!(!o.status.success(), "{err}");
        assert!(
            err.contains(f.file_name().unwrap().to_str().unwrap()) && err.contains(says),
            "{err}"
        );
    }
}
