//! `tenant-schema-drift`: in schema-per-tenant databases, tables, columns or
//! indexes that most tenant schemas have and some lack, and tables the
//! application queries in tenants that lack them (`42P01 relation … does not
//! exist`, grouped by tenant) — a migration that did not reach every tenant.
use super::registry::{self, About, Needs, Phase, Rule, Without};
use super::Context;
use super::RuleId;
use crate::findings::{Finding, Severity, Subject};
use crate::model::schema::{Index, IndexKey, Schema, Table};
use crate::sqlgen::{self, TableRef};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};

pub(crate) struct TenantSchemaDrift;

static ABOUT: About = About {
    id: RuleId::TenantSchemaDrift,
    summary: "Tables, columns or indexes most tenant schemas have and some lack; relations missing in some tenants",
    doc: include_str!("../../rules/tenant-schema-drift.md"),
    phase: Phase::MissingObjects,
    creates_indexes: false,
    needs: Needs {
        schema: Without::Degrades("tenant-schema-drift saw only failing statements"),
        stats: Without::Judges,
    },
    quotes_plans: false,
};

impl Rule for TenantSchemaDrift {
    fn about(&self) -> &'static About {
        &ABOUT
    }
    fn configure(&self, keys: toml::Table, _: &mut super::Options) -> Result<(), String> {
        registry::no_thresholds(RuleId::TenantSchemaDrift, keys)
    }
    fn run(&self, ctx: &Context<'_>) -> Vec<Finding> {
        run(ctx)
    }
    fn diagnose(&self, ctx: &Context<'_>) -> Vec<String> {
        diagnose(ctx)
    }
}

pub(crate) const ID: RuleId = RuleId::TenantSchemaDrift;

const SYSTEM: &[&str] = &["public", "pg_catalog", "information_schema"];

/// Tenant schemas: named like tenants, detected in the workload, or holding
/// the same tables as at least two other schemas. With a schema dump (or the
/// live catalog) only schemas that exist are tenants: statements naming a
/// schema that does not exist are the application's error, not drift.
fn tenant_schemas(ctx: &Context<'_>) -> BTreeSet<String> {
    let pattern = &ctx.workload.tenant_pattern;
    let mut out: BTreeSet<String> = ctx.workload.detected_tenant_schemas.clone();
    for q in ctx.workload.queries.values() {
        out.extend(q.tenants.0.keys().cloned());
        out.extend(q.error_tenants.0.keys().cloned());
    }
    if let Some(schema) = ctx.schema.filter(|s| !s.is_empty()) {
        let mut by_table: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
        for t in schema.tables.keys() {
            if pattern.is_tenant(&t.schema) {
                out.insert(t.schema.clone());
            }
            if !SYSTEM.contains(&t.schema.as_str()) {
                by_table.entry(&t.name).or_default().insert(&t.schema);
            }
        }
        for schemas in by_table.values().filter(|s| s.len() >= 3) {
            out.extend(schemas.iter().map(|s| s.to_string()));
        }
        let existing = existing_schemas(schema);
        out.retain(|s| existing.contains(s.as_str()));
    } else {
        let absent = absent_tenants(ctx);
        out.retain(|s| !absent.contains_key(s));
    }
    out
}

fn existing_schemas(schema: &Schema) -> BTreeSet<&str> {
    schema.tables.keys().map(|t| t.schema.as_str()).collect()
}

/// Tenant schemas the application sent statements to that do not exist
/// (in the dump or catalog, or, without one, where every statement failed),
/// with their failed executions.
pub(crate) fn absent_tenants(ctx: &Context<'_>) -> BTreeMap<String, u64> {
    let mut failed: BTreeMap<String, u64> = BTreeMap::new();
    for q in ctx.workload.queries.values() {
        for (t, n) in &q.error_tenants.0 {
            *failed.entry(t.clone()).or_default() += n;
        }
    }
    match ctx.schema.filter(|s| !s.is_empty()) {
        Some(schema) => {
            let existing = existing_schemas(schema);
            failed.retain(|t, _| !existing.contains(t.as_str()));
        }
        // Without one, a tenant every statement failed in (none ran) most
        // likely does not exist.
        None => {
            let ran: BTreeSet<&str> = ctx
                .workload
                .queries
                .values()
                .flat_map(|q| q.tenants.0.iter().filter(|(_, n)| **n > 0))
                .map(|(t, _)| t.as_str())
                .collect();
            failed.retain(|t, _| !ran.contains(t.as_str()));
        }
    }
    failed
}

/// What this rule could not judge, or set aside.
pub(crate) fn diagnose(ctx: &Context<'_>) -> Vec<String> {
    absent_tenants(ctx)
        .into_iter()
        .map(|(t, n)| {
            format!(
                "tenant-schema-drift: {n} statement{} failed in schema {t}, which does not exist{}: \
                 the application addresses a tenant that was deleted or never created (an application \
                 error, see error-burst), not a migration that missed it",
                if n == 1 { "" } else { "s" },
                if ctx.schema.is_some_and(|s| !s.is_empty()) {
                    " in the schema"
                } else {
                    " (no statement ran there)"
                }
            )
        })
        .collect()
}

/// Failed executions per table name and tenant, from statements that failed in tenant schemas.
fn errors_by_table(ctx: &Context<'_>) -> BTreeMap<String, BTreeMap<String, u64>> {
    let absent = absent_tenants(ctx);
    let mut out: BTreeMap<String, BTreeMap<String, u64>> = BTreeMap::new();
    for (id, q) in &ctx.workload.queries {
        if q.error_tenants.is_empty() {
            continue;
        }
        let Some(facts) = ctx.analysis.facts.get(id) else {
            continue;
        };
        for t in facts.tables.keys() {
            for (tenant, n) in q
                .error_tenants
                .0
                .iter()
                .filter(|(t, _)| !absent.contains_key(*t))
            {
                *out.entry(t.name.clone())
                    .or_default()
                    .entry(tenant.clone())
                    .or_default() += n;
            }
        }
    }
    out
}

fn index_signature(i: &Index) -> String {
    let keys: Vec<String> = i
        .keys
        .iter()
        .map(|k| match k {
            IndexKey::Column { name, desc } => {
                format!("{name}{}", if *desc { " desc" } else { "" })
            }
            IndexKey::Expression { sql } => sql.clone(),
        })
        .collect();
    format!(
        "{}|{}|{}|{}|{}",
        i.unique,
        i.method,
        keys.join(","),
        i.include.join(","),
        i.predicate.clone().unwrap_or_default()
    )
}

fn finding(
    family: &str,
    title: String,
    table: &str,
    columns: Vec<String>,
    severity: Severity,
    key: &str,
) -> Finding {
    let subject = Subject {
        schema: family.to_owned(),
        table: table.to_owned(),
        columns,
    };
    Finding::new(ID, severity, title, subject, key)
}

pub(crate) fn run(ctx: &Context<'_>) -> Vec<Finding> {
    // Drift is judged within one family of schemas (`escola_1` … `escola_8`):
    // a backup copy (`escola_3_bkp_2024`) is no tenant lacking the others'
    // tables. Schemas that hold the same tables but follow no name pattern
    // are one family.
    let tenancy = ctx.workload.tenancy();
    let mut families: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for t in tenant_schemas(ctx) {
        let family = tenancy
            .family(&t)
            .unwrap_or_else(|| crate::model::tenants::DETECTED_LABEL.to_owned());
        families.entry(family).or_default().insert(t);
    }
    let errors = errors_by_table(ctx);
    families
        .iter()
        .flat_map(|(family, tenants)| {
            let errors: BTreeMap<String, BTreeMap<String, u64>> = errors
                .iter()
                .map(|(table, by)| {
                    let mine: BTreeMap<String, u64> = by
                        .iter()
                        .filter(|(t, _)| tenants.contains(*t))
                        .map(|(t, n)| (t.clone(), *n))
                        .collect();
                    (table.clone(), mine)
                })
                .filter(|(_, by)| !by.is_empty())
                .collect();
            run_family(ctx, family, tenants, &errors)
        })
        .collect()
}

fn run_family(
    ctx: &Context<'_>,
    family: &str,
    tenants: &BTreeSet<String>,
    errors: &BTreeMap<String, BTreeMap<String, u64>>,
) -> Vec<Finding> {
    if tenants.len() < 2 && errors.is_empty() {
        return Vec::new();
    }
    let schema = ctx.schema;
    let mut tables: BTreeMap<&str, BTreeMap<&str, &Table>> = BTreeMap::new();
    if let Some(s) = schema {
        for (t, table) in &s.tables {
            if tenants.contains(&t.schema) && table.partition_of.is_none() {
                tables.entry(&t.name).or_default().insert(&t.schema, table);
            }
        }
    }
    let mut out = Vec::new();
    let names: BTreeSet<&str> = tables
        .keys()
        .copied()
        .chain(errors.keys().map(String::as_str))
        .collect();
    for name in names {
        let have: BTreeSet<&str> = tables
            .get(name)
            .map(|m| m.keys().copied().collect())
            .unwrap_or_default();
        let failed = errors.get(name).cloned().unwrap_or_default();
        let majority = have.len() * 2 > tenants.len();
        let missing: BTreeSet<&str> = if majority {
            tenants
                .iter()
                .map(String::as_str)
                .filter(|t| !have.contains(t))
                .collect()
        } else {
            failed
                .keys()
                .map(String::as_str)
                .filter(|t| !have.contains(t) && (schema.is_none() || tenants.contains(*t)))
                .collect()
        };
        if !missing.is_empty() {
            let failures: u64 = failed
                .iter()
                .filter(|(t, _)| missing.contains(t.as_str()))
                .map(|(_, n)| n)
                .sum();
            let severity = if failures > 0 {
                Severity::Critical
            } else {
                Severity::Warning
            };
            let mut f = finding(
                family,
                format!(
                    "Table {name} is missing in {} of {} tenant schemas",
                    missing.len(),
                    tenants.len().max(have.len() + missing.len())
                ),
                name,
                Vec::new(),
                severity,
                "table",
            );
            let reference = have.iter().next().map(|s| TableRef::new(s, name));
            if let (Some(s), Some(r)) = (schema, &reference) {
                f.fix = missing
                    .iter()
                    .flat_map(|m| sqlgen::tenant::create_table_like(s, r, m))
                    .collect();
            }
            let queries: Vec<u64> = ctx
                .workload
                .queries
                .iter()
                .filter(|(id, q)| {
                    !q.error_tenants.is_empty()
                        && ctx
                            .analysis
                            .facts
                            .get(id)
                            .is_some_and(|fa| fa.tables.keys().any(|t| t.name == name))
                })
                .map(|(id, _)| *id)
                .collect();
            f.queries = Context::hex(&queries);
            f.impact_ms = ctx.time_ms(&queries);
            f.set_evidence(&MissingTable {
                present_in: &have,
                missing_in: &missing,
                failed_executions_by_tenant: &failed,
                reference: reference.map(|r| r.to_string()),
                note: schema
                    .is_none()
                    .then_some("give --schema to get the DDL that creates the missing tables"),
            });
            out.push(f);
        }
        // Columns and indexes that most of the tenants having this table have.
        let Some(per) = tables.get(name).filter(|m| m.len() >= 2) else {
            continue;
        };
        let mut columns: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
        let mut indexes: BTreeMap<String, (Vec<&str>, &Index)> = BTreeMap::new();
        for (s, t) in per {
            for c in &t.columns {
                columns.entry(&c.name).or_default().push(s);
            }
            for i in t.indexes.iter().filter(|i| !i.constraint) {
                indexes
                    .entry(index_signature(i))
                    .or_insert_with(|| (Vec::new(), i))
                    .0
                    .push(s);
            }
        }
        for (col, with) in columns {
            if with.len() * 2 <= per.len() || with.len() == per.len() {
                continue;
            }
            let lacking: Vec<&str> = per.keys().copied().filter(|s| !with.contains(s)).collect();
            let reference = TableRef::new(with[0], name);
            let Some(c) = schema
                .and_then(|s| s.table(&reference))
                .and_then(|t| t.column(col))
            else {
                continue;
            };
            let mut f = finding(
                family,
                format!(
                    "Column {name}.{col} is missing in {} tenant schemas",
                    lacking.len()
                ),
                name,
                vec![col.to_owned()],
                Severity::Warning,
                "column",
            );
            let default = sqlgen::tenant::copied_default(c);
            f.fix = lacking
                .iter()
                .map(|s| sqlgen::tenant::add_column(&TableRef::new(s, name), c))
                .collect();
            f.set_evidence(&MissingColumn {
                present_in: &with,
                missing_in: &lacking,
                reference: reference.to_string(),
                data_type: &c.data_type,
                not_null_in_reference: c.not_null,
                note: (c.not_null && default.is_none())
                    .then_some("NOT NULL without a default: backfill, then SET NOT NULL"),
            });
            out.push(f);
        }
        for (with, index) in indexes.into_values() {
            if with.len() * 2 <= per.len() || with.len() == per.len() {
                continue;
            }
            let lacking: Vec<&str> = per.keys().copied().filter(|s| !with.contains(s)).collect();
            let mut f = Finding::new(
                ID,
                Severity::Warning,
                format!(
                    "Index {} on {name} is missing in {} tenant schemas",
                    index.name,
                    lacking.len()
                ),
                Subject::index(&TableRef::new(family, name), index),
                &format!("index {}", index_signature(index)),
            );
            f.fix = lacking
                .iter()
                .map(|s| sqlgen::create_index_like(&TableRef::new(s, name), index))
                .collect();
            f.set_evidence(&MissingIndex {
                present_in: &with,
                missing_in: &lacking,
                index: &index.name,
            });
            out.push(f);
        }
    }
    out
}

/// A table most tenant schemas have and some lack.
#[derive(Serialize)]
struct MissingTable<'a> {
    present_in: &'a BTreeSet<&'a str>,
    missing_in: &'a BTreeSet<&'a str>,
    /// Statements on the table that failed, per tenant lacking it.
    failed_executions_by_tenant: &'a BTreeMap<String, u64>,
    /// The tenant's table the DDL copies.
    reference: Option<String>,
    note: Option<&'static str>,
}

/// A column most tenants' copies of a table have and some lack.
#[derive(Serialize)]
struct MissingColumn<'a> {
    present_in: &'a [&'a str],
    missing_in: &'a [&'a str],
    reference: String,
    #[serde(rename = "type")]
    data_type: &'a str,
    not_null_in_reference: bool,
    note: Option<&'static str>,
}

/// An index most tenants' copies of a table have and some lack.
#[derive(Serialize)]
struct MissingIndex<'a> {
    present_in: &'a [&'a str],
    missing_in: &'a [&'a str],
    index: &'a str,
}
