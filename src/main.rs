//! The `pgadvisor` binary: parse the command line, run, map errors to exit
//! codes (0 ran, 1 findings at or above --fail-on, 2 error).
#![forbid(unsafe_code)]
mod cli;

use anyhow::{bail, Context};
use clap::Parser;
use cli::{Cli, Command, OutArgs, ReadArgs};
use pgadvisor::app;
use pgadvisor::input::live::{self, LiveData, LiveOptions};
use pgadvisor::input::prefix::Prefix;
use pgadvisor::input::InputSummary;
use pgadvisor::input::ReadOptions;
use pgadvisor::input::{schema_dump, stats_dump};
use pgadvisor::model::fingerprint::TenantPattern;
use pgadvisor::model::workload::{AggregateOptions, Workload};
use pgadvisor::report::{json::ReportOptions, terminal};
use std::process::ExitCode;

fn read_options(a: &ReadArgs) -> anyhow::Result<ReadOptions> {
    let prefix = a
        .log_line_prefix
        .as_deref()
        .map(|p| {
            Prefix::parse(p).map_err(|reason| pgadvisor::error::Error::BadPrefix {
                prefix: p.to_owned(),
                reason,
            })
        })
        .transpose()?;
    let tenants = if a.no_tenant_fold {
        TenantPattern::disabled()
    } else if let Some(p) = &a.tenant_pattern {
        TenantPattern::new(Some(p)).with_context(|| format!("invalid --tenant-pattern {p:?}"))?
    } else {
        TenantPattern::default()
    };
    Ok(ReadOptions {
        format: a.input_format,
        prefix,
        aggregate: AggregateOptions {
            tenants,
            // An explicit pattern (or none) says what tenants are.
            detect_tenants: a.tenant_pattern.is_none() && !a.no_tenant_fold,
            max_session_steps: a.max_session_steps,
        },
        chunk_size: None,
    })
}

fn live_options(out: &OutArgs) -> LiveOptions {
    LiveOptions {
        statement_timeout_ms: out.statement_timeout,
        lock_timeout_ms: out.lock_timeout,
    }
}

/// The databases to read: each `--db`, or with `--all-databases` every
/// database the first one's server lets this role connect to.
fn targets(out: &OutArgs) -> anyhow::Result<Vec<live::Target>> {
    let given: Vec<live::Target> = out.db.iter().map(|u| live::Target::new(u)).collect();
    if !out.all_databases {
        return Ok(given);
    }
    let Some(first) = given.first() else {
        return Ok(given);
    };
    let names = live::databases(first, &live_options(out))?;
    Ok(names.iter().map(|n| first.with_database(n)).collect())
}

/// Reads every target; pg_stat_statements (one per server) from the first that has it.
fn read_live(
    targets: &[live::Target],
    out: &OutArgs,
    agg: &AggregateOptions,
    statements: bool,
) -> anyhow::Result<Vec<LiveData>> {
    let mut need = statements;
    let mut all = Vec::new();
    for t in targets {
        let d = live::read(t, &live_options(out), agg, need)?;
        need &= d.workload.is_none();
        all.push(d);
    }
    Ok(all)
}

fn output(
    mut workload: Workload,
    inputs: Vec<InputSummary>,
    out: &OutArgs,
    targets: &[live::Target],
    mut lives: Vec<LiveData>,
) -> anyhow::Result<()> {
    for f in &out.format {
        if f != "json" {
            bail!("--format {f}: only json is available in this version");
        }
    }
    if lives.len() > 1 {
        if out.schema.is_some() || out.stats.is_some() {
            bail!("--schema and --stats describe one database; with several databases the schema and statistics of each are read live");
        }
        return output_databases(workload, inputs, out, targets, lives);
    }
    let live = lives.pop();
    let mut schema = out.schema.as_deref().map(schema_dump::read).transpose()?;
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
    let options = rule_options(out);
    let schema_ref = schema.as_ref().map(|(s, d)| (s, d));
    let mut advice = match targets.first() {
        Some(t) => {
            let session = live::Session::open(t, &live_options(out))?;
            let analysis =
                pgadvisor::model::analysis::analyse_in(&workload, schema_ref.map(|s| s.0));
            if out.analyze {
                let n = pgadvisor::verify::analyze_top(
                    &session,
                    &mut workload,
                    &analysis,
                    schema_ref.map(|s| s.0),
                    out.analyze_limit,
                    None,
                )?;
                notes.push(format!(
                    "--analyze: EXPLAIN ANALYZE ran on {n} read-only statements"
                ));
            }
            app::advise_live(&workload, &analysis, schema_ref, options, &session)?
        }
        None => app::advise_with(&workload, schema_ref, options),
    };
    advice.stats = stats;
    advice.diagnostics.extend(notes);
    write_and_print(&workload, inputs, out, advice)
}

fn write_and_print(
    workload: &Workload,
    inputs: Vec<InputSummary>,
    out: &OutArgs,
    advice: pgadvisor::report::json::Advice,
) -> anyhow::Result<()> {
    let report = app::report(
        workload,
        inputs,
        ReportOptions {
            show_literals: out.show_literals,
        },
        advice,
    );
    let path = app::write_report(&out.out, &report)?;
    if !out.quiet {
        let stdout = std::io::stdout();
        let mut lock = stdout.lock();
        // A closed pipe (`| head`) is not an error.
        let _ = terminal::write(&mut lock, &report, out.top);
    }
    eprintln!("wrote {}", path.display());
    Ok(())
}

/// Several databases of one server: each advised on its own schema, in its own session.
fn output_databases(
    mut workload: Workload,
    inputs: Vec<InputSummary>,
    out: &OutArgs,
    targets: &[live::Target],
    lives: Vec<LiveData>,
) -> anyhow::Result<()> {
    let mut dbs = Vec::new();
    // Database-per-tenant: the databases share one schema; the first tells the columns.
    // (Plans added by --analyze do not change the facts: one analysis serves.)
    let analysis =
        pgadvisor::model::analysis::analyse_in(&workload, lives.first().map(|l| &l.schema));
    let mut analyzed = 0;
    for (t, l) in targets.iter().zip(lives) {
        let session = live::Session::open(t, &live_options(out))?;
        if out.analyze {
            analyzed += pgadvisor::verify::analyze_top(
                &session,
                &mut workload,
                &analysis,
                Some(&l.schema),
                out.analyze_limit,
                Some(&l.database),
            )?;
        }
        dbs.push(app::LiveDatabase {
            name: l.database,
            schema: l.schema,
            dump: l.dump,
            stats: l.stats,
            notes: l.notes,
            session,
        });
    }
    let mut advice = app::advise_databases(&workload, &analysis, &dbs, rule_options(out))?;
    if out.analyze {
        advice.diagnostics.push(format!(
            "--analyze: EXPLAIN ANALYZE ran on {analyzed} read-only statements"
        ));
    }
    write_and_print(&workload, inputs, out, advice)
}

fn rule_options(out: &OutArgs) -> pgadvisor::rules::Options {
    pgadvisor::rules::Options {
        n_plus_one: pgadvisor::rules::n_plus_one::Options {
            min_repetitions: out.n_plus_one_min_repetitions,
            max_gap_ms: out.n_plus_one_max_gap_ms,
            ..Default::default()
        },
        index: pgadvisor::advisor::select::Options {
            budget_bytes: out.index_budget as f64,
            ..Default::default()
        },
    }
}

fn run(cli: Cli) -> anyhow::Result<()> {
    match cli.command {
        Command::Audit { inputs, read, out } => {
            let opts = read_options(&read)?;
            let targets = targets(&out)?;
            // With only databases, pg_stat_statements is the workload.
            let mut lives = read_live(&targets, &out, &opts.aggregate, inputs.is_empty())?;
            let (mut workload, summaries) = if !lives.is_empty() && inputs.is_empty() {
                let mut w = Workload::default();
                for l in &mut lives {
                    if let Some(x) = l.workload.take() {
                        w.merge(x);
                    }
                }
                (w, Vec::new())
            } else {
                app::read_inputs(&inputs, &opts)?
            };
            app::finalize(&mut workload, &opts);
            for s in &summaries {
                if let Some(e) = &s.error {
                    eprintln!("warning: {e}");
                }
            }
            output(workload, summaries, &out, &targets, lives)
        }
        Command::Digest {
            inputs,
            output: path,
            read,
        } => {
            let opts = read_options(&read)?;
            let d = app::digest(&inputs, &opts)?;
            let text = serde_json::to_string(&d)?;
            std::fs::write(&path, text).with_context(|| format!("writing {}", path.display()))?;
            eprintln!(
                "wrote {} ({} statements)",
                path.display(),
                d.workload.statements()
            );
            Ok(())
        }
        Command::Explain { plan_file, format } => {
            let text = std::fs::read_to_string(&plan_file)
                .with_context(|| format!("reading {}", plan_file.display()))?;
            let plan = pgadvisor::plan::parse(&text)
                .map_err(|e| anyhow::anyhow!("{}:{e}", plan_file.display()))?;
            let problems = pgadvisor::plan::problems::diagnose(&plan);
            let report = pgadvisor::report::explain::build(&plan, problems);
            match format.as_str() {
                "json" => println!("{}", serde_json::to_string_pretty(&report)?),
                "text" => {
                    let _ = pgadvisor::report::explain::write_text(
                        &mut std::io::stdout().lock(),
                        &report,
                    );
                }
                other => bail!("--format {other}: text or json"),
            }
            Ok(())
        }
        Command::Rules => {
            for r in pgadvisor::rules::RULES {
                println!("{:<24} {}", r.id, r.summary);
            }
            Ok(())
        }
        Command::Rule { id } => match pgadvisor::rules::RULES.iter().find(|r| r.id == id) {
            Some(r) => {
                print!("{}", r.doc);
                Ok(())
            }
            None => bail!("no rule {id:?}; `pgadvisor rules` lists them"),
        },
        Command::Merge { digests, out } => {
            let (mut workload, inputs) = app::merge_digests(&digests)?;
            app::finalize(&mut workload, &ReadOptions::default());
            let targets = targets(&out)?;
            let lives = read_live(&targets, &out, &Default::default(), false)?;
            output(workload, inputs, &out, &targets, lives)
        }
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::from(2)
        }
    }
}
