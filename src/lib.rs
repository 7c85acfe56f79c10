//! pgadvisor: a PostgreSQL performance tuning advisor.
//!
//! Data flows one way: [`input`] readers turn files into events, [`model`]
//! folds events into a [`model::workload::Workload`] (fingerprints, sessions,
//! tenants), [`rules`] turn the workload into findings, and
//! [`report`] renders them. [`app`] wires the stages for each command.
//! [`vocab`] sits under them all (ids, times, names, quoting), and a test
//! (`stage_order`) fails when a module imports a later stage.
#![forbid(unsafe_code)]
#![warn(unreachable_pub)]

pub mod app;
pub mod catalog;
pub mod cli;
pub(crate) mod config;
pub mod error;
pub mod findings;
pub mod input;
pub mod model;
pub mod plan;
pub mod report;
pub mod rules;
pub mod sqlgen;
pub(crate) mod triage;
pub(crate) mod verify;
pub mod vocab;

#[cfg(test)]
mod stage_order;
