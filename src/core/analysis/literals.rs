//! The values of Python's string and bytes literals, as CPython reads them: prefixes, raw
//! strings, and the escapes of the language reference's "String and Bytes literals". A
//! condition compares a caller's literal with the wrapper's (`kind == "process"`), and folds
//! it first as the wrapper does (`kind.strip().lower()`), so each is read to its value.
//!
//! What cannot be told without the interpreter is no value: an f-string or t-string, a
//! `\N{...}` escape (the Unicode name database), an escape of a lone surrogate (no Rust
//! `String` holds one), a bytes octal escape over 0o377. A literal spelled with those keeps
//! the call a site, as any argument that is no literal does.

use std::borrow::Cow;

use super::values::string_content;

/// The value of a string or bytes literal.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Literal<'t> {
    Text(Cow<'t, str>),
    Bytes(Vec<u8>),
}

/// The value of the literal spelled `text` (one `string` node: prefix, quotes and body).
pub fn string_literal(text: &str) -> Option<Literal<'_>> {
    let quote = text.find(['"', '\''])?;
    let prefix = text[..quote].to_ascii_lowercase();
    let (raw, bytes) = match prefix.as_str() {
        "" | "u" => (false, false),
        "r" => (true, false),
        "b" => (false, true),
        "br" | "rb" => (true, true),
        _ => return None,
    };
    let body = string_content(text);
    match (raw, bytes) {
        (true, false) => Some(Literal::Text(Cow::Borrowed(body))),
        (true, true) => body
            .is_ascii()
            .then(|| Literal::Bytes(body.as_bytes().to_vec())),
        (false, false) if !body.contains('\\') => Some(Literal::Text(Cow::Borrowed(body))),
        (false, false) => unescaped_text(body).map(|text| Literal::Text(Cow::Owned(text))),
        (false, true) => body
            .is_ascii()
            .then(|| unescaped_bytes(body))
            .flatten()
            .map(Literal::Bytes),
    }
}

/// One escape of a literal's body, after its backslash.
enum Escape {
    /// A character or byte of this value.
    Value(u32),
    /// A backslash and a newline: nothing.
    Continuation,
    /// No escape: the backslash stays, and what follows it is read as text.
    Kept,
}

/// Reads the escape at the start of `rest` (the text after a backslash), for a `str` when
/// `text`; the escape and how many bytes of `rest` it took, or `None` for one without a
/// value this module can give.
fn escape(rest: &str, text: bool) -> Option<(Escape, usize)> {
    let first = *rest.as_bytes().first()?;
    let simple = |value: u8| Some((Escape::Value(u32::from(value)), 1));
    let hex = |digits: usize| {
        let code = rest.get(1..1 + digits)?;
        if !code.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        u32::from_str_radix(code, 16)
            .ok()
            .map(|value| (Escape::Value(value), 1 + digits))
    };
    match first {
        b'\n' => Some((Escape::Continuation, 1)),
        b'\r' if rest.as_bytes().get(1) == Some(&b'\n') => Some((Escape::Continuation, 2)),
        b'\r' => Some((Escape::Continuation, 1)),
        b'\\' | b'\'' | b'"' => simple(first),
        b'a' => simple(0x07),
        b'b' => simple(0x08),
        b'f' => simple(0x0c),
        b'n' => simple(b'\n'),
        b'r' => simple(b'\r'),
        b't' => simple(b'\t'),
        b'v' => simple(0x0b),
        b'0'..=b'7' => {
            let digits = rest
                .bytes()
                .take(3)
                .take_while(|b| (b'0'..=b'7').contains(b))
                .count();
            let value = u32::from_str_radix(&rest[..digits], 8).ok()?;
            (text || value <= 0o377).then_some((Escape::Value(value), digits))
        }
        b'x' => hex(2),
        b'u' if text => hex(4),
        b'U' if text => hex(8),
        b'N' if text => None,
        _ => Some((Escape::Kept, 0)),
    }
}

fn unescaped_text(body: &str) -> Option<String> {
    let mut out = String::with_capacity(body.len());
    let mut rest = body;
    while let Some(at) = rest.find('\\') {
        out.push_str(&rest[..at]);
        let after = &rest[at + 1..];
        let (escape, taken) = escape(after, true)?;
        match escape {
            Escape::Value(value) => out.push(char::from_u32(value)?),
            Escape::Continuation => {}
            Escape::Kept => out.push('\\'),
        }
        rest = &after[taken..];
    }
    out.push_str(rest);
    Some(out)
}

fn unescaped_bytes(body: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(body.len());
    let mut rest = body;
    while let Some(at) = rest.find('\\') {
        out.extend_from_slice(&rest.as_bytes()[..at]);
        let after = &rest[at + 1..];
        let (escape, taken) = escape(after, false)?;
        match escape {
            Escape::Value(value) => out.push(u8::try_from(value).ok()?),
            Escape::Continuation => {}
            Escape::Kept => out.push(b'\\'),
        }
        rest = &after[taken..];
    }
    out.extend_from_slice(rest.as_bytes());
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::{Literal, string_literal};

    fn text(literal: &str) -> Option<String> {
        match string_literal(literal)? {
            Literal::Text(text) => Some(text.into_owned()),
            Literal::Bytes(_) => None,
        }
    }

    fn bytes(literal: &str) -> Option<Vec<u8>> {
        match string_literal(literal)? {
            Literal::Bytes(bytes) => Some(bytes),
            Literal::Text(_) => None,
        }
    }

    #[test]
    fn strings_are_read_to_their_values() {
        assert_eq!(text(r#""process""#).as_deref(), Some("process"));
        assert_eq!(text(r#"u'Process'"#).as_deref(), Some("Process"));
        assert_eq!(text(r#""""three""""#).as_deref(), Some("three"));
        assert_eq!(text(r#""  threads\n""#).as_deref(), Some("  threads\n"));
        assert_eq!(text(r#""a\tb\\c\'d\"e""#).as_deref(), Some("a\tb\\c'd\"e"));
        assert_eq!(
            text(r#""\x41\101\u00df\U0001F600""#).as_deref(),
            Some("AAß😀")
        );
        assert_eq!(text(r#""\q\d""#).as_deref(), Some("\\q\\d"));
        assert_eq!(
            text("\"line\\\ncontinued\"").as_deref(),
            Some("linecontinued")
        );
        assert_eq!(text(r#"r"\n\x41""#).as_deref(), Some("\\n\\x41"));
        assert_eq!(text(r#"R'\t'"#).as_deref(), Some("\\t"));
        assert_eq!(text(r#""\0""#).as_deref(), Some("\0"));
    }

    #[test]
    fn bytes_are_read_to_theirs() {
        assert_eq!(bytes(r#"b"Process""#), Some(b"Process".to_vec()));
        assert_eq!(
            bytes(r#"b"\x00\xff\n\u0041""#),
            Some(b"\x00\xff\n\\u0041".to_vec())
        );
        assert_eq!(bytes(r#"rb"\n""#), Some(b"\\n".to_vec()));
        assert_eq!(bytes(r#"Br"\x41""#), Some(b"\\x41".to_vec()));
    }

    #[test]
    fn what_needs_the_interpreter_has_no_value() {
        assert_eq!(string_literal(r#"f"{x}""#), None);
        assert_eq!(string_literal(r#"rf"x""#), None);
        assert_eq!(string_literal(r#""\N{BULLET}""#), None);
        assert_eq!(string_literal(r#""\ud800""#), None);
        assert_eq!(string_literal(r#"b"\777""#), None);
        assert_eq!(string_literal(r#""\x4""#), None);
    }
}
