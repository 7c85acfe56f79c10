//! pgadvisor's grouping against pg_query's, on pg_query's own fixtures
//! (../shared/corpus/fingerprints): the pairs its test suites assert equal
//! or different, and every pair of libpg_query's fingerprint.json (equal
//! when their hashes are). The policy (README, "Fingerprints"): never merge
//! what pg_query keeps apart; group what it groups, except where a rule
//! needs statements apart, listed in `APART` with the rule and the reason.
use crate::common;
use pgadvisor::model::fingerprint::{Normalizer, TenantPattern};
use regex::Regex;
use std::collections::BTreeSet;

/// A pair of statements and whether pg_query groups them.
type Pair = (String, String, bool);

/// A Ruby or Rust double-quoted string's value.
fn unescape(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n') => out.push('\n'),
                Some('t') => out.push('\t'),
                Some(o) => out.push(o),
                None => {}
            }
        } else {
            out.push(c);
        }
    }
    out
}

fn pairs() -> Vec<Pair> {
    let dir = common::shared_dir().join("corpus/fingerprints");
    let read = |f: &str| std::fs::read_to_string(dir.join(f)).expect("fingerprint fixture");
    let mut out = Vec::new();
    // pg_query (Ruby): expect(fingerprint("x")).to eq fingerprint("y")
    let ruby = Regex::new(
        r#"expect\(fingerprint\("((?:[^"\\]|\\.)*)"\)\)\.(to|not_to) eq fingerprint\("((?:[^"\\]|\\.)*)"\)"#,
    )
    .unwrap();
    for c in ruby.captures_iter(&read("pg_query_ruby__spec__lib__fingerprint_spec.rb")) {
        out.push((unescape(&c[1]), unescape(&c[3]), &c[2] == "to"));
    }
    // pg_query.rs: let q1 = "…"; let q2 = "…"; assert_eq!/assert_ne!(fingerprint(q1)…, fingerprint(q2)…)
    let rust = read("pg_query.rs__tests__fingerprint_tests.rs");
    let binding = Regex::new(r#"^\s*let (q1|q2) = "((?:[^"\\]|\\.)*)";"#).unwrap();
    let (mut q1, mut q2) = (String::new(), String::new());
    for line in rust.lines().filter(|l| !l.trim_start().starts_with("//")) {
        if let Some(c) = binding.captures(line) {
            let v = unescape(&c[2]);
            if &c[1] == "q1" {
                q1 = v;
            } else {
                q2 = v;
            }
        } else if line.contains("fingerprint(q1)") && line.contains("fingerprint(q2)") {
            out.push((q1.clone(), q2.clone(), line.contains("assert_eq!")));
        }
    }
    // libpg_query: every pair of fingerprint.json, equal when the hashes are.
    let cases: Vec<serde_json::Value> =
        serde_json::from_str(&read("libpg_query__testdata__fingerprint.json")).unwrap();
    let cases: Vec<(String, String)> = cases
        .iter()
        .map(|c| {
            (
                c["input"].as_str().unwrap_or_default().to_owned(),
                c["expectedHash"].as_str().unwrap_or_default().to_owned(),
            )
        })
        .collect();
    for (i, (a, ha)) in cases.iter().enumerate() {
        for (b, hb) in &cases[i + 1..] {
            out.push((a.clone(), b.clone(), ha == hb));
        }
    }
    out
}

#[test]
fn grouping_follows_pg_query_but_where_a_rule_needs_statements_apart() {
    let mut n = Normalizer::new(TenantPattern::default());
    let mut id = |sql: &str| n.fingerprint(sql).0.id;
    let all = pairs();
    assert!(all.len() > 2000, "{} pairs", all.len());
    let mut merged = Vec::new();
    let mut apart = BTreeSet::new();
    let (mut same, mut grouped) = (0, 0);
    for (a, b, equal) in &all {
        let together = id(a) == id(b);
        if *equal {
            same += 1;
            if together {
                grouped += 1;
            } else {
                apart.insert(format!("{a:?}  vs  {b:?}"));
            }
        } else if together && a != b {
            merged.push(format!("{a:?}  vs  {b:?}"));
        }
    }
    println!("pg_query groups {same} pairs; pgadvisor groups {grouped}");
    assert!(
        merged.is_empty(),
        "merged what pg_query keeps apart:\n{}",
        merged.join("\n")
    );
    // What pgadvisor keeps apart, and why.
    let unexplained: Vec<&String> = apart
        .iter()
        .filter(|p| !one_row_against_a_batch(p) && !pooler_reset(p) && !aliased_tables_swapped(p))
        .collect();
    assert!(
        unexplained.is_empty(),
        "apart without a reason:\n{unexplained:#?}"
    );
    assert!(grouped >= 61, "pgadvisor groups {grouped} of {same}");
}

/// `n-plus-one` needs them apart: one row per statement (`= $1`) is the
/// loop it reports; a list (`IN (…)`, `= ANY ($1)`) is the batched lookup
/// its fix writes, and merging them would hide the loop behind its cure.
fn one_row_against_a_batch(pair: &str) -> bool {
    let Some((a, b)) = pair.split_once("  vs  ") else {
        return false;
    };
    let batch = |s: &str| s.contains(" IN (") || s.contains("= ANY (");
    (batch(a) != batch(b)) && (a.contains("= $1") || b.contains("= $1"))
}

/// `DEALLOCATE ALL` / `UNLISTEN *`: a connection pooler's reset between
/// clients, not the client's own statement. libpg_query's older fixture
/// groups it with `DEALLOCATE name`; pg_query.rs's (17) keeps it apart, as
/// pgadvisor does.
fn pooler_reset(pair: &str) -> bool {
    pair.contains("DEALLOCATE ALL") || pair.contains("UNLISTEN *")
}

/// `FROM x AS a, y AS b` against `FROM y AS a, x AS b`: the key leaves
/// aliases out, so sorting the list would make `a.col` name `x`'s column in
/// one and `y`'s in the other. Every rule reading query facts (missing-index,
/// the partial-index values per column) would then count one table's
/// executions against the other's columns; the `FROM` list stays in order.
fn aliased_tables_swapped(pair: &str) -> bool {
    let Some((a, b)) = pair.split_once("  vs  ") else {
        return false;
    };
    let from = |s: &str| s.split_once(" FROM ").map(|(_, f)| f.to_owned());
    a.contains(" AS ") && from(a).is_some_and(|f| f.contains(", ")) && from(a) != from(b)
}
