//! Query facts for every fingerprint of a workload, computed in parallel.
//!
//! Facts come from the normalized text, whose `$k` placeholders map to the
//! constants each position took across the workload; when it does not parse
//! (`varchar($1)`, `extract($1 FROM …)` need a literal), from the first raw
//! statement seen, and as a last try with its placeholders read as constants. A statement nothing parses keeps its statistics
//! and is listed as not analysed, with the parser's reason.
use super::facts::QueryFacts;
use super::fingerprint::StatementKind;
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

/// Maps the constants seen, kept by their placeholder's position in the key,
/// to the `$n` of the normalized text (its i-th placeholder is at position
/// `placeholder_order[i]`, or i when the text kept the key's order).
fn constants_by_placeholder(q: &QueryStats) -> BTreeMap<u32, ConstantsSeen> {
    let mut toks = Vec::new();
    tokenize(&q.normalized, &mut toks);
    let numbers = toks.iter().filter_map(|t| t.param(&q.normalized));
    let mut out = BTreeMap::new();
    for (i, n) in numbers.enumerate() {
        let pos = crate::model::fingerprint::key_position(&q.placeholder_order, i);
        if let Some(seen) = q.constants.get(&pos) {
            let mut seen = seen.clone();
            seen.more |= q.bound_positions.contains(&pos);
            out.insert(n, seen);
        }
    }
    out
}

/// Statements whose tables and predicates the rules read, and code blocks
/// (`DO`, `CALL`, `EXECUTE`) whose statements the log does not show.
fn needs_facts(kind: StatementKind, normalized: &str) -> bool {
    let verb = normalized
        .split_whitespace()
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    kind.reads_or_writes_rows() || matches!(verb.as_str(), "do" | "call" | "execute")
}

/// Valid PostgreSQL the SQL parser rejects, rewritten without the clauses
/// no rule reads: row-locking clauses with several tables
/// (`FOR UPDATE OF a, b`, `SKIP LOCKED`) and window frame exclusions
/// (`EXCLUDE CURRENT ROW`), and `ONLY` before a table. `None` when there
/// is nothing to relax.
fn relaxed(sql: &str) -> Option<String> {
    let locking = regex::Regex::new(
        r#"(?is)\s+FOR\s+(?:NO\s+KEY\s+UPDATE|UPDATE|KEY\s+SHARE|SHARE)(?:\s+OF\s+[\w".]+(?:\s*,\s*[\w".]+)*)?(?:\s+NOWAIT|\s+SKIP\s+LOCKED)?"#,
    )
    .expect("static regex");
    let exclude = regex::Regex::new(r"(?i)\s+EXCLUDE\s+(?:CURRENT\s+ROW|GROUP|TIES|NO\s+OTHERS)")
        .expect("static regex");
    // `FROM ONLY t` (the referential-integrity checks PostgreSQL logs).
    let only = regex::Regex::new(r"(?i)\b(FROM|JOIN)\s+ONLY\s+").expect("static regex");
    let unlocked = locking.replace_all(sql, "");
    let unexcluded = exclude.replace_all(&unlocked, "");
    let out = only.replace_all(&unexcluded, "$1 ").into_owned();
    (out != sql).then_some(out)
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
                    .or_else(|| extract(&placeholders_as_constants(&q.normalized)).ok())
                    .or_else(|| {
                        relaxed(&q.normalized).and_then(|r| {
                            extract(&r)
                                .or_else(|_| extract(&placeholders_as_constants(&r)))
                                .ok()
                        })
                    })
                    .map_or_else(
                        || {
                            // Transaction control, utilities and DDL carry
                            // nothing a rule reads: known by their kind.
                            if needs_facts(q.kind, &q.normalized) {
                                Err(e.reason)
                            } else {
                                Ok(QueryFacts::default())
                            }
                        },
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::fingerprint::{Normalizer, TenantPattern};
    use crate::model::stats::QueryStats;

    fn analysed(sql: &str) -> (bool, usize) {
        let mut w = Workload::default();
        let mut n = Normalizer::new(TenantPattern::default());
        let (fp, _) = n.fingerprint(sql);
        w.queries
            .insert(fp.id, QueryStats::new(n.normalized(sql), fp.kind));
        let a = analyse(&w);
        (
            a.not_analysed.is_empty(),
            a.facts.get(&fp.id).map_or(0, |f| f.tables.len()),
        )
    }

    /// Statements naming their conditions in other orders are one query,
    /// and each `$n` of its text gets the values of its own column.
    #[test]
    fn constants_follow_their_column_whatever_the_order_written() {
        use crate::model::workload::{AggregateOptions, Aggregator};
        let mut agg = Aggregator::new(&AggregateOptions::default());
        for sql in [
            "SELECT * FROM pedidos WHERE status = 'novo' AND loja_id = 7",
            "SELECT * FROM pedidos WHERE loja_id = 9 AND status = 'pago'",
        ] {
            agg.add_aggregate(sql, |q| q.calls = 1);
        }
        let (w, _, _) = agg.finish();
        assert_eq!(w.queries.len(), 1);
        let q = w.queries.values().next().expect("one query");
        assert_eq!(
            q.normalized,
            "SELECT * FROM pedidos WHERE status = $1 AND loja_id = $2"
        );
        let a = analyse(&w);
        let f = a.facts.values().next().expect("facts");
        let values = |n: u32| f.constants.get(&n).map(|c| c.values.clone());
        assert_eq!(values(1), Some(vec!["novo".to_owned(), "pago".to_owned()]));
        assert_eq!(values(2), Some(vec!["7".to_owned(), "9".to_owned()]));
    }

    #[test]
    fn valid_postgresql_the_parser_rejects_is_still_analysed() {
        assert_eq!(
            analysed("SELECT * FROM a JOIN b ON a.id = b.a_id WHERE a.x = 1 FOR UPDATE OF a, b SKIP LOCKED"),
            (true, 2)
        );
        assert_eq!(
            analysed("SELECT sum(x) OVER (ORDER BY y ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING EXCLUDE CURRENT ROW) FROM t"),
            (true, 1)
        );
        assert_eq!(
            analysed("SELECT fk.a_id FROM ONLY public.b fk LEFT OUTER JOIN ONLY public.a pk ON (pk.id = fk.a_id) WHERE pk.id IS NULL"),
            (true, 2)
        );
        // Code blocks run statements nobody sees: not analysed, said so.
        assert_eq!(analysed("DO $$BEGIN PERFORM 1; END$$"), (false, 0));
        for utility in [
            "SET CONSTRAINTS ALL IMMEDIATE",
            "DROP INDEX CONCURRENTLY IF EXISTS foo",
            "ALTER SEQUENCE s AS bigint",
        ] {
            assert_eq!(analysed(utility), (true, 0), "{utility}");
        }
    }
}
