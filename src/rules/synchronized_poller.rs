//! `synchronized-poller`: the same statement arriving from many sessions
//! at once, again and again at a fixed period — clients that poll on
//! timers started together (seed 001's browser extensions), a thundering
//! herd the server meets at its peak rather than its mean.
use super::registry::{self, About, Needs, Phase, Rule};
use super::{Context, RuleId};
use crate::findings::{Finding, Severity, Subject};
use crate::model::arrivals::Arrivals;
use crate::model::stats::r3;
use serde::Serialize;

pub(crate) struct SynchronizedPoller;

static ABOUT: About = About {
    id: RuleId::SynchronizedPoller,
    summary: "One statement arriving from many sessions in bursts at a fixed period (a thundering herd)",
    doc: include_str!("../../rules/synchronized-poller.md"),
    phase: Phase::PlanFixes,
    creates_indexes: false,
    needs: Needs::NOTHING,
    quotes_plans: false,
};

impl Rule for SynchronizedPoller {
    fn about(&self) -> &'static About {
        &ABOUT
    }
    fn configure(&self, keys: toml::Table, o: &mut super::Options) -> Result<(), String> {
        o.synchronized_poller = registry::overlay(&o.synchronized_poller, keys)?;
        Ok(())
    }
    fn run(&self, ctx: &Context<'_>) -> Vec<Finding> {
        run(ctx)
    }
}

/// Thresholds (`[rules.synchronized-poller]` in pgadvisor.toml).
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Options {
    /// Sessions the statement must come from: one cron job or one worker
    /// on a timer is no herd.
    pub min_sessions: usize,
    /// Bursts, and executions in a typical burst.
    pub min_bursts: usize,
    pub min_burst_size: u32,
    /// A second is part of a burst when it holds this share of the busiest one.
    pub burst_level: f64,
    /// Share of the gaps between bursts within 20 % (or a second) of the period.
    pub regularity: f64,
    /// Share of the executions that arrive in bursts.
    pub min_in_bursts: f64,
    /// A typical burst against the mean rate per second over the
    /// statement's span: how many seconds' worth arrive at once.
    pub min_peak_to_mean: f64,
}

impl Default for Options {
    fn default() -> Self {
        Self {
            min_sessions: 10,
            min_bursts: 4,
            min_burst_size: 10,
            burst_level: 0.25,
            regularity: 0.7,
            min_in_bursts: 0.6,
            min_peak_to_mean: 3.0,
        }
    }
}

/// Bursts found in one statement's arrivals.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Herd {
    pub period_s: f64,
    pub bursts: usize,
    pub peak_per_second: u32,
    pub mean_per_second: f64,
    pub in_bursts: f64,
    pub median_burst: u32,
    /// The first second of the first burst (seconds since the epoch).
    pub first_burst_s: i64,
}

fn median<T: Copy + PartialOrd>(v: &mut [T]) -> Option<T> {
    v.sort_by(|a, b| a.partial_cmp(b).unwrap_or(std::cmp::Ordering::Equal));
    v.get(v.len() / 2).copied()
}

/// The herd in `a`, if its arrivals come in regular bursts.
pub(crate) fn herd(a: &Arrivals, o: &Options) -> Option<Herd> {
    let secs = &a.per_second;
    let (first, _) = secs.first_key_value()?;
    let (last, _) = secs.last_key_value()?;
    let peak = *secs.values().max()?;
    let level = ((peak as f64 * o.burst_level).ceil() as u32).max(2);
    // Busy seconds one apart or adjacent make one burst.
    let mut bursts: Vec<(i64, u32)> = Vec::new();
    let mut end = i64::MIN;
    for (s, n) in secs.iter().filter(|(_, n)| **n >= level) {
        match bursts.last_mut() {
            Some(b) if *s - end <= 2 => b.1 += n,
            _ => bursts.push((*s, *n)),
        }
        end = *s;
    }
    if bursts.len() < o.min_bursts {
        return None;
    }
    let mut gaps: Vec<f64> = bursts.windows(2).map(|w| (w[1].0 - w[0].0) as f64).collect();
    let period = median(&mut gaps.clone())?;
    if period < 2.0 {
        return None;
    }
    let tolerance = (0.2 * period).max(1.0);
    let regular = gaps.iter().filter(|g| (**g - period).abs() <= tolerance).count();
    gaps.clear();
    if (regular as f64) < o.regularity * (bursts.len() - 1) as f64 {
        return None;
    }
    let calls: u64 = secs.values().map(|n| *n as u64).sum();
    let in_bursts: u64 = bursts.iter().map(|b| b.1 as u64).sum();
    // The last burst stands for a whole period.
    let span = (last - first) as f64 + period;
    let mean = calls as f64 / span;
    let mut sizes: Vec<u32> = bursts.iter().map(|b| b.1).collect();
    let median_burst = median(&mut sizes)?;
    let share = in_bursts as f64 / calls as f64;
    if share < o.min_in_bursts
        || median_burst < o.min_burst_size
        // A burst may straddle two seconds: its size, not its busiest
        // second, is what arrives at once.
        || (median_burst as f64) < o.min_peak_to_mean * mean
    {
        return None;
    }
    Some(Herd {
        period_s: period,
        bursts: bursts.len(),
        peak_per_second: peak,
        mean_per_second: mean,
        in_bursts: share,
        median_burst,
        first_burst_s: bursts[0].0,
    })
}

#[derive(Serialize)]
struct Evidence<'a> {
    period_s: f64,
    bursts: usize,
    /// The busiest second's executions, and the mean per second over the
    /// statement's span.
    peak_per_second: u32,
    mean_per_second: f64,
    /// Executions in a typical burst, and the share of all that came in bursts.
    median_burst: u32,
    share_in_bursts: f64,
    sessions: usize,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    more_sessions: bool,
    applications: Vec<&'a str>,
    first_burst: Option<String>,
    /// What a cache in front would save: all of the statement's time.
    total_ms: f64,
}

/// The relations `sql` names, in text order, without their schema, as
/// the lexer finds them in relation positions: the table a statement is
/// about comes first (`FROM notificacoes n JOIN campanhas c`).
fn relations_in_order(sql: &str) -> Vec<String> {
    use crate::vocab::lexer::{relation_starts, tokenize, TokKind};
    let mut toks = Vec::new();
    tokenize(sql, &mut toks);
    let mut starts = Vec::new();
    relation_starts(sql, &toks, &mut starts);
    let name = |i: usize| {
        let t = toks.get(i)?;
        let text = &sql[t.start..t.end];
        match t.kind {
            TokKind::Word => Some(text.to_ascii_lowercase()),
            TokKind::QuotedIdent => Some(text.trim_matches('"').replace("\"\"", "\"")),
            _ => None,
        }
    };
    let dot = |i: usize| toks.get(i).is_some_and(|t| &sql[t.start..t.end] == ".");
    (0..toks.len())
        .filter(|i| starts[*i])
        .filter_map(|i| if dot(i + 1) { name(i + 2) } else { name(i) })
        .collect()
}

pub(crate) fn run(ctx: &Context<'_>) -> Vec<Finding> {
    let o = ctx.options.synchronized_poller;
    let mut out = Vec::new();
    for (id, q) in &ctx.workload.queries {
        if q.arrivals.dense || q.arrivals.session_count() < o.min_sessions {
            continue;
        }
        let Some(h) = herd(&q.arrivals, &o) else {
            continue;
        };
        let table = ctx
            .analysis
            .facts
            .get(id)
            .and_then(|f| {
                let order = relations_in_order(&q.normalized);
                f.tables
                    .keys()
                    .filter(|t| !t.is_catalog())
                    .min_by_key(|t| order.iter().position(|r| *r == t.name).unwrap_or(usize::MAX))
            })
            .map(|t| (t.schema.clone().unwrap_or_default(), t.name.clone()))
            .unwrap_or_default();
        let sessions = q.arrivals.session_count();
        let total_ms = q.total_us as f64 / 1000.0;
        let severity = if h.peak_per_second as f64 >= 10.0 * h.mean_per_second {
            Severity::Warning
        } else {
            Severity::Info
        };
        let mut f = Finding::new(
            RuleId::SynchronizedPoller,
            severity,
            format!(
                "{}{sessions} sessions send the same statement together every {}s: {} in the busiest second against {:.1} a second on average{}",
                if q.arrivals.more_sessions { "over " } else { "" },
                h.period_s,
                h.peak_per_second,
                h.mean_per_second,
                if table.1.is_empty() {
                    String::new()
                } else {
                    format!(" ({})", table.1)
                }
            ),
            Subject {
                schema: table.0,
                table: table.1,
                columns: Vec::new(),
            },
            &format!("{id:016x}"),
        );
        f.queries = vec![format!("{id:016x}")];
        f.impact_ms = r3(total_ms);
        f.set_evidence(&Evidence {
            period_s: h.period_s,
            bursts: h.bursts,
            peak_per_second: h.peak_per_second,
            mean_per_second: r3(h.mean_per_second),
            median_burst: h.median_burst,
            share_in_bursts: r3(h.in_bursts),
            sessions,
            more_sessions: q.arrivals.more_sessions,
            applications: q.applications.0.keys().map(String::as_str).collect(),
            first_burst: crate::vocab::ts(Some(h.first_burst_s * 1000)),
            total_ms: r3(total_ms),
        });
        out.push(f);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn arrivals(secs: impl IntoIterator<Item = (i64, u32)>) -> Arrivals {
        Arrivals {
            per_second: secs.into_iter().collect(),
            sessions: (0..50).collect(),
            ..Arrivals::default()
        }
    }

    #[test]
    fn bursts_at_a_period_are_a_herd_a_steady_rate_and_a_cron_are_not() {
        let o = Options::default();
        // 50 sessions every 10 s, a few stragglers between.
        let herd_at = arrivals((0..600).map(|s| (s, if s % 10 == 0 { 48 } else { u32::from(s % 7 == 0) })));
        let h = herd(&herd_at, &o).expect("a herd");
        assert_eq!((h.period_s, h.bursts, h.peak_per_second), (10.0, 60, 48));
        // The same count spread evenly.
        let steady = arrivals((0..600).map(|s| (s, 5 + (s % 3) as u32)));
        assert_eq!(herd(&steady, &o), None);
        // A report every 20 s, one execution: too small to be a burst.
        let cron = arrivals((0..30).map(|k| (k * 20, 1)));
        assert_eq!(herd(&cron, &o), None);
        // Bursts at no period.
        let ragged = arrivals([0, 3, 17, 19, 40, 41 + 30, 130, 131 + 60].map(|s| (s, 40)));
        assert_eq!(herd(&ragged, &o), None);
    }

    #[test]
    fn the_table_a_statement_is_about_comes_first() {
        assert_eq!(
            relations_in_order("SELECT n.id FROM app.notificacoes n LEFT JOIN \"Campanhas\" c ON c.id = n.campanha_id WHERE n.usuario_id = $1"),
            ["notificacoes", "Campanhas"]
        );
        assert_eq!(relations_in_order("UPDATE dispositivos SET visto_en = now() WHERE id = $1"), ["dispositivos"]);
    }
}
