//! Query facts for every fingerprint of a workload, computed in parallel.
//!
//! Facts come from the first raw statement seen (it has real constants);
//! when that does not parse (or was cut), from the normalized text, and as a
//! last try with its placeholders read as constants (`varchar($1)`, `extract($1
//! FROM …)` need a literal). A statement nothing parses keeps its statistics
//! and is listed as not analysed, with the parser's reason.
use super::facts::{extract, QueryFacts};
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

pub fn analyse(w: &Workload) -> Analysis {
    let results: Vec<(u64, Result<QueryFacts, String>)> = w
        .queries
        .par_iter()
        .map(|(id, q)| {
            let from_sample = q
                .sample
                .as_deref()
                .filter(|s| s.len() < (16 << 10))
                .map(extract);
            let result = match from_sample {
                Some(Ok(f)) => Ok(f),
                _ => extract(&q.normalized)
                    .or_else(|_| extract(&placeholders_as_constants(&q.normalized)))
                    .map_err(|e| e.reason),
            };
            (*id, result)
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
