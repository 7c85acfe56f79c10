//! Which databases, roles or schemas of the workload are tenants, and what
//! each asked of the server: `tenant-guardrails` sizes limits from it and
//! `noisy-neighbour` weighs each tenant's time against its calls.
//!
//! Tenants run the same application: a database (or a role) is one when a
//! good part of its calls are statements on tables that at least
//! [`MIN_TENANTS`] databases (roles) ran. An application database next to a
//! reporting one, or an `app` role next to `readonly` and `migrator`, share
//! little and are not tenants. A role that works in one tenant database
//! only, and does most of its work, is that database's tenant too: one
//! unit, with both names.
use super::Context;
use crate::model::session_load::{Load, Loads};
use crate::model::stats::{split_by, Counter, QueryStats};
use std::collections::{BTreeMap, BTreeSet};

/// As many databases or roles sharing their statements make them tenants
/// (the same number of schemas does: [`crate::model::tenants::MIN_SCHEMAS`]).
pub(crate) const MIN_TENANTS: usize = crate::model::tenants::MIN_SCHEMAS;

/// The share of a unit's calls on tables that must be shared statements.
const MIN_SHARED: f64 = 0.5;

/// Shared statements a unit must have run …
const MIN_SHARED_STATEMENTS: u64 = 2;

/// … and the share of its distinct statements on tables they must be:
/// tenants run one application's mix, an application's web, worker and
/// API roles share a few lookups among many statements of their own.
const MIN_SHARED_MIX: f64 = 0.4;

/// Maintenance databases and superusers are not tenants.
pub(crate) const NOT_TENANTS: &[&str] = &[
    "template0",
    "template1",
    "postgres",
    "rdsadmin",
    "azure_superuser",
    "azure_maintenance",
    "cloudsqladmin",
];

/// How tenants are separated.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Layout {
    /// A database per tenant (with, often, its own role).
    Database,
    /// A role per tenant in a shared database.
    Role,
    /// A schema per tenant, one role for all.
    Schema,
}

impl Layout {
    pub(crate) fn name(self) -> &'static str {
        match self {
            Layout::Database => "database",
            Layout::Role => "role",
            Layout::Schema => "schema",
        }
    }
}

/// One tenant and what it asked of the server.
#[derive(Debug, Clone)]
pub(crate) struct Unit<'w> {
    pub layout: Layout,
    pub name: String,
    /// The role of a database tenant, when one role does its work and
    /// works nowhere else.
    pub role: Option<String>,
    /// From its sessions (databases and roles of a log with process ids).
    pub load: Option<&'w Load>,
    pub calls: u64,
    pub total_ms: f64,
    pub errors: u64,
}

/// The tenants of one layout, with the server's totals they are weighed against.
#[derive(Debug, Clone)]
pub(crate) struct Tenants<'w> {
    pub layout: Layout,
    pub units: Vec<Unit<'w>>,
    /// Every database's (role's, schema's) calls, time and errors: the
    /// server's, tenants or not.
    pub calls: u64,
    pub total_ms: f64,
    pub errors: u64,
    /// Times come from the sessions (exact), or are each statement's time
    /// split by its calls (pg_stat_statements, or a log without pids).
    pub exact: bool,
}

/// Calls, time (ms) and errors per value of one dimension.
type Totals = BTreeMap<String, (u64, f64, u64)>;

fn totals<'q>(
    queries: impl Iterator<Item = &'q QueryStats> + Clone,
    calls_of: impl Fn(&QueryStats) -> &Counter,
    errors_of: impl Fn(&QueryStats) -> &Counter,
) -> Totals {
    let mut by: Totals = split_by(queries.clone().map(|q| (calls_of(q), q.total_ms())))
        .into_iter()
        .map(|(k, s)| (k, (s.calls, s.total_ms, 0)))
        .collect();
    for q in queries {
        for (k, n) in &errors_of(q).0 {
            by.entry(k.clone()).or_default().2 += n;
        }
    }
    by
}

/// Tables that frameworks keep for themselves in every database (migration
/// history, job locks, schedulers): statements on them alone say nothing
/// about the application.
fn bookkeeping(table: &str) -> bool {
    const TABLES: &[&str] = &[
        "flyway_schema_history",
        "schema_migrations",
        "ar_internal_metadata",
        "django_migrations",
        "knex_migrations",
        "knex_migrations_lock",
        "databasechangelog",
        "databasechangeloglock",
        "shedlock",
        "goose_db_version",
        "__efmigrationshistory",
        "pgmigrations",
        "typeorm_metadata",
        "migrations",
    ];
    let t = table.to_ascii_lowercase();
    TABLES.contains(&t.as_str()) || t.starts_with("qrtz_")
}

/// Values of `calls_of` that share their statements on tables: each has at
/// least [`MIN_SHARED`] of its calls on tables (framework bookkeeping aside)
/// on statements [`MIN_TENANTS`] of them ran, in at least
/// [`MIN_SHARED_STATEMENTS`] statements. Roles of one application (its web,
/// worker and API) share a few ORM lookups, not their mix.
fn sharing(ctx: &Context<'_>, calls_of: impl Fn(&QueryStats) -> &Counter) -> BTreeSet<String> {
    // Per value: calls on tables, of those on shared statements, and the shared statements.
    let mut by: BTreeMap<&str, (u64, u64, u64, u64)> = BTreeMap::new();
    for (id, q) in &ctx.workload.queries {
        let on_tables = ctx
            .analysis
            .facts
            .get(id)
            .is_some_and(|f| f.tables.keys().any(|t| !bookkeeping(&t.name)));
        if !on_tables {
            continue;
        }
        let c = calls_of(q);
        let ran_in =
            c.0.iter()
                .filter(|(k, n)| **n > 0 && !NOT_TENANTS.contains(&k.as_str()))
                .count();
        for (k, n) in &c.0 {
            let e = by.entry(k).or_default();
            e.0 += n;
            e.3 += u64::from(*n > 0);
            if ran_in >= MIN_TENANTS && *n > 0 {
                e.1 += n;
                e.2 += 1;
            }
        }
    }
    let out: BTreeSet<String> = by
        .into_iter()
        .filter(|(k, (all, shared, statements, distinct))| {
            !NOT_TENANTS.contains(k)
                && *all > 0
                && *statements >= MIN_SHARED_STATEMENTS
                && *shared as f64 >= MIN_SHARED * *all as f64
                && *statements as f64 >= MIN_SHARED_MIX * *distinct as f64
        })
        .map(|(k, _)| k.to_owned())
        .collect();
    if out.len() >= MIN_TENANTS {
        out
    } else {
        BTreeSet::new()
    }
}

fn units<'w>(
    layout: Layout,
    names: &BTreeSet<String>,
    totals: &Totals,
    loads: Option<&'w BTreeMap<String, Load>>,
) -> Tenants<'w> {
    let exact = loads.is_some_and(|l| !l.is_empty());
    let mut t = Tenants {
        layout,
        units: Vec::new(),
        calls: 0,
        total_ms: 0.0,
        errors: totals.values().map(|v| v.2).sum(),
        exact,
    };
    match loads.filter(|_| exact) {
        Some(loads) => {
            t.calls = loads.values().map(|l| l.calls).sum();
            t.total_ms = loads.values().map(Load::total_ms).sum();
        }
        None => {
            t.calls = totals.values().map(|v| v.0).sum();
            t.total_ms = totals.values().map(|v| v.1).sum();
        }
    }
    for name in names {
        let (calls, ms, errors) = totals.get(name).copied().unwrap_or_default();
        let load = loads.filter(|_| exact).and_then(|l| l.get(name));
        t.units.push(Unit {
            layout,
            name: name.clone(),
            role: None,
            load,
            calls: load.map_or(calls, |l| l.calls),
            total_ms: load.map_or(ms, Load::total_ms),
            errors,
        });
    }
    t
}

/// The workload's tenants, by the layout that separates them: databases
/// first, then roles, then schemas. None when no layout has
/// [`MIN_TENANTS`] tenants.
pub(crate) fn tenants<'w>(ctx: &'w Context<'_>, loads: &'w Loads) -> Option<Tenants<'w>> {
    let w = ctx.workload;
    let dbs = sharing(ctx, |q| &q.databases);
    if !dbs.is_empty() {
        let totals = totals(w.queries.values(), |q| &q.databases, |q| &q.error_databases);
        let mut t = units(Layout::Database, &dbs, &totals, Some(&loads.databases));
        // A role whose sessions are all in one tenant database, and
        // hold most of that database's.
        for u in &mut t.units {
            let Some(load) = u.load else { continue };
            let sessions = load.sessions.max(1) as f64;
            let own: Vec<&String> =
                load.peers
                    .iter()
                    .filter(|(role, n)| {
                        !NOT_TENANTS.contains(&role.as_str())
                            && !role.is_empty()
                            && **n as f64 >= 0.5 * sessions
                            && loads.roles.get(*role).is_some_and(|r| {
                                r.peers.len() == 1 && r.peers.contains_key(&u.name)
                            })
                    })
                    .map(|(role, _)| role)
                    .collect();
            if let [role] = own.as_slice() {
                u.role = Some((*role).clone());
            }
        }
        return Some(t);
    }
    let roles = sharing(ctx, |q| &q.users);
    if !roles.is_empty() {
        let totals = totals(w.queries.values(), |q| &q.users, |q| &q.error_users);
        return Some(units(Layout::Role, &roles, &totals, Some(&loads.roles)));
    }
    let schemas = sharing(ctx, |q| &q.tenants);
    if !schemas.is_empty() {
        let totals = totals(w.queries.values(), |q| &q.tenants, |q| &q.error_tenants);
        let mut t = units(Layout::Schema, &schemas, &totals, None);
        // Statements that name no tenant schema (the shared tables, the
        // transaction control) are the server's too.
        t.calls = w.queries.values().map(|q| q.calls).sum();
        t.total_ms = w.queries.values().map(QueryStats::total_ms).sum();
        t.errors = w.queries.values().map(|q| q.errors).sum();
        return Some(t);
    }
    None
}

/// The statements that took most of `unit`'s time: (fingerprint, calls
/// there, time there in ms), costliest first.
pub(crate) fn costliest(ctx: &Context<'_>, unit: &Unit<'_>, n: usize) -> Vec<(u64, u64, f64)> {
    let mut v: Vec<(u64, u64, f64)> = ctx
        .workload
        .queries
        .iter()
        .filter_map(|(id, q)| {
            let c = match unit.layout {
                Layout::Database => &q.databases,
                Layout::Role => &q.users,
                Layout::Schema => &q.tenants,
            };
            let (_, calls, ms) = c.split(q.total_ms()).find(|(k, ..)| *k == unit.name)?;
            (calls > 0).then_some((*id, calls, ms))
        })
        .collect();
    v.sort_by(|a, b| b.2.total_cmp(&a.2).then(a.0.cmp(&b.0)));
    v.truncate(n);
    v
}
