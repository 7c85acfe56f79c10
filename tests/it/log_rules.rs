//! The log rules on a real server's log: lock waits with their holder, temp
//! files with the work_mem that removes them, a burst of duplicate-key errors
//! with the ON CONFLICT rewrite, and a client connecting per request. The SQL
//! they propose is run on the same server.
use crate::common;

use pgadvisor::app;
use pgadvisor::input::ReadOptions;
use std::time::Duration;

fn setup(db: &mut postgres::Client) {
    db.batch_execute(
        "CREATE TABLE accounts (id int PRIMARY KEY, messages_sent int NOT NULL DEFAULT 0);
         INSERT INTO accounts SELECT g FROM generate_series(1, 10) g;
         CREATE TABLE contacts (id int PRIMARY KEY, phone text NOT NULL);
         INSERT INTO contacts SELECT g, '+55' || g FROM generate_series(1, 50) g;
         CREATE TABLE events (id serial PRIMARY KEY, note text NOT NULL);
         INSERT INTO events (note) SELECT md5(g::text) FROM generate_series(1, 100000) g;
         ANALYZE;",
    )
    .unwrap();
}

/// The statement of `hex` in the workload, normalized.
fn text_of(w: &pgadvisor::model::workload::Workload, hex: &str) -> String {
    w.queries
        .iter()
        .find(|(id, _)| pgadvisor::report::json::fingerprint_hex(**id) == hex)
        .map(|(_, q)| q.normalized.clone())
        .unwrap_or_default()
}

const SPILL: &str = "SELECT note FROM events ORDER BY note DESC";
const HOT: &str = "UPDATE accounts SET messages_sent = messages_sent + 1 WHERE id = 1";

#[test]
fn log_rules_on_a_real_log() {
    let mut c = common::TestCluster::start("");
    let mut db = c.client("postgres");
    setup(&mut db);
    // A row lock: the holder updates the hot row and keeps its transaction open.
    let mut holder = c.client("postgres");
    holder.batch_execute("BEGIN").unwrap();
    holder.batch_execute(HOT).unwrap();
    let conninfo = c.conninfo("postgres");
    let waiter = std::thread::spawn(move || {
        let mut w = postgres::Client::connect(&conninfo, postgres::NoTls).unwrap();
        w.batch_execute(HOT).unwrap();
    });
    std::thread::sleep(Duration::from_millis(400));
    holder.batch_execute("COMMIT").unwrap();
    waiter.join().unwrap();
    // Temp files.
    for _ in 0..2 {
        db.batch_execute("SET work_mem = '64kB'").unwrap();
        db.batch_execute(SPILL).unwrap();
        db.batch_execute("RESET work_mem").unwrap();
    }
    // Duplicate keys caught as errors (upsert by trial), 12 within a minute.
    for i in 0..12 {
        let e = db
            .execute(
                "INSERT INTO contacts (id, phone) VALUES ($1, $2)",
                &[&(i % 5 + 1), &"+1"],
            )
            .unwrap_err();
        assert_eq!(e.code(), Some(&postgres::error::SqlState::UNIQUE_VIOLATION));
    }
    // A worker connecting for every job.
    for _ in 0..61 {
        let mut w = postgres::Client::connect(
            &format!("{} application_name=worker", c.conninfo("postgres")),
            postgres::NoTls,
        )
        .unwrap();
        w.batch_execute("SELECT 1").unwrap();
    }
    drop(db);
    drop(holder);
    c.stop();
    let (stderr, csv, json) = c.logs();
    let mut fixes = Vec::new();
    for log in [stderr, csv, json] {
        let (w, s) = app::read_inputs(
            std::slice::from_ref(&log),
            &ReadOptions::default(),
            &Default::default(),
        )
        .unwrap();
        assert_eq!(s[0].unparsed_lines, 0, "{}", log.display());
        let advice = app::advise(&w, None);
        let of = |rule: &str| -> Vec<&pgadvisor::findings::Finding> {
            advice.findings.iter().filter(|f| f.rule == rule).collect()
        };
        let name = log.display();

        let locks = of("lock-wait");
        assert_eq!(locks.len(), 1, "{name}: {locks:?}");
        let l = locks[0];
        assert_eq!(l.evidence["lock"], "ShareLock on transaction", "{name}");
        assert_eq!(l.subject.table, "accounts");
        assert!(
            l.evidence["max_wait_ms"].as_f64().unwrap() >= 200.0,
            "{name}: {l:?}"
        );
        let hot = "UPDATE accounts SET messages_sent = messages_sent + $1 WHERE id = $2";
        let holder_text = l.evidence["holders_last_statement"][0]["text"].as_str();
        assert_eq!(holder_text, Some(hot), "{name}: {l:?}");
        assert_eq!(text_of(&w, l.evidence["statement"].as_str().unwrap()), hot);

        let temp = of("temp-files");
        assert_eq!(temp.len(), 1, "{name}: {temp:?}");
        assert_eq!(
            text_of(&w, &temp[0].queries[0]),
            "SELECT note FROM events ORDER BY note DESC"
        );
        assert_eq!(temp[0].evidence["temp_files"], 2);

        let errors = of("error-burst");
        assert_eq!(errors.len(), 1, "{name}: {errors:?}");
        let e = errors[0];
        assert_eq!(e.evidence["sqlstate"], "23505", "{name}");
        assert_eq!(e.evidence["count"], 12);
        assert_eq!(e.severity, pgadvisor::findings::Severity::Warning, "{name}");
        assert_eq!(
            e.sql(),
            ["INSERT INTO contacts (id, phone) VALUES ($1, $2) ON CONFLICT DO NOTHING;"]
        );

        let churn = of("connection-churn");
        assert_eq!(churn.len(), 1, "{name}: {churn:?}");
        assert_eq!(churn[0].evidence["application"], "worker");
        assert_eq!(churn[0].evidence["connections"], 61, "{name}");
        assert!(
            churn[0].evidence["mean_setup_ms"].as_f64().is_some(),
            "{name}"
        );
        fixes.push((temp[0].sql(), e.sql()));
    }
    assert!(fixes.windows(2).all(|w| w[0] == w[1]), "{fixes:?}");

    // The fixes, run on the same data.
    c.restart();
    let mut db = c.client("postgres");
    let (work_mem, upsert) = &fixes[0];
    db.batch_execute("SET work_mem = '64kB'").unwrap();
    let before =
        common::lines(&mut db, &format!("EXPLAIN (ANALYZE, COSTS OFF) {SPILL}")).join("\n");
    assert!(before.contains("external"), "{before}");
    db.batch_execute(&work_mem[0]).unwrap();
    let after = common::lines(&mut db, &format!("EXPLAIN (ANALYZE, COSTS OFF) {SPILL}")).join("\n");
    assert!(
        !after.contains("external") && after.contains("Memory"),
        "{work_mem:?}\n{after}"
    );
    let n = db
        .execute(upsert[0].trim_end_matches(';'), &[&1, &"+1"])
        .unwrap();
    assert_eq!(n, 0, "a duplicate is skipped, not an error");
    let n = db
        .execute(upsert[0].trim_end_matches(';'), &[&51, &"+1"])
        .unwrap();
    assert_eq!(n, 1, "a new row is inserted");
}
