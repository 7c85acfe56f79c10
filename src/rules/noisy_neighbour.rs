//! `noisy-neighbour`: one tenant whose share of the server's statement
//! time, or of its errors, far exceeds its share of the calls (seed 002:
//! one tenant overloading the server for the others). A tenant that is
//! simply large takes time in proportion to its calls and is not one.
use super::registry::{self, About, Needs, Phase, Rule};
use super::tenant_units::{self, Layout, Tenants, Unit};
use super::{Context, RuleId};
use crate::findings::{Finding, Severity, Subject};
use crate::model::stats::r3;
use serde::Serialize;

pub(crate) struct NoisyNeighbour;

static ABOUT: About = About {
    id: RuleId::NoisyNeighbour,
    summary: "A tenant whose share of the server's time or errors far exceeds its share of the calls",
    doc: include_str!("../../rules/noisy-neighbour.md"),
    phase: Phase::Limits,
    creates_indexes: false,
    needs: Needs::NOTHING,
    quotes_plans: false,
};

impl Rule for NoisyNeighbour {
    fn about(&self) -> &'static About {
        &ABOUT
    }
    fn configure(&self, keys: toml::Table, o: &mut super::Options) -> Result<(), String> {
        o.noisy_neighbour = registry::overlay(&o.noisy_neighbour, keys)?;
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

/// Thresholds (`[rules.noisy-neighbour]` in pgadvisor.toml).
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Options {
    /// Its share of the time (of the errors) must be this many times its
    /// share of the calls.
    pub min_ratio: f64,
    /// The time it takes beyond its calls' share must be at least this
    /// share of the server's statement time …
    pub min_excess_share: f64,
    /// … and keep the server busy at least this share of the log's window
    /// (0.01: 36 seconds of statement time per hour), so that a quiet
    /// server's one slow query is not a neighbour's load.
    pub min_busy: f64,
    /// Errors it must raise to be weighed by its errors.
    pub min_errors: u64,
}

impl Default for Options {
    fn default() -> Self {
        Self {
            min_ratio: 3.0,
            min_excess_share: 0.1,
            min_busy: 0.01,
            min_errors: 50,
        }
    }
}

#[derive(Serialize)]
struct Statement {
    query: String,
    calls: u64,
    total_ms: f64,
}

#[derive(Serialize)]
struct Evidence<'a> {
    layout: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    database: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    role: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    schema: Option<&'a str>,
    /// Why: its time, its errors, or both.
    by: Vec<&'static str>,
    calls: u64,
    share_of_calls: f64,
    total_ms: f64,
    share_of_time: f64,
    errors: u64,
    share_of_errors: f64,
    /// The server's statement time it took beyond its calls' share.
    excess_ms: f64,
    /// `excess_ms` over the log's window: the cores it kept busy on average.
    #[serde(skip_serializing_if = "Option::is_none")]
    busy: Option<f64>,
    tenants: usize,
    /// The time comes from each session's statements, or is each
    /// statement's time split by its calls per tenant.
    time_source: &'static str,
    /// Its costliest statements.
    statements: Vec<Statement>,
}

fn share(part: f64, whole: f64) -> f64 {
    if whole > 0.0 {
        part / whole
    } else {
        0.0
    }
}

pub(crate) fn evaluate(ctx: &Context<'_>) -> (Vec<Finding>, Vec<String>) {
    let o = ctx.options.noisy_neighbour;
    let loads = ctx.loads();
    let Some(tenants) = tenant_units::tenants(ctx, loads) else {
        return (Vec::new(), Vec::new());
    };
    if !ctx.workload_is_complete() {
        return (
            Vec::new(),
            vec![format!(
                "{} tenant {}s found, but the log holds only the slower statements (log_min_duration_statement above 0): their shares of the calls are not known",
                tenants.units.len(),
                tenants.layout.name()
            )],
        );
    }
    let window_ms = ctx.workload.span_seconds().map(|s| s * 1000.0);
    let mut out = Vec::new();
    for u in &tenants.units {
        if let Some(f) = judge(ctx, &tenants, u, o, window_ms) {
            out.push(f);
        }
    }
    (out, Vec::new())
}

fn judge(
    ctx: &Context<'_>,
    t: &Tenants<'_>,
    u: &Unit<'_>,
    o: Options,
    window_ms: Option<f64>,
) -> Option<Finding> {
    let calls_share = share(u.calls as f64, t.calls as f64);
    let time_share = share(u.total_ms, t.total_ms);
    let error_share = share(u.errors as f64, t.errors as f64);
    let excess_ms = (u.total_ms - calls_share * t.total_ms).max(0.0);
    let busy = window_ms.filter(|w| *w > 0.0).map(|w| excess_ms / w);
    let by_time = time_share >= o.min_ratio * calls_share
        && share(excess_ms, t.total_ms) >= o.min_excess_share
        && busy.is_none_or(|b| b >= o.min_busy);
    let by_errors = u.errors >= o.min_errors
        && error_share >= o.min_ratio * calls_share
        && error_share >= 0.5;
    if !by_time && !by_errors {
        return None;
    }
    let mut by = Vec::new();
    if by_time {
        by.push("time");
    }
    if by_errors {
        by.push("errors");
    }
    let (database, role, schema) = match u.layout {
        Layout::Database => (Some(u.name.as_str()), u.role.as_deref(), None),
        Layout::Role => (None, Some(u.name.as_str()), None),
        Layout::Schema => (None, None, Some(u.name.as_str())),
    };
    let what = match (by_time, by_errors) {
        (true, true) => format!(
            "{:.0} % of the server's statement time and {:.0} % of its errors",
            time_share * 100.0,
            error_share * 100.0
        ),
        (true, false) => format!("{:.0} % of the server's statement time", time_share * 100.0),
        _ => format!("{:.0} % of the server's errors", error_share * 100.0),
    };
    let mut f = Finding::new(
        RuleId::NoisyNeighbour,
        Severity::Warning,
        format!(
            "Tenant {} {} makes {:.0} % of the calls but takes {what}",
            u.layout.name(),
            u.name,
            calls_share * 100.0
        ),
        Subject {
            schema: schema.unwrap_or_default().to_owned(),
            table: String::new(),
            columns: Vec::new(),
        },
        &format!("{}:{}", u.layout.name(), u.name),
    );
    // What it takes from the others is not what a fix of this finding
    // saves: that is in the findings on its statements and its limits
    // (counted there, not twice). The excess stays in the evidence.
    let costliest = tenant_units::costliest(ctx, u, 5);
    f.queries = costliest.iter().map(|c| format!("{:016x}", c.0)).collect();
    f.set_evidence(&Evidence {
        layout: u.layout.name(),
        database,
        role,
        schema,
        by,
        calls: u.calls,
        share_of_calls: r3(calls_share),
        total_ms: r3(u.total_ms),
        share_of_time: r3(time_share),
        errors: u.errors,
        share_of_errors: r3(error_share),
        excess_ms: r3(excess_ms),
        busy: busy.map(r3),
        tenants: t.units.len(),
        time_source: if t.exact { "sessions" } else { "split by calls" },
        statements: costliest
            .into_iter()
            .map(|(id, calls, ms)| Statement {
                query: format!("{id:016x}"),
                calls,
                total_ms: r3(ms),
            })
            .collect(),
    });
    Some(f)
}
