//! `per-file-ignores`: rules switched off for the files a glob matches, read and matched as
//! ruff reads and matches its `lint.per-file-ignores`, so that a table copied from a ruff
//! configuration means the same here.
//!
//! A pattern matches a file when it matches the file's name (`__init__.py`), or its absolute
//! path once the pattern is anchored at the settings file's directory (`tests/*` matches
//! `<dir>/tests/a.py` and, since `*` crosses `/` as in ruff, `<dir>/tests/unit/b.py`). A
//! leading `!` negates the pattern: its rules are ignored in the files it does not match.
//! The rules a file's matching entries name are taken out of its project's selection.

use std::path::{Path, PathBuf};

use globset::{Glob, GlobMatcher};

use crate::core::rules::RuleSet;
use crate::settings::settings_file::Selector;

/// One entry of the table, compiled.
#[derive(Clone, Debug)]
pub struct PerFileIgnore {
    /// The pattern anchored at the settings file's directory, against a file's absolute path.
    absolute: GlobMatcher,
    /// The pattern as written, against a file's name.
    name: GlobMatcher,
    /// `!pattern`: the rules apply to the files that do not match.
    negated: bool,
    rules: RuleSet,
}

/// Compile `entries` (pattern, selectors) of the settings file in `dir`; an error names the
/// pattern that is not a valid glob.
pub fn compile(
    entries: &[(String, Vec<Selector>)],
    dir: &Path,
) -> Result<Vec<PerFileIgnore>, String> {
    entries
        .iter()
        .map(|(pattern, selectors)| {
            let (negated, glob) = match pattern.strip_prefix('!') {
                Some(rest) => (true, rest),
                None => (false, pattern.as_str()),
            };
            let anchored: PathBuf = dir.join(glob);
            Ok(PerFileIgnore {
                absolute: matcher(&anchored.to_string_lossy(), pattern)?,
                name: matcher(glob, pattern)?,
                negated,
                rules: RuleSet::of(selectors.iter().flat_map(|selector| selector.0.iter())),
            })
        })
        .collect()
}

fn matcher(glob: &str, pattern: &str) -> Result<GlobMatcher, String> {
    Glob::new(glob)
        .map(|glob| glob.compile_matcher())
        .map_err(|error| format!("`{pattern}` is not a valid glob: {}", error.kind()))
}

/// The rules that `entries` switch off for the file at `absolute` (a normalized absolute path).
pub fn ignored(entries: &[PerFileIgnore], absolute: &Path) -> RuleSet {
    let name = absolute.file_name().map(Path::new);
    let matching = entries.iter().filter(|entry| {
        let matched =
            entry.absolute.is_match(absolute) || name.is_some_and(|name| entry.name.is_match(name));
        matched != entry.negated
    });
    RuleSet::of(matching.flat_map(|entry| entry.rules.iter()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::rules::Rule;

    fn ignores(pattern: &str, path: &str) -> bool {
        let selectors = vec![Selector(RuleSet::of([Rule::LambdaCallable]))];
        let entries = compile(&[(pattern.to_string(), selectors)], Path::new("/proj")).unwrap();
        ignored(&entries, Path::new(path)).contains(Rule::LambdaCallable)
    }

    #[test]
    fn patterns_match_as_in_ruff() {
        assert!(ignores("tests/*", "/proj/tests/a.py"));
        assert!(ignores("tests/*", "/proj/tests/unit/b.py"));
        assert!(!ignores("tests/*", "/proj/src/tests.py"));
        assert!(ignores("__init__.py", "/proj/src/pkg/__init__.py"));
        assert!(ignores("*.py", "/elsewhere/a.py"));
        assert!(!ignores("unit/*", "/proj/tests/unit/b.py"));
        assert!(ignores("!src/*", "/proj/top.py"));
        assert!(!ignores("!src/*", "/proj/src/c.py"));
    }

    #[test]
    fn a_bad_glob_is_named() {
        let error = compile(&[("a[".to_string(), Vec::new())], Path::new("/proj")).unwrap_err();
        assert!(error.starts_with("`a[` is not a valid glob"), "{error}");
    }
}
