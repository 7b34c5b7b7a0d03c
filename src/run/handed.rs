//! The pools a file passes to a function of another file of the run (`analysis::handed`),
//! followed to the file that defines the function: that file is analysed again with the
//! parameter assumed to hold such a pool, so that its wrappers are inferred, and `wrappers`
//! takes them on from there as from any file's exports.
//!
//! What it costs a tree without this shape: the first look lists, for each analysed file, the
//! calls of imported functions that pass a process pool, which are few; when none names a
//! module of the run, no file is read again. Files are matched by the stem of the module's
//! last segment first (`par` for `pkg.par`), so only those are named (`package::Modules`), and
//! only one whose text spells `def <name>(`, or `class <name>` for a class whose constructor
//! may keep the pool (`analysis::kept_pools`), is analysed again.
//!
//! A function a package re-exports (`from pkg import run_task`, with `from .workers import
//! run_task` in `pkg/__init__.py`) is named by the caller at the package's path. The module
//! found there spells the name only in an import: it is analysed again for its re-exports
//! (`Exports::aliases`), which `wrappers` keeps, and the function is followed from there to
//! the module that defines it (`resolve`).

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};

use crate::core::analysis::{Exports, HandedPool, Held, NamePart};

/// What tells one request of the run from another (`HandedPool::request`).
type Request = (
    String,
    Option<usize>,
    Option<String>,
    Option<NamePart>,
    bool,
);
use crate::run::file_list::FileList;
use crate::run::package::{Modules, module_of, package_of};
use crate::run::read;
use crate::run::scheduler::Candidate;
use crate::run::wrappers::Reexport;

/// Every pool parameter the run has followed so far, by its function's absolute dotted path.
#[derive(Default)]
pub(super) struct HandedPools {
    pub(super) known: Vec<HandedPool>,
    /// The functions whose files were picked, so that a file is picked again only for a
    /// parameter (or a part of a name) it has not been told of.
    seen: BTreeSet<Request>,
    /// The functions whose module only imports them, waiting for its re-exports (`resolve`).
    reexported: Vec<HandedPool>,
    /// The files of the run by the last segment of the module each is (`named_stem`), made on
    /// first use, so that each look-up reads the paths of the modules it wants, not all.
    stems: Option<HashMap<String, Vec<usize>>>,
}

impl HandedPools {
    /// Take the pools the files of `exports` pass, absolute; the files that define a function
    /// one of them newly names, to analyse again with every parameter known so far.
    pub(super) fn learn(
        &mut self,
        exports: &mut [(PathBuf, Exports)],
        files: &FileList,
        modules: &mut Modules,
    ) -> Vec<Candidate> {
        let mut new = Vec::new();
        let mut own = Vec::new();
        for (path, exports) in exports.iter_mut() {
            let package = match exports
                .handed_pools
                .iter()
                .any(|h| h.function.starts_with('.'))
            {
                true => package_of(path),
                false => None,
            };
            for mut handed in std::mem::take(&mut exports.handed_pools) {
                // A name handed over itself is reported in its own file, saying by which.
                if let Held::Name { by, .. } = &mut handed.held {
                    *by = path.display().to_string();
                }
                // A class of the file itself (`analysis::handed`), named as the file's own
                // analysis will name its module.
                let here = !handed.function.contains('.');
                let function = match here {
                    true => own_module(path).map(|module| format!("{module}.{}", handed.function)),
                    false => absolute(&handed.function, package.as_deref()),
                };
                let Some(function) = function else {
                    continue;
                };
                handed.function = function;
                if self.seen.insert(handed.request()) {
                    if here && !own.contains(path) {
                        own.push(path.clone());
                    }
                    new.push(handed);
                }
            }
        }
        if new.is_empty() {
            return Vec::new();
        }
        let own = own_candidates(files, &own);
        let mut picked = self.pick(new, files, modules);
        for candidate in own {
            if !picked.iter().any(|known| known.path == candidate.path) {
                picked.push(candidate);
            }
        }
        picked
    }

    /// Follow each function waiting in `reexported` whose module's re-export is now known
    /// (`reexports`, by the path it makes: `pkg.run_task` to `pkg.workers.run_task`) to the
    /// path it names; the files that define one, to analyse again.
    pub(super) fn resolve(
        &mut self,
        reexports: &BTreeMap<String, Reexport>,
        files: &FileList,
        modules: &mut Modules,
    ) -> Vec<Candidate> {
        if self.reexported.is_empty() {
            return Vec::new();
        }
        let (ready, waiting): (Vec<HandedPool>, Vec<HandedPool>) =
            std::mem::take(&mut self.reexported)
                .into_iter()
                .partition(|handed| reexports.contains_key(&handed.function));
        self.reexported = waiting;
        let mut new = Vec::new();
        for mut handed in ready {
            if let Some(Reexport { target, .. }) = reexports.get(&handed.function) {
                handed.function = target.clone();
                if self.seen.insert(handed.request()) {
                    new.push(handed);
                }
            }
        }
        match new.is_empty() {
            true => Vec::new(),
            false => self.pick(new, files, modules),
        }
    }

    /// Know the functions of `new`, absolute; the files that define them, or that import them
    /// for their re-exports (whose functions wait in `reexported`).
    fn pick(
        &mut self,
        new: Vec<HandedPool>,
        files: &FileList,
        modules: &mut Modules,
    ) -> Vec<Candidate> {
        self.pick_at(new, files, modules, 0)
    }

    /// `pick`, `depth` star imports away from the module that first named the functions.
    fn pick_at(
        &mut self,
        mut new: Vec<HandedPool>,
        files: &FileList,
        modules: &mut Modules,
        depth: usize,
    ) -> Vec<Candidate> {
        new.sort_by(|a, b| a.function.cmp(&b.function));
        let mut wanted: BTreeMap<&str, Vec<(&str, Spelled)>> = BTreeMap::new();
        for handed in &new {
            if let Some((module, name)) = handed.function.rsplit_once('.') {
                let spelled = match &handed.held {
                    Held::Name {
                        part: NamePart::Returned,
                        ..
                    } => Spelled::Function,
                    Held::Name { .. } => Spelled::Lambda,
                    _ => Spelled::FunctionOrClass,
                };
                wanted.entry(module).or_default().push((name, spelled));
            }
        }
        let stems = self.stems.get_or_insert_with(|| stem_index(files));
        let (mut picked, imported, starred) = defining(files, modules, stems, &wanted);
        let waiting = new
            .iter()
            .filter(|handed| imported.contains(&handed.function));
        self.reexported.extend(waiting.cloned());
        // A function a module may bind by a star import, followed to each module it
        // star-imports: the one that defines it is analysed.
        let mut through: Vec<HandedPool> = Vec::new();
        for handed in &new {
            for target in starred.get(&handed.function).into_iter().flatten() {
                let through_star = HandedPool {
                    function: target.clone(),
                    ..handed.clone()
                };
                if self.seen.insert(through_star.request()) {
                    through.push(through_star);
                }
            }
        }
        self.known.extend(new);
        if !through.is_empty() && depth < MAX_STARS {
            for candidate in self.pick_at(through, files, modules, depth + 1) {
                if !picked.iter().any(|known| known.path == candidate.path) {
                    picked.push(candidate);
                }
            }
        }
        picked
    }
}

/// The module name a file's own analysis gives it (`file::options_for`).
fn own_module(path: &Path) -> Option<String> {
    module_of(path, package_of(path).as_deref())
}

/// The files of `paths` that hand a pool to a class of their own, to analyse again.
fn own_candidates(files: &FileList, paths: &[PathBuf]) -> Vec<Candidate> {
    if paths.is_empty() {
        return Vec::new();
    }
    let mut found = Vec::new();
    files.for_each_path(|index, path| {
        if !paths.iter().any(|own| own.as_path() == path) {
            return;
        }
        let Ok(metadata) = std::fs::metadata(path) else {
            return;
        };
        found.push(Candidate {
            bytes: usize::try_from(metadata.len()).unwrap_or(usize::MAX),
            group: files.words(index).1,
            path: path.to_path_buf(),
        });
    });
    found
}

/// The absolute path of `function` as an import spelled it: itself, or for a relative one
/// (`.par.pmap`, `..engine.run`), from the caller's `package` as Python resolves it.
fn absolute(function: &str, package: Option<&str>) -> Option<String> {
    let rest = function.trim_start_matches('.');
    let dots = function.len() - rest.len();
    if dots == 0 {
        return Some(function.to_string());
    }
    let mut parts: Vec<&str> = package?.split('.').collect();
    parts.truncate(parts.len().checked_sub(dots - 1)?);
    (!parts.is_empty() && !rest.is_empty()).then(|| format!("{}.{rest}", parts.join(".")))
}

/// How many star imports in a row a function handed a pool or a callable is followed
/// through (`pkg/__init__.py: from .api import *`, `pkg/api.py: from .engine import *`).
const MAX_STARS: usize = 4;

/// The files of the run whose module is one of `wanted` and defines one of its functions,
/// each with its group: first by the stem, which a module's last segment names (`par.py`, or
/// `par/__init__.py`), then by the module's name, then by a `def` of the name in its text, or
/// a `class` whose constructor may keep the pool (a pool passed to `weakref.finalize(pool,
/// ...)`, or to a name a package re-exports, makes no file read again). A name handed over
/// itself (`Held::Name`, marked `true`) is looked for as a module-level assignment of a
/// lambda (`assigns_lambda`), so that a module of functions is not read again for each
/// function another file hands to a pool. A module that defines none of them but spells one
/// after an `import` (`from .workers import run_task`) is picked for its re-exports, and the
/// functions it may re-export are listed, by their dotted path, beside the files. A module
/// that neither defines nor spells a function but has module-level star imports (`from
/// .workers import *` in `pkg/__init__.py`) may bind it through one: the function's path in
/// each module it star-imports is listed for it (`starred`), and the module is not read again.
fn defining(
    files: &FileList,
    modules: &mut Modules,
    stems: &HashMap<String, Vec<usize>>,
    wanted: &BTreeMap<&str, Vec<(&str, Spelled)>>,
) -> (Vec<Candidate>, BTreeSet<String>, Starred) {
    let indices: BTreeSet<usize> = wanted
        .keys()
        .map(|module| module.rsplit('.').next().unwrap_or(module))
        .filter_map(|stem| stems.get(stem))
        .flatten()
        .copied()
        .collect();
    let mut picked = Vec::new();
    let mut imported = BTreeSet::new();
    let mut starred = Starred::new();
    for index in indices {
        let path = files.path(index);
        let Some(module) = modules.module(&path) else {
            continue;
        };
        let Some(names) = wanted.get(module.as_str()) else {
            continue;
        };
        let read = read::with_source(&path, |bytes| {
            let found = |name: &&str| memchr::memmem::find(bytes, name.as_bytes()).is_some();
            // A class whose constructor keeps the pool (`values::handed`) is spelled
            // `class Runner:` or `class Runner(Base):`.
            let spelled = |&(name, spelled): &(&str, Spelled)| {
                let forms: &[&str] = match spelled {
                    Spelled::Lambda => return assigns_lambda(bytes, name),
                    Spelled::Function => &["def {}("],
                    Spelled::FunctionOrClass => &["def {}(", "class {}(", "class {}:"],
                };
                forms.iter().any(|form| {
                    let form = form.replace("{}", name);
                    memchr::memmem::find(bytes, form.as_bytes()).is_some()
                })
            };
            if names.iter().any(spelled) {
                return (bytes.len(), true, Vec::new(), Vec::new());
            }
            let stars = star_imports(bytes);
            let reexported: Vec<&str> = match memchr::memmem::find(bytes, b"import").is_some() {
                true => names
                    .iter()
                    .map(|&(name, _)| name)
                    .filter(|name| found(name))
                    .collect(),
                false => Vec::new(),
            };
            (bytes.len(), false, reexported, stars)
        });
        let read = read.map(|(bytes, defines, reexported, stars)| {
            if !defines && reexported.is_empty() && !stars.is_empty() {
                let package = match path.file_stem().and_then(|s| s.to_str()) {
                    Some("__init__") => Some(module.clone()),
                    _ => module
                        .rsplit_once('.')
                        .map(|(package, _)| package.to_string()),
                };
                let from: Vec<String> = stars
                    .iter()
                    .filter_map(|star| absolute(star, package.as_deref()))
                    .collect();
                for &(name, _) in names.iter().filter(|(name, _)| !name.starts_with('_')) {
                    let targets = from.iter().map(|m| format!("{m}.{name}")).collect();
                    starred.insert(format!("{module}.{name}"), targets);
                }
            }
            (defines || !reexported.is_empty()).then_some((bytes, reexported))
        });
        if let Ok(Some((bytes, reexported))) = read {
            imported.extend(reexported.iter().map(|name| format!("{module}.{name}")));
            let group = files.words(index).1;
            picked.push(Candidate { path, bytes, group });
        }
    }
    (picked, imported, starred)
}

/// The paths of a function in the modules a module's star imports may bind it from, by its
/// path in that module.
type Starred = BTreeMap<String, Vec<String>>;

/// The modules of the module-level star imports of `bytes`, as spelled (`.workers`,
/// `pkg.engine`), in source order.
fn star_imports(bytes: &[u8]) -> Vec<String> {
    if memchr::memmem::find(bytes, b"import *").is_none() {
        return Vec::new();
    }
    bytes
        .split(|&byte| byte == b'\n')
        .filter_map(|line| {
            let line = std::str::from_utf8(line).ok()?;
            let code = line.split('#').next().unwrap_or(line).trim_end();
            let rest = code.strip_prefix("from ")?;
            let (module, names) = rest.split_once(" import ")?;
            (names.trim() == "*").then(|| module.trim().to_string())
        })
        .collect()
}

/// The index of each file of the run, by the last segment of the module it is.
fn stem_index(files: &FileList) -> HashMap<String, Vec<usize>> {
    let mut stems: HashMap<String, Vec<usize>> = HashMap::new();
    files.for_each_path(|index, path| {
        if let Some(stem) = named_stem(path) {
            stems.entry(stem.to_string()).or_default().push(index);
        }
    });
    stems
}

/// How a module spells a name a request wants from it, for the run to read it again.
#[derive(Clone, Copy)]
enum Spelled {
    /// A name handed over itself: a module-level assignment of a lambda (`assigns_lambda`).
    Lambda,
    /// A factory whose returned closure is handed over (`NamePart::Returned`): `def NAME(`.
    /// A class makes an instance, no closure: `pool.map(functools.partial(...), xs)` in a
    /// run over the standard library does not read `functools.py` again for `class partial`.
    Function,
    /// A function passed a pool, or a class whose constructor may keep it.
    FunctionOrClass,
}

/// Whether `bytes` may assign a lambda to `name` at module level: a line that starts with the
/// name followed by `=` or an annotation's `:`, and the word `lambda` somewhere after it.
fn assigns_lambda(bytes: &[u8], name: &str) -> bool {
    memchr::memmem::find_iter(bytes, name.as_bytes()).any(|at| {
        let line_start = at == 0 || bytes[at - 1] == b'\n';
        let rest = &bytes[at + name.len()..];
        let after = rest
            .iter()
            .position(|&byte| byte != b' ' && byte != b'\t')
            .map(|skip| rest[skip]);
        line_start
            && matches!(after, Some(b'=' | b':'))
            && memchr::memmem::find(rest, b"lambda").is_some()
    })
}

/// The last segment of the module a file is: its stem, or its folder's name for a package's
/// `__init__.py`.
fn named_stem(path: &Path) -> Option<&str> {
    match path.file_stem()?.to_str()? {
        "__init__" => path.parent()?.file_name()?.to_str(),
        stem => Some(stem),
    }
}

#[cfg(test)]
mod tests {
    use super::{absolute, assigns_lambda};

    #[test]
    fn a_name_assigned_a_lambda_at_module_level_is_spelled_so() {
        assert!(assigns_lambda(b"SQUARE = lambda x: x * x\n", "SQUARE"));
        assert!(assigns_lambda(b"import m\nF: Callable = lambda: 1\n", "F"));
        assert!(!assigns_lambda(
            b"def SQUARE(x):\n    return x * x\n",
            "SQUARE"
        ));
        assert!(!assigns_lambda(b"SQUARE = math.sqrt\n", "SQUARE"));
        assert!(!assigns_lambda(b"    SQUARE = lambda x: x\n", "SQUARE"));
        assert!(!assigns_lambda(b"MY_SQUARE = lambda x: x\n", "SQUARE"));
    }

    #[test]
    fn relative_paths_resolve_from_the_callers_package() {
        assert_eq!(
            absolute("pkg.par.pmap", None).as_deref(),
            Some("pkg.par.pmap")
        );
        assert_eq!(
            absolute(".par.pmap", Some("pkg")).as_deref(),
            Some("pkg.par.pmap")
        );
        assert_eq!(
            absolute("..engine.run", Some("pkg.sub")).as_deref(),
            Some("pkg.engine.run")
        );
        assert_eq!(absolute(".par.pmap", None), None);
        assert_eq!(absolute("...par.pmap", Some("pkg")), None);
    }
}
