//! `connection-churn`: clients that open a connection per request. Each new
//! session forks a backend, authenticates and warms its caches; a pooler
//! keeps a few sessions open instead.
use super::registry::{self, About, Needs, Phase, Rule};
use super::Context;
use super::RuleId;
use crate::findings::{Finding, Severity, Subject};
use crate::vocab::ts;
use serde::Serialize;

pub(crate) struct ConnectionChurn;

static ABOUT: About = About {
    id: RuleId::ConnectionChurn,
    summary: "A client that opens a connection per request instead of keeping a pool",
    doc: include_str!("../../rules/connection-churn.md"),
    phase: Phase::PlanFixes,
    creates_indexes: false,
    needs: Needs::NOTHING,
    quotes_plans: false,
};

impl Rule for ConnectionChurn {
    fn about(&self) -> &'static About {
        &ABOUT
    }
    fn configure(&self, keys: toml::Table, o: &mut super::Options) -> Result<(), String> {
        o.connection_churn = registry::overlay(&o.connection_churn, keys)?;
        Ok(())
    }
    fn run(&self, ctx: &Context<'_>) -> Vec<Finding> {
        run(ctx)
    }
}

/// Thresholds (`[rules.connection-churn]` in pgadvisor.toml).
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Options {
    /// Connections of one client before it is looked at.
    pub min_connections: u64,
    /// Connections per minute (busiest minute) that make it churn.
    pub per_minute: u64,
    /// Mean session time (ms) under which sessions count as short-lived.
    pub max_mean_session_ms: f64,
    /// Connections per minute that make it a warning.
    pub warning_per_minute: u64,
}

impl Default for Options {
    fn default() -> Self {
        Self {
            min_connections: 50,
            per_minute: 30,
            max_mean_session_ms: 10_000.0,
            warning_per_minute: 120,
        }
    }
}

/// Backend start-up the log does not show (fork, catalog cache warm-up),
/// added to the measured authentication time.
const UNSEEN_SETUP_MS: f64 = 1.0;

/// What `connection-churn` says about one client (user, database, application).
#[derive(Serialize)]
struct Evidence<'a> {
    user: &'a str,
    database: &'a str,
    application: &'a str,
    connections: u64,
    /// Connections in the busiest minute, and that minute.
    peak_per_minute: u64,
    peak_minute: Option<String>,
    mean_per_minute: f64,
    first: Option<String>,
    last: Option<String>,
    sessions_ended: u64,
    mean_session_ms: Option<f64>,
    /// Sessions shorter than the short-session bound.
    short_sessions: u64,
    /// Authentication time the log measured, per connection.
    mean_setup_ms: Option<f64>,
    fix: &'static str,
}

pub(crate) fn run(ctx: &Context<'_>) -> Vec<Finding> {
    let o = ctx.options.connection_churn;
    let mut out = Vec::new();
    for (key, c) in &ctx.workload.events.clients {
        if c.connections < o.min_connections || c.rate.peak < o.per_minute {
            continue;
        }
        let mean_session_ms =
            (c.sessions_ended > 0).then(|| c.session_ms as f64 / c.sessions_ended as f64);
        if mean_session_ms.is_some_and(|m| m > o.max_mean_session_ms) {
            continue;
        }
        let setup_ms = (c.setup_count > 0).then(|| c.setup_ms / c.setup_count as f64);
        let impact = c.connections as f64 * (setup_ms.unwrap_or(0.0) + UNSEEN_SETUP_MS);
        let severity = if c.rate.peak >= o.warning_per_minute {
            Severity::Warning
        } else {
            Severity::Info
        };
        let who = |s: &str| {
            if s.is_empty() {
                "?".to_owned()
            } else {
                s.to_owned()
            }
        };
        let mut f = Finding::new(
            RuleId::ConnectionChurn,
            severity,
            format!(
                "{} connections from {}@{} ({}), up to {} a minute{}",
                c.connections,
                who(&c.user),
                who(&c.database),
                if c.application.is_empty() {
                    "no application_name"
                } else {
                    &c.application
                },
                c.rate.peak,
                mean_session_ms
                    .map(|m| format!(", sessions of {} on average", crate::vocab::fmt_ms(m)))
                    .unwrap_or_default()
            ),
            Subject {
                schema: String::new(),
                table: String::new(),
                columns: Vec::new(),
            },
            key,
        );
        f.impact_ms = crate::model::stats::r3(impact);
        f.set_evidence(&Evidence {
            user: &c.user,
            database: &c.database,
            application: &c.application,
            connections: c.connections,
            peak_per_minute: c.rate.peak,
            peak_minute: ts(c.rate.peak_minute_ms),
            mean_per_minute: crate::model::stats::r3(c.rate.mean_per_minute(c.connections)),
            first: ts(c.rate.first_ms),
            last: ts(c.rate.last_ms),
            sessions_ended: c.sessions_ended,
            mean_session_ms: mean_session_ms.map(crate::model::stats::r3),
            short_sessions: c.short_sessions,
            mean_setup_ms: setup_ms.map(crate::model::stats::r3),
            fix: "keep connections open: the application's pool (min idle > 0, no connect per request) or a pooler such as PgBouncer in transaction mode in front of PostgreSQL",
        });
        out.push(f);
    }
    out
}
