//! Readers: from files to records to a partial workload.
//!
//! [`read_path`] opens one file (decompressing by content), detects its
//! format, and streams it through the format's parser in parallel chunks.
//! Every line ends up in a record or in the unparsed counts with a reason.
pub(crate) mod cloudwatch;
pub mod csvlog;
pub(crate) mod fold;
pub mod jsonlog;
pub mod live;
pub(crate) mod message;
pub mod pgss;
pub mod prefix;
pub(crate) mod record;
pub mod schema_dump;
pub(crate) mod source;
pub mod sqlfile;
pub mod stats_dump;
pub mod stderr;
pub mod syslog;
pub(crate) mod timestamp;

use crate::error::{Error, Result};
use fold::Folder;
use prefix::Prefix;
use rayon::iter::{ParallelBridge, ParallelIterator};
use record::{ReadStats, Record, RecordSink, Unparsed};
use serde::{Deserialize, Serialize};
use source::{Chunk, Compression};
use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// Input formats; the names are those of `--input-format` and `report.json`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "snake_case")]
#[clap(rename_all = "snake_case")]
pub enum InputFormat {
    Stderr,
    Csvlog,
    Jsonlog,
    #[clap(name = "cloudnativepg")]
    #[serde(rename = "cloudnativepg")]
    CloudNativePg,
    Cloudsql,
    /// Azure Database for PostgreSQL's diagnostic-setting records (JSON lines).
    AzureDiagnostic,
    Syslog,
    /// Amazon RDS/Aurora logs exported from CloudWatch Logs to S3: each
    /// line after CloudWatch's ISO 8601 stamp.
    CloudwatchExport,
    PgStatStatementsCsv,
    PgStatStatementsJson,
    Sql,
}

impl InputFormat {
    /// The name used on the command line and in report.json.
    pub fn name(self) -> String {
        serde_json::to_value(self)
            .ok()
            .and_then(|v| v.as_str().map(str::to_owned))
            .unwrap_or_default()
    }
}

/// How to read inputs.
#[derive(Debug, Clone, Default)]
pub struct ReadOptions {
    pub format: Option<InputFormat>,
    pub prefix: Option<Prefix>,
    /// Decompressed bytes per chunk (tests use small ones to exercise edges).
    pub chunk_size: Option<usize>,
}

/// What one input gave: the `inputs[]` entry of report.json.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct InputSummary {
    pub path: String,
    pub format: Option<InputFormat>,
    pub compression: Option<String>,
    /// The log_line_prefix used (given or inferred).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub log_line_prefix: Option<String>,
    pub bytes: u64,
    pub lines: u64,
    pub events: u64,
    pub unparsed_lines: u64,
    /// Unparsed lines by reason, each explained.
    pub unparsed: BTreeMap<String, UnparsedReason>,
    pub unparsed_samples: Vec<UnparsedSample>,
    pub warnings: BTreeMap<String, u64>,
    /// First few warnings with their line.
    #[serde(default)]
    pub warning_samples: Vec<WarningSample>,
    /// Set when the input could not be read at all.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct UnparsedReason {
    pub count: u64,
    pub why: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct WarningSample {
    pub line: u64,
    pub what: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct UnparsedSample {
    pub line: u64,
    pub reason: String,
    pub text: String,
}

impl InputSummary {
    fn new(path: &Path) -> Self {
        Self {
            path: path.display().to_string(),
            format: None,
            compression: None,
            log_line_prefix: None,
            bytes: 0,
            lines: 0,
            events: 0,
            unparsed_lines: 0,
            unparsed: BTreeMap::new(),
            unparsed_samples: Vec::new(),
            warnings: BTreeMap::new(),
            warning_samples: Vec::new(),
            error: None,
        }
    }

    fn set_stats(&mut self, s: ReadStats) {
        self.lines = s.lines;
        self.events = s.records;
        self.unparsed_lines = s.unparsed_lines;
        let name = |u: Unparsed| {
            serde_json::to_value(u)
                .ok()
                .and_then(|v| v.as_str().map(str::to_owned))
                .unwrap_or_default()
        };
        self.unparsed = s
            .unparsed
            .into_iter()
            .map(|(k, v)| {
                (
                    name(k),
                    UnparsedReason {
                        count: v,
                        why: k.explain().to_owned(),
                    },
                )
            })
            .collect();
        self.unparsed_samples = s
            .unparsed_samples
            .into_iter()
            .map(|(line, why, text)| UnparsedSample {
                line,
                reason: name(why),
                text,
            })
            .collect();
        self.warnings = s.warnings;
        self.warning_samples = s
            .warning_samples
            .into_iter()
            .map(|(line, what)| WarningSample { line, what })
            .collect();
    }
}

/// Expands directories (recursively, sorted) into files. Problems are returned, not fatal.
pub fn expand(paths: &[PathBuf]) -> (Vec<PathBuf>, Vec<(PathBuf, std::io::Error)>) {
    let mut files = Vec::new();
    let mut errors = Vec::new();
    for p in paths {
        walk(p, &mut files, &mut errors);
    }
    (files, errors)
}

fn walk(p: &Path, files: &mut Vec<PathBuf>, errors: &mut Vec<(PathBuf, std::io::Error)>) {
    if p == Path::new("-") {
        files.push(p.to_owned());
        return;
    }
    match std::fs::metadata(p) {
        Ok(m) if m.is_dir() => match std::fs::read_dir(p) {
            Ok(rd) => {
                let mut entries: Vec<PathBuf> =
                    rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
                entries.sort();
                for e in entries {
                    let hidden = e
                        .file_name()
                        .and_then(|n| n.to_str())
                        .is_some_and(|n| n.starts_with('.'));
                    if !hidden {
                        walk(&e, files, errors);
                    }
                }
            }
            Err(e) => errors.push((p.to_owned(), e)),
        },
        Ok(_) => files.push(p.to_owned()),
        Err(e) => errors.push((p.to_owned(), e)),
    }
}

const SNIFF: usize = 256 << 10;

/// What detection decided for a file.
struct Plan {
    format: InputFormat,
    prefix: Option<Prefix>,
}

fn detect(path: &Path, sniffed: &str, opts: &ReadOptions) -> Result<Plan> {
    let lines: Vec<&str> = sniffed
        .lines()
        .filter(|l| !l.trim().is_empty())
        .take(5000)
        .collect();
    // The last sniffed line may be cut; ignore it when there are others.
    let lines = if lines.len() > 1 && !sniffed.ends_with('\n') {
        &lines[..lines.len() - 1]
    } else {
        &lines[..]
    };
    let first = lines.first().copied().unwrap_or("");
    let format = match opts.format {
        Some(f) => f,
        None => detect_format(path, sniffed, lines, first)?,
    };
    let prefix = match format {
        InputFormat::Stderr => Some(stderr_prefix(path, lines, opts)?),
        InputFormat::CloudwatchExport => {
            let unstamped: Vec<&str> = lines
                .iter()
                .map(|l| cloudwatch::unstamped_str(l).unwrap_or(l))
                .collect();
            Some(stderr_prefix(path, &unstamped, opts)?)
        }
        InputFormat::Syslog => {
            let rests: Vec<&str> = lines
                .iter()
                .filter_map(|l| syslog::header(l, 2000))
                .filter(|h| h.part == 1)
                .map(|h| h.rest)
                .collect();
            Some(match &opts.prefix {
                Some(p) => p.clone(),
                None => prefix::infer_all(rests.iter().copied())
                    .map(|(p, _)| p)
                    .unwrap_or(Prefix::parse("").map_err(|reason| Error::BadPrefix {
                        prefix: String::new(),
                        reason,
                    })?),
            })
        }
        InputFormat::AzureDiagnostic => {
            let messages = jsonlog::azure_messages(sniffed);
            Some(match &opts.prefix {
                Some(p) => p.clone(),
                None => {
                    prefix::infer_all(messages.iter().map(String::as_str))
                        .ok_or_else(|| Error::UnknownPrefix {
                            path: path.to_owned(),
                            line: 1,
                            sample: messages
                                .first()
                                .map_or(first, String::as_str)
                                .chars()
                                .take(200)
                                .collect(),
                        })?
                        .0
                }
            })
        }
        InputFormat::Cloudsql => {
            let payloads = jsonlog::cloudsql_payloads(sniffed);
            let (p, _) =
                prefix::infer_all(payloads.iter().map(String::as_str)).ok_or_else(|| {
                    Error::UnknownPrefix {
                        path: path.to_owned(),
                        line: 1,
                        sample: first.chars().take(200).collect(),
                    }
                })?;
            Some(p)
        }
        _ => None,
    };
    Ok(Plan { format, prefix })
}

fn detect_format(path: &Path, sniffed: &str, lines: &[&str], first: &str) -> Result<InputFormat> {
    let pgbouncer = lines
        .iter()
        .take(50)
        .filter(|l| {
            l.contains(" C-0x")
                || l.contains(" S-0x")
                || l.contains("process up: pgbouncer")
                || l.contains(" LOG stats: ")
        })
        .count();
    if pgbouncer > 0 && pgbouncer * 2 >= lines.len().min(50) {
        return Err(Error::NotAPostgresLog {
            path: path.to_owned(),
            reason: "this is a pgbouncer log, not a PostgreSQL server log: it has no statements or durations to analyse".into(),
        });
    }
    // Supabase's log explorer export: its rows quote messages without
    // escaping their quotes, and hold pgaudit lines rather than statements.
    if first
        .trim_start_matches('\u{feff}')
        .starts_with("\"error_severity\",\"event_message\"")
    {
        return Err(Error::NotAPostgresLog {
            path: path.to_owned(),
            reason: "this is a Supabase log explorer export (error_severity, event_message, id, \
                     timestamp), which pgadvisor does not read yet: export the Postgres logs \
                     with log_min_duration_statement, or give a pg_stat_statements export \
                     (supabase inspect db outliers, or \\copy of pg_stat_statements)"
                .into(),
        });
    }
    if let Some(reason) = cloudwatch::refusal(sniffed, first) {
        return Err(Error::NotAPostgresLog {
            path: path.to_owned(),
            reason,
        });
    }
    if sniffed.contains("QUERY PLAN") || (first.contains("(cost=") && first.contains("rows=")) {
        return Err(Error::NotAPostgresLog {
            path: path.to_owned(),
            reason: "this looks like EXPLAIN output; plans are read by `pgadvisor explain`".into(),
        });
    }
    let t = first.trim_start();
    // `[1127]: [8-1] db=…` is a log_line_prefix starting with `[%p]`, not a
    // JSON array: that opens with a value (`{`, `"`, `]`) or ends the line.
    let json_array = t.strip_prefix('[').is_some_and(|r| {
        let r = r.trim_start();
        r.is_empty() || r.starts_with(['{', '"', ']'])
    });
    if t.starts_with('{') || json_array {
        if pgss::is_json(sniffed) && jsonlog::detect(first).is_none() {
            return Ok(InputFormat::PgStatStatementsJson);
        }
        return match jsonlog::detect(first) {
            Some(jsonlog::Flavor::JsonLog) => Ok(InputFormat::Jsonlog),
            Some(jsonlog::Flavor::CloudNativePg) => Ok(InputFormat::CloudNativePg),
            Some(jsonlog::Flavor::CloudSql) => Ok(InputFormat::Cloudsql),
            Some(jsonlog::Flavor::AzureDiagnostic) => Ok(InputFormat::AzureDiagnostic),
            None => Err(Error::Input {
                path: path.to_owned(),
                line: 1,
                message:
                    "JSON that is neither jsonlog, CloudNativePG, Cloud SQL nor pg_stat_statements"
                        .into(),
            }),
        };
    }
    if pgss::is_csv_header(first) {
        return Ok(InputFormat::PgStatStatementsCsv);
    }
    if cloudwatch::looks_exported(lines) {
        return Ok(InputFormat::CloudwatchExport);
    }
    if csvlog::looks_like(first) {
        return Ok(InputFormat::Csvlog);
    }
    // Syslog, PostgreSQL's among other programs' frames (Heroku's drain
    // carries the platform's metrics too): most lines are frames, and
    // some are PostgreSQL's.
    let head = || lines.iter().take(20);
    let majority = |n: usize| n * 2 > lines.len().min(20);
    let postgres = head().filter(|l| syslog::looks_like(l)).count();
    let frames = head().filter(|l| syslog::is_frame(l, 2000)).count();
    if majority(postgres) || (majority(frames) && postgres > 0) {
        return Ok(InputFormat::Syslog);
    }
    let is_sql_name = path
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("sql"));
    if is_sql_name || (prefix::prefix_text(first).is_none() && sqlfile::looks_like(sniffed)) {
        return Ok(InputFormat::Sql);
    }
    Ok(InputFormat::Stderr)
}

fn stderr_prefix(path: &Path, lines: &[&str], opts: &ReadOptions) -> Result<Prefix> {
    if let Some(p) = &opts.prefix {
        return Ok(p.clone());
    }
    // The lines that look like log records (a severity after some prefix):
    // a message's further lines, tab or not, say nothing of the prefix.
    let heads: Vec<&str> = lines
        .iter()
        .copied()
        .filter(|l| !l.starts_with('\t') && prefix::prefix_text(l).is_some())
        .collect();
    let sample = || {
        let (i, l) = lines
            .iter()
            .enumerate()
            .find(|(_, l)| !l.starts_with('\t'))
            .unwrap_or((0, &""));
        (i as u64 + 1, l.chars().take(200).collect::<String>())
    };
    match prefix::infer_all(heads.iter().copied()) {
        Some((p, hits)) if hits * 2 >= heads.len().min(2000) => Ok(p),
        _ => {
            let (line, sample) = sample();
            Err(Error::UnknownPrefix {
                path: path.to_owned(),
                line,
                sample,
            })
        }
    }
}

/// Re-numbers lines of rebuilt text (Cloud SQL) back to the file's own lines.
struct LineMap<'s> {
    inner: &'s mut dyn RecordSink,
    map: &'s [u64],
    first: u64,
}

impl LineMap<'_> {
    fn orig(&self, line: u64) -> u64 {
        let i = line.saturating_sub(self.first) as usize;
        self.map.get(i).copied().unwrap_or(line)
    }
}

impl RecordSink for LineMap<'_> {
    fn record(&mut self, r: &Record<'_>) {
        let mut r = r.clone();
        r.line = self.orig(r.line);
        self.inner.record(&r);
    }
    fn unparsed(&mut self, line: u64, why: Unparsed, text: &str) {
        let l = self.orig(line);
        self.inner.unparsed(l, why, text);
    }
    fn warning(&mut self, line: u64, what: &str) {
        let l = self.orig(line);
        self.inner.warning(l, what);
    }
}

fn file_year(path: &Path) -> i32 {
    use chrono::Datelike;
    std::fs::metadata(path)
        .and_then(|m| m.modified())
        .map(|t| chrono::DateTime::<chrono::Utc>::from(t).year())
        .unwrap_or_else(|_| chrono::Utc::now().year())
}

fn count_lines(data: &[u8]) -> u64 {
    let n = memchr::memchr_iter(b'\n', data).count() as u64;
    n + u64::from(!data.is_empty() && data.last() != Some(&b'\n'))
}

/// Reads one file, folding its records with `folder`. Errors that stop this
/// file are returned; the caller records them and goes on with the other inputs.
pub fn read_path<F: Folder>(
    path: &Path,
    opts: &ReadOptions,
    folder: &F,
    on_read: Box<dyn FnMut(u64) + Send>,
) -> Result<(F::Whole, InputSummary)> {
    let io = |e| Error::Io {
        path: path.to_owned(),
        source: e,
    };
    let mut summary = InputSummary::new(path);
    if path != Path::new("-") {
        summary.bytes = std::fs::metadata(path).map_err(io)?.len();
    }
    let (mut reader, compression) = source::open(path, on_read).map_err(io)?;
    summary.compression = match compression {
        Compression::None => None,
        Compression::Gzip => Some("gzip".into()),
        Compression::Bzip2 => Some("bzip2".into()),
    };
    let sniffed = source::sniff(&mut reader, SNIFF).map_err(io)?;
    if sniffed.is_empty() {
        summary.format = opts.format;
        return Ok((F::Whole::default(), summary));
    }
    let sniff_text = String::from_utf8_lossy(&sniffed);
    let plan = detect(path, &sniff_text, opts)?;
    summary.format = Some(plan.format);
    summary.log_line_prefix = plan.prefix.as_ref().map(|p| p.spec().to_owned());

    // Whole-file formats: small exports, read at once.
    if matches!(
        plan.format,
        InputFormat::PgStatStatementsCsv | InputFormat::PgStatStatementsJson | InputFormat::Sql
    ) {
        let mut all = sniffed;
        reader.read_to_end(&mut all).map_err(io)?;
        let (text, _) = source::decode(&all, 1);
        let mut fold = folder.start();
        let lines = match plan.format {
            InputFormat::PgStatStatementsCsv => pgss::parse_csv(&text, &mut fold),
            InputFormat::PgStatStatementsJson => pgss::parse_json(&text, &mut fold),
            _ => sqlfile::parse(&text, &mut fold),
        };
        let (part, mut stats) = folder.finish(fold);
        stats.lines = lines;
        summary.set_stats(stats);
        return Ok((F::whole(part), summary));
    }

    let year = file_year(path);
    let prefix = plan.prefix.clone();
    let boundary: Box<Boundary> = match plan.format {
        InputFormat::Stderr => {
            let p = prefix
                .clone()
                .unwrap_or_else(|| Prefix::parse("").expect("empty prefix"));
            Box::new(move |l: &[u8]| stderr::is_boundary(&p, l))
        }
        InputFormat::CloudwatchExport => {
            let p = prefix.clone().expect("a CloudWatch export has a prefix");
            Box::new(move |l: &[u8]| {
                cloudwatch::unstamped(l).is_some_and(|rest| stderr::is_boundary(&p, rest))
            })
        }
        InputFormat::Csvlog => Box::new(csvlog::is_boundary),
        InputFormat::Syslog => Box::new(move |l: &[u8]| syslog::is_boundary(l, year)),
        // One JSON object per line; Cloud SQL continuations start with a tab payload.
        _ => Box::new(|l: &[u8]| {
            l.first() == Some(&b'{') && memchr::memmem::find(l, b"\"textPayload\":\"\\t").is_none()
        }),
    };
    let format = plan.format;
    let parse = |c: &Chunk, agg: &mut dyn RecordSink| match format {
        InputFormat::Stderr => stderr::parse(
            &c.data,
            c.first_line,
            prefix.as_ref().expect("stderr has a prefix"),
            agg,
        ),
        InputFormat::CloudwatchExport => stderr::parse_unstamped(
            &c.data,
            c.first_line,
            prefix.as_ref().expect("a CloudWatch export has a prefix"),
            agg,
        ),
        InputFormat::Csvlog => csvlog::parse(&c.data, c.first_line, agg),
        InputFormat::Syslog => syslog::parse(
            &c.data,
            c.first_line,
            prefix.as_ref().expect("syslog has a prefix"),
            year,
            agg,
        ),
        InputFormat::Cloudsql | InputFormat::AzureDiagnostic => {
            let (text, map) =
                jsonlog::cloudsql_to_stderr(&c.data, c.first_line, prefix.as_ref(), agg);
            let mut mapped = LineMap {
                inner: agg,
                map: &map,
                first: 1,
            };
            stderr::parse(
                text.as_bytes(),
                1,
                prefix.as_ref().expect("cloudsql and azure have a prefix"),
                &mut mapped,
            );
        }
        _ => jsonlog::parse(&c.data, c.first_line, agg),
    };
    let (w, stats, err) = run_chunked(reader, sniffed, opts, folder, &*boundary, &parse);
    let lines = stats.lines;
    summary.set_stats(stats);
    if let Some(e) = err {
        // What was read before the damage is kept; the damage is reported.
        summary.error = Some(format!(
            "{}:{}: read error, the rest of the file was skipped: {e}",
            path.display(),
            lines + 1
        ));
    }
    Ok((w, summary))
}

/// Whether a line may start a chunk.
type Boundary = dyn Fn(&[u8]) -> bool + Sync;

struct Ordered<F: Folder> {
    next: usize,
    waiting: BTreeMap<usize, (F::Part, ReadStats)>,
    whole: F::Whole,
    stats: ReadStats,
}

impl<F: Folder> Ordered<F> {
    fn push(&mut self, folder: &F, index: usize, part: F::Part, stats: ReadStats) {
        self.waiting.insert(index, (part, stats));
        while let Some((p, s)) = self.waiting.remove(&self.next) {
            folder.append(&mut self.whole, p);
            self.stats.merge(s);
            self.next += 1;
        }
    }
}

/// Streams chunks from a reader thread to rayon workers and merges the
/// partial results in file order. At most a few chunks are in flight, so
/// memory stays bounded whatever the file size.
fn run_chunked<F: Folder>(
    reader: Box<dyn Read + Send>,
    start: Vec<u8>,
    opts: &ReadOptions,
    folder: &F,
    boundary: &(dyn Fn(&[u8]) -> bool + Sync),
    parse: &(dyn Fn(&Chunk, &mut dyn RecordSink) + Sync),
) -> (F::Whole, ReadStats, Option<std::io::Error>) {
    let target = opts.chunk_size.unwrap_or(source::CHUNK_TARGET);
    let in_flight = rayon::current_num_threads().max(1) * 2;
    let (tx, rx) = std::sync::mpsc::sync_channel::<Chunk>(in_flight);
    let ordered = Mutex::new(Ordered::<F> {
        next: 0,
        waiting: BTreeMap::new(),
        whole: F::Whole::default(),
        stats: ReadStats::default(),
    });
    let read_result = std::thread::scope(|s| {
        let producer = s
            .spawn(move || source::chunks(reader, start, target, boundary, |c| tx.send(c).is_ok()));
        rx.into_iter().par_bridge().for_each(|chunk| {
            let mut fold = folder.start();
            parse(&chunk, &mut fold);
            let (part, mut st) = folder.finish(fold);
            st.lines = count_lines(&chunk.data);
            let index = chunk.index;
            drop(chunk);
            if let Ok(mut o) = ordered.lock() {
                o.push(folder, index, part, st);
            }
        });
        producer
            .join()
            .unwrap_or_else(|_| Err(std::io::Error::other("reader thread panicked")))
    });
    let o = ordered
        .into_inner()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    (o.whole, o.stats, read_result.err())
}
