//! A finding: which rule, where, what to tell the user, and the fix if there is one.

use crate::core::fix::Fix;
use crate::core::rules::Rule;
use crate::core::source::TextRange;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub rule: Rule,
    /// The callable handed to the process API (the lambda, or the name that refers to the
    /// function).
    pub range: TextRange,
    /// One sentence: what is wrong, and what picklefix does or why it cannot.
    pub message: String,
    /// `None` when the finding cannot be rewritten safely; `message` then says why.
    pub fix: Option<Fix>,
}
