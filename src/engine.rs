//! The per-file pipeline after reading: parse, analyse, apply fixes, verify.
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

use crate::diagnostic::Diagnostic;
use crate::edit::{Applicability, Fix, apply_edits, malformed, select_edits};
use crate::parse::{ParseError, SyntaxError, TIME_LIMIT, parse, parse_within, reparse};
use crate::rules::RuleSet;
use crate::suppression;
use crate::{analysis, depth, verify};

/// Settings that change what the analysis reports or which fixes are applied.
#[derive(Clone, Debug)]
pub struct Settings {
    /// Apply fixes marked unsafe as well as safe ones.
    pub unsafe_fixes: bool,
    /// Process APIs the user declared, beyond the built-in table.
    pub apis: Vec<analysis::UserApi>,
    /// The longest line a fix may write, in characters (the project's formatter setting).
    pub line_length: usize,
}

/// black's and ruff's default line length.
pub const DEFAULT_LINE_LENGTH: usize = 88;

impl Default for Settings {
    fn default() -> Self {
        Settings {
            unsafe_fixes: false,
            apis: Vec::new(),
            line_length: DEFAULT_LINE_LENGTH,
        }
    }
}

impl Settings {
    /// Whether a fix of this applicability is applied under these settings.
    pub fn applies(&self, fix: &Fix) -> bool {
        match fix.applicability {
            Applicability::Safe => true,
            Applicability::Unsafe => self.unsafe_fixes,
            Applicability::DisplayOnly => false,
        }
    }
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

/// Check one Python source text with the default rules and, when `settings` allow, fix it.
pub fn check_source(source: &str, settings: &Settings) -> Result<Checked, SyntaxError> {
    check_source_with(source, settings, RuleSet::default())
}

/// Check one Python source text for the rules in `select`, honouring its suppression comments,
/// and, when `settings` allow, fix it.
pub fn check_source_with(
    source: &str,
    settings: &Settings,
    select: RuleSet,
) -> Result<Checked, SyntaxError> {
    let tree = match parse_within(source, TIME_LIMIT) {
        Ok(tree) => tree,
        Err(ParseError::Syntax(error)) => return Err(error),
        Err(timed_out) => {
            return Ok(Checked {
                skipped: Some(format!("{}; skipped", timed_out.message())),
                ..Checked::default()
            });
        }
    };
    let diagnostics = findings(&tree, source, settings, select);
    if diagnostics.is_empty() && depth::is_too_deep(&tree, source) {
        let skipped = Some(depth::too_deep_message());
        return Ok(Checked {
            skipped,
            ..Checked::default()
        });
    }
    let mut checked = Checked {
        diagnostics,
        ..Checked::default()
    };
    if checked.diagnostics.iter().any(|d| fix_applies(d, settings)) {
        match fix_until_stable(source, tree, &checked.diagnostics, settings, select) {
            Ok(fixed) => checked.fixed = Some(fixed),
            Err(error) => checked.internal_error = Some(error),
        }
    }
    Ok(checked)
}

/// What the analysis finds in `source`, less what is suppressed or not selected.
fn findings(tree: &Tree, source: &str, settings: &Settings, select: RuleSet) -> Vec<Diagnostic> {
    let found = analysis::analyze(tree, source, settings);
    suppression::filter(found, tree, source, select)
}

/// Apply exactly `chosen` (fixes of findings in `source`, as `--interactive` accepted them) in
/// one pass. Each fix carries every edit it needs (its own `import functools`), so any subset
/// stands alone; the result must still parse, and its findings are worked out again.
pub fn fix_chosen(
    source: &str,
    settings: &Settings,
    select: RuleSet,
    chosen: &[&Fix],
) -> Result<Fixed, String> {
    if let Some(problem) = chosen.iter().find_map(|fix| malformed(fix, source)) {
        return Err(problem);
    }
    let (edits, applied) = select_edits(chosen.iter().copied());
    let text = apply_edits(source, &edits);
    let tree = parse(&text).map_err(|error| {
        format!(
            "the accepted fixes produced invalid syntax ({} at byte {}); the file was left unchanged",
            error.message, error.offset
        )
    })?;
    // Interactive review is one file at a time: parsing the original again costs nothing
    // noticeable there.
    let original = parse(source).map_err(|error| {
        format!(
            "the file no longer parses ({} at byte {})",
            error.message, error.offset
        )
    })?;
    verify::unchanged_outside_edits(source, &original, &text, &tree, &edits)?;
    verify::compiles_as_before(source, &original, &text, &tree, &edits)?;
    let remaining = findings(&tree, &text, settings, select);
    Ok(Fixed {
        text,
        applied,
        remaining,
    })
}

/// `a()` and `b()`, side by side when this thread is a worker of a thread pool (another worker
/// takes `b` if it is idle), else one after the other. `a` stays on this thread, whose stack
/// was sized for the analysis's recursion; `b` must not recurse deeply. Outside a pool (tests,
/// the fuzzer), `rayon::join` would move both to the global pool, whose stacks are smaller.
fn both<A, B, RA, RB>(a: A, b: B) -> (RA, RB)
where
    A: FnOnce() -> RA + Send,
    B: FnOnce() -> RB + Send,
    RA: Send,
    RB: Send,
{
    if rayon::current_thread_index().is_some() {
        rayon::join(a, b)
    } else {
        (a(), b())
    }
}

fn fix_applies(diagnostic: &Diagnostic, settings: &Settings) -> bool {
    diagnostic
        .fix
        .as_ref()
        .is_some_and(|fix| settings.applies(fix))
}

/// `tree` is the parse of `source`; each round passes its own tree on, so the verification
/// never parses a text twice.
fn fix_until_stable(
    source: &str,
    mut tree: Tree,
    diagnostics: &[Diagnostic],
    settings: &Settings,
    select: RuleSet,
) -> Result<Fixed, String> {
    let mut text = source.to_string();
    let mut pending: Vec<Diagnostic> = diagnostics.to_vec();
    let mut applied_total = 0;
    for _ in 0..MAX_ROUNDS {
        let fixes: Vec<&Fix> = pending
            .iter()
            .filter(|d| fix_applies(d, settings))
            .filter_map(|d| d.fix.as_ref())
            .collect();
        if let Some(problem) = fixes.iter().find_map(|fix| malformed(fix, &text)) {
            return Err(format!("{problem}; the file was left unchanged"));
        }
        let (edits, applied) = select_edits(fixes.iter().copied());
        let next = apply_edits(&text, &edits);
        applied_total += applied;
        // The original's tokens are walked while the fixed text is parsed, and the fixed
        // text's while it is analysed: with one file to check, the other core does this half.
        let (parsed, before) = both(
            || parse_within(&next, TIME_LIMIT),
            || verify::kept_before(&tree, &edits),
        );
        let next_tree = parsed.map_err(|error| match error {
            ParseError::Syntax(error) => format!(
                "a fix produced invalid syntax ({} at byte {}); the file was left unchanged",
                error.message, error.offset
            ),
            timed_out => format!(
                "the fixed text could not be verified: {}; the file was left unchanged",
                timed_out.message()
            ),
        })?;
        let (remaining, after) = both(
            || findings(&next_tree, &next, settings, select),
            || verify::kept_after(&next_tree, &edits),
        );
        verify::compare(&text, &before, &next, &after)?;
        verify::compiles_as_before(&text, &tree, &next, &next_tree, &edits)?;
        text = next;
        tree = next_tree;
        let still_fixable = remaining.iter().any(|d| fix_applies(d, settings));
        if !still_fixable {
            return Ok(Fixed {
                text,
                applied: applied_total,
                remaining,
            });
        }
        if applied == fixes.len() {
            return Err(
                "a fix left a finding it should have resolved; the file was left unchanged".into(),
            );
        }
        pending = remaining;
    }
    Err("fixes did not converge; the file was left unchanged".into())
}

/// Lift the lambda or function at `position` (`--lift`), whether or not it is handed to a
/// process API, through the same verification as a finding's fix. The one diagnostic says what
/// was lifted or why not; a position that names no single lambda or function is `skipped`,
/// with the candidates of its line.
pub fn lift_source(
    source: &str,
    settings: &Settings,
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
    settings: &Settings,
) -> Checked {
    let diagnostic = match lifted {
        Ok(diagnostic) => diagnostic,
        Err(message) => {
            return Checked {
                skipped: Some(message),
                ..Checked::default()
            };
        }
    };
    let mut checked = Checked {
        diagnostics: vec![diagnostic.clone()],
        ..Checked::default()
    };
    if let Some(fix) = diagnostic.fix.as_ref().filter(|fix| settings.applies(fix)) {
        match apply_verified(source, tree, fix) {
            Ok((text, _)) => {
                checked.fixed = Some(Fixed {
                    text,
                    applied: 1,
                    remaining: Vec::new(),
                })
            }
            Err(error) => checked.internal_error = Some(error),
        }
    }
    checked
}

/// Apply one fix to `source` (parsed as `tree`): the result must parse and keep the
/// original's structure outside the edits. Returns the fixed text and its tree.
pub fn apply_verified(source: &str, tree: &Tree, fix: &Fix) -> Result<(String, Tree), String> {
    apply_verified_among(source, tree, &verify::tokens(tree), fix)
}

/// `apply_verified` with the original's tokens worked out once (`verify::tokens`), for many
/// fixes of one text.
pub fn apply_verified_among(
    source: &str,
    tree: &Tree,
    tokens: &verify::Tokens,
    fix: &Fix,
) -> Result<(String, Tree), String> {
    if let Some(problem) = malformed(fix, source) {
        return Err(format!("{problem}; the file was left unchanged"));
    }
    let (edits, _) = select_edits([fix]);
    let text = apply_edits(source, &edits);
    let fixed_tree = reparse(tree, source, &edits, &text).map_err(|error| {
        format!(
            "the lift produced invalid syntax ({} at byte {}); the file was left unchanged",
            error.message, error.offset
        )
    })?;
    let before = verify::kept_among(tokens, &edits);
    let after = verify::kept_after(&fixed_tree, &edits);
    verify::compare(source, &before, &text, &after)?;
    verify::compiles_as_before(source, tree, &text, &fixed_tree, &edits)?;
    Ok((text, fixed_tree))
}
