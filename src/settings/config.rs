//! The resolved settings of one run, built from the raw flags by `Command::from_args`, which is
//! the one place where flags are interpreted and their conflicts settled:
//! - `--diff` with `--fix` is an error: one prints fixes, the other writes them, and guessing
//!   which the user meant could write files they only wanted to see.
//! - `-` reads stdin and must be the only path; `--stdin-filename` without a path implies `-`,
//!   and with a path other than `-` is an error.
//! - `--explain` ignores every other flag, and so does the hidden `--dump-scopes`.
//! - `--interactive` is a command of its own; clap refuses it beside `--diff` or `--fix`.
//! - `--lift FILE:LINE[:COL]` names the one file to check, so it takes no other path; the
//!   prefilter is off for it (the callable need not be handed to a process API).
//! - `--stress-lift-all` (hidden) is a command of its own, for `bench/stress.sh`.
//! - Settings flags (`--select`, `--unsafe-fixes`, ...) become `Overrides`, which win over the
//!   settings files per file; they are validated here, before any file is read.
//! - Whether stdout and stderr are terminals is settled here too (source lines, colour,
//!   progress), so nothing later asks the environment.

use std::io::IsTerminal;
use std::num::NonZeroUsize;
use std::path::PathBuf;

use anyhow::{Result, bail};

use crate::core::analysis::Position;
use crate::core::options::Options;
use crate::core::rules::{Rule, RuleSet};
use crate::settings::cli::{Args, OutputFormat};
use crate::settings::projects::{Discovery, Overrides};
use crate::settings::settings_file::{self, Selector};

/// What the user asked picklefix to do.
#[derive(Debug)]
pub enum Command {
    /// Print the documentation of one rule.
    Explain(Rule),
    /// Check (and maybe fix) source files.
    Check(Config),
    /// Check files, then offer each fix for review and write the accepted ones.
    Interactive(Config),
    /// Print the semantic model's scopes of each file named (hidden; for `bench/scopes.sh`).
    DumpScopes(Vec<PathBuf>),
    /// Lift every lambda and nested function of the files, one at a time, and print each
    /// result as a JSON line (the stress check).
    StressLiftAll(Config),
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
    /// Report, and keep what `--interactive` needs to review the fixes of each file (its bytes
    /// and findings), so that the review works from this one analysis.
    Review,
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
    /// What the analysis reports and which fixes apply; each settings file's options replace
    /// it.
    pub options: Options,
    /// Where the settings of each file come from (`--config`, `--isolated`).
    pub discovery: Discovery,
    /// Settings given as flags, which win over the settings files.
    pub overrides: Overrides,
    /// How the results are printed.
    pub output: Output,
    /// Where stdout's share of the results goes instead of stdout (`--output-file`).
    pub output_file: Option<PathBuf>,
    /// With `--fix`, exit with 1 when anything was fixed.
    pub exit_non_zero_on_fix: bool,
    /// Exit 0 when findings remain or a file could not be checked (`--exit-zero`).
    pub exit_zero: bool,
    /// `--fix-only`: fix, leave the remaining findings unreported, exit 0 for them.
    pub fix_only: bool,
    /// `--show-files`: list the files that would be checked instead of checking them.
    pub show_files: bool,
    /// `--show-settings`: print the settings of the first file instead of checking.
    pub show_settings: bool,
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
    /// Lift the callable at this position of the one file checked (`--lift`) instead of
    /// looking for findings.
    pub lift: Option<Position>,
}

/// How the results are printed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Output {
    pub format: OutputFormat,
    /// Show the source line and a caret under each text finding.
    pub show_source: bool,
    /// Colour the text output (stdout is a terminal and `NO_COLOR` is not set).
    pub color: bool,
    /// Count findings per rule instead of listing them.
    pub statistics: bool,
    /// List what was fixed per file and rule.
    pub show_fixes: bool,
    /// List the process APIs inferred in each file.
    pub show_apis: bool,
    /// Show each finding's fix as a diff under `help:` (`--output-format full`).
    pub fix_help: bool,
    /// Show a progress line on stderr for long runs (a terminal, outside CI, not quiet).
    pub progress: bool,
}

/// What the terminal around the process is like.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Terminal {
    pub stdout: bool,
    pub stderr: bool,
    /// `NO_COLOR` is set to something, or `TERM=dumb`.
    pub no_color: bool,
    /// The `CI` variable is set, as every CI service does.
    pub ci: bool,
}

impl Terminal {
    pub fn detect() -> Terminal {
        let set = |name: &str| std::env::var_os(name).is_some_and(|value| !value.is_empty());
        Terminal {
            stdout: std::io::stdout().is_terminal(),
            stderr: std::io::stderr().is_terminal(),
            no_color: set("NO_COLOR") || std::env::var_os("TERM").is_some_and(|t| t == "dumb"),
            ci: set("CI"),
        }
    }
}

impl Command {
    /// Resolve the raw flags into a command, or say which flags cannot go together.
    pub fn from_args(args: Args) -> Result<Command> {
        Command::from_args_in(args, Terminal::detect())
    }

    /// `from_args` in a given terminal, for tests.
    pub fn from_args_in(args: Args, terminal: Terminal) -> Result<Command> {
        if let Some(code) = &args.explain {
            return Ok(Command::Explain(rule_from_code(code)?));
        }
        if args.dump_scopes {
            return Ok(Command::DumpScopes(args.paths));
        }
        let mode = mode(&args)?;
        check_ignored_combinations(&args)?;
        let (interactive, stress_lift_all) = (args.interactive, args.stress_lift_all);
        let config = Config::from_run_args(mode, args, terminal)?;
        check_stdout_users(&config)?;
        if stress_lift_all {
            return Ok(Command::StressLiftAll(config));
        }
        check_interactive(interactive, &config)?;
        Ok(if interactive {
            Command::Interactive(config)
        } else {
            Command::Check(config)
        })
    }
}

impl Config {
    /// The settings of a check or fix run, from flags already checked for combinations.
    fn from_run_args(mode: Mode, args: Args, terminal: Terminal) -> Result<Config> {
        let (lift, paths) = match &args.lift {
            Some(spec) => lift_target(spec, &args.paths)?,
            None => (None, args.paths.clone()),
        };
        Ok(Config {
            mode,
            input: input(paths, args.stdin_filename.clone())?,
            options: Options {
                unsafe_fixes: args.unsafe_fixes,
                apis: std::sync::Arc::new(crate::core::analysis::Apis::new(apis(&args.api)?)),
                ..Options::default()
            },
            discovery: discovery(&args)?,
            overrides: overrides(&args)?,
            output: output(&args, terminal),
            output_file: args.output_file.clone(),
            exit_non_zero_on_fix: args.exit_non_zero_on_fix,
            exit_zero: args.exit_zero,
            fix_only: args.fix_only,
            show_files: args.show_files,
            show_settings: args.show_settings,
            respect_ignore: !args.no_ignore,
            excludes: [args.exclude, args.extend_exclude].concat(),
            threads: args.threads.map_or_else(default_threads, NonZeroUsize::get),
            quiet: args.quiet,
            prefilter: !args.no_prefilter && lift.is_none(),
            lift,
        })
    }
}

/// The review reads its answers from stdin and shows each fix as a diff: it cannot check
/// stdin or take a `--lift` target.
fn check_interactive(interactive: bool, config: &Config) -> Result<()> {
    if interactive && config.lift.is_some() {
        bail!(
            "--lift shows its lift with --diff or writes it with --fix; it cannot go with --interactive"
        );
    }
    if interactive && matches!(config.input, Input::Stdin { .. }) {
        bail!("--interactive reads its answers from stdin; it cannot check stdin too");
    }
    Ok(())
}

fn mode(args: &Args) -> Result<Mode> {
    // clap lets the later of --fix and --no-fix win, so `fix` is already cancelled here.
    Ok(match (args.diff, args.fix || args.fix_only) {
        (true, true) => {
            bail!("--diff prints fixes and --fix writes them; pass one of them, not both")
        }
        (true, false) => Mode::Diff,
        (false, true) => Mode::Fix,
        (false, false) => Mode::Report,
    })
}

/// stdout holds one thing: a JSON or SARIF document cannot share it with a patch (`--diff`) or
/// with the fixed source (`--fix` on stdin).
fn check_stdout_users(config: &Config) -> Result<()> {
    let document = matches!(
        config.output.format,
        OutputFormat::Json | OutputFormat::Sarif
    );
    let stdin = matches!(config.input, Input::Stdin { .. });
    match config.mode {
        Mode::Diff if document => bail!(
            "--diff prints a patch on stdout, and so do --output-format json and sarif print a \
             document; pass one or the other"
        ),
        Mode::Fix if document && stdin => bail!(
            "--fix on stdin prints the fixed source on stdout; it cannot go with \
             --output-format json or sarif"
        ),
        _ => Ok(()),
    }
}

/// Flags that would be silently ignored beside others are refused instead, so that a user
/// never believes they got what they asked for.
fn check_ignored_combinations(args: &Args) -> Result<()> {
    let format = args.output_format;
    let text = matches!(
        format,
        OutputFormat::Text | OutputFormat::Concise | OutputFormat::Full
    );
    let name = format!("{format:?}").to_lowercase();
    if args.interactive && !text {
        bail!(
            "--interactive asks about each fix on the terminal; it cannot go with --output-format {name}"
        );
    }
    if args.interactive && args.statistics {
        bail!("--interactive shows each fix; it cannot go with --statistics, which only counts");
    }
    if args.statistics && matches!(format, OutputFormat::Sarif | OutputFormat::Github) {
        bail!(
            "--statistics prints counts as text or json; it cannot go with --output-format {name}"
        );
    }
    if args.fix_only && (args.statistics || args.show_source) {
        bail!(
            "--fix-only reports nothing but the summary; it cannot go with --statistics or --show-source"
        );
    }
    let acts = args.diff || args.fix || args.fix_only || args.interactive;
    if (args.show_files || args.show_settings) && acts {
        bail!(
            "--show-files and --show-settings print and exit; they cannot go with --diff, --fix \
             or --interactive"
        );
    }
    if args.show_files && args.show_settings {
        bail!("--show-files and --show-settings each print something else; pass one of them");
    }
    Ok(())
}

/// `--config` takes settings files and `KEY = VALUE` settings, as ruff's does: a value that
/// names an existing file, or has no `=`, is a file (at most one, and not with `--isolated`).
fn discovery(args: &Args) -> Result<Discovery> {
    let mut files = args.config.iter().filter(|value| is_config_file(value));
    let file = files.next();
    if files.next().is_some() {
        bail!("--config names more than one settings file; pass one (and KEY = VALUE settings)");
    }
    Ok(match (file, args.isolated) {
        (Some(_), true) => {
            bail!("--config PATH reads a settings file and --isolated reads none; pass one of them")
        }
        (Some(path), false) => Discovery::File(PathBuf::from(path)),
        (None, true) => Discovery::Isolated,
        (None, false) => Discovery::Nearest,
    })
}

fn is_config_file(value: &str) -> bool {
    !value.contains('=') || std::path::Path::new(value).is_file()
}

fn overrides(args: &Args) -> Result<Overrides> {
    let inline: Vec<String> = args
        .config
        .iter()
        .filter(|value| !is_config_file(value))
        .cloned()
        .collect();
    let mut extend_select = selectors("--extend-select", &args.extend_select)?;
    if args.report_unused_noqa {
        extend_select.push(Selector(RuleSet::of([Rule::UnusedNoqa])));
    }
    let select = match &args.select {
        Some(texts) => Some(selectors("--select", texts)?),
        None => None,
    };
    let unsafe_fixes = match (args.unsafe_fixes, args.no_unsafe_fixes) {
        (true, _) => Some(true),
        (false, true) => Some(false),
        (false, false) => None,
    };
    Ok(Overrides {
        unsafe_fixes,
        force_exclude: args.force_exclude.then_some(true),
        select,
        extend_select,
        ignore: selectors("--ignore", &args.ignore)?,
        apis: apis(&args.api)?,
        no_default_excludes: args.no_ignore,
        inline: settings_file::parse_inline(&inline)?,
    })
}

fn selectors(flag: &str, texts: &[String]) -> Result<Vec<Selector>> {
    texts
        .iter()
        .map(|text| {
            Selector::parse(text.trim()).map_err(|error| anyhow::anyhow!("{flag}: {error}"))
        })
        .collect()
}

fn output(args: &Args, terminal: Terminal) -> Output {
    let show_source = match args.output_format {
        OutputFormat::Concise => false,
        OutputFormat::Full => true,
        _ if args.show_source || args.no_show_source => args.show_source,
        _ => terminal.stdout,
    };
    // concise and full are text with the source lines fixed off or on.
    let format = match args.output_format {
        OutputFormat::Concise | OutputFormat::Full => OutputFormat::Text,
        format => format,
    };
    Output {
        format,
        show_source,
        color: terminal.stdout && !terminal.no_color,
        statistics: args.statistics,
        show_fixes: args.show_fixes,
        show_apis: args.show_apis,
        fix_help: args.output_format == OutputFormat::Full,
        progress: terminal.stderr && !terminal.ci && !args.quiet,
    }
}

/// Parse each `--api` spec; the first bad one is an error that quotes it.
fn apis(specs: &[String]) -> Result<Vec<crate::core::analysis::UserApi>> {
    specs
        .iter()
        .map(|spec| {
            crate::core::analysis::parse_api(spec)
                .map_err(|why| anyhow::anyhow!("--api {spec}: {why}"))
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

/// `FILE:LINE[:COL]`, read from the right so that a file name may hold a colon; the file
/// becomes the one path checked.
fn lift_target(spec: &str, paths: &[PathBuf]) -> Result<(Option<Position>, Vec<PathBuf>)> {
    if !paths.is_empty() {
        bail!("--lift names the file to change; pass no other path with it");
    }
    let number = |text: &str| text.parse::<usize>().ok().filter(|n| *n > 0);
    let mut parts = spec.rsplitn(3, ':');
    let (last, middle, first) = (parts.next(), parts.next(), parts.next());
    let (file, line, column) = match (last.and_then(number), middle, first) {
        (Some(col), Some(line), Some(file)) if number(line).is_some() => {
            (file.to_string(), number(line), Some(col))
        }
        (Some(line), Some(rest), first) => {
            let file = first.map_or(rest.to_string(), |f| format!("{f}:{rest}"));
            (file, Some(line), None)
        }
        _ => (String::new(), None, None),
    };
    match line {
        Some(line) if !file.is_empty() => {
            Ok((Some(Position { line, column }), vec![PathBuf::from(file)]))
        }
        _ => bail!(
            "--lift takes FILE:LINE or FILE:LINE:COL (1-based), as in jobs.py:12:9; got `{spec}`"
        ),
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
        Command::from_args_in(args, Terminal::default())
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
        assert!(config.respect_ignore && !config.options.unsafe_fixes);
        assert!(config.threads >= 1);
    }

    #[test]
    fn settings_flags_become_overrides() {
        let resolved = config(&[
            "--select",
            "PKL001,pkl003",
            "--no-unsafe-fixes",
            "--report-unused-noqa",
        ]);
        let overrides = resolved.overrides;
        assert_eq!(overrides.unsafe_fixes, Some(false));
        assert_eq!(overrides.select.map(|s| s.len()), Some(2));
        assert!(overrides.extend_select[0].0.contains(Rule::UnusedNoqa));
        let error = resolve(&["--ignore", "E501"]).unwrap_err().to_string();
        assert!(
            error.starts_with("--ignore: unknown rule selector `E501`"),
            "{error}"
        );
        assert_eq!(config(&["--isolated"]).discovery, Discovery::Isolated);
    }

    #[test]
    fn source_lines_colour_and_progress_follow_the_terminal() {
        let piped = config(&[]).output;
        assert!(!piped.show_source && !piped.color && !piped.progress);
        let args = Args::try_parse_from(["picklefix"]).unwrap();
        let tty = Terminal {
            stdout: true,
            stderr: true,
            no_color: true,
            ci: false,
        };
        let Ok(Command::Check(config)) = Command::from_args_in(args, tty) else {
            panic!("expected a check");
        };
        assert!(config.output.show_source && !config.output.color && config.output.progress);
        assert!(
            !self::config(&["--show-source", "--no-show-source"])
                .output
                .show_source
        );
    }

    #[test]
    fn interactive_is_its_own_command() {
        assert!(matches!(
            resolve(&["--interactive"]),
            Ok(Command::Interactive(_))
        ));
        assert!(resolve(&["--interactive", "--fix"]).is_err());
        assert!(resolve(&["--interactive", "-"]).is_err());
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
