//! The workload model: what the database did, independent of the input format.
pub mod analysis;
pub(crate) mod asked_span;
pub(crate) mod events;
pub mod facts;
pub mod fingerprint;
pub(crate) mod graph;
pub(crate) mod list_order;
pub(crate) mod loops;
pub use crate::vocab::lexer;
pub(crate) mod names;
pub mod path_context;
pub(crate) mod shape;
pub use crate::catalog as schema;
pub mod stats;
pub(crate) mod tenancy;
pub(crate) mod tenants;
pub(crate) mod timeline;
pub mod workload;
