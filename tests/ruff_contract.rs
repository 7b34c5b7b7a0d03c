//! picklefix beside ruff: where ruff has the behaviour a user relies on (suppression comments,
//! file-level suppression, per-file ignores), the same scenario is run through both binaries
//! and compared. ruff is the pinned one that `.ci/tools` installs (`$PICKLEFIX_TOOLS` or
//! `target/tools-venv/bin`); a missing ruff fails these tests, it never skips them.
//!
//! Each scenario puts the same comment on a line ruff reports (an unused import, F401) and on
//! a line picklefix reports (a lambda handed to `Pool.map`, PKL002), so that what each tool
//! suppresses, and what it says on which stream, can be compared line for line.

use std::path::{Path, PathBuf};
use std::process::Command;

mod binary;
use binary::{Run, picklefix, text_tree, tree};

/// A PKL002 finding on line 6, with `{COMMENT}` at the end of that line.
const LAMBDA: &str = "from multiprocessing import Pool\n\n\ndef main():\n    with Pool(2) as pool:\n        print(pool.map(lambda x: x * 2, [1, 2, 3])){COMMENT}\n";

/// An F401 finding on line 6 for ruff, with `{COMMENT}` at the end of that line.
const IMPORT: &str =
    "\"\"\"Five lines of padding keep the import on line 6.\n\n\n\n\"\"\"\nimport os{COMMENT}\n";

fn ruff_bin() -> PathBuf {
    let bin = match std::env::var_os("PICKLEFIX_TOOLS") {
        Some(dir) => PathBuf::from(dir),
        None => Path::new(env!("CARGO_MANIFEST_DIR")).join("target/tools-venv/bin"),
    };
    let ruff = bin.join("ruff");
    assert!(
        ruff.exists(),
        "these tests compare with ruff: run `.ci/tools` once (or set PICKLEFIX_TOOLS); \
         searched {}",
        bin.display()
    );
    ruff
}

/// `ruff check --select F401` in `dir`, without a cache; settings files in the tree apply.
fn ruff(dir: &Path, args: &[&str]) -> Run {
    ruff_check(dir, &[&["--select", "F401"], args].concat())
}

/// `ruff check` in `dir` with `args`, without a cache.
fn ruff_check(dir: &Path, args: &[&str]) -> Run {
    let output = Command::new(ruff_bin())
        .args(["check", "--no-cache"])
        .args(args)
        .current_dir(dir)
        .env_remove("NO_COLOR")
        .output()
        .expect("run ruff");
    Run {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stdout_bytes: output.stdout,
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

/// The `warning:` lines of stderr, with each tool's example codes made the same.
fn warnings(stderr: &str) -> Vec<String> {
    stderr
        .lines()
        .filter(|line| line.starts_with("warning:"))
        .map(|line| line.replace("F401, F841", "PKL002, PKL003"))
        .collect()
}

#[test]
fn a_malformed_noqa_suppresses_nothing_and_warns_as_ruff_does() {
    for comment in [
        "  # noqa: PKL",
        "  # noqa: TODO fix later",
        "  # noqa: lambda-callable",
        "  # noqa:",
    ] {
        let dir = text_tree(&[
            ("ours.py", &LAMBDA.replace("{COMMENT}", comment)),
            ("theirs.py", &IMPORT.replace("{COMMENT}", comment)),
        ]);
        let ruff = ruff(
            dir.path(),
            &["--isolated", "--output-format", "concise", "theirs.py"],
        );
        let ours = picklefix(dir.path(), &["ours.py"]);
        assert_eq!(
            (ruff.code, ours.code),
            (1, 1),
            "{comment}: both still report"
        );
        assert!(
            ruff.stdout.contains("theirs.py:6:8: F401"),
            "{}",
            ruff.stdout
        );
        assert!(
            ours.stdout.contains("ours.py:6:24: PKL002"),
            "{}",
            ours.stdout
        );
        let expected = warnings(&ruff.stderr.replace("theirs.py", "ours.py"));
        assert_eq!(expected.len(), 1, "{comment}: ruff warned {}", ruff.stderr);
        assert_eq!(warnings(&ours.stderr), expected, "{comment}");
    }
}

#[test]
fn bare_and_listed_noqa_still_suppress_without_a_warning() {
    // ruff reads codes in capitals only (`# noqa: f401` is invalid there); picklefix reads
    // them in any case, as its README says, so only capitals are compared here.
    for comment in [
        "  # noqa",
        "  # noqa: PKL002, F401 because",
        "  # NOQA:PKL002,F401",
    ] {
        let dir = text_tree(&[
            ("ours.py", &LAMBDA.replace("{COMMENT}", comment)),
            ("theirs.py", &IMPORT.replace("{COMMENT}", comment)),
        ]);
        let ruff = ruff(dir.path(), &["--isolated", "theirs.py"]);
        let ours = picklefix(dir.path(), &["ours.py"]);
        assert_eq!((ruff.code, ours.code), (0, 0), "{comment}: {}", ours.stdout);
        assert!(warnings(&ruff.stderr).is_empty(), "{}", ruff.stderr);
        assert!(warnings(&ours.stderr).is_empty(), "{}", ours.stderr);
    }
}

#[test]
fn quiet_silences_the_noqa_warning_as_in_ruff() {
    let comment = "  # noqa: TODO";
    let dir = text_tree(&[
        ("ours.py", &LAMBDA.replace("{COMMENT}", comment)),
        ("theirs.py", &IMPORT.replace("{COMMENT}", comment)),
    ]);
    let ruff = ruff(dir.path(), &["--isolated", "--quiet", "theirs.py"]);
    let ours = picklefix(dir.path(), &["--quiet", "ours.py"]);
    assert_eq!((ruff.code, ours.code), (1, 1));
    assert!(warnings(&ruff.stderr).is_empty(), "{}", ruff.stderr);
    assert!(warnings(&ours.stderr).is_empty(), "{}", ours.stderr);
}

/// Both findings in one file: F401 for ruff on line 1, PKL002 for picklefix on line 7.
const BOTH: &str = "import os\nfrom multiprocessing import Pool\n\n\ndef main():\n    with Pool(2) as pool:\n        print(pool.map(lambda x: x * 2, [1, 2, 3]))\n";

/// The files each tool reports in `dir` (ruff for F401, picklefix for PKL002), in order.
fn reported(dir: &Path) -> (Vec<String>, Vec<String>) {
    let paths = |stdout: &str, code: &str| -> Vec<String> {
        let mut paths: Vec<String> = stdout
            .lines()
            .filter(|line| line.contains(&format!(": {code} ")))
            .filter_map(|line| line.split(':').next())
            .map(str::to_string)
            .collect();
        paths.sort();
        paths
    };
    let ruff = ruff(dir, &["--output-format", "concise", "."]);
    let ours = picklefix(dir, &["."]);
    (paths(&ruff.stdout, "F401"), paths(&ours.stdout, "PKL002"))
}

/// The `warning:` lines of `stderr`, sorted, with `ruff:` read as `picklefix:` and each line
/// number moved down by `shift`.
fn as_ours(stderr: &str, shift: usize) -> Vec<String> {
    let mut lines: Vec<String> = warnings(stderr)
        .iter()
        .map(|line| {
            let line = line.replace("ruff:", "picklefix:");
            let Some((head, tail)) = line.split_once(".py:") else {
                return line;
            };
            let digits = tail
                .find(|c: char| !c.is_ascii_digit())
                .unwrap_or(tail.len());
            let number: usize = tail[..digits].parse().expect("a line number");
            format!("{head}.py:{}{}", number + shift, &tail[digits..])
        })
        .collect();
    lines.sort();
    lines
}

#[test]
fn a_file_level_noqa_suppresses_the_file_as_ruff_noqa_does() {
    let variants = [
        ("all.py", "# {TOOL}: noqa\n"),
        ("listed.py", "# {TOOL}: noqa: {CODE}\n"),
        ("other.py", "# {TOOL}: noqa: {OTHER}\n"),
        ("inline.py", "x = 1  # {TOOL}: noqa\n"),
        ("empty.py", "# {TOOL}: noqa:\n"),
        ("note.py", "# {TOOL}: noqa: TODO\n"),
    ];
    let mut files = Vec::new();
    for (name, comment) in variants {
        // The directive last, below the findings: it covers the whole file wherever it is.
        let ruff = comment.replace("{TOOL}", "ruff").replace("{CODE}", "F401");
        let ours = comment
            .replace("{TOOL}", "picklefix")
            .replace("{CODE}", "PKL002");
        let text = format!("{BOTH}{}{}", ruff, ours).replace("{OTHER}", "E501");
        files.push((name.to_string(), text));
    }
    let files: Vec<(&str, &str)> = files
        .iter()
        .map(|(n, t)| (n.as_str(), t.as_str()))
        .collect();
    let dir = text_tree(&files);
    let (theirs, ours) = reported(dir.path());
    assert_eq!(theirs, ["empty.py", "inline.py", "note.py", "other.py"]);
    assert_eq!(ours, theirs);
    // The same warnings, in ruff's words with `ruff:` read as `picklefix:`; ruff's line is one
    // above ours, since each file holds ruff's comment first.
    let ruff = ruff(dir.path(), &["."]);
    let ours = picklefix(dir.path(), &["."]);
    let expected = as_ours(&ruff.stderr, 1);
    let found = as_ours(&ours.stderr, 0);
    assert_eq!(found.len(), 3, "{}", ours.stderr);
    assert_eq!(found, expected);
}

#[test]
fn per_file_ignores_match_the_files_ruff_matches() {
    let names = [
        "tests/a.py",
        "tests/unit/b.py",
        "src/c.py",
        "src/__init__.py",
        "top.py",
    ];
    for (pattern, theirs_expected) in [
        ("tests/*", vec!["src/__init__.py", "src/c.py", "top.py"]),
        (
            "__init__.py",
            vec!["src/c.py", "tests/a.py", "tests/unit/b.py", "top.py"],
        ),
        ("!src/*", vec!["src/__init__.py", "src/c.py"]),
        ("unit/*", names.to_vec()),
        ("*.py", vec![]),
    ] {
        let ruff_toml = format!("[lint]\nper-file-ignores = {{ \"{pattern}\" = [\"F401\"] }}\n");
        let ours_toml = format!("per-file-ignores = {{ \"{pattern}\" = [\"PKL002\"] }}\n");
        let mut files: Vec<(&str, &str)> = names.iter().map(|name| (*name, BOTH)).collect();
        files.push(("ruff.toml", &ruff_toml));
        files.push(("picklefix.toml", &ours_toml));
        let dir = text_tree(&files);
        let (theirs, ours) = reported(dir.path());
        let mut theirs_expected: Vec<String> = theirs_expected
            .iter()
            .map(|name| name.to_string())
            .collect();
        theirs_expected.sort();
        assert_eq!(theirs, theirs_expected, "{pattern}: ruff");
        assert_eq!(ours, theirs, "{pattern}");
    }
}

#[test]
fn per_file_ignores_hold_for_stdin_under_its_stdin_filename() {
    let dir = text_tree(&[
        (
            "ruff.toml",
            "[lint]\nper-file-ignores = { \"tests/*\" = [\"F401\"] }\n",
        ),
        (
            "picklefix.toml",
            "per-file-ignores = { \"tests/*\" = [\"PKL002\"] }\n",
        ),
    ]);
    for (name, code) in [("tests/a.py", 0), ("src/a.py", 1)] {
        let ruff = Command::new(ruff_bin())
            .args([
                "check",
                "--no-cache",
                "--select",
                "F401",
                "--stdin-filename",
                name,
            ])
            .current_dir(dir.path())
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::null())
            .spawn()
            .and_then(|mut child| {
                use std::io::Write;
                child
                    .stdin
                    .take()
                    .expect("a stdin pipe")
                    .write_all(BOTH.as_bytes())?;
                child.wait()
            })
            .expect("run ruff");
        let ours =
            binary::picklefix_with_stdin(dir.path(), &["--stdin-filename", name], BOTH.as_bytes());
        assert_eq!((ruff.code(), ours.code), (Some(code), code), "{name}");
    }
}

/// The `artifactLocation.uri` of every result of a SARIF log.
fn sarif_uris(stdout: &str) -> Vec<String> {
    let log: serde_json::Value = serde_json::from_str(stdout).expect("a SARIF log");
    log["runs"][0]["results"]
        .as_array()
        .expect("results")
        .iter()
        .map(|result| {
            let location = &result["locations"][0]["physicalLocation"]["artifactLocation"];
            location["uri"].as_str().expect("a uri").to_string()
        })
        .collect()
}

#[test]
fn sarif_uris_are_relative_under_the_working_directory_and_file_uris_elsewhere() {
    let dir = text_tree(&[("proj/src/jobs.py", BOTH), ("other/my jobs.py", BOTH)]);
    let proj = dir.path().join("proj");
    // The working directory as the process sees it (a temporary directory may be a link).
    let cwd = std::fs::canonicalize(&proj).expect("the project directory");
    let outside = cwd.join("../other/my jobs.py");
    let outside = outside.to_str().expect("a UTF-8 path");
    let sarif = ["--output-format", "sarif"];
    let ruff = ruff(&cwd, &[&sarif[..], &["src/jobs.py", outside]].concat());
    let ours = picklefix(&cwd, &[&sarif[..], &["src/jobs.py", outside]].concat());
    let (mut theirs, mut ours) = (sarif_uris(&ruff.stdout), sarif_uris(&ours.stdout));
    theirs.sort();
    ours.sort();
    let other = cwd.parent().expect("a parent").join("other/my%20jobs.py");
    let other = format!("file://{}", other.display());
    // ruff makes every path absolute; picklefix keeps the one under the working directory
    // relative, as code scanning resolves it against the checkout.
    let absolute = format!("file://{}/src/jobs.py", cwd.display());
    assert_eq!(theirs, [other.clone(), absolute]);
    assert_eq!(ours, [other, "src/jobs.py".to_string()]);
}

#[test]
fn sarif_from_stdin_names_what_ruff_names() {
    let dir = text_tree(&[]);
    let stdin = |args: &[&str]| {
        let ours = binary::picklefix_with_stdin(dir.path(), args, BOTH.as_bytes());
        sarif_uris(&ours.stdout)
    };
    let ruff = Command::new(ruff_bin())
        .args([
            "check",
            "--no-cache",
            "--select",
            "F401",
            "--output-format",
            "sarif",
            "-",
        ])
        .current_dir(dir.path())
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .and_then(|mut child| {
            use std::io::Write;
            let mut input = child.stdin.take().expect("a stdin pipe");
            input.write_all(BOTH.as_bytes())?;
            drop(input);
            child.wait_with_output()
        })
        .expect("run ruff");
    let theirs = sarif_uris(&String::from_utf8_lossy(&ruff.stdout));
    assert_eq!(theirs, ["file://-"]);
    assert_eq!(stdin(&["--output-format", "sarif", "-"]), theirs);
    let named = stdin(&[
        "--output-format",
        "sarif",
        "--stdin-filename",
        "src/jobs.py",
    ]);
    assert_eq!(named, ["src/jobs.py"]);
}

// Installing and pre-commit -----------------------------------------------------------------

fn repository_file(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|error| panic!("{}: {error}", path.display()))
}

#[test]
fn pre_commit_hooks_are_serial_as_ruff_pre_commits_are() {
    let yaml = repository_file(".pre-commit-hooks.yaml");
    let hooks = yaml
        .lines()
        .filter(|line| line.starts_with("- id: "))
        .count();
    let serial = yaml
        .lines()
        .filter(|line| line.trim() == "require_serial: true")
        .count();
    assert_eq!(hooks, 2);
    assert_eq!(serial, hooks, "every hook runs once per commit:\n{yaml}");
}

#[test]
fn the_readme_pre_commit_rev_names_a_tag_or_commit_that_exists() {
    let readme = repository_file("README.md");
    let after_repo = readme
        .split("- repo: https://github.com/picklefix/picklefix")
        .nth(1)
        .expect("the README's pre-commit block");
    let rev = after_repo
        .lines()
        .find_map(|line| line.trim().strip_prefix("rev: "))
        .and_then(|rest| rest.split_whitespace().next())
        .expect("a rev: line");
    let git = |args: &[&str]| {
        Command::new("git")
            .args(args)
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .output()
            .expect("run git")
    };
    let tags = String::from_utf8_lossy(&git(&["tag", "--list"]).stdout).into_owned();
    let is_tag = tags.lines().any(|tag| tag == rev);
    let is_commit = rev.len() == 40
        && git(&["cat-file", "-e", &format!("{rev}^{{commit}}")])
            .status
            .success();
    assert!(
        is_tag || is_commit,
        "`rev: {rev}` is neither a tag nor a commit here"
    );
}

#[test]
fn cargo_declares_the_rust_version_the_readme_asks_for() {
    let manifest: toml::Table = repository_file("Cargo.toml").parse().expect("Cargo.toml");
    let version = manifest["package"]["rust-version"]
        .as_str()
        .expect("package.rust-version");
    let readme = repository_file("README.md");
    assert!(
        readme.contains(&format!("needs Rust {version} or later")),
        "the README's install line names Rust {version}"
    );
    assert!(readme.contains(&format!("`rust-version` in `Cargo.toml` ({version};")));
}

// Exit codes and streams ---------------------------------------------------------------------

/// Does not parse (line 3, column 7), and names Pool and holds a lambda so that picklefix's
/// prefilter parses it.
const BROKEN: &str = "from multiprocessing import Pool\n\ndef f(:\n    return lambda: 0\n";

/// A class defined in a function handed to `Pool.map`: PKL004, reported and never fixed.
const UNFIXABLE: &str = "from multiprocessing import Pool\n\n\ndef main():\n    class Job:\n        def __call__(self, x):\n            return x\n\n    with Pool(2) as pool:\n        pool.map(Job(), [1])\n";

#[test]
fn a_syntax_error_is_a_diagnostic_on_stdout_exiting_1_as_in_ruff() {
    let dir = text_tree(&[("bad.py", BROKEN)]);
    let theirs = ruff_check(dir.path(), &["--output-format", "concise", "bad.py"]);
    let ours = picklefix(dir.path(), &["bad.py"]);
    assert_eq!(
        (theirs.code, ours.code),
        (1, 1),
        "{}{}",
        theirs.stdout,
        ours.stdout
    );
    let prefix = "bad.py:3:7: invalid-syntax: ";
    assert!(theirs.stdout.starts_with(prefix), "{}", theirs.stdout);
    assert!(ours.stdout.starts_with(prefix), "{}", ours.stdout);
    assert_eq!((theirs.stderr.as_str(), ours.stderr.as_str()), ("", ""));
    // Beside a finding, still 1: exit 2 is kept for usage, settings and internal errors.
    let both = text_tree(&[
        ("bad.py", BROKEN),
        ("jobs.py", &LAMBDA.replace("{COMMENT}", "")),
    ]);
    assert_eq!(picklefix(both.path(), &[]).code, 1);
}

#[test]
fn a_binary_file_is_a_diagnostic_exiting_1_as_ruffs_e902() {
    let dir = tree(&[("blob.py", b"\x00\xff\xfemultiprocessing Pool")]);
    let theirs = ruff_check(dir.path(), &["--output-format", "concise", "blob.py"]);
    let ours = picklefix(dir.path(), &["blob.py"]);
    assert_eq!(
        (theirs.code, ours.code),
        (1, 1),
        "{}{}",
        theirs.stdout,
        ours.stdout
    );
    assert!(
        theirs.stdout.starts_with("blob.py:1:1: E902 "),
        "{}",
        theirs.stdout
    );
    assert!(
        ours.stdout.starts_with("blob.py: error: binary file"),
        "{}",
        ours.stdout
    );
}

#[test]
fn diff_with_only_unfixable_findings_exits_0_as_in_ruff() {
    // E731's fix is unsafe, so without --unsafe-fixes ruff has nothing to show.
    let dir = text_tree(&[("theirs.py", "f = lambda: 1\n"), ("ours.py", UNFIXABLE)]);
    let theirs = ruff_check(dir.path(), &["--select", "E731", "--diff", "theirs.py"]);
    let ours = picklefix(dir.path(), &["--diff", "ours.py"]);
    assert_eq!((theirs.code, ours.code), (0, 0), "{}", ours.stderr);
    assert_eq!(
        (theirs.stdout.contains("---"), ours.stdout.as_str()),
        (false, "")
    );
    assert_eq!(
        ours.stderr,
        "No fixes to show; 1 finding remains; 1 file scanned.\n"
    );
    // Without --diff the finding is reported and exits 1, as ruff's E731 does.
    assert_eq!(picklefix(dir.path(), &["ours.py"]).code, 1);
    assert_eq!(
        ruff_check(dir.path(), &["--select", "E731", "theirs.py"]).code,
        1
    );
}

#[test]
fn text_diagnostics_and_the_summary_share_stdout_as_in_ruff() {
    let dir = text_tree(&[
        ("theirs.py", &IMPORT.replace("{COMMENT}", "")),
        ("ours.py", &LAMBDA.replace("{COMMENT}", "")),
    ]);
    let theirs = ruff(dir.path(), &["--output-format", "concise", "theirs.py"]);
    let ours = picklefix(dir.path(), &["ours.py"]);
    assert_eq!((theirs.code, ours.code), (1, 1));
    assert!(
        theirs.stdout.contains("\nFound 1 error.\n"),
        "{}",
        theirs.stdout
    );
    let lines: Vec<&str> = ours.stdout.lines().collect();
    assert!(
        lines[0].starts_with("ours.py:6:24: PKL002 [*] "),
        "{}",
        ours.stdout
    );
    assert_eq!(
        lines[1],
        "Found 1 finding in 1 file (1 fixable with --fix); 1 file scanned."
    );
    assert_eq!((theirs.stderr.as_str(), ours.stderr.as_str()), ("", ""));
}

#[test]
fn beside_a_diff_or_a_document_the_summary_goes_to_stderr() {
    let dir = text_tree(&[("ours.py", &LAMBDA.replace("{COMMENT}", ""))]);
    let diff = picklefix(dir.path(), &["--diff", "ours.py"]);
    assert!(
        diff.stdout.starts_with("--- a/ours.py\n"),
        "{}",
        diff.stdout
    );
    assert!(
        !diff.stdout.contains("Would fix"),
        "the patch stays a patch"
    );
    assert!(
        diff.stderr.starts_with("Would fix 1 finding"),
        "{}",
        diff.stderr
    );
    for format in ["json", "sarif"] {
        let run = picklefix(dir.path(), &["--output-format", format, "ours.py"]);
        let parsed: Result<serde_json::Value, _> = serde_json::from_str(&run.stdout);
        assert!(parsed.is_ok(), "{format}: {}", run.stdout);
        assert!(run.stderr.starts_with("Found 1 finding"), "{}", run.stderr);
    }
    let github = picklefix(dir.path(), &["--output-format", "github", "ours.py"]);
    assert!(github.stdout.starts_with("::error "), "{}", github.stdout);
    assert!(
        github.stdout.ends_with("; 1 file scanned.\n"),
        "{}",
        github.stdout
    );
    assert_eq!(github.stderr, "");
}

/// The README's and `--help`'s one-liner, run literally by a shell in a git checkout.
#[test]
fn the_documented_diff_one_liner_applies_the_patch() {
    let one_liner = "picklefix --diff src > lift.patch; git apply lift.patch";
    let readme = repository_file("README.md");
    assert!(readme.contains(&format!("`{one_liner}`")), "README");
    let help = picklefix(Path::new("."), &["--help"]);
    assert!(help.stdout.contains(one_liner), "--help");
    let lambda = LAMBDA.replace("{COMMENT}", "");
    let dir = text_tree(&[("src/jobs.py", &lambda)]);
    let git = |args: &[&str]| {
        Command::new("git")
            .args(args)
            .current_dir(dir.path())
            .output()
    };
    assert!(git(&["init", "--quiet"]).is_ok_and(|out| out.status.success()));
    let bin = Path::new(env!("CARGO_BIN_EXE_picklefix"))
        .parent()
        .expect("bin dir");
    let path = format!(
        "{}:{}",
        bin.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let shell = Command::new("sh")
        .args(["-c", one_liner])
        .current_dir(dir.path())
        .env("PATH", path)
        .output()
        .expect("run sh");
    assert!(
        shell.status.success(),
        "{}",
        String::from_utf8_lossy(&shell.stderr)
    );
    let fixed = std::fs::read_to_string(dir.path().join("src/jobs.py")).expect("read");
    assert!(fixed.contains("def _main_task(x):"), "{fixed}");
    assert_eq!(
        picklefix(dir.path(), &["src"]).code,
        0,
        "nothing left to lift"
    );
}

/// A promise of the README's exit status table, the files and flags that test it, and the code.
type Scenario<'a> = (&'a str, &'a [(&'a str, &'a str)], &'a [&'a str], i32);

/// The README's one exit status table, row by row: each scenario names the words of its row
/// that promise it, and runs the binary to check the code.
#[test]
fn the_readme_exit_status_table_is_what_the_binary_does() {
    let readme = repository_file("README.md");
    let row = |code: i32| -> &str {
        let start = format!("| {code} | ");
        let rows: Vec<&str> = readme.lines().filter(|l| l.starts_with(&start)).collect();
        assert_eq!(rows.len(), 1, "one README row for exit status {code}");
        rows[0]
    };
    let lambda = LAMBDA.replace("{COMMENT}", "");
    let bad_settings = "[tool.picklefix]\nunsafe_fixes = true\n";
    #[rustfmt::skip]
    let scenarios: &[Scenario] = &[
        ("Nothing to report", &[("ok.py", "print(1)\n")], &[], 0),
        ("no diff was printed, even if unfixable findings remain", &[("j.py", UNFIXABLE)], &["--diff"], 0),
        ("Findings remain", &[("j.py", UNFIXABLE)], &[], 1),
        ("a syntax error", &[("bad.py", BROKEN)], &[], 1),
        ("a missing path", &[], &["missing.py"], 1),
        ("with `--diff`, a diff was printed", &[("j.py", &lambda)], &["--diff"], 1),
        ("with `--exit-non-zero-on-fix`, something was fixed", &[("j.py", &lambda)], &["--fix", "--exit-non-zero-on-fix"], 1),
        ("the usage", &[], &["--diff", "--fix"], 2),
        ("a settings file was wrong", &[("pyproject.toml", bad_settings), ("j.py", &lambda)], &[], 2),
    ];
    for (promise, files, args, code) in scenarios {
        assert!(
            row(*code).contains(promise),
            "{promise:?} is not in row {code}"
        );
        let dir = text_tree(files);
        let run = picklefix(dir.path(), args);
        assert_eq!(run.code, *code, "{promise}: {}{}", run.stdout, run.stderr);
    }
    let binary = tree(&[("blob.py", b"\x00multiprocessing")]);
    assert!(row(1).contains("a binary or unreadable file"));
    assert_eq!(picklefix(binary.path(), &[]).code, 1);
    assert!(row(2).contains("could not be written"));
    assert!(row(130).contains("`--fix` was interrupted"));
}

// A file named on the command line ---------------------------------------------------------

#[test]
fn a_named_file_is_checked_though_a_settings_exclude_matches_it_as_in_ruff() {
    let settings = "[tool.picklefix]\nextend-exclude = [\"ours.py\"]\n\
                    [tool.ruff]\nextend-exclude = [\"theirs.py\"]\n";
    let dir = text_tree(&[
        ("pyproject.toml", settings),
        ("theirs.py", &IMPORT.replace("{COMMENT}", "")),
        ("ours.py", &LAMBDA.replace("{COMMENT}", "")),
    ]);
    let named_theirs = ruff(dir.path(), &["theirs.py"]);
    let named_ours = picklefix(dir.path(), &["ours.py"]);
    assert_eq!(
        (named_theirs.code, named_ours.code),
        (1, 1),
        "{}",
        named_ours.stdout
    );
    assert!(named_ours.stdout.starts_with("ours.py:6:24: PKL002"));
    let walked_theirs = ruff(dir.path(), &["."]);
    let walked_ours = picklefix(dir.path(), &["."]);
    assert_eq!(
        (walked_theirs.code, walked_ours.code),
        (0, 0),
        "{}",
        walked_ours.stdout
    );
    let forced_theirs = ruff(dir.path(), &["--force-exclude", "theirs.py"]);
    let forced_ours = picklefix(dir.path(), &["--force-exclude", "ours.py"]);
    assert_eq!(
        (forced_theirs.code, forced_ours.code),
        (0, 0),
        "{}",
        forced_ours.stdout
    );
    assert_eq!(forced_ours.stdout, "All checked! 0 files scanned.\n");
}

// The flags and settings ruff users reach for ------------------------------------------------

#[test]
fn exit_zero_exits_0_on_findings_and_2_on_a_bad_setting_as_in_ruff() {
    let dir = text_tree(&[
        ("theirs.py", &IMPORT.replace("{COMMENT}", "")),
        ("ours.py", &LAMBDA.replace("{COMMENT}", "")),
        ("bad.py", BROKEN),
    ]);
    let theirs = ruff(dir.path(), &["--exit-zero", "theirs.py", "bad.py"]);
    let ours = picklefix(dir.path(), &["--exit-zero", "ours.py", "bad.py"]);
    assert_eq!((theirs.code, ours.code), (0, 0), "{}", ours.stdout);
    assert!(
        ours.stdout.contains("ours.py:6:24: PKL002"),
        "still reported"
    );
    let fix_too = ["--exit-zero", "--fix", "--exit-non-zero-on-fix", "ours.py"];
    assert_eq!(
        picklefix(dir.path(), &fix_too).code,
        0,
        "--exit-zero wins, as in ruff"
    );
    let broken = text_tree(&[
        (
            "pyproject.toml",
            "[tool.picklefix]\nnot-a-setting = 1\n[tool.ruff]\nnot-a-setting = 1\n",
        ),
        ("ours.py", "print(1)\n"),
    ]);
    let theirs = ruff(broken.path(), &["--exit-zero", "."]);
    let ours = picklefix(broken.path(), &["--exit-zero", "."]);
    assert_eq!((theirs.code, ours.code), (2, 2), "{}", ours.stderr);
}

#[test]
fn fix_only_fixes_without_reporting_what_remains_as_in_ruff() {
    let theirs_source = format!("{}x = lambda: 1\n", IMPORT.replace("{COMMENT}", ""));
    let dir = text_tree(&[
        ("theirs.py", &theirs_source),
        ("ours.py", &LAMBDA.replace("{COMMENT}", "")),
        ("left.py", UNFIXABLE),
    ]);
    let theirs = ruff_check(
        dir.path(),
        &["--select", "F401,E731", "--fix-only", "theirs.py"],
    );
    let ours = picklefix(dir.path(), &["--fix-only", "ours.py", "left.py"]);
    assert_eq!((theirs.code, ours.code), (0, 0), "{}", ours.stdout);
    assert!(
        theirs.stdout.starts_with("Fixed 1 error"),
        "{}",
        theirs.stdout
    );
    assert_eq!(
        ours.stdout,
        "Fixed 1 finding in 1 file; 1 remains; 2 files scanned.\n"
    );
    let fixed = std::fs::read_to_string(dir.path().join("ours.py")).expect("read");
    assert!(fixed.contains("def _main_task(x):"), "{fixed}");
    let again = ["--fix-only", "--exit-non-zero-on-fix", "left.py"];
    assert_eq!(picklefix(dir.path(), &again).code, 0, "nothing fixed");
}

#[test]
fn no_fix_cancels_an_earlier_fix_as_in_ruff() {
    let lambda = LAMBDA.replace("{COMMENT}", "");
    let dir = text_tree(&[
        ("theirs.py", &IMPORT.replace("{COMMENT}", "")),
        ("ours.py", &lambda),
    ]);
    let theirs = ruff(dir.path(), &["--fix", "--no-fix", "theirs.py"]);
    let ours = picklefix(dir.path(), &["--fix", "--no-fix", "ours.py"]);
    assert_eq!((theirs.code, ours.code), (1, 1));
    let kept = std::fs::read_to_string(dir.path().join("ours.py")).expect("read");
    assert_eq!(kept, lambda, "nothing written");
    assert!(
        ours.stdout.starts_with("ours.py:6:24: PKL002 [*]"),
        "{}",
        ours.stdout
    );
}

#[test]
fn extend_exclude_and_show_files_list_what_ruff_lists() {
    let dir = text_tree(&[
        ("src/theirs.py", "import os\n"),
        ("src/ours.py", "import multiprocessing\n"),
        ("gen/theirs.py", "import os\n"),
        ("gen/ours.py", "import multiprocessing\n"),
    ]);
    let theirs = ruff(
        dir.path(),
        &["--show-files", "--extend-exclude", "gen", "."],
    );
    let ours = picklefix(
        dir.path(),
        &["--show-files", "--extend-exclude", "gen", "."],
    );
    assert_eq!((theirs.code, ours.code), (0, 0));
    let root = dir.path().canonicalize().expect("root");
    let theirs: Vec<String> = theirs
        .stdout
        .lines()
        .map(|line| line.replace(&format!("{}/", root.display()), ""))
        .collect();
    assert_eq!(theirs, ["src/ours.py", "src/theirs.py"]);
    assert_eq!(ours.stdout, "src/ours.py\nsrc/theirs.py\n");
}

#[test]
fn a_dot_picklefix_toml_wins_in_its_directory_as_dot_ruff_toml_does() {
    let dir = text_tree(&[
        (".ruff.toml", "extend-exclude = [\"theirs.py\"]\n"),
        ("ruff.toml", "extend-exclude = []\n"),
        (".picklefix.toml", "extend-exclude = [\"ours.py\"]\n"),
        ("picklefix.toml", "extend-exclude = []\n"),
        ("pyproject.toml", "[tool.picklefix]\nselect = [\"ALL\"]\n"),
        ("theirs.py", &IMPORT.replace("{COMMENT}", "")),
        ("ours.py", &LAMBDA.replace("{COMMENT}", "")),
    ]);
    let theirs = ruff(dir.path(), &["."]);
    let ours = picklefix(dir.path(), &["."]);
    assert_eq!((theirs.code, ours.code), (0, 0), "{}", ours.stdout);
    assert_eq!(
        ours.stdout, "All checked! 1 file scanned.\n",
        "theirs.py only"
    );
}

#[test]
fn concise_and_full_are_text_without_and_with_the_source() {
    let dir = text_tree(&[("ours.py", &LAMBDA.replace("{COMMENT}", ""))]);
    let concise = picklefix(dir.path(), &["--output-format", "concise", "--show-source"]);
    let full = picklefix(dir.path(), &["--output-format", "full"]);
    assert_eq!(concise.stdout.lines().count(), 2, "{}", concise.stdout);
    let lines: Vec<&str> = full.stdout.lines().collect();
    assert!(
        lines[0].starts_with("ours.py:6:24: PKL002 [*]"),
        "{}",
        full.stdout
    );
    assert_eq!(
        lines[2],
        " 6 |         print(pool.map(lambda x: x * 2, [1, 2, 3]))"
    );
    // Then the fix as a diff under `help:`, as ruff's full (default) format shows it.
    assert_eq!(lines[4], "help: --fix makes this change:");
    assert!(
        full.stdout.contains("\n  +def _main_task(x):\n"),
        "{}",
        full.stdout
    );
    assert!(
        full.stdout
            .contains("\n  +        print(pool.map(_main_task, [1, 2, 3]))\n"),
        "{}",
        full.stdout
    );
    let theirs = text_tree(&[("theirs.py", &IMPORT.replace("{COMMENT}", ""))]);
    let ruff_full = ruff(theirs.path(), &["--output-format", "full", "theirs.py"]);
    assert!(
        ruff_full.stdout.contains("help: Remove unused import"),
        "{}",
        ruff_full.stdout
    );
    assert!(!concise.stdout.contains("help:"));
}

#[test]
fn flags_that_would_be_ignored_together_are_refused() {
    let dir = text_tree(&[("ours.py", "print(1)\n")]);
    for args in [
        &["--interactive", "--output-format", "json"][..],
        &["--interactive", "--output-format", "sarif"],
        &["--interactive", "--statistics"],
        &["--statistics", "--output-format", "sarif"],
        &["--statistics", "--output-format", "github"],
        &["--fix-only", "--statistics"],
        &["--show-files", "--fix"],
    ] {
        let run = picklefix(dir.path(), args);
        assert_eq!(run.code, 2, "{args:?}");
        assert!(
            run.stderr.starts_with("picklefix: error: "),
            "{args:?}: {}",
            run.stderr
        );
    }
}

/// The README's "For ruff users" table: every ruff flag its picklefix column calls "the same"
/// is one `picklefix --help` documents, and the default rules it lists are the defaults.
#[test]
fn the_readme_ruff_table_names_flags_picklefix_has() {
    let readme = repository_file("README.md");
    let start = readme.find("## For ruff users").expect("the section");
    let section = &readme[start..];
    let section = &section[..section.find("\n## ").unwrap_or(section.len())];
    let help = picklefix(Path::new("."), &["--help"]).stdout;
    let mut checked = 0;
    for row in section.lines().filter(|l| l.starts_with("| `")) {
        let cells: Vec<&str> = row.split(" | ").collect();
        if !cells
            .get(1)
            .is_some_and(|ours| ours.starts_with("the same"))
        {
            continue;
        }
        let flags = cells[0].split('`').filter(|part| part.starts_with("--"));
        for flag in flags.map(|flag| flag.split(' ').next().unwrap_or(flag)) {
            assert!(
                help.contains(&format!("{flag} ")) || help.contains(&format!("{flag}\n")),
                "{flag}"
            );
            checked += 1;
        }
    }
    assert!(checked >= 20, "{checked} flags checked");
    let defaults: Vec<&str> = picklefix::core::rules::Rule::DEFAULT
        .iter()
        .map(|rule| rule.code())
        .collect();
    let comment = format!("# default: {}", defaults.join(", "));
    assert!(readme.contains(&comment), "README lacks `{comment}`");
}

#[test]
fn output_file_takes_what_stdout_would_carry_as_in_ruff() {
    let dir = text_tree(&[
        ("theirs.py", &IMPORT.replace("{COMMENT}", "")),
        ("ours.py", &LAMBDA.replace("{COMMENT}", "")),
    ]);
    let args = ["--output-format", "concise", "--output-file"];
    let theirs = ruff(
        dir.path(),
        &[&args[..], &["theirs.txt", "theirs.py"]].concat(),
    );
    let ours = picklefix(dir.path(), &[&args[..], &["ours.txt", "ours.py"]].concat());
    assert_eq!((theirs.code, ours.code), (1, 1));
    assert_eq!((theirs.stdout.as_str(), ours.stdout.as_str()), ("", ""));
    let read = |name: &str| std::fs::read_to_string(dir.path().join(name)).expect("written");
    assert!(read("theirs.txt").contains("theirs.py:6:8: F401"));
    let written = read("ours.txt");
    assert!(
        written.starts_with("ours.py:6:24: PKL002 [*] "),
        "{written}"
    );
    assert!(written.ends_with("; 1 file scanned.\n"), "{written}");
    let sarif = picklefix(
        dir.path(),
        &["--output-format", "sarif", "--output-file", "o.sarif"],
    );
    let document: serde_json::Value = serde_json::from_str(&read("o.sarif")).expect("json");
    assert_eq!(document["version"], "2.1.0");
    assert!(
        sarif.stderr.starts_with("Found 1 finding"),
        "{}",
        sarif.stderr
    );
}

#[test]
fn show_settings_prints_what_the_first_file_is_checked_with() {
    let settings = "[tool.picklefix]\nignore = [\"PKL004\"]\nline-length = 100\n\
                    per-file-ignores = { \"jobs.py\" = [\"PKL002\"] }\n";
    let dir = text_tree(&[("pyproject.toml", settings), ("jobs.py", "print(1)\n")]);
    let theirs = ruff_check(dir.path(), &["--show-settings", "jobs.py"]);
    let ours = picklefix(dir.path(), &["--show-settings", "jobs.py"]);
    assert_eq!((theirs.code, ours.code), (0, 0), "{}", ours.stderr);
    assert!(
        theirs.stdout.starts_with("Resolved settings for: "),
        "{}",
        theirs.stdout
    );
    let root = dir.path().canonicalize().expect("root");
    let expected = format!(
        "Resolved settings for: jobs.py\nSettings file: {}/pyproject.toml\n\
         select = [\"PKL001\", \"PKL003\", \"PKL006\"]\nunsafe-fixes = false\n\
         force-exclude = false\nline-length = 100\nextend-apis = 0 declared\n",
        root.display()
    );
    assert_eq!(
        ours.stdout.replace(
            &dir.path().display().to_string(),
            &root.display().to_string()
        ),
        expected
    );
    let refused = picklefix(dir.path(), &["--show-settings", "--fix"]);
    assert_eq!(refused.code, 2);
}

#[test]
fn config_key_value_overrides_the_settings_files_as_in_ruff() {
    let settings = "[tool.picklefix]\nline-length = 70\n[tool.ruff]\nline-length = 70\n";
    let dir = text_tree(&[
        ("pyproject.toml", settings),
        ("theirs.py", &IMPORT.replace("{COMMENT}", "")),
        ("ours.py", &LAMBDA.replace("{COMMENT}", "")),
    ]);
    // ruff's default rules include F401 (the helper's --select would win over the setting).
    let theirs = ruff_check(
        dir.path(),
        &["--config", "lint.ignore = ['F401']", "theirs.py"],
    );
    let ours = picklefix(dir.path(), &["--config", "ignore = ['PKL002']", "ours.py"]);
    assert_eq!(
        (theirs.code, ours.code),
        (0, 0),
        "{}{}",
        ours.stdout,
        ours.stderr
    );
    let excluded = ["--config", "extend-exclude = ['ours.py', 'theirs.py']", "."];
    assert_eq!(
        (
            ruff(dir.path(), &excluded).code,
            picklefix(dir.path(), &excluded).code
        ),
        (0, 0)
    );
    let length = [
        "--config",
        "line-length = 100",
        "--show-settings",
        "ours.py",
    ];
    let shown = picklefix(dir.path(), &length);
    assert!(
        shown.stdout.contains("\nline-length = 100\n"),
        "{}",
        shown.stdout
    );
    let theirs = ruff(dir.path(), &["--config", "not-a-setting = 1", "theirs.py"]);
    let ours = picklefix(dir.path(), &["--config", "not-a-setting = 1", "ours.py"]);
    assert_eq!((theirs.code, ours.code), (2, 2));
    assert!(
        ours.stderr
            .starts_with("picklefix: error: --config:1:1: `not-a-setting` is not a setting"),
        "{}",
        ours.stderr
    );
}
