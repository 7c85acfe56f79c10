//! `error-burst`: one kind of error (SQLSTATE and message) repeated — a
//! missing migration, an upsert done by catching duplicates, a timeout that
//! fires on every request. A failed statement costs its round trip and, in a
//! transaction, the work before it.
use super::registry::{self, About, Needs, Phase, Rule};
use super::Context;
use super::RuleId;
use crate::findings::{Finding, Severity, Subject};
use crate::model::events::ErrorStat;
use crate::model::fingerprint::StatementKind;
use crate::vocab::ts;

pub(crate) struct ErrorBurst;

static ABOUT: About = About {
    id: RuleId::ErrorBurst,
    summary: "One kind of error repeated, with its cause and the fix for its SQLSTATE",
    doc: include_str!("../../rules/error-burst.md"),
    phase: Phase::PlanFixes,
    creates_indexes: false,
    needs: Needs::NOTHING,
    quotes_plans: false,
};

impl Rule for ErrorBurst {
    fn about(&self) -> &'static About {
        &ABOUT
    }
    fn configure(&self, keys: toml::Table, o: &mut super::Options) -> Result<(), String> {
        o.error_burst = registry::overlay(&o.error_burst, keys)?;
        Ok(())
    }
    fn run(&self, ctx: &Context<'_>) -> Vec<Finding> {
        run(ctx)
    }
}

/// Thresholds (`[rules.error-burst]` in pgadvisor.toml).
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Options {
    /// Errors of one kind before it is reported at all.
    pub min_errors: u64,
    /// Errors of one kind in one minute that make it a burst (warning).
    pub burst_per_minute: u64,
    /// Errors of one kind in one minute that make it critical.
    pub critical_per_minute: u64,
}

impl Default for Options {
    fn default() -> Self {
        Self {
            min_errors: 10,
            burst_per_minute: 10,
            critical_per_minute: 60,
        }
    }
}

/// What usually causes an error of this SQLSTATE, and what to do about it.
fn advice(sqlstate: Option<&str>) -> &'static str {
    match sqlstate.unwrap_or("") {
        "42P01" | "42703" | "42883" => "a relation, column or function the statement expects does not exist: a migration missing in some schemas (see tenant-schema-drift) or code deployed ahead of its migration",
        "23505" => "duplicate keys caught as errors: insert with ON CONFLICT DO NOTHING (or DO UPDATE) instead of trying and catching",
        "23503" => "rows written before the rows they reference, or references to deleted rows: order the writes, or make the FK DEFERRABLE for the transaction",
        "23502" | "23514" | "22P02" | "22001" => "the application sends values the table rejects: validate before writing",
        "57014" => "statements cancelled by statement_timeout or by the client: the statement is too slow for its budget — see its plan and the index findings",
        "55P03" => "statements gave up waiting for a lock (lock_timeout or NOWAIT): see lock-wait for what holds it",
        "40P01" => "deadlocks: transactions lock the same rows in different orders — lock in one order (ORDER BY id FOR UPDATE) or keep transactions shorter",
        "40001" => "serialization failures: retry the transaction, and keep serializable transactions short",
        "25P02" => "statements sent after an error in the same transaction: the application ignores the first error; fix that one",
        "53300" => "the server ran out of connection slots: put a pooler (PgBouncer) in front, or lower the application pools",
        "28P01" | "28000" => "authentication failures: a misconfigured client or someone guessing passwords",
        "42501" => "permission denied: grants missing for the role that runs it",
        "42601" => "syntax errors: a statement built by string concatenation, or a client speaking another dialect",
        "57P01" => "connections terminated by an administrator or a restart",
        _ => "look at the statements that raise it",
    }
}

fn severity(o: &Options, e: &ErrorStat) -> Severity {
    let class = e
        .sqlstate
        .as_deref()
        .map_or("", |s| s.get(..2).unwrap_or(""));
    if e.rate.peak >= o.critical_per_minute || matches!(class, "53" | "58" | "XX") {
        Severity::Critical
    } else if e.rate.peak >= o.burst_per_minute {
        Severity::Warning
    } else {
        Severity::Info
    }
}

pub(crate) fn run(ctx: &Context<'_>) -> Vec<Finding> {
    let o = ctx.options.error_burst;
    let w = ctx.workload;
    let statements: u64 = w.queries.values().map(|q| q.calls).sum();
    let mut out = Vec::new();
    for (key, e) in &w.events.errors {
        if e.count < o.min_errors {
            continue;
        }
        let code = e.sqlstate.as_deref();
        let ids: Vec<u64> = e.queries.keys().copied().collect();
        let mut tenants = std::collections::BTreeMap::new();
        let mut fix = crate::sqlgen::Fix::default();
        for id in &ids {
            let Some(q) = w.queries.get(id) else { continue };
            for (t, n) in &q.error_tenants.0 {
                *tenants.entry(t.clone()).or_insert(0u64) += n;
            }
            if code == Some("23505") && q.kind == StatementKind::Insert {
                // A statement folded over tenant schemas that ran in one
                // tenant only is rewritten for that tenant.
                let text = match (q.tenants.0.keys().next(), q.tenants.0.len()) {
                    (Some(t), 1) => ctx.unfold(q, t).unwrap_or_else(|| q.normalized.clone()),
                    _ => q.normalized.clone(),
                };
                fix.extend(crate::sqlgen::rewrite::upsert(&text));
            }
        }
        let subject = Subject {
            schema: String::new(),
            table: String::new(),
            columns: code.map(|c| vec![c.to_owned()]).unwrap_or_default(),
        };
        let mut f = Finding::new(
            RuleId::ErrorBurst,
            severity(&o, e),
            format!(
                "{} error{}{}: {} (up to {} a minute)",
                e.count,
                if e.count == 1 { "" } else { "s" },
                code.map(|c| format!(" {c}")).unwrap_or_default(),
                e.message,
                e.rate.peak
            ),
            subject,
            key,
        );
        // Named after the table of the statement that raised it most, so
        // that the report says where it happens and a suppression can name a
        // table; set after the id, which must not move when that changes.
        let busiest = e
            .queries
            .iter()
            .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
            .map(|(id, _)| *id);
        f.subject = Subject {
            columns: f.subject.columns.clone(),
            ..ctx.statement_subject(busiest)
        };
        f.queries = Context::hex(&ids);
        f.set_evidence(&Evidence {
            sqlstate: code,
            message: &e.message,
            severity: &e.severity,
            count: e.count,
            first: ts(e.rate.first_ms),
            last: ts(e.rate.last_ms),
            peak_per_minute: e.rate.peak,
            peak_minute: ts(e.rate.peak_minute_ms),
            mean_per_minute: crate::model::stats::r3(e.rate.mean_per_minute(e.count)),
            share_of_statements: (statements > 0)
                .then(|| crate::model::stats::r3(e.count as f64 / statements as f64)),
            tenants: &tenants,
            fix: advice(code),
        });
        f.fix = fix;
        out.push(f);
    }
    out
}

/// What `error-burst` says about one kind of error (SQLSTATE and masked message).
#[derive(serde::Serialize)]
struct Evidence<'a> {
    sqlstate: Option<&'a str>,
    message: &'a str,
    /// The log's severity (ERROR, FATAL, PANIC).
    severity: &'a str,
    count: u64,
    first: Option<String>,
    last: Option<String>,
    peak_per_minute: u64,
    peak_minute: Option<String>,
    mean_per_minute: f64,
    /// Errors per statement executed.
    share_of_statements: Option<f64>,
    /// Errors per tenant schema, when statements name one.
    tenants: &'a std::collections::BTreeMap<String, u64>,
    fix: &'static str,
}
