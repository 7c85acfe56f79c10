//! recommendations.sql linted by squawk, the PostgreSQL migration linter
//! (PyPI `squawk-cli`, installed by scripts/test.sh): every warning must
//! fall on a step whose role explains it, listed below with the reason;
//! anything else is a fix to make in `sqlgen`. Each warning is traced to
//! its step through the script's text, so a role that changes or a new
//! kind of statement shows up here.
use crate::common;

use pgadvisor::report::json::Report;
use pgadvisor::sqlgen::{Role, Step};
use std::path::{Path, PathBuf};

/// A squawk rule that a step of this role is expected to trip, and why it is right anyway.
struct Expected {
    rule: &'static str,
    role: Role,
    created_here: bool,
    why: &'static str,
}

const EXPECTED: &[Expected] = &[
    Expected {
        rule: "prefer-robust-stmts",
        role: Role::AddConstraint,
        created_here: false,
        why: "PostgreSQL has no ADD CONSTRAINT IF NOT EXISTS: a rerun stops there \
              (ON_ERROR_STOP), and the script's header says to rerun from the block that stopped",
    },
    Expected {
        rule: "prefer-robust-stmts",
        role: Role::AddConstraint,
        created_here: true,
        why: "a key on a table the fix created; a rerun stops there before anything reads it",
    },
    Expected {
        rule: "constraint-missing-not-valid",
        role: Role::AddConstraint,
        created_here: true,
        why: "the table was created empty by the fix: checking it reads no rows, \
              so NOT VALID and a later VALIDATE would only add a step",
    },
    Expected {
        rule: "adding-foreign-key-constraint",
        role: Role::AddConstraint,
        created_here: true,
        why: "on an empty new table the check is instant: the referenced table's \
              SHARE ROW EXCLUSIVE lock is held for a moment, behind lock_timeout",
    },
    Expected {
        rule: "prefer-robust-stmts",
        role: Role::Validate,
        created_here: false,
        why: "VALIDATE CONSTRAINT on a valid constraint does nothing: it can be rerun",
    },
    Expected {
        rule: "prefer-robust-stmts",
        role: Role::CreateTable,
        created_here: true,
        why: "SET DEFAULT on the table the fix just created can be rerun",
    },
    Expected {
        rule: "prefer-robust-stmts",
        role: Role::IndexNewObject,
        created_here: true,
        why: "a key on the partitioned copy nobody reads yet; a rerun stops there before the swap",
    },
    Expected {
        rule: "constraint-missing-not-valid",
        role: Role::IndexNewObject,
        created_here: true,
        why: "the copy is read by no one until the swap: a checked key holds off no one",
    },
    Expected {
        rule: "adding-serial-primary-key-field",
        role: Role::IndexNewObject,
        created_here: true,
        why: "the primary key of the copy nobody reads yet: its lock blocks no one",
    },
    Expected {
        rule: "require-concurrent-index-creation",
        role: Role::IndexNewObject,
        created_here: true,
        why: "an index on a table or view the fix just created: no one to block, \
              and a plain build is faster (and can run where CONCURRENTLY cannot)",
    },
    Expected {
        rule: "renaming-table",
        role: Role::Swap,
        created_here: false,
        why: "the swap moves the original aside (its name goes to the partitioned copy): \
              clients keep the name they use",
    },
    Expected {
        rule: "renaming-table",
        role: Role::Swap,
        created_here: true,
        why: "the partitioned copy takes the original's name: no client knew the copy's",
    },
    Expected {
        rule: "renaming-object",
        role: Role::Swap,
        created_here: false,
        why: "the original's indexes moved aside, their names going to the copy's",
    },
    Expected {
        rule: "renaming-object",
        role: Role::Swap,
        created_here: true,
        why: "the copy's indexes take the original names: no client knew theirs",
    },
];

fn squawk() -> PathBuf {
    if let Some(p) = std::env::var_os("PGADVISOR_SQUAWK") {
        return PathBuf::from(p);
    }
    let on_path = std::process::Command::new("squawk")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    assert!(
        on_path,
        "squawk is not installed: run scripts/test.sh (it installs squawk-cli from PyPI), \
         or set PGADVISOR_SQUAWK to its binary"
    );
    PathBuf::from("squawk")
}

/// The first and last line (0-based) of each step in the script's text.
fn spans<'a>(text: &str, steps: &[&'a Step]) -> Vec<(usize, usize, &'a Step)> {
    let mut out = Vec::new();
    let mut from = 0;
    for step in steps {
        let stmt = step.sql.trim_end();
        let needle = format!("\n{stmt}");
        let at = text[from..]
            .find(&needle)
            .unwrap_or_else(|| panic!("step not found in the script in order: {stmt}"))
            + from
            + 1;
        let first = text[..at].matches('\n').count();
        let last = first + stmt.matches('\n').count();
        out.push((first, last, *step));
        from = at + stmt.len();
    }
    out
}

#[derive(serde::Deserialize)]
struct Warning {
    line: usize,
    rule_name: String,
    message: String,
}

fn lint(case: &str, args: &[&str], seen: &mut Vec<usize>, unexpected: &mut Vec<String>) {
    let dir = tempfile::tempdir().unwrap();
    let mut all = vec!["audit"];
    all.extend_from_slice(args);
    all.extend_from_slice(&["--out", dir.path().to_str().unwrap(), "-q"]);
    let o = common::pgadvisor(&all);
    assert!(
        o.status.code().is_some_and(|c| c <= 1),
        "{case}: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    let typed: Report = serde_json::from_value(common::report(dir.path())).unwrap();
    let script = dir.path().join("recommendations.sql");
    let text = std::fs::read_to_string(&script).unwrap();
    let steps = pgadvisor::report::migration::script_steps(&typed);
    assert!(!steps.is_empty(), "{case}: no steps");
    let spans = spans(&text, &steps);
    let o = std::process::Command::new(squawk())
        .args(["--pg-version", "15", "--reporter", "json"])
        .arg(&script)
        .output()
        .expect("run squawk");
    let warnings: Vec<Warning> = serde_json::from_slice(&o.stdout).unwrap_or_else(|e| {
        panic!(
            "{case}: squawk's output is not its JSON ({e}): {}",
            String::from_utf8_lossy(&o.stderr)
        )
    });
    for w in warnings {
        let step = spans
            .iter()
            .find(|(first, last, _)| (*first..=*last).contains(&w.line))
            .map(|(_, _, s)| *s);
        let Some(step) = step else {
            unexpected.push(format!(
                "{case}: {} on line {} (no step): {}",
                w.rule_name,
                w.line + 1,
                text.lines().nth(w.line).unwrap_or("")
            ));
            continue;
        };
        match EXPECTED.iter().position(|e| {
            e.rule == w.rule_name && e.role == step.role && e.created_here == step.created_here
        }) {
            Some(k) => seen.push(k),
            None => unexpected.push(format!(
                "{case}: {} ({}) on a {:?} step{}: {}",
                w.rule_name,
                w.message,
                step.role,
                if step.created_here {
                    " (created here)"
                } else {
                    ""
                },
                step.sql.lines().next().unwrap_or("")
            )),
        }
    }
}

#[test]
fn samples_scripts_pass_squawk_but_for_warnings_their_roles_explain() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let cfg = tempfile::NamedTempFile::new().unwrap();
    // The samples' statistics cover minutes: accept that window, so that
    // the script drops the unused index too.
    std::fs::write(cfg.path(), "[rules.unused-index]\nmin_observed_days = 0\n").unwrap();
    let at = |p: &str| root.join(p).to_str().unwrap().to_owned();
    let mut seen = Vec::new();
    let mut unexpected = Vec::new();
    for (case, dir) in [("samples", "samples"), ("seed-003", "samples/seed-003")] {
        let (logs, schema, stats) = (
            at(&format!("{dir}/logs")),
            at(&format!("{dir}/schema.sql")),
            at(&format!("{dir}/stats.json")),
        );
        lint(
            case,
            &[
                &logs,
                "--schema",
                &schema,
                "--stats",
                &stats,
                "--config",
                cfg.path().to_str().unwrap(),
            ],
            &mut seen,
            &mut unexpected,
        );
    }
    assert!(
        unexpected.is_empty(),
        "squawk warnings no step's role explains:\n{}",
        unexpected.join("\n")
    );
    // The list stays honest: an expectation no warning needs any more goes.
    for (k, e) in EXPECTED.iter().enumerate() {
        assert!(
            seen.contains(&k),
            "{} on {:?} is expected but never raised ({}): remove it",
            e.rule,
            e.role,
            e.why
        );
    }
}
