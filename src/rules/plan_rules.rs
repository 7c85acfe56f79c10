//! What the five plan rules share: the walk over a plan's nodes, asking each
//! rule about each node, and the findings tied to the logged query. The
//! same diagnosis serves `pgadvisor explain` on one plan.
use super::{Context, RuleId};
use crate::findings::{Finding, Severity, Subject};
use crate::plan::{Node, Plan};
use crate::sqlgen::{Fix, TableRef};
use serde::{Deserialize, Serialize};

/// Thresholds.
pub const MIN_REMOVED_ROWS: f64 = 10_000.0;
pub const REMOVED_SHARE: f64 = 0.9;
pub const MISESTIMATE_FACTOR: f64 = 10.0;
pub const MIN_ROWS_FOR_ESTIMATES: f64 = 100.0;
pub const REPEAT_LOOPS: f64 = 1000.0;
pub const HEAP_FETCH_SHARE: f64 = 0.1;

/// The plan rules' thresholds (each rule's section of pgadvisor.toml sets its own).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Thresholds {
    pub min_removed_rows: f64,
    pub removed_share: f64,
    pub misestimate_factor: f64,
    pub min_rows_for_estimates: f64,
    pub repeat_loops: f64,
    pub heap_fetch_share: f64,
    pub min_heap_fetches: f64,
}

impl Default for Thresholds {
    fn default() -> Self {
        Self {
            min_removed_rows: MIN_REMOVED_ROWS,
            removed_share: REMOVED_SHARE,
            misestimate_factor: MISESTIMATE_FACTOR,
            min_rows_for_estimates: MIN_ROWS_FOR_ESTIMATES,
            repeat_loops: REPEAT_LOOPS,
            heap_fetch_share: HEAP_FETCH_SHARE,
            min_heap_fetches: MIN_ROWS_FOR_ESTIMATES,
        }
    }
}

/// One problem found in a plan.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Problem {
    pub rule: RuleId,
    /// The node, as `Seq Scan on orders o`.
    pub node: String,
    /// Depth-first index of the node in the plan.
    pub node_index: usize,
    pub message: String,
    /// Statements or settings that fix it, in order (`fix` and `steps` in report.json).
    #[serde(flatten, with = "crate::sqlgen::fix::in_plan")]
    pub fix: Fix,
    /// Share of the plan's time spent in the node itself (0..1), when timed.
    pub time_share: Option<f64>,
}

/// A node with its place in the plan: every node in walk order with its
/// depth, and the index of this one.
pub(super) struct At<'p> {
    pub node: &'p Node,
    pub walk: &'p [(&'p Node, usize)],
    pub index: usize,
}

/// What a plan rule says about a node: the message and the fix.
type Check = fn(&At<'_>, &Thresholds) -> Option<(String, Fix)>;

/// The plan rules, in the order their problems are listed for a node.
const CHECKS: [(RuleId, Check); 5] = [
    (RuleId::SeqScanFilter, super::seq_scan_filter::check),
    (RuleId::DiskSpill, super::disk_spill::check),
    (RuleId::RowMisestimate, super::row_misestimate::check),
    (RuleId::NestedLoopRepeat, super::nested_loop_repeat::check),
    (RuleId::HeapFetches, super::heap_fetches::check),
];

/// The table a node reads or writes; `None` for a CTE, a function, a
/// subquery or an index named after `on` (`Bitmap Index Scan on i`): no
/// statistics or `ANALYZE` to propose there.
pub(super) fn table_of(n: &Node) -> Option<TableRef> {
    let kind = n
        .node_type
        .trim_start_matches("Parallel ")
        .trim_start_matches("Async ")
        .trim_end_matches(" Backward");
    let reads_table = matches!(
        kind,
        "Seq Scan"
            | "Index Scan"
            | "Index Only Scan"
            | "Bitmap Heap Scan"
            | "Tid Scan"
            | "Tid Range Scan"
            | "Sample Scan"
            | "Insert"
            | "Update"
            | "Delete"
            | "Merge"
    );
    if !reads_table {
        return None;
    }
    Some(TableRef::new(
        n.schema.as_deref().unwrap_or("public"),
        n.relation.as_deref()?,
    ))
}

pub fn diagnose(plan: &Plan) -> Vec<Problem> {
    diagnose_with(plan, &Thresholds::default())
}

pub fn diagnose_with(plan: &Plan, th: &Thresholds) -> Vec<Problem> {
    let mut out = checked(plan, th, &CHECKS);
    out.extend(slow_constraint_triggers(plan));
    out
}

/// A constraint trigger that takes this share of a write's time is worth
/// naming: a foreign key's check or cascade reads the other table once per
/// row, and without an index on its referencing columns that read is a scan.
const TRIGGER_SHARE: f64 = 0.1;
/// An index lookup per call costs well under a millisecond; a scan per call
/// costs more (PEV2's sample: 32 ms a call on an unindexed key).
const TRIGGER_MS_PER_CALL: f64 = 1.0;

/// The constraint triggers (foreign keys' checks and actions) that took a
/// large share of the statement: time `EXPLAIN ANALYZE` reports apart from
/// the plan's nodes, so no node shows it.
fn slow_constraint_triggers(plan: &Plan) -> Vec<Problem> {
    let Some(total) = plan.execution_ms.filter(|t| *t > 0.0) else {
        return Vec::new();
    };
    plan.triggers
        .iter()
        .filter(|t| {
            t.constraint
                && t.ms / total >= TRIGGER_SHARE
                && t.ms / t.calls.unwrap_or(1.0).max(1.0) >= TRIGGER_MS_PER_CALL
        })
        .map(|t| {
            let calls = t
                .calls
                .map(|c| format!(" over {c:.0} calls"))
                .unwrap_or_default();
            let on = t
                .relation
                .as_deref()
                .map(|r| format!(" on {r}"))
                .unwrap_or_default();
            Problem {
                rule: RuleId::UnindexedForeignKey,
                node: format!("Trigger for constraint {}{on}", t.name),
                node_index: 0,
                message: format!(
                    "the constraint's trigger took {:.1} ms of {total:.1} ms ({:.0}%){calls}: \
                     a foreign key's check or cascade scans the referencing table when no index \
                     leads with its columns (give pgadvisor the schema to name them)",
                    t.ms,
                    100.0 * t.ms / total
                ),
                fix: Fix::default(),
                time_share: Some((t.ms / total).min(1.0)),
            }
        })
        .collect()
}

/// The problems `checks` find in `plan`, node by node.
fn checked(plan: &Plan, th: &Thresholds, checks: &[(RuleId, Check)]) -> Vec<Problem> {
    checked_nodes(plan, th, checks)
        .into_iter()
        .map(|(p, _)| p)
        .collect()
}

/// [`checked`], each problem with the node it is about.
fn checked_nodes<'p>(
    plan: &'p Plan,
    th: &Thresholds,
    checks: &[(RuleId, Check)],
) -> Vec<(Problem, &'p Node)> {
    let total = plan.total_ms().filter(|t| *t > 0.0);
    let mut nodes: Vec<(&Node, usize)> = Vec::new();
    plan.root.walk(0, &mut |n, d| nodes.push((n, d)));
    let mut out = Vec::new();
    for (idx, (n, _)) in nodes.iter().enumerate() {
        let share = match (n.exclusive_ms(), total) {
            (Some(e), Some(t)) => Some((e / t).min(1.0)),
            _ => None,
        };
        let at = At {
            node: n,
            walk: &nodes,
            index: idx,
        };
        for &(rule, check) in checks {
            if let Some((message, fix)) = check(&at, th) {
                out.push((
                    Problem {
                        rule,
                        node: n.label(),
                        node_index: idx,
                        message,
                        fix,
                        time_share: share,
                    },
                    *n,
                ));
            }
        }
    }
    out
}

/// The findings of one plan rule over the plans auto_explain logged.
pub(super) fn findings_for(ctx: &Context<'_>, rule: RuleId) -> Vec<Finding> {
    let mut out = Vec::new();
    // Only this rule's check: each plan rule walks the plans on its own.
    let own: Vec<(RuleId, Check)> = CHECKS.into_iter().filter(|(r, _)| *r == rule).collect();
    let mut plans: Vec<_> = ctx.workload.plans.iter().collect();
    plans.sort_by_key(|(id, _)| **id);
    for (id, logged) in plans {
        let query_ms = ctx.workload.queries.get(id).map_or(0.0, |q| q.total_ms());
        for (p, node) in checked_nodes(&logged.plan, &ctx.options.plan, &own) {
            let subject = Subject {
                schema: node.schema.clone().unwrap_or_else(|| {
                    if node.relation.is_some() {
                        "public".into()
                    } else {
                        String::new()
                    }
                }),
                table: node.relation.clone().unwrap_or_default(),
                columns: Vec::new(),
            };
            // The query's time that this node accounts for.
            let impact = query_ms * p.time_share.unwrap_or(1.0);
            let severity = if impact >= 1000.0 {
                Severity::Warning
            } else {
                Severity::Info
            };
            let mut f = Finding::new(
                rule,
                severity,
                format!("{}: {}", p.node, p.message),
                subject,
                &format!("{id:x}:{}", p.node_index),
            );
            f.queries = Context::hex(&[*id]);
            f.impact_ms = crate::model::stats::r3(impact);
            f.set_evidence(&Evidence {
                node: &p.node,
                message: &p.message,
                time_share: p.time_share,
                plan_duration_ms: logged.duration_us as f64 / 1000.0,
                plan_line: logged.line,
                plan_source: &logged.source,
            });
            f.fix = p.fix;
            out.push(f);
        }
    }
    out
}

/// What a plan rule says about a node of a logged plan.
#[derive(Serialize)]
struct Evidence<'a> {
    /// The node, as `Seq Scan on orders o`.
    node: &'a str,
    message: &'a str,
    /// Share of the plan's time spent in the node itself (0..1), when timed.
    time_share: Option<f64>,
    plan_duration_ms: f64,
    /// Where the plan starts in its input.
    plan_line: u64,
    plan_source: &'a crate::model::workload::PlanSource,
}
