//! `--fix` never leaves a broken file: killed at any moment, every file is the old or the new
//! version; stopped by Ctrl-C, it finishes the file in hand and leaves nothing behind; a write
//! that fails leaves the original; a read-only file is reported, not forced; permissions are
//! kept. (The file that changed on disk meanwhile: `write.rs`'s unit tests.)

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use picklefix::{Options, check_source};

const FIXABLE: &str = "from multiprocessing import Pool


def scale(values, factor):
    with Pool() as pool:
        return pool.map(lambda v: v * factor, values)
";

fn fixed_text() -> String {
    let settings = Options {
        unsafe_fixes: true,
        ..Options::default()
    };
    let checked = check_source(FIXABLE, &settings).expect("the sample parses");
    checked.fixed.expect("the sample is fixed").text
}

fn picklefix(dir: &Path) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_picklefix"));
    command
        .args(["--fix", "--unsafe-fixes", "--quiet", "."])
        .current_dir(dir)
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    command
}

/// A pseudo-random delay up to `max_ms`, seeded by the clock: the moment of the kill varies
/// between runs, while what is checked afterwards holds whatever the moment was.
fn random_delay(state: &mut u64, max_ms: u64) -> Duration {
    *state ^= *state << 13;
    *state ^= *state >> 7;
    *state ^= *state << 17;
    Duration::from_millis(*state % max_ms)
}

fn python_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in fs::read_dir(dir).expect("list the tree") {
        let path = entry.expect("an entry").path();
        if path.is_dir() {
            files.extend(python_files(&path));
        } else {
            files.push(path);
        }
    }
    files
}

/// Every `.py` file is the old or the new text, and nothing else in the tree looks like one.
fn assert_each_file_old_or_new(dir: &Path, fixed: &str) -> usize {
    let mut done = 0;
    for path in python_files(dir) {
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if !name.ends_with(".py") {
            assert!(name.starts_with(".picklefix-"), "stray file {name}");
            continue;
        }
        let text = fs::read_to_string(&path).expect("read a file");
        assert!(
            text == FIXABLE || text == fixed,
            "{} is a mix",
            path.display()
        );
        done += usize::from(text == fixed);
    }
    done
}

#[cfg(unix)]
#[test]
fn killed_at_random_moments_every_file_is_old_or_new() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    for index in 0..2000 {
        let sub = dir.path().join(format!("pkg{}", index % 20));
        fs::create_dir_all(&sub).expect("a directory");
        fs::write(sub.join(format!("m{index}.py")), FIXABLE).expect("a file");
    }
    let fixed = fixed_text();
    let mut seed = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(7, |d| d.as_nanos() as u64 | 1);
    // A whole run over this tree takes about 2 s (debug build): the kills land in the walk,
    // amid the writes, or after the run, and what follows must hold for each.
    for _ in 0..4 {
        let mut child = picklefix(dir.path()).spawn().expect("start picklefix");
        std::thread::sleep(random_delay(&mut seed, 2000));
        child.kill().expect("SIGKILL picklefix");
        child.wait().expect("reap picklefix");
        assert_each_file_old_or_new(dir.path(), &fixed);
    }
    let status = picklefix(dir.path()).status().expect("run picklefix");
    assert_eq!(status.code(), Some(0));
    assert_eq!(assert_each_file_old_or_new(dir.path(), &fixed), 2000);
}

#[cfg(unix)]
#[test]
fn ctrl_c_stops_the_run_after_the_file_in_hand_and_leaves_nothing_behind() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let files: Vec<PathBuf> = (0..2000)
        .map(|index| {
            let sub = dir.path().join(format!("pkg{}", index % 20));
            fs::create_dir_all(&sub).expect("a directory");
            let path = sub.join(format!("m{index}.py"));
            fs::write(&path, FIXABLE).expect("a file");
            path
        })
        .collect();
    let fixed = fixed_text();
    let child = picklefix(dir.path())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start picklefix");
    // Signal once the writes have begun: the run is then well short of its 2,000 files.
    let started = std::time::Instant::now();
    while !files
        .iter()
        .any(|path| fs::read_to_string(path).is_ok_and(|t| t == fixed))
    {
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "no file was ever fixed"
        );
        std::thread::sleep(Duration::from_millis(2));
    }
    let signalled = Command::new("sh")
        .args(["-c", &format!("kill -INT {}", child.id())])
        .status()
        .expect("run kill");
    assert!(signalled.success());
    let output = child.wait_with_output().expect("wait for picklefix");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(130), "{stderr}");
    assert!(stderr.contains("picklefix: interrupted; "), "{stderr}");
    assert!(stderr.contains(" not checked."), "{stderr}");
    let done = assert_each_file_old_or_new(dir.path(), &fixed);
    assert!(0 < done && done < 2000, "{done} files fixed");
    let stray = python_files(dir.path())
        .into_iter()
        .filter(|path| path.extension().is_none_or(|ext| ext != "py"))
        .count();
    assert_eq!(stray, 0, "temporary files left behind");
    // The next run finishes the job.
    let status = picklefix(dir.path()).status().expect("run picklefix");
    assert_eq!(status.code(), Some(0));
    assert_eq!(assert_each_file_old_or_new(dir.path(), &fixed), 2000);
}

#[cfg(unix)]
#[test]
fn a_failed_write_leaves_the_original() {
    // `ulimit -f 1` caps files at 512 bytes; with SIGXFSZ ignored, writing past it fails with
    // EFBIG, as a full disk would fail it, after the temporary file was created.
    let dir = tempfile::tempdir().expect("a temporary directory");
    let source = format!("{FIXABLE}# {}\n", "x".repeat(600));
    fs::write(dir.path().join("big.py"), &source).expect("a file");
    let script = format!(
        "ulimit -f 1; trap '' XFSZ; exec '{}' --fix --unsafe-fixes big.py",
        env!("CARGO_BIN_EXE_picklefix")
    );
    let output = Command::new("sh")
        .args(["-c", &script])
        .current_dir(dir.path())
        .output()
        .expect("run picklefix under sh");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("big.py: error: could not write the fix; the file is unchanged"),
        "{stderr}"
    );
    assert_eq!(
        fs::read_to_string(dir.path().join("big.py")).expect("read"),
        source
    );
    assert_eq!(
        fs::read_dir(dir.path()).expect("list").count(),
        1,
        "no temporary file left"
    );
}

#[cfg(unix)]
#[test]
fn read_only_files_are_reported_and_permissions_kept() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("a temporary directory");
    let at = |name: &str| dir.path().join(name);
    fs::write(at("locked.py"), FIXABLE).expect("a file");
    fs::write(at("open.py"), FIXABLE).expect("a file");
    fs::set_permissions(at("locked.py"), fs::Permissions::from_mode(0o444)).expect("chmod");
    fs::set_permissions(at("open.py"), fs::Permissions::from_mode(0o750)).expect("chmod");
    let output = picklefix(dir.path())
        .stderr(Stdio::piped())
        .output()
        .expect("run picklefix");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("locked.py: error: read-only; not written"),
        "{stderr}"
    );
    assert_eq!(fs::read_to_string(at("locked.py")).expect("read"), FIXABLE);
    assert_eq!(
        fs::read_to_string(at("open.py")).expect("read"),
        fixed_text()
    );
    let mode = fs::metadata(at("open.py"))
        .expect("stat")
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o750);
}
