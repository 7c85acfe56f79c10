//! `nested-loop-repeat`: a nested loop whose inner side is not an index
//! lookup and runs thousands of times, found in a logged plan; the fix is an
//! index on the inner side's join columns.
use super::plan_rules::{findings_for, table_of, At, Thresholds};
use super::registry::{self, About, Needs, Phase, Rule};
use super::{Context, Options, RuleId};
use crate::findings::Finding;
use crate::plan::nodes::condition_columns;
use crate::sqlgen::{self, Fix};

pub(crate) struct NestedLoopRepeat;

static ABOUT: About = About {
    id: RuleId::NestedLoopRepeat,
    summary: "A nested loop whose inner side runs thousands of times without an index lookup",
    doc: include_str!("../../rules/nested-loop-repeat.md"),
    phase: Phase::PlanFixes,
    creates_indexes: true,
    needs: Needs::NOTHING,
    quotes_plans: true,
};

/// `[rules.nested-loop-repeat]`: keys onto the shared plan thresholds.
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Keys {
    min_loops: Option<f64>,
}

impl Rule for NestedLoopRepeat {
    fn about(&self) -> &'static About {
        &ABOUT
    }
    fn configure(&self, keys: toml::Table, o: &mut Options) -> Result<(), String> {
        let k: Keys = registry::parse(keys)?;
        registry::set(&mut o.plan.repeat_loops, k.min_loops);
        Ok(())
    }
    fn run(&self, ctx: &Context<'_>) -> Vec<Finding> {
        findings_for(ctx, RuleId::NestedLoopRepeat)
    }
}

pub(super) fn check(at: &At<'_>, th: &Thresholds) -> Option<(String, Fix)> {
    let n = at.node;
    if n.node_type != "Nested Loop" || n.children.len() != 2 {
        return None;
    }
    let inner = &n.children[1];
    let loops = inner.loops.unwrap_or(0.0);
    let lookup = inner.node_type.contains("Index")
        || inner.node_type == "Memoize"
        || inner.node_type.contains("Bitmap");
    let repeated = loops >= th.repeat_loops && !lookup;
    if !repeated {
        return None;
    }
    let mut fix = Fix::default();
    let scan = {
        let mut s = inner;
        while s.relation.is_none() && s.children.len() == 1 {
            s = &s.children[0];
        }
        s
    };
    if let Some(t) = table_of(scan) {
        let cond = n
            .join_filter
            .as_deref()
            .or(scan.filter.as_deref())
            .unwrap_or("");
        let cols = condition_columns(cond, scan.alias.as_deref());
        if !cols.is_empty() {
            let name = sqlgen::object_name(&t.name, &cols, "idx");
            fix.push(sqlgen::create_index(&t, &name, &cols, &[] as &[&str], None));
            fix.push(sqlgen::analyze(&t));
        }
    }
    Some((
        format!(
            "the inner side ({}) runs {loops:.0} times without an index lookup",
            inner.label()
        ),
        fix,
    ))
}
