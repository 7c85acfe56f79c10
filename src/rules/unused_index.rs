//! `unused-index`: indexes never scanned over a long enough window and not
//! used by the logged workload. They cost writes, space and cache and give
//! nothing back.
use super::registry::{self, About, Needs, Phase, Rule, Without};
use super::{Context, RuleId};
use crate::findings::{Finding, Severity, Subject};
use crate::model::schema::Index;
use crate::sqlgen::{self, TableRef};

pub(crate) struct UnusedIndex;

static ABOUT: About = About {
    id: RuleId::UnusedIndex,
    summary: "An index never scanned since the statistics were reset",
    doc: include_str!("../../rules/unused-index.md"),
    phase: Phase::Drops,
    creates_indexes: false,
    needs: Needs {
        schema: Without::Skips,
        stats: Without::Skips,
    },
    quotes_plans: false,
};

impl Rule for UnusedIndex {
    fn about(&self) -> &'static About {
        &ABOUT
    }
    fn configure(&self, keys: toml::Table, o: &mut super::Options) -> Result<(), String> {
        o.unused_index = registry::overlay(&o.unused_index, keys)?;
        Ok(())
    }
    fn run(&self, ctx: &Context<'_>) -> Vec<Finding> {
        run(ctx)
    }
    fn diagnose(&self, ctx: &Context<'_>) -> Vec<String> {
        diagnose(ctx)
    }
}

/// Thresholds (`[rules.unused-index]` in pgadvisor.toml).
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Options {
    /// Days the index-scan counters must cover before an index with no scans
    /// may be called unused: a weekly or monthly job's index looks unused
    /// on a shorter window.
    pub min_observed_days: f64,
}

impl Default for Options {
    fn default() -> Self {
        Self {
            min_observed_days: 7.0,
        }
    }
}

/// How long the statistics counters have been counting, in seconds, when known.
fn observed_seconds(schema: &crate::model::schema::Schema) -> Option<f64> {
    schema
        .tables
        .values()
        .filter_map(|t| t.stats.as_ref()?.activity.as_ref())
        .map(|a| a.observed_seconds)
        .filter(|s| *s > 0.0)
        .reduce(f64::max)
}

fn has_usage(schema: &crate::model::schema::Schema) -> bool {
    schema
        .tables
        .values()
        .any(|t| t.indexes.iter().any(|i| i.usage.is_some()))
}

/// Why an index the counters call unused is used after all: the logged
/// workload filters, joins or sorts on its leading column, or a logged plan
/// scans it (counters not yet flushed, reset since, or kept on another server).
fn used_by_workload(ctx: &Context<'_>, t: &TableRef, i: &Index) -> Option<String> {
    let in_plan = ctx.workload.plans.values().find(|p| {
        let mut hit = false;
        p.plan.root.walk(0, &mut |n, _| {
            hit |= n.index_name.as_deref() == Some(i.name.as_str());
        });
        hit
    });
    if let Some(p) = in_plan {
        return Some(format!("a logged plan scans it (line {})", p.line));
    }
    let lead = i.leading_columns();
    let first = lead.first()?;
    let uses = |f: &crate::model::facts::QueryFacts, id: u64| {
        f.tables.iter().any(|(name, tf)| {
            ctx.names(id, name, t)
                && (tf.predicates.iter().any(|p| p.column == *first)
                    || tf.order_by.iter().any(|c| c.column == *first)
                    || tf.group_by.iter().any(|c| c == first))
        }) || f.joins.iter().any(|j| {
            [&j.left, &j.right]
                .iter()
                .any(|c| c.column == *first && ctx.names(id, &c.table, t))
        })
    };
    ctx.queries_on(t)
        .find(|(id, f)| uses(f, *id))
        .map(|(id, _)| {
            let calls = ctx.workload.queries.get(&id).map_or(0, |q| q.calls);
            format!(
                "query {} ({calls} calls in the log) filters, joins or sorts on {first}",
                crate::vocab::fingerprint_hex(id)
            )
        })
}

/// Indexes never scanned over a long enough window (live, or a
/// `scripts/stats.sql` export), and not used by the logged workload.
fn run(ctx: &Context<'_>) -> Vec<Finding> {
    let Some(schema) = ctx.schema else {
        return Vec::new();
    };
    let o = ctx.options.unused_index;
    let window = observed_seconds(schema);
    if window.is_none_or(|w| w < o.min_observed_days * 86_400.0) {
        return Vec::new();
    }
    let mut out = Vec::new();
    for (t, table) in &schema.tables {
        for i in &table.indexes {
            let Some(u) = i.usage else { continue };
            // Unique indexes enforce something even when never scanned.
            if u.scans > 0 || i.unique || i.constraint || used_by_workload(ctx, t, i).is_some() {
                continue;
            }
            let subject = Subject::index(t, i);
            let severity = if u.size_bytes >= 100 << 20 {
                Severity::Warning
            } else {
                Severity::Info
            };
            let mut f = Finding::new(
                RuleId::UnusedIndex,
                severity,
                format!("Index {} on {t} was never scanned", i.name),
                subject,
                &i.name,
            );
            f.set_evidence(&Evidence {
                index: &i.name,
                scans: u.scans,
                size_bytes: u.size_bytes,
                statistics_since: &schema.stats_reset,
                observed_days: window.map(|w| crate::model::stats::r3(w / 86_400.0)),
                note: "check standbys too: pg_stat_user_indexes counts this server's scans only",
            });
            f.fix = vec![sqlgen::drop_index(t, &i.name)].into();
            out.push(f);
        }
    }
    out
}

/// What `unused-index` could not judge, and the indexes it kept because the workload uses them.
fn diagnose(ctx: &Context<'_>) -> Vec<String> {
    let Some(schema) = ctx.schema else {
        return Vec::new();
    };
    if !has_usage(schema) {
        return Vec::new();
    }
    let o = ctx.options.unused_index;
    let mut out = Vec::new();
    let zero: Vec<(&TableRef, &Index)> = schema
        .tables
        .iter()
        .flat_map(|(t, tb)| tb.indexes.iter().map(move |i| (t, i)))
        .filter(|(_, i)| i.usage.is_some_and(|u| u.scans == 0) && !i.unique && !i.constraint)
        .collect();
    if zero.is_empty() {
        return out;
    }
    match observed_seconds(schema) {
        Some(w) if w >= o.min_observed_days * 86_400.0 => {}
        w => out.push(format!(
            "unused-index: {} no scans, but the statistics cover {} (since {}), less than \
             min_observed_days = {}: an index used by a weekly or monthly job would look unused, so none is \
             proposed for dropping (export the statistics again after {} days, or lower \
             [rules.unused-index] min_observed_days)",
            if zero.len() == 1 {
                "1 index shows".to_owned()
            } else {
                format!("{} indexes show", zero.len())
            },
            match w {
                Some(w) => duration_words(w),
                None => "an unknown window".to_owned(),
            },
            schema
                .stats_reset
                .as_deref()
                .filter(|s| *s != "never")
                .unwrap_or("the server's start"),
            o.min_observed_days,
            o.min_observed_days
        )),
    }
    for (t, i) in zero {
        if let Some(why) = used_by_workload(ctx, t, i) {
            out.push(format!(
                "unused-index: {} on {t} shows no scans in the statistics, but the workload uses it ({why}): kept",
                i.name
            ));
        }
    }
    out
}

/// `3 minutes`, `5.2 hours`, `12.0 days`.
fn duration_words(seconds: f64) -> String {
    if seconds >= 86_400.0 {
        format!("{:.1} days", seconds / 86_400.0)
    } else if seconds >= 3_600.0 {
        format!("{:.1} hours", seconds / 3_600.0)
    } else {
        match (seconds / 60.0).ceil() as u64 {
            1 => "1 minute".to_owned(),
            m => format!("{m} minutes"),
        }
    }
}

/// What `unused-index` says about an index nobody scans.
#[derive(serde::Serialize)]
struct Evidence<'a> {
    index: &'a str,
    /// Scans since the statistics were reset.
    scans: i64,
    size_bytes: i64,
    statistics_since: &'a Option<String>,
    /// How long the statistics have been counting, in days.
    observed_days: Option<f64>,
    note: &'static str,
}
