//! The prefilter: whether a source may hold a finding, decided without parsing it, so that the
//! files of a large tree that cannot are never parsed (most of a whole-tree run's time).
//!
//! It takes two steps. The first looks at the raw bytes for the words every finding needs (the
//! modules of point 1 in one SIMD search, `MODULE_WORDS`, then the names of point 2 with
//! `memchr`), and settles nearly every file of a tree. The screen of a tree searches for the
//! modules together with the word `import`, which `ImportWords` wants of every file
//! (`spells_module_noting_imports`), and hands the answer in
//! (`may_define_wrappers_spelling`): the same answer, from the same bytes. A file that passes
//! is scanned once (`scan`) for the same words as code, outside comments and string literals,
//! and for a construct that can make a callable pickle cannot carry. Both steps must hold.
//!
//! # Why it is sound
//!
//! Under the resolution model of `values`, every finding (PKL001 to PKL006) is about a site: a
//! call that resolves, through the file's own imports, to an API of `multiprocessing` (also
//! reached as `torch.multiprocessing`), `concurrent.futures`, `billiard`, `parmap`, `pebble`,
//! `aiomultiprocess` or `tqdm.contrib.concurrent`, or to a user-declared API (`Options::apis`, the `--api` specs and the wrappers inferred from other
//! files). A file holds one only if it spells, as code:
//! 1. one of `PREFILTER_MODULES`: every import form (`import multiprocessing`,
//!    `from concurrent import futures`, `from torch import multiprocessing`,
//!    `import billiard as b`, `from tqdm.contrib import concurrent`) spells one as a word of
//!    its dotted name, and resolution never looks outside the file, but for one thing: a
//!    relative import resolves against the file's package (`Options::package`), so in a
//!    package named after one of them or after a word of `LIBRARY_FUNCTIONS` (`from .pool
//!    import Pool` in `billiard/`) the package's names count as spelled;
//! 2. and one of the API's classes or functions by name: a constructor call (`Pool(...)`,
//!    `mp.Process(...)`, `ctx.Pool(...)`), an import of it (`from multiprocessing import Pool
//!    as P`), an annotation (`pool: Pool`), or a module-level function of the table
//!    (`torch.multiprocessing.spawn`, `process_map`, `parmap.map`). Method sites (`pool.map`)
//!    need the pool bound by one of those in the same file; `run_in_executor` needs a
//!    `ProcessPoolExecutor` or `InterpreterPoolExecutor`. Each spells one of
//!    `PREFILTER_NAMES`, or one of the functions of `LIBRARY_FUNCTIONS` in a file that also
//!    says the word its module is listed with (`spawn` with `torch`, `map` with `parmap`);
//! 3. or, instead of 1 and 2, a user API's last name (`UserApi::name`): a file reaches one only
//!    through an import or attribute that spells it;
//! 4. and something that makes a callable pickle cannot carry, or a guard (`callables`): a
//!    `lambda` (PKL002); a `def` in a function or under the `__main__` guard (PKL003, PKL001),
//!    which is indented, or at column 0 on a line a backslash joins to an indented one above
//!    (`    \` then `def inner():`), so the keyword is not the first byte of a line that no
//!    backslash continues; a `class` in a function or class (PKL004, also reached as
//!    `Local()` or `obj.method` of a local instance), likewise; or `__name__`, which the
//!    guard's condition spells as code (PKL006 needs a global that only the guard assigns).
//!    `functools.partial` and names bound to another name (`f = work`) only lead to one of
//!    those. PKL005 reports the same callables as PKL001 to PKL004 when a fork context
//!    inherits them.
//!
//! Comments never reach the analysis: the semantic model reads no type comments. Strings reach
//! it in one way that can name an API, a string annotation (`pool: "mp.pool.Pool"`), which
//! `values::annotations` reads as a dotted name; so the words of a string whose content is a
//! dotted name count for 1 to 3 (`scan::Spelling::DottedString`). The words are compared as
//! Python reads an identifier as its NFKC normal form (`ｍultiprocessing` is `multiprocessing`,
//! `Ｐool` is `Pool`), and so does the analysis where a name reaches a binding or an import;
//! so a word with a non-ASCII character is compared in that form, in both steps
//! (`non_ascii_words`). Keywords are ASCII.
//!
//! The first step looks for the same words anywhere (the names of 2 as whole words), so it
//! keeps every file the second keeps. A file that only defines a wrapper (a function handing
//! its parameter to a site) holds no finding of its own, though calls elsewhere through it may:
//! `may_define_wrappers_with` keeps it for the passes that infer wrappers. PKL100 (unused suppressions) is not covered here:
//! `run::file` widens the filter for it. The words are the API table's, kept as constants for
//! speed; `prefilter_words_cover_the_table` proves they agree with it, and the tests keep every
//! fixture with a finding.

mod scan;
#[cfg(test)]
mod tests;

use std::borrow::Cow;
use std::sync::LazyLock;

use aho_corasick::packed;
use memchr::memmem;

use crate::core::options::Options;
use crate::core::semantic::identifier;
use scan::{Spelling, TooNested, is_word, scan};

const PREFILTER_MODULES: [&str; 7] = [
    "multiprocessing",
    "concurrent",
    "billiard",
    "parmap",
    "pebble",
    "aiomultiprocess",
    // `torch.utils.data`, for its `DataLoader` (`torch.multiprocessing` spells the first).
    "torch",
];
/// The function that makes a multiprocessing context, which a module may bind for other
/// modules to make their pools from (`Asked::Def` only, `mentions_a_def_name`).
const CONTEXT_FACTORY: &str = "get_context";
/// The thread pools a template method's hook may return, which a subclass in another file
/// overrides with a process pool (`exports::template_wrappers`): counted for `Asked::Def`
/// only, and only on a line that starts with `return` (`returned_at`), as the hook's
/// `return` statement is (`values::inheritance::is_hook`).
const HOOK_THREAD_POOLS: [&str; 2] = ["ThreadPool", "ThreadPoolExecutor"];
const PREFILTER_NAMES: [&str; 5] = [
    "Pool",
    "Process",
    "ProcessPoolExecutor",
    "InterpreterPoolExecutor",
    "ProcessPool",
];
/// The table's module-level functions, each beside a word that every module holding it
/// spells (`torch.multiprocessing`, `tqdm.contrib.concurrent`): a function's name counts
/// only in a file that says that word too, so that a name as common as `map` or `spawn`
/// lets no more files through than the word does.
const LIBRARY_FUNCTIONS: [(&str, &[&str]); 3] = [
    ("torch", &["spawn", "start_processes", "DataLoader"]),
    ("tqdm", &["process_map"]),
    ("parmap", &["map", "starmap", "map_async", "starmap_async"]),
];

/// One search for all of `PREFILTER_MODULES` at once (Teddy, a SIMD search for a few words),
/// built once: every file of a tree is searched, and nearly none holds one of them, so three
/// searches through the whole file (and three searchers built for each file) were 8% of a
/// whole-tree run's instructions. `None` on a machine without the SIMD it needs.
static MODULE_WORDS: LazyLock<Option<packed::Searcher>> =
    LazyLock::new(|| packed::Searcher::new(PREFILTER_MODULES));

/// The word whose occurrences `spells_module_noting_imports` hands on.
const IMPORT: &str = "import";

/// `MODULE_WORDS` and `IMPORT` in one search (`spells_module_noting_imports`).
static MODULE_WORDS_AND_IMPORT: LazyLock<Option<packed::Searcher>> = LazyLock::new(|| {
    let mut words = PREFILTER_MODULES.to_vec();
    words.push(IMPORT);
    packed::Searcher::new(words)
});

/// Whether `source` may contain a finding; `false` means it certainly does not.
pub fn may_contain_sites(source: &[u8]) -> bool {
    may_contain_sites_naming(source, &[], None)
}

/// `may_contain_sites`, also for the user-declared APIs of `settings` (point 3 above) and
/// for a file in `settings.package` (see `names_api_module`).
pub fn may_contain_sites_with(source: &[u8], settings: &Options) -> bool {
    let names: Vec<&str> = settings.apis.iter().map(|api| api.name()).collect();
    may_contain_sites_naming(source, &names, settings.package.as_deref())
}

/// Whether `source` may define a process API wrapper (`inferred`: a function that hands its
/// own parameter to a site) or export a pool (`exports`: a factory, or a module-level
/// `EXECUTOR = ProcessPoolExecutor(4)`, or a context, `FORK_CTX = get_context("fork")`), for
/// `--show-apis` and for the passes that follow wrappers from other files. Each is made by a
/// site, a constructor call or `get_context`, so the file needs the words of points 1 to 3 as
/// code, as any site does (`get_context` counting as a name of point 2 here, and so does a
/// thread pool a `return` line makes, `HOOK_THREAD_POOLS`); it needs
/// nothing of point 4, since what a wrapper hands over is its parameter. Docstrings and comments that mention
/// multiprocessing, which send many files through the first step, do not count here. This
/// keeps every file that `may_contain_sites_with` keeps.
pub fn may_define_wrappers_with(source: &[u8], settings: &Options) -> bool {
    may_define_wrappers_spelling(source, settings, None)
}

/// `may_define_wrappers_with`, given whether the bytes of `source` spell one of
/// `PREFILTER_MODULES` anywhere when that is known already (`spells_module_noting_imports`
/// over the same bytes, or over them with a byte order mark before them, which no module word
/// overlaps).
pub fn may_define_wrappers_spelling(
    source: &[u8],
    settings: &Options,
    module_spelled: Option<bool>,
) -> bool {
    let names: Vec<&str> = settings.apis.iter().map(|api| api.name()).collect();
    let package = settings.package.as_deref();
    scan_for(source, &names, package, Asked::Def, module_spelled)
}

/// Whether the bytes of `source` spell one of `PREFILTER_MODULES` anywhere, the prefilter's
/// first test (`may_define_wrappers_spelling` takes the answer), calling `import` with where
/// each occurrence of the bytes `import` starts, in order, for `ImportWords`. One search finds
/// both: the screen of a whole tree wants both of every file, and a second pass through every
/// byte for `import` alone cost 190 M instructions over the benchmark corpus, against 75 M
/// in the shared one. No match hides another that matters: no module word overlaps `import`
/// (none ends in `i`, `im` ... or starts with `t`, `rt` ..., and neither holds the other),
/// so the search's matches, which do not overlap, are every `import` and, when the source
/// spells a module word, one at least.
pub fn spells_module_noting_imports(source: &[u8], mut import: impl FnMut(usize)) -> bool {
    let Some(searcher) = &*MODULE_WORDS_AND_IMPORT else {
        memmem::find_iter(source, IMPORT).for_each(&mut import);
        return spells_a_module(source);
    };
    let mut spelled = false;
    for found in searcher.find_iter(source) {
        match found.pattern().as_usize() == PREFILTER_MODULES.len() {
            true => import(found.start()),
            false => spelled = true,
        }
    }
    spelled
}

/// Whether `source` spells `word` where the analysis reads it: as code, or as a word of a
/// string whose content is a dotted name (a string annotation, an `__all__` entry). Comments
/// and other strings never reach the analysis (see above), so a file that spells a wrapper's
/// name only there cannot use or re-export it, and the rounds that follow wrappers across files
/// (`run::wrappers`) need not analyse it again: CPython's `pydoc_data/topics.py`, 757 KB of
/// documentation that spells `import console` and `.console` in its prose, was 4.5% of a
/// whole-tree run. Words are compared in their NFKC form, as `WordsSeen::add` does.
pub fn spells_where_read(source: &[u8], word: &str) -> bool {
    let wanted = identifier(word);
    let wanted = wanted.as_bytes();
    let source = source.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(source);
    let mut found = false;
    let scanned = scan(source, |_, seen, _| {
        found = match seen.is_ascii() {
            true => seen == wanted,
            false => {
                std::str::from_utf8(seen).is_ok_and(|seen| identifier(seen).as_bytes() == wanted)
            }
        };
        !found
    });
    found || scanned == Err(TooNested)
}

/// What the scan needs besides the words of points 1 to 3.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Asked {
    /// Something of point 4: the file may hold a finding.
    Construct,
    /// Nothing more: the file may define a wrapper or export a pool.
    Def,
}

/// Whether a folder named `name` makes a package whose relative imports may reach an API
/// without spelling its module: in `billiard/`, `from .pool import Pool` is
/// `billiard.pool.Pool`. Relative imports resolve only against a package the run layer
/// found (`Options::package`); its names then count as spelled for points 1 and 2.
pub fn names_api_module(name: &str) -> bool {
    PREFILTER_MODULES.contains(&name) || LIBRARY_FUNCTIONS.iter().any(|(word, _)| *word == name)
}

fn may_contain_sites_naming(source: &[u8], user_names: &[&str], package: Option<&str>) -> bool {
    scan_for(source, user_names, package, Asked::Construct, None)
}

/// The two steps: the words anywhere, then the words as code and what `need` asks for.
/// `module_spelled`, when known, says whether the bytes spell a module word anywhere.
fn scan_for(
    source: &[u8],
    user_names: &[&str],
    package: Option<&str>,
    need: Asked,
    module_spelled: Option<bool>,
) -> bool {
    let builtin = match need {
        Asked::Construct => mentions_process_api_within(source, package, module_spelled),
        Asked::Def => {
            mentions_process_api_within(source, package, module_spelled)
                || mentions_a_def_name(source, package, module_spelled)
        }
    };
    let unusual = match user_names.is_empty() || source.is_ascii() {
        true => Vec::new(),
        false => non_ascii_words(source),
    };
    let user: Vec<&[u8]> = user_names
        .iter()
        .filter(|name| {
            memmem::find(source, name.as_bytes()).is_some() || unusual.iter().any(|w| w == *name)
        })
        .map(|name| name.as_bytes())
        .collect();
    if !builtin && user.is_empty() {
        return false;
    }
    let source = source.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(source);
    let mut seen = WordsSeen::new(&user, need);
    for word in package.into_iter().flat_map(|package| package.split('.')) {
        seen.add(source, 0, word.as_bytes(), Spelling::DottedString);
    }
    match scan(source, |at, word, spelling| {
        seen.add(source, at, word, spelling)
    }) {
        Ok(()) => seen.may_hold_finding(),
        Err(TooNested) => true,
    }
}

/// The first step alone: the words of points 1 and 2 anywhere in the bytes, comments and
/// strings included (`bench/prefilter.rs` counts what the second step saves).
pub fn mentions_process_api(source: &[u8]) -> bool {
    mentions_process_api_within(source, None, None)
}

/// `mentions_process_api` for a file in `package`, whose names count as mentioned.
fn mentions_process_api_within(
    source: &[u8],
    package: Option<&str>,
    module_spelled: Option<bool>,
) -> bool {
    let unusual = match source.is_ascii() {
        true => Vec::new(),
        false => non_ascii_words(source),
    };
    mentions_with(source, package, &unusual, module_spelled)
}

/// The first step's test, with `unusual` (`non_ascii_words`) as further words of the source.
fn mentions_with(
    source: &[u8],
    package: Option<&str>,
    unusual: &[String],
    module_spelled: Option<bool>,
) -> bool {
    let in_package = |word: &str| package.is_some_and(|p| p.split('.').any(|part| part == word));
    let mentions = |word: &str| {
        in_package(word)
            || memmem::find(source, word.as_bytes()).is_some()
            || unusual.iter().any(|w| w.contains(word))
    };
    let named = |word: &&str| has_word(source, word) || unusual.iter().any(|w| w == word);
    let elsewhere = |m: &&str| in_package(m) || unusual.iter().any(|w| w.contains(m));
    let spelled = || module_spelled.unwrap_or_else(|| spells_a_module(source));
    (PREFILTER_MODULES.iter().any(elsewhere) || spelled())
        && (PREFILTER_NAMES.iter().any(named)
            || (LIBRARY_FUNCTIONS.iter())
                .any(|(word, names)| mentions(word) && names.iter().any(named)))
}

/// Whether `source` may bind a module-level multiprocessing context for other modules to make
/// pools from (`FORK_CTX = multiprocessing.get_context("fork")`, exported by
/// `exports::instances`), or a class whose method makes a thread pool (a template's hook): a
/// module word and `CONTEXT_FACTORY` anywhere, or one of `HOOK_THREAD_POOLS` on a `return`
/// line. Only for `Asked::Def`: neither makes a site of its own file.
fn mentions_a_def_name(source: &[u8], package: Option<&str>, module_spelled: Option<bool>) -> bool {
    // The module word first: the screen of a tree knows it already for every file, and most
    // files spell none, so the search for the factory's name through every byte is rarely due.
    (package.is_some_and(|p| p.split('.').any(|part| PREFILTER_MODULES.contains(&part)))
        || module_spelled.unwrap_or_else(|| spells_a_module(source)))
        && (has_word(source, CONTEXT_FACTORY)
            || HOOK_THREAD_POOLS.iter().any(|name| {
                memmem::find_iter(source, name.as_bytes())
                    .any(|at| is_word_at(source, at, name.len()) && returned_at(source, at))
            }))
}

/// Whether the bytes of `source` hold one of `PREFILTER_MODULES`, anywhere.
fn spells_a_module(source: &[u8]) -> bool {
    match &*MODULE_WORDS {
        Some(searcher) => searcher.find(source).is_some(),
        None => PREFILTER_MODULES
            .iter()
            .any(|m| memmem::find(source, m.as_bytes()).is_some()),
    }
}

/// Each word of `source` (a run of identifier bytes, anywhere) that Python reads as another
/// (its NFKC normal form differs: `Ｐool`), in the form Python reads it in. Those it reads as
/// written are left out: the byte searches see them.
fn non_ascii_words(source: &[u8]) -> Vec<String> {
    let mut words = Vec::new();
    let mut at = 0;
    while let Some(hit) = first_non_ascii(source, at) {
        let start = source[..hit]
            .iter()
            .rposition(|&b| !is_word(b))
            .map_or(0, |i| i + 1);
        let end = source[hit..]
            .iter()
            .position(|&b| !is_word(b))
            .map_or(source.len(), |i| hit + i);
        if let Ok(word) = std::str::from_utf8(&source[start..end])
            && let Cow::Owned(normalized) = identifier(word)
        {
            words.push(normalized);
        }
        at = end;
    }
    words
}

/// Where the first non-ASCII byte of `source` at or after `from` is, found a chunk at a time
/// (`is_ascii` on a chunk is vectorised), since most files have none or few.
fn first_non_ascii(source: &[u8], from: usize) -> Option<usize> {
    let rest = source.get(from..)?;
    let mut offset = from;
    for chunk in rest.chunks(64) {
        if !chunk.is_ascii() {
            return chunk.iter().position(|b| !b.is_ascii()).map(|i| offset + i);
        }
        offset += chunk.len();
    }
    None
}

/// Whether `word` occurs in `source` as a whole identifier (no ASCII letter, digit or `_`
/// right before or after it). A non-ASCII neighbour counts as a boundary, which can only let
/// more files through.
fn has_word(source: &[u8], word: &str) -> bool {
    memmem::find_iter(source, word.as_bytes()).any(|at| is_word_at(source, at, word.len()))
}

/// Whether the `len` bytes at `at` are a whole identifier, as `has_word` asks.
fn is_word_at(source: &[u8], at: usize, len: usize) -> bool {
    let is_ident = |b: u8| b.is_ascii_alphanumeric() || b == b'_';
    let before = at.checked_sub(1).map(|i| source[i]);
    let after = source.get(at + len).copied();
    !before.is_some_and(is_ident) && !after.is_some_and(is_ident)
}

/// Whether the line holding `at` starts, after its indentation, with the keyword `return`.
fn returned_at(source: &[u8], at: usize) -> bool {
    let start = memchr::memrchr(b'\n', &source[..at]).map_or(0, |newline| newline + 1);
    let line = source[start..at].trim_ascii_start();
    line.strip_prefix(b"return").is_some_and(|rest| {
        rest.first()
            .is_some_and(|b| !(b.is_ascii_alphanumeric() || *b == b'_'))
    })
}

/// What the second step has seen so far, point by point.
struct WordsSeen<'u> {
    /// The user API names the bytes mention, the only ones worth comparing.
    user: &'u [&'u [u8]],
    module: bool,
    name: bool,
    /// For each entry of `LIBRARY_FUNCTIONS`, whether its word and one of its names were seen.
    library: [bool; LIBRARY_FUNCTIONS.len()],
    library_name: [bool; LIBRARY_FUNCTIONS.len()],
    user_name: bool,
    need: Asked,
    /// What `need` asks for has been seen.
    found: bool,
}

impl<'u> WordsSeen<'u> {
    fn new(user: &'u [&'u [u8]], need: Asked) -> WordsSeen<'u> {
        WordsSeen {
            user,
            module: false,
            name: false,
            library: [false; LIBRARY_FUNCTIONS.len()],
            library_name: [false; LIBRARY_FUNCTIONS.len()],
            user_name: false,
            need,
            found: false,
        }
    }

    /// Count `word`, found at `at`; `false` once the answer is known, to stop the scan.
    fn add(&mut self, source: &[u8], at: usize, word: &[u8], spelling: Spelling) -> bool {
        let normalized = match word.is_ascii() {
            true => None,
            false => std::str::from_utf8(word).ok().map(identifier),
        };
        let word = normalized.as_deref().map_or(word, str::as_bytes);
        let is_one_of = |words: &[&str]| words.iter().any(|w| w.as_bytes() == word);
        self.module |= is_one_of(&PREFILTER_MODULES);
        self.name |= is_one_of(&PREFILTER_NAMES)
            || (self.need == Asked::Def
                && (word == CONTEXT_FACTORY.as_bytes()
                    || (is_one_of(&HOOK_THREAD_POOLS) && returned_at(source, at))));
        for (i, (library, names)) in LIBRARY_FUNCTIONS.iter().enumerate() {
            self.library[i] |= word == library.as_bytes();
            self.library_name[i] |= is_one_of(names);
        }
        self.user_name |= self.user.contains(&word);
        self.found |= spelling == Spelling::Code
            && match self.need {
                Asked::Construct => makes_findings_possible(source, at, word),
                Asked::Def => true,
            };
        !self.may_hold_finding()
    }

    fn may_hold_finding(&self) -> bool {
        let function =
            (self.library.iter().zip(&self.library_name)).any(|(word, name)| *word && *name);
        let builtin = self.module && (self.name || function);
        self.found && (builtin || self.user_name)
    }
}

/// Point 4: `lambda` or `__name__`, or `def` or `class` not at the start of its logical line.
fn makes_findings_possible(source: &[u8], at: usize, word: &[u8]) -> bool {
    match word {
        b"lambda" | b"__name__" => true,
        b"def" | b"class" => !starts_logical_line(&source[..at]),
        _ => false,
    }
}

/// Whether a word after `before` starts a line that no backslash joins to the one above: only
/// there is a `def` or `class` at column 0 at module level. Joined, it takes the indentation
/// of the line the backslash ends (`    \` then `def inner():` is nested). A backslash ending
/// a comment joins nothing, but counting it too only lets more files through.
fn starts_logical_line(before: &[u8]) -> bool {
    let Some(line_end) = before.last() else {
        return true;
    };
    if !matches!(line_end, b'\n' | b'\r') {
        return false;
    }
    let above = before
        .strip_suffix(b"\r\n")
        .unwrap_or(&before[..before.len() - 1]);
    above.last() != Some(&b'\\')
}
