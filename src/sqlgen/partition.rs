//! The migration of a plain table to a partitioned one, by time range (a
//! log that grows forever: `PARTITION BY RANGE (created_at)`) or by tenant
//! (`PARTITION BY HASH (account_id)`), without a long lock:
//!
//! 1. the partitioned table, shaped like the original (`LIKE … INCLUDING
//!    ALL`), its partitions (the data's periods, the next ones and a
//!    `DEFAULT`), its foreign keys while it is empty;
//! 2. the copy in batches of the integer primary key, one transaction each;
//! 3. the indexes and constraints carried over — a unique key must include
//!    the partition key, which [`Partitioning::key_changes`] says;
//! 4. the swap, in one short transaction holding the original: the rows
//!    written since the copy, a row-count check that aborts the swap when
//!    they differ, the renames (table, indexes, sequence ownership).
//!
//! Retention is then a `DETACH PARTITION` and a `DROP TABLE` per period.
use super::ast::{no, Unsupported};
use super::fix::{Lock, Role, Step, Transaction};
use super::{ident_list, quote_ident, quote_literal, truncate_bytes, TableRef, MAX_IDENT_BYTES};
use crate::model::schema::{IndexKey, Schema, Table};
use crate::vocab::sql_names::parse_qualified;
use chrono::{Datelike, Days, Months, NaiveDate};

/// Rows per copy transaction.
pub const BATCH_ROWS: u64 = 50_000;
/// Rows the swap copies again below the copied maximum: transactions that
/// took their key before the copy ended may commit after it.
pub const TAIL_OVERLAP: u64 = 10_000;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Period {
    Day,
    Week,
    Month,
    Year,
}

impl Period {
    pub const ALL: [Period; 4] = [Period::Day, Period::Week, Period::Month, Period::Year];

    pub fn days(self) -> f64 {
        match self {
            Period::Day => 1.0,
            Period::Week => 7.0,
            Period::Month => 30.44,
            Period::Year => 365.25,
        }
    }

    /// The start of the period holding `d`.
    pub fn floor(self, d: NaiveDate) -> NaiveDate {
        match self {
            Period::Day => d,
            Period::Week => d - Days::new(u64::from(d.weekday().num_days_from_monday())),
            Period::Month => d.with_day(1).unwrap_or(d),
            Period::Year => NaiveDate::from_ymd_opt(d.year(), 1, 1).unwrap_or(d),
        }
    }

    pub fn next(self, d: NaiveDate) -> NaiveDate {
        let n = match self {
            Period::Day => d.checked_add_days(Days::new(1)),
            Period::Week => d.checked_add_days(Days::new(7)),
            Period::Month => d.checked_add_months(Months::new(1)),
            Period::Year => d.checked_add_months(Months::new(12)),
        };
        n.unwrap_or(NaiveDate::MAX)
    }

    fn label(self, d: NaiveDate) -> String {
        match self {
            Period::Year => d.format("%Y").to_string(),
            Period::Month => d.format("%Y_%m").to_string(),
            Period::Week | Period::Day => d.format("%Y_%m_%d").to_string(),
        }
    }
}

/// How the table is split.
#[derive(Debug, Clone, PartialEq)]
pub enum Scheme {
    /// By a time column: the periods from `first` to `last` (the data's
    /// span), `ahead` more, and a DEFAULT partition for anything outside.
    Range {
        column: String,
        period: Period,
        first: NaiveDate,
        last: NaiveDate,
        ahead: u32,
    },
    /// By the tenant key, in `modulus` partitions.
    Hash { column: String, modulus: u32 },
}

impl Scheme {
    pub fn column(&self) -> &str {
        match self {
            Scheme::Range { column, .. } | Scheme::Hash { column, .. } => column,
        }
    }
}

/// The migration.
#[derive(Debug, Clone, PartialEq)]
pub struct Partitioning {
    pub table: TableRef,
    /// The partitioned table while it is built (renamed to `table` by the swap).
    pub building: TableRef,
    /// The original after the swap.
    pub old: TableRef,
    pub partitions: Vec<String>,
    /// What the partitioning changes in the table's keys.
    pub key_changes: Vec<String>,
    /// The migration, in order; statements to run one at a time (the copy
    /// commits per batch: not inside a transaction block).
    pub steps: Vec<Step>,
    /// Detaching and dropping the oldest period (range only).
    pub retention: Vec<String>,
    /// Creating the next period before its data arrives (range only).
    pub maintenance: Vec<String>,
    /// Once the result is checked: the original, kept by the swap.
    pub cleanup: String,
}

fn name_with(base: &str, suffix: &str) -> String {
    format!(
        "{}{suffix}",
        truncate_bytes(base, MAX_IDENT_BYTES - suffix.len())
    )
}

fn is_integer(ty: &str) -> bool {
    let t = ty.to_ascii_lowercase();
    [
        "smallint",
        "integer",
        "int",
        "int2",
        "int4",
        "int8",
        "bigint",
        "serial",
        "bigserial",
    ]
    .iter()
    .any(|p| t == *p)
}

/// A bound literal for the partition column's type: timestamps with a time
/// zone are cut at UTC midnight, whatever the session's zone.
fn bound(d: NaiveDate, ty: &str) -> String {
    let t = ty.to_ascii_lowercase();
    if t == "timestamptz" || t.starts_with("timestamp with time zone") {
        quote_literal(&format!("{} 00:00:00+00", d.format("%Y-%m-%d")))
    } else {
        quote_literal(&d.format("%Y-%m-%d").to_string())
    }
}

/// The sequence a `nextval('…'::regclass)` default draws from.
fn sequence_of(default: &str) -> Option<String> {
    let rest = default.split_once("nextval('")?.1;
    let name = rest.split_once('\'')?.0;
    Some(name.to_owned())
}

pub fn plan(
    table: &TableRef,
    schema: &Schema,
    scheme: &Scheme,
) -> Result<Partitioning, Unsupported> {
    let t: &Table = schema
        .table(table)
        .ok_or_else(|| no("a table the schema does not have"))?;
    if t.partitioning.is_some() || t.partition_of.is_some() {
        return Err(no("already partitioned"));
    }
    let column = scheme.column();
    let col = t
        .column(column)
        .ok_or_else(|| no("a partition column the table does not have"))?;
    let pk = t
        .primary_key
        .clone()
        .ok_or_else(|| no("no primary key: the copy goes in batches of an integer primary key"))?;
    let [key] = pk.as_slice() else {
        return Err(no(
            "a primary key of several columns: the copy goes in batches of one integer column",
        ));
    };
    if !t.column(key).is_some_and(|c| is_integer(&c.data_type)) {
        return Err(no(
            "a primary key that is not an integer: the copy goes in batches of it",
        ));
    }
    let referencing: Vec<String> = schema
        .tables
        .iter()
        .filter(|(r, other)| {
            *r != table && other.foreign_keys.iter().any(|fk| fk.references == *table)
        })
        .map(|(r, _)| r.to_string())
        .collect();
    if !referencing.is_empty() {
        return Err(Unsupported(format!(
            "referenced by foreign keys of {}: a partitioned table's unique keys include the partition key, so they could not point at it",
            referencing.join(", ")
        )));
    }
    let building = TableRef::new(&table.schema, &name_with(&table.name, "_partitioned"));
    let old = TableRef::new(&table.schema, &name_with(&table.name, "_old"));
    let (b, o, tb) = (building.sql(), old.sql(), table.sql());
    let mut sql: Vec<Step> = Vec::new();
    // Steps on the table being built: nobody reads it until the swap.
    let new = |role: Role, lock: Lock, text: String| {
        Step::new(role, text).locks(&building, lock).created_here()
    };
    let method = match scheme {
        Scheme::Range { .. } => "RANGE",
        Scheme::Hash { .. } => "HASH",
    };
    sql.push(new(
        Role::CreateTable,
        Lock::AccessExclusive,
        format!(
            "CREATE TABLE IF NOT EXISTS {b} (LIKE {tb} INCLUDING ALL EXCLUDING INDEXES) PARTITION BY {method} ({});",
            quote_ident(column)
        ),
    ));
    let mut partitions = Vec::new();
    let mut retention = Vec::new();
    let mut maintenance = Vec::new();
    match scheme {
        Scheme::Range {
            period,
            first,
            last,
            ahead,
            ..
        } => {
            let mut start = period.floor(*first);
            let end_of_data = period.next(period.floor(*last));
            let mut until = end_of_data;
            for _ in 0..*ahead {
                until = period.next(until);
            }
            while start < until {
                let next = period.next(start);
                let name = name_with(&table.name, &format!("_p{}", period.label(start)));
                sql.push(new(
                    Role::CreateTable,
                    Lock::AccessExclusive,
                    format!(
                        "CREATE TABLE IF NOT EXISTS {} PARTITION OF {b} FOR VALUES FROM ({}) TO ({});",
                        TableRef::new(&table.schema, &name).sql(),
                        bound(start, &col.data_type),
                        bound(next, &col.data_type)
                    ),
                ));
                partitions.push(name);
                start = next;
            }
            let default = name_with(&table.name, "_default");
            sql.push(new(
                Role::CreateTable,
                Lock::AccessExclusive,
                format!(
                    "CREATE TABLE IF NOT EXISTS {} PARTITION OF {b} DEFAULT;",
                    TableRef::new(&table.schema, &default).sql()
                ),
            ));
            partitions.push(default);
            if let Some(oldest) = partitions.first() {
                let p = TableRef::new(&table.schema, oldest).sql();
                retention.push("SET lock_timeout = '5s';".to_owned());
                retention.push(format!("ALTER TABLE {tb} DETACH PARTITION {p};"));
                retention.push(format!("DROP TABLE {p};"));
            }
            let after = period.next(until);
            let name = name_with(&table.name, &format!("_p{}", period.label(until)));
            maintenance.push(format!(
                "CREATE TABLE IF NOT EXISTS {} PARTITION OF {tb} FOR VALUES FROM ({}) TO ({});",
                TableRef::new(&table.schema, &name).sql(),
                bound(until, &col.data_type),
                bound(after, &col.data_type)
            ));
        }
        Scheme::Hash { modulus, .. } => {
            for r in 0..*modulus {
                let name = name_with(&table.name, &format!("_h{r}"));
                sql.push(new(
                    Role::CreateTable,
                    Lock::AccessExclusive,
                    format!(
                        "CREATE TABLE IF NOT EXISTS {} PARTITION OF {b} FOR VALUES WITH (MODULUS {modulus}, REMAINDER {r});",
                        TableRef::new(&table.schema, &name).sql()
                    ),
                ));
                partitions.push(name);
            }
        }
    }
    // Foreign keys while the table is empty: checked row by row during the
    // copy instead of by a scan holding the referenced table.
    for fk in &t.foreign_keys {
        let name = fk.name.clone().unwrap_or_else(|| {
            name_with(&format!("{}_{}", table.name, fk.columns.join("_")), "_fkey")
        });
        sql.push(super::add_foreign_key_on_new(
            &building,
            &fk.columns,
            &fk.references,
            &fk.referenced_columns,
            &name,
        ));
    }
    // The copy, one transaction per batch of the primary key.
    let k = quote_ident(key);
    // The live table is only read; the batches commit, so not in a block.
    sql.push(Step::new(Role::Backfill, format!(
        "DO $pgadvisor$\nDECLARE lo bigint; hi bigint;\nBEGIN\n  SELECT min({k}), max({k}) INTO lo, hi FROM {tb};\n  WHILE lo <= hi LOOP\n    INSERT INTO {b} OVERRIDING SYSTEM VALUE SELECT * FROM {tb} WHERE {k} >= lo AND {k} < lo + {BATCH_ROWS} AND {k} <= hi;\n    COMMIT;\n    lo := lo + {BATCH_ROWS};\n  END LOOP;\nEND\n$pgadvisor$;"
    ))
    .locks(table, Lock::AccessShare)
    .in_transaction(Transaction::Outside));
    // Keys and indexes after the copy (faster than maintaining them row by row).
    let mut key_changes = Vec::new();
    let mut renames = Vec::new();
    for index in &t.indexes {
        let mut keys: Vec<String> = index.keys.iter().map(super::key_sql).collect();
        let new_name = name_with(&index.name, "_new");
        renames.push((index.name.clone(), new_name.clone()));
        let is_pk = index.constraint && index.unique && {
            let cols: Vec<&str> = index.keys.iter().filter_map(IndexKey::column).collect();
            cols == pk.iter().map(String::as_str).collect::<Vec<_>>()
        };
        if index.unique && !index.keys.iter().any(|k| k.column() == Some(column)) {
            if index.predicate.is_some() || index.keys.iter().any(|k| k.column().is_none()) {
                return Err(Unsupported(format!(
                    "a unique index with expressions or a predicate ({}) that cannot take the partition key",
                    index.name
                )));
            }
            keys.push(quote_ident(column));
            let old_key = index
                .keys
                .iter()
                .filter_map(IndexKey::column)
                .collect::<Vec<_>>()
                .join(", ");
            key_changes.push(format!(
                "{} {} becomes unique on ({old_key}, {column}): PostgreSQL enforces uniqueness per partition, so the same {old_key} may then appear twice with different {column}",
                if is_pk { "the primary key" } else { "unique key" },
                index.name,
            ));
        }
        if index.constraint {
            sql.push(new(
                Role::IndexNewObject,
                Lock::AccessExclusive,
                format!(
                    "ALTER TABLE {b} ADD CONSTRAINT {} {} ({});",
                    quote_ident(&new_name),
                    if is_pk { "PRIMARY KEY" } else { "UNIQUE" },
                    keys.join(", ")
                ),
            ));
        } else {
            let mut s = format!(
                "CREATE {}INDEX IF NOT EXISTS {} ON {b} USING {} ({})",
                if index.unique { "UNIQUE " } else { "" },
                quote_ident(&new_name),
                index.method,
                keys.join(", ")
            );
            if !index.include.is_empty() {
                s.push_str(&format!(" INCLUDE ({})", ident_list(&index.include)));
            }
            if let Some(p) = &index.predicate {
                s.push_str(&format!(" WHERE {p}"));
            }
            s.push(';');
            sql.push(new(Role::IndexNewObject, Lock::Share, s));
        }
    }
    sql.push(super::analyze(&building).created_here());
    // The swap: short, and a no-op unless every row made it.
    let inside = |role: Role, lock: Lock, on: &TableRef, text: String| {
        Step::new(role, text)
            .locks(on, lock)
            .in_transaction(Transaction::Inside)
    };
    // The copy and its new indexes are read by no one until the swap commits.
    let inside_new = |role: Role, lock: Lock, on: &TableRef, text: String| {
        inside(role, lock, on, text).created_here()
    };
    sql.push(Step::new(Role::Transaction, "BEGIN;".to_owned()).in_transaction(Transaction::Opens));
    sql.push(
        Step::new(
            Role::Transaction,
            "SET LOCAL lock_timeout = '5s';".to_owned(),
        )
        .in_transaction(Transaction::Inside),
    );
    sql.push(inside(
        Role::Transaction,
        Lock::AccessExclusive,
        table,
        format!("LOCK TABLE {tb} IN ACCESS EXCLUSIVE MODE;"),
    ));
    sql.push(inside_new(Role::Backfill, Lock::RowExclusive, &building, format!(
        "INSERT INTO {b} OVERRIDING SYSTEM VALUE SELECT * FROM {tb} o WHERE o.{k} > coalesce((SELECT max({k}) FROM {b}), 0) - {TAIL_OVERLAP} AND NOT EXISTS (SELECT FROM {b} n WHERE n.{k} = o.{k});"
    )));
    sql.push(inside_new(Role::Check, Lock::AccessShare, &building, format!(
        "DO $pgadvisor$\nDECLARE a bigint; n bigint;\nBEGIN\n  SELECT count(*) INTO a FROM {tb};\n  SELECT count(*) INTO n FROM {b};\n  IF a <> n THEN\n    RAISE EXCEPTION 'pgadvisor: % rows in %, % in %: rows were updated or deleted during the copy; nothing was swapped', a, {}, n, {};\n  END IF;\nEND\n$pgadvisor$;",
        quote_literal(&table.to_string()),
        quote_literal(&building.to_string())
    )));
    // Identity columns continue from the copied values.
    sql.push(inside_new(Role::Swap, Lock::AccessShare, &building, format!(
        "DO $pgadvisor$\nDECLARE c text;\nBEGIN\n  FOR c IN SELECT attname FROM pg_attribute WHERE attrelid = {}::regclass AND attidentity <> '' LOOP\n    EXECUTE format('SELECT setval(pg_get_serial_sequence(%L, %L), coalesce((SELECT max(%I) FROM %s), 1))', {}, c, c, {});\n  END LOOP;\nEND\n$pgadvisor$;",
        quote_literal(&b),
        quote_literal(&b),
        quote_literal(&b)
    )));
    sql.push(inside(
        Role::Swap,
        Lock::AccessExclusive,
        table,
        format!("ALTER TABLE {tb} RENAME TO {};", quote_ident(&old.name)),
    ));
    sql.push(inside_new(
        Role::Swap,
        Lock::AccessExclusive,
        &building,
        format!("ALTER TABLE {b} RENAME TO {};", quote_ident(&table.name)),
    ));
    for (name, new_name) in &renames {
        let (index, new_index) = (
            TableRef::new(&table.schema, name),
            TableRef::new(&table.schema, new_name),
        );
        // Renaming an index takes SHARE UPDATE EXCLUSIVE on it (PostgreSQL 12+).
        sql.push(inside(
            Role::Swap,
            Lock::ShareUpdateExclusive,
            &index,
            format!(
                "ALTER INDEX {} RENAME TO {};",
                index.sql(),
                quote_ident(&name_with(name, "_old"))
            ),
        ));
        sql.push(inside_new(
            Role::Swap,
            Lock::ShareUpdateExclusive,
            &new_index,
            format!(
                "ALTER INDEX {} RENAME TO {};",
                new_index.sql(),
                quote_ident(name)
            ),
        ));
    }
    // Serial sequences belong to the new table (dropping the old one would drop them).
    for c in &t.columns {
        if let Some(seq) = c.default.as_deref().and_then(sequence_of) {
            // The sequence is in use (inserts draw from it): the lock that counts is on it.
            let Some(seq) = parse_qualified(&seq, &table.schema) else {
                return Err(no("a column default naming a sequence it cannot read"));
            };
            sql.push(inside(
                Role::Swap,
                Lock::ShareRowExclusive,
                &seq,
                format!(
                    "ALTER SEQUENCE {} OWNED BY {}.{};",
                    seq.sql(),
                    tb,
                    quote_ident(&c.name)
                ),
            ));
        }
    }
    sql.push(
        Step::new(Role::Transaction, "COMMIT;".to_owned()).in_transaction(Transaction::Closes),
    );
    Ok(Partitioning {
        table: table.clone(),
        building,
        cleanup: format!("DROP TABLE {o};"),
        old,
        partitions,
        key_changes,
        steps: sql,
        retention,
        maintenance,
    })
}
