//! `redundant-index`: an index whose keys lead another index on the same
//! table. It costs writes, space and cache; the other serves its queries.
use super::registry::{self, About, Needs, Phase, Rule, Without};
use super::{Context, RuleId};
use crate::findings::{Finding, Severity, Subject};
use crate::model::schema::{Index, Table};
use crate::sqlgen;

pub(crate) struct RedundantIndex;

static ABOUT: About = About {
    id: RuleId::RedundantIndex,
    summary: "An index whose keys lead another index on the same table",
    doc: include_str!("../../rules/redundant-index.md"),
    phase: Phase::Drops,
    creates_indexes: false,
    needs: Needs {
        schema: Without::Skips,
        stats: Without::Judges,
    },
    quotes_plans: false,
};

impl Rule for RedundantIndex {
    fn about(&self) -> &'static About {
        &ABOUT
    }
    fn configure(&self, keys: toml::Table, _: &mut super::Options) -> Result<(), String> {
        registry::no_thresholds(RuleId::RedundantIndex, keys)
    }
    fn run(&self, ctx: &Context<'_>) -> Vec<Finding> {
        run(ctx)
    }
}

/// The index that makes `i` redundant in `table`, if any: the same keys, or
/// `i`'s keys as its leading prefix, with the same predicate and method.
fn covering<'t>(table: &'t Table, i: &Index) -> Option<&'t Index> {
    if i.unique || i.constraint || i.method != "btree" {
        return None;
    }
    table.indexes.iter().find(|o| {
        o.name != i.name
            && o.method == i.method
            && o.predicate == i.predicate
            && o.operator_classes == i.operator_classes
            && o.keys.len() >= i.keys.len()
            && o.keys[..i.keys.len()] == i.keys[..]
            && i.include.iter().all(|c| o.include.contains(c) || o.keys.iter().any(|k| k.column() == Some(c)))
            // Of two identical indexes, only the later name is redundant.
            && (o.keys.len() > i.keys.len() || o.unique || o.constraint || o.name < i.name)
    })
}

fn run(ctx: &Context<'_>) -> Vec<Finding> {
    let Some(schema) = ctx.schema else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for (t, table) in &schema.tables {
        for i in &table.indexes {
            let Some(by) = covering(table, i) else {
                continue;
            };
            let subject = Subject::index(t, i);
            let mut f = Finding::new(
                RuleId::RedundantIndex,
                Severity::Warning,
                format!("Index {} on {t} is covered by {}", i.name, by.name),
                subject,
                &i.name,
            );
            f.set_evidence(&Evidence {
                index: &i.name,
                covered_by: &by.name,
                size_bytes: i.usage.map(|u| u.size_bytes),
            });
            f.fix = vec![sqlgen::drop_index(t, &i.name)].into();
            out.push(f);
        }
    }
    out
}

/// What `redundant-index` says about an index another one covers.
#[derive(serde::Serialize)]
struct Evidence<'a> {
    index: &'a str,
    /// The index whose leading keys are this one's.
    covered_by: &'a str,
    size_bytes: Option<i64>,
}
