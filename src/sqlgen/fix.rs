//! A fix as typed steps: each statement says what it is for, the lock it
//! takes and whether it may run inside a transaction block, so that
//! `recommendations.sql`, the HypoPG check and the HTML report read what a
//! statement does instead of guessing it from its first words. Steps are
//! built only by this module's builders; the rules choose and order them.
use super::TableRef;
use serde::{Deserialize, Serialize};

/// What a step is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    /// A table, partition, sequence or column default the fix needs.
    CreateTable,
    /// An index built `CONCURRENTLY` on a table in use.
    CreateIndex,
    /// An index or key built plainly on a table or view this fix created:
    /// nobody reads it yet, so its lock blocks no one and the build is faster.
    IndexNewObject,
    /// A column added to a table in use.
    AddColumn,
    /// A constraint: `NOT VALID` on a table in use (checked by `Validate`
    /// later), or checked at once on a table this fix created.
    AddConstraint,
    /// A read-only query whose answer decides whether to go on (orphan rows).
    Check,
    /// `VALIDATE CONSTRAINT`: scans without blocking writes.
    Validate,
    /// A materialized view.
    CreateView,
    /// A `pg_cron` job.
    Schedule,
    /// A trigger function.
    CreateFunction,
    /// A trigger keeping a cache right.
    CreateTrigger,
    /// Rows copied or computed into a new column or table.
    Backfill,
    /// The cut-over: renames and ownership moved to the new table.
    Swap,
    /// `BEGIN`, `COMMIT`, `SET LOCAL`, `LOCK TABLE`: they mean something only where they stand.
    Transaction,
    /// A setting for the statements of this script that follow it.
    ScriptSetting,
    /// `ANALYZE`, `VACUUM`, `CREATE STATISTICS`: what the planner reads.
    Maintenance,
    /// An index dropped `CONCURRENTLY`.
    DropIndex,
    /// A query for the application to send instead of its own: not run by the script.
    ApplicationRewrite,
    /// A setting for the sessions that run a query: not run by the script.
    SessionSetting,
    /// A limit on a database's or a role's sessions (`CONNECTION LIMIT`,
    /// `ALTER ROLE … SET statement_timeout`): new sessions take it.
    Limit,
}

impl Role {
    pub fn name(self) -> &'static str {
        match self {
            Role::CreateTable => "create table",
            Role::CreateIndex => "create index",
            Role::IndexNewObject => "index a new object",
            Role::AddColumn => "add column",
            Role::AddConstraint => "add constraint",
            Role::Check => "check",
            Role::Validate => "validate",
            Role::CreateView => "create view",
            Role::Schedule => "schedule",
            Role::CreateFunction => "create function",
            Role::CreateTrigger => "create trigger",
            Role::Backfill => "backfill",
            Role::Swap => "swap",
            Role::Transaction => "transaction",
            Role::ScriptSetting => "script setting",
            Role::Maintenance => "maintenance",
            Role::DropIndex => "drop index",
            Role::ApplicationRewrite => "application rewrite",
            Role::SessionSetting => "session setting",
            Role::Limit => "limit",
        }
    }
}

/// The table-level lock a step takes on the relation it names, weakest
/// first (PostgreSQL's conflict table: each mode conflicts with the ones
/// that follow it from some point on).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Lock {
    /// No table lock (settings, functions, jobs, statements not run here).
    None,
    AccessShare,
    RowShare,
    RowExclusive,
    ShareUpdateExclusive,
    Share,
    ShareRowExclusive,
    Exclusive,
    AccessExclusive,
}

impl Lock {
    /// The mode as `pg_locks.mode` names it.
    pub fn pg_mode(self) -> Option<&'static str> {
        Some(match self {
            Lock::None => return None,
            Lock::AccessShare => "AccessShareLock",
            Lock::RowShare => "RowShareLock",
            Lock::RowExclusive => "RowExclusiveLock",
            Lock::ShareUpdateExclusive => "ShareUpdateExclusiveLock",
            Lock::Share => "ShareLock",
            Lock::ShareRowExclusive => "ShareRowExclusiveLock",
            Lock::Exclusive => "ExclusiveLock",
            Lock::AccessExclusive => "AccessExclusiveLock",
        })
    }

    /// What the lock holds off while it is held, for a reader of the report.
    pub fn blocks(self) -> &'static str {
        match self {
            Lock::None | Lock::AccessShare | Lock::RowShare | Lock::RowExclusive => {
                "blocks no reads or writes"
            }
            Lock::ShareUpdateExclusive => "reads and writes go on",
            Lock::Share | Lock::ShareRowExclusive | Lock::Exclusive => "blocks writes, reads go on",
            Lock::AccessExclusive => "blocks reads and writes",
        }
    }

    pub fn sql_name(self) -> &'static str {
        match self {
            Lock::None => "no lock",
            Lock::AccessShare => "ACCESS SHARE",
            Lock::RowShare => "ROW SHARE",
            Lock::RowExclusive => "ROW EXCLUSIVE",
            Lock::ShareUpdateExclusive => "SHARE UPDATE EXCLUSIVE",
            Lock::Share => "SHARE",
            Lock::ShareRowExclusive => "SHARE ROW EXCLUSIVE",
            Lock::Exclusive => "EXCLUSIVE",
            Lock::AccessExclusive => "ACCESS EXCLUSIVE",
        }
    }
}

/// Where a step may run with respect to a transaction block.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Transaction {
    /// Alone or in a block.
    Any,
    /// Never in a block (`CONCURRENTLY`, `VACUUM`, a `DO` that commits).
    Outside,
    /// Opens the fix's block.
    Opens,
    /// Only inside the block the fix opened before it.
    Inside,
    /// Closes the fix's block.
    Closes,
}

/// One statement of a fix. Only `sqlgen`'s builders make one (its
/// constructors are private to the module): a rule cannot declare a role or
/// a lock the statement does not have.
// `#[non_exhaustive]` would seal it against other crates only; the private
// field seals it against the rules of this one.
#[allow(clippy::manual_non_exhaustive)]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Step {
    pub sql: String,
    pub role: Role,
    /// The strongest lock it takes on `on`.
    pub lock: Lock,
    /// The relation it locks (`schema.name`), when it locks one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub on: Option<String>,
    /// `on` was created by an earlier step of this fix: its lock blocks no one.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub created_here: bool,
    /// `on` names a pattern of schemas (`tenant_*`): the statement is to be
    /// run in each schema it stands for, not as written.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub pattern: bool,
    pub transaction: Transaction,
    /// For an index: its key columns (plain ones by name), and whether it has a predicate.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub index: Option<IndexShape>,
    /// A second relation it locks: a foreign key locks the table it references too.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub also_locks: Option<AlsoLocks>,
    /// For a query the application is to send instead: the one it sends now.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub replaces: Option<String>,
    /// Private: no struct literal outside this module.
    #[serde(skip)]
    sealed: (),
}

/// A lock a step takes besides the one on `on`, always on a relation in use.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AlsoLocks {
    pub on: String,
    pub lock: Lock,
}

/// What an index step builds, for the rules that fold findings creating the same index.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct IndexShape {
    pub keys: Vec<String>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub partial: bool,
}

/// Who runs a step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Runs {
    Script,
    /// The application (a rewritten query, or a statement naming a schema pattern).
    Application,
    /// The sessions that run a query (`SET work_mem`).
    Sessions,
}

impl Runs {
    /// The comment put before a statement the script does not run.
    pub fn note(self) -> Option<&'static str> {
        match self {
            Runs::Script => None,
            Runs::Application => Some("for the application (not run here):"),
            Runs::Sessions => {
                Some("for the sessions that run the query (or ALTER ROLE … SET), not this script:")
            }
        }
    }
}

impl Step {
    pub(super) fn new(role: Role, sql: String) -> Step {
        Step {
            sql,
            role,
            lock: Lock::None,
            on: None,
            created_here: false,
            pattern: false,
            transaction: Transaction::Any,
            index: None,
            also_locks: None,
            replaces: None,
            sealed: (),
        }
    }

    /// Locks `table` in `lock` mode.
    pub(super) fn locks(mut self, table: &TableRef, lock: Lock) -> Step {
        self.pattern = table.schema.contains('*');
        self.on = Some(table.to_string());
        self.lock = lock;
        self
    }

    /// Also locks `table`, a relation in use, in `lock` mode (nothing more
    /// when it is the relation the step names: a self-reference).
    pub(super) fn also_locks(mut self, table: &TableRef, lock: Lock) -> Step {
        if self.on.as_deref() == Some(table.to_string().as_str()) {
            return self;
        }
        self.also_locks = Some(AlsoLocks {
            on: table.to_string(),
            lock,
        });
        self
    }

    pub(super) fn replacing(mut self, original: &str) -> Step {
        self.replaces = Some(original.to_owned());
        self
    }

    pub(super) fn building(mut self, shape: IndexShape) -> Step {
        self.index = Some(shape);
        self
    }

    pub(super) fn created_here(mut self) -> Step {
        self.created_here = true;
        self
    }

    pub(super) fn in_transaction(mut self, t: Transaction) -> Step {
        self.transaction = t;
        self
    }

    pub fn runs(&self) -> Runs {
        match self.role {
            Role::ApplicationRewrite => Runs::Application,
            Role::SessionSetting => Runs::Sessions,
            _ if self.pattern => Runs::Application,
            _ => Runs::Script,
        }
    }

    /// Transaction control, settings and everything inside a block mean
    /// something only where they stand: never folded into an earlier copy.
    pub fn in_place(&self) -> bool {
        matches!(self.role, Role::Transaction | Role::ScriptSetting)
            || self.transaction != Transaction::Any && self.transaction != Transaction::Outside
    }

    /// The index it builds (table and keys), when it builds one without a predicate.
    pub fn plain_index(&self) -> Option<(&str, &[String])> {
        let shape = self.index.as_ref().filter(|s| !s.partial)?;
        Some((self.on.as_deref()?, &shape.keys))
    }
}

/// A finding's fix: its steps, in the order they run.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Fix {
    pub steps: Vec<Step>,
}

impl Fix {
    pub fn is_empty(&self) -> bool {
        self.steps.is_empty()
    }

    pub fn sql(&self) -> impl Iterator<Item = &str> {
        self.steps.iter().map(|s| s.sql.as_str())
    }

    pub fn push(&mut self, step: Step) {
        self.steps.push(step);
    }

    /// The strongest lock the script's steps take on each relation in use
    /// (not one the fix itself created), in the order first locked.
    pub fn live_locks<'a>(&'a self) -> Vec<(&'a str, Lock)> {
        let mut out: Vec<(&'a str, Lock)> = Vec::new();
        let mut take = |on: &'a str, lock: Lock| match out.iter_mut().find(|(r, _)| *r == on) {
            Some((_, l)) => *l = (*l).max(lock),
            None => out.push((on, lock)),
        };
        for s in self.steps.iter().filter(|s| s.runs() == Runs::Script) {
            if let Some(on) =
                s.on.as_deref()
                    .filter(|_| !s.created_here && s.lock != Lock::None)
            {
                take(on, s.lock);
            }
            if let Some(also) = &s.also_locks {
                take(&also.on, also.lock);
            }
        }
        out
    }
}

impl From<Vec<Step>> for Fix {
    fn from(steps: Vec<Step>) -> Fix {
        Fix { steps }
    }
}

impl FromIterator<Step> for Fix {
    fn from_iter<I: IntoIterator<Item = Step>>(iter: I) -> Fix {
        Fix {
            steps: iter.into_iter().collect(),
        }
    }
}

impl Extend<Step> for Fix {
    fn extend<I: IntoIterator<Item = Step>>(&mut self, iter: I) {
        self.steps.extend(iter);
    }
}

/// In `report.json` a fix is `sql` (the statements, as schema version 1
/// always had them) and `steps` (each statement with its role, lock and
/// transaction need).
impl Serialize for Fix {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let sql: Vec<&str> = self.sql().collect();
        let mut st = s.serialize_struct("Fix", 2)?;
        st.serialize_field("sql", &sql)?;
        st.serialize_field("steps", &self.steps)?;
        st.end()
    }
}

/// A plan problem's fix in report.json: `fix` (its statements, as schema
/// version 1 has them) and `steps` beside it.
pub(crate) mod in_plan {
    use super::{Fix, Step};
    use serde::{Deserialize, Serialize};

    #[derive(Serialize)]
    struct Out<'a> {
        fix: Vec<&'a str>,
        steps: &'a [Step],
    }

    #[derive(Deserialize)]
    struct In {
        steps: Vec<Step>,
    }

    pub(crate) fn serialize<S: serde::Serializer>(fix: &Fix, s: S) -> Result<S::Ok, S::Error> {
        Out {
            fix: fix.sql().collect(),
            steps: &fix.steps,
        }
        .serialize(s)
    }

    pub(crate) fn deserialize<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Fix, D::Error> {
        Ok(Fix {
            steps: In::deserialize(d)?.steps,
        })
    }
}

/// Read back from `steps`, which carry the statements too; a report that
/// has `sql` but no `steps` (written before they existed) is refused
/// rather than read with roles guessed.
impl<'de> Deserialize<'de> for Fix {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Fix, D::Error> {
        #[derive(Deserialize)]
        struct Raw {
            #[serde(default)]
            sql: Vec<String>,
            steps: Option<Vec<Step>>,
        }
        let raw = Raw::deserialize(d)?;
        match raw.steps {
            Some(steps) => Ok(Fix { steps }),
            None if raw.sql.is_empty() => Ok(Fix::default()),
            None => Err(serde::de::Error::custom(
                "a finding has `sql` but no `steps`: written by a pgadvisor older than the typed fixes",
            )),
        }
    }
}
