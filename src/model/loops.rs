//! Loop bursts in a session's statements: runs of one fingerprint, each
//! execution within `max_gap_ms` and `max_between` statements of the
//! previous one, with no transaction boundary between them (the rule
//! `n-plus-one` judges them).
//!
//! Bursts are found while the log is read, as each session's statements
//! settle: at a point no burst can cross (a transaction boundary, or a pause
//! longer than `max_gap_ms`) the statements before it are searched and
//! dropped, keeping the few a later burst looks back at. So memory holds the
//! sessions in flight, not the log's statements.
use super::fingerprint::StatementKind;
use super::path_context::PathTraces;
use super::session_load::Loads;
use super::stats::QueryStats;
use super::workload::{LoopBurst, SessionMeta, Sessions, Step};
use crate::input::record::SessionId;
use std::collections::{BTreeMap, HashMap, HashSet};

/// What makes a burst a loop (`--n-plus-one-*` flags, `[rules.n-plus-one]`
/// in pgadvisor.toml; the rule `n-plus-one` judges the bursts found here).
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct LoopOptions {
    /// Executions of the child in one burst.
    pub min_repetitions: usize,
    /// Longest pause between two executions of a burst.
    pub max_gap_ms: i64,
    /// Other statements allowed between two executions (MN+1 and interleaving).
    pub max_between: usize,
    /// Share of executions with values not seen before in the burst.
    pub min_distinct: f64,
    /// Longest typical wait between one execution's end and the next one's
    /// start: a loop issues the next statement as soon as the previous one
    /// returns; events arriving on their own (a sensor every half second)
    /// are spaced by the time between them.
    pub max_idle_ms: f64,
}

impl Default for LoopOptions {
    fn default() -> Self {
        Self {
            min_repetitions: 5,
            max_gap_ms: 1000,
            max_between: 6,
            min_distinct: 0.5,
            max_idle_ms: 100.0,
        }
    }
}

#[derive(Debug, Default)]
struct Open {
    last: usize,
    /// Where the child ran, with the hash of its values.
    runs: Vec<(usize, u64)>,
}

fn is_boundary(kind: StatementKind) -> bool {
    kind == StatementKind::Tcl
}

/// One session's statements, as the burst finder sees them.
struct SessionSteps<'a> {
    queries: &'a HashMap<u64, QueryStats>,
    meta: Option<&'a SessionMeta>,
    session: SessionId,
    steps: &'a [Step],
    o: &'a LoopOptions,
}

impl SessionSteps<'_> {
    fn kind(&self, fp: u64) -> StatementKind {
        self.queries
            .get(&fp)
            .map_or(StatementKind::Other, |q| q.kind)
    }

    fn duration_us(&self, i: usize) -> u64 {
        match self.steps[i].duration_us {
            u32::MAX => 0,
            d => d as u64,
        }
    }

    /// How often each other statement ran between the first and last of `runs`.
    fn others(&self, fp: u64, runs: &[(usize, u64)]) -> BTreeMap<u64, usize> {
        let mut others: BTreeMap<u64, usize> = BTreeMap::new();
        if let (Some(first), Some(last)) = (runs.first(), runs.last()) {
            for s in &self.steps[first.0..=last.0] {
                if s.fingerprint != fp {
                    *others.entry(s.fingerprint).or_default() += 1;
                }
            }
        }
        others
    }

    /// The parent: the closest earlier read that is neither the child nor a
    /// sibling repeating with it (MN+1: the other children).
    fn parent_of(&self, fp: u64, runs: &[(usize, u64)]) -> Option<u64> {
        self.parent_candidates(fp, runs).first().copied()
    }

    /// The reads before the burst that may be its parent, closest first:
    /// the closest is not always the one whose rows feed the loop (a page
    /// reads the posts, then their tags in one query, then loops over the
    /// posts); the rule picks the one that supplies the child's values.
    fn parent_candidates(&self, fp: u64, runs: &[(usize, u64)]) -> Vec<u64> {
        let others = self.others(fp, runs);
        let Some(start) = runs.first().map(|r| r.0) else {
            return Vec::new();
        };
        let mut out: Vec<u64> = Vec::new();
        for s in self.steps[..start]
            .iter()
            .rev()
            .take(self.o.max_between + 1)
        {
            if s.fingerprint != fp
                && self.kind(s.fingerprint) == StatementKind::Select
                && others
                    .get(&s.fingerprint)
                    .is_none_or(|&n| n * 2 < runs.len())
                && !out.contains(&s.fingerprint)
            {
                out.push(s.fingerprint);
            }
        }
        out
    }

    /// A burst as found: on a pooled connection that serves requests back to
    /// back, one request's loop runs into the next one's (its parent runs a
    /// few statements after the last child). A loop ends where its parent
    /// runs again, so the burst is cut at every execution of the parent and
    /// each piece judged alone.
    fn close(&self, fp: u64, b: Open, out: &mut Vec<LoopBurst>) {
        if b.runs.len() < self.o.min_repetitions {
            return;
        }
        let parent = self.parent_of(fp, &b.runs);
        // Between two executions of one loop run only its siblings (the
        // other per-row queries, about as often as the child). The parent
        // running again, or any other statement that recurs in the burst (the
        // next request's user lookup, its `SET search_path`), is a request
        // boundary.
        let others = self.others(fp, &b.runs);
        let boundary = |f: u64| {
            let n = others.get(&f).copied().unwrap_or(0);
            n * 2 < b.runs.len() && (Some(f) == parent || n >= 2)
        };
        let mut pieces: Vec<&[(usize, u64)]> = Vec::new();
        let mut from = 0;
        for k in 1..b.runs.len() {
            let (prev, here) = (b.runs[k - 1].0, b.runs[k].0);
            if self.steps[prev + 1..here]
                .iter()
                .any(|s| boundary(s.fingerprint))
            {
                pieces.push(&b.runs[from..k]);
                from = k;
            }
        }
        pieces.push(&b.runs[from..]);
        for runs in pieces {
            let parent = if runs.first() == b.runs.first() {
                parent
            } else {
                self.parent_of(fp, runs)
            };
            self.judge(fp, parent, runs, out);
        }
    }

    fn judge(&self, fp: u64, parent: Option<u64>, runs: &[(usize, u64)], out: &mut Vec<LoopBurst>) {
        let distinct: HashSet<u64> = runs.iter().map(|r| r.1).collect();
        if runs.len() < self.o.min_repetitions
            || (distinct.len() as f64) < self.o.min_distinct * runs.len() as f64
        {
            return;
        }
        let (Some(first), Some(last)) = (runs.first(), runs.last()) else {
            return;
        };
        // The client's wait between executions: the time between two log
        // lines (completions) less the second statement's own duration.
        let mut idle: Vec<f64> = runs
            .windows(2)
            .map(|w| {
                let gap = (self.steps[w[1].0].ts_ms - self.steps[w[0].0].ts_ms) as f64;
                gap - self.duration_us(w[1].0) as f64 / 1000.0
            })
            .collect();
        idle.sort_by(f64::total_cmp);
        if idle
            .get(idle.len() / 2)
            .is_some_and(|m| *m > self.o.max_idle_ms)
        {
            return;
        }
        let others = self.others(fp, runs);
        let cyclic = others.values().any(|&n| n * 2 >= runs.len());
        let widest = runs
            .windows(2)
            .map(|w| w[1].0 - w[0].0 - 1)
            .max()
            .unwrap_or(0);
        let meta = self.meta;
        let mut interleaved: Vec<u64> = others
            .iter()
            .filter(|(f, &k)| k * 2 >= runs.len() && self.kind(**f) == StatementKind::Select)
            .map(|(f, _)| *f)
            .collect();
        interleaved.extend(
            self.steps[..first.0]
                .iter()
                .rev()
                .take(self.o.max_between + 1)
                .find(|s| s.fingerprint != fp && self.kind(s.fingerprint) == StatementKind::Select)
                .map(|s| s.fingerprint)
                .filter(|n| {
                    !interleaved.contains(n) && others.get(n).is_some_and(|&k| k * 2 >= runs.len())
                }),
        );
        out.push(LoopBurst {
            parent,
            child: fp,
            executions: runs.len(),
            first_ts: self.steps[first.0].ts_ms,
            last_ts: self.steps[last.0].ts_ms,
            time_us: runs.iter().map(|r| self.duration_us(r.0)).sum(),
            session: self.session,
            cyclic,
            tight: widest <= 1,
            adjacent: widest == 0,
            interleaved,
            parent_candidates: self.parent_candidates(fp, runs),
            app: meta.and_then(|m| m.app.clone()),
            user: meta.and_then(|m| m.user.clone()),
            db: meta.and_then(|m| m.db.clone()),
        });
    }
}

fn bursts_of(ss: &SessionSteps<'_>, start: usize, out: &mut Vec<LoopBurst>) {
    let (steps, o) = (ss.steps, ss.o);
    let mut open: BTreeMap<u64, Open> = BTreeMap::new();
    for (i, s) in steps.iter().enumerate().skip(start) {
        let k = ss.kind(s.fingerprint);
        if is_boundary(k) {
            for (fp, b) in std::mem::take(&mut open) {
                ss.close(fp, b, out);
            }
            continue;
        }
        if !k.reads_or_writes_rows() {
            continue;
        }
        let extend = open.get(&s.fingerprint).is_some_and(|b| {
            i - b.last - 1 <= o.max_between && s.ts_ms - steps[b.last].ts_ms <= o.max_gap_ms
        });
        if extend {
            if let Some(b) = open.get_mut(&s.fingerprint) {
                b.last = i;
                b.runs.push((i, s.values));
            }
        } else {
            if let Some(b) = open.remove(&s.fingerprint) {
                ss.close(s.fingerprint, b, out);
            }
            open.insert(
                s.fingerprint,
                Open {
                    last: i,
                    runs: vec![(i, s.values)],
                },
            );
        }
        // Bursts whose window has passed are closed, so memory stays small.
        let stale: Vec<u64> = open
            .iter()
            .filter(|(_, b)| {
                i - b.last > o.max_between + 1 || s.ts_ms - steps[b.last].ts_ms > o.max_gap_ms
            })
            .map(|(fp, _)| *fp)
            .collect();
        for fp in stale {
            if let Some(b) = open.remove(&fp) {
                ss.close(fp, b, out);
            }
        }
    }
    for (fp, b) in open {
        ss.close(fp, b, out);
    }
}

/// Unsettled statements a session gathers before its bursts are searched.
const SETTLE_EVERY: usize = 512;
/// Unsettled statements a session may hold with no point a burst cannot
/// cross (a pooled connection serving requests back to back, no pause, no
/// transaction): the session is cut there anyway, and a burst running
/// across the cut is judged as two.
pub(crate) const FORCE_CUT_AT: usize = 8192;
/// A session idle this long (by the log's own clock) is taken as ended.
const IDLE_ENDS_MS: i64 = 10 * 60 * 1000;

impl SessionSteps<'_> {
    /// The last index `c` in `from..=to` where no burst can cross: the
    /// statement before it ends a transaction, or it comes more than
    /// `max_gap_ms` after every earlier one. `latest` is the latest time of
    /// the statements before `from - 1`; the latest before `to` is returned.
    fn last_cut(&self, from: usize, to: usize, mut latest: i64) -> (Option<usize>, i64) {
        let mut cut = None;
        for c in from.max(1)..=to {
            let before = &self.steps[c - 1];
            latest = latest.max(before.ts_ms);
            if is_boundary(self.kind(before.fingerprint))
                || self.steps[c].ts_ms.saturating_sub(latest) > self.o.max_gap_ms
            {
                cut = Some(c);
            }
        }
        (cut, latest)
    }
}

/// How far a session's statements were settled and searched for a cut.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Progress {
    /// Its first `start` steps were searched and are kept only for later
    /// bursts to look back at.
    pub start: usize,
    /// No cut before this index, and the latest time of the steps before it
    /// (so a session with no cut is not scanned again from its start).
    scanned: Option<(usize, i64)>,
}

impl Progress {
    /// Its first `start` steps searched, the rest not looked at.
    #[cfg(test)]
    pub(crate) fn at(start: usize) -> Self {
        Self {
            start,
            scanned: None,
        }
    }
}

impl Sessions {
    /// Searches the sessions that ended whole, and those that gathered
    /// enough unsettled statements up to their last point no burst can
    /// cross, for bursts; drops what no later burst looks back at.
    pub(crate) fn settle(
        &mut self,
        queries: &HashMap<u64, QueryStats>,
        o: &LoopOptions,
        cap: u64,
        now_ms: Option<i64>,
        out: &mut Vec<LoopBurst>,
    ) {
        self.mark_ended(now_ms);
        self.settle_ended(queries, o, out);
        let held: usize = self.map.values().map(Vec::len).sum();
        // Over the cap, every session is cut where it stands.
        let force_all = held as u64 > cap;
        let lookback = o.max_between + 1;
        for (id, steps) in &mut self.map {
            let progress = self.settled_from.entry(*id).or_default();
            let start = progress.start;
            if steps.len() < start + if force_all { 2 } else { SETTLE_EVERY } {
                continue;
            }
            let ss = SessionSteps {
                queries,
                meta: self.meta.get(id),
                session: *id,
                steps,
                o,
            };
            // The last statement stays: its duration may come on a later line.
            let last = steps.len() - 1;
            let (from, latest) = progress.scanned.unwrap_or_else(|| {
                let before = &steps[..start];
                (
                    start + 1,
                    before.iter().map(|s| s.ts_ms).max().unwrap_or(i64::MIN),
                )
            });
            let (found, latest) = ss.last_cut(from, last, latest);
            let cut = match found {
                Some(c) => c,
                None if force_all || last - start >= FORCE_CUT_AT => {
                    self.forced_cuts += 1;
                    last
                }
                None => {
                    progress.scanned = Some((last + 1, latest));
                    continue;
                }
            };
            let ss = SessionSteps {
                steps: &steps[..cut],
                ..ss
            };
            bursts_of(&ss, start, out);
            self.paths.feed(queries, *id, &steps[start..cut]);
            self.loads
                .feed(queries, *id, self.meta.get(id), &steps[start..cut]);
            let keep_from = cut.saturating_sub(lookback);
            steps.drain(..keep_from);
            *progress = Progress {
                start: cut - keep_from,
                scanned: None,
            };
        }
    }

    /// A session also ended when its pid serves a later session, or when it
    /// has been idle long enough (no disconnection logged, or csvlog's
    /// session ids): what is left of it would otherwise stay to the end.
    fn mark_ended(&mut self, now_ms: Option<i64>) {
        let mut latest_start: HashMap<u32, i64> = HashMap::new();
        for id in self.map.keys() {
            let s = latest_start.entry(id.pid).or_insert(id.start_ms);
            *s = (*s).max(id.start_ms);
        }
        let idle_since = now_ms.map(|t| t.saturating_sub(IDLE_ENDS_MS));
        let over = self.map.iter().filter(|(id, steps)| {
            latest_start.get(&id.pid).is_some_and(|&s| s > id.start_ms)
                || idle_since
                    .zip(steps.last())
                    .is_some_and(|(since, last)| last.ts_ms < since)
        });
        let over: Vec<SessionId> = over.map(|(id, _)| *id).collect();
        self.ended.extend(over);
    }

    /// Searches each ended session whole and drops it.
    fn settle_ended(
        &mut self,
        queries: &HashMap<u64, QueryStats>,
        o: &LoopOptions,
        out: &mut Vec<LoopBurst>,
    ) {
        for id in std::mem::take(&mut self.ended) {
            let Some(steps) = self.map.remove(&id) else {
                continue;
            };
            let start = self.settled_from.remove(&id).unwrap_or_default().start;
            let meta = self.meta.remove(&id);
            let ss = SessionSteps {
                queries,
                meta: meta.as_ref(),
                session: id,
                steps: &steps,
                o,
            };
            bursts_of(&ss, start, out);
            self.paths.feed(queries, id, &steps[start..]);
            self.paths.end(id);
            self.loads.feed(queries, id, meta.as_ref(), &steps[start..]);
            self.loads.end(id);
            self.settled += 1;
            if let Some(db) = meta.and_then(|m| m.db) {
                *self.settled_by_db.entry(db).or_default() += 1;
            }
        }
    }

    /// The search_path traces of the statements settled so far and of
    /// those not settled yet (the end of the log).
    pub(crate) fn path_traces(
        &self,
        queries: &HashMap<u64, QueryStats>,
        log_start: Option<i64>,
    ) -> PathTraces {
        if self.map.is_empty() {
            return self.paths.traces.clone();
        }
        let mut rest = self.paths.clone();
        rest.log_starts(log_start);
        for (id, steps) in self.unsettled() {
            rest.feed(queries, id, steps);
        }
        rest.traces
    }

    /// Each session's statements not settled yet, in session order.
    fn unsettled(&self) -> impl Iterator<Item = (SessionId, &[Step])> {
        let mut ids: Vec<&SessionId> = self.map.keys().collect();
        ids.sort();
        ids.into_iter().map(|id| {
            let start = self.settled_from.get(id).map_or(0, |p| p.start);
            (*id, &self.map[id][start..])
        })
    }

    /// The loads per database and role of the statements settled so far
    /// and of those not settled yet, sessions still open counted open to
    /// `log_end`.
    pub(crate) fn loads(
        &self,
        queries: &HashMap<u64, QueryStats>,
        log_start: Option<i64>,
        log_end: Option<i64>,
    ) -> Loads {
        let mut rest = self.loads.clone();
        rest.log_starts(log_start);
        for (id, steps) in self.unsettled() {
            rest.feed(queries, id, self.meta.get(&id), steps);
        }
        rest.finished(log_end)
    }

    /// The bursts of the statements not settled yet (the end of the log).
    pub(crate) fn bursts(
        &self,
        queries: &HashMap<u64, QueryStats>,
        o: &LoopOptions,
    ) -> Vec<LoopBurst> {
        let mut out = Vec::new();
        let mut ids: Vec<&SessionId> = self.map.keys().collect();
        ids.sort();
        for id in ids {
            let ss = SessionSteps {
                queries,
                meta: self.meta.get(id),
                session: *id,
                steps: &self.map[id],
                o,
            };
            bursts_of(
                &ss,
                self.settled_from.get(id).map_or(0, |p| p.start),
                &mut out,
            );
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A pooled connection serving requests: each request reads a parent,
    /// loops over its rows (distinct values), sometimes inside a
    /// transaction, with pauses between some requests.
    fn requests(n: usize) -> (HashMap<u64, QueryStats>, Vec<Step>) {
        let mut queries = HashMap::new();
        for (id, kind) in [
            (1, StatementKind::Select),
            (2, StatementKind::Select),
            (3, StatementKind::Update),
            (9, StatementKind::Tcl),
        ] {
            queries.insert(id, QueryStats::new(String::new(), kind));
        }
        let mut steps = Vec::new();
        let mut ts = 0i64;
        let mut value = 0u64;
        for r in 0..n {
            let mut step = |fingerprint: u64, ts: &mut i64, value: &mut u64| {
                *ts += 1;
                *value += 1;
                steps.push(Step {
                    fingerprint,
                    ts_ms: *ts,
                    duration_us: 200,
                    values: *value,
                });
            };
            if r % 3 == 0 {
                step(9, &mut ts, &mut value);
            }
            step(1, &mut ts, &mut value);
            for _ in 0..(5 + r % 7) {
                step(2, &mut ts, &mut value);
            }
            if r % 3 == 0 {
                step(3, &mut ts, &mut value);
                step(9, &mut ts, &mut value);
            }
            if r % 5 == 0 {
                ts += 5_000;
            }
        }
        (queries, steps)
    }

    #[test]
    fn settling_as_the_log_is_read_finds_what_the_whole_session_shows() {
        let (queries, steps) = requests(2_000);
        let o = LoopOptions::default();
        let id = SessionId {
            pid: 7,
            start_ms: 1,
        };
        let mut whole = Sessions::default();
        whole.map.insert(id, steps.clone());
        let expected = whole.bursts(&queries, &o);
        assert!(expected.len() > 1_000, "{}", expected.len());

        let mut settled = Sessions::default();
        let mut found = Vec::new();
        for part in steps.chunks(97) {
            settled.map.entry(id).or_default().extend_from_slice(part);
            settled.settle(&queries, &o, u64::MAX, None, &mut found);
            assert!(settled.map[&id].len() < SETTLE_EVERY + 97 + 8);
        }
        assert!(!found.is_empty());
        found.extend(settled.bursts(&queries, &o));
        assert_eq!(found, expected);
        assert_eq!(settled.forced_cuts, 0);

        // The session ends: all of it is searched and dropped.
        settled.ended.push(id);
        let mut rest = Vec::new();
        settled.settle(&queries, &o, u64::MAX, None, &mut rest);
        assert!(settled.map.is_empty() && settled.settled_from.is_empty());
        assert_eq!(settled.count(), 1);
    }

    #[test]
    fn a_session_ends_when_its_pid_serves_another_or_it_has_long_been_idle() {
        let (queries, steps) = requests(20);
        let o = LoopOptions::default();
        let (old, new, idle) = (
            SessionId {
                pid: 5,
                start_ms: 1,
            },
            SessionId {
                pid: 5,
                start_ms: 100_000,
            },
            SessionId {
                pid: 6,
                start_ms: 1,
            },
        );
        let mut s = Sessions::default();
        s.map.insert(old, steps.clone());
        s.map.insert(idle, steps.clone());
        let mut found = Vec::new();
        s.settle(&queries, &o, u64::MAX, None, &mut found);
        assert_eq!(s.count(), 2, "nothing ended yet");
        s.map.insert(new, steps[..3].to_vec());
        let last = steps.last().map_or(0, |st| st.ts_ms);
        s.settle(&queries, &o, u64::MAX, Some(last + 1_000), &mut found);
        assert!(
            !s.map.contains_key(&old) && s.map.contains_key(&idle),
            "pid 5 serves a later session"
        );
        s.settle(
            &queries,
            &o,
            u64::MAX,
            Some(last + IDLE_ENDS_MS + 1),
            &mut found,
        );
        assert!(!s.map.contains_key(&idle), "idle ten minutes");
        assert_eq!(s.settled, 3, "the new session had gone idle too");
        assert!(found.iter().any(|b| b.session == old) && found.iter().any(|b| b.session == idle));
    }

    #[test]
    fn a_session_with_no_point_to_cut_is_cut_anyway_and_says_so() {
        let (queries, _) = requests(0);
        let id = SessionId {
            pid: 8,
            start_ms: 1,
        };
        let mut s = Sessions::default();
        let steps: Vec<Step> = (0..3 * FORCE_CUT_AT as u64)
            .map(|i| Step {
                fingerprint: 2,
                ts_ms: i as i64,
                duration_us: 100,
                values: i,
            })
            .collect();
        let mut found = Vec::new();
        for part in steps.chunks(1000) {
            s.map.entry(id).or_default().extend_from_slice(part);
            s.settle(
                &queries,
                &LoopOptions::default(),
                u64::MAX,
                None,
                &mut found,
            );
        }
        assert!(s.forced_cuts >= 2);
        assert!(s.map[&id].len() <= FORCE_CUT_AT + 1000);
        // Over the cap, every session is cut at once.
        let mut capped = Sessions::default();
        capped.map.insert(id, steps[..600].to_vec());
        capped.settle(&queries, &LoopOptions::default(), 100, None, &mut found);
        assert!(capped.map[&id].len() <= 8, "{}", capped.map[&id].len());
    }
}
