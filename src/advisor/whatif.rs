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

pub fn select(
    ctx: &Context<'_>,
    accesses: &[TableAccess],
    candidates: &[Candidate],
    tables: &dyn Fn(&TableRef) -> Vec<TableRef>,
    oracle: &dyn Oracle,
    opts: Options,
) -> Result<Vec<Chosen>, LiveError> {
    let affected: Vec<BTreeSet<u64>> = candidates.iter().map(|c| affected(c, accesses)).collect();
    let mut now: BTreeMap<u64, f64> = BTreeMap::new();
    for q in affected.iter().flatten() {
        if !now.contains_key(q) {
            if let Some(c) = oracle.cost(*q)? {
                now.insert(*q, c);
            }
        }
    }
    let base = now.clone();
    let timed = ctx.workload.total_ms() > 0.0;
    let stats = |q: u64| ctx.workload.queries.get(&q);
    // What one unit of planner cost of this fingerprint is worth (ms, or executions).
    let weight = |q: u64| match stats(q) {
        Some(s) if timed => s.total_ms() / base.get(&q).copied().unwrap_or(1.0).max(1e-9),
        Some(s) => s.calls as f64,
        None => 0.0,
    };
    let total: f64 = base.iter().map(|(q, c)| weight(*q) * c).sum();
    let min_gain = if timed {
        opts.min_gain_ms
            .max(ctx.workload.total_ms() * opts.min_gain_share)
    } else {
        total * opts.min_gain_share
    };
    let writes: Vec<f64> = candidates
        .iter()
        .map(|c| super::select::write_cost(ctx, accesses, &c.spec, timed))
        .collect();
    let evaluate = |i: usize, now: &BTreeMap<u64, f64>| -> Result<Option<(f64, f64)>, LiveError> {
        let Some((h, size)) =
            oracle.add(&candidates[i].spec, &tables(&candidates[i].spec.table))?
        else {
            return Ok(None);
        };
        let mut gain = 0.0;
        for q in &affected[i] {
            let Some(before) = now.get(q) else { continue };
            if let Some(after) = oracle.cost(*q)? {
                gain += weight(*q) * (before - after).max(0.0);
            }
        }
        oracle.remove(&h)?;
        Ok(Some((gain, size)))
    };
    let mut evals: BTreeMap<usize, Eval> = BTreeMap::new();
    for i in 0..candidates.len() {
        if let Some((gain, size)) = evaluate(i, &now)? {
            evals.insert(
                i,
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
    let mut chosen: Vec<(usize, Vec<String>, f64)> = Vec::new();
    loop {
        let ratio = |i: &usize, e: &Eval| (e.gain - writes[*i]) / e.size.max(1.0);
        let Some((&i, _)) = evals
            .iter()
            .filter(|(i, e)| e.size <= budget && e.gain - writes[**i] >= min_gain)
            .max_by(|a, b| {
                ratio(a.0, a.1)
                    .total_cmp(&ratio(b.0, b.1))
                    .then(b.0.cmp(a.0))
            })
        else {
            break;
        };
        if evals[&i].generation != generation {
            match evaluate(i, &now)? {
                Some((gain, size)) => {
                    evals.insert(
                        i,
                        Eval {
                            gain,
                            size,
                            generation,
                        },
                    );
                }
                None => {
                    evals.remove(&i);
                }
            }
            continue;
        }
        let Some(e) = evals.remove(&i) else { break };
        let Some((h, _)) = oracle.add(&candidates[i].spec, &tables(&candidates[i].spec.table))?
        else {
            continue;
        };
        for q in &affected[i] {
            if let Some(c) = oracle.cost(*q)? {
                now.insert(*q, c);
            }
        }
        budget -= e.size;
        generation += 1;
        chosen.push((i, h, e.size));
    }
    // A later, wider choice can make an earlier one useless: drop it.
    let mut k = 0;
    while k < chosen.len() {
        let (i, h, _) = chosen[k].clone();
        oracle.remove(&h)?;
        let mut loss = 0.0;
        let mut without = Vec::new();
        for q in &affected[i] {
            if let (Some(c), Some(cur)) = (oracle.cost(*q)?, now.get(q)) {
                loss += weight(*q) * (c - cur).max(0.0);
                without.push((*q, c));
            }
        }
        if loss - writes[i] < min_gain {
            for (q, c) in without {
                now.insert(q, c);
            }
            chosen.remove(k);
        } else {
            let (h2, _) = oracle
                .add(&candidates[i].spec, &tables(&candidates[i].spec.table))?
                .unwrap_or_default();
            chosen[k].1 = h2;
            k += 1;
        }
    }
    let mut out = Vec::new();
    for (i, _, size) in &chosen {
        let c = &candidates[*i];
        let queries: BTreeSet<u64> = affected[*i]
            .iter()
            .filter(|q| now.get(q).zip(base.get(q)).is_some_and(|(n, b)| n < b))
            .copied()
            .collect();
        let gain: f64 = queries
            .iter()
            .map(|q| weight(*q) * (base[q] - now[q]))
            .sum();
        out.push(Chosen {
            spec: c.spec.clone(),
            costs: queries.iter().map(|q| (*q, base[q], now[q])).collect(),
            queries,
            size_bytes: *size,
            gain_ms: gain,
            write_ms: writes[*i],
            timed,
        });
    }
    Ok(out)
}
