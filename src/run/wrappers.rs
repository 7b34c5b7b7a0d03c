//! The project's own wrappers across the files of a run: a wrapper (or a pool or executor
//! factory) that one file defines (`analysis::exports`) is a process API in every file that
//! imports it, as if it had been declared with `--api`.
//!
//! How the run is driven. The analysis pass (`scheduler`) analyses every candidate once, as it
//! always did, and keeps what each file offers: the wrappers it defines and the names its
//! module-level `from ... import`s bind. The screen pass before it kept, for every file, the
//! words its import statements name and where they reach from (`ImportWords`, 64 bytes a
//! file). When no candidate defines a wrapper, that is the whole run. Otherwise `follow` names
//! each wrapper by its module (`pkg.par.parmap`, see `package::Modules`), follows the
//! re-exports that reach it (`pkg.pm` for `from .par import parmap as pm` in
//! `pkg/__init__.py`), and goes in rounds:
//!
//! 1. A file can use or re-export a wrapper only by naming it, or its class for a method, in
//!    an import statement or as an attribute (`import_words::names`), and only through an
//!    import that names a segment of its path and reaches from its first segment (or
//!    relatively, from within the package). So the files whose import words may hold such a
//!    segment and reach from there are read again (paths are kept, texts are not, so memory
//!    stays flat), and those that name the wrapper are picked, whether the prefilter passed
//!    them or not; the file that gives the wrapper its path is not. Only a name spelled where
//!    the analysis reads it counts: as code or in a dotted-name string, not in a comment or
//!    prose (`analysis::spells_where_read`). A star import names
//!    nothing: a file with `import *` that spells the wrapper's name is picked too, when a
//!    star import of its module binds it (its `__all__` lists it, or it has none and the name
//!    is public), and so is a file whose star import may name its module (`from .engine import
//!    *`), which binds it there for that module's importers in turn (`StarImports`).
//! 2. The picked files are analysed again with every wrapper known so far declared, and their
//!    outcomes replace those of their first look.
//! 3. What they export in turn (a wrapper of an imported wrapper, a re-export) makes the new
//!    wrappers of the next round, for at most `MAX_ROUNDS` rounds.
//!
//! A file's outcome depends only on the APIs it names, so a file no round picks has its final
//! outcome from its first look. Nothing is printed before the rounds end (the printer runs
//! after the scheduler), and with `--fix` an analysis hands its fix back instead of writing it
//! (`file::analyse_file`): `write_pending` writes the fixes of the final outcomes once the
//! rounds are over. So each file is written once, with all that the run knows, and a run in
//! which no wrapper is used across files still analyses each candidate once. The exports are
//! taken in path order and every list is sorted, so the outcome is the same whatever the
//! thread count.

use std::collections::btree_map::{BTreeMap, Entry};
use std::collections::{BTreeSet, HashMap, HashSet, VecDeque};
use std::ops::Bound;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rayon::ThreadPool;
use rayon::prelude::*;

use crate::core::analysis::{
    Alias, Apis, ExportedWrapper, Exports, Passed, TEMPLATE, UserApi, UserKind, described_by_table,
    inherited_as, relative_module, spells_where_read, table_alias,
};
use crate::core::attribute_writes::{self, AttributeWrites};
use crate::core::import_words::{self, Hashed, ImportWords};
use crate::core::module_constants::{self, Constant, ImportedName, ModuleBinding, ModuleConstants};
use crate::core::module_kept::{self, KeptBinding, ModuleKept, Unpicklable};
use crate::output::outcome::{FileOutcome, Problem};
use crate::run::file_list::FileList;
use crate::run::handed::HandedPools;
use crate::run::package::{Modules, package_of};
use crate::run::scheduler::{Candidate, analyse};
use crate::run::tally::{Tally, root_index};
use crate::run::{file, interrupt, read, stars};
use crate::settings::config::{Config, Mode};

/// How many rounds a run takes at most: each finds wrappers one import further away.
const MAX_ROUNDS: usize = 8;

/// How many re-exports in a row are followed (`pkg/__init__.py` re-exporting what
/// `pkg/sub/__init__.py` re-exports ...).
const MAX_REEXPORTS: usize = 8;

/// How many names a re-exported path may add after its alias's target besides the API's own
/// last name: a module alias reaching a method of a class in a submodule (`pkg.sub` for
/// `pkg.sub.jobs.Runner._map`) adds two. Longer ones walk through other modules' imports
/// (`scipy.stats._multicomp.stats._continuous_distns.optimize...`), which no one writes, and
/// whose number grows with every round.
const MAX_REST: usize = 1;

/// `follow`, then `write_pending`: the run's tally once every file has its final outcome and,
/// with `--fix`, is written.
pub(super) fn follow_and_write(
    pool: &ThreadPool,
    tally: Tally,
    files: &FileList,
    configs: Vec<Config>,
    roots: &[PathBuf],
) -> Tally {
    let (mut tally, configs) = follow(pool, tally, files, configs, roots);
    write_pending(pool, &mut tally, &configs, roots);
    tally
}

/// Follow the wrappers that `tally`'s files export through the files of `groups`, round after
/// round (see the module's doc). Gives the run's tally and the configs it ends with, which
/// declare every wrapper found.
fn follow(
    pool: &ThreadPool,
    mut tally: Tally,
    files: &FileList,
    mut base: Vec<Config>,
    roots: &[PathBuf],
) -> (Tally, Vec<Config>) {
    let mut known = Known {
        modules: Modules::new(&files.roots),
        ..Known::default()
    };
    let mut configs = base.clone();
    // One more turn than rounds: the last round's analyses have their assumptions settled too.
    for round in 0..=MAX_ROUNDS {
        settle_imported(
            pool,
            &mut tally,
            files,
            &mut known,
            (&mut base, &mut configs),
            roots,
        );
        settle_assumptions(
            pool,
            &mut tally,
            files,
            &mut known,
            (&mut base, &mut configs),
            roots,
        );
        if round == MAX_ROUNDS {
            break;
        }
        // In path order, not the order the threads finished in: the first file to tell of
        // something (the caller named in an imported lambda's finding) must not depend on
        // the thread count.
        let mut exports = std::mem::take(&mut tally.exports);
        exports.sort_by(|a, b| a.0.cmp(&b.0));
        known.note_public_lifts(&exports);
        let mut assuming = known.handed.learn(&mut exports, files, &mut known.modules);
        let new = known.learn(exports);
        // A function passed a pool under a package's re-export, followed to its module now
        // that the package's file has told what it re-exports (`handed::resolve`).
        for candidate in known
            .handed
            .resolve(&known.reexports, files, &mut known.modules)
        {
            if !assuming.iter().any(|known| known.path == candidate.path) {
                assuming.push(candidate);
            }
        }
        if (new.is_empty() && assuming.is_empty()) || interrupt::requested() {
            break;
        }
        let mut picked = pool.install(|| mentioning(files, &new));
        // A file that defines a function other files pass a pool to is analysed again,
        // assuming it (`handed`), whether or not it names a new wrapper.
        for candidate in assuming {
            if !picked.iter().any(|known| known.path == candidate.path) {
                picked.push(candidate);
            }
        }
        for candidate in &mut picked {
            candidate.group = known.config_index(candidate.group, &candidate.path, base.len());
        }
        configs = known.configs(&base);
        picked.sort_by(|a, b| b.bytes.cmp(&a.bytes).then_with(|| a.path.cmp(&b.path)));
        tally.forget(&picked, roots);
        tally = tally.merge(analyse(pool, picked, &configs, roots, &|| {}));
    }
    // The last analyses may have asked about imported names too (a file analysed again for
    // an assumption): settled before the outcomes are final.
    settle_imported(
        pool,
        &mut tally,
        files,
        &mut known,
        (&mut base, &mut configs),
        roots,
    );
    let last = std::mem::take(&mut tally.exports);
    known.note_public_lifts(&last);
    let tally = privatize(pool, tally, files, &mut known, (&base, &mut configs), roots);
    (tally, configs)
}

/// Check the names the latest analyses judged a value by, assuming no other file sets them
/// (`Exports::unset_assumed`, `core::attribute_writes`): every file of the run is read for
/// them, and when one sets a name, the files that assumed it are analysed again knowing it
/// (`Options::attribute_writes`), and their outcomes and exports replace those of the
/// analysis that assumed it. A run where no file judged such a name reads nothing more.
fn settle_assumptions(
    pool: &ThreadPool,
    tally: &mut Tally,
    files: &FileList,
    known: &mut Known,
    (base, configs): (&mut [Config], &mut Vec<Config>),
    roots: &[PathBuf],
) {
    let asked: BTreeSet<String> = (tally.exports.iter())
        .flat_map(|(_, exports)| &exports.unset_assumed)
        .filter(|name| !known.assumed.contains(*name))
        .cloned()
        .collect();
    if asked.is_empty() || interrupt::requested() {
        return;
    }
    known.assumed.extend(asked.iter().cloned());
    let assuming: BTreeMap<&Path, BTreeSet<&str>> = (tally.exports.iter())
        .filter(|(_, exports)| exports.unset_assumed.iter().any(|n| asked.contains(n)))
        .map(|(path, exports)| {
            let names = exports.unset_assumed.iter().map(String::as_str).collect();
            (path.as_path(), names)
        })
        .collect();
    let (found, groups) = pool.install(|| set_in_files(files, &asked, &assuming));
    if found.is_empty() {
        return;
    }
    known.set_elsewhere.extend(found.iter().cloned());
    let writes = Arc::new(AttributeWrites::new(known.set_elsewhere.clone()));
    for config in base.iter_mut() {
        config.options.attribute_writes = Arc::clone(&writes);
    }
    for config in configs.iter_mut() {
        config.options.attribute_writes = Arc::clone(&writes);
    }
    let mut picked: Vec<Candidate> = (tally.exports.iter())
        .filter(|(_, exports)| exports.unset_assumed.iter().any(|n| found.contains(n)))
        .filter_map(|(path, _)| {
            let group = *groups.get(path)?;
            let bytes = std::fs::metadata(path).map_or(0, |m| m.len() as usize);
            let group = known.config_index(group, path, base.len());
            Some(Candidate {
                path: path.clone(),
                bytes,
                group,
            })
        })
        .collect();
    *configs = known.configs(base);
    picked.sort_by(|a, b| b.bytes.cmp(&a.bytes).then_with(|| a.path.cmp(&b.path)));
    let again: HashSet<&Path> = picked.iter().map(|c| c.path.as_path()).collect();
    tally
        .exports
        .retain(|(path, _)| !again.contains(path.as_path()));
    tally.forget(&picked, roots);
    let analysed = analyse(pool, picked, configs, roots, &|| {});
    *tally = std::mem::replace(tally, Tally::new(roots.len())).merge(analysed);
}

/// Settle what the latest analyses asked about names they import: their literals
/// (`settle_constants`), then what pickle refuses that they give (`settle_kept`).
fn settle_imported(
    pool: &ThreadPool,
    tally: &mut Tally,
    files: &FileList,
    known: &mut Known,
    (base, configs): (&mut [Config], &mut Vec<Config>),
    roots: &[PathBuf],
) {
    settle_constants(
        pool,
        tally,
        files,
        known,
        (&mut *base, &mut *configs),
        roots,
    );
    settle_kept(pool, tally, files, known, (base, configs), roots);
}

/// Find the literals of the imported names the latest analyses asked for
/// (`Exports::wanted_constants`, `core::module_constants`): each module is read where the
/// importer's import finds it, and an import there of the name from another module is followed
/// (at most `MAX_REEXPORTS` in a row). When some name has a literal, the files that asked for
/// it are analysed again knowing it (`Options::module_constants`), and their outcomes and
/// exports replace those of the analysis that did not. A run where no file asked reads
/// nothing more.
fn settle_constants(
    pool: &ThreadPool,
    tally: &mut Tally,
    files: &FileList,
    known: &mut Known,
    (base, configs): (&mut [Config], &mut Vec<Config>),
    roots: &[PathBuf],
) {
    let by_key = asked_by_key(tally, |e| &e.wanted_constants, &known.constants_asked);
    if by_key.is_empty() || interrupt::requested() {
        return;
    }
    // Only a module among the run's files is read, as for wrappers: a run on some files of a
    // project judges them alike whatever it reports or fixes.
    let run = run_files(pool, files);
    let mut again = BTreeSet::new();
    for (key, importers) in &by_key {
        known.constants_asked.insert(key.clone());
        let mut literals = (importers.iter()).map(|(importer, wanted)| {
            literal_of(&known.modules, &run, importer, &wanted.module, &wanted.name)
        });
        let first = literals.next().flatten();
        if let Some(literal) = first.filter(|first| literals.all(|l| l == Some(*first))) {
            known.constants.insert(key.clone(), literal);
            again.extend(importers.iter().map(|(path, _)| path.to_path_buf()));
        }
    }
    let constants = Arc::new(ModuleConstants::new(
        known.constants.clone(),
        known.constants_asked.clone(),
    ));
    for config in base.iter_mut().chain(configs.iter_mut()) {
        config.options.module_constants = Arc::clone(&constants);
    }
    analyse_again(pool, tally, files, known, (base, configs), roots, again);
}

/// Find what the imported classes and functions the latest analyses asked about give that
/// pickle refuses (`Exports::wanted_kept`, `core::module_kept`): each module is read where
/// the importer's import finds it, following a re-export of the name and the bases a class
/// imports (`kept_of`). When some name gives such a value, the files that asked about it are
/// analysed again knowing it (`Options::module_kept`), and their outcomes and exports replace
/// those of the analysis that did not. A run where no file asked reads nothing more.
fn settle_kept(
    pool: &ThreadPool,
    tally: &mut Tally,
    files: &FileList,
    known: &mut Known,
    (base, configs): (&mut [Config], &mut Vec<Config>),
    roots: &[PathBuf],
) {
    let by_key = asked_by_key(tally, |e| &e.wanted_kept, &known.kept_asked);
    if by_key.is_empty() || interrupt::requested() {
        return;
    }
    let run = run_files(pool, files);
    let mut again = BTreeSet::new();
    for (key, importers) in &by_key {
        known.kept_asked.insert(key.clone());
        let mut kept = (importers.iter()).map(|(importer, wanted)| {
            kept_of(&known.modules, &run, importer, &wanted.module, &wanted.name)
        });
        let first = kept.next().flatten();
        if let Some(first) = first.filter(|first| kept.all(|k| k.as_ref() == Some(first))) {
            known.kept.insert(key.clone(), first);
            again.extend(importers.iter().map(|(path, _)| path.to_path_buf()));
        }
    }
    let kept = Arc::new(ModuleKept::new(
        known.kept.clone(),
        known.kept_asked.clone(),
    ));
    for config in base.iter_mut().chain(configs.iter_mut()) {
        config.options.module_kept = Arc::clone(&kept);
    }
    analyse_again(pool, tally, files, known, (base, configs), roots, again);
}

/// The imported names the latest analyses asked about (`wanted`: `Exports::wanted_constants`,
/// `wanted_kept`) that the run has not looked for (`asked`), by absolute dotted path, each
/// with the files that asked, in path order, whatever order the threads finished in. A name
/// is known by its dotted path, which two importers may reach in two files (`from helpers
/// import Ctx` in two scripts' folders): the callers keep what they find only when every
/// importer finds the same.
fn asked_by_key<'t>(
    tally: &'t Tally,
    wanted: impl Fn(&Exports) -> &Vec<ImportedName>,
    asked: &BTreeSet<String>,
) -> BTreeMap<String, Vec<(&'t Path, &'t ImportedName)>> {
    let mut by_key: BTreeMap<String, Vec<(&Path, &ImportedName)>> = BTreeMap::new();
    for (path, exports) in &tally.exports {
        for name in wanted(exports) {
            let Some(key) = name.key(package_of(path).as_deref()) else {
                continue;
            };
            if !asked.contains(&key) {
                by_key.entry(key).or_default().push((path.as_path(), name));
            }
        }
    }
    for importers in by_key.values_mut() {
        importers.sort_by(|a, b| a.0.cmp(b.0));
    }
    by_key
}

/// The run's files, by absolute path, each with its path as the run shows it.
fn run_files(pool: &ThreadPool, files: &FileList) -> HashMap<PathBuf, PathBuf> {
    pool.install(|| {
        (0..files.len())
            .into_par_iter()
            .filter_map(|index| {
                let path = files.path(index);
                Some((std::path::absolute(&path).ok()?, path))
            })
            .collect()
    })
}

/// What `name` of `module`, imported as spelled by the file at `importer`, gives that pickle
/// refuses (`module_kept::kept_in`), in a file of the `run` (by absolute path): followed
/// through re-exports of the name, and for a class that keeps nothing itself, through the
/// bases it imports and the values of other modules its `__init__` stores, first the first,
/// at most `MAX_REEXPORTS` modules in all.
fn kept_of(
    modules: &Modules,
    run: &HashMap<PathBuf, PathBuf>,
    importer: &Path,
    module: &str,
    name: &str,
) -> Option<Unpicklable> {
    let first: (PathBuf, String, String, Vec<Reached>) = (
        importer.to_path_buf(),
        module.to_string(),
        name.to_string(),
        Vec::new(),
    );
    let mut todo = VecDeque::from([first]);
    for _ in 0..=MAX_REEXPORTS {
        let (importer, mut module, mut name, vias) = todo.pop_front()?;
        let file = module_file(modules, &module, &importer).or_else(|| {
            // `Ctx.create` after `from pkg.ctx import Ctx` is asked as `create` of
            // `pkg.ctx.Ctx`: a method of the class `Ctx` of `pkg.ctx`.
            let (class_of, class) = class_module(&module).filter(|_| !name.contains('.'))?;
            let file = module_file(modules, class_of, &importer)?;
            (module, name) = (class_of.to_string(), format!("{class}.{name}"));
            Some(file)
        });
        let Some(file) = file else {
            continue;
        };
        let Some(shown) = std::path::absolute(&file)
            .ok()
            .and_then(|file| run.get(&file))
        else {
            continue;
        };
        let shown = shown.display().to_string();
        let bound = read::with_source(&file, |bytes| module_kept::kept_in(bytes, &name, &shown));
        match bound.unwrap_or(KeptBinding::Unknown) {
            // What the name gives, as what the first name asked about gives through the
            // ways it was reached, the last first.
            KeptBinding::Unpicklable(kept) => {
                let kept = (vias.iter().rev()).try_fold(kept, |kept, via| via.apply(kept));
                if kept.is_some() {
                    return kept;
                }
            }
            KeptBinding::Imported { module, name } => {
                todo.push_front((file, module, name, vias));
            }
            KeptBinding::Class { bases, stored } => {
                let bases = bases.into_iter();
                todo.extend(bases.map(|(module, name)| (file.clone(), module, name, vias.clone())));
                todo.extend(stored.into_iter().map(|store| {
                    let (module, name) = (store.module.clone(), store.name.clone());
                    let mut vias = vias.clone();
                    vias.push(Reached::Stored(store, shown.clone()));
                    (file.clone(), module, name, vias)
                }));
            }
            KeptBinding::Makes { classes, line } => {
                if vias.iter().any(|via| matches!(via, Reached::Made(..))) {
                    continue;
                }
                todo.extend(classes.into_iter().map(|(module, name)| {
                    let mut vias = vias.clone();
                    vias.push(Reached::Made(line, shown.clone(), name.clone()));
                    (file.clone(), module, name, vias)
                }));
            }
            KeptBinding::Unknown => {}
        }
    }
    None
}

/// How `kept_of` reached a name from the one asked about, besides re-exports and bases.
#[derive(Clone)]
enum Reached {
    /// The name is a class that a function makes and returns (`KeptBinding::Makes`): its
    /// `def`'s line and file, and the class's name as the function reads it.
    Made(usize, String, String),
    /// The name is a value of another module that a class's `__init__` stores, in the file
    /// shown (`KeptBinding::Class`).
    Stored(module_kept::StoredImport, String),
}

impl Reached {
    /// What the name reached this way, which gives `kept`, makes the name before it give:
    /// the function's calls return an instance of the class; the class's instances keep what
    /// its `__init__` stores. `None` when that is nothing known (a module-level value called,
    /// a class read and not called).
    fn apply(&self, kept: Unpicklable) -> Option<Unpicklable> {
        match self {
            Reached::Made(line, file, name) => {
                let Unpicklable::Instances { clause, .. } = &kept else {
                    return None;
                };
                let what = format!("an instance of `{name}`, {clause} ({})", kept.place());
                Some(Unpicklable::Returns {
                    what,
                    line: *line,
                    file: file.clone(),
                })
            }
            Reached::Stored(store, file) => {
                let what = kept.phrase(&store.read, store.called)?;
                Some(Unpicklable::Instances {
                    clause: format!(
                        "whose `__init__` stores in `self.{}` {what}",
                        store.attribute
                    ),
                    stored: Some((store.text.clone(), store.line)),
                    file: file.clone(),
                })
            }
        }
    }
}

/// `module` (as an import spells it) split before its last name, which may be a class of the
/// module before it: `pkg.ctx.Ctx` as `pkg.ctx` and `Ctx`, `.Ctx` as `.` and `Ctx`.
fn class_module(module: &str) -> Option<(&str, &str)> {
    let cut = module.rfind('.')?;
    let (before, class) = (&module[..cut], &module[cut + 1..]);
    let before = match before.bytes().all(|b| b == b'.') {
        true => &module[..=cut],
        false => before,
    };
    (!class.is_empty()).then_some((before, class))
}

/// Analyse the files at `again` once more with the configs' latest options, their outcomes
/// and exports replacing those of their previous analysis.
fn analyse_again(
    pool: &ThreadPool,
    tally: &mut Tally,
    files: &FileList,
    known: &mut Known,
    (base, configs): (&mut [Config], &mut Vec<Config>),
    roots: &[PathBuf],
    again: BTreeSet<PathBuf>,
) {
    if again.is_empty() {
        return;
    }
    let mut picked: Vec<Candidate> = pool
        .install(|| {
            (0..files.len())
                .into_par_iter()
                .filter_map(|index| {
                    let path = files.path(index);
                    again.contains(&path).then(|| (path, files.words(index).1))
                })
                .collect::<Vec<_>>()
        })
        .into_iter()
        .map(|(path, group)| {
            let bytes = std::fs::metadata(&path).map_or(0, |m| m.len() as usize);
            let group = known.config_index(group, &path, base.len());
            Candidate { path, bytes, group }
        })
        .collect();
    *configs = known.configs(base);
    picked.sort_by(|a, b| b.bytes.cmp(&a.bytes).then_with(|| a.path.cmp(&b.path)));
    let again: HashSet<PathBuf> = picked.iter().map(|c| c.path.clone()).collect();
    tally.exports.retain(|(path, _)| !again.contains(path));
    tally.forget(&picked, roots);
    let analysed = analyse(pool, picked, configs, roots, &|| {});
    *tally = std::mem::replace(tally, Tally::new(roots.len())).merge(analysed);
}

/// The literal `name` holds in `module`, imported as spelled by the file at `importer`
/// (`module_constants::bound_in`), following imports of it from other modules, each a file of
/// the `run` (by absolute path).
fn literal_of(
    modules: &Modules,
    run: &HashMap<PathBuf, PathBuf>,
    importer: &Path,
    module: &str,
    name: &str,
) -> Option<Constant> {
    let (mut importer, mut module, mut name) =
        (importer.to_path_buf(), module.to_string(), name.to_string());
    for _ in 0..=MAX_REEXPORTS {
        let file = module_file(modules, &module, &importer)?;
        if !std::path::absolute(&file).is_ok_and(|file| run.contains_key(&file)) {
            return None;
        }
        let bound = read::with_source(&file, |bytes| module_constants::bound_in(bytes, &name));
        match bound.ok()? {
            ModuleBinding::Literal(literal) => return Some(literal),
            ModuleBinding::Imported {
                module: from,
                name: imported,
            } => (importer, module, name) = (file, from, imported),
            ModuleBinding::Unknown => return None,
        }
    }
    None
}

/// The file of `module`, imported as spelled by the file at `importer`, as Python finds it: a
/// relative import from the importer's folder; an absolute one from the folder above the
/// importer's top package (on `sys.path` when the package is imported), unless the importer
/// is in no package (a script, whose folder is on `sys.path`); then under a root of the run
/// (`package::Modules::source_of`). `None` when the importer's own folder has a module of
/// that name too: run as a script (`python tools/bench.py`), the file would import that one.
fn module_file(modules: &Modules, module: &str, importer: &Path) -> Option<PathBuf> {
    let Some(package) = package_of(importer).filter(|_| !module.starts_with('.')) else {
        return modules.source_of(module, importer);
    };
    let levels = package.split('.').count();
    let absolute = std::path::absolute(importer).ok()?;
    // The folder above the top package, named through a file in it.
    let beside_top = absolute.ancestors().nth(levels + 1)?.join("__main__.py");
    let found = modules.source_of(module, &beside_top)?;
    // A file of the package run as a script (`python tools/bench.py`) imports from its own
    // folder: a module there too leaves it open which one the name comes from.
    let beside = modules.source_of(module, importer);
    let same = |other: &Path| std::path::absolute(other).ok() == std::path::absolute(&found).ok();
    beside.is_none_or(|beside| same(&beside)).then_some(found)
}

/// The names of `wanted` that files of the run set as attributes (`attribute_writes`), and
/// the group of each file of `assuming`. A file is not asked about the names it assumed
/// itself: it judged them knowing every way it sets them (`values::sets_attribute_in`), and
/// its own class attributes and strings are what it judged by.
fn set_in_files(
    files: &FileList,
    wanted: &BTreeSet<String>,
    assuming: &BTreeMap<&Path, BTreeSet<&str>>,
) -> (BTreeSet<String>, BTreeMap<PathBuf, usize>) {
    (0..files.len())
        .into_par_iter()
        .map(|index| {
            let path = files.path(index);
            let (_, group) = files.words(index);
            let own = assuming.get(path.as_path());
            let asked: BTreeSet<String> = (wanted.iter())
                .filter(|name| own.is_none_or(|own| !own.contains(name.as_str())))
                .cloned()
                .collect();
            let found = match asked.is_empty() {
                true => BTreeSet::new(),
                false => {
                    read::with_source(&path, |bytes| attribute_writes::set_among(bytes, &asked))
                        .unwrap_or_default()
                }
            };
            let groups = match own {
                Some(_) => BTreeMap::from([(path, group)]),
                None => BTreeMap::new(),
            };
            (found, groups)
        })
        .reduce(Default::default, |(mut a, mut g), (b, h)| {
            a.extend(b);
            g.extend(h);
            (a, g)
        })
}

/// Analyse again, with `Options::private_lifts`, the files whose fixes bind a new public
/// name that a star import of another file of the run would bind too (`stars`).
fn privatize(
    pool: &ThreadPool,
    mut tally: Tally,
    files: &FileList,
    known: &mut Known,
    (base, configs): (&[Config], &mut Vec<Config>),
    roots: &[PathBuf],
) -> Tally {
    let flagged: BTreeSet<PathBuf> = known
        .public_lifts
        .iter()
        .filter(|(_, public)| **public)
        .map(|(path, _)| path.clone())
        .collect();
    let starred = pool.install(|| stars::star_imported(files, &flagged));
    if starred.is_empty() || interrupt::requested() {
        return tally;
    }
    let groups: Vec<(PathBuf, usize)> = starred
        .into_iter()
        .map(|(path, group)| {
            let group = known.config_index(group, &path, base.len());
            (path, group)
        })
        .collect();
    // A folder's own slot may be new (`config_index`): every config is made again, and each
    // group the files are in gets a private twin after them.
    *configs = known.configs(base);
    let mut private: BTreeMap<usize, usize> = BTreeMap::new();
    let mut picked = Vec::new();
    for (path, group) in groups {
        let at = *private.entry(group).or_insert_with(|| {
            let mut config = configs[group].clone();
            config.options.private_lifts = true;
            configs.push(config);
            configs.len() - 1
        });
        let bytes = std::fs::metadata(&path).map_or(0, |m| m.len() as usize);
        picked.push(Candidate {
            path,
            bytes,
            group: at,
        });
    }
    picked.sort_by(|a, b| b.bytes.cmp(&a.bytes).then_with(|| a.path.cmp(&b.path)));
    tally.forget(&picked, roots);
    let mut tally = tally.merge(analyse(pool, picked, configs, roots, &|| {}));
    tally.exports.clear();
    tally
}

/// Write the fixes the analyses handed back, on the pool. A file that cannot be written gets
/// the outcome `--fix` gives it then: its findings as they are, and the problem. After Ctrl-C
/// (`interrupt`) the writes in hand finish and the rest are not made: those files count as
/// not checked, as the files a stopped analysis leaves.
fn write_pending(pool: &ThreadPool, tally: &mut Tally, configs: &[Config], roots: &[PathBuf]) {
    let writes = std::mem::take(&mut tally.writes);
    let mut unwritten: Vec<(PathBuf, usize, Option<String>)> = pool.install(|| {
        writes
            .par_iter()
            .filter_map(|(write, group)| {
                let error = match interrupt::requested() {
                    true => None,
                    false => Some(format!("{:#}", write.write().err()?)),
                };
                Some((write.path.clone(), *group, error))
            })
            .collect()
    });
    unwritten.sort();
    for (path, group, error) in unwritten {
        let this = Candidate {
            path: path.clone(),
            bytes: 0,
            group,
        };
        tally.forget(std::slice::from_ref(&this), roots);
        let Some(error) = error else {
            tally.not_checked += 1;
            continue;
        };
        let report = Config {
            mode: Mode::Report,
            ..configs[group].clone()
        };
        let mut outcome = file::check_file(&path, &report);
        outcome.problem = Some(Problem::write(path, error));
        *tally = std::mem::replace(tally, Tally::new(roots.len())).add(outcome, roots);
    }
}

/// A wrapper newly known: the name a file names both to use it and to re-export it (a
/// function's own, a method's class: `from .runner import Runner`), the segments of its path,
/// and the file that gives it this path (which defines or re-exports it).
struct NewApi {
    word: String,
    /// Each segment of its dotted path; a file that imports it names one of the first
    /// `nameable` (its modules and the word: never the members after it).
    segments: Vec<String>,
    nameable: usize,
    file: PathBuf,
    /// For a wrapper named by its file's stem, the folder whose files import it so.
    folder: Option<PathBuf>,
    /// Whether a star import of its module binds it (`from pkg.par import *`), so that a file
    /// may use it by its bare name.
    star: bool,
    /// The last segment of its module (`par`), which a star import that passes it on spells.
    tail: String,
    /// For an attribute in which instances hold a pool (`Runner.executor`), its name: a
    /// file reads it only as `<instance>.executor`, and no subclass needs the file read
    /// again to export it (inherited attributes are not followed); a package's
    /// `__init__.py` is read for its re-exports.
    attribute: Option<String>,
}

impl NewApi {
    /// The API `api` of the file `file` at the dotted path `dotted`, which it names `name`
    /// (`parmap`, `Runner.run`).
    fn at(dotted: &str, api: &UserApi, name: &str, file: &Path) -> NewApi {
        let segments: Vec<String> = dotted.split('.').map(str::to_string).collect();
        let word = name.split('.').next().unwrap_or(name).to_string();
        let depth = name.split('.').count();
        let tail = segments
            .len()
            .checked_sub(depth + 1)
            .map(|at| segments[at].clone());
        NewApi {
            star: !api.hidden_from_star && !word.starts_with('_'),
            word,
            nameable: segments.len() + 1 - depth.min(segments.len()),
            segments,
            file: file.to_path_buf(),
            folder: None,
            tail: tail.unwrap_or_default(),
            attribute: api.attribute().map(str::to_string),
        }
    }

    /// The dotted path of the class whose member the API is (`pkg.jobs.Runner` for
    /// `pkg.jobs.Runner.run`), when it is one.
    fn class(&self) -> Option<String> {
        (self.nameable < self.segments.len()).then(|| self.segments[..self.nameable].join("."))
    }
}

/// The wrappers known so far, by dotted path, and the re-exports seen.
#[derive(Default)]
struct Known {
    /// Each API, with the file that gives it this path.
    apis: BTreeMap<String, (UserApi, PathBuf)>,
    /// Each re-export: the dotted path it makes, what it names, its file, the members it
    /// does not take over (a subclass's own methods, see `Alias::own`), and whether a star
    /// import of its module binds it.
    reexports: BTreeMap<String, Reexport>,
    /// The module-level star imports of each module that has some (see `StarImports`).
    stars: BTreeMap<String, StarImports>,
    /// Paths that two files give a wrapper (see `insert`).
    ambiguous: BTreeSet<String>,
    /// The paths given an API by this round's exports so far, with the file that gave each:
    /// a file that gives one path two
    /// APIs (a wrapper that is also a factory of a class of the project, `make_job` handing
    /// `fn` to `Job` and returning it) keeps the first, as a path is taken again only when a
    /// later round tells of it otherwise (`insert`).
    this_round: BTreeSet<(String, PathBuf)>,
    /// The APIs of each folder without `__init__.py`, by the stems of its files (`helpers.pmap`),
    /// which only the files beside them import so (`package::Modules::names`).
    beside: BTreeMap<PathBuf, BTreeMap<String, UserApi>>,
    /// The groups and folders of the files that see such APIs, each with a config of its own
    /// after the groups' (see `config_index`).
    slots: Vec<(usize, PathBuf)>,
    modules: Modules,
    /// The pools files pass to functions of other files (`handed`).
    handed: HandedPools,
    /// Whether the latest analysis of each file found a fix binding a new public name
    /// (`Exports::public_lifts`, `stars`).
    public_lifts: BTreeMap<PathBuf, bool>,
    /// The attribute names files judged a value by, assuming no other file sets them, that
    /// the run has looked for (`settle_assumptions`), and those it found set.
    assumed: BTreeSet<String>,
    set_elsewhere: BTreeSet<String>,
    /// The literals of imported names that the run found (`settle_constants`), and the names
    /// it looked for.
    constants: BTreeMap<String, Constant>,
    constants_asked: BTreeSet<String>,
    /// What imported classes and functions give that pickle refuses, as the run found
    /// (`settle_kept`), and the names it looked for.
    kept: BTreeMap<String, Unpicklable>,
    kept_asked: BTreeSet<String>,
}

/// A name bound to another module's API, or a class of the module that subclasses another
/// module's (`exports::Alias`), by the file that binds it.
pub(super) struct Reexport {
    /// The path it names.
    pub(super) target: String,
    pub(super) file: PathBuf,
    /// For a subclass, the names its body binds.
    own: Vec<String>,
    /// Whether a star import of its module binds it.
    star: bool,
    /// For a subclass whose `__init__` only calls the base's, what that call passes.
    forwards: Option<Vec<Passed>>,
}

impl Known {
    /// Keep what the analyses of `exports` say of public names their fixes bind.
    fn note_public_lifts(&mut self, exports: &[(PathBuf, Exports)]) {
        for (path, exports) in exports {
            self.public_lifts.insert(path.clone(), exports.public_lifts);
        }
    }

    /// Take the exports of a round's files; the APIs that are new.
    fn learn(&mut self, mut exports: Vec<(PathBuf, Exports)>) -> Vec<NewApi> {
        exports.sort_by(|a, b| a.0.cmp(&b.0));
        self.this_round.clear();
        let mut new = Vec::new();
        for (path, mut exports) in exports {
            resolve_relative(&mut exports, &path);
            let (module, beside) = self.modules.names(&path);
            if let Some(stem) = beside {
                self.learn_beside(&path, &stem, &exports, &mut new);
            }
            // A run over the sources of `multiprocessing` or `concurrent.futures` (CPython's
            // standard library) infers their own classes as wrappers of themselves
            // (`ProcessPoolExecutor` handing `initializer` to `Process`): the table describes
            // them already, and every file that uses them would be analysed again.
            let Some(module) = module.filter(|module| !described_by_table(module)) else {
                continue;
            };
            // A file of a namespace folder under two roots (`picklefix main.py vendor/`) is
            // imported by either name.
            let others = self.modules.other_names(&path);
            for module in std::iter::once(module).chain(others) {
                // Another file of that module under another root: either may be the one imported.
                if self.modules.defined_elsewhere(&module, &path) {
                    continue;
                }
                let shown = path.display().to_string();
                for wrapper in &exports.wrappers {
                    if self.optional_fallback(&exports, &wrapper.name, &path) {
                        continue;
                    }
                    let dotted = format!("{module}.{}", wrapper.name);
                    let api =
                        wrapper.api_at(dotted.clone(), &shown, hidden_from_star(&exports, wrapper));
                    self.insert(dotted, api, &wrapper.name, &path, &mut new);
                }
                if !exports.stars.is_empty() {
                    self.stars
                        .entry(module.clone())
                        .or_insert_with(|| StarImports::of(&exports, &path));
                }
                for alias in exports.aliases.iter().cloned() {
                    if let Some((tried, holds)) = &alias.holds_if_source
                        && self.imports_succeed(tried, &path) != *holds
                    {
                        continue;
                    }
                    let dotted = format!("{module}.{}", alias.name);
                    let star = exports.star_binds(&alias.name);
                    // A compat module's name for the table's own class or function (`from
                    // concurrent.futures import ProcessPoolExecutor`), which other files
                    // import from it: that class or function under the module's path. Not
                    // for the table's own modules (the standard library in the run), and
                    // only where the module offers it (`reexports_table_names`): most modules
                    // import `Pool` to use it, and telling of each sent the files naming them
                    // (tests importing test helpers) through a second analysis, 30% of a
                    // whole-tree run.
                    if reexports_table_names(&exports, &alias, &path)
                        && !described_by_table(&module)
                        && let Some(kind) = table_alias(&alias.target)
                    {
                        let api = UserApi {
                            path: dotted.clone(),
                            kind,
                            hidden_from_star: !star,
                        };
                        self.insert(dotted.clone(), api, &alias.name, &path, &mut new);
                    }
                    self.reexports.entry(dotted).or_insert_with(|| Reexport {
                        target: alias.target,
                        file: path.clone(),
                        own: alias.own,
                        star,
                        forwards: alias.forwards,
                    });
                }
            }
        }
        if !self.apis.is_empty() {
            self.follow_reexports(&mut new);
            self.renew_factories(&mut new);
        }
        new
    }

    /// Name again the known factories of another file that make instances of a class whose
    /// member is new in `new` (`def make_runner(): return ProcessRunner()`, told of in the
    /// first round because the class makes a pool, while `ProcessRunner.run` is a wrapper
    /// only once its base's file has told of its template): the files that use the class
    /// through them name the factory, not the class, and are read again for it.
    fn renew_factories(&self, new: &mut Vec<NewApi>) {
        let classes: HashSet<String> = new.iter().filter_map(NewApi::class).collect();
        if classes.is_empty() {
            return;
        }
        let mut named: HashSet<String> = new.iter().map(|api| api.segments.join(".")).collect();
        for (dotted, (api, file)) in &self.apis {
            let makes = match &api.kind {
                UserKind::FactoryOf { class, .. }
                | UserKind::WrapperFactoryOf { class, .. }
                | UserKind::InstanceOf(class) => classes.contains(class),
                _ => false,
            };
            if makes && named.insert(dotted.clone()) {
                // A module's own function or instance, named by its last segment.
                let name = dotted.rsplit('.').next().unwrap_or(dotted);
                new.push(NewApi::at(dotted, api, name, file));
            }
        }
    }

    /// Whether `name` is the fallback of an optional import of the project's own source in
    /// the file at `path` (`try: from ._fast import pmap` / `except ImportError: def pmap`):
    /// the import succeeds, and the name is what that module gives.
    fn optional_fallback(&self, exports: &Exports, name: &str, path: &Path) -> bool {
        exports
            .optional
            .iter()
            .find(|(optional, _)| *optional == name)
            .is_some_and(|(_, from)| self.imports_succeed(from, path))
    }

    /// Whether the `try` of an optional import of `module` (as spelled in the file at `path`)
    /// is taken to succeed: the module is Python source of the run, or a module of the API
    /// table (the standard library's `concurrent.futures` is always there). Another module
    /// (a compiled speed-up, an optional dependency) is taken to be missing, so that the
    /// fallback the run can read is what the name is.
    fn imports_succeed(&self, module: &str, path: &Path) -> bool {
        self.modules.has_source(module, path)
            || (!module.starts_with('.') && described_by_table(module))
    }

    /// The wrappers of the file at `path` by its stem, for the files of its folder.
    fn learn_beside(&mut self, path: &Path, stem: &str, exports: &Exports, new: &mut Vec<NewApi>) {
        let folder = path.parent().unwrap_or(Path::new("")).to_path_buf();
        let shown = path.display().to_string();
        for wrapper in &exports.wrappers {
            if self.optional_fallback(exports, &wrapper.name, path) {
                continue;
            }
            let dotted = format!("{stem}.{}", wrapper.name);
            let apis = self.beside.entry(folder.clone()).or_default();
            let hidden = hidden_from_star(exports, wrapper);
            let api = wrapper.api_at(dotted.clone(), &shown, hidden);
            // New, or told of otherwise by its file read again (`insert`).
            if apis.get(&dotted) != Some(&api) {
                let slot_attribute = api.attribute().map(str::to_string);
                apis.insert(dotted.clone(), api);
                new.push(NewApi {
                    word: wrapper
                        .name
                        .split('.')
                        .next()
                        .unwrap_or_default()
                        .to_string(),
                    segments: dotted.split('.').map(str::to_string).collect(),
                    // The stem, then the word.
                    nameable: 2,
                    file: path.to_path_buf(),
                    folder: Some(folder.clone()),
                    star: !hidden,
                    tail: stem.to_string(),
                    attribute: slot_attribute,
                });
            }
        }
    }

    /// The index of the config for a file of group `group` at `path`: its group's, or, when
    /// its folder has APIs by stem, a slot's after the `groups` groups' (stable across rounds,
    /// since pending writes keep it).
    fn config_index(&mut self, group: usize, path: &Path, groups: usize) -> usize {
        let folder = path.parent().unwrap_or(Path::new("")).to_path_buf();
        if !self.beside.contains_key(&folder) {
            return group;
        }
        let slot = (group, folder);
        let at = match self.slots.iter().position(|known| *known == slot) {
            Some(at) => at,
            None => {
                self.slots.push(slot);
                self.slots.len() - 1
            }
        };
        groups + at
    }

    /// Each group's config for the files a round picks, declaring what the user declared and
    /// then every wrapper known; then each slot's, with its folder's APIs by stem as well.
    fn configs(&self, base: &[Config]) -> Vec<Config> {
        let found = || self.apis.values().map(|(api, _)| api.clone());
        let with = |config: &Config, more: Vec<UserApi>| {
            let mut config = config.clone();
            // The folder's own modules first: a script's folder comes first on `sys.path`.
            let mut apis = config.options.apis.to_vec();
            apis.extend(more.into_iter().chain(found()));
            config.options.apis = std::sync::Arc::new(Apis::new(apis));
            config.options.handed_pools = self.handed.known.clone();
            // A picked file names a wrapper or its class; the prefilter, which only knows the
            // wrapper's name, would drop a re-export of the class unread.
            config.prefilter = false;
            config
        };
        let groups = base.iter().map(|config| with(config, Vec::new()));
        let slots = self.slots.iter().map(|(group, folder)| {
            let beside = self.beside.get(folder).into_iter().flatten();
            with(&base[*group], beside.map(|(_, api)| api.clone()).collect())
        });
        groups.chain(slots).collect()
    }

    /// Add `api` at `dotted`, which ends in `name` (`parmap`, `Runner._map`), unless known. Two
    /// files that give one path a wrapper (two `helpers.py` beside two scripts) make it
    /// ambiguous: neither is taken, since either might be the one imported.
    fn insert(
        &mut self,
        dotted: String,
        api: UserApi,
        name: &str,
        file: &Path,
        new: &mut Vec<NewApi>,
    ) {
        let given = (dotted.clone(), file.to_path_buf());
        if self.ambiguous.contains(&dotted) || !self.this_round.insert(given) {
            return;
        }
        let new_api = NewApi::at(&dotted, &api, name, file);
        // The names a class has are looked up only by the files that other wrappers pick.
        let passive = matches!(api.kind, UserKind::Members(_) | UserKind::Fields(_));
        match self.apis.entry(dotted) {
            Entry::Vacant(slot) => {
                if !passive {
                    new.push(new_api);
                }
                slot.insert((api, file.to_path_buf()));
            }
            Entry::Occupied(known) if known.get().1 != file => {
                self.ambiguous.insert(known.remove_entry().0);
            }
            // Its file, read again in a later round, tells of it otherwise: a hand-over it
            // learnt of since (a wrapper of a cycle of imports handing its callable to the
            // other's wrapper) lifts conditions the first look put on its calls. Its users
            // are read again with what it is now.
            Entry::Occupied(mut known) if known.get().0 != api => {
                if !passive {
                    new.push(new_api);
                }
                known.get_mut().0 = api;
            }
            Entry::Occupied(_) => {}
        }
    }

    /// Make each re-export of a known API, or of the class or module that holds one
    /// (`from .runner import Runner`, or a subclass `class Fast(Runner)` for the methods it
    /// does not define), an API of its own path, until none is new.
    fn follow_reexports(&mut self, new: &mut Vec<NewApi>) {
        for _ in 0..MAX_REEXPORTS {
            let mut found: Vec<(String, UserApi, String, PathBuf)> = Vec::new();
            for (dotted, reexport) in &self.reexports {
                let Reexport {
                    target,
                    file,
                    own,
                    star,
                    forwards,
                } = reexport;
                if overrides_members(&self.apis, target, own) {
                    continue;
                }
                // The APIs at or under `target`, which sort together from it on.
                let under = (self
                    .apis
                    .range::<str, _>((Bound::Included(target.as_str()), Bound::Unbounded)))
                .take_while(|(path, _)| path.starts_with(target.as_str()));
                for (path, (api, _)) in under {
                    let Some(rest) = path.strip_prefix(target.as_str()) else {
                        continue;
                    };
                    let member = rest.strip_prefix('.').and_then(|r| r.split('.').next());
                    if member.is_some_and(|member| own.iter().any(|o| o == member))
                        || too_far(dotted, rest)
                    {
                        continue;
                    }
                    let path = format!("{dotted}{rest}");
                    let alias = dotted.rsplit('.').next().unwrap_or(dotted);
                    let Some(kind) =
                        inherited_as(&api.kind, own, target, alias, forwards.as_deref())
                    else {
                        continue;
                    };
                    // Taken again when what it names changed (`insert`).
                    let known = self
                        .apis
                        .get(&path)
                        .is_some_and(|(known, from)| known.kind == kind || from != file);
                    if (rest.is_empty() || rest.starts_with('.')) && !known {
                        let name = format!("{alias}{rest}");
                        // What a star import of the re-exporting module binds is its business.
                        let api = UserApi {
                            path: path.clone(),
                            kind,
                            hidden_from_star: !star,
                        };
                        found.push((path, api, name, file.clone()));
                    }
                }
            }
            found.extend(self.through_stars());
            if found.is_empty() {
                return;
            }
            for (path, api, name, file) in found {
                self.insert(path, api, &name, &file, new);
            }
        }
    }
}

/// Whether a subclass of another file's class (`class Threaded(BatchRunner)`, re-exported as
/// that class less the names `own` its body binds) overrides a name that class's file
/// exports as where its instances get a pool or a wrapper object: a factory method, a
/// property or an attribute holding one (`def _executor(self): return ThreadPoolExecutor()`
/// over `BatchRunner._executor`, which returns a `ProcessPoolExecutor`). The inherited wrapper
/// methods that use it would hand their callable to what the override gives, so none of the
/// base's is the subclass's. An override of any other method (`label()`) leaves them. A plain
/// re-export binds nothing of its own.
fn overrides_members(
    apis: &BTreeMap<String, (UserApi, PathBuf)>,
    target: &str,
    own: &[String],
) -> bool {
    own.iter()
        .filter(|name| !(name.starts_with("__") && name.ends_with("__")))
        .any(|name| {
            apis.get(&format!("{target}.{name}"))
                .is_some_and(|(api, _)| gives_a_pool(&api.kind))
        })
}

/// Whether an export of this kind is where a class's instances get a pool, a context or an
/// object with wrapper methods, rather than a wrapper or a worker themselves.
fn gives_a_pool(kind: &UserKind) -> bool {
    matches!(
        kind,
        UserKind::Like(_)
            | UserKind::Factory { .. }
            | UserKind::ChoosingFactory { .. }
            | UserKind::WrapperFactory { .. }
            | UserKind::ManagerFactory { .. }
            | UserKind::ContextFactory { .. }
            | UserKind::Context { .. }
            | UserKind::Instance { .. }
            | UserKind::InstanceOf(_)
            | UserKind::FactoryOf { .. }
            | UserKind::WrapperFactoryOf { .. }
            | UserKind::ClosureFactory(_)
            | UserKind::Property { .. }
            | UserKind::Attribute { .. }
            | UserKind::AttributeOf(_)
    )
}

/// Whether the module at `path`, whose exports are `exports`, offers the name `alias` binds
/// to other modules: a package's `__init__.py`, a module that lists it in `__all__`, one of
/// the two imports of an optional import (`try: from loky import ProcessPoolExecutor` /
/// `except ImportError: from concurrent.futures import ProcessPoolExecutor`), or a module
/// named for compatibility (`compat.py`, `_compat.py`, `py3compat.py`).
fn reexports_table_names(exports: &Exports, alias: &Alias, path: &Path) -> bool {
    let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("");
    stem == "__init__"
        || stem.ends_with("compat")
        || alias.holds_if_source.is_some()
        || (exports.all.as_ref()).is_some_and(|all| all.contains(&alias.name))
}

/// Make absolute the relative re-exports and star imports of the file at `path`, which its
/// first look keeps as spelled (`Alias::target`), from its package as its analysis with
/// declared APIs is told it (`file::options_for`) and as that analysis resolves them
/// (`relative_module`); those with too many dots are dropped, as that analysis drops them.
fn resolve_relative(exports: &mut Exports, path: &Path) {
    let relative = |dotted: &String| dotted.starts_with('.');
    if !exports.aliases.iter().any(|alias| relative(&alias.target))
        && !exports.stars.iter().any(relative)
    {
        return;
    }
    let package = package_of(path);
    let absolute = |dotted: String| match dotted.starts_with('.') {
        true => relative_module(&dotted, package.as_deref()),
        false => Some(dotted),
    };
    exports.aliases = std::mem::take(&mut exports.aliases)
        .into_iter()
        .filter_map(|alias| {
            let target = absolute(alias.target)?;
            Some(Alias { target, ..alias })
        })
        .collect();
    exports.stars = std::mem::take(&mut exports.stars)
        .into_iter()
        .filter_map(absolute)
        .collect();
}

/// Whether following the re-export `dotted` to an API at `<target><rest>` goes through
/// `dotted`'s own name again, a module alias that reaches back into the module holding it
/// (`from scipy import special` in `scipy/special/_ufuncs.py` makes
/// `scipy.special._ufuncs.special._ufuncs.special...`) or two modules importing each other,
/// or through more than `MAX_REST` names. Such paths name nothing new and no one writes them;
/// followed, they multiply every round.
fn too_far(dotted: &str, rest: &str) -> bool {
    let alias = dotted.rsplit('.').next().unwrap_or(dotted);
    let mut modules = rest
        .split('.')
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>();
    // What a class's template method is on a subclass (`Engine.template().executor.
    // ProcessPoolExecutor.run`) is one name from the marker on, no modules.
    if let Some(at) = modules.iter().position(|s| *s == TEMPLATE) {
        modules.truncate(at + 1);
    }
    modules.pop();
    modules.contains(&alias) || modules.len() > MAX_REST
}

/// A module's module-level star imports, which bind in it, for its own importers, what each
/// star-imported module's star import binds (`pkg/api.py: from .engine import *`, then `from
/// pkg.api import parmap` or `from pkg.api import *`).
struct StarImports {
    /// The absolute modules, in source order: for a name several bind, the last wins.
    modules: Vec<String>,
    file: PathBuf,
    /// The names the module binds itself, which may come after the star import and win.
    own: Vec<String>,
    /// Its `__all__` (`Exports::all`), which decides what a star import of it binds in turn.
    all: Option<Vec<String>>,
}

impl StarImports {
    fn of(exports: &Exports, file: &Path) -> Self {
        StarImports {
            modules: exports.stars.clone(),
            file: file.to_path_buf(),
            own: exports.own_names.clone(),
            all: exports.all.clone(),
        }
    }

    /// Whether a star import of this module binds `name` (`Exports::star_binds`).
    fn binds(&self, name: &str) -> bool {
        match &self.all {
            Some(all) => all.iter().any(|listed| listed == name),
            None => !name.starts_with('_'),
        }
    }
}

impl Known {
    /// The APIs the star imports of each module bind there, not known yet: for each name a
    /// star-imported module binds by its star import (`UserApi::hidden_from_star`), the last
    /// star import's, unless the module binds the name itself. Each as `follow_reexports`
    /// makes them: its path, the API, its name in the module and the module's file.
    fn through_stars(&self) -> Vec<(String, UserApi, String, PathBuf)> {
        let mut found = Vec::new();
        for (module, stars) in &self.stars {
            for (name, at) in self.star_binders(stars) {
                let prefix = format!("{}.{name}", stars.modules[at]);
                for (path, (api, _)) in &self.apis {
                    let Some(rest) = path.strip_prefix(prefix.as_str()) else {
                        continue;
                    };
                    let new = format!("{module}.{name}{rest}");
                    let fits = rest.is_empty() || rest.starts_with('.');
                    if !fits || api.hidden_from_star || self.apis.contains_key(&new) {
                        continue;
                    }
                    let api = UserApi {
                        path: new.clone(),
                        kind: api.kind.clone(),
                        hidden_from_star: !stars.binds(name),
                    };
                    found.push((new, api, format!("{name}{rest}"), stars.file.clone()));
                }
            }
        }
        found
    }

    /// For each name of a known API that the star imports of `stars` bind, the index of the
    /// last one that does; not the names the module binds itself.
    fn star_binders<'k>(&'k self, stars: &StarImports) -> BTreeMap<&'k str, usize> {
        let mut binder: BTreeMap<&str, usize> = BTreeMap::new();
        let visible = self
            .apis
            .iter()
            .filter(|(_, (api, _))| !api.hidden_from_star);
        for (path, _) in visible {
            for (at, star) in stars.modules.iter().enumerate() {
                let name = path
                    .strip_prefix(star.as_str())
                    .and_then(|rest| rest.strip_prefix('.'))
                    .and_then(|rest| rest.split('.').next());
                if let Some(name) = name.filter(|name| !stars.own.iter().any(|own| own == name)) {
                    let last = binder.entry(name).or_insert(at);
                    *last = (*last).max(at);
                }
            }
        }
        binder
    }
}

/// The files of the run that name the word of a `new` API (`import_words::names`), other than
/// the file that gives it its path. Only a file whose imports may name a segment of the API's
/// path is read (see `ImportWords`); one that cannot be read is left to its first look, which
/// reported it.
fn mentioning<'n>(files: &FileList, new: &'n [NewApi]) -> Vec<Candidate> {
    let hashed: Vec<HashedApi> = new.iter().map(HashedApi::of).collect();
    let mut any_segment: Vec<Hashed> = hashed.iter().flat_map(|h| h.nameable.clone()).collect();
    any_segment.sort_unstable();
    any_segment.dedup();
    (0..files.len())
        .into_par_iter()
        .filter_map(|index| {
            let (imports, group) = files.words(index);
            if !any_segment.iter().any(|s| imports.may_hold_hashed(*s)) {
                return None;
            }
            let path = files.path(index);
            let path = path.as_path();
            let candidates: Vec<&NewApi> = (new.iter().zip(&hashed))
                .filter(|(api, hashed)| hashed.may_reach(api, &imports, path))
                .map(|(api, _)| api)
                .collect();
            if candidates.is_empty() {
                return None;
            }
            // Without a star import the file neither binds a wrapper by it nor passes one on.
            let stars = imports.may_import_star();
            // A package's `__init__.py` may re-export a class whose attribute holds a pool
            // without reading it; another module rarely does, and reading every file that
            // imports such a class again costs more than it finds (scipy's `MapWrapper`).
            let package_init = path.file_name().is_some_and(|name| name == "__init__.py");
            let read = read::with_source(path, |bytes| {
                // Many APIs share a word (a class's members, its re-exported paths): each
                // scan of the file is made once.
                let mut spelled = Memo::default();
                let mut passed_on = Memo::default();
                let mut modules = Memo::default();
                let mut uses = |api: &'n NewApi| {
                    let beside = api
                        .folder
                        .as_deref()
                        .is_none_or(|f| path.parent() == Some(f));
                    if !beside || api.file == path {
                        return false;
                    }
                    // The byte tests see comments and strings too; the analysis does not. A
                    // star import passes on what it binds without naming it.
                    let named = spelled.get((&api.word, api.star), || {
                        (import_words::names(bytes, &api.word)
                            || (api.star && stars && import_words::by_star(bytes, &api.word)))
                            && spells_where_read(bytes, &api.word)
                    }) && api.attribute.as_deref().is_none_or(|name| {
                        package_init
                            || (reads_attribute(bytes, name) && spells_where_read(bytes, name))
                    }) && modules.get((&api.tail, false), || {
                        names_module(bytes, &api.tail, path, &imports)
                    });
                    named
                        || (api.star
                            && stars
                            && passed_on.get((&api.tail, true), || {
                                import_words::star_imports(bytes, &api.tail, path)
                            }))
                };
                candidates
                    .iter()
                    .any(|api| uses(api))
                    .then_some(bytes.len())
            });
            read.ok().flatten().map(|bytes| Candidate {
                path: path.to_path_buf(),
                bytes,
                group,
            })
        })
        .collect()
}

/// The segments of a new API's path that the import words are asked about, hashed once for
/// every file of the run (`import_words::Hashed`).
struct HashedApi {
    /// Its modules and its word, never the members after it (`map` of `Runner.map`), which
    /// no import names.
    nameable: Vec<Hashed>,
    /// Its first segment, from which an absolute import reaches it.
    top: Hashed,
}

impl HashedApi {
    fn of(api: &NewApi) -> HashedApi {
        let segments = api.segments.iter().take(api.nameable);
        HashedApi {
            nameable: segments.map(|segment| Hashed::new(segment)).collect(),
            top: Hashed::new(api.segments.first().map_or("", String::as_str)),
        }
    }

    /// Whether the file at `path`, whose imports are `imports`, may reach `api`: its import
    /// words may hold a segment the API's importers name (a star import's words hold the
    /// segments of its module too, see `ImportWords`), and an import reaches the path from its
    /// first segment, or relatively from within the package: a file in a folder of that name
    /// (see `ImportWords::tops`).
    fn may_reach(&self, api: &NewApi, imports: &ImportWords, path: &Path) -> bool {
        let top = api.segments.first().map_or("", String::as_str);
        self.nameable.iter().any(|s| imports.may_hold_hashed(*s))
            && (imports.may_import_from_hashed(self.top)
                || (imports.may_import_relatively()
                    && path.components().any(|part| part.as_os_str() == top)))
    }
}

/// Whether a file that names an API's word can have imported it from `module`, the last
/// segment of the module that binds the word (`par` for `pkg.par.parmap`, `test_console` for
/// `astropy.utils.tests.test_console.console`, empty for a top-level module): every import
/// form that reaches the word spells that segment (`from pkg.par import parmap`, `from .par
/// import parmap`, `from pkg import par`, `import pkg.par`, `from pkg.par import *`), but
/// for a relative import of a package's own names (`from . import parmap`, `from .. import
/// parmap` when `module` is the package), made by a file inside a folder of that name.
/// Without it, a re-export path that no one imports (astropy's test module importing
/// `console`) picked every file importing some other `console` for a full analysis.
fn names_module(bytes: &[u8], module: &str, path: &Path, imports: &ImportWords) -> bool {
    module.is_empty()
        || spells_where_read(bytes, module)
        || (imports.may_import_relatively() && inside_folder(path, module))
}

/// Whether `path`, made absolute, lies inside a folder named `name`.
fn inside_folder(path: &Path, name: &str) -> bool {
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    absolute
        .parent()
        .is_some_and(|folder| folder.components().any(|part| part.as_os_str() == name))
}

/// The answers of one file's byte tests so far, by word and flag.
#[derive(Default)]
struct Memo<'n> {
    known: Vec<((&'n str, bool), bool)>,
}

impl<'n> Memo<'n> {
    fn get(&mut self, key: (&'n str, bool), test: impl FnOnce() -> bool) -> bool {
        if let Some((_, answer)) = self.known.iter().find(|(k, _)| *k == key) {
            return *answer;
        }
        let answer = test();
        self.known.push((key, answer));
        answer
    }
}

/// Whether `bytes` may read the attribute `name` of some object: the word `name` after a `.`,
/// with only blanks and line continuations between. Comments and strings count too, so the
/// caller also asks that the word be spelled where the analysis reads it: scipy's docstrings
/// say `multiprocessing.pool.Pool`, and a doctest's `...     pool = ...` reads as `.pool`.
fn reads_attribute(bytes: &[u8], name: &str) -> bool {
    let part_of_name = |byte: u8| byte.is_ascii_alphanumeric() || byte == b'_' || byte >= 0x80;
    memchr::memmem::find_iter(bytes, name.as_bytes()).any(|at| {
        let next = bytes.get(at + name.len()).copied().unwrap_or(b' ');
        let before = bytes[..at]
            .iter()
            .rev()
            .find(|&&byte| !matches!(byte, b' ' | b'\t' | b'\\' | b'\n' | b'\r' | b'\x0c'));
        !part_of_name(next) && before == Some(&b'.')
    })
}

/// Whether `from <module> import *` leaves out the wrapper its module `exports` defines:
/// the first segment of its name is what the star import would bind (`Runner` for
/// `Runner._map`).
fn hidden_from_star(exports: &Exports, wrapper: &ExportedWrapper) -> bool {
    let bound = wrapper.name.split('.').next().unwrap_or(&wrapper.name);
    !exports.star_binds(bound)
}

impl Tally {
    /// Take back what the tally counted for `files`, which are about to be checked again: their
    /// kept outcome (or the clean file counted instead) and their pending write.
    fn forget(&mut self, files: &[Candidate], roots: &[PathBuf]) {
        let paths: HashSet<&Path> = files.iter().map(|c| c.path.as_path()).collect();
        let mut old: Vec<FileOutcome> = Vec::new();
        self.kept.retain(|outcome| {
            let again = paths.contains(outcome.path.as_path());
            if again {
                old.push(outcome.clone());
            }
            !again
        });
        let kept: HashSet<PathBuf> = old.iter().map(|o| o.path.clone()).collect();
        let clean = paths.iter().filter(|path| !kept.contains(**path));
        old.extend(clean.map(|path| FileOutcome::clean(path.to_path_buf())));
        for outcome in &old {
            self.totals.remove(outcome);
            if let Some(at) = root_index(&outcome.path, roots) {
                self.roots[at].remove(outcome);
            }
        }
        self.writes
            .retain(|(write, _)| !paths.contains(write.path.as_path()));
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::{names_module, resolve_relative};
    use crate::core::analysis::{Exports, analyze_exporting};
    use crate::core::import_words::ImportWords;
    use crate::core::options::Options;

    fn exports(source: &str, package: Option<&str>) -> Exports {
        let tree = crate::core::parse::parse(source).expect("test source parses");
        let options = Options {
            package: package.map(str::to_string),
            ..Options::default()
        };
        let (_, exports) = analyze_exporting(&tree, source, &options).expect("shallow source");
        exports
    }

    #[test]
    fn a_first_look_keeps_relative_reexports_that_the_run_resolves_as_the_analysis_would() {
        let dir = tempfile::tempdir().expect("temp dir");
        let sub = dir.path().join("pkg/sub");
        std::fs::create_dir_all(&sub).expect("folders");
        std::fs::write(dir.path().join("pkg/__init__.py"), "").expect("write");
        std::fs::write(sub.join("__init__.py"), "").expect("write");
        let source = "from .par import parmap\nfrom . import engine\nfrom .. import top\n\
            from ..ops.run import go as run\nfrom ... import beyond\nfrom pkg.x import y\n\
            from .stars import *\nfrom .. import *\nfrom ... import *\n";
        let mut first = exports(source, None);
        let told = exports(source, Some("pkg.sub"));
        let targets = |exports: &Exports| {
            let aliases = exports.aliases.iter();
            aliases
                .map(|alias| format!("{}={}", alias.name, alias.target))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            targets(&first),
            [
                "beyond=...beyond",
                "engine=.engine",
                "parmap=.par.parmap",
                "run=..ops.run.go",
                "top=..top",
                "y=pkg.x.y"
            ]
        );
        assert_eq!(first.stars, [".stars", "..", "..."]);
        resolve_relative(&mut first, &sub.join("jobs.py"));
        assert_eq!(first, told);
        assert_eq!(
            targets(&first),
            [
                "engine=pkg.sub.engine",
                "parmap=pkg.sub.par.parmap",
                "run=pkg.ops.run.go",
                "top=pkg.top",
                "y=pkg.x.y"
            ]
        );
        assert_eq!(first.stars, ["pkg.sub.stars", "pkg"]);
        // Outside a package nothing relative resolves, as for the analysis told none.
        let mut alone = exports(source, None);
        resolve_relative(&mut alone, &dir.path().join("main.py"));
        assert_eq!(targets(&alone), ["y=pkg.x.y"]);
        assert!(alone.stars.is_empty());
    }

    #[test]
    fn a_name_bound_only_under_the_main_guard_is_not_exported() {
        let names = |source: &str| -> Vec<String> {
            let exported = exports(source, Some("pkg.script"));
            exported.wrappers.iter().map(|w| w.name.clone()).collect()
        };
        let guarded = "import multiprocessing\n\
            if __name__ == \"__main__\":\n    \
                ctx = multiprocessing.get_context(\"fork\")\n    \
                def parmap(f, xs):\n        \
                    with multiprocessing.Pool(2) as p:\n            \
                        return p.map(f, xs)\n";
        assert_eq!(names(guarded), Vec::<String>::new());
        // The same bindings at module level are what importers read.
        let plain = guarded
            .replace("if __name__ == \"__main__\":\n", "")
            .replace("\n    ", "\n");
        assert_eq!(names(&plain), ["ctx", "parmap"]);
        // Redefined under the guard (an in-process stand-in for a debug run), the name an
        // importer reaches is still the module-level wrapper.
        let redefined = format!(
            "{plain}\nif __name__ == \"__main__\":\n    \
                def parmap(f, xs):\n        \
                    return list(map(f, xs))\n"
        );
        assert_eq!(names(&redefined), ["ctx", "parmap"]);
    }

    fn names(source: &str, module: &str, path: &str) -> bool {
        let bytes = source.as_bytes();
        names_module(bytes, module, Path::new(path), &ImportWords::of(bytes))
    }

    #[test]
    fn every_import_form_that_reaches_a_name_spells_its_module() {
        for source in [
            "from pkg.par import parmap\n",
            "from .par import parmap\n",
            "from ..par import parmap\n",
            "from pkg import par\npar.parmap(f, xs)\n",
            "from . import par as p\n",
            "import pkg.par\n",
            "import pkg.par as p\n",
            "from pkg.par import *\n",
        ] {
            assert!(names(source, "par", "/src/app/main.py"), "{source}");
        }
    }

    #[test]
    fn a_relative_import_of_a_package_name_counts_inside_the_package() {
        let source = "from . import parmap\n";
        assert!(names(source, "pkg", "/src/pkg/sub/main.py"));
        assert!(!names(source, "pkg", "/src/other/main.py"));
    }

    #[test]
    fn another_module_of_the_same_name_does_not() {
        // astropy: `console` re-exported by a test module is not what `utils.console` gives.
        let source = "from astropy.utils.console import ProgressBar\n";
        assert!(!names(
            source,
            "test_console",
            "/src/astropy/table/table.py"
        ));
        // A comment or a string is not an import.
        let source = "# see test_console\nx = 'test_console is slow'\n";
        assert!(!names(
            source,
            "test_console",
            "/src/astropy/table/table.py"
        ));
        // A top-level module has no module above it.
        assert!(names("import par\n", "", "/src/main.py"));
    }
}
