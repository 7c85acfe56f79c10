//! Plan problems on plans from a real cluster: each problem is provoked,
//! found in the JSON and the text plan, fixed with the suggested statement,
//! and gone from the new plan.
use crate::common;

use pgadvisor::plan;
use pgadvisor::rules::plan_rules as problems;

fn explain(db: &mut postgres::Client, sql: &str, format: &str) -> String {
    common::lines(
        db,
        &format!("EXPLAIN (ANALYZE, BUFFERS, FORMAT {format}) {sql}"),
    )
    .join("\n")
}

/// Problems of one rule, in both formats (they must agree).
fn found(db: &mut postgres::Client, sql: &str, rule: &str) -> Vec<problems::Problem> {
    let j = plan::parse(&explain(db, sql, "JSON")).unwrap();
    let t = plan::parse(&explain(db, sql, "TEXT")).unwrap();
    assert!(j.analyzed && t.analyzed);
    let pj: Vec<_> = problems::diagnose(&j)
        .into_iter()
        .filter(|p| p.rule == rule)
        .collect();
    let pt: Vec<_> = problems::diagnose(&t)
        .into_iter()
        .filter(|p| p.rule == rule)
        .collect();
    assert_eq!(pj.len(), pt.len(), "{rule}: JSON {pj:#?} vs text {pt:#?}");
    for (a, b) in pj.iter().zip(&pt) {
        assert_eq!((&a.node, &a.fix), (&b.node, &b.fix), "{rule}");
    }
    pj
}

fn apply(db: &mut postgres::Client, p: &problems::Problem) {
    assert!(!p.fix.is_empty(), "{p:#?}");
    for f in p.fix.sql() {
        db.batch_execute(f).unwrap_or_else(|e| panic!("{f}: {e}"));
    }
}

#[test]
fn each_plan_problem_is_found_fixed_and_gone() {
    let c = common::TestCluster::start("");
    let mut db = c.client("postgres");
    db.batch_execute(
        "SET max_parallel_workers_per_gather = 0;
         CREATE TABLE orders (id serial PRIMARY KEY, status text NOT NULL, note text, customer_id int NOT NULL);
         INSERT INTO orders (status, note, customer_id)
           SELECT CASE WHEN g % 1000 = 0 THEN 'rare' ELSE 'paga' END, md5(g::text), g % 5000 FROM generate_series(1, 200000) g;
         CREATE TABLE corr (a int, b int);
         INSERT INTO corr SELECT g % 100, g % 100 FROM generate_series(1, 100000) g;
         CREATE TABLE customers (id int, name text);
         INSERT INTO customers SELECT g, 'c' || g FROM generate_series(1, 5000) g;
         ANALYZE;",
    )
    .unwrap();

    // seq-scan-filter: 0.1 % of 200k rows kept.
    let q = "SELECT id FROM orders WHERE status = 'rare'";
    let p = found(&mut db, q, "seq-scan-filter");
    assert_eq!(p.len(), 1);
    assert!(
        p[0].fix.steps[0].sql.contains("ON public.orders (status)"),
        "{:?}",
        p[0].fix
    );
    apply(&mut db, &p[0]);
    assert!(found(&mut db, q, "seq-scan-filter").is_empty());

    // disk-spill: a sort that does not fit in 64 kB.
    db.batch_execute("SET work_mem = '64kB'").unwrap();
    let q = "SELECT note FROM orders ORDER BY note";
    let p = found(&mut db, q, "disk-spill");
    assert_eq!(p.len(), 1, "{p:#?}");
    assert!(
        p[0].fix.steps[0].sql.starts_with("SET work_mem = '"),
        "{:?}",
        p[0].fix
    );
    apply(&mut db, &p[0]);
    assert!(found(&mut db, q, "disk-spill").is_empty());
    db.batch_execute("RESET work_mem").unwrap();

    // row-misestimate: a and b are the same column; the planner multiplies their selectivities.
    let q = "SELECT * FROM corr WHERE a = 1 AND b = 1";
    let p = found(&mut db, q, "row-misestimate");
    assert!(!p.is_empty());
    let with_stats = p
        .iter()
        .find(|x| x.fix.sql().any(|f| f.starts_with("CREATE STATISTICS")))
        .expect("CREATE STATISTICS on a, b");
    assert!(
        with_stats.fix.steps[0]
            .sql
            .contains("ON a, b FROM public.corr"),
        "{:?}",
        with_stats.fix
    );
    apply(&mut db, with_stats);
    assert!(found(&mut db, q, "row-misestimate").is_empty());

    // nested-loop-repeat: the inner side scans customers once per order row.
    db.batch_execute(
        "SET enable_hashjoin = off; SET enable_mergejoin = off; SET enable_material = off",
    )
    .unwrap();
    let q = "SELECT o.id, c.name FROM orders o JOIN customers c ON c.id = o.customer_id WHERE o.id <= 2000";
    let p = found(&mut db, q, "nested-loop-repeat");
    assert_eq!(p.len(), 1, "{p:#?}");
    assert!(
        p[0].fix.steps[0].sql.contains("ON public.customers (id)"),
        "{:?}",
        p[0].fix
    );
    apply(&mut db, &p[0]);
    assert!(found(&mut db, q, "nested-loop-repeat").is_empty());
    db.batch_execute("RESET enable_hashjoin; RESET enable_mergejoin; RESET enable_material")
        .unwrap();

    // heap-fetches: an index-only scan on a table never vacuumed.
    db.batch_execute(
        // The test cluster commits asynchronously; VACUUM only marks pages
        // all-visible once the inserting commit is flushed.
        "SET synchronous_commit = on;
         CREATE TABLE ios (id int PRIMARY KEY, pad text) WITH (autovacuum_enabled = off);
         INSERT INTO ios SELECT g, 'x' FROM generate_series(1, 50000) g;
         ANALYZE ios; SET enable_seqscan = off; SET enable_bitmapscan = off;",
    )
    .unwrap();
    let q = "SELECT id FROM ios WHERE id < 40000";
    let p = found(&mut db, q, "heap-fetches");
    assert_eq!(p.len(), 1, "{p:#?}");
    assert_eq!(
        p[0].fix.sql().collect::<Vec<_>>(),
        vec!["VACUUM (ANALYZE) public.ios;"]
    );
    apply(&mut db, &p[0]);
    let after = found(&mut db, q, "heap-fetches");
    assert!(
        after.is_empty(),
        "{after:#?}\n{}",
        explain(&mut db, q, "TEXT")
    );
}

#[test]
fn explain_command_text_and_json() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("plan.txt");
    std::fs::write(
        &f,
        "                 QUERY PLAN\n---------------------------\n Seq Scan on orders  (cost=0.00..3000.00 rows=200 width=4) (actual time=0.02..12.5 rows=200 loops=1)\n   Filter: (status = 'rare'::text)\n   Rows Removed by Filter: 199800\n Planning Time: 0.1 ms\n Execution Time: 12.7 ms\n(5 rows)\n",
    )
    .unwrap();
    let bin = env!("CARGO_BIN_EXE_pgadvisor");
    let o = std::process::Command::new(bin)
        .args(["explain", f.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(o.status.success());
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(
        out.contains("▲")
            && out.contains("[seq-scan-filter]")
            && out.contains("fix: CREATE INDEX CONCURRENTLY"),
        "{out}"
    );
    let o = std::process::Command::new(bin)
        .args(["explain", f.to_str().unwrap(), "--format", "json"])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["problems"][0]["rule"], "seq-scan-filter");
    assert_eq!(v["slowest_node"], 0);
    // A cut JSON plan: a clear error with its line, exit 2.
    let bad = dir.path().join("bad.json");
    std::fs::write(&bad, "[\n  {\n    \"Plan\": {\n      \"Node Type\": \"Seq").unwrap();
    let o = std::process::Command::new(bin)
        .args(["explain", bad.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    let e = String::from_utf8_lossy(&o.stderr);
    assert!(e.contains("bad.json:line 4"), "{e}");
}

/// (depth, node type, relation, actual rows, loops, estimated rows)
type Shape = (
    usize,
    String,
    Option<String>,
    Option<f64>,
    Option<f64>,
    Option<f64>,
);

/// The text and JSON renderings of the same real plans give the same tree,
/// across EXPLAIN options and plan shapes (CTEs, sub- and init plans,
/// parallel workers, unions, windows, COSTS OFF, TIMING OFF, no ANALYZE).
#[test]
fn text_and_json_plans_agree_on_real_plans() {
    let c = common::TestCluster::start("");
    let mut db = c.client("postgres");
    db.batch_execute(
        "CREATE TABLE t (id int PRIMARY KEY, g int, v text);
         INSERT INTO t SELECT x, x % 50, md5(x::text) FROM generate_series(1, 60000) x;
         CREATE TABLE u (id int, t_id int);
         INSERT INTO u SELECT x, x % 60000 + 1 FROM generate_series(1, 30000) x;
         ANALYZE;
         SET parallel_setup_cost = 0; SET parallel_tuple_cost = 0; SET min_parallel_table_scan_size = 0;
         SET max_parallel_workers_per_gather = 2;",
    )
    .unwrap();
    let queries = [
        "WITH x AS MATERIALIZED (SELECT g, count(*) n FROM t GROUP BY g) SELECT * FROM x WHERE n > 10",
        "SELECT id, (SELECT max(u.id) FROM u WHERE u.t_id = t.id) FROM t WHERE id < 50",
        "SELECT * FROM t WHERE g = (SELECT min(g) FROM t) AND id < 1000",
        "SELECT count(*) FROM t WHERE v LIKE 'a%'",
        "SELECT t.v FROM t JOIN u ON u.t_id = t.id WHERE t.g < 5 ORDER BY t.v LIMIT 20",
        "SELECT id FROM t WHERE id < 10 UNION ALL SELECT id FROM u WHERE id < 10",
        "SELECT g, row_number() OVER (PARTITION BY g ORDER BY id) FROM t WHERE id < 500",
        "SELECT * FROM generate_series(1, 10) s JOIN (VALUES (1), (2)) v(x) ON v.x = s",
    ];
    let options = [
        "ANALYZE, BUFFERS, VERBOSE, SETTINGS, WAL",
        "ANALYZE, TIMING OFF",
        "COSTS OFF",
        "",
    ];
    let shape = |p: &plan::Plan| {
        let mut v = Vec::new();
        p.root.walk(0, &mut |n, d| {
            v.push((
                d,
                n.node_type.clone(),
                n.relation.clone(),
                n.actual_rows,
                n.loops,
                n.plan_rows,
            ))
        });
        v
    };
    let run = |db: &mut postgres::Client, sql: String| {
        common::lines(db, &sql).join(
            "
",
        )
    };
    let mut compared = 0;
    for q in queries {
        for o in options {
            let sep = if o.is_empty() { "" } else { ", " };
            let text = run(&mut db, format!("EXPLAIN ({o}{sep}FORMAT TEXT) {q}"));
            let json = run(&mut db, format!("EXPLAIN ({o}{sep}FORMAT JSON) {q}"));
            let (pt, pj) = (
                plan::parse(&text).unwrap_or_else(|e| panic!("{q} ({o}): {e}\n{text}")),
                plan::parse(&json).unwrap(),
            );
            if o.contains("ANALYZE") {
                // Actual numbers differ between two runs only for parallel workers.
                let strip = |v: Vec<Shape>| {
                    v.into_iter()
                        .map(|(d, t, r, _, _, e)| (d, t, r, e))
                        .collect::<Vec<_>>()
                };
                assert_eq!(strip(shape(&pt)), strip(shape(&pj)), "{q} ({o})\n{text}");
            } else {
                assert_eq!(shape(&pt), shape(&pj), "{q} ({o})\n{text}");
            }
            assert_eq!(pt.analyzed, o.contains("ANALYZE"));
            compared += 1;
        }
    }
    assert_eq!(compared, queries.len() * options.len());
}

/// Real plans of public queries: the 22 TPC-H queries (../shared/bench/tpch)
/// planned on their schema, text and JSON, with and without ANALYZE, all read
/// and in agreement; the facts extractor understands every query too.
#[test]
fn tpch_plans_parse_in_both_formats() {
    let tpch = common::shared_dir().join("bench/tpch");
    let c = common::TestCluster::start("");
    let mut db = c.client("postgres");
    db.batch_execute(&std::fs::read_to_string(tpch.join("schema.sql")).unwrap())
        .unwrap();
    db.batch_execute(&std::fs::read_to_string(tpch.join("keys.sql")).unwrap())
        .unwrap();
    db.batch_execute("ANALYZE").unwrap();
    let run = |db: &mut postgres::Client, sql: String| {
        common::lines(db, &sql).join(
            "
",
        )
    };
    let mut files: Vec<_> = std::fs::read_dir(tpch.join("queries"))
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    files.sort();
    assert_eq!(files.len(), 22);
    for f in files {
        let q = std::fs::read_to_string(&f).unwrap();
        let q = q.trim().trim_end_matches(';');
        assert!(
            pgadvisor::model::facts::extract(q).is_ok_and(|x| !x.tables.is_empty()),
            "facts of {}",
            f.display()
        );
        for o in ["", "ANALYZE, BUFFERS, "] {
            let text = run(&mut db, format!("EXPLAIN ({o}FORMAT TEXT) {q}"));
            let json = run(&mut db, format!("EXPLAIN ({o}FORMAT JSON) {q}"));
            let (pt, pj) = (plan::parse(&text).unwrap(), plan::parse(&json).unwrap());
            let shape = |p: &plan::Plan| {
                let mut v = Vec::new();
                p.root.walk(0, &mut |n, d| {
                    v.push((d, n.node_type.clone(), n.relation.clone(), n.plan_rows))
                });
                v
            };
            assert_eq!(shape(&pt), shape(&pj), "{} ({o})\n{text}", f.display());
            let _ = problems::diagnose(&pt);
        }
    }
}
