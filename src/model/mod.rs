//! The workload model: what the database did, independent of the input format.
pub mod analysis;
pub mod events;
pub mod facts;
pub mod fingerprint;
pub mod graph;
pub use crate::vocab::lexer;
pub mod names;
pub use crate::catalog as schema;
pub mod stats;
pub mod tenancy;
pub mod tenants;
pub mod timeline;
pub mod workload;
