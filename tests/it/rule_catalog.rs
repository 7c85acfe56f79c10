//! One registry: every registered rule has its doc, every doc its rule, and
//! the ids are the contract's kebab-case names.
use pgadvisor::rules::catalog;
use std::collections::BTreeSet;
use std::path::Path;

#[test]
fn registry_and_docs_agree() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("rules");
    let docs: BTreeSet<String> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".md") && n != "README.md")
        .map(|n| n.trim_end_matches(".md").to_owned())
        .collect();
    let registered: BTreeSet<String> = catalog().map(|r| r.id.as_str().to_owned()).collect();
    assert_eq!(docs, registered);
    for r in catalog() {
        assert!(
            r.id.as_str()
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b == b'-'),
            "{}",
            r.id
        );
        assert!(
            r.doc.starts_with(&format!("---\nid: {}\n", r.id)),
            "{} front matter",
            r.id
        );
        for section in [
            "## What it detects",
            "## Why it matters",
            "## How it is detected",
            "## The fix",
            "## Options",
            "## Caveats",
        ] {
            assert!(r.doc.contains(section), "{} lacks {section}", r.id);
        }
    }
}

#[test]
fn rules_commands() {
    let bin = env!("CARGO_BIN_EXE_pgadvisor");
    let o = std::process::Command::new(bin)
        .arg("rules")
        .output()
        .unwrap();
    assert!(o.status.success());
    let text = String::from_utf8_lossy(&o.stdout);
    for r in catalog() {
        assert!(text.contains(r.id.as_str()));
    }
    let o = std::process::Command::new(bin)
        .args(["rule", "unindexed-foreign-key"])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&o.stdout).contains("## The fix"));
    let o = std::process::Command::new(bin)
        .args(["rule", "nope"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
}

/// A rule is one file, or one folder, under `src/rules/` named by its id.
#[test]
fn each_rule_has_its_own_source_file() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/rules");
    for r in catalog() {
        let name = r.id.as_str().replace('-', "_");
        assert!(
            dir.join(format!("{name}.rs")).is_file() || dir.join(&name).join("mod.rs").is_file(),
            "{} has no src/rules/{name}.rs",
            r.id
        );
    }
}
