//! One run of picklefix, from a resolved `Command` to an `ExitStatus`: find the files (or read
//! stdin), check them on a thread pool, print the outcomes in path order, and decide the exit
//! status once from the totals. `main` is a shell around `run`, so tests drive a whole run
//! without starting a process.

use std::io::{self, Read};

use anyhow::{Context, Result};

use crate::config::{Command, Config, Input};
use crate::discover::{self, WalkOptions};
use crate::outcome::{ExitStatus, FileOutcome, Problem, Totals};
use crate::{pipeline, printer};

/// Run `command`. An error here is fatal (bad glob, stdin unreadable, no threads); a failure on
/// one file is not, and shows up in the exit status instead.
pub fn run(command: Command) -> Result<ExitStatus> {
    match command {
        Command::Explain(rule) => {
            quiet_on_closed_pipe(printer::explain(rule))?;
            Ok(ExitStatus::Clean)
        }
        Command::Check(config) => check(&config),
    }
}

fn check(config: &Config) -> Result<ExitStatus> {
    let pool = pipeline::thread_pool(config.threads)?;
    let (walk_problems, outcomes) = match &config.input {
        Input::Paths(roots) => {
            let options = WalkOptions {
                respect_ignore: config.respect_ignore,
                excludes: &config.excludes,
            };
            let found = discover::discover(roots, options)?;
            let outcomes = pool.install(|| pipeline::check_files(&found.files, config));
            (found.problems, outcomes)
        }
        Input::Stdin { name } => {
            let bytes = read_stdin()?;
            let outcome = pool.install(|| pipeline::check_stdin(name, bytes, config));
            (Vec::new(), vec![outcome])
        }
    };
    finish(config, &walk_problems, &outcomes)
}

fn finish(
    config: &Config,
    walk_problems: &[Problem],
    outcomes: &[FileOutcome],
) -> Result<ExitStatus> {
    let totals = Totals::new(outcomes, walk_problems);
    quiet_on_closed_pipe(printer::print_run(config, walk_problems, outcomes, &totals))?;
    Ok(totals.exit_status(config.mode))
}

fn read_stdin() -> Result<Vec<u8>> {
    let mut bytes = Vec::new();
    io::stdin()
        .read_to_end(&mut bytes)
        .context("Could not read the source from stdin")?;
    Ok(bytes)
}

/// A reader that stops early (`picklefix | head`) closes the pipe; that ends the printing, not
/// the run, and is not an error worth reporting.
fn quiet_on_closed_pipe(printed: io::Result<()>) -> Result<()> {
    match printed {
        Err(error) if error.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        printed => printed.context("Could not print the results"),
    }
}
