//! `missing-index`: the indexes the whole workload needs — multi-column,
//! partial (the constants a group of its queries carries) and covering
//! (`INCLUDE` for index-only scans) — with the queries each serves, the
//! estimated gain and size, and one `CREATE INDEX CONCURRENTLY` per schema
//! holding the table.
//!
//! The advisor under it: candidates from the query facts of the whole
//! workload ([`candidates`]), an offline cost model from row counts and
//! `pg_stats` ([`cost`]), a greedy selection within a storage budget that
//! counts the write cost of every index ([`select`]), and the same selection
//! costed by hypothetical indexes when a database is at hand ([`whatif`]).
pub(crate) mod candidates;
pub(crate) mod cost;
pub(crate) mod select;
mod spec;
pub(crate) mod whatif;

use super::registry::{self, About, Needs, Phase, Rule, Without};
use super::Context;
use super::RuleId;
use crate::findings::{Finding, Severity, Subject};
use crate::model::schema::{IndexKey, Schema};
use crate::model::stats::r3;
use crate::sqlgen::TableRef;
use candidates::Candidate;
use cost::Model;
use select::Chosen;
use serde::Serialize;
pub(crate) use spec::{IndexKind, IndexSpec, Key, PartialPredicate};

pub(crate) struct MissingIndex;

static ABOUT: About = About {
    id: RuleId::MissingIndex,
    summary: "Indexes the workload needs (multi-column, partial, covering), chosen within a storage budget",
    doc: include_str!("../../../rules/missing-index.md"),
    phase: Phase::Indexes,
    creates_indexes: true,
    needs: Needs {
        schema: Without::Degrades("index advice does not know the existing indexes"),
        stats: Without::Degrades("partial indexes were not proposed (they need pg_stats' most common values) and index advice ranks candidates without table sizes"),
    },
    quotes_plans: false,
};

/// `[rules.missing-index]`: keys onto the advisor's options.
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Keys {
    #[serde(default, deserialize_with = "crate::vocab::format::size_opt")]
    budget: Option<u64>,
    min_gain_ms: Option<f64>,
    min_improvement: Option<f64>,
    min_gain_share: Option<f64>,
}

impl Rule for MissingIndex {
    fn about(&self) -> &'static About {
        &ABOUT
    }
    fn configure(&self, keys: toml::Table, o: &mut super::Options) -> Result<(), String> {
        let k: Keys = registry::parse(keys)?;
        registry::set(&mut o.index.budget_bytes, k.budget.map(|b| b as f64));
        registry::set(&mut o.index.min_gain_ms, k.min_gain_ms);
        registry::set(&mut o.index.min_improvement, k.min_improvement);
        registry::set(&mut o.index.min_gain_share, k.min_gain_share);
        Ok(())
    }
    fn run(&self, ctx: &Context<'_>) -> Vec<Finding> {
        evaluate(ctx).0
    }
    fn diagnose(&self, ctx: &Context<'_>) -> Vec<String> {
        evaluate(ctx).1
    }
    fn evaluate(&self, ctx: &Context<'_>) -> (Vec<Finding>, Vec<String>) {
        evaluate(ctx)
    }
}

pub(crate) const ID: RuleId = RuleId::MissingIndex;

/// Whether an index of `t` already does what `spec` would: its keys start
/// with the same columns in the same order, it holds the INCLUDE columns,
/// and it is not partial (or has the same predicate); or the spec's keys are
/// a unique key of the table.
pub(crate) fn served_by_existing(schema: Option<&Schema>, t: &TableRef, spec: &IndexSpec) -> bool {
    let Some(table) = schema.and_then(|s| s.table(t)) else {
        return false;
    };
    let norm = |s: &str| {
        s.chars()
            .filter(|c| !c.is_whitespace() && *c != '(' && *c != ')' && *c != '"')
            .collect::<String>()
            .to_ascii_lowercase()
    };
    table.indexes.iter().any(|i| {
        let pred_ok = match (&i.predicate, &spec.predicate) {
            (None, _) => true,
            (Some(a), Some(b)) => norm(a) == norm(&b.sql()),
            (Some(_), None) => false,
        };
        let cols: Vec<(&str, bool)> = i
            .keys
            .iter()
            .map_while(|k| match k {
                IndexKey::Column { name, desc } => Some((name.as_str(), *desc)),
                IndexKey::Expression { .. } => None,
            })
            .collect();
        let keys_ok = cols.len() >= spec.keys.len()
            && spec
                .keys
                .iter()
                .zip(&cols)
                .all(|(k, (c, _))| k.column == *c);
        let holds = |c: &str| cols.iter().any(|(x, _)| *x == c) || i.include.iter().any(|x| x == c);
        pred_ok && keys_ok && spec.include.iter().all(|c| holds(c)) && i.method == "btree"
    }) || {
        // A unique key (the primary key) finds at most one row: INCLUDE
        // columns on the same keys would save one heap fetch per lookup and
        // cost a second index's writes. (On a non-unique key, where a lookup
        // returns many rows, a covering index can pay: it stays proposable.)
        let keys: Vec<String> = spec.keys.iter().map(|k| k.column.clone()).collect();
        spec.predicate.is_none() && !keys.is_empty() && table.is_unique_key(&keys)
    }
}

/// The concrete tables behind a label (`tenant_*.orders` → every tenant's `orders`).
pub(crate) fn concrete(ctx: &Context<'_>, label: &TableRef) -> Vec<TableRef> {
    match ctx.schema {
        Some(s) if label.schema.contains('*') => s
            .tables
            .keys()
            .filter(|t| t.name == label.name && ctx.table_label(t) == *label)
            .cloned()
            .collect(),
        _ => vec![label.clone()],
    }
}

fn mb(bytes: f64) -> String {
    if bytes >= 1024.0 * 1024.0 * 1024.0 {
        format!("{:.1} GB", bytes / 1024.0 / 1024.0 / 1024.0)
    } else if bytes >= 1024.0 * 1024.0 {
        format!("{:.1} MB", bytes / 1024.0 / 1024.0)
    } else {
        format!("{:.0} kB", bytes / 1024.0)
    }
}

/// What `missing-index` proposes for one index and what it weighed.
#[derive(Serialize)]
struct Evidence<'a> {
    kind: IndexKind,
    /// Every kind it is: a covering partial index is btree, partial and covering.
    kinds: Vec<IndexKind>,
    keys: &'a [spec::Key],
    include: &'a [String],
    predicate: Option<String>,
    estimated_size_bytes: f64,
    estimated_size: String,
    estimated_gain: f64,
    /// Index maintenance on the writes the window saw.
    write_cost: f64,
    /// `ms` of the workload's time, or `planner_cost` × executions when the workload has no timings.
    gain_unit: &'static str,
    /// `hypopg`: chosen by planning with hypothetical indexes; `offline`: the cost model.
    model: &'static str,
    rows_inferred_from_timings: bool,
    /// Saved and maintenance per hour, the build, break-even (with timings).
    #[serde(skip_serializing_if = "Option::is_none")]
    payoff: Option<super::payoff::Payoff>,
    /// Why the index is `UNIQUE`, when it is.
    #[serde(skip_serializing_if = "Option::is_none")]
    unique: Option<String>,
    costs: Vec<Cost>,
}

#[derive(Serialize)]
struct Cost {
    query: String,
    cost_before: f64,
    cost_after: f64,
}

/// Rows a table must hold before `pg_stats` saying every value is distinct
/// means a key (on a few rows, any sample is all distinct).
const UNIQUE_MIN_ROWS: f64 = 1000.0;

/// Why the index may be `UNIQUE`: one column, every value distinct in
/// `pg_stats` (`n_distinct = -1`) on a table of some size, and every query it
/// serves looking up one value of it (a login by e-mail). The planner then
/// knows a lookup returns at most one row, and the data keeps it so.
fn unique_lookup(
    ctx: &Context<'_>,
    accesses: &[candidates::TableAccess],
    c: &Chosen,
    tables: &[TableRef],
) -> Option<String> {
    let spec = &c.spec;
    if spec.keys.len() != 1 || !spec.include.is_empty() || spec.predicate.is_some() {
        return None;
    }
    let column = &spec.keys[0].column;
    let schema = ctx.schema?;
    for t in tables {
        let table = schema.table(t)?;
        let stats = table.stats.as_ref()?;
        let cs = stats.columns.get(column)?;
        if cs.n_distinct != Some(-1.0) || stats.rows.is_none_or(|r| r < UNIQUE_MIN_ROWS) {
            return None;
        }
    }
    let served: Vec<&candidates::TableAccess> = accesses
        .iter()
        .filter(|a| a.label == spec.table && c.queries.contains(&a.query))
        .collect();
    let one_value = |a: &&candidates::TableAccess| {
        !a.several.contains(column)
            && a.eq
                .get(column)
                .is_some_and(|v| v.as_ref().is_none_or(|v| v.len() <= 1))
    };
    (!served.is_empty() && served.iter().all(one_value)).then(|| {
        format!(
            "pg_stats estimates every value of {column} distinct and each of the {} quer{} it serves looks up one value: \
             UNIQUE tells the planner a lookup returns at most one row and keeps the data so. The check before it \
             stops the script if a value repeats (then create the index without UNIQUE); from then on, an insert of \
             a repeated {column} fails",
            served.len(),
            if served.len() == 1 { "y" } else { "ies" }
        )
    })
}

fn finding(
    ctx: &Context<'_>,
    accesses: &[candidates::TableAccess],
    model: &Model<'_>,
    c: &Chosen,
    workload_ms: f64,
    what_if: bool,
) -> Option<Finding> {
    let spec = &c.spec;
    let tables = concrete(ctx, &spec.table);
    let name = spec.name();
    let unique = unique_lookup(ctx, accesses, c, &tables);
    let fix: crate::sqlgen::Fix = tables
        .iter()
        .filter(|t| !served_by_existing(ctx.schema, t, spec))
        .flat_map(|t| match &unique {
            // The check first: a unique build that meets a duplicate fails
            // and leaves an INVALID index behind.
            Some(_) => {
                let keys = [(spec.keys[0].column.as_str(), false)];
                vec![
                    crate::sqlgen::no_duplicates(t, &[&spec.keys[0].column]),
                    crate::sqlgen::create_unique_index(t, &name, &keys),
                ]
            }
            None => vec![spec.create(t, &name)],
        })
        .collect();
    if fix.is_empty() {
        return None;
    }
    let kind = spec.kind();
    let mut kinds = vec![IndexKind::Btree];
    if spec.predicate.is_some() {
        kinds.push(IndexKind::Partial);
    }
    if !spec.include.is_empty() {
        kinds.push(IndexKind::Covering);
    }
    let severity = if (c.timed && (c.gain_ms >= 1000.0 || c.gain_ms >= workload_ms * 0.05))
        || (!c.timed && c.costs.iter().any(|(_, b, a)| *a < b * 0.5))
    {
        Severity::Warning
    } else {
        Severity::Info
    };
    let mut title = format!(
        "{} {}",
        if unique.is_some() { "Unique index" } else { "Index" },
        spec.describe()
    );
    title.push_str(&format!(
        " would serve {} quer{}",
        c.queries.len(),
        if c.queries.len() == 1 { "y" } else { "ies" }
    ));
    let subject = Subject {
        schema: spec.table.schema.clone(),
        table: spec.table.name.clone(),
        columns: spec.key_columns().iter().map(|s| s.to_string()).collect(),
    };
    let key = format!(
        "{}|{}|{}",
        spec.keys_sql(),
        spec.include.join(","),
        spec.predicate.as_ref().map(|p| p.sql()).unwrap_or_default()
    );
    let mut f = Finding::new(ID, severity, title, subject, &key);
    let ids: Vec<u64> = c.queries.iter().copied().collect();
    f.queries = Context::hex(&ids);
    if c.timed {
        f.impact_ms = r3((c.gain_ms - c.write_ms).max(0.0));
    }
    let rows_inferred = tables.iter().any(|t| !model.knows_rows(t));
    f.set_evidence(&Evidence {
        kind,
        kinds,
        keys: &spec.keys,
        include: &spec.include,
        predicate: spec.predicate.as_ref().map(|p| p.sql()),
        estimated_size_bytes: c.size_bytes.round(),
        estimated_size: mb(c.size_bytes),
        estimated_gain: r3(c.gain_ms),
        write_cost: r3(c.write_ms),
        gain_unit: if c.timed { "ms" } else { "planner_cost" },
        model: if what_if { "hypopg" } else { "offline" },
        rows_inferred_from_timings: rows_inferred,
        payoff: c.timed.then(|| {
            super::payoff::index(
                super::payoff::Window::of(ctx.workload.span_seconds()),
                c.gain_ms,
                c.write_ms,
                tables.iter().map(|t| model.rows(t)).sum(),
            )
        }),
        unique,
        costs: c
            .costs
            .iter()
            .map(|(q, b, a)| Cost {
                query: crate::vocab::fingerprint_hex(*q),
                cost_before: (b * 100.0).round() / 100.0,
                cost_after: (a * 100.0).round() / 100.0,
            })
            .collect(),
    });
    f.fix = fix;
    Some(f)
}

/// Per statement the indexes of the offline selection serve: the share of
/// its modelled cost left once they exist, and the index that leaves the
/// least (for another rule to weigh its own fix against what the index
/// already saves). The planner is not asked: this is the cheap model, so
/// with a database at hand (where HypoPG decides the indexes, and may
/// decide otherwise) it gives nothing and reads are judged as they are.
pub(crate) fn residual_after_indexes(ctx: &Context<'_>) -> std::collections::BTreeMap<u64, (f64, String)> {
    let mut out = std::collections::BTreeMap::new();
    if ctx.options.disabled.contains(ID) || ctx.what_if.is_some() {
        return out;
    }
    let accesses = candidates::accesses(ctx);
    if accesses.is_empty() {
        return out;
    }
    let found = unserved_candidates(ctx, &accesses);
    let model = Model::new(ctx.schema, &accesses);
    let (chosen, _) = select::select(ctx, &accesses, &found, &model, ctx.options.index);
    for c in &chosen {
        for (q, before, after) in &c.costs {
            if *before > 0.0 {
                let left = (after / before).clamp(0.0, 1.0);
                let e = out.entry(*q).or_insert((1.0, String::new()));
                if left < e.0 {
                    *e = (left, format!("Index {}", c.spec.describe()));
                }
            }
        }
    }
    out
}

/// The workload's candidates, less those an existing index already serves
/// in every schema holding the table, then merged into the wider ones they
/// lead (filtered first: a lookup by `post_id` merged into `(post_id,
/// user_id)`, which a unique index on `(user_id, post_id)` serves, would be
/// lost with it).
fn unserved_candidates(ctx: &Context<'_>, accesses: &[candidates::TableAccess]) -> Vec<Candidate> {
    candidates::merge_prefixes(
        candidates::generate(ctx, accesses)
            .into_iter()
            .filter(|c| {
                !concrete(ctx, &c.spec.table)
                    .iter()
                    .all(|t| served_by_existing(ctx.schema, t, &c.spec))
            })
            .collect(),
    )
}

/// The indexes proposed, and the heavy statements left without one and why.
fn evaluate(ctx: &Context<'_>) -> (Vec<Finding>, Vec<String>) {
    let accesses = candidates::accesses(ctx);
    if accesses.is_empty() {
        return (Vec::new(), Vec::new());
    }
    let found = unserved_candidates(ctx, &accesses);
    let model = Model::new(ctx.schema, &accesses);
    let what_if = ctx.what_if.map(|oracle| {
        let tables = |t: &TableRef| concrete(ctx, t);
        let mut opts = ctx.options.index;
        // The planner's costs are not the model's guesses: a smaller saving is real.
        opts.min_improvement = 0.05;
        opts.min_gain_share = opts.min_gain_share.min(0.001);
        whatif::select(ctx, &accesses, &found, &tables, oracle, opts)
    });
    let checked = matches!(what_if, Some(Ok(_)));
    let (chosen, refused) = match what_if {
        Some(Ok((chosen, calls))) => (
            chosen,
            vec![format!(
                "missing-index: chosen with the planner's costs: {} what-if plans of statements \
                 ({} more answered from the cache), {} hypothetical indexes, for {} candidates",
                calls.plans,
                calls.cached,
                calls.indexes,
                found.len()
            )],
        ),
        // Said, not swallowed: the advice is then the offline model's.
        Some(Err(e)) => {
            let (chosen, mut refused) =
                select::select(ctx, &accesses, &found, &model, ctx.options.index);
            refused.insert(
                0,
                format!(
                    "missing-index: the planner could not be asked ({e}): indexes chosen with the offline cost model"
                ),
            );
            (chosen, refused)
        }
        None => select::select(ctx, &accesses, &found, &model, ctx.options.index),
    };
    let workload_ms = ctx.workload.total_ms();
    let findings = chosen
        .iter()
        .filter_map(|c| finding(ctx, &accesses, &model, c, workload_ms, checked))
        .collect();
    (findings, refused)
}
