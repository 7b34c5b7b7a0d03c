//! The resolved settings of one run, built from the raw flags by `Command::from_args`, which is
//! the one place where flags are interpreted and their conflicts settled:
//! - `--diff` with `--fix` is an error: one prints fixes, the other writes them, and guessing
//!   which the user meant could write files they only wanted to see.
//! - `-` reads stdin and must be the only path; `--stdin-filename` without a path implies `-`,
//!   and with a path other than `-` is an error.
//! - `--explain` ignores every other flag.

use std::num::NonZeroUsize;
use std::path::PathBuf;

use anyhow::{Result, bail};

use crate::cli::Args;
use crate::engine::Settings;
use crate::rules::Rule;

/// What the user asked picklefix to do.
#[derive(Debug)]
pub enum Command {
    /// Print the documentation of one rule.
    Explain(Rule),
    /// Check (and maybe fix) source files.
    Check(Config),
}

/// What happens to the fixes found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// Print findings; write nothing.
    Report,
    /// Print the fixes as unified diffs; write nothing.
    Diff,
    /// Write the fixes, then print the findings that remain.
    Fix,
}

/// Where the source comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Input {
    /// Files and directories to walk, as the user typed them.
    Paths(Vec<PathBuf>),
    /// One source read from stdin, shown under `name`.
    Stdin { name: String },
}

/// Settings for checking files, resolved from the command line.
#[derive(Clone, Debug)]
pub struct Config {
    /// Report, diff or fix.
    pub mode: Mode,
    /// The paths to walk, or stdin.
    pub input: Input,
    /// What the analysis reports and which fixes apply (`--unsafe-fixes`).
    pub settings: Settings,
    /// Respect .gitignore, .ignore and hidden-file rules while walking (off with `--no-ignore`).
    pub respect_ignore: bool,
    /// Gitignore-style globs of paths to skip while walking, relative to each walked root.
    pub excludes: Vec<String>,
    /// Number of worker threads checking files.
    pub threads: usize,
    /// Leave out the summary line.
    pub quiet: bool,
    /// Skip files that cannot hold a finding without parsing them (off only to check that
    /// this skips nothing the full analysis would report).
    pub prefilter: bool,
}

impl Command {
    /// Resolve the raw flags into a command, or say which flags cannot go together.
    pub fn from_args(args: Args) -> Result<Command> {
        if let Some(code) = &args.explain {
            return Ok(Command::Explain(rule_from_code(code)?));
        }
        let mode = match (args.diff, args.fix) {
            (true, true) => {
                bail!("--diff prints fixes and --fix writes them; pass one of them, not both")
            }
            (true, false) => Mode::Diff,
            (false, true) => Mode::Fix,
            (false, false) => Mode::Report,
        };
        Ok(Command::Check(Config {
            mode,
            input: input(args.paths, args.stdin_filename)?,
            settings: Settings {
                unsafe_fixes: args.unsafe_fixes,
                apis: apis(&args.api)?,
            },
            respect_ignore: !args.no_ignore,
            excludes: args.exclude,
            threads: args.threads.map_or_else(default_threads, NonZeroUsize::get),
            quiet: args.quiet,
            prefilter: !args.no_prefilter,
        }))
    }
}

/// Parse each `--api` spec; the first bad one is an error that quotes it.
fn apis(specs: &[String]) -> Result<Vec<crate::analysis::UserApi>> {
    specs
        .iter()
        .map(|spec| {
            crate::analysis::parse_api(spec).map_err(|why| anyhow::anyhow!("--api {spec}: {why}"))
        })
        .collect()
}

fn rule_from_code(code: &str) -> Result<Rule> {
    match Rule::from_code(code) {
        Some(rule) => Ok(rule),
        None => {
            let known: Vec<String> = Rule::ALL
                .iter()
                .map(|rule| format!("{} ({})", rule.code(), rule.name()))
                .collect();
            bail!("unknown rule '{code}'; the rules are {}", known.join(", "))
        }
    }
}

fn input(paths: Vec<PathBuf>, stdin_filename: Option<String>) -> Result<Input> {
    let reads_stdin = paths.iter().any(|path| path.as_os_str() == "-");
    if reads_stdin && paths.len() > 1 {
        bail!("`-` reads one source from stdin and cannot be combined with other paths");
    }
    match stdin_filename {
        Some(_) if !paths.is_empty() && !reads_stdin => {
            bail!("--stdin-filename names the source read from stdin; pass `-` or no path with it")
        }
        Some(name) => Ok(Input::Stdin { name }),
        None if reads_stdin => Ok(Input::Stdin { name: "-".into() }),
        None if paths.is_empty() => Ok(Input::Paths(vec![PathBuf::from(".")])),
        None => Ok(Input::Paths(paths)),
    }
}

fn default_threads() -> usize {
    std::thread::available_parallelism().map_or(1, NonZeroUsize::get)
}

#[cfg(test)]
mod tests {
    use clap::Parser;

    use super::*;

    fn resolve(argv: &[&str]) -> Result<Command> {
        let args = Args::try_parse_from(std::iter::once("picklefix").chain(argv.iter().copied()))?;
        Command::from_args(args)
    }

    fn config(argv: &[&str]) -> Config {
        match resolve(argv) {
            Ok(Command::Check(config)) => config,
            other => panic!("expected a check, got {other:?}"),
        }
    }

    #[test]
    fn defaults_to_reporting_on_the_current_directory() {
        let config = config(&[]);
        assert_eq!(config.mode, Mode::Report);
        assert_eq!(config.input, Input::Paths(vec![PathBuf::from(".")]));
        assert!(config.respect_ignore && !config.settings.unsafe_fixes);
        assert!(config.threads >= 1);
    }

    #[test]
    fn diff_and_fix_conflict() {
        let error = resolve(&["--diff", "--fix"]).unwrap_err();
        assert!(error.to_string().contains("not both"));
    }

    #[test]
    fn stdin_is_a_dash_or_a_stdin_filename() {
        let dash = Input::Stdin { name: "-".into() };
        assert_eq!(config(&["-"]).input, dash);
        let named = Input::Stdin {
            name: "a.py".into(),
        };
        assert_eq!(config(&["--stdin-filename", "a.py"]).input, named);
        assert_eq!(config(&["--stdin-filename", "a.py", "-"]).input, named);
        assert!(resolve(&["--stdin-filename", "a.py", "src"]).is_err());
        assert!(resolve(&["-", "src"]).is_err());
    }

    #[test]
    fn explain_takes_a_code_or_a_name() {
        assert!(matches!(
            resolve(&["--explain", "pkl002"]),
            Ok(Command::Explain(Rule::LambdaCallable))
        ));
        assert!(matches!(
            resolve(&["--explain", "nested-function"]),
            Ok(Command::Explain(Rule::NestedFunction))
        ));
        let error = resolve(&["--explain", "PKL999"]).unwrap_err().to_string();
        assert!(error.contains("PKL001 (main-guard-function)"), "{error}");
    }
}
