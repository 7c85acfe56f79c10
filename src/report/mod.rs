//! Renderers: the workload (and, in later stages, findings) to what people
//! and CI read. Output is deterministic: sorted, rounded, no hash-map order.
pub mod explain;
pub mod json;
pub mod terminal;
