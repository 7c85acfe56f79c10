//! tenant-schema-drift on a real schema-per-tenant database: the failing
//! tenants are found from the log, the DDL is applied, and the drift is gone.
use crate::common;

use common::TestCluster;
use pgadvisor::app;
use pgadvisor::findings::{Finding, Severity};
use pgadvisor::input::{schema_dump, ReadOptions};

fn setup(db: &mut postgres::Client) {
    for t in 1..=5 {
        let deleted_at = if t == 4 {
            ""
        } else {
            ", deleted_at timestamptz"
        };
        db.batch_execute(&format!(
            "CREATE SCHEMA tenant_{t};
             CREATE TABLE tenant_{t}.customers (id serial PRIMARY KEY, account_id int NOT NULL,
                                                status text NOT NULL DEFAULT 'ativo'{deleted_at});
             INSERT INTO tenant_{t}.customers (account_id) SELECT g FROM generate_series(1, 100) g;"
        ))
        .unwrap();
        if t != 2 {
            db.batch_execute(&format!(
                "CREATE INDEX customers_account_id_idx ON tenant_{t}.customers (account_id)"
            ))
            .unwrap();
        }
        if t != 5 {
            db.batch_execute(&format!(
                "CREATE TABLE tenant_{t}.skills (id serial PRIMARY KEY, customer_id int NOT NULL REFERENCES tenant_{t}.customers(id), name text)"
            ))
            .unwrap();
        }
        if t <= 2 {
            db.batch_execute(&format!("CREATE TABLE tenant_{t}.locations (id serial PRIMARY KEY, customer_id int, city text)")).unwrap();
        }
    }
}

fn workload(db: &mut postgres::Client) {
    for t in 1..=5 {
        for _ in 0..3 {
            // Fails with 42P01 in the tenants without the table.
            let _ = db.simple_query(&format!(
                "SELECT city FROM tenant_{t}.locations WHERE customer_id = 7"
            ));
        }
        db.simple_query(&format!(
            "SELECT count(*) FROM tenant_{t}.customers WHERE account_id = 3"
        ))
        .unwrap();
    }
}

fn drift(c: &mut TestCluster) -> Vec<Finding> {
    let dump = c.dump_schema("postgres");
    c.stop();
    let (mut w, _) =
        app::read_inputs(&[c.logs().0], &ReadOptions::default(), &Default::default()).unwrap();
    app::finalize(&mut w, &Default::default(), None);
    let (schema, summary) = schema_dump::parse(&dump);
    assert!(summary.failed.is_empty(), "{:?}", summary.failed);
    let all = app::advise(&w, Some((&schema, &summary))).findings;
    c.restart();
    all.into_iter()
        .filter(|f| f.rule == "tenant-schema-drift")
        .collect()
}

#[test]
fn drift_is_found_fixed_and_gone() {
    let mut c = TestCluster::start("");
    let mut db = c.client("postgres");
    setup(&mut db);
    workload(&mut db);
    drop(db);
    let found = drift(&mut c);
    let titles: Vec<&str> = found.iter().map(|f| f.title.as_str()).collect();
    let get = |needle: &str| {
        found
            .iter()
            .find(|f| f.title.contains(needle))
            .unwrap_or_else(|| panic!("{needle}: {titles:#?}"))
    };
    let locations = get("Table locations");
    assert_eq!(locations.severity, Severity::Critical);
    assert_eq!(
        locations.evidence["missing_in"],
        serde_json::json!(["tenant_3", "tenant_4", "tenant_5"])
    );
    assert_eq!(
        locations.evidence["failed_executions_by_tenant"],
        serde_json::json!({"tenant_3": 3, "tenant_4": 3, "tenant_5": 3})
    );
    let skills = get("Table skills");
    assert_eq!(
        skills.evidence["missing_in"],
        serde_json::json!(["tenant_5"])
    );
    let column = get("Column customers.deleted_at");
    assert_eq!(
        column.evidence["missing_in"],
        serde_json::json!(["tenant_4"])
    );
    let index = get("Index customers_account_id_idx");
    assert_eq!(
        index.evidence["missing_in"],
        serde_json::json!(["tenant_2"])
    );
    assert_eq!(found.len(), 4, "{titles:#?}");

    let mut db = c.client("postgres");
    for f in &found {
        for s in &f.sql() {
            db.batch_execute(s).unwrap_or_else(|e| panic!("{s}: {e}"));
        }
    }
    // The failing page works in every tenant now.
    for t in 3..=5 {
        db.simple_query(&format!(
            "SELECT city FROM tenant_{t}.locations WHERE customer_id = 7"
        ))
        .unwrap();
    }
    // The new table has its own sequence and its foreign key points at its own tenant.
    db.batch_execute("INSERT INTO tenant_5.skills (customer_id, name) VALUES (1, 'x'), (2, 'y')")
        .unwrap();
    let ids: Vec<i32> = db
        .query("SELECT id FROM tenant_5.skills ORDER BY id", &[])
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect();
    assert_eq!(ids, vec![1, 2]);
    assert!(
        db.batch_execute("INSERT INTO tenant_5.skills (customer_id) VALUES (100000)")
            .is_err(),
        "FK enforced"
    );
    let col: i64 = db
        .query_one("SELECT count(*) FROM information_schema.columns WHERE table_schema = 'tenant_4' AND column_name = 'deleted_at'", &[])
        .unwrap()
        .get(0);
    assert_eq!(col, 1);
    let idx: i64 = db
        .query_one("SELECT count(*) FROM pg_indexes WHERE schemaname = 'tenant_2' AND indexname = 'customers_account_id_idx'", &[])
        .unwrap()
        .get(0);
    assert_eq!(idx, 1);
    drop(db);
    let after = drift(&mut c);
    assert!(
        after.is_empty(),
        "{:#?}",
        after.iter().map(|f| &f.title).collect::<Vec<_>>()
    );
}

#[test]
fn without_a_schema_dump_the_failing_tenants_are_still_reported() {
    let dir = tempfile::tempdir().unwrap();
    let log = dir.path().join("t.log");
    let mut text = String::new();
    for t in [3, 4, 4] {
        text.push_str(&format!(
            "2024-01-01 10:00:00.000 UTC [9] app@db ERROR:  relation \"tenant_{t}.locations\" does not exist at character 18\n\
             2024-01-01 10:00:00.000 UTC [9] app@db STATEMENT:  SELECT city FROM tenant_{t}.locations WHERE customer_id = 7\n"
        ));
    }
    text.push_str("2024-01-01 10:00:01.000 UTC [9] app@db LOG:  duration: 1.000 ms  statement: SELECT city FROM tenant_1.locations WHERE customer_id = 7\n");
    // tenant_3 and tenant_4 exist (their other statements ran); tenant_99
    // does not: every statement sent there failed.
    for t in [1, 3, 4] {
        text.push_str(&format!("2024-01-01 10:00:02.000 UTC [9] app@db LOG:  duration: 1.000 ms  statement: SELECT name FROM tenant_{t}.customers WHERE id = 7\n"));
    }
    for _ in 0..3 {
        text.push_str(
            "2024-01-01 10:00:03.000 UTC [9] app@db ERROR:  relation \"tenant_99.customers\" does not exist at character 18\n\
             2024-01-01 10:00:03.000 UTC [9] app@db STATEMENT:  SELECT name FROM tenant_99.customers WHERE id = 7\n",
        );
    }
    std::fs::write(&log, text).unwrap();
    let (mut w, _) =
        app::read_inputs(&[log], &ReadOptions::default(), &Default::default()).unwrap();
    app::finalize(&mut w, &Default::default(), None);
    let advice = app::advise(&w, None);
    let f: Vec<Finding> = advice
        .findings
        .into_iter()
        .filter(|f| f.rule == "tenant-schema-drift")
        .collect();
    assert_eq!(f.len(), 1, "{f:#?}");
    // A tenant that does not exist is the application's error, not drift: said, with no DDL.
    assert!(
        advice
            .diagnostics
            .iter()
            .any(|d| d.contains("3 statements failed in schema tenant_99, which does not exist")),
        "{:?}",
        advice.diagnostics
    );
    assert_eq!(f[0].severity, Severity::Critical);
    assert_eq!(
        f[0].evidence["failed_executions_by_tenant"],
        serde_json::json!({"tenant_3": 1, "tenant_4": 2})
    );
    assert!(f[0].sql().is_empty(), "no DDL without a schema");
    assert!(f[0].evidence["note"].as_str().unwrap().contains("--schema"));
}
