//! Renderers: the report to what people and CI read (terminal, report.json,
//! report.md, recommendations.sql, report.html). Output is deterministic:
//! sorted, rounded, no hash-map order.
pub mod explain;
pub mod html;
pub mod json;
pub mod markdown;
pub mod migration;
pub mod terminal;
pub mod text;
