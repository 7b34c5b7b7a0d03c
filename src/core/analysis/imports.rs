//! Where a new import of a standard-library module goes: where isort's default profile and
//! ruff's I001 would put it, so that a file whose imports were sorted stays sorted.
//!
//! Both sorters split the import block at the top of a module into sections (future, standard
//! library, third party, first party, local), one blank line between sections, and within a
//! section put every `import x` before every `from x import y`, each kind ordered by module
//! name, case-insensitively. A sorted file therefore has one paragraph per section, and a new
//! `import functools` goes:
//! - into the standard-library paragraph, before the first statement that sorts after it;
//! - when there is none, into a paragraph of its own after the future imports and before the
//!   other sections, with one blank line on each side;
//! - when the module has no import block, after the head (`head::head_end`), with a blank line
//!   above it and the blank lines below it that the next statement needs (two before a `def`
//!   or `class`, one otherwise).
//!
//! Worked example, adding `import functools`:
//!
//! ```text
//! """Doc."""                              """Doc."""
//! from __future__ import annotations      from __future__ import annotations
//!
//! import os                               import functools
//! from multiprocessing import Pool        import os
//!                                         from multiprocessing import Pool
//! import numpy
//!                                         import numpy
//! ```
//!
//! The import block is the first run of module-level import statements after the head, taking
//! comments and blank lines inside it; code between the head and it, or between the future
//! imports and the others, may only be statements that linters allow above imports (`__all__
//! = ...` and other dunder assignments, string literals), so that the new import still
//! precedes every use of it.
//!
//! Imports the sorters are told to leave alone (between `# isort: off` and `# isort: on`, or
//! with a trailing `# isort: skip`) are not sorted, so the new import never goes among them,
//! and an action comment is never taken as the comment above the import after it: a new
//! import that sorts first after `# isort: on` goes below that comment, where the sorter sorts.

use tree_sitter::Node;

use crate::core::fix::Edit;
use crate::core::head::head_end;
use crate::core::node::NodeExt;
use crate::core::options::ImportStyle;
use crate::core::source::{TextRange, is_blank_line, line_start, next_line_start};

/// The edit that adds `import {module}`, or `from {module} import {member}`, for a
/// standard-library module.
pub fn add_import(
    root: Node<'_>,
    source: &str,
    module: &str,
    member: Option<&str>,
    eol: &str,
    style: &ImportStyle,
) -> Edit {
    let line = match member {
        Some(member) => format!("from {module} import {member}{eol}"),
        None => format!("import {module}{eol}"),
    };
    let block = import_block(root, source, style);
    let key = SortKey::new(member.is_some(), module, false, style);
    let block: Vec<Import> = block.into_iter().filter(|s| !s.frozen).collect();
    if let Some(stdlib) = block.iter().find(|s| s.section == Section::Stdlib) {
        let paragraph = paragraph_of(&block, stdlib);
        let section: Vec<&Import> = block
            .iter()
            .filter(|s| s.section == Section::Stdlib)
            .collect();
        // One paragraph: the sorted section, or the part of an unsorted one the new import
        // joins. Several: the kinds apart (`lines-between-types`), the new import goes
        // among its own kind.
        let (previous, next) = if section.len() > paragraph.len() {
            let previous = section.iter().rfind(|s| s.key < key).copied();
            let next = section.iter().find(|s| s.key > key).copied();
            match (previous, next) {
                // Between paragraphs: after the one before, when the next one is of the
                // other kind, or opens with comments the sorters keep a blank line above.
                (Some(previous), Some(next))
                    if previous.end != next.start
                        && (next.key.from != key.from
                            || (next.commented && previous.key.from == key.from)) =>
                {
                    (Some(previous), None)
                }
                pair => pair,
            }
        } else {
            (paragraph.last(), paragraph.iter().find(|s| s.key > key))
        };
        return match next {
            // `# Standard library` over the section: the new import goes under the header.
            Some(next)
                if next.commented && section.first().is_some_and(|f| f.start == next.start) =>
            {
                match section_header(source, next.start) {
                    Some(after) => Edit::insert(after, line),
                    None => Edit::insert(next.start, format!("{line}{eol}")),
                }
            }
            // The sorters keep a blank line above the comments of an import that is not the
            // block's first.
            Some(next) if next.commented => Edit::insert(next.start, format!("{line}{eol}")),
            Some(next) => Edit::insert(next.start, line),
            None => Edit::insert(previous.map_or(stdlib.end, |s| s.end), line),
        };
    }
    let after_future = block.iter().find(|s| s.section != Section::Future);
    let last_future = block.iter().rfind(|s| s.section == Section::Future);
    match (after_future, last_future) {
        (Some(next), _) => Edit::insert(next.start, format!("{line}{eol}")),
        (None, Some(future)) => alone_after(root, source, future.end, &line, eol, style),
        (None, None) => alone_after(root, source, head_end(root, source), &line, eol, style),
    }
}

/// The edit that adds `member` to the names of the module's one-line `from {module} import
/// ...` statement (a plain statement of the module, without a star, aliases or brackets), in
/// the order ruff's and isort's sorters keep them (constants, then classes, then the rest,
/// each alphabetically): `None` when there is no such statement, or the line would pass
/// `line_length`. With `single_line` (`force-single-line`), a statement of its own among the
/// module's others, each of one name.
pub fn join_from_import(
    root: Node<'_>,
    source: &str,
    module: &str,
    member: &str,
    line_length: usize,
    single_line: bool,
) -> Option<Edit> {
    let mut cursor = root.walk();
    let statements: Vec<Node<'_>> = (root.named_children(&mut cursor))
        .filter(|s| {
            s.kind_name() == "import_from_statement"
                && s.field("module_name")
                    .is_some_and(|m| &source[m.byte_range()] == module)
        })
        .collect();
    let plain = |statement: &Node<'_>| {
        let text = &source[statement.byte_range()];
        !(text.contains(['(', '\\', '\n', '*', '#', ';']) || text.contains(" as "))
    };
    // In the head of the module, where nothing before it may run a fix's code.
    let mut cursor = root.walk();
    let head = (root.named_children(&mut cursor)).take_while(|s| {
        matches!(
            s.kind_name(),
            "import_statement" | "import_from_statement" | "future_import_statement" | "comment"
        ) || (s.kind_name() == "expression_statement"
            && s.named_child(0).is_some_and(|e| e.kind_name() == "string"))
    });
    let in_head = head.last().map_or(0, |s| s.end_byte());
    if statements.is_empty()
        || !statements.iter().all(plain)
        || statements.iter().any(|s| s.end_byte() > in_head)
    {
        return None;
    }
    let key = |name: &str| {
        let rank = match name.chars().next() {
            _ if name.len() > 1 && name.chars().all(|c| !c.is_lowercase()) => 0,
            Some(c) if c.is_uppercase() => 1,
            _ => 2,
        };
        (rank, name.to_lowercase())
    };
    let new = key(member);
    let names_of = |statement: &Node<'_>| {
        let mut cursor = statement.walk();
        (statement.children_by_field_name("name", &mut cursor))
            .map(|n| &source[n.byte_range()])
            .collect::<Vec<&str>>()
    };
    if single_line {
        let mut named = Vec::with_capacity(statements.len());
        for statement in &statements {
            let [name] = names_of(statement)[..] else {
                return None;
            };
            named.push((*statement, name));
        }
        let eol = crate::core::source::line_ending(source);
        let line = format!("from {module} import {member}{eol}");
        return match named.iter().find(|(_, name)| key(name) > new) {
            Some((next, _)) => Some(Edit::insert(line_start(source, next.start_byte()), line)),
            None => Some(Edit::insert(
                next_line_start(source, named.last()?.0.end_byte()),
                line,
            )),
        };
    }
    // Two of them: the file keeps one name per line, as its sorter may be told to.
    let [statement] = statements.as_slice() else {
        return None;
    };
    let statement = *statement;
    let mut cursor = statement.walk();
    let names: Vec<Node<'_>> = statement
        .children_by_field_name("name", &mut cursor)
        .collect();
    let line_start = source[..statement.start_byte()]
        .rfind('\n')
        .map_or(0, |at| at + 1);
    let width = statement.end_byte() - line_start + member.len() + 2;
    if width > line_length || names.iter().any(|n| &source[n.byte_range()] == member) {
        return None;
    }
    Some(
        match names.iter().find(|n| key(&source[n.byte_range()]) > new) {
            Some(next) => Edit::insert(next.start_byte(), format!("{member}, ")),
            None => Edit::insert(names.last()?.end_byte(), format!(", {member}")),
        },
    )
}

/// Where the import below the comments starting at `start` begins, when those comments are a
/// header naming the standard-library section (`# Standard library`, `# stdlib imports`): a
/// new first import of the section goes under it, where its maintainers put their own.
fn section_header(source: &str, start: usize) -> Option<usize> {
    let mut at = start;
    let mut header = false;
    while let Some(line) = source[at..].split_inclusive('\n').next() {
        let text = line.trim();
        if !text.starts_with('#') {
            break;
        }
        let words = text.to_lowercase();
        header |= ["standard", "stdlib", "std lib", "built-in", "builtin"]
            .iter()
            .any(|word| words.contains(word));
        at += line.len();
    }
    header.then_some(at)
}

/// The import on a paragraph of its own at `at` (a line start), with a blank line above it when
/// something precedes it, and below it the blank lines the sorters and formatters want before
/// the next statement: two before a `def` or `class` (or the comments above one), one before
/// anything else, or `lines-after-imports`. Missing ones are added (`fix::select` shares them
/// with a function lifted above that statement, which tops up the same blank lines). Extra
/// ones (two after a licence comment, then a constant) are taken out, unless a function may be
/// lifted above that statement (it holds a `lambda`, `def` or `class`), which counted them.
fn alone_after(
    root: Node<'_>,
    source: &str,
    at: usize,
    line: &str,
    eol: &str,
    style: &ImportStyle,
) -> Edit {
    let above = if at > 0 { eol } else { "" };
    let mut blank = 0;
    let mut next = at;
    while next < source.len() && is_blank_line(source, next) {
        blank += 1;
        next = next_line_start(source, next);
    }
    let mut code = next;
    while code < source.len()
        && source[code..]
            .trim_start_matches([' ', '\t'])
            .starts_with('#')
    {
        code = next_line_start(source, code);
        while code < source.len() && is_blank_line(source, code) {
            code = next_line_start(source, code);
        }
    }
    let rest = source[code..].trim_start();
    let needed: usize = if source[next..].trim_start().is_empty() {
        0
    } else if let Some(lines) = style.lines_after_imports {
        lines
    } else if ["def ", "class ", "async ", "@"]
        .iter()
        .any(|k| rest.starts_with(k))
    {
        2
    } else {
        1
    };
    let mut cursor = root.walk();
    let statement = root
        .named_children(&mut cursor)
        .find(|s| s.start_byte() >= code);
    let liftable_above = statement.is_none_or(|s| {
        let text = &source[s.byte_range()];
        ["lambda", "def ", "class "]
            .iter()
            .any(|k| text.contains(k))
    });
    if blank > needed && !liftable_above {
        let mut end = at;
        for _ in 0..blank - needed {
            end = next_line_start(source, end);
        }
        return Edit::replace(TextRange::new(at, end), format!("{above}{line}"));
    }
    let below = eol.repeat(needed.saturating_sub(blank));
    Edit::insert(at, format!("{above}{line}{below}"))
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Section {
    Future,
    Stdlib,
    Other,
}

/// isort's order inside a section: `import x` before `from x import y` (the other way round
/// with `from-first`; together with `force-sort-within-sections`), then the module name
/// case-insensitively, then as written.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
struct SortKey {
    /// Which kind goes first: 0 for both under `force-sort-within-sections`.
    kind: u8,
    /// Not one of the modules `force-to-top` sorts first.
    unforced: bool,
    /// The module name's length under `length-sort`.
    length: Option<usize>,
    folded: String,
    from: bool,
    name: String,
    /// `import x` sorts before `import x as y`.
    aliased: bool,
}

impl SortKey {
    fn new(from: bool, module: &str, aliased: bool, style: &ImportStyle) -> SortKey {
        // Both sorters count the module's name alone (`import itertools as it` is 9 long).
        let by_length = style.length_sort || (style.length_sort_straight && !from);
        let length = by_length.then(|| module.chars().count());
        SortKey {
            kind: match (style.sort_within_sections, style.from_first) {
                (true, _) => 0,
                (false, first) => u8::from(from != first),
            },
            unforced: !style.force_to_top.iter().any(|top| top == module),
            length,
            folded: module.to_lowercase(),
            from,
            name: module.to_string(),
            aliased,
        }
    }
}

/// One import statement of the block: the lines it takes (with the comments directly above
/// it, which sorters keep with it), its section and its sort key.
struct Import {
    start: usize,
    end: usize,
    section: Section,
    key: SortKey,
    /// Inside an `# isort: off` region or marked `# isort: skip`: the sorters leave it.
    frozen: bool,
    /// `start` is the first of the comments directly above it.
    commented: bool,
}

/// An isort action comment (ruff's isort reads the same ones).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Action {
    Off,
    On,
    Skip,
    /// `# isort: split`, `# isort: skip_file` and the like: never a comment above an import.
    Other,
}

fn action(comment: &str) -> Option<Action> {
    let text = comment.trim_start_matches('#').trim();
    let text = text.strip_prefix("ruff:").map_or(text, str::trim_start);
    let rest = text.strip_prefix("isort:")?.trim();
    Some(match rest {
        "off" => Action::Off,
        "on" => Action::On,
        "skip" => Action::Skip,
        _ => Action::Other,
    })
}

/// The statements of the module's import block, in source order.
fn import_block(root: Node<'_>, source: &str, style: &ImportStyle) -> Vec<Import> {
    let head = head_end(root, source);
    let mut cursor = root.walk();
    let mut block: Vec<Import> = Vec::new();
    let mut comments_start: Option<usize> = None;
    let mut off = false;
    for statement in root.named_children(&mut cursor) {
        if statement.end_byte() <= head && statement.kind_name() != "future_import_statement" {
            // A file may open with `# isort: off`, which the head takes as a comment.
            if statement.kind_name() == "comment" {
                off = match action(&source[statement.byte_range()]) {
                    Some(Action::Off) => true,
                    Some(Action::On) => false,
                    _ => off,
                };
            }
            continue;
        }
        match statement.kind_name() {
            "comment" => {
                let line = line_start(source, statement.start_byte());
                let own_line = source[line..statement.start_byte()].trim().is_empty();
                match action(&source[statement.byte_range()]) {
                    Some(Action::Skip) if !own_line => {
                        if let Some(last) = block.last_mut() {
                            last.frozen = true;
                        }
                    }
                    Some(found) => {
                        off = match found {
                            Action::Off => true,
                            Action::On => false,
                            _ => off,
                        };
                        comments_start = None;
                    }
                    None if own_line && comments_start.is_none() => comments_start = Some(line),
                    None => {}
                }
                continue;
            }
            "import_statement" | "import_from_statement" | "future_import_statement" => {
                let own = line_start(source, statement.start_byte());
                let start = match comments_start.take() {
                    Some(comments) if !has_blank_line(source, comments, own) => comments,
                    _ => own,
                };
                block.push(Import {
                    start,
                    end: next_line_start(source, statement.end_byte()),
                    section: section(statement, source),
                    key: sort_key(statement, source, style),
                    frozen: off,
                    commented: start != own,
                });
            }
            // `from __future__ import annotations`, then `__all__ = [...]`, then the imports:
            // the sorters sort the imports after it as a block of their own, where the new
            // import joins its section.
            _ if block.iter().all(|s| s.section == Section::Future)
                && allowed_above_imports(statement, source) => {}
            _ => break,
        }
        comments_start = None;
    }
    block
}

fn has_blank_line(source: &str, from: usize, to: usize) -> bool {
    let mut at = from;
    while at < to {
        if is_blank_line(source, at) {
            return true;
        }
        at = next_line_start(source, at);
    }
    false
}

/// The statements of `block` in the same paragraph (no blank line between them) and section as
/// `member`. A section that shares a paragraph with another (a file that was never sorted)
/// still takes the new import among its own statements only.
fn paragraph_of<'b>(block: &'b [Import], member: &Import) -> &'b [Import] {
    let index = block
        .iter()
        .position(|s| s.start == member.start)
        .unwrap_or(0);
    let joined = |a: &Import, b: &Import| a.end == b.start && a.section == b.section;
    let mut first = index;
    while first > 0 && joined(&block[first - 1], &block[first]) {
        first -= 1;
    }
    let mut last = index;
    while last + 1 < block.len() && joined(&block[last], &block[last + 1]) {
        last += 1;
    }
    &block[first..=last]
}

/// A dunder assignment (`__all__ = [...]`, `__version__ = "1"`) or a string: statements that
/// pycodestyle's E402 lets stand above the imports.
fn allowed_above_imports(statement: Node<'_>, source: &str) -> bool {
    if statement.kind_name() != "expression_statement" {
        return false;
    }
    let Some(inner) = statement.named_child(0) else {
        return false;
    };
    match inner.kind_name() {
        "string" | "concatenated_string" => true,
        "assignment" => inner.field("left").is_some_and(|left| {
            let name = &source[left.byte_range()];
            left.kind_name() == "identifier" && name.starts_with("__") && name.ends_with("__")
        }),
        _ => false,
    }
}

/// Whether the absolute module `module` (`os.path`) is in the standard library.
pub(in crate::core::analysis) fn in_stdlib(module: &str) -> bool {
    let top = module.split('.').next().unwrap_or("");
    !module.starts_with('.') && STDLIB.binary_search(&top).is_ok()
}

fn section(statement: Node<'_>, source: &str) -> Section {
    if statement.kind_name() == "future_import_statement" {
        return Section::Future;
    }
    let module = first_module(statement, source);
    let top = module.split('.').next().unwrap_or("");
    if !module.starts_with('.') && STDLIB.binary_search(&top).is_ok() {
        Section::Stdlib
    } else {
        Section::Other
    }
}

fn sort_key(statement: Node<'_>, source: &str, style: &ImportStyle) -> SortKey {
    let module = first_module(statement, source);
    let aliased = statement.kind_name() == "import_statement"
        && statement
            .field("name")
            .is_some_and(|name| name.kind_name() == "aliased_import");
    let from = statement.kind_name() != "import_statement";
    SortKey::new(from, module, aliased, style)
}

/// The module an import statement names first: `os` for `import os, sys` and for
/// `import os.path as p`, `multiprocessing` for `from multiprocessing import Pool`, `.` or
/// `..pkg` for relative imports.
fn first_module<'s>(statement: Node<'_>, source: &'s str) -> &'s str {
    let node = match statement.kind_name() {
        "import_from_statement" => statement.field("module_name"),
        _ => statement.field("name").map(|name| {
            if name.kind_name() == "aliased_import" {
                name.field("name").unwrap_or(name)
            } else {
                name
            }
        }),
    };
    node.map_or("", |n| &source[n.byte_range()])
}

/// Top-level modules of the standard library (CPython 3.11's `sys.stdlib_module_names`, less
/// private ones, plus the public modules added up to 3.14), sorted for binary search.
const STDLIB: [&str; 219] = [
    "abc",
    "aifc",
    "annotationlib",
    "antigravity",
    "argparse",
    "array",
    "ast",
    "asynchat",
    "asyncio",
    "asyncore",
    "atexit",
    "audioop",
    "base64",
    "bdb",
    "binascii",
    "bisect",
    "builtins",
    "bz2",
    "cProfile",
    "calendar",
    "cgi",
    "cgitb",
    "chunk",
    "cmath",
    "cmd",
    "code",
    "codecs",
    "codeop",
    "collections",
    "colorsys",
    "compileall",
    "compression",
    "concurrent",
    "configparser",
    "contextlib",
    "contextvars",
    "copy",
    "copyreg",
    "crypt",
    "csv",
    "ctypes",
    "curses",
    "dataclasses",
    "datetime",
    "dbm",
    "decimal",
    "difflib",
    "dis",
    "distutils",
    "doctest",
    "email",
    "encodings",
    "ensurepip",
    "enum",
    "errno",
    "faulthandler",
    "fcntl",
    "filecmp",
    "fileinput",
    "fnmatch",
    "fractions",
    "ftplib",
    "functools",
    "gc",
    "genericpath",
    "getopt",
    "getpass",
    "gettext",
    "glob",
    "graphlib",
    "grp",
    "gzip",
    "hashlib",
    "heapq",
    "hmac",
    "html",
    "http",
    "idlelib",
    "imaplib",
    "imghdr",
    "imp",
    "importlib",
    "inspect",
    "io",
    "ipaddress",
    "itertools",
    "json",
    "keyword",
    "lib2to3",
    "linecache",
    "locale",
    "logging",
    "lzma",
    "mailbox",
    "mailcap",
    "marshal",
    "math",
    "mimetypes",
    "mmap",
    "modulefinder",
    "msilib",
    "msvcrt",
    "multiprocessing",
    "netrc",
    "nis",
    "nntplib",
    "nt",
    "ntpath",
    "nturl2path",
    "numbers",
    "opcode",
    "operator",
    "optparse",
    "os",
    "ossaudiodev",
    "pathlib",
    "pdb",
    "pickle",
    "pickletools",
    "pipes",
    "pkgutil",
    "platform",
    "plistlib",
    "poplib",
    "posix",
    "posixpath",
    "pprint",
    "profile",
    "pstats",
    "pty",
    "pwd",
    "py_compile",
    "pyclbr",
    "pydoc",
    "pydoc_data",
    "pyexpat",
    "queue",
    "quopri",
    "random",
    "re",
    "readline",
    "reprlib",
    "resource",
    "rlcompleter",
    "runpy",
    "sched",
    "secrets",
    "select",
    "selectors",
    "shelve",
    "shlex",
    "shutil",
    "signal",
    "site",
    "smtpd",
    "smtplib",
    "sndhdr",
    "socket",
    "socketserver",
    "spwd",
    "sqlite3",
    "sre_compile",
    "sre_constants",
    "sre_parse",
    "ssl",
    "stat",
    "statistics",
    "string",
    "stringprep",
    "struct",
    "subprocess",
    "sunau",
    "symtable",
    "sys",
    "sysconfig",
    "syslog",
    "tabnanny",
    "tarfile",
    "telnetlib",
    "tempfile",
    "termios",
    "textwrap",
    "this",
    "threading",
    "time",
    "timeit",
    "tkinter",
    "token",
    "tokenize",
    "tomllib",
    "trace",
    "traceback",
    "tracemalloc",
    "tty",
    "turtle",
    "turtledemo",
    "types",
    "typing",
    "unicodedata",
    "unittest",
    "urllib",
    "uu",
    "uuid",
    "venv",
    "warnings",
    "wave",
    "weakref",
    "webbrowser",
    "winreg",
    "winsound",
    "wsgiref",
    "xdrlib",
    "xml",
    "xmlrpc",
    "zipapp",
    "zipfile",
    "zipimport",
    "zlib",
    "zoneinfo",
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::fix::apply_edits;
    use crate::core::parse::parse;

    fn add(source: &str) -> String {
        add_styled(source, &ImportStyle::default())
    }

    fn add_styled(source: &str, style: &ImportStyle) -> String {
        let tree = parse(source).expect("test source parses");
        let edit = add_import(tree.root_node(), source, "functools", None, "\n", style);
        apply_edits(source, &[&edit])
    }

    fn join(source: &str, single_line: bool) -> Option<String> {
        let tree = parse(source).expect("test source parses");
        let edit = join_from_import(
            tree.root_node(),
            source,
            "functools",
            "partial",
            88,
            single_line,
        )?;
        Some(apply_edits(source, &[&edit]))
    }

    #[test]
    fn partial_joins_the_files_own_functools_import() {
        let one = "import os\nfrom functools import reduce\n";
        assert_eq!(
            join(one, false).as_deref(),
            Some("import os\nfrom functools import partial, reduce\n")
        );
        let sorted = "from functools import WRAPPER_ASSIGNMENTS, lru_cache, wraps\n";
        assert_eq!(
            join(sorted, false).as_deref(),
            Some("from functools import WRAPPER_ASSIGNMENTS, lru_cache, partial, wraps\n")
        );
        let single = "from functools import lru_cache\nfrom functools import reduce\n";
        assert_eq!(join(single, false), None);
        assert_eq!(
            join(single, true).as_deref(),
            Some(
                "from functools import lru_cache\nfrom functools import partial\nfrom functools import reduce\n"
            )
        );
        assert_eq!(
            join("from functools import cache\nx = 1\n", true).as_deref(),
            Some("from functools import cache\nfrom functools import partial\nx = 1\n")
        );
        for other in [
            "from functools import (\n    reduce,\n)\n",
            "from functools import reduce as fold\n",
            "import functools\n",
            "if True:\n    from functools import reduce\n",
            "x = 1\nfrom functools import reduce\n",
        ] {
            assert_eq!(join(other, false), None, "{other}");
        }
        let long = format!(
            "from functools import {}\n",
            (0..12)
                .map(|i| format!("name{i}"))
                .collect::<Vec<_>>()
                .join(", ")
        );
        assert_eq!(join(&long, false), None);
    }

    #[test]
    fn a_new_first_import_goes_under_the_sections_header() {
        let headed = "# Standard library\nimport os\n\n# Third party\nimport numpy\n";
        assert_eq!(
            add(headed),
            "# Standard library\nimport functools\nimport os\n\n# Third party\nimport numpy\n"
        );
        // A comment about an import after the first stays with it.
        let described = "import abc\n\n# Needed for paths.\nimport os\n";
        assert_eq!(
            add(described),
            "import abc\nimport functools\n\n# Needed for paths.\nimport os\n"
        );
    }

    #[test]
    fn follows_the_sorters_settings() {
        let within = ImportStyle {
            sort_within_sections: true,
            ..ImportStyle::default()
        };
        let source = "from concurrent.futures import ProcessPoolExecutor\nimport os\n";
        assert_eq!(
            add_styled(source, &within),
            "from concurrent.futures import ProcessPoolExecutor\nimport functools\nimport os\n"
        );
        assert_eq!(
            add(source),
            "import functools\nfrom concurrent.futures import ProcessPoolExecutor\nimport os\n"
        );
        let from_first = ImportStyle {
            from_first: true,
            ..ImportStyle::default()
        };
        let source = "from multiprocessing import Pool\nimport abc\nimport sys\n";
        assert_eq!(
            add_styled(source, &from_first),
            "from multiprocessing import Pool\nimport abc\nimport functools\nimport sys\n"
        );
        // `lines-between-types = 1`: the kinds in paragraphs of their own.
        let source = "from concurrent.futures import ProcessPoolExecutor\nfrom os import path\n\nimport sys\n";
        assert_eq!(
            add_styled(source, &from_first),
            "from concurrent.futures import ProcessPoolExecutor\nfrom os import path\n\nimport functools\nimport sys\n"
        );
        let source = "import sys\n\nfrom os import path\n";
        assert_eq!(
            add(source),
            "import functools\nimport sys\n\nfrom os import path\n"
        );
        let spaced = ImportStyle {
            lines_after_imports: Some(2),
            ..ImportStyle::default()
        };
        assert_eq!(
            add_styled("\"\"\"Doc.\"\"\"\n\nK = 3\n", &spaced),
            "\"\"\"Doc.\"\"\"\n\nimport functools\n\n\nK = 3\n"
        );
    }

    #[test]
    fn length_sort_puts_shorter_modules_first() {
        // As ruff's `length-sort` and isort's `length_sort` order them (checked with both):
        // by the module's length, `itertools as it` counting 9, then alphabetically.
        let by_length = ImportStyle {
            length_sort: true,
            ..ImportStyle::default()
        };
        let source = "import os\nimport itertools as it\nimport collections\n";
        assert_eq!(
            add_styled(source, &by_length),
            "import os\nimport functools\nimport itertools as it\nimport collections\n"
        );
        let source = "import os\nimport multiprocessing\nfrom concurrent.futures import Executor\n";
        assert_eq!(
            add_styled(source, &by_length),
            "import os\nimport functools\nimport multiprocessing\nfrom concurrent.futures import Executor\n"
        );
        // `length-sort-straight` alone orders plain imports so too.
        let straight = ImportStyle {
            length_sort_straight: true,
            ..ImportStyle::default()
        };
        assert_eq!(
            add_styled("import os\nimport collections\n", &straight),
            "import os\nimport functools\nimport collections\n"
        );
    }

    #[test]
    fn force_to_top_keeps_its_modules_first() {
        // ruff's `force-to-top = ["sys"]` (checked with ruff 0.17.6): `sys` stays first of
        // the plain imports of its section, the new one goes after it.
        let forced = ImportStyle {
            force_to_top: vec!["sys".to_string()],
            ..ImportStyle::default()
        };
        let source = "import sys
import multiprocessing
";
        assert_eq!(
            add_styled(source, &forced),
            "import sys
import functools
import multiprocessing
"
        );
        assert_eq!(
            add(source),
            "import functools
import sys
import multiprocessing
"
        );
    }

    #[test]
    fn never_among_imports_the_sorters_leave_alone() {
        assert_eq!(
            add(
                "# isort: off\nimport sys\nimport os\n# isort: on\nfrom multiprocessing import Pool\n"
            ),
            "# isort: off\nimport sys\nimport os\n# isort: on\nimport functools\nfrom multiprocessing import Pool\n"
        );
        assert_eq!(
            add("import sys  # isort: skip\nimport os\n"),
            "import sys  # isort: skip\nimport functools\nimport os\n"
        );
        assert_eq!(
            add("\"\"\"Doc.\"\"\"\n\n# isort: off\nimport sys\n# isort: on\n\nimport os\n"),
            "\"\"\"Doc.\"\"\"\n\n# isort: off\nimport sys\n# isort: on\n\nimport functools\nimport os\n"
        );
        assert_eq!(
            add("\"\"\"Doc.\"\"\"\n\n# isort: off\nimport sys\n\nx = 1\n"),
            "\"\"\"Doc.\"\"\"\n\nimport functools\n\n# isort: off\nimport sys\n\nx = 1\n"
        );
        // An ordinary comment above an import travels with it, a blank line above it (as
        // ruff's I001 wants) once the import is no longer the first.
        assert_eq!(
            add("\"\"\"Doc.\"\"\"\n\n# the pool\nfrom multiprocessing import Pool\n"),
            "\"\"\"Doc.\"\"\"\n\nimport functools\n\n# the pool\nfrom multiprocessing import Pool\n"
        );
        assert_eq!(
            add("# licence\n\nimport abc\n\n# the pool\nimport os\n"),
            "# licence\n\nimport abc\nimport functools\n\n# the pool\nimport os\n"
        );
    }

    #[test]
    fn sorted_into_the_standard_library_section() {
        assert_eq!(
            add("import os\nfrom multiprocessing import Pool\n\nimport numpy\n"),
            "import functools\nimport os\nfrom multiprocessing import Pool\n\nimport numpy\n"
        );
        assert_eq!(
            add("import abc\nimport sys\n\nx = 1\n"),
            "import abc\nimport functools\nimport sys\n\nx = 1\n"
        );
        assert_eq!(
            add("import abc\nfrom os import path\n"),
            "import abc\nimport functools\nfrom os import path\n"
        );
        assert_eq!(
            add("import functools as ft\nimport os\n"),
            "import functools\nimport functools as ft\nimport os\n"
        );
        assert_eq!(
            add("import abc\nimport dis\n\nimport numpy\n"),
            "import abc\nimport dis\nimport functools\n\nimport numpy\n"
        );
    }

    #[test]
    fn after_the_head() {
        let head = "# Copyright\n# SPDX\n\"\"\"Doc.\"\"\"\nfrom __future__ import annotations\n";
        assert_eq!(
            add(&format!("{head}\nfrom multiprocessing import Pool\n")),
            format!("{head}\nimport functools\nfrom multiprocessing import Pool\n")
        );
        assert_eq!(
            add(&format!("{head}\nimport numpy\n")),
            format!("{head}\nimport functools\n\nimport numpy\n")
        );
        assert_eq!(
            add(&format!("{head}\n\ndef f():\n    pass\n")),
            format!("{head}\nimport functools\n\n\ndef f():\n    pass\n")
        );
        assert_eq!(
            add("\"\"\"Doc.\"\"\"\n\n\ndef f():\n    pass\n"),
            "\"\"\"Doc.\"\"\"\n\nimport functools\n\n\ndef f():\n    pass\n"
        );
        assert_eq!(add("x = 1\n"), "import functools\n\nx = 1\n");
    }

    #[test]
    fn never_above_a_future_import_in_the_same_paragraph() {
        assert_eq!(
            add("from __future__ import annotations\nimport os\n"),
            "from __future__ import annotations\nimport functools\nimport os\n"
        );
    }

    #[test]
    fn comments_above_an_import_stay_with_it() {
        assert_eq!(
            add("# Licence\n\n# why os\nimport os\n"),
            "# Licence\n\nimport functools\n\n# why os\nimport os\n"
        );
    }

    #[test]
    fn dunder_assignments_may_precede_the_block() {
        assert_eq!(
            add("\"\"\"Doc.\"\"\"\n__all__ = [\"f\"]\nimport os\n"),
            "\"\"\"Doc.\"\"\"\n__all__ = [\"f\"]\nimport functools\nimport os\n"
        );
        // ... or sit between the future imports and the others.
        let future = "from __future__ import annotations\n\n__all__ = [\"f\"]\n\n";
        assert_eq!(
            add(&format!("{future}import os\n")),
            format!("{future}import functools\nimport os\n")
        );
        assert_eq!(
            add(&format!("{future}import numpy\n")),
            format!("{future}import functools\n\nimport numpy\n")
        );
        assert_eq!(
            add(&format!("{future}def f(): pass\n")),
            "from __future__ import annotations\n\nimport functools\n\n__all__ = [\"f\"]\n\ndef f(): pass\n"
        );
    }

    #[test]
    fn the_table_is_sorted() {
        assert!(STDLIB.windows(2).all(|pair| pair[0] < pair[1]));
        assert!(STDLIB.binary_search(&"multiprocessing").is_ok());
    }
}
