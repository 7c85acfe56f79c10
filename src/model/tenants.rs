//! Detecting schema-per-tenant layouts that the name pattern does not know.
//!
//! `tenant_42` style names fold while reading (see [`super::fingerprint`]).
//! Other layouts (`acme.orders`, `globex.orders`, `initech.orders`) are found
//! after reading: when the same table name is used in at least
//! [`MIN_SCHEMAS`] schemas, those schemas are tenants, and the queries that
//! name them are re-keyed so that one logical query is one fingerprint.
//! This runs on the final workload (audit, merge), never on a digest, so that
//! merging digests equals one audit of all logs.
use super::fingerprint::{Normalizer, TenantPattern};
use super::lexer::{relation_starts, tokenize, Tok, TokKind};
use super::workload::Workload;
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// A table name in this many schemas marks them as tenants.
pub(crate) const MIN_SCHEMAS: usize = 3;

/// Schemas that are never tenants.
const SYSTEM: &[&str] = &["public", "pg_catalog", "information_schema", "pg_toast"];

/// What detection found.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub(crate) struct Detected {
    pub schemas: BTreeSet<String>,
    /// Queries merged into others by the re-keying.
    pub merged_queries: usize,
}

fn ident(sql: &str, t: &Tok) -> Option<String> {
    let s = &sql[t.start..t.end];
    match t.kind {
        TokKind::Word => Some(s.to_ascii_lowercase()),
        TokKind::QuotedIdent => Some(s.trim_matches('"').replace("\"\"", "\"")),
        _ => None,
    }
}

/// `schema.table` references in relation positions (see
/// [`super::lexer::relation_starts`]): a table or alias qualifying a column
/// (`u0.id`, `app_book.title`) is not one.
fn table_refs(sql: &str, out: &mut Vec<(String, String)>) {
    let mut toks = Vec::new();
    tokenize(sql, &mut toks);
    let mut starts = Vec::new();
    relation_starts(sql, &toks, &mut starts);
    for (i, t) in toks.iter().enumerate() {
        if !starts[i] {
            continue;
        }
        let (Some(dot), Some(tab)) = (toks.get(i + 1), toks.get(i + 2)) else {
            continue;
        };
        if dot.kind != TokKind::Punct || &sql[dot.start..dot.end] != "." {
            continue;
        }
        if let (Some(s), Some(tb)) = (ident(sql, t), ident(sql, tab)) {
            out.push((s, tb));
        }
    }
}

/// The schema name queries folded over detected tenant schemas show.
pub(crate) const DETECTED_LABEL: &str = "tenant_*";

/// Finds tenant schemas in `w` and folds the queries that name them.
///
/// `known`: the schemas that exist (from a dump or the catalog), when given:
/// a name that is no schema there is not a tenant.
pub(crate) fn detect_and_fold(w: &mut Workload, known: Option<&BTreeSet<String>>) -> Detected {
    let mut refs = Vec::new();
    let mut schemas_of_table: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for q in w.queries.values() {
        refs.clear();
        table_refs(&q.normalized, &mut refs);
        for (s, t) in refs.drain(..) {
            if !SYSTEM.contains(&s.as_str())
                && !s.contains('*')
                && known.is_none_or(|k| k.contains(&s))
            {
                schemas_of_table.entry(t).or_default().insert(s);
            }
        }
    }
    let schemas: BTreeSet<String> = schemas_of_table
        .values()
        .filter(|s| s.len() >= MIN_SCHEMAS)
        .flat_map(|s| s.iter().cloned())
        .collect();
    if schemas.is_empty() {
        return Detected::default();
    }
    let alternation: Vec<String> = schemas.iter().map(|s| regex::escape(s)).collect();
    let pattern = match TenantPattern::new(Some(&format!("^(?:{})$", alternation.join("|")))) {
        Ok(p) => p.with_label(DETECTED_LABEL),
        Err(_) => return Detected::default(),
    };
    let mut norm = Normalizer::new(pattern);
    let mut remap: HashMap<u64, u64> = HashMap::new();
    let ids: Vec<u64> = w.queries.keys().copied().collect();
    for id in ids {
        let Some(text) = w.queries.get(&id).map(|q| q.normalized.clone()) else {
            continue;
        };
        let (fp, tenant) = norm.fingerprint(&text);
        let Some(tenant) = tenant.map(str::to_owned) else {
            continue;
        };
        let new_id = fp.id;
        if new_id == id {
            continue;
        }
        let Some(mut q) = w.queries.remove(&id) else {
            continue;
        };
        // The folded schema may sort its lists otherwise: positions follow.
        q.reframe(norm.placeholder_order());
        if q.tenants.is_empty() {
            q.tenants.add(&tenant, q.calls);
        }
        match w.queries.get_mut(&new_id) {
            Some(existing) => existing.merge(&q),
            None => {
                q.normalized = norm.normalized(&text);
                w.queries.insert(new_id, q);
            }
        }
        remap.insert(id, new_id);
    }
    if !remap.is_empty() {
        let to = |id: &mut u64| {
            if let Some(n) = remap.get(id) {
                *id = *n;
            }
        };
        for steps in w.sessions.map.values_mut() {
            for s in steps {
                to(&mut s.fingerprint);
            }
        }
        let renamed = |id: u64| remap.get(&id).copied().unwrap_or(id);
        w.sessions.paths.remap(renamed);
        w.search_paths.remap(renamed);
        w.sessions.loads.remap(renamed);
        w.session_loads.remap(renamed);
        // Bursts found as sessions settled while reading.
        for b in &mut w.loop_bursts {
            to(&mut b.child);
            b.parent.iter_mut().for_each(to);
            b.interleaved.iter_mut().for_each(to);
            b.parent_candidates.iter_mut().for_each(to);
            // Folded into one query, a parent or a sibling may be the child
            // itself, or appear twice.
            let child = b.child;
            b.parent = b.parent.filter(|p| *p != child);
            for list in [&mut b.interleaved, &mut b.parent_candidates] {
                let mut seen = std::collections::HashSet::new();
                list.retain(|f| *f != child && seen.insert(*f));
            }
        }
    }
    let merged_queries = remap.len() - remap.values().collect::<BTreeSet<_>>().len();
    Detected {
        schemas,
        merged_queries,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::fingerprint::StatementKind;
    use crate::model::stats::QueryStats;

    fn add(w: &mut Workload, sql: &str, calls: u64) {
        let mut n = Normalizer::new(TenantPattern::default());
        let (fp, _) = n.fingerprint(sql);
        let mut q = QueryStats::new(n.normalized(sql), StatementKind::Select);
        q.calls = calls;
        w.queries.insert(fp.id, q);
    }

    #[test]
    fn schemas_sharing_tables_are_tenants() {
        let mut w = Workload::default();
        for (s, c) in [("acme", 3), ("globex", 4), ("initech", 5)] {
            add(&mut w, &format!("SELECT * FROM {s}.orders o JOIN {s}.customers c ON c.id = o.customer_id WHERE o.id = 1"), c);
        }
        add(&mut w, "SELECT * FROM public.orders WHERE id = 1", 7);
        add(&mut w, "SELECT * FROM billing.invoices WHERE id = 1", 2);
        let d = detect_and_fold(&mut w, None);
        assert_eq!(
            d.schemas.iter().map(String::as_str).collect::<Vec<_>>(),
            ["acme", "globex", "initech"]
        );
        assert_eq!(w.queries.len(), 3, "three tenant queries became one");
        let q = w
            .queries
            .values()
            .find(|q| q.calls == 12)
            .expect("folded query");
        assert_eq!(q.tenants.0.len(), 3);
        assert!(
            q.normalized.contains("\"tenant_*\".orders"),
            "{}",
            q.normalized
        );
        // Idempotent: a second pass changes nothing.
        let before = w.queries.len();
        detect_and_fold(&mut w, None);
        assert_eq!(w.queries.len(), before);
    }

    /// Folding a schema can change how a key sorts its conditions: the
    /// constants seen keep naming their own column.
    #[test]
    fn folded_queries_keep_constants_with_their_column() {
        use crate::model::workload::{AggregateOptions, Aggregator};
        let opts = AggregateOptions {
            tenants: TenantPattern::disabled(),
            ..AggregateOptions::default()
        };
        let mut agg = Aggregator::new(&opts);
        for (s, v) in [("acme", 1), ("globex", 2), ("zeta", 3)] {
            agg.add_aggregate(
                &format!("SELECT * FROM {s}.orders o, public.lojas l WHERE {s}.orders.total = {v} AND public.lojas.id = 10{v}"),
                |q| q.calls = 1,
            );
        }
        let (mut w, _, _) = agg.finish();
        assert_eq!(w.queries.len(), 3);
        detect_and_fold(&mut w, None);
        assert_eq!(w.queries.len(), 1, "three tenant queries became one");
        let q = w.queries.values().next().expect("folded query");
        let a = crate::model::analysis::analyse(&w);
        let f = a.facts.values().next().expect("facts");
        let values = |n: u32| {
            f.constants.get(&n).map(|c| {
                let mut v = c.values.clone();
                v.sort();
                v
            })
        };
        let (total, loja) = if q.normalized.find("total").unwrap_or(0)
            < q.normalized.find("lojas.id").unwrap_or(0)
        {
            (1, 2)
        } else {
            (2, 1)
        };
        assert_eq!(
            values(total),
            Some(vec!["1".to_owned(), "2".to_owned(), "3".to_owned()]),
            "{}",
            q.normalized
        );
        assert_eq!(
            values(loja),
            Some(vec!["101".to_owned(), "102".to_owned(), "103".to_owned()])
        );
    }

    #[test]
    fn two_schemas_are_not_enough() {
        let mut w = Workload::default();
        add(&mut w, "SELECT * FROM sales.orders", 1);
        add(&mut w, "SELECT * FROM archive.orders", 1);
        assert!(detect_and_fold(&mut w, None).schemas.is_empty());
        assert_eq!(w.queries.len(), 2);
    }
}
