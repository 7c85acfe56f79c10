//! What the rules could not judge for want of an input: a rule that lacks
//! the schema or the statistics stays silent, and a silent report must not
//! read as "looked and found nothing". Each line names the rules, what they
//! skipped, and the command that collects the missing input. The rules say
//! what they need in the registry ([`super::registry::Needs`]).
use super::registry::{self, Needs, Without};
use super::Context;

const SCHEMA_HOW: &str = "give --schema (pg_dump --schema-only --no-owner) or --db";
const STATS_HOW: &str = "give --stats (psql -XAt -f scripts/stats.sql > stats.json) or --db";

pub(super) fn diagnose(ctx: &Context<'_>) -> Vec<String> {
    let w = ctx.workload;
    let mut out = plans_not_read(w);
    if w.queries.is_empty() {
        return out;
    }
    let Some(schema) = ctx.schema else {
        out.push(format!(
            "no schema: {} ({SCHEMA_HOW})",
            without(|n| n.schema)
        ));
        return out;
    };
    // A database without tables (the `postgres` of a server of tenant databases) has nothing to judge.
    if schema.is_empty() {
        return out;
    }
    let with_rows = schema
        .tables
        .values()
        .filter(|t| t.stats.as_ref().is_some_and(|s| s.rows.is_some()))
        .count();
    if with_rows == 0 {
        out.push(format!(
            "no statistics: {} ({STATS_HOW})",
            without(|n| n.stats)
        ));
    }
    let activity = schema
        .tables
        .values()
        .any(|t| t.stats.as_ref().is_some_and(|s| s.activity.is_some()));
    if with_rows > 0 && !activity {
        out.push(format!(
            "statistics without activity counters (pg_stat_user_tables): write rates come from the log only, \
             which misses writes a log sampling slow statements does not show ({STATS_HOW})"
        ));
    }
    out
}

/// auto_explain plans the plan rules never saw: unreadable, or without the
/// query text that ties a plan to its statement.
fn plans_not_read(w: &crate::model::workload::Workload) -> Vec<String> {
    let e = &w.events;
    let mut out = Vec::new();
    if e.auto_explain_unread > 0 {
        let first = w
            .unreadable_plans
            .first()
            .map(|(line, why)| format!(" (first at line {line}: {why})"))
            .unwrap_or_default();
        out.push(format!(
            "{} of {} auto_explain plans could not be read and were not diagnosed{first}",
            e.auto_explain_unread, e.auto_explain_plans
        ));
    }
    if e.auto_explain_without_query > 0 {
        out.push(format!(
            "{} of {} auto_explain plans carry no Query Text, so no statement to tie them to: \
             they were not diagnosed",
            e.auto_explain_without_query, e.auto_explain_plans
        ));
    }
    out
}

/// What the rules do without one input: the rules that skip it, then how
/// the others degrade.
fn without(input: fn(&Needs) -> Without) -> String {
    let mut skipped = Vec::new();
    let mut clauses = Vec::new();
    for about in registry::catalog() {
        match input(&about.needs) {
            Without::Judges => {}
            Without::Skips => skipped.push(about.id.as_str()),
            Without::Degrades(how) => clauses.push(how.to_owned()),
        }
    }
    if !skipped.is_empty() {
        let verb = if skipped.len() == 1 { "was" } else { "were" };
        clauses.insert(
            0,
            format!("{} {verb} not judged", and_list(&skipped, " and ")),
        );
    }
    and_list(&clauses, ", and ")
}

/// `a, b and c` (with `last` before the last item).
fn and_list<S: AsRef<str>>(items: &[S], last: &str) -> String {
    match items {
        [] => String::new(),
        [one] => one.as_ref().to_owned(),
        [init @ .., end] => {
            let head: Vec<&str> = init.iter().map(AsRef::as_ref).collect();
            format!("{}{last}{}", head.join(", "), end.as_ref())
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn lists_read_as_sentences() {
        assert_eq!(super::and_list(&["a"], " and "), "a");
        assert_eq!(super::and_list(&["a", "b"], " and "), "a and b");
        assert_eq!(super::and_list(&["a", "b", "c"], ", and "), "a, b, and c");
        assert!(super::without(|n| n.schema).contains("missing-foreign-key"));
    }
}
