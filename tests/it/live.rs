//! Live mode against a real server: read-only, the same schema model as a
//! dump, pg_stat_statements as the workload, clear connection errors.
use crate::common;

use common::TestCluster;
use pgadvisor::input::schema_dump;
use pgadvisor::sqlgen::TableRef;
use serde_json::Value;

#[test]
fn live_audit_is_read_only_and_reads_what_a_dump_gives() {
    let mut c = TestCluster::start(
        "shared_preload_libraries = 'pg_stat_statements'\nlog_statement = 'all'\n",
    );
    let mut db = c.client("postgres");
    db.batch_execute(
        "CREATE EXTENSION pg_stat_statements;
         CREATE TABLE customers (id serial PRIMARY KEY, email text UNIQUE, name varchar(80) NOT NULL DEFAULT 'x');
         CREATE TABLE orders (id serial PRIMARY KEY, customer_id int NOT NULL REFERENCES customers(id), total numeric(10,2),
                              created_at timestamptz NOT NULL DEFAULT now()) ;
                  CREATE INDEX orders_created_idx ON orders (created_at DESC) WHERE total > 0;
         CREATE INDEX customers_name_idx ON customers (name);
         CREATE INDEX orders_total_idx ON orders (total);
         CREATE INDEX orders_total_created_idx ON orders (total, created_at);
         CREATE TABLE events (id bigint, at timestamptz NOT NULL) PARTITION BY RANGE (at);
         CREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
         INSERT INTO customers (email, name) SELECT 'c' || g, 'n' || g FROM generate_series(1, 500) g;
         INSERT INTO orders (customer_id, total) SELECT g % 500 + 1, g FROM generate_series(1, 50000) g;
         ANALYZE;
         SELECT pg_stat_statements_reset();",
    )
    .unwrap();
    // Activity counters reach pg_stat_user_tables when a backend flushes them.
    db.batch_execute("SELECT pg_stat_force_next_flush()")
        .unwrap();
    db.batch_execute("SELECT 1").unwrap();
    for i in 1..=30i32 {
        db.query("SELECT total FROM orders WHERE customer_id = $1", &[&i])
            .unwrap();
    }
    let url = format!(
        "host={} port={} user=postgres dbname=postgres password=secret",
        c.dir.path().display(),
        c.port
    );
    // What the server counts as written, and its objects, before and after pgadvisor.
    let written = |db: &mut postgres::Client| -> (i64, i64) {
        db.batch_execute("SELECT pg_stat_force_next_flush()")
            .unwrap();
        db.batch_execute("SELECT pg_stat_clear_snapshot()").unwrap();
        let r = db
            .query_one(
                "SELECT (tup_inserted + tup_updated + tup_deleted)::int8,
                        (SELECT count(*) FROM pg_class)
                 FROM pg_stat_database WHERE datname = 'postgres'",
                &[],
            )
            .unwrap();
        (r.get(0), r.get(1))
    };
    let before = written(&mut db);
    let out = tempfile::tempdir().unwrap();
    let r = common::audit(&["--db", &url, "--analyze"], out.path());
    std::thread::sleep(std::time::Duration::from_millis(200));
    assert_eq!(written(&mut db), before, "pgadvisor wrote nothing");
    assert!(
        r["schema"]["path"]
            .as_str()
            .unwrap()
            .contains("password=***"),
        "{}",
        r["schema"]["path"]
    );
    assert_eq!(
        r["schema"]["failed"].as_array().unwrap().len(),
        0,
        "{}",
        r["schema"]
    );
    assert!(
        r["stats"]["tables"].as_u64().unwrap_or(0) >= 3,
        "{}",
        r["diagnostics"]
    );
    // pg_stat_user_tables: what each table writes, and when it was last vacuumed and analysed.
    let orders = r["stats"]["activity"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["table"] == "public.orders")
        .unwrap_or_else(|| panic!("{}", r["stats"]));
    assert_eq!(orders["inserted"], 50000);
    assert!(orders["writes_per_second"].as_f64().unwrap() > 0.0);
    assert!(orders["last_analyze"].is_string(), "{orders}");
    let q = r["queries"].as_array().unwrap();
    let lookup = q
        .iter()
        .find(|x| x["normalized"] == "SELECT total FROM orders WHERE customer_id = $1")
        .unwrap();
    assert_eq!(lookup["calls"], 30);
    assert_eq!(lookup["source"], "pg_stat_statements");
    let f = r["findings"].as_array().unwrap();
    let fk = f
        .iter()
        .find(|x| x["rule"] == "unindexed-foreign-key")
        .unwrap();
    assert_eq!(fk["subject"]["table"], "orders");
    assert_eq!(
        fk["severity"], "warning",
        "the pg_stat_statements workload looks it up"
    );
    // Statistics counted for a few seconds: no index is proposed for dropping,
    // and the report says why.
    assert!(
        !f.iter().any(|x| x["rule"] == "unused-index"),
        "a window of seconds judges nothing"
    );
    assert!(
        r["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .any(|d| d.as_str().unwrap().contains("min_observed_days")),
        "{}",
        r["diagnostics"]
    );
    // With the window accepted, the index no query uses is proposed, the
    // one the workload looks rows up with is not.
    let cfg = out.path().join("pgadvisor.toml");
    std::fs::write(&cfg, "[rules.unused-index]\nmin_observed_days = 0\n").unwrap();
    let cfg = cfg.to_str().unwrap().to_owned();
    let out_cfg = tempfile::tempdir().unwrap();
    let r = common::audit(&["--db", &url, "--config", &cfg], out_cfg.path());
    let f = r["findings"].as_array().unwrap();
    let unused: Vec<&str> = f
        .iter()
        .filter(|x| x["rule"] == "unused-index")
        .map(|x| x["evidence"]["index"].as_str().unwrap())
        .collect();
    assert!(unused.contains(&"customers_name_idx"), "{unused:?}");
    assert!(
        !unused.contains(&"customers_email_key") && !unused.contains(&"customers_pkey"),
        "unique indexes stay"
    );
    let redundant: Vec<&Value> = f
        .iter()
        .filter(|x| x["rule"] == "redundant-index")
        .collect();
    assert_eq!(redundant.len(), 1, "{redundant:#?}");
    assert_eq!(
        redundant[0]["evidence"]["covered_by"],
        "orders_total_created_idx"
    );
    // The DROP statements work and the findings are gone.
    for x in f
        .iter()
        .filter(|x| x["rule"] == "unused-index" || x["rule"] == "redundant-index")
    {
        for s in x["sql"].as_array().unwrap() {
            db.batch_execute(s.as_str().unwrap()).unwrap();
        }
    }
    let r2 = common::audit(&["--db", &url, "--config", &cfg], out.path());
    assert!(!r2["findings"]
        .as_array()
        .unwrap()
        .iter()
        .any(|x| x["rule"] == "redundant-index" || x["evidence"]["index"] == "customers_name_idx"));

    // The live catalog and pg_dump give the same model (defaults aside: pg_dump qualifies names).
    let (mut dumped, _) = schema_dump::parse(&c.dump_schema("postgres"));
    let live = pgadvisor::input::live::read(
        &pgadvisor::input::live::Target::new(&url),
        &Default::default(),
        true,
    )
    .unwrap();
    let mut from_live = live.schema;
    for s in [&mut dumped, &mut from_live] {
        for t in s.tables.values_mut() {
            t.stats = None;
            for col in &mut t.columns {
                col.default = None;
            }
            t.indexes.sort_by(|a, b| a.name.cmp(&b.name));
            // Scan counts exist only live.
            for i in &mut t.indexes {
                i.usage = None;
            }
            t.foreign_keys.sort_by(|a, b| a.name.cmp(&b.name));
        }
    }
    assert_eq!(
        from_live.tables.keys().collect::<Vec<_>>(),
        dumped.tables.keys().collect::<Vec<_>>()
    );
    for (t, table) in &dumped.tables {
        assert_eq!(&from_live.tables[t], table, "{t}");
    }
    assert_eq!(
        from_live
            .table(&TableRef::new("public", "events_2025"))
            .unwrap()
            .partition_of,
        Some(TableRef::new("public", "events"))
    );

    // Read-only: the pgadvisor sessions began READ ONLY and wrote nothing.
    drop(db);
    c.stop();
    let log = std::fs::read_to_string(c.logs().0).unwrap();
    let ours: Vec<&str> = log
        .lines()
        .filter(|l| l.contains("/pgadvisor ") && l.contains("statement: "))
        .collect();
    assert!(
        ours.iter().any(|l| l.contains("BEGIN READ ONLY")),
        "{ours:#?}"
    );
    for l in &ours {
        let stmt = l
            .split("statement: ")
            .nth(1)
            .unwrap_or("")
            .trim_start()
            .to_ascii_uppercase();
        assert!(
            ![
                "INSERT",
                "UPDATE",
                "DELETE",
                "CREATE",
                "ALTER",
                "DROP",
                "TRUNCATE",
                "EXPLAIN ANALYZE"
            ]
            .iter()
            .any(|w| stmt.starts_with(w)),
            "{l}"
        );
    }
}

#[test]
fn connection_errors_and_a_database_without_pg_stat_statements() {
    let c = TestCluster::start("");
    let dir = c.dir.path().display().to_string();
    let port = c.port.to_string();
    let o = common::pgadvisor(&[
        "audit",
        "--db",
        &format!("host={dir} port=1 user=postgres dbname=postgres"),
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&o.stderr).contains("cannot connect to"),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let o = common::pgadvisor(&[
        "audit",
        "--db",
        &format!("host={dir} port={port} user=postgres dbname=nope"),
    ]);
    assert_eq!(o.status.code(), Some(2));
    let e = String::from_utf8_lossy(&o.stderr);
    assert!(e.contains("nope") && e.contains("3D000"), "{e}");
    let o = common::pgadvisor(&["audit", "--db", "postgres://[bad"]);
    assert_eq!(o.status.code(), Some(2));
    let out = tempfile::tempdir().unwrap();
    let r = common::audit(
        &[
            "--db",
            &format!("host={dir} port={port} user=postgres dbname=postgres"),
        ],
        out.path(),
    );
    assert!(
        r["diagnostics"].as_array().unwrap().iter().any(|d| d
            .as_str()
            .unwrap()
            .contains("pg_stat_statements is not installed")),
        "{}",
        r["diagnostics"]
    );
}

#[test]
fn hypopg_checks_the_index_an_unindexed_foreign_key_needs() {
    let mut c = TestCluster::start("");
    let mut db = c.client("postgres");
    db.batch_execute(
        "CREATE EXTENSION hypopg;
         CREATE TABLE customers (id int PRIMARY KEY);
         CREATE TABLE orders (id serial PRIMARY KEY, customer_id int NOT NULL REFERENCES customers(id), total int);
         INSERT INTO customers SELECT g FROM generate_series(1, 2000) g;
         INSERT INTO orders (customer_id, total) SELECT g % 2000 + 1, g FROM generate_series(1, 100000) g;
         ANALYZE;",
    )
    .unwrap();
    for i in 1..=10 {
        db.simple_query(&format!("SELECT total FROM orders WHERE customer_id = {i}"))
            .unwrap();
    }
    drop(db);
    c.stop(); // flush the log
    c.restart();
    let url = format!(
        "host={} port={} user=postgres dbname=postgres",
        c.dir.path().display(),
        c.port
    );
    let out = tempfile::tempdir().unwrap();
    let log = c.logs().0;
    let r = common::audit(&[log.to_str().unwrap(), "--db", &url], out.path());
    let f = r["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["rule"] == "unindexed-foreign-key")
        .unwrap();
    assert_eq!(f["verified"], "hypopg", "{f}");
    let check = &f["evidence"]["hypopg"][0];
    assert_eq!(check["uses_index"], true);
    assert!(
        // ~50 of 100,000 rows: an index scan costs a fraction of the seq scan.
        check["cost_after"].as_f64().unwrap() < check["cost_before"].as_f64().unwrap() / 4.0,
        "{check}"
    );
    // Nothing was created: the hypothetical index lived in pgadvisor's session only.
    let mut db = c.client("postgres");
    let n: i64 = db
        .query_one(
            "SELECT count(*) FROM pg_indexes WHERE tablename = 'orders'",
            &[],
        )
        .unwrap()
        .get(0);
    assert_eq!(n, 1, "only the primary key");
}

#[test]
fn a_role_with_only_pg_read_all_stats_is_enough() {
    let c = TestCluster::start("shared_preload_libraries = 'pg_stat_statements'\n");
    let mut db = c.client("postgres");
    db.batch_execute(
        "CREATE EXTENSION pg_stat_statements;
         CREATE TABLE accounts (id int PRIMARY KEY);
         CREATE EXTENSION hypopg;
         CREATE TABLE users (id int PRIMARY KEY, account_id int REFERENCES accounts(id));
         INSERT INTO accounts SELECT g FROM generate_series(1, 100) g;
         INSERT INTO users SELECT g, g % 100 + 1 FROM generate_series(1, 200000) g;
         ANALYZE;
         CREATE ROLE advisor LOGIN;
         GRANT pg_read_all_stats TO advisor;",
    )
    .unwrap();
    // Enough lookups for the foreign key's index to pay within the one budget.
    for _ in 0..5 {
        db.query("SELECT id FROM users WHERE account_id = $1", &[&3i32])
            .unwrap();
    }
    let url = format!(
        "host={} port={} user=advisor dbname=postgres",
        c.dir.path().display(),
        c.port
    );
    let out = tempfile::tempdir().unwrap();
    let r = common::audit(&["--db", &url], out.path());
    // The catalog and pg_stat_statements (other users' queries included) are readable.
    assert!(r["findings"]
        .as_array()
        .unwrap()
        .iter()
        .any(|f| f["rule"] == "unindexed-foreign-key"));
    assert!(r["queries"]
        .as_array()
        .unwrap()
        .iter()
        .any(|q| q["normalized"] == "SELECT id FROM users WHERE account_id = $1"));
    // pg_stats is not: the report says which checks need more.
    assert!(
        r["diagnostics"].as_array().unwrap().iter().any(|d| d
            .as_str()
            .unwrap()
            .contains("pg_stats shows no column statistics")),
        "{}",
        r["diagnostics"]
    );
    // Planning (HypoPG what-if, --analyze) needs SELECT on the tables: refused, said, not fatal.
    let fk = |r: &Value| {
        r["findings"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["rule"] == "unindexed-foreign-key")
            .unwrap()
            .clone()
    };
    assert_eq!(fk(&r)["verified"], "none");
    assert!(
        r["diagnostics"].as_array().unwrap().iter().any(|d| d
            .as_str()
            .unwrap()
            .contains("permission denied for table users (42501)")),
        "{}",
        r["diagnostics"]
    );
    // With pg_read_all_data as well, the advice is checked.
    db.batch_execute("GRANT pg_read_all_data TO advisor")
        .unwrap();
    let r = common::audit(&["--db", &url], out.path());
    assert_eq!(fk(&r)["verified"], "hypopg", "{}", r["diagnostics"]);
    // A role without pg_read_all_stats sees other roles' statements without text: said.
    db.batch_execute("CREATE ROLE plain LOGIN").unwrap();
    let r = common::audit(
        &["--db", &url.replace("user=advisor", "user=plain")],
        out.path(),
    );
    assert!(
        r["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .any(|d| d.as_str().unwrap().contains("GRANT pg_read_all_stats")),
        "{}",
        r["diagnostics"]
    );
}

#[test]
fn pg_stat_statements_queries_are_costed_with_representative_values_and_the_costs_hold() {
    let c = TestCluster::start("shared_preload_libraries = 'pg_stat_statements'\n");
    let mut db = c.client("postgres");
    db.batch_execute(
        "CREATE EXTENSION pg_stat_statements; CREATE EXTENSION hypopg;
         CREATE TABLE accounts (id int PRIMARY KEY, plan text);
         CREATE TABLE invoices (id serial PRIMARY KEY, account_id int NOT NULL REFERENCES accounts(id),
                                amount int, issued_on date);
         INSERT INTO accounts SELECT g, 'p' || g % 3 FROM generate_series(1, 3000) g;
         INSERT INTO invoices (account_id, amount, issued_on)
           SELECT g % 3000 + 1, g % 500, date '2025-01-01' + g % 365 FROM generate_series(1, 120000) g;
         ANALYZE;
         SELECT pg_stat_statements_reset();",
    )
    .unwrap();
    // Extended protocol: pg_stat_statements keeps `$1`, no value is ever logged.
    for i in 1..=40i32 {
        db.query(
            "SELECT amount, issued_on FROM invoices WHERE account_id = $1",
            &[&i],
        )
        .unwrap();
    }
    // `$1` compared with an expression has no column statistics: a generic plan costs it.
    db.query(
        "SELECT id FROM invoices WHERE amount + 1 = $1 AND account_id = $2",
        &[&7i32, &9i32],
    )
    .unwrap();
    let url = c.conninfo("postgres");
    let out = tempfile::tempdir().unwrap();
    let r = common::audit(&["--db", &url], out.path());
    let f = r["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["rule"] == "unindexed-foreign-key")
        .unwrap();
    assert_eq!(f["verified"], "hypopg", "{f}");
    let check = f["evidence"]["hypopg"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["values"] == "pg_stats")
        .unwrap_or_else(|| panic!("{}", f["evidence"]));
    assert_eq!(check["uses_index"], true);
    let generic = f["evidence"]["hypopg"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["values"] == "generic_plan")
        .unwrap_or_else(|| panic!("{}", f["evidence"]));
    assert_eq!(generic["uses_index"], true, "{generic}");
    // No literal travels in the evidence: the statement is named by its fingerprint.
    assert!(!check["query"].as_str().unwrap().contains(' '));
    let hypothetical = check["cost_after"].as_f64().unwrap();

    // The same statement, with the index created for real, costs what HypoPG said.
    let sql = f["sql"][0].as_str().unwrap();
    db.batch_execute(sql).unwrap();
    let median: String = db
        .query_one(
            "SELECT (histogram_bounds::text::text[])[(cardinality(histogram_bounds::text::text[]) + 1) / 2]
             FROM pg_stats WHERE tablename = 'invoices' AND attname = 'account_id'",
            &[],
        )
        .unwrap()
        .get(0);
    let plan = common::lines(
        &mut db,
        &format!("EXPLAIN (FORMAT JSON) SELECT amount, issued_on FROM invoices WHERE account_id = '{median}'"),
    )
    .join("\n");
    let v: Value = serde_json::from_str(&plan).unwrap();
    let real = v[0]["Plan"]["Total Cost"].as_f64().unwrap();
    assert!(
        (real - hypothetical).abs() / real < 0.05,
        "HypoPG {hypothetical} vs real {real}"
    );
}

#[test]
fn explain_analyze_runs_only_when_asked() {
    let mut c = TestCluster::start("log_statement = 'all'\n");
    let mut db = c.client("postgres");
    db.batch_execute(
        "CREATE EXTENSION hypopg;
         CREATE TABLE events (id serial PRIMARY KEY, kind text, at timestamptz);
         INSERT INTO events (kind, at) SELECT 'k' || g % 1000, now() FROM generate_series(1, 50000) g;
         ANALYZE;",
    )
    .unwrap();
    for i in 0..5 {
        db.simple_query(&format!("SELECT count(*) FROM events WHERE kind = 'k{i}'"))
            .unwrap();
    }
    db.simple_query("DELETE FROM events WHERE id < 0").unwrap();
    drop(db);
    let log = c.log_snapshot();
    let url = c.conninfo("postgres");
    let out = tempfile::tempdir().unwrap();
    common::audit(&[log.path().to_str().unwrap(), "--db", &url], out.path());
    assert!(!common::report(out.path())["findings"]
        .as_array()
        .unwrap()
        .iter()
        .any(|f| f["rule"] == "seq-scan-filter"));
    let r = common::audit(
        &[log.path().to_str().unwrap(), "--db", &url, "--analyze"],
        out.path(),
    );
    let f = r["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["rule"] == "seq-scan-filter")
        .unwrap_or_else(|| panic!("{:#}", r["findings"]));
    assert_eq!(f["evidence"]["plan_source"], "explain_analyze");
    // The index it proposes is costed in the same session.
    assert_eq!(f["subject"]["table"], "events");
    assert_eq!(f["verified"], "hypopg", "{f:#}");
    c.stop();
    let server_log = std::fs::read_to_string(c.logs().0).unwrap();
    let analyzed: Vec<&str> = server_log
        .lines()
        .filter(|l| l.contains("/pgadvisor ") && l.contains("EXPLAIN (ANALYZE"))
        .collect();
    assert!(!analyzed.is_empty(), "--analyze ran EXPLAIN ANALYZE");
    assert!(
        analyzed.iter().all(|l| l.contains("SELECT count(*)")),
        "only read-only statements: {analyzed:#?}"
    );
    // Exactly one of the two runs asked for it.
    let sessions_with_analyze = server_log
        .lines()
        .filter(|l| l.contains("/pgadvisor ") && l.contains("EXPLAIN (ANALYZE"))
        .map(|l| {
            l.split('[')
                .nth(1)
                .unwrap_or("")
                .split(']')
                .next()
                .unwrap_or("")
        })
        .collect::<std::collections::BTreeSet<_>>();
    assert_eq!(sessions_with_analyze.len(), 1, "{sessions_with_analyze:?}");
}

#[test]
fn a_locked_table_makes_the_lock_timeout_fire_instead_of_hanging() {
    let c = TestCluster::start("shared_preload_libraries = 'pg_stat_statements'\n");
    let mut db = c.client("postgres");
    db.batch_execute(
        "CREATE EXTENSION pg_stat_statements;
         CREATE TABLE parents (id int PRIMARY KEY);
         CREATE TABLE children (id int PRIMARY KEY, parent_id int REFERENCES parents(id));
         CREATE EXTENSION hypopg;
         ANALYZE;",
    )
    .unwrap();
    db.query("SELECT id FROM children WHERE parent_id = $1", &[&1i32])
        .unwrap();
    let mut locker = c.client("postgres");
    let mut tx = locker.transaction().unwrap();
    tx.batch_execute("LOCK TABLE children IN ACCESS EXCLUSIVE MODE")
        .unwrap();
    let out = tempfile::tempdir().unwrap();
    let started = std::time::Instant::now();
    let o = common::pgadvisor(&[
        "audit",
        "--db",
        &c.conninfo("postgres"),
        "--lock-timeout",
        "200",
        "--out",
        out.path().to_str().unwrap(),
        "-q",
    ]);
    let took = started.elapsed();
    tx.rollback().unwrap();
    assert!(took < std::time::Duration::from_secs(20), "{took:?}");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let r = common::report(out.path());
    assert!(
        r["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .any(|d| d.as_str().unwrap().contains("lock timeout")),
        "{}",
        r["diagnostics"]
    );
    // The catalog did not need the lock: the foreign key is still seen.
    assert!(r["findings"]
        .as_array()
        .unwrap()
        .iter()
        .any(|f| f["rule"] == "unindexed-foreign-key"));
}

#[test]
fn a_wrong_password_is_a_clear_error_and_never_printed() {
    let c = TestCluster::start("password_encryption = 'scram-sha-256'\n");
    let mut db = c.client("postgres");
    db.batch_execute("CREATE ROLE app LOGIN PASSWORD 'right-one'")
        .unwrap();
    let hba = c.data().join("pg_hba.conf");
    let old = std::fs::read_to_string(&hba).unwrap();
    std::fs::write(&hba, format!("local all app scram-sha-256\n{old}")).unwrap();
    db.batch_execute("SELECT pg_reload_conf()").unwrap();
    std::thread::sleep(std::time::Duration::from_millis(300));
    let base = format!(
        "host={} port={} user=app dbname=postgres",
        c.dir.path().display(),
        c.port
    );
    let o = common::pgadvisor(&["audit", "--db", &format!("{base} password=wrong-one")]);
    assert_eq!(o.status.code(), Some(2));
    let e = String::from_utf8_lossy(&o.stderr);
    assert!(
        e.contains("password authentication failed") && e.contains("28P01"),
        "{e}"
    );
    assert!(
        !e.contains("wrong-one") && e.contains("password=***"),
        "{e}"
    );
    let out = tempfile::tempdir().unwrap();
    common::audit(&["--db", &format!("{base} password=right-one")], out.path());
}

#[test]
fn several_databases_in_one_run_with_a_breakdown_per_database() {
    let c = TestCluster::start("shared_preload_libraries = 'pg_stat_statements'\n");
    let mut admin = c.client("postgres");
    admin
        .batch_execute("CREATE EXTENSION pg_stat_statements")
        .unwrap();
    // Database-per-tenant: the same schema in each; tenant_c already has the index.
    for (db, calls) in [("tenant_a", 5), ("tenant_b", 3), ("tenant_c", 2)] {
        admin
            .batch_execute(&format!("CREATE DATABASE {db}"))
            .unwrap();
        let mut t = c.client(db);
        t.batch_execute(
            "CREATE EXTENSION hypopg;
             CREATE TABLE accounts (id int PRIMARY KEY);
             CREATE TABLE users (id serial PRIMARY KEY, account_id int REFERENCES accounts(id), name text);
             INSERT INTO accounts SELECT g FROM generate_series(1, 1000) g;
             INSERT INTO users (account_id, name) SELECT g % 1000 + 1, 'u' FROM generate_series(1, 200000) g;
             ANALYZE;",
        )
        .unwrap();
        if db == "tenant_c" {
            t.batch_execute("CREATE INDEX ON users (account_id)")
                .unwrap();
        }
        for i in 0..calls {
            t.query("SELECT name FROM users WHERE account_id = $1", &[&i])
                .unwrap();
        }
    }
    let out = tempfile::tempdir().unwrap();
    let r = common::audit(
        &["--db", &c.conninfo("postgres"), "--all-databases"],
        out.path(),
    );
    let dbs: Vec<&Value> = r["databases"].as_array().unwrap().iter().collect();
    let db = |name: &str| {
        *dbs.iter()
            .find(|d| d["name"] == name)
            .unwrap_or_else(|| panic!("{name}: {dbs:#?}"))
    };
    for name in ["postgres", "tenant_a", "tenant_b", "tenant_c"] {
        assert!(db(name)["tables"].is_u64(), "{name} read live");
    }
    assert_eq!(db("tenant_a")["tables"], 2);
    // The lookup's executions, per database, from the one pg_stat_statements of the server.
    let lookup = r["queries"]
        .as_array()
        .unwrap()
        .iter()
        .find(|q| q["normalized"] == "SELECT name FROM users WHERE account_id = $1")
        .unwrap();
    assert_eq!(lookup["calls"], 10);
    assert_eq!(lookup["databases"]["tenant_a"], 5);
    assert_eq!(lookup["databases"]["tenant_b"], 3);
    assert!(db("tenant_a")["statements"].as_u64().unwrap() >= 5);
    // One finding for the two databases without the index, checked with HypoPG.
    let fk = common::findings(&r, "unindexed-foreign-key");
    assert_eq!(fk.len(), 1, "{fk:#?}");
    assert_eq!(
        fk[0]["databases"],
        serde_json::json!(["tenant_a", "tenant_b"])
    );
    assert!(fk[0]["title"]
        .as_str()
        .unwrap()
        .ends_with("(in 2 databases)"));
    assert_eq!(fk[0]["verified"], "hypopg", "{:#}", fk[0]);
    // tenant_c has the index: one finding fewer there.
    let rules: Vec<(String, String)> = r["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| (f["rule"].to_string(), f["databases"].to_string()))
        .collect();
    assert_eq!(
        db("tenant_c")["findings"].as_u64().unwrap() + 1,
        db("tenant_a")["findings"].as_u64().unwrap(),
        "{dbs:#?} {rules:?}"
    );

    // Its SQL, run in each database it names, removes it.
    for name in ["tenant_a", "tenant_b"] {
        let mut t = c.client(name);
        for s in fk[0]["sql"].as_array().unwrap() {
            t.batch_execute(s.as_str().unwrap()).unwrap();
        }
    }
    // Naming the databases one by one gives the same databases.
    let r = common::audit(
        &[
            "--db",
            &c.conninfo("tenant_a"),
            "--db",
            &c.conninfo("tenant_b"),
        ],
        out.path(),
    );
    assert!(!r["findings"]
        .as_array()
        .unwrap()
        .iter()
        .any(|f| f["rule"] == "unindexed-foreign-key"));
    let names: Vec<&str> = r["databases"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["tables"].is_u64())
        .map(|d| d["name"].as_str().unwrap())
        .collect();
    assert_eq!(names.len(), 2, "{names:?}");
}

#[test]
fn tenant_schema_queries_from_pg_stat_statements_are_costed_in_a_tenant() {
    let c = TestCluster::start("shared_preload_libraries = 'pg_stat_statements'\n");
    let mut db = c.client("postgres");
    db.batch_execute("CREATE EXTENSION pg_stat_statements; CREATE EXTENSION hypopg;")
        .unwrap();
    for t in 1..=3 {
        db.batch_execute(&format!(
            "CREATE SCHEMA tenant_{t};
             CREATE TABLE tenant_{t}.campaigns (id int PRIMARY KEY, name text);
             CREATE TABLE tenant_{t}.whatsapp_logs (id serial PRIMARY KEY, campaign_id int, phone text);
             INSERT INTO tenant_{t}.campaigns SELECT g, 'c' FROM generate_series(1, 500) g;
             INSERT INTO tenant_{t}.whatsapp_logs (campaign_id, phone)
               SELECT g % 500 + 1, 'p' FROM generate_series(1, 30000) g;
             ANALYZE;"
        ))
        .unwrap();
        for i in 1..=5i32 {
            db.query(
                &format!("SELECT phone FROM tenant_{t}.whatsapp_logs WHERE campaign_id = $1"),
                &[&i],
            )
            .unwrap();
        }
        db.batch_execute(&format!(
            "SELECT c.name, l.phone FROM tenant_{t}.campaigns c JOIN tenant_{t}.whatsapp_logs l ON l.campaign_id = c.id WHERE c.id = 3"
        ))
        .unwrap();
    }
    let out = tempfile::tempdir().unwrap();
    let r = common::audit(&["--db", &c.conninfo("postgres")], out.path());
    let f = r["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["rule"] == "missing-foreign-key" && f["subject"]["table"] == "whatsapp_logs")
        .unwrap_or_else(|| panic!("{:#}", r["findings"]));
    // The folded `"tenant_*".whatsapp_logs` lookups are planned in a real tenant schema.
    assert_eq!(f["verified"], "hypopg", "{f:#} {}", r["diagnostics"]);
    assert!(f["impact_ms"].as_f64().unwrap() > 0.0);
    assert_eq!(f["severity"], "warning");
}

/// A TCP proxy to the cluster's socket that cuts connection number `n` once the
/// server has sent it `after` bytes, for each `(n, after)` of `cut`.
fn flaky_proxy(c: &TestCluster, cut: &'static [(usize, usize)]) -> u16 {
    use std::io::{Read, Write};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let socket = c.dir.path().join(format!(".s.PGSQL.{}", c.port));
    std::thread::spawn(move || {
        for (n, client) in listener.incoming().enumerate() {
            let Ok(mut client) = client else { continue };
            let Ok(mut server) = std::os::unix::net::UnixStream::connect(&socket) else {
                continue;
            };
            let (mut c2, mut s2) = (client.try_clone().unwrap(), server.try_clone().unwrap());
            std::thread::spawn(move || std::io::copy(&mut c2, &mut s2));
            let limit = cut
                .iter()
                .find(|(k, _)| *k == n + 1)
                .map_or(usize::MAX, |(_, after)| *after);
            std::thread::spawn(move || {
                let mut sent = 0;
                let mut buf = [0u8; 256];
                while let Ok(k) = server.read(&mut buf) {
                    if k == 0 || sent + k > limit {
                        break;
                    }
                    if client.write_all(&buf[..k]).is_err() {
                        break;
                    }
                    sent += k;
                }
                let _ = client.shutdown(std::net::Shutdown::Both);
                let _ = server.shutdown(std::net::Shutdown::Both);
            });
        }
    });
    port
}

/// Server bytes after which the planning session is cut: past its setup, before its last plan.
const CUT: usize = 1200;

#[test]
fn a_dropped_connection_is_retried_and_the_run_completes() {
    let c = TestCluster::start("");
    let mut db = c.client("postgres");
    db.batch_execute(
        "CREATE EXTENSION hypopg;
         CREATE TABLE customers (id int PRIMARY KEY);
         CREATE TABLE orders (id serial PRIMARY KEY, customer_id int NOT NULL REFERENCES customers(id), total int);
         INSERT INTO customers SELECT g FROM generate_series(1, 2000) g;
         INSERT INTO orders (customer_id, total) SELECT g % 2000 + 1, g FROM generate_series(1, 100000) g;
         ANALYZE;",
    )
    .unwrap();
    let sql = tempfile::Builder::new().suffix(".sql").tempfile().unwrap();
    std::fs::write(
        sql.path(),
        "SELECT total FROM orders WHERE customer_id = 7;\nSELECT total FROM orders WHERE customer_id = 9;\n",
    )
    .unwrap();
    // The first read and the first planning session are cut mid-way.
    let port = flaky_proxy(&c, &[(1, 2500), (3, CUT)]);
    let out = tempfile::tempdir().unwrap();
    let o = common::pgadvisor(&[
        "audit",
        sql.path().to_str().unwrap(),
        "--db",
        &format!("host=127.0.0.1 port={port} user=postgres dbname=postgres sslmode=disable"),
        "--out",
        out.path().to_str().unwrap(),
        "-q",
    ]);
    let e = String::from_utf8_lossy(&o.stderr);
    assert!(o.status.success(), "{e}");
    assert!(e.contains("connection lost"), "{e}");
    let r = common::report(out.path());
    let diagnostics = r["diagnostics"].to_string();
    assert!(
        diagnostics.contains("lost 1 time(s) while reading"),
        "{diagnostics}"
    );
    assert!(diagnostics.contains("re-established"), "{diagnostics}");
    let f = r["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["rule"] == "unindexed-foreign-key")
        .unwrap();
    assert_eq!(f["verified"], "hypopg", "{f:#} {diagnostics}");
}
