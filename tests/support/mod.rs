//! What the fixture tests share: reading a fixture's directives and markers.
//!
//! A fixture says what it expects in comments, so that the expectation sits next to the code it
//! is about:
//! - `# picklefix-test: unsafe-fixes` in the first lines: check with unsafe fixes applied.
//! - `# picklefix-test: refused`: every finding must come without a fix that could apply,
//!   even with unsafe fixes (picklefix reports what it cannot carry by value).
//! - `# PKL001` (or several codes, `# PKL002 PKL002`) as the trailing comment of a line: the
//!   line where a callable argument that must be reported begins. A line without a marker must
//!   have no finding.

#![allow(dead_code)] // Each test crate uses a different part of this module.

use std::path::{Path, PathBuf};

use picklefix::Options;
use picklefix::core::rules::Rule;

/// The directory holding `programs/` and `cases/`.
pub fn fixtures_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("fixtures")
}

/// A fixture's path relative to the fixtures directory, with `/` separators (`programs/a.py`).
pub fn relative_name(path: &Path) -> String {
    let base = fixtures_dir();
    let relative = path.strip_prefix(&base).unwrap_or(path);
    relative
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join("/")
}

/// A fixture's bytes and its text as picklefix reads a file: decoded by its PEP 263 coding
/// cookie (UTF-8 without one), so a latin-1 fixture is read as Python reads it.
pub struct FixtureSource {
    pub bytes: Vec<u8>,
    pub text: String,
}

impl FixtureSource {
    /// Read and decode a fixture; panics with the path and the reason when it cannot.
    pub fn read(path: &Path) -> FixtureSource {
        let bytes = std::fs::read(path)
            .unwrap_or_else(|error| panic!("cannot read fixture {}: {error}", path.display()));
        let text = picklefix::run::encoding::Source::decode(&bytes)
            .unwrap_or_else(|error| panic!("cannot decode fixture {}: {error}", path.display()))
            .text
            .into_owned();
        FixtureSource { bytes, text }
    }

    /// A fixed text as the bytes picklefix would write: the fixture's encoding, its byte order
    /// mark and line endings.
    pub fn encode(&self, fixed: &str) -> Result<Vec<u8>, String> {
        picklefix::run::encoding::Source::decode(&self.bytes)?.encode(fixed)
    }
}

/// How far from the top of a fixture its directives may be.
const DIRECTIVE_LINES: usize = 10;
const DIRECTIVE_PREFIX: &str = "# picklefix-test:";

/// What a fixture's directives ask for.
#[derive(Debug, Default)]
pub struct Directives {
    pub settings: Options,
    /// Its findings must have no fix that applies, even with unsafe fixes.
    pub refused: bool,
}

/// The settings a fixture asks for.
pub fn settings(source: &str) -> Result<Options, String> {
    directives(source).map(|directives| directives.settings)
}

/// The directives of a fixture.
pub fn directives(source: &str) -> Result<Directives, String> {
    let mut directives = Directives::default();
    for (number, line) in source.lines().enumerate() {
        let Some(rest) = line.trim_start().strip_prefix(DIRECTIVE_PREFIX) else {
            continue;
        };
        if number >= DIRECTIVE_LINES {
            return Err(format!(
                "line {}: directives belong in the first {DIRECTIVE_LINES} lines",
                number + 1
            ));
        }
        for word in rest.split([',', ' ', '\t']).filter(|w| !w.is_empty()) {
            match word {
                "unsafe-fixes" => directives.settings.unsafe_fixes = true,
                "refused" => directives.refused = true,
                other => {
                    return Err(format!("line {}: unknown directive `{other}`", number + 1));
                }
            }
        }
    }
    Ok(directives)
}

/// One expected or reported finding: 1-based line and rule code.
pub type Mark = (usize, &'static str);

/// The findings a fixture's markers announce, sorted, with repeats (`# PKL002 PKL002` is two).
pub fn markers(source: &str) -> Result<Vec<Mark>, String> {
    let mut marks = Vec::new();
    for (number, line) in source.lines().enumerate() {
        let line_no = number + 1;
        match marker_codes(line) {
            Some(codes) => {
                for code in codes {
                    let rule = Rule::from_code(code)
                        .filter(|rule| rule.code() == code)
                        .ok_or_else(|| format!("line {line_no}: unknown rule code `{code}`"))?;
                    marks.push((line_no, rule.code()));
                }
            }
            None if line.to_ascii_uppercase().contains("PKL0") => {
                return Err(format!(
                    "line {line_no}: malformed marker (write `# PKL00N` as the whole trailing \
                     comment): {line:?}"
                ));
            }
            None => {}
        }
    }
    marks.sort();
    Ok(marks)
}

/// The codes of a trailing marker comment: the last `#` on the line followed only by
/// white-space separated `PKLnnn` words.
fn marker_codes(line: &str) -> Option<Vec<&str>> {
    let (_, comment) = line.rsplit_once('#')?;
    let codes: Vec<&str> = comment.split_whitespace().collect();
    let is_code = |word: &&str| {
        word.len() == 6 && word.starts_with("PKL") && word[3..].bytes().all(|b| b.is_ascii_digit())
    };
    (!codes.is_empty() && codes.iter().all(is_code)).then_some(codes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_markers() {
        let source = "a = 1\nb = f(lambda: 1, lambda: 2)  # PKL002 PKL002\nc = '#'  # PKL003\n";
        assert_eq!(
            markers(source).expect("valid markers"),
            vec![(2, "PKL002"), (2, "PKL002"), (3, "PKL003")]
        );
    }

    #[test]
    fn rejects_malformed_markers() {
        assert!(markers("x = 1  # PKL02\n").is_err());
        assert!(markers("x = 1  # PKL002 lambda\n").is_err());
        assert!(markers("x = 1  # PKL009\n").is_err());
    }

    #[test]
    fn reads_directives() {
        let source = "# picklefix-test: unsafe-fixes\nx = 1\n";
        assert!(settings(source).expect("valid directive").unsafe_fixes);
        let refused = directives("# picklefix-test: refused, unsafe-fixes\n").expect("valid");
        assert!(refused.refused && refused.settings.unsafe_fixes);
        assert!(settings("# picklefix-test: fast\n").is_err());
    }
}
