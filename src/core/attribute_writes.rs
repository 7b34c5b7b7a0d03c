//! The attribute names a file assigns on something other than `self` or `cls`
//! (`par.USE_THREADS = False`, `runner.use_processes = True`, `setattr(par, "USE_THREADS",
//! False)`), for the check that no other file of a run changes a value the analysis judged by
//! its literal.
//!
//! Why it is needed. A wrapper that picks its pool by a module constant or a class attribute
//! (`ThreadPoolExecutor if USE_THREADS else ProcessPoolExecutor` under `USE_THREADS = True`)
//! is judged by the literal its file binds, when nothing in that file can change it
//! (`values::sets_attribute_anywhere`). Another file can: `pkg/__init__.py` doing `from . import
//! par; par.USE_THREADS = False` makes every `pmap` a process pool, and judging by the literal
//! would miss the lambda handed to it. Such a file need not mention multiprocessing, nor even
//! import the module (`def enable(runner): runner.use_processes = True`), so no prefilter or
//! import word finds it. The analysis notes each name it judged assuming no other file sets
//! it (`Exports::unset_assumed`); a run in which some file did reads its files once more for
//! those names (`run::wrappers`), and analyses the file again, knowing the names found set
//! (`Options::attribute_writes`), when one is. Over the benchmark and test-heavy corpora no
//! file judges such a name, so a run pays nothing for the check unless it needs it.
//!
//! What counts as setting `NAME` (`note`): an assignment (plain or augmented) whose target ends
//! in `.NAME`, except where the object is the bare name `self` or `cls`: those set the
//! attribute of an instance or class of that file's own code, which the analysis of a class's
//! own file reads itself, and an instance of a class whose order holds another file's class is
//! never judged by a literal. And `setattr` with a string literal for the name
//! (`setattr(par, "USE_THREADS", False)`), or with a dotted string for the target as pytest's
//! `monkeypatch.setattr("pkg.par.USE_THREADS", False)` takes it: its last segment. Comments and
//! strings are read as code, which only adds names. Not seen in another file (within the
//! judged value's own file every form is seen from its syntax tree): a name set only in a
//! tuple target (`par.A, b = ...`), an annotated attribute target, a `for` or `with` target, a
//! target split over lines, and `setattr` with a name that is no literal.

use std::collections::BTreeSet;

use memchr::memmem;

use crate::core::semantic::identifier;

/// The attribute names other files of a run set, of those the analysis asked about. `Default`
/// is none: a file analysed alone sees only its own assignments.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AttributeWrites {
    names: BTreeSet<String>,
}

impl AttributeWrites {
    pub fn new(names: BTreeSet<String>) -> Self {
        Self { names }
    }

    /// Whether another file of the run sets an attribute `name` (see the module's doc).
    pub fn may_set(&self, name: &str) -> bool {
        !self.names.is_empty() && self.names.contains(identifier(name).as_ref())
    }
}

/// The names of `wanted` that `source` sets as attributes (see the module's doc). A file that
/// spells none of them is not scanned.
pub fn set_among(source: &[u8], wanted: &BTreeSet<String>) -> BTreeSet<String> {
    let spelled = wanted
        .iter()
        .any(|name| !name.is_ascii() || memmem::find(source, name.as_bytes()).is_some());
    let mut found = BTreeSet::new();
    if !spelled {
        return found;
    }
    note(source, |name| {
        let name = String::from_utf8_lossy(name);
        let name = identifier(&name);
        if wanted.contains(name.as_ref()) {
            found.insert(name.into_owned());
        }
    });
    found
}

/// Which bytes may be part of a word (a table: it is asked for the bytes before each `=`).
static WORD_BYTES: [bool; 256] = {
    let mut table = [false; 256];
    let mut byte = 0;
    while byte < 256 {
        let b = byte as u8;
        table[byte] = b == b'_' || b.is_ascii_alphanumeric() || b >= 0x80;
        byte += 1;
    }
    table
};

fn is_word_byte(byte: u8) -> bool {
    WORD_BYTES[usize::from(byte)]
}

/// Where the word ending at `end` starts (`end` when no word byte comes before it).
fn word_start(source: &[u8], end: usize) -> usize {
    let mut start = end;
    while start > 0 && is_word_byte(source[start - 1]) {
        start -= 1;
    }
    start
}

/// Skip blanks backwards from `at`.
fn before_blanks(source: &[u8], mut at: usize) -> usize {
    while at > 0 && matches!(source[at - 1], b' ' | b'\t') {
        at -= 1;
    }
    at
}

/// Call `name` with each attribute name `source` assigns (see the module's doc), in order,
/// a name as often as it is assigned.
pub fn note(source: &[u8], mut name: impl FnMut(&[u8])) {
    for at in memchr::memchr_iter(b'=', source) {
        if let Some(assigned) = assigned_attribute(source, at) {
            name(assigned);
        }
    }
    for at in memmem::find_iter(source, b"setattr(") {
        // `mysetattr(` is another function; `monkeypatch.setattr(` takes the same arguments.
        if at > 0 && is_word_byte(source[at - 1]) {
            continue;
        }
        if let Some(assigned) = setattr_name(&source[at + b"setattr(".len()..]) {
            name(assigned);
        }
    }
}

/// The attribute the `=` at `at` assigns, when it ends an assignment's target `X.NAME`
/// (with an augmenting operator before it, `X.NAME += 1`) whose object `X` is not a bare
/// `self` or `cls`.
fn assigned_attribute(source: &[u8], at: usize) -> Option<&[u8]> {
    if source.get(at + 1) == Some(&b'=') || at == 0 {
        return None;
    }
    let operator = match source[at - 1] {
        // `==`, `!=`, `:=` (whose target is a name).
        b'=' | b'!' | b':' => return None,
        // `<<=` and `>>=` augment; `<=` and `>=` compare.
        b'<' | b'>' if at >= 2 && source[at - 2] == source[at - 1] => 2,
        b'<' | b'>' => return None,
        b'*' | b'/' if at >= 2 && source[at - 2] == source[at - 1] => 2,
        b'+' | b'-' | b'*' | b'/' | b'%' | b'&' | b'|' | b'^' | b'@' => 1,
        _ => 0,
    };
    let end = before_blanks(source, at - operator);
    let start = word_start(source, end);
    if start == end || source[start].is_ascii_digit() {
        return None;
    }
    let dot = before_blanks(source, start);
    if dot == 0 || source[dot - 1] != b'.' {
        return None;
    }
    let object_end = before_blanks(source, dot - 1);
    let object_start = word_start(source, object_end);
    let object = &source[object_start..object_end];
    let bare = object_start == 0 || source[object_start - 1] != b'.';
    match bare && (object == b"self" || object == b"cls") {
        true => None,
        false => Some(&source[start..end]),
    }
}

/// The name a `setattr(` call sets, read from `args`, the text after its parenthesis: the
/// second argument when it is a string literal, or the last segment of the first when that
/// is one (`monkeypatch.setattr("pkg.par.USE_THREADS", False)`).
fn setattr_name(args: &[u8]) -> Option<&[u8]> {
    let args = args.trim_ascii_start();
    if let Some(target) = string_body(args) {
        let last = target
            .iter()
            .rposition(|&b| b == b'.')
            .map_or(0, |dot| dot + 1);
        return Some(&target[last..]);
    }
    // The first argument: up to a comma outside brackets, within the line's reach.
    let mut depth = 0usize;
    let mut comma = None;
    for (i, &byte) in args.iter().enumerate().take(200) {
        match byte {
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' | b'}' if depth == 0 => return None,
            b')' | b']' | b'}' => depth -= 1,
            b'\'' | b'"' | b'#' => return None,
            b',' if depth == 0 => {
                comma = Some(i);
                break;
            }
            _ => {}
        }
    }
    string_body(args[comma? + 1..].trim_ascii_start())
}

/// The body of the plain string literal `text` starts with (`"NAME"` or `'NAME'`), when it
/// is one word or dotted words.
fn string_body(text: &[u8]) -> Option<&[u8]> {
    let quote = *text.first()?;
    if quote != b'"' && quote != b'\'' {
        return None;
    }
    let body = &text[1..];
    let end = body.iter().position(|&b| !(is_word_byte(b) || b == b'.'))?;
    (body[end] == quote && end > 0).then_some(&body[..end])
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::{AttributeWrites, note, set_among};

    fn names(source: &str) -> Vec<String> {
        let mut names = Vec::new();
        note(source.as_bytes(), |name| {
            names.push(String::from_utf8_lossy(name).into_owned());
        });
        names
    }

    #[test]
    fn attribute_targets_are_noted() {
        assert_eq!(names("par.USE_THREADS = False\n"), ["USE_THREADS"]);
        assert_eq!(names("pkg.par.FLAG=1\n"), ["FLAG"]);
        assert_eq!(
            names("r.workers += 1; r.n //= 2; r.m >>= 1\n"),
            ["workers", "n", "m"]
        );
        assert_eq!(names("self.runner.parallel = True\n"), ["parallel"]);
        assert_eq!(names("x = y.z = 3\n"), ["z"]);
        assert_eq!(names("obj . attr = 3\n"), ["attr"]);
        assert_eq!(
            names("myself.flag = 1\nmy.cls.other = 2\n"),
            ["flag", "other"]
        );
    }

    #[test]
    fn what_sets_no_attribute_of_another_object_is_not() {
        assert!(names("self.flag = True\ncls.flag = False\n").is_empty());
        assert!(names("if a.b == 1 or a.c != 2 or a.d <= 3 or a.e >= 4: pass\n").is_empty());
        assert!(names("x = 1\nf(a=b.c)\nd[k.v] = 2\nn = (m := 3)\n").is_empty());
        assert!(names("x[0] = 2\nv = 1.5\nf(x)[y] = 3\n").is_empty());
        assert!(names("def f(self, a=x.y): pass\n").is_empty());
    }

    #[test]
    fn setattr_with_a_literal_name_is_noted() {
        assert_eq!(
            names("setattr(par, 'USE_THREADS', False)\n"),
            ["USE_THREADS"]
        );
        assert_eq!(names("setattr(get(a, b), \"flag\", 1)\n"), ["flag"]);
        assert_eq!(
            names("monkeypatch.setattr(\"pkg.par.USE_THREADS\", False)\n"),
            ["USE_THREADS"]
        );
        assert!(names("setattr(obj, name, value)\nmysetattr(o, 'n', 1)\n").is_empty());
    }

    #[test]
    fn the_names_asked_for_are_found() {
        let wanted: BTreeSet<String> = ["USE_THREADS", "mode", "workers"]
            .into_iter()
            .map(String::from)
            .collect();
        let source =
            b"import par\npar.USE_THREADS = False\nsetattr(r, 'mode', 1)\nself.workers = 2\n";
        let found = set_among(source, &wanted);
        assert_eq!(
            found.into_iter().collect::<Vec<_>>(),
            ["USE_THREADS", "mode"]
        );
        assert!(set_among(b"x = 1\n", &wanted).is_empty());
        let writes = AttributeWrites::new(set_among(source, &wanted));
        assert!(writes.may_set("USE_THREADS"));
        assert!(!writes.may_set("workers"));
        assert!(!AttributeWrites::default().may_set("USE_THREADS"));
    }
}
