//! Greedy selection across the whole workload within a storage budget: at
//! each step the candidate with the best net gain (time saved on the queries
//! it serves, less the time its maintenance adds to the table's writes) per
//! byte joins the set, until the budget is spent or nothing gains enough.
//! Indexes a later, wider choice makes useless are dropped at the end.
use super::candidates::{predicate_share, Candidate, TableAccess};
use super::cost::{Model, INDEX_WRITE_MS, RANDOM_PAGE};
use crate::rules::payoff::LOOKUP_MS;
use super::IndexSpec;
use crate::model::facts::Access;
use crate::rules::Context;
use crate::sqlgen::TableRef;
use std::collections::{BTreeMap, BTreeSet};

/// Selection thresholds.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    /// Bytes all recommended indexes may take together.
    pub budget_bytes: f64,
    /// Net gain (ms over the workload) an index must bring.
    pub min_gain_ms: f64,
    /// Share of its queries' cost an index must save.
    pub min_improvement: f64,
    /// Share of the whole workload's time an index must save.
    pub min_gain_share: f64,
}

impl Options {
    /// The net gain an index must bring: ms of the workload's time when it has
    /// timings (`workload_ms`), else a share of its total planner cost.
    pub fn min_gain(&self, workload_ms: Option<f64>, total_cost: f64) -> f64 {
        match workload_ms {
            Some(ms) => self.min_gain_ms.max(ms * self.min_gain_share),
            None => total_cost * self.min_gain_share,
        }
    }
}

impl Default for Options {
    fn default() -> Self {
        Self {
            budget_bytes: 1024.0 * 1024.0 * 1024.0,
            min_gain_ms: 10.0,
            min_improvement: 0.2,
            min_gain_share: 0.005,
        }
    }
}

/// The share of its own queries' time an index saves that makes it worth
/// proposing whatever share of the workload those queries are.
const HALVES: f64 = 0.5;

/// Rounds of the selection after the first: each spends again the space of
/// the indexes the model expects no plan to use with the whole set in place.
const REFILLS: usize = 2;

/// Time one heap page fetch takes from a cached table, in ms: what an
/// index-only scan spares per page the plain index scan would read.
const HEAP_FETCH_MS: f64 = 0.005;

/// What sparing `fetches` heap pages per execution saves over `calls`
/// executions, in ms: nothing when it is less per execution than one indexed
/// lookup takes, since the execution's own round trip hides it (an index
/// returning a handful of rows gains nothing measurable from INCLUDE).
fn heap_fetch_gain(calls: f64, fetches: f64) -> f64 {
    let per_call = fetches * HEAP_FETCH_MS;
    if per_call < LOOKUP_MS {
        0.0
    } else {
        calls * per_call
    }
}

/// One index chosen, with what the model expects of it.
#[derive(Debug, Clone)]
pub(crate) struct Chosen {
    pub spec: IndexSpec,
    pub queries: BTreeSet<u64>,
    /// Of every copy (one per tenant schema holding the table).
    pub size_bytes: f64,
    pub gain_ms: f64,
    pub write_ms: f64,
    /// `gain_ms` and `write_ms` are ms of the workload's time; else (a workload
    /// without timings) they are planner cost units times executions.
    pub timed: bool,
    /// Per query: modelled cost before and after the whole selection.
    pub costs: Vec<(u64, f64, f64)>,
}

/// The workload's writes per table: (always maintains every index: an
/// INSERT or DELETE; else the columns an UPDATE sets), and the executions.
pub(crate) struct Writes(BTreeMap<TableRef, Vec<(bool, BTreeSet<String>, f64)>>);

impl Writes {
    pub(crate) fn new(ctx: &Context<'_>) -> Self {
        let r = ctx.resolver();
        let mut by: BTreeMap<TableRef, Vec<(bool, BTreeSet<String>, f64)>> = BTreeMap::new();
        for (id, f) in &ctx.analysis.facts {
            let Some(q) = ctx.workload.queries.get(id) else {
                continue;
            };
            for (t, tf) in &f.tables {
                let Some(t) = r.resolve(t) else { continue };
                let all =
                    tf.access.contains(&Access::Insert) || tf.access.contains(&Access::Delete);
                if all || tf.access.contains(&Access::Update) {
                    by.entry(ctx.table_label(&t)).or_default().push((
                        all,
                        tf.written.clone(),
                        q.calls as f64,
                    ));
                }
            }
        }
        Self(by)
    }

    /// Row writes that maintain an index like `spec` (inserts and deletes
    /// always; updates when they set a column it holds or filters on).
    fn rows(&self, spec: &IndexSpec) -> f64 {
        self.0
            .get(&spec.table)
            .into_iter()
            .flatten()
            .filter(|(all, written, _)| {
                *all || written.iter().any(|c| {
                    spec.holds(c) || spec.predicate.as_ref().is_some_and(|p| &p.column == c)
                })
            })
            .map(|w| w.2)
            .sum()
    }
}

/// What maintaining `spec` adds to the workload's writes: ms with timings,
/// else one unit of planner cost per row write.
pub(crate) fn write_cost(
    ctx: &Context<'_>,
    writes: &Writes,
    accesses: &[TableAccess],
    spec: &IndexSpec,
    timed: bool,
) -> f64 {
    let share = spec
        .predicate
        .as_ref()
        .and_then(|p| {
            accesses
                .iter()
                .find(|a| a.label == spec.table)
                .and_then(|a| predicate_share(ctx.schema, &a.table, p))
        })
        .unwrap_or(1.0);
    writes.rows(spec) * share * if timed { INDEX_WRITE_MS } else { 1.0 }
}

pub(crate) fn select(
    ctx: &Context<'_>,
    accesses: &[TableAccess],
    candidates: &[Candidate],
    model: &Model<'_>,
    opts: Options,
) -> (Vec<Chosen>, Vec<String>) {
    let existing: Vec<Vec<IndexSpec>> = accesses
        .iter()
        .map(|a| super::cost::existing(ctx.schema, &a.label, &a.table))
        .collect();
    let base: Vec<f64> = accesses
        .iter()
        .zip(&existing)
        .map(|(a, e)| model.best(a, &e.iter().collect::<Vec<_>>()))
        .collect();
    // A query's modelled cost, to turn a cost change into a share of its time.
    let mut before: BTreeMap<u64, f64> = BTreeMap::new();
    for (a, c) in accesses.iter().zip(&base) {
        *before.entry(a.query).or_default() += c;
    }
    let mut current = base.clone();
    let mut chosen: Vec<Chosen> = Vec::new();
    let mut budget = opts.budget_bytes;
    // The concrete table behind each label (its statistics size the index).
    let mut concrete: BTreeMap<&TableRef, &TableRef> = BTreeMap::new();
    for a in accesses {
        concrete.entry(&a.label).or_insert(&a.table);
    }
    // An index on a table that lives in many tenant schemas is built once
    // per schema: the budget pays for every copy.
    let sizes: Vec<f64> = candidates
        .iter()
        .map(|c| {
            let first = concrete
                .get(&c.spec.table)
                .copied()
                .unwrap_or(&c.spec.table);
            let copies: Vec<TableRef> = super::concrete(ctx, &c.spec.table)
                .into_iter()
                .filter(|t| !super::served_by_existing(ctx.schema, t, &c.spec))
                .collect();
            if copies.is_empty() {
                model.size_bytes(first, &c.spec)
            } else {
                copies.iter().map(|t| model.size_bytes(t, &c.spec)).sum()
            }
        })
        .collect();
    // With timings, a saving is a share of the query's time (ms); without (a
    // `.sql` workload), it is modelled cost times executions.
    let timed = ctx.workload.total_ms() > 0.0;
    let calls = |q: u64| ctx.workload.queries.get(&q).map_or(0, |s| s.calls) as f64;
    // An execution through the best index still costs about a lookup: only
    // the time above that can be saved, shared among its accesses.
    let saving = |q: u64, delta: f64, total: f64| {
        if timed {
            let saveable = ctx
                .workload
                .queries
                .get(&q)
                .map_or(0.0, |s| (s.total_ms() - s.calls as f64 * LOOKUP_MS).max(0.0));
            saveable * delta / total
        } else {
            calls(q) * delta
        }
    };
    let time_of = |q: u64, cost: f64, total: f64| {
        ctx.workload.queries.get(&q).map_or(0.0, |s| s.total_ms()) * cost / total
    };
    // What `spec` saves on the accesses `ks` whose costs are now `costs`:
    // (its gain in the workload's unit, the cost of the accesses it serves,
    // the cost it takes off them). With timings the last two are ms too, so
    // an index is judged by the time it saves its own queries.
    let savings = |ks: &[usize], costs: &[f64], spec: &IndexSpec| {
        let (mut gain, mut served_cost, mut saved_cost) = (0.0, 0.0, 0.0);
        let mut helped: BTreeSet<u64> = BTreeSet::new();
        let mut counted: BTreeSet<u64> = BTreeSet::new();
        for &k in ks {
            let a = &accesses[k];
            let Some(new) = model.index_cost(a, spec) else {
                continue;
            };
            let total = before.get(&a.query).copied().unwrap_or(0.0);
            let gain_before = gain;
            if timed {
                // Judged against the whole statement's time: saving most of
                // a small part of a join is saving little of what it takes.
                if total > 0.0 && counted.insert(a.query) {
                    served_cost += time_of(a.query, total, total);
                }
            } else {
                served_cost += costs[k];
            }
            if new < costs[k] {
                let delta = costs[k] - new;
                if !timed {
                    saved_cost += delta;
                }
                if total > 0.0 {
                    // The part of the saving an index-only scan makes (heap
                    // pages not fetched) is worth what fetching those pages
                    // takes from a cached table, not the planner's random
                    // page charge — when an index path fetching them is
                    // what it replaces. Replacing a sequential scan the
                    // plain index would not beat, it is the scan's time.
                    let fetches = model.heap_fetches_spared(a, spec);
                    let replaces_scan = costs[k] >= model.seq_cost(a) * 0.999
                        && new + fetches * RANDOM_PAGE >= costs[k];
                    let heap = if replaces_scan {
                        0.0
                    } else {
                        delta.min(fetches * RANDOM_PAGE)
                    };
                    gain += saving(a.query, delta - heap, total);
                    if heap > 0.0 {
                        let proportional = saving(a.query, heap, total);
                        gain += if timed {
                            proportional.min(heap_fetch_gain(calls(a.query), heap / RANDOM_PAGE))
                        } else {
                            proportional
                        };
                    }
                }
            }
            if timed {
                saved_cost += gain - gain_before;
            }
            if gain > gain_before {
                helped.insert(a.query);
            }
        }
        let executions: f64 = helped.iter().map(|q| calls(*q)).sum();
        (gain, served_cost, saved_cost, executions)
    };
    let load = Writes::new(ctx);
    let writes: Vec<f64> = candidates
        .iter()
        .map(|c| write_cost(ctx, &load, accesses, &c.spec, timed))
        .collect();
    let total_cost: f64 = before.iter().map(|(q, c)| calls(*q) * c).sum();
    // The floor an index's net gain must pass, from the workload as the
    // chosen indexes leave it (`saved`, in the workload's unit): once a
    // dominating statement is served, the rest is judged against the rest.
    let floor = |saved: f64| {
        opts.min_gain(
            timed.then(|| (ctx.workload.total_ms() - saved).max(0.0)),
            (total_cost - saved).max(0.0),
        )
    };
    // The accesses of each table, and those each candidate came from: each
    // evaluation touches only these (workloads have thousands of fingerprints).
    let mut by_table: BTreeMap<&crate::sqlgen::TableRef, Vec<usize>> = BTreeMap::new();
    for (k, a) in accesses.iter().enumerate() {
        by_table.entry(&a.label).or_default().push(k);
    }
    let served: Vec<Vec<usize>> = candidates
        .iter()
        .map(|c| {
            by_table
                .get(&c.spec.table)
                .into_iter()
                .flatten()
                .copied()
                .filter(|k| c.queries.contains(&accesses[*k].query))
                .collect()
        })
        .collect();
    // Each access's cost once `spec` exists: the cheaper of what it had and the index.
    let serve = |current: &mut Vec<f64>, spec: &IndexSpec| {
        for &k in by_table.get(&spec.table).into_iter().flatten() {
            if let Some(new) = model.index_cost(&accesses[k], spec) {
                current[k] = current[k].min(new);
            }
        }
    };
    let mut taken = vec![false; candidates.len()];
    let mut saved = 0.0;
    for round in 0..=REFILLS {
        loop {
            let min_gain = floor(saved);
            let mut best: Option<(usize, f64, f64)> = None;
            for (i, c) in candidates.iter().enumerate() {
                if taken[i] || sizes[i] > budget {
                    continue;
                }
                let (gain, served_cost, saved_cost, executions) =
                    savings(&served[i], &current, &c.spec);
                let net = gain - writes[i];
                let improvement = if served_cost > 0.0 {
                    saved_cost / served_cost
                } else {
                    0.0
                };
                // Under the workload-share floor, an index still pays when it
                // halves the time of the queries it serves (a covering index for
                // one report): judged by its own queries, above `min_gain_ms`,
                // and by more per execution than a lookup takes (less is lost in
                // the execution's round trip).
                let own_pays = timed
                    && improvement >= HALVES
                    && net >= opts.min_gain_ms
                    && net >= executions * LOOKUP_MS;
                if (net < min_gain && !own_pays) || improvement < opts.min_improvement {
                    continue;
                }
                let ratio = net / sizes[i];
                if best.is_none_or(|(_, r, _)| ratio > r) {
                    best = Some((i, ratio, net));
                }
            }
            let Some((i, _, net)) = best else { break };
            taken[i] = true;
            budget -= sizes[i];
            saved += net + writes[i];
            let c = &candidates[i];
            serve(&mut current, &c.spec);
            chosen.push(Chosen {
                spec: c.spec.clone(),
                queries: BTreeSet::new(),
                size_bytes: sizes[i],
                gain_ms: net + writes[i],
                write_ms: writes[i],
                timed,
                costs: Vec::new(),
            });
        }
        // The indexes the model expects no plan to use with the whole set in
        // place are dropped, and their space spent again on the rest.
        let kept = chosen.len();
        prune(accesses, &existing, &base, model, &mut chosen);
        if chosen.len() == kept || round == REFILLS {
            break;
        }
        current = base.clone();
        for c in &chosen {
            serve(&mut current, &c.spec);
        }
        budget = opts.budget_bytes - chosen.iter().map(|c| c.size_bytes).sum::<f64>();
        saved = chosen.iter().map(|c| c.gain_ms).sum();
    }
    // An index's gain was its marginal one when chosen; once the indexes it
    // was chosen after are pruned, that understates it (a covering index
    // chosen after, and replacing, a plain one on the same key kept only
    // what the INCLUDE added). Its gain is what it saves on its own.
    for c in &mut chosen {
        let on_table = by_table.get(&c.spec.table).map_or(&[][..], Vec::as_slice);
        c.gain_ms = c.gain_ms.max(savings(on_table, &base, &c.spec).0);
    }
    // What each index serves in the final set, and the per-query costs.
    let all: Vec<&IndexSpec> = chosen.iter().map(|c| &c.spec).collect();
    let mut after: BTreeMap<u64, f64> = BTreeMap::new();
    for (k, a) in accesses.iter().enumerate() {
        let mut specs: Vec<&IndexSpec> = existing[k].iter().collect();
        specs.extend(all.iter().copied());
        *after.entry(a.query).or_default() += model.best(a, &specs);
    }
    for c in &mut chosen {
        for a in accesses.iter().filter(|a| a.label == c.spec.table) {
            if model.index_cost(a, &c.spec).is_some() {
                c.queries.insert(a.query);
            }
        }
        c.costs = c
            .queries
            .iter()
            .map(|q| (*q, before[q], after.get(q).copied().unwrap_or(before[q])))
            .collect();
        c.queries
            .retain(|q| after.get(q).is_some_and(|x| *x < before[q]));
        c.costs.retain(|(q, _, _)| c.queries.contains(q));
    }
    chosen.retain(|c| !c.queries.is_empty());
    // The statements heavy enough to matter that get no index, with why:
    // silence must mean the advisor looked and found nothing to gain.
    let mut refused = Vec::new();
    // The floor the last pick faced: what a refused candidate failed to pass.
    let min_gain = floor(saved);
    if timed {
        let workload_ms = ctx.workload.total_ms();
        let covered: BTreeSet<u64> = chosen.iter().flat_map(|c| c.queries.iter().copied()).collect();
        // Costliest first, in a stable order (the workload's map has none).
        let mut heavy: Vec<(&u64, &crate::model::stats::QueryStats)> =
            ctx.workload.queries.iter().collect();
        heavy.sort_by(|a, b| b.1.total_ms().total_cmp(&a.1.total_ms()).then(a.0.cmp(b.0)));
        for (q, stat) in heavy {
            if covered.contains(q)
                || stat.calls == 0
                || stat.total_ms() < workload_ms * opts.min_gain_share
            {
                continue;
            }
            // Its best candidate on its own, from the indexes there today.
            let best = candidates
                .iter()
                .enumerate()
                .filter_map(|(i, c)| {
                    let ks: Vec<usize> =
                        served[i].iter().copied().filter(|k| accesses[*k].query == *q).collect();
                    if ks.is_empty() {
                        return None;
                    }
                    let (gain, served_ms, saved_ms, _) = savings(&ks, &base, &c.spec);
                    Some((i, gain, served_ms, saved_ms))
                })
                .max_by(|a, b| a.1.total_cmp(&b.1));
            let Some((i, gain, served_ms, saved_ms)) = best else {
                continue;
            };
            let spec = &candidates[i].spec;
            let mean = stat.total_ms() / stat.calls as f64;
            let why = if crate::rules::payoff::nearly_a_lookup(mean) {
                format!(
                    "its executions take {mean:.3} ms, about one indexed lookup: no index makes them measurably faster"
                )
            } else if served_ms <= 0.0 || saved_ms / served_ms < opts.min_improvement {
                format!(
                    "the best candidate, {}, would save {:.0} % of its time (an index must save {:.0} %)",
                    spec.describe(),
                    if served_ms > 0.0 { saved_ms / served_ms * 100.0 } else { 0.0 },
                    opts.min_improvement * 100.0
                )
            } else if gain - writes[i] < min_gain
                && gain - writes[i] >= opts.min_gain_ms
                && (saved_ms / served_ms < HALVES || gain - writes[i] < calls(*q) * LOOKUP_MS)
            {
                format!(
                    "the best candidate, {}, would save {:.1} ms, under {:.1} % of the workload's time, \
                     and not half of its time by more than a lookup per execution",
                    spec.describe(),
                    gain - writes[i],
                    opts.min_gain_share * 100.0
                )
            } else if gain - writes[i] < opts.min_gain_ms {
                format!(
                    "the best candidate, {}, would save {gain:.1} ms against {:.1} ms of index maintenance on the window's writes",
                    spec.describe(),
                    writes[i]
                )
            } else if sizes[i] > budget {
                format!(
                    "the best candidate, {}, does not fit in what is left of the index budget",
                    spec.describe()
                )
            } else {
                "the indexes there and those chosen for other statements serve it as well as any candidate".to_string()
            };
            refused.push(format!(
                "missing-index: query {} ({:.1} % of the workload's time) gets no new index: {why}",
                crate::vocab::fingerprint_hex(*q),
                stat.total_ms() / workload_ms * 100.0
            ));
        }
    }
    (chosen, refused)
}

/// Drops chosen indexes whose every access is served as cheaply by the others.
fn prune(
    accesses: &[TableAccess],
    existing: &[Vec<IndexSpec>],
    base: &[f64],
    model: &Model<'_>,
    chosen: &mut Vec<Chosen>,
) {
    let mut i = 0;
    while i < chosen.len() {
        let others: Vec<&IndexSpec> = chosen
            .iter()
            .enumerate()
            .filter(|(j, _)| *j != i)
            .map(|(_, c)| &c.spec)
            .collect();
        let needed = accesses.iter().enumerate().any(|(k, a)| {
            if a.label != chosen[i].spec.table {
                return false;
            }
            let Some(mine) = model.index_cost(a, &chosen[i].spec) else {
                return false;
            };
            let mut specs: Vec<&IndexSpec> = existing[k].iter().collect();
            specs.extend(others.iter().copied());
            let without = model.best(a, &specs);
            mine < without * 0.95 && mine < base[k]
        });
        if needed {
            i += 1;
        } else {
            chosen.remove(i);
        }
    }
}
