//! The schema model from a real `pg_dump --schema-only`.
mod common;

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
        2 + 5 * 5 + 2,
        "accounts, users, 5 tenants × 5 tables, 2 locations"
    );
    assert_eq!(s.schemas_with("whatsapp_logs").len(), 5);
}
