//! `pgadvisor explain`: the plan tree with hot nodes marked, then the
//! problems with their fixes; `--format json` gives the same as data.
use crate::plan::nodes::slowest;
use crate::plan::{Node, Plan};
use crate::rules::plan_rules::Problem;
use serde::{Deserialize, Serialize};
use std::io::{self, Write};

/// A node is hot when it spends at least this share of the total itself.
const HOT: f64 = 0.2;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NodeReport {
    pub index: usize,
    pub depth: usize,
    pub label: String,
    pub estimated_rows: Option<f64>,
    pub actual_rows: Option<f64>,
    pub loops: Option<f64>,
    pub total_ms: Option<f64>,
    pub exclusive_ms: Option<f64>,
    pub time_share: Option<f64>,
    pub hot: bool,
    /// Conditions, sort keys, buffers and spills: what a reader checks first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub details: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExplainReport {
    pub analyzed: bool,
    pub planning_ms: Option<f64>,
    pub execution_ms: Option<f64>,
    pub slowest_node: Option<usize>,
    pub nodes: Vec<NodeReport>,
    pub problems: Vec<Problem>,
    /// Trigger times: outside the nodes, often most of a write's time.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub triggers: Vec<crate::plan::Trigger>,
}

pub(crate) fn build(plan: &Plan, problems: Vec<Problem>) -> ExplainReport {
    let total = plan.total_ms().filter(|t| *t > 0.0);
    let mut nodes = Vec::new();
    let mut i = 0;
    plan.root.walk(0, &mut |n: &Node, depth| {
        let share = match (n.exclusive_ms(), total) {
            (Some(e), Some(t)) => Some((e / t).min(1.0)),
            _ => None,
        };
        nodes.push(NodeReport {
            index: i,
            depth,
            label: n.label(),
            estimated_rows: n.plan_rows,
            actual_rows: n.actual_rows,
            loops: n.loops,
            total_ms: n.total_ms(),
            exclusive_ms: n.exclusive_ms(),
            time_share: share,
            hot: share.is_some_and(|s| s >= HOT),
            details: details(n),
        });
        i += 1;
    });
    ExplainReport {
        analyzed: plan.analyzed,
        planning_ms: plan.planning_ms,
        execution_ms: plan.execution_ms,
        slowest_node: slowest(plan).map(|(i, _)| i),
        nodes,
        problems,
        triggers: plan.triggers.clone(),
    }
}

fn details(n: &Node) -> Vec<String> {
    let mut d = Vec::new();
    let mut add = |k: &str, v: &Option<String>| {
        if let Some(v) = v {
            d.push(format!("{k}: {v}"));
        }
    };
    add("Index Cond", &n.index_cond);
    add("Hash Cond", &n.hash_cond);
    add("Filter", &n.filter);
    add("Join Filter", &n.join_filter);
    add("Sort Key", &n.sort_key);
    if let Some(r) = n.rows_removed_by_filter.filter(|r| *r > 0.0) {
        d.push(format!("Rows Removed by Filter: {r:.0}"));
    }
    if let Some(m) = &n.sort_method {
        let space = match (&n.sort_space_type, n.sort_space_kb) {
            (Some(t), Some(kb)) => format!(" ({t}: {kb:.0} kB)"),
            _ => String::new(),
        };
        d.push(format!("Sort Method: {m}{space}"));
    }
    if let Some(b) = n.hash_batches.filter(|b| *b > 1.0) {
        d.push(format!("Hash Batches: {b:.0}"));
    }
    if let Some(h) = n.heap_fetches.filter(|h| *h > 0.0) {
        d.push(format!("Heap Fetches: {h:.0}"));
    }
    match (n.shared_hit, n.shared_read) {
        (Some(h), Some(r)) => d.push(format!("Buffers: shared hit={h:.0} read={r:.0}")),
        (Some(h), None) => d.push(format!("Buffers: shared hit={h:.0}")),
        _ => {}
    }
    if let Some(w) = n.temp_written.filter(|w| *w > 0.0) {
        d.push(format!("Temp written: {w:.0} blocks"));
    }
    d
}

pub(crate) fn write_text(out: &mut dyn Write, r: &ExplainReport) -> io::Result<()> {
    if let Some(t) = r.execution_ms {
        writeln!(
            out,
            "Execution {t:.3} ms{}",
            r.planning_ms
                .map(|p| format!(", planning {p:.3} ms"))
                .unwrap_or_default()
        )?;
    }
    if !r.analyzed {
        writeln!(out, "(plan without ANALYZE: estimates only; run EXPLAIN (ANALYZE, BUFFERS) for times and row counts)")?;
    }
    for n in &r.nodes {
        let flagged = r.problems.iter().any(|p| p.node_index == n.index);
        let mark = if n.hot {
            "▲"
        } else if flagged {
            "!"
        } else {
            " "
        };
        let time = match (n.exclusive_ms, n.time_share) {
            (Some(e), Some(s)) => format!("{e:>9.3} ms {:>5.1}%", s * 100.0),
            _ => " ".repeat(19),
        };
        let rows = match (n.actual_rows, n.estimated_rows) {
            (Some(a), Some(e)) => format!("rows {a:.0} (est {e:.0})"),
            (None, Some(e)) => format!("rows est {e:.0}"),
            _ => String::new(),
        };
        let loops = n
            .loops
            .filter(|l| *l > 1.0)
            .map(|l| format!(" ×{l:.0} loops"))
            .unwrap_or_default();
        writeln!(
            out,
            "{mark} {time}  {}{}  {rows}{loops}",
            "  ".repeat(n.depth),
            n.label
        )?;
    }
    for t in &r.triggers {
        let share = r
            .execution_ms
            .filter(|e| *e > 0.0)
            .map(|e| format!(" {:>5.1}%", 100.0 * t.ms / e))
            .unwrap_or_default();
        let calls = t
            .calls
            .map(|c| format!(" ×{c:.0} calls"))
            .unwrap_or_default();
        let kind = if t.constraint { "for constraint " } else { "" };
        writeln!(
            out,
            "  {:>9.3} ms{share}  Trigger {kind}{}{calls}",
            t.ms, t.name
        )?;
    }
    if r.problems.is_empty() {
        writeln!(out, "\nNo problems found.")?;
        return Ok(());
    }
    writeln!(out, "\nProblems:")?;
    for p in &r.problems {
        writeln!(out, "  [{}] {}: {}", p.rule, p.node, p.message)?;
        for f in p.fix.sql() {
            writeln!(out, "      fix: {f}")?;
        }
    }
    Ok(())
}
