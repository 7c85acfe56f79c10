//! `tenant-guardrails`: per-tenant limits sized from what each tenant did
//! in the log (seed 002: limits so one tenant cannot overload the server;
//! seed 004: pool health per tenant). For a database or a role per tenant:
//! a `CONNECTION LIMIT` above its most sessions at once, a
//! `statement_timeout` above its longest statement, an
//! `idle_in_transaction_session_timeout` above its longest idle gap inside
//! a transaction and a `lock_timeout` under the statement timeout, each
//! with a margin the user sets. Tenants in schemas of one role and one
//! database have nothing of their own to set a limit on.
use super::registry::{self, About, Needs, Phase, Rule};
use super::tenant_units::{self, Layout, Unit};
use super::{Context, RuleId};
use crate::findings::{Finding, Severity, Subject};
use crate::model::session_load::Load;
use crate::model::stats::r3;
use crate::sqlgen;
use serde::Serialize;

pub(crate) struct TenantGuardrails;

static ABOUT: About = About {
    id: RuleId::TenantGuardrails,
    summary: "Per-tenant connection limits and timeouts sized from each tenant's observed peaks",
    doc: include_str!("../../rules/tenant-guardrails.md"),
    phase: Phase::Limits,
    creates_indexes: false,
    needs: Needs::NOTHING,
    quotes_plans: false,
};

impl Rule for TenantGuardrails {
    fn about(&self) -> &'static About {
        &ABOUT
    }
    fn configure(&self, keys: toml::Table, o: &mut super::Options) -> Result<(), String> {
        let t: Options = registry::overlay(&o.tenant_guardrails, keys)?;
        let margins = [
            t.connection_margin,
            t.timeout_factor,
            t.min_statement_timeout_s,
            t.min_idle_in_transaction_s,
            t.min_window_s,
        ];
        if margins.iter().any(|m| !m.is_finite() || *m < 0.0) || t.timeout_factor < 1.0 {
            return Err(
                "margins are finite and not negative, and timeout_factor is at least 1".into(),
            );
        }
        o.tenant_guardrails = t;
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

/// Margins (`[rules.tenant-guardrails]` in pgadvisor.toml).
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Options {
    /// The connection limit is the peak of sessions open at once times
    /// (1 + margin), and at least two more than the peak.
    pub connection_margin: f64,
    /// `statement_timeout` is the longest statement times this, and at
    /// least `min_statement_timeout_s`.
    pub timeout_factor: f64,
    pub min_statement_timeout_s: f64,
    /// `idle_in_transaction_session_timeout` is the longest idle gap
    /// inside a transaction times `timeout_factor` + 1, and at least this.
    pub min_idle_in_transaction_s: f64,
    /// Statements of a tenant before its peaks are taken as telling.
    pub min_statements: u64,
    /// Seconds of log before its peaks are.
    pub min_window_s: f64,
}

impl Default for Options {
    fn default() -> Self {
        Self {
            connection_margin: 0.5,
            timeout_factor: 3.0,
            min_statement_timeout_s: 5.0,
            min_idle_in_transaction_s: 30.0,
            min_statements: 100,
            min_window_s: 60.0,
        }
    }
}

/// A duration rounded up to a value a person would write: 1, 2, 5, 10, 15,
/// 20, 30 or 45 seconds, then whole minutes, then whole hours.
pub(crate) fn round_up_s(s: f64) -> u64 {
    const STEPS: &[u64] = &[1, 2, 5, 10, 15, 20, 30, 45, 60];
    if s.is_nan() || s <= 1.0 {
        return 1;
    }
    // A day is the most a timeout sized from a log's window needs.
    let s = s.min(86_400.0);
    if let Some(v) = STEPS.iter().find(|v| **v as f64 >= s) {
        return *v;
    }
    let minutes = (s / 60.0).ceil() as u64;
    if minutes <= 60 {
        return minutes * 60;
    }
    (s / 3600.0).ceil() as u64 * 3600
}

/// The largest value [`round_up_s`] writes that is not above `s`, at least 1.
pub(crate) fn round_down_s(s: f64) -> u64 {
    let mut v = 1;
    let mut next = 1;
    while (next as f64) <= s {
        v = next;
        next = round_up_s(next as f64 + 0.5);
    }
    v
}

/// `'20s'`, `'5min'`, `'2h'`: as PostgreSQL reads a time setting.
pub(crate) fn setting(s: u64) -> String {
    if s >= 3600 && s % 3600 == 0 {
        format!("{}h", s / 3600)
    } else if s >= 60 && s % 60 == 0 {
        format!("{}min", s / 60)
    } else {
        format!("{s}s")
    }
}

/// What the limits are sized from, and the limits.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub(crate) struct Limits {
    pub peak_sessions: u32,
    /// The peak is counted per this many milliseconds (1 unless the log
    /// had too many sessions to count so finely: an upper bound then).
    pub peak_resolution_ms: i64,
    pub sessions: u64,
    pub statements: u64,
    pub p99_ms: Option<f64>,
    pub longest_ms: f64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub longest_query: Option<String>,
    pub transactions: u64,
    /// Gaps of a second or more between two statements of a transaction.
    pub idle_in_transaction_gaps: u64,
    pub longest_idle_in_transaction_ms: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub idle_after_query: Option<String>,
    /// None when the log has no connection lines: pooled connections that
    /// stayed idle are not seen, and a limit under the pool's size would
    /// refuse its connections.
    pub connection_limit: Option<u32>,
    pub statement_timeout_s: u64,
    pub idle_in_transaction_session_timeout_s: u64,
    pub lock_timeout_s: u64,
}

pub(crate) fn limits(load: &Load, o: &Options, connections_seen: bool) -> Option<Limits> {
    let (peak, _) = load.concurrency.peak()?;
    let longest_ms = load.max_us as f64 / 1000.0;
    let statement_timeout_s = round_up_s(
        (longest_ms / 1000.0 * o.timeout_factor).max(o.min_statement_timeout_s),
    );
    let idle_s = load.idle.max_ms as f64 / 1000.0;
    let idle_timeout_s = round_up_s(
        (idle_s * (o.timeout_factor + 1.0)).max(o.min_idle_in_transaction_s),
    );
    // Under the statement timeout, or it would never be the one that cuts.
    let lock_timeout_s = round_down_s(statement_timeout_s as f64 / 2.0);
    let connection_limit = ((f64::from(peak) * (1.0 + o.connection_margin)).ceil() as u32)
        .max(peak.saturating_add(2));
    Some(Limits {
        peak_sessions: peak,
        peak_resolution_ms: load.concurrency.resolution_ms,
        sessions: load.sessions,
        statements: load.calls,
        p99_ms: load.percentile_ms(0.99).map(r3),
        longest_ms: r3(longest_ms),
        longest_query: load.longest.map(|id| format!("{id:016x}")),
        transactions: load.idle.transactions,
        idle_in_transaction_gaps: load.idle.gaps,
        longest_idle_in_transaction_ms: load.idle.max_ms,
        idle_after_query: load.idle.max_after.map(|id| format!("{id:016x}")),
        connection_limit: connections_seen.then_some(connection_limit),
        statement_timeout_s,
        idle_in_transaction_session_timeout_s: idle_timeout_s,
        lock_timeout_s,
    })
}

#[derive(Serialize)]
struct Evidence<'a> {
    layout: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    database: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    role: Option<&'a str>,
    /// What stands out: its longest statement, idle transactions, its
    /// share of the server's sessions.
    hazards: Vec<String>,
    #[serde(flatten)]
    limits: &'a Limits,
    /// The server's most sessions open at once, every database's.
    server_peak_sessions: u32,
    tenants: usize,
}

pub(crate) fn evaluate(ctx: &Context<'_>) -> (Vec<Finding>, Vec<String>) {
    let o = ctx.options.tenant_guardrails;
    let loads = ctx.loads();
    let Some(tenants) = tenant_units::tenants(ctx, loads) else {
        return (Vec::new(), Vec::new());
    };
    let mut notes = Vec::new();
    if tenants.layout == Layout::Schema {
        notes.push(format!(
            "{} tenant schemas share their role and database: a per-tenant connection limit or timeout needs a role per tenant (ALTER ROLE … CONNECTION LIMIT), so none is proposed",
            tenants.units.len()
        ));
        return (Vec::new(), notes);
    }
    if !tenants.exact {
        notes.push(format!(
            "{} tenant {}s found, but the input shows no sessions (no process id in the log prefix, or pg_stat_statements): their peaks of sessions and idle transactions cannot be measured",
            tenants.units.len(),
            tenants.layout.name()
        ));
        return (Vec::new(), notes);
    }
    if !ctx.workload_is_complete() {
        notes.push(format!(
            "{} tenant {}s found, but the log holds only the slower statements (log_min_duration_statement above 0): sessions that ran only fast ones are not seen, so their peaks would be too low to size limits from",
            tenants.units.len(),
            tenants.layout.name()
        ));
        return (Vec::new(), notes);
    }
    let window_s = ctx.workload.span_seconds().unwrap_or(0.0);
    if window_s < o.min_window_s {
        notes.push(format!(
            "{} tenant {}s found, but the log covers {window_s:.0} s: too short to size their limits from (at least {:.0} s)",
            tenants.units.len(),
            tenants.layout.name(),
            o.min_window_s
        ));
        return (Vec::new(), notes);
    }
    let server_peak = loads.server_peak().map_or(0, |p| p.0);
    let connections_seen = ctx.workload.events.connections_authorized > 0;
    if !connections_seen {
        notes.push("the log has no connection lines (log_connections off): pooled connections that stayed idle are not seen, so no CONNECTION LIMIT is proposed, only timeouts".to_owned());
    }
    let sized: Vec<(&Unit<'_>, Limits)> = tenants
        .units
        .iter()
        .filter_map(|u| {
            let load = u.load?;
            if (load.timed_calls as f64) < 0.9 * load.calls as f64 {
                notes.push(format!(
                    "tenant {} {}: {} of its {} statements have no duration in the log: its longest statement is not known, so no timeout is sized",
                    u.layout.name(),
                    u.name,
                    load.calls - load.timed_calls,
                    load.calls
                ));
                return None;
            }
            if load.calls < o.min_statements {
                notes.push(format!(
                    "tenant {} {}: {} statements, too few to size its limits from (at least {})",
                    u.layout.name(),
                    u.name,
                    load.calls,
                    o.min_statements
                ));
                return None;
            }
            Some((u, limits(load, &o, connections_seen)?))
        })
        .collect();
    let busiest = sized.iter().map(|(_, l)| l.peak_sessions).max().unwrap_or(0);
    let mut out = Vec::new();
    for (u, l) in &sized {
        out.push(finding(u, l, busiest, server_peak, sized.len()));
    }
    (out, notes)
}

fn finding(u: &Unit<'_>, l: &Limits, busiest: u32, server_peak: u32, tenants: usize) -> Finding {
    let mut hazards = Vec::new();
    if l.longest_ms >= 1000.0 {
        hazards.push(format!(
            "statements up to {}: a runaway one runs as long as it likes without a statement_timeout",
            crate::vocab::fmt_ms(l.longest_ms)
        ));
    }
    if l.idle_in_transaction_gaps > 0 {
        hazards.push(format!(
            "{} transactions idle a second or more between statements (longest {}), holding their locks and snapshot",
            l.idle_in_transaction_gaps,
            crate::vocab::fmt_ms(l.longest_idle_in_transaction_ms as f64)
        ));
    }
    if l.peak_sessions == busiest && tenants > 1 && busiest >= 3 {
        hazards.push(format!(
            "the most sessions of any tenant ({} of the server's {server_peak})",
            l.peak_sessions
        ));
    }
    let severity = if hazards.is_empty() {
        Severity::Info
    } else {
        Severity::Warning
    };
    let (database, role) = match u.layout {
        Layout::Database => (Some(u.name.as_str()), u.role.as_deref()),
        _ => (None, Some(u.name.as_str())),
    };
    let limit = l
        .connection_limit
        .map(|n| format!("CONNECTION LIMIT {n}, "))
        .unwrap_or_default();
    let title = format!(
        "Tenant {} {}: limits its own peaks call for: {limit}statement_timeout {}, idle_in_transaction_session_timeout {}",
        u.layout.name(),
        u.name,
        setting(l.statement_timeout_s),
        setting(l.idle_in_transaction_session_timeout_s)
    );
    let mut f = Finding::new(
        RuleId::TenantGuardrails,
        severity,
        title,
        Subject {
            schema: String::new(),
            table: String::new(),
            columns: Vec::new(),
        },
        &format!("{}:{}", u.layout.name(), u.name),
    );
    f.queries = [&l.longest_query, &l.idle_after_query]
        .into_iter()
        .flatten()
        .cloned()
        .collect();
    f.queries.dedup();
    f.set_evidence(&Evidence {
        layout: u.layout.name(),
        database,
        role,
        hazards,
        limits: l,
        server_peak_sessions: server_peak,
        tenants,
    });
    let roles: Vec<&str> = u
        .load
        .map(|l| {
            l.peers
                .keys()
                .map(String::as_str)
                .filter(|r| !r.is_empty() && !tenant_units::NOT_TENANTS.contains(r))
                .collect()
        })
        .unwrap_or_default();
    let target = match (database, role) {
        (Some(db), Some(role)) => sqlgen::limits::Target::DatabaseWithRole { db, roles: vec![role] },
        // The application's roles in it, not every role (the DBA's, a
        // replication or ETL role): ALTER DATABASE … SET would reach them.
        (Some(db), None) if !roles.is_empty() => {
            sqlgen::limits::Target::DatabaseWithRole { db, roles }
        }
        (Some(db), None) => sqlgen::limits::Target::Database(db),
        (None, role) => sqlgen::limits::Target::Role(role.unwrap_or(&u.name)),
    };
    f.fix = sqlgen::limits::guardrails(
        &target,
        &sqlgen::limits::Settings {
            connection_limit: l.connection_limit,
            statement_timeout: setting(l.statement_timeout_s),
            idle_in_transaction_session_timeout: setting(l.idle_in_transaction_session_timeout_s),
            lock_timeout: setting(l.lock_timeout_s),
        },
    )
    .into();
    f
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn without_connection_lines_no_connection_limit_is_sized() {
        use crate::input::record::SessionId;
        use crate::model::fingerprint::StatementKind;
        use crate::model::session_load::LoadTracker;
        use crate::model::stats::QueryStats;
        use crate::model::workload::{SessionMeta, Step};
        let queries: std::collections::HashMap<u64, QueryStats> =
            [(1, QueryStats::new("SELECT 1".into(), StatementKind::Select))].into();
        let meta = SessionMeta {
            user: Some("a_app".into()),
            db: Some("a".into()),
            app: None,
        };
        let mut t = LoadTracker::default();
        for pid in 1..=3 {
            let steps: Vec<Step> = (0..5)
                .map(|i| Step {
                    fingerprint: 1,
                    ts_ms: 1_000 + i * 1_000,
                    duration_us: 2_500_000,
                    values: 0,
                })
                .collect();
            t.feed(&queries, SessionId { pid, start_ms: 0 }, Some(&meta), &steps);
        }
        let loads = t.finished(Some(10_000));
        let load = &loads.databases["a"];
        let o = Options::default();
        let seen = limits(load, &o, true).expect("sized");
        assert_eq!(seen.peak_sessions, 3);
        assert_eq!(seen.connection_limit, Some(5));
        assert_eq!(seen.statement_timeout_s, 10);
        let unseen = limits(load, &o, false).expect("sized");
        assert_eq!(unseen.connection_limit, None);
        let steps = sqlgen::limits::guardrails(
            &sqlgen::limits::Target::Database("a"),
            &sqlgen::limits::Settings {
                connection_limit: unseen.connection_limit,
                statement_timeout: setting(unseen.statement_timeout_s),
                idle_in_transaction_session_timeout: "30s".into(),
                lock_timeout: "5s".into(),
            },
        );
        assert!(steps.iter().all(|s| !s.sql.contains("CONNECTION LIMIT")));
    }

    #[test]
    fn durations_round_up_to_what_a_person_writes() {
        assert_eq!(round_up_s(8.7), 10);
        assert_eq!(round_up_s(19.8), 20);
        assert_eq!(round_up_s(29.6), 30);
        assert_eq!(round_up_s(0.01), 1);
        assert_eq!(round_up_s(61.0), 120);
        assert_eq!(round_up_s(4000.0), 7200);
        assert_eq!(round_down_s(2.5), 2);
        assert_eq!(round_down_s(5.0), 5);
        assert_eq!(round_down_s(10.0), 10);
        assert_eq!(round_down_s(0.5), 1);
        assert_eq!(round_down_s(150.0), 120);
        assert_eq!(setting(30), "30s");
        assert_eq!(setting(120), "2min");
        assert_eq!(setting(7200), "2h");
    }
}
