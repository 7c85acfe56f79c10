//! csvlog: one CSV record per message, with DETAIL, HINT, CONTEXT and the
//! statement as columns. 22 to 26 columns depending on the server version.
use super::record::{Record, RecordSink, SessionId, Severity, Unparsed};
use super::source::decode;
use super::stderr::TsCache;
use std::borrow::Cow;

/// A csvlog record starts with a timestamp, quoted or not.
pub fn is_boundary(line: &[u8]) -> bool {
    let l = line.strip_prefix(b"\"").unwrap_or(line);
    l.len() > 20
        && l[..4].iter().all(u8::is_ascii_digit)
        && l[4] == b'-'
        && l[7] == b'-'
        && l[10] == b' '
        && l[13] == b':'
}

/// Whether sniffed text looks like csvlog.
pub fn looks_like(first_line: &str) -> bool {
    is_boundary(first_line.as_bytes()) && first_line.matches(',').count() >= 12
}

pub fn parse(data: &[u8], first_line: u64, sink: &mut dyn RecordSink) {
    let (text, bad) = decode(data, first_line);
    for n in bad {
        sink.warning(n, "invalid UTF-8 replaced");
    }
    let mut rdr = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut ts = TsCache::default();
    let mut rec = csv::StringRecord::new();
    loop {
        let line = first_line + rdr.position().line().saturating_sub(1);
        match rdr.read_record(&mut rec) {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) => {
                sink.unparsed(line, Unparsed::BadCsv, &e.to_string());
                continue;
            }
        }
        let get = |i: usize| rec.get(i).filter(|s| !s.is_empty());
        let sev = get(11).and_then(Severity::parse);
        if rec.len() < 14 || sev.is_none() {
            let sample: String = rec.iter().collect::<Vec<_>>().join(",");
            sink.unparsed(line, Unparsed::BadCsv, &sample);
            continue;
        }
        let r = Record {
            line,
            ts_ms: get(0).and_then(|t| ts.parse(t, line)),
            pid: get(3).and_then(|p| p.parse().ok()),
            session: get(5).and_then(SessionId::from_session_id),
            user: get(1),
            db: get(2),
            client: get(4),
            severity: sev,
            sqlstate: get(12),
            message: Cow::Borrowed(get(13).unwrap_or("")),
            detail: get(14).map(Cow::Borrowed),
            hint: get(15).map(Cow::Borrowed),
            context: get(18).map(Cow::Borrowed),
            statement: get(19).map(Cow::Borrowed),
            app: get(22),
            query_id: if rec.len() >= 26 { get(25) } else { None },
        };
        sink.record(&r);
    }
    ts.warn(&mut *sink);
}
