//! A fix repeated in every tenant schema, shown once: twenty copies of the
//! same four statements hide what they do. When each step names exactly
//! one of the tenant schemas and every schema's block is the same but for
//! that name, the report shows the first schema's block and the list of
//! schemas; `recommendations.sql` and the copy button keep every statement.
use crate::sqlgen::Step;

/// The fix shown once, for the schemas it runs in.
pub(crate) struct Condensed {
    pub schemas: Vec<String>,
    /// The steps of the first schema's block.
    pub first: Vec<usize>,
}

/// Where `schema` is named as a qualifier in `sql` (`tenant_1.x`,
/// `"tenant_1".x`), not inside another name (`tenant_10`, `old_tenant_1`).
fn qualifies(sql: &str, schema: &str) -> Vec<(usize, usize)> {
    let mut at = Vec::new();
    for (pattern, len) in [
        (format!("{schema}."), schema.len()),
        (format!("\"{schema}\"."), schema.len() + 2),
    ] {
        let mut from = 0;
        while let Some(i) = sql[from..].find(&pattern) {
            let i = from + i;
            let before = sql[..i].chars().next_back();
            if !before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '"' || c == '.') {
                at.push((i, len));
            }
            from = i + pattern.len();
        }
    }
    at
}

/// `sql` with `schema` as a qualifier replaced by a mark: two schemas'
/// statements that differ only there compare equal.
fn template(sql: &str, schema: &str) -> String {
    let mut spots = qualifies(sql, schema);
    spots.sort();
    let mut out = String::with_capacity(sql.len());
    let mut last = 0;
    for (i, len) in spots {
        out.push_str(&sql[last..i]);
        out.push('\u{1}');
        last = i + len;
    }
    out.push_str(&sql[last..]);
    out
}

/// A finding's fix condensed over the report's tenant schemas and the ones
/// its evidence names.
pub(crate) fn of_finding(
    f: &crate::findings::Finding,
    r: &super::json::Report,
) -> Option<Condensed> {
    let mut tenants = super::shares::tenant_schemas(r);
    if let Some(a) = f.evidence.get("schemas").and_then(|v| v.as_array()) {
        tenants.extend(a.iter().filter_map(|v| v.as_str()).map(str::to_owned));
    }
    tenants.sort();
    tenants.dedup();
    condense(&f.fix.steps, &tenants)
}

pub(crate) fn condense(steps: &[Step], tenants: &[String]) -> Option<Condensed> {
    if steps.len() < 2 || tenants.len() < 2 {
        return None;
    }
    // Each step's one tenant schema.
    let mut of_step = Vec::with_capacity(steps.len());
    for s in steps {
        let mut named = tenants.iter().filter(|t| !qualifies(&s.sql, t).is_empty());
        let one = named.next()?;
        if named.next().is_some() {
            return None;
        }
        of_step.push(one.as_str());
    }
    // Blocks by schema, in order of first appearance.
    let mut schemas: Vec<&str> = Vec::new();
    let mut blocks: Vec<Vec<usize>> = Vec::new();
    for (i, t) in of_step.iter().enumerate() {
        match schemas.iter().position(|s| s == t) {
            Some(b) => blocks[b].push(i),
            None => {
                schemas.push(t);
                blocks.push(vec![i]);
            }
        }
    }
    if schemas.len() < 2 {
        return None;
    }
    let shape = |b: usize| -> Vec<String> {
        blocks[b]
            .iter()
            .map(|&i| template(&steps[i].sql, schemas[b]))
            .collect()
    };
    let first = shape(0);
    if (1..blocks.len()).any(|b| shape(b) != first) {
        return None;
    }
    Some(Condensed {
        schemas: schemas.into_iter().map(str::to_owned).collect(),
        first: blocks.swap_remove(0),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sqlgen::{self, TableRef};

    fn index(schema: &str) -> Step {
        sqlgen::create_index(
            &TableRef::new(schema, "logs"),
            "logs_campaign_id_idx",
            &["campaign_id".to_owned()],
            &[] as &[&str],
            None,
        )
    }

    fn analyze(schema: &str) -> Step {
        sqlgen::analyze(&TableRef::new(schema, "logs"))
    }

    #[test]
    fn the_same_block_in_every_schema_is_shown_once() {
        let tenants: Vec<String> = ["tenant_1", "tenant_2", "tenant_10"]
            .map(String::from)
            .to_vec();
        let steps: Vec<Step> = ["tenant_1", "tenant_2", "tenant_10"]
            .iter()
            .flat_map(|s| [index(s), analyze(s)])
            .collect();
        let c = condense(&steps, &tenants).expect("condensed");
        assert_eq!(c.schemas, tenants);
        assert_eq!(c.first, vec![0, 1]);
        // A block that differs in one schema is shown whole.
        let mut odd = steps.clone();
        odd[3] = index("tenant_2");
        assert!(condense(&odd, &tenants).is_none());
        // `tenant_10.` does not name `tenant_1`.
        assert_eq!(qualifies("ON tenant_10.logs", "tenant_1"), vec![]);
        assert_eq!(qualifies("ON \"tenant_1\".logs", "tenant_1").len(), 1);
    }
}
