//! `heap-fetches`: an index-only scan that still reads the table because the
//! visibility map is stale, found in a logged plan; the fix is a vacuum.
use super::plan_rules::{findings_for, table_of, At, Thresholds};
use super::registry::{self, About, Needs, Phase, Rule};
use super::{Context, Options, RuleId};
use crate::findings::Finding;
use crate::sqlgen::{self, Fix};

pub(crate) struct HeapFetches;

static ABOUT: About = About {
    id: RuleId::HeapFetches,
    summary: "An index-only scan that still reads the table (stale visibility map)",
    doc: include_str!("../../rules/heap-fetches.md"),
    phase: Phase::PlanFixes,
    creates_indexes: false,
    needs: Needs::NOTHING,
    quotes_plans: true,
};

/// `[rules.heap-fetches]`: keys onto the shared plan thresholds.
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Keys {
    min_share: Option<f64>,
    min_fetches: Option<f64>,
}

impl Rule for HeapFetches {
    fn about(&self) -> &'static About {
        &ABOUT
    }
    fn configure(&self, keys: toml::Table, o: &mut Options) -> Result<(), String> {
        let k: Keys = registry::parse(keys)?;
        registry::set(&mut o.plan.heap_fetch_share, k.min_share);
        registry::set(&mut o.plan.min_heap_fetches, k.min_fetches);
        Ok(())
    }
    fn run(&self, ctx: &Context<'_>) -> Vec<Finding> {
        findings_for(ctx, RuleId::HeapFetches)
    }
}

pub(super) fn check(at: &At<'_>, th: &Thresholds) -> Option<(String, Fix)> {
    let n = at.node;
    if !n.node_type.contains("Index Only Scan") {
        return None;
    }
    let fetches = n.heap_fetches.unwrap_or(0.0) * n.loops.unwrap_or(1.0);
    let rows = n.actual_rows_total().unwrap_or(0.0);
    let stale = fetches >= th.min_heap_fetches && fetches / rows.max(1.0) >= th.heap_fetch_share;
    if !stale {
        return None;
    }
    let fix = table_of(n)
        .map(|t| Fix::from(vec![sqlgen::vacuum_analyze(&t)]))
        .unwrap_or_default();
    Some((
        format!("{fetches:.0} heap fetches for {rows:.0} rows: the visibility map is stale, the index-only scan reads the table"),
        fix,
    ))
}
