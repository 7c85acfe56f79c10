//! pg_stat_statements exports, CSV (with header) or JSON (an array of rows, or
//! one object per line). Column names of PostgreSQL 12 and 13+ are accepted.
//!
//! Take one with:
//! `psql -XAc "\copy (SELECT s.*, d.datname, r.rolname FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid JOIN pg_roles r ON r.oid = s.userid) TO 'pgss.csv' CSV HEADER"`
use super::record::{RecordSink, TotalsSink, Unparsed};
use serde_json::Value;
use std::collections::HashMap;

/// Whether a header line names pg_stat_statements columns.
pub(crate) fn is_csv_header(line: &str) -> bool {
    let cols: Vec<&str> = line
        .split(',')
        .map(|c| c.trim().trim_matches('"'))
        .collect();
    cols.contains(&"query") && cols.contains(&"calls")
}

/// Whether JSON text holds pg_stat_statements rows.
pub(crate) fn is_json(text: &str) -> bool {
    let t = text.trim_start();
    (t.starts_with('[') || t.starts_with('{')) && t.contains("\"query\"") && t.contains("\"calls\"")
}

/// One pg_stat_statements row (times in ms).
#[derive(Debug, Clone, Default)]
pub struct Row {
    pub query: String,
    pub calls: f64,
    pub total_ms: f64,
    pub min_ms: Option<f64>,
    pub max_ms: Option<f64>,
    pub stddev_ms: Option<f64>,
    pub rows: Option<f64>,
    pub db: Option<String>,
    pub user: Option<String>,
}

fn pick<'a>(m: &'a HashMap<String, String>, names: &[&str]) -> Option<&'a str> {
    names
        .iter()
        .find_map(|n| m.get(*n))
        .map(String::as_str)
        .filter(|s| !s.is_empty())
}

fn row_from_map(m: &HashMap<String, String>) -> Option<Row> {
    let num = |names: &[&str]| pick(m, names).and_then(|v| v.parse::<f64>().ok());
    Some(Row {
        query: pick(m, &["query"])?.to_owned(),
        calls: num(&["calls"])?,
        total_ms: num(&["total_exec_time", "total_time"]).unwrap_or(0.0)
            + num(&["total_plan_time"]).unwrap_or(0.0),
        min_ms: num(&["min_exec_time", "min_time"]),
        max_ms: num(&["max_exec_time", "max_time"]),
        stddev_ms: num(&["stddev_exec_time", "stddev_time"]),
        rows: num(&["rows"]),
        db: pick(m, &["datname", "database", "dbname", "dbid"]).map(str::to_owned),
        user: pick(m, &["rolname", "usename", "username", "user", "userid"]).map(str::to_owned),
    })
}

pub fn parse_csv(text: &str, agg: &mut (impl RecordSink + TotalsSink)) -> u64 {
    let mut rdr = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(text.as_bytes());
    let headers: Vec<String> = match rdr.headers() {
        Ok(h) => h.iter().map(|s| s.trim().to_owned()).collect(),
        Err(e) => {
            agg.unparsed(1, Unparsed::BadRow, &e.to_string());
            return 1;
        }
    };
    let mut lines = 1;
    for rec in rdr.records() {
        let line = rdr_line(&rec);
        lines = line;
        match rec {
            Ok(r) => {
                let m: HashMap<String, String> = headers
                    .iter()
                    .cloned()
                    .zip(r.iter().map(str::to_owned))
                    .collect();
                match row_from_map(&m) {
                    Some(row) => agg.counted(row),
                    None => agg.unparsed(
                        line,
                        Unparsed::BadRow,
                        &r.iter().collect::<Vec<_>>().join(","),
                    ),
                }
            }
            Err(e) => agg.unparsed(line, Unparsed::BadRow, &e.to_string()),
        }
    }
    lines
}

fn rdr_line(rec: &Result<csv::StringRecord, csv::Error>) -> u64 {
    match rec {
        Ok(r) => r.position().map_or(0, |p| p.line()),
        Err(e) => e.position().map_or(0, |p| p.line()),
    }
}

pub fn parse_json(text: &str, agg: &mut (impl RecordSink + TotalsSink)) -> u64 {
    let flat = |v: &Value| -> HashMap<String, String> {
        v.as_object()
            .map(|o| {
                o.iter()
                    .map(|(k, v)| {
                        let s = match v {
                            Value::String(s) => s.clone(),
                            Value::Null => String::new(),
                            other => other.to_string(),
                        };
                        (k.clone(), s)
                    })
                    .collect()
            })
            .unwrap_or_default()
    };
    let mut handle = |line: u64, v: &Value| match row_from_map(&flat(v)) {
        Some(row) => agg.counted(row),
        None => agg.unparsed(line, Unparsed::BadRow, &v.to_string()),
    };
    if let Ok(Value::Array(rows)) = serde_json::from_str::<Value>(text) {
        for r in &rows {
            handle(1, r);
        }
        return text.lines().count() as u64;
    }
    let mut n = 0;
    let mut bad = Vec::new();
    for (i, l) in text.lines().enumerate() {
        n = i as u64 + 1;
        if l.trim().is_empty() {
            continue;
        }
        match serde_json::from_str::<Value>(l) {
            Ok(v) => handle(n, &v),
            Err(_) => bad.push((n, l)),
        }
    }
    for (line, l) in bad {
        agg.unparsed(line, Unparsed::BadJson, l);
    }
    n
}
