//! `search-path-leak`: on pooled connections, requests that run unqualified
//! statements without setting the tenant's `search_path` read the tenant
//! the previous request on that connection set. The traces come from
//! [`crate::model::path_context`]; this judges them.
use super::registry::{About, Needs, Phase, Rule, Without};
use super::{Context, RuleId};
use crate::findings::{Finding, Severity, Subject};
use crate::model::path_context::{path_kind, PathKind, PathTraces, PathUse, MAX_TRANSITIONS};
use crate::model::schema::Schema;
use crate::sqlgen;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};

pub(crate) struct SearchPathLeak;

static ABOUT: About = About {
    id: RuleId::SearchPathLeak,
    summary: "Requests on pooled connections that run under the search_path an earlier request set",
    doc: include_str!("../../rules/search-path-leak.md"),
    phase: Phase::PlanFixes,
    creates_indexes: false,
    needs: Needs {
        schema: Without::Skips,
        stats: Without::Judges,
    },
    quotes_plans: false,
};

impl Rule for SearchPathLeak {
    fn about(&self) -> &'static About {
        &ABOUT
    }
    fn configure(&self, keys: toml::Table, _o: &mut super::Options) -> Result<(), String> {
        super::registry::no_thresholds(RuleId::SearchPathLeak, keys)
    }
    fn run(&self, ctx: &Context<'_>) -> Vec<Finding> {
        self.evaluate(ctx).0
    }
    fn diagnose(&self, ctx: &Context<'_>) -> Vec<String> {
        self.evaluate(ctx).1
    }
    fn evaluate(&self, ctx: &Context<'_>) -> (Vec<Finding>, Vec<String>) {
        evaluate(ctx)
    }
    fn digest(&self, workload: &mut crate::model::workload::Workload, _o: &super::Options) {
        workload.search_paths = workload.path_traces();
    }
}

/// Executions under an inherited path a statement needs before the
/// statements right before it are read as a distribution.
const MIN_EXECUTIONS: u64 = 5;
/// The share of a statement's executions that must come right after a
/// request end (a statement a `SET` comes right after) for it to open a
/// request of its own. A statement inside the `SET`'s request follows that
/// request's own statements, which end requests only now and then.
const MIN_AFTER_ENDS: f64 = 0.5;
/// A statement is a request end when at least this share of the `SET`s
/// (and twice) came right after it: not a one-off.
const MIN_END_OF_SETS: f64 = 0.005;
/// Distinct request ends, each before at least this share of its
/// executions: one shared predecessor may be a request that sometimes
/// stops early and sometimes goes on; several are requests of any kind.
const MIN_END_SHARE: f64 = 0.1;
const MIN_ENDS: usize = 2;
/// A statement that comes after statements already judged leaking this
/// often is part of the same request.
const FOLLOWER_SHARE: f64 = 0.8;

/// Why a statement is taken as running under another request's path.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
enum Sign {
    /// It ran before any `SET` on a connection that set one later, and
    /// under a tenant's path elsewhere: its tenant was whatever was left.
    RanUnderDefaultToo,
    /// It follows the ends of other requests, as the `SET`s do: it opens a
    /// request that sets nothing.
    OpensRequest,
    /// It comes after a statement of a leaking request.
    SameRequest,
}

#[derive(Serialize)]
struct Leaking {
    query: String,
    sign: Sign,
    /// Executions under a path an earlier statement of the connection set.
    under_earlier_path: u64,
    /// Executions before the first path `SET` of their connection.
    under_default_path: u64,
    /// Distinct paths it ran under (tenants whose rows it may have read),
    /// and whether there were more than are counted.
    paths_seen: usize,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    more_paths: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    after_request_ends: Option<f64>,
}

#[derive(Serialize)]
struct Evidence<'a> {
    application: &'a str,
    /// Executions of the leaking statements on connections whose path an
    /// earlier statement had set, and before any SET on connections that
    /// set one later.
    executions: u64,
    under_default_path: u64,
    statements: Vec<Leaking>,
    /// The unqualified tables they read that exist in tenant schemas.
    tables: Vec<String>,
    /// Path `SET`s in the workload, and the connections that made them.
    path_sets: u64,
    connections_setting: u64,
    local_sets: u64,
    resets: u64,
}

/// Unqualified tables of query `id` that more than one schema, or a
/// schema other than `public`, holds: the path picks which.
fn path_relative(ctx: &Context<'_>, schema: &Schema, id: u64) -> Vec<String> {
    let Some(f) = ctx.analysis.facts.get(&id) else {
        return Vec::new();
    };
    f.tables
        .keys()
        .filter(|t| t.schema.is_none() && !t.is_catalog())
        .filter(|t| {
            let holders = schema.schemas_with(&t.name);
            holders.iter().any(|s| *s != "public")
        })
        .map(|t| t.name.clone())
        .collect()
}

/// What comes right before requests: the statements right before the
/// `SET`s, or, when one statement opens every request and sets the path
/// after it (the tenant looked up, then set), the statements right before
/// that one. An opener comes before most `SET`s and a `SET` after most of
/// its executions; a statement that ends most requests (a loop's last
/// read) comes before most `SET`s too, but runs many more times.
fn request_ends(t: &PathTraces) -> BTreeMap<u64, u64> {
    let mut ends = &t.before_set;
    let mut seen = BTreeSet::new();
    loop {
        let all: u64 = ends.values().sum();
        let opener = ends
            .iter()
            .find(|(_, n)| **n as f64 >= FOLLOWER_SHARE * all as f64)
            .map(|(p, _)| *p);
        let mut opens = |p: u64, u: &PathUse| {
            let runs = u.under_path + u.default_path;
            seen.insert(p) && t.before_set.get(&p).is_some_and(|n| *n as f64 >= FOLLOWER_SHARE * runs as f64)
        };
        match opener.and_then(|p| t.uses.get(&p).filter(|u| opens(p, u))) {
            Some(u) if !u.before.is_empty() => ends = &u.before,
            _ => return ends.clone(),
        }
    }
}

/// The share of `u`'s executions that came right after a request end (a
/// statement that at least [`MIN_END_OF_SETS`] of the requests, and two,
/// came right after), and how many distinct ends came before at least
/// [`MIN_END_SHARE`] of them.
fn after_request_ends(u: &PathUse, ends: &BTreeMap<u64, u64>) -> (f64, usize) {
    let d = u.followed();
    let floor = (ends.values().sum::<u64>() as f64 * MIN_END_OF_SETS).max(2.0);
    if d == 0 {
        return (0.0, 0);
    }
    let mut after = 0;
    let mut distinct = 0;
    for (p, n) in &u.before {
        if ends.get(p).is_some_and(|m| *m as f64 >= floor) {
            after += n;
            if *n as f64 >= MIN_END_SHARE * d as f64 {
                distinct += 1;
            }
        }
    }
    (after as f64 / d as f64, distinct)
}

fn judge(t: &PathTraces, relative: &BTreeMap<u64, Vec<String>>) -> BTreeMap<u64, (Sign, Option<f64>)> {
    let mut leaking: BTreeMap<u64, (Sign, Option<f64>)> = BTreeMap::new();
    let ends = request_ends(t);
    for (id, u) in &t.uses {
        // `uses` holds no path statement: the tracker records only the others.
        if !relative.contains_key(id) {
            continue;
        }
        if u.default_path > 0 && u.under_path > 0 {
            leaking.insert(*id, (Sign::RanUnderDefaultToo, None));
            continue;
        }
        if u.followed() < MIN_EXECUTIONS {
            continue;
        }
        let (overlap, ends) = after_request_ends(u, &ends);
        if overlap >= MIN_AFTER_ENDS && ends >= MIN_ENDS {
            leaking.insert(*id, (Sign::OpensRequest, Some(crate::model::stats::r3(overlap))));
        }
    }
    // The rest of a leaking request: what comes after its statements.
    loop {
        let mut grew = false;
        for (id, u) in &t.uses {
            if leaking.contains_key(id) || !relative.contains_key(id) {
                continue;
            }
            let d = u.followed();
            let after: u64 = u
                .before
                .iter()
                .filter(|(p, _)| leaking.contains_key(p))
                .map(|(_, n)| n)
                .sum();
            if d >= MIN_EXECUTIONS && after as f64 >= FOLLOWER_SHARE * d as f64 {
                leaking.insert(*id, (Sign::SameRequest, None));
                grew = true;
            }
        }
        if !grew {
            break;
        }
    }
    leaking
}

/// The statement that opens the request `id` belongs to: the one it
/// follows at least [`FOLLOWER_SHARE`] of the time, back to one that
/// follows no leaking statement that often.
fn request_head(t: &PathTraces, leaking: &BTreeMap<u64, (Sign, Option<f64>)>, id: u64) -> u64 {
    let mut at = id;
    let mut seen = BTreeSet::new();
    while seen.insert(at) {
        let Some(u) = t.uses.get(&at) else { break };
        let d = u.followed();
        let next = u
            .before
            .iter()
            .filter(|(p, n)| leaking.contains_key(p) && **n as f64 >= FOLLOWER_SHARE * d as f64)
            .map(|(p, _)| *p)
            .next();
        match next {
            Some(p) => at = p,
            None => break,
        }
    }
    at
}

pub(crate) fn evaluate(ctx: &Context<'_>) -> (Vec<Finding>, Vec<String>) {
    let w = ctx.workload;
    let t = w.path_traces();
    if t.sets == 0 {
        return (Vec::new(), Vec::new());
    }
    let Some(schema) = ctx.schema.filter(|s| !s.is_empty()) else {
        return (
            Vec::new(),
            vec![format!(
                "{} search_path SETs on {} connections, but without the schema (--schema or a live database) it cannot tell which unqualified names each tenant's path resolves",
                t.sets, t.sessions_setting
            )],
        );
    };
    let relative: BTreeMap<u64, Vec<String>> = t
        .uses
        .keys()
        .map(|id| (*id, path_relative(ctx, schema, *id)))
        .filter(|(_, tables)| !tables.is_empty())
        .collect();
    let leaking = judge(&t, &relative);
    // One finding per leaking request (a code path that forgot its
    // tenant): its first statement and those that follow it.
    let mut by_request: BTreeMap<(String, u64), Vec<u64>> = BTreeMap::new();
    for id in leaking.keys() {
        let app = w
            .queries
            .get(id)
            .and_then(|q| q.applications.0.iter().max_by_key(|(_, n)| **n))
            .map(|(a, _)| a.clone())
            .unwrap_or_default();
        by_request
            .entry((app, request_head(&t, &leaking, *id)))
            .or_default()
            .push(*id);
    }
    let set_example = w
        .queries
        .iter()
        .filter(|(_, q)| path_kind(q) == PathKind::Set)
        .max_by_key(|(id, q)| (q.calls, std::cmp::Reverse(**id)))
        .map(|(_, q)| q.normalized.clone());
    let mut out = Vec::new();
    for ((app, head), mut ids) in by_request {
        // The statement that opens the request first.
        ids.sort_by_key(|id| {
            (
                *id != head,
                std::cmp::Reverse(w.queries.get(id).map_or(0, |q| q.calls)),
            )
        });
        let executions: u64 = ids.iter().map(|id| t.uses[id].under_path).sum();
        let under_default: u64 = ids.iter().map(|id| t.uses[id].default_path).sum();
        let tables: Vec<String> = ids
            .iter()
            .flat_map(|id| relative[id].iter().cloned())
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect();
        let statements: Vec<Leaking> = ids
            .iter()
            .map(|id| {
                let u = &t.uses[id];
                let (sign, overlap) = leaking[id];
                Leaking {
                    query: format!("{id:016x}"),
                    sign,
                    under_earlier_path: u.under_path,
                    under_default_path: u.default_path,
                    paths_seen: u.paths.len(),
                    more_paths: u.more_paths,
                    after_request_ends: overlap,
                }
            })
            .collect();
        let paths_seen = statements.iter().map(|s| s.paths_seen).max().unwrap_or(0);
        let more_paths = ids.iter().any(|id| t.uses[id].more_paths);
        let who = if app.is_empty() {
            "an application with no application_name".to_owned()
        } else {
            app.clone()
        };
        let mut f = Finding::new(
            RuleId::SearchPathLeak,
            Severity::Critical,
            format!(
                "{} statement{} of {who} ran {executions} times on connections whose search_path an earlier request had set ({}{} tenant path{}): {}",
                ids.len(),
                if ids.len() == 1 { "" } else { "s" },
                if more_paths { "over " } else { "" },
                paths_seen,
                if paths_seen == 1 { "" } else { "s" },
                tables.join(", ")
            ),
            Subject {
                schema: String::new(),
                table: relative[&head].first().cloned().unwrap_or_default(),
                columns: Vec::new(),
            },
            &format!("{app}\u{1f}{head:016x}"),
        );
        f.queries = ids.iter().map(|id| format!("{id:016x}")).collect();
        f.set_evidence(&Evidence {
            application: &app,
            executions,
            under_default_path: under_default,
            statements,
            tables,
            path_sets: t.sets,
            connections_setting: t.sessions_setting,
            local_sets: t.local_sets,
            resets: t.resets,
        });
        if let (Some(set), Some(q)) = (&set_example, w.queries.get(&head)) {
            f.fix.extend(sqlgen::tenant::scoped_to_request(set, &q.normalized));
        }
        f.fix.push(sqlgen::tenant::reset_on_release());
        out.push(f);
    }
    let mut notes = Vec::new();
    if t.dropped > 0 {
        notes.push(format!(
            "search-path-leak: {} statement-to-statement transitions past the first {} were not kept: statements first seen late in the log were judged on fewer executions",
            t.dropped, MAX_TRANSITIONS
        ));
    }
    (out, notes)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn uses(before: &[(u64, u64)], under: u64, default: u64) -> PathUse {
        PathUse {
            under_path: under,
            default_path: default,
            paths: vec![1, 2],
            more_paths: false,
            before: before.iter().copied().collect(),
        }
    }

    /// Requests end with 10, 11 or 12 and the next one sets its path; 20
    /// opens a request of its own after any of them; 21 is inside the
    /// `SET`'s request, after 12, which sometimes ends one.
    #[test]
    fn a_statement_after_request_ends_leaks_one_inside_a_request_does_not() {
        let mut t = PathTraces {
            sets: 100,
            before_set: [(10, 40), (11, 30), (12, 30)].into_iter().collect(),
            ..PathTraces::default()
        };
        t.uses.insert(20, uses(&[(10, 8), (11, 6), (12, 6)], 20, 0));
        t.uses.insert(22, uses(&[(20, 20)], 20, 0));
        t.uses.insert(21, uses(&[(12, 50)], 50, 0));
        t.uses.insert(23, uses(&[(30, 50)], 50, 1));
        let relative = [20, 21, 22, 23].map(|id| (id, vec!["t".to_owned()])).into();
        let found = judge(&t, &relative);
        assert_eq!(found.get(&20).map(|x| x.0), Some(Sign::OpensRequest));
        assert_eq!(found.get(&22).map(|x| x.0), Some(Sign::SameRequest));
        assert_eq!(found.get(&23).map(|x| x.0), Some(Sign::RanUnderDefaultToo));
        assert!(!found.contains_key(&21));
    }
}
