//! picklefix in the Python toolchain, through the binary: settings files found per file,
//! suppression comments, the machine formats (JSON, SARIF, GitHub annotations), the
//! pre-commit hooks run as pre-commit runs them, `--interactive` under a pseudo-terminal, and
//! runs over several repositories.

use std::fs;
use std::path::Path;
use std::process::{Command, Stdio};

use serde_json::Value;

mod binary;
use binary::{Run, picklefix, text_tree as tree};

/// The lambda handed to `Pool.map` on line 6 is a PKL002 finding with a safe fix.
const EXAMPLE: &str = r#"from multiprocessing import Pool


def main():
    with Pool(2) as pool:
        print(pool.map(lambda x: x * 2, [1, 2, 3])){NOQA}


if __name__ == "__main__":
    main()
"#;

fn example(noqa: &str) -> String {
    EXAMPLE.replace("{NOQA}", noqa)
}

fn json(run: &Run) -> Value {
    serde_json::from_str(&run.stdout).unwrap_or_else(|e| panic!("{e}: {}", run.stdout))
}

// Settings files ----------------------------------------------------------------------------

#[test]
fn each_repository_honours_its_own_settings() {
    let dir = tree(&[
        (
            "a/pyproject.toml",
            "[tool.picklefix]\nignore = [\"PKL002\"]\n",
        ),
        ("a/jobs.py", &example("")),
        ("b/pyproject.toml", "[project]\nname = \"b\"\n"),
        ("b/jobs.py", &example("")),
        (
            "c/pyproject.toml",
            "[tool.picklefix]\nignore = [\"PKL002\"]\n",
        ),
        ("c/picklefix.toml", "select = [\"ALL\"]\n"),
        ("c/jobs.py", &example("")),
    ]);
    let run = picklefix(dir.path(), &["a", "b", "c"]);
    assert_eq!(run.code, 1);
    let lines = diagnostics(&run.stdout);
    assert_eq!(lines.len(), 2, "{}", run.stdout);
    assert!(lines[0].starts_with("b/jobs.py:6:24: PKL002 [*]"));
    assert!(
        lines[1].starts_with("c/jobs.py:6:24: PKL002 [*]"),
        "picklefix.toml wins"
    );
    assert!(
        run.stdout.contains("\n  a: All checked! 1 file scanned.\n"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("\n  b: Found 1 finding in 1 file"),
        "{}",
        run.stdout
    );
}

#[test]
fn excludes_apply_while_walking_and_to_named_files_with_force_exclude() {
    let dir = tree(&[
        (
            "pyproject.toml",
            "[tool.picklefix]\nextend-exclude = [\"gen\"]\n",
        ),
        ("gen/jobs.py", &example("")),
        ("venv/lib/jobs.py", &example("")),
        ("src/jobs.py", &example("")),
    ]);
    let walked = picklefix(dir.path(), &["."]);
    assert_eq!(diagnostics(&walked.stdout).len(), 1, "{}", walked.stdout);
    assert!(walked.stdout.starts_with("src/jobs.py"));
    let named = picklefix(dir.path(), &["gen/jobs.py"]);
    assert_eq!(named.code, 1, "a named file is checked");
    let forced = picklefix(
        dir.path(),
        &["--force-exclude", "gen/jobs.py", "src/jobs.py"],
    );
    assert_eq!(diagnostics(&forced.stdout).len(), 1, "{}", forced.stdout);
}

#[test]
fn config_and_isolated_choose_where_settings_come_from() {
    let dir = tree(&[
        (
            "pyproject.toml",
            "[tool.picklefix]\nignore = [\"PKL002\"]\n",
        ),
        ("ci/strict.toml", "select = [\"PKL0\"]\n"),
        ("jobs.py", &example("")),
    ]);
    assert_eq!(picklefix(dir.path(), &["jobs.py"]).code, 0);
    assert_eq!(picklefix(dir.path(), &["--isolated", "jobs.py"]).code, 1);
    let config = picklefix(dir.path(), &["--config", "ci/strict.toml", "jobs.py"]);
    assert_eq!(config.code, 1);
}

#[test]
fn a_bad_setting_names_the_file_the_key_and_what_is_allowed() {
    let dir = tree(&[
        (
            "pyproject.toml",
            "[tool.picklefix]\nunsafe-fixes = \"yes\"\n",
        ),
        ("jobs.py", &example("")),
    ]);
    let run = picklefix(dir.path(), &["."]);
    assert_eq!(run.code, 2);
    // The file, line and column, then the line with a caret under the value, as ruff does.
    assert!(
        run.stderr.contains(
            "pyproject.toml:2:16: `tool.picklefix.unsafe-fixes` must be true or false, not a \
             string\n  |\n2 | unsafe-fixes = \"yes\"\n  |                ^^^^^\n"
        ),
        "{}",
        run.stderr
    );
    fs::write(
        dir.path().join("pyproject.toml"),
        "[tool.picklefix]\nselekt = []\n",
    )
    .unwrap();
    let unknown = picklefix(dir.path(), &["."]);
    assert!(
        unknown
            .stderr
            .contains("pyproject.toml:2:1: `tool.picklefix.selekt` is not a setting; the settings are exclude,"),
        "{}",
        unknown.stderr
    );
    assert!(
        unknown.stderr.ends_with("\n2 | selekt = []\n  | ^^^^^^\n"),
        "{}",
        unknown.stderr
    );
    fs::write(dir.path().join("pyproject.toml"), "[tool.picklefix\n").unwrap();
    let broken = picklefix(dir.path(), &["."]);
    assert_eq!(broken.code, 2);
    assert!(
        broken
            .stderr
            .contains("pyproject.toml:1:16: not valid TOML: unclosed table"),
        "{}",
        broken.stderr
    );
}

/// A lambda that calls a method of `self`: its fix is unsafe (it pickles the instance per
/// task; a lambda that only read `self.base` would be passed `base=self.base`, a safe fix).
const METHOD: &str = "from multiprocessing import Pool\n\n\nclass Job:\n    def run(self, xs):\n        with Pool() as pool:\n            return pool.map(lambda x: self.shift(x), xs)\n";

#[test]
fn unsafe_fixes_come_from_the_settings_and_the_flag_wins() {
    let dir = tree(&[("jobs.py", METHOD)]);
    let plain = json(&picklefix(dir.path(), &["--output-format", "json"]));
    assert_eq!(plain["findings"][0]["applicability"], "unsafe");
    assert_eq!(plain["findings"][0]["fixable"], false);
    fs::write(dir.path().join("picklefix.toml"), "unsafe-fixes = true\n").unwrap();
    let set = json(&picklefix(dir.path(), &["--output-format", "json"]));
    assert_eq!(set["findings"][0]["fixable"], true);
    let flag = json(&picklefix(
        dir.path(),
        &["--no-unsafe-fixes", "--output-format", "json"],
    ));
    assert_eq!(flag["findings"][0]["fixable"], false);
}

#[test]
fn extend_apis_declares_a_project_s_own_process_api() {
    let main = "from mypkg.parallel import pmap\n\n\ndef main():\n    return pmap(lambda x: x * 2, [1, 2])\n";
    let dir = tree(&[
        ("mypkg/parallel.py", "def pmap(f, xs):\n    pass\n"),
        ("main.py", main),
    ]);
    assert_eq!(picklefix(dir.path(), &["main.py"]).code, 0);
    let declared = "[tool.picklefix]\nextend-apis = [\"mypkg.parallel.pmap=call:0/f:map\"]\n";
    fs::write(dir.path().join("pyproject.toml"), declared).unwrap();
    let run = picklefix(dir.path(), &["main.py"]);
    assert_eq!(run.code, 1, "{}{}", run.stdout, run.stderr);
    assert!(
        run.stdout.starts_with("main.py:5:17: PKL002"),
        "{}",
        run.stdout
    );
    fs::write(
        dir.path().join("pyproject.toml"),
        "[tool.picklefix]\nextend-apis = [\"pmap\"]\n",
    )
    .unwrap();
    let bad = picklefix(dir.path(), &["main.py"]);
    assert_eq!(bad.code, 2);
    assert!(
        bad.stderr
            .contains("`tool.picklefix.extend-apis` has a bad entry: `pmap` has no `=`"),
        "{}",
        bad.stderr
    );
}

/// A nested function whose call site, once it passes `config`, is 97 characters long.
const LONG_SITE: &str = r#"from multiprocessing import Process


def start(listener_name_for_the_service, authkey, services):
    config = {"verbose": True}

    def serve(listener, authkey, service):
        print(listener, authkey, service, config)

    for service in services:
        p = Process(target=serve, args=(listener_name_for_the_service, authkey, service))
        p.start()
        p.join()
"#;

const ONE_LINE: &str = "+        p = Process(target=serve, args=(listener_name_for_the_service, authkey, service, config))\n";
const WRAPPED: &str = "+        p = Process(\n\
    +            target=serve, args=(listener_name_for_the_service, authkey, service, config)\n\
    +        )\n";

/// Whether the fixed call of `dir/jobs.py` was kept on one line (true) or wrapped at 88.
fn kept_on_one_line(run: &Run, dir: &str) -> bool {
    let start = run
        .stdout
        .find(&format!("--- a/{dir}/jobs.py"))
        .unwrap_or_else(|| panic!("no diff for {dir}: {}", run.stdout));
    let diff = &run.stdout[start..];
    let diff = &diff[..diff[4..].find("--- a/").map_or(diff.len(), |end| end + 4)];
    match (diff.contains(ONE_LINE), diff.contains(WRAPPED)) {
        (true, false) => true,
        (false, true) => false,
        _ => panic!("{dir}: neither layout expected:\n{diff}"),
    }
}

#[test]
fn the_line_length_comes_from_the_nearest_formatter_settings() {
    let dir = tree(&[
        ("default/jobs.py", LONG_SITE),
        ("ruff/pyproject.toml", "[tool.ruff]\nline-length = 120\n"),
        ("ruff/jobs.py", LONG_SITE),
        ("ruff_toml/.ruff.toml", "line-length = 100\n"),
        ("ruff_toml/jobs.py", LONG_SITE),
        ("black/pyproject.toml", "[tool.black]\nline-length = 100\n"),
        ("black/jobs.py", LONG_SITE),
        ("flake8/setup.cfg", "[flake8]\nmax-line-length = 100\n"),
        ("flake8/jobs.py", LONG_SITE),
        ("tox/tox.ini", "[pycodestyle]\nmax_line_length = 100\n"),
        ("tox/jobs.py", LONG_SITE),
        (
            "pinned/pyproject.toml",
            "[tool.black]\nline-length = 120\n[tool.picklefix]\nline-length = 88\n",
        ),
        ("pinned/jobs.py", LONG_SITE),
        ("nearest/ruff.toml", "line-length = 120\n"),
        ("nearest/pkg/.flake8", "[flake8]\nmax-line-length = 88\n"),
        ("nearest/pkg/jobs.py", LONG_SITE),
        ("inherited/ruff.toml", "line-length = 120\n"),
        ("inherited/pkg/jobs.py", LONG_SITE),
    ]);
    let run = picklefix(dir.path(), &["--diff", "."]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    for one_line in [
        "ruff",
        "ruff_toml",
        "black",
        "flake8",
        "tox",
        "inherited/pkg",
    ] {
        assert!(kept_on_one_line(&run, one_line), "{one_line}");
    }
    for wrapped in ["default", "pinned", "nearest/pkg"] {
        assert!(!kept_on_one_line(&run, wrapped), "{wrapped}");
    }
    let isolated = picklefix(dir.path(), &["--diff", "--isolated", "ruff"]);
    assert!(!kept_on_one_line(&isolated, "ruff"), "--isolated uses 88");
}

/// A module whose lambda captures `k`, so that its fix needs `import functools`, after the
/// import block `{IMPORTS}`.
const SORTED_SITE: &str = "{IMPORTS}
K = 2


def run(items, k):
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor() as executor:
        return list(executor.map(lambda x: x * k + K, items))
";

#[test]
fn the_new_import_follows_the_nearest_import_sorter_settings() {
    let site = |imports: &str| SORTED_SITE.replace("{IMPORTS}", imports);
    let plain = site("import os\nimport sys\nfrom multiprocessing import Pool\n");
    let within = site("from concurrent import futures\nimport os\nimport sys\n");
    let kinds_apart = site("from multiprocessing import Pool\n\nimport os\nimport sys\n");
    let none = site("\"\"\"Jobs.\"\"\"\n");
    let dir = tree(&[
        ("default/jobs.py", plain.as_str()),
        (
            "within/pyproject.toml",
            "[tool.ruff.lint.isort]\nforce-sort-within-sections = true\n",
        ),
        ("within/jobs.py", &within),
        ("google/.isort.cfg", "[settings]\nprofile = google\n"),
        ("google/pkg/jobs.py", &within),
        (
            "first/ruff.toml",
            "[lint.isort]\nfrom-first = true\nlines-between-types = 1\n",
        ),
        ("first/jobs.py", &kinds_apart),
        (
            "spaced/setup.cfg",
            "[tool:isort]\nlines_after_imports = 2\n",
        ),
        ("spaced/jobs.py", &none),
        (
            "isort_beside_ruff/pyproject.toml",
            "[tool.isort]\nprofile = \"google\"\n",
        ),
        ("isort_beside_ruff/ruff.toml", "line-length = 88\n"),
        ("isort_beside_ruff/jobs.py", &within),
        ("ruff_only/ruff.toml", "line-length = 88\n"),
        ("ruff_only/sub/setup.cfg", "[metadata]\nname = sub\n"),
        ("ruff_only/sub/jobs.py", &plain),
        ("nearest/.isort.cfg", "[settings]\nprofile = google\n"),
        (
            "nearest/sub/pyproject.toml",
            "[tool.ruff.isort]\nforce-sort-within-sections = false\n",
        ),
        ("nearest/sub/jobs.py", &plain),
    ]);
    let run = picklefix(dir.path(), &["--fix", "--quiet", "."]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    let head = |name: &str| {
        let text = fs::read_to_string(dir.path().join(name)).expect("the fixed file");
        text.split("K = 2").next().unwrap_or_default().to_string()
    };
    let plain_fixed =
        "import functools\nimport os\nimport sys\nfrom multiprocessing import Pool\n\n";
    for name in ["default", "ruff_only/sub", "nearest/sub"] {
        assert_eq!(head(&format!("{name}/jobs.py")), plain_fixed, "{name}");
    }
    let within_fixed =
        "from concurrent import futures\nimport functools\nimport os\nimport sys\n\n";
    for name in ["within", "google/pkg", "isort_beside_ruff"] {
        assert_eq!(head(&format!("{name}/jobs.py")), within_fixed, "{name}");
    }
    assert_eq!(
        head("first/jobs.py"),
        "from multiprocessing import Pool\n\nimport functools\nimport os\nimport sys\n\n"
    );
    assert_eq!(
        head("spaced/jobs.py"),
        "\"\"\"Jobs.\"\"\"\n\nimport functools\n\n\n"
    );
}

#[test]
fn a_bad_line_length_names_the_file_and_what_is_allowed() {
    let dir = tree(&[
        (
            "pyproject.toml",
            "[tool.picklefix]\nline-length = \"wide\"\n",
        ),
        ("jobs.py", LONG_SITE),
    ]);
    let run = picklefix(dir.path(), &["jobs.py"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains(
            "`tool.picklefix.line-length` must be a whole number from 1 to 320, not \"wide\""
        ),
        "{}",
        run.stderr
    );
}

/// `pool.map(...)` as black splits it: its one line would be 97 characters.
const SPLIT_BY_BLACK: &str = r#"from multiprocessing import Pool


def shift(values):
    with Pool(2) as pool:
        return pool.map(
            lambda value: value * 2 + value - 100000000000000000000000000000, values
        )
"#;

#[test]
fn a_call_in_blacks_layout_is_laid_out_again_and_others_keep_theirs() {
    // Split as black splits it: once the lambda is a name the call fits, and black joins it.
    let dir = tree(&[("black.py", SPLIT_BY_BLACK)]);
    let run = picklefix(dir.path(), &["--diff", "black.py"]);
    assert!(
        run.stdout.contains(
            "-        return pool.map(\n\
             -            lambda value: value * 2 + value - 100000000000000000000000000000, values\n\
             -        )\n\
             +        return pool.map(_shift_task, values)\n"
        ),
        "{}",
        run.stdout
    );
    // Split by hand, in a way black would not: the project keeps its layout, with the
    // smallest edit.
    let by_hand = SPLIT_BY_BLACK.replace("pool.map(\n            lambda", "pool.map(lambda");
    let dir = tree(&[("hand.py", &by_hand)]);
    let run = picklefix(dir.path(), &["--diff", "hand.py"]);
    assert!(
        run.stdout.contains(
            "-        return pool.map(lambda value: value * 2 + value - 100000000000000000000000000000, values\n\
             +        return pool.map(_shift_task, values\n"
        ),
        "{}",
        run.stdout
    );
}

// Suppression ---------------------------------------------------------------------------------

#[test]
fn noqa_suppresses_reporting_and_fixing() {
    let source = example("  # noqa: PKL002");
    let dir = tree(&[("jobs.py", &source)]);
    let run = picklefix(dir.path(), &["--fix", "jobs.py"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        fs::read_to_string(dir.path().join("jobs.py")).unwrap(),
        source
    );
}

#[test]
fn unused_noqa_is_reported_with_its_own_code() {
    let dir = tree(&[(
        "jobs.py",
        "import multiprocessing\nx = 1  # noqa: PKL002, E501\n",
    )]);
    assert_eq!(picklefix(dir.path(), &["jobs.py"]).code, 0);
    let run = picklefix(dir.path(), &["--report-unused-noqa", "jobs.py"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stdout
            .starts_with("jobs.py:2:16: PKL100 Unused suppression of PKL002"),
        "{}",
        run.stdout
    );
}

// Output formats ------------------------------------------------------------------------------

#[test]
fn json_carries_every_field_of_a_finding() {
    let dir = tree(&[("jobs.py", &example(""))]);
    let run = picklefix(dir.path(), &["--output-format", "json"]);
    assert_eq!(run.code, 1);
    let document = json(&run);
    let finding = &document["findings"][0];
    assert_eq!(finding["path"], "jobs.py");
    assert_eq!(finding["code"], "PKL002");
    assert_eq!(finding["name"], "lambda-callable");
    assert!(finding["message"].as_str().unwrap().contains("lambda"));
    assert_eq!(finding["range"]["start"]["line"], 6);
    assert_eq!(finding["range"]["start"]["column"], 24);
    assert_eq!(finding["range"]["end"]["column"], 39);
    let start = finding["range"]["start"]["offset"].as_u64().unwrap() as usize;
    let end = finding["range"]["end"]["offset"].as_u64().unwrap() as usize;
    assert_eq!(&example("")[start..end], "lambda x: x * 2");
    assert_eq!(finding["applicability"], "safe");
    assert_eq!(finding["fix"]["edits"][1]["content"], "_main_task");
    assert_eq!(document["summary"]["found"], 1);
    assert_eq!(document["problems"], Value::Array(vec![]));
}

#[test]
fn sarif_has_what_code_scanning_reads() {
    let dir = tree(&[("src/jobs.py", &example(""))]);
    let run = picklefix(dir.path(), &["--output-format", "sarif"]);
    let log = json(&run);
    assert_eq!(log["version"], "2.1.0");
    let run0 = &log["runs"][0];
    let driver = &run0["tool"]["driver"];
    assert_eq!(driver["name"], "picklefix");
    assert_eq!(driver["version"], env!("CARGO_PKG_VERSION"));
    let rule_ids: Vec<&str> = driver["rules"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        rule_ids,
        [
            "PKL001", "PKL002", "PKL003", "PKL004", "PKL005", "PKL006", "PKL100"
        ]
    );
    assert!(
        driver["rules"][1]["help"]["text"]
            .as_str()
            .unwrap()
            .contains("Fix safety")
    );
    let result = &run0["results"][0];
    assert_eq!(result["ruleId"], "PKL002");
    assert_eq!(result["level"], "error");
    assert!(
        result["message"]["text"]
            .as_str()
            .unwrap()
            .contains("lambda")
    );
    let location = &result["locations"][0]["physicalLocation"];
    assert_eq!(location["artifactLocation"]["uri"], "src/jobs.py");
    let region = &location["region"];
    assert_eq!(
        (region["startLine"].as_u64(), region["startColumn"].as_u64()),
        (Some(6), Some(24))
    );
    assert_eq!(
        (region["endLine"].as_u64(), region["endColumn"].as_u64()),
        (Some(6), Some(39))
    );
}

#[test]
fn github_annotations_point_at_the_finding() {
    let dir = tree(&[("jobs.py", &example(""))]);
    let run = picklefix(dir.path(), &["--output-format", "github"]);
    assert!(
        run.stdout.starts_with("::error file=jobs.py,line=6,col=24,endLine=6,endColumn=39,title=picklefix (PKL002 lambda-callable)::PKL002 [*] "),
        "{}",
        run.stdout
    );
}

#[test]
fn text_shows_the_source_with_a_caret_on_request() {
    let dir = tree(&[("jobs.py", &example(""))]);
    let run = picklefix(dir.path(), &["--show-source"]);
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(
        lines[2],
        " 6 |         print(pool.map(lambda x: x * 2, [1, 2, 3]))"
    );
    assert_eq!(lines[3], "   |                        ^^^^^^^^^^^^^^^");
    assert!(!run.stdout.contains('\x1b'), "no colour in a pipe");
}

#[test]
fn statistics_count_per_rule() {
    let dir = tree(&[("a.py", &example("")), ("b.py", &example(""))]);
    let run = picklefix(dir.path(), &["--statistics"]);
    // Then the summary, on stdout as ruff's is after its statistics.
    assert_eq!(
        run.stdout,
        "2\tPKL002\t[*] lambda-callable\n\
         Found 2 findings in 2 files (2 fixable with --fix); 2 files scanned.\n"
    );
    let listed = json(&picklefix(
        dir.path(),
        &["--statistics", "--output-format", "json"],
    ));
    assert_eq!(listed[0]["count"], 2);
}

#[test]
fn exit_non_zero_on_fix_and_show_fixes() {
    let dir = tree(&[("jobs.py", &example(""))]);
    let run = picklefix(
        dir.path(),
        &["--fix", "--exit-non-zero-on-fix", "--show-fixes"],
    );
    assert_eq!(run.code, 1);
    assert!(
        run.stdout
            .starts_with("Fixed 1 finding:\n- jobs.py:\n    1 × PKL002 (lambda-callable)\n"),
        "{}",
        run.stdout
    );
    assert_eq!(
        picklefix(dir.path(), &["--fix", "--exit-non-zero-on-fix"]).code,
        0
    );
}

#[test]
fn show_apis_lists_the_wrappers_inferred_in_each_file() {
    let wrapper = "from multiprocessing import Pool\n\n\n\
        def parmap(fn, items):\n    with Pool(2) as pool:\n        return pool.map(fn, items)\n";
    let dir = tree(&[("par.py", wrapper), ("jobs.py", &example(""))]);
    let run = picklefix(dir.path(), &["--show-apis"]);
    assert_eq!(run.code, 1);
    // Beside the summary, on stdout in text mode, after the diagnostics (as --show-fixes).
    assert!(
        run.stdout.contains(
            "Inferred 1 process API wrapper:\n- par.py:\n    4: `parmap` takes the callable \
             as `fn` (argument 0 or `fn=`), captures bound with functools.partial; hands it \
             to `Pool.map`, line 6\n"
        ),
        "{}",
        run.stdout
    );
    let none = picklefix(dir.path(), &["--show-apis", "jobs.py"]);
    assert!(
        none.stdout
            .contains("\nNo process API wrappers inferred.\n"),
        "{}",
        none.stdout
    );
}

#[test]
fn machine_formats_refuse_to_share_stdout_with_a_diff() {
    let dir = tree(&[("jobs.py", &example(""))]);
    let run = picklefix(dir.path(), &["--diff", "--output-format", "json"]);
    assert_eq!(run.code, 2);
}

// pre-commit --------------------------------------------------------------------------------

/// The `entry` of each hook in `.pre-commit-hooks.yaml`, by id.
fn hooks() -> Vec<(String, Vec<String>)> {
    let yaml = fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/.pre-commit-hooks.yaml"
    ))
    .unwrap();
    let mut hooks = Vec::new();
    let mut id = String::new();
    for line in yaml.lines() {
        if let Some(rest) = line.strip_prefix("- id: ") {
            id = rest.trim().to_string();
        } else if let Some(rest) = line.trim().strip_prefix("entry: ") {
            hooks.push((
                id.clone(),
                rest.split_whitespace().map(String::from).collect(),
            ));
        }
    }
    hooks
}

/// Run a hook as pre-commit does: its entry, then the staged file names.
fn run_hook(dir: &Path, entry: &[String], files: &[&str]) -> Run {
    assert_eq!(entry[0], "picklefix");
    let args: Vec<&str> = entry[1..]
        .iter()
        .map(String::as_str)
        .chain(files.iter().copied())
        .collect();
    picklefix(dir, &args)
}

#[test]
fn pre_commit_hooks_check_and_fix_the_files_they_are_given() {
    let hooks = hooks();
    let ids: Vec<&str> = hooks.iter().map(|(id, _)| id.as_str()).collect();
    assert_eq!(ids, ["picklefix", "picklefix-fix"]);
    let dir = tree(&[
        (
            "pyproject.toml",
            "[tool.picklefix]\nextend-exclude = [\"vendored\"]\n",
        ),
        ("jobs.py", &example("")),
        ("vendored/theirs.py", &example("")),
    ]);
    let files = ["jobs.py", "vendored/theirs.py"];
    let check = run_hook(dir.path(), &hooks[0].1, &files);
    assert_eq!(check.code, 1, "the check hook fails on a finding");
    assert_eq!(
        diagnostics(&check.stdout).len(),
        1,
        "excluded files stay excluded: {}",
        check.stdout
    );
    let fix = run_hook(dir.path(), &hooks[1].1, &files);
    assert_eq!(
        fix.code, 1,
        "the fix hook fails when it changed files, as pre-commit expects"
    );
    assert!(
        fs::read_to_string(dir.path().join("jobs.py"))
            .unwrap()
            .contains("def _main_task")
    );
    assert_eq!(
        fs::read_to_string(dir.path().join("vendored/theirs.py")).unwrap(),
        example("")
    );
    assert_eq!(
        run_hook(dir.path(), &hooks[1].1, &files).code,
        0,
        "then passes"
    );
    assert_eq!(run_hook(dir.path(), &hooks[0].1, &files).code, 0);
}

// --interactive -----------------------------------------------------------------------------

/// Run `picklefix --interactive` under a pseudo-terminal (util-linux `script`), typing
/// `answers`. `None` when `script` is not installed.
fn interactive(dir: &Path, answers: &str) -> Option<Run> {
    let probe = Command::new("script").arg("--version").output();
    if !probe.is_ok_and(|output| output.status.success()) {
        eprintln!("skipped: `script` (util-linux) is not installed");
        return None;
    }
    let command = format!("{} --interactive .", env!("CARGO_BIN_EXE_picklefix"));
    let mut child = Command::new("script")
        .args(["-qec", &command, "/dev/null"])
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    std::io::Write::write_all(&mut child.stdin.take().unwrap(), answers.as_bytes()).unwrap();
    let output = child.wait_with_output().unwrap();
    Some(Run {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).replace('\r', ""),
        stdout_bytes: output.stdout,
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    })
}

#[test]
fn interactive_writes_only_the_accepted_fixes() {
    let dir = tree(&[
        ("a.py", &example("")),
        ("b.py", &example("")),
        ("c.py", &example("")),
    ]);
    let Some(run) = interactive(dir.path(), "n\nbogus\ny\nq\n") else {
        return;
    };
    assert_eq!(run.code, 1, "{}{}", run.stdout, run.stderr);
    let read = |name: &str| fs::read_to_string(dir.path().join(name)).unwrap();
    assert_eq!(read("a.py"), example(""), "skipped");
    assert!(
        read("b.py").contains("def _main_task"),
        "accepted after a bad answer"
    );
    assert_eq!(read("c.py"), example(""), "quit before it");
    // The counter counts the fixes of the whole run, not of each file.
    assert!(run.stdout.contains("[1/3] a.py"), "{}", run.stdout);
    assert!(run.stdout.contains("[2/3] b.py"), "{}", run.stdout);
    assert!(run.stdout.contains("[3/3] c.py"), "{}", run.stdout);
    assert!(
        run.stdout.contains("+def _main_task(x):"),
        "the diff is shown"
    );
    assert!(run.stdout.contains("Please answer y, n, a or q."));
    assert!(
        run.stdout.contains(
            "Fixed 1 finding in 1 file; 2 remain (2 fixable with --fix); 3 files scanned."
        ),
        "{}",
        run.stdout
    );
}

#[test]
fn interactive_offers_a_shared_fix_once() {
    let shared = "from multiprocessing import Pool, Process\n\n\ndef main(n):\n    def work(x):\n        return x + n\n    Process(target=work, args=(1,)).start()\n    with Pool() as pool:\n        pool.map(work, [1])\n";
    let dir = tree(&[("jobs.py", shared)]);
    let Some(run) = interactive(dir.path(), "a\n") else {
        return;
    };
    assert_eq!(
        run.stdout.matches("Apply this fix?").count(),
        1,
        "{}",
        run.stdout
    );
    assert_eq!(run.code, 0, "{}", run.stdout);
    let fixed = fs::read_to_string(dir.path().join("jobs.py")).unwrap();
    assert!(fixed.contains("\ndef work(x, *, n):\n"), "{fixed}");
}

#[test]
fn interactive_offers_two_lifts_of_one_call_as_one_fix() {
    // Two callables of one call to a wrapper: their fixes are joined into one, offered once.
    let two = "from multiprocessing import Pool\n\n\ndef run(fn, init, items):\n    with Pool(2, initializer=init) as pool:\n        return pool.map(fn, items)\n\n\ndef main(k):\n    return run(lambda x: x * k, lambda: print(k), [1])\n";
    let dir = tree(&[("jobs.py", two)]);
    let Some(run) = interactive(dir.path(), "y\n") else {
        return;
    };
    assert!(run.stdout.contains("[1/1] jobs.py"), "{}", run.stdout);
    assert!(
        run.stdout
            .contains("Fixed 2 findings in 1 file; 1 file scanned."),
        "{}",
        run.stdout
    );
    assert_eq!(run.code, 0, "{}", run.stdout);
    let fixed = fs::read_to_string(dir.path().join("jobs.py")).unwrap();
    assert!(!fixed.contains("lambda"), "{fixed}");
}

/// The finding lines of a text report, without the summary that follows them on stdout.
fn diagnostics(stdout: &str) -> Vec<&str> {
    stdout
        .lines()
        .filter(|line| line.contains(": PKL"))
        .collect()
}

/// A lambda whose statement ends in a pragma comment that takes the fixed line past 88.
const PRAGMA_SITE: &str = "from multiprocessing import Pool


def run(xs, k):
    with Pool(2) as pool:
        return pool.map(lambda x: x * k, xs)  # pylint: disable=unnecessary-lambda
";

#[test]
fn a_pragma_comment_counts_for_nothing_where_the_project_formats_with_ruff() {
    let dir = tree(&[
        (
            "ruff_format/pyproject.toml",
            "[tool.ruff]\nline-length = 88\n\n[tool.ruff.format]\n",
        ),
        ("ruff_format/pkg/jobs.py", PRAGMA_SITE),
        (
            "ruff_toml/ruff.toml",
            "[format]\nquote-style = \"double\"\n",
        ),
        ("ruff_toml/jobs.py", PRAGMA_SITE),
        (
            "ruff_toml/sub/ruff.toml",
            "extend = \"../ruff.toml\"\n[lint]\nselect = [\"E\"]\n",
        ),
        ("ruff_toml/sub/jobs.py", PRAGMA_SITE),
        ("ruff_lint/ruff.toml", "line-length = 88\n"),
        ("ruff_lint/jobs.py", PRAGMA_SITE),
        ("black/pyproject.toml", "[tool.black]\nline-length = 88\n"),
        ("black/jobs.py", PRAGMA_SITE),
        ("default/jobs.py", PRAGMA_SITE),
    ]);
    let run = picklefix(dir.path(), &["--fix", "--quiet", "."]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    let one_line = "        return pool.map(functools.partial(_run_task, k=k), xs)  \
        # pylint: disable=unnecessary-lambda\n";
    let split = "        return pool.map(\n            functools.partial(_run_task, k=k), xs\n        \
        )  # pylint: disable=unnecessary-lambda\n";
    let fixed = |name: &str| fs::read_to_string(dir.path().join(name)).expect("the fixed file");
    // ruff format leaves the pragma out of the line's width: the call stays on its line,
    // also under a configuration that extends one with a format table.
    for name in [
        "ruff_format/pkg/jobs.py",
        "ruff_toml/jobs.py",
        "ruff_toml/sub/jobs.py",
    ] {
        assert!(fixed(name).contains(one_line), "{name}:\n{}", fixed(name));
    }
    // black counts it, and so does a project that formats with neither said.
    for name in ["ruff_lint/jobs.py", "black/jobs.py", "default/jobs.py"] {
        assert!(fixed(name).contains(split), "{name}:\n{}", fixed(name));
    }
}
