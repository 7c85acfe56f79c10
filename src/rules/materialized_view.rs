//! `materialized-view`: an aggregate read (`GROUP BY` with `count`/`sum`…,
//! usually over joins) that takes a visible share of the workload, run far
//! more often than its tables change. One view grouped also by the read's
//! parameters answers every execution (`crate::sqlgen::matview`); a refresh
//! on a cadence chosen from what it costs and what it saves keeps it fresh
//! enough, and the finding says how stale.
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
    summary: "A heavy aggregate read run far more often than its tables change, served by a materialized view",
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
/// Executions below which the read is occasional (a report run twice a day).
pub(crate) const MIN_CALLS: u64 = 50;
/// Share of the workload's time the read must take.
pub(crate) const MIN_SHARE: f64 = 0.01;
/// Reads per write to its tables: below, the copy is stale most of the time.
pub(crate) const MIN_READS_PER_WRITE: f64 = 10.0;
/// Rows the read's tables hold together (when statistics tell).
pub(crate) const MIN_ROWS: f64 = 10_000.0;
/// Without row counts, the read must take this long on average (ms).
pub(crate) const MIN_MEAN_MS: f64 = 5.0;
/// Refresh intervals offered, in minutes.
pub(crate) const CADENCES: &[u32] = &[1, 5, 15, 60, 360, 1440];
/// The refreshes may cost at most this share of the read time they save.
pub(crate) const REFRESH_SHARE: f64 = 0.1;

/// Thresholds (`[rules.materialized-view]` in pgadvisor.toml).
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Options {
    pub min_calls: u64,
    pub min_share: f64,
    pub min_reads_per_write: f64,
    pub min_rows: f64,
    pub min_mean_ms: f64,
    pub refresh_share: f64,
}

impl Default for Options {
    fn default() -> Self {
        Self {
            min_calls: MIN_CALLS,
            min_share: MIN_SHARE,
            min_reads_per_write: MIN_READS_PER_WRITE,
            min_rows: MIN_ROWS,
            min_mean_ms: MIN_MEAN_MS,
            refresh_share: REFRESH_SHARE,
        }
    }
}

/// Groups the view holds per group a read returns: how many values each
/// parameter takes (seen in the workload, or `n_distinct` of its column).
fn groups_per_read(
    ctx: &Context<'_>,
    tables: &[TableRef],
    q_facts: &crate::model::facts::QueryFacts,
    view: &MatView,
) -> f64 {
    let mut factor = 1.0f64;
    for (p, column) in &view.parameters {
        let seen = p
            .strip_prefix('$')
            .and_then(|n| n.parse::<u32>().ok())
            .and_then(|n| q_facts.constants.get(&n))
            .map_or(1.0, |c| c.values.len().max(1) as f64);
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
            })
            .unwrap_or(0.0);
        factor *= seen.max(from_stats).max(1.0);
    }
    factor.min(1e6)
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
    let span_minutes = ctx.workload.span_seconds().map(|s| s / 60.0);
    let cron = schema.extensions.contains("pg_cron");
    let r = ctx.resolver();
    let mut names = BTreeSet::new();
    let mut out = Vec::new();
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
        if q.calls < o.min_calls {
            refuse(
                &mut refused,
                *id,
                &format!(
                    "it ran {} times, fewer than min_calls ({}), though it took {:.1} % of the workload's time",
                    q.calls,
                    o.min_calls,
                    100.0 * q.total_ms() / workload_ms.max(1e-9)
                ),
            );
            continue;
        }
        let tables: Vec<TableRef> = facts.tables.keys().filter_map(|t| r.resolve(t)).collect();
        if tables.len() != facts.tables.len() {
            refuse(&mut refused, *id, "one of its tables is not in the schema");
            continue;
        }
        let rows: Option<f64> = tables
            .iter()
            .filter_map(|t| schema.table(t)?.stats.as_ref()?.rows)
            .reduce(|a, b| a + b);
        let big_enough = match rows {
            Some(r) => r >= o.min_rows,
            None => q.mean_ms() >= o.min_mean_ms,
        };
        if !big_enough {
            refuse(
                &mut refused,
                *id,
                &match rows {
                    Some(r) => format!(
                        "its tables hold {r:.0} rows, fewer than min_rows ({:.0})",
                        o.min_rows
                    ),
                    None => format!(
                        "without row counts, its mean time ({:.1} ms) is under min_mean_ms ({} ms)",
                        q.mean_ms(),
                        o.min_mean_ms
                    ),
                },
            );
            continue;
        }
        // A query folded over tenant schemas names them `"tenant_*"`: each
        // tenant that ran it is judged on its own reads and writes (one busy
        // writer must not hide the view from the others, nor the others'
        // reads justify it for the writer) and gets its own view.
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
        let kept: Vec<&(Option<&str>, u64, f64)> = judged
            .iter()
            .filter(|(_, reads, writes)| *reads as f64 >= o.min_reads_per_write * writes)
            .collect();
        if kept.is_empty() {
            let (reads, writes) = judged.iter().fold((0, 0.0), |(r, w), j| (r + j.1, w + j.2));
            refuse(
                &mut refused,
                *id,
                &format!(
                    "its tables change too often ({writes:.0} writes against {reads} reads; \
                     a view pays from {} reads per write)",
                    o.min_reads_per_write
                ),
            );
            continue;
        }
        let writes: f64 = kept.iter().map(|k| k.2).sum();
        let texts: Vec<String> = if runs.is_empty() {
            vec![q.normalized.clone()]
        } else {
            runs.iter()
                .filter(|run| kept.iter().any(|k| k.0 == Some(run.schema.as_str())))
                .map(|run| run.text.clone())
                .collect()
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
            let name =
                crate::sqlgen::object_name(&view.view.name, &[&hex[..8.min(hex.len())]], "mv");
            view.rename(&name);
            names.insert(view.view.clone());
        }
        // The refresh recomputes every group; a read computes its own.
        // Each view is refreshed for, and saves the reads of, its own tenant.
        let reads: u64 = kept.iter().map(|k| k.1).sum();
        let read_ms = q.total_ms() * reads as f64 / q.calls.max(1) as f64;
        let refresh_ms = q.mean_ms() * groups_per_read(ctx, &tables, facts, &view);
        let saved_per_minute =
            span_minutes.map(|m| read_ms / m.max(1.0) / texts.len().max(1) as f64);
        let cadence = match saved_per_minute {
            Some(s) => CADENCES.iter().copied().find(|c| {
                refresh_ms <= o.refresh_share * s * f64::from(*c)
                    && refresh_ms * 2.0 <= f64::from(*c) * 60_000.0
            }),
            // No timestamps (statement statistics): a quarter hour.
            None => Some(15),
        };
        let Some(cadence) = cadence else {
            refuse(
                &mut refused,
                *id,
                &format!(
                    "a refresh ({}) costs more than {:.0} % of the read time it saves at every cadence up to a day",
                    crate::vocab::fmt_ms(refresh_ms),
                    o.refresh_share * 100.0
                ),
            );
            continue;
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
            table: tables
                .first()
                .map_or_else(|| main.name.clone(), |t| t.name.clone()),
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
                "up to {} behind the tables (the data as of the last refresh)",
                minutes(cadence)
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
            reads,
            writes: r3(writes),
            tenants: judged
                .iter()
                .filter_map(|(s, reads, writes)| {
                    Some(Tenant {
                        schema: (*s)?,
                        reads: *reads,
                        writes: r3(*writes),
                        view: kept.iter().any(|k| k.0 == *s),
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
