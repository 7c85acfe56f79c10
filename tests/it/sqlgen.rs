//! Generated identifiers and statements, checked against a real server.
use crate::common;

use pgadvisor::sqlgen::{self, TableRef};

#[test]
fn quoting_matches_the_server_and_odd_names_work() {
    let c = common::TestCluster::start("");
    let mut db = c.client("postgres");
    // Every keyword: our quoting equals the server's.
    let rows = db
        .query("SELECT word, quote_ident(word) FROM pg_get_keywords()", &[])
        .unwrap();
    assert!(rows.len() > 400);
    for r in rows {
        let (word, quoted): (String, String) = (r.get(0), r.get(1));
        assert_eq!(sqlgen::quote_ident(&word), quoted, "keyword {word}");
    }
    for name in [
        "Mixed Case",
        "tenant-1; drop table x",
        "a\"b",
        "user",
        "ação",
        "_x$1",
        "9lives",
    ] {
        let server: String = db
            .query_one("SELECT quote_ident($1)", &[&name])
            .unwrap()
            .get(0);
        assert_eq!(sqlgen::quote_ident(name), server, "{name}");
    }
    // Objects with hostile names can be created, indexed and constrained.
    let parent = TableRef::new("tenant-1; drop table x", "User");
    let child = TableRef::new("tenant-1; drop table x", "order items");
    db.batch_execute(&format!(
        "CREATE SCHEMA {}; CREATE TABLE {} (\"select\" int PRIMARY KEY); CREATE TABLE {} (id int, \"User ID\" int);
         INSERT INTO {} VALUES (1); INSERT INTO {} VALUES (1, 1), (2, 2), (3, NULL);",
        sqlgen::quote_ident(&parent.schema),
        parent.sql(),
        child.sql(),
        parent.sql(),
        child.sql()
    ))
    .unwrap();
    let orphans: i64 = db
        .query_one(
            &sqlgen::orphan_count(&child, &["User ID"], &parent, &["select"]).sql,
            &[],
        )
        .unwrap()
        .get(0);
    assert_eq!(orphans, 1);
    let name = sqlgen::object_name(&child.name, &["User ID"], "fkey");
    db.batch_execute(
        &sqlgen::add_foreign_key_not_valid(&child, &["User ID"], &parent, &["select"], &name).sql,
    )
    .unwrap();
    assert!(
        db.batch_execute(&sqlgen::validate_foreign_key(&child, &name, &parent).sql)
            .is_err(),
        "the orphan blocks VALIDATE"
    );
    db.batch_execute(&format!("DELETE FROM {} WHERE id = 2", child.sql()))
        .unwrap();
    db.batch_execute(&sqlgen::validate_foreign_key(&child, &name, &parent).sql)
        .unwrap();
    let long = sqlgen::object_name(&"very_long_table_name_".repeat(3), &["User ID"], "idx");
    db.batch_execute(
        &sqlgen::create_index(
            &child,
            &long,
            &["User ID"],
            &["id"],
            Some("\"User ID\" IS NOT NULL"),
        )
        .sql,
    )
    .unwrap();
    let found: i64 = db
        .query_one(
            "SELECT count(*) FROM pg_indexes WHERE indexname = $1",
            &[&long],
        )
        .unwrap()
        .get(0);
    assert_eq!(found, 1, "the 63-byte name is kept as generated");
}
