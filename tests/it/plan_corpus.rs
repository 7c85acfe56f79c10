//! Every plan of ../shared/corpus/plans (PEV2's test plans, pganalyze's
//! auto_explain records) is read to the tree its manifest states, or refused
//! with an error naming a line. The manifest (tests/corpus/plans.json)
//! was written from the files by hand, before the reader was changed.
use crate::common;
use pgadvisor::plan::{self, Node};
use serde_json::Value;
use std::path::PathBuf;

fn manifest() -> Vec<Value> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/corpus/plans.json");
    let text = std::fs::read_to_string(&path).expect("plan corpus manifest");
    serde_json::from_str::<Vec<Value>>(&text).expect("manifest is JSON")
}

fn count(n: &Node) -> usize {
    1 + n.children.iter().map(count).sum::<usize>()
}

/// The root's name as the manifest writes it: `Custom Scan (Citus Adaptive)` → `Custom Scan`.
fn root_name(n: &Node) -> String {
    let t = n.node_type.as_str();
    t.split_once(" (").map_or(t, |(a, _)| a).to_owned()
}

#[test]
fn every_corpus_plan_is_read_to_its_tree_or_refused_with_a_line() {
    let corpus = common::shared_dir().join("corpus/plans");
    let entries = manifest();
    assert!(entries.len() >= 200, "the manifest covers the corpus");
    let mut wrong = Vec::new();
    for e in &entries {
        let file = e["file"].as_str().expect("file");
        let bytes = std::fs::read(corpus.join(file)).expect("corpus file present");
        let text = String::from_utf8_lossy(&bytes);
        let got = plan::parse(&text);
        match (e["expect"].as_str(), got) {
            (Some("error"), Err(err)) => {
                if err.line == 0 || err.message.is_empty() {
                    wrong.push(format!("{file}: an error without a line or reason: {err}"));
                }
            }
            (Some("error"), Ok(p)) => wrong.push(format!(
                "{file}: should be refused, read as {} with {} nodes",
                p.root.node_type,
                count(&p.root)
            )),
            (_, Err(err)) => wrong.push(format!("{file}: refused: {err}")),
            (_, Ok(p)) => {
                let nodes = e["nodes"].as_u64().unwrap_or(0) as usize;
                let root = e["root"].as_str().unwrap_or("");
                if count(&p.root) != nodes || root_name(&p.root) != root {
                    wrong.push(format!(
                        "{file}: read {} with {} nodes, expected {root} with {nodes}",
                        root_name(&p.root),
                        count(&p.root)
                    ));
                }
                let want = e["execution_ms"].as_f64();
                if want.is_some() && p.execution_ms != want {
                    wrong.push(format!(
                        "{file}: execution {:?} ms, expected {want:?}",
                        p.execution_ms
                    ));
                }
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "{} of {} plans read wrong:\n{}",
        wrong.len(),
        entries.len(),
        wrong.join("\n")
    );
}
