//! The binary end to end: exit codes, discovery, stdin, --diff with `git apply`, --fix, and the
//! errors that must be reported without stopping the run. Each test builds a small tree in a
//! temporary directory and runs `picklefix` there.
//!
//! Tests whose names start with `finding_` need the analysis to report the lambda in
//! `EXAMPLE`; the rest hold whatever the analysis finds, and use files that cannot hold a
//! finding (or cannot be read) to observe what was walked.

use std::fs;

use tempfile::TempDir;

mod binary;
use binary::{git, picklefix, picklefix_with_stdin, tree};

/// The lambda handed to `Pool.map` is a PKL002 finding.
const EXAMPLE: &str = r#"from multiprocessing import Pool


def main():
    with Pool(2) as pool:
        print(pool.map(lambda x: x * 2, [1, 2, 3]))


if __name__ == "__main__":
    main()
"#;

/// What `--fix` makes of `EXAMPLE`.
const EXAMPLE_FIXED: &str = r#"from multiprocessing import Pool


def _main_task(x):
    return x * 2


def main():
    with Pool(2) as pool:
        print(pool.map(_main_task, [1, 2, 3]))


if __name__ == "__main__":
    main()
"#;

/// The diff of that fix, as the README shows it.
const EXAMPLE_DIFF: &str = r#"--- a/example.py
+++ b/example.py
@@ -1,9 +1,13 @@
 from multiprocessing import Pool
 
 
+def _main_task(x):
+    return x * 2
+
+
 def main():
     with Pool(2) as pool:
-        print(pool.map(lambda x: x * 2, [1, 2, 3]))
+        print(pool.map(_main_task, [1, 2, 3]))
 
 
 if __name__ == "__main__":
"#;

/// Uses a process pool correctly: parsed and analysed, nothing to find.
const CLEAN: &str = r#"from multiprocessing import Pool


def double(x):
    return x * 2


if __name__ == "__main__":
    with Pool(2) as pool:
        print(pool.map(double, [1, 2, 3]))
"#;

/// Never mentions a process API: skipped by the prefilter.
const PLAIN: &str = "print('hello')\n";

/// Mentions multiprocessing, so it is parsed, and does not parse: a visible marker of which
/// files were walked.
// A file the prefilter takes (it names Pool and holds a lambda), so that it is parsed and its
// error reported.
const BROKEN: &str = "from multiprocessing import Pool\n\ndef f(:\n    return lambda: 0\n";

fn read(dir: &TempDir, path: &str) -> String {
    fs::read_to_string(dir.path().join(path)).unwrap()
}

// Exit codes -------------------------------------------------------------------------------

#[test]
fn clean_tree_exits_0() {
    let dir = tree(&[
        ("clean.py", CLEAN.as_bytes()),
        ("pkg/plain.py", PLAIN.as_bytes()),
    ]);
    let run = picklefix(dir.path(), &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(run.stdout, "All checked! 2 files scanned.\n");
    assert_eq!(run.stderr, "");
}

#[test]
fn clean_tree_exits_0_in_every_mode() {
    let dir = tree(&[("clean.py", CLEAN.as_bytes())]);
    // The summary shares stdout with diagnostics, and goes to stderr beside a diff.
    let diff = picklefix(dir.path(), &["--diff"]);
    assert_eq!((diff.code, diff.stdout.as_str()), (0, ""));
    assert_eq!(diff.stderr, "All checked! 1 file scanned.\n");
    let fix = picklefix(dir.path(), &["--fix"]);
    assert_eq!(fix.code, 0);
    assert_eq!(fix.stdout, "All checked! 1 file scanned.\n");
    assert_eq!(read(&dir, "clean.py"), CLEAN);
    assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1, "no file left");
}

#[test]
fn finding_exits_1_with_a_diagnostic_line() {
    let dir = tree(&[
        ("example.py", EXAMPLE.as_bytes()),
        ("clean.py", CLEAN.as_bytes()),
    ]);
    let run = picklefix(dir.path(), &[]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stdout.starts_with("example.py:6:24: PKL002"),
        "{}",
        run.stdout
    );
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(lines.len(), 2, "{}", run.stdout);
    assert!(
        lines[1].starts_with("Found 1 finding in 1 file"),
        "{}",
        lines[1]
    );
    assert!(lines[1].ends_with("; 2 files scanned."), "{}", lines[1]);
    assert_eq!(run.stderr, "");
}

#[test]
fn syntax_error_beside_good_files_is_a_diagnostic_and_exits_1() {
    let dir = tree(&[
        ("bad.py", BROKEN.as_bytes()),
        ("clean.py", CLEAN.as_bytes()),
        ("plain.py", PLAIN.as_bytes()),
    ]);
    let run = picklefix(dir.path(), &[]);
    assert_eq!(run.code, 1);
    assert_eq!(
        run.stdout,
        "bad.py:3:7: invalid-syntax: expected `)`\n\
         No findings; 3 files scanned, 1 skipped with an error.\n"
    );
    assert_eq!(run.stderr, "");
    assert_eq!(read(&dir, "bad.py"), BROKEN, "never rewritten");
}

/// tree-sitter parses a block with no statement (`if k:` before a line that is not indented
/// further); CPython refuses it, so a fix must not touch the file, lambda or not.
#[test]
fn an_empty_block_is_a_syntax_error_and_the_file_is_left_alone() {
    let empty = "import multiprocessing\n\n\ndef main():\n    k = 1\n    if k:\n    \
                 with multiprocessing.Pool() as p:\n        p.map(lambda x: x + k, [1])\n";
    let dir = tree(&[
        ("empty.py", empty.as_bytes()),
        ("clean.py", CLEAN.as_bytes()),
    ]);
    let run = picklefix(dir.path(), &["--fix"]);
    assert_eq!(run.code, 1);
    assert_eq!(
        run.stdout,
        "empty.py:6:5: invalid-syntax: expected an indented block after 'if' statement on line 6\n\
         No findings; 2 files scanned, 1 skipped with an error.\n"
    );
    assert_eq!(read(&dir, "empty.py"), empty, "never rewritten");
}

#[test]
fn finding_is_still_reported_beside_a_syntax_error() {
    let dir = tree(&[
        ("bad.py", BROKEN.as_bytes()),
        ("example.py", EXAMPLE.as_bytes()),
    ]);
    let run = picklefix(dir.path(), &[]);
    assert_eq!(run.code, 1);
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert!(
        lines[0].starts_with("bad.py:3:7: invalid-syntax"),
        "{}",
        run.stdout
    );
    assert!(
        lines[1].starts_with("example.py:6:24: PKL002"),
        "{}",
        run.stdout
    );
}

#[test]
fn diff_with_fix_is_a_usage_error() {
    let dir = tree(&[("clean.py", CLEAN.as_bytes())]);
    let run = picklefix(dir.path(), &["--diff", "--fix"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.starts_with("picklefix: error: --diff"),
        "{}",
        run.stderr
    );
}

#[test]
fn missing_path_is_reported_and_the_rest_checked() {
    let dir = tree(&[("clean.py", CLEAN.as_bytes())]);
    let run = picklefix(dir.path(), &["missing.py", "clean.py"]);
    assert_eq!(run.code, 1, "a diagnostic, as ruff's E902");
    assert!(
        run.stdout
            .starts_with("missing.py: error: could not read: "),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout
            .ends_with("1 file scanned, 1 skipped with an error.\n")
    );
}

// --diff and --fix -------------------------------------------------------------------------

#[test]
fn finding_diff_applies_with_git_apply_and_matches_fix() {
    let dir = tree(&[
        ("example.py", EXAMPLE.as_bytes()),
        ("clean.py", CLEAN.as_bytes()),
    ]);
    git(dir.path(), &["init", "--quiet"]);
    let run = picklefix(dir.path(), &["--diff"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert_eq!(run.stdout, EXAMPLE_DIFF);
    assert_eq!(read(&dir, "example.py"), EXAMPLE, "--diff writes nothing");
    fs::write(dir.path().join("fix.patch"), &run.stdout).unwrap();
    git(dir.path(), &["apply", "--check", "fix.patch"]);
    git(dir.path(), &["apply", "fix.patch"]);

    let fixed = tree(&[("example.py", EXAMPLE.as_bytes())]);
    assert_eq!(picklefix(fixed.path(), &["--fix"]).code, 0);
    assert_eq!(read(&dir, "example.py"), read(&fixed, "example.py"));
}

#[test]
fn finding_fix_rewrites_in_place_and_leaves_clean_files_alone() {
    let dir = tree(&[
        ("pkg/example.py", EXAMPLE.as_bytes()),
        ("clean.py", CLEAN.as_bytes()),
    ]);
    let run = picklefix(dir.path(), &["--fix"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(run.stdout, "Fixed 1 finding in 1 file; 2 files scanned.\n");
    assert_eq!(run.stderr, "");
    assert_eq!(read(&dir, "pkg/example.py"), EXAMPLE_FIXED);
    assert_eq!(read(&dir, "clean.py"), CLEAN);
    let again = picklefix(dir.path(), &["--fix"]);
    assert_eq!(again.code, 0);
    assert_eq!(again.stdout, "All checked! 2 files scanned.\n");
}

/// Run as `python -m pkg`, a package's `__main__.py` is never imported by a worker started
/// by spawn or forkserver, so nothing lifted there would be found: the finding stays, with
/// the reason, and the file is not written. The same source beside it is fixed.
#[test]
fn finding_in_a_package_main_module_is_refused_and_left_alone() {
    let dir = tree(&[
        ("pkg/__init__.py", b""),
        ("pkg/__main__.py", EXAMPLE.as_bytes()),
        ("pkg/example.py", EXAMPLE.as_bytes()),
    ]);
    let run = picklefix(dir.path(), &["--fix"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stdout.contains(
            "pkg/__main__.py:6:24: PKL002 lambda passed to `Pool.map` cannot be pickled; not fixed: the file is a `__main__.py`, which a worker started by spawn or forkserver never imports"
        ),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout
            .ends_with("Fixed 1 finding in 1 file; 1 remains; 3 files scanned.\n"),
        "{}",
        run.stdout
    );
    assert_eq!(read(&dir, "pkg/__main__.py"), EXAMPLE);
    assert_eq!(read(&dir, "pkg/example.py"), EXAMPLE_FIXED);
}

#[test]
fn finding_fix_keeps_the_byte_order_mark() {
    let with_bom = format!("\u{feff}{EXAMPLE}");
    let dir = tree(&[("example.py", with_bom.as_bytes())]);
    assert_eq!(picklefix(dir.path(), &["--fix"]).code, 0);
    assert_eq!(read(&dir, "example.py"), format!("\u{feff}{EXAMPLE_FIXED}"));
}

#[cfg(unix)]
#[test]
fn finding_fix_reports_a_read_only_file_and_leaves_it() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tree(&[("example.py", EXAMPLE.as_bytes())]);
    let path = dir.path().join("example.py");
    fs::set_permissions(&path, fs::Permissions::from_mode(0o444)).unwrap();
    let run = picklefix(dir.path(), &["--fix"]);
    assert_eq!(run.code, 2, "a failed write is picklefix failing");
    assert!(
        run.stderr
            .starts_with("example.py: error: read-only; not written")
    );
    assert_eq!(read(&dir, "example.py"), EXAMPLE);
}

// stdin ------------------------------------------------------------------------------------

#[test]
fn stdin_clean_source_in_every_mode() {
    let dir = tree(&[]);
    let report = picklefix_with_stdin(dir.path(), &["-"], CLEAN.as_bytes());
    assert_eq!(report.code, 0);
    assert_eq!(report.stdout, "All checked! 1 file scanned.\n");
    let diff = picklefix_with_stdin(dir.path(), &["--diff", "-"], CLEAN.as_bytes());
    assert_eq!((diff.code, diff.stdout.as_str()), (0, ""));
    let fix = picklefix_with_stdin(dir.path(), &["--fix", "-"], CLEAN.as_bytes());
    assert_eq!((fix.code, fix.stdout.as_str()), (0, CLEAN), "source echoed");
}

#[test]
fn stdin_syntax_error_uses_the_stdin_filename_and_echoes_the_source_with_fix() {
    let dir = tree(&[]);
    let args = ["--fix", "--stdin-filename", "jobs.py"];
    let run = picklefix_with_stdin(dir.path(), &args, BROKEN.as_bytes());
    assert_eq!(run.code, 1);
    assert_eq!(
        run.stdout, BROKEN,
        "an editor filter must not lose the buffer"
    );
    assert!(
        run.stderr.starts_with("jobs.py:3:7: invalid-syntax"),
        "{}",
        run.stderr
    );
}

#[test]
fn finding_stdin_report_uses_dash_or_the_stdin_filename() {
    let dir = tree(&[]);
    let dash = picklefix_with_stdin(dir.path(), &["-"], EXAMPLE.as_bytes());
    assert_eq!(dash.code, 1);
    assert!(dash.stdout.starts_with("-:6:24: PKL002"), "{}", dash.stdout);
    let args = ["--stdin-filename", "example.py"];
    let named = picklefix_with_stdin(dir.path(), &args, EXAMPLE.as_bytes());
    assert!(
        named.stdout.starts_with("example.py:6:24: PKL002"),
        "{}",
        named.stdout
    );
}

#[test]
fn finding_stdin_diff_prints_the_diff() {
    let dir = tree(&[]);
    let args = ["--diff", "--stdin-filename", "example.py", "-"];
    let run = picklefix_with_stdin(dir.path(), &args, EXAMPLE.as_bytes());
    assert_eq!(run.code, 1);
    assert_eq!(run.stdout, EXAMPLE_DIFF);
}

#[test]
fn finding_stdin_fix_prints_only_the_fixed_source() {
    let dir = tree(&[]);
    let run = picklefix_with_stdin(dir.path(), &["--fix", "-"], EXAMPLE.as_bytes());
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(run.stdout, EXAMPLE_FIXED);
}

// Discovery --------------------------------------------------------------------------------

#[test]
fn gitignore_ignore_and_hidden_files_are_respected_outside_git() {
    let dir = tree(&[
        (".gitignore", b"build/\n"),
        (".ignore", b"generated_*.py\n"),
        ("build/bad.py", BROKEN.as_bytes()),
        ("generated_bad.py", BROKEN.as_bytes()),
        (".hidden/bad.py", BROKEN.as_bytes()),
        (".bad.py", BROKEN.as_bytes()),
        ("clean.py", CLEAN.as_bytes()),
        ("stub.pyi", BROKEN.as_bytes()),
        ("notes.txt", BROKEN.as_bytes()),
    ]);
    let run = picklefix(dir.path(), &[]);
    assert_eq!(run.stdout, "All checked! 1 file scanned.\n");
    assert_eq!(run.code, 0);
}

#[test]
fn no_ignore_walks_ignored_and_hidden_files() {
    let dir = tree(&[
        (".gitignore", b"build/\n"),
        ("build/bad.py", BROKEN.as_bytes()),
        (".hidden/bad.py", BROKEN.as_bytes()),
        ("clean.py", CLEAN.as_bytes()),
        ("stub.pyi", BROKEN.as_bytes()),
    ]);
    let run = picklefix(dir.path(), &["--no-ignore"]);
    assert_eq!(run.code, 1);
    let walked: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(
        walked,
        [
            ".hidden/bad.py:3:7: invalid-syntax: expected `)`",
            "build/bad.py:3:7: invalid-syntax: expected `)`",
            "No findings; 3 files scanned, 2 skipped with errors.",
        ]
    );
}

#[test]
fn exclude_globs_skip_names_anywhere_and_anchored_paths() {
    let dir = tree(&[
        ("src/gen_bad.py", BROKEN.as_bytes()),
        ("src/fixtures/bad.py", BROKEN.as_bytes()),
        ("fixtures/kept.py", CLEAN.as_bytes()),
        ("src/clean.py", CLEAN.as_bytes()),
    ]);
    let excludes = ["--exclude", "gen_*.py", "--exclude", "src/fixtures"];
    let run = picklefix(dir.path(), &excludes);
    assert_eq!(run.stdout, "All checked! 2 files scanned.\n");
    let inside = picklefix(
        dir.path(),
        &["--exclude", "gen_*.py", "--exclude", "fixtures", "src"],
    );
    assert_eq!(inside.stdout, "All checked! 1 file scanned.\n");
}

#[test]
fn explicit_files_are_always_taken() {
    let dir = tree(&[
        (".gitignore", b"ignored.py\n"),
        ("ignored.py", BROKEN.as_bytes()),
        ("script", BROKEN.as_bytes()),
        ("clean.py", CLEAN.as_bytes()),
    ]);
    let run = picklefix(
        dir.path(),
        &["--exclude", "ignored.py", "ignored.py", "script", "."],
    );
    assert_eq!(run.code, 1);
    assert_eq!(
        run.stdout.lines().collect::<Vec<_>>(),
        [
            "ignored.py:3:7: invalid-syntax: expected `)`",
            "script:3:7: invalid-syntax: expected `)`",
            "No findings; 3 files scanned, 2 skipped with errors.",
        ]
    );
}

#[test]
fn overlapping_roots_check_each_file_once() {
    let dir = tree(&[
        ("src/bad.py", BROKEN.as_bytes()),
        ("clean.py", CLEAN.as_bytes()),
    ]);
    let run = picklefix(dir.path(), &[".", "src", "./src/bad.py"]);
    assert_eq!(
        run.stdout,
        "src/bad.py:3:7: invalid-syntax: expected `)`\n\
         No findings; 2 files scanned, 1 skipped with an error.\n"
    );
}

/// `x/main.py` imports its own `x/utils.py` (a script's folder comes first on `sys.path`), not
/// the `utils` of another root that defines a wrapper of the same name; a script beside that
/// wrapper still goes through it.
#[test]
fn a_wrapper_module_that_another_root_also_has_is_not_taken() {
    let wrapper = "from concurrent.futures import ProcessPoolExecutor\n\n\n\
                   def run(fn, *args):\n    \
                       with ProcessPoolExecutor(1) as ex:\n        \
                           return ex.submit(fn, *args).result()\n";
    let main = "from utils import run\n\n\n\
                def main():\n    k = 3\n    print(run(lambda: k * 2))\n";
    let dir = tree(&[
        ("x/utils.py", b"def run(fn):\n    return fn()\n"),
        ("x/main.py", main.as_bytes()),
        ("y/utils.py", wrapper.as_bytes()),
        ("y/main.py", main.as_bytes()),
    ]);
    let reported = |args: &[&str]| -> Vec<String> {
        let run = picklefix(dir.path(), args);
        let lines = run.stdout.lines();
        lines
            .map(|l| l.split(':').next().unwrap_or(l).to_string())
            .collect()
    };
    assert_eq!(reported(&["--quiet", "x", "y"]), ["y/main.py"]);
    let files = ["--quiet", "x/main.py", "x/utils.py", "y/utils.py"];
    assert!(reported(&files).is_empty());
    assert_eq!(reported(&["--quiet", "y"]), ["y/main.py"]);
}

#[cfg(unix)]
#[test]
fn broken_symlinks_are_reported_and_directory_links_not_followed() {
    let dir = tree(&[
        ("pkg/bad.py", BROKEN.as_bytes()),
        ("clean.py", CLEAN.as_bytes()),
    ]);
    std::os::unix::fs::symlink("nowhere.py", dir.path().join("broken.py")).unwrap();
    std::os::unix::fs::symlink("pkg", dir.path().join("linked_pkg")).unwrap();
    std::os::unix::fs::symlink("clean.py", dir.path().join("alias.py")).unwrap();
    let run = picklefix(dir.path(), &[]);
    assert_eq!(run.code, 1);
    assert_eq!(
        run.stdout.lines().collect::<Vec<_>>(),
        [
            "broken.py: error: is a broken symbolic link (its target does not exist); skipped",
            "pkg/bad.py:3:7: invalid-syntax: expected `)`",
            "No findings; 3 files scanned, 2 skipped with errors.",
        ]
    );
}

// Files that cannot be read as source ------------------------------------------------------

#[test]
fn non_utf8_and_binary_files_are_reported_and_the_rest_checked() {
    let dir = tree(&[
        ("latin1.py", b"import multiprocessing\ns = '\xe9t\xe9'\n"),
        ("data.py", b"\x00\x01\x02multiprocessing"),
        ("clean.py", CLEAN.as_bytes()),
        ("bom.py", format!("\u{feff}{CLEAN}").as_bytes()),
    ]);
    let run = picklefix(dir.path(), &[]);
    assert_eq!(run.code, 1);
    assert_eq!(
        run.stdout.lines().collect::<Vec<_>>(),
        [
            "data.py: error: binary file (it contains a NUL byte); skipped",
            "latin1.py: error: not valid UTF-8 (line 2) and no coding cookie declares another encoding; skipped (add one such as '# -*- coding: latin-1 -*-' or convert the file to UTF-8)",
            "No findings; 4 files scanned, 2 skipped with errors.",
        ]
    );
}

// Output -----------------------------------------------------------------------------------

/// A tree with problems and findings spread over directories, checked with different thread
/// counts: output must not depend on scheduling, and comes in path order.
#[test]
fn output_is_deterministic_and_in_path_order() {
    let mut files: Vec<(String, &[u8])> = Vec::new();
    for i in 0..40 {
        files.push((format!("d{}/bad_{i:02}.py", i % 7), BROKEN.as_bytes()));
        files.push((format!("d{}/example_{i:02}.py", i % 5), EXAMPLE.as_bytes()));
        files.push((format!("e/clean_{i:02}.py"), CLEAN.as_bytes()));
    }
    let files: Vec<(&str, &[u8])> = files.iter().map(|(p, c)| (p.as_str(), *c)).collect();
    let dir = tree(&files);
    let first = picklefix(dir.path(), &["--threads", "8"]);
    let second = picklefix(dir.path(), &["--threads", "8"]);
    let single = picklefix(dir.path(), &["--threads", "1"]);
    for run in [&second, &single] {
        assert_eq!((&run.stdout, &run.stderr), (&first.stdout, &first.stderr));
    }
    let problems: Vec<&str> = first
        .stdout
        .lines()
        .filter(|l| l.contains("bad_"))
        .collect();
    assert_eq!(problems.len(), 40);
    // Problems and findings share stdout in path order, then the summary.
    let mut lines: Vec<&str> = first.stdout.lines().collect();
    let summary = lines.pop().unwrap_or_default();
    assert!(summary.starts_with("Found 40 findings"), "{summary}");
    assert!(lines.is_sorted(), "{lines:#?}");
    assert_eq!(first.stderr, "");
}

#[test]
fn quiet_leaves_out_the_summary_only() {
    let dir = tree(&[
        ("bad.py", BROKEN.as_bytes()),
        ("clean.py", CLEAN.as_bytes()),
    ]);
    let run = picklefix(dir.path(), &["--quiet"]);
    assert_eq!(run.code, 1);
    assert_eq!(run.stdout, "bad.py:3:7: invalid-syntax: expected `)`\n");
    assert_eq!(run.stderr, "");
}

#[test]
fn explain_prints_the_rule_documentation() {
    let dir = tree(&[]);
    let run = picklefix(dir.path(), &["--explain", "PKL002"]);
    assert_eq!(run.code, 0);
    let doc = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/rules/PKL002.md");
    assert_eq!(run.stdout, fs::read_to_string(doc).unwrap());
}

#[test]
fn explain_unknown_code_lists_the_rules() {
    let dir = tree(&[]);
    let run = picklefix(dir.path(), &["--explain", "PKL999"]);
    assert_eq!(run.code, 2);
    assert_eq!(run.stdout, "");
    for code in ["PKL001", "PKL002", "PKL003"] {
        assert!(run.stderr.contains(code), "{}", run.stderr);
    }
}

#[test]
fn version_is_the_crate_version() {
    let dir = tree(&[]);
    let run = picklefix(dir.path(), &["--version"]);
    assert_eq!(run.code, 0);
    assert_eq!(
        run.stdout,
        format!("picklefix {}\n", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn help_has_an_example_for_every_flag() {
    let dir = tree(&[]);
    let run = picklefix(dir.path(), &["--help"]);
    assert_eq!(run.code, 0);
    // PATH and the 33 options besides --help, --version and --no-show-source (hidden), and
    // the hidden --no-prefilter and --stress-lift-all.
    let flags = 34;
    assert_eq!(run.stdout.matches("Example: picklefix").count(), flags);
    insta::with_settings!({snapshot_path => "../snapshots"}, {
        insta::assert_snapshot!("help", run.stdout);
    });
}

#[test]
fn bad_usage_exits_2_with_a_message() {
    let dir = tree(&[("clean.py", CLEAN.as_bytes())]);
    let glob = picklefix(dir.path(), &["--exclude", "src/[z-a]"]);
    assert_eq!(glob.code, 2);
    assert!(
        glob.stderr
            .starts_with("picklefix: error: Could not use --exclude 'src/[z-a]'")
    );
    let stdin_and_path = picklefix(dir.path(), &["-", "clean.py"]);
    assert_eq!(stdin_and_path.code, 2);
    assert!(stdin_and_path.stderr.contains("cannot be combined"));
    assert_eq!(picklefix(dir.path(), &["--threads", "0"]).code, 2);
}

#[test]
fn fork_context_sites_are_reported_only_when_asked() {
    let source = "import multiprocessing as mp\n\n\ndef main():\n    ctx = mp.get_context(\"fork\")\n    ctx.Process(target=lambda: print(1)).start()\n";
    let dir = tree(&[("forked.py", source.as_bytes())]);
    let default = picklefix(dir.path(), &["forked.py"]);
    assert_eq!(default.code, 0, "{}", default.stdout);
    let asked = picklefix(dir.path(), &["--extend-select", "PKL005", "forked.py"]);
    assert_eq!(asked.code, 1);
    assert!(
        asked.stdout.starts_with("forked.py:6:24: PKL005 lambda passed to `Process(target=...)` could not be pickled, but this explicit fork context's child inherits it"),
        "{}",
        asked.stdout
    );
    let fixed = picklefix(dir.path(), &["--select", "ALL", "--fix", "forked.py"]);
    assert_eq!(
        read(&dir, "forked.py"),
        source,
        "never rewritten: {}",
        fixed.stderr
    );
}
