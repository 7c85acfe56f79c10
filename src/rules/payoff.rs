//! The cost model the structural rules share (`rules/README.md`, "The cost
//! model of structural advice"): what a fix saves the statements it serves
//! over the captured window, against what it costs to keep (refreshes,
//! trigger work on writes) and to put in place (a backfill). A fix is
//! proposed when it pays; the numbers go into its evidence, and a refusal
//! names the one that failed.
//!
//! Rates are per hour of the window the log covers (at least a minute); a
//! read seen fewer than `MIN_RECURRENCE` times shows no rate at all.
use serde::Serialize;

/// Reading a few precomputed rows by an index (a view lookup, a parent row
/// by its key), per execution, in server time: what the log's durations of
/// primary-key lookups show on an idle server is 0.02–0.1 ms.
pub(crate) const LOOKUP_MS: f64 = 0.1;

/// What a trigger adds to one child row written: one update of the parent
/// row by its primary key.
pub(crate) const TRIGGER_MS_PER_ROW: f64 = 0.2;

/// Scanning one child row and updating its parent in a backfill, per row.
pub(crate) const BACKFILL_MS_PER_ROW: f64 = 0.005;

/// Scanning and aggregating one row in a refresh (a sequential scan and a
/// hash aggregate run at millions of rows a second on one core).
pub(crate) const AGGREGATE_MS_PER_ROW: f64 = 0.0005;

/// Executions below which a read's rate is not inferred: a rate seen
/// once or twice may be a one-off (a report run by hand).
pub(crate) const MIN_RECURRENCE: u64 = 3;

/// Whether a read is already about as cheap as the lookup that would
/// replace it: a fix must at least halve what each read costs.
pub(crate) fn nearly_a_lookup(mean_ms: f64) -> bool {
    mean_ms < 2.0 * LOOKUP_MS
}

/// The window a workload covers.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Window {
    hours: f64,
    /// The input has no timestamps (a `pg_stat_statements` export): its
    /// counts are taken as a day's, which the evidence says.
    assumed: bool,
}

impl Window {
    pub(crate) fn of(span_seconds: Option<f64>) -> Window {
        match span_seconds.filter(|s| *s > 0.0) {
            // Under a minute, a minute: a burst is not a rate.
            Some(s) => Window {
                hours: (s / 3600.0).max(1.0 / 60.0),
                assumed: false,
            },
            None => Window {
                hours: 24.0,
                assumed: true,
            },
        }
    }

    fn per_hour(self, total: f64) -> f64 {
        total / self.hours
    }
}

/// A fix's balance, as written in its evidence.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub(crate) struct Payoff {
    /// Hours the capture covers.
    pub(crate) window_hours: f64,
    /// The capture had no timestamps: its counts were taken as a day's.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub(crate) window_assumed: bool,
    /// Statement time the fix saves, per hour.
    pub(crate) saved_ms_per_hour: f64,
    /// Time it adds to keep it right (refreshes, trigger work), per hour.
    pub(crate) cost_ms_per_hour: f64,
    /// Time to put it in place once (backfill).
    pub(crate) one_off_ms: f64,
    /// Hours of net saving that repay the one-off cost.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) break_even_hours: Option<f64>,
    /// How old the data it serves may be, in minutes (views).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) staleness_minutes: Option<u32>,
}

fn r3(x: f64) -> f64 {
    crate::model::stats::r3(x)
}

impl Payoff {
    fn new(window: Window, saved: f64, cost: f64, one_off: f64, stale: Option<u32>) -> Payoff {
        Payoff::of_rates(
            (window.hours, window.assumed),
            window.per_hour(saved),
            window.per_hour(cost),
            one_off,
            stale,
        )
    }

    /// The balance of rates per hour over a window (hours, assumed).
    fn of_rates(
        (hours, assumed): (f64, bool),
        saved: f64,
        cost: f64,
        one_off: f64,
        stale: Option<u32>,
    ) -> Payoff {
        let net = saved - cost;
        Payoff {
            window_hours: r3(hours),
            window_assumed: assumed,
            saved_ms_per_hour: r3(saved),
            cost_ms_per_hour: r3(cost),
            one_off_ms: r3(one_off),
            break_even_hours: (net > 0.0).then(|| r3(one_off / net)),
            staleness_minutes: stale,
        }
    }

    /// Two balances over the same window, added (tenants judged one by one).
    pub(crate) fn plus(&self, other: &Payoff) -> Payoff {
        Payoff::of_rates(
            (self.window_hours, self.window_assumed),
            self.saved_ms_per_hour + other.saved_ms_per_hour,
            self.cost_ms_per_hour + other.cost_ms_per_hour,
            self.one_off_ms + other.one_off_ms,
            self.staleness_minutes.or(other.staleness_minutes),
        )
    }

    /// The balances of several tenants, added (none: nothing saved).
    pub(crate) fn total<'p>(window: Window, all: impl IntoIterator<Item = &'p Payoff>) -> Payoff {
        all.into_iter()
            .fold(Payoff::new(window, 0.0, 0.0, 0.0, None), |a, b| a.plus(b))
    }

    /// Saves at least `ratio` times what it costs to keep.
    pub(crate) fn pays(&self, ratio: f64) -> bool {
        self.saved_ms_per_hour > 0.0 && self.saved_ms_per_hour >= ratio * self.cost_ms_per_hour
    }

    /// The numbers in words, for a refusal.
    pub(crate) fn describe(&self) -> String {
        let unit = if self.window_assumed {
            " per hour (counts taken as a day's: the input has no timestamps)"
        } else {
            " per hour"
        };
        format!(
            "it would save {} and cost {}{unit}",
            crate::vocab::fmt_ms(self.saved_ms_per_hour),
            crate::vocab::fmt_ms(self.cost_ms_per_hour)
        )
    }
}

/// How a rule names its fix in the refusals of the shared gates.
pub(crate) struct Wording<'a> {
    /// `a view`, `the cache`.
    pub(crate) fix: &'a str,
    /// What replaces each read: `a lookup in the view`.
    pub(crate) lookup: &'a str,
    /// Why a few runs are not enough, for this fix.
    pub(crate) few_runs: &'a str,
}

/// The gates every structural fix passes before its own balance: the read
/// recurs, each run costs more than the lookup that would replace it, and
/// the reads together would save at least `min_share` of the workload.
/// The time saved in the window, or the refusal.
pub(crate) fn worth_judging(
    reads: u64,
    mean_ms: f64,
    workload_ms: f64,
    min_share: f64,
    w: &Wording<'_>,
) -> Result<f64, String> {
    let fmt = crate::vocab::fmt_ms;
    if reads < MIN_RECURRENCE {
        return Err(format!(
            "it ran {reads} times: too few to tell a recurring read from a one-off{}",
            w.few_runs
        ));
    }
    if nearly_a_lookup(mean_ms) {
        return Err(format!(
            "each read takes {}, about what {} would: nothing to save",
            fmt(mean_ms),
            w.lookup
        ));
    }
    let saved = saved_by_lookup(reads as f64, mean_ms);
    if saved < min_share * workload_ms {
        return Err(format!(
            "{} would save {} of the workload's {} (each read takes {} against a lookup's {}): under min_share ({} %)",
            w.fix,
            fmt(saved),
            fmt(workload_ms),
            fmt(mean_ms),
            fmt(LOOKUP_MS),
            min_share * 100.0
        ));
    }
    Ok(saved)
}

/// Time saved by serving `reads` executions averaging `mean_ms` from a
/// lookup instead.
pub(crate) fn saved_by_lookup(reads: f64, mean_ms: f64) -> f64 {
    reads * (mean_ms - LOOKUP_MS).max(0.0)
}

/// A materialized view refreshed every `cadence` minutes, `refresh_ms` each.
/// Returns the shortest cadence in `cadences` whose refreshes cost at most
/// `share` of what the view saves (and leave the server idle between them
/// half the time), with its balance; `Err` with the balance of the longest
/// cadence when none does. The caller has checked that the reads recur.
pub(crate) fn view(
    window: Window,
    saved_ms: f64,
    refresh_ms: f64,
    cadences: &[u32],
    share: f64,
) -> Result<(u32, Payoff), Payoff> {
    let balance = |cadence: u32| {
        let refreshes = window.hours * 60.0 / f64::from(cadence);
        Payoff::new(window, saved_ms, refreshes * refresh_ms, 0.0, Some(cadence))
    };
    for &c in cadences {
        let p = balance(c);
        if refresh_ms * 2.0 <= f64::from(c) * 60_000.0 && p.pays(1.0 / share) {
            return Ok((c, p));
        }
    }
    Err(balance(cadences.last().copied().unwrap_or(1440)))
}

/// Columns on a parent kept by a trigger on its child: every child row
/// written pays one parent update; the backfill reads every child row once.
pub(crate) fn counter_cache(
    window: Window,
    saved_ms: f64,
    child_rows_written: f64,
    child_rows: Option<f64>,
) -> Payoff {
    Payoff::new(
        window,
        saved_ms,
        child_rows_written * TRIGGER_MS_PER_ROW,
        child_rows.unwrap_or(0.0) * BACKFILL_MS_PER_ROW,
        None,
    )
}

/// What each statement on a partitioned table adds to planning (pruning
/// the partitions), in ms.
pub(crate) const PRUNE_MS_PER_STATEMENT: f64 = 0.02;

/// What moving one row into the partitioned table costs (the copy, and its
/// share of rebuilding the indexes), in ms.
pub(crate) const MIGRATE_MS_PER_ROW: f64 = 0.01;

/// A table partitioned: the reads' and retention's time it saves, against
/// the planning every statement on it pays and the migration of its rows.
pub(crate) fn partitioning(window: Window, saved_ms: f64, statements: f64, rows: f64) -> Payoff {
    Payoff::new(
        window,
        saved_ms,
        statements * PRUNE_MS_PER_STATEMENT,
        rows * MIGRATE_MS_PER_ROW,
        None,
    )
}

/// What building an index costs per row of its table, in ms (a sort and a
/// write of each entry, `CONCURRENTLY`'s two passes over the table).
pub(crate) const INDEX_BUILD_MS_PER_ROW: f64 = 0.002;

/// An index: the time its queries save, against the maintenance the
/// window's writes pay, and its build once.
pub(crate) fn index(window: Window, saved_ms: f64, maintenance_ms: f64, rows: f64) -> Payoff {
    Payoff::new(
        window,
        saved_ms,
        maintenance_ms,
        rows * INDEX_BUILD_MS_PER_ROW,
        None,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_report_run_36_times_in_an_hour_pays_for_an_hourly_refresh() {
        let w = Window::of(Some(3600.0));
        let saved = saved_by_lookup(36.0, 4000.0);
        let (cadence, p) = view(w, saved, 4000.0, &[1, 5, 15, 60, 360, 1440], 0.1).unwrap();
        assert_eq!(cadence, 60);
        assert!(p.saved_ms_per_hour > 140_000.0 && p.cost_ms_per_hour == 4000.0);
    }

    #[test]
    fn a_view_refreshed_as_often_as_it_is_read_does_not_pay() {
        // 12 reads an hour of a 2-second aggregate: a refresh every 5
        // minutes costs what the reads cost; hourly, it pays.
        let w = Window::of(Some(3600.0));
        let saved = saved_by_lookup(12.0, 2000.0);
        let (cadence, _) = view(w, saved, 2000.0, &[5, 60], 0.1).unwrap();
        assert_eq!(cadence, 60);
        assert!(view(w, saved, 2000.0, &[5], 0.1).is_err());
    }

    #[test]
    fn a_cache_does_not_pay_when_children_are_written_more_than_read() {
        let w = Window::of(Some(600.0));
        let p = counter_cache(w, saved_by_lookup(500.0, 0.6), 20_000.0, Some(1e6));
        assert!(!p.pays(2.0));
        let p = counter_cache(w, saved_by_lookup(3000.0, 4.0), 300.0, Some(4e5));
        assert!(p.pays(2.0), "{p:?}");
        assert!(p.break_even_hours.is_some());
    }
}
