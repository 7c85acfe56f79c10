//! Logs written by a real PostgreSQL, read back by every reader.
use crate::common;

use common::TestCluster;
use pgadvisor::app;
use pgadvisor::input::{InputFormat, ReadOptions};
use pgadvisor::model::fingerprint::{Normalizer, TenantPattern};
use pgadvisor::model::workload::Workload;
use pgadvisor::report::json::{self, ReportOptions};
use std::collections::BTreeMap;
use std::path::Path;

fn fp(sql: &str) -> u64 {
    Normalizer::new(TenantPattern::default())
        .fingerprint(sql)
        .0
        .id
}

fn read(path: &Path, opts: &ReadOptions) -> (Workload, pgadvisor::input::InputSummary) {
    let (w, mut s) = app::read_inputs(&[path.to_owned()], opts, &Default::default())
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    (w, s.remove(0))
}

/// A log read whole, or in chunks of `chunk` lines; every line parsed.
fn read_in_chunks(path: &Path, chunk: Option<usize>) -> Workload {
    let (w, s) = read(
        path,
        &ReadOptions {
            chunk_size: chunk,
            ..ReadOptions::default()
        },
    );
    assert_eq!(s.unparsed_lines, 0, "chunk {chunk:?}");
    w
}

fn calls(w: &Workload) -> BTreeMap<u64, u64> {
    w.queries.iter().map(|(k, q)| (*k, q.calls)).collect()
}

/// A workload with simple, extended and prepared protocol, multi-line SQL,
/// tenant schemas, an error, a temp file and a lock wait.
fn run_workload(c: &TestCluster) {
    let mut db = c.client("postgres");
    db.batch_execute(
        "CREATE TABLE customers (id serial PRIMARY KEY, email text NOT NULL);
         CREATE TABLE orders (id serial PRIMARY KEY, customer_id int NOT NULL, total numeric, status text);
         INSERT INTO customers (email) SELECT 'u' || g || '@example.com' FROM generate_series(1, 1000) g;
         INSERT INTO orders (customer_id, total, status)
           SELECT g % 1000 + 1, g, CASE WHEN g % 3 = 0 THEN 'nova' ELSE 'paga' END FROM generate_series(1, 5000) g;
         CREATE SCHEMA tenant_1; CREATE SCHEMA tenant_2; CREATE SCHEMA tenant_3;
         CREATE TABLE tenant_1.orders (id int, status text);
         CREATE TABLE tenant_2.orders (id int, status text);
         CREATE TABLE tenant_3.orders (id int, status text);",
    )
    .unwrap();
    for i in 1..=20 {
        db.simple_query(&format!("SELECT * FROM orders WHERE customer_id = {i}"))
            .unwrap();
    }
    for i in 1..=20i32 {
        db.query("SELECT * FROM orders WHERE customer_id = $1", &[&i])
            .unwrap();
    }
    let st = db
        .prepare("SELECT email FROM customers WHERE id = $1")
        .unwrap();
    for i in 1..=30i32 {
        db.query(&st, &[&i]).unwrap();
    }
    db.simple_query("SELECT count(*)\n  FROM orders\n WHERE status = 'nova'")
        .unwrap();
    db.simple_query("SELECT * FROM customers WHERE id IN (1, 2, 3)")
        .unwrap();
    db.simple_query("SELECT * FROM customers WHERE id IN (4, 5)")
        .unwrap();
    for t in 1..=3 {
        db.simple_query(&format!(
            "SELECT count(*) FROM tenant_{t}.orders WHERE status = 'x'"
        ))
        .unwrap();
    }
    assert!(db.simple_query("SELECT * FROM missing_table").is_err());
    db.batch_execute(
        "SET work_mem = '64kB'; SELECT g FROM generate_series(1, 200000) g ORDER BY g DESC",
    )
    .unwrap();

    // A lock wait longer than deadlock_timeout (100 ms) is logged.
    let mut holder = c.client("postgres");
    holder
        .batch_execute("BEGIN; LOCK TABLE customers IN ACCESS EXCLUSIVE MODE")
        .unwrap();
    let conn = c.conninfo("postgres");
    let waiter = std::thread::spawn(move || {
        let mut w = postgres::Client::connect(&conn, postgres::NoTls).unwrap();
        w.simple_query("SELECT count(*) FROM customers").unwrap();
    });
    std::thread::sleep(std::time::Duration::from_millis(600));
    holder.batch_execute("COMMIT").unwrap();
    waiter.join().unwrap();
}

#[test]
fn stderr_csv_and_json_logs_of_a_real_cluster_agree() {
    let mut c = TestCluster::start("");
    run_workload(&c);
    c.stop();
    let (stderr, csv, jsonl) = c.logs();
    let opts = ReadOptions::default();
    let (ws, ss) = read(&stderr, &opts);
    let (wc, sc) = read(&csv, &opts);
    let (wj, sj) = read(&jsonl, &opts);
    assert_eq!(ss.format, Some(InputFormat::Stderr));
    assert_eq!(sc.format, Some(InputFormat::Csvlog));
    assert_eq!(sj.format, Some(InputFormat::Jsonlog));
    assert_eq!(
        ss.log_line_prefix.as_deref(),
        Some("%m [%p] %q%u@%d/%a "),
        "inferred prefix"
    );
    for s in [&ss, &sc, &sj] {
        assert_eq!(s.unparsed_lines, 0, "{}: {:?}", s.path, s.unparsed_samples);
        assert!(s.warnings.is_empty(), "{}: {:?}", s.path, s.warnings);
    }

    for w in [&ws, &wc, &wj] {
        // Simple protocol with literals and extended protocol with parameters are one query.
        let by_customer = &w.queries[&fp("SELECT * FROM orders WHERE customer_id = 1")];
        assert_eq!(by_customer.calls, 40);
        assert_eq!(by_customer.timed_calls, 40);
        assert_eq!(by_customer.databases.0.get("postgres"), Some(&40));
        assert_eq!(by_customer.users.0.get("postgres"), Some(&40));
        assert_eq!(by_customer.applications.0.get("pgadvisor-test"), Some(&40));
        assert!(by_customer.percentile_ms(0.95) <= by_customer.max_ms());
        assert!(by_customer.mean_ms() > 0.0);
        // A prepared statement executed 30 times.
        assert_eq!(
            w.queries[&fp("SELECT email FROM customers WHERE id = $1")].calls,
            30
        );
        // IN-lists of any length, multi-line text.
        assert_eq!(
            w.queries[&fp("SELECT * FROM customers WHERE id IN ($1)")].calls,
            2
        );
        assert_eq!(
            w.queries[&fp("SELECT count(*) FROM orders WHERE status = $1")].calls,
            1
        );
        // Tenant schemas fold into one query, tenants kept.
        let t = &w.queries[&fp("SELECT count(*) FROM tenant_9.orders WHERE status = $1")];
        assert_eq!(t.calls, 3);
        assert_eq!(t.tenants.0.len(), 3, "{:?}", t.tenants);
        assert!(
            t.normalized.contains("\"tenant_*\".orders"),
            "{}",
            t.normalized
        );
        // Server events.
        let e = &w.events;
        assert!(
            e.errors.keys().any(|k| k.starts_with("42P01 ")),
            "{:?}",
            e.errors
        );
        assert!(
            e.temp_files >= 1 && e.temp_bytes > 0,
            "temp files {}",
            e.temp_files
        );
        assert!(e.lock_waits >= 1, "lock waits {}", e.lock_waits);
        assert!(e.connections_authorized >= 3 && e.disconnections >= 2);
        assert!(e.checkpoints_completed >= 1, "shutdown checkpoint");
        // Errors and temp files are tied to the statement that caused them.
        let missing = &w.queries[&fp("SELECT * FROM missing_table")];
        assert_eq!((missing.calls, missing.errors), (0, 1));
        // batch_execute sends both statements as one query string.
        let sort = &w.queries
            [&fp("SET work_mem = '1kB'; SELECT g FROM generate_series(1, 2) g ORDER BY g DESC")];
        assert!(sort.temp_files >= 1 && sort.temp_bytes > 0, "{sort:?}");
    }
    // The three formats carry the same messages: the same workload.
    assert_eq!(calls(&ws), calls(&wc));
    assert_eq!(calls(&ws), calls(&wj));
    let totals = |w: &Workload| {
        w.queries
            .iter()
            .map(|(k, q)| (*k, q.total_us))
            .collect::<BTreeMap<_, _>>()
    };
    assert_eq!(totals(&ws), totals(&wc));

    // Chunk edges change nothing: parse with tiny chunks and compare reports.
    for path in [&stderr, &csv, &jsonl] {
        let (w1, s1) = read(path, &opts);
        let (w2, s2) = read(
            path,
            &ReadOptions {
                chunk_size: Some(300),
                ..ReadOptions::default()
            },
        );
        let r1 = json::build(&w1, vec![s1], ReportOptions::default(), Default::default());
        let r2 = json::build(&w2, vec![s2], ReportOptions::default(), Default::default());
        assert_eq!(r1.queries, r2.queries, "{}", path.display());
        assert_eq!(r1.events, r2.events, "{}", path.display());
        assert_eq!(r1.summary, r2.summary, "{}", path.display());
        assert_eq!(r1.activity, r2.activity, "{}", path.display());
        assert_eq!(w1.sessions.map, w2.sessions.map, "{}", path.display());
    }
}

#[test]
fn log_statement_with_log_duration_pairs_durations_across_chunks() {
    let mut c = TestCluster::start(
        "log_min_duration_statement = -1\nlog_statement = 'all'\nlog_duration = on\n",
    );
    let mut db = c.client("postgres");
    db.batch_execute("CREATE TABLE t (id int PRIMARY KEY, v text)")
        .unwrap();
    for i in 1..=50 {
        db.simple_query(&format!("INSERT INTO t VALUES ({i}, 'v{i}')"))
            .unwrap();
    }
    let st = db.prepare("SELECT v FROM t WHERE id = $1").unwrap();
    for i in 1..=50i32 {
        db.query(&st, &[&i]).unwrap();
    }
    drop(db);
    c.stop();
    let (stderr, _, _) = c.logs();
    let mut timelines = Vec::new();
    for chunk in [None, Some(200)] {
        let w = read_in_chunks(&stderr, chunk);
        let ins = &w.queries[&fp("INSERT INTO t VALUES ($1, $2)")];
        assert_eq!((ins.calls, ins.timed_calls), (50, 50), "chunk {chunk:?}");
        let sel = &w.queries[&fp("SELECT v FROM t WHERE id = $1")];
        assert_eq!((sel.calls, sel.timed_calls), (50, 50), "chunk {chunk:?}");
        // log_duration also times the parse (once) and bind (50×) steps, which
        // log_statement does not print: those durations have no statement.
        assert_eq!(w.events.durations_without_statement, 51, "chunk {chunk:?}");
        // The session ended and settled: its loops were found with every
        // execution timed (a burst's time is its steps' durations), and
        // with the session start from its connection line.
        assert!(w.sessions.map.is_empty(), "settled at its disconnection");
        assert_eq!(w.sessions.count(), 1);
        for (q, id) in [
            (sel, fp("SELECT v FROM t WHERE id = $1")),
            (ins, fp("INSERT INTO t VALUES ($1, $2)")),
        ] {
            let bursts: Vec<_> = w.loop_bursts.iter().filter(|b| b.child == id).collect();
            assert_eq!(
                bursts.iter().map(|b| b.executions).sum::<usize>(),
                50,
                "chunk {chunk:?}"
            );
            assert_eq!(
                bursts.iter().map(|b| b.time_us).sum::<u64>(),
                q.total_us,
                "every step timed (chunk {chunk:?})"
            );
            assert!(
                bursts.iter().all(|b| b.session.start_ms > 0),
                "session start known"
            );
        }
        timelines.push(w.timeline.clone());
    }
    // A duration in the next chunk counts in its minute too.
    assert_eq!(timelines[0], timelines[1]);
}

/// With a prefix that names no user, database or application, a session's
/// client is known from its `connection authorized` line only: its
/// disconnection, read in a later chunk, still counts under that client
/// (it counted under an empty one), whatever the chunk size.
#[test]
fn disconnections_find_their_client_across_chunks() {
    let mut c = TestCluster::start("log_line_prefix = '%m [%p] '\n");
    for k in 0..20 {
        let app = if k % 2 == 0 { "churn-a" } else { "churn-b" };
        let info = c.conninfo("postgres").replace(
            "application_name=pgadvisor-test",
            &format!("application_name={app}"),
        );
        let mut db = postgres::Client::connect(&info, postgres::NoTls).unwrap();
        db.simple_query("SELECT 1").unwrap();
    }
    c.stop();
    let (stderr, _, _) = c.logs();
    let mut seen = Vec::new();
    for chunk in [None, Some(3), Some(7), Some(64)] {
        let w = read_in_chunks(&stderr, chunk);
        let clients: BTreeMap<String, (u64, u64, u64)> = w
            .events
            .clients
            .values()
            .map(|c| {
                (
                    format!("{}@{}/{}", c.user, c.database, c.application),
                    (c.connections, c.sessions_ended, c.session_ms),
                )
            })
            .collect();
        for app in ["churn-a", "churn-b"] {
            let (conns, ended, _) = clients[&format!("postgres@postgres/{app}")];
            assert_eq!((conns, ended), (10, 10), "chunk {chunk:?}: {clients:?}");
        }
        seen.push(clients);
    }
    assert!(seen.windows(2).all(|p| p[0] == p[1]), "{seen:#?}");
}
