//! SQL builders shared by the rules: identifiers quoted exactly as
//! PostgreSQL needs, literals escaped, names deterministic and at most 63
//! bytes; a test compares [`quote_ident`] with the server's own
//! `quote_ident()` for every keyword. Indexes, constraints, views, caches and
//! partitioning are built here, each statement as a typed [`Step`] (what it
//! is for, its lock, whether it may run in a transaction block): no rule
//! writes SQL of its own.

pub(crate) mod ast;
pub mod denormalize;
pub mod fix;
pub(crate) mod limits;
pub mod matview;
pub mod partition;
pub(crate) mod rewrite;
pub(crate) mod tenant;

pub use fix::{Fix, IndexShape, Lock, Role, Runs, Step, Transaction};

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
) -> Step {
    let keys: Vec<(&str, bool)> = columns.iter().map(|c| (c.as_ref(), false)).collect();
    create_index_keys(table, name, &keys, include, predicate)
}

/// `CREATE INDEX CONCURRENTLY … USING brin (column)`: block ranges of a
/// table appended in the column's order. Not a btree: it declares no index
/// shape, so nothing folds it with one.
pub fn create_brin_index(table: &TableRef, column: &str) -> Step {
    let name = object_name(&table.name, &[column], "brin");
    let sql = format!(
        "CREATE INDEX CONCURRENTLY IF NOT EXISTS {} ON {} USING brin ({});",
        quote_ident(&name),
        table.sql(),
        quote_ident(column)
    );
    Step::new(Role::CreateIndex, sql)
        .locks(table, Lock::ShareUpdateExclusive)
        .in_transaction(Transaction::Outside)
}

/// An index's key list: `status, created_at DESC`.
pub fn key_list(keys: &[(&str, bool)]) -> String {
    keys.iter()
        .map(|(c, desc)| format!("{}{}", quote_ident(c), if *desc { " DESC" } else { "" }))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A condition on one column with constants: `deleted_at IS NULL`,
/// `status = 'nova'`, `status IN ('nova', 'andamento')` (a partial index's predicate).
pub fn column_condition(
    column: &str,
    op: crate::model::facts::PredicateOp,
    values: &[String],
) -> String {
    use crate::model::facts::PredicateOp;
    let c = quote_ident(column);
    match op {
        PredicateOp::IsNull => format!("{c} IS NULL"),
        PredicateOp::IsNotNull => format!("{c} IS NOT NULL"),
        _ if values.len() == 1 => format!("{c} = {}", quote_literal(&values[0])),
        _ => format!(
            "{c} IN ({})",
            values
                .iter()
                .map(|v| quote_literal(v))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}

/// A statement folded over tenant schemas, as it runs in one of them:
/// `"tenant_*".orders` → `tenant_42.orders`. None when the text does not
/// name the family's `label`.
pub fn in_schema(text: &str, label: &str, schema: &str) -> Option<String> {
    let folded = format!("{}.", quote_ident(label));
    text.contains(&folded)
        .then(|| text.replace(&folded, &format!("{}.", quote_ident(schema))))
}

/// [`create_index`] with keys that may be descending: (column, descending).
pub fn create_index_keys(
    table: &TableRef,
    name: &str,
    keys: &[(&str, bool)],
    include: &[impl AsRef<str>],
    predicate: Option<&str>,
) -> Step {
    build_index(false, table, name, keys, include, predicate)
}

/// `CREATE UNIQUE INDEX CONCURRENTLY …`: a key the data already holds
/// unique. Run after [`no_duplicates`]: a build that meets a duplicate fails
/// and leaves an INVALID index behind.
pub fn create_unique_index(table: &TableRef, name: &str, keys: &[(&str, bool)]) -> Step {
    build_index(true, table, name, keys, &[] as &[&str], None)
}

/// A `DO` block that raises when `columns` hold a value twice: the script
/// stops before building a unique index that would fail.
pub fn no_duplicates(table: &TableRef, columns: &[impl AsRef<str>]) -> Step {
    let cols = ident_list(columns);
    let not_null: Vec<String> = columns
        .iter()
        .map(|c| format!("{} IS NOT NULL", quote_ident(c.as_ref())))
        .collect();
    let sql = format!(
        "DO $check$ BEGIN IF EXISTS (SELECT 1 FROM {t} WHERE {nn} GROUP BY {cols} HAVING count(*) > 1) \
         THEN RAISE EXCEPTION 'duplicate values in {lit} ({lit_cols}): create the index without UNIQUE'; END IF; END $check$;",
        t = table.sql(),
        nn = not_null.join(" AND "),
        // Quoted for the string literal, `%` doubled for RAISE's format.
        lit = table.sql().replace('\'', "''").replace('%', "%%"),
        lit_cols = cols.replace('\'', "''").replace('%', "%%"),
    );
    Step::new(Role::Check, sql).locks(table, Lock::AccessShare)
}

fn build_index(
    unique: bool,
    table: &TableRef,
    name: &str,
    keys: &[(&str, bool)],
    include: &[impl AsRef<str>],
    predicate: Option<&str>,
) -> Step {
    let mut sql = format!(
        "CREATE {}INDEX CONCURRENTLY IF NOT EXISTS {} ON {} ({})",
        if unique { "UNIQUE " } else { "" },
        quote_ident(name),
        table.sql(),
        key_list(keys)
    );
    if !include.is_empty() {
        sql.push_str(&format!(" INCLUDE ({})", ident_list(include)));
    }
    if let Some(p) = predicate {
        sql.push_str(" WHERE ");
        sql.push_str(p);
    }
    sql.push(';');
    Step::new(Role::CreateIndex, sql)
        .locks(table, Lock::ShareUpdateExclusive)
        .in_transaction(Transaction::Outside)
        .building(IndexShape {
            keys: keys
                .iter()
                .map(|(c, desc)| format!("{c}{}", if *desc { " DESC" } else { "" }))
                .collect(),
            partial: predicate.is_some(),
        })
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
pub fn create_index_like(table: &TableRef, index: &crate::model::schema::Index) -> Step {
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
    Step::new(Role::CreateIndex, sql)
        .locks(table, Lock::ShareUpdateExclusive)
        .in_transaction(Transaction::Outside)
}

/// `ALTER TABLE child ADD CONSTRAINT name FOREIGN KEY (cols) REFERENCES parent (cols) NOT VALID;`
pub fn add_foreign_key_not_valid(
    child: &TableRef,
    columns: &[impl AsRef<str>],
    parent: &TableRef,
    parent_columns: &[impl AsRef<str>],
    name: &str,
) -> Step {
    let sql = foreign_key(child, columns, parent, parent_columns, name, " NOT VALID");
    Step::new(Role::AddConstraint, sql)
        .locks(child, Lock::ShareRowExclusive)
        .also_locks(parent, Lock::ShareRowExclusive)
}

fn foreign_key(
    child: &TableRef,
    columns: &[impl AsRef<str>],
    parent: &TableRef,
    parent_columns: &[impl AsRef<str>],
    name: &str,
    suffix: &str,
) -> String {
    format!(
        "ALTER TABLE {} ADD CONSTRAINT {} FOREIGN KEY ({}) REFERENCES {} ({}){suffix};",
        child.sql(),
        quote_ident(name),
        ident_list(columns),
        parent.sql(),
        ident_list(parent_columns)
    )
}

/// A foreign key checked at once, on a table this fix created (empty, or
/// filled by the fix itself: nothing to hold off).
pub fn add_foreign_key_on_new(
    child: &TableRef,
    columns: &[impl AsRef<str>],
    parent: &TableRef,
    parent_columns: &[impl AsRef<str>],
    name: &str,
) -> Step {
    let sql = foreign_key(child, columns, parent, parent_columns, name, "");
    Step::new(Role::AddConstraint, sql)
        .locks(child, Lock::ShareRowExclusive)
        .created_here()
        .also_locks(parent, Lock::ShareRowExclusive)
}

/// Drops an index without blocking writes; nothing if it is already gone.
pub fn drop_index(table: &TableRef, name: &str) -> Step {
    let sql = format!(
        "DROP INDEX CONCURRENTLY IF EXISTS {};",
        qualified(Some(&table.schema), name)
    );
    Step::new(Role::DropIndex, sql)
        .locks(table, Lock::ShareUpdateExclusive)
        .in_transaction(Transaction::Outside)
}

/// `ALTER TABLE t VALIDATE CONSTRAINT name;` for a foreign key to `parent`,
/// which it holds in ROW SHARE while it scans.
pub fn validate_foreign_key(table: &TableRef, name: &str, parent: &TableRef) -> Step {
    let sql = format!(
        "ALTER TABLE {} VALIDATE CONSTRAINT {};",
        table.sql(),
        quote_ident(name)
    );
    Step::new(Role::Validate, sql)
        .locks(table, Lock::ShareUpdateExclusive)
        .also_locks(parent, Lock::RowShare)
}

/// Counts child rows whose key has no parent row (what `VALIDATE` would reject).
pub fn orphan_count(
    child: &TableRef,
    columns: &[impl AsRef<str>],
    parent: &TableRef,
    parent_columns: &[impl AsRef<str>],
) -> Step {
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
    let sql = format!(
        "SELECT count(*) AS orphans FROM {} AS c WHERE {} AND NOT EXISTS (SELECT 1 FROM {} AS p WHERE {});",
        child.sql(),
        not_null.join(" AND "),
        parent.sql(),
        join.join(" AND ")
    );
    Step::new(Role::Check, sql).locks(child, Lock::AccessShare)
}

/// `ANALYZE t;`: fresh statistics for the planner.
pub fn analyze(table: &TableRef) -> Step {
    Step::new(Role::Maintenance, format!("ANALYZE {};", table.sql()))
        .locks(table, Lock::ShareUpdateExclusive)
}

/// `VACUUM (ANALYZE) t;`: the visibility map renewed (index-only scans stop visiting the heap).
pub fn vacuum_analyze(table: &TableRef) -> Step {
    Step::new(
        Role::Maintenance,
        format!("VACUUM (ANALYZE) {};", table.sql()),
    )
    .locks(table, Lock::ShareUpdateExclusive)
    .in_transaction(Transaction::Outside)
}

/// Extended statistics on `columns` of `table` (`kinds`: dependencies, ndistinct, mcv).
pub fn create_statistics(
    table: &TableRef,
    name: &str,
    kinds: &[&str],
    columns: &[impl AsRef<str>],
) -> Step {
    let sql = format!(
        "CREATE STATISTICS IF NOT EXISTS {} ({}) ON {} FROM {};",
        qualified(Some(&table.schema), name),
        kinds.join(", "),
        ident_list(columns),
        table.sql()
    );
    Step::new(Role::Maintenance, sql).locks(table, Lock::ShareUpdateExclusive)
}

/// `SET work_mem = '…MB';` for the sessions that run a query.
pub fn work_mem(mb: u64) -> Step {
    Step::new(Role::SessionSetting, format!("SET work_mem = '{mb}MB';"))
}

/// A query for the application to send instead of `original`, which the
/// script prints beside it.
pub fn application_query_for(original: &str, sql: String) -> Step {
    Step::new(Role::ApplicationRewrite, sql).replacing(original)
}

/// `SET lock_timeout`: the statements that follow give up instead of queueing.
pub fn lock_timeout(seconds: u32) -> Step {
    Step::new(
        Role::ScriptSetting,
        format!("SET lock_timeout = '{seconds}s';"),
    )
}
