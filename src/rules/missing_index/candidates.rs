//! Candidate indexes from the query facts of every fingerprint: equality
//! columns first (most selective first), then one range column, or the
//! `ORDER BY` columns so the sort disappears; join keys; a partial predicate
//! for the group of reads that carry selective constants on one column; an
//! `INCLUDE` list when the columns a query needs are few and narrow.
use super::{IndexSpec, Key, PartialPredicate};
use crate::model::facts::{Access, Operand, PredicateOp};
use crate::model::schema::{ColumnStats, Schema, Table};
use crate::rules::Context;
use crate::sqlgen::TableRef;
use std::collections::{BTreeMap, BTreeSet};

/// A partial index must leave out most of the table: its predicate may
/// select at most this share of the rows (`pg_stats` frequencies).
pub(crate) const PARTIAL_MAX_SHARE: f64 = 0.35;
/// A partial predicate on values of a column with at most this many distinct
/// values (a state, a kind): on a key-like column, one value the log shows
/// is a parameter that happened not to vary.
pub(crate) const PARTIAL_MAX_DISTINCT: f64 = 50.0;
/// Columns an index may carry in `INCLUDE` for an index-only scan.
pub(crate) const MAX_INCLUDE: usize = 4;
/// Types too wide (or unsuited) to copy into an index.
const WIDE_TYPES: &[&str] = &["json", "jsonb", "bytea", "xml", "tsvector", "[]"];

/// What one read query needs from one table.
#[derive(Debug, Clone)]
pub(crate) struct TableAccess {
    pub query: u64,
    /// The concrete table (statistics, existing indexes).
    pub table: TableRef,
    /// The table as findings name it (`tenant_*.orders`).
    pub label: TableRef,
    /// Columns compared with `=`, `IN`, `IS NULL`, with the constants when known.
    pub eq: BTreeMap<String, Option<Vec<String>>>,
    /// The `eq` columns compared with several values (`IN (a, b)`,
    /// `= ANY(array)`): an index scan returns each value's rows in turn, so
    /// the keys after such a column are ordered only within one value.
    pub several: BTreeSet<String>,
    pub range: BTreeSet<String>,
    /// Per `range` column, the share of the table's rows the range keeps
    /// when it can be told: the days it asks for over the days `pg_stats`
    /// says the column spans (else PostgreSQL's default applies).
    pub range_share: BTreeMap<String, f64>,
    /// This table's columns joined to another table.
    pub joins: BTreeSet<String>,
    /// Per join column, the other tables on the join's other side (the
    /// rows that would drive a lookup through an index on it).
    pub join_peers: BTreeMap<String, BTreeSet<TableRef>>,
    /// The ORDER BY an index may serve: empty when the query groups, as its
    /// ORDER BY then sorts the groups, not the table's rows.
    pub order_by: Vec<Key>,
    /// This table's GROUP BY columns: an index leading with them (any order)
    /// feeds a GroupAggregate without a sort or a hash.
    pub group_by: Vec<String>,
    pub limit: Option<f64>,
    /// Every column the query reads from the table; `None` for `SELECT *`.
    pub needed: Option<BTreeSet<String>>,
    /// The columns it returns.
    pub selected: BTreeSet<String>,
    /// Predicates whose constants are fully known (candidates for a partial index).
    pub constant: Vec<PartialPredicate>,
    pub total_ms: f64,
    pub calls: u64,
}

/// A candidate index and the queries it may serve.
#[derive(Debug, Clone)]
pub(crate) struct Candidate {
    pub spec: IndexSpec,
    pub queries: BTreeSet<u64>,
}

fn values(facts: &crate::model::facts::QueryFacts, vals: &[Operand]) -> Option<Vec<String>> {
    let mut out = Vec::new();
    for v in vals {
        let seen = facts.values_of(v)?;
        if seen.more {
            return None;
        }
        out.extend(seen.values);
    }
    out.sort();
    out.dedup();
    Some(out)
}

/// Whether an `IN`/`= ANY` comparison may match several values: a list of
/// more than one, or one operand that is an array (a literal `ARRAY[…]`, or
/// a parameter whose logged value is an array with more than one element).
fn several_values(
    facts: &crate::model::facts::QueryFacts,
    operands: &[Operand],
    known: Option<&[String]>,
) -> bool {
    if operands.len() > 1 || known.is_some_and(|v| v.len() > 1) {
        return true;
    }
    match operands.first() {
        Some(Operand::Const(c)) => is_array_literal(c),
        Some(Operand::Param(_)) => facts
            .values_of(&operands[0])
            .is_some_and(|seen| seen.values.iter().any(|v| is_array_literal(v))),
        Some(_) => true,
        None => false,
    }
}

fn is_array_literal(v: &str) -> bool {
    let v = v.trim();
    (v.starts_with('{') && v.contains(',')) || v.to_ascii_uppercase().starts_with("ARRAY[")
}

/// The read accesses of the workload, per query and table.
/// The share of `t`'s rows a read's range on `column` keeps: the days it
/// asks for over the days between the column's lowest and highest values in
/// `pg_stats` (rows taken as spread evenly over them).
fn range_share(
    ctx: &Context<'_>,
    facts: &crate::model::facts::QueryFacts,
    tf: &crate::model::facts::TableFacts,
    t: &TableRef,
    column: &str,
) -> Option<f64> {
    use crate::model::asked_span::{asked_days, instant_seconds};
    let asked = asked_days(facts, tf, column)?;
    let cs = ctx.schema?.table(t)?.stats.as_ref()?.columns.get(column)?;
    let lo = instant_seconds(cs.lowest.as_deref()?)?;
    let hi = instant_seconds(cs.highest.as_deref()?)?;
    let span_days = (hi - lo) / 86_400.0;
    (span_days > 0.0).then(|| (asked / span_days).clamp(0.0001, 1.0))
}

pub(crate) fn accesses(ctx: &Context<'_>) -> Vec<TableAccess> {
    let r = ctx.resolver();
    let mut out = Vec::new();
    for (id, f) in &ctx.analysis.facts {
        let Some(q) = ctx.workload.queries.get(id) else {
            continue;
        };
        let grouped = f
            .tables
            .values()
            .any(|t| !t.group_by.is_empty() || !t.aggregates.is_empty());
        for (tn, tf) in &f.tables {
            if !tf.access.contains(&Access::Read)
                || tf
                    .access
                    .iter()
                    .any(|a| matches!(a, Access::Insert | Access::Update | Access::Delete))
            {
                continue;
            }
            let Some(table) = r.resolve(tn) else { continue };
            let mut a = TableAccess {
                query: *id,
                label: ctx.table_label(&table),
                table,
                eq: BTreeMap::new(),
                several: BTreeSet::new(),
                range: BTreeSet::new(),
                range_share: BTreeMap::new(),
                joins: BTreeSet::new(),
                join_peers: BTreeMap::new(),
                order_by: if grouped {
                    Vec::new()
                } else {
                    tf.order_by
                        .iter()
                        .map(|o| Key {
                            column: o.column.clone(),
                            desc: o.desc,
                        })
                        .collect()
                },
                group_by: Vec::new(),
                // A grouped query's LIMIT counts groups, not the table's rows.
                limit: f.limit.as_deref().filter(|_| !grouped).and_then(|l| {
                    l.parse().ok().or_else(|| {
                        let k: u32 = l.strip_prefix('$')?.parse().ok()?;
                        f.constants.get(&k)?.values.first()?.parse().ok()
                    })
                }),
                needed: None,
                selected: tf.selected.clone(),
                constant: Vec::new(),
                total_ms: q.total_ms(),
                calls: q.calls,
            };
            for p in &tf.predicates {
                match p.op {
                    PredicateOp::Eq | PredicateOp::In => {
                        let v = values(f, &p.values);
                        if p.op == PredicateOp::In && several_values(f, &p.values, v.as_deref()) {
                            a.several.insert(p.column.clone());
                        }
                        if let Some(v) = &v {
                            a.constant.push(PartialPredicate {
                                column: p.column.clone(),
                                op: PredicateOp::In,
                                values: v.clone(),
                            });
                        }
                        a.eq.insert(p.column.clone(), v);
                    }
                    PredicateOp::IsNull | PredicateOp::IsNotNull => {
                        a.constant.push(PartialPredicate {
                            column: p.column.clone(),
                            op: p.op,
                            values: Vec::new(),
                        });
                        if p.op == PredicateOp::IsNull {
                            a.eq.insert(p.column.clone(), None);
                        }
                    }
                    PredicateOp::Range | PredicateOp::LikePrefix => {
                        a.range.insert(p.column.clone());
                        if let Some(share) = range_share(ctx, f, tf, &a.table, &p.column) {
                            a.range_share.insert(p.column.clone(), share);
                        }
                    }
                    PredicateOp::NotEq => {}
                }
            }
            for j in &f.joins {
                for (c, other) in [(&j.left, &j.right), (&j.right, &j.left)] {
                    if r.resolve(&c.table).as_ref() == Some(&a.table) {
                        a.joins.insert(c.column.clone());
                        if let Some(o) = r.resolve(&other.table).filter(|o| *o != a.table) {
                            a.join_peers.entry(c.column.clone()).or_default().insert(o);
                        }
                    }
                }
            }
            if !tf.select_star {
                let mut n: BTreeSet<String> = tf.selected.clone();
                n.extend(tf.predicates.iter().map(|p| p.column.clone()));
                n.extend(a.joins.iter().cloned());
                n.extend(a.order_by.iter().map(|k| k.column.clone()));
                n.extend(tf.group_by.iter().cloned());
                n.extend(tf.aggregates.iter().filter_map(|x| x.column.clone()));
                a.needed = Some(n);
            }
            if !tf.grouped_alone.is_empty() {
                let mut g = a.clone();
                g.group_by.clone_from(&tf.grouped_alone);
                // A table both joined and grouped is read twice as far as
                // indexes go (TPC-H Q18: a lookup per order, and a whole
                // pass grouped by order): the grouped read is an access of
                // its own, its predicates kept, without the join lookups.
                if a.joins.is_empty() {
                    a = g;
                } else {
                    g.joins.clear();
                    g.join_peers.clear();
                    out.push(g);
                }
            }
            out.push(a);
        }
    }
    out.sort_by(|a, b| (a.query, &a.table).cmp(&(b.query, &b.table)));
    out
}

fn column_stats<'s>(schema: Option<&'s Schema>, t: &TableRef, c: &str) -> Option<&'s ColumnStats> {
    schema?.table(t)?.stats.as_ref()?.columns.get(c)
}

/// Rows of a table, when known.
pub(crate) fn rows(schema: Option<&Schema>, t: &TableRef) -> Option<f64> {
    schema?.table(t)?.stats.as_ref()?.rows
}

/// Distinct values of a column, from pg_stats.
pub(crate) fn distinct_values(schema: Option<&Schema>, t: &TableRef, column: &str) -> Option<f64> {
    let s = column_stats(schema, t, column)?;
    match s.n_distinct {
        Some(d) if d < 0.0 => Some(-d * rows(schema, t)?),
        Some(d) if d > 0.0 => Some(d),
        _ => None,
    }
}

/// The share of rows with `column` in `values` (`None`: any value), from pg_stats.
pub(crate) fn eq_selectivity(
    schema: Option<&Schema>,
    t: &TableRef,
    column: &str,
    values: Option<&[String]>,
) -> Option<f64> {
    let s = column_stats(schema, t, column)?;
    let rows = rows(schema, t).unwrap_or(0.0);
    let distinct = match s.n_distinct {
        Some(d) if d < 0.0 => (-d * rows).max(1.0),
        Some(d) if d > 0.0 => d,
        _ => return None,
    };
    let non_null = 1.0 - s.null_frac.unwrap_or(0.0);
    let mcv_total: f64 = s.most_common.iter().map(|m| m.1).sum();
    let other = ((non_null - mcv_total).max(0.0)
        / (distinct - s.most_common.len() as f64).max(1.0))
    .min(non_null);
    Some(match values {
        None => {
            // A value drawn like the workload's: frequent values more often.
            let mcv_sq: f64 = s.most_common.iter().map(|m| m.1 * m.1).sum();
            mcv_sq + (non_null - mcv_total).max(0.0) * other
        }
        Some(vs) => vs
            .iter()
            .map(|v| {
                s.most_common
                    .iter()
                    .find(|m| same_value(v, &m.0))
                    .map_or(other, |m| m.1)
            })
            .sum::<f64>()
            .min(1.0),
    })
}

/// A constant as the workload wrote it and a value as pg_stats prints it
/// (`FALSE` and `f` are one boolean).
fn same_value(written: &str, stats: &str) -> bool {
    let boolean = |x: &str| match x.to_ascii_lowercase().as_str() {
        "t" | "true" | "yes" | "on" => Some(true),
        "f" | "false" | "no" | "off" => Some(false),
        _ => None,
    };
    // A `char(n)` column's statistics hold its values blank-padded
    // (`'MAIL      '`), and PostgreSQL compares them without the padding
    // (trailing blanks are trimmed whatever the type: a text value that
    // differs only by them is rare enough not to matter for selectivity).
    written == stats
        || written.trim_end_matches(' ') == stats.trim_end_matches(' ')
        || boolean(written).is_some_and(|b| boolean(stats) == Some(b))
}

/// Whether the partial predicate `p` implies the statement's own condition
/// on its column (every value the index holds is one the statement asks
/// for): the planner then drops the condition from the index scan.
pub(crate) fn implied_by(a: &TableAccess, p: &PartialPredicate) -> bool {
    a.constant.iter().any(|q| {
        q.column == p.column
            && match p.op {
                PredicateOp::IsNull | PredicateOp::IsNotNull => q.op == p.op,
                _ => {
                    matches!(q.op, PredicateOp::Eq | PredicateOp::In)
                        && !p.values.is_empty()
                        && p.values.iter().all(|v| q.values.contains(v))
                }
            }
    })
}

/// The share of rows a partial predicate keeps, from pg_stats.
pub(crate) fn predicate_share(
    schema: Option<&Schema>,
    t: &TableRef,
    p: &PartialPredicate,
) -> Option<f64> {
    let s = column_stats(schema, t, &p.column)?;
    match p.op {
        PredicateOp::IsNull => s.null_frac,
        PredicateOp::IsNotNull => s.null_frac.map(|n| 1.0 - n),
        _ => eq_selectivity(schema, t, &p.column, Some(&p.values)),
    }
}

/// For each read, the partial predicate of its group: the reads of a table
/// that carry a constant filter on the same column (`status IN ('nova',
/// 'andamento')`, `status = 'parada'`), with the union of their constants,
/// when it keeps few enough rows. Reads of the table without that filter
/// are not in the group and keep plain candidates; a read in several groups
/// takes the most selective.
fn partial_predicates(
    schema: Option<&Schema>,
    accesses: &[TableAccess],
) -> BTreeMap<(TableRef, u64), PartialPredicate> {
    let mut by_table: BTreeMap<&TableRef, Vec<&TableAccess>> = BTreeMap::new();
    for a in accesses {
        by_table.entry(&a.label).or_default().push(a);
    }
    let mut out: BTreeMap<(TableRef, u64), (PartialPredicate, f64)> = BTreeMap::new();
    for (label, list) in by_table {
        // One group per (column, kind of test): equality and IN together.
        let mut groups: BTreeMap<(String, bool), (PartialPredicate, Vec<u64>)> = BTreeMap::new();
        for a in &list {
            for p in &a.constant {
                let listed = matches!(p.op, PredicateOp::Eq | PredicateOp::In);
                let g = groups
                    .entry((p.column.clone(), listed))
                    .or_insert_with(|| (p.clone(), Vec::new()));
                if g.0.op != p.op && !listed {
                    // IS NULL beside IS NOT NULL: no one predicate serves both.
                    continue;
                }
                if listed {
                    g.0.op = PredicateOp::In;
                }
                g.0.values.extend(p.values.iter().cloned());
                g.1.push(a.query);
            }
        }
        let table = &list[0].table;
        for (_, (mut union, queries)) in groups {
            union.values.sort();
            union.values.dedup();
            if union.op == PredicateOp::In && union.values.len() == 1 {
                union.op = PredicateOp::Eq;
            }
            if matches!(union.op, PredicateOp::Eq | PredicateOp::In)
                && distinct_values(schema, table, &union.column)
                    .is_none_or(|d| d > PARTIAL_MAX_DISTINCT)
            {
                continue;
            }
            let Some(share) = predicate_share(schema, table, &union) else {
                continue;
            };
            if share > PARTIAL_MAX_SHARE {
                continue;
            }
            for q in queries {
                let key = (label.clone(), q);
                if out.get(&key).is_none_or(|(_, s)| share < *s) {
                    out.insert(key, (union.clone(), share));
                }
            }
        }
    }
    out.into_iter().map(|(k, (p, _))| (k, p)).collect()
}

fn narrow(table: Option<&Table>, column: &str) -> bool {
    table.and_then(|t| t.column(column)).is_none_or(|c| {
        let ty = c.data_type.to_ascii_lowercase();
        !WIDE_TYPES.iter().any(|w| ty.contains(w))
    })
}

/// Equality columns, most selective first.
fn by_selectivity(
    schema: Option<&Schema>,
    a: &TableAccess,
    cols: impl Iterator<Item = String>,
) -> Vec<String> {
    let mut v: Vec<(f64, String)> = cols
        .map(|c| {
            let s = eq_selectivity(
                schema,
                &a.table,
                &c,
                a.eq.get(&c).and_then(|v| v.as_deref()),
            )
            .unwrap_or(0.1);
            (s, c)
        })
        .collect();
    v.sort_by(|x, y| x.0.total_cmp(&y.0).then_with(|| x.1.cmp(&y.1)));
    v.into_iter().map(|(_, c)| c).collect()
}

/// Every candidate for the workload's reads.
pub(crate) fn generate(ctx: &Context<'_>, accesses: &[TableAccess]) -> Vec<Candidate> {
    let schema = ctx.schema;
    let partial = partial_predicates(schema, accesses);
    let mut found: BTreeMap<IndexSpec, BTreeSet<u64>> = BTreeMap::new();
    for a in accesses {
        let table = schema.and_then(|s| s.table(&a.table));
        let predicate = partial.get(&(a.label.clone(), a.query)).cloned();
        // A column the predicate fixes needs no key of its own: a single
        // constant, or the very list the statement asks for (PostgreSQL
        // drops a condition the index predicate implies, so a key on it
        // would bound nothing and the keys after it could not narrow the scan).
        let fixed = predicate
            .as_ref()
            .filter(|p| {
                p.op == PredicateOp::Eq
                    || matches!(p.op, PredicateOp::IsNull | PredicateOp::IsNotNull)
                    || implied_by(a, p)
            })
            .map(|p| p.column.clone());
        let eq = by_selectivity(
            schema,
            a,
            a.eq.keys().filter(|c| Some(*c) != fixed.as_ref()).cloned(),
        );
        let mut shapes: Vec<Vec<Key>> = Vec::new();
        let key = |c: &str| Key {
            column: c.to_owned(),
            desc: false,
        };
        let base: Vec<Key> = eq.iter().map(|c| key(c)).collect();
        if !base.is_empty() {
            shapes.push(base.clone());
        }
        for r in &a.range {
            let mut k = base.clone();
            k.push(key(r));
            shapes.push(k);
        }
        if !a.order_by.is_empty() && a.range.is_empty() {
            let all_desc = a.order_by.iter().all(|k| k.desc);
            let mut k = base.clone();
            for o in &a.order_by {
                if !k.iter().any(|x| x.column == o.column) {
                    // All one direction: a plain index read backwards serves it.
                    k.push(Key {
                        column: o.column.clone(),
                        desc: o.desc && !all_desc,
                    });
                }
            }
            shapes.push(k.clone());
            // A key compared with several values leaves the keys after it
            // ordered within each value only: without it (filtered after
            // the index, or implied by a partial predicate) the index reads
            // rows in the ORDER BY's order and stops at the LIMIT.
            if eq.iter().any(|c| a.several.contains(c)) {
                k.retain(|x| !a.several.contains(&x.column));
                if !k.is_empty() {
                    shapes.push(k);
                }
            }
        }
        if !a.group_by.is_empty() {
            let mut k = base.clone();
            for g in &a.group_by {
                if !k.iter().any(|x| &x.column == g) {
                    k.push(key(g));
                }
            }
            shapes.push(k);
        }
        for j in &a.joins {
            shapes.push(vec![key(j)]);
            if !base.is_empty() && !base.iter().any(|k| &k.column == j) {
                let mut k = base.clone();
                k.push(key(j));
                shapes.push(k);
            }
        }
        if shapes.is_empty() && predicate.is_some() {
            // Only the partial predicate: index its column.
            if let Some(p) = &predicate {
                shapes.push(vec![key(&p.column)]);
            }
        }
        for keys in shapes {
            if keys.is_empty() {
                continue;
            }
            let spec = IndexSpec {
                table: a.label.clone(),
                keys,
                include: Vec::new(),
                predicate: predicate.clone(),
            };
            // Covering: the few, narrow columns the query still needs.
            if let Some(needed) = &a.needed {
                let include: Vec<String> = needed
                    .iter()
                    .filter(|c| !spec.holds(c))
                    // A column the predicate fixes is needed only if returned.
                    .filter(|c| fixed.as_ref() != Some(*c) || a.selected.contains(*c))
                    .cloned()
                    .collect();
                if !include.is_empty()
                    && include.len() <= MAX_INCLUDE
                    && include.iter().all(|c| narrow(table, c))
                {
                    let mut covering = spec.clone();
                    covering.include = include;
                    found.entry(covering).or_default().insert(a.query);
                }
            }
            found.entry(spec).or_default().insert(a.query);
        }
    }
    found
        .into_iter()
        .map(|(spec, queries)| Candidate { spec, queries })
        .collect()
}

/// A candidate whose keys lead another's (same table and predicate) and
/// whose INCLUDE columns that one already holds merges into it: the wider
/// index serves both at no extra size. Candidates that would have to grow to
/// merge stay apart, so the selection can still take the smaller one.
pub(crate) fn merge_prefixes(mut v: Vec<Candidate>) -> Vec<Candidate> {
    v.sort_by(|a, b| {
        (b.spec.keys.len(), b.spec.include.len())
            .cmp(&(a.spec.keys.len(), a.spec.include.len()))
            .then_with(|| a.spec.cmp(&b.spec))
    });
    let mut out: Vec<Candidate> = Vec::new();
    for a in v {
        let target = out.iter_mut().find(|b| {
            b.spec.table == a.spec.table
                && b.spec.predicate == a.spec.predicate
                // A plain index with the same keys stays a choice of its own (smaller).
                && (a.spec.keys.len() < b.spec.keys.len() || !a.spec.include.is_empty())
                && a.spec.keys.len() <= b.spec.keys.len()
                && a.spec.keys.iter().zip(&b.spec.keys).all(|(x, y)| x == y)
                && a.spec.include.iter().all(|c| b.spec.holds(c))
        });
        match target {
            Some(b) => b.queries.extend(a.queries),
            None => out.push(a),
        }
    }
    out.sort_by(|a, b| a.spec.cmp(&b.spec));
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_char_columns_padded_statistics_match_the_value_written() {
        assert!(super::same_value("MAIL", "MAIL      "));
        assert!(super::same_value("t", "true"));
        assert!(!super::same_value("MAIL", "RAIL      "));
    }
}
