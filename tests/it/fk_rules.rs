//! missing-foreign-key and unindexed-foreign-key on a real database: the log
//! and `pg_dump --schema-only` of a real workload go in, every generated
//! statement is executed, and its effect is checked.
use crate::common;

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
    let (mut w, _) =
        app::read_inputs(&[c.logs().0], &ReadOptions::default(), &Default::default()).unwrap();
    app::finalize(&mut w, &Default::default(), None);
    let (schema, summary) = schema_dump::parse(&dump);
    assert!(summary.failed.is_empty(), "{:?}", summary.failed);
    app::advise(&w, Some((&schema, &summary)))
}

/// The foreign-key findings (the loop in `workload` is also an N+1, tested elsewhere).
fn keys(f: &[Finding]) -> BTreeSet<(String, String, String)> {
    f.iter()
        .filter(|f| f.rule.as_str().ends_with("foreign-key"))
        .map(|f| {
            (
                f.rule.as_str().to_owned(),
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
        fk.sql().len(),
        4,
        "orphans, NOT VALID, VALIDATE, index: {:?}",
        fk.sql()
    );
    let orphans: i64 = db.query_one(fk.sql()[0].as_str(), &[]).unwrap().get(0);
    assert_eq!(orphans, 1, "the one customer of account 999");
    db.batch_execute(&fk.sql()[1]).unwrap();
    assert!(
        db.batch_execute(&fk.sql()[2]).is_err(),
        "VALIDATE rejects the orphan"
    );
    db.batch_execute("DELETE FROM customers WHERE account_id = 999")
        .unwrap();
    db.batch_execute(&fk.sql()[2]).unwrap();
    let validated: bool = db
        .query_one(
            "SELECT convalidated FROM pg_constraint WHERE conname = 'customers_account_id_fkey'",
            &[],
        )
        .unwrap()
        .get(0);
    assert!(validated);
    db.batch_execute(&fk.sql()[3]).unwrap();
    let orders_fk = by("missing-foreign-key", "orders");
    for s in &orders_fk.sql()[1..] {
        db.batch_execute(s).unwrap();
    }
    for s in &unindexed.sql() {
        db.batch_execute(s).unwrap();
    }
    for s in &by("unindexed-foreign-key", "refunds").sql() {
        db.batch_execute(s).unwrap();
    }
    db.batch_execute("ANALYZE").unwrap();
    let plan: Vec<String> = common::lines(
        &mut db,
        "EXPLAIN SELECT sku FROM order_items WHERE order_id = 7",
    );
    assert!(
        plan.iter().any(|l| l.contains("order_items_order_id_")),
        "{plan:#?}"
    );
    let plan: Vec<String> = common::lines(&mut db, "EXPLAIN SELECT o.total FROM orders o JOIN customers c ON c.id = o.customer_id WHERE c.account_id = 3");
    assert!(
        plan.iter()
            .any(|l| l.contains("customers_account_id_") || l.contains("orders_customer_id_")),
        "{plan:#?}"
    );
    // With the fixes in place the same analysis finds nothing of these.
    workload(&mut db);
    drop(db);
    let after = advise(&mut c);
    assert!(keys(&after).is_empty(), "{:#?}", keys(&after));
}

/// Tenant schemas the default pattern does not name — detected ones
/// (`acme`, …) and a custom `--tenant-pattern` (`t1`, …) — are each judged
/// on their own joins: every tenant's key is seen in the joins it ran, the
/// time is split by the calls each made, and the SQL adds the key in each.
#[test]
fn keys_are_found_in_every_tenant_of_any_layout() {
    const TENANT: &str = "
        CREATE TABLE customers (id int PRIMARY KEY, name text NOT NULL);
        CREATE TABLE orders (id int PRIMARY KEY, customer_id int NOT NULL, total numeric NOT NULL);
        INSERT INTO customers SELECT g, 'c' || g FROM generate_series(1, 500) g;
        INSERT INTO orders SELECT g, g % 500 + 1, g FROM generate_series(1, 20000) g;";
    let named = ["acme", "globex", "initech"];
    let numbered = ["t1", "t2", "t3"];
    let mut c = TestCluster::start("");
    let mut db = c.client("postgres");
    for s in named.iter().chain(&numbered) {
        db.batch_execute(&format!(
            "CREATE SCHEMA {s}; SET search_path = {s}; {TENANT} RESET search_path;"
        ))
        .unwrap();
    }
    db.batch_execute("ANALYZE").unwrap();
    // Each tenant runs the join a different number of times.
    let runs = |k: usize| 10 * (k % 3 + 1);
    for (k, s) in named.iter().chain(&numbered).enumerate() {
        for i in 0..runs(k) {
            let name = format!("c{}", i + 1);
            db.query(
                &format!("SELECT o.total FROM {s}.orders o JOIN {s}.customers c ON c.id = o.customer_id WHERE c.name = $1"),
                &[&name],
            )
            .unwrap();
        }
    }
    drop(db);
    let log = c.log_snapshot();
    let dir = tempfile::tempdir().unwrap();
    let (schema, _) = c.offline_inputs("postgres", dir.path());
    let log = log.path().to_str().unwrap();
    let schema = schema.to_str().unwrap();

    // (family, per schema: (schema, joins seen), edge calls per schema)
    let judged = |r: &serde_json::Value, family: &str| {
        let found: Vec<_> = common::findings(r, "missing-foreign-key")
            .into_iter()
            .filter(|f| f["subject"]["schema"] == family && f["subject"]["table"] == "orders")
            .collect();
        assert_eq!(found.len(), 1, "{found:#?}");
        let f = found[0].clone();
        // One finding per schema has no per_schema.
        let per: Vec<(String, bool, usize)> = f["evidence"]["per_schema"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|p| {
                (
                    p["schema"].as_str().unwrap().to_owned(),
                    p["evidence"]["seen_in_joins"].as_bool().unwrap(),
                    p["evidence"]["joins"].as_array().unwrap().len(),
                )
            })
            .collect();
        let calls: Vec<(String, u64)> = r["schema_graph"]["edges"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|e| e["to"].as_str().unwrap().ends_with(".customers"))
            .map(|e| {
                (
                    e["from"].as_str().unwrap().to_owned(),
                    e["observed_calls"].as_u64().unwrap(),
                )
            })
            .collect();
        (f, per, calls)
    };

    // Detected: the six schemas share their tables, so all are tenants.
    let out = tempfile::tempdir().unwrap();
    let r = common::audit(&[log, "--schema", schema], out.path());
    assert_eq!(
        r["summary"]["tenant_schemas_detected"]
            .as_array()
            .unwrap()
            .len(),
        6
    );
    let (f, per, calls) = judged(&r, "tenant_*");
    let all: Vec<&str> = named.iter().chain(&numbered).copied().collect();
    assert_eq!(
        per,
        all.iter()
            .map(|s| (s.to_string(), true, 1))
            .collect::<Vec<_>>(),
        "{f:#}"
    );
    let mut expected: Vec<(String, u64)> = all
        .iter()
        .enumerate()
        .map(|(k, s)| (format!("{s}.orders"), runs(k) as u64))
        .collect();
    expected.sort();
    let mut calls = calls;
    calls.sort();
    assert_eq!(calls, expected);
    // The finding's time is the join's time, counted once.
    let join_ms: f64 = r["queries"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|q| q["normalized"].as_str().unwrap().contains("JOIN"))
        .map(|q| q["total_ms"].as_f64().unwrap())
        .sum();
    let impact = f["impact_ms"].as_f64().unwrap();
    assert!((impact - join_ms).abs() < 0.01, "{impact} vs {join_ms}");
    let detected_sql = f["sql"].as_array().unwrap().clone();

    // A custom pattern: t1..t3 are one family, the named schemas their own.
    let out = tempfile::tempdir().unwrap();
    let r = common::audit(
        &[log, "--schema", schema, "--tenant-pattern", "^t[0-9]+$"],
        out.path(),
    );
    let (_, per, _) = judged(&r, "t*");
    assert_eq!(
        per,
        numbered
            .iter()
            .map(|s| (s.to_string(), true, 1))
            .collect::<Vec<_>>()
    );
    for s in named {
        let (f, ..) = judged(&r, s);
        assert_eq!(f["evidence"]["seen_in_joins"], true, "{f:#}");
    }
    // Digests read with the pattern, merged under the same configuration.
    let digest = dir.path().join("host.json");
    let config = dir.path().join("pgadvisor.toml");
    std::fs::write(&config, "tenant_pattern = \"^t[0-9]+$\"\n").unwrap();
    let cfg = config.to_str().unwrap();
    let o = common::pgadvisor(&[
        "digest",
        log,
        "-o",
        digest.to_str().unwrap(),
        "--config",
        cfg,
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let merged = tempfile::tempdir().unwrap();
    let o = common::pgadvisor(&[
        "merge",
        digest.to_str().unwrap(),
        "--schema",
        schema,
        "--config",
        cfg,
        "--out",
        merged.path().to_str().unwrap(),
        "-q",
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let m = common::report(merged.path());
    assert_eq!(judged(&m, "t*").1, per);

    // The SQL adds a validated key (and its index) in every tenant.
    let mut db = c.client("postgres");
    for s in &detected_sql {
        let s = s.as_str().unwrap();
        for row in common::lines(&mut db, s) {
            assert_eq!(row, "0", "orphans: {s}");
        }
    }
    let keys = common::lines(
        &mut db,
        "SELECT n.nspname || ':' || con.convalidated FROM pg_constraint con \
         JOIN pg_namespace n ON n.oid = con.connamespace WHERE con.contype = 'f' ORDER BY 1",
    );
    let mut want: Vec<String> = all.iter().map(|s| format!("{s}:true")).collect();
    want.sort();
    assert_eq!(keys, want);
    for s in all {
        db.batch_execute("SET enable_seqscan = off").unwrap();
        let plan = common::lines(
            &mut db,
            &format!("EXPLAIN SELECT total FROM {s}.orders WHERE customer_id = 7"),
        )
        .join("\n");
        assert!(plan.contains("orders_customer_id_"), "{s}: {plan}");
    }
}

/// A column named like a table but holding another system's ids (a CRM's
/// client numbers in the billions against `clientes` keys in the
/// thousands) is no reference: with statistics its values say so. One whose
/// values fall within the keys is proposed, and says it.
#[test]
fn values_far_outside_the_keys_are_not_a_reference() {
    let mut c = TestCluster::start("");
    let mut db = c.client("postgres");
    db.batch_execute(
        "CREATE TABLE clientes (id serial PRIMARY KEY, nome text NOT NULL);
         INSERT INTO clientes (nome) SELECT 'c' || g FROM generate_series(1, 3000) g;
         CREATE TABLE crm_sincronizacoes (id serial PRIMARY KEY, cliente_id bigint NOT NULL, status text);
         INSERT INTO crm_sincronizacoes (cliente_id, status)
           SELECT 2100000000 + g * 7919, 'ok' FROM generate_series(1, 5000) g;
         CREATE TABLE contatos (id serial PRIMARY KEY, cliente_id int NOT NULL, email text);
         INSERT INTO contatos (cliente_id, email) SELECT 1 + g % 3000, 'e' || g FROM generate_series(1, 6000) g;
         ANALYZE;",
    )
    .unwrap();
    for i in 0..5i64 {
        db.query(
            "SELECT status FROM crm_sincronizacoes WHERE cliente_id = $1",
            &[&(2100000000 + i * 7919)],
        )
        .unwrap();
        db.query(
            "SELECT email FROM contatos WHERE cliente_id = $1",
            &[&(i as i32 + 1)],
        )
        .unwrap();
    }
    drop(db);
    let log = c.log_snapshot();
    let r = c.audit_offline("postgres", log.path(), &[]);
    let fks: Vec<(String, serde_json::Value)> = common::findings(&r, "missing-foreign-key")
        .iter()
        .map(|f| {
            (
                f["subject"]["table"].as_str().unwrap().to_owned(),
                f["evidence"]["values_within_key_range"].clone(),
            )
        })
        .collect();
    assert_eq!(fks, [("contatos".to_owned(), serde_json::json!(true))]);
}
