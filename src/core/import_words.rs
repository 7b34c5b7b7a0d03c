//! The words a source's `import` statements name, kept as a small signature (a 256-bit Bloom
//! filter), so that a run can tell without reading a file again whether it may import a
//! wrapper another file defines (`run::wrappers`).
//!
//! Why it is enough. The analysis reaches a name defined in another module only through an
//! import binding of the file (`BindingKind::Import`): `from m import name`, `import m.sub`,
//! `from . import sub`, each alias of those, and what flows from them. Each of these forms
//! writes, after the keyword `import`, a segment of the dotted path it reaches: the wrapper
//! (`from pkg.par import parmap`), its class (`from pkg.runner import Runner`) or a module
//! above it (`import pkg.par as par`, `from . import par`, `import pkg`). So a file whose
//! import words hold no segment of a wrapper's path cannot use that wrapper, nor re-export
//! it. The words are taken from every occurrence of the word `import`, anywhere (in strings
//! and comments too, which only adds words), to the end of its statement: a line end outside
//! brackets and not after a backslash, or a `;`. A statement too long to follow makes a
//! signature that holds every word. A Bloom filter answers "maybe" for words it does not hold
//! (a file read for nothing), never "no" for one it holds.
//!
//! The words alone are loose: `utils` or `console` is a segment of many paths. So the
//! signature also keeps where each import reaches from (`tops`): the first segment of the
//! module after `from` (`pkg` for `from pkg.par import parmap`), a mark for a relative import
//! (`from .par import parmap`, `from . import par`), and every word of a plain `import`
//! statement (`import pkg.par as par` holds `pkg`). An absolute import reaches a path only
//! from its first segment, and a relative one only within the file's own package, so a file
//! may use a wrapper only when its tops hold the path's first segment, or a relative mark
//! while the file lies in a folder of that name (`run::wrappers`).
//!
//! A star import (`from pkg.par import *`) is the one form that names nothing after `import`
//! and binds the module's public names bare, so it is kept as the word `*` (`STAR`), with the
//! segments of the module it names before `import` (`pkg`, `par`): a file holding it may use a
//! wrapper of that module by its bare name (`by_star`). One whose module spells no segment
//! (`from . import *`, the package's own names) makes a signature that holds every word.

use std::path::Path;
use std::sync::LazyLock;

use memchr::memmem::Finder;

/// The words of a file's imports (`words`), and where they import from (`tops`): the first
/// segment of each module named after `from` (`pkg` for `from pkg.par import parmap`), or
/// `RELATIVE` for a relative one, and every word of a plain `import` statement. Each set
/// answers "maybe" or "no".
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ImportWords {
    words: Bloom,
    tops: Bloom,
}

/// A 256-bit Bloom filter of words, two bits a word.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Bloom([u64; 4]);

/// The word `tops` holds for a relative import (`from .par import parmap`, `from . import
/// par`), which reaches a module of the file's own package by no top-level name.
const RELATIVE: &str = ".";

/// The word that stands for a star import (`from pkg.par import *`), which names no segment
/// of the module's path after `import` and binds the module's public names unnamed.
pub const STAR: &str = "*";

/// The search for `import`, built once: every file of a run is searched (building the
/// searcher for each file cost 9 M instructions over the benchmark corpus).
static IMPORT: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new("import"));

/// How far past `import` a statement is followed before giving up.
const LONGEST: usize = 16 * 1024;

impl ImportWords {
    /// A signature that holds every word: for a file that could not be read.
    pub const ALL: ImportWords = ImportWords {
        words: Bloom([u64::MAX; 4]),
        tops: Bloom([u64::MAX; 4]),
    };

    /// The words after each `import` in `source`.
    pub fn of(source: &[u8]) -> ImportWords {
        let mut words = ImportWords::default();
        for at in IMPORT.find_iter(source) {
            words.note_import(source, at);
        }
        words
    }

    /// Take in the statement of the bytes `import` found at `at` in `source`, unless they are
    /// part of a longer word (`important`): `of` is every occurrence taken in, in any order,
    /// for a search that finds them along with other words
    /// (`analysis::spells_module_noting_imports`). Once the words hold everything (`ALL`),
    /// nothing more is taken in.
    pub fn note_import(&mut self, source: &[u8], at: usize) {
        if *self == ImportWords::ALL {
            return;
        }
        if let Some(rest) = statement_at(source, at) {
            *self = self.with_statement(&source[..at], rest);
        }
    }

    /// These words and those of the statement `rest` that follows the `import` ending
    /// `before`, or `ALL` when that statement cannot be followed (see the module's doc).
    fn with_statement(mut self, before: &[u8], rest: &[u8]) -> ImportWords {
        if is_star(rest) {
            let Some(module) = star_module(before) else {
                return ImportWords::ALL;
            };
            module
                .split(|&b| b == b'.')
                .filter(|word| !word.is_empty())
                .for_each(|word| self.words.insert(Hashed::of_bytes(word)));
            self.words.insert(STAR_HASHED);
        }
        let top = from_top(before);
        if let Some(top) = top {
            self.tops.insert(Hashed::of_bytes(top));
        }
        let whole = statement_words(rest, &mut |word| {
            let hashed = Hashed::of_bytes(word);
            self.words.insert(hashed);
            if top.is_none() {
                self.tops.insert(hashed);
            }
        });
        match whole {
            true => self,
            false => ImportWords::ALL,
        }
    }

    /// Whether `word` may be one of the words.
    pub fn may_hold(&self, word: &str) -> bool {
        self.may_hold_hashed(Hashed::new(word))
    }

    /// `may_hold`, for a word hashed beforehand.
    pub fn may_hold_hashed(&self, word: Hashed) -> bool {
        self.words.may_hold(word)
    }

    /// Whether the file may import from the top-level module or package `top` by name (`pkg`
    /// for `pkg.par.parmap`): an import names it after `from` or in a plain `import`.
    pub fn may_import_from(&self, top: &str) -> bool {
        self.may_import_from_hashed(Hashed::new(top))
    }

    /// `may_import_from`, for a top hashed beforehand.
    pub fn may_import_from_hashed(&self, top: Hashed) -> bool {
        self.tops.may_hold(top)
    }

    /// Whether the file may have a star import (`from pkg.par import *`); `false` means it
    /// has none, so `by_star` and `star_imports` are false for it without reading it again.
    pub fn may_import_star(&self) -> bool {
        self.words.may_hold(STAR_HASHED)
    }

    /// Whether the file may have a relative import (`from .par import parmap`), which reaches
    /// only modules of the package the file is in.
    pub fn may_import_relatively(&self) -> bool {
        self.tops.may_hold(RELATIVE_HASHED)
    }
}

/// A word's two bits in the filter, worked out once: the rounds of `run::wrappers` ask every
/// file of a tree about the same words, and hashing each word again for each file cost more
/// than the rest of the question (170 M instructions over the benchmark corpus).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Hashed(usize, usize);

impl Hashed {
    pub const fn new(word: &str) -> Hashed {
        Hashed::of_bytes(word.as_bytes())
    }

    const fn of_bytes(word: &[u8]) -> Hashed {
        let (a, b) = bits(word);
        Hashed(a, b)
    }
}

/// `STAR` and `RELATIVE`, hashed: every file is asked about them.
const STAR_HASHED: Hashed = Hashed::new(STAR);
const RELATIVE_HASHED: Hashed = Hashed::new(RELATIVE);

impl Bloom {
    fn may_hold(&self, Hashed(a, b): Hashed) -> bool {
        self.0[a / 64] & (1 << (a % 64)) != 0 && self.0[b / 64] & (1 << (b % 64)) != 0
    }

    fn insert(&mut self, Hashed(a, b): Hashed) {
        self.0[a / 64] |= 1 << (a % 64);
        self.0[b / 64] |= 1 << (b % 64);
    }
}

/// Where the import statement whose `import` ends `before` imports from, when it is
/// `from <module> import ...`: the first segment of the module (`pkg` for `from pkg.par`), or
/// `RELATIVE` when it starts with a dot. `None` when the tokens before `import` are not
/// `from`, names and dots, which a `from` statement always is: they may be separated by
/// spaces and line continuations (`from pkg . par \` newline `import x`), never by a bare
/// line end. So a `None` is a plain `import` statement, or text that is not one (a comment),
/// and the caller takes every word after `import` instead, which covers a plain import's
/// modules.
fn from_top(before: &[u8]) -> Option<&[u8]> {
    let mut end = before.len();
    let mut first: Option<&[u8]> = None;
    loop {
        // Spaces, and a backslash that ends a line.
        while end > 0 {
            match before[end - 1] {
                b' ' | b'\t' | b'\x0c' => end -= 1,
                b'\n' | b'\r' => {
                    let mut at = end - 1;
                    if before[at] == b'\n' && at > 0 && before[at - 1] == b'\r' {
                        at -= 1;
                    }
                    if at == 0 || before[at - 1] != b'\\' {
                        return None;
                    }
                    end = at - 1;
                }
                _ => break,
            }
        }
        if end == 0 {
            return None;
        }
        if before[end - 1] == b'.' {
            first = Some(RELATIVE.as_bytes());
            end -= 1;
            continue;
        }
        let start = before[..end]
            .iter()
            .rposition(|&b| !is_word_byte(b))
            .map_or(0, |i| i + 1);
        if start == end {
            return None;
        }
        let word = &before[start..end];
        if word == b"from" {
            return first;
        }
        first = Some(word);
        end = start;
    }
}

/// Whether `source` names `word` where a name from another module can be: among the words of
/// an import statement (`from pkg.par import parmap`, `from .runner import Runner`) or as an
/// attribute (`par.parmap`, `runner_module.Runner`). By the argument above, a file that uses or
/// re-exports a function of another module, or the class of a method, names it one of these
/// ways; a file that only defines a name of its own (`class Runner:`) or calls a local one
/// does not.
pub fn names(source: &[u8], word: &str) -> bool {
    let mut in_imports = false;
    for at in memchr::memmem::find_iter(source, word.as_bytes()) {
        let before = at.checked_sub(1).map(|i| source[i]);
        let after = source.get(at + word.len()).copied();
        if before.is_some_and(is_word_byte) || after.is_some_and(is_word_byte) {
            continue;
        }
        let attribute = source[..at]
            .iter()
            .rev()
            .find(|b| !matches!(b, b' ' | b'\t' | b'\\' | b'\n' | b'\r'))
            == Some(&b'.');
        if attribute {
            return true;
        }
        in_imports = true;
    }
    // Spelled, but not as an attribute: only an import statement can still name it.
    in_imports
        && import_statements(source).any(|rest| {
            let mut named = false;
            let whole = statement_words(rest, &mut |found| named |= found == word.as_bytes());
            named || !whole
        })
}

/// Whether `source` may use `word` as a name a star import binds: it has `import *` and spells
/// `word` as a whole word.
pub fn by_star(source: &[u8], word: &str) -> bool {
    import_statements(source).any(is_star)
        && memchr::memmem::find_iter(source, word.as_bytes()).any(|at| {
            let before = at.checked_sub(1).map(|i| source[i]);
            let after = source.get(at + word.len()).copied();
            !before.is_some_and(is_word_byte) && !after.is_some_and(is_word_byte)
        })
}

/// Whether `source`, the text of the file at `path`, may star-import a module whose last
/// segment is `tail` (`from .engine import *` for `pkg.engine`), and so bind that module's
/// public names for its own importers: a star import of a module whose text ends in `tail`,
/// or that spells no segment and names a package of that name above the file (`from . import
/// *` in `engine/jobs.py`).
pub fn star_imports(source: &[u8], tail: &str, path: &Path) -> bool {
    import_statements_at(source).any(|(at, rest)| {
        is_star(rest)
            && star_target(&source[..at]).is_some_and(|module| {
                let last = module.rsplit(|&b| b == b'.').next().unwrap_or(module);
                match last.is_empty() {
                    true => package_named(path, module.len(), tail),
                    false => last == tail.as_bytes(),
                }
            })
    })
}

/// Whether the package `dots` dots name from the file at `path` (`.` its folder, `..` the one
/// above) is named `tail`.
fn package_named(path: &Path, dots: usize, tail: &str) -> bool {
    path.ancestors()
        .nth(dots)
        .and_then(Path::file_name)
        .is_some_and(|name| name == tail)
}

/// Whether the statement `rest` starts (right after `import`) is a star import.
fn is_star(rest: &[u8]) -> bool {
    rest.iter()
        .find(|b| !matches!(b, b' ' | b'\t' | b'\\'))
        .is_some_and(|b| *b == b'*')
}

/// The text right after each word `import` of `source`.
fn import_statements(source: &[u8]) -> impl Iterator<Item = &[u8]> {
    import_statements_at(source).map(|(_, rest)| rest)
}

/// `import_statements`, each with where its word `import` starts.
fn import_statements_at(source: &[u8]) -> impl Iterator<Item = (usize, &[u8])> {
    (IMPORT.find_iter(source)).filter_map(|at| statement_at(source, at).map(|rest| (at, rest)))
}

/// The text right after the bytes `import` at `at` in `source`, when they are the whole word.
fn statement_at(source: &[u8], at: usize) -> Option<&[u8]> {
    let before = at.checked_sub(1).map(|i| source[i]);
    let end = at + "import".len();
    let whole =
        !before.is_some_and(is_word_byte) && !source.get(end).is_some_and(|b| is_word_byte(*b));
    whole.then(|| &source[end..])
}

/// The dotted module of `from <module> import *`, from the text `before` its `import`; `None`
/// unless that text ends in `from` and a module that spells a segment (`from . import *`
/// names the package itself, which its text does not spell).
fn star_module(before: &[u8]) -> Option<&[u8]> {
    star_target(before).filter(|module| module.iter().any(|&b| b != b'.'))
}

/// The dotted module of `from <module> import *`, from the text `before` its `import`, dots
/// alone included; `None` unless that text ends in `from` and a module.
fn star_target(before: &[u8]) -> Option<&[u8]> {
    let space = |b: &u8| matches!(b, b' ' | b'\t' | b'\\' | b'\r' | b'\n' | b'\x0c');
    let end = before.iter().rposition(|b| !space(b))? + 1;
    let start = before[..end]
        .iter()
        .rposition(|&b| !(is_word_byte(b) || b == b'.'))
        .map_or(0, |i| i + 1);
    let module = &before[start..end];
    let from_end = before[..start].iter().rposition(|b| !space(b))? + 1;
    let from = before[..from_end].strip_suffix(b"from")?;
    let whole = !from.last().is_some_and(|&b| is_word_byte(b));
    (whole && !module.is_empty()).then_some(module)
}

/// Hand each word of the statement `rest` starts (right after `import`) to `each`; `false`
/// when it runs on past `LONGEST`. A byte's part is looked up in `BYTES` and a word is taken
/// whole in an inner loop: over the 252,000 statements of the benchmark corpus a byte at a
/// time through iterator adapters cost 460 M instructions.
fn statement_words(rest: &[u8], each: &mut impl FnMut(&[u8])) -> bool {
    let end = rest.len().min(LONGEST);
    let (mut depth, mut escaped, mut at) = (0usize, false, 0);
    while at < end {
        let part = BYTES[usize::from(rest[at])];
        at += 1;
        match part {
            WORD => {
                let start = at - 1;
                while at < end && BYTES[usize::from(rest[at])] == WORD {
                    at += 1;
                }
                each(&rest[start..at]);
            }
            OPEN => depth += 1,
            CLOSE => depth = depth.saturating_sub(1),
            NEWLINE if depth == 0 && !escaped => return true,
            SEMICOLON if depth == 0 => return true,
            BACKSLASH => {
                escaped = true;
                continue;
            }
            // `\r` too, so that a backslash before `\r\n` continues the line.
            BLANK => continue,
            _ => {}
        }
        escaped = false;
    }
    rest.len() <= LONGEST
}

/// What a byte is to `statement_words`.
const OTHER: u8 = 0;
const WORD: u8 = 1;
const OPEN: u8 = 2;
const CLOSE: u8 = 3;
const NEWLINE: u8 = 4;
const SEMICOLON: u8 = 5;
const BACKSLASH: u8 = 6;
const BLANK: u8 = 7;

/// Each byte's part (`OTHER`, `WORD` ...), by its value.
static BYTES: [u8; 256] = {
    let mut parts = [OTHER; 256];
    let mut byte = 0;
    while byte < 256 {
        parts[byte] = match byte as u8 {
            b'(' | b'[' | b'{' => OPEN,
            b')' | b']' | b'}' => CLOSE,
            b'\n' => NEWLINE,
            b';' => SEMICOLON,
            b'\\' => BACKSLASH,
            b' ' | b'\t' | b'\x0c' | b'\r' => BLANK,
            other if is_word_byte(other) => WORD,
            _ => OTHER,
        };
        byte += 1;
    }
    parts
};

/// Letters, digits, `_`, and any non-ASCII byte (part of a non-ASCII identifier).
const fn is_word_byte(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || byte == b'_' || byte >= 0x80
}

/// The filter's two bits for `word` (FNV-1a, split).
const fn bits(word: &[u8]) -> (usize, usize) {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut at = 0;
    while at < word.len() {
        hash = (hash ^ word[at] as u64).wrapping_mul(0x0000_0100_0000_01b3);
        at += 1;
    }
    ((hash & 255) as usize, ((hash >> 32) & 255) as usize)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn holds(source: &str, word: &str) -> bool {
        ImportWords::of(source.as_bytes()).may_hold(word)
    }

    #[test]
    fn every_import_form_names_its_segments() {
        let source = "\
from pkg.par import parmap as pm
import pkg.runner as r, other
from . import (
    launch,  # a comment
    tasks,
)
def f():
    from ..engine import \\
        submit; x = nothing
";
        for word in [
            "parmap", "pm", "pkg", "runner", "r", "other", "launch", "tasks", "submit",
        ] {
            assert!(holds(source, word), "{word}");
        }
        // Words outside import statements are not taken.
        assert!(!ImportWords::of(b"x = nothing\n").may_hold("nothing"));
        assert!(!holds("from pkg.par import parmap\n", "Runner"));
    }

    #[test]
    fn words_in_names_that_contain_import_are_not_taken() {
        assert!(!holds("__import__('pkg')\nimportlib.thing\n", "pkg"));
        assert!(!holds("x = reimport\n", "x"));
    }

    #[test]
    fn a_name_from_another_module_is_imported_or_an_attribute() {
        let uses = [
            "from pkg.par import parmap as pm\n",
            "from pkg.par import (\n    other,\n    parmap,\n)\n",
            "import pkg.par as par\npar.parmap(f, xs)\n",
            "import pkg\npkg.par . parmap(f, xs)\n",
        ];
        for source in uses {
            assert!(names(source.as_bytes(), "parmap"), "{source}");
        }
        let own = [
            "def parmap(fn, xs):\n    return parmap2(fn, xs)\n",
            "class parmap:\n    pass\nparmap()\n",
            "x = 1  # parmap is elsewhere\n",
            "from pkg.par import other\n",
        ];
        for source in own {
            assert!(!names(source.as_bytes(), "parmap"), "{source}");
        }
    }

    #[test]
    fn a_star_import_holds_the_star_and_binds_bare_names() {
        assert!(holds("from pkg.par import *\n", STAR));
        assert!(holds("from pkg.par import *\n", "par") && holds("from pkg.par import *\n", "pkg"));
        assert!(!holds("from pkg.par import *\n", "parmap"));
        assert!(holds("from .sub.par \\\n  import *\n", "par"));
        // The package's own names: its text spells no segment, so every word may be there.
        assert_eq!(ImportWords::of(b"from . import *\n"), ImportWords::ALL);
        assert_eq!(ImportWords::of(b"from.. import *\n"), ImportWords::ALL);
        assert!(holds("from .par import  *  # all\n", STAR));
        assert!(!holds("from pkg.par import parmap\nx = a * b\n", STAR));
        let star = b"from pkg.par import *\nparmap(f, xs)\n";
        assert!(by_star(star, "parmap"));
        assert!(!by_star(star, "pool"));
        assert!(!by_star(
            b"from pkg.par import parmap2\nparmap(f)\n",
            "parmap"
        ));
        let jobs = Path::new("src/pkg/engine/jobs.py");
        assert!(star_imports(b"from .engine import *\n", "engine", jobs));
        assert!(star_imports(b"from pkg.engine  import *\n", "engine", jobs));
        assert!(star_imports(b"from . import *\n", "engine", jobs));
        assert!(star_imports(b"from .. import *\n", "pkg", jobs));
        // A comment saying "from ... import *" names the folder two above: `src`.
        assert!(!star_imports(b"# from ... import *\n", "engine", jobs));
        assert!(!star_imports(
            b"from .engine import parmap\n",
            "engine",
            jobs
        ));
        assert!(!star_imports(b"from .engines import *\n", "engine", jobs));
    }

    #[test]
    fn a_file_imports_from_the_first_segment_of_each_module() {
        let source = "\
from pkg.par import parmap
from   other . sub \\
    import thing
import plain.mod as pm, second
from ..engine import submit
";
        let words = ImportWords::of(source.as_bytes());
        for top in ["pkg", "other", "plain", "pm", "second"] {
            assert!(words.may_import_from(top), "{top}");
        }
        assert!(words.may_import_relatively());
        for elsewhere in ["par", "sub", "thing", "parmap", "engine"] {
            assert!(!words.may_import_from(elsewhere), "{elsewhere}");
        }
        let absolute = ImportWords::of(b"from pkg import par\n");
        assert!(!absolute.may_import_relatively());
        assert!(ImportWords::of(b"from . import par\n").may_import_relatively());
        assert!(ImportWords::of(b"from .par import *\n").may_import_relatively());
    }

    #[test]
    fn only_from_keeps_the_words_after_import_out_of_the_tops() {
        // `yield from x` ends its line: the next line's `import` is a plain one.
        let yielded = ImportWords::of(b"def f():\n    yield from x\nimport pkg\n");
        assert!(yielded.may_import_from("pkg"));
        let joined = ImportWords::of(b"x = 1; import pkg\n");
        assert!(joined.may_import_from("pkg"));
        let guarded = ImportWords::of(b"if x: import pkg.par\n");
        assert!(guarded.may_import_from("pkg"));
        // In a comment: whatever it reads as, only adds words.
        let comment = ImportWords::of(b"# to import pkg, write it\n");
        assert!(comment.may_import_from("pkg"));
    }

    #[test]
    fn imports_noted_in_any_order_give_the_words_of_all() {
        let source = b"import os\nfrom pkg.par import *\nx = 'important'\nfrom . import *\n";
        let mut forward = ImportWords::default();
        let mut backward = ImportWords::default();
        let found: Vec<usize> = IMPORT.find_iter(source).collect();
        found.iter().for_each(|&at| forward.note_import(source, at));
        found
            .iter()
            .rev()
            .for_each(|&at| backward.note_import(source, at));
        assert_eq!(forward, ImportWords::ALL);
        assert_eq!(backward, ImportWords::ALL);
        let source = b"import os\nfrom pkg.par import parmap\n";
        let mut noted = ImportWords::default();
        for at in IMPORT
            .find_iter(source)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
        {
            noted.note_import(source, at);
        }
        assert_eq!(noted, ImportWords::of(source));
    }

    #[test]
    fn hashed_words_ask_what_words_ask() {
        let words = ImportWords::of(b"from pkg.par import parmap\nimport other\n");
        for word in ["pkg", "par", "parmap", "other", "absent", "Runner"] {
            assert_eq!(
                words.may_hold(word),
                words.may_hold_hashed(Hashed::new(word))
            );
            assert_eq!(
                words.may_import_from(word),
                words.may_import_from_hashed(Hashed::new(word))
            );
        }
        assert!(!words.may_import_star());
        assert!(ImportWords::of(b"from pkg.par import *\n").may_import_star());
        assert!(ImportWords::ALL.may_import_star());
    }

    #[test]
    fn a_statement_too_long_to_follow_holds_everything() {
        let source = format!("from m import ({}", "a, ".repeat(LONGEST));
        assert_eq!(ImportWords::of(source.as_bytes()), ImportWords::ALL);
    }
}
