//! pg_stat_statements exports and .sql workloads as inputs.
use pgadvisor::app;
use pgadvisor::input::{InputFormat, ReadOptions};
use pgadvisor::model::fingerprint::{Normalizer, TenantPattern};
use pgadvisor::model::stats::StatsSource;
use std::path::{Path, PathBuf};

fn repo(p: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(p)
}

fn fp(sql: &str) -> u64 {
    Normalizer::new(TenantPattern::default())
        .fingerprint(sql)
        .0
        .id
}

#[test]
fn pg_stat_statements_csv_agrees_with_the_log_of_the_same_run() {
    let (pgss, s) = app::read_inputs(
        &[repo("samples/pg_stat_statements.csv")],
        &ReadOptions::default(),
        &Default::default(),
    )
    .unwrap();
    assert_eq!(s[0].format, Some(InputFormat::PgStatStatementsCsv));
    assert_eq!(s[0].unparsed_lines, 0);
    let (log, _) = app::read_inputs(
        &[repo("samples/logs")],
        &ReadOptions::default(),
        &Default::default(),
    )
    .unwrap();
    let id =
        fp("SELECT id, phone, status, sent_at FROM tenant_1.whatsapp_logs WHERE campaign_id = $1");
    let (a, b) = (&pgss.queries[&id], &log.queries[&id]);
    assert_eq!(
        a.calls, b.calls,
        "pgss folds five per-tenant entries into the log's one query"
    );
    assert_eq!(a.tenants.0.len(), 5);
    assert_eq!(a.source, StatsSource::PgStatStatements);
    let p95 = a.percentile_ms(0.95);
    assert!(p95 >= a.min_ms() && p95 <= a.max_ms() && p95 >= a.mean_ms());
    assert_eq!(a.databases.0.get("postgres"), Some(&a.calls));
}

#[test]
fn pg_stat_statements_json_and_old_column_names() {
    let dir = tempfile::tempdir().unwrap();
    let rows = r#"[{"query": "SELECT * FROM users WHERE email = $1", "calls": 10, "total_exec_time": 55.5,
                    "min_exec_time": 0.5, "max_exec_time": 20.0, "stddev_exec_time": 5.0, "rows": 10,
                    "datname": "app", "rolname": "web"},
                   {"query": "select * from users where email = $1", "calls": 5, "total_exec_time": 4.5,
                    "datname": "app", "rolname": "batch"}]"#;
    let json = dir.path().join("pgss.json");
    std::fs::write(&json, rows).unwrap();
    let ndjson = dir.path().join("pgss.ndjson");
    let lines: Vec<String> = serde_json::from_str::<Vec<serde_json::Value>>(rows)
        .unwrap()
        .iter()
        .map(|v| v.to_string())
        .collect();
    std::fs::write(&ndjson, lines.join("\n") + "\n").unwrap();
    let pg12 = dir.path().join("pgss12.csv");
    std::fs::write(
        &pg12,
        "userid,dbid,queryid,query,calls,total_time,min_time,max_time,mean_time,stddev_time,rows\n\
         10,16384,1,\"SELECT * FROM users WHERE email = $1\",15,60,0.5,20,4,5,20\n",
    )
    .unwrap();
    let id = fp("SELECT * FROM users WHERE email = 'x'");
    for p in [&json, &ndjson] {
        let (w, s) = app::read_inputs(
            std::slice::from_ref(p),
            &ReadOptions::default(),
            &Default::default(),
        )
        .unwrap();
        assert_eq!(
            s[0].format,
            Some(InputFormat::PgStatStatementsJson),
            "{}",
            p.display()
        );
        let q = &w.queries[&id];
        assert_eq!(q.calls, 15);
        assert_eq!(q.total_us, 60_000);
        assert_eq!(q.users.0.len(), 2);
    }
    let (w, s) = app::read_inputs(&[pg12], &ReadOptions::default(), &Default::default()).unwrap();
    assert_eq!(s[0].format, Some(InputFormat::PgStatStatementsCsv));
    assert_eq!(
        (w.queries[&id].calls, w.queries[&id].total_us),
        (15, 60_000)
    );
}

#[test]
fn sql_workload_files() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("workload.sql");
    std::fs::write(
        &f,
        "-- the dashboard\nSELECT count(*) FROM orders WHERE status = 'nova';\n\
         SELECT count(*) FROM orders WHERE status = 'paga';\n\
         CREATE FUNCTION f() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql;\n",
    )
    .unwrap();
    let (w, s) = app::read_inputs(&[f], &ReadOptions::default(), &Default::default()).unwrap();
    assert_eq!(s[0].format, Some(InputFormat::Sql));
    assert_eq!(w.queries.len(), 2);
    let q = &w.queries[&fp("SELECT count(*) FROM orders WHERE status = $1")];
    assert_eq!(
        (q.calls, q.timed_calls, q.source),
        (2, 0, StatsSource::SqlFile)
    );
}
