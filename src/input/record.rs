//! The format-neutral log record every reader produces.
//!
//! stderr and syslog write a message's DETAIL, HINT, STATEMENT … as lines of
//! their own; csvlog and jsonlog carry them as fields. [`EntryBuilder`] folds
//! the line-based forms into the same [`Record`] the structured forms give.
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::collections::BTreeMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Severity {
    Debug,
    Info,
    Notice,
    Warning,
    Log,
    Error,
    Fatal,
    Panic,
    Detail,
    Hint,
    Statement,
    Context,
    Query,
    Location,
}

impl Severity {
    pub fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "LOG" => Self::Log,
            "ERROR" => Self::Error,
            "FATAL" => Self::Fatal,
            "PANIC" => Self::Panic,
            "WARNING" => Self::Warning,
            "NOTICE" => Self::Notice,
            "INFO" => Self::Info,
            "DEBUG" | "DEBUG1" | "DEBUG2" | "DEBUG3" | "DEBUG4" | "DEBUG5" => Self::Debug,
            "DETAIL" => Self::Detail,
            "HINT" => Self::Hint,
            "STATEMENT" => Self::Statement,
            "CONTEXT" => Self::Context,
            "QUERY" => Self::Query,
            "LOCATION" => Self::Location,
            _ => return None,
        })
    }
    /// Parts that belong to the message before them.
    pub fn is_secondary(self) -> bool {
        matches!(
            self,
            Self::Detail
                | Self::Hint
                | Self::Statement
                | Self::Context
                | Self::Query
                | Self::Location
        )
    }
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Debug => "DEBUG",
            Self::Info => "INFO",
            Self::Notice => "NOTICE",
            Self::Warning => "WARNING",
            Self::Log => "LOG",
            Self::Error => "ERROR",
            Self::Fatal => "FATAL",
            Self::Panic => "PANIC",
            Self::Detail => "DETAIL",
            Self::Hint => "HINT",
            Self::Statement => "STATEMENT",
            Self::Context => "CONTEXT",
            Self::Query => "QUERY",
            Self::Location => "LOCATION",
        }
    }
}

/// Identity of a backend session: pid plus session start (ms, 0 if unknown).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub struct SessionId {
    pub pid: u32,
    pub start_ms: i64,
}

impl SessionId {
    /// From `%c` / csvlog `session_id`: hex start epoch seconds `.` hex pid.
    pub fn from_session_id(s: &str) -> Option<Self> {
        let (start, pid) = s.split_once('.')?;
        Some(Self {
            pid: u32::from_str_radix(pid, 16).ok()?,
            start_ms: i64::from_str_radix(start, 16).ok()?.checked_mul(1000)?,
        })
    }
}

/// One log message with its secondary parts.
#[derive(Debug, Clone, Default)]
pub struct Record<'a> {
    /// 1-based line of the message's first line in its file.
    pub line: u64,
    pub ts_ms: Option<i64>,
    pub pid: Option<u32>,
    pub session: Option<SessionId>,
    pub user: Option<&'a str>,
    pub db: Option<&'a str>,
    pub app: Option<&'a str>,
    pub client: Option<&'a str>,
    pub severity: Option<Severity>,
    pub sqlstate: Option<&'a str>,
    pub message: Cow<'a, str>,
    pub detail: Option<Cow<'a, str>>,
    pub hint: Option<Cow<'a, str>>,
    pub context: Option<Cow<'a, str>>,
    pub statement: Option<Cow<'a, str>>,
    pub query_id: Option<&'a str>,
}

/// Why a line could not be read as part of a record.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Unparsed {
    /// A line that neither starts with the log_line_prefix nor continues a message.
    NoPrefix,
    /// A continuation line with no message before it.
    OrphanContinuation,
    /// A csv record with too few columns or a broken quote.
    BadCsv,
    /// A JSON line that does not parse.
    BadJson,
    /// A JSON record of a wrapper that is not a PostgreSQL message (operator logs).
    ForeignJson,
    /// A line of a syslog file that is not from PostgreSQL.
    ForeignSyslog,
    /// Bytes that are not text (NUL, control bytes).
    Binary,
    /// A line longer than the reader's limit; the rest of it was skipped.
    TooLong,
    /// A row of a pg_stat_statements export that does not fit its header.
    BadRow,
}

impl Unparsed {
    pub fn explain(self) -> &'static str {
        match self {
            Self::NoPrefix => "line does not start with the log_line_prefix and does not continue a message (tab-indented)",
            Self::OrphanContinuation => "continuation line with no message before it",
            Self::BadCsv => "csvlog record with too few columns or a broken quote",
            Self::BadJson => "line is not valid JSON",
            Self::ForeignJson => "JSON record that is not a PostgreSQL log message (e.g. operator or controller output)",
            Self::ForeignSyslog => "syslog line from another program",
            Self::Binary => "binary data (NUL or control bytes)",
            Self::TooLong => "line longer than the reader accepts",
            Self::BadRow => "row does not fit the export's header",
        }
    }
}

/// Receives what a reader finds, in file order.
pub trait RecordSink {
    fn record(&mut self, r: &Record<'_>);
    fn unparsed(&mut self, line: u64, why: Unparsed, text: &str);
    /// A recoverable problem that is not an unparsed line (e.g. invalid UTF-8
    /// replaced, unknown timezone abbreviation).
    fn warning(&mut self, line: u64, what: &str);
}

/// Receives statements whose numbers come already summed rather than call
/// by call: pg_stat_statements rows and the statements of a `.sql` file.
pub trait TotalsSink {
    fn counted(&mut self, row: super::pgss::Row);
    /// A statement written in a workload file: one call, no timing.
    fn listed(&mut self, sql: &str);
}

/// A message being assembled from line-based formats.
#[derive(Debug, Default)]
pub(crate) struct EntryBuilder<'a> {
    open: Option<Record<'a>>,
    /// Which part the next continuation line extends.
    last_part: Option<Severity>,
    /// What the SQL of that part leaves open so far, when it holds SQL:
    /// kept as lines are added, so a long statement is scanned once.
    sql: Option<SqlOpen>,
}

/// Parentheses and quotes a piece of SQL leaves open.
#[derive(Debug, Default, Clone, Copy)]
struct SqlOpen {
    depth: i64,
    in_literal: bool,
}

impl SqlOpen {
    fn of(text: &str) -> Self {
        let mut o = Self::default();
        o.add(text);
        o
    }
    fn add(&mut self, text: &str) {
        for b in text.bytes() {
            match b {
                b'\'' => self.in_literal = !self.in_literal,
                b'(' if !self.in_literal => self.depth += 1,
                b')' if !self.in_literal => self.depth -= 1,
                _ => {}
            }
        }
    }
    fn goes_on(self) -> bool {
        self.depth > 0 || self.in_literal
    }
}

/// The SQL a message carries (`statement: …`, `execute x: …`), if any.
fn sql_in(message: &str) -> Option<&str> {
    // Built once: a searcher per message cost more than the search.
    static KEYS: std::sync::LazyLock<[memchr::memmem::Finder<'static>; 4]> =
        std::sync::LazyLock::new(|| {
            ["statement: ", "execute ", "parse ", "bind "].map(memchr::memmem::Finder::new)
        });
    KEYS.iter()
        .find_map(|k| k.find(message.as_bytes()).map(|i| &message[i..]))
}

impl<'a> EntryBuilder<'a> {
    /// Starts a new message or attaches a secondary part to the open one.
    pub(crate) fn part(
        &mut self,
        sink: &mut dyn RecordSink,
        sev: Severity,
        text: Cow<'a, str>,
        base: impl FnOnce() -> Record<'a>,
        pid: Option<u32>,
    ) {
        if sev.is_secondary() {
            if let Some(open) = self.open.as_mut() {
                if open.pid == pid || pid.is_none() {
                    let slot = match sev {
                        Severity::Detail => &mut open.detail,
                        Severity::Hint => &mut open.hint,
                        Severity::Statement | Severity::Query => &mut open.statement,
                        _ => &mut open.context,
                    };
                    if slot.is_none() {
                        self.sql = matches!(sev, Severity::Statement | Severity::Query)
                            .then(|| SqlOpen::of(&text));
                        *slot = Some(text);
                    }
                    self.last_part = Some(sev);
                    return;
                }
            }
        }
        self.flush(sink);
        let mut r = base();
        r.severity = Some(sev);
        self.sql = sql_in(&text).map(SqlOpen::of);
        r.message = text;
        self.open = Some(r);
        self.last_part = None;
    }

    /// Appends a continuation line (without its leading tab) to the open part.
    pub(crate) fn continuation(&mut self, text: &str) -> bool {
        let Some(open) = self.open.as_mut() else {
            return false;
        };
        let slot = match self.last_part {
            None => Some(&mut open.message),
            Some(Severity::Detail) => open.detail.as_mut(),
            Some(Severity::Hint) => open.hint.as_mut(),
            Some(Severity::Statement | Severity::Query) => open.statement.as_mut(),
            Some(_) => open.context.as_mut(),
        };
        if let Some(s) = slot {
            let s = s.to_mut();
            s.push('\n');
            s.push_str(text);
            if let Some(o) = self.sql.as_mut() {
                o.add(text);
            }
        }
        true
    }

    /// Whether `line`, not indented by the tab the server puts before a
    /// message's further lines, still visibly belongs to the open message (a
    /// pipeline stripped the tab): the open text is cut inside parentheses or
    /// a quoted literal, or it is an autovacuum report and the line is one
    /// of its detail lines.
    pub(crate) fn expects_more(&self, line: &str) -> bool {
        let Some(open) = self.open.as_ref() else {
            return false;
        };
        if self.sql.is_some_and(SqlOpen::goes_on) {
            return true;
        }
        const REPORT: [&str; 2] = ["automatic vacuum of table", "automatic analyze of table"];
        const LINES: [&str; 13] = [
            "pages:",
            "tuples:",
            "index scan",
            "index \"",
            "I/O timings:",
            "avg read rate:",
            "buffer usage:",
            "WAL usage:",
            "system usage:",
            "removable cutoff:",
            "new relfrozenxid:",
            "new relminmxid:",
            "frozen:",
        ];
        self.last_part.is_none()
            && REPORT.iter().any(|r| open.message.starts_with(r))
            && LINES.iter().any(|l| line.starts_with(l))
    }

    pub(crate) fn flush(&mut self, sink: &mut dyn RecordSink) {
        if let Some(r) = self.open.take() {
            sink.record(&r);
        }
        self.last_part = None;
        self.sql = None;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn session_ids() {
        assert_eq!(
            SessionId::from_session_id("6383b33a.258"),
            Some(SessionId {
                pid: 600,
                start_ms: 1669575482000
            })
        );
        // Found by the csvlog fuzz target: a huge start overflowed.
        assert_eq!(SessionId::from_session_id("7fffffffffffffff.1"), None);
        assert_eq!(SessionId::from_session_id("x.1"), None);
    }
}

/// Counts of what one input gave, for the report's `inputs` section.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReadStats {
    pub lines: u64,
    pub records: u64,
    pub unparsed_lines: u64,
    pub unparsed: BTreeMap<Unparsed, u64>,
    /// First few unparsed lines: (line, reason, sample).
    pub unparsed_samples: Vec<(u64, Unparsed, String)>,
    pub warnings: BTreeMap<String, u64>,
    pub warning_samples: Vec<(u64, String)>,
}

const MAX_SAMPLES: usize = 10;

impl ReadStats {
    pub fn merge(&mut self, o: ReadStats) {
        self.lines += o.lines;
        self.records += o.records;
        self.unparsed_lines += o.unparsed_lines;
        for (k, v) in o.unparsed {
            *self.unparsed.entry(k).or_default() += v;
        }
        for s in o.unparsed_samples {
            if self.unparsed_samples.len() < MAX_SAMPLES {
                self.unparsed_samples.push(s);
            }
        }
        for (k, v) in o.warnings {
            *self.warnings.entry(k).or_default() += v;
        }
        for s in o.warning_samples {
            if self.warning_samples.len() < MAX_SAMPLES {
                self.warning_samples.push(s);
            }
        }
    }
    pub fn unparsed(&mut self, line: u64, why: Unparsed, text: &str) {
        self.unparsed_lines += 1;
        *self.unparsed.entry(why).or_default() += 1;
        if self.unparsed_samples.len() < MAX_SAMPLES {
            let mut s: String = text.chars().take(160).collect();
            if s.len() < text.len() {
                s.push('…');
            }
            self.unparsed_samples.push((line, why, s));
        }
    }
    pub fn warning(&mut self, line: u64, what: &str) {
        *self.warnings.entry(what.to_owned()).or_default() += 1;
        if self.warning_samples.len() < MAX_SAMPLES {
            self.warning_samples.push((line, what.to_owned()));
        }
    }
}
