//! `unindexed-foreign-key`: a declared foreign key whose columns are not the
//! leading columns of any index. Lookups and joins from the parent scan the
//! child table, and every DELETE (or key UPDATE) on the parent scans it too,
//! holding locks while it does.
use super::registry::{self, About, Needs, Phase, Rule, Without};
use super::Context;
use super::RuleId;
use crate::findings::{Finding, Severity, Subject};
use crate::model::facts::Access;
use crate::sqlgen::{self, Fix};

pub(crate) struct UnindexedForeignKey;

static ABOUT: About = About {
    id: RuleId::UnindexedForeignKey,
    summary: "A foreign key whose columns do not lead any index",
    doc: include_str!("../../rules/unindexed-foreign-key.md"),
    phase: Phase::Indexes,
    creates_indexes: true,
    needs: Needs {
        schema: Without::Skips,
        stats: Without::Judges,
    },
    quotes_plans: false,
};

impl Rule for UnindexedForeignKey {
    fn about(&self) -> &'static About {
        &ABOUT
    }
    fn configure(&self, keys: toml::Table, _: &mut super::Options) -> Result<(), String> {
        registry::no_thresholds(RuleId::UnindexedForeignKey, keys)
    }
    fn run(&self, ctx: &Context<'_>) -> Vec<Finding> {
        run(ctx)
    }
}

pub(crate) const ID: RuleId = RuleId::UnindexedForeignKey;

pub(crate) fn run(ctx: &Context<'_>) -> Vec<Finding> {
    let Some(schema) = ctx.schema else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for (child, table) in &schema.tables {
        if table.partition_of.is_some() {
            continue; // the partitioned parent carries the finding
        }
        for fk in &table.foreign_keys {
            if fk.columns.is_empty() || table.has_index_leading_with(&fk.columns) {
                continue;
            }
            let (lookups, joins) = ctx.lookups_or_joins(child, &fk.columns[0]);
            let parent_writes: Vec<u64> = ctx
                .queries_on(&fk.references)
                .filter(|(id, f)| {
                    f.tables.iter().any(|(t, tf)| {
                        ctx.names(*id, t, &fk.references)
                            && (tf.access.contains(&Access::Delete)
                                || (tf.access.contains(&Access::Update)
                                    && fk
                                        .referenced_columns
                                        .iter()
                                        .any(|c| tf.written.contains(c))))
                    })
                })
                .map(|(id, _)| id)
                .collect();
            let mut ids: Vec<u64> = lookups
                .iter()
                .chain(&joins)
                .chain(&parent_writes)
                .copied()
                .collect();
            ids.sort_unstable();
            ids.dedup();
            let impact = ctx.time_in_ms(&ids, &child.schema);
            let severity = if impact > 0.0 {
                Severity::Warning
            } else {
                Severity::Info
            };
            let subject = Subject {
                schema: child.schema.clone(),
                table: child.name.clone(),
                columns: fk.columns.clone(),
            };
            let mut f = Finding::new(
                ID,
                severity,
                format!(
                    "Foreign key {}({}) → {} has no index",
                    child,
                    fk.columns.join(", "),
                    fk.references
                ),
                subject,
                &fk.references.to_string(),
            );
            f.queries = Context::hex(&ids);
            f.impact_ms = crate::model::stats::r3(impact);
            f.set_evidence(&Evidence {
                foreign_key: fk.name.as_deref(),
                references: fk.references.to_string(),
                referenced_columns: &fk.referenced_columns,
                lookups: Context::hex(&lookups),
                joins: Context::hex(&joins),
                parent_deletes_or_key_updates: Context::hex(&parent_writes),
            });
            let name = sqlgen::object_name(&child.name, &fk.columns, "idx");
            f.fix = Fix::from(vec![sqlgen::create_index(
                child,
                &name,
                &fk.columns,
                &[] as &[&str],
                None,
            )]);
            out.push((ctx.table_label(&fk.references).to_string(), f));
        }
    }
    super::merge_tenants(ctx, out)
}

/// What `unindexed-foreign-key` says about a key without an index.
#[derive(serde::Serialize)]
struct Evidence<'a> {
    foreign_key: Option<&'a str>,
    references: String,
    referenced_columns: &'a [String],
    /// Statements looking up child rows by the key.
    lookups: Vec<String>,
    joins: Vec<String>,
    /// Writes on the parent that make PostgreSQL look for child rows.
    parent_deletes_or_key_updates: Vec<String>,
}
