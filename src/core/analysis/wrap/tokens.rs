//! The tokens of one logical line, as the formatter in `wrap` sees them: names, literals,
//! brackets (each knowing its partner), commas, dots and operators, each with whether a space
//! separates it from the token before.
//!
//! Only what the formatter can lay out safely is accepted; anything else makes `tokenize`
//! return `None`, and the caller keeps its text as it is:
//! - a comment or a backslash continuation (black moves comments around; we do not);
//! - a string that spans lines, or two strings side by side (implicit concatenation, which
//!   ruff format joins where black keeps it; taken only with `Spacing::AsWritten`);
//! - `;`;
//! - a line break outside brackets (the text is not one logical line).
//!
//! Spacing is kept as written on one line (a run of blanks counts as one space). Where the
//! text broke a line inside brackets, the join takes black's spacing: nothing after an
//! opening bracket or before a closing bracket, a comma or a dot, one space elsewhere.

/// What a token is, as far as laying out a line needs to know.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    /// An identifier or keyword.
    Name,
    /// A number or a string literal.
    Literal,
    Open,
    Close,
    Comma,
    Dot,
    /// Any operator, `:` and `...` included.
    Op,
}

#[derive(Clone, Debug)]
pub struct Token<'a> {
    pub text: &'a str,
    pub kind: TokenKind,
    /// A space separates this token from the one before it.
    pub space: bool,
    /// For a bracket, the index of its partner.
    pub pair: usize,
    /// The comment that follows the token on its line, which stays on the token's line.
    pub comment: Option<&'a str>,
}

impl Token<'_> {
    pub fn is(&self, text: &str) -> bool {
        self.text == text
    }

    pub fn is_keyword(&self) -> bool {
        self.kind == TokenKind::Name && KEYWORDS.contains(&self.text)
    }
}

/// Whether `text` is one of Python's keywords (not a soft keyword, which is a name elsewhere).
pub fn is_keyword(text: &str) -> bool {
    KEYWORDS.contains(&text)
}

const KEYWORDS: [&str; 32] = [
    "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del", "elif",
    "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda",
    "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
];

/// Operators, longest first so that the first match is the whole operator.
const OPERATORS: [&str; 41] = [
    "**=", "//=", ">>=", "<<=", "...", "->", ":=", "**", "//", "<<", ">>", "<=", ">=", "==", "!=",
    "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=", "+", "-", "*", "/", "%", "&", "|", "^",
    "~", "<", ">", "=", "@", ":", "!", "?", "$",
];

/// The tokens of `text`, or `None` when it holds something the formatter does not lay out.
#[cfg(test)]
pub fn tokenize(text: &str) -> Option<Vec<Token<'_>>> {
    tokenize_in(text, false, Spacing::Black)
}

/// Which spacing the tokens of a line may have.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Spacing {
    /// black's, where it changes a line's length (`black_spaced`): the lines are laid out as
    /// black and ruff format lay them out.
    Black,
    /// Any: the lines are laid out by black's rules with the file's own spacing, for a
    /// statement no formatter keeps (`wrap::statement_as_written`).
    AsWritten,
}

/// The tokens of `text`; with `inside`, the text stands inside brackets (an item of a split
/// call), where a line break between its tokens is joined as any other.
pub fn tokenize_in(text: &str, inside: bool, spacing: Spacing) -> Option<Vec<Token<'_>>> {
    let bytes = text.as_bytes();
    let mut tokens = Tokens {
        concatenation: spacing == Spacing::AsWritten,
        ..Tokens::default()
    };
    let (mut at, mut gap, mut broke) = (0, false, false);
    while at < bytes.len() {
        match bytes[at] {
            b' ' | b'\t' | b'\x0c' => gap = true,
            b'\r' | b'\n' => broke = true,
            b'#' => {
                at = attach_comment(text, at, &mut tokens.list, broke)?;
                continue;
            }
            b'\\' | b';' | b'`' => return None,
            _ if broke && tokens.open.is_empty() && !inside => {
                // A line break outside brackets: only trailing white space may follow.
                return text[at..].trim().is_empty().then_some(tokens.list);
            }
            _ => {
                let (len, kind) = token_at(text, at)?;
                tokens.push(&text[at..at + len], kind, gap, broke)?;
                at += len;
                (gap, broke) = (false, false);
                continue;
            }
        }
        at += 1;
    }
    let complete = tokens.open.is_empty() && !tokens.list.is_empty();
    let spaced = spacing == Spacing::AsWritten || black_spaced(&tokens.list);
    (complete && spaced).then_some(tokens.list)
}

/// The tokens so far, and the opening brackets not yet closed.
#[derive(Default)]
struct Tokens<'a> {
    list: Vec<Token<'a>>,
    open: Vec<usize>,
    /// Whether two strings may stand side by side (`Spacing::AsWritten`): black keeps an
    /// implicit concatenation that does not fit and splits it before each string, while
    /// ruff format joins one that fits into one string, so only a statement neither keeps
    /// has them laid out.
    concatenation: bool,
}

impl<'a> Tokens<'a> {
    /// Add a token, pairing brackets; `None` for what the formatter refuses.
    fn push(&mut self, text: &'a str, kind: TokenKind, gap: bool, broke: bool) -> Option<()> {
        let follows_string = self.list.last().is_some_and(|t| is_string(t.text));
        let literal = kind == TokenKind::Literal;
        let concatenated = follows_string && is_string(text) && !self.concatenation;
        if literal && (concatenated || text.contains(['\n', '\r'])) {
            return None;
        }
        let index = self.list.len();
        let mut token = Token {
            text,
            kind,
            space: gap || broke,
            pair: index,
            comment: None,
        };
        if broke {
            token.space = joined_space(self.list.last(), &token);
        }
        match kind {
            TokenKind::Open => self.open.push(index),
            TokenKind::Close => {
                let partner = self.open.pop()?;
                if !matches(self.list[partner].text, text) {
                    return None;
                }
                self.list[partner].pair = index;
                token.pair = partner;
            }
            _ => {}
        }
        self.list.push(token);
        Some(())
    }
}

/// Whether the spacing is black's where it changes a line's length: one space after a comma
/// and around a binary operator, none inside brackets or around a keyword argument's `=`.
/// Lengths measured on other spacing would break lines where black does not, so such text is
/// refused (black would rewrite it anyway). `**` hugs simple operands (`black_power`).
/// The `=` of an annotated parameter's default (`limit: int = 10`) is spaced: it is the `=`
/// that follows a `:` in the same item (after a `:` in a dict, a slice or a lambda's
/// parameters no `=` can follow in that item).
fn black_spaced(tokens: &[Token<'_>]) -> bool {
    // For each open bracket, whether its current item has had a `:`.
    let mut annotated: Vec<bool> = Vec::new();
    tokens.iter().enumerate().all(|(index, token)| {
        let next = tokens.get(index + 1);
        let next_space = next.is_none_or(|n| n.space || n.kind == TokenKind::Close);
        let previous = index.checked_sub(1).map(|i| &tokens[i]);
        match token.kind {
            TokenKind::Open => annotated.push(false),
            TokenKind::Close => {
                annotated.pop();
            }
            TokenKind::Comma => {
                if let Some(item) = annotated.last_mut() {
                    *item = false;
                }
            }
            TokenKind::Op if token.is(":") => {
                if let Some(item) = annotated.last_mut() {
                    *item = true;
                }
            }
            _ => {}
        }
        match token.kind {
            TokenKind::Comma => !token.space && next_space,
            TokenKind::Literal => black_literal(token.text),
            TokenKind::Open => next.is_none_or(|n| !n.space),
            TokenKind::Close => {
                !token.space || previous.is_some_and(|p| p.kind == TokenKind::Comma)
            }
            TokenKind::Op if token.is("=") && annotated.last() == Some(&true) => {
                token.space && next.is_some_and(|n| n.space)
            }
            TokenKind::Op if token.is("=") && !annotated.is_empty() => {
                !token.space && next.is_some_and(|n| !n.space)
            }
            TokenKind::Op if token.is("**") && is_binary(token, previous) => {
                black_power(tokens, index)
            }
            TokenKind::Op if is_binary(token, previous) => {
                token.space && next.is_some_and(|n| n.space)
            }
            _ => true,
        }
    })
}

/// Whether the binary `**` at `index` is spaced as black spaces it: hugged (`x**2`,
/// `a.b**c.d`, `10**i`) when both operands are simple, a number or a name or attribute chain
/// that no call or subscript touches (`f(x) ** 2`, `x ** f(y)`, `d[k] ** 2` keep their spaces),
/// spaced otherwise. A unary operand (`x**-1`, `5.0**~4`) is refused: black's rule for it is
/// not followed here.
fn black_power(tokens: &[Token<'_>], index: usize) -> bool {
    let (Some(left), Some(right)) = (index.checked_sub(1), tokens.get(index + 1)) else {
        return false;
    };
    if right.kind == TokenKind::Op {
        return false;
    }
    let number = |token: &Token<'_>| {
        token.kind == TokenKind::Literal
            && token
                .text
                .starts_with(|c: char| c.is_ascii_digit() || c == '.')
    };
    let chained = |token: &Token<'_>| {
        token.kind == TokenKind::Dot || (token.kind == TokenKind::Name && !token.is_keyword())
    };
    // Walking away from the operator over the name chain, the first token past it: a bracket
    // that calls or subscripts the chain makes the operand not simple.
    let simple = |at: usize, step: isize| -> bool {
        let operand = &tokens[at];
        if number(operand) {
            return true;
        }
        let constant = matches!(operand.text, "None" | "True" | "False");
        if operand.kind != TokenKind::Name || (operand.is_keyword() && !constant) {
            return false;
        }
        let mut at = at as isize;
        loop {
            at += step;
            let Some(token) = usize::try_from(at).ok().and_then(|i| tokens.get(i)) else {
                return true;
            };
            if !chained(token) {
                let touched = if step < 0 {
                    token.kind == TokenKind::Close
                } else {
                    token.kind == TokenKind::Open
                };
                return !touched;
            }
        }
    };
    let token = &tokens[index];
    if simple(left, -1) && simple(index + 1, 1) {
        !token.space && !right.space
    } else {
        token.space && right.space
    }
}

/// Whether black writes the literal as it is: black normalizes numbers (`.5` to `0.5`, `0XAB`
/// to `0xAB`, `1E5` to `1e5`) and string prefixes (`u` dropped, `br` to `rb`).
fn black_literal(text: &str) -> bool {
    if text.starts_with(|c: char| c.is_ascii_digit() || c == '.') {
        let hex = text.starts_with("0x");
        let digits_ok = if hex {
            !text[2..].contains(|c: char| c.is_ascii_lowercase())
        } else {
            !text.contains(|c: char| c.is_ascii_uppercase())
        };
        return digits_ok && !text.starts_with('.') && !text.ends_with('.');
    }
    let prefix = &text[..text.find(['"', '\'']).unwrap_or(0)];
    let canonical = matches!(
        prefix,
        "" | "r" | "R" | "b" | "f" | "t" | "rb" | "Rb" | "rf" | "Rf"
    );
    canonical && !text.contains("\\'") && !text.contains("\\\"")
}

/// An operator between two operands (not a unary sign, a star argument or a separator).
fn is_binary(token: &Token<'_>, previous: Option<&Token<'_>>) -> bool {
    let after_operand = previous.is_some_and(|p| match p.kind {
        TokenKind::Name => !p.is_keyword(),
        TokenKind::Literal | TokenKind::Close => true,
        _ => false,
    });
    after_operand && !matches!(token.text, ":" | "=" | "..." | "~" | "!")
}

/// Attach the comment starting at `at` to the token before it, and return where the comment
/// ends. `None` for a comment on a line of its own (black moves those by rules not followed
/// here), a second comment, a type comment, or one black would respace.
fn attach_comment<'a>(
    text: &'a str,
    at: usize,
    tokens: &mut [Token<'a>],
    broke: bool,
) -> Option<usize> {
    let end = text[at..]
        .find(['\n', '\r'])
        .map_or(text.len(), |len| at + len);
    let comment = text[at..end].trim_end();
    let last = tokens.last_mut().filter(|_| !broke)?;
    let spelled = comment == "#" || comment.starts_with("# ");
    if last.comment.is_some() || !spelled || comment.starts_with("# type:") {
        return None;
    }
    last.comment = Some(comment);
    Some(end)
}

/// The space black puts where a line break inside brackets is joined.
fn joined_space(before: Option<&Token<'_>>, token: &Token<'_>) -> bool {
    let glued_after = before.is_none_or(|b| b.kind == TokenKind::Open || b.kind == TokenKind::Dot);
    let glued_before = matches!(
        token.kind,
        TokenKind::Close | TokenKind::Comma | TokenKind::Dot
    );
    !(glued_after || glued_before)
}

fn matches(open: &str, close: &str) -> bool {
    matches!((open, close), ("(", ")") | ("[", "]") | ("{", "}"))
}

pub(super) fn is_string(text: &str) -> bool {
    text.ends_with(['"', '\''])
}

/// The length and kind of the token starting at `at`.
fn token_at(text: &str, at: usize) -> Option<(usize, TokenKind)> {
    let rest = &text[at..];
    let first = rest.chars().next()?;
    if first.is_alphabetic() || first == '_' {
        let len = rest
            .find(|c: char| !(c.is_alphanumeric() || c == '_'))
            .unwrap_or(rest.len());
        let prefix = rest[..len].to_ascii_lowercase();
        let is_prefix = matches!(
            prefix.as_str(),
            "r" | "b" | "u" | "f" | "t" | "rb" | "br" | "fr" | "rf" | "tr" | "rt"
        );
        if is_prefix && rest[len..].starts_with(['"', '\'']) {
            return Some((len + string_len(&rest[len..])?, TokenKind::Literal));
        }
        return Some((len, TokenKind::Name));
    }
    let digit_after_dot = first == '.' && rest[1..].starts_with(|c: char| c.is_ascii_digit());
    if first.is_ascii_digit() || digit_after_dot {
        return Some((number_len(rest), TokenKind::Literal));
    }
    match first {
        '"' | '\'' => Some((string_len(rest)?, TokenKind::Literal)),
        '(' | '[' | '{' => Some((1, TokenKind::Open)),
        ')' | ']' | '}' => Some((1, TokenKind::Close)),
        ',' => Some((1, TokenKind::Comma)),
        '.' if !rest.starts_with("...") => Some((1, TokenKind::Dot)),
        _ => OPERATORS
            .iter()
            .find(|op| rest.starts_with(*op))
            .map(|op| (op.len(), TokenKind::Op)),
    }
}

/// The length of the number at the start of `rest` (`1_000`, `0x1F`, `1.5e-3`, `2j`).
fn number_len(rest: &str) -> usize {
    let bytes = rest.as_bytes();
    let mut len = 0;
    while len < bytes.len() {
        let c = bytes[len];
        let exponent_sign = (c == b'+' || c == b'-')
            && len > 0
            && matches!(bytes[len - 1], b'e' | b'E')
            && !rest[..len].starts_with("0x")
            && !rest[..len].starts_with("0X");
        if c.is_ascii_alphanumeric() || c == b'_' || c == b'.' || exponent_sign {
            len += 1;
        } else {
            break;
        }
    }
    len
}

/// The length of the string literal (without prefix) at the start of `rest`, or `None` when
/// it does not end.
fn string_len(rest: &str) -> Option<usize> {
    let quote = &rest[..1];
    let triple = quote.repeat(3);
    let delimiter = if rest.starts_with(&triple) {
        triple.as_str()
    } else {
        quote
    };
    let bytes = rest.as_bytes();
    let mut at = delimiter.len();
    while at < bytes.len() {
        if bytes[at] == b'\\' {
            at += 2;
            continue;
        }
        if bytes[at..].starts_with(delimiter.as_bytes()) {
            return Some(at + delimiter.len());
        }
        at += 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<String> {
        tokenize(text)
            .unwrap()
            .iter()
            .map(|t| format!("{}{}", if t.space { " " } else { "" }, t.text))
            .collect()
    }

    #[test]
    fn splits_a_call_into_tokens_with_their_spacing() {
        assert_eq!(
            texts("p = mp.Process(target=f, args=(1.5e-3, 'a'))"),
            [
                "p", " =", " mp", ".", "Process", "(", "target", "=", "f", ",", " args", "=", "(",
                "1.5e-3", ",", " 'a'", ")", ")"
            ]
        );
    }

    #[test]
    fn joins_broken_lines_with_blacks_spacing() {
        assert_eq!(
            texts("f(\n    a,\n    b\n).start()\n"),
            ["f", "(", "a", ",", " b", ")", ".", "start", "(", ")"]
        );
    }

    #[test]
    fn attaches_a_comment_to_the_token_before_it() {
        let tokens = tokenize("f(\n    a,  # why\n    b,\n)").unwrap();
        assert_eq!(tokens[3].text, ",");
        assert_eq!(tokens[3].comment, Some("# why"));
    }

    #[test]
    fn pairs_brackets() {
        let tokens = tokenize("f(a[1], {})").unwrap();
        assert_eq!((tokens[1].pair, tokens[3].pair, tokens[7].pair), (9, 5, 8));
    }

    #[test]
    fn refuses_what_it_cannot_lay_out() {
        for text in [
            "f(a,\n  # why\n  b)",
            "f(a,  #why\n  b)",
            "x = 1 + \\\n  2",
            "f('a' 'b')",
            "f('''a\nb''')",
            "f(a)\ng(b)",
            "f(a",
            "f(a]",
        ] {
            assert!(tokenize(text).is_none(), "{text}");
        }
    }
}
