//! `partition-table`: a large table whose reads mostly ask for a time range
//! and whose writes are mostly appends (a log that grows forever), or a
//! shared multi-tenant table every statement of which names one tenant.
//! Partitioned, a read touches the periods (or the tenant) it asks for, and
//! old periods leave with a `DROP TABLE` instead of a `DELETE` that bloats.
//! The migration is `crate::sqlgen::partition`.
use super::payoff;
use super::registry::{self, About, Needs, Phase, Rule, Without};
use super::Context;
use super::RuleId;
use crate::findings::{Finding, Severity, Subject};
use crate::model::facts::{Access, PredicateOp};
use crate::model::asked_span::asked_days;
use crate::model::fingerprint::StatementKind;
use crate::model::schema::IndexKey;
use crate::model::stats::r3;
use crate::sqlgen::partition::{plan, Period, Scheme};
use crate::sqlgen::TableRef;
use chrono::NaiveDate;
use std::collections::BTreeMap;

pub(crate) struct PartitionTable;

static ABOUT: About = About {
    id: RuleId::PartitionTable,
    summary: "A large table read by time range and written by appends (or always by one tenant), partitioned without a long lock",
    doc: include_str!("../../rules/partition-table.md"),
    phase: Phase::Partitioning,
    creates_indexes: false,
    needs: Needs {
        schema: Without::Skips,
        stats: Without::Skips,
    },
    quotes_plans: false,
};

impl Rule for PartitionTable {
    fn about(&self) -> &'static About {
        &ABOUT
    }
    fn configure(&self, keys: toml::Table, o: &mut super::Options) -> Result<(), String> {
        o.partition_table = registry::overlay(&o.partition_table, keys)?;
        Ok(())
    }
    fn run(&self, ctx: &Context<'_>) -> Vec<Finding> {
        run(ctx)
    }
    fn diagnose(&self, ctx: &Context<'_>) -> Vec<String> {
        diagnose(ctx)
    }
    fn evaluate(&self, ctx: &Context<'_>) -> (Vec<Finding>, Vec<String>) {
        evaluate(ctx)
    }
}

pub(crate) const ID: RuleId = RuleId::PartitionTable;
/// A table below both sizes gains nothing worth a migration.
pub(crate) const MIN_ROWS: f64 = 1_000_000.0;
pub(crate) const MIN_BYTES: u64 = 1 << 30;
/// Share of the reads (executions) that must filter on the time range.
pub(crate) const MIN_RANGE_SHARE: f64 = 0.5;
/// Share of the writes that must be appends (retention deletes aside).
pub(crate) const MIN_APPEND_SHARE: f64 = 0.9;
/// `pg_stats.correlation` from which a table is in its time column's order
/// closely enough for a BRIN index to skip most of it.
pub(crate) const BRIN_MIN_CORRELATION: f64 = 0.9;
/// Rows a period should hold: the finest period holding this many is chosen.
pub(crate) const TARGET_PARTITION_ROWS: f64 = 500_000.0;
/// Thresholds (`[rules.partition-table]` in pgadvisor.toml).
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Options {
    pub min_rows: f64,
    pub min_bytes: u64,
    pub min_range_share: f64,
    pub min_append_share: f64,
    pub target_partition_rows: f64,
}

impl Default for Options {
    fn default() -> Self {
        Self {
            min_rows: MIN_ROWS,
            min_bytes: MIN_BYTES,
            min_range_share: MIN_RANGE_SHARE,
            min_append_share: MIN_APPEND_SHARE,
            target_partition_rows: TARGET_PARTITION_ROWS,
        }
    }
}

/// Column names that hold the tenant in a shared-schema table.
pub(crate) const TENANT_KEYS: &[&str] = &[
    "tenant_id",
    "account_id",
    "org_id",
    "organization_id",
    "company_id",
    "customer_id",
    "workspace_id",
    "client_id",
    "empresa_id",
    "cliente_id",
    "conta_id",
];

fn is_time(ty: &str) -> bool {
    let t = ty.to_ascii_lowercase();
    t == "date" || t.starts_with("timestamp")
}

fn date_of(v: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(v.get(..10)?, "%Y-%m-%d").ok()
}

/// The most of the data a read may still touch once pruned, for a period
/// to serve the reads (a read of the last week on yearly partitions of two
/// years reads half the table; on monthly ones, a twelfth).
const MAX_PRUNED_SHARE: f64 = 0.25;

/// The coarsest period whose partitions let the ranged reads (weighed by
/// their time) touch at most `MAX_PRUNED_SHARE` of `span_days` of data: a
/// read of `d` days touches about `d` plus one period. `None` without reads
/// whose range could be read, or when none prunes that well (the reads ask
/// for most of the data: finer partitions would only multiply them).
fn pruning_period(asked: &[(f64, f64)], span_days: f64) -> Option<Period> {
    let total: f64 = asked.iter().map(|a| a.1).sum();
    if asked.is_empty() {
        return None;
    }
    let share = |p: Period| {
        asked
            .iter()
            .map(|(d, ms)| {
                let w = if total > 0.0 { ms / total } else { 1.0 / asked.len() as f64 };
                w * ((d + p.days()) / span_days).min(1.0)
            })
            .sum::<f64>()
    };
    Period::ALL
        .into_iter()
        .rev()
        .find(|p| share(*p) <= MAX_PRUNED_SHARE)
}

/// The days the reads typically ask for: the median weighed by read time.
fn typical_days(asked: &[(f64, f64)]) -> Option<f64> {
    let mut v = asked.to_vec();
    v.sort_by(|a, b| a.0.total_cmp(&b.0));
    let total: f64 = v.iter().map(|a| a.1).sum();
    let mut run = 0.0;
    for (d, ms) in &v {
        run += ms;
        if run >= total / 2.0 {
            return Some(*d);
        }
    }
    v.last().map(|a| a.0)
}

fn days_text(d: f64) -> String {
    if d >= 1.5 {
        format!("{d:.0} days")
    } else if d * 24.0 >= 1.5 {
        format!("{:.0} hours", d * 24.0)
    } else {
        format!("{:.0} minutes", d * 1440.0)
    }
}

/// The finest period whose partitions hold enough rows (a year at most).
pub(crate) fn granularity(
    rows: f64,
    first: NaiveDate,
    last: NaiveDate,
    target_rows: f64,
) -> Period {
    let span_days = ((last - first).num_days().max(1)) as f64;
    Period::ALL
        .into_iter()
        .find(|p| rows * p.days().min(span_days) / span_days >= target_rows)
        .unwrap_or(Period::Year)
}

#[derive(Default)]
struct Use {
    reads: u64,
    read_ms: f64,
    /// Read executions with a range on each time column.
    ranged: BTreeMap<String, (u64, f64, Vec<u64>)>,
    /// Per time column: the days each ranged read asks for, with its time.
    asked: BTreeMap<String, Vec<(f64, f64)>>,
    /// Executions of statements (reads, updates, deletes) naming each tenant key by equality.
    tenant: BTreeMap<String, u64>,
    /// Executions of statements that are not inserts.
    statements: u64,
    inserts: u64,
    other_writes: u64,
    /// Per time column, `DELETE`s of everything older than a bound, with no
    /// other condition (retention, which `DROP` replaces): executions, time.
    retention: BTreeMap<String, (u64, f64)>,
    ids: Vec<u64>,
}

pub(crate) fn run(ctx: &Context<'_>) -> Vec<Finding> {
    evaluate(ctx).0
}

/// The tables large enough to partition that this rule looked at and
/// refused, with the reason.
pub(crate) fn diagnose(ctx: &Context<'_>) -> Vec<String> {
    evaluate(ctx).1
}

fn evaluate(ctx: &Context<'_>) -> (Vec<Finding>, Vec<String>) {
    let o = ctx.options.partition_table;
    let Some(schema) = ctx.schema else {
        return (Vec::new(), Vec::new());
    };
    let mut refused: Vec<String> = Vec::new();
    let mut uses: BTreeMap<TableRef, Use> = BTreeMap::new();
    for (id, facts) in &ctx.analysis.facts {
        let Some(q) = ctx.workload.queries.get(id) else {
            continue;
        };
        // A statement folded over tenant schemas counts in each tenant's
        // table with the calls it made there.
        for ((table, share), tf) in facts
            .tables
            .iter()
            .flat_map(|(name, tf)| ctx.placements(*id, name).into_iter().map(move |p| (p, tf)))
        {
            let Some(t) = schema.table(&table) else {
                continue;
            };
            let calls = (q.calls as f64 * share).round() as u64;
            let total_ms = q.total_ms() * share;
            let u = uses.entry(table.clone()).or_default();
            u.ids.push(*id);
            if !tf.access.contains(&Access::Insert) {
                u.statements += calls;
            }
            for p in &tf.predicates {
                if p.op == PredicateOp::Eq && TENANT_KEYS.contains(&p.column.as_str()) {
                    *u.tenant.entry(p.column.clone()).or_default() += calls;
                }
            }
            let time_ranges: Vec<&str> = tf
                .predicates
                .iter()
                .filter(|p| p.op == PredicateOp::Range)
                .filter(|p| t.column(&p.column).is_some_and(|c| is_time(&c.data_type)))
                .map(|p| p.column.as_str())
                .collect();
            if tf.access.contains(&Access::Insert) {
                u.inserts += calls;
            } else if tf.access.contains(&Access::Update) {
                u.other_writes += calls;
            } else if tf.access.contains(&Access::Delete) {
                // Deleting a time range is the retention partitions replace.
                if time_ranges.is_empty() {
                    u.other_writes += calls;
                } else if let [column] = time_ranges.as_slice() {
                    let only_older = tf.predicates.iter().all(|p| p.column == *column)
                        && tf.bounds.iter().any(|b| b.column == *column && !b.lower)
                        && !tf.bounds.iter().any(|b| b.column == *column && b.lower);
                    if only_older {
                        let e = u.retention.entry((*column).to_owned()).or_default();
                        e.0 += calls;
                        e.1 += total_ms;
                    }
                }
            } else if q.kind == StatementKind::Select {
                u.reads += calls;
                u.read_ms += total_ms;
                let mut seen = Vec::new();
                for c in time_ranges {
                    if !seen.contains(&c) {
                        seen.push(c);
                        let e = u.ranged.entry(c.to_owned()).or_default();
                        e.0 += calls;
                        e.1 += total_ms;
                        e.2.push(*id);
                        if let Some(days) = asked_days(facts, tf, c) {
                            u.asked.entry(c.to_owned()).or_default().push((days, total_ms));
                        }
                    }
                }
            }
        }
    }
    let workload_ms = ctx.workload.total_ms();
    let mut out = Vec::new();
    for (table, u) in uses {
        let Some(t) = schema.table(&table) else {
            continue;
        };
        let stats = t.stats.as_ref();
        if u.reads == 0 {
            continue;
        }
        let (Some(rows), bytes) = (stats.and_then(|s| s.rows), stats.and_then(|s| s.total_bytes))
        else {
            // Without its size the table cannot be judged; say so for the
            // tables whose reads would make it a candidate.
            let ranged_ms = u.ranged.values().map(|r| r.1).fold(0.0, f64::max);
            if ranged_ms >= o.min_range_share * u.read_ms && ranged_ms >= 0.01 * workload_ms {
                refused.push(format!(
                    "{ID}: {table} not judged: its reads by a time range take {:.0} % of its read time, \
                     but its size is unknown (give --stats or --db)",
                    100.0 * ranged_ms / u.read_ms.max(1e-9)
                ));
            }
            continue;
        };
        let bytes = bytes.unwrap_or(0);
        if rows < o.min_rows && bytes < o.min_bytes {
            continue;
        }
        let activity = stats.and_then(|s| s.activity.as_ref());
        let appends_logged = (u.inserts + u.other_writes > 0)
            .then(|| u.inserts as f64 / (u.inserts + u.other_writes) as f64);
        let appends_counted = activity
            .filter(|a| a.inserted + a.updated > 0)
            .map(|a| a.inserted as f64 / (a.inserted + a.updated) as f64);
        let append_share = match (appends_logged, appends_counted) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        // Weighed by read time, not executions: a hundred cheap lookups by
        // key must not outvote the ranged reads that take the time.
        let by_range = u
            .ranged
            .iter()
            .max_by(|a, b| a.1 .1.total_cmp(&b.1 .1).then(b.0.cmp(a.0)))
            .filter(|(_, (_, ms, _))| *ms >= o.min_range_share * u.read_ms);
        let tenant = u
            .tenant
            .iter()
            .find(|(_, calls)| **calls == u.statements)
            .map(|(c, _)| c.clone());
        let refuse = |refused: &mut Vec<String>, why: String| {
            refused.push(format!(
                "{ID}: {table} ({:.1} M rows) is not partitioned: {why}",
                rows / 1e6
            ));
        };
        let appends_ok = append_share.filter(|s| *s >= o.min_append_share);
        let (scheme, reason, ids, impact, chosen_by, saved) = if let (Some((column, (calls, ms, ids))), Some(share)) =
            (by_range, appends_ok)
        {
            let Some(cs) = stats.and_then(|s| s.columns.get(column)) else {
                refuse(
                    &mut refused,
                    format!("pg_stats has no row for {column}, so the data's dates are unknown (ANALYZE it, then export the statistics again)"),
                );
                continue;
            };
            let (Some(first), Some(last)) = (
                cs.lowest.as_deref().and_then(date_of),
                cs.highest.as_deref().and_then(date_of),
            ) else {
                refuse(
                    &mut refused,
                    format!("pg_stats has no histogram of {column}, so the data's first and last dates are unknown"),
                );
                continue;
            };
            // The rows the application writes now belong in a partition
            // of their own, not in DEFAULT: statistics taken before the
            // capture may end short of the log's own last day.
            let last = ctx
                .workload
                .last_ts_ms
                .and_then(chrono::DateTime::from_timestamp_millis)
                .map_or(last, |seen| last.max(seen.date_naive()));
            let by_size = granularity(rows, first, last, o.target_partition_rows);
            let span_days = ((last - first).num_days().max(1)) as f64;
            let asked = u.asked.get(column).map(Vec::as_slice).unwrap_or_default();
            let by_reads = pruning_period(asked, span_days);
            let period = by_reads.map_or(by_size, |p| p.min(by_size));
            let asked_typical = typical_days(asked);
            // Pruned, a read scans the periods it asks for; what it no longer
            // reads is its time above a lookup times the share it skips.
            // Reads whose range cannot be read are taken to touch two periods.
            let known_ms: f64 = asked.iter().map(|a| a.1).sum();
            let touched = |d: f64| ((d + period.days()) / span_days).min(1.0);
            let skipped_ms = asked.iter().map(|(d, m)| m * (1.0 - touched(*d))).sum::<f64>()
                + (ms - known_ms).max(0.0) * (1.0 - (2.0 * period.days() / span_days).min(1.0));
            let above_lookup = if *ms > 0.0 {
                ((ms - *calls as f64 * payoff::LOOKUP_MS) / ms).max(0.0)
            } else {
                0.0
            };
            let saved =
                skipped_ms * above_lookup + u.retention.get(column.as_str()).map_or(0.0, |r| r.1);
            let ahead = match period {
                Period::Day => 7,
                Period::Week => 4,
                Period::Month => 3,
                Period::Year => 1,
            };
            (
                Scheme::Range {
                    column: column.clone(),
                    period,
                    first,
                    last,
                    ahead,
                },
                format!(
                    "{calls} of {} reads ask for a range of {column} ({:.0} % of its read time{}); \
                     {:.0} % of writes are appends",
                    u.reads,
                    100.0 * ms / u.read_ms.max(1e-9),
                    asked_typical
                        .map(|d| format!(", typically {} of it", days_text(d)))
                        .unwrap_or_default(),
                    share * 100.0
                ),
                ids.clone(),
                *ms,
                Some(PeriodChoice {
                    asked_days: asked_typical.map(r3),
                    by: if period < by_size { "reads" } else { "size" },
                }),
                saved,
            )
        } else if let Some(column) = tenant {
            // Pruning spares a read what an index on the tenant key already
            // spares it: each read finds one tenant's rows either way.
            if let Some(index) = t.indexes.iter().find(|i| {
                i.method == "btree"
                    && i.predicate.is_none()
                    && matches!(i.keys.first(), Some(IndexKey::Column { name, .. }) if *name == column)
            }) {
                refuse(
                    &mut refused,
                    format!(
                        "every one of the {} statements on it names one {column}, but {} already \
                         leads with {column}: partitions would spare those reads nothing the index does not",
                        u.statements, index.name
                    ),
                );
                continue;
            }
            let modulus = ((rows / 1_000_000.0).ceil() as u32)
                .next_power_of_two()
                .clamp(8, 64);
            (
                Scheme::Hash {
                    column: column.clone(),
                    modulus,
                },
                format!(
                    "every one of the {} statements on it names one {column}",
                    u.statements
                ),
                u.ids.clone(),
                u.read_ms,
                None,
                (u.read_ms - u.reads as f64 * payoff::LOOKUP_MS).max(0.0)
                    * (1.0 - 1.0 / f64::from(modulus)),
            )
        } else {
            let (ranged, ranged_ms) = u
                .ranged
                .values()
                .map(|r| (r.0, r.1))
                .max_by(|a, b| a.1.total_cmp(&b.1))
                .unwrap_or((0, 0.0));
            let why = if by_range.is_none() {
                format!(
                    "the {ranged} of its {} reads that ask for a time range take {:.0} % of its read time, \
                     less than min_range_share ({:.0} %), and no tenant column is named by every statement",
                    u.reads,
                    100.0 * ranged_ms / u.read_ms.max(1e-9),
                    o.min_range_share * 100.0
                )
            } else {
                match append_share {
                    Some(a) => format!(
                        "{:.0} % of its writes are appends, fewer than min_append_share ({:.0} %): \
                         rows are updated or deleted in place",
                        a * 100.0,
                        o.min_append_share * 100.0
                    ),
                    None => "no write to it was seen (none in the log, no activity counters), \
                             so whether it only grows is unknown"
                        .to_owned(),
                }
            };
            refuse(&mut refused, why);
            continue;
        };
        let window = payoff::Window::of(ctx.workload.span_seconds());
        let balance = payoff::partitioning(
            window,
            saved,
            (u.statements + u.inserts) as f64,
            rows,
        );
        if !balance.pays(1.0) {
            refuse(
                &mut refused,
                format!(
                    "{} ({reason}): pruning would not repay the planning every statement pays",
                    balance.describe()
                ),
            );
            continue;
        }
        let p = match plan(&table, schema, &scheme) {
            Ok(p) => p,
            Err(e) => {
                refuse(
                    &mut refused,
                    format!("the migration cannot be written: {}", e.0),
                );
                continue;
            }
        };
        let severity = if workload_ms > 0.0 && impact >= 0.05 * workload_ms {
            Severity::Warning
        } else {
            Severity::Info
        };
        let (method, detail) = match &scheme {
            Scheme::Range { period, .. } => ("range", SchemeDetail::Range { period: *period }),
            Scheme::Hash { modulus, .. } => ("hash", SchemeDetail::Hash { modulus: *modulus }),
        };
        let mut f = Finding::new(
            ID,
            severity,
            format!(
                "{table} ({:.1} M rows) could be partitioned by {method} of {}: {reason}",
                rows / 1e6,
                scheme.column()
            ),
            Subject {
                schema: table.schema.clone(),
                table: table.name.clone(),
                columns: vec![scheme.column().to_owned()],
            },
            scheme.column(),
        );
        f.queries = Context::hex(&ids);
        f.impact_ms = r3(impact);
        f.fix = p.steps.clone().into();
        let (first, last) = match &scheme {
            Scheme::Range { first, last, .. } => (Some(first.to_string()), Some(last.to_string())),
            Scheme::Hash { .. } => (None, None),
        };
        // The cheaper alternative for a log appended in time order: a BRIN
        // index skips the block ranges outside a read's range, with no
        // migration; what it does not do is said beside it.
        let brin = match &scheme {
            Scheme::Range { column, .. } => stats
                .and_then(|s| s.columns.get(column))
                .and_then(|c| c.correlation)
                .filter(|c| c.abs() >= BRIN_MIN_CORRELATION)
                .map(|correlation| Brin {
                    index: crate::sqlgen::create_brin_index(&table, column).sql,
                    correlation: r3(correlation),
                    trade_off: format!(
                        "no migration and a few pages per gigabyte; ranged reads skip the block ranges \
                         outside their range of {column}. It keeps no retention by DROP (old rows still \
                         leave by DELETE, which bloats), serves only ranges of {column}, and loses \
                         precision as rows are updated or written out of {column}'s order"
                    ),
                }),
            Scheme::Hash { .. } => None,
        };
        f.set_evidence(&Evidence {
            payoff: balance,
            period_choice: chosen_by,
            brin_alternative: brin,
            method,
            column: scheme.column(),
            scheme: detail,
            data_from: first,
            data_to: last,
            rows,
            total_bytes: bytes,
            reads: u.reads,
            append_share: append_share.map(r3),
            partitions: &p.partitions,
            key_changes: &p.key_changes,
            old_table: p.old.to_string(),
            retention: &p.retention,
            maintenance: &p.maintenance,
            cleanup: &p.cleanup,
            steps: [
                "create the partitioned table, its partitions and foreign keys",
                "copy the rows in batches of the primary key (one transaction each; run outside a transaction block)",
                "carry the keys and indexes over, ANALYZE",
                "swap in one short transaction: the rows written since, a row-count check that aborts the swap when they differ, the renames",
                "check the application, then drop the old table (cleanup)",
            ],
        });
        out.push(f);
    }
    (out, refused)
}
/// What `partition-table` proposes for a table, and the migration's plan in words.
#[derive(serde::Serialize)]
struct Evidence<'a> {
    /// Reads' and retention's time saved against planning and migration.
    payoff: payoff::Payoff,
    /// How the period was chosen (range only).
    #[serde(skip_serializing_if = "Option::is_none")]
    period_choice: Option<PeriodChoice>,
    /// A BRIN index instead, when the rows lie in the time column's order.
    #[serde(skip_serializing_if = "Option::is_none")]
    brin_alternative: Option<Brin>,
    /// `range` (by time) or `hash` (by tenant key).
    method: &'static str,
    column: &'a str,
    scheme: SchemeDetail,
    data_from: Option<String>,
    data_to: Option<String>,
    rows: f64,
    total_bytes: u64,
    reads: u64,
    /// Share of the writes that append (insert) rather than update or delete.
    append_share: Option<f64>,
    partitions: &'a [String],
    /// What the partitioning changes in the table's unique keys.
    key_changes: &'a [String],
    old_table: String,
    /// Detaching and dropping the oldest period (range only).
    retention: &'a [String],
    /// Creating the next period before its data arrives (range only).
    maintenance: &'a [String],
    cleanup: &'a str,
    steps: [&'static str; 5],
}

/// What set a range partitioning's period: `reads` when the ranges the
/// reads ask for (typically `asked_days`) need finer partitions to prune
/// than the size alone, else `size`.
#[derive(serde::Serialize)]
struct PeriodChoice {
    asked_days: Option<f64>,
    by: &'static str,
}

/// The BRIN index a physically ordered log could have instead.
#[derive(serde::Serialize)]
struct Brin {
    index: String,
    /// `pg_stats.correlation` of the time column.
    correlation: f64,
    trade_off: String,
}

#[derive(serde::Serialize)]
#[serde(untagged)]
enum SchemeDetail {
    Range { period: Period },
    Hash { modulus: u32 },
}


#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_period_lets_the_reads_prune_or_leaves_it_to_the_size() {
        // The last week of 18 months: monthly partitions leave it a twelfth.
        assert_eq!(pruning_period(&[(7.0, 1.0), (27.0, 1.0)], 540.0), Some(Period::Month));
        // A year of two: no period prunes to a quarter; finer ones would
        // only multiply partitions, so the size decides.
        assert_eq!(pruning_period(&[(365.0, 1.0)], 730.0), None);
        assert_eq!(pruning_period(&[], 730.0), None);
    }
}
