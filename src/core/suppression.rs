//! Suppression comments and rule selection: which findings of the analysis a run keeps.
//!
//! Two comments silence a finding on the line where its range starts, as ruff users expect:
//! `# noqa` (bare, or `# noqa: PKL002, PKL003` with codes separated by commas or spaces, any
//! case) and `# picklefix: ignore` (bare, or `# picklefix: ignore[PKL002]`). A third, on a line
//! of its own anywhere in the file, silences the whole file as ruff's `# ruff: noqa` does:
//! `# picklefix: noqa` (every rule) or `# picklefix: noqa: PKL002` (those rules). Only a real
//! comment counts: the `#` must start a comment node of the syntax tree, so a string that
//! mentions `# noqa` silences nothing.
//!
//! A finding that is dropped (suppressed, or of a rule that is not selected) is neither
//! reported nor fixed. Its fix must not reach the file through another finding either: every
//! site of one lifted function carries the same `Fix`, and applying it for one site rewrites
//! them all. So when any finding carrying a fix is dropped, the kept findings with an equal fix
//! lose it too, and stay reported as not fixed. Otherwise `# noqa` on one `Pool.map` line would
//! still rewrite that line through its sibling `Process(target=...)`.
//!
//! A `# noqa:` whose colon is not followed by a code (`# noqa: PKL`, `# noqa: TODO fix later`,
//! `# noqa: lambda-callable`) is invalid, as in ruff: it suppresses nothing, and the run warns
//! `Invalid # noqa directive` (`warnings`). Reading it as a bare `# noqa` would hide every
//! finding on the line behind what was meant as a note or a misspelt code. The same holds for
//! `# picklefix: noqa:`, and a `# picklefix: noqa` after code on its line suppresses nothing
//! either (ruff's rule: the file-level form must stand alone, so that it is not mistaken for
//! a line's).
//!
//! With PKL100 selected, a `PKL` code (or a `# picklefix: ignore`) that matches no finding is
//! reported. A bare `# noqa` and other tools' codes are never reported: they may be there for
//! another linter.

use tree_sitter::Tree;

use crate::core::diagnostic::Diagnostic;
use crate::core::fix::Fix;
use crate::core::node::NodeExt;
use crate::core::rules::{Rule, RuleSet};
use crate::core::source::{LineIndex, TextRange};

/// Which suppression comment a directive is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DirectiveKind {
    Noqa,
    PicklefixIgnore,
    /// `# picklefix: noqa`, for the whole file.
    FileNoqa,
}

/// One suppression comment on one line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Directive {
    pub kind: DirectiveKind,
    /// 0-based line of the comment.
    pub line: usize,
    /// Nothing but spaces precedes the comment on its line.
    pub own_line: bool,
    /// Where the directive (`noqa...` or `picklefix: ignore...`) is in the text.
    pub range: TextRange,
    /// The codes listed, each with its range; `None` for a bare directive, which matches
    /// every rule, and an empty list for an invalid `# noqa:`, which matches none.
    pub codes: Option<Vec<(String, TextRange)>>,
}

impl Directive {
    /// A `# noqa:` or `# picklefix: noqa:` with no code after the colon.
    pub fn is_invalid(&self) -> bool {
        self.kind != DirectiveKind::PicklefixIgnore
            && self.codes.as_ref().is_some_and(Vec::is_empty)
    }

    /// Whether the directive covers 0-based `line`: its own line, or every line for a valid
    /// file-level directive on a line of its own.
    fn covers(&self, line: usize) -> bool {
        match self.kind {
            DirectiveKind::FileNoqa => self.own_line,
            DirectiveKind::Noqa | DirectiveKind::PicklefixIgnore => self.line == line,
        }
    }

    fn matches(&self, rule: Rule) -> bool {
        match &self.codes {
            None => true,
            Some(codes) => codes
                .iter()
                .any(|(code, _)| code.eq_ignore_ascii_case(rule.code())),
        }
    }
}

/// The suppression comments of one text, found once for both `filter` and `warnings`, with
/// the line index that places findings among them. Most files have no such comment: then no
/// index is built (a report used to build one for each of the two, and a third to print).
pub struct Suppressions {
    directives: Vec<Directive>,
    /// The text's line index; `None` exactly when there is no directive.
    lines: Option<LineIndex>,
}

impl Suppressions {
    pub fn of(tree: &Tree, source: &str) -> Self {
        let mut lines = None;
        let directives = directives_with(tree, source, |hash| {
            lines
                .get_or_insert_with(|| LineIndex::new(source))
                .line_of(hash)
        });
        Self { directives, lines }
    }

    /// The indices of the directives that match `rule` on the line of `offset`.
    fn suppressing(&self, offset: usize, rule: Rule) -> Vec<usize> {
        match &self.lines {
            Some(index) => suppressing(&self.directives, index.line_of(offset), rule),
            None => Vec::new(),
        }
    }
}

/// Keep the findings that are selected and not suppressed, withhold the fixes of the dropped
/// ones from the kept ones, and add PKL100 findings when it is selected.
pub fn filter(
    diagnostics: Vec<Diagnostic>,
    suppressions: &Suppressions,
    select: RuleSet,
) -> Vec<Diagnostic> {
    let directives = &suppressions.directives;
    let mut used = vec![Vec::new(); directives.len()];
    let mut kept = Vec::new();
    let mut withheld: Vec<Fix> = Vec::new();
    for diagnostic in diagnostics {
        let suppressing = suppressions.suppressing(diagnostic.range.start, diagnostic.rule);
        for &at in &suppressing {
            used[at].push(diagnostic.rule);
        }
        if suppressing.is_empty() && select.contains(diagnostic.rule) {
            kept.push(diagnostic);
        } else if let Some(fix) = diagnostic.fix {
            withheld.push(fix);
        }
    }
    withhold(&mut kept, &withheld);
    if select.contains(Rule::UnusedNoqa) {
        kept.extend(unused(directives, &used));
        kept.sort_by_key(|diagnostic| diagnostic.range.start);
    }
    kept
}

/// The indices of the directives on `line` that match `rule`.
fn suppressing(directives: &[Directive], line: usize, rule: Rule) -> Vec<usize> {
    directives
        .iter()
        .enumerate()
        .filter(|(_, directive)| directive.covers(line) && directive.matches(rule))
        .map(|(at, _)| at)
        .collect()
}

const WITHHELD: &str =
    " Not fixed: another use of the same function is suppressed or not selected.";

fn withhold(kept: &mut [Diagnostic], withheld: &[Fix]) {
    for diagnostic in kept {
        if diagnostic
            .fix
            .as_ref()
            .is_some_and(|fix| withheld.contains(fix))
        {
            diagnostic.fix = None;
            diagnostic.message.push_str(WITHHELD);
        }
    }
}

/// PKL100 findings: `PKL` codes no finding used, and `# picklefix: ignore` comments that
/// suppressed nothing.
fn unused(directives: &[Directive], used: &[Vec<Rule>]) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    for (directive, used) in directives.iter().zip(used) {
        match (&directive.codes, directive.kind) {
            // A misplaced file-level directive is warned about instead.
            (_, DirectiveKind::FileNoqa) if !directive.own_line => {}
            (None, DirectiveKind::Noqa | DirectiveKind::FileNoqa) => {}
            (None, DirectiveKind::PicklefixIgnore) if used.is_empty() => {
                found.push(unused_diagnostic(
                    directive.range,
                    "Unused `# picklefix: ignore`: nothing on this line is reported".into(),
                ))
            }
            (None, DirectiveKind::PicklefixIgnore) => {}
            (Some(codes), _) => found.extend(unused_codes(codes, used)),
        }
    }
    found
}

fn unused_codes(codes: &[(String, TextRange)], used: &[Rule]) -> Vec<Diagnostic> {
    let ours = codes
        .iter()
        .filter(|(code, _)| code.get(..3).is_some_and(|p| p.eq_ignore_ascii_case("PKL")));
    ours.filter_map(|(code, range)| {
        let message = match Rule::from_code(code) {
            None => format!("Unknown code `{code}` in a suppression comment"),
            Some(rule) if used.contains(&rule) => return None,
            Some(rule) => format!(
                "Unused suppression of {} ({}): no such finding on this line",
                rule.code(),
                rule.name()
            ),
        };
        Some(unused_diagnostic(*range, message))
    })
    .collect()
}

fn unused_diagnostic(range: TextRange, message: String) -> Diagnostic {
    Diagnostic {
        rule: Rule::UnusedNoqa,
        range,
        message,
        fix: None,
    }
}

/// A suppression comment that suppresses nothing though it was meant to, and deserves a
/// warning (the printer words it as ruff does).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Warning {
    pub kind: WarningKind,
    /// 0-based line of the comment.
    pub line: usize,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WarningKind {
    /// `# noqa:` followed by no code.
    InvalidNoqa,
    /// `# picklefix: noqa:` followed by no code.
    InvalidFileNoqa,
    /// `# picklefix: noqa` after code on its line.
    FileNoqaNotOwnLine,
}

/// The warnings the suppression comments of a text deserve, in order.
pub fn warnings(suppressions: &Suppressions) -> Vec<Warning> {
    let warning = |directive: &Directive| {
        let kind = match directive.kind {
            DirectiveKind::Noqa if directive.is_invalid() => WarningKind::InvalidNoqa,
            DirectiveKind::FileNoqa if directive.is_invalid() => WarningKind::InvalidFileNoqa,
            DirectiveKind::FileNoqa if !directive.own_line => WarningKind::FileNoqaNotOwnLine,
            _ => return None,
        };
        Some(Warning {
            kind,
            line: directive.line,
        })
    };
    suppressions.directives.iter().filter_map(warning).collect()
}

/// Every suppression directive in `source`, in order. Lines are searched as text first, and a
/// candidate counts only when its `#` starts a comment of the tree.
pub fn directives(tree: &Tree, source: &str, index: &LineIndex) -> Vec<Directive> {
    directives_with(tree, source, |hash| index.line_of(hash))
}

/// `directives`, with `line_of` giving the 0-based line of an offset.
fn directives_with(
    tree: &Tree,
    source: &str,
    mut line_of: impl FnMut(usize) -> usize,
) -> Vec<Directive> {
    let mut found = Vec::new();
    for (hash, _) in source.match_indices('#') {
        if let Some(mut directive) = parse_directive(source, hash)
            && is_comment(tree, hash)
        {
            directive.line = line_of(hash);
            let line_start = source[..hash].rfind(['\n', '\r']).map_or(0, |at| at + 1);
            directive.own_line = source[line_start..hash].trim().is_empty();
            found.push(directive);
        }
    }
    found
}

fn is_comment(tree: &Tree, offset: usize) -> bool {
    tree.root_node()
        .descendant_for_byte_range(offset, offset + 1)
        .is_some_and(|node| node.kind_name() == "comment")
}

/// The directive that the `#` at `hash` introduces, if any (its line is filled in later).
fn parse_directive(source: &str, hash: usize) -> Option<Directive> {
    let line_end = source[hash..]
        .find(['\n', '\r'])
        .map_or(source.len(), |end| hash + end);
    let after_hash = hash + 1;
    let start = after_hash + leading_space(&source[after_hash..line_end]);
    let text = &source[start..line_end];
    if let Some(rest) = strip_prefix_ci(text, "noqa") {
        return noqa(source, start, start + 4, rest);
    }
    // `# picklefix : noqa` as ruff takes `# ruff : noqa`: spaces may surround the colon.
    let rest = strip_prefix_ci(text, "picklefix")?;
    let rest = rest[leading_space(rest)..].strip_prefix(':')?;
    let rest = &rest[leading_space(rest)..];
    if let Some(rest) = strip_prefix_ci(rest, "noqa") {
        let mut directive = noqa(source, start, line_end - rest.len(), rest)?;
        directive.kind = DirectiveKind::FileNoqa;
        return Some(directive);
    }
    let rest = strip_prefix_ci(rest, "ignore")?;
    let after = line_end - rest.len();
    picklefix_ignore(source, start, after, rest)
}

/// `noqa` followed by nothing, a space or `#` (bare), or by `:` and a list of codes. A colon
/// followed by no code gives an empty list: the directive is invalid and matches nothing.
fn noqa(source: &str, start: usize, after: usize, rest: &str) -> Option<Directive> {
    let codes = match rest.chars().next() {
        None | Some(' ' | '\t' | '#') => None,
        Some(':') => Some(codes(source, after + 1, is_code_separator)),
        Some(_) => return None,
    };
    let end = codes
        .as_ref()
        .and_then(|codes| codes.last())
        .map_or(after, |(_, range)| range.end);
    Some(directive(DirectiveKind::Noqa, start, end, codes))
}

/// `picklefix: ignore`, bare or followed by `[CODE, ...]`.
fn picklefix_ignore(source: &str, start: usize, after: usize, rest: &str) -> Option<Directive> {
    let codes = match rest.chars().next() {
        None | Some(' ' | '\t' | '#') => None,
        Some('[') => Some(codes(source, after + 1, is_code_separator)),
        Some(_) => return None,
    };
    let end = match &codes {
        Some(_) => source[after..].find(']').map_or(after, |at| after + at + 1),
        None => after,
    };
    Some(directive(DirectiveKind::PicklefixIgnore, start, end, codes))
}

fn directive(
    kind: DirectiveKind,
    start: usize,
    end: usize,
    codes: Option<Vec<(String, TextRange)>>,
) -> Directive {
    Directive {
        kind,
        line: 0,
        own_line: false,
        range: TextRange::new(start, end),
        codes,
    }
}

/// The codes from `from` on: words of letters then digits, separated by `separator`
/// characters, up to the first thing that is not a code.
fn codes(source: &str, from: usize, separator: impl Fn(char) -> bool) -> Vec<(String, TextRange)> {
    let mut found = Vec::new();
    let mut at = from;
    loop {
        let rest = &source[at..];
        let skipped = rest.len() - rest.trim_start_matches(&separator).len();
        let rest = &rest[skipped..];
        if rest.starts_with(['\n', '\r']) {
            break;
        }
        let length = code_length(rest);
        if length == 0 {
            break;
        }
        let start = at + skipped;
        found.push((
            rest[..length].to_string(),
            TextRange::new(start, start + length),
        ));
        at = start + length;
    }
    found
}

/// The length of the code `text` starts with (`PKL002`, `E501`), or 0.
fn code_length(text: &str) -> usize {
    let letters = text.len()
        - text
            .trim_start_matches(|c: char| c.is_ascii_alphabetic())
            .len();
    let rest = &text[letters..];
    let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if letters == 0 || digits == 0 {
        0
    } else {
        letters + digits
    }
}

/// Commas, spaces and tabs separate codes; a line break ends the list, so the next line is
/// never read as codes.
fn is_code_separator(c: char) -> bool {
    matches!(c, ',' | ' ' | '\t')
}

fn leading_space(text: &str) -> usize {
    text.len() - text.trim_start_matches([' ', '\t']).len()
}

fn strip_prefix_ci<'a>(text: &'a str, prefix: &str) -> Option<&'a str> {
    let head = text.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| &text[prefix.len()..])
}

#[cfg(test)]
mod tests;
