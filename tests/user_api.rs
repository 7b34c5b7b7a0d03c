//! User-declared APIs (`--api`): a project's own Process subclass and a function that maps a
//! callable over worker processes are checked like the built-in APIs, and the fixed program
//! runs under spawn.

use std::path::Path;
use std::process::Command;

const WORKERS: &str = "\
import multiprocessing


class Worker(multiprocessing.Process):
    \"\"\"A project's own Process subclass.\"\"\"


def pmap(func, items):
    with multiprocessing.Pool(2) as pool:
        return pool.map(func, items)
";

const MAIN: &str = "\
from mypkg.workers import Worker
from mypkg import workers


def main():
    label = \"job\"

    def run(n):
        print(label, n)

    w = Worker(target=run, args=(1,))
    w.start()
    w.join()
    print(workers.pmap(lambda x: x * 2, [1, 2]))


if __name__ == \"__main__\":
    main()
";

fn picklefix(dir: &Path, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_picklefix"))
        .current_dir(dir)
        .args(args)
        .output()
        .expect("picklefix runs")
}

fn project() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::create_dir(dir.path().join("mypkg")).expect("package dir");
    std::fs::write(dir.path().join("mypkg/__init__.py"), "").expect("write");
    std::fs::write(dir.path().join("mypkg/workers.py"), WORKERS).expect("write");
    std::fs::write(dir.path().join("main.py"), MAIN).expect("write");
    dir
}

const APIS: [&str; 4] = [
    "--api",
    "mypkg.workers.Worker=multiprocessing.Process",
    "--api",
    "mypkg.workers.pmap=call:0/func:map",
];

#[test]
fn undeclared_wrappers_are_not_findings() {
    let dir = project();
    let output = picklefix(dir.path(), &["main.py"]);
    assert_eq!(output.status.code(), Some(0), "{output:?}");
}

#[test]
fn declared_wrappers_are_found_and_the_fix_runs_under_spawn() {
    let dir = project();
    let output = picklefix(dir.path(), &[&APIS[..], &["main.py"]].concat());
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(1), "{output:?}");
    assert!(stdout.contains("main.py:11:23: PKL003"), "{stdout}");
    assert!(stdout.contains("main.py:14:24: PKL002"), "{stdout}");
    assert!(stdout.contains("`mypkg.workers.pmap`"), "{stdout}");

    let fixed = picklefix(dir.path(), &[&APIS[..], &["--fix", "main.py"]].concat());
    assert_eq!(fixed.status.code(), Some(0), "{fixed:?}");
    let run = Command::new("python3")
        .current_dir(dir.path())
        .args([
            "-c",
            "import multiprocessing as m, runpy\n\
             m.set_start_method('spawn', force=True)\n\
             runpy.run_path('main.py', run_name='__main__')",
        ])
        .output()
        .expect("python3 must be installed: the behaviour tests run the fixed programs");
    assert_eq!(
        String::from_utf8_lossy(&run.stdout),
        "job 1\n[2, 4]\n",
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
}

#[test]
fn a_bad_spec_is_an_error_that_quotes_it() {
    let dir = project();
    let output = picklefix(
        dir.path(),
        &["--api", "mypkg.x=threading.Thread", "main.py"],
    );
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("--api mypkg.x=threading.Thread"),
        "{stderr}"
    );
    assert!(stderr.contains("not a known API"), "{stderr}");
}

const JOBS: &str = "\
from . import workers
from ..mypkg.workers import pmap as absolute_pmap
from .workers import pmap
from .workers import Worker


def main():
    step = 2
    print(pmap(lambda x: x + step, [1, 2]))
    print(workers.pmap(lambda x: x - step, [1, 2]))
    print(absolute_pmap(lambda x: x * step, [1, 2]))
    w = Worker(target=lambda: print(step))
    w.start()
    w.join()
";

/// `from .workers import pmap`, `from . import workers` and `from ..x import y` resolve against
/// the file's package (the folders with `__init__.py` above it), so they match the declared
/// `mypkg.workers.pmap`; a relative import that climbs past the top package matches nothing,
/// and so does every relative import of a file outside a package.
#[test]
fn relative_imports_reach_declared_apis() {
    let dir = project();
    std::fs::write(dir.path().join("mypkg/jobs.py"), JOBS).expect("write");
    let output = picklefix(dir.path(), &[&APIS[..], &["mypkg/jobs.py"]].concat());
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(1), "{output:?}");
    assert!(stdout.contains("jobs.py:9:16: PKL002"), "{stdout}");
    assert!(stdout.contains("jobs.py:10:24: PKL002"), "{stdout}");
    assert!(stdout.contains("jobs.py:12:23: PKL002"), "{stdout}");
    assert!(!stdout.contains("jobs.py:11:"), "{stdout}");
    assert_eq!(stdout.matches("PKL00").count(), 3, "{stdout}");

    // Outside any package, the same imports name nothing picklefix knows.
    std::fs::write(dir.path().join("jobs.py"), JOBS).expect("write");
    let outside = picklefix(dir.path(), &[&APIS[..], &["jobs.py"]].concat());
    assert_eq!(outside.status.code(), Some(0), "{outside:?}");
}

/// With APIs declared, a relative import in a package named after an API's module
/// (`from .pool import Pool` in a folder `billiard`) reaches the API without spelling its
/// module; the prefilter keeps such a file, as `--no-prefilter` shows it should.
#[test]
fn relative_imports_in_a_package_named_after_an_api_module_are_checked() {
    let dir = project();
    let vendored = dir.path().join("billiard");
    std::fs::create_dir(&vendored).expect("package dir");
    std::fs::write(vendored.join("__init__.py"), "").expect("write");
    let source = "from .pool import Pool\n\n\ndef main():\n    with Pool() as pool:\n        pool.map(lambda x: x, [1])\n";
    std::fs::write(vendored.join("work.py"), source).expect("write");
    for prefilter in [&[][..], &["--no-prefilter"]] {
        let args = [&APIS[..], prefilter, &["billiard/work.py"]].concat();
        let output = picklefix(dir.path(), &args);
        let stdout = String::from_utf8_lossy(&output.stdout);
        assert!(
            stdout.contains("work.py:6:18: PKL002"),
            "{args:?}: {stdout}"
        );
    }
}

const RUNNER: &str = "\
class Runner:
    def __init__(self, executor):
        self.executor = executor

    def _map(self, func, items):
        return list(self.executor.map(func, items))

    def doubled(self, items):
        factor = 2
        return self._map(lambda x: x * factor, items)
";

const USES_RUNNER: &str = "\
from concurrent.futures import ProcessPoolExecutor

from mypkg.runner import Runner


def main():
    shift = 1
    with ProcessPoolExecutor(2) as executor:
        runner = Runner(executor)
        print(runner._map(lambda x: x + shift, [1, 2]))
        print(Runner(executor).doubled([1, 2]))


if __name__ == \"__main__\":
    main()
";

/// `--api` names a method by its class's path: `self._map` in the class's own module and
/// `runner._map` on an instance made elsewhere are both the declared API, and the fixed
/// program runs under spawn. Without the declaration the same two calls are found by
/// inference, since `main.py` makes the runner with a process pool that its constructor
/// keeps (`analysis::kept_pools`), and the findings name the inferred wrapper.
#[test]
fn declared_methods_are_found_through_self_and_instances() {
    let dir = project();
    std::fs::write(dir.path().join("mypkg/runner.py"), RUNNER).expect("write");
    std::fs::write(dir.path().join("main.py"), USES_RUNNER).expect("write");
    let api = ["--api", "mypkg.runner.Runner._map=call:0/func:map"];
    let output = picklefix(
        dir.path(),
        &[&api[..], &["main.py", "mypkg/runner.py"]].concat(),
    );
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(1), "{output:?}");
    assert!(stdout.contains("main.py:10:27: PKL002"), "{stdout}");
    assert!(stdout.contains("runner.py:10:26: PKL002"), "{stdout}");
    assert!(stdout.contains("`mypkg.runner.Runner._map`"), "{stdout}");
    assert_eq!(stdout.matches("PKL00").count(), 2, "{stdout}");

    let undeclared = picklefix(dir.path(), &["main.py", "mypkg/runner.py"]);
    let inferred = String::from_utf8_lossy(&undeclared.stdout);
    assert_eq!(undeclared.status.code(), Some(1), "{undeclared:?}");
    assert!(inferred.contains("main.py:10:27: PKL002"), "{inferred}");
    assert!(inferred.contains("runner.py:10:26: PKL002"), "{inferred}");
    assert!(
        inferred.contains("passed to `Runner._map` (which hands it to `ProcessPoolExecutor.map`"),
        "{inferred}"
    );
    assert_eq!(inferred.matches("PKL00").count(), 2, "{inferred}");

    let fixed = picklefix(
        dir.path(),
        &[&api[..], &["--fix", "main.py", "mypkg/runner.py"]].concat(),
    );
    assert_eq!(fixed.status.code(), Some(0), "{fixed:?}");
    let run = Command::new("python3")
        .current_dir(dir.path())
        .args([
            "-c",
            "import multiprocessing as m, runpy\n\
             m.set_start_method('spawn', force=True)\n\
             runpy.run_path('main.py', run_name='__main__')",
        ])
        .output()
        .expect("python3 must be installed: the behaviour tests run the fixed programs");
    assert_eq!(
        String::from_utf8_lossy(&run.stdout),
        "[2, 3]\n[2, 4]\n",
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
}
