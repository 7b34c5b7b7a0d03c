use super::scan::{Spelling, TooNested, scan};
use super::*;
use crate::core::analysis::analyze;
use crate::core::node::NodeExt;

/// The words `scan` reports as code, in order.
fn code_words(source: &str) -> Vec<String> {
    let mut words = Vec::new();
    let found = scan(source.as_bytes(), |_, word, spelling| {
        if spelling == Spelling::Code {
            words.push(String::from_utf8_lossy(word).into_owned());
        }
        true
    });
    assert_eq!(found, Ok(()));
    words
}

/// The words `scan` reports from dotted-name strings, in order.
fn dotted_words(source: &str) -> Vec<String> {
    let mut words = Vec::new();
    let found = scan(source.as_bytes(), |_, word, spelling| {
        if spelling == Spelling::DottedString {
            words.push(String::from_utf8_lossy(word).into_owned());
        }
        true
    });
    assert_eq!(found, Ok(()));
    words
}

#[test]
fn comments_and_strings_are_not_code() {
    let source = "a # b 'c'\nd = 'e # f' + \"g\\\"h\" + '''i\n' j''' k\n";
    assert_eq!(code_words(source), ["a", "d", "k"]);
    assert_eq!(code_words("r'\\'' a r\"\\\\\" b\n"), ["a", "b"]);
    assert_eq!(
        code_words("x = \"\"\"\"q\"\"\" y \"\"\"a\"\"\"\"\n"),
        ["x", "y"]
    );
}

#[test]
fn prefixes_of_any_case_start_strings_and_other_words_do_not() {
    let source = "rb'a' Rb'b' bR\"c\" u'd' F'e' fr'g' tR'h' br x 'i' ab'j'\n";
    assert_eq!(code_words(source), ["br", "x", "ab"]);
}

#[test]
fn an_unterminated_string_ends_at_its_line() {
    assert_eq!(code_words("'a b\nc\n\"d\ne"), ["c", "e"]);
    assert_eq!(code_words("'a\\\nb' c"), ["c"]);
}

#[test]
fn replacement_fields_are_code_and_their_text_is_not() {
    assert_eq!(
        code_words("f'a {b} {{c}} {d!r:>{e}} f'"),
        ["b", "d", "r", "e"]
    );
    // PEP 701: a field may reuse the outer quote, and a format spec may hold any quote.
    assert_eq!(
        code_words("f\"{x[\"k\"]}\" y f\"{z:'>9}\" w\n"),
        ["x", "y", "z", "w"]
    );
    assert_eq!(code_words("f'''{a\n# b\n} c''' d t'{e}'"), ["a", "d", "e"]);
    assert_eq!(code_words("f'{a:{b}x{c}}{d}' e"), ["a", "b", "c", "d", "e"]);
    // A backslash escapes no brace, raw or not.
    assert_eq!(
        code_words("rf'\\{a}' f\"\\{b:\\{c}}\" d"),
        ["a", "b", "c", "d"]
    );
}

#[test]
fn dotted_strings_are_reported_apart() {
    let source = "p: ' mp.pool.Pool ' = f'Pool' + 'a Pool' + \"x\" + ''\n";
    assert_eq!(dotted_words(source), ["mp", "pool", "Pool", "Pool", "x"]);
    assert_eq!(code_words(source), ["p"]);
}

#[test]
fn digits_and_unicode_do_not_split_words() {
    assert_eq!(
        code_words("0xdef 1e5 π_lambda lambdaé"),
        ["xdef", "e5", "π_lambda", "lambdaé"]
    );
}

#[test]
fn deep_fields_give_up_and_stopping_stops() {
    let deep = "f'{".repeat(40) + &"}'".repeat(40);
    assert_eq!(scan(deep.as_bytes(), |_, _, _| true), Err(TooNested));
    assert!(may_contain_sites(
        format!("from multiprocessing import Pool\nx = {deep}\n").as_bytes()
    ));
    let mut seen = 0;
    assert_eq!(
        scan(b"a b c", |_, _, _| {
            seen += 1;
            seen < 2
        }),
        Ok(())
    );
    assert_eq!(seen, 2);
}

#[test]
fn prefilter_needs_an_api_and_something_pickle_cannot_carry() {
    let keeps = |source: &str| may_contain_sites(source.as_bytes());
    assert!(keeps(
        "from multiprocessing import Pool\nPool().map(lambda x: x, [1])\n"
    ));
    assert!(keeps(
        "import multiprocessing as mp\ndef f():\n    def g(): pass\n    mp.Process(target=g)\n"
    ));
    assert!(keeps(
        "from concurrent import futures\nclass A:\n    class B: pass\nfutures.ProcessPoolExecutor()"
    ));
    assert!(keeps(
        "import torch.multiprocessing as mp\nif __name__ == '__main__':\n    mp.spawn(f)\n"
    ));
    assert!(keeps(
        "import multiprocessing as mp\ndef f(p: 'mp.pool.Pool'):\n    p.map(lambda x: x, [1])\n"
    ));
    assert!(keeps(
        "from multiprocessing import Pool\nasync def f(): pass\n"
    ));
    // Nothing pickle cannot carry, or the words only in comments and strings.
    assert!(!keeps(
        "from multiprocessing import Pool\ndef work(x): pass\nPool().map(work, [1])\n"
    ));
    assert!(!keeps(
        "from multiprocessing import Pool\nclass Job: pass\n@dec\ndef f(): pass\n"
    ));
    assert!(!keeps(
        "import multiprocessing  # the Pool\nf = lambda: 1\n"
    ));
    assert!(!keeps(
        "\"\"\"Pool of multiprocessing\"\"\"\nf = lambda: 1\n"
    ));
    assert!(!keeps("import os\nf = lambda: 1  # multiprocessing.Pool\n"));
    assert!(!keeps(
        "import multiprocessing\nf = lambda: multiprocessing.cpu_count()\n"
    ));
    assert!(!keeps(
        "from concurrent.futures import ThreadPoolExecutor\nf = lambda: 1\n"
    ));
    assert!(!keeps("ProcessLookupError  # multiprocessing\n"));
    assert!(!keeps("import multiprocessing\ns = 'lambda: Pool'\n"));
}

/// The libraries of other shapes: tqdm's `process_map`, parmap's functions and pebble's
/// `ProcessPool`, each only beside the word of its module.
#[test]
fn prefilter_keeps_the_libraries_that_pickle_by_reference() {
    let keeps = |source: &str| may_contain_sites(source.as_bytes());
    assert!(keeps(
        "from tqdm.contrib.concurrent import process_map\nprocess_map(lambda x: x, [1])\n"
    ));
    assert!(keeps(
        "from tqdm.contrib import concurrent as c\nc.process_map(lambda x: x, [1])\n"
    ));
    assert!(keeps("import parmap\nparmap.map(lambda x: x, [1])\n"));
    assert!(keeps(
        "from parmap import starmap_async as s\ns(lambda x: x, [1])\n"
    ));
    assert!(keeps(
        "from pebble import ProcessPool\nProcessPool().schedule(lambda: 1)\n"
    ));
    assert!(keeps(
        "import aiomultiprocess\nasync def f():\n    async with aiomultiprocess.Pool() as p:\n        await p.map(lambda x: x, [1])\n"
    ));
    // A name counts only beside its module's word, and a thread variant not at all.
    assert!(!keeps(
        "from concurrent.futures import ThreadPoolExecutor\nmap(lambda x: x, [1])\n"
    ));
    assert!(!keeps(
        "from tqdm.contrib.concurrent import thread_map\nthread_map(lambda x: x, [1])\n"
    ));
    assert!(!keeps("import parmap  # process_map\nf = lambda: 1\n"));
    assert!(!keeps(
        "from pebble import ThreadPool\nThreadPool().schedule(lambda: 1)\n"
    ));
}

/// Counterexamples the hunt of issue 18 found: files with a finding that the prefilter dropped.
#[test]
fn prefilter_keeps_what_the_hunt_found() {
    let keeps = |source: &str| may_contain_sites(source.as_bytes());
    // A backslash continues a single-quoted string over CRLF: the string ends at `y'`, and the
    // lambda after it is code.
    let crlf = "from multiprocessing import Pool\r\ndef main():\r\n    s = 'x\\\r\ny'; f = lambda: 0\r\n    Pool().map(f, [1])\r\n";
    assert!(keeps(crlf));
    assert!(keeps(&crlf.replace("'x", "f'x")));
    assert_eq!(code_words("'a\\\r\nb' c 'd\\\re' g"), ["c", "g"]);
    // A `def` or `class` at column 0 on a line a backslash joins to an indented one is nested.
    let joined = "from multiprocessing import Pool\ndef main():\n    x = 1\n    \\\ndef inner(v):\n        return v + x\n    Pool().map(inner, [1])\n";
    assert!(keeps(joined));
    assert!(keeps(&joined.replace("\n", "\r\n")));
    assert!(keeps(&joined.replace("def inner", "class Inner")));
    assert!(!keeps(&joined.replace("    \\\ndef inner", "def inner")));
    // A string annotation is trimmed of any Unicode whitespace before it is read.
    for space in ["\u{a0}", "\u{3000}", "\u{b}", "\u{2028}"] {
        let annotated = format!(
            "import multiprocessing.pool as mpp\ndef run(p: \"{space}mpp.Pool{space}\"):\n    p.map(lambda x: x, [1])\n"
        );
        assert!(keeps(&annotated), "{space:?}");
    }
    assert_eq!(dotted_words("x = '\u{3000}mp.Pool\u{b}'"), ["mp", "Pool"]);
}

/// With APIs declared, relative imports resolve against the file's package, so in a package
/// named after an API's module (`billiard/`, `torch/`) they reach an API without spelling it.
#[test]
fn a_package_named_after_an_api_module_counts_as_spelled() {
    let in_package = |package: &str| Options {
        package: Some(package.into()),
        ..Options::default()
    };
    let pool = b"from .pool import Pool\ndef main():\n    Pool().map(lambda x: x, [1])\n";
    assert!(!may_contain_sites(pool));
    assert!(may_contain_sites_with(pool, &in_package("billiard")));
    assert!(may_contain_sites_with(pool, &in_package("vendor.billiard")));
    assert!(!may_contain_sites_with(
        pool,
        &in_package("vendor.billiards")
    ));
    let spawn = b"from ..multiprocessing import spawn\ndef main():\n    spawn(lambda i: i)\n";
    assert!(!may_contain_sites(spawn));
    assert!(may_contain_sites_with(spawn, &in_package("torch.sub")));
    let process_map =
        b"from .concurrent import process_map\ndef main():\n    process_map(lambda i: i, [1])\n";
    assert!(may_contain_sites_with(
        process_map,
        &in_package("tqdm.contrib")
    ));
    assert!(!may_contain_sites(process_map));
    let parmap = b"from .core import map\ndef main():\n    map(lambda i: i, [1])\n";
    assert!(!may_contain_sites(parmap));
    assert!(may_contain_sites_with(parmap, &in_package("parmap")));
    let wrapper =
        b"from . import ProcessPoolExecutor\ndef run(f):\n    ProcessPoolExecutor().submit(f)\n";
    assert!(!may_define_wrappers_with(wrapper, &Options::default()));
    assert!(may_define_wrappers_with(
        wrapper,
        &in_package("concurrent.futures")
    ));
}

/// Python reads identifiers in NFKC form, and so does the analysis: `Ｐool` imported from
/// `ｍultiprocessing` is `multiprocessing.Pool`, whichever step looks at it.
#[test]
fn words_count_in_the_form_python_reads_them() {
    let keeps = |source: &str| may_contain_sites(source.as_bytes());
    let body = "\ndef main(xs):\n    with Pool() as pool:\n        pool.map(lambda x: x, xs)\n";
    let fullwidth_name = format!(
        "from multiprocessing import Ｐool{}",
        body.replace("Pool(", "Ｐool(")
    );
    let fullwidth_module = format!(
        "import ｍultiprocessing{}",
        body.replace("Pool(", "ｍultiprocessing.Pool(")
    );
    assert!(keeps(&fullwidth_name));
    assert!(keeps(&fullwidth_module));
    assert!(keeps(&fullwidth_module.replace(".Pool(", ".Ｐｏｏｌ(")));
    assert!(!keeps(&fullwidth_name.replace("lambda x: x", "abs")));
    assert!(!keeps("# ｍultiprocessing Ｐool\nf = lambda: 0\n"));
    let settings = Options {
        apis: std::sync::Arc::new(crate::core::analysis::Apis::new(vec![parse_api_spec(
            "mypkg.pmap=call:0:map",
        )])),
        ..Options::default()
    };
    let user = "from mypkg import ｐmap\nｐmap(lambda x: x, [1])\n";
    assert!(may_contain_sites_with(user.as_bytes(), &settings));
}

#[test]
fn user_api_names_count_as_code_only() {
    let settings = Options {
        apis: std::sync::Arc::new(crate::core::analysis::Apis::new(vec![parse_api_spec(
            "mypkg.parallel.pmap=call:0:map",
        )])),
        ..Options::default()
    };
    let keeps = |source: &str| may_contain_sites_with(source.as_bytes(), &settings);
    assert!(keeps(
        "from mypkg.parallel import pmap\npmap(lambda x: x, [1])\n"
    ));
    assert!(!keeps("# pmap\nf = lambda x: x\n"));
    assert!(!keeps(
        "from mypkg.parallel import pmap\ndef work(x): pass\n"
    ));
}

fn parse_api_spec(spec: &str) -> crate::core::analysis::UserApi {
    match crate::core::analysis::parse_api(spec) {
        Ok(api) => api,
        Err(message) => panic!("{spec}: {message}"),
    }
}

/// The prefilter's words, checked against the API table: every home spells a prefilter
/// module as a word of its dotted name, every class's constructor is a prefilter name (methods
/// need an instance made by it), every function is listed in `LIBRARY_FUNCTIONS` beside a
/// word each of its homes spells, and no word is dead.
#[test]
fn prefilter_words_cover_the_table() {
    use crate::core::analysis::api::{API_TABLE, Target};
    let spells = |home: &str, module: &str| home.split('.').any(|part| part == module);
    let mut constructors = Vec::new();
    let mut functions = Vec::new();
    for row in API_TABLE {
        for home in row.homes {
            assert!(
                PREFILTER_MODULES.iter().any(|m| spells(home, m)),
                "`{home}` spells no prefilter module"
            );
        }
        match row.target {
            Target::Constructor(_) => constructors.push(row.name),
            Target::Function => {
                let listed = LIBRARY_FUNCTIONS.iter().find(|(word, names)| {
                    names.contains(&row.name) && row.homes.iter().all(|h| spells(h, word))
                });
                assert!(listed.is_some(), "{row:?} is not in LIBRARY_FUNCTIONS");
                functions.push(row.name);
            }
            Target::Method(_) | Target::RunInExecutor => {}
        }
    }
    constructors.sort_unstable();
    constructors.dedup(); // `multiprocessing.Pool` and `aiomultiprocess.Pool`.
    functions.sort_unstable();
    functions.dedup();
    let mut names = PREFILTER_NAMES.to_vec();
    names.sort_unstable();
    let mut listed: Vec<&str> = LIBRARY_FUNCTIONS
        .iter()
        .flat_map(|(_, names)| *names)
        .copied()
        .collect();
    listed.sort_unstable();
    assert_eq!(names, constructors);
    assert_eq!(listed, functions);
    for module in PREFILTER_MODULES {
        let homes = API_TABLE.iter().flat_map(|row| row.homes);
        assert!(homes.clone().any(|h| spells(h, module)), "{module} is dead");
    }
}

/// Every Python fixture of the tests, with its text.
fn fixtures() -> Vec<(std::path::PathBuf, String)> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut found = Vec::new();
    let mut dirs = vec![root.clone()];
    while let Some(dir) = dirs.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            panic!("the fixtures are missing from {}", root.display());
        };
        for path in entries.flatten().map(|e| e.path()) {
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "py")
                && let Ok(source) = std::fs::read_to_string(&path)
            {
                found.push((path, source));
            }
        }
    }
    assert!(found.len() > 100, "{} fixtures", found.len());
    found
}

#[test]
fn prefilter_keeps_every_fixture_with_a_finding() {
    let settings = Options::default();
    for (path, source) in fixtures() {
        let Ok(tree) = crate::core::parse::parse(&source) else {
            continue;
        };
        if analyze(&tree, &source, &settings).is_ok_and(|found| !found.is_empty()) {
            assert!(may_contain_sites(source.as_bytes()), "{}", path.display());
        }
    }
}

/// The scanner against tree-sitter: every identifier, and every `lambda`, `def` and `class`
/// keyword, of a file that parses is reported as code where it stands. This is what the
/// soundness argument needs of `scan`, checked on every fixture; `PICKLEFIX_SCAN_CORPUS`
/// names a further folder to check (the benchmark corpus: `cargo test --release --lib
/// scanner_reports -- --ignored`).
#[test]
fn scanner_reports_every_word_tree_sitter_sees_as_code() {
    for (path, source) in fixtures() {
        assert_scans_like_tree_sitter(&path, &source);
    }
}

#[test]
#[ignore = "needs PICKLEFIX_SCAN_CORPUS"]
fn scanner_reports_every_word_tree_sitter_sees_as_code_in_a_corpus() {
    let Some(root) = std::env::var_os("PICKLEFIX_SCAN_CORPUS") else {
        panic!("set PICKLEFIX_SCAN_CORPUS to a folder of Python files");
    };
    let mut dirs = vec![std::path::PathBuf::from(root)];
    let mut checked = 0;
    while let Some(dir) = dirs.pop() {
        for path in std::fs::read_dir(&dir)
            .into_iter()
            .flatten()
            .flatten()
            .map(|e| e.path())
        {
            if path.is_dir() {
                dirs.push(path);
            } else if let Ok(source) = std::fs::read_to_string(&path) {
                checked += usize::from(assert_scans_like_tree_sitter(&path, &source));
            }
        }
    }
    eprintln!("{checked} files parsed and compared");
}

/// Whether the file parsed (and so was compared).
fn assert_scans_like_tree_sitter(path: &std::path::Path, source: &str) -> bool {
    let Ok(tree) = crate::core::parse::parse(source) else {
        return false;
    };
    if breaks_a_one_line_string(&tree, source) {
        // tree-sitter accepts it, CPython does not: no file the analysis sees looks like it.
        return false;
    }
    let mut reported = std::collections::HashSet::new();
    let found = scan(source.as_bytes(), |at, _, spelling| {
        if spelling == Spelling::Code {
            reported.insert(at);
        }
        true
    });
    if found == Err(TooNested) {
        return true;
    }
    let mut cursor = tree.walk();
    let mut stack = vec![tree.root_node()];
    while let Some(node) = stack.pop() {
        let word = matches!(node.kind_name(), "identifier" | "lambda" | "def" | "class");
        if word && node.start_byte() != node.end_byte() {
            assert!(
                reported.contains(&node.start_byte()),
                "{}: `{}` at byte {} is code, the scanner did not report it",
                path.display(),
                &source[node.byte_range()],
                node.start_byte()
            );
        }
        stack.extend(node.children(&mut cursor));
    }
    true
}

/// Whether a string that opens with one quote runs over a line end with no backslash before it
/// (`'⏎'`), which tree-sitter parses and CPython refuses; the scanner may end the string at
/// the line end, as CPython's tokenizer would.
fn breaks_a_one_line_string(tree: &tree_sitter::Tree, source: &str) -> bool {
    let mut cursor = tree.walk();
    let mut stack = vec![tree.root_node()];
    while let Some(node) = stack.pop() {
        if node.kind_name() == "string" {
            let text = &source.as_bytes()[node.byte_range()];
            let quote = text
                .iter()
                .position(|&b| b == b'\'' || b == b'"')
                .unwrap_or(0);
            let triple = text[quote..].starts_with(b"'''") || text[quote..].starts_with(b"\"\"\"");
            let bare_line_end = (1..text.len()).any(|at| {
                text[at] == b'\n'
                    && text[at - 1] != b'\\'
                    && !(text[at - 1] == b'\r' && at >= 2 && text[at - 2] == b'\\')
            });
            if !triple && bare_line_end {
                return true;
            }
        }
        stack.extend(node.children(&mut cursor));
    }
    false
}

/// Pieces that stress the scanner's states: quotes of both kinds and lengths, prefixes,
/// braces, comments, backslashes, line ends, and the words the prefilter counts.
const PIECES: &[&str] = &[
    "'",
    "\"",
    "'''",
    "\"\"\"",
    "f",
    "rf",
    "b",
    "t",
    "{",
    "}",
    "{{",
    "(",
    ")",
    "[",
    "]",
    ":",
    "!r",
    "#",
    "\\",
    "\n",
    "\r\n",
    " ",
    "    ",
    "=",
    ",",
    "x",
    "lambda",
    "def",
    "class",
    "Pool",
    "multiprocessing",
    "__name__",
    "0",
    "é",
    ".",
];

proptest::proptest! {
    /// On any sequence of pieces the scanner ends without panicking, and on those that parse
    /// it reports every word tree-sitter sees as code.
    #[test]
    fn scanner_agrees_with_tree_sitter_on_generated_text(
        pieces in proptest::collection::vec(proptest::sample::select(PIECES), 0..48)
    ) {
        let source = pieces.concat();
        let _ = may_contain_sites(source.as_bytes());
        assert_scans_like_tree_sitter(std::path::Path::new("generated"), &source);
    }
}

#[test]
fn a_file_that_only_defines_a_wrapper_is_kept_for_wrapper_inference_only() {
    let wrapper = "from multiprocessing import Pool\n\ndef parmap(fn, items):\n    \
                   with Pool(2) as pool:\n        return pool.map(fn, items)\n";
    assert!(!may_contain_sites(wrapper.as_bytes()));
    assert!(may_define_wrappers_with(
        wrapper.as_bytes(),
        &Options::default()
    ));
    assert!(!may_define_wrappers_with(
        b"import os\n",
        &Options::default()
    ));
}

#[test]
fn a_wrapper_or_an_exported_pool_needs_the_words_as_code() {
    let keeps = |source: &str| may_define_wrappers_with(source.as_bytes(), &Options::default());
    // The API only in a docstring and a comment: no site, so no wrapper.
    assert!(!keeps(
        "\"\"\"Runs jobs on a multiprocessing Pool.\"\"\"\n# see multiprocessing.Pool\n\
         def parmap(fn, items):\n    return [fn(i) for i in items]\n"
    ));
    // The words as code without a function: a module-level pool other modules may import.
    assert!(keeps("from multiprocessing import Pool\nPOOL = Pool(4)\n"));
    // A module-level context other modules make their pools from; no site of its own.
    let context = "import multiprocessing\n\nFORK_CTX = multiprocessing.get_context(\"fork\")\n";
    assert!(keeps(context));
    assert!(!may_contain_sites(context.as_bytes()));
    // Its words in a comment only, or without a module word: nothing to export.
    assert!(!keeps(
        "import multiprocessing\n# CTX = multiprocessing.get_context()\n"
    ));
    assert!(!keeps("from app import get_context\nCTX = get_context()\n"));
    // A template method's hook that makes a thread pool, which a subclass in another file
    // may override with a process pool; not without a module word.
    let hook = "from concurrent.futures import ThreadPoolExecutor\n\nclass Runner:\n    \
                def _executor(self):\n        return ThreadPoolExecutor(2)\n";
    assert!(keeps(hook));
    assert!(!may_contain_sites(hook.as_bytes()));
    assert!(!keeps("from app import ThreadPool\nPOOL = ThreadPool(2)\n"));
    // Nor a thread pool that no `return` line makes.
    assert!(!keeps(
        "from concurrent.futures import ThreadPoolExecutor\n\ndef run(fn):\n    \
         with ThreadPoolExecutor(2) as ex:\n        return ex.submit(fn)\n"
    ));
    // Whatever `may_contain_sites` keeps is kept: a finding without any `def`.
    let lambda_only = "from multiprocessing import Pool\nPool(2).map(lambda x: x, [1])\n";
    assert!(may_contain_sites(lambda_only.as_bytes()));
    assert!(keeps(lambda_only));
}

#[test]
fn a_word_spelled_where_the_analysis_reads_it() {
    let read = [
        "from astropy.utils import console\n",
        "import astropy.utils.console as c\n",
        "x = utils.console.ProgressBar\n",
        "def f(bar: 'console.ProgressBar'): pass\n",
        "__all__ = ['console']\n",
        "f'{console.x}'\n",
        "\u{feff}console.x\n",
        // NFKC: the full-width letters are `console` to Python.
        "ｃonsole.x\n",
    ];
    for source in read {
        assert!(spells_where_read(source.as_bytes(), "console"), "{source}");
    }
    let unread = [
        "# from astropy.utils import console\n",
        "doc = '''To import console, write import console.'''\n",
        "s = 'the .console attribute'\n",
        "consoles = 1\n",
        "x = 1\n",
    ];
    for source in unread {
        assert!(!spells_where_read(source.as_bytes(), "console"), "{source}");
    }
    // Too deep to scan: kept.
    let deep = format!("{}x{}", "f'{".repeat(40), "}'".repeat(40));
    assert!(spells_where_read(deep.as_bytes(), "console"));
}

#[test]
fn one_search_finds_every_import_and_whether_a_module_is_spelled() {
    let cases: [(&str, bool); 7] = [
        ("import os\nfrom multiprocessing import Pool\n", true),
        ("import os  # important: reimport\nimportlib.x\n", false),
        // Module words against `import`, with nothing between: no match hides another.
        ("parmapimport multiprocessingimport importpebble\n", true),
        ("aiomultiprocessimportconcurrentimport", true),
        ("importimportimport", false),
        ("billiard", true),
        ("", false),
    ];
    for (source, module) in cases {
        let bytes = source.as_bytes();
        let mut found = Vec::new();
        let spelled = spells_module_noting_imports(bytes, |at| found.push(at));
        let every: Vec<usize> = memmem::find_iter(bytes, IMPORT).collect();
        assert_eq!(found, every, "{source:?}");
        assert_eq!(spelled, module, "{source:?}");
        assert_eq!(spelled, spells_a_module(bytes), "{source:?}");
    }
}

#[test]
fn a_known_module_answer_is_the_one_the_search_gives() {
    let options = Options::default();
    for source in [
        "from multiprocessing import Pool\ndef run(f):\n    Pool().map(f, [1])\n",
        "import os\n",
        "\u{feff}import multiprocessing as mp\ndef run(f):\n    mp.Pool().map(f, [1])\n",
    ] {
        let bytes = source.as_bytes();
        let spelled = spells_module_noting_imports(bytes, |_| {});
        assert_eq!(
            may_define_wrappers_spelling(bytes, &options, Some(spelled)),
            may_define_wrappers_with(bytes, &options),
            "{source:?}"
        );
    }
}
