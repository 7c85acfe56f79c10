//! The `pgadvisor` binary: parse the command line, run, map the outcome to
//! an exit code (0 ran, 1 findings at or above --fail-on, 2 error).
#![forbid(unsafe_code)]

use clap::Parser;
use pgadvisor::app::commands::{self, Outcome};
use pgadvisor::cli::Cli;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match commands::run(cli.command) {
        Ok(Outcome::Ran) => ExitCode::SUCCESS,
        Ok(Outcome::Failing) => ExitCode::from(1),
        Err(e) => {
            // Library errors carry their cause in their message.
            eprintln!("error: {e}");
            ExitCode::from(2)
        }
    }
}
