//! `disk-spill`: a sort or hash that did not fit in `work_mem` and wrote to
//! disk, found in a logged plan; the fix is the `work_mem` it needed.
use super::plan_rules::{findings_for, At, Thresholds};
use super::registry::{self, About, Needs, Phase, Rule};
use super::{Context, Options, RuleId};
use crate::findings::Finding;
use crate::plan::nodes::mb_for;
use crate::sqlgen::{self, Fix};

pub(crate) struct DiskSpill;

static ABOUT: About = About {
    id: RuleId::DiskSpill,
    summary: "A sort or hash that did not fit in work_mem and wrote to disk",
    doc: include_str!("../../rules/disk-spill.md"),
    phase: Phase::PlanFixes,
    creates_indexes: false,
    needs: Needs::NOTHING,
    quotes_plans: true,
};

impl Rule for DiskSpill {
    fn about(&self) -> &'static About {
        &ABOUT
    }
    fn configure(&self, keys: toml::Table, _: &mut Options) -> Result<(), String> {
        registry::no_thresholds(RuleId::DiskSpill, keys)
    }
    fn run(&self, ctx: &Context<'_>) -> Vec<Finding> {
        findings_for(ctx, RuleId::DiskSpill)
    }
}

pub(super) fn check(at: &At<'_>, _: &Thresholds) -> Option<(String, Fix)> {
    let n = at.node;
    let spilled_sort = n.sort_space_type.as_deref() == Some("Disk")
        || n.sort_method
            .as_deref()
            .is_some_and(|m| m.contains("external"));
    let spilled_hash =
        n.hash_batches.is_some_and(|b| b > 1.0) || n.disk_usage_kb.is_some_and(|d| d > 0.0);
    if !(spilled_sort || spilled_hash) {
        return None;
    }
    let needed_kb = if spilled_sort {
        n.sort_space_kb.unwrap_or(0.0)
    } else {
        n.peak_memory_kb.unwrap_or(0.0) * n.hash_batches.unwrap_or(1.0).max(1.0)
            + n.disk_usage_kb.unwrap_or(0.0)
    };
    let mb = mb_for(needed_kb.max(1024.0), spilled_sort);
    Some((
        format!(
            "{} spilled to disk ({}); {:.0} kB went to disk",
            n.node_type,
            if spilled_sort {
                format!(
                    "sort method {}",
                    n.sort_method.as_deref().unwrap_or("external")
                )
            } else {
                format!("{} batches", n.hash_batches.unwrap_or(0.0))
            },
            needed_kb
        ),
        Fix::from(vec![sqlgen::work_mem(mb)]),
    ))
}
