//! Checks advice against a live database, read-only: the indexes findings
//! propose are costed with HypoPG (each affected statement planned without
//! and with the hypothetical indexes), and with `--analyze` the heaviest
//! read-only statements are run under `EXPLAIN ANALYZE` so the plan rules
//! see real plans.
pub(crate) mod oracle;
pub(crate) mod plannable;

use crate::findings::{Finding, Verified};
use crate::input::live::{LiveError, PlanCost, Plannable, Session};
use crate::model::analysis::Analysis;
use crate::model::facts::Access;
use crate::model::schema::Schema;
use crate::model::workload::{LoggedPlan, PlanSource, Workload};
use crate::vocab::fingerprint_hex;
use plannable::{plannable, ValuesFrom};
use serde::Serialize;
use std::collections::HashMap;

pub(crate) const HYPOPG_MISSING: &str = "HypoPG is not installed in this database: index advice is not checked with \
     hypothetical indexes (apt-get install postgresql-15-hypopg, or your platform's hypopg package, then \
     CREATE EXTENSION hypopg; it writes nothing and its indexes live only in pgadvisor's session)";

/// One statement costed without and with a finding's hypothetical indexes.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub(crate) struct WhatIf {
    /// The fingerprint id of the statement.
    pub query: String,
    pub values: ValuesFrom,
    pub cost_before: f64,
    pub cost_after: f64,
    /// The plan reads one of the hypothetical indexes.
    pub uses_index: bool,
}

/// The indexes a finding's fix builds on tables in use: the ones HypoPG can
/// stand in for (an index on an object the fix creates cannot be planned
/// before the object exists).
fn create_index_statements(f: &Finding) -> Vec<&str> {
    f.fix
        .steps
        .iter()
        .filter(|s| s.role == crate::sqlgen::Role::CreateIndex)
        .map(|s| s.sql.as_str())
        .collect()
}

/// Plans `p`; a statement lost to a reconnection is planned again, once.
fn plan_again_if_reconnected(
    session: &Session,
    p: &Plannable,
) -> Result<Option<PlanCost>, LiveError> {
    let generation = session.generation();
    match session.plan(p)? {
        None if session.generation() != generation => session.plan(p),
        r => Ok(r),
    }
}

/// Costs every index-proposing finding. Findings whose index the planner
/// picks and that lowers a statement's cost become `verified: hypopg`;
/// the per-statement costs go into `evidence.hypopg`.
pub(crate) fn check_indexes(
    session: &Session,
    workload: &Workload,
    analysis: &Analysis,
    schema: Option<&Schema>,
    findings: &mut [Finding],
) -> Result<Vec<String>, LiveError> {
    let mut notes = Vec::new();
    let wanted: Vec<usize> = findings
        .iter()
        .enumerate()
        .filter(|(_, f)| crate::rules::about(f.rule).creates_indexes)
        .filter(|(_, f)| !create_index_statements(f).is_empty())
        .map(|(i, _)| i)
        .collect();
    if wanted.is_empty() {
        return Ok(notes);
    }
    if !session.has_hypopg() {
        notes.push(HYPOPG_MISSING.into());
        return Ok(notes);
    }
    let by_hex: HashMap<String, u64> = workload
        .queries
        .keys()
        .map(|id| (fingerprint_hex(*id), *id))
        .collect();
    let mut targets: HashMap<u64, Option<(Plannable, ValuesFrom)>> = HashMap::new();
    let mut before: HashMap<u64, Option<PlanCost>> = HashMap::new();
    for i in wanted {
        let f = &findings[i];
        let mut checks = Vec::new();
        let ids: Vec<u64> = f
            .queries
            .iter()
            .filter_map(|h| by_hex.get(h))
            .copied()
            .collect();
        let mut planned = Vec::new();
        for id in ids {
            let Some(q) = workload.queries.get(&id) else {
                continue;
            };
            let target = targets
                .entry(id)
                .or_insert_with(|| plannable(q, analysis.facts.get(&id), schema))
                .clone();
            let Some((p, from)) = target else { continue };
            let b = match before.get(&id) {
                Some(b) => b.clone(),
                None => {
                    let b = plan_again_if_reconnected(session, &p)?;
                    before.insert(id, b.clone());
                    b
                }
            };
            if let Some(b) = b {
                planned.push((id, p, from, b));
            }
        }
        if planned.is_empty() {
            continue;
        }
        // A reconnection drops the hypothetical indexes: the finding is checked again, once.
        for _ in 0..2 {
            let generation = session.generation();
            checks.clear();
            let mut names = Vec::new();
            for stmt in create_index_statements(f) {
                names.extend(session.hypothetical_index(stmt)?);
            }
            for (id, p, from, b) in &planned {
                if let Some(a) = session.plan(p)? {
                    checks.push(WhatIf {
                        query: fingerprint_hex(*id),
                        values: *from,
                        cost_before: b.total_cost,
                        cost_after: a.total_cost,
                        uses_index: a.indexes.iter().any(|n| names.contains(n)),
                    });
                }
            }
            session.reset_hypothetical()?;
            if session.generation() == generation {
                break;
            }
            checks.clear();
        }
        let f = &mut findings[i];
        if checks
            .iter()
            .any(|c| c.uses_index && c.cost_after < c.cost_before)
        {
            f.verified = Verified::Hypopg;
        }
        if !checks.is_empty() {
            f.add_evidence("hypopg", &checks);
        }
    }
    Ok(notes)
}

/// Runs `EXPLAIN (ANALYZE, BUFFERS)` on the `top` read-only statements by total
/// time (of `database`'s, when given) that have no logged plan yet, and adds
/// their plans to the workload. Statements that write are skipped (and would
/// fail: the session is read-only).
pub(crate) fn analyze_top(
    session: &Session,
    workload: &mut Workload,
    analysis: &Analysis,
    schema: Option<&Schema>,
    top: usize,
    database: Option<&str>,
) -> Result<usize, LiveError> {
    let mut ids: Vec<(u64, f64)> = workload
        .queries
        .iter()
        .filter(|(id, _)| !workload.plans.contains_key(id))
        .filter(|(_, q)| database.is_none_or(|d| q.databases.0.contains_key(d)))
        .filter(|(id, _)| {
            analysis.facts.get(id).is_some_and(|f| {
                !f.tables.is_empty()
                    && f.tables
                        .values()
                        .all(|t| t.access.iter().all(|a| *a == Access::Read))
            })
        })
        .map(|(id, q)| (*id, q.total_ms()))
        .collect();
    ids.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    let mut added = 0;
    for (id, _) in ids.into_iter().take(top) {
        let Some(q) = workload.queries.get(&id) else {
            continue;
        };
        let Some((Plannable::Literal(sql), _)) = plannable(q, analysis.facts.get(&id), schema)
        else {
            continue;
        };
        if let Some(plan) = session.explain_analyze(&sql)? {
            let duration_us = plan
                .execution_ms
                .map_or(0, |ms| (ms * 1000.0).round() as u64);
            workload.plans.insert(
                id,
                LoggedPlan {
                    duration_us,
                    line: 0,
                    plan,
                    source: PlanSource::ExplainAnalyze,
                },
            );
            added += 1;
        }
    }
    Ok(added)
}
