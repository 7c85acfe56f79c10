//! Library errors. Every error that comes from input names the file (and the
//! line when there is one) so the CLI can print an actionable message.
use std::path::PathBuf;

/// Errors that stop the processing of one input, or the whole run.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{path}:{line}: {message}")]
    Input {
        path: PathBuf,
        line: u64,
        message: String,
    },
    #[error(
        "{path}: no log_line_prefix fits this file; pass --log-line-prefix '...' \
         (the value of log_line_prefix in postgresql.conf). Sample line {line}: {sample}"
    )]
    UnknownPrefix {
        path: PathBuf,
        line: u64,
        sample: String,
    },
    #[error("{path}: {reason}")]
    NotAPostgresLog { path: PathBuf, reason: String },
    #[error("invalid --log-line-prefix {prefix:?}: {reason}")]
    BadPrefix { prefix: String, reason: String },
    #[error("{path}: not a pgadvisor digest: {reason}")]
    BadDigest { path: PathBuf, reason: String },
    #[error("no readable input: {0}")]
    NoInput(String),
    /// Flags or settings that do not fit together, or a value not understood.
    #[error("{0}")]
    Usage(String),
    /// A live database failed mid-session (connection lost, a catalog query refused).
    #[error("{0}")]
    Live(String),
    #[error(transparent)]
    Config(#[from] ConfigError),
    #[error(transparent)]
    Baseline(#[from] BaselineError),
    #[error("writing {path}: {source}")]
    Write {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// `pgadvisor.toml` unreadable or invalid, with the line.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{path}:{line}: {message}")]
    Invalid {
        path: PathBuf,
        line: usize,
        message: String,
    },
}

/// `--baseline` unreadable or not a report.
#[derive(Debug, thiserror::Error)]
pub enum BaselineError {
    #[error("--baseline {path}: {source}")]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("--baseline {path}: not a pgadvisor report.json: {reason}")]
    Invalid { path: String, reason: String },
}
