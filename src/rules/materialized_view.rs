//! `materialized-view`: an aggregate read (`GROUP BY` with `count`/`sum`…,
//! usually over joins) that takes a visible share of the workload, run far
//! more often than its tables change. One view grouped also by the read's
//! parameters answers every execution (`crate::sqlgen::matview`); a refresh
//! on a cadence chosen from what it costs and what it saves keeps it fresh
//! enough, and the finding says how stale.
use super::payoff;
use super::registry::{self, About, Needs, Phase, Rule};
use super::Context;
use super::RuleId;
use crate::findings::{Finding, Severity, Subject};
use crate::model::fingerprint::StatementKind;
use crate::model::stats::r3;
use crate::sqlgen::matview::{plan, MatView};
use crate::sqlgen::TableRef;
use std::collections::BTreeSet;

pub(crate) struct MaterializedView;

static ABOUT: About = About {
    id: RuleId::MaterializedView,
    summary: "A heavy aggregate read recomputed on every run, served by a materialized view when the time it saves pays for its refreshes",
    doc: include_str!("../../rules/materialized-view.md"),
    phase: Phase::ViewsAndCaches,
    creates_indexes: false,
    needs: Needs::NOTHING,
    quotes_plans: false,
};

impl Rule for MaterializedView {
    fn about(&self) -> &'static About {
        &ABOUT
    }
    fn configure(&self, keys: toml::Table, o: &mut super::Options) -> Result<(), String> {
        registry::removed_keys(&keys, REMOVED)?;
        o.materialized_view = registry::overlay(&o.materialized_view, keys)?;
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

pub(crate) const ID: RuleId = RuleId::MaterializedView;
/// Share of the workload's time the read must take to be worth a view.
pub(crate) const MIN_SHARE: f64 = 0.01;
/// Refresh intervals offered, in minutes.
pub(crate) const CADENCES: &[u32] = &[1, 5, 15, 60, 360, 1440];
/// The refreshes may cost at most this share of the read time they save.
pub(crate) const REFRESH_SHARE: f64 = 0.1;

/// Thresholds (`[rules.materialized-view]` in pgadvisor.toml).
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Options {
    pub min_share: f64,
    pub refresh_share: f64,
}

impl Default for Options {
    fn default() -> Self {
        Self {
            min_share: MIN_SHARE,
            refresh_share: REFRESH_SHARE,
        }
    }
}

/// Keys of earlier releases, refused with what replaced them.
const REMOVED: &[&str] = &["min_calls", "min_reads_per_write", "min_rows", "min_mean_ms"];

/// Groups the view holds per group a read returns: how many values each
/// parameter takes (`n_distinct` of its column, or the values the workload
/// showed when it kept them all). `Err` names a parameter whose count is
/// unknown: it took more values than are kept, and no statistics tell.
fn groups_per_read(
    ctx: &Context<'_>,
    tables: &[TableRef],
    q_facts: &crate::model::facts::QueryFacts,
    view: &MatView,
) -> Result<f64, String> {
    let mut factor = 1.0f64;
    for (p, column) in &view.parameters {
        let seen = p
            .strip_prefix('$')
            .and_then(|n| n.parse::<u32>().ok())
            .and_then(|n| q_facts.constants.get(&n));
        let from_stats = tables
            .iter()
            .filter_map(|t| ctx.schema?.table(t)?.stats.as_ref())
            .find_map(|s| {
                let nd = s.columns.get(column)?.n_distinct?;
                Some(if nd < 0.0 {
                    -nd * s.rows.unwrap_or(0.0)
                } else {
                    nd
                })
            });
        let n = match (from_stats, seen) {
            (Some(n), _) => n,
            (None, Some(c)) if !c.more => c.values.len() as f64,
            (None, None) => 1.0,
            (None, Some(_)) => {
                return Err(format!(
                    "{p} ({column}) took more values than are kept and no statistics give its \
                     distinct count: the refresh cost is unknown (pass --stats)"
                ))
            }
        };
        factor *= n.max(1.0);
    }
    Ok(factor.min(1e6))
}

/// Rows the tables hold together, when statistics give every one.
fn rows_of(schema: &crate::model::schema::Schema, tables: &[TableRef]) -> Option<f64> {
    tables
        .iter()
        .map(|t| schema.table(t)?.stats.as_ref()?.rows)
        .sum()
}

pub(crate) fn run(ctx: &Context<'_>) -> Vec<Finding> {
    evaluate(ctx).0
}

/// The heavy aggregate reads this rule looked at and refused, with the reason.
pub(crate) fn diagnose(ctx: &Context<'_>) -> Vec<String> {
    evaluate(ctx).1
}

/// The findings, and the refusals of reads heavy enough to be candidates.
fn evaluate(ctx: &Context<'_>) -> (Vec<Finding>, Vec<String>) {
    let o = ctx.options.materialized_view;
    let Some(schema) = ctx.schema else {
        return (Vec::new(), Vec::new());
    };
    let mut refused: Vec<String> = Vec::new();
    let refuse = |refused: &mut Vec<String>, id: u64, why: &str| {
        refused.push(format!(
            "materialized-view: query {} not served by a view: {why}",
            crate::vocab::fingerprint_hex(id)
        ));
    };
    let workload_ms = ctx.workload.total_ms();
    let cron = schema.extensions.contains("pg_cron");
    let r = ctx.resolver();
    let mut names = BTreeSet::new();
    let mut out = Vec::new();
    // The reads a counter cache serves exactly, and pays for.
    let cached: BTreeSet<String> = if ctx.options.disabled.contains(RuleId::DenormalizeAggregate) {
        BTreeSet::new()
    } else {
        super::denormalize_aggregate::run(ctx)
            .into_iter()
            .flat_map(|f| f.queries)
            .collect()
    };
    // What the proposed indexes leave of each read: a view saves only that.
    let indexed = super::missing_index::residual_after_indexes(ctx);
    let mut ids: Vec<&u64> = ctx.analysis.facts.keys().collect();
    // Costliest first: they keep the plain view names.
    ids.sort_by(|a, b| {
        let t = |i: &u64| ctx.workload.queries.get(i).map_or(0.0, |q| q.total_ms());
        t(b).total_cmp(&t(a)).then(a.cmp(b))
    });
    for id in ids {
        let facts = &ctx.analysis.facts[id];
        let Some(q) = ctx.workload.queries.get(id) else {
            continue;
        };
        if q.kind != StatementKind::Select
            || facts
                .tables
                .values()
                .all(|t| t.aggregates.is_empty() && t.group_by.is_empty())
            || q.total_ms() < o.min_share * workload_ms
        {
            continue;
        }
        let tables: Vec<TableRef> = facts.tables.keys().filter_map(|t| r.resolve(t)).collect();
        if tables.len() != facts.tables.len() {
            refuse(&mut refused, *id, "one of its tables is not in the schema");
            continue;
        }
        // A query folded over tenant schemas names them `"tenant_*"`: each
        // tenant that ran it gets its own view, its reads and its writes
        // (how stale its copy runs) listed apart.
        let runs = ctx.per_tenant(q);
        let judged: Vec<(Option<&str>, u64, f64)> = if runs.is_empty() {
            vec![(None, q.calls, tables.iter().map(|t| ctx.writes(t)).sum())]
        } else {
            runs.iter()
                .map(|run| {
                    let writes = tables
                        .iter()
                        .map(|t| ctx.writes(&ctx.in_tenant(t, &run.schema)))
                        .sum();
                    (Some(run.schema.as_str()), run.calls, writes)
                })
                .collect()
        };
        // Writes to its tables make the copy stale between refreshes, which
        // the finding states. A read of one parent's aggregate (`… WHERE
        // implantacao_id = $1`, the page of one entity, read right after
        // it changes) that a counter cache serves exactly, and pays for,
        // gets the cache: exact at every read, no refresh job. A read over
        // many parents (a dashboard, a report) gets the view beside it.
        let one_parent = cached.contains(&crate::vocab::fingerprint_hex(*id))
            && crate::sqlgen::denormalize::plan(&q.normalized, schema, &facts.constants)
                .is_ok_and(|d| d.read == crate::sqlgen::denormalize::Read::OneParent);
        if one_parent {
            refuse(
                &mut refused,
                *id,
                &format!(
                    "it reads one parent's aggregate, which a counter cache ({}) keeps exact \
                     and pays for: no copy that lags its tables",
                    super::denormalize_aggregate::ID
                ),
            );
            continue;
        }
        let writes: f64 = judged.iter().map(|k| k.2).sum();
        let texts: Vec<String> = if runs.is_empty() {
            vec![q.normalized.clone()]
        } else {
            runs.iter().map(|run| run.text.clone()).collect()
        };
        let mut view = match plan(&texts[0], schema, &facts.constants) {
            Ok(v) => v,
            Err(e) => {
                refuse(
                    &mut refused,
                    *id,
                    &format!("the view cannot be written: {}", e.0),
                );
                continue;
            }
        };
        let others: Vec<MatView> = texts[1..]
            .iter()
            .filter_map(|t| plan(t, schema, &facts.constants).ok())
            .collect();
        if !names.insert(view.view.clone()) {
            let hex = crate::vocab::fingerprint_hex(*id);
            // `campaigns_by_id_1a2b3c4d_mv`, not `…_mv_1a2b3c4d_mv`.
            let base = view.view.name.strip_suffix("_mv").unwrap_or(&view.view.name);
            let name = crate::sqlgen::object_name(base, &[&hex[..8.min(hex.len())]], "mv");
            view.rename(&name);
            names.insert(view.view.clone());
        }
        // The refresh recomputes every group; a read computes its own.
        // Each view is refreshed for, and saves the reads of, its own tenant.
        let reads: u64 = judged.iter().map(|k| k.1).sum();
        let read_ms = q.total_ms() * reads as f64 / q.calls.max(1) as f64;
        // A refresh computes every group in one pass: never more than
        // aggregating its tables whole (when their row counts are known),
        // however many groups one read computes.
        let whole = rows_of(schema, &tables)
            .map(|rows| 2.0 * q.mean_ms().max(rows * payoff::AGGREGATE_MS_PER_ROW));
        let refresh_ms = match (groups_per_read(ctx, &tables, facts, &view), whole) {
            (Ok(groups), whole) => (q.mean_ms() * groups).min(whole.unwrap_or(f64::INFINITY)),
            (Err(_), Some(whole)) => whole,
            (Err(why), None) => {
                refuse(&mut refused, *id, &why);
                continue;
            }
        };
        let wording = payoff::Wording {
            fix: "a view",
            lookup: "a lookup in the view",
            few_runs: " (a view pays only for reads that come back between refreshes)",
        };
        // With the index missing-index proposes for it, a read takes what
        // the index leaves; the view is judged on that.
        let (mean, index) = match indexed.get(id) {
            Some((left, index)) => (q.mean_ms() * left, Some(index)),
            None => (q.mean_ms(), None),
        };
        let with_index = |why: String| match index {
            Some(index) => format!(
                "with the index missing-index proposes for it ({index}), a read would take about {}: {why}",
                crate::vocab::fmt_ms(mean)
            ),
            None => why,
        };
        let saved_total =
            match payoff::worth_judging(reads, mean, workload_ms, o.min_share, &wording) {
                Ok(saved) => saved,
                Err(why) => {
                    refuse(&mut refused, *id, &with_index(why));
                    continue;
                }
            };
        let saved = saved_total / texts.len().max(1) as f64;
        let window = payoff::Window::of(ctx.workload.span_seconds());
        let (cadence, balance) =
            match payoff::view(window, saved, refresh_ms, CADENCES, o.refresh_share) {
                Ok(c) => c,
                Err(p) => {
                    refuse(
                        &mut refused,
                        *id,
                        &with_index(format!(
                            "it does not pay: {} (a refresh takes about {}); refreshes may cost \
                             at most {:.0} % of what the view saves",
                            p.describe(),
                            crate::vocab::fmt_ms(refresh_ms),
                            o.refresh_share * 100.0
                        )),
                    );
                    continue;
                }
            };
        let impact = read_ms;
        let severity = if impact >= 1000.0 || (workload_ms > 0.0 && impact >= 0.05 * workload_ms) {
            Severity::Warning
        } else {
            Severity::Info
        };
        let main = &view.view;
        let shown: Vec<TableRef> = tables
            .iter()
            .map(|t| {
                if runs.is_empty() {
                    t.clone()
                } else {
                    ctx.table_label(t)
                }
            })
            .collect();
        let subject = Subject {
            schema: if runs.is_empty() {
                main.schema.clone()
            } else {
                ctx.schema_label(&main.schema)
            },
            table: view.source.name.clone(),
            columns: view.key.clone(),
        };
        let mut f = Finding::new(
            ID,
            severity,
            format!(
                "An aggregate over {} runs {} times{} and could read a materialized view refreshed every {}",
                shown.iter().map(|t| t.to_string()).collect::<Vec<_>>().join(", "),
                reads,
                match texts.len() {
                    n if runs.is_empty() || n == 0 => String::new(),
                    1 => " in one tenant schema".to_owned(),
                    n => format!(" in {n} tenant schemas"),
                },
                minutes(cadence)
            ),
            subject,
            // The view's name, not its first tenant's schema: the id must
            // not move when that tenant stops qualifying.
            &if runs.is_empty() { main.to_string() } else { ctx.table_label(main).to_string() },
        );
        f.queries = Context::hex(&[*id]);
        f.impact_ms = r3(impact);
        for v in std::iter::once(&view).chain(&others) {
            f.fix.push(v.create());
            f.fix.push(v.unique_index());
            if cron {
                f.fix.push(v.cron(cadence));
            }
        }
        for v in std::iter::once(&view).chain(&others) {
            f.fix.push(crate::sqlgen::application_query_for(
                &q.normalized,
                v.rewritten.clone(),
            ));
        }
        let alternative = crate::sqlgen::denormalize::plan(&q.normalized, schema, &facts.constants)
            .is_ok()
            .then_some(super::denormalize_aggregate::ID);
        f.set_evidence(&Evidence {
            view: main.to_string(),
            definition: &view.definition,
            key: &view.key,
            parameters: view
                .parameters
                .iter()
                .map(|(p, c)| Parameter {
                    parameter: p,
                    column: c,
                })
                .collect(),
            rewritten_query: &view.rewritten,
            refresh: view.refresh(),
            cadence_minutes: cadence,
            staleness: format!(
                "up to {} behind the tables (the data as of the last refresh{})",
                minutes(cadence),
                match &view.clock {
                    Some(f) => format!(", and {f}() the refresh's time"),
                    None => String::new(),
                }
            ),
            schedule: if cron {
                "pg_cron job in the SQL".to_owned()
            } else {
                format!(
                    "pg_cron is not installed: run the refresh every {} from your scheduler",
                    minutes(cadence)
                )
            },
            refresh_estimate_ms: r3(refresh_ms),
            payoff: balance,
            reads,
            writes: r3(writes),
            tenants: judged
                .iter()
                .filter_map(|(s, reads, writes)| {
                    Some(Tenant {
                        schema: (*s)?,
                        reads: *reads,
                        writes: r3(*writes),
                        // Every tenant that ran it gets one (kept in report.json).
                        view: true,
                    })
                })
                .collect(),
            tables: shown.iter().map(|t| t.to_string()).collect(),
            alternative,
        });
        out.push(f);
    }
    (out, refused)
}

/// What `materialized-view` proposes for one aggregate read, and what it weighed.
#[derive(serde::Serialize)]
struct Evidence<'a> {
    view: String,
    definition: &'a str,
    /// The grouping columns: the unique index `REFRESH … CONCURRENTLY` needs.
    key: &'a [String],
    /// Each `$n` of the read and the view column it now selects on.
    parameters: Vec<Parameter<'a>>,
    rewritten_query: &'a str,
    refresh: String,
    cadence_minutes: u32,
    staleness: String,
    schedule: String,
    refresh_estimate_ms: f64,
    /// What the view saves and what its refreshes cost (the cost model of
    /// `rules/README.md`).
    payoff: payoff::Payoff,
    /// Reads the view would serve, and writes to its tables in the same window.
    reads: u64,
    writes: f64,
    /// Per tenant schema the read ran in: whether its view pays.
    tenants: Vec<Tenant<'a>>,
    tables: Vec<String>,
    /// Another rule that could serve the read (a counter cache).
    alternative: Option<RuleId>,
}

#[derive(serde::Serialize)]
struct Parameter<'a> {
    parameter: &'a str,
    column: &'a str,
}

#[derive(serde::Serialize)]
struct Tenant<'a> {
    schema: &'a str,
    reads: u64,
    writes: f64,
    view: bool,
}

fn minutes(m: u32) -> String {
    match m {
        1 => "1 minute".to_owned(),
        m if m < 60 => format!("{m} minutes"),
        60 => "1 hour".to_owned(),
        m if m < 1440 => format!("{} hours", m / 60),
        _ => "1 day".to_owned(),
    }
}
