//! Multi-file fixture packages (`tests/fixtures/packages/NAME/`): picklefix follows the
//! project's own wrappers across the files of a run (issue 14).
//!
//! Each package is copied to a temporary folder and checked there as a user would, with the
//! binary run on `.`:
//! - the report lists exactly the findings of `expected.findings` (`path:line`, one a line);
//! - `--fix` leaves nothing for a second run to find, and a package without findings
//!   byte-identical;
//! - with `expected.out`, the fixed `main.py` prints it under `spawn` and `forkserver` (the
//!   original cannot: its lambdas and nested functions reach the workers through wrappers);
//! - the report is the same with one thread and with several.
//!
//! `python3` must be on `PATH`: the test fails, never skips, when it cannot be started.

#![cfg(unix)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The methods a fixed program must work under; both pickle everything a worker is given.
const START_METHODS: [&str; 2] = ["spawn", "forkserver"];

/// Forces the start method in the program and in the interpreters it starts, which inherit
/// `PYTHONPATH` and the environment.
const SITECUSTOMIZE: &str = "\
import os

if os.environ.get(\"PICKLEFIX_START_METHOD\"):
    import multiprocessing

    multiprocessing.set_start_method(os.environ[\"PICKLEFIX_START_METHOD\"], force=True)
";

fn packages_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/packages")
}

fn packages() -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = std::fs::read_dir(packages_dir())
        .expect("read tests/fixtures/packages")
        .map(|entry| entry.expect("a directory entry").path())
        .filter(|path| path.is_dir())
        .collect();
    found.sort();
    assert!(found.len() >= 8, "the package fixtures are missing");
    found
}

/// A copy of `package` in a new temporary folder, without its expectation files.
fn copy_package(package: &Path) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("create a temporary directory");
    copy_tree(package, dir.path());
    for name in ["expected.out", "expected.findings"] {
        let _ = std::fs::remove_file(dir.path().join(name));
    }
    dir
}

fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("create a folder");
    for entry in std::fs::read_dir(from).expect("read a fixture folder") {
        let path = entry.expect("a directory entry").path();
        let target = to.join(path.file_name().expect("a file name"));
        if path.is_dir() {
            copy_tree(&path, &target);
        } else {
            std::fs::copy(&path, &target).expect("copy a fixture file");
        }
    }
}

fn picklefix(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_picklefix"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .output()
        .expect("run picklefix")
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("picklefix prints UTF-8")
}

/// `path:line` of each finding the report of `dir` lists, sorted.
fn findings(dir: &Path) -> Vec<String> {
    findings_of(dir, &["."])
}

/// The findings of a run on `paths`, in `dir`, as `path:line`, sorted.
fn findings_of(dir: &Path, paths: &[&str]) -> Vec<String> {
    let args = [&["--output-format", "concise"][..], paths].concat();
    let report = stdout(&picklefix(dir, &args));
    let mut found: Vec<String> = report
        .lines()
        .filter(|line| line.contains(": PKL"))
        .map(|line| line.splitn(3, ':').take(2).collect::<Vec<_>>().join(":"))
        .collect();
    found.sort();
    found
}

/// Every file under `dir`, with its bytes.
fn contents(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut files = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(folder) = stack.pop() {
        for entry in std::fs::read_dir(&folder).expect("read a folder") {
            let path = entry.expect("a directory entry").path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "py") {
                let bytes = std::fs::read(&path).expect("read a file");
                files.push((path, bytes));
            }
        }
    }
    files.sort();
    files
}

fn expected_findings(package: &Path) -> Vec<String> {
    let text = std::fs::read_to_string(package.join("expected.findings"))
        .expect("every package has expected.findings");
    let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
    lines.sort();
    lines
}

/// What `main.py` in `dir` prints under `method`, or why it failed.
fn run_main(dir: &Path, site: &Path, method: &str) -> Result<String, String> {
    let output = Command::new("timeout")
        .args(["60", "python3", "main.py"])
        .current_dir(dir)
        .env("PYTHONPATH", site)
        .env("PICKLEFIX_START_METHOD", method)
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .output()
        .map_err(|error| format!("could not start python3: {error}"))?;
    if !output.status.success() {
        return Err(String::from_utf8_lossy(&output.stderr).into_owned());
    }
    Ok(String::from_utf8_lossy(&output.stdout).into_owned())
}

#[test]
fn packages_report_exactly_their_findings_through_wrappers() {
    for package in packages() {
        let copy = copy_package(&package);
        assert_eq!(
            findings(copy.path()),
            expected_findings(&package),
            "findings of {}",
            package.display()
        );
    }
}

#[test]
fn fixed_packages_find_nothing_more_and_negatives_stay_byte_identical() {
    for package in packages() {
        let copy = copy_package(&package);
        let before = contents(copy.path());
        let fixed = picklefix(copy.path(), &["--fix", "."]);
        assert!(
            fixed.status.success(),
            "--fix on {}: {}",
            package.display(),
            stdout(&fixed)
        );
        let again = picklefix(copy.path(), &["."]);
        assert!(
            again.status.success() && stdout(&again).starts_with("All checked!"),
            "a second run on {} found: {}",
            package.display(),
            stdout(&again)
        );
        let after = contents(copy.path());
        if expected_findings(&package).is_empty() {
            assert_eq!(before, after, "{} was changed", package.display());
        } else {
            assert_ne!(before, after, "{} was not fixed", package.display());
        }
    }
}

#[test]
fn fixed_packages_print_the_expected_output_under_spawn_and_forkserver() {
    let site = tempfile::tempdir().expect("create a temporary directory");
    std::fs::write(site.path().join("sitecustomize.py"), SITECUSTOMIZE)
        .expect("write sitecustomize.py");
    let mut failures = Vec::new();
    for package in packages() {
        let Ok(expected) = std::fs::read_to_string(package.join("expected.out")) else {
            continue;
        };
        let copy = copy_package(&package);
        let fixes = !expected_findings(&package).is_empty();
        if fixes && run_main(copy.path(), site.path(), "spawn").is_ok() {
            failures.push(format!("{} runs under spawn unfixed", package.display()));
        }
        picklefix(copy.path(), &["--fix", "."]);
        for method in START_METHODS {
            match run_main(copy.path(), site.path(), method) {
                Ok(printed) if printed == expected => {}
                Ok(printed) => failures.push(format!(
                    "{} under {method} printed:\n{printed}expected:\n{expected}",
                    package.display()
                )),
                Err(error) => failures.push(format!(
                    "{} under {method} failed:\n{error}",
                    package.display()
                )),
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn the_report_is_the_same_whatever_the_thread_count() {
    for package in packages() {
        let copy = copy_package(&package);
        let one = stdout(&picklefix(copy.path(), &["--threads", "1", "."]));
        // Several runs of each: an order that depends on which thread finishes first shows
        // only now and then (an imported lambda's finding named either caller).
        for threads in ["2", "4", "4", "8", "8"] {
            let several = stdout(&picklefix(copy.path(), &["--threads", threads, "."]));
            assert_eq!(one, several, "{} with {threads} threads", package.display());
        }
    }
}

#[test]
fn report_through_a_chain_of_wrappers() {
    let copy = copy_package(&packages_dir().join("wrapper_chain"));
    let report = stdout(&picklefix(copy.path(), &["--show-apis", "."]));
    insta::with_settings!({snapshot_path => "../snapshots"}, {
        insta::assert_snapshot!("packages_wrapper_chain_report", report);
    });
}

/// A wrapper under a decorator of another file that passes every argument on, imported by a
/// relative import through a package's re-export or as a module attribute, is listed.
#[test]
fn report_through_a_decorator_of_another_file() {
    let copy = copy_package(&packages_dir().join("imported_decorator"));
    let report = stdout(&picklefix(copy.path(), &["--show-apis", "."]));
    insta::with_settings!({snapshot_path => "../snapshots"}, {
        insta::assert_snapshot!("packages_imported_decorator_report", report);
    });
}

/// A class picked at run time from `(Thread, Process)` is named in the message, and a wrapper
/// over one hands over only for the calls whose index may pick `Process`.
#[test]
fn report_through_a_class_picked_at_run_time() {
    let copy = copy_package(&packages_dir().join("chosen_class_across"));
    let report = stdout(&picklefix(copy.path(), &["--show-apis", "."]));
    insta::with_settings!({snapshot_path => "../snapshots"}, {
        insta::assert_snapshot!("packages_chosen_class_across_report", report);
    });
}

/// A helper returning a pool's or executor's bound method is listed as a method factory, and
/// a wrapper handing each dataclass task to a worker that calls its field says which field.
#[test]
fn report_bound_method_factories_and_dataclass_task_wrappers() {
    for name in [
        "returned_bound_methods",
        "dataclass_tasks_through_a_wrapper",
    ] {
        let copy = copy_package(&packages_dir().join(name));
        let report = stdout(&picklefix(copy.path(), &["--show-apis", "."]));
        insta::with_settings!({snapshot_path => "../snapshots"}, {
            insta::assert_snapshot!(format!("packages_{name}_report"), report);
        });
    }
}

/// A base's method that gets its pool from a method a subclass overrides (the template
/// method) hands the callable to the subclass's pool: a process wrapper on the subclass that
/// makes a process pool, none on the one that makes a thread pool (`template_methods`). The
/// hook may be a property, a class or static method, a context manager, or an abstract
/// method in a file that names no pool, which the subclass's file asks for
/// (`template_hook_kinds`), or a class attribute naming the pool's class
/// (`template_class_attribute`). The subclass's instance may come from another file's
/// factory or module-level instance, or a conditional between it and the base
/// (`template_instances`). The base may be generic, re-exported by its package, or come after
/// a mixin of another file that makes the pool; a hook the base sets on its instance, or a
/// property giving a process pool on some path only, makes no template (`template_bases`).
#[test]
fn report_and_diff_template_methods() {
    for name in [
        "template_methods",
        "template_hook_kinds",
        "template_class_attribute",
        "template_instances",
        "template_bases",
    ] {
        let copy = copy_package(&packages_dir().join(name));
        let report = stdout(&picklefix(copy.path(), &["--show-apis", "."]));
        let diff = stdout(&picklefix(copy.path(), &["--diff", "."]));
        insta::with_settings!({snapshot_path => "../snapshots"}, {
            insta::assert_snapshot!(format!("packages_{name}_report"), report);
            insta::assert_snapshot!(format!("packages_{name}_diff"), diff);
        });
    }
}

#[test]
fn report_and_diff_through_containers_and_collections_of_callables() {
    for name in [
        "map_items",
        "callable_list",
        "imported_container_worker",
        "partial_builtins",
    ] {
        let copy = copy_package(&packages_dir().join(name));
        let report = stdout(&picklefix(copy.path(), &["--show-apis", "."]));
        let diff = stdout(&picklefix(copy.path(), &["--diff", "."]));
        insta::with_settings!({snapshot_path => "../snapshots"}, {
            insta::assert_snapshot!(format!("packages_{name}_report"), report);
            insta::assert_snapshot!(format!("packages_{name}_diff"), diff);
        });
    }
}

/// A fluent setter (`return self`) gives back the instance it was called on, so a wrapper
/// method at the end of a chain is reached as on the instance itself; a function forwarding
/// its `**kwargs` to `Process` takes `target=` and `args=` as `Process` does, and one
/// forwarding its `*args` after the group (`Process(None, *args)`) takes the target first; a
/// method's closure that stores what it decorates in a dict attribute a pool runs is a
/// wrapper, and so is a setter keeping its callable in the attribute another method later
/// starts a process with.
#[test]
fn report_and_diff_through_fluent_setters_and_forwarded_keywords() {
    for name in [
        "fluent_setters",
        "stored_targets",
        "forwarded_process_keywords",
        "process_group_splat",
        "registry_attribute",
    ] {
        let copy = copy_package(&packages_dir().join(name));
        let diff = stdout(&picklefix(copy.path(), &["--diff", "."]));
        insta::with_settings!({snapshot_path => "../snapshots"}, {
            insta::assert_snapshot!(format!("packages_{name}_diff"), diff);
        });
    }
}

/// A module that another file of the run star-imports, and that has no `__all__`, would
/// export a lifted function under its public name, here over the package's own `load`: the
/// lifted functions take private names. With `__all__`, or without a star import, they keep
/// their names.
#[test]
fn lifts_in_a_star_imported_module_take_private_names() {
    let copy = copy_package(&packages_dir().join("star_imported_lift"));
    let diff = stdout(&picklefix(copy.path(), &["--diff", "."]));
    insta::with_settings!({snapshot_path => "../snapshots"}, {
        insta::assert_snapshot!("packages_star_imported_lift_diff", diff);
    });
    let batch = copy.path().join("loaders/batch.py");
    let text = std::fs::read_to_string(&batch).expect("read batch.py");
    let listed = text.replace(
        "from ._par import pmap\n",
        "from ._par import pmap\n\n__all__ = [\"load_all\", \"sizes\"]\n",
    );
    std::fs::write(&batch, &listed).expect("write batch.py");
    let diff = stdout(&picklefix(copy.path(), &["--diff", "."]));
    assert!(diff.contains("+def load(name, *, root):"), "{diff}");
    assert!(diff.contains("+def measure(name, *, unit):"), "{diff}");
    std::fs::write(&batch, &text).expect("write batch.py");
    std::fs::write(
        copy.path().join("loaders/__init__.py"),
        "from .batch import load_all, sizes\nfrom .io import load\n",
    )
    .expect("write __init__.py");
    let diff = stdout(&picklefix(copy.path(), &["--diff", "."]));
    assert!(diff.contains("+def load(name, *, root):"), "{diff}");
}

/// A `@contextmanager` function or method keeps its arguments: `with background(fn, *args)`
/// runs its body, which hands `fn` to `Process` (extra arguments forwarded through `*args`)
/// or to an executor's `submit`. One that hands it to a thread, or calls it in the parent,
/// is no wrapper.
#[test]
fn report_and_diff_through_context_manager_wrappers() {
    let copy = copy_package(&packages_dir().join("context_manager_wrappers"));
    let report = stdout(&picklefix(copy.path(), &["--show-apis", "."]));
    let diff = stdout(&picklefix(copy.path(), &["--diff", "."]));
    insta::with_settings!({snapshot_path => "../snapshots"}, {
        insta::assert_snapshot!("packages_context_manager_wrappers_report", report);
        insta::assert_snapshot!("packages_context_manager_wrappers_diff", diff);
    });
}

/// A callable a loop takes from a wrapper's collection or `*args` and passes in `Process`'s
/// `args=` to a worker that calls it (`for i, c in enumerate(checks)`) makes the wrapper take
/// each element, or each argument from where `*args` starts; a loop that only counts them
/// (`for _ in checks`) does not look at them. One over threads is no wrapper.
#[test]
fn report_and_diff_through_looped_worker_arguments() {
    let copy = copy_package(&packages_dir().join("looped_worker_arguments"));
    let report = stdout(&picklefix(copy.path(), &["--show-apis", "."]));
    let diff = stdout(&picklefix(copy.path(), &["--diff", "."]));
    insta::with_settings!({snapshot_path => "../snapshots"}, {
        insta::assert_snapshot!("packages_looped_worker_arguments_report", report);
        insta::assert_snapshot!("packages_looped_worker_arguments_diff", diff);
    });
}

/// A local bound in each branch of an `if` carries the parameter on the branch that binds it
/// to it (`init = partial(_bootstrap, on_start, *args)` / `else: init = _reset`, or `task =
/// transform` beside `task = abs`); one bound twice in a row does not (`checked_map`), nor
/// one whose branch is taken on another parameter's test (`choose`, `start_pool`).
#[test]
fn report_and_diff_through_branch_bound_callables() {
    let copy = copy_package(&packages_dir().join("branch_bound_callables"));
    let report = stdout(&picklefix(copy.path(), &["--show-apis", "."]));
    let diff = stdout(&picklefix(copy.path(), &["--diff", "."]));
    insta::with_settings!({snapshot_path => "../snapshots"}, {
        insta::assert_snapshot!("packages_branch_bound_callables_report", report);
        insta::assert_snapshot!("packages_branch_bound_callables_diff", diff);
    });
}

/// The lambdas a file adds to a table it imports (`STEPS += [...]`, `STEPS.extend([...])` in
/// a function, `HANDLERS["neg"] = ...`) are candidates of its reads of the table, whatever
/// the entries the table's own module wrote; an added entry keyed by a plain name takes it.
#[test]
fn report_and_diff_of_lambdas_added_to_an_imported_table() {
    let copy = copy_package(&packages_dir().join("imported_table_grown"));
    let diff = stdout(&picklefix(copy.path(), &["--diff", "."]));
    insta::with_settings!({snapshot_path => "../snapshots"}, {
        insta::assert_snapshot!("packages_imported_table_grown_diff", diff);
    });
}

/// A function picked from a module-level table by the caller's key (`BACKENDS[mode]`, kept
/// in a local or called where it is picked) is a wrapper for the keys that pick a process
/// API; a table changed after it is written (`REROUTED["processes"] = ...`) is not read, nor
/// one whose key is not the caller's as given (`BACKENDS[mode.lower()]`).
#[test]
fn report_and_diff_through_function_tables() {
    let copy = copy_package(&packages_dir().join("function_tables"));
    let report = stdout(&picklefix(copy.path(), &["--show-apis", "."]));
    let diff = stdout(&picklefix(copy.path(), &["--diff", "."]));
    insta::with_settings!({snapshot_path => "../snapshots"}, {
        insta::assert_snapshot!("packages_function_tables_report", report);
        insta::assert_snapshot!("packages_function_tables_diff", diff);
    });
}

#[test]
fn report_and_diff_through_a_wrapper_of_two_callable_parameters() {
    let copy = copy_package(&packages_dir().join("two_callables"));
    let report = stdout(&picklefix(copy.path(), &["--show-apis", "."]));
    let diff = stdout(&picklefix(copy.path(), &["--diff", "."]));
    insta::with_settings!({snapshot_path => "../snapshots"}, {
        insta::assert_snapshot!("packages_two_callables_report", report);
        insta::assert_snapshot!("packages_two_callables_diff", diff);
    });
}

/// A nested function handed to a pool by its decorator is lifted under a name of its own, the
/// decorator's result assigned to its name where the `def` was.
#[test]
fn report_and_diff_of_functions_a_decorator_hands_to_a_pool() {
    let copy = copy_package(&packages_dir().join("decorated_pool"));
    let report = stdout(&picklefix(copy.path(), &["."]));
    let diff = stdout(&picklefix(copy.path(), &["--diff", "."]));
    insta::with_settings!({snapshot_path => "../snapshots"}, {
        insta::assert_snapshot!("packages_decorated_pool_report", report);
        insta::assert_snapshot!("packages_decorated_pool_diff", diff);
    });
}

/// A module-level function under a decorator of another file that hands it to processes and
/// returns a function of its own is bound to that function, not found by pickle under its
/// name: it is renamed and the decorator's result assigned to the name. One that returns the
/// function it was given (a registry) is left alone.
#[test]
fn report_and_diff_of_module_functions_a_decorator_of_another_file_replaces() {
    let copy = copy_package(&packages_dir().join("decorated_module_functions"));
    let report = stdout(&picklefix(copy.path(), &["."]));
    let diff = stdout(&picklefix(copy.path(), &["--diff", "."]));
    insta::with_settings!({snapshot_path => "../snapshots"}, {
        insta::assert_snapshot!("packages_decorated_module_functions_report", report);
        insta::assert_snapshot!("packages_decorated_module_functions_diff", diff);
    });
}

/// A namespace package (a folder without `__init__.py`) is named from the folder Python puts
/// on `sys.path`: the script's, when the files are listed (`picklefix main.py app`) rather
/// than found under one root, so the wrapper in it is followed all the same.
#[test]
fn namespace_packages_resolve_when_the_files_are_listed() {
    let copy = copy_package(&packages_dir().join("namespace"));
    let whole = findings(copy.path());
    assert!(!whole.is_empty());
    for paths in [
        &["main.py", "app"][..],
        &["app/", "main.py"],
        &["main.py", "app/par.py"],
    ] {
        assert_eq!(findings_of(copy.path(), paths), whole, "{paths:?}");
    }
    // A script that puts the folder listed beside it on `sys.path` imports its files by the
    // names they have under that folder (`par.pool` for `vendor/par/pool.py`).
    let dir = tempfile::tempdir().expect("temporary directory");
    std::fs::create_dir_all(dir.path().join("vendor/par")).expect("folders");
    let main = "import os\nimport sys\n\nsys.path.insert(0, os.path.join(os.path.dirname(__file__), \"vendor\"))\n\nfrom par import pool  # noqa: E402\n\n\ndef main():\n    k = 3\n    print(pool.pmap(lambda x: x + k, [1, 2]))\n";
    let pool = "from multiprocessing import Pool\n\n\ndef pmap(fn, items):\n    with Pool(2) as pool:\n        return pool.map(fn, items)\n";
    std::fs::write(dir.path().join("main.py"), main).expect("write");
    std::fs::write(dir.path().join("vendor/par/pool.py"), pool).expect("write");
    assert_eq!(
        findings_of(dir.path(), &["main.py", "vendor"]),
        ["main.py:11"]
    );
}

#[test]
fn show_apis_lists_the_wrappers_in_the_json_document() {
    let copy = copy_package(&packages_dir().join("decorated_wrappers"));
    let output = picklefix(
        copy.path(),
        &["--show-apis", "--output-format", "json", "."],
    );
    let document: serde_json::Value =
        serde_json::from_str(&stdout(&output)).expect("the JSON format prints one document");
    assert_eq!(document["findings"].as_array().map(Vec::len), Some(8));
    // Nothing about the wrappers goes to stderr: the document holds them.
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!stderr.contains("Inferred"), "{stderr}");
    let apis = serde_json::to_string_pretty(&document["apis"]).expect("serialise the list");
    insta::with_settings!({snapshot_path => "../snapshots"}, {
        insta::assert_snapshot!("packages_decorated_wrappers_json_apis", apis);
    });
}

#[test]
fn report_lists_the_factories_beside_the_wrappers() {
    let copy = copy_package(&packages_dir().join("factories"));
    let report = stdout(&picklefix(copy.path(), &["--show-apis", "."]));
    insta::with_settings!({snapshot_path => "../snapshots"}, {
        insta::assert_snapshot!("packages_factories_report", report);
    });
}

#[test]
fn show_apis_lists_the_factories_in_the_json_document() {
    let copy = copy_package(&packages_dir().join("pool_members"));
    let output = picklefix(
        copy.path(),
        &["--show-apis", "--output-format", "json", "."],
    );
    let document: serde_json::Value =
        serde_json::from_str(&stdout(&output)).expect("the JSON format prints one document");
    assert_eq!(document["apis"].as_array().map(Vec::len), Some(0));
    let factories =
        serde_json::to_string_pretty(&document["factories"]).expect("serialise the list");
    insta::with_settings!({snapshot_path => "../snapshots"}, {
        insta::assert_snapshot!("packages_pool_members_json_factories", factories);
    });
}

#[test]
fn show_apis_lists_shared_instances_and_process_subclasses() {
    let copy = copy_package(&packages_dir().join("module_instances"));
    let report = stdout(&picklefix(copy.path(), &["--show-apis", "."]));
    // Shared instances are counted as what they are, not as factories.
    assert!(
        report.contains("Inferred 1 process API wrapper and 2 shared pools:\n"),
        "{report}"
    );
    assert!(
        report.contains("    6: `EXECUTOR` is a `ProcessPoolExecutor`\n"),
        "{report}"
    );
    assert!(report.contains("    8: `POOL` is a `Pool`\n"), "{report}");
    // A shared thread pool is no process API.
    assert!(!report.contains("THREADS"), "{report}");
    let copy = copy_package(&packages_dir().join("process_subclasses"));
    let report = stdout(&picklefix(copy.path(), &["--show-apis", "."]));
    assert!(
        report.contains("Inferred 3 process API wrappers and 1 Process subclass:\n"),
        "{report}"
    );
    assert!(
        report.contains("    5: `Quiet` is a subclass of `Process`, called as it\n"),
        "{report}"
    );
    assert!(
        report.contains("`Keeper` takes the callable as `fn`"),
        "{report}"
    );
    // `Counter` keeps a number it never calls.
    assert!(!report.contains("Counter"), "{report}");
}

#[test]
fn show_apis_lists_the_pools_instances_hold_in_attributes() {
    let copy = copy_package(&packages_dir().join("held_pools"));
    let report = stdout(&picklefix(copy.path(), &["--show-apis", "."]));
    let listed = [
        "    9: `Local.pool` (an attribute its instances set) holds a `Pool`\n",
        "    11: `Runner.executor` (an attribute its instances set) holds a `ProcessPoolExecutor`\n",
        "    15: `Runner.pool` (an attribute its instances set) holds a `Pool`\n",
    ];
    for line in listed {
        assert!(report.contains(line), "{line:?} in {report}");
    }
    // A thread pool is no process API, and `Threaded` swaps the executor for one.
    assert!(!report.contains("threads"), "{report}");
    assert!(!report.contains("Threaded"), "{report}");
}

/// A wrapper that looks at what its callable is would see a `functools.partial` instead of a
/// function: a lift that needs one is refused, naming where it looks, and nothing is written.
#[test]
fn refuses_a_partial_for_a_wrapper_that_looks_at_its_callable() {
    let dir = tempfile::tempdir().expect("create a temporary directory");
    let par = indoc::indoc! {r#"
        import inspect
        from multiprocessing import Pool


        def pmap(fn, xs):
            print(f"running {fn.__name__}")
            with Pool(2) as pool:
                return pool.map(fn, xs)


        def smap(fn, xs):
            with Pool(2) as pool:
                if len(inspect.signature(fn).parameters) > 1:
                    return pool.starmap(fn, xs)
                return pool.map(fn, xs)


        def _label(task):
            return task.__name__


        def lmap(fn, xs):
            target = fn
            with Pool(2, initializer=print, initargs=(_label(target),)) as pool:
                return pool.map(fn, xs)
    "#};
    let main = indoc::indoc! {r#"
        from par import lmap, pmap, smap


        def main():
            k = 2

            def shift(x):
                return x + k

            print(pmap(shift, [1, 2]), smap(lambda x: x * k, [3]), lmap(lambda x: x - k, [4]))


        if __name__ == "__main__":
            main()
    "#};
    std::fs::write(dir.path().join("par.py"), par).expect("write par.py");
    std::fs::write(dir.path().join("main.py"), main).expect("write main.py");
    let before = contents(dir.path());
    let report = stdout(&picklefix(dir.path(), &["--fix", "."]));
    assert!(
        report.contains(
            "main.py:10:16: PKL003 nested function `shift` passed to `pmap` (which hands it to \
             `Pool.map`, par.py:8) cannot be pickled; not fixed: `pmap` looks at what its \
             callable is (`fn.__name__`, par.py:6), and the captured values would reach it in a \
             functools.partial, which it would see instead of a function\n"
        ),
        "{report}"
    );
    assert!(
        report.contains(
            "not fixed: `smap` looks at what its callable is (`inspect.signature(fn)`, \
             par.py:13)"
        ),
        "{report}"
    );
    // Through an alias, to a helper of the file that reads the name, which a lambda's lift
    // changes before any partial.
    assert!(
        report.contains(
            "not fixed: `lmap` reads the name of its callable (`_label(target)`, par.py:24), \
             which would change from `<lambda>` to `_main_task`"
        ),
        "{report}"
    );
    assert_eq!(before, contents(dir.path()), "a refused lift wrote a file");
}

/// A lift names a lambda and moves a nested function to module level, which changes what
/// `fn.__name__` (a lambda's) and `fn.__qualname__` (both) read: a wrapper of another file,
/// a worker given the callable, or the code beside the `def` that reads them refuses the lift,
/// naming the read and both names, and nothing is written; so does one that reads the names
/// through a function `functools.wraps` decorates, or the source through `inspect.getsource`,
/// which the lift rewrites. A nested function keeps its
/// `__name__` (`packages/name_reading_wrappers` lifts it, and a guard function whose
/// qualified name is kept).
#[test]
fn refuses_a_lift_that_changes_a_name_the_code_reads() {
    let dir = tempfile::tempdir().expect("create a temporary directory");
    let launch = indoc::indoc! {r#"
        import functools
        import inspect
        import multiprocessing

        LOG = []


        def start_logged(fn, *args):
            LOG.append(f"start {fn.__qualname__}")
            proc = multiprocessing.Process(target=fn, args=args)
            proc.start()
            return proc


        def run_named(fn, *args):
            print("running", getattr(fn, "__name__", "?"))
            proc = multiprocessing.Process(target=fn, args=args)
            proc.start()
            return proc


        def start_traced(fn, *args):
            @functools.wraps(fn)
            def traced(*a):
                return fn(*a)

            print("tracing", traced.__qualname__)
            proc = multiprocessing.Process(target=fn, args=args)
            proc.start()
            return proc


        def start_described(fn, *args):
            print(inspect.getsource(fn))
            proc = multiprocessing.Process(target=fn, args=args)
            proc.start()
            return proc
    "#};
    let main = indoc::indoc! {r#"
        import multiprocessing

        from launch import run_named, start_described, start_logged, start_traced


        def _call(f):
            print("calling", f.__qualname__)
            f()


        def main():
            def job():
                print("job")

            start_logged(job).join()
            run_named(lambda: print("lambda")).join()

            def probe():
                print("probe")

            multiprocessing.Process(target=_call, args=(probe,)).start()

            def named():
                print("named")

            print(named.__qualname__)
            multiprocessing.Process(target=named).start()

            def traced_job():
                print("traced")

            start_traced(traced_job).join()
            start_described(lambda: print("described")).join()


        if __name__ == "__main__":
            main()
    "#};
    std::fs::write(dir.path().join("launch.py"), launch).expect("write launch.py");
    std::fs::write(dir.path().join("main.py"), main).expect("write main.py");
    let before = contents(dir.path());
    let report = stdout(&picklefix(dir.path(), &["--fix", "."]));
    assert!(
        report.contains(
            "main.py:15:18: PKL003 nested function `job` passed to `start_logged` (which hands \
             it to `Process(target=...)`, launch.py:10) cannot be pickled; not fixed: \
             `start_logged` reads the name of its callable (`fn.__qualname__`, launch.py:9), \
             which would change from `main.<locals>.job` to `job` once the callable is moved to \
             module level\n"
        ),
        "{report}"
    );
    // A lambda that only calls `print` is not handed over as `print` either: its name would
    // be `print`.
    assert!(
        report.contains(
            "not fixed: `run_named` reads the name of its callable (`getattr(fn, \"__name__\", \
             \"?\")`, launch.py:16), which would change from `<lambda>` to"
        ),
        "{report}"
    );
    assert!(
        report.contains(
            "not fixed: the worker `_call` reads the name of its callable (`f.__qualname__`, \
             line 7), which would change from `main.<locals>.probe` to `probe`"
        ),
        "{report}"
    );
    assert!(
        report.contains(
            "not fixed: the code around it reads its name (`named.__qualname__`, line 26), \
             which would change from `main.<locals>.named` to `named`"
        ),
        "{report}"
    );
    // Through `functools.wraps`, which copies the callable's names to the function it
    // decorates, and `inspect.getsource`, which reads the text a lift rewrites.
    assert!(
        report.contains(
            "not fixed: `start_traced` reads the name of its callable (`traced.__qualname__`, \
             launch.py:27), which would change from `main.<locals>.traced_job` to `traced_job`"
        ),
        "{report}"
    );
    assert!(
        report.contains(
            "not fixed: `start_described` reads the source of its callable \
             (`inspect.getsource(fn)`, launch.py:34), which would change once the callable is \
             moved to module level\n"
        ),
        "{report}"
    );
    assert_eq!(before, contents(dir.path()), "a refused lift wrote a file");
}

/// The name a wrapper reads may be reached without `fn.__qualname__`: through
/// `inspect.unwrap` (imported under any name, and through a variable), the `__wrapped__` item
/// of `vars()`, the code object (`__code__.co_qualname`, and `co_name`, which a lift changes for
/// a lambda only), `operator.attrgetter`, or what an imported decorator returns for it
/// (`traced(fn)`, a `functools.wraps` wrapper). Each refuses the lift, naming the read; a
/// nested function whose `co_name` is all that is read keeps it and is lifted.
#[test]
fn refuses_a_lift_that_changes_a_name_read_through_unwrap_or_code() {
    let dir = tempfile::tempdir().expect("create a temporary directory");
    let launch = indoc::indoc! {r#"
        import functools
        import inspect
        import multiprocessing
        import operator
        from inspect import unwrap

        from helpers import traced


        def start(fn, *args):
            proc = multiprocessing.Process(target=fn, args=args)
            proc.start()
            return proc


        def start_unwrapped(fn, *args):
            print("start", inspect.unwrap(fn).__qualname__)
            return start(fn, *args)


        def start_aliased(fn, *args):
            @functools.wraps(fn)
            def shown():
                pass

            inner = unwrap(shown)
            print("start", inner.__qualname__)
            return start(fn, *args)


        def start_mapped(fn, *args):
            @functools.wraps(fn)
            def shown():
                pass

            print("start", vars(shown)["__wrapped__"].__qualname__)
            return start(fn, *args)


        def start_coded(fn, *args):
            print("start", fn.__code__.co_qualname)
            return start(fn, *args)


        def start_got(fn, *args):
            print("start", operator.attrgetter("__qualname__")(fn))
            return start(fn, *args)


        def start_code_name(fn, *args):
            print("start", fn.__code__.co_name)
            return start(fn, *args)


        def start_traced(fn, *args):
            w = traced(fn)
            print("start", w.__qualname__)
            return start(fn, *args)
    "#};
    let helpers = indoc::indoc! {r#"
        import functools


        def traced(fn):
            @functools.wraps(fn)
            def wrapper(*a, **k):
                return fn(*a, **k)

            return wrapper
    "#};
    let main = indoc::indoc! {r#"
        from launch import (
            start_aliased,
            start_code_name,
            start_coded,
            start_got,
            start_mapped,
            start_traced,
            start_unwrapped,
        )


        def main():
            def unwrapped():
                print("unwrapped")

            def aliased():
                print("aliased")

            def mapped():
                print("mapped")

            def coded():
                print("coded")

            def got():
                print("got")

            def named():
                print("named")

            def traced():
                print("traced")

            start_unwrapped(unwrapped).join()
            start_aliased(aliased).join()
            start_mapped(mapped).join()
            start_coded(coded).join()
            start_got(got).join()
            start_code_name(lambda: print("lambda")).join()
            start_code_name(named).join()
            start_traced(traced).join()


        if __name__ == "__main__":
            main()
    "#};
    std::fs::write(dir.path().join("launch.py"), launch).expect("write launch.py");
    std::fs::write(dir.path().join("main.py"), main).expect("write main.py");
    std::fs::write(dir.path().join("helpers.py"), helpers).expect("write helpers.py");
    let report = stdout(&picklefix(dir.path(), &["--fix", "."]));
    let refused = [
        (
            "start_unwrapped",
            "inspect.unwrap(fn).__qualname__",
            17,
            "unwrapped",
        ),
        ("start_aliased", "inner.__qualname__", 27, "aliased"),
        (
            "start_mapped",
            "vars(shown)[\"__wrapped__\"].__qualname__",
            36,
            "mapped",
        ),
        ("start_coded", "fn.__code__.co_qualname", 41, "coded"),
        ("start_traced", "w.__qualname__", 57, "traced"),
        (
            "start_got",
            "operator.attrgetter(\"__qualname__\")(fn)",
            46,
            "got",
        ),
    ];
    for (wrapper, read, line, job) in refused {
        let expected = format!(
            "not fixed: `{wrapper}` reads the name of its callable (`{read}`, launch.py:{line}), \
             which would change from `main.<locals>.{job}` to `{job}` once the callable is moved \
             to module level\n"
        );
        assert!(report.contains(&expected), "{expected}\n{report}");
    }
    assert!(
        report.contains(
            "not fixed: `start_code_name` reads the name of its callable (`fn.__code__.co_name`, \
             launch.py:51), which would change from `<lambda>` to `_main_task` once the callable \
             is moved to module level\n"
        ),
        "{report}"
    );
    assert!(report.contains("Fixed 1 finding"), "{report}");
    let fixed = std::fs::read_to_string(dir.path().join("main.py")).expect("read main.py");
    assert_eq!(
        std::fs::read_to_string(dir.path().join("launch.py")).expect("read launch.py"),
        launch,
        "the wrappers' file was written"
    );
    assert!(fixed.contains("\ndef named():\n"), "{fixed}");
    assert!(fixed.contains("    def unwrapped():\n"), "{fixed}");
}

/// A worker of another file that takes a task tuple apart is read position by position
/// (`packages/unpacked_by_imported_worker` lifts where it only calls the callable): one that
/// looks at the callable it unpacks, keeps it, or hands it to another position's value would
/// see the partial a lift makes, so the lift is refused, naming the worker's line, and
/// nothing is written.
#[test]
fn refuses_a_partial_for_an_unpacked_callable_the_worker_looks_at() {
    let dir = tempfile::tempdir().expect("create a temporary directory");
    let run = indoc::indoc! {r#"
        _SEEN = []


        def named(task):
            fn, x = task
            return f"{fn.__name__}: {fn(x)}"


        def kept(task):
            fn, x = task
            _SEEN.append(fn)
            return fn(x)


        def handed(task):
            fn, apply = task
            return apply(fn)
    "#};
    let main = indoc::indoc! {r#"
        import multiprocessing

        from run import handed, kept, named


        def main():
            k = 3
            with multiprocessing.Pool(2) as pool:
                print(pool.map(named, [(lambda v: v * k, i) for i in range(3)]))
                print(pool.map(kept, [(lambda v: v + k, i) for i in range(3)]))
                print(pool.map(handed, [(lambda: k, print)]))


        if __name__ == "__main__":
            main()
    "#};
    std::fs::write(dir.path().join("run.py"), run).expect("write run.py");
    std::fs::write(dir.path().join("main.py"), main).expect("write main.py");
    let before = contents(dir.path());
    let report = stdout(&picklefix(dir.path(), &["--fix", "."]));
    assert!(
        report.contains(
            "main.py:9:33: PKL002 lambda passed in the items of `Pool.map` cannot be pickled; \
             not fixed: the worker `named` (run.py) looks at what it is given (`fn.__name__`, \
             line 6)"
        ),
        "{report}"
    );
    assert!(
        report.contains(
            "main.py:10:32: PKL002 lambda passed in the items of `Pool.map` cannot be pickled; \
             not fixed: the worker `kept` (run.py) does more with what it is given than call it \
             (`_SEEN.append(fn)`, line 11)"
        ),
        "{report}"
    );
    assert!(
        report.contains(
            "main.py:11:34: PKL002 lambda passed in the items of `Pool.map` cannot be pickled; \
             not fixed: the worker `handed` (run.py) does more with what it is given than call \
             it (`apply(fn)`, line 17)"
        ),
        "{report}"
    );
    assert!(
        report.contains("Nothing fixed; 3 findings remain"),
        "{report}"
    );
    assert_eq!(before, contents(dir.path()), "a refused lift wrote a file");
}

/// A wrapper that maps a pool over its task list, whose worker takes each task apart and
/// reads the name of the part it calls (`packages/task_tuples_through_a_wrapper` lifts
/// where it only calls it): the site is reported and the lift refused, naming the worker's
/// line, and nothing is written.
#[test]
fn refuses_a_partial_for_a_task_part_a_wrapper_worker_looks_at() {
    let dir = tempfile::tempdir().expect("create a temporary directory");
    let runner = indoc::indoc! {r#"
        from multiprocessing import Pool


        def _named(task):
            fn, arg = task
            return fn.__name__, fn(arg)


        def run_named(tasks):
            with Pool(2) as pool:
                return pool.map(_named, tasks)
    "#};
    let main = indoc::indoc! {r#"
        from runner import run_named


        def main():
            k = 5

            def minus(v):
                return v - k

            print(run_named([(lambda v: v - k, 1)]))
            print(run_named([(minus, 1)]))


        if __name__ == "__main__":
            main()
    "#};
    std::fs::write(dir.path().join("runner.py"), runner).expect("write runner.py");
    std::fs::write(dir.path().join("main.py"), main).expect("write main.py");
    let before = contents(dir.path());
    let report = stdout(&picklefix(dir.path(), &["--fix", "."]));
    assert!(
        report.contains(
            "main.py:10:23: PKL002 lambda passed to `run_named` (which hands it to `Pool.map`, \
             runner.py:11) cannot be pickled; not fixed: `run_named` reads the name of its \
             callable (`fn.__name__`, runner.py:6), which would change from `<lambda>` to"
        ),
        "{report}"
    );
    // A nested function keeps its name, but would reach the worker in a partial.
    assert!(
        report.contains(
            "main.py:11:23: PKL003 nested function `minus` passed to `run_named` (which hands \
             it to `Pool.map`, runner.py:11) cannot be pickled; not fixed: `run_named` looks at \
             what its callable is (`fn.__name__`, runner.py:6)"
        ),
        "{report}"
    );
    assert_eq!(before, contents(dir.path()), "a refused lift wrote a file");
}

/// A method of a class (or object) of another file, called in the parent for its effect
/// before the hand-over (`Settings.load(...)`, its result dropped), may set what a lifted
/// worker reads (`Settings.precision`), and the file that defines it is not read: refused,
/// naming the call, and nothing is written. A query (`Settings.get_precision()`) or a call
/// whose result is used (`shown = Settings.describe_all()`) changes nothing: those lifts go
/// ahead.
#[test]
fn refuses_a_lift_when_a_method_of_another_module_may_change_what_it_reads() {
    let dir = tempfile::tempdir().expect("create a temporary directory");
    let config = indoc::indoc! {r#"
        class Settings:
            precision = 2

            @classmethod
            def load(cls, mapping):
                for key, value in mapping.items():
                    setattr(cls, key, value)

            @classmethod
            def get_precision(cls):
                return cls.precision

            @classmethod
            def render(cls):
                return f"precision={cls.precision}"

            @classmethod
            def copied(cls):
                return type("Copy", (), {"precision": cls.precision})

            class section:
                precision = 2

                @classmethod
                def load(cls, mapping):
                    cls.precision = mapping["precision"]
                    return True
    "#};
    let main = indoc::indoc! {r#"
        from concurrent.futures import ProcessPoolExecutor

        from config import Settings


        def loaded(xs):
            Settings.load({"precision": 4})
            with ProcessPoolExecutor(2) as ex:
                return list(ex.map(lambda x: round(x / 3, Settings.precision), xs))


        if __name__ == "__main__":
            print(loaded([1, 2]))
    "#};
    let query = indoc::indoc! {r#"
        from concurrent.futures import ProcessPoolExecutor

        from config import Settings


        def queried(xs):
            digits = Settings.get_precision()
            shown = Settings.render()
            copy = Settings.copied()
            with ProcessPoolExecutor(2) as ex:
                return shown, list(ex.map(lambda x: round(x / 3, Settings.precision), xs))


        if __name__ == "__main__":
            print(queried([1, 2]))
    "#};
    // A method whose result is only tested is called for what it does, as is one reached
    // through an attribute of the imported class.
    let tested = indoc::indoc! {r#"
        from concurrent.futures import ProcessPoolExecutor

        from config import Settings


        def tested(xs):
            if not Settings.section.load({"precision": 4}):
                return []
            with ProcessPoolExecutor(2) as ex:
                return list(ex.map(lambda x: round(x / 3, Settings.section.precision), xs))


        if __name__ == "__main__":
            print(tested([1, 2]))
    "#};
    std::fs::write(dir.path().join("config.py"), config).expect("write config.py");
    std::fs::write(dir.path().join("main.py"), main).expect("write main.py");
    std::fs::write(dir.path().join("query.py"), query).expect("write query.py");
    std::fs::write(dir.path().join("tested.py"), tested).expect("write tested.py");
    let report = stdout(&picklefix(dir.path(), &["."]));
    assert!(
        report.contains(
            "tested.py:10:28: PKL002 lambda passed to `ProcessPoolExecutor.map` cannot be \
             pickled; not fixed: it reads `Settings.section.precision`, and `tested` calls \
             `Settings.section.load(...)` at run time (line 7), a method from another module \
             that may change it"
        ),
        "{report}"
    );
    assert!(
        report.contains(
            "main.py:9:28: PKL002 lambda passed to `ProcessPoolExecutor.map` cannot be pickled; \
             not fixed: it reads `Settings.precision`, and `loaded` calls `Settings.load(...)` \
             at run time (line 7), a method from another module that may change it: a worker \
             started by spawn or forkserver imports the module again and would not see a change"
        ),
        "{report}"
    );
    assert!(
        report.contains(
            "query.py:11:35: PKL002 [*] lambda passed to `ProcessPoolExecutor.map` cannot be \
             pickled; lift it to module-level function `_queried_task`"
        ),
        "{report}"
    );
    let before = std::fs::read(dir.path().join("main.py")).expect("read main.py");
    let fixed = stdout(&picklefix(dir.path(), &["--fix", "."]));
    assert!(fixed.contains("Fixed 1 finding in 1 file"), "{fixed}");
    let after = std::fs::read(dir.path().join("main.py")).expect("read main.py");
    assert_eq!(before, after, "the refused lift wrote main.py");
    let after = std::fs::read_to_string(dir.path().join("tested.py")).expect("read tested.py");
    assert_eq!(tested, after, "the refused lift wrote tested.py");
    let query = std::fs::read_to_string(dir.path().join("query.py")).expect("read query.py");
    assert!(query.contains("ex.map(_queried_task, xs)"), "{query}");
}

/// A wrapper handing each task dict of its parameter to a worker that calls the value at one
/// key (`packages/task_dicts_through_a_wrapper` lifts there): a worker that also looks at
/// that value (`job["call"].__name__`) would see the partial a lift makes, so the site is
/// reported and the lift refused, naming the worker's line, and nothing is written.
#[test]
fn refuses_a_partial_for_a_task_dict_value_the_worker_looks_at() {
    let dir = tempfile::tempdir().expect("create a temporary directory");
    let execute = indoc::indoc! {r#"
        from concurrent.futures import ProcessPoolExecutor


        def _apply(job):
            return job["call"].__name__, job["call"](job["value"])


        def apply_all(jobs):
            with ProcessPoolExecutor(max_workers=2) as ex:
                return [ex.submit(_apply, job).result() for job in jobs]
    "#};
    let main = indoc::indoc! {r#"
        from execute import apply_all


        def main():
            k = 3

            def times(v):
                return v * k

            print(apply_all([{"call": lambda v: v * k, "value": i} for i in range(4)]))
            print(apply_all([{"call": times, "value": i} for i in range(4)]))


        if __name__ == "__main__":
            main()
    "#};
    std::fs::write(dir.path().join("execute.py"), execute).expect("write execute.py");
    std::fs::write(dir.path().join("main.py"), main).expect("write main.py");
    let before = contents(dir.path());
    let report = stdout(&picklefix(dir.path(), &["--fix", "."]));
    assert!(
        report.contains(
            "main.py:10:31: PKL002 lambda passed to `apply_all` (which hands it to `_apply` \
             through `ProcessPoolExecutor.submit`, execute.py:10) cannot be pickled; not fixed: \
             `apply_all` reads the name of its callable (`job[\"call\"].__name__`, \
             execute.py:5), which would change from `<lambda>` to"
        ),
        "{report}"
    );
    assert!(
        report.contains(
            "main.py:11:31: PKL003 nested function `times` passed to `apply_all` (which hands \
             it to `_apply` through `ProcessPoolExecutor.submit`, execute.py:10) cannot be \
             pickled; not fixed: `apply_all` looks at what its callable is \
             (`job[\"call\"].__name__`, execute.py:5)"
        ),
        "{report}"
    );
    assert_eq!(before, contents(dir.path()), "a refused lift wrote a file");
}

/// A wrapper that reads the loop variable it hands to a worker (`name=check.__qualname__`,
/// `check.__name__` in a log call), or reads its `*args` elsewhere (`[c.__name__ for c in
/// checks]`), would see the partial a lift makes of a function that captures: refused, and
/// nothing is written.
#[test]
fn refuses_a_partial_for_a_loop_variable_a_wrapper_looks_at() {
    let dir = tempfile::tempdir().expect("create a temporary directory");
    std::fs::create_dir(dir.path().join("pkg")).expect("create pkg");
    std::fs::write(dir.path().join("pkg/__init__.py"), "").expect("write pkg/__init__.py");
    let health = indoc::indoc! {r#"
        import logging
        import multiprocessing

        log = logging.getLogger(__name__)


        def _probe(index, check, out):
            out.put((index, check()))


        def run_named(checks, out):
            for index, check in enumerate(checks):
                proc = multiprocessing.Process(
                    target=_probe, args=(index, check, out), name=check.__qualname__
                )
                proc.start()
                proc.join()
            return sorted(out.get(timeout=10) for _ in checks)


        def run_logged(*checks):
            out = multiprocessing.Queue()
            for index, check in enumerate(checks):
                log.warning("starting %s", check.__name__)
                multiprocessing.Process(target=_probe, args=(index, check, out)).start()
            return sorted(out.get(timeout=10) for _ in checks)


        def run_all(*checks):
            names = [c.__name__ for c in checks]
            for c in checks:
                multiprocessing.Process(target=c).start()
            return names
    "#};
    let main = indoc::indoc! {r#"
        import multiprocessing

        from pkg.health import run_all, run_logged, run_named


        def main():
            base = 5

            def disk():
                return base + 1

            print(run_named([disk], multiprocessing.Queue()))
            print(run_logged(lambda: base * 2))
            print(run_all(lambda: base - 1))


        if __name__ == "__main__":
            main()
    "#};
    std::fs::write(dir.path().join("pkg/health.py"), health).expect("write pkg/health.py");
    std::fs::write(dir.path().join("main.py"), main).expect("write main.py");
    let before = contents(dir.path());
    let report = stdout(&picklefix(dir.path(), &["--fix", "."]));
    insta::with_settings!({snapshot_path => "../snapshots"}, {
        insta::assert_snapshot!("packages_looped_worker_inspected_report", report);
    });
    assert_eq!(before, contents(dir.path()), "a refused lift wrote a file");
}

/// A generator wrapper hands its callable over when it is iterated, not when it is called:
/// a captured loop variable bound at the call would give every generator kept past the loop
/// its own value, where the original's all read the last. A wrapper method that assigns an
/// attribute of its instance before handing over would have the worker see the old value
/// where a lift binds the attribute at the call. A `for` statement over a generator runs its
/// body between the generator's steps. All refused, and nothing is written.
#[test]
fn refuses_lifts_a_generator_or_a_method_of_the_instance_would_change() {
    let dir = tempfile::tempdir().expect("create a temporary directory");
    std::fs::create_dir(dir.path().join("pkg")).expect("create pkg");
    std::fs::write(dir.path().join("pkg/__init__.py"), "").expect("write pkg/__init__.py");
    let work = indoc::indoc! {r#"
        from concurrent.futures import ProcessPoolExecutor


        def lazy_map(fn, items):
            with ProcessPoolExecutor(2) as ex:
                yield from ex.map(fn, items)


        class Trainer:
            def __init__(self):
                self.epoch = 0
                self.scale = 2

            def _parallel(self, fn, items):
                self.epoch += 1
                with ProcessPoolExecutor(2) as ex:
                    return list(ex.map(fn, items))

            def evaluate(self, batch):
                return self._parallel(lambda x: f"epoch{self.epoch}:{x}", batch)

            def streamed(self, batch):
                return lazy_map(lambda x: x * self.scale, batch)
    "#};
    let main = indoc::indoc! {r#"
        from pkg.work import lazy_map


        def main():
            pending = {}
            for gain in (1, 2, 3):
                pending[gain] = lazy_map(lambda x: x * gain, [1, 2])
            for key in sorted(pending):
                print(key, list(pending[key]))
            offset = 1
            later = lazy_map(lambda x: x + offset, [1])
            offset = 10
            print(list(later))
            for out in lazy_map(lambda x: x * offset, [1, 2]):
                offset += 1
                print(out)


        if __name__ == "__main__":
            main()
    "#};
    std::fs::write(dir.path().join("pkg/work.py"), work).expect("write pkg/work.py");
    std::fs::write(dir.path().join("main.py"), main).expect("write main.py");
    let before = contents(dir.path());
    let report = stdout(&picklefix(dir.path(), &["--fix", "."]));
    insta::with_settings!({snapshot_path => "../snapshots"}, {
        insta::assert_snapshot!("packages_generator_and_receiver_writes_report", report);
    });
    assert_eq!(before, contents(dir.path()), "a refused lift wrote a file");
}

/// A callable that captures an instance of a class another file of the run defines, what a
/// function of another file returns, or a module-level value of another file, pickles it
/// too: when that file's `__init__` stores a lock (also in a base of a base, across two more
/// files, in a class reached through a package's re-export or a module alias, or as the
/// default of its parameter), a function returns an open file, a lambda, a generator or an
/// instance of such a class of a third file, or an object keeping a lambda, or the value is
/// an open file or such an instance, or an instance of another file's class made with a lock,
/// the lift cannot make it work under spawn. An instance of
/// another file's class whose class attribute the parent sets at run time would see the
/// attribute a worker's import gives it. A method handed over bound to an instance whose
/// base in another file stores a lock pickles that lock. All refused, naming the file and
/// line that keeps it, and nothing is written.
#[test]
fn refuses_captures_of_what_classes_and_functions_of_other_files_keep() {
    let dir = tempfile::tempdir().expect("create a temporary directory");
    std::fs::create_dir(dir.path().join("pkg")).expect("create pkg");
    let files = [
        (
            "pkg/__init__.py",
            indoc::indoc! {r#"
                from .ctx import Context as Ctx
            "#},
        ),
        (
            "pkg/proc.py",
            indoc::indoc! {r#"
                import multiprocessing as mp


                def run_in_process(fn):
                    p = mp.Process(target=fn)
                    p.start()
                    p.join()
                    return p.exitcode
            "#},
        ),
        (
            "pkg/ctx.py",
            indoc::indoc! {r#"
                import threading


                class Context:
                    def __init__(self, name):
                        self.name = name
                        self.lock = threading.Lock()

                    def report(self, n):
                        with self.lock:
                            print(self.name, n)


                class Defaulted:
                    def __init__(self, name, lock=threading.Lock()):
                        self.name = name
                        self.lock = lock


                class Holder:
                    def __init__(self, guard):
                        self.guard = guard
            "#},
        ),
        (
            "pkg/base.py",
            indoc::indoc! {r#"
                import threading


                class Component:
                    def __init__(self):
                        self._lock = threading.Lock()
                        self.name = type(self).__name__


                class Mid(Component):
                    pass
            "#},
        ),
        (
            "pkg/service.py",
            indoc::indoc! {r#"
                from .base import Component


                class Service(Component):
                    def __init__(self):
                        super().__init__()
                        self.calls = 0
            "#},
        ),
        (
            "pkg/logs.py",
            indoc::indoc! {r#"
                import os
                import tempfile


                def open_log(name):
                    path = os.path.join(tempfile.mkdtemp(), name)
                    with open(path, "w") as f:
                        f.write("line one\n")
                    return open(path)


                def make_scaler(k):
                    return lambda x: x * k
            "#},
        ),
        (
            "pkg/runner.py",
            indoc::indoc! {r#"
                import multiprocessing as mp

                from .base import Mid


                class Runner(Mid):
                    def _run(self, fn, arg):
                        print(fn(arg))

                    def run(self, fn, args):
                        procs = [mp.Process(target=self._run, args=(fn, a)) for a in args]
                        for p in procs:
                            p.start()
                        for p in procs:
                            p.join()
            "#},
        ),
        (
            "pkg/factory.py",
            indoc::indoc! {r#"
                from .ctx import Context


                def make_context(name):
                    return Context(name)
            "#},
        ),
        (
            "pkg/state.py",
            indoc::indoc! {r#"
                import os
                import threading


                class Registry:
                    def __init__(self):
                        self.items = {}
                        self.lock = threading.Lock()


                REGISTRY = Registry()
                LOG = open(os.devnull, "w")


                def numbers(k):
                    for i in range(k):
                        yield i * i
            "#},
        ),
        (
            "pkg/stats.py",
            indoc::indoc! {r#"
                from collections import defaultdict


                def new_counts():
                    counts = defaultdict(lambda: 0)
                    counts["a"] += 2
                    return counts


                class Config:
                    mode = "default"

                    def __init__(self, n):
                        self.n = n

                    def describe(self):
                        return f"{self.mode}:{self.n}"
            "#},
        ),
        (
            "main.py",
            indoc::indoc! {r#"
                import threading

                import pkg.ctx as ctxmod
                from pkg import Ctx, state
                from pkg.ctx import Context, Defaulted, Holder
                from pkg.factory import make_context
                from pkg.logs import make_scaler, open_log
                from pkg.proc import run_in_process
                from pkg.runner import Runner
                from pkg.service import Service
                from pkg.state import REGISTRY, numbers
                from pkg.stats import Config, new_counts


                class Local(Service):
                    pass


                def main():
                    ctx = Context("job")
                    run_in_process(lambda: ctx.report(1))
                    again = Ctx("again")
                    run_in_process(lambda: again.report(2))
                    third = ctxmod.Context("third")
                    run_in_process(lambda: third.report(3))
                    log = open_log("app.log")
                    run_in_process(lambda: print(log.readline()))
                    scale = make_scaler(3)
                    run_in_process(lambda: print(scale(2)))
                    svc = Local()
                    run_in_process(lambda: print(svc.name))
                    made = make_context("made")
                    run_in_process(lambda: made.report(4))
                    defaulted = Defaulted("defaulted")
                    run_in_process(lambda: print(defaulted.name))
                    registry = REGISTRY
                    run_in_process(lambda: print(registry.items))
                    out = state.LOG
                    run_in_process(lambda: print(out.closed))
                    squares = numbers(3)
                    run_in_process(lambda: print(list(squares)))
                    counts = new_counts()
                    run_in_process(lambda: print(dict(counts)))
                    holder = Holder(threading.Lock())
                    run_in_process(lambda: print(holder.guard))
                    Config.mode = "fast"
                    config = Config(5)
                    run_in_process(lambda: print(config.describe()))
                    bonus = 7

                    def score(x):
                        return x + bonus

                    Runner().run(score, [1, 2])


                if __name__ == "__main__":
                    main()
            "#},
        ),
    ];
    for (path, text) in files {
        std::fs::write(dir.path().join(path), text).expect("write a file");
    }
    let before = contents(dir.path());
    let report = stdout(&picklefix(dir.path(), &["--fix", "."]));
    insta::with_settings!({snapshot_path => "../snapshots"}, {
        insta::assert_snapshot!("packages_captures_of_what_other_files_keep_report", report);
    });
    assert_eq!(before, contents(dir.path()), "a refused lift wrote a file");
}

/// Code that sets what pickle refuses on an object after it is made: an attribute the
/// parent sets (`job.lock = threading.Lock()`, also on a parameter), one a function it is
/// handed to sets on its parameter (`bind(bound)` in the file, `attach(ctx)` or
/// `prepare(ctx, ...)` calling it in another file, `setattr(...)`), a classmethod constructor
/// of another file that sets it on the object it returns (`Ctx.create`) or returns `cls(n)`
/// of a class that keeps one, a function of another file that returns its parameter after
/// setting one; a class of another file whose `__init__` stores what a third file's function
/// returns, its global holds, or its class's instances keep; a method or property of
/// another file's class, or of its base in a third file, that the parent uses
/// (`enabled.enable()`, `with guard.guard:`) and that stores one; what another file's
/// `contextmanager` yields. And what the other files say through the ways they are imported: a name
/// `try`/`except ImportError` imports from one of two modules, a star re-export, an instance
/// of another file's class (or of a class of the file whose base is one) that says how it
/// pickles (`__getstate__`), a factory returning another file's class made with a lock. A
/// lifted callable would pickle the object and what it holds: all refused, naming the
/// statement that sets it, and nothing is written.
#[test]
fn refuses_captures_of_objects_code_sets_what_pickle_refuses_on() {
    let dir = tempfile::tempdir().expect("create a temporary directory");
    std::fs::create_dir(dir.path().join("pkg")).expect("create pkg");
    let files = [
        ("pkg/__init__.py", ""),
        (
            "pkg/proc.py",
            indoc::indoc! {r#"
                import multiprocessing as mp


                def run_in_process(fn):
                    p = mp.Process(target=fn)
                    p.start()
                    p.join()
                    return p.exitcode
            "#},
        ),
        (
            "pkg/toggle.py",
            indoc::indoc! {r#"
                import threading


                class Toggle:
                    def enable(self):
                        self.lock = threading.Lock()
            "#},
        ),
        (
            "pkg/ctx.py",
            indoc::indoc! {r#"
                import threading

                from .toggle import Toggle


                class Ctx:
                    def __init__(self, n):
                        self.n = n

                    @classmethod
                    def create(cls, n):
                        obj = cls(n)
                        obj.lock = threading.Lock()
                        return obj


                class Guarded:
                    def __init__(self, n):
                        self.n = n
                        self.lock = threading.RLock()

                    @classmethod
                    def of(cls, n):
                        return cls(n)


                class Lazy:
                    def __init__(self, n):
                        self.n = n
                        self.lock = None

                    def enable(self):
                        self.lock = threading.Lock()

                    @property
                    def guard(self):
                        if not hasattr(self, "_guard"):
                            self._guard = threading.Semaphore(2)
                        return self._guard


                class Switch(Toggle):
                    def __init__(self, n):
                        self.n = n
            "#},
        ),
        (
            "pkg/setup.py",
            indoc::indoc! {r#"
                import os
                import threading


                def attach(ctx):
                    ctx.lock = threading.Lock()


                def attached(ctx):
                    setattr(ctx, "log", open(os.devnull))
                    return ctx


                def prepare(ctx, name):
                    ctx.name = name
                    attach(ctx)
            "#},
        ),
        (
            "pkg/sync.py",
            indoc::indoc! {r#"
                import threading

                LOCK = threading.Lock()


                def make_lock():
                    return threading.Lock()
            "#},
        ),
        (
            "pkg/app.py",
            indoc::indoc! {r#"
                from . import sync
                from .ctx import Guarded
                from .sync import make_lock


                class App:
                    def __init__(self, n):
                        self.n = n
                        self.lock = make_lock()


                class Shared:
                    def __init__(self, n):
                        self.n = n
                        self.lock = sync.LOCK


                class Composed:
                    def __init__(self, n):
                        self.n = n
                        self.part = Guarded(n)
            "#},
        ),
        (
            "pkg/fallback.py",
            indoc::indoc! {r#"
                import threading


                class Conn:
                    def __init__(self, n):
                        self.n = n
                        self.lock = threading.Lock()
            "#},
        ),
        (
            "pkg/state.py",
            indoc::indoc! {r#"
                import threading


                class Tracked:
                    def __init__(self, n):
                        self.n = n
                        self.lock = threading.Lock()

                    def __getstate__(self):
                        return dict(self.__dict__)
            "#},
        ),
        (
            "pkg/_impl.py",
            indoc::indoc! {r#"
                import threading
                from dataclasses import dataclass, field


                @dataclass(frozen=True)
                class Starred:
                    n: int
                    guard: object = field(default_factory=threading.RLock, compare=False)
            "#},
        ),
        (
            "pkg/api.py",
            indoc::indoc! {r#"
                from ._impl import *  # noqa: F403
            "#},
        ),
        (
            "pkg/types.py",
            indoc::indoc! {r#"
                from typing import NamedTuple


                class Pair(NamedTuple):
                    n: int
                    lock: object
            "#},
        ),
        (
            "pkg/factory.py",
            indoc::indoc! {r#"
                import threading

                from .types import Pair


                def build(n):
                    return Pair(n, threading.Lock())
            "#},
        ),
        (
            "pkg/res.py",
            indoc::indoc! {r#"
                import contextlib
                import os


                @contextlib.contextmanager
                def opened():
                    handle = open(os.devnull)
                    try:
                        yield handle
                    finally:
                        handle.close()
            "#},
        ),
        (
            "main.py",
            indoc::indoc! {r#"
                import threading

                from pkg.api import Starred
                from pkg.app import App, Composed, Shared
                from pkg.ctx import Ctx, Guarded, Lazy, Switch
                from pkg.factory import build
                from pkg.proc import run_in_process
                from pkg.res import opened
                from pkg.setup import attach, attached, prepare
                from pkg.state import Tracked

                try:
                    from pkg.native import Conn
                except ImportError:
                    from pkg.fallback import Conn


                class Job:
                    def __init__(self, n):
                        self.n = n


                class Local(Tracked):
                    pass


                def bind(job):
                    job.guard = threading.Semaphore(2)


                def main(n):
                    job = Job(1)
                    job.lock = threading.Lock()
                    run_in_process(lambda: print(job.n))
                    bound = Job(2)
                    bind(bound)
                    run_in_process(lambda: print(bound.n))
                    ctx = Ctx(3)
                    attach(ctx)
                    run_in_process(lambda: print(ctx.n))
                    made = Ctx.create(4)
                    run_in_process(lambda: print(made.n))
                    guarded = Guarded.of(5)
                    run_in_process(lambda: print(guarded.n))
                    logged = attached(Ctx(6))
                    run_in_process(lambda: print(logged.n))
                    prepared = Ctx(7)
                    prepare(prepared, "seven")
                    run_in_process(lambda: print(prepared.n))
                    n.lock = threading.Lock()
                    run_in_process(lambda: print(n.n))
                    app = App(9)
                    run_in_process(lambda: print(app.n))
                    shared = Shared(10)
                    run_in_process(lambda: print(shared.n))
                    composed = Composed(11)
                    run_in_process(lambda: print(composed.n))
                    enabled = Lazy(12)
                    enabled.enable()
                    run_in_process(lambda: print(enabled.n))
                    guard = Lazy(13)
                    with guard.guard:
                        run_in_process(lambda: print(guard.n))
                    conn = Conn(14)
                    run_in_process(lambda: print(conn.n))
                    tracked = Tracked(15)
                    run_in_process(lambda: print(tracked.n))
                    local = Local(16)
                    run_in_process(lambda: print(local.n))
                    starred = Starred(17)
                    run_in_process(lambda: print(starred.n))
                    pair = build(18)
                    run_in_process(lambda: print(pair.n))
                    switch = Switch(19)
                    switch.enable()
                    run_in_process(lambda: print(switch.n))
                    with opened() as handle:
                        run_in_process(lambda: print(handle.closed))


                if __name__ == "__main__":
                    main(Job(8))
            "#},
        ),
    ];
    for (path, text) in files {
        std::fs::write(dir.path().join(path), text).expect("write a file");
    }
    let before = contents(dir.path());
    let report = stdout(&picklefix(dir.path(), &["--fix", "."]));
    insta::with_settings!({snapshot_path => "../snapshots"}, {
        insta::assert_snapshot!("packages_captures_of_objects_code_sets_report", report);
    });
    assert_eq!(before, contents(dir.path()), "a refused lift wrote a file");
}

/// Objects of other files' classes and helpers locked in the ways a reading of one file
/// follows too: a module alias of a lock factory in `__init__` (also one of a third file),
/// `__enter__` run by `with c:` (also when `__exit__` clears it: where the process starts is
/// not read), a fluent method returning the instance, a setter taking the object in `*args`,
/// and an instance of a named tuple made under another name than its binding. All refused,
/// naming where; an object passed before the `*args` is lifted.
#[test]
fn refuses_captures_locked_by_other_files_through_aliases_and_methods() {
    let dir = tempfile::tempdir().expect("create a temporary directory");
    std::fs::create_dir(dir.path().join("pkg")).expect("create pkg");
    let files = [
        ("pkg/__init__.py", ""),
        (
            "pkg/proc.py",
            indoc::indoc! {r#"
                import multiprocessing as mp


                def run_in_process(fn):
                    p = mp.Process(target=fn)
                    p.start()
                    p.join()
                    return p.exitcode
            "#},
        ),
        (
            "pkg/sync.py",
            indoc::indoc! {r#"
                import threading

                make_lock = threading.Lock
            "#},
        ),
        (
            "pkg/ctx.py",
            indoc::indoc! {r#"
                import threading
                from collections import namedtuple

                from .sync import make_lock

                _lock_factory = threading.RLock

                Point = namedtuple("P", "x y")


                class Aliased:
                    def __init__(self, n):
                        self.n = n
                        self._lock = _lock_factory()


                class Guarded:
                    def __init__(self, n):
                        self.n = n
                        self._guard = make_lock()


                class Entered:
                    def __init__(self, n):
                        self.n = n

                    def __enter__(self):
                        self._lock = threading.Lock()
                        return self

                    def __exit__(self, *exc):
                        return False


                class Cleared(Entered):
                    def __exit__(self, *exc):
                        self._lock = None
                        return False


                class Fluent:
                    def __init__(self, n):
                        self.n = n

                    def with_lock(self):
                        self.lock = threading.Lock()
                        return self


                def attach_rest(label, *rest):
                    for obj in rest:
                        obj.lock = threading.Lock()
            "#},
        ),
        (
            "main.py",
            indoc::indoc! {r#"
                from pkg.ctx import Aliased, Cleared, Entered, Fluent, Guarded, Point, attach_rest
                from pkg.proc import run_in_process


                def main():
                    aliased = Aliased(1)
                    run_in_process(lambda: print(aliased.n))
                    guarded = Guarded(9)
                    run_in_process(lambda: print(guarded.n))
                    entered = Entered(2)
                    with entered:
                        pass
                    run_in_process(lambda: print(entered.n))
                    chained = Fluent(3).with_lock()
                    run_in_process(lambda: print(chained.n))
                    first, rest = Fluent(4), Fluent(5)
                    attach_rest(first, rest)
                    run_in_process(lambda: print(rest.n))
                    point = Point(6, 7)
                    run_in_process(lambda: print(point.x))
                    cleared = Cleared(8)
                    with cleared:
                        pass
                    run_in_process(lambda: print(cleared.n))
                    run_in_process(lambda: print(first.n))


                if __name__ == "__main__":
                    main()
            "#},
        ),
    ];
    for (path, text) in files {
        std::fs::write(dir.path().join(path), text).expect("write a file");
    }
    let report = stdout(&picklefix(dir.path(), &["."]));
    let diff = stdout(&picklefix(dir.path(), &["--diff", "."]));
    insta::with_settings!({snapshot_path => "../snapshots"}, {
        insta::assert_snapshot!(
            "packages_captures_locked_through_aliases_and_methods",
            format!("{report}\n{diff}")
        );
    });
}

#[test]
fn refuses_a_partial_in_a_container_for_a_worker_of_another_file_that_looks_at_it() {
    let dir = tempfile::tempdir().expect("create a temporary directory");
    std::fs::create_dir(dir.path().join("pkg")).expect("create pkg");
    std::fs::write(dir.path().join("pkg/__init__.py"), "").expect("write pkg/__init__.py");
    let workers = indoc::indoc! {r#"
        def run_named(fns, x):
            print(fns[0].__name__, x)


        def run_kept(table):
            print(len(table), table)
    "#};
    let main = indoc::indoc! {r#"
        from concurrent.futures import ProcessPoolExecutor

        from pkg.workers import run_kept, run_named


        def main():
            k = 3

            def work(x):
                return x + k

            def other(x):
                return x - k

            with ProcessPoolExecutor(2) as ex:
                ex.submit(run_named, [work], 1).result()
                ex.submit(run_kept, {"f": other}).result()


        if __name__ == "__main__":
            main()
    "#};
    std::fs::write(dir.path().join("pkg/workers.py"), workers).expect("write pkg/workers.py");
    std::fs::write(dir.path().join("main.py"), main).expect("write main.py");
    let before = contents(dir.path());
    let report = stdout(&picklefix(dir.path(), &["--fix", "."]));
    assert!(
        report.contains(
            "main.py:16:31: PKL003 nested function `work` passed in the arguments of \
             `ProcessPoolExecutor.submit` cannot be pickled; not fixed: the worker `run_named` \
             (pkg/workers.py) looks at what it is given (`fns[0].__name__`, line 2), and the \
             captured values would reach it in a functools.partial, which it would see instead \
             of a function\n"
        ),
        "{report}"
    );
    assert!(
        report.contains(
            "main.py:17:35: PKL003 nested function `other` passed in the arguments of \
             `ProcessPoolExecutor.submit` cannot be pickled; not fixed: the worker `run_kept` \
             (pkg/workers.py) does more with what it is given than call it \
             (`print(len(table), table)`, line 6)"
        ),
        "{report}"
    );
    assert_eq!(before, contents(dir.path()), "a refused lift wrote a file");
}

/// A wrapper that gives its callable to a function of another file of the run (re-exported
/// by a package, imported by a relative path or through a module alias) is judged by what
/// that function does with it: one that reads its name (through a helper of its own file)
/// would see the partial a lift makes, and the lift is refused; one that only tests it is
/// no reason to refuse, and that lift runs under spawn.
#[test]
fn judges_a_wrapper_by_the_helper_of_another_file_it_gives_its_callable_to() {
    let dir = tempfile::tempdir().expect("create a temporary directory");
    let files = [
        ("tasks/__init__.py", ""),
        (
            "tasks/utils/__init__.py",
            "from .logging import describe_call, log_start\n",
        ),
        (
            "tasks/utils/logging.py",
            indoc::indoc! {r#"
                def _label(task):
                    return getattr(task, "__qualname__", "?")


                def describe_call(fn, n_items):
                    return f"running {_label(fn)} on {n_items} items"


                def log_start(n_items, fn=None):
                    print("starting", n_items, "items", callable(fn))
            "#},
        ),
        (
            "tasks/parallel.py",
            indoc::indoc! {r#"
                from multiprocessing import Pool

                import tasks.utils as utils

                from .utils import describe_call, log_start


                def pmap(fn, items):
                    items = list(items)
                    print(describe_call(fn, len(items)))
                    with Pool(2) as pool:
                        return pool.map(fn, items)


                def kmap(fn, items):
                    print(utils.describe_call(n_items=1, fn=fn))
                    with Pool(2) as pool:
                        return pool.map(fn, items)


                def qmap(fn, items):
                    items = list(items)
                    log_start(len(items), fn=fn)
                    with Pool(2) as pool:
                        return pool.map(fn, items)
            "#},
        ),
        (
            "main.py",
            indoc::indoc! {r#"
                from tasks.parallel import kmap, pmap, qmap


                def main():
                    k = 2

                    def square_plus(x):
                        return x**k + 1

                    print(sorted(pmap(square_plus, [3, 1, 2])))
                    print(kmap(lambda x: x - k, [5]))
                    print(qmap(lambda x: x**k, [1, 2]))


                if __name__ == "__main__":
                    main()
            "#},
        ),
    ];
    std::fs::create_dir_all(dir.path().join("tasks/utils")).expect("create tasks/utils");
    for (path, text) in files {
        std::fs::write(dir.path().join(path), text).expect("write a package file");
    }
    let report = stdout(&picklefix(dir.path(), &["--fix", "."]));
    assert!(
        report.contains(
            "main.py:16:23: PKL003 nested function `square_plus` passed to `pmap` (which hands \
             it to `Pool.map`, tasks/parallel.py:12) cannot be pickled; not fixed: `pmap` looks \
             at what its callable is (`describe_call(fn, len(items))`, tasks/parallel.py:10), \
             and the captured values would reach it in a functools.partial, which it would see \
             instead of a function\n"
        ),
        "{report}"
    );
    assert!(
        report.contains(
            "not fixed: `kmap` looks at what its callable is (`utils.describe_call(n_items=1, \
             fn=fn)`, tasks/parallel.py:16)"
        ),
        "{report}"
    );
    let fixed = std::fs::read_to_string(dir.path().join("main.py")).expect("read main.py");
    assert!(
        fixed.contains("print(sorted(pmap(square_plus, [3, 1, 2])))"),
        "{fixed}"
    );
    assert!(
        fixed.contains("print(kmap(lambda x: x - k, [5]))"),
        "{fixed}"
    );
    assert!(fixed.contains("print(qmap(functools.partial("), "{fixed}");
    let site = tempfile::tempdir().expect("create a temporary directory");
    std::fs::write(site.path().join("sitecustomize.py"), SITECUSTOMIZE).expect("write it");
    std::fs::write(
        dir.path().join("main.py"),
        fixed
            .replace("    print(sorted(pmap(square_plus, [3, 1, 2])))\n", "")
            .replace("    print(kmap(lambda x: x - k, [5]))\n", ""),
    )
    .expect("write main.py");
    for method in START_METHODS {
        let out = run_main(dir.path(), site.path(), method).expect("the fixed program runs");
        assert_eq!(out, "starting 2 items True\n[1, 4]\n", "under {method}");
    }
}

#[test]
fn show_apis_counts_context_managers_and_attributes_as_what_they_are() {
    for (package, summary) in [
        ("held_pools", "Inferred 3 pool attributes:"),
        (
            "context_managers",
            "Inferred 1 process API wrapper and 2 pool context managers:",
        ),
    ] {
        let copy = copy_package(&packages_dir().join(package));
        let output = picklefix(copy.path(), &["--show-apis", "."]);
        let listing = stdout(&output);
        assert!(
            listing.lines().any(|line| line == summary),
            "{package}: expected `{summary}` in:\n{listing}"
        );
    }
}

#[test]
fn the_json_summary_counts_what_show_apis_lists_by_kind() {
    let copy = copy_package(&packages_dir().join("module_instances"));
    let output = picklefix(
        copy.path(),
        &["--show-apis", "--output-format", "json", "."],
    );
    let document: serde_json::Value =
        serde_json::from_str(&stdout(&output)).expect("the JSON format prints one document");
    assert_eq!(
        document["summary"]["inferred"],
        serde_json::json!({
            "wrappers": 1,
            "pool_factories": 0,
            "pool_context_managers": 0,
            "pool_attributes": 0,
            "shared_pools": 2,
            "process_subclasses": 0,
        })
    );
    // Without --show-apis the summary keeps its shape.
    let output = picklefix(copy.path(), &["--output-format", "json", "."]);
    let document: serde_json::Value =
        serde_json::from_str(&stdout(&output)).expect("the JSON format prints one document");
    assert!(document["summary"].get("inferred").is_none());
}

/// A closure a factory returns over the pool it makes or is given is a wrapper, in its
/// factory's file and in those that import the factory; `--show-apis` names the factory.
#[test]
fn report_through_closure_factories() {
    let copy = copy_package(&packages_dir().join("closure_factory"));
    let report = stdout(&picklefix(copy.path(), &["--show-apis", "."]));
    insta::with_settings!({snapshot_path => "../snapshots"}, {
        insta::assert_snapshot!("packages_closure_factory_report", report);
    });
}
