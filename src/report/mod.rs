//! Renderers: the report to what people and CI read (terminal, report.json,
//! report.md, recommendations.sql, report.html, metrics.prom). Output is deterministic:
//! sorted, rounded, no hash-map order.
pub(crate) mod explain;
pub(crate) mod html;
pub mod json;
pub(crate) mod markdown;
pub mod migration;
pub(crate) mod narrative;
pub(crate) mod per_schema;
pub(crate) mod priorities;
pub(crate) mod prom;
pub(crate) mod shares;
pub(crate) mod terminal;
pub(crate) mod text;
