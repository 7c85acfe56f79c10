//! Server events other than statements: errors, connections, locks, temp
//! files, checkpoints, autovacuum. Counted for the report and later log rules.
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ErrorStat {
    pub count: u64,
    pub severity: String,
    /// The message with quoted names and numbers masked.
    pub message: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sqlstate: Option<String>,
    /// When it happened: first, last and the busiest minute.
    #[serde(default)]
    pub rate: MinuteRate,
    /// Fingerprints of the statements that raised it, with counts (at most [`MAX_LINKED`]).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub queries: BTreeMap<u64, u64>,
}

/// At most this many statements are linked to one error, lock or client.
pub(crate) const MAX_LINKED: usize = 10;

pub(crate) fn link(map: &mut BTreeMap<u64, u64>, id: u64, n: u64) {
    if let Some(c) = map.get_mut(&id) {
        *c += n;
    } else if map.len() < MAX_LINKED {
        map.insert(id, n);
    }
}

/// Events per minute, kept as the first minute, the last minute and the
/// busiest one, so that it stays a few numbers whatever the log's length.
/// Chunks of one file merge exactly (a minute cut in two is added back
/// together); digests of overlapping periods give a lower bound of the peak.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
pub struct MinuteRate {
    pub first_ms: Option<i64>,
    pub last_ms: Option<i64>,
    /// Events in the busiest minute, and when that minute started.
    pub peak: u64,
    pub peak_minute_ms: Option<i64>,
    #[serde(default)]
    first_count: u64,
    #[serde(default)]
    last_count: u64,
}

fn minute(ms: i64) -> i64 {
    ms.div_euclid(60_000)
}

impl MinuteRate {
    pub fn add(&mut self, ts_ms: Option<i64>) {
        let Some(ts) = ts_ms else { return };
        let m = minute(ts);
        let (Some(first), Some(last)) = (self.first_ms, self.last_ms) else {
            *self = Self {
                first_ms: Some(ts),
                last_ms: Some(ts),
                peak: 1,
                peak_minute_ms: Some(m * 60_000),
                first_count: 1,
                last_count: 1,
            };
            return;
        };
        if m == minute(last) {
            self.last_count += 1;
            if m == minute(first) {
                self.first_count += 1;
            }
            self.last_ms = Some(ts.max(last));
        } else if m > minute(last) {
            self.last_ms = Some(ts);
            self.last_count = 1;
        } else if m == minute(first) {
            // Out of order (csvlog of several backends is not sorted to the ms).
            self.first_count += 1;
            self.first_ms = Some(ts.min(first));
        }
        self.bump(self.last_count, self.last_ms);
        self.bump(self.first_count, self.first_ms);
    }

    fn bump(&mut self, count: u64, at: Option<i64>) {
        if count > self.peak {
            self.peak = count;
            self.peak_minute_ms = at.map(|t| minute(t) * 60_000);
        }
    }

    pub fn merge(&mut self, o: &MinuteRate) {
        let (Some(of), Some(ol)) = (o.first_ms, o.last_ms) else {
            return;
        };
        let (Some(sf), Some(sl)) = (self.first_ms, self.last_ms) else {
            *self = *o;
            return;
        };
        let (a, b) = if minute(sf) <= minute(of) {
            (*self, *o)
        } else {
            (*o, *self)
        };
        let (af, al, bf, bl) = (
            minute(a.first_ms.unwrap_or(sf)),
            minute(a.last_ms.unwrap_or(sl)),
            minute(b.first_ms.unwrap_or(of)),
            minute(b.last_ms.unwrap_or(ol)),
        );
        let mut out = Self {
            first_ms: Some(sf.min(of)),
            last_ms: Some(sl.max(ol)),
            peak: a.peak.max(b.peak),
            peak_minute_ms: if a.peak >= b.peak {
                a.peak_minute_ms
            } else {
                b.peak_minute_ms
            },
            first_count: a.first_count + if bf == af { b.first_count } else { 0 },
            last_count: 0,
        };
        let last = al.max(bl);
        out.last_count =
            if al == last { a.last_count } else { 0 } + if bl == last { b.last_count } else { 0 };
        // A minute cut between the two, neither end of the whole: add it back together.
        if al == bf && al != af && al != last {
            out.bump(a.last_count + b.first_count, a.last_ms);
        }
        out.bump(out.first_count, out.first_ms);
        out.bump(out.last_count, out.last_ms);
        *self = out;
    }

    /// Events per minute over the minutes from the first to the last.
    pub fn mean_per_minute(&self, count: u64) -> f64 {
        match (self.first_ms, self.last_ms) {
            (Some(f), Some(l)) => count as f64 / ((minute(l) - minute(f) + 1) as f64),
            _ => 0.0,
        }
    }
}

/// Lock waits of one statement on one kind of lock.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct LockWaitStat {
    /// `ShareLock on transaction`, `AccessExclusiveLock on relation` …
    pub lock: String,
    /// The waiting statement's fingerprint, when the log names it.
    pub statement: Option<u64>,
    /// `still waiting` messages (waits longer than deadlock_timeout).
    pub waits: u64,
    /// `acquired … after` messages, and the waits they end.
    pub acquired: u64,
    pub acquired_wait_ms: f64,
    pub max_wait_ms: f64,
    /// The last statement of the session holding the lock, with counts.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub holders: BTreeMap<u64, u64>,
    #[serde(default)]
    pub rate: MinuteRate,
}

/// Sessions of one user, database and application.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ClientStat {
    pub user: String,
    pub database: String,
    pub application: String,
    /// `connection authorized` messages.
    pub connections: u64,
    /// Connections per minute.
    #[serde(default)]
    pub rate: MinuteRate,
    /// `disconnection` messages and the session time they report.
    pub sessions_ended: u64,
    pub session_ms: u64,
    /// Sessions that lasted under a second.
    pub short_sessions: u64,
    /// From `connection received` to `connection authorized` (fork, authentication).
    pub setup_ms: f64,
    pub setup_count: u64,
}

impl ClientStat {
    fn merge(&mut self, o: &ClientStat) {
        self.connections += o.connections;
        self.rate.merge(&o.rate);
        self.sessions_ended += o.sessions_ended;
        self.session_ms = self.session_ms.saturating_add(o.session_ms);
        self.short_sessions += o.short_sessions;
        self.setup_ms += o.setup_ms;
        self.setup_count += o.setup_count;
    }
}

/// At most this many lock-wait kinds and clients are kept; the rest are counted in the totals only.
const MAX_KEYS: usize = 1000;

/// At most this many distinct error patterns are kept; the rest are counted.
const MAX_ERROR_KEYS: usize = 1000;

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct LogEvents {
    pub by_severity: BTreeMap<String, u64>,
    /// Key: SQLSTATE (when logged) and masked message.
    pub errors: BTreeMap<String, ErrorStat>,
    pub errors_not_kept: u64,
    pub connections_received: u64,
    pub connections_authorized: u64,
    pub disconnections: u64,
    pub session_time_ms: u64,
    pub lock_waits: u64,
    pub lock_acquired_after_wait: u64,
    pub lock_wait_ms: f64,
    pub deadlocks: u64,
    pub temp_files: u64,
    pub temp_bytes: u64,
    pub checkpoints_started: u64,
    pub checkpoints_completed: u64,
    pub autovacuum: u64,
    pub autoanalyze: u64,
    pub auto_explain_plans: u64,
    /// auto_explain plans that could not be read (the first few are in
    /// `Workload::unreadable_plans` with their line and reason).
    #[serde(default)]
    pub auto_explain_unread: u64,
    /// auto_explain plans read but without their `Query Text`: not tied to a statement.
    #[serde(default)]
    pub auto_explain_without_query: u64,
    /// `duration:` lines whose statement was not found (log_duration without log_statement).
    pub durations_without_statement: u64,
    /// Other server messages (startup, shutdown, configuration …).
    pub other_messages: u64,
    /// Lock waits by lock kind and waiting statement (`lock-wait`).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub lock_waits_by: BTreeMap<String, LockWaitStat>,
    /// Sessions by user, database and application (`connection-churn`).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub clients: BTreeMap<String, ClientStat>,
}

/// `ShareLock on transaction` from `process 1 still waiting for ShareLock on
/// transaction 7 after 1000.1 ms` (or `… acquired ShareLock on …`).
pub(crate) fn lock_kind(message: &str) -> String {
    let rest = message
        .split_once(" waiting for ")
        .or_else(|| message.split_once(" acquired "))
        .map_or("", |(_, r)| r);
    let mut words = rest.split(' ');
    let mode = words.next().unwrap_or("");
    match (words.next(), words.next()) {
        (Some("on"), Some(object)) => format!("{mode} on {object}"),
        _ => mode.to_owned(),
    }
}

/// The pid holding the lock, from the DETAIL `Process holding the lock: 123. Wait queue: 456.`
pub(crate) fn lock_holder(detail: Option<&str>) -> Option<u32> {
    let rest = detail?.split_once("holding the lock: ")?.1;
    rest.split(|c: char| !c.is_ascii_digit())
        .next()?
        .parse()
        .ok()
}

/// A lock wait, as the aggregator sees it.
pub struct LockWaitEvent<'a> {
    pub ts_ms: Option<i64>,
    pub message: &'a str,
    pub statement: Option<u64>,
    pub holder_statement: Option<u64>,
    pub waited_ms: f64,
    pub acquired: bool,
}

/// A session event, as the aggregator sees it.
pub struct ClientEvent<'a> {
    pub ts_ms: Option<i64>,
    pub user: Option<&'a str>,
    pub db: Option<&'a str>,
    pub app: Option<&'a str>,
}

/// The key of [`LogEvents::lock_waits_by`].
pub(crate) fn lock_key(message: &str, statement: Option<u64>) -> String {
    format!("{}\u{1f}{:x}", lock_kind(message), statement.unwrap_or(0))
}

/// The key of [`LogEvents::clients`].
pub(crate) fn client_key(e: &ClientEvent<'_>) -> String {
    format!(
        "{}\u{1f}{}\u{1f}{}",
        e.user.unwrap_or(""),
        e.db.unwrap_or(""),
        e.app.unwrap_or("")
    )
}

impl LogEvents {
    pub fn error(
        &mut self,
        severity: &str,
        sqlstate: Option<&str>,
        message: &str,
        ts_ms: Option<i64>,
        statement: Option<u64>,
    ) {
        let masked = mask_message(message);
        let sqlstate = sqlstate.or_else(|| infer_sqlstate(message));
        let key = match sqlstate {
            Some(s) => format!("{s} {masked}"),
            None => masked.clone(),
        };
        let e = if let Some(e) = self.errors.get_mut(&key) {
            e
        } else if self.errors.len() < MAX_ERROR_KEYS {
            self.errors.entry(key).or_insert_with(|| ErrorStat {
                severity: severity.to_owned(),
                message: masked,
                sqlstate: sqlstate.map(str::to_owned),
                ..Default::default()
            })
        } else {
            self.errors_not_kept += 1;
            return;
        };
        e.count += 1;
        e.rate.add(ts_ms);
        if let Some(id) = statement {
            link(&mut e.queries, id, 1);
        }
    }

    pub fn lock_wait(&mut self, w: &LockWaitEvent<'_>) {
        if w.acquired {
            self.lock_acquired_after_wait += 1;
            self.lock_wait_ms += w.waited_ms;
        } else {
            self.lock_waits += 1;
        }
        let lock = lock_kind(w.message);
        let key = lock_key(w.message, w.statement);
        if !self.lock_waits_by.contains_key(&key) && self.lock_waits_by.len() >= MAX_KEYS {
            return;
        }
        let s = self
            .lock_waits_by
            .entry(key)
            .or_insert_with(|| LockWaitStat {
                lock,
                statement: w.statement,
                ..Default::default()
            });
        if w.acquired {
            s.acquired += 1;
            s.acquired_wait_ms += w.waited_ms;
        } else {
            s.waits += 1;
            s.rate.add(w.ts_ms);
            if let Some(h) = w.holder_statement {
                link(&mut s.holders, h, 1);
            }
        }
        s.max_wait_ms = s.max_wait_ms.max(w.waited_ms);
    }

    fn client(&mut self, e: &ClientEvent<'_>) -> Option<&mut ClientStat> {
        let key = client_key(e);
        if !self.clients.contains_key(&key) && self.clients.len() >= MAX_KEYS {
            return None;
        }
        Some(self.clients.entry(key).or_insert_with(|| ClientStat {
            user: e.user.unwrap_or("").to_owned(),
            database: e.db.unwrap_or("").to_owned(),
            application: e.app.unwrap_or("").to_owned(),
            ..Default::default()
        }))
    }

    /// A `connection authorized`, `setup_ms` after its `connection received`.
    pub fn connected(&mut self, e: &ClientEvent<'_>, setup_ms: Option<f64>) {
        self.connections_authorized += 1;
        if let Some(c) = self.client(e) {
            c.connections += 1;
            c.rate.add(e.ts_ms);
            if let Some(ms) = setup_ms {
                c.setup_ms += ms;
                c.setup_count += 1;
            }
        }
    }

    pub fn disconnected(&mut self, e: &ClientEvent<'_>, session_ms: u64) {
        self.disconnections += 1;
        self.session_time_ms = self.session_time_ms.saturating_add(session_ms);
        if let Some(c) = self.client(e) {
            c.sessions_ended += 1;
            c.session_ms = c.session_ms.saturating_add(session_ms);
            if session_ms < 1000 {
                c.short_sessions += 1;
            }
        }
    }

    pub fn merge(&mut self, o: &LogEvents) {
        for (k, v) in &o.by_severity {
            *self.by_severity.entry(k.clone()).or_default() += v;
        }
        for (k, e) in &o.errors {
            if let Some(mine) = self.errors.get_mut(k) {
                mine.count += e.count;
                mine.rate.merge(&e.rate);
                for (id, n) in &e.queries {
                    link(&mut mine.queries, *id, *n);
                }
            } else if self.errors.len() < MAX_ERROR_KEYS {
                self.errors.insert(k.clone(), e.clone());
            } else {
                self.errors_not_kept += e.count;
            }
        }
        self.errors_not_kept += o.errors_not_kept;
        self.connections_received += o.connections_received;
        self.connections_authorized += o.connections_authorized;
        self.disconnections += o.disconnections;
        self.session_time_ms = self.session_time_ms.saturating_add(o.session_time_ms);
        self.lock_waits += o.lock_waits;
        self.lock_acquired_after_wait += o.lock_acquired_after_wait;
        self.lock_wait_ms += o.lock_wait_ms;
        self.deadlocks += o.deadlocks;
        self.temp_files += o.temp_files;
        self.temp_bytes = self.temp_bytes.saturating_add(o.temp_bytes);
        self.checkpoints_started += o.checkpoints_started;
        self.checkpoints_completed += o.checkpoints_completed;
        self.autovacuum += o.autovacuum;
        self.autoanalyze += o.autoanalyze;
        self.auto_explain_plans += o.auto_explain_plans;
        self.auto_explain_unread += o.auto_explain_unread;
        self.auto_explain_without_query += o.auto_explain_without_query;
        self.durations_without_statement += o.durations_without_statement;
        self.other_messages += o.other_messages;
        for (k, w) in &o.lock_waits_by {
            if let Some(mine) = self.lock_waits_by.get_mut(k) {
                mine.waits += w.waits;
                mine.acquired += w.acquired;
                mine.acquired_wait_ms += w.acquired_wait_ms;
                mine.max_wait_ms = mine.max_wait_ms.max(w.max_wait_ms);
                mine.rate.merge(&w.rate);
                for (id, n) in &w.holders {
                    link(&mut mine.holders, *id, *n);
                }
            } else if self.lock_waits_by.len() < MAX_KEYS {
                self.lock_waits_by.insert(k.clone(), w.clone());
            }
        }
        for (k, c) in &o.clients {
            if let Some(mine) = self.clients.get_mut(k) {
                mine.merge(c);
            } else if self.clients.len() < MAX_KEYS {
                self.clients.insert(k.clone(), c.clone());
            }
        }
    }
}

/// SQLSTATE of common errors, for logs whose prefix has no `%e`.
pub(crate) fn infer_sqlstate(message: &str) -> Option<&'static str> {
    const KNOWN: &[(&str, &str, &str)] = &[
        ("relation \"", "\" does not exist", "42P01"),
        ("column ", " does not exist", "42703"),
        ("function ", " does not exist", "42883"),
        ("database \"", "\" does not exist", "3D000"),
        ("role \"", "\" does not exist", "28000"),
        (
            "duplicate key value violates unique constraint",
            "",
            "23505",
        ),
        ("null value in column", "", "23502"),
        ("", "violates foreign key constraint", "23503"),
        ("", "violates check constraint", "23514"),
        ("syntax error at or near", "", "42601"),
        ("permission denied", "", "42501"),
        ("deadlock detected", "", "40P01"),
        ("could not serialize access", "", "40001"),
        ("canceling statement due to statement timeout", "", "57014"),
        ("canceling statement due to user request", "", "57014"),
        ("canceling statement due to lock timeout", "", "55P03"),
        ("could not obtain lock", "", "55P03"),
        ("current transaction is aborted", "", "25P02"),
        ("invalid input syntax", "", "22P02"),
        ("value too long for type", "", "22001"),
        ("division by zero", "", "22012"),
        ("password authentication failed", "", "28P01"),
        ("remaining connection slots are reserved", "", "53300"),
        ("sorry, too many clients already", "", "53300"),
        (
            "terminating connection due to administrator command",
            "",
            "57P01",
        ),
        ("there is no transaction in progress", "", "25P01"),
        ("there is already a transaction in progress", "", "25001"),
    ];
    let first = message.lines().next().unwrap_or("");
    KNOWN
        .iter()
        .find(|(start, contains, _)| first.starts_with(start) && first.contains(contains))
        .map(|(_, _, code)| *code)
}

/// Masks what varies in an error message (quoted names, numbers) so that
/// one kind of error is one line, and no data leaks into reports.
pub(crate) fn mask_message(m: &str) -> String {
    let first = m.lines().next().unwrap_or("");
    let mut out = String::with_capacity(first.len().min(200));
    let mut chars = first.chars().peekable();
    while let Some(c) = chars.next() {
        if out.len() > 200 {
            out.push('…');
            break;
        }
        match c {
            '"' | '\'' => {
                for d in chars.by_ref() {
                    if d == c {
                        break;
                    }
                }
                out.push(c);
                out.push('…');
                out.push(c);
            }
            d if d.is_ascii_digit() => {
                while chars
                    .peek()
                    .is_some_and(|x| x.is_ascii_digit() || *x == '.')
                {
                    chars.next();
                }
                out.push('N');
            }
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::MinuteRate;

    fn rate(ts: &[i64]) -> MinuteRate {
        let mut r = MinuteRate::default();
        for t in ts {
            r.add(Some(*t));
        }
        r
    }

    /// Any split of a sorted series merges back to the rate of the whole.
    #[test]
    fn minute_rate_merges_chunks_exactly() {
        let ts: Vec<i64> = [
            0, 1, 59_999, 60_000, 60_001, 60_002, 119_000, 120_000, 300_000, 300_001,
        ]
        .to_vec();
        let whole = rate(&ts);
        assert_eq!((whole.peak, whole.peak_minute_ms), (4, Some(60_000)));
        for i in 0..=ts.len() {
            for j in i..=ts.len() {
                let mut m = rate(&ts[..i]);
                m.merge(&rate(&ts[i..j]));
                m.merge(&rate(&ts[j..]));
                assert_eq!(m, whole, "split at {i}, {j}");
            }
        }
        assert_eq!(whole.mean_per_minute(10), 10.0 / 6.0);
    }

    #[test]
    fn masks_names_and_numbers() {
        assert_eq!(
            super::mask_message("relation \"locations\" does not exist at character 15"),
            "relation \"…\" does not exist at character N"
        );
    }
}
