//! `lock-wait`: statements that waited longer than `deadlock_timeout` for a
//! lock (`log_lock_waits`), grouped by the statement and the kind of lock,
//! with what the holding sessions last ran.
use super::registry::{self, About, Needs, Phase, Rule};
use super::Context;
use super::RuleId;
use crate::findings::{Finding, Severity};
use crate::model::events::LockWaitStat;
use crate::vocab::ts;
use serde::Serialize;

pub(crate) struct LockWait;

static ABOUT: About = About {
    id: RuleId::LockWait,
    summary:
        "Statements that waited for locks longer than deadlock_timeout, with what the holders ran",
    doc: include_str!("../../rules/lock-wait.md"),
    phase: Phase::PlanFixes,
    creates_indexes: false,
    needs: Needs::NOTHING,
    quotes_plans: false,
};

impl Rule for LockWait {
    fn about(&self) -> &'static About {
        &ABOUT
    }
    fn configure(&self, keys: toml::Table, o: &mut super::Options) -> Result<(), String> {
        o.lock_wait = registry::overlay(&o.lock_wait, keys)?;
        Ok(())
    }
    fn run(&self, ctx: &Context<'_>) -> Vec<Finding> {
        run(ctx)
    }
}

/// Thresholds (`[rules.lock-wait]` in pgadvisor.toml).
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Options {
    /// Waits of one statement on one kind of lock before it is reported.
    pub min_waits: u64,
    /// Total time waited (ms) that makes it a warning.
    pub warning_ms: f64,
    /// Total time waited (ms) that makes it critical.
    pub critical_ms: f64,
}

impl Default for Options {
    fn default() -> Self {
        Self {
            min_waits: 1,
            warning_ms: 1_000.0,
            critical_ms: 60_000.0,
        }
    }
}

/// What holds a lock of this kind, and how to wait less for it.
fn advice(lock: &str) -> &'static str {
    let object = lock.split(" on ").nth(1).unwrap_or("");
    match object {
        "transaction" | "tuple" => "row locks: another transaction updated the same rows and had not committed — keep transactions that write hot rows short (no network calls or user think time inside), update shared counters last, or move counters out of hot rows",
        "relation" if lock.starts_with("AccessExclusiveLock") => "a DDL statement (ALTER TABLE, DROP, TRUNCATE, REINDEX) waited for, or held up, every reader of the table: run migrations with a short lock_timeout and retry",
        "relation" => "a table lock: a migration, LOCK TABLE or VACUUM FULL competes with the workload — run it with a short lock_timeout, off peak",
        "advisory" => "advisory locks taken by the application: the section they guard is long or contended",
        "extend" => "relation extension: many sessions inserting into one table at once",
        _ => "see what the holding sessions ran",
    }
}

fn severity(o: &Options, waited_ms: f64) -> Severity {
    if waited_ms >= o.critical_ms {
        Severity::Critical
    } else if waited_ms >= o.warning_ms {
        Severity::Warning
    } else {
        Severity::Info
    }
}

/// The time waited: the `acquired … after` figures, plus `deadlock_timeout`
/// (the least a `still waiting` means) for waits that never logged an end.
fn waited_ms(s: &LockWaitStat) -> f64 {
    let open = s.waits.saturating_sub(s.acquired) as f64;
    let least = if s.waits > 0 {
        s.max_wait_ms.min(1000.0)
    } else {
        0.0
    };
    s.acquired_wait_ms + open * least
}

pub(crate) fn run(ctx: &Context<'_>) -> Vec<Finding> {
    let o = ctx.options.lock_wait;
    let w = ctx.workload;
    let mut out = Vec::new();
    for (key, s) in &w.events.lock_waits_by {
        if s.waits.max(s.acquired) < o.min_waits {
            continue;
        }
        let subject = ctx.statement_subject(s.statement);
        let text = |id: &u64| {
            w.queries
                .get(id)
                .map(|q| crate::vocab::one_line(&q.normalized, 100))
        };
        let statement = s.statement.as_ref().and_then(text);
        let waited = waited_ms(s);
        let mut f = Finding::new(
            RuleId::LockWait,
            severity(&o, waited),
            format!(
                "{} wait{} for {}: {}",
                s.waits.max(s.acquired),
                if s.waits.max(s.acquired) == 1 {
                    ""
                } else {
                    "s"
                },
                s.lock,
                statement.as_deref().unwrap_or("statement not logged")
            ),
            subject,
            key,
        );
        let mut ids: Vec<u64> = s.statement.into_iter().collect();
        ids.extend(s.holders.keys());
        f.queries = Context::hex(&ids);
        f.impact_ms = crate::model::stats::r3(waited);
        f.set_evidence(&Evidence {
            lock: &s.lock,
            statement: s.statement.map(crate::vocab::fingerprint_hex),
            waits: s.waits,
            acquired_after_wait: s.acquired,
            waited_ms: crate::model::stats::r3(waited),
            max_wait_ms: crate::model::stats::r3(s.max_wait_ms),
            first: ts(s.rate.first_ms),
            last: ts(s.rate.last_ms),
            peak_per_minute: s.rate.peak,
            holders_last_statement: s
                .holders
                .iter()
                .map(|(id, n)| Holder {
                    query: crate::vocab::fingerprint_hex(*id),
                    text: text(id),
                    waits: *n,
                })
                .collect(),
            fix: advice(&s.lock),
        });
        out.push(f);
    }
    out
}

/// What `lock-wait` says about waits for one lock by one statement.
#[derive(Serialize)]
struct Evidence<'a> {
    /// The lock as the log names it (`ShareLock on transaction 123`, `AccessExclusiveLock on relation …`).
    lock: &'a str,
    /// The waiting statement's fingerprint id.
    statement: Option<String>,
    waits: u64,
    acquired_after_wait: u64,
    waited_ms: f64,
    max_wait_ms: f64,
    first: Option<String>,
    last: Option<String>,
    peak_per_minute: u64,
    /// What the sessions holding the lock ran last, with how many waits each caused.
    holders_last_statement: Vec<Holder>,
    fix: &'static str,
}

#[derive(Serialize)]
struct Holder {
    query: String,
    text: Option<String>,
    waits: u64,
}
