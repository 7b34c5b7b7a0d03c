//! Checking files in parallel: for each file, read, decode, prefilter, check, and then report,
//! diff or write, producing one `FileOutcome` per file in the order the paths were given.
//!
//! Each step that can fail on one file turns the failure into a `Problem` on that file and
//! moves on. Decoding is strict: a NUL byte marks a binary file, a UTF-8 byte order mark is
//! set aside for the analysis and put back on the fixed text, and anything that is not UTF-8 is
//! refused (Python's default source encoding is UTF-8; guessing another could corrupt the file
//! on write). Rendering diagnostics here, while the source is at hand, lets the outcome drop
//! the source text.

use std::fs;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use rayon::prelude::*;
use rayon::{ThreadPool, ThreadPoolBuilder};

use crate::analysis;
use crate::config::{Config, Mode};
use crate::diagnostic::Diagnostic;
use crate::edit::Applicability;
use crate::engine::{Checked, Fixed, Settings, check_source};
use crate::outcome::{Counts, FileOutcome, Problem};
use crate::parse::SyntaxError;
use crate::render;
use crate::source::LineIndex;
use crate::write;

/// Stack size of the worker threads: the analysis recurses over the syntax tree, and real code
/// (generated files, long `elif` chains) nests deeper than the default 2 MiB allows.
const STACK_SIZE: usize = 16 * 1024 * 1024;

const BOM: &str = "\u{feff}";

/// The pool the files are checked on, with `threads` workers.
pub fn thread_pool(threads: usize) -> Result<ThreadPool> {
    ThreadPoolBuilder::new()
        .num_threads(threads)
        .stack_size(STACK_SIZE)
        .thread_name(|index| format!("picklefix-{index}"))
        .build()
        .context("Could not start the worker threads")
}

/// Check `paths` on the current rayon pool; the outcomes are in the order of `paths`.
pub fn check_files(paths: &[PathBuf], config: &Config) -> Vec<FileOutcome> {
    paths
        .par_iter()
        .map(|path| check_file(path, config))
        .collect()
}

/// Check a source read from stdin, shown as `name`. With `--fix`, the outcome carries the text
/// for stdout: the fixed source, or the source as read when it could not be fixed.
pub fn check_stdin(name: &str, bytes: Vec<u8>, config: &Config) -> FileOutcome {
    let mut outcome = check_bytes(Path::new(name), &bytes, Target::Stdin, config);
    if config.mode == Mode::Fix && outcome.output.is_none() {
        outcome.output = Some(bytes);
    }
    outcome
}

/// Where fixed text goes with `--fix`.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Target {
    File,
    Stdin,
}

fn check_file(path: &Path, config: &Config) -> FileOutcome {
    match fs::read(path) {
        Ok(bytes) => check_bytes(path, &bytes, Target::File, config),
        Err(error) => FileOutcome::failed(Problem::error(
            path.to_path_buf(),
            format!("could not read: {error}"),
        )),
    }
}

fn check_bytes(path: &Path, bytes: &[u8], target: Target, config: &Config) -> FileOutcome {
    let source = match Source::decode(bytes) {
        Ok(source) => source,
        Err(message) => return FileOutcome::failed(Problem::error(path.to_path_buf(), message)),
    };
    if !analysis::may_contain_sites(source.text.as_bytes()) {
        return FileOutcome::clean(path.to_path_buf());
    }
    let checked = match check_source(source.text, &config.settings) {
        Ok(checked) => checked,
        Err(error) => return FileOutcome::failed(syntax_problem(path, source.text, &error)),
    };
    if let Some(message) = checked.skipped {
        return FileOutcome::failed(Problem::error(path.to_path_buf(), message));
    }
    let mut outcome = match (config.mode, &checked.fixed) {
        (Mode::Diff, Some(fixed)) => diff(path, &source, fixed, &checked, config),
        (Mode::Fix, Some(fixed)) => fix(path, &source, fixed, &checked, target, config),
        (Mode::Report, _) | (_, None) => report(path, source.text, &checked, &config.settings),
    };
    if let Some(message) = checked.internal_error {
        outcome.problem = Some(Problem::internal(path.to_path_buf(), message));
    }
    outcome
}

/// A file's text as the analysis sees it.
struct Source<'a> {
    /// The whole file, byte order mark included.
    full: &'a str,
    /// The file without its byte order mark.
    text: &'a str,
}

impl<'a> Source<'a> {
    fn decode(bytes: &'a [u8]) -> Result<Source<'a>, String> {
        if memchr::memchr(0, bytes).is_some() {
            return Err("binary file (it contains a NUL byte); skipped".into());
        }
        let full = std::str::from_utf8(bytes)
            .map_err(|_| "not valid UTF-8 (picklefix reads UTF-8 source only)".to_string())?;
        let text = full.strip_prefix(BOM).unwrap_or(full);
        Ok(Source { full, text })
    }

    /// `fixed` (a fix of `text`) with the byte order mark put back when the file had one.
    fn restore(&self, fixed: &str) -> String {
        let bom = &self.full[..self.full.len() - self.text.len()];
        format!("{bom}{fixed}")
    }
}

fn syntax_problem(path: &Path, text: &str, error: &SyntaxError) -> Problem {
    let position = LineIndex::new(text).line_col(text, error.offset);
    Problem::syntax(path.to_path_buf(), position, error.message.clone())
}

/// Every finding, rendered, with nothing fixed.
fn report(path: &Path, text: &str, checked: &Checked, settings: &Settings) -> FileOutcome {
    let found = checked.diagnostics.len();
    FileOutcome {
        path: path.to_path_buf(),
        lines: render_lines(path, text, &checked.diagnostics, settings),
        counts: Counts {
            found,
            ..remaining_counts(&checked.diagnostics, settings)
        },
        ..FileOutcome::default()
    }
}

/// The diff of the fixes, and the counts of what they resolve and leave.
fn diff(
    path: &Path,
    source: &Source<'_>,
    fixed: &Fixed,
    checked: &Checked,
    config: &Config,
) -> FileOutcome {
    let new = source.restore(&fixed.text);
    let diff = render::unified_diff(&path.display().to_string(), source.full, &new);
    FileOutcome {
        diff: Some(diff).filter(|diff| !diff.is_empty()),
        ..fixed_outcome(path, fixed, checked.diagnostics.len(), &config.settings)
    }
}

/// Write the fixes (or hand them to stdout), then report what remains. When the write fails,
/// the file is as it was, so every finding remains.
fn fix(
    path: &Path,
    source: &Source<'_>,
    fixed: &Fixed,
    checked: &Checked,
    target: Target,
    config: &Config,
) -> FileOutcome {
    let new = source.restore(&fixed.text);
    let written = match target {
        Target::Stdin => Ok(()),
        Target::File if new == source.full => Ok(()),
        Target::File => write::replace_file(path, source.full.as_bytes(), new.as_bytes()),
    };
    if let Err(error) = written {
        let mut outcome = report(path, source.text, checked, &config.settings);
        outcome.problem = Some(Problem::error(path.to_path_buf(), format!("{error:#}")));
        return outcome;
    }
    FileOutcome {
        output: (target == Target::Stdin).then(|| new.into_bytes()),
        ..fixed_outcome(path, fixed, checked.diagnostics.len(), &config.settings)
    }
}

/// The outcome once `fixed` is in place: the remaining findings rendered against the new text.
fn fixed_outcome(path: &Path, fixed: &Fixed, found: usize, settings: &Settings) -> FileOutcome {
    FileOutcome {
        path: path.to_path_buf(),
        lines: render_lines(path, &fixed.text, &fixed.remaining, settings),
        counts: Counts {
            found,
            fixed: fixed.applied,
            ..remaining_counts(&fixed.remaining, settings)
        },
        ..FileOutcome::default()
    }
}

fn render_lines(
    path: &Path,
    text: &str,
    diagnostics: &[Diagnostic],
    settings: &Settings,
) -> Vec<String> {
    let shown = path.display().to_string();
    let index = LineIndex::new(text);
    diagnostics
        .iter()
        .map(|diagnostic| render::diagnostic_line(&shown, text, &index, diagnostic, settings))
        .collect()
}

/// Counts of `remaining` findings: how many a fix would resolve now, and how many only with
/// `--unsafe-fixes`.
fn remaining_counts(remaining: &[Diagnostic], settings: &Settings) -> Counts {
    let fixes = || remaining.iter().filter_map(|d| d.fix.as_ref());
    Counts {
        remaining: remaining.len(),
        fixable: fixes().filter(|fix| settings.applies(fix)).count(),
        unsafe_fixable: fixes()
            .filter(|fix| fix.applicability == Applicability::Unsafe && !settings.applies(fix))
            .count(),
        ..Counts::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decoding_sets_the_bom_aside_and_puts_it_back() {
        let bytes = "\u{feff}import multiprocessing\n".as_bytes();
        let source = Source::decode(bytes).unwrap();
        assert_eq!(source.text, "import multiprocessing\n");
        assert_eq!(source.restore("x\n"), "\u{feff}x\n");
        let plain = Source::decode(b"x = 1\n").unwrap();
        assert_eq!(plain.restore("y\n"), "y\n");
    }

    #[test]
    fn decoding_refuses_binary_and_other_encodings() {
        let binary = Source::decode(b"x = 1\0\n").err().unwrap();
        assert!(binary.starts_with("binary file"));
        let latin1 = Source::decode(b"s = '\xe9'\n").err().unwrap();
        assert_eq!(
            latin1,
            "not valid UTF-8 (picklefix reads UTF-8 source only)"
        );
    }
}
