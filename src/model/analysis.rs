//! Query facts for every fingerprint of a workload, computed in parallel.
//!
//! Facts come from the normalized text, whose `$k` placeholders map to the
//! constants each position took across the workload; when it does not parse
//! (`varchar($1)`, `extract($1 FROM …)` need a literal), from the first raw
//! statement seen, and as a last try with its placeholders read as constants. A statement nothing parses keeps its statistics
//! and is listed as not analysed, with the parser's reason.
use super::facts::QueryFacts;
use super::lexer::tokenize;
use super::stats::{ConstantsSeen, QueryStats};
use super::workload::Workload;
use rayon::prelude::*;
use std::collections::BTreeMap;

#[derive(Debug, Clone, Default)]
pub struct Analysis {
    pub facts: BTreeMap<u64, QueryFacts>,
    pub not_analysed: BTreeMap<u64, String>,
}

fn placeholders_as_constants(sql: &str) -> String {
    let re = regex::Regex::new(r"\$[0-9]+").expect("static regex");
    re.replace_all(sql, "1").into_owned()
}

/// Maps the constants seen, kept by placeholder position, to the `$n` of the
/// normalized text (the i-th placeholder written is position i).
fn constants_by_placeholder(q: &QueryStats) -> BTreeMap<u32, ConstantsSeen> {
    let mut toks = Vec::new();
    tokenize(&q.normalized, &mut toks);
    let numbers: Vec<u32> = toks.iter().filter_map(|t| t.param(&q.normalized)).collect();
    let mut out = BTreeMap::new();
    for (pos, seen) in &q.constants {
        if let Some(n) = numbers.get(*pos as usize) {
            let mut seen = seen.clone();
            seen.more |= q.bound_positions.contains(pos);
            out.insert(*n, seen);
        }
    }
    out
}

pub fn analyse(w: &Workload) -> Analysis {
    analyse_in(w, None)
}

/// [`analyse`] with the schema's columns, which tell the tables of
/// unqualified columns in joins.
pub fn analyse_in(w: &Workload, schema: Option<&crate::model::schema::Schema>) -> Analysis {
    let catalog = schema.map(crate::model::facts::Catalog::new);
    let extract = |sql: &str| crate::model::facts::extract_with(sql, catalog.as_ref());
    let results: Vec<(u64, Result<QueryFacts, String>)> = w
        .queries
        .par_iter()
        .map(|(id, q)| {
            // The normalized text first: its placeholders map to the constants seen.
            let result = match extract(&q.normalized) {
                Ok(mut f) => {
                    f.constants = constants_by_placeholder(q);
                    Ok(f)
                }
                Err(e) => q
                    .sample
                    .as_deref()
                    .map(extract)
                    .and_then(Result::ok)
                    .map_or_else(
                        || extract(&placeholders_as_constants(&q.normalized)).map_err(|_| e.reason),
                        Ok,
                    ),
            };
            (*id, result.map(QueryFacts::without_catalogs))
        })
        .collect();
    let mut a = Analysis::default();
    for (id, r) in results {
        match r {
            Ok(f) => {
                a.facts.insert(id, f);
            }
            Err(e) => {
                a.not_analysed.insert(id, e);
            }
        }
    }
    a
}
