//! Queries for the application to send instead of its own (a batched
//! lookup, one insert for many rows, an upsert): rewritten from the
//! statement's normalized text, never run by the script.
use super::fix::Step;
use crate::model::facts::QueryFacts;

/// `INSERT … ON CONFLICT DO NOTHING` for inserts that fail on duplicates.
pub(crate) fn upsert(normalized: &str) -> Option<Step> {
    let text = normalized.trim().trim_end_matches(';').trim_end();
    let upper = text.to_ascii_uppercase();
    if !upper.starts_with("INSERT") || upper.contains("ON CONFLICT") || upper.contains("RETURNING")
    {
        return None;
    }
    Some(super::application_query_for(
        normalized,
        format!("{text} ON CONFLICT DO NOTHING;"),
    ))
}

/// `col = $n` → `col = ANY($n)` in the child's normalized text.
pub(crate) fn batched(normalized: &str, column: &str, n: u32) -> Option<Step> {
    let re = regex::Regex::new(&format!(
        r#"(?i)((?:\b|")({col})"?\s*=\s*)\${n}\b"#,
        col = regex::escape(column)
    ))
    .ok()?;
    let m = re.find(normalized)?;
    let head = &normalized[..m.start()];
    let matched = &normalized[m.start()..m.end()];
    let eq = matched.rfind('=')?;
    Some(super::application_query_for(
        normalized,
        format!(
            "{head}{} ANY(${n}){}",
            matched[..=eq].trim_end(),
            &normalized[m.end()..]
        ),
    ))
}

/// `INSERT INTO t (a, b) VALUES ($1, $2)` → one statement for all rows:
/// `INSERT INTO t (a, b) SELECT * FROM unnest($1::type_a[], $2::type_b[])`,
/// with the column types from the schema.
pub(crate) fn insert_unnest(
    normalized: &str,
    facts: &QueryFacts,
    resolver: &crate::model::graph::Resolver<'_>,
    schema: &crate::model::schema::Schema,
) -> Option<Step> {
    let re = regex::Regex::new(
        r"(?is)^\s*INSERT\s+INTO\s+(.+?)\s*\(([^()]*)\)\s*VALUES\s*\(([^()]*)\)\s*$",
    )
    .ok()?;
    let c = re.captures(normalized)?;
    let params: Vec<&str> = c[3].split(',').map(str::trim).collect();
    if !params
        .iter()
        .all(|p| p.starts_with('$') && p[1..].chars().all(|d| d.is_ascii_digit()))
    {
        return None;
    }
    let (name, _) = facts
        .tables
        .iter()
        .find(|(_, t)| t.access.contains(&crate::model::facts::Access::Insert))?;
    let table = schema.table(&resolver.resolve(name)?)?;
    let columns: Vec<String> = c[2]
        .split(',')
        .map(|x| x.trim().trim_matches('"').to_owned())
        .collect();
    if columns.len() != params.len() {
        return None;
    }
    let arrays: Option<Vec<String>> = columns
        .iter()
        .zip(&params)
        .map(|(col, p)| table.column(col).map(|k| format!("{p}::{}[]", k.data_type)))
        .collect();
    Some(super::application_query_for(
        normalized,
        format!(
            "INSERT INTO {} ({}) SELECT * FROM unnest({})",
            c[1].trim(),
            c[2].trim(),
            arrays?.join(", ")
        ),
    ))
}

#[cfg(test)]
mod tests {
    fn text(s: Option<super::Step>) -> Option<String> {
        s.map(|s| s.sql)
    }

    #[test]
    fn batched_rewrite() {
        assert_eq!(
            text(super::batched(
                "SELECT id, phone FROM \"tenant_*\".whatsapp_logs WHERE campaign_id = $1",
                "campaign_id",
                1
            )),
            Some(
                "SELECT id, phone FROM \"tenant_*\".whatsapp_logs WHERE campaign_id = ANY($1)"
                    .to_owned()
            )
        );
        assert_eq!(
            text(super::batched(
                "SELECT * FROM l WHERE l.campaign_id=$2 AND x = $1",
                "campaign_id",
                2
            )),
            Some("SELECT * FROM l WHERE l.campaign_id= ANY($2) AND x = $1".to_owned())
        );
        assert_eq!(
            text(super::batched(
                "SELECT * FROM l WHERE campaign_id = $12",
                "campaign_id",
                1
            )),
            None
        );
    }

    #[test]
    fn upsert_only_plain_inserts() {
        assert_eq!(
            text(super::upsert("INSERT INTO t (id, a) VALUES ($1, $2)")).as_deref(),
            Some("INSERT INTO t (id, a) VALUES ($1, $2) ON CONFLICT DO NOTHING;")
        );
        assert_eq!(
            text(super::upsert("INSERT INTO t VALUES ($1) RETURNING id")),
            None
        );
        assert_eq!(
            text(super::upsert(
                "INSERT INTO t VALUES ($1) ON CONFLICT DO NOTHING"
            )),
            None
        );
        assert_eq!(text(super::upsert("UPDATE t SET a = $1")), None);
    }
}
