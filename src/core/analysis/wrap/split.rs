//! The splits themselves, after black's `linegen.py`: the right-hand split (at the last
//! non-empty bracket pair), the left-hand split of a `def`, and the delimiter split at a
//! body's commas, comprehension clauses or operators, with the facts they rest on (magic
//! trailing commas; the delimiters are `delimiters`).

use super::tokens::{Token, TokenKind};
use super::{CannotSplit, Formatter, Laid, Line, Priority};

impl Formatter<'_> {
    /// Whether a closing bracket in the line follows a trailing comma that black treats as
    /// magic: not the comma of a one-element tuple, nor of a one-element subscript.
    pub(super) fn has_magic_comma(&self, line: &Line) -> bool {
        line.tokens.windows(2).any(|pair| {
            let (comma, close) = (&self.tokens[pair[0]], &self.tokens[pair[1]]);
            if comma.kind != TokenKind::Comma || close.kind != TokenKind::Close {
                return false;
            }
            let open = close.pair;
            if !line.tokens.contains(&open) {
                return false;
            }
            match close.text {
                "}" => true,
                "]" => !(self.is_trailer(open) && self.top_commas(open) < 2),
                _ => self.is_trailer(open) || self.top_commas(open) >= 2,
            }
        })
    }

    /// Whether the bracket at `open` opens a call, a subscript or a parameter list rather than
    /// a literal (black's trailer against atom).
    pub(super) fn is_trailer(&self, open: usize) -> bool {
        open.checked_sub(1).is_some_and(|before| {
            let token = &self.tokens[before];
            match token.kind {
                TokenKind::Name => !token.is_keyword(),
                TokenKind::Close | TokenKind::Literal => true,
                _ => false,
            }
        })
    }

    /// The commas directly inside the bracket pair opening at `open`.
    fn top_commas(&self, open: usize) -> usize {
        let close = self.tokens[open].pair;
        let inside: Vec<usize> = (open + 1..close).collect();
        let delimiters = self.delimiters(&inside);
        delimiters.iter().filter(|d| d.1 == Priority::Comma).count()
    }

    /// black's `should_split_line`: a body split at its commas at once, because it ends in a
    /// trailing comma or is the inside of a collection literal.
    fn should_explode(&self, body: &Line, open: usize) -> bool {
        let Some(&last) = body.tokens.last() else {
            return false;
        };
        let trailing = self.tokens[last].kind == TokenKind::Comma;
        let counted = &body.tokens[..body.tokens.len() - usize::from(trailing)];
        let top = self.delimiters(counted).into_iter().map(|d| d.1).max();
        top == Some(Priority::Comma) && (trailing || !self.is_trailer(open))
    }

    /// black's `delimiter_split` at commas: `Ok` with one line per item, `Err` when the line
    /// has no delimiter to split at, `None` when it would split at a delimiter not handled.
    pub(super) fn delimiter_split(&self, line: &Line) -> Option<Result<Vec<Line>, CannotSplit>> {
        let last = *line.tokens.last()?;
        let trailing = self.tokens[last].kind == TokenKind::Comma;
        let counted = &line.tokens[..line.tokens.len() - usize::from(trailing)];
        let delimiters = self.delimiters(counted);
        let top = delimiters.iter().map(|d| d.1).max();
        match top {
            None => return Some(Err(CannotSplit)),
            // A single attribute is never split from its owner; two or more make a chain,
            // split before each `.` that follows a closing bracket (black's fluent style).
            Some(Priority::Dot) if delimiters.len() == 1 => return Some(Err(CannotSplit)),
            Some(Priority::Dot) => {
                return Some(Ok(self.operator_split(line, &delimiters, Priority::Dot)));
            }
            Some(Priority::Comma) => {}
            Some(Priority::Comprehension) => return self.comprehension_split(line).map(Ok),
            // A conditional expression ending in a trailing comma is an item black wraps in
            // parentheses of its own first: the right-hand split does, for an item or a
            // keyword argument's value (`bare_conditional`).
            Some(Priority::Ternary) if trailing || !self.lone_conditional(line) => {
                return self.bare_conditional(line).map(|_| Err(CannotSplit));
            }
            // A nested conditional expression has parentheses of its own: not followed.
            Some(Priority::Ternary)
                if delimiters
                    .iter()
                    .filter(|d| d.1 == Priority::Ternary)
                    .count()
                    > 2 =>
            {
                return None;
            }
            Some(priority @ (Priority::Ternary | Priority::Logic | Priority::Comparator)) => {
                return Some(Ok(self.operator_split(line, &delimiters, priority)));
            }
            Some(priority @ (Priority::Math(_) | Priority::String)) => {
                return Some(Ok(self.operator_split(line, &delimiters, priority)));
            }
        }
        let commas: Vec<usize> = self
            .delimiters(&line.tokens)
            .into_iter()
            .filter(|d| d.1 == Priority::Comma)
            .map(|d| d.0)
            .collect();
        let mut items: Vec<Line> = Vec::new();
        let mut current = self.item_line(line);
        for (position, &index) in line.tokens.iter().enumerate() {
            current.tokens.push(index);
            if commas.contains(&position) {
                items.push(std::mem::replace(&mut current, self.item_line(line)));
            }
        }
        if !current.tokens.is_empty() {
            // black adds the trailing comma only where every target version allows it: after
            // `*args` among a call's arguments or a `def`'s parameters that depends on the
            // versions it infers for the file (`star_comma`).
            let open = line.tokens.first().and_then(|first| first.checked_sub(1));
            let arguments =
                open.is_some_and(|open| self.tokens[open].text == "(" && self.is_trailer(open));
            if self.frame.star_comma || !arguments || !self.has_star_argument(line) {
                current.tokens.push(self.comma);
            }
            items.push(current);
        }
        Some(Ok(items))
    }

    /// black's `delimiter_split` at operators (all but the comma split before themselves): a
    /// line per operand, each but the first opening with its operator; a trailing comma (an
    /// item's, in brackets split one item per line) stays at the end of the last.
    fn operator_split(
        &self,
        line: &Line,
        delimiters: &[(usize, Priority)],
        priority: Priority,
    ) -> Vec<Line> {
        let mut pieces = vec![self.item_line(line)];
        for (position, &index) in line.tokens.iter().enumerate() {
            if position > 0 && delimiters.contains(&(position, priority)) {
                pieces.push(self.item_line(line));
            }
            if let Some(piece) = pieces.last_mut() {
                piece.tokens.push(index);
            }
        }
        if let Some(piece) = pieces.last_mut() {
            piece.last = line.last;
        }
        pieces
    }

    /// The conditional expression that makes the whole of the line inside brackets, an item
    /// (`a if c else b,`, a comprehension's element), a keyword argument's value (`key=a if
    /// c else b,`) or a dict entry's (`"key": a if c else b,`), as the range of its tokens: black puts invisible parentheses around every
    /// conditional expression (`visit_test`), and, with its `if` and `else` two delimiters, it
    /// keeps them when it splits there (`can_omit_invisible_parens`): `(`, the expression one
    /// level deeper, `)` and the comma. `None` for a line holding a `lambda` or `:=` at its
    /// top, or opening with a splat, or for one already alone in parentheses.
    fn bare_conditional(&self, line: &Line) -> Option<(usize, usize)> {
        let first = &self.tokens[*line.tokens.first()?];
        // A `yield` statement's value too (`yield (`, the expression, `)`).
        let statement = !line.inside && first.is("yield");
        if !(line.inside || statement) || line.value.is_some() {
            return None;
        }
        let last = *line.tokens.last()?;
        let end = line.tokens.len() - usize::from(self.tokens[last].kind == TokenKind::Comma);
        if statement {
            return self.conditional_in(line, 1, end);
        }
        let keyword = line.tokens.len() > 2
            && self.tokens[line.tokens[0]].kind == TokenKind::Name
            && self.tokens[line.tokens[1]].is("=");
        // A dict entry's value (`"key": a if c else b,`), after the first `:` at the top.
        let mut depth = 0usize;
        let colon = line.tokens[..end].iter().position(|&index| {
            let token = &self.tokens[index];
            match token.kind {
                TokenKind::Open => depth += 1,
                TokenKind::Close => depth = depth.saturating_sub(1),
                _ => {}
            }
            depth == 0 && token.is(":")
        });
        let value = match (keyword, colon) {
            (true, _) => 2,
            (false, Some(colon)) => colon + 1,
            (false, None) => 0,
        };
        self.conditional_in(line, value, end)
    }

    /// `(value, end)` when `line.tokens[value..end]` is one conditional expression, not nested
    /// in another (`a if c else b if d else e`, whose inner one has parentheses of its own,
    /// which black splits at in turn), nor holding a `lambda`, `:=`, `=` or `:` at its top,
    /// nor opening with a splat.
    fn conditional_in(&self, line: &Line, value: usize, end: usize) -> Option<(usize, usize)> {
        let tokens = line.tokens.get(value..end)?;
        let first = &self.tokens[*tokens.first()?];
        if matches!(first.text, "*" | "**")
            || ["lambda", ":=", "=", ":"]
                .iter()
                .any(|t| self.has_at_top(tokens, t))
        {
            return None;
        }
        let delimiters = self.delimiters(tokens);
        let top = delimiters.iter().map(|d| d.1).max();
        let ternaries = delimiters
            .iter()
            .filter(|d| d.1 == Priority::Ternary)
            .count();
        (top == Some(Priority::Ternary) && ternaries == 2).then_some((value, end))
    }

    /// Whether the line is a conditional expression alone in parentheses (a call's, or its
    /// own), which black splits before its `if` and `else`. Anywhere else black wraps it in
    /// parentheses of its own first (`visit_test`): an item among commas, a keyword
    /// argument's value, a lambda's body, an item in brackets other than parentheses.
    fn lone_conditional(&self, line: &Line) -> bool {
        if !line.in_parens {
            return false;
        }
        let mut depth = 0usize;
        line.tokens.iter().all(|&index| {
            let token = &self.tokens[index];
            match token.kind {
                TokenKind::Open => depth += 1,
                TokenKind::Close => depth = depth.saturating_sub(1),
                _ => {}
            }
            depth > 0 || !(token.is("lambda") || token.is("=") || token.is(":="))
        })
    }

    /// black's `delimiter_split` at a comprehension's `for` and `if` clauses: a line for the
    /// element, then one per clause. A clause that does not fit splits at its own last
    /// bracket: alone on its line, its `for` is the only top delimiter, and the split that
    /// returns the line unchanged gives way to the right-hand split, as in black.
    fn comprehension_split(&self, line: &Line) -> Option<Vec<Line>> {
        let mut pieces = vec![self.item_line(line)];
        let (mut depth, mut seen_for) = (0usize, false);
        for (position, &index) in line.tokens.iter().enumerate() {
            let token = &self.tokens[index];
            let after_async = position > 0 && self.tokens[line.tokens[position - 1]].is("async");
            let clause = match token.text {
                "async" | "for" if !after_async => true,
                "if" => seen_for,
                _ => false,
            };
            if depth == 0 && token.kind == TokenKind::Name && clause && position > 0 {
                pieces.push(self.item_line(line));
            }
            seen_for |= depth == 0 && token.is("for");
            match token.kind {
                TokenKind::Open => depth += 1,
                TokenKind::Close => depth = depth.saturating_sub(1),
                _ => {}
            }
            pieces.last_mut()?.tokens.push(index);
        }
        Some(pieces)
    }

    fn item_line(&self, line: &Line) -> Line {
        Line {
            depth: line.depth,
            inside: true,
            ..Line::default()
        }
    }

    /// A `*args`, `**kwargs`, bare `*` or `/` at the top level of the line.
    fn has_star_argument(&self, line: &Line) -> bool {
        let mut depth = 0usize;
        let mut previous: Option<&Token<'_>> = None;
        for &index in &line.tokens {
            let token = &self.tokens[index];
            match token.kind {
                TokenKind::Open => depth += 1,
                TokenKind::Close => depth = depth.saturating_sub(1),
                _ => {}
            }
            let starts_item = previous.is_none_or(|p| p.kind == TokenKind::Comma);
            if depth == 0 && starts_item && matches!(token.text, "*" | "**" | "/") {
                return true;
            }
            previous = Some(token);
        }
        false
    }

    /// The positions in the line of its last non-empty bracket pair (empty pairs such as
    /// `.start()` belong to the tail), starting the search at `from`.
    fn last_pair(&self, line: &Line, from: usize) -> Option<(usize, usize)> {
        let mut position = line.tokens.len();
        while position > from {
            position -= 1;
            let token = &self.tokens[line.tokens[position]];
            if token.kind != TokenKind::Close {
                continue;
            }
            let open = line.tokens[from..position]
                .iter()
                .position(|&i| i == token.pair)?
                + from;
            if open + 1 < position {
                return Some((open, position));
            }
            position = open;
        }
        None
    }

    /// black's `right_hand_split_with_omits`, for the lines where its first try is the answer:
    /// the head up to the last non-empty opening bracket fits, or no other split is tried.
    /// When that head does not fit, black's later tries (`generate_trailers_to_omit`) are
    /// followed for a value whose parentheses it drops: an earlier pair of the value whose
    /// tail fits (`omitting_value_parens`).
    pub(super) fn right_hand_split(&self, line: &Line) -> Option<Result<Laid, CannotSplit>> {
        if let Some((value, end)) = self.bare_conditional(line) {
            return self.split_in_parens(line, value, end, false).map(Ok);
        }
        let from = match line.value {
            Some(value) => {
                if line.bracketed_target && self.delimiters(&line.tokens[value..]).is_empty() {
                    return self.bracketed_target_split(line, value).map(Ok);
                }
                if self.can_omit_value_parens(line, value).is_none() {
                    return self.value_in_parens(line, value).map(Ok);
                }
                value
            }
            None => 0,
        };
        let Some((open, close)) = self.last_pair(line, from) else {
            // Without a bracket in the value black would wrap it in parentheses.
            return match line.value {
                Some(value) => self.lone_value_in_parens(line, value),
                None => Some(Err(CannotSplit)),
            };
        };
        let other_pair = self.last_pair(&self.part(line, 0, open, 0), 0).is_some();
        if other_pair && self.has_magic_comma(line) && !self.omits_nothing(line, open, close) {
            // A magic comma with more than one pair to choose from: black's omission rules.
            return None;
        }
        let head = self.part(line, 0, open + 1, line.depth);
        let strict = other_pair || line.value.is_some() || line.head_must_fit;
        if !self.fits(&head, &self.render(&head)) && strict {
            // black tries splitting at an earlier pair, or inside parentheses it adds.
            return match line.value {
                // Not a `for` header, whose target black parenthesizes too.
                Some(value) if !self.tokens[line.tokens[0]].is("for") => {
                    self.omitting_value_parens(line, value).map(Ok)
                }
                // A line without invisible parentheses (a call statement, an argument)
                // goes through the same trailers (`_rhs` and `generate_trailers_to_omit`):
                // `TypeChecker(...).is_type(4, "foo")` splits at `TypeChecker(`. black stops
                // that search at a comment, which this one does not, so none may be in it.
                // When no earlier trailer gives a head that fits, black falls back to this
                // split (`_rhs`) and splits the long head in turn: `_unpack(k, ...):
                // _unpack(` in a dict comprehension becomes `_unpack(` / `k, ...` / `):
                // _unpack(`.
                None if !line.head_must_fit && !self.has_comment(line) => self
                    .omitting_value_parens(line, 0)
                    .or_else(|| self.three_parts(line, head, (open, close), false))
                    .map(Ok),
                _ => None,
            };
        }
        // With no other pair to try, black keeps this split even when the head is long.
        self.three_parts(line, head, (open, close), false).map(Ok)
    }

    /// A value of one token (a string, a number, a name) after `return` or a plain `=`, with no
    /// comment after the statement: black and ruff format both put it in parentheses, one
    /// level deeper, when it then fits (`return (`, the string, `)`), and leave the line as it
    /// is when it does not. `None` for anything else without brackets (an attribute chain,
    /// which black wraps and ruff format does not; an annotated or augmented target, which
    /// they treat apart).
    fn lone_value_in_parens(&self, line: &Line, value: usize) -> Option<Result<Laid, CannotSplit>> {
        let [token] = line.tokens[value..] else {
            return None;
        };
        let token = &self.tokens[token];
        let before = &self.tokens[*line.tokens.get(value.checked_sub(1)?)?];
        let plain = before.is("=") || (value == 1 && before.is("return"));
        let trailer = line.last && self.frame.trailer > 0;
        if !plain
            || trailer
            || line.bracketed_target
            || token.comment.is_some()
            || !matches!(token.kind, TokenKind::Literal | TokenKind::Name)
        {
            return None;
        }
        let body = self.part(line, value, value + 1, line.depth + 1);
        let text = self.render(&body);
        if !self.fits(&body, &text) {
            return Some(Err(CannotSplit));
        }
        let head = self.render(&self.part(line, 0, value, line.depth));
        Some(Ok(vec![
            (line.depth, format!("{head} (")),
            (line.depth + 1, text),
            (line.depth, ")".to_string()),
        ]))
    }

    /// Whether black's `generate_trailers_to_omit`, walking the line back from its end, stops
    /// before it offers to omit the last bracket pair (`open`, `close`), so that no split but
    /// the one at that pair is tried (`_rhs` falls back to it, as with no magic comma): a
    /// trailing comma ends the pair (black never omits such a pair), or the text from the
    /// closing bracket before the pair on, where the walk would offer it, does not fit on the
    /// line (the walk stops at the line length).
    fn omits_nothing(&self, line: &Line, open: usize, close: usize) -> bool {
        let before_close = close.checked_sub(1).map(|at| &self.tokens[line.tokens[at]]);
        if before_close.is_some_and(|token| token.kind == TokenKind::Comma) {
            return true;
        }
        let Some(offered) = line.tokens[..open]
            .iter()
            .rposition(|&i| self.tokens[i].kind == TokenKind::Close)
        else {
            return true;
        };
        let mut walked = self.part(line, offered, line.tokens.len(), line.depth);
        walked.last = line.last;
        !self.fits(&walked, &self.render(&walked))
    }

    /// Whether a comment follows a token of the line, or the statement when the line ends it.
    fn has_comment(&self, line: &Line) -> bool {
        (line.last && self.frame.trailer > 0)
            || line
                .tokens
                .iter()
                .any(|&i| self.tokens[i].comment.is_some())
    }

    /// The line cut at the bracket pair (`open`, `close`): head, body one level deeper, tail.
    /// With `lone_comma`, a body without a comma gains a trailing one (a `def`'s lone
    /// parameter, as black's left-hand split writes it).
    pub(super) fn three_parts(
        &self,
        line: &Line,
        head: Line,
        (open, close): (usize, usize),
        lone_comma: bool,
    ) -> Option<Laid> {
        let mut body = self.part(line, open + 1, close, line.depth + 1);
        body.inside = true;
        body.in_parens = self.tokens[line.tokens[open]].is("(");
        if lone_comma
            && !self
                .delimiters(&body.tokens)
                .iter()
                .any(|d| d.1 == Priority::Comma)
        {
            body.tokens.push(self.comma);
        }
        body.explode = self.should_explode(&body, line.tokens[open]);
        let mut tail = self.part(line, close, line.tokens.len(), line.depth);
        tail.last = line.last;
        let mut laid = self.transform(&head)?;
        laid.extend(self.transform(&body)?);
        laid.extend(self.transform(&tail)?);
        Some(laid)
    }

    pub(super) fn part(&self, line: &Line, start: usize, end: usize, depth: usize) -> Line {
        Line {
            tokens: line.tokens[start..end].to_vec(),
            depth,
            ..Line::default()
        }
    }

    /// black's `left_hand_split` of a `def`: at the first bracket, a lone parameter gaining a
    /// trailing comma.
    pub(super) fn left_hand_split(&self, line: &Line) -> Option<Laid> {
        let open = line
            .tokens
            .iter()
            .position(|&i| self.tokens[i].kind == TokenKind::Open)?;
        if !self.tokens[line.tokens[open]].is("(") {
            return None;
        }
        let close = line
            .tokens
            .iter()
            .position(|&i| i == self.tokens[line.tokens[open]].pair)?;
        let tail = &line.tokens[close + 1..];
        if tail.iter().any(|&i| self.tokens[i].kind == TokenKind::Open) {
            // A return annotation with brackets (`) -> Dict[str, int]:`) stays as it is when
            // it fits; black would split it again otherwise, which is not followed here.
            let mut rest = self.part(line, close, line.tokens.len(), line.depth);
            rest.last = line.last;
            if self.has_magic_comma(&rest) || !self.fits(&rest, &self.render(&rest)) {
                return None;
            }
        }
        if close == open + 1 {
            // black would split after `(` an empty parameter list with a long tail.
            return None;
        }
        let head = self.part(line, 0, open + 1, line.depth);
        self.three_parts(line, head, (open, close), true)
    }
}
