//! `row-misestimate`: a node whose row estimate is off by 10× or more, found
//! in a logged plan; the fix is extended statistics on the columns its
//! condition ties together, and `ANALYZE`.
use super::plan_rules::{findings_for, table_of, At, Thresholds};
use super::registry::{self, About, Needs, Phase, Rule};
use super::{Context, Options, RuleId};
use crate::findings::Finding;
use crate::plan::nodes::{condition_columns, stops_early};
use crate::sqlgen::{self, Fix};

pub(crate) struct RowMisestimate;

static ABOUT: About = About {
    id: RuleId::RowMisestimate,
    summary: "Row estimates off by 10× or more",
    doc: include_str!("../../rules/row-misestimate.md"),
    phase: Phase::PlanFixes,
    creates_indexes: false,
    needs: Needs::NOTHING,
    quotes_plans: true,
};

/// `[rules.row-misestimate]`: keys onto the shared plan thresholds.
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Keys {
    factor: Option<f64>,
    min_rows: Option<f64>,
}

impl Rule for RowMisestimate {
    fn about(&self) -> &'static About {
        &ABOUT
    }
    fn configure(&self, keys: toml::Table, o: &mut Options) -> Result<(), String> {
        let k: Keys = registry::parse(keys)?;
        registry::set(&mut o.plan.misestimate_factor, k.factor);
        registry::set(&mut o.plan.min_rows_for_estimates, k.min_rows);
        Ok(())
    }
    fn run(&self, ctx: &Context<'_>) -> Vec<Finding> {
        findings_for(ctx, RuleId::RowMisestimate)
    }
}

/// Estimates off by 10× or more. Fewer rows than estimated where the node
/// may stop early (a `LIMIT`, a semi join, an `EXISTS`) are no misestimate.
pub(super) fn check(at: &At<'_>, th: &Thresholds) -> Option<(String, Fix)> {
    let n = at.node;
    // A write's node returns no rows without RETURNING whatever it wrote.
    if matches!(n.node_type.as_str(), "Insert" | "Update" | "Delete" | "Merge") {
        return None;
    }
    let (Some(est), Some(act)) = (n.plan_rows, n.actual_rows) else {
        return None;
    };
    let (e, a) = (est.max(1.0), act.max(1.0));
    let factor = if a > e { a / e } else { e / a };
    let stopped_early = a < e && stops_early(at.walk, at.index);
    let off = factor >= th.misestimate_factor
        && !stopped_early
        && (a >= th.min_rows_for_estimates || e >= th.min_rows_for_estimates)
        && n.loops.unwrap_or(1.0) > 0.0;
    if !off {
        return None;
    }
    let mut fix = Fix::default();
    if let Some(t) = table_of(n) {
        let cols = n
            .filter
            .as_deref()
            .or(n.index_cond.as_deref())
            .map(|f| condition_columns(f, None))
            .unwrap_or_default();
        if cols.len() >= 2 {
            let name = sqlgen::object_name(&t.name, &cols, "stats");
            fix.push(sqlgen::create_statistics(
                &t,
                &name,
                &["dependencies", "ndistinct", "mcv"],
                &cols,
            ));
        }
        fix.push(sqlgen::analyze(&t));
    }
    Some((
        format!(
            "estimated {est:.0} rows, got {act:.0} ({factor:.0}× {})",
            if a > e { "more" } else { "fewer" }
        ),
        fix,
    ))
}

#[cfg(test)]
mod tests {
    #[test]
    fn rows_cut_short_by_a_limit_are_no_misestimate() {
        let text = "Limit  (cost=0.42..100.00 rows=100 width=8) (actual time=0.1..1.0 rows=100 loops=1)
  ->  Sort  (cost=0.42..9000.00 rows=50000 width=8) (actual time=0.1..0.9 rows=100 loops=1)
        ->  Seq Scan on t  (cost=0.00..800.00 rows=50000 width=8) (actual time=0.01..0.5 rows=50000 loops=1)
Planning Time: 0.1 ms
Execution Time: 1.2 ms
";
        let plan = crate::plan::parse(text).unwrap();
        let found: Vec<String> = super::super::plan_rules::diagnose(&plan)
            .into_iter()
            .filter(|p| p.rule == "row-misestimate")
            .map(|p| p.node)
            .collect();
        assert!(found.is_empty(), "{found:?}");
        // Without the LIMIT, the same gap is a misestimate.
        let text = text.replacen("Limit", "Hash", 1);
        let plan = crate::plan::parse(&text).unwrap();
        assert!(super::super::plan_rules::diagnose(&plan)
            .iter()
            .any(|p| p.rule == "row-misestimate"));
    }

    #[test]
    fn scalar_subqueries_read_all_their_rows_exists_stops_at_one() {
        let plan = |cond: &str| {
            format!(
                "Seq Scan on a  (cost=0.00..100.00 rows=10 width=4) (actual time=0.1..50.0 rows=10 loops=1)
  Filter: {cond}
  SubPlan 1
    ->  Index Scan using b_i on b  (cost=0.00..8.00 rows=5000 width=4) (actual time=0.01..0.02 rows=1 loops=1000)
          Index Cond: (b.a_id = a.id)"
            )
        };
        let mis = |cond: &str| {
            let p = crate::plan::parse(&plan(cond)).unwrap();
            super::super::plan_rules::diagnose(&p)
                .iter()
                .any(|p| p.rule == crate::rules::RuleId::RowMisestimate)
        };
        assert!(
            mis("(a.x = (SubPlan 1))"),
            "a scalar subquery reads all its rows"
        );
        assert!(!mis("(SubPlan 1)"), "EXISTS stops at the first row");
        assert!(!mis("(NOT (SubPlan 1))"));
        assert!(!mis("EXISTS(SubPlan 1)"));
    }

}
