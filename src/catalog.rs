//! What the database already has: tables, columns, keys, indexes, partitions
//! and (optionally) statistics. Filled from a `pg_dump --schema-only` file
//! today ([`crate::input::schema_dump`]) and from a live catalog later, so it
//! holds plain data and knows nothing of where it came from.
use crate::vocab::sql_names::TableRef;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Column {
    pub name: String,
    /// Type as written by pg_dump (`integer`, `numeric(10,2)`, `text[]` …), lower case.
    pub data_type: String,
    pub not_null: bool,
    /// The default expression, as SQL (`nextval('s.t_id_seq'::regclass)`, `now()`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default: Option<String>,
}

/// One key of an index: a column or an expression.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum IndexKey {
    Column { name: String, desc: bool },
    Expression { sql: String },
}

impl IndexKey {
    pub fn column(&self) -> Option<&str> {
        match self {
            IndexKey::Column { name, .. } => Some(name),
            IndexKey::Expression { .. } => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Index {
    pub name: String,
    pub unique: bool,
    /// `btree`, `hash`, `gin`, `gist`, `brin` …
    pub method: String,
    pub keys: Vec<IndexKey>,
    pub include: Vec<String>,
    /// The partial index predicate, as SQL.
    pub predicate: Option<String>,
    /// Created by a PRIMARY KEY or UNIQUE constraint.
    pub constraint: bool,
    /// Operator classes other than the default, per key in order (`""` for
    /// the default): `varchar_pattern_ops` serves `LIKE 'prefix%'` that the
    /// default class cannot, so such an index is no duplicate of a plain one.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub operator_classes: Vec<String>,
    /// Scans and size, from a live database (`pg_stat_user_indexes`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub usage: Option<IndexUsage>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct IndexUsage {
    /// Index scans since the statistics were last reset.
    pub scans: i64,
    pub size_bytes: i64,
}

impl Index {
    /// The leading plain columns, up to the first expression.
    pub fn leading_columns(&self) -> Vec<&str> {
        self.keys.iter().map_while(IndexKey::column).collect()
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ForeignKey {
    pub name: Option<String>,
    pub columns: Vec<String>,
    pub references: TableRef,
    pub referenced_columns: Vec<String>,
    /// Declared `NOT VALID` and not validated in the dump.
    pub not_valid: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Partitioning {
    /// `range`, `list` or `hash`.
    pub strategy: String,
    /// The key, as SQL (`created_at`, `lower(email)`).
    pub key: String,
}

/// Optional statistics (a stats dump or a live database).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct TableStats {
    pub rows: Option<f64>,
    pub total_bytes: Option<u64>,
    /// The heap alone, and the pages of it the visibility map marks all
    /// visible (`relpages`, `relallvisible`): an index-only scan fetches
    /// the rest from the heap.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub heap_pages: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub all_visible_pages: Option<u64>,
    /// Per column: n_distinct and most common values with their frequencies.
    pub columns: BTreeMap<String, ColumnStats>,
    /// Reads, writes and maintenance from `pg_stat_user_tables`, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub activity: Option<TableActivity>,
}

/// `pg_stat_user_tables` counters over `observed_seconds` (since the
/// statistics were reset, or the server started).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct TableActivity {
    pub observed_seconds: f64,
    pub seq_scan: i64,
    pub seq_tup_read: i64,
    pub idx_scan: i64,
    pub inserted: i64,
    pub updated: i64,
    pub deleted: i64,
    pub hot_updated: i64,
    pub live_rows: i64,
    pub dead_rows: i64,
    pub last_vacuum: Option<String>,
    pub last_analyze: Option<String>,
}

impl TableActivity {
    /// Rows written per second (inserted + updated + deleted).
    pub fn writes_per_second(&self) -> f64 {
        let w = self
            .inserted
            .saturating_add(self.updated)
            .saturating_add(self.deleted) as f64;
        if self.observed_seconds > 0.0 {
            w / self.observed_seconds
        } else {
            0.0
        }
    }

    /// Scans (sequential + index) per second.
    pub fn scans_per_second(&self) -> f64 {
        let r = self.seq_scan.saturating_add(self.idx_scan) as f64;
        if self.observed_seconds > 0.0 {
            r / self.observed_seconds
        } else {
            0.0
        }
    }

    /// Share of appends among the row writes (1.0 = insert-only, a log table).
    pub fn append_share(&self) -> Option<f64> {
        let w = self.rows_written();
        (w > 0).then(|| self.inserted as f64 / w as f64)
    }

    /// Rows inserted, updated or deleted.
    pub fn rows_written(&self) -> i64 {
        self.inserted
            .saturating_add(self.updated)
            .saturating_add(self.deleted)
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ColumnStats {
    /// As in pg_stats: > 0 a count, < 0 a fraction of the rows.
    pub n_distinct: Option<f64>,
    pub null_frac: Option<f64>,
    pub most_common: Vec<(String, f64)>,
    /// The middle histogram bound: a typical value for planning `col = $1`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub median: Option<String>,
    /// The first and last histogram bounds: about the smallest and largest
    /// values (the span of a time column sizes its partitions).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lowest: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub highest: Option<String>,
    /// Average bytes of a value (sizes the indexes holding it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub avg_width: Option<f64>,
    /// `pg_stats.correlation`: how closely the rows' physical order follows
    /// the column's (1: appended in its order, what a BRIN index needs).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub correlation: Option<f64>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Table {
    pub columns: Vec<Column>,
    pub primary_key: Option<Vec<String>>,
    pub unique: Vec<Vec<String>>,
    pub foreign_keys: Vec<ForeignKey>,
    pub indexes: Vec<Index>,
    pub partitioning: Option<Partitioning>,
    pub partition_of: Option<TableRef>,
    pub unlogged: bool,
    pub stats: Option<TableStats>,
}

impl Table {
    pub fn column(&self, name: &str) -> Option<&Column> {
        self.columns.iter().find(|c| c.name == name)
    }

    /// Whether some index starts with exactly these columns (in any order
    /// among themselves, as PostgreSQL can use either order for equality).
    pub fn has_index_leading_with(&self, columns: &[String]) -> bool {
        self.indexes.iter().any(|i| {
            i.predicate.is_none() && {
                let lead = i.leading_columns();
                lead.len() >= columns.len()
                    && columns
                        .iter()
                        .all(|c| lead[..columns.len()].contains(&c.as_str()))
            }
        })
    }

    /// Whether `columns` are exactly the primary key or a unique constraint.
    pub fn is_unique_key(&self, columns: &[String]) -> bool {
        let same =
            |k: &Vec<String>| k.len() == columns.len() && columns.iter().all(|c| k.contains(c));
        self.primary_key.as_ref().is_some_and(same)
            || self.unique.iter().any(same)
            || self.indexes.iter().any(|i| {
                i.unique && i.predicate.is_none() && i.keys.len() == columns.len() && {
                    let lead = i.leading_columns();
                    lead.len() == columns.len()
                        && columns.iter().all(|c| lead.contains(&c.as_str()))
                }
            })
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Schema {
    pub tables: BTreeMap<TableRef, Table>,
    /// When the server's statistics (index scans …) were last reset, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stats_reset: Option<String>,
    /// Installed extensions (`pg_cron` makes refresh schedules one statement).
    #[serde(default, skip_serializing_if = "std::collections::BTreeSet::is_empty")]
    pub extensions: std::collections::BTreeSet<String>,
}

impl Schema {
    pub fn table(&self, t: &TableRef) -> Option<&Table> {
        self.tables.get(t)
    }

    pub fn is_empty(&self) -> bool {
        self.tables.is_empty()
    }

    /// Whether schemas `a` and `b` hold tables of the same names (tenant
    /// schemas made by one migration script).
    pub fn same_layout(&self, a: &str, b: &str) -> bool {
        let names = |s: &str| -> std::collections::BTreeSet<&str> {
            self.tables
                .keys()
                .filter(|t| t.schema == s)
                .map(|t| t.name.as_str())
                .collect()
        };
        names(a) == names(b)
    }

    /// Schemas that hold a table of this name.
    pub fn schemas_with(&self, table: &str) -> Vec<&str> {
        self.tables
            .keys()
            .filter(|t| t.name == table)
            .map(|t| t.schema.as_str())
            .collect()
    }
}
