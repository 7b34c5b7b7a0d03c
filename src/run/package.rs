//! The package a file is in and its module name, read from the folders above it: the core
//! resolves relative imports (`from ..par import parmap`) against the package, and knows an
//! API declared in the file (`--api pkg.runner.Runner._map=...`) by the module name; it never
//! reads the disk itself.

use std::path::{Path, PathBuf};

use rustc_hash::FxHashMap;

/// The dotted package of the file at `path`: the names of the folders above it that hold an
/// `__init__.py`, outermost first (`pkg.sub` for `pkg/sub/jobs.py` when both folders have
/// one). A folder without one inside such a package is a namespace portion of it
/// (`inside_package`). `None` when no folder close above holds one, or a folder's name is no
/// identifier.
pub fn package_of(path: &Path) -> Option<String> {
    let path = std::path::absolute(path).ok()?;
    let folder = path.parent()?;
    if !folder.join("__init__.py").is_file() {
        return inside_package(folder);
    }
    let mut parts = Vec::new();
    let mut dir = Some(folder);
    while let Some(folder) = dir.filter(|d| d.join("__init__.py").is_file()) {
        let name = folder.file_name()?.to_str()?;
        if !is_identifier(name) {
            return None;
        }
        parts.push(name);
        dir = folder.parent();
    }
    parts.reverse();
    (!parts.is_empty()).then(|| parts.join("."))
}

/// The dotted module name of the file at `path`: its package and its stem (`pkg.sub.jobs`),
/// the package alone for an `__init__.py`, the stem alone outside a package.
pub fn module_of(path: &Path, package: Option<&str>) -> Option<String> {
    let stem = path.file_stem()?.to_str()?;
    match package {
        Some(package) if stem == "__init__" => Some(package.to_string()),
        Some(package) if is_identifier(stem) => Some(format!("{package}.{stem}")),
        None if is_identifier(stem) => Some(stem.to_string()),
        _ => None,
    }
}

/// The module names of many files, reading each folder's `__init__.py` chain once. A file in
/// a folder without `__init__.py` (a namespace package, or a script's folder) is named by its
/// path under the root it was found under (`app/par.py` under `.` is `app.par`), as Python
/// names it when that root is on `sys.path`.
#[derive(Default)]
pub struct Modules {
    /// The paths the run was given, as it shows them (`discover::display_path`).
    roots: Vec<PathBuf>,
    packages: FxHashMap<PathBuf, Option<String>>,
}

impl Modules {
    pub fn new(roots: &[PathBuf]) -> Self {
        Modules {
            roots: roots.to_vec(),
            packages: FxHashMap::default(),
        }
    }

    /// `module_of` the file at `path`, with its package found once per folder.
    pub fn module(&mut self, path: &Path) -> Option<String> {
        let folder = path.parent().unwrap_or(Path::new("")).to_path_buf();
        if !self.packages.contains_key(&folder) {
            let package = package_of(path).or_else(|| self.namespace(&folder));
            self.packages.insert(folder.clone(), package);
        }
        module_of(path, self.packages.get(&folder)?.as_deref())
    }

    /// The names the file at `path` is imported by: its module, and for a file in a folder
    /// without `__init__.py` its bare stem as well, as a script beside it imports it
    /// (`tools/main.py` runs with `tools` on `sys.path` and says `from helpers import pmap`).
    pub fn names(&mut self, path: &Path) -> (Option<String>, Option<String>) {
        let module = self.module(path);
        let beside = match path.parent().map(|folder| folder.join("__init__.py")) {
            Some(init) if init.is_file() => None,
            _ => module_of(path, None),
        };
        (module, beside)
    }

    /// Whether the module `module`, imported as spelled by the file at `importer`, is Python
    /// source on disk: a `.py` file or a package, found from the importer's folder for a
    /// relative import (`._speedups`, `..core`), else under a root of the run or beside the
    /// importer (a script's folder is on `sys.path`). A compiled extension is no source: what
    /// it holds is not read.
    pub fn has_source(&self, module: &str, importer: &Path) -> bool {
        self.source_of(module, importer).is_some()
    }

    /// The file of the module `module`, imported as spelled by the file at `importer`, found
    /// as `has_source` says: its `.py` file, or its package's `__init__.py`.
    pub fn source_of(&self, module: &str, importer: &Path) -> Option<PathBuf> {
        let found = |base: &Path, dotted: &str| {
            if dotted.is_empty() {
                return Some(base.join("__init__.py")).filter(|init| init.is_file());
            }
            let relative: PathBuf = dotted.split('.').collect();
            let file = base.join(&relative).with_extension("py");
            let package = base.join(&relative).join("__init__.py");
            // A package comes before a module of the same name, as Python's finder takes it.
            [package, file]
                .into_iter()
                .find(|candidate| candidate.is_file())
        };
        let folder = importer.parent().unwrap_or(Path::new(""));
        let dots = module.len() - module.trim_start_matches('.').len();
        if dots > 0 {
            let mut base = folder;
            for _ in 1..dots {
                base = base.parent().unwrap_or(Path::new(""));
            }
            return found(base, &module[dots..]);
        }
        found(folder, module).or_else(|| {
            self.roots.iter().find_map(|root| {
                let base = match root.is_file() {
                    true => root.parent().unwrap_or(Path::new("")),
                    false => root.as_path(),
                };
                found(base, module)
            })
        })
    }

    /// Whether another file than `file` may be the module `module` for some importer of the
    /// run: one at that dotted path under another root (or under the folder of a root given
    /// as a file), as `x/utils.py` is `utils` for `x/main.py` while `y/utils.py` defines a
    /// wrapper. A script's folder comes first on `sys.path`, so neither can be taken for the
    /// other's importers.
    pub fn defined_elsewhere(&self, module: &str, file: &Path) -> bool {
        let relative: PathBuf = module.split('.').collect();
        let same = |other: &Path| std::path::absolute(other).ok() == std::path::absolute(file).ok();
        self.roots.iter().any(|root| {
            let base = match root.is_file() {
                true => root.parent().unwrap_or(Path::new("")),
                false => root.as_path(),
            };
            let module_file = base.join(&relative).with_extension("py");
            let package = base.join(&relative).join("__init__.py");
            [module_file, package]
                .iter()
                .any(|candidate| candidate.is_file() && !same(candidate))
        })
    }

    /// The dotted path of `folder` under the first root that holds it, when each of its
    /// names is an identifier; `None` for the root itself. A root given as a file is a script
    /// whose folder Python puts on `sys.path`: its folder comes first (`picklefix main.py
    /// tools/` names `tools/par/pool.py` `tools.par.pool`, as `main.py` imports it), then the
    /// folders given.
    fn namespace(&self, folder: &Path) -> Option<String> {
        self.namespaces(folder).into_iter().next()
    }

    /// Every dotted path of `folder` under a root that holds it, in the order `namespace`
    /// takes them, each once: `picklefix main.py vendor/` names `vendor/par/pool.py`
    /// `vendor.par.pool` from the script's folder and `par.pool` from `vendor/`, which a
    /// script putting `vendor` on `sys.path` imports.
    fn namespaces(&self, folder: &Path) -> Vec<String> {
        let scripts = (self.roots.iter())
            .filter(|root| root.is_file())
            .map(|script| script.parent().unwrap_or(Path::new("")));
        let folders = (self.roots.iter())
            .filter(|root| !root.is_file())
            .map(PathBuf::as_path);
        let mut found: Vec<String> = Vec::new();
        for base in scripts.chain(folders) {
            let under = match base.as_os_str() {
                dot if dot == "." || dot.is_empty() => Some(folder),
                _ => folder.strip_prefix(base).ok(),
            };
            if let Some(name) = under.and_then(dotted_folder)
                && !found.contains(&name)
            {
                found.push(name);
            }
        }
        found
    }

    /// The names of the file at `path` under the other roots that hold its folder, when the
    /// folder has no `__init__.py` (`namespaces` after the first, with the file's stem).
    pub fn other_names(&self, path: &Path) -> Vec<String> {
        let folder = path.parent().unwrap_or(Path::new(""));
        if package_of(path).is_some() {
            return Vec::new();
        }
        (self.namespaces(folder).into_iter().skip(1))
            .filter_map(|package| module_of(path, Some(&package)))
            .collect()
    }
}

/// The dotted name of the relative folder `under`, when each of its names is an identifier;
/// `None` for the root itself. The `src` layout's `src` is the folder that goes on `sys.path`,
/// not a package.
fn dotted_folder(under: &Path) -> Option<String> {
    let parts: Vec<&str> = under
        .components()
        .map(|part| part.as_os_str().to_str())
        .collect::<Option<_>>()?;
    let valid = !parts.is_empty() && parts.iter().all(|part| is_identifier(part));
    let parts = match parts.as_slice() {
        ["src", rest @ ..] if !rest.is_empty() => rest,
        all => all,
    };
    valid.then(|| parts.join("."))
}

/// How many folders without `__init__.py` may stand between a file and the regular package
/// above it (`inside_package`).
const MAX_NAMESPACE_DEPTH: usize = 3;

/// The package of a folder without `__init__.py` inside a regular package: a namespace
/// portion of it, which Python imports by the package's name and the folders' names
/// (`src/mylib/sub/par.py`, with `src/mylib/__init__.py` and no `sub/__init__.py`, is
/// `mylib.sub.par`).
fn inside_package(folder: &Path) -> Option<String> {
    let mut names = Vec::new();
    let mut current = folder;
    for _ in 0..MAX_NAMESPACE_DEPTH {
        let name = current.file_name()?.to_str()?;
        if !is_identifier(name) {
            return None;
        }
        names.push(name);
        current = current.parent()?;
        if current.join("__init__.py").is_file() {
            let package = package_of(&current.join("__init__.py"))?;
            names.reverse();
            return Some(format!("{package}.{}", names.join(".")));
        }
    }
    None
}

fn is_identifier(name: &str) -> bool {
    !name.starts_with(|c: char| c.is_ascii_digit())
        && !name.is_empty()
        && name.chars().all(|c| c.is_alphanumeric() || c == '_')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folders_with_init_make_the_package() {
        let dir = tempfile::tempdir().expect("temp dir");
        let sub = dir.path().join("pkg/sub");
        std::fs::create_dir_all(&sub).expect("folders");
        std::fs::write(dir.path().join("pkg/__init__.py"), "").expect("write");
        std::fs::write(sub.join("__init__.py"), "").expect("write");
        assert_eq!(package_of(&sub.join("jobs.py")).as_deref(), Some("pkg.sub"));
        assert_eq!(
            package_of(&sub.join("__init__.py")).as_deref(),
            Some("pkg.sub")
        );
        assert_eq!(package_of(&dir.path().join("main.py")), None);
        let jobs = sub.join("jobs.py");
        assert_eq!(
            module_of(&jobs, Some("pkg.sub")).as_deref(),
            Some("pkg.sub.jobs")
        );
        let init = sub.join("__init__.py");
        assert_eq!(
            module_of(&init, Some("pkg.sub")).as_deref(),
            Some("pkg.sub")
        );
        assert_eq!(
            module_of(Path::new("main.py"), None).as_deref(),
            Some("main")
        );
        assert_eq!(module_of(Path::new("my-script.py"), None), None);
        std::fs::remove_file(dir.path().join("pkg/__init__.py")).expect("remove");
        assert_eq!(package_of(&sub.join("jobs.py")).as_deref(), Some("sub"));
        // A folder without `__init__.py` in a package is a namespace portion of it.
        std::fs::create_dir_all(sub.join("tools/deep")).expect("folders");
        let deep = sub.join("tools/deep/par.py");
        assert_eq!(package_of(&deep).as_deref(), Some("sub.tools.deep"));
        assert_eq!(
            package_of(&sub.join("tools/par.py")).as_deref(),
            Some("sub.tools")
        );
        std::fs::create_dir_all(sub.join("a/b/c/d")).expect("folders");
        assert_eq!(
            package_of(&sub.join("a/b/c/d/par.py")),
            None,
            "too far below"
        );
        assert_eq!(package_of(&dir.path().join("main.py")), None);
    }

    #[test]
    fn folders_without_init_are_named_from_the_root() {
        let mut modules = Modules::new(&[PathBuf::from(".")]);
        assert_eq!(
            modules.module(Path::new("app/tools/par.py")).as_deref(),
            Some("app.tools.par")
        );
        assert_eq!(
            modules.module(Path::new("main.py")).as_deref(),
            Some("main")
        );
        let names = modules.names(Path::new("app/tools/par.py"));
        assert_eq!(names, (Some("app.tools.par".into()), Some("par".into())));
        let names = modules.names(Path::new("main.py"));
        assert_eq!(names, (Some("main".into()), Some("main".into())));
        // A folder that cannot be a package: its files are imported beside a script there.
        assert_eq!(
            modules.module(Path::new("my-app/par.py")).as_deref(),
            Some("par")
        );
        let mut modules = Modules::new(&[PathBuf::from("src")]);
        assert_eq!(
            modules.module(Path::new("src/app/par.py")).as_deref(),
            Some("app.par")
        );
        // The `src` layout run from the project's root: `src` goes on `sys.path`.
        let mut modules = Modules::new(&[PathBuf::from(".")]);
        assert_eq!(
            modules.module(Path::new("src/app/par.py")).as_deref(),
            Some("app.par")
        );
    }
}
