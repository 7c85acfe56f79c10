//! The bottom of the pipeline: names and formats every stage shares — how
//! a query id is written, how a time is written, how numbers and text are
//! shortened for a title. Nothing here imports another module of the crate,
//! so readers, rules and renderers can all use it without depending on one
//! another.

pub mod format;
pub mod lexer;
pub mod sql_names;

pub use format::{
    fingerprint_hex, fmt_bytes, fmt_ms, one_line, parse_fingerprint_hex, timestamp, ts,
};
pub use sql_names::TableRef;
