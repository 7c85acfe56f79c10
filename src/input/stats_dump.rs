//! Optional table statistics (`--stats`): row counts, sizes, and `pg_stats`
//! (null fraction, n_distinct, most common values and their frequencies),
//! from the JSON document `scripts/stats.sql` prints
//! (`psql -XAt -f scripts/stats.sql > stats.json`, see README),
//! or from CSV exports of `pg_stats` (header with `attname`, `n_distinct` …)
//! and of table sizes (header with `reltuples` or `rows`).
use crate::catalog::{ColumnStats, IndexUsage, Schema, TableActivity, TableStats};
use crate::error::{Error, Result};
use crate::vocab::format::r3;
use crate::vocab::sql_names::TableRef;
use serde::Deserialize;
use std::path::Path;

#[derive(Debug, Default, Deserialize)]
struct Doc {
    #[serde(default)]
    stats_reset: Option<String>,
    #[serde(default)]
    observed_seconds: Option<f64>,
    #[serde(default)]
    tables: Option<Vec<TableRow>>,
    #[serde(default)]
    columns: Option<Vec<ColumnRow>>,
    #[serde(default)]
    indexes: Option<Vec<IndexRow>>,
}

/// `pg_stat_user_indexes`, for `unused-index`.
#[derive(Debug, Deserialize)]
struct IndexRow {
    schema: String,
    table: String,
    index: String,
    idx_scan: i64,
    #[serde(default)]
    size_bytes: i64,
}

#[derive(Debug, Deserialize)]
struct TableRow {
    schema: String,
    table: String,
    rows: Option<f64>,
    total_bytes: Option<i64>,
    #[serde(default)]
    heap_pages: Option<i64>,
    #[serde(default)]
    all_visible_pages: Option<i64>,
    // pg_stat_user_tables (absent from older exports and from CSV).
    #[serde(default)]
    seq_scan: Option<i64>,
    #[serde(default)]
    seq_tup_read: Option<i64>,
    #[serde(default)]
    idx_scan: Option<i64>,
    #[serde(default)]
    n_tup_ins: Option<i64>,
    #[serde(default)]
    n_tup_upd: Option<i64>,
    #[serde(default)]
    n_tup_del: Option<i64>,
    #[serde(default)]
    n_tup_hot_upd: Option<i64>,
    #[serde(default)]
    n_live_tup: Option<i64>,
    #[serde(default)]
    n_dead_tup: Option<i64>,
    #[serde(default)]
    last_vacuum: Option<String>,
    #[serde(default)]
    last_analyze: Option<String>,
}

#[derive(Debug, Deserialize)]
struct ColumnRow {
    schema: String,
    table: String,
    column: String,
    null_frac: Option<f64>,
    n_distinct: Option<f64>,
    #[serde(default)]
    most_common_vals: Option<Vec<Option<String>>>,
    #[serde(default)]
    most_common_freqs: Option<Vec<f64>>,
    #[serde(default)]
    median: Option<String>,
    #[serde(default)]
    avg_width: Option<f64>,
    #[serde(default)]
    lowest: Option<String>,
    #[serde(default)]
    highest: Option<String>,
    #[serde(default)]
    correlation: Option<f64>,
}

/// What a stats file added.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct StatsSummary {
    pub path: String,
    pub tables: u64,
    pub columns: u64,
    /// When the activity counters were last reset (`never`: since the server started).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stats_reset: Option<String>,
    /// Tables by rows written per second, busiest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub activity: Vec<ActivityRow>,
}

/// One table's activity in the report.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ActivityRow {
    pub table: String,
    pub writes_per_second: f64,
    pub scans_per_second: f64,
    pub inserted: i64,
    pub updated: i64,
    pub deleted: i64,
    pub seq_scan: i64,
    pub idx_scan: i64,
    pub live_rows: i64,
    pub dead_rows: i64,
    pub last_vacuum: Option<String>,
    pub last_analyze: Option<String>,
}

fn stats_of<'s>(schema: &'s mut Schema, schema_name: &str, table: &str) -> &'s mut TableStats {
    schema
        .tables
        .entry(TableRef::new(schema_name, table))
        .or_default()
        .stats
        .get_or_insert_with(TableStats::default)
}

fn apply(schema: &mut Schema, doc: Doc, summary: &mut StatsSummary) {
    summary.stats_reset = doc
        .observed_seconds
        .map(|_| doc.stats_reset.clone().unwrap_or_else(|| "never".into()));
    for t in doc.tables.unwrap_or_default() {
        let s = stats_of(schema, &t.schema, &t.table);
        // reltuples is -1 for a table never analysed.
        s.rows = t.rows.filter(|r| *r >= 0.0);
        s.total_bytes = t.total_bytes.and_then(|b| u64::try_from(b).ok());
        s.heap_pages = t.heap_pages.and_then(|b| u64::try_from(b).ok());
        s.all_visible_pages = t.all_visible_pages.and_then(|b| u64::try_from(b).ok());
        if let (Some(secs), Some(ins)) = (doc.observed_seconds, t.n_tup_ins) {
            let a = TableActivity {
                observed_seconds: secs,
                seq_scan: t.seq_scan.unwrap_or(0),
                seq_tup_read: t.seq_tup_read.unwrap_or(0),
                idx_scan: t.idx_scan.unwrap_or(0),
                inserted: ins,
                updated: t.n_tup_upd.unwrap_or(0),
                deleted: t.n_tup_del.unwrap_or(0),
                hot_updated: t.n_tup_hot_upd.unwrap_or(0),
                live_rows: t.n_live_tup.unwrap_or(0),
                dead_rows: t.n_dead_tup.unwrap_or(0),
                last_vacuum: t.last_vacuum,
                last_analyze: t.last_analyze,
            };
            summary.activity.push(ActivityRow {
                table: TableRef::new(&t.schema, &t.table).to_string(),
                writes_per_second: r3(a.writes_per_second()),
                scans_per_second: r3(a.scans_per_second()),
                inserted: a.inserted,
                updated: a.updated,
                deleted: a.deleted,
                seq_scan: a.seq_scan,
                idx_scan: a.idx_scan,
                live_rows: a.live_rows,
                dead_rows: a.dead_rows,
                last_vacuum: a.last_vacuum.clone(),
                last_analyze: a.last_analyze.clone(),
            });
            s.activity = Some(a);
        }
        summary.tables += 1;
    }
    summary.activity.sort_by(|a, b| {
        b.writes_per_second
            .total_cmp(&a.writes_per_second)
            .then(b.scans_per_second.total_cmp(&a.scans_per_second))
            .then_with(|| a.table.cmp(&b.table))
    });
    if doc.indexes.is_some() {
        schema.stats_reset = summary.stats_reset.clone();
    }
    for i in doc.indexes.unwrap_or_default() {
        // Only indexes the schema dump declares: usage alone says nothing to fix.
        let Some(index) = schema
            .tables
            .get_mut(&TableRef::new(&i.schema, &i.table))
            .and_then(|t| t.indexes.iter_mut().find(|x| x.name == i.index))
        else {
            continue;
        };
        index.usage = Some(IndexUsage {
            scans: i.idx_scan,
            size_bytes: i.size_bytes,
        });
    }
    for c in doc.columns.unwrap_or_default() {
        let s = stats_of(schema, &c.schema, &c.table);
        let vals = c.most_common_vals.unwrap_or_default();
        let freqs = c.most_common_freqs.unwrap_or_default();
        s.columns.insert(
            c.column,
            ColumnStats {
                n_distinct: c.n_distinct,
                null_frac: c.null_frac,
                most_common: vals
                    .into_iter()
                    .zip(freqs)
                    .filter_map(|(v, f)| Some((v?, f)))
                    .collect(),
                median: c.median,
                avg_width: c.avg_width,
                lowest: c.lowest,
                highest: c.highest,
                correlation: c.correlation,
            },
        );
        summary.columns += 1;
    }
}

/// Parses a PostgreSQL array literal (`{a,"b c",NULL}`) into its elements.
pub fn parse_array(text: &str) -> Vec<Option<String>> {
    let inner = text.trim().trim_start_matches('{').trim_end_matches('}');
    let mut out = Vec::new();
    let mut cur = String::new();
    let (mut quoted, mut was_quoted, mut chars) = (false, false, inner.chars().peekable());
    while let Some(c) = chars.next() {
        match c {
            '"' => {
                quoted = !quoted;
                was_quoted = true;
            }
            '\\' if quoted => {
                if let Some(n) = chars.next() {
                    cur.push(n);
                }
            }
            ',' if !quoted => {
                out.push(if !was_quoted && cur == "NULL" {
                    None
                } else {
                    Some(std::mem::take(&mut cur))
                });
                cur.clear();
                was_quoted = false;
            }
            _ => cur.push(c),
        }
    }
    if !inner.is_empty() {
        out.push(if !was_quoted && cur == "NULL" {
            None
        } else {
            Some(cur)
        });
    }
    out
}

fn from_csv(text: &str) -> std::result::Result<Doc, String> {
    let mut rdr = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(text.as_bytes());
    let headers: Vec<String> = rdr
        .headers()
        .map_err(|e| e.to_string())?
        .iter()
        .map(str::to_owned)
        .collect();
    let col = |name: &str| headers.iter().position(|h| h == name);
    let mut doc = Doc::default();
    if col("attname").is_some() {
        let mut rows = Vec::new();
        for r in rdr.records() {
            let r = r.map_err(|e| e.to_string())?;
            let get = |n: &str| col(n).and_then(|i| r.get(i)).filter(|s| !s.is_empty());
            let (Some(s), Some(t), Some(c)) = (get("schemaname"), get("tablename"), get("attname"))
            else {
                continue;
            };
            let bounds = get("histogram_bounds").map(parse_array).unwrap_or_default();
            rows.push(ColumnRow {
                schema: s.to_owned(),
                table: t.to_owned(),
                column: c.to_owned(),
                null_frac: get("null_frac").and_then(|v| v.parse().ok()),
                n_distinct: get("n_distinct").and_then(|v| v.parse().ok()),
                avg_width: get("avg_width").and_then(|v| v.parse().ok()),
                correlation: get("correlation").and_then(|v| v.parse().ok()),
                most_common_vals: get("most_common_vals").map(parse_array),
                most_common_freqs: get("most_common_freqs").map(|v| {
                    parse_array(v)
                        .into_iter()
                        .flatten()
                        .filter_map(|x| x.parse().ok())
                        .collect()
                }),
                median: bounds
                    .get(bounds.len().saturating_sub(1) / 2)
                    .cloned()
                    .flatten(),
                lowest: bounds.first().cloned().flatten(),
                highest: bounds.last().cloned().flatten(),
            });
        }
        doc.columns = Some(rows);
    } else if col("reltuples").or(col("rows")).is_some() {
        let mut rows = Vec::new();
        for r in rdr.records() {
            let r = r.map_err(|e| e.to_string())?;
            let get = |names: &[&str]| {
                names
                    .iter()
                    .find_map(|n| col(n).and_then(|i| r.get(i)))
                    .filter(|s| !s.is_empty())
            };
            let (Some(s), Some(t)) = (
                get(&["schema", "schemaname", "nspname"]),
                get(&["table", "tablename", "relname"]),
            ) else {
                continue;
            };
            rows.push(TableRow {
                schema: s.to_owned(),
                table: t.to_owned(),
                rows: get(&["rows", "reltuples"]).and_then(|v| v.parse().ok()),
                total_bytes: get(&["total_bytes", "bytes"]).and_then(|v| v.parse().ok()),
                heap_pages: get(&["heap_pages", "relpages"]).and_then(|v| v.parse().ok()),
                all_visible_pages: get(&["all_visible_pages", "relallvisible"])
                    .and_then(|v| v.parse().ok()),
                seq_scan: None,
                seq_tup_read: None,
                idx_scan: None,
                n_tup_ins: None,
                n_tup_upd: None,
                n_tup_del: None,
                n_tup_hot_upd: None,
                n_live_tup: None,
                n_dead_tup: None,
                last_vacuum: None,
                last_analyze: None,
            });
        }
        doc.tables = Some(rows);
    } else {
        return Err("CSV without the columns of pg_stats (attname, n_distinct …) or of table sizes (reltuples/rows)".into());
    }
    Ok(doc)
}

/// Applies the JSON document of `scripts/stats.sql` (from a live database).
pub fn apply_json(
    schema: &mut Schema,
    json: &str,
    source: &str,
) -> std::result::Result<StatsSummary, String> {
    let doc: Doc = serde_json::from_str(json).map_err(|e| e.to_string())?;
    let mut summary = StatsSummary {
        path: source.to_owned(),
        ..Default::default()
    };
    apply(schema, doc, &mut summary);
    Ok(summary)
}

/// Reads a statistics file into `schema` (tables not in the dump are added with stats only).
pub fn read(path: &Path, schema: &mut Schema) -> Result<StatsSummary> {
    let text = std::fs::read_to_string(path).map_err(|e| Error::Io {
        path: path.to_owned(),
        source: e,
    })?;
    parse(&text, schema, &path.display().to_string()).map_err(|(line, message)| Error::Input {
        path: path.to_owned(),
        line,
        message,
    })
}

/// Reads statistics text (the JSON of `scripts/stats.sql`, or its CSV) into
/// `schema`; an error gives the line and the reason.
pub fn parse(
    text: &str,
    schema: &mut Schema,
    source: &str,
) -> std::result::Result<StatsSummary, (u64, String)> {
    let doc = if text.trim_start().starts_with('{') {
        serde_json::from_str::<Doc>(text).map_err(|e| (e.line() as u64, e.to_string()))?
    } else {
        from_csv(text).map_err(|message| (1, message))?
    };
    let mut summary = StatsSummary {
        path: source.to_owned(),
        ..Default::default()
    };
    apply(schema, doc, &mut summary);
    Ok(summary)
}

#[cfg(test)]
mod tests {
    #[test]
    fn array_literals() {
        assert_eq!(
            super::parse_array(r#"{nova,"em andamento",NULL,"a\"b"}"#),
            vec![
                Some("nova".into()),
                Some("em andamento".into()),
                None,
                Some("a\"b".into())
            ]
        );
        assert!(super::parse_array("{}").is_empty());
    }

    #[test]
    fn the_visibility_map_is_read_with_the_heap_pages() {
        let mut schema = crate::catalog::Schema::default();
        let json = r#"{"tables": [{"schema": "public", "table": "lineitem", "rows": 6001215,
            "total_bytes": 1056440320, "heap_pages": 112503, "all_visible_pages": 82913}]}"#;
        super::apply_json(&mut schema, json, "stats.json").unwrap();
        let t = crate::vocab::sql_names::TableRef::new("public", "lineitem");
        let stats = schema.table(&t).and_then(|t| t.stats.as_ref()).unwrap();
        assert_eq!(stats.heap_pages, Some(112_503));
        assert_eq!(stats.all_visible_pages, Some(82_913));
    }
}
