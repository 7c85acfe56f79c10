//! The schema model from a real `pg_dump --schema-only`.
use crate::common;

use pgadvisor::input::schema_dump;
use pgadvisor::model::schema::IndexKey;
use pgadvisor::sqlgen::TableRef;
use std::path::Path;

#[test]
fn a_real_dump_with_keys_indexes_and_partitions() {
    let c = common::TestCluster::start("");
    let mut db = c.client("postgres");
    db.batch_execute(
        r#"CREATE TABLE accounts (id serial PRIMARY KEY, email text UNIQUE, name text NOT NULL);
           CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, account_id int NOT NULL REFERENCES accounts(id),
                               "Display Name" varchar(80), deleted_at timestamptz);
           CREATE INDEX users_active_idx ON users (account_id) INCLUDE ("Display Name") WHERE deleted_at IS NULL;
           CREATE INDEX users_lower_idx ON users (lower("Display Name"));
           CREATE TABLE events (id bigint NOT NULL, account_id int NOT NULL, created_at timestamptz NOT NULL, payload jsonb,
                                PRIMARY KEY (id, created_at)) PARTITION BY RANGE (created_at);
           CREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
           CREATE TABLE events_default PARTITION OF events DEFAULT;
           CREATE INDEX ON events (account_id, created_at DESC);
           CREATE SCHEMA "tenant-1; drop table x";
           CREATE TABLE "tenant-1; drop table x"."Orders" (id int PRIMARY KEY, "user" int, total numeric(12,2));
           ALTER TABLE "tenant-1; drop table x"."Orders" ADD CONSTRAINT orders_user_fk FOREIGN KEY ("user") REFERENCES users(id) NOT VALID;
           CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1; $$;
           CREATE VIEW v AS SELECT id FROM accounts;
           CREATE MATERIALIZED VIEW mv AS SELECT count(*) FROM users;"#,
    )
    .unwrap();
    let dump = c.dump_schema("postgres");
    let (s, sum) = schema_dump::parse(&dump);
    assert!(sum.failed.is_empty(), "{:#?}", sum.failed);
    let users = s.table(&TableRef::new("public", "users")).unwrap();
    assert_eq!(users.primary_key.as_deref(), Some(&["id".to_owned()][..]));
    assert_eq!(
        users.column("Display Name").unwrap().data_type,
        "character varying(80)"
    );
    assert!(users.column("account_id").unwrap().not_null);
    let fk = &users.foreign_keys[0];
    assert_eq!(
        (fk.columns.as_slice(), &fk.references),
        (
            &["account_id".to_owned()][..],
            &TableRef::new("public", "accounts")
        )
    );
    let active = users
        .indexes
        .iter()
        .find(|i| i.name == "users_active_idx")
        .unwrap();
    assert_eq!(active.include, vec!["Display Name"]);
    assert_eq!(active.predicate.as_deref(), Some("(deleted_at IS NULL)"));
    let lower = users
        .indexes
        .iter()
        .find(|i| i.name == "users_lower_idx")
        .unwrap();
    assert!(matches!(&lower.keys[0], IndexKey::Expression { sql } if sql.contains("lower")));
    let accounts = s.table(&TableRef::new("public", "accounts")).unwrap();
    assert!(accounts.is_unique_key(&["email".to_owned()]));
    let events = s.table(&TableRef::new("public", "events")).unwrap();
    assert_eq!(events.partitioning.as_ref().unwrap().strategy, "range");
    assert_eq!(events.primary_key.as_ref().unwrap().len(), 2);
    assert!(events.has_index_leading_with(&["account_id".to_owned()]));
    for p in ["events_2025", "events_default"] {
        assert_eq!(
            s.table(&TableRef::new("public", p)).unwrap().partition_of,
            Some(TableRef::new("public", "events")),
            "{p}"
        );
    }
    let orders = s
        .table(&TableRef::new("tenant-1; drop table x", "Orders"))
        .unwrap();
    assert_eq!(orders.foreign_keys[0].columns, vec!["user"]);
    assert!(orders.foreign_keys[0].not_valid);
    assert!(
        !s.tables.contains_key(&TableRef::new("public", "v")),
        "views are not tables"
    );
}

#[test]
fn the_bundled_dump_reads_cleanly() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("samples/schema.sql");
    let (s, sum) = schema_dump::read(&path).unwrap();
    assert!(sum.failed.is_empty(), "{:#?}", sum.failed);
    assert_eq!(
        s.tables.len(),
        3 + 5 * 7 + 2,
        "accounts, users, audit_log, 5 tenants × 7 tables, 2 locations"
    );
    let users = s.table(&TableRef::new("public", "users")).unwrap();
    assert_eq!(users.foreign_keys.len(), 1, "the one declared foreign key");
    assert_eq!(s.schemas_with("whatsapp_logs").len(), 5);
}

#[test]
fn statistics_from_the_readme_query_and_from_csv() {
    let c = common::TestCluster::start("");
    let mut db = c.client("postgres");
    db.batch_execute(
        "CREATE TABLE orders (id serial PRIMARY KEY, status text NOT NULL, note text);
         INSERT INTO orders (status) SELECT CASE WHEN g % 3 = 0 THEN 'nova' ELSE 'paga' END FROM generate_series(1, 3000) g;
         ANALYZE orders;",
    )
    .unwrap();
    let sql =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts/stats.sql"))
            .unwrap();
    let query = sql
        .lines()
        .filter(|l| !l.starts_with("--"))
        .collect::<Vec<_>>()
        .join("\n");
    let json: String = db
        .query_one(
            &format!("SELECT ({})::text", query.trim_end().trim_end_matches(';')),
            &[],
        )
        .unwrap()
        .get(0);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("stats.json");
    std::fs::write(&path, json).unwrap();
    let (mut schema, _) = schema_dump::parse(&c.dump_schema("postgres"));
    let summary = pgadvisor::input::stats_dump::read(&path, &mut schema).unwrap();
    assert!(summary.tables >= 1 && summary.columns >= 3, "{summary:?}");
    let stats = schema
        .table(&TableRef::new("public", "orders"))
        .unwrap()
        .stats
        .clone()
        .unwrap();
    assert_eq!(stats.rows, Some(3000.0));
    assert!(stats.total_bytes.unwrap() > 8192);
    let status = &stats.columns["status"];
    assert_eq!(status.n_distinct, Some(2.0));
    let paga = status
        .most_common
        .iter()
        .find(|(v, _)| v == "paga")
        .unwrap()
        .1;
    assert!((paga - 0.667).abs() < 0.01, "{paga}");
    assert_eq!(stats.columns["note"].null_frac, Some(1.0));

    // The same from a CSV export of pg_stats.
    let rows = db
        .query("SELECT schemaname, tablename, attname, null_frac, n_distinct, most_common_vals::text, most_common_freqs::text FROM pg_stats WHERE tablename = 'orders'", &[])
        .unwrap();
    let mut csv = String::from(
        "schemaname,tablename,attname,null_frac,n_distinct,most_common_vals,most_common_freqs\n",
    );
    for r in rows {
        let (s, t, a): (String, String, String) = (r.get(0), r.get(1), r.get(2));
        let (nf, nd): (f32, f32) = (r.get(3), r.get(4));
        let (mv, mf): (Option<String>, Option<String>) = (r.get(5), r.get(6));
        let q = |x: Option<String>| format!("\"{}\"", x.unwrap_or_default().replace('"', "\"\""));
        csv.push_str(&format!("{s},{t},{a},{nf},{nd},{},{}\n", q(mv), q(mf)));
    }
    let path = dir.path().join("pg_stats.csv");
    std::fs::write(&path, csv).unwrap();
    let mut schema2 = pgadvisor::model::schema::Schema::default();
    pgadvisor::input::stats_dump::read(&path, &mut schema2).unwrap();
    let status2 = &schema2
        .table(&TableRef::new("public", "orders"))
        .unwrap()
        .stats
        .as_ref()
        .unwrap()
        .columns["status"];
    assert_eq!(status2.most_common.len(), 2);
    assert_eq!(status2.n_distinct, Some(2.0));
}
