//! Behaviour tests: every program fixture, after picklefix has fixed it, prints what it should
//! under the `spawn` and `forkserver` start methods.
//!
//! What a program should print: its `NAME.expected` file when it has one, otherwise what the
//! original prints under `fork`. A program has an `.expected` file exactly when the original
//! does not run under `fork` (tasks handed to `Pool` or `ProcessPoolExecutor` are pickled even
//! there), and the harness checks that too, so an `.expected` cannot go stale silently.
//!
//! The start method is forced without editing the program: a `sitecustomize.py` on
//! `PYTHONPATH` calls `multiprocessing.set_start_method(..., force=True)`, and the worker
//! interpreters that `spawn` and `forkserver` start inherit the environment and do the same.
//!
//! `python3` must be on `PATH`: the test fails, never skips, when it cannot be started.
//! `PICKLEFIX_FIXTURE=substring` limits the run to programs whose file name contains it.

#![cfg(unix)] // The `fork` start method and process groups exist only there.

mod support;

use std::io::Read;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use picklefix::check_source;
use support::FixtureSource;

const PYTHON: &str = "python3";
/// The methods a fixed program must work under; both pickle everything a process is given.
const START_METHODS: [&str; 2] = ["spawn", "forkserver"];
/// A program that takes longer has hung (a `Pool` can wait forever on a task it lost).
const TIMEOUT: Duration = Duration::from_secs(30);
/// How long to wait for a program's output after it exited before killing what it left behind.
const GRACE: Duration = Duration::from_secs(5);
/// Programs run at once: each starts a few worker processes of its own.
const PARALLEL: usize = 4;

const SITECUSTOMIZE: &str = "\
import os

if os.environ.get(\"PICKLEFIX_START_METHOD\"):
    import multiprocessing

    multiprocessing.set_start_method(os.environ[\"PICKLEFIX_START_METHOD\"], force=True)
";

const COMPILE_ALL: &str = "\
import sys

failed = False
for path in sys.argv[1:]:
    with open(path, 'rb') as f:
        source = f.read()
    try:
        compile(source, path, 'exec', dont_inherit=True)
    except SyntaxError as error:
        failed = True
        print(f'{path}:{error.lineno}:{error.offset}: {error.msg}')
sys.exit(1 if failed else 0)
";

#[test]
fn fixed_programs_print_the_expected_output_under_spawn_and_forkserver() {
    let started = Instant::now();
    let version = python_version();
    let site = tempfile::tempdir().expect("create a temporary directory for sitecustomize.py");
    std::fs::write(site.path().join("sitecustomize.py"), SITECUSTOMIZE)
        .expect("write sitecustomize.py");

    let programs = program_fixtures();
    let next = AtomicUsize::new(0);
    let failures = Mutex::new(Vec::new());
    std::thread::scope(|scope| {
        for _ in 0..PARALLEL {
            scope.spawn(|| {
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(program) = programs.get(i) else {
                        break;
                    };
                    let found = check_program(program, site.path());
                    failures
                        .lock()
                        .expect("no worker panics while holding the lock")
                        .extend(found);
                }
            });
        }
    });
    let failures = failures.into_inner().expect("the workers have finished");
    eprintln!(
        "ran {} program(s) with {version} in {:.1?}",
        programs.len(),
        started.elapsed()
    );
    if !failures.is_empty() {
        panic!(
            "{} failure(s) in {} program(s):\n\n{}",
            failures.len(),
            programs.len(),
            failures.join("\n\n")
        );
    }
}

/// CPython accepts more than tree-sitter checks (the placement of `__future__` imports,
/// `nonlocal` and `global` rules, duplicate parameters): every fixed text must compile.
#[test]
fn fixed_sources_compile_with_cpython() {
    python_version();
    let dir = tempfile::tempdir().expect("create a temporary directory");
    let mut paths = Vec::new();
    for kind in ["programs", "cases"] {
        for path in python_files(&support::fixtures_dir().join(kind)) {
            let source = FixtureSource::read(&path);
            let settings = support::settings(&source.text)
                .unwrap_or_else(|error| panic!("{}: {error}", path.display()));
            let Ok(checked) = check_source(&source.text, &settings) else {
                continue; // The fixture test reports fixtures that do not parse.
            };
            let Some(fixed) = checked.fixed else {
                continue;
            };
            let file_name = path.file_name().expect("a fixture has a file name");
            let target = dir.path().join(kind);
            std::fs::create_dir_all(&target).expect("create a directory for fixed sources");
            let target = target.join(file_name);
            let bytes = source
                .encode(&fixed.text)
                .unwrap_or_else(|error| panic!("{}: {error}", path.display()));
            std::fs::write(&target, bytes).expect("write a fixed source");
            paths.push(target);
        }
    }
    if paths.is_empty() {
        return;
    }
    let output = Command::new(PYTHON)
        .arg("-c")
        .arg(COMPILE_ALL)
        .args(&paths)
        .output()
        .unwrap_or_else(|error| panic!("cannot start {PYTHON}: {error}"));
    assert!(
        output.status.success(),
        "fixed sources that CPython rejects:\n{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}

/// Every `.expected` file belongs to a program.
#[test]
fn expected_files_belong_to_programs() {
    let dir = support::fixtures_dir().join("programs");
    let entries = std::fs::read_dir(&dir)
        .unwrap_or_else(|error| panic!("cannot list {}: {error}", dir.display()));
    let mut orphans = Vec::new();
    for entry in entries {
        let path = entry.expect("read a directory entry").path();
        match path.extension().and_then(|e| e.to_str()) {
            Some("expected") if !path.with_extension("py").exists() => {
                orphans.push(path.display().to_string())
            }
            Some("expected" | "py") => {}
            _ => orphans.push(format!("{} (neither .py nor .expected)", path.display())),
        }
    }
    assert!(orphans.is_empty(), "stray files in programs/: {orphans:?}");
}

/// Panics unless `python3` starts; returns its version for the summary line.
fn python_version() -> String {
    let output = Command::new(PYTHON)
        .arg("--version")
        .output()
        .unwrap_or_else(|error| {
            panic!(
                "the behaviour tests need `{PYTHON}` (3.11 or later) on PATH, and it cannot be \
             started: {error}"
            )
        });
    assert!(
        output.status.success(),
        "`{PYTHON} --version` failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout).trim().to_string()
}

fn program_fixtures() -> Vec<PathBuf> {
    let filter = std::env::var("PICKLEFIX_FIXTURE").unwrap_or_default();
    let programs: Vec<PathBuf> = python_files(&support::fixtures_dir().join("programs"))
        .into_iter()
        .filter(|path| {
            path.file_name()
                .is_some_and(|name| name.to_string_lossy().contains(&filter))
        })
        .collect();
    assert!(
        !programs.is_empty(),
        "no program fixture matches PICKLEFIX_FIXTURE={filter:?}"
    );
    programs
}

fn python_files(dir: &Path) -> Vec<PathBuf> {
    let entries = std::fs::read_dir(dir)
        .unwrap_or_else(|error| panic!("cannot list {}: {error}", dir.display()));
    let mut files: Vec<PathBuf> = entries
        .map(|entry| entry.expect("read a directory entry").path())
        .filter(|path| path.extension().is_some_and(|e| e == "py"))
        .collect();
    files.sort();
    files
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path)
        .unwrap_or_else(|error| panic!("cannot read {}: {error}", path.display()))
}

/// Run one program: the original under fork, the fixed text under each start method.
/// Returns one message per failure.
fn check_program(path: &Path, site: &Path) -> Vec<String> {
    let name = support::relative_name(path);
    let file_name = path
        .file_name()
        .expect("a fixture has a file name")
        .to_string_lossy()
        .into_owned();
    let fixture = FixtureSource::read(path);
    let source = fixture.text.as_str();
    let settings = match support::settings(source) {
        Ok(settings) => settings,
        Err(error) => return vec![format!("{name}: {error}")],
    };
    let checked = match check_source(source, &settings) {
        Ok(checked) => checked,
        Err(error) => {
            return vec![format!(
                "{name}: does not parse ({} at byte {})",
                error.message, error.offset
            )];
        }
    };
    let fixed = checked
        .fixed
        .map_or_else(|| source.to_string(), |fixed| fixed.text);
    // The program runs as the bytes picklefix would write, in the fixture's own encoding.
    let fixed_bytes = match fixture.encode(&fixed) {
        Ok(bytes) => bytes,
        Err(error) => return vec![format!("{name}: cannot encode the fixed text: {error}")],
    };
    let mut failures = Vec::new();

    let original = run_python(&file_name, &fixture.bytes, site, "fork");
    let expected_path = path.with_extension("expected");
    let expected = if expected_path.exists() {
        if original.succeeded() {
            failures.push(format!(
                "{name}: has {} but the original runs under fork; delete the .expected file \
                 (the original's output is the expectation)\n{}",
                expected_path.display(),
                original.describe()
            ));
        }
        read(&expected_path)
    } else {
        if !original.succeeded() {
            failures.push(format!(
                "{name}: the original fails under fork, so it needs {} holding what a correct \
                 program prints\n{}",
                expected_path.display(),
                original.describe()
            ));
            return failures;
        }
        original.stdout.clone()
    };

    for method in START_METHODS {
        let run = run_python(&file_name, &fixed_bytes, site, method);
        if run.succeeded() && run.stdout == expected {
            continue;
        }
        let changed = if fixed == source {
            "the program as written (picklefix changed nothing)".to_string()
        } else {
            format!("the fixed program:\n{}", indent(&fixed))
        };
        failures.push(format!(
            "{name} under {method}: {}\nexpected stdout:\n{}\n{}\n{changed}",
            if run.succeeded() {
                "wrong output"
            } else {
                "failed"
            },
            indent(&expected),
            run.describe(),
        ));
    }
    failures
}

fn indent(text: &str) -> String {
    if text.is_empty() {
        return "    (empty)".into();
    }
    text.lines()
        .map(|line| format!("    {line}"))
        .collect::<Vec<_>>()
        .join("\n")
}

struct Run {
    /// The exit code; `None` when killed by a signal or on timeout.
    code: Option<i32>,
    timed_out: bool,
    stdout: String,
    stderr: String,
}

impl Run {
    fn succeeded(&self) -> bool {
        !self.timed_out && self.code == Some(0)
    }

    fn describe(&self) -> String {
        let status = if self.timed_out {
            format!("timed out after {TIMEOUT:?} and was killed")
        } else {
            match self.code {
                Some(code) => format!("exit code {code}"),
                None => "killed by a signal".into(),
            }
        };
        format!(
            "{status}\nstdout:\n{}\nstderr:\n{}",
            indent(&self.stdout),
            indent(&self.stderr)
        )
    }
}

/// Write the bytes `source` as `file_name` into a fresh directory and run it with `method` forced.
fn run_python(file_name: &str, source: &[u8], site: &Path, method: &str) -> Run {
    let dir = tempfile::tempdir().expect("create a temporary directory for a program");
    std::fs::write(dir.path().join(file_name), source).expect("write the program");
    let mut child = Command::new(PYTHON)
        .arg(file_name)
        .current_dir(dir.path())
        .env("PYTHONPATH", site)
        .env("PICKLEFIX_START_METHOD", method)
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .env_remove("PYTHONSTARTUP")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        // Its own process group, so that workers it leaves behind can be killed with it.
        .process_group(0)
        .spawn()
        .unwrap_or_else(|error| panic!("cannot start {PYTHON}: {error}"));

    let (sender, receiver) = mpsc::channel();
    let mut stdout = child.stdout.take().expect("stdout is piped");
    let mut stderr = child.stderr.take().expect("stderr is piped");
    let out_sender = sender.clone();
    std::thread::spawn(move || {
        let mut bytes = Vec::new();
        let _ = stdout.read_to_end(&mut bytes);
        let _ = out_sender.send((true, bytes));
    });
    std::thread::spawn(move || {
        let mut bytes = Vec::new();
        let _ = stderr.read_to_end(&mut bytes);
        let _ = sender.send((false, bytes));
    });

    let deadline = Instant::now() + TIMEOUT;
    let mut timed_out = false;
    let status = loop {
        match child.try_wait().expect("wait for a python process") {
            Some(status) => break status,
            None if Instant::now() >= deadline => {
                timed_out = true;
                kill_group(&mut child);
                break child.wait().expect("wait for a killed python process");
            }
            None => std::thread::sleep(Duration::from_millis(10)),
        }
    };

    // Worker processes left behind keep the pipes open; they are still in the group, so the
    // group id cannot have been reused yet, and killing it ends only what this run started.
    let mut outputs = (None, None);
    let mut killed_leftovers = false;
    let mut until = Instant::now() + GRACE;
    while outputs.0.is_none() || outputs.1.is_none() {
        let wait = until.saturating_duration_since(Instant::now());
        match receiver.recv_timeout(wait) {
            Ok((true, bytes)) => outputs.0 = Some(bytes),
            Ok((false, bytes)) => outputs.1 = Some(bytes),
            Err(_) if !killed_leftovers => {
                killed_leftovers = true;
                kill_group(&mut child);
                until = Instant::now() + GRACE;
            }
            Err(_) => break,
        }
    }
    let mut stderr = String::from_utf8_lossy(&outputs.1.unwrap_or_default()).into_owned();
    if killed_leftovers {
        stderr.push_str("\n[harness: processes left running after the program exited were killed]");
    }
    Run {
        code: status.code(),
        timed_out,
        stdout: String::from_utf8_lossy(&outputs.0.unwrap_or_default()).into_owned(),
        stderr,
    }
}

/// Kill the process group the child leads (the child and every process it started).
fn kill_group(child: &mut Child) {
    let group = format!("-{}", child.id());
    let killed = Command::new("kill")
        .args(["-KILL", "--", &group])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status();
    if !killed.is_ok_and(|status| status.success()) {
        let _ = child.kill();
    }
}
