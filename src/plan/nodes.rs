//! Reading what a plan's nodes say: the columns their conditions compare,
//! whether a `Limit` stops them early, the node that spends the most time.
use super::{Node, Plan};

/// Plain columns a condition compares with something: `(status = 'x'::text)`,
/// `((a = 1) AND (b > 2))`, `(o.customer_id = c.id)` → for alias `o` only.
pub(crate) fn condition_columns(cond: &str, alias: Option<&str>) -> Vec<String> {
    let re = regex::Regex::new(r#"(?:([A-Za-z_][A-Za-z0-9_]*|"[^"]+")\.)?([A-Za-z_][A-Za-z0-9_]*|"[^"]+")\s*(?:=|<>|<=|>=|<|>|~~\*?|!~~)"#)
        .expect("static regex");
    // The right-hand side of a comparison can be a column too (join conditions).
    let rhs = regex::Regex::new(r#"(?:=|<>|<=|>=|<|>)\s*(?:([A-Za-z_][A-Za-z0-9_]*|"[^"]+")\.)([A-Za-z_][A-Za-z0-9_]*|"[^"]+")"#)
        .expect("static regex");
    let mut out: Vec<String> = Vec::new();
    for c in re.captures_iter(cond).chain(rhs.captures_iter(cond)) {
        let qual = c.get(1).map(|m| m.as_str().trim_matches('"'));
        if let (Some(q), Some(a)) = (qual, alias) {
            if q != a {
                continue;
            }
        }
        let col = c[2].trim_matches('"').to_owned();
        if col.chars().next().is_some_and(|ch| ch.is_ascii_digit())
            || ["AND", "OR", "NOT"].contains(&col.as_str())
        {
            continue;
        }
        if !out.contains(&col) {
            out.push(col);
        }
    }
    out
}

/// The columns of a scan's filter an index can use as bounds, equalities
/// first: a column compared with a constant, a parameter or an expression of
/// them — not one compared with another column of the row
/// (`quantidade < estoque_minimo` bounds nothing).
pub(crate) fn bound_columns(cond: &str) -> Vec<String> {
    fn push(eq: &mut Vec<String>, other: &mut Vec<String>, col: String, op: &str) {
        if eq.contains(&col) || other.contains(&col) {
            return;
        }
        if op == "=" {
            eq.push(col);
        } else {
            other.push(col);
        }
    }
    let re = regex::Regex::new(
        r#"(?:([A-Za-z_][A-Za-z0-9_]*|"[^"]+")\.)?([A-Za-z_][A-Za-z0-9_]*|"[^"]+")\s*(=|<>|<=|>=|<|>|~~\*?|!~~)"#,
    )
    .expect("static regex");
    let ident = regex::Regex::new(
        r#"^(?:[A-Za-z_][A-Za-z0-9_]*|"[^"]+")(?:\.(?:[A-Za-z_][A-Za-z0-9_]*|"[^"]+"))?"#,
    )
    .expect("static regex");
    let mut eq: Vec<String> = Vec::new();
    let mut other: Vec<String> = Vec::new();
    for c in re.captures_iter(cond) {
        let (Some(m), Some(op)) = (c.get(0), c.get(3)) else {
            continue;
        };
        let col = c[2].trim_matches('"').to_owned();
        if col.chars().next().is_some_and(|ch| ch.is_ascii_digit())
            || ["AND", "OR", "NOT"].contains(&col.as_str())
        {
            continue;
        }
        let rest = cond[m.end()..].trim_start();
        if let Some(id) = ident.find(rest) {
            // `c.phone = o.phone` in a correlated scan: `o` is the outer
            // row, a value for each loop, so it bounds the index.
            let lhs_qual = c.get(1).map(|q| q.as_str().trim_matches('"'));
            let rhs_qual = id
                .as_str()
                .split_once('.')
                .map(|(q, _)| q.trim_matches('"'));
            if rhs_qual.is_some() && rhs_qual != lhs_qual {
                push(&mut eq, &mut other, col, op.as_str());
                continue;
            }
            let word = id.as_str().to_ascii_lowercase();
            let call = rest[id.end()..].trim_start().starts_with('(');
            let constant = matches!(
                word.as_str(),
                "true"
                    | "false"
                    | "null"
                    | "any"
                    | "all"
                    | "current_date"
                    | "current_timestamp"
                    | "localtimestamp"
            );
            if !call && !constant {
                continue;
            }
        }
        push(&mut eq, &mut other, col, op.as_str());
    }
    eq.extend(other);
    eq
}

/// work_mem in MB for `kb` of spilled data. A sort's tuples take about three
/// times their on-disk size in memory; hash batches are near their size.
pub(crate) fn mb_for(kb: f64, sort: bool) -> u64 {
    let factor = if sort { 3.0 } else { 1.5 };
    ((kb * factor / 1024.0).ceil() as u64).max(1)
}

/// Whether a node may stop before reading all it would: under a `Limit`,
/// on the inner side of a nested-loop semi or anti join (`EXISTS`, `IN`,
/// `NOT EXISTS`: the first match settles the row), or inside a subplan that
/// returns at most a row per loop (an `EXISTS` test). Fewer rows than
/// estimated there are not a misestimate.
pub(crate) fn stops_early(nodes: &[(&Node, usize)], idx: usize) -> bool {
    let mut depth = nodes[idx].1;
    // The node on the path from `idx` up, one level below the ancestor seen.
    let mut below = idx;
    // The subplan whose root is on that path, waiting for its owner.
    let mut subplan = nodes[idx].0.subplan.as_deref();
    for j in (0..idx).rev() {
        let (n, d) = nodes[j];
        if d >= depth {
            continue;
        }
        if n.node_type == "Limit" {
            return true;
        }
        let semi = matches!(n.join_type.as_deref(), Some("Semi" | "Anti"));
        if semi && n.node_type == "Nested Loop" && below != j + 1 {
            return true;
        }
        if let Some(label) = subplan.take() {
            if tests_existence(n, label) {
                return true;
            }
        }
        subplan = n.subplan.as_deref();
        below = j;
        depth = d;
    }
    false
}

/// Whether `owner` uses its subplan `label` (`SubPlan 1 …`) as a test that
/// stops at the first row: `EXISTS (…)` (printed `(SubPlan 1)` alone or
/// `EXISTS(SubPlan 1)`), `x = ANY (…)` / `ALL` (`hashed SubPlan 1`,
/// `ANY (SubPlan 1)`). A scalar subquery (`x = (SubPlan 1)`) reads all its
/// rows to check there is only one.
fn tests_existence(owner: &Node, label: &str) -> bool {
    let name: String = label
        .split_whitespace()
        .take(2)
        .collect::<Vec<_>>()
        .join(" ");
    if !name.starts_with("SubPlan") {
        return false;
    }
    let conds = [
        &owner.filter,
        &owner.join_filter,
        &owner.index_cond,
        &owner.hash_cond,
    ];
    conds.iter().filter_map(|c| c.as_deref()).any(|c| {
        if c.contains(&format!("EXISTS({name})"))
            || c.contains(&format!("hashed {name}"))
            || c.contains(&format!("alternatives: {name} "))
            || c.contains(&format!("ANY ({name})"))
            || c.contains(&format!("ALL ({name})"))
        {
            return true;
        }
        let whole = format!("({name})");
        c.match_indices(&whole).any(|(at, _)| {
            let before = c[..at].trim_end();
            !before.ends_with(['=', '<', '>', '+', '-', '*', '/', '|', ','])
        })
    })
}

/// The node that spends the most time itself: (depth-first index, share of the total).
pub(crate) fn slowest(plan: &Plan) -> Option<(usize, f64)> {
    let total = plan.total_ms()?;
    let mut best: Option<(usize, f64)> = None;
    let mut i = 0;
    plan.root.walk(0, &mut |n, _| {
        if let Some(e) = n.exclusive_ms() {
            if best.is_none_or(|(_, b)| e > b) {
                best = Some((i, e));
            }
        }
        i += 1;
    });
    best.map(|(i, e)| (i, if total > 0.0 { e / total } else { 0.0 }))
}

#[cfg(test)]
mod tests {
    #[test]
    fn index_bounds_are_columns_compared_with_values_equalities_first() {
        assert_eq!(
            super::bound_columns("((quantidade < estoque_minimo) AND (deposito_id = 19))"),
            vec!["deposito_id"]
        );
        assert_eq!(
            super::bound_columns("((created_at > (now() - '1 day'::interval)) AND (status = 'nova'::text) AND (x = $1))"),
            vec!["status", "x", "created_at"]
        );
        assert_eq!(super::bound_columns("(active = true)"), vec!["active"]);
        // The outer row of a correlated scan is a value per loop.
        assert_eq!(super::bound_columns("(c.phone = o.phone)"), vec!["phone"]);
        assert!(super::bound_columns("(c.a < c.b)").is_empty());
    }

    #[test]
    fn columns_of_conditions() {
        assert_eq!(
            super::condition_columns("((a = 1) AND (b > 2))", None),
            vec!["a", "b"]
        );
        assert_eq!(
            super::condition_columns("(status = 'nova'::text)", None),
            vec!["status"]
        );
        assert_eq!(
            super::condition_columns("(o.customer_id = c.id)", Some("c")),
            vec!["id"]
        );
        assert_eq!(
            super::condition_columns("(\"Weird Col\" = $1)", None),
            vec!["Weird Col"]
        );
    }
}
