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
use binary::{Run, picklefix, text_tree};

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

/// `ruff check --select F401` on `file` in `dir`, without a cache or the user's settings.
fn ruff(dir: &Path, args: &[&str]) -> Run {
    let output = Command::new(ruff_bin())
        .args(["check", "--no-cache", "--isolated", "--select", "F401"])
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
        let ruff = ruff(dir.path(), &["--output-format", "concise", "theirs.py"]);
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
        let ruff = ruff(dir.path(), &["theirs.py"]);
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
    let ruff = ruff(dir.path(), &["--quiet", "theirs.py"]);
    let ours = picklefix(dir.path(), &["--quiet", "ours.py"]);
    assert_eq!((ruff.code, ours.code), (1, 1));
    assert!(warnings(&ruff.stderr).is_empty(), "{}", ruff.stderr);
    assert!(warnings(&ours.stderr).is_empty(), "{}", ours.stderr);
}
