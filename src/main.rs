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

fn output(
    mut workload: Workload,
    inputs: Vec<InputSummary>,
    out: &OutArgs,
    live: Option<LiveData>,
) -> anyhow::Result<()> {
    for f in &out.format {
        if f != "json" {
            bail!("--format {f}: only json is available in this version");
        }
    }
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
    let options = pgadvisor::rules::Options {
        n_plus_one: pgadvisor::rules::n_plus_one::Options {
            min_repetitions: out.n_plus_one_min_repetitions,
            max_gap_ms: out.n_plus_one_max_gap_ms,
            ..Default::default()
        },
    };
    let schema_ref = schema.as_ref().map(|(s, d)| (s, d));
    let mut advice = match out.db.as_deref() {
        Some(url) => {
            let session = live::Session::open(url, &live_options(out))?;
            let analysis = pgadvisor::model::analysis::analyse(&workload);
            if out.analyze {
                let n = pgadvisor::verify::analyze_top(
                    &session,
                    &mut workload,
                    &analysis,
                    schema_ref.map(|s| s.0),
                    out.analyze_limit,
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
    let report = app::report(
        &workload,
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

fn run(cli: Cli) -> anyhow::Result<()> {
    match cli.command {
        Command::Audit { inputs, read, out } => {
            let opts = read_options(&read)?;
            let mut live = out
                .db
                .as_deref()
                .map(|url| live::read(url, &live_options(&out), &opts.aggregate))
                .transpose()?;
            // With only a database, its pg_stat_statements is the workload.
            let (mut workload, summaries) = match live.as_mut() {
                Some(l) if inputs.is_empty() => (l.workload.take().unwrap_or_default(), Vec::new()),
                _ => app::read_inputs(&inputs, &opts)?,
            };
            app::finalize(&mut workload, &opts);
            for s in &summaries {
                if let Some(e) = &s.error {
                    eprintln!("warning: {e}");
                }
            }
            output(workload, summaries, &out, live)
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
            let live = out
                .db
                .as_deref()
                .map(|url| live::read(url, &live_options(&out), &Default::default()))
                .transpose()?;
            output(workload, inputs, &out, live)
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
