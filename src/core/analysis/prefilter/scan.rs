//! The byte scanner behind the prefilter: the words a Python source spells as code, outside
//! comments and string literals, found without parsing it.
//!
//! It follows CPython's tokenizer only as far as telling code from the rest needs:
//! - `#` outside a string starts a comment, which runs to the end of the line;
//! - a quote starts a string literal; the letters right before it are its prefix (`r`, `b`,
//!   `u`, `f`, `t` and their pairs, any case), and an `f` or `t` makes it formatted;
//! - in a string a backslash takes the next byte with it, or the `\r\n` it continues (in a raw
//!   string too: `r"\""` does not end at the escaped quote), except a brace in a formatted string (`rf"\{x}"` has a field);
//!   a single-quoted string ends at its quote or at the end of the line, a triple-quoted one at
//!   the first three quotes;
//! - the replacement fields of a formatted string are code, up to the `}` that closes them at
//!   bracket depth 0, strings inside them included (PEP 701 lets those reuse the outer quote):
//!   `f"{pool.map(f, xs)!r:>{width}}"` is code from `pool` to `xs)`, and `width` is code too,
//!   a field nested in the format spec; `{{` and `}}` are text.
//!
//! The text of a string can matter too: a string annotation (`pool: "mp.pool.Pool"`) is read
//! as a dotted name by the analysis (`values::annotations`), so the words of a string whose
//! whole content is a dotted name are reported as well, marked `Spelling::DottedString`.
//!
//! Where valid Python leaves no doubt the scanner follows it; where it could be unsure (a file
//! that does not tokenize) it errs towards code, which can only let more files through: a
//! digit does not start a word but does not hide the letters after it either (`0xdef` reports
//! `xdef`), an unterminated single-quoted string ends at the end of its line, and a file whose
//! formatted strings nest deeper than `MAX_NESTING` fields is not scanned (`TooNested`), so
//! that the caller keeps it.

/// How deep replacement fields may nest (`f"{f'{x}'}"` is two) before the scanner gives up.
const MAX_NESTING: usize = 32;

/// Where a word was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Spelling {
    Code,
    /// Inside a string literal whose whole content (spaces around it aside) is a dotted name.
    DottedString,
}

/// The source nests formatted strings too deeply to scan.
#[derive(Debug, PartialEq, Eq)]
pub struct TooNested;

/// Call `visit(offset, word, spelling)` for each identifier or keyword of `source` outside comments
/// and strings, and each word of a dotted-name string, in source order, until `visit` returns
/// `false`.
pub fn scan<F>(source: &[u8], visit: F) -> Result<(), TooNested>
where
    F: FnMut(usize, &[u8], Spelling) -> bool,
{
    let mut scanner = Scanner {
        source,
        at: 0,
        visit,
        stopped: false,
        nesting: 0,
    };
    scanner.code(false).map(drop)
}

/// How a run of code ended.
enum End {
    /// The end of the source, or `visit` asked to stop.
    Done,
    /// The `}` closing a replacement field.
    Close,
    /// The `:` starting a replacement field's format spec.
    Spec,
}

struct Scanner<'s, F> {
    source: &'s [u8],
    at: usize,
    visit: F,
    stopped: bool,
    nesting: usize,
}

impl<F: FnMut(usize, &[u8], Spelling) -> bool> Scanner<'_, F> {
    fn peek(&self, ahead: usize) -> Option<u8> {
        self.source.get(self.at + ahead).copied()
    }

    /// Move on by `n` bytes, never past the end.
    fn advance(&mut self, n: usize) {
        self.at = (self.at + n).min(self.source.len());
    }

    /// Code up to the end, or, in a replacement field (`field`), up to its `}` or the `:` of its
    /// format spec at bracket depth 0.
    fn code(&mut self, field: bool) -> Result<End, TooNested> {
        let mut depth = 0usize;
        while let Some(byte) = self.peek(0) {
            if self.stopped {
                break;
            }
            match byte {
                b'#' => self.comment(),
                b'\'' | b'"' => self.string(false)?,
                b'\\' => self.advance(2),
                b'(' | b'[' | b'{' => {
                    depth += 1;
                    self.advance(1);
                }
                b'}' | b':' if field && depth == 0 => {
                    self.advance(1);
                    return Ok(if byte == b'}' { End::Close } else { End::Spec });
                }
                b')' | b']' | b'}' => {
                    depth = depth.saturating_sub(1);
                    self.advance(1);
                }
                _ if is_word_start(byte) => self.word()?,
                _ => self.advance(1),
            }
        }
        Ok(End::Done)
    }

    fn comment(&mut self) {
        let rest = &self.source[self.at..];
        self.advance(memchr::memchr2(b'\n', b'\r', rest).unwrap_or(rest.len()));
    }

    /// An identifier or keyword, or the prefix of the string literal right after it.
    fn word(&mut self) -> Result<(), TooNested> {
        let start = self.at;
        let rest = &self.source[start..];
        let len = rest.iter().position(|&b| !is_word(b)).unwrap_or(rest.len());
        let word = &rest[..len];
        self.advance(len);
        if matches!(self.peek(0), Some(b'\'' | b'"')) && is_string_prefix(word) {
            let formatted = word.iter().any(|b| matches!(b, b'f' | b'F' | b't' | b'T'));
            return self.string(formatted);
        }
        self.stopped = !(self.visit)(start, word, Spelling::Code);
        Ok(())
    }

    /// A string literal from its opening quote, with the words of its content when that is a
    /// dotted name.
    fn string(&mut self, formatted: bool) -> Result<(), TooNested> {
        let Some(quote) = self.peek(0) else {
            return Ok(());
        };
        let triple = self.source[self.at..].starts_with(&[quote; 3]);
        self.advance(if triple { 3 } else { 1 });
        let start = self.at;
        let end = if formatted {
            self.formatted(quote, triple)?
        } else {
            self.text(quote, triple)
        };
        self.dotted(start, end);
        Ok(())
    }

    /// Past a backslash in a string and the byte it escapes, or the line end it continues:
    /// `\r\n` is one (`'a\<CR><LF>b'` is one string in a file with CRLF line endings).
    fn escape(&mut self) {
        self.advance(1);
        let continues_crlf = self.source[self.at..].starts_with(b"\r\n");
        self.advance(if continues_crlf { 2 } else { 1 });
    }

    /// Whether the string's closing quote starts here.
    fn closes(&self, quote: u8, triple: bool) -> bool {
        let rest = &self.source[self.at..];
        rest.first() == Some(&quote) && (!triple || rest.starts_with(&[quote; 3]))
    }

    /// The body of a plain string, up to and past its closing quote; the end of its content.
    fn text(&mut self, quote: u8, triple: bool) -> usize {
        loop {
            let rest = &self.source[self.at..];
            let found = if triple {
                memchr::memchr2(quote, b'\\', rest)
            } else {
                memchr::memchr3(quote, b'\\', b'\n', rest)
            };
            let Some(offset) = found else {
                self.at = self.source.len();
                return self.at;
            };
            self.at += offset;
            if let Some(end) = self.string_end(quote, triple) {
                return end;
            }
        }
    }

    /// At a quote, backslash or newline inside a string: `Some(end of content)`, having moved
    /// past the closing quote, when the string ends here; otherwise moved past the byte.
    fn string_end(&mut self, quote: u8, triple: bool) -> Option<usize> {
        let here = self.at;
        match self.source[here] {
            b'\\' => self.escape(),
            // An unterminated single-quoted string: what follows is code again.
            b'\n' if !triple => {
                self.advance(1);
                return Some(here);
            }
            _ if self.closes(quote, triple) => {
                self.advance(if triple { 3 } else { 1 });
                return Some(here);
            }
            _ => self.advance(1),
        }
        None
    }

    /// The body of a formatted string: text, with replacement fields scanned as code.
    fn formatted(&mut self, quote: u8, triple: bool) -> Result<usize, TooNested> {
        while let Some(byte) = self.peek(0) {
            match byte {
                b'{' if self.peek(1) == Some(b'{') => self.advance(2),
                b'{' => {
                    self.advance(1);
                    self.field(quote, triple)?;
                }
                // A backslash escapes no brace: `rf"\{x}"` and `f"\{x}"` both have a field.
                b'\\' if matches!(self.peek(1), Some(b'{' | b'}')) => self.advance(1),
                b'\\' | b'\n' => {
                    if let Some(end) = self.string_end(quote, triple) {
                        return Ok(end);
                    }
                }
                _ if byte == quote => {
                    if let Some(end) = self.string_end(quote, triple) {
                        return Ok(end);
                    }
                }
                _ => self.advance(1),
            }
            if self.stopped {
                break;
            }
        }
        Ok(self.at)
    }

    /// A replacement field after its `{`: code, then the format spec if there is one.
    fn field(&mut self, quote: u8, triple: bool) -> Result<(), TooNested> {
        if self.nesting == MAX_NESTING {
            return Err(TooNested);
        }
        self.nesting += 1;
        let result = match self.code(true)? {
            End::Spec => self.spec(quote, triple),
            End::Close | End::Done => Ok(()),
        };
        self.nesting -= 1;
        result
    }

    /// A format spec after its `:`: text up to the field's `}`, with nested fields. It stops
    /// before the string's closing quote or, in a single-quoted string, a newline, leaving them
    /// to `formatted`.
    fn spec(&mut self, quote: u8, triple: bool) -> Result<(), TooNested> {
        while let Some(byte) = self.peek(0) {
            match byte {
                b'{' => {
                    self.advance(1);
                    self.field(quote, triple)?;
                }
                b'}' => {
                    self.advance(1);
                    return Ok(());
                }
                b'\\' if matches!(self.peek(1), Some(b'{' | b'}')) => self.advance(1),
                b'\\' => self.escape(),
                b'\n' if !triple => return Ok(()),
                _ if self.closes(quote, triple) => return Ok(()),
                _ => self.advance(1),
            }
            if self.stopped {
                break;
            }
        }
        Ok(())
    }

    /// Report the words of `source[start..end]` when it is a dotted name, as a string
    /// annotation would be read: nothing but words and dots, whitespace around them aside.
    /// That whitespace is Unicode's, as `values::annotations` trims it (`"mp.Pool\u3000"`
    /// and `"mp.Pool\x0b"` name `mp.Pool` there).
    fn dotted(&mut self, start: usize, end: usize) {
        let body = &self.source[start..end];
        // Most strings hold a byte no dotted name or whitespace has; `all` stops there, before
        // the UTF-8 pass that trimming takes.
        let plausible = |b: &u8| is_word(*b) || *b == b'.' || b.is_ascii_whitespace() || *b == 0x0b;
        if self.stopped || !body.iter().all(plausible) {
            return;
        }
        let (leading, content) = trim_whitespace(body);
        if self.stopped || content.is_empty() || !content.iter().all(|&b| is_word(b) || b == b'.') {
            return;
        }
        let mut offset = start + leading;
        for part in content.split(|&b| b == b'.') {
            if !part.is_empty() && !(self.visit)(offset, part, Spelling::DottedString) {
                self.stopped = true;
                return;
            }
            offset += part.len() + 1;
        }
    }
}

/// `text` without the whitespace `str::trim` removes, with the length of what went before it;
/// ASCII whitespace alone when it is not UTF-8 (the scanner's input is a decoded source, so it
/// is).
fn trim_whitespace(text: &[u8]) -> (usize, &[u8]) {
    match std::str::from_utf8(text) {
        Ok(text) => (text.len() - text.trim_start().len(), text.trim().as_bytes()),
        Err(_) => (
            text.len() - text.trim_ascii_start().len(),
            text.trim_ascii(),
        ),
    }
}

/// A byte that can continue an identifier; any byte of a non-ASCII character counts, since
/// outside strings and comments such a character can only belong to an identifier.
pub fn is_word(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || byte == b'_' || byte >= 0x80
}

fn is_word_start(byte: u8) -> bool {
    is_word(byte) && !byte.is_ascii_digit()
}

/// `r`, `b`, `u`, `f`, `t` or a pair of them, in any case (`Rb`, `fR`, `tr`).
fn is_string_prefix(word: &[u8]) -> bool {
    let letter = |b: &u8| matches!(b.to_ascii_lowercase(), b'r' | b'b' | b'u' | b'f' | b't');
    (1..=2).contains(&word.len()) && word.iter().all(letter)
}
