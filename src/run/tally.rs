//! What the workers of a run hand back: the outcomes worth printing, the counts of every file
//! checked (for the run and for each root it was given), and what the analysed files offer the
//! other files (`wrappers`) or wait to write. Each thread fills one `Tally` and the run merges
//! them, so nothing is shared while files are checked.

use std::path::{Path, PathBuf};

use crate::core::analysis::Exports;
use crate::output::outcome::{FileOutcome, Totals};
use crate::run::file::Analysed;
use crate::run::write::PendingWrite;

/// One thread's share of a run: its kept outcomes and its counts, and what the analysed files
/// offer the others and the fixes waiting to be written (see `wrappers`).
pub(super) struct Tally {
    pub(super) kept: Vec<FileOutcome>,
    pub(super) totals: Totals,
    pub(super) roots: Vec<Totals>,
    pub(super) not_checked: usize,
    /// The exports of each analysed file that has any.
    pub(super) exports: Vec<(PathBuf, Exports)>,
    /// With `--fix`, the fixes of analysed files, and each file's group.
    pub(super) writes: Vec<(PendingWrite, usize)>,
}

impl Tally {
    pub(super) fn new(roots: usize) -> Self {
        Tally {
            kept: Vec::new(),
            totals: Totals::default(),
            roots: vec![Totals::default(); roots],
            not_checked: 0,
            exports: Vec::new(),
            writes: Vec::new(),
        }
    }

    pub(super) fn skip(mut self) -> Self {
        self.not_checked += 1;
        self
    }

    pub(super) fn add(mut self, outcome: FileOutcome, roots: &[PathBuf]) -> Self {
        self.totals.add(&outcome);
        if let Some(at) = root_index(&outcome.path, roots) {
            self.roots[at].add(&outcome);
        }
        if !outcome.is_clean() {
            self.kept.push(outcome);
        }
        self
    }

    /// `add`, keeping what the analysis of a file of group `group` gave beside its outcome.
    pub(super) fn add_analysed(
        mut self,
        analysed: Analysed,
        group: usize,
        roots: &[PathBuf],
    ) -> Self {
        if !analysed.exports.is_empty() {
            let path = analysed.outcome.path.clone();
            self.exports.push((path, analysed.exports));
        }
        if let Some(write) = analysed.write {
            self.writes.push((write, group));
        }
        self.add(analysed.outcome, roots)
    }

    pub(super) fn merge(mut self, other: Tally) -> Self {
        self.kept.extend(other.kept);
        self.exports.extend(other.exports);
        self.writes.extend(other.writes);
        self.totals += other.totals;
        self.not_checked += other.not_checked;
        for (mine, theirs) in self.roots.iter_mut().zip(other.roots) {
            *mine += theirs;
        }
        self
    }
}

/// Which of `roots` (as shown) `path` was found under: the first that contains it.
pub(super) fn root_index(path: &Path, roots: &[PathBuf]) -> Option<usize> {
    roots
        .iter()
        .position(|root| root.as_os_str() == "." || path.starts_with(root))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clean_outcomes_are_counted_but_not_kept() {
        let roots = [PathBuf::from("a"), PathBuf::from("b")];
        let mut with_finding = FileOutcome::clean(PathBuf::from("b/y.py"));
        with_finding.counts.found = 1;
        let tally = Tally::new(roots.len())
            .add(FileOutcome::clean(PathBuf::from("a/x.py")), &roots)
            .add(with_finding, &roots)
            .merge(
                Tally::new(roots.len()).add(FileOutcome::clean(PathBuf::from("b/z.py")), &roots),
            );
        let kept: Vec<&Path> = tally.kept.iter().map(|o| o.path.as_path()).collect();
        assert_eq!(kept, [Path::new("b/y.py")]);
        assert_eq!(
            (tally.totals.files, tally.totals.files_with_findings),
            (3, 1)
        );
        assert_eq!(
            (tally.roots[0].files, tally.roots[0].files_with_findings),
            (1, 0)
        );
        assert_eq!(
            (tally.roots[1].files, tally.roots[1].files_with_findings),
            (2, 1)
        );
    }

    #[test]
    fn files_belong_to_the_first_root_that_holds_them() {
        let roots = [PathBuf::from("a"), PathBuf::from("b")];
        assert_eq!(root_index(Path::new("a/x.py"), &roots), Some(0));
        assert_eq!(root_index(Path::new("b/c/y.py"), &roots), Some(1));
        assert_eq!(root_index(Path::new("ab/y.py"), &roots), None);
        assert_eq!(
            root_index(Path::new("y.py"), &[PathBuf::from(".")]),
            Some(0)
        );
    }
}
