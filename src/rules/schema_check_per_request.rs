//! `schema-check-per-request`: an application that asks the catalog whether
//! its schemas and tables exist, or creates them `IF NOT EXISTS`, on every
//! request or connection, instead of once at start-up or in a migration
//! (seed 000's `getTenantDb()` and `tablesExist()`).
use super::registry::{self, About, Needs, Phase, Rule};
use super::{Context, RuleId};
use crate::findings::{Finding, Severity, Subject};
use crate::model::stats::{r3, stretch, QueryStats};
use crate::sqlgen;
use regex::Regex;
use serde::Serialize;
use std::collections::BTreeMap;
use std::sync::LazyLock;

pub(crate) struct SchemaCheckPerRequest;

static ABOUT: About = About {
    id: RuleId::SchemaCheckPerRequest,
    summary: "Catalog lookups and CREATE … IF NOT EXISTS repeated on every request or connection",
    doc: include_str!("../../rules/schema-check-per-request.md"),
    phase: Phase::PlanFixes,
    creates_indexes: false,
    needs: Needs::NOTHING,
    quotes_plans: false,
};

impl Rule for SchemaCheckPerRequest {
    fn about(&self) -> &'static About {
        &ABOUT
    }
    fn configure(&self, keys: toml::Table, o: &mut super::Options) -> Result<(), String> {
        o.schema_check_per_request = registry::overlay(&o.schema_check_per_request, keys)?;
        Ok(())
    }
    fn run(&self, ctx: &Context<'_>) -> Vec<Finding> {
        self.evaluate(ctx).0
    }
    fn diagnose(&self, ctx: &Context<'_>) -> Vec<String> {
        self.evaluate(ctx).1
    }
    fn evaluate(&self, ctx: &Context<'_>) -> (Vec<Finding>, Vec<String>) {
        evaluate(ctx)
    }
}

/// Thresholds (`[rules.schema-check-per-request]` in pgadvisor.toml).
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Options {
    /// Check executions of one application before it is looked at.
    pub min_calls: u64,
    /// The share of the log's window its checks must spread over: a
    /// migration or a start-up runs them in a moment.
    pub min_spread: f64,
    /// What the checks must cost to be worth moving: this share of the
    /// statements' time, or `min_ms_per_hour` of it.
    pub min_share: f64,
    pub min_ms_per_hour: f64,
}

impl Default for Options {
    fn default() -> Self {
        Self {
            min_calls: 50,
            min_spread: 0.5,
            min_share: 0.01,
            min_ms_per_hour: 1000.0,
        }
    }
}

/// What a statement checks or creates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub(crate) enum Check {
    /// A lookup in `information_schema` or `pg_catalog` for a schema,
    /// table or column, or `to_regclass()`.
    CatalogLookup,
    /// `CREATE SCHEMA IF NOT EXISTS`.
    CreateSchema,
    /// `CREATE TABLE`/`INDEX … IF NOT EXISTS`, `ADD COLUMN IF NOT EXISTS`.
    CreateIfMissing,
}

static INFORMATION_SCHEMA: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?i)\binformation_schema\s*\.\s*"?(schemata|tables|columns|views|table_constraints|key_column_usage|constraint_column_usage|routines)\b"#)
        .expect("valid regex")
});
static CATALOG: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?i)(?:^|[^\w.])(?:pg_catalog\s*\.\s*)?"?(pg_tables|pg_namespace|pg_class|pg_attribute|pg_views|pg_indexes)\b"#)
        .expect("valid regex")
});
static BY_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(relname|nspname|tablename|schemaname|attname|viewname|indexname)\s*(=|in\s*\(|=\s*any\b)")
        .expect("valid regex")
});
static REGCLASS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\bto_reg(class|namespace)\s*\(").expect("valid regex")
});
static IF_NOT_EXISTS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?is)^\s*(create\s+schema\s+if\s+not\s+exists|create\s+(?:unlogged\s+)?table\s+if\s+not\s+exists|create\s+(?:unique\s+)?index\s+(?:concurrently\s+)?if\s+not\s+exists|alter\s+table\s+.*\badd\s+(?:column\s+)?if\s+not\s+exists)")
        .expect("valid regex")
});

/// What `sql` checks, if it is a schema check: monitoring (`pg_stat_*`,
/// `pg_locks`) and drivers' type loads (`pg_type`) are not.
pub(crate) fn check_of(sql: &str) -> Option<Check> {
    if let Some(m) = IF_NOT_EXISTS.captures(sql) {
        let what = m[1].to_ascii_lowercase();
        return Some(if what.starts_with("create schema") {
            Check::CreateSchema
        } else {
            Check::CreateIfMissing
        });
    }
    let lookup = INFORMATION_SCHEMA.is_match(sql)
        || REGCLASS.is_match(sql)
        // A catalog read for given names, not a listing (a monitoring
        // agent's sizes of every table).
        || (CATALOG.is_match(sql) && BY_NAME.is_match(sql));
    lookup.then_some(Check::CatalogLookup)
}

/// Executions of a check per set of values it asked for, from which it counts as repeated.
const MIN_REPEATS: u64 = 3;

/// The distinct sets of values a check was sent with, when all are known
/// (no bind parameter, no more values than are kept), times the tenant
/// schemas folded into it (a schema's name written in the statement).
fn value_combinations(q: &QueryStats) -> Option<u64> {
    if !q.bound_positions.is_empty() {
        return None;
    }
    let tenants = q.tenants.0.len().max(1) as u64;
    q.constants.values().try_fold(tenants, |n, c| {
        (!c.more).then(|| n.saturating_mul(c.values.len().max(1) as u64))
    })
}

#[derive(Serialize)]
struct Statement {
    query: String,
    check: Check,
    calls: u64,
    total_ms: f64,
}

#[derive(Serialize)]
struct Evidence<'a> {
    application: &'a str,
    /// Executions of its checks, their time and the share of the
    /// application's statement time and of the whole workload's.
    calls: u64,
    total_ms: f64,
    share_of_application: f64,
    share_of_workload: f64,
    /// Per request (a pool) or per connection (at most twice each check
    /// per connection the application opened).
    repeated: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    connections: Option<u64>,
    /// How much of the log's window the checks spread over.
    spread: f64,
    statements: Vec<Statement>,
}

#[derive(Default)]
struct Group<'w> {
    checks: Vec<(u64, &'w QueryStats, Check, f64, u64)>,
    app_ms: f64,
    first: Option<i64>,
    last: Option<i64>,
}

pub(crate) fn evaluate(ctx: &Context<'_>) -> (Vec<Finding>, Vec<String>) {
    let o = ctx.options.schema_check_per_request;
    let w = ctx.workload;
    // Parse and bind counted as in the checks' time.
    let workload_ms = w
        .queries
        .values()
        .map(|q| q.total_us.saturating_add(q.parse_bind_us) as f64 / 1000.0)
        .sum::<f64>();
    let mut groups: BTreeMap<&str, Group<'_>> = BTreeMap::new();
    for (id, q) in &w.queries {
        // Parse and bind are part of what a check costs on the extended protocol.
        let total_ms = q.total_us.saturating_add(q.parse_bind_us) as f64 / 1000.0;
        let check = check_of(&q.normalized);
        // Executions with no application_name count under "".
        let named: u64 = q.applications.0.values().sum();
        let unnamed = q.calls.saturating_sub(named);
        let unnamed_ms = if q.calls > 0 {
            total_ms * unnamed as f64 / q.calls as f64
        } else {
            0.0
        };
        let parts = q
            .applications
            .split(total_ms - unnamed_ms)
            .chain((unnamed > 0).then_some(("", unnamed, unnamed_ms)));
        for (app, calls, ms) in parts {
            let g = groups.entry(app).or_default();
            g.app_ms += ms;
            if let Some(c) = check {
                g.checks.push((*id, q, c, ms, calls));
                for t in [q.first_ms, q.last_ms] {
                    stretch(&mut g.first, &mut g.last, t);
                }
            }
        }
    }
    let window_ms = w.span_seconds().map(|s| s * 1000.0);
    let mut out = Vec::new();
    let mut notes = Vec::new();
    for (app, g) in groups {
        if g.checks.is_empty() {
            continue;
        }
        let calls: u64 = g.checks.iter().map(|c| c.4).sum();
        let total_ms: f64 = g.checks.iter().map(|c| c.3).sum();
        if calls < o.min_calls {
            continue;
        }
        let who = if app.is_empty() {
            "no application_name"
        } else {
            app
        };
        let Some(window_ms) = window_ms else {
            notes.push(format!(
                "{calls} schema checks from {who}: the log has no timestamps to tell whether they repeat on every request or ran once"
            ));
            continue;
        };
        let spread = match (g.first, g.last) {
            (Some(a), Some(b)) => (b - a) as f64 / window_ms,
            _ => 0.0,
        };
        // The same schema and table asked again and again, or checks that
        // go on through the log: a migration asks each once, in a moment.
        let same_again = g
            .checks
            .iter()
            .filter_map(|c| value_combinations(c.1).map(|n| (c.4, n)))
            .any(|(calls, n)| calls >= MIN_REPEATS * n);
        if spread < o.min_spread && !same_again {
            continue;
        }
        let per_hour = total_ms * 3_600_000.0 / window_ms;
        let share = if workload_ms > 0.0 {
            total_ms / workload_ms
        } else {
            0.0
        };
        if share < o.min_share && per_hour < o.min_ms_per_hour {
            notes.push(format!(
                "{calls} schema checks from {who} repeat through the log but take {} ({:.1} % of the statements' time): not worth moving",
                crate::vocab::fmt_ms(total_ms),
                share * 100.0
            ));
            continue;
        }
        let distinct = g.checks.len() as u64;
        let connections: Option<u64> = {
            let n: u64 = w
                .events
                .clients
                .values()
                .filter(|c| c.application == app)
                .map(|c| c.connections)
                .sum();
            (n > 0).then_some(n)
        };
        // A few checks on each connection, rather than thousands on each.
        let repeated = if connections.is_some_and(|n| calls <= 2 * distinct * n) {
            "per connection"
        } else {
            "per request"
        };
        let mut checks = g.checks;
        checks.sort_by(|a, b| b.3.total_cmp(&a.3).then(a.0.cmp(&b.0)));
        let share_of_app = if g.app_ms > 0.0 {
            total_ms / g.app_ms
        } else {
            0.0
        };
        let mut f = Finding::new(
            RuleId::SchemaCheckPerRequest,
            Severity::of_cost(total_ms, workload_ms).max(Severity::Info),
            format!(
                "{who} checks its schema {repeated}: {calls} catalog lookups and CREATE … IF NOT EXISTS taking {} ({:.0} % of its statement time)",
                crate::vocab::fmt_ms(total_ms),
                share_of_app * 100.0
            ),
            Subject {
                schema: String::new(),
                table: String::new(),
                columns: Vec::new(),
            },
            app,
        );
        f.impact_ms = r3(total_ms);
        f.queries = checks.iter().map(|c| format!("{:016x}", c.0)).collect();
        let statements = checks
            .iter()
            .map(|(id, _, check, ms, n)| Statement {
                query: format!("{id:016x}"),
                check: *check,
                calls: *n,
                total_ms: r3(*ms),
            })
            .collect();
        f.set_evidence(&Evidence {
            application: app,
            calls,
            total_ms: r3(total_ms),
            share_of_application: r3(share_of_app),
            share_of_workload: r3(share),
            repeated,
            connections,
            spread: r3(spread.min(1.0)),
            statements,
        });
        if let Some(lookup) = checks.iter().find(|c| c.2 == Check::CatalogLookup) {
            f.fix.push(sqlgen::tenant::tables_at_startup(&lookup.1.normalized));
        }
        out.push(f);
    }
    (out, notes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn checks_are_told_from_monitoring_and_type_loads() {
        let yes = [
            ("SELECT EXISTS (SELECT 1 FROM information_schema.tables WHERE table_schema = $1 AND table_name = $2)", Check::CatalogLookup),
            ("SELECT to_regclass($1)", Check::CatalogLookup),
            ("SELECT count(*) FROM pg_namespace WHERE nspname = $1", Check::CatalogLookup),
            ("SELECT 1 FROM pg_catalog.pg_tables WHERE schemaname = $1 AND tablename = $2", Check::CatalogLookup),
            ("CREATE SCHEMA IF NOT EXISTS \"tenant_a\"", Check::CreateSchema),
            ("create table if not exists loja.auditoria (id bigserial)", Check::CreateIfMissing),
            ("ALTER TABLE a.b ADD COLUMN IF NOT EXISTS canal text", Check::CreateIfMissing),
        ];
        for (sql, c) in yes {
            assert_eq!(check_of(sql), Some(c), "{sql}");
        }
        for sql in [
            "SELECT * FROM pg_stat_activity WHERE state = $1",
            "SELECT t.oid, t.typname FROM pg_type t",
            "SELECT relname, pg_relation_size(oid) FROM pg_class",
            "SELECT relname, pg_relation_size(oid) FROM pg_class WHERE relkind = $1",
            "SELECT pg_database_size($1)",
            "CREATE TABLE t (id int)",
            "SELECT * FROM tables WHERE id = $1",
        ] {
            assert_eq!(check_of(sql), None, "{sql}");
        }
    }
}
