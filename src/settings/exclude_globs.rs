//! One project's `exclude` and `extend-exclude` globs, compiled as gitignore lines anchored at
//! the settings file's directory, and the question they answer: does a glob match this path?
//!
//! Planning asks it of every file of the run and of every directory, on one thread, and a
//! gitignore match builds a relative path and a glob candidate each time (some 7,000
//! instructions a file, 2% of a whole-tree run). Nearly every project uses only names
//! (`DEFAULT_EXCLUDES`: `build`, `.venv`, `node_modules`): a gitignore line without a slash
//! is matched as `**/line`, which matches exactly the paths whose last component is the line
//! (a literal glob, case-sensitive as the builder is). So when every line is such a plain name,
//! the answer is whether the path's last component is one of them, compared as bytes.

use std::path::{Component, Path, PathBuf};

use anyhow::{Context, Result};
use ignore::gitignore::{Gitignore, GitignoreBuilder};

/// The exclude globs of one project.
#[derive(Clone, Debug)]
pub struct ExcludeGlobs {
    globs: Gitignore,
    /// Every line, when each is a plain name (`plain_name`); `None` otherwise.
    names: Option<Vec<String>>,
}

impl ExcludeGlobs {
    /// `lines` as gitignore lines anchored at `dir`; `named` names their settings file in
    /// errors.
    pub fn new<'a>(
        dir: &Path,
        lines: impl IntoIterator<Item = &'a String>,
        named: &str,
    ) -> Result<ExcludeGlobs> {
        let mut builder = GitignoreBuilder::new(dir);
        let mut names = Some(Vec::new());
        for line in lines {
            builder.add_line(None, line).with_context(|| {
                format!("{named}: `{line}` in the excludes is not a valid glob")
            })?;
            match (&mut names, plain_name(line)) {
                (Some(names), true) => names.push(line.clone()),
                _ => names = None,
            }
        }
        let globs = builder
            .build()
            .with_context(|| format!("{named}: could not build the exclude globs"))?;
        Ok(ExcludeGlobs { globs, names })
    }

    /// Whether a glob matches `path` (absolute and normalized), a directory when `is_dir`.
    /// Only the path itself is matched, not its parents.
    pub fn matches(&self, path: &Path, is_dir: bool) -> bool {
        match &self.names {
            // The relative path is empty only at the globs' own directory. The name is
            // compared first: it rarely matches, and comparing paths takes longer.
            Some(names) => {
                path.file_name().is_some_and(|name| {
                    names
                        .iter()
                        .any(|n| n.as_bytes() == name.as_encoded_bytes())
                }) && path != self.globs.path()
            }
            None => self.matches_as_gitignore(path, is_dir),
        }
    }

    /// `matches`, asking the gitignore matcher.
    fn matches_as_gitignore(&self, path: &Path, is_dir: bool) -> bool {
        let relative: PathBuf = match path.strip_prefix(self.globs.path()) {
            Ok(relative) => relative.to_path_buf(),
            // Outside the settings file's directory only the name globs can match.
            Err(_) => path
                .components()
                .skip_while(|c| !matches!(c, Component::Normal(_)))
                .collect(),
        };
        !relative.as_os_str().is_empty() && self.globs.matched(&relative, is_dir).is_ignore()
    }
}

/// A gitignore line that is a name and nothing else: letters, digits, `_`, `-` and `.`, with
/// no `/`, no glob character, no `!` or `#` to start it, no space to trim, and not made of
/// dots alone (which name no component).
fn plain_name(line: &str) -> bool {
    let allowed = |b: &u8| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.');
    !line.is_empty() && line.bytes().all(|b| allowed(&b)) && line.bytes().any(|b| b != b'.')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn globs(lines: &[&str]) -> ExcludeGlobs {
        let lines: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
        ExcludeGlobs::new(Path::new("/p"), &lines, "test").expect("globs")
    }

    #[test]
    fn plain_names_match_as_the_gitignore_matcher_does() {
        let plain = globs(&["build", ".venv", "node_modules", "a.py", "x-y_z.1"]);
        assert!(plain.names.is_some());
        let paths = [
            "/p",
            "/",
            "/p/build",
            "/p/src/build",
            "/q/build",
            "/p/build.py",
            "/p/a.py",
            "/p/x/a.py",
            "/p/A.py",
            "/p/.venv",
            "/p/venv",
            "/p/build/x.py",
            "/q",
            "/p/x-y_z.1",
            "/p/x-y_z.12",
            "/pbuild",
            "/p/src/node_modules",
        ];
        for path in paths.map(Path::new) {
            for is_dir in [false, true] {
                assert_eq!(
                    plain.matches(path, is_dir),
                    plain.matches_as_gitignore(path, is_dir),
                    "{path:?} {is_dir}"
                );
            }
        }
        assert!(plain.matches(Path::new("/p/src/build"), true));
        assert!(!plain.matches(Path::new("/p/build.py"), false));
    }

    #[test]
    fn other_lines_go_to_the_gitignore_matcher() {
        for line in [
            "*.py", "src/gen", "build/", "!keep", "#c", "a b", "..", "a\\b", "[ab]",
        ] {
            assert!(globs(&["build", line]).names.is_none(), "{line}");
        }
        let globbed = globs(&["build", "*_pb2.py"]);
        assert!(globbed.matches(Path::new("/p/x/msg_pb2.py"), false));
        assert!(globbed.matches(Path::new("/p/build"), true));
        assert!(globs(&[]).names.is_some_and(|names| names.is_empty()));
        assert!(!globs(&[]).matches(Path::new("/p/a.py"), false));
    }
}
