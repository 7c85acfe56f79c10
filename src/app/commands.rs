//! The commands as a user runs them: read, advise, report, gate. The binary
//! parses the command line and maps the outcome to an exit code; everything
//! in between is here, on one [`Settings`] value.
use super::live_error;
use super::settings::Settings;
use crate::cli::{Command, OutArgs};
use crate::config::Config;
use crate::error::{Error, Result};
use crate::input::live::{self, LiveData};
use crate::input::schema_dump::{self, DumpSummary};
use crate::input::{stats_dump, InputSummary};
use crate::model::schema::Schema;
use crate::model::workload::Workload;
use crate::report::json::Advice;
use crate::report::terminal;
use std::path::{Path, PathBuf};

/// How a command ended, for the exit code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// It ran (exit 0).
    Ran,
    /// It ran and findings are at or above `--fail-on` (exit 1).
    Failing,
}

/// Runs one command.
pub fn run(command: Command) -> Result<Outcome> {
    match command {
        Command::Audit {
            inputs,
            read,
            out,
            config,
        } => {
            let cfg = Config::discover(config.config.as_deref())?;
            audit(&inputs, &out, &Settings::for_audit(&read, &out, cfg)?)
        }
        Command::Digest {
            inputs,
            output,
            read,
            config,
        } => {
            let cfg = Config::discover(config.config.as_deref())?;
            digest(&inputs, &output, &Settings::for_reading(&read, cfg)?)
        }
        Command::Merge {
            digests,
            out,
            config,
        } => {
            let cfg = Config::discover(config.config.as_deref())?;
            merge(&digests, &out, &Settings::for_merge(&out, cfg)?)
        }
        Command::Explain { plan_file, format } => explain(&plan_file, &format),
        Command::Rules => {
            for r in crate::rules::catalog() {
                println!("{:<24} {}", r.id.as_str(), r.summary);
            }
            Ok(Outcome::Ran)
        }
        Command::Rule { id } => match crate::rules::RuleId::parse(&id) {
            Some(id) => {
                print!("{}", crate::rules::about(id).doc);
                Ok(Outcome::Ran)
            }
            None => Err(Error::Usage(format!(
                "no rule {id:?}; `pgadvisor rules` lists them"
            ))),
        },
    }
}

fn audit(inputs: &[PathBuf], out: &OutArgs, s: &Settings) -> Result<Outcome> {
    let targets = targets(out, s)?;
    // With only databases, pg_stat_statements is the workload.
    let mut lives = read_live(&targets, s, inputs.is_empty())?;
    let (mut workload, summaries) = if !lives.is_empty() && inputs.is_empty() {
        let mut w = Workload::default();
        for l in &mut lives {
            if let Some(rows) = l.statements.take() {
                w.merge(Workload::from_rows(rows, &s.reading.aggregate));
            }
        }
        (w, Vec::new())
    } else {
        super::read_inputs(inputs, &s.reading.read, &s.reading.aggregate)?
    };
    let dump = read_dump(out)?;
    super::finalize(
        &mut workload,
        &s.reading.aggregate,
        known_schema(&dump, &lives),
    );
    for i in &summaries {
        if let Some(e) = &i.error {
            eprintln!("warning: {e}");
        }
    }
    output(workload, summaries, out, &targets, lives, s, dump)
}

fn digest(inputs: &[PathBuf], path: &Path, s: &Settings) -> Result<Outcome> {
    let d = super::digest(inputs, &s.reading.read, &s.reading.aggregate, &s.rules)?;
    let text = serde_json::to_string(&d).expect("a digest serializes");
    std::fs::write(path, text).map_err(|e| Error::Write {
        path: path.to_owned(),
        source: e,
    })?;
    eprintln!(
        "wrote {} ({} statements)",
        path.display(),
        d.workload.statements()
    );
    Ok(Outcome::Ran)
}

fn merge(digests: &[PathBuf], out: &OutArgs, s: &Settings) -> Result<Outcome> {
    let (mut workload, inputs) = super::merge_digests(digests)?;
    let targets = targets(out, s)?;
    let lives = read_live(&targets, s, false)?;
    let dump = read_dump(out)?;
    super::finalize(
        &mut workload,
        &s.reading.aggregate,
        known_schema(&dump, &lives),
    );
    output(workload, inputs, out, &targets, lives, s, dump)
}

fn explain(plan_file: &Path, format: &str) -> Result<Outcome> {
    let text = std::fs::read_to_string(plan_file).map_err(|e| Error::Io {
        path: plan_file.to_owned(),
        source: e,
    })?;
    let plan = crate::plan::parse(&text)
        .map_err(|e| Error::Usage(format!("{}:{e}", plan_file.display())))?;
    let problems = crate::rules::plan_rules::diagnose(&plan);
    let report = crate::report::explain::build(&plan, problems);
    match format {
        "json" => println!(
            "{}",
            serde_json::to_string_pretty(&report).expect("a plan report serializes")
        ),
        "text" => {
            let _ = crate::report::explain::write_text(&mut std::io::stdout().lock(), &report);
        }
        other => return Err(Error::Usage(format!("--format {other}: text or json"))),
    }
    Ok(Outcome::Ran)
}

/// The databases to read: each `--db`, or with `--all-databases` every
/// database the first one's server lets this role connect to.
fn targets(out: &OutArgs, s: &Settings) -> Result<Vec<live::Target>> {
    let given: Vec<live::Target> = out.db.iter().map(|u| live::Target::new(u)).collect();
    if !out.all_databases {
        return Ok(given);
    }
    let Some(first) = given.first() else {
        return Ok(given);
    };
    let names = live::databases(first, &s.live).map_err(live_error)?;
    Ok(names.iter().map(|n| first.with_database(n)).collect())
}

/// Reads every target; pg_stat_statements (one per server) from the first that has it.
fn read_live(targets: &[live::Target], s: &Settings, statements: bool) -> Result<Vec<LiveData>> {
    let mut need = statements;
    let mut all = Vec::new();
    for t in targets {
        let d = live::read(t, &s.live, need).map_err(live_error)?;
        need &= d.statements.is_none();
        all.push(d);
    }
    Ok(all)
}

/// The schema dump given with `--schema`, read once: tenant detection and
/// the rules both need it.
type Dump = Option<(Schema, DumpSummary)>;

fn read_dump(out: &OutArgs) -> Result<Dump> {
    out.schema.as_deref().map(schema_dump::read).transpose()
}

/// What tenant detection checks names against: the dump, else the first database's catalog.
fn known_schema<'a>(dump: &'a Dump, lives: &'a [LiveData]) -> Option<&'a Schema> {
    dump.as_ref()
        .map(|d| &d.0)
        .or_else(|| lives.first().map(|l| &l.schema))
}

fn output(
    mut workload: Workload,
    inputs: Vec<InputSummary>,
    out: &OutArgs,
    targets: &[live::Target],
    mut lives: Vec<LiveData>,
    s: &Settings,
    dump: Dump,
) -> Result<Outcome> {
    if lives.len() > 1 {
        if out.schema.is_some() || out.stats.is_some() {
            return Err(Error::Usage("--schema and --stats describe one database; with several databases the schema and statistics of each are read live".into()));
        }
        return output_databases(workload, inputs, out, targets, lives, s);
    }
    let live = lives.pop();
    let mut schema = dump;
    let mut notes = Vec::new();
    let mut live_stats = None;
    if let Some(live) = live {
        notes = live.notes;
        // A dump given with --schema wins; else the live catalog is the schema.
        if schema.is_none() {
            schema = Some((live.schema, live.dump));
            live_stats = live.stats;
        }
    }
    let stats = match &out.stats {
        Some(path) => {
            let (s, _) = schema.get_or_insert_with(Default::default);
            Some(stats_dump::read(path, s)?)
        }
        None => live_stats,
    };
    if let Some((_, summary)) = &schema {
        for p in &summary.failed {
            eprintln!(
                "warning: {}:{}: statement not understood, skipped: {}",
                summary.path, p.line, p.error
            );
        }
    }
    let schema_ref = schema.as_ref().map(|(s, d)| (s, d));
    let mut advice = match targets.first() {
        Some(t) => {
            let session = live::Session::open(t, &s.live).map_err(live_error)?;
            let analysis = crate::model::analysis::analyse_in(&workload, schema_ref.map(|s| s.0));
            if let Some(limit) = s.analyze {
                let n = crate::verify::analyze_top(
                    &session,
                    &mut workload,
                    &analysis,
                    schema_ref.map(|s| s.0),
                    limit,
                    None,
                )
                .map_err(live_error)?;
                notes.push(format!(
                    "--analyze: EXPLAIN ANALYZE ran on {n} read-only statements"
                ));
            }
            super::advise_live(&workload, &analysis, schema_ref, s.rules, &session)?
        }
        None => super::advise_with(&workload, schema_ref, s.rules),
    };
    advice.stats = stats;
    advice.diagnostics.extend(notes);
    write_and_print(&workload, inputs, out, advice, s)
}

fn write_and_print(
    workload: &Workload,
    inputs: Vec<InputSummary>,
    out: &OutArgs,
    advice: Advice,
    s: &Settings,
) -> Result<Outcome> {
    let mut report = super::report(workload, inputs, s.report, advice);
    super::triage(
        &mut report,
        &s.decisions,
        out.baseline.as_deref(),
        s.fail_on,
    )?;
    let paths = super::write_outputs(&out.out, &report, &s.formats)?;
    if !out.quiet {
        let stdout = std::io::stdout();
        let mut lock = stdout.lock();
        // A closed pipe (`| head`) is not an error.
        let _ = terminal::write(&mut lock, &report, out.top);
    }
    for p in paths {
        eprintln!("wrote {}", p.display());
    }
    if let Some(note) = report.baseline.as_ref().and_then(|b| b.note.as_deref()) {
        eprintln!("note: {note}");
    }
    Ok(match &report.gate {
        Some(g) if g.failing > 0 => {
            eprintln!(
                "{} finding(s) at or above {}{}: failing (exit 1)",
                g.failing,
                crate::report::text::severity_name(g.fail_on),
                if report.baseline.is_some() {
                    ", new since the baseline"
                } else {
                    ""
                }
            );
            Outcome::Failing
        }
        _ => Outcome::Ran,
    })
}

/// Several databases of one server: each advised on its own schema, in its own session.
fn output_databases(
    mut workload: Workload,
    inputs: Vec<InputSummary>,
    out: &OutArgs,
    targets: &[live::Target],
    lives: Vec<LiveData>,
    s: &Settings,
) -> Result<Outcome> {
    let mut dbs = Vec::new();
    // Database-per-tenant: the databases share one schema; the first tells the columns.
    // (Plans added by --analyze do not change the facts: one analysis serves.)
    let analysis = crate::model::analysis::analyse_in(&workload, lives.first().map(|l| &l.schema));
    let mut analyzed = 0;
    for (t, l) in targets.iter().zip(lives) {
        let session = live::Session::open(t, &s.live).map_err(live_error)?;
        if let Some(limit) = s.analyze {
            analyzed += crate::verify::analyze_top(
                &session,
                &mut workload,
                &analysis,
                Some(&l.schema),
                limit,
                Some(&l.database),
            )
            .map_err(live_error)?;
        }
        dbs.push(super::LiveDatabase {
            name: l.database,
            schema: l.schema,
            dump: l.dump,
            stats: l.stats,
            notes: l.notes,
            session,
        });
    }
    let mut advice = super::advise_databases(&workload, &analysis, &dbs, s.rules)?;
    if s.analyze.is_some() {
        advice.diagnostics.push(format!(
            "--analyze: EXPLAIN ANALYZE ran on {analyzed} read-only statements"
        ));
    }
    write_and_print(&workload, inputs, out, advice, s)
}
