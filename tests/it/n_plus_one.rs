//! N+1 from the database's own log: real client code (several sessions at
//! once) plants loops and look-alikes; the findings must be exactly the loops,
//! and the batched rewrite must return the rows the loop fetched.
use crate::common;

use common::TestCluster;
use pgadvisor::app;
use pgadvisor::findings::Finding;
use pgadvisor::input::{schema_dump, ReadOptions};
use std::collections::BTreeSet;
use std::time::Duration;

const SCHEMA: &str = "
CREATE TABLE campaigns (id serial PRIMARY KEY, account_id int NOT NULL, name text);
CREATE TABLE whatsapp_logs (id serial PRIMARY KEY, campaign_id int NOT NULL, phone text);
CREATE TABLE campaign_stats (campaign_id int PRIMARY KEY, sent int);
CREATE TABLE jobs (id serial PRIMARY KEY, status text);
CREATE TABLE events (id serial PRIMARY KEY, payload text);
INSERT INTO campaigns (account_id, name) SELECT (g - 1) / 10 + 1, 'c' || g FROM generate_series(1, 100) g;
INSERT INTO whatsapp_logs (campaign_id, phone) SELECT g % 100 + 1, '+55' || g FROM generate_series(1, 2000) g;
INSERT INTO campaign_stats SELECT g, g * 3 FROM generate_series(1, 100) g;
INSERT INTO jobs (status) SELECT 'queued' FROM generate_series(1, 5);
ANALYZE;
";

const PARENT: &str = "SELECT id, name FROM campaigns WHERE account_id = $1 ORDER BY id";
const CHILD: &str = "SELECT id, phone FROM whatsapp_logs WHERE campaign_id = $1 ORDER BY id";

/// The ORM loop: the account's campaigns, then each campaign's logs, one query per row.
fn orm_loop(db: &mut postgres::Client, account: i32) -> BTreeSet<(i32, String)> {
    let parent = db.prepare(PARENT).unwrap();
    let mut fetched = BTreeSet::new();
    for row in db.query(&parent, &[&account]).unwrap() {
        let campaign: i32 = row.get(0);
        for r in db.query(CHILD, &[&campaign]).unwrap() {
            fetched.insert((r.get(0), r.get(1)));
        }
    }
    fetched
}

fn plant(c: &TestCluster) -> BTreeSet<(i32, String)> {
    let mut db = c.client("postgres");
    db.batch_execute(SCHEMA).unwrap();
    let fetched = orm_loop(&mut db, 1);
    let conn = c.conninfo("postgres");
    let mut threads = Vec::new();
    // Two more sessions run the same loop at the same time.
    for account in [2, 3] {
        let conn = conn.clone();
        threads.push(std::thread::spawn(move || {
            let mut db = postgres::Client::connect(&conn, postgres::NoTls).unwrap();
            orm_loop(&mut db, account);
        }));
    }
    // MN+1: two child queries per row, the second in the simple protocol with inline values.
    let conn2 = conn.clone();
    threads.push(std::thread::spawn(move || {
        let mut db = postgres::Client::connect(&conn2, postgres::NoTls).unwrap();
        for row in db.query(PARENT, &[&4i32]).unwrap() {
            let campaign: i32 = row.get(0);
            db.query(CHILD, &[&campaign]).unwrap();
            db.simple_query(&format!(
                "SELECT sent FROM campaign_stats WHERE campaign_id = {campaign}"
            ))
            .unwrap();
        }
    }));
    // A poller: the same query every few hundred milliseconds.
    let conn3 = conn.clone();
    threads.push(std::thread::spawn(move || {
        let mut db = postgres::Client::connect(&conn3, postgres::NoTls).unwrap();
        for _ in 0..6 {
            db.query("SELECT count(*) FROM jobs WHERE status = $1", &[&"queued"])
                .unwrap();
            std::thread::sleep(Duration::from_millis(300));
        }
    }));
    // pgbench-style transactions and a cursor batch: repeated, but not loops over rows.
    let conn4 = conn.clone();
    threads.push(std::thread::spawn(move || {
        let mut db = postgres::Client::connect(&conn4, postgres::NoTls).unwrap();
        for id in 1..=12i32 {
            let mut tx = db.transaction().unwrap();
            tx.execute("UPDATE campaigns SET name = name WHERE id = $1", &[&id])
                .unwrap();
            tx.query("SELECT account_id FROM campaigns WHERE id = $1", &[&id])
                .unwrap();
            tx.commit().unwrap();
        }
        db.batch_execute("BEGIN; DECLARE c CURSOR FOR SELECT * FROM whatsapp_logs;")
            .unwrap();
        for _ in 0..10 {
            db.batch_execute("FETCH 100 FROM c").unwrap();
        }
        db.batch_execute("CLOSE c; COMMIT;").unwrap();
    }));
    // A write loop: one INSERT per row.
    threads.push(std::thread::spawn(move || {
        let mut db = postgres::Client::connect(&conn, postgres::NoTls).unwrap();
        for i in 0..20 {
            db.execute(
                "INSERT INTO events (payload) VALUES ($1)",
                &[&format!("e{i}")],
            )
            .unwrap();
        }
    }));
    for t in threads {
        t.join().unwrap();
    }
    fetched
}

fn n_plus_one(c: &mut TestCluster) -> Vec<Finding> {
    let dump = c.dump_schema("postgres");
    c.stop();
    let (mut w, _) =
        app::read_inputs(&[c.logs().0], &ReadOptions::default(), &Default::default()).unwrap();
    app::finalize(&mut w, &Default::default(), None);
    let (schema, summary) = schema_dump::parse(&dump);
    let advice = app::advise(&w, Some((&schema, &summary)));
    assert!(
        !advice
            .diagnostics
            .iter()
            .any(|d| d.starts_with("n-plus-one")),
        "{:?}",
        advice.diagnostics
    );
    advice
        .findings
        .into_iter()
        .filter(|f| f.rule == "n-plus-one")
        .collect()
}

#[test]
fn loops_are_found_look_alikes_are_not_and_the_rewrite_returns_the_same_rows() {
    let mut c = TestCluster::start("");
    let fetched = plant(&c);
    let found = n_plus_one(&mut c);
    let tables: BTreeSet<String> = found.iter().map(|f| f.subject.table.clone()).collect();
    // Planted: the N+1 on whatsapp_logs, the MN+1 sibling on campaign_stats, the INSERT loop on events.
    // Look-alikes: the poller (jobs), the transactions on campaigns, the cursor: none may fire.
    let want: BTreeSet<String> = ["whatsapp_logs", "campaign_stats", "events"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    let hits = tables.intersection(&want).count();
    println!(
        "precision {}/{}, recall {}/{}",
        hits,
        tables.len(),
        hits,
        want.len()
    );
    assert_eq!(
        tables,
        want,
        "{:#?}",
        found.iter().map(|f| &f.title).collect::<Vec<_>>()
    );

    let logs = found
        .iter()
        .find(|f| f.subject.table == "whatsapp_logs")
        .unwrap();
    let e = &logs.evidence;
    assert_eq!(e["kind"], "read");
    assert_eq!(e["child_references_parent"], true);
    assert_eq!(e["parent_query"], PARENT);
    assert_eq!(
        e["bursts"], 4,
        "three ORM sessions and the MN+1 session: {e}"
    );
    assert_eq!(e["executions_per_burst"]["min"], 10);
    assert_eq!(e["applications"]["pgadvisor-test"], 4);
    assert!(e["example"]["first"].is_string() && e["example"]["executions"] == 10);
    assert_eq!(logs.subject.columns, vec!["campaign_id"]);
    let stats = found
        .iter()
        .find(|f| f.subject.table == "campaign_stats")
        .unwrap();
    assert_eq!(stats.evidence["bursts"], 1);
    let events = found.iter().find(|f| f.subject.table == "events").unwrap();
    assert_eq!(events.evidence["kind"], "write-loop");
    assert_eq!(
        events.sql(),
        vec!["INSERT INTO events (payload) SELECT * FROM unnest($1::text[])"]
    );

    // The batched rewrite returns exactly what the loop fetched, and the index is used.
    assert_eq!(
        logs.sql()[0],
        "SELECT id, phone FROM whatsapp_logs WHERE campaign_id = ANY($1) ORDER BY id"
    );
    c = TestCluster::start("");
    let mut db = c.client("postgres");
    db.batch_execute(SCHEMA).unwrap();
    let ids: Vec<i32> = db
        .query(PARENT, &[&1i32])
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect();
    let batched: BTreeSet<(i32, String)> = db
        .query(logs.sql()[0].as_str(), &[&ids])
        .unwrap()
        .iter()
        .map(|r| (r.get(0), r.get(1)))
        .collect();
    assert_eq!(batched, fetched);
    // The index leads with the loop's key: its own, or the wider one the
    // index advisor chose for the same reads (built once).
    let index = logs.sql()[1].clone();
    assert!(
        index.contains("ON public.whatsapp_logs (campaign_id"),
        "{:?}",
        logs.sql()
    );
    let name = index
        .split_whitespace()
        .skip_while(|w| *w != "EXISTS")
        .nth(1)
        .unwrap()
        .to_owned();
    assert!(name.starts_with("whatsapp_logs_campaign_id_"), "{name}");
    db.batch_execute(&index).unwrap();
    db.batch_execute("ANALYZE whatsapp_logs").unwrap();
    let plan: Vec<String> = common::lines(
        &mut db,
        "EXPLAIN SELECT id, phone FROM whatsapp_logs WHERE campaign_id = ANY('{1,2,3}')",
    );
    assert!(plan.iter().any(|l| l.contains(&name)), "{plan:#?}");
    // The write loop's batched INSERT writes every row in one statement.
    let rows: Vec<String> = (0..20).map(|i| format!("e{i}")).collect();
    let n = db.execute(events.sql()[0].as_str(), &[&rows]).unwrap();
    assert_eq!(n, 20);
    let payloads: BTreeSet<String> = db
        .query("SELECT payload FROM events", &[])
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect();
    assert_eq!(payloads, rows.into_iter().collect());
}

#[test]
fn the_report_says_when_the_log_cannot_show_n_plus_one() {
    let dir = tempfile::tempdir().unwrap();
    // No pid in the prefix: no sessions.
    let mut text = String::new();
    for i in 0..10 {
        text.push_str(&format!("2024-01-01 10:00:00.{i:03} UTC LOG:  duration: 0.100 ms  statement: SELECT * FROM t WHERE id = {i}\n"));
    }
    let no_pid = dir.path().join("no_pid.log");
    std::fs::write(&no_pid, &text).unwrap();
    let (w, _) = app::read_inputs(&[no_pid], &ReadOptions::default(), &Default::default()).unwrap();
    let d = app::advise(&w, None).diagnostics;
    assert!(d.iter().any(|m| m.contains("no session identity")), "{d:?}");
    // Only slow statements: log_min_duration_statement hides the loops.
    let mut text = String::new();
    for i in 0..60 {
        text.push_str(&format!("2024-01-01 10:00:00.000 UTC [7] LOG:  duration: {}.000 ms  statement: SELECT * FROM t WHERE id = {i}\n", 250 + i));
    }
    let slow = dir.path().join("slow.log");
    std::fs::write(&slow, &text).unwrap();
    let (w, _) = app::read_inputs(&[slow], &ReadOptions::default(), &Default::default()).unwrap();
    let d = app::advise(&w, None).diagnostics;
    assert!(
        d.iter().any(|m| m.contains("log_min_duration_statement")),
        "{d:?}"
    );
}

/// One pooled connection serving requests back to back: each request looks
/// its user up, lists the account's campaigns and loads each campaign's logs
/// one by one. Every request's loop runs into the next one's (the parent
/// comes a few statements after the last child), so the loop is one burst
/// per parent execution. The look-alikes on the same connection — a login
/// lookup per request, `SELECT 1` health checks, a page that reads one row
/// and then its children's count, request after request, a pgbench-style run of
/// point lookups with no parent, a report job run month after month, a
/// purge deleting 50 ids per statement and a sensor writing each reading as
/// it arrives — must stay silent.
#[test]
fn loops_on_a_pooled_connection_and_parentless_runs() {
    let mut c = TestCluster::start("");
    let mut db = c.client("postgres");
    db.batch_execute(SCHEMA).unwrap();
    db.batch_execute(
        "CREATE TABLE users (id serial PRIMARY KEY, email text UNIQUE, account_id int);
         INSERT INTO users (email, account_id) SELECT 'u' || g || '@x.com', g % 10 + 1 FROM generate_series(1, 100) g;
         CREATE TABLE pgbench_accounts (aid int PRIMARY KEY, abalance int);
         INSERT INTO pgbench_accounts SELECT g, 0 FROM generate_series(1, 1000) g;
         CREATE TABLE sales (id serial PRIMARY KEY, sold_on date, store int, amount numeric(12,2));
         INSERT INTO sales (sold_on, store, amount) SELECT date '2024-01-01' + g % 365, g % 7, g FROM generate_series(1, 5000) g;
         CREATE TABLE staging (id int PRIMARY KEY);
         INSERT INTO staging SELECT generate_series(1, 1000);",
    )
    .unwrap();
    let login = db
        .prepare("SELECT id, account_id FROM users WHERE email = $1")
        .unwrap();
    for request in 0..20i32 {
        db.query(&login, &[&format!("u{}@x.com", request + 1)])
            .unwrap();
        orm_loop(&mut db, request % 10 + 1);
        db.simple_query("SELECT 1").unwrap();
    }
    // A campaign page per request: the campaign, then its log count — one
    // lookup per parent row, request after request (after a list of
    // campaigns that would pass for the parent of one long loop).
    db.query(PARENT, &[&1i32]).unwrap();
    for request in 0..20i32 {
        db.query(
            "SELECT name FROM campaigns WHERE id = $1",
            &[&(request + 1)],
        )
        .unwrap();
        db.query(
            "SELECT count(*) FROM whatsapp_logs WHERE campaign_id = $1",
            &[&(request + 1)],
        )
        .unwrap();
    }
    // The benchmark's select-only script: lookups with no parent, back to back.
    for aid in 1..=40i32 {
        db.query(
            "SELECT abalance FROM pgbench_accounts WHERE aid = $1",
            &[&aid],
        )
        .unwrap();
    }
    // A report job: the same aggregate for each month, one after another.
    for month in 1..=12u32 {
        let from = format!("2024-{month:02}-01");
        db.simple_query(&format!(
            "SELECT store, sum(amount), count(*) FROM sales WHERE sold_on >= '{from}' AND sold_on < date '{from}' + interval '1 month' GROUP BY store"
        ))
        .unwrap();
    }
    // A purge already batched: 50 ids per DELETE.
    for batch in 0..10 {
        let ids: Vec<String> = (1..=50).map(|k| (batch * 50 + k).to_string()).collect();
        db.simple_query(&format!(
            "DELETE FROM staging WHERE id IN ({})",
            ids.join(", ")
        ))
        .unwrap();
    }
    // A sensor's readings, each written as it arrives: a stream, not a loop.
    for reading in 0..8 {
        db.execute(
            "INSERT INTO events (payload) VALUES ($1)",
            &[&format!("reading {reading}")],
        )
        .unwrap();
        std::thread::sleep(Duration::from_millis(150));
    }
    drop(db);
    let found = n_plus_one(&mut c);
    let by_table: Vec<(&str, &str)> = found
        .iter()
        .map(|f| {
            (
                f.subject.table.as_str(),
                f.evidence["kind"].as_str().unwrap_or(""),
            )
        })
        .collect();
    assert_eq!(
        by_table,
        [("whatsapp_logs", "read")],
        "{:#?}",
        found.iter().map(|f| &f.title).collect::<Vec<_>>()
    );
    let e = &found[0].evidence;
    assert_eq!(e["parent_query"], PARENT);
    assert_eq!(e["bursts"], 20, "one burst per request: {e}");
    assert_eq!(e["executions_per_burst"]["min"], 10, "{e}");
    assert_eq!(e["executions_per_burst"]["max"], 10, "{e}");
}
