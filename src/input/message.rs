//! What a log message says: a statement with its duration, a connection, a
//! lock wait, a temp file … The message texts are PostgreSQL's own (English
//! `lc_messages`); every reader shares this one classifier.
use super::record::{Record, Severity};

/// How the statement was logged.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Protocol {
    /// `statement:` (simple protocol, or `log_statement`).
    Simple,
    /// `execute NAME:` (extended protocol / prepared statement).
    Execute,
    /// `parse NAME:` / `bind NAME:` steps of the extended protocol.
    ParseBind,
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Event<'r> {
    Query {
        protocol: Protocol,
        duration_us: Option<u64>,
        sql: &'r str,
        /// Raw `parameters: $1 = '…'` detail, when logged.
        params: Option<&'r str>,
    },
    /// `duration: 1.2 ms` alone (`log_duration`): belongs to the session's last statement.
    BareDuration {
        duration_us: u64,
    },
    /// An `auto_explain` plan: the text after `plan:` (text or JSON).
    Plan {
        duration_us: u64,
        plan: &'r str,
    },
    ConnectionReceived,
    ConnectionAuthorized,
    Disconnection {
        session_ms: u64,
    },
    LockWait {
        waited_ms: f64,
        acquired: bool,
    },
    Deadlock,
    TempFile {
        bytes: u64,
    },
    Checkpoint {
        complete: bool,
    },
    Autovacuum {
        analyze: bool,
        table: &'r str,
    },
    Error {
        sqlstate: Option<&'r str>,
    },
    Other,
}

/// Parses `12.345 ms` at the start of `s` into microseconds and the rest.
fn duration_us(s: &str) -> Option<(u64, &str)> {
    let end = s.find(" ms")?;
    let v: f64 = s[..end].trim().parse().ok()?;
    if !v.is_finite() || v < 0.0 {
        return None;
    }
    Some(((v * 1000.0).round() as u64, &s[end + 3..]))
}

/// `execute NAME: SQL` → SQL (names may contain `/`, `<unnamed>`, `:` is the end).
fn after_name(s: &str) -> Option<&str> {
    let colon = s.find(": ")?;
    Some(&s[colon + 2..])
}

pub(crate) fn classify<'r>(r: &'r Record<'_>) -> Event<'r> {
    let msg: &str = &r.message;
    let sev = r.severity.unwrap_or(Severity::Log);
    if matches!(sev, Severity::Error | Severity::Fatal | Severity::Panic) {
        if msg.starts_with("deadlock detected") {
            return Event::Deadlock;
        }
        return Event::Error {
            sqlstate: r.sqlstate,
        };
    }
    if sev != Severity::Log {
        return Event::Other;
    }
    if let Some(rest) = msg.strip_prefix("duration: ") {
        let Some((us, rest)) = duration_us(rest) else {
            return Event::Other;
        };
        let rest = rest.trim_start_matches(' ');
        if rest.is_empty() {
            return Event::BareDuration { duration_us: us };
        }
        return statement(rest, Some(us), r).unwrap_or(Event::Other);
    }
    if let Some(e) = statement(msg, None, r) {
        return e;
    }
    if msg.starts_with("connection received:") {
        return Event::ConnectionReceived;
    }
    if msg.starts_with("connection authorized:")
        || msg.starts_with("replication connection authorized:")
    {
        return Event::ConnectionAuthorized;
    }
    if let Some(rest) = msg.strip_prefix("disconnection: session time: ") {
        return Event::Disconnection {
            session_ms: session_time_ms(rest).unwrap_or(0),
        };
    }
    if let Some(rest) = msg.strip_prefix("process ") {
        // process 123 still waiting for ShareLock on transaction 1 after 1000.1 ms
        if let Some(p) = rest.find(" after ") {
            let head = &rest[..p];
            let waited = duration_us(&rest[p + 7..])
                .map(|(us, _)| us as f64 / 1000.0)
                .unwrap_or(0.0);
            if head.contains("still waiting for") {
                return Event::LockWait {
                    waited_ms: waited,
                    acquired: false,
                };
            }
            if head.contains(" acquired ") {
                return Event::LockWait {
                    waited_ms: waited,
                    acquired: true,
                };
            }
            if head.contains("detected deadlock") {
                return Event::Deadlock;
            }
        }
    }
    if let Some(rest) = msg.strip_prefix("temporary file: path ") {
        let bytes = rest
            .rsplit_once("size ")
            .and_then(|(_, n)| n.trim().parse().ok())
            .unwrap_or(0);
        return Event::TempFile { bytes };
    }
    if msg.starts_with("checkpoint starting") || msg.starts_with("restartpoint starting") {
        return Event::Checkpoint { complete: false };
    }
    if msg.starts_with("checkpoint complete") || msg.starts_with("restartpoint complete") {
        return Event::Checkpoint { complete: true };
    }
    for (lead, analyze) in [
        ("automatic vacuum of table \"", false),
        ("automatic aggressive vacuum of table \"", false),
        (
            "automatic aggressive vacuum to prevent wraparound of table \"",
            false,
        ),
        ("automatic vacuum to prevent wraparound of table \"", false),
        ("automatic analyze of table \"", true),
    ] {
        if let Some(rest) = msg.strip_prefix(lead) {
            let table = rest.split('"').next().unwrap_or("");
            return Event::Autovacuum { analyze, table };
        }
    }
    Event::Other
}

fn statement<'r>(s: &'r str, duration_us: Option<u64>, r: &'r Record<'_>) -> Option<Event<'r>> {
    let params = r
        .detail
        .as_deref()
        .and_then(|d| d.strip_prefix("parameters: "));
    let (protocol, sql) = if let Some(sql) = s.strip_prefix("statement: ") {
        (Protocol::Simple, sql)
    } else if let Some(rest) = s.strip_prefix("execute ") {
        (Protocol::Execute, after_name(rest)?)
    } else if let Some(rest) = s.strip_prefix("parse ").or_else(|| s.strip_prefix("bind ")) {
        (Protocol::ParseBind, after_name(rest)?)
    } else if let Some(plan) = s.strip_prefix("plan:") {
        return Some(Event::Plan {
            duration_us: duration_us.unwrap_or(0),
            plan: plan.trim_start_matches([' ', '\n']),
        });
    } else if let Some(sql) = s.strip_prefix("fastpath function call: ") {
        (Protocol::Simple, sql)
    } else {
        return None;
    };
    Some(Event::Query {
        protocol,
        duration_us,
        sql,
        params,
    })
}

/// `0:00:00.007` → ms.
fn session_time_ms(s: &str) -> Option<u64> {
    let t = s.split(' ').next()?;
    let mut parts = t.split(':');
    let h: f64 = parts.next()?.parse().ok()?;
    let m: f64 = parts.next()?.parse().ok()?;
    let sec: f64 = parts.next()?.parse().ok()?;
    Some(((h * 3600.0 + m * 60.0 + sec) * 1000.0) as u64)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::borrow::Cow;

    fn rec(msg: &str) -> Record<'_> {
        Record {
            severity: Some(Severity::Log),
            message: Cow::Borrowed(msg),
            ..Default::default()
        }
    }

    #[test]
    fn statements() {
        let r = rec("duration: 26.120 ms  execute S_65: select 1");
        assert_eq!(
            classify(&r),
            Event::Query {
                protocol: Protocol::Execute,
                duration_us: Some(26120),
                sql: "select 1",
                params: None
            }
        );
        let r = rec("duration: 1.5 ms  execute stmt_slow/stmt_slow: SELECT x");
        assert!(matches!(
            classify(&r),
            Event::Query {
                sql: "SELECT x",
                ..
            }
        ));
        let r = rec("statement: BEGIN");
        assert!(matches!(
            classify(&r),
            Event::Query {
                duration_us: None,
                sql: "BEGIN",
                ..
            }
        ));
        assert_eq!(
            classify(&rec("duration: 0.040 ms")),
            Event::BareDuration { duration_us: 40 }
        );
    }

    #[test]
    fn server_events() {
        assert_eq!(
            classify(&rec("disconnection: session time: 0:01:00.500 user=a")),
            Event::Disconnection { session_ms: 60500 }
        );
        assert_eq!(
            classify(&rec(
                "process 4882 still waiting for ShareLock on transaction 2 after 1000.119 ms"
            )),
            Event::LockWait {
                waited_ms: 1000.119,
                acquired: false
            }
        );
        assert_eq!(
            classify(&rec(
                "temporary file: path \"base/pgsql_tmp/x.0\", size 12517376"
            )),
            Event::TempFile { bytes: 12517376 }
        );
        assert_eq!(
            classify(&rec("automatic analyze of table \"db.s.t\"\nI/O timings")),
            Event::Autovacuum {
                analyze: true,
                table: "db.s.t"
            }
        );
    }
}
