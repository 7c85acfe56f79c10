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
use std::collections::{BTreeMap, BTreeSet};

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
    /// The planner's cost of a fingerprint now (`None`: not plannable).
    fn cost(&self, query: u64) -> Result<Option<f64>, LiveError>;
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
    for a in accesses
        .iter()
        .filter(|a| a.label == spec.table && queries.contains(&a.query))
    {
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
    /// Hypothetical indexes created.
    pub(crate) indexes: u64,
}

/// An oracle that counts what is asked of it.
struct Counting<'o> {
    inner: &'o dyn Oracle,
    calls: std::cell::Cell<Calls>,
}

impl Oracle for Counting<'_> {
    fn add(
        &self,
        spec: &IndexSpec,
        tables: &[TableRef],
    ) -> Result<Option<(Vec<String>, f64)>, LiveError> {
        let mut c = self.calls.get();
        c.indexes += tables.len() as u64;
        self.calls.set(c);
        self.inner.add(spec, tables)
    }
    fn remove(&self, handle: &[String]) -> Result<(), LiveError> {
        self.inner.remove(handle)
    }
    fn cost(&self, query: u64) -> Result<Option<f64>, LiveError> {
        let mut c = self.calls.get();
        c.plans += 1;
        self.calls.set(c);
        self.inner.cost(query)
    }
}

/// The greedy selection by gain per byte and by gain, keeping the set that
/// saves more (at worst twice the planner work; each run starts from no
/// hypothetical index and leaves none behind), with the calls it made.
pub(crate) fn select(
    ctx: &Context<'_>,
    accesses: &[TableAccess],
    candidates: &[Candidate],
    tables: &dyn Fn(&TableRef) -> Vec<TableRef>,
    oracle: &dyn Oracle,
    opts: Options,
) -> Result<(Vec<Chosen>, Calls), LiveError> {
    let counting = Counting {
        inner: oracle,
        calls: std::cell::Cell::new(Calls::default()),
    };
    let oracle: &dyn Oracle = &counting;
    let (per_byte, a) = greedy(
        ctx,
        accesses,
        candidates,
        tables,
        oracle,
        opts,
        Score::PerByte,
    )?;
    let (by_gain, b) = greedy(ctx, accesses, candidates, tables, oracle, opts, Score::Gain)?;
    let chosen = if b > a { by_gain } else { per_byte };
    Ok((chosen, counting.calls.get()))
}

/// One greedy run: the chosen indexes and their net gain together.
fn greedy(
    ctx: &Context<'_>,
    accesses: &[TableAccess],
    candidates: &[Candidate],
    tables: &dyn Fn(&TableRef) -> Vec<TableRef>,
    oracle: &dyn Oracle,
    opts: Options,
    score: Score,
) -> Result<(Vec<Chosen>, f64), LiveError> {
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
    let min_gain = opts.min_gain(timed.then(|| ctx.workload.total_ms()), total);
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
            .filter(|(j, e)| e.size <= budget && net(**j, e) >= min_gain)
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
            if pool.specs.contains(&w) {
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
        if loss - pool.writes[i] < min_gain {
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
