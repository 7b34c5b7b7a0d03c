//! Source encodings: turning a file's bytes into the text the analysis reads, and a fixed text
//! back into bytes in the file's own encoding, so that every byte outside the edits is kept.
//!
//! Python reads source as UTF-8 unless a coding cookie (PEP 263) on line 1 or 2 names another
//! encoding; line 2 counts only when line 1 is a comment or blank. A cookie is a comment that
//! matches `^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)`. Latin-1 and ASCII are decoded here, exactly
//! as Python does; other encodings go to `encoding_rs`, whose WHATWG labels sometimes name a
//! superset of Python's codec (`latin-1` would be windows-1252 there, which is why latin-1 is
//! done here). Whatever the codec, a file is taken only when encoding its decoded text again
//! gives back its exact bytes, and a fixed text only when every character it holds can be
//! encoded: the tool may refuse a file, never corrupt one.
//!
//! A NUL byte marks a binary file. A UTF-8 byte order mark is set aside for the analysis and put
//! back on the fixed text. A file whose lines all end in a lone `\r` (classic Mac OS) is valid
//! Python, but tree-sitter only knows `\n` and `\r\n`: the analysis sees it with `\n` (same
//! offsets, one byte for one), and the fixed text gets its `\r`s back. With no `\n` in the
//! file, the swap is exact both ways.

use std::borrow::Cow;

use encoding_rs::Encoding;

const BOM: &[u8] = b"\xEF\xBB\xBF";

/// How a file's bytes map to text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Codec {
    Utf8,
    Ascii,
    /// ISO-8859-1 as Python means it: byte `n` is code point `n`.
    Latin1,
    /// An ASCII-compatible, stateless encoding that `encoding_rs` implements.
    Other(&'static Encoding),
}

/// A file's text as the analysis sees it, and how to write a fixed text back.
#[derive(Debug)]
pub struct Source<'a> {
    /// The decoded text, without the byte order mark.
    pub text: Cow<'a, str>,
    /// The file's bytes as read.
    pub bytes: &'a [u8],
    bom: bool,
    /// Every line ends in a lone `\r`, shown to the analysis as `\n`.
    cr_only: bool,
    codec: Codec,
    /// The encoding's name as the cookie spelled it, for messages.
    name: String,
}

impl<'a> Source<'a> {
    /// Decode `bytes`; the error says why the file cannot be read as Python source.
    pub fn decode(bytes: &'a [u8]) -> Result<Source<'a>, String> {
        // One pass looks for both a NUL and a `\r`, and nearly every file of a tree has
        // neither: the two searches each took a pass over every byte (some 75 M instructions
        // each over the benchmark corpus).
        let nul_or_cr = memchr::memchr2(0, b'\r', bytes);
        if nul_or_cr.is_some() && memchr::memchr(0, bytes).is_some() {
            return Err("binary file (it contains a NUL byte); skipped".into());
        }
        let (bom, body) = match bytes.strip_prefix(BOM) {
            Some(body) => (true, body),
            None => (false, bytes),
        };
        let declared = coding_cookie(body);
        let codec = match &declared {
            None => Codec::Utf8,
            Some(name) => codec_for(name)?,
        };
        if bom && codec != Codec::Utf8 {
            return Err(format!(
                "starts with a UTF-8 byte order mark but its coding cookie declares '{}'; \
                 remove one of the two",
                declared.unwrap_or_default()
            ));
        }
        let mut text = decode_with(codec, body, declared.as_deref())?;
        // memchr, not `str::contains`, whose search for a `char` takes a word at a time:
        // every file of a tree passes here, nearly all without a `\r`. UTF-8 text is the
        // bytes after the byte order mark, so a `\r` in it was seen above; the text of
        // another codec is looked at itself.
        let has = |byte: u8| memchr::memchr(byte, text.as_bytes()).is_some();
        let may_have_cr = codec != Codec::Utf8 || nul_or_cr.is_some();
        let cr_only = may_have_cr && has(b'\r') && !has(b'\n');
        if cr_only {
            text = Cow::Owned(text.replace('\r', "\n"));
        }
        let name = declared.unwrap_or_else(|| "utf-8".into());
        Ok(Source {
            text,
            bytes,
            bom,
            cr_only,
            codec,
            name,
        })
    }

    /// `fixed` with the file's own line endings.
    fn line_endings<'t>(&self, fixed: &'t str) -> Cow<'t, str> {
        if self.cr_only {
            Cow::Owned(fixed.replace('\n', "\r"))
        } else {
            Cow::Borrowed(fixed)
        }
    }

    /// `fixed` as bytes in the file's encoding, byte order mark included.
    pub fn encode(&self, fixed: &str) -> Result<Vec<u8>, String> {
        let mut out = Vec::with_capacity(fixed.len() + BOM.len());
        if self.bom {
            out.extend_from_slice(BOM);
        }
        match encode_with(self.codec, &self.line_endings(fixed)) {
            Some(bytes) => out.extend_from_slice(&bytes),
            None => {
                return Err(format!(
                    "the fix needs characters that its encoding '{}' cannot represent; \
                     not written",
                    self.name
                ));
            }
        }
        Ok(out)
    }
}

/// The encoding named by a PEP 263 cookie on line 1, or on line 2 after a comment or blank line.
fn coding_cookie(bytes: &[u8]) -> Option<String> {
    let (first, rest) = split_line(bytes);
    if let Some(name) = cookie_in(first) {
        return Some(name);
    }
    let first = trim_start(first);
    if first.is_empty() || first[0] == b'#' {
        return cookie_in(split_line(rest).0);
    }
    None
}

/// The first line of `bytes` (without its line break) and what follows it. `\n`, `\r\n` and a
/// lone `\r` end a line, as for Python's tokenizer.
fn split_line(bytes: &[u8]) -> (&[u8], &[u8]) {
    match memchr::memchr2(b'\n', b'\r', bytes) {
        None => (bytes, &[]),
        Some(i) if bytes[i..].starts_with(b"\r\n") => (&bytes[..i], &bytes[i + 2..]),
        Some(i) => (&bytes[..i], &bytes[i + 1..]),
    }
}

fn trim_start(line: &[u8]) -> &[u8] {
    let start = line
        .iter()
        .position(|b| !matches!(b, b' ' | b'\t' | b'\x0c'))
        .unwrap_or(line.len());
    &line[start..]
}

/// The cookie regex on one line: a comment whose first `coding:` or `coding=` is followed by a
/// name made of letters, digits, `-`, `_` and `.`.
fn cookie_in(line: &[u8]) -> Option<String> {
    let comment = trim_start(line).strip_prefix(b"#")?;
    let at = memchr::memmem::find_iter(comment, b"coding")
        .find(|&i| matches!(comment.get(i + 6), Some(b':' | b'=')))?;
    let value = &comment[at + 7..];
    let value = &value[value
        .iter()
        .take_while(|b| matches!(b, b' ' | b'\t'))
        .count()..];
    let len = value
        .iter()
        .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
        .count();
    (len > 0).then(|| String::from_utf8_lossy(&value[..len]).into_owned())
}

/// The codec for a cookie's encoding name, matched as Python matches codec names (case and
/// `-`/`_` do not matter).
fn codec_for(name: &str) -> Result<Codec, String> {
    let normal = name.to_ascii_lowercase().replace('_', "-");
    match normal.as_str() {
        "utf-8" | "utf8" | "u8" | "utf" | "utf-8-sig" | "cp65001" => return Ok(Codec::Utf8),
        "ascii" | "us-ascii" | "646" => return Ok(Codec::Ascii),
        "latin-1" | "latin1" | "latin" | "l1" | "iso-8859-1" | "iso8859-1" | "8859" | "cp819"
        | "iso-latin-1" | "iso-ir-100" | "csisolatin1" => return Ok(Codec::Latin1),
        _ => {}
    }
    let label = |n: &str| Encoding::for_label(n.as_bytes());
    let encoding = label(&normal)
        .or_else(|| label(&normal.replace('-', "_")))
        .or_else(|| label(&normal.replace('-', "")));
    match encoding {
        Some(encoding) if encoding == encoding_rs::UTF_8 => Ok(Codec::Utf8),
        // UTF-16, ISO-2022-JP and the replacement encoding are not ASCII-compatible: a cookie
        // could not even be read in them, and ISO-2022-JP's shift states make edits unsafe.
        Some(encoding) if encoding.is_ascii_compatible() => Ok(Codec::Other(encoding)),
        _ => Err(format!(
            "its coding cookie declares '{name}', an encoding picklefix does not support; \
             skipped (convert the file to UTF-8 to check it)"
        )),
    }
}

/// `bytes` decoded with `codec`, which the cookie named `declared` when there is one.
fn decode_with<'a>(
    codec: Codec,
    bytes: &'a [u8],
    declared: Option<&str>,
) -> Result<Cow<'a, str>, String> {
    let name = declared.unwrap_or("utf-8");
    let invalid = || match declared {
        None => {
            let valid = std::str::from_utf8(bytes)
                .err()
                .map_or(0, |e| e.valid_up_to());
            let line = 1 + bytes[..valid].iter().filter(|&&b| b == b'\n').count();
            format!(
                "not valid UTF-8 (line {line}) and no coding cookie declares another encoding; \
                 skipped (add one such as '# -*- coding: latin-1 -*-' or convert the file to UTF-8)"
            )
        }
        _ => format!("not valid '{name}' text, as its coding cookie declares; skipped"),
    };
    let text = match codec {
        // Every file of a tree is validated here: `simdutf8` (SIMD, chosen at run time)
        // takes some 0.1 instructions a byte where `std::str::from_utf8` takes 0.65
        // (207 M over the benchmark corpus). It accepts exactly the same bytes.
        Codec::Utf8 => simdutf8::basic::from_utf8(bytes).ok().map(Cow::Borrowed),
        Codec::Ascii => bytes.is_ascii().then(|| String::from_utf8_lossy(bytes)),
        Codec::Latin1 => Some(Cow::Owned(bytes.iter().map(|&b| char::from(b)).collect())),
        Codec::Other(encoding) => {
            encoding.decode_without_bom_handling_and_without_replacement(bytes)
        }
    }
    .ok_or_else(invalid)?;
    // Encoding the text again must give the same bytes, or a fix could not keep them. UTF-8
    // text is the bytes themselves, borrowed above, so only another codec needs the check
    // (comparing every file of a tree with itself was 43 M instructions on the benchmark
    // corpus).
    let round_trips = || encode_with(codec, &text).as_deref() == Some(bytes);
    if codec != Codec::Utf8 && !round_trips() {
        return Err(format!("cannot round-trip encoding '{name}'; skipped"));
    }
    Ok(text)
}

/// `text` in `codec`, or `None` when it holds a character the codec cannot represent.
fn encode_with(codec: Codec, text: &str) -> Option<Cow<'_, [u8]>> {
    match codec {
        Codec::Utf8 => Some(Cow::Borrowed(text.as_bytes())),
        Codec::Ascii => text.is_ascii().then_some(Cow::Borrowed(text.as_bytes())),
        Codec::Latin1 => text
            .chars()
            .map(|c| u8::try_from(u32::from(c)).ok())
            .collect::<Option<Vec<u8>>>()
            .map(Cow::Owned),
        Codec::Other(encoding) => {
            let (bytes, _, unmappable) = encoding.encode(text);
            (!unmappable).then_some(bytes)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_cookies_on_the_first_two_lines() {
        let cookie = |s: &str| coding_cookie(s.as_bytes());
        assert_eq!(
            cookie("# -*- coding: latin-1 -*-\n"),
            Some("latin-1".into())
        );
        assert_eq!(
            cookie("#!/usr/bin/python\n# vim: set fileencoding=cp1252 :\n"),
            Some("cp1252".into())
        );
        assert_eq!(cookie("\n\x0c  # coding=koi8_r\n"), Some("koi8_r".into()));
        assert_eq!(cookie("import os\n# coding: latin-1\n"), None);
        assert_eq!(cookie("x = 1  # coding: latin-1\n"), None);
        assert_eq!(cookie("#\n#\n# coding: latin-1\n"), None);
        assert_eq!(cookie("# coding:\n"), None);
        assert_eq!(cookie("#!python\r# coding: gbk\r"), Some("gbk".into()));
    }

    #[test]
    fn sets_the_bom_aside_and_puts_it_back() {
        let source = Source::decode("\u{feff}import multiprocessing\n".as_bytes()).unwrap();
        assert_eq!(source.text, "import multiprocessing\n");
        assert_eq!(source.encode("x\n").unwrap(), b"\xEF\xBB\xBFx\n");
        let plain = Source::decode(b"x = 1\n").unwrap();
        assert_eq!(plain.encode("y\n").unwrap(), b"y\n");
    }

    #[test]
    fn carriage_returns_are_shown_as_newlines_and_put_back() {
        let source = Source::decode(b"x = 1\ry = 2\r").unwrap();
        assert_eq!(source.text, "x = 1\ny = 2\n");
        assert_eq!(
            source.encode("z = 0\nx = 1\ny = 2\n").unwrap(),
            b"z = 0\rx = 1\ry = 2\r"
        );
        let mixed = Source::decode(b"x = 1\r\ny = '\r'\n").unwrap();
        assert_eq!(mixed.text, "x = 1\r\ny = '\r'\n");
    }

    #[test]
    fn latin1_is_python_latin1() {
        // 0x80 is U+0080 in Python's latin-1, '€' in WHATWG's windows-1252.
        let bytes = b"# coding: latin-1\ns = '\xe9\x80'\n";
        let source = Source::decode(bytes).unwrap();
        assert!(source.text.contains("'\u{e9}\u{80}'"));
        assert_eq!(source.encode(&source.text).unwrap(), bytes);
        let error = source.encode("s = '\u{20ac}'\n").unwrap_err();
        assert!(error.contains("cannot represent"), "{error}");
    }

    #[test]
    fn other_encodings_round_trip() {
        let bytes = b"# -*- coding: shift_jis -*-\ns = '\x83\x5c'\n";
        let source = Source::decode(bytes).unwrap();
        assert!(source.text.contains('\u{30bd}'));
        assert_eq!(source.encode(&source.text).unwrap(), bytes);
        let koi8 = Source::decode(b"# coding: koi8-r\ns = '\xc1'\n").unwrap();
        assert!(koi8.text.contains('\u{430}'));
    }

    #[test]
    fn refuses_what_it_cannot_keep() {
        let error = |bytes: &[u8]| Source::decode(bytes).unwrap_err();
        assert!(error(b"x = 1\0\n").starts_with("binary file"));
        assert!(error(b"s = '\xe9'\n").starts_with("not valid UTF-8"));
        assert!(error(b"# coding: utf-8\ns = '\xe9'\n").contains("as its coding cookie"));
        assert!(error(b"# coding: ascii\ns = '\xe9'\n").contains("not valid 'ascii'"));
        assert!(error(b"# coding: utf-16\n").contains("does not support"));
        assert!(error(b"# coding: klingon\n").contains("does not support"));
        assert!(error(b"\xEF\xBB\xBF# coding: latin-1\n").contains("byte order mark"));
        // Shift_JIS has two codes for some kanji (NEC's and IBM's); only one is encoded back.
        assert!(error(b"# coding: shift_jis\ns = '\xed\x40'\n").contains("cannot round-trip"));
    }
}
