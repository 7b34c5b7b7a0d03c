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
pub fn plan(files: &[PathBuf], roots: &[PathBuf], resolver: &mut Resolver) -> Result<Vec<Group>> {
    let mut groups: Vec<Group> = Vec::new();
    let named: Vec<PathBuf> = roots.iter().map(|root| display_path(root)).collect();
    for file in files {
        let project = resolver.project_of(file)?;
        let stop = match root_index(file, &named) {
            Some(at) if named[at] == *file && project.force_exclude => None,
            Some(at) => Some(resolver.absolute(&named[at])),
            None => None,
        };
        if project.excludes(&resolver.absolute(file), stop.as_deref()) {
            continue;
        }
        match groups
            .iter_mut()
            .find(|g| Arc::ptr_eq(&g.project, &project))
        {
            Some(group) => group.files.push(file.clone()),
            None => groups.push(Group {
                project,
                files: vec![file.clone()],
            }),
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

/// Check every group with its own settings; the outcomes are sorted by path.
pub fn check(pool: &ThreadPool, groups: &[Group], config: &Config) -> Vec<FileOutcome> {
    let total = groups.iter().map(|group| group.files.len()).sum();
    let mut progress = Progress::new(config.output.progress);
    let mut outcomes = Vec::new();
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
            let checked = pool.install(|| pipeline::check_files(chunk, &config));
            // The first (often the only) batch is kept as it is rather than copied.
            if outcomes.is_empty() {
                outcomes = checked;
            } else {
                outcomes.extend(checked);
            }
            progress.update(outcomes.len(), total);
        }
    }
    progress.finish();
    outcomes.sort_by(|a, b| a.path.cmp(&b.path));
    outcomes
}

/// Which of `roots` (as shown) `path` was found under: the first that contains it.
fn root_index(path: &Path, roots: &[PathBuf]) -> Option<usize> {
    roots
        .iter()
        .position(|root| root.as_os_str() == "." || path.starts_with(root))
}

/// The totals of each root, when the run has several: directories none of which holds
/// another (several repositories, not a repository and one of its folders, and not the files
/// named beside a directory).
pub fn root_totals(
    roots: &[PathBuf],
    outcomes: &[FileOutcome],
    walk_problems: &[Problem],
) -> Vec<(PathBuf, Totals)> {
    let named = separate_directories(roots);
    if named.len() < 2 {
        return Vec::new();
    }
    let of = |path: &Path, at: usize| root_index(path, &named) == Some(at);
    (0..named.len())
        .map(|at| {
            let outcomes: Vec<FileOutcome> = outcomes
                .iter()
                .filter(|o| of(&o.path, at))
                .cloned()
                .collect();
            let problems: Vec<Problem> = walk_problems
                .iter()
                .filter(|p| of(&p.path, at))
                .cloned()
                .collect();
            (named[at].clone(), Totals::new(&outcomes, &problems))
        })
        .collect()
}

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
