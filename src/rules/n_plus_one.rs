//! `n-plus-one`: one query per row of another, found from the database side.
//!
//! In each session's ordered statements, a *burst* is a run of executions of
//! one fingerprint, each within `max_gap_ms` and `max_between` statements of
//! the previous one, with no transaction boundary between them. A burst of at
//! least `min_repetitions` executions whose values mostly differ is a loop;
//! the statement just before it is its parent. Pollers (seconds apart, same
//! values), pgbench-style transactions (BEGIN/END between repetitions) and
//! cursor batches (FETCH) are not bursts. INSERT/UPDATE/DELETE loops are
//! reported as write loops, with a batched fix of their own.
use super::registry::{self, About, Needs, Phase, Rule};
use super::Context;
use super::RuleId;
use crate::findings::{Finding, Severity, Subject};
use crate::model::facts::{Operand, PredicateOp, QueryFacts, TableName};
use crate::model::fingerprint::StatementKind;
use crate::model::names;
use crate::model::stats::Counter;
use crate::model::workload::{LoopBurst, Workload};
use crate::sqlgen::{self, TableRef};
use crate::vocab::fingerprint_hex;
use std::collections::BTreeMap;

pub(crate) struct NPlusOne;

static ABOUT: About = About {
    id: RuleId::NPlusOne,
    summary: "The same query once per row of another, in a burst within one session",
    doc: include_str!("../../rules/n-plus-one.md"),
    phase: Phase::Indexes,
    creates_indexes: true,
    needs: Needs::NOTHING,
    quotes_plans: false,
};

impl Rule for NPlusOne {
    fn about(&self) -> &'static About {
        &ABOUT
    }
    fn configure(&self, keys: toml::Table, o: &mut super::Options) -> Result<(), String> {
        o.n_plus_one = registry::overlay(&o.n_plus_one, keys)?;
        Ok(())
    }
    fn run(&self, ctx: &Context<'_>) -> Vec<Finding> {
        run(ctx)
    }
    fn diagnose(&self, ctx: &Context<'_>) -> Vec<String> {
        diagnose(ctx)
    }
    fn digest(&self, workload: &mut crate::model::workload::Workload, o: &super::Options) {
        let bursts = detect(workload, &o.n_plus_one);
        workload.loop_bursts.extend(bursts);
    }
}

pub(crate) const ID: RuleId = RuleId::NPlusOne;

/// Thresholds (`--n-plus-one-*` flags, `[rules.n-plus-one]` in pgadvisor.toml):
/// the reader finds bursts with them as sessions settle.
pub(crate) use crate::model::loops::LoopOptions as Options;

/// The child's lookup: the column compared by `=` to a placeholder, with its table.
fn lookup(facts: &QueryFacts) -> Option<(TableName, String, u32)> {
    facts.tables.iter().find_map(|(t, tf)| {
        tf.predicates
            .iter()
            .find_map(|p| match (p.op, p.values.first()) {
                (PredicateOp::Eq, Some(Operand::Param(n))) => {
                    Some((t.clone(), p.column.clone(), *n))
                }
                _ => None,
            })
    })
}

/// Whether a child looking up `child.col` is tied to rows of `parent`: the
/// column references the parent's table (has-many), or the parent has a
/// key pointing at the child's table and the child looks up its key (belongs-to).
/// `polymorphic`: whether a polymorphic reference (`commentable_id`) counts
/// as tied to any parent; it does for a loop's parent, not between siblings.
fn related(
    ctx: &Context<'_>,
    child: &TableRef,
    col: &str,
    parent: &TableRef,
    polymorphic: bool,
) -> bool {
    let named = |column: &str, table: &str| {
        let stem = names::stem_of(column).unwrap_or(column);
        names::table_named_by(stem, table)
    };
    let schema = ctx.schema;
    let has_many = named(col, &parent.name)
        || schema.and_then(|s| s.table(child)).is_some_and(|t| {
            t.foreign_keys
                .iter()
                .any(|fk| fk.columns == [col.to_owned()] && fk.references.name == parent.name)
                // `commentable_id` with `commentable_type`: it points at
                // whichever table the type names, the parent's among them.
                || (polymorphic && t.is_polymorphic_reference(col) && parent != child)
        });
    let belongs_to = col == "id"
        && (schema.and_then(|s| s.table(parent)).is_some_and(|t| {
            t.foreign_keys
                .iter()
                .any(|fk| fk.references.name == child.name)
                || t.columns
                    .iter()
                    .any(|c| names::stem_of(&c.name).is_some() && named(&c.name, &child.name))
        }));
    // Names aside: the workload's own joins (`usuarios u ON u.id =
    // t.responsavel_id`) tell which table an unnamed reference points at.
    let has_many = has_many || super::references::points_at(ctx, child, col).contains(parent);
    let belongs_to = belongs_to
        || (schema
            .and_then(|s| s.table(child))
            .is_some_and(|t| t.primary_key.as_deref() == Some(&[col.to_owned()][..]))
            && super::references::has_column_pointing_at(ctx, parent, child));
    has_many || belongs_to
}

/// pgbench's own tables: a benchmark's transactions are not an application's loops.
fn is_benchmark(t: &TableRef) -> bool {
    t.name.starts_with("pgbench_")
}

fn median(v: &mut [usize]) -> usize {
    v.sort_unstable();
    v[v.len() / 2]
}

/// Loop bursts in the workload's sessions not settled while reading.
pub(crate) fn detect(w: &Workload, o: &Options) -> Vec<LoopBurst> {
    w.sessions.bursts(&w.queries, o)
}

pub(crate) fn run(ctx: &Context<'_>) -> Vec<Finding> {
    let o = ctx.options.n_plus_one;
    let mut bursts = detect(ctx.workload, &o);
    // Digests bring the bursts of their own sessions.
    bursts.extend(ctx.workload.loop_bursts.iter().cloned());
    bursts.sort_by_key(|b| (b.session, b.first_ts, b.child));
    // One finding per child query; its parent is the one most of its bursts follow.
    let mut groups: BTreeMap<u64, Vec<LoopBurst>> = BTreeMap::new();
    for b in bursts {
        groups.entry(b.child).or_default().push(b);
    }
    let mut out = Vec::new();
    for (child, bs) in groups {
        let Some(q) = ctx.workload.queries.get(&child) else {
            continue;
        };
        let write = matches!(
            q.kind,
            StatementKind::Insert | StatementKind::Update | StatementKind::Delete
        );
        let facts = ctx.analysis.facts.get(&child);
        // Tools reading the catalog one object at a time (pg_dump, ORMs'
        // introspection) are not the application's loops.
        if facts.is_some_and(|f| f.tables.is_empty()) {
            continue;
        }
        let look = facts.and_then(lookup);
        let resolver = ctx.resolver();
        let child_table = look
            .as_ref()
            .and_then(|(t, _, _)| resolver.resolve(t))
            .or_else(|| {
                facts
                    .and_then(|f| f.tables.keys().next())
                    .and_then(|t| resolver.resolve(t))
            });
        // Whether the rows of `p` supply the child's lookup values.
        let supplies = |p: u64, polymorphic: bool| -> bool {
            let (Some((_, col, _)), Some(ct)) = (&look, &child_table) else {
                return false;
            };
            ctx.analysis.facts.get(&p).is_some_and(|f| {
                f.tables
                    .keys()
                    .filter(|t| !t.is_catalog())
                    .filter_map(|t| resolver.resolve(t))
                    .any(|pt| related(ctx, ct, col, &pt, polymorphic))
            })
        };
        // Whether the child's rows supply the lookup values of `s`.
        let supplied = |s: u64| -> bool {
            let Some(ct) = &child_table else {
                return false;
            };
            ctx.analysis
                .facts
                .get(&s)
                .and_then(lookup)
                .and_then(|(t, col, _)| Some((resolver.resolve(&t)?, col)))
                .is_some_and(|(st, col)| related(ctx, &st, &col, ct, false))
        };
        // A statement repeating with the child one for one, that supplies its
        // values or takes them from it: one row, one lookup, request after
        // request on a pooled connection — not a loop over rows. (MN+1
        // siblings look up the same parent's keys; neither feeds the other.)
        let bs: Vec<LoopBurst> = bs
            .into_iter()
            .filter(|b| {
                !b.interleaved
                    .iter()
                    .any(|&s| supplies(s, false) || supplied(s))
            })
            .collect();
        if bs.is_empty() {
            continue;
        }
        // Each burst's parent: the nearest read whose rows supply the
        // child's values, else the nearest read.
        let mut parents: BTreeMap<Option<u64>, usize> = BTreeMap::new();
        for b in &bs {
            let p = b
                .parent_candidates
                .iter()
                .copied()
                .find(|&p| supplies(p, true))
                .or(b.parent);
            *parents.entry(p).or_default() += 1;
        }
        let parent = parents
            .iter()
            .max_by_key(|(p, n)| (**n, p.is_some()))
            .and_then(|(p, _)| *p);
        let time_us: u64 = bs.iter().map(|b| b.time_us).sum();
        let mut per: Vec<usize> = bs.iter().map(|b| b.executions).collect();
        let (min, max) = (
            *per.iter().min().unwrap_or(&0),
            *per.iter().max().unwrap_or(&0),
        );
        let med = median(&mut per);
        let (mut apps, mut users) = (Counter::default(), Counter::default());
        for b in &bs {
            if let Some(a) = &b.app {
                apps.add(a, 1);
            }
            if let Some(u) = &b.user {
                users.add(u, 1);
            }
        }
        let related = parent.is_some_and(|p| supplies(p, true));
        // A benchmark's scripts repeat their lookups by design.
        if child_table.as_ref().is_some_and(is_benchmark) {
            continue;
        }
        // `WHERE id IN (…)` / `= ANY($1)`: each statement already serves many rows.
        if q.normalized.contains("/*, ... */") || q.normalized.contains("ANY(") {
            continue;
        }
        // A loop over rows: tied to its parent, or alone and tight. Repeated
        // requests on a pooled connection repeat their other statements too.
        let loops = bs.iter().filter(|b| !b.cyclic && b.tight).count();
        let mostly_loops = loops * 2 >= bs.len().max(1);
        let adjacent = bs.iter().filter(|b| !b.cyclic && b.adjacent).count();
        // A read loop is an N+1 when its parent reads rows that supply its
        // values (a key or a column named after the parent's table). A run
        // of lookups with no such parent (`SELECT 1`, a report job's months,
        // a parent we cannot see) is only remarked on, and only when it is a
        // tight run of point lookups.
        let kind = if write {
            if !mostly_loops {
                continue;
            }
            "write-loop"
        } else if related {
            "read"
        } else if look.is_some() && adjacent * 2 >= bs.len().max(1) {
            // Without a parent, only lookups with nothing between them: a
            // page of two statements served again and again on a pooled
            // connection alternates with its other statement.
            "repeated-read"
        } else {
            continue;
        };
        let example = &bs[0];
        let subject = Subject {
            schema: child_table
                .as_ref()
                .map_or_else(String::new, |t| ctx.schema_label(&t.schema)),
            table: child_table
                .as_ref()
                .map_or_else(String::new, |t| t.name.clone()),
            columns: look
                .as_ref()
                .map(|(_, c, _)| vec![c.clone()])
                .unwrap_or_default(),
        };
        let parent_text = parent
            .and_then(|p| ctx.workload.queries.get(&p))
            .map(|p| crate::vocab::one_line(&p.normalized, 60));
        let child_text = crate::vocab::one_line(&q.normalized, 71);
        let title = match kind {
            "write-loop" => format!(
                "Write loop: one {} per row, {} bursts of up to {max}",
                q.kind.as_str().to_uppercase(),
                bs.len()
            ),
            "read" => format!(
                "N+1: {child_text} runs once per row of the query before it, {} bursts of up to {max}",
                bs.len()
            ),
            _ => format!(
                "Repeated lookup: {child_text} runs up to {max} times in a row with different values ({}), {} bursts",
                match &parent_text {
                    Some(p) => format!("after {p}, whose rows do not name it"),
                    None => "no parent query seen".to_owned(),
                },
                bs.len()
            ),
        };
        let impact = time_us as f64 / 1000.0;
        let share = impact / ctx.workload.total_ms().max(1e-9);
        // Severity follows the share of the workload's time the loop holds.
        let severity = if kind == "repeated-read" {
            Severity::Info
        } else if share >= 0.25 && bs.len() >= 3 {
            Severity::Critical
        } else if share >= 0.02 || impact >= 1000.0 || bs.len() >= 10 {
            Severity::Warning
        } else {
            Severity::Info
        };
        let mut f = Finding::new(ID, severity, title, subject, &format!("{child:x}"));
        let mut ids = vec![child];
        ids.extend(parent);
        f.queries = Context::hex(&ids);
        f.impact_ms = crate::model::stats::r3(impact);
        f.set_evidence(&Evidence {
            kind,
            child: fingerprint_hex(child),
            child_query: &q.normalized,
            parent: parent.map(fingerprint_hex),
            parent_query: parent
                .and_then(|p| ctx.workload.queries.get(&p))
                .map(|p| p.normalized.as_str()),
            child_references_parent: related,
            share_of_workload: crate::model::stats::r3(share),
            bursts: bs.len(),
            executions_per_burst: PerBurst {
                min,
                median: med,
                max,
            },
            time_ms: f.impact_ms,
            applications: &apps,
            users: &users,
            example: Example {
                pid: example.session.pid,
                first: crate::vocab::timestamp(example.first_ts),
                last: crate::vocab::timestamp(example.last_ts),
                executions: example.executions,
            },
            fix: write.then_some("send the rows in one statement: INSERT … VALUES (…), (…), … or INSERT … SELECT FROM unnest($1::type[], …), or COPY; for UPDATE/DELETE, WHERE key = ANY($1)"),
        });
        if write {
            if let Some((_, col, n)) = &look {
                f.fix.extend(sqlgen::rewrite::batched(&q.normalized, col, *n));
            }
            if let (Some(schema), Some(facts)) = (ctx.schema, facts) {
                f.fix.extend(sqlgen::rewrite::insert_unnest(
                    &q.normalized,
                    facts,
                    &resolver,
                    schema,
                ));
            }
        } else if let Some((_, col, n)) = &look {
            f.fix.extend(sqlgen::rewrite::batched(&q.normalized, col, *n));
            if let (Some(s), Some(ct)) = (ctx.schema, &child_table) {
                // The same query in every tenant schema it ran in: each needs the index.
                let unqualified = look.as_ref().is_some_and(|(t, _, _)| t.schema.is_none());
                let schemas: Vec<&str> = if q.tenants.0.contains_key(&ct.schema) {
                    q.tenants.0.keys().map(String::as_str).collect()
                } else if unqualified && !s.tables.contains_key(&TableRef::new("public", &ct.name))
                {
                    // Reached through `search_path`: every schema of the layout.
                    s.schemas_with(&ct.name)
                        .into_iter()
                        .filter(|o| s.same_layout(&ct.schema, o))
                        .collect()
                } else {
                    vec![ct.schema.as_str()]
                };
                // Columns the child compares by equality: an index leading
                // with them and the lookup column serves it
                // (`(commentable_type, commentable_id)`).
                let equal: Vec<&str> = facts
                    .map(|f| {
                        f.tables
                            .values()
                            .flat_map(|tf| &tf.predicates)
                            .filter(|p| p.op == PredicateOp::Eq)
                            .map(|p| p.column.as_str())
                            .collect()
                    })
                    .unwrap_or_default();
                let served = |t: &crate::model::schema::Table| {
                    t.indexes.iter().any(|i| {
                        let lead = i.leading_columns();
                        i.predicate.is_none()
                            && lead
                                .iter()
                                .position(|c| c == col)
                                .is_some_and(|k| lead[..k].iter().all(|c| equal.contains(c)))
                    })
                };
                for schema_name in schemas {
                    let t = TableRef::new(schema_name, &ct.name);
                    if s.table(&t).is_some_and(|t| !served(t)) {
                        let name = sqlgen::object_name(&ct.name, &[col], "idx");
                        f.fix.push(sqlgen::create_index(
                            &t,
                            &name,
                            &[col],
                            &[] as &[&str],
                            None,
                        ));
                    }
                }
            }
        }
        out.push(f);
    }
    out
}

/// Why the log cannot show N+1, when it cannot.
pub(crate) fn diagnose(ctx: &Context<'_>) -> Vec<String> {
    let w = ctx.workload;
    let from_logs: u64 = w
        .queries
        .values()
        .filter(|q| q.source == crate::model::stats::StatsSource::Log)
        .map(|q| q.calls)
        .sum();
    let mut out = Vec::new();
    if from_logs == 0 {
        return out;
    }
    if w.sessions.count() == 0 && w.sessions_in_digests == 0 {
        out.push(
            "n-plus-one: the log has no session identity (no %p or %c in log_line_prefix, and no csvlog/jsonlog): \
             statements cannot be put in session order, so N+1 loops cannot be seen"
                .to_owned(),
        );
    }
    let min_us = w
        .queries
        .values()
        .filter(|q| q.timed_calls > 0)
        .map(|q| q.min_us)
        .min();
    if let Some(min_us) = min_us.filter(|_| from_logs >= 50) {
        if min_us >= 5_000 {
            out.push(format!(
                "n-plus-one: no statement faster than {:.0} ms is in the log: log_min_duration_statement is probably set, \
                 and the short queries N+1 loops are made of are not logged (set it to 0, or use log_statement = 'all')",
                min_us as f64 / 1000.0
            ));
        }
    }
    if w.sessions.forced_cuts > 0 {
        out.push(format!(
            "n-plus-one: {} times a session ran {} statements with no transaction boundary and no pause over {} ms \
             (or the sessions held more than --max-session-steps): it was cut there to bound memory, \
             and a loop running across a cut is judged as two",
            w.sessions.forced_cuts,
            crate::model::loops::FORCE_CUT_AT,
            ctx.options.n_plus_one.max_gap_ms
        ));
    }
    out
}
/// What `n-plus-one` says about a loop of one statement.
#[derive(serde::Serialize)]
struct Evidence<'a> {
    /// `read` (the child looks up rows the parent returned), `write-loop`
    /// (one write per row), `repeated-read` (lookups in a row, no parent tying them).
    kind: &'static str,
    child: String,
    child_query: &'a str,
    parent: Option<String>,
    parent_query: Option<&'a str>,
    child_references_parent: bool,
    share_of_workload: f64,
    bursts: usize,
    executions_per_burst: PerBurst,
    time_ms: f64,
    applications: &'a Counter,
    users: &'a Counter,
    /// The first burst: where to look in the log.
    example: Example,
    #[serde(skip_serializing_if = "Option::is_none")]
    fix: Option<&'static str>,
}

#[derive(serde::Serialize)]
struct PerBurst {
    min: usize,
    median: usize,
    max: usize,
}

#[derive(serde::Serialize)]
struct Example {
    pid: u32,
    first: Option<String>,
    last: Option<String>,
    executions: usize,
}

