//! One file on disk: read, decode, prefilter, check, and then report, diff or write, producing
//! its `FileOutcome` (`scheduler` runs this over many files at once).
//!
//! Each step that can fail on one file turns the failure into a `Problem` on that file and
//! moves on. Decoding (`encoding`) is strict: UTF-8, or the encoding a coding cookie declares
//! when the file's bytes survive a round trip through it; anything else is refused, since
//! guessing could corrupt the file on write. A fix is written back in the file's encoding.
//! Rendering diagnostics here, while the source is at hand, lets the outcome drop the source
//! text.

use std::borrow::Cow;
use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use rayon::prelude::*;
use rayon::{ThreadPool, ThreadPoolBuilder};

use crate::core::analysis::{self, Exports};
use crate::core::check::{
    self, Checked, Fixed, check_source, check_source_unfixed, check_source_unfixed_last,
    lift_source,
};
use crate::core::diagnostic::Diagnostic;
use crate::core::fix::apply_fixes;
use crate::core::import_words::ImportWords;
use crate::core::options::Options;
use crate::core::parse::SyntaxError;
use crate::core::rules::Rule;
use crate::core::source::LineIndex;
use crate::output::finding::Finding;
use crate::output::outcome::{Counts, FileOutcome, Problem, Reviewable};
use crate::output::render;
use crate::run::encoding::Source;
use crate::run::package;
use crate::run::read;
use crate::run::write::{self, PendingWrite};
use crate::settings::config::{Config, Mode};

/// Stack size of the worker threads: the analysis recurses over the syntax tree, and real code
/// (generated files, long `elif` chains) nests deeper than the default 2 MiB allows.
const STACK_SIZE: usize = 16 * 1024 * 1024;

/// A file at least this large is large for memory's sake: after checking one, the memory its
/// syntax tree took is handed back (see `release_freed_memory`; `scheduler` does it when the
/// worker turns to a small file), and `scheduler` keeps two large files from being checked at
/// once where it can. A tree takes some 25 bytes a byte of source.
pub const LARGE_FILE: usize = 64 * 1024;

/// Hand the pages freed by a large file's tree (or by the list of every file, once the first
/// pass is done with it) back to the system. glibc's malloc keeps what
/// a thread freed in that thread's arena, so without this each worker's resident memory stays
/// at the largest tree it ever held, whether or not it holds one now, and the run's peak is
/// the sum of those highs. Measured over the benchmark corpus: 38 MiB without, 33 MiB with.
pub fn release_freed_memory() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: `malloc_trim` only walks glibc's own free lists, under its own locks.
    unsafe {
        libc::malloc_trim(0);
    }
}

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
    let path = Path::new(name);
    let mut outcome = guarded(path, || {
        check_bytes(path, &bytes, FixDestination::Stdin, config)
    })
    .outcome;
    if config.mode == Mode::Fix && outcome.output.is_none() {
        outcome.output = Some(bytes);
    }
    outcome
}

/// Where fixed text goes with `--fix`.
#[derive(Clone, Copy, PartialEq, Eq)]
enum FixDestination {
    File,
    Stdin,
    /// Written later by the run (`Analysed::write`).
    Later,
}

/// What a first look at a file found: its outcome already, or that the analysis must see it.
pub enum Screened {
    Done(Box<FileOutcome>),
    /// The prefilter lets the file through; it is this many bytes long.
    Candidate(usize),
}

/// Read, decode and prefilter `path`: the cheap first step, which settles nearly every file of
/// a large tree. A candidate is checked later with `check_file`, which reads it again.
/// Also gives the words the file's imports name, by which the run tells whether it may use a
/// wrapper that another file defines (`run::wrappers`).
pub fn screen(path: &Path, config: &Config) -> (Screened, ImportWords) {
    panic::catch_unwind(AssertUnwindSafe(|| first_look(path, config)))
        .unwrap_or_else(|_| (Screened::Done(Box::new(crashed(path))), ImportWords::ALL))
}

/// Nearly every file of a tree is read here and dropped, so it is read into the thread's
/// buffer (`read::with_source`). One search of the bytes finds both the prefilter's module
/// words and the import statements (`analysis::spells_module_noting_imports`).
fn first_look(path: &Path, config: &Config) -> (Screened, ImportWords) {
    let looked = read::with_source(path, |bytes| {
        let mut imports = ImportWords::default();
        let spelled = analysis::spells_module_noting_imports(bytes, |at| {
            imports.note_import(bytes, at);
        });
        (prefiltered(path, bytes, config, spelled), imports)
    });
    looked.unwrap_or_else(|message| {
        (
            Screened::Done(Box::new(failed(path, message))),
            ImportWords::ALL,
        )
    })
}

/// Decode and prefilter `bytes`, which spell a module word of the prefilter where `spelled`.
fn prefiltered(path: &Path, bytes: &[u8], config: &Config, spelled: bool) -> Screened {
    let source = match Source::decode(bytes) {
        Ok(source) => source,
        Err(message) => return Screened::Done(Box::new(failed(path, message))),
    };
    // The answer holds for the text when it is the bytes (less a byte order mark), not when
    // it was decoded from another encoding.
    let spelled = matches!(source.text, Cow::Borrowed(_)).then_some(spelled);
    match config.prefilter && !may_hold_findings(path, &source.text, config, spelled) {
        true => Screened::Done(Box::new(FileOutcome::clean(path.to_path_buf()))),
        false => Screened::Candidate(bytes.len()),
    }
}

/// Check one file: read, decode, prefilter, check, and report, diff or write.
pub fn check_file(path: &Path, config: &Config) -> FileOutcome {
    analyse_file(path, config, false).outcome
}

/// What the run's analysis of one file gives: its outcome, what it offers the other files of
/// the run, and, with `--fix` when the write is deferred, the write to make once the outcome is
/// final.
#[derive(Default)]
pub struct Analysed {
    pub outcome: FileOutcome,
    pub exports: Exports,
    pub write: Option<PendingWrite>,
}

/// `check_file`, keeping the file's exports; with `defer`, a fix is not written but handed back
/// as the outcome's pending write (the outcome counts it as written).
pub fn analyse_file(path: &Path, config: &Config, defer: bool) -> Analysed {
    let target = match defer {
        true => FixDestination::Later,
        false => FixDestination::File,
    };
    match read::read_source(path) {
        Ok(bytes) => guarded(path, || check_bytes(path, &bytes, target, config)),
        Err(message) => Analysed {
            outcome: failed(path, message),
            ..Analysed::default()
        },
    }
}

/// The prefilter, widened when unused suppressions are reported: a suppression in a file
/// that cannot hold a finding suppresses nothing, and saying so needs the file checked. It
/// keeps the files that may define a wrapper (`analysis::may_define_wrappers_with`, which
/// keeps all that `may_contain_sites_with` keeps), not only those that may hold a finding: a
/// wrapper's users may be in other files of the run (`run::wrappers`), and `--show-apis`
/// lists it. `spelled` says whether `text` spells a module word of the prefilter, when that
/// is known (`analysis::may_define_wrappers_spelling`).
fn may_hold_findings(path: &Path, text: &str, config: &Config, spelled: Option<bool>) -> bool {
    let bytes = text.as_bytes();
    let options = prefilter_options(path, &config.options);
    let kept = analysis::may_define_wrappers_spelling(bytes, &options, spelled);
    kept || (config.options.select.contains(Rule::UnusedNoqa) && may_hold_our_suppressions(bytes))
}

/// Whether `bytes` may hold a suppression that PKL100 can report (`suppression::unused`). A
/// directive starts right after a `#` and the spaces or tabs that follow it
/// (`suppression::parse_directive`): `picklefix` (any case) starts each `# picklefix: ...`,
/// and a `# noqa:` is reported only for a `PKL` code, which comes after it. A bare `# noqa`
/// and other linters' codes (`# noqa: E501`, in thousands of files of a large tree) are never
/// reported, so a file that holds only those need not be checked: keeping every file that
/// spelled `noqa` made `--select ALL` five times slower than the default rules over the
/// benchmark corpus. The `#` are found with memchr; a case-insensitive search for the words
/// anywhere cost as much again, since `picklefix` has 512 spellings in ASCII case.
fn may_hold_our_suppressions(bytes: &[u8]) -> bool {
    let mut first_noqa = None;
    for hash in memchr::memchr_iter(b'#', bytes) {
        let rest = &bytes[hash + 1..];
        let start = rest
            .iter()
            .position(|b| !matches!(b, b' ' | b'\t'))
            .unwrap_or(rest.len());
        let word = &rest[start..];
        if starts_with_ignoring_case(word, b"picklefix") {
            return true;
        }
        if first_noqa.is_none() && starts_with_ignoring_case(word, b"noqa") {
            first_noqa = Some(hash);
        }
    }
    first_noqa.is_some_and(|at| {
        bytes[at..]
            .windows(3)
            .any(|w| w.eq_ignore_ascii_case(b"pkl"))
    })
}

fn starts_with_ignoring_case(text: &[u8], word: &[u8]) -> bool {
    text.get(..word.len())
        .is_some_and(|head| head.eq_ignore_ascii_case(word))
}

/// The options the prefilter reads for `path`: `options_for`'s, with the file's package, when
/// a folder above it is named after an API's module (`analysis::names_api_module`), since
/// relative imports there may reach an API without spelling its module. Elsewhere the package
/// cannot matter, and is not looked up, which spares most files the folder reads.
fn prefilter_options<'o>(path: &Path, options: &'o Options) -> Cow<'o, Options> {
    if options.apis.is_empty() {
        return Cow::Borrowed(options);
    }
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let named_after_api = absolute
        .ancestors()
        .skip(1)
        .filter_map(|folder| folder.file_name()?.to_str())
        .any(analysis::names_api_module);
    match named_after_api {
        true => options_for(path, options),
        false => Cow::Borrowed(options),
    }
}

/// `check()`, with a panic turned into an internal error on `path`. A panic is a bug in
/// picklefix; without this it would end the whole run (rayon passes it on to the caller),
/// whereas one file's outcome is all it should cost. Writes are atomic, so a panic leaves the
/// file as it was.
fn guarded(path: &Path, check: impl FnOnce() -> Analysed) -> Analysed {
    panic::catch_unwind(AssertUnwindSafe(check)).unwrap_or_else(|_| Analysed {
        outcome: crashed(path),
        ..Analysed::default()
    })
}

fn failed(path: &Path, message: String) -> FileOutcome {
    FileOutcome::failed(Problem::error(path.to_path_buf(), message))
}

fn crashed(path: &Path) -> FileOutcome {
    FileOutcome::failed(Problem::internal(
        path.to_path_buf(),
        "picklefix crashed on this file (a bug: please report it with the file); it was left \
         unchanged",
    ))
}

/// The options for the file at `path`: with its package and module name when the user
/// declared APIs, which a relative import may reach or the file may define, or the run found
/// literals of imported names (`core::module_constants`). Finding them reads the folders
/// above the file, so a run without `--api` is spared.
fn options_for<'o>(path: &Path, options: &'o Options) -> Cow<'o, Options> {
    let dunder_main = path.file_name().is_some_and(|name| name == "__main__.py");
    if options.apis.is_empty()
        && options.handed_pools.is_empty()
        && options.module_constants.is_empty()
        && options.module_kept.is_empty()
    {
        if dunder_main {
            return Cow::Owned(Options {
                dunder_main,
                ..options.clone()
            });
        }
        return Cow::Borrowed(options);
    }
    let package = package::package_of(path);
    Cow::Owned(Options {
        module: package::module_of(path, package.as_deref()),
        package,
        dunder_main,
        ..options.clone()
    })
}

/// What the mode makes of a checked text: a diff, a written fix, or a report.
fn outcome_in_mode(
    path: &Path,
    source: &Source,
    checked: &Checked,
    target: FixDestination,
    config: &Config,
) -> FileOutcome {
    match (config.mode, &checked.fixed) {
        (Mode::Diff, Some(fixed)) => diff(path, source, fixed, checked, config),
        (Mode::Fix, Some(fixed)) => fix(path, source, fixed, checked, target, config),
        (Mode::Report | Mode::Review, _) | (_, None) => {
            let mut outcome = report(path, &source.text, checked, &config.options);
            if config.output.fix_help {
                add_fix_help(&source.text, &checked.diagnostics, &mut outcome.findings);
            }
            outcome
        }
    }
}

fn check_bytes(path: &Path, bytes: &[u8], target: FixDestination, config: &Config) -> Analysed {
    let source = match Source::decode(bytes) {
        Ok(source) => source,
        Err(message) => {
            return FileOutcome::failed(Problem::error(path.to_path_buf(), message)).into();
        }
    };
    if config.prefilter && !may_hold_findings(path, &source.text, config, None) {
        return FileOutcome::clean(path.to_path_buf()).into();
    }
    let options = options_for(path, &config.options);
    let checked = match config.lift {
        Some(position) => lift_source(&source.text, &options, position),
        // A report shows no fix, so it is spared applying and verifying them.
        // Without exports the file is the run's only one (`scheduler`), checked last.
        None if config.mode == Mode::Report && !options.exports => {
            check_source_unfixed_last(&source.text, &options)
        }
        None if config.mode == Mode::Report => check_source_unfixed(&source.text, &options),
        None => check_source(&source.text, &options),
    };
    let mut checked = match checked {
        Ok(checked) => checked,
        Err(error) => {
            return FileOutcome::failed(syntax_problem(path, &source.text, &error)).into();
        }
    };
    if let Some(message) = checked.skipped {
        return FileOutcome::failed(Problem::error(path.to_path_buf(), message)).into();
    }
    if let Some(message) = checked.misplaced {
        return FileOutcome::failed(Problem::usage(path.to_path_buf(), message)).into();
    }
    let exports = std::mem::take(&mut checked.exports);
    let mut outcome = outcome_in_mode(path, &source, &checked, target, config);
    let write = match target {
        FixDestination::Later => outcome.output.take().map(|new| PendingWrite {
            path: path.to_path_buf(),
            analysed: bytes.to_vec(),
            new,
        }),
        FixDestination::File | FixDestination::Stdin => None,
    };
    outcome.warnings = checked.warnings.clone();
    if config.output.show_apis {
        let shown = check::inferred_apis(&source.text, &options);
        outcome.apis = shown.wrappers;
        outcome.factories = shown.factories;
    }
    match checked.internal_error {
        Some(message) => outcome.problem = Some(Problem::internal(path.to_path_buf(), message)),
        None if config.mode == Mode::Review => {
            outcome.review = reviewable(bytes, checked, options.into_owned());
        }
        None => {}
    }
    Analysed {
        outcome,
        exports,
        write,
    }
}

impl From<FileOutcome> for Analysed {
    fn from(outcome: FileOutcome) -> Self {
        Analysed {
            outcome,
            ..Analysed::default()
        }
    }
}

/// What `--interactive` needs to review the fixes of a file, when it has any that apply. A
/// file whose fixes failed verification has none to offer: its problem is reported instead.
/// `options` are the file's own, with its package, so that the review checks it again as the
/// run did.
fn reviewable(bytes: &[u8], checked: Checked, options: Options) -> Option<Box<Reviewable>> {
    let offers = checked.diagnostics.iter().filter_map(|d| d.fix.as_ref());
    if !offers.into_iter().any(|fix| options.applies(fix)) {
        return None;
    }
    Some(Box::new(Reviewable {
        bytes: bytes.to_vec(),
        diagnostics: checked.diagnostics,
        options,
    }))
}

fn syntax_problem(path: &Path, text: &str, error: &SyntaxError) -> Problem {
    let position = LineIndex::new(text).line_col(text, error.offset);
    Problem::syntax(path.to_path_buf(), position, error.message.clone())
}

/// `--output-format full`: each finding's fix, applied alone, as the hunks of a diff.
fn add_fix_help(text: &str, diagnostics: &[Diagnostic], findings: &mut [Finding]) {
    for (finding, diagnostic) in findings.iter_mut().zip(diagnostics) {
        if let Some(fix) = &diagnostic.fix {
            let (after, _) = apply_fixes(text, [fix]);
            finding.help = Some(render::hunks(text, &after)).filter(|h| !h.is_empty());
        }
    }
}

/// Every finding, rendered, with nothing fixed.
fn report(path: &Path, text: &str, checked: &Checked, settings: &Options) -> FileOutcome {
    let found = checked.diagnostics.len();
    FileOutcome {
        path: path.to_path_buf(),
        findings: Finding::all(text, &checked.diagnostics, settings),
        counts: Counts {
            found,
            ..remaining_counts(&checked.diagnostics, settings)
        },
        ..FileOutcome::default()
    }
}

/// The diff of the fixes, and the counts of what they resolve and leave. The diff is of the
/// file's bytes and the bytes `--fix` would write, so that applying it gives what `--fix`
/// gives, in any encoding; when the fixed text cannot be written in the file's encoding, the
/// file gets the problem `--fix` would report.
fn diff(
    path: &Path,
    source: &Source<'_>,
    fixed: &Fixed,
    checked: &Checked,
    config: &Config,
) -> FileOutcome {
    let new = match source.encode(&fixed.text) {
        Ok(new) => new,
        Err(message) => {
            let mut outcome = report(path, &source.text, checked, &config.options);
            outcome.problem = Some(Problem::write(path.to_path_buf(), message));
            return outcome;
        }
    };
    let diff = render::unified_diff_bytes(&path.display().to_string(), source.bytes, &new);
    FileOutcome {
        diff: Some(diff).filter(|diff| !diff.is_empty()),
        ..fixed_outcome(path, fixed, &checked.diagnostics, &config.options)
    }
}

/// Write the fixes (or hand them to stdout), then report what remains. When the write fails,
/// the file is as it was, so every finding remains.
fn fix(
    path: &Path,
    source: &Source<'_>,
    fixed: &Fixed,
    checked: &Checked,
    target: FixDestination,
    config: &Config,
) -> FileOutcome {
    let written = source.encode(&fixed.text).and_then(|new| match target {
        FixDestination::Stdin => Ok(new),
        FixDestination::File | FixDestination::Later if new == source.bytes => Ok(new),
        // Kept in the outcome until `check_bytes` makes it the pending write.
        FixDestination::Later => Ok(new),
        FixDestination::File => write::replace_file(path, source.bytes, &new)
            .map(|()| new)
            .map_err(|error| format!("{error:#}")),
    });
    let new = match written {
        Ok(new) => new,
        Err(message) => {
            let mut outcome = report(path, &source.text, checked, &config.options);
            outcome.problem = Some(Problem::write(path.to_path_buf(), message));
            return outcome;
        }
    };
    let unchanged = new == source.bytes;
    FileOutcome {
        output: match target {
            FixDestination::Stdin => Some(new),
            FixDestination::Later if !unchanged => Some(new),
            FixDestination::File | FixDestination::Later => None,
        },
        ..fixed_outcome(path, fixed, &checked.diagnostics, &config.options)
    }
}

/// The outcome once `fixed` is in place: the remaining findings rendered against the new text.
fn fixed_outcome(
    path: &Path,
    fixed: &Fixed,
    found: &[Diagnostic],
    settings: &Options,
) -> FileOutcome {
    FileOutcome {
        path: path.to_path_buf(),
        findings: Finding::all(&fixed.text, &fixed.remaining, settings),
        fixed_rules: fixed_rules(found, &fixed.remaining),
        counts: Counts {
            found: found.len(),
            fixed: fixed.applied,
            ..remaining_counts(&fixed.remaining, settings)
        },
        ..FileOutcome::default()
    }
}

/// The rule of each finding in `found` that is not in `remaining`, by count per rule.
fn fixed_rules(found: &[Diagnostic], remaining: &[Diagnostic]) -> Vec<Rule> {
    let mut left: Vec<Rule> = remaining.iter().map(|d| d.rule).collect();
    let mut fixed = Vec::new();
    for diagnostic in found {
        match left.iter().position(|rule| *rule == diagnostic.rule) {
            Some(at) => drop(left.swap_remove(at)),
            None => fixed.push(diagnostic.rule),
        }
    }
    fixed
}

/// Counts of `remaining` findings: how many a fix would resolve now, and how many only with
/// `--unsafe-fixes`.
pub fn remaining_counts(remaining: &[Diagnostic], settings: &Options) -> Counts {
    let fixes = || remaining.iter().filter_map(|d| d.fix.as_ref());
    Counts {
        remaining: remaining.len(),
        fixable: fixes().filter(|fix| settings.applies(fix)).count(),
        unsafe_fixable: fixes()
            .filter(|fix| fix.held_back_as_unsafe(settings.unsafe_fixes))
            .count(),
        ..Counts::default()
    }
}

#[cfg(test)]
mod tests {
    use super::may_hold_our_suppressions;

    #[test]
    fn files_whose_suppressions_pkl100_could_report_are_kept() {
        for kept in [
            "x = 1  # noqa: PKL002\n",
            "x = 1  # NOQA:pkl999\n",
            "# noqa: E501\nfrom data import model_pkl\n",
            "x = 1  # picklefix: ignore\n",
            "x = 1  # PickleFix : ignore[PKL002]\n",
            "# picklefix: noqa\n",
            "x = 1  #noqa:PKL002\n",
            "x = 1  #\tPICKLEFIX:ignore\n",
        ] {
            assert!(may_hold_our_suppressions(kept.as_bytes()), "{kept:?}");
        }
    }

    #[test]
    fn other_linters_suppressions_are_not_reason_enough() {
        for skipped in [
            "import os  # noqa\n",
            "x = 1  # noqa: E501, F401\n",
            "path = 'model.pkl'\n",
            "path = 'model.pkl'  # noqa: E501\n",
            "# see picklefix's README; noqa for flake8\n",
            "y = 2\n",
        ] {
            assert!(
                !may_hold_our_suppressions(skipped.as_bytes()),
                "{skipped:?}"
            );
        }
    }
}
