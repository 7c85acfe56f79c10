//! The `pgadvisor` binary: parse the command line, run, map errors to exit
//! codes (0 ran, 1 findings at or above --fail-on, 2 error).
#![forbid(unsafe_code)]
mod cli;

use anyhow::{bail, Context};
use clap::Parser;
use cli::{Cli, Command, OutArgs, ReadArgs};
use pgadvisor::app;
use pgadvisor::config::Config;
use pgadvisor::input::live::{self, LiveData, LiveOptions};
use pgadvisor::input::prefix::Prefix;
use pgadvisor::input::InputSummary;
use pgadvisor::input::ReadOptions;
use pgadvisor::input::{schema_dump, stats_dump};
use pgadvisor::model::fingerprint::TenantPattern;
use pgadvisor::model::workload::{AggregateOptions, Workload};
use pgadvisor::report::{json::ReportOptions, terminal};
use std::process::ExitCode;

/// The tenant pattern (flag, else config, else the default) and whether to
/// detect layouts it does not name: an explicit pattern (or none) says what
/// tenants are.
fn tenant_options(
    flag: Option<&String>,
    no_fold: bool,
    cfg: &Config,
) -> anyhow::Result<(TenantPattern, bool)> {
    let pattern = flag.or(cfg.tenant_pattern.as_ref());
    let tenants = if no_fold {
        TenantPattern::disabled()
    } else if let Some(p) = pattern {
        TenantPattern::new(Some(p)).with_context(|| format!("invalid --tenant-pattern {p:?}"))?
    } else {
        TenantPattern::default()
    };
    Ok((tenants, pattern.is_none() && !no_fold))
}

/// How to read the inputs, and how to fold them into a workload.
fn read_options(a: &ReadArgs, cfg: &Config) -> anyhow::Result<(ReadOptions, AggregateOptions)> {
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
    let (tenants, detect_tenants) =
        tenant_options(a.tenant_pattern.as_ref(), a.no_tenant_fold, cfg)?;
    Ok((
        ReadOptions {
            format: a.input_format,
            prefix,
            chunk_size: None,
        },
        AggregateOptions {
            tenants,
            detect_tenants,
            max_session_steps: a
                .max_session_steps
                .or(cfg.budgets.session_steps)
                .unwrap_or(5_000_000),
        },
    ))
}

fn live_options(out: &OutArgs, cfg: &Config) -> LiveOptions {
    LiveOptions {
        statement_timeout_ms: out
            .statement_timeout
            .or(cfg.budgets.statement_timeout_ms)
            .unwrap_or(10_000),
        lock_timeout_ms: out
            .lock_timeout
            .or(cfg.budgets.lock_timeout_ms)
            .unwrap_or(1_000),
    }
}

fn analyze_limit(out: &OutArgs, cfg: &Config) -> usize {
    out.analyze_limit
        .or(cfg.budgets.analyze_limit)
        .unwrap_or(10)
}

/// The databases to read: each `--db`, or with `--all-databases` every
/// database the first one's server lets this role connect to.
fn targets(out: &OutArgs, cfg: &Config) -> anyhow::Result<Vec<live::Target>> {
    let given: Vec<live::Target> = out.db.iter().map(|u| live::Target::new(u)).collect();
    if !out.all_databases {
        return Ok(given);
    }
    let Some(first) = given.first() else {
        return Ok(given);
    };
    let names = live::databases(first, &live_options(out, cfg))?;
    Ok(names.iter().map(|n| first.with_database(n)).collect())
}

/// Reads every target; pg_stat_statements (one per server) from the first that has it.
fn read_live(
    targets: &[live::Target],
    out: &OutArgs,
    statements: bool,
    cfg: &Config,
) -> anyhow::Result<Vec<LiveData>> {
    let mut need = statements;
    let mut all = Vec::new();
    for t in targets {
        let d = live::read(t, &live_options(out, cfg), need)?;
        need &= d.statements.is_none();
        all.push(d);
    }
    Ok(all)
}

/// The schema dump given with `--schema`, read once: tenant detection and
/// the rules both need it.
type Dump = Option<(
    pgadvisor::model::schema::Schema,
    pgadvisor::input::schema_dump::DumpSummary,
)>;

fn read_dump(out: &OutArgs) -> anyhow::Result<Dump> {
    Ok(out.schema.as_deref().map(schema_dump::read).transpose()?)
}

/// What tenant detection checks names against: the dump, else the first database's catalog.
fn known_schema<'a>(
    dump: &'a Dump,
    lives: &'a [LiveData],
) -> Option<&'a pgadvisor::model::schema::Schema> {
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
    cfg: &Config,
    dump: Dump,
) -> anyhow::Result<ExitCode> {
    if lives.len() > 1 {
        if out.schema.is_some() || out.stats.is_some() {
            bail!("--schema and --stats describe one database; with several databases the schema and statistics of each are read live");
        }
        return output_databases(workload, inputs, out, targets, lives, cfg);
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
    let options = rule_options(out, cfg);
    let schema_ref = schema.as_ref().map(|(s, d)| (s, d));
    let mut advice = match targets.first() {
        Some(t) => {
            let session = live::Session::open(t, &live_options(out, cfg))?;
            let analysis =
                pgadvisor::model::analysis::analyse_in(&workload, schema_ref.map(|s| s.0));
            if out.analyze {
                let n = pgadvisor::verify::analyze_top(
                    &session,
                    &mut workload,
                    &analysis,
                    schema_ref.map(|s| s.0),
                    analyze_limit(out, cfg),
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
    write_and_print(&workload, inputs, out, advice, cfg)
}

fn write_and_print(
    workload: &Workload,
    inputs: Vec<InputSummary>,
    out: &OutArgs,
    advice: pgadvisor::report::json::Advice,
    cfg: &Config,
) -> anyhow::Result<ExitCode> {
    let mut report = app::report(
        workload,
        inputs,
        ReportOptions {
            show_literals: out.show_literals,
            plan: rule_options(out, cfg).plan,
        },
        advice,
    );
    let fail_on = out.fail_on.map(Into::into).or(cfg.fail_on);
    app::triage(&mut report, cfg, out.baseline.as_deref(), fail_on)?;
    let formats = if !out.format.is_empty() {
        out.format.clone()
    } else {
        cfg.formats
            .clone()
            .unwrap_or_else(|| app::FORMATS.iter().map(|f| f.to_string()).collect())
    };
    let paths = app::write_outputs(&out.out, &report, &formats)?;
    if !out.quiet {
        let stdout = std::io::stdout();
        let mut lock = stdout.lock();
        // A closed pipe (`| head`) is not an error.
        let _ = terminal::write(&mut lock, &report, out.top);
    }
    for p in paths {
        eprintln!("wrote {}", p.display());
    }
    Ok(match &report.gate {
        Some(g) if g.failing > 0 => {
            eprintln!(
                "{} finding(s) at or above {}{}: failing (exit 1)",
                g.failing,
                pgadvisor::report::text::severity_name(g.fail_on),
                if report.baseline.is_some() {
                    ", new since the baseline"
                } else {
                    ""
                }
            );
            ExitCode::from(1)
        }
        _ => ExitCode::SUCCESS,
    })
}

/// Several databases of one server: each advised on its own schema, in its own session.
fn output_databases(
    mut workload: Workload,
    inputs: Vec<InputSummary>,
    out: &OutArgs,
    targets: &[live::Target],
    lives: Vec<LiveData>,
    cfg: &Config,
) -> anyhow::Result<ExitCode> {
    let mut dbs = Vec::new();
    // Database-per-tenant: the databases share one schema; the first tells the columns.
    // (Plans added by --analyze do not change the facts: one analysis serves.)
    let analysis =
        pgadvisor::model::analysis::analyse_in(&workload, lives.first().map(|l| &l.schema));
    let mut analyzed = 0;
    for (t, l) in targets.iter().zip(lives) {
        let session = live::Session::open(t, &live_options(out, cfg))?;
        if out.analyze {
            analyzed += pgadvisor::verify::analyze_top(
                &session,
                &mut workload,
                &analysis,
                Some(&l.schema),
                analyze_limit(out, cfg),
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
    let mut advice = app::advise_databases(&workload, &analysis, &dbs, rule_options(out, cfg))?;
    if out.analyze {
        advice.diagnostics.push(format!(
            "--analyze: EXPLAIN ANALYZE ran on {analyzed} read-only statements"
        ));
    }
    write_and_print(&workload, inputs, out, advice, cfg)
}

/// The config's thresholds, with the flags given on the command line on top.
fn rule_options(out: &OutArgs, cfg: &Config) -> pgadvisor::rules::Options {
    let mut o = cfg.options;
    if let Some(n) = out.n_plus_one_min_repetitions {
        o.n_plus_one.min_repetitions = n;
    }
    if let Some(n) = out.n_plus_one_max_gap_ms {
        o.n_plus_one.max_gap_ms = n;
    }
    if let Some(b) = out.index_budget.or(cfg.budgets.index_storage) {
        o.index.budget_bytes = b as f64;
    }
    o
}

fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        Command::Audit {
            inputs,
            read,
            out,
            config,
        } => {
            let cfg = &Config::discover(config.config.as_deref())?;
            let (opts, aggregate) = read_options(&read, cfg)?;
            let targets = targets(&out, cfg)?;
            // With only databases, pg_stat_statements is the workload.
            let mut lives = read_live(&targets, &out, inputs.is_empty(), cfg)?;
            let (mut workload, summaries) = if !lives.is_empty() && inputs.is_empty() {
                let mut w = Workload::default();
                for l in &mut lives {
                    if let Some(rows) = l.statements.take() {
                        w.merge(Workload::from_rows(rows, &aggregate));
                    }
                }
                (w, Vec::new())
            } else {
                app::read_inputs(&inputs, &opts, &aggregate)?
            };
            let dump = read_dump(&out)?;
            app::finalize(&mut workload, &aggregate, known_schema(&dump, &lives));
            for s in &summaries {
                if let Some(e) = &s.error {
                    eprintln!("warning: {e}");
                }
            }
            output(workload, summaries, &out, &targets, lives, cfg, dump)
        }
        Command::Digest {
            inputs,
            output: path,
            read,
            config,
        } => {
            let cfg = &Config::discover(config.config.as_deref())?;
            let (opts, aggregate) = read_options(&read, cfg)?;
            // Loops are found on the host, with the configured thresholds.
            let d = app::digest(&inputs, &opts, &aggregate, &cfg.options)?;
            let text = serde_json::to_string(&d)?;
            std::fs::write(&path, text).with_context(|| format!("writing {}", path.display()))?;
            eprintln!(
                "wrote {} ({} statements)",
                path.display(),
                d.workload.statements()
            );
            Ok(ExitCode::SUCCESS)
        }
        Command::Explain { plan_file, format } => {
            let text = std::fs::read_to_string(&plan_file)
                .with_context(|| format!("reading {}", plan_file.display()))?;
            let plan = pgadvisor::plan::parse(&text)
                .map_err(|e| anyhow::anyhow!("{}:{e}", plan_file.display()))?;
            let problems = pgadvisor::rules::plan_rules::diagnose(&plan);
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
            Ok(ExitCode::SUCCESS)
        }
        Command::Rules => {
            for r in pgadvisor::rules::catalog() {
                println!("{:<24} {}", r.id.as_str(), r.summary);
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Rule { id } => match pgadvisor::rules::RuleId::parse(&id) {
            Some(id) => {
                print!("{}", pgadvisor::rules::about(id).doc);
                Ok(ExitCode::SUCCESS)
            }
            None => bail!("no rule {id:?}; `pgadvisor rules` lists them"),
        },
        Command::Merge {
            digests,
            out,
            config,
        } => {
            let cfg = &Config::discover(config.config.as_deref())?;
            let (mut workload, inputs) = app::merge_digests(&digests)?;
            // The digests were folded with the configured pattern.
            let (tenants, detect_tenants) = tenant_options(None, false, cfg)?;
            let aggregate = AggregateOptions {
                tenants,
                detect_tenants,
                ..Default::default()
            };
            let targets = targets(&out, cfg)?;
            let lives = read_live(&targets, &out, false, cfg)?;
            let dump = read_dump(&out)?;
            app::finalize(&mut workload, &aggregate, known_schema(&dump, &lives));
            output(workload, inputs, &out, &targets, lives, cfg, dump)
        }
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::from(2)
        }
    }
}
