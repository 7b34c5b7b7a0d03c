//! The modules whose fixes would add a public name to what a star import of them binds.
//!
//! A nested `def load` lifted to module level keeps its name (`lift::names`). In a module
//! without `__all__`, `from .batch import *` binds every public name, so the new `load` is
//! bound in the importer too, over a name of its own or of a module it star-imported before:
//!
//! ```text
//! # loaders/__init__.py
//! from .io import *        # load(path), the package's API
//! from .batch import *     # now binds the lifted load(name) over it
//! ```
//!
//! A file's first look says whether one of its fixes binds such a name (`Exports::
//! public_lifts`). Once the rounds of `wrappers` are over, the run looks for a file that may
//! star-import one of those modules: its import words may hold a star import naming the
//! module's last segment (`ImportWords`), and its text has one (`import_words::
//! star_imports`). Those modules are analysed again with `Options::private_lifts`, which
//! names the lifted functions `_load`, as a maintainer would keep a helper out of the
//! package's API. A run whose fixes bind no public name, or in which no file has a star
//! import, reads nothing more.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use crate::core::import_words;
use crate::run::file_list::FileList;
use crate::run::read;

/// The last segment of the module the file at `path` is: its stem, or its folder's name
/// for a package's `__init__.py`.
fn tail(path: &Path) -> Option<String> {
    let stem = path.file_stem()?.to_str()?;
    if stem != "__init__" {
        return Some(stem.to_string());
    }
    Some(path.parent()?.file_name()?.to_str()?.to_string())
}

/// The files among `flagged` that another file of the run may star-import, each with its
/// group, in path order.
pub(super) fn star_imported(
    files: &FileList,
    flagged: &BTreeSet<PathBuf>,
) -> Vec<(PathBuf, usize)> {
    if flagged.is_empty() {
        return Vec::new();
    }
    let tails: BTreeMap<&PathBuf, String> = flagged
        .iter()
        .filter_map(|path| Some((path, tail(path)?)))
        .collect();
    let mut wanted: Vec<String> = tails.values().cloned().collect();
    wanted.sort_unstable();
    wanted.dedup();
    let mut groups: BTreeMap<PathBuf, usize> = BTreeMap::new();
    let mut starred: BTreeSet<String> = BTreeSet::new();
    files.for_each_path(|index, path| {
        let (imports, group) = files.words(index);
        if flagged.contains(path) {
            groups.insert(path.to_path_buf(), group);
        }
        if !imports.may_import_star() {
            return;
        }
        let maybe: Vec<&String> = wanted
            .iter()
            .filter(|tail| !starred.contains(*tail) && imports.may_hold(tail))
            .collect();
        if maybe.is_empty() {
            return;
        }
        // A file that cannot be read now was reported by its first look, if it was a
        // candidate; it star-imports nothing the run can see.
        let found = read::with_source(path, |bytes| {
            maybe
                .into_iter()
                .filter(|tail| import_words::star_imports(bytes, tail, path))
                .cloned()
                .collect::<Vec<String>>()
        });
        starred.extend(found.unwrap_or_default());
    });
    tails
        .into_iter()
        .filter(|(_, tail)| starred.contains(tail))
        .filter_map(|(path, _)| Some((path.clone(), *groups.get(path)?)))
        .collect()
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::tail;

    #[test]
    fn a_module_is_named_by_its_stem_and_a_package_by_its_folder() {
        assert_eq!(
            tail(Path::new("loaders/batch.py")).as_deref(),
            Some("batch")
        );
        assert_eq!(
            tail(Path::new("loaders/__init__.py")).as_deref(),
            Some("loaders")
        );
    }
}
