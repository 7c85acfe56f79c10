//! What the rules could not judge for want of an input: a rule that lacks
//! the schema or the statistics stays silent, and a silent report must not
//! read as "looked and found nothing". Each line names the rules, what they
//! skipped, and the command that collects the missing input.
use super::Context;

const SCHEMA_HOW: &str = "give --schema (pg_dump --schema-only --no-owner) or --db";
const STATS_HOW: &str = "give --stats (psql -XAt -f scripts/stats.sql > stats.json) or --db";

pub(super) fn diagnose(ctx: &Context<'_>) -> Vec<String> {
    let w = ctx.workload;
    if w.queries.is_empty() {
        return Vec::new();
    }
    let mut out = Vec::new();
    let Some(schema) = ctx.schema else {
        out.push(format!(
            "no schema: missing-foreign-key, unindexed-foreign-key, redundant-index, unused-index, \
             partition-table and denormalize-aggregate were not judged, tenant-schema-drift saw only \
             failing statements, and index advice does not know the existing indexes ({SCHEMA_HOW})"
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
            "no statistics: partition-table was not judged (it needs row counts and sizes), partial \
             indexes were not proposed (they need pg_stats' most common values), index advice ranks \
             candidates without table sizes, and unused-index has no index scans to read ({STATS_HOW})"
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
