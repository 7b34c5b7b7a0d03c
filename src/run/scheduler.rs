//! A run over several roots (repositories, packages) at once: which project each file is in,
//! which files its excludes drop, checking the files group by group with each group's settings,
//! and the totals of each root for the per-root summary.
//!
//! Files are grouped by the project (settings file) they belong to. A first pass reads and
//! prefilters every file of every group on the thread pool (in chunks when a progress line is
//! drawn, so that it moves); a second pass analyses the few files left, largest first, from a
//! shared queue that keeps large syntax trees from piling up (see `Queue::take`). When a file
//! defines a wrapper, `wrappers` analyses again, in rounds, the files that use it, and with
//! `--fix` writes every file once its outcome is final. Clean files are only counted; the
//! outcomes kept come back sorted by path, whatever order the work took.

use std::collections::VecDeque;
use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, PoisonError};

use anyhow::Result;
use rayon::ThreadPool;
use rayon::prelude::*;
use rustc_hash::FxHashMap;

use crate::core::import_words::ImportWords;
use crate::core::options::Options;
use crate::core::rules::RuleSet;
use crate::output::outcome::{FileOutcome, Problem, Totals};
use crate::output::printer::Progress;
use crate::run::discover::display_path;
use crate::run::file::{self, Screened};
use crate::run::file_list::FileList;
use crate::run::interrupt;
use crate::run::read;
use crate::run::tally::{Tally, root_index};
use crate::run::wrappers;
use crate::settings::Settings;
use crate::settings::config::{Config, Mode};
use crate::settings::projects::Resolver;

/// How many files are checked between two updates of the progress line: enough to keep every
/// thread busy, few enough that the line moves.
const CHUNK: usize = 256;

/// Files that share one project's settings and one selection of rules (the project's, less
/// what its `per-file-ignores` switch off for these files).
#[derive(Clone)]
pub struct SettingsGroup {
    pub project: Arc<Settings>,
    pub select: RuleSet,
    pub files: Vec<PathBuf>,
}

/// How many files one task of planning takes: enough that each task's first lookups (its
/// first directory's project and exclude verdicts) are a small part of it.
const PLAN_CHUNK: usize = 512;

/// Group `files` (found under `roots`) by project, leaving out those their project excludes.
/// A file the user named is kept unless its project sets `force-exclude`.
///
/// Each file's project, excludes and rules are settled in parallel on `pool` (for more than
/// one chunk of files), in runs of neighbouring files (`plan_files`): on one thread this was 6% of a whole-tree
/// run's instructions with the other core idle. The directories are listed ahead, also in
/// parallel (`Resolver::list_ahead`), so that the resolver, whose caches make every settings
/// file one `Settings` and which is shared behind a lock taken once per new directory, does
/// no reading under the lock. The groups are then made in file order, as before.
pub fn plan(
    files: Vec<PathBuf>,
    roots: &[PathBuf],
    resolver: &mut Resolver,
    pool: &ThreadPool,
) -> Result<Vec<SettingsGroup>> {
    let named: Vec<PathBuf> = roots.iter().map(|root| display_path(root)).collect();
    let stops: Vec<PathBuf> = named.iter().map(|root| resolver.absolute(root)).collect();
    let roots = PlanRoots {
        named: &named,
        stops: &stops,
    };
    let planned = match files.len() <= PLAN_CHUNK {
        // A few files (a pre-commit hook's) are planned here: handing them to the pool costs
        // the wake-up of a worker, about a millisecond of wall time on the machine measured.
        true => vec![plan_files(&files, roots, &Mutex::new(&mut *resolver))],
        false => pool.install(|| plan_in_parallel(&files, roots, resolver)),
    };
    let mut groups: Vec<SettingsGroup> = Vec::new();
    let count = files.len();
    let mut files = files.into_iter().enumerate();
    // The first error in file order, as a walk through the files one by one would meet it.
    for chunk in planned {
        for (planned, (at, file)) in chunk?.into_iter().zip(&mut files) {
            if let Some((project, select)) = planned {
                add_to_group(&mut groups, project, select, file, count - at);
            }
        }
    }
    Ok(groups)
}

/// `plan_files` over `files` in chunks on the current rayon pool, after listing their
/// directories ahead.
fn plan_in_parallel(
    files: &[PathBuf],
    roots: PlanRoots<'_>,
    resolver: &mut Resolver,
) -> Vec<Result<Vec<Planned>>> {
    let mut dirs: Vec<&Path> = files.iter().filter_map(|file| file.parent()).collect();
    dirs.dedup();
    resolver.list_ahead(&dirs);
    let resolver = Mutex::new(resolver);
    files
        .par_chunks(PLAN_CHUNK)
        .map(|chunk| plan_files(chunk, roots, &resolver))
        .collect()
}

/// A file's project and rules, or `None` when its project excludes it.
type Planned = Option<(Arc<Settings>, RuleSet)>;

/// The roots as shown (`named`), and each one's absolute form, where excludes stop.
#[derive(Clone, Copy)]
struct PlanRoots<'a> {
    named: &'a [PathBuf],
    stops: &'a [PathBuf],
}

/// Settle each of `files`, neighbours in path order, with caches of its own for the last
/// directory and the exclude verdicts.
fn plan_files(
    files: &[PathBuf],
    roots: PlanRoots<'_>,
    resolver: &Mutex<&mut Resolver>,
) -> Result<Vec<Planned>> {
    let mut dirs = DirVerdicts::default();
    let mut last_dir = LastDir::default();
    let mut root_of = RootOf::new(roots.named);
    let mut planned = Vec::with_capacity(files.len());
    for file in files {
        let (project, absolute) = last_dir.project_of(file, resolver)?;
        let stop = match root_of.index(file) {
            Some(at) if roots.named[at] == *file && project.force_exclude => None,
            Some(at) => Some(roots.stops[at].as_path()),
            None => None,
        };
        if dirs.excludes(&project, &absolute, stop) {
            planned.push(None);
            continue;
        }
        let select = project.select_for(&absolute);
        planned.push(Some((project, select)));
    }
    Ok(planned)
}

/// `root_index` of each file, worked out from its directory's. A path with a name is its
/// directory's components and that name, so it starts with a root exactly when its directory
/// does or it is the root itself (a file the user named), which needs the same name. Files
/// come sorted, so the next one is most often beside the last, and `starts_with` compares the
/// paths component by component: asked of every file, it was 35 M instructions over the
/// benchmark corpus.
struct RootOf<'r> {
    roots: &'r [PathBuf],
    /// The name of each root, which a file that is the root has too.
    names: Vec<Option<&'r OsStr>>,
    /// The last file's directory, and the first root it is under.
    last: Option<(PathBuf, Option<usize>)>,
}

impl<'r> RootOf<'r> {
    fn new(roots: &'r [PathBuf]) -> Self {
        RootOf {
            roots,
            names: roots.iter().map(|root| root.file_name()).collect(),
            last: None,
        }
    }

    fn index(&mut self, file: &Path) -> Option<usize> {
        let (Some(dir), Some(name)) = (file.parent(), file.file_name()) else {
            return root_index(file, self.roots);
        };
        let under = match &self.last {
            Some((known, under)) if known.as_os_str() == dir.as_os_str() => *under,
            _ => {
                let under = root_index(dir, self.roots);
                self.last = Some((dir.to_path_buf(), under));
                under
            }
        };
        let named = (self.roots.iter().zip(&self.names))
            .position(|(root, root_name)| *root_name == Some(name) && root.as_path() == file);
        match (under, named) {
            (Some(under), Some(named)) => Some(under.min(named)),
            (under, named) => under.or(named),
        }
    }
}

/// Put `file` in the group of `project` and `select`, or in a new one; `left` files (this one
/// included) are still to come.
fn add_to_group(
    groups: &mut Vec<SettingsGroup>,
    project: Arc<Settings>,
    select: RuleSet,
    file: PathBuf,
    left: usize,
) {
    match groups
        .iter_mut()
        .find(|g| Arc::ptr_eq(&g.project, &project) && g.select == select)
    {
        Some(group) => group.files.push(file),
        None => {
            // Most runs have one project: its list is made large enough once.
            let mut files = Vec::with_capacity(if groups.is_empty() { left } else { 1 });
            files.push(file);
            groups.push(SettingsGroup {
                project,
                select,
                files,
            });
        }
    }
}

/// The project and absolute form of the last file's directory. Files come sorted, so the next
/// one is most often beside the last, and then its project is the same (a project is found
/// from a file's directory alone) and its absolute path is that directory's and its name:
/// `Resolver::project_of` and `absolute` normalise the whole path and look the directory up
/// in maps keyed by path, which made planning 9% of a whole-tree run's instructions, on one
/// thread.
#[derive(Default)]
struct LastDir {
    /// The directory as the file path spells it, as the resolver made it absolute, and its
    /// project.
    last: Option<(PathBuf, PathBuf, Arc<Settings>)>,
}

impl LastDir {
    fn project_of(
        &mut self,
        file: &Path,
        resolver: &Mutex<&mut Resolver>,
    ) -> Result<(Arc<Settings>, PathBuf)> {
        let lock = || resolver.lock().unwrap_or_else(PoisonError::into_inner);
        // A path ending in `..` has no name; its directory is not its parent.
        let (Some(dir), Some(name)) = (file.parent(), file.file_name()) else {
            let mut resolver = lock();
            return Ok((resolver.project_of(file)?, resolver.absolute(file)));
        };
        if let Some((known, absolute, project)) = &self.last
            && known == dir
        {
            return Ok((project.clone(), absolute.join(name)));
        }
        let (project, absolute) = {
            let mut resolver = lock();
            (resolver.project_of(file)?, resolver.absolute(file))
        };
        let absolute_dir = absolute.parent().unwrap_or(&absolute).to_path_buf();
        self.last = Some((dir.to_path_buf(), absolute_dir, project.clone()));
        Ok((project, absolute))
    }
}

/// `Settings::excludes`, with the verdict on each directory kept (`excludes_dir_known`), for
/// one project and stop at a time: files come sorted, so the next one is most often in the
/// same directory, and only its own name needs matching against the globs. Walking up every
/// directory to the root was 1.5% of a whole-tree run's instructions, on one thread.
#[derive(Default)]
struct DirVerdicts {
    /// The project and stop the verdicts are for, and the last file's directory and verdict.
    last: Option<(Arc<Settings>, Option<PathBuf>, PathBuf, bool)>,
    known: FxHashMap<PathBuf, bool>,
}

impl DirVerdicts {
    fn excludes(&mut self, project: &Arc<Settings>, path: &Path, stop: Option<&Path>) -> bool {
        let dir = path.parent().unwrap_or(path);
        let same = |(known, known_stop, ..): &(Arc<Settings>, Option<PathBuf>, PathBuf, bool)| {
            Arc::ptr_eq(known, project) && known_stop.as_deref() == stop
        };
        let dir_excluded = match &self.last {
            Some(last) if same(last) && last.2 == dir => last.3,
            last => {
                if !last.as_ref().is_some_and(same) {
                    self.known.clear();
                }
                let excluded = project.excludes_dir_known(dir, stop, &mut self.known);
                let stop = stop.map(Path::to_path_buf);
                self.last = Some((project.clone(), stop, dir.to_path_buf(), excluded));
                excluded
            }
        };
        dir_excluded || project.excludes_name(path, stop)
    }
}

/// `config` with the settings of `project` and the rules `select`.
pub fn config_for(config: &Config, project: &Settings, select: RuleSet) -> Config {
    Config {
        options: Options {
            select,
            ..project.options.clone()
        },
        ..config.clone()
    }
}

/// `config`, told that no other file can use the file's exports when it is `alone`: one file
/// in the run, and a mode that writes nothing. Its exports then pick no file: a round reads
/// again only files other than the one that exports (`wrappers::mentioning`), and declares
/// what it found only for the files it picks; and the configs it ends with serve only the
/// writes of `--fix` (`wrappers::write_pending`).
fn without_exports_when(alone: bool, mut config: Config) -> Config {
    config.options.exports &= !alone;
    config
}

/// What checking a run's files gave. Only the outcomes with something to show are kept; a
/// clean file (nearly every file of a large tree) is counted and dropped, so the memory a run
/// holds grows with its findings, not with the number of files.
#[derive(Debug, Default)]
pub struct CheckedFiles {
    /// The outcomes worth printing, sorted by path.
    pub outcomes: Vec<FileOutcome>,
    /// Every file checked, the clean ones included.
    pub totals: Totals,
    /// The totals of each root, when the run has several (see `separate_directories`).
    pub roots: Vec<(PathBuf, Totals)>,
    /// How many files were not checked because a signal stopped the run (see `interrupt`).
    pub not_checked: usize,
}

impl CheckedFiles {
    /// Count the problems met while walking, in the run's totals and in their root's.
    pub fn count_walk_problems(&mut self, problems: &[Problem]) {
        self.totals.add_problems(problems);
        let named: Vec<PathBuf> = self.roots.iter().map(|(root, _)| root.clone()).collect();
        for problem in problems {
            if let Some(at) = root_index(&problem.path, &named) {
                self.roots[at].1.add_problems(std::slice::from_ref(problem));
            }
        }
    }
}

/// A file the prefilter let through, waiting for the analysis.
pub(super) struct Candidate {
    pub(super) path: PathBuf,
    pub(super) bytes: usize,
    /// Its group, whose settings apply.
    pub(super) group: usize,
}

/// Check every group with its own settings. `roots` are the paths the run was given, for the
/// per-root totals.
///
/// Two passes. The first reads every file and applies the prefilter, which settles nearly all
/// of them; the second analyses the rest (see `analyse`). Keeping the analysis apart is what
/// lets it be scheduled by size. When an analysed file defines a wrapper, the rounds of
/// `wrappers` then analyse again the files that use it; so every file's path and import words
/// are kept until then, packed (`FileList`), but no file's text.
pub fn schedule(
    pool: &ThreadPool,
    groups: Vec<SettingsGroup>,
    config: &Config,
    roots: &[PathBuf],
) -> CheckedFiles {
    let total = groups.iter().map(|group| group.files.len()).sum();
    let mut progress = Progress::new(config.output.progress);
    let named = separate_directories(roots);
    let named = if named.len() < 2 { Vec::new() } else { named };
    let alone = total == 1 && matches!(config.mode, Mode::Report | Mode::Diff);
    let configs: Vec<Config> = groups
        .iter()
        .map(|group| config_for(config, &group.project, group.select))
        .map(|config| without_exports_when(alone, config))
        .collect();
    let (mut tally, candidates, done, imported) = screen_all(
        pool,
        &groups,
        &configs,
        &named,
        &mut progress,
        config.output.progress,
    );
    let given: Vec<PathBuf> = roots.iter().map(|root| display_path(root)).collect();
    let lists: Vec<Vec<PathBuf>> = groups.into_iter().map(|group| group.files).collect();
    let files = FileList::new(given, lists, imported);
    pool.broadcast(|_| read::let_go_of_buffer());
    file::release_freed_memory();
    let progress = (progress, done, total);
    tally = tally.merge(analyse_largest_first(
        pool, candidates, &configs, &named, progress,
    ));
    let mut tally = wrappers::follow_and_write(pool, tally, &files, configs, &named);
    tally.kept.sort_by(|a, b| a.path.cmp(&b.path));
    CheckedFiles {
        outcomes: tally.kept,
        totals: tally.totals,
        roots: named.into_iter().zip(tally.roots).collect(),
        not_checked: tally.not_checked,
    }
}

/// The second pass, over the candidates: largest first, so that the run does not end waiting
/// for one large file. All in one go: batches would end in barriers and break the one-large-
/// file rule (see `Queue::take`), so the workers move the progress line themselves.
fn analyse_largest_first(
    pool: &ThreadPool,
    mut candidates: Vec<Candidate>,
    configs: &[Config],
    named: &[PathBuf],
    (progress, done, total): (Progress, usize, usize),
) -> Tally {
    candidates.sort_by(|a, b| b.bytes.cmp(&a.bytes).then_with(|| a.path.cmp(&b.path)));
    let shared = Mutex::new((progress, done));
    let analysed = analyse(pool, candidates, configs, named, &|| {
        let mut shared = shared.lock().unwrap_or_else(PoisonError::into_inner);
        shared.1 += 1;
        let done = shared.1;
        shared.0.update(done, total);
    });
    let (mut progress, _) = shared.into_inner().unwrap_or_else(PoisonError::into_inner);
    progress.finish();
    analysed
}

/// The first pass over every group's files, in chunks that move the progress line: the
/// outcomes it settles, the candidates left for the analysis, how many files are done, and the
/// import words of each file of each group (`ImportWords::ALL` for a file not read).
fn screen_all(
    pool: &ThreadPool,
    groups: &[SettingsGroup],
    configs: &[Config],
    named: &[PathBuf],
    progress: &mut Progress,
    shown: bool,
) -> (Tally, Vec<Candidate>, usize, Vec<ImportWords>) {
    let total = groups.iter().map(|group| group.files.len()).sum();
    let mut tally = Tally::new(named.len());
    let mut candidates = Vec::new();
    let mut done = 0;
    // Chunks only move the progress line; each ends in a barrier where one core waits for the
    // other's slowest file, so without a progress line a group goes to the pool whole.
    let chunk = if shown { CHUNK } else { usize::MAX };
    let mut imported = vec![ImportWords::ALL; total];
    let mut rest = imported.as_mut_slice();
    for (at, group) in groups.iter().enumerate() {
        let (mine, after) = std::mem::take(&mut rest).split_at_mut(group.files.len());
        rest = after;
        let words = mine.chunks_mut(chunk);
        for (files, words) in group.files.chunks(chunk).zip(words) {
            let (screened, waiting) =
                pool.install(|| screen(files, words, &configs[at], at, named));
            tally = tally.merge(screened);
            done += files.len() - waiting.len();
            candidates.extend(waiting);
            progress.update(done, total);
        }
    }
    (tally, candidates, done, imported)
}

/// The first pass over `files` of group `group`: the outcomes it settles and the candidates.
/// The import words of each file go to its place in `words`, written in place so that no list
/// of them per thread is made and joined (on a tree of many files those lists, 40 bytes a file
/// and doubled while joined, were the peak's growth with the tree).
fn screen(
    files: &[PathBuf],
    words: &mut [ImportWords],
    config: &Config,
    group: usize,
    roots: &[PathBuf],
) -> (Tally, Vec<Candidate>) {
    let empty = || (Tally::new(roots.len()), Vec::new());
    files
        .par_iter()
        .zip(words.par_iter_mut())
        .map(|(path, words)| {
            let screened = (!interrupt::requested()).then(|| file::screen(path, config));
            (path, words, screened)
        })
        .fold(empty, |(tally, mut waiting), (path, words, screened)| {
            let Some((screened, imports)) = screened else {
                return (tally.skip(), waiting);
            };
            *words = imports;
            match screened {
                Screened::Done(outcome) => (tally.add(*outcome, roots), waiting),
                Screened::Candidate(bytes) => {
                    let path = path.clone();
                    waiting.push(Candidate { path, bytes, group });
                    (tally, waiting)
                }
            }
        })
        .reduce(empty, |(a, mut waiting), (b, more)| {
            waiting.extend(more);
            (a.merge(b), waiting)
        })
}

/// What the workers share while analysing: the candidates left, largest first, and how many
/// large files are being checked.
struct Queue {
    left: VecDeque<Candidate>,
    large: usize,
}

impl Queue {
    /// The next candidate for a worker: the largest left, unless a large file is being checked
    /// already, then the largest small one. So two large files are checked at once only when
    /// nothing small is left, and peak memory is one large syntax tree (a tree takes some 25
    /// bytes a byte of source) plus small ones, however many large files the tree holds. The
    /// small files go largest first too, so that the smallest are left to fill the end of the
    /// pass: taking the smallest beside a large file left only middling ones for the end, where
    /// one core waited for the other.
    fn take(&mut self) -> Option<(Candidate, bool)> {
        let candidate = if self.large == 0 {
            self.left.pop_front()
        } else {
            // Sorted largest first: the large files are the front of the queue.
            match self.left.iter().position(|c| c.bytes < file::LARGE_FILE) {
                Some(at) => self.left.remove(at),
                None => self.left.pop_back(),
            }
        }?;
        let large = candidate.bytes >= file::LARGE_FILE;
        self.large += usize::from(large);
        Some((candidate, large))
    }
}

/// The second pass: check `candidates` (sorted largest first) on every worker of the pool,
/// calling `checked` after each file.
pub(super) fn analyse(
    pool: &ThreadPool,
    candidates: Vec<Candidate>,
    configs: &[Config],
    roots: &[PathBuf],
    checked: &(dyn Fn() + Sync),
) -> Tally {
    let queue = Mutex::new(Queue {
        left: candidates.into(),
        large: 0,
    });
    let tallies = Mutex::new(Vec::new());
    pool.scope(|scope| {
        for _ in 0..pool.current_num_threads() {
            scope.spawn(|_| {
                let tally = work(&queue, configs, roots, checked);
                tallies
                    .lock()
                    .unwrap_or_else(PoisonError::into_inner)
                    .push(tally);
            });
        }
    });
    let tallies = tallies.into_inner().unwrap_or_else(PoisonError::into_inner);
    tallies
        .into_iter()
        .fold(Tally::new(roots.len()), Tally::merge)
}

/// One worker: take files from the queue, largest first, until it is empty; after an
/// interrupt, count the rest as skipped.
///
/// After a large file the memory of its syntax tree is handed back (`release_freed_memory`),
/// but only when the worker's next file is not large too: the next large tree would fault the
/// same pages in again (about 3.7 µs a page on the machine measured; 1,500 pages for the
/// 207 KB `_test_multiprocessing.py`), and the trim itself walks every arena. Large files come
/// largest first, so a run of them on one worker fits in the pages the first one took; the
/// worker gives them back once it turns to small files, which keeps the peak at about one
/// large tree beside small ones, as before. Trimming after every large file cost 5% of a
/// whole-tree run's CPU time.
fn work(
    queue: &Mutex<Queue>,
    configs: &[Config],
    roots: &[PathBuf],
    checked: &(dyn Fn() + Sync),
) -> Tally {
    let lock = || queue.lock().unwrap_or_else(PoisonError::into_inner);
    let mut tally = Tally::new(roots.len());
    // The lock is let go before the file is checked (a `while let` over `take` would hold it).
    let mut next = lock().take();
    while let Some((candidate, large)) = next {
        if interrupt::requested() {
            tally = tally.skip();
            next = done_and_take(&mut lock(), large);
            continue;
        }
        let config = &configs[candidate.group];
        // A fix waits until the run knows the file's outcome is final (see `wrappers`).
        let defer = config.mode == Mode::Fix;
        let analysed = file::analyse_file(&candidate.path, config, defer);
        next = done_and_take(&mut lock(), large);
        if large && !next.as_ref().is_some_and(|(_, large)| *large) {
            file::release_freed_memory();
        }
        tally = tally.add_analysed(analysed, candidate.group, roots);
        checked();
    }
    tally
}

/// Count a file (large or not) as checked, and take the next.
fn done_and_take(queue: &mut Queue, large: bool) -> Option<(Candidate, bool)> {
    queue.large -= usize::from(large);
    queue.take()
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
    fn workers_take_the_largest_file_unless_a_large_one_is_being_checked() {
        let kib = |n: usize| Candidate {
            path: PathBuf::from(format!("{n}.py")),
            bytes: n * 1024,
            group: 0,
        };
        let mut queue = Queue {
            left: [300, 100, 10, 5].map(kib).into(),
            large: 0,
        };
        let mut take = || {
            let (candidate, large) = queue.take().expect("a candidate left");
            (candidate.bytes / 1024, large)
        };
        assert_eq!(take(), (300, true));
        // The 300 KiB file is being checked: the small ones go beside it, largest first.
        assert_eq!(take(), (10, false));
        assert_eq!(take(), (5, false));
        // Only large files are left: one is taken anyway rather than leave the worker idle.
        assert_eq!(take(), (100, true));
        assert_eq!(queue.large, 2);
        assert!(queue.take().is_none());
    }

    #[test]
    fn the_root_of_a_file_is_found_from_its_directory() {
        let roots: Vec<PathBuf> = ["a/b", "a", "./a/b/x.py", "a/b/y.py", "c/", "/abs/d", "."]
            .map(PathBuf::from)
            .into();
        let files = [
            "a/b/x.py",
            "a/b/y.py",
            "a/b/z.py",
            "a/b/./x.py",
            "a/b//y.py",
            "a/bc.py",
            "a/x.py",
            "ab/x.py",
            "c/x.py",
            "c//d/x.py",
            "x.py",
            "./a/b/x.py",
            "/abs/d/x.py",
            "/abs/dx.py",
            "/",
            "..",
            "a/..",
            "a/b/",
        ];
        for roots in [&roots[..], &roots[..6], &roots[2..6], &roots[..1]] {
            let mut root_of = RootOf::new(roots);
            // In order and then again, so that the answer comes from the directory kept too.
            for file in files.iter().chain(&files).map(Path::new) {
                assert_eq!(
                    root_of.index(file),
                    root_index(file, roots),
                    "{file:?} in {roots:?}"
                );
            }
        }
    }
}
