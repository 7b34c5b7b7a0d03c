//! Delimiters: where black may split a line, and at which priority (`priorities.py` and
//! `BracketTracker.mark` in black), for the tokens at the top level of a line. Commas split
//! after themselves, every other delimiter before itself; a lambda's parameters and a
//! comprehension's `for` targets count one level deeper, as black counts them.

use super::tokens::{Token, TokenKind, is_string};
use super::{Formatter, Priority};

impl Formatter<'_> {
    /// The delimiters at the top level of `tokens`, with their positions (black's
    /// `BracketTracker.delimiters`, for the priorities it tells apart).
    pub(super) fn delimiters(&self, tokens: &[usize]) -> Vec<(usize, Priority)> {
        let mut found = Vec::new();
        let mut depth = 0usize;
        let mut previous: Option<&Token<'_>> = None;
        // Between `lambda` and its `:` black counts the parameters one level deeper.
        let mut in_lambda = false;
        // After a comprehension's `for`, its `in` is no comparison and an `if` is a clause.
        let mut clause = Clause::None;
        for (position, &index) in tokens.iter().enumerate() {
            let token = &self.tokens[index];
            if token.kind == TokenKind::Close {
                depth = depth.saturating_sub(1);
            }
            if depth == 0 && (token.is("lambda") || in_lambda) {
                in_lambda = !token.is(":");
            } else if depth == 0 && clause == Clause::Target && !token.is("in") {
                // So are the targets of a comprehension's `for` (`for key, value in`).
            } else if depth == 0 {
                let next = tokens.get(position + 1).map(|&i| &self.tokens[i]);
                // black records a delimiter that splits before itself on the token before
                // it, so the first token of a line is none.
                if let Some(priority) = priority(token, previous, next, clause)
                    && (position > 0 || priority == Priority::Comma)
                {
                    found.push((position, priority));
                }
                clause = match token.text {
                    "for" => Clause::Target,
                    "in" if clause == Clause::Target => Clause::After,
                    _ => clause,
                };
            }
            if token.kind == TokenKind::Open {
                depth += 1;
            }
            previous = Some(token);
        }
        found
    }
}

/// Where a line stands in a comprehension: before any `for`, between a `for` and its `in`,
/// or after them.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Clause {
    None,
    Target,
    After,
}

/// The priority of `token` as a delimiter between `previous` and `next`, when it is one
/// (black's `is_split_before_delimiter` and `is_split_after_delimiter`).
fn priority(
    token: &Token<'_>,
    previous: Option<&Token<'_>>,
    next: Option<&Token<'_>>,
    clause: Clause,
) -> Option<Priority> {
    let after_operand = previous.is_some_and(|p| match p.kind {
        TokenKind::Name => !p.is_keyword() || matches!(p.text, "None" | "True" | "False"),
        TokenKind::Literal | TokenKind::Close => true,
        _ => false,
    });
    let after = |word: &str| previous.is_some_and(|p| p.is(word));
    match token.kind {
        TokenKind::Comma => Some(Priority::Comma),
        TokenKind::Dot if previous.is_some_and(|p| p.kind == TokenKind::Close) => {
            Some(Priority::Dot)
        }
        TokenKind::Name => match token.text {
            "for" | "async" => Some(Priority::Comprehension),
            "if" if clause != Clause::None => Some(Priority::Comprehension),
            "if" | "else" => Some(Priority::Ternary),
            "and" | "or" => Some(Priority::Logic),
            // `not in` and `is not` split before their first word; a unary `not` is none.
            "not" if next.is_some_and(|n| n.is("in")) => Some(Priority::Comparator),
            "in" if clause == Clause::Target || after("not") => None,
            "in" | "is" => Some(Priority::Comparator),
            _ => None,
        },
        TokenKind::Literal
            if is_string(token.text)
                && previous.is_some_and(|p| p.kind == TokenKind::Literal && is_string(p.text)) =>
        {
            Some(Priority::String)
        }
        TokenKind::Op if after_operand => operator_priority(token.text),
        _ => None,
    }
}

/// The priority of a binary operator, as black ranks them.
fn operator_priority(text: &str) -> Option<Priority> {
    let math = match text {
        "|" => 9,
        "^" => 8,
        "&" => 7,
        "<<" | ">>" => 6,
        "+" | "-" => 5,
        "*" | "/" | "//" | "%" | "@" => 4,
        "**" => 2,
        "<" | ">" | "==" | "!=" | "<=" | ">=" => return Some(Priority::Comparator),
        _ => return None,
    };
    Some(Priority::Math(math))
}
