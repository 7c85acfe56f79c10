//! Live mode: read a running PostgreSQL, safely.
//!
//! Everything runs in one `BEGIN READ ONLY` transaction with
//! `statement_timeout` and `lock_timeout` set and `application_name =
//! pgadvisor`; nothing is written and `EXPLAIN ANALYZE` is never run. The
//! catalog is rendered as the DDL `pg_dump --schema-only` would give
//! (`pg_get_constraintdef`, `pg_get_indexdef`, `pg_get_partkeydef`) and read
//! by the same [`super::schema_dump`] parser, so live and dump give one model.
use super::pgss::{add_row, Row};
use super::schema_dump::{self, DumpSummary};
use super::stats_dump::{self, StatsSummary};
use crate::model::schema::Schema;
use crate::model::workload::{AggregateOptions, Aggregator, Workload};
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
    pub schema: Schema,
    pub dump: DumpSummary,
    pub stats: Option<StatsSummary>,
    /// The pg_stat_statements workload, when the extension is there.
    pub workload: Option<Workload>,
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

const INDEX_USAGE: &str = r#"
SELECT schemaname::text, relname::text, indexrelname::text, idx_scan, pg_relation_size(indexrelid)
FROM pg_stat_user_indexes
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
    url: &str,
    target: &str,
    opts: &LiveOptions,
) -> Result<tokio_postgres::Client, LiveError> {
    let client = connect(url, target).await?;
    client
        .batch_execute(&format!(
            "SET statement_timeout = {}; SET lock_timeout = {}; BEGIN READ ONLY;",
            opts.statement_timeout_ms, opts.lock_timeout_ms
        ))
        .await
        .map_err(|e| LiveError::Query {
            target: target.to_owned(),
            what: "starting a read-only transaction",
            reason: e.to_string(),
        })?;
    Ok(client)
}

/// Reads schema, statistics and (when available) pg_stat_statements.
pub fn read(url: &str, opts: &LiveOptions, agg: &AggregateOptions) -> Result<LiveData, LiveError> {
    let target = redact(url);
    runtime(&target)?.block_on(read_async(url, &target, opts, agg))
}

async fn connect(url: &str, target: &str) -> Result<tokio_postgres::Client, LiveError> {
    let mut config: tokio_postgres::Config =
        url.parse()
            .map_err(|e: tokio_postgres::Error| LiveError::Connect {
                target: target.to_owned(),
                reason: format!("invalid connection string: {e}"),
            })?;
    // Named from the first statement on, so the server's log shows who it is.
    config.application_name("pgadvisor");
    let mut last = String::new();
    // A dropped or refused connection is retried with backoff; a bad URL or password is not.
    for attempt in 0..3u32 {
        match config.connect(tokio_postgres::NoTls).await {
            Ok((client, conn)) => {
                tokio::spawn(async move {
                    let _ = conn.await;
                });
                return Ok(client);
            }
            Err(e) => {
                last = match e.as_db_error() {
                    Some(db) => format!("{} ({})", db.message(), db.code().code()),
                    None => {
                        let mut s = e.to_string();
                        let mut src = std::error::Error::source(&e);
                        while let Some(inner) = src {
                            s = format!("{s}: {inner}");
                            src = inner.source();
                        }
                        s
                    }
                };
                let retryable =
                    e.as_db_error().is_none() && !last.contains("invalid connection string");
                if !retryable || attempt == 2 {
                    break;
                }
                tokio::time::sleep(Duration::from_millis(200 * 2u64.pow(attempt))).await;
            }
        }
    }
    Err(LiveError::Connect {
        target: target.to_owned(),
        reason: last,
    })
}

async fn lines(
    client: &tokio_postgres::Client,
    sql: &str,
    target: &str,
    what: &'static str,
) -> Result<Vec<String>, LiveError> {
    let q = |e: tokio_postgres::Error| LiveError::Query {
        target: target.to_owned(),
        what,
        reason: e.to_string(),
    };
    let msgs = client.simple_query(sql).await.map_err(q)?;
    Ok(msgs
        .iter()
        .filter_map(|m| match m {
            tokio_postgres::SimpleQueryMessage::Row(r) => r.get(0).map(str::to_owned),
            _ => None,
        })
        .collect())
}

async fn read_async(
    url: &str,
    target: &str,
    opts: &LiveOptions,
    agg: &AggregateOptions,
) -> Result<LiveData, LiveError> {
    let client = read_only_session(url, target, opts).await?;
    let q = |what: &'static str| {
        move |e: tokio_postgres::Error| LiveError::Query {
            target: target.to_owned(),
            what,
            reason: e.to_string(),
        }
    };
    let mut ddl = String::new();
    for (sql, what) in [
        (TABLES, "tables"),
        (PARTITIONS, "partitions"),
        (CONSTRAINTS, "constraints"),
        (INDEXES, "indexes"),
    ] {
        for l in lines(&client, sql, target, what).await? {
            ddl.push_str(&l);
            ddl.push('\n');
        }
    }
    let (mut schema, mut dump) = schema_dump::parse(&ddl);
    dump.path = target.to_owned();
    // Index scans since the last statistics reset, for unused indexes.
    for r in client
        .query(INDEX_USAGE, &[])
        .await
        .map_err(q("pg_stat_user_indexes"))?
    {
        let (s, t, i): (String, String, String) = (r.get(0), r.get(1), r.get(2));
        if let Some(index) = schema
            .tables
            .get_mut(&crate::sqlgen::TableRef::new(&s, &t))
            .and_then(|tb| tb.indexes.iter_mut().find(|x| x.name == i))
        {
            index.usage = Some(crate::model::schema::IndexUsage {
                scans: r.get(3),
                size_bytes: r.get(4),
            });
        }
    }
    schema.stats_reset = lines(&client, "SELECT coalesce(stats_reset::text, 'never') FROM pg_stat_database WHERE datname = current_database()", target, "pg_stat_database")
        .await?
        .into_iter()
        .next();
    let mut notes = Vec::new();
    let stats_sql = include_str!("../../scripts/stats.sql");
    let stats = match lines(&client, stats_sql, target, "statistics").await {
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
    if stats.as_ref().is_some_and(|s| s.columns == 0) && !schema.tables.is_empty() {
        notes.push(
            "pg_stats shows no column statistics to this role: they are visible only for tables it may SELECT \
             (partial-index and selectivity advice needs them; run as the tables' owner or grant SELECT)"
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
    let workload = if has_pgss {
        let rows = client
            .query(PGSS, &[])
            .await
            .map_err(q("pg_stat_statements"))?;
        let mut a = Aggregator::new(agg);
        for r in rows {
            let row = Row {
                query: r.get(0),
                calls: r.get(1),
                total_ms: r.get(2),
                min_ms: r.get(3),
                max_ms: r.get(4),
                stddev_ms: r.get(5),
                rows: r.get(6),
                db: r.get(7),
                user: r.get(8),
            };
            add_row(&mut a, row);
        }
        Some(a.finish().0)
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
        schema,
        dump,
        stats,
        workload,
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

/// A what-if check of one candidate index with HypoPG.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct WhatIf {
    pub query: String,
    pub cost_before: f64,
    pub cost_after: f64,
    pub uses_index: bool,
}

/// Plans each query without and with the hypothetical index `create_index`
/// (`CREATE INDEX ON t (cols)`), inside a READ ONLY transaction: HypoPG keeps
/// its indexes in the backend's memory, nothing is written. Returns `None`
/// when the `hypopg` extension is not installed in the database.
pub fn what_if(
    url: &str,
    opts: &LiveOptions,
    create_index: &str,
    queries: &[String],
) -> Result<Option<Vec<WhatIf>>, LiveError> {
    let target = redact(url);
    runtime(&target)?.block_on(async {
        let client = read_only_session(url, &target, opts).await?;
        let q = |what: &'static str| {
            let target = target.clone();
            move |e: tokio_postgres::Error| LiveError::Query {
                target,
                what,
                reason: e.to_string(),
            }
        };
        let has = !lines(
            &client,
            "SELECT 1 FROM pg_extension WHERE extname = 'hypopg'",
            &target,
            "extensions",
        )
        .await?
        .is_empty();
        if !has {
            client
                .batch_execute("ROLLBACK")
                .await
                .map_err(q("ending the transaction"))?;
            return Ok(None);
        }
        let cost = |json: &str| -> Option<(f64, String)> {
            let plan = crate::plan::json::parse(json).ok()?;
            let mut names = String::new();
            plan.root.walk(0, &mut |n, _| {
                if let Some(i) = &n.index_name {
                    names.push_str(i);
                    names.push(' ');
                }
            });
            Some((plan.root.total_cost?, names))
        };
        let mut out = Vec::new();
        for sql in queries {
            let explain = format!("EXPLAIN (FORMAT JSON) {sql}");
            let Ok(before) = lines(&client, &explain, &target, "explain").await else {
                continue;
            };
            let hypo = format!(
                "SELECT indexrelid::text FROM hypopg_create_index({})",
                crate::sqlgen::quote_literal(create_index)
            );
            let oid = lines(&client, &hypo, &target, "hypopg_create_index")
                .await?
                .into_iter()
                .next()
                .unwrap_or_default();
            let after = lines(&client, &explain, &target, "explain").await?;
            lines(&client, "SELECT hypopg_reset()", &target, "hypopg_reset").await?;
            if let (Some((b, _)), Some((a, names))) = (
                before.first().and_then(|j| cost(j)),
                after.first().and_then(|j| cost(j)),
            ) {
                out.push(WhatIf {
                    query: sql.clone(),
                    cost_before: b,
                    cost_after: a,
                    uses_index: !oid.is_empty() && names.contains(&oid),
                });
            }
        }
        client
            .batch_execute("ROLLBACK")
            .await
            .map_err(q("ending the transaction"))?;
        Ok(Some(out))
    })
}
