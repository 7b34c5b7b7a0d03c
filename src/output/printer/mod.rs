//! The only module that prints (besides `main` reporting a fatal error), and the wording of
//! everything picklefix says about a run.
//!
//! The streams follow ruff's: stdout carries what a person or a pipe consumes: in the `text` and
//! `github` formats the diagnostics, the files that could not be checked (as diagnostics), the
//! statistics and the summary, all on one stream so they never interleave. When stdout carries
//! something else, a diff (so `--diff` pipes into `git apply`), the source itself (`--fix` on
//! stdin), or one machine document (`json`, `sarif`), the problems and the summary go to stderr
//! instead. Warnings about suppression comments always go to stderr, as ruff's do. Files are
//! printed in path order, each with its problem first, so output is the same whatever the
//! number of threads. `progress` draws the progress line and `review` holds the questions of
//! `--interactive`.

mod progress;
mod review;

pub use progress::Progress;
pub use review::{Choice, Offer, Reviewer, TerminalReviewer};

use std::io::{self, Write};

use crate::core::analysis::InferredFactory;
use crate::core::rules::Rule;
use crate::core::suppression::{Warning, WarningKind};
use crate::output::formats::{self, InferredCounts, Run, text};
use crate::output::outcome::{FileOutcome, Problem, ProblemKind, Totals};
use crate::settings::cli::OutputFormat;
use crate::settings::config::{Config, Input, Mode};

/// Print a rule's documentation on stdout.
pub fn explain(rule: Rule) -> io::Result<()> {
    let mut out = io::stdout().lock();
    out.write_all(rule.explanation().as_bytes())?;
    out.flush()
}

/// Print the semantic model's scopes of each file, one JSON line per file (`lines`, from
/// `run::devtools::scope_dump`).
pub fn scope_dump(lines: impl Iterator<Item = String>) -> io::Result<()> {
    let mut out = io::BufWriter::new(io::stdout().lock());
    for line in lines {
        writeln!(out, "{line}")?;
    }
    out.flush()
}

/// Whether the problems and the summary share stdout with the diagnostics: yes when stdout
/// carries diagnostics for people (`text`, `github`), no when it carries a diff, the fixed
/// source or a machine document.
pub fn summary_on_stdout(config: &Config) -> bool {
    let stdin_fix = config.mode == Mode::Fix && matches!(config.input, Input::Stdin { .. });
    let for_people = matches!(
        config.output.format,
        OutputFormat::Text | OutputFormat::Github
    );
    for_people && config.mode != Mode::Diff && !stdin_fix
}

/// Where stdout's share of a run goes: stdout, or the `--output-file`, created (or
/// truncated) when the run prints.
fn stdout_or_file(config: &Config) -> io::Result<io::BufWriter<Box<dyn Write>>> {
    let sink: Box<dyn Write> = match &config.output_file {
        Some(path) => Box::new(std::fs::File::create(path)?),
        None => Box::new(io::stdout().lock()),
    };
    Ok(io::BufWriter::new(sink))
}

/// Print a run: walk problems, then each file in order, then the summary.
pub fn print_run(config: &Config, run: &Run<'_>) -> io::Result<()> {
    let mut out = stdout_or_file(config)?;
    let mut err = io::stderr().lock();
    for problem in run.walk_problems {
        print_problem(config, problem, &mut out, &mut err)?;
    }
    for outcome in run.outcomes {
        if let Some(problem) = &outcome.problem {
            print_problem(config, problem, &mut out, &mut err)?;
        }
        if !config.quiet {
            print_warnings(outcome, &mut out, &mut err)?;
        }
        print_outcome(config, outcome, &mut out, &mut err)?;
    }
    print_document(config, run, &mut out)?;
    out.flush()?;
    let closing: &mut dyn Write = if summary_on_stdout(config) {
        &mut out
    } else {
        &mut err
    };
    if config.output.show_fixes {
        closing.write_all(show_fixes(config.mode, run.outcomes).as_bytes())?;
    }
    // The JSON document lists them itself (`apis`).
    let in_document = config.output.format == OutputFormat::Json && !config.output.statistics;
    if config.output.show_apis && !in_document {
        closing.write_all(show_apis(run.outcomes).as_bytes())?;
    }
    if !config.quiet {
        print_summaries(config.mode, run, closing)?;
    }
    out.flush()
}

/// `--show-settings`: what `file` is checked with, one `key = value` line each, in the
/// settings files' own words.
pub fn settings(
    file: &std::path::Path,
    project: &crate::settings::Settings,
    select: crate::core::rules::RuleSet,
) -> io::Result<()> {
    let source = project
        .file
        .as_ref()
        .map_or("none (the defaults)".to_string(), |f| {
            f.display().to_string()
        });
    let codes: Vec<String> = select.iter().map(|r| format!("\"{}\"", r.code())).collect();
    let options = &project.options;
    let mut out = io::stdout().lock();
    writeln!(out, "Resolved settings for: {}", file.display())?;
    writeln!(out, "Settings file: {source}")?;
    writeln!(out, "select = [{}]", codes.join(", "))?;
    writeln!(out, "unsafe-fixes = {}", options.unsafe_fixes)?;
    writeln!(out, "force-exclude = {}", project.force_exclude)?;
    writeln!(out, "line-length = {}", options.line_length)?;
    writeln!(out, "extend-apis = {} declared", options.apis.len())
}

/// `--show-files`: one path a line on stdout; the paths that could not be walked on stderr.
pub fn file_list(problems: &[Problem], paths: &[std::path::PathBuf]) -> io::Result<()> {
    let mut err = io::stderr().lock();
    for problem in problems {
        writeln!(err, "{}", problem_line(problem))?;
    }
    let mut out = io::BufWriter::new(io::stdout().lock());
    for path in paths {
        writeln!(out, "{}", path.display())?;
    }
    out.flush()
}

/// Why the run ended early, on stderr whatever `--quiet` says: the summary above counts only
/// the files checked before the signal.
pub fn interrupted(not_checked: usize) -> io::Result<()> {
    let files = count(not_checked, "file was", "files were");
    writeln!(
        io::stderr().lock(),
        "picklefix: interrupted; {files} not checked. The fixes already written stay; run \
         picklefix --fix again to finish."
    )
}

/// A file that could not be checked in its place among the diagnostics on stdout (an
/// annotation with `--output-format github`), or on stderr when stdout carries something else.
/// picklefix failing (a fix not verified or not written, a usage error) is always on stderr,
/// as ruff's own errors are; stdout is flushed first to keep the order on a terminal.
fn print_problem(
    config: &Config,
    problem: &Problem,
    out: &mut impl Write,
    err: &mut impl Write,
) -> io::Result<()> {
    if problem.kind.is_failure() || !summary_on_stdout(config) {
        out.flush()?;
        return writeln!(err, "{}", problem_line(problem));
    }
    match config.output.format {
        OutputFormat::Github => out.write_all(formats::github::problem(problem).as_bytes()),
        _ => writeln!(out, "{}", problem_line(problem)),
    }
}

/// The summary line, then one line per root when there are several.
fn print_summaries(mode: Mode, run: &Run<'_>, to: &mut dyn Write) -> io::Result<()> {
    writeln!(to, "{}", summary(mode, run.totals))?;
    for (root, totals) in run.roots {
        writeln!(to, "  {}: {}", root.display(), summary(mode, totals))?;
    }
    Ok(())
}

/// What comes after the files on stdout: the statistics, or the machine document.
fn print_document(config: &Config, run: &Run<'_>, out: &mut impl Write) -> io::Result<()> {
    let statistics = || formats::statistics(run.outcomes);
    let document = match (config.output.format, config.output.statistics) {
        (OutputFormat::Json, true) => formats::json::statistics(&statistics()),
        (OutputFormat::Json, false) => formats::json::run(run),
        (OutputFormat::Sarif, _) => formats::sarif::run(run),
        (_, true) => text::statistics(&statistics()),
        (_, false) => return Ok(()),
    };
    out.write_all(document.as_bytes())
}

/// The warnings about suppression comments on stderr. `--quiet` silences them, as in ruff.
fn print_warnings(
    outcome: &FileOutcome,
    out: &mut impl Write,
    err: &mut impl Write,
) -> io::Result<()> {
    if outcome.warnings.is_empty() {
        return Ok(());
    }
    out.flush()?;
    for warning in &outcome.warnings {
        writeln!(err, "{}", warning_line(&outcome.path, warning))?;
    }
    Ok(())
}

/// ruff's words for the same comment (`ruff:` becomes `picklefix:`, and the example codes are
/// ours), so that a user who knows one knows the other.
fn warning_line(path: &std::path::Path, warning: &Warning) -> String {
    const CODES: &str =
        "expected a comma-separated list of codes (e.g., `# noqa: PKL002, PKL003`).";
    let at = format!("{}:{}", path.display(), warning.line + 1);
    match warning.kind {
        WarningKind::InvalidNoqa => {
            format!("warning: Invalid `# noqa` directive on {at}: {CODES}")
        }
        WarningKind::InvalidFileNoqa => {
            format!("warning: Invalid `# picklefix: noqa` directive at {at}: {CODES}")
        }
        WarningKind::FileNoqaNotOwnLine => format!(
            "warning: Unexpected `# picklefix: noqa` directive at {at}. File-level suppression \
             comments must appear on their own line. For line-level suppression, omit the \
             `picklefix:` prefix."
        ),
    }
}

fn print_outcome(
    config: &Config,
    outcome: &FileOutcome,
    out: &mut impl Write,
    err: &mut impl Write,
) -> io::Result<()> {
    let stdin_fix = config.mode == Mode::Fix && matches!(config.input, Input::Stdin { .. });
    if let Some(diff) = &outcome.diff {
        out.write_all(diff)?;
    }
    if let Some(source) = &outcome.output {
        out.write_all(source)?;
    }
    // With --diff only the diffs go to stdout; with --fix on stdin only the source does.
    let findings_to: Option<&mut dyn Write> = match config.mode {
        Mode::Diff => None,
        Mode::Fix if config.fix_only => None,
        Mode::Fix if stdin_fix => Some(err),
        Mode::Report | Mode::Review | Mode::Fix => Some(out),
    };
    if let Some(stream) = findings_to {
        stream.write_all(findings(config, outcome).as_bytes())?;
    }
    Ok(())
}

/// A file's findings in the text or GitHub format; nothing for the formats that print one
/// document, or with `--statistics`.
fn findings(config: &Config, outcome: &FileOutcome) -> String {
    let path = outcome.path.display().to_string();
    let style = text::TextStyle {
        show_source: config.output.show_source,
        color: config.output.color,
    };
    let render = |finding| match config.output.format {
        OutputFormat::Github => formats::github::finding(&outcome.path, finding),
        OutputFormat::Json | OutputFormat::Sarif => String::new(),
        // `config::output` makes concise and full into text.
        OutputFormat::Text | OutputFormat::Concise | OutputFormat::Full => {
            text::finding(&path, finding, style)
        }
    };
    if config.output.statistics {
        return String::new();
    }
    outcome.findings.iter().map(render).collect()
}

/// `--show-fixes`: what was fixed (or would be), per file and rule.
fn show_fixes(mode: Mode, outcomes: &[FileOutcome]) -> String {
    let fixed: Vec<&FileOutcome> = outcomes
        .iter()
        .filter(|o| !o.fixed_rules.is_empty())
        .collect();
    let verb = if mode == Mode::Diff {
        "Would fix"
    } else {
        "Fixed"
    };
    let total: usize = fixed.iter().map(|o| o.fixed_rules.len()).sum();
    if total == 0 {
        return String::new();
    }
    let mut out = format!("{verb} {}:\n", count(total, "finding", "findings"));
    for outcome in fixed {
        out.push_str(&format!("- {}:\n", outcome.path.display()));
        for rule in Rule::ALL {
            let n = outcome.fixed_rules.iter().filter(|r| **r == rule).count();
            if n > 0 {
                out.push_str(&format!("    {n} × {} ({})\n", rule.code(), rule.name()));
            }
        }
    }
    out
}

/// `--show-apis`: the wrappers inferred in each file, where, by which parameter, and what
/// they hand the callable to, and the factories of pools and executors, shared pools and
/// `Process` subclasses beside them, in line order. A wrapper with several callable
/// parameters is one line each, and counts once.
fn show_apis(outcomes: &[FileOutcome]) -> String {
    let counts = InferredCounts::of(outcomes);
    if counts.total() == 0 {
        return "No process API wrappers inferred.\n".to_string();
    }
    let mut out = format!("Inferred {}:\n", inferred_summary(&counts));
    for outcome in outcomes
        .iter()
        .filter(|o| !o.apis.is_empty() || !o.factories.is_empty())
    {
        out.push_str(&format!("- {}:\n", outcome.path.display()));
        let wrappers = outcome.apis.iter().map(|api| {
            let line = format!(
                "    {}: {} takes the callable as {}, {}; hands it to {}\n",
                api.line, api.name, api.parameter, api.passing, api.via
            );
            (api.line, line)
        });
        let factories = outcome.factories.iter().map(|factory| {
            (
                factory.line,
                format!("    {}: {}\n", factory.line, factory_line(factory)),
            )
        });
        let mut lines: Vec<(usize, String)> = wrappers.chain(factories).collect();
        // Stable: a wrapper's parameters keep their order.
        lines.sort_by_key(|(line, _)| *line);
        lines.into_iter().for_each(|(_, line)| out.push_str(&line));
    }
    out
}

/// "1 process API wrapper, 2 pool factories, 1 shared pool and 1 Process subclass": each
/// kind that is there, by what it is.
fn inferred_summary(counts: &InferredCounts) -> String {
    let kinds = [
        (
            counts.wrappers,
            "process API wrapper",
            "process API wrappers",
        ),
        (counts.factories, "pool factory", "pool factories"),
        (
            counts.context_managers,
            "pool context manager",
            "pool context managers",
        ),
        (counts.attributes, "pool attribute", "pool attributes"),
        (counts.shared_pools, "shared pool", "shared pools"),
        (
            counts.process_subclasses,
            "Process subclass",
            "Process subclasses",
        ),
    ];
    let counted: Vec<String> = kinds
        .iter()
        .filter(|(n, _, _)| *n > 0)
        .map(|(n, one, many)| count(*n, one, many))
        .collect();
    match counted.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
        _ => counted.join(""),
    }
}

/// What a factory gives, as `--show-apis` says it: "`make_pool` returns a `Pool`",
/// "`Runner.pool` (a property) gives a `ProcessPoolExecutor`".
fn factory_line(factory: &InferredFactory) -> String {
    let fork = match factory.fork {
        true => " from a fork context",
        false => "",
    };
    match factory.kind {
        "property" => format!(
            "`{}` (a property) gives a `{}`{fork}",
            factory.name, factory.gives
        ),
        "instance" => format!("`{}` is a `{}`{fork}", factory.name, factory.gives),
        "context manager" => format!(
            "`{}` (a context manager) yields a `{}`{fork}",
            factory.name, factory.gives
        ),
        "function manager" => format!(
            "`{}` (a context manager) yields `{}`, which pickles what it is given",
            factory.name, factory.gives
        ),
        "method factory" => format!(
            "`{}` returns `{}`, which pickles what it is given",
            factory.name, factory.gives
        ),
        "attribute" => format!(
            "`{}` (an attribute its instances set) holds a `{}`{fork}",
            factory.name, factory.gives
        ),
        "held function" => format!(
            "`{}` (an attribute its instances set) holds `{}`",
            factory.name, factory.gives
        ),
        "choosing function" => format!(
            "`{}` returns a `{}`{fork} when its arguments pick it, a thread pool otherwise",
            factory.name, factory.gives
        ),
        "choosing method" => format!(
            "`{}` returns a `{}`{fork} when its arguments or what its instance keeps pick it, \
             a thread pool otherwise",
            factory.name, factory.gives
        ),
        "context factory" => format!("`{}` returns a multiprocessing context{fork}", factory.name),
        "subclass" => format!(
            "`{}` is a subclass of `{}`, called as it",
            factory.name, factory.gives
        ),
        _ => format!("`{}` returns a `{}`{fork}", factory.name, factory.gives),
    }
}

/// `path:line:col: invalid-syntax: message` (ruff's concise shape), or `path: error: message`.
pub fn problem_line(problem: &Problem) -> String {
    let kind = match problem.kind {
        ProblemKind::Error | ProblemKind::WriteError | ProblemKind::UsageError => "error",
        ProblemKind::SyntaxError => "invalid-syntax",
        ProblemKind::InternalError => "internal error",
    };
    let path = problem.path.display();
    match problem.position {
        Some(at) => format!("{path}:{}:{}: {kind}: {}", at.line, at.col, problem.message),
        None => format!("{path}: {kind}: {}", problem.message),
    }
}

/// The one-sentence summary of a run.
pub fn summary(mode: Mode, totals: &Totals) -> String {
    let scanned = count(totals.files, "file scanned", "files scanned");
    if totals.counts.found == 0 && totals.errors == 0 {
        return format!("All checked! {scanned}.");
    }
    format!(
        "{}; {scanned}{}.",
        what_was_found(mode, totals),
        errors(totals)
    )
}

/// The first clause of the summary: what was found, fixed, or left.
fn what_was_found(mode: Mode, totals: &Totals) -> String {
    let counts = &totals.counts;
    match mode {
        _ if counts.found == 0 => "No findings".to_string(),
        Mode::Report | Mode::Review => format!(
            "Found {} in {}{}",
            count(counts.found, "finding", "findings"),
            count(totals.files_with_findings, "file", "files"),
            fixable_note(totals),
        ),
        Mode::Diff if counts.fixed > 0 => format!(
            "Would fix {}{}{}",
            fixed_in(totals),
            remains(counts.remaining, "would remain", "would remain"),
            fixable_note(totals),
        ),
        Mode::Fix if counts.fixed > 0 => format!(
            "Fixed {}{}{}",
            fixed_in(totals),
            remains(counts.remaining, "remains", "remain"),
            fixable_note(totals),
        ),
        Mode::Diff | Mode::Fix => format!(
            "{}; {}{}",
            if mode == Mode::Diff {
                "No fixes to show"
            } else {
                "Nothing fixed"
            },
            count(counts.remaining, "finding remains", "findings remain"),
            fixable_note(totals),
        ),
    }
}

/// `3 findings in 2 files`, counting fixed findings and the files they were in.
fn fixed_in(totals: &Totals) -> String {
    format!(
        "{} in {}",
        count(totals.counts.fixed, "finding", "findings"),
        count(totals.files_fixed, "file", "files")
    )
}

/// `; 1 remains`, or nothing when none remain.
fn remains(remaining: usize, one: &str, many: &str) -> String {
    match remaining {
        0 => String::new(),
        1 => format!("; 1 {one}"),
        n => format!("; {n} {many}"),
    }
}

/// ` (2 fixable with --fix, 1 more with --unsafe-fixes)`, or nothing when none is fixable.
fn fixable_note(totals: &Totals) -> String {
    let counts = &totals.counts;
    let mut parts = Vec::new();
    if counts.fixable > 0 {
        parts.push(format!("{} fixable with --fix", counts.fixable));
    }
    if counts.unsafe_fixable > 0 {
        let word = if parts.is_empty() { "fixable" } else { "more" };
        parts.push(format!(
            "{} {word} with --unsafe-fixes",
            counts.unsafe_fixable
        ));
    }
    if parts.is_empty() {
        String::new()
    } else {
        format!(" ({})", parts.join(", "))
    }
}

fn errors(totals: &Totals) -> String {
    match totals.errors {
        0 => String::new(),
        1 => ", 1 skipped with an error".to_string(),
        n => format!(", {n} skipped with errors"),
    }
}

fn count(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::outcome::Counts;

    fn totals(files: usize, errors: usize, counts: Counts) -> Totals {
        Totals {
            files,
            files_with_findings: usize::from(counts.found > 0) + usize::from(counts.found > 1),
            files_fixed: usize::from(counts.fixed > 0) + usize::from(counts.fixed > 1),
            errors,
            failures: 0,
            counts,
        }
    }

    fn counts(
        found: usize,
        fixed: usize,
        remaining: usize,
        fixable: usize,
        unsafe_: usize,
    ) -> Counts {
        Counts {
            found,
            fixed,
            remaining,
            fixable,
            unsafe_fixable: unsafe_,
        }
    }

    #[test]
    fn the_inferred_line_names_each_kind_by_what_it_is() {
        let counts = |wrappers, factories, shared_pools, process_subclasses| InferredCounts {
            wrappers,
            factories,
            shared_pools,
            process_subclasses,
            ..InferredCounts::default()
        };
        assert_eq!(
            inferred_summary(&counts(1, 2, 1, 3)),
            "1 process API wrapper, 2 pool factories, 1 shared pool and 3 Process subclasses"
        );
        assert_eq!(
            inferred_summary(&counts(0, 0, 2, 1)),
            "2 shared pools and 1 Process subclass"
        );
        assert_eq!(inferred_summary(&counts(0, 4, 0, 0)), "4 pool factories");
        let held = InferredCounts {
            wrappers: 5,
            context_managers: 1,
            attributes: 2,
            ..InferredCounts::default()
        };
        assert_eq!(
            inferred_summary(&held),
            "5 process API wrappers, 1 pool context manager and 2 pool attributes"
        );
    }

    #[test]
    fn summaries_read_as_sentences() {
        let clean = totals(120, 0, Counts::default());
        assert_eq!(
            summary(Mode::Report, &clean),
            "All checked! 120 files scanned."
        );
        let one = totals(1, 0, Counts::default());
        assert_eq!(summary(Mode::Fix, &one), "All checked! 1 file scanned.");
        let found = totals(120, 1, counts(3, 0, 3, 2, 1));
        assert_eq!(
            summary(Mode::Report, &found),
            "Found 3 findings in 2 files (2 fixable with --fix, 1 more with --unsafe-fixes); \
             120 files scanned, 1 skipped with an error."
        );
        let fixed = totals(120, 0, counts(4, 3, 1, 0, 1));
        assert_eq!(
            summary(Mode::Fix, &fixed),
            "Fixed 3 findings in 2 files; 1 remains (1 fixable with --unsafe-fixes); \
             120 files scanned."
        );
        assert_eq!(
            summary(Mode::Diff, &fixed),
            "Would fix 3 findings in 2 files; 1 would remain (1 fixable with --unsafe-fixes); \
             120 files scanned."
        );
        let stuck = totals(5, 2, counts(1, 0, 1, 0, 1));
        assert_eq!(
            summary(Mode::Fix, &stuck),
            "Nothing fixed; 1 finding remains (1 fixable with --unsafe-fixes); \
             5 files scanned, 2 skipped with errors."
        );
        let broken = totals(5, 2, Counts::default());
        assert_eq!(
            summary(Mode::Report, &broken),
            "No findings; 5 files scanned, 2 skipped with errors."
        );
    }

    #[test]
    fn problems_name_the_path_first() {
        let at = crate::core::source::LineCol { line: 2, col: 7 };
        let syntax = Problem::syntax("a.py".into(), at, "invalid syntax");
        assert_eq!(
            problem_line(&syntax),
            "a.py:2:7: invalid-syntax: invalid syntax"
        );
        let io = Problem::error("b.py".into(), "could not read: denied");
        assert_eq!(problem_line(&io), "b.py: error: could not read: denied");
    }
}
