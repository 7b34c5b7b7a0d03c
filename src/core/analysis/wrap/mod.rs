//! A small formatter for the lines a fix writes: given one logical line (a simple statement or
//! a `def`/`with` header, possibly already spanning lines inside brackets), it produces the
//! text black 26 and ruff format would produce, or `None` when the line holds something it has
//! not been taught (see `tokens` for what it refuses, and `statement` for the statement kinds).
//!
//! The rules are black's (`linegen.py`), for the subset real call statements need:
//! - a line that fits, and has no magic trailing comma, is joined onto one line;
//! - otherwise it is split at its last non-empty pair of brackets (the right-hand split): the
//!   head up to the opening bracket, the body one level deeper, the closing bracket and what
//!   follows it; empty pairs such as `.start()` stay in the tail;
//! - a body that fits stays on one line, unless it is a collection literal with several items
//!   or ends in a magic trailing comma; otherwise it is split at its commas, one item per line
//!   with a trailing comma added, and each item is laid out again by the same rules;
//! - for `x = value` and `return value` the value sits in black's invisible parentheses, which
//!   are dropped when the value has no delimiter (or one method call), as black does, and
//!   made visible around a tuple black keeps them for (`return (`, one item per line with a
//!   trailing comma, `)`) and around a value split at operators black keeps them for (see
//!   `values`); parentheses written around the whole value are black's invisible ones;
//! - the condition of an `if`, `elif` or `while` header, and a `for` header's iterable, sit in
//!   invisible parentheses too, which are dropped under the same rule (a `for` over a tuple
//!   keeps them as a `return` does), and so does the test of an `assert` without a message
//!   (laid out as a `return`'s value); a bare `yield` or `await` has none, nor has a `raise`, and an `assert`
//!   with a message is split at its test's last call when black drops the parentheses around
//!   test and message;
//! - a body split at operators (a conditional expression alone in parentheses, `and`/`or`,
//!   comparisons, arithmetic) breaks before each operator of the highest priority, as black's
//!   delimiter split does;
//! - a `def` is split at its first bracket (black's left-hand split), and a lone parameter
//!   gains a trailing comma.
//!
//! Worked example, at 40 columns:
//!
//! ```text
//! p = Process(target=work, args=(i, prefix, out_dir))
//! ```
//! does not fit, so it splits at `Process(`; the body `target=work, args=(i, prefix, out_dir)`
//! is too long at one level deeper, so it splits at its commas:
//! ```text
//! p = Process(
//!     target=work,
//!     args=(i, prefix, out_dir),
//! )
//! ```
//! Had the body fitted, it would have stayed on the one line between `Process(` and `)`.
//! Spacing within a line is kept as written; line breaks inside brackets are joined with
//! black's spacing.

mod tokens;

pub use tokens::is_keyword;
use tokens::{Spacing, Token, TokenKind, tokenize_in};

/// Where a statement sits and how long its lines may be.
#[derive(Clone, Copy, Debug)]
pub struct Frame<'a> {
    /// The white space before the statement.
    pub indent: &'a str,
    /// One level of indentation.
    pub unit: &'a str,
    /// The line length limit, in characters.
    pub limit: usize,
    pub eol: &'a str,
    /// The width of what follows the statement on its last line (a trailing comment and the
    /// spaces before it), which black counts in that line's length.
    pub trailer: usize,
    /// Whether an item split after `*args`, `**kwargs` or a bare `*` gains the trailing comma
    /// (see `star_comma`).
    pub star_comma: bool,
}

/// Whether black, on the file `source`, ends a bracket it splits one item per line with a
/// comma after a last `*args` or `**kwargs` item (and after items that follow a bare `*`).
///
/// black adds that comma only when every Python version it infers for the file allows it
/// (3.5 in calls, 3.6 in definitions), and it infers them from the features the file uses:
/// a file with no f-string or other newer syntax gets no comma, one that has any gets it.
/// Such a comma is a feature in its turn, so a file whose only one is the comma a fix wrote
/// stays formatted under black, and ruff format adds it always. So the comma is written,
/// unless the file shows black's other form: a split item `*args` or `**kwargs` with no comma
/// after it, on the line before the closing parenthesis (black always ends a list, tuple or set
/// display with the comma, so a call or a `def` ends so). Then black formats the file for old
/// versions (and ruff format would not accept it as it is), and the fix writes what black does.
pub fn star_comma(source: &str) -> bool {
    let mut lines = source.lines().map(str::trim);
    let mut previous = lines.next().unwrap_or("");
    for line in lines {
        let closes = line.starts_with(')');
        if closes && is_bare_star_item(previous) {
            return false;
        }
        previous = line;
    }
    true
}

/// Whether `line` (trimmed) is a lone `*name` or `**name` item with no comma after it.
fn is_bare_star_item(line: &str) -> bool {
    let code = line.split(" #").next().unwrap_or(line).trim_end();
    let name = code.trim_start_matches('*');
    (1..=2).contains(&(code.len() - name.len()))
        && name.starts_with(|c: char| c.is_alphabetic() || c == '_')
        && name
            .chars()
            .all(|c| c.is_alphanumeric() || c == '_' || c == '.')
}

/// `text` (one logical line, from its first token) laid out as black lays it out in `frame`,
/// without the indentation of its first line; `None` when it holds something this formatter
/// does not handle.
pub fn statement(text: &str, frame: Frame<'_>) -> Option<String> {
    laid_out_statement(text, frame, Spacing::Black)
}

/// `statement`, for text whose spacing is not black's (`end+1`, `f(a,b)`): laid out by the
/// same rules with the spacing as written, lengths measured on it. Neither black nor ruff
/// format would keep the result, so it is only for a statement no formatter keeps, whose
/// new text would otherwise stay longer than the limit.
pub fn statement_as_written(text: &str, frame: Frame<'_>) -> Option<String> {
    laid_out_statement(text, frame, Spacing::AsWritten)
}

fn laid_out_statement(text: &str, frame: Frame<'_>, spacing: Spacing) -> Option<String> {
    let (laid, several) = laid_out_with_managers(text, frame, spacing)?;
    // Where several context managers do not fit one line, black's and ruff's layouts depend
    // on the target version: left as they are.
    (!several || !laid.contains('\n')).then_some(laid)
}

/// Whether `text`, a statement standing in `frame`, is laid out as black or ruff format lay
/// it out: `statement` gives it back, or it is a `with` of several context managers that
/// does not fit one line, split at its last bracket as black splits it for targets before
/// Python 3.9 (`with a as x, open(` ... `) as y:`). That form tells the project formats its
/// code: moved where it fits, the header is joined, as every formatter joins it.
pub fn is_laid_out(text: &str, frame: Frame<'_>) -> bool {
    laid_out_with_managers(text, frame, Spacing::Black).is_some_and(|(laid, _)| laid == text)
}

/// The statement laid out, and whether it is a `with` of several context managers.
fn laid_out_with_managers(
    text: &str,
    frame: Frame<'_>,
    spacing: Spacing,
) -> Option<(String, bool)> {
    let mut formatter = Formatter::new(text, frame, false, spacing)?;
    let line = formatter.top_line()?;
    let several = formatter.several_context_managers(&line);
    Some((formatter.join(&formatter.transform(&line)?), several))
}

/// Whether a comment ends the last line of `text`, a laid out logical line: black runs the
/// comment after the statement into it (`f(a)  # one  # two`).
pub fn comment_on_last_line(text: &str) -> bool {
    // A comment stays with the token before it on its line: on the last line, the last token.
    tokenize_in(text, false, Spacing::Black)
        .is_some_and(|tokens| tokens.last().is_some_and(|token| token.comment.is_some()))
}

/// `text`, one item of a bracket pair that black splits one item per line (with its comma,
/// when it has one), laid out as black lays out such an item in `frame`: as the line its
/// delimiter split made, split again when it does not fit. `None` as for `statement`.
pub fn item(text: &str, frame: Frame<'_>) -> Option<String> {
    // The item stands inside its brackets: a line break between its operands is legal.
    let formatter = Formatter::new(text, frame, true, Spacing::Black)?;
    let line = Line {
        tokens: (0..formatter.comma).collect(),
        inside: true,
        last: true,
        ..Line::default()
    };
    Some(formatter.join(&formatter.transform(&line)?))
}

/// `text`, standing inside brackets, cut after each comma outside its own brackets, each piece
/// without the blanks around it (`1, k,` gives `1,` and `k,`); `None` as for `item`.
pub fn top_level_items(text: &str) -> Option<Vec<&str>> {
    let tokens = tokenize_in(text, true, Spacing::Black)?;
    let (mut depth, mut start, mut pieces) = (0usize, 0, Vec::new());
    for token in &tokens {
        match token.kind {
            TokenKind::Open => depth += 1,
            TokenKind::Close => depth = depth.checked_sub(1)?,
            TokenKind::Comma if depth == 0 => {
                let end = token.text.as_ptr() as usize - text.as_ptr() as usize + 1;
                pieces.push(text.get(start..end)?.trim());
                start = end;
            }
            _ => {}
        }
    }
    let rest = text.get(start..)?.trim();
    if !rest.is_empty() {
        pieces.push(rest);
    }
    Some(pieces)
}

/// Whether a line of `text`, placed after `indent`, is longer than `limit` characters.
pub fn too_long(text: &str, indent: &str, limit: usize) -> bool {
    text.lines().enumerate().any(|(index, line)| {
        let prefix = if index == 0 { width(indent) } else { 0 };
        prefix + width(line) > limit
    })
}

/// The columns a tab takes in ruff's count of a line's width (its default `indent-width`):
/// black indents with spaces only, so a file indented with tabs is ruff's.
const TAB_WIDTH: usize = 4;

/// The width of `text` in columns as black and ruff count it: East Asian wide and full-width
/// characters take two, and a tab goes on to the next multiple of `TAB_WIDTH`.
pub fn width(text: &str) -> usize {
    if text.is_ascii() && !text.contains('\t') {
        return text.len();
    }
    text.chars().fold(0, |column, c| match c {
        '\t' => (column / TAB_WIDTH + 1) * TAB_WIDTH,
        c if is_wide(c) => column + 2,
        _ => column + 1,
    })
}

/// The blocks of Unicode's East Asian Wide and Fullwidth characters (`W` and `F`).
fn is_wide(c: char) -> bool {
    matches!(
        u32::from(c),
        0x1100..=0x115F
            | 0x231A..=0x231B
            | 0x2329..=0x232A
            | 0x23E9..=0x23EC
            | 0x2E80..=0x303E
            | 0x3041..=0x33FF
            | 0x3400..=0x4DBF
            | 0x4E00..=0x9FFF
            | 0xA000..=0xA4CF
            | 0xA960..=0xA97F
            | 0xAC00..=0xD7A3
            | 0xF900..=0xFAFF
            | 0xFE10..=0xFE19
            | 0xFE30..=0xFE6F
            | 0xFF00..=0xFF60
            | 0xFFE0..=0xFFE6
            | 0x1F300..=0x1F64F
            | 0x1F900..=0x1F9FF
            | 0x20000..=0x3FFFD
    )
}

/// A delimiter's priority, in black's order (`priorities.py`), lowest first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Priority {
    /// A `.` after a closing bracket (a method call on a call's result).
    Dot,
    /// A binary operator, ranked as black ranks them: `**` 2, `*` `/` `//` `%` `@` 4, `+` `-`
    /// 5, `<<` `>>` 6, `&` 7, `^` 8, `|` 9.
    Math(u8),
    /// `<`, `==`, `in`, `not in`, `is`, `is not` and the rest.
    Comparator,
    /// A string after a string (implicit concatenation, `Spacing::AsWritten` only).
    String,
    /// `and`, `or`.
    Logic,
    /// The `if` and `else` of a conditional expression.
    Ternary,
    Comma,
    /// The `for` and `if` clauses of a comprehension.
    Comprehension,
}

/// One line being laid out: indices into the tokens, how deep it is, and what black knows of
/// it.
#[derive(Clone, Debug, Default)]
struct Line {
    tokens: Vec<usize>,
    depth: usize,
    /// The body of a bracket pair (black's `inside_brackets`): it may split at its commas.
    inside: bool,
    /// Split at the commas even if it fits (black's `should_split_rhs`).
    explode: bool,
    /// The header of a `def`, which splits at its first bracket.
    is_def: bool,
    /// Where the value of an assignment or `return` starts, inside invisible parentheses.
    value: Option<usize>,
    /// The statement assigns to something with brackets (`a[i] = ...`).
    bracketed_target: bool,
    /// The line ends the statement, so the trailing comment follows it.
    last: bool,
    /// The body of a pair of parentheses (rather than an item in them, or the body of other
    /// brackets).
    in_parens: bool,
    /// A right-hand split whose head does not fit is declined: black would try other splits.
    head_must_fit: bool,
}

type Laid = Vec<(usize, String)>;

/// The deepest bracket nesting laid out.
const MAX_DEPTH: usize = 40;

/// A split that cannot be made, as opposed to a line this formatter does not handle (`None`).
struct CannotSplit;

struct Formatter<'a> {
    tokens: Vec<Token<'a>>,
    frame: Frame<'a>,
    /// The index of the comma token that trailing commas added by a split refer to.
    comma: usize,
    /// The indices of the parentheses a split adds around a value (`value_in_parens`).
    parens: (usize, usize),
    /// The index of that `(` as it follows a keyword argument's `=`, without a space.
    tight_open: usize,
}

impl<'a> Formatter<'a> {
    /// The formatter of `text`, with the tokens a split may add after the text's own: a comma
    /// for trailing commas, and black's invisible parentheses around a value, for when they
    /// become visible.
    fn new(
        text: &'a str,
        frame: Frame<'a>,
        inside: bool,
        spacing: Spacing,
    ) -> Option<Formatter<'a>> {
        let mut tokens = tokenize_in(text, inside, spacing)?;
        let comma = tokens.len();
        let added = [
            (",", TokenKind::Comma, false, comma),
            ("(", TokenKind::Open, true, comma + 2),
        ];
        for (text, kind, space, pair) in added {
            tokens.push(Token {
                text,
                kind,
                space,
                pair,
                comment: None,
            });
        }
        tokens.push(Token {
            text: ")",
            kind: TokenKind::Close,
            space: false,
            pair: comma + 1,
            comment: None,
        });
        // The same `(` after a keyword argument's `=` (`key=(`), which takes no space.
        tokens.push(Token {
            text: "(",
            kind: TokenKind::Open,
            space: false,
            pair: comma + 2,
            comment: None,
        });
        Some(Formatter {
            tokens,
            frame,
            comma,
            parens: (comma + 1, comma + 2),
            tight_open: comma + 3,
        })
    }

    /// The laid-out lines as text: the first without its indentation, the others indented.
    fn join(&self, lines: &Laid) -> String {
        let frame = self.frame;
        let mut out = String::new();
        for (index, (depth, text)) in lines.iter().enumerate() {
            if index > 0 {
                out.push_str(frame.eol);
                out.push_str(frame.indent);
                out.push_str(&frame.unit.repeat(*depth));
            }
            out.push_str(text);
        }
        out
    }

    /// Whether `line`, a statement's top line, is the header of a `with` (or `async with`)
    /// of several context managers, a comma at its top level.
    fn several_context_managers(&self, line: &Line) -> bool {
        let keyword = match self.tokens[0].text {
            "async" => self.tokens.get(1).is_some_and(|t| t.is("with")),
            first => first == "with",
        };
        keyword && (self.delimiters(&line.tokens).iter()).any(|d| d.1 == Priority::Comma)
    }

    /// The statement as one line, with what its first tokens say about it.
    fn top_line(&mut self) -> Option<Line> {
        let all: Vec<usize> = (0..self.comma).collect();
        let first = &self.tokens[0];
        let mut line = Line {
            tokens: all.clone(),
            last: true,
            ..Line::default()
        };
        match first.text {
            "def" => line.is_def = true,
            "async" if self.tokens.get(1).is_some_and(|t| t.is("def")) => line.is_def = true,
            "return" if all.len() > 1 => line.value = Some(1),
            "return" => {}
            "for" => line.value = self.for_iterable(&all)?,
            // A bare `yield` or `await` statement gets no invisible parentheses: black splits
            // it at its last bracket pair, as it splits a `raise` (whose `from` clause stays
            // after the closing bracket). Of a tuple (`yield pool.map(...), total`) too, but
            // ruff format parenthesizes the tuple there, one item per line, and black keeps
            // parentheses written around a `yield`'s tuple: that layout is taken (`yield (`),
            // which both accept.
            "yield" | "await" => {
                let tuple = self
                    .delimiters(&all[1..])
                    .iter()
                    .any(|d| d.1 == Priority::Comma);
                if tuple && first.is("yield") {
                    line.value = Some(1);
                }
            }
            "raise" => {}
            // Without a message, black treats the test as it treats a `return`'s value: in
            // invisible parentheses after the keyword (`parens={"assert", ","}`).
            "assert" if all.len() > 1 && !self.has_at_top(&all[1..], ",") => {
                line.value = Some(1);
            }
            "assert" => line.head_must_fit = self.plain_assertion(&all)?,
            // A condition sits in black's invisible parentheses, like a `for` iterable.
            "if" | "elif" | "while" => line.value = Some(1),
            // One context manager: black splits it like a call. Several are split so too
            // by black for targets before Python 3.9 (`with a as x, open(` ... `) as y:`),
            // and in parentheses after (`several_context_managers`).
            "with" => {}
            // `async with` is laid out as `with` is.
            "async" if self.tokens.get(1).is_some_and(|t| t.is("with")) => {}
            _ if first.is_keyword() => return None,
            _ => self.assignment(&mut line)?,
        }
        if let Some(value) = line.value
            && self.tokens[self.comma - 1].kind == TokenKind::Comma
            && value < self.comma
        {
            // A tuple value ending in a comma: black makes its parentheses visible
            // (`__slots__ = ("key",)`) whether it fits or not.
            return None;
        }
        if let Some(value) = line.value {
            self.redundant_parens(&mut line, value)?;
        }
        Some(line)
    }

    /// Parentheses written around the whole value at `value` (the line's tokens are all the
    /// statement's still): black keeps a tuple's, and adds no invisible ones around them
    /// (`line.value` becomes `None`); it makes others invisible (`normalize_invisible_parens`),
    /// so they leave the line, and come back where black's invisible ones would. `None` for
    /// what black keeps them around and this formatter does not lay out: an empty tuple, a
    /// generator, a `yield`, a walrus, a starred item, a tuple in a condition, parentheses
    /// doubled or holding a comment on their own tokens.
    fn redundant_parens(&mut self, line: &mut Line, value: usize) -> Option<()> {
        let header = matches!(self.tokens[0].text, "if" | "elif" | "while");
        // The value ends before a header's `:`.
        let end = self.comma - usize::from(header);
        let open = &self.tokens[value];
        if !(open.is("(") && open.pair + 1 == end) {
            return Some(());
        }
        let inside: Vec<usize> = (value + 1..end - 1).collect();
        let first = self.tokens.get(*inside.first()?)?;
        let delimiters = self.delimiters(&inside);
        if delimiters.iter().any(|d| d.1 == Priority::Comma) {
            if header {
                return None;
            }
            line.value = None;
            return Some(());
        }
        let walrus = self.has_at_top(&inside, ":=");
        let generator = delimiters.iter().any(|d| d.1 == Priority::Comprehension);
        let doubled = first.is("(") && first.pair + 1 == end - 1;
        let commented = open.comment.is_some() || self.tokens[end - 1].comment.is_some();
        if walrus || generator || doubled || commented || matches!(first.text, "yield" | "*") {
            return None;
        }
        // The value's first token takes the place of the `(`, and its space.
        self.tokens[inside[0]].space = open.space;
        line.tokens
            .retain(|&index| index != value && index != end - 1);
        Some(())
    }

    /// Where the iterable of a `for` header starts, inside black's invisible parentheses, or
    /// `Some(None)` for a parenthesized tuple, which black leaves visible and adds none
    /// around (`for fn in (first, second):` splits inside its own parentheses); `None` for
    /// targets with brackets and other iterables in parentheses, whose rules differ.
    fn for_iterable(&self, all: &[usize]) -> Option<Option<usize>> {
        // The target has no brackets, so the first `in` ends it.
        for &index in all {
            let token = &self.tokens[index];
            if matches!(token.kind, TokenKind::Open | TokenKind::Close) {
                return None;
            }
            if token.is("in") {
                let next = self.tokens.get(index + 1)?;
                if !next.is("(") {
                    return Some(Some(index + 1));
                }
                // `( ... ) :` ending the header, with a comma at its top level.
                let inside: Vec<usize> = (index + 2..next.pair).collect();
                let tuple = next.pair + 2 == self.comma
                    && self
                        .delimiters(&inside)
                        .iter()
                        .any(|d| d.1 == Priority::Comma);
                return tuple.then_some(None);
            }
        }
        None
    }

    /// Whether an `assert` is one whose split this formatter follows: black puts its test and
    /// its message in invisible parentheses each, and drops both, splitting at the test's last
    /// bracket pair, when the message has no brackets and neither has a delimiter (a method
    /// call on a call's result aside). `Some(true)` then, `None` otherwise, and `None` when the
    /// line up to the message would fit with an opening parenthesis: ruff format then keeps
    /// the test whole and parenthesizes the message, which black does not accept. `None` for
    /// an `assert` without a message, which `top_line` lays out as a `return`.
    fn plain_assertion(&self, all: &[usize]) -> Option<bool> {
        let parts = &all[1..];
        let delimiters = self.delimiters(parts);
        let (test, message) = match delimiters.iter().find(|d| d.1 == Priority::Comma) {
            Some(&(at, _)) => {
                let mut head = Line {
                    tokens: all[..at + 2].to_vec(),
                    ..Line::default()
                };
                head.tokens.push(self.parens.0);
                if self.fits(&head, &self.render(&head)) {
                    return None;
                }
                (&parts[..at], &parts[at + 1..])
            }
            // One without a message is laid out as a `return` (`top_line`).
            None => return None,
        };
        let bracket =
            |&i: &usize| matches!(self.tokens[i].kind, TokenKind::Open | TokenKind::Close);
        if message.iter().any(bracket) || !self.delimiters(message).is_empty() {
            return None;
        }
        match self.delimiters(test).as_slice() {
            [] | [(_, Priority::Dot)] => test.iter().any(bracket).then_some(true),
            _ => None,
        }
    }

    /// Record where an assignment's value starts; `None` for forms not handled (chained
    /// assignments, an annotation without a value, a walrus or a lambda at the top). An
    /// annotated target counts as one with brackets: black puts the annotation in invisible
    /// parentheses, which its rules count as brackets.
    fn assignment(&self, line: &mut Line) -> Option<()> {
        let mut depth = 0usize;
        let mut at = None;
        let mut annotated = false;
        for (position, &index) in line.tokens.iter().enumerate() {
            let token = &self.tokens[index];
            match token.kind {
                TokenKind::Open => depth += 1,
                TokenKind::Close => depth = depth.saturating_sub(1),
                TokenKind::Op if depth == 0 && token.is(":") && !annotated && at.is_none() => {
                    annotated = true;
                }
                TokenKind::Op if depth == 0 && matches!(token.text, ":" | ":=") => return None,
                TokenKind::Op
                    if depth == 0 && token.text.ends_with('=') && !is_comparison(token) =>
                {
                    if at.is_some() {
                        return None;
                    }
                    at = Some(position);
                }
                _ => {}
            }
        }
        if annotated && at.is_none_or(|at| !self.tokens[line.tokens[at]].is("=")) {
            return None;
        }
        if let Some(at) = at {
            let first = &self.tokens[line.tokens[0]];
            if first.is("(") && first.pair + 1 == line.tokens[at] {
                // black drops redundant parentheses around a target.
                return None;
            }
            if at > 0 && self.tokens[line.tokens[at - 1]].kind == TokenKind::Comma {
                // black parenthesizes a one-element tuple target: `(a,) = ...`.
                return None;
            }
            line.value = Some(at + 1);
            let is_plain = self.tokens[line.tokens[at]].is("=");
            line.bracketed_target = is_plain
                && (annotated
                    || line.tokens[..at].iter().any(|&i| {
                        matches!(self.tokens[i].kind, TokenKind::Open | TokenKind::Close)
                    }));
        }
        Some(())
    }

    /// The line as one line of text; its comments go at the end, as black writes them.
    fn render(&self, line: &Line) -> String {
        let mut out = String::new();
        for (position, &index) in line.tokens.iter().enumerate() {
            let token = &self.tokens[index];
            if position > 0 && token.space {
                out.push(' ');
            }
            out.push_str(token.text);
        }
        for &index in &line.tokens {
            if let Some(comment) = self.tokens[index].comment {
                out.push_str("  ");
                out.push_str(comment);
            }
        }
        out
    }

    fn fits(&self, line: &Line, text: &str) -> bool {
        let frame = self.frame;
        let indent = width(frame.indent) + line.depth * width(frame.unit);
        let trailer = if line.last { frame.trailer } else { 0 };
        indent + width(text) + trailer <= frame.limit
    }

    /// black's `transform_line`: the line as it is when it fits, else split.
    fn transform(&self, line: &Line) -> Option<Laid> {
        // Every split makes smaller lines, so this only bounds the stack on absurd nesting.
        if line.depth > MAX_DEPTH {
            return None;
        }
        let text = self.render(line);
        if !line.explode && !self.has_magic_comma(line) && self.fits(line, &text) {
            return Some(vec![(line.depth, text)]);
        }
        if line.is_def {
            return self.left_hand_split(line);
        }
        if line.inside {
            let split = self.delimiter_split(line)?;
            // black moves on to the next split when one returns the line unchanged.
            if let Ok(items) = split
                && items.len() > 1
            {
                let mut laid = Vec::new();
                for item in &items {
                    laid.extend(self.transform(item)?);
                }
                return Some(laid);
            }
        }
        match self.right_hand_split(line)? {
            Ok(laid) => Some(laid),
            // black leaves a line it cannot split as it is.
            Err(CannotSplit) => Some(vec![(line.depth, text)]),
        }
    }
}

mod delimiters;
mod split;
mod values;

fn is_comparison(token: &Token<'_>) -> bool {
    matches!(token.text, "==" | "!=" | "<=" | ">=")
}

#[cfg(test)]
mod tests;
