//! The workload: per-fingerprint statistics, per-session statement
//! sequences and server events, built from records by [`Aggregator`].
//!
//! Readers cut big files into chunks parsed in parallel; each chunk yields a
//! partial [`Workload`], merged in file order by [`Workload::merge_ordered`].
//! The few facts that cross a chunk edge (a `statement:` whose `duration:`
//! is in the next chunk, a session whose connection line is in an earlier
//! one) travel in [`PidCarry`] so that chunking never changes the result.
use super::events::{
    client_key, link, lock_holder, lock_key, ClientEvent, LockWaitEvent, LogEvents,
};
use super::fingerprint::{Normalizer, StatementKind, TenantPattern};
use super::path_context::PathTraces;
use super::session_load::Loads;
use super::stats::{constant_value, QueryStats, StatsSource};
use crate::input::fold::Folder;
use crate::input::message::{classify, Event, Protocol};
use crate::input::pgss::Row;
pub use crate::input::record::ReadStats;
use crate::input::record::{Record, RecordSink, SessionId, TotalsSink, Unparsed};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use xxhash_rust::xxh3::xxh3_64;

/// One statement of a session, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Step {
    pub fingerprint: u64,
    pub ts_ms: i64,
    /// Microseconds; `u32::MAX` when the duration is unknown.
    pub duration_us: u32,
    /// A hash of the statement's values (its constants, or its bind
    /// parameters): equal for two executions with the same values.
    pub values: u64,
}

/// A run of one query inside one session that looks like a loop over rows
/// (see `rules::n_plus_one`). Digests carry these instead of the sessions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LoopBurst {
    pub parent: Option<u64>,
    pub child: u64,
    pub executions: usize,
    pub first_ts: i64,
    pub last_ts: i64,
    pub time_us: u64,
    pub session: SessionId,
    /// Another statement repeats in the window about as often as the child:
    /// a repeated request or transaction, not a loop over rows.
    pub cyclic: bool,
    /// At most one other statement between two executions.
    pub tight: bool,
    /// No other statement between two executions.
    #[serde(default)]
    pub adjacent: bool,
    /// Reads that repeat inside the burst about as often as the child (and
    /// the one just before it, when it does): sibling children (MN+1), or
    /// the other statements of a one-row request served again and again on
    /// a pooled connection.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub interleaved: Vec<u64>,
    /// The reads before the burst that may be its parent, closest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub parent_candidates: Vec<u64>,
    pub app: Option<String>,
    pub user: Option<String>,
    /// The session's database, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub db: Option<String>,
}

/// A plan logged by auto_explain.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LoggedPlan {
    pub duration_us: u64,
    pub line: u64,
    pub plan: crate::plan::Plan,
    #[serde(default)]
    pub source: PlanSource,
}

/// Where a plan came from.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PlanSource {
    /// Logged by auto_explain (`line` is its line in the log).
    #[default]
    AutoExplain,
    /// `EXPLAIN ANALYZE` run by pgadvisor on a live database (`--analyze`).
    ExplainAnalyze,
}

/// Who a session is.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionMeta {
    pub user: Option<String>,
    pub db: Option<String>,
    pub app: Option<String>,
}

/// Session sequences. Statements are kept only until their session settles
/// (see [`super::loops`]), so memory holds the sessions in flight.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Sessions {
    pub map: HashMap<SessionId, Vec<Step>>,
    pub meta: HashMap<SessionId, SessionMeta>,
    /// Statements recorded.
    pub steps: u64,
    /// Per session, how many of its first steps were searched already and
    /// are kept only for later bursts to look back at.
    #[serde(skip)]
    pub(crate) settled_from: HashMap<SessionId, super::loops::Progress>,
    /// Sessions searched and dropped once they ended.
    #[serde(default)]
    pub settled: u64,
    /// Of those, per database (when known).
    #[serde(skip)]
    pub(crate) settled_by_db: HashMap<String, u64>,
    /// Times a session was cut where a burst might cross (see [`super::loops::FORCE_CUT_AT`]).
    #[serde(default)]
    pub forced_cuts: u64,
    /// Sessions that ended in the chunk, to settle at merge.
    #[serde(skip)]
    pub(crate) ended: Vec<SessionId>,
    /// The search_path each settled statement ran under.
    #[serde(skip)]
    pub(crate) paths: super::path_context::PathTracker,
    /// What each database and role asked of the server.
    #[serde(skip)]
    pub(crate) loads: super::session_load::LoadTracker,
}

impl Sessions {
    fn push(&mut self, id: SessionId, step: Step) {
        self.steps += 1;
        self.map.entry(id).or_default().push(step);
    }

    /// Sessions seen, settled or not.
    pub fn count(&self) -> u64 {
        self.map.len() as u64 + self.settled
    }
}

/// Per-pid facts that a later chunk may need.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PidState {
    /// Start of the session seen on a `connection received` line.
    pub start_ms: Option<i64>,
    pub user: Option<String>,
    pub db: Option<String>,
    pub app: Option<String>,
    /// Last statement logged without a duration, waiting for `duration:`.
    pub open_statement: Option<u64>,
    /// The session that statement belongs to, to fill in its step.
    pub open_session: Option<SessionId>,
    /// The session's last statement: what a lock holder last ran.
    pub last_statement: Option<u64>,
}

/// What crosses chunk edges, keyed by pid.
pub type PidCarry = HashMap<u32, PidState>;

/// A chunk's loose ends, resolved against the previous chunks' [`PidCarry`].
#[derive(Debug, Clone, Default)]
pub struct LooseEnds {
    /// Bare `duration:` lines of pids with no statement earlier in the chunk:
    /// pid, duration (µs) and when.
    pub leading_durations: Vec<(u32, u64, Option<i64>)>,
    /// Calls of records with no user/db/app known in the chunk: pid → fingerprint → calls.
    pub unattributed: HashMap<u32, HashMap<u64, u64>>,
    /// The chunk's own pid facts, to carry forward.
    pub carry: PidCarry,
    /// Lock waits whose holder ran nothing earlier in the chunk: lock key, holder pid.
    pub lock_holders: Vec<(String, u32)>,
    /// Connections authorized whose `connection received` is in an earlier
    /// chunk: client key, pid, when.
    pub setups: Vec<(String, u32, Option<i64>)>,
    /// Disconnections of sessions whose client (user, database,
    /// application) neither the log prefix nor the chunk tells.
    pub disconnections: Vec<LooseDisconnection>,
}

/// A disconnection waiting for its session's client from earlier chunks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LooseDisconnection {
    pub pid: u32,
    pub ts_ms: Option<i64>,
    pub session_ms: u64,
    /// What the message itself names (`user=… database=…`), used when no
    /// earlier chunk saw the session start.
    pub user: Option<String>,
    pub db: Option<String>,
}

/// The value of `key` (`user=`) among a message's space-separated words.
fn message_field<'m>(message: &'m str, key: &str) -> Option<&'m str> {
    message
        .split(' ')
        .find_map(|w| w.strip_prefix(key))
        .filter(|s| !s.is_empty())
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Workload {
    pub queries: HashMap<u64, QueryStats>,
    #[serde(skip)]
    pub sessions: Sessions,
    pub events: LogEvents,
    pub first_ts_ms: Option<i64>,
    pub last_ts_ms: Option<i64>,
    /// Log records (messages) read.
    pub records: u64,
    /// Tenant schemas found by [`super::tenants::detect_and_fold`].
    #[serde(default)]
    pub detected_tenant_schemas: std::collections::BTreeSet<String>,
    /// The pattern queries were folded with (set when the workload is
    /// complete; a digest's readers had the same configuration).
    #[serde(skip)]
    pub tenant_pattern: TenantPattern,
    /// Sessions of merged digests (their statement sequences stay with each host).
    #[serde(default)]
    pub sessions_in_digests: u64,
    /// The slowest auto_explain plan of each fingerprint.
    #[serde(default, skip_serializing_if = "HashMap::is_empty")]
    pub plans: HashMap<u64, LoggedPlan>,
    /// auto_explain entries whose plan could not be read: (line, reason), first few.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unreadable_plans: Vec<(u64, String)>,
    /// Loop bursts found in the sessions of merged digests.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub loop_bursts: Vec<LoopBurst>,
    /// Activity per minute, for the report's charts.
    #[serde(default)]
    pub timeline: super::timeline::Timeline,
    /// The search_path traces of merged digests' sessions (see
    /// [`Workload::path_traces`] for the whole workload's).
    #[serde(default, skip_serializing_if = "PathTraces::is_empty")]
    pub search_paths: PathTraces,
    /// The loads per database and role of merged digests' sessions (see
    /// [`Workload::loads`] for the whole workload's).
    #[serde(default, skip_serializing_if = "Loads::is_empty")]
    pub session_loads: Loads,
}

impl Workload {
    fn see_ts(&mut self, ts: Option<i64>) {
        super::stats::stretch(&mut self.first_ts_ms, &mut self.last_ts_ms, ts);
    }

    /// Which schemas are tenant schemas, as the queries were folded.
    pub fn tenancy(&self) -> super::tenancy::Tenancy<'_> {
        super::tenancy::Tenancy {
            pattern: &self.tenant_pattern,
            detected: &self.detected_tenant_schemas,
        }
    }

    /// Whether any statement names its database (logs with `%d`, pg_stat_statements).
    pub fn knows_databases(&self) -> bool {
        self.queries.values().any(|q| !q.databases.0.is_empty())
    }

    /// The part of the workload that ran in database `db`: its statements,
    /// plans, sessions and loops. Statements seen in several databases keep
    /// their totals (they are not split per database).
    pub fn for_database(&self, db: &str) -> Workload {
        let queries: HashMap<u64, QueryStats> = self
            .queries
            .iter()
            .filter(|(_, q)| q.databases.0.contains_key(db))
            .map(|(id, q)| (*id, q.clone()))
            .collect();
        let sessions_in_db: std::collections::HashSet<SessionId> = self
            .sessions
            .meta
            .iter()
            .filter(|(_, m)| m.db.as_deref() == Some(db))
            .map(|(id, _)| *id)
            .collect();
        let sessions = Sessions {
            map: self
                .sessions
                .map
                .iter()
                .filter(|(id, _)| sessions_in_db.contains(id))
                .map(|(id, v)| (*id, v.clone()))
                .collect(),
            meta: self
                .sessions
                .meta
                .iter()
                .filter(|(id, _)| sessions_in_db.contains(id))
                .map(|(id, m)| (*id, m.clone()))
                .collect(),
            settled_from: self
                .sessions
                .settled_from
                .iter()
                .filter(|(id, _)| sessions_in_db.contains(id))
                .map(|(id, n)| (*id, *n))
                .collect(),
            steps: 0,
            settled: self.sessions.settled_by_db.get(db).copied().unwrap_or(0),
            paths: self.sessions.paths.only(|id| sessions_in_db.contains(id)),
            // Every database's and role's: the server's load, that a
            // tenant's is weighed against.
            loads: self.sessions.loads.clone(),
            ..Sessions::default()
        };
        Workload {
            plans: self
                .plans
                .iter()
                .filter(|(id, _)| queries.contains_key(id))
                .map(|(id, p)| (*id, p.clone()))
                .collect(),
            loop_bursts: self
                .loop_bursts
                .iter()
                .filter(|b| {
                    queries.contains_key(&b.child) && b.db.as_deref().is_none_or(|d| d == db)
                })
                .cloned()
                .collect(),
            sessions,
            queries,
            events: self.events.clone(),
            first_ts_ms: self.first_ts_ms,
            last_ts_ms: self.last_ts_ms,
            records: self.records,
            detected_tenant_schemas: self.detected_tenant_schemas.clone(),
            tenant_pattern: self.tenant_pattern.clone(),
            sessions_in_digests: self.sessions_in_digests,
            unreadable_plans: Vec::new(),
            // The server's activity, not split by database.
            timeline: self.timeline.clone(),
            // Traces per statement (of the whole server; the rule reads those
            // of this database's statements); the sessions in flight are
            // fed from the tracker above.
            search_paths: self.search_paths.clone(),
            session_loads: self.session_loads.clone(),
        }
    }

    /// Adds independent data (another file, another host).
    pub fn merge(&mut self, o: Workload) {
        for (id, q) in o.queries {
            match self.queries.get_mut(&id) {
                Some(mine) => mine.merge(&q),
                None => {
                    self.queries.insert(id, q);
                }
            }
        }
        for (id, steps) in o.sessions.map {
            // The same session in another file (a rotated log): the steps
            // that file searched already are not searched again.
            let searched = match (
                self.sessions.map.contains_key(&id),
                o.sessions.settled_from.get(&id),
            ) {
                (true, Some(p)) => p.start.min(steps.len()),
                _ => 0,
            };
            self.sessions
                .map
                .entry(id)
                .or_default()
                .extend_from_slice(&steps[searched..]);
        }
        for (db, n) in o.sessions.settled_by_db {
            *self.sessions.settled_by_db.entry(db).or_default() += n;
        }
        for (id, meta) in o.sessions.meta {
            self.sessions.meta.entry(id).or_insert(meta);
        }
        self.sessions.steps += o.sessions.steps;
        self.sessions.settled += o.sessions.settled;
        self.sessions.forced_cuts += o.sessions.forced_cuts;
        self.sessions.ended.extend(o.sessions.ended);
        for (id, n) in o.sessions.settled_from {
            self.sessions.settled_from.entry(id).or_insert(n);
        }
        self.sessions.paths.absorb(o.sessions.paths);
        self.sessions.loads.absorb(o.sessions.loads);
        self.events.merge(&o.events);
        self.records += o.records;
        self.sessions_in_digests += o.sessions_in_digests;
        for (fp, p) in o.plans {
            let slower = self
                .plans
                .get(&fp)
                .is_none_or(|mine| p.duration_us > mine.duration_us);
            if slower {
                self.plans.insert(fp, p);
            }
        }
        for u in o.unreadable_plans {
            if self.unreadable_plans.len() < 10 {
                self.unreadable_plans.push(u);
            }
        }
        self.loop_bursts.extend(o.loop_bursts);
        self.timeline.merge(&o.timeline);
        self.search_paths.merge(&o.search_paths);
        self.session_loads.merge(o.session_loads);
        self.see_ts(o.first_ts_ms);
        self.see_ts(o.last_ts_ms);
    }

    /// Adds the next chunk of the same file, resolving its loose ends.
    pub fn merge_ordered(
        &mut self,
        mut next: Workload,
        loose: LooseEnds,
        carry: &mut PidCarry,
        opts: &AggregateOptions,
    ) {
        for (pid, us, ts_ms) in loose.leading_durations {
            let (open, session) = carry.get_mut(&pid).map_or((None, None), |s| {
                (s.open_statement.take(), s.open_session.take())
            });
            match open.and_then(|fp| self.queries.get_mut(&fp).map(|q| (fp, q))) {
                Some((fp, q)) => {
                    q.add_duration(us);
                    next.timeline.duration(ts_ms, us);
                    let step = session
                        .and_then(|id| self.sessions.map.get_mut(&id))
                        .and_then(|v| v.last_mut());
                    if let Some(step) = step.filter(|s| s.fingerprint == fp) {
                        step.duration_us = clamp_us(us);
                    }
                }
                None => next.events.durations_without_statement += 1,
            }
        }
        for (pid, fps) in loose.unattributed {
            let Some(st) = carry.get(&pid) else { continue };
            for (fp, calls) in fps {
                if let Some(q) = next.queries.get_mut(&fp) {
                    attribute(
                        q,
                        st.user.as_deref(),
                        st.db.as_deref(),
                        st.app.as_deref(),
                        calls,
                    );
                }
            }
        }
        for (key, pid) in loose.lock_holders {
            let last = carry.get(&pid).and_then(|s| s.last_statement);
            if let (Some(id), Some(w)) = (last, next.events.lock_waits_by.get_mut(&key)) {
                link(&mut w.holders, id, 1);
            }
        }
        for (key, pid, ts) in loose.setups {
            let start = carry.get(&pid).and_then(|s| s.start_ms);
            if let (Some(start), Some(ts), Some(c)) = (start, ts, next.events.clients.get_mut(&key))
            {
                c.setup_ms += (ts - start).max(0) as f64;
                c.setup_count += 1;
            }
        }
        for d in loose.disconnections {
            let st = carry.get(&d.pid);
            let client = ClientEvent {
                ts_ms: d.ts_ms,
                user: st.and_then(|s| s.user.as_deref()).or(d.user.as_deref()),
                db: st.and_then(|s| s.db.as_deref()).or(d.db.as_deref()),
                app: st.and_then(|s| s.app.as_deref()),
            };
            next.events.disconnected(&client, d.session_ms);
        }
        // Sessions whose start was unknown in the chunk take it from the carry.
        let unknown: Vec<SessionId> = next
            .sessions
            .map
            .keys()
            .filter(|k| k.start_ms == 0)
            .copied()
            .collect();
        let known = |id: SessionId| match carry.get(&id.pid).and_then(|s| s.start_ms) {
            Some(start_ms) if id.start_ms == 0 => SessionId { start_ms, ..id },
            _ => id,
        };
        for id in unknown {
            let k = known(id);
            if k == id {
                continue;
            }
            if let Some(meta) = next.sessions.meta.remove(&id) {
                next.sessions.meta.entry(k).or_insert(meta);
            }
            if let Some(steps) = next.sessions.map.remove(&id) {
                next.sessions.map.entry(k).or_default().extend(steps);
            }
        }
        for id in &mut next.sessions.ended {
            *id = known(*id);
        }
        for (pid, mut st) in loose.carry {
            let slot = carry.entry(pid).or_default();
            if let Some(sid) = st.open_session.as_mut().filter(|s| s.start_ms == 0) {
                sid.start_ms = st.start_ms.or(slot.start_ms).unwrap_or(0);
            }
            if st.start_ms.is_some() {
                *slot = st;
            } else {
                slot.open_statement = st.open_statement;
                slot.open_session = st.open_session;
                slot.last_statement = st.last_statement.or(slot.last_statement);
                slot.user = st.user.or(slot.user.take());
                slot.db = st.db.or(slot.db.take());
                slot.app = st.app.or(slot.app.take());
            }
        }
        self.merge(next);
        self.sessions.paths.log_starts(self.first_ts_ms);
        self.sessions.loads.log_starts(self.first_ts_ms);
        self.sessions.settle(
            &self.queries,
            &opts.loops,
            opts.max_session_steps,
            self.last_ts_ms,
            &mut self.loop_bursts,
        );
    }

    /// The search_path traces of every statement: digests' and this
    /// workload's sessions', those not settled yet included.
    pub fn path_traces(&self) -> PathTraces {
        let mut t = self.sessions.path_traces(&self.queries, self.first_ts_ms);
        t.merge(&self.search_paths);
        t
    }

    /// What each database and role asked of the server: digests' and this
    /// workload's sessions', those still open counted to the log's end.
    pub fn loads(&self) -> Loads {
        let mut l = self
            .sessions
            .loads(&self.queries, self.first_ts_ms, self.last_ts_ms);
        l.merge(self.session_loads.clone());
        l
    }

    /// Seconds between the first and the last statement, when timestamps tell.
    pub fn span_seconds(&self) -> Option<f64> {
        match (self.first_ts_ms, self.last_ts_ms) {
            (Some(a), Some(b)) if b > a => Some((b - a) as f64 / 1000.0),
            _ => None,
        }
    }

    /// Total time of all timed statements, in ms.
    pub fn total_ms(&self) -> f64 {
        self.queries
            .values()
            .map(|q| q.total_us as f64)
            .sum::<f64>()
            / 1000.0
    }

    pub fn statements(&self) -> u64 {
        self.queries
            .values()
            .fold(0u64, |a, q| a.saturating_add(q.calls))
    }
}

/// A statement sample longer than this is cut (facts then come from the normalized text).
const MAX_SAMPLE_BYTES: usize = 16 << 10;

fn clamp_us(us: u64) -> u32 {
    us.min(u32::MAX as u64 - 1) as u32
}

fn attribute(q: &mut QueryStats, user: Option<&str>, db: Option<&str>, app: Option<&str>, n: u64) {
    if let Some(u) = user {
        q.users.add(u, n);
    }
    if let Some(d) = db {
        q.databases.add(d, n);
    }
    if let Some(a) = app {
        q.applications.add(a, n);
    }
}

/// Aggregation settings shared by all chunks.
#[derive(Debug, Clone)]
pub struct AggregateOptions {
    pub tenants: TenantPattern,
    /// Find schema-per-tenant layouts the pattern does not name (see [`super::tenants`]).
    pub detect_tenants: bool,
    /// Session steps held at once before every session is cut (bounds memory).
    pub max_session_steps: u64,
    /// What makes a burst a loop, for sessions settled while reading.
    pub loops: super::loops::LoopOptions,
}

impl Default for AggregateOptions {
    fn default() -> Self {
        Self {
            tenants: TenantPattern::default(),
            detect_tenants: true,
            max_session_steps: 1_000_000,
            loops: super::loops::LoopOptions::default(),
        }
    }
}

/// Folds records into a partial workload. One per chunk (or per file).
pub struct Aggregator {
    norm: Normalizer,
    pub workload: Workload,
    pub stats: ReadStats,
    pub loose: LooseEnds,
    tenant_buf: String,
}

impl Aggregator {
    pub fn new(opts: &AggregateOptions) -> Self {
        Self {
            norm: Normalizer::new(opts.tenants.clone()),
            workload: Workload::default(),
            stats: ReadStats::default(),
            loose: LooseEnds::default(),
            tenant_buf: String::new(),
        }
    }

    /// Splits into the chunk's results.
    pub fn finish(self) -> (Workload, ReadStats, LooseEnds) {
        (self.workload, self.stats, self.loose)
    }

    /// Records a statement with known totals (pg_stat_statements, `.sql`).
    pub fn add_aggregate(&mut self, sql: &str, build: impl FnOnce(&mut QueryStats)) {
        let (id, kind) = self.intern(sql);
        if let Some(q) = self.workload.queries.get_mut(&id) {
            let mut one = QueryStats::new(String::new(), kind);
            one.min_us = u64::MAX;
            build(&mut one);
            if !self.tenant_buf.is_empty() {
                one.tenants.add(&self.tenant_buf, one.calls);
            }
            q.merge(&one);
        }
        self.workload.records += 1;
        self.stats.records += 1;
    }

    /// Fingerprints `sql`, keeps its tenant in `tenant_buf`, and makes sure
    /// the workload has an entry for it (created with no calls).
    fn intern(&mut self, sql: &str) -> (u64, StatementKind) {
        let (fp, tenant) = self.norm.fingerprint(sql);
        self.tenant_buf.clear();
        if let Some(t) = tenant {
            self.tenant_buf.push_str(t);
        }
        let constants: Vec<(u32, usize, usize)> = self.norm.constant_ranges().to_vec();
        let bound: Vec<u32> = self.norm.param_positions().to_vec();
        if !self.workload.queries.contains_key(&fp.id) {
            let order = self.norm.placeholder_order().to_vec();
            let text = self.norm.normalized(sql);
            let mut q = QueryStats::new(text, fp.kind);
            q.placeholder_order = order;
            q.sample =
                Some(crate::vocab::sql_names::truncate_bytes(sql, MAX_SAMPLE_BYTES).to_owned());
            self.workload.queries.insert(fp.id, q);
        }
        if let Some(q) = self.workload.queries.get_mut(&fp.id) {
            q.bound_positions.extend(bound);
            // Empty when this text was keyed just before; a full set is not re-read.
            for (k, a, b) in constants {
                let seen = q.constants.entry(k).or_default();
                if !seen.more {
                    if let Some(t) = sql.get(a..b) {
                        seen.add(&constant_value(t));
                    }
                }
            }
        }
        (fp.id, fp.kind)
    }

    /// The statistics of `sql`'s fingerprint, created (with no calls) if new.
    fn stats_for(&mut self, sql: &str) -> &mut QueryStats {
        let (id, kind) = self.intern(sql);
        self.workload
            .queries
            .entry(id)
            .or_insert_with(|| QueryStats::new(String::new(), kind))
    }

    fn session_of(&self, r: &Record<'_>, pid: u32) -> SessionId {
        if let Some(s) = r.session {
            return s;
        }
        let start = self
            .loose
            .carry
            .get(&pid)
            .and_then(|s| s.start_ms)
            .unwrap_or(0);
        SessionId {
            pid,
            start_ms: start,
        }
    }

    fn query(
        &mut self,
        r: &Record<'_>,
        protocol: Protocol,
        duration_us: Option<u64>,
        sql: &str,
        params: Option<&str>,
    ) {
        let (id, _) = self.intern(sql);
        let Some(q) = self.workload.queries.get_mut(&id) else {
            return;
        };
        if protocol == Protocol::ParseBind {
            q.parse_bind_us = q.parse_bind_us.saturating_add(duration_us.unwrap_or(0));
            return;
        }
        q.calls += 1;
        q.seen_at(r.ts_ms);
        q.arrivals.see(r.ts_ms, r.pid);
        if let Some(d) = duration_us {
            q.add_duration(d);
            self.workload.timeline.duration(r.ts_ms, d);
        }
        self.workload.timeline.statement(r.ts_ms);
        if !self.tenant_buf.is_empty() {
            q.tenants.add(&self.tenant_buf, 1);
        }
        let pid_state = r.pid.and_then(|p| self.loose.carry.get(&p));
        let user = r.user.or_else(|| pid_state.and_then(|s| s.user.as_deref()));
        let db = r.db.or_else(|| pid_state.and_then(|s| s.db.as_deref()));
        let app = r.app.or_else(|| pid_state.and_then(|s| s.app.as_deref()));
        if user.is_none() && db.is_none() && app.is_none() {
            if let Some(pid) = r.pid {
                *self
                    .loose
                    .unattributed
                    .entry(pid)
                    .or_default()
                    .entry(id)
                    .or_default() += 1;
            }
        } else {
            attribute(q, user, db, app, 1);
        }
        if let Some(pid) = r.pid {
            let session = self.session_of(r, pid);
            let st = self.loose.carry.entry(pid).or_default();
            st.open_statement = duration_us.is_none().then_some(id);
            st.last_statement = Some(id);
            st.open_session = st.open_statement.map(|_| session);
            // Literals differ in the text; bind parameters in the DETAIL.
            let values = xxh3_64(sql.as_bytes())
                ^ params.map_or(0, |p| xxh3_64(p.as_bytes()).rotate_left(17));
            let step = Step {
                fingerprint: id,
                ts_ms: r.ts_ms.unwrap_or(0),
                duration_us: duration_us.map_or(u32::MAX, clamp_us),
                values,
            };
            if !self.workload.sessions.meta.contains_key(&session) {
                let st = self.loose.carry.get(&pid);
                let pick = |own: Option<&str>, carried: Option<&String>| {
                    own.map(str::to_owned).or_else(|| carried.cloned())
                };
                let meta = SessionMeta {
                    user: pick(r.user, st.and_then(|s| s.user.as_ref())),
                    db: pick(r.db, st.and_then(|s| s.db.as_ref())),
                    app: pick(r.app, st.and_then(|s| s.app.as_ref())),
                };
                self.workload.sessions.meta.insert(session, meta);
            }
            self.workload.sessions.push(session, step);
        }
    }
}

impl TotalsSink for Aggregator {
    fn counted(&mut self, row: Row) {
        let calls = row.calls.max(0.0) as u64;
        self.add_aggregate(&row.query, |q| {
            q.source = StatsSource::PgStatStatements;
            q.calls = calls;
            q.timed_calls = calls;
            q.total_us = (row.total_ms * 1000.0).max(0.0) as u64;
            let mean = if calls > 0 {
                row.total_ms / calls as f64
            } else {
                0.0
            };
            q.min_us = (row.min_ms.unwrap_or(mean) * 1000.0) as u64;
            q.max_us = (row.max_ms.unwrap_or(mean) * 1000.0) as u64;
            q.stddev_ms = row.stddev_ms;
            q.rows = row.rows.map(|r| r as u64);
            if let Some(d) = &row.db {
                q.databases.add(d, calls);
            }
            if let Some(u) = &row.user {
                q.users.add(u, calls);
            }
        });
    }

    fn listed(&mut self, sql: &str) {
        self.add_aggregate(sql, |q| {
            q.source = StatsSource::SqlFile;
            q.calls = 1;
        });
    }
}

/// A file's workload as its chunks are merged, with the per-pid facts the
/// next chunk may need.
#[derive(Debug, Default)]
pub struct Folded {
    pub workload: Workload,
    carry: PidCarry,
}

/// The readers fold records into workloads with these settings.
impl Folder for AggregateOptions {
    type Fold<'a> = Aggregator;
    type Part = (Workload, LooseEnds);
    type Whole = Folded;

    fn start(&self) -> Aggregator {
        Aggregator::new(self)
    }

    fn finish(&self, fold: Aggregator) -> (Self::Part, ReadStats) {
        let (w, stats, loose) = fold.finish();
        ((w, loose), stats)
    }

    fn whole((workload, _): Self::Part) -> Folded {
        // A whole-file export has no chunk edges to settle.
        Folded {
            workload,
            carry: PidCarry::default(),
        }
    }

    fn append(&self, whole: &mut Folded, (w, loose): Self::Part) {
        whole
            .workload
            .merge_ordered(w, loose, &mut whole.carry, self);
    }
}

impl Workload {
    /// The workload of pg_stat_statements rows read from a live database.
    pub fn from_rows(rows: Vec<Row>, opts: &AggregateOptions) -> Workload {
        let mut a = Aggregator::new(opts);
        for r in rows {
            a.counted(r);
        }
        a.finish().0
    }
}

/// Reads one file into a workload (see [`crate::input::read_path`]).
pub fn read_path(
    path: &std::path::Path,
    opts: &crate::input::ReadOptions,
    aggregate: &AggregateOptions,
    on_read: Box<dyn FnMut(u64) + Send>,
) -> crate::error::Result<(Workload, crate::input::InputSummary)> {
    crate::input::read_path(path, opts, aggregate, on_read).map(|(f, s)| (f.workload, s))
}

impl RecordSink for Aggregator {
    fn record(&mut self, r: &Record<'_>) {
        self.workload.records += 1;
        self.stats.records += 1;
        self.workload.see_ts(r.ts_ms);
        let sev = r.severity.map_or("LOG", |s| s.as_str());
        match self.workload.events.by_severity.get_mut(sev) {
            Some(n) => *n += 1,
            None => {
                self.workload.events.by_severity.insert(sev.to_owned(), 1);
            }
        }
        match classify(r) {
            Event::Query {
                protocol,
                duration_us,
                sql,
                params,
            } => self.query(r, protocol, duration_us, sql, params),
            Event::BareDuration { duration_us } => {
                let Some(pid) = r.pid else {
                    self.workload.events.durations_without_statement += 1;
                    return;
                };
                match self.loose.carry.get_mut(&pid) {
                    Some(st) => match st.open_statement.take() {
                        Some(fp) => {
                            if let Some(q) = self.workload.queries.get_mut(&fp) {
                                q.add_duration(duration_us);
                            }
                            self.workload.timeline.duration(r.ts_ms, duration_us);
                            // The session step was recorded without a duration; fill it in.
                            let session = self.session_of(r, pid);
                            if let Some(last) = self
                                .workload
                                .sessions
                                .map
                                .get_mut(&session)
                                .and_then(|v| v.last_mut())
                            {
                                if last.fingerprint == fp {
                                    last.duration_us = clamp_us(duration_us);
                                    // As a statement logged with its duration:
                                    // at its end (the session's idle gaps
                                    // are measured between an end and the
                                    // next start).
                                    if let Some(ts) = r.ts_ms {
                                        last.ts_ms = last.ts_ms.max(ts);
                                    }
                                }
                            }
                        }
                        None => self.workload.events.durations_without_statement += 1,
                    },
                    None => self
                        .loose
                        .leading_durations
                        .push((pid, duration_us, r.ts_ms)),
                }
            }
            Event::Plan { duration_us, plan } => {
                self.workload.events.auto_explain_plans += 1;
                match crate::plan::parse(plan) {
                    Ok(p) => {
                        // The query text travels with the plan; without it, it is not tied to a fingerprint.
                        let Some(sql) = p.query.clone() else {
                            self.workload.events.auto_explain_without_query += 1;
                            return;
                        };
                        let (id, _) = self.intern(&sql);
                        let slower = self
                            .workload
                            .plans
                            .get(&id)
                            .is_none_or(|mine| duration_us > mine.duration_us);
                        if slower {
                            self.workload.plans.insert(
                                id,
                                LoggedPlan {
                                    duration_us,
                                    line: r.line,
                                    plan: p,
                                    source: PlanSource::AutoExplain,
                                },
                            );
                        }
                    }
                    Err(e) => {
                        self.workload.events.auto_explain_unread += 1;
                        if self.workload.unreadable_plans.len() < 10 {
                            self.workload.unreadable_plans.push((r.line, e.to_string()));
                        }
                    }
                }
            }
            Event::ConnectionReceived => {
                self.workload.events.connections_received += 1;
                self.workload.timeline.connection(r.ts_ms);
                if let Some(pid) = r.pid {
                    // A new session on this pid: forget the previous one's facts.
                    self.loose.carry.insert(
                        pid,
                        PidState {
                            start_ms: Some(r.ts_ms.unwrap_or(0)),
                            ..Default::default()
                        },
                    );
                }
            }
            Event::ConnectionAuthorized => {
                let mut setup_ms = None;
                if let Some(pid) = r.pid {
                    let st = self.loose.carry.entry(pid).or_default();
                    if let (Some(start), Some(ts)) = (st.start_ms, r.ts_ms) {
                        setup_ms = Some((ts - start).max(0) as f64);
                    }
                    let field = |k: &str| message_field(&r.message, k).map(str::to_owned);
                    st.user = r.user.map(str::to_owned).or_else(|| field("user="));
                    st.db = r.db.map(str::to_owned).or_else(|| field("database="));
                    st.app = r
                        .app
                        .map(str::to_owned)
                        .or_else(|| field("application_name="));
                }
                let st = r.pid.and_then(|p| self.loose.carry.get(&p));
                let client = ClientEvent {
                    ts_ms: r.ts_ms,
                    user: st.and_then(|s| s.user.as_deref()).or(r.user),
                    db: st.and_then(|s| s.db.as_deref()).or(r.db),
                    app: st.and_then(|s| s.app.as_deref()).or(r.app),
                };
                if let (None, Some(pid)) = (setup_ms, r.pid) {
                    self.loose.setups.push((client_key(&client), pid, r.ts_ms));
                }
                self.workload.events.connected(&client, setup_ms);
            }
            Event::Disconnection { session_ms } => {
                if let Some(pid) = r.pid {
                    let ended = self.session_of(r, pid);
                    self.workload.sessions.ended.push(ended);
                }
                let st = r.pid.and_then(|p| self.loose.carry.get(&p));
                let known = |s: &PidState| s.user.is_some() || s.db.is_some() || s.app.is_some();
                let prefix_tells = r.user.is_some() || r.db.is_some() || r.app.is_some();
                if let (Some(pid), false, false) = (r.pid, prefix_tells, st.is_some_and(known)) {
                    // The session started in an earlier chunk: counted at
                    // merge under the client that chunk saw authorized.
                    self.loose.disconnections.push(LooseDisconnection {
                        pid,
                        ts_ms: r.ts_ms,
                        session_ms,
                        user: message_field(&r.message, "user=").map(str::to_owned),
                        db: message_field(&r.message, "database=").map(str::to_owned),
                    });
                    return;
                }
                let client = ClientEvent {
                    ts_ms: r.ts_ms,
                    user: r.user.or_else(|| st.and_then(|s| s.user.as_deref())),
                    db: r.db.or_else(|| st.and_then(|s| s.db.as_deref())),
                    app: r.app.or_else(|| st.and_then(|s| s.app.as_deref())),
                };
                self.workload.events.disconnected(&client, session_ms);
            }
            Event::LockWait {
                waited_ms,
                acquired,
            } => {
                let statement = r.statement.as_deref().map(|sql| self.intern(sql).0);
                let holder = lock_holder(r.detail.as_deref());
                let holder_statement = holder
                    .and_then(|p| self.loose.carry.get(&p))
                    .and_then(|s| s.last_statement);
                if let (Some(pid), None, false) = (holder, holder_statement, acquired) {
                    // The holder's statements are in an earlier chunk.
                    self.loose
                        .lock_holders
                        .push((lock_key(&r.message, statement), pid));
                }
                self.workload.events.lock_wait(&LockWaitEvent {
                    ts_ms: r.ts_ms,
                    message: &r.message,
                    statement,
                    holder_statement,
                    waited_ms,
                    acquired,
                });
            }
            Event::Deadlock => self.workload.events.deadlocks += 1,
            Event::TempFile { bytes } => {
                self.workload.events.temp_files += 1;
                self.workload.events.temp_bytes =
                    self.workload.events.temp_bytes.saturating_add(bytes);
                if let Some(q) = r.statement.as_deref().map(|sql| self.stats_for(sql)) {
                    q.temp_files += 1;
                    q.temp_bytes = q.temp_bytes.saturating_add(bytes);
                    q.temp_max_bytes = q.temp_max_bytes.max(bytes);
                }
            }
            Event::Checkpoint { complete } => {
                if complete {
                    self.workload.events.checkpoints_completed += 1;
                } else {
                    self.workload.events.checkpoints_started += 1;
                }
            }
            Event::Autovacuum { analyze, .. } => {
                if analyze {
                    self.workload.events.autoanalyze += 1;
                } else {
                    self.workload.events.autovacuum += 1;
                }
            }
            Event::Error { sqlstate } => {
                let sqlstate = sqlstate.filter(|s| *s != "00000");
                self.workload.timeline.error(r.ts_ms);
                let statement = r.statement.as_deref().map(|sql| self.intern(sql).0);
                self.workload
                    .events
                    .error(sev, sqlstate, &r.message, r.ts_ms, statement);
                if let Some(id) = statement {
                    let tenant = std::mem::take(&mut self.tenant_buf);
                    let pid_state = r.pid.and_then(|p| self.loose.carry.get(&p));
                    let user = r.user.or_else(|| pid_state.and_then(|s| s.user.as_deref()));
                    let db = r.db.or_else(|| pid_state.and_then(|s| s.db.as_deref()));
                    let app = r.app.or_else(|| pid_state.and_then(|s| s.app.as_deref()));
                    if let Some(q) = self.workload.queries.get_mut(&id) {
                        q.errors += 1;
                        if !tenant.is_empty() {
                            q.error_tenants.add(&tenant, 1);
                        }
                        // Where it failed, counted as it fails: a statement
                        // that never succeeds has no executions to share them by.
                        if let Some(u) = user {
                            q.error_users.add(u, 1);
                        }
                        if let Some(d) = db {
                            q.error_databases.add(d, 1);
                        }
                        if let Some(a) = app {
                            q.error_applications.add(a, 1);
                        }
                    }
                    self.tenant_buf = tenant;
                }
            }
            Event::Other => self.workload.events.other_messages += 1,
        }
    }

    fn unparsed(&mut self, line: u64, why: Unparsed, text: &str) {
        self.stats.unparsed(line, why, text);
    }

    fn warning(&mut self, line: u64, what: &str) {
        self.stats.warning(line, what);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::fingerprint::StatementKind;

    fn burst(child: u64, db: &str) -> LoopBurst {
        LoopBurst {
            parent: None,
            child,
            executions: 10,
            first_ts: 0,
            last_ts: 10,
            time_us: 100,
            session: SessionId {
                pid: 1,
                start_ms: 1,
            },
            cyclic: false,
            tight: true,
            adjacent: true,
            interleaved: Vec::new(),
            parent_candidates: Vec::new(),
            app: None,
            user: None,
            db: Some(db.to_owned()),
        }
    }

    /// Database per tenant, one application: each database keeps its own
    /// loops, and the sessions that settled in it.
    #[test]
    fn a_database_keeps_its_own_loops() {
        let mut w = Workload::default();
        let mut q = QueryStats::new("SELECT 1".into(), StatementKind::Select);
        q.databases.add("acme", 5);
        q.databases.add("globex", 5);
        w.queries.insert(7, q);
        w.loop_bursts = vec![burst(7, "acme"), burst(7, "globex")];
        w.sessions.settled = 2;
        w.sessions.settled_by_db.insert("acme".into(), 1);
        w.sessions.settled_by_db.insert("globex".into(), 1);
        let acme = w.for_database("acme");
        assert_eq!(acme.loop_bursts.len(), 1);
        assert_eq!(acme.loop_bursts[0].db.as_deref(), Some("acme"));
        assert_eq!(acme.sessions.count(), 1);
    }

    /// One session across two files (a rotated log): what the second file
    /// searched already is not searched again.
    #[test]
    fn a_rotated_session_is_not_searched_twice() {
        let id = SessionId {
            pid: 3,
            start_ms: 1,
        };
        let step = |i: i64| Step {
            fingerprint: 1,
            ts_ms: i,
            duration_us: 1,
            values: i as u64,
        };
        let mut a = Workload::default();
        a.sessions.map.insert(id, (0..4).map(step).collect());
        let mut b = Workload::default();
        b.sessions.map.insert(id, (10..17).map(step).collect());
        b.sessions
            .settled_from
            .insert(id, crate::model::loops::Progress::at(5));
        a.merge(b);
        let ts: Vec<i64> = a.sessions.map[&id].iter().map(|s| s.ts_ms).collect();
        assert_eq!(ts, [0, 1, 2, 3, 15, 16]);
    }
}
