//! The workload per database, user, application and tenant schema: each
//! statement's time, errors and temporary bytes split by its executions
//! there (a statement's executions are counted per value; its time is not,
//! so it is shared out as they are). Errors are counted per value as they
//! fail, where the log line or its session names it. The per-tenant view of report.html and the
//! metrics of metrics.prom read the same numbers.
use super::json::{QueryEntry, Report};
use crate::model::stats::{split_by, Counter};
use std::collections::BTreeMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Dimension {
    Database,
    User,
    Application,
    Tenant,
}

impl Dimension {
    pub(crate) const ALL: [Dimension; 4] = [
        Dimension::Database,
        Dimension::User,
        Dimension::Application,
        Dimension::Tenant,
    ];

    /// The label name metrics use, and the word for one value.
    pub(crate) fn name(self) -> &'static str {
        match self {
            Dimension::Database => "database",
            Dimension::User => "user",
            Dimension::Application => "application",
            Dimension::Tenant => "tenant",
        }
    }

    /// The word heading a table of its values.
    pub(crate) fn title(self) -> &'static str {
        match self {
            Dimension::Database => "Database",
            Dimension::User => "User",
            Dimension::Application => "Application",
            Dimension::Tenant => "Tenant",
        }
    }

    pub(crate) fn counter(self, q: &QueryEntry) -> &Counter {
        match self {
            Dimension::Database => &q.databases,
            Dimension::User => &q.users,
            Dimension::Application => &q.applications,
            Dimension::Tenant => &q.tenants,
        }
    }

    /// Failed executions per value, counted as they failed.
    pub(crate) fn errors(self, q: &QueryEntry) -> &Counter {
        match self {
            Dimension::Database => &q.error_databases,
            Dimension::User => &q.error_users,
            Dimension::Application => &q.error_applications,
            Dimension::Tenant => &q.error_tenants,
        }
    }
}

/// The values a dimension takes over the report's statements, sorted.
pub(crate) fn values(r: &Report, dim: Dimension) -> std::collections::BTreeSet<String> {
    r.queries
        .iter()
        .flat_map(|q| dim.counter(q).0.keys().cloned())
        .collect()
}

/// The tenant schemas of a report: the ones statements ran in (folded by
/// the tenant pattern) and the ones found by their common layout.
pub(crate) fn tenant_schemas(r: &Report) -> Vec<String> {
    let mut all = values(r, Dimension::Tenant);
    all.extend(r.summary.tenant_schemas_detected.iter().cloned());
    all.into_iter().collect()
}

/// Most costly statements kept per value.
const TOP: usize = 3;

#[derive(Debug, Default)]
pub(crate) struct Totals {
    pub calls: u64,
    pub time_ms: f64,
    pub errors: f64,
    pub temp_bytes: f64,
    /// The statements that took the most time there: (id, ms there).
    pub top: Vec<(String, f64)>,
}

pub(crate) fn split(r: &Report, dim: Dimension) -> BTreeMap<String, Totals> {
    let mut by: BTreeMap<String, Totals> = BTreeMap::new();
    for (k, share) in split_by(r.queries.iter().map(|q| (dim.counter(q), q.total_ms))) {
        let e = by.entry(k).or_default();
        e.calls = share.calls;
        e.time_ms = share.total_ms;
    }
    for q in &r.queries {
        let counter = dim.counter(q);
        for (k, _, ms) in counter.split(q.total_ms) {
            if let Some(e) = by.get_mut(k) {
                e.top.push((q.id.clone(), ms));
                e.top
                    .sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
                e.top.truncate(TOP);
            }
        }
        for (k, _, part) in counter.split(q.temp_bytes as f64) {
            if let Some(e) = by.get_mut(k) {
                e.temp_bytes += part;
            }
        }
        for (k, n) in &dim.errors(q).0 {
            by.entry(k.clone()).or_default().errors += *n as f64;
        }
    }
    by
}
