//! `unused-index` and `redundant-index`: indexes that cost writes, space and
//! cache and give nothing back.
use super::Context;
use crate::findings::{Finding, Severity, Subject};
use crate::model::schema::{Index, Table};
use crate::sqlgen::{self, TableRef};
use serde_json::json;

fn drop_index(table: &TableRef, name: &str) -> String {
    format!(
        "DROP INDEX CONCURRENTLY IF EXISTS {};",
        sqlgen::qualified(Some(&table.schema), name)
    )
}

fn columns(i: &Index) -> Vec<String> {
    i.leading_columns().iter().map(|c| c.to_string()).collect()
}

/// Indexes never scanned since the statistics were reset (live, or a `scripts/stats.sql` export).
pub fn unused(ctx: &Context<'_>) -> Vec<Finding> {
    let Some(schema) = ctx.schema else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for (t, table) in &schema.tables {
        for i in &table.indexes {
            let Some(u) = i.usage else { continue };
            // Unique indexes enforce something even when never scanned.
            if u.scans > 0 || i.unique || i.constraint {
                continue;
            }
            let subject = Subject {
                schema: t.schema.clone(),
                table: t.name.clone(),
                columns: columns(i),
            };
            let severity = if u.size_bytes >= 100 << 20 {
                Severity::Warning
            } else {
                Severity::Info
            };
            let mut f = Finding::new(
                "unused-index",
                severity,
                format!("Index {} on {t} was never scanned", i.name),
                subject,
                &i.name,
            );
            f.evidence = json!({
                "index": i.name,
                "scans": u.scans,
                "size_bytes": u.size_bytes,
                "statistics_since": schema.stats_reset,
                "note": "check standbys too: pg_stat_user_indexes counts this server's scans only",
            });
            f.sql = vec![drop_index(t, &i.name)];
            out.push(f);
        }
    }
    out
}

/// The index that makes `i` redundant in `table`, if any: the same keys, or
/// `i`'s keys as its leading prefix, with the same predicate and method.
fn covering<'t>(table: &'t Table, i: &Index) -> Option<&'t Index> {
    if i.unique || i.constraint || i.method != "btree" {
        return None;
    }
    table.indexes.iter().find(|o| {
        o.name != i.name
            && o.method == i.method
            && o.predicate == i.predicate
            && o.keys.len() >= i.keys.len()
            && o.keys[..i.keys.len()] == i.keys[..]
            && i.include.iter().all(|c| o.include.contains(c) || o.keys.iter().any(|k| k.column() == Some(c)))
            // Of two identical indexes, only the later name is redundant.
            && (o.keys.len() > i.keys.len() || o.unique || o.constraint || o.name < i.name)
    })
}

pub fn redundant(ctx: &Context<'_>) -> Vec<Finding> {
    let Some(schema) = ctx.schema else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for (t, table) in &schema.tables {
        for i in &table.indexes {
            let Some(by) = covering(table, i) else {
                continue;
            };
            let subject = Subject {
                schema: t.schema.clone(),
                table: t.name.clone(),
                columns: columns(i),
            };
            let mut f = Finding::new(
                "redundant-index",
                Severity::Warning,
                format!("Index {} on {t} is covered by {}", i.name, by.name),
                subject,
                &i.name,
            );
            f.evidence = json!({
                "index": i.name,
                "covered_by": by.name,
                "size_bytes": i.usage.map(|u| u.size_bytes),
            });
            f.sql = vec![drop_index(t, &i.name)];
            out.push(f);
        }
    }
    out
}
