//! What each database and each role asked of the server, read from its
//! sessions: statements, their time and its spread, the most sessions open
//! at once, and the time transactions sat idle between statements. This is
//! what a per-tenant limit is sized from (`CONNECTION LIMIT` from the
//! sessions, `statement_timeout` from the longest statement,
//! `idle_in_transaction_session_timeout` from the idle gaps) and what tells
//! a tenant that weighs more than its calls.
//!
//! Sessions are read as they settle (see [`super::loops`]), each statement
//! once and in order, so memory holds the sessions in flight and, per
//! database and role, a bounded count of session starts and ends.
use super::path_context::{path_kind, PathKind};
use super::stats::{QueryStats, Sketch};
use super::workload::{SessionMeta, Step};
use crate::input::record::SessionId;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};

/// A gap inside a transaction from this long counts as idle in transaction.
pub(crate) const IDLE_GAP_MS: i64 = 1_000;

/// At most this many databases and roles are kept; the rest are counted.
const MAX_UNITS: usize = 1_000;

/// Session starts and ends kept per database or role before they are
/// counted in coarser buckets (25,000 sessions at 1 ms).
const MAX_BUCKETS: usize = 50_000;

/// Sessions open at once, counted per bucket of `resolution_ms`: a session
/// counts in every bucket it touches. Past [`MAX_BUCKETS`] buckets grow
/// tenfold, and the peak becomes an upper bound at that resolution (short
/// sessions one after the other in one bucket count as open together).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Concurrency {
    pub resolution_ms: i64,
    /// Bucket → sessions opening in it.
    opens: BTreeMap<i64, u32>,
    /// Bucket → sessions closed before it (open through the bucket before).
    closes: BTreeMap<i64, u32>,
}

impl Default for Concurrency {
    fn default() -> Self {
        Concurrency {
            resolution_ms: 1,
            opens: BTreeMap::new(),
            closes: BTreeMap::new(),
        }
    }
}

impl Concurrency {
    fn add(&mut self, start_ms: i64, end_ms: i64) {
        let res_ms = self.resolution_ms.max(1);
        let first = start_ms.div_euclid(res_ms);
        let last = end_ms.max(start_ms).div_euclid(res_ms);
        *self.opens.entry(first).or_default() += 1;
        *self.closes.entry(last + 1).or_default() += 1;
        if self.opens.len() + self.closes.len() > MAX_BUCKETS {
            self.coarsen(10);
        }
    }

    /// Buckets `by` times wider: an open counts from the wider bucket that
    /// holds it, a close after the wider bucket its session touched last.
    fn coarsen(&mut self, by: i64) {
        let opens = std::mem::take(&mut self.opens);
        for (k, n) in opens {
            *self.opens.entry(k.div_euclid(by)).or_default() += n;
        }
        let closes = std::mem::take(&mut self.closes);
        for (k, n) in closes {
            // Open through bucket k - 1: through its wider bucket.
            *self.closes.entry((k - 1).div_euclid(by) + 1).or_default() += n;
        }
        self.resolution_ms = self.resolution_ms.saturating_mul(by);
    }

    fn merge(&mut self, mut o: Concurrency) {
        while self.resolution_ms < o.resolution_ms {
            self.coarsen(10);
        }
        while o.resolution_ms < self.resolution_ms {
            o.coarsen(10);
        }
        for (k, n) in o.opens {
            *self.opens.entry(k).or_default() += n;
        }
        for (k, n) in o.closes {
            *self.closes.entry(k).or_default() += n;
        }
        while self.opens.len() + self.closes.len() > MAX_BUCKETS {
            self.coarsen(10);
        }
    }

    /// The most sessions open at once, and when (ms, start of the bucket).
    pub fn peak(&self) -> Option<(u32, i64)> {
        let mut keys: Vec<i64> = self
            .opens
            .keys()
            .chain(self.closes.keys())
            .copied()
            .collect();
        keys.sort_unstable();
        keys.dedup();
        let (mut open, mut best) = (0i64, None::<(u32, i64)>);
        for k in keys {
            open -= i64::from(self.closes.get(&k).copied().unwrap_or(0));
            open += i64::from(self.opens.get(&k).copied().unwrap_or(0));
            let n = u32::try_from(open.max(0)).unwrap_or(u32::MAX);
            if best.is_none_or(|(b, _)| n > b) {
                best = Some((n, k.saturating_mul(self.resolution_ms)));
            }
        }
        best.filter(|(n, _)| *n > 0)
    }
}

/// Time transactions sat open between two statements.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct IdleInTransaction {
    /// Transactions begun (`BEGIN`, `START TRANSACTION`).
    pub transactions: u64,
    /// Gaps of at least [`IDLE_GAP_MS`].
    pub gaps: u64,
    pub total_ms: u64,
    pub max_ms: u64,
    /// The statement after which the longest gap began.
    pub max_after: Option<u64>,
}

impl IdleInTransaction {
    fn gap(&mut self, ms: i64, after: Option<u64>) {
        let Ok(ms) = u64::try_from(ms) else {
            return;
        };
        if ms < IDLE_GAP_MS as u64 {
            return;
        }
        self.gaps += 1;
        self.total_ms = self.total_ms.saturating_add(ms);
        if ms > self.max_ms {
            self.max_ms = ms;
            self.max_after = after;
        }
    }

    fn merge(&mut self, o: &IdleInTransaction) {
        self.transactions += o.transactions;
        self.gaps += o.gaps;
        self.total_ms = self.total_ms.saturating_add(o.total_ms);
        if o.max_ms > self.max_ms {
            self.max_ms = o.max_ms;
            self.max_after = o.max_after;
        }
    }
}

/// One database's or one role's part of the workload.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Load {
    /// Statements executed (transaction control included).
    pub calls: u64,
    pub timed_calls: u64,
    pub total_us: u64,
    pub max_us: u64,
    /// The statement that took `max_us`.
    pub longest: Option<u64>,
    pub sketch: Option<Sketch>,
    pub sessions: u64,
    pub concurrency: Concurrency,
    pub idle: IdleInTransaction,
    /// A database's sessions per role, a role's per database (at most
    /// [`MAX_PEERS`]; the rest under `""`).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub peers: BTreeMap<String, u64>,
}

/// Roles of a database (databases of a role) kept by name.
const MAX_PEERS: usize = 64;

impl Load {
    fn peer(&mut self, name: &str, n: u64) {
        let key = if self.peers.contains_key(name) || self.peers.len() < MAX_PEERS {
            name
        } else {
            ""
        };
        *self.peers.entry(key.to_owned()).or_default() += n;
    }

    fn statement(&mut self, step: &Step) {
        self.calls += 1;
        if step.duration_us == u32::MAX {
            return;
        }
        let us = u64::from(step.duration_us);
        self.timed_calls += 1;
        self.total_us = self.total_us.saturating_add(us);
        if us > self.max_us || self.longest.is_none() {
            self.max_us = self.max_us.max(us);
            self.longest = Some(step.fingerprint);
        }
        self.sketch
            .get_or_insert_with(Sketch::default)
            .0
            .add(us as f64 / 1000.0);
    }

    fn merge(&mut self, o: Load) {
        self.calls = self.calls.saturating_add(o.calls);
        self.timed_calls = self.timed_calls.saturating_add(o.timed_calls);
        self.total_us = self.total_us.saturating_add(o.total_us);
        if o.max_us > self.max_us || self.longest.is_none() {
            self.max_us = self.max_us.max(o.max_us);
            self.longest = o.longest.or(self.longest);
        }
        match (&mut self.sketch, o.sketch) {
            (Some(a), Some(b)) => {
                // Same parameters on both sides: merging cannot fail.
                let _ = a.0.merge(&b.0);
            }
            (slot @ None, b) => *slot = b,
            (Some(_), None) => {}
        }
        self.sessions += o.sessions;
        self.concurrency.merge(o.concurrency);
        self.idle.merge(&o.idle);
        for (k, n) in o.peers {
            self.peer(&k, n);
        }
    }

    pub fn total_ms(&self) -> f64 {
        self.total_us as f64 / 1000.0
    }

    /// The `q` quantile of its statements' durations, in ms.
    pub fn percentile_ms(&self, q: f64) -> Option<f64> {
        self.sketch.as_ref()?.0.quantile(q).ok().flatten()
    }

    fn remap(&mut self, to: &impl Fn(u64) -> u64) {
        self.longest = self.longest.map(to);
        self.idle.max_after = self.idle.max_after.map(to);
    }
}

/// Loads per database and per role.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Loads {
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub databases: BTreeMap<String, Load>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub roles: BTreeMap<String, Load>,
    /// Sessions whose database or role was past [`MAX_UNITS`].
    #[serde(default)]
    pub not_kept: u64,
}

impl Loads {
    pub fn is_empty(&self) -> bool {
        self.databases.is_empty() && self.roles.is_empty()
    }

    pub fn merge(&mut self, o: Loads) {
        for (k, l) in o.databases {
            self.databases.entry(k).or_default().merge(l);
        }
        for (k, l) in o.roles {
            self.roles.entry(k).or_default().merge(l);
        }
        self.not_kept += o.not_kept;
    }

    /// The most sessions open at once on the server: every database's, or
    /// every role's in a log that does not name databases.
    pub fn server_peak(&self) -> Option<(u32, i64)> {
        let units = if self.databases.is_empty() {
            &self.roles
        } else {
            &self.databases
        };
        let mut all = Concurrency::default();
        for l in units.values() {
            all.merge(l.concurrency.clone());
        }
        all.peak()
    }

    pub(crate) fn remap(&mut self, to: impl Fn(u64) -> u64) {
        for l in self.databases.values_mut().chain(self.roles.values_mut()) {
            l.remap(&to);
        }
    }

    fn each(&mut self, meta: &SessionMeta, mut f: impl FnMut(&mut Load)) {
        for (map, key) in [
            (&mut self.databases, meta.db.as_deref()),
            (&mut self.roles, meta.user.as_deref()),
        ] {
            let Some(key) = key else { continue };
            if let Some(l) = map.get_mut(key) {
                f(l);
            } else if map.len() < MAX_UNITS {
                f(map.entry(key.to_owned()).or_default());
            } else {
                self.not_kept += 1;
            }
        }
    }
}

/// A session in flight.
#[derive(Debug, Clone, Default)]
struct Open {
    meta: SessionMeta,
    start_ms: Option<i64>,
    end_ms: Option<i64>,
    in_transaction: bool,
    previous: Option<u64>,
}

/// Sessions kept after they were taken as ended inside a transaction.
const MAX_PARKED: usize = 10_000;

/// Sessions remembered as counted.
const MAX_CLOSED: usize = 100_000;

/// Feeds sessions' statements, each once and in order, into the loads.
#[derive(Debug, Clone, Default)]
pub(crate) struct LoadTracker {
    kinds: HashMap<u64, PathKind>,
    open: HashMap<SessionId, Open>,
    /// Sessions taken as ended (idle a long time) inside a transaction, up
    /// to [`MAX_PARKED`]: when they come back, their gap is the idle time.
    parked: HashMap<SessionId, Open>,
    /// Sessions counted already (up to [`MAX_CLOSED`]): a rotated log's
    /// earlier file still holds them open.
    closed: std::collections::HashSet<SessionId>,
    log_start: Option<i64>,
    pub(crate) loads: Loads,
}

impl LoadTracker {
    /// Reads `steps`, the next statements of `session`.
    pub(crate) fn feed(
        &mut self,
        queries: &HashMap<u64, QueryStats>,
        session: SessionId,
        meta: Option<&SessionMeta>,
        steps: &[Step],
    ) {
        if steps.is_empty() {
            return;
        }
        let log_start = self.log_start;
        if let Some(p) = self.parked.remove(&session) {
            self.open.insert(session, p);
        }
        let s = self.open.entry(session).or_insert_with(|| Open {
            meta: meta.cloned().unwrap_or_default(),
            // A connection line's time, when the log saw the session start.
            start_ms: (session.start_ms > 0 && log_start.is_none_or(|l| session.start_ms >= l))
                .then_some(session.start_ms),
            ..Open::default()
        });
        for step in steps {
            let kind = *self.kinds.entry(step.fingerprint).or_insert_with(|| {
                queries
                    .get(&step.fingerprint)
                    .map_or(PathKind::Statement, path_kind)
            });
            let took = if step.duration_us == u32::MAX {
                0
            } else {
                i64::from(step.duration_us / 1000)
            };
            let began = step.ts_ms.saturating_sub(took);
            if s.in_transaction && !matches!(kind, PathKind::Begin) {
                if let Some(end) = s.end_ms {
                    let gap = began.saturating_sub(end);
                    let after = s.previous;
                    self.loads.each(&s.meta, |l| l.idle.gap(gap, after));
                }
            }
            match kind {
                PathKind::Begin => {
                    s.in_transaction = true;
                    self.loads.each(&s.meta, |l| l.idle.transactions += 1);
                }
                PathKind::End | PathKind::Rollback => s.in_transaction = false,
                _ => {}
            }
            self.loads.each(&s.meta, |l| l.statement(step));
            s.start_ms = Some(s.start_ms.map_or(began, |t| t.min(began)));
            s.end_ms = Some(s.end_ms.map_or(step.ts_ms, |t| t.max(step.ts_ms)));
            s.previous = Some(step.fingerprint);
        }
    }

    /// An ended session: its time open counts.
    pub(crate) fn end(&mut self, session: SessionId) {
        if let Some(s) = self.open.remove(&session) {
            // Idle inside a transaction: it may come back with its COMMIT.
            if s.in_transaction && self.parked.len() < MAX_PARKED {
                self.parked.insert(session, s);
            } else {
                Self::close(&mut self.loads, &s, None);
                if self.closed.len() < MAX_CLOSED {
                    self.closed.insert(session);
                }
            }
        }
    }

    fn close(loads: &mut Loads, s: &Open, log_end: Option<i64>) {
        let (Some(start), Some(end)) = (s.start_ms, s.end_ms) else {
            return;
        };
        let end = log_end.map_or(end, |l| l.max(end));
        loads.each(&s.meta, |l| {
            l.sessions += 1;
            l.concurrency.add(start, end);
        });
        if let (Some(db), Some(role)) = (&s.meta.db, &s.meta.user) {
            if let Some(l) = loads.databases.get_mut(db) {
                l.peer(role, 1);
            }
            if let Some(l) = loads.roles.get_mut(role) {
                l.peer(db, 1);
            }
        }
    }

    /// The log begins at `ts_ms` (or earlier).
    pub(crate) fn log_starts(&mut self, ts_ms: Option<i64>) {
        if let Some(t) = ts_ms {
            self.log_start = Some(self.log_start.map_or(t, |l| l.min(t)));
        }
    }

    /// Takes over another reading's loads and its sessions in flight.
    pub(crate) fn absorb(&mut self, o: LoadTracker) {
        self.loads.merge(o.loads);
        // Counted by the other reading (a rotated log: it ended there).
        for id in &o.closed {
            self.open.remove(id);
            self.parked.remove(id);
        }
        let room = MAX_CLOSED.saturating_sub(self.closed.len());
        self.closed.extend(o.closed.into_iter().take(room));
        for (id, s) in o.open {
            if self.closed.contains(&id) {
                continue;
            }
            match self.open.get_mut(&id) {
                // The same session in both (a rotated log).
                Some(mine) => {
                    mine.start_ms = mine
                        .start_ms
                        .min(s.start_ms)
                        .or(mine.start_ms.or(s.start_ms));
                    mine.end_ms = mine.end_ms.max(s.end_ms);
                    mine.in_transaction = s.in_transaction;
                    mine.previous = s.previous;
                }
                None => {
                    self.open.insert(id, s);
                }
            }
        }
        self.log_starts(o.log_start);
        for (id, s) in o.parked {
            if !self.open.contains_key(&id)
                && !self.closed.contains(&id)
                && self.parked.len() < MAX_PARKED
            {
                self.parked.insert(id, s);
            }
        }
    }

    /// Renames fingerprints (tenant folding merged some).
    pub(crate) fn remap(&mut self, to: impl Fn(u64) -> u64) {
        self.kinds.clear();
        for s in self.open.values_mut() {
            s.previous = s.previous.map(&to);
        }
        self.loads.remap(to);
    }

    /// The loads with the sessions still open, counted open to `log_end`.
    pub(crate) fn finished(mut self, log_end: Option<i64>) -> Loads {
        for s in std::mem::take(&mut self.open).into_values() {
            Self::close(&mut self.loads, &s, log_end);
        }
        for s in std::mem::take(&mut self.parked).into_values() {
            Self::close(&mut self.loads, &s, None);
        }
        self.loads
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::fingerprint::StatementKind;

    fn q(sql: &str) -> QueryStats {
        QueryStats::new(sql.to_owned(), StatementKind::Other)
    }

    fn step(fp: u64, ts_ms: i64, ms: u32) -> Step {
        Step {
            fingerprint: fp,
            ts_ms,
            duration_us: ms * 1000,
            values: 0,
        }
    }

    fn meta(db: &str, user: &str) -> SessionMeta {
        SessionMeta {
            user: Some(user.to_owned()),
            db: Some(db.to_owned()),
            app: None,
        }
    }

    #[test]
    fn sessions_open_at_once_and_idle_transactions() {
        let queries: HashMap<u64, QueryStats> = [
            (1, q("BEGIN")),
            (2, q("SELECT * FROM t WHERE id = $1")),
            (3, q("COMMIT")),
        ]
        .into();
        let mut t = LoadTracker::default();
        t.log_starts(Some(0));
        let m = meta("a", "a_app");
        let s = |pid| SessionId { pid, start_ms: 0 };
        // Two sessions overlapping from 5 s to 20 s; a third after both.
        t.feed(
            &queries,
            s(1),
            Some(&m),
            &[step(2, 1_000, 1), step(2, 20_000, 1)],
        );
        t.feed(
            &queries,
            s(2),
            Some(&m),
            &[step(2, 5_000, 1), step(2, 30_000, 1)],
        );
        t.end(s(1));
        t.end(s(2));
        // A transaction idle 4 s between its SELECT and its COMMIT.
        t.feed(
            &queries,
            s(3),
            Some(&m),
            &[step(1, 40_000, 0), step(2, 40_010, 2), step(3, 44_010, 0)],
        );
        let loads = t.finished(Some(50_000));
        let a = &loads.databases["a"];
        assert_eq!(a.concurrency.peak().map(|p| p.0), Some(2));
        assert_eq!(a.sessions, 3);
        assert_eq!(a.calls, 7);
        assert_eq!(a.idle.transactions, 1);
        assert_eq!(a.idle.gaps, 1);
        assert_eq!(a.idle.max_ms, 4_000);
        assert_eq!(a.idle.max_after, Some(2));
        assert_eq!(loads.roles["a_app"].calls, 7);
        assert_eq!(loads.roles["a_app"].peers["a"], 3);
        assert_eq!(a.peers["a_app"], 3);
    }

    #[test]
    fn a_transaction_idle_past_the_session_cut_counts_when_its_commit_comes() {
        let queries: HashMap<u64, QueryStats> =
            [(1, q("BEGIN")), (2, q("SELECT 1")), (3, q("COMMIT"))].into();
        let mut t = LoadTracker::default();
        let m = meta("a", "a_app");
        let s = SessionId {
            pid: 7,
            start_ms: 0,
        };
        t.feed(
            &queries,
            s,
            Some(&m),
            &[step(1, 1_000, 0), step(2, 1_010, 1)],
        );
        // Taken as ended after ten minutes idle; the COMMIT comes at 15.
        t.end(s);
        t.feed(&queries, s, Some(&m), &[step(3, 901_010, 0)]);
        t.end(s);
        let loads = t.finished(Some(1_000_000));
        let a = &loads.databases["a"];
        assert_eq!(a.sessions, 1);
        assert_eq!(a.idle.max_ms, 900_000);
    }

    #[test]
    fn a_session_ended_in_the_next_file_is_counted_once() {
        let queries: HashMap<u64, QueryStats> = [(2, q("SELECT 1"))].into();
        let m = meta("a", "a_app");
        let s = SessionId {
            pid: 9,
            start_ms: 0,
        };
        let mut first = LoadTracker::default();
        first.feed(&queries, s, Some(&m), &[step(2, 1_000, 1)]);
        let mut second = LoadTracker::default();
        second.feed(&queries, s, Some(&m), &[step(2, 90_000, 1)]);
        second.end(s);
        first.absorb(second);
        let loads = first.finished(Some(100_000));
        assert_eq!(loads.databases["a"].sessions, 1);
    }

    #[test]
    fn coarser_buckets_never_lower_the_peak() {
        let mut c = Concurrency::default();
        for i in 0..40_000i64 {
            c.add(i * 1_000, i * 1_000 + 1_500);
        }
        assert!(c.resolution_ms > 1);
        let (peak, _) = c.peak().expect("a peak");
        assert!(peak >= 2, "{peak}");
        let mut d = Concurrency::default();
        d.add(0, 10_000);
        d.merge(c);
        assert!(d.peak().expect("a peak").0 >= 3);
    }
}
