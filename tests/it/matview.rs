//! `materialized-view` on a real database: aggregate reads found in a
//! captured log (a per-account dashboard sent with `$1`, an ungrouped count,
//! the seed 003 progress), their views created (and scheduled with pg_cron),
//! every rewritten read returning exactly what the original returns for
//! several parameter values, and still after the tables change and a
//! concurrent refresh. A read of one parent's aggregate that a counter cache
//! serves exactly gets the cache instead; a table written during the window
//! still gets its view, with the staleness stated. Silent on a small table and a read run twice.
use crate::common;

use common::TestCluster;
use std::collections::BTreeMap;

const SCHEMA: &str = "
    CREATE EXTENSION pg_cron;
    CREATE TABLE accounts (id int PRIMARY KEY, name text NOT NULL);
    INSERT INTO accounts SELECT g, 'account ' || g FROM generate_series(1, 40) g;
    CREATE TABLE orders (id serial PRIMARY KEY, account_id int NOT NULL REFERENCES accounts,
                         status text NOT NULL, total numeric(10,2), created_at timestamptz NOT NULL);
    INSERT INTO orders (account_id, status, total, created_at)
      SELECT 1 + g % 37, (ARRAY['new','paid','shipped','cancelled'])[1 + g % 4],
             CASE WHEN g % 9 = 0 THEN NULL ELSE (g % 500) / 3.0 END,
             '2025-01-01'::timestamptz + g * interval '7 minutes'
      FROM generate_series(1, 150000) g;
    CREATE INDEX ON orders (account_id);
    CREATE TABLE implantacoes (id serial PRIMARY KEY, nome_empresa text NOT NULL, status text NOT NULL);
    INSERT INTO implantacoes (nome_empresa, status)
      SELECT 'empresa ' || g, CASE WHEN g % 3 = 0 THEN 'andamento' ELSE 'finalizada' END FROM generate_series(1, 400) g;
    CREATE TABLE checklist_items (id serial PRIMARY KEY, implantacao_id int REFERENCES implantacoes,
                                  tipo_item text NOT NULL, completed boolean);
    INSERT INTO checklist_items (implantacao_id, tipo_item, completed)
      SELECT 1 + g % 390, CASE WHEN g % 4 = 0 THEN 'tarefa' ELSE 'subtarefa' END, g % 3 = 0
      FROM generate_series(1, 20000) g;
    -- A table written during the window, a small table, a read run twice.
    CREATE TABLE eventos (id serial PRIMARY KEY, kind int NOT NULL);
    INSERT INTO eventos (kind) SELECT g % 5 FROM generate_series(1, 30000) g;
    CREATE TABLE tags (id serial PRIMARY KEY, kind int NOT NULL);
    INSERT INTO tags (kind) SELECT g % 5 FROM generate_series(1, 300) g;";

const DASHBOARD: &str =
    "SELECT o.status, count(*) AS orders, sum(o.total) AS revenue, avg(o.total) \
     FROM orders o JOIN accounts a ON a.id = o.account_id WHERE o.account_id = $1 \
     GROUP BY o.status ORDER BY o.status";
const COUNT: &str = "SELECT count(*), sum(total) FROM orders WHERE account_id = $1";
const PROGRESS: &str = "SELECT i.id, count(ci.id) AS total_tarefas, \
     sum(CASE WHEN ci.completed THEN 1 ELSE 0 END) AS concluidas, \
     round(100.0 * sum(CASE WHEN ci.completed THEN 1 ELSE 0 END) / count(ci.id)) AS progresso \
     FROM implantacoes i LEFT JOIN checklist_items ci ON ci.implantacao_id = i.id \
     WHERE ci.tipo_item = 'subtarefa' GROUP BY i.id ORDER BY progresso DESC, i.id LIMIT 20";

/// A read's rows as JSON (names and values), in order.
fn rows(
    db: &mut postgres::Client,
    sql: &str,
    params: &[&(dyn postgres::types::ToSql + Sync)],
) -> Vec<String> {
    db.query(
        &format!("SELECT row_to_json(x)::text FROM ({sql}) x"),
        params,
    )
    .unwrap_or_else(|e| panic!("{sql}\n{e}"))
    .iter()
    .map(|r| r.get::<_, String>(0))
    .collect()
}

fn rewritten_of(f: &serde_json::Value) -> String {
    f["evidence"]["rewritten_query"]
        .as_str()
        .unwrap()
        .to_owned()
}

/// The rewritten read equals the original for several accounts (none, one
/// with no orders among them).
fn same_for_accounts(db: &mut postgres::Client, original: &str, rewritten: &str) {
    for account in [1i32, 2, 17, 36, 38, 999] {
        let (a, b) = (
            rows(db, original, &[&account]),
            rows(db, rewritten, &[&account]),
        );
        assert_eq!(a, b, "account {account}\n{original}\n{rewritten}");
        if account < 30 {
            assert!(!a.is_empty());
        }
    }
}

#[test]
fn aggregate_reads_get_views_that_answer_the_same() {
    let mut c =
        TestCluster::start("shared_preload_libraries = 'pg_cron'\ncron.database_name = 'postgres'");
    let mut db = c.client("postgres");
    db.batch_execute(SCHEMA).unwrap();
    db.batch_execute("VACUUM ANALYZE").unwrap();
    common::reset_activity(&mut db);
    for k in 0..80 {
        let account = 1 + (k * 7) % 37;
        db.query(DASHBOARD, &[&account]).unwrap();
        db.query(COUNT, &[&account]).unwrap();
        db.simple_query(PROGRESS).unwrap();
        db.simple_query("SELECT kind, count(*) FROM eventos GROUP BY kind")
            .unwrap();
        db.simple_query("SELECT kind, count(*) FROM tags GROUP BY kind")
            .unwrap();
    }
    // eventos is written 12 times against 80 reads: still a view, whose
    // evidence says how stale it may be (the cost model weighs time, not
    // the ratio of reads to writes).
    for k in 0..12 {
        db.simple_query(&format!("INSERT INTO eventos (kind) VALUES ({})", k % 5))
            .unwrap();
    }
    for _ in 0..2 {
        db.simple_query("SELECT a.name, count(*) FROM orders o JOIN accounts a ON a.id = o.account_id GROUP BY a.name").unwrap();
    }
    drop(db);
    let (log, with_caches) = c.audit_log_live("postgres");
    // The per-account count reads one parent's aggregate, which a counter
    // cache on accounts serves exactly: it gets the cache, not a lagging
    // copy. The progress, over every implantação, gets both. The dashboard
    // by status reads one account's ~4 000 orders: the covering index
    // missing-index proposes leaves it about a millisecond, which a view
    // would not repay; the refusal says so.
    let views = common::findings(&with_caches, "materialized-view");
    assert_eq!(views.len(), 2, "{views:#?}");
    assert!(
        with_caches["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|d| d.as_str())
            .any(|d| d.starts_with("materialized-view: query")
                && d.contains(
                    "with the index missing-index proposes for it (Index public.orders (account_id"
                )),
        "{:#?}",
        with_caches["diagnostics"]
    );
    let deferred = with_caches["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|d| d.as_str())
        .filter(|d| d.contains("a counter cache (denormalize-aggregate) keeps exact"))
        .count();
    assert_eq!(deferred, 1, "{:#?}", with_caches["diagnostics"]);
    assert_eq!(
        common::findings(&with_caches, "denormalize-aggregate").len(),
        2
    );
    // A team that turned the caches and the index advice off (it adds no
    // index to orders) gets views for those reads, judged on their time today.
    let dir = tempfile::tempdir().unwrap();
    let cfg = dir.path().join("pgadvisor.toml");
    std::fs::write(
        &cfg,
        "[rules.denormalize-aggregate]\nenabled = false\n[rules.missing-index]\nenabled = false\n",
    )
    .unwrap();
    let r = common::audit(
        &[
            log.path().to_str().unwrap(),
            "--db",
            &c.conninfo("postgres"),
            "--config",
            cfg.to_str().unwrap(),
        ],
        dir.path(),
    );
    let found = common::findings(&r, "materialized-view");
    let on = |needle: &str| {
        found
            .iter()
            .find(|f| {
                f["evidence"]["definition"]
                    .as_str()
                    .unwrap()
                    .contains(needle)
            })
            .unwrap_or_else(|| panic!("no view for {needle}: {found:#?}"))
    };
    assert_eq!(found.len(), 4, "{found:#?}\n{:#?}", r["diagnostics"]);
    let eventos = on("FROM eventos");
    // Its 12 inserts, and the setup's one, are in the log.
    assert!(
        eventos["evidence"]["writes"].as_f64().unwrap() >= 12.0,
        "{eventos:#}"
    );
    let payoff = &eventos["evidence"]["payoff"];
    assert!(
        payoff["saved_ms_per_hour"].as_f64().unwrap()
            >= 10.0 * payoff["cost_ms_per_hour"].as_f64().unwrap(),
        "{eventos:#}"
    );
    // The small table's count is about a lookup already; the join read
    // twice is no rate: both refused, with the reason.
    let refusals: Vec<&str> = r["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|d| d.as_str())
        .filter(|d| d.starts_with("materialized-view: query"))
        .collect();
    assert!(
        refusals.iter().any(|d| d.contains("ran 2 times")),
        "{:#?}",
        r["diagnostics"]
    );
    let dashboard = on("JOIN accounts");
    let count = on("FROM orders GROUP BY");
    let progress = on("checklist_items");
    for f in [dashboard, count, progress] {
        assert!(
            f["evidence"]["staleness"]
                .as_str()
                .unwrap()
                .starts_with("up to"),
            "{f:#}"
        );
        // The read to send instead comes last, beside the one it replaces.
        let steps = f["steps"].as_array().unwrap();
        let read = steps.last().unwrap();
        assert_eq!(read["role"], "application-rewrite", "{f:#}");
        assert_eq!(read["sql"], f["evidence"]["rewritten_query"], "{f:#}");
        assert!(
            read["replaces"]
                .as_str()
                .is_some_and(|q| q.starts_with("SELECT") && q != read["sql"]),
            "{f:#}"
        );
        let sql = common::script(f);
        assert!(
            sql.last()
                .unwrap()
                .as_str()
                .unwrap()
                .starts_with("SELECT cron.schedule("),
            "{f:#}"
        );
    }
    // The parameter became a grouping column of the view.
    assert_eq!(
        dashboard["evidence"]["parameters"][0]["parameter"], "$1",
        "{dashboard:#}"
    );
    assert_eq!(progress["evidence"]["alternative"], "denormalize-aggregate");

    let mut db = c.client("postgres");
    for f in [dashboard, count, progress] {
        for s in common::script(f) {
            let s = s.as_str().unwrap();
            db.batch_execute(s).unwrap_or_else(|e| panic!("{s}\n{e}"));
        }
    }
    let jobs = common::lines(&mut db, "SELECT count(*) FROM cron.job WHERE command LIKE 'REFRESH MATERIALIZED VIEW CONCURRENTLY%'");
    assert_eq!(jobs, ["3"]);
    let check = |db: &mut postgres::Client| {
        same_for_accounts(db, DASHBOARD, &rewritten_of(dashboard));
        same_for_accounts(db, COUNT, &rewritten_of(count));
        assert_eq!(
            rows(db, PROGRESS, &[]),
            rows(db, &rewritten_of(progress), &[])
        );
    };
    check(&mut db);
    // The rewritten read looks the view up by its key.
    let plan = common::lines(
        &mut db,
        &format!("EXPLAIN {}", rewritten_of(dashboard).replace("$1", "5")),
    )
    .join("\n");
    assert!(
        !plan.contains("on orders ") && plan.contains("_mv v"),
        "{plan}"
    );
    // The tables change; a concurrent refresh brings the views back.
    db.batch_execute(
        "INSERT INTO orders (account_id, status, total, created_at)
           SELECT 1 + g % 5, 'refunded', g, now() FROM generate_series(1, 500) g;
         UPDATE orders SET status = 'paid', total = total + 1 WHERE id % 11 = 0;
         DELETE FROM orders WHERE account_id = 36;
         UPDATE checklist_items SET completed = NOT completed WHERE id % 7 = 0;
         DELETE FROM checklist_items WHERE implantacao_id = 5;",
    )
    .unwrap();
    let stale = rows(&mut db, &rewritten_of(count), &[&36i32]);
    assert_ne!(
        stale,
        rows(&mut db, COUNT, &[&36i32]),
        "the view should lag until refreshed"
    );
    for f in [dashboard, count, progress] {
        db.batch_execute(f["evidence"]["refresh"].as_str().unwrap())
            .unwrap();
    }
    check(&mut db);

    // Silent: the small tags (about a lookup already), the read run twice.
    for f in &found {
        let d = f["evidence"]["definition"].as_str().unwrap();
        assert!(!d.contains("tags") && !d.contains("a.name"), "{d}");
    }
}

/// Shapes a stored copy cannot answer are refused, with the reason.
#[test]
fn reads_a_copy_cannot_answer_are_refused() {
    let (schema, _) = pgadvisor::input::schema_dump::parse(
        "CREATE TABLE public.orders (id int PRIMARY KEY, account_id int, status text, total numeric, created_at timestamptz);",
    );
    let none = BTreeMap::new();
    for (read, why) in [
        ("SELECT status, count(*) FROM orders WHERE account_id = current_setting('app.account')::int GROUP BY status", "current_setting()"),
        ("SELECT status, count(*) FROM orders WHERE created_at >= $1 GROUP BY status", "not grouped"),
        ("SELECT status, count(*) FROM orders WHERE account_id IN ($1, $2) GROUP BY status", "not grouped"),
        ("SELECT status, count(*), rank() OVER (ORDER BY count(*)) FROM orders GROUP BY status", "window"),
        ("SELECT count(*) FROM orders", "nothing to key"),
        ("SELECT status, total FROM orders WHERE account_id = $1", "no aggregate"),
    ] {
        let e = pgadvisor::sqlgen::matview::plan(read, &schema, &none).unwrap_err();
        assert!(e.0.contains(why), "{read}: {e}");
    }
    // A rolling window is the refresh's: the view keeps it, and says so.
    let v = pgadvisor::sqlgen::matview::plan(
        "SELECT status, count(*) FROM orders WHERE created_at > now() - interval '1 day' GROUP BY status",
        &schema,
        &none,
    )
    .unwrap();
    assert_eq!(v.clock.as_deref(), Some("now"));
    assert!(v.definition.contains("now()"), "{}", v.definition);
    // A condition with a parameter on a grouped column is applied to the view.
    let v = pgadvisor::sqlgen::matview::plan(
        "SELECT status, count(*) FROM orders WHERE status <> $1 GROUP BY status HAVING count(*) > 2",
        &schema,
        &none,
    )
    .unwrap();
    assert!(
        v.rewritten.ends_with("WHERE v.status <> $1"),
        "{}",
        v.rewritten
    );
    assert_eq!(v.key, ["status"]);
}
