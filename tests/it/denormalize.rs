//! `denormalize-aggregate` on a real database: found from a captured log on
//! the seed 003 shape (progress recomputed over checklist_items on every
//! dashboard read), the generated migration applied, thousands of random
//! child inserts, updates (parents changed too) and deletes, and every cached
//! aggregate still equal to the recomputed one; the rewritten read returns
//! what the original returns. Other aggregate shapes through the library,
//! and the cases where nothing may be recommended.
use crate::common;

use common::TestCluster;
use pgadvisor::model::stats::ConstantsSeen;
use std::collections::BTreeMap;

const SCHEMA: &str = "
    CREATE TABLE implantacoes (id serial PRIMARY KEY, nome_empresa text NOT NULL, status text NOT NULL);
    INSERT INTO implantacoes (nome_empresa, status)
      SELECT 'empresa ' || g, CASE WHEN g % 3 = 0 THEN 'andamento' ELSE 'finalizada' END FROM generate_series(1, 600) g;
    CREATE TABLE checklist_items (id serial PRIMARY KEY, implantacao_id int REFERENCES implantacoes,
                                  tipo_item text NOT NULL, completed boolean, peso numeric(6,2), ordem int);
    INSERT INTO checklist_items (implantacao_id, tipo_item, completed, peso, ordem)
      SELECT 1 + g % 550, CASE WHEN g % 4 = 0 THEN 'tarefa' ELSE 'subtarefa' END,
             CASE WHEN g % 7 = 0 THEN NULL ELSE g % 3 = 0 END,
             CASE WHEN g % 11 = 0 THEN NULL ELSE (g % 97) / 4.0 END, g % 13
      FROM generate_series(1, 20000) g;
    CREATE INDEX ON checklist_items (implantacao_id);
    -- Negative cases: a write-heavy child, a read run twice (over enough
    -- rows that its time always earns a verdict).
    CREATE TABLE eventos (id serial PRIMARY KEY, implantacao_id int NOT NULL, kind int NOT NULL);
    INSERT INTO eventos (implantacao_id, kind) SELECT 1 + g % 600, g % 5 FROM generate_series(1, 30000) g;
    CREATE TABLE anexos (id serial PRIMARY KEY, implantacao_id int NOT NULL, bytes int NOT NULL);
    INSERT INTO anexos (implantacao_id, bytes) SELECT 1 + g % 600, g FROM generate_series(1, 400000) g;";

const PROGRESS: &str = "SELECT i.id, i.nome_empresa, count(ci.id) AS total, \
     sum(CASE WHEN ci.completed THEN 1 ELSE 0 END) AS concluidas, \
     round(100.0 * sum(CASE WHEN ci.completed THEN 1 ELSE 0 END) / count(ci.id)) AS progresso \
     FROM implantacoes i LEFT JOIN checklist_items ci ON ci.implantacao_id = i.id \
     WHERE ci.tipo_item = 'subtarefa' AND i.status = 'andamento' GROUP BY i.id ORDER BY i.id";

/// Rows of a query as text, in order.
fn rows(db: &mut postgres::Client, sql: &str) -> Vec<String> {
    db.simple_query(sql)
        .unwrap()
        .into_iter()
        .filter_map(|m| match m {
            postgres::SimpleQueryMessage::Row(r) => Some(
                (0..r.len())
                    .map(|i| r.get(i).unwrap_or("∅").to_owned())
                    .collect::<Vec<_>>()
                    .join("|"),
            ),
            _ => None,
        })
        .collect()
}

/// Runs every statement of a finding's SQL, as a user would paste it.
fn apply(db: &mut postgres::Client, sql: &[serde_json::Value]) {
    for s in sql {
        let s = s.as_str().unwrap();
        db.batch_execute(s).unwrap_or_else(|e| panic!("{s}\n{e}"));
    }
}

/// A few thousand random child writes: inserts, updates that move rows to
/// other parents or change the aggregated columns (NULLs included), deletes.
fn churn(db: &mut postgres::Client, seed: u64) {
    db.batch_execute(&format!(
        "SELECT setseed(0.{seed});
         INSERT INTO checklist_items (implantacao_id, tipo_item, completed, peso, ordem)
           SELECT 1 + (random() * 599)::int, CASE WHEN random() < 0.5 THEN 'tarefa' ELSE 'subtarefa' END,
                  CASE WHEN random() < 0.2 THEN NULL ELSE random() < 0.5 END,
                  CASE WHEN random() < 0.2 THEN NULL ELSE round((random() * 50)::numeric, 2) END, (random() * 12)::int
           FROM generate_series(1, 1500);
         UPDATE checklist_items SET implantacao_id = 1 + (random() * 599)::int WHERE id % 17 = 3;
         UPDATE checklist_items SET completed = NOT completed, peso = CASE WHEN peso IS NULL THEN 1.25 END WHERE id % 13 = 5;
         UPDATE checklist_items SET tipo_item = CASE tipo_item WHEN 'tarefa' THEN 'subtarefa' ELSE 'tarefa' END WHERE id % 29 = 7;
         DELETE FROM checklist_items WHERE id % 19 = 11;"
    ))
    .unwrap();
}

#[test]
fn progress_is_found_in_the_log_and_its_trigger_keeps_the_cache_right() {
    let mut c = TestCluster::start("");
    let mut db = c.client("postgres");
    db.batch_execute(SCHEMA).unwrap();
    db.batch_execute("VACUUM ANALYZE").unwrap();
    common::reset_activity(&mut db);
    for _ in 0..60 {
        db.simple_query(PROGRESS).unwrap();
        // Reads the negative cases do not deserve a cache for.
        db.simple_query("SELECT i.id, count(e.id) FROM implantacoes i JOIN eventos e ON e.implantacao_id = i.id GROUP BY i.id").unwrap();
    }
    // eventos is written so often that the trigger's work on each row
    // written would outweigh what the 60 reads save.
    let insert = db
        .prepare("INSERT INTO eventos (implantacao_id, kind) VALUES ($1, 1)")
        .unwrap();
    for k in 0..6000 {
        db.execute(&insert, &[&(1 + k % 600)]).unwrap();
    }
    for _ in 0..2 {
        db.simple_query("SELECT i.id, sum(a.bytes) FROM implantacoes i JOIN anexos a ON a.implantacao_id = i.id GROUP BY i.id").unwrap();
    }
    // A few child writes: reads still far outnumber them.
    db.simple_query("UPDATE checklist_items SET completed = true WHERE id = 1")
        .unwrap();
    let expected = rows(&mut db, PROGRESS);
    drop(db);
    let (_, r) = c.audit_log_live("postgres");
    let found = common::findings(&r, "denormalize-aggregate");
    assert_eq!(found.len(), 1, "{found:#?}");
    // The reads refused are named with their reason.
    let refusals: Vec<&str> = r["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|d| d.as_str())
        .filter(|d| d.starts_with("denormalize-aggregate: query"))
        .collect();
    for why in ["it does not pay", "ran 2 times"] {
        assert!(
            refusals.iter().any(|d| d.contains(why)),
            "{why}: {refusals:#?}"
        );
    }
    let f = found[0];
    assert_eq!(f["subject"]["table"], "implantacoes");
    assert_eq!(f["evidence"]["child"], "public.checklist_items");
    assert_eq!(
        f["evidence"]["child_filter"], "c.tipo_item = 'subtarefa'",
        "{f:#}"
    );
    let rewritten = f["evidence"]["rewritten_query"]
        .as_str()
        .unwrap()
        .to_owned();
    assert!(!rewritten.contains("checklist_items ci"), "{rewritten}");

    let mut db = c.client("postgres");
    apply(&mut db, &common::script(f));
    // Every constant of the read was always the same: the rewritten read has them bound.
    let bound = rewritten.clone();
    assert_eq!(rows(&mut db, &bound), expected, "{bound}");
    let plan = common::lines(&mut db, &format!("EXPLAIN {bound}")).join("\n");
    assert!(!plan.contains("on checklist_items"), "{plan}");
    let cache: Vec<String> = f["evidence"]["cache_columns"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap().to_owned())
        .collect();
    for round in 1..=3 {
        churn(&mut db, round);
        assert_eq!(
            rows(&mut db, &bound),
            rows(&mut db, PROGRESS),
            "after churn {round}"
        );
        // Every cached sum equals the one recomputed from the children.
        let recompute = f["sql"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s.as_str().unwrap())
            .find(|s| s.starts_with("UPDATE"))
            .unwrap()
            .to_owned();
        // The backfill touches only rows whose cache is wrong: it must touch none.
        let n = db.execute(recompute.as_str(), &[]).unwrap();
        assert_eq!(n, 0, "{n} parents had a wrong cache after churn {round}");
    }
    db.batch_execute("TRUNCATE checklist_items").unwrap();
    let nonzero = rows(
        &mut db,
        &format!(
            "SELECT count(*) FROM implantacoes WHERE {} <> 0",
            cache.join(" + ")
        ),
    );
    assert_eq!(nonzero, ["0"]);
}

/// Other aggregate shapes, planned by the library and proven the same way:
/// count(*) and avg under a LEFT JOIN (parents without children), sum of a
/// numeric column with NULLs, FILTER, HAVING, an inner join.
#[test]
fn aggregate_shapes_stay_exact_under_churn() {
    let c = TestCluster::start("");
    let mut db = c.client("postgres");
    db.batch_execute(SCHEMA).unwrap();
    let schema = pgadvisor::input::schema_dump::parse(&c.dump_schema("postgres")).0;
    let reads = [
        "SELECT i.id, count(*), count(ci.peso), sum(ci.peso), avg(ci.peso), avg(ci.ordem) FROM implantacoes i \
         LEFT JOIN checklist_items ci ON ci.implantacao_id = i.id GROUP BY i.id ORDER BY i.id",
        "SELECT i.id, i.status, count(*) FILTER (WHERE ci.completed) AS feitas, sum(ci.ordem * 2 + 1) AS s \
         FROM implantacoes i JOIN checklist_items ci ON ci.implantacao_id = i.id \
         GROUP BY i.id, i.status HAVING count(*) > 30 ORDER BY count(*) DESC, i.id",
        "SELECT i.id, sum(CASE WHEN ci.completed THEN ci.peso ELSE 0 END) FROM checklist_items ci \
         LEFT JOIN implantacoes i ON i.id = ci.implantacao_id GROUP BY i.id ORDER BY 1",
    ];
    for (k, read) in reads.iter().enumerate() {
        let d = match pgadvisor::sqlgen::denormalize::plan(
            read,
            &schema,
            &BTreeMap::<u32, ConstantsSeen>::new(),
        ) {
            Ok(d) => d,
            Err(e) if k == 2 => {
                // The child drives this LEFT JOIN (parents may be missing): not a parent read.
                assert!(e.0.contains("LEFT JOIN"), "{e}");
                continue;
            }
            Err(e) => panic!("{read}: {e}"),
        };
        let sql: Vec<serde_json::Value> = d
            .steps()
            .into_iter()
            .map(|s| serde_json::Value::String(s.sql))
            .collect();
        apply(&mut db, &sql);
        assert_eq!(
            rows(&mut db, &d.rewritten),
            rows(&mut db, read),
            "{}",
            d.rewritten
        );
        for round in 1..=2 {
            churn(&mut db, 10 * k as u64 + round);
            assert_eq!(
                rows(&mut db, &d.rewritten),
                rows(&mut db, read),
                "{}",
                d.rewritten
            );
        }
    }
    // Shapes a trigger cannot keep exact are refused, with the reason.
    for (read, why) in [
        ("SELECT i.id, max(ci.ordem) FROM implantacoes i JOIN checklist_items ci ON ci.implantacao_id = i.id GROUP BY i.id", "max()"),
        ("SELECT i.id, count(DISTINCT ci.tipo_item) FROM implantacoes i JOIN checklist_items ci ON ci.implantacao_id = i.id GROUP BY i.id", "DISTINCT"),
        ("SELECT i.id, ci.tipo_item, count(*) FROM implantacoes i JOIN checklist_items ci ON ci.implantacao_id = i.id GROUP BY i.id, ci.tipo_item", "GROUP BY"),
    ] {
        let e = pgadvisor::sqlgen::denormalize::plan(read, &schema, &BTreeMap::new()).unwrap_err();
        assert!(e.0.contains(why), "{read}: {e}");
    }
}

const TENANT_SCHEMA: &str = "
    CREATE TABLE campaigns (id serial PRIMARY KEY, account_id int NOT NULL, name text NOT NULL);
    INSERT INTO campaigns (account_id, name) SELECT 1 + g % 5, 'campaign ' || g FROM generate_series(1, 200) g;
    CREATE TABLE sends (id serial PRIMARY KEY, campaign_id int NOT NULL REFERENCES campaigns, status text NOT NULL);
    INSERT INTO sends (campaign_id, status)
      SELECT 1 + g % 190, CASE WHEN g % 3 = 0 THEN 'read' ELSE 'sent' END FROM generate_series(1, 12000) g;
    CREATE INDEX ON sends (campaign_id);";

/// The read of one tenant schema, with its account bound.
fn tenant_progress(schema: &str, account: i32) -> String {
    format!(
        "SELECT c.id, c.name, count(s.id) AS sent, count(s.id) FILTER (WHERE s.status = 'read') AS read \
         FROM {schema}.campaigns c LEFT JOIN {schema}.sends s ON s.campaign_id = c.id \
         WHERE c.account_id = {account} GROUP BY c.id, c.name ORDER BY c.id"
    )
}

/// The `$n` of a rewritten read replaced by the account (its only parameter left).
fn bind_account(sql: &str, account: i32) -> String {
    let at = sql.find('$').expect("a parameter");
    let digits = sql[at + 1..]
        .find(|c: char| !c.is_ascii_digit())
        .map_or(sql.len(), |n| at + 1 + n);
    format!("{}{account}{}", &sql[..at], &sql[digits..])
}

/// A read folded over tenant schemas is judged per tenant: the tenant whose
/// children are written as often as they are read gets no cache and no view,
/// the others get theirs, in their own schema, and their rewritten reads
/// answer as the original does (before, the writes of the one tenant hid the
/// fix from all of them, and the fix went to the first tenant only).
#[test]
fn tenants_are_judged_on_their_own_reads_and_writes() {
    let mut c = TestCluster::start("");
    let mut db = c.client("postgres");
    for t in ["tenant_1", "tenant_2", "tenant_3"] {
        db.batch_execute(&format!(
            "CREATE SCHEMA {t}; SET search_path = {t}; {TENANT_SCHEMA}; RESET search_path;"
        ))
        .unwrap();
    }
    db.batch_execute("VACUUM ANALYZE").unwrap();
    common::reset_activity(&mut db);
    for k in 0..60 {
        for t in ["tenant_1", "tenant_2", "tenant_3"] {
            let sql = format!(
                "SELECT c.id, c.name, count(s.id) AS sent, count(s.id) FILTER (WHERE s.status = 'read') AS read \
                 FROM {t}.campaigns c LEFT JOIN {t}.sends s ON s.campaign_id = c.id \
                 WHERE c.account_id = $1 GROUP BY c.id, c.name"
            );
            db.query(&sql, &[&(1 + k % 5)]).unwrap();
        }
    }
    // tenant_2 writes its sends a hundred times as often as it reads them:
    // the trigger's work outweighs what the reads save.
    let insert = db
        .prepare("INSERT INTO tenant_2.sends (campaign_id, status) VALUES ($1, 'sent')")
        .unwrap();
    for k in 0..6000 {
        db.execute(&insert, &[&(1 + k % 190)]).unwrap();
    }
    drop(db);
    let (_, r) = c.audit_log_live("postgres");

    let found = common::findings(&r, "denormalize-aggregate");
    assert_eq!(found.len(), 1, "{found:#?}");
    let f = found[0];
    assert_eq!(f["subject"]["schema"], "tenant_*", "{f:#}");
    let cached: Vec<(&str, bool)> = f["evidence"]["tenants"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| (t["schema"].as_str().unwrap(), t["cache"].as_bool().unwrap()))
        .collect();
    assert_eq!(
        cached,
        [("tenant_1", true), ("tenant_2", false), ("tenant_3", true)]
    );
    let sql = f["sql"].as_array().unwrap();
    assert!(!sql.iter().any(|s| s.as_str().unwrap().contains("tenant_2")));
    let rewritten = f["evidence"]["rewritten_query"]
        .as_str()
        .unwrap()
        .to_owned();
    assert!(rewritten.contains("tenant_1.campaigns"), "{rewritten}");

    // A read over every campaign of an account gets a view beside the
    // cache, in each tenant, whatever its writes (the view's staleness is
    // stated; the trigger is what taxes the writes).
    let views = common::findings(&r, "materialized-view");
    assert_eq!(views.len(), 1, "{views:#?}");
    let v = views[0];
    let viewed: Vec<bool> = v["evidence"]["tenants"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["view"].as_bool().unwrap())
        .collect();
    assert_eq!(viewed, [true, true, true], "{v:#}");

    let mut db = c.client("postgres");
    apply(&mut db, &common::script(f));
    apply(&mut db, &common::script(v));
    let columns = |db: &mut postgres::Client, t: &str| {
        rows(
            db,
            &format!(
                "SELECT count(*) FROM information_schema.columns \
                 WHERE table_schema = '{t}' AND table_name = 'campaigns' AND column_name LIKE '%cache'"
            ),
        )
    };
    assert_eq!(columns(&mut db, "tenant_2"), ["0"]);
    for t in ["tenant_1", "tenant_2", "tenant_3"] {
        assert_eq!(
            rows(
                &mut db,
                &format!("SELECT count(*) FROM pg_matviews WHERE schemaname = '{t}'")
            ),
            ["1"]
        );
    }
    // Each qualifying tenant's cache answers its own read, and keeps doing
    // so as its children change.
    for t in ["tenant_1", "tenant_3"] {
        assert_ne!(columns(&mut db, t), ["0"]);
        db.batch_execute(&format!(
            "INSERT INTO {t}.sends (campaign_id, status) SELECT 1 + g % 7, 'read' FROM generate_series(1, 50) g;
             DELETE FROM {t}.sends WHERE id % 23 = 0;"
        ))
        .unwrap();
        let mine = rewritten.replace("tenant_1.", &format!("{t}."));
        for account in 1..=5 {
            assert_eq!(
                rows(
                    &mut db,
                    &format!("{} ORDER BY 1", bind_account(&mine, account))
                ),
                rows(&mut db, &tenant_progress(t, account)),
                "{t} account {account}: {mine}"
            );
        }
    }
}

/// The N+1 loop's child, one parent's children aggregated (`… FROM
/// checklist_items ci WHERE ci.implantacao_id = $1 AND …`), found in a log
/// the extended protocol wrote: the cache on implantacoes, its trigger and
/// backfill applied, and the rewritten read, bound to each parent, returns
/// what the original returns, also after thousands of child writes and for
/// a parent without children. Shown beside the original in the evidence.
#[test]
fn one_parents_children_get_a_counter_cache_that_answers_the_same() {
    const CHILD: &str =
        "SELECT count(ci.id) AS total, sum(CASE WHEN ci.completed THEN 1 ELSE 0 END) AS feitas, \
         avg(ci.ordem) AS ordem_media FROM checklist_items ci \
         WHERE ci.implantacao_id = $1 AND ci.tipo_item = 'subtarefa'";
    let mut c = TestCluster::start("");
    let mut db = c.client("postgres");
    db.batch_execute(SCHEMA).unwrap();
    // Heavier children than SCHEMA's, so that each read costs more than a lookup.
    db.batch_execute(
        "DROP INDEX checklist_items_implantacao_id_idx;
         INSERT INTO checklist_items (implantacao_id, tipo_item, completed, peso, ordem)
           SELECT 1 + g % 550, 'subtarefa', g % 5 = 0, NULL, g % 13 FROM generate_series(1, 80000) g;",
    )
    .unwrap();
    db.batch_execute("VACUUM ANALYZE").unwrap();
    common::reset_activity(&mut db);
    let child = db.prepare(CHILD).unwrap();
    for page in 0..12 {
        // The dashboard lists 20 implantações, then reads each one's progress.
        db.simple_query(&format!(
            "SELECT id, nome_empresa FROM implantacoes ORDER BY id LIMIT 20 OFFSET {}",
            page * 20
        ))
        .unwrap();
        for k in 0..20 {
            db.query(&child, &[&(1 + page * 20 + k)]).unwrap();
        }
    }
    drop(db);
    let (_, r) = c.audit_log_live("postgres");
    let found = common::findings(&r, "denormalize-aggregate");
    assert_eq!(found.len(), 1, "{found:#?}\n{:#?}", r["diagnostics"]);
    let f = found[0];
    assert_eq!(f["subject"]["table"], "implantacoes");
    assert_eq!(f["evidence"]["read"], "one-parent", "{f:#}");
    let payoff = &f["evidence"]["payoff"];
    assert!(
        payoff["saved_ms_per_hour"].as_f64().unwrap()
            > 2.0 * payoff["cost_ms_per_hour"].as_f64().unwrap(),
        "{f:#}"
    );
    let rewritten = f["evidence"]["rewritten_query"]
        .as_str()
        .unwrap()
        .to_owned();
    assert!(!rewritten.contains("checklist_items ci"), "{rewritten}");
    // The loop itself is reported too, with its batched rewrite.
    assert!(!common::findings(&r, "n-plus-one").is_empty());
    // A view of one parent's aggregate would lag it: the cache is the fix.
    assert!(common::findings(&r, "materialized-view").is_empty());

    let mut db = c.client("postgres");
    apply(&mut db, &common::script(f));
    let same = |db: &mut postgres::Client| {
        for id in [1i32, 2, 77, 549, 551, 600] {
            let a: Vec<String> = db
                .query(
                    &format!("SELECT row_to_json(x)::text FROM ({CHILD}) x"),
                    &[&id],
                )
                .unwrap()
                .iter()
                .map(|r| r.get(0))
                .collect();
            let b: Vec<String> = db
                .query(
                    &format!("SELECT row_to_json(x)::text FROM ({rewritten}) x"),
                    &[&id],
                )
                .unwrap()
                .iter()
                .map(|r| r.get(0))
                .collect();
            assert_eq!(a, b, "implantacao {id}: {rewritten}");
        }
    };
    same(&mut db);
    for round in 1..=2 {
        churn(&mut db, round);
        same(&mut db);
    }
}
