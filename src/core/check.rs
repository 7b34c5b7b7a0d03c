//! The core for one source text: parse, analyse, apply fixes, verify.
//!
//! This is the library's entry point for one source text; the CLI, the tests and the fuzzer all
//! go through `check_source`. It never touches the disk and never prints.
//!
//! Verification is the safety net of the whole tool: after applying fixes, the new text must
//! parse without error, keep the original's structure outside the edits and its head, break
//! none of the rules CPython checks when it compiles (`verify`), and
//! analysing it again must find nothing left to fix. Fixes skipped
//! because they overlapped another are applied on the next round; when a round applies every
//! fix it was given and fixable findings remain, a fix did not do what it claimed, and the file
//! is left untouched with an internal error.
//!
//! Suppression comments and rule selection (`suppression::filter`) apply to every round, before
//! any fix is taken: a suppressed finding is never fixed, and never counts as left to fix.

use tree_sitter::Tree;

use crate::core::diagnostic::Diagnostic;
use crate::core::fix::Fix;
use crate::core::options::Options;
use crate::core::parse::{
    ParseError, SyntaxError, TIME_LIMIT, empty_block_error, parse, parse_within,
};
use crate::core::rules::{Rule, RuleSet};
use crate::core::semantic::TooDeep;
use crate::core::suppression::{self, Suppressions};
use crate::core::verify::{self, Baseline};
use crate::core::{analysis, depth};

/// `check_source` for the rules in `select` instead of those `settings` select.
pub fn check_source_with(
    source: &str,
    settings: &Options,
    select: RuleSet,
) -> Result<Checked, SyntaxError> {
    let selected = Options {
        select,
        ..settings.clone()
    };
    check_source(source, &selected)
}

/// What checking one source text found.
#[derive(Clone, Debug, Default)]
pub struct Checked {
    /// Findings in the text as given, in source order.
    pub diagnostics: Vec<Diagnostic>,
    /// The fixed text, when at least one fix applies and the result passed verification.
    pub fixed: Option<Fixed>,
    /// Set when fixes were produced but the result failed verification; nothing is written.
    pub internal_error: Option<String>,
    /// Set when the file could not be analysed at all (nested too deeply, or too slow to
    /// parse), saying why; there are no findings and nothing is fixed.
    pub skipped: Option<String>,
    /// Set when `--lift` names a position where no single lambda or function starts: a usage
    /// error, saying which candidates the line has.
    pub misplaced: Option<String>,
    /// Suppression comments that suppress nothing though they were meant to.
    pub warnings: Vec<suppression::Warning>,
    /// What the text offers the other files of a run: its wrappers and re-exports.
    pub exports: analysis::Exports,
}

#[derive(Clone, Debug)]
pub struct Fixed {
    pub text: String,
    /// How many findings the fixes resolved.
    pub applied: usize,
    /// Findings left in the fixed text (those without a fix, or held back as unsafe).
    pub remaining: Vec<Diagnostic>,
}

/// How many rounds of fixing a file may take before we give up: a round only leaves work for
/// the next when fixes overlapped, which takes a few rounds at most.
const MAX_ROUNDS: usize = 8;

/// Check one Python source text for the rules `settings` select, honouring its suppression
/// comments, and, when `settings` allow, fix it.
pub fn check_source(source: &str, settings: &Options) -> Result<Checked, SyntaxError> {
    let (mut checked, tree) = analysed(source, settings)?;
    let Some(tree) = tree else {
        return Ok(checked);
    };
    if checked.diagnostics.iter().any(|d| fix_applies(d, settings)) {
        match fix_until_stable(source, tree, &checked.diagnostics, settings) {
            Ok(fixed) => checked.fixed = Some(fixed),
            Err(error) => checked.internal_error = Some(error),
        }
    }
    Ok(checked)
}

/// `check_source` without fixing: the findings alone, for report mode, which writes and shows
/// no fix. Whether a finding is fixable (`[*]`) comes from its fix's applicability, not from
/// applying it, so the report is the same; what is left out is the verified fixed text, and
/// with it the internal error that `--fix` and `--diff` report when a fix fails verification.
/// Applying and verifying costs a second parse and analysis of the whole file, two thirds of
/// the time on one large file.
pub fn check_source_unfixed(source: &str, settings: &Options) -> Result<Checked, SyntaxError> {
    analysed(source, settings).map(|(checked, _)| checked)
}

/// `check_source_unfixed` for a text the process checks last: its tree is not freed, which is
/// a walk of every node (11.5 M instructions of a 6,187-line module's 388 M in report mode);
/// the process hands the memory back when it exits, right after printing.
pub fn check_source_unfixed_last(source: &str, settings: &Options) -> Result<Checked, SyntaxError> {
    analysed(source, settings).map(|(checked, tree)| {
        std::mem::forget(tree);
        checked
    })
}

/// The findings and suppression warnings of `source`, with its tree to fix; or, without a
/// tree, why it was skipped.
fn analysed(source: &str, settings: &Options) -> Result<(Checked, Option<Tree>), SyntaxError> {
    let tree = match parse_within(source, TIME_LIMIT) {
        Ok(tree) => tree,
        Err(ParseError::Syntax(error)) => return Err(error),
        Err(timed_out) => return Ok((skipped(format!("{}; skipped", timed_out.message())), None)),
    };
    if let Some(error) = empty_block_error(tree.root_node()) {
        return Err(error);
    }
    let suppressions = Suppressions::of(&tree, source);
    let Ok((diagnostics, exports)) = first_findings(&tree, source, settings, &suppressions) else {
        return Ok((skipped(depth::too_deep_message()), None));
    };
    let checked = Checked {
        diagnostics,
        exports,
        warnings: suppression::warnings(&suppressions),
        ..Checked::default()
    };
    Ok((checked, Some(tree)))
}

/// The process APIs inferred in `source`, for `--show-apis`: none when it does not parse or is
/// nested too deeply to analyse (which checking it reports).
pub fn inferred_apis(source: &str, settings: &Options) -> analysis::ShownApis {
    match parse_within(source, TIME_LIMIT) {
        Ok(tree) => analysis::inferred_apis(&tree, source, settings).unwrap_or_default(),
        Err(_) => analysis::ShownApis::default(),
    }
}

/// A file that could not be analysed, and why.
fn skipped(why: String) -> Checked {
    Checked {
        skipped: Some(why),
        ..Checked::default()
    }
}

/// `findings` of the text as given, with its exports.
fn first_findings(
    tree: &Tree,
    source: &str,
    settings: &Options,
    suppressions: &Suppressions,
) -> Result<(Vec<Diagnostic>, analysis::Exports), TooDeep> {
    #[cfg(test)]
    analyses::record(source);
    let (found, exports) = analysis::analyze_exporting(tree, source, settings)?;
    Ok((
        suppression::filter(found, suppressions, settings.select),
        exports,
    ))
}

/// What the analysis finds in `source`, less what is suppressed or not selected; or that the
/// file is nested too deeply to analyse.
fn findings(tree: &Tree, source: &str, settings: &Options) -> Result<Vec<Diagnostic>, TooDeep> {
    #[cfg(test)]
    analyses::record(source);
    let found = analysis::analyze(tree, source, settings)?;
    let suppressions = Suppressions::of(tree, source);
    Ok(suppression::filter(found, &suppressions, settings.select))
}

/// Apply `fixes` to `text` (parsed as `tree`) through the one verified sequence, and find what
/// remains in the result.
fn apply_and_recheck(
    text: &str,
    tree: &Tree,
    fixes: &[&Fix],
    settings: &Options,
) -> Result<verify::Verified<Vec<Diagnostic>>, String> {
    let baseline = Baseline {
        text,
        tree,
        tokens: None,
    };
    let verified = verify::apply_verified(&baseline, fixes, |tree, text| {
        findings(tree, text, settings)
    })?;
    let Ok(remaining) = verified.analysis else {
        return Err(format!(
            "the fixed text is {}; the file was left unchanged",
            depth::too_deep_message().trim_end_matches("; skipped")
        ));
    };
    Ok(verify::Verified {
        analysis: remaining,
        text: verified.text,
        tree: verified.tree,
        applied: verified.applied,
        skipped: verified.skipped,
    })
}

/// Apply exactly `chosen` (fixes of findings in `source`, as `--interactive` accepted them) in
/// one pass. Each fix carries every edit it needs (its own `import functools`), so any subset
/// stands alone; the result goes through the same verification as `--fix`, and its findings
/// are what remains.
pub fn fix_chosen(source: &str, settings: &Options, chosen: &[&Fix]) -> Result<Fixed, String> {
    // Interactive review is one file at a time, after the user answered: parsing the original
    // again (the first pass keeps no trees) costs nothing noticeable there.
    let tree = parse(source).map_err(|error| {
        format!(
            "the file no longer parses ({} at byte {})",
            error.message, error.offset
        )
    })?;
    let verified = apply_and_recheck(source, &tree, chosen, settings)?;
    Ok(Fixed {
        text: verified.text,
        applied: verified.applied,
        remaining: verified.analysis,
    })
}

fn fix_applies(diagnostic: &Diagnostic, settings: &Options) -> bool {
    diagnostic
        .fix
        .as_ref()
        .is_some_and(|fix| settings.applies(fix))
}

/// The fixes of `diagnostics` that apply under `settings`, in the findings' order.
fn applicable<'a>(diagnostics: &'a [Diagnostic], settings: &Options) -> Vec<&'a Fix> {
    diagnostics
        .iter()
        .filter_map(|d| d.fix.as_ref())
        .filter(|fix| settings.applies(fix))
        .collect()
}

/// Fix `source` (parsed as `tree`) round after round until nothing fixable remains. A round
/// leaves work for the next only when it skipped fixes that overlapped others; a round that
/// skipped none yet left something fixable means a fix did not do what it claimed. Each round
/// hands its tree to the next, so no text is parsed twice.
fn fix_until_stable(
    source: &str,
    tree: Tree,
    diagnostics: &[Diagnostic],
    settings: &Options,
) -> Result<Fixed, String> {
    let (mut text, mut tree) = (source.to_string(), tree);
    let mut pending: Vec<Diagnostic> = diagnostics.to_vec();
    let mut applied = 0;
    for _ in 0..MAX_ROUNDS {
        let fixes = applicable(&pending, settings);
        let round = apply_and_recheck(&text, &tree, &fixes, settings)?;
        applied += round.applied;
        if !round.analysis.iter().any(|d| fix_applies(d, settings)) {
            return Ok(Fixed {
                text: round.text,
                applied,
                remaining: round.analysis,
            });
        }
        if round.skipped.is_empty() && !unblocked_only(&text, &pending, &round, settings) {
            return Err(
                "a fix left a finding it should have resolved; the file was left unchanged".into(),
            );
        }
        (text, tree, pending) = (round.text, round.tree, round.analysis);
    }
    Err("fixes did not converge; the file was left unchanged".into())
}

/// Whether every finding the round left fixable was found before it, refused, for the same
/// callable: a fix may remove what refused another (`scale`, a `__main__`-guard function that
/// `shift` calls, moves above the guard, and then `shift` can follow it), which the next
/// round fixes. A finding fixable before and still fixable after is one a fix did not
/// resolve. Callables are matched by rule and by the text at their range, which a fix
/// elsewhere moves but does not change.
fn unblocked_only(
    before: &str,
    pending: &[Diagnostic],
    round: &verify::Verified<Vec<Diagnostic>>,
    settings: &Options,
) -> bool {
    let text_at =
        |source: &str, d: &Diagnostic| source.get(d.range.start..d.range.end).map(str::to_owned);
    let refused: Vec<(Rule, Option<String>)> = pending
        .iter()
        .filter(|d| d.fix.is_none())
        .map(|d| (d.rule, text_at(before, d)))
        .collect();
    round
        .analysis
        .iter()
        .filter(|d| fix_applies(d, settings))
        .all(|d| refused.contains(&(d.rule, text_at(&round.text, d))))
}

/// Lift the lambda or function at `position` (`--lift`), whether or not it is handed to a
/// process API, through the same verification as a finding's fix. The one diagnostic says what
/// was lifted or why not; a position that names no single lambda or function is `skipped`,
/// with the candidates of its line.
pub fn lift_source(
    source: &str,
    settings: &Options,
    position: analysis::Position,
) -> Result<Checked, SyntaxError> {
    let tree = parse(source)?;
    let lifted = analysis::lift_at(&tree, source, settings, position).map(|r| r.diagnostic);
    Ok(checked_lift(source, &tree, lifted, settings))
}

fn checked_lift(
    source: &str,
    tree: &Tree,
    lifted: Result<Diagnostic, String>,
    settings: &Options,
) -> Checked {
    let diagnostic = match lifted {
        Ok(diagnostic) => diagnostic,
        Err(message) => {
            return Checked {
                misplaced: Some(message),
                ..Checked::default()
            };
        }
    };
    let mut checked = Checked {
        diagnostics: vec![diagnostic.clone()],
        ..Checked::default()
    };
    if let Some(fix) = diagnostic.fix.as_ref().filter(|fix| settings.applies(fix)) {
        let tokens = verify::tokens(tree);
        let baseline = Baseline {
            text: source,
            tree,
            tokens: Some(&tokens),
        };
        match verify::apply_verified(&baseline, &[fix], |_, _| ()) {
            Ok(verified) => {
                checked.fixed = Some(Fixed {
                    text: verified.text,
                    applied: 1,
                    remaining: Vec::new(),
                })
            }
            Err(error) => checked.internal_error = Some(error),
        }
    }
    checked
}

/// Test builds count the analyses of each text, so that a test can check how many times a mode
/// analyses a file (`--interactive` analyses each file once, then only the fixed text).
#[cfg(test)]
pub(crate) mod analyses {
    use std::hash::{DefaultHasher, Hash, Hasher};
    use std::sync::{Mutex, PoisonError};

    /// The hash of every text analysed so far, by any test of this process.
    static SEEN: Mutex<Vec<u64>> = Mutex::new(Vec::new());

    fn hash(text: &str) -> u64 {
        let mut hasher = DefaultHasher::new();
        text.hash(&mut hasher);
        hasher.finish()
    }

    pub fn record(text: &str) {
        let mut seen = SEEN.lock().unwrap_or_else(PoisonError::into_inner);
        seen.push(hash(text));
    }

    /// How many times `text` was analysed (use a text no other test analyses).
    pub fn of(text: &str) -> usize {
        let seen = SEEN.lock().unwrap_or_else(PoisonError::into_inner);
        seen.iter().filter(|h| **h == hash(text)).count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unfixed_finds_what_check_source_finds_in_one_analysis() {
        // A text no other test analyses, so that the count is this test's own.
        let source = "from multiprocessing import Pool\n\n\ndef unfixed_report(xs):\n    \
                      with Pool(2) as pool:\n        return pool.map(lambda x: x * 3, xs)\n";
        let settings = Options::default();
        let unfixed = check_source_unfixed(source, &settings).expect("parses");
        assert_eq!(analyses::of(source), 1);
        let full = check_source(source, &settings).expect("parses");
        assert_eq!(unfixed.diagnostics, full.diagnostics);
        assert_eq!(unfixed.diagnostics.len(), 1);
        assert!(unfixed.fixed.is_none() && unfixed.internal_error.is_none());
        assert!(full.fixed.is_some());
    }

    #[test]
    fn exports_are_left_out_only_where_no_other_file_can_use_them() {
        let wrapper = "from multiprocessing import Pool\n\n\ndef parmap(fn, xs):\n    \
                       with Pool(2) as pool:\n        return pool.map(fn, xs)\n\n\n\
                       def scaled(xs):\n    return parmap(lambda x: x * 2, xs)\n";
        let alone = Options {
            exports: false,
            ..Options::default()
        };
        let run = check_source_unfixed(wrapper, &Options::default()).expect("parses");
        let single = check_source_unfixed(wrapper, &alone).expect("parses");
        assert_eq!(run.diagnostics, single.diagnostics);
        assert_eq!(single.diagnostics.len(), 1);
        let names: Vec<&str> = run
            .exports
            .wrappers
            .iter()
            .map(|w| w.name.as_str())
            .collect();
        assert_eq!(names, ["parmap"]);
        assert!(single.exports.is_empty());
        // Passing a pool to an imported function, which may be this module's own, keeps them.
        let handing = format!(
            "{wrapper}\n\ndef main(xs):\n    from jobs import work\n\n    \
             with Pool(2) as pool:\n        work(pool, xs)\n"
        );
        let run = check_source_unfixed(&handing, &Options::default()).expect("parses");
        let single = check_source_unfixed(&handing, &alone).expect("parses");
        assert_eq!(run.diagnostics, single.diagnostics);
        assert_eq!(single.exports.handed_pools.len(), 1);
        assert_eq!(single.exports, run.exports);
    }
}
