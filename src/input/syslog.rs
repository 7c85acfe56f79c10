//! syslog (BSD `Mon DD HH:MM:SS host postgres[pid]: [n-m] …`, ISO/Heroku
//! logplex `2019-03-14T00:22:56+00:00 app[postgres.4882]: [GREEN] [15-1] …`,
//! and RFC 5424 frames as Heroku's HTTPS drain posts them, octet-counted:
//! `451 <134>1 2023-06-05T19:33:14+00:00 host app postgres.1105947 - [YELLOW] [12-1] …`).
//!
//! syslog splits a message into numbered lines `[n-1]`, `[n-2]` …; a part
//! with its own prefix and severity is a DETAIL/STATEMENT, anything else
//! continues the previous part (`#011` is syslog's escaped tab).
use super::prefix::Prefix;
use super::record::{EntryBuilder, RecordSink, Unparsed};
use super::source::{decode, for_each_line, is_binary};
use super::stderr::{base_record, TsCache};
use super::timestamp;
use std::borrow::Cow;

/// A parsed syslog header.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Header<'a> {
    pub ts_ms: Option<i64>,
    pub pid: u32,
    /// `n` of `[n-m]`.
    pub msg: u64,
    /// `m` of `[n-m]`.
    pub part: u32,
    pub rest: &'a str,
}

/// Parses the syslog header; `year` completes BSD timestamps.
/// The RFC 6587 octet count and the RFC 5424 `<PRI>VERSION ` before a
/// frame's timestamp (`451 <134>1 `), or nothing.
fn frame_start(line: &str) -> usize {
    let b = line.as_bytes();
    let mut i = b.iter().take_while(|c| c.is_ascii_digit()).count();
    if i > 0 && b.get(i) == Some(&b' ') {
        i += 1;
    } else {
        i = 0;
    }
    if b.get(i) != Some(&b'<') {
        return i;
    }
    let Some(close) = line[i..].find('>') else {
        return 0;
    };
    let pri = &line[i + 1..i + close];
    if pri.is_empty() || !pri.bytes().all(|c| c.is_ascii_digit()) {
        return 0;
    }
    let mut j = i + close + 1;
    j += b[j..].iter().take_while(|c| c.is_ascii_digit()).count();
    if b.get(j) == Some(&b' ') {
        j += 1;
    }
    j
}

/// A syslog frame, PostgreSQL's or not (Heroku's metrics, another app): a
/// BSD timestamp, or a `<PRI>` and a timestamp. (An ISO timestamp alone
/// starts stderr lines as well.)
pub(crate) fn is_frame(line: &str, year: i32) -> bool {
    let start = frame_start(line);
    let rest = &line[start..];
    timestamp::parse_syslog(rest, year).is_some()
        || (start > 0 && timestamp::parse_pg(rest).is_some())
}

pub(crate) fn header(line: &str, year: i32) -> Option<Header<'_>> {
    let start = frame_start(line);
    let line = &line[start..];
    let (ts_ms, mut i) = if let Some((t, n)) = timestamp::parse_syslog(line, year) {
        (Some(t), n)
    } else if let Some((t, n, _)) = timestamp::parse_pg(line) {
        (Some(t), n)
    } else {
        return None;
    };
    // Find `[pid]` or `[postgres.pid]` in the next words.
    let b = line.as_bytes();
    let mut pid = None;
    for _ in 0..4 {
        while i < b.len() && b[i] == b' ' {
            i += 1;
        }
        let word_end = line[i..].find(' ').map_or(line.len(), |p| i + p);
        let word = &line[i..word_end];
        i = word_end;
        // RFC 5424's PROCID, Heroku's `postgres.12`; a MSGID (`-`) follows.
        if let Some(p) = word.strip_prefix("postgres.").and_then(|d| d.parse().ok()) {
            pid = Some(p);
            let rest = line[i..].trim_start_matches(' ');
            if let Some(after) = rest.strip_prefix("- ") {
                i = line.len() - after.len();
            }
            break;
        }
        // The ident comes right before `[pid]` (`postgres[12]:`, `app[postgres.12]`).
        if let Some(open) = word.find('[').filter(|&o| o > 0) {
            let inner = word[open + 1..].trim_end_matches(':').trim_end_matches(']');
            let digits = inner.rsplit('.').next().unwrap_or(inner);
            if let Ok(p) = digits.parse() {
                pid = Some(p);
                break;
            }
        }
    }
    let pid = pid?;
    // Optional [COLOR], then [n-m].
    let mut rest = line.get(i..)?.trim_start_matches(' ');
    if rest.starts_with('[') {
        let close = rest.find(']')?;
        let inner = &rest[1..close];
        if !inner.is_empty() && inner.bytes().all(|c| c.is_ascii_uppercase()) {
            rest = rest[close + 1..].trim_start_matches(' ');
        }
    }
    let close = rest.find(']')?;
    let (n, m) = rest.strip_prefix('[')?[..close - 1].split_once('-')?;
    let msg = n.parse().ok()?;
    let part = m.parse().ok()?;
    let rest = &rest[close + 1..];
    let rest = rest.strip_prefix(' ').unwrap_or(rest);
    Some(Header {
        ts_ms,
        pid,
        msg,
        part,
        rest,
    })
}

pub(crate) fn is_boundary(line: &[u8], year: i32) -> bool {
    std::str::from_utf8(line)
        .ok()
        .and_then(|l| header(l, year))
        .is_some_and(|h| h.part == 1)
}

/// Whether sniffed text looks like syslog from PostgreSQL.
pub(crate) fn looks_like(line: &str) -> bool {
    header(line, 2000).is_some()
}

pub fn parse(data: &[u8], first_line: u64, prefix: &Prefix, year: i32, sink: &mut dyn RecordSink) {
    let (text, bad) = decode(data, first_line);
    for n in bad {
        sink.warning(n, "invalid UTF-8 replaced");
    }
    let mut ts = TsCache::default();
    let mut entry = EntryBuilder::default();
    for_each_line(&text, first_line, |n, line| {
        if line.is_empty() {
            return;
        }
        let Some(h) = header(line, year) else {
            let why = if is_binary(line) {
                Unparsed::Binary
            } else {
                Unparsed::ForeignSyslog
            };
            return sink.unparsed(n, why, line);
        };
        let m = prefix.match_line(h.rest);
        match m {
            Some(m) if h.part == 1 || m.severity.is_secondary() => {
                let pid = Some(h.pid);
                entry.part(
                    sink,
                    m.severity,
                    Cow::Borrowed(m.message),
                    || {
                        let mut r = base_record(n, &m, &mut ts);
                        r.pid = Some(h.pid);
                        r.ts_ms = r.ts_ms.or(h.ts_ms);
                        r
                    },
                    pid,
                );
            }
            _ if h.part > 1 => {
                let cont = h
                    .rest
                    .strip_prefix("#011")
                    .or_else(|| h.rest.strip_prefix('\t'))
                    .unwrap_or(h.rest);
                if !entry.continuation(cont) {
                    sink.unparsed(n, Unparsed::OrphanContinuation, line);
                }
            }
            _ => sink.unparsed(n, Unparsed::NoPrefix, line),
        }
    });
    entry.flush(sink);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heroku_https_drain_frames() {
        let l = "451 <134>1 2023-06-05T19:33:14+00:00 host app postgres.1105947 - [YELLOW] [12-1]  sql_error_code = 00000 LOG:  x";
        let h = header(l, 2023).unwrap();
        assert_eq!((h.pid, h.msg, h.part), (1105947, 12, 1));
        assert!(h.rest.starts_with(" sql_error_code"), "{:?}", h.rest);
        let metrics = "688 <134>1 2023-06-05T19:27:18+00:00 host app heroku-postgres - source=X sample#tables=1";
        assert!(header(metrics, 2023).is_none() && is_frame(metrics, 2023));
        // A stderr line is no frame.
        assert!(!is_frame("2023-06-05 19:27:18 UTC [1] LOG:  x", 2023));
    }

    #[test]
    fn headers() {
        let h = header(
            "Feb 10 23:15:40 test-pc postgres[10819]: [7-2] #011  d.x,",
            2019,
        )
        .unwrap();
        assert_eq!((h.pid, h.msg, h.part, h.rest), (10819, 7, 2, "#011  d.x,"));
        let h = header("2019-03-14T00:22:56+00:00 app[postgres.4882]: [GREEN] [15-1]  sql_error_code = 00000 LOG:  x", 2019).unwrap();
        assert_eq!(
            (h.pid, h.part, h.rest),
            (4882, 1, " sql_error_code = 00000 LOG:  x")
        );
        let h = header(
            "2021-09-07T04:01:27+00:00 d.af28b93f app[postgres.5925] [AQUA] [921320-2]         (",
            2021,
        )
        .unwrap();
        assert_eq!((h.pid, h.msg, h.part), (5925, 921320, 2));
    }
}
