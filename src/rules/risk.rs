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
                    // relpages is 0 until the table is first vacuumed or analysed.
                    let bytes = st
                        .heap_pages
                        .filter(|p| *p > 0)
                        .map(|p| p * 8192)
                        .or(st.total_bytes);
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

/// Whether it holds off the application: a table lock from SHARE up, or
/// the row locks of a backfill that updates every row in one transaction.
fn blocks(l: &LockHold) -> bool {
    l.lock >= Lock::Share || l.rows_locked
}

fn of_fix(fix: &crate::sqlgen::Fix, sizes: &BTreeMap<String, (Option<u64>, Option<f64>)>) -> Risk {
    // (table, lock, rows locked) → (held, passes), in the fix's order: the
    // summary names the table the fix is about before the ones it also locks.
    type Key = (String, Lock, bool);
    let mut by: Vec<(Key, (Held, f64))> = Vec::new();
    let mut take = |on: &str, lock: Lock, rows: bool, (held, passes): (Held, f64)| {
        let i = match by
            .iter()
            .position(|(k, _)| k.0 == on && k.1 == lock && k.2 == rows)
        {
            Some(i) => i,
            None => {
                by.push(((on.to_owned(), lock, rows), (Held::Moment, 0.0)));
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
    let mut settings = false;
    let mut script = false;
    for s in fix.steps.iter() {
        // A step written for `tenant_*` runs in each tenant schema: it
        // takes its lock there, so it counts as the script's.
        match s.role {
            Role::ApplicationRewrite => {
                rewrites = true;
                continue;
            }
            Role::SessionSetting => {
                settings = true;
                continue;
            }
            _ => {}
        }
        script = true;
        if let Some(on) = s.on.as_deref().filter(|_| !s.created_here) {
            if s.lock != Lock::None {
                take(on, s.lock, s.role == Role::Backfill, hold(s));
            }
        }
        if let Some(also) = &s.also_locks {
            take(&also.on, also.lock, false, hold(s));
        }
    }
    let locks: Vec<LockHold> = by
        .into_iter()
        .map(|((on, lock, rows_locked), (held, passes))| {
            let (bytes, rows) = sizes.get(&on).copied().unwrap_or((None, None));
            LockHold {
                seconds: (held == Held::Scan)
                    .then(|| bytes.map(|b| passes * b as f64 / SCAN_BYTES_PER_SECOND))
                    .flatten(),
                on,
                lock,
                blocks: if rows_locked {
                    "blocks writes to the rows it updates until it commits".to_owned()
                } else {
                    lock.blocks().to_owned()
                },
                rows_locked,
                held,
                table_bytes: bytes,
                table_rows: rows,
            }
        })
        .collect();
    let level = locks
        .iter()
        .filter(|l| blocks(l))
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
            summary(&locks, script, rewrites, settings)
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

/// The hold that lasts longest (a scan over a moment, then the longer
/// scan), the first of equals: the summary names tables in the fix's order.
fn longest<'a>(holds: impl Iterator<Item = &'a LockHold>) -> Option<&'a LockHold> {
    let key = |l: &LockHold| (l.held == Held::Scan, l.seconds.unwrap_or(0.0));
    holds.fold(None, |best, l| match best {
        Some(b) if key(b) >= key(l) => Some(b),
        _ => Some(l),
    })
}

/// One line: what blocks the application, per lock mode (strongest first)
/// and for how long, then the longest work that blocks nobody.
fn summary(locks: &[LockHold], script: bool, rewrites: bool, settings: bool) -> String {
    let mut parts = Vec::new();
    let mut modes: Vec<(Lock, bool)> = Vec::new();
    for l in locks.iter().filter(|l| blocks(l)) {
        if !modes.contains(&(l.lock, l.rows_locked)) {
            modes.push((l.lock, l.rows_locked));
        }
    }
    // Table locks from the strongest, then rows locked by a backfill.
    modes.sort_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0)));
    let mut timeout_said = false;
    for (lock, rows) in modes {
        let group: Vec<&LockHold> = locks
            .iter()
            .filter(|l| blocks(l) && l.lock == lock && l.rows_locked == rows)
            .collect();
        let what = if rows {
            "blocks writes to the rows it updates in"
        } else if lock == Lock::AccessExclusive {
            "blocks reads and writes on"
        } else {
            "blocks writes on"
        };
        let on = match group.len() {
            1 => group[0].on.clone(),
            n => format!("{} and {} more", group[0].on, n - 1),
        };
        // The longest hold of the group says how long.
        let Some(w) = longest(group.iter().copied()) else {
            continue;
        };
        parts.push(match w.held {
            Held::Moment if !timeout_said => {
                timeout_said = true;
                format!(
                    "{what} {on} for a moment ({}, a catalog change; lock_timeout makes it give up rather than queue)",
                    lock.sql_name()
                )
            }
            Held::Moment => format!("{what} {on} for a moment ({})", lock.sql_name()),
            Held::Scan => format!("{what} {on} for {}", size_note(w)),
        });
    }
    if let Some(l) = longest(locks.iter().filter(|l| !blocks(l) && l.held == Held::Scan)) {
        parts.push(format!(
            "reads {} for {} without blocking reads or writes",
            l.on,
            size_note(l)
        ));
    }
    if parts.is_empty() && script {
        parts.push("no lock that blocks reads or writes on tables in use".into());
    }
    if settings {
        parts.push(if parts.is_empty() {
            "a setting for the sessions that run the statement (SET LOCAL, or ALTER ROLE … SET): no lock".into()
        } else {
            "then a setting for the sessions that run the statement".into()
        });
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
