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
}

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
    /// `duration:` lines whose statement was not found (log_duration without log_statement).
    pub durations_without_statement: u64,
    /// Other server messages (startup, shutdown, configuration …).
    pub other_messages: u64,
}

impl LogEvents {
    pub fn error(&mut self, severity: &str, sqlstate: Option<&str>, message: &str) {
        let masked = mask_message(message);
        let sqlstate = sqlstate.or_else(|| infer_sqlstate(message));
        let key = match sqlstate {
            Some(s) => format!("{s} {masked}"),
            None => masked.clone(),
        };
        if let Some(e) = self.errors.get_mut(&key) {
            e.count += 1;
        } else if self.errors.len() < MAX_ERROR_KEYS {
            self.errors.insert(
                key,
                ErrorStat {
                    count: 1,
                    severity: severity.to_owned(),
                    message: masked,
                },
            );
        } else {
            self.errors_not_kept += 1;
        }
    }

    pub fn merge(&mut self, o: &LogEvents) {
        for (k, v) in &o.by_severity {
            *self.by_severity.entry(k.clone()).or_default() += v;
        }
        for (k, e) in &o.errors {
            if let Some(mine) = self.errors.get_mut(k) {
                mine.count += e.count;
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
        self.durations_without_statement += o.durations_without_statement;
        self.other_messages += o.other_messages;
    }
}

/// SQLSTATE of common errors, for logs whose prefix has no `%e`.
pub fn infer_sqlstate(message: &str) -> Option<&'static str> {
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
pub fn mask_message(m: &str) -> String {
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
    #[test]
    fn masks_names_and_numbers() {
        assert_eq!(
            super::mask_message("relation \"locations\" does not exist at character 15"),
            "relation \"…\" does not exist at character N"
        );
    }
}
