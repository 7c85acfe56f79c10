//! Per-tenant limits read from the log, on a real cluster: three clinic
//! databases, each with its own login role; Litoral's BI tool runs a
//! 1.2-second report and its lab worker holds transactions idle. The
//! limits pgadvisor writes for Litoral, applied, let its legitimate work
//! through and cut the runaway: a longer statement, a longer idle
//! transaction, a lock wait, one connection too many. The other clinics
//! keep their defaults.
use crate::common::{self, TestCluster};
use std::time::{Duration, Instant};

const CLINICS: [&str; 3] = ["vitoria", "serra", "litoral"];

const SCHEMA: &str = "
CREATE TABLE agendamentos (id int PRIMARY KEY, paciente_id int NOT NULL, inicio timestamptz NOT NULL, status text NOT NULL);
INSERT INTO agendamentos SELECT g, g % 500, now() + g * interval '30 min', 'marcado' FROM generate_series(1, 2000) g;
CREATE TABLE resultados (id int PRIMARY KEY, enviado_em timestamptz);
INSERT INTO resultados SELECT g, NULL FROM generate_series(1, 100) g;
";

/// Margins small enough for a test's few seconds of log.
const CONFIG: &str = "
[rules.tenant-guardrails]
min_window_s = 5
min_statements = 20
min_statement_timeout_s = 1
min_idle_in_transaction_s = 1
";

fn connect(c: &TestCluster, clinic: &str, app: &str) -> Result<postgres::Client, postgres::Error> {
    let info = c
        .conninfo(&format!("clinica_{clinic}"))
        .replace("user=postgres", &format!("user={clinic}_app"))
        .replace(
            "application_name=pgadvisor-test",
            &format!("application_name={app}"),
        );
    postgres::Client::connect(&info, postgres::NoTls)
}

fn page(db: &mut postgres::Client, k: i32) {
    db.batch_execute("BEGIN").unwrap();
    db.query(
        "SELECT id, inicio FROM agendamentos WHERE paciente_id = $1 ORDER BY inicio",
        &[&(k % 500)],
    )
    .unwrap();
    db.execute(
        "UPDATE agendamentos SET status = 'confirmado' WHERE id = $1",
        &[&(1 + k % 2000)],
    )
    .unwrap();
    db.batch_execute("COMMIT").unwrap();
}

const REPORT: &str = "SELECT pg_sleep(1.2), count(*) FROM agendamentos";

/// The lab worker: claims a result, waits on the lab's API inside the
/// transaction, marks it sent.
fn claim(db: &mut postgres::Client, idle: Duration) {
    db.batch_execute("BEGIN").unwrap();
    let id: i32 = db
        .query_one(
            "SELECT id FROM resultados WHERE enviado_em IS NULL ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED",
            &[],
        )
        .unwrap()
        .get(0);
    std::thread::sleep(idle);
    db.execute(
        "UPDATE resultados SET enviado_em = now() WHERE id = $1",
        &[&id],
    )
    .unwrap();
    db.batch_execute("COMMIT").unwrap();
}

fn sqlstate(e: &postgres::Error) -> Option<&str> {
    e.code().map(|c| c.code())
}

#[test]
fn limits_sized_from_the_log_cut_the_runaway_and_let_the_tenants_work() {
    let mut c = TestCluster::start("");
    let mut admin = c.client("postgres");
    for clinic in CLINICS {
        admin
            .batch_execute(&format!("CREATE ROLE {clinic}_app LOGIN"))
            .unwrap();
        admin
            .batch_execute(&format!(
                "CREATE DATABASE clinica_{clinic} OWNER {clinic}_app"
            ))
            .unwrap();
        let mut db = connect(&c, clinic, "setup").unwrap();
        db.batch_execute(SCHEMA).unwrap();
    }
    // Pools of 3, 2 and 2 connections serving pages; Litoral also has its
    // BI tool and its lab worker, on their own connections.
    let started = Instant::now();
    std::thread::scope(|s| {
        s.spawn(|| {
            let mut bi = connect(&c, "litoral", "relatorios-bi").unwrap();
            for _ in 0..3 {
                bi.query(REPORT, &[]).unwrap();
                std::thread::sleep(Duration::from_millis(500));
            }
        });
        s.spawn(|| {
            let mut lab = connect(&c, "litoral", "integracao-lab").unwrap();
            for _ in 0..3 {
                claim(&mut lab, Duration::from_millis(1100));
                std::thread::sleep(Duration::from_millis(300));
            }
        });
        let mut pools: Vec<(usize, postgres::Client)> = Vec::new();
        for (i, (clinic, size)) in CLINICS.iter().zip([3, 2, 2]).enumerate() {
            for _ in 0..size {
                pools.push((i, connect(&c, clinic, "agenda-web").unwrap()));
            }
        }
        let mut k = 0;
        while started.elapsed() < Duration::from_secs(6) {
            for (i, db) in pools.iter_mut() {
                // Vitória's pool is the busiest.
                if *i == 0 || k % 2 == 0 {
                    page(db, k);
                }
                k += 1;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    });
    let log = c.log_snapshot();
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("pgadvisor.toml");
    std::fs::write(&config, CONFIG).unwrap();
    let out = dir.path().join("out");
    let r = common::audit(
        &[
            log.path().to_str().unwrap(),
            "--config",
            config.to_str().unwrap(),
        ],
        &out,
    );
    let found = common::findings(&r, "tenant-guardrails");
    assert_eq!(found.len(), 3, "{:#?}", r["diagnostics"]);
    let litoral = found
        .iter()
        .find(|f| f["evidence"]["database"] == "clinica_litoral")
        .expect("Litoral's limits");
    let e = &litoral["evidence"];
    assert_eq!(e["role"], "litoral_app", "{e:#}");
    // Its pool of 2, the BI tool and the lab worker.
    assert_eq!(e["peak_sessions"], 4, "{e:#}");
    assert!(e["longest_ms"].as_f64().unwrap() >= 1200.0, "{e:#}");
    assert_eq!(e["idle_in_transaction_gaps"], 3, "{e:#}");
    assert_eq!(e["connection_limit"], 6, "{e:#}");
    assert_eq!(e["statement_timeout_s"], 5, "{e:#}");
    assert_eq!(e["idle_in_transaction_session_timeout_s"], 5, "{e:#}");
    assert_eq!(e["lock_timeout_s"], 2, "{e:#}");
    // Litoral loads the server: its report is most of the statement time.
    let noisy = common::findings(&r, "noisy-neighbour");
    assert_eq!(noisy.len(), 1, "{noisy:#?}");
    assert_eq!(noisy[0]["evidence"]["database"], "clinica_litoral");

    // The snapshot restarted the server.
    let mut admin = c.client("postgres");
    for sql in litoral["sql"].as_array().unwrap() {
        admin.batch_execute(sql.as_str().unwrap()).unwrap();
    }
    // A new session of Litoral's role works under the limits: its pages
    // and its 1.2-second report go through.
    let mut db = connect(&c, "litoral", "agenda-web").unwrap();
    let show = |db: &mut postgres::Client, name: &str| -> String {
        db.query_one(&format!("SHOW {name}"), &[]).unwrap().get(0)
    };
    assert_eq!(show(&mut db, "statement_timeout"), "5s");
    assert_eq!(show(&mut db, "lock_timeout"), "2s");
    page(&mut db, 7);
    db.query(REPORT, &[]).unwrap();
    // A runaway statement is cut.
    let runaway = db.query("SELECT pg_sleep(6)", &[]).unwrap_err();
    assert_eq!(sqlstate(&runaway), Some("57014"), "{runaway}");
    // A lock held by someone else is waited for 2 seconds, not forever.
    let mut holder = c.client("clinica_litoral");
    holder
        .batch_execute("BEGIN; UPDATE agendamentos SET status = 'x' WHERE id = 1")
        .unwrap();
    let t = Instant::now();
    let waited = db
        .execute("UPDATE agendamentos SET status = 'y' WHERE id = 1", &[])
        .unwrap_err();
    assert_eq!(sqlstate(&waited), Some("55P03"), "{waited}");
    assert!(t.elapsed() < Duration::from_secs(4));
    holder.batch_execute("ROLLBACK").unwrap();
    // The lab worker's usual 1.1-second wait still commits; a hung call is cut.
    let mut lab = connect(&c, "litoral", "integracao-lab").unwrap();
    claim(&mut lab, Duration::from_millis(1100));
    lab.batch_execute("BEGIN").unwrap();
    lab.query("SELECT 1", &[]).unwrap();
    std::thread::sleep(Duration::from_secs(6));
    assert!(
        lab.query("SELECT 1", &[]).is_err(),
        "the idle transaction was ended"
    );
    assert!(lab.is_closed() || lab.query("SELECT 1", &[]).is_err());
    // Six sessions at once, not seven (every backend in the database counts).
    drop((db, lab, holder));
    std::thread::sleep(Duration::from_millis(300));
    let held: Vec<postgres::Client> = (0..6)
        .map(|_| connect(&c, "litoral", "agenda-web").unwrap())
        .collect();
    let Err(refused) = connect(&c, "litoral", "agenda-web") else {
        panic!("a seventh session was let in");
    };
    assert!(
        refused.to_string().contains("too many connections") || sqlstate(&refused) == Some("53300"),
        "{refused}"
    );
    drop(held);
    // The other clinics keep the server's defaults.
    let mut vitoria = connect(&c, "vitoria", "agenda-web").unwrap();
    assert_eq!(show(&mut vitoria, "statement_timeout"), "0");
}
