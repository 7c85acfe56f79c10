//! Selection with the planner's own costs: each candidate is created as a
//! hypothetical index (HypoPG) and the statements it may serve are planned
//! with it; the greedy step takes the best net gain per byte of HypoPG's size
//! estimate. Benefits only shrink as the set grows, so a candidate's last
//! evaluation is an upper bound: the next best is re-planned only when its
//! bound is stale (lazy greedy), which keeps the number of plans small.
use super::candidates::{Candidate, TableAccess};
use super::select::{Chosen, Options};
use super::IndexSpec;
use crate::input::live::LiveError;
use crate::rules::Context;
use crate::sqlgen::TableRef;
use std::cell::{Cell, RefCell};
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// Plans statements under hypothetical indexes.
pub trait Oracle {
    /// Adds `spec` as a hypothetical index on each of `tables` (the tables its
    /// label stands for); returns a handle and the size estimate in bytes
    /// (`None`: refused).
    fn add(
        &self,
        spec: &IndexSpec,
        tables: &[TableRef],
    ) -> Result<Option<(Vec<String>, f64)>, LiveError>;
    fn remove(&self, handle: &[String]) -> Result<(), LiveError>;
    /// The planner's plan of a fingerprint now (`None`: not plannable).
    fn plan(&self, query: u64) -> Result<Option<Planned>, LiveError>;
    /// The planner's cost of a fingerprint now (`None`: not plannable).
    fn cost(&self, query: u64) -> Result<Option<f64>, LiveError> {
        Ok(self.plan(query)?.map(|p| p.cost))
    }
}

/// What the planner made of a statement: its cost and the indexes it reads
/// (a hypothetical index is named `<oid>btree_…`).
#[derive(Debug, Clone, PartialEq)]
pub struct Planned {
    pub cost: f64,
    pub indexes: Vec<String>,
}

/// The fingerprints a candidate may change: those it came from, and those
/// reading its table with its leading column in a predicate, join or order.
fn affected(c: &Candidate, accesses: &[TableAccess]) -> BTreeSet<u64> {
    let lead = &c.spec.keys[0].column;
    let mut out = c.queries.clone();
    out.extend(
        accesses
            .iter()
            .filter(|a| a.label == c.spec.table)
            .filter(|a| {
                a.eq.contains_key(lead)
                    || a.range.contains(lead)
                    || a.joins.contains(lead)
                    || a.order_by.iter().any(|k| &k.column == lead)
                    || a.group_by.contains(lead)
            })
            .map(|a| a.query),
    );
    out
}

struct Eval {
    gain: f64,
    size: f64,
    generation: u32,
}

/// Widest index the widening step builds.
const MAX_KEYS: usize = 3;

/// Candidates, and the widened ones the selection adds as it goes.
struct Pool {
    specs: Vec<IndexSpec>,
    affected: Vec<BTreeSet<u64>>,
    writes: Vec<f64>,
    /// A widened candidate replaces the chosen index it extends.
    replaces: Vec<Option<usize>>,
}

/// Extensions of `spec` by one column: a further key (a column the queries
/// it serves compare, join or sort on) or an INCLUDE column they read.
fn widenings(
    spec: &IndexSpec,
    accesses: &[TableAccess],
    queries: &BTreeSet<u64>,
) -> Vec<IndexSpec> {
    let mut keyable: BTreeSet<&String> = BTreeSet::new();
    let mut readable: BTreeSet<&String> = BTreeSet::new();
    // An index-only scan needs every column a statement reads: one more
    // INCLUDE column at a time gains nothing until the last, so the whole
    // set each served statement still needs competes too.
    let mut coverings: BTreeSet<Vec<String>> = BTreeSet::new();
    for a in accesses
        .iter()
        .filter(|a| a.label == spec.table && queries.contains(&a.query))
    {
        if let Some(n) = &a.needed {
            let missing: Vec<String> = n.iter().filter(|c| !spec.holds(c)).cloned().collect();
            if missing.len() > 1 && spec.include.len() + missing.len() <= super::candidates::MAX_INCLUDE {
                coverings.insert(missing);
            }
        }
        keyable.extend(a.eq.keys());
        keyable.extend(a.range.iter());
        keyable.extend(a.joins.iter());
        keyable.extend(a.order_by.iter().map(|k| &k.column));
        keyable.extend(a.group_by.iter());
        if let Some(n) = &a.needed {
            readable.extend(n.iter());
        }
    }
    let mut out = Vec::new();
    if spec.keys.len() < MAX_KEYS && spec.include.is_empty() {
        for c in keyable.iter().filter(|c| !spec.holds(c)) {
            let mut w = spec.clone();
            w.keys.push(super::Key {
                column: (*c).clone(),
                desc: false,
            });
            out.push(w);
        }
    }
    for missing in coverings {
        let mut w = spec.clone();
        w.include.extend(missing);
        w.include.sort();
        out.push(w);
    }
    if spec.include.len() < super::candidates::MAX_INCLUDE {
        for c in readable.iter().filter(|c| !spec.holds(c)) {
            let mut w = spec.clone();
            w.include.push((*c).clone());
            w.include.sort();
            out.push(w);
        }
    }
    out
}

/// What the greedy step maximises.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Score {
    /// Net gain per byte: many small indexes.
    PerByte,
    /// Net gain: the few big ones a per-byte greedy leaves out once small
    /// picks have spent the budget (the classic knapsack fallback).
    Gain,
}

/// What the selection asked the planner: the what-if calls a user waits for.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Calls {
    /// Statements planned (`EXPLAIN` under the hypothetical indexes of the moment).
    pub(crate) plans: u64,
    /// Plans answered from the cache: the same statement under the same
    /// hypothetical indexes on the tables it reads.
    pub(crate) cached: u64,
    /// Hypothetical indexes created.
    pub(crate) indexes: u64,
}

/// A statement and the hypothetical indexes present on the tables it reads.
type Config = (u64, Vec<IndexSpec>);

/// An oracle that counts what is asked of it and answers a plan it has
/// already made: a statement's plan depends only on the indexes of the
/// tables it reads, so re-planning it after an index on another table came
/// or went asks the planner for what it said before (the greedy steps, the
/// two scores and the final check ask for many such plans).
struct Cached<'o> {
    inner: &'o dyn Oracle,
    calls: Cell<Calls>,
    /// The tables each statement reads; a statement not here is never cached.
    reads: BTreeMap<u64, BTreeSet<TableRef>>,
    /// The hypothetical indexes now present, by handle.
    present: RefCell<BTreeMap<Vec<String>, IndexSpec>>,
    plans: RefCell<HashMap<Config, Option<f64>>>,
}

impl<'o> Cached<'o> {
    fn new(inner: &'o dyn Oracle, ctx: &Context<'_>) -> Self {
        // Every table a statement names, written ones too; a statement
        // naming one that does not resolve (a view, a function) is never
        // cached: an index under it could change its plan unseen.
        let r = ctx.resolver();
        let reads: BTreeMap<u64, BTreeSet<TableRef>> = ctx
            .analysis
            .facts
            .iter()
            .filter_map(|(id, f)| {
                let tables: Option<BTreeSet<TableRef>> = f
                    .tables
                    .keys()
                    .map(|t| r.resolve(t).map(|t| ctx.table_label(&t)))
                    .collect();
                Some((*id, tables?))
            })
            .collect();
        Self {
            inner,
            calls: Cell::new(Calls::default()),
            reads,
            present: RefCell::default(),
            plans: RefCell::default(),
        }
    }

    fn count(&self, f: impl FnOnce(&mut Calls)) {
        let mut c = self.calls.get();
        f(&mut c);
        self.calls.set(c);
    }

    /// The statement planned now, never from the cache (the names of the
    /// indexes it reads change with every hypothetical index made).
    fn fresh(&self, query: u64) -> Result<Option<Planned>, LiveError> {
        self.count(|c| c.plans += 1);
        self.inner.plan(query)
    }
}

impl Oracle for Cached<'_> {
    fn add(
        &self,
        spec: &IndexSpec,
        tables: &[TableRef],
    ) -> Result<Option<(Vec<String>, f64)>, LiveError> {
        self.count(|c| c.indexes += tables.len() as u64);
        let added = self.inner.add(spec, tables)?;
        if let Some((h, _)) = &added {
            self.present.borrow_mut().insert(h.clone(), spec.clone());
        }
        Ok(added)
    }
    fn remove(&self, handle: &[String]) -> Result<(), LiveError> {
        self.present.borrow_mut().remove(handle);
        self.inner.remove(handle)
    }
    fn plan(&self, query: u64) -> Result<Option<Planned>, LiveError> {
        self.fresh(query)
    }
    fn cost(&self, query: u64) -> Result<Option<f64>, LiveError> {
        let Some(reads) = self.reads.get(&query) else {
            return Ok(self.fresh(query)?.map(|p| p.cost));
        };
        let mut config: Vec<IndexSpec> = self
            .present
            .borrow()
            .values()
            .filter(|s| reads.contains(&s.table))
            .cloned()
            .collect();
        config.sort();
        let key = (query, config);
        if let Some(c) = self.plans.borrow().get(&key) {
            self.count(|c| c.cached += 1);
            return Ok(*c);
        }
        let c = self.fresh(query)?.map(|p| p.cost);
        self.plans.borrow_mut().insert(key, c);
        Ok(c)
    }
}

/// Rounds of the selection after the first: each drops the indexes no plan
/// used with the whole set in place and spends their space again.
const REFILLS: usize = 2;

/// The greedy selection by gain per byte and by gain, keeping the set that
/// saves more (each run starts from no hypothetical index and leaves none
/// behind), every index of it used by some plan with the whole set in
/// place, with the calls it made.
pub(crate) fn select(
    ctx: &Context<'_>,
    accesses: &[TableAccess],
    candidates: &[Candidate],
    tables: &dyn Fn(&TableRef) -> Vec<TableRef>,
    oracle: &dyn Oracle,
    opts: Options,
) -> Result<(Vec<Chosen>, Calls), LiveError> {
    let cached = Cached::new(oracle, ctx);
    let work = Work {
        ctx,
        accesses,
        candidates,
        tables,
        oracle: &cached,
    };
    let mut excluded: BTreeSet<IndexSpec> = BTreeSet::new();
    let mut chosen = Vec::new();
    for _ in 0..=REFILLS {
        let run = |score| greedy(&work, opts, score, &excluded);
        let (per_byte, a) = run(Score::PerByte)?;
        let (by_gain, b) = run(Score::Gain)?;
        chosen = if b > a { by_gain } else { per_byte };
        let unused = unused(&cached, &chosen, tables)?;
        if unused.is_empty() {
            break;
        }
        chosen.retain(|c| !unused.contains(&c.spec));
        excluded.extend(unused);
    }
    Ok((chosen, cached.calls.get()))
}

/// The chosen indexes no plan reads with all of them in place: the planner
/// may cost a statement lower with an index it then does not use for the
/// part that mattered, or another chosen index serves it better.
fn unused(
    oracle: &Cached<'_>,
    chosen: &[Chosen],
    tables: &dyn Fn(&TableRef) -> Vec<TableRef>,
) -> Result<BTreeSet<IndexSpec>, LiveError> {
    let mut handles = Vec::new();
    for c in chosen {
        if let Some((h, _)) = oracle.add(&c.spec, &tables(&c.spec.table))? {
            handles.push((c.spec.clone(), h));
        }
    }
    let mut read: BTreeSet<String> = BTreeSet::new();
    let queries: BTreeSet<u64> = chosen.iter().flat_map(|c| c.queries.iter().copied()).collect();
    for q in queries {
        if let Some(p) = oracle.fresh(q)? {
            read.extend(p.indexes);
        }
    }
    let mut out = BTreeSet::new();
    for (spec, h) in &handles {
        let used = h
            .iter()
            .any(|oid| read.iter().any(|n| n.starts_with(&format!("<{oid}>"))));
        if !used {
            out.insert(spec.clone());
        }
        oracle.remove(h)?;
    }
    Ok(out)
}

/// What every greedy run works on.
struct Work<'a> {
    ctx: &'a Context<'a>,
    accesses: &'a [TableAccess],
    candidates: &'a [Candidate],
    tables: &'a dyn Fn(&TableRef) -> Vec<TableRef>,
    oracle: &'a dyn Oracle,
}

/// One greedy run, without the `excluded` indexes: the chosen indexes and
/// their net gain together.
fn greedy(
    w: &Work<'_>,
    opts: Options,
    score: Score,
    excluded: &BTreeSet<IndexSpec>,
) -> Result<(Vec<Chosen>, f64), LiveError> {
    let (ctx, accesses, candidates, tables, oracle) =
        (w.ctx, w.accesses, w.candidates, w.tables, w.oracle);
    let timed = ctx.workload.total_ms() > 0.0;
    let load = super::select::Writes::new(ctx);
    let mut pool = Pool {
        specs: candidates.iter().map(|c| c.spec.clone()).collect(),
        affected: candidates.iter().map(|c| affected(c, accesses)).collect(),
        writes: candidates
            .iter()
            .map(|c| super::select::write_cost(ctx, &load, accesses, &c.spec, timed))
            .collect(),
        replaces: vec![None; candidates.len()],
    };
    let mut now: BTreeMap<u64, f64> = BTreeMap::new();
    for q in pool.affected.iter().flatten() {
        if !now.contains_key(q) {
            if let Some(c) = oracle.cost(*q)? {
                now.insert(*q, c);
            }
        }
    }
    let base = now.clone();
    let stats = |q: u64| ctx.workload.queries.get(&q);
    // What one unit of planner cost of this fingerprint is worth (ms, or executions).
    let weight = |q: u64| match stats(q) {
        Some(s) if timed => s.total_ms() / base.get(&q).copied().unwrap_or(1.0).max(1e-9),
        Some(s) => s.calls as f64,
        None => 0.0,
    };
    let total: f64 = base.iter().map(|(q, c)| weight(*q) * c).sum();
    // The floor an index's net gain must pass, from the workload as the
    // chosen indexes leave it: once a dominating statement is served, the
    // rest of the budget goes to the rest of the workload, judged against
    // what is left of it rather than against the time the first pick took away.
    let min_gain = |now: &BTreeMap<u64, f64>| {
        let saved: f64 = base
            .iter()
            .map(|(q, b)| weight(*q) * (b - now.get(q).copied().unwrap_or(*b)).max(0.0))
            .sum();
        opts.min_gain(
            timed.then(|| (ctx.workload.total_ms() - saved).max(0.0)),
            (total - saved).max(0.0),
        )
    };
    // The lowest the floor can fall: with every statement served, only
    // `min_gain_ms` is left (with timings) or nothing.
    let lowest_floor = if timed { opts.min_gain_ms } else { 0.0 };
    // Chosen: (pool index, hypothetical handle, size).
    let mut chosen: Vec<(usize, Vec<String>, f64)> = Vec::new();
    // The gain (signed) and size change of adding `j`, or of it replacing what it widens.
    let evaluate = |j: usize,
                    pool: &Pool,
                    now: &BTreeMap<u64, f64>,
                    chosen: &mut Vec<(usize, Vec<String>, f64)>|
     -> Result<Option<(f64, f64)>, LiveError> {
        let spec = &pool.specs[j];
        let old = match pool.replaces[j] {
            Some(i) => match chosen.iter().position(|c| c.0 == i) {
                Some(p) => Some(p),
                None => return Ok(None),
            },
            None => None,
        };
        if let Some(p) = old {
            oracle.remove(&chosen[p].1)?;
        }
        let added = oracle.add(spec, &tables(&spec.table))?;
        let mut gain = 0.0;
        if added.is_some() {
            let mut qs = pool.affected[j].clone();
            if let Some(p) = old {
                qs.extend(pool.affected[chosen[p].0].iter().copied());
            }
            for q in &qs {
                let Some(before) = now.get(q) else { continue };
                if let Some(after) = oracle.cost(*q)? {
                    gain += weight(*q) * (before - after);
                }
            }
        }
        if let Some((h, _)) = &added {
            oracle.remove(h)?;
        }
        if let Some(p) = old {
            let i = chosen[p].0;
            let (h, _) = oracle
                .add(&pool.specs[i], &tables(&pool.specs[i].table))?
                .unwrap_or_default();
            chosen[p].1 = h;
        }
        Ok(added.map(|(_, size)| {
            let delta = size - old.map_or(0.0, |p| chosen[p].2);
            (gain, delta)
        }))
    };
    let mut evals: BTreeMap<usize, Eval> = BTreeMap::new();
    for j in 0..pool.specs.len() {
        // Even taking all its statements' cost away would not pay: not worth a plan.
        let bound: f64 = pool.affected[j]
            .iter()
            .filter_map(|q| now.get(q).map(|c| weight(*q) * c))
            .sum();
        if excluded.contains(&pool.specs[j]) || bound - pool.writes[j] <= lowest_floor {
            continue;
        }
        if let Some((gain, size)) = evaluate(j, &pool, &now, &mut chosen)? {
            evals.insert(
                j,
                Eval {
                    gain,
                    size,
                    generation: 0,
                },
            );
        }
    }
    let mut generation = 0u32;
    let mut budget = opts.budget_bytes;
    loop {
        let floor = min_gain(&now);
        let net = |j: usize, e: &Eval| {
            let old_writes = pool.replaces[j].map_or(0.0, |i| pool.writes[i]);
            e.gain - (pool.writes[j] - old_writes)
        };
        let ratio = |j: usize, e: &Eval| match score {
            Score::PerByte => net(j, e) / e.size.max(1.0),
            Score::Gain => net(j, e),
        };
        let Some((&j, _)) = evals
            .iter()
            .filter(|(j, e)| e.size <= budget && net(**j, e) >= floor)
            .max_by(|a, b| {
                ratio(*a.0, a.1)
                    .total_cmp(&ratio(*b.0, b.1))
                    .then(b.0.cmp(a.0))
            })
        else {
            break;
        };
        if evals[&j].generation != generation {
            match evaluate(j, &pool, &now, &mut chosen)? {
                Some((gain, size)) => {
                    evals.insert(
                        j,
                        Eval {
                            gain,
                            size,
                            generation,
                        },
                    );
                }
                None => {
                    evals.remove(&j);
                }
            }
            continue;
        }
        let Some(e) = evals.remove(&j) else { break };
        let spec = pool.specs[j].clone();
        if let Some(i) = pool.replaces[j] {
            let Some(p) = chosen.iter().position(|c| c.0 == i) else {
                continue;
            };
            oracle.remove(&chosen[p].1)?;
            chosen.remove(p);
        }
        let Some((h, size)) = oracle.add(&spec, &tables(&spec.table))? else {
            continue;
        };
        let mut qs = pool.affected[j].clone();
        if let Some(i) = pool.replaces[j] {
            qs.extend(pool.affected[i].iter().copied());
        }
        for q in &qs {
            if let Some(c) = oracle.cost(*q)? {
                now.insert(*q, c);
            }
        }
        budget -= e.size;
        generation += 1;
        chosen.push((j, h, size));
        // Extend-style: the chosen index, one column wider, competes next.
        for w in widenings(&spec, accesses, &qs) {
            if pool.specs.contains(&w) || excluded.contains(&w) {
                continue;
            }
            let k = pool.specs.len();
            pool.writes
                .push(super::select::write_cost(ctx, &load, accesses, &w, timed));
            pool.specs.push(w);
            pool.affected.push(qs.clone());
            pool.replaces.push(Some(j));
            if let Some((gain, size)) = evaluate(k, &pool, &now, &mut chosen)? {
                evals.insert(
                    k,
                    Eval {
                        gain,
                        size,
                        generation,
                    },
                );
            }
        }
    }
    // A later, wider choice can make an earlier one useless: drop it.
    let mut k = 0;
    while k < chosen.len() {
        let (i, h, _) = chosen[k].clone();
        oracle.remove(&h)?;
        let mut loss = 0.0;
        let mut without = Vec::new();
        for q in &pool.affected[i] {
            if let (Some(c), Some(cur)) = (oracle.cost(*q)?, now.get(q)) {
                loss += weight(*q) * (c - cur).max(0.0);
                without.push((*q, c));
            }
        }
        if loss - pool.writes[i] < min_gain(&now) {
            for (q, c) in without {
                now.insert(q, c);
            }
            chosen.remove(k);
        } else {
            let (h2, _) = oracle
                .add(&pool.specs[i], &tables(&pool.specs[i].table))?
                .unwrap_or_default();
            chosen[k].1 = h2;
            k += 1;
        }
    }
    let mut out = Vec::new();
    let mut total_net = 0.0;
    for (i, h, size) in &chosen {
        oracle.remove(h)?;
        total_net -= pool.writes[*i];
        let queries: BTreeSet<u64> = pool.affected[*i]
            .iter()
            .filter(|q| now.get(q).zip(base.get(q)).is_some_and(|(n, b)| n < b))
            .copied()
            .collect();
        let gain: f64 = queries
            .iter()
            .map(|q| weight(*q) * (base[q] - now[q]))
            .sum();
        out.push(Chosen {
            spec: pool.specs[*i].clone(),
            costs: queries.iter().map(|q| (*q, base[q], now[q])).collect(),
            queries,
            size_bytes: *size,
            gain_ms: gain,
            write_ms: pool.writes[*i],
            timed,
        });
    }
    total_net += base
        .iter()
        .map(|(q, b)| weight(*q) * (b - now.get(q).copied().unwrap_or(*b)))
        .sum::<f64>();
    Ok((out, total_net))
}
