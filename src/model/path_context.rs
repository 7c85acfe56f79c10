//! The `search_path` each statement ran under, as pooled connections carry
//! it from one request to the next.
//!
//! A pooled connection serves requests back to back. When some requests
//! set the tenant's path (`SET search_path`, `set_config(…, false)`) and
//! others run unqualified statements without setting it, those read the
//! tenant the previous request left. The log never says where a request
//! starts, so two traces are gathered here as the sessions settle (each
//! statement once, in order, in bounded memory):
//!
//! - the statements that ran on a connection before its first path
//!   `SET`, on connections that set one later: they ran under the default
//!   path there and under a tenant's path elsewhere;
//! - which statement came right before each path `SET` (how requests end)
//!   and right before each statement that ran under a path an earlier
//!   statement set. A statement that opens a request of its own follows
//!   request ends as the `SET`s do; one inside the `SET`'s request follows
//!   its own request's statements.
//!
//! Transaction control is transparent to both (a request's `BEGIN` or
//! `COMMIT` is not what tells requests apart), and `SET LOCAL` lasts until
//! the transaction ends.
use super::fingerprint::StatementKind;
use super::stats::QueryStats;
use super::workload::Step;
use crate::input::record::SessionId;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};

/// What a statement does to the path.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum PathKind {
    /// Sets it for the session: lasts past the request.
    Set,
    /// Sets it for the transaction only.
    SetLocal,
    /// Back to the default (`RESET`, `DISCARD ALL`, `SET … TO DEFAULT`).
    Reset,
    Begin,
    /// `COMMIT`, `END`.
    End,
    /// `ROLLBACK`, `ABORT`: a session-level `SET` made in the transaction
    /// is undone too.
    Rollback,
    /// Other transaction control (`SAVEPOINT`, `RELEASE`).
    OtherTcl,
    /// Anything else.
    Statement,
}

/// What a statement does to the path, from its text.
pub(crate) fn path_kind(q: &QueryStats) -> PathKind {
    let norm = q.normalized.trim_start().to_ascii_lowercase();
    let words: Vec<&str> = norm
        .split(|c: char| c.is_whitespace() || c == ';')
        .filter(|w| !w.is_empty())
        .take(4)
        .collect();
    let first = words.first().copied().unwrap_or("");
    match first {
        "begin" | "start" => return PathKind::Begin,
        "commit" | "end" => return PathKind::End,
        "rollback" | "abort" => {
            // `ROLLBACK TO SAVEPOINT` ends no transaction.
            return if words.get(1) == Some(&"to") {
                PathKind::OtherTcl
            } else {
                PathKind::Rollback
            };
        }
        "discard" if words.get(1) == Some(&"all") => return PathKind::Reset,
        "reset" if matches!(words.get(1), Some(&"all" | &"search_path")) => return PathKind::Reset,
        "set" => {
            let (local, name) = match words.get(1) {
                Some(&"local") => (true, words.get(2)),
                Some(&"session") => (false, words.get(2)),
                other => (false, other),
            };
            if name.is_some_and(|n| n.starts_with("search_path")) {
                let value = norm
                    .split_once(" to ")
                    .or_else(|| norm.split_once('='))
                    .map(|(_, v)| v.trim().trim_end_matches(';').trim());
                if value == Some("default") {
                    return PathKind::Reset;
                }
                return if local {
                    PathKind::SetLocal
                } else {
                    PathKind::Set
                };
            }
        }
        _ => {}
    }
    if q.kind == StatementKind::Tcl {
        return PathKind::OtherTcl;
    }
    if norm.contains("set_config") {
        if let Some(kind) = q.sample.as_deref().and_then(set_config_kind) {
            return kind;
        }
    }
    PathKind::Statement
}

/// `set_config('search_path', …, is_local)` as written with its constants.
fn set_config_kind(sample: &str) -> Option<PathKind> {
    let lower = sample.to_ascii_lowercase();
    let at = lower.find("set_config")?;
    let args = &lower[at..];
    let open = args.find('(')?;
    let rest = args[open + 1..].trim_start();
    if !rest.starts_with("'search_path'") {
        return None;
    }
    let close = rest.find(')').unwrap_or(rest.len());
    let last = rest[..close].rsplit(',').next()?.trim();
    Some(match last {
        "true" | "'t'" | "'true'" | "'on'" => PathKind::SetLocal,
        _ => PathKind::Set,
    })
}

/// Keys of [`PathTraces::before`] kept (one entry per statement that ran
/// under an inherited path and the statement right before it).
pub(crate) const MAX_TRANSITIONS: usize = 200_000;
/// Statements a connection may run before its first path `SET` that are
/// remembered for it.
const MAX_PENDING: usize = 64;
/// Distinct paths remembered per statement.
const MAX_PATHS: usize = 8;
/// Ended sessions remembered.
const MAX_ENDED: usize = 1_000_000;

/// What one statement did under paths set by others.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PathUse {
    /// Executions under a session-level path an earlier statement set.
    pub under_path: u64,
    /// Executions before the first path `SET` of a connection that set one later.
    pub default_path: u64,
    /// Hashes of the path `SET`s it ran under (up to [`MAX_PATHS`]).
    pub paths: Vec<u64>,
    /// More distinct paths than are kept.
    #[serde(default)]
    pub more_paths: bool,
    /// Executions with an inherited path, by the statement right before it
    /// (transaction control skipped, the statement itself excluded).
    pub before: BTreeMap<u64, u64>,
}

impl PathUse {
    /// Executions whose previous statement is known (`before`'s total).
    pub fn followed(&self) -> u64 {
        self.before.values().sum()
    }

    fn see_path(&mut self, p: u64) {
        if !self.paths.contains(&p) {
            if self.paths.len() < MAX_PATHS {
                self.paths.push(p);
            } else {
                self.more_paths = true;
            }
        }
    }

    fn merge(&mut self, o: &PathUse) {
        self.under_path += o.under_path;
        self.default_path += o.default_path;
        for p in &o.paths {
            self.see_path(*p);
        }
        self.more_paths |= o.more_paths;
        for (k, n) in &o.before {
            *self.before.entry(*k).or_default() += n;
        }
    }
}

/// The traces of every session, merged (digests carry these).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PathTraces {
    /// Session-level path `SET` executions.
    pub sets: u64,
    /// `SET LOCAL` (or `set_config(…, true)`) executions.
    pub local_sets: u64,
    /// Resets of the path (`DISCARD ALL`, `RESET search_path`).
    pub resets: u64,
    /// Connections that set a session-level path.
    pub sessions_setting: u64,
    /// The statement right before each session-level `SET`: how requests end.
    pub before_set: BTreeMap<u64, u64>,
    /// Per statement, what it did under paths it did not set.
    pub uses: BTreeMap<u64, PathUse>,
    /// Transitions not kept once [`MAX_TRANSITIONS`] were.
    #[serde(default)]
    pub dropped: u64,
}

impl PathTraces {
    pub fn is_empty(&self) -> bool {
        self.sets == 0 && self.local_sets == 0 && self.resets == 0
    }

    pub fn merge(&mut self, o: &PathTraces) {
        self.sets += o.sets;
        self.local_sets += o.local_sets;
        self.resets += o.resets;
        self.sessions_setting += o.sessions_setting;
        for (k, n) in &o.before_set {
            *self.before_set.entry(*k).or_default() += n;
        }
        for (k, u) in &o.uses {
            self.uses.entry(*k).or_default().merge(u);
        }
        self.dropped += o.dropped;
    }

    /// Renames fingerprints (tenant folding merged some).
    pub(crate) fn remap(&mut self, to: impl Fn(u64) -> u64) {
        let mut before_set = BTreeMap::new();
        for (k, n) in std::mem::take(&mut self.before_set) {
            *before_set.entry(to(k)).or_default() += n;
        }
        self.before_set = before_set;
        let mut uses: BTreeMap<u64, PathUse> = BTreeMap::new();
        for (k, mut u) in std::mem::take(&mut self.uses) {
            let me = to(k);
            let mut before = BTreeMap::new();
            for (p, n) in std::mem::take(&mut u.before) {
                let p = to(p);
                if p != me {
                    *before.entry(p).or_default() += n;
                }
            }
            u.before = before;
            uses.entry(me).or_default().merge(&u);
        }
        self.uses = uses;
    }
}

/// One connection's path as its statements are read.
#[derive(Debug, Clone, Default)]
pub(crate) struct SessionPath {
    /// The session-level path in force (the hash of the `SET` that set it).
    path: Option<u64>,
    in_transaction: bool,
    /// The path when the transaction began, for a rollback to restore.
    path_at_begin: Option<u64>,
    /// A `SET LOCAL` is in force until the transaction ends.
    local: bool,
    /// The last statement that was neither transaction control nor a path
    /// change since the last path change.
    previous: Option<u64>,
    /// Whether the connection set a session-level path yet.
    has_set: bool,
    /// Statements before its first `SET` (forgotten if it never sets one).
    pending: HashMap<u64, u64>,
    /// Its start is in the log: what ran before its first `SET` ran under
    /// the default path. A connection already open when the log began (or
    /// back after it was taken as ended) may have had a path set already.
    start_seen: bool,
}

/// Feeds sessions' statements, each once and in order, into the traces.
#[derive(Debug, Clone, Default)]
pub(crate) struct PathTracker {
    kinds: HashMap<u64, PathKind>,
    sessions: HashMap<SessionId, SessionPath>,
    /// Transitions kept in `traces` (bounded by [`MAX_TRANSITIONS`]).
    transitions: usize,
    /// When the log begins (its first timestamp, a connection line's
    /// included): sessions that started before were already open.
    log_start: Option<i64>,
    /// Sessions taken as ended, which may come back (idle ones), up to
    /// [`MAX_ENDED`]: their path is then unknown.
    ended: std::collections::HashSet<SessionId>,
    pub(crate) traces: PathTraces,
}

impl PathTracker {
    fn kind(&mut self, queries: &HashMap<u64, QueryStats>, fp: u64) -> PathKind {
        *self
            .kinds
            .entry(fp)
            .or_insert_with(|| queries.get(&fp).map_or(PathKind::Statement, path_kind))
    }

    /// Reads `steps`, the next statements of `session`.
    pub(crate) fn feed(
        &mut self,
        queries: &HashMap<u64, QueryStats>,
        session: SessionId,
        steps: &[Step],
    ) {
        let start_seen = session.start_ms > 0
            && self.log_start.is_some_and(|l| session.start_ms >= l)
            && !self.ended.contains(&session);
        for step in steps {
            let kind = self.kind(queries, step.fingerprint);
            let t = &mut self.traces;
            let transitions = &mut self.transitions;
            let s = self.sessions.entry(session).or_insert_with(|| SessionPath {
                start_seen,
                ..SessionPath::default()
            });
            match kind {
                PathKind::Set => {
                    t.sets += 1;
                    if let Some(p) = s.previous {
                        *t.before_set.entry(p).or_default() += 1;
                    }
                    if !s.has_set {
                        s.has_set = true;
                        t.sessions_setting += 1;
                        for (fp, n) in s.pending.drain() {
                            t.uses.entry(fp).or_default().default_path += n;
                        }
                    }
                    s.path = Some(step.values);
                    s.previous = None;
                }
                PathKind::SetLocal => {
                    t.local_sets += 1;
                    s.local = s.in_transaction;
                    s.previous = None;
                }
                PathKind::Reset => {
                    t.resets += 1;
                    s.path = None;
                    s.local = false;
                    s.previous = None;
                }
                PathKind::Begin => {
                    s.in_transaction = true;
                    s.path_at_begin = s.path;
                }
                PathKind::End => {
                    s.in_transaction = false;
                    s.local = false;
                }
                PathKind::Rollback => {
                    if s.in_transaction {
                        s.path = s.path_at_begin;
                    }
                    s.in_transaction = false;
                    s.local = false;
                }
                PathKind::OtherTcl => {}
                PathKind::Statement => {
                    let fp = step.fingerprint;
                    match s.path {
                        Some(path) if !s.local => {
                            let u = t.uses.entry(fp).or_default();
                            u.under_path += 1;
                            u.see_path(path);
                            if let Some(p) = s.previous.filter(|p| *p != fp) {
                                if let Some(n) = u.before.get_mut(&p) {
                                    *n += 1;
                                } else if *transitions < MAX_TRANSITIONS {
                                    *transitions += 1;
                                    u.before.insert(p, 1);
                                } else {
                                    t.dropped += 1;
                                }
                            }
                        }
                        None if !s.has_set
                            && !s.local
                            && s.start_seen
                            && (s.pending.len() < MAX_PENDING || s.pending.contains_key(&fp)) =>
                        {
                            *s.pending.entry(fp).or_default() += 1;
                        }
                        _ => {}
                    }
                    s.previous = Some(fp);
                }
            }
        }
    }

    /// Takes over another reading's traces and its sessions in flight (the
    /// same session in both, a rotated log: the state read first stays).
    pub(crate) fn absorb(&mut self, o: PathTracker) {
        self.traces.merge(&o.traces);
        // The same session in both (a rotated log): the later reading's
        // state is the newer one.
        self.sessions.extend(o.sessions);
        self.transitions += o.transitions;
        self.log_start = match (self.log_start, o.log_start) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        self.ended.extend(o.ended);
    }

    /// The log begins at `ts_ms` (or earlier).
    pub(crate) fn log_starts(&mut self, ts_ms: Option<i64>) {
        if let Some(t) = ts_ms {
            self.log_start = Some(self.log_start.map_or(t, |l| l.min(t)));
        }
    }

    /// Forgets an ended session.
    pub(crate) fn end(&mut self, session: SessionId) {
        self.sessions.remove(&session);
        if self.ended.len() < MAX_ENDED {
            self.ended.insert(session);
        }
    }

    /// The tracker of the sessions `keep` selects (one database's), with
    /// the traces settled so far.
    pub(crate) fn only(&self, keep: impl Fn(&SessionId) -> bool) -> PathTracker {
        PathTracker {
            kinds: self.kinds.clone(),
            sessions: self
                .sessions
                .iter()
                .filter(|(id, _)| keep(id))
                .map(|(id, s)| (*id, s.clone()))
                .collect(),
            transitions: self.transitions,
            log_start: self.log_start,
            ended: self.ended.clone(),
            traces: self.traces.clone(),
        }
    }

    /// Renames fingerprints (tenant folding merged some).
    pub(crate) fn remap(&mut self, to: impl Fn(u64) -> u64) {
        self.kinds.clear();
        for s in self.sessions.values_mut() {
            s.previous = s.previous.map(&to);
            let mut pending = HashMap::new();
            for (fp, n) in s.pending.drain() {
                *pending.entry(to(fp)).or_default() += n;
            }
            s.pending = pending;
        }
        self.traces.remap(to);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stats(sql: &str) -> QueryStats {
        let mut q = QueryStats::new(sql.to_owned(), StatementKind::Select);
        q.sample = Some(sql.to_owned());
        q
    }

    #[test]
    fn what_each_statement_does_to_the_path() {
        let kinds = [
            ("SET search_path TO tenant_a, public", PathKind::Set),
            ("set session search_path = tenant_a", PathKind::Set),
            ("SET LOCAL search_path TO tenant_a", PathKind::SetLocal),
            ("SET search_path TO DEFAULT", PathKind::Reset),
            ("RESET search_path", PathKind::Reset),
            ("DISCARD ALL", PathKind::Reset),
            (
                "SELECT set_config('search_path', 'tenant_a', false)",
                PathKind::Set,
            ),
            (
                "SELECT set_config('search_path', $1, true)",
                PathKind::SetLocal,
            ),
            (
                "SELECT set_config('work_mem', '64MB', false)",
                PathKind::Statement,
            ),
            ("SET work_mem = '64MB'", PathKind::Statement),
            ("BEGIN", PathKind::Begin),
            ("COMMIT", PathKind::End),
            ("ROLLBACK", PathKind::Rollback),
            ("ROLLBACK TO SAVEPOINT a", PathKind::OtherTcl),
            ("SELECT count(*) FROM clientes", PathKind::Statement),
        ];
        for (sql, kind) in kinds {
            let mut q = stats(sql);
            if matches!(
                kind,
                PathKind::Begin | PathKind::End | PathKind::Rollback | PathKind::OtherTcl
            ) {
                q.kind = StatementKind::Tcl;
            }
            assert_eq!(path_kind(&q), kind, "{sql}");
        }
    }

    /// One connection: a dashboard before any SET, a tenant request, a
    /// dashboard after it, a SET LOCAL request, a reset, a dashboard.
    #[test]
    fn a_connection_carries_its_path_until_a_reset() {
        let texts = [
            (1, "SELECT count(*) FROM clientes"),
            (2, "SET search_path TO tenant_a, public"),
            (3, "SELECT * FROM pedidos WHERE id = 1"),
            (4, "BEGIN"),
            (5, "SET LOCAL search_path TO tenant_b"),
            (6, "COMMIT"),
            (7, "DISCARD ALL"),
        ];
        let mut queries = HashMap::new();
        for (id, sql) in texts {
            let mut q = stats(sql);
            if matches!(id, 4 | 6) {
                q.kind = StatementKind::Tcl;
            }
            queries.insert(id, q);
        }
        let step = |fp: u64| Step {
            fingerprint: fp,
            ts_ms: 0,
            duration_us: 10,
            values: fp * 100,
        };
        let session = SessionId {
            pid: 1,
            start_ms: 1000,
        };
        let mut t = PathTracker::default();
        t.log_starts(Some(1000));
        let order = [1, 2, 3, 1, 4, 5, 1, 6, 1, 7, 1];
        t.feed(&queries, session, &order.map(step));
        // A connection open before the log began: what ran before its first
        // SET may have run under a path set earlier.
        let earlier = SessionId {
            pid: 2,
            start_ms: 10,
        };
        t.feed(&queries, earlier, &[1, 2].map(step));
        let tr = &t.traces;
        assert_eq!((tr.sets, tr.local_sets, tr.resets), (2, 1, 1));
        let dash = &tr.uses[&1];
        // Before the SET; after the tenant request; after the SET LOCAL's
        // transaction (the session path again). Not under SET LOCAL, nor after the reset.
        assert_eq!((dash.default_path, dash.under_path), (1, 2));
        assert_eq!(dash.before, [(3, 1)].into_iter().collect());
        assert_eq!(tr.before_set, [(1, 2)].into_iter().collect());
    }

    /// A SET in a transaction that rolls back is undone with it.
    #[test]
    fn a_rolled_back_set_leaves_no_path() {
        let mut queries = HashMap::new();
        for (id, sql, tcl) in [
            (1, "SELECT count(*) FROM clientes", false),
            (2, "SET search_path TO tenant_a", false),
            (4, "BEGIN", true),
            (8, "ROLLBACK", true),
        ] {
            let mut q = stats(sql);
            if tcl {
                q.kind = StatementKind::Tcl;
            }
            queries.insert(id, q);
        }
        let step = |fp: u64| Step {
            fingerprint: fp,
            ts_ms: 0,
            duration_us: 10,
            values: fp,
        };
        let mut t = PathTracker::default();
        let session = SessionId {
            pid: 1,
            start_ms: 0,
        };
        t.feed(&queries, session, &[4, 2, 8, 1].map(step));
        assert_eq!(t.traces.uses.get(&1).map_or(0, |u| u.under_path), 0);
        t.feed(&queries, session, &[2, 1].map(step));
        assert_eq!(t.traces.uses[&1].under_path, 1);
    }
}
