//! Query facts over a real workload: the constants each placeholder took,
//! whatever the protocol of each execution.
use pgadvisor::app;
use pgadvisor::input::ReadOptions;
use pgadvisor::model::analysis::analyse;
use pgadvisor::model::facts::{Operand, PredicateOp, TableName};
use std::path::Path;

#[test]
fn constants_seen_per_placeholder_across_protocols() {
    let dir = tempfile::tempdir().unwrap();
    let log = dir.path().join("t.log");
    let mut text = String::new();
    for c in [5, 6, 7, 5] {
        text.push_str(&format!(
            "2024-01-01 10:00:00.000 UTC [9] app@db LOG:  duration: 1.000 ms  statement: SELECT id FROM tickets WHERE status IN ('nova', 'andamento') AND customer_id = {c}\n"
        ));
    }
    text.push_str(
        "2024-01-01 10:00:01.000 UTC [9] app@db LOG:  duration: 1.000 ms  execute <unnamed>: SELECT id FROM tickets WHERE status IN ('nova', 'andamento') AND customer_id = $1\n\
         2024-01-01 10:00:01.000 UTC [9] app@db DETAIL:  parameters: $1 = '8'\n",
    );
    std::fs::write(&log, text).unwrap();
    let (w, _) = app::read_inputs(&[log], &ReadOptions::default(), &Default::default()).unwrap();
    assert_eq!(w.queries.len(), 1, "one fingerprint for both protocols");
    let a = analyse(&w);
    let facts = a.facts.values().next().unwrap();
    let tickets = &facts.tables[&TableName {
        schema: None,
        name: "tickets".into(),
    }];
    let status = tickets
        .predicates
        .iter()
        .find(|p| p.column == "status")
        .unwrap();
    assert_eq!(status.op, PredicateOp::In);
    let seen = facts.values_of(&status.values[0]).unwrap();
    assert_eq!(
        (seen.values, seen.more),
        (vec!["nova".to_owned(), "andamento".to_owned()], false)
    );
    let customer = tickets
        .predicates
        .iter()
        .find(|p| p.column == "customer_id")
        .unwrap();
    assert!(matches!(customer.values[0], Operand::Param(_)));
    let seen = facts.values_of(&customer.values[0]).unwrap();
    assert_eq!(seen.values, vec!["5", "6", "7"]);
    assert!(
        seen.more,
        "one execution bound it as a parameter: not every value is known"
    );
}

#[test]
fn the_bundled_workload_is_analysed() {
    let (w, _) = app::read_inputs(
        &[Path::new(env!("CARGO_MANIFEST_DIR")).join("samples/logs")],
        &ReadOptions::default(),
        &Default::default(),
    )
    .unwrap();
    let a = analyse(&w);
    assert!(a.not_analysed.is_empty(), "{:?}", a.not_analysed);
    // The dashboard's ticket filter always uses the same two statuses.
    let (_, facts) = a
        .facts
        .iter()
        .find(|(id, _)| w.queries[id].normalized.contains("t.status IN"))
        .expect("dashboard query");
    let tickets = facts
        .tables
        .iter()
        .find(|(t, _)| t.name == "tickets")
        .unwrap()
        .1;
    let status = tickets
        .predicates
        .iter()
        .find(|p| p.column == "status")
        .unwrap();
    let seen = facts.values_of(&status.values[0]).unwrap();
    assert_eq!(
        (seen.values, seen.more),
        (vec!["nova".to_owned(), "andamento".to_owned()], false)
    );
    assert_eq!(facts.joins.len(), 1);
    let customers = facts
        .tables
        .iter()
        .find(|(t, _)| t.name == "customers")
        .unwrap()
        .1;
    let acc = customers
        .predicates
        .iter()
        .find(|p| p.column == "account_id")
        .unwrap();
    assert!(
        facts.values_of(&acc.values[0]).unwrap().more,
        "many accounts, and bound in the extended protocols"
    );
    assert_eq!(tickets.group_by, vec!["status"]);
}
