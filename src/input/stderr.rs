//! stderr logs: `log_line_prefix` + `SEVERITY:  message`, continuation lines
//! indented with a tab. Also the reader behind Cloud SQL's `textPayload`.
use super::prefix::{Matched, Prefix};
use super::record::{EntryBuilder, Record, RecordSink, Unparsed};
use super::source::{decode, for_each_line, is_binary};
use super::timestamp;
use std::borrow::Cow;

/// Caches the last timestamp text: consecutive lines mostly share it.
#[derive(Debug, Default)]
pub struct TsCache {
    text: String,
    ms: Option<i64>,
    /// The first line whose zone abbreviation is unknown, and that abbreviation.
    pub unknown_tz: Option<(u64, String)>,
}

impl TsCache {
    pub fn parse(&mut self, s: &str, line: u64) -> Option<i64> {
        if s == self.text {
            return self.ms;
        }
        self.text.clear();
        self.text.push_str(s);
        self.ms = match timestamp::parse_pg(s) {
            Some((ms, n, known)) => {
                if !known && self.unknown_tz.is_none() {
                    let zone = s[..n].rsplit(' ').next().unwrap_or_default();
                    self.unknown_tz = Some((line, zone.to_owned()));
                }
                Some(ms)
            }
            // %n: seconds.millis since the epoch.
            None => s.parse::<f64>().ok().map(|secs| (secs * 1000.0) as i64),
        };
        self.ms
    }
}

impl TsCache {
    /// Names the first line with a zone abbreviation it could not place.
    pub fn warn(&self, sink: &mut dyn RecordSink) {
        if let Some((line, zone)) = &self.unknown_tz {
            sink.warning(
                *line,
                &format!("unknown timezone abbreviation {zone} read as UTC"),
            );
        }
    }
}

/// Builds the record for a matched first line.
pub fn base_record<'a>(line_no: u64, m: &Matched<'a>, ts: &mut TsCache) -> Record<'a> {
    let f = &m.fields;
    let session = f
        .session
        .and_then(super::record::SessionId::from_session_id)
        .or_else(|| {
            let start = f.session_start.and_then(timestamp::parse_pg).map(|x| x.0)?;
            Some(super::record::SessionId {
                pid: f.pid?,
                start_ms: start,
            })
        });
    Record {
        line: line_no,
        ts_ms: f.ts.and_then(|t| ts.parse(t, line_no)),
        pid: f.pid,
        session,
        user: f.user,
        db: f.db,
        app: f.app,
        client: f.client,
        sqlstate: f.sqlstate,
        query_id: f.query_id,
        ..Default::default()
    }
}

/// Whether a line starts a new message (a chunk may begin there).
pub fn is_boundary(prefix: &Prefix, line: &[u8]) -> bool {
    if line.first() == Some(&b'\t') {
        return false;
    }
    let Ok(s) = std::str::from_utf8(line) else {
        return false;
    };
    let s = s.strip_suffix('\r').unwrap_or(s);
    prefix
        .match_line(s)
        .is_some_and(|m| !m.severity.is_secondary())
}

/// Parses one chunk of a stderr log.
pub fn parse(data: &[u8], first_line: u64, prefix: &Prefix, sink: &mut dyn RecordSink) {
    parse_lines(data, first_line, prefix, sink, |line| line);
}

/// A CloudWatch export: each line as the server wrote it, after
/// CloudWatch's stamp (see [`super::cloudwatch`]).
pub(crate) fn parse_unstamped(
    data: &[u8],
    first_line: u64,
    prefix: &Prefix,
    sink: &mut dyn RecordSink,
) {
    parse_lines(data, first_line, prefix, sink, |line| {
        super::cloudwatch::unstamped_str(line).unwrap_or(line)
    });
}

/// Reads the lines of `data`, each as `server_line` finds what the server wrote.
fn parse_lines(
    data: &[u8],
    first_line: u64,
    prefix: &Prefix,
    sink: &mut dyn RecordSink,
    server_line: impl Fn(&str) -> &str,
) {
    let (text, bad_lines) = decode(data, first_line);
    let mut ts = TsCache::default();
    let mut entry = EntryBuilder::default();
    for_each_line(&text, first_line, |n, line| {
        line_into(n, server_line(line), prefix, &mut ts, &mut entry, sink)
    });
    entry.flush(sink);
    for n in bad_lines {
        sink.warning(n, "invalid UTF-8 replaced");
    }
    ts.warn(sink);
}

fn line_into<'l>(
    n: u64,
    line: &'l str,
    prefix: &Prefix,
    ts: &mut TsCache,
    entry: &mut EntryBuilder<'l>,
    sink: &mut dyn RecordSink,
) {
    if let Some(cont) = line.strip_prefix('\t') {
        if !entry.continuation(cont) {
            sink.unparsed(n, Unparsed::OrphanContinuation, line);
        }
        return;
    }
    if line.is_empty() {
        // Blank lines inside a message (rare) stay with it.
        entry.continuation("");
        return;
    }
    match prefix.match_line(line) {
        Some(m) => {
            let pid = m.fields.pid;
            entry.part(
                sink,
                m.severity,
                Cow::Borrowed(m.message),
                || base_record(n, &m, ts),
                pid,
            );
        }
        // Some tools re-indent continuation lines with spaces instead of a tab.
        None if line.starts_with(' ') && entry.continuation(line) => {
            sink.warning(n, "continuation line indented with spaces")
        }
        // Others strip the tab: only a line the open message visibly goes
        // on into is taken, never one that merely fails to match.
        None if entry.expects_more(line) && entry.continuation(line) => {
            sink.warning(n, "continuation line without its tab")
        }
        None => {
            let why = if is_binary(line) {
                Unparsed::Binary
            } else {
                Unparsed::NoPrefix
            };
            sink.unparsed(n, why, line);
            // The message it starts is not read: its continuation lines
            // must not extend the message before it (an autovacuum report
            // read into the previous statement's text).
            entry.flush(sink);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::record::{Record, RecordSink, Unparsed};

    #[derive(Default)]
    struct Collect {
        statements: Vec<String>,
        unparsed: Vec<(u64, Unparsed)>,
        warnings: Vec<(u64, String)>,
    }

    impl RecordSink for Collect {
        fn record(&mut self, r: &Record<'_>) {
            self.statements.push(r.message.to_string());
        }
        fn unparsed(&mut self, line: u64, why: Unparsed, _: &str) {
            self.unparsed.push((line, why));
        }
        fn warning(&mut self, line: u64, what: &str) {
            self.warnings.push((line, what.to_owned()));
        }
    }

    #[test]
    fn an_unknown_zone_is_named_at_its_own_line() {
        let prefix = Prefix::parse("%t [%p] ").unwrap();
        let log = "2024-01-01 10:00:00 UTC [7] LOG:  checkpoint starting: time\n\
                   2024-01-01 10:00:01 SST [7] LOG:  checkpoint starting: time\n";
        let mut sink = Collect::default();
        parse(log.as_bytes(), 1, &prefix, &mut sink);
        assert_eq!(
            sink.warnings,
            [(
                2,
                "unknown timezone abbreviation SST read as UTC".to_owned()
            )]
        );
    }

    #[test]
    fn continuations_without_their_tab_when_the_message_visibly_goes_on() {
        let prefix = Prefix::parse("%m [%p] ").unwrap();
        let log = "2024-01-01 10:00:00.000 UTC [7] LOG:  duration: 3000.019 ms  statement: SELECT pg_sleep(3\n\
                   );\n\
                   2024-01-01 10:00:01.000 UTC [8] LOG:  automatic vacuum of table \"db.public.t\": index scans: 0\n\
                   pages: 0 removed, 14 remain, 0 skipped due to pins, 0 skipped frozen\n\
                   buffer usage: 52 hits, 0 misses, 0 dirtied\n\
                   some other tool's line\n";
        let mut sink = Collect::default();
        parse(log.as_bytes(), 1, &prefix, &mut sink);
        assert!(
            sink.statements[0].ends_with("pg_sleep(3\n);"),
            "{:?}",
            sink.statements
        );
        assert!(
            sink.statements[1].contains("buffer usage"),
            "{:?}",
            sink.statements
        );
        assert_eq!(sink.unparsed, [(6, Unparsed::NoPrefix)]);
    }

    #[test]
    fn continuations_of_an_unread_message_extend_nothing() {
        // A line some other tool wrote, with a continuation of its own.
        let prefix = Prefix::parse("%m [%p] %u@%d ").unwrap();
        let log =
            "2024-01-01 10:00:00.000 UTC [7] app@db LOG:  duration: 0.1 ms  statement: SELECT 1\n\
                   [vacuumdb] report of table t: index scans: 1\n\
                   \tpages: 0 removed, 37 remain, 37 scanned (100.00% of total)\n";
        let mut sink = Collect::default();
        parse(log.as_bytes(), 1, &prefix, &mut sink);
        assert_eq!(sink.statements.len(), 1);
        assert!(
            sink.statements[0].ends_with("SELECT 1"),
            "{:?}",
            sink.statements
        );
        assert_eq!(
            sink.unparsed,
            [(2, Unparsed::NoPrefix), (3, Unparsed::OrphanContinuation)]
        );
    }
}
