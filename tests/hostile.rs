//! Hostile input, end to end: unusual but valid files are fixed with every other byte kept;
//! files that cannot be read as Python are reported by name, left alone, and the run goes on
//! to exit 2; deep nesting never overflows a stack. Writes are covered in `safe_writes.rs`.

use std::fs;
use std::process::Command;

use picklefix::{Options, check_source};

mod binary;
use binary::{git, picklefix, tree};

/// A lambda and a nested function with a capture, both handed to a pool: two findings whose
/// fixes insert above `def scale`, delete the nested `def`, and rewrite two arguments.
/// `{i}` is the indent unit, `{n}` the line ending, `{s}` a character to carry along.
const FIXABLE: &str = "from multiprocessing import Pool{n}\
{n}\
{n}\
def scale(values, factor):{n}\
{i}def work(v):{n}\
{i}{i}return (v, factor, '{s}')  # {s}{n}\
{i}with Pool() as pool:{n}\
{i}{i}pool.map(work, values){n}\
{i}{i}return pool.map(lambda v: v * factor, values){n}";

fn fixable(indent: &str, eol: &str, special: &str) -> String {
    FIXABLE
        .replace("{i}", indent)
        .replace("{n}", eol)
        .replace("{s}", special)
}

fn unsafe_fixes() -> Options {
    Options {
        unsafe_fixes: true,
        ..Options::default()
    }
}

/// Every byte of `original` outside the edits of its fixes appears, in order, in `fixed`.
fn assert_kept_outside_edits(original: &str, fixed: &str) {
    let checked = check_source(original, &unsafe_fixes()).expect("the original parses");
    let mut ranges: Vec<(usize, usize)> = checked
        .diagnostics
        .iter()
        .filter_map(|d| d.fix.as_ref())
        .flat_map(|fix| fix.edits.iter().map(|e| (e.range.start, e.range.end)))
        .collect();
    assert!(!ranges.is_empty(), "the sample has fixes");
    ranges.sort();
    let mut kept = Vec::new();
    let mut cursor = 0;
    for (start, end) in ranges {
        kept.push(&original[cursor..start.max(cursor)]);
        cursor = cursor.max(end);
    }
    kept.push(&original[cursor..]);
    let mut rest = fixed;
    for segment in kept {
        let at = rest.find(segment).unwrap_or_else(|| {
            panic!("{segment:?} (kept from the original) is missing from the fixed text")
        });
        rest = &rest[at + segment.len()..];
    }
}

/// Fix `bytes` as `name` with the binary; check the run, a second run, and the kept bytes
/// (compared in the decoded text: `decode` turns the file's bytes into it). The fixed bytes.
fn fix_and_check(name: &str, bytes: &[u8], decode: fn(&[u8]) -> String) -> Vec<u8> {
    let dir = tree(&[(name, bytes)]);
    let run = picklefix(dir.path(), &["--fix", "--unsafe-fixes", name]);
    assert_eq!(run.code, 0, "{name}: {}", run.stderr);
    let fixed = fs::read(dir.path().join(name)).expect("read the fixed file");
    assert_ne!(fixed, bytes, "{name} was fixed");
    // --diff shows the same change, in the file's encoding: `git apply` turns the original
    // into exactly what --fix wrote.
    let patched = tree(&[(name, bytes)]);
    let diff = picklefix(patched.path(), &["--diff", "--unsafe-fixes", name]);
    assert_eq!(diff.code, 1, "{name}, --diff: {}", diff.stderr);
    fs::write(patched.path().join("fix.patch"), &diff.stdout_bytes).expect("write the patch");
    git(patched.path(), &["init", "--quiet"]);
    git(
        patched.path(),
        &["apply", "--whitespace=nowarn", "fix.patch"],
    );
    let applied = fs::read(patched.path().join(name)).expect("read the patched file");
    assert!(
        applied == fixed,
        "{name}: the applied --diff differs from --fix"
    );
    let again = picklefix(dir.path(), &["--unsafe-fixes", name]);
    assert_eq!(again.code, 0, "{name}, second run: {}", again.stderr);
    let without_bom = |text: String| text.strip_prefix('\u{feff}').unwrap_or(&text).to_string();
    let (original, new) = (without_bom(decode(bytes)), without_bom(decode(&fixed)));
    assert_kept_outside_edits(&original, &new);
    fixed
}

fn utf8(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).expect("UTF-8")
}

fn latin1(bytes: &[u8]) -> String {
    bytes.iter().map(|&b| char::from(b)).collect()
}

// Unusual but valid input ------------------------------------------------------------------

#[test]
fn byte_order_mark_is_kept() {
    let source = format!("\u{feff}{}", fixable("    ", "\n", "é"));
    let fixed = fix_and_check("bom.py", source.as_bytes(), utf8);
    // The BOM stays first; the new import goes where isort puts it, before `from ...`.
    assert!(fixed.starts_with(b"\xEF\xBB\xBFimport functools\nfrom multiprocessing"));
}

#[test]
fn empty_file_is_clean() {
    let dir = tree(&[("empty.py", b"")]);
    let run = picklefix(dir.path(), &["--fix", "empty.py"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(fs::read(dir.path().join("empty.py")).expect("read"), b"");
}

#[test]
fn carriage_return_line_endings_are_kept() {
    // The library, like tree-sitter, reads `\n`; the pipeline swaps them (`encoding.rs`).
    let as_newlines = |bytes: &[u8]| utf8(bytes).replace('\r', "\n");
    let fixed = fix_and_check("cr.py", fixable("    ", "\r", "x").as_bytes(), as_newlines);
    assert!(!fixed.contains(&b'\n'), "only \\r line endings");
}

#[test]
fn crlf_and_form_feeds_are_kept() {
    let source = format!(
        "\x0c# page one\r\n\x0c\r\n{}",
        fixable("    ", "\r\n", "\x0c")
    );
    let fixed = fix_and_check("ff.py", source.as_bytes(), utf8);
    assert!(fixed.starts_with(b"\x0c# page one\r\n\x0c\r\n"));
}

#[test]
fn tab_indented_code_beside_space_indented_code() {
    let source = format!(
        "{}\n\ndef other():\n    return 1\n",
        fixable("\t", "\n", "\t")
    );
    fix_and_check("tabs.py", source.as_bytes(), utf8);
}

#[test]
fn a_line_of_a_megabyte() {
    let long = "x".repeat(1 << 20);
    let source = format!("DATA = '{long}'\n{}", fixable("    ", "\n", &long[..1000]));
    fix_and_check("long_line.py", source.as_bytes(), utf8);
}

#[test]
fn a_file_of_twenty_megabytes() {
    // Long lines of few tokens: the size is what is under test, not the parser's speed (a
    // block of thousands of consecutive comment lines parses in quadratic time).
    let small = fixable("    ", "\n", "big");
    let line = format!("DATA = '{}'\n", "a".repeat(4000));
    let filler = line.repeat((20 << 20) / line.len() + 1);
    let source = format!("{small}{filler}");
    let dir = tree(&[("big.py", source.as_bytes())]);
    let run = picklefix(dir.path(), &["--fix", "--unsafe-fixes", "big.py"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let checked = check_source(&small, &unsafe_fixes()).expect("the sample parses");
    let fixed_small = checked.fixed.expect("the sample is fixed").text;
    let fixed = fs::read(dir.path().join("big.py")).expect("read the fixed file");
    assert!(fixed == format!("{fixed_small}{filler}").as_bytes());
}

#[test]
fn latin1_cookie_keeps_every_byte() {
    let mut bytes = b"# -*- coding: latin-1 -*-\n# caf\xe9 \x80\xff\n".to_vec();
    bytes.extend(
        fixable("    ", "\n", "\u{1}")
            .replace('\u{1}', "\u{e9}\u{80}")
            .chars()
            .map(|c| u8::try_from(u32::from(c)).expect("latin-1 text")),
    );
    let fixed = fix_and_check("latin1.py", &bytes, latin1);
    assert!(
        std::str::from_utf8(&fixed).is_err(),
        "still latin-1, not UTF-8"
    );
    assert!(fixed.starts_with(b"# -*- coding: latin-1 -*-\n# caf\xe9 \x80\xff\n"));
    assert_eq!(fixed.windows(2).filter(|w| w == b"\xe9\x80").count(), 2);
}

#[test]
fn shift_jis_cookie_keeps_every_byte() {
    // ソ is 0x83 0x5C in Shift_JIS: its second byte is a backslash to a byte-wise reader.
    let head = b"# coding: shift_jis\n".to_vec();
    let body = fixable("    ", "\n", "\u{30bd}");
    let (encoded, _, _) = encoding_rs::SHIFT_JIS.encode(&body);
    let bytes = [head, encoded.into_owned()].concat();
    let decode = |b: &[u8]| encoding_rs::SHIFT_JIS.decode(b).0.into_owned();
    let fixed = fix_and_check("sjis.py", &bytes, decode);
    assert_eq!(fixed.windows(2).filter(|w| w == b"\x83\x5c").count(), 2);
}

#[test]
fn ascii_cookie_is_honoured() {
    // (A fix whose text the encoding cannot carry is refused: `encoding.rs`'s unit tests.)
    let source = format!("# coding: ascii\n{}", fixable("    ", "\n", "a"));
    fix_and_check("ascii.py", source.as_bytes(), utf8);
}

// Deep nesting -------------------------------------------------------------------------------

/// Shapes nested `depth` levels deep, each in a file that mentions a process API so that the
/// prefilter lets it through.
fn deep_shapes(depth: usize) -> Vec<(&'static str, String)> {
    let head = "from multiprocessing import Pool\n";
    let mut blocks = String::from(head);
    for level in 0..depth {
        blocks.push_str(&" ".repeat(level));
        blocks.push_str("if x:\n");
    }
    blocks.push_str(&" ".repeat(depth));
    blocks.push_str("pass\n");
    vec![
        (
            "parens",
            format!("{head}x = {}1{}\n", "(".repeat(depth), ")".repeat(depth)),
        ),
        (
            "lambdas",
            format!("{head}f = {}0\n", "lambda: ".repeat(depth)),
        ),
        (
            "calls",
            format!(
                "{head}Pool().map({}f{}, xs)\n",
                "g(".repeat(depth),
                ")".repeat(depth)
            ),
        ),
        (
            "lists",
            format!("{head}x = {}1{}\n", "[".repeat(depth), "]".repeat(depth)),
        ),
        ("blocks", blocks),
    ]
}

/// `check_source` on a thread with a 2 MiB stack (a test thread's size), so that recursion
/// anywhere in the engine would overflow it.
fn check_on_small_stack(source: String) -> Result<Option<String>, String> {
    std::thread::Builder::new()
        .stack_size(2 << 20)
        .spawn(move || match check_source(&source, &unsafe_fixes()) {
            Ok(checked) => Ok(checked.skipped),
            Err(error) => Err(error.message),
        })
        .expect("start a thread")
        .join()
        .expect("no stack overflow or panic")
}

#[test]
fn ten_thousand_levels_are_refused_without_overflow() {
    for (shape, source) in deep_shapes(10_000) {
        match check_on_small_stack(source) {
            Ok(skipped) => assert_eq!(
                skipped.as_deref(),
                Some("nested too deeply to analyse (more than 1000 levels); skipped"),
                "{shape}"
            ),
            // tree-sitter's indentation scanner gives up past some 500 levels of blocks, which
            // is a syntax error, and it is right: CPython stops at 100.
            Err(message) => assert_eq!(shape, "blocks", "{shape}: {message}"),
        }
    }
}

#[test]
fn just_under_the_bound_is_analysed_without_overflow() {
    for (shape, source) in deep_shapes(300) {
        let result = check_on_small_stack(source);
        assert!(matches!(result, Ok(None)), "{shape}: {result:?}");
    }
}

#[test]
fn the_binary_says_why_a_deep_file_is_skipped() {
    // It names Pool and holds a lambda, so the prefilter passes it to the analysis.
    let deep = format!(
        "from multiprocessing import Pool\nx = {}lambda: 1{}\n",
        "(".repeat(10_000),
        ")".repeat(10_000)
    );
    let dir = tree(&[("deep.py", deep.as_bytes())]);
    let run = picklefix(dir.path(), &["--fix"]);
    assert_eq!(
        run.code, 1,
        "a file not checked is a diagnostic, as in ruff"
    );
    assert!(
        run.stdout.starts_with(
            "deep.py: error: nested too deeply to analyse (more than 1000 levels); skipped\n"
        ),
        "{}",
        run.stdout
    );
}

// Input that is not Python source --------------------------------------------------------------

#[cfg(unix)]
#[test]
fn unreadable_inputs_are_reported_and_the_rest_is_fixed() {
    use std::os::unix::fs::{PermissionsExt, symlink};
    let good = fixable("    ", "\n", "ok");
    let dir = tree(&[
        ("good.py", good.as_bytes()),
        ("not_utf8.py", b"import multiprocessing\ns = '\xe9t\xe9'\n"),
        ("binary.py", b"\x7fELF\x02\x01\x01\x00\x00multiprocessing"),
        ("dir.py/inner.py", good.as_bytes()),
        ("secret.py", good.as_bytes()),
    ]);
    let at = |name: &str| dir.path().join(name);
    symlink("nowhere.py", at("broken.py")).expect("link");
    symlink("loop.py", at("loop.py")).expect("link");
    symlink("dir.py", at("dir_link.py")).expect("link");
    let mkfifo = Command::new("mkfifo").arg(at("fifo.py")).status();
    fs::set_permissions(at("secret.py"), fs::Permissions::from_mode(0o000)).expect("chmod");
    // Root reads a file whatever its mode; then `secret.py` is just another fixable file.
    let secret_readable = fs::read(at("secret.py")).is_ok();

    let run = picklefix(dir.path(), &["--fix", ".", "fifo.py", "dir_link.py"]);
    // Files that cannot be read are diagnostics (exit 1, as ruff's E902); as root, the
    // unwritable `secret.py` is read and its fix fails to be written, which is exit 2.
    let code = if secret_readable { 2 } else { 1 };
    assert_eq!(run.code, code, "{}", run.stdout);
    let expected = [
        "binary.py: error: binary file (it contains a NUL byte); skipped",
        "broken.py: error: is a broken symbolic link (its target does not exist); skipped",
        "dir.py: error: is a directory named like a Python file, which Python cannot import; \
         skipped (rename it)",
        "dir_link.py: error: is a directory, not a Python file; skipped",
        "loop.py: error: is a symbolic link that loops (it leads back to itself); skipped",
        "not_utf8.py: error: not valid UTF-8 (line 2) and no coding cookie declares another \
         encoding; skipped (add one such as '# -*- coding: latin-1 -*-' or convert the file \
         to UTF-8)",
    ];
    for line in expected {
        assert!(run.stdout.contains(line), "{line}\nnot in\n{}", run.stdout);
    }
    if mkfifo.is_ok_and(|status| status.success()) {
        let fifo = "fifo.py: error: not a regular file (a device, FIFO or socket); skipped";
        assert!(run.stdout.contains(fifo), "{}", run.stdout);
    }
    if !secret_readable {
        let secret = "secret.py: error: could not be read: permission denied; skipped";
        assert!(run.stdout.contains(secret), "{}", run.stdout);
    }
    assert_ne!(fs::read(at("good.py")).expect("read"), good.as_bytes());
    // A directory named like a Python file is reported and skipped, contents and all.
    assert_eq!(
        fs::read(at("dir.py/inner.py")).expect("read"),
        good.as_bytes()
    );
    assert_eq!(
        fs::read(at("not_utf8.py")).expect("read"),
        b"import multiprocessing\ns = '\xe9t\xe9'\n"
    );
}

#[test]
fn a_file_deleted_during_the_run_is_reported() {
    use clap::Parser;
    use picklefix::settings::config::Command as Resolved;
    let dir = tree(&[("gone.py", fixable("    ", "\n", "x").as_bytes())]);
    let path = dir.path().join("gone.py");
    let args = picklefix::settings::cli::Args::parse_from(["picklefix", "--fix"]);
    let Ok(Resolved::Check(config)) = Resolved::from_args(args) else {
        panic!("--fix resolves to a check");
    };
    // Discovered, then deleted before it is read.
    fs::remove_file(&path).expect("delete");
    let outcomes = picklefix::run::file::check_files(&[path], &config);
    let problem = outcomes[0].problem.as_ref().expect("a problem");
    assert!(
        problem.message.starts_with("no longer exists"),
        "{problem:?}"
    );
}

/// Helpers that call helpers, each with many `return`s: every `def` is weighed as a factory,
/// and the search for a thread pool behind a helper is bounded in depth, so this finishes at
/// once (followed eight calls deep, it ran for minutes, as files of sympy and pandas did).
#[test]
fn chains_of_helper_factories_are_searched_to_a_bounded_depth() {
    let mut source =
        String::from("from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor\n\n");
    for level in 0..12 {
        source.push_str(&format!("\ndef h{level}(k):\n"));
        for branch in 0..8 {
            source.push_str(&format!(
                "    if k == {branch}:\n        return h{}(k)\n",
                level + 1
            ));
        }
        source.push_str("    return None\n\n");
    }
    source.push_str("\ndef h12(k):\n    return ThreadPoolExecutor(2)\n\n");
    source.push_str("\ndef make(kind):\n    return ProcessPoolExecutor(2)\n\n");
    source.push_str(
        "\ndef main():\n    k = 3\n    with make(1) as ex:\n        print(ex.submit(lambda: k).result())\n",
    );
    let checked = check_source(&source, &Options::default()).expect("the source parses");
    // Every helper is weighed as a factory, each through the chain below it; `make` is one.
    assert_eq!(checked.diagnostics.len(), 1);
}
