//! The output formats: each turns outcomes into the text one consumer reads, and none prints
//! (the printer writes what these return). `text` is for people, `json` for scripts, `github`
//! for workflow annotations and `sarif` for code scanning; `statistics` counts per rule for any
//! of them.

pub mod github;
pub mod json;
pub mod sarif;
pub mod text;

use std::path::{Path, PathBuf};

use crate::core::rules::Rule;
use crate::output::outcome::{FileOutcome, Problem, Totals};

/// What the machine formats carry about a run besides the findings.
pub struct Run<'a> {
    pub mode: crate::settings::config::Mode,
    pub walk_problems: &'a [Problem],
    pub outcomes: &'a [FileOutcome],
    pub totals: &'a Totals,
    /// The totals of each root given on the command line, when there are several.
    pub roots: &'a [(PathBuf, Totals)],
    /// `--show-apis`: the document lists the inferred wrappers too.
    pub show_apis: bool,
}

impl Run<'_> {
    /// Every problem of the run: the walk's, then each file's, in path order.
    pub fn problems(&self) -> impl Iterator<Item = &Problem> {
        let of_files = self
            .outcomes
            .iter()
            .filter_map(|outcome| outcome.problem.as_ref());
        self.walk_problems.iter().chain(of_files)
    }

    /// What `--show-apis` lists, counted by kind.
    pub fn inferred_counts(&self) -> InferredCounts {
        InferredCounts::of(self.outcomes)
    }

    /// Every finding of the run with the path it is in, in path order.
    pub fn findings(&self) -> impl Iterator<Item = (&Path, &crate::output::finding::Finding)> {
        self.outcomes.iter().flat_map(|outcome| {
            let path = outcome.path.as_path();
            outcome.findings.iter().map(move |finding| (path, finding))
        })
    }
}

/// What `--show-apis` lists over a run, by kind: each says what it counts, so that a shared
/// `EXECUTOR` or a `Process` subclass is not called a factory.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct InferredCounts {
    /// Functions and methods that hand a callable to a process API, each once however many
    /// callable parameters it has.
    pub wrappers: usize,
    /// Functions, methods and properties that give a pool or executor.
    pub factories: usize,
    /// `@contextmanager` functions and methods that yield a pool or executor.
    pub context_managers: usize,
    /// Plain attributes in which a class's instances hold a pool or executor.
    pub attributes: usize,
    /// Pools and executors a module binds for others to share (`EXECUTOR = ...`).
    pub shared_pools: usize,
    /// Subclasses of `Process` called as it.
    pub process_subclasses: usize,
}

impl InferredCounts {
    pub fn of(outcomes: &[FileOutcome]) -> Self {
        let mut counts = Self::default();
        for outcome in outcomes {
            // A wrapper's parameters are listed one after the other.
            let mut functions: Vec<(usize, &str)> = outcome
                .apis
                .iter()
                .map(|api| (api.line, api.name.as_str()))
                .collect();
            functions.dedup();
            counts.wrappers += functions.len();
            for factory in &outcome.factories {
                match factory.kind {
                    "instance" => counts.shared_pools += 1,
                    "subclass" => counts.process_subclasses += 1,
                    "context manager" | "function manager" => counts.context_managers += 1,
                    "attribute" | "held function" => counts.attributes += 1,
                    _ => counts.factories += 1,
                }
            }
        }
        counts
    }

    pub fn total(&self) -> usize {
        self.wrappers
            + self.factories
            + self.context_managers
            + self.attributes
            + self.shared_pools
            + self.process_subclasses
    }
}

/// How many findings one rule has in a run, and how many `--fix` would fix.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RuleCount {
    pub rule: Rule,
    pub count: usize,
    pub fixable: usize,
}

/// The findings of `outcomes` counted per rule, most frequent first, then by code.
pub fn statistics(outcomes: &[FileOutcome]) -> Vec<RuleCount> {
    let mut counts: Vec<RuleCount> = Vec::new();
    let findings = outcomes.iter().flat_map(|outcome| &outcome.findings);
    for finding in findings {
        let fixable = usize::from(finding.fix.as_ref().is_some_and(|fix| fix.applies));
        match counts.iter_mut().find(|count| count.rule == finding.rule) {
            Some(count) => {
                count.count += 1;
                count.fixable += fixable;
            }
            None => counts.push(RuleCount {
                rule: finding.rule,
                count: 1,
                fixable,
            }),
        }
    }
    counts.sort_by_key(|count| (std::cmp::Reverse(count.count), count.rule));
    counts
}

/// A path as a relative URI or annotation file name: `/` separated, whatever the platform.
pub fn slash_path(path: &Path) -> String {
    let shown = path.display().to_string();
    if std::path::MAIN_SEPARATOR == '/' {
        shown
    } else {
        shown.replace(std::path::MAIN_SEPARATOR, "/")
    }
}
