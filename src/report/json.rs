//! `report.json`, schema_version 1 (see `contract.md`). Fields beyond the
//! contract are additions; nothing in the contract is renamed.
use crate::findings::Finding;
use crate::input::schema_dump::DumpSummary;
use crate::input::stats_dump::StatsSummary;
use crate::input::InputSummary;
use crate::model::events::{mask_message, LogEvents};
use crate::model::graph::GraphReport;
use crate::model::stats::r3;
use crate::model::stats::{Counter, QueryStats, StatsSource};
use crate::model::workload::Workload;
use serde::{Deserialize, Serialize};

pub const SCHEMA_VERSION: u32 = 1;

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Tool {
    pub name: String,
    pub version: String,
}

impl Default for Tool {
    fn default() -> Self {
        Self {
            name: "pgadvisor".into(),
            version: env!("CARGO_PKG_VERSION").into(),
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Summary {
    /// Log records (messages) read.
    pub events: u64,
    /// Distinct query fingerprints.
    pub queries: u64,
    /// Statement executions.
    pub statements: u64,
    pub total_duration_ms: f64,
    pub first_ts: Option<String>,
    pub last_ts: Option<String>,
    pub unparsed_lines: u64,
    pub sessions: u64,
    /// Always 0: no statement is left out of session order since sessions
    /// settle as the log is read (kept so that readers of older reports
    /// still find it).
    pub session_steps_dropped: u64,
    /// Schemas found to be tenants because they hold the same tables.
    pub tenant_schemas_detected: Vec<String>,
    /// Fingerprints no parser understood (counted, not analysed).
    pub queries_not_analysed: u64,
    pub findings: u64,
    /// The time the findings save together, each statement's time counted
    /// once (overlapping fixes do not add up past what the statements take).
    #[serde(default)]
    pub gain_ms: f64,
    /// How queries were grouped (`model::fingerprint::FINGERPRINT_VERSION`):
    /// a baseline from another version may see some findings as new once.
    #[serde(default = "first_fingerprint_version")]
    pub fingerprint_version: u32,
}

impl Summary {
    /// The time from the first to the last timestamp read.
    pub(crate) fn window_ms(&self) -> Option<f64> {
        let at = |t: &Option<String>| chrono::DateTime::parse_from_rfc3339(t.as_deref()?).ok();
        Some((at(&self.last_ts)? - at(&self.first_ts)?).num_milliseconds() as f64)
    }
}

/// Reports written before the field: the first grouping.
fn first_fingerprint_version() -> u32 {
    1
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct QueryEntry {
    pub id: String,
    pub normalized: String,
    pub kind: String,
    pub source: StatsSource,
    pub calls: u64,
    pub timed_calls: u64,
    pub total_ms: f64,
    pub mean_ms: f64,
    pub min_ms: f64,
    pub p50_ms: f64,
    pub p95_ms: f64,
    pub p99_ms: f64,
    pub max_ms: f64,
    /// True when percentiles are estimated from mean and stddev (pg_stat_statements).
    pub percentiles_estimated: bool,
    pub parse_bind_ms: f64,
    /// Executions that ended in an error.
    pub errors: u64,
    /// Failed executions per tenant schema.
    pub error_tenants: Counter,
    /// Failed executions per database, user and application.
    #[serde(default, skip_serializing_if = "Counter::is_empty")]
    pub error_databases: Counter,
    #[serde(default, skip_serializing_if = "Counter::is_empty")]
    pub error_users: Counter,
    #[serde(default, skip_serializing_if = "Counter::is_empty")]
    pub error_applications: Counter,
    pub temp_files: u64,
    pub temp_bytes: u64,
    pub databases: Counter,
    pub users: Counter,
    pub applications: Counter,
    pub tenants: Counter,
    /// False when no parser understood the statement (its statistics still count).
    pub analysed: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub not_analysed_reason: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Report {
    pub schema_version: u32,
    pub tool: Tool,
    pub inputs: Vec<InputSummary>,
    pub summary: Summary,
    pub queries: Vec<QueryEntry>,
    pub findings: Vec<Finding>,
    /// The schema dump given with `--schema`, and what of it was read.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub schema: Option<DumpSummary>,
    /// What the inputs do not allow to check, and why.
    pub diagnostics: Vec<String>,
    /// The statistics given with `--stats`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stats: Option<StatsSummary>,
    /// Tables, declared foreign keys and joins seen in the workload.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub schema_graph: Option<GraphReport>,
    /// Server events: errors by SQLSTATE, connections, locks, temp files …
    pub events: LogEvents,
    /// Per database: its share of the workload and, when read live, its tables and findings.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub databases: Vec<DatabaseSummary>,
    /// Findings accepted in pgadvisor.toml, with the reason.
    #[serde(default)]
    pub suppressed: Vec<crate::triage::Suppressed>,
    /// With `--baseline`: counts of new and unchanged findings, and the fixed ones.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub baseline: Option<crate::triage::Baseline>,
    /// Activity over time (from timestamped logs), for the charts.
    #[serde(default)]
    pub activity: Activity,
    /// The slowest logged plans (auto_explain, `--analyze`), as trees with hot nodes.
    #[serde(default)]
    pub plans: Vec<PlanEntry>,
    /// With `--fail-on`: the findings that fail the run.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gate: Option<crate::triage::Gate>,
    /// The findings to act on first: by the time each adds to what the
    /// ones before it save, then critical findings time does not measure.
    #[serde(default)]
    pub do_first: Vec<DoFirst>,
}

/// One entry of "Do these first".
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct DoFirst {
    /// The finding's id.
    pub finding: String,
    /// The time it saves beyond the entries before it (0 when time does
    /// not measure it).
    pub gain_ms: f64,
    /// That time's share of the statements' time, when it is statement
    /// time (not for connection setup or lock waits, nor for findings ranked
    /// for what time does not measure).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub share: Option<f64>,
    /// Why it matters, in a line.
    pub why: String,
}

impl Report {
    /// The finding with this id.
    pub(crate) fn finding(&self, id: &str) -> Option<&Finding> {
        self.findings.iter().find(|f| f.id == id)
    }
}

/// Activity in buckets of `bucket_seconds` (a minute, or wider on long logs).
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Activity {
    pub bucket_seconds: i64,
    pub points: Vec<ActivityPoint>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct ActivityPoint {
    pub ts: String,
    pub statements: u64,
    /// Mean and longest duration of the statements timed in the bucket.
    pub mean_ms: f64,
    pub max_ms: f64,
    pub errors: u64,
    pub connections: u64,
}

/// Points the charts draw at most.
pub const ACTIVITY_POINTS: usize = 720;
/// Plans the report keeps.
pub const MAX_PLANS: usize = 20;

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct PlanEntry {
    /// The fingerprint of the planned query.
    pub query: String,
    pub duration_ms: f64,
    pub source: crate::model::workload::PlanSource,
    /// Line of the plan in its log (auto_explain).
    pub line: u64,
    pub explain: crate::report::explain::ExplainReport,
}

fn activity(workload: &Workload) -> Activity {
    let (width, buckets) = workload.timeline.buckets(ACTIVITY_POINTS);
    Activity {
        bucket_seconds: width,
        points: buckets
            .into_iter()
            .map(|(t, m)| ActivityPoint {
                ts: ts(Some(t)).unwrap_or_default(),
                statements: m.statements,
                mean_ms: r3(if m.timed > 0 {
                    m.duration_ms / m.timed as f64
                } else {
                    0.0
                }),
                max_ms: r3(m.max_ms),
                errors: m.errors,
                connections: m.connections,
            })
            .collect(),
    }
}

fn plans(workload: &Workload, opts: ReportOptions) -> Vec<PlanEntry> {
    let mut all: Vec<(&u64, &crate::model::workload::LoggedPlan)> = workload.plans.iter().collect();
    all.sort_by(|a, b| b.1.duration_us.cmp(&a.1.duration_us).then(a.0.cmp(b.0)));
    all.into_iter()
        .take(MAX_PLANS)
        .map(|(id, p)| {
            let problems = crate::rules::plan_rules::diagnose_with(&p.plan, &opts.plan);
            let mut explain = crate::report::explain::build(&p.plan, problems);
            if !opts.show_literals {
                for n in &mut explain.nodes {
                    for d in &mut n.details {
                        *d = crate::report::text::mask_quoted(d);
                    }
                }
                for pr in &mut explain.problems {
                    pr.message = crate::report::text::mask_quoted(&pr.message);
                }
            }
            PlanEntry {
                query: fingerprint_hex(*id),
                duration_ms: r3(p.duration_us as f64 / 1000.0),
                source: p.source,
                line: p.line,
                explain,
            }
        })
        .collect()
}

/// One database in the report.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct DatabaseSummary {
    pub name: String,
    /// Distinct fingerprints run there.
    pub queries: u64,
    /// Executions there.
    pub statements: u64,
    /// Time there: each fingerprint's total split by its executions per database.
    pub total_ms: f64,
    /// Read live: the database's tables and the findings that concern it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tables: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub findings: Option<u64>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub diagnostics: Vec<String>,
}

/// The workload's share per database, with what live reads added.
fn database_breakdown(workload: &Workload, live: &[DatabaseSummary]) -> Vec<DatabaseSummary> {
    let mut by: std::collections::BTreeMap<String, DatabaseSummary> =
        live.iter().map(|d| (d.name.clone(), d.clone())).collect();
    let split = crate::model::stats::split_by(
        workload
            .queries
            .values()
            .map(|q| (&q.databases, q.total_ms())),
    );
    for (db, share) in split {
        let d = by.entry(db.clone()).or_insert_with(|| DatabaseSummary {
            name: db,
            ..Default::default()
        });
        d.queries += share.queries;
        d.statements += share.calls;
        d.total_ms += share.total_ms;
    }
    let mut out: Vec<DatabaseSummary> = by
        .into_values()
        .map(|mut d| {
            d.total_ms = r3(d.total_ms);
            d
        })
        .collect();
    out.sort_by(|a, b| {
        b.total_ms
            .total_cmp(&a.total_ms)
            .then_with(|| a.name.cmp(&b.name))
    });
    out
}

pub use crate::vocab::{fingerprint_hex, parse_fingerprint_hex, timestamp, ts};

fn entry(id: u64, q: &QueryStats) -> QueryEntry {
    QueryEntry {
        id: fingerprint_hex(id),
        normalized: q.normalized.clone(),
        kind: q.kind.as_str().to_owned(),
        source: q.source,
        calls: q.calls,
        timed_calls: q.timed_calls,
        total_ms: r3(q.total_ms()),
        mean_ms: r3(q.mean_ms()),
        min_ms: r3(q.min_ms()),
        p50_ms: r3(q.percentile_ms(0.50)),
        p95_ms: r3(q.percentile_ms(0.95)),
        p99_ms: r3(q.percentile_ms(0.99)),
        max_ms: r3(q.max_ms()),
        percentiles_estimated: q.sketch.is_none() && q.stddev_ms.is_some(),
        parse_bind_ms: r3(q.parse_bind_us as f64 / 1000.0),
        errors: q.errors,
        error_tenants: q.error_tenants.clone(),
        error_databases: q.error_databases.clone(),
        error_users: q.error_users.clone(),
        error_applications: q.error_applications.clone(),
        temp_files: q.temp_files,
        temp_bytes: q.temp_bytes,
        databases: q.databases.clone(),
        users: q.users.clone(),
        applications: q.applications.clone(),
        tenants: q.tenants.clone(),
        analysed: true,
        not_analysed_reason: None,
    }
}

/// Options that change what the report shows.
#[derive(Debug, Clone, Copy, Default)]
pub struct ReportOptions {
    /// Show unparsed lines as they are instead of with literals masked.
    pub show_literals: bool,
    /// The plan rules' thresholds, so that the plans section flags what the
    /// findings do.
    pub plan: crate::rules::plan_rules::Thresholds,
}

/// What the analysis stage adds to a report.
#[derive(Debug, Default)]
pub struct Advice {
    pub findings: Vec<Finding>,
    pub not_analysed: std::collections::BTreeMap<u64, String>,
    pub schema: Option<DumpSummary>,
    pub stats: Option<StatsSummary>,
    pub graph: Option<GraphReport>,
    pub diagnostics: Vec<String>,
    /// Databases read live (more than one: `--all-databases` or several `--db`).
    pub databases: Vec<DatabaseSummary>,
}

pub fn build(
    workload: &Workload,
    mut inputs: Vec<InputSummary>,
    opts: ReportOptions,
    advice: Advice,
) -> Report {
    let mut queries: Vec<QueryEntry> = workload
        .queries
        .iter()
        .map(|(id, q)| {
            let mut e = entry(*id, q);
            if let Some(reason) = advice.not_analysed.get(id) {
                e.analysed = false;
                e.not_analysed_reason = Some(reason.clone());
            }
            e
        })
        .collect();
    queries.sort_by(|a, b| {
        b.total_ms
            .total_cmp(&a.total_ms)
            .then(b.calls.cmp(&a.calls))
            .then_with(|| a.id.cmp(&b.id))
    });
    if !opts.show_literals {
        for i in &mut inputs {
            for s in &mut i.unparsed_samples {
                s.text = mask_message(&s.text);
            }
        }
    }
    let mut events = workload.events.clone();
    events.lock_wait_ms = r3(events.lock_wait_ms);
    let mut findings = advice.findings;
    if !opts.show_literals {
        // Plan findings quote the node's filter, literals included.
        for f in findings
            .iter_mut()
            .filter(|f| crate::rules::about(f.rule).quotes_plans)
        {
            f.title = crate::report::text::mask_quoted(&f.title);
            if let Some(m) = f.evidence.get_mut("message") {
                if let Some(s) = m.as_str() {
                    *m = serde_json::Value::String(crate::report::text::mask_quoted(s));
                }
            }
        }
    }
    Report {
        schema_version: SCHEMA_VERSION,
        tool: Tool::default(),
        summary: Summary {
            fingerprint_version: crate::model::fingerprint::FINGERPRINT_VERSION,
            events: workload.records,
            queries: queries.len() as u64,
            statements: workload.statements(),
            total_duration_ms: r3(workload.total_ms()),
            first_ts: ts(workload.first_ts_ms),
            last_ts: ts(workload.last_ts_ms),
            unparsed_lines: inputs.iter().map(|i| i.unparsed_lines).sum(),
            sessions: workload.sessions.count() + workload.sessions_in_digests,
            session_steps_dropped: 0,
            tenant_schemas_detected: workload.detected_tenant_schemas.iter().cloned().collect(),
            queries_not_analysed: advice.not_analysed.len() as u64,
            findings: findings.len() as u64,
            gain_ms: r3(crate::findings::total_gain(
                &super::priorities::by_saving(&findings),
                &|id: &str| {
                    let id = parse_fingerprint_hex(id)?;
                    workload.queries.get(&id).map(|q| q.total_ms())
                },
            )),
        },
        inputs,
        queries,
        findings,
        schema: advice.schema,
        stats: advice.stats,
        diagnostics: advice.diagnostics,
        schema_graph: advice.graph,
        databases: database_breakdown(workload, &advice.databases),
        events,
        suppressed: Vec::new(),
        baseline: None,
        gate: None,
        do_first: Vec::new(),
        activity: activity(workload),
        plans: plans(workload, opts),
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A report of nothing, `total_ms` of statements long, for renderer tests.
    pub(crate) fn report(total_ms: f64) -> Report {
        serde_json::from_value(serde_json::json!({
            "schema_version": 1, "tool": {"name": "pgadvisor", "version": "0"},
            "inputs": [], "queries": [], "findings": [], "diagnostics": [], "events": {
                "by_severity": {}, "errors": {}, "errors_not_kept": 0, "connections_received": 0,
                "connections_authorized": 0, "disconnections": 0, "session_time_ms": 0,
                "lock_waits": 0, "lock_acquired_after_wait": 0, "lock_wait_ms": 0.0, "deadlocks": 0,
                "temp_files": 0, "temp_bytes": 0, "checkpoints_started": 0, "checkpoints_completed": 0,
                "autovacuum": 0, "autoanalyze": 0, "auto_explain_plans": 0,
                "durations_without_statement": 0, "other_messages": 0},
            "summary": {"events": 0, "queries": 0, "statements": 0, "total_duration_ms": total_ms,
                "first_ts": null, "last_ts": null, "unparsed_lines": 0, "sessions": 0,
                "session_steps_dropped": 0, "tenant_schemas_detected": [], "queries_not_analysed": 0,
                "findings": 0}
        }))
        .expect("a static report")
    }

    /// A statement run once, taking `ms`.
    pub(crate) fn query(id: &str, ms: f64) -> QueryEntry {
        serde_json::from_value(serde_json::json!({
            "id": id, "normalized": "SELECT 1", "kind": "select", "source": "log", "calls": 1,
            "timed_calls": 1, "total_ms": ms, "mean_ms": ms, "min_ms": ms, "p50_ms": ms,
            "p95_ms": ms, "p99_ms": ms, "max_ms": ms, "percentiles_estimated": false,
            "parse_bind_ms": 0.0, "errors": 0, "error_tenants": {}, "temp_files": 0,
            "temp_bytes": 0, "databases": {}, "users": {}, "applications": {}, "tenants": {},
            "analysed": true}))
        .expect("a static query")
    }
}
