//! What a tenant schema that lags behind the others needs: the table it
//! lacks, made like the reference tenant's (with its own sequences and its
//! foreign keys pointing inside the tenant), or the column it lacks. And
//! how a request on a pooled connection keeps its tenant to itself.
use super::fix::{Lock, Role, Step};
use super::{object_name, qualified, quote_ident, quote_literal, TableRef};
use crate::model::schema::{Column, Schema};

/// Statements that create `table` in `lagging` like it is in `reference`.
pub(crate) fn create_table_like(schema: &Schema, reference: &TableRef, lagging: &str) -> Vec<Step> {
    let target = TableRef::new(lagging, &reference.name);
    let mut sql = vec![Step::new(
        Role::CreateTable,
        format!(
            "CREATE TABLE IF NOT EXISTS {} (LIKE {} INCLUDING ALL);",
            target.sql(),
            reference.sql()
        ),
    )
    .locks(&target, Lock::AccessExclusive)
    .created_here()];
    let Some(table) = schema.table(reference) else {
        return sql;
    };
    for c in &table.columns {
        if c.default
            .as_deref()
            .is_some_and(|d| d.starts_with("nextval("))
        {
            // The copied default still draws from the reference's sequence: give the table its own.
            let seq = object_name(&target.name, &[&c.name], "seq");
            let seq_ref = qualified(Some(lagging), &seq);
            sql.push(
                Step::new(
                    Role::CreateTable,
                    format!(
                        "CREATE SEQUENCE IF NOT EXISTS {seq_ref} OWNED BY {}.{};",
                        target.sql(),
                        quote_ident(&c.name)
                    ),
                )
                .locks(&target, Lock::AccessShare)
                .created_here(),
            );
            sql.push(
                Step::new(
                    Role::CreateTable,
                    format!(
                        "ALTER TABLE {} ALTER COLUMN {} SET DEFAULT nextval({}::regclass);",
                        target.sql(),
                        quote_ident(&c.name),
                        quote_literal(&seq_ref)
                    ),
                )
                .locks(&target, Lock::AccessExclusive)
                .created_here(),
            );
        }
    }
    for fk in &table.foreign_keys {
        // References inside the reference tenant point at the lagging tenant's own table.
        let parent = if fk.references.schema == reference.schema {
            TableRef::new(lagging, &fk.references.name)
        } else {
            fk.references.clone()
        };
        if parent != target && !schema.tables.contains_key(&parent) {
            continue;
        }
        let name = fk
            .name
            .clone()
            .unwrap_or_else(|| object_name(&target.name, &fk.columns, "fkey"));
        // The table is empty: checked at once, nothing to hold off.
        sql.push(super::add_foreign_key_on_new(
            &target,
            &fk.columns,
            &parent,
            &fk.referenced_columns,
            &name,
        ));
    }
    sql
}

/// The default a copied column keeps: not one drawing from a sequence,
/// which belongs to the table it was copied from.
pub(crate) fn copied_default(column: &Column) -> Option<&str> {
    column
        .default
        .as_deref()
        .filter(|d| !d.starts_with("nextval("))
}

/// `ALTER TABLE t ADD COLUMN IF NOT EXISTS c type [DEFAULT d [NOT NULL]];` as
/// `column` is in the reference tenant (a sequence default is not copied:
/// it would draw from the reference's sequence).
pub(crate) fn add_column(table: &TableRef, column: &Column) -> Step {
    let default = copied_default(column);
    let mut stmt = format!(
        "ALTER TABLE {} ADD COLUMN IF NOT EXISTS {} {}",
        table.sql(),
        quote_ident(&column.name),
        column.data_type
    );
    if let Some(d) = default {
        stmt.push_str(&format!(" DEFAULT {d}"));
        if column.not_null {
            stmt.push_str(" NOT NULL");
        }
    }
    stmt.push(';');
    Step::new(Role::AddColumn, stmt).locks(table, Lock::AccessExclusive)
}

/// The request run with its tenant's path set for its transaction only:
/// `set` is the session-level `SET search_path …` the application sends
/// now (made `SET LOCAL`), `statement` one of the request's statements.
/// `SET LOCAL` ends with the transaction, so the next request on the
/// connection starts from the default path instead of this tenant's.
pub(crate) fn scoped_to_request(set: &str, statement: &str) -> Option<Step> {
    let set = set.trim().trim_end_matches(';');
    let statement = statement.trim().trim_end_matches(';');
    if set.to_ascii_lowercase().contains("set_config") {
        // The path is a parameter: the request passes its own tenant.
        return Some(
            Step::new(
                Role::ApplicationRewrite,
                format!(
                    "BEGIN;\nSELECT set_config('search_path', $1, true);\n{statement};\nCOMMIT;"
                ),
            )
            .replacing(statement),
        );
    }
    let rest = set
        .get(..4)
        .filter(|w| w.eq_ignore_ascii_case("set "))
        .map(|_| set[4..].trim_start())?;
    let rest = rest
        .get(..8)
        .filter(|w| w.eq_ignore_ascii_case("session "))
        .map_or(rest, |_| rest[8..].trim_start());
    Some(
        Step::new(
            Role::ApplicationRewrite,
            format!("BEGIN;\nSET LOCAL {rest};\n{statement};\nCOMMIT;"),
        )
        .replacing(statement),
    )
}

/// What the pool runs when a connection is given back (PgBouncer's
/// `server_reset_query`, a pool's release hook): the next request starts
/// from the default path, not the last tenant's.
pub(crate) fn reset_on_release() -> Step {
    Step::new(Role::SessionSetting, "RESET search_path;".to_owned())
}

/// The one catalog query an application runs at start-up (and after a
/// migration) instead of asking, request after request, whether each of
/// its schemas and tables exists (`replaced` is the lookup it sends now):
/// every schema's tables, views and partitioned tables, for it to keep.
pub(crate) fn tables_at_startup(replaced: &str) -> Step {
    Step::new(
        Role::ApplicationRewrite,
        "SELECT n.nspname AS schema_name, c.relname AS table_name, c.relkind\n\
         FROM pg_catalog.pg_class c\n\
         JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace\n\
         WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f')\n\
         \x20 AND n.nspname NOT IN ('pg_catalog', 'information_schema')\n\
         \x20 AND n.nspname NOT LIKE 'pg\\_toast%'\n\
         ORDER BY 1, 2;"
            .to_owned(),
    )
    .replacing(replaced)
}
