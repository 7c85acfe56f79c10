//! auto_explain plans in the log, text and JSON, tied to their query and
//! diagnosed in the audit.
use crate::common;

use pgadvisor::app;
use pgadvisor::input::ReadOptions;

#[test]
fn auto_explain_plans_become_findings_on_their_query() {
    let mut c = common::TestCluster::start(
        "session_preload_libraries = 'auto_explain'\nauto_explain.log_min_duration = 0\nauto_explain.log_analyze = on\nauto_explain.log_buffers = on\n",
    );
    let mut db = c.client("postgres");
    db.batch_execute(
        "SET max_parallel_workers_per_gather = 0;
         CREATE TABLE orders (id serial PRIMARY KEY, status text NOT NULL, note text);
         INSERT INTO orders (status, note) SELECT CASE WHEN g % 1000 = 0 THEN 'rare' ELSE 'paga' END, md5(g::text)
           FROM generate_series(1, 100000) g;
         ANALYZE orders;",
    )
    .unwrap();
    // A spilling sort, planned in the text format.
    db.batch_execute("SET work_mem = '64kB'").unwrap();
    db.simple_query("SELECT note FROM orders\n ORDER BY note")
        .unwrap();
    db.batch_execute("RESET work_mem; SET auto_explain.log_format = 'json'")
        .unwrap();
    // A big filter, planned in JSON.
    for _ in 0..3 {
        db.query("SELECT id FROM orders WHERE status = $1", &[&"rare"])
            .unwrap();
    }
    drop(db);
    c.stop();
    let (stderr, csv, _) = c.logs();
    for log in [stderr, csv] {
        let (w, s) = app::read_inputs(
            std::slice::from_ref(&log),
            &ReadOptions::default(),
            &Default::default(),
        )
        .unwrap();
        assert_eq!(s[0].unparsed_lines, 0, "{}", log.display());
        assert!(w.unreadable_plans.is_empty(), "{:?}", w.unreadable_plans);
        let text_of = |hex: &String| {
            w.queries
                .iter()
                .find(|(id, _)| pgadvisor::report::json::fingerprint_hex(**id) == *hex)
                .map(|(_, q)| q.normalized.clone())
                .unwrap_or_default()
        };
        let rules: Vec<(String, String)> = app::advise(&w, None)
            .findings
            .iter()
            .filter(|f| ["disk-spill", "seq-scan-filter"].contains(&f.rule.as_str()))
            .map(|f| (f.rule.as_str().to_owned(), text_of(&f.queries[0])))
            .collect();
        assert!(
            rules.contains(&(
                "disk-spill".into(),
                "SELECT note FROM orders ORDER BY note".into()
            )),
            "{}: {rules:?}",
            log.display()
        );
        assert!(
            rules.contains(&(
                "seq-scan-filter".into(),
                "SELECT id FROM orders WHERE status = $1".into()
            )),
            "{}: {rules:?}",
            log.display()
        );
    }
}

/// Plans the rules never saw are said so: unreadable ones with their line
/// and reason, ones without a `Query Text` as not tied to a statement.
#[test]
fn plans_not_diagnosed_are_named() {
    let dir = tempfile::tempdir().unwrap();
    let log = dir.path().join("pg.log");
    std::fs::write(
        &log,
        "2024-01-01 10:00:00.000 UTC [7] LOG:  duration: 5.0 ms  statement: SELECT 1\n\
         2024-01-01 10:00:01.000 UTC [7] LOG:  duration: 900.0 ms  plan:\n\
         \tSeq Scan on orders  (cost=0.00..1000.00 rows=100 width=8) (actual time=0.1..900.0 rows=100 loops=1)\n\
         2024-01-01 10:00:02.000 UTC [7] LOG:  duration: 800.0 ms  plan:\n\
         \tthe plan was lost here\n",
    )
    .unwrap();
    let out = dir.path().join("out");
    let o = common::pgadvisor(&[
        "audit",
        log.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
        "--format",
        "json",
    ]);
    assert!(
        o.status.code().is_some_and(|c| c <= 1),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let said = common::report(&out)["diagnostics"].to_string();
    assert!(
        said.contains("1 of 2 auto_explain plans could not be read"),
        "{said}"
    );
    assert!(said.contains("line 4"), "{said}");
    assert!(
        said.contains("1 of 2 auto_explain plans carry no Query Text"),
        "{said}"
    );
}
