//! A finding as the output formats see it: a diagnostic with its positions worked out (line,
//! column and byte offset at both ends, for the finding and for each edit of its fix), whether
//! its fix applies under the run's settings, and the source line it starts on.
//!
//! The pipeline makes these while the source text is at hand, so an outcome can drop the text
//! and every format (text, JSON, GitHub annotations, SARIF) prints from the same data.

use crate::core::diagnostic::Diagnostic;
use crate::core::fix::Applicability;
use crate::core::options::Options;
use crate::core::rules::Rule;
use crate::core::source::{LineIndex, TextRange};

/// A point in a source: 1-based line and column (in characters), and the byte offset.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SourcePoint {
    pub line: usize,
    pub column: usize,
    pub offset: usize,
}

/// One finding, ready for any output format.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    pub rule: Rule,
    pub message: String,
    pub start: SourcePoint,
    pub end: SourcePoint,
    pub fix: Option<FixView>,
    /// The line the finding starts on, without its line ending, for the text format's caret.
    pub source_line: String,
    /// With `--output-format full`: the hunks of the fix's diff, for its `help:` lines.
    pub help: Option<String>,
}

/// A finding's fix, positioned.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FixView {
    pub applicability: Applicability,
    /// Whether `--fix` applies it under the run's settings.
    pub applies: bool,
    pub edits: Vec<EditView>,
}

/// One edit of a fix: replace `start..end` with `content`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EditView {
    pub start: SourcePoint,
    pub end: SourcePoint,
    pub content: String,
}

impl Finding {
    /// The findings of `diagnostics`, found in `text`.
    pub fn all(text: &str, diagnostics: &[Diagnostic], settings: &Options) -> Vec<Finding> {
        let index = LineIndex::new(text);
        let at = |offset| position(text, &index, offset);
        diagnostics
            .iter()
            .map(|diagnostic| Finding {
                rule: diagnostic.rule,
                message: diagnostic.message.clone(),
                start: at(diagnostic.range.start),
                end: at(diagnostic.range.end),
                fix: diagnostic.fix.as_ref().map(|fix| FixView {
                    applicability: fix.applicability,
                    applies: settings.applies(fix),
                    edits: fix
                        .edits
                        .iter()
                        .map(|edit| edit_view(&at, edit.range, &edit.content))
                        .collect(),
                }),
                source_line: line_text(text, diagnostic.range.start),
                help: None,
            })
            .collect()
    }

    /// `[*]` for a fix `--fix` applies, `[unsafe]` for one that needs `--unsafe-fixes`.
    pub fn mark(&self) -> &'static str {
        match &self.fix {
            Some(fix) if fix.applies => " [*]",
            Some(_) => " [unsafe]",
            None => "",
        }
    }
}

fn edit_view(at: &impl Fn(usize) -> SourcePoint, range: TextRange, content: &str) -> EditView {
    EditView {
        start: at(range.start),
        end: at(range.end),
        content: content.to_string(),
    }
}

fn position(text: &str, index: &LineIndex, offset: usize) -> SourcePoint {
    let at = index.line_col(text, offset);
    SourcePoint {
        line: at.line,
        column: at.col,
        offset,
    }
}

fn line_text(text: &str, offset: usize) -> String {
    let start = text[..offset].rfind(['\n', '\r']).map_or(0, |at| at + 1);
    let end = text[offset..]
        .find(['\n', '\r'])
        .map_or(text.len(), |at| offset + at);
    text[start..end].to_string()
}
