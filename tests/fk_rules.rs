//! missing-foreign-key and unindexed-foreign-key on a real database: the log
//! and `pg_dump --schema-only` of a real workload go in, every generated
//! statement is executed, and its effect is checked.
mod common;

use common::TestCluster;
use pgadvisor::app;
use pgadvisor::findings::{Finding, Severity};
use pgadvisor::input::{schema_dump, ReadOptions};
use std::collections::BTreeSet;

const SCHEMA: &str = r#"
CREATE TABLE accounts (id serial PRIMARY KEY, name text NOT NULL);
CREATE TABLE customers (id serial PRIMARY KEY, account_id int NOT NULL, name text);
CREATE TABLE orders (id serial PRIMARY KEY, customer_id int NOT NULL, total numeric NOT NULL);
-- a declared FK without an index: must fire
CREATE TABLE order_items (id serial PRIMARY KEY, order_id int NOT NULL REFERENCES orders(id), sku text);
-- a declared FK led by an index on (order_id, amount): covered, must not fire
CREATE TABLE payments (id serial PRIMARY KEY, order_id int NOT NULL REFERENCES orders(id), amount numeric);
CREATE INDEX payments_order_amount_idx ON payments (order_id, amount);
-- an index on (created_at, order_id) does not lead with the FK: must fire
CREATE TABLE refunds (id serial PRIMARY KEY, order_id int REFERENCES orders(id), created_at timestamptz DEFAULT now());
CREATE INDEX refunds_created_order_idx ON refunds (created_at, order_id);
-- *_id pointing nowhere, and two possible targets: nothing must fire
CREATE TABLE widgets (id serial PRIMARY KEY, gadget_id int, category_id int);
CREATE TABLE category (id int PRIMARY KEY);
CREATE TABLE categories (id int PRIMARY KEY);
INSERT INTO accounts (name) SELECT 'a' || g FROM generate_series(1, 50) g;
INSERT INTO customers (account_id, name) SELECT g % 50 + 1, 'c' || g FROM generate_series(1, 2000) g;
INSERT INTO customers (account_id, name) VALUES (999, 'orphan');
INSERT INTO orders (customer_id, total) SELECT g % 2000 + 1, g FROM generate_series(1, 20000) g;
INSERT INTO order_items (order_id, sku) SELECT g % 20000 + 1, 's' || g FROM generate_series(1, 60000) g;
INSERT INTO refunds (order_id) SELECT g FROM generate_series(1, 500) g;
ANALYZE;
"#;

fn workload(db: &mut postgres::Client) {
    for i in 1..=20 {
        db.query("SELECT c.name, a.name FROM customers c JOIN accounts a ON a.id = c.account_id WHERE c.id = $1", &[&i]).unwrap();
        db.query("SELECT o.total FROM orders o JOIN customers c ON c.id = o.customer_id WHERE c.account_id = $1", &[&i]).unwrap();
        db.query("SELECT sku FROM order_items WHERE order_id = $1", &[&i])
            .unwrap();
    }
    db.simple_query("DELETE FROM orders WHERE id = 19999 AND NOT EXISTS (SELECT 1 FROM order_items WHERE order_id = 19999)").unwrap();
}

/// Dumps the schema, stops the server (flushing the log), and analyses both.
fn advise(c: &mut TestCluster) -> Vec<Finding> {
    advice(c).findings
}

fn advice(c: &mut TestCluster) -> pgadvisor::report::json::Advice {
    let dump = c.dump_schema("postgres");
    c.stop();
    let (mut w, _) = app::read_inputs(&[c.logs().0], &ReadOptions::default()).unwrap();
    app::finalize(&mut w, &ReadOptions::default());
    let (schema, summary) = schema_dump::parse(&dump);
    assert!(summary.failed.is_empty(), "{:?}", summary.failed);
    app::advise(&w, Some((&schema, &summary)))
}

/// The foreign-key findings (the loop in `workload` is also an N+1, tested elsewhere).
fn keys(f: &[Finding]) -> BTreeSet<(String, String, String)> {
    f.iter()
        .filter(|f| f.rule.ends_with("foreign-key"))
        .map(|f| {
            (
                f.rule.clone(),
                format!("{}.{}", f.subject.schema, f.subject.table),
                f.subject.columns.join(","),
            )
        })
        .collect()
}

#[test]
fn foreign_key_findings_and_their_sql_work() {
    let mut c = TestCluster::start("");
    let mut db = c.client("postgres");
    db.batch_execute(SCHEMA).unwrap();
    workload(&mut db);
    drop(db);
    let advice = advice(&mut c);
    // The schema graph: declared keys, and joins seen in the workload with their calls.
    let graph = advice.graph.as_ref().unwrap();
    let edge = |from: &str, to: &str| {
        graph
            .edges
            .iter()
            .find(|e| e.from == from && e.to == to)
            .unwrap_or_else(|| panic!("{from} → {to}"))
    };
    let declared = edge("public.order_items", "public.orders");
    assert!(declared.declared && declared.observed_calls == 0);
    let joined = edge("public.customers", "public.accounts");
    assert!(!joined.declared);
    assert_eq!(
        (joined.from_columns.as_slice(), joined.to_columns.as_slice()),
        (&["account_id".to_owned()][..], &["id".to_owned()][..])
    );
    assert_eq!(joined.observed_calls, 20);
    assert!(joined.observed_ms > 0.0 && joined.queries.len() == 1);
    let findings = advice.findings;
    let want: BTreeSet<(String, String, String)> = [
        ("missing-foreign-key", "public.customers", "account_id"),
        ("missing-foreign-key", "public.orders", "customer_id"),
        ("unindexed-foreign-key", "public.order_items", "order_id"),
        ("unindexed-foreign-key", "public.refunds", "order_id"),
    ]
    .iter()
    .map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string()))
    .collect();
    assert_eq!(keys(&findings), want, "{findings:#?}");

    let by = |rule: &str, table: &str| {
        findings
            .iter()
            .find(|f| f.rule == rule && f.subject.table == table)
            .unwrap()
            .clone()
    };
    let fk = by("missing-foreign-key", "customers");
    assert_eq!(fk.severity, Severity::Warning, "seen in a join");
    assert!(fk.impact_ms > 0.0 && !fk.queries.is_empty());
    let unindexed = by("unindexed-foreign-key", "order_items");
    assert_eq!(unindexed.severity, Severity::Warning);
    assert_eq!(
        unindexed.evidence["lookups"].as_array().unwrap().len(),
        2,
        "the SELECT and the DELETE subquery: {}",
        unindexed.evidence
    );
    assert!(
        !unindexed.evidence["parent_deletes_or_key_updates"]
            .as_array()
            .unwrap()
            .is_empty(),
        "{}",
        unindexed.evidence
    );

    // Apply the SQL on a fresh copy of the database and check each effect.
    c = TestCluster::start("");
    let mut db = c.client("postgres");
    db.batch_execute(SCHEMA).unwrap();
    assert_eq!(
        fk.sql.len(),
        4,
        "orphans, NOT VALID, VALIDATE, index: {:?}",
        fk.sql
    );
    let orphans: i64 = db.query_one(fk.sql[0].as_str(), &[]).unwrap().get(0);
    assert_eq!(orphans, 1, "the one customer of account 999");
    db.batch_execute(&fk.sql[1]).unwrap();
    assert!(
        db.batch_execute(&fk.sql[2]).is_err(),
        "VALIDATE rejects the orphan"
    );
    db.batch_execute("DELETE FROM customers WHERE account_id = 999")
        .unwrap();
    db.batch_execute(&fk.sql[2]).unwrap();
    let validated: bool = db
        .query_one(
            "SELECT convalidated FROM pg_constraint WHERE conname = 'customers_account_id_fkey'",
            &[],
        )
        .unwrap()
        .get(0);
    assert!(validated);
    db.batch_execute(&fk.sql[3]).unwrap();
    let orders_fk = by("missing-foreign-key", "orders");
    for s in &orders_fk.sql[1..] {
        db.batch_execute(s).unwrap();
    }
    for s in &unindexed.sql {
        db.batch_execute(s).unwrap();
    }
    for s in &by("unindexed-foreign-key", "refunds").sql {
        db.batch_execute(s).unwrap();
    }
    db.batch_execute("ANALYZE").unwrap();
    let plan: Vec<String> = common::lines(
        &mut db,
        "EXPLAIN SELECT sku FROM order_items WHERE order_id = 7",
    );
    assert!(
        plan.iter().any(|l| l.contains("order_items_order_id_idx")),
        "{plan:#?}"
    );
    let plan: Vec<String> = common::lines(&mut db, "EXPLAIN SELECT o.total FROM orders o JOIN customers c ON c.id = o.customer_id WHERE c.account_id = 3");
    assert!(plan.iter().any(|l| l.contains("customers_account_id_idx") || l.contains("orders_customer_id_idx")), "{plan:#?}");
    // With the fixes in place the same analysis finds nothing of these.
    workload(&mut db);
    drop(db);
    let after = advise(&mut c);
    assert!(keys(&after).is_empty(), "{:#?}", keys(&after));
}
