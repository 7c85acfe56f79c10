//! `.sql` workload files: each statement counts as one call, without timing.
//! Useful to ask for advice on queries that are not in production yet.
use super::record::TotalsSink;
use crate::vocab::lexer::split_statements;

pub fn parse(text: &str, agg: &mut impl TotalsSink) -> u64 {
    for (s, e) in split_statements(text) {
        agg.listed(&text[s..e]);
    }
    text.lines().count() as u64
}

/// Whether text looks like SQL statements.
pub(crate) fn looks_like(text: &str) -> bool {
    let first = text
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty() && !l.starts_with("--"))
        .unwrap_or("")
        .to_ascii_lowercase();
    [
        "select", "with", "insert", "update", "delete", "explain", "create", "alter", "begin",
        "set", "values", "table", "copy", "/*",
    ]
    .iter()
    .any(|k| first.starts_with(k))
}
