//! A run over several roots (repositories, packages) at once: which project each file is in,
//! which files its excludes drop, checking the files group by group with each group's settings,
//! and the totals of each root for the per-root summary.
//!
//! Files are grouped by the project (settings file) they belong to, and each group is checked
//! in chunks on the thread pool, so the progress line can move between chunks without the
//! pipeline knowing about it. Outcomes come back sorted by path, as one group would give them.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use anyhow::Result;
use rayon::ThreadPool;
use rayon::prelude::*;

use crate::config::Config;
use crate::discover::display_path;
use crate::outcome::{FileOutcome, Problem, Totals};
use crate::pipeline;
use crate::printer::Progress;
use crate::projects::{Project, Resolver};

/// How many files are checked between two updates of the progress line: enough to keep every
/// thread busy, few enough that the line moves.
const CHUNK: usize = 256;

/// Files that share one project's settings.
pub struct Group {
    pub project: Arc<Project>,
    pub files: Vec<PathBuf>,
}

/// Group `files` (found under `roots`) by project, leaving out those their project excludes.
/// A file the user named is kept unless its project sets `force-exclude`.
pub fn plan(files: Vec<PathBuf>, roots: &[PathBuf], resolver: &mut Resolver) -> Result<Vec<Group>> {
    let mut groups: Vec<Group> = Vec::new();
    let named: Vec<PathBuf> = roots.iter().map(|root| display_path(root)).collect();
    let count = files.len();
    for (at, file) in files.into_iter().enumerate() {
        let project = resolver.project_of(&file)?;
        let stop = match root_index(&file, &named) {
            Some(at) if named[at] == file && project.force_exclude => None,
            Some(at) => Some(resolver.absolute(&named[at])),
            None => None,
        };
        if project.excludes(&resolver.absolute(&file), stop.as_deref()) {
            continue;
        }
        match groups
            .iter_mut()
            .find(|g| Arc::ptr_eq(&g.project, &project))
        {
            Some(group) => group.files.push(file),
            None => {
                // Most runs have one project: its list is made large enough once.
                let mut files = Vec::with_capacity(if groups.is_empty() { count - at } else { 1 });
                files.push(file);
                groups.push(Group { project, files });
            }
        }
    }
    Ok(groups)
}

/// `config` with the settings of `project`.
pub fn config_for(config: &Config, project: &Project) -> Config {
    Config {
        settings: project.settings.clone(),
        select: project.select,
        ..config.clone()
    }
}

/// What checking a run's files gave. Only the outcomes with something to show are kept; a
/// clean file (nearly every file of a large tree) is counted and dropped, so the memory a run
/// holds grows with its findings, not with the number of files.
#[derive(Debug, Default)]
pub struct Checked {
    /// The outcomes worth printing, sorted by path.
    pub outcomes: Vec<FileOutcome>,
    /// Every file checked, the clean ones included.
    pub totals: Totals,
    /// The totals of each root, when the run has several (see `separate_directories`).
    pub roots: Vec<(PathBuf, Totals)>,
}

impl Checked {
    /// Count the problems met while walking, in the run's totals and in their root's.
    pub fn count_walk_problems(&mut self, problems: &[Problem]) {
        self.totals.errors += problems.len();
        let named: Vec<PathBuf> = self.roots.iter().map(|(root, _)| root.clone()).collect();
        for problem in problems {
            if let Some(at) = root_index(&problem.path, &named) {
                self.roots[at].1.errors += 1;
            }
        }
    }
}

/// One thread's share of a run: its kept outcomes and its counts.
struct Tally {
    kept: Vec<FileOutcome>,
    totals: Totals,
    roots: Vec<Totals>,
}

impl Tally {
    fn new(roots: usize) -> Self {
        Tally {
            kept: Vec::new(),
            totals: Totals::default(),
            roots: vec![Totals::default(); roots],
        }
    }

    fn add(mut self, outcome: FileOutcome, roots: &[PathBuf]) -> Self {
        self.totals.add(&outcome);
        if let Some(at) = root_index(&outcome.path, roots) {
            self.roots[at].add(&outcome);
        }
        if !outcome.is_clean() {
            self.kept.push(outcome);
        }
        self
    }

    fn merge(mut self, other: Tally) -> Self {
        self.kept.extend(other.kept);
        self.totals += other.totals;
        for (mine, theirs) in self.roots.iter_mut().zip(other.roots) {
            *mine += theirs;
        }
        self
    }
}

/// Check every group with its own settings. `roots` are the paths the run was given, for the
/// per-root totals.
pub fn check(pool: &ThreadPool, groups: &[Group], config: &Config, roots: &[PathBuf]) -> Checked {
    let total = groups.iter().map(|group| group.files.len()).sum();
    let mut progress = Progress::new(config.output.progress);
    let named = separate_directories(roots);
    let named = if named.len() < 2 { Vec::new() } else { named };
    let mut tally = Tally::new(named.len());
    let mut done = 0;
    // Chunks only move the progress line; each ends in a barrier where one core waits for the
    // other's slowest file, so without a progress line a group goes to the pool whole.
    let chunk = if config.output.progress {
        CHUNK
    } else {
        usize::MAX
    };
    for group in groups {
        let config = config_for(config, &group.project);
        for chunk in group.files.chunks(chunk) {
            let checked = pool.install(|| {
                chunk
                    .par_iter()
                    .map(|path| pipeline::check_file(path, &config))
                    .fold(
                        || Tally::new(named.len()),
                        |tally, outcome| tally.add(outcome, &named),
                    )
                    .reduce(|| Tally::new(named.len()), Tally::merge)
            });
            tally = tally.merge(checked);
            done += chunk.len();
            progress.update(done, total);
        }
    }
    progress.finish();
    tally.kept.sort_by(|a, b| a.path.cmp(&b.path));
    Checked {
        outcomes: tally.kept,
        totals: tally.totals,
        roots: named.into_iter().zip(tally.roots).collect(),
    }
}

/// Which of `roots` (as shown) `path` was found under: the first that contains it.
fn root_index(path: &Path, roots: &[PathBuf]) -> Option<usize> {
    roots
        .iter()
        .position(|root| root.as_os_str() == "." || path.starts_with(root))
}

/// The roots that get totals of their own: directories none of which holds another (several
/// repositories, not a repository and one of its folders, and not the files named beside a
/// directory).
fn separate_directories(roots: &[PathBuf]) -> Vec<PathBuf> {
    let dirs: Vec<PathBuf> = roots
        .iter()
        .filter(|root| root.is_dir())
        .map(|root| display_path(root))
        .collect();
    let holds = |outer: &PathBuf, inner: &PathBuf| {
        outer != inner && (outer.as_os_str() == "." || inner.starts_with(outer))
    };
    let inside_another = |at: usize| {
        let dir = &dirs[at];
        let earlier_twin = dirs[..at].contains(dir);
        earlier_twin || dirs.iter().any(|root| holds(root, dir))
    };
    (0..dirs.len())
        .filter(|at| !inside_another(*at))
        .map(|at| dirs[at].clone())
        .collect()
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
