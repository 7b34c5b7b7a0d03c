//! What the tests that run the binary share: a temporary tree of files, and a run of
//! `picklefix` in it with its exit code and output.
//!
//! Runs clear `NO_COLOR` and `CI`, so that the output does not depend on the environment the
//! tests run in.

#![allow(dead_code)] // Each test crate uses a different part of this module.

use std::fs;
use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

use tempfile::TempDir;

pub struct Run {
    pub code: i32,
    pub stdout: String,
    /// Stdout as written, for output in a file's own encoding (`--diff` of a Latin-1 file).
    pub stdout_bytes: Vec<u8>,
    pub stderr: String,
}

/// A temporary directory holding `files` (paths relative to it, directories made as needed).
pub fn tree(files: &[(&str, &[u8])]) -> TempDir {
    let dir = tempfile::Builder::new()
        .prefix("picklefix-test")
        .tempdir()
        .expect("create a temporary directory");
    for (path, content) in files {
        let path = dir.path().join(path);
        fs::create_dir_all(path.parent().expect("a parent")).expect("create directories");
        fs::write(path, content).expect("write a file");
    }
    dir
}

/// `tree` for files given as text.
pub fn text_tree(files: &[(&str, &str)]) -> TempDir {
    let bytes: Vec<(&str, &[u8])> = files.iter().map(|(p, c)| (*p, c.as_bytes())).collect();
    tree(&bytes)
}

pub fn picklefix(dir: &Path, args: &[&str]) -> Run {
    picklefix_with_stdin(dir, args, b"")
}

pub fn picklefix_with_stdin(dir: &Path, args: &[&str], stdin: &[u8]) -> Run {
    let mut child = Command::new(env!("CARGO_BIN_EXE_picklefix"))
        .args(args)
        .current_dir(dir)
        .env_remove("NO_COLOR")
        .env_remove("CI")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run picklefix");
    child
        .stdin
        .take()
        .expect("a stdin pipe")
        .write_all(stdin)
        .expect("write stdin");
    let output = child.wait_with_output().expect("wait for picklefix");
    Run {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stdout_bytes: output.stdout,
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

/// Run git in `dir`, which must succeed.
pub fn git(dir: &Path, args: &[&str]) {
    let status = Command::new("git")
        .args(args)
        .current_dir(dir)
        .status()
        .expect("run git");
    assert!(status.success(), "git {args:?} failed");
}
