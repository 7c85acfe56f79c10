//! Damaged input never panics: every problem is counted with its file and
//! line, and the run goes on with what is readable.
use crate::common;

use pgadvisor::app;
use pgadvisor::input::{self, InputFormat, ReadOptions};
use std::io::Write;
use std::path::{Path, PathBuf};

const GOOD: &str = "2024-01-01 10:00:00.000 UTC [1] app@db LOG:  duration: 1.000 ms  statement: SELECT 1\n\
                    2024-01-01 10:00:01.000 UTC [1] app@db LOG:  duration: 2.000 ms  statement: SELECT 2\n";

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    p
}

fn read_one(p: &Path) -> (pgadvisor::model::workload::Workload, input::InputSummary) {
    pgadvisor::model::workload::read_path(
        p,
        &ReadOptions::default(),
        &Default::default(),
        Box::new(|_| {}),
    )
    .unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn binary_garbage_and_invalid_utf8_are_counted_with_lines() {
    let dir = tempfile::tempdir().unwrap();
    let mut bytes = GOOD.repeat(20).into_bytes();
    bytes.extend_from_slice(b"\x00\x01\x02garbage\x00\xff\xfe\n");
    bytes.extend_from_slice(b"2024-01-01 10:00:02.000 UTC [1] app@db LOG:  duration: 3.000 ms  statement: SELECT '\xe9t\xe9'\n");
    bytes.extend_from_slice(GOOD.as_bytes());
    let p = write(dir.path(), "mixed.log", &bytes);
    let (w, s) = read_one(&p);
    assert_eq!(s.unparsed_lines, 1);
    assert_eq!(s.unparsed["binary"].count, 1);
    assert_eq!(s.unparsed_samples[0].line, 41);
    assert_eq!(
        s.warnings.get("invalid UTF-8 replaced"),
        Some(&2),
        "{:?}",
        s.warnings
    );
    assert_eq!(w.statements(), 43);
}

#[test]
fn truncated_lines_and_cut_files() {
    let dir = tempfile::tempdir().unwrap();
    let text = GOOD.repeat(10);
    // Cut at every byte of the last line: never a panic, the complete lines are kept.
    for cut in (text.len() - 90)..text.len() {
        let p = write(dir.path(), "cut.log", &text.as_bytes()[..cut]);
        let (w, s) = read_one(&p);
        assert!(w.statements() >= 19, "cut {cut}: {}", w.statements());
        assert!(s.lines >= 19);
    }
}

#[test]
fn a_ten_megabyte_line() {
    let dir = tempfile::tempdir().unwrap();
    // A huge statement is one record.
    let huge = format!(
        "{GOOD}2024-01-01 10:00:03.000 UTC [1] app@db LOG:  duration: 9.000 ms  statement: SELECT '{}'\n{GOOD}",
        "x".repeat(10 << 20)
    );
    let (w, s) = read_one(&write(dir.path(), "huge.log", huge.as_bytes()));
    assert_eq!(s.unparsed_lines, 0);
    assert_eq!(w.statements(), 5);
    // A huge line of nothing is one unparsed line.
    let junk = format!("{GOOD}{}\n{GOOD}", "z".repeat(10 << 20));
    let (w, s) = read_one(&write(dir.path(), "junk.log", junk.as_bytes()));
    assert_eq!((s.unparsed_lines, s.unparsed_samples[0].line), (1, 3));
    assert!(
        s.unparsed_samples[0].text.len() < 400,
        "samples are truncated"
    );
    assert_eq!(w.statements(), 4);
}

#[test]
fn a_directory_with_unreadable_entries_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "a.log", GOOD.as_bytes());
    std::os::unix::fs::symlink(dir.path().join("missing"), dir.path().join("b.log")).unwrap();
    write(dir.path(), "c.log", b"");
    let (w, inputs) = app::read_inputs(
        &[dir.path().to_owned()],
        &ReadOptions::default(),
        &Default::default(),
    )
    .unwrap();
    assert_eq!(w.statements(), 2);
    let broken: Vec<_> = inputs.iter().filter(|i| i.error.is_some()).collect();
    assert_eq!(broken.len(), 1);
    assert!(
        broken[0].error.as_ref().unwrap().contains("b.log"),
        "{:?}",
        broken[0].error
    );
}

#[test]
fn a_corrupt_gzip_keeps_what_came_before() {
    let dir = tempfile::tempdir().unwrap();
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    for i in 0..20000 {
        writeln!(gz, "2024-01-01 10:00:00.000 UTC [1] app@db LOG:  duration: 1.000 ms  statement: SELECT {i}, 'some padding text {}'", i * 7919 % 10007).unwrap();
    }
    let mut bytes = gz.finish().unwrap();
    let n = bytes.len();
    bytes.truncate(n * 2 / 3);
    bytes.extend_from_slice(b"not gzip any more");
    let (w, s) = read_one(&write(dir.path(), "broken.log.gz", &bytes));
    let err = s.error.expect("the damage is reported");
    assert!(err.contains("broken.log.gz:"), "{err}");
    assert!(
        w.statements() > 1000,
        "lines before the damage are kept: {}",
        w.statements()
    );
}

#[test]
fn wrong_format_forced_is_counted_not_a_panic() {
    let dir = tempfile::tempdir().unwrap();
    let p = write(dir.path(), "x.log", GOOD.as_bytes());
    for f in [
        InputFormat::Csvlog,
        InputFormat::Jsonlog,
        InputFormat::Syslog,
        InputFormat::CloudNativePg,
        InputFormat::PgStatStatementsCsv,
        InputFormat::PgStatStatementsJson,
    ] {
        let opts = ReadOptions {
            format: Some(f),
            ..ReadOptions::default()
        };
        let (_, s) =
            pgadvisor::model::workload::read_path(&p, &opts, &Default::default(), Box::new(|_| {}))
                .unwrap();
        assert!(s.unparsed_lines >= 1, "{f:?}: {s:?}");
    }
}

/// Seeded mutations of real logs through every reader: no panics.
#[test]
fn mutated_real_logs_never_panic() {
    let corpus = common::shared_dir().join("corpus/pgbadger-fixtures");
    let seeds = [
        "multiline_param.log",
        "anonymize.log",
        "pg_rawcsv.log",
        "postgresql_param_range.log",
        "stmt_type.log",
        "weeknumber.log",
    ];
    let dir = tempfile::tempdir().unwrap();
    let mut state = 0x9E3779B97F4A7C15u64;
    let mut rnd = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let formats = [
        None,
        Some(InputFormat::Stderr),
        Some(InputFormat::Csvlog),
        Some(InputFormat::Jsonlog),
        Some(InputFormat::Syslog),
        Some(InputFormat::Cloudsql),
    ];
    for seed in seeds {
        let base = std::fs::read(corpus.join(seed)).unwrap();
        for round in 0..40 {
            let mut b = base.clone();
            for _ in 0..(1 + rnd() % 8) {
                let i = (rnd() as usize) % b.len().max(1);
                match rnd() % 4 {
                    0 => b[i] = rnd() as u8,
                    1 => b.truncate(i),
                    2 => b.insert(i, b"\n\t\"'$[]{}:,"[(rnd() % 11) as usize]),
                    _ => {
                        let j = (rnd() as usize) % b.len().max(1);
                        let (lo, hi) = (i.min(j), i.max(j).min(b.len()));
                        let chunk = b[lo..hi].to_vec();
                        b.splice(i.min(b.len())..i.min(b.len()), chunk);
                    }
                }
                if b.is_empty() {
                    break;
                }
            }
            let p = write(dir.path(), &format!("m{round}.log"), &b);
            for f in formats {
                let opts = ReadOptions {
                    format: f,
                    chunk_size: Some(256),
                    ..ReadOptions::default()
                };
                let _ = pgadvisor::model::workload::read_path(
                    &p,
                    &opts,
                    &Default::default(),
                    Box::new(|_| {}),
                );
            }
        }
    }
}

/// Found by the pgss fuzz target: absurd totals in an export overflowed a sum.
#[test]
fn absurd_numbers_in_exports_saturate() {
    let dir = tempfile::tempdir().unwrap();
    let p = write(
        dir.path(),
        "pgss.csv",
        b"query,calls,total_exec_time\n\"SELECT 1\",1e30,1e300\n\"select 2\",18446744073709551615,5\n\"SELECT 3\",5,1\n",
    );
    let (w, s) = read_one(&p);
    assert_eq!(s.unparsed_lines, 0);
    assert_eq!(w.statements(), u64::MAX);
    let log = write(
        dir.path(),
        "huge.log",
        b"2024-01-01 10:00:00.000 UTC [1] a@b LOG:  temporary file: path \"x\", size 18446744073709551615\n\
          2024-01-01 10:00:00.000 UTC [1] a@b STATEMENT:  SELECT 1\n\
          2024-01-01 10:00:00.000 UTC [1] a@b LOG:  temporary file: path \"x\", size 18446744073709551615\n\
          2024-01-01 10:00:00.000 UTC [1] a@b STATEMENT:  SELECT 1\n\
          2024-01-01 10:00:00.000 UTC [1] a@b LOG:  duration: 1e300 ms  statement: SELECT 1\n\
          2024-01-01 10:00:00.000 UTC [1] a@b LOG:  duration: 1e300 ms  statement: SELECT 1\n",
    );
    let (w, _) = read_one(&log);
    assert_eq!(w.events.temp_bytes, u64::MAX);
}
