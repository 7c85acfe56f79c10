//! Query plans: `EXPLAIN` output (text or JSON, with or without ANALYZE)
//! and `auto_explain` entries, read into one tree, then diagnosed.
//!
//! The model keeps what the problems need: estimated and actual rows,
//! loops, inclusive and exclusive time (actual time × loops, minus the
//! children), rows removed by filters, sort and hash memory or disk, heap
//! fetches, buffers and workers.
pub mod json;
pub(crate) mod nodes;
pub(crate) mod paste;
pub mod text;

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Node {
    pub node_type: String,
    pub relation: Option<String>,
    pub schema: Option<String>,
    pub alias: Option<String>,
    pub index_name: Option<String>,
    pub join_type: Option<String>,
    /// `Plan Rows` (per loop).
    pub plan_rows: Option<f64>,
    pub total_cost: Option<f64>,
    /// `Actual Rows` (per loop, as EXPLAIN prints it).
    pub actual_rows: Option<f64>,
    pub loops: Option<f64>,
    /// `Actual Total Time` per loop, ms.
    pub actual_total_ms: Option<f64>,
    pub filter: Option<String>,
    pub index_cond: Option<String>,
    pub hash_cond: Option<String>,
    pub join_filter: Option<String>,
    pub rows_removed_by_filter: Option<f64>,
    pub rows_removed_by_join_filter: Option<f64>,
    pub sort_key: Option<String>,
    pub sort_method: Option<String>,
    /// `Memory` or `Disk`.
    pub sort_space_type: Option<String>,
    pub sort_space_kb: Option<f64>,
    pub hash_batches: Option<f64>,
    pub original_hash_batches: Option<f64>,
    pub peak_memory_kb: Option<f64>,
    pub disk_usage_kb: Option<f64>,
    pub heap_fetches: Option<f64>,
    pub shared_hit: Option<f64>,
    pub shared_read: Option<f64>,
    pub temp_read: Option<f64>,
    pub temp_written: Option<f64>,
    pub workers_planned: Option<f64>,
    pub workers_launched: Option<f64>,
    /// The processes that share this node's loops: a parallel part of the
    /// plan runs in the workers and the leader at once (`settle`).
    #[serde(default)]
    pub processes: Option<f64>,
    /// `Subplan Name` / `InitPlan 1 (returns $0)` / CTE name.
    pub subplan: Option<String>,
    pub parent_relationship: Option<String>,
    pub children: Vec<Node>,
}

impl Node {
    /// Inclusive time of all loops, ms: in a parallel part of the plan the
    /// loops ran side by side in several processes, and the wall-clock time
    /// is theirs divided among them (as PostgreSQL prints it per loop, the
    /// time of a node under `Gather` with loops=3 is about its own).
    pub fn total_ms(&self) -> Option<f64> {
        let loops = self.loops.unwrap_or(1.0);
        let processes = self.processes.unwrap_or(1.0).clamp(1.0, loops.max(1.0));
        Some(self.actual_total_ms? * loops / processes)
    }

    /// Marks the nodes under a `Gather` with the processes running them.
    fn settle_processes(&mut self, processes: Option<f64>) {
        self.processes = processes;
        let below = if self.node_type.starts_with("Gather") {
            self.workers_launched
                .or(self.workers_planned)
                .map(|w| w + 1.0)
        } else {
            processes
        };
        for c in &mut self.children {
            c.settle_processes(below);
        }
    }

    /// Time spent in this node itself (inclusive minus children), ms.
    pub fn exclusive_ms(&self) -> Option<f64> {
        let own = self.total_ms()?;
        // InitPlans and SubPlans run inside their parent; CTE scans are shared.
        let kids: f64 = self.children.iter().filter_map(Node::total_ms).sum();
        Some((own - kids).max(0.0))
    }

    /// Rows produced over all loops.
    pub fn actual_rows_total(&self) -> Option<f64> {
        Some(self.actual_rows? * self.loops.unwrap_or(1.0))
    }

    /// Walks the tree depth first, with each node's depth.
    pub fn walk<'a>(&'a self, depth: usize, f: &mut dyn FnMut(&'a Node, usize)) {
        f(self, depth);
        for c in &self.children {
            c.walk(depth + 1, f);
        }
    }

    /// A short label: `Seq Scan on orders o`.
    pub fn label(&self) -> String {
        let mut s = self.node_type.clone();
        if let Some(i) = &self.index_name {
            s.push_str(&format!(" using {i}"));
        }
        if let Some(r) = &self.relation {
            s.push_str(&format!(" on {r}"));
            if let Some(a) = self.alias.as_ref().filter(|a| *a != r) {
                s.push_str(&format!(" {a}"));
            }
        }
        s
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Plan {
    pub root: Node,
    pub planning_ms: Option<f64>,
    pub execution_ms: Option<f64>,
    /// The query, when the input carries it (auto_explain `Query Text`).
    pub query: Option<String>,
    /// Settings changed from their defaults (`EXPLAIN (SETTINGS)`).
    pub settings: Vec<(String, String)>,
    /// Whether actual numbers are present (ANALYZE).
    pub analyzed: bool,
    /// Trigger times (`Trigger for constraint …: time=… calls=…`).
    #[serde(default)]
    pub triggers: Vec<Trigger>,
}

/// A trigger's time in an `EXPLAIN ANALYZE` of a write.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Trigger {
    pub name: String,
    /// A constraint's trigger (`for constraint …`, `RI_ConstraintTrigger_…`):
    /// a foreign key's check or action, or a user's `CONSTRAINT TRIGGER`.
    pub constraint: bool,
    pub relation: Option<String>,
    pub ms: f64,
    pub calls: Option<f64>,
}

impl Plan {
    /// What a reader fills in after the tree is built.
    fn settle(&mut self) {
        self.root.settle_processes(None);
    }

    /// Total runtime: execution time when printed, else the root's time.
    pub fn total_ms(&self) -> Option<f64> {
        self.execution_ms.or_else(|| self.root.total_ms())
    }
}

/// A plan that could not be read: where and why.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("line {line}: {message}")]
pub struct PlanError {
    pub line: usize,
    pub message: String,
}

/// Reads a plan as it was pasted (see `paste`): text or JSON, in psql's
/// frames, quoted by pgAdmin or a CSV export, after a prompt or the echoed
/// statement. YAML and XML plans are refused with what to do instead.
pub fn parse(input: &str) -> Result<Plan, PlanError> {
    read(paste::clean(input)?)
}

/// [`parse`], refusing a plan in any format but `want` (the readers named
/// for one format: `text::parse`, `json::parse`).
fn parse_as(input: &str, want: paste::Format) -> Result<Plan, PlanError> {
    let pasted = paste::clean(input)?;
    if pasted.format != want {
        return Err(PlanError {
            line: pasted.lines.first().map_or(1, |(n, _)| *n),
            message: format!("a {:?} plan, not a {want:?} one", pasted.format),
        });
    }
    read(pasted)
}

/// The tree of a cleaned paste, settled.
fn read(pasted: paste::Pasted) -> Result<Plan, PlanError> {
    let line = pasted.lines.first().map_or(1, |(n, _)| *n);
    let mut plan = match pasted.format {
        paste::Format::Text => text::from_lines(pasted.lines)?,
        paste::Format::Json => json::from_lines(&pasted.lines)?,
        paste::Format::Yaml | paste::Format::Xml => {
            return Err(PlanError {
                line,
                message: format!(
                "{} plans are not read: run EXPLAIN with FORMAT JSON or the default text format",
                if pasted.format == paste::Format::Yaml {
                    "YAML"
                } else {
                    "XML"
                }
            ),
            })
        }
    };
    plan.settle();
    Ok(plan)
}
