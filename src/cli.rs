//! Command-line definitions (see contract.md for the stable surface).
use crate::input::InputFormat;
use clap::{Args, Parser, Subcommand};
use std::path::PathBuf;

#[derive(Debug, Parser)]
#[command(
    name = "pgadvisor",
    version,
    about = "PostgreSQL performance tuning advisor"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Read logs and exports, summarise the workload and write the report.
    Audit {
        /// Log files (stderr, csvlog, jsonlog, syslog; plain, .gz or .bz2),
        /// pg_stat_statements exports, .sql files, or directories of them.
        inputs: Vec<PathBuf>,
        #[command(flatten)]
        read: ReadArgs,
        #[command(flatten)]
        out: OutArgs,
        #[command(flatten)]
        config: ConfigArgs,
    },
    /// Summarise one host's logs into a mergeable digest.
    Digest {
        #[arg(required = true)]
        inputs: Vec<PathBuf>,
        /// Where to write the digest.
        #[arg(short = 'o', long = "output", default_value = "digest.json")]
        output: PathBuf,
        #[command(flatten)]
        read: ReadArgs,
        #[command(flatten)]
        config: ConfigArgs,
    },
    /// Diagnose one EXPLAIN plan (text or JSON, with or without ANALYZE).
    Explain {
        plan_file: PathBuf,
        /// text (for a terminal) or json.
        #[arg(long, default_value = "text")]
        format: String,
    },
    /// The rule catalog.
    Rules,
    /// One rule's documentation.
    Rule {
        /// A rule id, e.g. unindexed-foreign-key.
        id: String,
    },
    /// Combine digests into one report, equal to auditing all their logs at once.
    Merge {
        #[arg(required = true)]
        digests: Vec<PathBuf>,
        #[command(flatten)]
        out: OutArgs,
        #[command(flatten)]
        config: ConfigArgs,
    },
}

#[derive(Debug, Args)]
pub struct ReadArgs {
    /// Input format, instead of detecting it.
    #[arg(long, value_enum)]
    pub input_format: Option<InputFormat>,
    /// The server's log_line_prefix, instead of inferring it (e.g. '%m [%p] %q%u@%d ').
    #[arg(long)]
    pub log_line_prefix: Option<String>,
    /// Regex for schema-per-tenant names folded into one query (default: tenant_42, org_7, …).
    #[arg(long)]
    pub tenant_pattern: Option<String>,
    /// Do not fold tenant schemas.
    #[arg(long, conflicts_with = "tenant_pattern")]
    pub no_tenant_fold: bool,
    /// Session statements held at once for session analysis; over it, every
    /// session is cut where it stands (bounds memory; default 1000000, or
    /// `[budgets] session_steps`).
    #[arg(long)]
    pub max_session_steps: Option<u64>,
}

#[derive(Debug, Args)]
pub struct ConfigArgs {
    /// pgadvisor.toml: thresholds, severities, suppressions, budgets
    /// (default: ./pgadvisor.toml when it exists).
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct OutArgs {
    /// Directory for the report files.
    #[arg(long, default_value = "pgadvisor-report")]
    pub out: PathBuf,
    /// Report files to write: html, json, md, sql (the default: these four),
    /// and prom (metrics.prom, Prometheus text for a textfile collector or Pushgateway).
    #[arg(long, value_delimiter = ',', value_parser = crate::app::FORMATS)]
    pub format: Vec<String>,
    /// Exit with 1 when a finding is at or above this severity (with --baseline, a new one).
    #[arg(long, value_enum, value_name = "SEVERITY")]
    pub fail_on: Option<FailOn>,
    /// An earlier report.json: findings are marked new or unchanged, and the
    /// ones it had that are gone are listed as fixed.
    #[arg(long, value_name = "OLD.json")]
    pub baseline: Option<PathBuf>,
    /// How many queries the terminal summary lists.
    #[arg(long, default_value_t = 10)]
    pub top: usize,
    /// Do not print the terminal summary.
    #[arg(long, short)]
    pub quiet: bool,
    /// Show literal values from the input in reports (masked by default).
    #[arg(long)]
    pub show_literals: bool,
    /// A database to read (read-only): schema, statistics, and pg_stat_statements
    /// as the workload when no input is given. libpq URL or key=value string.
    /// Repeat it for several databases (database-per-tenant): each is advised on
    /// its own schema and findings name the databases they concern.
    #[arg(long, value_name = "URL")]
    pub db: Vec<String>,
    /// With --db: read every database of that server the role may connect to.
    #[arg(long, requires = "db")]
    pub all_databases: bool,
    /// With --db: run EXPLAIN (ANALYZE, BUFFERS) on the heaviest read-only statements
    /// (they execute, inside a READ ONLY transaction, under --statement-timeout).
    #[arg(long, requires = "db")]
    pub analyze: bool,
    /// With --analyze: how many statements to run.
    #[arg(long, value_name = "N")]
    pub analyze_limit: Option<usize>,
    /// With --db: statement_timeout of pgadvisor's session, in ms (default 10000).
    #[arg(long, value_name = "MS")]
    pub statement_timeout: Option<u64>,
    /// With --db: lock_timeout of pgadvisor's session, in ms (default 1000).
    #[arg(long, value_name = "MS")]
    pub lock_timeout: Option<u64>,
    /// The schema: the output of `pg_dump --schema-only` (plain or compressed).
    #[arg(long, value_name = "FILE")]
    pub schema: Option<PathBuf>,
    /// N+1: executions of the same query in one burst to count as a loop (default 5).
    #[arg(long)]
    pub n_plus_one_min_repetitions: Option<usize>,
    /// N+1: longest pause (ms) between two executions of a burst (default 1000).
    #[arg(long)]
    pub n_plus_one_max_gap_ms: Option<i64>,
    /// Storage the recommended indexes may take together (e.g. 500MB, 2GB; default 1GB).
    #[arg(long, value_name = "SIZE", value_parser = crate::config::parse_size)]
    pub index_budget: Option<u64>,
    /// Table and column statistics: the JSON of `psql -XAt -f scripts/stats.sql`, or pg_stats as CSV.
    #[arg(long, value_name = "FILE")]
    pub stats: Option<PathBuf>,
}

/// `--fail-on` levels.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum FailOn {
    Info,
    Warning,
    Critical,
}

impl From<FailOn> for crate::findings::Severity {
    fn from(f: FailOn) -> Self {
        match f {
            FailOn::Info => Self::Info,
            FailOn::Warning => Self::Warning,
            FailOn::Critical => Self::Critical,
        }
    }
}
