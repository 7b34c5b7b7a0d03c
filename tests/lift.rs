//! `picklefix --lift FILE:LINE[:COL]` end to end, over the fixtures in `tests/fixtures/lift`.
//!
//! Each fixture is a program whose first line says where to lift (`# lift: LINE[:COL]`). Its
//! snapshot holds the exit status and report of `--lift` and the diff of `--diff --lift`. The
//! harness also checks, for every fixture:
//! - a fixture marked `# picklefix-test: refused` exits 1 and `--fix` leaves it byte-identical;
//! - any other is lifted by `--fix` (exit 0), and the fixed program prints what the original
//!   printed when python3 runs it;
//! - lifting the lifted function again is refused because it is already at module level.
//!
//! `INSTA_GLOB_FILTER=name.py cargo test --test lift` runs one fixture.

use std::fs;
use std::path::Path;
use std::process::Command;

mod binary;
use binary::{picklefix, text_tree};

#[test]
fn fixtures() {
    insta::glob!("fixtures/lift/*.py", check_fixture);
}

fn check_fixture(path: &Path) {
    let source = fs::read_to_string(path).expect("read the fixture");
    let name = path.file_name().and_then(|n| n.to_str()).expect("a name");
    let position = source
        .lines()
        .next()
        .and_then(|l| l.strip_prefix("# lift: "))
        .expect("the first line says `# lift: LINE[:COL]`");
    let refused = source.contains("# picklefix-test: refused");
    let dir = text_tree(&[(name, &source)]);
    let target = format!("{name}:{position}");
    let report = picklefix(dir.path(), &["--lift", &target]);
    let diff = picklefix(dir.path(), &["--diff", "--lift", &target]);
    let snapshot = format!(
        "lift: {target}\nexit: {}\n{}\n{}",
        report.code,
        report.stdout.trim_end(),
        if diff.stdout.is_empty() {
            "(no changes)\n"
        } else {
            &diff.stdout
        }
    );
    insta::with_settings!({
        snapshot_path => "../snapshots",
        prepend_module_to_snapshot => false,
        omit_expression => true,
    }, {
        insta::assert_snapshot!("lift", snapshot);
    });
    let fixed = picklefix(dir.path(), &["--fix", "--lift", &target]);
    let after = fs::read_to_string(dir.path().join(name)).expect("read the fixed file");
    if refused {
        assert_eq!(
            (report.code, fixed.code),
            (1, 1),
            "{name}: {}",
            fixed.stderr
        );
        assert_eq!(after, source, "{name}: a refused lift changed the file");
        return;
    }
    assert_eq!(fixed.code, 0, "{name}: {}", fixed.stderr);
    assert_ne!(after, source, "{name}: nothing was lifted");
    assert_eq!(
        run_python(&dir.path().join(name)),
        run_python(path),
        "{name}"
    );
    assert_lifted_once(dir.path(), name, &after);
}

/// The lifted function is the first new module-level `def`; lifting it again is refused.
fn assert_lifted_once(dir: &Path, name: &str, after: &str) {
    let line = after
        .lines()
        .position(|l| l.starts_with("def "))
        .expect("a module-level def")
        + 1;
    let again = picklefix(dir, &["--fix", "--lift", &format!("{name}:{line}")]);
    assert_eq!(again.code, 1, "{name}: {}", again.stderr);
    assert!(
        again
            .stdout
            .contains("not lifted: it is already at module level"),
        "{name}: {}",
        again.stdout
    );
    assert_eq!(fs::read_to_string(dir.join(name)).expect("read"), after);
}

fn run_python(path: &Path) -> String {
    let output = Command::new("python3")
        .arg(path)
        .output()
        .expect("python3 runs");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout).into_owned()
}

// Positions that name no single target are usage errors (exit 2) that list the candidates.

const TWO_LAMBDAS: &str = "def f(k):\n    return (lambda: k), (lambda: k + 1)\n";

#[test]
fn a_line_with_two_lambdas_needs_a_column() {
    let dir = text_tree(&[("two.py", TWO_LAMBDAS)]);
    let run = picklefix(dir.path(), &["--lift", "two.py:2"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr.contains(
            "two.py: error: several lambdas or functions start on line 2; add the column of one: 2:13 (lambda), 2:26 (lambda)"
        ),
        "{}",
        run.stderr
    );
    let run = picklefix(dir.path(), &["--lift", "two.py:2:26"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stdout
            .starts_with("two.py:2:26: PKL002 [*] lambda: lift it to module level as `_f_lambda`"),
        "{}",
        run.stdout
    );
}

#[test]
fn a_position_without_a_target_lists_the_candidates() {
    let dir = text_tree(&[("two.py", TWO_LAMBDAS)]);
    let run = picklefix(dir.path(), &["--lift", "two.py:2:5"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("no lambda or function starts at 2:5; the candidates on that line are 2:13 (lambda), 2:26 (lambda)"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_malformed_position_or_extra_path_is_a_usage_error() {
    let dir = text_tree(&[("two.py", TWO_LAMBDAS)]);
    for args in [
        &["--lift", "two.py"][..],
        &["--lift", "two.py:0"],
        &["--lift", "two.py:2", "other.py"],
    ] {
        let run = picklefix(dir.path(), args);
        assert_eq!(run.code, 2, "{args:?}");
        assert!(
            run.stderr.starts_with("picklefix: error: --lift"),
            "{}",
            run.stderr
        );
    }
}
