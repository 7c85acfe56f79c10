//! `missing-foreign-key`: a relationship the workload uses, or a column name
//! promises (`account_id` → `accounts.id`), that no constraint enforces.
//! Without it orphans creep in (the flickering counts of the field reports)
//! and the planner cannot use join elimination.
//!
//! Candidates come from joins observed in the workload (one side the other
//! table's primary or unique key) and from `<name>_id` columns whose stem
//! names exactly one table with a matching key and type, looked for in the
//! column's own schema first (schema-per-tenant), then in `public`. Two
//! possible targets are not guessed.
use super::references::{by_name, compatible, values_within_keys};
use super::registry::{self, About, Needs, Phase, Rule, Without};
use super::Context;
use super::RuleId;
use crate::findings::{Finding, Severity, Subject};
use crate::model::names;
use crate::model::schema::{Schema, Table};
use crate::sqlgen::{self, TableRef};
use std::collections::BTreeMap;

pub(crate) struct MissingForeignKey;

static ABOUT: About = About {
    id: RuleId::MissingForeignKey,
    summary:
        "A join or a column name points at another table's key, but no foreign key is declared",
    doc: include_str!("../../rules/missing-foreign-key.md"),
    phase: Phase::ForeignKeys,
    creates_indexes: true,
    needs: Needs {
        schema: Without::Skips,
        stats: Without::Judges,
    },
    quotes_plans: false,
};

impl Rule for MissingForeignKey {
    fn about(&self) -> &'static About {
        &ABOUT
    }
    fn configure(&self, keys: toml::Table, _: &mut super::Options) -> Result<(), String> {
        registry::no_thresholds(RuleId::MissingForeignKey, keys)
    }
    fn run(&self, ctx: &Context<'_>) -> Vec<Finding> {
        run(ctx)
    }
}

pub(crate) const ID: RuleId = RuleId::MissingForeignKey;

#[derive(Debug, Clone)]
struct Candidate {
    child: TableRef,
    columns: Vec<String>,
    parent: TableRef,
    parent_columns: Vec<String>,
    from_join: bool,
    from_name: bool,
    /// Whether the column's values lie within the target's keys (`None`
    /// when statistics do not tell, or the key has several columns).
    values_within: Option<bool>,
}

fn declared(table: &Table, cols: &[String]) -> bool {
    table.foreign_keys.iter().any(|fk| fk.columns == cols)
}

pub(crate) fn run(ctx: &Context<'_>) -> Vec<Finding> {
    let Some(schema) = ctx.schema else {
        return Vec::new();
    };
    let mut cands: BTreeMap<(TableRef, Vec<String>), Candidate> = BTreeMap::new();
    // 1. Joins seen in the workload.
    for e in ctx.graph.graph.edge_indices() {
        let Some((a, b)) = ctx.graph.graph.edge_endpoints(e) else {
            continue;
        };
        let w = &ctx.graph.graph[e];
        if w.declared || w.calls == 0 {
            continue;
        }
        let (child, parent) = (&ctx.graph.graph[a], &ctx.graph.graph[b]);
        let (Some(ct), Some(pt)) = (schema.table(child), schema.table(parent)) else {
            continue;
        };
        if child == parent || !pt.is_unique_key(&w.to_columns) || declared(ct, &w.from_columns) {
            continue;
        }
        if !compatible(ct, &w.from_columns, pt, &w.to_columns) {
            continue;
        }
        if let [col] = &w.from_columns[..] {
            if !names::stem_of(col).is_some_and(|s| names::table_named_by(s, &parent.name))
                && ct.is_polymorphic_reference(col)
            {
                continue;
            }
        }
        cands.insert(
            (child.clone(), w.from_columns.clone()),
            Candidate {
                child: child.clone(),
                columns: w.from_columns.clone(),
                parent: parent.clone(),
                parent_columns: w.to_columns.clone(),
                from_join: true,
                from_name: false,
                values_within: None,
            },
        );
    }
    // 2. Column names.
    for (child, table) in &schema.tables {
        if table.partition_of.is_some() {
            continue;
        }
        for col in &table.columns {
            let cols = vec![col.name.clone()];
            if declared(table, &cols) || table.primary_key.as_ref() == Some(&cols) {
                continue;
            }
            let Some((parent, pcol)) = by_name(schema, child, table, &col.name) else {
                continue;
            };
            let entry = cands
                .entry((child.clone(), cols.clone()))
                .or_insert_with(|| Candidate {
                    child: child.clone(),
                    columns: cols.clone(),
                    parent: parent.clone(),
                    parent_columns: vec![pcol.clone()],
                    from_join: false,
                    from_name: false,
                    values_within: None,
                });
            if entry.parent == parent {
                entry.from_name = true;
            }
        }
    }
    // A column named like a table but holding values far outside its keys
    // (an external system's ids) is no reference; a join the workload makes
    // still is, whatever the values.
    cands.retain(|_, c| {
        c.values_within = match (schema.table(&c.child), schema.table(&c.parent)) {
            (Some(ct), Some(pt)) if c.columns.len() == 1 => {
                values_within_keys(ct, &c.columns[0], pt, &c.parent_columns[0])
            }
            _ => None,
        };
        c.from_join || c.values_within != Some(false)
    });
    let found = cands
        .into_values()
        .map(|c| {
            (
                ctx.table_label(&c.parent).to_string(),
                finding(ctx, schema, c),
            )
        })
        .collect();
    super::merge_tenants(ctx, found)
}

fn finding(ctx: &Context<'_>, schema: &Schema, c: Candidate) -> Finding {
    let (lookups, joins) = ctx.lookups_or_joins(&c.child, &c.columns[0]);
    let needs_index = schema
        .table(&c.child)
        .is_some_and(|t| !t.has_index_leading_with(&c.columns));
    let joins: Vec<u64> = joins
        .into_iter()
        .filter(|id| {
            ctx.analysis.facts.get(id).is_some_and(|f| {
                f.joins.iter().any(|j| {
                    let sides = [(&j.left, &j.right), (&j.right, &j.left)];
                    sides.iter().any(|(a, b)| {
                        ctx.names(*id, &a.table, &c.child)
                            && a.column == c.columns[0]
                            && ctx.names(*id, &b.table, &c.parent)
                    })
                })
            })
        })
        .collect();
    // The index it proposes also serves the lookups by the key (`WHERE campaign_id = $1`).
    let mut affected = joins.clone();
    if needs_index {
        affected.extend(lookups.iter().copied());
        affected.sort_unstable();
        affected.dedup();
    }
    // The constraint itself saves no time: only the index the fix creates
    // does, on the joins and lookups through the column. With the column
    // indexed already, the finding is about integrity, and costs nothing.
    let impact = if needs_index {
        ctx.time_in_ms(&affected, &c.child.schema)
    } else {
        0.0
    };
    let severity = if c.from_join || (needs_index && impact > 0.0) {
        Severity::Warning
    } else {
        Severity::Info
    };
    let subject = Subject {
        schema: c.child.schema.clone(),
        table: c.child.name.clone(),
        columns: c.columns.clone(),
    };
    let mut f = Finding::new(
        ID,
        severity,
        format!(
            "{}({}) references {}({}) without a foreign key",
            c.child,
            c.columns.join(", "),
            c.parent,
            c.parent_columns.join(", ")
        ),
        subject,
        &c.parent.to_string(),
    );
    f.queries = Context::hex(&affected);
    f.impact_ms = crate::model::stats::r3(impact);
    f.set_evidence(&Evidence {
        references: c.parent.to_string(),
        referenced_columns: &c.parent_columns,
        seen_in_joins: c.from_join,
        named_like_the_key: c.from_name,
        values_within_key_range: c.values_within,
        joins: Context::hex(&joins),
        lookups_served_by_the_index: if needs_index {
            Context::hex(&lookups)
        } else {
            Vec::new()
        },
    });
    let name = sqlgen::object_name(&c.child.name, &c.columns, "fkey");
    f.fix = crate::sqlgen::Fix::from(vec![
        sqlgen::orphan_count(&c.child, &c.columns, &c.parent, &c.parent_columns),
        sqlgen::add_foreign_key_not_valid(
            &c.child,
            &c.columns,
            &c.parent,
            &c.parent_columns,
            &name,
        ),
        sqlgen::validate_foreign_key(&c.child, &name, &c.parent),
    ]);
    if needs_index {
        let idx = sqlgen::object_name(&c.child.name, &c.columns, "idx");
        f.fix.push(sqlgen::create_index(
            &c.child,
            &idx,
            &c.columns,
            &[] as &[&str],
            None,
        ));
    }
    f
}

/// Why `missing-foreign-key` takes a column for a reference.
#[derive(serde::Serialize)]
struct Evidence<'a> {
    references: String,
    referenced_columns: &'a [String],
    /// The workload joins the column to the parent's key.
    seen_in_joins: bool,
    /// The column is named after the parent (`customer_id` → `customers`).
    named_like_the_key: bool,
    /// With statistics: whether the column's values lie within the key's range.
    values_within_key_range: Option<bool>,
    joins: Vec<String>,
    /// Lookups by the column that the index the fix adds serves.
    lookups_served_by_the_index: Vec<String>,
}
