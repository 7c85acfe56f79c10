//! What running a finding's fix risks, at the size of the tables it
//! touches: the report ranks fixes by time saved, and a reviewer weighs
//! that against the locks each one takes and for how long. Read from the
//! fix's typed steps (role, lock, table) and the schema's statistics; the
//! same for every rule, so no rule states its own risk.
use crate::catalog::Schema;
use crate::findings::{Finding, Held, LockHold, Risk, RiskLevel, SCAN_BYTES_PER_SECOND};
use crate::sqlgen::{Lock, Role, Step};
use std::collections::BTreeMap;

/// Sets every finding's risk.
pub(crate) fn assess(schema: Option<&Schema>, findings: &mut [Finding]) {
    let sizes: BTreeMap<String, (Option<u64>, Option<f64>)> = schema
        .map(|s| {
            s.tables
                .iter()
                .filter_map(|(t, table)| {
                    let st = table.stats.as_ref()?;
                    let bytes = st.heap_pages.map(|p| p * 8192).or(st.total_bytes);
                    Some((t.to_string(), (bytes, st.rows)))
                })
                .collect()
        })
        .unwrap_or_default();
    for f in findings {
        f.risk = Some(of_fix(&f.fix, &sizes));
    }
}

/// How a step holds its lock, and how many times it reads or writes the
/// table while it does.
fn hold(step: &Step) -> (Held, f64) {
    match step.role {
        // Two scans and a sort: the concurrent build reads the table twice.
        Role::CreateIndex => (Held::Scan, 3.0),
        Role::Validate | Role::Check | Role::CreateView | Role::Maintenance => (Held::Scan, 1.0),
        Role::Backfill => (Held::Scan, 2.0),
        // A constraint checked at once reads the table under its lock.
        Role::AddConstraint if !step.sql.to_ascii_uppercase().contains("NOT VALID") => {
            (Held::Scan, 1.0)
        }
        // `LOCK TABLE` in a transaction holds until its COMMIT, after the
        // copy the transaction makes.
        Role::Transaction if step.lock != Lock::None => (Held::Scan, 2.0),
        _ => (Held::Moment, 0.0),
    }
}

fn blocks(lock: Lock) -> bool {
    lock >= Lock::Share
}

fn of_fix(fix: &crate::sqlgen::Fix, sizes: &BTreeMap<String, (Option<u64>, Option<f64>)>) -> Risk {
    // (table, lock) → (held, passes), in the fix's order: the summary names
    // the table the fix is about before the ones it also locks.
    let mut by: Vec<((String, Lock), (Held, f64))> = Vec::new();
    let mut take = |on: &str, lock: Lock, (held, passes): (Held, f64)| {
        let i = match by.iter().position(|(k, _)| k.0 == on && k.1 == lock) {
            Some(i) => i,
            None => {
                by.push(((on.to_owned(), lock), (Held::Moment, 0.0)));
                by.len() - 1
            }
        };
        let e = &mut by[i].1;
        if held == Held::Scan {
            e.0 = Held::Scan;
        }
        e.1 += passes;
    };
    let mut rewrites = false;
    let mut script = false;
    for s in fix.steps.iter() {
        // A step written for `tenant_*` runs in each tenant schema: it
        // takes its lock there, so it counts as the script's.
        if matches!(s.role, Role::ApplicationRewrite | Role::SessionSetting) {
            rewrites = true;
            continue;
        }
        script = true;
        if let Some(on) = s.on.as_deref().filter(|_| !s.created_here) {
            if s.lock != Lock::None {
                take(on, s.lock, hold(s));
            }
        }
        if let Some(also) = &s.also_locks {
            take(&also.on, also.lock, hold(s));
        }
    }
    let locks: Vec<LockHold> = by
        .into_iter()
        .map(|((on, lock), (held, passes))| {
            let (bytes, rows) = sizes.get(&on).copied().unwrap_or((None, None));
            LockHold {
                seconds: (held == Held::Scan)
                    .then(|| bytes.map(|b| passes * b as f64 / SCAN_BYTES_PER_SECOND))
                    .flatten(),
                on,
                lock,
                blocks: lock.blocks().to_owned(),
                held,
                table_bytes: bytes,
                table_rows: rows,
            }
        })
        .collect();
    let level = locks
        .iter()
        .filter(|l| blocks(l.lock))
        .map(|l| match l.held {
            Held::Moment => RiskLevel::Medium,
            Held::Scan => RiskLevel::High,
        })
        .max()
        .unwrap_or(RiskLevel::Low);
    Risk {
        level,
        summary: if fix.is_empty() {
            "Nothing to run on the database: the fix is in the application, the pooler or the server's settings".into()
        } else {
            summary(&locks, script, rewrites)
        },
        locks,
    }
}

/// `≈ 40 s`, `≈ 3 min`: estimates read as estimates.
fn about(seconds: f64) -> String {
    if seconds < 1.0 {
        "under a second".into()
    } else if seconds < 90.0 {
        format!("≈ {:.0} s", seconds)
    } else if seconds < 5400.0 {
        format!("≈ {:.0} min", seconds / 60.0)
    } else {
        format!("≈ {:.1} h", seconds / 3600.0)
    }
}

fn size_note(l: &LockHold) -> String {
    match (l.seconds, l.table_bytes) {
        (Some(s), Some(b)) => format!("{} ({} at 100 MB/s)", about(s), crate::vocab::fmt_bytes(b)),
        _ if l.on.contains('*') => {
            "a time each schema's table size decides (give --stats or read live for an estimate)"
                .into()
        }
        _ => "a time its size decides (give --stats or read live for an estimate)".into(),
    }
}

/// One line: the worst blocking lock and for how long, then the longest
/// work that blocks nobody.
fn summary(locks: &[LockHold], script: bool, rewrites: bool) -> String {
    let mut parts = Vec::new();
    // The first of the worst, so that the line names tables in their order.
    let weight = |l: &LockHold| (l.held == Held::Scan, l.lock, l.seconds.unwrap_or(0.0));
    let worst =
        locks
            .iter()
            .filter(|l| blocks(l.lock))
            .fold(None::<&LockHold>, |best, l| match best {
                Some(b)
                    if weight(l).partial_cmp(&weight(b)) != Some(std::cmp::Ordering::Greater) =>
                {
                    Some(b)
                }
                _ => Some(l),
            });
    if let Some(w) = worst {
        let what = if w.lock == Lock::AccessExclusive {
            "blocks reads and writes"
        } else {
            "blocks writes"
        };
        let others = locks
            .iter()
            .filter(|l| blocks(l.lock) && l.on != w.on)
            .count();
        let on = if others > 0 {
            format!("{} and {others} more", w.on)
        } else {
            w.on.clone()
        };
        parts.push(match w.held {
            Held::Moment => format!(
                "{what} on {on} for a moment ({}, a catalog change; lock_timeout makes it give up rather than queue)",
                w.lock.sql_name()
            ),
            Held::Scan => format!("{what} on {on} for {}", size_note(w)),
        });
    }
    let long = locks
        .iter()
        .filter(|l| !blocks(l.lock) && l.held == Held::Scan)
        .fold(None::<&LockHold>, |best, l| match best {
            Some(b) if l.seconds.unwrap_or(0.0) <= b.seconds.unwrap_or(0.0) => Some(b),
            _ => Some(l),
        });
    if let Some(l) = long {
        parts.push(format!(
            "reads {} for {} without blocking reads or writes",
            l.on,
            size_note(l)
        ));
    }
    if parts.is_empty() && script {
        parts.push("no lock that blocks reads or writes on tables in use".into());
    }
    if rewrites {
        parts.push(if parts.is_empty() {
            "a change in the application: no lock on the database".into()
        } else {
            "then a change in the application".into()
        });
    }
    let mut s = parts.join("; ");
    if let Some(first) = s.get(..1) {
        s = first.to_uppercase() + &s[1..];
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sqlgen::{self, Fix, TableRef};

    fn fk_fix() -> Fix {
        let (child, parent) = (
            TableRef::new("public", "orders"),
            TableRef::new("public", "c"),
        );
        let cols = ["c".to_owned()];
        let id = ["id".to_owned()];
        Fix::from(vec![
            sqlgen::orphan_count(&child, &cols, &parent, &id),
            sqlgen::add_foreign_key_not_valid(&child, &cols, &parent, &id, "f"),
            sqlgen::validate_foreign_key(&child, "f", &parent),
            sqlgen::create_index(&child, "i", &cols, &[] as &[&str], None),
        ])
    }

    #[test]
    fn a_foreign_key_blocks_writes_a_moment_and_scans_without_blocking() {
        let sizes = BTreeMap::from([
            (
                "public.orders".to_owned(),
                (Some(2_000_000_000u64), Some(1e7)),
            ),
            ("public.c".to_owned(), (Some(1_000_000u64), Some(1e3))),
        ]);
        let r = of_fix(&fk_fix(), &sizes);
        assert_eq!(r.level, RiskLevel::Medium);
        assert!(
            r.summary
                .starts_with("Blocks writes on public.orders and 1 more for a moment"),
            "{}",
            r.summary
        );
        // The validation and a concurrent build: four passes over 2 GB (the
        // orphan check takes no lock worth naming).
        assert!(
            r.summary
                .contains("reads public.orders for ≈ 80 s (1.9 GB at 100 MB/s) without blocking"),
            "{}",
            r.summary
        );
        let unknown = of_fix(&fk_fix(), &BTreeMap::new());
        assert!(
            unknown.summary.contains("give --stats"),
            "{}",
            unknown.summary
        );
    }

    #[test]
    fn a_step_for_every_tenant_schema_is_the_scripts() {
        let fix = Fix::from(vec![sqlgen::create_index(
            &TableRef::new("tenant_*", "logs"),
            "i",
            &["c".to_owned()],
            &[] as &[&str],
            None,
        )]);
        let r = of_fix(&fix, &BTreeMap::new());
        assert_eq!(r.level, RiskLevel::Low);
        assert!(
            r.summary
                .starts_with("Reads tenant_*.logs for a time each schema's table size decides"),
            "{}",
            r.summary
        );
    }

    #[test]
    fn a_rewrite_takes_no_lock() {
        let fix = Fix::from(vec![sqlgen::application_query_for(
            "SELECT 1",
            "SELECT 2".into(),
        )]);
        let r = of_fix(&fix, &BTreeMap::new());
        assert_eq!(r.level, RiskLevel::Low);
        assert_eq!(
            r.summary,
            "A change in the application: no lock on the database"
        );
    }
}
