//! Limits on a tenant's sessions: `CONNECTION LIMIT` on its database or
//! role, and the timeouts its sessions start with. PostgreSQL applies a
//! role's or a database's settings when a session starts: sessions already
//! open keep theirs until they reconnect.
use super::fix::{Role, Step};
use super::{quote_ident, quote_literal};

/// What the limits are set on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Target<'a> {
    /// A database shared by several roles: its limit and its settings.
    Database(&'a str),
    /// A database and the application's roles in it: the database's
    /// limit, the settings for those roles in that database (not for
    /// every role that may connect: a DBA's, a replication or ETL role).
    DatabaseWithRole { db: &'a str, roles: Vec<&'a str> },
    /// A role per tenant in a shared database.
    Role(&'a str),
}

/// The limits, as PostgreSQL reads them (`'20s'`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Settings {
    pub connection_limit: Option<u32>,
    pub statement_timeout: String,
    pub idle_in_transaction_session_timeout: String,
    pub lock_timeout: String,
}

pub(crate) fn guardrails(target: &Target<'_>, s: &Settings) -> Vec<Step> {
    let (limit_on, set_on): (String, Vec<String>) = match target {
        Target::Database(db) => (
            format!("DATABASE {}", quote_ident(db)),
            vec![format!("DATABASE {}", quote_ident(db))],
        ),
        Target::DatabaseWithRole { db, roles } => (
            format!("DATABASE {}", quote_ident(db)),
            roles
                .iter()
                .map(|role| format!("ROLE {} IN DATABASE {}", quote_ident(role), quote_ident(db)))
                .collect(),
        ),
        Target::Role(role) => (
            format!("ROLE {}", quote_ident(role)),
            vec![format!("ROLE {}", quote_ident(role))],
        ),
    };
    let mut steps: Vec<Step> = s
        .connection_limit
        .map(|n| {
            Step::new(
                Role::Limit,
                format!("ALTER {limit_on} CONNECTION LIMIT {n};"),
            )
        })
        .into_iter()
        .collect();
    for on in &set_on {
        for (name, value) in [
            ("statement_timeout", &s.statement_timeout),
            (
                "idle_in_transaction_session_timeout",
                &s.idle_in_transaction_session_timeout,
            ),
            ("lock_timeout", &s.lock_timeout),
        ] {
            steps.push(Step::new(
                Role::Limit,
                format!("ALTER {on} SET {name} = {};", quote_literal(value)),
            ));
        }
    }
    steps
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_quoted_and_settings_are_literals() {
        let s = Settings {
            connection_limit: Some(8),
            statement_timeout: "10s".into(),
            idle_in_transaction_session_timeout: "30s".into(),
            lock_timeout: "5s".into(),
        };
        let sql: Vec<String> = guardrails(
            &Target::DatabaseWithRole {
                db: "Clínica Sul",
                roles: vec!["app"],
            },
            &s,
        )
        .into_iter()
        .map(|s| s.sql)
        .collect();
        assert_eq!(sql[0], "ALTER DATABASE \"Clínica Sul\" CONNECTION LIMIT 8;");
        assert_eq!(
            sql[1],
            "ALTER ROLE app IN DATABASE \"Clínica Sul\" SET statement_timeout = '10s';"
        );
        assert_eq!(sql.len(), 4);
    }
}
