//! `seq-scan-filter`: a sequential scan that reads many rows to keep few,
//! found in a logged plan; the fix is an index on the filter's bounds.
use super::plan_rules::{findings_for, table_of, At, Thresholds};
use super::registry::{self, About, Needs, Phase, Rule};
use super::{Context, Options, RuleId};
use crate::findings::Finding;
use crate::plan::nodes::bound_columns;
use crate::sqlgen::{self, Fix};

pub(crate) struct SeqScanFilter;

static ABOUT: About = About {
    id: RuleId::SeqScanFilter,
    summary: "A sequential scan that throws away most of the rows it reads",
    doc: include_str!("../../rules/seq-scan-filter.md"),
    phase: Phase::PlanFixes,
    creates_indexes: true,
    needs: Needs::NOTHING,
    quotes_plans: true,
};

/// `[rules.seq-scan-filter]`: keys onto the shared plan thresholds.
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Keys {
    min_removed_rows: Option<f64>,
    removed_share: Option<f64>,
}

impl Rule for SeqScanFilter {
    fn about(&self) -> &'static About {
        &ABOUT
    }
    fn configure(&self, keys: toml::Table, o: &mut Options) -> Result<(), String> {
        let k: Keys = registry::parse(keys)?;
        registry::set(&mut o.plan.min_removed_rows, k.min_removed_rows);
        registry::set(&mut o.plan.removed_share, k.removed_share);
        Ok(())
    }
    fn run(&self, ctx: &Context<'_>) -> Vec<Finding> {
        findings_for(ctx, RuleId::SeqScanFilter)
    }
}

pub(super) fn check(at: &At<'_>, th: &Thresholds) -> Option<(String, Fix)> {
    let n = at.node;
    if !n.node_type.contains("Seq Scan") {
        return None;
    }
    let loops = n.loops.unwrap_or(1.0);
    let removed = n.rows_removed_by_filter.unwrap_or(0.0) * loops;
    let kept = n.actual_rows_total().unwrap_or(0.0);
    let wasteful =
        removed >= th.min_removed_rows && removed / (removed + kept).max(1.0) >= th.removed_share;
    if !wasteful {
        return None;
    }
    let cols = n.filter.as_deref().map(bound_columns).unwrap_or_default();
    let fix = match (table_of(n), cols.is_empty()) {
        (Some(t), false) => {
            let name = sqlgen::object_name(&t.name, &cols, "idx");
            Fix::from(vec![
                sqlgen::create_index(&t, &name, &cols, &[] as &[&str], None),
                sqlgen::analyze(&t),
            ])
        }
        _ => Fix::default(),
    };
    Some((
        format!(
            "reads {:.0} rows to keep {:.0} ({:.1} % thrown away by the filter {})",
            removed + kept,
            kept,
            100.0 * removed / (removed + kept).max(1.0),
            n.filter.as_deref().unwrap_or("")
        ),
        fix,
    ))
}
