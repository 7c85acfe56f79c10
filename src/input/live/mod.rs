//! Live mode: read a running PostgreSQL, safely.
//!
//! Everything runs in one `BEGIN READ ONLY` transaction with
//! `statement_timeout` and `lock_timeout` set and `application_name =
//! pgadvisor`; nothing is written and `EXPLAIN ANALYZE` is never run. The
//! catalog is rendered as the DDL `pg_dump --schema-only` would give
//! (`pg_get_constraintdef`, `pg_get_indexdef`, `pg_get_partkeydef`) and read
//! by the same [`super::schema_dump`] parser, so live and dump give one model.
mod conninfo;
mod tls;

use super::pgss::Row;
use super::schema_dump::{self, DumpSummary};
use super::stats_dump::{self, StatsSummary};
use crate::catalog::Schema;
pub use conninfo::{SslMode, TlsSettings};
use std::time::Duration;

/// Safety limits for the session.
#[derive(Debug, Clone, Copy)]
pub struct LiveOptions {
    pub statement_timeout_ms: u64,
    pub lock_timeout_ms: u64,
}

impl Default for LiveOptions {
    fn default() -> Self {
        Self {
            statement_timeout_ms: 10_000,
            lock_timeout_ms: 1_000,
        }
    }
}

/// What a database gave.
#[derive(Debug)]
pub struct LiveData {
    /// The database read (`current_database()`).
    pub database: String,
    pub schema: Schema,
    pub dump: DumpSummary,
    pub stats: Option<StatsSummary>,
    /// The pg_stat_statements rows, when the extension is there.
    pub statements: Option<Vec<Row>>,
    /// What could not be read, and what to do about it.
    pub notes: Vec<String>,
}

#[derive(Debug, thiserror::Error)]
pub enum LiveError {
    #[error("cannot connect to {target}: {reason}")]
    Connect { target: String, reason: String },
    #[error("{target}: {what}: {reason}")]
    Query {
        target: String,
        what: &'static str,
        reason: String,
    },
    /// The connection broke mid-session (server restart, network, proxy).
    #[error("{target}: connection lost during {what}: {reason}")]
    Lost {
        target: String,
        what: &'static str,
        reason: String,
    },
}

/// Attempts for a session whose connection breaks, with backoff between them.
const ATTEMPTS: u32 = 3;

fn backoff(attempt: u32) -> Duration {
    Duration::from_millis(200 * 2u64.pow(attempt))
}

/// Runs `f` again, after a backoff, while the connection breaks under it
/// (`ATTEMPTS` runs in all); `on_retry` hears each loss. Returns the last
/// result and how many times `f` was run again.
fn retry_lost<T>(
    mut f: impl FnMut() -> Result<T, LiveError>,
    mut on_retry: impl FnMut(&str),
) -> (Result<T, LiveError>, u32) {
    let mut attempt = 0;
    loop {
        match f() {
            Err(LiveError::Lost { reason, .. }) if attempt + 1 < ATTEMPTS => {
                on_retry(&reason);
                std::thread::sleep(backoff(attempt));
                attempt += 1;
            }
            r => return (r, attempt),
        }
    }
}

/// A database to connect to: a connection string, and a database name that
/// replaces the one in it (to visit every database of a server).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Target {
    pub conn: String,
    pub database: Option<String>,
}

impl Target {
    pub fn new(conn: &str) -> Self {
        Self {
            conn: conn.to_owned(),
            database: None,
        }
    }

    pub fn with_database(&self, db: &str) -> Self {
        Self {
            conn: self.conn.clone(),
            database: Some(db.to_owned()),
        }
    }

    /// For messages: the password masked, the database named.
    pub fn label(&self) -> String {
        match &self.database {
            Some(db) => format!("{} (database {db})", redact(&self.conn)),
            None => redact(&self.conn),
        }
    }
}

/// The connection target without its password, for messages.
pub fn redact(url: &str) -> String {
    let re = regex::Regex::new(r"(?i)(password=)\S+|(://[^:/@]+:)[^@]+@").expect("static regex");
    re.replace_all(url, |c: &regex::Captures<'_>| match (c.get(1), c.get(2)) {
        (Some(k), _) => format!("{}***", k.as_str()),
        (_, Some(u)) => format!("{}***@", u.as_str()),
        _ => String::new(),
    })
    .into_owned()
}

const TABLES: &str = r#"
SELECT format('CREATE %sTABLE %I.%I (%s)%s;',
         CASE WHEN c.relpersistence = 'u' THEN 'UNLOGGED ' ELSE '' END, n.nspname, c.relname,
         coalesce((SELECT string_agg(format('%I %s%s%s', a.attname, format_type(a.atttypid, a.atttypmod),
                      (SELECT ' DEFAULT ' || pg_get_expr(d.adbin, d.adrelid) FROM pg_attrdef d
                        WHERE d.adrelid = a.attrelid AND d.adnum = a.attnum),
                      CASE WHEN a.attnotnull THEN ' NOT NULL' ELSE '' END), ', ' ORDER BY a.attnum)
                   FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped), ''),
         CASE WHEN c.relkind = 'p' THEN ' PARTITION BY ' || pg_get_partkeydef(c.oid) ELSE '' END)
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%'
ORDER BY n.nspname, c.relname
"#;

const PARTITIONS: &str = r#"
SELECT format('ALTER TABLE ONLY %I.%I ATTACH PARTITION %I.%I %s;', pn.nspname, p.relname, n.nspname, c.relname,
              pg_get_expr(c.relpartbound, c.oid))
FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_class p ON p.oid = i.inhparent JOIN pg_namespace pn ON pn.oid = p.relnamespace
WHERE c.relispartition AND c.relkind IN ('r', 'p')
"#;

const CONSTRAINTS: &str = r#"
SELECT format('ALTER TABLE ONLY %I.%I ADD CONSTRAINT %I %s;', n.nspname, c.relname, con.conname, pg_get_constraintdef(con.oid))
FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE con.contype IN ('p', 'u', 'f') AND n.nspname NOT IN ('pg_catalog', 'information_schema')
ORDER BY con.contype DESC, n.nspname, c.relname, con.conname
"#;

const INDEXES: &str = r#"
SELECT pg_get_indexdef(i.indexrelid) || ';'
FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%'
  AND NOT EXISTS (SELECT 1 FROM pg_constraint con WHERE con.conindid = i.indexrelid AND con.contype IN ('p', 'u'))
"#;

const EXTENSIONS: &str =
    "SELECT 'CREATE EXTENSION ' || quote_ident(extname) || ';' FROM pg_extension";

// Sizes from relpages (as of the last VACUUM/ANALYZE): reading them takes no
// lock, so a table locked by a migration cannot stall pgadvisor.
const INDEX_USAGE: &str = r#"
SELECT json_build_array(s.schemaname, s.relname, s.indexrelname, s.idx_scan,
                        c.relpages::bigint * current_setting('block_size')::bigint)::text
FROM pg_stat_user_indexes s JOIN pg_class c ON c.oid = s.indexrelid
"#;

const PGSS: &str = r#"
SELECT s.query, s.calls::float8, s.total_exec_time, s.min_exec_time, s.max_exec_time, s.stddev_exec_time,
       s.rows::float8, d.datname::text, r.rolname::text
FROM pg_stat_statements s LEFT JOIN pg_database d ON d.oid = s.dbid LEFT JOIN pg_roles r ON r.oid = s.userid
"#;

/// A single-threaded runtime for one live session.
fn runtime(target: &str) -> Result<tokio::runtime::Runtime, LiveError> {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| LiveError::Connect {
            target: target.to_owned(),
            reason: e.to_string(),
        })
}

/// Connects and opens the session every live read runs in: timeouts set, `BEGIN READ ONLY`.
async fn read_only_session(
    t: &Target,
    target: &str,
    opts: &LiveOptions,
) -> Result<tokio_postgres::Client, LiveError> {
    let client = connect(t, target).await?;
    client
        .batch_execute(&format!(
            "SET statement_timeout = {}; SET lock_timeout = {}; BEGIN READ ONLY;",
            opts.statement_timeout_ms, opts.lock_timeout_ms
        ))
        .await
        .map_err(|e| LiveError::Query {
            target: target.to_owned(),
            what: "starting a read-only transaction",
            reason: describe(&e),
        })?;
    Ok(client)
}

/// The databases of `t`'s server this role may connect to, templates aside.
pub fn databases(t: &Target, opts: &LiveOptions) -> Result<Vec<String>, LiveError> {
    let target = t.label();
    runtime(&target)?.block_on(async {
        let client = read_only_session(t, &target, opts).await?;
        let names = lines(
            &client,
            "SELECT datname FROM pg_database WHERE datallowconn AND NOT datistemplate \
             AND has_database_privilege(datname, 'CONNECT') ORDER BY datname",
            &target,
            "pg_database",
        )
        .await?;
        let _ = client.batch_execute("COMMIT").await;
        Ok(names)
    })
}

/// Reads schema, statistics and, when `statements` is set and the extension
/// is there, pg_stat_statements (which covers every database of the server).
pub fn read(t: &Target, opts: &LiveOptions, statements: bool) -> Result<LiveData, LiveError> {
    let target = t.label();
    let rt = runtime(&target)?;
    // Everything read is read again: a broken connection costs a retry, not the run.
    let (r, retries) = retry_lost(
        || rt.block_on(read_async(t, &target, opts, statements)),
        |reason| eprintln!("warning: {target}: connection lost ({reason}); reading again"),
    );
    let mut d = r?;
    if retries > 0 {
        d.notes.push(format!(
            "the connection was lost {retries} time(s) while reading; read again from the start"
        ));
    }
    Ok(d)
}

async fn connect_with<T>(
    config: &tokio_postgres::Config,
    tls: T,
) -> Result<tokio_postgres::Client, tokio_postgres::Error>
where
    T: tokio_postgres::tls::MakeTlsConnect<tokio_postgres::Socket>,
    T::Stream: Send + 'static,
{
    let (client, conn) = config.connect(tls).await?;
    tokio::spawn(async move {
        let _ = conn.await;
    });
    Ok(client)
}

async fn connect(t: &Target, target: &str) -> Result<tokio_postgres::Client, LiveError> {
    let bad = |reason: String| LiveError::Connect {
        target: target.to_owned(),
        reason,
    };
    let env = |k: &str| std::env::var(k).ok();
    let (rest, tls) = conninfo::split(&t.conn, &env)
        .map_err(|e| bad(format!("invalid connection string: {e}")))?;
    let mut config: tokio_postgres::Config = rest
        .parse()
        .map_err(|e: tokio_postgres::Error| bad(format!("invalid connection string: {e}")))?;
    conninfo::fill_defaults(&mut config, &env);
    if let Some(db) = &t.database {
        config.dbname(db);
    }
    config.ssl_mode(match tls.mode {
        SslMode::Disable => tokio_postgres::config::SslMode::Disable,
        SslMode::Allow | SslMode::Prefer => tokio_postgres::config::SslMode::Prefer,
        SslMode::Require | SslMode::VerifyCa | SslMode::VerifyFull => {
            tokio_postgres::config::SslMode::Require
        }
    });
    let connector = tls::connector(&tls).map_err(|e| bad(format!("TLS: {e}")))?;
    // Named from the first statement on, so the server's log shows who it is.
    config.application_name("pgadvisor");
    let mut last = String::new();
    // A dropped or refused connection is retried with backoff; a bad URL or password is not.
    for attempt in 0..ATTEMPTS {
        let r = match &connector {
            Some(c) => connect_with(&config, c.clone()).await,
            None => connect_with(&config, tokio_postgres::NoTls).await,
        };
        match r {
            Ok(client) => return Ok(client),
            Err(e) => {
                last = describe(&e);
                // Certificate and TLS failures do not heal by retrying either.
                let retryable = e.as_db_error().is_none()
                    && !last.contains("invalid connection string")
                    && !last.to_ascii_lowercase().contains("certificate")
                    && !last.contains("server does not support TLS");
                if !retryable || attempt + 1 == ATTEMPTS {
                    break;
                }
                tokio::time::sleep(backoff(attempt)).await;
            }
        }
    }
    Err(bad(last))
}

/// The server's message and SQLSTATE, or the chain of causes of a client-side error.
fn describe(e: &tokio_postgres::Error) -> String {
    match e.as_db_error() {
        Some(db) => format!("{} ({})", db.message(), db.code().code()),
        None => {
            let mut s = e.to_string();
            let mut src = std::error::Error::source(e);
            while let Some(inner) = src {
                s = format!("{s}: {inner}");
                src = inner.source();
            }
            s
        }
    }
}

fn query_error<'t>(
    target: &'t str,
    what: &'static str,
) -> impl Fn(tokio_postgres::Error) -> LiveError + 't {
    move |e| {
        if e.as_db_error().is_some() {
            LiveError::Query {
                target: target.to_owned(),
                what,
                reason: describe(&e),
            }
        } else {
            LiveError::Lost {
                target: target.to_owned(),
                what,
                reason: describe(&e),
            }
        }
    }
}

async fn lines(
    client: &tokio_postgres::Client,
    sql: &str,
    target: &str,
    what: &'static str,
) -> Result<Vec<String>, LiveError> {
    let msgs = client
        .simple_query(sql)
        .await
        .map_err(query_error(target, what))?;
    Ok(first_column(&msgs))
}

/// The first column of every row, as text.
fn first_column(msgs: &[tokio_postgres::SimpleQueryMessage]) -> Vec<String> {
    msgs.iter()
        .filter_map(|m| match m {
            tokio_postgres::SimpleQueryMessage::Row(r) => r.get(0).map(str::to_owned),
            _ => None,
        })
        .collect()
}

/// Runs `sql` under a savepoint. A statement the server refuses (a lock or
/// statement timeout, a text it rejects) gives `Ok(Err(reason))` and leaves
/// the transaction usable; only a broken session is an `Err`.
async fn guarded(
    client: &tokio_postgres::Client,
    sql: &str,
    target: &str,
    what: &'static str,
) -> Result<Result<Vec<String>, String>, LiveError> {
    lines(client, "SAVEPOINT pgadvisor", target, "savepoint").await?;
    let r = match client.simple_query(sql).await {
        Ok(msgs) => Ok(first_column(&msgs)),
        Err(e) if e.as_db_error().is_some() => {
            lines(
                client,
                "ROLLBACK TO SAVEPOINT pgadvisor",
                target,
                "savepoint",
            )
            .await?;
            Err(format!("{what}: {}", describe(&e)))
        }
        Err(e) => return Err(query_error(target, what)(e)),
    };
    lines(client, "RELEASE SAVEPOINT pgadvisor", target, "savepoint").await?;
    Ok(r)
}

async fn read_async(
    t: &Target,
    target: &str,
    opts: &LiveOptions,
    statements: bool,
) -> Result<LiveData, LiveError> {
    let client = read_only_session(t, target, opts).await?;
    let database = lines(&client, "SELECT current_database()", target, "database")
        .await?
        .into_iter()
        .next()
        .unwrap_or_default();
    let q = |what: &'static str| query_error(target, what);
    let mut ddl = String::new();
    for (sql, what) in [
        (TABLES, "tables"),
        (PARTITIONS, "partitions"),
        (CONSTRAINTS, "constraints"),
        (INDEXES, "indexes"),
        (EXTENSIONS, "extensions"),
    ] {
        for l in lines(&client, sql, target, what).await? {
            ddl.push_str(&l);
            ddl.push('\n');
        }
    }
    let (mut schema, mut dump) = schema_dump::parse(&ddl);
    dump.path = target.to_owned();
    let mut notes = Vec::new();
    // Index scans since the last statistics reset, for unused indexes.
    match guarded(&client, INDEX_USAGE, target, "pg_stat_user_indexes").await? {
        Ok(rows) => {
            for row in rows {
                type Usage = (String, String, String, i64, i64);
                let Ok((s, t, i, scans, size_bytes)) = serde_json::from_str::<Usage>(&row) else {
                    continue;
                };
                if let Some(index) = schema
                    .tables
                    .get_mut(&crate::vocab::sql_names::TableRef::new(&s, &t))
                    .and_then(|tb| tb.indexes.iter_mut().find(|x| x.name == i))
                {
                    index.usage = Some(crate::catalog::IndexUsage { scans, size_bytes });
                }
            }
        }
        Err(e) => notes.push(format!("index usage not read ({e}): unused-index needs it")),
    }
    schema.stats_reset = lines(&client, "SELECT coalesce(stats_reset::text, 'never') FROM pg_stat_database WHERE datname = current_database()", target, "pg_stat_database")
        .await?
        .into_iter()
        .next();
    let stats_sql = include_str!("../../../scripts/stats.sql");
    let stats = match guarded(&client, stats_sql, target, "statistics").await? {
        Ok(v) => match v
            .first()
            .map(|json| stats_dump::apply_json(&mut schema, json, target))
        {
            Some(Ok(s)) => Some(s),
            Some(Err(e)) => {
                notes.push(format!("statistics not read: {e}"));
                None
            }
            None => None,
        },
        Err(e) => {
            notes.push(format!("statistics not read: {e}"));
            None
        }
    };
    // pg_stats shows a table's columns only to roles that may SELECT it.
    let hidden: u64 = lines(
        &client,
        "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace \
         WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema') \
         AND n.nspname NOT LIKE 'pg_toast%' AND NOT has_table_privilege(c.oid, 'SELECT')",
        target,
        "privileges",
    )
    .await?
    .first()
    .and_then(|n| n.parse().ok())
    .unwrap_or(0);
    if hidden > 0 {
        notes.push(format!(
            "pg_stats shows no column statistics of {hidden} tables to this role: they are visible only for \
             tables it may SELECT (partial-index and selectivity advice and representative values need them; \
             grant pg_read_all_data or SELECT, or run as the tables' owner)"
        ));
    } else if stats.as_ref().is_some_and(|s| s.columns == 0) && !schema.tables.is_empty() {
        notes.push(
            "pg_stats has no column statistics yet (tables never analysed): run ANALYZE for selectivity advice"
                .into(),
        );
    }
    let has_pgss = !lines(
        &client,
        "SELECT 1 FROM pg_extension WHERE extname = 'pg_stat_statements'",
        target,
        "extensions",
    )
    .await?
    .is_empty();
    let statements = if !statements {
        None
    } else if has_pgss {
        lines(&client, "SAVEPOINT pgadvisor", target, "savepoint").await?;
        let rows = match client.query(PGSS, &[]).await {
            Ok(rows) => rows,
            // Installed but not preloaded, or not readable to this role: say so and go on.
            Err(e) if e.as_db_error().is_some() => {
                lines(
                    &client,
                    "ROLLBACK TO SAVEPOINT pgadvisor",
                    target,
                    "savepoint",
                )
                .await?;
                notes.push(format!("pg_stat_statements not read: {}", describe(&e)));
                Vec::new()
            }
            Err(e) => return Err(q("pg_stat_statements")(e)),
        };
        let mut read = Vec::with_capacity(rows.len());
        let mut hidden = 0u64;
        for r in rows {
            let query: Option<String> = r.get(0);
            // Other roles' statements, to a role without pg_read_all_stats.
            let Some(query) = query.filter(|q| q != "<insufficient privilege>") else {
                hidden += 1;
                continue;
            };
            let row = Row {
                query,
                calls: r.get(1),
                total_ms: r.get(2),
                min_ms: r.get(3),
                max_ms: r.get(4),
                stddev_ms: r.get(5),
                rows: r.get(6),
                db: r.get(7),
                user: r.get(8),
            };
            read.push(row);
        }
        if hidden > 0 {
            notes.push(format!(
                "pg_stat_statements hides the text of {hidden} statements of other roles: \
                 GRANT pg_read_all_stats to pgadvisor's role to see the whole workload"
            ));
        }
        Some(read)
    } else {
        notes.push(
            "pg_stat_statements is not installed in this database: add it to shared_preload_libraries and \
             CREATE EXTENSION pg_stat_statements to read the workload from the database (or give logs)"
                .into(),
        );
        None
    };
    client
        .batch_execute("COMMIT")
        .await
        .map_err(q("ending the transaction"))?;
    Ok(LiveData {
        database,
        schema,
        dump,
        stats,
        statements,
        notes,
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn passwords_are_redacted() {
        assert_eq!(
            super::redact("postgres://app:s3cret@db:5432/x"),
            "postgres://app:***@db:5432/x"
        );
        assert_eq!(
            super::redact("host=db password=s3cret user=app"),
            "host=db password=*** user=app"
        );
    }
}

/// A statement the planner can take: literal text, or text with `$n`
/// placeholders planned as a generic plan (values unknown).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Plannable {
    Literal(String),
    Generic { sql: String, params: u32 },
}

/// What `EXPLAIN` said about one statement.
#[derive(Debug, Clone, PartialEq)]
pub struct PlanCost {
    pub total_cost: f64,
    /// Names of the indexes the plan reads.
    pub indexes: Vec<String>,
}

/// One read-only session kept open for planning: what-if checks with
/// HypoPG (its hypothetical indexes live in this backend's memory only) and,
/// when asked, `EXPLAIN ANALYZE` of read-only statements. Each statement runs
/// under a savepoint, so one that fails (a timeout, a text the server rejects)
/// does not end the session.
pub struct Session {
    rt: tokio::runtime::Runtime,
    client: std::cell::RefCell<tokio_postgres::Client>,
    conn: Target,
    opts: LiveOptions,
    target: String,
    hypopg: bool,
    notes: std::cell::RefCell<Vec<String>>,
    /// Bumped at each reconnection: hypothetical indexes made before it are gone.
    generation: std::cell::Cell<u32>,
}

/// A read-only session set up for planning; whether HypoPG is installed.
async fn planning_session(
    t: &Target,
    target: &str,
    opts: &LiveOptions,
) -> Result<(tokio_postgres::Client, bool), LiveError> {
    let client = read_only_session(t, target, opts).await?;
    // Only prepared statements are affected: they are planned without their values.
    lines(
        &client,
        "SET LOCAL plan_cache_mode = force_generic_plan",
        target,
        "settings",
    )
    .await?;
    let hypopg = !lines(
        &client,
        "SELECT 1 FROM pg_extension WHERE extname = 'hypopg'",
        target,
        "extensions",
    )
    .await?
    .is_empty();
    Ok((client, hypopg))
}

impl Session {
    pub fn open(t: &Target, opts: &LiveOptions) -> Result<Self, LiveError> {
        let target = t.label();
        let rt = runtime(&target)?;
        let (client, hypopg) =
            retry_lost(|| rt.block_on(planning_session(t, &target, opts)), |_| ()).0?;
        Ok(Self {
            rt,
            client: std::cell::RefCell::new(client),
            conn: t.clone(),
            opts: *opts,
            target,
            hypopg,
            notes: Default::default(),
            generation: Default::default(),
        })
    }

    /// Whether the `hypopg` extension is installed in this database.
    pub fn has_hypopg(&self) -> bool {
        self.hypopg
    }

    /// How many times the connection was re-established: a caller that made
    /// hypothetical indexes checks it did not change before trusting a plan.
    pub fn generation(&self) -> u32 {
        self.generation.get()
    }

    fn note(&self, reason: String) {
        let mut notes = self.notes.borrow_mut();
        if notes.len() < 20 && !notes.contains(&reason) {
            notes.push(reason);
        }
    }

    /// Runs `sql` under a savepoint; a statement the server refuses gives
    /// `Ok(None)` and its reason is kept for [`Session::take_notes`]. A lost
    /// connection is re-established (with backoff) and the statement gives `Ok(None)`.
    fn guarded(&self, sql: &str) -> Result<Option<Vec<String>>, LiveError> {
        let r = {
            let client = self.client.borrow();
            self.rt
                .block_on(guarded(&client, sql, &self.target, "planning"))
        };
        match r {
            Ok(Ok(v)) => Ok(Some(v)),
            Ok(Err(reason)) => {
                self.note(reason);
                Ok(None)
            }
            Err(LiveError::Lost { reason, .. }) => {
                let mut last = reason;
                for attempt in 0..ATTEMPTS {
                    std::thread::sleep(backoff(attempt));
                    match self
                        .rt
                        .block_on(planning_session(&self.conn, &self.target, &self.opts))
                    {
                        Ok((client, _)) => {
                            *self.client.borrow_mut() = client;
                            self.generation.set(self.generation.get() + 1);
                            self.note(format!(
                                "the connection was lost ({last}) and re-established"
                            ));
                            return Ok(None);
                        }
                        Err(e) => last = e.to_string(),
                    }
                }
                Err(LiveError::Lost {
                    target: self.target.clone(),
                    what: "planning",
                    reason: last,
                })
            }
            Err(e) => Err(e),
        }
    }

    /// What the server refused during this session (timeouts, rejected texts), once each.
    pub fn take_notes(&self) -> Vec<String> {
        std::mem::take(&mut *self.notes.borrow_mut())
    }

    fn explain_json(&self, options: &str, q: &Plannable) -> Result<Option<String>, LiveError> {
        match q {
            Plannable::Literal(sql) => Ok(self
                .guarded(&format!("EXPLAIN ({options}) {sql}"))?
                .and_then(|v| v.into_iter().next())),
            Plannable::Generic { sql, params } => {
                // Prepared statements are not transactional: deallocate whatever a failed try left.
                self.guarded("DEALLOCATE ALL")?;
                if self
                    .guarded(&format!("PREPARE pgadvisor_q AS {sql}"))?
                    .is_none()
                {
                    return Ok(None);
                }
                let nulls = vec!["NULL"; *params as usize].join(", ");
                let args = if *params > 0 {
                    format!("({nulls})")
                } else {
                    String::new()
                };
                let plan = self
                    .guarded(&format!("EXPLAIN ({options}) EXECUTE pgadvisor_q{args}"))?
                    .and_then(|v| v.into_iter().next());
                self.guarded("DEALLOCATE pgadvisor_q")?;
                Ok(plan)
            }
        }
    }

    /// The planner's estimate for a statement (plain `EXPLAIN`: nothing runs).
    /// `None` when the server does not accept the text.
    pub fn plan(&self, q: &Plannable) -> Result<Option<PlanCost>, LiveError> {
        let Some(json) = self.explain_json("FORMAT JSON", q)? else {
            return Ok(None);
        };
        let Ok(plan) = crate::plan::json::parse(&json) else {
            return Ok(None);
        };
        let mut indexes = Vec::new();
        plan.root.walk(0, &mut |n, _| {
            if let Some(i) = &n.index_name {
                indexes.push(i.clone());
            }
        });
        Ok(plan.root.total_cost.map(|total_cost| PlanCost {
            total_cost,
            indexes,
        }))
    }

    /// `EXPLAIN (ANALYZE, BUFFERS)` of a statement: it runs, inside the read-only
    /// transaction and under `statement_timeout`, so a write fails instead of writing.
    pub fn explain_analyze(&self, sql: &str) -> Result<Option<crate::plan::Plan>, LiveError> {
        let json = self.explain_json(
            "ANALYZE, BUFFERS, FORMAT JSON",
            &Plannable::Literal(sql.into()),
        )?;
        Ok(json.and_then(|j| crate::plan::json::parse(&j).ok()))
    }

    /// Creates a hypothetical index (HypoPG), returning the name plans show for it.
    pub fn hypothetical_index(&self, create_index: &str) -> Result<Option<String>, LiveError> {
        let sql = format!(
            "SELECT indexname FROM hypopg_create_index({})",
            crate::vocab::sql_names::quote_literal(create_index)
        );
        Ok(self.guarded(&sql)?.and_then(|v| v.into_iter().next()))
    }

    /// Creates a hypothetical index and returns its oid, the name plans show
    /// for it, and HypoPG's estimate of its size in bytes.
    pub fn hypothetical_index_sized(
        &self,
        create_index: &str,
    ) -> Result<Option<(String, String, f64)>, LiveError> {
        let sql = format!(
            "SELECT indexrelid || ' ' || hypopg_relation_size(indexrelid) || ' ' || indexname \
             FROM hypopg_create_index({})",
            crate::vocab::sql_names::quote_literal(create_index)
        );
        Ok(self
            .guarded(&sql)?
            .and_then(|v| v.into_iter().next())
            .and_then(|row| {
                let mut it = row.splitn(3, ' ');
                let oid = it.next()?.to_owned();
                let size = it.next()?.parse().ok()?;
                Some((oid, it.next()?.to_owned(), size))
            }))
    }

    /// Removes one hypothetical index.
    pub fn drop_hypothetical(&self, oid: &str) -> Result<(), LiveError> {
        if oid.bytes().all(|b| b.is_ascii_digit()) {
            self.guarded(&format!("SELECT hypopg_drop_index({oid})"))?;
        }
        Ok(())
    }

    /// Removes every hypothetical index of this session.
    pub fn reset_hypothetical(&self) -> Result<(), LiveError> {
        self.guarded("SELECT hypopg_reset()")?;
        Ok(())
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        let client = self.client.borrow();
        let _ = self.rt.block_on(client.batch_execute("ROLLBACK"));
    }
}
