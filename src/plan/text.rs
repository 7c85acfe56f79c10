//! `EXPLAIN` text format, as psql prints it (with or without the
//! `QUERY PLAN` header, `+` continuations and the `(N rows)` footer), and as
//! auto_explain logs it.
use super::{Node, Plan, PlanError};

struct Item {
    node: Node,
    /// Column of the node (0 for the root, the `->` column otherwise).
    indent: usize,
    parent: Option<usize>,
}

fn num_after(s: &str, key: &str) -> Option<f64> {
    let i = s.find(key)? + key.len();
    let rest = &s[i..];
    let end = rest
        .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == '-' || c == 'e'))
        .unwrap_or(rest.len());
    rest[..end].parse().ok()
}

fn kb(s: &str) -> Option<f64> {
    // `1234kB`
    let t = s.trim();
    let digits: String = t
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == '.')
        .collect();
    let v: f64 = digits.parse().ok()?;
    Some(if t[digits.len()..].trim_start().starts_with("MB") {
        v * 1024.0
    } else {
        v
    })
}

/// `Hash Left Join`, `Index Scan using i on public.t x`, `Seq Scan on t` …
fn header(node: &mut Node, h: &str) {
    let h = h.trim();
    let (kind, target) = match h.find(" on ") {
        Some(i) => (&h[..i], Some(&h[i + 4..])),
        // Before 9.0: `Subquery Scan name`, `Function Scan name`, no `on`.
        None => match [
            "Subquery Scan ",
            "Function Scan ",
            "CTE Scan ",
            "Values Scan ",
        ]
        .iter()
        .find_map(|k| h.strip_prefix(k).map(|rest| (&h[..k.len() - 1], rest)))
        {
            Some((kind, rest)) if !rest.contains(' ') && !rest.starts_with('(') => {
                (kind, Some(rest))
            }
            _ => (h, None),
        },
    };
    let (kind, index) = match kind.find(" using ") {
        Some(i) => (&kind[..i], Some(kind[i + 7..].trim().to_owned())),
        None => (kind, None),
    };
    let mut node_type = kind.trim().to_owned();
    for j in [
        " Left Join",
        " Right Join",
        " Full Join",
        " Semi Join",
        " Anti Join",
        " Right Semi Join",
        " Right Anti Join",
        " Join",
    ] {
        if let Some(base) = node_type.strip_suffix(j) {
            let jt = j.trim().trim_end_matches("Join").trim();
            node.join_type = Some(if jt.is_empty() {
                "Inner".to_owned()
            } else {
                jt.to_owned()
            });
            node_type = if base == "Nested Loop" {
                base.to_owned()
            } else {
                format!("{base} Join")
            };
            break;
        }
    }
    if node_type == "Nested Loop" && node.join_type.is_none() {
        node.join_type = Some("Inner".into());
    }
    node.node_type = node_type;
    node.index_name = index;
    if let Some(t) = target {
        let unquote = |x: &str| {
            x.strip_prefix('"')
                .and_then(|y| y.strip_suffix('"'))
                .map_or_else(|| x.to_owned(), |y| y.replace("\"\"", "\""))
        };
        let mut parts = t.split_whitespace();
        if let Some(rel) = parts.next() {
            let (schema, rel) = match rel.rsplit_once('.') {
                Some((s, r)) => (Some(unquote(s)), unquote(r)),
                None => (None, unquote(rel)),
            };
            node.alias = parts.next().map(unquote).or_else(|| Some(rel.clone()));
            // `"*VALUES*"`, `"*SELECT* 1"`: labels, not relations.
            if !rel.starts_with('*') {
                node.schema = schema;
                node.relation = Some(rel);
            }
        }
    }
}

fn numbers(node: &mut Node, s: &str) {
    if let Some(i) = s.find("(cost=") {
        let c = &s[i..];
        node.total_cost = c.find("..").and_then(|d| num_after(&c[d..], ".."));
        node.plan_rows = num_after(c, "rows=");
    }
    if let Some(i) = s.find("(actual") {
        let a = &s[i..];
        node.actual_total_ms = a
            .find("time=")
            .and_then(|t| a[t..].find("..").and_then(|d| num_after(&a[t + d..], "..")));
        node.actual_rows = num_after(a, "rows=");
        node.loops = num_after(a, "loops=");
    }
    if s.contains("(never executed)") {
        node.loops = Some(0.0);
        node.actual_rows = Some(0.0);
        node.actual_total_ms = Some(0.0);
    }
}

fn detail(node: &mut Node, d: &str) {
    let (key, value) = match d.split_once(": ") {
        Some((k, v)) => (k.trim(), v.trim()),
        None => return,
    };
    match key {
        "Filter" => node.filter = Some(value.to_owned()),
        "Index Cond" => node.index_cond = Some(value.to_owned()),
        "Hash Cond" => node.hash_cond = Some(value.to_owned()),
        "Join Filter" => node.join_filter = Some(value.to_owned()),
        "Rows Removed by Filter" => node.rows_removed_by_filter = value.parse().ok(),
        "Rows Removed by Join Filter" => node.rows_removed_by_join_filter = value.parse().ok(),
        "Sort Key" => node.sort_key = Some(value.to_owned()),
        "Heap Fetches" => node.heap_fetches = value.parse().ok(),
        "Workers Planned" => node.workers_planned = value.parse().ok(),
        "Workers Launched" => node.workers_launched = value.parse().ok(),
        "Sort Method" => {
            // `external merge  Disk: 1234kB` / `quicksort  Memory: 25kB`
            let (method, space) = value.split_once("  ").unwrap_or((value, ""));
            node.sort_method = Some(method.trim().to_owned());
            if let Some((t, amount)) = space.trim().split_once(": ") {
                node.sort_space_type = Some(t.to_owned());
                node.sort_space_kb = kb(amount);
            }
        }
        "Buckets" | "Batches" => {
            // `Buckets: 1024  Batches: 4 (originally 1)  Memory Usage: 3585kB`
            let full = d.trim();
            node.hash_batches = num_after(full, "Batches: ");
            if let Some(i) = full.find("Batches: ") {
                node.original_hash_batches = num_after(&full[i..], "(originally ");
            }
            if let Some(i) = full.find("Memory Usage: ") {
                node.peak_memory_kb = kb(&full[i + 14..]);
            }
            if let Some(i) = full.find("Disk Usage: ") {
                node.disk_usage_kb = kb(&full[i + 12..]);
            }
        }
        "Buffers" => {
            node.shared_hit = num_after(value, "shared hit=");
            node.shared_read = num_after(value, "read=").filter(|_| value.contains("shared"));
            if let Some(i) = value.find("temp") {
                node.temp_read = num_after(&value[i..], "read=");
                node.temp_written = num_after(&value[i..], "written=");
            }
        }
        _ => {}
    }
}

/// Leading spaces, in bytes. Only ASCII spaces count: slicing after other
/// whitespace (U+0085 …) could cut a character in two.
fn indent_of(l: &str) -> usize {
    l.len() - l.trim_start_matches(' ').len()
}

fn is_node_header(t: &str) -> bool {
    t.contains("(cost=") || t.contains("(actual") || t.contains("(never executed)")
}

/// Plan node names as `EXPLAIN` prints them (`explain.c`), for plans
/// printed without costs (`COSTS OFF`) where nothing else marks a node.
const NODE_NAMES: &[&str] = &[
    "Aggregate",
    "Append",
    "BitmapAnd",
    "BitmapOr",
    "Bitmap Heap Scan",
    "Bitmap Index Scan",
    "CTE Scan",
    "Custom Scan",
    "Delete",
    "Foreign Scan",
    "Function Scan",
    "Gather",
    "Gather Merge",
    "Group",
    "GroupAggregate",
    "Hash",
    "Hash Join",
    "HashAggregate",
    "HashSetOp",
    "Incremental Sort",
    "Index Only Scan",
    "Index Scan",
    "Insert",
    "Limit",
    "LockRows",
    "Materialize",
    "Memoize",
    "Merge",
    "Merge Append",
    "Merge Join",
    "MixedAggregate",
    "Named Tuplestore Scan",
    "Nested Loop",
    "ProjectSet",
    "Recursive Union",
    "Result",
    "Result Cache",
    "Sample Scan",
    "Seq Scan",
    "SetOp",
    "Sort",
    "Subquery Scan",
    "Table Function Scan",
    "Tid Range Scan",
    "Tid Scan",
    "Unique",
    "Update",
    "Values Scan",
    "WindowAgg",
    "WorkTable Scan",
];

/// Whether a line (trimmed) is a plan node: `->  Hash Join  (cost=…)`, or
/// a node name alone as `COSTS OFF` prints it (`Sort`, `Seq Scan on t`),
/// never a detail (`Sort Key: …`, `Hash Cond: …`).
pub(crate) fn is_node_line(t: &str) -> bool {
    let body = t.strip_prefix("->").map_or(t, str::trim_start);
    if is_node_header(body) {
        return true;
    }
    let mut name = body;
    for prefix in ["Parallel ", "Partial ", "Finalize ", "Async "] {
        name = name.strip_prefix(prefix).unwrap_or(name);
    }
    NODE_NAMES.iter().any(|n| {
        name.strip_prefix(n).is_some_and(|rest| {
            rest.is_empty()
                || rest.starts_with(" on ")
                || rest.starts_with(" using ")
                || rest.starts_with(" (")
                || rest.starts_with("  (")
                || [" Left", " Right", " Full", " Semi", " Anti"]
                    .iter()
                    .any(|j| rest.starts_with(j) && rest.contains(" Join"))
        })
    })
}

/// A node line whose `(cost=…)` or `(actual …)` never closes: the input
/// ends in the middle of it (lines cut by width were joined before).
fn cut_short(body: &str) -> bool {
    ["(cost=", "(actual"]
        .iter()
        .any(|k| body.find(k).is_some_and(|i| !body[i..].contains(')')))
}

/// A line that goes on from the one above: a terminal or a mail client cut
/// the plan at a fixed width (`… (actual time=0.5` / `24..0.525 rows=0
/// loops=1)`), or a value holds a newline. Every line of a plan starts with
/// a capital (a node, a detail's key) or `->`.
fn continues(l: &str) -> bool {
    let t = l.trim_start();
    !t.starts_with("->") && t.chars().next().is_some_and(|c| !c.is_uppercase())
}

/// A line of the input and its number.
type Line = (usize, String);

/// The plan's lines from its first node on, cut lines joined, with the
/// indentation they share removed; and the lines before it.
fn plan_lines(lines: Vec<Line>) -> (Vec<Line>, Vec<Line>) {
    let first = lines
        .iter()
        .position(|(_, l)| is_node_line(l.trim()))
        .unwrap_or(lines.len());
    let mut rest = lines;
    let body = rest.split_off(first);
    let mut out: Vec<(usize, String)> = Vec::with_capacity(body.len());
    for (n, l) in body {
        match out.last_mut() {
            Some((_, prev)) if continues(&l) => {
                // Cut mid-word keeps no space; a value's new line gets one.
                if prev.ends_with(' ') {
                    prev.push_str(l.trim_start());
                } else {
                    prev.push_str(&l);
                }
            }
            _ => out.push((n, l.trim_end().to_owned())),
        }
    }
    // psql indents every line by one space: remove the common indentation.
    let common = out.iter().map(|(_, l)| indent_of(l)).min().unwrap_or(0);
    for (_, l) in &mut out {
        *l = l[common.min(l.len())..].to_owned();
    }
    (rest, out)
}

/// `Trigger for constraint orders_customer_fk: time=164012.3 calls=5000`,
/// `Trigger audit_row on orders: time=1.2 calls=3`.
fn trigger(t: &str) -> Option<super::Trigger> {
    // `Trigger [name] [for constraint c] [on rel]: time=… calls=…`
    // (`VERBOSE` names the trigger too; `TIMING OFF` prints calls alone).
    let rest = t.strip_prefix("Trigger")?;
    let (head, stats) = rest.rsplit_once(": ")?;
    let calls = num_after(stats, "calls=");
    if calls.is_none() && !stats.contains("time=") {
        return None;
    }
    let (head, relation) = match head.rsplit_once(" on ") {
        Some((h, r)) => (h, Some(r.trim().to_owned())),
        None => (head, None),
    };
    let (name, constraint) = match head.split_once("for constraint ") {
        Some((n, c)) => (n.trim(), Some(c.trim())),
        None => (head.trim(), None),
    };
    Some(super::Trigger {
        name: constraint.unwrap_or(name).to_owned(),
        constraint: constraint.is_some() || name.starts_with("RI_ConstraintTrigger"),
        relation,
        ms: num_after(stats, "time=").unwrap_or(0.0),
        calls,
    })
}

/// Reads a text plan, pasted in any of the ways `paste` knows.
pub fn parse(input: &str) -> Result<Plan, PlanError> {
    super::parse_as(input, super::paste::Format::Text)
}

/// A text plan from its cleaned lines (see `paste::clean`).
pub(crate) fn from_lines(lines: Vec<(usize, String)>) -> Result<Plan, PlanError> {
    let mut items: Vec<Item> = Vec::new();
    let mut plan = Plan::default();
    let mut pending_subplan: Option<String> = None;
    let mut stack: Vec<usize> = Vec::new();
    let (preamble, body) = plan_lines(lines);
    // auto_explain's query text runs from `Query Text:` to the first node;
    // anything else before the plan (a prompt, the echoed statement, a
    // command tag, a header) is not part of it.
    let mut query: Option<String> = None;
    for (_, l) in &preamble {
        match (l.trim().strip_prefix("Query Text:"), query.as_mut()) {
            (Some(v), _) => query = Some(v.trim().to_owned()),
            (None, Some(q)) => {
                q.push('\n');
                q.push_str(l);
            }
            (None, None) => {}
        }
    }
    plan.query = query.map(|q| q.trim_end().to_owned());
    for (line_no, l) in body {
        let indent = indent_of(&l);
        let t = l.trim();
        // `Planning time:` in 9.4, `Planning Time:` since.
        if t.get(..14)
            .is_some_and(|p| p.eq_ignore_ascii_case("planning time:"))
        {
            plan.planning_ms = num_after(t[14..].trim_start(), "");
            continue;
        }
        // `Total runtime:` up to 9.3, `Execution time:` in 9.4, then `Execution Time:`.
        let execution = t
            .get(..15)
            .is_some_and(|p| p.eq_ignore_ascii_case("execution time:"));
        if let Some(v) = t
            .strip_prefix("Total runtime: ")
            .or_else(|| execution.then(|| &t[15..]))
        {
            plan.execution_ms = num_after(v.trim_start(), "");
            continue;
        }
        if let Some(tr) = trigger(t) {
            plan.triggers.push(tr);
            continue;
        }
        if let Some(v) = t.strip_prefix("Settings: ") {
            plan.settings = v
                .split(", ")
                .filter_map(|kv| {
                    kv.split_once(" = ")
                        .map(|(k, v)| (k.trim().to_owned(), v.trim_matches('\'').to_owned()))
                })
                .collect();
            continue;
        }
        let (is_child, body, col) = match t.strip_prefix("->") {
            Some(rest) => (true, rest.trim_start(), indent),
            None => (false, t, indent),
        };
        // The first line is a node (`plan_lines`); a fragment that starts at
        // a child takes it as the root.
        if is_child || items.is_empty() {
            if cut_short(body) {
                return Err(PlanError {
                    line: line_no,
                    message: format!(
                        "the plan is cut off in a node line: {}",
                        body.chars().take(80).collect::<String>()
                    ),
                });
            }
            let mut node = Node::default();
            let head_end = body
                .find("  (")
                .or_else(|| body.find(" (cost="))
                .or_else(|| body.find(" (actual"))
                .unwrap_or(body.len());
            header(&mut node, &body[..head_end]);
            numbers(&mut node, body);
            node.subplan = pending_subplan.take();
            while let Some(&top) = stack.last() {
                if items[top].indent >= col && !items.is_empty() && is_child {
                    stack.pop();
                } else {
                    break;
                }
            }
            let parent = if items.is_empty() {
                None
            } else {
                stack.last().copied().or(Some(0))
            };
            items.push(Item {
                node,
                indent: col,
                parent,
            });
            stack.push(items.len() - 1);
            continue;
        }
        if t.starts_with("SubPlan ") || t.starts_with("InitPlan ") || t.starts_with("CTE ") {
            // The label sits at its owner's detail level: deeper nodes are done.
            while let Some(&top) = stack.last() {
                if top != 0 && items[top].indent >= col {
                    stack.pop();
                } else {
                    break;
                }
            }
            pending_subplan = Some(t.to_owned());
            continue;
        }
        // A detail line belongs to the closest node above it that is less indented.
        let owner = stack
            .iter()
            .rev()
            .copied()
            .find(|&i| items[i].indent < col || i == 0)
            .unwrap_or(0);
        detail(&mut items[owner].node, t);
    }
    if items.is_empty() {
        return Err(PlanError {
            line: preamble.first().map_or(1, |(n, _)| *n),
            message: "no plan node found: no line reads like `Seq Scan on t  (cost=…)`".into(),
        });
    }
    // Assemble children in order.
    let mut nodes: Vec<Option<Node>> = Vec::with_capacity(items.len());
    let parents: Vec<Option<usize>> = items.iter().map(|i| i.parent).collect();
    for i in items {
        nodes.push(Some(i.node));
    }
    for idx in (1..nodes.len()).rev() {
        if let (Some(p), Some(child)) = (parents[idx], nodes[idx].take()) {
            if let Some(Some(parent)) = nodes.get_mut(p) {
                parent.children.insert(0, child);
            }
        }
    }
    plan.root = nodes[0].take().unwrap_or_default();
    let mut analyzed = false;
    plan.root
        .walk(0, &mut |n, _| analyzed |= n.actual_rows.is_some());
    plan.analyzed = analyzed;
    Ok(plan)
}

#[cfg(test)]
mod tests {
    use super::*;

    const PLAN: &str = r#"
                                                   QUERY PLAN
----------------------------------------------------------------------------------------------------------------
 Sort  (cost=1100.12..1101.37 rows=500 width=12) (actual time=25.123..26.456 rows=5000 loops=1)
   Sort Key: o.created_at DESC
   Sort Method: external merge  Disk: 1234kB
   Buffers: shared hit=10 read=20, temp read=150 written=152
   ->  Hash Left Join  (cost=10.00..900.00 rows=500 width=12) (actual time=1.0..20.0 rows=5000 loops=1)
         Hash Cond: (o.customer_id = c.id)
         ->  Seq Scan on public.orders o  (cost=0.00..800.00 rows=500 width=8) (actual time=0.01..15.0 rows=5000 loops=1)
               Filter: (status = 'nova'::text)
               Rows Removed by Filter: 95000
         ->  Hash  (cost=5.00..5.00 rows=100 width=8) (actual time=0.5..0.5 rows=100 loops=1)
               Buckets: 1024  Batches: 1  Memory Usage: 12kB
               ->  Index Only Scan using customers_pkey on customers c  (cost=0.1..5.0 rows=100 width=8) (actual time=0.01..0.3 rows=100 loops=1)
                     Heap Fetches: 100
 Planning Time: 0.321 ms
 Execution Time: 27.001 ms
(15 rows)
"#;

    #[test]
    fn psql_text_plan() {
        let p = parse(PLAN).unwrap();
        assert!(p.analyzed);
        assert_eq!(p.execution_ms, Some(27.001));
        let r = &p.root;
        assert_eq!(r.node_type, "Sort");
        assert_eq!(r.sort_space_type.as_deref(), Some("Disk"));
        assert_eq!(r.sort_space_kb, Some(1234.0));
        assert_eq!(r.temp_written, Some(152.0));
        let join = &r.children[0];
        assert_eq!(
            (join.node_type.as_str(), join.join_type.as_deref()),
            ("Hash Join", Some("Left"))
        );
        assert_eq!(join.children.len(), 2);
        let scan = &join.children[0];
        assert_eq!(scan.relation.as_deref(), Some("orders"));
        assert_eq!(scan.schema.as_deref(), Some("public"));
        assert_eq!(scan.alias.as_deref(), Some("o"));
        assert_eq!(scan.rows_removed_by_filter, Some(95000.0));
        let ios = &join.children[1].children[0];
        assert_eq!(ios.node_type, "Index Only Scan");
        assert_eq!(ios.index_name.as_deref(), Some("customers_pkey"));
        assert_eq!(ios.heap_fetches, Some(100.0));
        assert_eq!(join.children[1].hash_batches, Some(1.0));
    }

    #[test]
    fn auto_explain_text_with_a_multi_line_query() {
        let p = parse(
            "Query Text: SELECT note\n  FROM orders\n  ORDER BY note\nSort  (cost=1.00..2.00 rows=10 width=32) (actual time=1.0..2.0 rows=10 loops=1)\n  Sort Key: note\n  Sort Method: external merge  Disk: 2048kB\n  ->  Seq Scan on orders  (cost=0.00..1.00 rows=10 width=32) (actual time=0.1..0.5 rows=10 loops=1)",
        )
        .unwrap();
        assert_eq!(
            p.query.as_deref(),
            Some("SELECT note\n  FROM orders\n  ORDER BY note")
        );
        assert_eq!(p.root.node_type, "Sort");
        assert_eq!(p.root.children.len(), 1);
    }

    #[test]
    fn parallel_time_is_wall_clock_not_the_workers_sum() {
        let p = crate::plan::parse(
            "Gather  (cost=1.00..2.00 rows=10 width=4) (actual time=0.5..450.0 rows=30 loops=1)
  Workers Planned: 2
  Workers Launched: 2
  ->  Parallel Seq Scan on t  (cost=0.00..1.00 rows=4 width=4) (actual time=0.1..400.681 rows=10 loops=3)
Planning Time: 0.1 ms
Execution Time: 451.0 ms
Trigger for constraint t_fk: time=12.5 calls=3",
        )
        .unwrap();
        let scan = &p.root.children[0];
        assert_eq!(scan.total_ms(), Some(400.681));
        assert!((p.root.exclusive_ms().unwrap() - 49.319).abs() < 1e-6);
        assert_eq!(p.triggers.len(), 1);
        assert!(p.triggers[0].constraint && p.triggers[0].calls == Some(3.0));
    }

    #[test]
    fn triggers_in_every_spelling() {
        for (line, name, constraint, ms, calls) in [
            (
                "Trigger for constraint fk_a: time=12.5 calls=3",
                "fk_a",
                true,
                12.5,
                Some(3.0),
            ),
            (
                "Trigger my_trg for constraint my_con on t: time=1.0 calls=2",
                "my_con",
                true,
                1.0,
                Some(2.0),
            ),
            (
                "Trigger audit_row on orders: time=0.5 calls=1",
                "audit_row",
                false,
                0.5,
                Some(1.0),
            ),
            (
                "Trigger for constraint fk_b: calls=7",
                "fk_b",
                true,
                0.0,
                Some(7.0),
            ),
        ] {
            let t = trigger(line).unwrap_or_else(|| panic!("{line}"));
            assert_eq!(
                (t.name.as_str(), t.constraint, t.ms, t.calls),
                (name, constraint, ms, calls),
                "{line}"
            );
        }
        assert!(trigger("Triggers: none").is_none());
        assert_eq!(
            trigger("Trigger my_trg for constraint my_con on t: time=1.0 calls=2")
                .and_then(|t| t.relation),
            Some("t".to_owned())
        );
    }

    #[test]
    fn old_spellings_and_nodes_without_costs() {
        let p = parse("Subquery Scan x  (cost=0.00..1.00 rows=1 width=4)\n  ->  Result\nPlanning time: 0.2 ms\nExecution time: 3.5 ms").unwrap();
        assert_eq!(p.planning_ms, Some(0.2));
        assert_eq!(p.root.node_type, "Subquery Scan");
        assert_eq!(p.root.alias.as_deref(), Some("x"));
        assert_eq!(p.root.children[0].node_type, "Result");
        assert_eq!(p.execution_ms, Some(3.5));
        assert!(!is_node_line("Sort Key: a") && !is_node_line("Hash Cond: (a = b)"));
        assert!(is_node_line("Hash Left Join") && is_node_line("->  Sort"));
    }

    #[test]
    fn broken_input_is_an_error_not_a_panic() {
        assert!(parse("hello: world").is_err());
        assert!(parse("").is_err());
        for cut in (0..PLAN.len()).filter(|c| PLAN.is_char_boundary(*c)) {
            let _ = parse(&PLAN[..cut]);
        }
        // Found by the plan_text fuzz target: a multi-byte whitespace before an arrow.
        let _ = parse("\u{85}\u{fffd}\u{8}\n ->\u{8}\n  -\u{fffd}H\u{5}ctual\u{85} ->\u{8}");
    }
}
