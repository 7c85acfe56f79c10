//! Turns a fingerprint into text the planner can take. A logged statement
//! with its values is planned as is. A normalized text (`$1` placeholders,
//! as pg_stat_statements gives) gets representative values: the constants
//! the workload used at that position, else a typical value of the column
//! from `pg_stats`. When a placeholder has neither, the statement is planned
//! as a generic plan, which costs it without values.
use crate::input::live::Plannable;
use crate::model::facts::{Operand, QueryFacts};
use crate::model::graph::Resolver;
use crate::model::lexer::{tokenize, TokKind};
use crate::model::schema::Schema;
use crate::model::stats::QueryStats;
use serde::Serialize;

/// Where the values a statement was planned with came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub(crate) enum ValuesFrom {
    /// A logged execution, values and all.
    LoggedStatement,
    /// Constants the workload used at each position.
    WorkloadConstants,
    /// Typical column values from `pg_stats` (with workload constants where known).
    PgStats,
    /// No values: a generic plan.
    GenericPlan,
}

/// `LIMIT $n` with no value seen: a page of a typical size.
const TYPICAL_LIMIT: &str = "20";

fn placeholders(sql: &str) -> Vec<(usize, usize, u32)> {
    let mut toks = Vec::new();
    tokenize(sql, &mut toks);
    toks.iter()
        .filter_map(|t| Some((t.start, t.end, t.param(sql)?)))
        .collect()
}

/// A typical value for `$k`: from the constants seen, else from the column statistics.
fn value_for(k: u32, facts: &QueryFacts, schema: Option<&Schema>) -> Option<(String, ValuesFrom)> {
    if let Some(v) = facts.constants.get(&k).and_then(|c| c.values.first()) {
        return Some((v.clone(), ValuesFrom::WorkloadConstants));
    }
    if facts.limit.as_deref() == Some(&format!("${k}")) {
        return Some((TYPICAL_LIMIT.into(), ValuesFrom::PgStats));
    }
    let resolver = Resolver::of(schema);
    for (t, tf) in &facts.tables {
        for p in &tf.predicates {
            if !p.values.contains(&Operand::Param(k)) {
                continue;
            }
            let stats = resolver
                .resolve(t)
                .and_then(|r| schema?.table(&r)?.stats.as_ref())
                .and_then(|s| s.columns.get(&p.column));
            if let Some(c) = stats {
                if let Some(v) = c
                    .median
                    .clone()
                    .or_else(|| c.most_common.first().map(|m| m.0.clone()))
                {
                    return Some((v, ValuesFrom::PgStats));
                }
            }
        }
    }
    None
}

/// A statement folded over tenant schemas (`"tenant_*".orders`) is planned
/// in the tenant that ran it most.
fn unfold_tenants(q: &QueryStats) -> String {
    let sql = &q.normalized;
    let Some(tenant) = q
        .tenants
        .0
        .iter()
        .max_by(|a, b| a.1.cmp(b.1).then_with(|| b.0.cmp(a.0)))
        .map(|(t, _)| t)
    else {
        return sql.clone();
    };
    let mut toks = Vec::new();
    tokenize(sql, &mut toks);
    let mut out = String::with_capacity(sql.len());
    let mut at = 0;
    for t in toks
        .iter()
        .filter(|t| t.kind == TokKind::QuotedIdent && sql[t.start..t.end].contains('*'))
    {
        out.push_str(&sql[at..t.start]);
        out.push_str(&crate::sqlgen::quote_ident(tenant));
        at = t.end;
    }
    out.push_str(&sql[at..]);
    out
}

/// The text to plan for a fingerprint, and where its values came from.
pub(crate) fn plannable(
    q: &QueryStats,
    facts: Option<&QueryFacts>,
    schema: Option<&Schema>,
) -> Option<(Plannable, ValuesFrom)> {
    if let Some(sample) = &q.sample {
        if placeholders(sample).is_empty() {
            return Some((
                Plannable::Literal(sample.clone()),
                ValuesFrom::LoggedStatement,
            ));
        }
    }
    let unfolded = unfold_tenants(q);
    let sql = &unfolded;
    let marks = placeholders(sql);
    if marks.is_empty() {
        return Some((Plannable::Literal(sql.clone()), ValuesFrom::LoggedStatement));
    }
    let mut out = String::with_capacity(sql.len() + 16);
    let mut at = 0;
    let mut from = ValuesFrom::WorkloadConstants;
    for &(start, end, k) in &marks {
        let Some((v, src)) = facts.and_then(|f| value_for(k, f, schema)) else {
            let params = marks.iter().map(|m| m.2).max().unwrap_or(0);
            return Some((
                Plannable::Generic {
                    sql: sql.clone(),
                    params,
                },
                ValuesFrom::GenericPlan,
            ));
        };
        if src == ValuesFrom::PgStats {
            from = src;
        }
        out.push_str(&sql[at..start]);
        // An untyped literal: PostgreSQL gives it the type the context needs.
        out.push_str(&crate::sqlgen::quote_literal(&v));
        at = end;
    }
    out.push_str(&sql[at..]);
    Some((Plannable::Literal(out), from))
}
