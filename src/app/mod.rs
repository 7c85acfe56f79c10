//! The commands, wired from the stages: read inputs → workload → rules →
//! report. One pipeline, run on one [`settings::Settings`] value; it never
//! names a rule (the registry does). Errors are library errors; the binary
//! maps them to exit codes.
pub mod commands;
pub(crate) mod settings;

use crate::error::{Error, Result};
use crate::input::schema_dump::DumpSummary;
use crate::input::{self, InputSummary, ReadOptions};
use crate::model::graph::SchemaGraph;
use crate::model::schema::Schema;
use crate::model::workload::{AggregateOptions, Workload};
use crate::report::json::{self, Advice, Report, ReportOptions, Tool};
use indicatif::{ProgressBar, ProgressStyle};
use serde::{Deserialize, Serialize};
use std::io::IsTerminal;
use std::path::{Path, PathBuf};

/// Progress is shown on a terminal for inputs larger than this.
const PROGRESS_MIN_BYTES: u64 = 32 << 20;

/// A live database's failure, as the run's error.
fn live_error(e: crate::input::live::LiveError) -> Error {
    Error::Live(e.to_string())
}

/// Reads all inputs into one workload. Inputs that fail are reported in their
/// summary and the run goes on; it fails only when nothing could be read.
pub fn read_inputs(
    paths: &[PathBuf],
    opts: &ReadOptions,
    aggregate: &AggregateOptions,
) -> Result<(Workload, Vec<InputSummary>)> {
    if paths.is_empty() {
        return Err(Error::NoInput(
            "give log files, exports or directories to read".into(),
        ));
    }
    let (files, walk_errors) = input::expand(paths);
    let mut summaries = Vec::new();
    for (p, e) in walk_errors {
        let mut s = failed(&p);
        s.error = Some(format!("{}: {e}", p.display()));
        summaries.push(s);
    }
    let total: u64 = files
        .iter()
        .filter_map(|f| std::fs::metadata(f).ok())
        .map(|m| m.len())
        .sum();
    let bar = if std::io::stderr().is_terminal() && total >= PROGRESS_MIN_BYTES {
        let b = ProgressBar::new(total);
        b.set_style(
            ProgressStyle::with_template(
                "{spinner} {bytes}/{total_bytes} {bytes_per_sec} eta {eta} {wide_msg}",
            )
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
        );
        b
    } else {
        ProgressBar::hidden()
    };
    let mut workload = Workload::default();
    let mut fatal = Vec::new();
    for f in &files {
        bar.set_message(f.display().to_string());
        let b = bar.clone();
        match crate::model::workload::read_path(f, opts, aggregate, Box::new(move |n| b.inc(n))) {
            Ok((w, s)) => {
                workload.merge(w);
                summaries.push(s);
            }
            Err(e) => {
                let mut s = failed(f);
                s.error = Some(e.to_string());
                summaries.push(s);
                fatal.push(e);
            }
        }
    }
    bar.finish_and_clear();
    let readable = summaries.iter().any(|s| s.error.is_none());
    if !readable {
        // One input: its own error is the clearest message.
        if fatal.len() == 1 && summaries.len() == 1 {
            return Err(fatal.remove(0));
        }
        let all: Vec<String> = summaries.iter().filter_map(|s| s.error.clone()).collect();
        return Err(Error::NoInput(if all.is_empty() {
            "the inputs are empty".into()
        } else {
            all.join("; ")
        }));
    }
    Ok((workload, summaries))
}

/// Last step on a complete workload (audit, merge; never a digest, so that
/// merging digests equals auditing all logs): tenant layout detection.
///
/// `schema`: the schema dump or live catalog, when given: only its schemas
/// can be detected as tenants.
pub fn finalize(workload: &mut Workload, aggregate: &AggregateOptions, schema: Option<&Schema>) {
    workload.tenant_pattern = aggregate.tenants.clone();
    if aggregate.detect_tenants && aggregate.tenants.is_enabled() {
        let known: Option<std::collections::BTreeSet<String>> = schema
            .filter(|s| !s.is_empty())
            .map(|s| s.tables.keys().map(|t| t.schema.clone()).collect());
        let found = crate::model::tenants::detect_and_fold(workload, known.as_ref());
        workload.detected_tenant_schemas.extend(found.schemas);
    }
}

fn failed(p: &Path) -> InputSummary {
    serde_json::from_value(serde_json::json!({
        "path": p.display().to_string(), "format": null, "compression": null, "bytes": 0, "lines": 0,
        "events": 0, "unparsed_lines": 0, "unparsed": {}, "unparsed_samples": [], "warnings": {}
    }))
    .expect("static summary is valid")
}

/// A per-host summary that `merge` combines: the workload aggregates, not the log.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Digest {
    pub pgadvisor_digest: u32,
    pub tool: Tool,
    pub inputs: Vec<InputSummary>,
    pub workload: Workload,
}

pub const DIGEST_VERSION: u32 = 1;

pub fn digest(
    paths: &[PathBuf],
    opts: &ReadOptions,
    aggregate: &AggregateOptions,
    rules: &crate::rules::Options,
) -> Result<Digest> {
    let (mut workload, inputs) = read_inputs(paths, opts, aggregate)?;
    workload.sessions_in_digests += workload.sessions.count();
    // Sessions stay on the host; what the rules find in them travels.
    crate::rules::digest_all(&mut workload, rules);
    workload.session_loads = workload.loads();
    Ok(Digest {
        pgadvisor_digest: DIGEST_VERSION,
        tool: Tool::default(),
        inputs,
        workload,
    })
}

pub fn read_digest(path: &Path) -> Result<Digest> {
    let text = std::fs::read_to_string(path).map_err(|e| Error::Io {
        path: path.to_owned(),
        source: e,
    })?;
    let d: Digest = serde_json::from_str(&text).map_err(|e| Error::BadDigest {
        path: path.to_owned(),
        reason: e.to_string(),
    })?;
    if d.pgadvisor_digest != DIGEST_VERSION {
        return Err(Error::BadDigest {
            path: path.to_owned(),
            reason: format!(
                "digest version {} (this pgadvisor reads {DIGEST_VERSION})",
                d.pgadvisor_digest
            ),
        });
    }
    Ok(d)
}

/// Combines digests into the workload an audit of all their logs would give.
pub fn merge_digests(paths: &[PathBuf]) -> Result<(Workload, Vec<InputSummary>)> {
    if paths.is_empty() {
        return Err(Error::NoInput("give digest files to merge".into()));
    }
    let mut workload = Workload::default();
    let mut inputs = Vec::new();
    for p in paths {
        let d = read_digest(p)?;
        workload.merge(d.workload);
        inputs.extend(d.inputs);
    }
    Ok((workload, inputs))
}

/// Query facts, the schema graph and every rule's findings.
pub fn advise(workload: &Workload, schema: Option<(&Schema, &DumpSummary)>) -> Advice {
    advise_with(workload, schema, crate::rules::Options::default())
}

pub fn advise_with(
    workload: &Workload,
    schema: Option<(&Schema, &DumpSummary)>,
    options: crate::rules::Options,
) -> Advice {
    let analysis = crate::model::analysis::analyse_in(workload, schema.map(|s| s.0));
    advise_analysed(workload, &analysis, schema, options, None)
}

/// Advice checked on a live database: the indexes findings propose are
/// costed with HypoPG in `session` (see [`crate::verify`]).
pub fn advise_live(
    workload: &Workload,
    analysis: &crate::model::analysis::Analysis,
    schema: Option<(&Schema, &DumpSummary)>,
    options: crate::rules::Options,
    session: &crate::input::live::Session,
) -> Result<Advice> {
    let oracle =
        crate::verify::oracle::SessionOracle::new(session, workload, analysis, schema.map(|s| s.0));
    let what_if: Option<&dyn crate::rules::missing_index::whatif::Oracle> =
        session.has_hypopg().then_some(&oracle);
    let mut advice = advise_analysed(workload, analysis, schema, options, what_if);
    session.reset_hypothetical().map_err(live_error)?;
    let notes = crate::verify::check_indexes(
        session,
        workload,
        analysis,
        schema.map(|s| s.0),
        &mut advice.findings,
    )
    .map_err(live_error)?;
    advice.diagnostics.extend(notes);
    advice.diagnostics.extend(
        session
            .take_notes()
            .into_iter()
            .map(|n| format!("a statement could not be planned on the database: {n}")),
    );
    Ok(advice)
}

fn advise_analysed(
    workload: &Workload,
    analysis: &crate::model::analysis::Analysis,
    schema: Option<(&Schema, &DumpSummary)>,
    options: crate::rules::Options,
    what_if: Option<&dyn crate::rules::missing_index::whatif::Oracle>,
) -> Advice {
    let graph = SchemaGraph::build(schema.map(|s| s.0), workload, analysis);
    let ctx = crate::rules::Context {
        options,
        workload,
        schema: schema.map(|s| s.0),
        analysis,
        graph: &graph,
        what_if,
        loads: Default::default(),
    };
    let (findings, diagnostics) = crate::rules::evaluate_all(&ctx);
    Advice {
        findings,
        not_analysed: analysis.not_analysed.clone(),
        schema: schema.map(|s| s.1.clone()),
        stats: None,
        graph: Some(graph.report()),
        diagnostics,
        databases: Vec::new(),
    }
}

pub fn report(
    workload: &Workload,
    inputs: Vec<InputSummary>,
    opts: ReportOptions,
    advice: Advice,
) -> Report {
    json::build(workload, inputs, opts, advice)
}

/// What the team decided (config: rules off, severities, suppressions), what
/// changed since `baseline`, and the gate for `fail_on`.
pub fn triage(
    report: &mut Report,
    decisions: &crate::config::Decisions,
    baseline: Option<&Path>,
    fail_on: Option<crate::findings::Severity>,
) -> Result<()> {
    report.suppressed = crate::triage::apply_config(&mut report.findings, decisions);
    report.summary.findings = report.findings.len() as u64;
    if let Some(path) = baseline {
        let old = crate::triage::read_baseline(path)?;
        report.baseline = Some(crate::triage::compare(
            &mut report.findings,
            &report.suppressed,
            old,
            &path.display().to_string(),
        ));
    }
    report.gate = fail_on.map(|s| crate::triage::gate(&report.findings, s));
    report.do_first = crate::report::priorities::rank(report);
    Ok(())
}

pub use crate::config::{DEFAULT_FORMATS, FORMATS};

/// Renders one format of the report; `written` are the formats written
/// beside it (report.md points only at files that exist).
pub fn render(report: &Report, format: &str, written: &[String]) -> Option<(&'static str, String)> {
    let beside = |f: &str| written.iter().any(|w| w == f);
    Some(match format {
        "json" => (
            "report.json",
            serde_json::to_string_pretty(report).expect("a report serializes") + "\n",
        ),
        "md" => (
            "report.md",
            crate::report::markdown::render(report, beside("html"), beside("sql")),
        ),
        "sql" => (
            "recommendations.sql",
            crate::report::migration::render(report),
        ),
        "html" => ("report.html", crate::report::html::render(report)),
        "prom" => ("metrics.prom", crate::report::prom::render(report)),
        _ => return None,
    })
}

/// Writes the given formats into `dir`, creating it.
pub fn write_outputs(dir: &Path, report: &Report, formats: &[String]) -> Result<Vec<PathBuf>> {
    std::fs::create_dir_all(dir).map_err(|e| Error::Write {
        path: dir.to_owned(),
        source: e,
    })?;
    let mut written = Vec::new();
    for f in formats {
        let Some((name, text)) = render(report, f, formats) else {
            continue;
        };
        let path = dir.join(name);
        std::fs::write(&path, text).map_err(|e| Error::Write {
            path: path.clone(),
            source: e,
        })?;
        written.push(path);
    }
    Ok(written)
}

/// One database read live, for [`advise_databases`].
pub struct LiveDatabase {
    pub name: String,
    pub schema: Schema,
    pub dump: DumpSummary,
    pub stats: Option<crate::input::stats_dump::StatsSummary>,
    pub notes: Vec<String>,
    pub session: crate::input::live::Session,
}

/// Advice for several databases of one server (database-per-tenant): each
/// database is advised on its own schema and the part of the workload that
/// ran in it, checked in its own session; a finding found in several
/// databases is reported once, with the databases it concerns.
pub fn advise_databases(
    workload: &Workload,
    analysis: &crate::model::analysis::Analysis,
    dbs: &[LiveDatabase],
    options: crate::rules::Options,
) -> Result<Advice> {
    let split = workload.knows_databases();
    let mut merged: Vec<crate::findings::Finding> = Vec::new();
    let mut out = Advice::default();
    for db in dbs {
        let own = split.then(|| workload.for_database(&db.name));
        let w = own.as_ref().unwrap_or(workload);
        let a = crate::model::analysis::Analysis {
            facts: analysis
                .facts
                .iter()
                .filter(|(id, _)| w.queries.contains_key(id))
                .map(|(id, f)| (*id, f.clone()))
                .collect(),
            not_analysed: analysis.not_analysed.clone(),
        };
        let advice = advise_live(w, &a, Some((&db.schema, &db.dump)), options, &db.session)?;
        let mut summary = json::DatabaseSummary {
            name: db.name.clone(),
            tables: Some(db.schema.tables.len() as u64),
            findings: Some(advice.findings.len() as u64),
            diagnostics: db
                .notes
                .iter()
                .chain(&advice.diagnostics)
                .cloned()
                .collect(),
            ..Default::default()
        };
        summary.diagnostics.dedup();
        out.databases.push(summary);
        if out.schema.is_none() {
            out.schema = Some(db.dump.clone());
            out.stats = db.stats.clone();
            out.graph = advice.graph;
        }
        for mut f in advice.findings {
            match merged.iter_mut().find(|m| m.id == f.id) {
                Some(m) => {
                    m.databases.push(db.name.clone());
                    m.severity = m.severity.max(f.severity);
                    // The statements' totals are the same in every database: not summed.
                    m.impact_ms = m.impact_ms.max(f.impact_ms);
                    for q in f.queries {
                        if !m.queries.contains(&q) {
                            m.queries.push(q);
                        }
                    }
                    if f.verified == crate::findings::Verified::Hypopg {
                        m.verified = f.verified;
                    }
                }
                None => {
                    f.databases = vec![db.name.clone()];
                    merged.push(f);
                }
            }
        }
    }
    for f in &mut merged {
        if f.databases.len() > 1 {
            f.title = format!("{} (in {} databases)", f.title, f.databases.len());
        }
    }
    crate::findings::sort(&mut merged);
    out.findings = merged;
    out.not_analysed = analysis.not_analysed.clone();
    let mut diagnostics: Vec<String> = Vec::new();
    for d in &out.databases {
        for n in &d.diagnostics {
            let line = format!("{}: {n}", d.name);
            if !diagnostics.contains(&line) {
                diagnostics.push(line);
            }
        }
    }
    out.diagnostics = diagnostics;
    Ok(out)
}
