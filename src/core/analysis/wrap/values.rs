//! black's invisible parentheses around a value: the value of an assignment or a `return`,
//! the condition of an `if`, `elif` or `while`, a `for` header's iterable. black drops them
//! when a split elsewhere reads as well (`can_omit_invisible_parens` in `lines.py`), and
//! otherwise makes them visible and splits inside them (`_maybe_split_omitting_optional_parens`
//! in `linegen.py`). Parentheses written around such a value are black's invisible ones too
//! (`normalize_invisible_parens`), which `Formatter::top_line` drops from the line.
//!
//! Worked example, at 40 columns: the value of
//! ```text
//! return ready(item) and size(item) > limit
//! ```
//! has two delimiters of the highest priority (`and`, then the comparison `>` of lower
//! priority), so black keeps the parentheses: `return (`, the value one level deeper, split
//! before each `and` since it does not fit there, and `)`:
//! ```text
//! return (
//!     ready(item)
//!     and size(item) > limit
//! )
//! ```
//! With a single `and` and a value ending in a call, black drops them when the line up to the
//! call's bracket fits, and splits at that bracket instead (`omitting_value_parens`).

use super::tokens::TokenKind;
use super::{Formatter, Laid, Line, Priority};

impl Formatter<'_> {
    /// black drops the invisible parentheses around an assignment's or a `return`'s value
    /// when the value has no delimiter, or one method call on a call's result; this formatter
    /// handles only those values, and the first only after a bracket-free target.
    pub(super) fn can_omit_value_parens(&self, line: &Line, value: usize) -> Option<()> {
        let value_tokens = &line.tokens[value..];
        let first = &self.tokens[*value_tokens.first()?];
        let wrapped = first.kind == TokenKind::Open && Some(&first.pair) == value_tokens.last();
        if wrapped && first.is("(") {
            return None;
        }
        let delimiters = self.delimiters(value_tokens);
        match delimiters.as_slice() {
            [] if !line.bracketed_target => Some(()),
            // After a target with brackets (`out[k] = pool.apply_async(...).get(60)`) black
            // prefers the split without the parentheses when its head holds a closing
            // bracket after the `=` (`_prefer_split_rhs_oop`), as a method call on a call's
            // result makes it.
            [(_, Priority::Dot)] => Some(()),
            _ => None,
        }
    }

    /// The split at black's invisible parentheses around a value, when black keeps them:
    /// `return (`, the value one level deeper, `)`. For a tuple (`tuple_in_parens`) or a value
    /// split at operators (`operators_in_parens`); `None` for the values whose parentheses
    /// black may drop, whose rules are not followed here.
    pub(super) fn value_in_parens(&self, line: &Line, value: usize) -> Option<Laid> {
        let statement = &self.tokens[*line.tokens.first()?];
        // A header's value ends before its `:`, which follows the parentheses.
        let header = matches!(statement.text, "for" | "if" | "elif" | "while");
        let end = line.tokens.len() - usize::from(header);
        let value_tokens = &line.tokens[value..end];
        let first = &self.tokens[*value_tokens.first()?];
        let last = &self.tokens[*value_tokens.last()?];
        let wrapped = first.is("(") && Some(&first.pair) == value_tokens.last();
        // A comment on the value's last token would follow the closing parenthesis.
        if wrapped || first.is("yield") || last.kind == TokenKind::Comma || last.comment.is_some() {
            return None;
        }
        // A tuple target (`first, count = ...`) splits the same way while the head fits;
        // otherwise black wraps the target in parentheses too.
        let target = &line.tokens[..value];
        let tuple_target = self
            .delimiters(target)
            .iter()
            .any(|d| d.1 == Priority::Comma);
        let mut head = self.part(line, 0, value, line.depth);
        head.tokens.push(self.parens.0);
        if (tuple_target || line.bracketed_target) && !self.fits(&head, &self.render(&head)) {
            return None;
        }
        let delimiters = self.delimiters(value_tokens);
        if delimiters.iter().any(|d| d.1 == Priority::Comma) {
            self.tuple_in_parens(line, value, end, &delimiters)
        } else {
            self.operators_in_parens(line, value, end, &delimiters)
        }
    }

    /// The split of a value with no delimiter after a target black counts brackets in (`a[i] =
    /// f(...)`, or an annotated target, whose annotation sits in invisible parentheses): black
    /// drops the value's parentheses and splits at its last bracket pair when the line up to
    /// that bracket fits (`_prefer_split_rhs_oop_over_rhs`); otherwise, when the target and
    /// `(` fit, it keeps them: `a[i] = (`, the value one level deeper, `)`. `None` for a value
    /// that does not end in a non-empty bracket pair, holds a closing bracket before that
    /// pair's opening one (black then prefers the first split however long its head), or ends
    /// in a comment, and for a target with a magic trailing comma.
    pub(super) fn bracketed_target_split(&self, line: &Line, value: usize) -> Option<Laid> {
        let close = line.tokens.len().checked_sub(1)?;
        let last = &self.tokens[line.tokens[close]];
        let first = &self.tokens[*line.tokens.get(value)?];
        if last.kind != TokenKind::Close || last.comment.is_some() || first.is("yield") {
            return None;
        }
        let open = value
            + line.tokens[value..close]
                .iter()
                .position(|&i| i == last.pair)?;
        let target = self.part(line, 0, value, line.depth);
        if open + 1 == close || self.has_magic_comma(&target) {
            return None;
        }
        let head = self.part(line, 0, open + 1, line.depth);
        if self.fits(&head, &self.render(&head)) {
            return self.three_parts(line, head, (open, close), false);
        }
        let closes_before = line.tokens[value..open]
            .iter()
            .any(|&i| self.tokens[i].kind == TokenKind::Close);
        let mut parens_head = target;
        parens_head.tokens.push(self.parens.0);
        if closes_before || !self.fits(&parens_head, &self.render(&parens_head)) {
            return None;
        }
        self.split_in_parens(line, value, line.tokens.len(), false)
    }

    /// For a value that is a tuple, black keeps its invisible parentheses when the tuple has
    /// three items or more, or two and the last does not end in a bracket; the items go one
    /// per line with a trailing comma (the parentheses make an atom, whose commas black always
    /// splits at). Not for an `if`, `elif` or `while` condition. A `for` iterable splits the
    /// same way, where black keeps the parentheses whatever the lengths (the two-item rule
    /// reads the value to the end of the line).
    fn tuple_in_parens(
        &self,
        line: &Line,
        value: usize,
        end: usize,
        delimiters: &[(usize, Priority)],
    ) -> Option<Laid> {
        let statement = &self.tokens[*line.tokens.first()?];
        let is_for = statement.is("for");
        if matches!(statement.text, "if" | "elif" | "while") {
            return None;
        }
        let value_tokens = &line.tokens[value..end];
        let first = &self.tokens[*value_tokens.first()?];
        let last = &self.tokens[*value_tokens.last()?];
        let commas = delimiters.iter().filter(|d| d.1 == Priority::Comma).count();
        let beyond_comma = delimiters.iter().any(|d| d.1 > Priority::Comma);
        // With one comma black may drop the parentheses when the last item ends in a bracket
        // (`keeps_value_parens`); its invisible ones around a conditional expression are not
        // followed here (`return a, (`).
        let last_comma = delimiters.iter().rfind(|d| d.1 == Priority::Comma);
        let conditional_last = last_comma.is_some_and(|&(at, _)| {
            delimiters
                .iter()
                .any(|d| d.0 > at && self.tokens[value_tokens[d.0]].is("if"))
        });
        // With one comma black may also drop them for a value that opens with a bracket
        // (`_can_omit_opening_paren`: `[coeff], None`), not followed here.
        let opens = first.kind == TokenKind::Open;
        // A target with brackets (`out["key"] = ...`) changes which split black prefers when
        // it may drop the parentheses, which it never does around three items or more. An
        // item that is a conditional expression brings its own invisible parentheses, which
        // black may split at instead (`return (`, the expression, `), src`): not followed.
        if beyond_comma || delimiters.iter().any(|d| d.1 == Priority::Ternary) {
            return None;
        }
        // The tuple of a bare `yield` is parenthesized whatever its items (`top_line`).
        if statement.is("yield") {
            return self.split_in_parens(line, value, end, true);
        }
        if commas == 1 && (conditional_last || opens || line.bracketed_target) {
            return None;
        }
        if commas == 1 && last.kind == TokenKind::Close {
            // Both rules below read the value to the end of the line: not a `for` iterable.
            if is_for || !self.keeps_value_parens(line, value, end)? {
                return (!is_for).then(|| self.omitting_value_parens(line, value))?;
            }
        }
        self.split_in_parens(line, value, end, true)
    }

    /// For a value whose delimiters are operators (`and`, `or`, comparisons, arithmetic, a
    /// conditional expression's `if` and `else`, strings side by side), black keeps its invisible parentheses when
    /// the operator of the highest priority appears more than once, or once in a value that
    /// neither opens nor ends with a bracket, or ends with one `keeps_value_parens` keeps them
    /// for; the value then splits before its operators when it does not fit on its line.
    /// When black drops them, the split is `omitting_value_parens`', where black prefers it
    /// (not after a target with brackets, nor in a `for` header), as when the value opens
    /// with a bracket and has one such operator and black's `_can_omit_opening_paren` holds.
    /// `None` for a value that holds a lambda whose body black would split.
    fn operators_in_parens(
        &self,
        line: &Line,
        value: usize,
        end: usize,
        delimiters: &[(usize, Priority)],
    ) -> Option<Laid> {
        let top = delimiters.iter().map(|d| d.1).max()?;
        let count = delimiters.iter().filter(|d| d.1 == top).count();
        let operator = matches!(
            top,
            Priority::Logic
                | Priority::Comparator
                | Priority::Math(_)
                | Priority::Ternary
                | Priority::String
        );
        // A chain of two method calls or more on calls' results (`a.b(x).c(y).d(z)`): black
        // keeps the parentheses (`can_omit_invisible_parens` with more than one delimiter)
        // whatever the target (`out["k"] = (`, when that head fits: `value_in_parens`).
        let chain = top == Priority::Dot && count > 1;
        let value_tokens = &line.tokens[value..end];
        if !(operator || chain) || self.has_at_top(value_tokens, "lambda") {
            return None;
        }
        // A conditional expression nested in another (`a if c else b if d else e`) has
        // parentheses of its own, which black splits at in turn: not followed.
        if top == Priority::Ternary && count > 2 {
            return None;
        }
        let first = &self.tokens[*value_tokens.first()?];
        let last = &self.tokens[*value_tokens.last()?];
        let is_for = self.tokens[*line.tokens.first()?].is("for");
        if count == 1 && first.kind == TokenKind::Open {
            // black drops the parentheses when what follows the first bracket pair fits up to
            // the next bracket (`_can_omit_opening_paren`); otherwise it goes on to the
            // value's last bracket, as for any other value.
            let second = &self.tokens[*value_tokens.get(1)?];
            if second.kind != TokenKind::Close && self.can_omit_opening_paren(line, value, end)? {
                if is_for || line.bracketed_target {
                    return None;
                }
                return self.omitting_value_parens(line, value);
            }
        }
        if count == 1
            && last.kind == TokenKind::Close
            && !self.keeps_value_parens(line, value, end)?
        {
            if is_for || line.bracketed_target {
                return None;
            }
            return self.omitting_value_parens(line, value);
        }
        self.split_in_parens(line, value, end, false)
    }

    /// Whether `tokens` hold the token `text` outside brackets.
    pub(super) fn has_at_top(&self, tokens: &[usize], text: &str) -> bool {
        let mut depth = 0usize;
        tokens.iter().any(|&index| {
            let token = &self.tokens[index];
            match token.kind {
                TokenKind::Open => depth += 1,
                TokenKind::Close => depth = depth.saturating_sub(1),
                _ => {}
            }
            depth == 0 && token.is(text)
        })
    }

    /// The line split at the invisible parentheses around the value `line.tokens[value..end]`,
    /// made visible: the head and `(`, the value one level deeper (`explode`: split at its
    /// commas even if it fits), `)` and what follows the value.
    pub(super) fn split_in_parens(
        &self,
        line: &Line,
        value: usize,
        end: usize,
        explode: bool,
    ) -> Option<Laid> {
        let (open, close) = self.parens;
        let mut head = self.part(line, 0, value, line.depth);
        let keyword = head.tokens.last().is_some_and(|&i| self.tokens[i].is("="))
            && line.inside
            && line.value.is_none();
        head.tokens
            .push(if keyword { self.tight_open } else { open });
        let body = Line {
            tokens: line.tokens[value..end].to_vec(),
            depth: line.depth + 1,
            inside: true,
            explode,
            in_parens: true,
            ..Line::default()
        };
        let mut tail = Line {
            tokens: vec![close],
            depth: line.depth,
            last: line.last,
            ..Line::default()
        };
        tail.tokens.extend_from_slice(&line.tokens[end..]);
        let mut laid = self.transform(&head)?;
        laid.extend(self.transform(&body)?);
        laid.extend(self.transform(&tail)?);
        Some(laid)
    }

    /// black's `_can_omit_opening_paren` for a value that opens with a bracket: what follows
    /// that bracket's pair, up to and with the next opening bracket (or to the value's end),
    /// fits on a line one level deeper.
    fn can_omit_opening_paren(&self, line: &Line, value: usize, end: usize) -> Option<bool> {
        let value_tokens = &line.tokens[value..end];
        let first = *value_tokens.first()?;
        let close = value_tokens
            .iter()
            .position(|&index| index == self.tokens[first].pair)?;
        let stop = value_tokens[close + 1..]
            .iter()
            .position(|&index| self.tokens[index].kind == TokenKind::Open)
            .map_or(value_tokens.len(), |at| close + 1 + at + 1);
        let rest = Line {
            tokens: value_tokens[close..stop].to_vec(),
            depth: line.depth + 1,
            ..Line::default()
        };
        Some(self.fits(&rest, &self.render(&rest)))
    }

    /// For a value with one delimiter of its highest priority (two items of a tuple, one
    /// operator) that ends in a bracket, whether black keeps its invisible parentheses
    /// (`can_omit_invisible_parens`): when that bracket closes an empty pair (`f()`), and when
    /// the value up to its opening bracket, one level deeper, does not fit while nothing
    /// before it opens a bracket (`_can_omit_closing_paren`). A `]` that ends a subscript
    /// always keeps them ("don't use indexing for omitting optional parentheses"); one that
    /// ends a list display is read as a `)` is.
    fn keeps_value_parens(&self, line: &Line, value: usize, end: usize) -> Option<bool> {
        let value_tokens = &line.tokens[value..end];
        let close = *value_tokens.last()?;
        if self.tokens[close].is("]") && self.is_trailer(self.tokens[close].pair) {
            return Some(true);
        }
        let open = value_tokens
            .iter()
            .position(|&index| index == self.tokens[close].pair)?;
        if open + 2 == value_tokens.len() {
            return Some(true);
        }
        let before = &value_tokens[..open];
        let seen_other = before
            .iter()
            .any(|&index| self.tokens[index].kind == TokenKind::Open);
        let upto = Line {
            tokens: value_tokens[..=open].to_vec(),
            depth: line.depth + 1,
            ..Line::default()
        };
        Some(!seen_other && !self.fits(&upto, &self.render(&upto)))
    }

    /// black's split once it drops a value's invisible parentheses: at the value's last
    /// bracket pair, or, when the head up to it does not fit, at an earlier pair of the
    /// value's top level whose closing bracket leaves a tail that fits (`len(xs)` in `a, b =
    /// pool.map(...), len(xs)`), as `generate_trailers_to_omit` offers them; the first whose
    /// head fits. An empty pair is skipped, and a magic trailing comma ends the search, as in
    /// black. `None` when no head fits.
    pub(super) fn omitting_value_parens(&self, line: &Line, value: usize) -> Option<Laid> {
        let mut depth = 0usize;
        for close in (value..line.tokens.len()).rev() {
            let token = &self.tokens[line.tokens[close]];
            match token.kind {
                TokenKind::Close => depth += 1,
                TokenKind::Open => depth = depth.saturating_sub(1),
                _ => {}
            }
            if token.kind != TokenKind::Close || depth != 1 {
                continue;
            }
            let tail = self.part(line, close, line.tokens.len(), line.depth);
            if !self.fits(&tail, &self.render(&tail)) {
                return None;
            }
            if self.tokens[line.tokens[close - 1]].kind == TokenKind::Comma {
                return None;
            }
            let open = value
                + line.tokens[value..close]
                    .iter()
                    .position(|&i| i == token.pair)?;
            if open + 1 == close {
                continue;
            }
            let head = self.part(line, 0, open + 1, line.depth);
            if self.fits(&head, &self.render(&head)) {
                return self.three_parts(line, head, (open, close), false);
            }
        }
        None
    }
}
