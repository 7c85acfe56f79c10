//! JSON logs: PostgreSQL 15+ `jsonlog`, CloudNativePG (a `record` object with
//! csvlog column names), Google Cloud SQL (`textPayload` holding a stderr
//! line without its timestamp), and Azure's diagnostic settings
//! (`properties.message` holding a whole stderr line, its DETAIL apart).
use super::prefix::Prefix;
use super::record::{Record, RecordSink, SessionId, Severity, Unparsed};
use super::source::{decode, for_each_line};
use super::stderr::{self, TsCache};
use serde::Deserialize;
use serde_json::Value;
use std::borrow::Cow;

/// One JSON line, any of the supported shapes (aliases cover CloudNativePG).
#[derive(Debug, Default, Deserialize)]
struct JsonLine {
    #[serde(alias = "log_time")]
    timestamp: Option<String>,
    #[serde(alias = "user_name")]
    user: Option<String>,
    #[serde(alias = "database_name")]
    dbname: Option<String>,
    #[serde(alias = "process_id")]
    pid: Option<Value>,
    #[serde(alias = "connection_from")]
    remote_host: Option<String>,
    session_id: Option<String>,
    error_severity: Option<String>,
    #[serde(alias = "sql_state_code")]
    state_code: Option<String>,
    message: Option<String>,
    detail: Option<String>,
    hint: Option<String>,
    context: Option<String>,
    #[serde(alias = "query")]
    statement: Option<String>,
    application_name: Option<String>,
    query_id: Option<Value>,
    record: Option<Box<JsonLine>>,
    logger: Option<String>,
    msg: Option<String>,
    #[serde(rename = "textPayload")]
    text_payload: Option<String>,
    /// Azure: `{"properties": {"message": …, "detail": …, "errorLevel": …}, "category": "PostgreSQLLogs"}`.
    properties: Option<AzureProperties>,
}

#[derive(Debug, Default, Deserialize)]
struct AzureProperties {
    message: Option<String>,
    detail: Option<String>,
    hint: Option<String>,
    context: Option<String>,
    statement: Option<String>,
    #[serde(rename = "errorLevel")]
    error_level: Option<String>,
    /// Single Server's records keep the `log_line_prefix` text apart.
    prefix: Option<String>,
}

impl AzureProperties {
    /// The record as the stderr line the server wrote. Three shapes: the
    /// whole line; the line without its severity (`errorLevel` holds it);
    /// the prefix in `prefix` and the bare message.
    fn line(&self, prefix: Option<&Prefix>) -> Option<String> {
        let message = self.message.as_deref()?;
        let level = self.error_level.as_deref().unwrap_or("LOG");
        if let Some(p) = self.prefix.as_deref().filter(|p| !p.is_empty()) {
            return Some(format!("{p}{level}:  {message}"));
        }
        if super::prefix::prefix_text(message).is_some() {
            return Some(message.to_owned());
        }
        // Without a prefix yet (inference), the message is taken to start at
        // its first lowercase word: the prefix's fields are a timestamp,
        // numbers and brackets (`… UTC [167373] [user=…] connection authorized`).
        let at = match prefix {
            Some(p) => p.len_in(message)?,
            None => {
                message
                    .char_indices()
                    .find(|&(i, c)| i > 0 && c.is_ascii_lowercase() && message[..i].ends_with(' '))?
                    .0
            }
        };
        Some(format!("{}{level}:  {}", &message[..at], &message[at..]))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Flavor {
    JsonLog,
    CloudNativePg,
    CloudSql,
    AzureDiagnostic,
}

/// Which JSON flavour a first line is, if any.
pub(crate) fn detect(first_line: &str) -> Option<Flavor> {
    let v: JsonLine = serde_json::from_str(first_line).ok()?;
    if v.text_payload.is_some() {
        Some(Flavor::CloudSql)
    } else if v
        .properties
        .as_ref()
        .is_some_and(|p| p.message.is_some() && p.error_level.is_some())
    {
        Some(Flavor::AzureDiagnostic)
    } else if v.record.is_some() || v.logger.is_some() {
        Some(Flavor::CloudNativePg)
    } else if v.error_severity.is_some() {
        Some(Flavor::JsonLog)
    } else {
        None
    }
}

/// Parses one line; blank lines are skipped and bad ones counted.
fn json_line(n: u64, line: &str, sink: &mut dyn RecordSink) -> Option<JsonLine> {
    if line.trim().is_empty() {
        return None;
    }
    match serde_json::from_str(line) {
        Ok(v) => Some(v),
        Err(_) => {
            sink.unparsed(n, Unparsed::BadJson, line);
            None
        }
    }
}

fn value_str(v: &Option<Value>) -> Option<String> {
    match v {
        Some(Value::Number(n)) => Some(n.to_string()),
        Some(Value::String(s)) => Some(s.clone()),
        _ => None,
    }
}

/// Reads one chunk of jsonlog or CloudNativePG lines.
pub fn parse(data: &[u8], first_line: u64, sink: &mut dyn RecordSink) {
    let (text, bad) = decode(data, first_line);
    for n in bad {
        sink.warning(n, "invalid UTF-8 replaced");
    }
    let mut ts = TsCache::default();
    let raw_prefix = Prefix::parse("%m [%p] ").expect("static prefix");
    for_each_line(&text, first_line, |n, line| {
        let Some(v) = json_line(n, line, sink) else {
            return;
        };
        let v = match v.record {
            Some(rec) => *rec,
            None if v.error_severity.is_some() => v,
            None => {
                // CloudNativePG passes early server lines through as plain text.
                if v.logger.as_deref() == Some("postgres") {
                    if let Some(m) = v.msg.as_deref().and_then(|m| raw_prefix.match_line(m)) {
                        let mut r = stderr::base_record(n, &m, &mut ts);
                        r.severity = Some(m.severity);
                        r.message = Cow::Borrowed(m.message);
                        sink.record(&r);
                        return;
                    }
                }
                return sink.unparsed(n, Unparsed::ForeignJson, line);
            }
        };
        let Some(sev) = v.error_severity.as_deref().and_then(Severity::parse) else {
            return sink.unparsed(n, Unparsed::ForeignJson, line);
        };
        let pid = value_str(&v.pid);
        let qid = value_str(&v.query_id);
        let r = Record {
            line: n,
            ts_ms: v.timestamp.as_deref().and_then(|t| ts.parse(t, n)),
            pid: pid.as_deref().and_then(|p| p.parse().ok()),
            session: v.session_id.as_deref().and_then(SessionId::from_session_id),
            user: v.user.as_deref().filter(|s| !s.is_empty()),
            db: v.dbname.as_deref().filter(|s| !s.is_empty()),
            app: v.application_name.as_deref().filter(|s| !s.is_empty()),
            client: v.remote_host.as_deref(),
            severity: Some(sev),
            sqlstate: v.state_code.as_deref(),
            message: Cow::Borrowed(v.message.as_deref().unwrap_or("")),
            detail: v.detail.as_deref().map(Cow::Borrowed),
            hint: v.hint.as_deref().map(Cow::Borrowed),
            context: v.context.as_deref().map(Cow::Borrowed),
            statement: v.statement.as_deref().map(Cow::Borrowed),
            query_id: qid.as_deref(),
        };
        sink.record(&r);
    });
    ts.warn(&mut *sink);
}

/// Cloud SQL: the `textPayload` of each line, with the entry's timestamp put
/// in front, is a stderr log line; this rebuilds that text.
/// Returns the text and, for each of its lines, the original line number.
pub(crate) fn cloudsql_to_stderr(
    data: &[u8],
    first_line: u64,
    prefix: Option<&Prefix>,
    sink: &mut dyn RecordSink,
) -> (String, Vec<u64>) {
    let (text, _) = decode(data, first_line);
    let mut out = String::with_capacity(text.len() / 3);
    let mut map = Vec::new();
    for_each_line(&text, first_line, |n, line| {
        let Some(v) = json_line(n, line, sink) else {
            return;
        };
        if let Some(p) = v.properties {
            return azure_lines(n, p, prefix, line, &mut out, &mut map, sink);
        }
        let Some(payload) = v.text_payload else {
            return sink.unparsed(n, Unparsed::ForeignJson, line);
        };
        if !payload.starts_with('\t') {
            // 2020-05-02T13:00:20.382318Z -> 2020-05-02 13:00:20.382 UTC
            let ts = v.timestamp.unwrap_or_default();
            let t = ts.get(..23).unwrap_or(&ts).replace('T', " ");
            out.push_str(&t);
            out.push_str(" UTC ");
        }
        push_lines(&mut out, &mut map, n, &payload);
    });
    (out, map)
}

/// Appends a message as stderr writes it, its further lines tab-indented,
/// each mapped back to the record's line `n`.
fn push_lines(out: &mut String, map: &mut Vec<u64>, n: u64, text: &str) {
    for (i, part) in text.split('\n').enumerate() {
        if i > 0 && !part.starts_with('\t') {
            out.push('\t');
        }
        out.push_str(part);
        out.push('\n');
        map.push(n);
    }
}

/// An Azure record as the stderr lines the server wrote: its message (the
/// whole first line, prefix included), then its DETAIL, HINT, CONTEXT and
/// STATEMENT under the same prefix.
fn azure_lines(
    n: u64,
    p: AzureProperties,
    prefix: Option<&Prefix>,
    line: &str,
    out: &mut String,
    map: &mut Vec<u64>,
    sink: &mut dyn RecordSink,
) {
    let Some(message) = p.line(prefix) else {
        return sink.unparsed(n, Unparsed::ForeignJson, line);
    };
    push_lines(out, map, n, &message);
    let prefix = super::prefix::prefix_text(&message)
        .unwrap_or_default()
        .to_owned();
    for (sev, text) in [
        ("DETAIL", p.detail),
        ("HINT", p.hint),
        ("CONTEXT", p.context),
        ("STATEMENT", p.statement),
    ] {
        if let Some(t) = text.filter(|t| !t.is_empty()) {
            push_lines(out, map, n, &format!("{prefix}{sev}:  {t}"));
        }
    }
}

/// The stderr lines inside Azure records, for inference.
pub(crate) fn azure_messages(text: &str) -> Vec<String> {
    text.lines()
        .filter_map(|l| {
            serde_json::from_str::<JsonLine>(l)
                .ok()?
                .properties?
                .line(None)
        })
        .collect()
}

/// The payload prefix of Cloud SQL lines, for inference.
pub(crate) fn cloudsql_payloads(text: &str) -> Vec<String> {
    text.lines()
        .filter_map(|l| serde_json::from_str::<JsonLine>(l).ok()?.text_payload)
        .filter(|p| !p.starts_with('\t'))
        .map(|p| format!("2000-01-01 00:00:00.000 UTC {p}"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn props(message: &str, prefix: Option<&str>) -> AzureProperties {
        AzureProperties {
            message: Some(message.into()),
            error_level: Some("LOG".into()),
            prefix: prefix.map(Into::into),
            ..Default::default()
        }
    }

    #[test]
    fn azure_records_in_their_three_shapes() {
        let whole = "2024-08-20 04:12:31.701 UTC [1177] [user=a,db=b,app=c] LOG:  connection received: host=x";
        assert_eq!(props(whole, None).line(None).as_deref(), Some(whole));
        let bare = "2024-08-21 08:48:57.014 UTC [167373] [user=a,db=b,app=c] connection authorized: user=a";
        let inferred = props(bare, None).line(None).unwrap();
        assert!(
            inferred.contains("app=c] LOG:  connection authorized"),
            "{inferred}"
        );
        let p = Prefix::parse("%m [%p] [user=%u,db=%d,app=%a] ").unwrap();
        assert_eq!(
            props(bare, None).line(Some(&p)).as_deref(),
            Some(inferred.as_str())
        );
        let single = props(
            "duration: 0.1 ms  statement: select 1",
            Some("2023-02-27 23:21:40 UTC-63fd3b04.cf0-"),
        );
        assert_eq!(
            single.line(None).as_deref(),
            Some(
                "2023-02-27 23:21:40 UTC-63fd3b04.cf0-LOG:  duration: 0.1 ms  statement: select 1"
            )
        );
    }
}
