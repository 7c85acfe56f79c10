//! `denormalize-aggregate`: a read that joins a parent to its children and
//! aggregates them on every execution (the seed 003 dashboard's progress),
//! run far more often than the children change. The fix keeps the
//! aggregates in cache columns on the parent, maintained by a trigger on the
//! child (`crate::sqlgen::denormalize`), and reads them instead.
use super::payoff;
use super::registry::{self, About, Needs, Phase, Rule, Without};
use super::Context;
use super::RuleId;
use crate::findings::{Finding, Severity, Subject};
use crate::model::fingerprint::StatementKind;
use crate::sqlgen::denormalize::{plan, Denormalization};
use crate::sqlgen::TableRef;
use std::collections::BTreeMap;

pub(crate) struct DenormalizeAggregate;

static ABOUT: About = About {
    id: RuleId::DenormalizeAggregate,
    summary: "Aggregates of a parent's children recomputed on every read, kept in columns of the parent when the reads saved outweigh the trigger's work",
    doc: include_str!("../../rules/denormalize-aggregate.md"),
    phase: Phase::ViewsAndCaches,
    creates_indexes: false,
    needs: Needs {
        schema: Without::Skips,
        stats: Without::Judges,
    },
    quotes_plans: false,
};

impl Rule for DenormalizeAggregate {
    fn about(&self) -> &'static About {
        &ABOUT
    }
    fn configure(&self, keys: toml::Table, o: &mut super::Options) -> Result<(), String> {
        registry::removed_keys(&keys, REMOVED)?;
        o.denormalize_aggregate = registry::overlay(&o.denormalize_aggregate, keys)?;
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

pub(crate) const ID: RuleId = RuleId::DenormalizeAggregate;
/// Share of the workload's time the reads must take to be worth a trigger.
pub(crate) const MIN_SHARE: f64 = 0.01;
/// What the cache must save, as a multiple of the trigger work it adds:
/// the work lands on the writers, who may be the latency that matters.
pub(crate) const PAY_RATIO: f64 = 2.0;

/// Thresholds (`[rules.denormalize-aggregate]` in pgadvisor.toml).
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Options {
    pub min_share: f64,
    pub pay_ratio: f64,
}

impl Default for Options {
    fn default() -> Self {
        Self {
            min_share: MIN_SHARE,
            pay_ratio: PAY_RATIO,
        }
    }
}

/// Keys of earlier releases, refused with what replaced them.
const REMOVED: &[&str] = &["min_calls", "min_reads_per_write", "min_child_rows", "min_mean_ms"];


pub(crate) fn run(ctx: &Context<'_>) -> Vec<Finding> {
    evaluate(ctx).0
}

/// The heavy aggregate reads of a parent and its children this rule looked
/// at and refused, with the reason.
pub(crate) fn diagnose(ctx: &Context<'_>) -> Vec<String> {
    evaluate(ctx).1
}

fn evaluate(ctx: &Context<'_>) -> (Vec<Finding>, Vec<String>) {
    let o = ctx.options.denormalize_aggregate;
    let Some(schema) = ctx.schema else {
        return (Vec::new(), Vec::new());
    };
    let workload_ms = ctx.workload.total_ms();
    let mut refused: Vec<String> = Vec::new();
    let refuse = |refused: &mut Vec<String>, id: u64, why: &str| {
        refused.push(format!(
            "{ID}: query {} gets no cache columns: {why}",
            crate::vocab::fingerprint_hex(id)
        ));
    };
    // The most expensive read per (parent, child): one cache per pair.
    let mut best: BTreeMap<(TableRef, TableRef), (u64, Denormalization, Vec<u64>)> =
        BTreeMap::new();
    for (id, facts) in &ctx.analysis.facts {
        let Some(q) = ctx.workload.queries.get(id) else {
            continue;
        };
        if q.kind != StatementKind::Select
            || !(1..=2).contains(&facts.tables.len())
            || facts.tables.values().all(|t| t.aggregates.is_empty())
            || q.total_ms() < o.min_share * workload_ms
        {
            continue;
        }
        let d = match plan(&q.normalized, schema, &facts.constants) {
            Ok(d) => d,
            Err(e) => {
                // Single-table aggregates are everywhere (`count(*) … WHERE
                // status = $1`): only a join's refusal is news.
                if facts.tables.len() == 2 {
                    refuse(
                        &mut refused,
                        *id,
                        &format!("the cache cannot be written: {}", e.0),
                    );
                }
                continue;
            }
        };
        let key = (d.parent.clone(), d.child.clone());
        let time = |i: &u64| ctx.workload.queries.get(i).map_or(0.0, |s| s.total_ms());
        match best.get_mut(&key) {
            Some((top, plan, ids)) => {
                ids.push(*id);
                if q.total_ms() > time(top) {
                    *top = *id;
                    *plan = d;
                }
            }
            None => {
                best.insert(key, (*id, d, vec![*id]));
            }
        }
    }
    let mut out = Vec::new();
    for ((parent, child), (top, d, ids)) in best {
        // Reads folded over tenant schemas are judged per tenant, on that
        // tenant's reads and child writes, and each tenant that qualifies
        // gets its own cache columns and trigger: the rewritten read runs in
        // every one of them.
        let mut tenants: BTreeMap<String, u64> = BTreeMap::new();
        for q in ids.iter().filter_map(|i| ctx.workload.queries.get(i)) {
            for run in ctx.per_tenant(q) {
                *tenants.entry(run.schema).or_insert(0) += run.calls;
            }
        }
        let judged: Vec<(Option<String>, u64, f64)> = if tenants.is_empty() {
            let reads = ids
                .iter()
                .filter_map(|i| ctx.workload.queries.get(i))
                .map(|q| q.calls)
                .sum();
            vec![(None, reads, ctx.writes(&child))]
        } else {
            tenants
                .into_iter()
                .map(|(s, reads)| {
                    let writes = ctx.writes(&ctx.in_tenant(&child, &s));
                    (Some(s), reads, writes)
                })
                .collect()
        };
        let window = payoff::Window::of(ctx.workload.span_seconds());
        let child_rows = schema
            .table(&child)
            .and_then(|t| t.stats.as_ref())
            .and_then(|s| s.rows);
        let calls: u64 = ids
            .iter()
            .filter_map(|i| ctx.workload.queries.get(i))
            .map(|q| q.calls)
            .sum();
        let mean_ms = ctx.time_ms(&ids) / calls.max(1) as f64;
        let few_runs = format!(", and the trigger would tax every write to {child} from then on");
        let wording = payoff::Wording {
            fix: "the cache",
            lookup: "reading the parent's row",
            few_runs: &few_runs,
        };
        if let Err(why) = payoff::worth_judging(calls, mean_ms, workload_ms, o.min_share, &wording) {
            refuse(&mut refused, top, &why);
            continue;
        }
        let tenants_n = judged.len().max(1) as f64;
        let balances: Vec<payoff::Payoff> = judged
            .iter()
            .map(|(_, reads, writes)| {
                payoff::counter_cache(
                    window,
                    payoff::saved_by_lookup(*reads as f64, mean_ms),
                    *writes,
                    child_rows.map(|r| r / tenants_n),
                )
            })
            .collect();
        let kept: Vec<&(Option<String>, u64, f64)> = judged
            .iter()
            .zip(&balances)
            .filter(|(_, b)| b.pays(o.pay_ratio))
            .map(|(j, _)| j)
            .collect();
        if kept.is_empty() {
            let (reads, writes) = judged.iter().fold((0, 0.0), |(r, w), j| (r + j.1, w + j.2));
            let total = payoff::Payoff::total(window, &balances);
            refuse(
                &mut refused,
                top,
                &format!(
                    "it does not pay: {} ({reads} reads averaging {}, {writes:.0} writes to {child}); \
                     the cache must save {} times the trigger work it adds to the writes",
                    total.describe(),
                    crate::vocab::fmt_ms(mean_ms),
                    o.pay_ratio
                ),
            );
            continue;
        }
        let balance = payoff::Payoff::total(
            window,
            judged
                .iter()
                .zip(&balances)
                .filter(|(j, _)| kept.iter().any(|k| k.0 == j.0))
                .map(|(_, b)| b),
        );
        let Some(top_q) = ctx.workload.queries.get(&top) else {
            continue;
        };
        // Each plan with the read it rewrites (a tenant's own text).
        let mut plans: Vec<Denormalization> = Vec::new();
        let mut originals: Vec<String> = Vec::new();
        for (s, _, _) in &kept {
            match s {
                None => {
                    plans.push(d.clone());
                    originals.push(top_q.normalized.clone());
                }
                Some(s) => {
                    let text = ctx
                        .unfold(top_q, s)
                        .unwrap_or_else(|| top_q.normalized.clone());
                    if let Some(facts) = ctx.analysis.facts.get(&top) {
                        if let Ok(p) = plan(&text, schema, &facts.constants) {
                            plans.push(p);
                            originals.push(text);
                        }
                    }
                }
            }
        }
        let Some(first) = plans.first() else {
            continue;
        };
        let d = first.clone();
        let folded = kept.iter().any(|k| k.0.is_some());
        let label = |t: &TableRef| {
            if folded {
                ctx.table_label(t)
            } else {
                t.clone()
            }
        };
        let (parent, child) = (label(&parent), label(&child));
        let reads: u64 = kept.iter().map(|k| k.1).sum();
        let child_writes: f64 = kept.iter().map(|k| k.2).sum();
        let top_ms = ctx.workload.queries.get(&top).map_or(0.0, |q| q.total_ms());
        let all_reads: u64 = judged.iter().map(|k| k.1).sum();
        let impact = ctx.time_ms(&ids) * reads as f64 / all_reads.max(1) as f64;
        let severity = if impact >= 1000.0 || (workload_ms > 0.0 && impact >= 0.05 * workload_ms) {
            Severity::Warning
        } else {
            Severity::Info
        };
        let subject = Subject {
            schema: parent.schema.clone(),
            table: parent.name.clone(),
            columns: d.columns.iter().map(|c| c.name.clone()).collect(),
        };
        let mut f = Finding::new(
            ID,
            severity,
            format!(
                "{parent} recomputes aggregates of {child} on every read ({reads} reads, {child_writes:.0} writes to {child}{})",
                match plans.len() {
                    n if !folded || n == 0 => String::new(),
                    1 => " in one tenant schema".to_owned(),
                    n => format!(" in {n} tenant schemas"),
                }
            ),
            subject,
            &child.to_string(),
        );
        f.queries = Context::hex(&ids);
        f.impact_ms = crate::model::stats::r3(impact);
        f.fix = plans.iter().flat_map(Denormalization::steps).collect();
        for (p, original) in plans.iter().zip(&originals) {
            f.fix.push(crate::sqlgen::application_query_for(
                original,
                p.rewritten.clone(),
            ));
        }
        f.set_evidence(&Evidence {
            child: child.to_string(),
            child_key: &d.child_key,
            parent_key: &d.parent_key,
            child_filter: d.child_filter.as_deref(),
            left_join: d.left_join,
            read: d.read,
            payoff: balance,
            reads,
            child_writes: crate::model::stats::r3(child_writes),
            tenants: judged
                .iter()
                .filter_map(|(s, reads, writes)| {
                    Some(Tenant {
                        schema: s.as_deref()?,
                        reads: *reads,
                        child_writes: crate::model::stats::r3(*writes),
                        cache: kept.iter().any(|k| k.0 == *s),
                    })
                })
                .collect(),
            rewritten_query: &d.rewritten,
            rewritten_for: crate::vocab::fingerprint_hex(top),
            read_time_ms: crate::model::stats::r3(top_ms),
            cache_columns: d
                .columns
                .iter()
                .map(|c| CacheColumn {
                    name: &c.name,
                    sql_type: c.sql_type,
                    per_row: c.contribution.replace("{row}.", ""),
                })
                .collect(),
            aggregates: d
                .replaced
                .iter()
                .map(|(a, e)| Aggregate {
                    aggregate: a,
                    reads: e,
                })
                .collect(),
        });
        out.push(f);
    }
    (out, refused)
}
/// What `denormalize-aggregate` proposes: cache columns on the parent kept
/// by a trigger on the child, and the read rewritten to use them.
#[derive(serde::Serialize)]
struct Evidence<'a> {
    child: String,
    child_key: &'a str,
    parent_key: &'a str,
    /// The read's condition on the child rows it counts, bound into the cache.
    child_filter: Option<&'a str>,
    left_join: bool,
    /// The read it replaces: a join grouped by the parent, or one parent's
    /// children (the N+1 loop's child query).
    read: crate::sqlgen::denormalize::Read,
    /// What the cache saves and the trigger work it costs (the cost model
    /// of `rules/README.md`).
    payoff: payoff::Payoff,
    /// Reads the cache would serve, and the child writes the trigger would pay.
    reads: u64,
    child_writes: f64,
    /// Per tenant schema the read ran in: whether its cache pays.
    tenants: Vec<Tenant<'a>>,
    rewritten_query: &'a str,
    rewritten_for: String,
    read_time_ms: f64,
    cache_columns: Vec<CacheColumn<'a>>,
    /// Each aggregate of the read and the expression that replaces it.
    aggregates: Vec<Aggregate<'a>>,
}

#[derive(serde::Serialize)]
struct Tenant<'a> {
    schema: &'a str,
    reads: u64,
    child_writes: f64,
    cache: bool,
}

#[derive(serde::Serialize)]
struct CacheColumn<'a> {
    name: &'a str,
    #[serde(rename = "type")]
    sql_type: &'static str,
    /// What one child row adds to it.
    per_row: String,
}

#[derive(serde::Serialize)]
struct Aggregate<'a> {
    aggregate: &'a str,
    reads: &'a str,
}

