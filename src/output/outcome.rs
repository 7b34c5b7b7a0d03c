//! What happened to each file, and what a run adds up to: the per-file `FileOutcome` the
//! run returns, the `Problem`s (errors tied to a path), the `Totals` the summary is made
//! from, and the `ExitStatus`, decided once from the totals at the end of the run.
//!
//! An outcome keeps only what will be printed (positioned findings, a diff) and counts,
//! never the source text, so a run over a large tree holds little more than its findings; the
//! one exception is `--interactive`, whose review needs the files it will offer fixes for.

use std::path::PathBuf;

use crate::core::diagnostic::Diagnostic;
use crate::core::options::Options;
use crate::core::rules::Rule;
use crate::core::source::LineCol;
use crate::output::finding::Finding;
use crate::settings::config::Mode;

/// What kind of failure a problem is; the printer shows it after the path.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProblemKind {
    /// The path could not be walked, or the file read or decoded (ruff's E902): reported like
    /// a finding, exit status 1.
    Error,
    /// The file does not parse; it is skipped.
    SyntaxError,
    /// A fix failed picklefix's own verification; nothing was written.
    InternalError,
    /// The fixed text could not be written (or encoded in the file's encoding).
    WriteError,
    /// The command line names something the file does not have (a `--lift` position where no
    /// single lambda or function starts).
    UsageError,
}

impl ProblemKind {
    /// Whether the problem is picklefix failing at its job (exit status 2) rather than a file
    /// it could not check, which ruff reports as a diagnostic (exit status 1).
    pub fn is_failure(self) -> bool {
        matches!(
            self,
            ProblemKind::InternalError | ProblemKind::WriteError | ProblemKind::UsageError
        )
    }
}

/// An error on one path: reported, counted, and never fatal to the run.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// The path as shown to the user.
    pub path: PathBuf,
    /// Where in the file, for syntax errors.
    pub position: Option<LineCol>,
    pub kind: ProblemKind,
    /// What went wrong, as a sentence fragment that follows the path.
    pub message: String,
}

impl Problem {
    pub fn error(path: PathBuf, message: impl Into<String>) -> Self {
        Self::new(path, None, ProblemKind::Error, message)
    }

    pub fn syntax(path: PathBuf, position: LineCol, message: impl Into<String>) -> Self {
        Self::new(path, Some(position), ProblemKind::SyntaxError, message)
    }

    pub fn internal(path: PathBuf, message: impl Into<String>) -> Self {
        Self::new(path, None, ProblemKind::InternalError, message)
    }

    pub fn usage(path: PathBuf, message: impl Into<String>) -> Self {
        Self::new(path, None, ProblemKind::UsageError, message)
    }

    pub fn write(path: PathBuf, message: impl Into<String>) -> Self {
        Self::new(path, None, ProblemKind::WriteError, message)
    }

    fn new(
        path: PathBuf,
        position: Option<LineCol>,
        kind: ProblemKind,
        message: impl Into<String>,
    ) -> Self {
        let message = message.into();
        Self {
            path,
            position,
            kind,
            message,
        }
    }
}

/// Findings counted in one file, or summed over a run.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// Findings in the source as read.
    pub found: usize,
    /// Findings resolved by the fixes written (`--fix`) or shown (`--diff`).
    pub fixed: usize,
    /// Findings left: all of them when reporting, those the fixes left otherwise.
    pub remaining: usize,
    /// Of the remaining, those a fix would resolve under the current settings.
    pub fixable: usize,
    /// Of the remaining, those only `--unsafe-fixes` would resolve.
    pub unsafe_fixable: usize,
}

impl std::ops::AddAssign for Totals {
    fn add_assign(&mut self, other: Totals) {
        self.files += other.files;
        self.files_with_findings += other.files_with_findings;
        self.files_fixed += other.files_fixed;
        self.errors += other.errors;
        self.failures += other.failures;
        self.counts += other.counts;
    }
}

impl std::ops::AddAssign for Counts {
    fn add_assign(&mut self, other: Counts) {
        self.found += other.found;
        self.fixed += other.fixed;
        self.remaining += other.remaining;
        self.fixable += other.fixable;
        self.unsafe_fixable += other.unsafe_fixable;
    }
}

/// What checking one file produced, ready to print.
#[derive(Clone, Debug, Default)]
pub struct FileOutcome {
    /// The path as shown to the user (`-` or `--stdin-filename` for stdin).
    pub path: PathBuf,
    /// Every finding when reporting, the remaining ones with `--fix` and `--diff`.
    pub findings: Vec<Finding>,
    /// The rule of each finding the fixes resolved (written or shown), for `--show-fixes`.
    pub fixed_rules: Vec<Rule>,
    /// The unified diff of the fixes, with `--diff`, when there are any: bytes, since its lines
    /// are in the file's own encoding.
    pub diff: Option<Vec<u8>>,
    /// What went wrong with this file, if anything.
    pub problem: Option<Problem>,
    /// Suppression comments that suppress nothing though they were meant to, warned about
    /// on stderr.
    pub warnings: Vec<crate::core::suppression::Warning>,
    pub counts: Counts,
    /// With `--fix` on stdin: the source to print on stdout (fixed, or as read when it could
    /// not be fixed), so that picklefix works as an editor filter.
    pub output: Option<Vec<u8>>,
    /// With `Mode::Review`, for a file with fixes that apply: what the review needs of it.
    pub review: Option<Box<Reviewable>>,
    /// With `--show-apis`: the process APIs inferred in the file.
    pub apis: Vec<crate::core::analysis::InferredApi>,
    /// With `--show-apis`: the factories of pools and executors the file defines.
    pub factories: Vec<crate::core::analysis::InferredFactory>,
}

/// A file whose fixes `--interactive` will offer, as the one analysis of it found them. Only
/// the review keeps a file's bytes, and only for files with a fix to offer.
#[derive(Clone, Debug)]
pub struct Reviewable {
    /// The file's bytes as read, decoded again (`encoding::Source`) when its fixes are applied
    /// and written back in its own encoding; the write refuses a file changed meanwhile.
    pub bytes: Vec<u8>,
    /// Every finding in the decoded text, with its fix.
    pub diagnostics: Vec<Diagnostic>,
    /// The settings and rules the file was checked with (its project's), to verify the fixes.
    pub options: Options,
}

impl FileOutcome {
    /// Nothing to print and nothing to count but the file itself: no finding, fix, diff,
    /// problem or output. A run keeps only the count of these, not the outcomes.
    pub fn is_clean(&self) -> bool {
        self.findings.is_empty()
            && self.fixed_rules.is_empty()
            && self.diff.is_none()
            && self.problem.is_none()
            && self.warnings.is_empty()
            && self.output.is_none()
            && self.review.is_none()
            && self.apis.is_empty()
            && self.factories.is_empty()
            && self.counts == Counts::default()
    }

    pub fn clean(path: PathBuf) -> Self {
        Self {
            path,
            ..Self::default()
        }
    }

    pub fn failed(problem: Problem) -> Self {
        Self {
            path: problem.path.clone(),
            problem: Some(problem),
            ..Self::default()
        }
    }
}

/// The sums the summary line and the exit status are made from.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Totals {
    /// Files read (or attempted), including those that failed.
    pub files: usize,
    /// Files with at least one finding.
    pub files_with_findings: usize,
    /// Files with at least one fix written or shown.
    pub files_fixed: usize,
    /// Paths and files with a problem.
    pub errors: usize,
    /// Of those, the problems that are picklefix failing (`ProblemKind::is_failure`).
    pub failures: usize,
    pub counts: Counts,
}

impl Totals {
    pub fn new(outcomes: &[FileOutcome], walk_problems: &[Problem]) -> Self {
        let mut totals = Totals::default();
        totals.add_problems(walk_problems);
        for outcome in outcomes {
            totals.add(outcome);
        }
        totals
    }

    /// Count one more file.
    pub fn add(&mut self, outcome: &FileOutcome) {
        self.files += 1;
        self.files_with_findings += usize::from(outcome.counts.found > 0);
        self.files_fixed += usize::from(outcome.counts.fixed > 0);
        self.add_problems(outcome.problem.as_slice());
        self.counts += outcome.counts;
    }

    /// Take back the count of a file counted with `add`, whose outcome a later look at it
    /// replaces (a run that follows wrappers across files checks some files again).
    pub fn remove(&mut self, outcome: &FileOutcome) {
        let mut one = Totals::default();
        one.add(outcome);
        self.files -= one.files;
        self.files_with_findings -= one.files_with_findings;
        self.files_fixed -= one.files_fixed;
        self.errors -= one.errors;
        self.failures -= one.failures;
        let (counts, less) = (&mut self.counts, one.counts);
        counts.found -= less.found;
        counts.fixed -= less.fixed;
        counts.remaining -= less.remaining;
        counts.fixable -= less.fixable;
        counts.unsafe_fixable -= less.unsafe_fixable;
    }

    /// Count problems met outside a file's outcome (the walk's).
    pub fn add_problems(&mut self, problems: &[Problem]) {
        self.errors += problems.len();
        self.failures += problems.iter().filter(|p| p.kind.is_failure()).count();
    }

    /// As ruff decides it: 2 when picklefix failed (a fix failed verification or could not be
    /// written); otherwise, with `--diff`, 1 exactly when a diff was printed; else 1 when
    /// findings remain or a file could not be checked (a syntax error is a diagnostic), else 0.
    pub fn exit_status(&self, mode: Mode) -> ExitStatus {
        let left = match mode {
            Mode::Report | Mode::Review => self.counts.found + self.errors,
            Mode::Diff => self.counts.fixed,
            Mode::Fix => self.counts.remaining + self.errors,
        };
        if self.failures > 0 {
            ExitStatus::Failure
        } else if left > 0 {
            ExitStatus::FindingsRemain
        } else {
            ExitStatus::Clean
        }
    }
}

/// The exit status of a run that was interrupted: 128 + SIGINT, as shells report it.
const INTERRUPTED_CODE: u8 = 130;

/// How the process exits, decided once at the end of the run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExitStatus {
    /// Nothing remains to fix.
    Clean,
    /// Findings remain or a file could not be checked (with `--diff`: a diff was printed).
    FindingsRemain,
    /// picklefix failed: a fix could not be verified or written, or a usage, settings or
    /// internal error (printed by `main`).
    Failure,
    /// A signal stopped the run before every file was checked (see `interrupt`).
    Interrupted,
}

impl ExitStatus {
    pub fn code(self) -> u8 {
        match self {
            ExitStatus::Clean => 0,
            ExitStatus::FindingsRemain => 1,
            ExitStatus::Failure => 2,
            ExitStatus::Interrupted => INTERRUPTED_CODE,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with_counts(found: usize, fixed: usize, remaining: usize) -> FileOutcome {
        FileOutcome {
            counts: Counts {
                found,
                fixed,
                remaining,
                ..Counts::default()
            },
            ..FileOutcome::default()
        }
    }

    #[test]
    fn exit_status_follows_the_mode() {
        let fixed_all = Totals::new(&[with_counts(2, 2, 0), with_counts(0, 0, 0)], &[]);
        assert_eq!(fixed_all.files_fixed, 1);
        assert_eq!(fixed_all.exit_status(Mode::Fix), ExitStatus::Clean);
        assert_eq!(
            fixed_all.exit_status(Mode::Diff),
            ExitStatus::FindingsRemain
        );
        let clean = Totals::new(&[with_counts(0, 0, 0)], &[]);
        assert_eq!(clean.exit_status(Mode::Report), ExitStatus::Clean);
    }

    #[test]
    fn a_file_not_checked_is_a_diagnostic_and_a_failed_write_a_failure() {
        let unread = Problem::error(PathBuf::from("a.py"), "could not read");
        let totals = Totals::new(&[with_counts(0, 0, 0)], std::slice::from_ref(&unread));
        assert_eq!((totals.errors, totals.failures), (1, 0));
        assert_eq!(totals.exit_status(Mode::Report), ExitStatus::FindingsRemain);
        assert_eq!(totals.exit_status(Mode::Fix), ExitStatus::FindingsRemain);
        let unwritten = Problem::write(PathBuf::from("b.py"), "could not write");
        let totals = Totals::new(&[with_counts(1, 0, 1)], &[unread, unwritten]);
        assert_eq!((totals.errors, totals.failures), (2, 1));
        assert_eq!(totals.exit_status(Mode::Report), ExitStatus::Failure);
        assert_eq!(ExitStatus::Failure.code(), 2);
    }

    #[test]
    fn diff_exits_1_only_when_it_printed_a_diff() {
        let unfixable = Totals::new(&[with_counts(2, 0, 2)], &[]);
        assert_eq!(unfixable.exit_status(Mode::Diff), ExitStatus::Clean);
        let unread = Problem::error(PathBuf::from("a.py"), "could not read");
        let totals = Totals::new(&[with_counts(0, 0, 0)], &[unread]);
        assert_eq!(totals.exit_status(Mode::Diff), ExitStatus::Clean);
    }
}
