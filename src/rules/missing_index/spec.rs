//! What an index is, as the advisor proposes it: its keys, its partial
//! predicate, its covering columns.

use crate::model::facts::PredicateOp;
use crate::sqlgen::TableRef;
use serde::Serialize;

/// One key column of an index.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct Key {
    pub column: String,
    pub desc: bool,
}

/// The predicate of a partial index: one column, constants the workload always uses.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct PartialPredicate {
    pub column: String,
    pub op: PredicateOp,
    /// For `Eq`/`In`: the values, sorted.
    pub values: Vec<String>,
}

impl PartialPredicate {
    /// As SQL: `status IN ('nova', 'andamento')`, `deleted_at IS NULL`.
    pub fn sql(&self) -> String {
        crate::sqlgen::column_condition(&self.column, self.op, &self.values)
    }
}

/// An index to consider: on which table, keys, INCLUDE columns, predicate.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct IndexSpec {
    pub table: TableRef,
    pub keys: Vec<Key>,
    pub include: Vec<String>,
    pub predicate: Option<PartialPredicate>,
}

/// What kind of index a finding proposes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum IndexKind {
    Btree,
    Partial,
    Covering,
}

impl IndexSpec {
    pub fn kind(&self) -> IndexKind {
        if !self.include.is_empty() {
            IndexKind::Covering
        } else if self.predicate.is_some() {
            IndexKind::Partial
        } else {
            IndexKind::Btree
        }
    }

    pub fn key_columns(&self) -> Vec<&str> {
        self.keys.iter().map(|k| k.column.as_str()).collect()
    }

    /// Every column the index holds.
    pub fn holds(&self, column: &str) -> bool {
        self.keys.iter().any(|k| k.column == column) || self.include.iter().any(|c| c == column)
    }

    /// The key list as SQL (`status, created_at DESC`).
    /// `table (keys) INCLUDE (…) WHERE …`, as a sentence names it.
    pub(crate) fn describe(&self) -> String {
        let mut out = format!("{} ({})", self.table, self.keys_sql());
        if !self.include.is_empty() {
            out.push_str(&format!(" INCLUDE ({})", self.include.join(", ")));
        }
        if let Some(p) = &self.predicate {
            out.push_str(&format!(" WHERE {}", p.sql()));
        }
        out
    }

    pub fn keys_sql(&self) -> String {
        crate::sqlgen::key_list(&self.key_pairs())
    }

    fn key_pairs(&self) -> Vec<(&str, bool)> {
        self.keys
            .iter()
            .map(|k| (k.column.as_str(), k.desc))
            .collect()
    }

    /// `CREATE INDEX CONCURRENTLY IF NOT EXISTS name ON table (keys) INCLUDE (…) WHERE …;`
    pub fn create(&self, table: &TableRef, name: &str) -> crate::sqlgen::Step {
        let predicate = self.predicate.as_ref().map(|p| p.sql());
        crate::sqlgen::create_index_keys(
            table,
            name,
            &self.key_pairs(),
            &self.include,
            predicate.as_deref(),
        )
    }

    /// A deterministic name: table, key columns, and what kind it is.
    pub fn name(&self) -> String {
        let suffix = match self.kind() {
            IndexKind::Btree => "idx",
            IndexKind::Partial => "partial_idx",
            IndexKind::Covering => "covering_idx",
        };
        // INCLUDE columns are in the name: two covering indexes on the same
        // keys must not collide (`IF NOT EXISTS` would skip the second).
        let mut columns = self.key_columns();
        columns.extend(self.include.iter().map(String::as_str));
        crate::sqlgen::object_name(&self.table.name, &columns, suffix)
    }
}
