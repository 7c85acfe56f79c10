//! Index advice on a real database: the seed 003 case (partial + covering),
//! the recommended indexes created for real and used by the planner, and the
//! cases where nothing may be recommended.
mod common;

use common::TestCluster;

const WORKLOAD: &[&str] = &[
    "SELECT id, nome_empresa, usuario_cs, status FROM implantacoes WHERE status = 'andamento'",
    "SELECT id, nome_empresa, usuario_cs, status FROM implantacoes WHERE status = 'nova'",
    "SELECT id, nome_empresa, usuario_cs, status FROM implantacoes WHERE status IN ('nova', 'andamento', 'parada')",
    "SELECT id, nome_empresa, usuario_cs FROM implantacoes WHERE status = 'parada'",
    // Negative: a tiny table, a predicate on most rows, an index that already serves.
    "SELECT id, nome FROM etapas WHERE codigo = 'kickoff'",
    "SELECT id, titulo FROM tarefas WHERE concluida = false",
    "SELECT id, descricao FROM checklist_items WHERE implantacao_id = 42",
];

#[test]
fn seed_003_partial_covering_index_is_found_verified_and_used() {
    let mut c = TestCluster::start("");
    let mut db = c.client("postgres");
    db.batch_execute(
        "CREATE EXTENSION hypopg;
         CREATE TABLE implantacoes (id serial PRIMARY KEY, nome_empresa text NOT NULL, usuario_cs text,
                                    status text NOT NULL, criado_em timestamptz DEFAULT now(), observacoes text);
         INSERT INTO implantacoes (nome_empresa, usuario_cs, status, observacoes)
           SELECT 'empresa ' || g, 'cs' || g % 20,
                  CASE WHEN g % 100 < 4 THEN 'andamento' WHEN g % 100 < 7 THEN 'nova'
                       WHEN g % 100 < 9 THEN 'parada' WHEN g % 100 < 14 THEN 'cancelada' ELSE 'finalizada' END,
                  repeat('x', 200)
           FROM generate_series(1, 200000) g;
         CREATE TABLE etapas (id int PRIMARY KEY, codigo text, nome text);
         INSERT INTO etapas SELECT g, 'e' || g, 'etapa' FROM generate_series(1, 40) g;
         CREATE TABLE tarefas (id serial PRIMARY KEY, titulo text, concluida boolean);
         INSERT INTO tarefas (titulo, concluida) SELECT 't' || g, g % 10 >= 6 FROM generate_series(1, 100000) g;
         CREATE TABLE checklist_items (id serial PRIMARY KEY, implantacao_id int, descricao text);
         INSERT INTO checklist_items (implantacao_id, descricao) SELECT g % 20000, 'd' FROM generate_series(1, 100000) g;
         CREATE INDEX checklist_items_implantacao_idx ON checklist_items (implantacao_id) INCLUDE (descricao);",
    )
    .unwrap();
    // The commits must reach the WAL before VACUUM can mark pages all-visible
    // (the test cluster runs with synchronous_commit = off): index-only scans count on it.
    db.batch_execute("CHECKPOINT").unwrap();
    db.batch_execute("VACUUM ANALYZE").unwrap();
    for _ in 0..20 {
        for q in WORKLOAD {
            db.simple_query(q).unwrap();
        }
    }
    drop(db);
    let log = c.log_snapshot();
    let out = tempfile::tempdir().unwrap();
    let r = common::audit(
        &[
            log.path().to_str().unwrap(),
            "--db",
            &c.conninfo("postgres"),
        ],
        out.path(),
    );
    let advice = common::findings(&r, "missing-index");
    // Only implantacoes deserves an index.
    assert_eq!(advice.len(), 1, "{advice:#?}");
    let f = advice[0];
    assert_eq!(f["subject"]["table"], "implantacoes");
    assert_eq!(f["evidence"]["kind"], "covering", "{f:#}");
    assert_eq!(
        f["evidence"]["predicate"], "status IN ('andamento', 'nova', 'parada')",
        "{f:#}"
    );
    assert_eq!(
        f["evidence"]["include"],
        serde_json::json!(["id", "nome_empresa", "usuario_cs"])
    );
    assert_eq!(f["verified"], "hypopg", "{f:#}");
    // `status = 'andamento'` and `status = 'nova'` are one fingerprint.
    assert_eq!(f["queries"].as_array().unwrap().len(), 3);

    // Without a database (a schema dump and a stats export), the cost model arrives at the same index.
    let mut db = c.client("postgres");
    let dir = tempfile::tempdir().unwrap();
    let schema = dir.path().join("schema.sql");
    std::fs::write(&schema, c.dump_schema("postgres")).unwrap();
    let stats = dir.path().join("stats.json");
    std::fs::write(
        &stats,
        common::lines(&mut db, include_str!("../scripts/stats.sql")).join("\n"),
    )
    .unwrap();
    let offline = tempfile::tempdir().unwrap();
    let r2 = common::audit(
        &[
            log.path().to_str().unwrap(),
            "--schema",
            schema.to_str().unwrap(),
            "--stats",
            stats.to_str().unwrap(),
        ],
        offline.path(),
    );
    let g = common::findings(&r2, "missing-index");
    assert_eq!(g.len(), 1, "{g:#?}");
    assert_eq!(g[0]["sql"], f["sql"]);
    assert_eq!(g[0]["evidence"]["model"], "offline");
    assert_eq!(f["evidence"]["model"], "hypopg");

    // Created for real, the planner uses it for every query it was recommended for.
    for s in f["sql"].as_array().unwrap() {
        db.batch_execute(s.as_str().unwrap()).unwrap();
    }
    db.batch_execute("VACUUM ANALYZE implantacoes").unwrap();
    for q in &WORKLOAD[..4] {
        let plan = common::lines(&mut db, &format!("EXPLAIN {q}")).join("\n");
        assert!(
            plan.contains("Index Only Scan using implantacoes_status_covering_idx"),
            "{q}\n{plan}"
        );
    }
    // A value outside the predicate cannot use it (PostgreSQL proves the implication or not).
    let plan = common::lines(
        &mut db,
        "EXPLAIN SELECT id FROM implantacoes WHERE status = 'finalizada'",
    )
    .join("\n");
    assert!(!plan.contains("implantacoes_status_covering_idx"), "{plan}");
}

#[test]
fn one_statement_per_tenant_schema_that_lacks_the_index() {
    let mut c = TestCluster::start("");
    let mut db = c.client("postgres");
    db.batch_execute("CREATE EXTENSION hypopg").unwrap();
    for t in 1..=3 {
        db.batch_execute(&format!(
            "CREATE SCHEMA tenant_{t};
             CREATE TABLE tenant_{t}.tickets (id serial PRIMARY KEY, customer_id int, status text, opened_at timestamptz);
             INSERT INTO tenant_{t}.tickets (customer_id, status, opened_at)
               SELECT g % 200, 'open', now() - g * interval '1 minute' FROM generate_series(1, 100000) g;"
        ))
        .unwrap();
    }
    // tenant_2 already has what the workload needs.
    db.batch_execute("CREATE INDEX ON tenant_2.tickets (customer_id, opened_at); ANALYZE;")
        .unwrap();
    for _ in 0..10 {
        for t in 1..=3 {
            db.simple_query(&format!(
                "SELECT id, status FROM tenant_{t}.tickets WHERE customer_id = 42 ORDER BY opened_at DESC LIMIT 20"
            ))
            .unwrap();
        }
    }
    drop(db);
    let log = c.log_snapshot();
    let out = tempfile::tempdir().unwrap();
    let r = common::audit(
        &[
            log.path().to_str().unwrap(),
            "--db",
            &c.conninfo("postgres"),
        ],
        out.path(),
    );
    let f = r["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["rule"] == "missing-index")
        .unwrap_or_else(|| panic!("{:#}", r["findings"]));
    assert_eq!(f["subject"]["table"], "tickets");
    // Equality first, then the ORDER BY column, so the sort and most of the scan disappear.
    assert_eq!(
        f["subject"]["columns"],
        serde_json::json!(["customer_id", "opened_at"]),
        "{f:#}"
    );
    assert_eq!(f["verified"], "hypopg", "{f:#}");
    let sql: Vec<&str> = f["sql"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s.as_str().unwrap())
        .collect();
    assert_eq!(sql.len(), 2, "{sql:#?}");
    assert!(
        sql.iter().any(|s| s.contains("tenant_1.tickets"))
            && sql.iter().any(|s| s.contains("tenant_3.tickets"))
    );
    let mut db = c.client("postgres");
    for s in &sql {
        db.batch_execute(s).unwrap();
    }
    for t in [1, 3] {
        let plan = common::lines(
            &mut db,
            &format!("EXPLAIN SELECT id, status FROM tenant_{t}.tickets WHERE customer_id = 42 ORDER BY opened_at DESC LIMIT 20"),
        )
        .join("\n");
        assert!(
            plan.contains("Index Scan Backward using tickets_customer_id_opened_at"),
            "{plan}"
        );
        assert!(!plan.contains("Sort"), "{plan}");
    }
}
