//! Finding the files to check: the paths named on the command line, and the `*.py` files under
//! the directories among them, found with the `ignore` crate's walker.
//!
//! The walker respects `.gitignore`, `.ignore` and git's exclude files (also outside a git
//! repository) and skips hidden files, all unless `--no-ignore`; `--exclude` globs are
//! overrides anchored at each root. A file named on the command line is always taken, whatever
//! its extension or ignore status: the user asked for it. Stubs (`.pyi`) hold no runtime code
//! and are never walked into.
//!
//! Symbolic links to directories are not followed while walking (that is how walks escape the
//! tree or loop); a link named `*.py` is taken like the file it points to, as ruff does, and a
//! broken or looping one fails when read and is reported then. A link to a file that is
//! also found under its own name is dropped, so that `--fix` never writes one file twice.
//!
//! An error on one path (missing, unreadable, a broken or looping link, a directory named like
//! a Python file, which Python cannot import and is almost always a mistake) becomes a
//! `Problem` for that path and the walk goes on. The result is sorted and deduplicated by the path as
//! shown to the user, so two roots that overlap check each file once.

use std::collections::HashSet;
use std::fs;
use std::path::{Component, Path, PathBuf};
use std::sync::{Mutex, PoisonError};

use anyhow::{Context, Result};
use ignore::overrides::{Override, OverrideBuilder};
use ignore::{DirEntry, WalkBuilder, WalkState};
use rayon::ThreadPool;
use rayon::prelude::*;

use crate::output::outcome::Problem;

/// The files found under the roots, and the paths that could not be read.
#[derive(Debug, Default)]
pub struct Discovered {
    /// Files to check, sorted, without duplicates, as they are shown to the user.
    pub files: Vec<PathBuf>,
    /// Paths that could not be walked or read: those of each root sorted by path.
    pub problems: Vec<Problem>,
    /// Symbolic links named `*.py` met while walking, checked for aliases before they join
    /// `files`.
    links: Vec<PathBuf>,
}

/// How to walk the directories among the roots.
#[derive(Clone, Copy, Debug)]
pub struct WalkOptions<'a> {
    /// Respect ignore files and skip hidden files.
    pub respect_ignore: bool,
    /// Gitignore-style globs of paths to skip, anchored at each root.
    pub excludes: &'a [String],
}

/// Find the files to check under `roots`, sorted on `pool` when they are many. Fails only when
/// an `--exclude` glob is invalid.
pub fn discover(
    roots: &[PathBuf],
    options: WalkOptions<'_>,
    pool: &ThreadPool,
) -> Result<Discovered> {
    let mut found = Discovered::default();
    for root in roots {
        match fs::metadata(root) {
            Ok(metadata) if metadata.is_dir() && named_like_python(root) => {
                found.problems.push(directory_named_like_python(root));
            }
            Ok(metadata) if metadata.is_dir() => walk_dir(root, options, &mut found)?,
            Ok(_) => found.files.push(display_path(root)),
            Err(error) => found
                .problems
                .push(Problem::error(display_path(root), error_message(&error))),
        }
    }
    drop_aliases(&mut found);
    match found.files.len() < PARALLEL_SORT {
        true => sort_and_dedup(&mut found.files, false),
        false => pool.install(|| sort_and_dedup(&mut found.files, true)),
    }
    Ok(found)
}

/// How many paths make a sort worth handing to the pool (waking a worker costs about a
/// millisecond of wall time on the machine measured; sorting 26,000 paths, 60 M instructions).
const PARALLEL_SORT: usize = 4096;

/// Sort `paths` (`sort_paths`) and drop repeats. Plain paths (`is_plain`) are equal when
/// their bytes are, which is cheaper to ask than `Path`'s equality, component by component.
fn sort_and_dedup(paths: &mut Vec<PathBuf>, parallel: bool) {
    let plain = sort_paths(paths, parallel);
    match plain {
        true => paths.dedup_by(|a, b| a.as_os_str() == b.as_os_str()),
        false => paths.dedup(),
    }
}

/// Sort `paths` as `Path`'s own order does (component by component), without parsing them
/// into components at each of the 400,000 comparisons that sorting 26,000 paths takes
/// (`Path::cmp` does, which made this sort 4% of a whole-tree run's instructions, on one
/// thread). Plain paths, as a walk from a plain root gives, compare by their bytes
/// (`plain_order`); otherwise each path gets a key made once (`component_key`), which costs
/// a second copy of every path while sorting. With `parallel`, on the current rayon pool, so
/// that a large tree's paths are sorted on every core. Whether the paths were plain.
fn sort_paths(paths: &mut [PathBuf], parallel: bool) -> bool {
    let plain = paths.iter().all(|path| is_plain(path));
    match (plain, parallel) {
        (true, true) => paths.par_sort_unstable_by(|a, b| plain_order(a, b)),
        (true, false) => paths.sort_unstable_by(|a, b| plain_order(a, b)),
        (false, true) => paths.par_sort_by_cached_key(|path| component_key(path)),
        (false, false) => paths.sort_by_cached_key(|path| component_key(path)),
    }
    plain
}

/// Whether `path` spells each of its components once, as a name: no `.` or `..`, no empty
/// one between two separators or at the end (a leading `/` is the root).
fn is_plain(path: &Path) -> bool {
    let bytes = path.as_os_str().as_encoded_bytes();
    bytes
        .split(|&b| b == b'/')
        .enumerate()
        .all(|(at, part)| (!part.is_empty() || at == 0) && part != b"." && part != b"..")
}

/// `Path`'s order for two plain paths: their bytes, with the separator below every other byte.
/// A plain path is its names (after the root, which sorts before any name, as the `/` does)
/// joined by separators; at the first byte where two differ, either both are in a name, which
/// decides as the names do, or one name has ended (a separator, or the end of the path) where
/// the other goes on, and the shorter name comes first in both orders.
fn plain_order(a: &Path, b: &Path) -> std::cmp::Ordering {
    let (a, b) = (
        a.as_os_str().as_encoded_bytes(),
        b.as_os_str().as_encoded_bytes(),
    );
    // Eight bytes at a time over the long prefix that neighbouring paths share.
    let whole = a.chunks_exact(8).zip(b.chunks_exact(8));
    let words = whole.take_while(|(x, y)| x == y).count() * 8;
    let rest = a[words..].iter().zip(&b[words..]);
    let same = words + rest.take_while(|(x, y)| x == y).count();
    let rank =
        |byte: Option<&u8>| byte.map(|&byte| if byte == b'/' { 0 } else { u16::from(byte) + 1 });
    rank(a.get(same)).cmp(&rank(b.get(same)))
}

/// Bytes that compare as `path`'s components do: each component is its kind (the order of
/// `Component`'s variants), its bytes for a name, and a 0 to end it. A name holds no 0 byte
/// (no path can), so where one name is a prefix of another its 0 comes first, as the shorter
/// name does; and a path whose components begin another's has the shorter key, a prefix of
/// the other. So comparing keys byte by byte is comparing the components in order.
fn component_key(path: &Path) -> Vec<u8> {
    let mut key = Vec::with_capacity(path.as_os_str().len() + 8);
    for component in path.components() {
        let (kind, name): (u8, &[u8]) = match component {
            Component::Prefix(prefix) => (1, prefix.as_os_str().as_encoded_bytes()),
            Component::RootDir => (2, b""),
            Component::CurDir => (3, b""),
            Component::ParentDir => (4, b""),
            Component::Normal(name) => (5, name.as_encoded_bytes()),
        };
        key.push(kind);
        key.extend_from_slice(name);
        key.push(0);
    }
    key
}

/// What one walker thread found at one entry.
enum Walked {
    File(PathBuf),
    Link(PathBuf),
    Problem(Problem),
}

/// One walker thread's findings. Files, links and problems are kept apart, since a file is
/// only a path and there are tens of thousands of them.
#[derive(Default)]
struct Lists {
    files: Vec<PathBuf>,
    links: Vec<PathBuf>,
    problems: Vec<Problem>,
}

impl Lists {
    fn add(&mut self, walked: Walked) {
        match walked {
            Walked::File(path) => self.files.push(path),
            Walked::Link(path) => self.links.push(path),
            Walked::Problem(problem) => self.problems.push(problem),
        }
    }
}

/// A walker thread's lists, handed over when its visitor is dropped at the end of the walk.
struct Handover<'a> {
    lists: Lists,
    into: &'a Mutex<Vec<Lists>>,
}

impl Drop for Handover<'_> {
    fn drop(&mut self) {
        let lists = std::mem::take(&mut self.lists);
        self.into
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .push(lists);
    }
}

/// Walk `root` on all cores with the parallel walker. Entries arrive in no particular order;
/// `discover` sorts the files, and the problems are sorted here, so output stays
/// deterministic. Each walker thread keeps what it finds in lists of its own, joined when the
/// walk ends: a channel would hold a message for every file until then.
fn walk_dir(root: &Path, options: WalkOptions<'_>, found: &mut Discovered) -> Result<()> {
    let walker = WalkBuilder::new(root)
        .standard_filters(options.respect_ignore)
        .require_git(false)
        .follow_links(false)
        .overrides(excludes(root, options.excludes)?)
        .build_parallel();
    let shared: Mutex<Vec<Lists>> = Mutex::new(Vec::new());
    walker.run(|| {
        let mut handover = Handover {
            lists: Lists::default(),
            into: &shared,
        };
        Box::new(move |entry| {
            let (walked, state) = visit(root, entry);
            if let Some(walked) = walked {
                handover.lists.add(walked);
            }
            state
        })
    });
    let lists = shared.into_inner().unwrap_or_else(PoisonError::into_inner);
    found
        .files
        .reserve(lists.iter().map(|list| list.files.len()).sum());
    let mut problems = Vec::new();
    for list in lists {
        found.files.extend(list.files);
        found.links.extend(list.links);
        problems.extend(list.problems);
    }
    problems.sort_by(|a, b| a.path.cmp(&b.path));
    found.problems.extend(problems);
    Ok(())
}

/// What an entry contributes, and whether to walk below it: a directory named like a Python
/// file is reported and not entered.
fn visit(root: &Path, entry: Result<DirEntry, ignore::Error>) -> (Option<Walked>, WalkState) {
    let entry = match entry {
        Ok(entry) => entry,
        Err(error) => {
            return (
                Some(Walked::Problem(walk_problem(root, error))),
                WalkState::Continue,
            );
        }
    };
    let is_dir = entry.file_type().is_some_and(|kind| kind.is_dir());
    if entry.depth() > 0 && is_dir && named_like_python(entry.path()) {
        let problem = directory_named_like_python(entry.path());
        return (Some(Walked::Problem(problem)), WalkState::Skip);
    }
    let walked = if !is_python(&entry) {
        None
    } else if entry.path_is_symlink() {
        Some(Walked::Link(display_path(entry.path())))
    } else {
        Some(Walked::File(display_path(entry.path())))
    };
    (walked, WalkState::Continue)
}

fn named_like_python(path: &Path) -> bool {
    path.extension().is_some_and(|ext| ext == "py")
}

fn directory_named_like_python(path: &Path) -> Problem {
    Problem::error(
        display_path(path),
        "is a directory named like a Python file, which Python cannot import; skipped (rename it)",
    )
}

/// The `--exclude` globs as overrides: each is negated (`!glob`), since a plain override glob
/// would whitelist, making everything it does not match ignored.
fn excludes(root: &Path, globs: &[String]) -> Result<Override> {
    let mut builder = OverrideBuilder::new(root);
    for glob in globs {
        builder
            .add(&format!("!{glob}"))
            .with_context(|| format!("Could not use --exclude '{glob}' as a glob"))?;
    }
    builder
        .build()
        .context("Could not build the --exclude globs")
}

/// A file or a symbolic link (not followed, so its kind is unknown yet) named `*.py`.
fn is_python(entry: &DirEntry) -> bool {
    entry
        .file_type()
        .is_some_and(|kind| kind.is_file() || kind.is_symlink())
        && entry.path().extension().is_some_and(|ext| ext == "py")
}

/// Move the links found while walking into `files`, except those that resolve to a file
/// already there (or to another link's target). A broken link is kept, to be reported.
fn drop_aliases(found: &mut Discovered) {
    if found.links.is_empty() {
        return;
    }
    let mut seen: HashSet<PathBuf> = found
        .files
        .iter()
        .filter_map(|file| fs::canonicalize(file).ok())
        .collect();
    for link in std::mem::take(&mut found.links) {
        let is_alias = fs::canonicalize(&link).is_ok_and(|target| !seen.insert(target));
        if !is_alias {
            found.files.push(link);
        }
    }
}

/// The path as the user would type it relative to the current directory: as walked from the
/// root they gave, without the `./` the walker puts in front when the root is `.`.
pub fn display_path(path: &Path) -> PathBuf {
    let mut path = path;
    while let Ok(rest) = path.strip_prefix(".") {
        if rest.as_os_str().is_empty() {
            break;
        }
        path = rest;
    }
    path.to_path_buf()
}

/// A walk error as a problem on the path it names (the root when it names none).
fn walk_problem(root: &Path, error: ignore::Error) -> Problem {
    let mut error = &error;
    let mut path = root;
    loop {
        match error {
            ignore::Error::WithPath { path: at, err } => (path, error) = (at, err),
            ignore::Error::WithDepth { err, .. } | ignore::Error::WithLineNumber { err, .. } => {
                error = err
            }
            ignore::Error::Loop { child, .. } => {
                return Problem::error(display_path(child), error.to_string());
            }
            ignore::Error::Io(io) => return Problem::error(display_path(path), error_message(io)),
            _ => return Problem::error(display_path(path), error.to_string()),
        }
    }
}

fn error_message(error: &std::io::Error) -> String {
    format!("could not read: {error}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_sort_as_path_orders_them() {
        let mut paths: Vec<PathBuf> = [
            "a/b.py",
            "a.b/c.py",
            "a/b/c.py",
            "a-b.py",
            "a",
            "ab/c.py",
            "/x/y.py",
            "/x.py",
            "./a.py",
            "../a.py",
            "a/../b.py",
            "a//b.py",
            "a/./c.py",
            "a/b.py/",
            "é/a.py",
            "z.py",
            "a/b c.py",
            "a\\b.py",
            "",
        ]
        .iter()
        .map(PathBuf::from)
        .collect();
        let mut expected = paths.clone();
        expected.sort();
        sort_paths(&mut paths, false);
        assert_eq!(paths, expected);
        // Each pair is ordered the same way by both, equal ones included.
        for a in &expected {
            for b in &expected {
                assert_eq!(
                    component_key(a).cmp(&component_key(b)),
                    a.cmp(b),
                    "{a:?} {b:?}"
                );
                if is_plain(a) && is_plain(b) {
                    assert_eq!(plain_order(a, b), a.cmp(b), "{a:?} {b:?}");
                }
            }
        }
        let plain = [
            "a/b.py", "a.b/c.py", "/x/y.py", "", "a", "é/a.py", "a-b/c", ".a/b",
        ];
        assert!(plain.iter().all(|p| is_plain(Path::new(p))));
        let not_plain = [
            "./a.py",
            "../a.py",
            "a/../b.py",
            "a//b.py",
            "a/./c.py",
            "a/b.py/",
            "a/.",
        ];
        assert!(!not_plain.iter().any(|p| is_plain(Path::new(p))));
        let mut walked: Vec<PathBuf> = plain.iter().map(PathBuf::from).collect();
        let mut expected = walked.clone();
        expected.sort();
        sort_paths(&mut walked, false);
        assert_eq!(walked, expected);
    }

    #[test]
    fn repeated_paths_are_dropped_once_sorted() {
        for list in [
            &["b/x.py", "a/y.py", "b/x.py", "a/y.py", "a.py"][..],
            &["b/x.py", "./b/x.py", "b//x.py", "a.py", "b/x.py"][..],
        ] {
            let mut paths: Vec<PathBuf> = list.iter().map(PathBuf::from).collect();
            let mut expected = paths.clone();
            expected.sort();
            expected.dedup();
            let mut in_parallel = paths.clone();
            sort_and_dedup(&mut paths, false);
            assert_eq!(paths, expected);
            sort_and_dedup(&mut in_parallel, true);
            assert_eq!(in_parallel, expected);
        }
    }

    #[test]
    fn display_paths_lose_the_leading_dot() {
        assert_eq!(display_path(Path::new("./a/b.py")), Path::new("a/b.py"));
        assert_eq!(display_path(Path::new("././b.py")), Path::new("b.py"));
        assert_eq!(display_path(Path::new(".")), Path::new("."));
        assert_eq!(display_path(Path::new("../x.py")), Path::new("../x.py"));
        assert_eq!(
            display_path(Path::new(".hidden.py")),
            Path::new(".hidden.py")
        );
    }
}
