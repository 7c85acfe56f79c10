//! SQL builders shared by the rules: identifiers quoted exactly as
//! PostgreSQL needs, literals escaped, names deterministic and at most 63
//! bytes; a test compares [`quote_ident`] with the server's own
//! `quote_ident()` for every keyword. Indexes, constraints, views, caches and
//! partitioning are built here. Some short statements are still written in
//! the rules themselves (`ANALYZE`, `SET work_mem`, a rewritten query);
//! they quote through this module, and typed fixes (issue 20, part 3) will
//! bring them here.

pub(crate) mod ast;
pub mod denormalize;
pub mod matview;
pub mod partition;

pub use crate::vocab::sql_names::{
    ident_list, object_name, qualified, quote_ident, quote_literal, truncate_bytes, TableRef,
    MAX_IDENT_BYTES,
};

/// `CREATE INDEX CONCURRENTLY IF NOT EXISTS name ON table (cols) [INCLUDE (…)] [WHERE …];`
/// `predicate` is SQL already (built by the caller from quoted parts).
pub fn create_index(
    table: &TableRef,
    name: &str,
    columns: &[impl AsRef<str>],
    include: &[impl AsRef<str>],
    predicate: Option<&str>,
) -> String {
    let mut sql = format!(
        "CREATE INDEX CONCURRENTLY IF NOT EXISTS {} ON {} ({})",
        quote_ident(name),
        table.sql(),
        ident_list(columns)
    );
    if !include.is_empty() {
        sql.push_str(&format!(" INCLUDE ({})", ident_list(include)));
    }
    if let Some(p) = predicate {
        sql.push_str(" WHERE ");
        sql.push_str(p);
    }
    sql.push(';');
    sql
}

/// One key of an index as its definition writes it (`col DESC`, `(expr)`).
pub fn key_sql(k: &crate::model::schema::IndexKey) -> String {
    use crate::model::schema::IndexKey;
    match k {
        IndexKey::Column { name, desc } => {
            format!("{}{}", quote_ident(name), if *desc { " DESC" } else { "" })
        }
        IndexKey::Expression { sql } => format!("({sql})"),
    }
}

/// The same index as `index` (method, uniqueness, keys, INCLUDE, predicate) on `table`.
pub fn create_index_like(table: &TableRef, index: &crate::model::schema::Index) -> String {
    let keys: Vec<String> = index.keys.iter().map(key_sql).collect();
    let mut sql = format!(
        "CREATE {}INDEX CONCURRENTLY IF NOT EXISTS {} ON {} USING {} ({})",
        if index.unique { "UNIQUE " } else { "" },
        quote_ident(&index.name),
        table.sql(),
        index.method,
        keys.join(", ")
    );
    if !index.include.is_empty() {
        sql.push_str(&format!(" INCLUDE ({})", ident_list(&index.include)));
    }
    if let Some(p) = &index.predicate {
        sql.push_str(&format!(" WHERE {p}"));
    }
    sql.push(';');
    sql
}

/// `ALTER TABLE child ADD CONSTRAINT name FOREIGN KEY (cols) REFERENCES parent (cols) NOT VALID;`
pub fn add_foreign_key_not_valid(
    child: &TableRef,
    columns: &[impl AsRef<str>],
    parent: &TableRef,
    parent_columns: &[impl AsRef<str>],
    name: &str,
) -> String {
    format!(
        "ALTER TABLE {} ADD CONSTRAINT {} FOREIGN KEY ({}) REFERENCES {} ({}) NOT VALID;",
        child.sql(),
        quote_ident(name),
        ident_list(columns),
        parent.sql(),
        ident_list(parent_columns)
    )
}

/// Drops an index without blocking writes; nothing if it is already gone.
pub fn drop_index(table: &TableRef, name: &str) -> String {
    format!(
        "DROP INDEX CONCURRENTLY IF EXISTS {};",
        qualified(Some(&table.schema), name)
    )
}

/// `ALTER TABLE t VALIDATE CONSTRAINT name;`
pub fn validate_constraint(table: &TableRef, name: &str) -> String {
    format!(
        "ALTER TABLE {} VALIDATE CONSTRAINT {};",
        table.sql(),
        quote_ident(name)
    )
}

/// Counts child rows whose key has no parent row (what `VALIDATE` would reject).
pub fn orphan_count(
    child: &TableRef,
    columns: &[impl AsRef<str>],
    parent: &TableRef,
    parent_columns: &[impl AsRef<str>],
) -> String {
    let not_null: Vec<String> = columns
        .iter()
        .map(|c| format!("c.{} IS NOT NULL", quote_ident(c.as_ref())))
        .collect();
    let join: Vec<String> = columns
        .iter()
        .zip(parent_columns)
        .map(|(c, p)| {
            format!(
                "p.{} = c.{}",
                quote_ident(p.as_ref()),
                quote_ident(c.as_ref())
            )
        })
        .collect();
    format!(
        "SELECT count(*) AS orphans FROM {} AS c WHERE {} AND NOT EXISTS (SELECT 1 FROM {} AS p WHERE {});",
        child.sql(),
        not_null.join(" AND "),
        parent.sql(),
        join.join(" AND ")
    )
}
