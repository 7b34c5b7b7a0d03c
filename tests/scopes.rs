//! The semantic model agrees with CPython's `symtable` on every scope of the sample files in
//! `tests/scopes/` (real-shaped code written for this check): `bench/scopes.py` compares the
//! locals and free variables of each function, lambda, class and comprehension, as
//! `bench/scopes.sh` does over a whole corpus.
//!
//! `python3` (3.11, as in CI) must be on `PATH`: the test fails, never skips, without it.

use std::path::Path;
use std::process::Command;

#[test]
fn the_model_agrees_with_symtable_on_the_sample() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let sample = root.join("tests/scopes");
    let output = Command::new("python3")
        .arg(root.join("bench/scopes.py"))
        .arg(&sample)
        .args(["--binary", env!("CARGO_BIN_EXE_picklefix"), "--jobs", "1"])
        .output()
        .unwrap_or_else(|error| {
            panic!("this test needs `python3` (3.11) on PATH, and it cannot be started: {error}")
        });
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        output.status.success(),
        "bench/scopes.py found disagreements or failed:\n{stdout}\n{stderr}"
    );
    let files = sample_files(&sample);
    let last = stdout.lines().last().unwrap_or_default();
    let (scopes, summary) = last
        .strip_prefix("scopes: ")
        .and_then(|rest| rest.split_once(" scopes in "))
        .unwrap_or_else(|| panic!("no summary line in:\n{stdout}\n{stderr}"));
    assert!(scopes.parse::<usize>().is_ok_and(|n| n > 100), "{last}");
    assert_eq!(
        summary,
        format!("{files} files, 0 disagreements"),
        "{stdout}"
    );
    assert!(
        stdout.contains("skipped: 0 files") && stdout.contains("not modelled: 0 files"),
        "every sample file must compile and be modelled:\n{stdout}"
    );
}

fn sample_files(dir: &Path) -> usize {
    std::fs::read_dir(dir)
        .unwrap_or_else(|error| panic!("cannot list {}: {error}", dir.display()))
        .filter(|entry| {
            entry
                .as_ref()
                .is_ok_and(|e| e.path().extension().is_some_and(|x| x == "py"))
        })
        .count()
}
