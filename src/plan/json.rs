//! `EXPLAIN (FORMAT JSON)`: `[{"Plan": {...}, "Planning Time": …}]`, also
//! the object alone (auto_explain's JSON) and psql's `QUERY PLAN` framing.
use super::{Node, Plan, PlanError};
use serde_json::{Map, Value};

fn num(o: &Map<String, Value>, k: &str) -> Option<f64> {
    o.get(k).and_then(Value::as_f64)
}

fn text(o: &Map<String, Value>, k: &str) -> Option<String> {
    match o.get(k)? {
        Value::String(s) => Some(s.clone()),
        Value::Array(a) => Some(
            a.iter()
                .filter_map(Value::as_str)
                .collect::<Vec<_>>()
                .join(", "),
        ),
        other => Some(other.to_string()),
    }
}

/// The node name as the text format prints it: JSON splits `Partial
/// HashAggregate` into Node Type, Strategy and Partial Mode, and `Parallel
/// Seq Scan` into Node Type and Parallel Aware.
fn node_type(o: &Map<String, Value>) -> String {
    let base = text(o, "Node Type").unwrap_or_default();
    let mut name = match (base.as_str(), text(o, "Strategy").as_deref()) {
        ("Aggregate", Some("Sorted")) => "GroupAggregate".to_owned(),
        ("Aggregate", Some("Hashed")) => "HashAggregate".to_owned(),
        ("Aggregate", Some("Mixed")) => "MixedAggregate".to_owned(),
        ("SetOp", Some("Hashed")) => "HashSetOp".to_owned(),
        ("ModifyTable", _) => text(o, "Operation").unwrap_or(base.clone()),
        _ => base.clone(),
    };
    match text(o, "Partial Mode").as_deref() {
        Some("Partial") => name = format!("Partial {name}"),
        Some("Finalize") => name = format!("Finalize {name}"),
        _ => {}
    }
    if o.get("Parallel Aware").and_then(Value::as_bool) == Some(true) {
        name = format!("Parallel {name}");
    }
    name
}

fn node(o: &Map<String, Value>) -> Node {
    let mut children: Vec<Node> = o
        .get("Plans")
        .and_then(Value::as_array)
        .map(|a| a.iter().filter_map(Value::as_object).map(node).collect())
        .unwrap_or_default();
    // A custom scan may carry the plans it runs elsewhere (Citus: `Distributed
    // Query` → `Job` → `Tasks` → `Remote Plan`): they are its children.
    for (k, v) in o {
        if k != "Plans" {
            remote_plans(v, 0, &mut children);
        }
    }
    Node {
        node_type: node_type(o),
        relation: text(o, "Relation Name")
            .or_else(|| text(o, "CTE Name"))
            .or_else(|| text(o, "Function Name")),
        schema: text(o, "Schema"),
        alias: text(o, "Alias"),
        index_name: text(o, "Index Name"),
        join_type: text(o, "Join Type"),
        plan_rows: num(o, "Plan Rows"),
        total_cost: num(o, "Total Cost"),
        actual_rows: num(o, "Actual Rows"),
        loops: num(o, "Actual Loops"),
        actual_total_ms: num(o, "Actual Total Time"),
        filter: text(o, "Filter"),
        index_cond: text(o, "Index Cond"),
        hash_cond: text(o, "Hash Cond"),
        join_filter: text(o, "Join Filter"),
        rows_removed_by_filter: num(o, "Rows Removed by Filter"),
        rows_removed_by_join_filter: num(o, "Rows Removed by Join Filter"),
        sort_key: text(o, "Sort Key"),
        sort_method: text(o, "Sort Method"),
        sort_space_type: text(o, "Sort Space Type"),
        sort_space_kb: num(o, "Sort Space Used"),
        hash_batches: num(o, "Hash Batches"),
        original_hash_batches: num(o, "Original Hash Batches"),
        peak_memory_kb: num(o, "Peak Memory Usage"),
        disk_usage_kb: num(o, "Disk Usage"),
        heap_fetches: num(o, "Heap Fetches"),
        shared_hit: num(o, "Shared Hit Blocks"),
        shared_read: num(o, "Shared Read Blocks"),
        temp_read: num(o, "Temp Read Blocks"),
        temp_written: num(o, "Temp Written Blocks"),
        workers_planned: num(o, "Workers Planned"),
        workers_launched: num(o, "Workers Launched"),
        processes: None,
        subplan: text(o, "Subplan Name"),
        parent_relationship: text(o, "Parent Relationship"),
        children,
    }
}

/// Plans nested in a node's other keys: any `{"Plan": {"Node Type": …}}`.
fn remote_plans(v: &Value, depth: usize, out: &mut Vec<Node>) {
    if depth > 8 {
        return;
    }
    match v {
        Value::Object(o) => match o.get("Plan").and_then(Value::as_object) {
            Some(p) if p.contains_key("Node Type") => out.push(node(p)),
            _ => o.values().for_each(|x| remote_plans(x, depth + 1, out)),
        },
        Value::Array(a) => a.iter().for_each(|x| remote_plans(x, depth + 1, out)),
        _ => {}
    }
}

/// Reads a JSON plan, pasted in any of the ways `paste` knows.
pub fn parse(input: &str) -> Result<Plan, PlanError> {
    super::parse_as(input, super::paste::Format::Json)
}

/// A JSON plan from its cleaned lines (see `paste::clean`); an error names
/// the line of the input.
pub(crate) fn from_lines(lines: &[(usize, String)]) -> Result<Plan, PlanError> {
    let body: String = lines
        .iter()
        .map(|(_, l)| l.as_str())
        .collect::<Vec<_>>()
        .join("\n");
    let first = lines.first().map_or(1, |(n, _)| *n);
    let mut stream = serde_json::Deserializer::from_str(&body).into_iter::<Value>();
    let v: Value = match stream.next() {
        Some(Ok(v)) => v,
        Some(Err(e)) => {
            return Err(PlanError {
                line: lines
                    .get(e.line().saturating_sub(1))
                    .map_or(first, |(n, _)| *n),
                message: format!("not a JSON plan: {e}"),
            })
        }
        None => {
            return Err(PlanError {
                line: first,
                message: "an empty JSON plan".into(),
            })
        }
    };
    let top = match &v {
        Value::Array(a) => a.first().and_then(Value::as_object),
        Value::Object(o) => Some(o),
        _ => None,
    }
    .ok_or(PlanError {
        line: 1,
        message: "JSON without a plan object".into(),
    })?;
    let root = top
        .get("Plan")
        .and_then(Value::as_object)
        .ok_or(PlanError {
            line: 1,
            message: "no \"Plan\" key".into(),
        })?;
    let root = node(root);
    let mut analyzed = false;
    root.walk(0, &mut |n, _| {
        analyzed |= n.actual_total_ms.is_some() || n.actual_rows.is_some()
    });
    let settings = top
        .get("Settings")
        .and_then(Value::as_object)
        .map(|s| {
            s.iter()
                .map(|(k, v)| {
                    (
                        k.clone(),
                        v.as_str().map_or_else(|| v.to_string(), str::to_owned),
                    )
                })
                .collect()
        })
        .unwrap_or_default();
    Ok(Plan {
        root,
        planning_ms: num(top, "Planning Time"),
        execution_ms: num(top, "Execution Time"),
        query: text(top, "Query Text"),
        settings,
        analyzed,
        triggers: top
            .get("Triggers")
            .and_then(Value::as_array)
            .map(|a| {
                a.iter()
                    .filter_map(Value::as_object)
                    .filter_map(trigger)
                    .collect()
            })
            .unwrap_or_default(),
    })
}

/// `{"Trigger Name": "RI_ConstraintTrigger_a_16412", "Constraint Name": "…", "Relation": "…", "Time": 1.2, "Calls": 3}`.
fn trigger(o: &Map<String, Value>) -> Option<super::Trigger> {
    let name = text(o, "Trigger Name")?;
    let constraint = text(o, "Constraint Name");
    Some(super::Trigger {
        constraint: constraint.is_some() || name.starts_with("RI_ConstraintTrigger"),
        name: constraint.unwrap_or(name),
        relation: text(o, "Relation"),
        ms: num(o, "Time")?,
        calls: num(o, "Calls"),
    })
}
