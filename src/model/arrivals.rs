//! When a statement arrives, second by second, and from how many sessions:
//! what tells a herd of pollers waking together from the same statement
//! arriving at random. Memory stays bounded: a statement whose busiest
//! second holds little more than its mean rate is no herd, and its seconds
//! are dropped once that is clear (a herd with stragglers in every second
//! keeps them: its bursts stand far above its mean).
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// Seconds kept before density is judged.
const JUDGE_AFTER: usize = 600;
/// A statement whose busiest second holds less than this many times its
/// mean rate over its span (seconds with a run) arrives evenly.
const EVEN: f64 = 3.0;
/// Seconds kept at most (about 14 hours of a statement running every
/// second): past it the seconds are dropped and the statement is not judged.
const MAX_SECONDS: usize = 50_000;
/// Sessions counted at most: enough to tell a herd (10 by default) and
/// say "over 256" of it.
const MAX_SESSIONS: usize = 256;

/// Arrivals of one statement.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Arrivals {
    /// Executions per second (seconds since the epoch).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub per_second: BTreeMap<i64, u32>,
    /// It arrives evenly, or in too many seconds to keep: the seconds were dropped.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub dense: bool,
    /// Sessions (backend pids) it ran in, up to [`MAX_SESSIONS`].
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub sessions: BTreeSet<u32>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub more_sessions: bool,
    /// The executions and the busiest second's of `per_second`, kept up to
    /// date as executions come so that judging a statement each time it
    /// runs does not read all its seconds again (`None`: to count).
    #[serde(skip)]
    pub(crate) totals: Option<(u64, u32)>,
}

impl Arrivals {
    pub fn is_empty(&self) -> bool {
        self.per_second.is_empty() && !self.dense && self.sessions.is_empty()
    }

    /// One execution at `ts_ms` in session `pid`.
    pub fn see(&mut self, ts_ms: Option<i64>, pid: Option<u32>) {
        if let Some(p) = pid {
            self.session(p);
        }
        let Some(t) = ts_ms else { return };
        if self.dense {
            return;
        }
        let n = self.per_second.entry(t.div_euclid(1000)).or_default();
        *n += 1;
        let n = *n;
        if let Some((calls, peak)) = &mut self.totals {
            *calls += 1;
            *peak = (*peak).max(n);
        }
        if self.per_second.len() > JUDGE_AFTER {
            self.judge();
        }
    }

    fn session(&mut self, pid: u32) {
        if self.sessions.len() < MAX_SESSIONS {
            self.sessions.insert(pid);
        } else if !self.sessions.contains(&pid) {
            self.more_sessions = true;
        }
    }

    /// Drops the seconds of a statement that turns out dense.
    fn judge(&mut self) {
        let (Some((first, _)), Some((last, _))) = (
            self.per_second.first_key_value(),
            self.per_second.last_key_value(),
        ) else {
            return;
        };
        let span = (last - first + 1) as f64;
        let n = self.per_second.len();
        let seconds = &self.per_second;
        let (calls, peak) = *self.totals.get_or_insert_with(|| {
            (
                seconds.values().map(|c| u64::from(*c)).sum(),
                seconds.values().max().copied().unwrap_or(0),
            )
        });
        if n > MAX_SECONDS || f64::from(peak) < EVEN * calls as f64 / span {
            self.per_second.clear();
            self.totals = None;
            self.dense = true;
        }
    }

    pub fn merge(&mut self, o: &Arrivals) {
        for p in &o.sessions {
            self.session(*p);
        }
        self.more_sessions |= o.more_sessions;
        if o.dense {
            self.per_second.clear();
            self.dense = true;
        }
        if self.dense {
            return;
        }
        for (s, n) in &o.per_second {
            *self.per_second.entry(*s).or_default() += n;
        }
        self.totals = None;
        if self.per_second.len() > JUDGE_AFTER {
            self.judge();
        }
    }

    /// Sessions it ran in (a lower bound when there were more than are counted).
    pub fn session_count(&self) -> usize {
        self.sessions.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_even_statement_keeps_no_seconds_a_periodic_one_keeps_them() {
        let mut steady = Arrivals::default();
        let mut herd = Arrivals::default();
        for s in 0..2_000i64 {
            steady.see(Some(s * 1000 + 17), Some((s % 24) as u32));
            if s % 10 == 0 {
                for p in 0..50 {
                    herd.see(Some(s * 1000 + p), Some(p as u32));
                }
            }
        }
        assert!(steady.dense && steady.per_second.is_empty());
        assert_eq!(herd.per_second.len(), 200);
        // A herd with a straggler in every second keeps its seconds.
        let mut ragged = herd.clone();
        for s in 0..2_000i64 {
            ragged.see(Some(s * 1000 + 500), Some(99));
        }
        assert!(!ragged.dense && ragged.per_second.len() == 2_000);
        assert_eq!(herd.session_count(), 50);
        // Merging keeps the judgement.
        let mut both = herd.clone();
        both.merge(&steady);
        assert!(both.dense);
    }
}
