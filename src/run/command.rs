//! One run of picklefix, from a resolved `Command` to an `ExitStatus`: find the files (or read
//! stdin), settle each file's settings, check them on a thread pool, print the outcomes in path
//! order, and decide the exit status once from the totals. `main` is a shell around `run`, so
//! tests drive a whole run without starting a process.

use std::io::{self, Read};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use rayon::ThreadPool;

use crate::output::formats::Run;
use crate::output::outcome::{ExitStatus, Problem, Totals};
use crate::output::printer;
use crate::run::devtools::{scope_dump, stress};
use crate::run::discover::{self, WalkOptions};
use crate::run::scheduler::{self, CheckedFiles, SettingsGroup};
use crate::run::{file, interrupt, review};
use crate::settings::config::{Command, Config, Input, Mode};
use crate::settings::projects::Resolver;

/// Run `command`. An error here is fatal (bad glob, a bad settings file, stdin unreadable, no
/// threads); a failure on one file is not, and shows up in the exit status instead.
pub fn run(command: Command) -> Result<ExitStatus> {
    match command {
        Command::Explain(rule) => {
            quiet_on_closed_pipe(printer::explain(rule))?;
            Ok(ExitStatus::Clean)
        }
        Command::Check(config) => check(&config),
        Command::Interactive(config) => {
            let mut terminal = printer::TerminalReviewer {
                color: config.output.color,
            };
            review::run(&config, &mut terminal)
        }
        Command::DumpScopes(paths) => {
            let lines = paths.iter().map(|path| scope_dump::file_line(path));
            quiet_on_closed_pipe(printer::scope_dump(lines))?;
            Ok(ExitStatus::Clean)
        }
        Command::StressLiftAll(config) => {
            let Input::Paths(roots) = &config.input else {
                anyhow::bail!("--stress-lift-all walks paths; it does not read stdin");
            };
            let pool = file::thread_pool(config.threads)?;
            let (_, groups) = files(&config, roots, &pool)?;
            let paths: Vec<PathBuf> = groups.into_iter().flat_map(|g| g.files).collect();
            pool.install(|| stress::run(&config, &paths))
        }
    }
}

/// The files under `roots`, grouped by the project whose settings apply to them, and the
/// paths that could not be walked. The grouping runs on `pool`.
pub fn files(
    config: &Config,
    roots: &[PathBuf],
    pool: &ThreadPool,
) -> Result<(Vec<Problem>, Vec<SettingsGroup>)> {
    let options = WalkOptions {
        respect_ignore: config.respect_ignore,
        excludes: &config.excludes,
    };
    let found = discover::discover(roots, options, pool)?;
    let mut resolver = Resolver::new(config.discovery.clone(), config.overrides.clone())?;
    let groups = scheduler::plan(found.files, roots, &mut resolver, pool)?;
    Ok((found.problems, groups))
}

fn check(config: &Config) -> Result<ExitStatus> {
    let pool = file::thread_pool(config.threads)?;
    match &config.input {
        Input::Paths(roots) => {
            if config.mode == Mode::Fix {
                interrupt::install()?;
            }
            let (walk_problems, groups) = files(config, roots, &pool)?;
            if config.show_files {
                return show_files(&walk_problems, groups);
            }
            if config.show_settings {
                return show_settings(groups);
            }
            let mut checked = scheduler::schedule(&pool, groups, config, roots);
            checked.count_walk_problems(&walk_problems);
            finish(config, &walk_problems, &checked)
        }
        Input::Stdin { name } => {
            let mut resolver = Resolver::new(config.discovery.clone(), config.overrides.clone())?;
            let project = resolver.project_of(Path::new(name))?;
            let select = project.select_for(&resolver.absolute(Path::new(name)));
            let mut config = scheduler::config_for(config, &project, select);
            // A run of stdin follows no wrapper to other files.
            config.options.exports = false;
            let bytes = read_stdin()?;
            let outcome = pool.install(|| file::check_stdin(name, bytes, &config));
            let checked = CheckedFiles {
                totals: Totals::new(std::slice::from_ref(&outcome), &[]),
                outcomes: vec![outcome],
                roots: Vec::new(),
                not_checked: 0,
            };
            finish(&config, &[], &checked)
        }
    }
}

fn finish(
    config: &Config,
    walk_problems: &[Problem],
    checked: &CheckedFiles,
) -> Result<ExitStatus> {
    let totals = checked.totals;
    let run = Run {
        mode: config.mode,
        walk_problems,
        outcomes: &checked.outcomes,
        totals: &totals,
        roots: &checked.roots,
        show_apis: config.output.show_apis,
    };
    quiet_on_closed_pipe(printer::print_run(config, &run))?;
    if checked.not_checked > 0 {
        quiet_on_closed_pipe(printer::interrupted(checked.not_checked))?;
        return Ok(ExitStatus::Interrupted);
    }
    Ok(final_status(config, &totals))
}

/// The exit status the totals give, bent as ruff bends it: `--exit-zero` makes every 1 a 0
/// (and wins over `--exit-non-zero-on-fix`), `--fix-only` does not fail on what remains, and
/// `--exit-non-zero-on-fix` fails when something was fixed. A failure stays a failure.
fn final_status(config: &Config, totals: &Totals) -> ExitStatus {
    let status = totals.exit_status(config.mode);
    let fixed = config.mode == Mode::Fix && totals.counts.fixed > 0;
    match status {
        ExitStatus::Failure | ExitStatus::Interrupted => status,
        _ if config.exit_zero => ExitStatus::Clean,
        _ if config.exit_non_zero_on_fix && fixed => ExitStatus::FindingsRemain,
        _ if config.fix_only => ExitStatus::Clean,
        _ => status,
    }
}

/// `--show-settings`: the settings of the first file in path order, as its group has them.
fn show_settings(groups: Vec<SettingsGroup>) -> Result<ExitStatus> {
    let first = groups
        .iter()
        .flat_map(|group| group.files.iter().map(move |file| (file, group)))
        .min_by(|a, b| a.0.cmp(b.0));
    let Some((file, group)) = first else {
        anyhow::bail!("--show-settings found no file to check under the paths given");
    };
    quiet_on_closed_pipe(printer::settings(file, &group.project, group.select))?;
    Ok(ExitStatus::Clean)
}

/// `--show-files`: the files a check would read, in path order, and the paths that could not
/// be walked (as a check reports them, on stderr here, since stdout is the list).
fn show_files(walk_problems: &[Problem], groups: Vec<SettingsGroup>) -> Result<ExitStatus> {
    let mut paths: Vec<PathBuf> = groups.into_iter().flat_map(|g| g.files).collect();
    paths.sort();
    quiet_on_closed_pipe(printer::file_list(walk_problems, &paths))?;
    Ok(if walk_problems.is_empty() {
        ExitStatus::Clean
    } else {
        ExitStatus::FindingsRemain
    })
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
pub fn quiet_on_closed_pipe(printed: io::Result<()>) -> Result<()> {
    match printed {
        Err(error) if error.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        printed => printed.context("Could not print the results"),
    }
}
