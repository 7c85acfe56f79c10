//! Every integration test in one binary: one link instead of one per file,
//! and the tests of all files share the test threads (a slow file no
//! longer runs alone). Each module is one area, named as before; `common`
//! starts the throwaway clusters.
mod common;

mod auto_explain;
mod bad_input;
mod cli;
mod corpus;
mod denormalize;
mod facts;
mod fingerprint_corpus;
mod fixtures;
mod fk_rules;
mod html_report;
mod index_advice;
mod live;
mod live_tls;
mod log_rules;
mod matview;
mod metrics;
mod migration_lint;
mod n_plus_one;
mod partition;
mod plan_corpus;
mod plans;
mod real_logs;
mod report_outputs;
mod rule_catalog;
mod schema;
mod seed_003;
mod sqlgen;
mod tenant_drift;
mod tenant_guardrails;
mod tenant_isolation;
mod workload_inputs;
