//! One settings value per run: the command line over `pgadvisor.toml` over
//! the defaults, resolved once here. Each default is written once, in the
//! `Default` of the options type it belongs to; nothing downstream reads
//! the command line or the file again.
use crate::cli::{OutArgs, ReadArgs};
use crate::config::{Config, Decisions};
use crate::error::{Error, Result};
use crate::findings::Severity;
use crate::input::live::LiveOptions;
use crate::input::prefix::Prefix;
use crate::input::ReadOptions;
use crate::model::fingerprint::TenantPattern;
use crate::model::workload::AggregateOptions;
use crate::report::json::ReportOptions;

/// How inputs are read and folded into a workload.
#[derive(Debug, Clone, Default)]
pub(crate) struct Reading {
    pub read: ReadOptions,
    pub aggregate: AggregateOptions,
}

/// Everything a command needs, resolved.
#[derive(Debug, Clone, Default)]
pub(crate) struct Settings {
    pub reading: Reading,
    /// Rule thresholds: the file's `[rules.*]`, then the flags.
    pub rules: crate::rules::Options,
    pub live: LiveOptions,
    /// With `--analyze`: how many statements run.
    pub analyze: Option<usize>,
    pub report: ReportOptions,
    /// Report files to write, by `--format` name.
    pub formats: Vec<String>,
    pub fail_on: Option<Severity>,
    /// The file's rules switched off, severities and suppressions.
    pub decisions: Decisions,
}

/// `--analyze` runs this many statements unless told otherwise.
const ANALYZE_LIMIT: usize = 10;

impl Settings {
    /// The settings of `digest` and of reading in general: the read flags
    /// and the file.
    pub(crate) fn for_reading(read: &ReadArgs, config: Config) -> Result<Settings> {
        let reading = reading(read, &config)?;
        Ok(Settings {
            reading,
            rules: config.options,
            decisions: config.decisions,
            ..Settings::default()
        }
        .loops_as_ruled())
    }

    /// The settings of `audit`.
    pub(crate) fn for_audit(read: &ReadArgs, out: &OutArgs, config: Config) -> Result<Settings> {
        let reading = reading(read, &config)?;
        Ok(Settings {
            reading,
            ..Settings::for_output(out, config)
        }
        .loops_as_ruled())
    }

    /// Sessions settle while the log is read: the reader finds their loop
    /// bursts with the rule's thresholds.
    fn loops_as_ruled(mut self) -> Settings {
        self.reading.aggregate.loops = self.rules.n_plus_one;
        self
    }

    /// The settings of `merge`: the digests were folded with the configured
    /// tenant pattern; the output flags apply.
    pub(crate) fn for_merge(out: &OutArgs, config: Config) -> Result<Settings> {
        let (tenants, detect_tenants) = tenant_options(None, false, &config)?;
        let mut s = Settings::for_output(out, config);
        s.reading.aggregate = AggregateOptions {
            tenants,
            detect_tenants,
            ..AggregateOptions::default()
        };
        Ok(s)
    }

    fn for_output(out: &OutArgs, config: Config) -> Settings {
        let mut rules = config.options;
        if let Some(n) = out.n_plus_one_min_repetitions {
            rules.n_plus_one.min_repetitions = n;
        }
        if let Some(n) = out.n_plus_one_max_gap_ms {
            rules.n_plus_one.max_gap_ms = n;
        }
        if let Some(b) = out.index_budget.or(config.budgets.index_storage) {
            rules.index.budget_bytes = b as f64;
        }
        let mut live = LiveOptions::default();
        if let Some(ms) = out
            .statement_timeout
            .or(config.budgets.statement_timeout_ms)
        {
            live.statement_timeout_ms = ms;
        }
        if let Some(ms) = out.lock_timeout.or(config.budgets.lock_timeout_ms) {
            live.lock_timeout_ms = ms;
        }
        let analyze = out.analyze.then(|| {
            out.analyze_limit
                .or(config.budgets.analyze_limit)
                .unwrap_or(ANALYZE_LIMIT)
        });
        let formats = if !out.format.is_empty() {
            out.format.clone()
        } else {
            config.formats.clone().unwrap_or_else(|| {
                super::DEFAULT_FORMATS
                    .iter()
                    .map(|f| f.to_string())
                    .collect()
            })
        };
        Settings {
            reading: Reading::default(),
            rules,
            live,
            analyze,
            report: ReportOptions {
                show_literals: out.show_literals,
                plan: rules.plan,
            },
            formats,
            fail_on: out.fail_on.map(Into::into).or(config.fail_on),
            decisions: config.decisions,
        }
    }
}

/// The read flags over the file.
fn reading(a: &ReadArgs, cfg: &Config) -> Result<Reading> {
    let prefix = a
        .log_line_prefix
        .as_deref()
        .map(|p| {
            Prefix::parse(p).map_err(|reason| Error::BadPrefix {
                prefix: p.to_owned(),
                reason,
            })
        })
        .transpose()?;
    let (tenants, detect_tenants) =
        tenant_options(a.tenant_pattern.as_ref(), a.no_tenant_fold, cfg)?;
    let mut aggregate = AggregateOptions {
        tenants,
        detect_tenants,
        ..AggregateOptions::default()
    };
    if let Some(n) = a.max_session_steps.or(cfg.budgets.session_steps) {
        aggregate.max_session_steps = n;
    }
    Ok(Reading {
        read: ReadOptions {
            format: a.input_format,
            prefix,
            chunk_size: None,
        },
        aggregate,
    })
}

/// The tenant pattern (flag, else config, else the default) and whether to
/// detect layouts it does not name: an explicit pattern (or none) says what
/// tenants are.
fn tenant_options(
    flag: Option<&String>,
    no_fold: bool,
    cfg: &Config,
) -> Result<(TenantPattern, bool)> {
    let pattern = flag.or(cfg.tenant_pattern.as_ref());
    let tenants = if no_fold {
        TenantPattern::disabled()
    } else if let Some(p) = pattern {
        TenantPattern::new(Some(p))
            .map_err(|e| Error::Usage(format!("invalid --tenant-pattern {p:?}: {e}")))?
    } else {
        TenantPattern::default()
    };
    Ok((tenants, pattern.is_none() && !no_fold))
}
