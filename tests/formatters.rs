//! The fixes judged the way a project's CI judges a pull request: over every program fixture,
//! the fixed file must compile with CPython, keep its head (shebang, coding line, leading
//! comment block, module docstring), gain no `ruff check` violation, and stay accepted by
//! `ruff format` and `black` when the original was.
//!
//! Each tool runs once over all fixtures: originals go to `orig/NAME.py` and fixed texts to
//! `fixed/NAME.py` in one temporary directory, and the tools' reports are split per file. The
//! formatters are the pinned versions of `.ci/tools.txt`, found in `$PICKLEFIX_TOOLS` or in
//! `target/tools-venv/bin` (which `.ci/tools` creates); a missing or different tool fails the
//! test with the command that installs it, because a skipped judge judges nothing.
//!
//! Failures the layout work has not fixed yet are listed in `tests/formatters/known_failures.txt`
//! (`FIXTURE CHECK` per line). The list is a ratchet: a listed failure must still fail (when it
//! passes, the test asks for its line to be removed) and an unlisted one fails the test. All
//! failures of all fixtures are reported together.
//!
//! `PICKLEFIX_FIXTURE=substring` limits the run to fixtures whose file name contains it (the
//! list is then only checked for those fixtures).

mod support;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use picklefix::check_source;
use serde_json::Value;
use support::FixtureSource;

/// Every check, by the name the known-failures list uses.
const CHECKS: [&str; 8] = [
    "compile",
    "shebang",
    "coding",
    "comment-header",
    "docstring",
    "ruff-check",
    "ruff-format",
    "black",
];

/// The rules a fix must not add violations of: pyflakes, isort, pycodestyle's errors that need
/// no preview, line length, pep8-naming (a lifted function or parameter named as a constant)
/// and warnings.
const RUFF_SELECT: &str = "E4,E7,E9,E501,F,I,N,W";
const LINE_LENGTH: &str = "88";
const KNOWN_FAILURES: &str = "tests/formatters/known_failures.txt";

/// Failures of one run: fixture name and check to what the tool said.
type Failures = BTreeMap<(String, &'static str), String>;

/// One fixture whose fix is judged: its name, file name, original and fixed bytes.
struct Pair {
    name: String,
    file: String,
    original: Vec<u8>,
    fixed: Vec<u8>,
}

#[test]
fn fixes_keep_what_cpython_and_the_formatters_accepted() {
    let tools = Tools::find();
    let filter = std::env::var("PICKLEFIX_FIXTURE").unwrap_or_default();
    let (pairs, mut problems) = fixed_program_fixtures(&filter);
    let failures = judge(&tools, &pairs);
    let known = known_failures();
    let judged = program_names(&filter);
    problems.extend(compare_with_known(&failures, &known, &judged));
    eprintln!("{}", summary(&failures, pairs.len()));
    assert!(
        problems.is_empty(),
        "{} problem(s) with fixes judged by CPython, ruff and black \
         (known failures are listed in {KNOWN_FAILURES}; that list only shrinks):\n\n{}",
        problems.len(),
        problems.join("\n\n")
    );
}

/// The checks must catch the mistakes they exist for, on fixes broken on purpose.
#[test]
fn checks_catch_broken_fixes() {
    let tools = Tools::find();
    let head = "#!/usr/bin/env python3\n# -*- coding: utf-8 -*-\n# Licence.\n\"\"\"Doc.\"\"\"\n\n\
                from __future__ import annotations\n\nimport os\n\nprint(os.sep)\n";
    let plain = "\"\"\"Doc.\"\"\"\n\nimport os\n\nprint(os.sep)\n";
    let pairs = vec![
        pair("head.py", head, &format!("import functools\n{head}")),
        pair(
            "doc.py",
            plain,
            "import os\n\"\"\"Doc.\"\"\"\n\nprint(os.sep)\n",
        ),
        pair(
            "layout.py",
            plain,
            "\"\"\"Doc.\"\"\"\n\nimport os\n\nprint( os.sep )\n",
        ),
        pair("good.py", head, head),
    ];
    let failures = judge(&tools, &pairs);
    let found: BTreeSet<(&str, &str)> = failures
        .keys()
        .map(|(name, check)| (&name["test/".len()..], *check))
        .collect();
    let expected = BTreeSet::from([
        ("head.py", "compile"),
        ("head.py", "docstring"),
        ("head.py", "shebang"),
        ("head.py", "coding"),
        ("head.py", "comment-header"),
        ("head.py", "ruff-check"),
        ("head.py", "ruff-format"),
        ("head.py", "black"),
        ("doc.py", "docstring"),
        ("doc.py", "ruff-check"),
        ("doc.py", "ruff-format"),
        ("doc.py", "black"),
        ("layout.py", "ruff-format"),
        ("layout.py", "black"),
    ]);
    assert_eq!(found, expected, "{failures:#?}");
}

fn pair(file: &str, original: &str, fixed: &str) -> Pair {
    Pair {
        name: format!("test/{file}"),
        file: file.to_string(),
        original: original.as_bytes().to_vec(),
        fixed: fixed.as_bytes().to_vec(),
    }
}

// The fixtures -------------------------------------------------------------------------------

/// The program fixtures that picklefix fixes, with their fixed bytes; and a problem for each
/// fixture that cannot be judged (a bad directive, a parse error, a fix it cannot encode).
fn fixed_program_fixtures(filter: &str) -> (Vec<Pair>, Vec<String>) {
    let mut pairs = Vec::new();
    let mut problems = Vec::new();
    for path in program_paths(filter) {
        let name = support::relative_name(&path);
        match fixed_pair(&path, &name) {
            Ok(Some(pair)) => pairs.push(pair),
            Ok(None) => {}
            Err(problem) => problems.push(format!("{name}: {problem}")),
        }
    }
    assert!(
        !pairs.is_empty() || !problems.is_empty() || !filter.is_empty(),
        "no program fixture has a fix to judge"
    );
    (pairs, problems)
}

fn fixed_pair(path: &Path, name: &str) -> Result<Option<Pair>, String> {
    let source = FixtureSource::read(path);
    let settings = support::settings(&source.text)?;
    let checked = check_source(&source.text, &settings)
        .map_err(|error| format!("does not parse: {}", error.message))?;
    let Some(fixed) = checked.fixed else {
        return Ok(None);
    };
    let file = path
        .file_name()
        .map(|f| f.to_string_lossy().into_owned())
        .ok_or("a fixture without a file name")?;
    Ok(Some(Pair {
        name: name.to_string(),
        file,
        fixed: source.encode(&fixed.text)?,
        original: source.bytes,
    }))
}

fn program_paths(filter: &str) -> Vec<PathBuf> {
    let dir = support::fixtures_dir().join("programs");
    let entries = std::fs::read_dir(&dir)
        .unwrap_or_else(|error| panic!("cannot list {}: {error}", dir.display()));
    let mut paths: Vec<PathBuf> = entries
        .map(|entry| entry.expect("read a directory entry").path())
        .filter(|path| path.extension().is_some_and(|e| e == "py"))
        .filter(|path| {
            path.file_name()
                .is_some_and(|f| f.to_string_lossy().contains(filter))
        })
        .collect();
    paths.sort();
    paths
}

/// The names of the fixtures this run judges (also those without a fix).
fn program_names(filter: &str) -> BTreeSet<String> {
    program_paths(filter)
        .iter()
        .map(|path| support::relative_name(path))
        .collect()
}

// The judge ----------------------------------------------------------------------------------

/// Run every check over `pairs`; each tool runs once.
fn judge(tools: &Tools, pairs: &[Pair]) -> Failures {
    let dir = tempfile::tempdir().expect("create a temporary directory");
    let root = dir
        .path()
        .canonicalize()
        .expect("canonicalize the temporary directory");
    for side in ["orig", "fixed"] {
        std::fs::create_dir_all(root.join(side)).expect("create a directory for the files");
    }
    for pair in pairs {
        std::fs::write(root.join("orig").join(&pair.file), &pair.original).expect("write");
        std::fs::write(root.join("fixed").join(&pair.file), &pair.fixed).expect("write");
    }
    let mut failures = Failures::new();
    if pairs.is_empty() {
        return failures;
    }
    python_checks(tools, &root, pairs, &mut failures);
    ruff_check(tools, &root, pairs, &mut failures);
    let ruff_format = ["format", "--isolated", "--no-cache"].map(std::ffi::OsStr::new);
    let ruff_format = [&[tools.ruff.as_os_str()], &ruff_format[..]].concat();
    formatter_check(&root, pairs, "ruff-format", &ruff_format, &mut failures);
    let black_config = root.join("black.toml");
    std::fs::write(&black_config, "").expect("write an empty black configuration");
    let black = [
        tools.black.as_os_str(),
        "--config".as_ref(),
        black_config.as_os_str(),
    ];
    formatter_check(&root, pairs, "black", &black, &mut failures);
    failures
}

/// Compiles the fixed file and compares its head with the original's, in one python3 process
/// for all files; prints a JSON list of `[file, check, message]`.
const PYTHON_CHECKS: &str = r##"
import ast, json, re, sys

COOKIE = re.compile(rb"^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)")


def comment_block(lines):
    """The lines that open the file up to its first line of code, when a comment is among them."""
    block = []
    for line in lines:
        if line.strip() and not line.lstrip().startswith(b"#"):
            break
        block.append(line)
    while block and not block[-1].strip():
        block.pop()
    return block


def docstring(data):
    """The module docstring; the AST is built even where compiling fails (a misplaced
    `from __future__` import is refused by the compiler, not the parser)."""
    try:
        return ast.get_docstring(ast.parse(data), clean=False)
    except (SyntaxError, ValueError):
        return None


def judge(file, original, fixed):
    found = []
    try:
        compile(fixed, "fixed/" + file, "exec", dont_inherit=True)
    except (SyntaxError, ValueError) as error:
        found.append(("compile", f"{type(error).__name__}: {error}"))
    before, after = original.splitlines(True), fixed.splitlines(True)
    if original.startswith(b"#!") and after[:1] != before[:1]:
        found.append(("shebang", f"line 1 was {before[0]!r}, is {b''.join(after[:1])!r}"))
    for i, line in enumerate(before[:2]):
        if COOKIE.match(line) and after[i : i + 1] != [line]:
            now = b"".join(after[i : i + 1])
            found.append(("coding", f"line {i + 1} was {line!r}, is {now!r}"))
    block = comment_block(before)
    if block and after[: len(block)] != block:
        shown = b"".join(after[: len(block) + 1]).decode("latin-1")
        found.append(("comment-header", f"the file opened with {len(block)} comment line(s); "
                      f"the fixed file opens with:\n{shown}"))
    if docstring(original) != docstring(fixed):
        found.append(("docstring", f"__doc__ was {docstring(original)!r}, "
                      f"is {docstring(fixed)!r}"))
    return [[file, check, message] for check, message in found]


results = []
for file in sys.argv[1:]:
    with open("orig/" + file, "rb") as f:
        original = f.read()
    with open("fixed/" + file, "rb") as f:
        fixed = f.read()
    results.extend(judge(file, original, fixed))
json.dump(results, sys.stdout)
"##;

fn python_checks(tools: &Tools, root: &Path, pairs: &[Pair], failures: &mut Failures) {
    let output = run(
        Command::new(&tools.python)
            .arg("-c")
            .arg(PYTHON_CHECKS)
            .args(pairs.iter().map(|pair| &pair.file))
            .current_dir(root),
        &[0],
    );
    let results: Vec<(String, String, String)> = serde_json::from_slice(&output.stdout)
        .unwrap_or_else(|error| panic!("the python checks printed no JSON list: {error}"));
    for (file, check, message) in results {
        let pair = pairs
            .iter()
            .find(|p| p.file == file)
            .expect("a judged file");
        let check = CHECKS
            .into_iter()
            .find(|c| *c == check)
            .expect("a known check");
        failures.insert((pair.name.clone(), check), message);
    }
}

/// `ruff check` over originals and fixed files: a violation (code and message, wherever it is)
/// that the fixed file has more often than the original is a failure.
fn ruff_check(tools: &Tools, root: &Path, pairs: &[Pair], failures: &mut Failures) {
    let output = run(
        Command::new(&tools.ruff)
            .args([
                "check",
                "--isolated",
                "--no-cache",
                "--output-format",
                "json",
            ])
            .args(["--select", RUFF_SELECT, "--line-length", LINE_LENGTH])
            .args(["orig", "fixed"])
            .current_dir(root),
        &[0, 1],
    );
    let violations: Vec<Value> = serde_json::from_slice(&output.stdout)
        .unwrap_or_else(|error| panic!("`ruff check` printed no JSON list: {error}"));
    for pair in pairs {
        let count = |side: &str| violation_counts(&violations, &root.join(side).join(&pair.file));
        let (before, after) = (count("orig"), count("fixed"));
        let added: Vec<String> = after
            .iter()
            .filter(|(key, lines)| lines.len() > before.get(*key).map_or(0, Vec::len))
            .map(|((code, message), lines)| {
                let had = before
                    .get(&(code.clone(), message.clone()))
                    .map_or(0, Vec::len);
                format!("{code} {message} (fixed file lines {lines:?}; the original had {had})")
            })
            .collect();
        if !added.is_empty() {
            failures.insert((pair.name.clone(), "ruff-check"), added.join("\n"));
        }
    }
}

/// The violations `ruff check` reported in one file: (code, message) to their line numbers.
fn violation_counts(violations: &[Value], path: &Path) -> BTreeMap<(String, String), Vec<u64>> {
    let mut counts: BTreeMap<(String, String), Vec<u64>> = BTreeMap::new();
    for violation in violations {
        if violation["filename"].as_str() != path.to_str() {
            continue;
        }
        let code = violation["code"]
            .as_str()
            .unwrap_or("syntax-error")
            .to_string();
        let message = violation["message"]
            .as_str()
            .unwrap_or_default()
            .to_string();
        if code.starts_with('N') && caseless_name(&message) {
            continue;
        }
        let line = violation["location"]["row"].as_u64().unwrap_or(0);
        counts.entry((code, message)).or_default().push(line);
    }
    counts
}

/// ruff's pep8-naming rules flag a name of letters without case (`接尾辞` "should be
/// lowercase"), which pep8-naming itself accepts (its test is `name.lower() != name`): the
/// message's name in backticks is such a name.
fn caseless_name(message: &str) -> bool {
    let name = message.split('`').nth(1).unwrap_or_default();
    !name.is_empty() && name.to_lowercase() == name && name.to_uppercase() == name
}

/// A formatter in check mode with diffs over originals and fixed files: a fixed file it would
/// change (or cannot parse) whose original it accepts is a failure, with the diff as message.
fn formatter_check(
    root: &Path,
    pairs: &[Pair],
    check: &'static str,
    command: &[&std::ffi::OsStr],
    failures: &mut Failures,
) {
    let output = run(
        Command::new(command[0])
            .args(&command[1..])
            .args(["--check", "--diff", "orig", "fixed"])
            .env("BLACK_CACHE_DIR", root.join("cache"))
            .current_dir(root),
        &[0, 1, 2, 123],
    );
    let text = format!(
        "{}\n{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    for pair in pairs {
        let fixed = format!("fixed/{}", pair.file);
        if mentions(&text, &format!("orig/{}", pair.file)) || !mentions(&text, &fixed) {
            continue;
        }
        failures.insert((pair.name.clone(), check), report_about(&text, &fixed));
    }
}

/// Whether `text` names `path` as a whole path (not as the start of a longer name).
fn mentions(text: &str, path: &str) -> bool {
    text.match_indices(path).any(|(at, _)| {
        let next = text[at + path.len()..].chars().next();
        !next.is_some_and(|c| c.is_alphanumeric() || "_.-".contains(c))
    })
}

/// The parts of a formatter's report about `path`: its diff, or its error with the lines under
/// it, at most 60 lines.
fn report_about(text: &str, path: &str) -> String {
    let mut kept = Vec::new();
    let mut inside = false;
    for line in text.lines() {
        let starts_entry = line.starts_with("--- ")
            || line.starts_with("error")
            || line.starts_with("would reformat")
            || !(line.is_empty() || line.starts_with([' ', '+', '-', '@', '\\', '^']));
        if starts_entry {
            inside = mentions(line, path) && !line.starts_with("would reformat");
        }
        if inside {
            kept.push(line);
        }
    }
    if kept.len() > 60 {
        let more = kept.len() - 60;
        kept.truncate(60);
        return format!("{}\n... ({more} more lines)", kept.join("\n"));
    }
    kept.join("\n")
}

// The ratchet --------------------------------------------------------------------------------

/// The committed list of failures still expected: (fixture, check).
fn known_failures() -> BTreeSet<(String, &'static str)> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(KNOWN_FAILURES);
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|error| panic!("cannot read {}: {error}", path.display()));
    let mut known = BTreeSet::new();
    for (number, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let entry = match line.split_whitespace().collect::<Vec<_>>()[..] {
            [fixture, check] => CHECKS
                .into_iter()
                .find(|c| *c == check)
                .map(|check| (fixture.to_string(), check)),
            _ => None,
        };
        let entry = entry.unwrap_or_else(|| {
            panic!(
                "{KNOWN_FAILURES}:{}: expected `FIXTURE CHECK` with CHECK one of {CHECKS:?}: \
                 {line:?}",
                number + 1
            )
        });
        assert!(
            known.insert(entry),
            "{KNOWN_FAILURES}:{}: listed twice: {line:?}",
            number + 1
        );
    }
    known
}

/// Unlisted failures, and listed failures of judged fixtures that pass now.
fn compare_with_known(
    failures: &Failures,
    known: &BTreeSet<(String, &'static str)>,
    judged: &BTreeSet<String>,
) -> Vec<String> {
    let mut problems = Vec::new();
    for ((fixture, check), message) in failures {
        if !known.contains(&(fixture.clone(), *check)) {
            problems.push(format!("{fixture} {check}: fails\n{}", indent(message)));
        }
    }
    for (fixture, check) in known {
        let why = if !support::fixtures_dir().join(fixture).exists() {
            "no such fixture"
        } else if judged.contains(fixture) && !failures.contains_key(&(fixture.clone(), *check)) {
            "passes now"
        } else {
            continue;
        };
        problems.push(format!(
            "{fixture} {check}: {why}; remove its line from {KNOWN_FAILURES}"
        ));
    }
    problems
}

/// How many fixtures fail each check: the work list.
fn summary(failures: &Failures, judged: usize) -> String {
    let mut out = format!("judged the fixes of {judged} program fixture(s); failing:");
    for check in CHECKS {
        let count = failures.keys().filter(|(_, c)| *c == check).count();
        out.push_str(&format!(" {check} {count},"));
    }
    out.pop();
    out
}

fn indent(text: &str) -> String {
    text.lines()
        .map(|line| format!("    {line}"))
        .collect::<Vec<_>>()
        .join("\n")
}

// The tools ----------------------------------------------------------------------------------

/// The pinned formatters and the python3 that compiles the fixed files.
struct Tools {
    ruff: PathBuf,
    black: PathBuf,
    python: PathBuf,
}

impl Tools {
    /// Find the tools and check their versions against `.ci/tools.txt`; panic, saying how to
    /// install them, when one is missing or another version.
    fn find() -> Tools {
        let bin = match std::env::var_os("PICKLEFIX_TOOLS") {
            Some(dir) => PathBuf::from(dir),
            None => Path::new(env!("CARGO_MANIFEST_DIR")).join("target/tools-venv/bin"),
        };
        let tools = Tools {
            ruff: bin.join("ruff"),
            black: bin.join("black"),
            python: PathBuf::from("python3"),
        };
        let pins = pinned_versions();
        let ruff = version_of(&tools.ruff, &bin);
        let black = version_of(&tools.black, &bin);
        for (name, found) in [("ruff", ruff), ("black", black)] {
            let pinned = pins.get(name).map(String::as_str).unwrap_or("(no pin)");
            assert!(
                found.split([' ', ',']).any(|word| word == pinned),
                "{name} in {} is `{found}`, but .ci/tools.txt pins {pinned}: run `.ci/tools` \
                 (or point PICKLEFIX_TOOLS at a directory with the pinned versions)",
                bin.display()
            );
        }
        let python = Command::new(&tools.python).arg("--version").output();
        assert!(
            python.is_ok_and(|output| output.status.success()),
            "the formatter tests need `python3` (3.11 or later) on PATH to compile the fixed files"
        );
        tools
    }
}

/// `name==version` pins of `.ci/tools.txt`.
fn pinned_versions() -> BTreeMap<String, String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(".ci/tools.txt");
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|error| panic!("cannot read {}: {error}", path.display()));
    text.lines()
        .filter_map(|line| line.trim().split_once("=="))
        .map(|(name, version)| (name.to_string(), version.to_string()))
        .collect()
}

/// The first line of `tool --version`; panics with the way to install the tools.
fn version_of(tool: &Path, bin: &Path) -> String {
    let output = Command::new(tool).arg("--version").output();
    match output {
        Ok(output) if output.status.success() => String::from_utf8_lossy(&output.stdout)
            .lines()
            .next()
            .unwrap_or_default()
            .to_string(),
        failed => panic!(
            "the formatter tests need `{}` and cannot run it ({}): run `.ci/tools` once to \
             create target/tools-venv with the pinned ruff and black (needs python3 and \
             PyPI), or set PICKLEFIX_TOOLS to a directory holding them; searched {}",
            tool.display(),
            match failed {
                Ok(output) => format!("{}", output.status),
                Err(error) => error.to_string(),
            },
            bin.display()
        ),
    }
}

/// Run a tool; panic with its output when it exits with a status not in `expected`.
fn run(command: &mut Command, expected: &[i32]) -> Output {
    let output = command
        .output()
        .unwrap_or_else(|error| panic!("cannot start {command:?}: {error}"));
    let code = output.status.code().unwrap_or(-1);
    assert!(
        expected.contains(&code),
        "{command:?} exited with {}\nstdout:\n{}\nstderr:\n{}",
        output.status,
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    output
}

#[test]
fn mentions_only_whole_paths() {
    assert!(mentions("--- fixed/a.py\n", "fixed/a.py"));
    assert!(mentions(
        "error: Failed to parse fixed/a.py:2:1",
        "fixed/a.py"
    ));
    assert!(!mentions("--- fixed/a.py_b.py\n", "fixed/a.py"));
    assert!(!mentions("--- fixed/b.py\n", "fixed/a.py"));
}
