//! Tenant isolation read from the log, on a real cluster: a pool whose
//! requests set the tenant's search_path for the connection, and a
//! dashboard that forgets to, so its counts flip between tenants; the
//! fix pgadvisor writes, applied, stops the flipping.
use crate::common::{self, TestCluster};
use std::collections::BTreeSet;

const SCHEMA: &str = "
CREATE TABLE lojas (id int PRIMARY KEY, schema_nome text NOT NULL);
INSERT INTO lojas VALUES (1, 'loja_aurora'), (2, 'loja_brisa'), (3, 'loja_cedro');
DO $$
DECLARE s text; n int;
BEGIN
  FOR s, n IN VALUES ('loja_aurora', 3), ('loja_brisa', 0), ('loja_cedro', 7) LOOP
    EXECUTE format('CREATE SCHEMA %I', s);
    EXECUTE format('CREATE TABLE %I.clientes (id int PRIMARY KEY, nome text NOT NULL)', s);
    EXECUTE format('CREATE TABLE %I.pedidos (id int PRIMARY KEY, cliente_id int, total numeric)', s);
    EXECUTE format('INSERT INTO %I.clientes SELECT g, ''cliente '' || g FROM generate_series(1, %s) g', s, n);
    EXECUTE format('INSERT INTO %I.pedidos SELECT g, 1 + g %% 3, g * 10 FROM generate_series(1, 40) g', s);
  END LOOP;
END $$;
";

const TENANTS: [&str; 3] = ["loja_aurora", "loja_brisa", "loja_cedro"];

/// One request of the API on a pooled connection: `how` sets its tenant.
fn tenant_request(db: &mut postgres::Client, k: usize, how: &dyn Fn(&str) -> (String, String)) {
    let tenant = TENANTS[k % 3];
    let (open, close) = how(tenant);
    let mut sql = open;
    sql.push_str(&format!(
        "SELECT id, schema_nome FROM lojas WHERE id = {};",
        1 + k % 3
    ));
    if k % 2 == 0 {
        sql.push_str(&format!(
            "SELECT id, total FROM pedidos WHERE cliente_id = {} ORDER BY id LIMIT 10;",
            1 + k % 3
        ));
    } else {
        sql.push_str(&format!(
            "SELECT id, nome FROM clientes WHERE id = {};",
            1 + k % 3
        ));
    }
    sql.push_str(&close);
    for stmt in sql.split_inclusive(';') {
        db.simple_query(stmt).unwrap();
    }
}

/// The dashboard: its counts, or the error it got.
fn dashboard(db: &mut postgres::Client) -> Result<i64, postgres::Error> {
    let n = db.query_one("SELECT count(*) FROM clientes", &[])?.get(0);
    db.query_one(
        "SELECT count(*) FROM pedidos WHERE total > $1::int",
        &[&50i32],
    )?;
    Ok(n)
}

/// 3 pooled connections serving requests in turn; one request in four
/// is the dashboard. The counts it saw.
fn serve(c: &TestCluster, how: &dyn Fn(&str) -> (String, String)) -> (BTreeSet<i64>, usize) {
    let mut pool: Vec<postgres::Client> = (0..3)
        .map(|_| {
            let mut db = c.client("postgres");
            db.batch_execute("SET application_name = 'crm-api'")
                .unwrap();
            db
        })
        .collect();
    let (mut counts, mut failed) = (BTreeSet::new(), 0);
    for k in 0..160 {
        let db = &mut pool[(k * 7 / 5) % 3];
        if k % 4 == 3 {
            match dashboard(db) {
                Ok(n) => {
                    counts.insert(n);
                }
                Err(_) => failed += 1,
            }
        } else {
            tenant_request(db, k, how);
        }
    }
    (counts, failed)
}

#[test]
fn a_forgotten_tenant_on_a_pool_is_found_and_the_fix_stops_the_counts_flipping() {
    let mut c = TestCluster::start("");
    c.client("postgres").batch_execute(SCHEMA).unwrap();
    let session_set = |t: &str| (format!("SET search_path TO {t}, public;"), String::new());
    let (counts, failed) = serve(&c, &session_set);
    // The hazard, as the team saw it: the dashboard's count of clientes
    // is another tenant's from one request to the next.
    assert!(counts.len() >= 2 && failed == 0, "{counts:?} {failed}");
    let (_, r) = c.audit_log_live("postgres");
    let found = common::findings(&r, "search-path-leak");
    assert_eq!(found.len(), 1, "{:#?}", r["diagnostics"]);
    let f = found[0];
    assert_eq!(f["evidence"]["application"], "crm-api");
    assert!(f["evidence"]["executions"].as_u64().unwrap() >= 20, "{f:#}");
    let tables: Vec<&str> = f["evidence"]["tables"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|t| t.as_str())
        .collect();
    assert!(tables.contains(&"clientes"), "{tables:?}");
    // The tenant requests' own statements are not the leak.
    let leaking: Vec<String> = f["queries"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|q| q.as_str())
        .map(str::to_owned)
        .collect();
    let text = |id: &str| {
        r["queries"]
            .as_array()
            .unwrap()
            .iter()
            .find(|q| q["id"] == id)
            .map(|q| q["normalized"].as_str().unwrap_or("").to_owned())
            .unwrap_or_default()
    };
    for id in &leaking {
        assert!(text(id).contains("count("), "{}", text(id));
    }

    // The fix: the request's tenant set for its transaction only, as the
    // finding writes it, and the reset the pool runs on release.
    assert!(
        common::script(f).is_empty(),
        "nothing for the script to run"
    );
    let scoped =
        common::step_sql(f, "application-rewrite").expect("the request rewritten with SET LOCAL");
    let set_local = scoped
        .lines()
        .find(|l| l.starts_with("SET LOCAL search_path"))
        .expect("SET LOCAL");
    let example = TENANTS
        .iter()
        .find(|t| set_local.contains(*t))
        .expect("a tenant's path");
    let reset = common::step_sql(f, "session-setting")
        .expect("the reset on release")
        .to_owned();
    // Each request in its transaction, its path set as the finding's SET LOCAL.
    let mut fixed = TestCluster::start("");
    fixed.client("postgres").batch_execute(SCHEMA).unwrap();
    let local = |t: &str| {
        (
            format!(
                "BEGIN;{};",
                set_local.replace(example, t).trim_end_matches(';')
            ),
            "COMMIT;".to_owned(),
        )
    };
    let (counts, failed) = serve(&fixed, &local);
    // The dashboard no longer reads any tenant: it fails on the missing
    // table until it names its own.
    assert!(counts.is_empty() && failed == 40, "{counts:?} {failed}");
    // Session-level SETs with the reset on release: the same.
    let reset_on_release = |t: &str| (format!("SET search_path TO {t}, public;"), reset.clone());
    let (counts, failed) = serve(&fixed, &reset_on_release);
    assert!(counts.is_empty() && failed == 40, "{counts:?} {failed}");
    let (_, r) = fixed.audit_log_live("postgres");
    let found = common::findings(&r, "search-path-leak");
    assert!(found.is_empty(), "{found:#?}");
}

/// An API that makes sure its tenant's schema and tables exist on every
/// request, beside a migration that ran its checks once: the first is
/// reported, and the start-up query it is given answers what its checks asked.
#[test]
fn schema_checks_on_every_request_are_found_and_one_query_answers_them() {
    let mut c = TestCluster::start("");
    c.client("postgres").batch_execute(SCHEMA).unwrap();
    // The migration: once, at the start of the window.
    let mut migrate = c.client("postgres");
    migrate
        .batch_execute("SET application_name = 'migracao'")
        .unwrap();
    for t in TENANTS {
        migrate
            .batch_execute(&format!(
                "CREATE SCHEMA IF NOT EXISTS {t}; CREATE TABLE IF NOT EXISTS {t}.auditoria (id bigserial PRIMARY KEY, evento text)"
            ))
            .unwrap();
    }
    drop(migrate);
    let mut api = c.client("postgres");
    api.batch_execute("SET application_name = 'crm-api'")
        .unwrap();
    let exists = api
        .prepare("SELECT EXISTS (SELECT 1 FROM information_schema.tables WHERE table_schema = $1 AND table_name = $2)")
        .unwrap();
    let mut asked = Vec::new();
    let started = std::time::Instant::now();
    let mut k = 0;
    // Spread over a few seconds, as requests are.
    while started.elapsed() < std::time::Duration::from_millis(2500) || k < 200 {
        let t = TENANTS[k % 3];
        api.batch_execute(&format!("CREATE SCHEMA IF NOT EXISTS {t}"))
            .unwrap();
        for table in ["clientes", "pedidos", "anexos"] {
            let found: bool = api.query_one(&exists, &[&t, &table]).unwrap().get(0);
            asked.push((t.to_owned(), table.to_owned(), found));
        }
        api.query(
            &format!("SELECT id, total FROM {t}.pedidos WHERE cliente_id = $1 LIMIT 10"),
            &[&(1 + (k % 3) as i32)],
        )
        .unwrap();
        k += 1;
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    drop(api);
    let (_, r) = c.audit_log_live("postgres");
    let found = common::findings(&r, "schema-check-per-request");
    assert_eq!(found.len(), 1, "{found:#?} {:#?}", r["diagnostics"]);
    let f = found[0];
    assert_eq!(f["evidence"]["application"], "crm-api");
    assert_eq!(f["evidence"]["repeated"], "per request");
    assert!(f["evidence"]["calls"].as_u64().unwrap() >= 800, "{f:#}");
    // The start-up query, run once, says what every check said.
    let startup = common::step_sql(f, "application-rewrite").expect("the start-up query");
    let mut db = c.client("postgres");
    let known: BTreeSet<(String, String)> = db
        .query(startup, &[])
        .unwrap()
        .iter()
        .map(|row| (row.get(0), row.get(1)))
        .collect();
    assert!(known.len() >= 9, "{known:?}");
    for (schema, table, found) in asked {
        assert_eq!(
            known.contains(&(schema.clone(), table.clone())),
            found,
            "{schema}.{table}"
        );
    }
}

/// Twelve clients polling together every 4 s, a report job on its own
/// timer and steady traffic on a pool: the poll is a herd, the rest not.
#[test]
fn clients_polling_in_step_are_a_herd_a_lone_timer_is_not() {
    let mut c = TestCluster::start("");
    c.client("postgres")
        .batch_execute(
            "CREATE TABLE avisos (id serial PRIMARY KEY, usuario_id int NOT NULL, lido boolean NOT NULL DEFAULT false);
             CREATE INDEX ON avisos (usuario_id) WHERE NOT lido;
             INSERT INTO avisos (usuario_id) SELECT g % 40 FROM generate_series(1, 400) g;
             CREATE TABLE vendas (id serial PRIMARY KEY, total numeric NOT NULL);
             INSERT INTO vendas (total) SELECT g FROM generate_series(1, 200) g;",
        )
        .unwrap();
    let start = std::sync::Arc::new(std::sync::Barrier::new(14));
    let mut threads = Vec::new();
    for k in 0..12i32 {
        let (conninfo, start) = (c.conninfo("postgres"), start.clone());
        threads.push(std::thread::spawn(move || {
            let mut db = postgres::Client::connect(&conninfo, postgres::NoTls).unwrap();
            db.batch_execute("SET application_name = 'extensao'")
                .unwrap();
            let poll = db
                .prepare("SELECT id FROM avisos WHERE usuario_id = $1 AND NOT lido LIMIT 20")
                .unwrap();
            start.wait();
            for _ in 0..5 {
                db.query(&poll, &[&k]).unwrap();
                std::thread::sleep(std::time::Duration::from_millis(4000));
            }
        }));
    }
    // One report job on a timer, and a steady trickle of sales.
    for (app, sql, every_ms) in [
        ("relatorio", "SELECT sum(total) FROM vendas", 4000u64),
        ("loja", "SELECT total FROM vendas WHERE id = 7", 150),
    ] {
        let (conninfo, start) = (c.conninfo("postgres"), start.clone());
        threads.push(std::thread::spawn(move || {
            let mut db = postgres::Client::connect(&conninfo, postgres::NoTls).unwrap();
            db.batch_execute(&format!("SET application_name = '{app}'"))
                .unwrap();
            start.wait();
            let until = std::time::Instant::now() + std::time::Duration::from_millis(17_000);
            while std::time::Instant::now() < until {
                db.simple_query(sql).unwrap();
                std::thread::sleep(std::time::Duration::from_millis(every_ms));
            }
        }));
    }
    for t in threads {
        t.join().unwrap();
    }
    let (_, r) = c.audit_log_live("postgres");
    let found = common::findings(&r, "synchronized-poller");
    assert_eq!(found.len(), 1, "{found:#?}");
    let f = found[0];
    assert_eq!(f["subject"]["table"], "avisos");
    assert_eq!(f["evidence"]["sessions"], 12);
    assert_eq!(f["evidence"]["period_s"], 4.0);
    assert!(f["evidence"]["bursts"].as_u64().unwrap() >= 5, "{f:#}");
}
