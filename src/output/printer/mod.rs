//! The only module that prints (besides `main` reporting a fatal error), and the wording of
//! everything picklefix says about a run.
//!
//! stdout carries what a person or a pipe consumes: diagnostic lines, diffs (so `--diff` pipes
//! into `git apply`), or with `--fix` on stdin the source itself, and then nothing else.
//! stderr carries problems and the summary. Files are printed in path order, each with its
//! problem first, so output is the same whatever the number of threads.
//!
//! With a machine format (`json`, `sarif`) stdout holds one document and nothing else;
//! `github` writes one annotation per finding and problem. Problems and the summary stay on
//! stderr in every format, for the people reading a CI log. `progress` draws the progress line
//! and `review` holds the questions of `--interactive`.

mod progress;
mod review;

pub use progress::Progress;
pub use review::{Choice, Offer, Reviewer, TerminalReviewer};

use std::io::{self, Write};

use crate::core::rules::Rule;
use crate::core::suppression::{Warning, WarningKind};
use crate::output::formats::{self, Run, text};
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

/// Print a run: walk problems, then each file in order, then the summary.
pub fn print_run(config: &Config, run: &Run<'_>) -> io::Result<()> {
    let mut out = io::BufWriter::new(io::stdout().lock());
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
    if config.output.show_fixes {
        err.write_all(show_fixes(config.mode, run.outcomes).as_bytes())?;
    }
    if config.output.show_apis {
        err.write_all(show_apis(run.outcomes).as_bytes())?;
    }
    if !config.quiet {
        print_summaries(config.mode, run, &mut err)?;
    }
    Ok(())
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

/// A problem on stderr, and as an annotation with `--output-format github`. Flushing stdout
/// first keeps the two streams in path order on a terminal.
fn print_problem(
    config: &Config,
    problem: &Problem,
    out: &mut impl Write,
    err: &mut impl Write,
) -> io::Result<()> {
    out.flush()?;
    writeln!(err, "{}", problem_line(problem))?;
    if config.output.format == OutputFormat::Github {
        out.write_all(formats::github::problem(problem).as_bytes())?;
    }
    Ok(())
}

/// The summary line, then one line per root when there are several.
fn print_summaries(mode: Mode, run: &Run<'_>, err: &mut impl Write) -> io::Result<()> {
    writeln!(err, "{}", summary(mode, run.totals))?;
    for (root, totals) in run.roots {
        writeln!(err, "  {}: {}", root.display(), summary(mode, totals))?;
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
        (OutputFormat::Text | OutputFormat::Github, true) => text::statistics(&statistics()),
        (OutputFormat::Text | OutputFormat::Github, false) => return Ok(()),
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
        OutputFormat::Text => text::finding(&path, finding, style),
        OutputFormat::Github => formats::github::finding(&outcome.path, finding),
        OutputFormat::Json | OutputFormat::Sarif => String::new(),
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
/// they hand the callable to.
fn show_apis(outcomes: &[FileOutcome]) -> String {
    let total: usize = outcomes.iter().map(|o| o.apis.len()).sum();
    if total == 0 {
        return "No process API wrappers inferred.\n".to_string();
    }
    let mut out = format!(
        "Inferred {}:\n",
        count(total, "process API wrapper", "process API wrappers")
    );
    for outcome in outcomes.iter().filter(|o| !o.apis.is_empty()) {
        out.push_str(&format!("- {}:\n", outcome.path.display()));
        for api in &outcome.apis {
            out.push_str(&format!(
                "    {}: {} takes the callable as {}, {}; hands it to {}\n",
                api.line, api.name, api.parameter, api.passing, api.via
            ));
        }
    }
    out
}

/// `path:line:col: syntax error: message`, or `path: error: message`.
pub fn problem_line(problem: &Problem) -> String {
    let kind = match problem.kind {
        ProblemKind::Error => "error",
        ProblemKind::SyntaxError => "syntax error",
        ProblemKind::InternalError => "internal error",
    };
    let path = problem.path.display();
    match problem.position {
        Some(at) => format!("{path}:{}:{}: {kind}: {}", at.line, at.col, problem.message),
        None => format!("{path}: {kind}: {}", problem.message),
    }
}

/// The one-sentence summary of a run, for stderr.
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
            "a.py:2:7: syntax error: invalid syntax"
        );
        let io = Problem::error("b.py".into(), "could not read: denied");
        assert_eq!(problem_line(&io), "b.py: error: could not read: denied");
    }
}
