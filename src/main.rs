//! The `picklefix` binary: parse the flags, run, exit. Everything else is in the library.

use std::process::ExitCode;

use clap::Parser;

use picklefix::output::outcome::ExitStatus;
use picklefix::run::command;
use picklefix::settings::cli::Args;
use picklefix::settings::config::Command;

fn main() -> ExitCode {
    let args = Args::parse();
    let status = match Command::from_args(args).and_then(command::run) {
        Ok(status) => status,
        Err(error) => {
            eprintln!("picklefix: error: {error:#}");
            ExitStatus::Failure
        }
    };
    ExitCode::from(status.code())
}
