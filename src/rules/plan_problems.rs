//! The plan rules on plans logged by auto_explain: `seq-scan-filter`,
//! `disk-spill`, `row-misestimate`, `nested-loop-repeat`, `heap-fetches`.
//! The diagnosis itself is [`crate::plan::problems`], shared with
//! `pgadvisor explain`; this turns it into findings tied to the query.
use super::Context;
use crate::findings::{Finding, Severity, Subject};
use crate::plan::problems::diagnose_with;
use serde_json::json;

fn findings_for(ctx: &Context<'_>, rule: &str) -> Vec<Finding> {
    let mut out = Vec::new();
    let mut plans: Vec<_> = ctx.workload.plans.iter().collect();
    plans.sort_by_key(|(id, _)| **id);
    for (id, logged) in plans {
        let query_ms = ctx.workload.queries.get(id).map_or(0.0, |q| q.total_ms());
        for p in diagnose_with(&logged.plan, &ctx.options.plan)
            .into_iter()
            .filter(|p| p.rule == rule)
        {
            let mut node = None;
            let mut i = 0;
            logged.plan.root.walk(0, &mut |n, _| {
                if i == p.node_index {
                    node = Some(n.clone());
                }
                i += 1;
            });
            let node = node.unwrap_or_default();
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
            f.evidence = json!({
                "node": p.node,
                "message": p.message,
                "time_share": p.time_share,
                "plan_duration_ms": logged.duration_us as f64 / 1000.0,
                "plan_line": logged.line,
                "plan_source": logged.source,
            });
            f.sql = p.fix;
            out.push(f);
        }
    }
    out
}

pub fn seq_scan_filter(ctx: &Context<'_>) -> Vec<Finding> {
    findings_for(ctx, "seq-scan-filter")
}
pub fn disk_spill(ctx: &Context<'_>) -> Vec<Finding> {
    findings_for(ctx, "disk-spill")
}
pub fn row_misestimate(ctx: &Context<'_>) -> Vec<Finding> {
    findings_for(ctx, "row-misestimate")
}
pub fn nested_loop_repeat(ctx: &Context<'_>) -> Vec<Finding> {
    findings_for(ctx, "nested-loop-repeat")
}
pub fn heap_fetches(ctx: &Context<'_>) -> Vec<Finding> {
    findings_for(ctx, "heap-fetches")
}
