//! The stages import one way (issue 20): a module may use its own stage and
//! the ones before it, never a later one. This test reads the sources,
//! finds every `crate::<module>` a file names, and compares the imports that
//! run against the order with the list below, which may only shrink: a new
//! back edge fails, and so does one that is gone but still listed.
//!
//! A test over the source rather than a workspace of crates: the stages are
//! still being untangled, and a crate per stage would have to wait until the
//! last cycle is cut; this check holds the line meanwhile.

/// Each top-level module's stage, first to last.
const STAGES: &[(&str, u8)] = &[
    // The shared vocabulary: ids, times, names, quoting; the error type.
    ("vocab", 0),
    ("error", 0),
    // Events: what the readers make of logs, plans, dumps and catalogs.
    ("input", 1),
    ("plan", 1),
    // What the database holds, as the dump, the stats export or the catalog say.
    ("catalog", 1),
    // The workload and the schema.
    ("model", 2),
    // SQL builders the rules write their fixes with.
    ("sqlgen", 3),
    // Rules, the index advisor under them, their findings and settings.
    ("rules", 4),
    ("findings", 4),
    ("config", 4),
    // Fixes checked against a live database.
    ("verify", 5),
    // What the team decided about the findings, the baseline, the gate.
    ("triage", 6),
    ("report", 7),
    // The commands and the binary.
    ("app", 8),
    ("cli", 8),
    ("main", 8),
    ("lib", 8),
    ("stage_order", 8),
];

/// Imports against the order that remain to be cut: `file -> module`.
const KNOWN_BACK_EDGES: &[&str] = &[];

fn stage(module: &str) -> Option<u8> {
    STAGES.iter().find(|(m, _)| *m == module).map(|(_, s)| *s)
}

/// The top-level modules a source names through `crate::`.
fn named_modules(src: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = src;
    while let Some(i) = rest.find("crate::") {
        rest = &rest[i + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            // `use crate::{a::b, c, d::{e, f}}`: the names at the first level.
            let mut depth = 0;
            let mut word = String::new();
            let mut at_start = true;
            for ch in group.chars() {
                match ch {
                    '{' => depth += 1,
                    '}' if depth == 0 => break,
                    '}' => depth -= 1,
                    ',' if depth == 0 => at_start = true,
                    c if at_start && depth == 0 && (c.is_ascii_alphanumeric() || c == '_') => {
                        word.push(c)
                    }
                    c if at_start && depth == 0 && !c.is_whitespace() && !word.is_empty() => {
                        let _ = c;
                        out.push(std::mem::take(&mut word));
                        at_start = false;
                    }
                    _ => {}
                }
            }
            if !word.is_empty() {
                out.push(word);
            }
        } else {
            let name: String = rest
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            out.push(name);
        }
    }
    out.retain(|m| m.chars().next().is_some_and(|c| c.is_ascii_lowercase()));
    out
}

fn sources(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            sources(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

#[test]
fn no_stage_imports_a_later_one() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    sources(&root, &mut files);
    files.sort();
    assert!(files.len() > 50, "{files:?}");
    let mut back = std::collections::BTreeSet::new();
    for f in &files {
        let rel = f
            .strip_prefix(&root)
            .expect("under src")
            .to_string_lossy()
            .replace('\\', "/");
        let top = rel.split('/').next().unwrap_or("").trim_end_matches(".rs");
        if top == "stage_order" {
            continue; // its examples are not imports
        }
        let Some(mine) = stage(top) else {
            panic!("src/{rel}: module `{top}` has no stage in STAGES");
        };
        let text = std::fs::read_to_string(f).expect("readable source");
        for m in named_modules(&text) {
            let Some(theirs) = stage(&m) else {
                panic!("src/{rel} names crate::{m}, which has no stage in STAGES");
            };
            if theirs > mine {
                back.insert(format!("src/{rel} -> {m}"));
            }
        }
    }
    let known: std::collections::BTreeSet<String> =
        KNOWN_BACK_EDGES.iter().map(|s| s.to_string()).collect();
    let new: Vec<&String> = back.difference(&known).collect();
    let gone: Vec<&String> = known.difference(&back).collect();
    assert!(
        new.is_empty(),
        "imports against the stage order (a module may use only its stage and earlier ones):\n{}",
        new.iter()
            .map(|s| format!("  {s}"))
            .collect::<Vec<_>>()
            .join("\n")
    );
    assert!(
        gone.is_empty(),
        "cut, so remove them from KNOWN_BACK_EDGES:\n{}",
        gone.iter()
            .map(|s| format!("  {s}"))
            .collect::<Vec<_>>()
            .join("\n")
    );
}

#[test]
fn names_in_a_use_group_are_found() {
    assert_eq!(
        named_modules(
            "use crate::{model::x, sqlgen::{a, b}, report};\nlet t = crate::vocab::ts(None);"
        ),
        ["model", "sqlgen", "report", "vocab"]
    );
}
