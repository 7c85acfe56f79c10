//! `partition-table` on a real database: the seed 003 `timeline_log` (a
//! million rows over two years, read by recent range, written by appends)
//! found from a captured log, its migration applied statement by statement:
//! every row kept, the original reads returning the same rows, `EXPLAIN`
//! pruning partitions, inserts still working, retention dropping one
//! period. Silent on a small table and once updates dominate the writes. The
//! tenant (hash) migration through the library, proven the same way.
use crate::common;

use common::TestCluster;

const SCHEMA: &str = "
    CREATE TABLE implantacoes (id serial PRIMARY KEY, nome_empresa text NOT NULL);
    INSERT INTO implantacoes (nome_empresa) SELECT 'empresa ' || g FROM generate_series(1, 300) g;
    CREATE TABLE timeline_log (id serial PRIMARY KEY, implantacao_id int NOT NULL REFERENCES implantacoes,
                               tipo text NOT NULL, created_at timestamptz NOT NULL DEFAULT now());
    INSERT INTO timeline_log (implantacao_id, tipo, created_at)
      SELECT 1 + g % 300, (ARRAY['nota','status','tarefa'])[1 + g % 3],
             '2024-01-01 00:00:00+00'::timestamptz + g * interval '57 seconds'
      FROM generate_series(1, 1050000) g;
    CREATE INDEX timeline_log_impl_idx ON timeline_log (implantacao_id, created_at DESC);
    -- Same shape, too small to partition.
    CREATE TABLE notas_log (id serial PRIMARY KEY, implantacao_id int NOT NULL, created_at timestamptz NOT NULL);
    INSERT INTO notas_log (implantacao_id, created_at)
      SELECT 1 + g % 300, '2024-01-01'::timestamptz + g * interval '20 minutes' FROM generate_series(1, 50000) g;";

const RECENT: &str = "SELECT id, implantacao_id, tipo, created_at FROM timeline_log \
     WHERE implantacao_id = $1 AND created_at >= $2::text::timestamptz ORDER BY created_at DESC, id LIMIT 50";

fn rows(db: &mut postgres::Client, sql: &str) -> Vec<String> {
    common::lines(db, &format!("SELECT row_to_json(x)::text FROM ({sql}) x"))
}

/// Runs a finding's migration statement by statement; `table` is then partitioned.
fn migrate(db: &mut postgres::Client, f: &serde_json::Value, table: &str) {
    for s in f["sql"].as_array().unwrap() {
        let s = s.as_str().unwrap();
        db.batch_execute(s).unwrap_or_else(|e| panic!("{s}\n{e}"));
    }
    let kind = format!("SELECT relkind::text FROM pg_class WHERE oid = '{table}'::regclass");
    assert_eq!(common::lines(db, &kind), ["p"]);
}

#[test]
fn timeline_log_is_partitioned_by_month_or_year_and_keeps_every_row() {
    let mut c = TestCluster::start("max_wal_size = '1GB'");
    let mut db = c.client("postgres");
    db.batch_execute(SCHEMA).unwrap();
    db.batch_execute("CHECKPOINT").unwrap();
    db.batch_execute("VACUUM ANALYZE").unwrap();
    common::reset_activity(&mut db);
    for k in 0..60i32 {
        let since = if k % 2 == 0 {
            "2025-11-01 00:00:00+00"
        } else {
            "2025-06-15 00:00:00+00"
        };
        db.query(RECENT, &[&(1 + k % 300), &since]).unwrap();
        db.query("SELECT count(*) FROM notas_log WHERE implantacao_id = $1 AND created_at >= $2::text::timestamptz", &[&(1 + k % 300), &since]).unwrap();
    }
    for k in 0..30i32 {
        db.execute(
            "INSERT INTO timeline_log (implantacao_id, tipo, created_at) VALUES ($1, $2, '2025-12-20 10:00:00+00'::timestamptz + $1::int * interval '1 minute')",
            &[&(1 + k), &"nota"],
        )
        .unwrap();
        db.execute(
            "INSERT INTO notas_log (implantacao_id, created_at) VALUES ($1, now())",
            &[&(1 + k)],
        )
        .unwrap();
    }
    // Retention by time range is what partitions replace: not counted against appends.
    db.execute(
        "DELETE FROM timeline_log WHERE created_at < $1::text::timestamptz",
        &[&"2024-01-01 00:10:00+00"],
    )
    .unwrap();
    drop(db);
    let (_, r) = c.audit_log_live("postgres");
    let found = common::findings(&r, "partition-table");
    assert_eq!(found.len(), 1, "{found:#?}");
    let f = found[0].clone();
    assert_eq!(f["subject"]["table"], "timeline_log", "{f:#}");
    assert_eq!(f["evidence"]["method"], "range");
    assert_eq!(f["evidence"]["column"], "created_at");
    // ~1 M rows over two years: a month holds ~44 k rows, a year ~530 k.
    assert_eq!(f["evidence"]["scheme"]["period"], "year", "{f:#}");
    let changes = f["evidence"]["key_changes"].to_string();
    assert!(
        changes.contains("primary key") && changes.contains("(id, created_at)"),
        "{changes}"
    );
    // Appended in time order (pg_stats.correlation about 1): the cheaper
    // BRIN index is offered beside the migration, with what it does not do.
    let brin = &f["evidence"]["brin_alternative"];
    assert!(brin["correlation"].as_f64().unwrap() >= 0.9, "{f:#}");
    assert!(
        brin["trade_off"].as_str().unwrap().contains("DELETE"),
        "{brin:#}"
    );
    let brin_sql = brin["index"].as_str().unwrap().to_owned();
    {
        // It builds, and a read of a range of created_at uses it.
        let mut db = c.client("postgres");
        db.batch_execute(&brin_sql).unwrap();
        db.batch_execute("ANALYZE timeline_log; SET enable_indexscan = off")
            .unwrap();
        let plan = common::lines(
            &mut db,
            "EXPLAIN SELECT count(*) FROM timeline_log WHERE created_at >= '2025-11-01' AND created_at < '2025-11-08'",
        )
        .join("\n");
        assert!(plan.contains("timeline_log_created_at_brin"), "{plan}");
        db.batch_execute("DROP INDEX timeline_log_created_at_brin")
            .unwrap();
    }

    // Updates now dominate the writes: the same table is no longer a log.
    let mut db = c.client("postgres");
    for k in 0..200i32 {
        db.execute(
            "UPDATE timeline_log SET tipo = 'editada' WHERE id = $1",
            &[&(1000 + k)],
        )
        .unwrap();
    }
    drop(db);
    let (_, r2) = c.audit_log_live("postgres");
    assert!(
        common::findings(&r2, "partition-table").is_empty(),
        "an update-heavy table was partitioned"
    );
    // ... and the report says why it was looked at and refused.
    let refusal = r2["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|d| d.as_str())
        .find(|d| d.starts_with("partition-table: public.timeline_log"))
        .unwrap_or_else(|| panic!("no refusal named: {}", r2["diagnostics"]));
    assert!(
        refusal.contains("of its writes are appends, fewer than min_append_share"),
        "{refusal}"
    );

    let mut db = c.client("postgres");
    let before = common::lines(&mut db, "SELECT count(*) FROM timeline_log");
    let reads = [
        "SELECT id, implantacao_id, tipo, created_at FROM timeline_log WHERE implantacao_id = 7 AND created_at >= '2025-06-15' ORDER BY created_at DESC, id LIMIT 50".to_owned(),
        "SELECT implantacao_id, count(*), min(created_at), max(id) FROM timeline_log WHERE created_at BETWEEN '2024-12-30' AND '2025-01-02' GROUP BY 1 ORDER BY 1".to_owned(),
        "SELECT * FROM timeline_log WHERE tipo = 'editada' ORDER BY id".to_owned(),
    ];
    let expected: Vec<Vec<String>> = reads.iter().map(|q| rows(&mut db, q)).collect();
    migrate(&mut db, &f, "timeline_log");
    assert_eq!(
        common::lines(&mut db, "SELECT count(*) FROM timeline_log"),
        before
    );
    assert_eq!(
        common::lines(&mut db, "SELECT count(*) FROM timeline_log_old"),
        before
    );
    let missing = common::lines(
        &mut db,
        "SELECT count(*) FROM (SELECT * FROM timeline_log_old EXCEPT SELECT * FROM timeline_log) d",
    );
    assert_eq!(missing, ["0"]);
    for (q, e) in reads.iter().zip(&expected) {
        assert_eq!(&rows(&mut db, q), e, "{q}");
    }
    // Pruning: a recent range reads only its year.
    let plan = common::lines(&mut db, "EXPLAIN SELECT * FROM timeline_log WHERE implantacao_id = 7 AND created_at >= '2025-06-15'").join("\n");
    assert!(
        plan.contains("timeline_log_p2025") && !plan.contains("timeline_log_p2024"),
        "{plan}"
    );
    // The indexes kept their names on the new table and are used.
    let idx = common::lines(&mut db, "SELECT indexrelid::regclass::text FROM pg_index WHERE indrelid = 'timeline_log'::regclass ORDER BY 1");
    assert_eq!(idx, ["timeline_log_impl_idx", "timeline_log_pkey"]);
    // New rows still get ids from the old sequence, and land in their period.
    db.batch_execute("INSERT INTO timeline_log (implantacao_id, tipo) VALUES (1, 'nova')")
        .unwrap();
    let n = common::lines(
        &mut db,
        "SELECT count(*) FROM timeline_log WHERE tipo = 'nova' AND id > 1050000",
    );
    assert_eq!(n, ["1"]);
    // Maintenance creates the next period; retention drops the oldest one.
    for s in f["evidence"]["maintenance"]
        .as_array()
        .unwrap()
        .iter()
        .chain(f["evidence"]["retention"].as_array().unwrap())
    {
        db.batch_execute(s.as_str().unwrap())
            .unwrap_or_else(|e| panic!("{s}\n{e}"));
    }
    assert_eq!(
        common::lines(
            &mut db,
            "SELECT count(*) FROM timeline_log WHERE created_at < '2025-01-01'"
        ),
        ["0"]
    );
    let left = common::lines(
        &mut db,
        "SELECT count(*) FROM timeline_log_old WHERE created_at >= '2025-01-01'",
    );
    let now_rows = common::lines(&mut db, "SELECT count(*) - 1 FROM timeline_log");
    assert_eq!(left, now_rows);
    db.batch_execute(f["evidence"]["cleanup"].as_str().unwrap())
        .unwrap();
    db.batch_execute("INSERT INTO timeline_log (implantacao_id, tipo) VALUES (2, 'after cleanup')")
        .unwrap();
}

/// A shared multi-tenant table by hash of its tenant key, through the library.
#[test]
fn tenant_table_is_partitioned_by_hash() {
    use pgadvisor::sqlgen::partition::{plan, Scheme};
    let c = TestCluster::start("");
    let mut db = c.client("postgres");
    db.batch_execute(
        "CREATE TABLE pedidos (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, account_id int NOT NULL,
                               numero text NOT NULL, total numeric, UNIQUE (account_id, numero));
         INSERT INTO pedidos (account_id, numero, total) SELECT g % 97, 'n' || g, g FROM generate_series(1, 60000) g;
         CREATE INDEX pedidos_total_idx ON pedidos (total) WHERE total > 100;",
    )
    .unwrap();
    let schema = pgadvisor::input::schema_dump::parse(&c.dump_schema("postgres")).0;
    let table = pgadvisor::sqlgen::TableRef::new("public", "pedidos");
    let p = plan(
        &table,
        &schema,
        &Scheme::Hash {
            column: "account_id".into(),
            modulus: 8,
        },
    )
    .unwrap();
    let read = "SELECT * FROM pedidos WHERE account_id = 42 ORDER BY id";
    let expected = rows(&mut db, read);
    for s in &p.steps {
        db.batch_execute(&s.sql)
            .unwrap_or_else(|e| panic!("{}\n{e}", s.sql));
    }
    assert_eq!(rows(&mut db, read), expected);
    assert_eq!(
        common::lines(&mut db, "SELECT count(*) FROM pedidos"),
        ["60000"]
    );
    let plan_text = common::lines(&mut db, &format!("EXPLAIN {read}")).join("\n");
    let scanned: std::collections::BTreeSet<&str> = plan_text
        .split(|c: char| !c.is_alphanumeric() && c != '_')
        .filter(|w| w.starts_with("pedidos_h") && w[9..].chars().all(|d| d.is_ascii_digit()))
        .collect();
    assert_eq!(scanned.len(), 1, "{plan_text}");
    // The identity continues after the copied values; the unique key already held the tenant.
    db.batch_execute("INSERT INTO pedidos (account_id, numero) VALUES (1, 'new')")
        .unwrap();
    assert_eq!(
        common::lines(&mut db, "SELECT id FROM pedidos WHERE numero = 'new'"),
        ["60001"]
    );
    assert_eq!(p.key_changes.len(), 1, "{:?}", p.key_changes);
    // Referenced by a foreign key: refused, with the reason.
    let (s2, _) = pgadvisor::input::schema_dump::parse(
        "CREATE TABLE public.a (id int PRIMARY KEY, t timestamptz); CREATE TABLE public.b (id int PRIMARY KEY, a_id int REFERENCES public.a);",
    );
    let e = plan(
        &pgadvisor::sqlgen::TableRef::new("public", "a"),
        &s2,
        &Scheme::Hash {
            column: "id".into(),
            modulus: 8,
        },
    )
    .unwrap_err();
    assert!(e.0.contains("foreign keys of public.b"), "{e}");
}

/// A log table in every tenant schema: a statement folded over the tenants
/// counts in each tenant's table with the calls it made there, so each
/// tenant that reads its log by range gets its own migration (before, the
/// first tenant took every read and the others none), and a tenant that
/// only writes its log gets none.
#[test]
fn each_tenant_log_is_judged_on_its_own_reads() {
    let mut c = TestCluster::start("");
    let mut db = c.client("postgres");
    let tenants = ["tenant_1", "tenant_2", "tenant_3"];
    for t in tenants {
        db.batch_execute(&format!(
            "CREATE SCHEMA {t};
             CREATE TABLE {t}.events (id serial PRIMARY KEY, kind text NOT NULL, created_at timestamptz NOT NULL);
             INSERT INTO {t}.events (kind, created_at)
               SELECT 'k' || g % 5, '2024-01-01 00:00:00+00'::timestamptz + g * interval '35 minutes'
               FROM generate_series(1, 30000) g;"
        ))
        .unwrap();
    }
    db.batch_execute("VACUUM ANALYZE").unwrap();
    common::reset_activity(&mut db);
    let reads = [40, 20, 0];
    for (t, n) in tenants.iter().zip(reads) {
        for k in 0..n {
            db.query(
                &format!("SELECT id, kind FROM {t}.events WHERE created_at >= $1::text::timestamptz ORDER BY id LIMIT 20"),
                &[&format!("2025-0{}-01 00:00:00+00", 1 + k % 9)],
            )
            .unwrap();
        }
        for _ in 0..10 {
            db.execute(
                &format!("INSERT INTO {t}.events (kind, created_at) VALUES ($1, now())"),
                &[&"new"],
            )
            .unwrap();
        }
    }
    drop(db);
    let log = c.log_snapshot();
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("pgadvisor.toml");
    std::fs::write(&config, "[rules.partition-table]\nmin_rows = 10000\n").unwrap();
    let r = c.audit_offline(
        "postgres",
        log.path(),
        &["--config", config.to_str().unwrap()],
    );
    let found: Vec<(String, u64)> = common::findings(&r, "partition-table")
        .iter()
        .map(|f| {
            (
                format!(
                    "{}.{}",
                    f["subject"]["schema"].as_str().unwrap(),
                    f["subject"]["table"].as_str().unwrap()
                ),
                f["evidence"]["reads"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        found,
        [
            ("tenant_1.events".to_owned(), 40),
            ("tenant_2.events".to_owned(), 20)
        ]
    );

    // tenant_2's migration keeps its rows and answers its reads the same.
    let f = common::findings(&r, "partition-table")
        .into_iter()
        .find(|f| f["subject"]["schema"] == "tenant_2")
        .unwrap()
        .clone();
    let mut db = c.client("postgres");
    let read = "SELECT id, kind FROM tenant_2.events WHERE created_at >= '2025-03-01' ORDER BY id LIMIT 20";
    let expected = rows(&mut db, read);
    let count = common::lines(&mut db, "SELECT count(*) FROM tenant_2.events");
    migrate(&mut db, &f, "tenant_2.events");
    assert_eq!(
        common::lines(&mut db, "SELECT count(*) FROM tenant_2.events"),
        count
    );
    assert_eq!(rows(&mut db, read), expected);
    // The other tenants' tables are untouched.
    assert_eq!(
        common::lines(
            &mut db,
            "SELECT string_agg(relkind::text, '') FROM pg_class WHERE oid IN ('tenant_1.events'::regclass, 'tenant_3.events'::regclass)"
        ),
        ["rr"]
    );
}
